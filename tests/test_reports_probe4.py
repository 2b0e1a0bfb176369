"""Held-out probe (reports4, forty-fourth session): what CI reads from linkcheck, a fourth time.

Written from README.md, docs/ci.md, docs/json-schema.md, docs/sources-format.md, ``linkcheck --help``,
``linkcheck extract --help`` and the earlier probes' docstrings (their first 20 lines), before any code under
``src/`` was read, and committed before any change under ``src/``. Every case runs the real command (``python
-m linkcheck`` in a subprocess, as a CI job runs it) against pages ``tests/site_server.py`` serves on
127.0.0.1, and reads each report as the tool that consumes it does. Covered (none of the earlier probes'
cases): every report of one run agreeing citation by citation (the same places, verdicts and severities in
JSON, JSON Lines, SARIF, JUnit, Markdown, the annotations, the text report and the summary on standard error)
and the exit code the same whatever the format; a whole site's articles (Markdown in folders, a Cyrillic file
name with a space, HTML) named by the same file and line in every format; a report diffed between two nights
(the same results in the same order, no time inside what should compare equal, SARIF fingerprints kept when a
line is inserted above and apart for two places citing one URL, a change between two nights showing as that
change only); titles holding C0 and C1 controls, line and paragraph separators, non-characters, bidi isolates,
right-to-left text and combining marks (one JSON Lines record a line whichever line splitter reads it, XML 1.0
well-formed, the manifest's line numbers counted by its newlines only); a 4,000-character headline cut, where
a report cuts it, on a character's boundary (never between a letter and its combining mark or inside an
emoji's sequence); a 2,000-character address holding Cyrillic kept whole; reports read by another process
while the run writes them (a file is the old or the new one, standard output's JSON Lines line-complete while
the run waits). Expectations are what the docs promise or, where they are silent, what a demanding user of a
mature tool expects.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from tests.site_server import Page, Request, SiteServer, serve

TREE = Path(__file__).resolve().parents[1]
#: every subprocess is bounded by this (a hang fails the test instead of holding the CI)
RUN_TIMEOUT = 90.0

FORMATS = ("json", "jsonl", "junit", "sarif", "markdown", "github", "text")
SUFFIX = {
    "json": "json",
    "jsonl": "jsonl",
    "junit": "xml",
    "sarif": "sarif",
    "markdown": "md",
    "github": "gh",
    "text": "txt",
}


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env.update(PYTHONPATH=str(TREE / "src"), NO_COLOR="1", PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


def _run(args: list[str], cwd: Path, **extra: str) -> subprocess.CompletedProcess[bytes]:
    cmd = [sys.executable, "-m", "linkcheck", *args, "--no-config", "--allow-private", "--retries", "0"]
    return subprocess.run(cmd, cwd=cwd, env=_env(**extra), capture_output=True, timeout=RUN_TIMEOUT)


def _all_outputs(out: Path, skip: str = "") -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    args: list[str] = []
    for fmt in FORMATS:
        if fmt != skip:
            args += ["--output", f"{fmt}={out / ('r.' + SUFFIX[fmt])}"]
    return args


def _read(out: Path, fmt: str) -> str:
    return (out / f"r.{SUFFIX[fmt]}").read_bytes().decode("utf-8")


OUTLET = "Harbour News"
ARTICLE_HEAD = "<meta property='og:site_name' content='Harbour News'>"


def _article(title: str, date: str = "2026-03-02") -> Page:
    body = (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title} | Harbour News</title>"
        f"{ARTICLE_HEAD}<meta property='og:title' content='{title}'>"
        f"<meta property='article:published_time' content='{date}T09:00:00Z'></head>"
        f"<body><article><h1>{title}</h1><p>By Ann Reeve</p>"
        + "<p>The harbour board met on Monday to set the winter timetable for the ferries.</p>" * 8
        + "</article></body></html>"
    )
    return Page(body=body.encode("utf-8"))


ROUTES: dict[str, Page] = {
    "/2026/03/02/ferry-fares-rise": _article("Ferry fares rise for the winter"),
    "/2026/03/02/harbour-wall": _article("Harbour wall repairs begin"),
    "/2026/03/01/gone-story": Page(410, b"<html><title>410 Gone</title></html>"),
    "/2026/03/01/missing-story": Page(404, b"<html><title>404 Not Found</title></html>"),
    "/members/ferry-report": Page(403, b"<html><title>Forbidden</title></html>"),
    "/2026/03/01/broken-story": Page(500, b"<html><title>500 Internal Server Error</title></html>"),
    "/old/ferry-fares": Page(301, b"", {"Location": "/2026/03/02/ferry-fares-rise"}),
}


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    with serve(dict(ROUTES)) as server:
        yield server


def _lines_of(text: str, needle: str) -> list[int]:
    return [n for n, line in enumerate(text.split("\n"), 1) if needle in line]


def _mixed_manifest(site: SiteServer) -> str:
    u, OUT = site.url, OUTLET
    return "\n".join(
        [
            "# one of each verdict, for the reports to agree on",
            "@article | date: 2026-03-05 | title: Winter on the water",
            f"{u('/2026/03/02/ferry-fares-rise')} | title: Ferry fares rise for the winter | outlet: {OUT}",
            f"{u('/2026/03/02/harbour-wall')} | title: Harbour wall collapses into the sea | outlet: {OUT}",
            f"{u('/2026/03/01/gone-story')} | title: A story that is gone",
            "",
            f"{u('/members/ferry-report')} | title: Members' ferry report",
            f"{u('/2026/03/01/broken-story')} | title: A story on a broken server",
            f"{u('/old/ferry-fares')} | title: Ferry fares rise for the winter",
            "mailto:desk@harbour.example | note: the news desk",
            f"{u('/2026/03/01/missing-story')} | title: A story that never was",
            "",
        ]
    )


def _verdicts(report: dict[str, Any]) -> dict[tuple[str, int], str]:
    return {(r["source"], r["line"]): r["verdict"] for r in report["results"]}


def _junit_cases(xml_text: str) -> list[ET.Element]:
    root = ET.fromstring(xml_text.encode("utf-8"))
    return list(root.iter("testcase"))


def _case_place(case: ET.Element) -> tuple[str, int]:
    m = re.match(r"line (\d+):", case.get("name", ""))
    assert m, f"a JUnit case not named 'line N: URL': {case.get('name')!r}"
    return case.get("classname", ""), int(m.group(1))


def _sarif_results(sarif_text: str) -> list[dict[str, Any]]:
    doc = json.loads(sarif_text)
    return [r for run in doc["runs"] for r in run["results"]]


def _sarif_place(result: dict[str, Any]) -> tuple[str, int]:
    loc = result["locations"][0]["physicalLocation"]
    return unquote(loc["artifactLocation"]["uri"]), int(loc["region"]["startLine"])


_GH = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<msg>.*)$")


def _gh_unescape_prop(value: str) -> str:
    for a, b in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(a, b)
    return value


def _annotations(text: str) -> list[tuple[str, str, int, str]]:
    found = []
    for line in text.split("\n"):
        m = _GH.match(line)
        if not m:
            continue
        props = dict(p.split("=", 1) for p in m.group("props").split(",") if "=" in p)
        if "file" in props:
            found.append((m.group(1), _gh_unescape_prop(props["file"]), int(props["line"]), m.group("msg")))
    return found


# -- 1. every report of one run agrees, citation by citation ------------------------------------------------


def test_every_report_of_one_run_agrees_citation_by_citation(site: SiteServer, tmp_path: Path) -> None:
    (tmp_path / "sources.txt").write_text(_mixed_manifest(site), encoding="utf-8")
    out = tmp_path / "out"
    proc = _run(["sources.txt", "--format", "json", *_all_outputs(out, skip="json")], tmp_path)
    assert proc.returncode == 1, proc.stderr.decode()
    report = json.loads(proc.stdout)
    verdicts = _verdicts(report)
    s = report["summary"]
    assert len(verdicts) == s["total"] == 8
    failing = {k for k, v in verdicts.items() if v == "fail"}
    warning = {k for k, v in verdicts.items() if v == "warn"}
    assert s["fail"] == len(failing)
    assert s["warn"] == len(warning)
    assert failing
    assert warning

    # JSON Lines of the same run: the same records, the same summary
    lines = _read(out, "jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    assert records[-1]["record"] == "summary"
    assert records[-1]["summary"] == s
    by_place = {(r["source"], r["line"]): r for r in records[:-1]}
    for result in report["results"]:
        streamed = dict(by_place[(result["source"], result["line"])])
        assert streamed.pop("record") == "result"
        assert streamed == result

    # JUnit: a failure exactly for what fails, skipped for what was skipped, counts equal to the summary
    cases = _junit_cases(_read(out, "junit"))
    assert {_case_place(c) for c in cases} == set(verdicts)
    assert {_case_place(c) for c in cases if c.find("failure") is not None} == failing
    skipped = {(r["source"], r["line"]) for r in report["results"] if r["status"] == "skipped"}
    assert {_case_place(c) for c in cases if c.find("skipped") is not None} == skipped
    root = ET.fromstring(_read(out, "junit").encode())
    assert int(root.get("failures", "-1")) == s["fail"]
    assert int(root.get("tests", "-1")) == s["total"]

    # SARIF: an error where the citation fails, a warning where it warns, nothing for a pass
    sarif = _sarif_results(_read(out, "sarif"))
    assert {_sarif_place(r) for r in sarif if r["level"] == "error"} == failing
    assert {_sarif_place(r) for r in sarif if r["level"] != "error"} == warning

    # annotations: ::error for what fails, ::warning for what warns, on the same lines
    notes = _annotations(_read(out, "github"))
    assert {(f, ln) for kind, f, ln, _ in notes if kind == "error"} == failing
    assert {(f, ln) for kind, f, ln, _ in notes if kind == "warning"} == warning

    # the text report: FAIL / WARN on the same places, and its summary line
    text = _read(out, "text")
    for (source, line), verdict in verdicts.items():
        if verdict != "pass":
            assert re.search(rf"^\s*{verdict.upper()}\s+{re.escape(source)}:{line}\s", text, re.M), (
                source,
                line,
            )
    counts = f"{s['total']} citations: {s['pass']} pass, {s['warn']} warn, {s['fail']} fail"
    assert counts in text, text[-300:]

    # Markdown: every citation that does not pass at its place, and the same counts
    md = _read(out, "markdown")
    for source, line in failing | warning:
        assert f"`{source}:{line}`" in md
    assert re.search(rf"\*\*{s['pass']}\*\* pass, \*\*{s['warn']}\*\* warn, \*\*{s['fail']}\*\* fail", md)

    # the one-line summary on standard error (the report is on standard output) says the same
    err = proc.stderr.decode("utf-8")
    for count in (f"{s['pass']} pass", f"{s['warn']} warn", f"{s['fail']} fail"):
        assert count in err, err


def test_exit_code_and_counts_are_the_same_whatever_the_format(site: SiteServer, tmp_path: Path) -> None:
    (tmp_path / "sources.txt").write_text(_mixed_manifest(site), encoding="utf-8")
    codes = {}
    for fmt in FORMATS:
        proc = _run(["sources.txt", "--format", fmt], tmp_path)
        codes[fmt] = proc.returncode
        if fmt == "json":
            summary = json.loads(proc.stdout)["summary"]
        if fmt == "jsonl":
            summary_l = json.loads(proc.stdout.decode().splitlines()[-1])["summary"]
    assert set(codes.values()) == {1}, codes
    assert summary == summary_l
    # none failing: every format exits 0
    codes_none = {
        fmt: _run(["sources.txt", "--format", fmt, "--fail-on", "none"], tmp_path).returncode
        for fmt in FORMATS
    }
    assert set(codes_none.values()) == {0}, codes_none


# -- 2. a whole site's articles: the same file and line in every format --------------------------------------


def _site_tree(root: Path, site: SiteServer) -> dict[str, str]:
    u = site.url
    files = {
        "site/news/2026/ferry-fares.md": (
            "---\ntitle: Ferry fares and the winter timetable\ndate: 2026-03-05\n---\n\n"
            "# Ferry fares and the winter timetable\n\n"
            f"The board: [Ferry fares rise for the winter]({u('/2026/03/02/ferry-fares-rise')}).\n\n"
            f"An older report [is gone]({u('/2026/03/01/gone-story')}).\n"
        ),
        "site/news/2026/тарифы паромов.md": (
            "---\ntitle: Тарифы паромов\ndate: 2026-03-05\n---\n\n"
            "Новые тарифы.\n\n\n"
            f"Отчёт совета [пропал]({u('/2026/03/01/missing-story')}).\n\n"
            f"Ремонт: [Harbour wall repairs begin]({u('/2026/03/02/harbour-wall')}).\n"
        ),
        "site/opinion/harbour.html": (
            "<!doctype html>\n<html><head><title>On the harbour</title>\n"
            "<meta property='article:published_time' content='2026-03-05'></head>\n<body>\n<article>\n"
            "<h1>On the harbour</h1>\n<p>Some said so.</p>\n"
            f"<p>The members' <a href='{u('/members/ferry-report')}'>report</a> was private.</p>\n"
            f"<p>The <a href='{u('/2026/03/01/gone-story')}'>first story</a> is gone.</p>\n"
            "</article>\n</body></html>\n"
        ),
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return files


def test_a_whole_sites_articles_are_named_by_the_same_file_and_line_in_every_format(
    site: SiteServer, tmp_path: Path
) -> None:
    files = _site_tree(tmp_path, site)
    out = tmp_path / "out"
    proc = _run(["site/**/*", *_all_outputs(out)], tmp_path)
    assert proc.returncode == 1, proc.stderr.decode()
    report = json.loads(_read(out, "json"))
    places = {(r["source"], r["line"]): r for r in report["results"]}
    # the places are the files' own lines, as an editor shows them
    expected = set()
    for name, text in files.items():
        for path in ("/2026/03/01/gone-story", "/2026/03/01/missing-story", "/members/ferry-report"):
            expected |= {(name, n) for n in _lines_of(text, site.url(path))}
    not_passing = {k for k, r in places.items() if r["verdict"] != "pass"}
    assert not_passing == expected, (not_passing, expected)

    cases = _junit_cases(_read(out, "junit"))
    assert {_case_place(c) for c in cases} == set(places)
    suites = ET.fromstring(_read(out, "junit").encode()).findall("testsuite")
    assert sorted(s.get("name") for s in suites) == sorted(files)

    sarif = _sarif_results(_read(out, "sarif"))
    assert {_sarif_place(r) for r in sarif} == expected
    for r in sarif:  # a URI reference: no raw space or non-ASCII character in it
        uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert re.fullmatch(r"[A-Za-z0-9\-._~/%!$&'()*+,;=:@]+", uri), uri

    assert {(f, ln) for _, f, ln, _ in _annotations(_read(out, "github"))} == expected
    md = _read(out, "markdown")
    text = _read(out, "text")
    for source, line in expected:
        assert f"{source}:{line}" in md, (source, line)
        assert f"{source}:{line}" in text, (source, line)


# -- 3. two nights diffed ------------------------------------------------------------------------------------

_SECONDS = re.compile(r"\b(in|took) \d+(\.\d+)? ?(s|ms|min)\b")


def _stable_json(doc: dict[str, Any]) -> dict[str, Any]:
    doc = dict(doc)
    doc.pop("elapsed", None)
    doc["results"] = [{k: v for k, v in r.items() if k != "elapsed"} for r in doc["results"]]
    return doc


def _stable_xml(text: str) -> str:
    return re.sub(r' (time|timestamp|hostname)="[^"]*"', "", text)


def _stable_sarif(text: str) -> Any:
    doc = json.loads(text)
    for run in doc["runs"]:
        for inv in run.get("invocations", []):
            for key in ("startTimeUtc", "endTimeUtc"):
                inv.pop(key, None)
    return doc


def _night(site: SiteServer, root: Path, name: str, manifest: str) -> Path:
    night = root / name
    night.mkdir()
    (night / "sources.txt").write_text(manifest, encoding="utf-8")
    proc = _run(["sources.txt", *_all_outputs(night / "out"), "--per-host", "8"], night)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return night / "out"


def _diff_manifest(site: SiteServer, top: str = "") -> str:
    u = site.url
    return top + "\n".join(
        [
            f"{u('/n/slow-first')} | title: Night story one",
            f"{u('/n/slow-second')} | title: Night story two",
            f"{u('/2026/03/01/gone-story')} | title: A story that is gone",
            f"{u('/2026/03/02/harbour-wall')} | title: Harbour wall collapses into the sea",
            f"{u('/n/changes')} | title: Night story three",
            f"{u('/members/ferry-report')}",
            f"{u('/2026/03/01/gone-story')} | title: The same story cited again",
            "",
        ]
    )


def test_two_nights_compare_equal_but_for_what_changed(tmp_path: Path) -> None:
    holds = {"first": 0.0, "second": 0.0}
    state = {"changes": 200}

    def answer(request: Request) -> Page:
        if request.route.startswith("/n/slow-"):
            which = request.route.rsplit("-", 1)[1]
            page = _article(f"Night story {'one' if which == 'first' else 'two'}")
            return Page(body=page.body, hold=holds[which])
        if request.route == "/n/changes":
            return (
                _article("Night story three")
                if state["changes"] == 200
                else Page(404, b"<title>Not Found</title>")
            )
        return Page(404, b"<title>Not Found</title>")

    with serve(dict(ROUTES), answer=answer) as srv:
        manifest = _diff_manifest(srv)
        holds.update(first=0.6, second=0.0)
        one = _night(srv, tmp_path, "one", manifest)
        holds.update(first=0.0, second=0.6)  # another completion order tonight
        two = _night(srv, tmp_path, "two", manifest)
        state["changes"] = 404
        three = _night(srv, tmp_path, "three", manifest)
        # a comment added at the top: every line moves down one
        four = _night(srv, tmp_path, "four", _diff_manifest(srv, top="# checked nightly\n"))

    # the same pages twice: every report the same but for the time taken
    assert _stable_json(json.loads(_read(one, "json"))) == _stable_json(json.loads(_read(two, "json")))
    assert _stable_xml(_read(one, "junit")) == _stable_xml(_read(two, "junit"))
    assert _stable_sarif(_read(one, "sarif")) == _stable_sarif(_read(two, "sarif"))
    assert _read(one, "github") == _read(two, "github")
    assert _SECONDS.sub("", _read(one, "markdown")) == _SECONDS.sub("", _read(two, "markdown"))
    assert _SECONDS.sub("", _read(one, "text")) == _SECONDS.sub("", _read(two, "text"))

    def jsonl_results(out: Path) -> list[dict[str, Any]]:
        recs = [json.loads(x) for x in _read(out, "jsonl").splitlines()]
        rows = [{k: v for k, v in r.items() if k != "elapsed"} for r in recs if r["record"] == "result"]
        return sorted(rows, key=lambda r: (r["source"], r["line"]))

    assert jsonl_results(one) == jsonl_results(two)

    # one page died between two nights: the JSON differs in that citation only
    before = _stable_json(json.loads(_read(two, "json")))["results"]
    after = _stable_json(json.loads(_read(three, "json")))["results"]
    changed = [b["line"] for b, a in zip(before, after, strict=True) if a != b]
    assert changed == [5]

    # SARIF: an alert keeps its fingerprint from night to night, the new one has a new one
    def prints(out: Path) -> dict[tuple[str, int], str]:
        got = {}
        for r in _sarif_results(_read(out, "sarif")):
            fp = r.get("partialFingerprints") or {}
            assert fp, f"a SARIF result without partialFingerprints: {r['ruleId']} at {_sarif_place(r)}"
            got[_sarif_place(r)] = json.dumps(fp, sort_keys=True)
        return got

    p2, p3, p4 = prints(two), prints(three), prints(four)
    assert {k: v for k, v in p3.items() if k[1] != 5} == p2
    assert p3[("sources.txt", 5)] not in p2.values()
    # the same alerts one line lower keep their fingerprints (code scanning matches alerts by them)
    assert sorted(p4.values()) == sorted(p3.values())
    # two places citing one dead URL are two alerts, not one
    assert p3[("sources.txt", 3)] != p3[("sources.txt", 7)]


# -- 4. controls, separators, bidi, combining marks ------------------------------------------------------

ODD_TITLE = (
    "Ferry\u2028fares\u0085rise\u000cfor\u001ethe\u2029winter "
    "\u2067\u05de\u05e2\u05d1\u05d5\u05e8\u05ea Cafe\u0301 \ufffe\uffff\x7f\x9b31m"
)
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def test_odd_characters_in_titles_keep_one_record_a_line_and_well_formed_reports(tmp_path: Path) -> None:
    page_title = ODD_TITLE.replace("\ufffe", "").replace("\uffff", "")
    body = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{page_title}</title></head><body><article><h1>{ODD_TITLE}</h1>"
        + "<p>The harbour board met on Monday to set the winter timetable.</p>" * 6
        + "</article></body></html>"
    ).encode("utf-8")
    with serve({"/odd": Page(body=body)}) as srv:
        # the manifest's cited title holds the same characters (but the line end)
        cited = (
            "Ferry\u2028fares\u0085rise\u000cfor\u001ethe\u2029summer "
            "\u2067\u05de\u05e2 Cafe\u0301 \ufffe\x9b"
        )
        manifest = f"{srv.url('/odd')} | title: {cited}\n{srv.url('/odd')}#again | title: Ferry fares rise\n"
        (tmp_path / "sources.txt").write_bytes(manifest.encode("utf-8"))
        out = tmp_path / "out"
        proc = _run(["sources.txt", *_all_outputs(out)], tmp_path)
    assert proc.returncode == 1, proc.stderr.decode()
    report = json.loads(_read(out, "json"))
    # the manifest's lines are its newlines' lines: U+2028, NEL and form feed are characters of a title
    assert [r["line"] for r in report["results"]] == [1, 2]
    assert report["results"][0]["cited"]["title"] is not None
    assert "summer" in report["results"][0]["cited"]["title"]
    assert "\u05de\u05e2" in report["results"][0]["cited"]["title"]

    # JSON Lines: one record a line for any line splitter (Python's splitlines, a JavaScript reader's U+2028)
    jsonl = _read(out, "jsonl")
    assert len(jsonl.splitlines()) == len(jsonl.split("\n")) - 1 == 3
    for line in jsonl.splitlines():
        json.loads(line)
    # JUnit: XML 1.0 well-formed, though the titles held U+FFFE, U+FFFF and control characters
    ET.fromstring(_read(out, "junit").encode("utf-8"))
    json.loads(_read(out, "sarif"))
    # reports people read: no raw control character, line separator or bidi control
    for fmt in ("text", "markdown", "github"):
        content = _read(out, fmt)
        assert not RAW_CONTROLS.search(content.replace("\n", "").replace("\t", "")), (
            fmt,
            RAW_CONTROLS.findall(content),
        )
        assert not BIDI.search(content), (fmt, BIDI.findall(content))
    # an annotation stays one command a line, its text split only on the runner's line ends
    gh = _read(out, "github")
    assert all(line.startswith("::") for line in gh.split("\n") if line)


def test_right_to_left_text_and_combining_marks_are_kept_in_every_report(tmp_path: Path) -> None:
    hebrew = "\u05e9\u05e2\u05e8 \u05d4\u05de\u05e2\u05d1\u05d5\u05e8\u05ea \u05e0\u05e4\u05ea\u05d7"
    title = f"{hebrew} Cafe\u0301 de\u0301ja\u0300 vu"
    head = f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
    body = f"{head}<body><h1>{title}</h1></body></html>"
    with serve({"/rtl": Page(body=body.encode("utf-8"))}) as srv:
        (tmp_path / "sources.txt").write_text(f"{srv.url('/rtl')} | title: A different headline altogether\n")
        out = tmp_path / "out"
        proc = _run(["sources.txt", *_all_outputs(out)], tmp_path)
    assert proc.returncode == 1, proc.stderr.decode()
    result = json.loads(_read(out, "json"))["results"][0]
    assert unicodedata.normalize("NFC", result["title"]) == unicodedata.normalize("NFC", title)
    for fmt in ("junit", "markdown", "github", "text", "sarif"):
        content = _read(out, fmt)
        if fmt == "sarif":
            content = json.dumps(json.loads(content), ensure_ascii=False)
        nfc = unicodedata.normalize("NFC", content)
        assert unicodedata.normalize("NFC", title) in nfc, fmt


# -- 5. a 4,000-character headline and a 2,000-character address -----------------------------------------

LONG_UNIT = "Паро\u0301м «Ладога» 👩\u200d⚕️ e\u0301 \u05de\u05e2 "


def _cut_is_clean(whole: str, content: str) -> None:
    """Where ``content`` holds a cut copy of ``whole``, the cut falls on a character's boundary."""
    start = content.find(whole[:24])
    if start < 0:
        return
    k = 0
    while start + k < len(content) and k < len(whole) and content[start + k] == whole[k]:
        k += 1
    if k == len(whole):
        return
    nxt, prev = whole[k], whole[k - 1]
    assert unicodedata.category(nxt) not in ("Mn", "Me"), (
        f"cut before a combining mark at {k}: {whole[k - 3 : k + 2]!r}"
    )
    assert prev != "\u200d", f"cut inside an emoji's sequence at {k}"
    assert nxt not in ("\u200d", "\ufe0f"), f"cut inside an emoji's sequence at {k}"


