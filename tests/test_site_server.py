"""The test site server itself (``tests/site_server.py``): where it binds, that it never outlives its ``with``
block (even a failing one), that its handler's errors reach the test, and what it answers."""

from __future__ import annotations

import http.client
import socket
import threading

import pytest

from tests.site_server import HandlerError, Page, Request, SiteServer, serve


def _get(server: SiteServer, path: str, method: str = "GET", **headers: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.request(method, path, headers=headers)
        answer = conn.getresponse()
        return answer.status, answer.read()
    finally:
        conn.close()


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except ConnectionRefusedError:
        return True
    return False


def _server_threads(server: SiteServer) -> list[threading.Thread]:
    return [t for t in server._handlers if t.is_alive()]


def test_it_binds_127_0_0_1_on_a_port_of_its_own() -> None:
    with serve() as one, serve() as two:
        assert one.server_address[0] == "127.0.0.1"
        assert one.port != 0
        assert one.port != two.port
        assert one.origin == f"http://127.0.0.1:{one.port}"


def _fail_while_a_connection_is_kept(kept: list[SiteServer], conns: list[http.client.HTTPConnection]) -> None:
    with serve({"/a": Page(body=b"<title>A</title>")}) as site:
        kept.append(site)
        conns.append(http.client.HTTPConnection("127.0.0.1", site.port, timeout=30))
        conns[0].request("GET", "/a")
        assert conns[0].getresponse().read() == b"<title>A</title>"  # the connection stays open (kept alive)
        assert len(_server_threads(site)) == 1
        _ = 1 / 0


def test_a_failing_block_closes_the_server_joins_its_threads_and_keeps_its_own_error() -> None:
    kept: list[SiteServer] = []
    conns: list[http.client.HTTPConnection] = []
    with pytest.raises(ZeroDivisionError):
        _fail_while_a_connection_is_kept(kept, conns)
    site = kept[0]
    conns[0].close()
    assert _server_threads(site) == []  # the kept-alive connection's handler was ended, not left waiting
    assert site.socket.fileno() == -1
    assert _refused(site.port)


def test_a_held_page_is_let_go_when_the_block_ends() -> None:
    answers: list[tuple[int, bytes]] = []
    with serve({"/slow": Page(body=b"late", hold=600.0)}) as site:
        client = threading.Thread(target=lambda: answers.append(_get(site, "/slow")), daemon=True)
        client.start()
        assert site.wait_for_requests(1, route="/slow")
        assert not site.wait_for_requests(1, timeout=0.01, route="/other")
    client.join(30)
    assert answers == [(200, b"late")]
    assert _server_threads(site) == []


def _broken(request: Request) -> Page:
    raise ValueError(f"no page for {request.path}")


def _ask_a_broken_handler(then: BaseException | None = None) -> None:
    with serve(answer=_broken) as site:
        with pytest.raises(http.client.RemoteDisconnected):
            _get(site, "/x")
        if then is not None:
            raise then


def test_a_handler_error_fails_the_test_that_served_it() -> None:
    with pytest.raises(HandlerError, match="no page for /x") as raised:
        _ask_a_broken_handler()
    assert isinstance(raised.value.__cause__, ValueError)


def test_a_failing_block_is_not_hidden_by_a_handler_error() -> None:
    with pytest.raises(KeyError, match="the block's"):
        _ask_a_broken_handler(KeyError("the block's"))


def test_a_client_hanging_up_is_not_a_handler_error() -> None:
    with serve({"/big": Page(body=b"x" * 4_000_000)}) as site:
        sock = socket.create_connection(("127.0.0.1", site.port), timeout=30)
        sock.sendall(b"GET /big HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert sock.recv(12).startswith(b"HTTP/1.")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        sock.close()  # a reset, mid-body
        assert site.wait_for_requests(1)
    assert site.errors == []


def test_routes_then_answer_then_404_and_every_request_is_logged() -> None:
    def made(request: Request) -> Page:
        if request.route.startswith("/story/"):
            agent = request.header("user-agent")
            return Page(body=f"story {request.route[7:]} on {request.host} for {agent}".encode())
        return Page(410, b"gone")

    with serve({"/fixed": Page(body=b"fixed"), "/q?a=1": Page(body=b"exact")}, answer=made) as site:
        assert _get(site, "/fixed?utm=x") == (200, b"fixed")
        assert _get(site, "/q?a=1") == (200, b"exact")
        asked = _get(site, "/story/7", Host="Outlet.localhost:80", **{"USER-AGENT": "Probe/1"})
        assert asked == (200, b"story 7 on outlet.localhost for Probe/1")
        assert _get(site, "/other") == (410, b"gone")
        assert _get(site, "/fixed", "HEAD") == (200, b"")
    with serve() as bare:
        assert _get(bare, "/nothing") == (404, b"<html><title>404 Not Found</title></html>")
    assert site.paths() == ["/fixed?utm=x", "/q?a=1", "/story/7", "/other", "/fixed"]
    assert [r.method for r in site.requests] == ["GET"] * 4 + ["HEAD"]
    assert site.hits == {"/fixed": 2, "/q": 1, "/story/7": 1, "/other": 1}


def test_a_cookie_page_answers_otherwise_without_its_cookie() -> None:
    page = Page(body=b"in", requires_cookie="ok=1", otherwise=Page(403, b"out"))
    with serve({"/c": page}) as site:
        assert _get(site, "/c") == (403, b"out")
        assert _get(site, "/c", Cookie="a=b; ok=1") == (200, b"in")
