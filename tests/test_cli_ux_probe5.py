"""A fifth held-out probe (2026-12-05): the command line as a new user meets it in the first ten minutes.

Written from README.md, docs/ (every file), ``linkcheck --help``, ``linkcheck extract --help``, the fourth
probe's subsection in docs/benchmarks.md and the earlier probes' docstrings and test names before any code
under ``src/`` was read. The first four probes (``tests/test_cli_ux_probe.py`` to ``..._probe4.py``) covered
bad bytes and malformed lines one at a time, bad option values, reports that cannot be written, exit codes,
``-q``/``-v``, colour, signals with report files and JSON Lines, pipelines and locales. This one looks at:
the README's usage lines and ``--help``'s examples run as written (their files played by small ones here, the
loopback origin allowed by a ``linkcheck.toml`` beside them, as a user's project would have it); every
``linkcheck ...`` command the README and docs show, parsed by the real parser (no option they show is
refused); a manifest holding the mistakes a person makes typing one (a URL without its scheme, a trailing
comma, smart quotes around a title, a tab where ``|`` belongs, a byte-order mark where two files were
concatenated, CRLF line ends, a URL with a space in it, a citation given twice), each named by its line with
what was expected and nothing else lost; ``linkcheck extract`` given a URL and given a file; ``--version``
against the User-Agent it sends; the text report on an 80-column terminal (long reasons wrapped, Cyrillic
counted by its width, long URLs whole) and its summary line's counts; Ctrl-C in the middle of a run on a
terminal. Expectations are what the docs promise, or, where they are silent, what a demanding user of a
mature tool wants: an exit code that says what happened, a message naming the file, line, URL or option at
fault, no traceback, nothing lost. Every request goes to ``tests/site_server.py``'s server on 127.0.0.1
(the module's one server; no case needs raw framing).
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import shlex
import signal
import struct
import subprocess
import sys
import termios
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site_server import Page, SiteServer, serve

pytestmark = pytest.mark.e2e

TREE = Path(__file__).resolve().parents[1]

HEADLINE = "Ferry timetable restored across the Kvarken strait"
OTHER_HEADLINE = "A title with | a pipe in it"
CYRILLIC_HEADLINE = "Паромное сообщение через пролив Кваркен восстановлено после долгого перерыва зимой"
CYRILLIC_CITED = "Паром через Кваркен снова ходит по расписанию каждый день"
LONG_PATH = "/archive/2025/06/02/" + "-".join(["ferry", "timetable", "restored", "kvarken"] * 12) + ".html"


def story(title: str, site_name: str, when: str = "2025-06-02T08:00:00+00:00") -> bytes:
    return f"""<!doctype html>
<html><head><meta charset="utf-8">
<title>{title} | {site_name}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site_name}">
<meta property="article:published_time" content="{when}">
</head><body><article><h1>{title}</h1>
<p>The first ferry of the season left Vaasa at seven on Monday morning with forty cars on board, and the
operator said the timetable would hold through the summer unless the autumn storms come early again.</p>
</article></body></html>
""".encode()


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    routes = {
        "/story": Page(body=story(HEADLINE, "Gulf Coast Courier")),
        "/piped": Page(body=story(OTHER_HEADLINE, "Gulf Coast Courier")),
        "/ru/parom": Page(body=story(CYRILLIC_HEADLINE, "Вестник залива")),
        "/walled": Page(403, b"<!doctype html><title>Forbidden</title><h1>Forbidden</h1>"),
        "/hang": Page(body=story(HEADLINE, "Gulf Coast Courier"), hold=30),
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


def text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def no_traceback(stderr: bytes) -> None:
    err = text(stderr)
    assert "Traceback" not in err, err
    assert "Exception ignored" not in err, err


def project(tmp_path: Path, site: SiteServer) -> Path:
    """A user's project: a ``linkcheck.toml`` that lets the loopback origin through, as a user's would."""
    (tmp_path / "linkcheck.toml").write_text(
        f'allow-host = ["{site.hostport}"]\nretries = 0\ntimeout = 10\n', encoding="utf-8"
    )
    return tmp_path


def readme_manifest(site: SiteServer) -> str:
    """README's manifest example, its outlet's addresses played on loopback."""
    return (
        "# comments and blank lines are ignored\n"
        "@article | date: 2025-06-05 | title: Kvarken ferries are back\n"
        f"{site.url('/story')} | outlet: Gulf Coast Courier | date: 2025-06-02\n"
        f'{site.url("/piped")} | title: "A title with | a pipe in it" | date: 2025-06\n'
    )


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
SUMMARY = re.compile(
    r"^(?P<total>\d+) citations?: (?P<pass>\d+) pass, (?P<warn>\d+) warn, (?P<fail>\d+) fail"
    r"(?: \((?P<statuses>[^)]*)\))?",
    re.M,
)


def summary_counts(report: str) -> tuple[int, int, int, int, dict[str, int]]:
    found = SUMMARY.search(report)
    assert found, report
    statuses: dict[str, int] = {}
    for item in (found["statuses"] or "").split(","):
        words = item.split()
        if len(words) == 2 and words[1].isdigit():
            statuses[words[0]] = int(words[1])
    return int(found["total"]), int(found["pass"]), int(found["warn"]), int(found["fail"]), statuses


# --- 1. the first ten minutes: README's and --help's commands as written ----------------------------


def test_readme_quick_start_manifest_checks_and_its_summary_adds_up(site: SiteServer, tmp_path: Path) -> None:
    """``linkcheck sources.txt`` on README's own manifest example: both citations pass, exit 0."""
    work = project(tmp_path, site)
    (work / "sources.txt").write_text(readme_manifest(site), encoding="utf-8")
    done = run(["sources.txt"], work)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stdout) + text(done.stderr)
    total, passed, warned, failed, _ = summary_counts(text(done.stdout))
    assert (total, passed, warned, failed) == (2, 2, 0, 0)


