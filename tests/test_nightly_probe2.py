"""Held-out probe (nightly2, forty-first session): the nightly job over weeks, a second time.

Written from README.md, docs/ci.md, docs/api.md, docs/sources-format.md, docs/json-schema.md, ``linkcheck
--help``, ``linkcheck extract --help`` and the earlier probes' docstrings, before any code under ``src/`` was
read, and committed before any change there. Every case runs the real command (``python -m linkcheck`` in a
subprocess, as a scheduled job does) against pages served on 127.0.0.1 by the test, over several runs that
share what a nightly job keeps (``--state``, ``--cache``, ``linkcheck.toml``). Covered (none of the earlier
probes' cases): the cache's size as cited links come and go; a state file cut short by a crash (set aside,
its bytes kept, the next night counting afresh) and a cache file that is garbage or cut short; two jobs at
once on one state file night after night, each half's counts reaching ``--fail-after``; a ``blocked`` night
between two failing ones; a moved link whose target dies and comes back, with the cache keeping the
redirect; a dead link fixed in the manifest; ``--grace`` a minute either side of its end; ``--grace`` and
``--fail-after`` when only one of them holds; ``--fail-after 0`` and negative values; two runs in time zones
25 hours apart; a state whose times were edited by hand (no zone; in the future); ``linkcheck.toml`` against
the command line (``--grace 0`` and ``--fail-after 1`` winning over the file, ``linkcheck.toml`` over
``pyproject.toml``) and its errors (a TOML syntax error, an unknown key, a value of the wrong type, a negative
grace) naming the file, the key or the line; the text, Markdown and JUnit reports telling a link broken
tonight from one failing for days. Expectations are what the docs promise or, where they are silent, what a
demanding user of a mature tool expects. Time is never asserted; the waits are bounded.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.site_server import Page, serve_with
from tests.test_nightly_probe import (
    GONE,
    HTML,
    REPORT,
    NightServer,
    _night_server,
    age_entry,
    base,
    clean_env,
    command,
    manifest,
    moment,
    night,
    ok,
    run,
    validate,
    verdicts,
)

pytestmark = pytest.mark.e2e

PIER = "Pier repairs to start in spring"
LOCK = "Canal lock reopens after a decade"
TIDE = "Tide gauge moved to the outer harbour"

FORBIDDEN = Page(403, b"<html><head><title>403 Forbidden</title></head><body>Forbidden</body></html>", HTML)


def moved_to(location: str) -> Page:
    return Page(301, b"", {"Location": location, "Content-Type": "text/html; charset=utf-8"})


@pytest.fixture
def site() -> Iterator[NightServer]:
    routes = {
        "/news/pier": ok(PIER),
        "/news/lock": ok(LOCK),
        "/news/tide": ok(TIDE),
    }
    with serve_with(_night_server, routes) as server:
        try:
            yield server
        finally:
            server.stopping.set()


def state_data(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def table_rows(path: Path) -> int:
    """Every row of every table of an SQLite file (what the cache holds, whatever its tables are called)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute("select name from sqlite_master where type = 'table'")]
        return sum(con.execute(f'select count(*) from "{name}"').fetchone()[0] for name in names)
    finally:
        con.close()


# === 1. the files a nightly job keeps, over many nights ===============================================


def test_the_cache_does_not_grow_without_bound_as_cited_links_come_and_go(
    site: NightServer, tmp_path: Path
) -> None:
    """Each night cites 12 other pages (a newsroom's front page of the day); entries no run can use again
    (expired, with nothing to revalidate them by: no ETag, no Last-Modified) must not pile up for ever."""
    o = site.origin
    for n in range(60):
        site.routes[f"/day/{n}"] = ok(f"Harbour diary, entry number {n}")
    rows = []
    for day in range(5):
        manifest(tmp_path, *(f"{o}/day/{n}" for n in range(day * 12, day * 12 + 12)))
        proc = run(
            ["sources.txt", *base(site), "--cache", "cache.sqlite", "--cache-ttl", "1s", "--format", "json"],
            tmp_path,
        )
        assert proc.returncode == 0, proc.stderr
        rows.append(table_rows(tmp_path / "cache.sqlite"))
        time.sleep(1.2)  # the night's entries expire (bounded wait; nothing is timed)
    # At most about one night's pages: the first form compared night 5 with night 2, whose own count
    # depends on how many of its 1 s entries expired before its run ended (14 to 50 under load).
    assert rows[4] <= 15, f"cache rows night by night: {rows}"


