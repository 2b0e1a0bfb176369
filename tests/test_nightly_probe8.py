"""Held-out probe (nightly8, forty-seventh session): a newsroom's nightly job over months, an eighth time.

Written from README.md, docs/ci.md, docs/json-schema.md, ``linkcheck --help``, the earlier probes'
docstrings and test names and nightly7's subsection in docs/benchmarks.md, before any code under ``src/``
was read, and committed before any change there. Every case runs the real command (``python -m linkcheck``
in a subprocess, as a scheduled job does) against pages served on 127.0.0.1 by ``tests/site_server.py``;
nights pass by moving the state's times back by hand (the state file's documented, hand-editable times),
never by sleeping. Covered (none of the earlier probes' cases): a server-error outage that only warns night
after night under the default ``--fail-on`` and then turns into a 404 that fails at once on the count kept;
a host that flaps within a night (503 then 200) passing on its retry and never entering the history; the
citing article's date corrected between nights (a working link fails at once as ``postdates_article``,
whatever the grace, and is in no history list, nor "recovered" when the date is put back); a night that
ends in a usage error leaving the state and every report file CI reads as they were, and not counted in
``runs``; ``history.previous_run`` null on the first night and then the previous night's finish; a soft 404
never served from the cache, its fixed page fetched and recovered, then a cache hit; articles found by a
quoted glob added and removed between nights; and standard error's cache line night after night with the
text report on standard output. Time is never asserted; every wait is bounded.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.site_server import Page, serve

SRC = Path(__file__).resolve().parents[1] / "src"
TIME_KEYS = ("first_failure", "last_failure", "last_success", "last_checked")
TITLE = "Tram line extended to the northern suburbs"
OUTLET = "Lakeside Evening Post"
SLUG = "/2021/03/04/tram-line-extended-to-the-northern-suburbs"
DEAD = "/2021/03/02/bus-fares-frozen-for-another-year"


GONE = Page(status=404, body=b"<html><head><title>Not Found</title></head><body>Not found</body></html>")


def story(title: str = TITLE, published: str = "2021-03-04T09:00:00+00:00") -> Page:
    body = (
        f"<!doctype html><html><head><title>{title} | {OUTLET}</title>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{OUTLET}">'
        f'<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{published}"></head>'
        f"<body><article><h1>{title}</h1><p>{'The tram now runs to the northern suburbs. ' * 20}</p>"
        "</article></body></html>"
    ).encode()
    return Page(body=body)


def command(*args: str, timeout: str = "5") -> list[str]:
    return [
        sys.executable, "-m", "linkcheck", *args,
        "--allow-private", "--no-config", "--retries", "0", "--timeout", timeout,
    ]  # fmt: skip


def environ(tz: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR", "TZ")}
    env["PYTHONPATH"] = str(SRC)
    if tz is not None:
        env["TZ"] = tz
    return env


def night_with_stderr(
    cwd: Path, *args: str, tz: str | None = None, timeout: str = "5"
) -> tuple[int, dict[str, Any], str]:
    proc = subprocess.run(
        command(*args, "--format", "json", timeout=timeout),
        cwd=cwd,
        env=environ(tz),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def night(cwd: Path, *args: str, tz: str | None = None, timeout: str = "5") -> tuple[int, dict[str, Any]]:
    code, report, _ = night_with_stderr(cwd, *args, tz=tz, timeout=timeout)
    return code, report


def manifest(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(["@article | date: 2021-03-10", *lines]) + "\n", encoding="utf-8")
    return path


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def age_state(path: Path, days: float) -> None:
    """Move every time in the state back by ``days``: a night (or more) passes."""
    data = load(path)
    for entry in data["urls"].values():
        for key in TIME_KEYS:
            if entry.get(key):
                entry[key] = (datetime.fromisoformat(entry[key]) - timedelta(days=days)).isoformat()
    if data.get("updated"):
        data["updated"] = (datetime.fromisoformat(data["updated"]) - timedelta(days=days)).isoformat()
    path.write_text(json.dumps(data), encoding="utf-8")


def result_for(report: dict[str, Any], url: str) -> dict[str, Any]:
    found = [r for r in report["results"] if r["url"] == url]
    assert len(found) == 1, report["results"]
    return found[0]


def listed(report: dict[str, Any], url: str) -> set[str]:
    history = report["history"]
    return {name for name in ("newly_broken", "still_broken", "recovered", "graced") if url in history[name]}


# --- thresholds changed between nights -------------------------------------------------------------------


def run_text(cwd: Path, *args: str) -> tuple[int, str, str]:
    proc = subprocess.run(command(*args), cwd=cwd, env=environ(), capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, proc.stdout, proc.stderr


SOFT_404 = Page(
    body=(
        f"<!doctype html><html><head><title>Page not found | {OUTLET}</title></head>"
        "<body><h1>404 - Page not found</h1><p>Sorry, the page you were looking for could not be found. "
        "It may have been moved or deleted.</p></body></html>"
    ).encode()
)
SERVER_ERROR = Page(
    status=500, body=b"<html><head><title>500 Internal Server Error</title></head><body>Error</body></html>"
)


# --- errors, retries and flapping --------------------------------------------------------------------------


def test_a_server_error_outage_only_warns_then_a_404_fails_at_once_on_the_count_kept(tmp_path: Path) -> None:
    """Three nights of 500 (an ``error``: warns by default, past any threshold), a 404 the fourth night."""
    with serve({SLUG: SERVER_ERROR}) as site:
        url = site.url(SLUG)
        manifest(tmp_path / "sources.txt", f"{url} | title: {TITLE}")
        args = ("sources.txt", "--state", "state.json", "--fail-after", "2")
        for n in range(1, 4):
            code, report = night(tmp_path, *args)
            assert code == 0, report["results"]
            result = result_for(report, url)
            assert result["status"] == "error", result
            assert result["verdict"] == "warn", result
            assert listed(report, url) & {"newly_broken", "still_broken"} == (
                {"newly_broken"} if n == 1 else {"still_broken"}
            ), report["history"]
            assert load(tmp_path / "state.json")["urls"][url]["consecutive_failures"] == n
            age_state(tmp_path / "state.json", 1)
        site.routes[SLUG] = GONE
        code, report = night(tmp_path, *args)
        assert code == 1, report["results"]
        result = result_for(report, url)
        assert result["status"] == "dead", result
        assert result["verdict"] == "fail", result
        assert "still_broken" in listed(report, url), report["history"]
        assert "newly_broken" not in listed(report, url), report["history"]
        assert load(tmp_path / "state.json")["urls"][url]["consecutive_failures"] == 4


def test_a_host_flapping_within_a_night_passes_on_its_retry_and_never_enters_the_history(
    tmp_path: Path,
) -> None:
    """Every first request of a night gets a 503, the retry a 200: three nights ``ok``, no history."""
    asked: list[int] = []

    def flapping(request: Any) -> Page:
        asked.append(1)
        if len(asked) % 2 == 1:
            return Page(status=503, body=b"<html><title>503 Service Unavailable</title></html>")
        return story()

    with serve({}, answer=flapping) as site:
        url = site.url(SLUG)
        manifest(tmp_path / "sources.txt", f"{url} | title: {TITLE}")
        for _ in range(3):
            before = len(asked)
            proc = subprocess.run(
                [*command("sources.txt", "--state", "state.json", "--format", "json"), "--retries", "1"],
                cwd=tmp_path,
                env=environ(),
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert proc.returncode == 0, proc.stderr
            report = json.loads(proc.stdout)
            assert result_for(report, url)["status"] == "ok", report["results"]
            assert listed(report, url) == set(), report["history"]
            assert len(asked) - before >= 2  # the 503 and its retry: each night asked again (no cache)
            entry = load(tmp_path / "state.json")["urls"].get(url, {})
            assert not entry.get("consecutive_failures"), entry
            age_state(tmp_path / "state.json", 1)


# --- the article changes, not the page ---------------------------------------------------------------------


def test_the_article_date_corrected_between_nights_fails_a_working_link_at_once_and_lists_it_nowhere(
    tmp_path: Path,
) -> None:
    """A mismatch is deterministic: no grace; the link works, so it is neither broken nor recovered."""
    with serve({SLUG: story()}) as site:
        url = site.url(SLUG)
        line = f"{url} | title: {TITLE}"
        args = ("sources.txt", "--state", "state.json", "--fail-after", "3", "--grace", "7")
        manifest(tmp_path / "sources.txt", line)
        code, report = night(tmp_path, *args)
        assert code == 0, report["results"]
        age_state(tmp_path / "state.json", 1)
        # The editor corrects the article's date to before the page it cites was published.
        (tmp_path / "sources.txt").write_text(f"@article | date: 2021-03-01\n{line}\n", encoding="utf-8")
        code, report = night(tmp_path, *args)
        assert code == 1, report["results"]
        result = result_for(report, url)
        assert result["verdict"] == "fail", result
        assert "postdates_article" in json.dumps(result), result
        assert listed(report, url) == set(), report["history"]
        age_state(tmp_path / "state.json", 1)
        manifest(tmp_path / "sources.txt", line)
        code, report = night(tmp_path, *args)
        assert code == 0, report["results"]
        assert listed(report, url) == set(), report["history"]


# --- what CI reads -----------------------------------------------------------------------------------------


def test_a_usage_error_night_leaves_state_and_every_report_file_and_is_not_counted(tmp_path: Path) -> None:
    """A bad option one night (exit 2): state, JUnit, Markdown and SARIF stay byte for byte; runs goes on."""
    with serve({DEAD: GONE, SLUG: story()}) as site:
        dead, good = site.url(DEAD), site.url(SLUG)
        manifest(
            tmp_path / "sources.txt",
            f"{dead} | title: Bus fares frozen for another year",
            f"{good} | title: {TITLE}",
        )
        outputs = (
            "-o",
            "junit=out/linkcheck.xml",
            "-o",
            "markdown=out/summary.md",
            "-o",
            "sarif=out/lc.sarif",
        )
        (tmp_path / "out").mkdir()
        code, report = night(tmp_path, "sources.txt", "--state", "state.json", "--fail-after", "2", *outputs)
        assert code == 0, report["results"]
        assert report["history"]["runs"] == 1, report["history"]
        files = ["state.json", "out/linkcheck.xml", "out/summary.md", "out/lc.sarif"]
        before = {name: (tmp_path / name).read_bytes() for name in files}
        age_state(tmp_path / "state.json", 1)
        before["state.json"] = (tmp_path / "state.json").read_bytes()
        code, out, err = run_text(tmp_path, "sources.txt", "--state", "state.json", "--grace", "-1", *outputs)
        assert code == 2, (out, err)
        assert "--grace" in err, err
        for name in files:
            assert (tmp_path / name).read_bytes() == before[name], name
        code, report = night(tmp_path, "sources.txt", "--state", "state.json", "--fail-after", "2", *outputs)
        assert code == 1, report["results"]
        assert report["history"]["runs"] == 2, report["history"]
        assert "still_broken" in listed(report, dead), report["history"]
        assert "<failure" in (tmp_path / "out/linkcheck.xml").read_text(encoding="utf-8")


def test_previous_run_is_null_the_first_night_and_then_when_the_previous_night_finished(
    tmp_path: Path,
) -> None:
    """``history.previous_run``: null, then the last night's finish (a day back, then two days back)."""
    with serve({SLUG: story()}) as site:
        url = site.url(SLUG)
        manifest(tmp_path / "sources.txt", f"{url} | title: {TITLE}")
        code, report = night(tmp_path, "sources.txt", "--state", "state.json")
        assert code == 0, report["results"]
        assert report["history"]["previous_run"] is None, report["history"]
        assert report["history"]["runs"] == 1, report["history"]
        for n, days in ((2, 1), (3, 2)):
            age_state(tmp_path / "state.json", days)
            code, report = night(tmp_path, "sources.txt", "--state", "state.json")
            assert code == 0, report["results"]
            history = report["history"]
            assert history["runs"] == n, history
            previous = datetime.fromisoformat(history["previous_run"])
            assert previous.tzinfo is not None, history
            ago = datetime.now(UTC) - previous
            assert timedelta(days=days, hours=-1) < ago < timedelta(days=days, hours=1), history


