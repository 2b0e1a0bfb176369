"""race1: a table or pattern built when first wanted is built once, however many threads want it at once.

A run's worker threads (32 a process in ``bench/throughput.py``'s clean case) read their first pages at the
same moment, so every builder a page's reading reaches is first asked for by many threads together. Built
under ``functools.lru_cache(maxsize=1)``, which holds no lock around the call, each thread that came while
the first was still building built it again (``bench/first_use_all.py``: ``soft404._error_pattern`` 3-6
times at 32 threads, twice in a process of a real run). ``linkcheck.memo.once`` builds it once and hands
every thread the same result.

The tests make the threads overlap on purpose: the builder's undecorated function is wrapped (as the bench
does) so that each call waits at a barrier for the other threads (with a time-out: under the lock they never
come), so without the lock every thread builds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from linkcheck import archives, gates, match, memo, quotes, soft404
from linkcheck.extract import dates, pdf, tables
from tests.at_once import ask_at_once, held_for

THREADS = 32


def _ask_at_once(ask: Callable[[], object]) -> list[object]:
    """``THREADS`` threads released together, each calling ``ask()``; their results."""
    return ask_at_once(ask, THREADS)


def _slow(build: Callable[[], Any], calls: list[int]) -> Callable[[], Any]:
    """``build``, each call counted and waiting (up to 2 s) for ``THREADS`` callers before it builds."""
    return functools.wraps(build)(held_for(build, calls, THREADS))


def _undecorated(builder: Callable[[], Any]) -> Callable[[], Any]:
    while hasattr(builder, "__wrapped__"):
        builder = builder.__wrapped__
    return builder


#: Every zero-argument builder a worker thread reaches while reading, judging or fetching a page.
BUILDERS: list[tuple[ModuleType, str]] = [
    (soft404, "_error_pattern"),
    (gates, "_block_head"),
    (match, "_cjk"),
    (match, "_repeat_keys"),
    (match, "_direction_table"),
    (match, "_magnitude_table"),
    (match, "_hebrew_states"),
    (quotes, "_cjk"),
    (archives, "_capture"),
    (tables, "title_separator_re"),
    (dates, "_script_dmy"),
    (dates, "_sinhala_ymd"),
    (dates, "_tamil_mdy"),
    (pdf, "_not_titles"),
]


@pytest.mark.parametrize(("module", "name"), BUILDERS, ids=[f"{m.__name__}.{n}" for m, n in BUILDERS])
def test_a_page_builder_is_built_once_by_threads_asking_at_once(
    module: ModuleType, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The module's own builder (its decorator as the module has it), its undecorated function slowed: built
    once, every thread given that one result, equal to what the function builds."""
    builder = getattr(module, name)
    build = _undecorated(builder)
    calls: list[int] = []
    # the builder as the module decorates it (memo.once, or an lru_cache as at base53c) around the slowed
    # function: a fresh memo, no earlier build
    if "cache_clear" in vars(builder):
        fresh = memo.once(_slow(build, calls))
    else:
        fresh = functools.lru_cache(maxsize=builder.cache_info().maxsize)(_slow(build, calls))
    monkeypatch.setattr(module, name, fresh)
    got = _ask_at_once(lambda: getattr(module, name)())
    assert len(calls) == 1
    assert all(result is got[0] for result in got)
    assert got[0] == build()  # what the table or pattern is, built by itself


def test_once_builds_once_for_threads_asking_at_once() -> None:
    calls: list[int] = []
    table = memo.once(_slow(lambda: {"raises": 1, "lowers": -1}, calls))
    got = _ask_at_once(table)
    assert len(calls) == 1
    assert all(result is got[0] for result in got)
    assert got[0] == {"raises": 1, "lowers": -1}


def test_lru_cache_alone_builds_once_a_thread_that_misses() -> None:
    """What ``once`` mends: the same slowed builder under ``lru_cache(maxsize=1)`` is built by every thread
    that asks before the first build is stored (here all of them)."""
    calls: list[int] = []
    table = functools.lru_cache(maxsize=1)(_slow(lambda: object(), calls))
    got = _ask_at_once(table)
    assert len(calls) == THREADS
    assert len({id(result) for result in got}) == THREADS


def test_once_cache_clear_builds_again() -> None:
    words = ["gone"]
    built: list[re.Pattern[str]] = []

    @memo.once
    def pattern() -> re.Pattern[str]:
        built.append(re.compile("|".join(words)))
        return built[-1]

    first = pattern()
    assert pattern() is first
    words.append("removed")
    pattern.cache_clear()
    second = pattern()
    assert second is not first
    assert second.search("removed") is not None
    assert pattern() is second
    assert len(built) == 2


def test_once_builds_again_after_a_build_that_raised() -> None:
    """A build that raises leaves nothing kept: the next call builds (as an ``lru_cache`` does)."""
    tries: list[int] = []

    @memo.once
    def table() -> dict[str, int]:
        tries.append(1)
        if len(tries) == 1:
            raise OSError("the table could not be read")
        return {"gone": 1}

    with pytest.raises(OSError, match="could not be read"):
        table()
    assert table() == {"gone": 1}
    assert len(tries) == 2


def test_the_builders_answer_as_before() -> None:
    """The builders under ``once`` still give what their readers need (a few of each kind)."""
    assert soft404._error_pattern().fullmatch("page not found") is not None
    assert match._cjk().split("東京") == ["", "東", "", "京", ""]
    assert "again" in match._repeat_keys()
    table, keys = match._direction_table()
    assert keys == frozenset(table)
    assert tables.title_separator_re().search("Headline | Outlet") is not None
    assert archives._capture().search("/web/20200109123000/https://example.com/story") is not None
