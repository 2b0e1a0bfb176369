"""Rules added after the sixth seed probe (``tests/test_seed_probe6.py``), each on small inputs with what it
must leave alone.

1. A page's publication printed as a day and month without a year ("9 января, 11:40"), which extraction reads
   in the latest year up to the fetch, is marked ``year_stated=False`` and put in the year its citation
   gives before it is judged and reported (:func:`linkcheck.match.in_cited_year`): a 2020 story whose
   outlet prints no year no longer postdates its 2020 article by being read in this year.
2. SARIF's message closes a finding's text with a full stop only when it does not end a sentence already
   ("... a translation?. Suggested fix" read so before).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

import pytest

from linkcheck import Citation, Config, ExtractedDate, check, extract_metadata, match_citation
from linkcheck.models import Article, Metadata, PartialDate
from tests.site_server import Page, serve

TASS_URL = "https://tass.example/politika/7487995"
HEADLINE = "Жириновский призвал Иран купить российские С-400"


def _page(date_line: str, head: str = "") -> str:
    return (
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{HEADLINE}</title>'
        f'<meta property="og:title" content="{HEADLINE}"><meta property="og:site_name" content="ТАСС">{head}'
        f"</head><body><main><article><h1>{HEADLINE}</h1><div class='date'><span>{date_line}</span></div>"
        "<p>МОСКВА, 9 января. /ТАСС/. Лидер ЛДПР Владимир Жириновский призвал Иран купить российские"
        " зенитные ракетные системы С-400 и С-500.</p></article></main></body></html>"
    )


def _yearless(value: dt.date) -> Metadata:
    """A page's metadata whose published day was printed without a year and read as ``value``."""
    metadata = extract_metadata(_page("9 января, 11:40"), TASS_URL)
    return replace(metadata, published=ExtractedDate(value, "text", None, False))


def _citation(
    date: str | None = None, article: str | None = None, url: str = TASS_URL, title: str | None = None
) -> Citation:
    return Citation(
        url,
        title=title,
        date=PartialDate.parse(date) if date else None,
        article=Article(date=PartialDate.parse(article)) if article else None,
    )


# --- 1. extraction marks a day printed without its year ------------------------------------------------


def test_a_yearless_day_and_time_is_marked_as_stating_no_year() -> None:
    published = extract_metadata(_page("9 января, 11:40"), TASS_URL).published
    assert published is not None
    assert (published.value.month, published.value.day) == (1, 9)
    assert published.year_stated is False


@pytest.mark.parametrize(
    ("date_line", "head"),
    [
        ("9 января 2020, 11:40", ""),
        ("11:40 09.01.2020", ""),
        ("9 января, 11:40", '<meta property="article:published_time" content="2020-01-09T11:40:00+03:00">'),
    ],
    ids=["with-its-year", "dotted", "head-dated"],
)
def test_a_day_with_its_year_states_it(date_line: str, head: str) -> None:
    published = extract_metadata(_page(date_line, head), TASS_URL).published
    assert published is not None
    assert published.value == dt.date(2020, 1, 9)
    assert published.year_stated is True


def test_extracted_dates_state_their_year_by_default() -> None:
    assert ExtractedDate(dt.date(2020, 1, 9), "meta").year_stated is True


# --- 1. the checker reads it in the year its citation gives -----------------------------------------


@pytest.mark.parametrize(
    ("citation", "expected"),
    [
        (_citation(date="2020-01-09"), dt.date(2020, 1, 9)),  # the cited day's year
        (_citation(date="2020-01"), dt.date(2020, 1, 9)),  # a cited month places it too
        (_citation(date="2020-03-05"), dt.date(2020, 1, 9)),  # the nearest year, the day still the page's
        (_citation(date="2019-12-31"), dt.date(2020, 1, 9)),
        (_citation(article="2020-01-05"), dt.date(2019, 1, 9)),  # not after the article: never postdates it
        (_citation(article="2020-01-09"), dt.date(2020, 1, 9)),
        (_citation(url="https://tass.example/2020/01/09/story"), dt.date(2020, 1, 9)),  # the URL's
    ],
    ids=[
        "cited-day",
        "cited-month",
        "cited-other-day",
        "cited-new-years-eve",
        "article",
        "article-day",
        "url",
    ],
)
def test_a_yearless_day_is_put_in_the_year_its_citation_gives(citation: Citation, expected: dt.date) -> None:
    from linkcheck.match import in_cited_year

    published = in_cited_year(citation, _yearless(dt.date(2026, 1, 9))).published
    assert published is not None
    assert published.value == expected
    assert published.source == "text"