@pytest.mark.parametrize(
    "line",
    [
        "linkcheck sources.txt --format json -o report.json",
        "linkcheck sources.txt --fail-on +blocked",
        "linkcheck sources.txt --output junit=reports/linkcheck.xml --output markdown=reports/summary.md",
        "linkcheck sources.txt --state .linkcheck/state.json --fail-after 3 --cache .linkcheck/cache.sqlite",
        "linkcheck sources.txt --output junit=linkcheck.xml --output markdown=summary.md",
        "linkcheck 'content/**/*.md' --format json --output report.json",
        "linkcheck sources.txt --fail-on -dead,+blocked",
        "linkcheck sources.txt --fail-on dead,soft_404",
        "linkcheck sources.txt --fail-on none",
    ],
)
def test_readme_and_help_usage_lines_run_as_written(site: SiteServer, tmp_path: Path, line: str) -> None:
    """Each usage line of README and ``--help`` runs in a project holding its files, writing what it names."""
    work = project(tmp_path, site)
    (work / "sources.txt").write_text(readme_manifest(site), encoding="utf-8")
    (work / "content" / "news").mkdir(parents=True)
    (work / "content" / "news" / "ferry.md").write_text(
        f"# Ferries are back\n\nThe [{HEADLINE}]({site.url('/story')}) says the timetable holds.\n",
        encoding="utf-8",
    )
    args = shlex.split(line)[1:]
    done = run(args, work)
    no_traceback(done.stderr)
    assert done.returncode == 0, f"{line}: {text(done.stdout)}{text(done.stderr)}"
    for token in args:
        for path in re.findall(r"(?:^|=)([\w./-]+\.(?:json|xml|md|sqlite))$", token):
            if not path.startswith("content"):
                assert (work / path).is_file(), f"{line}: {path} not written"


def _doc_commands() -> list[str]:
    """Every ``linkcheck ...`` command shown in README and docs/ (code spans, code blocks, CI steps)."""
    found: list[str] = []
    files = [TREE / "README.md", *sorted((TREE / "docs").glob("*.md"))]
    for path in files:
        if path.name == "benchmarks.md":
            continue  # the record of runs, not a user's documentation
        body = path.read_text(encoding="utf-8")
        # a YAML folded step (`run: >` / `- >`): its lines joined into one command
        body = re.sub(
            r">\n(\s+)(linkcheck [^\n]*(?:\n\1--[^\n]*)*)",
            lambda m: "\n" + " ".join(part.strip() for part in m.group(2).splitlines()),
            body,
        )
        for span in re.findall(r"`(linkcheck [^`\n]+)`", body):
            found.append(span)
        for block_line in re.findall(r"^\s*(?:\$ )?(linkcheck (?:-|[a-z'\"])[^\n#]*)", body, re.M):
            found.append(block_line.strip())
    unique: list[str] = []
    for item in found:
        item = re.split(r"\s(?:\||>|2>&1)\s|\s{2,}", item)[0].strip()  # a pipe, a redirect, a gloss
        words = [word for word in item.split(" ") if word != "..."]  # "..." stands for the rest of a command
        while len(words) > 1 and words[-1].startswith("-") and words[-1] != "-":
            words.pop()  # an option named in prose without its value ("`linkcheck extract -o`")
        item = " ".join(words)
        if "extarct" in item:
            continue  # docs/ci.md shows this typo on purpose, as a mistyped subcommand
        if item not in unique and not re.search(r"\b(?:flags|verifies|also reads|fetches|escapes)\b", item):
            unique.append(item)
    return unique


