"""Held-out probe (nightly3, forty-second session): the nightly job as it lives for months, a third time.

Written from README.md, docs/ (ci, api, sources-format, json-schema), ``linkcheck --help``, ``linkcheck
extract --help`` and the earlier probes' docstrings, before any code under ``src/`` was read, and committed
before any change there. Every case runs the real command (``python -m linkcheck`` in a subprocess, as a
scheduled job does) against pages served on 127.0.0.1 by this test; nights are simulated by moving the
state's times back by hand (no sleeping, but for a cache entry's one-second TTL). Covered (none of the
earlier probes' cases): a link flapping (fail, pass, fail) under ``--grace`` with aged nights, the grace
counting from the last failure's start; a flapping link excluded for a night; a citation whose URL an editor
respells (scheme and host in capitals) keeping its history, and one moved to another URL starting afresh;
a headline edited between nights (``title_changed``, seen through the cache's revalidation); a host down for
a week (every link of it counted alike, failing when ``--grace 7`` ends) and back; the cache's entries
expiring as documented (a longer TTL's entry revalidated under a shorter one, a revalidated entry counting
from its revalidation, an entry without validators fetched whole, an expired entry never served while its
host is down); ``--state``/``--cache`` given on the command line relative to the working directory beside a
config file's relative to the file; two manifests sharing one state on alternate runs; the text, Markdown
and JSON reports telling new, ongoing and fixed problems apart on one night; a state grown over many nights
of changing citations staying bounded, with no stray files beside it. Expectations are what the docs
promise or, where they are silent, what a demanding user of a mature tool expects. Time is never asserted;
every wait is bounded.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

TIME_KEYS = ("first_failure", "last_failure", "last_success", "last_checked")


# --- a server whose pages the test changes between nights ---------------------------------------------


class Site:
    """Pages by path: (status, headers, body). Records each request's path and headers."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.log: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()

    def page(
        self,
        path: str,
        title: str,
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        published: str | None = None,
    ) -> None:
        stamp = f'<meta property="article:published_time" content="{published}">' if published else ""
        body = (
            f"<!doctype html><html><head><title>{title}</title>{stamp}"
            '<meta property="og:site_name" content="Coast Gazette"></head>'
            f"<body><article><h1>{title}</h1><p>{'The harbour council met on Tuesday. ' * 20}</p>"
            "</article></body></html>"
        ).encode()
        self.pages[path] = (status, dict(headers or {}), body)

    def gone(self, path: str) -> None:
        self.pages[path] = (
            404,
            {},
            b"<html><head><title>Not Found</title></head><body>Not found</body></html>",
        )

    def requests_for(self, path: str) -> list[dict[str, str]]:
        with self.lock:
            return [h for p, h in self.log if p == path]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            with site.lock:
                site.log.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            status, headers, body = site.pages.get(
                self.path, (404, {}, b"<html><body>Not found</body></html>")
            )
            etag = headers.get("ETag")
            if etag is not None and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def do_HEAD(self) -> None:
            status = site.pages.get(self.path, (404, {}, b""))[0]
            self.send_response(status)
            self.end_headers()

    return Handler


@contextlib.contextmanager
def serve(site: Site, port: int = 0) -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler(site))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    s = Site()
    with serve(s) as port:
        yield s, f"http://127.0.0.1:{port}"


# --- running the command and moving its nights ---------------------------------------------------------


def run(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    environ["PYTHONPATH"] = str(SRC)
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", *args, "--allow-private", "--retries", "0", "--timeout", "5"],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=90,
    )


