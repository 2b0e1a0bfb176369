"""Held-out probe (nightly5, forty-fourth session): a site's nightly job over months, a fifth time.

Written from README.md, docs/ (ci, json-schema, sources-format, articles), ``linkcheck --help``, ``linkcheck
extract --help``, the earlier probes' docstrings and nightly4's and fix6's subsections in
docs/benchmarks.md, before any code under ``src/`` was read, and committed before any change there. Every
case runs the real command (``python -m linkcheck`` in a subprocess, as a scheduled job does) over a site's
Markdown articles (a glob, not a manifest) against pages served on 127.0.0.1 by ``tests/site_server.py``;
nights are simulated by moving the state's times back by hand. Covered (none of the earlier probes' cases):
one URL cited by two articles (one state entry, both articles' lines reported and failing together); an
article added citing a link already failing (the link's count goes on, the new article's line fails with
it); one of two citing articles deleted (the count goes on from the other) and both deleted (the URL is
neither recovered nor still broken); a citation's URL fixed by an editor in an article (the new URL starts
its own history; the old one's history is kept and resumes when an editor reverts the fix); a host whose
every page fails, recovers and fails again within ``--grace`` and past it (with ``--fail-on +error``: its
pages answer 503 while it is down, an ``error`` that only warns by default; ``site_server`` picks its port,
so a refused connection on the same port night after night cannot be played); two sites' jobs sharing one
state file (each keeps the other's counts, neither reports the other's links); a state copied to another
machine's checkout (relative globs from another directory: the counts go on, the state names no path); a
night stopped with SIGTERM over the articles (exit 143, state and last night's report as they were, nothing
left beside them) and the next night's count; and each night's exit code as docs/ci.md documents it (0, 1, 2
for an unreadable article, ``--keep-going``). Time is never asserted; every wait is bounded.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.site_server import Page, serve

SRC = Path(__file__).resolve().parents[1] / "src"
TIME_KEYS = ("first_failure", "last_failure", "last_success", "last_checked")
TITLE = "Ferry timetable changed for the winter"


def page(title: str = TITLE) -> Page:
    body = (
        f"<!doctype html><html><head><title>{title}</title>"
        '<meta property="og:site_name" content="Harbour Courier"></head>'
        f"<body><article><h1>{title}</h1><p>{'The ferry timetable changed on Monday. ' * 20}</p>"
        "</article></body></html>"
    ).encode()
    return Page(body=body)


GONE = Page(status=404, body=b"<html><head><title>Not Found</title></head><body>Not found</body></html>")
DOWN = Page(status=503, body=b"<html><head><title>Service Unavailable</title></head><body>Down</body></html>")


def command(*args: str) -> list[str]:
    return [
        sys.executable, "-m", "linkcheck", *args,
        "--allow-private", "--no-config", "--retries", "0", "--timeout", "5",
    ]  # fmt: skip


def environ() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    env["PYTHONPATH"] = str(SRC)
    return env


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args), cwd=cwd, env=environ(), capture_output=True, text=True, timeout=120)


def night(cwd: Path, *args: str) -> tuple[int, dict[str, Any]]:
    proc = run(cwd, *args, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def article(path: Path, *links: str) -> Path:
    """A Markdown article citing ``links``, one paragraph (and so one line) each, from line 3 on."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Harbour news", ""]
    for url in links:
        lines += [f"The council confirmed it, as [{TITLE}]({url}) reported.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def line_of(n: int) -> int:
    """The line of an article's ``n``-th link (from 0), as :func:`article` writes them."""
    return 3 + 2 * n


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def age_state(path: Path, days: float) -> None:
    """Move every time in the state back by ``days``: a night (or more) passes."""
    data = load(path)

    def back(value: str | None) -> str | None:
        if value is None:
            return None
        return (datetime.fromisoformat(value) - timedelta(days=days)).isoformat()

    for entry in data["urls"].values():
        for key in TIME_KEYS:
            if key in entry:
                entry[key] = back(entry[key])
    if "updated" in data:
        data["updated"] = back(data["updated"])
    path.write_text(json.dumps(data), encoding="utf-8")


def results_for(report: dict[str, Any], url: str) -> list[dict[str, Any]]:
    return [r for r in report["results"] if r["url"].split("#")[0] == url]


def places(report: dict[str, Any], url: str) -> set[tuple[str, int]]:
    return {(Path(r["source"]).name, r["line"]) for r in results_for(report, url)}


def verdicts(report: dict[str, Any], url: str) -> set[str]:
    return {r["verdict"] for r in results_for(report, url)}


GLOB = "site/**/*.md"


# --- one URL, several articles ---------------------------------------------------------------------------


def test_one_url_cited_by_two_articles_is_one_entry_and_both_lines_fail_together(tmp_path: Path) -> None:
    with serve({"/ok": page(), "/gone": GONE}) as site:
        ok, gone = site.url("/ok"), site.url("/gone")
        article(tmp_path / "site" / "a.md", ok, gone)
        article(tmp_path / "site" / "news" / "b.md", gone)
        state = tmp_path / "state.json"
        code1, r1 = night(tmp_path, GLOB, "--state", str(state), "--fail-after", "2")
        age_state(state, 1)
        code2, r2 = night(tmp_path, GLOB, "--state", str(state), "--fail-after", "2")
    assert code1 == 0  # graced: its first failing night
    assert places(r1, gone) == {("a.md", line_of(1)), ("b.md", line_of(0))}
    assert verdicts(r1, gone) == {"warn"}
    assert r1["history"]["newly_broken"] == [gone]
    entries = load(state)["urls"]
    assert [u for u in entries if "gone" in u] == [gone], entries
    assert entries[gone]["consecutive_failures"] == 2  # two nights, not four citations
    assert code2 == 1
    assert places(r2, gone) == {("a.md", line_of(1)), ("b.md", line_of(0))}
    assert verdicts(r2, gone) == {"fail"}
    assert r2["history"]["still_broken"] == [gone]
    assert verdicts(r2, ok) == {"pass"}


def test_an_article_added_citing_a_failing_link_fails_with_it_and_the_count_goes_on(tmp_path: Path) -> None:
    with serve({"/gone": GONE}) as site:
        gone = site.url("/gone")
        article(tmp_path / "site" / "a.md", gone)
        state = tmp_path / "state.json"
        code1, _ = night(tmp_path, GLOB, "--state", str(state), "--fail-after", "3")
        age_state(state, 1)
        article(tmp_path / "site" / "new.md", site.url("/gone#timetable"))  # written today
        code2, r2 = night(tmp_path, GLOB, "--state", str(state), "--fail-after", "3")
        age_state(state, 1)
        code3, r3 = night(tmp_path, GLOB, "--state", str(state), "--fail-after", "3")
    assert (code1, code2, code3) == (0, 0, 1)
    assert places(r2, gone) == {("a.md", line_of(0)), ("new.md", line_of(0))}
    assert r2["history"]["newly_broken"] == []
    assert r2["history"]["still_broken"] == [gone]
    assert verdicts(r3, gone) == {"fail"}  # the new article's line too: the link's third night
    assert load(state)["urls"][gone]["consecutive_failures"] == 3


def test_one_of_two_citing_articles_deleted_keeps_the_count_and_both_deleted_lists_nothing(
    tmp_path: Path,
) -> None:
    with serve({"/gone": GONE, "/ok": page()}) as site:
        gone, ok = site.url("/gone"), site.url("/ok")
        a = article(tmp_path / "site" / "a.md", gone)
        b = article(tmp_path / "site" / "b.md", gone)
        article(tmp_path / "site" / "c.md", ok)
        state = tmp_path / "state.json"
        night(tmp_path, GLOB, "--state", str(state), "--fail-after", "2")
        age_state(state, 1)
        a.unlink()
        code2, r2 = night(tmp_path, GLOB, "--state", str(state), "--fail-after", "2")
        age_state(state, 1)
        b.unlink()
        code3, r3 = night(tmp_path, GLOB, "--state", str(state), "--fail-after", "2")
    assert code2 == 1
    assert places(r2, gone) == {("b.md", line_of(0))}
    assert verdicts(r2, gone) == {"fail"}
    assert code3 == 0
    history = r3["history"]
    for key in ("newly_broken", "recovered", "still_broken", "graced"):
        assert gone not in history[key], (key, history)
    assert results_for(r3, gone) == []
    assert gone in load(state)["urls"], "a link no longer cited is kept until the horizon (90 days)"


# --- an editor fixes a citation's URL --------------------------------------------------------------------


def test_a_url_fixed_in_an_article_starts_afresh_and_the_old_ones_history_returns_with_a_revert(
    tmp_path: Path,
) -> None:
    routes = {"/old": GONE, "/new": page()}
    with serve(routes) as site:
        old, new = site.url("/old"), site.url("/new")
        a = article(tmp_path / "site" / "a.md", old)
        state = tmp_path / "state.json"
        args = (GLOB, "--state", str(state), "--fail-after", "3")
        night(tmp_path, *args)
        age_state(state, 1)
        night(tmp_path, *args)  # /old: two failing nights
        age_state(state, 1)
        article(a, new)  # the editor fixes the link
        code3, r3 = night(tmp_path, *args)
        age_state(state, 1)
        site.routes["/new"] = GONE  # the new address dies too
        code4, r4 = night(tmp_path, *args)
        age_state(state, 1)
        article(a, old)  # another editor reverts the fix
        code5, r5 = night(tmp_path, *args)
    assert code3 == 0
    assert verdicts(r3, new) == {"pass"}
    assert old not in r3["history"]["recovered"], "a link no longer cited did not recover"
    # the new URL's first failure: its own first night, not the old one's third
    assert code4 == 0
    assert verdicts(r4, new) == {"warn"}
    assert r4["history"]["newly_broken"] == [new]
    # the old URL's two nights were kept: tonight is its third in a row of its checks
    assert r5["history"]["still_broken"] == [old], r5["history"]
    assert code5 == 1
    assert verdicts(r5, old) == {"fail"}
    assert new not in r5["history"]["recovered"]
    assert new not in r5["history"]["still_broken"]


# --- a flapping host -------------------------------------------------------------------------------------


def test_a_host_down_up_down_within_grace_warns_and_fails_only_past_it(tmp_path: Path) -> None:
    paths = ("/2026/ferries", "/2026/bridges", "/2026/harbour")
    routes = {p: page() for p in paths}
    with serve(routes) as site:
        urls = [site.url(p) for p in paths]
        article(tmp_path / "site" / "a.md", urls[0], urls[1])
        article(tmp_path / "site" / "b.md", urls[2])
        state = tmp_path / "state.json"
        # a 5xx is `error`, which only warns by default (README's status table, --fail-on's default):
        # an editor who wants an outage that outlasts the grace to fail the job says so
        args = (GLOB, "--state", str(state), "--grace", "3", "--fail-on", "+error")

        def host(up: bool) -> None:
            for p in paths:
                site.routes[p] = page() if up else DOWN

        codes: list[int] = []
        reports: list[dict[str, Any]] = []
        for up, days in ((True, 1), (False, 1), (True, 1), (False, 2), (False, 2), (False, 1), (True, 1)):
            host(up)
            code, report = night(tmp_path, *args)
            codes.append(code)
            reports.append(report)
            age_state(state, days)
    # nights: up, down (graced), up (recovered), down (graced afresh), down two days later (still
    # graced: two days since it went down again, not four since the first outage), down two more days
    # (four days into this outage: fails), up (recovered)
    assert codes == [0, 0, 0, 0, 0, 1, 0], codes
    assert sorted(reports[1]["history"]["newly_broken"]) == sorted(urls)
    assert sorted(reports[2]["history"]["recovered"]) == sorted(urls)
    assert sorted(reports[3]["history"]["newly_broken"]) == sorted(urls)
    assert all(verdicts(reports[3], u) == {"warn"} for u in urls)
    assert sorted(reports[3]["history"]["graced"]) == sorted(urls)
    assert sorted(reports[4]["history"]["still_broken"]) == sorted(urls)
    assert all(verdicts(reports[4], u) == {"warn"} for u in urls)
    assert sorted(reports[5]["history"]["still_broken"]) == sorted(urls)
    assert all(verdicts(reports[5], u) == {"fail"} for u in urls)
    assert sorted(reports[6]["history"]["recovered"]) == sorted(urls)
    assert reports[6]["history"]["newly_broken"] == []
    assert reports[6]["history"]["still_broken"] == []


def test_the_text_report_names_each_articles_line_of_a_newly_broken_and_a_recovered_link(
    tmp_path: Path,
) -> None:
    with serve({"/a": page(), "/b": GONE}) as site:
        a_url, b_url = site.url("/a"), site.url("/b")
        article(tmp_path / "site" / "one.md", a_url, b_url)
        article(tmp_path / "site" / "two.md", a_url)
        state = tmp_path / "state.json"
        args = (GLOB, "--state", str(state), "--fail-after", "2")
        run(tmp_path, *args)
        age_state(state, 1)
        site.routes["/a"], site.routes["/b"] = GONE, page()
        proc = run(tmp_path, *args)
    assert proc.returncode == 0, proc.stderr  # /a graced on its first night, /b recovered
    out = proc.stdout
    assert "one.md:3" in out, out  # both places of the newly broken link
    assert "two.md:3" in out, out
    assert "newly broken" in out.lower()
    assert a_url in out
    assert "recovered" in out.lower()
    assert b_url in out


# --- one state, two sites or two machines ----------------------------------------------------------------


def test_two_sites_sharing_one_state_keep_each_others_counts_and_report_only_their_own(
    tmp_path: Path,
) -> None:
    with serve({"/gone-a": GONE, "/gone-b": GONE, "/shared": GONE}) as site:
        ga, gb, shared = site.url("/gone-a"), site.url("/gone-b"), site.url("/shared")
        article(tmp_path / "wiki" / "site" / "a.md", ga, shared)
        article(tmp_path / "news" / "site" / "b.md", gb, shared)
        state = tmp_path / "shared-state.json"
        args = (GLOB, "--state", str(state), "--fail-after", "2")
        w1, rw1 = night(tmp_path / "wiki", *args)
        n1, rn1 = night(tmp_path / "news", *args)
        age_state(state, 1)
        w2, rw2 = night(tmp_path / "wiki", *args)
        n2, rn2 = night(tmp_path / "news", *args)
    # the shared link fails the news job's first night: the wiki's job checked it an hour before, so
    # it has failed two runs in a row (--fail-after counts runs; --grace is what counts days)
    assert (w1, n1, w2, n2) == (0, 1, 1, 1)
    assert verdicts(rn1, gb) == {"warn"}
    assert verdicts(rn1, shared) == {"fail"}
    assert rn1["history"]["still_broken"] == [shared]
    assert gb not in json.dumps(rw1["history"])
    assert ga not in json.dumps(rn1["history"])
    assert gb not in json.dumps(rw2["history"])
    assert ga not in json.dumps(rn2["history"])
    assert set(rw2["history"]["still_broken"]) == {ga, shared}
    assert set(rn2["history"]["still_broken"]) == {gb, shared}
    entries = load(state)["urls"]
    assert entries[ga]["consecutive_failures"] == 2
    assert entries[gb]["consecutive_failures"] == 2
    assert entries[shared]["consecutive_failures"] >= 2
    assert load(state)["runs"] == 4


def test_a_state_copied_to_another_machines_checkout_goes_on_and_names_no_path(tmp_path: Path) -> None:
    here, there = tmp_path / "runner-1" / "checkout", tmp_path / "runner-2" / "work" / "repo"
    with serve({"/gone": GONE, "/ok": page()}) as site:
        gone, ok = site.url("/gone"), site.url("/ok")
        article(here / "site" / "2026" / "a.md", gone, ok)
        state = here / ".linkcheck" / "state.json"
        code1, _ = night(here, GLOB, "--state", ".linkcheck/state.json", "--fail-after", "2")
        assert code1 == 0
        text = state.read_text(encoding="utf-8")
        assert str(here) not in text, text
        assert "runner-1" not in text, text
        assert "a.md" not in text, text
        shutil.copytree(here, there)  # the CI cache restores the checkout and its state elsewhere
        age_state(there / ".linkcheck" / "state.json", 1)
        code2, r2 = night(there, GLOB, "--state", ".linkcheck/state.json", "--fail-after", "2")
    assert code2 == 1
    assert r2["history"]["still_broken"] == [gone]
    assert places(r2, gone) == {("a.md", line_of(0))}
    assert all(not Path(r["source"]).is_absolute() or str(there) in r["source"] for r in r2["results"])
    assert load(there / ".linkcheck" / "state.json")["runs"] == 2


# --- a stopped night, and each night's exit code ---------------------------------------------------------


def test_a_night_stopped_with_sigterm_leaves_state_and_report_and_the_next_night_counts(
    tmp_path: Path,
) -> None:
    with serve({"/gone": GONE, "/slow": Page(body=page().body, hold=60)}) as site:
        gone, slow = site.url("/gone"), site.url("/slow")
        article(tmp_path / "site" / "a.md", gone)
        state = tmp_path / "st" / "state.json"
        report = tmp_path / "out" / "report.json"
        args = (GLOB, "--state", str(state), "--fail-after", "2", "--output", f"json={report}")
        assert run(tmp_path, *args).returncode == 0
        age_state(state, 1)
        before_state, before_report = state.read_bytes(), report.read_bytes()
        article(tmp_path / "site" / "b.md", slow)
        proc = subprocess.Popen(
            command(*args),
            cwd=tmp_path,
            env=environ(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert site.wait_for_requests(1, timeout=60, route="/slow")
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate(timeout=30)
        assert proc.returncode == 143, err
        assert "Traceback" not in err
        assert state.read_bytes() == before_state
        assert report.read_bytes() == before_report
        assert sorted(p.name for p in state.parent.iterdir()) == ["state.json"]
        assert sorted(p.name for p in report.parent.iterdir()) == ["report.json"]
        site.routes["/slow"] = page()
        code, r = night(tmp_path, *args)
    assert code == 1  # the stopped night was not counted: this is the second, failing night
    assert r["history"]["still_broken"] == [gone]
    assert r["history"]["runs"] == 2
    assert load(report)["history"]["runs"] == 2


def test_each_nights_exit_code_is_the_documented_one(tmp_path: Path) -> None:
    with serve({"/gone": GONE, "/ok": page()}) as site:
        gone, ok = site.url("/gone"), site.url("/ok")
        article(tmp_path / "site" / "a.md", gone, ok)
        state = tmp_path / "state.json"
        args = (GLOB, "--state", str(state), "--fail-after", "2", "-q")
        codes = [run(tmp_path, *args).returncode]  # graced: 0
        age_state(state, 1)
        codes.append(run(tmp_path, *args).returncode)  # failing: 1
        age_state(state, 1)
        site.routes["/gone"] = page()
        codes.append(run(tmp_path, *args).returncode)  # recovered: 0
        age_state(state, 1)
        bad = tmp_path / "site" / "latin.md"
        bad.write_bytes("# Caf\xe9\n\nSee [it](http://127.0.0.1:1/x).\n".encode("latin-1"))
        before = state.read_bytes()
        stopped = run(tmp_path, *args)
        codes.append(stopped.returncode)  # an unreadable article, no --keep-going: 2, nothing fetched
        assert state.read_bytes() == before
        assert "latin.md:1" in stopped.stderr or "latin.md" in stopped.stderr, stopped.stderr
        kept = run(tmp_path, *args, "--keep-going")
        codes.append(kept.returncode)  # reported as a failed result: 1
        assert "latin.md" in kept.stderr
    assert codes == [0, 1, 0, 2, 1], codes
    assert load(state)["urls"][gone]["consecutive_failures"] == 0
    assert load(state)["runs"] == 4