def test_a_very_long_headline_is_cut_on_a_character_boundary(tmp_path: Path) -> None:
    headline = (LONG_UNIT * 200)[:4000].strip()
    body = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{headline}</title></head><body><h1>{headline}</h1></body></html>"
    ).encode()
    with serve({"/long": Page(body=body)}) as srv:
        (tmp_path / "sources.txt").write_text(f"{srv.url('/long')} | title: Паромы не ходят\n", "utf-8")
        out = tmp_path / "out"
        proc = _run(["sources.txt", *_all_outputs(out)], tmp_path)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    page_title = json.loads(_read(out, "json"))["results"][0]["title"]
    assert page_title
    for fmt in FORMATS:
        raw = (out / f"r.{SUFFIX[fmt]}").read_bytes()
        content = raw.decode("utf-8")  # strict: never a cut inside a character's bytes
        if fmt in ("json", "jsonl", "sarif"):
            content = (
                "\n".join(
                    json.dumps(json.loads(x), ensure_ascii=False) for x in content.splitlines() if x.strip()
                )
                if fmt == "jsonl"
                else json.dumps(json.loads(content), ensure_ascii=False)
            )
        if fmt == "junit":
            ET.fromstring(raw)
        for line in content.split("\n"):
            _cut_is_clean(headline, line)
            _cut_is_clean(page_title, line)


