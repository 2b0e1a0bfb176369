"""Rules added for the thirty-eighth held-out batch (docs/benchmarks.md, "Thirty-eighth batch"), each on
small strings, with what each must leave alone: Azerbaijani months abbreviated as CLDR writes them ("09 yan
2020") and Kyrgyz's CLDR medium date ("2020-ж., 9-янв."); a day's ordinal in a superscript ("9<sup>th</sup>
January 2020"); Open Graph's ``music:release_date``; a declarative shadow root's content; a ``<time
pubdate>`` in the article's own footer; the date a notice prints alone under its text.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import core, extract_metadata
from linkcheck.extract.dates import find_text_dates

TODAY = dt.date(2024, 11, 30)
URL = "https://news.example.org/news/18420"


def _dates(text: str) -> list[dt.date]:
    return [value for value, _start, _end in find_text_dates(text)]


def _published(html: str, url: str = URL) -> dt.date | None:
    found = extract_metadata(html, url, today=TODAY).published
    return None if found is None else found.value


# --- Azerbaijani abbreviated months; Kyrgyz's medium date ----------------------------------------------
def test_azerbaijani_abbreviated_months() -> None:
    assert _dates("09 yan 2020, 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("Yenilənib: 10 yan 2020, 09:30") == [dt.date(2020, 1, 10)]
    assert _dates("30 noy 2024") == [dt.date(2024, 11, 30)]
    assert _dates("3 avq 2021") == [dt.date(2021, 8, 3)]
    assert _dates("15 dek 2019") == [dt.date(2019, 12, 15)]


def test_azerbaijani_words_away_from_a_date_and_other_months_as_they_were() -> None:
    """ "yan" ("side") and "sen" are months only beside a day and a year; the full names read as before."""
    assert _dates("Bu yan 15 ildir sakitdir") == []
    assert _dates("sen 12 dəfə gəldin") == []
    assert _dates("09 yanvar 2020") == [dt.date(2020, 1, 9)]
    assert _dates("12 mart 2022") == [dt.date(2022, 3, 12)]


def test_kyrgyz_cldr_medium_date() -> None:
    assert _dates("2020-ж., 9-янв., 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("Жаңыланды: 2020-ж., 10-янв., 09:30") == [dt.date(2020, 1, 10)]
    assert _dates("2024-ж., 30-ноя.") == [dt.date(2024, 11, 30)]


def test_year_first_forms_without_a_month_as_they_were() -> None:
    """A number after "ж.," that is no day before a month stays unread; Kazakh's and Kyrgyz's other forms
    read as before."""
    assert _dates("2020-ж., 15 адам келди") == []
    assert _dates("2020 ж. 09 қаң.") == [dt.date(2020, 1, 9)]
    assert _dates("2020-жылдын 9-январы") == [dt.date(2020, 1, 9)]


# --- a day's ordinal in a superscript -------------------------------------------------------------------
def test_superscript_ordinal_joined_to_its_day() -> None:
    assert (
        core._join_sup_ordinals("Thursday, 9 | th | January 2020, 14:05")
        == "Thursday, 9th January 2020, 14:05"
    )
    assert core._join_sup_ordinals("1 | st | March 2021 | 22 | nd | May") == "1st March 2021 | 22nd May"


def test_superscript_without_a_day_stays() -> None:
    """A suffix after a clock, a decimal or no number, or before a number, is left as it is."""
    for text in ("at 14:05 | th | January", "Fifth | th | floor", "rank 3,5 | th | place", "9 | th | 2020"):
        assert core._join_sup_ordinals(text) == text  # the joiner is new: fails on the base


def _english(byline: str) -> str:
    return (
        "<html lang='en'><head><title>Banks cut deposit rates | Ledger</title></head><body>"
        "<div class='top'>Saturday, 30<sup>th</sup> November 2024</div>"
        f"<h1>Banks cut deposit rates</h1><div class='meta'>{byline}</div>"
        "<p>Several banks lowered their rates this week after the central bank's decision.</p></body></html>"
    )


def test_superscript_ordinal_byline_dates_the_page() -> None:
    assert _published(_english("Thursday, 9<sup>th</sup> January 2020, 14:05")) == dt.date(2020, 1, 9)


def test_plain_ordinal_byline_as_it_was() -> None:
    assert _published(_english("Thursday, 9th January 2020, 14:05")) == dt.date(2020, 1, 9)


# --- Open Graph's music namespace -----------------------------------------------------------------------
def _episode(extra: str) -> str:
    return (
        "<html lang='ru'><head><title>Выпуск 41 — Подкаст — Host</title>"
        "<meta property='og:type' content='music.song'><meta property='og:title' content='Выпуск 41'>"
        f"{extra}</head><body><h1>Выпуск 41</h1><div>9 янв. · 45 мин</div></body></html>"
    )


def test_music_release_date_dates_an_episode() -> None:
    assert _published(_episode("<meta property='music:release_date' content='2020-01-09'>")) == dt.date(
        2020, 1, 9
    )


def test_article_time_before_music_release_date() -> None:
    """A review of an old record: the article's own time, not the record's release."""
    extra = (
        "<meta property='article:published_time' content='2020-01-09T14:05:00+03:00'>"
        "<meta property='music:release_date' content='1975-10-31'>"
    )
    assert _published(_episode(extra)) == dt.date(2020, 1, 9)


# --- a declarative shadow root ---------------------------------------------------------------------------
_LIGHT = "<p>Рижская дума утвердила новые тарифы на проезд в общественном транспорте.</p>"


def test_declarative_shadow_root_is_read() -> None:
    for attribute in ("shadowrootmode", "shadowroot"):
        html = (
            "<html lang='ru'><head><title>Проезд подорожает | Курьер</title></head><body>"
            "<div class='top'>30.11.2024</div><bk-article>"
            f"<template {attribute}='open'><style>h1{{color:red}}</style><h1>Проезд подорожает</h1>"
            "<time datetime='2020-01-09T14:05:00+02:00'>09.01.2020 14:05</time><slot></slot></template>"
            f"{_LIGHT}</bk-article></body></html>"
        )
        assert _published(html) == dt.date(2020, 1, 9), attribute


def test_inert_template_stays_unread() -> None:
    """A client-side template (no shadow root) is markup no reader sees: its date is not the page's."""
    html = (
        "<html lang='ru'><head><title>Проезд подорожает | Курьер</title></head><body>"
        "<h1>Проезд подорожает</h1>"
        "<template id='card'><div class='card'><time datetime='2024-11-29T10:00:00+02:00'>29.11.2024</time>"
        f"</div></template>{_LIGHT}</body></html>"
    )
    assert _published(html) is None