def test_a_soft_404_is_never_served_from_the_cache_and_its_fixed_page_is_fetched_then_cached(
    tmp_path: Path,
) -> None:
    """Night 1 a soft 404 (warned); night 2 the page is back: fetched, recovered; night 3 a cache hit."""
    with serve({SLUG: SOFT_404}) as site:
        url = site.url(SLUG)
        manifest(tmp_path / "sources.txt", f"{url} | title: {TITLE}")
        args = (
            "sources.txt",
            "--state",
            "state.json",
            "--fail-after",
            "2",
            "--cache",
            "cache.sqlite",
            "--cache-ttl",
            "7d",
        )
        code, report = night(tmp_path, *args)
        assert code == 0, report["results"]
        assert result_for(report, url)["status"] == "soft_404", report["results"]
        assert "newly_broken" in listed(report, url), report["history"]
        hits = site.hits[SLUG]
        age_state(tmp_path / "state.json", 1)
        site.routes[SLUG] = story()
        code, report = night(tmp_path, *args)
        assert code == 0, report["results"]
        assert result_for(report, url)["status"] == "ok", report["results"]
        assert "recovered" in listed(report, url), report["history"]
        assert site.hits[SLUG] > hits, "the soft 404 was served from the cache"
        hits = site.hits[SLUG]
        age_state(tmp_path / "state.json", 1)
        code, report = night(tmp_path, *args)
        assert code == 0, report["results"]
        assert result_for(report, url)["status"] == "ok", report["results"]
        assert listed(report, url) == set(), report["history"]
        assert site.hits[SLUG] == hits, "a page fine the night before, within --cache-ttl, was fetched again"


