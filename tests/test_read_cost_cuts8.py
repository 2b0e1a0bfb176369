"""The forty-fifth session's cuts of a page's judging cost (cost6, issue 7), each held to what it replaced.

- ``soft404._text_kind`` asks whether a piece's folded text holds one of ``_PATTERN_WORDS`` word by word
  (``_PATTERN_SEARCH.holds``, a ``names.WordSearch`` since cost11): each word's answer is remembered, and
  the words that hold a space are found from the text's spaces. The same answer as the search over the
  whole text, for any words and for every word the table holds or gains.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import soft404
from linkcheck.names import fold


def _whole_search(text: str) -> bool:
    """The test the cut replaced, by its definition: some pattern word (the table as it is now) is in the
    whole text; the alternation's whole search too, which must agree."""
    found = any(word in text for word in soft404._PATTERN_WORDS)
    assert (soft404._PATTERN_SEARCH.pattern().search(text) is not None) is found, text
    return found


def _holds(words: list[str], text: str) -> bool:
    return soft404._PATTERN_SEARCH.holds(words, text)


def _clear() -> None:
    soft404._PATTERN_SEARCH.clear()
    soft404._text_kind.cache_clear()


@pytest.fixture
def fresh_memos() -> Iterator[None]:
    _clear()
    yield
    _clear()


#: Words and pieces of words near the table's: each pattern word's parts, their neighbours, plain words.
_PARTS = sorted(
    {part for word in soft404._PATTERN_WORDS for part in word.split()}
    | {word.replace(" ", "") for word in soft404._PATTERN_WORDS}
    | {"the", "is", "not", "here", "no", "longer", "ne", "en", "enaa", "taken", "down", "police", "bridge"}
)
_WORD = st.sampled_from(_PARTS) | st.text(alphabet="abdefilnorstuvx409", min_size=1, max_size=9)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=9), st.lists(_WORD, max_size=3))
def test_holds_pattern_word_is_the_whole_search(words: list[str], glued: list[str]) -> None:
    # words glued to a part ("xenaa", "longerhere") as well as apart
    words = [*words, "".join(glued)] if glued else words
    text = " ".join(words)
    assert _holds(words, text) is _whole_search(text), text


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_holds_pattern_word_on_any_folded_text(raw: str) -> None:
    text = fold(raw)
    assert _holds(text.split(), text) is _whole_search(text), text


@pytest.mark.parametrize("word", soft404._PATTERN_WORDS)
def test_every_pattern_word_is_found_in_a_headline(word: str) -> None:
    # the table, not a copy of it: a word it gains is held to the same test
    for text in (word.strip(), f"the {word.strip()}", f"{word.strip()} today", f"old {word}story".strip()):
        text = " ".join(text.split())
        assert _holds(text.split(), text) is _whole_search(text), text
    inner = " ".join(f"x {word} y".split())
    assert _holds(inner.split(), inner), inner


def test_a_word_the_table_gains_is_found(monkeypatch: pytest.MonkeyPatch, fresh_memos: None) -> None:
    # a spaced word and a plain one added to the table are found from the table, with no other list to keep
    monkeypatch.setattr(soft404, "_PATTERN_WORDS", (*soft404._PATTERN_WORDS, "gone for good", "vanished"))
    _clear()
    assert not _holds(["story", "gone", "for", "now"], "story gone for now")
    for text in ("story gone for good", "gone for good", "the story vanished today"):
        assert _holds(text.split(), text), text
    assert not _holds(["gone", "for", "now"], "gone for now")


class _Recording:
    """A stand-in for the alternation that records the texts it is asked to search."""

    def __init__(self, pattern: object, asked: list[str]) -> None:
        self._pattern = pattern
        self._asked = asked

    def search(self, text: str) -> object:
        self._asked.append(text)
        return self._pattern.search(text)  # type: ignore[attr-defined]


def test_a_headline_of_known_words_is_not_searched_again(
    monkeypatch: pytest.MonkeyPatch, fresh_memos: None
) -> None:
    asked: list[str] = []
    real = soft404._PATTERN_SEARCH.pattern()
    monkeypatch.setattr(soft404._PATTERN_SEARCH, "pattern", lambda: _Recording(real, asked))
    assert soft404._text_kind("Police restore the old bridge") is None
    asked.clear()
    assert soft404._text_kind("Old police bridge restore") is None
    # the alternation is asked of no whole headline (a text with a space), and of no word read before
    assert asked == [], asked


def test_words_are_asked_one_at_a_time(monkeypatch: pytest.MonkeyPatch, fresh_memos: None) -> None:
    asked: list[str] = []
    real = soft404._PATTERN_SEARCH.pattern()
    monkeypatch.setattr(soft404._PATTERN_SEARCH, "pattern", lambda: _Recording(real, asked))
    assert soft404._text_kind("Mayor opens new river bridge") is None
    assert asked
    assert all(" " not in text for text in asked), asked


@pytest.mark.parametrize(
    ("piece", "kind"),
    [
        ("Page not found", "error"),
        ("The page you requested could not be found", "error"),
        ("This article is no longer available", "error"),
        ("Story taken down", None),
        ("Oops!", "filler"),
        ("Mayor opens new river bridge", None),
        ("Founders of the city found a new museum", None),
    ],
)
def test_text_kind_reads_pieces_as_before(piece: str, kind: str | None, fresh_memos: None) -> None:
    # left alone: what each piece is read as (an error phrase, filler, a headline)
    text = fold(piece)
    assert soft404._text_kind(piece) == kind
    if kind is None and text not in soft404._PHRASES:
        assert not (_whole_search(text) and soft404._error_pattern().fullmatch(text))
