"""Rules of the thirty-ninth held-out matching batch (docs/benchmarks.md, "Thirty-ninth batch"), each on
small strings with what it must leave alone: the same figure in another unit; a league's, a class's or a
plan's letter; a URL's slug that spells the page's name where the cited title has another (no rewrite of the
cited headline); a club's initials inside a name's run; a host's "the" dropped by an outlet in capitals (a
Bluebook note)."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck import match
from linkcheck.articles import extract_citations
from linkcheck.articles._prose import find_mentions, host_labels
from linkcheck.config import Config
from linkcheck.match import _letters_conflict, _numerals, _units_conflict, match_citation, word_similarity
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()
#: An address whose last segment is an identifier: a slug of no words.
PLAIN_URL = "https://www.example-courier.net/news/2024/06/11/38211"


def _findings(cited: str, page: str, url: str = PLAIN_URL) -> dict[str, str]:
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 6, 11), "opengraph"),
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 6, 11))
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


def _folded(title: str) -> str:
    return _numerals(fold(title))


# --- The same figure in another unit ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        # metres for kilometres: the figure kept, a thousand times off
        (
            "Ash from the Bezymianny volcano rose to a height of 15 metres",
            "Ash from the Bezymianny volcano rose to a height of 15 kilometres",
        ),
        # Russian: метров for км
        (
            "Пепел вулкана Безымянный поднялся на высоту 15 метров",
            "Пепел вулкана Безымянный поднялся на высоту 15 км",
        ),
        # kilograms for tonnes
        (
            "Customs officers seize 5 kg of cocaine at the port of Rotterdam",
            "Customs officers seize 5 t of cocaine at the port of Rotterdam",
        ),
    ],
)
def test_the_same_figure_in_another_unit_is_reported(cited: str, page: str) -> None:
    assert _units_conflict(_folded(cited), _folded(page))
    assert word_similarity(fold(cited), fold(page)) <= 0.75
    assert "title_mismatch" in _findings(cited, page)


def test_metres_are_written_as_their_symbol() -> None:
    assert _folded("rose to 15 metres") == _folded("rose to 15 m") == "rose to 15 m"
    assert _folded("поднялся на 15 метров") == "podnyalsya na 15 m"


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        # one unit in two spellings
        (
            "Ash rose to a height of 15 km over Kamchatka",
            "Ash rose to a height of 15 kilometres over Kamchatka",
        ),
        ("Пепел поднялся на высоту 15 км", "Пепел поднялся на высоту 15 километров"),
        # a unit only one side writes
        ("Ash rose to a height of 15 over Kamchatka", "Ash rose to a height of 15 km over Kamchatka"),
        # no number before the word: the Moscow Metro is no metre
        (
            "Moscow Metro opens 3 stations on the Big Circle line",
            "Moscow Metro opens 3 stations on the Big Circle line today",
        ),
    ],
)
def test_units_conflict_leaves_alone(cited: str, page: str) -> None:
    assert not _units_conflict(_folded(cited), _folded(page))


def test_units_spelled_two_ways_still_match() -> None:
    assert (
        _findings(
            "Ash rose to a height of 15 km over Kamchatka",
            "Ash rose to a height of 15 kilometres over Kamchatka",
        )
        == {}
    )


# --- A league's, a class's or a plan's letter ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        (
            "Il Palermo torna in serie B dopo la finale dei playoff",
            "Il Palermo torna in serie A dopo la finale dei playoff",
        ),
        (
            "Government adopts plan B for the winter energy crisis",
            "Government adopts plan A for the winter energy crisis",
        ),
        (
            "Ukraine drawn in Group F with Belgium and Romania",
            "Ukraine drawn in Group E with Belgium and Romania",
        ),
    ],
)
def test_another_letter_is_reported(cited: str, page: str) -> None:
    assert _letters_conflict(fold(cited), fold(page))
    assert "title_mismatch" in _findings(cited, page)


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        # Italian ``a``/``e`` ("to", "and"): two words of a language
        ("il governo vara il piano a roma per la scuola", "il governo vara il piano e roma per la scuola"),
        # elided articles, folded apart (``l'Etna``, ``d'Etna``)
        ("la colata l etna si ferma", "la colata d etna si ferma"),
        # the first word
        ("b team wins the cup final", "a team wins the cup final"),
        # a letter only one title has
        ("plan b for the winter energy crisis", "plan for the winter energy crisis"),
        # titles differing elsewhere too
        ("plan b adopted for the winter crisis", "plan a rejected for the winter crisis"),
    ],
)
def test_letters_conflict_leaves_alone(cited: str, page: str) -> None:
    assert not _letters_conflict(cited, page)


# --- A slug that spells the page's name where the cited title has another -----------------------------------


@pytest.mark.parametrize(
    ("cited", "page", "url"),
    [
        # another person in a headline in title case
        (
            "Court Sentences Theater Director Petrova to 6 Years",
            "Court Sentences Theater Director Ivanova to 6 Years",
            "https://www.example-courier.net/2024/06/11/court-sentences-theater-director-ivanova-to-6-years-a1234",
        ),
        # another island as a sentence-case title's first word
        (
            "Bonaire a bira un munisipio spesial di Hulanda",
            "Saba a bira un munisipio spesial di Hulanda",
            "https://www.example-courier.net/2024/06/11/saba-munisipio-spesial",
        ),
        # another volcano behind its own article, one elided (``L'Etna``: the slug drops the ``L'``)
        (
            "U Vesuviu torna a sbummicari: chiusu l'aeroportu di Catania",
            "L'Etna torna a sbummicari: chiusu l'aeroportu di Catania",
            "https://www.example-courier.net/2024/06/11/etna-aeroportu-catania",
        ),
    ],
)
def test_a_name_the_slug_does_not_spell_fails(cited: str, page: str, url: str) -> None:
    assert match._slug_keeps_page_run(url, cited, page)
    assert _findings(cited, page, url) == {"title_mismatch": "fail"}


@pytest.mark.parametrize(
    ("cited", "page", "url"),
    [
        # the slug spells the cited name: the headline was edited since (a correction, an update)
        (
            "Court Sentences Theater Director Petrova to 6 Years",
            "Court Sentences Theater Director Ivanova to 6 Years",
            "https://www.example-courier.net/2024/06/11/court-sentences-theater-director-petrova-to-6-years-a1234",
        ),
        # a slug of no words (an identifier)
        (
            "Court Sentences Theater Director Petrova to 6 Years",
            "Court Sentences Theater Director Ivanova to 6 Years",
            PLAIN_URL,
        ),
        # words in lower case swapped (a verb: a rewrite may change one)
        (
            "Minister resigns after the budget vote in parliament",
            "Minister sacked after the budget vote in parliament",
            "https://www.example-courier.net/2024/06/11/minister-sacked-after-budget-vote-in-parliament",
        ),
        # initials for the name they stand for
        (
            "PBBM, nilagdaan ang budget para sa susunod na taon",
            "Marcos, nilagdaan ang budget para sa susunod na taon",
            "https://www.example-courier.net/2024/06/11/marcos-nilagdaan-budget",
        ),
        # two spellings of one name
        (
            "Explosions heard in Kiev overnight, officials say",
            "Explosions heard in Kyiv overnight, officials say",
            "https://www.example-courier.net/2024/06/11/explosions-heard-in-kyiv-overnight",
        ),
        # titles differing in two places
        (
            "Court Sentences Theater Director Petrova to 7 Years in Moscow",
            "Court Sentences Theater Director Ivanova to 6 Years in Kazan",
            "https://www.example-courier.net/2024/06/11/court-sentences-theater-director-ivanova-to-6-years-in-kazan",
        ),
    ],
)
def test_slug_keeps_page_run_leaves_alone(cited: str, page: str, url: str) -> None:
    assert not match._slug_keeps_page_run(url, cited, page)


def test_an_edited_headline_the_slug_spells_is_no_failure() -> None:
    cited = "Court Sentences Theater Director Petrova to 6 Years"
    page = "Court Sentences Theater Director Ivanova to 6 Years"
    url = (
        "https://www.example-courier.net/2024/06/11/court-sentences-theater-director-petrova-to-6-years-a1234"
    )
    assert _findings(cited, page, url).get("title_mismatch") != "fail"


# --- A club's initials inside a name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        (
            "FC Porto vence a Taça de Portugal pela terceira vez seguida",
            "Sporting CP vence a Taça de Portugal pela terceira vez seguida",
        ),
        ("Hamborger SV stiggt na de Bundesliga op", "Holstein Kiel stiggt na de Bundesliga op"),
    ],
)
def test_a_club_for_another_fails(cited: str, page: str) -> None:
    swap = match._name_swap(cited, page, (), ())
    assert swap is not None
    assert swap[0] == "name"
    assert _findings(cited, page) == {"title_mismatch": "fail"}


@pytest.mark.parametrize(
    "words",
    [
        ("US",),  # initials alone: one name for ``United States``
        ("EU", "leaders"),  # no capitalised word beside the initials
        ("Real", "Madrid"),  # no initials
        ("Hamborger", "SV", "Fans", "Club"),  # four words: more than a name's run
    ],
)
def test_initials_beside_leaves_alone(words: tuple[str, ...]) -> None:
    assert not match._initials_beside(words)


def test_initials_for_a_name_are_no_swap() -> None:
    cited, page = (
        "US signs deal with Kazakhstan on uranium",
        "United States signs deal with Kazakhstan on uranium",
    )
    assert match._name_swap(cited, page, (), ()) is None  # fmt: skip


# --- An outlet in capitals without its host's "The" ---------------------------------------------------------


def test_a_bluebook_periodical_without_the_is_read() -> None:
    url = "https://www.theguardian.com/world/2024/jun/11/harbour-strike-ends"
    entry = f"Jane Reporter, *Harbour Strike Ends After Nine Days*, GUARDIAN (June 11, 2024), {url}."
    text = f"## Notes\n\n1. {entry}\n"
    (citation,) = extract_citations(text, "markdown", "notes")
    assert citation.outlet == "GUARDIAN"
    assert citation.title == "Harbour Strike Ends After Nine Days"


@pytest.mark.parametrize(
    ("prose", "url"),
    [
        # ordinary case: a phrase must spell the host's "the" (no Bluebook capitals)
        ("Moscow Times", "https://www.themoscowtimes.com/2024/07/08/x-a85641"),
        (
            "Storms over Atlantic waters delayed flights",
            "https://www.theatlantic.com/ideas/2024/06/x/678123/",
        ),
        # a label of six letters or fewer (``thehill``: ``HILL``, ``CAPITOL HILL``)
        ("Senators met on CAPITOL HILL", "https://thehill.com/homenews/senate/4712345-x/"),
    ],
)
def test_find_mentions_without_the_leaves_alone(prose: str, url: str) -> None:
    assert find_mentions(prose, host_labels(url), cue=False) == []


def test_find_mentions_reads_capitals_without_the() -> None:
    labels = host_labels("https://www.themoscowtimes.com/2024/07/08/x-a85641")
    (mention,) = find_mentions("MOSCOW TIMES", labels, cue=False)
    assert mention.name == "MOSCOW TIMES"
    assert mention.label == labels[0]
