"""A seventh held-out probe of the library API (api7, forty-seventh session, 2026-12-05).

Written from README.md, docs/api.md, ``tests/site_server.py``'s docstring, the signatures
``inspect.signature`` shows for ``Fetcher``, ``Fetcher.fetch`` and ``match_citation``, the field names of
``FetchResult``, ``Result``, ``Report``, ``Finding``, ``Metadata``, ``ExtractedDate`` and ``Redirect``, the
members of the string enums, and the earlier probes' docstrings, test names and docs/api.md sections, before
anything under ``src/`` was read, and committed before any change there. It plays a Python developer building
on ``linkcheck``, on ground the first six probes did not cover: ``format_sources`` given a generator (at run
time and under ``mypy --strict``), a ``stop`` of the caller's own class (``is_set()`` only) and the types
``linkcheck.threads.StopFlag`` promises; ``stop`` refused before any fetch; docs/api.md's asyncio recipe
cancelled while a request hangs; a stop set from inside ``on_result``; one caller's ``Fetcher`` shared by a
run that is stopped and one that goes on; %-escapes sent in the case cited; cookies shared by one site's
hosts and kept from another site's; a session's own jar sent and never written; a URL cited again after more
than 1,024 others fetched again, and shared when cited again soon; ``iter_sources`` over an open file whose
third line is malformed; an ``InputError`` with its ``reason`` through ``pickle``; ``headers`` for one
domain sent there only; ``extract_metadata``'s ``today``; a dek cited as the title; a ``quote`` and a
``#:~:text=`` fragment judged by ``match_citation``; ``Config`` as an ``lru_cache`` key whatever collection
its options were given as; the types of a result's fields. Every exchange is with ``tests/site_server.py``
servers on 127.0.0.1 (names under ``.localhost`` are loopback without a lookup); every wait is bounded;
nothing is timed. See "The library API, seventh held-out probe (api7)" in docs/api.md.
"""

from __future__ import annotations

import asyncio
import datetime
import functools
import io
import os
import pickle
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

import linkcheck
import linkcheck.fetch
import linkcheck.threads
from linkcheck import (
    Cause,
    Citation,
    Config,
    ExtractedDate,
    FetchResult,
    Finding,
    FindingKind,
    InputError,
    ManifestError,
    Metadata,
    PartialDate,
    Redirect,
    Result,
    RunStopped,
    Severity,
    Status,
    Verdict,
    check,
    extract_metadata,
    format_sources,
    iter_check,
    iter_sources,
    match_citation,
    parse_sources,
    read_sources,
)
from tests.site_server import Page, Request, SiteServer, serve

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
#: a bound on every wait (a hang guard, never an assertion about speed)
BOUND = 60.0
#: how long a hanging page holds (cut short when its server's block ends)
HANG = 300.0


def story(title: str, *, date: str = "2024-03-05", extra: str = "") -> bytes:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title} | Quayside Gazette</title>"
        f'<meta property="og:title" content="{title}">'
        '<meta property="og:site_name" content="Quayside Gazette">'
        f'<meta property="article:published_time" content="{date}T08:00:00Z">'
        f"{extra}</head><body><article><h1>{title}</h1>"
        "<p>Ferries return to the east quay on Monday after three weeks of repairs.</p>"
        "</article></body></html>"
    ).encode()


def page(title: str, **kw: Any) -> Page:
    return Page(body=story(title, **kw))


def config_for(site: SiteServer, **options: Any) -> Config:
    return Config(allow_hosts=(site.hostport,), **options)


def wait_until(predicate: Any, bound: float = BOUND) -> bool:
    end = time.monotonic() + bound
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return bool(predicate())


@pytest.fixture
def site() -> Iterator[SiteServer]:
    routes = {
        "/ok": page("Harbour reopens after storm"),
        "/ok2": page("Ferry timetable changes in spring"),
        "/gone": Page(status=404, body=b"<html><title>404 Not Found</title></html>"),
        "/moved": Page(status=301, headers={"Location": "/ok"}),
        "/hang1": Page(body=story("Slow one"), hold=HANG),
        "/hang2": Page(body=story("Slow two"), hold=HANG),
        "/hang3": Page(body=story("Slow three"), hold=HANG),
    }
    with serve(routes) as server:
        yield server


# --- 1. types a caller's mypy --strict sees ---------------------------------------------------------

