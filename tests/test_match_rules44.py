"""Rules of the forty-fourth held-out matching batch (docs/benchmarks.md, "Forty-fourth batch"), each on
small strings with what it must leave alone: the African reference alphabet's letters fold to the plain
letters typed for them (Ewe ``kɔdzi``/``kodzi``); a region named by an adjective and a noun of its kind
(``Хабаровского края``) in place of another region is another place; two first words sharing a plural's
ending (``Researchers``/``Lawmakers``) are a sentence's subject, not two places in a case (match43's
leftover); a full stop before a lower-case word inside a Vancouver title is an abbreviation's."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.match import _declined_alike, _name_swapped
from linkcheck.names import fold
from tests.test_match_rules43 import _findings

# --- The African reference alphabet ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("kɔdzi aɖe", "kodzi ade"),  # Ewe open o, retroflex d
        ("Ɛvɛ ƒe ŋkɔ", "eve fe nko"),  # Ewe: capitals fold as their small letters
        ("ƙasa ɓarna ɗan ƴan", "kasa barna dan yan"),  # Hausa hooked consonants
        ("ʋu ɣe", "vu ge"),
    ],
)
def test_reference_alphabet_letters_fold_to_plain_ones(written: str, typed: str) -> None:
    assert fold(written) == fold(typed) == typed


def test_a_title_typed_without_them_matches() -> None:
    assert _findings("Wotu kodzi yeye ade le Ho nyitsɔ", "Wotu kɔdzi yeye aɖe le Ho nyitsɔ") == {}


def test_letters_folded_before_stay_as_they_were() -> None:
    assert fold("Łódź Øresund Đà Nẵng") == "lodz oresund da nang"
    assert fold("Ekó Ìbàdàn") == "eko ibadan"  # Yoruba's marks, dropped by NFKD as before


# --- A region by an adjective and its kind's noun -----------------------------------------------------------

BASE = "Снегопад оставил без света около 20 тыс. жителей "


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        (BASE + "Хабаровского края", BASE + "Приморья"),
        (BASE + "Приморья", BASE + "Хабаровского края"),
        (
            "Drone debris damages houses in Kursk region overnight, governor says",
            "Drone debris damages houses in Belgorod overnight, governor says",
        ),
        (
            "Паводок затопил дома в Одеському районі та на півдні",
            "Паводок затопил дома в Измаиле та на півдні",
        ),
    ],
)
def test_another_region_named_with_its_kind_is_another_place(cited: str, page: str) -> None:
    assert _name_swapped(cited, page, (), ()) == "name"
    assert _findings(cited, page) == {"title_mismatch": "fail"}


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        (BASE + "Приморского края", BASE + "Приморья"),  # one region, two names sharing a stem
        (BASE + "Московской области", BASE + "Подмосковья"),  # one holds the other's start
        (BASE + "всего края", BASE + "Приморья"),  # no capitalised name in the run
    ],
)
def test_one_region_named_two_ways_is_left_alone(cited: str, page: str) -> None:
    assert _name_swapped(cited, page, (), ()) != "name"
    assert _findings(cited, page) != {"title_mismatch": "fail"}


# --- A plural's ending is no case's (match43's leftover) ---------------------------------------------------


@pytest.mark.parametrize(
    ("x", "y"),
    [("Researchers", "Lawmakers"), ("Investigadores", "Legisladores"), ("Scientists", "Economists")],
)
def test_plural_first_words_are_no_declined_places(x: str, y: str) -> None:
    assert not _declined_alike(fold(x), fold(y))


def test_a_subject_rewritten_stays_a_warning() -> None:
    cited = "Researchers warn of rising sea levels along the coast"
    page = "Lawmakers warn of rising sea levels along the coast"
    assert _name_swapped(cited, page, (), ()) == "first"
    assert _findings(cited, page) == {"title_mismatch": "warn"}


def test_case_endings_stay_places() -> None:
    # the forty-third batch's locatives (``-да``, ``-ын``) end in no ``s``: still two places
    assert _declined_alike(fold("Чадаанада"), fold("Кызылда"))
    assert _declined_alike(fold("Сарапулын"), fold("Ижкарын"))


# --- A Vancouver title with an abbreviation ----------------------------------------------------------------

URL = "https://tass.example/obschestvo/22391804"


def _vancouver(title: str, outlet: str) -> tuple[str | None, str | None, str | None]:
    text = (
        f"## References\n\n1. Reporter J. {title}. {outlet} [Internet]. 2023 Nov 12 [cited 2024 Nov 30]."
        f" Available from: {URL}\n"
    )
    (found,) = [c for c in extract_citations(text, "markdown", "t") if c.url == URL]
    return found.title, found.outlet, str(found.date) if found.date else None


@pytest.mark.parametrize(
    "title",
    [
        "Снегопад оставил без света около 20 тыс. жителей Приморья",
        "Turnout up sharply vs. last year in the county elections",
    ],
)
def test_a_full_stop_before_a_lower_case_word_is_inside_the_title(title: str) -> None:
    assert _vancouver(title, "ТАСС") == (title, "ТАСС", "2023-11-12")


def test_the_title_still_ends_before_an_outlet_in_lower_case() -> None:
    # the title ends at the first full stop the rest of the reference reads after: an outlet beginning in
    # lower case (``iROZHLAS``) is still the outlet
    title = "Praha otevřela prodloužení tramvajové trati"
    assert _vancouver(title, "iROZHLAS") == (title, "iROZHLAS", "2023-11-12")
