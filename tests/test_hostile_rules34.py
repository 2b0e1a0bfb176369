"""The thirty-fourth hostile round's rules, on small strings and byte strings, with what each leaves alone:

- a body whose ``Transfer-Encoding`` lists ``chunked`` twice and which, dechunked once, is still a chunked
  stream had the coding applied twice (RFC 9112 6.1 forbids it): not the page (``fetch.chunked_twice``;
  ``/te-chunked-twice`` was read as the page, size lines in its title);
- a ``<meta http-equiv=refresh>`` (or a ``<base>``) inside a ``<template>`` is inert markup: no redirect
  (``fetch._inside_template``; ``/meta-refresh-in-template`` was followed to the metadata address and
  refused);
- a PHP framework's "Whoops, looks like something went wrong." page and the Windows kernel HTTP server's
  "HTTP Error 503. The service is unavailable." page served 200 are the server's failure, not the page
  (``classify.server_error_page``; ``/laravel-whoops-200`` and ``/httpsys-503-200`` were ``ok``);
- an empty query (``/story?``) is kept in a redirect's target and in the request sent for it, as the URL
  Standard keeps it (``targets.with_empty_query``, ``targets.request_target``; ``/query-empty-mark`` was a
  redirect loop).
"""

from __future__ import annotations

import pytest

from linkcheck.classify import classify_fetch, server_error_page
from linkcheck.config import Config
from linkcheck.connections import get_request
from linkcheck.fetch import (
    GuardedAdapter,
    _inside_template,
    _prepare_get,
    _redirect_target,
    _refresh,
    chunked_repeated,
    chunked_twice,
    make_session,
)
from linkcheck.models import Cause, FetchResult, Status
from linkcheck.targets import request_target, with_empty_query

_URL = "https://harbour-gazette.org/2020/01/09/ferry-timetable"

_STORY = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Ferry timetable changes</title></head>"
    b"<body><h1>Ferry timetable changes</h1><p>The ferry runs five times a day from Monday.</p></body></html>"
)


def _chunked(body: bytes, size: int) -> bytes:
    parts = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"


def _answer(body: bytes, code: int = 200, content_type: str = "text/html; charset=utf-8") -> FetchResult:
    return FetchResult(
        url=_URL, final_url=_URL, status_code=code, body=body, headers={"content-type": content_type}
    )


# --- the chunked coding applied twice -----------------------------------------------------------------------


@pytest.mark.parametrize("listed", ["chunked, chunked", "Chunked,chunked", "chunked , CHUNKED"])
def test_a_body_still_chunked_under_chunked_listed_twice_is_no_page(listed: str) -> None:
    # what a client that undid the coding once holds: the page's chunk framing
    once = _chunked(_STORY, 64)
    said = chunked_twice({"transfer-encoding": listed}, once)
    assert said is not None
    assert "chunked transfer coding applied 2 times" in said
    assert "RFC 9112" in said


def test_chunk_extensions_and_lf_line_ends_are_framing_too() -> None:
    once = b"40;name=v\n" + _STORY[:64] + b"\n0\n\n"
    assert chunked_twice({"transfer-encoding": "chunked, chunked"}, once) is not None


@pytest.mark.parametrize(
    ("listed", "body"),
    [
        ("chunked, chunked", _STORY),  # two header lines each saying chunked over a body chunked once
        ("chunked", _chunked(_STORY, 64)),  # chunked once: a body that holds chunk framing is its own text
        ("chunked, chunked", _chunked(_STORY, 64)[:-5]),  # cut short: no last chunk at its end
        ("gzip, chunked", _chunked(_STORY, 64)),  # another coding (undecodable_coding's)
        ("chunked, chunked", b"Page 40\r\n" + _STORY + b"\n0\r\n\r\n"),  # no size line at its start
        ("xchunked, chunked", _chunked(_STORY, 64)),  # chunked listed once
    ],
)
def test_chunked_twice_leaves_alone(listed: str, body: bytes) -> None:
    assert chunked_twice({"transfer-encoding": listed}, body) is None


def test_no_transfer_encoding_is_left_alone() -> None:
    assert chunked_twice({}, _chunked(_STORY, 64)) is None


