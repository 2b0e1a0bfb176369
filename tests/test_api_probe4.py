"""A fourth held-out probe of the library API (api4, forty-third session, 2026-12-05).

Written from README.md, docs/api.md, docs/json-schema.md, docs/sources-format.md, ``linkcheck --help``, the
signatures ``inspect.signature`` shows for ``Config``, ``Result``, ``Fetcher`` and ``iter_check``, and the
earlier probes' docstrings and test names, before anything under ``src/`` was read, and committed before
any change there. It plays a Python developer building on ``linkcheck`` (a service, a notebook, a batch
job), on ground the first three probes did not cover: several runs gathered from inside a running event
loop, threads sharing one ``Fetcher`` and one ``Config``, a saved JSON report read back into citations and
checked again, ``check`` sent to a spawned process pool (the config and the report pickled across), a
sharded run (``processes=2``) closed early (the first probe's leftover) and its results logged, an
``iter_check`` dropped unfinished and collected, a run under ``python -X dev -W error`` printing and warning
nothing, a caller's ``requests`` adapter carrying every request, timeouts and limits given per call, the
``deadline`` a caller's fetcher is given, and the documented signatures as ``mypy --strict`` sees them
(``contextlib.closing(iter_check(...))``, a caller's fetcher class, wrong ``Config`` options caught before
running). Every network exchange is with servers these tests start on 127.0.0.1; every wait is bounded;
nothing is timed.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gc
import json
import logging
import multiprocessing
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests

import linkcheck
from linkcheck import Citation, Config, PartialDate, check, format_sources, iter_check
from linkcheck.fetch import Fetcher

SRC = Path(__file__).resolve().parent.parent / "src"
HANG_LIMIT = 40.0  # no handler of these servers ever holds a request longer than this


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        server: _Server = self.server  # type: ignore[assignment]
        path = self.path
        with server.lock:
            server.requests.append(path)
        if path.startswith("/hang/"):
            server.release.wait(HANG_LIMIT)
            body = b"<html><head><title>Late</title></head><body><p>late</p></body></html>"
            self._send(200, body)
            return
        if path.startswith("/gone"):
            self._send(404, b"<html><head><title>Not Found</title></head><body>no</body></html>")
            return
        if path.startswith("/moved/"):
            self.send_response(301)
            self.send_header("Location", "/story/" + path.rsplit("/", 1)[1])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path.startswith("/story/"):
            n = path.rsplit("/", 1)[1]
            self._send(200, _story(n))
            return
        self._send(404, b"<html><head><title>Not Found</title></head><body>no</body></html>")

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _story(n: str) -> bytes:
    return (
        "<!doctype html><html lang='en'><head>"
        f"<title>Harbour talks resume in round {n} | Lakeside Ledger</title>"
        f"<meta property='og:title' content='Harbour talks resume in round {n}'>"
        "<meta property='og:site_name' content='Lakeside Ledger'>"
        "<meta property='article:published_time' content='2020-01-09T10:00:00+00:00'>"
        "</head><body><article>"
        f"<h1>Harbour talks resume in round {n}</h1>"
        "<p>Negotiators met on Thursday to resume talks about the harbour, officials said.</p>"
        "</article></body></html>"
    ).encode()


def _title(n: int) -> str:
    return f"Harbour talks resume in round {n}"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.requests: list[str] = []
        self.release = threading.Event()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def server() -> Iterator[_Server]:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.release.set()
        srv.shutdown()
        srv.server_close()
        thread.join(10)


@pytest.fixture
def second_server() -> Iterator[_Server]:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.release.set()
        srv.shutdown()
        srv.server_close()
        thread.join(10)


def _cfg(**more: Any) -> Config:
    options: dict[str, Any] = {"allow_private": True, "retries": 0, "read_timeout": 20.0, "deadline": 30.0}
    options.update(more)
    return Config(**options)


def _stories(srv: _Server, ns: range, source: str = "probe4") -> list[Citation]:
    return [
        Citation(f"{srv.base}/story/{n}", title=_title(n), outlet="Lakeside Ledger", source=source, line=n)
        for n in ns
    ]


def _wait_until(condition: Any, limit: float = 20.0) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return bool(condition())


def _ours(threads: list[threading.Thread]) -> set[int | None]:
    """The threads that are not this file's servers' own (their handlers hang on purpose until released)."""
    return {t.ident for t in threads if "process_request_thread" not in t.name}


def _child_pids() -> set[int]:
    me = os.getpid()
    found: set[int] = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == me and fields[0] != "Z":
            found.add(int(entry))
    return found


# --- asyncio and threads ---------------------------------------------------------------------------------


def test_three_runs_gathered_in_a_running_event_loop_keep_their_own_results(server: _Server) -> None:
    cfg = _cfg(workers=4)
    batches = [_stories(server, range(k * 10, k * 10 + 4)) for k in range(3)]

    async def main() -> list[linkcheck.Report]:
        return list(await asyncio.gather(*(asyncio.to_thread(check, batch, cfg) for batch in batches)))

    reports = asyncio.run(asyncio.wait_for(main(), 90))
    for batch, report in zip(batches, reports, strict=True):
        assert [r.citation for r in report.results] == batch
        assert [(r.status.value, r.verdict.value) for r in report.results] == [("ok", "pass")] * 4
        assert report.exit_code == 0


def test_threads_sharing_one_fetcher_and_one_config_each_see_their_own_run(server: _Server) -> None:
    cfg = _cfg(workers=4)
    fetcher = Fetcher(cfg)
    seen: dict[int, list[str]] = {k: [] for k in range(4)}

    def run(k: int) -> linkcheck.Report:
        batch = _stories(server, range(100 + k * 10, 100 + k * 10 + 5))
        return check(batch, cfg, fetcher=fetcher, on_result=lambda r: seen[k].append(r.citation.url))

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        reports = list(pool.map(run, range(4)))
    for k, report in enumerate(reports):
        urls = [f"{server.base}/story/{n}" for n in range(100 + k * 10, 100 + k * 10 + 5)]
        assert [r.citation.url for r in report.results] == urls
        assert sorted(seen[k]) == sorted(urls)
        assert all(r.status.value == "ok" and r.verdict.value == "pass" for r in report.results)
    # one request a URL: the shared fetcher served every run, none twice
    assert sorted(server.requests) == sorted(f"/story/{100 + k * 10 + i}" for k in range(4) for i in range(5))


# --- results serialised and read back ----------------------------------------------------------------------


def test_a_saved_json_report_is_read_back_into_citations_and_checked_again(server: _Server) -> None:
    citations = [
        Citation(
            f"{server.base}/story/1",
            title=_title(1),
            date=PartialDate.parse("2020-01"),
            source="a.txt",
            line=3,
        ),
        Citation(
            f"{server.base}/story/2",
            title="A wholly different headline about tariffs",
            source="a.txt",
            line=4,
        ),
        Citation(f"{server.base}/gone/3", outlet="Lakeside Ledger", note="wire copy", source="a.txt", line=5),
    ]
    first = check(citations, _cfg())
    saved = json.loads(first.render("json"))
    failing = [r for r in saved["results"] if r["verdict"] == "fail"]
    assert [r["line"] for r in failing] == [4, 5]

    def rebuild(r: dict[str, Any]) -> Citation:
        cited = r["cited"]
        return Citation(
            r["url"],
            title=cited["title"],
            date=PartialDate.parse(cited["date"]) if cited["date"] else None,
            outlet=cited["outlet"],
            note=cited["note"],
            source=r["source"],
            line=r["line"],
        )

    rebuilt = [rebuild(r) for r in saved["results"]]
    assert format_sources(rebuilt) == format_sources(citations)
    again = check([rebuild(r) for r in failing], _cfg())
    assert [(r.citation.line, r.status.value, r.verdict.value) for r in again.results] == [
        (4, "ok", "fail"),
        (5, "dead", "fail"),
    ]
    assert again.exit_code == 1


def test_check_sent_to_a_spawned_process_pool_pickles_its_config_and_report(server: _Server) -> None:
    cfg = _cfg(workers=2, processes=1)
    batches = [_stories(server, range(200, 203)), [Citation(f"{server.base}/gone/x", source="b.txt", line=1)]]
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=ctx) as pool:
        futures = [pool.submit(check, batch, cfg) for batch in batches]
        reports = [f.result(timeout=120) for f in futures]
    assert [r.status.value for r in reports[0].results] == ["ok"] * 3
    assert reports[0].exit_code == 0
    assert [(r.status.value, r.cause.value if r.cause else None) for r in reports[1].results] == [
        ("dead", "not_found")
    ]
    assert reports[1].exit_code == 1
    assert json.loads(reports[1].render("json"))["results"][0]["source"] == "b.txt"


# --- ending runs early -----------------------------------------------------------------------------------


def test_a_sharded_iter_check_closed_early_leaves_no_process_or_thread(
    server: _Server, second_server: _Server
) -> None:
    threads_before = {t.ident for t in threading.enumerate()}
    children_before = _child_pids()
    cfg = _cfg(processes=2, workers=4)
    citations = _stories(server, range(300, 303)) + [
        Citation(f"{second_server.base}/hang/{n}", source="probe4", line=n) for n in range(6)
    ]
    results = iter_check(citations, cfg)
    first = next(results)
    assert first.status.value == "ok"
    results.close()
    assert _wait_until(lambda: _child_pids() <= children_before), _child_pids() - children_before
    assert _wait_until(lambda: {t.ident for t in threading.enumerate()} <= threads_before), [
        t.name for t in threading.enumerate() if t.ident not in threads_before
    ]


def test_an_iter_check_dropped_unfinished_is_ended_when_collected(server: _Server) -> None:
    threads_before = {t.ident for t in threading.enumerate()}
    citations = _stories(server, range(400, 402)) + [
        Citation(f"{server.base}/hang/{n}", source="probe4", line=n) for n in range(5)
    ]
    results = iter_check(citations, _cfg(workers=8, per_host=8))
    assert next(results).status.value == "ok"
    del results
    gc.collect()
    assert _wait_until(lambda: _ours(threading.enumerate()) <= threads_before), [
        t.name for t in threading.enumerate() if t.ident in _ours(threading.enumerate()) - threads_before
    ]


# --- timeouts and limits per call ------------------------------------------------------------------------


def test_timeouts_given_per_call_end_a_hung_link_as_a_timeout(server: _Server) -> None:
    base = _cfg()
    citation = Citation(f"{server.base}/hang/t", source="probe4", line=1)
    box: list[linkcheck.Report] = []
    runner = threading.Thread(
        target=lambda: box.append(check([citation], base.evolve(read_timeout=0.5, deadline=3.0)))
    )
    runner.start()
    runner.join(30)
    assert box, "a read timeout of 0.5 s and a deadline of 3 s did not end the run within 30 s"
    (result,) = box[0].results
    assert (result.status.value, result.cause.value if result.cause else None) == ("error", "timeout")
    assert base.read_timeout == 20.0  # the per-call variant left the shared config alone


def test_max_time_per_call_reports_the_unchecked_links_as_skipped(server: _Server) -> None:
    citations = [Citation(f"{server.base}/hang/m{n}", source="probe4", line=n) for n in range(4)]
    box: list[linkcheck.Report] = []
    cfg = _cfg(max_time=1.5, workers=2, per_host=2, host_down_after=0)
    runner = threading.Thread(target=lambda: box.append(check(citations, cfg)))
    runner.start()
    runner.join(30)
    assert box, "max_time=1.5 did not end the run within 30 s"
    report = box[0]
    assert len(report.results) == 4
    assert [r.citation.line for r in report.results] == [0, 1, 2, 3]
    statuses = {r.status.value for r in report.results}
    assert statuses <= {"skipped", "error"}
    assert "skipped" in statuses
    assert all(r.verdict.value == "warn" for r in report.results)


def test_a_callers_fetcher_taking_deadline_is_given_the_runs_max_time(server: _Server) -> None:
    cfg = _cfg(max_time=30.0)
    inner = Fetcher(cfg)
    given: list[float | None] = []

    class Recording:
        def fetch(self, url: str, *, deadline: float | None = None) -> linkcheck.FetchResult:
            given.append(deadline)
            return inner.fetch(url)

    before = time.monotonic()
    report = check(_stories(server, range(500, 502)), cfg, fetcher=Recording())
    after = time.monotonic()
    assert [r.status.value for r in report.results] == ["ok", "ok"]
    assert len(given) == 2
    for deadline in given:
        assert deadline is not None
        assert before < deadline <= after + 30.0


# --- a caller's session ----------------------------------------------------------------------------------


def test_a_sessions_own_adapter_carries_every_request_and_redirect(server: _Server) -> None:
    sent: list[str] = []

    class Counting(requests.adapters.HTTPAdapter):
        def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
            sent.append(str(request.url))
            return super().send(request, *args, **kwargs)

    session = requests.Session()
    session.mount("http://", Counting())
    cfg = _cfg()
    citations = [
        *_stories(server, range(600, 602)),
        Citation(f"{server.base}/moved/602", source="probe4", line=9),
    ]
    report = check(citations, cfg, fetcher=Fetcher(cfg, session))
    assert [r.status.value for r in report.results] == ["ok", "ok", "ok"]
    assert sorted(sent) == sorted(
        [
            f"{server.base}/story/600",
            f"{server.base}/story/601",
            f"{server.base}/moved/602",
            f"{server.base}/story/602",
        ]
    )


# --- logging, warnings and what is printed ----------------------------------------------------------------


def test_a_sharded_runs_results_are_logged_in_the_calling_process(
    server: _Server, second_server: _Server, caplog: pytest.LogCaptureFixture
) -> None:
    citations = _stories(server, range(700, 703)) + _stories(second_server, range(710, 713))
    with caplog.at_level(logging.DEBUG, logger="linkcheck"):
        report = check(citations, _cfg(processes=2, workers=4))
    assert [r.status.value for r in report.results] == ["ok"] * 6
    logged = [rec.getMessage() for rec in caplog.records if rec.name == "linkcheck.checker"]
    for c in citations:
        assert any(m.startswith(f"{c.url}: ok, pass") for m in logged), (c.url, logged)


def test_records_propagate_to_the_callers_root_handler_and_the_tree_has_a_null_handler(
    server: _Server,
) -> None:
    tree = logging.getLogger("linkcheck")
    assert any(isinstance(h, logging.NullHandler) for h in tree.handlers)
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    root = logging.getLogger()
    handler = Keep(logging.DEBUG)
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        check([Citation(f"{server.base}/gone/1", source="probe4", line=1)], _cfg())
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    ours = [r for r in records if r.name.startswith("linkcheck")]
    assert any(
        r.name == "linkcheck.checker" and f"{server.base}/gone/1: dead, fail" in r.getMessage() for r in ours
    )
    assert all(r.name == "linkcheck" or r.name.startswith("linkcheck.") for r in ours)


_DEV_SCRIPT = textwrap.dedent(
    """
    import gc, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    release = threading.Event()

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        def log_message(self, *a):
            pass
        def do_GET(self):
            if self.path.startswith("/hang"):
                release.wait(30)
            if self.path.startswith("/gone"):
                body, status = b"<html><head><title>Not Found</title></head></html>", 404
            else:
                body = b"<html><head><title>Quiet harbour story</title></head>"
                body += b"<body><h1>Quiet harbour story</h1></body></html>"
                status = 200
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    class S(ThreadingHTTPServer):
        daemon_threads = True
        def handle_error(self, request, client_address):
            pass  # a client that hung up on a hung request: this script's server, not the library

    srv = S(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d" % srv.server_address[1]

    import linkcheck
    from linkcheck import Citation, Config, check, iter_check, parse_sources, extract_metadata

    cfg = Config(allow_private=True, retries=0, read_timeout=0.5, deadline=2.0)
    text = base + "/ok | title: Quiet harbour story\\n" + base + "/gone\\n"
    text += "not a url at all | x\\n" + base + "/hang\\n"
    cits = parse_sources(text, "dev.txt", keep_going=True)
    report = check(cits, cfg)
    report.render("json"); report.render("text")
    it = iter_check([Citation(base + "/ok"), Citation(base + "/hang/2")], cfg)
    next(it)
    it.close()
    extract_metadata(b"<html><head><title>x</title></head></html>", base + "/x")
    del it, report
    gc.collect()
    release.set()
    srv.shutdown(); srv.server_close()
    print("DONE")
    """
)


def test_a_run_under_dev_mode_and_warnings_as_errors_prints_and_warns_nothing(tmp_path: Path) -> None:
    script = tmp_path / "dev.py"
    script.write_text(_DEV_SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONWARNINGS": ""}
    proc = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error", str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout == "DONE\n"
    assert proc.stderr == "", proc.stderr[-3000:]


# --- type hints as a user's mypy --strict sees them ------------------------------------------------------

_TYPED_OK = textwrap.dedent(
    """
    from __future__ import annotations

    import contextlib

    from linkcheck import Citation, Config, FetchResult, Report, Result, check, iter_check
    from linkcheck.fetch import Fetcher


    class Recorder:
        def __init__(self, inner: Fetcher) -> None:
            self.inner = inner
            self.urls: list[str] = []

        def fetch(self, url: str) -> FetchResult:
            self.urls.append(url)
            return self.inner.fetch(url)


    def run(urls: list[str]) -> int:
        cfg = Config(workers=2, read_timeout=5.0)
        citations = [Citation(u) for u in urls]
        kept: list[Result] = []
        report: Report = check(citations, cfg, fetcher=Recorder(Fetcher(cfg)), on_result=kept.append)
        with contextlib.closing(iter_check(citations, cfg.evolve(workers=1))) as results:
            for result in results:
                kept.append(result)
                break
        more = iter_check(citations)
        more.close()
        return report.exit_code + len(kept)
    """
)

_TYPED_BAD = textwrap.dedent(
    """
    from linkcheck import Config

    a = Config(workers="8")
    b = Config(timeout=5)
    """
)


def test_mypy_strict_sees_the_documented_signatures(tmp_path: Path) -> None:
    ok = tmp_path / "typed_ok.py"
    bad = tmp_path / "typed_bad.py"
    ok.write_text(_TYPED_OK, encoding="utf-8")
    bad.write_text(_TYPED_BAD, encoding="utf-8")
    env = {**os.environ, "MYPYPATH": str(SRC)}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            str(ok),
            str(bad),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )
    lines = proc.stdout.splitlines()
    assert not [line for line in lines if "typed_ok.py" in line], proc.stdout
    assert any("typed_bad.py:4:" in line and "error" in line for line in lines), proc.stdout
    assert any("typed_bad.py:5:" in line and "timeout" in line for line in lines), proc.stdout
