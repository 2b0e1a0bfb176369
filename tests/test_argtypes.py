"""Option values are checked where they are typed, with the text at fault in the message."""

from __future__ import annotations

import argparse

import pytest

from linkcheck.argtypes import at_least, more_than, size


def test_bounds() -> None:
    assert at_least(int, 1)("3") == 3
    assert more_than(float, 0.0)("0.5") == 0.5
    assert at_least(float, 0.0, " days")("0") == 0.0
    with pytest.raises(argparse.ArgumentTypeError, match="expected 1 or more, got '0'"):
        at_least(int, 1)("0")
    with pytest.raises(argparse.ArgumentTypeError, match="expected more than 0, got '0'"):
        more_than(float, 0.0)("0")
    with pytest.raises(argparse.ArgumentTypeError, match="expected a whole number, got 'two'"):
        at_least(int, 0)("two")
    with pytest.raises(argparse.ArgumentTypeError, match="days"):
        at_least(float, 0.0, " days")("-1")


@pytest.mark.parametrize(
    ("text", "value"), [("500000", 500_000), ("512K", 512 * 1024), ("5M", 5 * 1024**2), ("1GiB", 1024**3)]
)
def test_sizes(text: str, value: int) -> None:
    assert size(text) == value


@pytest.mark.parametrize("text", ["", "M", "-1M", "0", "lots"])
def test_bad_sizes(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        size(text)
