"""A second held-out probe (2026-12-04): the command line as a user meets it, typing by hand.

Written from README.md, docs/ (sources-format, ci, articles, api), ``linkcheck --help``, ``linkcheck extract
--help`` and the earlier probes' docstrings before any code under ``src/`` was read. The first probe
(``tests/test_cli_ux_probe.py``) covered bad bytes in manifests, malformed lines, bad option values, reports
that cannot be written, exit codes, ``-q``/``-v`` and ``NO_COLOR`` on a terminal; this one looks where it did
not: an option in both its forms, options that contradict or have nothing to act on, a value out of range
named with its bound, standard input given twice, a file given twice, ``linkcheck extract`` on what is not
an article (a directory, a picture, a legacy encoding, Windows and old Mac line ends, a very long line),
output to a reader that goes away (``| head -1``), colour when not on a terminal, the configuration file's
keys (the long flag names, as the docs say) and its mistakes named by file and line, ``--help`` against the
README. Expectations are what the docs promise, or, where they are silent, what a demanding user of a
mature tool wants: an exit code that says what happened, a message naming the file, line, URL or option at
fault, no traceback, nothing lost. Every request goes to a server this test starts on 127.0.0.1, or to a
reserved name (``.invalid``, ``.example``) that never resolves.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.site_server import Page, SiteServer, serve

pytestmark = pytest.mark.e2e

TREE = Path(__file__).resolve().parents[1]

HEADLINE = "Lighthouse keepers return to Gull Point"
STORY = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE} | North Shore Gazette</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="North Shore Gazette">
<meta property="article:published_time" content="2022-06-14T08:00:00+00:00">
</head><body><article><h1>{HEADLINE}</h1>
<p>For the first time in forty years the Gull Point light has resident keepers again, after the harbour trust
voted to restore the cottages beside it. The two keepers start in July.</p>
</article></body></html>
""".encode()


def command() -> list[str]:
    return [sys.executable, "-m", "linkcheck"]


def env_for(**extra: str) -> dict[str, str]:
    """The environment without proxies, CI markers or colour choices, with this tree's code first."""
    drop = ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR", "CI", "TERM")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.lower().endswith("_proxy") and k not in drop and not k.startswith("LINKCHECK")
    }
    env["PYTHONPATH"] = str(TREE / "src")
    env.update(extra)
    return env


def run(
    args: list[str],
    cwd: Path,
    stdin: bytes = b"",
    env: dict[str, str] | None = None,
    no_config: bool = True,
) -> subprocess.CompletedProcess[str]:
    extra = ["--no-config"] if no_config and args[:1] != ["extract"] else []
    done = subprocess.run(
        [*command(), *args, *extra],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        timeout=120,
        env=env or env_for(),
    )
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    for stream in (proc.stderr, proc.stdout):
        assert "Traceback" not in stream, stream
        assert "Exception ignored" not in stream, stream


def results(proc: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    report: dict[str, Any] = json.loads(proc.stdout)
    found: list[dict[str, Any]] = report["results"]
    return found


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with serve({"/2022/06/14/lighthouse": Page(200, STORY)}) as server:
        yield server


def story_url(site: SiteServer) -> str:
    return f"{site.origin}/2022/06/14/lighthouse"


def allow(site: SiteServer) -> list[str]:
    return ["--allow-host", site.hostport]


# --- 1. options as people type them -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "code"),
    [
        (["--fail-on=+blocked"], 1),  # the '=' form of a '+' change
        (["--fail-on=-dead,+blocked"], 1),
        (["--fail-on=none"], 0),
        (["--accept=403"], 0),  # 403 read as ok
    ],
)
def test_the_equals_form_of_an_option_means_what_the_spaced_form_means(
    tmp_path: Path, flags: list[str], code: int
) -> None:
    with serve({"/members/only": Page(403, b"<html><head><title>Forbidden</title></head></html>")}) as server:
        manifest = tmp_path / "sources.txt"
        manifest.write_text(f"{server.origin}/members/only\n", encoding="utf-8")
        spaced = [part for flag in flags for part in flag.split("=", 1)]
        joined = run([str(manifest), *flags, "--allow-host", server.hostport], tmp_path)
        apart = run([str(manifest), *spaced, "--allow-host", server.hostport], tmp_path)
    no_traceback(joined)
    assert joined.returncode == code, joined.stderr
    assert apart.returncode == joined.returncode, apart.stderr


