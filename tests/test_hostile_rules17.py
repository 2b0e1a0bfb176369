"""The seventeenth hostile round's rules, each on small answers and strings, with what it leaves alone:

- an HTTP/2 frame that comes in pieces under 9 bytes is read to its 9th byte before it is judged
  (``headers._frame_header``): it was read as a status line, which a binary frame never ends (a timeout);
- a lone content coding with blanks around it (``' gzip'``: a value that began on a folded line; ``'gzip '``)
  is decoded (``fetch.decodable_codings``): urllib3 strips the blanks of a list's elements only, and read
  the gzip bytes as the page;
- a ``Location`` holding a NUL byte is no redirect (RFC 9110 5.5): ``protocol``, its target never asked (from
  the nineteenth round on, a NUL in any header is refused: ``fetch.header_holding_nul``);
- a ``Location``'s C0 controls and spaces at either end, and tabs and newlines anywhere, are removed before
  it is read, as the URL Standard removes them (``fetch._redirect_target``): ``\\x01javascript:`` was a
  relative path, ``da\\tta:`` no URL;
- a coded or chunked body that has decoded to nothing after 256 KiB on the wire is read no further
  (``fetch.WireCount``, ``fetch._SILENT_WIRE``): empty gzip members were read to twice the cap.
"""

from __future__ import annotations

import gzip
import http.client
import io
import random
from typing import Any

import pytest

from linkcheck.config import Config
from linkcheck.fetch import (
    _SILENT_WIRE,
    Fetcher,
    WireCapExceeded,
    WireCount,
    _redirect_target,
    decodable_codings,
)
from linkcheck.headers import Response, is_h2_frame
from linkcheck.models import Cause
from tests.test_hostile import _Listener, _page

_HTML = b"<!doctype html><html><head><title>Harbour notes</title></head><body><p>Ferries.</p></body></html>"


def _config(port: int, max_bytes: int = 2 * 1024 * 1024) -> Config:
    return Config(
        allow_hosts=(f"127.0.0.1:{port}",),
        deadline=5.0,
        connect_timeout=1.0,
        read_timeout=1.0,
        retries=0,
        backoff_base=0.01,
        backoff_max=0.05,
        max_bytes=max_bytes,
    )


# --- an HTTP/2 frame in pieces -----------------------------------------------------------------------------


class _Pieces(io.RawIOBase):
    """A stream that gives one piece a read: a socket on which each piece came on its own, then nothing more
    (a read timeout: the server holds the connection open)."""

    def __init__(self, pieces: list[bytes]) -> None:
        super().__init__()
        self._pieces = list(pieces)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if not self._pieces:
            raise TimeoutError("timed out")
        piece = self._pieces.pop(0)
        buffer[: len(piece)] = piece
        return len(piece)


class _Sock:
    def __init__(self, pieces: list[bytes]) -> None:
        self._reader = io.BufferedReader(_Pieces(pieces))

    def makefile(self, mode: str) -> io.BufferedReader:
        return self._reader


def _begin(data: bytes, size: int) -> Response:
    answer = Response(_Sock([data[i : i + size] for i in range(0, len(data), size)]))  # type: ignore[arg-type]
    answer.begin()
    return answer


_SETTINGS = b"\x00\x00\x0c\x04\x00\x00\x00\x00\x00" + b"\x00\x03\x00\x00\x00\x64\x00\x04\x00\x00\xff\xff"
_GOAWAY = b"\x00\x00\x08\x07\x00\x00\x00\x00\x00" + bytes(7) + b"\x01"


@pytest.mark.parametrize("frame", [_SETTINGS, _GOAWAY], ids=["settings", "goaway"])
@pytest.mark.parametrize("size", [1, 3, 4, 8])
def test_an_http2_frame_in_pieces_under_nine_bytes_is_told_as_one(frame: bytes, size: int) -> None:
    with pytest.raises(http.client.BadStatusLine) as raised:
        _begin(frame, size)
    assert is_h2_frame(str(raised.value.args[0])), raised.value.args


@pytest.mark.parametrize("size", [1, 2, 4])
def test_a_status_line_in_pieces_is_read_as_before(size: int) -> None:
    answer = _begin(_page(_HTML), size)
    assert (answer.status, answer.read()) == (200, _HTML)


