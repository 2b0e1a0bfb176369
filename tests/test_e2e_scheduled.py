"""End to end: a scheduled job, played as three runs of the installed CLI against a local site that changes.

Settings come from a ``linkcheck.toml`` beside the manifest (state, cache, grace, outputs), as a CI job would
keep them. The site (on 127.0.0.1, counting requests, answering conditional requests with 304):

=========  ==================  ==================  ===========================
path       night 1             night 2             night 3 (after the TTL)
=========  ==================  ==================  ===========================
/stable    200 + ETag          (same)              (same): revalidated, 304
/dying     404                 404                 200: recovered
/soft      200 "not found"     200 "not found"     200 article: recovered
=========  ==================  ==================  ===========================

With ``fail-after = 2``: night 1 warns (newly broken, in grace) and exits 0; night 2 fails (still broken) and
exits 1; night 3 reports both as recovered and exits 0. The cache serves /stable without a request on night
2, revalidates it with its ETag on night 3, and never keeps the 404 or the soft 404.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import junitparser
import pytest

from tests.revalidating_server import RevalidatingServer, serve_revalidating
from tests.site_server import Page
from tests.test_e2e_cli import linkcheck_command

pytestmark = pytest.mark.e2e

TTL = 8.0  # seconds: nights 1 and 2 run well within it; the test waits it out before night 3
HTML = {"Content-Type": "text/html; charset=utf-8"}


def article(title: str) -> bytes:
    return (
        f"<html><head><title>{title} - Example Times</title>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="Example Times">'
        f'<meta property="article:published_time" content="2020-01-08T09:00:00Z"></head>'
        f"<body><h1>{title}</h1><p>Reporting from Baghdad on the talks.</p>"
        f"<p>The ministry confirmed the talks on Wednesday.</p></body></html>"
    ).encode()


NOT_FOUND = (
    b"<html><head><title>Page not found - Example Times</title></head>"
    b"<body><h1>Sorry, we couldn't find that page</h1>"
    b"<p>The page you requested does not exist.</p></body></html>"
)


@pytest.fixture
def site() -> Iterator[RevalidatingServer]:
    routes = {
        "/2020/01/08/stable": Page(200, article("Iraq resumes S-300 talks"), {**HTML, "ETag": '"stable-1"'}),
        "/2020/01/08/dying": Page(404, b"<html><title>404</title></html>", HTML),
        "/2020/01/08/soft": Page(200, NOT_FOUND, HTML),
    }
    with serve_revalidating(routes) as server:
        yield server


def night(cwd: Path, extra_env: dict[str, str] | None = None) -> tuple[int, dict[str, object], str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.pop("GITHUB_ACTIONS", None)
    env.update(extra_env or {})
    proc = subprocess.run(
        [*linkcheck_command(), "sources.txt", "--format", "json", "--progress", "never"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def test_three_nights_of_a_scheduled_job(site: RevalidatingServer, tmp_path: Path) -> None:
    o = site.origin
    stable, dying, soft = (f"{o}/2020/01/08/{name}" for name in ("stable", "dying", "soft"))
    (tmp_path / "sources.txt").write_text(
        f"@article | date: 2020-01-09 | title: Iraq resumes S-300 talks with Russia\n"
        f"{stable} | title: Iraq resumes S-300 talks | outlet: Example Times\n"
        f"{dying} | outlet: Example Times\n"
        f"{soft} | outlet: Example Times\n",
        encoding="utf-8",
    )
    (tmp_path / "linkcheck.toml").write_text(
        f"""
