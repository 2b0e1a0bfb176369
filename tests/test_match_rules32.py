"""Rules of the thirty-second held-out matching batch (docs/benchmarks.md, "Thirty-second batch"), each on
small strings with what it must leave alone: a translation that keeps a brand in its Latin letters; Serbia,
Croatia and Hungary (and Poland in Hungarian) in the table of states; a title with a lower-case word no
English title case writes so is in no title case, so a run of names in it is a name."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.match import (
    _latin_share_unshared,
    _lower_in_no_title_case,
    _name_runs_swapped,
    _not_title_case,
    _one_state,
    _other_script,
    _state_of,
    _title_words,
    _two_states,
    match_citation,
)
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()


def _found(cited: str, page: str) -> list[tuple[str, str, str]]:
    url = "https://www.example-courier.com/news/2024/08/25/story-58213"
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 8, 25), "opengraph"),
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 8, 25))
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return [(f.kind.value, f.severity.value, f.message) for f in found]


def _findings(cited: str, page: str) -> dict[str, str]:
    return {kind: severity for kind, severity, _ in _found(cited, page)}


# --- A brand kept in Latin letters in a translation --------------------------------------------------------

EN = "Telegram Founder Pavel Durov Detained in France"
RU = "Основатель Telegram Павел Дуров задержан во Франции"


def test_a_brand_both_titles_write_is_no_latin_text() -> None:
    assert _other_script(RU, EN)
    assert _other_script(EN, RU)
    assert _latin_share_unshared(RU, EN) == 0.0


def test_a_translation_keeping_a_brand_is_a_warning() -> None:
    assert _findings(RU, EN) == {"title_mismatch": "warn"}


@pytest.mark.parametrize(
    "cited",
    [
        "Основатель Signal Мокси Марлинспайк задержан во Франции",  # a Latin word the page lacks
        "Founder of Telegram Pavel Durov held in France",  # both Latin
        "Основатель Telegram Pavel Durov задержан в France",  # half Latin: no translation
    ],
)
def test_latin_words_the_other_title_lacks_are_left_alone(cited: str) -> None:
    assert not _other_script(cited, EN)


def test_a_russian_title_with_another_brand_is_not_called_a_translation() -> None:
    ((kind, _, message),) = _found("Основатель Signal Мокси Марлинспайк задержан во Франции", EN)
    assert kind == "title_mismatch"
    assert "another script" not in message
    ((kind, severity, message),) = _found(RU, EN)
    assert (kind, severity) == ("title_mismatch", "warn")
    assert "another script" in message


# --- Serbia, Croatia and Hungary in the table of states ---------------------------------------------------


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("Србија", "Srbija"),
        ("Србије", "Београд"),
        ("Сербия", "Serbia"),
        ("Хрватска", "Zagreb"),
        ("Hrvatske", "Croatia"),
        ("Хорватия", "Kroatien"),
        ("Magyarország", "Budapest"),
        ("Венгрия", "Hungary"),
        ("Lengyelország", "Warszawa"),
    ],
)
def test_one_state_in_two_words(x: str, y: str) -> None:
    assert _one_state(fold(x), fold(y))


@pytest.mark.parametrize(
    ("x", "y"),
    [("Хрватска", "Србија"), ("Lengyelország", "Magyarország"), ("Hungary", "Serbia"), ("Zagreb", "Beograd")],
)
def test_two_states(x: str, y: str) -> None:
    assert _two_states(x, y)


@pytest.mark.parametrize("word", ["Magyar", "Horvath", "Budva", "Zagorje", "Serafim"])
def test_words_beside_the_new_states_are_left_alone(word: str) -> None:
    assert _state_of(fold(word)) < 0


def test_another_state_fails_and_the_capital_matches() -> None:
    page = "Србија потписала уговор о куповини 12 авиона Рафал"
    assert _findings("Хрватска потписала уговор о куповини 12 авиона Рафал", page) == {
        "title_mismatch": "fail"
    }
    page = "Magyarország átvette az Európai Unió Tanácsának soros elnökségét"
    cited = "Lengyelország átvette az Európai Unió Tanácsának soros elnökségét"
    assert _findings(cited, page) == {"title_mismatch": "fail"}


# --- A lower-case word no English title case writes -------------------------------------------------------


@pytest.mark.parametrize("word", ["kjörin", "investit", "dod", "forseti", "president", "becomes"])
def test_words_no_title_case_leaves_in_lower_case(word: str) -> None:
    assert _lower_in_no_title_case(word)


@pytest.mark.parametrize(
    "word", ["with", "from", "between", "and", "the", "van", "der", "in", "yn", "mln", "Illa"]
)
def test_words_title_case_may_leave_in_lower_case(word: str) -> None:
    assert not _lower_in_no_title_case(word)


@pytest.mark.parametrize(
    "title",
    [
        "Halla Tómasdóttir kjörin forseti Íslands",
        "Salvador Illa és investit president de la Generalitat",
        "Eluned Morgan yn dod yn Brif Weinidog Cymru",
    ],
)
def test_such_a_word_says_no_title_case(title: str) -> None:
    assert _not_title_case(_title_words(title))


@pytest.mark.parametrize(
    "title",
    [
        "Soyuz MS-26 Spacecraft with Three Crew Members Docks with ISS",
        "Russia Sentences U.S. Journalist to 16 Years in Prison",
        "Putin Meets Xi Jinping Between Sessions of the Summit in Beijing",
        "Ludwig van Beethoven Museum Opens in Bonn",
    ],
)
def test_titles_in_title_case_are_left_alone(title: str) -> None:
    assert not _not_title_case(_title_words(title))


@pytest.mark.parametrize(
    ("cited", "page", "runs"),
    [
        (
            "Halla Hrund Logadóttir kjörin forseti Íslands",
            "Halla Tómasdóttir kjörin forseti Íslands",
            ("Hrund Logadóttir", "Tómasdóttir"),
        ),
        (
            "Carles Puigdemont és investit president de la Generalitat",
            "Salvador Illa és investit president de la Generalitat",
            ("Carles Puigdemont", "Salvador Illa"),
        ),
        (
            "Vaughan Gething yn dod yn Brif Weinidog Cymru",
            "Eluned Morgan yn dod yn Brif Weinidog Cymru",
            ("Vaughan Gething", "Eluned Morgan"),
        ),
    ],
)
def test_another_person_in_such_a_title_is_a_name_swap(cited: str, page: str, runs: tuple[str, str]) -> None:
    assert _name_runs_swapped(cited, page) == runs
    assert _findings(cited, page) == {"title_mismatch": "fail"}


def test_a_run_of_names_in_title_case_is_left_alone() -> None:
    cited = "Prime Minister Keir Starmer Opens New Hospital Wing in Leeds"
    page = "Health Secretary Wes Streeting Opens New Hospital Wing in Leeds"
    assert _name_runs_swapped(cited, page) is None


def test_the_surname_alone_in_such_a_title_still_matches() -> None:
    assert (
        _findings(
            "Illa és investit president de la Generalitat",
            "Salvador Illa és investit president de la Generalitat",
        )
        == {}
    )
