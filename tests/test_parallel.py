"""Runs sharded over processes: whole hosts per shard, every citation once, verdicts as in one process."""

from __future__ import annotations

import contextlib
import io
import itertools
import queue
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import example, given, settings

from linkcheck import parallel
from linkcheck.checker import check
from linkcheck.config import Config
from linkcheck.models import Article, Cause, Citation, PartialDate, Result, Status, Verdict
from linkcheck.parallel import (
    _ELIDED,
    _back_to_dead,
    _Batches,
    _child,
    _given_citation,
    _Outbox,
    _relay,
    host_of,
    processes_ahead,
    shard_by_host,
)
from tests.processes import child_pids
from tests.site_server import Page, SiteServer, serve
from tests.strategies import url_like

PAGE = (Path(__file__).parent / "fixtures" / "site" / "ria.html").read_bytes()


def test_shards_keep_each_host_whole_and_balance_the_load() -> None:
    urls = [f"https://big.example.org/{i}" for i in range(6)]
    urls += [f"https://mid{j}.example.org/{i}" for j in range(3) for i in range(2)]
    urls += ["https://small.example.org/1"]
    citations = [Citation(u) for u in urls]
    shards = shard_by_host(citations, 2)
    assert sorted(i for shard in shards for i in shard) == list(range(len(urls)))
    hosts = [{citations[i].url.split("/")[2] for i in shard} for shard in shards]
    assert not hosts[0] & hosts[1]
    assert sorted(len(s) for s in shards) == [6, 7]
    # the busiest host goes to a child process: shard 0 is the caller's, which also reads and reports
    assert "big.example.org" not in hosts[0]


def _processes(citations: list[Citation], config: Config) -> int:
    source, n = processes_ahead(citations, config)
    assert list(source) == citations  # what was read ahead to decide is handed back, in order
    return n


def test_small_runs_stay_in_one_process() -> None:
    few = [Citation(f"https://h{i % 3}.example.org/{i}") for i in range(50)]
    assert _processes(few, Config()) == 1
    assert _processes(few, Config(processes=3)) == 3
    one_host = [Citation(f"https://only.example.org/{i}") for i in range(5000)]
    assert _processes(one_host, Config()) == 1


def test_a_large_run_over_several_hosts_is_sharded_on_what_is_read_ahead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("linkcheck.affinity.usable_core_count", lambda: 4)
    many = [Citation(f"https://h{i % 3}.example.org/{i}") for i in range(5000)]
    assert _processes(many, Config()) == 4
    again = [Citation("https://only.example.org/1")] * 5000  # many citations, one URL: nothing to share
    assert _processes([*again, Citation("https://other.example.org/")], Config()) == 1


