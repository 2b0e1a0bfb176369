"""A sixth held-out probe of the library API (api6, forty-fifth session, 2026-12-05).

Written from README.md, docs/ (every file), ``linkcheck --help``, ``linkcheck extract --help``, the
signatures ``inspect.signature`` shows for the documented functions and ``Fetcher``, the field names of
``Metadata``, ``ExtractedDate``, ``FetchResult`` and ``Result``, the members of the string enums,
``tests/site_server.py``'s docstring, the earlier probes' docstrings and test names and api5's subsection of
docs/benchmarks.md, before anything under ``src/`` was read, and committed before any change there. It
plays a Python developer building on ``linkcheck``, on ground the first five probes did not cover: the types
a caller's ``mypy --strict`` sees for what the docs promise (a ``Path`` as ``source``, an ``on_result`` whose
return value is ignored, an exhaustive ``match`` over ``Status``, keyword-only ``final_url``); enum members
and ``http.HTTPStatus`` as option values; ``Metadata`` and ``Result`` sent through a caller's own spawned
``multiprocessing`` pool; fetches recorded with ``pickle`` and replayed in a fresh interpreter; reading and
judging pages from many threads at once; one ``Config`` with an HTTP cache shared by concurrent runs; the
documented exceptions' classes, places and ``__cause__``; a caller's own extraction and judging of one HTML
string; ``dataclasses.replace``/``asdict``/``copy.deepcopy`` on the documented frozen dataclasses; the
documented signatures against ``inspect.signature``, and ``help(check)``. Every exchange is with
``tests/site_server.py`` servers on 127.0.0.1; every wait is bounded; nothing is timed. See "The library
API, sixth held-out probe (api6)" in docs/api.md.
"""

from __future__ import annotations

import ast
import concurrent.futures
import copy
import dataclasses
import http
import inspect
import json
import multiprocessing
import os
import pickle
import pydoc
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import linkcheck
from linkcheck import (
    Article,
    Citation,
    Config,
    ConfigError,
    FetchResult,
    FindingKind,
    InputError,
    LinkcheckError,
    ManifestError,
    Metadata,
    PartialDate,
    Report,
    Result,
    Severity,
    Status,
    Verdict,
    check,
    extract_metadata,
    match_citation,
    parse_sources,
    read_sources,
)
from linkcheck.fetch import Fetcher
from tests.site_server import Page, SiteServer, serve

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
API_DOC = ROOT / "docs" / "api.md"
#: a bound on every wait (a hang guard, never an assertion about speed)
BOUND = 60.0


def article_page(number: int, *, title: str | None = None) -> str:
    """A story page of an invented outlet, distinct per number (title, date, language)."""
    headline = title or f"Council approves river bridge plan number {number}"
    day = 1 + number % 27
    lang = ("en-GB", "ru-RU", "de-DE")[number % 3]
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{headline} | Riverside Courier</title>"
        f'<meta property="og:title" content="{headline}">'
        '<meta property="og:site_name" content="Riverside Courier">'
        f'<link rel="canonical" href="/city/2024/03/{day:02d}/bridge-{number}">'
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "headline": "{headline}", '
        f'"datePublished": "2024-03-{day:02d}T09:00:00Z"}}'
        "</script></head><body><article>"
        f"<h1>{headline}</h1><p>The council met on Tuesday and voted on item {number}.</p>"
        "</article></body></html>"
    )


def article_url(number: int) -> str:
    day = 1 + number % 27
    return f"https://courier.example/city/2024/03/{day:02d}/bridge-{number}?utm_source=feed"


def config_for(site: SiteServer, **options: Any) -> Config:
    return Config(allow_hosts=(site.hostport,), **options)


def html_page(title: str, status: int = 200, headers: dict[str, str] | None = None) -> Page:
    body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Text.</p></body></html>"
    return Page(
        status=status,
        body=body.encode(),
        headers=headers or {"Content-Type": "text/html; charset=utf-8"},
    )


