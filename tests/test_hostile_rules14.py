"""The fourteenth hostile round's rules, on small answers and strings: what each must change and what it must
leave alone.

- a 3xx answer that redirects nowhere (no ``Location``, or a status that is no redirect; not a ``304``) is a
  page to browsers, and its refresh moves it as a 2xx page's does (``fetch._refresh``);
- a redirect's target is written as browsers write it and as the request for it is sent: a space, a control
  and ``"<>`{}`` after the authority %-escaped; non-ASCII characters stay (an IRI's, shown as the server wrote
  them) (``fetch._redirect_target``).
"""

from __future__ import annotations

import pytest

from linkcheck.config import Config
from linkcheck.fetch import Fetcher, _loop_key, _redirect_target, _refresh
from linkcheck.models import Cause
from tests.test_hostile import _Listener, _page

_STUB = (
    b'<html><head><meta http-equiv="refresh" content="0; url=/meta-target"><title>Moved</title></head></html>'
)

# --- a 3xx that redirects nowhere refreshes as a page does -------------------------------------------------


@pytest.mark.parametrize("status", [200, 203, 300, 302, 303, 305, 306, 307, 399])
def test_a_page_browsers_show_follows_its_refresh_header(status: int) -> None:
    headers = {"refresh": "0; url=/new", "content-type": "text/html"}
    assert _refresh("http://n.test/old", status, headers, b"") == "/new"


@pytest.mark.parametrize("status", [302, 300, 200])
def test_a_page_browsers_show_follows_its_meta_refresh(status: int) -> None:
    assert _refresh("http://n.test/old", status, {"content-type": "text/html"}, _STUB) == "/meta-target"


@pytest.mark.parametrize("status", [304, 404, 410, 451, 500, 503, 100, 199])
def test_a_refresh_on_an_error_or_not_modified_moves_nothing(status: int) -> None:
    headers = {"refresh": "0; url=/new", "content-type": "text/html"}
    assert _refresh("http://n.test/old", status, headers, _STUB) is None


@pytest.mark.parametrize(
    "headers",
    [
        {"content-type": "text/html"},  # no refresh at all
        {"refresh": "30; url=/new", "content-type": "text/html"},  # later than a redirect
        {"refresh": "0", "content-type": "text/html"},  # reloads itself
        {"refresh": "0; url=/old", "content-type": "text/html"},  # names the page itself
    ],
)
def test_a_3xx_without_a_refresh_due_at_once_is_still_no_hop(headers: dict[str, str]) -> None:
    assert _refresh("http://n.test/old", 302, headers, b"") is None


def _config(port: int) -> Config:
    return Config(
        allow_hosts=(f"127.0.0.1:{port}",),
        deadline=3.0,
        connect_timeout=1.0,
        read_timeout=1.0,
        retries=0,
        backoff_base=0.01,
        backoff_max=0.05,
    )


def _no_location(status: bytes, refresh: bytes | None) -> bytes:
    extra = b"Refresh: %s\r\n" % refresh if refresh is not None else b""
    body = b"<html><head><title>Moved</title></head><body>moved</body></html>"
    return b"HTTP/1.1 %s\r\n%sContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (
        status,
        extra,
        len(body),
        body,
    )


def test_a_302_without_location_is_followed_by_its_refresh_and_a_404_is_not() -> None:
    answers = {
        "/no-location": [_no_location(b"302 Found", b"0; url=/target")],
        "/not-found": [_no_location(b"404 Not Found", b"0; url=/target")],
        "/not-modified": [b"HTTP/1.1 304 Not Modified\r\nRefresh: 0; url=/target\r\n\r\n"],
        "/bare-302": [_no_location(b"302 Found", None)],
        "/target": [_page()],
    }
    with _Listener(lambda path: answers.get(path, [_page(status=b"404 Not Found")])) as site:
        with Fetcher(_config(site.port)) as fetcher:
            moved = fetcher.fetch(f"http://127.0.0.1:{site.port}/no-location")
            missing = fetcher.fetch(f"http://127.0.0.1:{site.port}/not-found")
            unchanged = fetcher.fetch(f"http://127.0.0.1:{site.port}/not-modified")
            bare = fetcher.fetch(f"http://127.0.0.1:{site.port}/bare-302")
        asked = [head.split(b" ")[1] for head in site.requests]
    assert (moved.cause, moved.status_code, moved.final_url) == (
        None,
        200,
        f"http://127.0.0.1:{site.port}/target",
    )
    assert [r.status for r in moved.redirects] == [302]
    assert (missing.status_code, missing.redirects) == (404, ())
    assert (unchanged.status_code, unchanged.redirects) == (304, ())
    assert (bare.status_code, bare.redirects) == (302, ())  # no Location, no refresh: the 302 is the answer
    assert asked.count(b"/target") == 1  # only the 302's refresh was followed


