"""A chunked body read many chunks a read (the thirty-sixth session), with every guarantee the fetcher gave
before it:

- ``Response._read1_chunked`` reads every whole chunk its reader holds (``chunks.take_chunks``; runs of
  chunks of one size and framing a column at a time, ``chunks.equal_chunks``), where ``http.client`` read
  the rest of one chunk a call (~9 µs a chunk: 2.4 s of a core for a 256 KB page in 1-byte chunks);
- a chunk's size and line ends are not counted on the wire (``WireCount.framing``, ``chunks.minimal_line``):
  a page in 1-byte chunks (six bytes on the wire a byte) of more than a third of the cap was refused as too
  large, where browsers read it; chunk extensions, zeros before a size and trailer lines still count, so a
  flood of them still stops;
- and, as before: the byte cap, the read timeout and the deadline (what came is kept), LF-alone line ends,
  chunk extensions, invalid chunk sizes and their messages, a truncated body, trailers that stall after the
  last chunk (the body is whole), content codings over chunks, a connection kept after a whole chunked body
  and not after a partial one.

The framing is read from in-memory readers under the real ``Response`` (``responses`` hands urllib3 a body
without ``http.client`` under it, so it cannot reach this code); the guarantees end to end against a
server each test starts on 127.0.0.1, and once through the CLI.
"""

from __future__ import annotations

import gzip
import http.client
import io
import socket
import subprocess
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.chunks import AFTER_CR, LARGE, equal_chunks, minimal_line, take_chunks
from linkcheck.config import Config
from linkcheck.fetch import _WIRE_SLACK, Fetcher, WireCapExceeded, WireCount
from linkcheck.headers import Response
from linkcheck.models import Cause, FetchResult
from tests.test_e2e_cli import linkcheck_command

_PAGE = (
    b"<!doctype html><html><head><title>Winter ferry timetable</title></head><body>"
    + b"".join(b"<p>Crossing %d leaves the outer pier at dawn.</p>\n" % i for i in range(40))
    + b"</body></html>"
)


def _chunked(
    body: bytes, size: int, eol: bytes = b"\r\n", line: bytes = b"%x", trailers: bytes = b""
) -> bytes:
    """``body`` in chunks of ``size`` bytes, each size line written as ``line`` (``%x`` the size), lines
    ending in ``eol``, then the last chunk, ``trailers`` and the blank line."""
    parts = [body[i : i + size] for i in range(0, len(body), size)]
    framed = b"".join(line % len(p) + eol + p + eol for p in parts)
    return framed + b"0" + eol + trailers + eol


# --- the framing, from a buffer -----------------------------------------------------------------------------


def _all(wire: bytes, window: int, want: int = 1 << 30) -> tuple[bytes, int, int]:
    """Read ``wire`` with take_chunks ``window`` bytes at a time (a reader's buffer), as Response does: the
    data, where the reading stopped, the framing counted. A line the window holds only part of is read
    whole, as http.client's ``readline`` would; the reading stops where take_chunks reads no further."""
    data: list[bytes] = []
    pos, left, framing = 0, None, 0
    for _ in range(2 * len(wire) + 2):
        held = wire[pos : pos + window]
        pieces, used, left, free = take_chunks(held, left, want)
        data += pieces
        pos += used
        framing += free
        if not pieces and left is not None and left >= LARGE:  # a large chunk's data: http.client's read1
            data.append(wire[pos : pos + left])
            pos += left
            left = 0
            continue
        if not pieces and used < len(held):
            if window >= len(wire):
                break
            window = len(wire)  # once, to read the line whole
        elif not held:
            break
    return b"".join(data), pos, framing


@pytest.mark.parametrize("size", [1, 2, 7, 64, 100, 5000])
@pytest.mark.parametrize("eol", [b"\r\n", b"\n"], ids=["crlf", "lf"])
@pytest.mark.parametrize("window", [1, 3, 64, 8192])
def test_take_chunks_reads_the_data_and_stops_at_the_last_chunk(size: int, eol: bytes, window: int) -> None:
    wire = _chunked(_PAGE, size, eol)
    data, pos, _ = _all(wire, window)
    assert data == _PAGE
    assert wire[pos:] == b"0" + eol + eol  # the last chunk's line and the trailers: http.client's