_TYPED_OK = """\
from __future__ import annotations

import contextlib
import threading

import linkcheck
import linkcheck.threads
from linkcheck import Citation, Config, FetchResult, Report, Result, check, format_sources, iter_check


class Deadline:
    def __init__(self) -> None:
        self.flag = False

    def is_set(self) -> bool:
        return self.flag


class Recorder:
    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
        return FetchResult(url=url, final_url=url, status_code=200, headers={}, body=b"<title>A</title>")


def run(citations: list[Citation], config: Config) -> str:
    flag: linkcheck.threads.StopFlag | None = Deadline()
    report: Report = check(citations, config, stop=flag, fetcher=Recorder())
    with contextlib.closing(iter_check(citations, config, stop=threading.Event())) as results:
        first: list[Result] = [r for r in results]
    return format_sources(r.citation for r in report.results) + str(len(first))
"""

_TYPED_BAD = """\
from __future__ import annotations

from linkcheck import Citation, check


def run(citations: list[Citation]) -> None:
    check(citations, stop=object())
"""


def test_a_callers_script_with_a_generator_and_a_stop_class_type_checks(tmp_path: Path) -> None:
    """docs/api.md: ``format_sources`` takes any iterable of citations (a generator such as
    ``(r.citation for r in report.results)``); ``stop`` is typed ``linkcheck.threads.StopFlag | None``, a
    protocol (``is_set() -> bool``), so a caller's own class passes; a fetcher taking ``deadline`` passes.
    Caught: an ``object()`` as ``stop`` (line 7 of the bad script)."""
    ok = tmp_path / "typed_ok.py"
    bad = tmp_path / "typed_bad.py"
    ok.write_text(_TYPED_OK, encoding="utf-8")
    bad.write_text(_TYPED_BAD, encoding="utf-8")
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
        env={**os.environ, "MYPYPATH": str(SRC)},
        cwd=tmp_path,
    )
    lines = proc.stdout.splitlines()
    assert not [line for line in lines if "typed_ok.py" in line], proc.stdout
    assert any("typed_bad.py:7:" in line and "error" in line for line in lines), proc.stdout


# --- 2. format_sources with a generator at run time --------------------------------------------------


def test_format_sources_reads_a_generator_once_and_parse_reads_it_back() -> None:
    citations = [
        Citation("https://gazette.example/a", title="Harbour reopens", date=PartialDate.parse("2024-03")),
        Citation("https://gazette.example/b", title="Ferry timetable", outlet="Quayside Gazette"),
    ]
    reads = []

    def gen() -> Iterator[Citation]:
        for c in citations:
            reads.append(c.url)
            yield c

    text = format_sources(gen(), comments=False)
    assert reads == [c.url for c in citations]
    back = parse_sources(text)
    assert [(c.url, c.title, c.date, c.outlet) for c in back] == [
        (c.url, c.title, c.date, c.outlet) for c in citations
    ]


# --- 3-5. stop flags ----------------------------------------------------------------------------------


class OwnFlag:
    """A caller's flag with ``is_set()`` and nothing else (docs/api.md: "or anything with is_set()")."""

    def __init__(self) -> None:
        self._set = False

    def is_set(self) -> bool:
        return self._set

    def set(self) -> None:
        self._set = True


def test_a_stop_of_the_callers_own_class_ends_a_hung_run(site: SiteServer) -> None:
    flag = OwnFlag()
    seen: list[Result] = []
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            check(
                [Citation(site.url("/ok")), Citation(site.url("/hang1")), Citation(site.url("/hang2"))],
                config_for(site, read_timeout=HANG),
                on_result=seen.append,
                stop=flag,
            )
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert site.wait_for_requests(1, route="/hang1")
    assert site.wait_for_requests(1, route="/hang2")
    flag.set()
    thread.join(BOUND)
    assert not thread.is_alive()
    assert len(outcome) == 1, outcome
    assert isinstance(outcome[0], RunStopped), outcome


@pytest.mark.parametrize(
    "stop", [object(), True, "stop", threading.Lock()], ids=["object", "bool", "str", "lock"]
)
def test_a_stop_without_is_set_is_refused_before_any_fetch(site: SiteServer, stop: object) -> None:
    with pytest.raises(TypeError, match="stop"):
        check([Citation(site.url("/ok"))], config_for(site), stop=stop)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="stop"):
        next(iter_check([Citation(site.url("/ok"))], config_for(site), stop=stop))  # type: ignore[arg-type]
    assert site.requests == []


