"""A page dated by its year, season or quarter only (meta3): an annual report "Published 2023", JSON-LD
``datePublished: "2023"``, ``<meta name="citation_date" content="2023">``, a quarterly's "Q3 2023", a journal
issue's "Winter 2023", "Осень 2023" or "Spring/Summer 2022"; and a modification dated by its month only
(JSON-LD ``dateModified: "2024-09"``).

What the page states is read as a period (``ExtractedDate.precision`` ``"year"``, ``"quarter"``, or
``"winter"``), its ``value`` the period's first day, which the page never stated, and every comparison of a
cited date takes the whole period. A season is read as the weakest claim that holds in both hemispheres and
under both ways of naming a winter: spring, summer and autumn are their year (north and south alike, each
season lies inside it, but the south's summer, which no test here asks); a winter may be the one that ends in
the named year (a quarterly's "Winter 2023" on sale in December 2022), the one that begins in it (December
2023 to February 2024) or the south's (June to August), so it spans 1 December of the year before to the end
of February of the year after. A page that states a day or a month anywhere keeps it, and a year in its
headline, its copyright line or a sentence is not its date."""

from __future__ import annotations

import datetime as dt
import functools
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
    Verdict,
)
from linkcheck.report.json import ResultWriter, result_to_dict
from tests.dates_harness import CONFIG, ArticleSite, dated
from tests.dates_harness import kinds as _kinds

URL = "https://review.example.org/articles/grain-corridors-and-the-ports"
TITLE = "Grain corridors and the ports of the Black Sea"
BODY = (
    "<p>Text of the essay, long enough to be read as an article of its own, sentence after sentence.</p>" * 4
)


SITE = ArticleSite(URL, TITLE, "Review", BODY, ld_type="ScholarlyArticle")
_page = SITE.page
_meta = SITE.meta
_published = SITE.published
_ld = SITE.ld


# --- extraction: a year ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "source"),
    [
        (_ld(datePublished="2023"), "json-ld"),
        ('<meta name="citation_date" content="2023">', "meta"),
        ('<meta name="citation_publication_date" content="2023">', "meta"),
        ('<meta name="dc.date" content="2023">', "meta"),
    ],
)
def test_a_year_only_machine_value_is_the_pages_year(head: str, source: str) -> None:
    published = _published(_page(head))
    assert published is not None
    assert (published.value, published.precision, published.source) == (dt.date(2023, 1, 1), "year", source)
    assert str(published) == "2023"


@pytest.mark.parametrize(
    ("lead", "lang"),
    [
        ("<p>Published: 2023</p>", "en"),
        ("<p class='byline'>By the Research Unit · Published 2023</p>", "en"),
        ("<p>Опубликовано: 2023</p>", "ru"),
        ("<p>Veröffentlicht: 2023</p>", "de"),
    ],
)
def test_a_labelled_year_in_the_byline_is_the_pages_year(lead: str, lang: str) -> None:
    published = _published(_page(lead=lead, lang=lang))
    assert published is not None
    assert (published.value, published.precision, published.source) == (dt.date(2023, 1, 1), "year", "text")


# --- extraction: a quarter and a season ------------------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    ["<p>Q3 2023</p>", "<p>Published: Q3 2023</p>", "<p>Issue: Q3 2023</p>", "<p>The Q3 2023 issue</p>"],
)
def test_a_quarter_is_the_pages_quarter(lead: str) -> None:
    published = _published(_page(lead=lead))
    assert published is not None
    assert (published.value, published.precision, published.source) == (
        dt.date(2023, 7, 1),
        "quarter",
        "text",
    )
    assert str(published) == "2023-Q3"


@pytest.mark.parametrize(
    ("lead", "lang", "year"),
    [
        ("<p>Summer 2023</p>", "en", 2023),
        ("<p>From the Fall 2023 issue</p>", "en", 2023),
        ("<p>Spring/Summer 2022</p>", "en", 2022),
        ("<p>Осень 2023</p>", "ru", 2023),
        ("<p>Выпуск: весна 2023</p>", "ru", 2023),
        ("<p>Herbst 2023</p>", "de", 2023),
        ("<p>Printemps 2023</p>", "fr", 2023),
        ("<p>Été 2023</p>", "fr", 2023),
    ],
)
def test_a_season_but_winter_is_its_year(lead: str, lang: str, year: int) -> None:
    published = _published(_page(lead=lead, lang=lang))
    assert published is not None
    assert (published.value, published.precision, published.source) == (dt.date(year, 1, 1), "year", "text")
    assert str(published) == str(year)