@pytest.fixture
def site() -> Iterator[SiteServer]:
    routes = {
        "/news/ok": html_page("Harbour reopens after storm"),
        "/news/wrong": html_page("Something else entirely about tax"),
        "/news/gone": html_page("Not Found", status=404),
        "/news/walled": html_page("Forbidden", status=403),
        "/news/busy": html_page("Service Unavailable", status=503),
        "/news/old": Page(status=301, body=b"", headers={"Location": "/news/ok"}),
    }
    with serve(routes) as server:
        yield server


# --- the types a caller's mypy --strict sees ------------------------------------------------------

_TYPED_OK = """\
from __future__ import annotations

import http
import io
import threading
from pathlib import Path
from typing import assert_never

from linkcheck import (
    Citation, Config, Result, Status, check, extract_citations, extract_metadata, match_citation,
    parse_sources,
)

out = io.StringIO()
citations = parse_sources("https://a.example/x | title: A", source=Path("notes/sources.txt"))
citations += extract_citations("See <https://a.example/y>.", format="markdown", source=Path("post.md"))


def label(status: Status) -> str:
    match status:
        case Status.OK | Status.DEAD | Status.SOFT_404:
            return "reached or gone"
        case Status.BLOCKED | Status.ERROR | Status.SKIPPED:
            return "unverified"
        case _:
            assert_never(status)


config = Config(
    fail_on=frozenset({Status.DEAD, Status.SOFT_404}),
    accept_status=frozenset({http.HTTPStatus.SERVICE_UNAVAILABLE}),
)
report = check(citations, config, on_result=lambda result: out.write(result.citation.url + "\\n"))
report = check(citations, config, on_result=print, stop=threading.Event())
labels = [label(result.status) for result in report.results]
metadata = extract_metadata("<title>A</title>", "https://a.example/x")
findings = match_citation(citations[0], metadata, final_url="https://a.example/x", config=config)
"""

_TYPED_BAD = """\
from linkcheck import Citation, Config, Status, extract_metadata, match_citation
from typing import assert_never
def label(status: Status) -> str:
    match status:
        case Status.OK | Status.DEAD | Status.SOFT_404 | Status.BLOCKED | Status.ERROR:
            return "known"
        case _:
            assert_never(status)
metadata = extract_metadata("<title>A</title>", "https://a.example/x")
match_citation(Citation("https://a.example/x"), metadata, "https://a.example/x", Config())
"""


def test_a_callers_script_sees_the_documented_types_under_mypy_strict(tmp_path: Path) -> None:
    """What docs/api.md promises type-checks, and two real mistakes are caught at their lines.

    Promised: ``source`` may be a ``Path`` (parse_sources, extract_citations); ``on_result(result)`` is a
    callback whose return value nothing reads (a stream's ``write`` returns an int, ``print`` returns
    None); ``fail_on`` holds statuses (the ``Status`` members are strings) and ``accept_status`` status
    codes (``HTTPStatus`` members are ints). Caught: a ``match`` that forgets ``Status.SKIPPED`` (line 8)
    and ``final_url`` passed by position (line 10).
    """
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
    assert any("typed_bad.py:8:" in line and "error" in line for line in lines), proc.stdout
    assert any("typed_bad.py:10:" in line and "error" in line for line in lines), proc.stdout


def test_enum_members_and_http_status_codes_as_option_values(site: SiteServer) -> None:
    """``fail_on`` given ``Status`` members and ``accept_status`` given ``HTTPStatus`` members act as their
    strings and ints do, and make the same (equal, same-hash) config."""
    by_enum = config_for(
        site,
        fail_on=frozenset({Status.BLOCKED}),
        accept_status=frozenset({http.HTTPStatus.SERVICE_UNAVAILABLE}),
    )
    by_value = config_for(site, fail_on=frozenset({"blocked"}), accept_status=frozenset({503}))
    assert by_enum == by_value
    assert hash(by_enum) == hash(by_value)
    walled = check([Citation(site.url("/news/walled"))], by_enum)
    assert walled.results[0].status is Status.BLOCKED
    assert walled.results[0].verdict is Verdict.FAIL
    assert walled.exit_code == 1
    busy = check([Citation(site.url("/news/busy"))], by_enum)
    assert busy.results[0].status is Status.OK, busy.results[0]


# --- results and pages through a caller's own processes -------------------------------------------