def test_a_state_cut_short_by_a_crash_is_set_aside_whole_and_the_next_night_counts_afresh(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/pier | title: {PIER}", f"{o}/news/lock | title: {LOCK}")
    night(site, tmp_path, "--fail-after", "2")
    state = tmp_path / ".linkcheck" / "state.json"
    whole = state.read_bytes()
    cut = whole[: len(whole) // 2]
    state.write_bytes(cut)
    site.routes["/news/lock"] = GONE
    code, rep, proc = night(site, tmp_path, "--fail-after", "2")
    assert code == 0, proc.stderr  # the dead link is new to a fresh history: graced
    assert verdicts(rep)[f"{o}/news/lock"] == "warn"
    assert "state.json" in proc.stderr, proc.stderr  # the warning names the file set aside
    aside = sorted(state.parent.glob("state.json.corrupt-*"))
    assert len(aside) == 1, sorted(p.name for p in state.parent.iterdir())
    assert aside[0].read_bytes() == cut  # nothing lost: the crashed file's bytes, as they were
    assert rep["history"]["runs"] == 1
    code, rep, proc = night(site, tmp_path, "--fail-after", "2")  # the next night reads its own file
    assert code == 1, proc.stderr
    assert rep["history"]["runs"] == 2
    assert len(sorted(state.parent.glob("state.json.corrupt-*"))) == 1


@pytest.mark.parametrize("damage", ["garbage", "cut_short"])
def test_a_damaged_cache_file_never_stops_the_night_with_a_traceback(
    site: NightServer, tmp_path: Path, damage: str
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/pier | title: {PIER}", f"{o}/news/tide | title: {TIDE}")
    args = ["sources.txt", *base(site), "--cache", "cache.sqlite", "--format", "json"]
    assert run(args, tmp_path).returncode == 0
    cache = tmp_path / "cache.sqlite"
    if damage == "garbage":
        cache.write_bytes(b"\x00\x17 this is not a database at all " * 200)
    else:
        cache.write_bytes(cache.read_bytes()[:1500])
    proc = run(args, tmp_path)  # `run` asserts no traceback
    if proc.returncode == 2:  # refusing is acceptable only with the file named
        assert "cache.sqlite" in proc.stderr, proc.stderr
    else:
        assert proc.returncode == 0, proc.stderr
        rep = json.loads(proc.stdout)
        assert set(verdicts(rep).values()) == {"pass"}
        assert "cache.sqlite" in proc.stderr, "a damaged cache replaced without a word"


def test_two_jobs_at_once_on_one_state_count_both_halves_to_fail_after(
    site: NightServer, tmp_path: Path
) -> None:
    """A matrix of two jobs over two halves of a site, sharing one state, three nights: each half's dead
    link reaches ``--fail-after 3`` on the third night (neither job's counts lost to the other's write)."""
    o = site.origin
    site.routes["/a/dead"] = GONE
    site.routes["/b/dead"] = GONE
    site.delays["/a/slow"] = 0.6
    site.delays["/b/slow"] = 0.6
    site.routes["/a/slow"] = ok(PIER)
    site.routes["/b/slow"] = ok(LOCK)
    (tmp_path / "a.txt").write_text(f"{o}/a/dead\n{o}/a/slow | title: {PIER}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{o}/b/dead\n{o}/b/slow | title: {LOCK}\n", encoding="utf-8")
    state = tmp_path / "state.json"
    env = clean_env()
    for night_no in range(1, 4):
        procs = [
            subprocess.Popen(
                [
                    *command(),
                    name,
                    *base(site),
                    "--state",
                    "state.json",
                    "--fail-after",
                    "3",
                    "--format",
                    "json",
                    "--no-config",
                    "--progress",
                    "never",
                ],
                cwd=tmp_path,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
            )
            for name in ("a.txt", "b.txt")
        ]
        outs = [p.communicate(timeout=120) for p in procs]
        codes = [p.returncode for p in procs]
        for _out, err in outs:
            assert b"Traceback" not in err, err.decode()
        want = 1 if night_no == 3 else 0
        assert codes == [want, want], (night_no, [e.decode()[-400:] for _, e in outs])
    data = state_data(state)
    assert "linkcheck-state/1" in json.dumps(data)


# === 2. --fail-after and --grace at their edges ======================================================


def test_a_blocked_night_between_two_failing_nights_leaves_the_count_alone(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    url = f"{o}/news/pier"
    manifest(tmp_path, f"{url} | title: {PIER}")
    site.routes["/news/pier"] = GONE
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")
    assert (code, verdicts(rep)[url]) == (0, "warn")
    site.routes["/news/pier"] = FORBIDDEN  # the site refuses the runner for a night: says nothing of the link
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")
    assert code == 0
    assert rep["results"][0]["status"] == "blocked"
    assert url not in rep["history"]["recovered"]
    site.routes["/news/pier"] = GONE
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")  # the second failure in the row
    assert (code, verdicts(rep)[url]) == (1, "fail"), rep["results"][0]["reason"]


def test_a_moved_link_whose_target_dies_is_graced_then_fails_and_recovers_through_the_cache(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    url = f"{o}/news/old-pier"
    site.routes["/news/old-pier"] = moved_to(f"{o}/news/pier")
    manifest(tmp_path, f"{url}#repairs | title: {PIER}")
    # a TTL shorter than a "night": within the TTL the cache serves the page unfetched (docs/ci.md), so a
    # target that dies is seen once its entry has expired (the first form of this test forgot that)
    extra = ("--fail-after", "2", "--cache", ".linkcheck/cache.sqlite", "--cache-ttl", "1s")
    code, rep, _ = night(site, tmp_path, *extra)
    assert code == 0
    assert "moved" in [f["kind"] for f in rep["results"][0]["findings"]]
    site.routes["/news/pier"] = GONE  # the redirect stays; its target dies
    time.sleep(1.2)  # bounded: the night's entries expire
    code, rep, _ = night(site, tmp_path, *extra)
    assert (code, rep["results"][0]["status"], verdicts(rep)[f"{url}#repairs"]) == (0, "dead", "warn")
    assert rep["history"]["newly_broken"] == [url]
    code, rep, _ = night(site, tmp_path, *extra)
    assert (code, verdicts(rep)[f"{url}#repairs"]) == (1, "fail")
    assert rep["history"]["still_broken"] == [url]
    site.routes["/news/pier"] = ok(PIER)
    time.sleep(1.2)
    code, rep, _ = night(site, tmp_path, *extra)
    assert code == 0
    assert rep["results"][0]["status"] == "ok"
    assert rep["history"]["recovered"] == [url]


def test_a_dead_link_fixed_in_the_manifest_leaves_every_list_and_the_new_one_starts_fresh(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    site.routes["/news/tide-gauge"] = GONE
    manifest(tmp_path, f"{o}/news/tide-gauge | title: {TIDE}")
    for _ in range(3):
        code, rep, _ = night(site, tmp_path, "--fail-after", "2")
    assert code == 1
    site.routes["/news/tide-gauge-new"] = GONE  # the editor's new address is dead too: a fresh count
    manifest(tmp_path, f"{o}/news/tide-gauge-new | title: {TIDE}")
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")
    hist = rep["history"]
    assert (code, verdicts(rep)[f"{o}/news/tide-gauge-new"]) == (0, "warn")
    assert hist["newly_broken"] == [f"{o}/news/tide-gauge-new"]
    assert f'"{o}/news/tide-gauge"' not in json.dumps(hist)  # quoted: not the new address it begins
    manifest(tmp_path, f"{o}/news/tide | title: {TIDE}")  # fixed for good
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")
    hist = rep["history"]
    assert code == 0
    assert hist["newly_broken"] == hist["still_broken"] == hist["graced"] == hist["recovered"] == []


@pytest.mark.parametrize(
    ("aged", "want"), [(timedelta(days=7, minutes=5), "fail"), (timedelta(days=6, hours=23), "warn")]
)
def test_grace_ends_exactly_grace_days_after_the_first_failure(
    site: NightServer, tmp_path: Path, aged: timedelta, want: str
) -> None:
    o = site.origin
    url = f"{o}/news/lock"
    site.routes["/news/lock"] = GONE
    manifest(tmp_path, f"{url} | title: {LOCK}")
    code, rep, _ = night(site, tmp_path, "--grace", "7")
    assert verdicts(rep)[url] == "warn"
    age_entry(tmp_path / ".linkcheck" / "state.json", url, aged)
    code, rep, _ = night(site, tmp_path, "--grace", "7")
    assert verdicts(rep)[url] == want, rep["results"][0]["reason"]
    assert code == (1 if want == "fail" else 0)


def test_grace_and_fail_after_both_must_hold_either_way(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    url = f"{o}/news/tide"
    site.routes["/news/tide"] = GONE
    manifest(tmp_path, f"{url} | title: {TIDE}")
    args = ("--fail-after", "3", "--grace", "2")
    night(site, tmp_path, *args)
    age_entry(tmp_path / ".linkcheck" / "state.json", url, timedelta(days=10))
    code, rep, _ = night(site, tmp_path, *args)  # ten days, but two runs: still graced
    assert (code, verdicts(rep)[url]) == (0, "warn")
    code, rep, _ = night(site, tmp_path, *args)  # ten days and three runs: fails
    assert (code, verdicts(rep)[url]) == (1, "fail")


@pytest.mark.parametrize("flag", [("--fail-after", "-1"), ("--grace", "-1"), ("--fail-after", "two")])
def test_a_nonsense_grace_is_a_usage_error_naming_the_option(
    site: NightServer, tmp_path: Path, flag: tuple[str, str]
) -> None:
    manifest(tmp_path, f"{site.origin}/news/pier | title: {PIER}")
    proc = run(["sources.txt", *base(site), "--state", "state.json", *flag], tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert flag[0] in proc.stderr, proc.stderr
    assert site.hits["/news/pier"] == 0
    assert not (tmp_path / "state.json").exists()


def test_fail_after_zero_never_means_never_fail(site: NightServer, tmp_path: Path) -> None:
    site.routes["/news/pier"] = GONE
    manifest(tmp_path, f"{site.origin}/news/pier | title: {PIER}")
    proc = run(["sources.txt", *base(site), "--state", "state.json", "--fail-after", "0"], tmp_path)
    if proc.returncode == 2:
        assert "--fail-after" in proc.stderr, proc.stderr
    else:
        assert proc.returncode == 1, proc.stdout  # as --fail-after 1: the dead link fails tonight


# === 3. the clock ====================================================================================


def test_two_runs_in_time_zones_25_hours_apart_are_not_a_day_apart(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    url = f"{o}/news/lock"
    site.routes["/news/lock"] = GONE
    manifest(tmp_path, f"{url} | title: {LOCK}")

    def tz_night(tz: str) -> tuple[int, dict[str, Any]]:
        proc = run(
            ["sources.txt", *base(site), "--state", "state.json", "--grace", "1", "--format", "json"],
            tmp_path,
            env=clean_env(TZ=tz),
        )
        assert proc.returncode in (0, 1), proc.stderr
        return proc.returncode, json.loads(proc.stdout)

    started = datetime.now(UTC) - timedelta(seconds=5)
    code, rep = tz_night("Pacific/Kiritimati")  # UTC+14
    assert (code, verdicts(rep)[url]) == (0, "warn")
    code, rep = tz_night("Pacific/Pago_Pago")  # UTC-11, a minute later
    assert (code, verdicts(rep)[url]) == (0, "warn"), rep["results"][0]["reason"]
    previous = moment(rep["history"]["previous_run"])
    assert previous.utcoffset() is not None
    assert started <= previous <= datetime.now(UTC) + timedelta(seconds=5)


def test_times_edited_by_hand_without_a_zone_are_read_not_lost(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    url = f"{o}/news/tide"
    site.routes["/news/tide"] = GONE
    manifest(tmp_path, f"{url} | title: {TIDE}")
    night(site, tmp_path, "--fail-after", "3")
    night(site, tmp_path, "--fail-after", "3")
    state = tmp_path / ".linkcheck" / "state.json"
    text = state.read_text(encoding="utf-8")
    stripped = text.replace("+00:00", "").replace('Z"', '"')
    assert stripped != text or "T" not in text, "the state's times carry no zone to strip"
    state.write_text(stripped, encoding="utf-8")
    code, rep, proc = night(site, tmp_path, "--fail-after", "3")
    assert (code, verdicts(rep)[url]) == (1, "fail"), proc.stderr  # the third failure in a row
    assert rep["history"]["runs"] == 3


def test_a_first_failure_dated_in_the_future_is_not_kept_in_the_future(
    site: NightServer, tmp_path: Path
) -> None:
    """A runner whose clock ran ahead wrote the state: the failure cannot have begun after tonight's run."""
    o = site.origin
    url = f"{o}/news/pier"
    site.routes["/news/pier"] = GONE
    manifest(tmp_path, f"{url} | title: {PIER}")
    night(site, tmp_path, "--grace", "3")
    state = tmp_path / ".linkcheck" / "state.json"
    age_entry(state, url, timedelta(days=-40))
    _code, rep, proc = night(site, tmp_path, "--grace", "3")
    assert verdicts(rep)[url] == "warn", proc.stderr
    now = datetime.now(UTC) + timedelta(minutes=5)
    for value in _times(state_data(state)):
        assert value <= now, f"a time after the run in the state: {value.isoformat()}"


def _times(node: Any) -> Iterator[datetime]:
    if isinstance(node, dict):
        for value in node.values():
            yield from _times(value)
    elif isinstance(node, list):
        for value in node:
            yield from _times(value)
    elif isinstance(node, str) and len(node) >= 19 and node[4] == "-" and node[10] in "T ":
        try:
            yield moment(node)
        except ValueError:
            return


# === 4. linkcheck.toml against the command line, and its errors =======================================


def toml_night(site: NightServer, cwd: Path, *extra: str) -> tuple[int, dict[str, Any], str]:
    proc = run(["sources.txt", *base(site), "--format", "json", *extra], cwd, config=True)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def test_fail_after_1_and_grace_0_on_the_command_line_win_over_the_file(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    url = f"{o}/news/lock"
    site.routes["/news/lock"] = GONE
    manifest(tmp_path, f"{url} | title: {LOCK}")
    (tmp_path / "linkcheck.toml").write_text(
        'state = "state.json"\nfail-after = 3\ngrace = 7\n', encoding="utf-8"
    )
    code, rep, _ = toml_night(site, tmp_path)
    assert (code, verdicts(rep)[url]) == (0, "warn")  # the file's grace
    code, rep, err = toml_night(site, tmp_path, "--fail-after", "1", "--grace", "0")
    assert (code, verdicts(rep)[url]) == (1, "fail"), (rep["results"][0]["reason"], err)


def test_linkcheck_toml_wins_over_pyproject(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    url = f"{o}/news/pier"
    site.routes["/news/pier"] = GONE
    manifest(tmp_path, f"{url} | title: {PIER}")
    (tmp_path / "linkcheck.toml").write_text('state = "state.json"\nfail-after = 3\n', encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "newsroom"\n\n[tool.linkcheck]\nstate = "other.json"\nfail-after = 1\n',
        encoding="utf-8",
    )
    code, rep, _ = toml_night(site, tmp_path)
    assert (code, verdicts(rep)[url]) == (0, "warn")
    assert (tmp_path / "state.json").exists()
    assert not (tmp_path / "other.json").exists()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('state = "state.json"\nfail-after = 3\ngrace = \n', [r"linkcheck\.toml", r"line 3\b|toml:3\b"]),
        ('state = "state.json"\nfail-afterr = 3\n', [r"linkcheck\.toml", "fail-afterr"]),
        ('state = "state.json"\nfail-after = "three"\n', [r"linkcheck\.toml", "fail-after"]),
        ('state = "state.json"\ngrace = -2\n', [r"linkcheck\.toml", "grace"]),
    ],
    ids=["syntax", "unknown-key", "wrong-type", "negative-grace"],
)
def test_a_bad_linkcheck_toml_stops_before_any_request_naming_the_file_and_what(
    site: NightServer, tmp_path: Path, text: str, named: list[str]
) -> None:
    manifest(tmp_path, f"{site.origin}/news/pier | title: {PIER}")
    (tmp_path / "linkcheck.toml").write_text(text, encoding="utf-8")
    proc = run(["sources.txt", *base(site)], tmp_path, config=True)
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    for pattern in named:  # the file, and the line or the key at fault
        assert re.search(pattern, proc.stderr), proc.stderr
    assert site.hits["/news/pier"] == 0
    assert not (tmp_path / "state.json").exists()


# === 5. what is new tonight, what has failed for days ================================================


def _two_kinds_of_failure(site: NightServer, tmp_path: Path, *fmt: str) -> subprocess.CompletedProcess[str]:
    o = site.origin
    site.routes["/news/pier"] = GONE
    manifest(tmp_path, f"{o}/news/pier | title: {PIER}", f"{o}/news/lock | title: {LOCK}")
    args = ["sources.txt", *base(site), "--state", "state.json", "--fail-after", "2"]
    for _ in range(2):
        assert run([*args, "--format", "json"], tmp_path).returncode in (0, 1)
    site.routes["/news/lock"] = GONE  # breaks tonight; the pier has failed since two nights
    return run([*args, *fmt], tmp_path)


def test_the_text_report_tells_tonights_breakage_from_the_old_one(site: NightServer, tmp_path: Path) -> None:
    proc = _two_kinds_of_failure(site, tmp_path, "--format", "text")
    assert proc.returncode == 1
    out = proc.stdout
    o = site.origin
    low = out.lower()
    assert "newly broken" in low, out
    new_part = low[low.index("newly broken") :]
    assert f"{o}/news/lock".lower() in new_part
    # the old failure is not announced as new, and its entry says since when it fails
    lines = [line for line in out.splitlines() if "newly broken" in line.lower()]
    assert all(f"{o}/news/pier" not in line for line in lines), lines
    today = datetime.now(UTC).date().isoformat()
    pier_block = out[out.index(f"{o}/news/pier") :].split("\n\n")[0]
    assert "since" in pier_block.lower() or today in pier_block or "3 runs" in pier_block, pier_block


def test_the_markdown_report_lists_only_tonights_breakage_as_new(site: NightServer, tmp_path: Path) -> None:
    proc = _two_kinds_of_failure(site, tmp_path, "--output", "markdown=report.md", "--format", "json")
    assert proc.returncode == 1
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    o = site.origin
    rep = json.loads(proc.stdout)
    validate(rep, REPORT)
    assert rep["history"]["newly_broken"] == [f"{o}/news/lock"]
    assert rep["history"]["still_broken"] == [f"{o}/news/pier"]
    new_lines = [line for line in md.splitlines() if "newly broken" in line.lower() and "http" in line]
    section = md.lower().split("newly broken", 1)[1] if "newly broken" in md.lower() else ""
    assert f"{o}/news/lock".lower() in section or any(f"{o}/news/lock" in ln for ln in new_lines), md
    head = section.split("\n#", 1)[0]
    assert f"{o}/news/pier" not in head, md


def test_junit_keeps_a_graced_link_out_of_the_failures_and_says_why(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    site.routes["/news/tide"] = GONE
    manifest(tmp_path, f"{o}/news/tide | title: {TIDE}", f"{o}/news/pier | title: {PIER}")
    proc = run(
        ["sources.txt", *base(site), "--state", "state.json", "--fail-after", "2", "--output", "junit=r.xml"],
        tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    root = ET.parse(tmp_path / "r.xml").getroot()
    cases = list(root.iter("testcase"))
    assert len(cases) == 2
    tide = next(c for c in cases if "/news/tide" in (c.get("name") or ""))
    assert tide.find("failure") is None
    assert tide.find("error") is None
    said = "".join(tide.itertext()).lower()
    assert "grace" in said or "warn" in said or "since" in said, ET.tostring(tide, encoding="unicode")
