"""Held-out probe (reports2, forty-first session): what a CI pipeline reads from linkcheck, a second time.

Written from README.md, docs/ci.md, docs/json-schema.md, docs/api.md, docs/sources-format.md,
``linkcheck --help``, ``linkcheck extract --help`` and the earlier probes' docstrings (their first 20
lines), before any code under ``src/`` was read, and committed before any change under ``src/``. Every case
runs the real command (``python -m linkcheck`` in a subprocess, as a CI job runs it) against pages served on
127.0.0.1 by the test, and reads each report as the tool that consumes it does: JSON and JSON Lines with
``json``, JUnit as an XML parser (Jenkins, GitLab), SARIF 2.1.0's structure as a code-scanning upload reads
it, GitHub workflow commands as the runner splits them (one command a line, properties up to the first
``::``, ``%0A``/``%0D``/``%25`` decoded), and a Markdown table as GitHub's table extension splits its cells
(a backslash escapes the next character, an unescaped ``|`` separates cells). Covered (none of the earlier
probes' cases): cited titles holding markup, quotes, a line break, a tab, an escape character, right-to-left
text and ``%0A::error``, in every format; a very long URL; ``--fail-on`` (additions, removals, a finding
kind, ``none``, an unknown item) against the exit code and against JUnit, SARIF and the annotations; an
empty manifest and an all-excluded run in every format; two reports asked into one file; a report that
cannot be written (``/dev/full``) beside one that can, and standard output that cannot be written; a run
stopped by ``--max-time`` and one killed (SIGKILL) with its reports; a malformed line under ``--keep-going``
in SARIF, JUnit and the annotations; JUnit's test names unique (one Markdown line citing one URL twice) and
the same across two nights whose completion orders differ; a Markdown table whose cells end in a backslash;
the Markdown report's size against ``$GITHUB_STEP_SUMMARY``'s 1 MiB limit on a run of 3,000 dead links.
Expectations are what the docs promise or, where they are silent, what a demanding CI maintainer expects.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.site_server import Page, SiteServer, serve

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
WAIT = 60.0

BODY_TEXT = " ".join(
    ["The ferry operator said on Tuesday that fares on the island routes would rise from next month,"]
    + ["citing fuel costs and a smaller subsidy from the regional government."] * 12
)


def page(title: str, published: str = "2020-01-08") -> bytes:
    """An article page whose headline is ``title`` (HTML-escaped by the caller when needed)."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title>"
        f"<meta property='article:published_time' content='{published}T09:00:00+00:00'>"
        "<meta property='og:site_name' content='Harbour Courier'>"
        f"</head><body><article><h1>{title}</h1><p>{BODY_TEXT}</p><p>{BODY_TEXT}</p></article>"
        "</body></html>"
    ).encode()


#: What a path with no page gets.
NOT_FOUND = Page(404, b"<html><body><h1>Not Found</h1></body></html>")


class Site:
    """Pages by path on a ``tests.site_server`` (status, body, seconds held, extra headers); anything else
    is a 404. ``hits`` is every path asked, in order; ``release`` lets the held pages answer."""

    def __init__(self, server: SiteServer) -> None:
        self.server = server
        self.routes = server.routes
        self.release = server.release
        self.base = server.origin

    @property
    def hits(self) -> list[str]:
        return self.server.paths()

    def add(self, path: str, body: bytes, status: int = 200, delay: float = 0.0, **headers: str) -> str:
        self.routes[path] = Page(
            status, body, {"Content-Type": "text/html; charset=utf-8", **headers}, hold=delay
        )
        return self.base + path


@pytest.fixture
def site() -> Iterator[Site]:
    with serve(answer=lambda _request: NOT_FOUND) as server:
        yield Site(server)


def env(github: bool = False) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "LINKCHECK", "NO_COLOR"))}
    e["PYTHONPATH"] = str(SRC)
    e["NO_COLOR"] = "1"
    if github:
        e["GITHUB_ACTIONS"] = "true"
    return e


BASE_FLAGS = [
    "--no-config",
    "--allow-private",
    "--retries",
    "0",
    "--timeout",
    "5",
    "--deadline",
    "10",
    "--progress",
    "never",
    "--color",
    "never",
    "--processes",
    "1",
]