def test_a_large_chunks_data_is_left_to_http_client() -> None:
    # sliced from a copy of the reader's buffer, it took two copies more than http.client's read1 of it
    wire = b"%x\r\n" % LARGE + b"a" * LARGE + b"\r\n0\r\n\r\n"
    assert take_chunks(wire, None, 1 << 20)[:3] == ([], 5, LARGE)
    small = b"%x\r\n" % (LARGE - 1) + b"a" * (LARGE - 1) + b"\r\n0\r\n\r\n"
    assert take_chunks(small, None, 1 << 20)[0] == [b"a" * (LARGE - 1)]


def test_take_chunks_stops_at_want_and_resumes_in_the_chunk() -> None:
    wire = _chunked(b"abcdefghij", 10)
    pieces, used, left, _ = take_chunks(wire, None, 4)
    assert (pieces, used, left) == ([b"abcd"], 7, 6)
    pieces, used, left, _ = take_chunks(wire[used:], left, 100)
    assert (pieces, left) == ([b"efghij"], None)


@pytest.mark.parametrize(
    "line",
    [b"-1a\r\n", b"+1a\r\n", b"1_a\r\n", b"0x10\r\n", b" 1a\r\n", b"1a \r\n", b"1a harbour\r\n", b"zz\r\n"],
)
def test_a_size_line_that_is_not_plain_is_left_to_http_client(line: bytes) -> None:
    # http.client's reader (and the fetcher's check of it) reads, refuses or names it, as before
    wire = b"3\r\nabc\r\n" + line + b"x" * 26 + b"\r\n0\r\n\r\n"
    pieces, used, left, _ = take_chunks(wire, None, 1 << 20)
    assert (pieces, wire[used:].startswith(line), left) == ([b"abc"], True, None)


def test_a_size_line_of_sixteen_digits_and_a_partial_line_are_left_to_http_client() -> None:
    assert take_chunks(b"0000000000000001\r\nx\r\n", None, 10)[:2] == ([], 0)
    assert take_chunks(b"1a", None, 10)[:2] == ([], 0)  # its line end has not come yet
    assert take_chunks(b"1a\r", None, 10)[:2] == ([], 0)


def test_chunk_extensions_are_read_and_counted_as_bytes_on_the_wire() -> None:
    wire = b'5;name="a;b=\\"c"\r\nhello\r\n0\r\n\r\n'
    pieces, used, _, framing = take_chunks(wire, None, 100)
    assert (pieces, wire[used:]) == ([b"hello"], b"0\r\n\r\n")
    assert framing == 2 + 2  # "5" and its LF, the CRLF after the data; the extension (and its CR) count
    plain = take_chunks(b"5\r\nhello\r\n", None, 100)
    assert plain[3] == 3 + 2


def test_the_line_end_after_a_chunk_is_lf_or_two_bytes_whatever_they_are() -> None:
    assert take_chunks(b"\n1\r\nx\r\n", 0, 10)[:3] == ([b"x"], 7, None)
    assert take_chunks(b"XY1\r\nx\r\n", 0, 10)[:3] == ([b"x"], 8, None)  # tossed, as http.client tosses them
    assert take_chunks(b"\r", 0, 10)[:3] == ([], 1, AFTER_CR)  # its second byte has not come yet
    assert take_chunks(b"\n1\r\nx", AFTER_CR, 10)[:3] == ([b"x"], 5, 0)


def test_minimal_line_counts_digits_without_leading_zeros() -> None:
    assert minimal_line(1, 3) == 3  # "1\r\n"
    assert minimal_line(1, 2) == 2  # "1\n"
    assert minimal_line(0x4000, 6) == 6  # "4000\r\n"
    assert minimal_line(1, 17) == 3  # "000000000000001\r\n": the zeros are not framing


