"""Rules added for the seed probes' two strict xfails (tests/test_seed_probe11.py) and the twelfth
seed-article probe (tests/test_seed_probe12.py), on strings and values.

- ``extract`` keeps a republished page's own date (``Metadata.republished``) beside the day its editor's
  note says it first appeared, and ``match``'s ``url_date_mismatch`` accepts an address dated by either;
- ``match._lengthened_headline``: a cited title that opens the page's headline, at the cited address dated
  the cited day, is that headline lengthened (a correction naming one more thing): an ``info``
  ``title_changed`` note, not the "headline rewritten?" warning;
- ``articles._prose``: a "Related article:" line gives its title in an article saved with CRLF or CR line
  ends (the twelfth probe's BOM-and-CRLF article).

Each positive case fails without its rule; the left-alone cases pin what the rule must not take.
"""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.articles import extract_citations
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.match import match_citation
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate

TODAY = dt.date(2024, 11, 29)
EN_TITLE = "Iraq resumes talks with Russia on buying S-300 systems"
NOTE = "<p><i>This story was originally published on January 9, 2020.</i></p>"


def _page(note: str = NOTE, stamp: str = "2023-01-09T09:00:00+03:00") -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{EN_TITLE}</title>"
        f'<meta property="og:title" content="{EN_TITLE}">'
        f'<meta property="article:published_time" content="{stamp}">'
        f"</head><body><article><h1>{EN_TITLE}</h1>"
        "<p>Iraq has resumed talks with Moscow on buying Russian S-300 air defence systems, a member of the"
        " Iraqi parliament's security committee said on Thursday.</p>"
        f"{note}</article></body></html>"
    )


def _kinds(url: str, html: str, cited: str = "2020-01-09") -> dict[str, str]:
    metadata = extract_metadata(html, url, today=TODAY)
    citation = Citation(url=url, title=EN_TITLE, date=PartialDate.parse(cited), outlet="Sputnik")
    found = match_citation(citation, metadata, final_url=url, config=Config())
    return {f.kind.value: f.severity.value for f in found}


# --- a republished story's own date, beside its note's ------------------------------------------------------


def test_a_republished_page_keeps_its_own_date_beside_the_notes() -> None:
    url = "https://sputnik.example/20230109/iraq-resumes-talks-1106000000.html"
    metadata = extract_metadata(_page(), url, today=TODAY)
    assert metadata.published is not None
    assert metadata.published.value == dt.date(2020, 1, 9)
    assert metadata.republished is not None
    assert metadata.republished.value == dt.date(2023, 1, 9)


@pytest.mark.parametrize(
    "url",
    [
        "https://sputnik.example/20230109/iraq-resumes-talks-1106000000.html",
        "https://sputnik.example/2023/01/09/iraq-resumes-talks/",
        "https://sputnik.example/20230110/iraq-resumes-talks-1106000000.html",  # within a day's tolerance
    ],
)
def test_an_address_dated_by_the_republication_agrees_with_the_page(url: str) -> None:
    got = _kinds(url, _page())
    assert "url_date_mismatch" not in got, got
    assert "date_mismatch" not in got, got


def test_an_address_dated_by_the_first_publication_still_agrees() -> None:
    got = _kinds("https://sputnik.example/20200109/iraq-resumes-talks-1106000000.html", _page())
    assert "url_date_mismatch" not in got, got


@pytest.mark.parametrize(
    "url",
    [
        "https://sputnik.example/20210315/iraq-resumes-talks-1106000000.html",  # neither date
        "https://sputnik.example/20230201/iraq-resumes-talks-1106000000.html",  # weeks after the reissue
    ],
)
def test_an_address_dated_by_neither_still_disagrees(url: str) -> None:
    assert _kinds(url, _page()).get("url_date_mismatch") == "warn"


def test_a_page_without_the_note_is_not_republished() -> None:
    url = "https://sputnik.example/20230109/iraq-resumes-talks-1106000000.html"
    metadata = extract_metadata(_page(note=""), url, today=TODAY)
    assert metadata.republished is None
    assert metadata.published is not None
    assert metadata.published.value == dt.date(2023, 1, 9)
    # dated 2023 by the page and the address: the cited 2020 is the page's disagreement, not the address's
    got = _kinds(url, _page(note=""))
    assert "url_date_mismatch" not in got, got
    assert got.get("date_mismatch") == "fail", got


