"""A host whose links cannot connect is taken as down: its other links are reported without a request."""

from __future__ import annotations

import json
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import tests.black_hole
from linkcheck import Config, check
from linkcheck.hostdown import HostsDown
from linkcheck.models import Cause, Citation, FetchResult, Redirect, Status, Verdict
from tests.site_server import Page, SiteServer, serve
from tests.test_checker import FakeFetcher, page
from tests.test_e2e_cli import run

Outcome = tuple[Status, Cause | None, str]


def no_connection(url: str, host: str = "outlet-down.ru:443") -> FetchResult:
    return FetchResult(
        url=url,
        final_url=url,
        cause=Cause.TIMEOUT,
        error=f"connecting to {host} timed out",
        attempts=3,
        connect_timed_out=True,
    )


def read_timeout(url: str) -> FetchResult:
    """A body that stopped coming: the host answered, and one page may be slow."""
    error = "outlet-down.ru:443 stopped answering"
    return FetchResult(url=url, final_url=url, cause=Cause.TIMEOUT, error=error)


def no_answer(url: str) -> FetchResult:
    """Connected and sent the request; no status line came back in time."""
    error = "outlet-down.ru:443 stopped answering (read timed out)"
    return FetchResult(
        url=url, final_url=url, cause=Cause.TIMEOUT, error=error, attempts=3, answer_timed_out=True
    )


def answers(script: dict[str, Callable[[str], FetchResult]]) -> Callable[[str], FetchResult]:
    """A fetcher's answer per URL path (the part after the host), a page for anything else."""

    def answer(url: str) -> FetchResult:
        path = url.split("/", 3)[3]
        return script[path](url) if path in script else page(url)

    return answer


def run_check(urls: list[str], fetcher: FakeFetcher, **config: Any) -> dict[str, Outcome]:
    """Check ``urls`` one link at a time per host: ``url -> (status, cause, reason)``."""
    report = check([Citation(url=u) for u in urls], Config(per_host=1, workers=4, **config), fetcher=fetcher)
    assert [r.url for r in report.results] == urls  # every citation reported, in order
    return {r.url: (r.status, r.cause, r.reason) for r in report.results}


def test_after_three_links_that_cannot_connect_the_rest_of_the_host_is_not_requested() -> None:
    down = [f"https://outlet-down.ru/story/{i}" for i in range(10)]
    up = [f"https://outlet-up.ru/story/{i}" for i in range(5)]
    fetcher = FakeFetcher(lambda url: no_connection(url) if "outlet-down.ru" in url else page(url))
    results = run_check(down + up, fetcher)

    assert sorted(fetcher.calls) == sorted(down[:3] + up)  # one link at a time on the host: exactly three
    for url in down[:3]:
        assert results[url] == (Status.ERROR, Cause.TIMEOUT, "connecting to outlet-down.ru:443 timed out")
    for url in down[3:]:
        status, cause, reason = results[url]
        assert (status, cause) == (Status.ERROR, Cause.TIMEOUT)
        assert reason == (
            "not requested: outlet-down.ru was taken as down after 3 links in a row could not connect "
            "(connecting to outlet-down.ru:443 timed out, 3 attempts each)"
        )
    assert all(results[url][0] is Status.OK for url in up)  # the other host is not affected


def test_a_host_that_accepts_and_never_answers_is_taken_as_down_too() -> None:
    down = [f"https://outlet-down.ru/story/{i}" for i in range(6)]
    up = [f"https://outlet-up.ru/story/{i}" for i in range(3)]
    fetcher = FakeFetcher(lambda url: no_answer(url) if "outlet-down.ru" in url else page(url))
    results = run_check(down + up, fetcher)
    assert sorted(fetcher.calls) == sorted(down[:3] + up)
    for url in down[3:]:
        assert results[url] == (
            Status.ERROR,
            Cause.TIMEOUT,
            "not requested: outlet-down.ru was taken as down after 3 links in a row got no answer "
            "(outlet-down.ru:443 stopped answering (read timed out), 3 attempts each)",
        )
    assert all(results[url][0] is Status.OK for url in up)