@pytest.mark.parametrize(
    "data",
    [
        bytes(9) + b"not a frame\r\n",  # a zero byte first, then no frame: the line as it came
        b"\x00\n\x00\x00\x00\x00",  # a line end within what may be a frame's header
        b"\x00\x00\x0c\x04\x00\x00\x00\x00\x01" + bytes(12) + b"\n",  # a frame on stream 1: no server's first
    ],
    ids=["zeros", "line-end", "stream-1"],
)
def test_bytes_that_are_no_frame_are_still_the_line_they_were(data: bytes) -> None:
    with pytest.raises(http.client.BadStatusLine) as raised:
        _begin(data, 4)
    line = str(raised.value.args[0]).encode("latin-1")
    assert not is_h2_frame(line.decode("latin-1"))
    assert data.startswith(line), (line, data)  # nothing read was lost (the bytes given back first)
    assert line == data[: data.find(b"\n") + 1 or len(data)]


def test_a_frame_on_another_stream_still_waits_for_a_line_end() -> None:
    # left alone: no frame a server sends first, and no line end: read as a line, until the read times out
    with pytest.raises(TimeoutError):
        _begin(b"\x00\x00\x0c\x04\x00\x00\x00\x00\x01" + bytes(12), 4)


# --- a lone coding with blanks around it --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "codings"), [(" gzip", ["gzip"]), ("gzip ", ["gzip"]), ("\r\n deflate", ["deflate"])]
)
def test_a_lone_coding_with_blanks_around_it_is_decoded(content: str, codings: list[str]) -> None:
    assert decodable_codings(content) == codings


@pytest.mark.parametrize("content", ["gzip", "GZIP", "deflate", " gzip , deflate"])
def test_a_lone_coding_without_blanks_and_lists_are_left_to_urllib3(content: str) -> None:
    assert decodable_codings(content) is None


def test_a_coding_named_on_a_folded_line_or_with_a_trailing_blank_is_decoded() -> None:
    body = gzip.compress(_HTML)
    answers = {
        "/folded": b"Content-Encoding:\r\n gzip\r\n",
        "/trailing": b"Content-Encoding: gzip \r\n",
        # left alone: a label that is no coding, over text (shown as it is), with a blank after it
        "/label": b"Content-Encoding: none \r\n",
    }

    def answer(path: str) -> list[bytes]:
        sent = _HTML if path == "/label" else body
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n%sContent-Length: %d\r\n\r\n"
        return [head % (answers[path], len(sent)) + sent]

    with _Listener(answer) as site, Fetcher(_config(site.port)) as fetcher:
        got = {path: fetcher.fetch(f"http://127.0.0.1:{site.port}{path}") for path in answers}
    for path, result in got.items():
        assert (result.cause, result.body) == (None, _HTML), (path, result.error, result.body[:20])


# --- NUL, C0 controls and tabs in a Location ----------------------------------------------------------------


def _redirect(location: bytes) -> bytes:
    return b"HTTP/1.1 302 Found\r\nLocation: %s\r\nContent-Length: 0\r\n\r\n" % location


def test_a_location_holding_a_nul_is_no_redirect_nor_is_any_other_header() -> None:
    # a NUL in a header nothing reads was left alone until the nineteenth hostile round (the page); now
    # refused as browsers built on Chromium refuse it (tests/test_hostile_rules19.py). Left alone: a NUL
    # written as an escape (a URL's own bytes)
    answers = {
        "/nul": [_redirect(b"/target\x00x")],
        "/lead-nul": [_redirect(b"\x00/target")],
        "/other": [
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Via: a\x00b\r\nContent-Length: %d\r\n\r\n%s"
            % (len(_HTML), _HTML)
        ],
        "/escaped": [_redirect(b"/target%00x")],
    }
    with (
        _Listener(lambda path: answers.get(path, [_page(_HTML)])) as site,
        Fetcher(_config(site.port)) as fetcher,
    ):
        got = {path: fetcher.fetch(f"http://127.0.0.1:{site.port}{path}") for path in answers}
        asked = [head.split(b" ")[1] for head in site.requests]
    for path in ("/nul", "/lead-nul"):
        assert (got[path].cause, got[path].status_code) == (Cause.PROTOCOL, 302), got[path].error
        assert "NUL" in (got[path].error or "")
    assert (got["/other"].cause, got["/other"].status_code) == (Cause.PROTOCOL, 200), got["/other"].error
    assert "x-via" in (got["/other"].error or "")
    assert got["/escaped"].cause is None, got["/escaped"].error
    assert got["/escaped"].final_url.endswith("/target%00x")
    assert [p for p in asked if p.startswith(b"/target")] == [b"/target%00x"]  # the escape only


