"""Rules added for the forty-sixth held-out batch (docs/benchmarks.md, "Forty-sixth batch"), each on small
strings, with what each must leave alone: Khmer and Myanmar dates, Livewire's ``wire:snapshot``, Qwik's
``qwik/json`` state, a server-rendered component's ``created-at`` / ``updated-at`` attributes, an Alpine
record's unprinted ``updated_at``, a Stimulus controller's date value on an empty ``<time>``, a wiki's
"edited this page", a ``<footer>`` inside ``<main>``, and a date after "until" (a deadline).
"""

from __future__ import annotations

import datetime as dt
import html
import json

from linkcheck.extract import tables as T
from linkcheck.extract.core import _until_label
from tests.extract_rules_harness import JAN_9, JAN_10, page_in
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import days as _days

HEADLINE = "Заголовок новости о новом мосте через реку"
_page = page_in("ru", f"{HEADLINE} | Сайт")


_TEXT = "<p>Текст новости о городе, в котором открыли новый пешеходный мост через реку.</p>"
_STORY = f'<article><h1>{HEADLINE}</h1><span class="date">4 года назад</span>{_TEXT}</article>'
_FOOTER = "<footer>© Сайт</footer>"


# --- Khmer and Myanmar dates ----------------------------------------------------------------------------
def test_khmer_date_with_its_words_and_digits() -> None:
    assert _days("ថ្ងៃព្រហស្បតិ៍ ទី៩ ខែមករា ឆ្នាំ២០២០ ម៉ោង ១៤:០៥") == [JAN_9]
    assert _days("២៩ វិច្ឆិកា ២០២៤") == [dt.date(2024, 11, 29)]


def test_myanmar_date_in_its_digits() -> None:
    assert _days("၉ ဇန်နဝါရီ ၂၀၂၀ ၊ ၁၄:၀၅") == [JAN_9]


def test_khmer_and_myanmar_dates_without_a_year_are_left() -> None:
    assert _days("ថ្ងៃទី១ ខែមីនា") == []
    assert _days("မတ်လ ၁ ရက်နေ့အထိ") == []
    assert _days("၂၀၁၈ ခုနှစ်") == []


# --- Livewire 3: wire:snapshot ----------------------------------------------------------------------------
def _livewire(data: dict[str, object]) -> str:
    snapshot = {"data": {"title": HEADLINE, **data}, "memo": {"id": "abc", "name": "post-header"}}
    attr = html.escape(json.dumps(snapshot, ensure_ascii=False, separators=(",", ":")), quote=True)
    return f'<div wire:snapshot="{attr}" wire:id="abc">{_STORY}</div>{_FOOTER}'


def test_livewire_snapshot_carbon_tuple_dates_the_page() -> None:
    body = _livewire({"publishedAt": ["2020-01-09T08:05:00.000000Z", {"s": "cbn"}]})
    assert _dates(_page(body)) == (JAN_9, None)


def test_livewire_snapshot_without_a_publication_key_is_left() -> None:
    """A comment's ``createdAt`` is the comment's."""
    body = _livewire({"createdAt": ["2024-11-29T16:20:00.000000Z", {"s": "cbn"}]})
    assert _dates(_page(body)) == (None, None)


# --- Qwik: <script type="qwik/json"> -----------------------------------------------------------------------
def _qwik(objs: list[object]) -> str:
    state = json.dumps({"refs": {}, "ctx": {}, "objs": objs, "subs": []}, ensure_ascii=False)
    return f'{_STORY}{_FOOTER}<script type="qwik/json">{state}</script>'


def test_qwik_state_dates_the_page() -> None:
    objs: list[object] = [
        {"article": "1"},
        {"title": "2", "publishedAt": "3", "createdAt": "4"},
        HEADLINE,
        "2020-01-09T08:05:00.000Z",
        "2020-01-08T08:05:00.000Z",
    ]
    assert _dates(_page(_qwik(objs))) == (JAN_9, None)


def test_qwik_list_of_other_stories_is_left() -> None:
    """Two other stories' records (neither titled as the page) say nothing of this one."""
    objs: list[object] = [
        {"title": "2", "publishedAt": "3"},
        {"title": "4", "publishedAt": "5"},
        "Другая новость о погоде на выходные",
        "2024-11-29T08:05:00.000Z",
        "Третья новость о ремонте дорог в центре",
        "2024-11-28T08:05:00.000Z",
    ]
    assert _dates(_page(_qwik(objs))) == (None, None)


# --- a server-rendered component's record as attributes (Wiki.js) ------------------------------------------
def test_component_created_and_updated_attributes_date_the_page() -> None:
    body = (
        f'<page title="{HEADLINE}" created-at="2020-01-09T11:05:00.000Z" '
        'updated-at="2020-01-10T06:30:00.000Z">'
        f'<template slot="contents">{_TEXT}</template></page>'
    )
    assert _dates(_page(body)) == (JAN_9, JAN_10)


