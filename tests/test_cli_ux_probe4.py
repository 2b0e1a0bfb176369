"""A fourth held-out probe (2026-12-05): the command line by hand and in shell pipelines.

Written from README.md, docs/ (every file), ``linkcheck --help``, ``linkcheck extract --help`` and the earlier
probes' docstrings and test names before any code under ``src/`` was read. The first three probes
(``tests/test_cli_ux_probe.py``, ``..._probe2.py``, ``..._probe3.py``) covered bad bytes and lines, bad option
values, reports that cannot be written, exit codes, ``-q``/``-v``, ``NO_COLOR`` on a terminal, a text report
and ``extract`` into ``head -1``, options in both their forms, a mistyped subcommand, the configuration file's
keys and mistakes, signals midway, every format on standard output and in a file. This one looks at: a
manifest read from standard input and streamed as JSON Lines into ``head`` or ``jq``; both streams into one
pipe that closes; a reader gone before the report (``| true``) beside a report file; standard output on a
full device (``> /dev/full``); ``TERM=dumb`` and an empty ``NO_COLOR`` on a terminal; a long option mistyped
(a suggestion?), abbreviated ambiguously, or abbreviated as a configuration key; ``--fail-on`` given twice; a
value that looks like an option; ``--`` before a file whose name starts with a dash; a configuration file
that sets what the command line sets too (the command line wins; list flags add); ``--fail-after`` and
``--cache-ttl`` on the command line with ``state``/``cache`` from the file; README's defaults and choices
against ``--help``'s; a locale without UTF-8 (``LC_ALL=C``, and the interpreter held to the locale's ASCII
with ``PYTHONUTF8=0``) printing Cyrillic URLs and writing a manifest; a run from a working directory nothing
can be written in; an HTML article on standard input. Expectations are what the docs promise, or, where they
are silent, what a demanding user of a mature tool wants: an exit code that says what happened, a message
naming the file, line, URL or option at fault, no traceback, nothing lost. Every request goes to
``tests/site_server.py``'s server on 127.0.0.1 (the module's one server; no case needs raw framing).
"""

from __future__ import annotations

import json
import os
import re
import select
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.site_server import Page, SiteServer, serve

pytestmark = pytest.mark.e2e

TREE = Path(__file__).resolve().parents[1]

HEADLINE = "Lighthouse keepers return to Skerry Point after forty years"
CYRILLIC_HEADLINE = "Смотрители маяка вернулись на мыс Скерри"
CYRILLIC_PATH = "/новости/маяк"
QUOTED_PATH = quote(CYRILLIC_PATH)


def story(title: str, site_name: str) -> bytes:
    return f"""<!doctype html>
<html><head><meta charset="utf-8">
<title>{title} | {site_name}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site_name}">
<meta property="article:published_time" content="2025-06-02T08:00:00+00:00">
</head><body><article><h1>{title}</h1>
<p>The keepers climbed the tower's 214 steps on Monday morning and lit the lamp by hand, as their
grandparents did, while the automatic light is repaired after the spring gales.</p>
</article></body></html>
""".encode()


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    routes = {
        "/story": Page(body=story(HEADLINE, "Northern Isles Gazette")),
        "/story-draft": Page(body=story(HEADLINE, "Northern Isles Gazette")),
        QUOTED_PATH: Page(body=story(CYRILLIC_HEADLINE, "Северный вестник")),
        "/walled": Page(403, b"<!doctype html><title>Forbidden</title><h1>Forbidden</h1>"),
        "/hang": Page(body=story(HEADLINE, "Northern Isles Gazette"), hold=30),
    }
    with serve(routes) as server:
        yield server


def env_for(**extra: str) -> dict[str, str]:
    """The environment without CI markers or colour choices, with this tree's code first."""
    drop = ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR", "CI", "TERM", "PYTHONIOENCODING", "PYTHONUTF8")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.lower().endswith("_proxy")}
    env = {k: v for k, v in env.items() if not k.startswith("LC_") and k != "LANG"}
    env["PYTHONPATH"] = str(TREE / "src")
    env.update(extra)
    return env


def command() -> list[str]:
    return [sys.executable, "-m", "linkcheck"]


