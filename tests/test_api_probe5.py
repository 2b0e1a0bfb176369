"""A fifth held-out probe of the library API (api5, forty-fourth session, 2026-12-05).

Written from README.md, docs/api.md, docs/json-schema.md, docs/sources-format.md, docs/articles.md,
``linkcheck --help``, ``linkcheck extract --help``, the signatures ``inspect.signature`` shows for
``Fetcher``, ``Fetcher.fetch`` and ``extract_citations``, the field names of ``Result``, ``Finding`` and
``Citation``, ``tests/site_server.py``'s docstring, the earlier probes' docstrings and test names, and the
api4 and fix6 subsections of docs/benchmarks.md, before anything under ``src/`` was read, and committed
before any change there. It plays a Python developer who builds a service on ``linkcheck``: the ``stop=``
flag fix6 documented, used as a web handler's timeout, a worker pool's shutdown, a flag set before the run,
set twice, set after the run, shared by two runs and held by a ``multiprocessing`` manager; the
article-reading API on strings and files in memory; two runs' results compared and diffed by the caller's
code; a ``Config`` built from a dict or environment the caller read; logging configured with
``dictConfig``; the documented ``Fetcher`` subclassed or wrapped (a header, a proxy); and ``__all__``
against docs/api.md. Every exchange is with ``tests/site_server.py`` servers on 127.0.0.1; every wait is
bounded; nothing is timed. See "The library API, fifth held-out probe (api5)" in docs/benchmarks.md.
"""

from __future__ import annotations

import builtins
import concurrent.futures
import dataclasses
import io
import json
import logging
import logging.config
import multiprocessing
import pickle
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
import requests

import linkcheck
from linkcheck import (
    Citation,
    Config,
    ConfigError,
    LinkcheckError,
    Result,
    RunStopped,
    Status,
    Verdict,
    check,
    extract_citations,
    iter_check,
    parse_sources,
)
from linkcheck.fetch import Fetcher
from tests.site_server import Page, Request, SiteServer, serve

ROOT = Path(__file__).resolve().parent.parent
API_DOC = ROOT / "docs" / "api.md"
#: a bound on every wait (a hang guard, never an assertion about speed)
BOUND = 30.0


def page(title: str, status: int = 200, hold: float = 0.0) -> Page:
    body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Text.</p></body></html>"
    return Page(status=status, body=body.encode(), hold=hold)


def config_for(site: SiteServer, **options: Any) -> Config:
    return Config(allow_hosts=(site.hostport,), **options)


def run_in_thread(target: Any) -> tuple[threading.Thread, dict[str, Any]]:
    out: dict[str, Any] = {}

    def body() -> None:
        try:
            out["value"] = target()
        except BaseException as exc:  # handed to the test
            out["error"] = exc

    thread = threading.Thread(target=body, daemon=True)
    thread.start()
    return thread, out


# --- stop= as a service uses it ------------------------------------------------------------------


def test_a_web_handlers_timeout_sets_stop_and_keeps_what_was_done() -> None:
    """A handler runs the check in a pool, waits its own timeout, then sets the flag: the run raises
    RunStopped in the pool's thread, the answered page was given to on_result, nothing is left waiting."""
    routes = {"/fast": page("Fast page"), "/slow": page("Slow page", hold=BOUND * 2)}
    with serve(routes) as site:
        stop = threading.Event()
        seen: list[Result] = []
        cites = [Citation(site.url("/fast"), title="Fast page"), Citation(site.url("/slow"))]
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            future = pool.submit(check, cites, config_for(site), on_result=seen.append, stop=stop)
            assert site.wait_for_requests(1, route="/slow")
            for _ in range(int(BOUND / 0.05)):  # until the fast page's result is known (bounded)
                if seen:
                    break
                threading.Event().wait(0.05)
            with pytest.raises(concurrent.futures.TimeoutError):
                future.result(timeout=0.2)  # the handler's own deadline passed
            stop.set()
            with pytest.raises(RunStopped) as info:
                future.result(timeout=BOUND)
        assert isinstance(info.value, LinkcheckError)
        assert str(info.value), "RunStopped says what happened"
        assert [r.citation.url for r in seen] == [site.url("/fast")]
        assert seen[0].status is Status.OK