def test_a_page_dated_otherwise_at_an_address_of_another_day_still_disagrees() -> None:
    # No note: the page says 2020-01-09 and its address 2023-01-09; nothing dates the address's day.
    url = "https://sputnik.example/20230109/iraq-resumes-talks-1106000000.html"
    got = _kinds(url, _page(note="", stamp="2020-01-09T09:00:00+03:00"))
    assert got.get("url_date_mismatch") == "warn", got


# --- a headline lengthened by a correction ----------------------------------------------------------------

TASS_URL = "https://tass.example/politika/7487995"
TASS_TITLE = "Жириновский призвал Иран купить российские С-400"


def _title_findings(cited: str, page: str, *, day: str = "2020-01-09", url: str = TASS_URL) -> dict[str, str]:
    metadata = Metadata(
        title=page,
        title_source="opengraph",
        published=ExtractedDate(dt.date(2020, 1, 9), "opengraph", None),
        site_name="ТАСС",
    )
    citation = Citation(url=url, title=cited, date=PartialDate.parse(day), outlet="TASS")
    found = match_citation(citation, metadata, final_url=url, config=Config())
    return {f.kind.value: f.severity.value for f in found}


@pytest.mark.parametrize(
    "page",
    [
        TASS_TITLE + " и С-500",
        TASS_TITLE + " и С-500 и открыть базы",
    ],
)
def test_a_cited_headline_opening_the_pages_is_that_headline_lengthened(page: str) -> None:
    got = _title_findings(TASS_TITLE, page)
    assert "title_mismatch" not in got, got
    assert got.get("title_changed") == "info", got


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        # a cited word changed: not an opening of the page's headline
        (TASS_TITLE, "Жириновский призвал Ирак купить российские С-400 и С-500"),
        # the cited title dropped a word the page's has inside: no opening either
        ("Жириновский призвал Иран купить С-400", TASS_TITLE + " и С-500"),
        # too few cited words to vouch for a headline's opening
        ("Иран купит С-400", "Иран купит С-400 вместо американских ракетных комплексов Patriot"),
        # the page's headline more than twice as long: another story that opens alike
        (
            "Жириновский призвал Иран купить",
            "Жириновский призвал Иран купить российские С-400 и открыть на своей территории базы ВКС",
        ),
    ],
)
def test_a_headline_that_is_not_the_cited_one_lengthened_still_warns(cited: str, page: str) -> None:
    got = _title_findings(cited, page)
    assert got.get("title_changed") is None, got


def test_a_lengthened_headline_dated_another_day_is_not_noted_so() -> None:
    got = _title_findings(TASS_TITLE, TASS_TITLE + " и С-500", day="2020-03-12")
    assert got.get("title_changed") is None, got


# --- a related-article line in an article saved with CRLF or CR --------------------------------------------

RELATED_URL = (
    "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
)
RELATED_TITLE = "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"


def _article(end: str, *, alone: bool = False) -> str:
    label = f"Related article:{end}{RELATED_TITLE}" if alone else f"Related article: {RELATED_TITLE}"
    lines = ["Iraq has resumed talks with Russia to buy S-300 systems.", "", label, "", RELATED_URL, ""]
    return end.join(lines)


@pytest.mark.parametrize("end", ["\r\n", "\n", "\r"])
@pytest.mark.parametrize("alone", [False, True])
def test_a_related_line_gives_its_title_whatever_the_line_ends(end: str, alone: bool) -> None:
    citations = extract_citations(_article(end, alone=alone), format="plain")
    assert [(c.url, c.title) for c in citations] == [(RELATED_URL, RELATED_TITLE)]


def test_a_related_line_with_crlf_keeps_no_carriage_return_in_its_title() -> None:
    text = _article("\r\n").replace(RELATED_TITLE, RELATED_TITLE + " ")
    citations = extract_citations(text, format="plain")
    assert [c.title for c in citations] == [RELATED_TITLE]


@pytest.mark.parametrize("end", ["\r\n", "\r"])
def test_a_sentence_about_related_coverage_gives_no_title_with_any_line_end(end: str) -> None:
    # No label and colon: a sentence, not a related line, whatever ends its lines.
    text = end.join(["Related coverage of the strikes appeared in May.", "", RELATED_URL, ""])
    assert [c.title for c in extract_citations(text, format="plain")] == [None]