def _extract_in_child(job: tuple[str, str]) -> Metadata:
    html, url = job
    return extract_metadata(html, url)


def _outcome_in_child(result: Result) -> tuple[Verdict, Status, tuple[Any, ...], str]:
    return result.verdict, result.status, result.findings, result.citation.url


def test_metadata_and_results_go_through_a_callers_spawned_pool(site: SiteServer) -> None:
    """A caller's ``multiprocessing`` pool (spawn) reads pages and sorts results in its own processes: the
    ``Metadata`` it sends back equals the one read here, and the enums come back as the very members."""
    jobs = [(article_page(n), article_url(n)) for n in range(6)]
    here = [_extract_in_child(job) for job in jobs]
    report = check(
        [
            Citation(site.url("/news/ok"), title="Harbour reopens after storm"),
            Citation(site.url("/news/wrong"), title="Harbour reopens after storm"),
            Citation(site.url("/news/gone")),
        ],
        config_for(site),
    )
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        there = pool.map_async(_extract_in_child, jobs).get(BOUND)
        outcomes = pool.map_async(_outcome_in_child, list(report.results)).get(BOUND)
    assert there == here
    assert [o[0] for o in outcomes] == [r.verdict for r in report.results]
    assert all(o[0] is r.verdict and o[1] is r.status for o, r in zip(outcomes, report.results, strict=True))
    assert [o[2] for o in outcomes] == [r.findings for r in report.results]
    assert outcomes[1][2][0].kind is FindingKind.TITLE_MISMATCH


class _Recorder:
    """A caller's fetcher: linkcheck's own, every answer kept for a replay."""

    def __init__(self, config: Config) -> None:
        self.inner = Fetcher(config)
        self.answers: dict[str, FetchResult] = {}
        self.lock = threading.Lock()

    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
        answer = self.inner.fetch(url, deadline=deadline)
        with self.lock:
            self.answers[url] = answer
        return answer


_REPLAY = """\
import json, pickle, sys
from linkcheck import Config, check, parse_sources
answers = pickle.load(open(sys.argv[1], "rb"))
class Replay:
    def fetch(self, url):
        return answers[url]
citations = parse_sources(open(sys.argv[2], encoding="utf-8").read(), source="sources.txt")
report = check(citations, Config(allow_hosts=(sys.argv[3],)), fetcher=Replay())
print(json.dumps([
    [r.status.value, r.verdict.value, r.reason, r.http_status, r.final_url,
     [f.kind.value for f in r.findings]]
    for r in report.results
]))
"""


def test_fetches_recorded_with_pickle_replay_the_same_report_in_a_fresh_interpreter(
    site: SiteServer, tmp_path: Path
) -> None:
    """A caller records what linkcheck's fetcher answered (an ok page, a wrong title, a 404, a 301) with
    ``pickle``, and a fresh interpreter judging the recording says what the live run said."""
    manifest = "\n".join(
        [
            f"{site.url('/news/ok')} | title: Harbour reopens after storm",
            f"{site.url('/news/wrong')} | title: Harbour reopens after storm",
            f"{site.url('/news/gone')}",
            f"{site.url('/news/old')} | title: Harbour reopens after storm",
        ]
    )
    config = config_for(site)
    recorder = _Recorder(config)
    live = check(parse_sources(manifest, source="sources.txt"), config, fetcher=recorder)
    expected = [
        [
            r.status.value,
            r.verdict.value,
            r.reason,
            r.http_status,
            r.final_url,
            [f.kind.value for f in r.findings],
        ]
        for r in live.results
    ]
    assert expected[3][5] == ["moved"]
    recording = tmp_path / "answers.pickle"
    recording.write_bytes(pickle.dumps(recorder.answers))
    (tmp_path / "sources.txt").write_text(manifest, encoding="utf-8")
    (tmp_path / "replay.py").write_text(_REPLAY, encoding="utf-8")
    hits = sum(site.hits.values())
    proc = subprocess.run(
        [sys.executable, "replay.py", str(recording), "sources.txt", site.hostport],
        capture_output=True,
        text=True,
        timeout=BOUND,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == expected
    assert sum(site.hits.values()) == hits


# --- many threads at once ------------------------------------------------------------------------


def _read_and_judge(number: int) -> tuple[Metadata, tuple[Any, ...]]:
    metadata = extract_metadata(article_page(number), article_url(number))
    cited = Citation(
        article_url(number),
        title=f"Council approves river bridge plan number {number}"
        if number % 2
        else "Mayor resigns over budget",
        date=PartialDate(2024, 3, 1 + number % 27),
        outlet="Riverside Courier",
    )
    return metadata, match_citation(cited, metadata, final_url=article_url(number), config=CONFIG)


CONFIG = Config()


def test_reading_and_judging_pages_from_many_threads_gives_what_one_thread_gives() -> None:
    """``extract_metadata`` and ``match_citation`` called from eight threads at once, over 24 distinct pages
    three times, with one shared ``Config``: each answer is the one a single thread gets for that page."""
    numbers = list(range(24))
    serial = [_read_and_judge(n) for n in numbers]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(_read_and_judge, n) for _ in range(3) for n in numbers]
        parallel = [future.result(timeout=BOUND) for future in futures]
    assert parallel == serial * 3
    assert any(findings for _, findings in serial)
    assert any(not findings for _, findings in serial)


