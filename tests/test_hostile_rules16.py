"""The sixteenth hostile round's rules, each on small answers and strings, with what it leaves alone:

- a ``Content-Encoding`` list decoded as RFC 9110 lists it (``fetch.decodable_codings``,
  ``fetch.decode_as_listed``): ``identity`` and empty elements are no codings, and only the known codings
  applied after an unknown one are decoded (urllib3 decoded each element it does not know as ``deflate``);
- an HTTP/2 frame where a status line should be is told at once (``headers.Response._read_status``): a
  server that sends its SETTINGS and then waits ends no line, and was a read timeout;
- a status of three digits outside 100-599 is processed as a 5xx (RFC 9110 15): retried as a ``500``, and
  ``099``, which ``http.client`` refuses, read (``headers._below_100``, ``fetch._with_retry_after``); one
  with a meaning of its own in the wild (LinkedIn's ``999``) stays what it was;
- the bytes of a ``Location`` that are no UTF-8 are sent %-escaped as they came
  (``fetch._location_bytes_escaped``): ``caf\\xe9`` was read as ``é`` and sent as UTF-8's ``%C3%A9``.
"""

from __future__ import annotations

import gzip
import http.client

import pytest

from linkcheck.config import Config
from linkcheck.fetch import Fetcher, _location_bytes_escaped, decodable_codings
from linkcheck.headers import _below_100
from linkcheck.models import Cause
from tests.test_hostile import _Listener, _page

_HTML = b"<!doctype html><html><head><title>Harbour notes</title></head><body><p>Ferries.</p></body></html>"
_SCRAMBLED = bytes(b ^ 0x5A for b in gzip.compress(_HTML))


def _config(port: int, retries: int = 0) -> Config:
    return Config(
        allow_hosts=(f"127.0.0.1:{port}",),
        deadline=3.0,
        connect_timeout=1.0,
        read_timeout=1.0,
        retries=retries,
        backoff_base=0.01,
        backoff_max=0.05,
    )


def _coded(coding: bytes, body: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: %s\r\nContent-Length: %d\r\n\r\n%s"
        % (
            coding,
            len(body),
            body,
        )
    )


# --- a coding list read as RFC 9110 lists it -------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "codings"),
    [
        ("identity, gzip", ["gzip"]),
        ("gzip,", ["gzip"]),
        (" , deflate, , GZIP", ["deflate", "gzip"]),
        ("gzip, Identity", ["gzip"]),
        ("gzip, x-custom", []),  # the unknown coding was applied last: nothing under it can be decoded
        ("x-custom, gzip", ["gzip"]),  # gzip applied after it: decoded, x-custom left on the bytes
        ("gzip, x-custom, deflate", ["deflate"]),
    ],
)
def test_a_coding_list_is_decoded_as_rfc_9110_lists_it(content: str, codings: list[str]) -> None:
    assert decodable_codings(content) == codings


@pytest.mark.parametrize("content", ["gzip, gzip", "deflate, gzip", "x-gzip", "GZIP", "gzip , deflate"])
def test_a_list_urllib3_reads_right_is_left_to_it(content: str) -> None:
    assert decodable_codings(content) is None


def test_pages_under_odd_coding_lists_are_read_and_an_unknown_outer_coding_is_named() -> None:
    answers = {
        "/identity": [_coded(b"identity, gzip", gzip.compress(_HTML))],
        "/comma": [_coded(b"gzip,", gzip.compress(_HTML))],
        "/outer-unknown": [_coded(b"gzip, x-custom", _SCRAMBLED)],
        # left alone: a label over text after the coding that was applied last (browsers show such text), and
        # two known codings (urllib3's own reading)
        "/inner-label": [_coded(b"x-custom, gzip", gzip.compress(_HTML))],
        "/twice": [_coded(b"gzip, gzip", gzip.compress(gzip.compress(_HTML)))],
    }
    with (
        _Listener(lambda path: answers.get(path, [_page(status=b"404 Not Found")])) as site,
        Fetcher(_config(site.port)) as fetcher,
    ):
        got = {path: fetcher.fetch(f"http://127.0.0.1:{site.port}{path}") for path in answers}
    for path in ("/identity", "/comma", "/inner-label", "/twice"):
        assert (got[path].cause, got[path].body) == (None, _HTML), (path, got[path].error)
    unknown = got["/outer-unknown"]
    assert (unknown.cause, unknown.status_code, unknown.body) == (Cause.PROTOCOL, 200, b"")
    assert "('x-custom')" in (unknown.error or ""), unknown.error
    assert "deflate" not in (unknown.error or ""), unknown.error


# --- an HTTP/2 frame, then silence -------------------------------------------------------------------------

_SETTINGS = b"\x00\x00\x0c\x04\x00\x00\x00\x00\x00" + b"\x00\x03\x00\x00\x00\x64\x00\x04\x00\x00\xff\xff"


def test_an_http2_settings_frame_held_open_is_told_at_once() -> None:
    # the listener sends the frame and keeps the connection open, waiting for another request
    answers = {
        "/h2": [_SETTINGS],
        # left alone: bytes that are no frame (a frame on stream 1; an HTTP/0.9 line never ended) still wait
        # for their line end, and time out
        "/stream-1": [b"\x00\x00\x0c\x04\x00\x00\x00\x00\x01" + bytes(12)],
        "/no-line-end": [b"<html><title>Old"],
    }
    with (
        _Listener(lambda path: answers.get(path, [_page(status=b"404 Not Found")])) as site,
        Fetcher(_config(site.port)) as fetcher,
    ):
        got = {path: fetcher.fetch(f"http://127.0.0.1:{site.port}{path}") for path in answers}
    h2 = got["/h2"]
    assert (h2.cause, h2.answer_timed_out) == (Cause.PROTOCOL, False), h2.error
    assert "answered in HTTP/2" in (h2.error or ""), h2.error
    for path in ("/stream-1", "/no-line-end"):
        assert (got[path].cause, got[path].answer_timed_out) == (Cause.TIMEOUT, True), (path, got[path].error)


