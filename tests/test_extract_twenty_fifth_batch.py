"""Rules added for the twenty-fifth held-out batch (docs/benchmarks.md, "Twenty-fifth batch"), each on
small strings, with what each must leave alone: a yearless day printed month first ("Nov 29") read as the
day-first forms are; a byline's yearless day and time setting the zone of the head's UTC time; "edited" as an
update label; an update given without its year or as a time alone beside a head that dates the page; a day
and month printed with a time and no year as the publication of a page nothing else dates; a date shown only
in a tooltip behind a relative time; a ``<title>`` suffix confirmed by the header's name link; a
``<noscript>`` fallback's machine-written time.

Known gaps left (none fails a held-out check): a yearless dateline without a time (``ASTANA, November 29.
/TASS/.``) is still not read (the year would be a guess for an archive page); a post dated only as
"сегодня в 9:12" / "today at 9:12" is not read (the fetch day would be read as the post's, right only on the
day it is fetched); a Telegram post at its permalink (``t.me/CHANNEL/POST``) holds no date at all, the post
being drawn by a script; a tooltip's date is read only from a ``title`` that starts with an ISO 8601 date or
from the content of a tooltip library's attribute (``data-tippy-content``, ``data-tooltip``,
``data-original-title``), not from ``aria-label`` (mostly words) nor from a tooltip built by a script."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.dates import YEARLESS_DATE, local_from_text, yearless_dates, yearless_month_day
from tests.test_extract_calendars_zones import TODAY, _dates, _page

TEXT = "<p>Text of the story, a sentence long enough to be read as prose.</p>" * 6


# --- a yearless day printed month first ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nov 29, 01:20", (11, 29)),
        ("edited Nov 29 at 8:10", (11, 29)),
        ("March 13th", (3, 13)),
        ("29 ноя в 14:05", (11, 29)),  # day first, as before
        ("28. 11.", (11, 28)),
    ],
)
def test_a_yearless_day_month_first_or_day_first(text: str, expected: tuple[int, int]) -> None:
    m = YEARLESS_DATE.search(text)
    assert m is not None
    assert yearless_month_day(m) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nov 29, 2024",  # a year after it: a full date, read by the other patterns
        "March 13 2022",
        "Viewed 87 times",  # a word and a number
        "in 2019",
        "Nov 29:30",  # a time, not a day
    ],
)
def test_what_is_no_yearless_day(text: str) -> None:
    assert all(yearless_month_day(m) is None for m in YEARLESS_DATE.finditer(text))


# --- a byline's yearless day and time set the zone of the head's UTC time -----------------------------------
STAMP = dt.datetime(2024, 11, 28, 22, 20, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("byline", ["Nov 29, 01:20", "<span>Nov 29</span>, <b>01:20</b>", "29 ноя, 01:20"])
def test_a_yearless_day_and_time_place_a_utc_stamp(byline: str) -> None:
    local = local_from_text(STAMP, f"<div class='date'>{byline}</div>")
    assert local is not None
    assert (local.date(), local.utcoffset()) == (dt.date(2024, 11, 29), dt.timedelta(hours=3))


@pytest.mark.parametrize(
    "byline",
    [
        "Nov 28, 01:20",  # not the day the zone moves it to
        "Nov 29, 14:05",  # no zone shows 22:20 UTC as 14:05 on the 29th
        "01:20",  # a time without a day
        "Nov 29 · from our Moscow bureau · 01:20",  # the day too far from the time
    ],
)
def test_what_a_yearless_day_and_time_leave(byline: str) -> None:
    assert local_from_text(STAMP, f"<div class='date'>{byline}</div>") is None


def _utc_story(byline: str) -> str:
    head = (
        "<title>Second rail crossing agreed - World - Agency</title>"
        '<meta property="og:title" content="Second rail crossing agreed">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Second rail crossing agreed",'
        '"datePublished":"2024-11-28T22:20:00+00:00"}</script>'
    )
    return _page(head, f"<h1>Second rail crossing agreed</h1><div class='date'>{byline}</div>{TEXT}")


def test_a_yearless_day_and_a_fitting_time_beside_a_utc_head() -> None:
    """The twenty-fourth batch's "29 ноября, 00:30" under ``2024-11-28T21:30:00.000Z``, once left on UTC's
    day: 00:30 on the 29th is that instant in Moscow (UTC+3), and the clock now says so."""
    head = (
        "<title>Пастила по старому рецепту | Канал | Дзен</title>"
        '<meta property="og:title" content="Пастила по старому рецепту">'
        '<script type="application/ld+json">{"@type":"Article","headline":"Пастила по старому рецепту",'
        '"datePublished":"2024-11-28T21:30:00.000Z"}</script>'
    )
    body = f"<h1>Пастила по старому рецепту</h1><div class='info'><div>29 ноября, 00:30</div></div>{TEXT}"
    assert _dates(_page(head, body, "ru"))[0] == dt.date(2024, 11, 29)


def test_a_page_dated_in_utc_is_read_on_its_bylines_day() -> None:
    assert _dates(_utc_story("<span>Nov 29, 01:20</span>"), "https://agency.example/world/1877321")[0] == (
        dt.date(2024, 11, 29)
    )
    # Left alone: a byline whose day the stamp's zone does not reach keeps UTC's.
    assert _dates(_utc_story("<span>Nov 27, 01:20</span>"), "https://agency.example/world/1877321")[0] == (
        dt.date(2024, 11, 28)
    )


# --- "edited" as an update label ----------------------------------------------------------------------------
def _post(signature: str) -> str:
    head = "<title>How to read a file - Q&amp;A</title>"
    body = (
        "<h1>How to read a file</h1>"
        '<div>Asked <time itemprop="dateCreated" datetime="2024-11-28T14:05:31">2 days ago</time></div>'
        "<p>I have a file and cannot read it; what am I doing wrong here?</p>"
        f"<div class='sig'>{signature}</div>"
    )
    return _page(head, body)


@pytest.mark.parametrize("signature", ["edited Nov 29 at 8:10", "Edited: 29 November 2024"])
def test_edited_is_an_update(signature: str) -> None:
    assert _dates(_post(signature)) == (dt.date(2024, 11, 28), dt.date(2024, 11, 29))


@pytest.mark.parametrize("signature", ["edited by Jane Doe", "asked Nov 29 at 8:10", "edited 3 times"])
def test_what_edited_leaves(signature: str) -> None:
    assert _dates(_post(signature))[1] is None


# --- an update without its year, or a time alone, beside a head that dates the page -------------------------
def _dated_head(byline: str, modified: str = "") -> str:
    head = (
        "<title>Court extends detention - Paper</title>"
        '<meta property="og:title" content="Court extends detention">'
        '<meta property="article:published_time" content="2024-11-29T13:40:00+02:00">'
        + (f'<meta property="article:modified_time" content="{modified}">' if modified else "")
    )
    return _page(head, f"<h1>Court extends detention</h1><div class='meta'>{byline}</div>{TEXT}")


@pytest.mark.parametrize(
    ("byline", "modified"),
    [
        ("<span>29 November 2024, 13:40</span> <span>Updated 18:40</span>", dt.date(2024, 11, 29)),
        ("<span>29 November 2024, 13:40</span> <span>Обновлено в 18:40</span>", dt.date(2024, 11, 29)),
        ("<span>29 November 2024, 13:40</span> <span>Updated Nov 30</span>", dt.date(2024, 11, 30)),
    ],
)
def test_an_update_beside_a_dated_head(byline: str, modified: dt.date) -> None:
    assert _dates(_dated_head(byline)) == (dt.date(2024, 11, 29), modified)


@pytest.mark.parametrize(
    "byline",
    [
        "<span>Updated 09:10</span>",  # before the head's publication time: perhaps the next day's
        "<span>18:40</span>",  # no label
        "<span>Updated 3 times</span>",  # a label with a number that is no time
    ],
)
def test_what_an_update_beside_a_dated_head_leaves(byline: str) -> None:
    assert _dates(_dated_head(byline)) == (dt.date(2024, 11, 29), None)


def test_the_heads_own_modification_stays() -> None:
    html = _dated_head("<span>Updated 18:40</span>", modified="2024-11-30T08:00:00+02:00")
    assert _dates(html) == (dt.date(2024, 11, 29), dt.date(2024, 11, 30))


# --- a day and month with a time, no year: the publication of a page nothing else dates ---------------------
def _post_page(byline: str, head: str = "<title>Town Library | Network</title>") -> str:
    head += '<meta property="og:title" content="Town Library">'
    body = (
        "<div class='header'>Sign in or register</div>"
        "<div class='post'><h5><a href='/lib'>Town Library</a></h5>"
        f"<div class='post_date'>{byline}</div>"
        "<div class='text'>Winter opening hours from Monday.</div></div>"
    )
    return _page(head, body)


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ("29 ноя в 14:05", dt.date(2024, 11, 29)),
        ("Nov 29 at 8:10", dt.date(2024, 11, 29)),
        ("Nov 29, 01:20", dt.date(2024, 11, 29)),
        ("Dec 31 at 10:00", dt.date(2023, 12, 31)),  # after today's date: last year's
        ("Dec 1 at 00:30", dt.date(2024, 12, 1)),  # tomorrow here is today east of us
    ],
)
def test_a_yearless_day_with_a_time_is_this_years(byline: str, day: dt.date) -> None:
    assert _dates(_post_page(byline), "https://network.example/wall-1_2")[0] == day


@pytest.mark.parametrize(
    "byline",
    [
        "29 ноября",  # no time: a dateline's day, its year a guess
        "Updated Nov 29 at 8:10",  # an update's
        "Posted by a member of staff in the reading room, about the new winter hours of the library and"
        " its branches across the town and the villages around it, and about the holidays, when the"
        " library will be closed, Nov 29 at 8:10",  # past a byline's reach
    ],
)
def test_what_a_yearless_day_with_a_time_leaves(byline: str) -> None:
    assert _dates(_post_page(byline), "https://network.example/wall-1_2")[0] is None


def test_today_with_a_time_is_the_fetch_day() -> None:
    """ "сегодня в 9:12" names no day and month, so the yearless rule leaves it; since the seed7 probe a line
    counting its day from today dates the post that day (``_relative_clock_published``). It was listed
    above as dating nothing, which pinned the absence of that rule, not this rule's reach."""
    assert _dates(_post_page("сегодня в 9:12"), "https://network.example/wall-1_2")[0] == dt.date(
        2024, 11, 30
    )


