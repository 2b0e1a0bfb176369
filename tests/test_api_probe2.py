"""A second held-out probe of the library API (api2, forty-first session, 2026-12-04).

Written from README.md, docs/api.md, docs/json-schema.md, docs/sources-format.md, ``linkcheck --help``,
``linkcheck extract --help`` and the earlier probes' docstrings, before anything under ``src/`` was read,
and committed before any change there. It plays a Python developer who imports ``linkcheck`` in scripts,
notebooks and services, on ground the first probe (``tests/test_api_probe.py``) did not cover: bad items
inside the input (a string, ``None``), a string or a dict where a list or a ``Config`` belongs, a lazy input
larger than a run holds at once, a slow input reported while it is read, closing ``iter_check`` before its
first result, two ``iter_check`` runs interleaved in one thread, a check started from inside ``on_result``,
Ctrl-C (``KeyboardInterrupt`` from ``on_result``, SIGINT to a script blocked in ``check``); ``Config``
validation of regular expressions, non-finite times, ``evolve`` and frozenness; the string enums, every
documented report format, ``report_to_dict`` against ``render("json")``, a pickled report and a pickled
``ManifestError``; ``py.typed`` and ``mypy --strict`` on a script using the documented names beyond
``check``; logging that touches neither the root logger nor stderr, and loggers only under ``linkcheck``;
``read_sources`` on a missing file, a directory and non-UTF-8 bytes; a custom ``User-Agent``, a session's
own headers, a recording fetcher; hand-built citations with an empty title, ``datetime`` dates, malformed,
non-ASCII, IDN and fragment URLs, and ``format_sources`` round trips of odd fields. Expectations are what
the docs promise or, where they are silent, what a demanding user of a mature tool expects. Every network
exchange is with servers these tests start on 127.0.0.1 (or a name under ``localhost``, which the docs say
is loopback without a lookup); every wait is bounded; nothing is timed.
"""

# ruff: noqa: PT012, PT018

from __future__ import annotations

import datetime as dt
import importlib.resources
import json
import os
import pickle
import select
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

import linkcheck
from linkcheck import (
    Article,
    Citation,
    Config,
    ConfigError,
    InputError,
    LinkcheckError,
    ManifestError,
    PartialDate,
    Result,
    Status,
    check,
    format_sources,
    iter_check,
    parse_sources,
    read_sources,
)
from tests.site_server import Page, Request, SiteServer, serve

