"""Rules added for the thirty-seventh held-out batch (docs/benchmarks.md, "Thirty-seventh batch"), each on
small strings, with what each must leave alone: Belarusian, Armenian and Kazakh months abbreviated as CLDR
writes them ("9 студ. 2020 г.", "09 հնվ, 2020 թ.") and Kazakh's year-first dates ("2020 ж. 09 қаң."); a
date a theme writes into the h1 after the headline; a zoneless head time that the byline prints as UTC's
instant on the next day.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import extract_metadata
from linkcheck.extract.dates import find_text_dates

TODAY = dt.date(2024, 11, 30)
URL = "https://news.example.org/news/18420"


def _dates(text: str) -> list[dt.date]:
    return [value for value, _start, _end in find_text_dates(text)]


def _day(value: object) -> dt.date | None:
    return getattr(value, "value", None)


# --- Belarusian, Armenian and Kazakh abbreviated months; Kazakh year first ---------------------------------
def test_belarusian_armenian_kazakh_abbreviated_months() -> None:
    assert _dates("9 студ. 2020 г., 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("30 ліст. 2024 г.") == [dt.date(2024, 11, 30)]
    assert _dates("3 кастр. 2021 г.") == [dt.date(2021, 10, 3)]
    assert _dates("09 հնվ, 2020 թ., 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("30 նոյ, 2024 թ.") == [dt.date(2024, 11, 30)]
    assert _dates("09 қаң. 2020") == [dt.date(2020, 1, 9)]


def test_kazakh_year_first_dates() -> None:
    assert _dates("2020 ж. 09 қаң., 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("2024 ж. 30 қар.") == [dt.date(2024, 11, 30)]
    assert _dates("2020 жылғы 9 қаңтар") == [dt.date(2020, 1, 9)]


def test_other_words_and_year_first_forms_as_they_were() -> None:
    """A word that is no month after "ж." stays unread; Kyrgyz's and Uzbek's year-first forms read as before;
    Kazakh's August abbreviation ("там", a Russian word) and Belarusian's two-letter "жн." are left unread."""
    assert _dates("2020 ж. 15 адам келді") == []
    assert _dates("2020-жылдын 9-январы") == [dt.date(2020, 1, 9)]
    assert _dates("2022-yil 12-mart") == [dt.date(2022, 3, 12)]
    assert _dates("и там 15 2019 года") == []
    assert _dates("9 жн. 2020 г.") == []


def _belarusian(meta_line: str) -> str:
    return (
        '<html lang="be"><head><title>У Мінску адкрылі станцыю метро</title></head><body>'
        '<div class="top">30 ліст. 2024 г.</div>'
        f'<h1>У Мінску адкрылі станцыю метро</h1><div class="meta">{meta_line}</div>'
        "<p>У чацвер у Мінску адкрылі новую станцыю метро.</p></body></html>"
    )


def test_a_byline_in_abbreviated_belarusian_months_dates_the_page() -> None:
    page = _belarusian("<time>9 студ. 2020 г., 14:05</time> <span>Абноўлена 10 студ. 2020 г., 09:30</span>")
    meta = extract_metadata(page, URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)
    assert _day(meta.modified) == dt.date(2020, 1, 10)


# --- a date inside the h1 -------------------------------------------------------------------------------
def _h1_page(h1: str, head: str = "") -> str:
    return (
        f"<html><head><title>Bakıda yeni metro stansiyası açıldı | Xəbər</title>{head}</head><body>"
        '<div class="top">30 noyabr 2024</div>'
        f"{h1}<p>Bakı metropoliteninin yeni stansiyası istifadəyə verildi.</p></body></html>"
    )


def test_a_date_element_closing_the_h1_is_the_byline_not_the_headline() -> None:
    h1 = (
        '<h1>Bakıda yeni metro stansiyası açıldı <span class="date"><i class="fa"></i> 09 yanvar 2020 14:05'
        "</span></h1>"
    )
    meta = extract_metadata(_h1_page(h1), URL, today=TODAY)
    assert meta.title == "Bakıda yeni metro stansiyası açıldı"
    assert _day(meta.published) == dt.date(2020, 1, 9)
    # The head dates the page: the head's reader takes the h1's markup, and drops the date there too.
    head = '<meta property="article:published_time" content="2020-01-09T14:05:00+04:00">'
    meta = extract_metadata(_h1_page(h1, head), URL, today=TODAY)
    assert meta.title == "Bakıda yeni metro stansiyası açıldı"


def test_a_headline_ending_in_a_date_or_a_date_with_words_stays_whole() -> None:
    """A date that is the headline's own words (no element of its own, or an element with words beside the
    date) stays in the title."""
    whole = "<h1>Protests in Minsk on 9 August 2020</h1>"
    assert extract_metadata(_h1_page(whole), URL, today=TODAY).title == "Protests in Minsk on 9 August 2020"
    worded = "<h1>Bakıda metro açıldı <span>since 09 yanvar 2020</span></h1>"
    meta = extract_metadata(_h1_page(worded), URL, today=TODAY)
    assert meta.title == "Bakıda metro açıldı since 09 yanvar 2020"


# --- a zoneless head time the byline prints on the next day ---------------------------------------------
def _agency(head_time: str, byline: str) -> str:
    return (
        "<html><head><title>В Норильске отменили занятия в школах - ТАСС</title>"
        '<meta property="og:title" content="В Норильске отменили занятия в школах">'
        f'<meta property="article:published_time" content="{head_time}"></head><body>'
        f'<div class="meta"><a href="/obschestvo">Общество</a> <span>{byline}</span></div>'
        "<h1>В Норильске отменили занятия в школах</h1>"
        "<p>Занятия в школах Норильска отменены из-за метели.</p></body></html>"
    )


def test_a_zoneless_utc_head_time_printed_the_next_day_above_the_h1() -> None:
    meta = extract_metadata(_agency("2020-01-09T21:40:00", "10 января, 00:40"), URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 10)


def test_a_zoneless_head_time_with_its_own_clock_or_no_clock_stays() -> None:
    """The byline printing the head's own clock (the page's local time), or a day without a clock, proves no
    zone: the zoneless time's day stands."""
    meta = extract_metadata(_agency("2020-01-09T21:40:00", "9 января, 21:40"), URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)
    meta = extract_metadata(_agency("2020-01-09T21:40:00", "10 января"), URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)