def test_articles_found_by_a_quoted_glob_come_and_go_between_nights(tmp_path: Path) -> None:
    """``'desk/*.txt'`` expanded by linkcheck each night: a manifest added citing a dead link is graced and
    newly broken; removed, its link is in no list but its entry stays in the state (not yet 90 days)."""
    with serve({DEAD: GONE, SLUG: story()}) as site:
        dead, good = site.url(DEAD), site.url(SLUG)
        desk = tmp_path / "desk"
        desk.mkdir()
        manifest(desk / "trams.txt", f"{good} | title: {TITLE}")
        args = ("desk/*.txt", "--state", "state.json", "--fail-after", "2")
        code, report = night(tmp_path, *args)
        assert code == 0, report["results"]
        assert len(report["results"]) == 1, report["results"]
        age_state(tmp_path / "state.json", 1)
        manifest(desk / "buses.txt", f"{dead} | title: Bus fares frozen for another year")
        code, report = night(tmp_path, *args)
        assert code == 0, report["results"]
        assert len(report["results"]) == 2, report["results"]
        assert result_for(report, dead)["verdict"] == "warn", report["results"]
        assert "newly_broken" in listed(report, dead), report["history"]
        age_state(tmp_path / "state.json", 1)
        (desk / "buses.txt").unlink()
        code, report = night(tmp_path, *args)
        assert code == 0, report["results"]
        assert len(report["results"]) == 1, report["results"]
        assert listed(report, dead) == set(), report["history"]
        assert dead in load(tmp_path / "state.json")["urls"]