def test_the_same_format_given_twice_is_no_conflict(site: SiteServer, tmp_path: Path) -> None:
    """docs/ci.md: ``--format`` twice with different values is a usage error; the same twice is not."""
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"{story_url(site)} | title: {HEADLINE}\n", encoding="utf-8")
    proc = run([str(manifest), "--format", "json", "--format=json", *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert [r["url"] for r in results(proc)] == [story_url(site)]


@pytest.mark.parametrize(
    ("flag", "value", "bound"),
    [
        ("--retries", "-1", "0"),
        ("--max-redirects", "-1", "0"),
        ("--processes", "0", "1"),
        ("--host-down-after", "-2", "0"),
        ("--date-tolerance", "-1", "0"),
        ("--per-host", "0", "1"),
        ("--fail-after", "0", "1"),
    ],
)
def test_a_value_out_of_range_is_refused_naming_the_option_and_its_bound(
    tmp_path: Path, flag: str, value: str, bound: str
) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://gone.invalid/a\n", encoding="utf-8")
    extra = ["--state", str(tmp_path / "state.json")] if flag == "--fail-after" else []
    proc = run([str(manifest), f"{flag}={value}", *extra], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2, proc.stderr
    assert flag in proc.stderr
    message = proc.stderr.split(flag, 1)[1].replace(value, "")
    assert re.search(rf"(?<![\w.-]){bound}(?![\w.])", message), proc.stderr  # the bound, not only "invalid"
    assert proc.stdout == ""


@pytest.mark.parametrize("value", ["example.org/story", "ftp://example.org/story", "/story"])
def test_a_base_url_that_is_not_an_absolute_http_address_is_a_usage_error(tmp_path: Path, value: str) -> None:
    """README: ``--base-url URL``, the article's address (absolute, ``http://`` or ``https://``)."""
    article = tmp_path / "story.html"
    article.write_text('<html><body><p>See <a href="/other">this</a>.</p></body></html>\n', encoding="utf-8")
    for args in ([str(article), "--base-url", value], ["extract", str(article), "--base-url", value]):
        proc = run(args, tmp_path)
        no_traceback(proc)
        assert proc.returncode == 2, (args, proc.stderr)
        assert "--base-url" in proc.stderr
        assert proc.stdout == ""


def test_a_header_naming_an_unset_variable_is_refused_before_any_request(
    site: SiteServer, tmp_path: Path
) -> None:
    """docs/ci.md: ``env:NAME`` is read when the run starts; an error names the variable, not the value."""
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"{story_url(site)}\n", encoding="utf-8")
    header = "127.0.0.1=Authorization:env:LC_PROBE_TOKEN_UNSET"
    proc = run([str(manifest), "--header", header, *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2, proc.stderr
    assert "LC_PROBE_TOKEN_UNSET" in proc.stderr
    assert sum(site.hits.values()) == 0


@pytest.mark.parametrize(("flag", "value"), [("--fail-after", "3"), ("--grace", "2"), ("--cache-ttl", "2h")])
def test_an_option_that_needs_another_is_not_silently_dropped(tmp_path: Path, flag: str, value: str) -> None:
    """``--help``: ``--fail-after`` and ``--grace`` act "with --state", ``--cache-ttl`` on ``--cache``.

    Given alone, the user believes a grace or a TTL is in force that is not: the run must say so, by a usage
    error or by a warning naming the option it needs.
    """
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://gone.invalid/a\n", encoding="utf-8")
    proc = run([str(manifest), flag, value], tmp_path)
    no_traceback(proc)
    needed = "--cache" if flag == "--cache-ttl" else "--state"
    assert flag in proc.stderr, proc.stderr
    assert needed in proc.stderr.replace(flag, ""), proc.stderr


@pytest.mark.parametrize("args", [[], ["extract"]])
def test_no_input_is_a_usage_error_on_stderr(tmp_path: Path, args: list[str]) -> None:
    proc = run(args, tmp_path, no_config=False)
    no_traceback(proc)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "usage:" in proc.stderr


def test_a_mistyped_subcommand_is_named_with_a_hint(tmp_path: Path) -> None:
    """``linkcheck extarct story.md``: the missing file is named, and the command it looks like."""
    (tmp_path / "story.md").write_text("See [x](https://gone.invalid/a).\n", encoding="utf-8")
    proc = run(["extarct", "story.md"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2, proc.stderr
    assert "extarct" in proc.stderr
    assert "extract" in proc.stderr.replace("extarct", "")


def test_every_option_of_the_readme_table_is_in_help() -> None:
    readme = (TREE / "README.md").read_text(encoding="utf-8")
    table = readme.split("Useful options", 1)[1].split("\n\n", 2)[1]
    documented = set(re.findall(r"`(--[a-z][a-z-]+)", table))
    shown = subprocess.run([*command(), "--help"], capture_output=True, text=True, timeout=60, env=env_for())
    assert shown.returncode == 0
    assert documented, table
    assert documented <= set(re.findall(r"--[a-z][a-z-]+", shown.stdout)), documented - set(
        re.findall(r"--[a-z][a-z-]+", shown.stdout)
    )


def test_version_is_the_package_version() -> None:
    declared = re.search(r'^version\s*=\s*"([^"]+)"', (TREE / "pyproject.toml").read_text(), re.M)
    assert declared
    shown = subprocess.run(
        [*command(), "--version"], capture_output=True, text=True, timeout=60, env=env_for()
    )
    assert shown.returncode == 0
    assert declared.group(1) in shown.stdout


# --- 2. inputs given oddly ----------------------------------------------------------------------------


def test_standard_input_given_twice_is_read_once_or_refused(site: SiteServer, tmp_path: Path) -> None:
    proc = run(["-", "-", "--format", "json", *allow(site)], tmp_path, stdin=f"{story_url(site)}\n".encode())
    no_traceback(proc)
    if proc.returncode == 2:
        assert "-" in proc.stderr, proc.stderr
        assert "standard input" in proc.stderr.lower(), proc.stderr
    else:
        assert [r["url"] for r in results(proc)] == [story_url(site)]


def test_one_file_named_two_ways_is_checked_once(site: SiteServer, tmp_path: Path) -> None:
    """docs/ci.md: each file once however many patterns match it."""
    (tmp_path / "sources.txt").write_text(f"{story_url(site)} | title: {HEADLINE}\n", encoding="utf-8")
    proc = run(["sources.txt", "./sources.txt", "--format", "json", *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert len(results(proc)) == 1
    assert sum(site.hits.values()) == 1


def test_a_windows_manifest_on_standard_input(site: SiteServer, tmp_path: Path) -> None:
    data = f"\ufeff# saved by Notepad\r\n{story_url(site)} | title: {HEADLINE}\r\n".encode()
    proc = run(["-", "--format", "json", *allow(site)], tmp_path, stdin=data)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    [result] = results(proc)
    assert result["url"] == story_url(site)
    assert result["line"] == 2


def test_a_cp1251_manifest_on_standard_input_is_named_by_its_line(tmp_path: Path) -> None:
    """docs/sources-format.md: a manifest piped to ``-`` must be UTF-8, and a bad byte names its line."""
    data = "https://gone.invalid/a\nhttps://gone.invalid/b | outlet: Ведомости\n".encode("cp1251")
    proc = run(["-"], tmp_path, stdin=data)
    no_traceback(proc)
    assert proc.returncode == 2
    assert ":2:" in proc.stderr, proc.stderr
    assert "0x" in proc.stderr, proc.stderr


# --- 3. linkcheck extract on what a user hands it -------------------------------------------------------


ARTICLE = (
    "Gull Point has keepers again\n"
    "\n"
    "The harbour trust voted to restore the cottages, the North Shore Gazette reported\n"
    "(https://news.example/2022/06/14/lighthouse).\n"
    "\n"
    "Related article: Ferry timetable changes for summer https://news.example/2022/05/30/ferry\n"
)


def manifest_lines(text: str) -> list[tuple[str, str]]:
    """(``# FILE:LINE`` comment, the citation line under it) pairs of an extracted manifest."""
    lines = text.splitlines()
    return [
        (lines[i], lines[i + 1].split(" |")[0]) for i in range(len(lines) - 1) if lines[i].startswith("# ")
    ]


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_extract_reads_windows_and_old_mac_line_ends_as_lines(tmp_path: Path, ending: str) -> None:
    (tmp_path / "unix.txt").write_text(ARTICLE, encoding="utf-8", newline="\n")
    (tmp_path / "other.txt").write_bytes(ARTICLE.replace("\n", ending).encode())
    unix = run(["extract", "unix.txt"], tmp_path)
    other = run(["extract", "other.txt"], tmp_path)
    no_traceback(other)
    assert unix.returncode == other.returncode == 0, other.stderr
    assert "\r" not in other.stdout
    want = [(c.replace("unix.txt", "other.txt"), u) for c, u in manifest_lines(unix.stdout)]
    assert len(want) == 2
    assert manifest_lines(other.stdout) == want


def test_extract_of_a_utf8_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_bytes(b"\xef\xbb\xbf" + b"See [the report](https://news.example/r).\n")
    proc = run(["extract", "story.md"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert manifest_lines(proc.stdout) == [("# story.md:1", "https://news.example/r")]


def test_extract_of_a_cp1251_text_article_names_its_line_and_byte(tmp_path: Path) -> None:
    text = "Новости\n\nКак сообщили «Ведомости» (https://news.example/a), паром пойдёт весной.\n"
    (tmp_path / "story.txt").write_bytes(text.encode("cp1251"))
    proc = run(["extract", "story.txt"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert "story.txt:1" in proc.stderr, proc.stderr
    assert "0x" in proc.stderr, proc.stderr
    assert proc.stdout == ""


def test_extract_of_a_saved_windows_1251_page_reads_its_declared_charset(tmp_path: Path) -> None:
    """docs/articles.md: an HTML file not in UTF-8 is read in the charset its ``<meta charset>`` names."""
    page = (
        '<html><head><meta charset="windows-1251"><title>Паром</title></head><body>\n'
        '<p>Как сообщает <a href="https://news.example/ferry">'
        "«Паромная переправа откроется весной»</a>.</p>\n"
        "</body></html>\n"
    )
    (tmp_path / "saved.html").write_bytes(page.encode("cp1251"))
    proc = run(["extract", "saved.html"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert "https://news.example/ferry" in proc.stdout
    assert "Паромная переправа откроется весной" in proc.stdout


def test_extract_of_a_utf16_article_names_the_encoding(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_bytes(ARTICLE.encode("utf-16"))
    proc = run(["extract", "story.txt"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert "story.txt" in proc.stderr, proc.stderr
    assert "UTF-16" in proc.stderr, proc.stderr


@pytest.mark.parametrize("which", ["directory", "png", "gzip", "missing"])
def test_extract_of_what_is_no_article_exits_2_naming_it(tmp_path: Path, which: str) -> None:
    name = {"directory": "drafts", "png": "photo.txt", "gzip": "story.md", "missing": "nowhere.md"}[which]
    target = tmp_path / name
    if which == "directory":
        target.mkdir()
        (target / "a.md").write_text("See [x](https://news.example/x).\n", encoding="utf-8")
    elif which == "png":
        target.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    elif which == "gzip":
        target.write_bytes(gzip.compress(b"See [x](https://news.example/x).\n" * 50))
    proc = run(["extract", name], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2, proc.stderr
    assert name in proc.stderr
    assert proc.stdout == ""


def test_extract_keeps_a_link_at_the_end_of_a_very_long_line(tmp_path: Path) -> None:
    line = "Word " * 100_000 + "as the Gazette reported (https://news.example/late).\n"
    (tmp_path / "long.txt").write_text("Title\n\n" + line, encoding="utf-8")
    proc = run(["extract", "long.txt"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert manifest_lines(proc.stdout) == [("# long.txt:3", "https://news.example/late")]


def test_extract_help_lists_what_extract_accepts(tmp_path: Path) -> None:
    (tmp_path / "story.html").write_text('<p>See <a href="/r">the report</a>.</p>\n', encoding="utf-8")
    shown = run(["extract", "--help"], tmp_path)
    assert shown.returncode == 0
    for flag in ("--input-format", "--article-date", "--base-url", "--output", "-o"):
        assert flag in shown.stdout
    proc = run(
        [
            "extract",
            "story.html",
            "--input-format",
            "html",
            "--article-date",
            "2022-06-20",
            "--base-url",
            "https://news.example/2022/06/20/story",
            "-o",
            "out.txt",
        ],
        tmp_path,
    )
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    written = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert "https://news.example/r" in written
    assert "2022-06-20" in written


# --- 4. output to a reader that goes away, and colour -------------------------------------------------


def read_one_line_then_close(args: list[str], cwd: Path) -> tuple[int, str, bytes]:
    proc = subprocess.Popen(
        [*command(), *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env_for(),
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    try:
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, err.decode("utf-8", "replace"), first


def test_a_text_report_into_head_ends_quietly_with_141(tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("".join(f"mailto:desk{i}@news.example\n" for i in range(4000)), encoding="utf-8")
    code, err, first = read_one_line_then_close([str(manifest), "--no-config"], tmp_path)
    assert first
    assert "Traceback" not in err, err
    assert "BrokenPipe" not in err, err
    assert "Exception ignored" not in err, err
    assert code == 141, err


def test_extract_into_head_ends_quietly_with_141(tmp_path: Path) -> None:
    article = "".join(f"Paragraph {i} cites (https://news.example/story/{i}).\n\n" for i in range(4000))
    (tmp_path / "big.txt").write_text("Title\n\n" + article, encoding="utf-8")
    code, err, first = read_one_line_then_close(["extract", "big.txt"], tmp_path)
    assert first
    assert "Traceback" not in err, err
    assert "BrokenPipe" not in err, err
    assert "Exception ignored" not in err, err
    assert code == 141, err


def test_color_always_beats_no_color_and_a_pipe(tmp_path: Path) -> None:
    """``--help``: ``--color auto`` is "on a terminal, unless NO_COLOR is set"; ``always`` is asked for."""
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://gone.invalid/a\n", encoding="utf-8")
    piped = run([str(manifest)], tmp_path)
    forced = run([str(manifest), "--color", "always"], tmp_path, env=env_for(NO_COLOR="1"))
    assert "gone.invalid" in piped.stdout
    assert "\x1b[" not in piped.stdout + piped.stderr
    assert "gone.invalid" in forced.stdout
    assert "\x1b[" in forced.stdout


@pytest.mark.parametrize("flags", [["--color", "always"], ["--progress", "always"]])
def test_a_terminal_option_never_spoils_a_machine_report(tmp_path: Path, flags: list[str]) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://gone.invalid/a\nmailto:desk@news.example\n", encoding="utf-8")
    proc = run([str(manifest), "--format", "json", *flags], tmp_path)
    no_traceback(proc)
    assert "\x1b" not in proc.stdout
    assert len(results(proc)) == 2


# --- 5. the configuration file -------------------------------------------------------------------------

CONFIG_KEYS = [
    ("keep-going", "true"),
    ("input-format", '"sources"'),
    ("article-date", '"2022-06-20"'),
    ("format", '"json"'),
    ("fail-on", '"+blocked"'),
    ("workers", "2"),
    ("per-host", "1"),
    ("processes", "1"),
    ("no-pin", "true"),
    ("timeout", "5"),
    ("connect-timeout", "5"),
    ("deadline", "10"),
    ("max-time", "30"),
    ("retries", "0"),
    ("host-down-after", "0"),
    ("retry-after-cap", "5"),
    ("max-redirects", "3"),
    ("max-bytes", '"1M"'),
    ("user-agent", '"gazette-linkcheck/1.0"'),
    ("include", '["news"]'),
    ("exclude", '["archive"]'),
    ("allow-private", "false"),
    ("respect-robots", "false"),
    ("allow-host", '["127.0.0.1:9"]'),
    ("title-threshold", "0.9"),
    ("date-tolerance", "2"),
    ("cache-ttl", '"2h"'),
    ("accept", "[403]"),
    ("color", '"never"'),
    ("progress", '"never"'),
]


@pytest.mark.parametrize(("key", "value"), CONFIG_KEYS)
def test_every_long_flag_is_a_config_key(tmp_path: Path, key: str, value: str) -> None:
    """README and docs/ci.md: options can live in ``linkcheck.toml``; keys are the long flag names."""
    (tmp_path / "linkcheck.toml").write_text(f"{key} = {value}\n", encoding="utf-8")
    (tmp_path / "sources.txt").write_text("# nothing cited yet\n", encoding="utf-8")
    proc = run(["sources.txt"], tmp_path, no_config=False)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert key not in proc.stderr, proc.stderr  # no "unknown key" or "bad value" naming it
    if key == "format":
        assert json.loads(proc.stdout)["results"] == []


def test_a_range_error_in_linkcheck_toml_names_the_file_the_key_and_the_line(tmp_path: Path) -> None:
    (tmp_path / "linkcheck.toml").write_text("workers = 4\ntitle-threshold = 1.5\n", encoding="utf-8")
    (tmp_path / "sources.txt").write_text("https://gone.invalid/a\n", encoding="utf-8")
    proc = run(["sources.txt"], tmp_path, no_config=False)
    no_traceback(proc)
    assert proc.returncode == 2
    assert "linkcheck.toml" in proc.stderr, proc.stderr
    assert "title-threshold" in proc.stderr, proc.stderr
    assert re.search(r"linkcheck\.toml:2\b|line 2\b", proc.stderr), proc.stderr


def test_a_mistake_in_pyproject_names_the_file_the_key_and_the_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "gazette"\n\n[tool.linkcheck]\nworkers = "many"\n', encoding="utf-8"
    )
    (tmp_path / "sources.txt").write_text("https://gone.invalid/a\n", encoding="utf-8")
    proc = run(["sources.txt"], tmp_path, no_config=False)
    no_traceback(proc)
    assert proc.returncode == 2
    assert "pyproject.toml" in proc.stderr, proc.stderr
    assert "workers" in proc.stderr, proc.stderr
    assert re.search(r"pyproject\.toml:5\b|line 5\b", proc.stderr), proc.stderr


def test_a_key_spelled_with_underscores_is_named_with_its_flag_spelling(tmp_path: Path) -> None:
    (tmp_path / "linkcheck.toml").write_text('workers = 2\nfail_on = "none"\n', encoding="utf-8")
    (tmp_path / "sources.txt").write_text("https://gone.invalid/a\n", encoding="utf-8")
    proc = run(["sources.txt"], tmp_path, no_config=False)
    no_traceback(proc)
    if proc.returncode == 2:  # refused: then say which key was meant
        assert "fail_on" in proc.stderr, proc.stderr
        assert "fail-on" in proc.stderr, proc.stderr
    else:  # read as fail-on: nothing fails
        assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("what", ["directory", "utf-16"])
def test_a_config_that_is_no_toml_file_is_named(tmp_path: Path, what: str) -> None:
    (tmp_path / "sources.txt").write_text("https://gone.invalid/a\n", encoding="utf-8")
    if what == "directory":
        (tmp_path / "settings").mkdir()
        name = "settings"
    else:
        name = "linkcheck.toml"
        (tmp_path / name).write_bytes("workers = 2\n".encode("utf-16"))
    proc = run(["sources.txt", "--config", name], tmp_path, no_config=False)
    no_traceback(proc)
    assert proc.returncode == 2
    assert name in proc.stderr
    assert proc.stdout == ""
