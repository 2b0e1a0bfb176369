"""One server written several ways is one host for ``--per-host`` (``linkcheck.hostkey.host_key``).

Before, the host key was the netloc as written (lower case, without a userinfo): ``host`` and ``host:80``,
``https://host:443``, a name in Unicode and in punycode, a trailing root dot and an IP address written two
ways were separate hosts, each with its own slots, so a manifest citing one server in two spellings could
send it twice the limit. The loopback servers count the requests they have at once, and hold a page for a
second one up to 0.5 s, so what the limit allows to overlap does overlap; names under ``localhost`` go to
127.0.0.1 once private addresses are allowed.

A request is counted from its head read to its answer's first byte, not to the answer's last (as
``tests/test_redirect_slots.py``'s servers count). The client cannot send its next request in that slot
before it has the answer, so no overlap is counted that the client did not make; counted to the answer's
end, a next request on another connection (another spelling is another connection pool of the client)
could be read before the handler that wrote the answer had counted it out, and two were counted at once
(the address test's first run at the fixed code, with that file's servers; its three runs of
``/tmp/fix2/spell.py``, a copy, saw 1 each).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from linkcheck.checker import _host_key, _precheck, check
from linkcheck.config import Config
from linkcheck.models import Citation, Report, Status
from linkcheck.parallel import host_of, shard_by_host
from tests.site_server import Page, Request, SiteServer, serve

#: The longest a page is held waiting for a second request in flight on its server.
HOLD = 0.5


class _Server(ThreadingHTTPServer):
    """127.0.0.1 on a port of its own: each path's ``redirects`` answered 302, any other path 200 (a page)."""

    daemon_threads = True

    def __init__(self) -> None:
        self.redirects: dict[str, str] = {}
        self.now = 0
        self.most = 0
        self.paths: list[str] = []
        self.cond = threading.Condition()
        self.hold = HOLD  # how long a page waits for a second request in flight
        super().__init__(("127.0.0.1", 0), _Handler)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        server = self.server
        with server.cond:
            server.now += 1
            server.most = max(server.most, server.now)
            server.paths.append(self.path)
            server.cond.notify_all()
            server.cond.wait_for(lambda: server.now > 1, timeout=server.hold)
            server.now -= 1  # counted out before its answer is written (see the module's docstring)
        location = server.redirects.get(self.path)
        if location is not None:
            self.send_response(302)
            self.send_header("Location", location)
            body = b""
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            body = f"<html><head><title>Page {self.path}</title></head><body><p>x</p></body></html>".encode()
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def _servers(n: int) -> Iterator[list[_Server]]:
    servers = [_Server() for _ in range(n)]
    threads = [threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}) for s in servers]
    for thread in threads:
        thread.daemon = True
        thread.start()
    try:
        yield servers
    finally:
        for server, thread in zip(servers, threads, strict=True):
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)


def _run(urls: list[str], per_host: int = 1, **settings: object) -> Report:
    """``check`` the URLs (private addresses allowed) in a thread, failing rather than hanging past 60 s."""
    chosen: dict[str, object] = {"workers": 8, "retries": 0, **settings}
    config = Config(allow_private=True, per_host=per_host, processes=1, **chosen)  # type: ignore[arg-type]
    done: list[Report] = []
    thread = threading.Thread(target=lambda: done.append(check([Citation(u) for u in urls], config)))
    thread.daemon = True
    thread.start()
    thread.join(60)  # a bound on a hang, not a speed check
    assert done, "the run did not end"
    return done[0]


def _at(server: _Server, host: str, path: str) -> str:
    return f"http://{host}:{server.server_address[1]}{path}"


# --- the key, on small strings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (
            [
                "example.com",
                "example.com:80",
                "example.com:443",
                "EXAMPLE.Com",
                "example.com.",
                "u:p@example.com:080",
            ],
            "example.com",
        ),
        (
            ["пример.рф", "ПРИМЕР.РФ", "xn--e1afmkfd.xn--p1ai", "XN--E1AFMKFD.xn--p1ai.:443"],
            "xn--e1afmkfd.xn--p1ai",
        ),
        (["[::1]", "[0:0:0:0:0:0:0:1]", "[::1]:80", "[0::1]:443"], "::1"),
        (["127.0.0.1", "127.1", "2130706433", "0x7f.0.0.1", "127.0.0.1:80"], "127.0.0.1"),
        (["example.com:8080", "EXAMPLE.com.:08080"], "example.com:8080"),
        (["[::1]:8443", "[0::1]:8443"], "[::1]:8443"),
    ],
)
def test_every_spelling_of_one_server_is_one_key(spellings: list[str], key: str) -> None:
    from linkcheck.hostkey import (
        host_key,
    )  # imported here: base41, which the loopback tests fail on, lacks it

    assert {host_key(s) for s in spellings} == {key}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("example.com", "www.example.com"),  # another name: not resolved, not folded
        ("example.com", "example.com:8080"),  # another port: another service
        ("example.com:8080", "example.com:8081"),
        ("127.0.0.1", "127.0.0.2"),
        ("localhost", "127.0.0.1"),  # a name and an address are not folded (nothing is looked up)
        ("example.123", "example.124"),  # a numeric last label that is no address stays a name
        ("пример.рф", "пример.ru"),
    ],
)
def test_other_servers_keep_their_own_keys(one: str, other: str) -> None:
    from linkcheck.hostkey import host_key

    assert host_key(one) != host_key(other)