def run(
    cwd: Path, *args: str, github: bool = False, timeout: float = WAIT
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", *BASE_FLAGS, *args],
        cwd=cwd,
        env=env(github),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback (most recent call last)" not in proc.stderr, proc.stderr[-3000:]


# --- how each consumer reads a report ---------------------------------------------------------------


def junit_cases(path: Path) -> list[ET.Element]:
    root = ET.parse(path).getroot()
    return list(root.iter("testcase"))


def junit_ids(path: Path) -> list[tuple[str, str]]:
    return [(c.get("classname") or "", c.get("name") or "") for c in junit_cases(path)]


def sarif_results(path: Path) -> list[dict[str, object]]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == "2.1.0"
    (the_run,) = doc["runs"]
    rules = the_run["tool"]["driver"].get("rules", [])
    rule_ids = [r["id"] for r in rules]
    for result in the_run["results"]:
        assert result["ruleId"] in rule_ids, result
        if "ruleIndex" in result:
            assert rule_ids[result["ruleIndex"]] == result["ruleId"], result
        assert result["level"] in ("error", "warning", "note", "none"), result
        assert result["message"]["text"], result
    return list(the_run["results"])


def sarif_place(result: dict[str, object]) -> tuple[str, int]:
    loc = result["locations"][0]["physicalLocation"]  # type: ignore[index]
    uri = loc["artifactLocation"]["uri"]
    assert " " not in uri, f"a SARIF uri is a URI reference: {uri!r}"
    name = unquote(uri).rsplit("/", 1)[-1] if uri.startswith("file:") else unquote(uri)
    return name, int(loc["region"]["startLine"])


WORKFLOW_COMMAND = re.compile(r"^::(error|warning|notice)( [^:]*)?::(.*)$")


def annotations(text: str) -> list[tuple[str, dict[str, str], str]]:
    """Workflow commands as the runner reads them: one a line, properties up to the first ``::``."""
    out = []
    for line in text.splitlines():
        m = WORKFLOW_COMMAND.match(line)
        if not m:
            continue
        props: dict[str, str] = {}
        for part in (m.group(2) or "").strip().split(","):
            if part:
                key, _, value = part.partition("=")
                props[key] = decode_property(value)
        out.append((m.group(1), props, decode_data(m.group(3))))
    return out


def decode_data(s: str) -> str:
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def decode_property(s: str) -> str:
    return (
        s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
    )


def gfm_cells(row: str) -> list[str]:
    """Split a table row as GitHub's table extension does: ``\\`` escapes the next character."""
    row = row.strip()
    cells, cur, i = [], "", 0
    if row.startswith("|"):
        i = 1
    while i < len(row):
        ch = row[i]
        if ch == "\\" and i + 1 < len(row):
            cur += row[i : i + 2]
            i += 2
            continue
        if ch == "|":
            cells.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    if cur.strip() or not row.endswith("|"):
        cells.append(cur)
    return cells


def markdown_tables(text: str) -> list[list[list[str]]]:
    tables: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        if line.lstrip().startswith("|"):
            current.append(gfm_cells(line))
        elif current:
            tables.append(current)
            current = []
    return tables


def assert_tables_sound(text: str) -> None:
    for table in markdown_tables(text):
        width = len(table[0])
        assert len(table) >= 2, table
        assert all(re.fullmatch(r"\s*:?-+:?\s*", c) for c in table[1]), table[:2]
        for row in table:
            assert len(row) == width, (table[0], row)


# --- the cases -------------------------------------------------------------------------------------

ODD_TITLES = [
    '<b>Ferry</b> fares & "subsidies" <script>alert(1)</script>',
    "Fares: it's \u201cdouble\u201d now, isn\u2019t it?",
    "First line\nsecond line",
    "Tab\there and a bell",
    "\u0627\u0631\u062a\u0641\u0627\u0639 \u0623\u0633\u0639\u0627\u0631 "
    "\u0627\u0644\u0639\u0628\u0627\u0631\u0627\u062a \u202eevil\u202c",
    "Fares %0A::error file=pwned.txt::injected 100%",
    "Pipes | in | the cited title \\",
]


def quoted(value: str) -> str:
    """A manifest value in double quotes, as docs/sources-format.md writes one."""
    return (
        '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'
    )


def odd_manifest(site: Site) -> tuple[str, list[tuple[str, str, int]]]:
    lines = ["# citations whose cited titles are hostile to every report format", ""]
    cited: list[tuple[str, str, int]] = []
    for i, title in enumerate(ODD_TITLES):
        headline = f"Harbour authority publishes timetable {i}" + (
            " &#27;[2J&#27;]0;owned&#7;" if i == 0 else ""
        )
        url = site.add(f"/news/2020/01/08/story-{i}", page(headline))
        lines.append(f"{url} | title: {quoted(title)} | outlet: Harbour Courier")
        cited.append((url, title, len(lines)))
    return "\n".join(lines) + "\n", cited


def test_odd_cited_titles_in_every_format(site: Site, tmp_path: Path) -> None:
    text, cited = odd_manifest(site)
    (tmp_path / "sources.txt").write_text(text, encoding="utf-8")
    proc = run(
        tmp_path,
        "sources.txt",
        "--format",
        "json",
        "-o",
        "out/report.json",
        "--output",
        "junit=out/report.xml",
        "--output",
        "sarif=out/report.sarif",
        "--output",
        "markdown=out/report.md",
        "--output",
        "github=out/annotations.txt",
        "--output",
        "jsonl=out/report.jsonl",
        "--output",
        "text=out/report.txt",
    )
    no_traceback(proc)
    assert proc.returncode == 1, proc.stderr
    out = tmp_path / "out"
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    got = {(r["url"], r["line"]): r for r in report["results"]}
    for url, title, line in cited:
        r = got[(url, line)]
        assert r["cited"]["title"] == title, "a cited title comes back as the manifest gave it"
        assert r["verdict"] == "fail"
        assert any(f["kind"] == "title_mismatch" for f in r["findings"])

    # JSON Lines: each line alone, the same results.
    lines = (out / "report.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(x) for x in lines]
    assert records[-1]["record"] == "summary"
    assert sorted(r["line"] for r in records[:-1]) == sorted(line for _, _, line in cited)
    assert {r["cited"]["title"] for r in records[:-1]} == set(ODD_TITLES)

    # JUnit: well-formed, one uniquely named failing case per citation, the cited title readable in it.
    cases = junit_cases(out / "report.xml")
    assert len(cases) == len(cited)
    assert len({(c.get("classname"), c.get("name")) for c in cases}) == len(cases)
    for c in cases:
        assert c.find("failure") is not None
    xml_text = ET.tostring(ET.parse(out / "report.xml").getroot(), encoding="unicode")
    assert "\u0627\u0631\u062a\u0641\u0627\u0639" in xml_text, "right-to-left text survives"

    # SARIF: one result per failing citation, each on its manifest line.
    results = sarif_results(out / "report.sarif")
    places = sorted(sarif_place(r) for r in results if r["level"] == "error")
    assert places == sorted(("sources.txt", line) for _, _, line in cited)

    # GitHub annotations: one command a line per citation, on its line; nothing injected.
    raw = (out / "annotations.txt").read_text(encoding="utf-8")
    anns = annotations(raw)
    assert len([a for a in anns if a[0] == "error"]) == len(cited), raw
    assert sorted(int(a[1]["line"]) for a in anns) == sorted(line for _, _, line in cited)
    assert all(a[1]["file"] == "sources.txt" for a in anns), anns
    assert "pwned.txt" not in {a[1].get("file") for a in anns}
    injected = [a for a in anns if "injected" in a[2]]
    assert all("%0A::error file=pwned.txt::injected 100%" in a[2] for a in injected), injected
    for line in raw.splitlines():
        assert line.startswith("::") or not line.strip(), f"a line that is no command: {line!r}"
    assert "\x1b" not in raw, "no terminal escape from a page's title reaches the log"

    # Markdown: every row as many cells as its header, every failing citation's place in the report.
    md = (out / "report.md").read_text(encoding="utf-8")
    assert_tables_sound(md)
    for _, _, line in cited:
        assert f"sources.txt:{line}" in md
    outside_code = re.sub(r"`[^`\n]*`", "", md)
    assert "<script>" not in outside_code, "markup from a cited title is shown as text, not injected"

    # Text: every place, no raw control character but the line breaks.
    txt = (out / "report.txt").read_text(encoding="utf-8")
    for _, _, line in cited:
        assert f"sources.txt:{line}" in txt
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", txt), "no raw control character (the page's ESC)"


def test_very_long_url_in_every_format(site: Site, tmp_path: Path) -> None:
    path = "/archive/" + "/".join(f"segment-{i:04d}-of-a-generated-address" for i in range(250))
    assert len(path) > 8000
    url = site.base + path  # a 404
    (tmp_path / "sources.txt").write_text(f"{url} | title: Lost in the archive\n", encoding="utf-8")
    proc = run(
        tmp_path,
        "sources.txt",
        "--format",
        "github",
        "--output",
        "json=r.json",
        "--output",
        "junit=r.xml",
        "--output",
        "sarif=r.sarif",
        "--output",
        "markdown=r.md",
    )
    no_traceback(proc)
    assert proc.returncode == 1
    (res,) = json.loads((tmp_path / "r.json").read_text())["results"]
    assert res["url"] == url
    assert res["status"] == "dead"
    (case,) = junit_cases(tmp_path / "r.xml")
    assert url in (case.get("name") or ""), "the JUnit name is `line N: URL` with the whole URL"
    (sres,) = sarif_results(tmp_path / "r.sarif")
    assert sarif_place(sres) == ("sources.txt", 1)
    anns = annotations(proc.stdout)
    assert len(anns) == 1
    assert anns[0][0] == "error"
    assert anns[0][1]["line"] == "1"
    assert_tables_sound((tmp_path / "r.md").read_text(encoding="utf-8"))


@pytest.fixture
def mixed(site: Site, tmp_path: Path) -> Path:
    """A dead link, a 403, a permanent redirect to the same story, a misquoted page, and a passing one."""
    good = page("Ferry fares to rise by a fifth")
    site.add("/news/ok", good)
    site.add("/news/new-home", good)
    site.add("/news/old-home", b"", status=301, Location=site.base + "/news/new-home")
    site.add("/news/walled", b"<html><body><h1>Forbidden</h1></body></html>", status=403)
    (tmp_path / "sources.txt").write_text(
        "@article | date: 2020-01-10\n"
        f"{site.base}/news/ok | title: Ferry fares to rise by a fifth\n"
        f"{site.base}/news/gone | title: Ferry fares to rise by a fifth\n"
        f"{site.base}/news/walled | title: Ferry fares to rise by a fifth\n"
        f"{site.base}/news/old-home | title: Ferry fares to rise by a fifth\n"
        f'{site.base}/news/ok#q | title: Ferry fares to rise by a fifth | quote: "fares will fall sharply, '
        'the minister promised on the radio"\n',
        encoding="utf-8",
    )
    return tmp_path


@pytest.mark.parametrize(
    ("fail_on", "code", "failing_lines"),
    [
        (None, 1, {3}),
        ("-dead", 0, set()),
        ("none", 0, set()),
        ("+blocked", 1, {3, 4}),
        ("moved", 1, {5}),
        ("+quote_missing,-dead", 1, {6}),
        ("dead,blocked,moved", 1, {3, 4, 5}),
    ],
)
def test_fail_on_against_exit_code_and_reports(
    mixed: Path, fail_on: str | None, code: int, failing_lines: set[int]
) -> None:
    args = ["sources.txt", "--format", "json", "--output", "junit=r.xml", "--output", "sarif=r.sarif"]
    args += ["--output", "github=g.txt"]
    if fail_on is not None:
        args += ["--fail-on", fail_on]
    proc = run(mixed, *args)
    no_traceback(proc)
    assert proc.returncode == code, (fail_on, proc.stderr)
    report = json.loads(proc.stdout)
    by_line = {r["line"]: r for r in report["results"]}
    assert by_line[3]["status"] == "dead"
    assert by_line[4]["status"] == "blocked"
    assert {n for n, r in by_line.items() if r["verdict"] == "fail"} == failing_lines
    assert report["summary"]["fail"] == len(failing_lines)
    # every consumer agrees with the verdicts: JUnit failures, SARIF errors, ::error annotations.
    failed_cases = {
        int(re.match(r"line (\d+):", c.get("name") or "").group(1))  # type: ignore[union-attr]
        for c in junit_cases(mixed / "r.xml")
        if c.find("failure") is not None
    }
    assert failed_cases == failing_lines
    sarif_errors = {sarif_place(r)[1] for r in sarif_results(mixed / "r.sarif") if r["level"] == "error"}
    assert sarif_errors == failing_lines
    errors = {int(a[1]["line"]) for a in annotations((mixed / "g.txt").read_text()) if a[0] == "error"}
    assert errors == failing_lines


def test_fail_on_unknown_item_is_a_usage_error_before_any_request(mixed: Path, site: Site) -> None:
    proc = run(mixed, "sources.txt", "--fail-on", "+dead_links")
    no_traceback(proc)
    assert proc.returncode == 2
    assert "dead_links" in proc.stderr
    assert site.hits == []


@pytest.mark.parametrize("how", ["empty", "all-excluded"])
def test_nothing_to_check_gives_valid_empty_reports(site: Site, tmp_path: Path, how: str) -> None:
    if how == "empty":
        (tmp_path / "sources.txt").write_text("# nothing cited yet\n\n", encoding="utf-8")
        extra: list[str] = []
        n = 0
    else:
        n = 3
        (tmp_path / "sources.txt").write_text(
            "".join(f"{site.base}/wire/{i} | title: A wire story\n" for i in range(n)), encoding="utf-8"
        )
        extra = ["--exclude", "/wire/"]
    proc = run(
        tmp_path,
        "sources.txt",
        *extra,
        "--format",
        "json",
        "--output",
        "junit=r.xml",
        "--output",
        "sarif=r.sarif",
        "--output",
        "markdown=r.md",
        "--output",
        "github=g.txt",
        "--output",
        "jsonl=r.jsonl",
        github=True,
    )
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert site.hits == []
    report = json.loads(proc.stdout)
    assert report["summary"]["total"] == n
    assert report["summary"]["fail"] == 0
    assert report["summary"]["pass"] == n
    assert report["summary"]["skipped"] == n
    root = ET.parse(tmp_path / "r.xml").getroot()
    cases = list(root.iter("testcase"))
    assert len(cases) == n
    assert all(c.find("skipped") is not None for c in cases), "an excluded link is a skipped test"
    suites = list(root.iter("testsuite"))
    assert sum(int(s.get("tests", "0")) for s in suites) == n
    if root.tag == "testsuites" and root.get("tests") is not None:
        assert int(root.get("tests", "0")) == n
    assert sum(int(s.get("failures", "0")) + int(s.get("errors", "0")) for s in suites) == 0
    assert sarif_results(tmp_path / "r.sarif") == []
    assert annotations((tmp_path / "g.txt").read_text()) == []
    assert annotations(proc.stderr) == []
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert md.strip(), "an empty run's summary still says something"
    assert_tables_sound(md)
    recs = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert recs[-1]["record"] == "summary"
    assert recs[-1]["summary"]["total"] == n
    assert len(recs) == n + 1


def test_two_reports_into_one_file_is_refused_before_any_request(mixed: Path, site: Site) -> None:
    proc = run(mixed, "sources.txt", "--output", "json=reports/r.out", "--output", "junit=reports/r.out")
    no_traceback(proc)
    assert proc.returncode == 2
    assert "r.out" in proc.stderr
    assert site.hits == []
    assert not (mixed / "reports" / "r.out").exists()


def full_device() -> None:
    if not Path("/dev/full").is_char_device():
        pytest.skip("/dev/full is not the kernel's full device here")


def test_a_report_that_cannot_be_written_keeps_the_others(mixed: Path) -> None:
    # Named through a link of the test's own: a run that replaced the path it was given (instead of writing
    # into the device) then replaces the link, never /dev/full itself (the first run did that, as root).
    full_device()
    (mixed / "full.json").symlink_to("/dev/full")
    proc = run(mixed, "sources.txt", "--format", "json", "-o", "full.json", "--output", "markdown=r.md")
    no_traceback(proc)
    assert (mixed / "full.json").is_symlink()
    assert proc.returncode == 2, "a report that cannot be written is exit 2 (docs/ci.md, exit codes)"
    assert "full.json" in proc.stderr
    md = (mixed / "r.md").read_text(encoding="utf-8")
    assert "sources.txt:3" in md, "the findings survive in the report that could be written"


def test_standard_output_that_cannot_be_written(mixed: Path) -> None:
    full_device()
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "linkcheck", "sources.txt", "--format", "json", *BASE_FLAGS],
            cwd=mixed,
            env=env(),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=WAIT,
            check=False,
        )
    no_traceback(proc)
    assert proc.returncode not in (0, 1), "a report lost is not a green (or an ordinary red) run"
    assert proc.stderr.strip(), "and it says so"


def test_max_time_stops_midway_with_valid_reports(site: Site, tmp_path: Path) -> None:
    # The four slow pages are held by the server until the test releases them (after the run), so the time
    # limit is what ends them whatever the load. The limit was 2 s: on a loaded machine (load 20+) the run
    # had not yet read the two fast pages by then and they came out "skipped" too (flaky1); 15 s leaves
    # them room, and nothing but the limit can end the run before the held pages answer.
    lines = []
    for i in range(6):
        slow = i >= 2
        url = site.add(f"/slow/{i}", page(f"Story number {i}"), delay=120.0 if slow else 0.0)
        lines.append(f"{url} | title: Story number {i}")
    (tmp_path / "sources.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run(
        tmp_path,
        "sources.txt",
        "--max-time",
        "15",
        "--timeout",
        "150",
        "--deadline",
        "160",
        "--format",
        "json",
        "--output",
        "junit=r.xml",
        "--output",
        "sarif=r.sarif",
        "--output",
        "markdown=r.md",
        timeout=2 * WAIT,
    )
    site.release.set()
    no_traceback(proc)
    report = json.loads(proc.stdout)
    assert report["summary"]["total"] == 6
    statuses = {r["line"]: r["status"] for r in report["results"]}
    assert statuses[1] == statuses[2] == "ok"
    assert all(statuses[n] == "skipped" for n in range(3, 7)), statuses
    cases = junit_cases(tmp_path / "r.xml")
    assert len(cases) == 6
    assert sum(c.find("skipped") is not None for c in cases) == 4
    assert {sarif_place(r)[1] for r in sarif_results(tmp_path / "r.sarif")} == {3, 4, 5, 6}
    assert_tables_sound((tmp_path / "r.md").read_text(encoding="utf-8"))
    assert proc.returncode == 0, "skipped links warn"


def test_killed_run_leaves_each_report_old_or_whole(site: Site, tmp_path: Path) -> None:
    lines = []
    for i in range(4):
        url = site.add(f"/k/{i}", page(f"Killed story {i}"), delay=15.0 if i == 3 else 0.0)
        lines.append(f"{url} | title: Killed story {i}")
    (tmp_path / "sources.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    old = {
        "r.json": '{"old": true}\n',
        "r.xml": "<testsuites old='1'/>\n",
        "r.sarif": '{"old": true}\n',
        "r.md": "old summary\n",
    }
    for name, body in old.items():
        (reports / name).write_text(body)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "linkcheck",
            "sources.txt",
            "--format",
            "json",
            "-o",
            "reports/r.json",
            "--output",
            "junit=reports/r.xml",
            "--output",
            "sarif=reports/r.sarif",
            "--output",
            "markdown=reports/r.md",
            *BASE_FLAGS,
            "--timeout",
            "30",
            "--deadline",
            "40",
        ],
        cwd=tmp_path,
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + WAIT
        while "/k/3" not in site.hits and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert "/k/3" in site.hits
        time.sleep(0.3)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=WAIT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=WAIT)
        assert proc.stderr is not None
        proc.stderr.close()
        site.release.set()
    assert sorted(p.name for p in reports.iterdir()) == sorted(old), "no temporary file left behind"
    for name, body in old.items():
        assert (reports / name).read_text() == body


