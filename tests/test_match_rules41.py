"""Rules of the forty-first held-out matching batch (docs/benchmarks.md, "Forty-first batch"), each on small
strings with what it must leave alone: Ossetian ``ӕ``, Chuvash ``ҫ`` and the palochka folded as the Latin
letters typed for them; Russian and Ukrainian numbers written out (``сто десять``) read as digits; a
Russian short passive participle (``принят``) no future against the past (``приняла``); another currency
or grain in a title otherwise alike a failure, as another model is; a wire's label (``UPDATE 2-``) no word
of a name swap; Chile, Peru and four more South American states in the table of states."""

from __future__ import annotations

import datetime as dt

from linkcheck.config import Config
from linkcheck.match import (
    _commodity_swapped,
    _east_slavic_cardinals,
    _future_and_past,
    _name_swap,
    _numerals,
    _state_of,
    match_citation,
    word_similarity,
)
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()
#: An address whose last segment is an identifier: a slug of no words.
PLAIN_URL = "https://www.example-vestnik.net/news/2024/03/05/40771"
#: The most two titles scored as contradicting each other are given.
CAP = 0.75


def _findings(cited: str, page: str, url: str = PLAIN_URL) -> dict[str, str]:
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 3, 5), "opengraph"),
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 3, 5))
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


def _similarity(a: str, b: str) -> float:
    return word_similarity(_numerals(fold(a)), _numerals(fold(b)))


# --- Cyrillic letters typed as their Latin twins ------------------------------------------------------------


def test_ossetian_ae_in_either_alphabet_is_one_letter() -> None:
    assert fold("Дзӕуджыхъӕуы") == fold("Дзæуджыхъæуы")
    assert _findings("Ног хид байгом кодтой Дзӕуджыхъӕуы", "Ног хид байгом кодтой Дзæуджыхъæуы") == {}


def test_chuvash_letters_typed_in_latin_are_the_same_words() -> None:
    assert fold("ҫӗнӗ уҫӑлчӗ") == fold("çĕнĕ уçăлчĕ")
    assert _findings("Канашра çĕнĕ больница уçăлчĕ", "Канашра ҫӗнӗ больница уҫӑлчӗ") == {}


def test_palochka_typed_as_a_capital_i() -> None:
    assert fold("ГӀалахь") == fold("ГIалахь") == fold("гӏалахь")
    assert _findings("Соьлжа-ГIалахь керла школа схьайиллина", "Соьлжа-ГӀалахь керла школа схьайиллина") == {}


def test_latin_twins_leave_other_words_alone() -> None:
    # A Chuvash word is still another word (the letters fold alike, the stems differ), and a Russian ``с``
    # is not the Chuvash ``ҫ``'s fold.
    assert fold("ҫӗнӗ") != fold("сене")
    assert "title_mismatch" in _findings("Канашра ҫӗнӗ больница хупӑнчӗ", "Канашра ҫӗнӗ больница уҫӑлчӗ")


# --- Russian and Ukrainian numbers written out --------------------------------------------------------------


def test_numbers_written_out_are_digits() -> None:
    for written, digits in (
        ("сто десять", "110"),
        ("двадцать пять", "25"),
        ("двести сорок два", "242"),
        ("тридцать", "30"),
        ("пятнадцать", "15"),
        ("двісті двадцять п'ять", "225"),
    ):
        assert _numerals(fold(written)) == digits, written
    assert (
        _similarity(
            "Курс юаня впервые с марта 2022 года превысил пятнадцать рублей",
            "Курс юаня впервые с марта 2022 года превысил 15 рублей",
        )
        == 1.0
    )


def test_numbers_written_out_still_conflict_with_another_figure() -> None:
    assert (
        _similarity(
            "Курс доллара впервые с марта 2022 года превысил сто двадцать рублей",
            "Курс доллара впервые с марта 2022 года превысил 110 рублей",
        )
        <= CAP
    )


