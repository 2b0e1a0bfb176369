"""cost27: the machine date's metas looked up only where the page holds one of their names, the own-site
author's one first-letter test, and the outlet doubts' shared edition-day reading. Each cut must leave every
answer as it was: these tests pin the answers and the work each cut spares."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest

from linkcheck import match
from linkcheck.config import Config
from linkcheck.extract import core, extract_metadata
from linkcheck.extract.authors import Author, own_only
from linkcheck.match import match_citation
from linkcheck.models import Citation
from linkcheck.names import fold

TODAY = dt.date(2024, 11, 1)


def _page(head: str, body: str = "<h1>Harbour works resume</h1><p>The quay reopened.</p>") -> str:
    return f"<html><head><title>Harbour works resume</title>{head}</head><body>{body}</body></html>"


class _CountedMetas(dict[str, list[str]]):
    """A page's metas that count the names looked up in them."""

    looked: int = 0

    def get(self, key: str, default: Any = None) -> Any:
        self.looked += 1
        return super().get(key, default)


# --- the machine value's metas -------------------------------------------------------------------------


def test_a_page_with_none_of_the_names_is_not_looked_up_name_by_name() -> None:
    page = core._Page(url="https://example.org/a")
    page.metas = _CountedMetas({"og:title": ["Harbour works resume"], "description": ["The quay."]})
    assert core._machine_value(page, core._MONTH_VALUE, modified=True) is None
    assert core._machine_value(page, core._MONTH_VALUE) is None
    assert page.metas.looked == 0


def test_a_page_holding_a_name_is_read_in_the_cascade_s_order() -> None:
    page = core._Page(url="https://example.org/a")
    page.metas = {"dc.date.modified": ["2024-07"], "article:modified_time": ["2024-08"]}
    found = core._machine_value(page, core._MONTH_VALUE, modified=True)
    assert found is not None
    assert found[0].group(0) == "2024-08"
    assert found[1] == "opengraph"
    page.metas = {"dc.date.modified": ["2024-07"]}
    found = core._machine_value(page, core._MONTH_VALUE, modified=True)
    assert found is not None
    assert found[0].group(0) == "2024-07"
    assert found[1] == "meta"


def test_the_sets_hold_the_cascade_s_names_of_each_kind() -> None:
    for kind in (False, True):
        held, cascade = core._MACHINE_METAS[kind]
        expected = [
            (name, source)
            for names, source, modified in core._META_GROUPS
            if modified == kind
            for name in names
        ]
        assert list(cascade) == expected
        assert held == {name for name, _ in expected}


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="article:modified_time" content="2024-09">', dt.date(2024, 9, 1)),
        ('<meta name="dcterms.modified" content=" 2024/08 ">', dt.date(2024, 8, 1)),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour works resume",'
            ' "dateModified": "2024-10"}</script>',
            dt.date(2024, 10, 1),
        ),
        ('<meta name="description" content="2024-09">', None),  # not a date's meta
        ("", None),
    ],
)
def test_a_month_only_modification_is_read_as_before(head: str, expected: dt.date | None) -> None:
    published = '<meta property="article:published_time" content="2024-06-03">'
    meta = extract_metadata(_page(published + head), "https://example.org/news/harbour", today=TODAY)
    if expected is None:
        assert meta.modified is None
    else:
        assert meta.modified is not None
        assert meta.modified.value == expected
        assert meta.modified.precision == "month"


# --- the own-site author ---------------------------------------------------------------------------------

#: Names whose first characters fold differently, or not at all: accents, quotes, brackets, dashes, full-width
#: and spaced capitals, other scripts.
_NAMES = [
    "Reuters", "reuters", "«Reuters»", '"Reuters"', "(Reuters)", "ｒｅｕｔｅｒｓ", "B B C", "BBC", "B.B.C.",
    "Élysée", "Elysee", "élysée", "ТАСС", "TASS", "Ελληνικά", "ελληνικα", "The Guardian", "Guardian",
    "—Guardian", "Straße", "strasse", "1tv", "١tv", "!!", "?",
]  # fmt: skip


def test_own_only_is_the_folded_names_compared() -> None:
    for name, site in itertools.product(_NAMES, _NAMES):
        for publisher in (None, "Reuters"):
            expected = all(fold(name) in {fold(n) for n in (site, publisher) if n} for _ in (0,))
            assert own_only([Author(name, None)], (site, publisher)) is expected, (name, site, publisher)
    assert own_only([], ("Reuters",)) is False
    assert own_only([Author("Reuters", None)], (None, "")) is False
    both = [Author("Reuters", None), Author("Ann Lee", None)]
    assert own_only(both, ("Reuters", None)) is False


def _jsonld_page(author: str, site: str, publisher: str, byline: str) -> str:
    node = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour works resume",'
        f' "author": {{"@type": "Organization", "name": "{author}"}},'
        f' "publisher": {{"@type": "Organization", "name": "{publisher}"}}}}'
    )
    head = (
        f'<meta property="og:site_name" content="{site}"><script type="application/ld+json">{node}</script>'
    )
    return _page(head, f'<h1>Harbour works resume</h1><p class="byline">By {byline}</p><p>The quay.</p>')


def test_the_site_as_its_author_gives_way_to_the_byline() -> None:
    html = _jsonld_page("Port Gazette", "Port Gazette", "Coastal Media Group", "Maria Okafor")
    meta = extract_metadata(html, "https://portgazette.example/harbour", today=TODAY)
    assert [a.name for a in meta.author] == ["Maria Okafor"]


def test_the_publisher_alone_as_author_is_kept_as_ext60_decided() -> None:
    # its first letter is not the site name's: the one test says no, and the byline does not replace it
    html = _jsonld_page("Coastal Media Group", "Port Gazette", "Coastal Media Group", "Maria Okafor")
    meta = extract_metadata(html, "https://portgazette.example/harbour", today=TODAY)
    assert [a.name for a in meta.author] == ["Coastal Media Group"]


# --- the outlet doubts: the edition day read once -----------------------------------------------------------


def test_the_two_weekend_rows_read_the_edition_day_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, tuple[str, ...]]] = []
    edition_day = match._edition_day

    def counted(cited: str, names: Any) -> bool:
        calls.append((cited, tuple(names)))
        return edition_day(cited, names)

    monkeypatch.setattr(match, "_edition_day", counted)
    html = _page(
        '<meta property="og:site_name" content="The Times">'
        '<meta property="article:published_time" content="2024-06-02">'
    )
    meta = extract_metadata(html, "https://www.thetimes.example/article/harbour-works", today=TODAY)
    citation = Citation(
        url="https://www.thetimes.example/article/harbour-works",
        title="Harbour works resume",
        outlet="The Sunday Times",
    )
    findings = [
        f
        for f in match_citation(citation, meta, final_url=citation.url, config=Config())
        if f.kind.value == "outlet_mismatch"
    ]
    assert len(findings) == 1
    assert "weekend paper" in findings[0].message
    assert calls == [("The Sunday Times", ("The Times",))]