def test_a_two_thousand_character_address_with_cyrillic_is_kept_whole(tmp_path: Path) -> None:
    seen: list[str] = []

    def answer(request: Request) -> Page:
        seen.append(request.path)
        return _article("Длинный адрес")

    with serve({}, answer=answer) as srv:
        path = "/новости/" + "паро\u0301м-" * 200
        url = srv.url(path)
        url = url + "x" * (2000 - len(url))
        assert len(url) == 2000
        (tmp_path / "sources.txt").write_text(f"{url} | title: Длинный адрес\n", "utf-8")
        out = tmp_path / "out"
        proc = _run(["sources.txt", *_all_outputs(out)], tmp_path)
    assert proc.returncode == 0, proc.stderr.decode() + _read(out, "text")
    assert seen
    assert all(p.isascii() for p in seen)
    result = json.loads(_read(out, "json"))["results"][0]
    assert result["url"] == url
    assert result["status"] == "ok"
    cases = _junit_cases(_read(out, "junit"))
    assert cases[0].get("name") == f"line 1: {url}"


# -- 6. read while written -------------------------------------------------------------------------------


def test_report_files_read_while_the_run_writes_them_are_old_or_whole(tmp_path: Path) -> None:
    def answer(request: Request) -> Page:
        return Page(404, b"<title>Not Found</title>")

    with serve({}, answer=answer) as srv:
        lines = [
            f"{srv.url(f'/archive/{n}/story-{n}')} | title: {'Морской вокзал закрыт на ремонт ' * 6}{n}"
            for n in range(600)
        ]
        (tmp_path / "sources.txt").write_text("\n".join(lines) + "\n", "utf-8")
        out = tmp_path / "out"
        out.mkdir()
        old = {fmt: f"last night's {fmt} report\n" for fmt in FORMATS}
        for fmt in FORMATS:
            (out / f"r.{SUFFIX[fmt]}").write_text(old[fmt])
        cmd = [
            sys.executable,
            "-m",
            "linkcheck",
            "sources.txt",
            "--no-config",
            "--allow-private",
            "--retries",
            "0",
        ]
        cmd += ["--per-host", "8", "-q", *_all_outputs(out)]
        seen: dict[str, set[bytes]] = {fmt: set() for fmt in FORMATS}
        stop = threading.Event()

        def watch() -> None:
            for _ in range(200_000):  # bounded: the run ends well before
                if stop.is_set():
                    return
                for fmt in FORMATS:
                    try:
                        seen[fmt].add((out / f"r.{SUFFIX[fmt]}").read_bytes())
                    except FileNotFoundError:
                        seen[fmt].add(b"<absent>")

        reader = threading.Thread(target=watch)
        reader.start()
        try:
            proc = subprocess.run(cmd, cwd=tmp_path, env=_env(), capture_output=True, timeout=RUN_TIMEOUT)
        finally:
            stop.set()
            reader.join(30)
    assert proc.returncode == 1, proc.stderr.decode()
    for fmt in FORMATS:
        final = (out / f"r.{SUFFIX[fmt]}").read_bytes()
        odd = seen[fmt] - {old[fmt].encode(), final}
        assert not odd, f"{fmt}: a reader saw {len(odd)} other contents, e.g. {len(min(odd, key=len))} bytes"
    assert json.loads((out / "r.json").read_bytes())["summary"]["total"] == 600


