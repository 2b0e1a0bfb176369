"""The rules the fourth command-line probe (``tests/test_cli_ux_probe4.py``) led to, each with what it must
leave alone: ``--fail-on`` given more than once is one list of items, and standard output under a locale
without UTF-8 is given an encoding the report can be written in."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from linkcheck import cli
from linkcheck.cli import fit_stdout, join_fail_on_values, stdout_encoding
from tests.site_server import Page, serve

# --- --fail-on given twice -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "joined"),
    [
        (["s.txt", "--fail-on", "+blocked", "--fail-on=-dead"], ["s.txt", "--fail-on=+blocked,-dead"]),
        (
            ["--fail-on=dead", "s.txt", "--fail-on", "soft_404", "-q"],
            ["s.txt", "--fail-on=dead,soft_404", "-q"],
        ),
        (
            ["--fail-on", "+a", "--fail-on", "+b", "--fail-on=-c", "x"],
            ["--fail-on=+a,+b,-c", "x"],
        ),
    ],
)
def test_every_fail_on_value_is_joined_where_the_last_stood(argv: list[str], joined: list[str]) -> None:
    assert join_fail_on_values(argv) == joined


@pytest.mark.parametrize(
    "argv",
    [
        ["s.txt", "--fail-on", "+blocked"],  # once: as it was
        ["s.txt", "--fail-on=dead", "--", "--fail-on", "x"],  # a file named --fail-on after --
        ["s.txt", "--fail-on", "dead", "--fail-on"],  # no value: argparse says so
        ["s.txt", "--fail-on", "dead", "--fail-on", "-v"],  # an option, not a value
        ["s.txt", "--format", "json", "--format", "json"],  # other options: argparse's rules
    ],
)
def test_a_single_fail_on_a_missing_value_and_what_follows_double_dash_are_left_alone(
    argv: list[str],
) -> None:
    assert join_fail_on_values(argv) == argv


def test_a_change_given_in_a_second_fail_on_is_applied_with_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve({"/walled": Page(403, b"<!doctype html><title>Forbidden</title><h1>Forbidden</h1>")}) as site:
        sources = tmp_path / "sources.txt"
        sources.write_text(f"{site.url('/walled')}\n", encoding="utf-8")
        base = [str(sources), "--no-config", "--allow-host", site.hostport, "--retries", "0", "-q"]
        both = cli.main([*base, "--fail-on", "+blocked", "--fail-on", "-dead"])
        alone = cli.main([*base, "--fail-on", "-dead"])
        mixed = cli.main([*base, "--fail-on", "dead", "--fail-on", "+blocked"])
    err = capsys.readouterr().err
    assert both == 1  # blocked fails: the first --fail-on was kept
    assert alone == 0  # left alone: one change, blocked warns as by default
    assert mixed == 2  # a plain item beside a change, refused as in one value
    assert "'dead,+blocked'" in err  # the value as joined, named


# --- standard output's encoding ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "errors", "machine", "chosen", "fitted"),
    [
        ("ascii", "surrogateescape", False, None, ("utf-8", "strict")),  # LC_ALL=C, PYTHONUTF8=0
        ("ANSI_X3.4-1968", "strict", True, None, ("utf-8", "strict")),  # the C locale's own name
        ("iso8859-1", "strict", True, None, ("utf-8", "strict")),  # a machine report in a Latin-1 locale
        ("cp1251", "strict", False, None, ("cp1251", "backslashreplace")),  # the text report there
        ("ascii", "strict", False, "ascii", ("ascii", "backslashreplace")),  # PYTHONIOENCODING=ascii
    ],
)
def test_standard_output_without_utf8_is_given_an_encoding_the_report_fits(
    encoding: str, errors: str, machine: bool, chosen: str | None, fitted: tuple[str, str]
) -> None:
    assert stdout_encoding(encoding, errors, machine=machine, chosen=chosen) == fitted


@pytest.mark.parametrize(
    ("encoding", "errors", "machine", "chosen"),
    [
        ("utf-8", "strict", True, None),
        ("UTF8", "surrogateescape", False, None),
        ("utf-16", "strict", False, None),
        ("ascii", "strict", False, "ascii:replace"),  # the user named the encoding and its handler
        ("cp1251", "backslashreplace", False, None),  # escapes already
        ("no-such-codec", "strict", False, None),
    ],
)
def test_a_utf_stream_a_named_handler_and_an_unknown_codec_are_left_alone(
    encoding: str, errors: str, machine: bool, chosen: str | None
) -> None:
    assert stdout_encoding(encoding, errors, machine=machine, chosen=chosen) is None


def test_fit_stdout_reconfigures_an_ascii_stream_before_it_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii", errors="surrogateescape")
    monkeypatch.setattr(sys, "stdout", stream)
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    fit_stdout(machine=False)
    stream.write("https://vestnik.example/новости\n")
    stream.flush()
    assert raw.getvalue().decode("utf-8") == "https://vestnik.example/новости\n"


def test_fit_stdout_leaves_a_utf8_stream_and_a_stream_that_is_no_text_wrapper(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    monkeypatch.setattr(sys, "stdout", utf8)
    fit_stdout(machine=True)
    assert (utf8.encoding, utf8.errors) == ("utf-8", "strict")
    other = io.StringIO()
    monkeypatch.setattr(sys, "stdout", other)
    fit_stdout(machine=True)  # no encoding to set: nothing raised
    assert sys.stdout is other
