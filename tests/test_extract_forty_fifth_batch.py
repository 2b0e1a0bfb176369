"""Rules added for the forty-fifth held-out batch (docs/benchmarks.md, "Forty-fifth batch"), each on small
strings, with what each must leave alone: Inertia's ``data-page``, Remix's loader data, Nuxt 3's devalue
payload and an Alpine component's ``x-data`` read as serialised page data, a Russian correction note
("Поправка от ..."), a translation's note on its original skipped, C's ``ctime`` dates, a mailing list's tag
before a subject, a journal issue's date beside the article's own, and a head title naming only the page's
kind beside an h1 naming which one.
"""

from __future__ import annotations

import datetime as dt
import html
import json

from linkcheck.extract import extract_metadata
from linkcheck.extract.core import _generic_of_heading, _list_tag, _original_label
from linkcheck.extract.dates import find_text_dates
from linkcheck.models import Metadata

TODAY = dt.date(2024, 11, 30)
JAN_9 = dt.date(2020, 1, 9)
JAN_10 = dt.date(2020, 1, 10)
URL = "https://news.example.org/item/5120"
HEADLINE = "Заголовок новости о новом мосте через реку"


def _page(body: str, *, head: str = "", title: str = f"{HEADLINE} | Сайт", url: str = URL) -> Metadata:
    html_text = (
        f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title>{head}'
        f"</head><body>{body}</body></html>"
    )
    return extract_metadata(html_text, url, today=TODAY)


def _value(found: object) -> dt.date | None:
    return None if found is None else found.value  # type: ignore[attr-defined]


def _dates(found: Metadata) -> tuple[dt.date | None, dt.date | None]:
    return _value(found.published), _value(found.modified)


_TEXT = "<p>Текст новости о городе, в котором открыли новый пешеходный мост через реку.</p>"
_STORY = f'<article><h1>{HEADLINE}</h1><span class="date">4 года назад</span>{_TEXT}</article>'
_FOOTER = "<footer>© Сайт</footer>"


# --- Inertia.js: the page object in data-page ---------------------------------------------------------------
def _inertia(record: dict[str, object]) -> str:
    page = {"component": "News/Show", "props": {"news": {"title": HEADLINE, **record}}, "version": "1"}
    attr = html.escape(json.dumps(page, ensure_ascii=False, separators=(",", ":")), quote=True)
    return f'<div id="app" data-page="{attr}">{_STORY}{_FOOTER}</div>'


def test_inertia_data_page_dates_the_page() -> None:
    body = _inertia(
        {"created_at": "2020-01-08T10:40:00.000000Z", "published_at": "2020-01-09T08:05:00.000000Z"}
    )
    assert _dates(_page(body)) == (JAN_9, None)


def test_inertia_record_without_a_publication_key_is_left() -> None:
    """A record's ``created_at`` alone is its draft's."""
    assert _dates(_page(_inertia({"created_at": "2020-01-08T10:40:00.000000Z"}))) == (None, None)


# --- Remix: window.__remixContext ---------------------------------------------------------------------------
def _remix(loader: dict[str, object]) -> str:
    context = {"state": {"loaderData": {"routes/news.$id": loader}}}
    data = json.dumps(context, ensure_ascii=False)
    return f"{_STORY}{_FOOTER}<script>window.__remixContext = {data};</script>"


def test_remix_loader_data_dates_the_page() -> None:
    loader = {"news": {"title": HEADLINE, "publishedAt": "2020-01-09T06:05:00.000Z"}}
    assert _dates(_page(_remix(loader))) == (JAN_9, None)


def test_remix_list_of_other_stories_is_left() -> None:
    """Other stories' dates (the title absent, two publication dates) say nothing of this one."""
    loader = {
        "related": [
            {"title": "Другая новость", "publishedAt": "2024-11-30T01:20:00.000Z"},
            {"title": "Ещё одна новость", "publishedAt": "2024-11-29T08:35:00.000Z"},
        ]
    }
    assert _dates(_page(_remix(loader))) == (None, None)