def test_a_dated_page_keeps_its_date() -> None:
    head = (
        '<title>Town Library | Network</title><meta property="article:published_time" content="2023-05-02">'
    )
    assert _dates(_post_page("Nov 29 at 8:10", head), "https://network.example/wall-1_2")[0] == (
        dt.date(2023, 5, 2)
    )


# --- a date shown only in a tooltip behind a relative time --------------------------------------------------
def _thread(meta: str, comment: str = "") -> str:
    body = (
        "<table><tr><td class='title'><span class='titleline'><a href='https://tides.example/'>"
        "A tide-table calculator that runs offline</a></span></td></tr>"
        f"<tr><td class='subtext'>212 points by someone {meta} | 64 comments</td></tr></table>"
        f"<table class='comment-tree'><tr><td>{comment}</td></tr></table>"
    )
    return _page("<title>A tide-table calculator that runs offline | Board</title>", body)


@pytest.mark.parametrize(
    "meta",
    [
        '<span class="age" title="2024-11-29T11:05:12 1732878312"><a href="item?id=1">1 day ago</a></span>',
        '<span class="moment-time" data-tippy-content="Friday, November 29th 2024, 14:05:33">1d</span>',
        '<a data-original-title="29/11/2024 11:05">yesterday</a>',
        '<span title="2024-11-29 11:05:12Z">yesterday</span>',
    ],
)
def test_a_tooltips_date_behind_a_relative_time(meta: str) -> None:
    assert _dates(_thread(meta), "https://board.example/item?id=1")[0] == dt.date(2024, 11, 29)


