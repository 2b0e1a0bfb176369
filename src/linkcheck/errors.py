"""linkcheck's exceptions: for the caller's mistakes only. A dead or broken link is a value, never raised.

::

    LinkcheckError               base of everything linkcheck raises on purpose
    ├── ConfigError              an option or configuration value is invalid
    └── InputError               an input file cannot be used
        └── ManifestError        a sources.txt line is malformed (carries source and line)
"""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "LinkcheckError", "ManifestError"]


class LinkcheckError(Exception):
    """Base class of every exception linkcheck raises deliberately."""


class ConfigError(LinkcheckError, ValueError):
    """An option or configuration value is invalid."""


class InputError(LinkcheckError):
    """An input (manifest, article) cannot be read or understood."""


class ManifestError(InputError, ValueError):
    """A malformed manifest line. ``str()`` reads ``file:line: what is wrong``."""

    def __init__(self, source: str, line: int, message: str) -> None:
        self.source = source
        self.line = line
        self.message = message
        super().__init__(f"{source}:{line}: {message}")

    def __reduce__(self) -> tuple[type[ManifestError], tuple[str, int, str]]:
        # An exception pickles as ``type(*self.args)``, and ``args`` holds only the joined text: rebuilt so,
        # its three required arguments were missing (a ``TypeError`` in the process that unpickles it, e.g.
        # a ``concurrent.futures`` pool's caller).
        return type(self), (self.source, self.line, self.message)
