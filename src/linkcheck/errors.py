"""linkcheck's exceptions: for the caller's mistakes only. A dead or broken link is a value, never raised.

::

    LinkcheckError               base of everything linkcheck raises on purpose
    ├── ConfigError              an option or configuration value is invalid
    ├── InputError               an input file cannot be used
    │   └── ManifestError        a sources.txt line is malformed (carries source and line)
    └── RunStopped               the caller's ``stop`` flag was set before the run finished
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["ConfigError", "InputError", "LinkcheckError", "ManifestError", "RunStopped"]


class LinkcheckError(Exception):
    """Base class of every exception linkcheck raises deliberately."""


class ConfigError(LinkcheckError, ValueError):
    """An option or configuration value is invalid."""


class InputError(LinkcheckError):
    """An input (manifest, article) cannot be read or understood. ``str()`` names the input (and the line) at
    fault; ``source`` and ``line``, when given, say where, and ``reason`` what is wrong without them (a run
    under ``--keep-going`` reports it as that input's failed result)."""

    source: str | None = None
    line: int | None = None
    reason: str | None = None

    def __init__(
        self, message: str, *, source: str | None = None, line: int | None = None, reason: str | None = None
    ) -> None:
        super().__init__(message)
        self.source, self.line, self.reason = source, line, reason

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # ``type(*self.args)`` would drop ``source``, ``line`` and ``reason`` (keyword arguments) on the way
        # to the process that unpickles it
        rebuild = functools.partial(type(self), source=self.source, line=self.line, reason=self.reason)
        return rebuild, self.args


class ManifestError(InputError, ValueError):
    """A malformed manifest line. ``str()`` reads ``file:line: what is wrong``."""

    source: str
    line: int

    def __init__(self, source: str, line: int, message: str) -> None:
        self.message = message
        super().__init__(f"{source}:{line}: {message}", source=source, line=line, reason=message)

    def __reduce__(self) -> tuple[type[ManifestError], tuple[str, int, str]]:
        # An exception pickles as ``type(*self.args)``, and ``args`` holds only the joined text: rebuilt so,
        # its three required arguments were missing (a ``TypeError`` in the process that unpickles it, e.g.
        # a ``concurrent.futures`` pool's caller).
        return type(self), (self.source, self.line, self.message)


class RunStopped(LinkcheckError):
    """A run ended early because the ``stop`` flag its caller passed to ``check``/``iter_check`` was set
    (from another thread, or by an asyncio task's cancellation): raised out of the run, in the thread that
    runs it, once its own fetcher's requests in flight are hung up and its threads told to return. A run
    that finished before the flag was seen returns as usual. Nothing is lost that was reported already:
    ``on_result`` and the results ``iter_check`` yielded are the run's part that was done."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or "the run was stopped: its stop flag was set before it finished")
