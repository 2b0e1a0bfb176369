"""Long inputs are read as the run goes: a bounded window of URLs, every citation reported once."""

from __future__ import annotations

import itertools
import os
import random
import signal
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkcheck import checker, parallel
from linkcheck.checker import check, iter_check
from linkcheck.config import Config
from linkcheck.models import Cause, Citation, FetchResult, Result, Status
from tests.processes import child_pids
from tests.site_server import Page, SiteServer, serve
from tests.test_checker import FakeFetcher
from tests.test_parallel import PAGE


def ok(url: str) -> FetchResult:
    body = b"<html><head><title>A story</title></head><body><h1>A story</h1></body></html>"
    return FetchResult(
        url=url, final_url=url, status_code=200, headers={"content-type": "text/html"}, body=body
    )


class Counted:
    """An input that counts how many citations were taken from it."""

    def __init__(self, urls: list[str]) -> None:
        self.urls = urls
        self.taken = 0

    def __iter__(self) -> Iterator[Citation]:
        for n, url in enumerate(self.urls, 1):
            self.taken += 1
            yield Citation(url, line=n)


def test_iter_check_reads_its_input_as_the_run_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checker, "WINDOW", 5)
    source = Counted([f"https://h{i % 3}.example.org/{i}" for i in range(40)])
    results = iter_check(source, Config(workers=2), fetcher=FakeFetcher(ok))
    first = next(results)
    assert first.status is Status.OK
    assert source.taken <= 5 + 1  # the window, and the one that found it full
    rest = list(results)
    assert source.taken == 40
    assert sorted(r.citation.line for r in [first, *rest]) == list(range(1, 41))


def test_citations_of_a_url_beyond_the_window_share_its_fetch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checker, "WINDOW", 3)
    urls = [f"https://news.example.org/{i % 10}" for i in range(60)]
    fetcher = FakeFetcher(ok)
    report = check(Counted(urls), Config(workers=2), fetcher=fetcher, keep_passing=False)
    assert report.summary["total"] == 60
    assert report.summary["ok"] == 60
    assert set(fetcher.calls.values()) == {1}  # each URL once, its later citations served from memory


def test_results_keep_input_order_when_read_as_a_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checker, "WINDOW", 4)
    urls = [f"https://h{i % 4}.example.org/{i}" for i in range(30)] + ["ftp://files.example.org/x"]
    report = check(Counted(urls), Config(workers=3), fetcher=FakeFetcher(ok))
    assert [r.citation.line for r in report.results] == list(range(1, 32))
    assert report.results[-1].status is Status.SKIPPED


def test_a_time_limit_reports_citations_never_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checker, "WINDOW", 2)
    release = threading.Event()

    def slow(url: str) -> FetchResult:
        release.wait(0.5)
        return ok(url)

    source = Counted([f"https://h{i}.example.org/x" for i in range(20)] + ["not a url"])
    report = check(source, Config(workers=1, max_time=0.2), fetcher=FakeFetcher(slow))
    release.set()
    assert source.taken == 21
    assert len(report.results) == 21
    late = [r for r in report.results if r.cause is Cause.DEADLINE]
    assert len(late) >= 18
    assert all(r.status is Status.SKIPPED for r in late)


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with serve({f"/a/{i}": Page(200, PAGE) for i in range(40)}) as server:
        yield server


def test_a_sharded_run_reads_a_stream_and_reports_every_citation(
    site: SiteServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "LOOKAHEAD", 6)  # most citations reach the shards after the run began
    port = site.server_address[1]
    urls = [f"http://{host}:{port}/a/{i}" for i in range(20) for host in ("127.0.0.1", "localhost")]
    with serve({f"/a/{i}": Page(200, PAGE) for i in range(5)}) as other:
        # a host first seen after the look-ahead: it goes to the shard sent the fewest citations
        urls += [f"http://127.0.0.1:{other.server_address[1]}/a/{i}" for i in range(5)]
        source = Counted(urls)
        config = Config(processes=2, allow_private=True, retries=0)
        report = check(source, config, keep_passing=False)
        assert source.taken == len(urls)
        assert report.summary["total"] == len(urls)
        assert report.summary["ok"] == len(urls)
        full = check(Counted(urls), config)
    assert [r.citation.line for r in full.results] == list(range(1, len(urls) + 1))


