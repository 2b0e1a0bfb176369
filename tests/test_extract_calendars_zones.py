"""Rules added for the seventh held-out batch (docs/benchmarks.md, "Seventh batch"), each on small HTML
strings: Greek, Hebrew and Turkish month names; Solar Hijri dates; the NLM order of ``citation_date``; a
byline that prints its clock time before the date; a byline's zone applied to the head's other UTC stamp;
a head stamped with the render time; a republished copy's "modified" that is the republication."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata, find_text_dates, parse_date_string
from linkcheck.extract.dates import jalali_to_gregorian

TODAY = dt.date(2024, 11, 30)
URL = "https://news.example.com/local/story-slug"


def _page(head: str, body: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )


def _dates(html: str, url: str = URL) -> tuple[dt.date | None, dt.date | None]:
    meta = extract_metadata(html, url, today=TODAY)
    return (
        meta.published.value if meta.published else None,
        meta.modified.value if meta.modified else None,
    )


# --- month names --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Μαρτίου 2022, 14:30", dt.date(2022, 3, 12)),  # Greek genitive
        ("12 ΜΑΡΤΙΟΥ 2022", dt.date(2022, 3, 12)),  # in capitals: no accent once lowered
        ("3 ΜΑΪΟΥ 2021", dt.date(2021, 5, 3)),
        ("Σάββατο 5 Δεκεμβρίου 2020", dt.date(2020, 12, 5)),
        ("12 במרץ 2022", dt.date(2022, 3, 12)),  # Hebrew, with the prefix "in"
        ("1 בספטמבר 2021", dt.date(2021, 9, 1)),
        ("12 Nisan 2022 Salı", dt.date(2022, 4, 12)),  # Turkish
        ("1 Ağustos 2020", dt.date(2020, 8, 1)),
        ("30 Kasım 2024 Cumartesi", dt.date(2024, 11, 30)),
    ],
)
def test_greek_hebrew_and_turkish_months(text: str, expected: dt.date) -> None:
    assert [d for d, _, _ in find_text_dates(text)] == [expected]


# --- the Solar Hijri calendar -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("jalali", "expected"),
    [
        ((1354, 1, 1), dt.date(1975, 3, 21)),
        ((1399, 12, 30), dt.date(2021, 3, 20)),  # 1399 is a leap year
        ((1400, 1, 1), dt.date(2021, 3, 21)),
        ((1400, 12, 21), dt.date(2022, 3, 12)),
        ((1403, 1, 1), dt.date(2024, 3, 20)),  # after a leap year, Nowruz falls on the 20th
        ((1403, 9, 10), dt.date(2024, 11, 30)),
        ((1403, 12, 30), dt.date(2025, 3, 20)),
    ],
)
def test_jalali_to_gregorian(jalali: tuple[int, int, int], expected: dt.date) -> None:
    assert jalali_to_gregorian(*jalali) == expected


@pytest.mark.parametrize("jalali", [(1400, 12, 30), (1401, 7, 31), (1401, 13, 1), (1401, 1, 0)])
def test_jalali_days_that_do_not_exist(jalali: tuple[int, int, int]) -> None:
    with pytest.raises(ValueError, match="Solar Hijri"):
        jalali_to_gregorian(*jalali)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۲۱ اسفند ۱۴۰۰", dt.date(2022, 3, 12)),  # Persian (Iran), Persian digits
        ("۲۱ حوت ۱۴۰۰ - ۱۴:۳۰", dt.date(2022, 3, 12)),  # Dari (Afghanistan): the zodiac names
        ("شنبه ۱۰ قوس ۱۴۰۳", dt.date(2024, 11, 30)),
        ("21 کب 1400", dt.date(2022, 3, 12)),  # Pashto, ASCII digits
        ("۵ مهر ماه ۱۴۰۱", dt.date(2022, 9, 27)),  # "ماه" (month) before the year
    ],
)
def test_solar_hijri_dates(text: str, expected: dt.date) -> None:
    assert [d for d, _, _ in find_text_dates(text)] == [expected]


def test_solar_hijri_needs_a_day_and_a_year_of_its_own() -> None:
    assert list(find_text_dates("از اوایل ماه دلو و تا پایان حمل ۱۴۰۱")) == []  # months without a day
    assert list(find_text_dates("۳۰ اسفند ۱۴۰۰")) == []  # 1400 is not a leap year
    assert list(find_text_dates("11 رجب 1443 هـ")) == []  # a lunar Hijri month stays unread
    assert list(find_text_dates("12 مهر 2022")) == []  # a Gregorian year after a Solar Hijri month


def test_a_page_dated_only_in_solar_hijri() -> None:
    html = _page(
        "<title>خبر | سایت</title>",
        "<h1>افزایش قیمت آرد</h1><div class='date'>۲۱ حوت ۱۴۰۰ - ۱۴:۳۰</div><p>متن خبر.</p>",
        lang="fa-AF",
    )
    assert _dates(html) == (dt.date(2022, 3, 12), None)


# --- the NLM order ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022 Mar 12", dt.date(2022, 3, 12)),
        ("2021 Sep 3", dt.date(2021, 9, 3)),
        ("2022 Mar", None),  # a month, no day
        ("2022 Mar-Apr", None),
        ("2022 Foo 12", None),
    ],
)
def test_nlm_year_month_day_values(text: str, expected: dt.date | None) -> None:
    parsed = parse_date_string(text)
    assert (parsed.value if parsed else None) == expected


def test_pubmed_citation_date_answers_before_the_received_date() -> None:
    html = _page(
        '<meta name="citation_title" content="A trial"><meta name="citation_date" content="2022 Mar 12">',
        "<h1>A trial</h1><ul><li>Received 2021/09/30</li><li>Revised 2022/01/18</li></ul>",
    )
    assert _dates(html) == (dt.date(2022, 3, 12), None)


def test_year_then_month_in_prose_is_not_a_date() -> None:
    assert parse_date_string("In 2022 Mar 12 people were hired.") is None
    assert parse_date_string("2022 Mar 12 people") is None


# --- a byline that prints the time first --------------------------------------------------------------------
_GANNETT_HEAD = (
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Vote",'
    '"datePublished":"2022-03-13T04:32:41Z","dateModified":"2022-03-13T12:14:03Z"}</script>'
)


def test_clock_time_before_the_date_gives_the_local_day() -> None:
    body = (
        "<h1>Vote</h1><div class='dt'>Published 11:32 p.m. ET March 12, 2022 | "
        "Updated 8:14 a.m. ET March 13, 2022</div><p>Text.</p>"
    )
    assert _dates(_page(_GANNETT_HEAD, body)) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))


def test_clock_time_before_another_day_moves_nothing() -> None:
    # 11:32 p.m. fits the stamp five hours earlier, but the date printed after it is not that day.
    body = "<h1>Vote</h1><div class='dt'>Last call 11:32 p.m. ET March 14, 2022</div><p>Text.</p>"
    assert _dates(_page(_GANNETT_HEAD, body)) == (dt.date(2022, 3, 13), dt.date(2022, 3, 13))


def test_the_bylines_zone_is_the_pages_for_the_unprinted_stamp() -> None:
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Senate vote",'
        '"datePublished":"2022-03-13T03:41:09Z","dateModified":"2022-03-13T05:10:22Z"}</script>'
    )
    body = "<h1>Senate vote</h1><div>Updated 11:10 PM CST, March 12, 2022</div><p>Late Saturday ...</p>"
    assert _dates(_page(head, body)) == (dt.date(2022, 3, 12), dt.date(2022, 3, 12))
    # No clock time in the byline: the UTC dates stand.
    body = "<h1>Senate vote</h1><div>By a reporter</div><p>Late Saturday ...</p>"
    assert _dates(_page(head, body)) == (dt.date(2022, 3, 13), dt.date(2022, 3, 13))


# --- a head stamped at render time --------------------------------------------------------------------------
_NOW_HEAD = (
    '<meta property="article:published_time" content="2024-11-30T06:12:44+00:00">'
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Board vote",'
    '"datePublished":"2024-11-30T06:12:44+00:00","dateModified":"2024-11-30T06:12:44+00:00"}</script>'
)


def test_head_of_today_beside_an_older_byline_is_the_render_time() -> None:
    body = "<h1>Board vote</h1><div class='byline'>By A. Writer | March 12, 2022</div><p>Text.</p>"
    assert _dates(_page(_NOW_HEAD, body)) == (dt.date(2022, 3, 12), None)


def test_head_of_today_beside_a_byline_of_today_stands() -> None:
    body = "<h1>Board vote</h1><div class='byline'>By A. Writer | November 30, 2024</div><p>Text.</p>"
    assert _dates(_page(_NOW_HEAD, body)) == (TODAY, TODAY)


def test_head_of_today_is_not_undone_by_a_date_in_the_story() -> None:
    lede = "Text of the story. " * 12
    body = f"<h1>Board vote</h1><p>{lede}On March 3, 2022, the board first met.</p>"
    assert _dates(_page(_NOW_HEAD, body)) == (TODAY, TODAY)


def test_an_older_head_date_is_not_questioned() -> None:
    head = _NOW_HEAD.replace("2024-11-30T06:12:44", "2024-11-29T06:12:44")
    body = "<h1>Board vote</h1><div class='byline'>By A. Writer | March 12, 2022</div><p>Text.</p>"
    assert _dates(_page(head, body)) == (dt.date(2024, 11, 29), dt.date(2024, 11, 29))


# --- a republished copy -------------------------------------------------------------------------------------
def _copy(modified: str) -> str:
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lead pipes",'
        f'"datePublished":"2022-03-12T11:30:00.000Z","dateModified":"{modified}"}}</script>'
    )
    body = (
        "<h1>Lead pipes</h1><p>Utilities asked for more time.</p>"
        "<p><em>This story was originally published on March 10, 2022, by Stateline.</em></p>"
    )
    return _page(head, body)


def test_republished_copys_modified_is_the_republication() -> None:
    assert _dates(_copy("2022-03-12T11:30:00.000Z")) == (dt.date(2022, 3, 10), None)


def test_republished_copy_updated_later_keeps_its_update() -> None:
    assert _dates(_copy("2022-03-14T09:00:00.000Z")) == (dt.date(2022, 3, 10), dt.date(2022, 3, 14))