def test_equal_chunks_reads_a_run_as_reading_them_one_by_one() -> None:
    wire = _chunked(b"abcdefghijk", 2)  # five chunks of 2 bytes, then one of 1
    data, chunks, period = equal_chunks(wire, 0, 3, 2, 100)
    assert (data, chunks, period) == (b"abcdefghij", 5, 7)
    assert equal_chunks(wire, 0, 3, 2, 3)[:2] == (b"abcdef", 3)  # at most `most`
    lf = _chunked(b"abcd", 1, b"\n")
    assert equal_chunks(lf, 0, 2, 1, 100) == (b"abcd", 4, 4)


def test_equal_chunks_leaves_a_lone_chunk_and_odd_line_ends_alone() -> None:
    assert equal_chunks(b"1\r\na\r\n2\r\nbc\r\n", 0, 3, 1, 100)[1] == 0  # one chunk of that framing only
    assert equal_chunks(b"1\r\naXY1\r\nbXY", 0, 3, 1, 100)[1] == 0  # neither LF nor CRLF after the data
    # a chunk whose data looks like the framing is still data
    wire = _chunked(b"\r\n1\r\n", 1)
    assert _all(wire, 8192)[0] == b"\r\n1\r\n"


@settings(max_examples=150, deadline=None)
@given(
    data=st.binary(min_size=1, max_size=600),
    sizes=st.lists(st.integers(1, 70), min_size=1, max_size=4),
    eol=st.sampled_from([b"\r\n", b"\n"]),
    window=st.integers(1, 300),
    want=st.integers(1, 700),
)
def test_take_chunks_gives_what_the_chunks_hold_however_the_bytes_come(
    data: bytes, sizes: list[int], eol: bytes, window: int, want: int
) -> None:
    parts, i = [], 0
    while i < len(data):
        size = sizes[len(parts) % len(sizes)]
        parts.append(data[i : i + size])
        i += size
    wire = b"".join(b"%x%s%s%s" % (len(p), eol, p, eol) for p in parts) + b"0" + eol + eol
    got, pos, left, framing = [], 0, None, 0
    for _ in range(4 * len(wire)):
        held = wire[pos : pos + window]
        pieces, used, left, free = take_chunks(held, left, want)
        assert sum(map(len, pieces)) <= want
        got += pieces
        pos += used
        framing += free
        if not pieces and used < len(held):
            window = len(wire)  # http.client would read the line whole
            if take_chunks(wire[pos:], left, want)[1] == 0:
                break
    assert b"".join(got) == data
    assert wire[pos:] == b"0" + eol + eol
    assert framing == pos - len(data)  # plain lines: every byte that is not data is framing


# --- the Response under the fetcher's counting reader -------------------------------------------------------


class _Wire:
    """A socket whose answer is ``data``, read through a buffered reader of ``buffer`` bytes."""

    def __init__(self, data: bytes, buffer: int) -> None:
        self.data, self.buffer = data, buffer

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self.data), self.buffer)


def _response(
    body: bytes, buffer: int = 8192, cap: int = 1 << 20, cls: type = Response
) -> http.client.HTTPResponse:
    answer: http.client.HTTPResponse = cls(
        _Wire(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body, buffer)
    )
    answer.begin()
    answer.fp = WireCount(answer.fp, cap, chunked=True)  # type: ignore[assignment]
    return answer


def _read1_all(answer: http.client.HTTPResponse, n: int = 65536) -> bytes:
    parts = []
    for _ in range(100_000):
        part = answer.read1(n)
        if not part:
            break
        parts.append(part)
    return b"".join(parts)


@pytest.mark.parametrize("buffer", [5, 16, 8192])
@pytest.mark.parametrize(
    "wire",
    [
        _chunked(_PAGE, 1),
        _chunked(_PAGE, 1, b"\n"),
        _chunked(_PAGE, 3, b"\n"),
        _chunked(_PAGE, 16),
        _chunked(_PAGE, 1000),
        _chunked(_PAGE, 5, line=b"%x;name=value"),
        _chunked(_PAGE, 1, line=b"0000%x"),  # zeros before the size
        _chunked(_PAGE, 64, trailers=b"X-Checksum: 1\r\n"),
        _chunked(_PAGE, 30)[:-2] + b"\n",  # the trailer section ended by LF alone
    ],
    ids=["1", "1-lf", "3-lf", "16", "1000", "extensions", "zeros", "trailers", "lf-end"],
)
def test_a_chunked_body_is_read_whole_and_ended(wire: bytes, buffer: int) -> None:
    answer = _response(wire, buffer)
    assert _read1_all(answer, 7) == _PAGE
    assert answer.isclosed()  # the whole body: the connection may carry another request
    fresh = _response(wire, buffer)
    assert _read1_all(fresh) == _PAGE
    assert fresh.isclosed()


