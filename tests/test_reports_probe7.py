"""Held-out probe (reports7, forty-seventh session): what CI reads from linkcheck, a seventh time.

Written from README.md, docs/ (ci.md, json-schema.md), ``linkcheck --help``, reports6's subsection in
docs/benchmarks.md and the earlier probes' docstrings and test names, before any code under ``src/`` was read,
and committed before any change under ``src/``. Every case runs the real command (``python -m linkcheck`` in a
subprocess, as a CI job runs it) against pages ``tests/site_server.py`` serves on 127.0.0.1 and reads each
report as the tool that consumes it does. Covered (none of the earlier probes' cases): cited titles of
thousands of characters (one with no space at all, CJK) cut in the text report's ``cited as`` and kept under a
pull-request comment's 65,536 characters in the Markdown report, whole in JSON; an article file whose name
holds a tab, a line feed and a right-to-left override, named validly in every format; a run of 2,000 citations
(1,500 URLs, so over several processes, 500 lines citing a URL again) agreeing in every format, each URL
fetched once; JSON Lines streamed by such a run ended by SIGTERM (whole records, a summary of what was
streamed, no process left behind); SIGTERM leaving last night's reports and state file as they were; one dead
page cited in four spellings under ``--state`` (``history`` naming it once); SARIF's levels against the JSON
verdicts under ``--fail-on`` and its driver's version against ``--version``; a run of 1,000 citations cut by
``--max-time`` whole and agreeing in every format. Expectations are what the docs promise or, where they are
silent, what a demanding user of a mature tool expects.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from tests.site_server import Page, Request, serve

TREE = Path(__file__).resolve().parents[1]
#: every subprocess is bounded by this (a hang fails the test instead of holding the CI)
RUN_TIMEOUT = 180.0

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
STATUSES = ("ok", "dead", "soft_404", "blocked", "error", "skipped")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env.update(PYTHONPATH=str(TREE / "src"), NO_COLOR="1", PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


def _cmd(args: list[str]) -> list[str]:
    return [sys.executable, "-m", "linkcheck", *args, "--no-config", "--allow-private", "--retries", "0"]


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(_cmd(args), cwd=cwd, env=_env(), capture_output=True, timeout=RUN_TIMEOUT)


def _all_outputs(out: Path) -> list[str]:
    args: list[str] = []
    for fmt in FORMATS:
        args += ["--output", f"{fmt}={out / ('r.' + SUFFIX[fmt])}"]
    return args


def _read(out: Path, fmt: str) -> str:
    return (out / f"r.{SUFFIX[fmt]}").read_bytes().decode("utf-8")


def _article(title: str, date: str = "2026-06-02", site: str = "Estuary Courier") -> Page:
    body = (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:site_name' content='{site}'>"
        f"<meta property='article:published_time' content='{date}T08:00:00Z'></head>"
        f"<body><article><h1>{title}</h1><p>By Tam Orrin</p>"
        + "<p>The estuary trust said on Tuesday that the salt marsh walk will reopen after the floods.</p>"
        * 6
        + "</article></body></html>"
    )
    return Page(body=body.encode("utf-8"))


GONE = Page(404, b"<html><title>404 Not Found</title></html>")

_SUMMARY = re.compile(r"^(\d+) citations?: (\d+) pass, (\d+) warn, (\d+) fail(?: \(([^)]*)\))?", re.M)


def _text_summary(text: str) -> dict[str, int]:
    """The text report's summary line (README: ``3 citations: 0 pass, 2 warn, 1 fail (error 3) in 0.3 s``)."""
    found = _SUMMARY.findall(text)
    assert found, f"no summary line in the text report:\n{text[-3000:]}"
    total, npass, nwarn, nfail, by_status = found[-1]
    counts = {"total": int(total), "pass": int(npass), "warn": int(nwarn), "fail": int(nfail)}
    counts.update(dict.fromkeys(STATUSES, 0))
    for part in filter(None, (p.strip() for p in by_status.split(","))):
        name, _, n = part.rpartition(" ")
        counts[name.replace("-", "_").replace(" ", "_")] = int(n)
    return counts