def test_json_lines_on_a_pipe_are_line_complete_while_the_run_waits(tmp_path: Path) -> None:
    long_title = "Паромная переправа через пролив " * 40
    routes = {f"/quick/{n}": _article(long_title) for n in range(5)}
    routes["/held"] = Page(body=_article("Held").body, hold=60)
    with serve(routes) as srv:
        manifest = (
            "".join(
                f"{srv.url(f'/quick/{n}')}?{'q' * 1500}={n} | title: {long_title} {n}\n" for n in range(5)
            )
            + f"{srv.url('/held')} | title: Held\n"
        )
        (tmp_path / "sources.txt").write_text(manifest, "utf-8")
        cmd = [sys.executable, "-m", "linkcheck", "sources.txt", "--no-config", "--allow-private"]
        cmd += ["--format", "jsonl", "--retries", "0", "--timeout", "90", "--deadline", "120"]
        proc = subprocess.Popen(cmd, cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        got = bytearray()
        try:
            assert proc.stdout is not None
            fd = proc.stdout.fileno()
            os.set_blocking(fd, False)
            for _ in range(600):  # bounded: 5 results come in well under a minute
                try:
                    chunk = os.read(fd, 1 << 16)
                except BlockingIOError:
                    chunk = None
                if chunk:
                    got += chunk
                elif got.count(b"\n") >= 5:
                    break
                else:
                    threading.Event().wait(0.05)
            # the run now waits on /held: what it has written is whole lines
            assert got.count(b"\n") == 5, got[-200:]
            assert got.endswith(b"\n"), f"a partial line while the run waits: ...{bytes(got[-120:])!r}"
            for line in bytes(got).splitlines():
                assert json.loads(line)["record"] == "result"
        finally:
            srv.release.set()
            if proc.stdout is not None:
                os.set_blocking(proc.stdout.fileno(), True)
            rest, err = proc.communicate(timeout=RUN_TIMEOUT)
    lines = (bytes(got) + rest).splitlines()
    assert json.loads(lines[-1])["record"] == "summary", err.decode()
    assert len(lines) == 7
