"""Rules added for the forty-fourth held-out batch (docs/benchmarks.md, "Forty-fourth batch"), each on small
strings, with what each must leave alone: SvelteKit's and Angular's serialised data, HTML's ``<data value>``
and AMP's ``<amp-date-display>`` read as a ``<time>``, appended "UPD" lines, a standard's entry into force and
a court's operative part skipped, a decision's full text as its date, a label given only as a tooltip, the
headline's container's data attributes; and the forty-third batch's two leftovers, Karakalpak's ``jıl`` and
Abkhaz's months.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract.core import _decision_made, _procedure_label
from tests.extract_rules_harness import JAN_9, JAN_10, page_in
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import days as _days

JAN_11 = dt.date(2020, 1, 11)
HEADLINE = "Заголовок новости о новом мосте"
_page = page_in("ru", f"{HEADLINE} | Сайт")


_TEXT = "<p>Текст новости о городе, в котором открыли новый пешеходный мост через реку.</p>"


# --- SvelteKit's serialised fetch ---------------------------------------------------------------------------
def _svelte(record: str) -> str:
    return (
        f'<article><h1>{HEADLINE}</h1><span class="date"><!----></span>{_TEXT}</article>'
        "<footer>© Сайт</footer>"
        '<script type="application/json" data-sveltekit-fetched data-url="/api/news/1">'
        '{"status":200,"statusText":"OK","headers":{},"body":"{\\"id\\":1,\\"title\\":\\"'
        f'{HEADLINE}\\",{record}}}"}}</script>'
    )


def test_sveltekit_fetched_body_dates_the_page() -> None:
    found = _page(
        _svelte('\\"created_at\\":\\"2020-01-08T11:20:00Z\\",\\"published_at\\":\\"2020-01-09T08:05:00Z\\"')
    )
    assert _dates(found) == (JAN_9, None)


def test_sveltekit_record_without_a_publication_key_is_left() -> None:
    """A draft's ``created_at`` alone is no publication."""
    found = _page(_svelte('\\"created_at\\":\\"2020-01-08T11:20:00Z\\"'))
    assert _dates(found) == (None, None)


# --- Angular's TransferState ---------------------------------------------------------------------------
def _angular(record: str) -> str:
    return (
        f'<app-root ng-version="12.2.16"><article><h1>{HEADLINE}</h1>'
        '<span class="news-date">4 года назад</span>'
        f"{_TEXT}</article><footer>© Сайт</footer></app-root>"
        '<script id="serverApp-state" type="application/json">{&q;news-1&q;:{&q;title&q;:&q;'
        f"{HEADLINE}&q;,{record}}}}}</script>"
    )


def test_angular_transfer_state_dates_the_page() -> None:
    found = _page(
        _angular(
            "&q;createdAt&q;:&q;2020-01-08T12:40:00.000Z&q;,&q;publishedAt&q;:&q;2020-01-09T09:05:00.000Z&q;"
        )
    )
    assert _dates(found) == (JAN_9, None)


def test_angular_transfer_state_without_a_publication_key_is_left() -> None:
    found = _page(_angular("&q;createdAt&q;:&q;2020-01-08T12:40:00.000Z&q;"))
    assert _dates(found) == (None, None)


# --- <data value> and <amp-date-display> ----------------------------------------------------------------
def test_data_element_value_is_read_as_a_time() -> None:
    """The yearless text ``9 января, 14:05`` would be read in the current year: the value states it."""
    found = _page(
        f'<article><h1>{HEADLINE}</h1><div class="meta">'
        '<data class="date" value="2020-01-09T14:05:00+04:00">9 января, 14:05</data> <span>Обновлено: '
        '<data value="2020-01-10T09:30:00+04:00">10 января, 09:30</data></span></div>'
        f"{_TEXT}</article>"
    )
    assert _dates(found) == (JAN_9, JAN_10)


def test_data_element_holding_a_number_is_left() -> None:
    """``<data value="1245">`` is a product's number: no date."""
    found = _page(f'<article><h1>{HEADLINE}</h1><data value="1245">Артикул 1245</data>{_TEXT}</article>')
    assert _dates(found) == (None, None)


_AMP = '<template type="amp-mustache">{{day}} {{monthName}} {{year}}</template>'


def test_amp_date_display_is_read_as_a_time() -> None:
    found = _page(
        f'<article><h1>{HEADLINE}</h1><div class="date">'
        f'<amp-date-display datetime="2020-01-09T14:05:00+03:00" layout="fixed" width="160" height="20">'
        f"{_AMP}</amp-date-display> <span>Обновлено "
        f'<amp-date-display datetime="2020-01-10T09:30:00+03:00" layout="fixed" width="160" height="20">'
        f"{_AMP}</amp-date-display></span></div>{_TEXT}</article>"
    )
    assert _dates(found) == (JAN_9, JAN_10)


def test_amp_date_display_of_now_is_left() -> None:
    """A masthead's clock (``datetime="now"``) dates nothing."""
    found = _page(
        f'<header><amp-date-display datetime="now" layout="fixed" width="140" height="20">{_AMP}'
        f"</amp-date-display></header><article><h1>{HEADLINE}</h1>{_TEXT}</article>"
    )
    assert _dates(found) == (None, None)


# --- appended UPD lines ------------------------------------------------------------------------------------
def test_latest_appended_upd_is_the_modification() -> None:
    found = _page(
        f'<article><h1>{HEADLINE}</h1><div class="date">09.01.2020, 14:05</div>{_TEXT}'
        "<p><b>UPD 10.01.2020, 09:30.</b> В мэрии уточнили сроки.</p>"
        "<p><b>UPD2 (11.01.2020, 18:40):</b> По мосту пустили автобусы.</p></article>"
    )
    assert _dates(found) == (JAN_9, JAN_11)