def test_workers_read_no_further_ahead_than_the_caller_can_take() -> None:
    fetcher = FakeFetcher(ok)
    results = iter_check(
        [Citation(f"https://h{i % 5}.example.org/{i}") for i in range(60)], Config(workers=2), fetcher=fetcher
    )
    next(results)
    threading.Event().wait(
        0.3
    )  # the caller is busy elsewhere: the workers must not read every page meanwhile
    read = sum(fetcher.calls.values())
    assert read <= 1 + 2 * 2 + 2  # the one taken, twice the concurrency waiting, and those in flight
    assert len([*results]) == 59


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_a_shard_process_that_dies_loses_none_of_its_citations() -> None:
    with socket.socket() as silent:  # accepts connections and never answers: every fetch waits
        silent.bind(("127.0.0.1", 0))
        silent.listen(64)
        port = silent.getsockname()[1]
        urls = [f"http://127.0.0.1:{port}/{i}" for i in range(3)]  # the child's (the busier host)
        urls += [f"http://localhost:{port}/{i}" for i in range(2)]  # the caller's own shard
        config = Config(processes=2, allow_private=True, retries=0, max_time=3.0)
        before = child_pids()
        results: list[Result] = []
        run = threading.Thread(target=lambda: results.extend(iter_check([Citation(u) for u in urls], config)))
        run.start()
        children: set[int] = set()
        for _ in range(200):  # at most 10 s for the child to start
            children = child_pids() - before
            if children:
                break
            threading.Event().wait(0.05)
        assert children
        for pid in children:
            os.kill(pid, signal.SIGKILL)
        run.join(30)
    assert not run.is_alive()
    assert sorted(r.citation.url for r in results) == sorted(urls)
    lost = [r for r in results if "127.0.0.1" in r.citation.url]
    assert {(r.status, r.cause) for r in lost} == {(Status.ERROR, Cause.INTERNAL)}
    assert all("exited with code -9" in r.reason for r in lost)


def test_checking_starts_before_a_slow_input_fills_the_window() -> None:
    """A source that gives its first citations and then waits (a pipe, a slow reader): those are checked
    meanwhile, not held until thousands more arrive."""
    fetched = threading.Event()

    class Fetcher(FakeFetcher):
        def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
            fetched.set()
            return super().fetch(url, deadline=deadline)

    waited: list[bool] = []

    def slow_source() -> Iterator[Citation]:
        for n in range(1, 9):  # as many as the workers: enough to start every one
            yield Citation(f"https://news.example.org/{n}", line=n)
        waited.append(fetched.wait(timeout=10))  # the rest of the input comes only once something is checked
        for n in range(9, 31):
            yield Citation(f"https://news.example.org/{n}", line=n)

    report = check(slow_source(), Config(workers=8), fetcher=Fetcher(ok))
    assert waited == [True]
    assert sorted(r.citation.line for r in report.results) == list(range(1, 31))
    assert all(r.status is Status.OK for r in report.results)


def test_results_come_out_while_a_slow_input_is_still_being_read() -> None:
    """An input that gives a few citations and then waits (a pipe, a shard's feed): their results are
    reported meanwhile, not once more of the input has come."""
    reported = threading.Event()
    waited: list[bool] = []

    def slow_source() -> Iterator[Citation]:
        for n in range(1, 4):  # fewer than the workers, far fewer than the window
            yield Citation(f"https://news.example.org/{n}", line=n)
        waited.append(reported.wait(timeout=10))  # the rest comes only once a result has been reported
        for n in range(4, 21):
            yield Citation(f"https://news.example.org/{n}", line=n)

    lines = []
    for result in iter_check(slow_source(), Config(workers=8), fetcher=FakeFetcher(ok)):
        lines.append(result.citation.line)
        reported.set()
    assert waited == [True]
    assert sorted(lines) == list(range(1, 21))


class _Broken(Exception):
    pass