@pytest.mark.parametrize(
    ("lead", "lang"),
    [
        ("<p>Winter 2023</p>", "en"),
        ("<p>Fall/Winter 2023</p>", "en"),
        ("<p>Зима 2023</p>", "ru"),
        ("<p>Hiver 2023</p>", "fr"),
        ("<p>Ausgabe Winter 2023</p>", "de"),
    ],
)
def test_a_winter_spans_the_years_end_on_either_side(lead: str, lang: str) -> None:
    published = _published(_page(lead=lead, lang=lang))
    assert published is not None
    assert (published.precision, published.source) == ("winter", "text")
    assert (published.first_day, published.last_day) == (dt.date(2022, 12, 1), dt.date(2024, 2, 29))
    assert str(published) == "2023-winter"


def test_a_season_line_after_the_byline_is_read_too() -> None:
    published = _published(_page(lead="<p>By Anna Writer</p><p>Summer 2023</p>"))
    assert published is not None
    assert (published.value, published.precision) == (dt.date(2023, 1, 1), "year")


def test_a_season_after_other_words_in_its_element_is_no_date() -> None:
    # "Vol. 12, Winter 2023" was no date here (meta3 left it); meta4's brief asks it read as an issue line's
    # season (tests/test_meta4_dates.py), so the other words here are none of an issue's volume or number.
    assert _published(_page(lead="<p>By Anna Writer</p><p>Section 12, Winter 2023</p>")) is None


# --- extraction: a month-only modification ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "source"),
    [
        (_ld(datePublished="2024-08-14", dateModified="2024-09"), "json-ld"),
        (
            '<meta property="article:published_time" content="2024-08-14T10:00:00+00:00">'
            '<meta property="article:modified_time" content="2024-09">',
            "opengraph",
        ),
    ],
)
def test_a_month_only_modified_date_is_the_pages_modification_month(head: str, source: str) -> None:
    meta = _meta(_page(head))
    assert meta.published is not None
    assert meta.published.value == dt.date(2024, 8, 14)
    assert meta.modified is not None
    assert (meta.modified.value, meta.modified.precision, meta.modified.source) == (
        dt.date(2024, 9, 1),
        "month",
        source,
    )
    assert str(meta.modified) == "2024-09"


def test_a_day_level_modified_date_keeps_its_day() -> None:
    meta = _meta(_page(_ld(datePublished="2024-08-14", dateModified="2024-09-20")))
    assert meta.modified is not None
    assert (meta.modified.value, meta.modified.precision) == (dt.date(2024, 9, 20), "day")


# --- extraction: controls --------------------------------------------------------------------------------


def test_a_day_anywhere_keeps_the_day() -> None:
    published = _published(_page(_ld(datePublished="2023"), lead="<p>Published: 14 August 2023</p>"))
    assert published is not None
    assert (published.value, published.precision) == (dt.date(2023, 8, 14), "day")


def test_a_month_anywhere_keeps_the_month() -> None:
    head = _ld(datePublished="2023") + '<meta property="article:published_time" content="2023-08">'
    published = _published(_page(head, lead="<p>Summer 2023</p>"))
    assert published is not None
    assert (published.value, published.precision) == (dt.date(2023, 8, 1), "month")


def test_a_labelled_month_keeps_the_month_beside_a_quarter() -> None:
    published = _published(_page(lead="<p>Q3 2023</p><p>Published: August 2023</p>"))
    assert published is not None
    assert (published.value, published.precision) == (dt.date(2023, 8, 1), "month")


@pytest.mark.parametrize(
    ("h1", "body"),
    [
        ("Annual report 2023", BODY),
        ("Q3 2023 results: exports rise at the ports", BODY),
        ("Winter 2023 was the coldest in a decade", BODY),
        (TITLE, BODY + "<footer><p>© 2023 Review Example Org</p></footer>"),
        (TITLE, "<p>The survey was published in 2023 and covers the harvest and the ports.</p>" * 4),
        (TITLE, "<p>Revenue rose in Q3 2023, the company said, as the harvest came in early.</p>" * 4),
        (TITLE, "<p>Winter 2023 was the coldest in a decade, the weather service said on Monday.</p>" * 4),
    ],
)
def test_a_year_in_a_headline_a_copyright_line_or_a_sentence_is_no_date(h1: str, body: str) -> None:
    assert _published(_page(h1=h1, body=body)) is None