def test_no_run_has_more_processes_than_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--workers`` is the run's whole concurrency and each process has one worker at least: one worker
    over two processes made two requests in flight."""
    monkeypatch.setattr("linkcheck.affinity.usable_core_count", lambda: 4)
    many = [Citation(f"https://h{i % 3}.example.org/{i}") for i in range(5000)]
    assert _processes(many, Config(workers=1)) == 1
    assert _processes(many, Config(workers=3)) == 3
    assert _processes(many, Config(workers=1, processes=2)) == 1
    assert _processes(many, Config(workers=2, processes=4)) == 2


@pytest.mark.parametrize(
    ("workers", "shards", "split"),
    [(64, 2, [32, 32]), (5, 2, [2, 3]), (16, 3, [5, 5, 6]), (3, 3, [1, 1, 1]), (7, 4, [1, 2, 2, 2])],
)
def test_the_workers_are_split_over_the_shards_none_lost(workers: int, shards: int, split: list[int]) -> None:
    # the remainder goes to the children: shard 0 is the calling process, which also reads and reports
    assert parallel.shard_workers(workers, shards) == split


@pytest.fixture
def site() -> Iterator[SiteServer]:
    routes = {f"/a/{i}": Page(200, PAGE) for i in range(12)}
    with serve(routes) as server:
        yield server


def test_sharded_run_reports_every_citation_once_in_order(site: SiteServer) -> None:
    port = site.server_address[1]
    urls = [f"http://127.0.0.1:{port}/a/{i}" for i in range(6)] + [
        f"http://localhost:{port}/a/{i}" for i in range(6)
    ]
    urls += [f"http://127.0.0.1:{port}/missing", "ftp://files.example.org/x", urls[0]]
    citations = [Citation(u, outlet="RIA Novosti", line=n) for n, u in enumerate(urls, 1)]
    config = Config(processes=2, allow_private=True, retries=0)
    sharded = check(citations, config)
    single = check(citations, config.evolve(processes=1))
    assert [r.citation for r in sharded.results] == citations
    # the caller's own objects, whichever process checked them (not a child's unpickled copies)
    assert all(r.citation is c for r, c in zip(sharded.results, citations, strict=True))
    assert [(r.status, r.verdict) for r in sharded.results] == [(r.status, r.verdict) for r in single.results]
    assert sharded.results[12].status is Status.DEAD
    assert sharded.results[13].status is Status.SKIPPED
    assert sharded.summary == single.summary


def test_a_shard_process_sends_its_results_without_their_citations(site: SiteServer) -> None:
    # The caller has every citation it sent: a child's results come back without theirs (half the caller's
    # cost of reading a result), numbered so the caller puts its own citation back.
    site.routes["/story"] = Page(200, PAGE)
    citations = [
        Citation(f"{site.origin}/story", title="Uncommon cited words", line=3),
        Citation(f"{site.origin}/x"),
    ]
    feed: queue.Queue[Any] = queue.Queue()
    feed.put([(10, citations[0]), (11, citations[1])])
    feed.put(None)
    sent: list[Any] = []
    _child(Config(allow_private=True, retries=0), feed, SimpleNamespace(put=sent.append), 1, elide=True)
    results = dict(item for batch in sent[:-1] for item in batch[1])
    assert sent[-1] == (1, None)
    assert sorted(results) == [10, 11]
    assert all(r.citation is _ELIDED for r in results.values())
    assert results[10].metadata is not None
    assert results[10].findings  # judged against the citation sent
    assert results[11].status is Status.DEAD


def test_offline_verdict_is_undone_when_another_shard_resolved_names() -> None:
    held = Result(
        citation=Citation("https://gone.example.net/x"),
        status=Status.ERROR,
        reason="the network looks unavailable: host name gone.example.net does not resolve",
        cause=Cause.NETWORK_UNAVAILABLE,
        verdict=Verdict.WARN,
    )
    dead = _back_to_dead(held, Config())
    assert (dead.status, dead.cause, dead.verdict) == (Status.DEAD, Cause.DNS, Verdict.FAIL)
    assert dead.reason == "host name gone.example.net does not resolve"


def test_results_cross_processes_unchanged(site: SiteServer) -> None:
    """What a shard process sends back (pickled) is the result it found, field for field."""
    import pickle

    site.routes["/story"] = Page(200, PAGE)
    citation = Citation(
        f"{site.origin}/story",
        title="A title that does not match",
        date=PartialDate(2019, 12),
        outlet="RIA Novosti",
        line=7,
        article=Article(date=PartialDate(2020, 1, 9), title="The article"),
    )
    report = check([citation, Citation(f"{site.origin}/gone", line=8)], Config(allow_private=True, retries=0))
    for result in report.results:
        again = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        assert again == result
        assert again.metadata == result.metadata
        assert again.findings == result.findings
    assert report.results[0].metadata is not None
    assert report.results[0].metadata.title
    assert report.results[0].findings


def test_the_caller_puts_its_citation_back_into_a_child_result_as_replaced_would(site: SiteServer) -> None:
    """A child's result read back from its pipe gets the caller's citation in place (``_given_citation``): the
    same result ``replaced`` built anew, each of a batch its own object, none of them changed but the one."""
    import pickle

    from linkcheck.models import replaced

    site.routes["/story"] = Page(200, PAGE)
    citations = [
        Citation(f"{site.origin}/story", title="A title that does not match", outlet="RIA Novosti", line=3),
        Citation(f"{site.origin}/story", title="Uncommon cited words", line=4),
        Citation(f"{site.origin}/gone", line=5),
    ]
    found = check(citations, Config(allow_private=True, retries=0)).results
    sent = [(n, replaced(r, citation=_ELIDED)) for n, r in enumerate(found)]  # as a child sends them
    batch = pickle.loads(pickle.dumps((1, sent), protocol=pickle.HIGHEST_PROTOCOL))[1]
    given = [_given_citation(result, citations[n]) for n, result in batch]
    assert given == [replaced(r, citation=c) for r, c in zip(found, citations, strict=True)] == list(found)
    assert all(r.citation is c for r, c in zip(given, citations, strict=True))
    assert len({id(r) for r in given}) == len(given)
    assert all(r.citation is _ELIDED for _, r in sent)  # what the child sent is not what was changed


def test_replaced_copies_every_field_but_the_changed_ones() -> None:
    """``models.replaced`` (how a shard elides a result's citation, and how a read page drops its body) is
    ``dataclasses.replace``: every other field kept, an unknown name refused."""
    import dataclasses

    from linkcheck.models import FetchResult, Finding, FindingKind, Metadata, Redirect, Severity, replaced

    fetch = FetchResult(
        "http://a.test/x", "http://a.test/y", 200, (Redirect(301, "http://a.test/y"),), {"a": "b"}, b"body",
        True, Cause.TIMEOUT, "slow", 3, 1.5, True, True,
    )  # fmt: skip
    assert all(
        getattr(fetch, f.name) != f.default
        for f in dataclasses.fields(fetch)
        if f.default is not f.default_factory
    )
    assert replaced(fetch, body=b"") == dataclasses.replace(fetch, body=b"")
    assert replaced(fetch, body=b"").body == b""
    assert replaced(fetch, body=b"").headers == {"a": "b"}
    result = Result(
        Citation("http://a.test/x", title="T", line=3), Status.OK, "200 OK", Verdict.WARN, Cause.TIMEOUT, 200,
        "http://a.test/y", (Redirect(301, "http://a.test/y"),), Metadata(title="T"),
        (Finding(FindingKind.TITLE_MISMATCH, Severity.WARN, "m"),), 0.25,
    )  # fmt: skip
    other = Citation("http://a.test/x", title="U", line=4)
    assert replaced(result, citation=other) == dataclasses.replace(result, citation=other)
    assert replaced(result, citation=_ELIDED, status=Status.DEAD).status is Status.DEAD
    with pytest.raises(TypeError, match="bodies"):
        replaced(fetch, bodies=b"")


def test_a_relay_whose_pipe_is_closed_under_it_ends_the_shard_quietly() -> None:
    """An interrupted run closes a child's pipe while its relay thread reads it: the relay reports the shard
    over (its citations then come back as lost), it does not die with a traceback on standard error."""
    closed = io.BytesIO(b"")
    closed.close()  # reading it raises ValueError, as a pipe closed by another thread does
    child = SimpleNamespace(proc=SimpleNamespace(stdout=closed))
    sink: queue.Queue[object] = queue.Queue()
    _relay(child, 1, _Outbox(sink, threading.Event()))  # type: ignore[arg-type]
    assert sink.get_nowait() == (1, None)


def test_a_batch_that_stops_growing_is_sent_without_waiting_for_the_next_result() -> None:
    """A shard whose other links are on a host that does not answer still sends what it has checked."""
    sent: queue.Queue[object] = queue.Queue()
    result = Result(Citation("https://a.example/1"), Status.OK, "200 OK", Verdict.PASS)
    batches = _Batches(SimpleNamespace(put=sent.put), shard=1)
    try:
        batches.add((0, result))  # and no result after it for as long as the test waits
        assert sent.get(timeout=5) == (1, [(0, result)])
        batches.add((1, result))
    finally:
        batches.close()  # what waits is sent on closing, whatever the time
    assert sent.get(timeout=5) == (1, [(1, result)])
    assert sent.empty()


@settings(max_examples=3000, deadline=None)
@given(url_like)
@example("http://Example.ORG:8080/x")
@example("http://a.example\t/x")
@example("http://[::1]:80/")
@example("http://user@a.example/")
@example("http://a.example:80x/")
@example("http://A.example.:80/")
def test_host_of_reads_the_netloc_urlsplit_reads(url: str) -> None:
    # the fast path for a plain web URL keys it as urlsplit's netloc would be keyed (by the scheduler's
    # host key, which folds a server's spellings: a default port, capitals, a trailing dot, a userinfo)
    from urllib.parse import urlsplit

    from linkcheck.hostkey import host_key

    try:
        expected = host_key(urlsplit(url.strip()).netloc)
    except ValueError:
        expected = ""
    assert host_of(url) == expected


def test_a_finished_run_returns_before_its_children_have_ended(
    site: SiteServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a child that has sent every result is only tearing itself down: the report must not wait for it, and
    # the child must still be waited for (no process left unreaped)
    import linkcheck.parallel as parallel

    release = threading.Event()
    stopped: list[float] = []
    original = parallel._Child.stop

    def slow_stop(self: parallel._Child, *, grace: float = 0.0) -> None:
        release.wait(10)
        original(self, grace=grace)
        stopped.append(grace)

    monkeypatch.setattr(parallel._Child, "stop", slow_stop)
    port = site.server_address[1]
    urls = [f"http://127.0.0.1:{port}/a/{i}" for i in range(4)] + [
        f"http://localhost:{port}/a/{i}" for i in range(4)
    ]
    report = check([Citation(u, outlet="RIA Novosti") for u in urls], Config(processes=2, allow_private=True))
    assert len(report.results) == 8
    assert stopped == []  # returned while the child's end was still being waited for
    release.set()
    for _ in range(200):
        if stopped:
            break
        threading.Event().wait(0.05)
    assert stopped == [5.0]  # then reaped, with the grace a finished run gives


# --- shard processes started before the input is read ---------------------------------------------------


def test_a_spare_process_becomes_the_next_runs_shard(
    site: SiteServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import linkcheck.parallel as parallel

    used: list[int] = []
    original = parallel._Child.__init__

    def record(self: parallel._Child, config: Config, shard: int, core: int | None = None) -> None:
        original(self, config, shard, core)
        used.append(self.proc.pid)

    monkeypatch.setattr(parallel._Child, "__init__", record)
    parallel.start_spares(1)
    try:
        spare = parallel._spares[0]
        port = site.server_address[1]
        urls = [f"http://127.0.0.1:{port}/a/{i}" for i in range(3)] + [
            f"http://localhost:{port}/a/{i}" for i in range(3)
        ]
        report = check(
            [Citation(u, outlet="RIA Novosti") for u in urls], Config(processes=2, allow_private=True)
        )
    finally:
        parallel.end_spares()
    assert used == [spare.pid]
    assert parallel._spares == []
    assert [r.status for r in report.results] == [Status.OK] * 6
    assert spare.wait(10) == 0


def test_a_spare_no_run_takes_is_ended() -> None:
    import linkcheck.parallel as parallel

    parallel.start_spares(2)
    spares = list(parallel._spares)
    assert len(spares) == 2
    parallel.end_spares()
    assert parallel._spares == []
    assert all(proc.poll() is not None for proc in spares)  # ended and reaped, none left running


def test_ending_a_spare_does_not_wait_for_its_imports(monkeypatch: pytest.MonkeyPatch) -> None:
    # a spare still importing was waited for until it read its closed input: a run that turned out to need
    # one process started only after the spares' imports (2 s each on a loaded machine). It is ended at once.
    import linkcheck.parallel as parallel

    monkeypatch.setattr(
        parallel, "_shard_process", lambda: parallel.python_process("import time; time.sleep(3600)")
    )
    parallel.start_spares(1)
    (spare,) = parallel._spares
    parallel.end_spares()
    assert spare.returncode is not None
    assert spare.returncode < 0  # killed, not waited out


def test_spares_are_started_for_large_inputs_on_more_than_one_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from linkcheck.cli import SPARE_MIN_BYTES, _spares_for

    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text("https://a.example.org/x\n")
    large.write_text("https://a.example.org/x\n" * (SPARE_MIN_BYTES // 24 + 1))
    monkeypatch.setattr("linkcheck.affinity.usable_core_count", lambda: 4)
    assert _spares_for([str(large)], Config()) == 3
    assert _spares_for([str(large)], Config(processes=2)) == 1
    assert _spares_for([str(large)], Config(processes=1)) == 0
    assert _spares_for([str(small)], Config()) == 0
    assert _spares_for([str(small), "-", str(tmp_path / "missing.txt")], Config()) == 0
    monkeypatch.setattr("linkcheck.affinity.usable_core_count", lambda: 1)
    assert _spares_for([str(large)], Config()) == 0


def test_a_cli_run_leaves_no_spare_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a large input that is not sharded after all (nothing in it is fetched): the spare started for it ends
    import linkcheck.parallel as parallel
    from linkcheck.cli import SPARE_MIN_BYTES, main

    started: list[Any] = []
    original = parallel.start_spares

    def record(count: int, *, fork: bool = False) -> None:
        original(count, fork=fork)
        started.extend(parallel._spares)

    monkeypatch.setattr(parallel, "start_spares", record)
    monkeypatch.setattr("linkcheck.affinity.usable_core_count", lambda: 2)
    manifest = tmp_path / "sources.txt"
    line = "ftp://files.example.org/archive/a-file-name-long-enough.txt | title: A file\n"
    manifest.write_text(line * (SPARE_MIN_BYTES // len(line) + 1))
    code = main([str(manifest), "--format", "json", "-o", str(tmp_path / "report.json"), "--quiet"])
    assert code == 0
    assert len(started) == 1
    assert started[0].poll() is not None  # ended (at once: it had only imported) and reaped
    assert parallel._spares == []


def test_a_sharded_cli_run_has_reaped_its_shard_processes_when_it_returns(
    site: SiteServer, tmp_path: Path
) -> None:
    # the report does not wait for the children's end, but the command does: none outlives it, and their
    # CPU time counts as its children's
    from linkcheck.cli import main

    port = site.server_address[1]
    manifest = tmp_path / "sources.txt"
    manifest.write_text(
        "".join(f"http://{host}:{port}/a/{i}\n" for host in ("127.0.0.1", "localhost") for i in range(3))
    )
    before = child_pids()
    code = main(
        [str(manifest), "--processes", "2", "--allow-private", "--quiet", "-o", str(tmp_path / "r.json")]
    )
    assert code == 0
    assert child_pids() - before == set()


def test_a_library_callers_process_reaps_its_shard_processes_before_it_exits(site: SiteServer) -> None:
    # check() hands its results over while its children are still ending; the caller's process must not
    # exit before they are reaped (none outlives it)
    import subprocess
    import sys
    import textwrap

    port = site.server_address[1]
    script = textwrap.dedent(
        f"""
        import atexit
        children = []

        def report():  # registered first, so it runs last: after linkcheck's own exit handler
            print("reaped" if children and all(p.returncode is not None for p in children) else "not reaped")

        atexit.register(report)
        import linkcheck.parallel as parallel
        from linkcheck import Citation, Config, check

        original = parallel._Child.__init__

        def record(self, config, shard, core=None):
            original(self, config, shard, core)
            children.append(self.proc)

        parallel._Child.__init__ = record
        urls = [f"http://{{h}}:{port}/a/{{i}}" for h in ("127.0.0.1", "localhost") for i in range(3)]
        report_ = check([Citation(u) for u in urls], Config(processes=2, allow_private=True))
        assert len(report_.results) == 6
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "reaped"


class _SlowPages(BaseHTTPRequestHandler):
    """``/slow/...`` answers after ``delay`` seconds, anything else at once; the server counts the most
    ``/slow/`` requests it had in flight at once. With ``hold_until`` set, a ``/slow/`` request first waits
    until that many are in flight together (a server-side event, not a time: a loaded machine may take
    seconds to start a shard process), or until ``HOLD_LIMIT`` seconds have passed once (a broken run then
    ends, its peak short)."""

    server: _SlowServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        slow = self.path.startswith("/slow/")
        if slow:
            with self.server.lock:
                self.server.active += 1
                self.server.peak = max(self.server.peak, self.server.active)
                if self.server.active >= self.server.hold_until:
                    self.server.together.set()
            if not self.server.together.wait(timeout=HOLD_LIMIT):
                self.server.together.set()  # waited once in vain: the others are not held again
            time.sleep(self.server.delay)
        body = PAGE
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        if slow:
            with self.server.lock:
                self.server.active -= 1

    def log_message(self, format: str, *args: object) -> None:
        pass


#: Seconds a held ``/slow/`` request waits for the others at most (under the test's 60 s read timeout).
HOLD_LIMIT = 45.0


class _SlowServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, delay: float, hold_until: int = 0) -> None:
        self.delay = delay
        self.hold_until = hold_until
        self.together = threading.Event()
        if hold_until <= 0:
            self.together.set()
        self.lock = threading.Lock()
        self.active = self.peak = 0
        super().__init__(("127.0.0.1", 0), _SlowPages)