def test_a_page_between_silences_starts_the_count_again() -> None:
    urls = [f"https://outlet-down.ru/{i}" for i in range(6)]
    fetcher = FakeFetcher(
        answers({"0": no_answer, "1": no_answer, "2": page, "3": no_answer, "4": no_answer})
    )
    run_check(urls, fetcher)
    assert sorted(fetcher.calls) == urls  # never three in a row: everything was requested


def test_the_report_notes_the_hosts_taken_as_down() -> None:
    urls = [f"https://outlet-down.ru/{i}" for i in range(5)] + ["https://outlet-up.ru/a"]
    fetcher = FakeFetcher(lambda url: no_connection(url) if "down" in url else page(url))
    report = check([Citation(url=u) for u in urls], Config(per_host=1, workers=2), fetcher=fetcher)
    assert report.notes == (
        "1 host could not be reached and was taken as down (outlet-down.ru): 2 of its links were reported "
        "as timeouts without a request (--host-down-after)",
    )
    assert "taken as down" in report.render("text")
    healthy = check([Citation(url="https://outlet-up.ru/a")], Config(), fetcher=fetcher)
    assert healthy.notes == ()


def test_any_answer_from_the_host_starts_the_count_again() -> None:
    urls = [f"https://outlet-down.ru/{i}" for i in range(8)]
    fetcher = FakeFetcher(
        answers(
            {
                "0": no_connection,
                "1": no_connection,
                "2": lambda url: page(url, status=404),  # the host answered: the count starts again
                "3": no_connection,
                "4": no_connection,
                "5": no_connection,
            }
        )
    )
    results = run_check(urls, fetcher)
    assert sorted(fetcher.calls) == urls[:6]
    assert results[urls[2]][:2] == (Status.DEAD, Cause.NOT_FOUND)
    assert all(results[u][2].startswith("not requested: outlet-down.ru was taken as down") for u in urls[6:])


@pytest.mark.parametrize(
    "breaks_the_run",
    [
        pytest.param(lambda u: FetchResult(u, u, cause=Cause.CONNECTION, error="refused"), id="refused"),
        pytest.param(lambda u: FetchResult(u, u, cause=Cause.TLS, error="bad certificate"), id="tls"),
    ],
)
def test_a_refused_connection_or_a_tls_failure_shows_the_host_is_there(
    breaks_the_run: Callable[[str], FetchResult],
) -> None:
    urls = [f"https://outlet-down.ru/{i}" for i in range(6)]
    fetcher = FakeFetcher(
        answers({"0": no_connection, "1": no_connection, "2": breaks_the_run, "3": no_connection})
    )
    run_check(urls, fetcher)
    assert sorted(fetcher.calls) == urls  # never three in a row: everything was requested


def test_read_timeouts_are_one_page_and_never_take_the_host_down() -> None:
    urls = [f"https://outlet-down.ru/{i}" for i in range(6)]
    fetcher = FakeFetcher(read_timeout)
    results = run_check(urls, fetcher)
    assert sorted(fetcher.calls) == urls
    assert all(reason == "outlet-down.ru:443 stopped answering" for _, _, reason in results.values())


def test_a_redirect_to_a_host_that_cannot_connect_counts_for_neither_host() -> None:
    urls = [f"https://hub-outlet.ru/{i}" for i in range(5)]

    def via_redirect(url: str) -> FetchResult:
        target = url.replace("hub-outlet.ru", "outlet-down.ru")
        failed = no_connection(target)
        return FetchResult(
            url, target, redirects=(Redirect(301, target),), cause=failed.cause, error=failed.error,
            connect_timed_out=True,
        )  # fmt: skip

    fetcher = FakeFetcher(via_redirect)
    run_check(urls, fetcher)
    assert sorted(fetcher.calls) == urls