# --- matching --------------------------------------------------------------------------------------------

_dated = functools.partial(dated, TITLE)


def _year_page() -> Metadata:
    return _dated(ExtractedDate(dt.date(2023, 1, 1), "meta", precision="year"))


def _quarter_page() -> Metadata:
    return _dated(ExtractedDate(dt.date(2023, 7, 1), "text", precision="quarter"))


@pytest.mark.parametrize(
    "cited",
    [
        PartialDate(2023, 1, 1),
        PartialDate(2023, 5, 14),
        PartialDate(2023, 12, 30),
        PartialDate(2023, 6),
        PartialDate(2023),
    ],
)
def test_a_cited_date_inside_the_pages_year_passes(cited: PartialDate) -> None:
    assert "date_mismatch" not in _kinds(Citation(url=URL, title=TITLE, date=cited), _year_page())


@pytest.mark.parametrize("cited", [PartialDate(2022, 11, 2), PartialDate(2024, 3, 5), PartialDate(2021)])
def test_a_cited_date_in_another_year_fails(cited: PartialDate) -> None:
    found = match_citation(
        Citation(url=URL, title=TITLE, date=cited), _year_page(), final_url=URL, config=CONFIG
    )
    (finding,) = [f for f in found if f.kind.value == "date_mismatch"]
    assert finding.severity.value == "fail"
    assert finding.actual == "2023"
    assert "2023-01-01" not in finding.message


@pytest.mark.parametrize(
    "cited",
    [PartialDate(2023, 7, 1), PartialDate(2023, 8, 14), PartialDate(2023, 9, 30), PartialDate(2023, 8)],
)
def test_a_cited_date_inside_the_pages_quarter_passes(cited: PartialDate) -> None:
    assert "date_mismatch" not in _kinds(Citation(url=URL, title=TITLE, date=cited), _quarter_page())


@pytest.mark.parametrize("cited", [PartialDate(2023, 5, 2), PartialDate(2023, 11, 20), PartialDate(2023, 4)])
def test_a_cited_date_outside_the_pages_quarter_fails(cited: PartialDate) -> None:
    found = match_citation(
        Citation(url=URL, title=TITLE, date=cited), _quarter_page(), final_url=URL, config=CONFIG
    )
    (finding,) = [f for f in found if f.kind.value == "date_mismatch"]
    assert finding.severity.value == "fail"
    assert finding.actual == "2023-Q3"


def _season_page(lead: str, lang: str = "en") -> Metadata:
    meta = _meta(_page(lead=lead, lang=lang))
    assert meta.published is not None
    return meta


@pytest.mark.parametrize(
    "cited",
    [
        PartialDate(2022, 12, 10),  # a northern winter named by the year it ends, on sale in December
        PartialDate(2023, 1, 20),
        PartialDate(2023, 7, 15),  # the south's winter
        PartialDate(2023, 12, 5),  # a northern winter named by the year it begins
        PartialDate(2024, 2, 10),
    ],
)
def test_a_cited_date_in_any_winter_the_page_may_name_passes(cited: PartialDate) -> None:
    page = _season_page("<p>Winter 2023</p>")
    assert "date_mismatch" not in _kinds(Citation(url=URL, title=TITLE, date=cited), page)


@pytest.mark.parametrize("cited", [PartialDate(2022, 6, 1), PartialDate(2024, 6, 1)])
def test_a_cited_date_outside_every_winter_the_page_may_name_fails(cited: PartialDate) -> None:
    page = _season_page("<p>Зима 2023</p>", "ru")
    assert _kinds(Citation(url=URL, title=TITLE, date=cited), page).get("date_mismatch") == "fail"


@pytest.mark.parametrize(
    ("cited", "fails"),
    [(PartialDate(2023, 2, 1), False), (PartialDate(2023, 10, 12), False), (PartialDate(2024, 8, 1), True)],
)
def test_a_cited_date_against_a_summer_reads_its_year(cited: PartialDate, fails: bool) -> None:
    page = _season_page("<p>Summer 2023</p>")
    assert ("date_mismatch" in _kinds(Citation(url=URL, title=TITLE, date=cited), page)) is fails


