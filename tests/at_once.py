"""Threads started together at a barrier, each asking the same thing, and what each got: how race1's and
cost24's tests (``test_race1.py``, ``test_read_cost_cuts21.py``) make a first use come from many threads at
the same moment, as a run's worker threads' first pages do (one helper since tidy5)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def ask_at_once(ask: Callable[[], T], threads: int) -> list[T]:
    """``threads`` threads released together at a barrier, each calling ``ask()``; what each got (every
    thread's, or the test fails: an error in any thread, or one that never answered)."""
    start = threading.Barrier(threads)
    got: list[T] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            start.wait(timeout=30)
            got.append(ask())
        except BaseException as exc:  # reported by the asserts below
            errors.append(exc)

    pool = [threading.Thread(target=work) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(timeout=60)
    assert not errors, errors
    assert len(got) == threads, got
    return got


def held_for(build: Callable[[], T], calls: list[int], threads: int) -> Callable[[], T]:
    """``build``, each call counted in ``calls`` and waiting (up to 2 s) for ``threads`` callers before it
    builds: without a lock every asking thread comes in and builds; under one the others never come, and the
    first builds once the wait is up."""
    callers = threading.Barrier(threads)

    def held() -> T:
        calls.append(1)
        with contextlib.suppress(threading.BrokenBarrierError):
            callers.wait(timeout=2)
        return build()

    return held
