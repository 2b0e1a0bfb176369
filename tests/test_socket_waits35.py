"""A plain connection's waits limited by the kernel (``DirectConnection.wait_at_most``).

A socket with Python's timeout is non-blocking, and CPython polls it before each ``recv`` and ``send``. The
fetcher's plain TCP sockets on Linux are blocking instead, with ``SO_RCVTIMEO``/``SO_SNDTIMEO``: what must
hold is what Python's timeout gave, a wait past the limit raising ``TimeoutError`` (urllib3's
``ReadTimeoutError`` for a body's read), no read after it, a hang-up from another thread ending a blocked
read, and a limit set once for a kept-alive socket's requests.
"""

from __future__ import annotations

import socket
import struct
import sys
import threading
from collections.abc import Iterator

import pytest
import urllib3.exceptions

from linkcheck.connections import (
    DirectConnection,
    DirectPool,
    GetRequest,
    PlainResponse,
    _timeval,
    kept_reader,
    reusable_reader,
)
from linkcheck.fetch import _Exchange, _set_read_timeout

LINUX = sys.platform.startswith("linux")
linux_only = pytest.mark.skipif(not LINUX, reason="the kernel's limits are used on Linux only")


def _limit(sock: socket.socket, option: int) -> float:
    seconds, micros = struct.unpack("@ll", sock.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("@ll")))
    return seconds + micros / 1_000_000


@pytest.fixture
def tcp_pair() -> Iterator[tuple[socket.socket, socket.socket]]:
    """A connected TCP pair on 127.0.0.1: (ours, as ``urllib3`` opens it with a connect timeout; theirs)."""
    listener = socket.create_server(("127.0.0.1", 0))
    with listener:
        ours = socket.create_connection(listener.getsockname(), timeout=3.0)
        theirs, _ = listener.accept()
    theirs.settimeout(5)
    with ours, theirs:
        yield ours, theirs


def test_a_limit_is_a_timeval_of_at_least_one_microsecond() -> None:
    """Zero would mean no limit at all to the kernel."""
    assert struct.unpack("@ll", _timeval(20.0)) == (20, 0)
    assert struct.unpack("@ll", _timeval(0.25)) == (0, 250_000)
    assert struct.unpack("@ll", _timeval(1e-9)) == (0, 1)
    assert struct.unpack("@ll", _timeval(1.9999999)) == (2, 0)
    assert struct.unpack("@ll", _timeval(3.0000001)) == (3, 0)


@linux_only
def test_a_plain_socket_is_made_blocking_with_both_limits_set_once(
    tcp_pair: tuple[socket.socket, socket.socket],
) -> None:
    ours, _ = tcp_pair
    conn = DirectConnection(("http", "news.test", 80), ours)
    assert ours.gettimeout() == 3.0
    conn.wait_at_most(7.5)
    assert ours.gettimeout() is None
    assert _limit(ours, socket.SO_RCVTIMEO) == 7.5
    assert _limit(ours, socket.SO_SNDTIMEO) == 7.5
    # the next request on the kept socket, with its kept reader, finds the limits in force
    again = DirectConnection(("http", "news.test", 80), ours, conn.reader)
    raw = again.reader.raw
    assert (raw.waits, raw.send_waits) == (7.5, 7.5)  # type: ignore[attr-defined]
    # a shorter limit for the body's reads: the reads' only; a longer one changes nothing
    again.wait_at_most(0.5, shorter_only=True)
    assert (_limit(ours, socket.SO_RCVTIMEO), _limit(ours, socket.SO_SNDTIMEO)) == (0.5, 7.5)
    again.wait_at_most(2.0, shorter_only=True)
    assert _limit(ours, socket.SO_RCVTIMEO) == 0.5
    # and the request after it sets the reads' limit back
    again.wait_at_most(7.5)
    assert (_limit(ours, socket.SO_RCVTIMEO), _limit(ours, socket.SO_SNDTIMEO)) == (7.5, 7.5)
    # a socket back without its reader (one that held bytes unread): the limits are set again
    fresh = DirectConnection(("http", "news.test", 80), ours)
    ours.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, _timeval(1.0))
    fresh.wait_at_most(7.5)
    assert _limit(ours, socket.SO_RCVTIMEO) == 7.5
    assert ours.gettimeout() is None


