"""A request's target with its %-escapes as written (:mod:`linkcheck.targets`), on small strings.

requests and urllib3 write every %-escape of a request's path and query in upper case; browsers send them as
written. What must hold: an escape keeps its own case, the characters that must be escaped are escaped as
before, and a URL differs on the wire from what requests sends in the case of its escapes and nothing else.
"""

from __future__ import annotations

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st
from requests_cache.cache_keys import create_key

from linkcheck.cache import cache_key
from linkcheck.config import Config
from linkcheck.connections import get_request
from linkcheck.fetch import _loop_key, _prepare_get, make_session
from linkcheck.targets import has_lower_escape, target_as_written, upper_escapes, with_escapes_as_written


def sent(url: str) -> str:
    """The URL the fetcher prepares for ``url`` (requests' preparation, escapes as written)."""
    prepared = requests.Request("GET", url).prepare()
    assert prepared.url is not None
    return with_escapes_as_written(url, prepared.url)


def target(url: str) -> str:
    """The request target (path and query) the fetcher sends for ``url``."""
    prepared = requests.PreparedRequest()
    prepared.prepare_url(sent(url), None)  # a prepared URL prepares to itself but for its escapes' case
    prepared.url = sent(url)
    return prepared.path_url


@pytest.mark.parametrize(
    ("url", "path_url"),
    [
        # lower-case escapes kept, as browsers send them (requests wrote caf%C3%A9)
        ("http://n.test/news/caf%c3%a9-reopens", "/news/caf%c3%a9-reopens"),
        # upper-case escapes kept: what requests sent already
        ("http://n.test/news/caf%C3%A9-reopens", "/news/caf%C3%A9-reopens"),
        # mixed case within one escape, and in one path
        ("http://n.test/a%2fb/c%2Fd/%c3%A9", "/a%2fb/c%2Fd/%c3%A9"),
        # a query's + and its escapes (%2B, %2b) are three different things to a server: all kept
        ("http://n.test/search?q=a+b%2Bc%2bd", "/search?q=a+b%2Bc%2bd"),
        # a space and non-ASCII escaped as requests escapes them (UTF-8, upper case), next to a kept escape
        ("http://n.test/a b/café/%e2%80%94", "/a%20b/caf%C3%A9/%e2%80%94"),
        # the fragment is never sent
        ("http://n.test/caf%c3%a9#comments", "/caf%c3%a9"),
        # escapes of unreserved characters are the characters, as requests (and the loop check) read them
        ("http://n.test/%7euser/%2f", "/~user/%2f"),
    ],
)
def test_the_request_target_keeps_each_escape_as_written(url: str, path_url: str) -> None:
    assert target(url) == path_url


def test_a_percent_that_begins_no_escape_leaves_the_url_as_requests_sends_it() -> None:
    # urllib3 escapes every % of such a component (%25): the URL is not valid as written, and goes as before
    for url in ("http://n.test/100%/caf%c3%a9", "http://n.test/a%2f?off=50%", "http://n.test/%zz%2f"):
        assert sent(url) == requests.Request("GET", url).prepare().url


def test_anything_else_requests_changes_stays_changed() -> None:
    # a dot segment removed: the escapes go as requests wrote them (upper case), the path is never the
    # unresolved one
    assert sent("http://n.test/a/../b%2f") == "http://n.test/b%2F"
    # the host in IDNA, the escapes as written
    assert sent("http://bücher.test/caf%c3%a9") == "http://xn--bcher-kva.test/caf%c3%a9"
    # credentials stay as requests wrote them; only the path and the query are touched
    assert sent("http://u:p%2fw@n.test/a%2f") == "http://u:p%2Fw@n.test/a%2f"


def test_a_url_without_lower_case_escapes_is_what_requests_prepared() -> None:
    for url in ("http://n.test/a b", "http://n.test/caf%C3%A9?q=%2B", "http://n.test/plain"):
        prepared = requests.Request("GET", url).prepare().url
        assert prepared is not None
        assert with_escapes_as_written(url, prepared) is prepared


#: Characters of a path or query a cited URL or a Location may hold, escapes of both cases among them.
_PIECES = st.sampled_from(
    [
        *("a", "Z", "0", "-", "~", "/", "+", "=", "&", ";", ":", "@", " ", "é", "—", '"', "%", "?", "|"),
        *("%2f", "%2F", "%c3%a9", "%C3%A9", "%7e", "%41", "%25", "%zz", "[", "."),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_only_the_case_of_escapes_differs_from_what_requests_sends(rest: str) -> None:
    url = "http://n.test/" + rest
    prepared = requests.Request("GET", url).prepare().url
    assert prepared is not None
    ours = with_escapes_as_written(url, prepared)
    assert upper_escapes(ours) == upper_escapes(prepared)
    assert not has_lower_escape(prepared)  # requests writes them all in upper case


@pytest.mark.parametrize(
    ("text", "lower"),
    [
        *(("/caf%c3%a9", True), ("/a%2fb", True), ("/%Ab", True)),
        *(("/caf%C3%A9", False), ("/100%", False), ("/%zz", False), ("/plain", False), ("/%aZ", False)),
    ],
)
def test_lower_case_escapes_are_found(text: str, lower: bool) -> None:
    assert has_lower_escape(text) is lower


def test_the_pool_s_upper_cased_target_is_put_back_as_written() -> None:
    # urllib3's connection pool upper-cases the target it is given: the written one goes instead
    assert target_as_written("/caf%C3%A9?q=%2B", "/caf%c3%a9?q=%2b") == "/caf%c3%a9?q=%2b"
    # a target the pool changed otherwise (a proxy's absolute form), or no target to put back: the pool's
    assert target_as_written("http://n.test/caf%C3%A9", "/caf%c3%a9") == "http://n.test/caf%C3%A9"
    assert target_as_written("/other", "/caf%c3%a9") == "/other"
    assert target_as_written("/caf%C3%A9", None) == "/caf%C3%A9"


def test_the_request_line_carries_the_escapes_as_written() -> None:
    session = make_session(Config())
    try:
        prepared = _prepare_get(session, "http://n.test/news/caf%c3%a9?q=%2b#top", {})
        line = get_request(prepared).data.split(b"\r\n", 1)[0]
    finally:
        session.close()
    assert line == b"GET /news/caf%c3%a9?q=%2b HTTP/1.1"


def test_spellings_that_differ_in_case_are_two_urls_to_the_loop_check() -> None:
    assert _loop_key("http://n.test/caf%c3%a9") != _loop_key("http://n.test/caf%C3%A9")
    assert _loop_key("http://n.test/caf%c3%a9#x") == _loop_key("http://n.test/caf%c3%a9")
    # an unreserved character's escape is the character, in either case: sent so, compared so
    assert _loop_key("http://n.test/%7euser") == _loop_key("http://n.test/%7Euser") == "http://n.test/~user"


def test_the_cache_keeps_two_spellings_apart_and_every_other_key_as_it_was() -> None:
    lower = requests.Request("GET", "http://n.test/caf%C3%A9").prepare()
    lower.url = "http://n.test/caf%c3%a9"
    upper = requests.Request("GET", "http://n.test/caf%C3%A9").prepare()
    assert cache_key(lower) != cache_key(upper)
    assert cache_key(upper) == create_key(upper)  # a cache written before still serves such URLs
    plain = requests.Request("GET", "http://n.test/story?id=1").prepare()
    assert cache_key(plain) == create_key(plain)
