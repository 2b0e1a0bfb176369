"""A function run over many items in a helper process, results in order: reading a whole site's articles.

Extracting an article's citations costs ~0.5 ms a KB of Python that holds the GIL. Done in the calling
process while the run goes, it competes with that process's share of the checking (which it runs, and whose
results it writes), and a run over a site's articles took as long as reading them there. :class:`Offload`
hands the items to a fresh interpreter on another core instead, keeping a few in flight, and gives the
results back in the order of the items.

Plain pipes and pickled frames, as :mod:`linkcheck.parallel`'s shards: the function (and what prepares it)
first, then the items, then ``None``. The process ends when its input does, so it never outlives the run.
If it dies, the items it had not answered are done in the calling process instead: nothing is lost.
"""

from __future__ import annotations

import collections
import contextlib
import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

__all__ = ["Offload", "python_process"]

T = TypeVar("T")
R = TypeVar("R")

#: Items sent ahead of the one whose result is awaited: enough to keep the helper busy between reads.
WINDOW = 16


def python_process(code: str) -> subprocess.Popen[bytes]:
    """A fresh interpreter running ``code``, that imports what this process imports, with pipes to its
    standard input and output (its standard error is this process's)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    return subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
    )


class Offload(Generic[T, R]):
    """``map(items)``: ``function(item)`` for each item, computed in a helper process, in order.

    ``function`` must pickle (a module-level function, or a bound method of a picklable object), and so must
    the items and results, and ``prepare``: called in the helper before it reads the first item (the imports
    ``function`` will need, done while the caller is still busy finding the items; if it fails, the first
    item meets the failure). An exception ``function`` raises is raised again here, at the item that raised
    it. Use as a context manager, or call :meth:`close`.
    """

    def __init__(
        self, function: Callable[[T], R], *, window: int = WINDOW, prepare: Callable[[], object] | None = None
    ) -> None:
        self.function = function
        self.window = max(1, window)
        self.warning: str | None = None  # why the helper stopped early, if it did
        self._unanswered = 0  # items sent and not yet answered
        self._proc: subprocess.Popen[bytes] | None = python_process(
            "from linkcheck.offload import _main; _main()"
        )
        if not self._send((function, prepare)):
            self._lost()

    def map(self, items: Iterable[T]) -> Iterator[R]:
        pending: collections.deque[T] = collections.deque()
        source = iter(items)
        while True:
            while self._proc is not None and len(pending) < self.window:
                item = next(source, _END)
                if item is _END:
                    break
                pending.append(item)
                if self._send(item):
                    self._unanswered += 1
                else:
                    self._lost()
            if not pending:
                if self._proc is None:  # the helper is gone: the items not yet sent are done here
                    yield from map(self.function, source)
                return
            item = pending.popleft()
            if self._proc is None:
                yield self.function(item)
                continue
            answer = self._receive()
            self._unanswered -= 1
            if answer is None:  # the helper is gone: this item, and every one after it, done here
                self._lost()
                yield self.function(item)
                continue
            ok, value = answer
            if not ok:
                raise value
            yield value

    def close(self) -> None:
        """End the helper: once every item sent is answered it ends with its input (2 s at most); with
        answers still due (the caller stopped early: Ctrl-C, an error) they are not wanted, and it is killed
        at once, rather than waited for while it blocks writing answers nobody reads."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if self._unanswered:
            proc.kill()
        else:
            self._send_to(proc, None)
        with contextlib.suppress(OSError):
            assert proc.stdin is not None
            proc.stdin.close()
        try:
            proc.wait(timeout=2.0)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        with contextlib.suppress(OSError):
            assert proc.stdout is not None
            proc.stdout.close()

    def __enter__(self) -> Offload[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(self, item: Any) -> bool:
        return self._proc is not None and self._send_to(self._proc, item)

    @staticmethod
    def _send_to(proc: subprocess.Popen[bytes], item: Any) -> bool:
        try:
            assert proc.stdin is not None
            pickle.dump(item, proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            proc.stdin.flush()
        except (OSError, ValueError):  # the helper is gone (broken pipe), or its pipe closed already
            return False
        return True

    def _receive(self) -> tuple[bool, Any] | None:
        assert self._proc is not None
        assert self._proc.stdout is not None
        try:
            answer: tuple[bool, Any] = pickle.load(self._proc.stdout)
        except (EOFError, OSError, pickle.UnpicklingError):
            return None
        return answer

    def _lost(self) -> None:
        proc = self._proc
        if proc is None:
            return
        self.close()
        self.warning = f"the helper process stopped (exit {proc.returncode}); the rest was done in this one"


_END: Any = object()


def _main() -> None:
    """The helper: the function, then each item in turn, answered ``(True, result)`` or ``(False, error)``.
    Ctrl-C is left to the calling process, whose end ends the helper's input."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing the function prints may corrupt the frames
    try:
        function, prepare = pickle.load(stdin)
        if prepare is not None:
            with contextlib.suppress(Exception):  # only a head start: the first item meets what failed here
                prepare()
        while (item := pickle.load(stdin)) is not None:
            try:
                answer: tuple[bool, Any] = (True, function(item))
            except Exception as exc:  # handed back, raised there at this item
                answer = (False, exc)
            pickle.dump(answer, stdout, protocol=pickle.HIGHEST_PROTOCOL)
            stdout.flush()
    except (EOFError, BrokenPipeError):
        pass  # the run ended, or was stopped: it says so itself