def test_zero_never_takes_a_host_down() -> None:
    urls = [f"https://outlet-down.ru/{i}" for i in range(6)]
    fetcher = FakeFetcher(no_connection)
    results = run_check(urls, fetcher, host_down_after=0)
    assert sorted(fetcher.calls) == urls
    assert not any(reason.startswith("not requested") for _, _, reason in results.values())


def test_hosts_down_keeps_credentials_out_of_the_reason() -> None:
    hosts = HostsDown(after=1)
    hosts.record("user:secret@outlet-down.ru", no_connection("https://user:secret@outlet-down.ru/a"))
    liveness = hosts.down("user:secret@outlet-down.ru")
    assert liveness is not None
    assert "secret" not in liveness.reason
    assert liveness.reason.startswith("not requested: outlet-down.ru was taken as down after 1 link in a row")
    assert hosts.down("other-outlet.ru") is None


# --- end to end: the CLI against a loopback host that never accepts, beside a live one ---------------------


@pytest.fixture
def black_hole() -> Iterator[int]:
    with tests.black_hole.black_hole() as port:
        yield port


@pytest.mark.e2e
def test_cli_reports_an_unreachable_host_without_waiting_out_every_link(
    black_hole: int, tmp_path: Path
) -> None:
    dead = [f"http://127.0.0.1:{black_hole}/story/{i}" for i in range(8)]
    proc, live = run_beside_live_site(dead, "--connect-timeout", tmp_path)
    report = json.loads(proc.stdout)
    results = {r["url"]: r for r in report["results"]}
    assert len(results) == 11
    requested = [u for u in dead if results[u]["reason"].startswith("connecting to")]
    inferred = [u for u in dead if results[u]["reason"].startswith("not requested:")]
    assert requested == dead[:3], [results[u]["reason"] for u in dead]
    assert inferred == dead[3:]
    assert all((results[u]["status"], results[u]["cause"]) == ("error", "timeout") for u in dead)
    assert all(results[u]["verdict"] == Verdict.WARN.value for u in dead)
    assert f"127.0.0.1:{black_hole} was taken as down after 3 links" in results[dead[3]]["reason"]
    assert all(results[u]["status"] == "ok" for u in live)
    assert proc.returncode == 0, proc.stderr  # errors warn; nothing failed
    assert f"was taken as down (127.0.0.1:{black_hole}): 5 of its links" in proc.stderr  # the run's note


@pytest.mark.e2e
def test_cli_stops_asking_a_host_that_accepts_and_never_answers(tmp_path: Path) -> None:
    from tests.hostile_server import HostileServer

    with HostileServer() as hung:
        dead = [f"{hung.url('/no-response')}?story={i}" for i in range(8)]
        proc, live = run_beside_live_site(dead, "--timeout", tmp_path)
        assert hung.hits("/no-response") == 3  # three links waited out their timeout; no more were sent
    results = {r["url"]: r for r in json.loads(proc.stdout)["results"]}
    silent = f"127.0.0.1:{hung.port} stopped answering (read timed out)"
    assert all(results[u]["reason"].startswith(silent) for u in dead[:3]), [
        results[u]["reason"] for u in dead
    ]
    assert all(results[u]["reason"].startswith("not requested:") for u in dead[3:])
    assert (
        f"127.0.0.1:{hung.port} was taken as down after 3 links in a row got no answer"
        in results[dead[3]]["reason"]
    )
    assert all((results[u]["status"], results[u]["cause"]) == ("error", "timeout") for u in dead)
    assert all(results[u]["status"] == "ok" for u in live)
    assert proc.returncode == 0, proc.stderr