def test_the_docs_asyncio_recipe_ends_the_runs_thread_when_the_task_is_cancelled(site: SiteServer) -> None:
    """docs/api.md's ``check_async``, as written: the task cancelled while two requests hang; ``asyncio.run``
    waits for the run's thread on exit, so it returns only if the flag ended the run."""

    async def check_async(citations: list[Citation], config: Config) -> linkcheck.Report:
        stop = threading.Event()
        try:
            return await asyncio.to_thread(linkcheck.check, citations, config, stop=stop)
        finally:
            stop.set()

    async def main() -> str:
        task = asyncio.create_task(
            check_async(
                [Citation(site.url("/hang1")), Citation(site.url("/hang2"))],
                config_for(site, read_timeout=HANG),
            )
        )
        for _ in range(int(BOUND / 0.05)):
            if site.hits["/hang1"] and site.hits["/hang2"]:
                break
            await asyncio.sleep(0.05)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            return "cancelled"
        return "finished"

    outcome: list[str] = []
    runner = threading.Thread(target=lambda: outcome.append(asyncio.run(main())), daemon=True)
    runner.start()
    runner.join(BOUND)
    assert not runner.is_alive(), "asyncio.run still waiting for the run's thread"
    assert outcome == ["cancelled"]


def test_a_stop_set_from_inside_on_result_ends_the_run(site: SiteServer) -> None:
    """A caller that stops after its first failure sets the flag from ``on_result`` (the run's own thread)."""
    stop = threading.Event()
    seen: list[Result] = []

    def on_result(result: Result) -> None:
        seen.append(result)
        if result.verdict is Verdict.FAIL:
            stop.set()

    outcome: list[BaseException] = []

    def run() -> None:
        try:
            check(
                [Citation(site.url("/gone")), Citation(site.url("/hang1")), Citation(site.url("/hang2"))],
                config_for(site, read_timeout=HANG, workers=3),
                on_result=on_result,
                stop=stop,
            )
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(BOUND)
    assert not thread.is_alive()
    assert [r.citation.url for r in seen] == [site.url("/gone")]
    assert len(outcome) == 1
    assert isinstance(outcome[0], RunStopped)


def test_a_shared_fetcher_serves_one_run_while_another_is_stopped(site: SiteServer) -> None:
    config = config_for(site, read_timeout=HANG)
    fetcher = linkcheck.fetch.Fetcher(config)
    stop = threading.Event()
    outcome: list[BaseException] = []

    def stopped_run() -> None:
        try:
            check(
                [Citation(site.url("/hang1")), Citation(site.url("/hang2"))],
                config,
                fetcher=fetcher,
                stop=stop,
            )
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=stopped_run, daemon=True)
    thread.start()
    assert site.wait_for_requests(1, route="/hang1")
    assert site.wait_for_requests(1, route="/hang2")
    stop.set()
    thread.join(BOUND)
    assert not thread.is_alive(), "a stopped run with the caller's fetcher did not end"
    assert len(outcome) == 1
    assert isinstance(outcome[0], RunStopped)
    report = check([Citation(site.url("/ok")), Citation(site.url("/ok2"))], config, fetcher=fetcher)
    assert [r.status for r in report.results] == [Status.OK, Status.OK]


# --- 6-8. what goes on the wire ---------------------------------------------------------------------


def test_percent_escapes_are_sent_in_the_case_cited_and_redirected(site: SiteServer) -> None:
    seen: list[str] = []

    def answer(request: Request) -> Page:
        seen.append(request.path)
        if request.path.startswith("/old/"):
            return Page(status=301, headers={"Location": "/new/na%c3%afve?q=%e2%82%ac"})
        return page("Café menu changes for the summer")

    with serve(answer=answer) as server:
        report = check(
            [Citation(server.url("/caf%c3%a9?x=%c3%a9")), Citation(server.url("/old/a%2fb"))],
            config_for(server),
        )
    assert [r.status for r in report.results] == [Status.OK, Status.OK]
    assert "/caf%c3%a9?x=%c3%a9" in seen
    assert "/old/a%2fb" in seen
    assert "/new/na%c3%afve?q=%e2%82%ac" in seen


