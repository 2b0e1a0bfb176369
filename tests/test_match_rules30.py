"""Rules of the thirtieth held-out matching batch (docs/benchmarks.md, "Thirtieth batch"), each on small
strings with what it must leave alone: Malay and Indonesian numerals; a rate whose decimals are all zeros;
North Korea in the table of states; Bulgarian ordinals past the third; ``державний X`` read as ``держX``;
Russia's central bank by its names; a ministry for its minister no name swap."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.match import (
    _decimals,
    _name_runs_swapped,
    _numerals,
    _one_state,
    _russian_central_bank,
    _slavic_ordinal_digits,
    _state_compounds,
    _two_states,
    match_citation,
    title_score,
)
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()
THRESHOLD = CONFIG.title_threshold


def _findings(cited: str, page: str) -> dict[str, str]:
    url = "https://www.example-daily.com/news/1745678"
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 10, 3), "opengraph"),
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 10, 3))
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


# --- Malay and Indonesian numerals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("pada tiga peratus", "pada 3 peratus"),
        ("empat menteri", "4 menteri"),
        ("tujuh negeri", "7 negeri"),
        ("lapan orang", "8 orang"),
        ("delapan orang", "8 orang"),
        ("sepuluh tahun", "10 tahun"),
    ],
)
def test_malay_and_indonesian_number_words_are_numbers(words: str, digits: str) -> None:
    assert _numerals(words) == digits


@pytest.mark.parametrize("word", ["dua", "lima"])
def test_malay_words_that_are_other_words_elsewhere_are_left_alone(word: str) -> None:
    # "dua" is also "prayer" (Turkish, Swahili); "lima" is Peru's capital.
    assert _numerals(f"kota {word} baru") == f"kota {word} baru"


def test_malay_figure_in_words_matches_the_page() -> None:
    page = "Bank Negara Malaysia kekalkan OPR pada 3.00 peratus"
    assert title_score("Bank Negara Malaysia kekalkan OPR pada tiga peratus", page) >= THRESHOLD
    assert title_score("Bank Negara Malaysia kekalkan OPR pada empat peratus", page) < THRESHOLD


# --- a rate whose decimals are all zeros -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("OPR pada 3.00 peratus", "OPR pada 3 peratus"),
        ("ставка 16,0%", "ставка 16%"),
        ("rate at 6.50%", "rate at 6d5%"),  # the twenty-ninth batch's trailing zero, unchanged
        ("rate at 3.25 persen", "rate at 3d25 persen"),
    ],
)
def test_rate_with_zero_decimals_is_the_whole_number(text: str, read: str) -> None:
    assert _decimals(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("costs 3.00 euros", "costs 3d00 euros"),
        ("version 2.0 released", "version 2d0 released"),
        ("at 3.10%", "at 3d1%"),
    ],
)
def test_other_zero_decimals_are_left_alone(text: str, read: str) -> None:
    # A price, a version: no rate after them; 3.10% keeps its non-zero decimal.
    assert _decimals(text) == read


def test_another_rate_still_conflicts() -> None:
    page = "Bank Negara Malaysia kekalkan OPR pada 3.00 peratus"
    assert title_score("Bank Negara Malaysia kekalkan OPR pada 3.25 peratus", page) < THRESHOLD
    assert title_score("Bank Negara Malaysia kekalkan OPR pada 3 peratus", page) >= THRESHOLD


# --- North Korea in the table of states ------------------------------------------------------------------


def test_pyongyang_is_north_korea() -> None:
    assert _one_state(fold("Пхеньян"), fold("КНДР"))
    assert _one_state(fold("Pyongyang"), fold("DPRK"))
    assert title_score("Шойгу прибыл с визитом в Пхеньян", "Шойгу прибыл с визитом в КНДР") >= THRESHOLD


def test_north_korea_is_not_another_state_nor_korea() -> None:
    assert _two_states("Пхеньян", "Тегеран")
    assert not _one_state(fold("Korea"), fold("DPRK"))  # "Korea" names two states: not in the table
    assert _findings("Шойгу прибыл с визитом в Иран", "Шойгу прибыл с визитом в КНДР") == {
        "title_mismatch": "fail"
    }


@pytest.mark.parametrize(
    ("x", "y"),
    [("Масква", "Расія"), ("Расіі", "Russia"), ("Тажикстан", "Душанбе"), ("Тажикстандын", "Tajikistan")],
)
def test_belarusian_and_kyrgyz_spellings_name_their_states(x: str, y: str) -> None:
    assert _one_state(fold(x), fold(y))


def test_belarusian_capitals_match_and_other_words_are_left_alone() -> None:
    page = "Беларусь і Расія падпісалі дагавор аб гарантыях бяспекі"
    assert title_score("Мінск і Масква падпісалі дагавор аб гарантыях бяспекі", page) >= THRESHOLD
    assert not _one_state(fold("rasism"), fold("Russia"))  # ``rasiya`` is a whole word, not a start
    assert _two_states("Тажикстан", "Өзбекстан")


# --- Bulgarian ordinals past the third -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("на седмите избори", "na 7 izbori"),
        ("осмият кръг", "na 8 krg"),
        ("четвъртата година", "4 godina"),
        ("десетото издание", "10 izdanie"),
    ],
)
def test_bulgarian_ordinals_are_numbers(words: str, digits: str) -> None:
    folded = _numerals(fold(words))
    assert folded.split()[-2:] == digits.split()[-2:]


def test_bulgarian_ordinal_in_digits_with_its_article() -> None:
    assert _slavic_ordinal_digits("на 7-ите избори") == "на 7 избори"
    assert _slavic_ordinal_digits("на 8-ия кръг") == "на 8 кръг"
    assert _slavic_ordinal_digits("С-300 и F-16") == "С-300 и F-16"  # letters first: no ordinal
    page = "Българите гласуват на седмите парламентарни избори за три години"
    assert title_score("Българите гласуват на 7-ите парламентарни избори за три години", page) >= THRESHOLD
    assert title_score("Българите гласуват на осмите парламентарни избори за три години", page) < THRESHOLD


@pytest.mark.parametrize("word", ["peto", "osmo"])
def test_bulgarian_neuter_forms_that_are_other_words_are_left_alone(word: str) -> None:
    assert _numerals(f"el {word} nuevo") == f"el {word} nuevo"


# --- державний X / государственный X as one compound -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Рада ухвалила державний бюджет", "Рада ухвалила держбюджет"),
        ("Государственная дума приняла закон", "Госдума приняла закон"),
        ("проект государственного бюджета", "проект госбюджета"),
    ],
)
def test_state_adjective_is_read_as_the_compound(text: str, read: str) -> None:
    assert _state_compounds(text) == read


@pytest.mark.parametrize("text", ["держава і державний Гімн", "господин и государь", "державні", "Державна"])
def test_state_adjective_compounds_leave_other_words_alone(text: str) -> None:
    assert _state_compounds(text) == text


def test_compound_written_out_matches_and_negation_still_does_not() -> None:
    page = "Верховна Рада ухвалила держбюджет на 2025 рік"
    assert title_score("Верховна Рада ухвалила державний бюджет на 2025 рік", page) >= THRESHOLD
    assert title_score("Верховна Рада не ухвалила державний бюджет на 2025 рік", page) < THRESHOLD


# --- Russia's central bank by its names ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Банк России повысил ставку", "Банка России", "Банком России", "Центробанк повысил ставку"],
)
def test_bank_of_russia_is_read_as_its_initials(text: str) -> None:
    assert "ЦБ" in _russian_central_bank(text)
    assert "России" not in _russian_central_bank(text)
    assert "ентробанк" not in _russian_central_bank(text)


@pytest.mark.parametrize("text", ["Сбербанк России", "банк в России", "Банк Англии", "Банк Казахстана"])
def test_other_banks_are_left_alone(text: str) -> None:
    assert _russian_central_bank(text) == text


def test_bank_of_russia_matches_cb_and_another_rate_does_not() -> None:
    page = "ЦБ повысил ключевую ставку до 21% годовых"
    assert title_score("Банк России повысил ключевую ставку до 21% годовых", page) >= THRESHOLD
    assert title_score("Банк России повысил ключевую ставку до 22% годовых", page) < THRESHOLD


# --- a ministry for its minister: no name swap ------------------------------------------------------------

GRAIN = "Russia's grain harvest to total 132 mln tonnes in 2024 — Agriculture Ministry"


def test_ministry_for_its_minister_is_no_name_swap() -> None:
    cited = "Russia's grain harvest to total 132 mln tonnes in 2024 — Lut"
    assert _name_runs_swapped(cited, GRAIN) is None
    assert _findings(cited, GRAIN).get("title_mismatch") != "fail"  # a warning at most


def test_two_people_or_two_ministries_still_swap() -> None:
    assert _name_runs_swapped(
        "Quốc hội bầu ông Tô Lâm làm Chủ tịch nước", "Quốc hội bầu ông Lương Cường làm Chủ tịch nước"
    ) == ("Tô Lâm", "Lương Cường")
    other = "Russia's grain harvest to total 132 mln tonnes in 2024 — Finance Ministry"
    assert "title_mismatch" in _findings(other, GRAIN)
