"""The forty-sixth session's cuts of a page's judging cost (cost8, issue 7), each held to what it replaced.

- ``gates._has_gate_word`` asks whether the folded titles hold one of ``_GATE_WORDS`` word by word: the
  words not known to hold none are searched one at a time and remembered, and the gate words that hold a
  separator (a space, the NUL after each title) are found from that separator (``_GATE_SEARCH``, a
  ``names.WordSearch`` since cost11, the helper soft404's pattern words share). The same answer as the
  search over the whole text, for any text and for every word the table holds or gains.
- ``soft404._segments`` drops a path's empty segments with ``filter``, the same tuple as the comprehension.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import gates, soft404
from linkcheck.names import WordSearch, fold


def _whole_search(text: str) -> bool:
    """The test the cut replaced, by its definition: some gate word (the table as it is now) is in the whole
    text; the trie's whole search too, which must agree."""
    found = any(word in text for word in gates._GATE_WORDS)
    assert (gates._GATE_SEARCH.pattern().search(text) is not None) is found, text
    return found


def _clear() -> None:
    gates._GATE_SEARCH.clear()


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
        others = [c for c in word if (c.isspace() or c == "\0") and c not in gates._GATE_SEARCH.breaks]
        assert not others, word


def test_words_holding_no_gate_word_are_remembered_and_bounded(fresh_memos: None) -> None:
    assert not gates._has_gate_word("budget talks collapse\0budget talks collapse the courier\0")
    assert {"budget", "talks", "collapse", "the", "courier"} <= gates._GATE_SEARCH.clean
    # a word that holds one is never remembered as clean, but as holding one
    assert gates._has_gate_word("budget subscribers\0")
    assert "subscribers" not in gates._GATE_SEARCH.clean
    assert "subscribers" in gates._GATE_SEARCH.held
    assert gates._has_gate_word("subscribers budget\0")
    monkeypatch_limit = gates._GATE_SEARCH.limit
    try:
        gates._GATE_SEARCH.limit = 3
        assert not gates._has_gate_word("one two three four\0")
        assert len(gates._GATE_SEARCH.clean) <= 4
        for word in ("signs", "logs", "blogs", "members"):
            assert gates._has_gate_word(f"the {word}\0")
        assert len(gates._GATE_SEARCH.held) <= 3
    finally:
        gates._GATE_SEARCH.limit = monkeypatch_limit


def test_gate_signal_reads_a_clean_page_without_the_whole_search(
    fresh_memos: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The trie is asked of words, never of the joined titles (the cut's point): record what it is asked.
    asked: list[str] = []
    trie = gates._GATE_SEARCH.pattern()

    class Recording:
        def search(self, text: str) -> object:
            asked.append(text)
            return trie.search(text)

    monkeypatch.setattr(gates._GATE_SEARCH, "pattern", lambda: Recording())
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


_LETTERS = "abn \0"


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=4), max_size=6),
    st.lists(st.text(alphabet=_LETTERS, max_size=12), min_size=1, max_size=4),
)
def test_word_search_is_the_whole_search_for_any_table(table: list[str], texts: list[str]) -> None:
    # the helper both tables share (cost11), on tables of its own: words holding breaks at either end, a
    # table word that is a break alone, texts asked one after another through one memo
    search = WordSearch(lambda: table, " \0", limit=5)
    for text in texts:
        words = text.replace("\0", " ").split()
        assert search.holds(words, text) is any(word in text for word in table), (table, text)


def test_both_tables_share_one_helper() -> None:
    assert isinstance(gates._GATE_SEARCH, WordSearch)
    assert isinstance(soft404._PATTERN_SEARCH, WordSearch)
    assert not hasattr(gates, "_spaced_gate_word")
    assert not hasattr(soft404, "_spaced_pattern_word")