def test_a_url_day_inside_the_pages_year_agrees() -> None:
    url = "https://review.example.org/2023/05/20/grain-corridors-and-the-ports"
    assert "url_date_mismatch" not in _kinds(Citation(url=url, title=TITLE), _year_page())
    other = "https://review.example.org/2021/05/20/grain-corridors-and-the-ports"
    assert "url_date_mismatch" in _kinds(Citation(url=other, title=TITLE), _year_page())


def test_a_page_of_the_articles_year_does_not_postdate_it() -> None:
    article = Article(date=PartialDate(2023, 3, 10))
    assert "postdates_article" not in _kinds(Citation(url=URL, title=TITLE, article=article), _year_page())
    earlier = Article(date=PartialDate(2022, 6, 1))
    assert "postdates_article" in _kinds(Citation(url=URL, title=TITLE, article=earlier), _year_page())


def test_a_page_of_the_access_year_does_not_postdate_the_access() -> None:
    cite = Citation(url=URL, title=TITLE, access_date=PartialDate(2023, 2, 1))
    assert "postdates_access" not in _kinds(cite, _year_page())
    assert "postdates_access" not in _kinds(cite, _season_page("<p>Winter 2023</p>"))


def test_a_year_is_no_rewritten_headlines_day() -> None:
    cite = Citation(url=URL, title="Ports reopen as the harvest comes in early", date=PartialDate(2023, 1, 1))
    assert _kinds(cite, _year_page()).get("title_mismatch") == "fail"


# --- matching: a month-only modification -----------------------------------------------------------------


def _modified_only(modified: ExtractedDate) -> Metadata:
    return _dated(None, modified)


def test_a_cited_date_after_a_month_only_modification_fails_as_after_a_day_level_one() -> None:
    cite = Citation(url=URL, title=TITLE, date=PartialDate(2024, 10, 5))
    by_day = _kinds(cite, _modified_only(ExtractedDate(dt.date(2024, 9, 14), "json-ld")))
    by_month = _kinds(cite, _modified_only(ExtractedDate(dt.date(2024, 9, 1), "json-ld", precision="month")))
    assert by_day.get("date_mismatch") == "fail"
    assert by_month.get("date_mismatch") == by_day.get("date_mismatch")


def test_a_cited_day_inside_a_month_only_modification_is_no_mismatch() -> None:
    cite = Citation(url=URL, title=TITLE, date=PartialDate(2024, 9, 28))
    page = _modified_only(ExtractedDate(dt.date(2024, 9, 1), "json-ld", precision="month"))
    assert "date_mismatch" not in _kinds(cite, page)


def test_a_cited_day_in_the_modified_month_passes_as_the_update_copied() -> None:
    meta = _meta(_page(_ld(datePublished="2024-08-14", dateModified="2024-09")))
    assert "date_mismatch" not in _kinds(Citation(url=URL, title=TITLE, date=PartialDate(2024, 9, 25)), meta)
    assert (
        _kinds(Citation(url=URL, title=TITLE, date=PartialDate(2024, 10, 25)), meta).get("date_mismatch")
        == "fail"
    )


# --- the JSON report -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("metadata", "shown"), [(_year_page(), "2023"), (_quarter_page(), "2023-Q3")])
def test_the_json_report_gives_what_the_page_states(metadata: Metadata, shown: str) -> None:
    result = Result(
        citation=Citation(url=URL, title=TITLE),
        status=Status.OK,
        reason="200 OK",
        verdict=Verdict.PASS,
        metadata=metadata,
    )
    assert result_to_dict(result)["published"] == shown
    assert json.loads(ResultWriter()(result))["published"] == shown


def test_the_json_report_gives_a_month_only_modification_as_its_month() -> None:
    result = Result(
        citation=Citation(url=URL, title=TITLE),
        status=Status.OK,
        reason="200 OK",
        verdict=Verdict.PASS,
        metadata=_modified_only(ExtractedDate(dt.date(2024, 9, 1), "json-ld", precision="month")),
    )
    assert result_to_dict(result)["modified"] == "2024-09"
    assert json.loads(ResultWriter()(result))["modified"] == "2024-09"
