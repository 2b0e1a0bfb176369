"""Argument types for the command line and the config file: numbers with bounds, sizes, durations.

Each is a function from the text a user wrote to a value, raising ``argparse.ArgumentTypeError`` with the
text at fault and what was expected (argparse turns it into a usage error naming the option).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlsplit

__all__ = ["at_least", "fraction", "more_than", "regex", "size", "web_address"]

N = TypeVar("N", int, float)

_WHAT = {int: "a whole number", float: "a number"}


def _bounded(
    convert: Callable[[str], N], limit: N, strict: bool, unit: str, most: N | None
) -> Callable[[str], N]:
    what = _WHAT[convert]  # type: ignore[index]
    bound = f"more than {limit:g}" if strict else f"{limit:g} or more"
    if most is not None:
        bound += f" and at most {most:,.0f}" if float(most).is_integer() else f" and at most {most:g}"

    def parse(text: str) -> N:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {what}{unit}, got {text!r}") from None
        low = value > limit if strict else value >= limit  # NaN fails both, as no comparison holds for it
        if not low or (most is not None and not value <= most):
            raise argparse.ArgumentTypeError(f"expected {bound}{unit}, got {text!r}")
        return value

    return parse


def at_least(
    convert: Callable[[str], N], limit: N, unit: str = "", most: N | None = None
) -> Callable[[str], N]:
    """``at_least(int, 1)`` accepts 1, 2, ...; ``at_least(float, 0, " days", most=3650)`` 0 to 3650."""
    return _bounded(convert, limit, False, unit, most)


def more_than(
    convert: Callable[[str], N], limit: N, unit: str = "", most: N | None = None
) -> Callable[[str], N]:
    """``more_than(float, 0)``: a positive number; ``most``: and no more than that."""
    return _bounded(convert, limit, True, unit, most)


def size(text: str) -> int:
    """Bytes, with an optional K/M/G suffix (powers of 1024): ``500000``, ``512K``, ``5M``."""
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    raw = text.strip().lower().removesuffix("b").removesuffix("i")
    factor = units.get(raw[-1:], 1)
    number = raw[:-1] if raw[-1:] in units else raw
    try:
        value = int(float(number) * factor)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a size such as 5M or 500000, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive size, got {text!r}")
    return value


def regex(text: str) -> str:
    """A regular expression (``--include``, ``--exclude``): the text as given, once it compiles."""
    try:
        re.compile(text)
    except re.error as exc:
        raise argparse.ArgumentTypeError(f"not a regular expression: {text!r} ({exc})") from None
    return text


def fraction(text: str) -> float:
    """A number from 0 to 1 (``--title-threshold``)."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text!r}")
    return value


def web_address(text: str) -> str:
    """An article's own address (``--base-url``): absolute, ``http`` or ``https``, with a host; returned as
    given. Relative links are resolved against it, so an address without its scheme (``docs.example/guide/``)
    or its host would leave every relative link of every article relative: each a failed citation, where one
    usage error names the option and the text at fault before anything is read."""
    try:
        parts = urlsplit(text.strip())
        host = parts.hostname
    except ValueError:  # an unclosed [ of an IPv6 host, a port that is no number
        host = None
    if not host or parts.scheme.lower() not in ("http", "https"):
        raise argparse.ArgumentTypeError(
            f"expected the article's absolute address (http:// or https:// and a host), got {text!r}"
        )
    return text