def test_the_calling_process_takes_over_the_slots_of_a_shard_process_that_finished() -> None:
    """Two shards of two workers each: once the shard process is done with its (fast) host, the calling
    process's shard has four requests in flight on its slow host (its per-host limit), not two. The slow
    host holds its requests until four are in flight: the calling process's two cannot all be answered
    before the shard process (slow to start on a loaded machine) is done."""
    server = _SlowServer(delay=0.5, hold_until=4)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        # the busier host goes to the shard process, the slow one stays in the calling process
        urls = [f"http://localhost:{port}/fast/{i}" for i in range(20)]
        urls += [f"http://127.0.0.1:{port}/slow/{i}" for i in range(16)]
        # a read timeout above the hold's bound, so that only the hold can end a held request
        config = Config(processes=2, workers=4, per_host=4, allow_private=True, retries=0, read_timeout=60.0)
        report = check([Citation(u) for u in urls], config)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    assert [r.status for r in report.results] == [Status.OK] * len(urls)
    assert server.peak == 4


def test_the_hosts_are_split_on_the_citations_that_come_within_the_lookahead_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Citations extracted from articles as the run goes come slowly: the split does not wait for
    LOOKAHEAD of them, and a cut-short look ahead is not taken for the whole input."""
    # A quarter of a second for the first three, which come at once (a loaded machine may take some
    # milliseconds over them); the fourth comes after twice that.
    monkeypatch.setattr(parallel, "LOOKAHEAD_SECONDS", 0.25)

    def slow() -> Iterator[Citation]:
        for n in range(6):
            if n >= 3:
                time.sleep(0.5)  # the look ahead's time is up once this one comes
            yield Citation(url=f"https://host{n}.example/")

    source = slow()
    ahead, ended = parallel._read_ahead(source)
    assert ([c.url for c in ahead], ended) == ([f"https://host{n}.example/" for n in range(4)], False)
    assert [c.url for c in source] == ["https://host4.example/", "https://host5.example/"]
    fast = [Citation(url=f"https://host{n}.example/") for n in range(5)]
    assert parallel._read_ahead(iter(fast)) == (fast, True)
    many = [Citation(url=f"https://h.example/{n}") for n in range(parallel.LOOKAHEAD + 5)]
    ahead, ended = parallel._read_ahead(iter(many))
    assert (ahead, ended) == (many[: parallel.LOOKAHEAD], False)


def _feed(
    citations: Iterator[Citation], ahead: list[Citation], shards: int
) -> tuple[Any, list[queue.Queue[Any]]]:
    """A feeder over ``ahead`` then ``citations``, split on ``ahead``'s hosts, into unbounded queues."""
    router = parallel._Router(ahead, shard_by_host(ahead, shards), shards)
    feeds: list[queue.Queue[Any]] = [queue.Queue() for _ in range(shards)]
    source = itertools.chain(ahead, citations)
    feeder = parallel._Feeder(source, router, feeds, lambda n: True, ahead=len(ahead))
    feeder.thread.start()
    return feeder, feeds