SRC = Path(__file__).resolve().parents[1] / "src"

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2020-01-09T10:00:00+03:00">
</head><body><article><h1>{title}</h1>
<p>The ministry said on Thursday that talks on the purchase of air defence systems would resume after a
pause of several months, according to officials who spoke to reporters in the capital.</p>
<p>Officials added that the delegation would travel next week and that no contract had been signed yet,
while experts doubted a deal could be reached before the summer.</p>
</article></body></html>
"""


class _Recorder:
    """What the test server saw: each request's path and headers (names in lower case), in arrival order;
    ``release`` lets the held ``/hang`` pages answer."""

    def __init__(self, server: SiteServer) -> None:
        self.server = server
        self.release = server.release

    @property
    def requests(self) -> list[tuple[str, dict[str, str]]]:
        with self.server.lock:
            return [(r.path, {k.lower(): v for k, v in r.headers.items()}) for r in self.server.requests]

    def paths(self) -> list[str]:
        return self.server.paths()


def _probe_page(request: Request) -> Page:
    """``/hang*`` held until the server is released, ``/gone*`` a 404, any other path a story named by it."""
    path = request.route
    if path.startswith("/hang"):
        return Page(body=b"late", hold=60.0)
    if path.startswith("/gone"):
        return Page(404, b"<html><head><title>Not Found</title></head><body>Not Found</body></html>")
    slug = path.rstrip("/").rsplit("/", 1)[-1] or "home"
    return Page(body=PAGE.format(title=f"Story {slug}").encode("utf-8"))


@pytest.fixture
def server() -> Iterator[tuple[str, _Recorder]]:
    with serve(answer=_probe_page) as httpd:
        yield httpd.origin, _Recorder(httpd)


def _config(**extra: Any) -> Config:
    options: dict[str, Any] = {"allow_private": True, "workers": 4, "retries": 0, "read_timeout": 30.0}
    options.update(extra)
    return Config(**options)


def _story(base: str, slug: str, **fields: Any) -> Citation:
    return Citation(f"{base}/news/{slug}", **fields)


def _sub_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC)
    env.pop("PYTHONWARNINGS", None)
    return env


# --- inputs: bad items, wrong containers, scale, slowness ------------------------------------------------


def test_a_bad_item_in_the_input_is_a_typeerror_naming_it_after_the_good_ones(
    server: tuple[str, _Recorder],
) -> None:
    base, _ = server
    good = _story(base, "first")
    seen: list[str] = []
    with pytest.raises(TypeError) as info:
        check([good, f"{base}/news/second"], _config(), on_result=lambda r: seen.append(r.url))  # type: ignore[list-item]
    message = str(info.value)
    assert "Citation" in message and "/news/second" in message, message
    assert seen == [good.url], "the citation read before the bad item was not reported"


def test_none_in_the_input_is_a_typeerror_not_a_worker_crash(server: tuple[str, _Recorder]) -> None:
    base, _ = server
    results: list[Result] = []
    with pytest.raises(TypeError) as info:
        for result in iter_check([_story(base, "one"), None], _config()):  # type: ignore[list-item]
            results.append(result)
    assert "None" in str(info.value)
    assert "Citation" in str(info.value)
    assert [r.url for r in results] == [f"{base}/news/one"]


def test_a_bare_url_string_instead_of_citations_is_refused_at_once() -> None:
    with pytest.raises(TypeError) as info:
        check("https://example.invalid/story", _config())  # type: ignore[arg-type]
    message = str(info.value)
    assert "Citation" in message and "parse_sources" in message, message


def test_a_dict_for_the_config_is_refused_naming_config(server: tuple[str, _Recorder]) -> None:
    base, rec = server
    with pytest.raises(TypeError) as info:
        check([_story(base, "x")], {"workers": 2})  # type: ignore[arg-type]
    assert "Config" in str(info.value)
    assert rec.paths() == []


def test_a_lazy_input_larger_than_a_run_holds_keeps_every_result_in_order() -> None:
    count = 12_000

    def citations() -> Iterator[Citation]:
        for i in range(count):
            yield Citation(f"mailto:desk{i}@example.invalid", source="gen", line=i + 1)

    report = check(citations(), _config(workers=8))
    assert len(report.results) == count
    assert [r.url for r in report.results[:3]] == [f"mailto:desk{i}@example.invalid" for i in range(3)]
    assert all(r.url == f"mailto:desk{i}@example.invalid" for i, r in enumerate(report.results))
    assert {r.status for r in report.results} == {Status.SKIPPED}
    assert report.exit_code == 0


def test_a_slow_input_is_reported_while_it_is_still_being_read(server: tuple[str, _Recorder]) -> None:
    base, _ = server
    first_reported = threading.Event()
    waited_in_vain: list[bool] = []

    def slow() -> Iterator[Citation]:
        yield _story(base, "early")
        waited_in_vain.append(not first_reported.wait(20))
        yield _story(base, "late")

    urls = []
    for result in iter_check(slow(), _config()):
        urls.append(result.url)
        first_reported.set()
    assert urls == [f"{base}/news/early", f"{base}/news/late"]
    assert waited_in_vain == [False], "the first result came only after the input ended"


# --- stopping early ---------------------------------------------------------------------------------------


def test_closing_iter_check_before_its_first_result_fetches_nothing(server: tuple[str, _Recorder]) -> None:
    base, rec = server
    before = set(threading.enumerate())
    run = iter_check([_story(base, f"n{i}") for i in range(5)], _config())
    run.close()
    run.close()
    with pytest.raises(StopIteration):
        next(run)
    for thread in set(threading.enumerate()) - before:
        thread.join(10)
    assert rec.paths() == []
    assert {t.name for t in set(threading.enumerate()) - before if t.is_alive()} == set()


def test_two_iter_checks_interleaved_in_one_thread_keep_their_own_results(
    server: tuple[str, _Recorder],
) -> None:
    base, _ = server
    a = iter_check([_story(base, f"a{i}") for i in range(4)], _config())
    b = iter_check([_story(base, f"b{i}") for i in range(4)], _config())
    got_a: list[str] = []
    got_b: list[str] = []
    for _ in range(4):
        got_a.append(next(a).url)
        got_b.append(next(b).url)
    assert next(a, None) is None
    assert next(b, None) is None
    assert sorted(got_a) == sorted(f"{base}/news/a{i}" for i in range(4))
    assert sorted(got_b) == sorted(f"{base}/news/b{i}" for i in range(4))


def test_a_check_started_inside_on_result_finishes(server: tuple[str, _Recorder]) -> None:
    base, _ = server
    inner: list[str] = []
    outcome: list[Any] = []

    def on_result(result: Result) -> None:
        report = check([_story(base, "inner-" + result.url.rsplit("/", 1)[-1])], _config())
        inner.extend(r.url for r in report.results)

    def run() -> None:
        try:
            outcome.append(check([_story(base, "o1"), _story(base, "o2")], _config(), on_result=on_result))
        except BaseException as exc:  # pragma: no cover - reported below
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "a check inside on_result never finished (deadlock)"
    assert len(outcome) == 1 and not isinstance(outcome[0], BaseException), outcome
    assert sorted(inner) == [f"{base}/news/inner-o1", f"{base}/news/inner-o2"]


def test_keyboardinterrupt_from_on_result_comes_out_as_itself_and_hangs_up(
    server: tuple[str, _Recorder],
) -> None:
    base, rec = server
    citations = [_story(base, "fast")] + [Citation(f"{base}/hang/{i}") for i in range(4)]

    def on_result(result: Result) -> None:
        # raised once a held request is in flight (bounded wait): on a loaded machine the fast story's
        # result could come before any /hang request was sent, and nothing was left to hang up
        pause = threading.Event()  # never set: a sleep
        for _ in range(1000):
            if any(p.startswith("/hang") for p in rec.paths()):
                break
            pause.wait(0.01)
        raise KeyboardInterrupt

    before = set(threading.enumerate())
    with pytest.raises(KeyboardInterrupt):
        check(citations, _config(per_host=8, workers=8), on_result=on_result)
    # The run's own threads (not the test server's request handlers, still held) must end: the hung
    # requests are hung up rather than waited for (their timeout here is 30 s, past the 10 s join).
    leftover = [t for t in set(threading.enumerate()) - before if "process_request" not in t.name]
    for t in leftover:
        t.join(10)
    assert not [t.name for t in leftover if t.is_alive()]
    assert len([p for p in rec.paths() if p.startswith("/hang")]) >= 1


def test_sigint_to_a_script_blocked_in_check_ends_it_promptly(
    server: tuple[str, _Recorder], tmp_path: Path
) -> None:
    base, _ = server
    script = tmp_path / "script.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys
            from linkcheck import Citation, Config, check

            def on_result(result):
                print("result", result.url, flush=True)

            citations = [Citation("{base}/news/fast")] + [Citation("{base}/hang/" + str(i)) for i in range(3)]
            config = Config(allow_private=True, retries=0, read_timeout=60.0, deadline=120.0)
            check(citations, config, on_result=on_result)
            print("finished", flush=True)
            """
        )
    )
    proc = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_sub_env(),
        text=True,
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 30)
        assert ready, "the script reported nothing"
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("result"), line
        proc.send_signal(signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate(timeout=10)
            pytest.fail(f"SIGINT did not end a script blocked in check(); stderr: {err[-2000:]}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert "finished" not in out
    assert proc.returncode != 0
    assert "KeyboardInterrupt" in err, err[-2000:]
    assert "Exception in thread" not in err, err[-2000:]


# --- configuration ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"exclude": ["news/("]}, "exclude"),
        ({"include": ["[unclosed"]}, "include"),
        ({"read_timeout": float("nan")}, "read_timeout"),
        ({"deadline": float("inf")}, "deadline"),
        ({"title_threshold": 1.5}, "title_threshold"),
        ({"workers": 0}, "workers"),
        ({"per_host": -1}, "per_host"),
    ],
)
def test_config_errors_name_the_option_and_the_value(options: dict[str, Any], named: str) -> None:
    with pytest.raises(ConfigError) as info:
        Config(**options)
    message = str(info.value)
    assert named in message, message
    (value,) = options.values()
    shown = value[0] if isinstance(value, list) else value
    assert str(shown) in message or repr(shown) in message, message
    assert isinstance(info.value, LinkcheckError)