def test_malformed_line_under_keep_going_in_sarif_junit_and_annotations(site: Site, tmp_path: Path) -> None:
    url = site.add("/news/fine", page("Ferry fares to rise by a fifth"))
    (tmp_path / "sources.txt").write_text(
        f"{url} | title: Ferry fares to rise by a fifth\n\n"
        f"{url}#x | titel: Ferry fares to rise by a fifth\n"
        f'{url}#y | title: "unterminated\n',
        encoding="utf-8",
    )
    proc = run(
        tmp_path,
        "sources.txt",
        "--keep-going",
        "--format",
        "sarif",
        "--output",
        "junit=r.xml",
        "--output",
        "json=r.json",
        github=True,
    )
    no_traceback(proc)
    assert proc.returncode == 1
    report = json.loads((tmp_path / "r.json").read_text())
    bad = {r["line"] for r in report["results"] if r["cause"] == "invalid_citation"}
    assert bad == {3, 4}
    sarif = sarif_results_from_text(proc.stdout)
    assert sorted(sarif_place(r) for r in sarif if r["level"] == "error") == [
        ("sources.txt", 3),
        ("sources.txt", 4),
    ]
    failed = [c for c in junit_cases(tmp_path / "r.xml") if c.find("failure") is not None]
    assert sorted(c.get("name", "").split(":")[0] for c in failed) == ["line 3", "line 4"]
    anns = annotations(proc.stderr)
    assert sorted((a[0], a[1]["file"], a[1]["line"]) for a in anns) == [
        ("error", "sources.txt", "3"),
        ("error", "sources.txt", "4"),
    ]
    assert any("titel" in a[2] for a in anns), "the annotation says what is wrong with the line"


