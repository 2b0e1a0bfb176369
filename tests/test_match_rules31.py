"""Rules of the thirty-first held-out matching batch (docs/benchmarks.md, "Thirty-first batch"), each on
small strings with what it must leave alone: Danish, Norwegian and Swedish negations; Mongolia, Norway,
Ireland, Somalia and Ethiopia in the table of states; sentence case told by a lower-case word no English or
German headline writes; a name's particle inside a run of names; Danish and Norwegian letters typed as
digraphs; a page's headline read apart from a section's name after it; a comma's kicker; a club of states
by its written-out number; one name written in two words and in one; one grain for another (the
twenty-ninth batch's barley for wheat)."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.match import (
    _comma_kicker,
    _grains,
    _grains_conflict,
    _groups_of_states,
    _name_joined,
    _name_run,
    _name_runs_swapped,
    _name_swap,
    _negated,
    _one_state,
    _page_head,
    _sentence_case,
    _state_of,
    _title_words,
    _two_states,
    match_citation,
    title_score,
)
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()
THRESHOLD = CONFIG.title_threshold


def _findings(cited: str, page: str, *, titles: tuple[str, ...] = ()) -> dict[str, str]:
    url = "https://www.example-daily.com/news/1745678"
    candidates = (*(TitleCandidate(t, "title-tag") for t in titles), TitleCandidate(page, "opengraph"))
    metadata = Metadata(
        title=titles[0] if titles else page,
        title_candidates=candidates,
        published=ExtractedDate(dt.date(2024, 9, 2), "opengraph"),
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 9, 2))
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


# --- Danish, Norwegian and Swedish negations -------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["norge har ikke anerkjent palestina", "regeringen vil ikke sige", "sverige skickar inte"]
)
def test_scandinavian_negations_negate(title: str) -> None:
    assert _negated(title)


def test_norwegian_negation_is_reported() -> None:
    page = "Norge har anerkjent Palestina som stat"
    assert title_score("Norge har ikke anerkjent Palestina som stat", page) < THRESHOLD
    assert title_score("Norge har anerkjent Palestina som stat", page) == 1.0


@pytest.mark.parametrize(
    "title", ["kaja kallas ei astu tagasi", "ei au castigat alegerile", "interne kritik"]
)
def test_words_that_only_look_like_negations_are_left_alone(title: str) -> None:
    # Estonian "ei" is Romanian "they" (and Dutch and German "egg"); "interne" only begins with "inte".
    assert not _negated(title)


# --- more states ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("Mongolia", "Ulaanbaatar"),
        ("Монголии", "Mongolian"),
        ("Norge", "Oslo"),
        ("Norway", "Норвегия"),
        ("Irland", "Dublin"),
        ("Ireland", "Irish"),
        ("Soomaaliya", "Muqdisho"),
        ("Somalia", "Mogadishu"),
        ("Itoobiya", "Ethiopia"),
    ],
)
def test_one_state_in_two_words(x: str, y: str) -> None:
    assert _one_state(fold(x), fold(y))


@pytest.mark.parametrize(
    ("x", "y"), [("Irland", "Norge"), ("Itoobiya", "Soomaaliya"), ("Astana", "Ulaanbaatar")]
)
def test_two_states(x: str, y: str) -> None:
    assert _two_states(x, y)


@pytest.mark.parametrize("word", ["Somaliland", "Norwich", "Oslofjord", "Irishman"])
def test_words_beside_the_new_states_are_left_alone(word: str) -> None:
    # Somaliland is no part of Somalia's names; Norwich is an English city; Oslo and "Irish" are whole words.
    assert _state_of(fold(word)) == -1


def test_capital_for_the_state_matches_and_another_state_fails() -> None:
    page = "Norge har anerkjent Palestina som stat"
    assert title_score("Oslo har anerkjent Palestina som stat", page) >= THRESHOLD
    assert _findings("Irland har anerkjent Palestina som stat", page) == {"title_mismatch": "fail"}


# --- sentence case told by a word no English or German title writes in lower case -----------------------


def test_a_lower_case_word_with_a_foreign_letter_says_sentence_case() -> None:
    assert _sentence_case(_title_words("Premiér Robert Fico bol postrelený v Handlovej"))
    assert _findings(
        "Premiér Robert Fico bol postrelený v Bratislave", "Premiér Robert Fico bol postrelený v Handlovej"
    ) == {"title_mismatch": "fail"}
    assert _findings(
        "Premiér Peter Pellegrini bol postrelený v Handlovej",
        "Premiér Robert Fico bol postrelený v Handlovej",
    ) == {"title_mismatch": "fail"}


@pytest.mark.parametrize(
    "title",
    [
        "Kanzler Scholz trifft Präsident Macron in Berlin",  # German: ä is German's own
        "Macron Meets Pokémon Fans at Élysée Palace",  # title case: every long word capitalised
        "Premiér Robert Fico bol Postrelený v Handlovej",  # no long word in lower case
    ],
)
def test_titles_without_such_a_word_keep_the_count(title: str) -> None:
    assert not _sentence_case(_title_words(title))


# --- a name's particle inside a run ----------------------------------------------------------------------


@pytest.mark.parametrize("words", [("Rio", "de", "Janeiro"), ("Нью", "Дели"), ("Ludwig", "van", "Beethoven")])
def test_name_runs(words: tuple[str, ...]) -> None:
    assert _name_run(words)


@pytest.mark.parametrize("words", [("prime", "minister"), ("Putin", "meets", "Xi"), ("Rio", "de")])
def test_runs_that_are_no_name_are_left_alone(words: tuple[str, ...]) -> None:
    assert not _name_run(words)


def test_another_city_with_a_particle_fails() -> None:
    page = "Лавров прибыл в Рио-де-Жанейро для участия в саммите G20"
    assert _name_runs_swapped("Лавров прибыл в Нью-Дели для участия в саммите G20", page) == (
        "Нью Дели",
        "Рио де Жанейро",
    )
    assert _findings("Лавров прибыл в Нью-Дели для участия в саммите G20", page) == {"title_mismatch": "fail"}


# --- Danish and Norwegian letters typed as digraphs ------------------------------------------------------


def test_danish_aa_for_a_ring_matches() -> None:
    page = "Frederik X udråbt til konge på Christiansborg Slotsplads"
    assert title_score("Frederik X udraabt til konge paa Christiansborg Slotsplads", page) >= THRESHOLD
    assert title_score("Ny støtte til Grønland", "Ny stoette til Groenland") >= THRESHOLD


def test_digraphs_for_other_words_are_left_alone() -> None:
    page = "Frederik X udråbt til konge på Christiansborg Slotsplads"
    assert title_score("Frederik IX udraabt til konge paa Amalienborg Slotsplads", page) < THRESHOLD


# --- a page's headline apart from a section's name after it ---------------------------------------------


def test_page_head_is_the_headline_before_a_section() -> None:
    title = "Putin arrives in Ulaanbaatar on official visit - Russian Politics & Diplomacy - TASS"
    assert _page_head("Putin Arrives in Astana on Official Visit", title, ("TASS",), ()) == (
        "Putin arrives in Ulaanbaatar on official visit"
    )
    assert _name_swap("Putin Arrives in Astana on Official Visit", title, ("TASS",), ()) == (
        "name",
        "Astana",
        "Ulaanbaatar",
    )


def test_another_city_behind_a_section_name_fails() -> None:
    title = "Putin arrives in Ulaanbaatar on official visit - Russian Politics & Diplomacy - TASS"
    og = "Putin arrives in Ulaanbaatar on official visit"
    assert _findings("Putin Arrives in Astana on Official Visit", og, titles=(title,)) == {
        "title_mismatch": "fail"
    }


def test_page_head_leaves_alone_titles_of_one_segment_and_cited_titles_of_two() -> None:
    assert _page_head("Putin arrives in Astana", "Putin arrives in Ulaanbaatar", (), ()) is None
    assert (
        _page_head("Visit: Putin arrives in Astana", "Putin arrives in Ulaanbaatar - Politics", (), ())
        is None
    )


# --- a first word set off by a comma ---------------------------------------------------------------------


def test_comma_kicker() -> None:
    assert _comma_kicker("Marcos, ipinagbawal ang lahat ng POGO sa bansa") == "Marcos"
    assert _findings(
        "Duterte, ipinagbawal ang lahat ng POGO sa bansa", "Marcos, ipinagbawal ang lahat ng POGO sa bansa"
    ) == {"title_mismatch": "fail"}


@pytest.mark.parametrize(
    "title", ["Today, Putin meets Xi in Kazan", "Putin meets Xi, talks trade", "Marcos ipinagbawal ang POGO"]
)
def test_no_comma_kicker(title: str) -> None:
    assert _comma_kicker(title) is None


# --- a club of states by its written-out number ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ('саммите "Группы двадцати"', 'саммите "G20"'),
        ("саммит большой двадцатки", "саммит G20"),
        ("лидеры Большой семёрки", "лидеры G7"),
        ("саміт Групи двадцяти", "саміт G20"),
        ("країни Великої сімки", "країни G7"),
        ("the Group of Seven meets", "the G7 meets"),
        ("Group of 20 summit", "G20 summit"),
    ],
)
def test_groups_of_states(text: str, read: str) -> None:
    assert _groups_of_states(text) == read


@pytest.mark.parametrize(
    "text",
    ["group of seven people", "группе семи человек", "большая семья", "Группа из пяти", "больше двадцати"],
)
def test_groups_that_are_no_club_are_left_alone(text: str) -> None:
    assert _groups_of_states(text) == text


def test_group_written_out_matches_and_another_club_does_not() -> None:
    page = "Лавров прибыл в Рио-де-Жанейро для участия в саммите G20"
    assert (
        title_score('Лавров прибыл в Рио-де-Жанейро для участия в саммите "Группы двадцати"', page)
        >= THRESHOLD
    )
    assert title_score('Лавров прибыл в Рио-де-Жанейро для участия в саммите "Группы семи"', page) < THRESHOLD


# --- one name in two words and in one -------------------------------------------------------------------


def test_name_joined() -> None:
    page = "Putin arrives in Ulaanbaatar on official visit"
    assert _name_joined("Putin arrives in Ulan Bator on official visit", page) == page
    assert _name_joined(page, "Putin arrives in Ulan Bator on official visit") == (
        "Putin arrives in Ulan Bator on official visit"
    )
    assert _name_runs_swapped("Putin arrives in Ulan Bator on official visit", page) is None
    assert title_score("Putin arrives in Ulan Bator on official visit", page) >= THRESHOLD


@pytest.mark.parametrize(
    "cited",
    [
        "Putin arrives in Ulan Ude on official visit",  # another city
        "Putin arrives in ulan bator on official visit",  # lower case: no name
        "Putin arrives in Ulan on official Bator visit",  # the two words apart
    ],
)
def test_names_joined_otherwise_are_left_alone(cited: str) -> None:
    assert _name_joined(cited, "Putin arrives in Ulaanbaatar on official visit") is None


# --- one grain for another ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("iraq to import 1 mln tonnes of russian barley", "iraq to import 1 mln tonnes of russian wheat"),
        ("eksport pshenitsy vyros", "eksport yachmenya vyros"),
        ("egipet zakupit kukuruzu", "egipet zakupit pshenitsu"),
    ],
)
def test_grains_conflict(a: str, b: str) -> None:
    assert _grains_conflict(a, b)


def test_barley_for_wheat_is_reported() -> None:
    page = "Iraq to import 1 mln tonnes of Russian wheat in 2025 — ambassador"
    assert title_score("Iraq to import 1 mln tonnes of Russian barley in 2025 — ambassador", page) < THRESHOLD
    assert title_score("Iraq to import 1 mln tonnes of Russian wheat in 2025 — ambassador", page) == 1.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("russia exports wheat and barley", "russia exports wheat"),  # a grain only one side names
        ("pshenitsa i yachmen", "yachmen i pshenitsa"),  # the same grains
        ("grain exports rise", "wheat exports rise"),  # grain is no grain of the table
    ],
)
def test_grains_named_alike_or_on_one_side_are_left_alone(a: str, b: str) -> None:
    assert not _grains_conflict(a, b)


@pytest.mark.parametrize("word", ["wheatley", "pshenitsyn", "yachmenev", "cornwall", "risk", "soyuz"])
def test_words_beginning_like_grains_are_no_grains(word: str) -> None:
    # Surnames (Wheatley, Пшеницын, Ячменев), a county, "risk", the spacecraft.
    assert _grains(word) == frozenset()
