"""The fifteenth hostile round's rules, on small answers and strings: what each must change and what it must
leave alone.

- a page in a content coding nobody decoded (``x-custom``, or a compression urllib3 lacks) whose bytes are no
  text is an error naming the coding; plainly text under such a label is the page, as before
  (``fetch.coding_over_no_page``, ``fetch.unapplied_codings``; the cache stores neither);
- an HTTP/2 frame where the status line should be (a prior-knowledge-only h2 server) is said to be HTTP/2
  (``fetch.is_h2_frame``);
- a host label in punycode that decodes to no name (``xn--a``: U+0080) is no URL, as browsers read it, not a
  name sent to the resolver (``fetch._bad_punycode``);
- the cookies of an answer the cache replays (no http.client message under it) are stored as a live
  answer's are, joined ``Set-Cookie`` lines split again (``fetch._cookie_message``).
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
from collections.abc import Iterator

import pytest
import requests
import urllib3
from urllib3._collections import HTTPHeaderDict

from linkcheck.config import Config
from linkcheck.fetch import (
    Fetcher,
    _bad_punycode,
    _cookie_message,
    _plain_origin,
    _redirect_target,
    _store_cookies,
    coding_over_no_page,
    is_h2_frame,
    unapplied_codings,
)
from linkcheck.models import Cause
from tests.test_hostile import _Listener, _page

_HTML = b"<!doctype html><html><head><title>Harbour notes</title></head><body><p>Ferries.</p></body></html>"
_SCRAMBLED = bytes(b ^ 0x5A for b in _HTML)

# --- an unknown coding over bytes that are no text ---------------------------------------------------------


@pytest.mark.parametrize(
    ("coding", "named"),
    [("x-custom", "x-custom"), ("x-Custom", "x-custom"), ("compress", "compress"), ("gzip, x-rot", "x-rot")],
)
def test_a_coding_nobody_decoded_over_binary_bytes_is_named(coding: str, named: str) -> None:
    headers = {"content-encoding": coding, "content-type": "text/html; charset=utf-8"}
    problem = coding_over_no_page(headers, _SCRAMBLED)
    assert problem is not None
    assert f"Content-Encoding {coding!r}".lower() in problem.lower()
    assert repr(named) in problem


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        (
            {"content-encoding": "x-evil", "content-type": "text/html"},
            _HTML,
        ),  # plainly a page: browsers show it
        ({"content-encoding": "none", "content-type": ""}, _HTML),
        ({"content-encoding": "identity", "content-type": "text/html"}, _SCRAMBLED),  # no coding at all
        ({"content-encoding": "gzip", "content-type": "text/html"}, _SCRAMBLED),  # urllib3 decoded it
        ({"content-encoding": "x-custom", "content-type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(40)),
        (
            {"content-encoding": "none", "content-type": "text/html"},
            b"\xff\xfe" + "<html>".encode("utf-16-le"),
        ),
        ({"content-encoding": "x-custom", "content-type": "text/html"}, b""),
        ({"content-type": "text/html"}, _SCRAMBLED),  # no coding named: the page as it is
        ({"content-encoding": "x-custom", "content-type": "text/html"}, b"\tTabs,\fform feeds\x1b[0m"),
    ],
)
def test_text_under_an_odd_label_and_files_are_left_alone(headers: dict[str, str], body: bytes) -> None:
    assert coding_over_no_page(headers, body) is None


def test_the_codings_left_unapplied_are_those_urllib3_does_not_decode() -> None:
    assert unapplied_codings("x-custom") == ["x-custom"]
    assert unapplied_codings("gzip, X-Custom , identity") == ["x-custom"]
    assert unapplied_codings("GZIP") == []
    assert unapplied_codings("identity") == []
    assert unapplied_codings("deflate, x-gzip") == []


def test_a_page_in_an_unknown_coding_is_an_error_and_plain_text_under_it_is_read() -> None:
    def answer(body: bytes) -> bytes:
        return b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: x-custom\r\n" + (
            b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
        )

    answers = {"/scrambled": [answer(_SCRAMBLED)], "/plain": [answer(_HTML)]}
    with (
        _Listener(lambda path: answers.get(path, [_page(status=b"404 Not Found")])) as site,
        Fetcher(_config(site.port)) as fetcher,
    ):
        scrambled = fetcher.fetch(f"http://127.0.0.1:{site.port}/scrambled")
        plain = fetcher.fetch(f"http://127.0.0.1:{site.port}/plain")
    assert (scrambled.cause, scrambled.status_code, scrambled.body) == (Cause.PROTOCOL, 200, b"")
    assert "Content-Encoding 'x-custom'" in (scrambled.error or ""), scrambled.error
    assert (plain.cause, plain.status_code, plain.body) == (None, 200, _HTML)


# --- an HTTP/2 frame where a status line should be ---------------------------------------------------------

_SETTINGS = b"\x00\x00\x0c\x04\x00\x00\x00\x00\x00" + b"\x00\x03\x00\x00\x00\x64\x00\x04\x00\x00\xff\xff"
_GOAWAY = b"\x00\x00\x08\x07\x00\x00\x00\x00\x00" + bytes(7) + b"\x01"


@pytest.mark.parametrize(
    "first",
    [_SETTINGS, b"\x00\x00\x00\x04\x00\x00\x00\x00\x00", b"\x00\x00\x00\x04\x01\x00\x00\x00\x00", _GOAWAY],
    ids=["settings", "empty-settings", "settings-ack", "goaway"],
)
def test_a_server_frame_of_http2_is_recognised(first: bytes) -> None:
    assert is_h2_frame(first.decode("latin-1"))


@pytest.mark.parametrize(
    "first",
    [
        b"HTTP/1.1 200 OK",
        b"<html><title>Old</title>",  # HTTP/0.9
        b"\x15\x03\x01\x00\x02\x02\x32",  # a TLS alert
        b"\x00\x00\x0c\x04\x00\x00\x00\x00\x01" + bytes(12),  # SETTINGS on stream 1: no such frame
        b"\x00\x00\x07\x04\x00\x00\x00\x00\x00" + bytes(7),  # a setting is 6 bytes
        b"\x00\x00\x06\x04\x08\x00\x00\x00\x00" + bytes(6),  # a flag SETTINGS does not have
        b"\x00\x00\x04\x07\x00\x00\x00\x00\x00" + bytes(4),  # GOAWAY shorter than its two fields
        b"\x00\x00\x08\x06\x00\x00\x00\x00\x00" + bytes(8),  # PING: a client's to send first, not a server's
        b"\x00\x00\x0c",  # too short for a frame header
    ],
)
def test_other_first_bytes_are_no_http2_frame(first: bytes) -> None:
    assert not is_h2_frame(first.decode("latin-1"))


@contextlib.contextmanager
def _closing(answers: dict[str, bytes]) -> Iterator[int]:
    """A listener on 127.0.0.1 that reads one request a connection, sends ``answers[path]`` and closes (as an
    HTTP/2 server does after its GOAWAY); its port."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                head = b""
                while b"\r\n\r\n" not in head and len(head) < 65536:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    head += chunk
                if head:
                    conn.sendall(answers.get(head.split(b" ")[1].decode("latin-1"), b""))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def test_an_http2_answer_is_reported_as_http2_and_a_plain_09_answer_is_not() -> None:
    answers = {"/h2": _SETTINGS + _GOAWAY, "/old": b"<html><title>Old</title></html>\n"}
    with _closing(answers) as port, Fetcher(_config(port)) as fetcher:
        h2 = fetcher.fetch(f"http://127.0.0.1:{port}/h2")
        old = fetcher.fetch(f"http://127.0.0.1:{port}/old")
    assert h2.cause is Cause.PROTOCOL
    assert "answered in HTTP/2" in (h2.error or ""), h2.error
    assert old.cause is Cause.PROTOCOL
    assert "without a status line" in (old.error or ""), old.error
    assert "HTTP/2" not in (old.error or ""), old.error