def test_a_worker_pool_shut_down_stops_every_run_sharing_its_flag() -> None:
    """One flag for a pool's workers: setting it at shutdown ends every run, and shutdown returns."""
    routes = {f"/held{i}": page(f"Held {i}", hold=BOUND * 2) for i in range(3)}
    with serve(routes) as site:
        stop = threading.Event()
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=3)
        futures = [
            pool.submit(check, [Citation(site.url(f"/held{i}"))], config_for(site), stop=stop)
            for i in range(3)
        ]
        assert site.wait_for_requests(3)
        stop.set()
        closer, _ = run_in_thread(lambda: pool.shutdown(wait=True))
        closer.join(BOUND)
        assert not closer.is_alive(), "the pool's shutdown waited on a stopped run"
        for future in futures:
            assert isinstance(future.exception(timeout=0), RunStopped)


def test_a_stop_set_before_iter_check_starts_fetches_nothing() -> None:
    with serve({"/a": page("A")}) as site:
        stop = threading.Event()
        stop.set()
        results = iter_check([Citation(site.url("/a"))], config_for(site), stop=stop)
        with pytest.raises(RunStopped):
            next(results)
        assert site.hits["/a"] == 0
        # the generator is finished after raising: the next call ends it rather than running again
        with pytest.raises(StopIteration):
            next(results)


def test_a_stop_set_twice_raises_once_and_cleared_serves_a_new_run() -> None:
    with serve({"/a": page("A"), "/held": page("Held", hold=BOUND * 2)}) as site:
        stop = threading.Event()
        thread, out = run_in_thread(lambda: check([Citation(site.url("/held"))], config_for(site), stop=stop))
        assert site.wait_for_requests(1, route="/held")
        stop.set()
        stop.set()
        thread.join(BOUND)
        assert not thread.is_alive()
        assert isinstance(out.get("error"), RunStopped)
        stop.clear()
        report = check([Citation(site.url("/a"), title="A")], config_for(site), stop=stop)
        assert [r.status for r in report.results] == [Status.OK]


def test_a_stop_set_after_iter_check_ended_changes_nothing() -> None:
    with serve({"/a": page("A"), "/b": page("B")}) as site:
        stop = threading.Event()
        results = iter_check(
            [Citation(site.url("/a")), Citation(site.url("/b"))], config_for(site), stop=stop
        )
        got = list(results)
        stop.set()
        with pytest.raises(StopIteration):
            next(results)
        assert sorted(r.citation.url for r in got) == [site.url("/a"), site.url("/b")]


def test_one_stop_shared_by_two_concurrent_runs_ends_both() -> None:
    with serve({"/h1": page("H1", hold=BOUND * 2), "/h2": page("H2", hold=BOUND * 2)}) as site:
        stop = threading.Event()
        t1, out1 = run_in_thread(lambda: check([Citation(site.url("/h1"))], config_for(site), stop=stop))
        seen: list[Result] = []

        def second() -> list[Result]:
            for result in iter_check([Citation(site.url("/h2"))], config_for(site), stop=stop):
                seen.append(result)
            return seen

        t2, out2 = run_in_thread(second)
        assert site.wait_for_requests(2)
        stop.set()
        t1.join(BOUND)
        t2.join(BOUND)
        assert not t1.is_alive()
        assert not t2.is_alive()
        assert isinstance(out1.get("error"), RunStopped)
        assert isinstance(out2.get("error"), RunStopped)
        assert seen == []


def test_run_stopped_pickles_as_a_pool_hands_it_back() -> None:
    """A run in a process pool raising RunStopped is pickled back to the caller: it must load whole."""
    with serve({"/a": page("A")}) as site:
        stop = threading.Event()
        stop.set()
        with pytest.raises(RunStopped) as info:
            check([Citation(site.url("/a"))], config_for(site), stop=stop)
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is RunStopped
    assert str(again) == str(info.value)


def test_a_multiprocessing_managers_event_stops_a_run() -> None:
    """docs/api.md: a ``multiprocessing`` manager's event serves as the flag."""
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, serve({"/held": page("Held", hold=BOUND * 2)}) as site:
        stop = manager.Event()
        thread, out = run_in_thread(lambda: check([Citation(site.url("/held"))], config_for(site), stop=stop))
        assert site.wait_for_requests(1, route="/held")
        stop.set()
        thread.join(BOUND)
        assert not thread.is_alive()
        assert isinstance(out.get("error"), RunStopped)


