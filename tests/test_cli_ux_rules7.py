"""The rules the seventh command-line probe (``tests/test_cli_ux_probe7.py``) led to, on small inputs.

- ``cli._read_once``: a pipe, a FIFO or a character device named as an input (``<(cat s.txt)``'s
  ``/dev/fd/63``) is read whole once and its citations kept, as standard input's are.
- ``cli._source_name``: a name holding a control character is named with it escaped (``a\\nb.txt``).
- ``cli._read_text``, ``cli.need_stdout``, ``cli.run``: standard input or output closed when the process
  started is named (exit 2), not a traceback.
- ``cli.dash_hint``, ``cli.subcommand_hint``: an option pasted with a typographic dash, and ``help`` or
  ``version`` typed as a word, are answered with the option meant.
- ``settings.parse_args_with_settings``: ``--config`` naming a directory says so;
  ``settings.toml_line_shown``: a TOML error shows the line it points at.
- ``cli.FittedHelpFormatter``: ``--help`` fits the width ``COLUMNS`` gives; the ``--color`` help names
  ``FORCE_COLOR`` and ``TERM=dumb``.
- ``progress.Progress.line(columns=...)``: the progress line is narrower than the terminal.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from linkcheck import cli
from linkcheck.cli import (
    FittedHelpFormatter,
    _read_once,
    _read_text,
    _Reading,
    _source_name,
    build_extract_parser,
    build_parser,
    dash_hint,
    error_message,
    need_stdout,
    shown_name,
    subcommand_hint,
)
from linkcheck.errors import ConfigError, InputError, ManifestError
from linkcheck.models import Status
from linkcheck.progress import Progress, terminal_columns
from linkcheck.settings import _read_toml, parse_args_with_settings, toml_line_shown

# --- a pipe named as an input -----------------------------------------------------------------------------


def test_a_fifo_and_a_device_are_read_once_a_file_and_a_missing_name_are_not(tmp_path: Path) -> None:
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    (tmp_path / "r.txt").write_text("x\n", encoding="utf-8")
    assert _read_once(str(fifo))
    assert _read_once(os.devnull)
    assert not _read_once(str(tmp_path / "r.txt"))
    assert not _read_once(str(tmp_path / "missing.txt"))
    assert not _read_once(str(tmp_path))


def test_a_manifest_from_a_pipe_is_scanned_once_and_its_citations_kept() -> None:
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, b"https://example.org/ferry | title: Harbour ferry timetable doubles\n")
        os.close(write_end)
        write_end = -1
        scan = _Reading().scan([f"/dev/fd/{read_end}"])
        try:
            (_path, fmt, kept), *_ = scan.inputs
            assert fmt == "sources"
            assert kept is not None
            assert [c.url for c in kept] == ["https://example.org/ferry"]
        finally:
            scan.close()
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)


# --- names with control characters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("a\nb.txt", "a\\nb.txt"),
        ("tab\there.md", "tab\\there.md"),
        ("\x1b[31mred.txt", "\\x1b[31mred.txt"),
        ("статья.md", "статья.md"),
        ("plain.txt", "plain.txt"),
        ("-", "<stdin>"),
    ],
)
def test_a_name_is_shown_on_one_line_with_its_control_characters_escaped(name: str, shown: str) -> None:
    assert shown_name(_source_name(name)) == shown


@pytest.mark.parametrize("name", ["a\nb.txt", "tab\there.md", "\u202ecsv.md", "plain.txt"])
def test_the_reports_keep_a_name_as_it_is(name: str) -> None:
    # JSON, SARIF and JUnit carry the name whole (a tool finds the file by it); only messages escape it
    assert _source_name(name) == name


def test_an_error_names_its_input_escaped_and_nothing_else() -> None:
    exc = ManifestError("a\nb.txt", 3, "unknown field 'titel'")
    assert error_message(exc) == "a\\nb.txt:3: unknown field 'titel'"
    assert "\n" not in error_message(exc)
    assert error_message(InputError("plain.txt: cannot read", source="plain.txt")) == "plain.txt: cannot read"


# --- closed standard streams ------------------------------------------------------------------------------


def test_closed_standard_input_is_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError, match="standard input is closed"):
        _read_text("-")


def test_closed_standard_output_is_refused_only_when_a_report_goes_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    need_stdout(True)  # open: nothing to say
    monkeypatch.setattr(sys, "stdout", None)
    need_stdout(False)  # every report goes to a file
    with pytest.raises(ConfigError, match=r"standard output is closed.*--output PATH"):
        need_stdout(True)


def test_check_main_refuses_a_closed_stdout_before_reading_inputs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdout", None)
    assert cli._main(["missing.txt", "--no-config"]) == 2
    assert "standard output is closed" in capsys.readouterr().err


# --- hints for words that are options ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("\u2014format", "--format"),
        ("\u2013-format", "--format"),
        ("\u2212\u2212workers=3", "--workers"),
        ("\u2014v", "-v"),
        ("\uff0d\uff0dno-config", "--no-config"),
    ],
)
def test_an_option_with_a_typographic_dash_is_named(typed: str, meant: str) -> None:
    hint = dash_hint(typed)
    assert f"did you mean {meant}?" in hint
    assert repr(typed[0]) in hint


@pytest.mark.parametrize("name", ["format", "-format", "--format", "", "\u2014", "notes\u2014draft.md"])
def test_no_dash_hint_for_other_names(name: str) -> None:
    assert dash_hint(name) == ""


def test_help_and_version_as_words_point_to_their_options() -> None:
    assert "--help" in subcommand_hint("help")
    assert "--version" in subcommand_hint("Version")
    assert "--help" not in subcommand_hint("helpers")


def test_a_missing_input_pasted_with_a_dash_is_named_with_the_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="did you mean --format"):
        _read_text("\u2014format")


# --- the config file --------------------------------------------------------------------------------------


def test_a_directory_as_config_is_named_as_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is a directory; name the TOML file in it"):
        parse_args_with_settings(build_parser(), ["s.txt", "--config", str(tmp_path)])


def test_a_toml_error_shows_the_line_it_points_at() -> None:
    text = "workers = 4\ntimeout = 20\nworkers = 8\n"
    assert toml_line_shown("Cannot overwrite a value (at line 3, column 12)", text) == "; line 3: workers = 8"
    assert toml_line_shown("Cannot overwrite a value (at line 9, column 1)", text) == ""
    assert toml_line_shown("Invalid value (at end of document)", text) == ""


def test_a_duplicated_key_is_named_by_its_line(tmp_path: Path) -> None:
    path = tmp_path / "linkcheck.toml"
    path.write_text("workers = 4\ntimeout = 20\nworkers = 8\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="line 3: workers = 8"):
        _read_toml(path)


# --- help fitted to the terminal ---------------------------------------------------------------------------


@pytest.mark.parametrize("columns", [50, 60, 80, 100])
@pytest.mark.parametrize("which", ["check", "extract"])
def test_help_fits_columns(monkeypatch: pytest.MonkeyPatch, columns: int, which: str) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    parser = build_parser() if which == "check" else build_extract_parser()
    wide = [line for line in parser.format_help().splitlines() if len(line) > columns]
    assert not wide, wide


def test_a_wide_terminal_keeps_the_examples_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    shown = build_parser().format_help()
    assert (
        "  linkcheck sources.txt                       check a manifest (see docs/sources-format.md)\n"
        in shown
    )


def test_the_formatter_wraps_prose_as_a_paragraph_and_breaks_lists_after_commas(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "42")
    formatter = FittedHelpFormatter("prog", width=42)
    text = (
        "a note that runs on and on past the edge\n"
        "of the terminal (one,two,three,four,five,six,seven,eight)\n"
    )
    lines = formatter._fill_text(text, 40, "").splitlines()
    assert all(len(line) <= 40 for line in lines), lines
    assert " ".join(lines).replace(", ", ",").replace(",", ", ").count("seven") == 1
    assert any(line.endswith(",") for line in lines), lines


def test_a_help_read_by_a_program_keeps_its_lists_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """No ``COLUMNS`` and no terminal (``--help | grep``): the notes as written, the default list whole."""
    monkeypatch.delenv("COLUMNS", raising=False)
    shown = build_parser().format_help()
    assert "default (date_mismatch,dead,outlet_mismatch,postdates_article," in shown
    assert (
        "  linkcheck sources.txt                       check a manifest (see docs/sources-format.md)\n"
        in shown
    )


def test_color_help_names_the_variables_it_reads() -> None:
    shown = build_parser().format_help()
    assert "FORCE_COLOR" in shown
    assert "NO_COLOR" in shown


# --- the progress line on a narrow terminal ----------------------------------------------------------------


def progress_of(done: int, total: int) -> Progress:
    clock = iter([0.0] + [1.5] * 10)
    progress = Progress(io.StringIO(), total, enabled=True, clock=lambda: next(clock))
    for _ in range(done):
        progress.counts[Status.OK] += 1
        progress.done += 1
    return progress


@pytest.mark.parametrize("columns", [20, 40, 60])
def test_the_progress_line_is_narrower_than_the_terminal(columns: int) -> None:
    line = progress_of(3, 7).line(1.5, columns=columns)
    assert len(line) < columns
    assert line.startswith("linkcheck [")


def test_the_progress_line_is_unchanged_where_it_fits() -> None:
    progress = progress_of(3, 7)
    assert progress.line(1.5, columns=200) == progress.line(1.5) == progress.line(1.5, columns=None)


def test_terminal_columns_of_no_terminal_is_none() -> None:
    assert terminal_columns(io.StringIO()) is None
