"""The forty-sixth session's cuts of a page's judging cost (cost8, issue 7), each held to what it replaced.

- ``gates._has_gate_word`` asks whether the folded titles hold one of ``_GATE_WORDS`` word by word: the
  words not known to hold none are searched one at a time and remembered (``_words_hold_gate_word``), and
  the gate words that hold a separator (a space, the NUL after each title) are found from that separator
  (``_spaced_gate_word``). The same answer as the trie's search over the whole text, for any text and for
  every word the table holds or gains.
- ``soft404._segments`` drops a path's empty segments with ``filter``, the same tuple as the comprehension.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import gates, soft404
from linkcheck.names import fold


def _whole_search(text: str) -> bool:
    """The test the cut replaced: the trie of every gate word over the whole text."""
    return gates._gate_word().search(text) is not None


def _clear() -> None:
    gates._gate_word.cache_clear()
    if (spaced := getattr(gates, "_spaced_gate_word", None)) is not None:
        spaced.cache_clear()
    if (clean := getattr(gates, "_CLEAN_WORDS", None)) is not None:
        clean.clear()


@pytest.fixture
def fresh_memos() -> Iterator[None]:
    _clear()
    yield
    _clear()


#: Words and pieces of words near the table's: each gate word's parts, glued and apart, and plain words.
_PARTS = sorted(
    {part for word in gates._GATE_WORDS for part in word.replace("\0", " ").split()}
    | {word.replace(" ", "").replace("\0", "") for word in gates._GATE_WORDS}
    | {"the", "app", "apps", "you", "have", "keep", "reading", "budget", "talks", "sign", "blog"}
)
_WORD = st.sampled_from(_PARTS) | st.text(alphabet="abegilnoprsuvy\u0434\u0430", min_size=1, max_size=8)
#: A title as ``fold`` gives it: words joined by single spaces.
_TITLE = st.lists(_WORD, min_size=1, max_size=8).map(" ".join)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_TITLE, min_size=1, max_size=3))
def test_has_gate_word_is_the_whole_search(titles: list[str]) -> None:
    # the text `gate_signal` builds: each folded title followed by a NUL
    text = "\0".join(titles) + "\0"
    assert gates._has_gate_word(text) == _whole_search(text)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from("apsignyouhvekrd \0\t"), max_size=40))
def test_has_gate_word_is_the_whole_search_on_any_text(text: str) -> None:
    # not only fold's output: doubled spaces, NULs anywhere, a tab (split at, and in no gate word)
    assert gates._has_gate_word(text) == _whole_search(text)


def test_every_gate_word_is_found_alone_and_inside_a_title(fresh_memos: None) -> None:
    for word in gates._GATE_WORDS:
        text = word if word.endswith("\0") else word + "\0"
        assert gates._has_gate_word(text), word
        # after other titles, and with its words read before (remembered as holding nothing of their own)
        assert not gates._has_gate_word("budget talks\0")
        assert gates._has_gate_word("budget talks\0" + "x " + text), word


def test_a_word_the_table_gains_is_found(fresh_memos: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # (``fresh_memos`` first: the table is given back before the memos compiled from it are cleared)
    # a plain word and one with a space, in a table the cut never saw: both are found as the trie finds them
    gained = (*gates._GATE_WORDS, "quuxwall", "zorp blick")
    monkeypatch.setattr(gates, "_GATE_WORDS", gained)
    _clear()
    for text in ("the quuxwall opens\0", "xquuxwallx\0", "a zorp blick b\0", "xzorp blickx\0"):
        assert gates._has_gate_word(text), text
        assert _whole_search(text)
    assert not gates._has_gate_word("zorp\0blick\0")  # a NUL is no space: as the trie reads it
    assert not _whole_search("zorp\0blick\0")


def test_the_separators_split_no_gate_word_but_at_the_spaced_pattern() -> None:
    # The words are split at every white space character (``str.split``) and at the NUL; a gate word
    # holding one of those but a space or the NUL would be missed, so the table must hold none.
    for word in gates._GATE_WORDS:
        others = [c for c in word if (c.isspace() or c == "\0") and c not in gates._GATE_BREAKS]
        assert not others, word


def test_words_holding_no_gate_word_are_remembered_and_bounded(fresh_memos: None) -> None:
    assert not gates._has_gate_word("budget talks collapse\0budget talks collapse the courier\0")
    assert {"budget", "talks", "collapse", "the", "courier"} <= gates._CLEAN_WORDS
    # a word that holds one is never remembered as clean
    assert gates._has_gate_word("budget subscribers\0")
    assert "subscribers" not in gates._CLEAN_WORDS
    monkeypatch_limit = gates._WORD_KEYS
    try:
        gates._WORD_KEYS = 3
        assert not gates._has_gate_word("one two three four\0")
        assert len(gates._CLEAN_WORDS) <= 4
    finally:
        gates._WORD_KEYS = monkeypatch_limit


def test_gate_signal_reads_a_clean_page_without_the_whole_search(
    fresh_memos: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The trie is asked of words, never of the joined titles (the cut's point): record what it is asked.
    asked: list[str] = []
    trie = gates._gate_word()

    class Recording:
        def search(self, text: str) -> object:
            asked.append(text)
            return trie.search(text)

    monkeypatch.setattr(gates, "_gate_word", lambda: Recording())
    headline = "Bridge historic inflation builds flood"
    assert not gates._has_gate_word(fold(headline) + "\0" + fold(f"{headline} | Morning Datagram") + "\0")
    assert asked
    assert all(" " not in text and "\0" not in text for text in asked)
    asked.clear()
    assert not gates._has_gate_word(fold(headline) + "\0")
    assert asked == []  # every word read before: no search at all


@pytest.mark.parametrize(
    "title",
    ["Sign in to continue", "Subscribe to read", "Get the app", "Are you a robot?", "Cookie settings"],
)
def test_gate_titles_still_have_a_gate_word(title: str, fresh_memos: None) -> None:
    assert gates._has_gate_word(fold(title) + "\0")


@pytest.mark.parametrize(
    "title", ["Bridge historic inflation builds flood", "Council approves budget", "Happy birthday"]
)
def test_headlines_still_have_none(title: str, fresh_memos: None) -> None:
    # leave alone: a headline of no gate word (the happy path), asked twice (the second from the memo)
    assert not gates._has_gate_word(fold(title) + "\0")
    assert not gates._has_gate_word(fold(title) + "\0")


@given(st.lists(st.sampled_from(["", "news", "2024", "a b", "%2F", "x.html"]), max_size=7).map("/".join))
def test_segments_drop_the_empty_ones_as_before(path: str) -> None:
    soft404._segments.cache_clear()
    url = "https://news.example/" + path + "?q=1"
    segments, query = soft404._segments(url)
    assert segments == tuple(s for s in ("/" + path).split("/") if s)
    assert query == "q=1"