@pytest.mark.parametrize(
    "meta",
    [
        '<a title="2024 elections: what the polls said">1 day ago</a>',  # a title of words
        # An ISO title on an element of more than a relative time's text.
        '<span title="2024-11-29T11:05:12">posted by the author of the calculator, in a long line</span>',
        '<span data-tooltip="Tide tables for 2024">1d</span>',  # a tooltip without a date
    ],
)
def test_what_a_tooltip_leaves(meta: str) -> None:
    assert _dates(_thread(meta), "https://board.example/item?id=1")[0] is None


def test_a_replys_tooltip_is_the_replys() -> None:
    comment = '<span class="age" title="2024-11-30T07:02:40 1732950160"><a>2 hours ago</a></span>'
    assert _dates(_thread("", comment), "https://board.example/item?id=1")[0] is None


def test_a_tooltip_labelled_modified_is_the_modification() -> None:
    head = (
        '<title>How to read a file - Q&amp;A</title><meta property="og:title" content="How to read a file">'
    )
    body = (
        "<h1>How to read a file</h1>"
        '<div title="2024-11-28 14:05:31Z"><span>Asked</span><span>2 days ago</span></div>'
        '<div><span>Modified</span><a href="?lastactivity" title="2024-11-29 08:10:02Z">yesterday</a></div>'
        f"{TEXT}"
    )
    assert _dates(_page(head, body)) == (dt.date(2024, 11, 28), dt.date(2024, 11, 29))


