"""Held-out probe (ux5, 2026-12-02): the nightly job across several runs, as a demanding user meets it.

Written from README.md, docs/ci.md, docs/api.md, docs/sources-format.md, docs/json-schema.md,
``linkcheck --help`` and the four earlier probes' docstrings, before any code under ``src/`` was read, and
committed before any change under ``src/``. Every case runs the real command (``python -m linkcheck`` in a
subprocess, as a scheduled CI job does) against pages served on 127.0.0.1 by the test, over several
consecutive runs that share what the docs say a nightly job keeps (``--state``, ``--cache``, the report
files, ``linkcheck.toml``). Covered (none of the earlier probes' cases): a link that dies and comes back over
five nights, and the night after; a link that flaps; failures of different kinds in a row (soft 404, 5xx,
404); ``--grace`` days with and without ``--fail-after`` (the state aged by hand); a page whose title changes
and the citation fixed the next night; a state file that is missing (in a missing directory), empty, valid
JSON of the wrong shape, from an older version, or where no file can be written; two runs at once on one
state file; a manifest that gains and loses citations (a new dead link graced, a removed one forgotten, a
URL cited under another ``#fragment``, entries unchecked for 90 days dropped); the JSON report's ``history``
across nights against docs/json-schema.md, JSON Lines with ``--state``, the text and Markdown reports'
"newly broken"/"recovered", SARIF levels and GitHub annotations of a graced link; ``--fail-after`` without
``--state``, ``--fail-on`` with a state; SIGTERM mid-run and the run after it, ``--max-time`` leaving the
counts alone; ``linkcheck.toml`` and ``pyproject.toml`` across runs (paths relative to the file, flags
winning), ``env:`` header secrets kept out of the state, the cache and the reports.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.site_server import Page, SiteServer, _Handler, serve_with

pytestmark = pytest.mark.e2e

HTML = {"Content-Type": "text/html; charset=utf-8"}

FERRY = "Harbour board approves second ferry terminal"
QUAY = "Quay talks collapse again"
FARES = "Ferry fares to stay the same"
NEW_FARES = "Ferry fares to double from next year"


def article(title: str, date: str = "2021-03-05", outlet: str = "Coastal Herald") -> bytes:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title} | {outlet}</title>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{outlet}">'
        f'<meta property="article:published_time" content="{date}T09:30:00+00:00"></head>'
        f"<body><article><h1>{title}</h1><p>The harbour board met on the north quay to settle a dispute "
        f"that had run for three years, and the ferry operators welcomed the decision.</p>"
        f"</article></body></html>"
    ).encode()


def ok(title: str = FERRY) -> Page:
    return Page(200, article(title), HTML)


GONE = Page(404, b"<html><head><title>404 Not Found</title></head><body>Not found</body></html>", HTML)
BROKEN = Page(500, b"<html><head><title>Internal Server Error</title></head></html>", HTML)
SOFT = Page(
    200,
    b"<html><head><title>Page not found | Coastal Herald</title></head>"
    b"<body><h1>Sorry, we couldn't find that page</h1><p>The page you requested does not exist.</p>"
    b"</body></html>",
    HTML,
)


class NightServer(SiteServer):
    """The test site plus per-path delays (bounded, cut short at shutdown) and the headers each path got."""

    def __init__(self, routes: dict[str, Page]) -> None:
        super().__init__(routes)
        self.delays: dict[str, float] = {}
        self.seen_headers: dict[str, list[dict[str, str]]] = {}
        self.stopping = threading.Event()


class _NightHandler(_Handler):
    server: NightServer

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        with self.server.lock:
            delay = min(self.server.delays.get(path, 0.0), 30.0)
            self.server.seen_headers.setdefault(path, []).append(dict(self.headers.items()))
        if delay:
            self.server.stopping.wait(delay)
        super().do_GET()

    do_HEAD = do_GET


def _night_server(routes: dict[str, Page]) -> NightServer:
    server = NightServer(routes)
    server.RequestHandlerClass = _NightHandler
    return server


@pytest.fixture
def site() -> Iterator[NightServer]:
    routes = {
        "/news/ferry": ok(FERRY),
        "/news/quay": ok(QUAY),
        "/news/fares": ok(FARES),
        "/news/gone": GONE,
        "/news/flaky": GONE,
        "/news/a": ok("Harbour board statement on the north quay"),
        "/news/b": ok("Ferry operators welcome the decision"),
    }
    with serve_with(_night_server, routes) as server:
        try:
            yield server
        finally:
            server.stopping.set()


def clean_env(**extra: str) -> dict[str, str]:
    drop = ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "NO_COLOR", "FORCE_COLOR", "CI")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.lower().endswith("_proxy") and k not in drop and not k.startswith("LINKCHECK")
    }
    env.update(extra)
    return env


def command() -> list[str]:
    return [sys.executable, "-m", "linkcheck"]


def run(
    args: list[str], cwd: Path, env: dict[str, str] | None = None, config: bool = False
) -> subprocess.CompletedProcess[str]:
    extra = ["--progress", "never"] + ([] if config else ["--no-config"])
    done = subprocess.run(
        [*command(), *args, *extra],
        cwd=cwd,
        input=b"",
        capture_output=True,
        timeout=180,
        env=env or clean_env(),
    )
    proc = subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout
    return proc


def base(site: SiteServer) -> list[str]:
    return ["--allow-host", site.hostport, "--retries", "0"]


def manifest(cwd: Path, *lines: str) -> Path:
    path = cwd / "sources.txt"
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def night(
    site: SiteServer, cwd: Path, *extra: str, state: str = ".linkcheck/state.json"
) -> tuple[int, dict[str, Any], subprocess.CompletedProcess[str]]:
    proc = run(["sources.txt", *base(site), "--state", state, "--format", "json", *extra], cwd)
    assert proc.returncode in (0, 1), proc.stderr
    report: dict[str, Any] = json.loads(proc.stdout)
    return proc.returncode, report, proc


def verdicts(report: dict[str, Any]) -> dict[str, str]:
    return {r["url"]: r["verdict"] for r in report["results"]}


# --- the documented JSON schema, with `history` spelt out ----------------------------------------------

STATUSES = ["ok", "dead", "soft_404", "blocked", "error", "skipped"]
URLS = {"type": "array", "items": {"type": "string"}}
HISTORY = {
    "type": "object",
    "required": ["runs", "previous_run", "newly_broken", "recovered", "still_broken", "graced"],
    "properties": {
        "runs": {"type": "integer", "minimum": 1},
        "previous_run": {"type": ["string", "null"]},
        "newly_broken": URLS,
        "recovered": URLS,
        "still_broken": URLS,
        "graced": URLS,
    },
}
REPORT = {
    "type": "object",
    "required": ["schema", "summary", "elapsed", "notes", "results", "history"],
    "properties": {
        "schema": {"const": "linkcheck/1"},
        "summary": {
            "type": "object",
            "required": ["total", "pass", "warn", "fail", *STATUSES],
        },
        "elapsed": {"type": "number", "minimum": 0},
        "notes": {"type": "array", "items": {"type": "string"}},
        "results": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["url", "source", "line", "status", "cause", "reason", "verdict", "findings"],
                "properties": {
                    "status": {"enum": STATUSES},
                    "verdict": {"enum": ["pass", "warn", "fail"]},
                    "reason": {"type": "string"},
                },
            },
        },
        "history": {"oneOf": [{"type": "null"}, HISTORY]},
    },
}


def validate(instance: object, schema: dict[str, Any]) -> None:
    import jsonschema

    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(instance), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:8])


def moment(text: str) -> datetime:
    when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=UTC)


# --- the state file, aged by hand (its documented content: per URL, first and last failure, ...) --------

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")


def _aged(value: Any, by: timedelta) -> Any:
    if isinstance(value, dict):
        return {k: _aged(v, by) for k, v in value.items()}
    if isinstance(value, list):
        return [_aged(v, by) for v in value]
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and 1e9 < value < 4e9:  # seconds since the epoch
        return type(value)(value - by.total_seconds())
    if isinstance(value, str) and _ISO.match(value):
        if len(value) == 10:
            return (datetime.fromisoformat(value) - by).date().isoformat()
        shifted = datetime.fromisoformat(value.replace("Z", "+00:00")) - by
        text = shifted.isoformat()
        return text.replace("+00:00", "Z") if value.endswith("Z") else text
    return value


def age_entry(state: Path, url: str, by: timedelta) -> None:
    """Move every time in ``url``'s entry of the state file ``by`` into the past."""
    data = json.loads(state.read_text(encoding="utf-8"))
    found = []

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if key == url:
                    found.append(key)
                    out[key] = _aged(value, by)
                else:
                    out[key] = walk(value)
            return out
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    aged = walk(data)
    assert found, f"{url} not in the state file"
    state.write_text(json.dumps(aged), encoding="utf-8")


