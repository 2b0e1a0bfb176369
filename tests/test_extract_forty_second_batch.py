"""Rules added for the forty-second held-out batch (docs/benchmarks.md, "Forty-second batch"), each on small
strings, with what each must leave alone: Moldovan months in the Cyrillic alphabet, CLDR's long Mongolian date
(the month an ordinal word), update labels ("Актуализат", "Последнее редактирование", "Шинэчилсэн"), a
Ukrainian correction note ("Виправлено ..."), a "placed" label ("Размещено:", "Протокол размещён:"), a
``RealEstateListing`` dated by ``datePosted``, and a register's entry named by its number in the head.
"""

from __future__ import annotations

import datetime as dt
import json

from linkcheck.extract import extract_metadata
from linkcheck.extract.dates import find_text_dates
from linkcheck.models import Metadata

TODAY = dt.date(2024, 11, 30)
JAN_9 = dt.date(2020, 1, 9)
JAN_10 = dt.date(2020, 1, 10)


def _dates(text: str) -> list[dt.date]:
    return [value for value, _start, _end in find_text_dates(text)]


def _page(body: str, *, lang: str = "ru", head: str = "", title: str = "Заголовок | Сайт") -> Metadata:
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}'
        f"</head><body><main>{body}</main></body></html>"
    )
    return extract_metadata(html, "https://news.example.org/item/5120", today=TODAY)


def _value(found: object) -> dt.date | None:
    return None if found is None else found.value  # type: ignore[attr-defined]


# --- Moldovan months in the Cyrillic alphabet ---------------------------------------------------------------
def test_moldovan_cyrillic_months() -> None:
    """Romanian's months as the Moldovan Cyrillic alphabet spells them, day first, as its dates read."""
    assert _dates("9 януарие 2020, 14:05") == [JAN_9]
    assert _dates("30 ноембрие 2024") == [dt.date(2024, 11, 30)]
    assert _dates("1 дечембрие 2019") == [dt.date(2019, 12, 1)]
    assert _dates("15 аугуст 2021") == [dt.date(2021, 8, 15)]


def test_moldovan_cyrillic_update_label() -> None:
    """The label "Актуализат:" (Romanian's "actualizat") marks the update beside the publication."""
    found = _page(
        "<h1>Заголовок</h1><div>9 януарие 2020, 14:05 Актуализат: 10 януарие 2020, 09:30</div>"
        "<p>Текстул штирий.</p>",
        lang="ro-Cyrl-MD",
    )
    assert (_value(found.published), _value(found.modified)) == (JAN_9, JAN_10)


def test_russian_words_are_not_moldovan_months() -> None:
    """Russian months and words near them as before ("август", "июнь"; "мартовских" is no month)."""
    assert _dates("15 август 2021") == [dt.date(2021, 8, 15)]
    assert _dates("9 июня 2020") == [dt.date(2020, 6, 9)]
    assert _dates("9 мартовских 2020") == []


# --- Mongolian: CLDR's long date, the month an ordinal word ------------------------------------------------
def test_mongolian_long_date_ordinal_word_months() -> None:
    """CLDR's long form "2020 оны нэгдүгээр сарын 9" (the first month), "арван нэгдүгээр" (the eleventh),
    and its medium "1-р"."""
    assert _dates("Нийтэлсэн: 2020 оны нэгдүгээр сарын 9, 14:05") == [JAN_9]
    assert _dates("2024 оны арван нэгдүгээр сарын 30") == [dt.date(2024, 11, 30)]
    assert _dates("2020 оны арван хоёрдугаар сарын 31") == [dt.date(2020, 12, 31)]
    assert _dates("2020 оны зургаадугаар сарын 1") == [dt.date(2020, 6, 1)]
    assert _dates("2020 оны есдүгээр сарын 1") == [dt.date(2020, 9, 1)]
    assert _dates("2020 оны 1-р сарын 9") == [JAN_9]


