"""Rules added for the fortieth held-out batch (docs/benchmarks.md, "Fortieth batch"), each on small strings,
with what each must leave alone: Belarusian weekdays settling a numeric date's order ("Чц, 01/09/2020");
Armenian's long date, year first ("2020 թ. հունվարի 9"); JSON-LD postings (JobPosting, SpecialAnnouncement,
dated by ``datePosted``, a vacancy named by its ``title``) and products ranked after articles; a theme's
og:title that is only the site's name put after the SEO plugin's.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from linkcheck.extract import core, extract_metadata
from linkcheck.extract.dates import find_text_dates
from linkcheck.models import Metadata

TODAY = dt.date(2024, 11, 30)
URL = "https://board.example.org/item/48211"


def _dates(text: str, *, day_first: bool = True) -> list[dt.date]:
    return [value for value, _start, _end in find_text_dates(text, day_first=day_first)]


def _page(head: str, body: str, url: str = URL) -> Metadata:
    html = (
        f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    )
    return extract_metadata(html, url, today=TODAY)


def _jsonld(data: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _day(found: Any) -> dt.date | None:
    return None if found is None else found.value


# --- Belarusian weekdays ----------------------------------------------------------------------------------
def test_belarusian_weekday_settles_the_order() -> None:
    """Drupal's untranslated "D, m/d/Y" on a Belarusian page: Thursday (чацвер) is 9 January 2020."""
    assert _dates("Апублікавана redaktar у Чц, 01/09/2020 - 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("чацвер, 01/09/2020") == [dt.date(2020, 1, 9)]
    assert _dates("Аў, 09/01/2020") == [dt.date(2020, 9, 1)]  # Tuesday: 1 September, day first


def test_no_or_unfitting_belarusian_weekday_as_before() -> None:
    """No weekday, or one that fits neither reading (Monday): the page's order (day first) as before."""
    assert _dates("Апублікавана 01/09/2020 - 14:05") == [dt.date(2020, 9, 1)]
    assert _dates("Пн, 01/09/2020") == [dt.date(2020, 9, 1)]
    assert _dates("Чц, 01/09/2020", day_first=False) == [dt.date(2020, 1, 9)]


# --- Armenian's long date, year first ---------------------------------------------------------------------
def test_armenian_long_date_year_first() -> None:
    assert _dates("2020 թ. հունվարի 9, 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("Թարմացվել է՝ 2020 թ. հունվարի 10, 09:30") == [dt.date(2020, 1, 10)]
    assert _dates("2020 թվականի հունվարի 9-ին") == [dt.date(2020, 1, 9)]
    assert _dates("2024 թ. նոյեմբերի 30") == [dt.date(2024, 11, 30)]


def test_armenian_year_without_a_month_stays() -> None:
    """A year with "թ." before a word that is no month, or before a number, is no date; day first as
    before."""
    assert _dates("2020 թ. Գյումրի 9 շենք") == []
    assert _dates("2020 թ. 15 մարդ") == []
    assert _dates("9 հունվարի 2020") == [dt.date(2020, 1, 9)]


def test_armenian_update_label_is_read_with_its_date() -> None:
    body = (
        "<h1>Գյումրիում կվերականգնեն պատմական թաղամասը</h1>"
        "<div><span>2020 թ. հունվարի 9, 14:05</span> "
        "<span>Թարմացվել է՝ 2020 թ. հունվարի 10, 09:30</span></div>"
        "<p>Աշխատանքները կսկսվեն գարնանը։</p>"
    )
    found = _page(
        "<title>Գյումրիում կվերականգնեն պատմական թաղամասը</title>", body, "https://a.example.am/n/9815"
    )
    assert _day(found.published) == dt.date(2020, 1, 9)
    assert _day(found.modified) == dt.date(2020, 1, 10)


# --- JSON-LD postings and products ------------------------------------------------------------------------
_VACANCY_HEAD = (
    "<title>Вакансия Инженер-проектировщик в Екатеринбурге, работа в ООО «Проект» — Работа</title>"
    '<meta property="og:title" '
    'content="Вакансия Инженер-проектировщик в Екатеринбурге, работа в ООО «Проект»">'
    '<meta property="og:site_name" content="Работа">'
)
_VACANCY_BODY = (
    "<div>Вакансия актуальна до 9 февраля 2020</div><h1>Инженер-проектировщик</h1>"
    "<p>Проектирование тепловых сетей.</p><p>Вакансия размещена 9 января</p>"
)


def test_job_posting_dated_by_date_posted_and_named_by_its_title() -> None:
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Инженер-проектировщик",
        "datePosted": "2020-01-09",
        "validThrough": "2020-02-09T23:59:00+05:00",
    }
    found = _page(_VACANCY_HEAD + _jsonld(posting), _VACANCY_BODY)
    assert _day(found.published) == dt.date(2020, 1, 9)
    assert found.title == "Инженер-проектировщик"


def test_special_announcement_dated_by_date_posted() -> None:
    notice = {
        "@context": "https://schema.org",
        "@type": "SpecialAnnouncement",
        "name": "Приостановка рейсов",
        "datePosted": "2020-03-20T10:00:00+03:00",
        "expires": "2020-04-30T23:59:00+03:00",
    }
    body = (
        "<h1>Приостановка рейсов</h1><div>Период действия: с 21 марта по 30 апреля 2020 г.</div><p>Текст.</p>"
    )
    found = _page("<title>Приостановка рейсов</title>" + _jsonld(notice), body)
    assert _day(found.published) == dt.date(2020, 3, 20)


def test_an_article_beside_a_posting_keeps_its_own_date_and_headline() -> None:
    """A news story that embeds a vacancy: the article node ranks first, its date and headline are the
    page's."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "JobPosting", "title": "Корреспондент", "datePosted": "2020-02-01"},
            {"@type": "NewsArticle", "headline": "Газета ищет корреспондента", "datePublished": "2020-01-09"},
        ],
    }
    body = "<h1>Газета ищет корреспондента</h1><p>Текст.</p>"
    found = _page("<title>Газета ищет корреспондента</title>" + _jsonld(graph), body)
    assert _day(found.published) == dt.date(2020, 1, 9)
    assert found.title == "Газета ищет корреспондента"


def test_title_key_of_another_type_is_not_read() -> None:
    """``title`` is a vacancy's name only: a WebPage's non-standard ``title`` is no candidate."""
    page = {"@context": "https://schema.org", "@type": "WebPage", "title": "Главная страница сайта"}
    body = "<h1>Новый мост открыт</h1><p>Текст.</p>"
    found = _page("<title>Новый мост открыт</title>" + _jsonld(page), body)
    assert found.title == "Новый мост открыт"


_AD_HEAD = (
    "<title>Продам 2-комнатную квартиру, 54 м², 5/9 этаж за 24 000 000 ₸ — купить на Доске</title>"
    '<meta property="og:title" content="Продам 2-комнатную квартиру, 54 м², 5/9 этаж за 24 000 000 ₸">'
    '<meta property="og:site_name" content="Доска">'
)


def test_product_name_votes_for_the_item_heading() -> None:
    product = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": "2-комнатная квартира, 54 м², 5/9 этаж",
    }
    body = "<h1>2-комнатная квартира, 54 м², 5/9 этаж</h1><div>Размещено 09.01.2020</div><p>Текст.</p>"
    found = _page(_AD_HEAD + _jsonld(product), body)
    assert found.title == "2-комнатная квартира, 54 м², 5/9 этаж"


def test_a_reviews_product_stays_behind_the_review() -> None:
    """A product review: the article node ranks before the product's, its headline is the page's."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Product", "name": "Телефон Х10"},
            {
                "@type": "NewsArticle",
                "headline": "Обзор телефона Х10: хорош, но дорог",
                "datePublished": "2020-01-09",
            },
        ],
    }
    body = "<h1>Обзор телефона Х10: хорош, но дорог</h1><p>Текст.</p>"
    found = _page("<title>Обзор телефона Х10: хорош, но дорог</title>" + _jsonld(graph), body)
    assert found.title == "Обзор телефона Х10: хорош, но дорог"
    assert _day(found.published) == dt.date(2020, 1, 9)