# --- the article-reading API on what a caller holds in memory ------------------------------------

MARKDOWN = """# Talks resumed

Published 2020-01-10.

The ministry [confirmed the talks](https://ria.ru/20200109/1563219328.html) on Thursday.

Later, [TASS reported](https://tass.ru/politika/7480000) a second round.
"""


def test_extract_citations_on_a_markdown_string_names_source_and_line() -> None:
    found = extract_citations(MARKDOWN, format="markdown", source="drafts/talks.md")
    assert [c.url for c in found] == [
        "https://ria.ru/20200109/1563219328.html",
        "https://tass.ru/politika/7480000",
    ]
    assert [c.line for c in found] == [5, 7]
    assert [c.where for c in found] == ["drafts/talks.md:5", "drafts/talks.md:7"]
    assert all(c.source == "drafts/talks.md" for c in found)


def test_extract_citations_on_a_file_the_caller_read_keeps_its_path(tmp_path: Path) -> None:
    article = tmp_path / "talks.md"
    article.write_text(MARKDOWN, encoding="utf-8")
    found = extract_citations(article.read_text(encoding="utf-8"), source=article)
    assert [c.url for c in found] == [
        "https://ria.ru/20200109/1563219328.html",
        "https://tass.ru/politika/7480000",
    ]
    assert {c.source for c in found} == {str(article)}


def test_extract_citations_refuses_an_open_file_naming_what_to_do() -> None:
    """An open file (or StringIO) is not text: a TypeError that says to read it, not an AttributeError."""
    with pytest.raises(TypeError) as info:
        extract_citations(io.StringIO(MARKDOWN))  # type: ignore[arg-type]
    assert "read" in str(info.value)


def test_extract_citations_from_memory_feeds_check_through_a_server() -> None:
    with serve({"/news/1": page("Talks resumed in Vienna")}) as site:
        html = (
            '<html><body><p>As <a href="/news/1">Talks resumed in Vienna</a> put it.</p>'
            '<p>And <a href="https://tass.ru/x">another</a>.</p></body></html>'
        )
        found = extract_citations(html, format="html", source="saved.html", base_url=site.url("/"))
        assert found[0].url == site.url("/news/1")
        report = check(found[:1], config_for(site))
        assert [r.status for r in report.results] == [Status.OK]
        assert report.results[0].citation.where.startswith("saved.html:")


# --- two runs compared and diffed by the caller's code ------------------------------------------


def diff(before: list[Result], after: list[Result]) -> dict[Citation, tuple[str, str]]:
    """What a caller writes: the citations whose outcome changed, keyed by the citation."""
    old = {r.citation: (r.status.value, r.verdict.value) for r in before}
    new = {r.citation: (r.status.value, r.verdict.value) for r in after}
    return {c: (old[c][0], new[c][0]) for c in old.keys() & new.keys() if old[c] != new[c]}


def test_two_runs_diffed_by_citation_show_only_the_page_that_changed() -> None:
    routes = {"/a": page("Alpha"), "/b": page("Beta"), "/c": page("Gamma")}
    with serve(routes) as site:
        text = "\n".join(
            f"{site.url(p)} | title: {t}" for p, t in [("/a", "Alpha"), ("/b", "Beta"), ("/c", "Gamma")]
        )
        first = check(parse_sources(text, source="s.txt"), config_for(site)).results
        site.routes["/b"] = page("Not here", status=404)
        second = check(parse_sources(text, source="s.txt"), config_for(site)).results
    changed = diff(first, second)
    assert [c.url for c in changed] == [site.url("/b")]
    assert changed[next(iter(changed))] == ("ok", "dead")
    # the unchanged results compare equal but for their timing
    for a, b in zip(first, second, strict=True):
        if a.citation.url != site.url("/b"):
            assert dataclasses.replace(a, elapsed=0.0) == dataclasses.replace(b, elapsed=0.0)


