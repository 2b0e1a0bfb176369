"""robots.txt handling (``respect_robots``): one fetch per origin, RFC 9309 meanings of each answer."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
import responses

from linkcheck.config import Config
from linkcheck.fetch import Fetcher
from linkcheck.models import Cause, FetchResult
from linkcheck.robots import RobotsCache, robots_url

ROBOTS = """\
User-agent: *
Disallow: /private/

User-agent: linkcheck
Disallow: /no-linkcheck/
"""


@pytest.fixture
def mock() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield rsps


def fetcher(**config: object) -> Fetcher:
    settings = {"allow_private": True, "respect_robots": True, "retries": 0, **config}
    return Fetcher(Config(**settings), sleep=lambda s: None)  # type: ignore[arg-type]


def test_disallowed_path_is_skipped_with_robots_cause(mock: responses.RequestsMock) -> None:
    mock.get("https://news.test/robots.txt", body=ROBOTS)
    mock.get("https://news.test/story", body="ok")
    f = fetcher(user_agent="SomeBot/2.0")
    assert f.fetch("https://news.test/story").ok
    blocked = f.fetch("https://news.test/private/x")
    assert blocked.cause is Cause.ROBOTS
    assert "/private/x" in (blocked.error or "")
    robots_calls = [c for c in mock.calls if (c.request.url or "").endswith("/robots.txt")]
    assert len(robots_calls) == 1


def test_a_byte_order_mark_before_the_rules_is_ignored(mock: responses.RequestsMock) -> None:
    # robots.txt saved with a UTF-8 BOM: the first line read as "\ufeffUser-agent: *", which names no
    # group, so every rule under it was dropped (RFC 9309 crawlers, Google's among them, skip the BOM)
    mock.get("https://news.test/robots.txt", body=b"\xef\xbb\xbf" + ROBOTS.encode())
    mock.get("https://news.test/story", body="ok")
    f = fetcher(user_agent="SomeBot/2.0")
    assert f.fetch("https://news.test/private/x").cause is Cause.ROBOTS
    assert f.fetch("https://news.test/story").ok


def test_a_group_for_our_agent_replaces_the_star_group(mock: responses.RequestsMock) -> None:
    mock.get("https://news.test/robots.txt", body=ROBOTS)
    mock.get("https://news.test/private/x", body="ok")
    f = fetcher(user_agent="linkcheck/0.1 (citation checker)")
    assert f.fetch("https://news.test/no-linkcheck/y").cause is Cause.ROBOTS
    assert f.fetch("https://news.test/private/x").ok


def test_missing_robots_allows_everything(mock: responses.RequestsMock) -> None:
    mock.get("https://news.test/robots.txt", status=404)
    mock.get("https://news.test/private/x", body="ok")
    assert fetcher().fetch("https://news.test/private/x").ok


def test_server_error_on_robots_disallows_everything(mock: responses.RequestsMock) -> None:
    mock.get("https://news.test/robots.txt", status=503)
    result = fetcher().fetch("https://news.test/story")
    assert result.cause is Cause.ROBOTS
    assert "503" in (result.error or "")


def test_unreachable_robots_leaves_the_page_fetch_to_report(mock: responses.RequestsMock) -> None:
    mock.get("https://down.test/robots.txt", body=requests.exceptions.ConnectionError("refused"))
    mock.get("https://down.test/story", body=requests.exceptions.ConnectionError("refused"))
    assert fetcher().fetch("https://down.test/story").cause is Cause.CONNECTION


def test_redirect_target_is_checked_against_its_own_robots(mock: responses.RequestsMock) -> None:
    mock.get("https://a.test/robots.txt", status=404)
    mock.get("https://a.test/x", status=301, headers={"Location": "https://b.test/private/y"})
    mock.get("https://b.test/robots.txt", body=ROBOTS)
    result = fetcher(user_agent="SomeBot/2.0").fetch("https://a.test/x")
    assert result.cause is Cause.ROBOTS
    assert len(result.redirects) == 1


@pytest.mark.parametrize("cause", [Cause.TIMEOUT, Cause.DEADLINE, Cause.TOO_LARGE])
def test_a_robots_txt_cut_short_keeps_its_whole_lines_only(cause: Cause) -> None:
    # "Disallow: /private/" cut after its first slash read as "Disallow: /": every path of the site disallowed
    where = "https://news.test/robots.txt"
    body = b"User-agent: *\nDisallow: /drafts/\nDisallow: /"
    cut = FetchResult(where, where, status_code=200, body=body, truncated=True, cause=cause, error="cut")
    robots = RobotsCache(lambda url: cut, "SomeBot/1.0")
    assert robots.disallowed("https://news.test/story") is None
    assert robots.disallowed("https://news.test/drafts/x") is not None  # the whole line still applies


def test_a_whole_robots_txt_without_a_last_line_break_keeps_its_last_line() -> None:
    where = "https://news.test/robots.txt"
    whole = FetchResult(where, where, status_code=200, body=b"User-agent: *\nDisallow: /")
    assert RobotsCache(lambda url: whole, "SomeBot/1.0").disallowed("https://news.test/story") is not None


def test_concurrent_callers_share_one_robots_fetch() -> None:
    calls: list[str] = []
    gate = threading.Event()

    def slow_fetch(url: str) -> FetchResult:
        calls.append(url)
        gate.wait(5)
        return FetchResult(url, url, status_code=200, body=ROBOTS.encode())

    cache = RobotsCache(slow_fetch, "SomeBot/1")
    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(cache.disallowed, f"https://news.test/private/{i}") for i in range(8)]
        gate.set()
        answers = [f.result(timeout=10) for f in futures]
    assert calls == ["https://news.test/robots.txt"]
    assert all(a is not None for a in answers)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://News.Test:8443/a/b?c#d", "https://news.test:8443/robots.txt"),
        ("http://user:pw@news.test/x", "http://news.test/robots.txt"),
        ("ftp://news.test/x", None),
        ("not a url", None),
    ],
)
def test_robots_url(url: str, expected: str | None) -> None:
    assert robots_url(url) == expected