def test_mongolian_page_dates_and_update() -> None:
    """A byline with "Нийтэлсэн:" and "Шинэчилсэн:" ("updated") dates and updates the page."""
    found = _page(
        "<h1>Гарчиг</h1><div>Нийтэлсэн: 2020 оны нэгдүгээр сарын 9, 14:05 "
        "Шинэчилсэн: 2020 оны нэгдүгээр сарын 10, 09:30</div><p>Мэдээний текст.</p>",
        lang="mn",
    )
    assert (_value(found.published), _value(found.modified)) == (JAN_9, JAN_10)


def test_mongolian_numbered_months_and_other_words_as_before() -> None:
    """The numbered forms as before; a word that is no month's ordinal is not read."""
    assert _dates("2022 оны 5 сарын 18") == [dt.date(2022, 5, 18)]
    assert _dates("2022 оны 5 дугаар сарын 18") == [dt.date(2022, 5, 18)]
    assert _dates("2020 оны шинэ сарын 9") == []
    assert _dates("2020 оны арвандугаар сарын 9") == []  # not a word of the table ("аравдугаар" is)


# --- Russian forum edit notes -------------------------------------------------------------------------------
def test_forum_edit_note_is_an_update() -> None:
    """XenForo's "Последнее редактирование:" under the opening post, "Отредактировано" likewise."""
    for label in ("Последнее редактирование:", "Отредактировано"):
        found = _page(
            f"<h1>Тема</h1><div>Дата начала 9 янв 2020</div><p>Текст первого сообщения темы.</p>"
            f"<div>{label} 10 янв 2020</div>"
        )
        assert (_value(found.published), _value(found.modified)) == (JAN_9, JAN_10), label


def test_edit_words_in_prose_leave_alone() -> None:
    """The word "редактирование" inside a sentence, not before the date, labels nothing."""
    found = _page(
        "<h1>Тема</h1><div>9 янв 2020</div><p>Редактирование устава обсудят 10 янв 2020 на собрании.</p>"
    )
    assert (_value(found.published), _value(found.modified)) == (JAN_9, None)


# --- A Ukrainian correction note ----------------------------------------------------------------------------
def test_ukrainian_correction_note_modifies() -> None:
    """A note "Виправлено 10 січня 2020 року: ..." at the story's end (here inside an <ins datetime>)
    modifies it."""
    found = _page(
        "<h1>Заголовок</h1><div>09.01.2020 14:05</div><p>Текст новини про ремонт шкіл у місті.</p>"
        '<p><ins datetime="2020-01-10T07:30:00+00:00"><strong>Виправлено 10 січня 2020 року:</strong>'
        " у першій версії помилково вказано суму.</ins></p>",
        lang="uk",
    )
    assert (_value(found.published), _value(found.modified)) == (JAN_9, JAN_10)


def test_ukrainian_correction_word_in_prose_leave_alone() -> None:
    """The participle inside a sentence ("... було виправлено 10 січня ...") is no note."""
    found = _page(
        "<h1>Заголовок</h1><div>09.01.2020 14:05</div><p>Текст новини про ремонт шкіл у місті.</p>"
        "<p>Помилку в реєстрі було виправлено 10 січня 2020 року, повідомили в раді.</p>",
        lang="uk",
    )
    assert _value(found.modified) is None


# --- "Placed": a register's or a board's publication label ----------------------------------------------
RACE = (
    "<h1>Результаты гонки</h1><p>5 января 2020, Киров, лыжная база · 10 км</p>"
    "<p>Гонка собрала 214 участников из 11 районов области.</p>"
    "<table><tr><td>Ложкина Дарья</td><td>14.03.1998</td></tr></table>"
)


def test_placed_label_names_the_publication() -> None:
    """A line "Протокол размещён: 09.01.2020" at the end dates a results page whose race line stands under
    the h1;
    "Размещено:", "Дата размещения" and Ukrainian "Розміщено:" likewise."""
    assert _value(_page(RACE + "<div>Протокол размещён: 09.01.2020</div>").published) == JAN_9
    assert _value(_page(RACE + "<div>Размещено: 09.01.2020 14:05</div>").published) == JAN_9
    assert _value(_page(RACE + "<div>Дата размещения 09.01.2020</div>").published) == JAN_9
    assert _value(_page(RACE + "<div>Розміщено: 09.01.2020</div>", lang="uk").published) == JAN_9


