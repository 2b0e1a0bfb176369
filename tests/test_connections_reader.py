"""The reader a direct connection keeps across its answers (:func:`linkcheck.connections.kept_reader`).

``http.client`` makes a buffered reader of the socket for every answer and closes it with the answer; the
fetcher's connections keep one per socket instead. What must hold: the kept reader gives the same bytes as
``socket.makefile("rb")`` for any reads, it is reused only when it holds no byte unread (bytes a server sent
after an answer are dropped, as the answer's own reader dropped them) and never after a read of it timed out,
and closing an answer leaves it open while closing anything wrapped around it as before.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from linkcheck.config import Config
from linkcheck.connections import DirectConnection, _answer, kept_reader, reusable_reader
from linkcheck.fetch import Fetcher
from linkcheck.headers import Response, transfer_coding_ignored
from tests.test_headers import _names, _status_lines, _values, _Wire, shape

#: Reads of a buffered reader: the method and its size.
_READS = st.lists(
    st.tuples(
        st.sampled_from(["read", "read1", "readline", "peek"]), st.integers(min_value=1, max_value=9000)
    ),
    max_size=12,
)


def _queued(sock: socket.socket) -> int:
    """Bytes waiting in ``sock``'s receive queue (taken with ``MSG_PEEK``, nothing consumed)."""
    sock.setblocking(False)
    try:
        return len(sock.recv(1 << 20, socket.MSG_PEEK))
    except BlockingIOError:
        return 0
    finally:
        sock.settimeout(5)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(min_size=1, max_size=40_000), reads=_READS)
def test_the_kept_reader_reads_what_makefile_reads_and_knows_what_it_holds(
    data: bytes, reads: list[tuple[str, int]]
) -> None:
    """The same reads of the same bytes give the same results both ways; ``reusable_reader`` is true exactly
    when the kept reader holds no byte unread (what was sent, less what was read and what the socket still
    has queued)."""
    pairs = [socket.socketpair() for _ in range(2)]
    try:
        for ours, theirs in pairs:
            ours.settimeout(5)
            theirs.sendall(data)
        (mine, mine_peer), (stdlib, _) = pairs
        kept, made = kept_reader(mine), stdlib.makefile("rb")
        taken = 0
        for name, size in reads:
            if taken >= len(data):
                break  # a read now would wait for bytes that never come
            if name in ("read", "readline"):
                size = min(size, len(data) - taken)  # more would wait for bytes that never come
            if name == "peek":
                got, expected = kept.peek(size), made.peek(size)
            else:
                got, expected = getattr(kept, name)(size), getattr(made, name)(size)
                taken += len(got)
            assert got == expected
        unread = len(data) - taken - _queued(mine)
        assert reusable_reader(kept) is (unread == 0)
        made.close()
        kept.close()
        assert mine.fileno() != -1, "closing the kept reader leaves its socket open"
        del mine_peer
    finally:
        for ours, theirs in pairs:
            ours.close()
            theirs.close()


def test_a_reader_whose_read_timed_out_is_not_reused() -> None:
    """``SocketIO`` refuses every read after a timeout: such a reader must not read the next answer."""
    ours, theirs = socket.socketpair()
    with ours, theirs:
        ours.settimeout(0.01)
        reader = kept_reader(ours)
        assert reusable_reader(reader)
        with pytest.raises(TimeoutError):
            reader.read1(10)
        assert not reusable_reader(reader)
        reader.close()
        assert reusable_reader(kept_reader(ours))  # a new reader of the socket is


def test_closing_an_answer_leaves_its_kept_reader_open_and_closes_anything_else() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        theirs.sendall(b"HTTP/1.1 204 No Content\r\n\r\n")
        conn = DirectConnection(("http", "news.test", 80), ours)
        answer = Response(conn, method="GET")  # type: ignore[arg-type]
        answer.kept = conn.reader
        answer.begin()
        answer.close()
        assert answer.isclosed()
        assert not conn.reader.closed
        other = Response(ours, method="GET")  # its own reader, from socket.makefile: closed with it
        fp = other.fp
        other.close()
        assert fp is not None
        assert fp.closed