# --- a labelled publication on another day than the URL's ---------------------------------------------------
def _bulletin(line: str) -> str:
    return (
        "<html><head><title>Землетрясение в Южном Прибайкалье, M 4.6</title></head><body>"
        "<h1>Землетрясение в Южном Прибайкалье, M 4.6</h1>"
        "<table><tr><th>Время в очаге (UTC)</th><td>2020-01-09 21:47:12</td></tr></table>"
        f"<p>{line}</p><p>Землетрясение ощущалось в Иркутске.</p></body></html>"
    )


EVENT_URL = "https://seismo.example.org/events/2020-01-09-2147/"


def test_a_labelled_publication_comes_before_the_urls_other_day() -> None:
    meta = extract_metadata(_bulletin("Сообщение опубликовано: 10.01.2020 07:15"), EVENT_URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 10)


def test_the_urls_day_stays_first_without_a_label_or_with_a_label_on_its_day() -> None:
    """No publication label (a date alone), or a label on the URL's own day: the URL's date, as before."""
    meta = extract_metadata(_bulletin("Местное время: 10.01.2020 05:47"), EVENT_URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)
    meta = extract_metadata(_bulletin("Опубликовано: 09.01.2020 23:15"), EVENT_URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)


# --- an application's JSON-LD ----------------------------------------------------------------------------
def _store(blocks: str) -> str:
    return (
        "<html><head><title>Приложение «Транспорт Сибири» — скачать в Сфера Маркет</title>"
        '<meta property="og:title" content="Приложение «Транспорт Сибири» — скачать в Сфера Маркет">'
        f"{blocks}</head><body><h1>Транспорт Сибири</h1><p>Расписание автобусов.</p></body></html>"
    )


_APP = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"MobileApplication",'
    '"name":"Транспорт Сибири","datePublished":"2015-03-12"}</script>'
)
_REVIEW = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
    '"headline":"Обзор: приложение для транспорта Сибири","datePublished":"2020-01-09"}</script>'
)


def test_an_applications_name_and_release_title_and_date_its_listing() -> None:
    meta = extract_metadata(_store(_APP), URL, today=TODAY)
    assert meta.title == "Транспорт Сибири"
    assert _day(meta.published) == dt.date(2015, 3, 12)


def test_an_article_beside_an_applications_box_stays_the_pages_article() -> None:
    """A review's NewsArticle ranks before the app it reviews, whichever block comes first."""
    meta = extract_metadata(_store(_APP + _REVIEW), URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)


def test_the_urls_day_stays_first_when_the_page_never_prints_it() -> None:
    """A label on another day, the URL's day printed nowhere on the page: the URL's date, as before."""
    page = _bulletin("Сообщение опубликовано: 10.01.2020 07:15").replace("2020-01-09 21:47:12", "21:47:12")
    meta = extract_metadata(page, EVENT_URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)


def test_an_archive_headings_label_keeps_its_date() -> None:
    """WordPress's date archive heading ("Day: <span>June 12, 2019</span>"): a label naming the date, not a
    headline with a byline; the h1 stays whole."""
    page = _h1_page("<h1>Day: <span>June 12, 2019</span></h1>")
    meta = extract_metadata(page, URL, today=TODAY)
    assert [c.text for c in meta.title_candidates if c.source == "h1"] == ["Day: June 12, 2019"]
