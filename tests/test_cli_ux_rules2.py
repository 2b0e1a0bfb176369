"""The rules the second command-line probe (``tests/test_cli_ux_probe2.py``) led to, each on small inputs,
with what it must leave alone. Imports are inside the tests, so that on a tree without a rule only its own
tests fail."""

from __future__ import annotations

import argparse
import datetime
import io
from pathlib import Path

import pytest

from linkcheck.errors import ConfigError


class _ShortWrites(io.RawIOBase):
    """A file that takes at most ``step`` bytes a call (a pipe whose reader is slow), then, after ``limit``
    bytes, refuses as a closed pipe does."""

    def __init__(self, step: int, limit: int | None = None) -> None:
        self.step, self.limit, self.taken = step, limit, bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        if self.limit is not None and len(self.taken) >= self.limit:
            raise BrokenPipeError(32, "Broken pipe")
        chunk = bytes(data)[: self.step]  # type: ignore[call-overload]
        self.taken += chunk
        return len(chunk)


# --- a report on an unbuffered standard output ----------------------------------------------------------


def test_every_byte_reaches_an_unbuffered_file_that_takes_few_at_a_time() -> None:
    from linkcheck.cli import _write_joined

    raw = _ShortWrites(step=5)
    stream = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)  # what PYTHONUNBUFFERED=1 builds
    _write_joined(stream, ["Паром ", "ferry\n", "x" * 100])
    assert raw.taken.decode("utf-8") == "Паром ferry\n" + "x" * 100


def test_a_reader_gone_mid_write_is_a_broken_pipe_not_a_silent_loss() -> None:
    from linkcheck.cli import _write_joined

    stream = io.TextIOWrapper(_ShortWrites(step=4, limit=8), encoding="utf-8", write_through=True)
    with pytest.raises(BrokenPipeError):
        _write_joined(stream, ["a line of the report\n" * 10])


def test_a_buffered_or_string_stream_is_written_as_before() -> None:
    from linkcheck.cli import write_fully

    text = io.StringIO()
    write_fully(text, "one\ntwo\n")
    assert text.getvalue() == "one\ntwo\n"
    raw = _ShortWrites(step=3)
    buffered = io.TextIOWrapper(io.BufferedWriter(raw), encoding="utf-8")
    write_fully(buffered, "abcdefgh")
    buffered.flush()
    assert bytes(raw.taken) == b"abcdefgh"


# --- configuration files: every long flag a key, read as its flag reads it -----------------------------


def _parser() -> argparse.ArgumentParser:
    from linkcheck.cli import build_parser

    return build_parser()


@pytest.mark.parametrize(
    ("key", "value", "dest", "read"),
    [
        ("allow-private", True, "allow_private", True),
        ("no-pin", True, "pin", False),
        ("no_pin", False, "pin", True),
        ("processes", 2, "processes", 2),
        ("progress", "never", "progress", "never"),
        ("input-format", "html", "input_format", "html"),
        ("base-url", "https://news.example/a", "base_url", "https://news.example/a"),
    ],
)
def test_a_long_flag_without_a_file_converter_is_a_key(
    tmp_path: Path, key: str, value: object, dest: str, read: object
) -> None:
    from linkcheck.settings import load_settings

    assert load_settings(tmp_path / "linkcheck.toml", {key: value}, _parser()) == {dest: read}


def test_an_unquoted_toml_date_is_an_article_date(tmp_path: Path) -> None:
    from linkcheck.settings import load_settings

    got = load_settings(tmp_path / "linkcheck.toml", {"article-date": datetime.date(2020, 1, 9)}, _parser())
    assert str(got["article_date"]) == "2020-01-09"


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("title-threshold", 1.5, "from 0 to 1"),
        ("retries", -1, "0 or more"),
        ("processes", 0, "1 or more"),
        ("progress", "sometimes", "auto, always, never"),
        ("no-pin", "yes", "true or false"),
        ("base-url", "news.example/a", "base-url"),
    ],
)
def test_a_value_its_flag_would_refuse_is_refused_with_the_flags_bound(
    tmp_path: Path, key: str, value: object, said: str
) -> None:
    from linkcheck.settings import load_settings

    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path / "linkcheck.toml", {key: value}, _parser())
    assert key in str(caught.value)
    assert said in str(caught.value)


@pytest.mark.parametrize("key", ["verbose", "quiet", "config", "no-config", "help", "version"])
def test_flags_of_one_terminal_or_of_the_file_itself_are_no_keys(tmp_path: Path, key: str) -> None:
    from linkcheck.settings import load_settings

    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings(tmp_path / "linkcheck.toml", {key: True}, _parser())


def test_values_within_their_flags_bounds_read_as_before(tmp_path: Path) -> None:
    from linkcheck.settings import load_settings

    table = {
        "title-threshold": 0.5,
        "retries": 0,
        "cache-ttl": "2h",
        "max-bytes": "1M",
        "fail-on": "+blocked",
    }
    got = load_settings(tmp_path / "linkcheck.toml", table, _parser())
    assert got["title_threshold"] == 0.5
    assert got["retries"] == 0
    assert got["cache_ttl"] == 7200
    assert got["max_bytes"] == 1024**2
    assert "blocked" in got["fail_on"]


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ("workers = 2\ntitle-threshold = 1.5\n", "title-threshold", 2),
        ("workers = 2\ntitle_threshold = 1.5\n", "title-threshold", 2),
        ('workers = 2\n"title-threshold" = 1.5\n', "title-threshold", 2),
        (
            '[project]\nname = "x"\n[tool.ruff]\nexclude = []\n[tool.linkcheck]\nexclude = ["("]\n',
            "exclude",
            6,
        ),
        ('[tool.ruff]\nexclude = ["a"]\n', "exclude", None),
        ("workers = 2\n", "retries", None),
    ],
)
def test_the_line_that_sets_a_key(text: str, key: str, line: int | None) -> None:
    from linkcheck.settings import setting_line

    assert setting_line(text, key) == line