@contextlib.contextmanager
def _two_answers(first: bytes, second: bytes) -> Iterator[tuple[int, list[int]]]:
    """A server on 127.0.0.1 that sends ``first`` (in one write) for the first request of a connection and
    ``second`` for the next; it records the port of the connection each request came on."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(5)
    ports: list[int] = []

    def serve() -> None:
        with contextlib.suppress(OSError):
            for _ in range(3):  # connections, at most
                conn, peer = server.accept()
                with conn:
                    conn.settimeout(5)
                    for answer in (first, second):
                        request = b""
                        while b"\r\n\r\n" not in request:
                            chunk = conn.recv(4096)
                            if not chunk:
                                break
                            request += chunk
                        if not request:
                            break
                        ports.append(peer[1])
                        conn.sendall(answer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1], ports
    finally:
        server.close()
        thread.join(5)


def test_bytes_sent_after_an_answer_are_dropped_with_it_and_the_connection_serves_the_next() -> None:
    """A server that writes stray bytes after a page's body (in the same packet, so they land in the reader's
    buffer): they are no part of the next answer, which is read on the same connection, as when every
    answer had its own reader."""
    first = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello\r\nstray"
    second = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\nsecond"
    with _two_answers(first, second) as (port, ports):
        config = Config(allow_hosts=(f"127.0.0.1:{port}",), retries=0, deadline=10.0, read_timeout=5.0)
        with Fetcher(config) as fetcher:
            one = fetcher.fetch(f"http://127.0.0.1:{port}/one")
            two = fetcher.fetch(f"http://127.0.0.1:{port}/two")
    assert (one.status_code, one.body) == (200, b"hello")
    assert (two.status_code, two.body, two.error) == (200, b"second", None)
    assert len(ports) == 2
    assert ports[0] == ports[1], "the second request went out on the first's connection"


# --- the plain head as the answer --------------------------------------------------------------------


def _answered(data: bytes) -> tuple[Any, ...]:
    """What :func:`linkcheck.connections._answer` makes of ``data`` on a connection: its kind, the state
    ``begin`` would set, the header message's, and whether it is closed before and after ``close``."""
    ours, theirs = socket.socketpair()
    with ours, theirs:
        ours.settimeout(1)
        theirs.sendall(data)
        conn = DirectConnection(("http", "news.test", 80), ours)
        try:
            answer, length = _answer(conn)
        except Exception as exc:
            return (type(exc), str(exc))
        state = {
            k: getattr(answer, k) for k in ("status", "reason", "version", "chunked", "length", "will_close")
        }
        kind = type(answer).__name__
        before = answer.isclosed()
        message = (shape(answer.msg), answer.msg.items())
        answer.close()
        return (kind, length, state, message, before, answer.isclosed(), conn.reader.closed)


def _long_way(data: bytes) -> tuple[Any, ...]:
    """``http.client``'s ``begin`` of ``data``, read line by line, as :func:`_answered` reports an answer."""
    response = Response(_Wire(data), method="GET")  # type: ignore[arg-type]
    try:
        response.begin_long()  # http.client's begin and what linkcheck reads differently (", chunked")
        response.close_after_head()  # what Response.begin adds after http.client's (101, repaired framing)
    except Exception as exc:
        return (type(exc), str(exc))
    if response.chunked and transfer_coding_ignored(response.version):
        # HTTP/1.0 has no transfer codings: read to the close (the twentieth hostile round; Response.begin)
        response.chunked, response.length, response.will_close = False, None, True
    return {
        k: getattr(response, k) for k in ("status", "reason", "version", "chunked", "length", "will_close")
    }, (
        shape(response.msg),
        response.msg.items(),
    )


@settings(max_examples=300, deadline=None)
@given(
    _status_lines,
    st.lists(st.tuples(_names, _values), max_size=8),
    st.sampled_from([b"\r\n", b"\n"]),
    st.sampled_from([b"\r\n", b"\n"]),
)
@example(b"HTTP/1.0 200 ", [("Transfer-Encoding", b"chunked")], b"\r\n", b"\r\n")  # read to the close
@example(
    b"HTTP/1.1 200 OK", [("Content-Length", b"40"), ("Content-Length", b"40")], b"\r\n", b"\r\n"
)  # not kept
def test_a_plain_head_is_the_answer_with_what_begin_sets(
    status: bytes, fields: list[tuple[str, bytes]], line_end: bytes, end: bytes
) -> None:
    """An answer whose body :class:`PlainResponse` reads is its plain head, no ``http.client`` response made:
    it holds what ``begin`` sets, and closes as a response does (the connection's reader left open); any
    other answer is ``http.client``'s response, begun, holding the same."""
    assume(status[8:10] != b" 1")  # an interim answer: the final one after it is another test's
    data = status + b"\r\n" + b"".join(n.encode() + b":" + v + line_end for n, v in fields) + end + b"body"
    got, expected = _answered(data), _long_way(data)
    if len(expected) == 2 and isinstance(expected[0], type):  # the long way refused it
        assert got == expected
        return
    kind, length, state, message, before, after, reader_closed = got
    if kind == "PlainHead":
        assert length is not None
        assert length == state["length"]
    else:
        assert kind == "Response"
        assert length is None
    assert (state, message) == expected
    assert (before, after, reader_closed) == (False, True, False)
