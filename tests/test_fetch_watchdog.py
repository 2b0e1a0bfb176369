"""The fetcher's shared watchdog (one thread, a heap of deadlines, O(1) cancel: no thread per request) and its
reusable helper threads for name lookups."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import responses

from linkcheck.config import Config
from linkcheck.fetch import Fetcher, _Exchange, _Helpers, _Watchdog
from linkcheck.models import Cause

#: Generous bound for waits on events the watchdog must set (never reached when it works).
WAIT = 10.0


@pytest.fixture
def watchdog() -> Iterator[_Watchdog]:
    dog = _Watchdog(idle=0.2)
    yield dog
    dog.close()


def test_scheduled_function_is_called(watchdog: _Watchdog) -> None:
    called = threading.Event()
    watchdog.schedule(0.01, called.set)
    assert called.wait(WAIT)


def test_cancelled_function_is_never_called(watchdog: _Watchdog) -> None:
    calls: list[str] = []
    later = threading.Event()
    entry = watchdog.schedule(0.01, lambda: calls.append("cancelled"))
    watchdog.cancel(entry)
    watchdog.schedule(0.05, lambda: (calls.append("later"), later.set()))
    assert later.wait(WAIT)
    assert calls == ["later"]


def test_functions_run_in_deadline_order_not_schedule_order(watchdog: _Watchdog) -> None:
    calls: list[int] = []
    done = threading.Event()
    watchdog.schedule(0.3, lambda: (calls.append(3), done.set()))
    watchdog.schedule(0.1, lambda: calls.append(1))
    watchdog.schedule(0.2, lambda: calls.append(2))
    assert done.wait(WAIT)
    assert calls == [1, 2, 3]


def test_cancel_after_the_call_is_a_no_op(watchdog: _Watchdog) -> None:
    called = threading.Event()
    entry = watchdog.schedule(0.0, called.set)
    assert called.wait(WAIT)
    watchdog.cancel(entry)
    watchdog.cancel(entry)
    assert watchdog._cancelled == 0


def test_cancelled_entries_do_not_pile_up(watchdog: _Watchdog) -> None:
    entries = [watchdog.schedule(3600.0, lambda: None) for _ in range(1000)]
    for entry in entries:
        watchdog.cancel(entry)
    assert len(watchdog._heap) <= 130  # compacted whenever cancelled entries outnumber live ones


def test_a_failing_function_does_not_stop_the_watchdog(watchdog: _Watchdog) -> None:
    def boom() -> None:
        raise RuntimeError("boom")

    called = threading.Event()
    watchdog.schedule(0.0, boom)
    watchdog.schedule(0.05, called.set)
    assert called.wait(WAIT)


def test_thread_starts_lazily_and_ends_when_idle() -> None:
    dog = _Watchdog(idle=0.05)
    assert dog.thread is None
    called = threading.Event()
    dog.schedule(0.0, called.set)
    thread = dog.thread
    assert thread is not None
    assert thread.daemon
    assert called.wait(WAIT)
    thread.join(WAIT)
    assert not thread.is_alive()
    assert dog.thread is None
    again = threading.Event()
    dog.schedule(0.0, again.set)  # a new thread for new work
    assert again.wait(WAIT)
    dog.close()


def test_close_ends_the_thread_but_keeps_live_deadlines() -> None:
    dog = _Watchdog(idle=3600.0)
    called = threading.Event()
    dog.schedule(0.2, called.set)  # an exchange still in flight when the fetcher is closed
    thread = dog.thread
    assert thread is not None
    dog.close()
    assert called.wait(WAIT)
    thread.join(WAIT)
    assert not thread.is_alive()


def test_close_with_only_cancelled_entries_ends_the_thread_now() -> None:
    dog = _Watchdog(idle=3600.0)
    dog.cancel(dog.schedule(3600.0, lambda: None))
    thread = dog.thread
    assert thread is not None
    dog.close()
    thread.join(WAIT)
    assert not thread.is_alive()


def test_a_late_expiry_does_not_hang_up_a_detached_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    hung_up: list[Any] = []
    monkeypatch.setattr("linkcheck.fetch._hang_up", hung_up.append)
    conn = object()
    exchange = _Exchange("news.test", 443)
    exchange.attach(conn)
    exchange.detach()
    exchange.expire()
    assert exchange.expired
    assert hung_up == []
    live = _Exchange("news.test", 443)
    live.attach(conn)
    live.expire()
    assert hung_up == [conn]


def test_one_watchdog_thread_serves_every_request_of_a_fetcher() -> None:
    before = {t.ident for t in threading.enumerate()}
    with responses.RequestsMock() as mock:
        for i in range(20):
            mock.get(f"https://news.test/{i}", body="<title>x</title>")
        fetcher = Fetcher(Config(allow_private=True))
        threads = set()
        for i in range(20):
            assert fetcher.fetch(f"https://news.test/{i}").status_code == 200
            threads.add(fetcher._watchdog.thread)
        new = [t for t in threading.enumerate() if t.ident not in before]
    assert len(threads) == 1
    assert None not in threads
    assert [t.name for t in new] == ["linkcheck-watchdog"]
    thread = next(iter(threads))
    assert thread is not None
    fetcher.close()
    thread.join(WAIT)
    assert not thread.is_alive()


def test_robots_fetches_share_the_fetchers_watchdog() -> None:
    fetcher = Fetcher(Config(allow_private=True, respect_robots=True))
    robots = fetcher._robots
    assert robots is not None
    inner = robots._fetch  # the robots fetcher's bound fetch
    assert getattr(inner, "__self__", None) is not None
    assert inner.__self__._watchdog is fetcher._watchdog
    fetcher.close()


# --- helper threads for name lookups ------------------------------------------------------------------


def test_helper_threads_are_reused_for_calls_one_after_another() -> None:
    helpers = _Helpers(idle=5.0)
    seen: list[int | None] = []
    for _ in range(20):
        done = threading.Event()
        helpers.run(lambda done=done: (seen.append(threading.get_ident()), done.set()))
        assert done.wait(WAIT)
    assert len(seen) == 20
    assert len(set(seen)) <= 2  # a thread freed by one call takes the next (at most one started meanwhile)


def test_a_call_never_waits_behind_a_hanging_one() -> None:
    helpers = _Helpers(idle=5.0)
    release = threading.Event()
    started = threading.Event()
    helpers.run(lambda: (started.set(), release.wait(WAIT)))
    assert started.wait(WAIT)
    done = threading.Event()
    helpers.run(done.set)
    assert done.wait(WAIT)  # served by another thread while the first still hangs
    release.set()


def test_idle_helper_threads_end() -> None:
    helpers = _Helpers(idle=0.05, name="linkcheck-test-helper")
    done = threading.Event()
    helpers.run(done.set)
    assert done.wait(WAIT)
    for thread in [t for t in threading.enumerate() if t.name == "linkcheck-test-helper"]:
        thread.join(WAIT)
        assert not thread.is_alive()


def test_a_hanging_name_lookup_is_a_dns_failure_and_does_not_hold_up_other_hosts() -> None:
    release = threading.Event()

    def resolver(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        if host == "hangs.test":
            release.wait(WAIT)
            raise socket.gaierror(socket.EAI_AGAIN, "late")
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    fetcher = Fetcher(Config(connect_timeout=0.2, retries=0), resolver=resolver)
    try:
        hung = fetcher.fetch("https://hangs.test/a")
        assert hung.cause is Cause.DNS
        assert "timed out" in (hung.error or "")
        other = fetcher.fetch("https://gone.test/b")  # its lookup does not queue behind the hung one
        assert other.cause is Cause.DNS
        assert "Name or service not known" in (other.error or "")
    finally:
        release.set()
        fetcher.close()


def test_closing_ends_waiting_helper_threads() -> None:
    helpers = _Helpers(idle=3600.0, name="linkcheck-test-closing")
    done = threading.Event()
    helpers.run(done.set)
    assert done.wait(WAIT)
    threads = [t for t in threading.enumerate() if t.name == "linkcheck-test-closing"]
    assert threads
    helpers.close()
    for thread in threads:
        thread.join(WAIT)
        assert not thread.is_alive()
    again = threading.Event()
    helpers.run(again.set)  # a closed pool still serves calls (a fetcher may be used after close)
    assert again.wait(WAIT)
    helpers.close()


def _in_forked_child(check: Callable[[], bool]) -> int:
    """Run ``check`` in a forked child; its exit status (0 when ``check`` held)."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            code = 0 if check() else 1
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_watchdog_and_helpers_work_in_a_forked_child() -> None:
    dog = _Watchdog(idle=3600.0)
    helpers = _Helpers(idle=3600.0)
    warm = threading.Event()
    dog.schedule(0.0, warm.set)
    assert warm.wait(WAIT)
    ran = threading.Event()
    helpers.run(ran.set)
    assert ran.wait(WAIT)  # the parent now has a watchdog thread and a waiting helper thread

    def child() -> bool:
        fired, helped = threading.Event(), threading.Event()
        dog.schedule(0.0, fired.set)
        helpers.run(helped.set)
        return fired.wait(WAIT) and helped.wait(WAIT)

    assert _in_forked_child(child) == 0
    dog.close()
    helpers.close()