def test_the_cache_line_on_standard_error_counts_hits_and_fetches_night_after_night(tmp_path: Path) -> None:
    """Text report on stdout; stderr's ``linkcheck: cache: H hits, R revalidated, F fetched`` each night:
    night 1 all fetched; night 2 the two good pages hits, the dead one (never stored) fetched again."""
    with serve({DEAD: GONE, SLUG: story(), "/2021/03/05/ferry": story("Ferry timetable changes")}) as site:
        dead, good, ferry = site.url(DEAD), site.url(SLUG), site.url("/2021/03/05/ferry")
        manifest(
            tmp_path / "sources.txt",
            f"{dead} | title: Bus fares frozen for another year",
            f"{good} | title: {TITLE}",
            f"{ferry} | title: Ferry timetable changes",
        )
        args = ("sources.txt", "--state", "state.json", "--fail-after", "3", "--cache", "cache.sqlite")
        pattern = re.compile(r"linkcheck: cache: (\d+) hits?, (\d+) revalidated, (\d+) fetched")
        seen = []
        for _ in range(2):
            code, out, err = run_text(tmp_path, *args)
            assert code == 0, (out, err)
            found = pattern.findall(err)
            assert len(found) == 1, err
            assert not pattern.search(out), out
            seen.append(tuple(int(n) for n in found[0]))
            age_state(tmp_path / "state.json", 1)
        assert seen[0] == (0, 0, 3), seen
        assert seen[1] == (2, 0, 1), seen


# --- added after the first run (8 of 8 passed at 6345ab17), still before reading src/ ----------------------


