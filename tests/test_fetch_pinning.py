"""Connections go to the address the guard vetted, not to a second DNS answer; TLS still checks the name.

These drive the session's adapter directly with a pinned exchange (what :class:`Fetcher` sets up after the
guard approves a host), against real servers on 127.0.0.1. The host names used here do not resolve on any
machine, so a request that succeeds can only have gone to the pinned address.
"""

from __future__ import annotations

import http.server
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from linkcheck.config import Config
from linkcheck.fetch import Fetcher, GuardedAdapter, _Exchange, make_session
from linkcheck.models import Cause
from tests.tls import self_signed


class _Handler(http.server.BaseHTTPRequestHandler):
    hosts: list[str] = []  # noqa: RUF012 - one list per server class, see serve()

    def do_GET(self) -> None:
        type(self).hosts.append(self.headers.get("Host", ""))
        body = b"<title>pinned</title>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(context: ssl.SSLContext | None = None) -> tuple[http.server.ThreadingHTTPServer, list[str]]:
    handler = type("Handler", (_Handler,), {"hosts": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, handler.hosts


@pytest.fixture
def plain() -> Iterator[tuple[int, list[str]]]:
    server, hosts = serve()
    yield server.server_address[1], hosts
    server.shutdown()
    server.server_close()


def pin(session: requests.Session, host: str, port: int, address: str = "127.0.0.1") -> None:
    adapter = session.get_adapter(f"http://{host}")
    assert isinstance(adapter, GuardedAdapter)
    adapter.slot.exchange = _Exchange(host, port, addresses=(address,), pinned=True)


def test_pinned_request_goes_to_the_vetted_address(plain: tuple[int, list[str]]) -> None:
    port, hosts = plain
    with make_session(Config()) as session:
        pin(session, "rebinding.invalid", port)
        response = session.get(f"http://rebinding.invalid:{port}/story", timeout=5)
    assert response.status_code == 200
    assert hosts == [f"rebinding.invalid:{port}"]  # the Host header still names the site


def test_pinned_exchange_for_another_host_fails_closed(plain: tuple[int, list[str]]) -> None:
    port, hosts = plain
    with make_session(Config()) as session:
        pin(session, "vetted.invalid", port)
        with pytest.raises(requests.exceptions.ConnectionError, match="no vetted address"):
            session.get(f"http://other.invalid:{port}/", timeout=5)
    assert hosts == []


def test_unpinned_request_resolves_normally(plain: tuple[int, list[str]]) -> None:
    port, hosts = plain
    with make_session(Config()) as session:
        response = session.get(f"http://127.0.0.1:{port}/", timeout=5)
    assert response.status_code == 200
    assert hosts == [f"127.0.0.1:{port}"]


def test_allowed_origin_is_fetched_through_the_fetcher(plain: tuple[int, list[str]]) -> None:
    port, _hosts = plain
    with Fetcher(Config(allow_hosts=(f"127.0.0.1:{port}",))) as fetcher:
        result = fetcher.fetch(f"http://127.0.0.1:{port}/a")
    assert result.ok
    assert result.body == b"<title>pinned</title>"


def test_guard_refuses_the_local_server_without_allow_host(plain: tuple[int, list[str]]) -> None:
    port, hosts = plain
    with Fetcher(Config()) as fetcher:
        result = fetcher.fetch(f"http://127.0.0.1:{port}/a")
    assert result.cause is Cause.ADDRESS_REFUSED
    assert hosts == []


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"), "pinned.invalid")


@pytest.fixture
def tls(certificate: tuple[Path, Path]) -> Iterator[tuple[int, Path]]:
    cert, key = certificate
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server, _hosts = serve(context)
    yield server.server_address[1], cert
    server.shutdown()
    server.server_close()


def test_pinned_tls_uses_the_name_for_sni_and_certificate(tls: tuple[int, Path]) -> None:
    port, cert = tls
    with make_session(Config()) as session:
        session.verify = str(cert)
        pin(session, "pinned.invalid", port)
        response = session.get(f"https://pinned.invalid:{port}/", timeout=5)
    assert response.status_code == 200


def test_pinned_tls_still_rejects_a_certificate_for_another_name(tls: tuple[int, Path]) -> None:
    port, cert = tls
    with make_session(Config()) as session:
        session.verify = str(cert)
        pin(session, "impostor.invalid", port)
        with pytest.raises(requests.exceptions.SSLError):
            session.get(f"https://impostor.invalid:{port}/", timeout=5)
