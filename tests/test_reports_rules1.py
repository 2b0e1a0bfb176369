"""Rules the reports probe (tests/test_reports_probe.py, ux2) led to, each with what it must leave alone."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from linkcheck import cli
from linkcheck.errors import ConfigError
from linkcheck.models import Citation, Result, Status, Verdict
from linkcheck.settings import parse_args_with_settings


def parse(argv: list[str], cwd: Path) -> list[tuple[str, str | None]]:
    args, _ = parse_args_with_settings(cli.build_parser(), argv, cwd=cwd)
    return cli._outputs(args)


# --- one --format report, one place for it ---------------------------------------------------------------


def test_format_given_twice_with_different_values_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        parse(["s.txt", "--format", "json", "-o", "a.json", "--format", "junit", "-o", "b.xml"], tmp_path)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--format: given twice (json, junit)" in err
    assert "--output FORMAT=PATH" in err


def test_format_repeated_with_the_same_value_or_over_the_config_file_is_fine(tmp_path: Path) -> None:
    assert parse(["s.txt", "--format", "json", "--format", "json", "--no-config"], tmp_path) == [
        ("json", None)
    ]
    (tmp_path / "linkcheck.toml").write_text('format = "junit"\n', encoding="utf-8")
    assert parse(["s.txt"], tmp_path) == [("junit", None)]  # the file's format, a default
    assert parse(["s.txt", "--format", "sarif"], tmp_path) == [("sarif", None)]  # the flag replaces it


def test_two_plain_output_paths_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"--output b\.xml: a second plain --output PATH"):
        parse(["s.txt", "--no-config", "--format", "json", "-o", "a.json", "-o", "b.xml"], tmp_path)
    with pytest.raises(ConfigError, match="a second plain"):
        parse(["s.txt", "--no-config", "-o", "-", "-o", "a.txt"], tmp_path)


def test_one_plain_output_with_any_number_of_named_ones_is_fine(tmp_path: Path) -> None:
    got = parse(
        [
            "s.txt",
            "--no-config",
            "--format",
            "json",
            "-o",
            "a.json",
            "--output",
            "junit=b.xml",
            "-o",
            "sarif=c",
        ],
        tmp_path,
    )
    assert got == [("json", "a.json"), ("junit", "b.xml"), ("sarif", "c")]
    got = parse(["s.txt", "--no-config", "--output", "junit=b.xml", "--output", "markdown=c.md"], tmp_path)
    assert got == [("text", None), ("junit", "b.xml"), ("markdown", "c.md")]


# --- a JSON Lines stream on standard output always ends with its summary ----------------------------------


def result(n: int, status: Status, verdict: Verdict) -> Result:
    return Result(Citation(url=f"https://news.example/{n}", source="s.txt", line=n), status, "why", verdict)


def streamed(monkeypatch: pytest.MonkeyPatch, raised: BaseException, path: str | None = None) -> str:
    out = io.StringIO()
    monkeypatch.setattr(cli.sys, "stdout", out)
    stream = cli._JsonLinesStream(path)

    def run() -> None:
        with stream:
            stream.write(result(1, Status.OK, Verdict.PASS))
            stream.write(result(2, Status.DEAD, Verdict.FAIL))
            raise raised

    with pytest.raises(type(raised)):
        run()
    return out.getvalue()


@pytest.mark.parametrize(
    ("raised", "said"),
    [(KeyboardInterrupt(), "interrupted (SIGINT)"), (cli._Terminated(), "terminated (SIGTERM)")],
)
def test_a_stopped_stream_on_stdout_ends_with_a_summary_of_what_it_streamed(
    monkeypatch: pytest.MonkeyPatch, raised: BaseException, said: str
) -> None:
    lines = [json.loads(line) for line in streamed(monkeypatch, raised).splitlines()]
    assert [r["record"] for r in lines] == ["result", "result", "summary"]
    summary = lines[-1]
    assert summary["schema"] == "linkcheck/1"
    assert summary["summary"]["total"] == 2
    assert (summary["summary"]["pass"], summary["summary"]["fail"], summary["summary"]["dead"]) == (1, 1, 1)
    assert summary["notes"][0].startswith(said)


def test_a_stream_that_fails_otherwise_or_goes_to_a_file_gets_no_invented_summary(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # an error that is not a stop (a bug, a write error): no summary claims to close the stream
    out = streamed(monkeypatch, ZeroDivisionError())
    assert [json.loads(line)["record"] for line in out.splitlines()] == ["result", "result"]
    # to a file, a stopped run leaves no report at all, as before (nothing on stdout either)
    target = tmp_path / "r.jsonl"
    assert streamed(monkeypatch, KeyboardInterrupt(), str(target)) == ""
    assert list(tmp_path.iterdir()) == []


def test_a_finished_stream_has_exactly_one_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    from linkcheck.models import Report

    out = io.StringIO()
    monkeypatch.setattr(cli.sys, "stdout", out)
    stream = cli._JsonLinesStream(None)

    def run() -> None:
        with stream:
            stream.write(result(1, Status.OK, Verdict.PASS))
            stream.finish(Report((result(1, Status.OK, Verdict.PASS),)))
            raise KeyboardInterrupt  # after the summary: nothing more is added

    with pytest.raises(KeyboardInterrupt):
        run()
    assert [json.loads(line)["record"] for line in out.getvalue().splitlines()] == ["result", "summary"]