def test_the_documented_pyproject_table_as_written_runs_three_nights(tmp_path: Path) -> None:
    """docs/ci.md's ``[tool.linkcheck]`` example (``allow-private`` added for loopback, the token set): a
    page answering 403 passes (``accept``), the dead link warns twice and fails the third night (``fail-after
    3``), the reports land where ``output`` says, relative to the file, and the cache keeps the good pages."""
    forbidden = Page(
        status=403, body=b"<html><head><title>Access denied</title></head><body>Denied</body></html>"
    )
    with serve({DEAD: GONE, SLUG: story(), "/2021/03/06/council": forbidden}) as site:
        dead, good, blocked = site.url(DEAD), site.url(SLUG), site.url("/2021/03/06/council")
        project = tmp_path / "site"
        project.mkdir()
        manifest(
            project / "sources.txt",
            f"{dead} | title: Bus fares frozen for another year",
            f"{good} | title: {TITLE}",
            f"{blocked} | title: Council approves the budget",
        )
        (project / "pyproject.toml").write_text(
            "[tool.linkcheck]\n"
            "exclude = ['web\\.archive\\.org']\n"
            "accept = [200, 403]\n"
            'user-agent = "example-newsroom-linkcheck/1.0 (+https://example.org/contact)"\n'
            "workers = 8\n"
            "per-host = 1\n"
            "timeout = 20\n"
            'fail-on = "default"\n'
            'state = ".linkcheck/state.json"\n'
            "fail-after = 3\n"
            'cache = ".linkcheck/cache.sqlite"\n'
            "cache-ttl = 86400\n"
            'output = {junit = "reports/linkcheck.xml", markdown = "reports/linkcheck.md"}\n'
            "allow-private = true\n"
            "retries = 0\n"
            "\n"
            '[tool.linkcheck.headers."paywalled.example.com"]\n'
            'Authorization = "env:PAYWALL_TOKEN"\n',
            encoding="utf-8",
        )
        env = environ()
        env["PAYWALL_TOKEN"] = "s3cret-token-value"
        codes = []
        for n in range(3):
            proc = subprocess.run(
                [sys.executable, "-m", "linkcheck", "sources.txt", "--format", "json"],
                cwd=project,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert "Traceback" not in proc.stderr, proc.stderr
            codes.append(proc.returncode)
            report = json.loads(proc.stdout)
            assert result_for(report, good)["verdict"] == "pass", report["results"]
            assert result_for(report, blocked)["verdict"] == "pass", report["results"]
            assert result_for(report, dead)["verdict"] == ("fail" if n == 2 else "warn"), report["results"]
            junit = (project / "reports" / "linkcheck.xml").read_text(encoding="utf-8")
            assert ("<failure" in junit) == (n == 2), junit
            assert (project / "reports" / "linkcheck.md").is_file()
            assert (project / ".linkcheck" / "cache.sqlite").is_file()
            age_state(project / ".linkcheck" / "state.json", 1)
        assert codes == [0, 0, 1], codes
        assert site.hits[SLUG] == 1, site.hits  # fine the first night: from the cache after it
        for path in project.rglob("*"):
            if path.is_file():
                assert b"s3cret-token-value" not in path.read_bytes(), path


def test_two_runners_with_their_own_state_on_alternate_nights_never_fail_early(tmp_path: Path) -> None:
    """docs/ci.md (GitLab): a cache per runner starts the state afresh on another runner, so failures wait
    their grace again and nothing fails early. A and B alternate nightly under ``--fail-after 3``: the dead
    link warns four nights and fails on the fifth (A's third failing night)."""
    with serve({DEAD: GONE}) as site:
        url = site.url(DEAD)
        manifest(tmp_path / "sources.txt", f"{url} | title: Bus fares frozen for another year")
        states = {"a": tmp_path / "runner-a" / "state.json", "b": tmp_path / "runner-b" / "state.json"}
        codes = []
        for n in range(5):
            runner = "ab"[n % 2]
            code, report = night(tmp_path, "sources.txt", "--state", str(states[runner]), "--fail-after", "3")
            codes.append(code)
            expected = "fail" if n == 4 else "warn"
            assert result_for(report, url)["verdict"] == expected, (n, report["results"])
            for state in states.values():
                if state.exists():
                    age_state(state, 1)
        assert codes == [0, 0, 0, 0, 1], codes
        assert load(states["a"])["urls"][url]["consecutive_failures"] == 3
        assert load(states["b"])["urls"][url]["consecutive_failures"] == 2
