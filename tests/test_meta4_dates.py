"""meta3's leftovers (meta4): an update line dated by its month only in the page's text ("Updated: September
2024", "Обновлено: сентябрь 2024"), quarters written otherwise ("3Q 2023", "2023 Q3", "III квартал 2023", "T3
2023", "2023年第3四半期"), a season after an issue's volume and number ("Vol. 12, Winter 2023", "No. 4 (Autumn
2022)"), the southern hemisphere's summer, and an archive page that lists several issues.

Decisions the tests pin:

- An update line by month is the page's modified month (``precision`` ``"month"``), never its published date.
- A half-year ("H1 2023", "first half of 2023", "1. Halbjahr 2023") is no date: it names the period a report
  covers, which it is published after (an "H2 2023" report comes out in the next year), and hardly any
  periodical is dated by its half; reading it as its half, or even as its year, would fail a correct citation.
- A summer on a page whose language tag (``en-AU``, ``es-AR``, ``pt-BR``) or host (``.com.au``, ``.co.nz``)
  says it is southern spans either summer the page may mean (``precision`` ``"summer"``, 1 December of the
  year before to the end of February of the year after, shown ``2023-summer``); on any other page it stays its
  year, as meta3 read it (the page says nothing of a hemisphere, and the northern reading is the common one).
- An archive page whose text after the headline holds issue lines of different periods is dated by none of
  them: the page is no single issue, and its first listed issue is not its date.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from linkcheck.match import match_citation
from linkcheck.models import (
    Article,
    Citation,
    ExtractedDate,
    Metadata,
    PartialDate,
    Result,
    Status,
    TitleCandidate,
    Verdict,
)
from linkcheck.report.json import ResultWriter, result_to_dict
from tests.dates_harness import CONFIG, ArticleSite
from tests.dates_harness import kinds as _kinds

URL = "https://quarterly.example.org/essays/river-trade-after-the-drought"
TITLE = "River trade after the drought: the barges return"
BODY = (
    "<p>The essay's text runs on, sentence after sentence, about barges, locks and the grain they carry.</p>"
    * 4
)


SITE = ArticleSite(URL, TITLE, "Quarterly", BODY)
_page = SITE.page
_meta = SITE.meta
_published = SITE.published
_ld = SITE.ld


# --- extraction: an update line by its month ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "lang"),
    [
        ("<p>Updated: September 2024</p>", "en"),
        ("<p>Last updated: September 2024</p>", "en"),
        ("<p class='byline'>By Mara Quill · Updated September 2024</p>", "en"),
        ("<p>Обновлено: сентябрь 2024</p>", "ru"),
        ("<p>Aktualisiert: September 2024</p>", "de"),
        ("<p>Mis à jour : septembre 2024</p>", "fr"),
    ],
)
def test_an_update_line_by_month_is_the_pages_modified_month_not_its_publication(
    lead: str, lang: str
) -> None:
    meta = _meta(_page(lead=lead, lang=lang))
    assert meta.published is None
    assert meta.modified is not None
    assert (meta.modified.value, meta.modified.precision, meta.modified.source) == (
        dt.date(2024, 9, 1),
        "month",
        "text",
    )
    assert str(meta.modified) == "2024-09"


def test_an_update_month_beside_a_published_day_is_the_modification() -> None:
    meta = _meta(_page(_ld(datePublished="2024-08-14"), lead="<p>Updated: September 2024</p>"))
    assert meta.published is not None
    assert (meta.published.value, meta.published.precision) == (dt.date(2024, 8, 14), "day")
    assert meta.modified is not None
    assert (meta.modified.value, meta.modified.precision) == (dt.date(2024, 9, 1), "month")


def test_an_update_month_beside_a_published_month_is_the_modification() -> None:
    meta = _meta(_page(lead="<p>Published: August 2024</p><p>Updated: September 2024</p>"))
    assert meta.published is not None
    assert (meta.published.value, meta.published.precision) == (dt.date(2024, 8, 1), "month")
    assert meta.modified is not None
    assert (meta.modified.value, meta.modified.precision) == (dt.date(2024, 9, 1), "month")


def test_an_update_day_keeps_its_day() -> None:
    meta = _meta(_page(_ld(datePublished="2024-08-14"), lead="<p>Updated: 20 September 2024</p>"))
    assert meta.modified is not None
    assert (meta.modified.value, meta.modified.precision) == (dt.date(2024, 9, 20), "day")


def test_an_update_month_before_the_publication_is_no_modification() -> None:
    meta = _meta(_page(_ld(datePublished="2024-08-14"), lead="<p>Updated: March 2024</p>"))
    assert meta.modified is None


def test_an_update_month_in_a_sentence_is_no_modification() -> None:
    body = (
        "<p>The rules were updated in September 2024, the ministry said, after the barges returned.</p>" * 4
    )
    meta = _meta(_page(_ld(datePublished="2024-08-14"), body=body))
    assert meta.modified is None


# --- extraction: quarters written otherwise -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "lang"),
    [
        ("<p>3Q 2023</p>", "en"),
        ("<p>2023 Q3</p>", "en"),
        ("<p>Issue: 2023 Q3</p>", "en"),
        ("<p>III квартал 2023</p>", "ru"),
        ("<p>Выпуск: III квартал 2023</p>", "ru"),
        ("<p>T3 2023</p>", "fr"),
        ("<p>T3 2023</p>", "es"),
        ("<p>T3 2023</p>", "it"),
        ("<p>2023年第3四半期</p>", "ja"),
    ],
)
def test_a_quarter_written_otherwise_is_the_pages_quarter(lead: str, lang: str) -> None:
    published = _published(_page(lead=lead, lang=lang))
    assert published is not None
    assert (published.value, published.precision, published.source) == (
        dt.date(2023, 7, 1),
        "quarter",
        "text",
    )
    assert str(published) == "2023-Q3"


def test_t3_on_an_english_page_is_no_quarter() -> None:
    assert _published(_page(lead="<p>T3 2023</p>")) is None


@pytest.mark.parametrize(
    ("h1", "body"),
    [
        ("3Q 2023 results: barge traffic rises", BODY),
        (TITLE, "<p>Profits rose in 3Q 2023, the company said, as the barges returned to the river.</p>" * 4),
        (TITLE, "<p>Profits rose in Q3 2023, the company said, as the barges returned to the river.</p>" * 4),
        (TITLE, "<p>Выручка выросла в III квартале 2023 года, сообщила компания в понедельник.</p>" * 4),
    ],
)
def test_a_quarter_in_a_headline_or_a_sentence_is_no_date(h1: str, body: str) -> None:
    assert _published(_page(h1=h1, body=body)) is None


# --- extraction: a season on an issue line --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "lang", "precision", "first"),
    [
        ("<p>Vol. 12, Winter 2023</p>", "en", "winter", dt.date(2022, 12, 1)),
        ("<p>By Mara Quill</p><p>Vol. 12, Winter 2023</p>", "en", "winter", dt.date(2022, 12, 1)),
        ("<p>No. 4 (Autumn 2022)</p>", "en", "year", dt.date(2022, 1, 1)),
        ("<p>Vol. 12, No. 4, Autumn 2022</p>", "en", "year", dt.date(2022, 1, 1)),
        ("<p>Volume 7, Issue 2 (Spring 2021)</p>", "en", "year", dt.date(2021, 1, 1)),
        ("<p>Vol. 9, no. 3, Q3 2023</p>", "en", "quarter", dt.date(2023, 7, 1)),
        ("<p>Том 5, № 3, осень 2022</p>", "ru", "year", dt.date(2022, 1, 1)),
        ("<p>Jg. 14, Heft 2, Herbst 2022</p>", "de", "year", dt.date(2022, 1, 1)),
    ],
)
def test_a_season_after_an_issues_volume_and_number_is_the_pages(
    lead: str, lang: str, precision: str, first: dt.date
) -> None:
    published = _published(_page(lead=lead, lang=lang))
    assert published is not None
    assert (published.first_day, published.precision, published.source) == (first, precision, "text")


@pytest.mark.parametrize(
    ("h1", "lead", "body"),
    [
        (TITLE, "<p>Winter Olympics 2022</p>", BODY),
        ("Winter Olympics 2022: the barges carried the snow", "", BODY),
        (TITLE, "<p>Tickets for the Winter Olympics 2022</p>", BODY),
        (
            TITLE,
            "",
            "<p>In Vol. 12, Winter 2023 was described as the driest in a century on the river.</p>" * 4,
        ),
        (TITLE, "<p>Section 4, Winter 2023</p>", BODY),
    ],
)
def test_a_season_that_is_no_issues_date_is_no_date(h1: str, lead: str, body: str) -> None:
    assert _published(_page(h1=h1, lead=lead, body=body)) is None


# --- extraction: a half-year is no date -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "lang"),
    [
        ("<p>H1 2023</p>", "en"),
        ("<p>First half of 2023</p>", "en"),
        ("<p>1. Halbjahr 2023</p>", "de"),
    ],
)
def test_a_half_year_is_no_date(lead: str, lang: str) -> None:
    assert _published(_page(lead=lead, lang=lang)) is None


# --- extraction: the southern hemisphere's summer -------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "lang", "url"),
    [
        ("<p>Summer 2023</p>", "en-AU", URL),
        ("<p>Summer 2023</p>", "en", "https://quarterly.example.com.au/essays/river-trade"),
        ("<p>Summer 2023</p>", "en", "https://quarterly.example.co.nz/essays/river-trade"),
        ("<p>Verano 2023</p>", "es-AR", URL),
        ("<p>Verão 2023</p>", "pt-BR", URL),
        ("<p>Spring/Summer 2023</p>", "en-NZ", URL),
        ("<p>Vol. 4, Summer 2023</p>", "en-ZA", URL),
    ],
)
def test_a_summer_on_a_southern_page_spans_either_summer(lead: str, lang: str, url: str) -> None:
    published = _published(_page(lead=lead, lang=lang), url)
    assert published is not None
    assert (published.precision, published.source) == ("summer", "text")
    assert (published.first_day, published.last_day) == (dt.date(2022, 12, 1), dt.date(2024, 2, 29))
    assert str(published) == "2023-summer"


@pytest.mark.parametrize(
    ("lead", "lang", "url"),
    [
        ("<p>Summer 2023</p>", "en-GB", URL),
        ("<p>Verano 2023</p>", "es-ES", "https://revista.example.es/ensayos/rio"),
        ("<p>Autumn 2023</p>", "en-AU", URL),  # the south's autumn lies in its year too
    ],
)
def test_a_season_elsewhere_stays_its_year(lead: str, lang: str, url: str) -> None:
    published = _published(_page(lead=lead, lang=lang), url)
    assert published is not None
    assert (published.value, published.precision) == (dt.date(2023, 1, 1), "year")


def test_a_winter_on_a_southern_page_is_the_winter() -> None:
    published = _published(_page(lead="<p>Winter 2023</p>", lang="en-AU"))
    assert published is not None
    assert (published.precision, published.first_day, published.last_day) == (
        "winter",
        dt.date(2022, 12, 1),
        dt.date(2024, 2, 29),
    )


# --- extraction: an archive page listing several issues -------------------------------------------------


def test_an_archive_of_several_issues_is_dated_by_none() -> None:
    lead = "<ul><li>Winter 2023</li><li>Autumn 2023</li><li>Summer 2023</li><li>Spring 2023</li></ul>"
    assert _published(_page(lead=lead, h1="Back issues")) is None


def test_an_archive_of_several_quarters_is_dated_by_none() -> None:
    lead = "<ul><li>Q4 2023</li><li>Q3 2023</li><li>Q2 2023</li></ul>"
    assert _published(_page(lead=lead, h1="Archive")) is None


def test_one_issues_date_said_twice_is_still_the_pages() -> None:
    published = _published(_page(lead="<p>Winter 2023</p><p>Vol. 12, Winter 2023</p>"))
    assert published is not None
    assert published.precision == "winter"


def test_an_archive_page_keeps_a_day_stated_anywhere() -> None:
    lead = "<ul><li>Winter 2023</li><li>Autumn 2023</li></ul>"
    published = _published(_page(_ld(datePublished="2024-01-10"), lead=lead, h1="Back issues"))
    assert published is not None
    assert (published.value, published.precision) == (dt.date(2024, 1, 10), "day")


# --- extraction: a day or a month anywhere keeps it ----------------------------------------------------


def test_a_labelled_month_keeps_the_month_beside_a_quarter_written_otherwise() -> None:
    published = _published(_page(lead="<p>3Q 2023</p><p>Published: August 2023</p>"))
    assert published is not None
    assert (published.value, published.precision) == (dt.date(2023, 8, 1), "month")


def test_a_day_keeps_the_day_beside_an_issue_line() -> None:
    lead = "<p>Vol. 12, Winter 2023</p><p>Published: 14 January 2023</p>"
    published = _published(_page(lead=lead))
    assert published is not None
    assert (published.value, published.precision) == (dt.date(2023, 1, 14), "day")


# --- matching ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "fails"),
    [(PartialDate(2023, 8, 14), False), (PartialDate(2023, 9), False), (PartialDate(2023, 11, 20), True)],
)
def test_a_cited_date_against_a_quarter_written_otherwise(cited: PartialDate, fails: bool) -> None:
    meta = _meta(_page(lead="<p>III квартал 2023</p>", lang="ru"))
    found = match_citation(Citation(url=URL, title=TITLE, date=cited), meta, final_url=URL, config=CONFIG)
    mismatches = [f for f in found if f.kind.value == "date_mismatch"]
    assert bool(mismatches) is fails
    if fails:
        assert mismatches[0].actual == "2023-Q3"


@pytest.mark.parametrize(
    ("cited", "fails"),
    [
        (PartialDate(2022, 12, 20), False),  # a summer named by the year it ends
        (PartialDate(2023, 7, 15), False),  # the north's
        (PartialDate(2024, 1, 20), False),  # a summer named by the year it begins
        (PartialDate(2022, 10, 1), True),
        (PartialDate(2024, 6, 1), True),
    ],
)
def test_a_cited_date_against_a_southern_summer(cited: PartialDate, fails: bool) -> None:
    meta = _meta(_page(lead="<p>Summer 2023</p>", lang="en-AU"))
    kinds = _kinds(Citation(url=URL, title=TITLE, date=cited), meta)
    assert ("date_mismatch" in kinds) is fails


def test_a_southern_summer_does_not_postdate_an_article_of_the_december_before() -> None:
    meta = _meta(_page(lead="<p>Summer 2023</p>", lang="en-AU"))
    article = Article(date=PartialDate(2022, 12, 20))
    assert "postdates_article" not in _kinds(Citation(url=URL, title=TITLE, article=article), meta)


def test_a_cited_day_after_an_update_month_in_the_text_fails() -> None:
    meta = _meta(_page(lead="<p>Updated: September 2024</p>"))
    assert (
        _kinds(Citation(url=URL, title=TITLE, date=PartialDate(2024, 10, 5)), meta).get("date_mismatch")
        == "fail"
    )
    assert "date_mismatch" not in _kinds(Citation(url=URL, title=TITLE, date=PartialDate(2024, 9, 28)), meta)


def test_a_cited_day_in_the_update_month_passes_as_the_update_copied() -> None:
    meta = _meta(_page(_ld(datePublished="2024-08-14"), lead="<p>Updated: September 2024</p>"))
    assert "date_mismatch" not in _kinds(Citation(url=URL, title=TITLE, date=PartialDate(2024, 9, 25)), meta)
    assert (
        _kinds(Citation(url=URL, title=TITLE, date=PartialDate(2024, 10, 25)), meta).get("date_mismatch")
        == "fail"
    )


# --- the JSON report -----------------------------------------------------------------------------------


def _result(metadata: Metadata) -> Result:
    return Result(
        citation=Citation(url=URL, title=TITLE),
        status=Status.OK,
        reason="200 OK",
        verdict=Verdict.PASS,
        metadata=metadata,
    )


def test_the_json_report_gives_a_southern_summer_as_its_span() -> None:
    metadata = Metadata(
        title=TITLE,
        title_candidates=(TitleCandidate(TITLE, "opengraph"),),
        published=ExtractedDate(dt.date(2022, 12, 1), "text", precision="summer"),
    )
    assert result_to_dict(_result(metadata))["published"] == "2023-summer"
    assert json.loads(ResultWriter()(_result(metadata)))["published"] == "2023-summer"


def test_the_json_report_gives_an_update_month_from_the_text() -> None:
    meta = _meta(_page(lead="<p>Updated: September 2024</p>"))
    assert result_to_dict(_result(meta))["modified"] == "2024-09"
    assert json.loads(ResultWriter()(_result(meta)))["modified"] == "2024-09"
