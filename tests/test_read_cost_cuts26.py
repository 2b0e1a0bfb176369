"""cost26's cuts in a page's author read and its teaser-wall test keep every answer: the byline's
``rel="author"`` scan is skipped only where its pattern cannot match, the headline's opening that
:func:`~linkcheck.pagebody.after_headline_signal` and :func:`~linkcheck.pagebody.walled_text` both need is
found once a page, and the JSON-LD author list is read without a copy."""

from __future__ import annotations

import re
import sys
from dataclasses import replace

import pytest

from linkcheck import pagebody
from linkcheck.extract.authors import _REL_AUTHOR, byline_authors, jsonld_authors
from linkcheck.models import Author, Metadata, TitleCandidate
from linkcheck.pagebody import after_headline_signal, headline_opening, walled_text

HEADLINE = "Harbour dredging contract awarded"
META = Metadata(
    title=HEADLINE,
    title_candidates=(TitleCandidate(HEADLINE, "opengraph"), TitleCandidate(HEADLINE, "h1")),
)
TEASER = (
    "Councillors on the port committee voted seven to two on Tuesday evening to award the contract, ending"
    " a tender that began two years ago."
)
WALLED = (
    f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
    f"<p>{TEASER}</p><p>This article is only available to subscribers.</p></article></body></html>"
).encode()


def test_only_l_and_upper_l_match_the_rel_patterns_l() -> None:
    """The byline's pre-test asks for "l=" or "L=" before scanning for ``rel="author"`` links: no other
    character matches the pattern's "l" (case-blind, Unicode)."""
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch("l", c, re.IGNORECASE)] == [
        "L",
        "l",
    ]
    assert _REL_AUTHOR.pattern.count("rel=") == 1


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/people/ana" rel="author">Ana Ruiz</a>',
        "<A HREF=/people/ana REL=AUTHOR>Ana Ruiz</A>",
        "<a rel=author href='/people/ana'>Ana Ruiz</a>",
        '<a class="x" REl="author">Ana Ruiz</a>',
    ],
)
def test_rel_author_links_are_still_read(link: str) -> None:
    text = f"<h1>{HEADLINE}</h1><div class='meta'>{link} · 3 March 2023</div><p>{TEASER}</p>"
    assert byline_authors(text, text.index("</h1>")) == [Author("Ana Ruiz", None)]


def test_a_class_named_author_without_rel_reads_the_labelled_byline() -> None:
    """No "l=" in the window (the byline is marked by a class only): the labelled rule answers, as before."""
    text = f'<h1>{HEADLINE}</h1><p class="byline">By <span class="author">Ana Ruiz</span></p><p>{TEASER}</p>'
    assert byline_authors(text, text.index("</h1>")) == [Author("Ana Ruiz", None)]


def test_no_byline_no_author() -> None:
    text = f"<h1>{HEADLINE}</h1><p>{TEASER} The author of the plan left.</p>"
    assert byline_authors(text, text.index("</h1>")) == []


def test_jsonld_list_longer_than_ten_keeps_the_first_ten() -> None:
    names = [f"Writer {chr(65 + i)}" for i in range(12)]
    node = {"@type": "NewsArticle", "author": [{"@type": "Person", "name": n} for n in names]}
    assert [a.name for a in jsonld_authors(node, {})] == names[:10]
    assert node["author"][10]["name"] == "Writer K"  # the page's own list is left as it was


def test_jsonld_one_node_not_in_a_list() -> None:
    node = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Reuters"}}
    assert jsonld_authors(node, {}) == [Author("Reuters", "organization")]


def test_the_opening_is_found_once_for_both_readers() -> None:
    """after_headline_signal then walled_text on one page: the second asks the memo, not the body."""
    pagebody._LAST_OPENING = (b"", (), None)
    assert after_headline_signal("https://x.test/a", "https://x.test/a", WALLED, META) is None
    first = pagebody._LAST_OPENING
    assert first[0] is WALLED
    assert first[2] == (HEADLINE, WALLED.index(b"</h1>"))
    assert walled_text(WALLED, META) == ("paywall", "“This article is only available to subscribers.”")
    assert pagebody._LAST_OPENING is first  # answered by the memo, nothing stored again


def test_the_opening_is_read_again_for_other_candidates_or_another_body() -> None:
    assert headline_opening(WALLED, META) == (HEADLINE, WALLED.index(b"</h1>"))
    no_h1 = replace(META, title_candidates=(TitleCandidate(HEADLINE, "opengraph"),))
    assert headline_opening(WALLED, no_h1) is None
    assert walled_text(WALLED, no_h1) is None
    assert walled_text(WALLED, META) is not None
    unclosed = WALLED.replace(b"</h1>", b"")
    assert headline_opening(unclosed, META) is None
    assert walled_text(unclosed, META) is None