def test_cookies_are_shared_by_one_sites_hosts_and_kept_from_another_site() -> None:
    """A consent host of one site sets a cookie for the site and redirects to its ``www`` host, which asks
    for it; a second site never receives it."""
    port_box: list[int] = []

    def answer(request: Request) -> Page:
        port = port_box[0]
        if request.host == "consent.harbour.localhost":
            return Page(
                status=302,
                headers={
                    "Location": f"http://www.harbour.localhost:{port}/story",
                    "Set-Cookie": "agreed=yes; Domain=harbour.localhost; Path=/",
                },
            )
        if request.host == "www.harbour.localhost":
            if "agreed=yes" in (request.header("Cookie") or ""):
                return page("Harbour reopens after storm")
            return Page(
                status=302, headers={"Location": f"http://consent.harbour.localhost:{port}/ask?next=/story"}
            )
        return page("Ferry timetable changes in spring")

    with serve(answer=answer) as server:
        port_box.append(server.port)
        hosts = ("www.harbour.localhost", "consent.harbour.localhost", "news.other.localhost")
        config = Config(allow_hosts=tuple(f"{h}:{server.port}" for h in hosts))
        report = check(
            [
                Citation(f"http://www.harbour.localhost:{server.port}/story"),
                Citation(f"http://news.other.localhost:{server.port}/story"),
            ],
            config,
        )
        other = [r for r in server.requests if r.host == "news.other.localhost"]
    first = report.results[0]
    assert first.status is Status.OK, (first.reason, first.redirects)
    assert first.final_url == f"http://www.harbour.localhost:{server.port}/story"
    assert other
    assert all("agreed" not in (r.header("Cookie") or "") for r in other)


def test_a_sessions_own_jar_is_sent_and_never_written() -> None:
    routes_page = Page(
        body=story("Harbour reopens after storm"),
        headers={"Content-Type": "text/html; charset=utf-8", "Set-Cookie": "track=2; Path=/"},
    )
    with serve({"/c": routes_page, "/d": page("Ferry timetable changes in spring")}) as server:
        session = requests.Session()
        session.cookies.set("pref", "1", domain="127.0.0.1", path="/")
        config = config_for(server)
        fetcher = linkcheck.fetch.Fetcher(config, session)
        report = check([Citation(server.url("/c"))], config, fetcher=fetcher)
        report2 = check([Citation(server.url("/d"))], config, fetcher=fetcher)
        sent = [r.header("Cookie") or "" for r in server.requests]
    assert [r.status for r in report.results + report2.results] == [Status.OK, Status.OK]
    assert all("pref=1" in c for c in sent), sent
    assert sorted(c.name for c in session.cookies) == ["pref"]


# --- 9. one fetch a URL, and fetched again much later ---------------------------------------------


class Counting:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: dict[str, int] = {}

    def fetch(self, url: str) -> FetchResult:
        with self.lock:
            self.counts[url] = self.counts.get(url, 0) + 1
        return FetchResult(
            url=url,
            final_url=url,
            status_code=200,
            headers={"Content-Type": "text/html; charset=utf-8"},
            body=story("A story of the day"),
        )


def test_a_url_cited_again_after_1024_others_is_fetched_again_and_soon_after_is_shared() -> None:
    """The caller's fetcher is a test double, so no request leaves; the names are not under a reserved
    top-level domain (``.example``, ``.test``, ``.invalid``), which the run reports ``dead``/``dns`` without
    asking any fetcher."""
    first = "https://www.quayside-gazette.co.uk/first"
    soon = "https://www.quayside-gazette.co.uk/soon"
    finished: set[str] = set()
    lock = threading.Lock()

    def on_result(result: Result) -> None:
        with lock:
            finished.add(result.citation.url)

    def cites() -> Iterator[Citation]:
        yield Citation(first)
        yield Citation(soon)
        assert wait_until(lambda: first in finished and soon in finished)
        yield Citation(soon)  # after it finished, but soon: shared
        for n in range(1100):
            yield Citation(f"https://www.quayside-gazette.co.uk/other/{n}")
        assert wait_until(lambda: len(finished) == 1102)  # the 1,100 others done since
        yield Citation(first)  # after it finished and 1,100 other URLs later: fetched again

    fetcher = Counting()
    report = check(cites(), Config(), fetcher=fetcher, on_result=on_result)
    assert len(report.results) == 1104
    assert fetcher.counts[soon] == 1
    assert fetcher.counts[first] == 2


# --- 10-11. manifests and their errors ------------------------------------------------------------


