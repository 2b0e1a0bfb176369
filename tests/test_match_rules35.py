"""Rules of the thirty-fifth held-out matching batch (docs/benchmarks.md, "Thirty-fifth batch"), each on
small strings with what it must leave alone: Malagasy ``tsy`` and Luxembourgish ``net`` after a verb as
negations; won or lost in Kinyarwanda and Swahili (the passive is the loss); a referendum's yes or no in
Kazakh and Kyrgyz; Setswana, Sesotho and Swahili deputies; Cuba and Venezuela in the table of states."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.match import (
    _deputy_dropped,
    _negated,
    _opposites_conflict,
    _state_of,
    _two_states,
    match_citation,
    title_score,
)
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()


def _findings(cited: str, page: str) -> dict[str, str]:
    url = "https://www.example-gazette.net/news/2024/06/12/story-35117"
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 6, 12), "opengraph"),
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 6, 12))
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


# --- Negations: Malagasy tsy, Luxembourgish net after a verb ------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Tsy nankatoavin'ny Antenimierampirenena ny tetibola",
        "D'Regierung ass net zefridden",
        "De Budget gëtt net gestëmmt",
        "D'Schoul huet net opgemaach",
    ],
)
def test_malagasy_and_luxembourgish_negations(title: str) -> None:
    assert _negated(fold(title))


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Tsy lany ho ben'ny tanàna Antsirabe i Rakoto", "Lany ho ben'ny tanàna Antsirabe i Rakoto"),
        ("D'Chamber ass net mam Budget averstanen", "D'Chamber ass mam Budget averstanen"),
    ],
)
def test_a_negation_added_is_another_story(cited: str, page: str) -> None:
    assert title_score(cited, page) <= 0.75
    assert "title_mismatch" in _findings(cited, page)


@pytest.mark.parametrize(
    "title",
    [
        "UK net migration falls to 685,000",
        "Net zero target delayed by five years",
        "Bank posts net loss as costs rise",
        "Tsyganov wins the final",
        "Ass kicks off the season",
    ],
)
def test_english_net_and_words_beside_tsy_are_left_alone(title: str) -> None:
    assert not _negated(fold(title))


def test_english_net_dropped_is_no_negation_conflict() -> None:
    cited = "UK net migration falls to its lowest level in a decade"
    page = "UK migration falls to its lowest level in a decade"
    assert not _negated(fold(cited))
    assert not _negated(fold(page))
    assert _findings(cited, page).get("title_mismatch") != "fail"


# --- Won or lost: Kinyarwanda and Swahili passives ----------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Paul Kagame yatsinzwe amatora", "Paul Kagame yatsinze amatora"),
        ("Rayon Sports yatsinze APR", "Rayon Sports yatsinzwe APR"),
        ("Yanga ameshindwa mechi ya ligi", "Yanga ameshinda mechi ya ligi"),
    ],
)
def test_won_against_lost(a: str, b: str) -> None:
    assert _opposites_conflict(fold(a), fold(b))


def test_the_passive_for_the_active_is_another_story() -> None:
    cited = "Paul Kagame yatsinzwe amatora ku majwi 99,18%"
    page = "Paul Kagame yatsinze amatora ku majwi 99,18%"
    assert "title_mismatch" in _findings(cited, page)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kagame yatsinze amatora", "Kagame yatsinze amatora y'umukuru w'igihugu"),
        ("Yanga ameshinda na Simba ameshindwa", "Simba ameshindwa na Yanga ameshinda"),
    ],
)
def test_the_same_outcome_or_both_are_left_alone(a: str, b: str) -> None:
    assert not _opposites_conflict(fold(a), fold(b))


# --- Yes or no in a referendum --------------------------------------------------------------------------


def test_yes_against_no() -> None:
    cited = "АЭС салу жөніндегі референдумда 71 пайыз «жоқ» деп дауыс берді"
    page = "АЭС салу жөніндегі референдумда 71 пайыз «иә» деп дауыс берді"
    assert _opposites_conflict(fold(cited), fold(page))
    assert "title_mismatch" in _findings(cited, page)
    assert _opposites_conflict(
        fold("Референдумда 60 пайыз «ооба» деди"), fold("Референдумда 60 пайыз «жок» деди")
    )


def test_the_same_answer_is_left_alone() -> None:
    title = "АЭС салу жөніндегі референдумда 71 пайыз «иә» деп дауыс берді"
    assert not _opposites_conflict(fold(title), fold(title))
    assert "title_mismatch" not in _findings(title, title)


# --- Deputies: Setswana, Sesotho, Swahili ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        (
            "Duma Boko o ikanisitswe jaaka Motlatsa Tautona wa Botswana",
            "Duma Boko o ikanisitswe jaaka Tautona wa Botswana",
        ),
        ("Samia Suluhu Hassan aapishwa kuwa Naibu Rais", "Samia Suluhu Hassan aapishwa kuwa Rais"),
        ("Matekane o khethiloe Motlatsi Tonakholo", "Matekane o khethiloe Tonakholo"),
    ],
)
def test_a_deputy_for_the_office_itself(cited: str, page: str) -> None:
    assert _deputy_dropped(cited, page)
    assert "title_mismatch" in _findings(cited, page)


def test_a_deputy_in_both_or_dropped_with_its_office_is_left_alone() -> None:
    assert not _deputy_dropped("Naibu Rais azuru Dodoma", "Naibu Rais azuru Dodoma leo")
    assert not _deputy_dropped(
        "Motlatsa Tautona o etetse Francistown", "Motlatsa Tautona o etetse Francistown"
    )
    assert not _deputy_dropped(
        "Motlatsa Tautona Tsogwane o etetse Francistown", "Tsogwane o etetse Francistown"
    )


# --- Cuba and Venezuela ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("Caracas", "Havana"),
        ("Cuba", "Venezuela"),
        ("Гавану", "Каракас"),
        ("Venezuela", "Russia"),
        ("Habana", "Moscow"),
    ],
)
def test_cuba_and_venezuela_are_two_states(x: str, y: str) -> None:
    assert _two_states(x, y)


@pytest.mark.parametrize(("x", "y"), [("Cuba", "Havana"), ("Cuban", "La Habana"), ("Venezuelan", "Caracas")])
def test_one_state_in_two_words(x: str, y: str) -> None:
    assert _state_of(fold(x)) == _state_of(fold(y.split()[-1])) >= 0


@pytest.mark.parametrize("word", ["гавань", "гавани", "Кубы", "Kuba", "Cubs"])
def test_words_beside_cuba_are_left_alone(word: str) -> None:
    assert _state_of(fold(word)) < 0


def test_another_capital_in_a_title_of_names_fails() -> None:
    cited = "Russian frigate Admiral Gorshkov, submarine Kazan arrive in Caracas"
    page = "Russian frigate Admiral Gorshkov, submarine Kazan arrive in Havana"
    assert _findings(cited, page) == {"title_mismatch": "fail"}