def test_single_upd_is_still_the_modification() -> None:
    found = _page(
        f'<article><h1>{HEADLINE}</h1><div class="date">09.01.2020, 14:05</div>{_TEXT}'
        "<p><b>UPD 10.01.2020, 09:30.</b> В мэрии уточнили сроки.</p></article>"
    )
    assert _dates(found) == (JAN_9, JAN_10)


# --- a procedure's dates and a decision's --------------------------------------------------------------
def test_procedure_labels() -> None:
    assert _procedure_label("дата введения в действие ")
    assert _procedure_label("вводится в действие с ")
    assert _procedure_label("закон вступает в силу с ")
    assert _procedure_label("набирає чинності з ")
    assert _procedure_label("effective date: ")
    assert _procedure_label("резолютивная часть решения объявлена ")


def test_procedure_words_in_a_sentence_are_left() -> None:
    assert not _procedure_label("введение нового расписания обсудили ")
    assert not _procedure_label("в силу обстоятельств встреча прошла ")
    assert not _procedure_label("опубликовано: ")


def test_entry_into_force_is_skipped_for_the_approval() -> None:
    found = _page(
        f"<main><h1>{HEADLINE}</h1><table><tr><th>Дата введения в действие</th><td>01.07.2020</td></tr>"
        "<tr><th>Утверждён</th><td>09.01.2020, приказ № 3-ст</td></tr></table>"
        "<p>Стандарт распространяется на временную дорожную разметку.</p></main>"
    )
    assert _dates(found) == (JAN_9, None)


def test_decision_made_labels() -> None:
    assert _decision_made("полный текст решения изготовлен ")
    assert _decision_made("мотивированное решение составлено ")
    assert not _decision_made("протокол составлен ")
    assert not _decision_made("список изготовлен ")


def test_decision_is_dated_by_its_full_text() -> None:
    found = _page(
        '<div class="card"><table><tr><th>Дата заседания</th><td>26.12.2019</td></tr></table></div>'
        f"<h1>{HEADLINE}</h1><div><p>г. Тверь<br>Дело № А66-1/2019</p>"
        "<p>Резолютивная часть решения объявлена 26 декабря 2019 года.<br>"
        "Полный текст решения изготовлен 9 января 2020 года.</p>"
        "<p>Арбитражный суд рассмотрел в открытом заседании дело по иску о взыскании долга.</p></div>"
    )
    assert _dates(found) == (JAN_9, None)


# --- a label given only as a tooltip ----------------------------------------------------------------------
def _info_bar(second_title: str) -> str:
    return (
        f'<article><h1>{HEADLINE}</h1><div class="info_bar">'
        '<div class="bar_item" title="Дата публикации"><i class="icon-calendar"></i> 09.01.2020 14:05</div>'
        '<div class="bar_item" title="Просмотры"><i class="icon-eye"></i> 2 318</div>'
        f'<div class="bar_item" title="{second_title}"><i class="icon-pencil"></i> 10.01.2020 09:30</div>'
        f"</div>{_TEXT}</article>"
    )


def test_tooltip_label_of_an_update_is_read() -> None:
    assert _dates(_page(_info_bar("Изменено"))) == (JAN_9, JAN_10)


def test_tooltip_of_another_word_is_left() -> None:
    """A tooltip that names no update ("Комментарии") labels nothing: the second date is no modification."""
    assert _dates(_page(_info_bar("Комментарии"))) == (JAN_9, None)


# --- the headline's container's data attributes ---------------------------------------------------------
def test_headline_container_data_attributes_date_the_page() -> None:
    found = _page(
        '<article class="news-full" data-published-at="2020-01-09T14:05:00+02:00" '
        f'data-updated-at="2020-01-10T09:30:00+02:00"><h1>{HEADLINE}</h1>'
        f'<span class="js-local-date" data-field="published"></span>{_TEXT}</article>'
    )
    assert _dates(found) == (JAN_9, JAN_10)


def test_a_feed_cards_data_attributes_are_left() -> None:
    """Another story's card, which does not hold the headline, dates that story."""
    found = _page(
        f'<article class="news-full"><h1>{HEADLINE}</h1>{_TEXT}</article><section class="news-feed">'
        '<article class="news-card" data-published-at="2024-11-30T09:10:00+02:00"><a href="/n/2">Гололёд</a>'
        "</article></section>"
    )
    assert _dates(found) == (None, None)


# --- the forty-third batch's leftovers: Karakalpak's "jıl", Abkhaz's months --------------------------------
def test_karakalpak_year_word_is_read() -> None:
    assert _days("2020-jıl 9-yanvar, 14:05") == [JAN_9]
    assert _days("2024-jılı 30-noyabr") == [dt.date(2024, 11, 30)]
    found = _page(
        f'<article><h1>{HEADLINE}</h1><div class="date">2020-jıl 9-yanvar, 14:05</div>{_TEXT}</article>',
        url="https://nukus-news.uz/kk/jamiyet/4412",
    )
    assert _dates(found) == (JAN_9, None)


def test_year_word_without_a_month_is_left() -> None:
    assert _days("2020-jıl") == []
    assert _days("2022-yil 12-mart") == [dt.date(2022, 3, 12)]


def test_abkhaz_months_are_read() -> None:
    assert _days("09 ажьырныҳәа 2020, 14:05") == [JAN_9]
    assert _days("30 абҵара 2024") == [dt.date(2024, 11, 30)]
    assert _days("9 ԥхынҷкәын 2019") == [dt.date(2019, 12, 9)]


def test_abkhaz_words_beside_no_day_are_left() -> None:
    """A month word is a month only beside a day and a year."""
    assert _days("Аҟәа абҵара мза аҿы 2020") == []
