"""Rules added for the sixty-third held-out batch (docs/benchmarks.md, "Sixty-third batch"), each on small
strings, with what each must leave alone: a story's date line that counts back from the moment it was
served ("2 часа назад", "3 дня назад", "5 hours ago") dates a page nothing else dates, counted from the
response's ``Date`` header (without it, no day); a byline whose writer is a link to
an author's page (``/author/<slug>/``, ``/authors/<id>``) or an element classed as the author's, or is
labelled with the Russian "Текст:", names the page's author.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract_batch import names
from tests.extract_rules_harness import TODAY, story, value

_PARA = "<p>Первый абзац новости, достаточно длинный, чтобы его прочитали как текст статьи.</p>"


#: The response's Date header: served at 12:15 GMT on the runner's "today".
_SERVED = {"Date": "Sat, 30 Nov 2024 12:15:00 GMT"}


def _ago(line: str, headers: dict[str, str] | None = _SERVED, *, lang: str = "ru") -> dt.date | None:
    byline = f"<div class='info'><span>{line}</span><span>3 208</span></div>"
    return value(story("Заголовок новости", byline, _PARA, lang=lang, headers=headers).published)


# --- a count back from the moment the page was served ---
@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("2 часа назад", "ru", TODAY),
        ("15 минут назад", "ru", TODAY),
        ("1 час назад", "ru", TODAY),
        ("3 дня назад", "ru", dt.date(2024, 11, 27)),
        ("1 день назад", "ru", dt.date(2024, 11, 29)),
        ("5 hours ago", "en", TODAY),
        ("2 days ago", "en", dt.date(2024, 11, 28)),
    ],
)
def test_a_count_back_dates_the_page_from_the_date_header(line: str, lang: str, day: dt.date) -> None:
    assert _ago(line, lang=lang) == day


def test_a_count_of_hours_crosses_midnight_by_the_date_header() -> None:
    # served at 01:15 GMT on the 30th: five hours before is the 29th
    assert _ago("5 часов назад", {"Date": "Sat, 30 Nov 2024 01:15:00 GMT"}) == dt.date(2024, 11, 29)
    assert _ago("5 часов назад", {"Date": "Sat, 30 Nov 2024 12:15:00 GMT"}) == TODAY


def test_without_the_moment_the_page_was_served_a_count_names_no_day() -> None:
    assert _ago("2 часа назад", None) is None
    assert _ago("3 дня назад", {"Content-Type": "text/html"}) is None
    # a cached copy's header a month old is not the fetch's moment
    assert _ago("3 дня назад", {"Date": "Wed, 30 Oct 2024 12:00:00 GMT"}) is None


@pytest.mark.parametrize(
    "line",
    [
        "Это случилось 2 года назад",  # a sentence, and years
        "Обновлено 2 часа назад",  # an update, not the publication
        "Мост закрыли 3 дня назад, сообщили в мэрии",  # a sentence
    ],
)
def test_a_count_back_in_a_sentence_or_an_update_dates_nothing(line: str) -> None:
    assert _ago(line) is None


def test_a_count_back_yields_to_a_stated_date() -> None:
    head = '<meta property="article:published_time" content="2020-01-09T14:35:00+03:00">'
    found = story(
        "Заголовок", "<div><span>2 часа назад</span></div>", _PARA, head=head, lang="ru", headers=_SERVED
    )
    assert value(found.published) == dt.date(2020, 1, 9)


# --- an author marked by a link to the author's page or by a class ---
def _authors(byline: str) -> list[str | None]:
    return names(story("Заголовок новости", f"<div class='meta'>{byline}</div>", _PARA, lang="ru"))


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ('<a href="/authors/elena-sokolova">Елена Соколова</a>', ["елена соколова"]),
        ('<a href="https://site.example/author/jane-doe/">Jane Doe</a>', ["jane doe"]),
        (
            '<a class="links__item-link" href="/author/milica-jovanovic/ptpqv">Milica Jovanović</a>',
            ["milica jovanović"],
        ),
        (
            '<a href="/authors/1">Анна Петрова</a>, <a href="/authors/2">Иван Орлов</a>',
            ["анна петрова", "иван орлов"],
        ),
        ('<span class="author">Айпери Токтосунова</span>', ["айпери токтосунова"]),
        ('<span class="article__author-name">Ольга Чобану</span>', ["ольга чобану"]),
        ('<div class="author__name">Jane Doe</div>', ["jane doe"]),
        ("<p>Текст: Мария Лебедева</p>", ["мария лебедева"]),
    ],
)
def test_a_marked_author_is_the_pages(byline: str, names: list[str]) -> None:
    assert _authors(byline) == names


@pytest.mark.parametrize(
    "byline",
    [
        '<a href="/authors/elena-sokolova">Все материалы автора</a>',  # a link's words, not a name
        '<span class="author-bio">Елена Соколова</span>',  # a bio's class, not the name's
        '<a href="/author-guidelines/">Правила для авторов</a>',  # not an author's page
        "<p>Текст: полностью читайте на сайте</p>",  # the label before words
    ],
)
def test_what_is_not_a_marked_author_names_no_one(byline: str) -> None:
    assert _authors(byline) == []
