"""cost24: a table read when first wanted is read once, however many threads want it at that moment.

A run's worker threads read their first pages together, so ``names.WordSearch``'s patterns (the soft-404
anchors and pattern words, the gate words) are first asked for by many threads at once. Before cost24 each
of them that came while the first was still reading the table read it again: with cost23's anchor
derivation (~20-30 ms) 28-46 reads a run of ``bench/throughput.py``'s clean case, about a second of its
CPU, which ``bench/read_cost.py`` (one thread, after a warm-up) could not see (``bench/first_use.py``
shows it). The tests make the threads overlap on purpose: the table waits at a barrier for the others
(with a time-out, since under the lock they never come), so without the lock every thread reads it.
"""

from __future__ import annotations

import pytest

from linkcheck import gates, soft404
from linkcheck.names import WordSearch
from tests.at_once import ask_at_once, held_for

THREADS = 8


def _ask_at_once(search: WordSearch, ask: str) -> list[object]:
    """``THREADS`` threads released together, each calling ``getattr(search, ask)()``; their results."""
    return ask_at_once(lambda: getattr(search, ask)(), THREADS)


def _slow_table(words: list[str], reads: list[int]) -> WordSearch:
    """A search whose table is slow to read: each reader waits (up to 2 s) for ``THREADS`` readers."""
    return WordSearch(held_for(lambda: words, reads, THREADS), " ")


@pytest.mark.parametrize("ask", ["pattern", "spaced"])
def test_threads_asking_at_once_read_the_table_once(ask: str) -> None:
    reads: list[int] = []
    search = _slow_table(["page not found", "gone", "removed"], reads)
    got = _ask_at_once(search, ask)
    assert len(reads) == 1
    assert all(pattern is got[0] for pattern in got)  # one pattern, shared


def test_the_pattern_made_under_the_lock_still_answers() -> None:
    reads: list[int] = []
    search = _slow_table(["page not found", "gone", "removed"], reads)
    _ask_at_once(search, "pattern")
    assert search.words_hold(["this", "page", "is", "gone"])
    assert not search.words_hold(["minister", "finds", "budget"])
    assert search.holds(["page", "not", "found"], "page not found")
    assert not search.holds(["page", "found"], "page found")


def test_cleared_search_reads_the_changed_table_again() -> None:
    words = ["gone"]
    search = WordSearch(lambda: words, " ")
    assert search.words_hold(["gone"])
    words.append("vanished")
    search.clear()
    assert search.words_hold(["vanished"])


def test_a_table_that_asks_another_search_gets_its_pattern() -> None:
    """A table derived from another search's table (cost23's non-ASCII anchors were read from the ASCII
    search's): both asked by many threads at once, each table is read once."""
    reads: list[int] = []
    first = _slow_table(["gone", "removed"], reads)
    second_reads: list[int] = []

    def derived() -> list[str]:
        second_reads.append(1)
        assert first.pattern().search("gone") is not None
        return ["vanished", "gone"]

    second = WordSearch(derived, " ")
    _ask_at_once(second, "pattern")
    assert len(second_reads) == 1
    assert len(reads) == 1
    assert second.words_hold(["vanished"])


@pytest.mark.parametrize(
    ("search", "title"),
    [
        (soft404._ANCHOR_SEARCH, "Minister finds budget for the study"),
        (soft404._PATTERN_SEARCH, "Minister finds budget for the study"),
        (gates._GATE_SEARCH, "Minister finds budget for the study"),
    ],
    ids=["soft404 anchors", "soft404 pattern words", "gate words"],
)
def test_the_run_s_searches_read_their_tables_once(search: WordSearch, title: str) -> None:
    """The searches a page's reading asks first: with their tables made slow, many threads at once read
    each table once, and the answers are the table's."""
    table = search.table
    reads: list[int] = []
    search.clear()
    search.table = held_for(table, reads, THREADS)
    try:
        _ask_at_once(search, "pattern")
        assert len(reads) == 1
        words = title.lower().split()
        assert search.words_hold(words) == any_of_table(table, search.breaks, words)
    finally:
        search.table = table
        search.clear()


def any_of_table(table: object, breaks: str, words: list[str]) -> bool:
    """The reference answer: whether some word of the table holding no break stands inside one of
    ``words``."""
    entries = [entry for entry in table() if not any(b in entry for b in breaks)]  # type: ignore[operator]
    return any(entry in word for entry in entries for word in words)
