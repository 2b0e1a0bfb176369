"""The forty-seventh session's cuts of a page's judging cost (cost11, issue 7), each held to what it replaced.

- ``names.WordSearch.spaced`` (the table words that hold a break, found from their first break) factors the
  rests after a break as a trie and, when no rest is empty, looks ahead for a class of their first
  characters: the same answer as the old form (one branch a word: the rest, then the look back at the whole
  word), for the gate words, the soft-404 pattern words and any table.
- ``soft404.may_say_moved`` asks its hints through ``map``: the same answer as the generator of ``in`` tests.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import gates, soft404
from linkcheck.names import WordSearch, fold


def _old_spaced(table: tuple[str, ...] | list[str], breaks: str) -> re.Pattern[str]:
    """The form the cut replaced (cost8's): one branch a table word that holds a break."""
    branches = []
    for word in table:
        at = min((i for i in map(word.find, breaks) if i >= 0), default=-1)
        if at >= 0:
            branches.append(re.escape(word[at:]) + f"(?<={re.escape(word)})")
    return re.compile("(?:" + "|".join(branches) + ")" if branches else "(?!)")


def _agree(search: WordSearch, table: tuple[str, ...] | list[str], text: str) -> None:
    old = _old_spaced(table, search.breaks).search(text) is not None
    assert (search.spaced().search(text) is not None) is old, (table, text)


_GATE_PARTS = sorted(
    {p for w in gates._GATE_WORDS for p in w.replace("\0", " ").split()} | {"x", "the", "app"}
)
_PATTERN_PARTS = sorted({p for w in soft404._PATTERN_WORDS for p in w.split()} | {"x", "the", "enaa"})


@settings(max_examples=800, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_GATE_PARTS), min_size=1, max_size=6).map(" ".join), max_size=3))
def test_gate_words_spaced_search_is_the_old_form(titles: list[str]) -> None:
    text = "\0".join(titles) + "\0"
    _agree(gates._GATE_SEARCH, gates._GATE_WORDS, text)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PATTERN_PARTS), min_size=1, max_size=8).map(" ".join))
def test_pattern_words_spaced_search_is_the_old_form(text: str) -> None:
    _agree(soft404._PATTERN_SEARCH, soft404._PATTERN_WORDS, text)
    _agree(soft404._PATTERN_SEARCH, soft404._PATTERN_WORDS, text + " ")


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.text(alphabet="ab \0", min_size=1, max_size=5), max_size=7),
    st.text(alphabet="ab \0", max_size=14),
)
def test_spaced_search_is_the_old_form_for_any_table(table: list[str], text: str) -> None:
    # words sharing rests after a break ("x ab", "y ab"), a rest that is a prefix of another ("a b",
    # "a bb"), a word ending at its break ("ab "), a break alone: every way through the trie is a branch
    search = WordSearch(lambda: table, " \0")
    _agree(search, table, text)


def test_every_spaced_word_is_found_and_its_near_misses_are_not() -> None:
    for search, table in (
        (gates._GATE_SEARCH, gates._GATE_WORDS),
        (soft404._PATTERN_SEARCH, soft404._PATTERN_WORDS),
    ):
        for word in table:
            if not any(b in word for b in search.breaks):
                continue
            for text in (word, f"x {word}", f"{word}x", f"x{word} y"):
                _agree(search, table, text)
                assert search.spaced().search(text) is not None, text
            clipped = word[:-1]
            _agree(search, table, clipped)


def test_a_class_is_looked_ahead_for_only_when_no_rest_is_empty() -> None:
    # the gate words' rests after a space all begin with a letter: one class first
    assert gates._GATE_SEARCH.spaced().pattern.startswith("\\ (?=[")
    # "enaa " ends at its space: its rest is empty, so no class may stand before it
    assert "(?=[" not in soft404._PATTERN_SEARCH.spaced().pattern
    assert soft404._PATTERN_SEARCH.spaced().search("udalenaa ") is not None


@pytest.mark.parametrize(
    "title",
    [
        "Article moved | The Ledger",
        "Материал ПЕРЕМЕЩЕН",
        "MOVED",
        "We have Moved",
        "Mayor opens bridge",
        "",
        "moveD",
    ],
)
def test_may_say_moved_is_the_generator_of_in_tests(title: str) -> None:
    lowered = title.lower()
    assert soft404.may_say_moved(title) is any(h in lowered for h in soft404._MOVED_HINTS)


@given(st.text(alphabet=st.sampled_from("moveдМПЕРЩНСТХАperemsх "), max_size=20))
def test_may_say_moved_on_any_title(title: str) -> None:
    lowered = title.lower()
    assert soft404.may_say_moved(title) is any(h in lowered for h in soft404._MOVED_HINTS)


def test_a_folded_gate_title_still_holds_its_spaced_word() -> None:
    # the titles the searches read are folded ones: a folded gate title still holds its spaced word
    assert gates._GATE_SEARCH.spaced().search(fold("Keep Reading") + "\0") is not None
