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
"""

from __future__ import annotations

import signal
import threading

__all__ = ["STOP_SIGNALS", "start_thread"]

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
    before = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        thread.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
    return thread
