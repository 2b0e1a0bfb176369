"""The doubts about a cited outlet as one ordered table (tidy7): :data:`linkcheck.match._OUTLET_DOUBTS`.

``match._outlet_finding`` judges a cited outlet once (:func:`linkcheck.match._outlet_verdict`) and then asks
the table's rows in order; the first whose test answers decides (drops the finding, makes it a warning or a
failure with the row's doubt, or returns another finding). These tests pin that the table's order is the
order its rows are documented in, and that every row decides at least one case: a case of the held-out
matching corpus (tests/fixtures/match_heldout.json) or, where the corpus has none, one written here.
``bench/outlet_doubts_same.py`` compares every finding of the corpus with base56f's.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest

from linkcheck import match
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.match import match_citation
from linkcheck.models import Citation, Finding, FindingKind, Metadata, Severity
from tests.test_match_heldout import CASES, CONFIG, TODAY, citation_of, page_html

ROWS = [row.name for row in match._OUTLET_DOUBTS]
BY_ID = {case["id"]: case for case in CASES}

#: One corpus case each row decides (the first case of the corpus it decides).
CORPUS = {
    "title_suffix": "b5-outlet-ok-sunday-times-named-by-title",
    "author": "b50-en-usnews-wire-reuters",
    "own_script": "b51-ko-hani-chosun",
    "arabic_spelt": "b52-fa-tass-persian-script",
    "arabic_apart": "b52-ar-arabiya-on-aljazeera",
    "halves_initials": "b51-el-amna-acronym",
    "yiddish": "b16-yi-forverts-latin",
    "hangul": "b9-ko-hani-romanised-name",
    "demonym": "b3-outlet-ok-ukrainian-pravda-translated",
    "initials": "b9-sv-svt-full-name",
    "language_label": "b47-dz-kuensel",
    "owner": "b13-ky-azattyk-parent",
    "han_body_kind": "b9-zh-xh-agency",
    "han_short_form": "b47-zh-full-name",
    "camel_initials": "b13-ka-ipn-abbr",
    "initials_online": "b9-ms-bh-bh-online",
    "state_apart": "b51-en-ke-moh-uganda",
    "language_edition": "b8-edition-bbc-persian-for-arabic",
    "edition": "b8-edition-le-monde-afrique",
    "path": "b3-outlet-ok-observer-on-guardian",
    "weekend": "b5-outlet-ok-sunday-times-site-only",
    "moved": "b4-outlet-ok-ria-english-moved-to-sputnik",
}

ENISEY = "https://enisey-media.com/news/2020/01/09/8120010-ledokhod-na-yeniseye.html"
RIA = "https://ria.ru/20200109/1563219328.html"
TIMES = "https://www.thetimes.co.uk/article/nhs-waiting-lists-hit-record-high-abc123"

#: Rows the corpus never lets decide, each with a case written here: (cited outlet, URL, site name, title;
#: the page's ``<h1>`` is the title's headline, its segment after the first `` | ``, or the whole title).
HANDWRITTEN: dict[str, tuple[str, str, str, str]] = {
    # a brand with a dot that the page declares for itself, served elsewhere: the site's own name
    "declared": ("Енисей.Медиа", ENISEY, "Енисей.Медиа", "Ледоход на Енисее начался раньше срока"),
    # the host carries the cited name, and the page calls itself by another site's address
    "another_address": ("RIA", RIA, "Lenta.ru", "Ледоход на Енисее начался раньше срока"),
    # the weekend paper on the daily's site, named at the head of the page's title (the title's last
    # segment is the title_suffix row's, asked before)
    "weekend_titled": (
        "The Sunday Times",
        TIMES,
        "The Times",
        "The Sunday Times | NHS waiting lists hit record high",
    ),
}


def test_the_table_is_in_the_order_its_rows_are_documented() -> None:
    source = inspect.getsource(match)
    block = source[
        source.index("#: The doubts about a cited outlet's judgement") : source.index("_OUTLET_DOUBTS: tuple")
    ]
    documented = re.findall(r"^#: - ``(\w+)``:", block, flags=re.MULTILINE)
    assert documented == ROWS
    assert len(set(ROWS)) == len(ROWS)


def test_every_row_has_one_case_that_it_decides() -> None:
    assert sorted(CORPUS.keys() | HANDWRITTEN.keys()) == sorted(ROWS)
    assert not CORPUS.keys() & HANDWRITTEN.keys()


def test_the_rows_by_severity_keep_the_table_s_order() -> None:
    for severity, rows in match._DOUBTS_BY_SEVERITY.items():
        names = [r.name for r in rows]
        assert names == [n for n in ROWS if n in names]
        for row in rows:
            assert row.when == severity or (severity is not None and row.when == "any")
    assert [r.name for r in match._DOUBTS_BY_SEVERITY[None]] == [
        "state_apart",
        "language_edition",
        "another_address",
    ]


@pytest.fixture
def decided(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the rows whose test answered, in the order they were asked."""
    answered: list[str] = []

    def watched(row: Any) -> Any:
        def test(ask: Any) -> object:
            hit = row.test(ask)
            if hit is not None and hit is not False:
                answered.append(row.name)
            return hit

        return row._replace(test=test)

    table = {key: tuple(watched(r) for r in rows) for key, rows in match._DOUBTS_BY_SEVERITY.items()}
    monkeypatch.setattr(match, "_DOUBTS_BY_SEVERITY", table)
    return answered


