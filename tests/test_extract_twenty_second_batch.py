"""Rules added for the twenty-second held-out batch (docs/benchmarks.md, "Twenty-second batch": the biggest
publishers' 2024 templates), each on small HTML strings, with what each must leave alone: a dated correction
note at the end of a story whose head states only the publication is the page's modification."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract.core import _correction_note, _starts_note
from tests.test_extract_calendars_zones import _dates, _page

HEAD = (
    '<title>Story - Site</title><meta property="article:published_time" content="2024-11-28T20:05:00+02:00">'
)
STORY = "<h1>Story</h1><p>28 November 2024</p>" + "<p>Text of the story, a sentence long enough.</p>" * 40


def _story(note: str, lang: str = "en") -> str:
    return _page(HEAD, f"{STORY}{note}<aside><h3>Related</h3><p>A story of 3 December 2024</p></aside>", lang)


# --- a dated correction note -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("<p><em>This article was amended on 29 November 2024. An earlier version said ...</em></p>", "en"),
        ("<p>Correction: Nov. 29, 2024 — An earlier version of this article misstated ...</p>", "en"),
        ("<p><b>Correction</b>: 29 November 2024. The story has been corrected to ...</p>", "en"),
        ("<p>The report gave a wrong figure. This story has been corrected on 29 November 2024.</p>", "en"),
        ("<p><i>Исправлено 29 ноября 2024 года: в первой версии текста ...</i></p>", "ru"),
        ("<p>Исправление от 29.11.2024: ранее в заметке ...</p>", "ru"),
        ("<p>Korrektur vom 29. November 2024: In einer früheren Version ...</p>", "de"),
        ("<p>Rectificatif du 29 novembre 2024 : une version précédente ...</p>", "fr"),
        ("<p>Corregido el 29 de noviembre de 2024: una versión anterior ...</p>", "es"),
    ],
)
def test_a_dated_correction_note_is_the_modification(note: str, lang: str) -> None:
    assert _dates(_story(note, lang)) == (dt.date(2024, 11, 28), dt.date(2024, 11, 29))


@pytest.mark.parametrize(
    "note",
    [
        # Prose: a thing corrected or amended on a day is not a note on the page.
        "<p>The ministry said the figures were corrected on 29 November 2024 after an audit.</p>",
        "<p>The law, as amended on 29 November 2024, applies to all.</p>",
        "<p>Правительство сообщило, что ошибка исправлена 29 ноября 2024 года.</p>",
        # A label without a date right after it; a footer's link to the corrections page.
        "<p>Correction: an earlier version of this story misstated the date of 29 November 2024.</p>",
        '<footer><a href="/corrections">Corrections</a>, 29 November 2024</footer>',
        # A JSON field of that name in a script.
        '<script>var s={"correction":"2024-11-29"};</script>',
    ],
)
def test_what_is_not_a_correction_note(note: str) -> None:
    assert _dates(_story(note, "ru" if "ошибка" in note else "en")) == (dt.date(2024, 11, 28), None)


def test_a_correction_before_the_publication_or_after_tomorrow_is_left() -> None:
    early = _story("<p><em>This article was amended on 27 November 2024.</em></p>")
    assert _dates(early) == (dt.date(2024, 11, 28), None)
    later = _story("<p><em>This article was amended on 3 December 2024.</em></p>")
    assert _dates(later) == (dt.date(2024, 11, 28), None)


def test_the_head_s_modification_comes_first() -> None:
    head = HEAD + '<meta property="article:modified_time" content="2024-11-30T09:00:00+02:00">'
    page = _page(head, f"{STORY}<p><em>This article was amended on 29 November 2024.</em></p>")
    assert _dates(page) == (dt.date(2024, 11, 28), dt.date(2024, 11, 30))


def test_the_correction_note_function() -> None:
    h1 = "<h1>Story</h1><p>Text.</p>"
    assert _correction_note(f"{h1}<p>Исправлено 29 ноября 2024 года</p>", "ru") == dt.date(2024, 11, 29)
    assert _correction_note(f"{h1}<p>Correction: 2024-11-29</p>", "en-GB") == dt.date(2024, 11, 29)
    assert _correction_note(f"{h1}<p>No note here, 29 November 2024.</p>", "en") is None
    assert _correction_note("", None) is None
    # Looked for after the headline's <h1>, within the story's reach, in the page's language.
    assert _correction_note("<p>Correction: 2024-11-29</p><h1>Story</h1>", "en") is None
    assert _correction_note("<p>Correction: 2024-11-29</p>", "en") is None  # no headline
    far = f"{h1}{'<p>Text of the story.</p>' * 1000}<p>Correction: 2024-11-29</p>"
    assert _correction_note(far, "en") is None
    assert _correction_note(f"{h1}<p>Исправлено 29 ноября 2024 года</p>", "en") is None
    assert _correction_note(f"{h1}<p>Rectificatif du 29 novembre 2024</p>", "fr-FR") == dt.date(2024, 11, 29)
    # Where a note may start: an element's start, a sentence's, a bracket; not inside a sentence.
    assert _starts_note("<p>Correction", 3)
    assert _starts_note("Correction", 0)
    assert _starts_note("It was wrong. Correction", 14)
    assert not _starts_note("the figures were corrected", 17)
