"""The fetcher's cheap GET preparation builds exactly the request ``Session.prepare_request`` would."""

from __future__ import annotations

from typing import Any

import pytest
import requests
import requests.cookies
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.config import Config
from linkcheck.fetch import _prepare_get, make_session, site_of


def shape(prepared: requests.PreparedRequest) -> dict[str, Any]:
    cookies = getattr(prepared, "_cookies", None)
    return {
        "method": prepared.method,
        "url": prepared.url,
        "headers": list(prepared.headers.items()),
        "body": prepared.body,
        "cookies": sorted((c.domain, c.path, c.name, c.value) for c in cookies)
        if cookies is not None
        else None,
        "cookie_type": type(cookies).__name__,
    }


def long_way(session: requests.Session, url: str, extra: dict[str, Any]) -> requests.PreparedRequest:
    return session.prepare_request(requests.Request("GET", url, headers=extra))


URLS = [
    "https://news.test/a",
    "http://news.test:8080/path/to/story?id=1&x=%20y#frag",
    "https://news.test/путь/статья?q=новости",
    "https://новости.рф/статья",
    "https://user:secret@news.test/private",
    "https://news.test/a b|c",
    "HTTPS://News.Test/Case",
]
EXTRAS: list[dict[str, Any]] = [
    {},
    {"Authorization": "Bearer t"},
    {"user-agent": "other-agent/1.0"},
    {"Accept": None},
    {"X-One": "1", "x-one": "2"},
]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("extra", EXTRAS)
def test_same_request_as_prepare_request(url: str, extra: dict[str, Any]) -> None:
    session = make_session(Config())
    assert shape(_prepare_get(session, url, dict(extra))) == shape(long_way(session, url, dict(extra)))


@pytest.mark.parametrize("url", URLS)
def test_same_cookie_header_with_cookies_in_the_jar(url: str) -> None:
    session = make_session(Config())
    session.cookies.set("sid", "abc", domain="news.test", path="/")
    session.cookies.set("other", "zzz", domain="elsewhere.test", path="/")
    fast, slow = _prepare_get(session, url, {}), long_way(session, url, {})
    assert shape(fast) == shape(slow)
    if "news.test" in url.lower() and "user:" not in url:
        assert fast.headers.get("Cookie") == "sid=abc"
    assert getattr(fast, "_cookies", None) is not session.cookies  # a copy, as prepare_request makes


def test_sessions_with_auth_params_or_env_take_the_long_way() -> None:
    for tweak in ("auth", "params", "trust_env"):
        session = make_session(Config())
        if tweak == "auth":
            session.auth = ("u", "p")
        elif tweak == "params":
            session.params = {"utm": "1"}
        else:
            session.trust_env = True
        url = "https://news.test/a"
        assert shape(_prepare_get(session, url, {})) == shape(long_way(session, url, {}))
    session = make_session(Config())
    session.params = {"utm": "1"}
    assert _prepare_get(session, "https://news.test/a", {}).url == "https://news.test/a?utm=1"


def test_invalid_header_values_are_refused_the_same_way() -> None:
    session = make_session(Config())
    with pytest.raises(requests.exceptions.InvalidHeader):
        long_way(session, "https://news.test/a", {"X-Bad": "a\nb"})
    with pytest.raises(requests.exceptions.InvalidHeader):
        _prepare_get(session, "https://news.test/a", {"X-Bad": "a\nb"})


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_path_prepares_the_same_or_fails_the_same(path: str) -> None:
    session = make_session(Config())
    url = "https://news.test/" + path
    try:
        slow: Any = shape(long_way(session, url, {}))
    except Exception as exc:  # compared below: the same exception type
        slow = type(exc)
    try:
        fast: Any = shape(_prepare_get(session, url, {}))
    except Exception as exc:
        fast = type(exc)
    assert fast == slow


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("www.example.com", "example.com"),
        ("consent.news.example.com", "example.com"),
        ("example.com", "example.com"),
        ("www.bbc.co.uk", "bbc.co.uk"),
        ("www.abc.net.au", "abc.net.au"),
        ("news.yahoo.co.jp", "yahoo.co.jp"),
        ("ria.ru", "ria.ru"),
        ("WWW.TASS.RU.", "tass.ru"),
        ("127.0.0.1", "127.0.0.1"),
        ("::1", "::1"),
        ("localhost", "localhost"),
    ],
)
def test_site_of_groups_the_hosts_that_may_share_cookies(host: str, site: str) -> None:
    assert site_of(host) == site


def test_a_sites_cookies_go_with_the_request_beside_the_sessions() -> None:
    session = make_session(Config())
    session.cookies.set("user", "1", domain="news.test", path="/")  # a caller's own cookie
    site = requests.cookies.RequestsCookieJar()
    site.set("consent", "yes", domain=".news.test", path="/")
    fast = _prepare_get(session, "https://www.news.test/a", {}, site)
    slow = session.prepare_request(requests.Request("GET", "https://www.news.test/a", cookies=site))
    assert fast.headers["Cookie"] == slow.headers["Cookie"]
    assert sorted(fast.headers["Cookie"].split("; ")) == ["consent=yes", "user=1"]
    assert _prepare_get(session, "https://other.test/a", {}, site).headers.get("Cookie") is None