def allow(site: SiteServer) -> list[str]:
    return ["--allow-host", site.hostport, "--retries", "0", "--timeout", "10"]


def run(
    args: list[str], cwd: Path, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*command(), *args], cwd=cwd, input=stdin, capture_output=True, env=env or env_for(), timeout=60
    )


def text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def no_traceback(stderr: bytes) -> None:
    err = text(stderr)
    assert "Traceback" not in err, err
    assert "Exception ignored" not in err, err


def manifest_text(site: SiteServer) -> str:
    return (
        "@article | date: 2025-06-05\n"
        f"{site.url('/story')} | title: {HEADLINE} | date: 2025-06-02\n"
        f"{site.url('/gone')} | title: The lamp is lit again\n"
    )


def write_manifest(directory: Path, site: SiteServer, name: str = "sources.txt") -> Path:
    path = directory / name
    path.write_text(manifest_text(site), encoding="utf-8")
    return path


# --- 1. pipelines: standard input in, a reader that goes away -----------------------------------------


def _start(
    args: list[str], cwd: Path, stdin: bytes, stderr: int = subprocess.PIPE
) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [*command(), *args],
        cwd=cwd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=stderr,
        env=env_for(),
    )
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    proc.stdin = None  # closed: communicate() must not flush it
    return proc


def _finish(proc: subprocess.Popen[bytes]) -> bytes:
    if proc.stdout is not None and proc.stdout.closed:
        proc.stdout = None  # the reader that went away: communicate() must not read it
    try:
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=30)
    return err or b""


def test_a_manifest_from_stdin_streamed_as_json_lines_into_head_ends_141(
    site: SiteServer, tmp_path: Path
) -> None:
    """``linkcheck - --format jsonl < sources.txt | head -n 1``: docs/ci.md's own example of exit 141."""
    stdin = (
        f"{site.url('/story')} | title: {HEADLINE}\n"
        f"{site.url('/hang')}?a=1 | title: {HEADLINE}\n"
        f"{site.url('/hang')}?a=2 | title: {HEADLINE}\n"
    ).encode()
    site.release.clear()
    proc = _start(["-", "--format", "jsonl", "--no-config", *allow(site)], tmp_path, stdin)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # head -n 1 has what it wanted and exits
    site.release.set()  # the held pages answer now: their lines meet a closed pipe
    err = _finish(proc)
    assert json.loads(first)["record"] == "result"
    no_traceback(err)
    assert "BrokenPipe" not in text(err)
    assert proc.returncode == 141, text(err)


def test_both_streams_into_one_pipe_that_closes_end_141(site: SiteServer, tmp_path: Path) -> None:
    """``linkcheck ... 2>&1 | head -n 1``: the summary for standard error meets the closed pipe too."""
    stdin = (
        f"{site.url('/story')} | title: {HEADLINE}\n{site.url('/hang')}?b=1 | title: {HEADLINE}\n"
    ).encode()
    site.release.clear()
    proc = _start(
        ["-", "--format", "jsonl", "--no-config", *allow(site)], tmp_path, stdin, stderr=subprocess.STDOUT
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    site.release.set()
    _finish(proc)
    assert first.strip()
    assert proc.returncode == 141


def test_a_reader_gone_before_the_report_leaves_the_report_files_written(
    site: SiteServer, tmp_path: Path
) -> None:
    """``linkcheck sources.txt --output junit=r.xml | true``: the JUnit file a CI step uploads is still
    written (docs/ci.md: a report whose writing fails does not cost the others), and the exit code is 141."""
    sources = write_manifest(tmp_path, site)
    proc = subprocess.Popen(
        [*command(), str(sources), "--no-config", "--output", "junit=r.xml", *allow(site)],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env_for(),
    )
    assert proc.stdout is not None
    proc.stdout.close()  # `true` never reads
    err = _finish(proc)
    no_traceback(err)
    assert proc.returncode == 141, text(err)
    cases = ET.parse(tmp_path / "r.xml").getroot().iter("testcase")
    assert len(list(cases)) == 2


def test_standard_output_on_a_full_device_is_named_and_exits_2(site: SiteServer, tmp_path: Path) -> None:
    """``linkcheck sources.txt > /dev/full``: docs/ci.md, a report whose writing fails (a full disk) is named
    and the run exits 2; the report file beside it is written."""
    sources = write_manifest(tmp_path, site)
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [*command(), str(sources), "--no-config", "--output", "json=r.json", *allow(site)],
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            stdout=full,
            stderr=subprocess.PIPE,
            env=env_for(),
            timeout=60,
        )
    no_traceback(done.stderr)
    err = text(done.stderr)
    assert done.returncode == 2, err
    assert "No space left on device" in err
    assert re.search(r"standard output|stdout", err), err
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["summary"]["total"] == 2


