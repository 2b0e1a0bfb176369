"""``HostileServer.max_in_flight`` counts what a client holds open, no more and no less.

The eighth round's CLI test saw 4 requests in flight against ``--per-host 3`` once under load. Besides a
real excess (a redirect's request made in the cited host's slot: tests/test_redirect_slots.py), the server
miscounted twice over: a request the client gave up (closed) was counted until its handler noticed the
close at its next send or wait, after the client's next request had been read; and a redirect's answer
ended at its empty body's send, after the client had read the whole head and asked again. Raw sockets here,
so no client's limit is involved; each wait is bounded.
"""

from __future__ import annotations

import socket
import threading
import time

from tests.hostile_server import HostileServer, _Conn


def _until(ready: object, what: str) -> None:
    """Poll ``ready()`` until true, at most 10 s (a bound on a hang, not a speed check)."""
    for _ in range(1000):
        if ready():  # type: ignore[operator]
            return
        time.sleep(0.01)
    raise AssertionError(f"never came: {what}")


def _ask(srv: HostileServer, path: str) -> socket.socket:
    sock = socket.create_connection((srv.host, srv.port), timeout=10)
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {srv.origin}\r\nConnection: close\r\n\r\n".encode())
    return sock


def _answer(sock: socket.socket) -> bytes:
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    sock.close()
    return data


def test_a_request_its_client_closed_is_not_counted_beside_the_next() -> None:
    with HostileServer() as srv:
        given_up = _ask(srv, "/no-response")
        _until(lambda: srv.max_in_flight["v4"] == 1, "the request read")
        given_up.close()  # the client's timeout: it holds nothing on this host now
        answer = _answer(_ask(srv, "/ok"))
        most = srv.max_in_flight["v4"]
    assert answer.startswith(b"HTTP/1.1 200")
    assert most == 1  # before: 2 (the closed request counted until its handler's wait saw the close)


def test_a_request_whose_client_holds_its_connection_is_still_counted() -> None:
    # left alone: a real excess is still seen (two requests open at once on one host)
    with HostileServer() as srv:
        held = _ask(srv, "/no-response")
        _until(lambda: srv.max_in_flight["v4"] == 1, "the request read")
        answer = _answer(_ask(srv, "/ok"))
        held.close()
        most = srv.max_in_flight["v4"]
    assert answer.startswith(b"HTTP/1.1 200")
    assert most == 2


def test_an_empty_send_does_not_move_the_answer_s_end() -> None:
    server_side, client_side = socket.socketpair()
    try:
        conn = _Conn(server_side, threading.Event(), 0)
        conn.send(b"HTTP/1.1 302 Found\r\nLocation: /x\r\nContent-Length: 0\r\n\r\n")
        ended = conn.last_send
        conn.send(b"")  # a redirect's empty body: nothing more reaches the client
        assert conn.last_send == ended  # before: the empty send's time, after the client could ask again
        conn.send(b"more")
        assert conn.last_send is not None
        assert ended is not None
        assert conn.last_send > ended  # a send with bytes still moves it
    finally:
        server_side.close()
        client_side.close()
