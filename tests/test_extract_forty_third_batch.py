"""Rules added for the forty-third held-out batch (docs/benchmarks.md, "Forty-third batch"), each on small
strings, with what each must leave alone: WordPress's ``entry-date`` classed ``updated`` as the publication,
a JSON-LD ``CorrectionComment`` as the modification, an Astro island's Date props, a head title selling the
thing a short h1 names, a premiere's label, visitors' reviews and a ``<cite>``'s dates, and a copyright
holder that a link or a credit line names alone.
"""

from __future__ import annotations

import datetime as dt
import json

from linkcheck.extract import extract_metadata
from linkcheck.extract.core import _premiere_label, _sells_heading, _user_reviews
from linkcheck.models import Metadata, TitleCandidate

TODAY = dt.date(2024, 11, 30)
JAN_9 = dt.date(2020, 1, 9)
JAN_10 = dt.date(2020, 1, 10)
URL = "https://news.example.org/item/5120"


def _page(
    body: str, *, lang: str = "ru", head: str = "", title: str = "Заголовок | Сайт", url: str = URL
) -> Metadata:
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}'
        f"</head><body>{body}</body></html>"
    )
    return extract_metadata(html, url, today=TODAY)


def _value(found: object) -> dt.date | None:
    return None if found is None else found.value  # type: ignore[attr-defined]


def _dates(found: Metadata) -> tuple[dt.date | None, dt.date | None]:
    return _value(found.published), _value(found.modified)


_TEXT = "<p>Текст новости о городе, в котором открыли новый каток на крыше торгового центра.</p>"


# --- WordPress's entry-date classed "updated" ------------------------------------------------------------
def test_entry_date_classed_updated_is_the_publication() -> None:
    """tagDiv's Newspaper prints the publication as ``<time class="entry-date updated td-module-date">``."""
    found = _page(
        '<article><h1 class="entry-title">Заголовок</h1><span class="td-post-date">'
        '<time class="entry-date updated td-module-date" datetime="2020-01-09T14:05:12+00:00">'
        "09.01.2020</time>"
        f"</span>{_TEXT}</article>"
    )
    assert _dates(found) == (JAN_9, None)


def test_updated_class_apart_from_the_entry_date_is_still_the_update() -> None:
    """A theme that prints both (``entry-date published`` and ``updated``) is read as before."""
    found = _page(
        '<article><h1 class="entry-title">Заголовок</h1><div class="entry-meta">'
        '<time class="entry-date published" datetime="2020-01-09T14:05:00+03:00">09.01.2020</time> '
        '<time class="updated" datetime="2020-01-10T09:30:00+03:00">10.01.2020</time>'
        f"</div>{_TEXT}</article>"
    )
    assert _dates(found) == (JAN_9, JAN_10)


# --- a JSON-LD CorrectionComment ---------------------------------------------------------------------------
def _ld(node: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(node, ensure_ascii=False)}</script>'


_ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Заголовок"}


def test_correction_comment_dates_the_modification() -> None:
    node = {
        **_ARTICLE,
        "datePublished": "2020-01-09T14:05:00+03:00",
        "correction": {
            "@type": "CorrectionComment",
            "text": "В первой версии была ошибка.",
            "datePublished": "2020-01-10T09:30:00+03:00",
        },
    }
    assert _dates(_page(f"<h1>Заголовок</h1>{_TEXT}", head=_ld(node))) == (JAN_9, JAN_10)


def test_correction_as_text_or_beside_date_modified_leaves_it_alone() -> None:
    """A correction of text alone dates nothing; a stated ``dateModified`` is the modification."""
    text_only = {**_ARTICLE, "datePublished": "2020-01-09T14:05:00+03:00", "correction": "Исправлено."}
    assert _dates(_page(f"<h1>Заголовок</h1>{_TEXT}", head=_ld(text_only))) == (JAN_9, None)
    both = {
        **_ARTICLE,
        "datePublished": "2020-01-09T14:05:00+03:00",
        "dateModified": "2020-01-12T10:00:00+03:00",
        "correction": {"@type": "CorrectionComment", "datePublished": "2020-01-10T09:30:00+03:00"},
    }
    assert _dates(_page(f"<h1>Заголовок</h1>{_TEXT}", head=_ld(both))) == (JAN_9, dt.date(2020, 1, 12))


# --- an Astro island's Date props -------------------------------------------------------------------------
def _island(props: str) -> str:
    return (
        '<astro-island uid="1kq9Zt" component-url="/_astro/Meta.js" component-export="default" '
        f'props="{props}" ssr client="only"></astro-island>'
    )


_OG = '<meta property="og:title" content="Заголовок новости о городе">'


def test_astro_island_date_props_date_the_page() -> None:
    props = (
        "{&quot;publishedAt&quot;:[3,&quot;2020-01-09T08:05:00.000Z&quot;],"
        "&quot;updatedAt&quot;:[3,&quot;2020-01-10T03:30:00.000Z&quot;],&quot;author&quot;:[0,&quot;Имя&quot;]}"
    )
    found = _page(f"<h1>Заголовок новости о городе</h1>{_island(props)}{_TEXT}", head=_OG)
    assert _dates(found) == (JAN_9, JAN_10)


def test_astro_island_without_date_props_dates_nothing() -> None:
    """A clock island's ``now`` and a date written as a plain string (type 0) are not the page's."""
    props = (
        "{&quot;now&quot;:[3,&quot;2024-11-30T06:40:00.000Z&quot;],"
        "&quot;publishedAt&quot;:[0,&quot;2020-01-09&quot;]}"
    )
    found = _page(f"<h1>Заголовок новости о городе</h1>{_island(props)}{_TEXT}", head=_OG)
    assert _dates(found) == (None, None)