# --- <time pubdate> --------------------------------------------------------------------------------------
def _moldova(aside_article: str, footer: str) -> str:
    return (
        "<html lang='ru'><head><title>Парламент одобрил бюджет :: Обозреватель</title></head><body>"
        f"<aside class='main-news'>{aside_article}</aside>"
        "<article class='article'><h1>Парламент одобрил бюджет</h1>"
        "<p>Парламент принял во втором чтении закон о государственном бюджете на будущий год.</p>"
        "<p>Закон вступит в силу после подписания президентом страны и публикации.</p>"
        f"<footer class='article-footer'><span>Ирина Чобану</span> {footer}</footer></article></body></html>"
    )


def test_pubdate_time_in_the_articles_footer() -> None:
    footer = "<time pubdate datetime='2020-01-09T14:05:00+02:00'>9 января 2020, 14:05</time>"
    assert _published(_moldova("", footer)) == dt.date(2020, 1, 9)


def test_pubdate_time_of_another_article_and_a_plain_time_stay_excluded() -> None:
    """A ``pubdate`` time in a rail's article is that story's; a time without the attribute in a footer
    classed as one is left to the other rules, as before."""
    rail = (
        "<article><a href='/ru/economy/18377'>НАРЭ пересмотрит тарифы</a> "
        "<footer><time pubdate datetime='2020-01-10T18:20:00+02:00'>10.01.2020</time></footer></article>"
    )
    assert _published(_moldova(rail, "")) is None
    plain = "<time datetime='2020-01-09T14:05:00+02:00'>9 января 2020, 14:05</time>"
    assert _published(_moldova("", plain)) is None


# --- the date a notice prints alone under its text -------------------------------------------------------
def _notice(after_text: str, byline: str = "") -> str:
    return (
        "<html lang='ru'><head><title>С 1 февраля 2020 года меняется порядок декларирования | Служба</title>"
        "</head><body><div class='top'>Сегодня: 30.11.2024</div>"
        f"<h1>С 1 февраля 2020 года меняется порядок декларирования</h1>{byline}"
        "<div class='news-text'><p>Приказом председателя службы от 27.12.2019 № 418 утверждён новый порядок "
        "декларирования товаров. Порядок применяется с 1 февраля 2020 года.</p>"
        "<p>Предложения по проекту разъяснений принимаются до 20.01.2020 по электронной почте.</p>"
        f"{after_text}</div></body></html>"
    )


def test_date_alone_under_the_text_dates_a_notice() -> None:
    assert _published(
        _notice("<div class='news-date'>09.01.2020</div><a href='?print=1'>Распечатать</a>")
    ) == (dt.date(2020, 1, 9))
    assert _published(_notice("<div class='news-date'>09.01.2020 15:30</div>")) == dt.date(2020, 1, 9)


def test_byline_above_and_lists_after_the_text_as_they_were() -> None:
    """A byline's date above the story stays the page's; a list of other items after the text (their
    headlines between) does not date it; without a date under the text, the first in its sentences does."""
    byline = "<div class='meta'>08.01.2020</div>"
    assert _published(_notice("<div>09.01.2020</div>", byline)) == dt.date(2020, 1, 8)
    related = "<h3>Читайте также</h3><div><a href='/ru/news/9126'>Новые правила для перевозчиков</a></div>"
    assert _published(_notice(related + "<div>10.01.2020</div>")) == dt.date(2019, 12, 27)
    assert _published(_notice("")) == dt.date(2019, 12, 27)