def test_json_lines_from_stdin_are_one_document_a_line_for_jq(site: SiteServer, tmp_path: Path) -> None:
    """``cat sources.txt | linkcheck - --format jsonl -q | jq``: every line a JSON document, the last the
    summary counting both citations, and nothing on standard error under ``-q``."""
    done = run(
        ["-", "--format", "jsonl", "-q", "--no-config", *allow(site)], tmp_path, manifest_text(site).encode()
    )
    assert done.returncode == 1, text(done.stderr)
    records = [json.loads(line) for line in text(done.stdout).splitlines()]
    assert [r["record"] for r in records] == ["result", "result", "summary"]
    assert records[-1]["summary"]["total"] == 2
    assert done.stderr == b""


# --- 2. a terminal, TERM and NO_COLOR --------------------------------------------------------------------


def on_a_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run with standard output on a pseudo-terminal; what it printed there."""
    leader, follower = os.openpty()
    proc = subprocess.Popen(
        [*command(), *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1.0)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the other end closed
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)
    return b"".join(chunks).decode("utf-8", "replace")


def test_a_dumb_terminal_gets_no_colour(site: SiteServer, tmp_path: Path) -> None:
    """``TERM=dumb`` (Emacs' shell, a CI log that passes a terminal) cannot show escape sequences: ``--color
    auto`` leaves them out there, as mature tools do, while the same terminal with a real TERM gets colour."""
    sources = write_manifest(tmp_path, site)
    args = [str(sources), "--no-config", *allow(site)]
    coloured = on_a_terminal(args, tmp_path, env_for(TERM="xterm-256color"))
    dumb = on_a_terminal(args, tmp_path, env_for(TERM="dumb"))
    assert "/gone" in coloured
    assert "\x1b[" in coloured
    assert "/gone" in dumb
    assert "\x1b[" not in dumb, dumb


def test_an_empty_no_color_is_not_set(site: SiteServer, tmp_path: Path) -> None:
    """NO_COLOR's own rule (no-color.org), which the docs say is honoured: it disables colour "when present
    and not an empty string"; ``NO_COLOR=`` (a CI template's empty variable) leaves colour on."""
    sources = write_manifest(tmp_path, site)
    out = on_a_terminal(
        [str(sources), "--no-config", *allow(site)], tmp_path, env_for(TERM="xterm", NO_COLOR="")
    )
    assert "/gone" in out
    assert "\x1b[" in out, out


# --- 3. options typed wrong, abbreviated, twice, or with a dash in the value ---------------------------


@pytest.mark.parametrize(
    ("args", "typed", "meant"),
    [
        (["--workres", "4", "x.txt"], "--workres", "--workers"),
        (["--fial-on", "dead", "x.txt"], "--fial-on", "--fail-on"),
        (["--allow-privte", "x.txt"], "--allow-privte", "--allow-private"),
        (["extract", "--ouptut", "o.txt", "x.txt"], "--ouptut", "--output"),
    ],
)
def test_a_mistyped_long_option_is_named_with_a_suggestion(
    tmp_path: Path, args: list[str], typed: str, meant: str
) -> None:
    """git, cargo and pip answer a mistyped option with the one it is close to; so should linkcheck."""
    (tmp_path / "x.txt").write_text("mailto:desk@news.example\n", encoding="utf-8")
    done = run([*args, "--no-config"] if args[0] != "extract" else args, tmp_path)
    no_traceback(done.stderr)
    err = text(done.stderr)
    assert done.returncode == 2, err
    assert typed in err
    assert meant in err, err


@pytest.mark.parametrize(
    ("typed", "candidates"), [("--max", ["--max-time", "--max-bytes"]), ("--no", ["--no-pin", "--no-config"])]
)
def test_an_ambiguous_abbreviation_names_what_it_could_be(
    tmp_path: Path, typed: str, candidates: list[str]
) -> None:
    (tmp_path / "x.txt").write_text("mailto:desk@news.example\n", encoding="utf-8")
    args = [typed, "5", "x.txt"] if typed == "--max" else [typed, "x.txt"]
    done = run(args, tmp_path)
    no_traceback(done.stderr)
    err = text(done.stderr)
    assert done.returncode == 2, err
    for name in candidates:
        assert name in err, err


def test_an_abbreviated_key_in_the_config_file_is_no_key(tmp_path: Path) -> None:
    """Keys are the long flag names (README); ``work = 4`` is not ``workers``: named by file and line, with
    the key it may mean, not taken in silence as the command line's abbreviation would be."""
    (tmp_path / "linkcheck.toml").write_text("timeout = 5\nwork = 4\n", encoding="utf-8")
    (tmp_path / "x.txt").write_text("mailto:desk@news.example\n", encoding="utf-8")
    done = run(["x.txt"], tmp_path)
    no_traceback(done.stderr)
    err = text(done.stderr)
    assert done.returncode == 2, err
    assert "linkcheck.toml:2" in err, err
    assert re.search(r"\bwork\b", err), err
    assert "workers" in err, err


def test_fail_on_given_twice_loses_neither(site: SiteServer, tmp_path: Path) -> None:
    """``--fail-on +blocked --fail-on -dead`` (a wrapper script's flag, then the user's): the ``+blocked``
    must not vanish in silence. A 403 link fails the run (both applied) or the run is refused (exit 2)."""
    sources = tmp_path / "sources.txt"
    sources.write_text(f"{site.url('/walled')}\n", encoding="utf-8")
    done = run(
        [str(sources), "--no-config", "--fail-on", "+blocked", "--fail-on", "-dead", *allow(site)], tmp_path
    )
    no_traceback(done.stderr)
    assert done.returncode in (1, 2), text(done.stdout + done.stderr)


def test_a_value_that_starts_with_a_dash_is_taken_in_the_equals_form(
    site: SiteServer, tmp_path: Path
) -> None:
    """``--exclude=-draft`` excludes the links with ``-draft``; ``--user-agent=-probe/1`` is the agent
    sent."""
    sources = tmp_path / "sources.txt"
    sources.write_text(f"{site.url('/story-draft')}?v=dash\n{site.url('/story')}?v=dash\n", encoding="utf-8")
    done = run(
        [str(sources), "--no-config", "--exclude=-draft", "--user-agent=-probe/1", *allow(site)], tmp_path
    )
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stdout + done.stderr)
    asked = [r for r in site.requests if r.path.endswith("v=dash")]
    assert [r.route for r in asked] == ["/story"]
    assert asked[0].header("User-Agent") == "-probe/1"