def sarif_results_from_text(text: str) -> list[dict[str, object]]:
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".sarif", delete=False, encoding="utf-8") as f:
        f.write(text)
    try:
        return sarif_results(Path(f.name))
    finally:
        os.unlink(f.name)


def test_junit_names_unique_within_a_line_and_stable_across_nights(site: Site, tmp_path: Path) -> None:
    a = site.add("/news/a", b"gone", status=410)
    b = site.add("/news/b", b"gone", status=410)
    c = site.add("/news/c", page("Ferry fares to rise by a fifth"))
    (tmp_path / "story.md").write_text(
        "# Fares\n\n"
        f"The operator [said so]({a}) and then [said it again]({a}) on the same day.\n\n"
        f"An [older report]({b}) disagreed, and [the timetable]({c}) shows why.\n",
        encoding="utf-8",
    )
    names = []
    for night, slow in enumerate(("/news/a", "/news/c")):
        site.routes[slow] = dataclasses.replace(site.routes[slow], hold=1.0)
        other = "/news/c" if slow == "/news/a" else "/news/a"
        site.routes[other] = dataclasses.replace(site.routes[other], hold=0.0)
        proc = run(tmp_path, "story.md", "--article-date", "2020-01-10", "--output", f"junit=n{night}.xml")
        no_traceback(proc)
        assert proc.returncode == 1
        ids = junit_ids(tmp_path / f"n{night}.xml")
        # docs/articles.md: "One citation per distinct URL" in an article, standing at its first appearance,
        # so line 3's two links to one URL are one citation (the first run's 4 was this test's error).
        assert len(ids) == 3
        assert len(set(ids)) == 3, f"two test cases share a name: {ids}"
        names.append(ids)
    assert names[0] == names[1], "the same manifest gives the same test names, in the same order"