def test_a_name_that_does_not_encode_or_a_port_that_is_no_number_is_kept_as_written() -> None:
    from linkcheck.hostkey import host_key

    assert host_key("a..b") == "a..b"
    assert host_key("example.com:8o") == "example.com:8o"
    assert host_key("[::1") == "[::1"
    assert host_key("") == ""


def test_the_scheduler_the_redirect_move_and_the_shards_use_the_one_key() -> None:
    spellings = [
        "http://News.Example.COM/a",
        "https://news.example.com.:443/b",
        "http://u:p@news.example.com:80/c",
    ]
    config = Config()
    assert {_precheck(u, config, [], [])[1] for u in spellings} == {"news.example.com"}  # the dispatcher's
    assert {_host_key(u) for u in spellings} == {"news.example.com"}  # a redirect's move, a pause's backoff
    assert {host_of(u) for u in spellings} == {"news.example.com"}  # the sharded run's split
    citations = [
        Citation(u) for u in [*spellings, "http://other.example.org/x", "http://other.example.org/y"]
    ]
    shards = shard_by_host(citations, 2)
    assert sorted(map(sorted, shards)) == [[0, 1, 2], [3, 4]]


# --- a real server, cited under several spellings -----------------------------------------------------------


def test_a_server_cited_in_several_spellings_of_its_name_sees_the_limit_once() -> None:
    with _servers(1) as (site,):
        hosts = ["news.localhost", "NEWS.Localhost", "news.localhost.", "news.LOCALHOST."]
        urls = [_at(site, h, f"/story{i}") for i, h in enumerate(hosts)]
        report = _run(urls, per_host=1)
    assert [r.status for r in report.results] == [Status.OK] * 4, [r.reason for r in report.results]
    assert site.most == 1, site.paths  # before: 2 (four keys for one server)


def test_a_server_cited_by_its_name_in_unicode_and_in_punycode_sees_the_limit_once() -> None:
    with _servers(1) as (site,):
        hosts = ["новости.localhost", "xn--b1amnebsh.localhost", "НОВОСТИ.localhost"]
        urls = [_at(site, h, f"/story{i}") for i, h in enumerate(hosts)]
        report = _run(urls, per_host=1)
    assert [r.status for r in report.results] == [Status.OK] * 3, [r.reason for r in report.results]
    assert site.most == 1, site.paths


def test_a_server_cited_by_its_address_written_two_ways_sees_the_limit_once() -> None:
    with _servers(1) as (site,):
        hosts = ["127.0.0.1", "127.1", "2130706433"]
        urls = [_at(site, h, f"/story{i}") for i, h in enumerate(hosts)]
        report = _run(urls, per_host=1)
    assert [r.status for r in report.results] == [Status.OK] * 3, [r.reason for r in report.results]
    assert site.most == 1, site.paths


def test_a_redirect_to_another_spelling_of_a_cited_host_takes_that_host_s_slot() -> None:
    # B is cited as 127.0.0.1 and reached through A's redirects written as 127.1: one host, one slot
    with _servers(2) as (cited, target):
        for i in range(2):
            cited.redirects[f"/via{i}"] = _at(target, "127.1", f"/story{i}")
        urls = [target.url(f"/direct{i}") for i in range(2)] + [cited.url(f"/via{i}") for i in range(2)]
        report = _run(urls, per_host=1)
    assert [r.status for r in report.results] == [Status.OK] * 4, [r.reason for r in report.results]
    assert target.most == 1, target.paths
    assert cited.most == 1


def test_two_servers_on_one_name_and_two_ports_keep_their_own_limits() -> None:
    # left alone: another port is another server, each with its own slots (both are busy at once)
    with _servers(2) as (one, two):
        urls = [_at(one, "news.localhost", f"/a{i}") for i in range(2)]
        urls += [_at(two, "news.localhost", f"/b{i}") for i in range(2)]
        report = _run(urls, per_host=2)
    assert [r.status for r in report.results] == [Status.OK] * 4, [r.reason for r in report.results]
    assert one.most == 2
    assert two.most == 2


# --- backing off after 503: the pause holds every spelling -----------------------------------------------


def _busy() -> AbstractContextManager[SiteServer]:
    """Answers ``/busy`` 503 with ``Retry-After: 1`` once, then 200; every path in the order asked."""
    lock = threading.Lock()
    refused: list[str] = []

    def answer(request: Request) -> Page:
        with lock:
            refuse = request.path == "/busy" and not refused
            if refuse:
                refused.append(request.path)
        if refuse:
            return Page(503, b"busy", {"Retry-After": "1"})
        return Page(
            body=f"<html><head><title>Page {request.path}</title></head><body><p>x</p></body></html>".encode()
        )

    return serve(answer=answer)


def test_a_retry_after_pause_holds_the_host_under_every_spelling() -> None:
    # /busy asks for a pause: nothing else goes to the server until its retry is sent, whichever spelling
    # the other links use (before: the other spellings' links went during the pause)
    with _busy() as server:
        port = server.server_address[1]
        urls = [f"http://news.localhost:{port}/busy"]
        urls += [f"http://NEWS.localhost.:{port}/a", f"http://news.Localhost:{port}/b"]
        report = _run(urls, per_host=2, retries=1, workers=1)
    assert [r.status for r in report.results] == [Status.OK] * 3, [r.reason for r in report.results]
    assert server.paths()[:2] == ["/busy", "/busy"], server.paths()
