"""Rules of the thirty-fourth held-out matching batch (docs/benchmarks.md, "Thirty-fourth batch"), each on
small strings with what it must leave alone: Nynorsk, Icelandic, Faroese, Dutch and Bosnian-Croatian-Serbian
negations; Sweden, Denmark and Finland in the table of states; a name after a prefix (``O'Neill``,
``UZuma``) is a name wherever it stands; a single decimal zero is the whole number; a law put in force or
repealed; an announced verb against its bare form after the same word."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.match import (
    _decimals,
    _name_kind,
    _name_swap,
    _negated,
    _opposites_conflict,
    _prefixed_name,
    _state_of,
    _tense_conflict,
    _title_words,
    _two_states,
    match_citation,
    title_score,
)
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()


def _findings(cited: str, page: str) -> dict[str, str]:
    url = "https://www.example-courier.net/news/2024/06/12/story-51029"
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 6, 12), "opengraph"),
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 6, 12))
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


# --- Negations -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Regjeringa vil ikkje auke skatten",
        "Alþingi samþykkti ekki frumvarpið",
        "Løgtingið samtykti ikki lógina",
        "Kabinet gaat niet akkoord met bezuinigingen",
        "Vlada nije usvojila budžet",
        "Влада није усвојила буџет",
        "Ministri nisu podržali prijedlog",
    ],
)
def test_negations_in_more_languages(title: str) -> None:
    assert _negated(fold(title))


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Storting vedtek ikkje ny vegplan for Vestlandet", "Storting vedtek ny vegplan for Vestlandet"),
        ("Sabor nije izglasao novi zakon o porezu na dobit", "Sabor izglasao novi zakon o porezu na dobit"),
        ("Gemeenteraad stemt niet in met nieuw parkeerplan", "Gemeenteraad stemt in met nieuw parkeerplan"),
    ],
)
def test_a_negation_added_is_another_story(cited: str, page: str) -> None:
    assert title_score(cited, page) <= 0.75
    assert "title_mismatch" in _findings(cited, page)


@pytest.mark.parametrize(
    "title", ["Nijemci pobijedili u Zagrebu", "Niets is zeker", "Ekkehard wins", "Nisutlin River flooding"]
)
def test_words_beginning_like_negations_are_left_alone(title: str) -> None:
    assert not _negated(fold(title))


def test_a_negation_in_both_is_left_alone() -> None:
    cited = "Vlada nije usvojila budžet za iduću godinu"
    assert title_score(cited, "Vlada nije usvojila budžet za iduću godinu.") == 1.0


# --- Sweden, Denmark, Finland ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("Sverige", "Noreg"),
        ("Danmark", "Sverige"),
        ("Швеция", "Финляндия"),
        ("Suomi", "Norge"),
        ("Stockholm", "Copenhagen"),
        ("Dänemark", "Schweden"),
    ],
)
def test_nordic_states_are_two_states(x: str, y: str) -> None:
    assert _two_states(x, y)


@pytest.mark.parametrize(("x", "y"), [("Sverige", "Stockholm"), ("Suomi", "Helsinki"), ("Дании", "Danmark")])
def test_one_nordic_state_in_two_words(x: str, y: str) -> None:
    assert _state_of(fold(x)) == _state_of(fold(y)) >= 0


@pytest.mark.parametrize("word", ["Dani", "Швец", "Швеця", "Suomenlinna", "Danube"])
def test_words_beside_the_nordic_states_are_left_alone(word: str) -> None:
    assert _state_of(fold(word)) < 0


def test_another_nordic_state_as_first_word_fails() -> None:
    cited = "Danmark innfører grensekontroll mot Tyskland"
    page = "Sverige innfører grensekontroll mot Tyskland"
    assert _findings(cited, page) == {"title_mismatch": "fail"}


# --- A name after a prefix ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word", ["O'Neill", "O’Brien", "UZuma", "uMalema", "McCarthy", "MacLeod", "DeSantis"]
)
def test_prefixed_names(word: str) -> None:
    assert _prefixed_name(word)


@pytest.mark.parametrize("word", ["MPs", "NGOs", "NATO", "Zuma", "Qur'an", "PhD", "GmbH", "O'N", "Ukraine"])
def test_words_that_are_no_prefixed_names(word: str) -> None:
    assert not _prefixed_name(word)


def test_a_prefixed_name_is_a_name_even_first() -> None:
    words = _title_words("UMalema uthethe namhlanje eKapa")
    assert _name_kind(words, 0) == "name"
    words = _title_words("Premier O'Brien wins vote of confidence")
    assert _name_kind(words, 1) == "name"


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("UMalema uthethe nabasebenzi eGoli namhlanje", "UMbeki uthethe nabasebenzi eGoli namhlanje"),
        ("Minista O'Neill i go long Lae tumora", "Minista Pruaitch i go long Lae tumora"),
        (
            "Senator McCarthy named to chair the energy committee",
            "Senator Peters named to chair the energy committee",
        ),
    ],
)
def test_another_prefixed_name_fails(cited: str, page: str) -> None:
    assert _name_swap(cited, page, (), ()) is not None
    assert _findings(cited, page) == {"title_mismatch": "fail"}


def test_the_same_prefixed_name_is_left_alone() -> None:
    cited = "UMalema uthethe nabasebenzi eGoli namhlanje"
    assert _findings(cited, "UMalema uthethe nabasebenzi eGoli namhlanje") == {}
    # a prefix dropped: one name, written with and without its prefix, is no swap
    page = "URamaphosa uthethe nabasebenzi eGoli namhlanje"
    assert _findings("Ramaphosa uthethe nabasebenzi eGoli namhlanje", page) == {}
    assert (
        _name_swap("O'Neill wins the vote in parliament", "ONeill wins the vote in parliament", (), ())
        is None
    )


# --- A single decimal zero after a comma ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("магнитудой 7,0", "магнитудой 7"),
        ("9,0 балла", "9 балла"),
        ("Erdbeben der Stärke 6,0", "Erdbeben der Stärke 6"),
    ],
)
def test_a_single_decimal_zero_after_a_comma_is_the_whole_number(text: str, read: str) -> None:
    assert _decimals(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [("3.10", "3d10"), ("3.00", "3d00"), ("7,05", "7d05"), ("7,5", "7d5"), ("version 2.0", "version 2d0")],
)
def test_other_decimals_are_left_alone(text: str, read: str) -> None:
    assert _decimals(text) == read


def test_a_magnitude_with_and_without_its_zero_matches() -> None:
    cited = "Землетрясение магнитудой 6 произошло у берегов Курил"
    page = "Землетрясение магнитудой 6,0 произошло у берегов Курил"
    assert title_score(cited, page) == 1.0
    assert title_score("Землетрясение магнитудой 6,5 произошло у берегов Курил", page) <= 0.75


# --- A law put in force or repealed ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("وزارت قانون جدید را نافذ کرد", "وزارت قانون جدید را لغو کرد"),
        ("state enacts new housing law", "state repeals new housing law"),
    ],
)
def test_in_force_and_repealed_conflict(a: str, b: str) -> None:
    assert _opposites_conflict(fold(a), fold(b))


def test_a_repealed_law_is_another_story() -> None:
    cited = "حکومت قانون مالیات بر درآمد شرکت‌ها را لغو کرد"
    page = "حکومت قانون مالیات بر درآمد شرکت‌ها را نافذ کرد"
    assert title_score(cited, page) <= 0.75


def test_both_directions_or_one_are_left_alone() -> None:
    assert not _opposites_conflict(fold("law enacted as old code repealed"), fold("law repealed"))
    assert not _opposites_conflict(fold("state enacts housing law"), fold("state enacts law on housing"))


# --- An announced verb against its bare form ------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("macron scholz to sign defence pact", "macron scholz sign defence pact"),
        ("leaders will meet in geneva", "leaders meet in geneva"),
    ],
)
def test_announced_and_bare_verb_conflict(a: str, b: str) -> None:
    assert _tense_conflict(a, b)
    assert _tense_conflict(b, a)


def test_a_signing_announced_is_reported() -> None:
    cited = "Macron, Scholz to sign joint declaration on defence industry"
    page = "Macron, Scholz sign joint declaration on defence industry"
    assert "title_mismatch" in _findings(cited, page)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("iraq resumes talks to buy s 300", "iraq plans buy s 300"),
        ("leaders to meet in geneva", "leaders to meet in geneva on monday"),
        ("ministers meet to sign deal", "ministers meet to sign deal"),
    ],
)
def test_the_verb_after_another_word_or_announced_in_both_is_left_alone(a: str, b: str) -> None:
    assert not _tense_conflict(a, b)