def test_markdown_cells_ending_in_a_backslash_keep_their_columns(site: Site, tmp_path: Path) -> None:
    lines = []
    titles = ["C:\\fares\\", "a \\| b", "ends in two \\\\", "| leading pipe", "x\\"]
    for i, title in enumerate(titles):
        url = site.add(f"/p/{i}", page("Harbour authority publishes timetable"))
        lines.append(f"{url} | title: {quoted(title)}")
    (tmp_path / "sources.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run(tmp_path, "sources.txt", "--format", "markdown")
    no_traceback(proc)
    assert proc.returncode == 1
    assert_tables_sound(proc.stdout)
    for n in range(1, len(titles) + 1):
        assert f"sources.txt:{n}" in proc.stdout


def test_markdown_report_fits_the_step_summary_on_a_large_run(site: Site, tmp_path: Path) -> None:
    """The one larger case: GitHub refuses a step summary over 1 MiB; docs/ci.md pipes the report there."""
    n = 3000
    tail = "-".join(["a-long-slug-of-a-story-about-harbour-fares"] * 6)
    (tmp_path / "sources.txt").write_text(
        "".join(
            f"{site.base}/gone/{i}/{tail} | title: Harbour story {i} about fares and ferries\n"
            for i in range(n)
        ),
        encoding="utf-8",
    )
    proc = run(
        tmp_path,
        "sources.txt",
        "--format",
        "markdown",
        "-o",
        "r.md",
        "--output",
        "json=r.json",
        "--workers",
        "32",
        "--per-host",
        "32",
        timeout=120,
    )
    no_traceback(proc)
    assert proc.returncode == 1
    assert json.loads((tmp_path / "r.json").read_text())["summary"]["dead"] == n
    md = (tmp_path / "r.md").read_bytes()
    assert len(md) <= 1024 * 1024, f"{len(md)} bytes: GitHub's step summary takes at most 1 MiB"
    text = md.decode("utf-8")
    assert_tables_sound(text)
    assert re.search(r"\b3,?000\b", text), "the summary still counts every citation"