# --- a head title selling what a short h1 names -------------------------------------------------------------
def test_head_titles_selling_the_h1_yield_to_it() -> None:
    found = _page(
        "<h1>Вишнёвый сад</h1><p>Комедия в четырёх действиях.</p>",
        title="Спектакль «Вишнёвый сад» — афиша и билеты | Театр",
        head='<meta property="og:title" content="«Вишнёвый сад» — купить билеты">'
        '<meta property="og:site_name" content="Театр">',
    )
    assert found.title == "Вишнёвый сад"


def _cands(h1: str) -> list[TitleCandidate]:
    return [TitleCandidate(h1, "h1")]


def test_sells_heading_shapes() -> None:
    assert _sells_heading("Кафе «Самовар» на Советской, Тверь: отзывы, меню", _cands("Самовар"))
    assert _sells_heading("«Вишнёвый сад» — купить билеты", _cands("Вишнёвый сад"))
    # a headline quoting the name after other words, a long h1, the name alone in quotes: left alone
    assert not _sells_heading("Тверской театр покажет «Вишнёвый сад»", _cands("Вишнёвый сад"))
    assert not _sells_heading("«Театр на крыше открыл сезон» — купить", _cands("Театр на крыше открыл сезон"))
    assert not _sells_heading("«Самовар»", _cands("Самовар"))
    assert not _sells_heading("Кафе Самовар на Советской", _cands("Самовар"))


# --- a premiere's label -------------------------------------------------------------------------------------
def test_premiere_label_is_not_the_page_date() -> None:
    found = _page(
        "<h1>Вишнёвый сад</h1><ul><li>Премьера: 9 января 2020</li><li>Большая сцена</li></ul>"
        "<p>Спектакль о людях, которые не умеют прощаться, идёт на большой сцене театра.</p>"
    )
    assert _dates(found) == (None, None)
    assert _premiere_label("премьера: ")
    assert _premiere_label("дата премьеры ")
    assert _premiere_label("premiered on ")


def test_premiere_word_in_a_sentence_or_other_labels_left_alone() -> None:
    assert not _premiere_label("премьера фильма прошла в кинотеатре ")
    found = _page(
        "<h1>Заголовок</h1><div>Опубликовано: 9 января 2020</div>"
        "<p>Премьера спектакля пройдёт в театре, сообщили организаторы.</p>"
    )
    assert _dates(found) == (JAN_9, None)


# --- visitors' reviews and a <cite>'s dates -----------------------------------------------------------------
def test_review_list_and_cite_dates_are_not_the_page() -> None:
    found = _page(
        "<h1>Самовар</h1><p>Кафе русской кухни на Советской улице в центре Твери.</p>"
        '<section class="firm__reviews"><h2>Отзывы</h2><div class="review"><span>20 ноября 2024</span>'
        "<p>Вкусно.</p></div></section>"
        "<blockquote>«Светлая премьера» <cite>— «Тверская неделя», 15 января 2020</cite></blockquote>"
    )
    assert _dates(found) == (None, None)
    assert _user_reviews("firm__reviews")
    assert _user_reviews("otzyvy-list")


def test_a_critic_review_and_plain_text_dates_left_alone() -> None:
    """A critic's review (``review-body``, singular) is an article: its byline dates it."""
    assert not _user_reviews("review-body")
    assert not _user_reviews("article")
    found = _page(
        '<article class="review"><h1>Заголовок</h1><p class="byline">9 января 2020</p>'
        f'<div class="review-body">{_TEXT}</div></article>'
    )
    assert _dates(found) == (JAN_9, None)


# --- a copyright holder named alone by a link or a credit line --------------------------------------------
_STORY = "<h1>На Салтівку повернули трамвай</h1><p>Трамвай знову курсує від центру до Салтівки.</p>"


def test_copyright_holder_named_by_a_credit_line_or_a_home_link() -> None:
    credit = _page(
        f"<article>{_STORY}<footer><aside>Харківський час — новини Харкова</aside>"
        "<small>© 2020 Харківський час</small></footer></article>",
        lang="uk",
        title="На Салтівку повернули трамвай",
        url="https://kharkiv.example.com.ua/news/2020/01/09/tram",
    )
    assert credit.site_name == "Харківський час"
    link = _page(
        '<div><p><a href="https://observer.example.am/">Ереванский обозреватель</a></p></div>'
        f"{_STORY}<p>© 2020 Ереванский обозреватель. Проект сделан на конструкторе</p>",
        title="На Салтівку повернули трамвай",
        url="https://project.observer.example.am/",
    )
    assert link.site_name == "Ереванский обозреватель"


def test_copyright_line_alone_names_no_site() -> None:
    """The line alone (a parent company, an agency), or a notice without a holder: no site name."""
    alone = _page(
        f"{_STORY}<footer><small>© 2020 Медиахолдинг Восток</small></footer>",
        title="На Салтівку повернули трамвай",
        url="https://kharkiv.example.com.ua/news/2020/01/09/tram",
    )
    assert alone.site_name is None
    rights = _page(
        f"{_STORY}<p>© 2020. Все права защищены</p><p>Все права защищены</p>",
        title="На Салтівку повернули трамвай",
        url="https://kharkiv.example.com.ua/news/2020/01/09/tram",
    )
    assert rights.site_name is None