def test_chunked_repeated_counts_a_repeat_only() -> None:
    # what the cache asks before storing an answer (a stored copy loses its Transfer-Encoding)
    assert chunked_repeated("chunked, chunked") == 2
    assert chunked_repeated("Chunked , CHUNKED,chunked") == 3
    assert chunked_repeated("chunked") == 0
    assert chunked_repeated("xchunked, chunked") == 0
    assert chunked_repeated("gzip, chunked") == 0
    assert chunked_repeated(None) == 0


# --- a meta refresh inside a template -----------------------------------------------------------------------

_REFRESH = b'<meta http-equiv="refresh" content="0; url=http://169.254.169.254/latest/meta-data/">'


def _page(head: bytes) -> bytes:
    return (
        b"<!DOCTYPE html><html><head><title>Lighthouse</title>"
        + head
        + b"</head><body><p>x</p></body></html>"
    )


@pytest.mark.parametrize(
    "head",
    [
        b"<template id=offer>" + _REFRESH + b"</template>",
        b"<TEMPLATE>" + _REFRESH + b"</TEMPLATE>",
        b"<template\n  data-x=1>" + _REFRESH,  # never closed: the rest of the page is its content
        b"<template><p>offer</p><div>" + _REFRESH + b"</div></template>",
    ],
)
def test_a_meta_refresh_inside_a_template_moves_nothing(head: bytes) -> None:
    assert _refresh(_URL, 200, {"content-type": "text/html"}, _page(head)) is None


@pytest.mark.parametrize(
    "head",
    [
        _REFRESH,  # a refresh of the page's own head
        b"<template><p>offer</p></template>" + _REFRESH,  # after the template's end
        b"<templates>" + _REFRESH,  # another element's name
        b"<template-card>" + _REFRESH,  # a custom element's
    ],
)
def test_a_meta_refresh_outside_a_template_is_followed(head: bytes) -> None:
    assert _refresh(_URL, 200, {"content-type": "text/html"}, _page(head)) == (
        "http://169.254.169.254/latest/meta-data/"
    )


def test_inside_template_on_small_strings() -> None:
    lower = b"<head><template><meta></template><meta>"
    assert _inside_template(lower, lower.index(b"<meta"))
    assert not _inside_template(lower, lower.rindex(b"<meta"))
    assert not _inside_template(b"<head><meta>", 6)


# --- a framework's and a kernel HTTP server's error pages on a 200 ------------------------------------------

_WHOOPS = (
    b'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="UTF-8" />\n<title>Whoops, looks like something went'
    b' wrong.</title>\n</head>\n<body>\n<div class="title">Whoops, looks like something went wrong.</div>\n'
    b"</body>\n</html>\n"
)
_HTTPSYS_503 = (
    b"<HTML><HEAD><TITLE>Service Unavailable</TITLE></HEAD>\r\n<BODY><h2>Service Unavailable</h2>\r\n"
    b"<hr><p>HTTP Error 503. The service is unavailable.</p>\r\n</BODY></HTML>\r\n"
)


@pytest.mark.parametrize(("body", "words"), [(_WHOOPS, "went wrong"), (_HTTPSYS_503, "503")])
def test_the_server_pages_are_named(body: bytes, words: str) -> None:
    what = server_error_page(body)
    assert what is not None
    assert words in what


