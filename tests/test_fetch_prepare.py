"""The fetcher's cheap GET preparation builds exactly the request ``Session.prepare_request`` would."""

from __future__ import annotations

from typing import Any

import pytest
import requests
import requests.cookies
from hypothesis import example, given, settings
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
@example("story?")
@example("story?#top")
@example("%0a")
@example("caf%c3%a9?q=%2b")
def test_any_path_prepares_the_same_or_fails_the_same(path: str) -> None:
    from linkcheck.targets import with_empty_query, with_escapes_as_written

    session = make_session(Config())
    url = "https://news.test/" + path
    try:
        reference = long_way(session, url, {})
        if reference.url:
            # the %-escapes sent in the case cited, as every path of the fetcher sends them
            # (linkcheck.targets, ``ca18cca``): requests upper-cases ``%0a``; an empty query kept, which
            # requests drops (host34)
            reference.url = with_escapes_as_written(url, reference.url)
            reference.url = with_empty_query(url, reference.url)
        slow: Any = shape(reference)
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


# --- the fast paths: a URL prepare_url gives back unchanged, a header set checked before ---------------

url_parts = st.tuples(
    st.sampled_from(["http://", "https://", "HTTP://", "http:/", "ftp://"]),
    st.one_of(st.text(alphabet="az09.-", min_size=1, max_size=8), st.text(alphabet="aZ09.-_", max_size=8)),
    st.sampled_from(["", ":80", ":8080", ":080", ":65535", ":65536", ":99999", ":0", ":"]),
    st.one_of(
        st.lists(st.sampled_from(["/", "a", ".", "..", "/.", "/..", "Z9", "?", "?q=1", "&", "-_~"])).map(
            "".join
        ),
        st.text(alphabet="/aZ09.-_~!$&'()*+,;=:@%?# \u00e9|[]\\", max_size=20),
    ),
)


@settings(max_examples=3000, deadline=None)
@given(url_parts.map("".join))
@example("http://a/b/./c")
@example("http://a/b/../c")
@example("http://a/b/.")
@example("http://a/b?")
@example("http://A/b")
@example("http://a:080/b")
@example("http://a:65536/b")
@example("http://a/.well-known/x")
def test_a_url_prepared_the_short_way_is_the_url_prepare_url_makes(url: str) -> None:
    from linkcheck.fetch import _prepare_url

    reference, short = requests.PreparedRequest(), requests.PreparedRequest()
    try:
        reference.prepare_url(url, None)
    except (requests.exceptions.RequestException, ValueError, UnicodeError) as exc:
        with pytest.raises(type(exc)):
            _prepare_url(short, url)
        return
    _prepare_url(short, url)
    assert short.url == reference.url


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:47311/sport/2021/02/24/minister-vaccine-faces-budget-approves-study-a2104.html",
        "https://news.test/world/2024/story-name?id=7&page=2",
        "https://www.news.test/a/b/c/",
    ],
)
def test_an_everyday_url_takes_the_short_way(url: str) -> None:
    # the property above is only worth its fast path if everyday URLs take it
    from linkcheck.fetch import _NORMAL_URL

    assert _NORMAL_URL.fullmatch(url)
    assert _prepare_get(make_session(Config()), url, {}).url == url


def test_a_header_set_checked_before_gives_a_request_of_its_own() -> None:
    session = make_session(Config())
    extra = {"X-Per-Host": "yes", "Accept": None}
    first = _prepare_get(session, "https://news.test/a", dict(extra))
    first.headers["X-Added-Later"] = "by a hook"
    second = _prepare_get(session, "https://news.test/b", dict(extra))
    assert "X-Added-Later" not in second.headers
    assert shape(second)["headers"] == shape(long_way(session, "https://news.test/b", dict(extra)))["headers"]
    assert second.headers["x-per-host"] == "yes"  # case-insensitive, as prepare_headers makes it


def test_a_bad_header_value_is_refused_every_time() -> None:
    session = make_session(Config())
    for _ in range(2):
        with pytest.raises(requests.exceptions.InvalidHeader):
            _prepare_get(session, "https://news.test/a", {"X-Bad": "line\r\nbreak"})
        with pytest.raises(requests.exceptions.InvalidHeader):
            _prepare_get(session, "https://news.test/a", {"X-List": ["not", "a", "string"]})