def _check_agreement(out: Path, total: int) -> dict[str, Any]:
    """Every report of one run: whole, the same counts, each citation once. Returns the JSON report."""
    doc = json.loads(_read(out, "json"))
    summary = doc["summary"]
    results = doc["results"]
    assert summary["total"] == total == len(results)
    verdicts = Counter(r["verdict"] for r in results)
    statuses = Counter(r["status"] for r in results)
    for v in ("pass", "warn", "fail"):
        assert summary[v] == verdicts.get(v, 0), (v, summary)
    for s in STATUSES:
        assert summary[s] == statuses.get(s, 0), (s, summary)
    # JSON Lines: the same results, each once, the summary last and equal
    recs = [json.loads(x) for x in _read(out, "jsonl").splitlines()]
    assert recs[-1]["record"] == "summary"
    assert recs[-1]["summary"] == summary
    jl = [r for r in recs if r["record"] == "result"]
    assert len(jl) == total
    key = lambda r: (r["source"], r["line"], r["url"])  # noqa: E731
    assert Counter(map(key, jl)) == Counter(map(key, results))
    assert all(c == 1 for c in Counter(map(key, results)).values())
    # JUnit: a case per citation, names unique in their suite, counts that add up
    root = ET.fromstring(_read(out, "junit").encode("utf-8"))
    cases = list(root.iter("testcase"))
    assert len(cases) == total
    names = Counter((c.get("classname"), c.get("name")) for c in cases)
    assert all(n == 1 for n in names.values()), [k for k, n in names.items() if n > 1][:5]
    assert sum(c.find("failure") is not None for c in cases) == summary["fail"]
    assert sum(c.find("error") is not None for c in cases) == 0
    assert sum(c.find("skipped") is not None for c in cases) <= summary["skipped"]
    for suite in root.iter("testsuite"):
        mine = list(suite.iter("testcase"))
        assert int(suite.get("tests", "-1")) == len(mine)
        assert int(suite.get("failures", "-1")) == sum(c.find("failure") is not None for c in mine)
    # SARIF: a result per citation that does not pass, on its line
    sarif = json.loads(_read(out, "sarif"))
    sres = sarif["runs"][0]["results"]
    lines = Counter(int(r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in sres)
    want = Counter(int(r["line"]) for r in results if r["verdict"] != "pass")
    assert set(lines) == set(want), (sorted(set(lines) ^ set(want))[:10],)
    # annotations: one ::error a failing citation, one ::warning a warning one
    gh = _read(out, "github").splitlines()
    assert all(x.startswith("::") for x in gh), [x for x in gh if not x.startswith("::")][:3]
    assert sum(x.startswith("::error") for x in gh) == summary["fail"]
    assert sum(x.startswith("::warning") for x in gh) == summary["warn"]
    # the text report's summary line
    assert _text_summary(_read(out, "text")) == {
        k: summary[k] for k in ("total", "pass", "warn", "fail", *STATUSES)
    }
    return dict(doc)


# --- 1. huge cited titles -----------------------------------------------------------------------------------


def test_huge_cited_titles_are_cut_in_text_and_fit_a_comment_in_markdown(tmp_path: Path) -> None:
    words = "harbour dredging report on the silted east channel and its berths "
    with serve({}) as srv:  # every path a 404
        lines = ["@article | date: 2026-06-03"]
        titles = []
        for n in range(1, 41):
            title = f"Report {n}: " + (words * 50).strip()  # about 3,300 characters
            titles.append(title)
            lines.append(f"{srv.url(f'/gone/{n}')} | title: {title}")
        cjk = "港湾浚渫工事報告書" * 400  # 3,600 characters, not one space
        titles.append(cjk)
        lines.append(f"{srv.url('/gone/cjk')} | title: {cjk}")
        (tmp_path / "sources.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = tmp_path / "out"
        done = _run(["sources.txt", "-q", *_all_outputs(out)], tmp_path)
    assert done.returncode == 1, done.stderr.decode()[-2000:]
    doc = _check_agreement(out, 41)
    assert [r["cited"]["title"] for r in doc["results"]] == titles  # JSON keeps what was cited, whole
    text = _read(out, "text")
    cited = [ln for ln in text.splitlines() if "cited as" in ln]
    assert len(cited) == 41, len(cited)
    # docs/ci.md: "cut at a word after 100 characters, with ` ...`": a line a person can read, even for CJK
    for ln in cited:
        assert len(ln) < 200, ln[:300]
        assert " ..." in ln or "…" in ln, ln[:300]
    md = _read(out, "markdown")
    assert len(md) <= 65_536, f"the Markdown report is {len(md)} characters: over a pull-request comment"
    named = set(re.findall(r"sources\.txt:(\d+)", md))
    if len(named) < 41:  # a cut is allowed, if it says how many it left out
        more = re.search(r"(\d+) more", md)
        assert more, md[-600:]
        assert int(more.group(1)) + len(named) == 41, md[-600:]


# --- 2. control characters and a bidi override in a file name -----------------------------------------------


def test_a_file_name_holding_a_tab_a_line_feed_and_a_bidi_override_is_named_validly(tmp_path: Path) -> None:
    name = "pier\tlog\n\u202ecsv.md"
    with serve({"/ok": _article("Salt marsh walk reopens after the floods")}) as srv:
        notes = tmp_path / "notes"
        notes.mkdir()
        (notes / name).write_text(
            "# Marsh\n\nPublished 2026-06-03.\n\nThe [trust's notice]("
            + srv.url("/gone")
            + ") and [the reopening]("
            + srv.url("/ok")
            + ").\n",
            encoding="utf-8",
        )
        out = tmp_path / "out"
        done = _run(["notes/*.md", "-q", *_all_outputs(out)], tmp_path)
    assert done.returncode == 1, done.stderr.decode()[-2000:]
    path = f"notes/{name}"
    doc = _check_agreement(out, 2)
    assert {r["source"] for r in doc["results"]} == {path}
    # the text report, Markdown and the annotations write no raw line feed, tab or bidi override of the name
    for fmt in ("text", "markdown", "github"):
        body = _read(out, fmt)
        if fmt == "github":  # the file property must be the file's real name: the runner maps it to the file
            body = re.sub(r"file=[^,]*", "file=", body)
        assert "\u202e" not in body, fmt
        assert "log\n" not in body, fmt
        assert "\ncsv" not in body, fmt
    text = _read(out, "text")
    gone = [ln for ln in text.splitlines() if ln.rstrip().endswith("/gone")]
    assert gone, text
    assert re.search(r":\d+\s", gone[0]), gone
    # GitHub: one command a line, the file property decoding to the file's name
    gh = [ln for ln in _read(out, "github").splitlines() if ln.startswith("::error") and "/gone%0A" in ln]
    assert len(gh) == 1, _read(out, "github")
    prop = re.match(r"::error (.*?)::", gh[0])
    assert prop, gh[0]
    file_prop = dict(p.split("=", 1) for p in prop.group(1).split(","))["file"]
    decoded = file_prop.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",")
    assert decoded.replace("%25", "%") == path
    # SARIF: a valid URI reference that decodes to the path
    sarif = json.loads(_read(out, "sarif"))
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert not re.search(r"[\x00-\x20\x7f\u0080-\U0010ffff]", uri), repr(uri)
    assert unquote(uri).endswith(path), uri
    # Markdown: every table row as many cells as its header
    md = _read(out, "markdown").splitlines()
    for i, ln in enumerate(md):
        if ln.startswith("|") and i + 1 < len(md) and re.match(r"^\|[\s:|-]+\|$", md[i + 1]):
            width = ln.count("|")
            for row in md[i + 2 :]:
                if not row.startswith("|"):
                    break
                assert len(re.findall(r"(?<!\\)\|", row)) == width, row


# --- 3. thousands of citations, duplicates among them -------------------------------------------------------


def _bulk(request: Request) -> Page:
    m = re.fullmatch(r"/b/(\d+)", request.route)
    if m is None:
        return GONE
    n = int(m.group(1))
    if n % 4 == 0:
        return GONE
    return _article(f"Tide table number {n} for the estuary moorings")


def test_two_thousand_citations_over_processes_agree_in_every_format(tmp_path: Path) -> None:
    with serve({}, answer=_bulk) as srv:
        lines = []
        for i in range(2000):
            n = i if i < 1500 else (i * 7) % 1500  # 500 lines cite a URL cited before
            lines.append(f"{srv.url(f'/b/{n}')} | title: Tide table number {n} for the estuary moorings")
        (tmp_path / "sources.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = tmp_path / "out"
        done = _run(
            ["sources.txt", "-q", "--workers", "16", "--per-host", "16", *_all_outputs(out)], tmp_path
        )
        asked = Counter(srv.paths())
    assert done.returncode == 1, done.stderr.decode()[-2000:]
    doc = _check_agreement(out, 2000)
    assert [r["line"] for r in doc["results"]] == list(range(1, 2001))  # in the order given
    dead = sum(1 for i in range(2000) if (i if i < 1500 else (i * 7) % 1500) % 4 == 0)
    assert doc["summary"]["dead"] == dead
    assert doc["summary"]["ok"] == 2000 - dead
    assert max(asked.values()) == 1, asked.most_common(3)  # each URL fetched once
    assert len(asked) == 1500


# --- 4. SIGTERM on a streamed run over processes ------------------------------------------------------------


def _session_pids(sid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def test_sigterm_on_json_lines_of_a_large_run_ends_with_a_summary_and_no_process_left(tmp_path: Path) -> None:
    def answer(request: Request) -> Page:
        n = int(request.route.rsplit("/", 1)[1])
        if n % 100 == 99:
            return Page(hold=60.0, body=b"<title>late</title>")
        return _article(f"Buoy {n} relaid in the channel")

    with serve({}, answer=answer) as srv:
        lines = [f"{srv.url(f'/buoy/{n}')} | title: Buoy {n} relaid in the channel" for n in range(1200)]
        (tmp_path / "sources.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        proc = subprocess.Popen(
            _cmd(
                [
                    *("sources.txt", "--format", "jsonl", "--timeout", "60", "--deadline", "90", "-q"),
                    *("--workers", "16", "--per-host", "16"),
                ]
            ),
            cwd=tmp_path,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        assert proc.stdout is not None
        got: list[bytes] = []
        try:
            deadline = time.monotonic() + RUN_TIMEOUT
            while len(got) < 200 and time.monotonic() < deadline:
                raw = proc.stdout.readline()
                if not raw:
                    break
                got.append(raw)
            assert len(got) >= 200, (len(got), proc.stderr.read()[-2000:] if proc.poll() is not None else "")
            proc.send_signal(signal.SIGTERM)
            # the rest through the same buffered reader: communicate() reads the descriptor and would lose
            # what readline() had already read ahead (a record's head)
            tail: list[bytes] = []
            reader = threading.Thread(target=lambda: tail.append(proc.stdout.read() if proc.stdout else b""))
            reader.start()
            reader.join(timeout=60)
            proc.wait(timeout=60)
            rest = tail[0] if tail else b""
            err = proc.stderr.read() if proc.stderr else b""
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
        time.sleep(1.0)
        left = _session_pids(proc.pid)
        for pid in left:  # ours: started in this session; leave nothing behind for the next test
            os.kill(pid, signal.SIGKILL)
    assert proc.returncode == 143, (proc.returncode, err.decode()[-2000:])
    assert not left, f"processes still running after the run ended: {left}"
    raw_lines = b"".join(got).decode("utf-8").splitlines() + rest.decode("utf-8").splitlines()
    recs = [json.loads(x) for x in raw_lines]  # every line whole
    assert recs[-1]["record"] == "summary"
    assert recs[-1]["notes"], recs[-1]
    assert recs[-1]["notes"][0].startswith("terminated (SIGTERM)"), recs[-1]["notes"]
    results = [r for r in recs[:-1] if r["record"] == "result"]
    assert len(results) == len(recs) - 1
    assert recs[-1]["summary"]["total"] == len(results)
    assert max(Counter(r["line"] for r in results).values()) == 1
    statuses = Counter(r["status"] for r in results)
    for s in STATUSES:
        assert recs[-1]["summary"][s] == statuses.get(s, 0)


# --- 5. SIGTERM leaves last night's files -------------------------------------------------------------------


def test_sigterm_leaves_last_nights_reports_and_state_as_they_were(tmp_path: Path) -> None:
    routes = {f"/p/{n}": _article(f"Pontoon {n} repaired") for n in range(6)}
    routes["/p/slow"] = Page(hold=60.0, body=b"<title>late</title>")
    with serve(routes) as srv:
        lines = [f"{srv.url(f'/p/{n}')} | title: Pontoon {n} repaired" for n in range(6)]
        (tmp_path / "last.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        lines.insert(3, f"{srv.url('/p/slow')} | title: Slow pontoon")
        (tmp_path / "sources.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = tmp_path / "out"
        state = out / "state.json"
        # last night: a whole run, its reports and state written
        night = _run(["last.txt", "-q", "--state", str(state), *_all_outputs(out)], tmp_path)
        assert night.returncode == 0, night.stderr.decode()[-2000:]
        old = {p.name: p.read_bytes() for p in out.iterdir()}
        assert len(old) == 8, sorted(old)
        proc = subprocess.Popen(
            _cmd(["sources.txt", "-q", "--timeout", "60", "--state", str(state), *_all_outputs(out)]),
            cwd=tmp_path,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            assert srv.wait_for_requests(13, timeout=60), srv.paths()
            time.sleep(0.5)
            proc.send_signal(signal.SIGTERM)
            _o, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
    assert proc.returncode == 143, err.decode()[-2000:]
    assert "Traceback" not in err.decode()
    assert sorted(p.name for p in out.iterdir()) == sorted(old), sorted(p.name for p in out.iterdir())
    for name, body in old.items():
        assert (out / name).read_bytes() == body, name


# --- 6. one dead page in four spellings under --state -------------------------------------------------------


def test_one_dead_page_in_four_spellings_is_one_url_in_history_and_four_citations_elsewhere(
    tmp_path: Path,
) -> None:
    with serve({"/ok": _article("Ferry slipway rebuilt")}) as srv:
        port = srv.port
        spellings = [
            f"http://127.0.0.1:{port}/notice",
            f"http://127.0.0.1:{port}/notice#para-2",
            f"HTTP://127.0.0.1:{port}/notice",
            f"http://127.0.0.1:{port}/%6Eotice",
        ]
        lines = [f"{u} | title: Slipway notice" for u in spellings]
        lines.append(f"{srv.url('/ok')} | title: Ferry slipway rebuilt")
        (tmp_path / "sources.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = tmp_path / "out"
        done = _run(
            ["sources.txt", "-q", "--state", str(tmp_path / "state.json"), *_all_outputs(out)], tmp_path
        )
        asked = Counter(srv.paths())
    assert done.returncode == 1, done.stderr.decode()[-2000:]
    doc = _check_agreement(out, 5)
    assert [r["url"] for r in doc["results"][:4]] == spellings  # the URL as cited
    assert [r["status"] for r in doc["results"]] == ["dead"] * 4 + ["ok"]
    hist = doc["history"]
    assert hist is not None
    assert hist["newly_broken"] == [f"http://127.0.0.1:{port}/notice"], hist
    assert asked["/notice"] + asked.get("/%6Eotice", 0) == 1, asked  # fetched once (spell8)
    # four alerts, four fingerprints
    sres = json.loads(_read(out, "sarif"))["runs"][0]["results"]
    prints = [json.dumps(r.get("partialFingerprints"), sort_keys=True) for r in sres]
    assert len(prints) == 4, prints
    assert len(set(prints)) == 4, prints


def test_one_page_in_four_spellings_is_fetched_once(tmp_path: Path) -> None:
    with serve({}) as srv:
        port = srv.port
        spellings = [
            f"http://127.0.0.1:{port}/notice",
            f"http://127.0.0.1:{port}/notice#para-2",
            f"HTTP://127.0.0.1:{port}/notice",
            f"http://127.0.0.1:{port}/%6Eotice",
        ]
        (tmp_path / "sources.txt").write_text("".join(f"{u} | title: Slipway notice\n" for u in spellings))
        done = _run(["sources.txt", "-q", "--format", "json"], tmp_path)
        asked = Counter(srv.paths())
    assert done.returncode == 1, done.stderr.decode()[-2000:]
    assert sum(asked.values()) == 1, asked


# --- 7. SARIF's levels, its rules and its version -----------------------------------------------------------


def test_sarif_levels_follow_the_verdicts_under_fail_on_and_name_the_version(tmp_path: Path) -> None:
    routes = {
        "/a": _article("Lock gates replaced at the old basin"),
        "/b": _article("Marina berth fees frozen for a year"),
        "/c": Page(503, b"<html><title>Service Unavailable</title></html>"),
        "/d": GONE,
        "/e": Page(301, b"", {"Location": "/a"}),
    }
    with serve(routes) as srv:
        lines = [
            "@article | date: 2026-06-04",
            f"{srv.url('/a')} | title: Lock gates replaced at the old basin",
            f"{srv.url('/b')} | title: Quay wall collapses in the night",
            f"{srv.url('/c')} | title: Dredger sails for the north bank",
            f"{srv.url('/d')} | title: Slipway closed for repairs",
            f"{srv.url('/e')} | title: Lock gates replaced at the old basin",
            "mailto:harbourmaster@example.org | title: Write to the harbourmaster",
        ]
        (tmp_path / "sources.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        runs = {}
        for name, fail_on in (("default", []), ("changed", ["--fail-on", "-title_mismatch,+error"])):
            out = tmp_path / name
            done = _run(["sources.txt", "-q", *fail_on, *_all_outputs(out)], tmp_path)
            assert done.returncode == 1, done.stderr.decode()[-2000:]
            runs[name] = out
    version = subprocess.run(_cmd(["--version"]), env=_env(), capture_output=True, timeout=60)
    number = re.search(r"\d+(?:\.\d+)+\S*", version.stdout.decode() + version.stderr.decode())
    assert number, version
    for name, out in runs.items():
        doc = _check_agreement(out, 6)
        by_line = {r["line"]: r for r in doc["results"]}
        sarif = json.loads(_read(out, "sarif"))
        run = sarif["runs"][0]
        driver = run["tool"]["driver"]
        assert number.group(0) in (driver.get("version"), driver.get("semanticVersion")), driver
        rules = driver["rules"]
        for res in run["results"]:
            rule = (
                rules[res["ruleIndex"]]
                if "ruleIndex" in res
                else next(r for r in rules if r["id"] == res["ruleId"])
            )
            level = res.get("level") or rule.get("defaultConfiguration", {}).get("level") or "warning"
            line = int(res["locations"][0]["physicalLocation"]["region"]["startLine"])
            verdict = by_line[line]["verdict"]
            assert (level == "error") == (verdict == "fail"), (name, line, level, verdict)
            assert level != "none"
        if name == "changed":
            assert by_line[3]["verdict"] == "warn", by_line
            assert by_line[4]["verdict"] == "fail", by_line


# --- 8. --max-time over a thousand citations ----------------------------------------------------------------


def test_max_time_over_a_thousand_citations_leaves_every_report_whole_and_agreeing(tmp_path: Path) -> None:
    def answer(request: Request) -> Page:
        n = int(request.route.rsplit("/", 1)[1])
        if n < 60:
            return _article(f"Beacon {n} lit again")
        return Page(hold=30.0, body=b"<title>late</title>")

    with serve({}, answer=answer) as srv:
        lines = [f"{srv.url(f'/beacon/{n}')} | title: Beacon {n} lit again" for n in range(1000)]
        (tmp_path / "sources.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = tmp_path / "out"
        done = _run(
            [
                "sources.txt",
                "-q",
                "--max-time",
                "6",
                "--timeout",
                "40",
                "--workers",
                "16",
                "--per-host",
                "16",
                *_all_outputs(out),
            ],
            tmp_path,
        )
    assert done.returncode == 0, done.stderr.decode()[-2000:]  # skipped links warn; nothing failed
    doc = _check_agreement(out, 1000)
    assert doc["summary"]["skipped"] >= 800, doc["summary"]
    assert [r["line"] for r in doc["results"]] == list(range(1, 1001))
    root = ET.fromstring(_read(out, "junit").encode("utf-8"))
    assert sum(c.find("skipped") is not None for c in root.iter("testcase")) == doc["summary"]["skipped"]
    sarif = json.loads(_read(out, "sarif"))
    assert len(sarif["runs"][0]["results"]) == doc["summary"]["warn"]
    assert all(urlsplit(r["url"]).path.startswith("/beacon/") for r in doc["results"])