DOC_COMMANDS = _doc_commands()


def test_the_docs_show_commands_to_parse() -> None:
    assert len(DOC_COMMANDS) >= 10, DOC_COMMANDS


@pytest.mark.parametrize("line", DOC_COMMANDS)
def test_no_option_the_docs_show_is_refused(tmp_path: Path, line: str) -> None:
    """Every option a documented command gives is one the parser takes (its inputs here do not exist)."""
    try:
        args = shlex.split(line)[1:]
    except ValueError:
        pytest.fail(f"a documented command a shell cannot split: {line}")
    done = run(
        ["--no-config", *args] if args[:1] != ["extract"] else args,
        tmp_path,
        env=env_for(PAYWALL_TOKEN="token", COURIER_TOKEN="token"),
    )
    err = text(done.stderr)
    no_traceback(done.stderr)
    for refusal in ("unrecognized arguments", "invalid choice", "expected one argument", "ambiguous option"):
        assert refusal not in err, f"{line}: {err}"


# --- 2. a manifest with the mistakes a person makes -------------------------------------------------


def mistakes(site: SiteServer) -> tuple[str, dict[int, tuple[str, ...]]]:
    """A manifest with good lines between bad ones, and for each bad line what its message must say."""
    host = site.hostport
    lines = [
        "@article | date: 2025-06-05",  # 1
        f"{site.url('/story')} | title: {HEADLINE} | date: 2025-06-02",  # 2
        f"{host}/story | title: {HEADLINE}",  # 3: no scheme
        f"{site.url('/story')} | date: 2025-06-02,",  # 4: a trailing comma
        f"{site.url('/story')}\ttitle: {HEADLINE}",  # 5: a tab for the bar
        f"{site.url('/ru/parom')} | title: {CYRILLIC_HEADLINE}",  # 6
        f"{site.url('/two words')}",  # 7: a space inside the URL
        f"{site.url('/piped')} | outlet: Gulf Coast Courier",  # 8
    ]
    expected = {
        3: ("scheme", f"https://{host}/story"),
        4: ("2025-06-02,", "YYYY-MM-DD"),
        5: ("|",),
        7: ("%20",),
    }
    return "\r\n".join(lines) + "\r\n", expected