def test_evolve_validates_like_the_constructor_and_config_is_frozen() -> None:
    config = Config(workers=4)
    with pytest.raises(ConfigError, match="workers"):
        config.evolve(workers=-3)
    with pytest.raises(TypeError, match="wrokers"):
        config.evolve(wrokers=3)
    with pytest.raises(AttributeError):
        config.workers = 8  # type: ignore[misc]
    assert config.evolve(workers=6).workers == 6
    assert config.workers == 4
    with pytest.raises(TypeError):
        Config(4)  # type: ignore[misc]


# --- values: enums, reports, pickles -----------------------------------------------------------------------


def test_enums_are_strings_with_the_documented_values() -> None:
    assert {s.value for s in Status} == {"ok", "dead", "soft_404", "blocked", "error", "skipped"}
    assert Status.DEAD == "dead"
    assert json.dumps({"s": Status.SOFT_404}) == '{"s": "soft_404"}'
    documented_causes = [
        "not_found",
        "gone",
        "dns",
        "network_unavailable",
        "connection",
        "timeout",
        "tls",
        "protocol",
        "too_large",
        "too_many_redirects",
        "redirect_loop",
        "rate_limited",
        "server_error",
        "http_status",
        "auth",
        "legal",
        "bot_challenge",
        "consent",
        "javascript",
        "error_page",
        "front_page",
        "parked",
        "spam",
        "address_refused",
        "scheme",
        "invalid_url",
        "excluded",
        "robots",
        "deadline",
        "invalid_citation",
        "internal",
    ]
    assert set(documented_causes) <= {c.value for c in linkcheck.Cause}
    kinds = {k.value for k in linkcheck.FindingKind}
    assert {
        "moved",
        "title_mismatch",
        "date_mismatch",
        "url_date_mismatch",
        "postdates_article",
        "outlet_mismatch",
        "postdates_access",
        "quote_missing",
        "archive_mismatch",
        "title_changed",
        "title_unchecked",
    } <= kinds
    assert {v.value for v in linkcheck.Verdict} == {"pass", "warn", "fail"}
    assert {v.value for v in linkcheck.Severity} == {"info", "warn", "fail"}


