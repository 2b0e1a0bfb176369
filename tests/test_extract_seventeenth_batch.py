"""Rules added for the seventeenth held-out batch (docs/benchmarks.md, "Seventeenth batch"), each on small
strings or HTML, with what each must leave alone: West Frisian, Romansh (with its "da") and Setswana months;
Assamese months; Uzbek's year-first "2022-yil 12-mart"; month-first dates in the Hebrew script with Yiddish
points and ligatures; West Frisian and Romansh update labels; Catalan error titles; a bot challenge without a
``<title>`` (Imperva's frame); the Spanish and Portuguese "first published" note, and the update a note
states."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.dates import find_text_dates
from linkcheck.extract.tables import label_case, modified_label
from linkcheck.soft404 import has_error_phrase, is_error_title
from tests.test_extract_calendars_zones import TODAY, _dates, _page


def _first(text: str) -> dt.date | None:
    return next((value for value, _start, _end in find_text_dates(text)), None)


# --- months -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publisearre: 12 maaie 2022, 14.30 oere", dt.date(2022, 5, 12)),  # West Frisian
        ("3 febrewaris 2021", dt.date(2021, 2, 3)),
        ("30 novimber 2024", dt.date(2024, 11, 30)),
        ("sonda, 12 da favrer 2022, 14:30", dt.date(2022, 2, 12)),  # Romansh, with "da"
        ("1 da zercladur 2023", dt.date(2023, 6, 1)),
        ("5 matg 2019", dt.date(2019, 5, 5)),  # Romansh without the preposition
        ("12 di òktober 2022", dt.date(2022, 10, 12)),  # Papiamentu's "di" as before
        ("Labotlhano, 12 Phatwe 2022", dt.date(2022, 8, 12)),  # Setswana
        ("1 Sedimonthole 2021", dt.date(2021, 12, 1)),
        ("প্ৰকাশিত: ১২ ফেব্ৰুৱাৰী, ২০২২, ১৪:৩০", dt.date(2022, 2, 12)),  # Assamese, Bengali digits
        ("৫ ডিচেম্বৰ ২০১৯", dt.date(2019, 12, 5)),
        ("১২ মার্চ ২০২২", dt.date(2022, 3, 12)),  # Bengali as before
    ],
)
def test_months_of_four_more_languages(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12 da manhã 2022",  # Portuguese "of the morning": no month after "da"
        "maaie 2022",  # no day
        "12 Phatwe",  # no year
        "12 ফেব্ৰুৱাৰীৰ 2022",  # the month with a suffix letter (ৰ) joined to it: not the month alone
    ],
)
def test_what_the_new_months_leave_alone(text: str) -> None:
    assert _first(text) is None


# --- Uzbek, year first --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-yil 12-mart, 14:30", dt.date(2022, 3, 12)),
        ("2021-yil 5-sentabr", dt.date(2021, 9, 5)),
        ("2022 yil 12 mart", dt.date(2022, 3, 12)),  # hyphens left out
        ("2022 йил 12 март", dt.date(2022, 3, 12)),  # Cyrillic
    ],
)
def test_uzbek_year_first(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2021-yil 28-dekabrdagi qaror",  # the month with a suffix: not read
        "2022-yil 12-son",  # "number 12": no month
        "2022-yillar 12-mart",  # "years": not "yil" and a space
    ],
)
def test_what_the_uzbek_rule_leaves_alone(text: str) -> None:
    assert _first(text) is None


# --- the Hebrew script, month first -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("מאַרץ 12, 2022", dt.date(2022, 3, 12)),  # Yiddish, pasekh alef (a combining mark)
        ("פֿעברואַר 3, 2021", dt.date(2021, 2, 3)),  # rafe over fey
        ("מײַ 5, 2020", dt.date(2020, 5, 5)),  # double-yod ligature and a pasekh
        ("נאָװעמבער 9, 2021", dt.date(2021, 11, 9)),  # double-vav ligature
        ("מערץ 1, 2023", dt.date(2023, 3, 1)),  # YIVO's spelling, unpointed
        ("מרץ 12, 2022", dt.date(2022, 3, 12)),  # Hebrew, month first
        ("12 במרץ 2022", dt.date(2022, 3, 12)),  # Hebrew, day first, as before
    ],
)
def test_hebrew_script_month_first(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "עמוד 12, 2022",  # "page 12": no month
        "אַרטיקל 12, 2022",  # "article 12"
        "מאַרץ 2022",  # no day
    ],
)
def test_what_the_hebrew_rule_leaves_alone(text: str) -> None:
    assert _first(text) is None


# --- update labels ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("prefix", ["Bywurke: ", "bywurke op ", "Actualisà: ", "Actualisaziun: "])
def test_update_labels(prefix: str) -> None:
    assert modified_label(label_case(prefix))


@pytest.mark.parametrize("prefix", ["Publisearre: ", "Publitgà: sonda, ", "Bywurk it ding no ", "Actual: "])
def test_what_the_update_labels_leave_alone(prefix: str) -> None:
    assert not modified_label(label_case(prefix))


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        (
            "fy",
            "<h1>Nije brêge iepene</h1><p>Publisearre: 12 maaie 2022, 14.30 oere</p>"
            "<p>Bywurke: 13 maaie 2022, 09.10 oere</p>",
            (dt.date(2022, 5, 12), dt.date(2022, 5, 13)),
        ),
        (
            "rm",
            "<h1>Nova punt averta</h1><p>Publitgà: sonda, 12 da favrer 2022, 14:30</p>"
            "<p>Actualisà: 13 da favrer 2022, 09:10</p>",
            (dt.date(2022, 2, 12), dt.date(2022, 2, 13)),
        ),
    ],
)
def test_labelled_updates_in_a_byline(lang: str, body: str, expected: tuple[dt.date, dt.date]) -> None:
    html = _page("<title>Headline</title>", body + "<p>Text of the story, long enough.</p>", lang)
    assert _dates(html) == expected


# --- Catalan error titles -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Vaja! No trobem la pàgina que cerqueu",
        "No trobem la pàgina que busques",
        "La pàgina que cerques no existeix",
    ],
)
def test_catalan_error_titles(title: str) -> None:
    assert is_error_title(title) or has_error_phrase(title)


@pytest.mark.parametrize(
    "title",
    [
        "No trobem la pàgina del llibre perdut a l'arxiu de Girona",  # a headline that opens with the words
        "Vaja! Quin partit",  # the interjection alone
    ],
)
def test_what_the_catalan_phrases_leave_alone(title: str) -> None:
    assert not is_error_title(title)


# --- a bot challenge without a <title> ----------------------------------------------------------------------
_DATED_URL = "https://news.example.com/noticias/2022/03/12/nota/123/puente/"
_INCAPSULA = (
    '<html><head><META NAME="ROBOTS" CONTENT="NOINDEX, NOFOLLOW">'
    '<script src="/_Incapsula_Resource?SWJIYLWA=abc"></script></head><body>'
    '<iframe id="main-iframe" src="/_Incapsula_Resource?CWUDNSAI=1">Request unsuccessful. Incapsula incident '
    "ID: 12-34</iframe></body></html>"
)


def test_a_challenge_without_a_title_gives_no_date_of_its_address() -> None:
    meta = extract_metadata(_INCAPSULA, _DATED_URL, today=TODAY)
    assert meta.published is None
    assert meta.title is None


@pytest.mark.parametrize(
    "html",
    [
        # the same frame, but the page has a headline: not a bare challenge
        _INCAPSULA.replace("<body>", "<body><h1>Guayaquil inaugura un puente</h1>"),
        # a bare page without a title and without any challenge's marks
        "<html><head></head><body><p>Some text of the page.</p></body></html>",
    ],
)
def test_what_the_challenge_rule_leaves_alone(html: str) -> None:
    assert extract_metadata(html, _DATED_URL, today=TODAY).published is not None


# --- the first publication a Spanish or Portuguese note states ----------------------------------------------
_HEAD = (
    "<title>Inauguran mercado</title>"
    '<meta property="article:published_time" content="2022-03-14T10:05:00-06:00">'
    '<meta property="article:modified_time" content="2022-03-14T10:05:00-06:00">'
)
_URL = "https://news.example.com/comunitario/inauguran-mercado/"


@pytest.mark.parametrize(
    ("lang", "note", "expected"),
    [
        (
            "es-GT",
            "Esta nota fue publicada originalmente el 12 de marzo de 2022 y actualizada el 14 de marzo de"
            " 2022.",
            (dt.date(2022, 3, 12), dt.date(2022, 3, 14)),
        ),
        # no update stated: the republication is no update of the piece
        (
            "es",
            "Este artículo fue publicado originalmente el 12 de marzo de 2022.",
            (dt.date(2022, 3, 12), None),
        ),
        (
            "pt-BR",
            "Esta matéria foi publicada originalmente em 12 de março de 2022.",
            (dt.date(2022, 3, 12), None),
        ),
        # English, as before, with the update it states
        (
            "en",
            "This article was originally published on March 12, 2022 and updated on March 14, 2022.",
            (dt.date(2022, 3, 12), dt.date(2022, 3, 14)),
        ),
    ],
)
def test_a_note_of_the_first_publication(
    lang: str, note: str, expected: tuple[dt.date, dt.date | None]
) -> None:
    body = f"<h1>Inauguran mercado</h1><p>Texto de la nota.</p><p><em>{note}</em></p>"
    assert _dates(_page(_HEAD, body, lang), _URL) == expected


def test_a_spanish_note_is_read_only_on_a_spanish_or_portuguese_page() -> None:
    note = "Esta nota fue publicada originalmente el 12 de marzo de 2022."
    body = f"<h1>Market opens</h1><p>Text.</p><p><em>{note}</em></p>"
    assert _dates(_page(_HEAD, body, "en"), _URL)[0] == dt.date(2022, 3, 14)


@pytest.mark.parametrize(
    "note",
    [
        # about another text, not this page's
        "El estudio, publicado originalmente el 12 de marzo de 2022, fue revisado.",
        # no date after the words
        "Esta nota fue publicada originalmente en la edición impresa.",
        # a byline's "Publicado el": no note
        "Publicado el 12 de marzo de 2022",
    ],
)
def test_what_the_note_rule_leaves_alone(note: str) -> None:
    body = f"<h1>Inauguran mercado</h1><p>Texto de la nota.</p><p>{note}</p>"
    assert _dates(_page(_HEAD, body, "es"), _URL)[0] == dt.date(2022, 3, 14)