def test_numbers_written_out_leave_alone() -> None:
    # ``сто`` alone: Croatian ``što``, Italian ``sto``
    assert not _east_slavic_cardinals(fold("что сто лет").split())
    assert len(_numerals(fold("пять двадцать")).split()) == 2  # places that do not fall: two numbers
    assert _numerals(fold("Сорока прилетела")) == fold("Сорока прилетела")  # the magpie, no ``сорок``


# --- the short passive participle ---------------------------------------------------------------------------


def test_short_passive_participle_is_no_future() -> None:
    assert not _future_and_past(["prinyat"], ["prinyala"])
    assert not _future_and_past(["otkryt"], ["otkryla"])
    assert (
        _findings(
            "Закон о запрете пропаганды насилия принят Госдумой",
            "Госдума приняла закон о запрете пропаганды насилия",
        )
        == {}
    )


def test_participle_rule_leaves_futures_alone() -> None:
    assert _future_and_past(["vstretit"], ["vstretil"])  # встретит/встретил: a future's ``-ит``
    assert _future_and_past(["sdelaet"], ["sdelal"])  # сделает/сделал
    assert "title_mismatch" in _findings(
        "Лавров встретится с послом Ирака в Москве", "Лавров встретился с послом Ирака в Москве"
    )


# --- another currency or grain: a failure -------------------------------------------------------------------


def test_another_currency_is_a_failure() -> None:
    assert _commodity_swapped(
        "Курс евро впервые с марта 2022 года превысил 110 рублей",
        "Курс доллара впервые с марта 2022 года превысил 110 рублей",
    )
    found = _findings(
        "Курс евро впервые с марта 2022 года превысил 110 рублей",
        "Курс доллара впервые с марта 2022 года превысил 110 рублей",
    )
    assert found == {"title_mismatch": "fail"}


def test_another_grain_is_a_failure() -> None:
    found = _findings(
        "Egypt agrees to import 1 mln tonnes of Russian barley this season",
        "Egypt agrees to import 1 mln tonnes of Russian wheat this season",
    )
    assert found == {"title_mismatch": "fail"}


def test_commodity_swap_leaves_alone() -> None:
    # One currency spelt two ways, a currency only one title names: no swap.
    assert not _commodity_swapped("Rouble falls past 100 per dollar", "Ruble falls past 100 per dollar")
    assert not _commodity_swapped("Курс превысил 110 рублей", "Курс доллара превысил 110 рублей")
    # Another figure in the same currency stays the rewritten headline's warning.
    found = _findings(
        "Курс доллара впервые с марта 2022 года превысил 105 рублей",
        "Курс доллара впервые с марта 2022 года превысил 110 рублей",
    )
    assert found == {"title_mismatch": "warn"}


# --- a wire's label before a name swap; South American states -----------------------------------------------


def test_wire_label_is_no_word_of_a_name_swap() -> None:
    swap = _name_swap(
        "Peru's Senate approves pension overhaul after two years of talks",
        "UPDATE 2-Chile's Senate approves pension overhaul after two years of talks",
        (),
        (),
    )
    assert swap is not None
    assert swap[0] == "name"
    assert "title_mismatch" in _findings(
        "Peru's Senate approves pension overhaul after two years of talks",
        "UPDATE 2-Chile's Senate approves pension overhaul after two years of talks",
    )


def test_wire_label_leaves_the_same_headline_alone() -> None:
    assert (
        _findings(
            "Chile's Senate approves pension overhaul after two years of talks",
            "UPDATE 2-Chile's Senate approves pension overhaul after two years of talks",
        )
        == {}
    )
    assert (
        _name_swap(
            "Chile's Senate approves pension overhaul after two years of talks",
            "UPDATE 2-Chile's Senate approves pension overhaul after two years of talks",
            (),
            (),
        )
        is None
    )


def test_south_american_states() -> None:
    assert _state_of("chiles") == _state_of("chilean") >= 0
    assert _state_of("peru") == _state_of("peruvian") >= 0
    assert _state_of("peru") != _state_of("chile")
    assert _state_of("argentina") >= 0
    assert _state_of("bogota") == _state_of("colombia") >= 0
    # Not Perugia, Perun, nor the chili pepper.
    assert _state_of("perugia") < 0
    assert _state_of("perun") < 0
    assert _state_of("chili") < 0