def test_one_config_with_a_cache_shared_by_concurrent_runs(site: SiteServer, tmp_path: Path) -> None:
    """Three threads check the same pages at once with one ``Config`` whose ``cache_path`` is one file: every
    result is right (no run sees a locked or half-written cache), and a fourth run is served from it."""
    config = config_for(site, cache_path=tmp_path / "cache.sqlite")
    paths = ["/news/ok", "/news/wrong", "/news/gone", "/news/walled"]
    citations = [Citation(site.url(p)) for p in paths]
    expected = [Status.OK, Status.OK, Status.DEAD, Status.BLOCKED]
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        reports = [f.result(timeout=BOUND) for f in [pool.submit(check, citations, config) for _ in range(3)]]
    for report in reports:
        assert [r.status for r in report.results] == expected, [r.reason for r in report.results]
    before = site.hits["/news/ok"]
    again = check(citations[:1], config)
    assert again.results[0].status is Status.OK
    assert site.hits["/news/ok"] == before


# --- the documented exceptions -------------------------------------------------------------------


def test_every_exported_exception_is_a_linkcheck_error() -> None:
    exported = [getattr(linkcheck, n) for n in linkcheck.__all__]
    errors = [e for e in exported if isinstance(e, type) and issubclass(e, BaseException)]
    assert {e.__name__ for e in errors} >= {
        "LinkcheckError",
        "ConfigError",
        "InputError",
        "ManifestError",
        "RunStopped",
    }
    assert all(issubclass(e, LinkcheckError) for e in errors)
    assert issubclass(ManifestError, InputError)


def test_an_unreadable_manifest_keeps_the_os_error_as_its_cause(tmp_path: Path) -> None:
    """A missing file and a directory are an ``InputError`` naming the path, with no line at fault, whose
    ``__cause__`` is the ``OSError`` a caller may inspect (``errno``)."""
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError) as caught:
        read_sources(missing)
    assert str(missing) in str(caught.value)
    assert caught.value.source == str(missing)
    assert caught.value.line is None
    assert caught.value.reason
    assert str(missing) not in caught.value.reason
    assert isinstance(caught.value.__cause__, FileNotFoundError)
    with pytest.raises(InputError) as caught_dir:
        read_sources(tmp_path)
    assert isinstance(caught_dir.value.__cause__, OSError)


def test_a_manifest_not_in_utf8_names_its_line_and_keeps_the_decode_error(tmp_path: Path) -> None:
    path = tmp_path / "sources.txt"
    path.write_bytes(
        b"https://a.example/1\nhttps://a.example/2\nhttps://a.example/caf\xe9 | title: Caf\xe9\n"
    )
    with pytest.raises(InputError) as caught:
        read_sources(path)
    assert caught.value.source == str(path)
    assert caught.value.line == 3
    assert str(caught.value).startswith(f"{path}:3: ")
    assert isinstance(caught.value.__cause__, UnicodeDecodeError)


