"""An unreadable input's file named once where its place is written beside its error (fix6, forty-fourth
session; site3's and site4's leftover).

Under ``--keep-going`` an input that cannot be read (not UTF-8, a directory, a broken link) is reported as a
failed citation whose ``error`` names its file, so that a JSON result's ``reason`` read alone says which
file an editor must mend. Where the file and its line were written just before that error, the name came
twice: ``linkcheck: warning: site/b.md:1: site/b.md: not UTF-8 text ...``, ``extract``'s ``# could not read
(site/b.md:1): site/b.md: ...``, the text report's ``FAIL site/b.md:1`` over ``error: site/b.md: ...``;
and a directory's three times (``adir: adir: adir: is a directory``). Now said once, the line kept; the
JSON and JSON Lines results keep their ``reason`` whole.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkcheck import cli
from linkcheck.checker import _invalid
from linkcheck.cli import failed_input
from linkcheck.errors import InputError
from linkcheck.models import Citation, Report
from linkcheck.report import render
from linkcheck.sources import format_sources, parse_sources

UTF16 = "\ufeff# Ferry notes\n".encode("utf-16-le")


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "b.md").write_bytes(UTF16)
    (tmp_path / "adir").mkdir()
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(old)


def _unreadable() -> Citation:
    exc = InputError(
        "site/b.md:1: not UTF-8 text: it is UTF-16",
        source="site/b.md",
        line=1,
        reason="not UTF-8 text: it is UTF-16",
    )
    return failed_input("site/b.md", exc)


# --- the rule on small strings -------------------------------------------------------------------------


def test_unplaced_drops_the_file_the_message_opens_with() -> None:
    from linkcheck.models import unplaced  # new here: imported in the test, so the file runs on the base

    assert unplaced("site/b.md: not UTF-8 text", "site/b.md") == "not UTF-8 text"
    assert unplaced("<stdin>: not UTF-8 text", "<stdin>") == "not UTF-8 text"


@pytest.mark.parametrize(
    ("message", "source"),
    [
        ("bad date: not a calendar date: '2020-13-45'", "m.txt"),  # a malformed line's own message
        ("site/b.mdx: not UTF-8 text", "site/b.md"),  # another file's name
        ("site/b.md:1: not UTF-8 text", "site/b.md"),  # the name and a line, not the name and a colon
        ("site/b.md is a directory", "site/b.md"),
        ("not UTF-8 text", ""),
        ("", "site/b.md"),
    ],
)
def test_unplaced_leaves_other_messages_alone(message: str, source: str) -> None:
    from linkcheck.models import unplaced

    assert unplaced(message, source) == message


def test_the_result_error_still_names_the_file_read_alone() -> None:
    assert _unreadable().error == "site/b.md: not UTF-8 text: it is UTF-16"


def test_an_error_raised_without_its_reason_names_the_file_once() -> None:
    # a directory named as an input: the error's text opens with the path, and had it put before it again
    exc = InputError("adir: is a directory; name its articles by a glob in quotes")
    assert failed_input("adir", exc).error == "adir: is a directory; name its articles by a glob in quotes"


# --- the command line ----------------------------------------------------------------------------------


def test_the_checks_warning_names_the_file_once(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["--keep-going", "--format", "json", "site/b.md", "adir"])
    out, err = capsys.readouterr()
    assert code == 1
    warnings = [line for line in err.splitlines() if line.startswith("linkcheck: warning:")]
    assert warnings == [
        "linkcheck: warning: site/b.md:1: not UTF-8 text: it is UTF-16 (it starts with UTF-16's byte-order "
        "mark); save it as UTF-8 (reported as a failed result)",
        "linkcheck: warning: adir: is a directory; name its articles by a glob in quotes, e.g. "
        "'adir/**/*.md' (or *.html, *.txt, *.wiki) (reported as a failed result)",
    ]
    reasons = [r["reason"] for r in json.loads(out)["results"]]
    assert reasons[0].startswith("site/b.md: not UTF-8 text")  # the JSON result read alone names it
    assert reasons[1].startswith("adir: is a directory")
    assert all(reason.count(name) == 1 for reason, name in zip(reasons, ["site/b.md", "adir:"], strict=True))


def test_extracts_comment_and_warning_name_the_file_once(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["extract", "--keep-going", "site/b.md"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "# could not read (site/b.md:1): not UTF-8 text: it is UTF-16" in out
    assert out.count("site/b.md") == 1
    assert "linkcheck: warning: site/b.md:1: not UTF-8 text" in err
    assert err.count("site/b.md") == 1


def test_the_text_report_names_the_file_once(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli.main(["--keep-going", "site/b.md"])
    out = capsys.readouterr().out
    assert "  FAIL site/b.md:1" in out
    assert "         error: not UTF-8 text: it is UTF-16" in out
    assert out.count("site/b.md") == 1


# --- the reports ---------------------------------------------------------------------------------------


def _report(*citations: Citation) -> Report:
    return Report(results=tuple(_invalid(c) for c in citations), elapsed=0.0)


@pytest.mark.parametrize("fmt", ["text", "markdown", "junit", "github", "sarif"])
def test_reports_that_write_the_place_name_the_file_once_per_entry(fmt: str) -> None:
    shown = render(_report(_unreadable()), fmt)
    assert "not UTF-8 text: it is UTF-16" in shown
    assert "site/b.md: not UTF-8" not in shown


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_the_json_reports_keep_the_reason_whole(fmt: str) -> None:
    assert "site/b.md: not UTF-8 text: it is UTF-16" in render(_report(_unreadable()), fmt)


def test_stdins_reason_keeps_its_name_where_no_file_is_shown() -> None:
    exc = InputError("<stdin>:2: not UTF-8 text", source="<stdin>", line=2, reason="not UTF-8 text")
    citation = failed_input("-", exc)
    assert "<stdin>: not UTF-8 text" in render(_report(citation), "github")  # no file= to say it
    assert "<stdin>: not UTF-8 text" in render(_report(citation), "sarif")  # no location to say it


@pytest.mark.parametrize("fmt", ["text", "markdown", "junit", "github", "sarif", "json"])
def test_a_malformed_manifest_lines_message_is_left_alone(fmt: str) -> None:
    (bad,) = parse_sources("https://news.test/a | date: 2020-13-45\n", source="m.txt", keep_going=True)
    assert bad.error is not None
    assert bad.error.startswith("bad date")
    assert "bad date: not a calendar date" in render(_report(bad), fmt)


def test_format_sources_comment_names_the_file_once() -> None:
    text = format_sources([_unreadable()])
    assert "# could not read (site/b.md:1): not UTF-8 text: it is UTF-16" in text
    assert text.count("site/b.md") == 1
