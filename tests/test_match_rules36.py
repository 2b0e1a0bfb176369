"""Rules of the thirty-sixth held-out matching batch (docs/benchmarks.md, "Thirty-sixth batch"), each on
small strings with what it must leave alone: a capitalised word after another capitalised word (not the
title's first) in a title in no title case is a name; Lesotho, Eswatini and their neighbours in the table of
states; Lingala's number words and the ordinal "first" after a linking word in Lingala and Swahili."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.match import (
    _numbers_conflict,
    _numerals,
    _second_of_name,
    _state_of,
    _two_states,
    match_citation,
)
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()


def _findings(cited: str, page: str) -> dict[str, str]:
    url = "https://www.example-courier.net/news/2024/09/18/story-36118"
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 9, 18), "opengraph"),
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 9, 18))
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


# --- A name's second word in a title of names -----------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        # Sundanese: a regency's kind and name, three of four long words capitalised
        (
            "Banjir ngarendem Cimahi, Kabupatén Sumedang",
            "Banjir ngarendem Cimahi, Kabupatén Bandung",
        ),
        # English: a rank and a surname in a headline of names
        (
            "Navy frigate Admiral Makarov, tanker Volga reach Tartus",
            "Navy frigate Admiral Essen, tanker Volga reach Tartus",
        ),
        # Uzbek: a surname and a city after it (the twenty-ninth batch's known failure, fixed by this rule)
        (
            "Shavkat Mirziyoyev Buxoroda Ilham Aliyev bilan uchrashdi",
            "Shavkat Mirziyoyev Xivada Ilham Aliyev bilan uchrashdi",
        ),
    ],
)
def test_a_name_after_a_name_swapped_fails(cited: str, page: str) -> None:
    assert _findings(cited, page) == {"title_mismatch": "fail"}


@pytest.mark.parametrize(
    ("words", "i"),
    [
        (("Lini", "M", "ngoyagkeun", "Kertasari", "Kabupatén", "Bandung"), 5),
        (("Navy", "frigate", "Admiral", "Essen", "reaches", "Tartus"), 3),
    ],
)
def test_second_of_name_reads_a_name_run(words: tuple[str, ...], i: int) -> None:
    assert _second_of_name(words, i)


@pytest.mark.parametrize(
    ("words", "i"),
    [
        # after the title's first word (a kicker's, a sentence's): German ``Ukraine: Selenskyj``
        (("Ukraine", "Selenskyj", "unterzeichnet", "umstrittenes", "Mobilisierungsgesetz"), 1),
        # after a word in lower case: a German noun after its verb
        (("Bund", "stellt", "Milliarden", "Euro", "für", "Wärmepumpen", "bereit"), 2),
        (("Lini", "M", "ngoyagkeun", "Kertasari", "Kabupatén", "Bandung"), 3),
        # a title in title case, every word capitalised
        (("Navy", "Frigate", "Admiral", "Essen", "Reaches", "Tartus"), 3),
    ],
)
def test_second_of_name_leaves_alone(words: tuple[str, ...], i: int) -> None:
    assert not _second_of_name(words, i)


def test_a_german_noun_and_one_name_in_two_spellings_stay_unfailed() -> None:
    german = _findings(
        "Ukraine: Zelensky unterzeichnet umstrittenes Mobilisierungsgesetz",
        "Ukraine: Selenskyj unterzeichnet umstrittenes Mobilisierungsgesetz",
    )
    assert german.get("title_mismatch") != "fail"
    units = _findings(
        "Bund stellt 1,5 Milliarden Euro für Wärmepumpen bereit",
        "Bund stellt 1,5 Milliarden Euro für Wärmepumpen bereit",
    )
    assert units == {}


def test_a_title_case_swap_is_left_to_the_score() -> None:
    found = _findings(
        "Navy Frigate Admiral Makarov, Tanker Volga Reach Tartus",
        "Navy Frigate Admiral Essen, Tanker Volga Reach Tartus",
    )
    assert found.get("title_mismatch") != "fail"


# --- Lesotho, Eswatini and their neighbours --------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "y"),
    [("Eswatini", "Lesotho"), ("Harare", "Lusaka"), ("Malawi", "Zambia"), ("Botswana", "Namibia"),
     ("Maputo", "Maseru"), ("Swaziland", "Moscow")],
)  # fmt: skip
def test_southern_african_states_are_two_states(x: str, y: str) -> None:
    assert _two_states(x, y)


@pytest.mark.parametrize(
    ("x", "y"),
    [("Lesotho", "Maseru"), ("Swaziland", "Eswatini"), ("Zimbabwean", "Harare"),
     ("Mozambique", "Moçambique")],
)  # fmt: skip
def test_one_southern_african_state_in_two_words(x: str, y: str) -> None:
    assert _state_of(fold(x)) == _state_of(fold(y)) >= 0


@pytest.mark.parametrize("word", ["Sesotho", "Zambezi", "Namib", "Batswana", "Swazi", "Namibe"])
def test_words_beside_southern_african_states_are_left_alone(word: str) -> None:
    assert _state_of(fold(word)) < 0


def test_another_state_in_a_sesotho_headline_fails() -> None:
    cited = "Sam Matekane o ikanne e le Tonakholo ea Eswatini"
    page = "Sam Matekane o ikanne e le Tonakholo ea Lesotho"
    assert _findings(cited, page) == {"title_mismatch": "fail"}


# --- Lingala numbers, the first after a linking word -----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "numbered"),
    [
        ("mandat ya liboso", "mandat ya 1"),
        ("mandat ya mibale", "mandat ya 2"),
        ("rais wa kwanza", "rais wa 1"),
        ("kwa mara ya pili", "kwa mara ya 2"),
        ("bakufi mitano", "bakufi 5"),
    ],
)
def test_lingala_and_swahili_ordinals_are_numbers(title: str, numbered: str) -> None:
    assert _numerals(title) == numbered


@pytest.mark.parametrize(
    "title",
    ["na liboso ya bato", "kwanza serikali", "angolan kwanza falls", "pili ng mga botante", "misato minei",
     "sambo zomi moko"],
)  # fmt: skip
def test_words_beside_the_ordinals_are_left_alone(title: str) -> None:
    assert _numerals(title) == title


def test_the_first_term_for_the_second_is_another_story() -> None:
    assert _numbers_conflict(_numerals("mandat ya liboso"), _numerals("mandat ya mibale"))
    cited = "Félix Tshisekedi alapi ndai mpo na mandat ya liboso"
    page = "Félix Tshisekedi alapi ndai mpo na mandat ya mibale"
    assert "title_mismatch" in _findings(cited, page)


def test_the_same_term_in_french_is_no_figure_conflict() -> None:
    assert not _numbers_conflict(_numerals(fold("un second mandat")), _numerals(fold("mandat ya mibale")))