def test_a_bad_field_value_is_a_manifest_error_naming_the_line_and_value() -> None:
    text = "https://a.example/1 | date: 2020-01-09\nhttps://a.example/2 | date: 2020-13-45\n"
    with pytest.raises(ManifestError) as caught:
        parse_sources(text, source="notes/sources.txt")
    assert (caught.value.source, caught.value.line) == ("notes/sources.txt", 2)
    assert str(caught.value).startswith("notes/sources.txt:2: ")
    assert "2020-13-45" in caught.value.message


def test_a_bad_pattern_is_a_config_error_naming_it_with_the_regex_error_as_cause() -> None:
    with pytest.raises(ConfigError) as caught:
        Config(include=("https://a\\.example/(news",))
    assert "include" in str(caught.value)
    assert "(news" in str(caught.value)
    assert isinstance(caught.value.__cause__, re.error)


def test_an_impossible_date_string_names_itself() -> None:
    with pytest.raises(ValueError, match="2020-02-30"):
        PartialDate.parse("2020-02-30")


# --- a caller's own extraction and judging of one HTML string ------------------------------------


def test_extracting_one_html_string_gives_the_documented_fields() -> None:
    url = "https://courier.example/city/2024/03/06/bridge-5?utm_source=feed"
    metadata = extract_metadata(article_page(5), url)
    assert metadata.title == "Council approves river bridge plan number 5"
    assert metadata.published is not None
    assert str(metadata.published.value) == "2024-03-06"
    assert metadata.site_name == "Riverside Courier"
    assert metadata.canonical_url == "https://courier.example/city/2024/03/06/bridge-5"
    assert metadata.language is not None
    assert metadata.language.lower().startswith("de")
    assert metadata.opinion is False
    titles = metadata.titles()
    assert titles[0] == metadata.title
    assert len(titles) == len(set(titles))


def test_header_names_given_as_a_plain_dict_are_read_whatever_their_case() -> None:
    """HTTP header names are case-insensitive: a caller's plain dict with ``content-type`` (as HTTP/2 and
    many clients write it) declares the charset as ``Content-Type`` does."""
    title = "Горсовет одобрил план моста через реку"
    body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>".encode("cp1251")
    for name in ("Content-Type", "content-type", "CONTENT-TYPE"):
        metadata = extract_metadata(
            body, "https://courier.example/ru/1", {name: "text/html; charset=windows-1251"}
        )
        assert metadata.title == title, name


def test_judging_one_html_string_against_citations() -> None:
    url = article_url(4)
    metadata = extract_metadata(article_page(4), url)
    right = Citation(
        url,
        title="Council approves river bridge plan number 4",
        date=PartialDate(2024, 3, 5),
        outlet="Riverside Courier",
    )
    assert [
        f
        for f in match_citation(right, metadata, final_url=url, config=Config())
        if f.severity is not Severity.INFO
    ] == []
    wrong = dataclasses.replace(right, title="Mayor resigns over budget row")
    findings = match_citation(wrong, metadata, final_url=url, config=Config())
    mismatch = [f for f in findings if f.kind is FindingKind.TITLE_MISMATCH]
    assert mismatch
    assert mismatch[0].expected == "Mayor resigns over budget row"
    assert mismatch[0].actual == "Council approves river bridge plan number 4"


# --- the documented frozen dataclasses -----------------------------------------------------------


def test_dataclasses_replace_validates_as_the_constructor_does() -> None:
    with pytest.raises(ConfigError, match="workers"):
        dataclasses.replace(Config(), workers="8")
    with pytest.raises(TypeError, match="PartialDate"):
        dataclasses.replace(Citation("https://a.example/"), date="2020-01-09")


def test_a_report_deep_copies_and_its_results_become_json_with_asdict(site: SiteServer) -> None:
    report = check([Citation(site.url("/news/ok")), Citation(site.url("/news/gone"))], config_for(site))
    clone = copy.deepcopy(report)
    assert clone == report
    assert clone.render("json") == report.render("json")
    loaded = json.loads(json.dumps([dataclasses.asdict(r) for r in report.results], default=str))
    assert loaded[1]["citation"]["url"] == site.url("/news/gone")
    assert loaded[1]["status"] == "dead"