# --- Nuxt 3: devalue's flat array ---------------------------------------------------------------------------
def _nuxt(payload: list[object]) -> str:
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return (
        f'{_STORY}{_FOOTER}<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{data}</script>'
    )


def test_nuxt3_devalue_payload_dates_the_page() -> None:
    payload: list[object] = [
        ["ShallowReactive", 1],
        {"data": 2},
        {"title": 3, "createdAt": 4, "publishedAt": 5, "dateModified": 6},
        HEADLINE,
        "2020-01-08T19:20:00+04:00",
        "2020-01-09T14:05:00+04:00",
        "2020-01-10T09:30:00+04:00",
    ]
    assert _dates(_page(_nuxt(payload))) == (JAN_9, JAN_10)


def test_nuxt3_record_with_only_a_creation_is_left() -> None:
    payload: list[object] = [
        ["ShallowReactive", 1],
        {"title": 2, "createdAt": 3},
        HEADLINE,
        "2020-01-08T19:20:00Z",
    ]
    assert _dates(_page(_nuxt(payload))) == (None, None)


# --- Alpine.js: a byline component's x-data -----------------------------------------------------------------
def test_alpine_x_data_dates_the_byline() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1>"
        '<div class="meta" x-data="{ published: \'2020-01-09T14:05:00+02:00\', '
        "updated: '2020-01-10T09:30:00+02:00' }\">"
        '<span x-text="fmt(published)"></span> '
        '<span>Оновлено: <span x-text="fmt(updated)"></span></span></div>'
        f"{_TEXT}</article>{_FOOTER}"
    )
    assert _dates(_page(body)) == (JAN_9, JAN_10)


def test_alpine_x_data_of_other_keys_is_left() -> None:
    """A list item's clock (``t``) or a counter's data is no publication."""
    body = (
        f"<article><h1>{HEADLINE}</h1>{_TEXT}</article>"
        '<ul><li x-data="{ t: \'2024-11-30T10:15:00+02:00\' }"><a href="/n/2">Другая новость</a></li>'
        '<li x-data="{ count: 0, open: false }">Меню</li></ul>' + _FOOTER
    )
    assert _dates(_page(body)) == (None, None)


# --- A Russian correction note ------------------------------------------------------------------------------
_BYLINE = '<div class="date">09.01.2020 14:05</div>'


def test_popravka_note_dates_the_modification() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1>{_BYLINE}{_TEXT}"
        "<p><em>Поправка от 10 января 2020 г.: в первой версии заметки была неверно указана улица.</em></p>"
        f"</article>{_FOOTER}"
    )
    assert _dates(_page(body)) == (JAN_9, JAN_10)


def test_amendment_in_prose_is_left() -> None:
    """ "Поправка к закону" (an amendment) is no note, nor "поправки" mid-sentence."""
    body = (
        f"<article><h1>{HEADLINE}</h1>{_BYLINE}{_TEXT}"
        "<p>Поправка к закону вступит в силу 1 февраля 2020 года.</p>"
        "<p>Депутаты приняли поправки от 10 января 2020 года в первом чтении.</p>"
        f"</article>{_FOOTER}"
    )
    assert _dates(_page(body)) == (JAN_9, None)


# --- A translation's note on its original -------------------------------------------------------------------
def test_original_note_is_not_the_publication() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1>"
        "<div>Перевод с латышского. Оригинал опубликован 8 января 2020 года.</div>"
        f"{_BYLINE}{_TEXT}</article>{_FOOTER}"
    )
    assert _dates(_page(body)) == (JAN_9, None)


def test_original_label_reads_only_an_original() -> None:
    assert _original_label("перевод с латышского. оригинал опубликован ")
    assert _original_label("the original was published on ")
    assert _original_label("оригінал опубліковано ")
    assert not _original_label("опубликовано: ")
    assert not _original_label("оригинальный рецепт ")


