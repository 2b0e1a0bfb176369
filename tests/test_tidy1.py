"""tidy1: one owner for month names (:mod:`linkcheck.months`), and a citation's tracking keys joined at
:func:`linkcheck.urls.untracked_key`'s level in ``articles._merge_tracked``."""

from __future__ import annotations

from linkcheck import extract_citations
from linkcheck.articles import _merge_tracked
from linkcheck.articles._base import Link

# --- (2) a citation's tracking keys ------------------------------------------------------------------------


def test_a_tagged_link_joins_its_plain_twin_that_keeps_another_tracking_key() -> None:
    # base50 keyed the plain link by its link key, ``ref`` kept: two citations
    plain = Link(url="https://n.example/x?ref=a", line=3, title="Plain")
    tagged = Link(url="https://n.example/x?ref=a&utm_source=x", line=1, date=None, outlet="Outlet")
    assert _merge_tracked([plain, tagged]) == [plain]
    assert plain.line == 1
    assert plain.outlet == "Outlet"


def test_a_tagged_link_joins_a_plain_link_with_another_tracking_key() -> None:
    plain = Link(url="https://n.example/x?ref=a", line=1)
    tagged = Link(url="https://n.example/x?utm_source=rss&utm_medium=rss", line=2)
    assert _merge_tracked([plain, tagged]) == [plain]


def test_a_tagged_link_joins_the_plain_link_it_is_one_request_with_first() -> None:
    first = Link(url="https://n.example/x?ref=a", line=1)
    same = Link(url="https://n.example/x?ref=b", line=2)
    tagged = Link(url="https://n.example/x?ref=b&utm_source=x", line=3, title="T")
    assert _merge_tracked([first, same, tagged]) == [first, same]
    assert same.title == "T"
    assert first.title is None


def test_the_old_joins_stay() -> None:
    plain = Link(url="https://n.example/x", line=2)
    tagged = Link(url="https://n.example/x?utm_source=x", line=1)
    assert _merge_tracked([plain, tagged]) == [plain]
    # a key that is no tracking key still selects another page
    other = Link(url="https://n.example/x?id=2", line=1)
    tagged = Link(url="https://n.example/x?id=3&utm_source=x", line=2)
    assert _merge_tracked([other, tagged]) == [other, tagged]


def test_an_article_cites_a_page_with_ref_and_its_newsletter_copy_once() -> None:
    text = (
        "# A\n\nSee [Sale](https://n.example/sale?ref=home) and the newsletter's "
        "[Sale](https://n.example/sale?ref=home&utm_source=newsletter).\n"
    )
    citations = extract_citations(text, format="markdown")
    assert [c.url for c in citations] == ["https://n.example/sale?ref=home"]