def test_each_typing_mistake_is_named_by_its_line_and_nothing_else_is_lost(
    site: SiteServer, tmp_path: Path
) -> None:
    """``--keep-going``: each bad line fails naming its line and what was wanted; the rest is checked."""
    body, expected = mistakes(site)
    (tmp_path / "sources.txt").write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    done = run(["sources.txt", "--keep-going", "--format", "json", "--no-config", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 1, text(done.stderr)
    results = json.loads(done.stdout)["results"]
    by_line = {result["line"]: result for result in results}
    assert sorted(by_line) == [2, 3, 4, 5, 6, 7, 8], sorted(by_line)
    for line, words in expected.items():
        reason = json.dumps(by_line[line], ensure_ascii=False)
        assert by_line[line]["verdict"] == "fail", reason
        for word in words:
            assert word in reason, f"line {line}: {word!r} not in {reason}"
        assert "\r" not in reason, reason
        assert "\\r" not in reason, reason
    for line in (2, 6, 8):
        assert by_line[line]["status"] == "ok", by_line[line]
    err = text(done.stderr)
    for line in expected:
        assert f"sources.txt:{line}:" in err, err


def test_a_typing_mistake_without_keep_going_stops_at_its_line(site: SiteServer, tmp_path: Path) -> None:
    """Without ``--keep-going`` the first bad line (after a BOM and CRLF) stops the run naming line 3."""
    body, _ = mistakes(site)
    (tmp_path / "sources.txt").write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    done = run(["sources.txt", "--no-config", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 2
    err = text(done.stderr)
    assert "sources.txt:3:" in err, err
    assert f"https://{site.hostport}/story" in err, err
    assert "\r" not in err


def test_a_tab_for_the_bar_names_the_bar(site: SiteServer, tmp_path: Path) -> None:
    """A tab where ``|`` belongs (a spreadsheet's paste) is named as such: the fields are split by ``|``."""
    (tmp_path / "sources.txt").write_text(f"{site.url('/story')}\ttitle: {HEADLINE}\n", encoding="utf-8")
    done = run(["sources.txt", "--no-config", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 2
    err = text(done.stderr)
    assert "sources.txt:1:" in err, err
    assert "tab" in err.lower(), err
    assert "|" in err, err


def test_smart_quotes_around_a_title_are_quotation_not_title(site: SiteServer, tmp_path: Path) -> None:
    """A word processor's curly quotes around a cited title do not make the title differ from the page's."""
    (tmp_path / "sources.txt").write_text(
        f"{site.url('/story')} | title: \u201c{HEADLINE}\u201d\n"
        f"{site.url('/ru/parom')} | title: \u00ab{CYRILLIC_HEADLINE}\u00bb\n",
        encoding="utf-8",
    )
    done = run(["sources.txt", "--no-config", "--format", "json", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stdout)
    for result in json.loads(done.stdout)["results"]:
        assert result["verdict"] == "pass", result


def test_a_bom_inside_a_concatenated_manifest_is_invisible(site: SiteServer, tmp_path: Path) -> None:
    """``cat a.txt b.txt > all.txt`` where b.txt has a byte-order mark: its first line still a citation."""
    first = f"{site.url('/story')} | title: {HEADLINE}\n".encode()
    second = b"\xef\xbb\xbf" + f'{site.url("/piped")} | title: "{OTHER_HEADLINE}"\n'.encode()
    (tmp_path / "all.txt").write_bytes(first + second)
    done = run(["all.txt", "--no-config", "--format", "json", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stdout) + text(done.stderr)
    urls = [result["url"] for result in json.loads(done.stdout)["results"]]
    assert urls == [site.url("/story"), site.url("/piped")]


def test_a_duplicated_citation_is_reported_at_both_lines_and_fetched_once(
    site: SiteServer, tmp_path: Path
) -> None:
    """The same citation pasted twice: both lines in the report (each a place to mend), one request."""
    target = site.url("/walled") + "?dup=1"
    line = f"{target} | title: Forbidden"
    (tmp_path / "sources.txt").write_text(f"{line}\n{site.url('/story')}\n{line}\n", encoding="utf-8")
    before = sum(1 for request in site.requests if request.path.startswith("/walled?dup=1"))
    done = run(["sources.txt", "--no-config", "--format", "json", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    after = sum(1 for request in site.requests if request.path.startswith("/walled?dup=1"))
    lines = sorted(result["line"] for result in json.loads(done.stdout)["results"] if result["url"] == target)
    assert lines == [1, 3]
    assert after - before == 1


# --- 3. extract on a URL and on a file -----------------------------------------------------------------


def test_extract_given_a_url_says_it_reads_files(site: SiteServer, tmp_path: Path) -> None:
    """``linkcheck extract URL``: help says ARTICLE is a file; a URL is named as a URL, with what to do."""
    target = site.url("/story")
    done = run(["extract", target], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 2
    assert done.stdout == b""
    err = text(done.stderr)
    assert target in err, err
    assert "url" in err.replace(target, "").lower(), err


def test_checking_a_url_as_the_input_says_what_an_input_is(site: SiteServer, tmp_path: Path) -> None:
    """``linkcheck URL`` (as lychee takes it): either the link is checked, or the URL is named as no file."""
    target = site.url("/story")
    done = run([target, "--no-config", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    err = text(done.stderr)
    if done.returncode == 2:
        assert target in err, err
        assert "url" in err.replace(target, "").lower(), err
    else:
        assert done.returncode == 0, err
        assert target in text(done.stdout) + err


def test_extract_then_check_is_the_direct_check(site: SiteServer, tmp_path: Path) -> None:
    """README: ``linkcheck extract a.txt`` then its manifest, or ``linkcheck a.txt``: the same judgements."""
    (tmp_path / "article.txt").write_text(
        "Kvarken ferries are back\n\n"
        f"The Gulf Coast Courier reported the news: {site.url('/story')}\n"
        f"Related article: {CYRILLIC_CITED}\n{site.url('/ru/parom')}\n"
        f"A walled report: {site.url('/walled')}\n",
        encoding="utf-8",
    )
    extracted = run(["extract", "article.txt", "--article-date", "2025-06-05", "-o", "sources.txt"], tmp_path)
    no_traceback(extracted.stderr)
    assert extracted.returncode == 0
    common = ["--no-config", "--format", "json", *allow(site)]
    direct = run(["article.txt", "--article-date", "2025-06-05", *common], tmp_path)
    via = run(["sources.txt", *common], tmp_path)
    assert direct.returncode == via.returncode

    def judged(report: bytes) -> list[tuple[str, str, str, list[str]]]:
        rows = json.loads(report)["results"]
        return sorted(
            (r["url"], r["status"], r["verdict"], sorted(f["kind"] for f in r["findings"])) for r in rows
        )

    assert judged(direct.stdout) == judged(via.stdout)


# --- 4. --version --------------------------------------------------------------------------------------


def test_version_is_the_one_the_user_agent_sends(site: SiteServer, tmp_path: Path) -> None:
    """``--version`` prints ``linkcheck X.Y.Z``; README says the User-Agent is ``linkcheck/<version> ...``."""
    shown = run(["--version"], tmp_path)
    assert shown.returncode == 0
    version = text(shown.stdout).split()[-1]
    assert re.fullmatch(r"\d+\.\d+(\.\d+)?\S*", version), shown.stdout
    target = site.url("/story") + "?ua=1"
    (tmp_path / "sources.txt").write_text(target + "\n", encoding="utf-8")
    done = run(["sources.txt", "--no-config", *allow(site)], tmp_path)
    assert done.returncode == 0
    agents = [r.headers.get("User-Agent", "") for r in site.requests if r.path == "/story?ua=1"]
    assert agents, site.requests
    assert agents[0].startswith(f"linkcheck/{version}"), agents


def test_version_before_a_missing_input_prints_the_version_only(tmp_path: Path) -> None:
    done = run(["--version", "missing.txt"], tmp_path)
    assert done.returncode == 0
    assert text(done.stdout).startswith("linkcheck ")
    assert done.stderr == b""


# --- 5. the text report on an 80-column terminal ------------------------------------------------------


def width(line: str) -> int:
    """Display columns: wide East Asian characters two, combining marks none, others one."""
    total = 0
    for char in line:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def on_terminal(
    args: list[str], cwd: Path, columns: int = 80, stderr_too: bool = False
) -> tuple[subprocess.Popen[bytes], int]:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    proc = subprocess.Popen(
        [*command(), *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave if stderr_too else subprocess.PIPE,
        env=env_for(TERM="xterm-256color"),
        start_new_session=True,
    )
    os.close(slave)
    return proc, master


def read_terminal(proc: subprocess.Popen[bytes], master: int, limit: float = 60.0) -> str:
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
        elif proc.poll() is not None:
            continue_reading = select.select([master], [], [], 0.2)[0]
            if not continue_reading:
                break
    os.close(master)
    return ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")).replace("\r\n", "\n")


def terminal_manifest(site: SiteServer) -> str:
    return (
        "@article | date: 2025-06-05\n"
        f"{site.url('/story')} | title: {HEADLINE} | date: 2025-06-02\n"  # pass
        f"{site.url('/ru/parom')} | title: {CYRILLIC_CITED} | outlet: Вестник залива\n"  # a title mismatch
        f"{site.url(LONG_PATH)} | title: A story long gone\n"  # dead, a long URL
        f"{site.url('/walled')} | title: Ferry fares for 2026\n"  # blocked: warns
        "mailto:desk@courier.example | note: the desk\n"  # skipped
        f"{site.url('/story')} | title: {HEADLINE} | date: 2025-06-02\n"  # the same again
        f"{site.hostport}/nowhere | title: No scheme\n"  # invalid, kept going
    )


def test_text_report_on_an_80_column_terminal(site: SiteServer, tmp_path: Path) -> None:
    """Lines fit 80 columns (Cyrillic counted by width) but for a URL, which is never cut; nothing is lost."""
    (tmp_path / "sources.txt").write_text(terminal_manifest(site), encoding="utf-8")
    proc, master = on_terminal(["sources.txt", "--keep-going", "--no-config", *allow(site)], tmp_path)
    shown = read_terminal(proc, master)
    proc.wait(timeout=30)
    assert proc.stderr is not None
    no_traceback(proc.stderr.read())
    proc.stderr.close()
    assert proc.returncode == 1, shown
    for line in shown.splitlines():
        if width(line) <= 80:
            continue
        last = line.split()[-1]
        assert last.startswith(("http://", "https://", "mailto:")), f"{width(line)} columns: {line!r}"
        assert width(line[: line.rindex(last)].rstrip()) <= 80, f"{width(line)} columns: {line!r}"
    assert site.url(LONG_PATH) in shown.splitlines() or any(
        site.url(LONG_PATH) in line for line in shown.splitlines()
    )
    joined = " ".join(shown.split())
    assert CYRILLIC_HEADLINE in joined, shown
    assert CYRILLIC_CITED in joined, shown


def test_summary_line_counts_add_up_to_the_citations(site: SiteServer, tmp_path: Path) -> None:
    """The summary's pass + warn + fail is the citations' number; its status counts are the JSON report's."""
    (tmp_path / "sources.txt").write_text(terminal_manifest(site), encoding="utf-8")
    done = run(
        ["sources.txt", "--keep-going", "--no-config", "--output", "json=r.json", *allow(site)], tmp_path
    )
    no_traceback(done.stderr)
    assert done.returncode == 1
    total, passed, warned, failed, statuses = summary_counts(text(done.stdout))
    results = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["results"]
    assert total == len(results) == 7
    assert passed + warned + failed == total
    assert (passed, warned, failed) == tuple(
        sum(1 for r in results if r["verdict"] == verdict) for verdict in ("pass", "warn", "fail")
    )
    assert statuses, text(done.stdout)
    for status, count in statuses.items():
        assert count == sum(1 for r in results if r["status"] == status), (status, count)


def test_a_piped_text_report_is_not_wrapped(site: SiteServer, tmp_path: Path) -> None:
    """Off a terminal (a log, ``grep``) a reason stays on one line, whatever its length."""
    (tmp_path / "sources.txt").write_text(
        f"{site.url('/ru/parom')} | title: {CYRILLIC_CITED} | outlet: Вестник залива\n", encoding="utf-8"
    )
    done = run(["sources.txt", "--no-config", *allow(site)], tmp_path, env=env_for(COLUMNS="80"))
    assert done.returncode == 1
    assert any(
        CYRILLIC_HEADLINE in line and CYRILLIC_CITED in line for line in text(done.stdout).splitlines()
    ) or any(CYRILLIC_CITED in line and width(line) > 80 for line in text(done.stdout).splitlines()), text(
        done.stdout
    )


# --- 6. Ctrl-C in the middle of a run from a terminal -------------------------------------------------


def test_ctrl_c_midway_on_a_terminal_shows_what_was_checked_and_exits_130(
    site: SiteServer, tmp_path: Path
) -> None:
    """The terminal's SIGINT to the process group: exit 130, no traceback, the dead link found so far."""
    gone = site.url("/gone-before-ctrl-c")
    (tmp_path / "sources.txt").write_text(
        f"{gone} | title: A story long gone\n{site.url('/hang')}?ctrl-c=1 | title: {HEADLINE}\n",
        encoding="utf-8",
    )
    proc, master = on_terminal(["sources.txt", "--no-config", *allow(site)], tmp_path, stderr_too=True)
    try:
        assert site.wait_for_requests(1, timeout=30, route="/hang")
        end = time.monotonic() + 30
        while site.hits.get("/gone-before-ctrl-c", 0) == 0 and time.monotonic() < end:
            time.sleep(0.05)
        time.sleep(1.0)  # the 404's answer read and judged: a bounded wait, no assertion on time
        os.killpg(proc.pid, signal.SIGINT)
        shown = read_terminal(proc, master)
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    assert code == 130, shown
    assert "Traceback" not in shown, shown
    assert gone in shown, shown
    assert "interrupt" in shown.lower(), shown