def test_the_shards_get_the_look_ahead_at_once_while_more_citations_are_awaited() -> None:
    """Citations read from articles come as the articles are read: each shard starts on its share of what
    was read ahead, without waiting for a full batch of its own."""
    ahead = [Citation(url=f"https://host{n % 4}.example/{n}") for n in range(40)]
    more = threading.Event()

    def rest() -> Iterator[Citation]:
        assert more.wait(10)  # the articles after the look-ahead are still being read
        yield from (Citation(url=f"https://host{n % 4}.example/{n}") for n in range(40, 50))

    feeder, feeds = _feed(rest(), ahead, 2)
    try:
        sent: list[list[Citation]] = [[], []]
        deadline = time.monotonic() + 5
        while sum(map(len, sent)) < len(ahead) and time.monotonic() < deadline:
            for n in range(2):
                with contextlib.suppress(queue.Empty):
                    sent[n] += [c for _, c in feeds[n].get(timeout=0.01)]
        assert sorted(c.url for c in sent[0] + sent[1]) == sorted(c.url for c in ahead)
        assert [len(s) for s in sent] == [20, 20]
    finally:
        more.set()
        feeder.thread.join(5)
    later = [c for n in range(2) for batch in iter(feeds[n].get_nowait, None) for _, c in batch]
    assert sorted(c.url for c in later) == sorted(f"https://host{n % 4}.example/{n}" for n in range(40, 50))
    assert all(len(left) == 25 for left in feeder.unreported)


def test_a_shards_batches_grow_to_the_full_size() -> None:
    """Without a look-ahead, a shard is sent 16 citations first, then as many as it was sent before, up to
    256 at once; whatever is left goes out when the input ends."""
    count = 16 + 16 + 32 + 64 + 128 + 256 + 256 + 5
    citations = (Citation(url=f"https://one.example/{n}") for n in range(count))
    feeder, feeds = _feed(citations, [], 1)
    feeder.thread.join(5)
    batches = list(iter(feeds[0].get_nowait, None))
    assert [len(batch) for batch in batches] == [16, 16, 32, 64, 128, 256, 256, 5]
    assert [number for batch in batches for number, _ in batch] == list(range(count))
