"""Rules added for the eleventh held-out batch (docs/benchmarks.md, "Eleventh batch"), each on small strings
or HTML, with what each must leave alone: Afrikaans, Hausa, Haitian Creole, Uzbek and Turkmen months and
labels (Turkmen's ordinal day, Uzbek's hyphen); Gujarati digits and months; Sinhala dates written year first;
Mongolian numbered months; the Ethiopian calendar; a Gregorian year in parentheses after a Juche year; a
``<time>`` after a section's short h2; a masthead's date line frozen in an archived page; a logo linking to
the server's default page; an old template's headline marked by a class alone."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.calendars import ethiopian_to_gregorian
from linkcheck.extract import extract_metadata
from linkcheck.extract.dates import find_text_dates
from tests.test_extract_calendars_zones import TODAY, URL, _dates, _page


def _first(text: str) -> dt.date | None:
    return next((value for value, _start, _end in find_text_dates(text)), None)


# --- months and labels of five more languages ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 Oktober 2022, 14:30", dt.date(2022, 10, 14)),  # Afrikaans
        ("12 Junie 2022", dt.date(2022, 6, 12)),
        ("Asabar, Maris 12, 2022", dt.date(2022, 3, 12)),  # Hausa, month first
        ("Nuwamba 30, 2024", dt.date(2024, 11, 30)),
        ("Pibliye 21 mas 2022", dt.date(2022, 3, 21)),  # Haitian Creole
        ("5 desanm 2021", dt.date(2021, 12, 5)),
        ("21 sentabr 2022, 14:30", dt.date(2022, 9, 21)),  # Uzbek
        ("21-sentabr, 2022", dt.date(2022, 9, 21)),  # Uzbek's hyphen
        ("Sişenbe, 7-nji iýun, 2022 ý.", dt.date(2022, 6, 7)),  # Turkmen's ordinal day
        ("30-njy noýabr, 2024 ý.", dt.date(2024, 11, 30)),
    ],
)
def test_months_of_five_more_languages(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12 mas",  # no year
        "3-nji synp 2022",  # an ordinal before a word that is no month
        "mas 2022 12",  # no day before the month
        "12-2022",  # a hyphen alone
    ],
)
def test_what_the_new_months_leave_alone(text: str) -> None:
    assert _first(text) is None


def test_out_stays_portuguese_october() -> None:
    # Creole "out" (August) is not read: Portuguese "out" (outubro) was there first.
    assert _first("12 out 2022") == dt.date(2022, 10, 12)


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (("Gepubliseer", "Opgedateer:"), (dt.date(2022, 10, 14), dt.date(2022, 10, 15))),
        (("Chop etilgan", "Yangilandi:"), (dt.date(2022, 10, 14), dt.date(2022, 10, 15))),
        (("Pibliye", "Mizajou"), (dt.date(2022, 10, 14), dt.date(2022, 10, 15))),
    ],
)
def test_labels_of_three_more_languages(labels: tuple[str, str], expected: tuple[dt.date, dt.date]) -> None:
    body = (
        f"<h1>Die raad belowe nuwe pype vir die stad</h1><div class='meta'><span>{labels[1]} 15 Oktober 2022"
        f"</span> <span>{labels[0]} 14 Oktober 2022</span></div><p>Die werk begin volgende maand.</p>"
    )
    assert _dates(_page("<title>Die raad belowe nuwe pype vir die stad</title>", body)) == expected


def test_no_label_no_update() -> None:
    body = (
        "<h1>Die raad belowe nuwe pype vir die stad</h1><div class='meta'><span>14 Oktober 2022</span></div>"
        "<p>Die werk het op 15 Oktober 2022 begin.</p>"
    )
    assert _dates(_page("<title>Die raad belowe nuwe pype vir die stad</title>", body)) == (
        dt.date(2022, 10, 14),
        None,
    )


def test_update_label_after_a_head_that_dates_the_publication() -> None:
    head = (
        "<title>Toshkentda yangi yo'nalish</title><meta property='article:published_time' "
        "content='2022-09-21T14:30:00+05:00'>"
    )
    body = "<h1>Toshkentda yangi yo'nalish</h1><p>Yangilandi: 22 sentabr 2022, 09:10</p><p>Matn.</p>"
    assert _dates(_page(head, body)) == (dt.date(2022, 9, 21), dt.date(2022, 9, 22))


# --- Gujarati and Sinhala -----------------------------------------------------------------------------------
def test_gujarati_digits_and_months() -> None:
    assert _first("Updated: ૨૩ જાન્યુઆરી, ૨૦૨૩, ૧૧:૧૫") == dt.date(2023, 1, 23)
    assert _first("૧૨ ઑગસ્ટ ૨૦૨૨") == dt.date(2022, 8, 12)


def test_gujarati_digits_without_a_month_are_no_date() -> None:
    assert _first("૨૦૨૪ના અંત સુધીમાં ૧૨ સ્ટેશન") is None


def test_sinhala_year_first() -> None:
    assert _first("2022 දෙසැම්බර් 03 16:45") == dt.date(2022, 12, 3)
    assert _first("2022 අප්\u200dරේල් 5") == dt.date(2022, 4, 5)
    assert _first("12 මාර්තු 2022") == dt.date(2022, 3, 12)  # day first, as the other scripts' dates


def test_sinhala_year_and_month_before_a_clock_time_are_no_date() -> None:
    assert _first("2022 දෙසැම්බර් 16:45") is None
    assert _first("2019 වසරේදී") is None


# --- Mongolian ----------------------------------------------------------------------------------------------
def test_mongolian_numbered_months() -> None:
    assert _first("2022 оны 5 сарын 18 14:30") == dt.date(2022, 5, 18)
    assert _first("Улаанбаатар, 2022 оны 5 дугаар сарын 18 /МОНЦАМЭ/") == dt.date(2022, 5, 18)


def test_mongolian_year_alone_is_no_date() -> None:
    assert _first("2022 оны төсөв 5 сарын дараа") is None


# --- the Ethiopian calendar ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("ethiopian", "gregorian"),
    [
        ((2014, 1, 1), dt.date(2021, 9, 11)),
        ((2014, 7, 3), dt.date(2022, 3, 12)),
        ((2016, 1, 1), dt.date(2023, 9, 12)),  # after Pagume 6, 2015 (a leap year of the calendar)
        ((2015, 13, 6), dt.date(2023, 9, 11)),
        ((2017, 3, 21), dt.date(2024, 11, 30)),
    ],
)
def test_ethiopian_to_gregorian(ethiopian: tuple[int, int, int], gregorian: dt.date) -> None:
    assert ethiopian_to_gregorian(*ethiopian) == gregorian


@pytest.mark.parametrize("ethiopian", [(2014, 13, 6), (2014, 14, 1), (2014, 3, 31), (2014, 0, 1)])
def test_ethiopian_days_the_calendar_does_not_have(ethiopian: tuple[int, int, int]) -> None:
    with pytest.raises(ValueError, match="Ethiopian"):
        ethiopian_to_gregorian(*ethiopian)


def test_amharic_dates_are_read_in_the_ethiopian_calendar() -> None:
    assert _first("ቅዳሜ መጋቢት 3 ቀን 2014 ዓ.ም.") == dt.date(2022, 3, 12)
    assert _first("ህዳር 21, 2017") == dt.date(2024, 11, 30)


def test_amharic_words_that_are_no_ethiopian_month() -> None:
    assert _first("ማርች 12, 2022") is None  # the Gregorian March, transliterated: no month of this calendar
    assert _first("በ2012 ዓ.ም. ተመሳሳይ") is None


# --- Juche years --------------------------------------------------------------------------------------------
def test_gregorian_year_in_parentheses_and_juche_years() -> None:
    assert _first("주체111(2022)년 4월 15일 금요일") == dt.date(2022, 4, 15)
    assert _first("주체111년 4월 15일") == dt.date(2022, 4, 15)


def test_juche_without_a_date_and_other_parentheses() -> None:
    assert _first("주체사상 111 4") is None
    assert _first("(2022) 4월 15일") is None


# --- a <time> after a section's heading ---------------------------------------------------------------------
_STORY = "<h1>Munisipaliteit belowe herstel van pype</h1>"


def test_a_time_after_a_short_h2_comes_after_the_byline() -> None:
    body = (
        f"<article>{_STORY}<div class='meta'><span>14 Oktober 2022, 14:30</span></div><p>Die werk begin.</p>"
        "</article><section class='meer'><h2>Meer nuus</h2><a href='/x'>Krag</a> "
        "<time>30 November 2024</time></section>"
    )
    assert _dates(_page("<title>Munisipaliteit belowe herstel van pype</title>", body))[0] == dt.date(
        2022, 10, 14
    )


def test_a_time_after_a_standfirst_h2_is_still_the_byline() -> None:
    body = (
        f"{_STORY}<h2>Die munisipaliteit sê die oudste pype in die middestad word teen die einde van die "
        "maand vervang</h2><time datetime='2022-10-14T14:30:00+02:00'>14 Oktober</time>"
        "<p>Teks 30 November 2024.</p>"
    )
    assert _dates(_page("<title>Munisipaliteit belowe herstel van pype</title>", body))[0] == dt.date(
        2022, 10, 14
    )


# --- a masthead frozen in an archived page ------------------------------------------------------------------
def _archive(line: str) -> str:
    return _page(
        "<title>Archive - A new desalination plant opens on the coast</title>",
        f"<table><tr><td class='masthead'>{line}</td></tr><tr><td><p>A new desalination plant opened "
        "yesterday.</p></td></tr></table>",
    )


def test_a_masthead_line_of_another_day_dates_an_archived_page() -> None:
    assert _dates(_archive("Saturday 12 March 2022, Year 146, Issue 49412"))[0] == dt.date(2022, 3, 12)


@pytest.mark.parametrize("line", ["Saturday 30 November 2024", "Wednesday 20 November 2024"])
def test_a_masthead_line_of_today_or_of_the_last_month_says_nothing(line: str) -> None:
    assert _dates(_archive(line))[0] is None


def test_a_masthead_line_is_not_read_when_the_page_has_a_date() -> None:
    html = _archive("Saturday 12 March 2022").replace("yesterday.", "yesterday.</p><p>Posted 14 March 2022")
    assert _dates(html)[0] == dt.date(2022, 3, 14)


# --- a logo linking to the server's default page, and a headline marked by a class --------------------------
def _old_template(logo_href: str, title: str, head: str = "") -> str:
    return _page(
        f"<title>{title}</title>{head}",
        f"<table><tr><td><a href='{logo_href}'><img src='/logo.png' alt='Daily Courier'></a></td></tr>"
        "<tr><td class='ArticleTitle'><p class='TitleP'>New houses are finished in the eastern district</p>"
        "</td></tr><tr><td><p>The new houses were handed over to their residents.</p></td></tr></table>",
    )


@pytest.mark.parametrize("href", ["/index.php", "/Index.asp", "https://news.example.com/default.aspx", "/"])
def test_a_logo_linking_to_the_default_page_names_the_site(href: str) -> None:
    meta = extract_metadata(_old_template(href, "Daily Courier"), URL, today=TODAY)
    assert meta.site_name == "Daily Courier"
    assert meta.title == "New houses are finished in the eastern district"


@pytest.mark.parametrize(
    "href", ["/news/index.php", "/index.php?id=3", "https://other.example.org/index.php"]
)
def test_other_index_pages_are_not_home(href: str) -> None:
    meta = extract_metadata(_old_template(href, "Daily Courier"), URL, today=TODAY)
    assert meta.site_name is None  # a section's index, a query, another host: no link home, no logo


def test_a_classed_title_in_the_title_tag_is_the_headline() -> None:
    html = _old_template("/", "Daily Courier - New houses are finished in the eastern district")
    meta = extract_metadata(html, URL, today=TODAY)
    assert meta.title == "New houses are finished in the eastern district"


def test_a_classed_title_the_head_does_not_name_is_left() -> None:
    # A long <title> that is another text: the first title-classed element is not the headline.
    html = _old_template("/", "Residents of the eastern district will get their keys in spring")
    meta = extract_metadata(html, URL, today=TODAY)
    assert meta.title == "Residents of the eastern district will get their keys in spring"
    # og:title states the headline: no classed element is looked for.
    html = _old_template(
        "/", "Daily Courier", "<meta property='og:title' content='The keys are handed over'>"
    )
    assert extract_metadata(html, URL, today=TODAY).title == "The keys are handed over"
