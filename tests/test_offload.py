"""linkcheck.offload: a function mapped over items in a helper process, in order, nothing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
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


def colorsys_loaded(_: object) -> bool:
    return "colorsys" in sys.modules


def import_colorsys() -> None:
    import colorsys  # noqa: F401


def fail_to_prepare() -> None:
    raise RuntimeError("cannot prepare")


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


def _ignores_sigint(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status").read_text()
    mask = int(next(line.split()[1] for line in status.splitlines() if line.startswith("SigIgn:")), 16)
    return bool(mask & (1 << (signal.SIGINT - 1)))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_ctrl_c_is_left_to_the_calling_process() -> None:
    """A terminal's Ctrl-C signals every process of the run; the helper and the shard processes print
    nothing and wait to be ended by the calling process (which stops them at once)."""
    from linkcheck.config import Config
    from linkcheck.parallel import _Child

    with Offload(pid) as helper:
        helper_pid = next(iter(helper.map([0])))
        assert _ignores_sigint(helper_pid)
    child = _Child(Config(), 1)
    try:
        for _ in range(100):  # the shard process sets it up before anything else (at most 10 s)
            if _ignores_sigint(child.proc.pid):
                break
            time.sleep(0.1)
        assert _ignores_sigint(child.proc.pid)
    finally:
        child.stop()


def big(n: int) -> str:
    return "x" * 1_000_000  # more than a pipe holds: the helper blocks writing it until it is read


def test_a_caller_that_stops_early_does_not_wait_for_the_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    waited_out: list[float] = []
    wait = subprocess.Popen.wait

    def spied(self: subprocess.Popen[bytes], timeout: float | None = None) -> int:
        try:
            return wait(self, timeout)
        except subprocess.TimeoutExpired:
            waited_out.append(timeout or 0.0)
            raise

    monkeypatch.setattr(subprocess.Popen, "wait", spied)
    helper = Offload(big, window=4)
    results = helper.map(range(10))
    assert len(next(results)) == 1_000_000
    proc = helper._proc
    assert proc is not None
    helper.close()  # three answers are still due, the helper blocked writing the next one
    assert proc.returncode == -signal.SIGKILL
    assert waited_out == []  # ended at once, not waited for until a timeout
    finished = Offload(square)
    done = finished._proc
    assert list(finished.map(range(3))) == [0, 1, 4]
    finished.close()
    assert done is not None
    assert done.returncode == 0  # every answer read: it ends with its input


def test_the_helper_is_prepared_before_its_first_item() -> None:
    """What ``prepare`` imports is there when the first item is read (a fresh interpreter has no colorsys)."""
    with Offload(colorsys_loaded) as plain:
        assert list(plain.map([0])) == [False]
    with Offload(colorsys_loaded, prepare=import_colorsys) as helper:
        assert list(helper.map([0, 1])) == [True, True]
    assert helper.warning is None


def test_a_helper_that_cannot_prepare_still_answers_every_item() -> None:
    with Offload(square, prepare=fail_to_prepare) as helper:
        assert list(helper.map(range(5))) == [0, 1, 4, 9, 16]
    assert helper.warning is None  # the helper itself did them
