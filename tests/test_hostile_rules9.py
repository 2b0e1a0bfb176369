"""The rules the ninth hostile round called for, on bytes and strings (each with what it must leave alone).

- a first line that begins as a TLS record (an https port asked in plain http) says so in the reason;
- a chunked body whose lines end in LF alone (RFC 9112 2.2; browsers read them) is read whole, where the
  two bytes read after each chunk's data took the next size line's first digit and ended the body early,
  without a word;
- an IP address written with a trailing dot (``127.0.0.1.``) is connected to as the address on the adapter
  path too (the guard and the direct path read it so; ``getaddrinfo`` took it for a name that does not
  resolve).
"""

from __future__ import annotations

import http.client
import io
import socket
from typing import Any

import pytest

from linkcheck.fetch import (
    WireCount,
    _describe,
    _dotted_address,
    _exception_chain,
    _Exchange,
    _ExchangeSlot,
    _open_socket,
    chunk_size,
    is_tls_record,
)
from linkcheck.models import Cause

# --- TLS bytes on a plain port -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "tls"),
    [
        ("\x15\x03\x01\x00\x02\x02\x32", True),  # an alert (decode_error), TLS 1.0 record version
        ("\x15\x03\x03\x00\x02\x02\x46", True),  # an alert (protocol_version), TLS 1.2
        ("\x16\x03\x03\x00\x5a\x02\x00\x00", True),  # a ServerHello
        ("\x17\x03\x03\x01\x00", True),  # application data
        ("\x16\x03\x00", True),  # SSL 3.0's record version
        ("HTTP/1.1 200 OK\r\n", False),
        ("<html><title>Old school</title>\n", False),  # HTTP/0.9: the page itself
        ("\x16\x04\x03", False),  # no TLS record version
        ("\x15\x03\x05\x00", False),  # a minor version no TLS has
        ("\x13\x03\x01", False),  # a content type below change_cipher_spec
        ("\x19\x03\x01", False),  # above heartbeat
        ("\x15\x03", False),  # too short to tell
        ("", False),
    ],
)
def test_a_tls_record_is_told_by_its_first_three_bytes(line: str, tls: bool) -> None:
    assert is_tls_record(line) is tls


def test_tls_bytes_for_a_status_line_say_the_port_speaks_https() -> None:
    exc = http.client.BadStatusLine("\x15\x03\x01\x00\x02\x02\x32")
    reason = _describe(exc, _exception_chain(exc), Cause.PROTOCOL, "127.0.0.1", 8443)
    assert "127.0.0.1:8443 answered in TLS" in reason, reason
    assert "https://" in reason
    assert "\\x15\\x03\\x01" in reason  # the bytes are still quoted, escaped


@pytest.mark.parametrize("line", ["<html><title>x</title>\n", "\x16\x04\x03garbage", "\x00\x00\x00"])
def test_other_answers_without_a_status_line_keep_their_reason(line: str) -> None:
    exc = http.client.BadStatusLine(line)
    reason = _describe(exc, _exception_chain(exc), Cause.PROTOCOL, "example.org", 80)
    assert "without a status line" in reason, reason
    assert "TLS" not in reason


# --- chunked bodies whose lines end in LF alone ------------------------------------------------------------