def test_an_error_the_input_raises_comes_out_of_the_run_after_what_was_read_before_it() -> None:
    def source() -> Iterator[Citation]:
        yield Citation("not a url", line=1, error="line 1: no URL")
        yield Citation("https://news.example.org/2", line=2)
        raise _Broken("line 3 is unreadable")

    lines: list[int | None] = []

    def run() -> None:
        for result in iter_check(source(), Config(workers=2), fetcher=FakeFetcher(ok)):
            lines.append(result.citation.line)

    with pytest.raises(_Broken, match="line 3 is unreadable"):
        run()
    assert sorted(lines, key=str) == [1, 2]  # as a sharded run does: nothing read is lost


def test_a_caller_that_stops_listening_stops_the_reading() -> None:
    taken: list[int] = []

    def endless() -> Iterator[Citation]:
        for n in itertools.count(1):
            taken.append(n)
            yield Citation(f"https://h{n % 7}.example.org/{n}", line=n)

    before = set(threading.enumerate())
    results = iter_check(endless(), Config(workers=2), fetcher=FakeFetcher(ok))
    next(results)
    readers = [t for t in threading.enumerate() if t.name == "linkcheck-reader" and t not in before]
    assert len(readers) == 1
    results.close()
    readers[0].join(timeout=10)
    assert not readers[0].is_alive()  # the input is let go of, not read on (or waited on) for ever
    assert len(taken) <= checker.WINDOW + 1


@pytest.mark.parametrize("seed", range(40))
def test_every_citation_is_reported_once_whatever_the_input_and_the_window(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Random inputs (duplicate URLs, invalid and skipped lines, an input that pauses), windows, limits
    and a run that may run out of time: each citation object comes back exactly once."""
    rnd = random.Random(seed)
    monkeypatch.setattr(checker, "WINDOW", rnd.choice([1, 2, 3, 7, 50, 5000]))
    citations: list[Citation] = []
    for n in range(rnd.randint(0, 200)):
        roll = rnd.random()
        if roll < 0.05:
            citations.append(Citation("bad", line=n, error=f"line {n}: no URL"))
        elif roll < 0.1:
            citations.append(Citation(f"ftp://files.example.org/{n}", line=n))
        elif roll < 0.3 and citations:
            citations.append(Citation(rnd.choice(citations).url, line=n))
        else:
            citations.append(
                Citation(f"https://h{rnd.randint(0, 5)}.example.org/{rnd.randint(0, 300)}", line=n)
            )
    pauses = {n for n in range(len(citations)) if rnd.random() < 0.03}

    def source() -> Iterator[Citation]:
        for n, citation in enumerate(citations):
            if n in pauses:
                threading.Event().wait(0.002)
            yield citation

    config = Config(
        workers=rnd.choice([1, 2, 8]), per_host=rnd.choice([1, 2, 4]), max_time=rnd.choice([None, 0.05])
    )
    before = threading.active_count()
    reported = [r.citation for r in iter_check(source(), config, fetcher=FakeFetcher(ok, delay=0.0005))]
    assert sorted(map(id, reported)) == sorted(map(id, citations))
    for _ in range(100):  # the run's threads end with it (bounded: 5 s)
        if threading.active_count() <= before:
            break
        threading.Event().wait(0.05)
    assert threading.active_count() <= before


def test_an_input_error_met_after_the_time_limit_still_comes_after_every_result() -> None:
    """The run runs out of time while its input still waits; the input then raises. Every citation read
    before the error is still reported first, the ones held back to learn whether the network is up too."""

    def answer(url: str) -> FetchResult:
        if url.endswith("/gone"):  # answered at once: a name that does not resolve (held back)
            return FetchResult(url=url, final_url=url, cause=Cause.DNS, error="name does not resolve")
        threading.Event().wait(0.5)  # still fetching when the time runs out
        return ok(url)

    def source() -> Iterator[Citation]:
        yield Citation("https://nowhere.example.org/gone", line=1)
        yield Citation("https://slow.example.org/page", line=2)
        threading.Event().wait(0.4)  # past the run's time limit
        raise _Broken("line 3 is unreadable")

    lines: list[int | None] = []

    def run() -> None:
        for result in iter_check(source(), Config(workers=2, max_time=0.2), fetcher=FakeFetcher(answer)):
            lines.append(result.citation.line)

    with pytest.raises(_Broken, match="line 3 is unreadable"):
        run()
    assert sorted(lines, key=str) == [1, 2]
