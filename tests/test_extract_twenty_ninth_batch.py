"""Rules added for the twenty-ninth held-out batch (docs/benchmarks.md, "Twenty-ninth batch"), each on small
strings, with what each must leave alone: a byline printing a UTC head's own clock time keeps the UTC day
(a match's kick-off the evening before is no zone's publication day); a date meta of a work the article
item holds as a property ("Read also" in microdata) is that work's; a range of dates ("November 29, 2024 –
March 2, 2025") dates a run, not the page; ``27-Nov-2024``; a page in US English whose own dates are day first
(``28/10/2024``) reads its ambiguous byline (``05/11/2024``) so; a digest's headed items' times are theirs;
an ``<aside>`` right before its article's h1 is the article's meta line; an h1 naming the listing that the
URL picks an item of ("News Flash" on ``CivicAlerts.aspx?AID=1842``) yields to the item's own heading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.core import (
    _listing_paths,
    _prints_utc_clock,
    _without_ranges,
    _writes_day_first,
)
from linkcheck.extract.dates import find_text_dates
from tests.test_extract_calendars_zones import TODAY, _dates, _page

PROSE = "<p>The council said the plan would be reviewed again next spring after a public hearing.</p>" * 2
STORY = "https://courier.example.co.uk/sport/rovers-player-ratings-4821933"


# --- a byline that prints the UTC head's own clock time -----------------------------------------------------
def _utc_head(stamp: str) -> str:
    meta = f"<meta property='article:published_time' content='{stamp}'>"
    return f"<title>Rovers ratings | Courier</title>{meta}"


def test_a_kickoff_the_evening_before_does_not_move_a_utc_byline() -> None:
    body = (
        "<h1>Rovers ratings</h1><div class='match'>Kick-off: Tuesday, 26 November 2024, 7.45pm</div>"
        f"<div class='byline'>By Dan Whitley · Wednesday, 27 November 2024, 7:30am</div>{PROSE}"
    )
    assert _dates(_page(_utc_head("2024-11-27T07:30:00+00:00"), body), STORY)[0] == dt.date(2024, 11, 27)


def test_a_byline_of_the_day_before_without_the_utc_time_still_moves_it() -> None:
    """What the rule leaves: a byline printing the day before and no clock (a page in the Americas, its head
    in UTC after midnight) is still read in a zone that shows that day."""
    body = f"<h1>Rovers ratings</h1><div class='byline'>Tuesday, 26 November 2024</div>{PROSE}"
    assert _dates(_page(_utc_head("2024-11-27T02:40:00+00:00"), body), STORY)[0] == dt.date(2024, 11, 26)


def test_prints_utc_clock() -> None:
    stamp = dt.datetime(2024, 11, 27, 7, 30, tzinfo=dt.UTC)
    assert _prints_utc_clock([(10, 7 * 60 + 30)], stamp)
    assert not _prints_utc_clock([(10, 19 * 60 + 45)], stamp)  # another time: another zone or instant
    assert not _prints_utc_clock([], stamp)


# --- a work the article item holds as a property (microdata) ------------------------------------------------
def _microdata_page(card: str) -> str:
    return _page(
        "<title>Wheat exports - TASS</title>",
        "<main itemscope itemtype='http://schema.org/NewsArticle'><h1 itemprop='headline'>Wheat exports</h1>"
        "<p>MOSCOW. /TASS/. Russia's wheat exports will grow this season, the ministry said on Thursday.</p>"
        f"{card}<p>The ministry expects a record harvest of grain in the south of the country.</p>"
        "<meta itemprop='datePublished' content='2024-11-28T14:05:00+03:00'></main>",
    )


def test_a_cited_works_microdata_date_is_its_own() -> None:
    card = (
        "<div itemprop='mentions' itemscope itemtype='http://schema.org/NewsArticle'>"
        "<meta itemprop='datePublished' content='2024-11-26T10:15:00+03:00'>"
        "<a itemprop='url' href='/economy/1'><span itemprop='headline'>Grain talks</span></a></div>"
    )
    assert _dates(_microdata_page(card), "https://tass.example/economy/1876543")[0] == dt.date(2024, 11, 28)


def test_what_the_cited_work_rule_leaves() -> None:
    """An article item that is its WebPage's ``mainEntity``, and an item no property holds, keep their
    dates."""
    html = _page(
        "<title>Story - Site</title>",
        "<div itemscope itemtype='https://schema.org/WebPage'><article itemprop='mainEntity' itemscope "
        "itemtype='https://schema.org/NewsArticle'><h1 itemprop='headline'>Story</h1>"
        f"<meta itemprop='datePublished' content='2024-11-26T10:15:00+03:00'>{PROSE}</article></div>",
    )
    assert _dates(html, "https://site.example/news/story")[0] == dt.date(2024, 11, 26)
    card = (
        "<div itemscope itemtype='http://schema.org/NewsArticle'>"
        "<meta itemprop='dateModified' content='2024-11-29T10:15:00+03:00'></div>"
    )
    assert _dates(_microdata_page(card), "https://tass.example/economy/1876543") == (
        dt.date(2024, 11, 28),
        dt.date(2024, 11, 29),
    )


# --- a range of dates ---------------------------------------------------------------------------------------
MUSEUM = "https://museum.example.org/press/winter-light/"


def test_an_exhibitions_run_does_not_date_its_press_release() -> None:
    body = (
        "<h1>Museum Opens Winter Light</h1><p class='run'>November 29, 2024 – March 2, 2025</p>"
        f"<p class='date'>For immediate release: November 26, 2024</p>{PROSE}"
    )
    assert _dates(_page("<title>Museum Opens Winter Light | Museum</title>", body), MUSEUM)[0] == dt.date(
        2024, 11, 26
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("November 29, 2024 – March 2, 2025 | Posted November 26, 2024", ["2024-11-26"]),
        ("January 3, 1941 - November 24, 2024", []),
        ("12 March 2022 to 3 April 2022", []),
        # left alone: a date and a clock, two dates with words between, a later date first (no run)
        ("12 March 2022 - 14:30", ["2022-03-12"]),
        ("Published 12/03/2022 - Updated 13/03/2022", ["2022-03-12", "2022-03-13"]),
        ("13 March 2022 - 12 March 2022", ["2022-03-13", "2022-03-12"]),
    ],
)
def test_without_ranges(text: str, kept: list[str]) -> None:
    found = list(find_text_dates(text))
    assert [d.isoformat() for d, _s, _e in _without_ranges(text, found)] == kept


# --- 27-Nov-2024 --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("News Release 27-Nov-2024", dt.date(2024, 11, 27)),
        ("Released: 05-Dec-2024 9:05 AM EST", dt.date(2024, 12, 5)),
        ("21-sentabr 2022", dt.date(2022, 9, 21)),  # as before: the Uzbek hyphen after the day
        ("A 3-day-2024 thing", None),  # not a month
    ],
)
def test_day_month_year_with_hyphens(text: str, expected: dt.date | None) -> None:
    found = [d for d, _s, _e in find_text_dates(text)]
    assert found == ([expected] if expected else [])


# --- a page in English that writes its numeric dates day first ----------------------------------------------
def _civil(sidebar: str) -> str:
    return _page(
        "<title>City Hall Unveils Cable Car Plan – Civil</title>",
        "<article><h1>City Hall Unveils Cable Car Plan</h1><div class='post-date'>05/11/2024 - 14:05</div>"
        f"{PROSE}</article><aside><ul>{sidebar}</ul></aside>",
        lang="en-US",
    )


def test_a_sites_own_day_first_dates_settle_an_ambiguous_byline() -> None:
    html = _civil("<li><a href='/a/1'>Metro fares</a> 28/10/2024 - 11:00</li>")
    assert _dates(html, "https://civil.example/archives/641287")[0] == dt.date(2024, 11, 5)


def test_a_us_page_keeps_month_first() -> None:
    """What the rule leaves: a page whose other dates are month first (or all ambiguous) reads it so."""
    html = _civil("<li><a href='/a/1'>Metro fares</a> 10/28/2024 - 11:00</li>")
    assert _dates(html, "https://civil.example/archives/641287")[0] == dt.date(2024, 5, 11)
    html = _civil("<li><a href='/a/1'>Metro fares</a> 04/11/2024 - 11:00</li>")
    assert _dates(html, "https://civil.example/archives/641287")[0] == dt.date(2024, 5, 11)


def test_writes_day_first() -> None:
    assert _writes_day_first("<span>28/10/2024</span> <span>05/11/2024</span>")
    assert _writes_day_first("<span>29-11-2024</span>")
    assert not _writes_day_first("<span>28/10/2024</span> <span>11/28/2024</span>")  # both: undecided
    assert not _writes_day_first("<span>05/11/2024</span>")
    assert not _writes_day_first("<a href='/2024/11/28/story'>x</a>")  # a dated path is no date


# --- a digest's headed items --------------------------------------------------------------------------------
def _digest(items: str) -> str:
    return _page(
        "<title>Главное к утру 29 ноября</title>",
        "<article><div class='date'>07:00, 29 ноября 2024</div><h1>Главное к утру 29 ноября</h1>"
        f"<p>Самые важные новости вечера и ночи коротко.</p><div class='digest'>{items}</div></article>",
        lang="ru",
    )


def _item(stamp: str, heading: bool) -> str:
    title = "<h3><a href='/r/1'>Госдума приняла бюджет</a></h3>" if heading else "<a href='/r/1'>Бюджет</a>"
    return f"<div class='item'><time datetime='{stamp}'>19:15</time>{title}<p>Доходы выросли.</p></div>"


def test_a_digests_headed_items_times_are_theirs() -> None:
    items = _item("2024-11-28T19:15:00+03:00", True) + _item("2024-11-28T21:40:00+03:00", True)
    assert _dates(_digest(items), "https://www.interfax.example/russia/994873")[0] == dt.date(2024, 11, 29)


def test_a_bylines_list_items_keep_their_time() -> None:
    """What the rule leaves: a byline set as a list (its date, a view count, a comments link) whose items
    hold no heading: its <time> dates the page."""
    body = (
        "<article><h1>В Астане запустили автобусы</h1><ul class='data'><li><time "
        "datetime='2024-11-29T14:05:00+05:00'>Вчера, 14:05</time></li><li>8 512</li>"
        f"<li><a href='#comments'>Комментарии: 14</a></li></ul>{PROSE}</article>"
    )
    html = _page("<title>В Астане запустили автобусы</title>", body, lang="ru")
    assert _dates(html, "https://tengri.example/news/553210/")[0] == dt.date(2024, 11, 29)


# --- an aside over the headline -----------------------------------------------------------------------------
def test_an_aside_right_before_its_articles_h1_is_its_meta_line() -> None:
    body = (
        "<article><aside class='textML'><a class='time' href='/news/2024/11/29'>07:00, 29 ноября 2024</a>"
        f"</aside><h1>Главное к утру</h1>{PROSE}</article>"
    )
    html = _page("<title>Главное к утру</title>", body, lang="ru")
    assert _dates(html, "https://www.interfax.example/russia/994873")[0] == dt.date(2024, 11, 29)


def test_a_sidebar_aside_is_still_other_content() -> None:
    body = (
        f"<article><h1>Главное к утру</h1>{PROSE}<aside class='textML'><a href='/x'>29 ноября 2024</a>"
        "</aside></article>"
    )
    html = _page("<title>Главное к утру</title>", body, lang="ru")
    assert _dates(html, "https://www.interfax.example/russia/994873")[0] is None


# --- an h1 naming the listing the URL picks an item of ------------------------------------------------------
def _newsflash(breadcrumb_href: str, url: str) -> str | None:
    html = _page(
        "<title>News Flash • Maple Falls, WI • CivicEngage</title>",
        f"<div class='crumbs'><a href='/'>Home</a> › <a href='{breadcrumb_href}'>News Flash</a></div>"
        "<h1>News Flash</h1><h2><a href='/CivicAlerts.aspx?CID=3'>Public Works</a></h2>"
        "<div class='single'><h3>Thanksgiving Week Refuse Schedule</h3><span>Posted on: November 25, 2024"
        f"</span>{PROSE}</div>",
    )
    return extract_metadata(html, url, today=TODAY).title


def test_a_listings_h1_yields_to_the_items_heading() -> None:
    url = "https://www.maplefalls.example.gov/CivicAlerts.aspx?AID=1842"
    assert _newsflash("/CivicAlerts.aspx", url) == "Thanksgiving Week Refuse Schedule"
    # the parent folder of an item's path is its listing too
    url = "https://www.maplefalls.example.gov/news-flash/thanksgiving-week-refuse-schedule"
    assert _newsflash("/news-flash/", url) == "Thanksgiving Week Refuse Schedule"


def test_an_h1_that_no_listing_link_names_stays_the_headline() -> None:
    """What the rule leaves: a link of the h1's text to another place (not the listing the URL picks from),
    or to the page itself, says nothing of the h1."""
    url = "https://www.maplefalls.example.gov/CivicAlerts.aspx?AID=1842"
    assert _newsflash("/Archive.aspx", url) == "News Flash"
    assert _newsflash("/CivicAlerts.aspx?AID=1842", url) == "News Flash"


def test_listing_paths() -> None:
    assert _listing_paths("https://x.example/CivicAlerts.aspx?AID=1842") == {"/CivicAlerts.aspx"}
    assert _listing_paths("https://x.example/news/holiday-schedule") == {"/news"}
    assert _listing_paths("https://x.example/news/holiday-schedule/?p=2") == {
        "/news/holiday-schedule",
        "/news",
    }
    assert _listing_paths("https://x.example/") == set()
    assert _listing_paths("https://x.example/story") == set()  # the root is no listing
