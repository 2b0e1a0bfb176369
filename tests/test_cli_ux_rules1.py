"""The general rules the bad-input probe (tests/test_cli_ux_probe.py) led to, each on strings, bytes or
argument lists, with what it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck.errors import InputError
from linkcheck.sources import line_ends, not_utf8, read_sources

# --- input that is not UTF-8: the same message, with its line, from the library and the command line ---


@pytest.mark.parametrize(
    ("data", "ends"),
    [(b"", 0), (b"a\nb\n", 2), (b"a\r\nb\r\n", 2), (b"a\rb\r", 2), (b"a\r\n\rb\n\n", 4), (b"no end", 0)],
)
def test_line_ends_count_crlf_cr_and_lf_once_each(data: bytes, ends: int) -> None:
    assert line_ends(data) == ends


@pytest.mark.parametrize(
    ("start", "name"),
    [
        (b"\xff\xfeh\x00", "UTF-16"),
        (b"\xfe\xff\x00h", "UTF-16"),
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
    ],
)
def test_another_unicode_encoding_is_named_by_its_byte_order_mark(start: bytes, name: str) -> None:
    message = str(not_utf8("s.txt", start, start[0], 0, 1))
    assert message.startswith(f"s.txt:1: not UTF-8 text: it is {name} ")
    assert "save it as UTF-8" in message


@pytest.mark.parametrize("start", [b"\xffAB\n", b"caf\xe9", b"\xfe\xfe\x00h", b"h\x00t\x00"])
def test_other_bad_bytes_are_named_by_line_byte_and_offset_not_by_a_guessed_encoding(start: bytes) -> None:
    message = str(not_utf8("s.txt", start, 0xE9, 81752, 900))
    assert message == "s.txt:900: not UTF-8 text (byte 0xe9 at offset 81752); save it as UTF-8"


def test_read_sources_counts_lines_and_bytes_after_a_utf8_byte_order_mark(tmp_path: Path) -> None:
    # the offset, the byte and the line are all those of the text after the mark (the byte named used to be
    # one of the mark's, three places early)
    path = tmp_path / "s.txt"
    path.write_bytes(b"\xef\xbb\xbfhttps://a.example/1\r\nhttps://a.example/2 | note: caf\xe9\r\n")
    with pytest.raises(InputError) as info:
        read_sources(path)
    offset = len(b"https://a.example/1\r\nhttps://a.example/2 | note: caf")
    assert str(info.value) == f"{path}:2: not UTF-8 text (byte 0xe9 at offset {offset}); save it as UTF-8"


def test_read_sources_names_utf16(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_bytes("https://a.example/1\r\n".encode("utf-16"))
    with pytest.raises(InputError, match=r"s\.txt:1: not UTF-8 text: it is UTF-16 "):
        read_sources(path)


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"])
def test_the_command_line_names_the_same_line_whichever_way_it_reads_the_file(
    tmp_path: Path, ending: bytes
) -> None:
    # a manifest is read line by line (its error found afterwards in one pass over pieces of 64 KiB, a CR LF
    # may straddle two), an article whole: both name the line read_sources names
    from linkcheck.cli import _decoded, _undecodable

    line = b"https://a.example/" + b"x" * 200
    lines = [line] * 700  # ~140 KB, read in two pieces and more
    lines[0] = b"https://a.example/" + b"y" * (65535 - 18)  # its line end starts the first piece's last byte
    lines[650] = b"https://a.example/ | note: caf\xe9"
    data = b"\xef\xbb\xbf" + ending.join(lines) + ending
    path = tmp_path / "s.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as whole:
        read_sources(path)
    with pytest.raises(InputError) as decoded:
        _decoded(str(path), data)
    offset = data.index(b"\xe9") - 3
    assert str(_undecodable(str(path))) == str(whole.value) == str(decoded.value)
    assert f"{path}:651: not UTF-8 text (byte 0xe9 at offset {offset})" in str(whole.value)


# --- files a run writes: refused before the run when they cannot be written ----------------------------


def _refusal(files: list[tuple[str, str]], inputs: list[str]) -> str | None:
    from linkcheck.cli import check_writable
    from linkcheck.errors import ConfigError

    try:
        check_writable(files, inputs)
    except ConfigError as exc:
        return str(exc)
    return None


def test_new_files_in_new_directories_are_fine_and_nothing_is_left_behind(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    manifest = tmp_path / "in" / "sources.txt"
    manifest.write_text("https://a.example/\n", encoding="utf-8")
    elsewhere = tmp_path / "out" / "deep" / "sources.txt"  # an input's name, in another directory
    files = [
        ("--output", str(elsewhere)),
        ("--output", str(tmp_path / "r.xml")),
        ("--state", str(tmp_path / "s.json")),
    ]
    assert _refusal(files, [str(manifest), "-"]) is None
    assert elsewhere.parent.is_dir()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["sources.txt"]


def test_an_existing_report_is_no_reason_to_refuse(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text("{}", encoding="utf-8")
    assert _refusal([("--output", str(report))], [str(tmp_path / "sources.txt")]) is None
    assert report.read_text(encoding="utf-8") == "{}"


def test_a_directory_is_refused(tmp_path: Path) -> None:
    message = _refusal([("--output", str(tmp_path))], [])
    assert message == f"--output {tmp_path}: is a directory; name a file in it"


@pytest.mark.parametrize("spelling", ["relative", "symlink", "hardlink"])
def test_an_input_is_never_a_file_the_run_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spelling: str
) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://a.example/\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    if spelling == "relative":
        target = "./sources.txt"
    elif spelling == "symlink":
        (tmp_path / "link.txt").symlink_to(manifest)
        target = "link.txt"
    else:
        (tmp_path / "hard.txt").hardlink_to(manifest)
        target = "hard.txt"
    for flag in ("--output", "--state", "--cache"):
        message = _refusal([(flag, target)], [str(manifest)])
        assert message == f"{flag} {target}: is the input {manifest}; writing there would replace it"


def test_two_files_the_run_writes_are_never_one(tmp_path: Path) -> None:
    report = str(tmp_path / "report.json")
    message = _refusal([("--output", report), ("--state", report)], [])
    assert message == f"--state {report}: --output {report} writes the same file"


@pytest.mark.parametrize("where", ["proc", "under a file"])
def test_a_directory_that_cannot_be_made_is_refused(tmp_path: Path, where: str) -> None:
    if where == "proc":
        target = "/proc/linkcheck-probe/report.json"
    else:
        (tmp_path / "file").write_text("", encoding="utf-8")
        target = str(tmp_path / "file" / "report.json")
    message = _refusal([("--output", target)], [])
    assert message is not None
    assert message.startswith(f"--output {target}: cannot write: ")


def test_the_command_refuses_before_reading_and_leaves_the_input_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from linkcheck.cli import main

    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://a.invalid/1\n", encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text("As [reported](https://a.invalid/2).\n", encoding="utf-8")
    assert main([str(manifest), "--no-config", "--state", str(manifest)]) == 2
    assert "is the input" in capsys.readouterr().err
    assert main(["extract", str(article), "-o", str(article)]) == 2
    assert "is the input" in capsys.readouterr().err
    assert manifest.read_text(encoding="utf-8") == "https://a.invalid/1\n"
    assert article.read_text(encoding="utf-8") == "As [reported](https://a.invalid/2).\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.md", "sources.txt"]


# --- "--fail-on -dead": a change to the default, given as the next argument ------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["s.txt", "--fail-on", "-dead"], ["s.txt", "--fail-on=-dead"]),
        (["--fail-on", "-dead,+blocked", "s.txt"], ["--fail-on=-dead,+blocked", "s.txt"]),
        (["--fail-on", "-soft_404, -dead"], ["--fail-on=-soft_404, -dead"]),
        # left alone: short options, a missing value, plain items, '=' already, and anything after '--'
        (["--fail-on", "-v", "s.txt"], ["--fail-on", "-v", "s.txt"]),
        (["--fail-on", "-q"], ["--fail-on", "-q"]),
        (["--fail-on", "--format", "json"], ["--fail-on", "--format", "json"]),
        (["--fail-on", "dead,blocked"], ["--fail-on", "dead,blocked"]),
        (["--fail-on=-dead"], ["--fail-on=-dead"]),
        (["--", "--fail-on", "-dead"], ["--", "--fail-on", "-dead"]),
        (["--fail-on"], ["--fail-on"]),
    ],
)
def test_a_minus_item_after_fail_on_is_its_value(argv: list[str], expected: list[str]) -> None:
    from linkcheck.cli import attach_fail_on_values

    assert attach_fail_on_values(argv) == expected


def test_fail_on_minus_reaches_the_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from linkcheck.cli import main

    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://gone.invalid/story\n", encoding="utf-8")
    assert main([str(manifest), "--no-config", "--fail-on", "-dead"]) == 0  # dead only warns now
    assert main([str(manifest), "--no-config", "--fail-on", "-deadd"]) == 2
    assert "unknown item 'deadd'" in capsys.readouterr().err


# --- flags that contradict each other --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "conflict"),
    [
        (["-q", "-v"], True),
        (["--verbose", "--quiet"], True),
        (["-vv", "-q"], True),
        (["--config", "linkcheck.toml", "--no-config"], True),
        (["--no-config", "--config=linkcheck.toml"], True),
        (["-vv"], False),
        (["-q"], False),
        (["--config", "linkcheck.toml"], False),
        (["--no-config"], False),
        ([], False),
    ],
)
def test_more_and_less_or_a_file_and_no_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str], conflict: bool
) -> None:
    from linkcheck.cli import build_parser
    from linkcheck.settings import parse_args_with_settings

    (tmp_path / "linkcheck.toml").write_text("workers = 4\n", encoding="utf-8")
    argv = ["s.txt", *(f.replace("linkcheck.toml", str(tmp_path / "linkcheck.toml")) for f in flags)]
    if not conflict:
        parse_args_with_settings(build_parser(), argv, cwd=tmp_path)
        return
    with pytest.raises(SystemExit) as info:
        parse_args_with_settings(build_parser(), argv, cwd=tmp_path)
    assert info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


# --- option values: checked where they are given, and named ----------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "good"),
    [
        ("(unclosed", False),
        ("[", False),
        ("*x", False),
        (r"web\.archive\.org", True),
        ("^https://(a|b)\\.", True),
        ("", True),
    ],
)
def test_a_url_pattern_is_checked_as_a_regular_expression_everywhere(
    tmp_path: Path, pattern: str, good: bool
) -> None:
    import argparse

    from linkcheck.argtypes import regex
    from linkcheck.config import Config
    from linkcheck.errors import ConfigError
    from linkcheck.settings import load_settings

    if good:
        assert regex(pattern) == pattern
        assert Config(include=(pattern,), exclude=(pattern,)).exclude == (pattern,)
        assert load_settings(tmp_path / "linkcheck.toml", {"exclude": [pattern]}) == {"exclude": [pattern]}
        return
    with pytest.raises(argparse.ArgumentTypeError, match="not a regular expression"):
        regex(pattern)
    for name in ("include", "exclude"):
        with pytest.raises(ConfigError, match=f"^{name}: not a regular expression: "):
            Config(**{name: (pattern,)})  # type: ignore[arg-type]
        with pytest.raises(ConfigError, match=f"linkcheck.toml: {name}: not a regular expression"):
            load_settings(tmp_path / "linkcheck.toml", {name: [pattern]})


@pytest.mark.parametrize(("text", "value"), [("0", 0.0), ("0.88", 0.88), ("1", 1.0), (" 0.5 ", 0.5)])
def test_a_fraction_from_0_to_1_is_read(text: str, value: float) -> None:
    from linkcheck.argtypes import fraction

    assert fraction(text) == value


@pytest.mark.parametrize("text", ["1.5", "-0.1", "nan", "inf", "x", ""])
def test_anything_else_is_no_fraction(text: str) -> None:
    import argparse

    from linkcheck.argtypes import fraction

    with pytest.raises(argparse.ArgumentTypeError, match="expected a number from 0 to 1"):
        fraction(text)


@pytest.mark.parametrize(
    ("text", "good"), [("nan", False), ("-nan", False), ("0", False), ("0.5", True), ("inf", True)]
)
def test_bounded_numbers_refuse_nan(text: str, good: bool) -> None:
    import argparse

    from linkcheck.argtypes import more_than

    positive = more_than(float, 0.0)
    if good:
        assert positive(text) == float(text)
    else:
        with pytest.raises(argparse.ArgumentTypeError):
            positive(text)


def test_config_refuses_nan_where_it_wants_a_number() -> None:
    from linkcheck.config import Config
    from linkcheck.errors import ConfigError

    nan = float("nan")
    for name in ("read_timeout", "deadline", "retry_after_cap", "cache_ttl", "max_time"):
        with pytest.raises(ConfigError, match=name):
            Config(**{name: nan})  # type: ignore[arg-type]
    assert Config(read_timeout=0.5, retry_after_cap=0.0).read_timeout == 0.5


# --- times: at most ten years, never infinite -------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "value", "good"),
    [
        ("--max-time", "inf", False),
        ("--max-time", "1e11", False),  # overflowed the run's clock: a traceback
        ("--max-time", "315360000", True),
        ("--max-time", "600", True),
        ("--timeout", "inf", False),
        ("--deadline", "1e13", False),
        ("--connect-timeout", "0.5", True),
        ("--retry-after-cap", "99999999999", False),
        ("--retry-after-cap", "0", True),
        ("--cache-ttl", "inf", False),  # every page was reported an error
        ("--cache-ttl", "3650d", True),
        ("--cache-ttl", "3651d", False),
        ("--grace", "inf", False),  # overflowed the state's dates: a traceback
        ("--grace", "1e13", False),
        ("--grace", "3650", True),
        ("--grace", "0", True),
    ],
)
def test_a_time_option_is_finite_and_at_most_ten_years(flag: str, value: str, good: bool) -> None:
    from linkcheck.cli import build_parser

    argv = ["s.txt", flag, value]
    if good:
        build_parser().parse_args(argv)
        return
    with pytest.raises(SystemExit):
        build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "name", ["connect_timeout", "read_timeout", "deadline", "max_time", "retry_after_cap", "cache_ttl"]
)
def test_config_refuses_times_over_ten_years(name: str) -> None:
    from linkcheck.config import MAX_SECONDS, Config
    from linkcheck.errors import ConfigError

    assert getattr(Config(**{name: float(MAX_SECONDS)}), name) == MAX_SECONDS  # type: ignore[arg-type]
    for value in (MAX_SECONDS + 1.0, float("inf")):
        with pytest.raises(ConfigError, match=f"{name} must be at most 315360000 seconds"):
            Config(**{name: value})  # type: ignore[arg-type]


def test_grace_is_at_most_ten_years() -> None:
    from linkcheck.errors import ConfigError
    from linkcheck.state import GracePolicy

    assert GracePolicy(grace_days=3650).active
    for days in (3651.0, float("inf"), float("nan"), -1.0):
        with pytest.raises(ConfigError, match="--grace must be 0 to 3650 days"):
            GracePolicy(grace_days=days)


# --- a NUL byte: no text file holds one ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "line", "offset"),
    [
        ("https://a.example/1 | title: One\r\n".encode("utf-16-le"), 1, 1),  # UTF-16 without its mark
        (b"\xef\xbb\xbfhttps://a.example/1\n\x00\x00garbage\n", 2, 20),  # offset after the UTF-8 mark
        (b"<p>See <a href='https://a.example/'>it</a>.</p>\r\n<p>\x00</p>", 2, 52),
    ],
)
def test_a_nul_byte_is_no_text_wherever_it_is_read(
    tmp_path: Path, data: bytes, line: int, offset: int
) -> None:
    from linkcheck.cli import _decoded

    path = tmp_path / "in.txt"
    path.write_bytes(data)
    expected = f"{path}:{line}: not text: a NUL byte at offset {offset} "
    with pytest.raises(InputError) as whole:
        _decoded(str(path), data)
    assert str(whole.value).startswith(expected)
    with pytest.raises(InputError) as manifest:
        read_sources(path)
    assert str(manifest.value) == str(whole.value)


@pytest.mark.parametrize(
    "data",
    [
        b"https://a.example/1 | title: Zero: 0, \\0 and \\x00 as written\n",  # digits and escapes, not NUL
        "https://a.example/1 | title: Ноль\n".encode(),  # UTF-8 of Cyrillic holds no NUL
        "https://a.example/1 | title: 零\n".encode(),
        b"\xef\xbb\xbfhttps://a.example/1\n",
    ],
)
def test_text_without_a_nul_byte_reads_as_before(tmp_path: Path, data: bytes) -> None:
    from linkcheck.cli import _decoded

    path = tmp_path / "s.txt"
    path.write_bytes(data)
    assert _decoded(str(path), data) == data.decode("utf-8-sig")
    assert [c.url for c in read_sources(path)] == ["https://a.example/1"]


def test_a_utf16_article_without_its_mark_is_refused_not_passed_green(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from linkcheck.cli import main

    article = tmp_path / "article.txt"
    article.write_bytes(
        "As the agency reported (https://a.invalid/story), talks resumed.\n".encode("utf-16-le")
    )
    assert main([str(article), "--no-config"]) == 2
    assert f"{article}:1: not text: a NUL byte" in capsys.readouterr().err