def _mixed_report(base: str) -> linkcheck.Report:
    citations = [
        _story(base, "kept", title="Story kept", date=PartialDate.parse("2020-01-09"), outlet="Example Wire"),
        Citation(f"{base}/gone/old", title="An old story"),
        Citation("mailto:desk@example.invalid"),
        Citation(f"{base}/news/другая-новость", title="Заголовок «в кавычках»"),
    ]
    return check(citations, _config())


def test_every_documented_format_renders_and_json_matches_report_to_dict(
    server: tuple[str, _Recorder],
) -> None:
    base, _ = server
    report = _mixed_report(base)
    for fmt in ("text", "json", "jsonl", "junit", "markdown", "github", "sarif"):
        out = report.render(fmt)
        assert isinstance(out, str) and out, fmt
    from linkcheck.report import report_to_dict

    assert json.loads(report.render("json")) == json.loads(json.dumps(report_to_dict(report)))
    doc = json.loads(report.render("json"))
    assert [r["url"] for r in doc["results"]] == [r.url for r in report.results]
    assert doc["results"][3]["url"] == f"{base}/news/другая-новость"
    assert doc["results"][3]["cited"]["title"] == "Заголовок «в кавычках»"
    lines = report.render("jsonl").splitlines()
    assert json.loads(lines[-1])["record"] == "summary"
    assert sum(1 for line in lines if json.loads(line)["record"] == "result") == 4
    assert report.exit_code == 1


