"""Held-out probe (nightly4, forty-third session): the nightly job as it lives for months, a fourth time.

Written from README.md, docs/ (ci, api, sources-format, json-schema), ``linkcheck --help``, ``linkcheck
extract --help`` and the earlier probes' docstrings, before any code under ``src/`` was read, and committed
before any change there. Every case runs the real command (``python -m linkcheck`` in a subprocess, as a
scheduled job does) against pages served on 127.0.0.1 by ``tests/site_server.py``; nights are simulated by
moving the state's times back by hand. Covered (none of the earlier probes' cases): a state hand-edited
with a JSON error (set aside whole, the warning naming the file and the line); a state cut short by a full
disk in the middle of a multi-byte character; a state written by a newer linkcheck under the same schema
with fields this one does not know (read, counts kept) and under a newer schema (exit 2, file untouched,
nothing fetched); four jobs at once on one state (every job's entries and runs kept, no lock or temporary
file left); a night killed with SIGKILL midway (state and cache as they were) and rerun; a runner whose
clock ran three days ahead the night before (no time after tonight written back); first failures written
in other zones (+14:00 and -12:00) on either side of ``--grace``'s end; a shrinking manifest under a long
``--grace`` (kept for twice the grace, dropped after); a URL an editor replaced and then put back (its own
count resumes); "newly broken" across a night the job did not run; a state of 20,000 entries read and
written back whole by a run over a few links. Time is never asserted; every wait is bounded.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from tests.site_server import Page, serve

SRC = Path(__file__).resolve().parents[1] / "src"
TIME_KEYS = ("first_failure", "last_failure", "last_success", "last_checked")


def page(title: str) -> Page:
    body = (
        f"<!doctype html><html><head><title>{title}</title>"
        '<meta property="og:site_name" content="Harbour Courier"></head>'
        f"<body><article><h1>{title}</h1><p>{'The ferry timetable changed on Monday. ' * 20}</p>"
        "</article></body></html>"
    ).encode()
    return Page(body=body)


GONE = Page(status=404, body=b"<html><head><title>Not Found</title></head><body>Not found</body></html>")


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "linkcheck", *args, "--allow-private", "--retries", "0", "--timeout", "5"]


def environ() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    env["PYTHONPATH"] = str(SRC)
    return env


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args), cwd=cwd, env=environ(), capture_output=True, text=True, timeout=120)


def run_json(cwd: Path, *args: str) -> tuple[int, dict[str, Any], str]:
    proc = run(cwd, *args, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def manifest(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def age_state(path: Path, days: float) -> None:
    """Move every time in the state back by ``days`` (forward when negative)."""
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


def only_state(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


# --- a damaged state ------------------------------------------------------------------------------------


def test_a_hand_edited_state_with_a_json_error_is_set_aside_naming_the_file_and_line(tmp_path: Path) -> None:
    with serve({"/a": GONE}) as site:
        url = site.url("/a")
        sources = manifest(tmp_path / "sources.txt", url)
        state = tmp_path / "st" / "state.json"
        assert run(tmp_path, str(sources), "--state", str(state), "--fail-after", "2").returncode == 0
        # an editor "resets" the link by hand and leaves a doubled comma (in an indented file)
        data = load(state)
        text = json.dumps(data, indent=2).replace('"urls": {', '"urls": {\n    "note": "reset by hand",,', 1)
        state.write_text(text, encoding="utf-8")
        bad_line = next(i for i, line in enumerate(text.splitlines(), 1) if ",," in line)
        proc = run(tmp_path, str(sources), "--state", str(state), "--fail-after", "2")
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 0, proc.stderr  # a fresh history: the dead link is graced again
    aside = [p for p in state.parent.iterdir() if p.name.startswith("state.json.corrupt-")]
    assert len(aside) == 1
    assert aside[0].read_text(encoding="utf-8") == text
    assert str(state) in proc.stderr or "state.json" in proc.stderr
    assert f"line {bad_line}" in proc.stderr, proc.stderr
    assert load(state)["urls"], "the fresh history holds tonight's check"


def test_a_state_cut_short_in_a_multibyte_character_is_set_aside_without_a_traceback(tmp_path: Path) -> None:
    with serve({"/a": GONE, "/b": page("Паромы")}) as site:
        sources = manifest(tmp_path / "sources.txt", site.url("/a") + " | title: Паромы", site.url("/b"))
        state = tmp_path / "state.json"
        run(tmp_path, str(sources), "--state", str(state))
        raw = json.dumps(load(state) | {"note": "Паромы и расписание"}, ensure_ascii=False).encode()
        cut = raw[: raw.index("Паромы".encode()) + 3]  # in the middle of "а"
        state.write_bytes(cut)
        proc = run(tmp_path, str(sources), "--state", str(state))
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode in (0, 1)
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("state.json.corrupt-")]
    assert len(aside) == 1
    assert aside[0].read_bytes() == cut
    assert load(state)["schema"] == "linkcheck-state/1"


def test_a_state_with_fields_a_newer_linkcheck_added_keeps_its_counts(tmp_path: Path) -> None:
    with serve({"/a": GONE}) as site:
        url = site.url("/a")
        sources = manifest(tmp_path / "sources.txt", url)
        state = tmp_path / "state.json"
        assert run(tmp_path, str(sources), "--state", str(state), "--fail-after", "2").returncode == 0
        data = load(state)
        data["generator"] = {"name": "linkcheck", "version": "9.0"}
        for entry in data["urls"].values():
            entry["last_title"] = "Ferry timetable"
            entry["archived_copy"] = None
        state.write_text(json.dumps(data), encoding="utf-8")
        proc = run(tmp_path, str(sources), "--state", str(state), "--fail-after", "2")
    assert proc.returncode == 1, proc.stderr  # second failure in a row: the count went on
    assert not [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert "Traceback" not in proc.stderr


def test_a_state_of_a_newer_schema_stops_the_run_and_is_left_byte_for_byte(tmp_path: Path) -> None:
    with serve({"/a": page("Ferry timetable")}) as site:
        sources = manifest(tmp_path / "sources.txt", site.url("/a"))
        state = tmp_path / "state.json"
        body = json.dumps({"schema": "linkcheck-state/2", "runs": 40, "urls": {}, "shards": []}).encode()
        state.write_bytes(body)
        proc = run(tmp_path, str(sources), "--state", str(state))
        asked = site.paths()
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "state.json" in proc.stderr, proc.stderr
    assert "linkcheck-state/2" in proc.stderr or "newer" in proc.stderr.lower(), proc.stderr
    assert state.read_bytes() == body
    assert only_state(tmp_path) == ["sources.txt", "state.json"]
    assert asked == []


# --- jobs at once, a killed night ----------------------------------------------------------------------


def test_four_jobs_at_once_on_one_state_keep_every_entry_and_every_run(tmp_path: Path) -> None:
    routes = {f"/p{i}": Page(body=page(f"Story {i}").body, hold=1.0) for i in range(4)}
    with serve(routes) as site:
        state_dir = tmp_path / "shared"
        state = state_dir / "state.json"
        procs = []
        for i in range(4):
            sources = manifest(tmp_path / f"part{i}.txt", site.url(f"/p{i}"))
            procs.append(
                subprocess.Popen(
                    command(str(sources), "--state", str(state), "--format", "json"),
                    cwd=tmp_path,
                    env=environ(),
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            )
        outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err for _, err in outputs]
    data = load(state)
    assert len(data["urls"]) == 4, sorted(data["urls"])
    assert data["runs"] == 4
    assert only_state(state_dir) == ["state.json"]


def test_a_night_killed_with_sigkill_leaves_state_and_cache_and_the_rerun_counts(tmp_path: Path) -> None:
    routes = {"/dead": GONE, "/live": page("Ferry timetable")}
    with serve(routes) as site:
        first = manifest(tmp_path / "first.txt", site.url("/dead"), site.url("/live"))
        sources = manifest(tmp_path / "sources.txt", site.url("/dead"), site.url("/live"), site.url("/slow"))
        state, cache = tmp_path / "state.json", tmp_path / "cache.sqlite"
        common = ("--state", str(state), "--cache", str(cache), "--fail-after", "2")
        assert run(tmp_path, str(first), *common).returncode == 0
        before = state.read_bytes()
        site.routes["/slow"] = Page(body=page("Slow story").body, hold=60.0)
        proc = subprocess.Popen(
            command(str(sources), *common),
            cwd=tmp_path,
            env=environ(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert site.wait_for_requests(1, timeout=60, route="/slow")
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        assert state.read_bytes() == before
        site.routes["/slow"] = page("Slow story")
        rerun = run(tmp_path, str(sources), *common, "--format", "json")
    assert "Traceback" not in rerun.stderr, rerun.stderr
    assert rerun.returncode == 1, rerun.stderr  # the dead link's second counted night
    report = json.loads(rerun.stdout)
    assert report["history"]["runs"] == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("state.json") and p.name != "state.json"]


# --- clocks and zones ---------------------------------------------------------------------------------


def test_a_runner_whose_clock_ran_ahead_leaves_no_time_after_tonight(tmp_path: Path) -> None:
    with serve({"/a": GONE, "/b": page("Ferry timetable")}) as site:
        sources = manifest(tmp_path / "sources.txt", site.url("/a"), site.url("/b"))
        state = tmp_path / "state.json"
        run(tmp_path, str(sources), "--state", str(state))
        age_state(state, -3)  # last night's runner thought it was three days later
        start = datetime.now(UTC)
        code, report, err = run_json(tmp_path, str(sources), "--state", str(state), "--grace", "2")
        end = datetime.now(UTC) + timedelta(seconds=1)
    assert code == 0, err  # a failure cannot have started after tonight: graced from tonight
    data = load(state)
    for key, entry in data["urls"].items():
        for name in TIME_KEYS:
            value = entry.get(name)
            if value is not None:
                assert datetime.fromisoformat(value) <= end, (key, name, value)
    assert datetime.fromisoformat(data["updated"]) <= end
    previous = report["history"]["previous_run"]
    assert previous is None or datetime.fromisoformat(previous) <= end, previous
    assert start <= end


def _first_failure_written_in(state: Path, zone: timezone, age: timedelta) -> None:
    data = load(state)
    moment = (datetime.now(UTC) - age).astimezone(zone).isoformat()
    for entry in data["urls"].values():
        entry["first_failure"] = moment
    state.write_text(json.dumps(data), encoding="utf-8")


def test_first_failures_in_other_zones_are_read_in_their_zone(tmp_path: Path) -> None:
    with serve({"/a": GONE}) as site:
        sources = manifest(tmp_path / "sources.txt", site.url("/a"))
        ahead, behind = tmp_path / "ahead.json", tmp_path / "behind.json"
        for state in (ahead, behind):
            run(tmp_path, str(sources), "--state", str(state))
        # 7 days 2 hours ago, written at +14:00 (its clock reads 6 days 12 hours ago): grace has ended
        _first_failure_written_in(ahead, timezone(timedelta(hours=14)), timedelta(days=7, hours=2))
        # 6 days 22 hours ago, written at -12:00 (its clock reads 7 days 10 hours ago): still in grace
        _first_failure_written_in(behind, timezone(timedelta(hours=-12)), timedelta(days=6, hours=22))
        over = run(tmp_path, str(sources), "--state", str(ahead), "--grace", "7")
        within = run(tmp_path, str(sources), "--state", str(behind), "--grace", "7")
    assert over.returncode == 1, over.stdout + over.stderr
    assert within.returncode == 0, within.stdout + within.stderr


# --- a manifest that changes ---------------------------------------------------------------------------


def test_a_removed_citation_is_kept_for_twice_a_long_grace_then_dropped(tmp_path: Path) -> None:
    with serve({"/a": GONE, "/b": page("Ferry timetable")}) as site:
        both = manifest(tmp_path / "both.txt", site.url("/a"), site.url("/b"))
        one = manifest(tmp_path / "one.txt", site.url("/b"))
        kept, dropped = tmp_path / "kept.json", tmp_path / "dropped.json"
        for state in (kept, dropped):
            run(tmp_path, str(both), "--state", str(state), "--grace", "60")
        age_state(kept, 100)  # past 90 days, within 2 x 60
        age_state(dropped, 121)  # past 2 x 60
        run(tmp_path, str(one), "--state", str(kept), "--grace", "60")
        run(tmp_path, str(one), "--state", str(dropped), "--grace", "60")
    assert any(key.endswith("/a") for key in load(kept)["urls"]), sorted(load(kept)["urls"])
    assert not any(key.endswith("/a") for key in load(dropped)["urls"]), sorted(load(dropped)["urls"])
    assert any(key.endswith("/b") for key in load(dropped)["urls"])


def test_a_url_replaced_by_editors_then_put_back_resumes_its_own_count(tmp_path: Path) -> None:
    with serve({"/old": GONE, "/new": page("Ferry timetable")}) as site:
        old = manifest(tmp_path / "old.txt", site.url("/old"))
        new = manifest(tmp_path / "new.txt", site.url("/new"))
        state = tmp_path / "state.json"
        args = ("--state", str(state), "--fail-after", "2")
        night1 = run_json(tmp_path, str(old), *args)
        age_state(state, 1)
        night2 = run_json(tmp_path, str(new), *args)
        age_state(state, 1)
        night3 = run_json(tmp_path, str(old), *args)
    assert night1[0] == 0
    assert night1[1]["history"]["newly_broken"] == [site.url("/old")]
    history2 = night2[1]["history"]
    assert night2[0] == 0
    assert site.url("/old") not in history2["recovered"]
    assert site.url("/new") not in history2["recovered"]
    code3, report3, _ = night3
    assert code3 == 1  # its second failure in a row: the night between did not check it
    assert report3["history"]["still_broken"] == [site.url("/old")]


def listed_under(report: str, heading: str) -> str:
    """The lines of a report's list headed ``heading`` (its heading's line to the next blank line)."""
    lines = report.splitlines()
    for i, line in enumerate(lines):
        if line.lower().lstrip("*# ").startswith(heading):
            block = [line]
            for more in lines[i + 1 :]:
                if not more.strip():
                    break
                block.append(more)
            return "\n".join(block)
    return ""


def test_newly_broken_across_a_night_the_job_did_not_run(tmp_path: Path) -> None:
    routes = {"/a": page("Ferry timetable"), "/b": GONE, "/c": page("Harbour works")}
    with serve(routes) as site:
        sources = manifest(tmp_path / "sources.txt", site.url("/a"), site.url("/b"), site.url("/c"))
        state = tmp_path / "state.json"
        markdown = tmp_path / "report.md"
        run(tmp_path, str(sources), "--state", str(state), "--fail-after", "3")
        first_updated = load(state)["updated"]
        age_state(state, 2)  # the job did not run last night
        site.routes["/a"] = GONE
        code, report, err = run_json(
            tmp_path,
            str(sources),
            "--state",
            str(state),
            "--fail-after",
            "3",
            "--output",
            f"markdown={markdown}",
        )
    history = report["history"]
    assert code == 0, err
    assert history["newly_broken"] == [site.url("/a")]
    assert history["still_broken"] == [site.url("/b")]
    assert history["recovered"] == []
    previous = datetime.fromisoformat(history["previous_run"])
    assert previous < datetime.fromisoformat(first_updated) - timedelta(days=1)
    block = listed_under(markdown.read_text(encoding="utf-8"), "newly broken")
    assert site.url("/a") in block, block
    assert site.url("/b") not in block, block


# --- scale ----------------------------------------------------------------------------------------------


def test_a_state_of_twenty_thousand_entries_is_read_and_written_back_whole(tmp_path: Path) -> None:
    with serve({"/a": page("Ferry timetable"), "/b": GONE}) as site:
        sources = manifest(tmp_path / "sources.txt", site.url("/a"), site.url("/b"))
        state = tmp_path / "state.json"
        run(tmp_path, str(sources), "--state", str(state))
        data = load(state)
        template = next(iter(data["urls"].values()))
        for i in range(20_000):
            data["urls"][f"https://news{i % 50}.example/2026/11/{i}/story-{i}"] = dict(template)
        state.write_text(json.dumps(data), encoding="utf-8")
        size_before = state.stat().st_size
        proc = run(tmp_path, str(sources), "--state", str(state))
    assert proc.returncode in (0, 1), proc.stderr
    after = load(state)
    assert len(after["urls"]) == 20_002
    assert state.stat().st_size <= 2 * size_before
    assert only_state(tmp_path) == ["sources.txt", "state.json"]
