"""A worker started for a retry's wait ends once the wait is over, instead of sleeping in ``take`` (cost25).

A fetch that waits before a retry gives its slot back and the run starts another worker to use it, so the
run keeps ``limit`` requests in flight. When the wait is over the waiting worker takes a slot again, and the
run has one worker more than its limit: that worker slept in ``take`` for the rest of the run, and each
finished request's notify woke one such sleeper, which found every slot taken (the worker that finished had
taken it) and slept again: on the benchmark's mix at 0 ms (500 retries in 10,000 links), some 7,000 such
wake-ups in each of its two processes. Now the first worker that would sleep there while the run has more
than ``limit`` workers besides those waiting before a retry ends instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import requests
import responses

from linkcheck.checker import _Dispatcher, _Scheduler, check
from linkcheck.config import Config
from linkcheck.fetch import Fetcher
from linkcheck.models import Citation, Status

PAGE = """<html><head><title>{title} - Example Times</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2020-01-09T08:00:00Z"></head>
<body><h1>{title}</h1><p>Body text of the story.</p></body></html>"""

HOST = "https://news.example.com"


def sleeping(dispatcher: _Dispatcher) -> int:
    """Threads asleep on the dispatcher's condition."""
    return len(dispatcher._cond._waiters)  # type: ignore[attr-defined]


def until(condition: Callable[[], bool]) -> bool:
    for _ in range(250):  # at most 5 s: only how long a test that fails takes to say so
        if condition():
            return True
        threading.Event().wait(0.02)
    return False


def take_in_thread(dispatcher: _Dispatcher) -> tuple[threading.Thread, list[tuple[str, str] | None]]:
    got: list[tuple[str, str] | None] = []
    thread = threading.Thread(target=lambda: got.append(dispatcher.take()), daemon=True)
    thread.start()
    return thread, got


def a_wait_is_over(spawned: list[None]) -> _Dispatcher:
    """Two workers, two requests in flight; one waited before a retry (a worker was started for its slot)
    and is back in its slot: three workers for a limit of two, every slot taken."""
    scheduler = _Scheduler(per_host=4)
    dispatcher = _Dispatcher(scheduler, limit=2, spawn=lambda: spawned.append(None))
    dispatcher.add([(f"/a{n}", "a") for n in range(1, 6)])
    dispatcher.start(2)
    assert dispatcher.take() == ("/a1", "a")
    assert dispatcher.take() == ("/a2", "a")
    assert dispatcher.pause("a", "a", overloaded=False, held=False)  # /a1 waits before its retry
    assert len(spawned) == 3  # a worker for the slot it gave back
    assert dispatcher.take() == ("/a3", "a")  # which that worker takes
    dispatcher.done("a", answered=True)  # /a2 is over: a slot is free
    dispatcher.resume("a", "a", held=False)  # /a1's wait is over: it takes that slot back
    assert scheduler.active == {"a": 2}
    return dispatcher


def test_a_worker_beyond_the_limit_ends_instead_of_sleeping_once_a_retry_s_wait_is_over() -> None:
    spawned: list[None] = []
    dispatcher = a_wait_is_over(spawned)
    # /a2's worker asks for more while both slots are taken: it is one too many, and ends
    thread, got = take_in_thread(dispatcher)
    ended = until(lambda: not thread.is_alive())
    dispatcher.stop()
    thread.join()
    assert ended, "the worker beyond the limit slept in take"
    assert got == [None]
    # the two left sleep for the slots the run's two requests give back
    assert dispatcher._threads == 2  # type: ignore[attr-defined]


def test_the_run_keeps_its_limit_s_workers_and_they_sleep_until_a_slot_is_free() -> None:
    spawned: list[None] = []
    dispatcher = a_wait_is_over(spawned)
    first, got_first = take_in_thread(dispatcher)
    assert until(lambda: not first.is_alive())  # one too many: ends (see above)
    second, got_second = take_in_thread(dispatcher)  # the run's workers are its limit now: this one sleeps
    assert until(lambda: sleeping(dispatcher) == 1)
    assert second.is_alive()
    dispatcher.done("a", answered=True)  # a request is over: the sleeper takes the next URL
    second.join(5)
    assert got_first == [None]
    assert got_second == [("/a4", "a")]
    dispatcher.stop()


def test_a_worker_still_waiting_before_a_retry_keeps_the_worker_started_for_its_slot() -> None:
    scheduler = _Scheduler(per_host=4)
    spawned: list[None] = []
    dispatcher = _Dispatcher(scheduler, limit=2, spawn=lambda: spawned.append(None))
    dispatcher.add([(f"/a{n}", "a") for n in range(1, 6)])
    dispatcher.start(2)
    assert dispatcher.take() == ("/a1", "a")
    assert dispatcher.take() == ("/a2", "a")
    assert dispatcher.pause("a", "a", overloaded=False, held=False)  # /a1 waits, and keeps waiting
    assert dispatcher.take() == ("/a3", "a")
    # /a2's worker asks for more with both slots taken: two workers fetch and one waits, none too many
    thread, got = take_in_thread(dispatcher)
    assert until(lambda: sleeping(dispatcher) == 1)
    dispatcher.done("a", answered=True)
    thread.join(5)
    assert got == [("/a4", "a")]
    dispatcher.stop()


@responses.activate
def test_a_run_whose_pages_fail_once_each_checks_every_link_within_its_host_s_limit() -> None:
    flaky = [f"/flaky{n}" for n in range(12)]
    plain = [f"/story{n}" for n in range(24)]
    for path in flaky:  # a 503 (no Retry-After) the first time, the page the second
        responses.get(f"{HOST}{path}", status=503)
        responses.get(f"{HOST}{path}", body=PAGE.format(title=path.strip("/")), content_type="text/html")
    for path in plain:
        responses.get(f"{HOST}{path}", body=PAGE.format(title=path.strip("/")), content_type="text/html")
    in_flight = [0, 0]  # now, most
    lock = threading.Lock()
    real_send = responses.mock._on_request  # type: ignore[attr-defined]

    def counting(adapter: object, request: object, **kwargs: object) -> object:
        with lock:
            in_flight[0] += 1
            in_flight[1] = max(in_flight[1], in_flight[0])
        try:
            return real_send(adapter, request, **kwargs)
        finally:
            with lock:
                in_flight[0] -= 1

    responses.mock._on_request = counting  # type: ignore[attr-defined]
    cfg = Config(allow_private=True, retries=2, backoff_base=0.01, backoff_max=0.01, workers=3, per_host=2)
    urls = [f"{HOST}{p}" for p in flaky + plain]
    with Fetcher(cfg, requests.Session(), sleep=lambda _: None) as fetcher:
        report = check([Citation(u) for u in urls], cfg, fetcher=fetcher)
    assert [r.status for r in report.results] == [Status.OK] * len(urls)
    assert len(responses.calls) == len(urls) + len(flaky)
    assert 1 <= in_flight[1] <= 2