def test_an_unknown_format_names_it_and_the_known_ones(server: tuple[str, _Recorder]) -> None:
    report = check([], _config())
    with pytest.raises((ValueError, LinkcheckError)) as info:
        report.render("yaml")
    message = str(info.value)
    assert "yaml" in message and "json" in message and "sarif" in message, message


def test_a_pickled_report_renders_the_same(server: tuple[str, _Recorder]) -> None:
    base, _ = server
    report = _mixed_report(base)
    again = pickle.loads(pickle.dumps(report))
    assert again.results == report.results
    assert again.render("json") == report.render("json")
    assert again.exit_code == report.exit_code


def test_a_manifest_error_survives_pickling_with_its_attributes() -> None:
    with pytest.raises(ManifestError) as info:
        parse_sources("https://example.invalid/a | titel: x", source="probe.txt")
    error = info.value
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is ManifestError
    assert (again.source, again.line, again.message) == (error.source, error.line, error.message)
    assert str(again) == str(error)
    assert str(error).startswith("probe.txt:1: ")
    assert isinstance(again, InputError)
    assert isinstance(again, LinkcheckError)


# --- typing ----------------------------------------------------------------------------------------------


def test_the_package_is_typed_and_a_script_from_the_docs_passes_mypy_strict(tmp_path: Path) -> None:
    assert importlib.resources.files("linkcheck").joinpath("py.typed").is_file()
    script = tmp_path / "user_script.py"
    script.write_text(
        textwrap.dedent(
            """
            from __future__ import annotations

            from linkcheck import (
                Citation, Config, ConfigError, InputError, LinkcheckError, ManifestError, Metadata,
                PartialDate, Report, Result, extract_metadata, format_sources, iter_check, iter_sources,
                match_citation, parse_sources, read_sources,
            )


            def collect(result: Result) -> None:
                kinds = [f.kind.value for f in result.findings]
                print(result.url, result.status.value, result.verdict.value, kinds)


            def main(path: str) -> int:
                try:
                    config = Config(workers=4, per_host=2).evolve(workers=2)
                except ConfigError as exc:
                    print(exc)
                    return 2
                try:
                    citations = read_sources(path, keep_going=True)
                except ManifestError as exc:
                    print(exc.source, exc.line, exc.message)
                    return 2
                except InputError as exc:
                    print(exc)
                    return 2
                extra = parse_sources("https://example.invalid/x | date: 2020-01", source="inline")
                date: PartialDate = PartialDate.parse("2020-01-09")
                hand = Citation("https://example.invalid/y", title="T", date=date, outlet="O")
                report: Report = check_all(citations + extra + [hand], config)
                for result in iter_check(citations, config):
                    collect(result)
                meta: Metadata = extract_metadata(b"<title>T</title>", "https://example.invalid/y")
                findings = match_citation(hand, meta, final_url="https://example.invalid/y", config=config)
                kinds: list[str] = [f.kind.value for f in findings]
                text: str = format_sources(citations)
                with open(path, encoding="utf-8-sig") as lines:
                    n = sum(1 for _ in iter_sources(lines, path))
                print(report.render("json"), kinds, text, n, meta.titles())
                return report.exit_code


            def check_all(citations: list[Citation], config: Config) -> Report:
                from linkcheck import check

                try:
                    return check(citations, config, on_result=collect, keep_passing=False)
                except LinkcheckError:
                    raise
            """
        )
    )
    env = _sub_env()
    env["MYPYPATH"] = str(SRC)
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), str(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


# --- logging ---------------------------------------------------------------------------------------------


def test_a_run_touches_neither_the_root_logger_nor_stderr_and_logs_only_under_linkcheck(
    server: tuple[str, _Recorder], tmp_path: Path
) -> None:
    base, _ = server
    script = tmp_path / "quiet.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import logging, sys
            import linkcheck
            from linkcheck import Citation, Config, check

            root = logging.getLogger()
            handlers, level = list(root.handlers), root.level
            report = check(
                [Citation("{base}/news/a"), Citation("{base}/gone/b"), Citation("http://"),
                 Citation("https://127.0.0.1:1/refused")],
                Config(allow_private=True, retries=0),
            )
            assert len(report.results) == 4
            assert root.handlers == handlers and root.level == level, (root.handlers, root.level)
            names = [n for n in logging.root.manager.loggerDict if "linkcheck" in n.lower()]
            bad = [n for n in names if n != "linkcheck" and not n.startswith("linkcheck.")]
            print("loggers", sorted(names), "bad", bad)
            print("propagate", logging.getLogger("linkcheck").propagate)
            """
        )
    )
    proc = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=_sub_env(),
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "", proc.stderr
    assert "bad []" in proc.stdout, proc.stdout
    assert "propagate True" in proc.stdout


# --- exceptions on reading -------------------------------------------------------------------------------


def test_read_sources_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "sources.txt"
    with pytest.raises(InputError) as info:
        read_sources(missing)
    assert str(missing) in str(info.value)
    with pytest.raises(InputError) as info:
        read_sources(tmp_path)
    assert str(tmp_path) in str(info.value)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(b"https://example.invalid/a | title: ok\nhttps://example.invalid/b | title: caf\xe9\n")
    with pytest.raises(InputError) as info:
        read_sources(latin)
    message = str(info.value)
    assert "latin1.txt:2" in message and "0xe9" in message, message


def test_iter_sources_yields_the_lines_before_a_bad_one_then_raises_naming_it() -> None:
    lines = iter(
        [
            "https://example.invalid/a\n",
            "https://example.invalid/b | date: 2020-13\n",
            "https://x.invalid/c\n",
        ]
    )
    got: list[str] = []
    with pytest.raises(ManifestError) as info:
        for citation in linkcheck.iter_sources(lines, "feed"):
            got.append(citation.url)
    assert got == ["https://example.invalid/a"]
    assert info.value.line == 2
    assert info.value.source == "feed"
    assert next(lines) == "https://x.invalid/c\n", "the reader consumed lines past the bad one"


# --- sessions, headers, a fetcher of one's own --------------------------------------------------------


def test_the_configured_user_agent_is_sent(server: tuple[str, _Recorder]) -> None:
    base, rec = server
    check([_story(base, "ua")], _config(user_agent="ProbeBot/2.0 (+mailto:desk@example.invalid)"))
    assert [h["user-agent"] for _, h in rec.requests] == ["ProbeBot/2.0 (+mailto:desk@example.invalid)"]


def test_a_custom_sessions_own_headers_and_cookies_are_sent(server: tuple[str, _Recorder]) -> None:
    base, rec = server
    from linkcheck.fetch import Fetcher

    config = _config()
    session = requests.Session()
    session.headers["X-Api-Key"] = "probe-secret"
    session.cookies.set("consent", "yes", domain="127.0.0.1", path="/")
    report = check([_story(base, "session")], config, fetcher=Fetcher(config, session))
    assert [r.status for r in report.results] == [Status.OK]
    (headers,) = [h for _, h in rec.requests]
    assert headers.get("x-api-key") == "probe-secret", headers
    assert "consent=yes" in headers.get("cookie", ""), headers


def test_a_recording_fetcher_sees_one_fetch_per_url_and_fragments_are_not_sent(
    server: tuple[str, _Recorder],
) -> None:
    base, rec = server
    from linkcheck.fetch import Fetcher

    config = _config()
    inner = Fetcher(config)
    seen: list[str] = []

    class Recording:
        def fetch(self, url: str) -> Any:
            seen.append(url)
            return inner.fetch(url)

    citations = [
        Citation(f"{base}/news/frag#top"),
        Citation(f"{base}/news/frag#comments"),
        Citation(f"{base}/news/plain"),
        Citation(f"{base}/news/plain"),
    ]
    report = check(citations, config, fetcher=Recording())
    assert [r.url for r in report.results] == [c.url for c in citations]
    assert [r.status for r in report.results] == [Status.OK] * 4
    assert len(seen) == 2, seen
    assert all("#" not in p for p in rec.paths()), rec.paths()


# --- citations built by hand -----------------------------------------------------------------------------


def test_an_empty_cited_title_claims_nothing(server: tuple[str, _Recorder]) -> None:
    base, _ = server
    report = check([_story(base, "untitled", title=""), _story(base, "blank", title="   ")], _config())
    kinds = [[f.kind.value for f in r.findings] for r in report.results]
    assert kinds == [[], []], kinds
    assert [r.verdict.value for r in report.results] == ["pass", "pass"]


@pytest.mark.parametrize(
    "value",
    [
        dt.date(2020, 1, 9),
        dt.datetime(2020, 1, 9, 10, 0),
        dt.datetime(2020, 1, 9, 10, 0, tzinfo=dt.timezone.utc),
    ],
    ids=["date", "naive", "aware"],
)
def test_a_datetime_for_a_date_is_a_typeerror_naming_the_field(value: object) -> None:
    with pytest.raises(TypeError) as info:
        Citation("https://example.invalid/a", date=value)  # type: ignore[arg-type]
    assert "date" in str(info.value)
    assert "PartialDate" in str(info.value)
    with pytest.raises(TypeError) as info:
        Article(date=value, title=None, url=None, source="a.txt", line=1)  # type: ignore[arg-type]
    assert "date" in str(info.value)
    assert "PartialDate" in str(info.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://",
        "https://exa mple.invalid/a",
        "http://[::1/a",
        "https://example.invalid:99999/a",
        "http://a\nb/",
    ],
)
def test_a_malformed_url_built_by_hand_is_a_dead_invalid_url_result(url: str) -> None:
    report = check([Citation(url)], _config())
    (result,) = report.results
    assert result.url == url
    assert (result.status.value, result.cause.value if result.cause else None) == ("dead", "invalid_url"), (
        result.status,
        result.cause,
        result.reason,
    )


def test_a_non_ascii_path_is_sent_percent_encoded_and_reported_as_cited(
    server: tuple[str, _Recorder],
) -> None:
    base, rec = server
    url = f"{base}/news/новости-дня"
    report = check([Citation(url)], _config())
    (result,) = report.results
    assert result.url == url and result.status == Status.OK, (result.status, result.reason)
    assert rec.paths() == ["/news/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8-%D0%B4%D0%BD%D1%8F"]


def test_an_idn_host_under_localhost_is_sent_as_punycode(server: tuple[str, _Recorder]) -> None:
    base, rec = server
    port = base.rsplit(":", 1)[1]
    url = f"http://пример.localhost:{port}/news/idn"
    report = check([Citation(url)], _config())
    (result,) = report.results
    assert result.url == url
    assert result.status == Status.OK, (result.status, result.reason)
    assert [h["host"] for _, h in rec.requests] == [f"xn--e1afmkfd.localhost:{port}"]


def test_format_sources_round_trips_odd_fields() -> None:
    article = Article(
        date=PartialDate.parse("2020-01-09"),
        title='A | piped "article"',
        url="https://e.invalid/a",
        source="a.txt",
        line=1,
    )
    odd = [
        Citation(
            "https://example.invalid/a|b?q=1#frag",
            title='He said "no" | twice\tand\nagain \\ ',
            outlet="  Вести  ",
            note="# not a comment",
            quote="[the minister] said ... nothing",
            article=article,
        ),
        Citation(
            "https://пример.invalid/путь#:~:text=привет", title="Заголовок", date=PartialDate.parse("2020-01")
        ),
    ]
    back = parse_sources(format_sources(odd), source="round")
    fields = ("url", "title", "date", "outlet", "note", "quote", "archive_url", "access_date")
    assert [tuple(getattr(c, f) for f in fields) for c in back] == [
        tuple(getattr(c, f) for f in fields) for c in odd
    ]
    assert back[0].article is not None
    assert back[0].article.title == article.title
    assert back[1].article is None
