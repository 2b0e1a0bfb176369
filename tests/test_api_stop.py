"""Stopping a run from elsewhere: ``check``/``iter_check``'s ``stop`` flag (fix6, forty-fourth session).

api4 left this: cancelling ``await asyncio.to_thread(check, ...)`` stops the await, not the run (the thread
goes on to the run's end, and ``asyncio.run`` waits for it on exit), and closing an ``iter_check`` from
another thread while one is blocked in its ``next()`` is Python's ``ValueError: generator already
executing``. A service or a notebook had no way to stop a run early but ``max_time``. The run now takes
``stop``, a ``threading.Event`` (anything with ``is_set()``): once it is set, the run's next wait raises
``linkcheck.RunStopped`` in the thread that runs it, its own fetcher's requests in flight are hung up and
its threads return.

Every page here is held by a server on 127.0.0.1 until the test ends or a fallback lets it go 30 s after the
stop: a run that did not stop is woken only by that fallback, and the test fails on it (a bound on a hang,
never a speed check). Every wait is bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import linkcheck
from linkcheck import Citation, Config, Result, RunStopped, Status, check, iter_check
from linkcheck.threads import wait_get
from tests.site_server import Page, Request, SiteServer, serve

pytestmark = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads /proc (Linux)")

#: How long a held page waits for the test to let it go (never reached: the block's end or the fallback).
HOLD = 120.0
#: How long after a stop the fallback answers the held pages, if the run has not stopped by then.
FALLBACK = 30.0


def _article(title: str) -> bytes:
    return (
        f"<html><head><title>{title} | Lakeside Ledger</title>"
        f"<meta property='og:title' content='{title}'></head>"
        f"<body><article><h1>{title}</h1><p>The ferry board met on Thursday.</p></article></body></html>"
    ).encode()


def _pages(request: Request) -> Page:
    """``/story/<n>`` answers at once, ``/hang/<n>`` is held until the server is released."""
    n = request.route.rsplit("/", 1)[-1]
    if request.route.startswith("/hang/"):
        return Page(body=_article(f"Ferry timetable {n}"), hold=HOLD)
    return Page(body=_article(f"Ferry timetable {n}"))


@pytest.fixture
def server() -> Iterator[SiteServer]:
    with serve(answer=_pages) as srv:
        yield srv


def _cfg(**more: object) -> Config:
    base = Config(allow_private=True, retries=0, read_timeout=HOLD, deadline=HOLD, processes=1)
    return base.evolve(**more) if more else base


def _cites(srv: SiteServer, stories: int, hung: int) -> list[Citation]:
    return [Citation(srv.url(f"/story/{n}")) for n in range(stories)] + [
        Citation(srv.url(f"/hang/{n}")) for n in range(hung)
    ]


def _client_sockets(port: int) -> int:
    """Established TCP connections from this machine to ``port`` (the client's side)."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                if int(fields[2].rsplit(":", 1)[1], 16) == port and fields[3] == "01":
                    count += 1
    return count


def _run_threads(before: set[int | None]) -> list[str]:
    """The names of live threads started since ``before`` that are linkcheck's (not the server's)."""
    return [
        t.name
        for t in threading.enumerate()
        if t.ident not in before and t.is_alive() and t.name.startswith("linkcheck")
    ]


def _wait_for(predicate: Callable[[], bool], bound: float = 30.0) -> bool:
    """Poll ``predicate`` until true or ``bound`` seconds passed (a hang guard, never a speed test)."""
    end = time.monotonic() + bound
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


class _Fallback:
    """Lets the held pages go ``FALLBACK`` s after :meth:`arm`, unless :meth:`cancel` came first; ``used``
    says whether it had to."""

    def __init__(self, srv: SiteServer) -> None:
        self.srv = srv
        self.cancelled = threading.Event()
        self.used = False
        self.thread = threading.Thread(target=self._run, name="test-fallback", daemon=True)

    def arm(self) -> None:
        self.thread.start()

    def _run(self) -> None:
        if not self.cancelled.wait(FALLBACK):
            self.used = True
            self.srv.release.set()

    def cancel(self) -> None:
        self.cancelled.set()
        if self.thread.is_alive():
            self.thread.join(5)


def _ended_cleanly(srv: SiteServer, before: set[int | None]) -> None:
    assert _wait_for(lambda: not _run_threads(before)), _run_threads(before)
    assert _wait_for(lambda: _client_sockets(srv.port) == 0), _client_sockets(srv.port)


# --- stopped from another thread ---------------------------------------------------------------------------


def test_a_thread_blocked_in_iter_check_is_stopped_from_another_thread(server: SiteServer) -> None:
    before = {t.ident for t in threading.enumerate()}
    stop = threading.Event()
    got: list[Result] = []
    raised: list[BaseException] = []

    def consume() -> None:
        try:
            for result in iter_check(_cites(server, 2, 4), _cfg(workers=6, per_host=6), stop=stop):
                got.append(result)
        except BaseException as exc:  # what the consumer's thread sees
            raised.append(exc)

    consumer = threading.Thread(target=consume, name="test-consumer", daemon=True)
    consumer.start()
    assert server.wait_for_requests(6, timeout=60), server.paths()
    assert _wait_for(lambda: len(got) == 2), got  # the two stories are in; the consumer waits in next()
    fallback = _Fallback(server)
    fallback.arm()
    stop.set()  # from this thread, while the consumer's is blocked in next()
    consumer.join(FALLBACK + 30)
    fallback.cancel()
    assert not consumer.is_alive()
    assert not fallback.used, "the run went on until its held pages were answered"
    assert [type(exc) for exc in raised] == [RunStopped]
    assert isinstance(raised[0], linkcheck.LinkcheckError)
    assert {r.status for r in got} == {Status.OK}
    _ended_cleanly(server, before)


def test_check_stopped_from_another_thread_raises_and_hangs_up(server: SiteServer) -> None:
    before = {t.ident for t in threading.enumerate()}
    stop = threading.Event()
    seen: list[Result] = []
    fallback = _Fallback(server)

    def stop_once_held() -> None:
        if server.wait_for_requests(5, timeout=60) and _wait_for(lambda: len(seen) == 1):
            fallback.arm()
            stop.set()

    stopper = threading.Thread(target=stop_once_held, name="test-stopper", daemon=True)
    stopper.start()
    with pytest.raises(RunStopped):
        check(_cites(server, 1, 4), _cfg(workers=5, per_host=5), on_result=seen.append, stop=stop)
    fallback.cancel()
    stopper.join(10)
    assert stop.is_set()
    assert not fallback.used
    assert [r.status for r in seen] == [Status.OK]  # what was reported before the stop stays the caller's
    _ended_cleanly(server, before)


def test_a_run_whose_input_waits_before_its_first_citation_is_stopped(server: SiteServer) -> None:
    # the run reads a generator's first citations ahead (to choose its processes) in a wait of its own
    feed: queue.SimpleQueue[Citation | None] = queue.SimpleQueue()

    def citations() -> Iterator[Citation]:
        while (citation := feed.get(timeout=HOLD)) is not None:
            yield citation

    stop = threading.Event()
    raised: list[BaseException] = []

    def run() -> None:
        try:
            check(citations(), Config(allow_private=True, retries=0), stop=stop)
        except BaseException as exc:
            raised.append(exc)

    runner = threading.Thread(target=run, name="test-runner", daemon=True)
    runner.start()
    time.sleep(0.3)  # not a measure: the runner is given a moment to start waiting for the input
    stop.set()
    runner.join(FALLBACK)
    feed.put(None)  # the caller's generator, blocked in its own wait, ends with the test
    assert not runner.is_alive(), "a run waiting for its input's first citation did not stop"
    assert [type(exc) for exc in raised] == [RunStopped]
    assert server.paths() == []


# --- stopped by an asyncio task's cancellation -------------------------------------------------------------


def test_cancelling_the_task_that_awaits_a_run_stops_the_run(server: SiteServer) -> None:
    before = {t.ident for t in threading.enumerate()}
    fallback = _Fallback(server)
    cites = _cites(server, 1, 3)
    config = _cfg(workers=4, per_host=4)

    async def check_async() -> linkcheck.Report:  # the pattern docs/api.md gives
        stop = threading.Event()
        try:
            return await asyncio.to_thread(check, cites, config, stop=stop)
        finally:
            stop.set()  # cancelled (or done): the run's thread ends within a slice

    async def main() -> bool:
        task = asyncio.create_task(check_async())
        arrived = await asyncio.to_thread(server.wait_for_requests, 4, 60)
        fallback.arm()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return arrived

    assert asyncio.run(main())  # returns once the default executor's threads end: the run's among them
    fallback.cancel()
    assert not fallback.used, "asyncio.run waited for the run's held pages"
    _ended_cleanly(server, before)


# --- a sharded run ---------------------------------------------------------------------------------------


def _child_pids() -> set[int]:
    me = os.getpid()
    found: set[int] = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == me and fields[0] != "Z":
                    found.add(int(entry))
    return found


def test_a_sharded_run_is_stopped_in_its_own_shard_and_its_processes(server: SiteServer) -> None:
    before = {t.ident for t in threading.enumerate()}
    children = _child_pids()
    with serve(answer=_pages) as other:
        cites = [Citation(server.url(f"/hang/{n}")) for n in range(3)]
        cites += [Citation(other.url(f"/hang/{n}")) for n in range(3)]
        stop = threading.Event()
        raised: list[BaseException] = []

        def consume() -> None:
            try:
                for _ in iter_check(cites, _cfg(processes=2, workers=6, per_host=3), stop=stop):
                    pass
            except BaseException as exc:
                raised.append(exc)

        consumer = threading.Thread(target=consume, name="test-consumer", daemon=True)
        consumer.start()
        assert server.wait_for_requests(3, timeout=60), server.paths()
        assert other.wait_for_requests(3, timeout=60), other.paths()
        fallback = _Fallback(server)
        other_fallback = _Fallback(other)
        fallback.arm()
        other_fallback.arm()
        stop.set()
        consumer.join(FALLBACK + 30)
        fallback.cancel()
        other_fallback.cancel()
        assert not consumer.is_alive()
        assert not fallback.used
        assert not other_fallback.used
        assert [type(exc) for exc in raised] == [RunStopped]
        assert _wait_for(lambda: _child_pids() <= children), _child_pids() - children
        assert _wait_for(lambda: not _run_threads(before)), _run_threads(before)


# --- left alone ------------------------------------------------------------------------------------------


def test_a_stop_never_set_changes_nothing(server: SiteServer) -> None:
    cites = _cites(server, 3, 0)
    plain = check(cites, _cfg())
    flagged = check(cites, _cfg(), stop=threading.Event())
    assert [(r.url, r.status, r.verdict) for r in flagged.results] == [
        (r.url, r.status, r.verdict) for r in plain.results
    ]
    assert [r.status for r in iter_check(cites, _cfg(), stop=threading.Event())] == [Status.OK] * 3


def test_a_stop_set_after_the_run_finished_is_not_raised(server: SiteServer) -> None:
    stop = threading.Event()
    report = check(_cites(server, 2, 0), _cfg(), on_result=lambda _r: None, stop=stop)
    stop.set()
    assert [r.status for r in report.results] == [Status.OK, Status.OK]


def test_a_stop_already_set_fetches_nothing(server: SiteServer) -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(RunStopped):
        check(_cites(server, 2, 0), _cfg(), stop=stop)
    assert server.paths() == []


def test_a_stop_without_is_set_is_refused_at_once(server: SiteServer) -> None:
    with pytest.raises(TypeError, match=r"stop must be a threading\.Event"):
        check(_cites(server, 1, 0), _cfg(), stop=True)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"stop must be a threading\.Event"):
        iter_check(_cites(server, 1, 0), _cfg(), stop=lambda: True)  # type: ignore[arg-type]
    assert server.paths() == []


def test_wait_get_with_a_flag_unset_waits_as_before() -> None:
    items: queue.SimpleQueue[int] = queue.SimpleQueue()
    items.put(7)
    assert wait_get(items, 1.0, threading.Event()) == 7
    with pytest.raises(queue.Empty):
        wait_get(items, 0.3, threading.Event())  # two slices, then empty: the flag is no reason to stop


def test_wait_get_with_a_flag_set_raises_run_stopped() -> None:
    items: queue.SimpleQueue[int] = queue.SimpleQueue()
    flag = threading.Event()
    threading.Timer(0.1, flag.set).start()
    with pytest.raises(RunStopped):
        wait_get(items, None, flag)  # no bound but the flag's