def test_placed_in_prose_or_unlabelled_leave_alone() -> None:
    """Without the label the race line dates the page, as before; the participle followed by other words
    before the date is no label."""
    assert _value(_page(RACE + "<div>09.01.2020</div>").published) == dt.date(2020, 1, 5)
    body = RACE + "<p>Информация размещена на стенде у входа 09.01.2020.</p>"
    assert _value(_page(body).published) == dt.date(2020, 1, 5)


# --- RealEstateListing ---------------------------------------------------------------------------------
def _listing(ld: dict[str, object]) -> Metadata:
    head = (
        '<meta property="og:title" content="Продажа 2-комнатной квартиры, ул. Сурганова, 28 — 72 000 $">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    body = (
        "<h1>2-комнатная квартира, ул. Сурганова, 28</h1><dl><dt>Свободна с</dt><dd>01.02.2020</dd></dl>"
        "<p>Светлая квартира рядом с метро.</p>"
    )
    return _page(body, head=head, title="Продажа 2-комнатной квартиры, ул. Сурганова, 28 — 72 000 $ | Жильё")


def test_real_estate_listing_is_dated_by_date_posted_and_named_by_its_name() -> None:
    """A property portal's listing: ``datePosted`` is its date (not the facts' "free from"), its ``name``
    (the h1's) outvotes the SEO titles."""
    found = _listing(
        {
            "@context": "https://schema.org",
            "@type": "RealEstateListing",
            "name": "2-комнатная квартира, ул. Сурганова, 28",
            "datePosted": "2020-01-09T14:05:00+03:00",
            "offers": {"@type": "Offer", "availabilityStarts": "2020-02-01"},
        }
    )
    assert _value(found.published) == JAN_9
    assert found.title == "2-комнатная квартира, ул. Сурганова, 28"


def test_listing_date_published_comes_first() -> None:
    """A listing's ``datePublished``, when it states one, still comes before ``datePosted``."""
    found = _listing(
        {
            "@context": "https://schema.org",
            "@type": "RealEstateListing",
            "name": "2-комнатная квартира, ул. Сурганова, 28",
            "datePublished": "2020-01-08",
            "datePosted": "2020-01-09",
        }
    )
    assert _value(found.published) == dt.date(2020, 1, 8)


def test_other_types_date_posted_leave_alone() -> None:
    """A type not in the table (``Place``) is not the page's item: its ``datePosted`` dates nothing, and the
    SEO title keeps its votes."""
    place = _listing(
        {"@context": "https://schema.org", "@type": "Place", "name": "Дом", "datePosted": "2020-01-09"}
    )
    assert _value(place.published) != JAN_9
    assert place.title != "2-комнатная квартира, ул. Сурганова, 28"


# --- A register's entry named by its number ----------------------------------------------------------------
def _notice(head_title: str, h1: str) -> Metadata:
    head = f'<meta property="og:title" content="{head_title}">'
    return _page(f"<h1>{h1}</h1><p>Текст извещения.</p>", head=head, title=f"{head_title} — Калужские торги")


def test_register_number_head_title_yields_to_the_h1() -> None:
    """A head title "Извещение № 0137300000120000001" (<title>, og:title): the h1 states the notice's
    subject."""
    h1 = "Поставка школьной мебели для средней школы № 5"
    assert _notice("Извещение № 0137300000120000001", h1).title == h1
    assert _notice("Дело № 2-15/2020", "Решение о взыскании долга по договору поставки").title == (
        "Решение о взыскании долга по договору поставки"
    )


def test_headlines_holding_numbers_leave_alone() -> None:
    """A head title with more words than a kind and a number, or a short number, stays the vote's winner."""
    h1 = "Другой заголовок страницы"
    assert _notice("Указ № 15", h1).title == "Указ № 15"
    long_title = "Школа № 5 получила новую мебель к 2020 году"
    assert _notice(long_title, h1).title == long_title
