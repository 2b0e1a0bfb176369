"""Regular expressions compiled when first used, not at import (issue 7, cost31).

The modules that read and judge a page hold ~660 patterns at module level; compiling them all at import was
half of what the CLI's imports cost (0.51 s of CPU against 0.25 s without, cost31's measure), and a run on
the benchmark's pages reaches ~40 of them (most sit behind cheap pre-tests that a page rarely passes).
:func:`lazy_re` is :func:`re.compile` for a module-level pattern: it keeps the source and flags and compiles
on the first attribute a caller reads (``search``, ``match``, ``sub``, ``flags``...). That first read puts the
compiled pattern in the lazy one's place among its module's globals (a module-level ``_X = lazy_re(...)``:
every later ``_X.search(s)`` is the compiled pattern's own call, at no cost over :func:`re.compile`), and
stores its bound methods and attributes in the lazy object's slots for the references the module does not hold
by name (a pattern in a tuple, or imported into another module): those pay a slot read a call (~140
instructions, callgrind, against ~1,600 for the cheapest ``match``), no wrapper.

``pattern`` (the source) is there from the start, so a pattern built from another's source
(``lazy_re(A.pattern + "...")``) compiles neither. A lazy pattern is not a :class:`re.Pattern`: pass its
methods, not the object, to the ``re`` module's functions (``re.sub(p, ...)`` would refuse it). Nor compare a
pattern by identity with a module's global (``pattern is _X``): once used, ``_X`` is the compiled pattern,
while a reference taken before may still be the lazy one (``checker.parse_window`` keeps a flag instead).
A pattern with a syntax error raises on first use; :func:`compile_all` compiles every one made so far (the
tests call it). Two threads using a pattern first at once both compile it (``re``'s cache answers the
second) and store the same values: harmless.
"""

from __future__ import annotations

import re
import sys
from typing import Any, AnyStr, overload

__all__ = ["compile_all", "lazy_re"]

#: What a first use copies from the compiled pattern into a lazy one's slots.
_COPIED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _Compiled:
    """A lazy pattern once compiled: its slots hold the compiled pattern's bound methods and attributes."""

    __slots__ = ("pattern", "_flags", "_module", *_COPIED)
    pattern: str | bytes
    _flags: int
    _module: dict[str, Any]
    flags: int

    def __repr__(self) -> str:
        return f"lazy_re({self.pattern!r}, {self._flags})"


class _LazyPattern(_Compiled):
    """A pattern's source and flags, compiled by the first read of anything else (:func:`lazy_re`)."""

    __slots__ = ()

    def __init__(self, pattern: str | bytes, flags: int, module: dict[str, Any]) -> None:
        self.pattern = pattern
        self._flags = flags
        self._module = module

    def __getattr__(self, name: str) -> Any:
        # called only for an empty slot (before the first use) or a name a pattern lacks
        compiled = re.compile(self.pattern, self._flags)
        for attr in _COPIED:
            setattr(self, attr, getattr(compiled, attr))
        module = self._module
        for key in [key for key, value in module.items() if value is self]:
            module[key] = compiled
        # a class without __getattr__: Python's attribute cache serves its slots (~2x cheaper a read)
        self.__class__ = _Compiled  # type: ignore[assignment]  # the same slots, less the hook
        return getattr(compiled, name)


#: Every lazy pattern made (:func:`compile_all`).
_made: list[_Compiled] = []


@overload
def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]: ...
@overload
def lazy_re(pattern: bytes, flags: int = 0) -> re.Pattern[bytes]: ...
def lazy_re(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """:func:`re.compile` for a module-level pattern: compiled on first use (see the module's text)."""
    made = _LazyPattern(pattern, flags, sys._getframe(1).f_globals)
    _made.append(made)
    return made  # type: ignore[return-value]  # answers every attribute of re.Pattern that callers use


def compile_all() -> int:
    """Compile every lazy pattern made so far (a syntax error raises here); return how many there are."""
    for made in _made:
        made.flags  # noqa: B018  # the first read compiles
    return len(_made)