# --- C's ctime ----------------------------------------------------------------------------------------------
def test_ctime_date_is_read() -> None:
    assert [d for d, _s, _e in find_text_dates("Thu Jan  9 14:05:00 MSK 2020")] == [JAN_9]
    assert [d for d, _s, _e in find_text_dates("Fri Jan 10 09:30:00 2020")] == [JAN_10]


def test_ctime_needs_its_year() -> None:
    """A day and a clock without the year after them is no date."""
    assert list(find_text_dates("Thu Jan  9 14:05:00 MSK")) == []
    assert list(find_text_dates("Jan 9 14:05 we met")) == []


# --- A mailing list's tag -----------------------------------------------------------------------------------
_LIST_URL = "https://lists.example.org/pipermail/kedr-devel/2020-January/004512.html"
_SUBJECT = "Сборка ядра падает на ARM после обновления"


def test_list_tag_is_not_the_subject() -> None:
    body = (
        f"<h1>[kedr-devel] {_SUBJECT}</h1><b>Иван</b><br><i>Thu Jan  9 14:05:00 MSK 2020</i><pre>Текст</pre>"
    )
    found = _page(body, title=f"[kedr-devel] {_SUBJECT}", url=_LIST_URL)
    assert (found.title, found.site_name, _value(found.published)) == (_SUBJECT, "kedr-devel", JAN_9)


def test_bracketed_label_not_in_the_path_is_left() -> None:
    assert _list_tag("[kedr-devel] Subject", _LIST_URL) == "kedr-devel"
    assert _list_tag("[Видео] Заголовок", "https://news.example.org/video/5120") is None
    assert _list_tag("[RU] Заголовок", "https://news.example.org/en/5120") is None
    assert _list_tag("Заголовок [kedr-devel]", _LIST_URL) is None


# --- A journal issue's date beside the article's ------------------------------------------------------------
def _journal(*, issue: bool) -> str:
    metas = (
        '<meta name="DC.Date.created" scheme="ISO8601" content="2020-01-09"/>'
        '<meta name="DC.Date.dateSubmitted" scheme="ISO8601" content="2019-10-14"/>'
        '<meta name="DC.Date.issued" scheme="ISO8601" content="2019-12-30"/>'
        '<meta name="citation_date" content="2019/12/30"/>'
        '<meta name="citation_journal_title" content="Вестник"/>'
    )
    return metas + ('<meta name="citation_issue" content="4"/>' if issue else "")


def test_article_online_after_its_issue_is_dated_by_itself() -> None:
    found = _page(f"<h1>{HEADLINE}</h1>{_TEXT}", head=_journal(issue=True))
    assert _value(found.published) == JAN_9


def test_dublin_core_without_an_issue_keeps_the_earliest() -> None:
    """No issue named: the earliest stated date, as before (a republished record keeps its first)."""
    found = _page(f"<h1>{HEADLINE}</h1>{_TEXT}", head=_journal(issue=False))
    assert _value(found.published) == dt.date(2019, 12, 30)


# --- A head title naming only the page's kind ---------------------------------------------------------------
_PROGRAMME = "Программа XII научной конференции «Геология и недропользование Сибири»"


def test_generic_head_title_yields_to_the_h1() -> None:
    head = (
        '<meta property="og:title" content="Программа конференции">'
        '<meta property="og:site_name" content="ГеоСиб">'
    )
    found = _page(
        f"<h1>{_PROGRAMME}</h1><p>Версия от 09.01.2020</p>", head=head, title="Программа конференции — ГеоСиб"
    )
    assert found.title == _PROGRAMME


def test_generic_of_heading_leaves_headlines_and_near_repeats() -> None:
    h1 = ["программа xii научной конференции геология и недропользование сибири"]
    assert _generic_of_heading("программа конференции", h1)
    assert not _generic_of_heading("программа конференции", ["программа конференции геосиб"])
    assert not _generic_of_heading("программа секции геологии", h1)  # a word the h1 lacks
    assert not _generic_of_heading(
        "сейм одобрил повышение зарплаты", ["сейм одобрил повышение зарплаты до 500 евро"]
    )
