"""A page dated by its month only (meta2): ``article:published_time`` ``2024-08``, JSON-LD ``datePublished``
``"2024-08"``, a labelled "Published: August 2024" (and its Russian, German and French forms), a magazine's
issue line. The extractor reads such a page's date as a month (``ExtractedDate.precision == "month"``, its
``value`` the month's first day), and the matcher compares a cited date with that whole month: a cited day
inside it passes, one in another month fails, a cited month or year that holds it passes. A page that states a
day keeps its day, and a month named in a headline or running text is not the page's date."""

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
    Verdict,
)
from linkcheck.report.json import ResultWriter, result_to_dict
from tests.dates_harness import CONFIG, ArticleSite, dated
from tests.dates_harness import kinds as _kinds

URL = "https://magazine.example.org/features/the-long-read-on-grain"
TITLE = "The long read on grain exports"
BODY = (
    "<p>Text of the feature, long enough to be read as an article of its own, sentence after sentence.</p>"
    * 4
)


SITE = ArticleSite(URL, TITLE, "Magazine", BODY)
_page = SITE.page
_published = SITE.published


def _ld(value: str) -> str:
    return SITE.ld(datePublished=value)


# --- extraction ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "source"),
    [
        ('<meta property="article:published_time" content="2024-08">', "opengraph"),
        ('<meta name="dc.date" content="2024-08">', "meta"),
        (_ld("2024-08"), "json-ld"),
    ],
)
def test_a_month_only_machine_value_is_the_pages_month(head: str, source: str) -> None:
    published = _published(_page(head))
    assert published is not None
    assert (published.value, published.precision, published.source) == (dt.date(2024, 8, 1), "month", source)
    assert str(published) == "2024-08"


@pytest.mark.parametrize(
    ("lead", "lang", "year", "month"),
    [
        ("<p>Published: August 2024</p>", "en", 2024, 8),
        ("<p class='byline'>By Jane Reporter · Published in March 2023</p>", "en", 2023, 3),
        ("<p>Опубликовано: август 2024</p>", "ru", 2024, 8),
        ("<p>Veröffentlicht: Juli 2024</p>", "de", 2024, 7),
        ("<p>Publié : septembre 2024</p>", "fr", 2024, 9),
        ("<p>From the September 2023 issue</p>", "en", 2023, 9),
        ("<p>Issue: October 2024</p>", "en", 2024, 10),
    ],
)
def test_a_labelled_month_in_the_byline_is_the_pages_month(
    lead: str, lang: str, year: int, month: int
) -> None:
    published = _published(_page(lead=lead, lang=lang))
    assert published is not None
    assert (published.value, published.precision, published.source) == (
        dt.date(year, month, 1),
        "month",
        "text",
    )


def test_a_day_level_date_beside_a_month_level_one_keeps_the_day() -> None:
    head = '<meta property="article:published_time" content="2024-08-14T10:00:00+00:00">' + _ld("2024-08")
    published = _published(_page(head, lead="<p>Published: August 2024</p>"))
    assert published is not None
    assert (published.value, published.precision) == (dt.date(2024, 8, 14), "day")
    assert str(published) == "2024-08-14"


def test_a_day_in_the_byline_beside_a_labelled_month_keeps_the_day() -> None:
    published = _published(_page(lead="<p>Published: 14 August 2024</p>"))
    assert published is not None
    assert (published.value, published.precision) == (dt.date(2024, 8, 14), "day")


@pytest.mark.parametrize(
    ("h1", "body"),
    [
        ("August 2024 jobs report: hiring slows", BODY),
        (TITLE, "<p>In August 2024 the ministry published new figures on the harvest and the ports.</p>" * 4),
        (
            TITLE,
            "<p>The rules were published in August 2024, after a year of talks between the ports.</p>" * 4,
        ),
    ],
)
def test_a_month_in_a_headline_or_the_text_is_not_the_pages_date(h1: str, body: str) -> None:
    assert _published(_page(h1=h1, body=body)) is None


def test_a_day_level_date_is_still_a_day() -> None:
    published = _published(_page('<meta property="article:published_time" content="2024-08-14">'))
    assert published is not None
    assert published.precision == "day"
    assert ExtractedDate(dt.date(2024, 8, 14), "meta").precision == "day"


# --- matching --------------------------------------------------------------------------------------------


def _month_page(month: int = 8) -> Metadata:
    return _month_page_at(month)


@pytest.mark.parametrize(
    "cited",
    [
        PartialDate(2024, 8, 1),
        PartialDate(2024, 8, 14),
        PartialDate(2024, 8, 31),
        PartialDate(2024, 8),
        PartialDate(2024),
    ],
)
def test_a_cited_date_inside_the_pages_month_passes(cited: PartialDate) -> None:
    assert "date_mismatch" not in _kinds(Citation(url=URL, title=TITLE, date=cited), _month_page())