def test_results_findings_and_citations_hash_and_sort_as_a_caller_sorts_them() -> None:
    with serve({"/a": page("Alpha"), "/b": page("Beta")}) as site:
        cites = [
            Citation(site.url("/b"), title="Something else entirely"),
            Citation(site.url("/a"), title="Alpha"),
        ]
        report = check(cites, config_for(site))
    results = report.results
    assert len({hash(r) for r in results}) == 2
    assert len(set(results)) == 2
    by_url = sorted(results, key=lambda r: r.citation.url)
    assert [r.citation.url for r in by_url] == [site.url("/a"), site.url("/b")]
    by_severity = sorted(results, key=lambda r: (r.verdict.value, r.status.value, r.citation.url))
    assert len(by_severity) == 2
    findings = {f for r in results for f in r.findings}
    assert any(f.kind.value == "title_mismatch" for f in findings)
    # the same citation parsed twice is the same key
    assert (
        parse_sources(f"{site.url('/a')} | title: Alpha")[0]
        == parse_sources(f"{site.url('/a')} | title: Alpha")[0]
    )


# --- Config from a dict or environment a caller read ----------------------------------------------


def test_config_from_a_json_file_with_lists_and_a_headers_map(tmp_path: Path) -> None:
    with serve({"/a": page("A"), "/gone": Page(status=503, body=b"down")}) as site:
        settings = {
            "workers": 2,
            "allow_hosts": [site.hostport],
            "accept_status": [503],
            "headers": {"127.0.0.1": {"X-Team": "desk"}},
            "fail_on": ["dead"],
        }
        path = tmp_path / "linkcheck.json"
        path.write_text(json.dumps(settings), encoding="utf-8")
        config = Config(**json.loads(path.read_text(encoding="utf-8")))
        assert hash(config) == hash(Config(**json.loads(path.read_text(encoding="utf-8"))))
        report = check([Citation(site.url("/a")), Citation(site.url("/gone"))], config)
        assert [r.status for r in report.results] == [Status.OK, Status.OK]
        assert all(req.header("X-Team") == "desk" for req in site.requests if req.method == "GET")


@pytest.mark.parametrize(
    ("key", "value"),
    [("workers", "abc"), ("read_timeout", "fast"), ("workers", None), ("max_redirects", -1)],
)
def test_config_values_read_from_the_environment_name_the_key(key: str, value: Any) -> None:
    with pytest.raises(ConfigError) as info:
        Config(**{key: value})
    assert key in str(info.value)
    assert repr(value) in str(info.value) or str(value) in str(info.value)


def test_a_dashed_key_from_a_settings_file_names_the_option_meant() -> None:
    with pytest.raises(TypeError) as info:
        Config(**{"read-timeout": 5})
    assert "'read-timeout'" in str(info.value)
    assert "read_timeout" in str(info.value)


# --- a caller's logging configured with dictConfig ------------------------------------------------


class ListHandler(logging.Handler):
    records: ClassVar[list[logging.LogRecord]] = []

    def emit(self, record: logging.LogRecord) -> None:
        ListHandler.records.append(record)


def test_dictconfig_routes_each_result_to_the_callers_handler() -> None:
    ListHandler.records = []
    stream = io.StringIO()
    saved = logging.getLogger("linkcheck")
    saved_state = (saved.level, list(saved.handlers), saved.propagate, saved.disabled)
    try:
        logging.config.dictConfig(
            {
                "version": 1,
                "handlers": {
                    "mine": {"()": ListHandler, "level": "DEBUG"},
                    "console": {"class": "logging.StreamHandler", "stream": stream, "level": "WARNING"},
                },
                "loggers": {"linkcheck": {"level": "DEBUG", "handlers": ["mine"], "propagate": False}},
                "root": {"handlers": ["console"], "level": "WARNING"},
            }
        )
        with serve({"/a": page("A"), "/x": page("X", status=404)}) as site:
            check([Citation(site.url("/a")), Citation(site.url("/x"))], config_for(site))
        messages = [r.getMessage() for r in ListHandler.records if r.name == "linkcheck.checker"]
        assert any(m.startswith(f"{site.url('/a')}: ok, ") for m in messages), messages
        assert any(m.startswith(f"{site.url('/x')}: dead, ") for m in messages), messages
        assert stream.getvalue() == ""
    finally:
        saved.setLevel(saved_state[0])
        saved.handlers[:] = saved_state[1]
        saved.propagate = saved_state[2]
        saved.disabled = saved_state[3]