@pytest.mark.parametrize(
    ("location", "target"),
    [
        ("\x01javascript:alert(1)", "javascript:alert(1)"),
        ("\x00\x1f data:text/html,x", "data:text/html,x"),
        ("da\tta:text/html,x", "data:text/html,x"),
        ("java\nscript:alert(1)", "javascript:alert(1)"),
        ("/moved\x7f", "http://news.example/moved%7F"),  # DEL is no C0 control: kept, escaped
        ("/a/\x02", "http://news.example/a/"),
        ("/a\r/b", "http://news.example/a/b"),
    ],
)
def test_a_location_is_stripped_as_the_url_standard_strips_it(location: str, target: str) -> None:
    assert _redirect_target("http://news.example/page", location) == target


@pytest.mark.parametrize(
    ("location", "target"),
    [
        ("/moved-story", "http://news.example/moved-story"),
        ("/a%09b", "http://news.example/a%09b"),  # an escaped tab is the URL's own
        ("/search?q=javascript:1", "http://news.example/search?q=javascript:1"),
        ("  https://other.example/x  ", "https://other.example/x"),
        ("/a b", "http://news.example/a%20b"),  # a space inside stays, escaped
    ],
)
def test_locations_without_such_characters_are_read_as_before(location: str, target: str) -> None:
    assert _redirect_target("http://news.example/page", location) == target


# --- a body that decodes to nothing ------------------------------------------------------------------------


def _wire(data: bytes, cap: int, silent: int | None) -> WireCount:
    return WireCount(io.BufferedReader(io.BytesIO(data)), cap, silent=silent)


def test_bytes_that_decode_to_nothing_stop_at_the_silent_bound() -> None:
    counted = _wire(bytes(1 << 20), 1 << 20, _SILENT_WIRE)
    for _ in range(_SILENT_WIRE // (16 * 1024)):
        counted.read(16 * 1024)  # 256 KiB, nothing decoded: up to the bound
    with pytest.raises(WireCapExceeded) as raised:
        counted.read(1)
    assert (raised.value.cap, raised.value.silent) == (_SILENT_WIRE, True)


def test_once_a_byte_is_decoded_the_whole_cap_applies() -> None:
    counted = _wire(bytes(2 << 20), 1 << 20, _SILENT_WIRE)
    counted.read(1024)
    counted.decoded = True  # the reader's word: a byte of the body came out
    for _ in range(63):
        counted.read(16 * 1024)  # 1 MiB in all: within the cap
    with pytest.raises(WireCapExceeded) as raised:
        counted.read(16 * 1024)
    assert (raised.value.cap, raised.value.silent) == (1 << 20, False)


def test_without_a_silent_bound_or_under_a_small_cap_the_cap_alone_counts() -> None:
    whole = _wire(bytes(1 << 20), 1 << 20, None)
    assert len(whole.read(1 << 20)) == 1 << 20
    small = _wire(bytes(100_000), 90_000, _SILENT_WIRE)  # a redirect's body: a cap under the bound
    with pytest.raises(WireCapExceeded) as raised:
        small.read(100_000)
    assert (raised.value.cap, raised.value.silent) == (90_000, False)


def _chunked(body: bytes, size: int = 16384) -> bytes:
    parts = [
        b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def test_empty_gzip_members_stop_early_and_a_big_coded_page_is_read_whole() -> None:
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    rng = random.Random(17)
    noise = bytes(rng.getrandbits(8) for _ in range(600_000))  # incompressible: 600 KB on the wire
    page = _HTML[:-14] + b"<p>" + noise.hex().encode()[:600_000] + b"</p></body></html>"
    extra = gzip.compress(page)
    # a gzip header with a 60 KB extra field before the page: nothing decoded for 60 KB, within the bound
    fextra = extra[:3] + b"\x04" + extra[4:10] + (60_000).to_bytes(2, "little") + bytes(60_000) + extra[10:]
    answers = {
        "/empty": [head + _chunked(gzip.compress(b"") * 30_000)],  # 600 KB of members, each empty
        # left alone: a coded page bigger than the bound on the wire, and a long gzip header field
        "/big": [head + _chunked(gzip.compress(noise.hex().encode()[:1_000_000] + page))],
        "/fextra": [head + _chunked(fextra)],
    }
    with (
        _Listener(lambda path: answers.get(path, [_page(_HTML)])) as site,
        Fetcher(_config(site.port)) as fetcher,
    ):
        got = {path: fetcher.fetch(f"http://127.0.0.1:{site.port}{path}") for path in answers}
    empty = got["/empty"]
    assert (empty.cause, empty.status_code, empty.body) == (Cause.TOO_LARGE, 200, b""), empty.error
    assert f"more than {_SILENT_WIRE} bytes received for 0 bytes of body" in (empty.error or "")
    assert got["/big"].cause is None, got["/big"].error
    assert got["/big"].body.endswith(b"</p></body></html>")
    assert (got["/fextra"].cause, got["/fextra"].body) == (None, page), got["/fextra"].error