def run_json(cwd: Path, *args: str) -> tuple[int, dict[str, Any], str]:
    proc = run(cwd, *args, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def by_url(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["url"]: r for r in report["results"]}


def age_state(path: Path, days: float) -> None:
    """Move every time in the state back by ``days``: the nights between two runs, by hand."""
    data = json.loads(path.read_text(encoding="utf-8"))

    def back(value: str | None) -> str | None:
        if value is None:
            return None
        return (datetime.fromisoformat(value) - timedelta(days=days)).isoformat()

    for entry in data["urls"].values():
        for key in TIME_KEYS:
            entry[key] = back(entry.get(key))
    data["updated"] = back(data.get("updated"))
    path.write_text(json.dumps(data), encoding="utf-8")


def entries(path: Path) -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["urls"]
    return data


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


def manifest(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


# --- flapping -------------------------------------------------------------------------------------------


def test_flapping_link_under_grace_counts_its_grace_from_its_latest_failure(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    """Failed 8 days ago, passed 7 days ago, fails tonight: ``--grace 5`` must start again tonight."""
    s, base = site
    s.gone("/story")
    src = manifest(tmp_path / "sources.txt", f"{base}/story | title: Council backs harbour plan")
    state = tmp_path / "state.json"
    code, rep, _ = run_json(tmp_path, str(src), "--state", str(state), "--grace", "5")
    assert code == 0
    assert rep["history"]["newly_broken"] == [f"{base}/story"]
    age_state(state, 1)
    s.page("/story", "Council backs harbour plan")
    code, rep, _ = run_json(tmp_path, str(src), "--state", str(state), "--grace", "5")
    assert code == 0
    assert rep["history"]["recovered"] == [f"{base}/story"]
    age_state(state, 7)
    s.gone("/story")
    code, rep, _ = run_json(tmp_path, str(src), "--state", str(state), "--grace", "5")
    result = by_url(rep)[f"{base}/story"]
    assert result["status"] == "dead"
    assert result["verdict"] == "warn", "the failure started tonight: five days of grace from tonight"
    assert rep["history"]["newly_broken"] == [f"{base}/story"]
    assert rep["history"]["graced"] == [f"{base}/story"]
    entry = entries(state)[f"{base}/story"]
    assert entry["consecutive_failures"] == 1
    assert datetime.fromisoformat(entry["first_failure"]) > datetime.fromisoformat(entry["last_success"])


def test_flapping_link_excluded_for_a_night_keeps_its_count_and_is_not_recovered(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    """fail, excluded (skipped), fail under ``--fail-after 2``: skipped leaves the count alone: it fails."""
    s, base = site
    s.gone("/flap")
    s.page("/other", "Ferry timetable changes")
    src = manifest(
        tmp_path / "sources.txt",
        f"{base}/flap | title: Harbour dredging delayed",
        f"{base}/other | title: Ferry timetable changes",
    )
    state = tmp_path / "state.json"
    code, rep, _ = run_json(tmp_path, str(src), "--state", str(state), "--fail-after", "2")
    assert code == 0
    age_state(state, 1)
    code, rep, _ = run_json(
        tmp_path, str(src), "--state", str(state), "--fail-after", "2", "--exclude", "/flap$"
    )
    assert by_url(rep)[f"{base}/flap"]["status"] == "skipped"
    assert f"{base}/flap" not in rep["history"]["recovered"]
    assert f"{base}/flap" not in rep["history"]["newly_broken"]
    assert entries(state)[f"{base}/flap"]["consecutive_failures"] == 1
    age_state(state, 1)
    code, rep, _ = run_json(tmp_path, str(src), "--state", str(state), "--fail-after", "2")
    assert code == 1
    assert by_url(rep)[f"{base}/flap"]["verdict"] == "fail"
    assert entries(state)[f"{base}/flap"]["consecutive_failures"] == 2


# --- a citation whose URL changes in the manifest ------------------------------------------------------


def test_url_respelt_in_capitals_keeps_its_history(site: tuple[Site, str], tmp_path: Path) -> None:
    """``HTTP://LOCALHOST:P/x`` and ``http://localhost:P/x`` are one URL (RFC 3986: scheme and host are
    case-insensitive): an editor tidying the spelling must not reset the link's failures."""
    s, base = site
    port = base.rsplit(":", 1)[1]
    s.gone("/dead-story")
    state = tmp_path / "state.json"
    src = tmp_path / "sources.txt"
    manifest(src, f"HTTP://LOCALHOST:{port}/dead-story | title: Lighthouse keeper retires")
    code, _rep, _ = run_json(tmp_path, str(src), "--state", str(state), "--fail-after", "2")
    assert code == 0
    age_state(state, 1)
    manifest(src, f"http://localhost:{port}/dead-story | title: Lighthouse keeper retires")
    code, rep, _ = run_json(tmp_path, str(src), "--state", str(state), "--fail-after", "2")
    assert code == 1, "second failing night of one URL under --fail-after 2"
    assert rep["history"]["newly_broken"] == []
    assert len(rep["history"]["still_broken"]) == 1
    assert len(entries(state)) == 1


def test_url_changed_to_another_dead_one_starts_afresh_and_old_history_is_not_reported(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    s, base = site
    s.gone("/2026/old-path")
    s.gone("/2026/new-path")
    state = tmp_path / "state.json"
    src = tmp_path / "sources.txt"
    manifest(src, f"{base}/2026/old-path | title: Marina expansion approved")
    for _ in range(2):
        run_json(tmp_path, str(src), "--state", str(state), "--fail-after", "3")
        age_state(state, 1)
    manifest(src, f"{base}/2026/new-path | title: Marina expansion approved")
    code, rep, _ = run_json(tmp_path, str(src), "--state", str(state), "--fail-after", "3")
    assert code == 0, "the new address has failed once: graced"
    hist = rep["history"]
    assert hist["newly_broken"] == [f"{base}/2026/new-path"]
    listed = hist["newly_broken"] + hist["recovered"] + hist["still_broken"] + hist["graced"]
    assert f"{base}/2026/old-path" not in listed, "an address no longer cited was not checked tonight"
    kept = entries(state)
    assert kept[f"{base}/2026/old-path"]["consecutive_failures"] == 2, "kept (under 90 days), untouched"
    assert kept[f"{base}/2026/new-path"]["consecutive_failures"] == 1


# --- a headline edited between nights ------------------------------------------------------------------


def test_headline_edited_between_nights_is_title_changed_through_the_cache(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    s, base = site
    path = "/2026/11/30/harbour-bridge-reopens-after-repairs"
    day = "2026-11-30T07:40:00+00:00"
    s.page(path, "Harbour bridge reopens after repairs", headers={"ETag": '"v1"'}, published=day)
    src = manifest(
        tmp_path / "sources.txt",
        f"{base}{path} | title: Harbour bridge reopens after repairs | date: 2026-11-30",
    )
    state, cache = tmp_path / "state.json", tmp_path / "cache.sqlite"
    common = ("--state", str(state), "--cache", str(cache), "--cache-ttl", "1s")
    code, rep, _ = run_json(tmp_path, str(src), *common)
    assert code == 0
    assert by_url(rep)[f"{base}{path}"]["findings"] == []
    s.page(path, "Bridge back in use as repair work ends early", headers={"ETag": '"v2"'}, published=day)
    time.sleep(1.3)  # the cache entry's one-second TTL runs out (a bounded wait; nothing is timed)
    age_state(state, 1)
    code, rep, _ = run_json(tmp_path, str(src), *common)
    result = by_url(rep)[f"{base}{path}"]
    kinds = [f["kind"] for f in result["findings"]]
    assert "title_changed" in kinds, result
    assert result["verdict"] == "pass", "title_changed is info only"
    assert code == 0
    assert result["title"] == "Bridge back in use as repair work ends early"
    hist = rep["history"]
    assert hist["newly_broken"] == []
    assert hist["still_broken"] == []
    assert hist["recovered"] == []
    assert s.requests_for(path)[-1].get("if-none-match") == '"v1"', "the expired entry was revalidated"


# --- a host down for a week, then back -----------------------------------------------------------------


def test_host_down_for_a_week_is_graced_then_fails_then_recovers(tmp_path: Path) -> None:
    s = Site()
    paths = [f"/news/{i}" for i in range(5)]
    for i, p in enumerate(paths):
        s.page(p, f"Port authority report {i}")
    with serve(s) as port:
        pass  # the port is free again: the host is down
    base = f"http://127.0.0.1:{port}"
    src = manifest(
        tmp_path / "sources.txt",
        *(f"{base}{p} | title: Port authority report {i}" for i, p in enumerate(paths)),
    )
    state = tmp_path / "state.json"
    args = (str(src), "--state", str(state), "--grace", "7", "--fail-after", "3")
    for night in range(1, 8):  # seven nights down: first failure 0..6 days ago
        code, rep, _ = run_json(tmp_path, *args)
        assert code == 0, f"night {night}: within the week's grace"
        assert {r["verdict"] for r in rep["results"]} == {"warn"}
        assert sorted(rep["history"]["graced"]) == sorted(base + p for p in paths)
        counts = {e["consecutive_failures"] for e in entries(state).values()}
        assert counts == {night}, f"night {night}: every link of the down host counted alike: {counts}"
        age_state(state, 1)
    code, rep, _ = run_json(tmp_path, *args)  # night 8: a week since the first failure
    assert code == 1
    assert {r["verdict"] for r in rep["results"]} == {"fail"}
    assert rep["history"]["graced"] == []
    assert sorted(rep["history"]["still_broken"]) == sorted(base + p for p in paths)
    age_state(state, 1)
    with serve(s, port):
        code, rep, _ = run_json(tmp_path, *args)
    assert code == 0
    assert sorted(rep["history"]["recovered"]) == sorted(base + p for p in paths)
    assert {e["consecutive_failures"] for e in entries(state).values()} == {0}


def test_expired_cache_entry_is_not_served_while_its_host_is_down(tmp_path: Path) -> None:
    """An expired entry is revalidated; a host that does not answer is a failure, not a stale ``ok``."""
    s = Site()
    s.page("/story", "Fish market moves inland", headers={"ETag": '"a"'})
    src = tmp_path / "sources.txt"
    state, cache = tmp_path / "state.json", tmp_path / "cache.sqlite"
    with serve(s) as port:
        manifest(src, f"http://127.0.0.1:{port}/story | title: Fish market moves inland")
        code, rep, _ = run_json(
            tmp_path, str(src), "--state", str(state), "--cache", str(cache), "--cache-ttl", "1s"
        )
        assert code == 0
        assert rep["results"][0]["status"] == "ok"
    time.sleep(1.3)
    code, rep, _ = run_json(
        tmp_path, str(src), "--state", str(state), "--cache", str(cache), "--cache-ttl", "1s"
    )
    assert rep["results"][0]["status"] in ("dead", "error"), rep["results"][0]
    assert rep["history"]["newly_broken"] == [f"http://127.0.0.1:{port}/story"]


# --- the cache's entries expiring as documented ---------------------------------------------------------


def test_cache_ttl_is_the_runs_and_a_revalidated_entry_counts_from_its_revalidation(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    s, base = site
    s.page("/v", "Tidal power station opens", headers={"ETag": '"t1"'})
    s.page("/plain", "Beach clean-up draws hundreds")
    src = manifest(
        tmp_path / "sources.txt",
        f"{base}/v | title: Tidal power station opens",
        f"{base}/plain | title: Beach clean-up draws hundreds",
    )
    cache = tmp_path / "cache.sqlite"
    c = ("--cache", str(cache))
    assert run(tmp_path, str(src), *c, "--cache-ttl", "7d").returncode == 0
    assert len(s.requests_for("/v")) == 1
    assert len(s.requests_for("/plain")) == 1
    assert run(tmp_path, str(src), *c, "--cache-ttl", "7d").returncode == 0
    assert len(s.requests_for("/v")) == 1, "within the TTL: not fetched at all"
    # the entries are now older than the next run's 10-second TTL (a bounded wait; nothing is timed)
    time.sleep(10.3)
    proc = run(tmp_path, str(src), *c, "--cache-ttl", "10s")
    assert proc.returncode == 0
    v = s.requests_for("/v")
    assert len(v) == 2
    assert v[-1].get("if-none-match") == '"t1"', "stored under 7d, older than this run's 10s: revalidated"
    plain = s.requests_for("/plain")
    assert len(plain) == 2, "no validator: fetched whole"
    assert "if-none-match" not in plain[-1]
    assert "if-modified-since" not in plain[-1]
    # the summary line (stderr, or the text report's own last line when it is on standard output)
    assert re.search(r"\b1 revalidated\b", proc.stderr + proc.stdout), proc.stderr + proc.stdout
    assert run(tmp_path, str(src), *c, "--cache-ttl", "10s").returncode == 0
    assert len(s.requests_for("/v")) == 2, "revalidated a moment ago: fresh, though stored over 10 s ago"
    assert len(s.requests_for("/plain")) == 2, "fetched whole a moment ago: fresh"


# --- paths relative to the working directory vs the config file ----------------------------------------


def test_flag_paths_are_relative_to_the_working_directory_and_file_paths_to_the_file(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    s, base = site
    s.page("/a", "Seawall funding agreed")
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "linkcheck.toml").write_text(
        'state = "kept/state.json"\ncache = "kept/cache.sqlite"\n', encoding="utf-8"
    )
    work = tmp_path / "work"
    work.mkdir()
    manifest(work / "sources.txt", f"{base}/a | title: Seawall funding agreed")
    proc = run(work, "sources.txt", "--config", "../conf/linkcheck.toml", "--state", "night/state.json")
    assert proc.returncode == 0, proc.stderr
    assert (work / "night" / "state.json").is_file(), "a flag's path is the working directory's"
    assert not (conf / "night").exists()
    assert not (conf / "kept" / "state.json").exists(), "the flag wins over the file's state"
    assert (conf / "kept" / "cache.sqlite").is_file(), "the file's cache path is relative to the file"
    assert not (work / "kept").exists()


# --- two manifests sharing one state --------------------------------------------------------------------


def test_two_manifests_on_alternate_runs_keep_each_others_counts(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    s, base = site
    s.gone("/x")
    s.page("/y", "New ferry enters service")
    a = manifest(tmp_path / "politics.txt", f"{base}/x | title: Mayor resigns")
    b = manifest(tmp_path / "transport.txt", f"{base}/y | title: New ferry enters service")
    state = tmp_path / "state.json"
    opts = ("--state", str(state), "--fail-after", "2")
    code, rep, _ = run_json(tmp_path, str(a), *opts)
    assert code == 0
    assert rep["history"]["newly_broken"] == [f"{base}/x"]
    code, rep, _ = run_json(tmp_path, str(b), *opts)
    assert code == 0
    hist = rep["history"]
    assert f"{base}/x" not in hist["recovered"] + hist["still_broken"] + hist["newly_broken"] + hist["graced"]
    assert entries(state)[f"{base}/x"]["consecutive_failures"] == 1, "the other manifest's run left it alone"
    age_state(state, 1)
    code, rep, _ = run_json(tmp_path, str(a), *opts)
    assert code == 1, "the second failing run of /x, the other manifest's run between"
    assert rep["history"]["still_broken"] == [f"{base}/x"], "it failed at its previous check too"
    assert rep["history"]["newly_broken"] == []
    assert set(entries(state)) == {f"{base}/x", f"{base}/y"}
    assert json.loads(state.read_text(encoding="utf-8"))["runs"] == 3


# --- new, ongoing and fixed on one night -----------------------------------------------------------------


def test_reports_tell_new_ongoing_and_fixed_apart_on_one_night(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    s, base = site
    s.gone("/ongoing")
    s.page("/fixed", "Harbour festival returns")
    s.page("/new", "Lifeboat crew honoured")
    s.gone("/fixed")
    s.page("/fine", "Sailing club centenary")
    src = manifest(
        tmp_path / "sources.txt",
        f"{base}/ongoing | title: Dock strike enters second week",
        f"{base}/fixed | title: Harbour festival returns",
        f"{base}/new | title: Lifeboat crew honoured",
        f"{base}/fine | title: Sailing club centenary",
    )
    state = tmp_path / "state.json"
    opts = ("--state", str(state), "--fail-after", "2")
    run_json(tmp_path, str(src), *opts)
    age_state(state, 1)
    s.page("/fixed", "Harbour festival returns")
    s.gone("/new")
    snapshot = state.read_text(encoding="utf-8")
    md = tmp_path / "night.md"
    txt = tmp_path / "night.txt"
    code, rep, _ = run_json(
        tmp_path, str(src), *opts, "--output", f"markdown={md}", "--output", f"text={txt}"
    )
    assert code == 1
    hist = rep["history"]
    assert hist["newly_broken"] == [f"{base}/new"]
    assert hist["still_broken"] == [f"{base}/ongoing"]
    assert hist["recovered"] == [f"{base}/fixed"]
    assert hist["graced"] == [f"{base}/new"]
    text = txt.read_text(encoding="utf-8")
    assert re.search(r"1 newly broken, 1 recovered, 1 still broken", text), text
    newly_line = next(line for line in text.splitlines() if "newly broken:" in line)
    assert f"{base}/new" in newly_line
    assert "/ongoing" not in newly_line
    assert "/fixed" not in newly_line
    recovered_lines = [line for line in text.splitlines() if line.strip().startswith("recovered:")]
    assert recovered_lines, text
    assert f"{base}/fixed" in recovered_lines[0], text
    markdown = md.read_text(encoding="utf-8")
    assert re.search(r"1 newly broken, 1 recovered, 1 still broken", markdown), markdown
    assert f"{base}/new" in listed_under(markdown, "newly broken"), "lists the new failure"
    assert f"{base}/fixed" in listed_under(markdown, "recovered"), "lists the recovered"
    assert f"{base}/ongoing" not in listed_under(markdown, "newly broken") + listed_under(
        markdown, "recovered"
    )
    # the same state replayed gives the same lists: the reports read the state, not the run's order
    state.write_text(snapshot, encoding="utf-8")
    code2, rep2, _ = run_json(tmp_path, str(src), *opts)
    assert code2 == code
    assert rep2["history"]["newly_broken"] == hist["newly_broken"]


def test_recovered_to_a_retitled_page_is_recovered_but_fails(site: tuple[Site, str], tmp_path: Path) -> None:
    """``recovered``: ``ok`` again after failing (json-schema.md); a title mismatch still fails the run."""
    s, base = site
    s.gone("/r")
    src = manifest(tmp_path / "sources.txt", f"{base}/r | title: Coastguard station to close")
    state = tmp_path / "state.json"
    run_json(tmp_path, str(src), "--state", str(state), "--fail-after", "3")
    age_state(state, 1)
    s.page("/r", "Weekend weather: gales expected along the coast")
    code, rep, _ = run_json(tmp_path, str(src), "--state", str(state), "--fail-after", "3")
    assert rep["history"]["recovered"] == [f"{base}/r"]
    assert code == 1
    assert "title_mismatch" in [f["kind"] for f in by_url(rep)[f"{base}/r"]["findings"]]


# --- a state grown over many nights stays bounded -------------------------------------------------------


def test_state_over_months_of_changing_citations_stays_bounded(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    """Nine runs fifteen days apart (four months' worth), each citing six other pages (half of them dead):
    entries no run checked for 90 days go, and nothing but the state is left beside it."""
    s, base = site
    nightdir = tmp_path / ".linkcheck"
    state = nightdir / "state.json"
    sizes: list[int] = []
    for night in range(9):
        lines = []
        for i in range(6):
            path = f"/n{night}/story-{i}"
            if i % 2:
                s.gone(path)
            else:
                s.page(path, f"Harbour notes {night} {i}")
            lines.append(f"{base}{path} | title: Harbour notes {night} {i}")
        src = manifest(tmp_path / "sources.txt", *lines)
        proc = run(tmp_path, str(src), "--state", str(state), "--fail-after", "3", "--format", "json")
        assert proc.returncode == 0, proc.stderr
        sizes.append(len(entries(state)))
        age_state(state, 15)
    # the last run saw night 0's entries 120 days old: entries no run checked for 90 days are gone
    assert max(sizes) <= 6 * 7, sizes
    assert sizes[-1] == sizes[-2], sizes
    urls = entries(state)
    assert all(not u.startswith(f"{base}/n0/") for u in urls), "checked 120 days ago"
    assert sorted(p.name for p in nightdir.iterdir()) == ["state.json"], "no temporary or lock files left"
    assert json.loads(state.read_text(encoding="utf-8"))["runs"] == 9
