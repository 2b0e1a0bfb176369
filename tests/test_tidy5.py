"""tidy5: one way of building a lazily built thing once (``memo.once``), for a module's tables and for
an object's parts (``names.WordSearch``'s two patterns)."""

from __future__ import annotations

import threading

import pytest

from linkcheck.articles._dates import find_dmy
from linkcheck.names import WordSearch
from tests.at_once import ask_at_once, held_for

THREADS = 8


def test_two_searches_asked_by_threads_at_once_each_read_their_own_table_once() -> None:
    """Each object's part is built once for that object: two searches over different tables, both asked by
    every thread at once, read each table once and answer by their own."""
    gone_reads: list[int] = []
    moved_reads: list[int] = []
    gone = WordSearch(held_for(lambda: ["gone"], gone_reads, THREADS), " ")
    moved = WordSearch(held_for(lambda: ["moved"], moved_reads, THREADS), " ")
    got = ask_at_once(lambda: (gone.pattern(), moved.pattern()), THREADS)
    assert (len(gone_reads), len(moved_reads)) == (1, 1)
    assert all(pair[0] is got[0][0] and pair[1] is got[0][1] for pair in got)
    assert [gone.words_hold(["gone"]), gone.words_hold(["moved"])] == [True, False]
    assert [moved.words_hold(["moved"]), moved.words_hold(["gone"])] == [True, False]


def test_one_pattern_is_built_while_the_other_is_still_being_built() -> None:
    """A search's two patterns are two things built once, each under its own lock: a thread asking for the
    words pattern is not held up by another thread still reading the table for the spaced one."""
    reads: list[int] = []
    reading = threading.Event()
    let_go = threading.Event()
    timed_out: list[int] = []

    def table() -> list[str]:
        reads.append(1)
        if len(reads) == 1:  # the spaced pattern's read, held until the test lets it go
            reading.set()
            if not let_go.wait(timeout=10):
                timed_out.append(1)
        return ["gone", "taken down"]

    search = WordSearch(table, " ")
    spaced = threading.Thread(target=search.spaced)
    spaced.start()
    try:
        assert reading.wait(timeout=30)
        assert search.pattern().search("gone") is not None  # built by this thread meanwhile
        assert not timed_out, "the words pattern waited for the spaced one's build"
    finally:
        let_go.set()
        spaced.join(timeout=30)
    assert search.holds(["it", "was", "taken", "down"], "it was taken down")
    assert len(reads) == 2


def test_clear_forgets_the_built_patterns_even_when_a_test_replaced_the_attribute(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = ["gone"]
    search = WordSearch(lambda: words, " ")
    assert search.words_hold(["gone"])
    with monkeypatch.context() as patch:
        patch.setattr(search, "pattern", lambda: None)
        words.append("vanished")
        search.clear()
    assert search.words_hold(["vanished"])
    assert search.holds(["vanished"], "vanished")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a Basque date before a Hausa one: the dates joined by ga/ta' are looked for first, as they were
        ("2020ko urtarrilaren 9an eta 12 ga Maris, 2021", "2021-03-12"),
        ("2020ko urtarrilaren 9an, 12 ta' Marzu 2021", "2021-03-12"),
        ("2020ko urtarrilaren 9an jakinarazi zuenez", "2020-01-09"),
        ("9 ga Janairu, 2020", "2020-01-09"),
        # a joiner's mark but no joined date: the Basque one is still read
        ("gida ga ... 2020ko otsailaren 3an", "2020-02-03"),
        ("ta' 2020ko otsailaren 3an", "2020-02-03"),
    ],
)
def test_find_dmy_walks_the_joined_dates_in_their_order(text: str, iso: str) -> None:
    assert str(find_dmy(text)) == iso


def test_find_dmy_reads_no_joined_date_without_its_mark() -> None:
    # "ren" with no space after it, no " ga " or "ta'": neither joined form is looked for
    assert find_dmy("urtarrilaren9an 2020") is None
