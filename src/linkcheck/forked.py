"""A child process forked from this one, with pipes to it: what :mod:`linkcheck.parallel` starts its shard
processes as when this process has imported what a shard runs and has no other thread.

A shard started as a fresh interpreter imports the checker, the fetcher and the page readers again, and
compiles their regular expressions again: ~0.3-0.6 s of CPU a process, paid twice a sharded run (issue 7,
cost29). A child forked after the caller imported them has them already. Forking is safe only while no
other thread runs (a lock another thread held would stay held in the child), so :func:`can_fork` says so
first; the caller falls back to a fresh interpreter otherwise.

:class:`Forked` answers the part of :class:`subprocess.Popen`'s interface the shards use (``stdin``,
``stdout``, ``poll``, ``wait``, ``kill``, ``pid``, ``returncode``). The child runs ``target(inp, out)`` on
its two pipes and ends with :func:`os._exit`: it never returns into the caller's frames, runs none of its
``atexit`` handlers and flushes none of its buffers.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from typing import IO

__all__ = ["Forked", "can_fork", "fork_process", "pid"]

#: This process's id, set again in a forked child (:func:`os.register_at_fork`): what the fetcher's pools
#: and helper threads compare with the id they were made in, on every request, to notice they are in a
#: forked child, without a system call (``os.getpid()``) each time.
pid = os.getpid()


def _after_fork_in_child() -> None:
    global pid
    pid = os.getpid()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def can_fork() -> bool:
    """Whether this process can fork a child safely: the platform has ``fork`` and no other thread runs."""
    return hasattr(os, "fork") and threading.active_count() == 1


class Forked:
    """A forked child (see :func:`fork_process`), waited for as :class:`subprocess.Popen` waits."""

    def __init__(self, pid: int, stdin: IO[bytes], stdout: IO[bytes]) -> None:
        self.pid = pid
        self.stdin: IO[bytes] | None = stdin
        self.stdout: IO[bytes] | None = stdout
        self.returncode: int | None = None
        self._lock = threading.Lock()  # one waitpid at a time (a reaper thread and the run may both ask)

    def poll(self) -> int | None:
        with self._lock:
            if self.returncode is None:
                try:
                    pid, status = os.waitpid(self.pid, os.WNOHANG)
                except ChildProcessError:  # reaped by someone else: as Popen, call it a clean end
                    self.returncode = 0
                else:
                    if pid == self.pid:
                        self.returncode = os.waitstatus_to_exitcode(status)
            return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Its exit code, once it has ended; :class:`subprocess.TimeoutExpired` after ``timeout`` seconds."""
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.0005
        while True:
            code = self.poll()
            if code is not None:
                return code
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise subprocess.TimeoutExpired(f"forked child {self.pid}", timeout or 0.0)
                delay = min(delay, left)
            time.sleep(delay)
            delay = min(delay * 2, 0.05)

    def kill(self) -> None:
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)


def fork_process(target: Callable[[IO[bytes], IO[bytes]], None], close: Iterable[int] = ()) -> Forked:
    """Fork a child that runs ``target(inp, out)``: ``inp`` reads what is written to the returned
    :class:`Forked`'s ``stdin``, ``out`` writes what its ``stdout`` reads. The child first closes the file
    descriptors in ``close`` (the pipes of siblings, whose ends of file it must not hold open), reads its
    standard input from ``/dev/null`` (a fresh interpreter with a pipe of its own does not hold the
    caller's) and takes back the default SIGTERM (the caller's handler is the caller's); it ends with
    :func:`os._exit`: status 0 once ``target`` returns, 1 (its traceback on standard error) if it raised.
    Call only when :func:`can_fork`."""
    shut = list(close)
    for stream in (sys.stdout, sys.stderr):  # nothing buffered here is written twice, once by the child
        with contextlib.suppress(Exception):
            stream.flush()
    in_read, in_write = os.pipe()
    out_read, out_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child: coverage does not follow it
        code = 1
        try:
            os.close(in_write)
            os.close(out_read)
            for fd in shut:
                with contextlib.suppress(OSError):
                    os.close(fd)
            nothing = os.open(os.devnull, os.O_RDONLY)  # not the caller's standard input (a pipe it reads)
            os.dup2(nothing, 0)
            os.close(nothing)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            target(os.fdopen(in_read, "rb"), os.fdopen(out_write, "wb"))
            code = 0
        except BaseException:
            with contextlib.suppress(Exception):
                traceback.print_exc()
        finally:
            with contextlib.suppress(Exception):
                sys.stderr.flush()
            os._exit(code)
    os.close(in_read)
    os.close(out_write)
    return Forked(pid, os.fdopen(in_write, "wb"), os.fdopen(out_read, "rb"))