def test_new_years_day_near_new_years_eve_is_the_next_day() -> None:
    from linkcheck.match import in_cited_year

    published = in_cited_year(_citation(date="2019-12-31"), _yearless(dt.date(2026, 1, 1))).published
    assert published is not None
    assert published.value == dt.date(2020, 1, 1)


def test_the_29th_of_february_goes_to_a_leap_year() -> None:
    from linkcheck.match import in_cited_year

    published = in_cited_year(_citation(date="2021-03-01"), _yearless(dt.date(2024, 2, 29))).published
    assert published is not None
    assert published.value == dt.date(2020, 2, 29)


@pytest.mark.parametrize(
    "citation",
    [
        _citation(),  # nothing places it: extraction's reading stands
        _citation(date="2020"),  # a cited year alone, and no article nor URL day
        _citation(date="2030-01-09"),  # never later than extraction's reading (the latest up to the fetch)
    ],
    ids=["no-date", "cited-year-only", "cited-after-the-fetch"],
)
def test_what_places_no_yearless_day(citation: Citation) -> None:
    from linkcheck.match import in_cited_year

    metadata = _yearless(dt.date(2026, 1, 9))
    assert in_cited_year(citation, metadata) is metadata


def test_a_day_with_its_year_is_never_moved() -> None:
    from linkcheck.match import in_cited_year

    metadata = extract_metadata(_page("9 января 2023, 11:40"), TASS_URL)
    assert in_cited_year(_citation(date="2020-01-09"), metadata) is metadata


def _kinds(citation: Citation, metadata: Metadata) -> dict[str, str]:
    findings = match_citation(citation, metadata, final_url=citation.url, config=Config())
    return {f.kind.value: f.severity.value for f in findings}


def test_a_yearless_day_of_the_cited_day_neither_mismatches_nor_postdates() -> None:
    metadata = _yearless(dt.date(2026, 1, 9))
    assert _kinds(_citation(date="2020-01-09", article="2020-01-09", title=HEADLINE), metadata) == {}
    assert _kinds(_citation(article="2020-01-09", title=HEADLINE), metadata) == {}


def test_a_yearless_day_of_another_day_and_month_is_still_a_date_mismatch() -> None:
    metadata = _yearless(dt.date(2026, 1, 9))
    findings = match_citation(
        _citation(date="2020-03-05", title=HEADLINE), metadata, final_url=TASS_URL, config=Config()
    )
    (mismatch,) = [f for f in findings if f.kind.value == "date_mismatch"]
    assert mismatch.severity.value == "fail"
    assert mismatch.actual == "2020-01-09"
    assert "printed without its year" in mismatch.message


def test_a_stated_later_year_still_postdates_the_article() -> None:
    metadata = extract_metadata(_page("9 января 2023, 11:40"), TASS_URL)
    assert (
        _kinds(_citation(article="2020-01-09", title=HEADLINE), metadata).get("postdates_article") == "fail"
    )


# --- 2. SARIF's message ends each sentence once ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the page's date is the cited day: a translation?",
            "the page's date is the cited day: a translation?",
        ),
        ("moved.", "moved."),
        ("Stop!", "Stop!"),
        ("see the copy\u2026", "see the copy\u2026"),
        ("404 Not Found", "404 Not Found."),  # left alone: a text without an ending gets its full stop
        ("update the title to \u201cX?\u201d", "update the title to \u201cX?\u201d."),
    ],
)
def test_sarif_sentence(text: str, expected: str) -> None:
    from linkcheck.report.sarif import sentence

    assert sentence(text) == expected


def _sarif_message(report: Any) -> str:
    sarif = json.loads(report.render("sarif"))
    (result,) = sarif["runs"][0]["results"]
    text: str = result["message"]["text"]
    return text


def test_sarif_message_of_a_finding_that_asks_has_no_stray_full_stop() -> None:
    page = _page("9 января 2020, 11:40").encode()
    with serve({"/politika/7487995": Page(body=page)}) as site:
        citation = Citation(
            site.url("/politika/7487995"),
            title="Zhirinovsky urges Iran to buy Russian S-400",
            date=PartialDate.parse("2020-01-09"),
        )
        report = check([citation], Config(allow_hosts=(site.hostport,), retries=0))
    text = _sarif_message(report)
    assert "?. " not in text, text
    assert "a translation? Suggested fix: " in text, text
    assert text.endswith("."), text


def test_sarif_message_of_a_dead_link_keeps_its_full_stops() -> None:
    # Left alone: a reason that ends no sentence is closed by a full stop before the fix, as before.
    with serve({}) as site:
        report = check([Citation(site.url("/gone"))], Config(allow_hosts=(site.hostport,), retries=0))
    text = _sarif_message(report)
    assert ": dead: 404 Not Found. Suggested fix: " in text, text
    assert text.endswith("."), text
    assert ".." not in text, text