def test_a_lone_comment_created_at_attribute_is_left() -> None:
    """One comment's creation day, no title beside it: the comment's, not the page's."""
    body = (
        f'{_STORY}<section><comment-item created-at="2024-11-29T10:00:00Z"></comment-item></section>{_FOOTER}'
    )
    assert _dates(_page(body)) == (None, None)


def test_other_items_created_at_attributes_are_left() -> None:
    """Comments' own creation days (two of them, no title beside them) are not the page's."""
    body = (
        f'{_STORY}<section><comment-item created-at="2024-11-29T10:00:00Z"></comment-item>'
        f'<comment-item created-at="2024-11-28T10:00:00Z"></comment-item></section>{_FOOTER}'
    )
    assert _dates(_page(body)) == (None, None)


# --- Alpine: a record's update only when a binding prints it ----------------------------------------------
def _alpine(binding: str) -> str:
    data = "{ post: { published_at: '2020-01-09T14:05:00+05:00', updated_at: '2020-01-10T09:30:00+05:00' } }"
    return (
        f'<article x-data="{data}"><h1>{HEADLINE}</h1><span x-text="fmt(post.published_at)"></span>{binding}'
        f"{_TEXT}</article>{_FOOTER}"
    )


def test_alpine_record_update_that_no_binding_prints_is_left() -> None:
    assert _dates(_page(_alpine('<span x-text="post.views"></span>'))) == (JAN_9, None)


def test_alpine_record_update_a_binding_prints_is_read() -> None:
    assert _dates(_page(_alpine('<span x-text="fmt(post.updated_at)"></span>'))) == (JAN_9, JAN_10)


# --- Stimulus: a controller's date value on an empty <time> -----------------------------------------------
def test_stimulus_datetime_value_dates_an_empty_time() -> None:
    body = (
        f'<article><h1>{HEADLINE}</h1><div class="meta"><span>Anna Nowak</span> '
        '<time data-controller="local-time" data-local-time-datetime-value="2020-01-09T13:05:00Z"></time> '
        '<span class="updated">Aktualizacja: <time data-controller="local-time" '
        'data-local-time-datetime-value="2020-01-10T08:30:00Z"></time></span></div>'
        f"{_TEXT}</article>{_FOOTER}"
    )
    assert _dates(_page(body)) == (JAN_9, JAN_10)


def test_stimulus_value_of_another_name_is_left() -> None:
    body = (
        f'<article><h1>{HEADLINE}</h1><p><time data-controller="counter" '
        f'data-counter-start-value="2020-01-09"></time></p>{_TEXT}</article>{_FOOTER}'
    )
    assert _dates(_page(body)) == (None, None)


# --- a wiki's "edited this page" -------------------------------------------------------------------------
def test_edited_this_page_is_an_update_label() -> None:
    assert T.modified_label(T.label_case("Andrei Kozlov edited this page "))
    assert not T.modified_label(T.label_case("Andrei Kozlov created this page "))


def test_wiki_edit_line_dates_the_update_only() -> None:
    body = (
        f'<main><h1>{HEADLINE}</h1><div class="meta">Andrei Kozlov edited this page '
        '<relative-time datetime="2020-01-10T06:30:12Z">Jan 10, 2020</relative-time> · 14 revisions</div>'
        f"{_TEXT}</main>{_FOOTER}"
    )
    assert _dates(_page(body)) == (None, JAN_10)


# --- a <footer> inside <main> is the content's -------------------------------------------------------------
def test_footer_inside_main_is_read() -> None:
    body = (
        f'<header class="site">Сайт</header><main><h1>{HEADLINE}</h1>{_TEXT}'
        '<footer class="page-meta"><span>Последнее обновление: </span><span>10.01.2020 09:30</span></footer>'
        f"</main>{_FOOTER}"
    )
    assert _dates(_page(body)) == (None, JAN_10)


def test_site_footer_outside_main_is_still_skipped() -> None:
    body = f"<main><h1>{HEADLINE}</h1>{_TEXT}</main><footer>Обновлено: 10.01.2020</footer>"
    assert _dates(_page(body)) == (None, None)


# --- a date after "until" is a deadline -------------------------------------------------------------------
def test_until_words_end_a_prefix() -> None:
    for prefix in ("1.4 版本将维护至 ", "supported until ", "работает до ", "gültig bis ", "не змінився з "):
        assert _until_label(T.label_case(prefix)), prefix
    for prefix in ("опубликовано ", "published on ", "выдано ", "budget "):
        assert not _until_label(T.label_case(prefix)), prefix


def test_deadline_in_a_sentence_does_not_date_the_page() -> None:
    body = f"<main><h1>{HEADLINE}</h1>{_TEXT}<p>Версия будет поддерживаться до 1 марта 2021 года.</p></main>"
    assert _dates(_page(body)) == (None, None)


def test_period_start_does_not_hide_the_revision() -> None:
    """A rule in force since a day is no publication: the page's labelled revision stands."""
    body = (
        f"<main><h1>{HEADLINE}</h1>{_TEXT}<p>Правило действует с 1 мая 2019 года.</p>"
        "<p>Страница обновлена: 10.01.2020</p></main>"
    )
    assert _dates(_page(body)) == (None, JAN_10)