@pytest.mark.parametrize(
    "cited", [PartialDate(2024, 10, 3), PartialDate(2024, 6, 20), PartialDate(2024, 10), PartialDate(2023)]
)
def test_a_cited_date_outside_the_pages_month_fails(cited: PartialDate) -> None:
    kinds = _kinds(Citation(url=URL, title=TITLE, date=cited), _month_page())
    assert kinds.get("date_mismatch") == "fail"


def test_the_mismatch_names_the_pages_month_not_its_first_day() -> None:
    found = match_citation(
        Citation(url=URL, title=TITLE, date=PartialDate(2024, 10, 3)),
        _month_page(),
        final_url=URL,
        config=CONFIG,
    )
    (finding,) = [f for f in found if f.kind.value == "date_mismatch"]
    assert finding.actual == "2024-08"
    assert "2024-08-01" not in finding.message


def test_a_url_day_inside_the_pages_month_agrees() -> None:
    url = "https://magazine.example.org/2024/08/20/the-long-read-on-grain"
    assert "url_date_mismatch" not in _kinds(Citation(url=url, title=TITLE), _month_page())
    other = "https://magazine.example.org/2024/10/20/the-long-read-on-grain"
    assert "url_date_mismatch" in _kinds(Citation(url=other, title=TITLE), _month_page())


def test_a_page_of_the_articles_month_does_not_postdate_it() -> None:
    article = Article(date=PartialDate(2024, 8, 10))
    assert "postdates_article" not in _kinds(Citation(url=URL, title=TITLE, article=article), _month_page())
    later = Article(date=PartialDate(2024, 7, 10))
    assert "postdates_article" in _kinds(Citation(url=URL, title=TITLE, article=later), _month_page())


def test_a_page_of_the_access_month_does_not_postdate_the_access() -> None:
    cite = Citation(url=URL, title=TITLE, access_date=PartialDate(2024, 8, 5))
    assert "postdates_access" not in _kinds(cite, _month_page())


def test_a_month_is_no_rewritten_headlines_day() -> None:
    """A page dated only by August says nothing of the 1st: a cited 1 August headline rewritten from top to
    bottom is not vouched for by the page's date as it would be by a day stated."""
    cite = Citation(url=URL, title="Ports reopen as the harvest comes in early", date=PartialDate(2024, 8, 1))
    assert _kinds(cite, _month_page()).get("title_mismatch") == "fail"


# --- the JSON report -------------------------------------------------------------------------------------


def test_the_json_report_gives_the_month_only() -> None:
    result = Result(
        citation=Citation(url=URL, title=TITLE),
        status=Status.OK,
        reason="200 OK",
        verdict=Verdict.PASS,
        metadata=_month_page(),
    )
    record = result_to_dict(result)
    assert record["published"] == "2024-08"
    assert json.loads(ResultWriter()(result))["published"] == "2024-08"


# --- a rewritten headline on a page dated by its month (added with the change) -------------------------


def _month_page_at(month: int, title: str = TITLE) -> Metadata:
    return dated(title, ExtractedDate(dt.date(2024, month, 1), "opengraph", precision="month"))


def test_a_headline_half_alike_on_a_page_of_the_cited_month_is_a_warning() -> None:
    cite = Citation(url=URL, title="Guvernu inagura nobu ospital na Praia", date=PartialDate(2024, 7, 5))
    page = _month_page_at(7, "Governo inaugura novo hospital na Praia")
    found = match_citation(cite, page, final_url=URL, config=CONFIG)
    (title,) = [f for f in found if f.kind.value == "title_mismatch"]
    assert title.severity.value == "warn"
    assert "only by its month" in title.message
    assert not [f for f in found if f.kind.value == "date_mismatch"]


def test_the_same_headline_on_a_page_of_another_month_fails() -> None:
    cite = Citation(url=URL, title="Guvernu inagura nobu ospital na Praia", date=PartialDate(2024, 9, 5))
    page = _month_page_at(7, "Governo inaugura novo hospital na Praia")
    kinds = _kinds(cite, page)
    assert kinds.get("title_mismatch") == "fail"
    assert kinds.get("date_mismatch") == "fail"


def test_the_same_headline_after_a_redirect_to_another_path_fails() -> None:
    cite = Citation(url=URL, title="Guvernu inagura nobu ospital na Praia", date=PartialDate(2024, 7, 5))
    page = _month_page_at(7, "Governo inaugura novo hospital na Praia")
    found = match_citation(cite, page, final_url="https://magazine.example.org/other", config=CONFIG)
    assert {f.kind.value: f.severity.value for f in found}.get("title_mismatch") == "fail"