allow-hosts = ["{site.hostport}"]
retries = 0
state = ".linkcheck/state.json"
fail-after = 2
cache = ".linkcheck/cache.sqlite"
cache-ttl = {TTL}
output = {{junit = "reports/linkcheck.xml", markdown = "reports/summary.md"}}
""",
        encoding="utf-8",
    )
    junit_path = tmp_path / "reports" / "linkcheck.xml"
    summary_path = tmp_path / "reports" / "summary.md"
    state_path = tmp_path / ".linkcheck" / "state.json"

    # --- night 1: two new failures, both in grace -------------------------------------------------------
    code, report, err = night(tmp_path)
    cache_written = time.monotonic()
    assert code == 0, err
    by_line = {r["line"]: r for r in report["results"]}  # type: ignore[attr-defined]
    assert (by_line[2]["status"], by_line[2]["verdict"]) == ("ok", "pass")
    assert (by_line[3]["status"], by_line[3]["verdict"]) == ("dead", "warn")
    assert (by_line[4]["status"], by_line[4]["verdict"]) == ("soft_404", "warn")
    assert "a warning until it has failed 2 runs in a row" in by_line[3]["reason"]
    history = report["history"]
    assert history["newly_broken"] == [dying, soft]  # type: ignore[index]
    assert history["graced"] == [dying, soft]  # type: ignore[index]
    assert history["recovered"] == []  # type: ignore[index]
    assert "within the grace period" in summary_path.read_text(encoding="utf-8")
    suites = list(junitparser.JUnitXml.fromfile(str(junit_path)))
    assert sum(s.failures for s in suites) == 0
    assert sum(s.tests for s in suites) == 3
    assert "1 pass, 2 warn, 0 fail; 2 newly broken, 0 recovered, 2 in grace" in err
    assert dict(site.hits) == {"/2020/01/08/stable": 1, "/2020/01/08/dying": 1, "/2020/01/08/soft": 1}

    # --- night 2 (within the TTL): still broken, grace over: the build fails --------------------------------
    code, report, err = night(tmp_path, {"GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(tmp_path)})
    assert time.monotonic() - cache_written < TTL, "night 2 took too long to test the cache"
    assert code == 1, err
    by_line = {r["line"]: r for r in report["results"]}  # type: ignore[attr-defined]
    assert [by_line[n]["verdict"] for n in (2, 3, 4)] == ["pass", "fail", "fail"]
    history = report["history"]
    assert history["still_broken"] == [dying, soft]  # type: ignore[index]
    assert history["newly_broken"] == []  # type: ignore[index]
    assert history["graced"] == []  # type: ignore[index]
    suites = list(junitparser.JUnitXml.fromfile(str(junit_path)))
    assert sum(s.failures for s in suites) == 2
    assert "::error file=sources.txt,line=3,title=linkcheck%3A Dead link::" in err
    assert "::error file=sources.txt,line=4,title=linkcheck%3A Soft 404::" in err
    assert "cache: 1 hits" in err
    # the fine page came from the cache; the failures were fetched again (never cached)
    assert dict(site.hits) == {"/2020/01/08/stable": 1, "/2020/01/08/dying": 2, "/2020/01/08/soft": 2}
    state = json.loads(state_path.read_text(encoding="utf-8"))
    assert state["urls"][dying]["consecutive_failures"] == 2
    assert state["runs"] == 2

    # --- night 3 (after the TTL): the site is fixed ------------------------------------------------------
    site.routes["/2020/01/08/dying"] = Page(200, article("Iraq and Russia discuss air defence"), HTML)
    site.routes["/2020/01/08/soft"] = Page(200, article("Baghdad weighs Russian offer"), HTML)
    time.sleep(max(0.0, TTL + 0.5 - (time.monotonic() - cache_written)))
    code, report, err = night(tmp_path)
    assert code == 0, err
    by_line = {r["line"]: r for r in report["results"]}  # type: ignore[attr-defined]
    assert [by_line[n]["status"] for n in (2, 3, 4)] == ["ok", "ok", "ok"]
    history = report["history"]
    assert history["recovered"] == [dying, soft]  # type: ignore[index]
    assert history["still_broken"] == []  # type: ignore[index]
    summary = summary_path.read_text(encoding="utf-8")
    assert f"Recovered:\n- <{dying}> (`sources.txt:3`)\n- <{soft}> (`sources.txt:4`)" in summary
    assert "cache: 0 hits, 1 revalidated, 2 fetched" in err
    assert site.not_modified["/2020/01/08/stable"] == 1  # revalidated with its ETag: 304, no body
    assert dict(site.hits) == {"/2020/01/08/stable": 2, "/2020/01/08/dying": 3, "/2020/01/08/soft": 3}
    state = json.loads(state_path.read_text(encoding="utf-8"))
    entry = state["urls"][dying]
    assert entry["consecutive_failures"] == 0
    assert entry["first_failure"] is None
    assert entry["last_success"] is not None
    assert entry["last_failure"] is not None
    assert entry["last_status"] == "ok"
    assert [p.name for p in state_path.parent.iterdir() if p.name.endswith(".tmp")] == []