# === 1. a link that dies, then comes back ==============================================================


def test_a_link_dies_fails_comes_back_and_stays_quiet_the_night_after(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/ferry | title: {FERRY}")
    url = f"{o}/news/ferry"
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")  # 1: fine
    assert (code, verdicts(rep)[url]) == (0, "pass")
    assert rep["history"]["runs"] == 1
    assert rep["history"]["previous_run"] is None
    assert rep["history"]["newly_broken"] == rep["history"]["recovered"] == []

    site.routes["/news/ferry"] = GONE
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")  # 2: dies: graced
    assert (code, verdicts(rep)[url]) == (0, "warn")
    assert rep["history"]["newly_broken"] == [url]
    assert rep["history"]["graced"] == [url]

    code, rep, _ = night(site, tmp_path, "--fail-after", "2")  # 3: still dead: fails
    assert (code, verdicts(rep)[url]) == (1, "fail")
    assert rep["history"]["still_broken"] == [url]
    assert rep["history"]["newly_broken"] == []

    site.routes["/news/ferry"] = ok(FERRY)
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")  # 4: back
    assert (code, verdicts(rep)[url]) == (0, "pass")
    assert rep["history"]["recovered"] == [url]
    assert rep["history"]["still_broken"] == []

    code, rep, _ = night(site, tmp_path, "--fail-after", "2")  # 5: fine again: nothing to say
    assert (code, verdicts(rep)[url]) == (0, "pass")
    hist = rep["history"]
    assert hist["recovered"] == hist["newly_broken"] == hist["still_broken"] == hist["graced"] == []
    assert hist["runs"] == 5


def test_text_and_markdown_name_the_newly_broken_and_the_recovered(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/ferry | title: {FERRY}", f"{o}/news/flaky")
    args = ["sources.txt", *base(site), "--state", "state.json", "--fail-after", "2"]
    first = run([*args, "--output", "markdown=night1.md"], tmp_path)
    assert first.returncode == 0
    assert re.search(r"newly broken", first.stdout, re.IGNORECASE)
    md1 = (tmp_path / "night1.md").read_text(encoding="utf-8")
    assert re.search(r"newly broken", md1, re.IGNORECASE)
    assert f"{o}/news/flaky" in md1

    site.routes["/news/flaky"] = ok("Harbour board statement on the north quay")
    second = run([*args, "--output", "markdown=night2.md"], tmp_path)
    assert second.returncode == 0
    assert re.search(r"recovered", second.stdout, re.IGNORECASE)
    md2 = (tmp_path / "night2.md").read_text(encoding="utf-8")
    assert re.search(r"recovered", md2, re.IGNORECASE)
    assert f"{o}/news/flaky" in md2
    # no newly broken list (a summary line may say "0 newly broken")
    assert not re.search(r"^\W*newly broken\W*:", md2, re.IGNORECASE | re.MULTILINE)


# === 2. a link that flaps =================================================================================


def test_a_link_that_flaps_every_night_never_fails_under_fail_after_2(
    site: NightServer, tmp_path: Path
) -> None:
    # docs/ci.md: "A link that works again resets its count": down-up-down-up never makes two in a row.
    o = site.origin
    manifest(tmp_path, f"{o}/news/flaky")
    url = f"{o}/news/flaky"
    for n in range(6):
        site.routes["/news/flaky"] = GONE if n % 2 == 0 else ok("Harbour board statement on the north quay")
        code, rep, _ = night(site, tmp_path, "--fail-after", "2")
        assert code == 0, n
        if n % 2 == 0:
            assert verdicts(rep)[url] == "warn"
            assert rep["history"]["newly_broken"] == [url]
            assert rep["history"]["graced"] == [url]
        else:
            assert verdicts(rep)[url] == "pass"
            assert rep["history"]["recovered"] == [url]


def test_failures_of_different_kinds_count_in_one_row(site: NightServer, tmp_path: Path) -> None:
    # dead, soft_404 and error are all failures: a page that is a soft 404, then a 500, then a 404 has
    # failed three nights in a row.
    o = site.origin
    manifest(tmp_path, f"{o}/news/flaky")
    url = f"{o}/news/flaky"
    site.routes["/news/flaky"] = SOFT
    code, rep, _ = night(site, tmp_path, "--fail-after", "3")
    assert rep["results"][0]["status"] == "soft_404"
    assert (code, verdicts(rep)[url]) == (0, "warn")
    site.routes["/news/flaky"] = BROKEN
    code, rep, _ = night(site, tmp_path, "--fail-after", "3")
    assert rep["results"][0]["status"] == "error"
    assert code == 0
    assert rep["history"]["still_broken"] == [url]
    site.routes["/news/flaky"] = GONE
    code, rep, _ = night(site, tmp_path, "--fail-after", "3")
    assert rep["results"][0]["status"] == "dead"
    assert (code, verdicts(rep)[url]) == (1, "fail")
    assert rep["history"]["graced"] == []


def test_three_quick_runs_cannot_fail_a_link_graced_for_a_week(site: NightServer, tmp_path: Path) -> None:
    # docs/ci.md: with both --fail-after and --grace, both must hold.
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone")
    url = f"{o}/news/gone"
    for _ in range(4):
        code, rep, _ = night(site, tmp_path, "--fail-after", "3", "--grace", "7")
        assert (code, verdicts(rep)[url]) == (0, "warn")
        assert rep["history"]["graced"] == [url]
        assert "since" in rep["results"][0]["reason"].lower()  # "their reason says since when"


def test_grace_days_end_a_week_after_the_first_failure(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone", f"{o}/news/flaky")
    gone, flaky = f"{o}/news/gone", f"{o}/news/flaky"
    state = tmp_path / ".linkcheck" / "state.json"
    code, rep, _ = night(site, tmp_path, "--grace", "7")
    assert code == 0
    assert verdicts(rep) == {gone: "warn", flaky: "warn"}
    age_entry(state, gone, timedelta(days=8))  # first failed eight days ago
    age_entry(state, flaky, timedelta(days=3))  # three days ago: still in grace
    code, rep, _ = night(site, tmp_path, "--grace", "7")
    assert code == 1
    assert verdicts(rep) == {gone: "fail", flaky: "warn"}
    assert rep["history"]["graced"] == [flaky]


# === 3. a page whose title changes ======================================================================


def test_a_retitled_page_fails_at_once_and_passes_once_the_citation_is_fixed(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    url = f"{o}/news/fares"
    manifest(tmp_path, f"{url} | title: {FARES}")
    code, rep, _ = night(site, tmp_path, "--fail-after", "3")
    assert code == 0
    site.routes["/news/fares"] = ok(NEW_FARES)
    code, rep, _ = night(site, tmp_path, "--fail-after", "3")
    assert (code, verdicts(rep)[url]) == (1, "fail")
    [result] = rep["results"]
    assert result["status"] == "ok"
    assert [f["kind"] for f in result["findings"]] == ["title_mismatch"]
    # a mismatch is no liveness failure: not "newly broken", not graced
    assert rep["history"]["newly_broken"] == []
    assert rep["history"]["graced"] == []
    manifest(tmp_path, f"{url} | title: {NEW_FARES}")  # the editor fixes the citation
    code, rep, _ = night(site, tmp_path, "--fail-after", "3")
    assert (code, verdicts(rep)[url]) == (0, "pass")
    assert rep["history"]["recovered"] == []


# === 4. the state file itself ============================================================================


def test_a_missing_state_in_a_missing_directory_is_made(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/ferry | title: {FERRY}")
    code, rep, _proc = night(site, tmp_path, state=".linkcheck/deep/state.json")
    assert code == 0
    assert rep["history"]["runs"] == 1
    data = json.loads((tmp_path / ".linkcheck/deep/state.json").read_text(encoding="utf-8"))
    assert data["schema"] == "linkcheck-state/1"
    assert f"{o}/news/ferry" in json.dumps(data)


def test_an_empty_state_file_starts_a_fresh_history_without_losing_the_run(
    site: NightServer, tmp_path: Path
) -> None:
    # a cache step that restored a zero-byte file: no history to lose; the run goes on either way
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone")
    state = tmp_path / ".linkcheck" / "state.json"
    state.parent.mkdir()
    state.write_bytes(b"")
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")
    assert code == 0
    assert rep["history"]["runs"] == 1
    assert verdicts(rep)[f"{o}/news/gone"] == "warn"
    assert json.loads(state.read_text(encoding="utf-8"))["schema"] == "linkcheck-state/1"


@pytest.mark.parametrize(
    "content",
    [
        b"[]\n",
        b'"linkcheck-state/1"\n',
        b'{"schema": "linkcheck-state/1", "urls": "not a table"}\n',
        b'{"schema": "linkcheck-state/1", "urls": {"https://x.example/a": 42}}\n',
        (
            b'{"schema": "linkcheck-state/1", "urls": '
            b'{"https://x.example/a": {"consecutive_failures": "three"}}}\n'
        ),
    ],
    ids=["a list", "a string", "urls not a table", "an entry not a table", "a count not a number"],
)
def test_a_state_of_the_wrong_shape_is_set_aside_with_a_warning(
    site: NightServer, tmp_path: Path, content: bytes
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone")
    state = tmp_path / ".linkcheck" / "state.json"
    state.parent.mkdir()
    state.write_bytes(content)
    code, rep, proc = night(site, tmp_path, "--fail-after", "2")
    assert code == 0, proc.stderr
    assert verdicts(rep)[f"{o}/news/gone"] == "warn"  # a fresh history: the first failure is graced
    assert "state.json" in proc.stderr
    aside = list(state.parent.glob("state.json.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == content  # nothing lost: the old file kept for a person to read
    assert json.loads(state.read_text(encoding="utf-8"))["schema"] == "linkcheck-state/1"


@pytest.mark.parametrize(
    "content",
    [
        b'{"urls": {}}\n',  # before the schema key existed
        b'{"schema": "linkcheck-state/0", "urls": {}}\n',
    ],
    ids=["no schema key", "schema 0"],
)
def test_a_state_from_an_older_version_is_never_silently_lost(
    site: NightServer, tmp_path: Path, content: bytes
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone")
    state = tmp_path / ".linkcheck" / "state.json"
    state.parent.mkdir()
    state.write_bytes(content)
    proc = run(["sources.txt", *base(site), "--state", str(state), "--format", "json"], tmp_path)
    assert "state.json" in proc.stderr  # said either way
    if proc.returncode == 2:  # refused, as a newer state is: kept in place, nothing fetched
        assert state.read_bytes() == content
        assert site.hits["/news/gone"] == 0
    else:  # or set aside with a warning and the run goes on
        assert proc.returncode == 1
        kept = [p.read_bytes() for p in state.parent.glob("state.json*") if p.name != "state.json"]
        assert content in kept


@pytest.mark.parametrize("where", ["under a file", "a directory"])
def test_a_state_that_cannot_be_written_stops_the_run_before_any_request(
    site: NightServer, tmp_path: Path, where: str
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/ferry | title: {FERRY}")
    (tmp_path / "blocker").write_text("a file, not a directory\n", encoding="utf-8")
    (tmp_path / "statedir").mkdir()
    path = "blocker/state.json" if where == "under a file" else "statedir"
    proc = run(["sources.txt", *base(site), "--state", path], tmp_path)
    assert proc.returncode == 2
    assert path in proc.stderr
    assert sum(site.hits.values()) == 0  # found before the run, not after it


def test_two_runs_at_once_on_one_state_file_leave_a_state_that_reads(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    site.delays["/news/a"] = 1.5
    site.delays["/news/b"] = 1.5
    site.routes["/news/a"] = GONE
    site.routes["/news/b"] = GONE
    (tmp_path / "one.txt").write_text(f"{o}/news/a\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text(f"{o}/news/b\n", encoding="utf-8")
    state = tmp_path / "state.json"
    procs = [
        subprocess.Popen(
            [
                *command(),
                name,
                *base(site),
                "--state",
                "state.json",
                "--fail-after",
                "2",
                "--format",
                "json",
                "--no-config",
                "--progress",
                "never",
            ],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=clean_env(),
        )
        for name in ("one.txt", "two.txt")
    ]
    outs = []
    try:
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            outs.append((proc.returncode, out, err))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate(timeout=10)
    for code, out, err in outs:
        assert code == 0, err  # each run's own first failure: graced
        assert b"Traceback" not in err
        json.loads(out)
    data = json.loads(state.read_text(encoding="utf-8"))
    assert data["schema"] == "linkcheck-state/1"
    text = json.dumps(data)
    assert f"{o}/news/a" in text or f"{o}/news/b" in text  # the last one to finish wins
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.txt", "state.json", "two.txt"]
    # and the next night reads it without setting it aside
    manifest(tmp_path, f"{o}/news/a", f"{o}/news/b")
    site.delays.clear()
    code, rep, proc = night(site, tmp_path, "--fail-after", "2", state="state.json")
    assert "corrupt" not in proc.stderr
    assert rep["history"]["runs"] >= 2


# === 5. a manifest that gains and loses citations ========================================================


def test_a_citation_added_dead_is_graced_and_the_others_keep_their_counts(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone")
    night(site, tmp_path, "--fail-after", "2")
    manifest(tmp_path, f"{o}/news/gone", f"{o}/news/flaky")  # a new citation, dead from the start
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")
    assert code == 1
    assert verdicts(rep) == {f"{o}/news/gone": "fail", f"{o}/news/flaky": "warn"}
    assert rep["history"]["newly_broken"] == [f"{o}/news/flaky"]
    assert rep["history"]["still_broken"] == [f"{o}/news/gone"]
    assert rep["history"]["graced"] == [f"{o}/news/flaky"]


def test_a_citation_removed_is_neither_still_broken_nor_recovered(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone", f"{o}/news/ferry | title: {FERRY}")
    night(site, tmp_path, "--fail-after", "2")
    night(site, tmp_path, "--fail-after", "2")
    manifest(tmp_path, f"{o}/news/ferry | title: {FERRY}")  # the editor removed the dead citation
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")
    assert code == 0
    hist = rep["history"]
    assert f"{o}/news/gone" not in [*hist["still_broken"], *hist["recovered"], *hist["newly_broken"]]
    assert [r["url"] for r in rep["results"]] == [f"{o}/news/ferry"]


def test_a_url_cited_under_another_fragment_keeps_its_count(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone#para-2")
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")
    assert code == 0
    manifest(tmp_path, f"{o}/news/gone#para-7")
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")
    assert code == 1
    assert rep["history"]["still_broken"] == [f"{o}/news/gone"]


def test_a_url_unchecked_for_90_days_is_dropped_and_a_recent_one_kept(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    state = tmp_path / ".linkcheck" / "state.json"
    manifest(tmp_path, f"{o}/news/gone", f"{o}/news/flaky", f"{o}/news/ferry | title: {FERRY}")
    night(site, tmp_path)
    age_entry(state, f"{o}/news/gone", timedelta(days=91))
    age_entry(state, f"{o}/news/flaky", timedelta(days=80))
    manifest(tmp_path, f"{o}/news/ferry | title: {FERRY}")  # neither is cited any more
    night(site, tmp_path)
    text = state.read_text(encoding="utf-8")
    assert f"{o}/news/gone" not in text
    assert f"{o}/news/flaky" in text


# === 6. output formats across runs =======================================================================


def test_the_json_history_matches_the_schema_night_after_night(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/ferry | title: {FERRY}", f"{o}/news/flaky", f"{o}/news/gone")
    previous: datetime | None = None
    for n in range(4):
        site.routes["/news/flaky"] = GONE if n % 2 == 0 else ok("Harbour board statement on the north quay")
        before = datetime.now(UTC)
        _code, rep, _ = night(site, tmp_path, "--fail-after", "3")
        validate(rep, REPORT)
        hist = rep["history"]
        assert hist["runs"] == n + 1
        if n == 0:
            assert hist["previous_run"] is None
        else:
            assert hist["previous_run"] is not None
            when = moment(hist["previous_run"])
            assert when <= before  # the previous run finished before this one started
            if previous is not None:
                assert when >= previous
            previous = when
        lists = [hist[k] for k in ("newly_broken", "recovered", "still_broken")]
        flat = [u for lst in lists for u in lst]
        assert len(flat) == len(set(flat))  # a URL is in one of them at most
        assert set(hist["graced"]) <= set(hist["newly_broken"]) | set(hist["still_broken"])
        assert all("#" not in u for u in flat)


def test_json_lines_with_a_state_are_whole_and_the_state_advances(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/ferry | title: {FERRY}", f"{o}/news/gone")
    for n in range(2):
        proc = run(
            ["sources.txt", *base(site), "--state", "state.json", "--fail-after", "2", "--format", "jsonl"],
            tmp_path,
        )
        assert proc.returncode == n  # graced the first night, failing the second
        records = [json.loads(line) for line in proc.stdout.splitlines()]
        results = [r for r in records if r["record"] == "result"]
        assert records[-1]["record"] == "summary"
        assert [r["record"] for r in records].count("summary") == 1
        summary = records[-1]["summary"]
        assert summary["total"] == len(results) == 2
        assert summary["fail"] == n
        assert summary["warn"] == 1 - n
    data = json.loads((tmp_path / "state.json").read_text(encoding="utf-8"))
    assert data["schema"] == "linkcheck-state/1"


def test_a_report_file_is_replaced_each_night_and_keeps_its_history(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone")
    args = ["sources.txt", *base(site), "--state", "state.json", "--output", "json=reports/night.json"]
    for n in range(3):
        proc = run([*args, "--fail-after", "2"], tmp_path)
        assert proc.returncode == (0 if n == 0 else 1)
        assert "Traceback" not in proc.stdout
        rep = json.loads((tmp_path / "reports/night.json").read_text(encoding="utf-8"))
        validate(rep, REPORT)
        assert rep["history"]["runs"] == n + 1
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == ["night.json"]


def test_a_graced_link_is_a_warning_in_sarif_and_annotations_until_its_grace_ends(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone")
    env = clean_env(GITHUB_ACTIONS="true")
    args = ["sources.txt", *base(site), "--state", "state.json", "--fail-after", "2", "--format", "json"]
    levels = []
    for n in range(2):
        proc = run([*args, "--output", f"sarif=night{n}.sarif"], tmp_path, env=env)
        assert proc.returncode == n
        json.loads(proc.stdout)  # stdout stays JSON under GitHub Actions
        annotations = [line for line in proc.stderr.splitlines() if line.startswith("::")]
        kinds = [a.split(" ", 1)[0].split("::")[1] for a in annotations]
        assert kinds == (["warning"] if n == 0 else ["error"]), annotations
        sarif = json.loads((tmp_path / f"night{n}.sarif").read_text(encoding="utf-8"))
        levels.append([r.get("level", "warning") for run_ in sarif["runs"] for r in run_["results"]])
    assert levels == [["warning"], ["error"]]


# === 7. exit codes: failing only on what is new or lasting ===============================================


def test_the_default_fail_after_fails_a_dead_link_on_its_first_night(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone")
    code, rep, _ = night(site, tmp_path)
    assert (code, verdicts(rep)[f"{o}/news/gone"]) == (1, "fail")
    assert rep["history"]["graced"] == []
    assert rep["history"]["newly_broken"] == [f"{o}/news/gone"]


def test_fail_after_without_a_state_never_hides_a_dead_link(site: NightServer, tmp_path: Path) -> None:
    # without --state there is no memory: a dead link cannot be "in grace" for ever
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone")
    for _ in range(2):
        proc = run(["sources.txt", *base(site), "--fail-after", "3", "--format", "json"], tmp_path)
        assert proc.returncode in (1, 2), proc.stdout
        if proc.returncode == 2:
            assert "--state" in proc.stderr
        else:
            assert json.loads(proc.stdout)["results"][0]["verdict"] == "fail"


def test_fail_on_none_keeps_the_job_green_but_the_history_still_counts(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone")
    url = f"{o}/news/gone"
    code, rep, _ = night(site, tmp_path, "--fail-on", "none")
    assert code == 0
    assert rep["history"]["newly_broken"] == [url]
    code, rep, _ = night(site, tmp_path, "--fail-on", "none")
    assert code == 0
    assert rep["history"]["still_broken"] == [url]
    code, rep, _ = night(site, tmp_path)  # the same state, the default --fail-on: it has failed 3 nights
    assert code == 1
    assert verdicts(rep)[url] == "fail"


# === 8. interruption =====================================================================================


_SIGNAL_DEFAULT = [
    sys.executable,
    "-c",
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execvp(sys.argv[1], sys.argv[1:])",
]


@pytest.mark.parametrize(("sent", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_stopped_night_is_not_counted_and_the_next_night_goes_on(
    site: NightServer, tmp_path: Path, sent: signal.Signals, code: int
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone", f"{o}/news/quay | title: {QUAY}")
    first, _rep1, _ = night(site, tmp_path, "--fail-after", "2", "--cache", ".linkcheck/cache.sqlite")
    assert first == 0
    state = tmp_path / ".linkcheck" / "state.json"
    before = state.read_bytes()
    site.delays["/news/gone"] = 20.0
    proc = subprocess.Popen(
        [
            *_SIGNAL_DEFAULT,
            *command(),
            "sources.txt",
            *base(site),
            "--state",
            ".linkcheck/state.json",
            "--fail-after",
            "2",
            "--cache",
            ".linkcheck/cache.sqlite",
            "--format",
            "jsonl",
            "--no-config",
            "--progress",
            "never",
        ],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
        start_new_session=True,
    )
    try:
        for _ in range(200):
            if site.hits["/news/gone"] >= 2:
                break
            time.sleep(0.05)
        time.sleep(0.3)
        proc.send_signal(sent)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=10)
    assert proc.returncode == code, err
    assert b"Traceback" not in err
    for line in out.decode("utf-8").splitlines():  # whatever was written is whole
        json.loads(line)
    assert state.read_bytes() == before
    with contextlib.closing(sqlite3.connect(tmp_path / ".linkcheck" / "cache.sqlite")) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    site.delays.clear()
    code2, rep, proc2 = night(site, tmp_path, "--fail-after", "2", "--cache", ".linkcheck/cache.sqlite")
    assert "corrupt" not in proc2.stderr
    assert rep["history"]["runs"] == 2  # the stopped night was not counted
    assert moment(rep["history"]["previous_run"]) <= datetime.now(UTC)
    assert (code2, verdicts(rep)[f"{o}/news/gone"]) == (1, "fail")  # its second failed night
    leftovers = sorted(p.name for p in (tmp_path / ".linkcheck").iterdir())
    assert [n for n in leftovers if not n.startswith("cache.sqlite")] == ["state.json"]


def test_links_out_of_time_leave_their_counts_alone(site: NightServer, tmp_path: Path) -> None:
    # docs/ci.md: `skipped` leaves the counters alone (--max-time: out of time)
    o = site.origin
    manifest(tmp_path, f"{o}/news/gone")
    url = f"{o}/news/gone"
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")
    assert code == 0
    site.delays["/news/gone"] = 10.0
    code, rep, _ = night(site, tmp_path, "--fail-after", "2", "--max-time", "1")
    assert rep["results"][0]["status"] == "skipped"
    assert code == 0
    assert url not in [*rep["history"]["recovered"], *rep["history"]["newly_broken"]]
    site.delays.clear()
    code, rep, _ = night(site, tmp_path, "--fail-after", "2")
    assert (code, verdicts(rep)[url]) == (1, "fail")  # two failed checks in a row, the skip between them


# === 9. configuration files and environment variables ====================================================


def test_a_config_files_state_and_cache_are_relative_to_the_file(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    project = tmp_path / "project"
    project.mkdir()
    (project / "linkcheck.toml").write_text(
        'state = ".linkcheck/state.json"\n'
        "fail-after = 2\n"
        'cache = ".linkcheck/cache.sqlite"\n'
        'output = {json = "reports/linkcheck.json"}\n'
        f'allow-host = ["{site.hostport}"]\n'
        "retries = 0\n",
        encoding="utf-8",
    )
    manifest(project, f"{o}/news/gone", f"{o}/news/ferry | title: {FERRY}")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    args = [str(project / "sources.txt"), "--config", str(project / "linkcheck.toml")]
    for n in range(2):
        proc = run(args, elsewhere, config=True)
        assert proc.returncode == n, proc.stderr  # graced, then failing: fail-after came from the file
    assert list(elsewhere.iterdir()) == []
    state = json.loads((project / ".linkcheck/state.json").read_text(encoding="utf-8"))
    assert state["schema"] == "linkcheck-state/1"
    assert (project / ".linkcheck/cache.sqlite").exists()
    rep = json.loads((project / "reports/linkcheck.json").read_text(encoding="utf-8"))
    assert rep["history"]["runs"] == 2
    assert site.hits["/news/ferry"] == 1  # the second night took it from the cache


def test_flags_win_over_pyproject_settings_across_runs(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "newsroom"\n\n[tool.linkcheck]\nstate = "nightly/state.json"\nfail-after = 3\n'
        f'allow-host = ["{site.hostport}"]\nretries = 0\n',
        encoding="utf-8",
    )
    manifest(tmp_path, f"{o}/news/gone")
    first = run(["sources.txt", "--format", "json"], tmp_path, config=True)
    assert first.returncode == 0  # graced by the file's fail-after
    assert json.loads(first.stdout)["history"]["runs"] == 1
    second = run(["sources.txt", "--format", "json", "--fail-after", "1"], tmp_path, config=True)
    assert second.returncode == 1  # the flag wins
    rep = json.loads(second.stdout)
    assert rep["history"]["runs"] == 2  # the file's state kept
    assert (tmp_path / "nightly/state.json").exists()


def test_a_header_secret_stays_out_of_state_cache_and_reports(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    secret = "s3cr3t-paywall-token-7f1c"
    manifest(tmp_path, f"{o}/news/ferry | title: {FERRY}", f"{o}/news/gone")
    args = [
        "sources.txt",
        *base(site),
        "--header",
        "127.0.0.1=X-Paywall-Token:env:PAYWALL_TOKEN",
        "--state",
        ".linkcheck/state.json",
        "--cache",
        ".linkcheck/cache.sqlite",
        "--output",
        "json=reports/r.json",
        "--output",
        "markdown=reports/r.md",
        "-v",
    ]
    for _ in range(2):
        proc = run(args, tmp_path, env=clean_env(PAYWALL_TOKEN=secret))
        assert proc.returncode == 1
        assert secret not in proc.stdout + proc.stderr
    sent = [h.get("X-Paywall-Token") for h in site.seen_headers["/news/ferry"]]
    assert sent
    assert all(v == secret for v in sent)
    assert site.hits["/news/ferry"] == 2  # answers to requests with a configured header are not cached
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_a_header_secret_missing_from_the_environment_is_named_before_any_request(
    site: NightServer, tmp_path: Path
) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/ferry | title: {FERRY}")
    proc = run(
        [
            "sources.txt",
            *base(site),
            "--header",
            "127.0.0.1=X-Paywall-Token:env:PAYWALL_TOKEN_UNSET",
            "--state",
            "state.json",
        ],
        tmp_path,
    )
    assert proc.returncode == 2
    assert "PAYWALL_TOKEN_UNSET" in proc.stderr
    assert sum(site.hits.values()) == 0
    assert not (tmp_path / "state.json").exists()


def test_a_cache_hit_after_a_recovery_keeps_the_link_healthy(site: NightServer, tmp_path: Path) -> None:
    o = site.origin
    manifest(tmp_path, f"{o}/news/flaky")
    url = f"{o}/news/flaky"
    args = ("--fail-after", "2", "--cache", ".linkcheck/cache.sqlite", "--cache-ttl", "1d")
    code, rep, _ = night(site, tmp_path, *args)
    assert verdicts(rep)[url] == "warn"
    site.routes["/news/flaky"] = ok("Harbour board statement on the north quay")
    code, rep, _ = night(site, tmp_path, *args)
    assert rep["history"]["recovered"] == [url]
    hits = site.hits["/news/flaky"]
    code, rep, _proc = night(site, tmp_path, *args)
    assert site.hits["/news/flaky"] == hits  # served from the cache
    assert (code, verdicts(rep)[url]) == (0, "pass")
    assert rep["history"]["recovered"] == rep["history"]["newly_broken"] == []
    assert rep["history"]["runs"] == 3