def test_a_value_that_starts_with_a_dash_without_equals_names_the_option(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("mailto:desk@news.example\n", encoding="utf-8")
    done = run(["x.txt", "--no-config", "--exclude", "-draft"], tmp_path)
    no_traceback(done.stderr)
    err = text(done.stderr)
    assert done.returncode == 2, err
    assert "--exclude" in err


def test_double_dash_ends_the_options_before_a_file_named_like_one(site: SiteServer, tmp_path: Path) -> None:
    write_manifest(tmp_path, site, name="-q.txt")
    done = run(["--no-config", *allow(site), "--", "-q.txt"], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 1, text(done.stderr)
    assert "/gone" in text(done.stdout)
    assert "-q.txt" in text(done.stdout + done.stderr)


# --- 4. the configuration file and the command line -----------------------------------------------------


def test_a_format_in_the_file_and_another_on_the_command_line_is_no_conflict(
    site: SiteServer, tmp_path: Path
) -> None:
    """docs/ci.md: command-line flags win. The file's ``format`` is not a second ``--format`` (that would be a
    usage error): the command line's replaces it."""
    sources = write_manifest(tmp_path, site)
    (tmp_path / "linkcheck.toml").write_text('format = "json"\n', encoding="utf-8")
    done = run([str(sources), "--format", "text", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 1, text(done.stderr)
    assert not text(done.stdout).lstrip().startswith("{")
    assert "/gone" in text(done.stdout)


def test_a_state_on_the_command_line_wins_over_the_files(site: SiteServer, tmp_path: Path) -> None:
    sources = write_manifest(tmp_path, site)
    (tmp_path / "linkcheck.toml").write_text('state = "file-state.json"\n', encoding="utf-8")
    done = run([str(sources), "--state", "flag-state.json", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 1, text(done.stderr)
    assert (tmp_path / "flag-state.json").is_file()
    assert not (tmp_path / "file-state.json").exists()


@pytest.mark.parametrize(
    ("setting", "flags"),
    [('state = "night.json"', ["--fail-after", "2"]), ('cache = "pages.sqlite"', ["--cache-ttl", "2h"])],
)
def test_a_flag_that_needs_a_setting_the_file_gives_is_accepted(
    site: SiteServer, tmp_path: Path, setting: str, flags: list[str]
) -> None:
    """``--fail-after`` needs ``--state`` and ``--cache-ttl`` needs ``--cache`` (docs/ci.md); the file's
    ``state`` or ``cache`` is one, so the run goes on and uses it."""
    sources = write_manifest(tmp_path, site)
    (tmp_path / "linkcheck.toml").write_text(setting + "\n", encoding="utf-8")
    done = run([str(sources), *flags, *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode in (0, 1), text(done.stderr)
    assert (tmp_path / setting.split('"')[1]).is_file()


def test_list_flags_add_to_the_files_lists(site: SiteServer, tmp_path: Path) -> None:
    sources = tmp_path / "sources.txt"
    sources.write_text(
        f"{site.url('/story-draft')}?v=list\n{site.url('/gone')}?v=list\n{site.url('/story')}?v=list\n",
        encoding="utf-8",
    )
    (tmp_path / "linkcheck.toml").write_text("exclude = ['-draft']\n", encoding="utf-8")
    done = run([str(sources), "--exclude", "gone", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stdout + done.stderr)
    assert [r.route for r in site.requests if r.path.endswith("v=list")] == ["/story"]


# --- 5. help and docs agreeing ------------------------------------------------------------------------


def help_text() -> str:
    done = run(["--help"], TREE)
    assert done.returncode == 0
    return re.sub(r"\s+", " ", text(done.stdout))


def help_default(flat: str, flag: str) -> str | None:
    """The ``(default: X)`` of ``flag``'s own entry in the flattened help, if it states one."""
    entry = re.search(
        re.escape(flag) + r"(?:\s+[A-Z_\[\]:=]+)?\s+(?:\{[^}]*\}\s+)?(.*?)(?= --[a-z]|\s-[a-z], --|$)", flat
    )
    if entry is None:
        return None
    found = re.search(r"\(default:\s*([^;),]+)", entry.group(1))
    return found.group(1).strip() if found else None


def readme_defaults() -> dict[str, str]:
    """Each option of README's table with its default, where the row gives one default an option."""
    pairs: dict[str, str] = {}
    for row in (TREE / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in row.split("|")]
        if len(cells) < 4 or not cells[1].startswith("`--"):
            continue
        flags = [m for m in re.findall(r"`(--[a-z-]+)", cells[1]) if m not in ("--verbose", "--quiet")]
        defaults = [d.strip().strip("`") for d in cells[2].split(",")] if cells[2] else []
        if len(flags) == len(defaults):
            pairs.update(zip(flags, defaults, strict=True))
    return pairs


def test_readme_and_help_give_the_same_defaults() -> None:
    flat = help_text()
    pairs = readme_defaults()
    assert {"--workers", "--timeout", "--deadline", "--max-bytes", "--title-threshold"} <= set(pairs)
    disagree = {}
    for flag, default in pairs.items():
        if default in ("none", "pinned", "off", "stdout", "auto") and flag not in ("--input-format",):
            continue
        stated = help_default(flat, flag)
        if stated is not None and stated != default:
            disagree[flag] = (default, stated)
    assert disagree == {}


def test_readme_and_help_give_the_same_choices_and_fail_on_default() -> None:
    flat = help_text()
    readme = (TREE / "README.md").read_text(encoding="utf-8")
    format_row = next(line for line in readme.splitlines() if line.startswith("| `--format FORMAT`"))
    readme_formats = set(re.findall(r"`([a-z]+)`", format_row.split("|")[3]))
    help_formats = set(re.search(r"--format \{([^}]*)\}", flat).group(1).split(","))  # type: ignore[union-attr]
    assert readme_formats == help_formats
    input_row = next(line for line in readme.splitlines() if line.startswith("| `--input-format FORMAT`"))
    readme_inputs = set(re.findall(r"`([a-z]+)`", input_row.split("|")[3])) | {"auto"}
    help_inputs = set(re.search(r"--input-format \{([^}]*)\}", flat).group(1).split(","))  # type: ignore[union-attr]
    assert readme_inputs == help_inputs
    fail_row = next(line for line in readme.splitlines() if line.startswith("| `--fail-on ITEMS`"))
    readme_fail_on = set(re.findall(r"`([a-z_0-9]+)`", fail_row.split("|")[2]))
    help_fail_on = set(re.search(r"default \(([a-z_,0-9]+)\)", flat).group(1).split(","))  # type: ignore[union-attr]
    assert readme_fail_on == help_fail_on


def test_help_and_docs_give_the_same_exit_codes() -> None:
    flat = help_text()
    help_codes = set(re.findall(r"\b(\d{1,3}) (?:nothing|some|usage|interrupted|terminated|standard)", flat))
    ci = (TREE / "docs" / "ci.md").read_text(encoding="utf-8")
    section = ci.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    doc_codes = set(re.findall(r"`(\d{1,3})`", section))
    assert help_codes == doc_codes == {"0", "1", "2", "130", "141", "143"}


# --- 6. a locale without UTF-8 ---------------------------------------------------------------------------


def cyrillic_manifest(directory: Path, site: SiteServer) -> Path:
    path = directory / "sources.txt"
    path.write_text(
        f"{site.url(CYRILLIC_PATH)} | title: {CYRILLIC_HEADLINE} | outlet: Северный вестник\n"
        f"{site.url('/gone')}?v=ru | title: Маяк снова светит\n",
        encoding="utf-8",
    )
    return path


ASCII_LOCALES = [{"LC_ALL": "C"}, {"LC_ALL": "C", "PYTHONUTF8": "0"}]


@pytest.mark.parametrize("locale_env", ASCII_LOCALES, ids=["LC_ALL=C", "LC_ALL=C,PYTHONUTF8=0"])
def test_a_text_report_of_cyrillic_urls_in_an_ascii_locale(
    site: SiteServer, tmp_path: Path, locale_env: dict[str, str]
) -> None:
    """The report is written whole (both citations), exit 1 for the 404, no traceback; the Cyrillic URL is
    shown as written, or at least as an address that still names the page."""
    sources = cyrillic_manifest(tmp_path, site)
    done = run([str(sources), "--no-config", *allow(site)], tmp_path, env=env_for(**locale_env))
    no_traceback(done.stderr)
    assert done.returncode == 1, text(done.stderr)
    out = text(done.stdout)
    assert "/gone?v=ru" in out
    assert CYRILLIC_PATH in out or QUOTED_PATH in out or "\\u043d" in out.lower(), out


@pytest.mark.parametrize("locale_env", ASCII_LOCALES, ids=["LC_ALL=C", "LC_ALL=C,PYTHONUTF8=0"])
def test_a_json_report_in_an_ascii_locale_round_trips_cyrillic(
    site: SiteServer, tmp_path: Path, locale_env: dict[str, str]
) -> None:
    sources = cyrillic_manifest(tmp_path, site)
    done = run(
        [str(sources), "--no-config", "--format", "json", *allow(site)], tmp_path, env=env_for(**locale_env)
    )
    no_traceback(done.stderr)
    assert done.returncode == 1, text(done.stderr)
    report = json.loads(done.stdout)
    assert {r["title"] for r in report["results"] if r.get("title")} >= {CYRILLIC_HEADLINE}


@pytest.mark.parametrize("locale_env", ASCII_LOCALES, ids=["LC_ALL=C", "LC_ALL=C,PYTHONUTF8=0"])
def test_extract_in_an_ascii_locale_writes_a_utf8_manifest(
    tmp_path: Path, locale_env: dict[str, str]
) -> None:
    """``linkcheck extract article.md > sources.txt``: a manifest must be UTF-8 (docs/sources-format.md,
    "whatever the terminal's locale"), so the one extract writes is, and it reads back."""
    (tmp_path / "article.md").write_text(
        "# Маяк\n\nСвет снова горит.\n\n- [Смотрители маяка вернулись на мыс Скерри](https://vestnik.example/mayak)\n",
        encoding="utf-8",
    )
    done = run(["extract", "article.md"], tmp_path, env=env_for(**locale_env))
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stderr)
    written = done.stdout.decode("utf-8")  # raises if it is not UTF-8
    assert CYRILLIC_HEADLINE in written


def test_a_missing_cyrillic_file_in_an_ascii_locale_is_named(tmp_path: Path) -> None:
    done = run(["--no-config", "источники.txt"], tmp_path, env=env_for(LC_ALL="C", PYTHONUTF8="0"))
    no_traceback(done.stderr)
    assert done.returncode == 2, text(done.stderr)
    assert ".txt" in text(done.stderr)


# --- 7. a working directory nothing can be written in ---------------------------------------------------


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A directory nothing can be created in: a 0555 one, or ``/proc`` when running as root (which a mode
    does not stop), as in this CI."""
    directory = tmp_path / "ro"
    directory.mkdir()
    directory.chmod(0o555)
    try:
        probe = directory / "probe"
        try:
            probe.touch()
        except OSError:
            yield directory
        else:
            probe.unlink()
            yield Path("/proc")
    finally:
        directory.chmod(0o755)


def test_a_run_from_a_read_only_directory_reports_on_stdout(
    site: SiteServer, tmp_path: Path, read_only_dir: Path
) -> None:
    sources = write_manifest(tmp_path, site)
    done = run([str(sources), "--no-config", *allow(site)], read_only_dir)
    no_traceback(done.stderr)
    assert done.returncode == 1, text(done.stderr)
    assert "/gone" in text(done.stdout)


def test_a_report_into_a_read_only_directory_is_refused_before_any_request(
    site: SiteServer, tmp_path: Path, read_only_dir: Path
) -> None:
    sources = tmp_path / "sources.txt"
    sources.write_text(f"{site.url('/story')}?v=ro\n", encoding="utf-8")
    done = run([str(sources), "--no-config", "-o", "report.json", *allow(site)], read_only_dir)
    no_traceback(done.stderr)
    assert done.returncode == 2, text(done.stderr)
    assert "report.json" in text(done.stderr)
    assert not [r for r in site.requests if r.path.endswith("v=ro")]


def test_extract_from_a_read_only_directory_writes_to_stdout(tmp_path: Path, read_only_dir: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text(
        "# Lamp\n\nSee [Keepers Return to Skerry Point](https://gazette.example/keepers).\n", encoding="utf-8"
    )
    done = run(["extract", str(article)], read_only_dir)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stderr)
    assert "https://gazette.example/keepers" in text(done.stdout)


# --- 8. standard input holding an article --------------------------------------------------------------


def test_an_html_article_on_standard_input_is_read_as_html(tmp_path: Path) -> None:
    """``curl ... | linkcheck extract -``: "auto, from the extension and content"; the page's link is read
    with its words, and its markup is not taken for prose."""
    page = (
        "<!doctype html><html><head><title>Keepers</title></head><body><article><h1>Keepers</h1>"
        '<p>As <a href="https://gazette.example/keepers">Keepers Return to Skerry Point</a> reported, '
        "the lamp is lit.</p></article></body></html>\n"
    )
    done = run(["extract", "-"], tmp_path, page.encode())
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stderr)
    out = text(done.stdout)
    assert "https://gazette.example/keepers" in out
    assert "Keepers Return to Skerry Point" in out
    assert "<a " not in out
    assert "</a>" not in out
