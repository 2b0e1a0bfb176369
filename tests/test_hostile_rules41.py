"""The forty-first hostile round's rules (host41): bytes a server sends on a kept-alive connection beyond the
answer asked for are never the next request's answer.

The round's case ``/extra-response-after-body`` (a second whole answer after the first one's body, then the
close) was met as written; what it leaves open is the connection kept alive after it. On base52's src, a whole
answer sent on the idle connection after the first had been read (a back end answering twice, a proxy's
desync) was read as the answer to the next request sent on it, another page taken for the cited one
(``connections.bytes_waiting``: a pooled socket with bytes waiting is closed, not used, as
Chromium's ``IsConnectedAndIdle`` and urllib3's ``is_connection_dropped`` find by polling it).

A second answer that comes in the same send as the first was already never the next answer on base52 (the
connection's reader drops what it holds past an answer, and what is left on the socket is no status line,
so the request went once more on a new connection); its test guards that, with the rule in place.

Each server here runs on 127.0.0.1, started by the test; the tests order the server's sends with events,
so nothing depends on timing.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from linkcheck.config import Config
from linkcheck.connections import bytes_waiting
from linkcheck.fetch import Fetcher

_STORY = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Harbour crane lifts its last load"
    b"</title></head><body><p>The crane is to be kept as a landmark.</p></body></html>"
)
_NEXT = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Ferry timetable for the winter"
    b"</title></head><body><p>Boats leave every hour.</p></body></html>"
)


def _prize(size: int) -> bytes:
    """The answer nobody asked for: a prize page of at least ``size`` bytes of body."""
    body = (
        b"<!DOCTYPE html><html><head><meta charset=utf-8><title>You have won a free cruise</title></head>"
        b"<body>" + b"<p>Claim it now.</p>" * (size // 19 + 1) + b"</body></html>"
    )
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)


def _answer(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)


class _TwiceServer:
    """Answers ``/story`` with the story, then ``extra`` (at once, or once ``go`` is set), the connection
    kept open; any other path with ``_NEXT``. Counts the connections it accepted."""

    def __init__(self, extra: bytes, at_once: bool) -> None:
        self.extra, self.at_once = extra, at_once
        self.go, self.sent, self.stop = threading.Event(), threading.Event(), threading.Event()
        self.accepted = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.threads: list[threading.Thread] = []

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve(self) -> None:
        for _ in range(200):  # at most 40 s
            if self.stop.is_set():
                return
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            self.accepted += 1
            thread = threading.Thread(target=self.handle, args=(conn,), daemon=True)
            self.threads.append(thread)
            thread.start()

    def handle(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        with conn:
            for _ in range(4):
                try:
                    request = conn.recv(65536)
                except OSError:
                    return
                if not request:
                    return
                if request.startswith(b"GET /story "):
                    if self.at_once:
                        conn.sendall(_answer(_STORY) + self.extra)
                    else:
                        conn.sendall(_answer(_STORY))
                        self.go.wait(10)
                        conn.sendall(self.extra)
                    self.sent.set()
                else:
                    conn.sendall(_answer(_NEXT))


@contextmanager
def _server(extra: bytes, at_once: bool) -> Iterator[_TwiceServer]:
    server = _TwiceServer(extra, at_once)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.go.set()
        thread.join(5)
        server.listener.close()


def _config(server: _TwiceServer) -> Config:
    return Config(
        allow_hosts=(f"127.0.0.1:{server.port}",),
        deadline=10.0,
        read_timeout=5.0,
        retries=0,
        max_bytes=1 << 20,
    )


@pytest.mark.parametrize("size", [100, 20_000, 200_000])
def test_an_unasked_answer_with_the_first_is_never_the_next_answer(size: int) -> None:
    # the second answer came in the same send as the first: small (in the reader's buffer) or longer than it
    with _server(_prize(size), at_once=True) as server, Fetcher(_config(server)) as fetcher:
        first = fetcher.fetch(server.url("/story"))
        assert server.sent.wait(10)
        second = fetcher.fetch(server.url("/timetable"))
    assert (first.status_code, first.body) == (200, _STORY), (first.cause, first.error)
    assert (second.cause, second.status_code) == (None, 200), (second.cause, second.error)
    assert second.body == _NEXT, second.body[:120]


@pytest.mark.parametrize("size", [100, 20_000])
def test_an_answer_sent_on_an_idle_connection_is_never_the_next_answer(size: int) -> None:
    # the first answer read whole and the connection pooled; then the server sends a whole answer on it
    # before the next request: that request's answer is its own, read on a new connection
    with _server(_prize(size), at_once=False) as server, Fetcher(_config(server)) as fetcher:
        first = fetcher.fetch(server.url("/story"))
        server.go.set()
        assert server.sent.wait(10)  # on loopback a send is queued at the peer before it returns
        second = fetcher.fetch(server.url("/timetable"))
    assert (first.status_code, first.body) == (200, _STORY), (first.cause, first.error)
    assert (second.cause, second.status_code) == (None, 200), (second.cause, second.error)
    assert second.body == _NEXT, second.body[:120]
    assert server.accepted == 2


def test_a_well_behaved_kept_connection_is_still_reused() -> None:
    # the rules close only a connection with bytes waiting: a plain keep-alive site uses one connection
    with _server(b"", at_once=True) as server, Fetcher(_config(server)) as fetcher:
        first = fetcher.fetch(server.url("/story"))
        second = fetcher.fetch(server.url("/timetable"))
        third = fetcher.fetch(server.url("/story"))
    assert [r.body for r in (first, second, third)] == [_STORY, _NEXT, _STORY]
    assert server.accepted == 1


def test_bytes_waiting_tells_an_idle_socket_from_one_with_bytes() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        ours.settimeout(1.0)
        assert not bytes_waiting(ours)
        theirs.sendall(b"HTTP/1.1 200 OK\r\n")
        assert bytes_waiting(ours)
        assert ours.recv(64) == b"HTTP/1.1 200 OK\r\n"
        assert not bytes_waiting(ours)
    assert bytes_waiting(ours)  # a closed socket cannot be asked: not idle
