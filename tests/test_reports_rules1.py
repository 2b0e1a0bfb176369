"""Rules the reports probe (tests/test_reports_probe.py, ux2) led to, each with what it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck import cli
from linkcheck.errors import ConfigError
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
