"""Rules of the gaps the nineteenth held-out matching batch left (docs/benchmarks.md, "Matching gaps of the
nineteenth batch"), each on small strings with what it must leave alone: a news headline cited without its
trailing count clause (``Fire at a warehouse`` for ``Fire at a warehouse, 5 killed``), and an AMA reference
whose author is written ``Surname, Given.``."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._entries import _ama_web
from linkcheck.config import Config
from linkcheck.match import _count_clause, _numerals, title_score
from linkcheck.models import Citation
from linkcheck.names import fold

URL = "https://tass.com/politics/1107571"
THRESHOLD = Config().title_threshold

# --- a headline cited without its trailing count clause -----------------------------------------------------

_FIRE = "Fire at a Moscow warehouse"


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        (_FIRE, f"{_FIRE}, 5 killed"),
        (_FIRE, f"{_FIRE}, at least 12 dead"),
        (_FIRE, f"{_FIRE}, 3 injured"),
        (_FIRE, f"{_FIRE}, five killed"),  # a number word is a number
        ("Пожар на складе в Москве", "Пожар на складе в Москве, погибли 5 человек"),
        (f"{_FIRE}, 5 killed", _FIRE),  # the other way round: the page's headline without its count
    ],
)
def test_headline_without_its_count_clause_matches(cited: str, page: str) -> None:
    assert title_score(cited, page) == 1.0


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        # Another count: an updated toll or another fire of the same kind; the title cannot tell, and two
        # titles whose numbers contradict stay capped, as elsewhere (``refugees top 3 million``/``two``).
        (f"{_FIRE}, 3 killed", f"{_FIRE}, 5 killed"),
        (f"{_FIRE} kills 3", f"{_FIRE}, 5 killed"),
        (_FIRE, f"{_FIRE} complex spreads to homes, 5 injured"),  # another story sharing the first words
        ("Explosion at a Moscow warehouse", f"{_FIRE}, 5 killed"),
        (_FIRE, f"{_FIRE}, 10 years on"),  # an anniversary piece: a span of time, not a count
        ("Inside the war economy", "Inside the war economy, part 3"),  # which of a series
        ("Inside the war economy", "Inside the war economy, episode 4 of 6"),
        ("Inside Russia's war economy, part III", "Inside Russia's war economy, part II"),
        ("Хроника переговоров о поставках С-300", "Хроника переговоров о поставках С-300, часть 3"),
    ],
)
def test_count_clause_left_alone(cited: str, page: str) -> None:
    assert title_score(cited, page) < THRESHOLD


@pytest.mark.parametrize(
    ("clause", "count"),
    [
        ("5 killed", True),
        ("at least 12 dead", True),
        ("погибли 5 человек", True),
        ("part 3", False),
        ("глава 2", False),
        ("episodio 4", False),
        ("3", False),  # a number alone names a part
        ("10 years on", False),
        ("5 лет спустя", False),
        ("2019 report", False),  # a year
        ("3 killed 5 injured", False),  # two numbers
        ("as 5 nations meet to sign the new accord", False),  # more than a short clause
    ],
)
def test_count_clause(clause: str, count: bool) -> None:
    """Read as the matcher reads a clause: folded (Cyrillic romanised), numerals as digits."""
    assert _count_clause(_numerals(fold(clause)).split()) is count


# --- AMA with the author written ``Surname, Given.`` ------------------------------------------------------

_TASS = "Russia ready to help Iraq strengthen its air defense — Lavrov"


def _entry(text: str) -> Citation:
    (found,) = [c for c in extract_citations(f"## References\n\n{text}\n", "markdown", "t") if c.url == URL]
    return found


@pytest.mark.parametrize(
    "author",
    [
        "Reporter, John.",
        "Reporter, J.",
        "Reporter, John A.",
        "Reporter, John, et al.",
        "Reporter, John, and Jane Roe.",
    ],
)
def test_ama_surname_given_author_is_not_the_title(author: str) -> None:
    citation = _entry(
        f"1. {author} {_TASS}. TASS. Published January 10, 2020. Accessed February 1, 2021. {URL}"
    )
    assert citation.title == _TASS
    assert citation.outlet == "TASS"
    assert str(citation.date) == "2020-01-10"


@pytest.mark.parametrize(
    "title",
    [
        "Israel, Hamas Agree Ceasefire",  # a comma inside the title: no full stop after the second word
        "Israel, Hamas agree ceasefire",
        "Moscow, Baghdad Talk Air Defence",  # a capitalised word after the comma, but no full stop
    ],
)
def test_ama_title_with_a_comma_read_whole(title: str) -> None:
    match = _ama_web(f"{title}. Example News. Published May 2, 2024. {URL}")
    assert match is not None
    assert match.group("title") == title