# --- a punycode label that decodes to no name --------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    ["xn--a.example", "news.xn--abc.example", "xn--zz.example", "xn--.example", "xn--news-.example"],
    ids=["U+0080", "C1-controls", "no-punycode", "empty", "ascii-only"],
)
def test_a_punycode_label_that_is_no_name_is_no_url(host: str) -> None:
    assert _bad_punycode(host) is not None
    assert _redirect_target("http://n.test/old", f"http://{host}/story") is None
    assert _plain_origin(f"http://{host}/story") is None  # the fast path does not take it either
    problem = Fetcher._url_problem(f"http://{host}/story")
    assert problem is not None
    assert problem[0] is Cause.INVALID_URL


@pytest.mark.parametrize(
    "host",
    ["xn--b1amnebsh.localhost", "xn--ls8h.example", "xn--80ak6aa92e.com", "news.example", "boxn--a.example"],
    ids=["cyrillic", "emoji", "russian-idn", "ascii", "xn-inside-a-label"],
)
def test_names_in_punycode_and_plain_names_are_left_alone(host: str) -> None:
    assert _bad_punycode(host) is None
    assert _redirect_target("http://n.test/old", f"http://{host}/story") == f"http://{host}/story"
    assert Fetcher._url_problem(f"http://{host}/story") is None


# --- the cookies of an answer the cache replays ------------------------------------------------------------


def _replayed(headers: HTTPHeaderDict) -> urllib3.HTTPResponse:
    """An answer as the cache hands it over: headers, a body, no http.client message under it."""
    return urllib3.HTTPResponse(body=b"", headers=headers, status=301, preload_content=False)


def _stored(raw: object, url: str = "http://n.test/old") -> dict[str, str]:
    jar = requests.cookies.RequestsCookieJar()
    _store_cookies(jar, requests.Request("GET", url).prepare(), raw)
    return {cookie.name: cookie.value or "" for cookie in jar}


def test_cookies_of_a_replayed_answer_are_stored() -> None:
    lines = HTTPHeaderDict()
    lines.add("Set-Cookie", "session=s1; Path=/")
    lines.add("Set-Cookie", "region=eu; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Path=/")
    assert _stored(_replayed(lines)) == {"session": "s1", "region": "eu"}


def test_set_cookie_lines_a_cache_joined_are_split_at_the_next_cookie_only() -> None:
    joined = HTTPHeaderDict({"Set-Cookie": "a=1; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Path=/, b=2; Path=/"})
    message = _cookie_message(_replayed(joined))
    assert message is not None
    assert message.get_all("Set-Cookie") == [
        "a=1; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Path=/",
        "b=2; Path=/",
    ]
    assert _stored(_replayed(joined)) == {"a": "1", "b": "2"}


def test_a_live_answer_keeps_http_clients_message_and_a_mock_without_headers_stores_nothing() -> None:
    class Live:
        _original_response = type("Answer", (), {"msg": http.client.HTTPMessage()})()

    Live._original_response.msg["Set-Cookie"] = "kept=1, odd=2"  # as http.client read it: one line, unsplit
    message = _cookie_message(Live())
    assert message is Live._original_response.msg
    assert message.get_all("Set-Cookie") == ["kept=1, odd=2"]
    assert _cookie_message(object()) is None
    assert _stored(object()) == {}


def test_a_replayed_answer_without_set_cookie_stores_nothing() -> None:
    assert _stored(_replayed(HTTPHeaderDict({"Location": "/new", "Content-Length": "0"}))) == {}


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
