"""Each checking process on a core of its own: which cores, and that the processes really keep to them."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from linkcheck import affinity, parallel
from linkcheck.checker import iter_check
from linkcheck.cli import build_parser, config_from_args
from linkcheck.config import Config
from linkcheck.models import Citation, FetchResult, Result, Status
from tests.site_server import Page, SiteServer, serve

PAGE = (Path(__file__).parent / "fixtures" / "site" / "ria.html").read_bytes()

CAN_PIN = sys.platform.startswith("linux") and len(os.sched_getaffinity(0)) >= 2
needs_two_cores = pytest.mark.skipif(not CAN_PIN, reason="pinning needs Linux and two usable cores")


def _cores(
    monkeypatch: pytest.MonkeyPatch, usable: set[int], current: int | None, threads_per_core: int = 1
) -> None:
    """``usable`` cores, hardware threads of one physical core numbered side by side."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(usable), raising=False)
    monkeypatch.setattr(os, "sched_setaffinity", lambda pid, cores: None, raising=False)
    monkeypatch.setattr(affinity, "_current_core", lambda: current)
    monkeypatch.setattr(affinity, "_physical_core", lambda core: ("0", str(core // threads_per_core)))


def test_the_plan_starts_on_the_core_the_caller_runs_on_and_takes_the_next_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _cores(monkeypatch, {0, 1, 2, 3}, current=2)
    assert affinity.core_plan(1) == [2]
    assert affinity.core_plan(2) == [2, 3]
    assert affinity.core_plan(3) == [2, 3, 0]
    assert affinity.core_plan(4) == [2, 3, 0, 1]


def test_the_plan_uses_only_the_cores_the_process_may_run_on(monkeypatch: pytest.MonkeyPatch) -> None:
    _cores(monkeypatch, {5, 9, 12}, current=9)  # e.g. under `taskset -c 5,9,12`
    assert affinity.core_plan(3) == [9, 12, 5]
    _cores(monkeypatch, {5, 9, 12}, current=None)  # where it runs cannot be read: from the first
    assert affinity.core_plan(2) == [5, 9]


def test_each_physical_core_gets_a_process_before_any_gets_two(monkeypatch: pytest.MonkeyPatch) -> None:
    _cores(monkeypatch, set(range(8)), current=2, threads_per_core=2)  # (0, 1), (2, 3), ... share a core
    assert affinity.core_plan(4) == [2, 4, 6, 0]
    assert affinity.core_plan(6) == [2, 4, 6, 0, 1, 3]
    _cores(monkeypatch, set(range(8)), current=5, threads_per_core=2)  # on a core's second thread
    assert affinity.core_plan(4) == [5, 6, 0, 2]


def test_the_physical_core_is_read_from_sysfs() -> None:
    assert affinity._physical_core(10**6) == ("cpu", str(10**6))  # no such core: itself
    if Path("/sys/devices/system/cpu/cpu0/topology/core_id").exists():
        package, core = affinity._physical_core(0)
        assert package.isdigit()
        assert core.isdigit()


def test_a_run_counts_the_cores_it_may_use_not_the_machines(monkeypatch: pytest.MonkeyPatch) -> None:
    from linkcheck.parallel import SHARD_MIN_URLS, processes_for

    monkeypatch.setattr(os, "cpu_count", lambda: 64)  # a container on a large machine, given two cores
    _cores(monkeypatch, {6, 7}, current=6)
    assert affinity.usable_core_count() == 2
    assert processes_for(SHARD_MIN_URLS, 2, Config()) == 2
    monkeypatch.delattr(os, "sched_getaffinity")  # where the platform cannot tell: the machine's count
    assert affinity.usable_core_count() == 64
    assert processes_for(SHARD_MIN_URLS, 2, Config()) == 8


def test_nothing_is_pinned_where_it_cannot_be_done_well(monkeypatch: pytest.MonkeyPatch) -> None:
    _cores(monkeypatch, {0, 1}, current=0)
    assert affinity.core_plan(3) is None  # more processes than cores: two would share one
    _cores(monkeypatch, {3}, current=3)
    assert affinity.core_plan(1) is None  # one usable core: nothing to choose
    monkeypatch.delattr(os, "sched_getaffinity")
    assert affinity.core_plan(1) is None  # not Linux


@needs_two_cores
def test_the_current_core_is_read_from_proc() -> None:
    core = affinity._current_core()
    assert core is not None
    assert core in os.sched_getaffinity(0)


def _thread_cores() -> dict[int, set[int]]:
    return {int(tid): os.sched_getaffinity(int(tid)) for tid in os.listdir("/proc/self/task")}


@needs_two_cores
def test_pinned_keeps_every_thread_and_those_started_later_on_one_core_then_gives_the_cores_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(affinity, "GOVERN_SECONDS", 3600.0)  # the governor never looks: pinned throughout
    before = os.sched_getaffinity(0)
    core = max(before)
    stop = threading.Event()
    early = threading.Thread(target=stop.wait, daemon=True)
    early.start()  # running before the pin
    try:
        with affinity.pinned(core):
            late_cores: list[set[int]] = []
            late = threading.Thread(target=lambda: late_cores.append(os.sched_getaffinity(0)))
            late.start()
            late.join()
            assert late_cores == [{core}]
            assert early.native_id is not None
            assert os.sched_getaffinity(early.native_id) == {core}
            assert set(map(frozenset, _thread_cores().values())) == {frozenset({core})}
        assert os.sched_getaffinity(0) == before
        assert early.native_id is not None
        assert os.sched_getaffinity(early.native_id) == before
    finally:
        stop.set()
        early.join()
        os.sched_setaffinity(0, before)


def test_a_pinned_process_is_let_go_when_idle_and_pinned_again_when_busy() -> None:
    assert affinity.stays_pinned(True, 0.9)
    assert affinity.stays_pinned(True, affinity.IDLE_SHARE)
    assert not affinity.stays_pinned(True, affinity.IDLE_SHARE - 0.01)
    assert not affinity.stays_pinned(False, affinity.BUSY_SHARE)  # between the two: as it was
    assert not affinity.stays_pinned(False, 0.3)
    assert affinity.stays_pinned(True, 0.3)
    assert affinity.stays_pinned(False, affinity.BUSY_SHARE + 0.01)


def _wait_for(condition: Callable[[], bool], *, work: bool = False, limit: float = 20.0) -> bool:
    """Whether ``condition`` came true within ``limit`` seconds, spinning the CPU meanwhile if ``work``."""
    give_up = time.monotonic() + limit
    while time.monotonic() < give_up:
        if condition():
            return True
        if work:
            spin_until = time.monotonic() + 0.05
            while time.monotonic() < spin_until:
                pass
        else:
            time.sleep(0.05)
    return condition()


@needs_two_cores
def test_the_governor_lets_an_idle_process_go_and_pins_it_again_once_busy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(affinity, "GOVERN_SECONDS", 0.05)
    # Shares a loaded machine still gives a spinning process (twenty runnable processes on two cores leave it
    # ~10% of a core, under the default 40%), and that a sleeping one stays under: the bounds' roles, not
    # their values, are what this test holds (``stays_pinned`` is tested on its own).
    monkeypatch.setattr(affinity, "IDLE_SHARE", 0.02)
    monkeypatch.setattr(affinity, "BUSY_SHARE", 0.04)
    before = os.sched_getaffinity(0)
    core = max(before)
    pin = affinity.Pin(core)
    assert pin.start()
    try:
        assert os.sched_getaffinity(0) == {core}
        assert _wait_for(lambda: os.sched_getaffinity(0) == before)  # this test sleeps: idle
        assert _wait_for(lambda: os.sched_getaffinity(0) == {core}, work=True)
    finally:
        pin.stop()
    assert os.sched_getaffinity(0) == before


def test_pinned_none_leaves_the_process_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(affinity, "pin_process", lambda cores: calls.append(cores) or True)
    with affinity.pinned(None):
        pass
    assert calls == []


class _Fetcher:
    """Answers every URL with the same page, noting the cores the calling thread may use."""

    def __init__(self) -> None:
        self.seen: list[set[int]] = []

    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
        self.seen.append(os.sched_getaffinity(0))
        return FetchResult(
            url=url, final_url=url, status_code=200, headers={"content-type": "text/html"}, body=PAGE
        )


@needs_two_cores
def test_a_pinned_single_process_run_checks_on_one_core_and_gives_the_cores_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(affinity, "GOVERN_SECONDS", 3600.0)  # the governor never looks: pinned throughout
    before = os.sched_getaffinity(0)
    fetcher = _Fetcher()
    citations = [Citation(f"https://news.example.org/{n}") for n in range(6)]
    results = iter_check(citations, Config(pin_processes=True), fetcher=fetcher)
    first = next(results)
    during = os.sched_getaffinity(0)
    rest = list(results)
    assert len(during) == 1
    assert during <= before
    assert all(seen == during for seen in fetcher.seen)  # the workers, started by the run, too
    assert [r.status for r in [first, *rest]] == [Status.OK] * 6
    assert os.sched_getaffinity(0) == before


@needs_two_cores
def test_the_library_leaves_its_callers_process_alone_unless_asked() -> None:
    before = os.sched_getaffinity(0)
    fetcher = _Fetcher()
    results = list(iter_check([Citation("https://news.example.org/a")], Config(), fetcher=fetcher))
    assert results[0].status is Status.OK
    assert fetcher.seen == [before]


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with serve({f"/a/{i}": Page(200, PAGE) for i in range(6)}) as server:
        yield server


def _allowed_cores(pid: int) -> set[str]:
    """Each thread's ``Cpus_allowed_list`` of process ``pid``."""
    found = set()
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            status = Path(f"/proc/{pid}/task/{tid}/status").read_text()
        except OSError:  # a thread that has just ended
            continue
        found.update(line.split()[1] for line in status.splitlines() if line.startswith("Cpus_allowed_list"))
    return found


@needs_two_cores
def test_a_shard_process_keeps_to_the_core_it_is_given() -> None:
    core = max(os.sched_getaffinity(0))
    child = parallel._Child(Config(), 1, core)
    try:
        # The child pins itself once it has read its settings; idle, it is let go after GOVERN_SECONDS
        # (0.25 s), far longer than the time between two looks here.
        give_up = time.monotonic() + 30
        while _allowed_cores(child.proc.pid) != {str(core)} and time.monotonic() < give_up:
            time.sleep(0.005)
        assert _allowed_cores(child.proc.pid) == {str(core)}
        child.put(None)
        assert child.proc.wait(timeout=30) == 0
    finally:
        child.stop()


def _sharded_run(
    site: SiteServer, monkeypatch: pytest.MonkeyPatch, config: Config
) -> tuple[Iterator[Result], list[int | None]]:
    """A run of six links over two hosts in two processes, and the core each shard process is told (filled
    in as the run starts)."""
    given: list[int | None] = []
    original = parallel._Child.__init__

    def record(self: parallel._Child, config: Config, shard: int, core: int | None = None) -> None:
        given.append(core)
        original(self, config, shard, core)

    monkeypatch.setattr(parallel._Child, "__init__", record)
    port = site.server_address[1]
    urls = [f"http://{host}:{port}/a/{i}" for host in ("127.0.0.1", "localhost") for i in range(3)]
    return iter_check([Citation(u) for u in urls], config.evolve(processes=2, allow_private=True)), given


@needs_two_cores
def test_a_sharded_run_puts_each_process_on_a_core_of_its_own(
    site: SiteServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(affinity, "GOVERN_SECONDS", 3600.0)  # the governor never looks: pinned throughout
    before = os.sched_getaffinity(0)
    results, given = _sharded_run(site, monkeypatch, Config(pin_processes=True))
    first = next(results)
    during = os.sched_getaffinity(0)
    rest = list(results)
    assert [r.status for r in [first, *rest]] == [Status.OK] * 6
    assert len(during) == 1
    assert len(given) == 1
    assert given[0] is not None
    assert given[0] not in during
    assert {given[0]} | during <= before
    assert os.sched_getaffinity(0) == before


@needs_two_cores
def test_a_sharded_run_without_pinning_tells_its_shards_no_core(
    site: SiteServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = os.sched_getaffinity(0)
    results, given = _sharded_run(site, monkeypatch, Config())
    next(results)
    assert os.sched_getaffinity(0) == before
    list(results)
    assert given == [None]


def test_the_command_line_pins_unless_told_not_to() -> None:
    parser = build_parser()
    assert config_from_args(parser.parse_args(["sources.txt"])).pin_processes is True
    assert config_from_args(parser.parse_args(["sources.txt", "--no-pin"])).pin_processes is False
    assert Config().pin_processes is False  # the library: only when asked