def run_beside_live_site(
    dead: list[str], timeout_flag: str, tmp_path: Path
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """The CLI on ``dead`` followed by three links of a live site, one link at a time per host, no retries,
    ``timeout_flag`` at 0.5 s: the run and the live links. The live site must be untouched by the rest."""
    article = b"<html><head><title>Live story</title></head><body><p>Text.</p></body></html>"
    routes = {f"/live/{i}": Page(200, article, {"Content-Type": "text/html"}) for i in range(3)}
    with serve(routes) as site:
        live = [f"{site.origin}/live/{i}" for i in range(3)]
        manifest = tmp_path / "sources.txt"
        manifest.write_text("\n".join(dead + live) + "\n", encoding="utf-8")
        args = [str(manifest), "--format", "json", "--allow-private", "--per-host", "1", "--workers", "4"]
        proc = run([*args, timeout_flag, "0.5", "--retries", "0", "--processes", "1"], tmp_path)
        assert_site_untouched(site)
    return proc, live


def assert_site_untouched(site: SiteServer) -> None:
    """The live host's pages were each fetched once (the dead host's links did not reach it)."""
    assert all(count == 1 for count in site.hits.values()), site.hits


def test_hosts_down_is_shared_safely_by_threads() -> None:
    hosts = HostsDown(after=50)
    failed = no_connection("https://outlet-down.ru/x")

    def hammer() -> None:
        for _ in range(100):
            hosts.record("outlet-down.ru", failed)

    threads = [threading.Thread(target=hammer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    liveness = hosts.down("outlet-down.ru")
    assert liveness is not None
    assert "after 50 links" in liveness.reason  # the count is exact: it reached 50 once


def rate_limited(url: str) -> FetchResult:
    error = "rate limited (429 Too Many Requests): still failing after 2 retries"
    return FetchResult(
        url=url, final_url=url, status_code=429, cause=Cause.RATE_LIMITED, error=error, attempts=3
    )


def test_a_host_that_rate_limits_every_link_is_not_asked_for_the_rest() -> None:
    # each link of such a host waits out Retry-After before each retry, one at a time: 16 links of a host
    # answering "429, Retry-After: 5" took 150 s, and hundreds held a run for hours
    limited = [f"https://busy-outlet.ru/story/{i}" for i in range(10)]
    up = [f"https://outlet-up.ru/story/{i}" for i in range(3)]
    fetcher = FakeFetcher(lambda url: rate_limited(url) if "busy-outlet.ru" in url else page(url))
    report = check([Citation(url=u) for u in limited + up], Config(per_host=1, workers=4), fetcher=fetcher)
    results = {r.url: (r.status, r.cause, r.reason) for r in report.results}
    assert sorted(fetcher.calls) == sorted(limited[:3] + up)
    for url in limited[3:]:
        status, cause, reason = results[url]
        assert (status, cause) == (Status.BLOCKED, Cause.RATE_LIMITED)
        assert reason.startswith("not requested: busy-outlet.ru rate limited 3 links in a row")
    assert all(results[url][0] is Status.OK for url in up)
    assert any("busy-outlet.ru" in note and "7 of its links" in note for note in report.notes)


def test_a_page_between_rate_limits_starts_the_count_again() -> None:
    urls = [f"https://busy-outlet.ru/{i}" for i in range(6)]
    limits: dict[str, Callable[[str], FetchResult]] = {
        "0": rate_limited,
        "1": rate_limited,
        "3": rate_limited,
    }
    fetcher = FakeFetcher(answers({**limits, "4": rate_limited}))
    run_check(urls, fetcher)
    assert sorted(fetcher.calls) == urls


def test_rate_limits_reported_at_once_cost_nothing_and_do_not_count() -> None:
    def at_once(url: str) -> FetchResult:  # Retry-After: 86400, beyond the cap: no wait, no retry
        error = "rate limited (429 Too Many Requests): Retry-After: 86400 s exceeds the 30 s cap"
        return FetchResult(url=url, final_url=url, status_code=429, cause=Cause.RATE_LIMITED, error=error)

    urls = [f"https://busy-outlet.ru/{i}" for i in range(6)]
    fetcher = FakeFetcher(at_once)
    run_check(urls, fetcher)
    assert sorted(fetcher.calls) == urls
