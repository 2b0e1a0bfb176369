"""A sixth held-out probe (2026-12-05): the command line as a user runs it by hand, with a shell's habits.

Written from README.md, docs/ (every file), ``linkcheck --help``, ``linkcheck extract --help``, the fifth
probe's subsection in docs/benchmarks.md (its leftovers) and the earlier probes' docstrings and test names,
before any code under ``src/`` was read. The first five probes covered bad bytes and malformed lines, bad
option values named with their bounds, reports that cannot be written, exit codes, ``-q``/``-v``,
``NO_COLOR``/``TERM=dumb``/``--color always``, signals with report files and JSON Lines, pipelines into
``head``, an ASCII locale's URLs, read-only directories for reports, the config file's keys, README's lines
run as written, a manifest's typing mistakes, the text report on an 80-column terminal and Ctrl-C there. This
one looks at: options between and after the inputs, a short option glued to its value; a manifest piped
through ``grep`` into ``-`` (its lines named by the stream's numbers); standard output redirected to the
file ``--output`` names; two formats into one file; ``FORCE_COLOR`` through a pipe; Cyrillic titles in
the C locale; ``--state`` and ``--cache`` where nothing can be written; a ``[tool.linkcheck]`` table pasted
into ``linkcheck.toml``; ``linkcheck.toml`` beside ``pyproject.toml``; ``--no-config`` and ``--config``
beside a broken ``linkcheck.toml``; ``linkcheck extract`` of a saved page with ``--base-url``, without it,
and with a mistyped ``--url``; what a run leaves in its directory and home (nothing without ``--cache`` or
``--state``), a second run served from the cache and a removed cache file; the progress line on a terminal
cleared before the report, and not left under Ctrl-C's partial report; bad values' messages naming what is
allowed. Expectations are what the docs promise, or, where they are silent, what a demanding user of a mature
tool wants. Every request goes to ``tests/site_server.py``'s server on 127.0.0.1 (no case needs raw framing).
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site_server import Page, SiteServer, serve

pytestmark = pytest.mark.e2e

TREE = Path(__file__).resolve().parents[1]

HEADLINE = "Night trains return to the Baltic coast line"
CYRILLIC_HEADLINE = "Ночные поезда вернулись на линию вдоль Балтийского побережья"
CYRILLIC_CITED = "Электрички отменили до весны по всему региону"


def story(title: str, site_name: str = "Coastal Herald", when: str = "2025-05-12T07:30:00+00:00") -> bytes:
    return f"""<!doctype html>
<html><head><meta charset="utf-8">
<title>{title} | {site_name}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site_name}">
<meta property="article:published_time" content="{when}">
</head><body><article><h1>{title}</h1>
<p>The overnight service from the capital left at ten in the evening with six sleeping cars, and the operator
said the timetable would run every night through the summer season and into the autumn.</p>
</article></body></html>
""".encode()


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    routes = {
        "/a": Page(body=story(HEADLINE)),
        "/b": Page(body=story(HEADLINE)),
        "/ru": Page(body=story(CYRILLIC_HEADLINE, "Береговой вестник")),
        "/slow": Page(body=story(HEADLINE), hold=3),
        "/hang": Page(body=story(HEADLINE), hold=40),
    }
    with serve(routes) as server:
        yield server


def env_for(**extra: str) -> dict[str, str]:
    """The environment without CI markers or colour choices, with this tree's code first."""
    drop = ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR", "CI", "TERM", "PYTHONIOENCODING", "COLUMNS", "LINES")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.lower().endswith("_proxy")}
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


def shell(script: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """A line typed at bash, ``linkcheck`` being this tree's."""
    the_env = env or env_for()
    the_env["LC"] = " ".join(command())
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", script], cwd=cwd, capture_output=True, env=the_env, timeout=60
    )


def text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def no_traceback(stderr: bytes) -> None:
    err = text(stderr)
    assert "Traceback" not in err, err
    assert "Exception ignored" not in err, err


def hits(site: SiteServer, marker: str) -> int:
    return sum(1 for request in site.requests if marker in request.path)


SUMMARY = re.compile(r"^\d+ citations?: \d+ pass, \d+ warn, \d+ fail", re.MULTILINE)


# --- 1. a shell's habits ----------------------------------------------------------------------------------