# --- a redirect's target is written as browsers write it ---------------------------------------------------


@pytest.mark.parametrize(
    ("location", "target"),
    [
        ("/moved story", "http://n.test/moved%20story"),
        ("/a b?q=c d#e f", "http://n.test/a%20b?q=c%20d#e%20f"),
        ('/say"hi"<b>', "http://n.test/say%22hi%22%3Cb%3E"),
        ("/{x}`y`", "http://n.test/%7Bx%7D%60y%60"),
        (
            "/\u65e5\u672c story",
            "http://n.test/\u65e5\u672c%20story",
        ),  # only the space: an IRI's characters stay
        ("/a\x7fb\x01c", "http://n.test/a%7Fb%01c"),
        ("http://other.test/x y", "http://other.test/x%20y"),
    ],
)
def test_characters_no_url_holds_are_escaped_in_a_target(location: str, target: str) -> None:
    assert _redirect_target("http://n.test/old", location) == target


@pytest.mark.parametrize(
    ("location", "target"),
    [
        ("/a%20b", "http://n.test/a%20b"),  # escapes stay as written
        ("/a%2", "http://n.test/a%2"),  # a stray % too (browsers keep it)
        ("/a|b^c~d", "http://n.test/a|b^c~d"),  # ASCII browsers keep in a path
        ("/p?a=1&b=2;c", "http://n.test/p?a=1&b=2;c"),
        ("http://b\u00fccher.test/x", "http://b\u00fccher.test/x"),  # a host is IDNA's and the guard's
        ("/caf\u00e9", "http://n.test/caf\u00e9"),  # non-ASCII: an IRI's, shown as written (sent escaped)
        ("/caf\u00c3\u00a9", "http://n.test/caf\u00e9"),  # UTF-8 bytes read as Latin-1: recovered, as before
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("/moved-\tstory", "http://n.test/moved-story"),  # a tab is dropped, as before (not escaped)
    ],
)
def test_urls_without_such_characters_are_left_as_they_are(location: str, target: str) -> None:
    assert _redirect_target("http://n.test/old", location) == target


def test_a_space_and_its_escape_are_one_url_to_the_loop_check() -> None:
    raw, escaped = _redirect_target("http://n.test/", "/a b"), _redirect_target("http://n.test/", "/a%20b")
    assert raw is not None
    assert escaped is not None
    assert _loop_key(raw) == _loop_key(escaped)


def test_a_target_with_a_space_is_asked_and_reported_escaped() -> None:
    answers = {
        "/old": [b"HTTP/1.1 302 Found\r\nLocation: /new page\r\nContent-Length: 0\r\n\r\n"],
        "/new%20page": [_page()],
        "/loop": [b"HTTP/1.1 302 Found\r\nLocation: /loop b\r\nContent-Length: 0\r\n\r\n"],
        "/loop%20b": [b"HTTP/1.1 302 Found\r\nLocation: /loop%20b\r\nContent-Length: 0\r\n\r\n"],
    }
    with (
        _Listener(lambda path: answers.get(path, [_page(status=b"404 Not Found")])) as site,
        Fetcher(_config(site.port)) as fetcher,
    ):
        moved = fetcher.fetch(f"http://127.0.0.1:{site.port}/old")
        loop = fetcher.fetch(f"http://127.0.0.1:{site.port}/loop")
    assert (moved.cause, moved.status_code) == (None, 200), moved.error
    assert moved.final_url == f"http://127.0.0.1:{site.port}/new%20page"
    assert moved.redirects[0].url == moved.final_url
    # "/loop b" and "/loop%20b" are one URL: the second 302 names the page it was read from
    assert loop.cause is Cause.REDIRECT_LOOP, loop.error