def test_iter_sources_over_an_open_file_reports_the_good_lines_then_raises_at_the_bad_one(
    site: SiteServer, tmp_path: Path
) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(
        f"{site.url('/ok')} | title: Harbour reopens after storm\n"
        f"{site.url('/ok2')} | title: Ferry timetable changes in spring\n"
        f"{site.url('/gone')} | date: 2020-13-45\n"
        f"{site.url('/ok')} | title: Harbour reopens after storm\n",
        encoding="utf-8",
    )
    seen: list[Result] = []
    with manifest.open(encoding="utf-8") as lines, pytest.raises(ManifestError) as caught:
        check(
            iter_sources(lines, source=manifest),
            config_for(site),
            on_result=seen.append,
            keep_passing=False,
        )
    assert caught.value.line == 3
    assert caught.value.source == os.fspath(manifest)
    assert str(caught.value).startswith(f"{manifest}:3: ")
    assert sorted(r.citation.line for r in seen) == [1, 2]
    assert site.hits["/gone"] == 0


def test_an_input_error_pickles_with_its_source_line_and_reason(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_sources(tmp_path / "missing.txt")
    error = caught.value
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert (back.source, back.line, back.reason) == (error.source, error.line, error.reason)
    assert error.source is not None
    assert error.reason
    assert str(back) == str(error)
    with pytest.raises(ManifestError) as bad:
        parse_sources("https://gazette.example/a | date: tomorrow\n", source="notes.txt")
    again = pickle.loads(pickle.dumps(bad.value))
    assert (again.source, again.line, again.message) == (bad.value.source, bad.value.line, bad.value.message)
    assert str(again) == str(bad.value)


# --- 12. headers for one domain -----------------------------------------------------------------


def test_headers_for_one_domain_are_sent_there_only() -> None:
    with serve(answer=lambda request: page("Harbour reopens after storm")) as server:
        hosts = ("paywall.localhost", "free.localhost")
        config = Config(
            allow_hosts=tuple(f"{h}:{server.port}" for h in hosts),
            headers={"paywall.localhost": {"X-Subscriber": "abc123"}},
        )
        report = check(
            [
                Citation(f"http://paywall.localhost:{server.port}/a"),
                Citation(f"http://free.localhost:{server.port}/b"),
            ],
            config,
        )
        by_host = {r.host: r.header("X-Subscriber") for r in server.requests}
    assert [r.status for r in report.results] == [Status.OK, Status.OK]
    assert by_host == {"paywall.localhost": "abc123", "free.localhost": None}


# --- 13-15. reading and judging one page ------------------------------------------------------------


def test_extract_metadata_today_bounds_the_dates_it_finds_plausible() -> None:
    html = story("Harbour plan for the next decade", date="2031-06-01")
    later = extract_metadata(html, "https://gazette.example/plan", today=datetime.date(2032, 1, 1))
    assert later.published is not None
    assert later.published.value == datetime.date(2031, 6, 1)
    assert isinstance(later.published, ExtractedDate)
    earlier = extract_metadata(html, "https://gazette.example/plan", today=datetime.date(2024, 1, 1))
    assert earlier.published is None or earlier.published.value != datetime.date(2031, 6, 1)


def test_a_dek_cited_as_the_title_is_a_title_mismatch_that_warns() -> None:
    dek = "Ferries return to the east quay on Monday after three weeks of repairs"
    html = story(
        "Harbour reopens after storm",
        extra=f'<meta property="og:description" content="{dek}">',
    )
    url = "https://gazette.example/harbour"
    metadata = extract_metadata(html, url)
    assert metadata.description == dek
    findings = match_citation(Citation(url, title=dek), metadata, final_url=url, config=Config())
    kinds = {f.kind: f.severity for f in findings}
    assert kinds.get(FindingKind.TITLE_MISMATCH) is Severity.WARN, findings
    good = match_citation(
        Citation(url, title="Harbour reopens after storm"), metadata, final_url=url, config=Config()
    )
    assert FindingKind.TITLE_MISMATCH not in {f.kind for f in good}


def test_a_quote_and_a_text_fragment_are_judged_against_the_text() -> None:
    url = "https://gazette.example/harbour"
    metadata = extract_metadata(story("Harbour reopens after storm"), url)
    text = "Ferries return to the east quay on Monday after three weeks of repairs."
    config = Config()

    def kinds(citation: Citation, page_text: str) -> set[FindingKind]:
        return {
            f.kind for f in match_citation(citation, metadata, final_url=url, config=config, text=page_text)
        }

    quoted = Citation(url, quote="return to the east quay on Monday")
    assert FindingKind.QUOTE_MISSING not in kinds(quoted, text)
    assert FindingKind.QUOTE_MISSING in kinds(quoted, "The harbour is closed until further notice.")
    fragment = Citation(url + "#:~:text=east%20quay%20on%20Monday")
    assert FindingKind.QUOTE_MISSING not in kinds(fragment, text)
    assert FindingKind.QUOTE_MISSING in kinds(fragment, "The harbour is closed until further notice.")


# --- 16. Config as a cache key -----------------------------------------------------------------------


def test_config_is_an_lru_cache_key_whatever_collections_its_options_came_as() -> None:
    calls: list[Config] = []

    @functools.lru_cache(maxsize=8)
    def fetcher_for(config: Config) -> str:
        calls.append(config)
        return f"fetcher {len(calls)}"

    a = Config(
        allow_hosts=["127.0.0.1:8080", "127.0.0.1:8081"],
        accept_status=[503, 429],
        fail_on={"dead", "soft_404"},
        headers={"a.example": {"X-A": "1"}, "b.example": {"X-B": "2"}},
        exclude=["^https://ads\\."],
    )
    b = Config(
        allow_hosts=("127.0.0.1:8080", "127.0.0.1:8081"),
        accept_status=frozenset({429, 503}),
        fail_on=frozenset({"soft_404", "dead"}),
        headers={"b.example": {"X-B": "2"}, "a.example": {"X-A": "1"}},
        exclude=("^https://ads\\.",),
    )
    assert a == b
    assert hash(a) == hash(b)
    assert fetcher_for(a) == fetcher_for(b) == "fetcher 1"
    assert fetcher_for(a.evolve(workers=3)) == "fetcher 2"
    assert {a: 1}[b] == 1


# --- 17. a result's fields and their types ---------------------------------------------------------


def test_a_results_fields_have_their_documented_types(site: SiteServer) -> None:
    report = check(
        [
            Citation(site.url("/moved"), title="Harbour reopens after storm", date=PartialDate(2024, 3, 5)),
            Citation(site.url("/gone")),
        ],
        config_for(site),
    )
    moved, gone = report.results
    for r in (moved, gone):
        assert isinstance(r, Result)
        assert isinstance(r.citation, Citation)
        assert isinstance(r.status, Status)
        assert isinstance(r.verdict, Verdict)
        assert r.cause is None or isinstance(r.cause, Cause)
        assert isinstance(r.reason, str)
        assert isinstance(r.findings, tuple)
        assert all(isinstance(f, Finding) for f in r.findings)
        assert isinstance(r.redirects, tuple)
        assert all(isinstance(x, Redirect) for x in r.redirects)
        assert isinstance(r.elapsed, float)
        assert r.metadata is None or isinstance(r.metadata, Metadata)
    assert moved.http_status == 200
    assert moved.final_url == site.url("/ok")
    assert [(x.status, x.url) for x in moved.redirects] == [(301, site.url("/ok"))] or [
        x.status for x in moved.redirects
    ] == [301]
    assert gone.status is Status.DEAD
    assert gone.cause is Cause.NOT_FOUND
    assert gone.http_status == 404
    assert isinstance(report.exit_code, int)
    assert report.exit_code != 0
    assert isinstance(report.render("json"), str)
    assert isinstance(io.StringIO(report.render("text")).read(), str)


# --- 18. a datetime's own calendar day ---------------------------------------------------------------


def test_from_date_keeps_an_aware_datetimes_own_day_and_citation_names_it() -> None:
    """docs/api.md: ``PartialDate.from_date`` takes a ``datetime``'s own calendar day (its time and zone are
    not kept): 23:30 in UTC-5 is the 9th there, though it is the 10th in UTC."""
    late = datetime.datetime(2020, 1, 9, 23, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    assert PartialDate.from_date(late) == PartialDate(2020, 1, 9)
    with pytest.raises(TypeError, match="from_date"):
        Citation("https://gazette.example/a", date=late)  # type: ignore[arg-type]
    assert Citation("https://gazette.example/a", date=PartialDate.from_date(late)).date == PartialDate(
        2020, 1, 9
    )