def _outlet_findings(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.kind is FindingKind.OUTLET_MISMATCH]


def _check_act(name: str, outlet: list[Finding]) -> None:
    row = next(r for r in match._OUTLET_DOUBTS if r.name == name)
    if row.act == "drop" or (row.act == "edition" and not outlet):
        assert outlet == []
        return
    assert len(outlet) == 1, outlet
    found = outlet[0]
    if row.act in ("warn", "edition"):
        assert found.severity is Severity.WARN
    elif row.act == "fail":
        assert found.severity is Severity.FAIL
    if row.doubt and "{hit}" not in row.doubt and "{hit!r}" not in row.doubt:
        assert found.message.endswith(row.doubt.format(cited=found.expected))


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_a_corpus_case_the_row_decides(name: str, decided: list[str]) -> None:
    case: dict[str, Any] = BY_ID[CORPUS[name]]
    page = case["page"]
    final_url = page.get("final_url", page["url"])
    metadata = extract_metadata(page_html(page), final_url, today=TODAY)
    citation = citation_of(case)
    assert citation is not None
    findings = match_citation(citation, metadata, final_url=final_url, config=CONFIG)
    assert decided == [name]
    _check_act(name, _outlet_findings(findings))


def test_the_edition_row_warns_where_the_title_names_a_programme(decided: list[str]) -> None:
    # The corpus's edition case above is a drop (the edition's word in the URL's path); this one warns.
    case: dict[str, Any] = BY_ID["b4-outlet-other-section-from-title-affix"]
    page = case["page"]
    metadata = extract_metadata(page_html(page), page["url"], today=TODAY)
    citation = citation_of(case)
    assert citation is not None
    outlet = _outlet_findings(match_citation(citation, metadata, final_url=page["url"], config=CONFIG))
    assert decided == ["edition"]
    assert [f.severity for f in outlet] == [Severity.WARN]
    assert outlet[0].message.endswith(": a programme or section?")


def _handwritten(name: str) -> tuple[Finding, ...]:
    cited, url, site, title = HANDWRITTEN[name]
    headline = title.split(" | ")[-1]
    html = (
        f"<html><head><title>{title}</title>"
        f'<meta property="og:site_name" content="{site}"></head><body><h1>{headline}</h1></body></html>'
    )
    metadata = extract_metadata(html, url, today=TODAY)
    return match_citation(Citation(url=url, outlet=cited), metadata, final_url=url, config=Config())


@pytest.mark.parametrize("name", sorted(HANDWRITTEN))
def test_a_handwritten_case_the_row_decides(name: str, decided: list[str]) -> None:
    findings = _handwritten(name)
    assert decided == [name]
    _check_act(name, _outlet_findings(findings))


def test_the_weekend_paper_named_in_its_title_is_dropped_before_it_is_doubted() -> None:
    # Both weekend rows' tests answer for this page; the titled one comes first and drops the finding.
    cited, _, site, _ = HANDWRITTEN["weekend_titled"]
    assert match._edition_day(cited, (site,))
    assert _outlet_findings(_handwritten("weekend_titled")) == []


def test_another_site_s_address_is_reported_where_the_cited_outlet_matched() -> None:
    outlet = _outlet_findings(_handwritten("another_address"))
    assert len(outlet) == 1
    assert "Lenta.ru" in outlet[0].message


def test_a_declared_dotted_name_is_no_doubt_but_an_undeclared_one_is() -> None:
    assert _outlet_findings(_handwritten("declared")) == []
    meta = Metadata(title="Ледоход на Енисее начался раньше срока", site_name="Красноярский рабочий")
    findings = match_citation(
        Citation(url=ENISEY, outlet="Енисей.Медиа"), meta, final_url=ENISEY, config=Config()
    )
    assert _outlet_findings(findings) != []