class _Wire:
    """A socket whose ``makefile`` gives the answer's bytes from a buffered reader (as a socket's does)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self.data), 16)


def _answer(body: bytes, chunked: bool = True, counted: bool = True) -> http.client.HTTPResponse:
    framing = b"Transfer-Encoding: chunked" if chunked else b"Content-Length: %d" % len(body)
    answer = http.client.HTTPResponse(_Wire(b"HTTP/1.1 200 OK\r\n" + framing + b"\r\n\r\n" + body))  # type: ignore[arg-type]
    answer.begin()
    if counted:
        answer.fp = WireCount(answer.fp, 1 << 20, chunked=chunked)  # type: ignore[assignment]
    return answer


def _read1_all(answer: http.client.HTTPResponse) -> bytes:
    parts = []
    for _ in range(1000):
        part = answer.read1(7)
        if not part:
            break
        parts.append(part)
    return b"".join(parts)


def _readinto_all(answer: http.client.HTTPResponse) -> bytes:
    parts = []
    for _ in range(1000):
        buffer = bytearray(5)
        n = answer.readinto(buffer)
        if not n:
            break
        parts.append(bytes(buffer[:n]))
    return b"".join(parts)


_READERS = {
    "read": lambda a: a.read(),
    "read1": _read1_all,
    "readinto": _readinto_all,
}

_PAGE = b"<html><head><title>Ferry times</title></head><body>" + b"<p>winter</p>" * 10 + b"</body></html>"


def _chunked(body: bytes, size: int, eol: bytes, last: bytes | None = None) -> bytes:
    parts = [body[i : i + size] for i in range(0, len(body), size)]
    last = eol if last is None else last
    return b"".join(b"%x%s%s%s" % (len(p), eol, p, eol) for p in parts) + b"0" + eol + last


@pytest.mark.parametrize("reader", sorted(_READERS))
@pytest.mark.parametrize(
    "wire",
    [
        _chunked(_PAGE, 64, b"\n"),  # every line in LF alone
        _chunked(_PAGE, 16, b"\n"),  # more chunks than sizes of one digit
        _chunked(_PAGE, 2, b"\n"),  # chunks of two bytes: as many data bytes as a line end
        _chunked(_PAGE, 64, b"\r\n"),  # left alone: CRLF throughout
        _chunked(_PAGE, 30, b"\r\n", last=b"\n"),  # CRLF, the trailer section ended by LF alone
    ],
    ids=["lf-64", "lf-16", "lf-2", "crlf", "crlf-lf-end"],
)
def test_a_chunked_body_in_lf_alone_is_read_whole(wire: bytes, reader: str) -> None:
    assert _READERS[reader](_answer(wire)) == _PAGE


@pytest.mark.parametrize("reader", sorted(_READERS))
def test_line_feeds_inside_chunk_data_are_data(reader: str) -> None:
    # the data itself ends in LF (a line of the page), its line end is CRLF: both LFs stay where they are
    wire = b"6\r\nline1\n\r\n6\r\nline2\n\r\n1\r\n\n\r\n0\r\n\r\n"
    assert _READERS[reader](_answer(wire)) == b"line1\nline2\n\n"


def test_a_chunk_whose_line_end_is_neither_is_left_as_http_client_reads_it() -> None:
    # two stray bytes where CRLF belongs are tossed as before: no LF is taken for them
    plain = _answer(b"5\r\nhelloXY0\r\n\r\n", counted=False).read()
    counted = _answer(b"5\r\nhelloXY0\r\n\r\n").read()
    assert counted == plain == b"hello"


def test_a_body_that_is_not_chunked_is_never_read_by_chunks() -> None:
    body = b"2\nab\n0\n\n"  # looks like LF-only chunks; it is a Content-Length body: every byte of it
    answer = _answer(body, chunked=False)
    assert answer.read() == body


@pytest.mark.parametrize(
    ("line", "size"),
    [
        (b"40\n", 64),
        (b"1a;name=value\r\n", 26),
        (b"0000001a  \r\n", 26),
        (b"0\r\n", 0),
        (b"zz\r\n", None),
        (b"\r\n", None),
        (b"-5\r\n", None),
    ],
)
def test_chunk_sizes_are_read_as_the_http_readers_read_them(line: bytes, size: int | None) -> None:
    assert chunk_size(line) == size


def test_a_crlf_body_is_never_followed_chunk_by_chunk() -> None:
    # the common case pays nothing: only a size line in LF alone makes the reader follow the chunks
    counted = WireCount(io.BufferedReader(io.BytesIO(b"5\r\nhello\r\n0\r\n\r\n")), 1000, chunked=True)
    assert counted.readline() == b"5\r\n"
    assert type(counted) is WireCount
    assert counted.read(5) == b"hello"
    assert counted.read(2) == b"\r\n"
    lf = WireCount(io.BufferedReader(io.BytesIO(b"5\nhello\n0\n\n")), 1000, chunked=True)
    lf.readline()
    assert type(lf) is not WireCount  # followed from its first size line


def test_wire_bytes_are_still_counted_with_lf_line_ends() -> None:
    counted = WireCount(io.BufferedReader(io.BytesIO(b"5\nhello\n0\n\n")), 1000, chunked=True)
    assert counted.readline() == b"5\n"
    assert counted.read1(5) == b"hello"
    assert counted.read(2) == b"\r\n"  # what the readers toss, one byte taken from the wire
    assert counted.readline() == b"0\n"
    assert counted.ended
    assert counted.readline() == b"\r\n"  # the trailer section's end, in LF alone
    assert counted.left == 1000 - len(b"5\nhello\n0\n\n")


# --- an IP address with a trailing dot ---------------------------------------------------------------------


class _Conn:
    def __init__(self, dns_host: str, port: int) -> None:
        self._dns_host = dns_host
        self.host = dns_host.rstrip(".")  # as urllib3's HTTPConnection.host
        self.port = port
        self.timeout = 2.0
        self.source_address = None
        self.socket_options = None


@pytest.mark.parametrize(
    ("dns_host", "address"),
    [
        ("127.0.0.1.", "127.0.0.1"),
        ("127.0.0.1", None),  # no dot: as before
        ("example.org.", None),  # a name: getaddrinfo takes it with its dot
        ("1example.org.", None),
        ("localhost.", None),
    ],
)
def test_only_an_address_with_a_trailing_dot_is_read_as_it(dns_host: str, address: str | None) -> None:
    assert _dotted_address(_Conn(dns_host, 80)) == address


def test_an_allowed_address_with_a_trailing_dot_is_connected_to() -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
        slot = _ExchangeSlot()
        slot.exchange = _Exchange("127.0.0.1", port)  # an allowed origin: not pinned
        called: list[bool] = []

        def default() -> Any:
            called.append(True)
            raise socket.gaierror(-2, "Name or service not known")

        sock = _open_socket(_Conn("127.0.0.1.", port), slot, default)
        with sock:
            assert sock.getpeername()[:2] == ("127.0.0.1", port)
        assert not called
        # left alone: another host or port than the exchange's, or no dot, connects as urllib3 does
        for conn in (_Conn("127.0.0.2.", port), _Conn("127.0.0.1.", port + 1), _Conn("127.0.0.1", port)):
            with pytest.raises(socket.gaierror):
                _open_socket(conn, slot, default)
        assert len(called) == 3
