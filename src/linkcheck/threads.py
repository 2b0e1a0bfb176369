"""Starting linkcheck's threads so that a stop signal always reaches the thread that acts on it.

Ctrl-C (``SIGINT``) and ``SIGTERM`` are sent to a process, and the kernel hands such a signal to any of its
threads that does not block it. Python runs its handler (``KeyboardInterrupt``, the CLI's stop on
``SIGTERM``) only in the main thread, and only once that thread runs again: a signal taken by a worker
thread does not wake a main thread blocked waiting for the next result. A run whose links hang (a server
that never answers, ``--timeout 30``) then went on until the next result came, up to the timeout and
more: a SIGINT sent to a worker thread of the CLI (``tgkill``) took 60 s to stop it, where the same signal
sent to the process usually stopped it at once (the stopped-run test's 30 s bound failed once under load).

Every thread linkcheck starts blocks the two signals (:func:`start_thread`): a new thread inherits the
mask of the thread that starts it, so they are blocked in it from its first instruction, and the kernel can
hand them only to a thread that does not block them, the main thread (or one the calling program started).
The main thread's waits are interrupted and the handler runs at once.

That is not enough alone: a signal that comes to the main thread while it still runs (its handler only
flagged, to be run at the next bytecode the thread checks) just before it blocks in a wait without a
bound is not seen until that wait ends. The handler's flag is set, but the wait began after the signal
and nothing interrupts it again: a run whose next result is a hung request's 30 s timeout went on for
those 30 s and more (one run in 80 of the stopped-run scenario under load, exit code and message only at
the next result; the stopped-run test's SIGTERM variant failed so). The main thread's waits for a run's
next event therefore wait in slices of :data:`STOP_CHECK_SECONDS` (:func:`wait_get`): after each, the
thread runs Python code again and a handler flagged meanwhile runs.

:func:`start_thread` changes the calling thread's mask around the start: ``pthread_sigmask`` runs a
handler flagged before it as soon as it returns, so the first call may raise after it has blocked the
signals; the mask is set back in every case, or the caller would keep SIGINT and SIGTERM blocked (a
program that calls the CLI would no longer take Ctrl-C).
"""

from __future__ import annotations

import queue
import signal
import threading
import time
from typing import Protocol, TypeVar

from linkcheck.errors import RunStopped

__all__ = ["STOP_CHECK_SECONDS", "STOP_SIGNALS", "StopFlag", "start_thread", "stopped", "wait_get"]

_T_co = TypeVar("_T_co", covariant=True)

#: The signals that stop a run (``SIGTERM`` where the platform has it).
STOP_SIGNALS = frozenset(s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None)) if s)

_CAN_MASK = hasattr(signal, "pthread_sigmask")


def start_thread(thread: threading.Thread) -> threading.Thread:
    """Start ``thread`` with :data:`STOP_SIGNALS` blocked in it (where threads have signal masks), and
    return it. The calling thread blocks them while the new thread is created, then sets its own mask back:
    a signal that comes meanwhile waits and is taken once they are unblocked."""
    if not _CAN_MASK:
        thread.start()
        return thread
    before = signal.pthread_sigmask(signal.SIG_BLOCK, ())  # the mask as it is (changes nothing)
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)  # may raise a handler's error once blocked
        thread.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
    return thread


#: The longest the main thread waits for a run's next event before it runs Python code again, so that a
#: stop signal's handler flagged just before the wait began runs (:func:`wait_get`): a stop takes at most
#: this long to be seen; a wake-up costs a few microseconds.
STOP_CHECK_SECONDS = 0.25


class Gets(Protocol[_T_co]):
    """A queue: ``queue.SimpleQueue`` or ``queue.Queue``."""

    def get(self, block: bool = True, timeout: float | None = None) -> _T_co: ...


class StopFlag(Protocol):
    """What a caller passes as a run's ``stop``: a ``threading.Event``, or anything with ``is_set()`` (a
    ``multiprocessing`` event, for a run in a pool's process)."""

    def is_set(self) -> bool: ...


def stopped(stop: StopFlag | None) -> None:
    """Raise :class:`~linkcheck.errors.RunStopped` if the caller's ``stop`` flag is set."""
    if stop is not None and stop.is_set():
        raise RunStopped


def wait_get(source: Gets[_T_co], timeout: float | None = None, stop: StopFlag | None = None) -> _T_co:
    """``source.get(timeout=timeout)`` (``queue.Empty`` after ``timeout`` seconds; ``None``: no bound),
    waiting in slices of :data:`STOP_CHECK_SECONDS` so a stop signal is seen within one (module doc).

    ``stop``, the caller's flag (a ``threading.Event`` another thread or an asyncio task's cancellation
    sets), is looked at before the wait and after each slice: once it is set this raises
    :class:`~linkcheck.errors.RunStopped`, so a run's own thread, asleep until its next result (a hung
    request's timeout away), ends within a slice. A flag cannot wake a queue's wait; a slice costs a few
    microseconds four times a second, and the check one attribute test when no flag is given."""
    stopped(stop)
    if timeout is not None and timeout <= STOP_CHECK_SECONDS:
        return source.get(timeout=timeout)
    end = None if timeout is None else time.monotonic() + timeout
    while True:
        left = STOP_CHECK_SECONDS if end is None else min(STOP_CHECK_SECONDS, end - time.monotonic())
        try:
            return source.get(timeout=max(0.0, left))
        except queue.Empty:
            if end is not None and time.monotonic() >= end:
                raise
            stopped(stop)
