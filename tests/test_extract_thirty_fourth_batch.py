"""Rules added for the thirty-fourth held-out batch (docs/benchmarks.md, "Thirty-fourth batch"), each on small
strings, with what each must leave alone: Chuvash months ("9 кӑрлач 2020"), also typed with Latin look-alike
letters; Yandex's video vocabulary's upload date (``ya:ovs:upload_date``); a ``<meta http-equiv>`` restating a
response's date header (``Last-Modified`` stamped with the render time) is not the article's; a date drawn as
a calendar box of three elements (``<span>09</span><span>янв</span><span>2020</span>``); and a byline above a
hero ``<figure>`` that stands between it and the headline.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import extract_metadata
from linkcheck.extract.core import _join_date_box
from linkcheck.extract.dates import find_text_dates

TODAY = dt.date(2024, 11, 30)
URL = "https://news.example.org/news/18420"


def _dates(text: str) -> list[dt.date]:
    return [value for value, _start, _end in find_text_dates(text)]


def _day(value: object) -> dt.date | None:
    return getattr(value, "value", None)


# --- Chuvash months ---------------------------------------------------------------------------------------
def test_chuvash_months() -> None:
    assert _dates("9 кӑрлач 2020, 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("30 чӳк 2024") == [dt.date(2024, 11, 30)]
    assert _dates("1 ҫӗртме 2021") == [dt.date(2021, 6, 1)]
    assert _dates("15 раштав 2019") == [dt.date(2019, 12, 15)]


def test_chuvash_months_typed_with_latin_lookalikes() -> None:
    """The Latin ă (U+0103) in "кăрлач", the Latin ç in "çурла": what a keyboard without a Chuvash layout
    types."""
    assert _dates("9 кăрлач 2020") == [dt.date(2020, 1, 9)]
    assert _dates("3 çурла 2022") == [dt.date(2022, 8, 3)]


def test_words_that_are_no_month_stay_unread() -> None:
    """What the table leaves: a Chuvash word that is no month ("ача", child), Russian months as they were,
    and May ("ҫу", two letters: shorter than any month word read)."""
    assert _dates("9 ача 2020") == []
    assert _dates("9 января 2020") == [dt.date(2020, 1, 9)]
    assert _dates("9 ҫу 2020") == []


def test_a_chuvash_page_is_dated_by_its_byline_not_its_top_bar() -> None:
    html = (
        '<html lang="cv"><head><title>Шупашкарта ҫӗнӗ шкул уҫӑлчӗ - Хыпар</title></head><body>'
        "<div>30 чӳк 2024</div><h1>Шупашкарта ҫӗнӗ шкул уҫӑлчӗ</h1><div>9 кӑрлач 2020, 14:05</div>"
        "<p>Шупашкарӑн ҫӗнӗ микрорайонӗнче 1200 ача валли шкул уҫӑлчӗ.</p></body></html>"
    )
    meta = extract_metadata(html, URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)


# --- ya:ovs:upload_date -----------------------------------------------------------------------------------
def _video_page(extra_head: str) -> str:
    return (
        "<html><head><title>Ice crossing opens on the river - Channel 24</title>"
        '<meta property="og:type" content="video.other">'
        '<meta property="og:title" content="Ice crossing opens on the river">'
        f"{extra_head}</head><body><h1>Ice crossing opens on the river</h1>"
        '<div class="player"></div><span>03:12</span><p>The crossing is open to pedestrians.</p>'
        "<section><h2>More videos</h2><a href='/v/2'>Frost ahead</a> <span>10 January 2020</span></section>"
        "</body></html>"
    )


def test_yandex_video_upload_date_dates_a_video_page() -> None:
    html = _video_page('<meta property="ya:ovs:upload_date" content="2020-01-09T14:05:00+03:00">')
    meta = extract_metadata(html, URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)
    assert meta.modified is None


def test_other_yandex_video_properties_are_no_date() -> None:
    """What the name leaves: the vocabulary's other properties (views, status) date nothing; without the
    upload date the page is dated as before (here by the rail's date after the video, as the base did)."""
    html = _video_page(
        '<meta property="ya:ovs:views_total" content="1204">'
        '<meta property="ya:ovs:status" content="published">'
    )
    meta = extract_metadata(html, URL, today=TODAY)
    assert _day(meta.published) != dt.date(2020, 1, 9)


# --- <meta http-equiv> response dates ---------------------------------------------------------------------
def _stamped_page(head: str) -> str:
    return (
        f"<html><head>{head}<title>Road repair plan approved | City Hall</title></head><body>"
        "<h1>Road repair plan approved</h1><div>Published: 09.01.2020</div>"
        "<p>The plan covers fourteen streets.</p></body></html>"
    )


def test_http_equiv_last_modified_is_the_response_stamp() -> None:
    head = (
        '<meta http-equiv="Last-Modified" content="Sat, 30 Nov 2024 06:12:44 GMT">'
        '<meta http-equiv="Expires" content="Sat, 30 Nov 2024 06:12:44 GMT">'
    )
    meta = extract_metadata(_stamped_page(head), URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)
    assert meta.modified is None


def test_http_equiv_date_in_either_attribute_order() -> None:
    head = '<meta content="Sat, 30 Nov 2024 06:12:44 GMT" http-equiv="last-modified">'
    meta = extract_metadata(_stamped_page(head), URL, today=TODAY)
    assert meta.modified is None


def test_a_named_last_modified_meta_and_other_http_equiv_are_still_read() -> None:
    """What the rule leaves: ``<meta name="last-modified">`` (a CMS's field for the article) is read, and
    ``http-equiv`` metas that are no date (``Content-Language``) are recorded as before."""
    head = '<meta name="last-modified" content="2020-01-10"><meta http-equiv="Content-Language" content="kk">'
    meta = extract_metadata(_stamped_page(head), URL, today=TODAY)
    assert _day(meta.modified) == dt.date(2020, 1, 10)
    assert meta.language == "kk"


# --- a date drawn as a calendar box -----------------------------------------------------------------------
def test_date_box_joined() -> None:
    assert _join_date_box("09 | янв | 2020 | 14:05") == "09 янв 2020 | 14:05"
    assert _join_date_box("Рубрика | 9 | Jan. | 2020") == "Рубрика | 9 Jan. 2020"


def test_a_box_whose_word_is_no_month_stays() -> None:
    """What the join leaves: a count, a label and a year (``12 | фото | 2020``); a clock time before a
    word."""
    assert _join_date_box("12 | фото | 2020") == "12 | фото | 2020"
    assert _join_date_box("14:05 | янв | 2020") == "14:05 | янв | 2020"


def _box_page(day: str, word: str) -> str:
    return (
        "<html><head><title>Водовод отремонтируют - Сайт</title></head><body>"
        f'<div class="date"><span>{day}</span><span>{word}</span><span>2020</span></div>'
        "<div><span>14:05</span> <a href='/news/'>Общество</a></div>"
        "<h1>Водовод отремонтируют</h1><p>Работы начнутся после праздников и продлятся три недели.</p>"
        "</body></html>"
    )


def test_a_calendar_box_above_the_headline_dates_the_page() -> None:
    meta = extract_metadata(_box_page("09", "янв"), URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)


def test_a_box_of_a_count_and_a_label_dates_nothing() -> None:
    meta = extract_metadata(_box_page("12", "фото"), URL, today=TODAY)
    assert meta.published is None


# --- a byline above a hero figure -------------------------------------------------------------------------
_CAPTION = (
    "Пограничный пункт пропуска в районе Садахло. Через действующий переход ежедневно проходят сотни "
    "грузовиков, и в часы пик очередь растягивается на несколько километров; новый переход должен разгрузить "
    "его и сократить путь к черноморским портам. Снимок сделан осенью прошлого года. Фото: редакция"
)


def _hero_page(between: str) -> str:
    return (
        "<html><head><title>Договорились о новом переходе — Обозреватель</title>"
        '<meta property="article:published_time" content="2020-01-09T14:05:00+04:00"></head><body>'
        "<header><nav><a href='/'>Главная</a></nav></header><main>"
        "<div class='meta'><span>09.01.2020 14:05</span> · <span>Обновлено: 10.01.2020 09:30</span></div>"
        f"{between}<h1>Договорились о новом переходе</h1>"
        "<p>Грузия и Армения договорились открыть новый пункт пропуска.</p></main></body></html>"
    )


def test_the_update_above_a_hero_figure_is_read() -> None:
    figure = (
        '<figure class="hero"><picture>'
        '<source srcset="/i/1600.webp 1600w, /i/800.webp 800w" type="image/webp">'
        '<img src="/i/1600.jpg" alt="Пограничный пункт"></picture>'
        f"<figcaption>{_CAPTION}</figcaption></figure>\n"
    )
    meta = extract_metadata(_hero_page(figure), URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)
    assert _day(meta.modified) == dt.date(2020, 1, 10)


def test_an_update_above_another_block_is_still_not_read() -> None:
    """What the step leaves: a block of other stories (an ``<aside>``) between the dates and the headline
    still ends the reach above it, the figure rule or not (the dates are that block's, or above it)."""
    aside = f"<aside><a href='/2'>Другая новость</a><p>{_CAPTION}</p></aside>"
    meta = extract_metadata(_hero_page(aside), URL, today=TODAY)
    assert meta.modified is None


def test_a_figure_not_right_above_the_headline_is_not_stepped_over() -> None:
    """Only a figure ending right before the headline is stepped over: one followed by a long lead paragraph
    leaves the reach where it was (the byline then stands too far above, as before)."""
    between = f"<figure><img src='/i/1.jpg' alt='x'></figure><div class='lead'>{_CAPTION}</div>"
    meta = extract_metadata(_hero_page(between), URL, today=TODAY)
    assert meta.modified is None
