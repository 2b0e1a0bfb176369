"""Held-out probe of the library API as a demanding Python user meets it (2026-12-02, helper ux3).

Written from README.md, docs/api.md, docs/json-schema.md and the docstrings only, before reading anything
under src/, and committed before any change there. Every network exchange is with servers these tests start
on loopback (stdlib ``http.server`` in a thread). See "The library API (held-out probe, 2026-12-02)" in
docs/api.md for the first run and what followed.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import json
import logging
import os
import pickle
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import linkcheck
from linkcheck import (
    Citation,
    Config,
    ConfigError,
    ManifestError,
    Metadata,
    PartialDate,
    Report,
    Result,
    Status,
    Verdict,
    check,
    extract_metadata,
    iter_check,
    parse_sources,
)
from tests.site_server import Page, Request, SiteServer, serve

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SRC = str(ROOT / "src")


def _article(title: str, date: str = "2021-03-04", site: str = "Probe Gazette") -> bytes:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | {site}</title>"
        f"<meta property='og:title' content='{title}'>"
        f"<meta property='og:site_name' content='{site}'>"
        f"<meta property='article:published_time' content='{date}T08:00:00Z'>"
        f"</head><body><article><h1>{title}</h1><p>{'Our own prose about the matter. ' * 40}</p>"
        "</article></body></html>"
    ).encode()


def _probe_page(request: Request) -> Page:
    """``/story/<n>`` an article, ``/hang/*`` one held until the server is released, ``/error`` a 500."""
    path = request.route
    if path.startswith("/story/"):
        return Page(body=_article(f"Story number {path.rsplit('/', 1)[1]} about harbour repairs"))
    if path.startswith("/hang/"):
        return Page(body=_article("A page that answers late"), hold=120.0)
    if path == "/error":
        return Page(500, b"<html><title>500 Internal Server Error</title></html>")
    return Page(404, b"<html><title>404 Not Found</title><body>Not here.</body></html>")


@pytest.fixture
def server() -> Iterator[SiteServer]:
    with serve(answer=_probe_page) as srv:
        yield srv


def _cfg(**changes: object) -> Config:
    base = Config(allow_private=True, retries=0, read_timeout=30, deadline=60)
    return base.evolve(**changes) if changes else base


def _client_sockets(port: int) -> int:
    """Established TCP connections from this machine to ``port`` (client side only)."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port == port and fields[3] == "01":
                count += 1
    return count


def _our_threads() -> set[threading.Thread]:
    """Live threads that are not the test server's own."""
    return {
        t
        for t in threading.enumerate()
        if "process_request_thread" not in t.name and "serve_forever" not in t.name and t.is_alive()
    }


def _wait_for(predicate: object, bound: float = 60.0) -> bool:
    """Poll ``predicate`` until true or ``bound`` seconds passed (a hang guard, never a speed test)."""
    import time

    assert callable(predicate)
    end = time.monotonic() + bound
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return bool(predicate())


# 1 ----------------------------------------------------------------------------------------------------------
def test_version_is_the_installed_distributions_version() -> None:
    assert isinstance(linkcheck.__version__, str)
    assert linkcheck.__version__ == importlib.metadata.version(
        "linkcheck-citations"
    )  # the distribution (pyproject.toml)
    assert linkcheck.__version__ in Config().user_agent  # the documented default User-Agent names it


# 2 ----------------------------------------------------------------------------------------------------------
def test_check_with_documented_arguments_and_defaults(server: SiteServer) -> None:
    cites = [
        Citation(f"{server.origin}/story/1", title="Story number 1 about harbour repairs"),
        Citation(f"{server.origin}/missing"),
        Citation(f"{server.origin}/story/2", date=PartialDate.parse("2021-03-04")),
    ]
    report = check(cites, _cfg())
    assert isinstance(report, Report)
    assert [r.citation for r in report.results] == cites  # input order
    assert [r.status for r in report.results] == [Status.OK, Status.DEAD, Status.OK]
    assert [r.verdict for r in report.results] == [Verdict.PASS, Verdict.FAIL, Verdict.PASS]
    assert report.exit_code == 1
    assert report.results[1].http_status == 404
    # config=None is Config(): loopback is refused, reported (skipped), never raised
    default = check([Citation(f"{server.origin}/story/3")])
    assert default.results[0].status is Status.SKIPPED
    assert default.results[0].cause is not None
    assert default.results[0].cause.value == "address_refused"
    assert default.exit_code == 0
    # an empty run is a report too
    empty = check([])
    assert empty.results == ()
    assert empty.exit_code == 0
    # keep_passing=False keeps the failures, the summary counts everything
    lean = check(cites, _cfg(), keep_passing=False)
    assert [r.url for r in lean.results] == [f"{server.origin}/missing"]
    summary = json.loads(lean.render("json"))["summary"]
    assert summary["total"] == 3
    assert summary["pass"] == 2
    assert summary["fail"] == 1


# 3 ----------------------------------------------------------------------------------------------------------
def test_breaking_out_of_iter_check_leaves_no_thread_or_socket(server: SiteServer) -> None:
    port = server.server_address[1]
    before = _our_threads()
    cites = [Citation(f"{server.origin}/story/{n}") for n in range(3)]
    cites += [Citation(f"{server.origin}/hang/{n}") for n in range(10)]
    config = _cfg(workers=8, per_host=8, read_timeout=300, deadline=300)
    got: list[Result] = []
    results = iter_check(cites, config)
    for result in results:
        got.append(result)
        if len(got) == 3:
            break
    results.close()  # what a `for` loop's generator gets when it is dropped
    assert {r.status for r in got} == {Status.OK}
    assert _wait_for(lambda: _our_threads() <= before), sorted(t.name for t in _our_threads() - before)
    assert _wait_for(lambda: _client_sockets(port) == 0), _client_sockets(port)


# 4 ----------------------------------------------------------------------------------------------------------
def test_a_script_that_breaks_out_of_iter_check_exits(server: SiteServer) -> None:
    script = textwrap.dedent(
        f"""
        from linkcheck import Citation, Config, iter_check
        cites = [Citation("{server.origin}/story/%d" % n) for n in range(3)]
        cites += [Citation("{server.origin}/hang/%d" % n) for n in range(10)]
        config = Config(allow_private=True, retries=0, workers=8, per_host=8, read_timeout=300, deadline=300)
        for n, result in enumerate(iter_check(cites, config), 1):
            print(result.status.value, flush=True)
            if n == 3:
                break
        print("done", flush=True)
        """
    )
    env = {**os.environ, "PYTHONPATH": SRC}
    # 120 s is a hang guard: a run that kept fetching would wait for the 300 s timeouts of the /hang pages
    proc = subprocess.run([PY, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["ok", "ok", "ok", "done"]
    assert proc.stderr == ""


# 5 ----------------------------------------------------------------------------------------------------------
def test_check_from_two_threads_at_once(server: SiteServer) -> None:
    barrier = threading.Barrier(2)
    reports: dict[str, Report] = {}
    errors: list[BaseException] = []

    def run(name: str, paths: list[str]) -> None:
        try:
            barrier.wait(30)
            reports[name] = check([Citation(f"{server.origin}{p}") for p in paths], _cfg(workers=4))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    a = threading.Thread(target=run, args=("a", ["/story/1", "/missing-a", "/story/2"]))
    b = threading.Thread(target=run, args=("b", ["/missing-b", "/story/3", "/story/4", "/error"]))
    a.start()
    b.start()
    a.join(120)
    b.join(120)
    assert not errors, errors
    assert [r.url.rsplit("/", 1)[1] for r in reports["a"].results] == ["1", "missing-a", "2"]
    assert [r.status for r in reports["a"].results] == [Status.OK, Status.DEAD, Status.OK]
    assert [r.url.rsplit("/", 1)[1] for r in reports["b"].results] == ["missing-b", "3", "4", "error"]
    assert [r.status for r in reports["b"].results] == [Status.DEAD, Status.OK, Status.OK, Status.ERROR]


# 6 ----------------------------------------------------------------------------------------------------------
def test_check_inside_a_running_event_loop(server: SiteServer) -> None:
    cites = [Citation(f"{server.origin}/story/{n}") for n in range(4)] + [Citation(f"{server.origin}/gone")]

    async def main() -> tuple[Report, Report, list[Status]]:
        offloaded = await asyncio.to_thread(check, cites, _cfg())
        inline = check(cites, _cfg())  # as a Jupyter cell runs: the loop of the cell is running
        streamed = [r.status for r in iter_check(cites, _cfg())]
        return offloaded, inline, streamed

    offloaded, inline, streamed = asyncio.run(main())
    expected = [Status.OK] * 4 + [Status.DEAD]
    assert [r.status for r in offloaded.results] == expected
    assert [r.status for r in inline.results] == expected
    assert sorted(streamed) == sorted(expected)


# 7 ----------------------------------------------------------------------------------------------------------
class _Unreadable(Exception):
    pass


def test_an_input_that_raises_halfway(server: SiteServer) -> None:
    problem = _Unreadable("row 4 of the spreadsheet is unreadable")

    def rows() -> Iterator[Citation]:
        for n in range(3):
            yield Citation(f"{server.origin}/story/{n}", line=n + 1)
        raise problem

    seen: list[Result] = []
    with pytest.raises(_Unreadable) as caught:
        check(rows(), _cfg(), on_result=seen.append)
    assert caught.value is problem
    assert sorted(r.citation.line or 0 for r in seen) == [1, 2, 3]  # what came before was reported
    assert all(r.status is Status.OK for r in seen)

    streamed: list[Result] = []
    with pytest.raises(_Unreadable):  # noqa: PT012 - the loop is what raises
        for result in iter_check(rows(), _cfg()):
            streamed.append(result)
    assert sorted(r.citation.line or 0 for r in streamed) == [1, 2, 3]


# 8 ----------------------------------------------------------------------------------------------------------
def test_an_on_result_callback_that_raises_stops_the_run_with_its_error(server: SiteServer) -> None:
    cites = [Citation(f"{server.origin}/story/{n}") for n in range(6)]

    def callback(result: Result) -> None:
        raise KeyError("the caller's bug")

    assert check(cites, _cfg()).exit_code == 0
    before = _our_threads()
    with pytest.raises(KeyError, match="the caller's bug"):
        check(cites, _cfg(), on_result=callback)
    assert _wait_for(lambda: _our_threads() <= before), sorted(t.name for t in _our_threads() - before)


# 9 ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("changes", "field", "value"),
    [
        ({"workers": 0}, "workers", "0"),
        ({"per_host": -1}, "per_host", "-1"),
        ({"title_threshold": 1.5}, "title_threshold", "1.5"),
        ({"read_timeout": float("nan")}, "read_timeout", "nan"),
        ({"deadline": float("inf")}, "deadline", "inf"),
        ({"include": ("(unclosed",)}, "include", "(unclosed"),
        ({"fail_on": frozenset({"dead", "deadd"})}, "fail_on", "deadd"),
        ({"workers": "8"}, "workers", "8"),
    ],
)
def test_invalid_config_values_are_errors_naming_field_and_value(
    changes: dict[str, object], field: str, value: str
) -> None:
    with pytest.raises((ConfigError, TypeError)) as caught:
        Config(**changes)  # type: ignore[arg-type]
    message = str(caught.value)
    assert field in message, message
    assert value in message, message
    with pytest.raises((ConfigError, TypeError)):
        Config().evolve(**changes)


def test_config_misuse_a_demanding_user_makes() -> None:
    with pytest.raises(TypeError, match="wrokers"):
        Config(wrokers=4)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="wrokers"):
        Config().evolve(wrokers=4)
    # a bare string where a tuple of patterns is expected: one pattern, or an error naming the field;
    # never the string's characters taken as patterns one by one
    try:
        config = Config(exclude=r"ads\.example")  # type: ignore[arg-type]
    except (ConfigError, TypeError) as exc:
        assert "exclude" in str(exc)  # noqa: PT017 - either outcome is fine
    else:
        assert tuple(config.exclude) == (r"ads\.example",)
    base = Config(workers=3)
    variant = base.evolve(workers=4)
    assert (base.workers, variant.workers) == (3, 4)


# 10 ---------------------------------------------------------------------------------------------------------
def test_invalid_citations_and_dates_are_errors_naming_the_value() -> None:
    with pytest.raises(ValueError, match="2020-13-01"):
        PartialDate.parse("2020-13-01")
    with pytest.raises(ValueError, match="13"):
        PartialDate(2020, 13)
    with pytest.raises((TypeError, ValueError)) as caught:
        Citation(42)  # type: ignore[arg-type]
    assert "url" in str(caught.value)
    assert "42" in str(caught.value)
    # a date given as text: taken as the date it spells, or refused naming the field
    try:
        cited = Citation("https://news.example.org/a", date="2020-01-09")  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        assert "date" in str(exc)  # noqa: PT017 - either outcome is fine
        assert "2020-01-09" in str(exc)  # noqa: PT017
    else:
        assert cited.date == PartialDate(2020, 1, 9)


# 11 ---------------------------------------------------------------------------------------------------------
def test_parse_sources_errors_and_keep_going(server: SiteServer) -> None:
    text = (
        "# probe manifest\n"
        f"{server.origin}/story/1 | date: 2021-03-04\n"
        f"{server.origin}/story/2 | date: 2021-02-30\n"
        f"{server.origin}/story/3 | outlet: Probe Gazette\n"
    )
    with pytest.raises(ManifestError) as caught:
        parse_sources(text, source="probe.txt")
    err = caught.value
    assert (err.source, err.line) == ("probe.txt", 3)
    assert str(err).startswith("probe.txt:3: ")
    assert err.message in str(err)
    assert isinstance(err, linkcheck.InputError)
    assert isinstance(err, linkcheck.LinkcheckError)

    cites = parse_sources(text, source="probe.txt", keep_going=True)
    assert [c.line for c in cites] == [2, 3, 4]
    assert [c.error is not None for c in cites] == [False, True, False]
    assert cites[1].url == f"{server.origin}/story/2"
    report = check(cites, _cfg())
    bad = report.results[1]
    assert bad.verdict is Verdict.FAIL
    assert bad.cause is not None
    assert bad.cause.value == "invalid_citation"
    assert len(server.requests) == 2  # the malformed line is reported, never fetched
    assert [r.verdict for r in (report.results[0], report.results[2])] == [Verdict.PASS, Verdict.PASS]


# 12 ---------------------------------------------------------------------------------------------------------
def test_results_round_trip_to_json_as_documented(server: SiteServer) -> None:
    from linkcheck.report import report_to_dict

    cites = parse_sources(
        "@article | date: 2021-05-01 | title: A probe article\n"
        f"{server.origin}/story/7 | title: Story number 7 about harbour repairs | date: 2021-03-04\n"
        f"{server.origin}/missing | outlet: Probe Gazette\n"
    )
    report = check(cites, _cfg())
    as_dict = report_to_dict(report)
    rendered = json.loads(report.render("json"))
    assert rendered == json.loads(json.dumps(as_dict))  # plain JSON types only, the same document
    assert rendered["schema"] == "linkcheck/1"
    documented = {
        "url", "source", "line", "status", "cause", "reason", "verdict", "http_status", "final_url",
        "redirects", "cited", "article", "title", "published", "modified", "site_name", "canonical_url",
        "language", "sources", "findings", "elapsed",
    }  # fmt: skip
    for item in rendered["results"]:
        assert documented <= set(item), documented - set(item)
    ok, dead = rendered["results"]
    assert (ok["status"], ok["cause"], ok["verdict"], ok["http_status"]) == ("ok", None, "pass", 200)
    assert ok["cited"]["date"] == "2021-03-04"
    assert ok["article"]["date"] == "2021-05-01"
    assert ok["published"] == "2021-03-04"
    assert ok["site_name"] == "Probe Gazette"
    assert (dead["status"], dead["cause"], dead["verdict"]) == ("dead", "not_found", "fail")
    assert set(rendered["summary"]) >= {"total", "pass", "warn", "fail", "ok", "dead", "soft_404"}
    # enums are strings: a user's own json.dumps of a value needs no default=
    assert json.dumps([report.results[0].status, report.results[0].verdict]) == '["ok", "pass"]'


# 13 ---------------------------------------------------------------------------------------------------------
def test_results_compare_hash_and_pickle(server: SiteServer) -> None:
    cites = [
        Citation(f"{server.origin}/story/1", title="A different headline entirely", date=PartialDate(2021)),
        Citation(f"{server.origin}/missing"),
    ]
    report = check(cites, _cfg())
    again = pickle.loads(pickle.dumps(report))
    assert again == report
    assert again.results == report.results
    assert len({*report.results, *again.results}) == 2  # results are usable as set members / dict keys
    assert hash(cites[0]) == hash(pickle.loads(pickle.dumps(cites[0])))
    config = _cfg(headers={"example.org": {"X-Probe": "1"}})
    assert pickle.loads(pickle.dumps(config)) == config  # a Config goes to a worker process too
    assert report.results[0].findings
    assert report.results[0].findings == again.results[0].findings


# 14 ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        b"",
        "",
        b"\x00\xff\xfe\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "<<<>>><title><title></title></",
        "<html>" + "<div>" * 5000 + "deep" + "</div>" * 10,
        '{"title": "not html at all", "date": "2020-01-01"}',
        b"<html><head><meta charset='no-such-charset'><title>Caf\xe9</title></head></html>",
        "<html><head><title>\ud800 lone surrogate</title></head></html>",
    ],
)
def test_extract_metadata_never_raises(body: bytes | str) -> None:
    for url in ("https://news.example.org/2020/01/09/story", "", "not a url at all", "http://[::1"):
        meta = extract_metadata(body, url)
        assert isinstance(meta, Metadata)
        meta = extract_metadata(body, url, {"Content-Type": "text/html; charset=bogus"})
        assert isinstance(meta, Metadata)


def test_extract_metadata_reads_bytes_and_str_alike() -> None:
    page = _article("Ремонт гавани завершён", site="Пробная газета").decode()
    from_str = extract_metadata(page, "https://news.example.org/a")
    from_bytes = extract_metadata(page.encode(), "https://news.example.org/a")
    assert from_str.title == from_bytes.title == "Ремонт гавани завершён"
    assert from_str.site_name == from_bytes.site_name == "Пробная газета"
    assert from_str.published is not None
    assert str(from_str.published.value) == "2021-03-04"
    cp1251 = page.replace("charset='utf-8'", "charset='windows-1251'").encode("cp1251")
    assert extract_metadata(cp1251, "https://news.example.org/a").title == "Ремонт гавани завершён"
    empty = extract_metadata(b"", "https://news.example.org/a")
    assert (empty.title, empty.published, empty.site_name) == (None, None, None)


# 15 ---------------------------------------------------------------------------------------------------------
def test_a_users_script_type_checks_under_mypy_strict(tmp_path: Path) -> None:
    script = tmp_path / "user_script.py"
    script.write_text(
        textwrap.dedent(
            """
            from __future__ import annotations

            import linkcheck
            from linkcheck import (
                Citation, Config, Metadata, PartialDate, Report, Result, Status, Verdict,
                check, extract_metadata, iter_check, parse_sources,
            )


            def run(urls: list[str]) -> dict[str, str]:
                cites = [Citation(url=u, date=PartialDate.parse("2020-01-09")) for u in urls]
                cites += parse_sources("https://news.example.org/a | outlet: Probe", source="inline")
                report: Report = check(cites, Config(workers=4).evolve(per_host=1), keep_passing=False)
                out: dict[str, str] = {}
                for r in report.results:
                    status: Status = r.status
                    verdict: Verdict = r.verdict
                    out[r.url] = f"{status.value} {verdict.value} {r.http_status} {r.reason}"
                    out[r.url] += " ".join(f.kind.value for f in r.findings)
                streamed: list[Result] = list(iter_check(cites))
                meta: Metadata = extract_metadata(b"<title>x</title>", "https://example.org/")
                title: str | None = meta.title
                version: str = linkcheck.__version__
                code: int = report.exit_code
                text: str = report.render("json")
                out["_"] = f"{len(streamed)} {title} {version} {code} {len(text)}"
                return out


            reveal_type(check)
            reveal_type(linkcheck.iter_check)
            reveal_type(linkcheck.__version__)
            """
        )
    )
    env = {**os.environ, "MYPYPATH": SRC}
    mypy = [PY, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "cache")]
    proc = subprocess.run([*mypy, str(script)], capture_output=True, text=True, env=env, timeout=600)
    notes = [line for line in proc.stdout.splitlines() if "note: Revealed type" in line]
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert not errors, proc.stdout
    assert len(notes) == 3, proc.stdout
    assert "Report" in notes[0], notes
    # a Generator[Result, None, None] is an Iterator[Result] with close() (api4: `contextlib.closing` and
    # `.close()`, which docs/api.md documents, type-check); the first probe pinned Iterator[Result]
    assert "Generator[linkcheck.models.Result, None, None]" in notes[1], notes
    assert notes[2].endswith(('"builtins.str"', '"str"')), notes
    assert "Any" not in " ".join(notes), notes


# 16 ---------------------------------------------------------------------------------------------------------
def test_logging_is_silent_by_default_and_informative_with_a_handler(server: SiteServer) -> None:
    script = textwrap.dedent(
        f"""
        from linkcheck import Citation, Config, check
        cites = [Citation("{server.origin}/missing"), Citation("{server.origin}/error"),
                 Citation("{server.origin}/story/1")]
        report = check(cites, Config(allow_private=True, retries=0))
        print(report.exit_code)
        """
    )
    env = {**os.environ, "PYTHONPATH": SRC}
    proc = subprocess.run([PY, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "1\n", "")

    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(logging.DEBUG)
    logger = logging.getLogger("linkcheck")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        check([Citation(f"{server.origin}/missing"), Citation(f"{server.origin}/error")], _cfg())
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    messages = [r.getMessage() for r in records]
    assert any("/missing" in m for m in messages), messages  # each fetch's outcome names its URL
    assert any("/error" in m for m in messages), messages
