"""New URLs wake as many idle workers as they need, not every idle worker.

A run whose input comes a few URLs at a time (a site's articles read as the run goes, a generator given to
``iter_check``) used to wake every idle worker for each handful: they took the lock in turn, found nothing
and waited again: 27,214 waits for 3,000 links of a 600-article site in one process, 2,498 after, and a
tenth less CPU (7.92 against 6.98 s, medians of 4 alternating runs).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
import requests
import responses

from linkcheck import checker
from linkcheck.checker import _Dispatcher, _Scheduler, check
from linkcheck.config import Config
from linkcheck.fetch import Fetcher
from linkcheck.models import Citation, Report, Status


def waiting(dispatcher: _Dispatcher) -> int:
    """Threads asleep on the dispatcher's condition (not yet notified)."""
    return len(dispatcher._cond._waiters)  # type: ignore[attr-defined]


def until(condition: Callable[[], bool]) -> None:
    for _ in range(250):  # at most 5 s
        if condition():
            return
        threading.Event().wait(0.02)
    raise AssertionError("timed out")


def test_a_new_url_wakes_one_idle_worker_and_leaves_the_others_asleep() -> None:
    dispatcher = _Dispatcher(_Scheduler(per_host=4), limit=8, spawn=lambda: None)
    taken: list[tuple[str, str] | None] = []
    workers = [threading.Thread(target=lambda: taken.append(dispatcher.take())) for _ in range(6)]
    for worker in workers:
        worker.start()
    try:
        until(lambda: waiting(dispatcher) == 6)  # the input is still open: every worker waits for a URL
        dispatcher.add([("/a1", "a")])
        assert waiting(dispatcher) == 5  # one is woken for the one URL
        until(lambda: len(taken) == 1)
        assert taken == [("/a1", "a")]
        dispatcher.add([("/b1", "b"), ("/b2", "b")])
        assert waiting(dispatcher) == 3
        until(lambda: len(taken) == 3)
        assert sorted(t for t in taken if t) == [("/a1", "a"), ("/b1", "b"), ("/b2", "b")]
    finally:
        dispatcher.stop()
        for worker in workers:
            worker.join(5)
    assert taken.count(None) == 3  # the rest end when the run stops


def test_a_retry_waiting_for_room_does_not_take_the_wake_up_a_new_url_needs() -> None:
    scheduler = _Scheduler(per_host=1)
    dispatcher = _Dispatcher(scheduler, limit=2, spawn=lambda: None)
    dispatcher.add([("/a1", "a"), ("/a2", "a")])
    assert dispatcher.take() == ("/a1", "a")
    assert dispatcher.pause("a", "a", overloaded=False, held=False)  # /a1 waits before its retry
    assert dispatcher.take() == ("/a2", "a")  # host a's one slot goes to /a2 meanwhile
    back = threading.Thread(target=dispatcher.resume, args=("a", "a"), kwargs={"held": False})
    back.start()  # /a1's retry is back: it waits for host a, first in line on the condition
    taken: list[tuple[str, str] | None] = []
    idle = threading.Thread(target=lambda: taken.append(dispatcher.take()))
    try:
        until(lambda: scheduler.returning == {"a": 1} and waiting(dispatcher) == 1)
        idle.start()  # a worker with nothing to do, second in line
        until(lambda: waiting(dispatcher) == 2)
        dispatcher.add([("/b1", "b")])  # host b has room: the idle worker must wake, whoever is first
        idle.join(5)
        assert taken == [("/b1", "b")]
        assert back.is_alive()  # the retry still waits for host a
        dispatcher.done("a", answered=True)  # /a2 is over: the retry takes host a's slot
        back.join(5)
        assert not back.is_alive()
        assert scheduler.active == {"a": 1, "b": 1}
    finally:
        dispatcher.stop()
        idle.join(5)
        back.join(5)


def test_a_worker_held_back_by_the_callers_backlog_wakes_as_soon_as_the_caller_catches_up() -> None:
    backlog = [5]  # results read and not yet collected by the caller; the bound is 2 x the limit, 4
    dispatcher = _Dispatcher(_Scheduler(per_host=2), limit=2, spawn=lambda: None, backlog=lambda: backlog[0])
    dispatcher.add([("/a1", "a")])
    taken: list[tuple[str, str] | None] = []
    worker = threading.Thread(target=lambda: taken.append(dispatcher.take()))
    worker.start()
    try:
        until(lambda: waiting(dispatcher) == 1)  # held back, though /a1 is ready
        backlog[0] = 4
        dispatcher.relieve()  # the caller took one result: still at the bound
        assert waiting(dispatcher) == 1
        backlog[0] = 3
        dispatcher.relieve()  # below it: the worker is woken now, not when its safety-net timeout ends
        assert waiting(dispatcher) == 0
        worker.join(5)
        assert taken == [("/a1", "a")]
    finally:
        dispatcher.stop()
        worker.join(5)


PAGE = """<html><head><title>Story {n} - Example Times</title>
<meta property="og:site_name" content="Example Times"></head><body><h1>Story {n}</h1></body></html>"""


@responses.activate
def test_one_worker_never_waits_for_the_backlogs_safety_net(monkeypatch: pytest.MonkeyPatch) -> None:
    """One worker at 0 ms of latency: the page it hands over and the result the caller has not taken yet
    make the bound (2 x 1) every few pages. The worker used to sleep out the 50 ms recheck each time (200
    links in 3.8 s against a local server); with the recheck made an hour, a run that relied on it would
    not end."""
    monkeypatch.setattr(checker, "BACKLOG_RECHECK", 3600.0)
    urls = [f"https://news.example.com/story-{n}" for n in range(60)]
    for n, url in enumerate(urls):
        responses.get(url, body=PAGE.format(n=n), content_type="text/html")
    cfg = Config(workers=1, processes=1, retries=0, allow_private=True)
    reports: list[Report] = []

    def checking() -> None:
        with Fetcher(cfg, requests.Session()) as fetcher:  # a plain session: the one responses mocks
            reports.append(check([Citation(u) for u in urls], cfg, fetcher=fetcher))

    run = threading.Thread(target=checking, daemon=True)
    run.start()
    run.join(60)
    assert reports, "the run hung on a worker waiting for the backlog's recheck"
    assert [r.status for r in reports[0].results] == [Status.OK] * 60
