"""A retry's wait does not hold its host's slot; a host that says it is overloaded gets fewer requests.

HTTP mocked with ``responses``; the fetcher's ``sleep`` is injected, so the waits are as long as each test
needs them to be (never a backoff's real length).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
import requests
import responses

from linkcheck import checker
from linkcheck.checker import _Scheduler, check
from linkcheck.config import Config
from linkcheck.fetch import Fetcher
from linkcheck.models import Citation, Report, Status

PAGE = """<html><head><title>{title} - Example Times</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2020-01-09T08:00:00Z"></head>
<body><h1>{title}</h1><p>Body text of the story.</p></body></html>"""

HOST = "https://news.example.com"


def run(urls: list[str], sleep: Callable[[float], None], **config: object) -> Report:
    settings = {"allow_private": True, "retries": 2, "backoff_base": 0.01, "backoff_max": 0.01, **config}
    cfg = Config(**settings)  # type: ignore[arg-type]
    with Fetcher(cfg, requests.Session(), sleep=sleep) as fetcher:
        return check([Citation(u) for u in urls], cfg, fetcher=fetcher)


def story(path: str) -> None:
    responses.get(f"{HOST}{path}", body=PAGE.format(title=path.strip("/")), content_type="text/html")


def requested() -> list[str]:
    return [call.request.url.removeprefix(HOST) for call in responses.calls if call.request.url]


@responses.activate
def test_a_page_waiting_to_retry_a_500_does_not_hold_its_host() -> None:
    responses.get(f"{HOST}/broken", status=500)
    story("/broken")  # answers the retry
    responses.get(f"{HOST}/other", body=PAGE.format(title="other"), content_type="text/html")

    def sleep(_: float) -> None:
        for _ in range(100):  # the wait lasts until the host's other page was fetched (at most 5 s)
            if "/other" in requested():
                return
            threading.Event().wait(0.05)

    # one worker and one request per host: /other can only go while /broken waits if the wait gave the
    # slot back (and the run started a worker to use it)
    report = run([f"{HOST}/broken", f"{HOST}/other"], sleep, workers=1, per_host=1)
    assert [r.status for r in report.results] == [Status.OK, Status.OK]
    order = requested()
    assert order[0] == "/broken"
    assert order.index("/other") < order.index("/broken", 1)


@responses.activate
def test_retry_after_holds_the_host_until_the_retry_is_sent() -> None:
    url = f"{HOST}/busy"
    responses.get(url, status=503, headers={"Retry-After": "1"})
    story("/busy")
    for path in ("/a", "/b"):
        story(path)
    during_wait: list[list[str]] = []
    gate = threading.Event()

    def sleep(_: float) -> None:
        gate.wait(0.3)  # room for another worker to (wrongly) start on the host meanwhile
        during_wait.append(requested())

    report = run([url, f"{HOST}/a", f"{HOST}/b"], sleep, workers=1, per_host=2)
    assert {r.status for r in report.results} == {Status.OK}
    assert during_wait == [["/busy"]]  # nothing else went to the host while it asked for a pause
    assert requested()[:2] == ["/busy", "/busy"]


@responses.activate
def test_other_hosts_go_on_while_one_host_asks_for_a_pause() -> None:
    url = f"{HOST}/busy"
    responses.get(url, status=429, headers={"Retry-After": "1"})
    story("/busy")
    other = "https://other.example.org/story"
    responses.get(other, body=PAGE.format(title="story"), content_type="text/html")
    fetched_other = threading.Event()

    def sleep(_: float) -> None:
        fetched_other.wait(0.3)
        if any(call.request.url == other for call in responses.calls):
            fetched_other.set()

    report = run([url, other], sleep, workers=1, per_host=1)
    assert {r.status for r in report.results} == {Status.OK}
    assert fetched_other.is_set()


def test_an_overloaded_host_gets_half_its_limit_then_grows_back() -> None:
    now = [0.0]
    scheduler = _Scheduler(per_host=8, clock=lambda: now[0])
    host = "news.example.com"
    assert scheduler.cap(host) == 8
    scheduler.slow_down(host)
    assert scheduler.cap(host) == 4
    scheduler.slow_down(host)  # the same overload reported by another request in flight: no new halving
    assert scheduler.cap(host) == 4
    now[0] += 1.5
    scheduler.slow_down(host)
    assert scheduler.cap(host) == 2
    for i in range(12):
        scheduler.add(f"https://{host}/{i}", host)
    in_flight = [scheduler.next(), scheduler.next()]
    assert scheduler.next() is None  # two in flight at most
    for _ in range(40):  # good answers: the limit grows by one per limit's worth of them
        taken = in_flight.pop(0)
        assert taken is not None
        scheduler.release(host, answered=True)
        scheduler.add(*taken)
        while (more := scheduler.next()) is not None:
            in_flight.append(more)
        assert len(in_flight) <= scheduler.cap(host)
    assert scheduler.cap(host) == 8
    assert scheduler.cap("other.example.org") == 8  # only the host that complained


def test_failed_answers_do_not_grow_an_overloaded_hosts_limit_back() -> None:
    scheduler = _Scheduler(per_host=8, clock=lambda: 0.0)
    host = "news.example.com"
    scheduler.slow_down(host)
    scheduler.add(f"https://{host}/x", host)
    for _ in range(20):
        taken = scheduler.next()
        assert taken is not None
        scheduler.release(host, answered=False)
        scheduler.add(*taken)
    assert scheduler.cap(host) == 4


def test_a_retry_back_from_its_pause_gets_the_hosts_slot_before_new_urls() -> None:
    scheduler = _Scheduler(per_host=1)
    host = "news.example.com"
    for path in ("a", "b"):
        scheduler.add(f"https://{host}/{path}", host)
    first = scheduler.next()
    assert first == (f"https://{host}/a", host)
    scheduler.returns(host, +1)  # another URL's retry is back from its wait and needs the slot
    scheduler.release(host, answered=True)  # /a is over
    assert scheduler.next() is None  # the free slot is the retry's, not /b's
    assert scheduler.try_return(host)
    scheduler.returns(host, -1)
    scheduler.release(host, answered=True)  # the retry is over
    assert scheduler.next() == (f"https://{host}/b", host)


def test_a_retry_waiting_for_its_busy_host_holds_no_slot_of_the_run() -> None:
    from linkcheck.checker import _Dispatcher

    scheduler = _Scheduler(per_host=1)
    dispatcher = _Dispatcher(scheduler, limit=2, spawn=lambda: None)
    dispatcher.add([("/a1", "a"), ("/a2", "a"), ("/a3", "a"), ("/b1", "b")])
    assert dispatcher.take() == ("/a1", "a")
    dispatcher.pause("a", "a", overloaded=False, held=False)  # /a1 waits before its retry
    assert dispatcher.take() == ("/a2", "a")  # host a's one slot, given back by the wait, is taken
    back = threading.Thread(target=dispatcher.resume, args=("a", "a"), kwargs={"held": False})
    back.start()  # /a1's retry is back: it waits for host a, which is at its limit
    for _ in range(100):
        if scheduler.returning:
            break
        threading.Event().wait(0.02)
    assert scheduler.returning == {"a": 1}
    taken: list[tuple[str, str] | None] = []
    other = threading.Thread(target=lambda: taken.append(dispatcher.take()))
    other.start()
    other.join(5)
    try:
        # one request in flight of the run's two: host b's link goes, as the waiting retry needs host a
        assert taken == [("/b1", "b")]
        dispatcher.done("a", answered=True)  # /a2 is over: the retry takes host a's slot, before /a3
        back.join(5)
        assert not back.is_alive()
        assert scheduler.active == {"a": 1, "b": 1}
    finally:
        dispatcher.stop()
        other.join(5)
        back.join(5)


def test_retries_waiting_without_their_slots_are_at_most_the_run_s_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from linkcheck.checker import _Dispatcher

    monkeypatch.setattr(checker, "PAUSED_MIN", 0)  # the bound alone (a run of few workers gets 16)
    scheduler = _Scheduler(per_host=8)
    spawned: list[None] = []
    dispatcher = _Dispatcher(scheduler, limit=2, spawn=lambda: spawned.append(None))
    dispatcher.add([(f"/a{n}", "a") for n in range(1, 6)])
    assert dispatcher.take() == ("/a1", "a")
    assert dispatcher.take() == ("/a2", "a")
    assert dispatcher.pause("a", "a", overloaded=False, held=False)  # /a1's wait gives its slot back
    assert dispatcher.take() == ("/a3", "a")
    assert dispatcher.pause("a", "a", overloaded=False, held=False)  # /a2's too: two wait, as many as workers
    assert dispatcher.take() == ("/a4", "a")
    assert scheduler.active == {"a": 2}
    # a third wait keeps its slot (and starts no worker): the run's threads stay at most twice its workers
    assert not dispatcher.pause("a", "a", overloaded=True, held=False)
    assert scheduler.active == {"a": 2}
    assert len(spawned) == 2
    assert scheduler.cap("a") == 4  # a host that says it is overloaded is still slowed down
    dispatcher.resume("a", "a", held=False, given_back=False)  # back from the wait, still in its slot
    assert scheduler.active == {"a": 2}
    assert not scheduler.returning
    dispatcher.done("a", answered=True)
    assert dispatcher.take() == ("/a5", "a")
    dispatcher.stop()


@responses.activate
def test_a_host_failing_every_page_at_once_does_not_multiply_the_run_s_threads() -> None:
    urls = [f"{HOST}/down{n}" for n in range(60)]
    for url in urls:
        responses.get(url, status=502)  # fails at once, every time: each attempt waits before the next
    baseline = threading.active_count()
    most = [0]
    lock = threading.Lock()

    def sleep(_: float) -> None:
        with lock:
            most[0] = max(most[0], threading.active_count() - baseline)
        threading.Event().wait(0.1)

    report = run(urls, sleep, workers=4, per_host=4)
    assert [r.status for r in report.results] == [Status.ERROR] * len(urls)
    # the workers, the retries waiting without their slot (16 for a run of so few), the run's few helpers
    assert most[0] <= 4 + checker.PAUSED_MIN + 4, most[0]


def test_with_one_worker_retries_wait_without_the_run_s_only_slot() -> None:
    from linkcheck.checker import _Dispatcher

    scheduler = _Scheduler(per_host=1)
    spawned: list[None] = []
    dispatcher = _Dispatcher(scheduler, limit=1, spawn=lambda: spawned.append(None))
    dispatcher.add([(f"/{host}1", host) for host in "abcd"])
    for host in "abc":  # each page fails and waits before its retry: the slot goes on to the next page
        assert dispatcher.take() == (f"/{host}1", host)
        assert dispatcher.pause(host, host, overloaded=False, held=False)
    assert dispatcher.take() == ("/d1", "d")
    assert len(spawned) == 3  # a worker for each slot given back
    dispatcher.stop()