def test_the_same_crlf_body_reads_as_http_client_reads_it() -> None:
    for wire in (_chunked(_PAGE, 2), b"5\r\nhelloXY0\r\n\r\n", b"6\r\nline1\n\r\n1\r\n\n\r\n0\r\n\r\n"):
        assert _read1_all(_response(wire, 16)) == _read1_all(
            _response(wire, 16, cls=http.client.HTTPResponse)
        )


def test_a_bare_lf_after_data_under_crlf_size_lines_is_a_line_end() -> None:
    # Chromium reads it; http.client's two bytes took the next size line's first digit ("12" read as "2")
    wire = b"1\r\na\n12\r\n" + b"b" * 18 + b"\r\n0\r\n\r\n"
    assert _read1_all(_response(wire)) == b"a" + b"b" * 18


@pytest.mark.parametrize(
    ("line", "shown"),
    [(b"-1a\r\n", "-1a"), (b"0x10\r\n", "0x10"), (b"zz\r\n", "zz"), (b"1a harbour\r\n", "1a harbour")],
)
def test_an_invalid_chunk_size_fails_after_the_chunks_before_it(line: bytes, shown: str) -> None:
    answer = _response(b"1\r\na\r\n1\r\nb\r\n" + line + b"x" * 26 + b"\r\n0\r\n\r\n")
    assert answer.read1(100) == b"ab"
    with pytest.raises(http.client.IncompleteRead) as raised:
        answer.read1(100)
    assert shown in repr(raised.value.__context__)  # int()'s ValueError quoting the line, as before


def test_a_truncated_body_fails_as_before() -> None:
    answer = _response(b"1\r\na\r\n1\r\nb\r\n1\r\n")
    assert answer.read1(100) == b"ab"
    with pytest.raises(http.client.IncompleteRead):
        _read1_all(answer)
    cut_at_a_line_end = _response(b"1\r\na\r")
    assert cut_at_a_line_end.read1(100) == b"a"
    with pytest.raises(http.client.IncompleteRead):
        cut_at_a_line_end.read1(100)


def test_the_last_chunk_marks_the_body_whole_before_its_trailers() -> None:
    # a trailer line holding "-" and "_" is no chunk size (WireCount refuses those only before the end)
    answer = _response(_chunked(b"abc", 1, trailers=b"X-Trace-Id: a-b_c\r\n"))
    wire = answer.fp
    assert isinstance(wire, WireCount)
    assert answer.read1(100) == b"abc"
    assert not wire.ended
    assert answer.read1(100) == b""
    assert wire.ended
    assert answer.isclosed()


def test_chunk_framing_is_not_counted_and_extensions_are() -> None:
    page = bytes(range(256)) * 40  # 10 KB
    one_byte = _chunked(page, 1)  # 60 KB on the wire
    # counted: the data, and the framing http.client reads (a line a buffer's edge cuts, the last chunk's)
    assert _read1_all(_response(one_byte, cap=len(page) + 1000)) == page
    with pytest.raises(WireCapExceeded):
        _read1_all(_response(_chunked(page, 1, line=b"%x;"), cap=len(page) * 2))  # 4 counted bytes a byte
    with pytest.raises(WireCapExceeded):
        _read1_all(_response(_chunked(page, 1, line=b"00000000%x"), cap=len(page) * 2))  # zeros count


# --- end to end: the Fetcher against a server on 127.0.0.1 ------------------------------------------------


