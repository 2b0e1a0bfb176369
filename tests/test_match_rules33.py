"""Rules of the thirty-third held-out matching batch (docs/benchmarks.md, "Thirty-third batch"), each on
small strings with what it must leave alone: the Baltic states in the table of states; Hebrew names of
states, read with the letters Hebrew joins before a word, and the table alone naming two states in a script
without capitals; two initialisms for each other; Slovene, Czech and Slovak adverbs of the n-th time as
numbers; a deputy's office cited as the office itself."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.match import (
    _caseless,
    _deputy_dropped,
    _hebrew_stems,
    _name_swap,
    _numerals,
    _one_state,
    _state_of,
    _title_words,
    _two_initialisms,
    _two_states,
    match_citation,
    title_score,
)
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()


def _findings(cited: str, page: str) -> dict[str, str]:
    url = "https://www.example-herald.net/news/2024/06/12/story-40817"
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 6, 12), "opengraph"),
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 6, 12))
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


# --- The Baltic states ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("Latvijos", "Lietuvos"),
        ("Литвы", "Латвии"),
        ("Estonia", "Latvia"),
        ("Tallinn", "Rīga"),
        ("Eesti", "Leedu"),
    ],
)
def test_two_baltic_states(x: str, y: str) -> None:
    assert _two_states(x, y)


@pytest.mark.parametrize(
    ("x", "y"), [("Lietuva", "Vilniaus"), ("Латвия", "Риге"), ("Eesti", "Tallinna"), ("Lithuanian", "Литва")]
)
def test_one_baltic_state_in_two_words(x: str, y: str) -> None:
    assert _one_state(fold(x), fold(y))


@pytest.mark.parametrize("word", ["Литвиненко", "Rigatoni", "Rigby", "Litvak", "Estrada", "Latino"])
def test_words_beside_the_baltic_states_are_left_alone(word: str) -> None:
    assert _state_of(fold(word)) == -1


def test_another_baltic_state_fails() -> None:
    page = "Seimas pritarė Lietuvos gynybos planui"
    assert _findings("Seimas pritarė Latvijos gynybos planui", page) == {"title_mismatch": "fail"}
    assert _findings(page, page) == {}


# --- Hebrew names of states, in a script without capitals ------------------------------------------------


def test_hebrew_stems_drop_joined_prepositions() -> None:
    assert _hebrew_stems("ובביירות") == ("ובביירות", "בביירות", "ביירות")
    assert _hebrew_stems("בטהרן") == ("בטהרן", "טהרן")
    assert _hebrew_stems("טהרן") == ("טהרן",)  # ט joins nothing
    assert _hebrew_stems("בית") == ("בית",)  # what is left would be two letters


def test_hebrew_states_with_their_prepositions() -> None:
    assert _two_states("בטהרן", "בדמשק")
    assert _two_states("מרוסיה", "לאוקראינה")
    assert _one_state(fold("בטהרן"), fold("איראן"))
    assert _one_state(fold("הקרמלין"), fold("מוסקבה"))


@pytest.mark.parametrize("word", ["דוחה", "הודו", "בחיפה", "בית", "שלום"])
def test_hebrew_words_the_table_lacks_are_left_alone(word: str) -> None:
    assert _state_of(fold(word)) == -1


def test_caseless_words() -> None:
    assert _caseless("בביירות")
    assert _caseless("ঢাকা")
    assert not _caseless("Beirut")
    assert not _caseless("beirut")


def test_latin_words_in_lower_case_still_name_no_state() -> None:
    assert not _two_states("iran", "iraq")  # case tells, where the script has it
    assert not _two_states("בחיפה", "בביירות")  # Haifa is no state's name


def test_another_city_in_hebrew_fails() -> None:
    page = "דובר הצבא: תקיפה אווירית בדמשק הלילה"
    cited = "דובר הצבא: תקיפה אווירית בביירות הלילה"
    assert _name_swap(cited, page, (), ()) == ("name", "בביירות", "בדמשק")
    assert _findings(cited, page) == {"title_mismatch": "fail"}


def test_another_hebrew_word_is_no_name_swap() -> None:
    page = "דובר הצבא: תקיפה אווירית בדמשק הלילה"
    assert _name_swap("דובר הצבא: תקיפה אווירית בצפון הלילה", page, (), ()) is None


# --- Two initialisms --------------------------------------------------------------------------------------


def test_two_initialisms() -> None:
    a = _title_words("Сонгуульд АН 42 суудал авлаа")
    b = _title_words("Сонгуульд МАН 42 суудал авлаа")
    assert _two_initialisms("АН", "МАН", a, b)
    assert not _two_initialisms("АН", "Монгол", a, b)  # one initialism for a word


def test_another_party_by_its_initials_fails() -> None:
    page = "На выборах в Хурал МАН получила 68 мандатов"
    cited = "На выборах в Хурал АН получила 68 мандатов"
    assert _name_swap(cited, page, (), ()) == ("name", "АН", "МАН")
    assert _findings(cited, page) == {"title_mismatch": "fail"}


def test_two_spellings_of_one_initialism_are_left_alone() -> None:
    swap = _name_swap(
        "Senate backs US aid package for allies", "Senate backs USA aid package for allies", (), ()
    )
    assert swap is None or swap[0] != "name"


def test_a_title_in_capitals_is_left_alone() -> None:
    a = _title_words("ELECTION: AN WINS 68 SEATS")
    b = _title_words("ELECTION: MAN WINS 68 SEATS")
    assert not _two_initialisms("AN", "MAN", a, b)


# --- Adverbs of the n-th time -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("drugič", "2"),
        ("tretjič", "3"),
        ("podruhé", "2"),
        ("potřetí", "3"),
        ("druhýkrát", "2"),
        ("tretíkrát", "3"),
    ],
)
def test_adverbs_of_the_nth_time_are_numbers(word: str, number: str) -> None:
    assert _numerals(fold(f"Ekipa je {word} osvojila pokal")).split()[2] == f"{number}x"


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        (
            "Olimpija je v Ljubljani drugič osvojila slovenski pokal",
            "Olimpija je v Ljubljani tretjič osvojila slovenski pokal",
        ),
        (
            "Sparta Praha podruhé za sebou vyhrála českou fotbalovou ligu",
            "Sparta Praha potřetí za sebou vyhrála českou fotbalovou ligu",
        ),
        (
            "Slovan Bratislava druhýkrát za sebou vyhral slovenskú futbalovú ligu",
            "Slovan Bratislava tretíkrát za sebou vyhral slovenskú futbalovú ligu",
        ),
    ],
)
def test_another_time_is_another_story(cited: str, page: str) -> None:
    assert title_score(cited, page) <= 0.75
    assert "title_mismatch" in _findings(cited, page)


def test_the_same_time_or_none_is_left_alone() -> None:
    page = "Olimpija je tretjič osvojila pokal"
    assert _findings(page, page) == {}
    assert title_score("Olimpija je osvojila pokal", page) > 0.75  # the adverb dropped: one side's number
    assert _numerals(fold("Drugi kandydat wycofał się")) == fold(
        "Drugi kandydat wycofał się"
    )  # Polish "other"


# --- A deputy's office cited as the office itself ---------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Kamala Harris sworn in as president", "Kamala Harris sworn in as vice president"),
        ("Путин назначил нового премьера", "Путин назначил нового вице-премьера"),
        ("Sánchez nombra presidente a su ministra", "Sánchez nombra vicepresidente a su ministra"),
        ("உதயநிதி ஸ்டாலின் முதலமைச்சராக பதவியேற்றார்", "உதயநிதி ஸ்டாலின் துணை முதலமைச்சராக பதவியேற்றார்"),
        (
            "Cumhurbaşkanı Yılmaz Bakü'de temaslarda bulundu",
            "Cumhurbaşkanı Yardımcısı Yılmaz Bakü'de temaslarda bulundu",
        ),
    ],
)
def test_a_deputy_for_the_office_itself(cited: str, page: str) -> None:
    assert _deputy_dropped(cited, page)
    assert _deputy_dropped(page, cited)
    assert title_score(cited, page) <= 0.75


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Dowden resigns after by-election defeats", "Deputy PM Dowden resigns after by-election defeats"),
        ("Vice-President Harris visits Manila", "Vice President Harris visits Manila"),
        ("Vicepresident Harris visits Manila", "Vice President Harris visits Manila"),
        ("Путин заметил рост цен", "Путин сказал о росте цен"),
        ("Vice President Harris visits Manila", "Vice President Harris visits Manila today"),
    ],
)
def test_deputies_in_both_or_the_office_dropped_are_left_alone(cited: str, page: str) -> None:
    assert not _deputy_dropped(cited, page)


def test_a_deputy_dropped_is_reported_and_kept_matches() -> None:
    page = "Kamala Harris sworn in as vice president of the United States"
    assert "title_mismatch" in _findings("Kamala Harris sworn in as president of the United States", page)
    assert _findings(page, page) == {}
