"""Rules added for the fourteenth held-out batch (docs/benchmarks.md, "Fourteenth batch"), each on small
strings or HTML, with what each must leave alone: Luxembourgish, Galician, Irish, Afaan Oromo and Basque
months; Basque's year-first genitive dates; Luxembourgish and Basque update labels; Swahili and Slovene error
titles, the Slovene one with a relative clause between commas."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract.dates import find_text_dates
from linkcheck.extract.tables import modified_label
from linkcheck.soft404 import has_error_phrase, is_error_title
from tests.test_extract_calendars_zones import _dates, _page


def _first(text: str) -> dt.date | None:
    return next((value for value, _start, _end in find_text_dates(text)), None)


# --- months of five more languages --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publizéiert den 12. Mäerz 2022 um 14:30 Auer", dt.date(2022, 3, 12)),  # Luxembourgish
        ("3. Abrëll 2021", dt.date(2021, 4, 3)),
        ("12 de xuño de 2022, 14:30", dt.date(2022, 6, 12)),  # Galician
        ("4 de decembro de 2020", dt.date(2020, 12, 4)),
        ("22 Lúnasa 2022", dt.date(2022, 8, 22)),  # Irish
        ("Dé Sathairn, 30 Samhain 2024", dt.date(2024, 11, 30)),
        ("Maxxanfame: Bitootessa 12, 2022", dt.date(2022, 3, 12)),  # Afaan Oromo, month first
        ("Sadaasa 30, 2024", dt.date(2024, 11, 30)),
    ],
)
def test_months_of_five_more_languages(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Meán Fómhair 2022",  # Irish September: two words, and no day
        "12 Fómhair 2022",  # "Fómhair" alone could be September or October: not a month
        "Ik ga mee 2022 keer",  # Dutch "mee" ("along") without a day before it
    ],
)
def test_what_the_new_months_leave_alone(text: str) -> None:
    assert _first(text) is None


# --- Basque dates -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Argitaratua: 2022ko martxoaren 12a, 14:30", dt.date(2022, 3, 12)),
        ("2021eko urriaren 3an", dt.date(2021, 10, 3)),  # "-eko" after some years, "on the 3rd"
        ("2020ko abenduaren 31", dt.date(2020, 12, 31)),
        ("2024ko azaroaren 30a, larunbata", dt.date(2024, 11, 30)),
    ],
)
def test_basque_year_first_genitive_dates(text: str, expected: dt.date | None) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2022ko aurrekontuaren 12 puntuak",  # "of the budget": not a month
        "2022ko martxoaren 45a",  # no such day
        "2022ko martxoa eta apirila",  # the nominative without a day is no date
    ],
)
def test_what_the_basque_dates_leave_alone(text: str) -> None:
    assert _first(text) is None


# --- update labels ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("published", "modified", "head", "lang"),
    [
        (
            "Publizéiert den 5. Juli 2022 um 14:30 Auer",
            "Aktualiséiert den 6. Juli 2022 um 09:10 Auer",
            "Nei Strooss ageweit",
            "lb",
        ),
        ("Argitaratua: 2022ko uztailaren 5a, 14:30", "Eguneratua: 2022ko uztailaren 6a", "Bide berria", "eu"),
        ("5 de xullo de 2022, 14:30", "Actualizado: 6 de xullo de 2022", "Nova estrada", "gl"),
    ],
)
def test_update_labels_of_more_languages(published: str, modified: str, head: str, lang: str) -> None:
    body = f"<h1>{head}</h1><div class='meta'><p>{published}</p><p>{modified}</p></div><p>Text.</p>"
    assert _dates(_page(f"<title>{head}</title>", body, lang)) == (dt.date(2022, 7, 5), dt.date(2022, 7, 6))


@pytest.mark.parametrize("prefix", ["aktualiséiert den ", "eguneratua: ", "eguneratze data: "])
def test_the_new_labels_are_update_labels(prefix: str) -> None:
    assert modified_label(prefix)


@pytest.mark.parametrize(
    "prefix",
    [
        "gune berria: ",  # Basque "new place", no stem
        "argitaratua: ",  # "published"
        "eguneratuko dute ",  # "they will update": a verb, not the label
    ],
)
def test_what_the_new_labels_leave_alone(prefix: str) -> None:
    assert not modified_label(prefix)


# --- error titles -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Samahani! Ukurasa huu haukupatikana.",  # Swahili: "sorry, this page was not found"
        "Ukurasa huu haupatikani | Taifa Leo",
        "Ups! Strani, ki jo iščete, ni mogoče najti.",  # Slovene, the relative clause between commas
        "Stran, ki jo iščete, ne obstaja - 24ur.com",
        "Strani ni bilo mogoče najti",
    ],
)
def test_swahili_and_slovene_error_titles(title: str) -> None:
    assert has_error_phrase(title)
    assert is_error_title(title, ["24ur.com", "Taifa Leo"])


@pytest.mark.parametrize(
    "title",
    [
        "Ukurasa huu una habari za Kenya",  # "this page has news of Kenya"
        "Strani, ki jih iščete, so na voljo v arhivu",  # "the pages you look for are in the archive"
        "Ljubljana, Maribor, Celje: kje najti parkirišče",  # commas, "where to find parking"
        "Police, fire, ambulance: page not found in old directory",  # English words around a phrase
    ],
)
def test_what_the_new_error_titles_leave_alone(title: str) -> None:
    assert not is_error_title(title, ["24ur.com"])