# --- a theme's og:title that is only the site's name ------------------------------------------------------
def test_site_og_title_goes_after_the_seo_plugins() -> None:
    metas = {"og:title": ["Вестник", "Новость дня - Вестник"], "og:site_name": ["Вестник"]}
    core._site_og_titles_last(metas)
    assert metas["og:title"] == ["Новость дня - Вестник", "Вестник"]


def test_og_titles_left_alone() -> None:
    """One og:title; no og:site_name; none, or all, of them the site's name: the order stays."""
    for metas in (
        {"og:title": ["Вестник"], "og:site_name": ["Вестник"]},
        {"og:title": ["Вестник", "Новость дня"]},
        {"og:title": ["Новость дня", "Другая новость"], "og:site_name": ["Вестник"]},
        {"og:title": ["Вестник", "ВЕСТНИК"], "og:site_name": ["Вестник"]},
    ):
        before = list(metas["og:title"])
        core._site_og_titles_last(metas)
        assert metas["og:title"] == before


def test_theme_og_title_before_the_seo_plugins_page() -> None:
    head = (
        "<title>Павлодарский вестник</title>"
        '<meta property="og:title" content="Павлодарский вестник">'
        '<meta property="og:title" content="В Павлодаре заменят тепловые сети - Павлодарский вестник">'
        '<meta property="og:site_name" content="Павлодарский вестник">'
        '<meta property="article:published_time" content="2020-01-09T08:05:00+00:00">'
    )
    body = (
        '<h1 class="site-title"><a href="https://pavlodar.example.kz/" rel="home">'
        "Павлодарский вестник</a></h1>"
        '<h2 class="entry-title">В Павлодаре заменят тепловые сети</h2><p>Текст.</p>'
    )
    found = _page(head, body, "https://pavlodar.example.kz/2020/01/09/teplo/")
    assert found.title == "В Павлодаре заменят тепловые сети"
