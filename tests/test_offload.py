"""linkcheck.offload: a function mapped over items in a helper process, in order, nothing lost."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from linkcheck.offload import Offload


def square(n: int) -> int:
    return n * n


def fail_at_five(n: int) -> int:
    if n == 5:
        raise ValueError(f"no {n}")
    return n


def pid(_: object) -> int:
    return os.getpid()


def test_results_come_back_in_order_from_another_process() -> None:
    with Offload(square, window=3) as helper:
        assert list(helper.map(range(50))) == [n * n for n in range(50)]
        assert set(helper.map([1, 2, 3])) != {os.getpid()}  # squares, from the same helper
        assert next(iter(Offload(pid).map([0]))) != os.getpid()
    assert helper.warning is None


def test_an_error_is_raised_at_the_item_that_raised_it() -> None:
    with Offload(fail_at_five) as helper:
        results = helper.map(range(10))
        assert [next(results) for _ in range(5)] == [0, 1, 2, 3, 4]
        with pytest.raises(ValueError, match="no 5"):
            next(results)


def test_a_helper_that_dies_loses_nothing() -> None:
    with Offload(pid, window=4) as helper:
        results = helper.map(range(40))
        first = next(results)
        assert first != os.getpid()
        os.kill(first, signal.SIGKILL)
        rest = list(results)
    assert len(rest) == 39  # every item answered: the unanswered ones in this process
    assert rest[-1] == os.getpid()
    assert helper.warning is not None
    assert "stopped" in helper.warning


def test_the_helper_ends_with_its_input() -> None:
    helper = Offload(pid)
    child = next(iter(helper.map([0])))
    helper.close()
    assert not Path(f"/proc/{child}").exists() or "zombie" in Path(f"/proc/{child}/status").read_text()
