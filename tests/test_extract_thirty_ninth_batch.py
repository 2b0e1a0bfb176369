"""Rules added for the thirty-ninth held-out batch (docs/benchmarks.md, "Thirty-ninth batch"), each on small
strings, with what each must leave alone: Estonian months abbreviated as CLDR writes them ("9. jaan 2020");
Sakha's long date ("2020 сыл тохсунньу 9 күнэ") and its update label; a weekday that settles a numeric date's
order ("Чт, 01/09/2020"); JSON-LD typed with a media-type parameter; jQuery Livestamp's epoch attribute; an
inline SVG logo's name; an ARIA level-1 heading; a head title cut with an ellipsis.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import core, extract_metadata
from linkcheck.extract import tables as T
from linkcheck.extract.dates import find_text_dates

TODAY = dt.date(2024, 11, 30)
URL = "https://news.example.org/news/18420"


def _dates(text: str, *, day_first: bool = True) -> list[dt.date]:
    return [value for value, _start, _end in find_text_dates(text, day_first=day_first)]


def _published(html: str, url: str = URL) -> dt.date | None:
    found = extract_metadata(html, url, today=TODAY).published
    return None if found is None else found.value


# --- Estonian abbreviated months ------------------------------------------------------------------------
def test_estonian_abbreviated_months() -> None:
    assert _dates("9. jaan 2020, 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("Uuendatud: 10. jaan 2020, 09:30") == [dt.date(2020, 1, 10)]
    assert _dates("3. veebr 2021") == [dt.date(2021, 2, 3)]
    assert _dates("15. dets 2019") == [dt.date(2019, 12, 15)]


def test_estonian_words_away_from_a_date_as_they_were() -> None:
    """ "Jaan" (a man's name) is a month only between a day and a year; the full names read as before."""
    assert _dates("Jaan Tamm sündis 1975") == []
    assert _dates("12. märts 2022") == [dt.date(2022, 3, 12)]
    assert _dates("9. jaanuar 2020") == [dt.date(2020, 1, 9)]


# --- Sakha's long date and update label -----------------------------------------------------------------
def test_sakha_long_date() -> None:
    assert _dates("2020 сыл тохсунньу 9 күнэ, 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("2019 сыл кулун тутар 12 күнэ") == [dt.date(2019, 3, 12)]
    assert _dates("2024 сыл сэтинньи 30 күнэ") == [dt.date(2024, 11, 30)]


def test_sakha_year_without_a_month_stays() -> None:
    """A year with "сыл" before a word that is no month (nor a month's second word alone) is no date."""
    assert _dates("2020 сыл ыйын 9 күнэ") == []
    assert _dates("2020 сыл 15 оҕо кэлбит күнэ") == []


def test_sakha_update_label() -> None:
    assert T.modified_label(T.label_case("Саҥардыллыбыта: "))
    assert not T.modified_label(T.label_case("Суруйда: "))


# --- a weekday before an ambiguous numeric date --------------------------------------------------------
def test_weekday_settles_a_numeric_dates_order() -> None:
    # Thursday is 9 January 2020 (1 September 2020 was a Tuesday): read month first although day first.
    assert _dates("Чт, 01/09/2020 - 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("Thu, 01/09/2020") == [dt.date(2020, 1, 9)]
    # Tuesday is 1 September 2020: read day first although month first.
    assert _dates("Tuesday 01/09/2020", day_first=False) == [dt.date(2020, 9, 1)]


def test_numeric_dates_without_a_deciding_weekday_as_they_were() -> None:
    """No weekday, a weekday fitting neither reading, a dotted date (always day first) and a date whose
    numbers settle it read as before."""
    assert _dates("01/09/2020") == [dt.date(2020, 9, 1)]
    assert _dates("01/09/2020", day_first=False) == [dt.date(2020, 1, 9)]
    assert _dates("Пн, 01/09/2020") == [dt.date(2020, 9, 1)]  # a Monday is neither
    assert _dates("Чт, 01.09.2020") == [dt.date(2020, 9, 1)]
    assert _dates("Вт, 09/13/2020") == [dt.date(2020, 9, 13)]


# --- JSON-LD typed with a parameter ---------------------------------------------------------------------
def _jsonld_page(kind: str) -> str:
    return (
        "<html lang='ru'><head><title>Новый маршрут | Курьер</title>"
        f"<script type='{kind}'>"
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Новый маршрут",'
        '"datePublished":"2020-01-09T14:05:00+06:00"}</script></head>'
        "<body><h1>Новый маршрут</h1><div>4 года назад</div><p>Автобусы пошли по новой полосе.</p>"
        "</body></html>"
    )


def test_jsonld_typed_with_a_parameter_is_read() -> None:
    assert _published(_jsonld_page("application/ld+json; charset=utf-8")) == dt.date(2020, 1, 9)


def test_other_script_types_stay_unread() -> None:
    assert _published(_jsonld_page("application/ld+json")) == dt.date(2020, 1, 9)
    assert _published(_jsonld_page("text/template; x=application/ld+json")) is None


# --- jQuery Livestamp ------------------------------------------------------------------------------------
def _livestamp(byline: str) -> str:
    return (
        "<html lang='ru'><head><title>Открыли метро — Курьер</title></head><body>"
        f"<h1>Открыли третью линию метро</h1><div class='meta'>{byline}</div>"
        "<p>Первый участок линии с четырьмя станциями принял пассажиров.</p>"
        "<aside><h3>Популярное</h3><a href='/news/2'>Морозы</a> <span data-livestamp='1578642000'></span>"
        "</aside></body></html>"
    )


def test_livestamp_epoch_dates_the_byline() -> None:
    assert _published(_livestamp("<span data-livestamp='1578567900'></span>")) == dt.date(2020, 1, 9)


def test_livestamp_in_a_rail_does_not_date_the_page() -> None:
    assert _published(_livestamp("<span class='author'>Ольга</span>")) is None


# --- an inline SVG logo's name --------------------------------------------------------------------------
def _svg_logo(link: str, url: str = "https://vestnik.example.am/ru/news/48213") -> str | None:
    html = (
        "<html lang='ru'><head><title>Открылся новый терминал</title></head><body>"
        f"<header>{link}<nav><a href='/ru/society/'>Общество</a></nav></header>"
        "<h1>Открылся новый терминал</h1><time datetime='2020-01-09T14:05:00+04:00'>09.01.2020</time>"
        "<p>Новый терминал автовокзала принял первых пассажиров.</p></body></html>"
    )
    return extract_metadata(html, url, today=TODAY).site_name


def test_svg_logo_names_the_site() -> None:
    titled = (
        "<svg role='img' aria-labelledby='t'><title id='t'>Ереванский вестник</title><path d='M0 0'/></svg>"
    )
    assert _svg_logo(f"<a href='/ru/' class='logo'>{titled}</a>") == "Ереванский вестник"
    labelled = "<svg role='img' aria-label='Ереванский вестник'><path d='M0 0'/></svg>"
    assert _svg_logo(f"<a href='/'>{labelled}</a>") == "Ереванский вестник"


def test_unnamed_or_generic_svg_and_other_links_stay() -> None:
    """An icon without a name, a name that is the word "logo", and an SVG linking elsewhere name no site."""
    assert _svg_logo("<a href='/'><svg><path d='M0 0'/></svg></a>") is None
    assert _svg_logo("<a href='/'><svg><title>Logo</title></svg></a>") is None
    assert _svg_logo("<a href='/ru/society/'><svg><title>Ереванский вестник</title></svg></a>") is None


# --- an ARIA level-1 heading and a head title cut with an ellipsis ----------------------------------------
_FULL = "В Минобороны рассказали о сроках поставки первых серийных истребителей в войска"
_CUT = "В Минобороны рассказали о сроках поставки первых серийных…"


def _heading_page(heading: str, head_title: str = _CUT, dated: bool = True) -> str:
    meta = "<meta property='article:published_time' content='2020-01-09T14:05:00+03:00'>" if dated else ""
    return (
        f"<html lang='ru'><head><title>{head_title} - Агентство</title>"
        f"<meta property='og:title' content='{head_title}'>{meta}</head><body>"
        f"{heading}<p>Первые серийные истребители поступят в войска в этом году.</p></body></html>"
    )


def _title(html: str) -> str | None:
    return extract_metadata(html, URL, today=TODAY).title


def test_aria_level_one_heading_completes_a_cut_title() -> None:
    for dated in (True, False):  # the head reader alone, and the body's tree
        div = f"<div class='article__title' role='heading' aria-level='1'>{_FULL}</div>"
        assert _title(_heading_page(div, dated=dated)) == _FULL, dated
        swapped = f"<div aria-level='1' role='heading'>{_FULL}</div>"
        assert _title(_heading_page(swapped, dated=dated)) == _FULL, dated


def test_cut_title_yields_to_the_h1_it_opens() -> None:
    assert _title(_heading_page(f"<h1>{_FULL}</h1>")) == _FULL
    assert core._uncut(
        "abcdefghijklmnopqrstuv", "abcdefghijklmnopqrstuv…", ["abcdefghijklmnopqrstuvwxyz"]
    ) == ("abcdefghijklmnopqrstuvwxyz")


def test_uncut_titles_and_other_headings_stay() -> None:
    """A title without an ellipsis, a short stem, and an h1 the cut title does not open keep their keys; an
    ARIA heading of level 2 is no h1."""
    h1s = ["abcdefghijklmnopqrstuvwxyz"]
    assert core._uncut("abcdefghijklmnopqrstuv", "abcdefghijklmnopqrstuv", h1s) == "abcdefghijklmnopqrstuv"
    assert core._uncut("abcdef", "abcdef…", h1s) == "abcdef"
    assert core._uncut("zbcdefghijklmnopqrstuv", "zbcdefghijklmnopqrstuv…", h1s) == "zbcdefghijklmnopqrstuv"
    level2 = f"<div role='heading' aria-level='2'>{_FULL}</div>"
    assert _title(_heading_page(level2)) == _CUT