class _Server:
    """A server on 127.0.0.1 answering each request on a connection with ``routes[path](conn)`` (keep-alive);
    counts connections; at most 50 connections and 20 requests each, every handler's socket timing out
    after 10 s; stops with the test."""

    def __init__(self, routes: dict[str, Callable[[socket.socket], None]]) -> None:
        self.routes = routes
        self.connections = 0
        self._stop = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.1)
        self.port: int = self._sock.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()

    def _accept(self) -> None:
        while not self._stop.is_set() and self.connections < 50:
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        data = b""
        with conn:
            for _ in range(20):
                try:
                    while b"\r\n\r\n" not in data:
                        got = conn.recv(65536)
                        if not got or self._stop.is_set():
                            return
                        data += got
                    head, data = data.split(b"\r\n\r\n", 1)
                    self.routes[head.split(b" ")[1].decode()](conn)
                except (OSError, KeyError):
                    return


_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n"
_CAP = 200_000
#: A page of more than half the cap (120 KB: 720 KB on the wire in 1-byte chunks, where the wire allowed
#: 2 * 200 KB + 64 KiB before).
_BIG = _PAGE[:-14] + b"<p>" + b"".join(b"%06d " % i for i in range(120_000 // 7)) + b"</p></body></html>"


def _send(*parts: bytes, stall: float = 0.0, close: bool = False) -> Callable[[socket.socket], None]:
    def handler(conn: socket.socket) -> None:
        for part in parts:
            conn.sendall(part)
        if stall:
            time.sleep(stall)
        if close:
            conn.shutdown(socket.SHUT_WR)

    return handler


def _flood(chunk: bytes) -> Callable[[socket.socket], None]:
    def handler(conn: socket.socket) -> None:
        conn.sendall(_HEAD + b"\r\n")
        block = chunk * (65536 // len(chunk))
        for _ in range(2000):  # 128 MB at most
            conn.sendall(block)

    return handler


def _config(**changes: object) -> Config:
    settings_: dict[str, object] = {
        "allow_private": True,
        "deadline": 10.0,
        "connect_timeout": 2.0,
        "read_timeout": 2.0,
        "retries": 0,
        "max_bytes": _CAP,
    }
    settings_.update(changes)
    return Config(**settings_)  # type: ignore[arg-type]


@pytest.fixture
def server() -> Iterator[_Server]:
    deflated = zlib.compress(_BIG)
    routes: dict[str, Callable[[socket.socket], None]] = {
        "/one-byte": _send(_HEAD + b"\r\n" + _chunked(_BIG, 1)),
        "/one-byte-lf": _send(_HEAD + b"\r\n" + _chunked(_BIG, 1, b"\n")),
        "/small": _send(_HEAD + b"\r\n" + _chunked(_PAGE, 1)),
        "/gzip": _send(_HEAD + b"Content-Encoding: gzip\r\n\r\n" + _chunked(gzip.compress(_BIG), 1)),
        "/deflate": _send(_HEAD + b"Content-Encoding: deflate\r\n\r\n" + _chunked(deflated, 1)),
        "/over": _send(_HEAD + b"\r\n" + _chunked(_BIG * 2, 1)),
        "/empty-extensions": _flood(b"1;\r\nx\r\n"),
        "/zeros": _flood(b"00000000001\r\nx\r\n"),
        "/endless": _flood(b"1\r\nx\r\n"),
        "/stall-mid-body": _send(_HEAD + b"\r\n" + _chunked(_PAGE, 1)[:3000], stall=3.0),
        "/stall-trailers": _send(_HEAD + b"\r\n" + _chunked(_PAGE, 1)[:-2] + b"X-Trailer: 1\r\n", stall=3.0),
        "/cut": _send(_HEAD + b"\r\n" + _chunked(_PAGE, 1)[:3000], close=True),
        "/bad-size": _send(_HEAD + b"\r\n" + _chunked(_PAGE, 1)[:3000] + b"-1a\r\n" + b"x" * 26, stall=3.0),
        "/http10": _send(
            b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + _PAGE,
            close=True,
        ),
    }
    site = _Server(routes)
    try:
        yield site
    finally:
        site.close()


def _fetch(server: _Server, path: str, **changes: object) -> FetchResult:
    with Fetcher(_config(**changes)) as fetcher:
        return fetcher.fetch(server.url(path))


@pytest.mark.parametrize("path", ["/one-byte", "/one-byte-lf", "/gzip", "/deflate"])
def test_a_page_in_one_byte_chunks_of_more_than_half_the_cap_is_read_whole(
    server: _Server, path: str
) -> None:
    assert len(_chunked(_BIG, 1)) > 2 * _CAP + _WIRE_SLACK  # refused as too large before
    result = _fetch(server, path)
    assert (result.cause, result.truncated, result.status_code) == (None, False, 200), result.error
    assert result.body == _BIG


@pytest.mark.parametrize("path", ["/empty-extensions", "/zeros"])
def test_a_flood_of_chunk_lines_still_stops_with_its_reason(server: _Server, path: str) -> None:
    result = _fetch(server, path)
    assert (result.cause, result.truncated) == (Cause.TOO_LARGE, True), result.error
    assert f"more than {2 * _CAP + _WIRE_SLACK} bytes received for" in (result.error or "")
    assert "chunk extensions" in (result.error or "")
    assert 0 < len(result.body) < _CAP
    assert set(result.body) == {ord("x")}


def test_endless_one_byte_chunks_stop_at_the_byte_cap(server: _Server) -> None:
    result = _fetch(server, "/endless")
    assert (result.cause, result.truncated, len(result.body)) == (Cause.TOO_LARGE, True, _CAP), result.error
    assert f"larger than the {_CAP}-byte cap" in (result.error or "")


def test_a_connection_is_kept_after_a_whole_chunked_body_and_not_after_a_partial_one(server: _Server) -> None:
    with Fetcher(_config()) as fetcher:
        first = fetcher.fetch(server.url("/small"))
        second = fetcher.fetch(server.url("/small"))
        assert first.body == second.body == _PAGE
        assert server.connections == 1
        over = fetcher.fetch(server.url("/over"))
        assert over.cause is Cause.TOO_LARGE
        after = fetcher.fetch(server.url("/small"))
        assert after.body == _PAGE
        assert server.connections == 2  # the partial body's connection was closed, not kept


def test_a_read_timeout_mid_body_keeps_what_came(server: _Server) -> None:
    result = _fetch(server, "/stall-mid-body", read_timeout=0.5)
    assert (result.cause, result.truncated) == (Cause.TIMEOUT, True), result.error
    assert 0 < len(result.body) < len(_PAGE)
    assert _PAGE.startswith(result.body)


def test_the_deadline_cuts_a_stalled_body_and_keeps_what_came(server: _Server) -> None:
    result = _fetch(server, "/stall-mid-body", deadline=1.0)
    assert result.truncated, result.error
    assert result.cause in (Cause.TIMEOUT, Cause.DEADLINE), result.error
    assert 0 < len(result.body) < len(_PAGE)
    assert _PAGE.startswith(result.body)


def test_trailers_that_stall_after_the_last_chunk_leave_the_body_whole(server: _Server) -> None:
    result = _fetch(server, "/stall-trailers", read_timeout=0.5)
    assert (result.cause, result.truncated, result.body) == (None, False, _PAGE), result.error


def test_a_truncated_body_and_an_invalid_size_say_what_broke(server: _Server) -> None:
    cut = _fetch(server, "/cut")
    assert cut.cause is Cause.PROTOCOL, cut.error
    assert "truncated body" in (cut.error or ""), cut.error
    bad = _fetch(server, "/bad-size")
    assert bad.cause is Cause.PROTOCOL, bad.error
    assert "invalid chunk size: b'-1a\\r\\n'" in (bad.error or ""), bad.error


def test_an_http10_answer_saying_chunked_is_still_read_to_the_close(server: _Server) -> None:
    result = _fetch(server, "/http10")
    assert (result.cause, result.body) == (None, _PAGE), result.error


@pytest.mark.e2e
def test_the_cli_reads_a_page_in_one_byte_chunks_of_more_than_half_the_cap(
    server: _Server, tmp_path: Path
) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"{server.url('/one-byte')} | title: Winter ferry timetable\n", encoding="utf-8")
    args = [
        str(manifest),
        "--max-bytes",
        str(_CAP),
        "--allow-host",
        f"127.0.0.1:{server.port}",
        "--format",
        "json",
    ]
    proc = subprocess.run([*linkcheck_command(), *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert '"status": "ok"' in proc.stdout, proc.stdout
    assert '"verdict": "pass"' in proc.stdout, proc.stdout