def test_an_error_in_the_file_names_its_line(tmp_path: Path) -> None:
    from linkcheck.settings import load_settings

    path = tmp_path / "linkcheck.toml"
    path.write_text("workers = 2\nfrobnicate = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"linkcheck\.toml:2: unknown setting 'frobnicate'"):
        load_settings(path, {"workers": 2, "frobnicate": 1}, _parser())
    path.write_text("workers = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"linkcheck\.toml:1: workers: "):
        load_settings(path, {"workers": 0}, _parser())


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ("workers = 2\n".encode("utf-16"), "UTF-16"),
        ("# Pärnu\nworkers = 2\n".encode("latin-1"), "linkcheck.toml:1: not UTF-8 text (byte 0xe4"),
    ],
)
def test_a_config_file_not_in_utf8_is_named_not_a_traceback(tmp_path: Path, data: bytes, said: str) -> None:
    from linkcheck.settings import parse_args_with_settings

    (tmp_path / "linkcheck.toml").write_bytes(data)
    with pytest.raises(ConfigError) as caught:
        parse_args_with_settings(_parser(), ["sources.txt"], cwd=tmp_path)
    assert said in str(caught.value)


def test_a_config_file_with_a_utf8_byte_order_mark_is_read(tmp_path: Path) -> None:
    from linkcheck.settings import parse_args_with_settings

    (tmp_path / "linkcheck.toml").write_bytes(b"\xef\xbb\xbfworkers = 3\n")
    args, _ = parse_args_with_settings(_parser(), ["sources.txt"], cwd=tmp_path)
    assert args.workers == 3


# --- --cache-ttl with no cache ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ttl", "cache", "default", "refused"),
    [
        (7200.0, None, 86400.0, True),  # --cache-ttl 2h alone
        (86400.0, None, 86400.0, False),  # the default: nothing asked for
        (7200.0, "cache.sqlite", 86400.0, False),  # with its cache
        (7200.0, None, 7200.0, False),  # the file's value, for the runs that give --cache
    ],
)
def test_a_cache_lifetime_needs_a_cache(ttl: float, cache: str | None, default: float, refused: bool) -> None:
    from linkcheck.cli import ttl_without_cache

    assert ttl_without_cache(ttl, cache, default) is refused


def test_cache_ttl_alone_stops_the_command_naming_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from linkcheck.cli import main

    (tmp_path / "sources.txt").write_text("https://gone.invalid/a\n", encoding="utf-8")
    assert main([str(tmp_path / "sources.txt"), "--no-config", "--cache-ttl", "2h"]) == 2
    assert "--cache-ttl needs --cache" in capsys.readouterr().err


# --- a mistyped subcommand ---------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["extarct", "exract", "Extract", "extrat"])
def test_a_missing_input_that_is_a_subcommand_mistyped_gets_a_hint(typed: str) -> None:
    from linkcheck.cli import subcommand_hint

    assert "did you mean 'linkcheck extract" in subcommand_hint(typed)


@pytest.mark.parametrize("typed", ["story.md", "extract.md", "drafts/extract", "sources", "exit", "chapter"])
def test_other_missing_inputs_get_no_hint(typed: str) -> None:
    from linkcheck.cli import subcommand_hint

    assert subcommand_hint(typed) == ""


# --- a manifest of citations whose scheme has no '//' ---------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ["mailto:desk@news.example\n", "doi:10.1000/182 | title: A handbook\n"],
        ["https://news.example/a\n", "mailto:desk@news.example\n"],
        ["# contacts\n", "urn:isbn:0451450523 | note: the novel\n"],
    ],
)
def test_a_manifest_of_other_schemes_is_a_manifest(lines: list[str]) -> None:
    from linkcheck.cli import looks_like_manifest

    assert looks_like_manifest(lines)


@pytest.mark.parametrize(
    "lines",
    [
        ["Note: the story below was corrected.\n"],
        ["mailto:desk@news.example\n", "Write to the desk with corrections.\n"],
        ["Tel: +7 495 000 00 00\n"],
        ["doi: 10.1000/182\n"],
    ],
)
def test_prose_is_no_manifest_for_it(lines: list[str]) -> None:
    from linkcheck.cli import looks_like_manifest

    assert not looks_like_manifest(lines)


# --- standard input named twice ------------------------------------------------------------------------


def test_standard_input_named_twice_is_one_input() -> None:
    from linkcheck.cli import expand_inputs

    assert expand_inputs(["-", "-"]) == ["-"]


def test_standard_input_once_and_files_are_as_before(tmp_path: Path) -> None:
    from linkcheck.cli import expand_inputs

    (tmp_path / "a.txt").write_text("https://news.example/a\n", encoding="utf-8")
    assert expand_inputs(["-"]) == ["-"]
    assert expand_inputs([str(tmp_path / "a.txt"), "-"]) == [str(tmp_path / "a.txt"), "-"]