@pytest.mark.parametrize("body", [_WHOOPS, _HTTPSYS_503])
def test_the_server_pages_on_a_200_are_errors(body: bytes) -> None:
    verdict = classify_fetch(_answer(body))
    assert (verdict.status, verdict.cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "try again later" in verdict.reason


@pytest.mark.parametrize(
    "body",
    [
        # a guide that quotes the framework's words in its text
        b"<html><head><title>Debugging Laravel</title></head><body><p>If you see 'Whoops, looks like"
        b" something went wrong.' in production, turn on the log.</p></body></html>",
        # the markup quoted escaped
        b"<pre>&lt;title&gt;Whoops, looks like something went wrong.&lt;/title&gt;</pre>",
        # the kernel server's 404 page, another status than a server failure
        b"<HTML><HEAD><TITLE>Not Found</TITLE></HEAD><BODY><h2>Not Found</h2><hr><p>HTTP Error 404. The"
        b" requested resource is not found.</p></BODY></HTML>",
        # a page past the small answers' size
        _WHOOPS + b" " * 8_192,
        _HTTPSYS_503 + b" " * 8_192,
    ],
)
def test_the_server_pages_leave_alone(body: bytes) -> None:
    assert server_error_page(body) is None


def test_the_503_page_with_its_own_status_is_the_status_rules() -> None:
    verdict = classify_fetch(_answer(_HTTPSYS_503, 503))
    assert verdict.status is Status.ERROR
    assert "the page is" not in verdict.reason  # the status says it; no page rule was asked


def test_a_story_is_left_alone() -> None:
    assert classify_fetch(_answer(_STORY)).status is Status.OK


# --- an empty query -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "joined", "kept"),
    [
        ("/story?", "http://h.test/story", "http://h.test/story?"),
        ("http://h.test/story?", "http://h.test/story", "http://h.test/story?"),
        ("?", "http://h.test/a?b=1", "http://h.test/a?"),  # urljoin kept the base's query
        ("/story?#top", "http://h.test/story#top", "http://h.test/story?#top"),
    ],
)
def test_an_empty_query_is_put_back(written: str, joined: str, kept: str) -> None:
    assert with_empty_query(written, joined) == kept


@pytest.mark.parametrize(
    ("written", "joined"),
    [
        ("/story", "http://h.test/story"),  # no query
        ("/story?a=1", "http://h.test/story?a=1"),  # a query that is not empty
        ("/story??", "http://h.test/story??"),  # the query '?'
        ("/story#where?", "http://h.test/story#where?"),  # a '?' of the fragment
    ],
)
def test_with_empty_query_leaves_alone(written: str, joined: str) -> None:
    assert with_empty_query(written, joined) == joined


def test_a_redirect_to_the_path_with_an_empty_query_keeps_it() -> None:
    assert _redirect_target("http://h.test/story", "/story?") == "http://h.test/story?"
    assert _redirect_target("http://h.test/story?a=1", "?") == "http://h.test/story?"
    assert _redirect_target("http://h.test/story", "/story?a=1") == "http://h.test/story?a=1"
    assert _redirect_target("http://h.test/story?", "/story") == "http://h.test/story"


def test_the_request_for_an_empty_query_sends_the_mark() -> None:
    assert request_target("http://h.test/story?", "/story") == "/story?"
    assert request_target("http://h.test/story?#top", "/story") == "/story?"
    assert request_target("http://h.test/story", "/story") == "/story"
    assert request_target("http://h.test/story?a=1", "/story?a=1") == "/story?a=1"
    assert request_target("http://h.test/story#a?", "/story") == "/story"


@pytest.mark.parametrize("trust_env", [False, True])  # the short way, and Session.prepare_request's
def test_the_prepared_url_and_its_request_line_keep_the_mark(trust_env: bool) -> None:
    session = make_session(Config())
    session.trust_env = trust_env
    prepared = _prepare_get(session, "http://127.0.0.1:8080/story?", {})
    assert prepared.url == "http://127.0.0.1:8080/story?"
    assert get_request(prepared).data.startswith(b"GET /story? HTTP/1.1\r\n")
    plain = _prepare_get(session, "http://127.0.0.1:8080/story", {})
    assert get_request(plain).data.startswith(b"GET /story HTTP/1.1\r\n")


def test_the_adapters_target_keeps_the_mark() -> None:
    adapter = GuardedAdapter()
    for url, target in [
        ("http://127.0.0.1:8080/story?", "/story?"),
        ("http://127.0.0.1:8080/story", "/story"),
        ("http://127.0.0.1:8080/story?a=1", "/story?a=1"),
    ]:
        prepared = _prepare_get(make_session(Config()), url, {})
        assert adapter.request_url(prepared, {}) == target
    adapter.close()


def test_the_cache_keys_an_empty_query_apart() -> None:
    from linkcheck.cache import cache_key

    plain = _prepare_get(make_session(Config()), "http://127.0.0.1:8080/story", {})
    empty = _prepare_get(make_session(Config()), "http://127.0.0.1:8080/story?", {})
    again = _prepare_get(make_session(Config()), "http://127.0.0.1:8080/story", {})
    assert cache_key(plain) != cache_key(empty)
    assert cache_key(plain) == cache_key(again)  # every other URL keeps its key