# --- a status outside 100-599 ----------------------------------------------------------------------------


def _raises(line: str) -> object:
    def read_status() -> tuple[str, int, str]:
        raise http.client.BadStatusLine(line)

    return read_status


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("HTTP/1.1 099 Low\r\n", ("HTTP/1.1", 99, "Low")),
        ("HTTP/1.0 000\r\n", ("HTTP/1.0", 0, "")),
        ("HTTP/1.1 042  Odd  \r\n", ("HTTP/1.1", 42, "Odd")),
    ],
)
def test_a_status_of_three_digits_below_100_is_read(line: str, read: tuple[str, int, str]) -> None:
    assert _below_100(_raises(line)) == read


@pytest.mark.parametrize(
    "line",
    [
        "HTTP/1.1 0 OK\r\n",
        "HTTP/1.1 99 OK\r\n",
        "HTTP/1.1 0999 OK\r\n",
        "HTTP/1.1 2OO OK\r\n",
        "HTTP/2 099 x",
    ],
)
def test_other_bad_status_lines_are_still_refused(line: str) -> None:
    with pytest.raises(http.client.BadStatusLine):
        _below_100(_raises(line))


def test_a_status_outside_100_to_599_is_retried_as_a_5xx() -> None:
    answers = {
        "/600": [_page(status=b"600 High")],
        "/099": [_page(status=b"099 Low")],
        # left alone: a 5xx outside the retried set (its status is the answer, as before), a code with a
        # meaning of its own in the wild (LinkedIn's 999, a bot's refusal), a 2xx no registry lists, and one
        # digit (no status code)
        "/599": [_page(status=b"599 Odd")],
        "/999": [_page(status=b"999 Request denied")],
        "/299": [_page(status=b"299 Odd")],
        "/0": [_page(status=b"0 OK")],
    }
    with (
        _Listener(lambda path: answers.get(path, [_page(status=b"404 Not Found")])) as site,
        Fetcher(_config(site.port, retries=1)) as fetcher,
    ):
        got = {path: fetcher.fetch(f"http://127.0.0.1:{site.port}{path}") for path in answers}
    for path, status in (("/600", 600), ("/099", 99)):
        result = got[path]
        assert (result.cause, result.status_code, result.attempts) == (Cause.SERVER_ERROR, status, 2), result
        assert f"server error {status}" in (result.error or ""), result.error
    assert (got["/599"].cause, got["/599"].status_code, got["/599"].attempts) == (None, 599, 1)
    assert (got["/999"].cause, got["/999"].status_code, got["/999"].attempts) == (None, 999, 1)
    assert (got["/299"].cause, got["/299"].status_code, got["/299"].attempts) == (None, 299, 1)
    assert (got["/0"].cause, got["/0"].status_code) == (Cause.PROTOCOL, None)


# --- a Location's bytes that are no UTF-8 -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("location", "sent"),
    [
        ("/caf\xe9", "/caf%E9"),
        ("/a\xe9b?q=\xfc\xdf#\xe0", "/a%E9b?q=%FC%DF#%E0"),
        ("/caf\xc3\xa9 \xe9", "/caf%C3%A9 %E9"),  # bytes that are no UTF-8 as a whole: each sent as it came
    ],
)
def test_location_bytes_that_are_no_utf8_are_escaped_as_they_came(location: str, sent: str) -> None:
    assert _location_bytes_escaped(location) == sent


@pytest.mark.parametrize(
    "location",
    [
        "/2020/01/09/moved-story",
        "/caf\xc3\xa9",  # UTF-8 bytes: read as UTF-8 by _redirect_target, as before
        "/\u043d\u043e\u0432\u043e\u0441\u0442\u0438",  # characters beyond Latin-1: no header's bytes
        "/already%E9",
    ],
)
def test_other_locations_are_left_alone(location: str) -> None:
    assert _location_bytes_escaped(location) == location


def test_a_latin1_location_reaches_the_page_it_names() -> None:
    answers = {
        "/old": [
            b"HTTP/1.1 301 Moved Permanently\r\nLocation: /caf\xe9\r\nContent-Length: 0\r\n\r\n",
        ],
        "/utf8": [
            b"HTTP/1.1 301 Moved Permanently\r\nLocation: /caf\xc3\xa9\r\nContent-Length: 0\r\n\r\n",
        ],
        "/caf%E9": [_page(_HTML)],
        "/caf%C3%A9": [_page(_HTML)],
    }
    with (
        _Listener(lambda path: answers.get(path, [_page(status=b"404 Not Found")])) as site,
        Fetcher(_config(site.port)) as fetcher,
    ):
        latin1 = fetcher.fetch(f"http://127.0.0.1:{site.port}/old")
        utf8 = fetcher.fetch(f"http://127.0.0.1:{site.port}/utf8")
        asked = [head.split(b" ")[1] for head in site.requests]
    assert (latin1.cause, latin1.status_code, latin1.body) == (None, 200, _HTML), latin1.error
    assert latin1.final_url.endswith("/caf%E9"), latin1.final_url
    assert (utf8.cause, utf8.status_code) == (None, 200), utf8.error
    assert asked == [b"/old", b"/caf%E9", b"/utf8", b"/caf%C3%A9"], asked