# --- the documented fetcher subclassed or wrapped -------------------------------------------------


class TaggingFetcher(Fetcher):
    """A caller's subclass: counts the URLs it is asked for and passes every keyword on."""

    def __init__(self, config: Config, session: requests.Session | None = None) -> None:
        super().__init__(config, session)
        self.asked: list[str] = []

    def fetch(self, url: str, **kwargs: Any) -> linkcheck.FetchResult:  # type: ignore[override]
        self.asked.append(url)
        return super().fetch(url, **kwargs)


def test_a_subclassed_fetcher_with_a_sessions_header_is_used_for_every_link() -> None:
    with serve({"/a": page("A"), "/b": page("B")}) as site:
        config = config_for(site)
        session = requests.Session()
        session.headers["X-Desk"] = "foreign"
        fetcher = TaggingFetcher(config, session)
        report = check([Citation(site.url("/a")), Citation(site.url("/b"))], config, fetcher=fetcher)
        assert [r.status for r in report.results] == [Status.OK, Status.OK]
        assert sorted(fetcher.asked) == [site.url("/a"), site.url("/b")]
        assert [req.header("X-Desk") for req in site.requests] == ["foreign", "foreign"]


def test_a_wrapping_fetcher_that_sets_a_proxy_sends_every_request_through_it() -> None:
    """A session with ``proxies`` goes through the session's adapter (docs/api.md): the proxy (a loopback
    server answering absolute-form targets) gets the request; nothing listens at the cited origin."""
    with serve({"/unused": page("unused")}) as target:
        target_url = target.url("/story")
        hostport = target.hostport

    def via_proxy(request: Request) -> Page:
        assert request.path == target_url, request.path
        return page("Through the proxy")

    with serve(answer=via_proxy) as proxy:
        config = Config(allow_hosts=(hostport, proxy.hostport))
        session = requests.Session()
        session.trust_env = False
        session.proxies = {"http": proxy.origin}

        class Wrapper:
            def __init__(self) -> None:
                self.inner = Fetcher(config, session)

            def fetch(self, url: str, *, deadline: float | None = None) -> linkcheck.FetchResult:
                return self.inner.fetch(url, deadline=deadline)

        report = check([Citation(target_url, title="Through the proxy")], config, fetcher=Wrapper())
        assert [r.status for r in report.results] == [Status.OK]
        assert report.results[0].verdict is Verdict.PASS
        assert len(proxy.requests) == 1


# --- __all__ against docs/api.md ------------------------------------------------------------------


def documented_names() -> set[str]:
    """The names the tables of docs/api.md (up to its probe sections) list in their first column."""
    text = API_DOC.read_text(encoding="utf-8").split("\n## The library API")[0]
    names: set[str] = set()
    for line in text.splitlines():
        cell = re.match(r"\| (`[^|]*`) \|", line)
        if cell:
            names.update(re.findall(r"`([A-Za-z_][A-Za-z0-9_]*)", cell.group(1)))
    names.update(re.findall(r"^`([A-Za-z_]+)`, the package version", text, re.M))
    errors = text.split("\n## Errors")[1].split("\n## ")[0]
    names.update(n for n in re.findall(r"`([A-Z][A-Za-z]*)`", errors) if not hasattr(builtins, n))
    return names


def test_every_name_in_all_is_documented_and_nothing_documented_is_missing() -> None:
    documented = documented_names()
    exported = set(linkcheck.__all__)
    assert exported - documented == set(), "exported but not in docs/api.md"
    assert documented - exported == set(), "in docs/api.md's tables but not exported"


def test_every_exported_class_and_function_has_a_docstring() -> None:
    missing = [
        name
        for name in linkcheck.__all__
        if name != "__version__" and not (getattr(linkcheck, name).__doc__ or "").strip()
    ]
    assert missing == []


def test_the_names_in_all_are_the_modules_public_namespace() -> None:
    public: Iterator[str] = (n for n in dir(linkcheck) if not n.startswith("_"))
    modules = {n for n in dir(linkcheck) if type(getattr(linkcheck, n)).__name__ == "module"}
    assert set(public) - modules - set(linkcheck.__all__) == set()
