"""The rules the sixth command-line probe (``tests/test_cli_ux_probe6.py``) led to, on small inputs.

- ``settings.parse_in_any_order``: options and inputs in any order (``a.txt --no-config b.txt``), for the
  check and for ``extract``; everything after the first bare ``--`` is an input.
- ``models.calendar_fault`` and ``PartialDate.parse``: a date of the right shape that is no calendar date is
  named as written, with the calendar's reason and the forms a date takes, never as ``PartialDate(...)``.
- ``cli.option_hint`` (the parsers' ``error``): an unknown long option is answered with the long option it is
  close to (``--wrkers``: ``did you mean --workers?``), the probe's leftover.
"""

from __future__ import annotations

import argparse

import pytest

from linkcheck.cli import build_extract_parser, build_parser, option_hint
from linkcheck.models import PartialDate, calendar_fault
from linkcheck.settings import parse_in_any_order


def check_args(*argv: str) -> argparse.Namespace:
    return parse_in_any_order(build_parser(), list(argv))


# --- options and inputs in any order ----------------------------------------------------------------------


def test_inputs_between_and_after_options_are_all_inputs() -> None:
    args = check_args("a.txt", "--no-config", "b.txt", "--format", "json", "c.txt")
    assert args.inputs == ["a.txt", "b.txt", "c.txt"]
    assert args.format == "json"
    assert args.no_config is True


def test_extract_takes_its_articles_among_its_options() -> None:
    args = parse_in_any_order(build_extract_parser(), ["a.md", "--article-date", "2020-01-09", "b.md"])
    assert args.inputs == ["a.md", "b.md"]
    assert args.article_date == PartialDate(2020, 1, 9)


def test_an_option_value_is_not_taken_for_an_input() -> None:
    """Left alone: a value that follows its option stays the option's, even when it names a file."""
    args = check_args("--output", "report.txt", "a.txt", "--state", "state.json")
    assert args.inputs == ["a.txt"]
    assert args.state == "state.json"


@pytest.mark.parametrize(
    ("argv", "inputs"),
    [
        (["--no-config", "--", "-x.txt"], ["-x.txt"]),
        (["a.txt", "--no-config", "--", "-x.txt", "--format"], ["a.txt", "-x.txt", "--format"]),
        (["--", "--no-config"], ["--no-config"]),
        (["a.txt", "--", "--"], ["a.txt", "--"]),
    ],
)
def test_everything_after_double_dash_is_an_input(argv: list[str], inputs: list[str]) -> None:
    """Left alone: ``--`` ends the options wherever it is, as it did (``parse_intermixed_args`` alone would
    refuse ``--opt -- -file``)."""
    args = check_args(*argv)
    assert args.inputs == inputs
    assert args.format == "text"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["a.txt", "--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["--no-config"], "required: INPUT"),
        (["--no-config", "--"], "required: INPUT"),
        (["a.txt", "--format", "xml", "b.txt"], "invalid choice: 'xml'"),
    ],
)
def test_what_was_refused_is_still_refused(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        check_args(*argv)
    assert info.value.code == 2
    assert said in capsys.readouterr().err


# --- a date of the right shape that is no date -------------------------------------------------------------


@pytest.mark.parametrize(
    ("parts", "reason"),
    [
        ((2020, 13, 1), "month must be in 1..12"),
        ((2020, 2, 30), "day is out of range for month"),
        ((2020, 0, None), "month must be in 1..12"),
        ((0, None, None), "year 0 is out of range"),
    ],
)
def test_calendar_fault_says_what_the_calendar_refuses(
    parts: tuple[int, int | None, int | None], reason: str
) -> None:
    assert calendar_fault(*parts) == reason


def test_calendar_fault_of_a_date_is_empty() -> None:
    assert calendar_fault(2020, 2, 29) == ""
    assert calendar_fault(2020, None, None) == ""


def test_a_bad_date_is_named_as_written_with_the_forms_a_date_takes() -> None:
    with pytest.raises(ValueError, match="not a calendar date") as info:
        PartialDate.parse("2020-13-01")
    assert str(info.value) == (
        "not a calendar date: '2020-13-01' (month must be in 1..12; a date is YYYY-MM-DD, YYYY-MM or YYYY)"
    )
    assert "PartialDate(" not in str(info.value)


def test_a_date_of_another_shape_keeps_its_message() -> None:
    """Left alone: a date not written as YYYY-MM-DD was already named with the forms."""
    with pytest.raises(
        ValueError, match=r"^expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '13-01-2020'$"
    ):
        PartialDate.parse("13-01-2020")
    assert PartialDate.parse("2020-02-29") == PartialDate(2020, 2, 29)


# --- a mistyped option named with the one it is close to ---------------------------------------------------

OPTIONS = ["-h", "--help", "--workers", "--fail-on", "--allow-private", "--allow-host", "--output", "-o"]


@pytest.mark.parametrize(
    ("message", "hint"),
    [
        ("unrecognized arguments: --wrkers", "; did you mean --workers?"),
        ("unrecognized arguments: --workres=3", "; did you mean --workers?"),
        ("unrecognized arguments: --fial-on dead b.txt", "; did you mean --fail-on?"),
        ("unrecognized arguments: --allow-privte --ouptut", "; did you mean --allow-private or --output?"),
    ],
)
def test_an_unknown_long_option_is_answered_with_the_close_one(message: str, hint: str) -> None:
    assert option_hint(message, OPTIONS) == hint


@pytest.mark.parametrize(
    "message",
    [
        "unrecognized arguments: --frobnicate",  # close to nothing
        "unrecognized arguments: b.txt",  # an input, not an option
        "unrecognized arguments: -w",  # a short option: too short to be near anything surely
        "argument --workers: expected 1 or more, got '0'",  # another error
        "unrecognized arguments: --workers",  # a known option (given where it cannot go) is not re-suggested
    ],
)
def test_what_is_close_to_no_option_gets_no_hint(message: str) -> None:
    assert option_hint(message, OPTIONS) == ""


def test_the_parser_adds_the_hint_to_its_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        check_args("a.txt", "--wrkers", "3")
    assert info.value.code == 2
    assert (
        capsys.readouterr()
        .err.rstrip()
        .endswith("error: unrecognized arguments: --wrkers 3; did you mean --workers?")
    )