def test_a_read_past_the_limit_times_out_and_the_reader_is_done(
    tcp_pair: tuple[socket.socket, socket.socket],
) -> None:
    """``TimeoutError``, as Python's timeout raises it, and every later read refused."""
    ours, theirs = tcp_pair
    conn = DirectConnection(("http", "news.test", 80), ours)
    conn.wait_at_most(0.05)
    with pytest.raises(TimeoutError, match="timed out"):
        conn.reader.read1(10)
    assert not reusable_reader(conn.reader)
    theirs.sendall(b"late")
    with pytest.raises(OSError, match="timed out object"):
        conn.reader.read1(10)


def test_a_hang_up_from_another_thread_ends_a_blocked_read(
    tcp_pair: tuple[socket.socket, socket.socket],
) -> None:
    """What the fetcher's watchdog does at the deadline: the read ends at once with what came (here an end
    of stream), long before the 60 s limit (had the hang-up not woken it, the read would time out)."""
    ours, theirs = tcp_pair
    conn = DirectConnection(("http", "news.test", 80), ours)
    conn.wait_at_most(60.0)
    theirs.sendall(b"HTTP/1.1 200 OK\r\n")
    reader = conn.reader
    assert reader.readline() == b"HTTP/1.1 200 OK\r\n"
    started = threading.Event()

    def hang_up() -> None:
        started.wait(5)
        socket.socket.shutdown(ours, socket.SHUT_RDWR)

    thread = threading.Thread(target=hang_up, daemon=True)
    thread.start()
    started.set()
    assert reader.read1(10) == b""
    thread.join(5)


def _server(answer: bytes, stall: threading.Event) -> tuple[socket.socket, threading.Thread]:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(5)

    def serve() -> None:
        with listener:
            sock, _ = listener.accept()
            with sock:
                sock.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = sock.recv(4096)
                    if not chunk:
                        return
                    data += chunk
                sock.sendall(answer)
                stall.wait(10)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return listener, thread


def _get(port: int) -> bytes:
    return f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()


@pytest.mark.parametrize(
    "answer",
    [b"", b"HTTP/1.1 200 OK\r\nContent-Le"],
    ids=["nothing", "half a head"],
)
def test_a_server_that_stops_before_its_head_ends_times_the_request_out(answer: bytes) -> None:
    """:meth:`DirectPool.send` raises the ``TimeoutError`` the fetcher classifies as a read timeout."""
    stall = threading.Event()
    listener, thread = _server(answer, stall)
    port = listener.getsockname()[1]
    pool = DirectPool(4)
    request = GetRequest(f"http://127.0.0.1:{port}/", ("http", "127.0.0.1", port), _get(port))
    try:
        with pytest.raises(TimeoutError, match="timed out"):
            pool.send(
                request,
                connect_timeout=3.0,
                read_timeout=0.1,
                exchange=_Exchange("127.0.0.1", port),
                cafile="",
            )
    finally:
        stall.set()
        thread.join(5)
        pool.close()


def test_a_body_that_stops_is_urllib3s_read_timeout_after_the_limit_is_shortened() -> None:
    """The body's reads, their limit shortened to the time left (``fetch._set_read_timeout``), end in
    urllib3's ``ReadTimeoutError`` with the bytes that came read first."""
    stall = threading.Event()
    listener, thread = _server(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst", stall)
    port = listener.getsockname()[1]
    pool = DirectPool(4)
    request = GetRequest(f"http://127.0.0.1:{port}/", ("http", "127.0.0.1", port), _get(port))
    try:
        raw = pool.send(
            request,
            connect_timeout=3.0,
            read_timeout=30.0,
            exchange=_Exchange("127.0.0.1", port),
            cafile="",
        )
        assert isinstance(raw, PlainResponse)
        sock = raw.connection.sock
        _set_read_timeout(raw, 0.1)
        if LINUX:
            assert sock.gettimeout() is None
            assert _limit(sock, socket.SO_RCVTIMEO) == 0.1
        else:
            assert sock.gettimeout() == 0.1
        assert raw.read1(100) == b"first"
        with pytest.raises(urllib3.exceptions.ReadTimeoutError):
            raw.read1(100)
    finally:
        stall.set()
        thread.join(5)
        pool.close()


def test_a_socket_pair_reader_is_unchanged_by_the_override() -> None:
    """The kept reader still gives ``None``-free reads and an end of stream as ``makefile``'s does."""
    ours, theirs = socket.socketpair()
    with ours, theirs:
        ours.settimeout(5)
        reader = kept_reader(ours)
        theirs.sendall(b"abc")
        theirs.shutdown(socket.SHUT_WR)
        assert reader.read() == b"abc"
        assert reader.read1(5) == b""