def test_the_documented_value_fields_exist() -> None:
    """Every field docs/api.md's Values table names for ``Citation`` and ``Article``, and ``Report``'s
    ``summary``, ``exit_code``, ``notes`` and ``render``."""
    cited = {f.name for f in dataclasses.fields(Citation)} | {"where"}
    for name in (
        "url",
        "title",
        "date",
        "outlet",
        "note",
        "source",
        "line",
        "article",
        "archive_url",
        "access_date",
        "quote",
        "error",
        "published_label",
        "date_readings",
        "where",
    ):
        assert name in cited, name
    assert {"date", "title", "url", "source", "line"} <= {f.name for f in dataclasses.fields(Article)}
    report = check([], Config())
    assert isinstance(report, Report)
    assert (report.exit_code, list(report.notes)) == (0, [])
    assert report.summary is not None
    assert callable(report.render)


# --- the documented signatures and help() --------------------------------------------------------

_ROW = re.compile(r"^\| `(\w+)\(([^`]*)\)(?: -> [^`]+)?` \|")


def _documented_signatures() -> dict[str, list[tuple[str, str | None, bool]]]:
    """Each function row of docs/api.md's tables: (name, default as written or None, keyword-only)."""
    found: dict[str, list[tuple[str, str | None, bool]]] = {}
    # the API's own tables come before "## Values"; the probes' sections below quote calls as examples
    reference = API_DOC.read_text(encoding="utf-8").split("\n## Values", 1)[0]
    for line in reference.splitlines():
        match = _ROW.match(line)
        if not match or "**" in match.group(2):
            continue
        params: list[tuple[str, str | None, bool]] = []
        keyword_only = False
        for part in (p.strip() for p in match.group(2).split(",")):
            if part == "*":
                keyword_only = True
                continue
            name, _, default = part.partition("=")
            params.append((name, default or None, keyword_only))
        found[match.group(1)] = params
    return found


def test_the_documented_signatures_are_the_functions_signatures() -> None:
    """Every function docs/api.md writes out takes the parameters it lists, in order, with the defaults and
    keyword-only marks it gives, and none it does not list."""
    documented = _documented_signatures()
    assert {"check", "iter_check", "extract_metadata", "match_citation", "parse_sources"} <= set(documented)
    problems = []
    for name, params in documented.items():
        actual = [
            (
                p.name,
                None if p.default is inspect.Parameter.empty else repr(p.default),
                p.kind is p.KEYWORD_ONLY,
            )
            for p in inspect.signature(getattr(linkcheck, name)).parameters.values()
        ]
        normalised = [(n, None if d is None else repr(ast.literal_eval(d)), k) for n, d, k in params]
        if actual != normalised:
            problems.append(f"{name}: documented {normalised}, is {actual}")
    assert not problems, "\n".join(problems)


def test_help_on_check_says_what_the_docs_say() -> None:
    text = pydoc.render_doc(linkcheck.check, renderer=pydoc.plaintext)
    for word in ("citations", "config", "fetcher", "on_result", "keep_passing", "stop", "RunStopped"):
        assert word in text, word
    doc = inspect.getdoc(linkcheck.check) or ""
    for word in ("on_result", "keep_passing", "stop", "order"):
        assert word in doc, word
    iter_doc = inspect.getdoc(linkcheck.iter_check) or ""
    for word in ("close", "stop"):
        assert word in iter_doc, word


def test_the_docs_threading_promise_holds_for_a_thread_checking_while_another_extracts(
    site: SiteServer,
) -> None:
    """A service checks in one thread while another reads pages: both finish with their own answers."""
    results: dict[str, Any] = {}

    def checking() -> None:
        results["report"] = check([Citation(site.url("/news/ok"))], config_for(site))

    def reading() -> None:
        results["pages"] = [extract_metadata(article_page(n), article_url(n)).title for n in range(10)]

    threads = [threading.Thread(target=checking), threading.Thread(target=reading)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(BOUND)
    assert not any(t.is_alive() for t in threads)
    assert results["report"].results[0].status is Status.OK
    assert results["pages"] == [f"Council approves river bridge plan number {n}" for n in range(10)]