# --- a <title> suffix confirmed by the header's name link ---------------------------------------------------
def _named(header: str, title: str = "A tide-table calculator that runs offline | Tide Board") -> tuple:
    body = (
        f"<div class='top'>{header}</div>"
        "<table><tr><td><p>A long enough text of the page itself.</p></td></tr></table>"
    )
    meta = extract_metadata(
        _page(f"<title>{title}</title>", body), "https://q7.example/item?id=7", today=TODAY
    )
    return meta.title, meta.site_name


@pytest.mark.parametrize(
    "header",
    [
        '<b class="hnname"><a href="news">Tide Board</a></b>',  # marked as the site's name
        '<a class="navbar-brand" href="/boards">Tide Board</a>',
        '<a href="/">Tide Board</a>',  # leading home
    ],
)
def test_a_title_suffix_named_by_the_header(header: str) -> None:
    assert _named(header) == ("A tide-table calculator that runs offline", "Tide Board")


@pytest.mark.parametrize(
    "header",
    [
        '<a href="/boards">Tide Board</a>',  # a link to a section, unmarked
        '<b class="hnname"><a href="news">Boards</a></b>',  # another name
    ],
)
def test_what_a_header_link_leaves(header: str) -> None:
    assert _named(header) == ("A tide-table calculator that runs offline | Tide Board", None)


# --- a <noscript> fallback's machine-written time -----------------------------------------------------------
def _app_shell(noscript: str, head: str = "") -> str:
    head = (
        '<title>Rail Users (@rail.example) on App</title><meta property="og:title" content="Rail Users">'
        '<meta property="og:site_name" content="App">' + head
    )
    return _page(head, f"<div id='root'></div><noscript><h1>JavaScript Required</h1>{noscript}</noscript>")


@pytest.mark.parametrize(
    "noscript",
    [
        '<p id="post_indexedat">2024-11-29T06:12:44.102Z</p>',
        '<span class="post-date">2024-11-29T06:12:44+00:00</span>',
    ],
)
def test_a_noscript_fallbacks_time(noscript: str) -> None:
    assert _dates(_app_shell(noscript), "https://app.example/profile/rail/post/3l")[0] == dt.date(
        2024, 11, 29
    )


@pytest.mark.parametrize(
    "noscript",
    [
        '<p id="post_text">2024-11-29T06:12:44.102Z</p>',  # no name of a date
        '<p id="post_date">Posted 2024-11-29T06:12:44Z by Rail Users</p>',  # not the element's whole text
        '<p id="post_date">2024-11-29</p>',  # a day without a time: not machine-written for certain
    ],
)
def test_what_a_noscript_fallback_leaves(noscript: str) -> None:
    assert _dates(_app_shell(noscript), "https://app.example/profile/rail/post/3l")[0] is None


def test_a_head_date_beats_the_noscript() -> None:
    html = _app_shell(
        '<p id="post_indexedat">2024-11-29T06:12:44.102Z</p>',
        '<meta name="article:published_time" content="2024-11-27T13:32:05.481Z">',
    )
    assert _dates(html, "https://app.example/profile/rail/post/3l")[0] == dt.date(2024, 11, 27)


def test_yearless_days_past_a_word_and_a_number() -> None:
    """In "Updated 2 January", "Updated 2" is a word and a number, not a date; the day-first "2 January"
    after it is still found (a match of no month is stepped over by one character, not skipped whole)."""
    found = [(month_day, m.group()) for month_day, m in yearless_dates("Updated 2 January · Viewed 87 times")]
    assert found == [((1, 2), "2 January")]