def test_options_between_and_after_the_inputs_are_options(site: SiteServer, tmp_path: Path) -> None:
    """``linkcheck a.txt --no-config b.txt --format json ...``: every argument that starts with ``--`` is an
    option wherever it stands (as in every GNU tool), and both files are checked."""
    (tmp_path / "a.txt").write_text(f"{site.url('/a')}?between=1 | title: {HEADLINE}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{site.url('/b')}?between=1 | title: {HEADLINE}\n", encoding="utf-8")
    done = run(["a.txt", "--no-config", "b.txt", "--format", "json", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stderr)
    urls = [result["url"] for result in json.loads(done.stdout)["results"]]
    assert urls == [f"{site.url('/a')}?between=1", f"{site.url('/b')}?between=1"]


def test_a_short_option_glued_to_its_value_writes_the_same_report(site: SiteServer, tmp_path: Path) -> None:
    """``-oreport.json`` is ``-o report.json`` (POSIX utility syntax), ``--format=json`` is
    ``--format json``."""
    (tmp_path / "s.txt").write_text(f"{site.url('/a')}?glued=1 | title: {HEADLINE}\n", encoding="utf-8")
    glued = run(["s.txt", "--no-config", "--format=json", "-oglued.json", *allow(site)], tmp_path)
    spaced = run(["s.txt", "--no-config", "--format", "json", "-o", "spaced.json", *allow(site)], tmp_path)
    no_traceback(glued.stderr)
    assert glued.returncode == 0, text(glued.stderr)
    assert spaced.returncode == 0, text(spaced.stderr)
    assert (tmp_path / "glued.json").is_file(), sorted(p.name for p in tmp_path.iterdir())
    assert not (tmp_path / "=glued.json").exists()
    one = json.loads((tmp_path / "glued.json").read_text(encoding="utf-8"))
    two = json.loads((tmp_path / "spaced.json").read_text(encoding="utf-8"))
    assert [r["url"] for r in one["results"]] == [r["url"] for r in two["results"]]


def test_a_manifest_piped_through_grep_names_the_lines_of_the_stream(
    site: SiteServer, tmp_path: Path
) -> None:
    """``grep -v '^#' sources.txt | linkcheck -``: the dead link is named on standard input's line 2 (the
    stream's numbering, the only one linkcheck can know), and the run fails with 1."""
    (tmp_path / "sources.txt").write_text(
        "# checked every night\n"
        f"{site.url('/a')}?grep=1 | title: {HEADLINE}\n"
        "# the second one died\n"
        f"{site.url('/gone-grep')} | title: A story long gone\n",
        encoding="utf-8",
    )
    done = shell(f"grep -v '^#' sources.txt | $LC - --no-config {' '.join(allow(site))}", tmp_path)
    no_traceback(done.stderr)
    out = text(done.stdout)
    assert done.returncode == 1, text(done.stderr) + out
    assert re.search(r"(<stdin>|stdin|standard input|-):2\b", out), out
    assert f"{site.url('/gone-grep')}" in out, out


def test_stdout_redirected_to_the_file_output_names_holds_one_report(
    site: SiteServer, tmp_path: Path
) -> None:
    """``linkcheck s.txt -o report.txt > report.txt``: the shell truncates the file, linkcheck writes its
    report there; the file ends as one whole report, not two and not a torn one."""
    (tmp_path / "s.txt").write_text(f"{site.url('/a')}?same-file=1 | title: {HEADLINE}\n", encoding="utf-8")
    done = shell(f"$LC s.txt --no-config -o report.txt {' '.join(allow(site))} > report.txt", tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stderr)
    report = (tmp_path / "report.txt").read_bytes()
    assert b"\x00" not in report
    assert len(SUMMARY.findall(text(report))) == 1, text(report)


@pytest.mark.parametrize(
    "outputs",
    [
        ["--output", "junit=r.out", "--output", "markdown=r.out"],
        ["--format", "json", "-o", "r.out", "--output", "sarif=r.out"],
        ["--output", "junit=r.out", "--output", "markdown=./r.out"],
    ],
)
def test_two_formats_into_one_file_is_refused_naming_it(
    site: SiteServer, tmp_path: Path, outputs: list[str]
) -> None:
    """Two reports into one path: one would silently replace the other. A usage error (exit 2) naming the
    path, before any request, nothing written."""
    (tmp_path / "s.txt").write_text(f"{site.url('/a')}?two-into-one=1\n", encoding="utf-8")
    done = run(["s.txt", "--no-config", *outputs, *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 2, text(done.stderr)
    assert "r.out" in text(done.stderr), text(done.stderr)
    assert hits(site, "two-into-one") == 0
    assert not (tmp_path / "r.out").exists()


# --- 2. colour and locale ---------------------------------------------------------------------------------


def test_force_color_colours_a_piped_text_report_and_never_a_machine_one(
    site: SiteServer, tmp_path: Path
) -> None:
    """``FORCE_COLOR`` (the convention beside ``NO_COLOR``: ``less -R``, CI log viewers) colours the text
    report through a pipe; ``--color never`` beats it; a JSON report is never coloured."""
    (tmp_path / "s.txt").write_text(
        f"{site.url('/gone-force')} | title: A story long gone\n", encoding="utf-8"
    )
    base = ["s.txt", "--no-config", *allow(site)]
    forced = run(base, tmp_path, env=env_for(FORCE_COLOR="1"))
    never = run([*base, "--color", "never"], tmp_path, env=env_for(FORCE_COLOR="1"))
    as_json = run([*base, "--format", "json"], tmp_path, env=env_for(FORCE_COLOR="1"))
    for done in (forced, never, as_json):
        no_traceback(done.stderr)
        assert done.returncode == 1, text(done.stderr)
    assert b"\x1b[" in forced.stdout, text(forced.stdout)
    assert b"\x1b[" not in never.stdout, text(never.stdout)
    assert b"\x1b[" not in as_json.stdout
    json.loads(as_json.stdout)


def test_cyrillic_titles_in_the_c_locale_are_written_as_utf8(site: SiteServer, tmp_path: Path) -> None:
    """``LANG=C LC_ALL=C``: a title mismatch between two Cyrillic titles is shown with both titles in
    UTF-8, on standard output and in an ``--output`` file alike, not as ``?`` or ``\\u`` escapes."""
    (tmp_path / "s.txt").write_text(
        f"{site.url('/ru')}?c-locale=1 | title: {CYRILLIC_CITED}\n", encoding="utf-8"
    )
    env = env_for(LANG="C", LC_ALL="C")
    env.pop("PYTHONUTF8", None)
    done = run(["s.txt", "--no-config", *allow(site)], tmp_path, env=env)
    to_file = run(["s.txt", "--no-config", "-o", "r.txt", *allow(site)], tmp_path, env=env)
    for one in (done, to_file):
        no_traceback(one.stderr)
        assert one.returncode == 1, text(one.stderr)
    for shown in (done.stdout.decode("utf-8"), (tmp_path / "r.txt").read_text(encoding="utf-8")):
        assert CYRILLIC_CITED in shown, shown
        assert CYRILLIC_HEADLINE in shown, shown
        assert "\\u04" not in shown, shown
        assert "?????" not in shown, shown


# --- 3. where nothing can be written ----------------------------------------------------------------------


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A directory nothing can be created in: a 0555 one, or ``/proc`` when running as root (which a mode
    does not stop), as the fourth probe's fixture does."""
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


@pytest.mark.parametrize("flag", ["--state", "--cache"])
def test_state_or_cache_where_nothing_can_be_written_is_refused_before_any_request(
    site: SiteServer, tmp_path: Path, read_only_dir: Path, flag: str
) -> None:
    """``--state linkcheck-state.json`` (or ``--cache``) in a directory that cannot take it: the run would
    check everything and then lose its memory. As a report there is (fourth probe), it is refused before any
    request, exit 2, naming the path."""
    sources = tmp_path / "s.txt"
    marker = f"ro-{flag.strip('-')}"
    sources.write_text(f"{site.url('/a')}?{marker}=1\n", encoding="utf-8")
    name = "linkcheck-state.json" if flag == "--state" else "linkcheck-cache.sqlite"
    done = run([str(sources), "--no-config", flag, name, *allow(site)], read_only_dir)
    no_traceback(done.stderr)
    assert done.returncode == 2, text(done.stdout + done.stderr)
    assert name in text(done.stderr), text(done.stderr)
    assert hits(site, marker) == 0


# --- 4. the config file ------------------------------------------------------------------------------------


def test_a_pyproject_table_pasted_into_linkcheck_toml_is_read_or_named(
    site: SiteServer, tmp_path: Path
) -> None:
    """A user copies docs/ci.md's ``[tool.linkcheck]`` example into ``linkcheck.toml`` (whose keys are at
    the top level). Its settings must not vanish in silence: either they apply, or the file and its table are
    named (exit 2)."""
    (tmp_path / "linkcheck.toml").write_text(
        f'[tool.linkcheck]\nallow-host = ["{site.hostport}"]\nretries = 0\n', encoding="utf-8"
    )
    (tmp_path / "s.txt").write_text(f"{site.url('/a')}?pasted=1 | title: {HEADLINE}\n", encoding="utf-8")
    done = run(["s.txt", "--format", "json"], tmp_path)
    no_traceback(done.stderr)
    err = text(done.stderr)
    if done.returncode == 2:
        assert "linkcheck.toml" in err, err
        assert "tool" in err, err
        assert hits(site, "pasted") == 0
    else:
        assert done.returncode == 0, err
        assert json.loads(done.stdout)["results"][0]["status"] == "ok", text(done.stdout)


def test_linkcheck_toml_is_read_and_pyproject_left_alone(site: SiteServer, tmp_path: Path) -> None:
    """``--help``: the default is ``./linkcheck.toml``, *else* ``[tool.linkcheck]`` in ``./pyproject.toml``:
    with both, a mistake in the one not read does not stop the run."""
    (tmp_path / "linkcheck.toml").write_text(
        f'allow-host = ["{site.hostport}"]\nretries = 0\n', encoding="utf-8"
    )
    (tmp_path / "pyproject.toml").write_text("[tool.linkcheck]\ntitle-threshold = 5\n", encoding="utf-8")
    (tmp_path / "s.txt").write_text(f"{site.url('/a')}?both-files=1 | title: {HEADLINE}\n", encoding="utf-8")
    done = run(["s.txt"], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stdout + done.stderr)


def test_no_config_and_config_leave_a_broken_linkcheck_toml_unread(site: SiteServer, tmp_path: Path) -> None:
    """``--no-config`` ignores configuration files; ``--config other.toml`` reads that one instead of
    ``./linkcheck.toml``: a broken ``linkcheck.toml`` stops neither."""
    (tmp_path / "linkcheck.toml").write_text("workers = [unclosed\n", encoding="utf-8")
    (tmp_path / "other.toml").write_text(f'allow-host = ["{site.hostport}"]\nretries = 0\n', encoding="utf-8")
    (tmp_path / "s.txt").write_text(f"{site.url('/a')}?broken-toml=1 | title: {HEADLINE}\n", encoding="utf-8")
    ignored = run(["s.txt", "--no-config", *allow(site)], tmp_path)
    other = run(["s.txt", "--config", "other.toml"], tmp_path)
    for done in (ignored, other):
        no_traceback(done.stderr)
        assert done.returncode == 0, text(done.stdout + done.stderr)
    plain = run(["s.txt", *allow(site)], tmp_path)
    assert plain.returncode == 2, text(plain.stderr)
    assert "linkcheck.toml" in text(plain.stderr), text(plain.stderr)


# --- 5. extract on a saved page ---------------------------------------------------------------------------

SAVED_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Rail news roundup</title>{canonical}</head>
<body><article><h1>Rail news roundup</h1>
<p>The operator <a href="/2025/05/12/night-trains-return">announced the night trains</a> on Monday.</p>
</article></body></html>
"""


def test_extract_of_a_saved_page_resolves_its_relative_link_against_base_url(tmp_path: Path) -> None:
    """docs/articles.md: relative links resolve against ``base_url``, which wins over the canonical
    address."""
    page = tmp_path / "page.html"
    page.write_text(
        SAVED_PAGE.format(canonical='<link rel="canonical" href="https://herald.example/roundup">'),
        encoding="utf-8",
    )
    done = run(["extract", "page.html", "--base-url", "https://mirror.example/news/roundup"], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stderr)
    assert "https://mirror.example/2025/05/12/night-trains-return" in text(done.stdout), text(done.stdout)
    without = run(["extract", "page.html"], tmp_path)
    assert without.returncode == 0, text(without.stderr)
    assert "https://herald.example/2025/05/12/night-trains-return" in text(without.stdout), text(
        without.stdout
    )


def test_extract_of_a_saved_page_with_no_address_names_base_url(tmp_path: Path) -> None:
    """No canonical address and no ``--base-url``: the relative link cannot be resolved; the user is told to
    pass ``--base-url`` (docs/articles.md), never handed a manifest line with a bare path as its URL."""
    (tmp_path / "page.html").write_text(SAVED_PAGE.format(canonical=""), encoding="utf-8")
    done = run(["extract", "page.html"], tmp_path)
    no_traceback(done.stderr)
    shown = text(done.stdout + done.stderr)
    assert "--base-url" in shown, shown
    assert not re.search(r"^/2025/05/12/night-trains-return", text(done.stdout), re.MULTILINE), shown


def test_extract_with_a_mistyped_url_option_suggests_base_url(tmp_path: Path) -> None:
    """``linkcheck extract page.html --url https://...``: exit 2, and the option meant is named."""
    (tmp_path / "page.html").write_text(SAVED_PAGE.format(canonical=""), encoding="utf-8")
    done = run(["extract", "page.html", "--url", "https://herald.example/roundup"], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 2, text(done.stderr)
    assert "--url" in text(done.stderr), text(done.stderr)
    assert "--base-url" in text(done.stderr), text(done.stderr)
    assert done.stdout == b""


def test_extract_refuses_an_option_of_the_check_naming_it(tmp_path: Path) -> None:
    """``linkcheck extract article.txt --format json``: ``extract`` writes a manifest; the option is named."""
    (tmp_path / "a.txt").write_text(
        "See https://herald.example/2025/05/12/story for more.\n", encoding="utf-8"
    )
    done = run(["extract", "a.txt", "--format", "json"], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 2, text(done.stderr)
    assert "--format" in text(done.stderr), text(done.stderr)
    assert done.stdout == b""


# --- 6. a second run in the same directory ----------------------------------------------------------------


def test_a_run_without_cache_or_state_writes_nothing_anywhere(site: SiteServer, tmp_path: Path) -> None:
    """README: memory and the cache are what ``--state`` and ``--cache`` ask for. Without them a run leaves
    its directory and the user's home as they were (no dot-directory, no cache of its own)."""
    work = tmp_path / "work"
    home = tmp_path / "home"
    work.mkdir()
    home.mkdir()
    (work / "s.txt").write_text(f"{site.url('/a')}?nothing-written=1 | title: {HEADLINE}\n", encoding="utf-8")
    env = env_for(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), XDG_STATE_HOME=str(home / ".state"))
    done = run(["s.txt", "--no-config", *allow(site)], work, env=env)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stderr)
    assert sorted(p.name for p in work.iterdir()) == ["s.txt"]
    assert list(home.iterdir()) == []


def test_a_second_run_is_served_from_the_cache_until_its_file_is_removed(
    site: SiteServer, tmp_path: Path
) -> None:
    """docs/ci.md: within ``--cache-ttl`` a page that was fine is not fetched again (the summary says how many
    were hits); the cache holds nothing that cannot be fetched again, so removing the file is how it is
    cleared: the next run fetches, and sees what the site serves now."""
    path = "/cached-story"
    site.routes[path] = Page(body=story(HEADLINE))
    try:
        (tmp_path / "s.txt").write_text(f"{site.url(path)} | title: {HEADLINE}\n", encoding="utf-8")
        args = ["s.txt", "--no-config", "--cache", ".linkcheck/cache.sqlite", *allow(site)]
        first = run(args, tmp_path)
        assert first.returncode == 0, text(first.stderr)
        assert (tmp_path / ".linkcheck" / "cache.sqlite").is_file()
        site.routes[path] = Page(404, b"<!doctype html><title>Not found</title><h1>Not found</h1>")
        before = site.hits.get(path, 0)
        second = run(args, tmp_path)
        no_traceback(second.stderr)
        assert second.returncode == 0, text(second.stderr)
        assert site.hits.get(path, 0) == before
        assert re.search(r"\b1 hits?\b", text(second.stdout + second.stderr)), text(
            second.stdout + second.stderr
        )
        for leftover in (tmp_path / ".linkcheck").iterdir():
            leftover.unlink()
        third = run(args, tmp_path)
        no_traceback(third.stderr)
        assert third.returncode == 1, text(third.stdout + third.stderr)
    finally:
        site.routes[path] = Page(body=story(HEADLINE))


# --- 7. the progress line on a terminal -------------------------------------------------------------------

CSI = re.compile(rb"\x1b\[([0-9;?]*)([A-Za-z])|\x1b\][^\x07]*\x07")


def render(data: bytes) -> list[str]:
    """What a terminal shows after ``data``: carriage returns, erase-in-line and cursor-up obeyed, other
    escapes (colour) dropped. Enough to see a line written over another."""
    lines: list[list[str]] = [[]]
    row = col = 0
    pos = 0
    raw = data
    while pos < len(raw):
        match = CSI.match(raw, pos)
        if match:
            params, final = (match.group(1) or b""), (match.group(2) or b"")
            if final == b"K":
                mode = params.strip(b"?") or b"0"
                if mode == b"2":
                    lines[row] = []
                elif mode == b"0":
                    del lines[row][col:]
                else:
                    lines[row][:col] = [" "] * min(col, len(lines[row]))
            elif final == b"A":
                row = max(0, row - int(params or b"1"))
            elif final == b"G":
                col = max(0, int(params or b"1") - 1)
            pos = match.end()
            continue
        end = pos + 1
        while end < len(raw) and raw[end] >= 0x80 and raw[end] < 0xC0:
            end += 1
        char = raw[pos:end].decode("utf-8", "replace")
        pos = end
        if char == "\n":
            row += 1
            col = 0
            while len(lines) <= row:
                lines.append([])
        elif char == "\r":
            col = 0
        elif char == "\b":
            col = max(0, col - 1)
        elif char >= " ":
            line = lines[row]
            while len(line) < col:
                line.append(" ")
            if col < len(line):
                line[col] = char
            else:
                line.append(char)
            col += 1
    return ["".join(line).rstrip() for line in lines]


def on_terminal(args: list[str], cwd: Path) -> tuple[subprocess.Popen[bytes], int]:
    """Both streams on one pseudo-terminal of 200 columns (so the report is not wrapped)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
    proc = subprocess.Popen(
        [*command(), *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        env=env_for(TERM="xterm-256color"),
        start_new_session=True,
    )
    os.close(slave)
    return proc, master


def read_some(master: int, limit: float) -> bytes:
    chunks: list[bytes] = []
    end = time.monotonic() + limit
    while time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
    return b"".join(chunks)


def read_rest(proc: subprocess.Popen[bytes], master: int, limit: float = 60.0) -> bytes:
    chunks: list[bytes] = []
    end = time.monotonic() + limit
    while time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None and not select.select([master], [], [], 0.2)[0]:
            break
    return b"".join(chunks)


def tokens(shown: str) -> list[str]:
    """The pieces of text between spaces, three characters or longer (a bar's ``[####....]``, ``1/2``)."""
    return [piece for piece in shown.split() if len(piece) >= 3]


def progress_words(shown_while_busy: bytes) -> set[str]:
    """The words of the line the cursor is on while the run waits: the progress line."""
    screen = render(shown_while_busy)
    current = next((line for line in reversed(screen) if line.strip()), "")
    return set(tokens(current))


def test_the_progress_line_is_cleared_before_the_report(site: SiteServer, tmp_path: Path) -> None:
    """``--progress always`` on a terminal, the report on the same terminal: when the report comes, the
    progress line is gone, not left above, inside or under it."""
    (tmp_path / "s.txt").write_text(
        f"{site.url('/gone-progress')} | title: A story long gone\n"
        f"{site.url('/slow')}?progress=1 | title: {HEADLINE}\n",
        encoding="utf-8",
    )
    proc, master = on_terminal(["s.txt", "--no-config", "--progress", "always", *allow(site)], tmp_path)
    try:
        assert site.wait_for_requests(1, timeout=30, route="/slow")
        busy = read_some(master, 1.0)
        rest = read_rest(proc, master)
        code = proc.wait(timeout=30)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    words = progress_words(busy)
    screen = [line for line in render(busy + rest) if line.strip()]
    assert code == 1, screen
    assert words, f"no progress line drawn while busy: {render(busy)!r}"
    piped = run(["s.txt", "--no-config", "--progress", "never", *allow(site)], tmp_path)
    expected = set(tokens(text(piped.stdout + piped.stderr)))
    left = words - expected
    assert left, f"the progress line's words are all report words: {words}"
    for line in screen:
        assert not (set(tokens(line)) & left), screen
    assert any(SUMMARY.match(line) for line in screen), screen


def test_ctrl_c_partial_report_is_not_written_over_the_progress_line(
    site: SiteServer, tmp_path: Path
) -> None:
    """cli5's leftover: Ctrl-C's partial report (its note, the dead link found) starts on a clean line; no
    piece of the progress line is left in it or under it. Exit 130."""
    gone = site.url("/gone-ctrl-c-progress")
    (tmp_path / "s.txt").write_text(
        f"{gone} | title: A story long gone\n{site.url('/hang')}?ctrl-c-progress=1 | title: {HEADLINE}\n",
        encoding="utf-8",
    )
    proc, master = on_terminal(["s.txt", "--no-config", "--progress", "always", *allow(site)], tmp_path)
    try:
        assert site.wait_for_requests(1, timeout=30, route="/hang")
        end = time.monotonic() + 30
        while site.hits.get("/gone-ctrl-c-progress", 0) == 0 and time.monotonic() < end:
            time.sleep(0.05)
        busy = read_some(master, 1.0)
        os.killpg(proc.pid, signal.SIGINT)
        rest = read_rest(proc, master)
        code = proc.wait(timeout=30)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    words = progress_words(busy)
    screen = [line for line in render(busy + rest) if line.strip()]
    assert code == 130, screen
    assert words, f"no progress line drawn while busy: {render(busy)!r}"
    assert any(gone in line for line in screen), screen
    note = [line for line in screen if "interrupt" in line.lower()]
    assert note, screen
    (tmp_path / "gone.txt").write_text(f"{gone} | title: A story long gone\n", encoding="utf-8")
    piped = run(["gone.txt", "--no-config", "--progress", "never", *allow(site)], tmp_path)
    expected = set(tokens(text(piped.stdout + piped.stderr) + note[0]))
    # the program's name opens its own lines on standard error ("linkcheck: cache: ...", docs/ci.md)
    expected |= set(tokens("linkcheck interrupted SIGINT stopped after of citations were checked"))
    left = words - expected
    assert left, f"the progress line's words are all report words: {words}"
    for line in screen:
        assert not (set(tokens(line)) & left), (sorted(left), screen)


# --- 8. what each mistake draws ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (["--timeout", "-5"], r"(greater than|more than|above|positive|> ?0|at least)"),
        (["--timeout", "0"], r"(greater than|more than|above|positive|> ?0|at least)"),
        (["--connect-timeout", "-1"], r"(greater than|more than|above|positive|> ?0|at least)"),
        (["--workers", "0"], r"(at least 1|1 or more|positive|from 1)"),
        (["--format", "xml"], r"text.*json.*junit"),
        (["--max-bytes", "5Q"], r"(\b5M\b|\bK\b|\bKB?\b.*\bMB?\b|e\.g\.)"),
        (["--cache-ttl", "3w", "--cache", "c.sqlite"], r"(90m|12h|7d|seconds)"),
        (["--article-date", "2020-13-01"], r"YYYY-MM-DD"),
        (["--accept", "99"], r"(100|599|status code)"),
        (["--color", "sometimes"], r"auto.*always.*never"),
    ],
)
def test_a_bad_value_is_named_with_what_is_allowed(
    site: SiteServer, tmp_path: Path, args: list[str], allowed: str
) -> None:
    """A mistake's message names the option, the value given, and what is allowed; exit 2, no request."""
    marker = "bad-value-" + args[0].strip("-")
    (tmp_path / "s.txt").write_text(f"{site.url('/a')}?{marker}=1\n", encoding="utf-8")
    done = run(["s.txt", "--no-config", "--allow-host", site.hostport, "--retries", "0", *args], tmp_path)
    no_traceback(done.stderr)
    err = text(done.stderr)
    assert done.returncode == 2, err
    assert args[0] in err, err
    assert args[1] in err, err
    assert re.search(allowed, err.split(args[0], 1)[1], re.IGNORECASE | re.DOTALL), err
    assert hits(site, marker) == 0
    assert done.stdout == b""
