"""Ctrl-C and SIGTERM reach the main thread: every thread a run starts blocks them (``linkcheck.threads``).

The kernel hands a signal sent to a process to any of its threads that does not block it, and Python runs
the handler only in the main thread, once that thread runs again. A SIGINT taken by a worker thread did not
wake a CLI blocked waiting for its next result: sent to a worker thread (``tgkill``) of a run whose server
never answers (``--timeout 30``), it stopped the run 60 s later, at the next result (the stopped-run test in
``tests/test_cli_ux_probe.py`` failed its 30 s bound once under load). Which thread the kernel picks cannot
be forced from outside, so the test reads each thread's blocked signals (``/proc``, Linux).
"""

from __future__ import annotations

import signal
import threading
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from linkcheck.checker import iter_check
from linkcheck.config import Config
from linkcheck.models import Citation, Status
from tests.site_server import Page, SiteServer, serve

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")


def _blocked(native_id: int) -> set[int]:
    """The signals thread ``native_id`` of this process blocks (``SigBlk`` in its ``/proc`` status)."""
    for line in Path(f"/proc/self/task/{native_id}/status").read_text().splitlines():
        if line.startswith("SigBlk:"):
            mask = int(line.split()[1], 16)
            return {n for n in range(1, 65) if mask & (1 << (n - 1))}
    raise AssertionError(f"no SigBlk line for thread {native_id}")


#: Every request is held until the server's ``release`` is set (at most 30 s), then answered this page.
HELD = Page(body=b"<html><head><title>A page</title></head><body><p>x</p></body></html>", hold=30.0)


def _held() -> AbstractContextManager[SiteServer]:
    return serve(answer=lambda _request: HELD)


def test_every_thread_a_run_starts_blocks_sigint_and_sigterm() -> None:
    before = {t.ident for t in threading.enumerate()}
    with _held() as server:
        port = server.server_address[1]
        urls = [f"http://127.0.0.1:{port}/story{i}" for i in range(4)]
        config = Config(allow_hosts=(f"127.0.0.1:{port}",), per_host=2, workers=4, retries=0, processes=1)
        results = iter_check([Citation(u) for u in urls], config)
        collected: list[Status] = []
        reader = threading.Thread(target=lambda: collected.extend(r.status for r in results), daemon=True)
        reader.start()  # the test's own thread, not the run's: the run's threads are started by it
        assert server.wait_for_requests(2, timeout=60), "the run sent no request"
        started = [t for t in threading.enumerate() if t.ident not in before and t is not reader]
        run_threads = [t for t in started if t.name.startswith("linkcheck")]
        masks = {t.name: _blocked(t.native_id) for t in run_threads if t.native_id is not None}
        server.release.set()
        reader.join(60)  # a bound on a hang, not a speed check
    assert collected == [Status.OK] * 4
    assert len(masks) >= 3, masks  # two workers in flight and the input's reader at least
    unblocked = {
        name: sorted(mask) for name, mask in masks.items() if not {signal.SIGINT, signal.SIGTERM} <= mask
    }
    assert not unblocked, unblocked  # before: no thread blocked either signal


def test_the_thread_that_starts_a_run_keeps_its_signals() -> None:
    # left alone: the caller's own thread (here the main thread of pytest) blocks what it blocked before, so
    # it still takes Ctrl-C, and the blocked mask is only the new threads'
    assert threading.current_thread() is threading.main_thread()
    mine = _blocked(threading.get_native_id())
    with _held() as server:
        port = server.server_address[1]
        config = Config(allow_hosts=(f"127.0.0.1:{port}",), retries=0, processes=1)
        server.release.set()
        results = list(iter_check([Citation(f"http://127.0.0.1:{port}/a")], config))
    assert [r.status for r in results] == [Status.OK]
    assert _blocked(threading.get_native_id()) == mine
    assert signal.SIGINT not in mine


def test_a_thread_started_by_a_blocked_thread_blocks_them_too() -> None:
    # a worker started by another worker (a retry's pause spawns one) inherits the mask it was started with
    from linkcheck.threads import start_thread

    seen: list[set[int]] = []

    def inner() -> None:
        seen.append(_blocked(threading.get_native_id()))

    def outer() -> None:
        seen.append(_blocked(threading.get_native_id()))
        child = threading.Thread(target=inner, daemon=True)
        child.start()  # a plain start: the mask comes from this thread
        child.join(10)

    thread = start_thread(threading.Thread(target=outer, daemon=True))
    thread.join(10)
    assert len(seen) == 2
    assert all({signal.SIGINT, signal.SIGTERM} <= mask for mask in seen), seen
