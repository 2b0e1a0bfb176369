"""A redirect to another host takes a slot of that host: ``--per-host`` bounds what each server sees.

Two real servers on 127.0.0.1 (two ports: two hosts to the checker). Each counts the requests it is
answering at once; a page is held until a second request is in flight on the same server or a bound
passes (at most 0.5 s), so two requests that the limit allows to overlap do overlap, and the count shows it.
Before the fix a redirect's request was made in the cited host's slot: the target host saw its own
``per_host`` requests and those redirected to it besides (found as the eighth hostile round's CLI test's
flake, where ``/hop`` and ``/to-v6-article`` redirect between 127.0.0.1 and [::1]).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from linkcheck.checker import check
from linkcheck.config import Config
from linkcheck.models import Citation, Report, Status

#: The longest a page is held waiting for a second request in flight on its server.
HOLD = 0.5


@dataclass
class _Counts:
    now: int = 0
    most: int = 0
    paths: list[str] = field(default_factory=list)
    cond: threading.Condition = field(default_factory=threading.Condition)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, redirects: dict[str, str]) -> None:
        self.redirects = redirects  # path -> absolute Location
        self.missing: set[str] = set()  # paths answered 404
        self.counts = _Counts()
        super().__init__(("127.0.0.1", 0), _Handler)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    @property
    def hostport(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        counts = self.server.counts
        with counts.cond:
            counts.now += 1
            counts.most = max(counts.most, counts.now)
            counts.paths.append(self.path)
            counts.cond.notify_all()
            counts.cond.wait_for(lambda: counts.now > 1, timeout=HOLD)
        try:
            location = self.server.redirects.get(self.path)
            if self.path in self.server.missing:
                self.send_response(404)
                body = b"<html><head><title>404 Not Found</title></head></html>"
            elif location is not None:
                self.send_response(302)
                self.send_header("Location", location)
                body = b""
            else:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                body = f"<html><head><title>Page {self.path}</title></head><body><p>x</p></body></html>"
                body = body.encode()
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        finally:
            with counts.cond:
                counts.now -= 1

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def _servers(n: int) -> Iterator[list[_Server]]:
    servers = [_Server({}) for _ in range(n)]
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


def _run(urls: list[str], servers: list[_Server], per_host: int) -> Report:
    """``check`` the URLs in a thread, failing (not hanging) if the run has not ended within a minute."""
    config = Config(
        allow_hosts=tuple(s.hostport for s in servers),
        per_host=per_host,
        workers=8,
        retries=0,
        processes=1,
    )
    done: list[Report] = []
    thread = threading.Thread(target=lambda: done.append(check([Citation(u) for u in urls], config)))
    thread.daemon = True
    thread.start()
    thread.join(60)  # a bound on a hang, not a speed check: the runs take 1-4 s
    assert done, "the run did not end: workers waiting for each other's slots?"
    return done[0]


def test_a_redirect_to_another_host_counts_against_that_hosts_limit() -> None:
    with _servers(2) as (cited, target):
        for i in range(2):
            cited.redirects[f"/via{i}"] = target.url(f"/story{i}")
        urls = [target.url(f"/direct{i}") for i in range(2)] + [cited.url(f"/via{i}") for i in range(2)]
        report = _run(urls, [cited, target], per_host=1)
    assert [r.status for r in report.results] == [Status.OK] * 4, [r.reason for r in report.results]
    assert sorted(target.counts.paths) == ["/direct0", "/direct1", "/story0", "/story1"]
    # before: 2 (a page cited on the target and one redirected to it, each in its own host's slot)
    assert target.counts.most == 1, target.counts.paths
    assert cited.counts.most == 1


def test_hosts_redirecting_to_each_other_finish_within_their_limits() -> None:
    # A's pages redirect to B's and B's to A's, every slot of both busy: a worker waiting for the other
    # host's slot holds none of its own, so the run ends (a deadlock would never end it)
    with _servers(2) as (a, b):
        for i in range(3):
            a.redirects[f"/a{i}"] = b.url(f"/from-a{i}")
            b.redirects[f"/b{i}"] = a.url(f"/from-b{i}")
        urls = [a.url(f"/a{i}") for i in range(3)] + [b.url(f"/b{i}") for i in range(3)]
        report = _run(urls, [a, b], per_host=2)
    assert [r.status for r in report.results] == [Status.OK] * 6, [r.reason for r in report.results]
    assert a.counts.most <= 2, a.counts.paths
    assert b.counts.most <= 2, b.counts.paths


def test_a_redirect_within_a_host_keeps_its_slot() -> None:
    # left alone: a redirect to the same host is made in the slot it holds, and the host's other page waits
    # for it as before (no other request slips in between the redirect and its target)
    with _servers(1) as (site,):
        site.redirects["/old"] = site.url("/new")
        report = _run([site.url("/old"), site.url("/other")], [site], per_host=1)
    assert [r.status for r in report.results] == [Status.OK, Status.OK]
    assert site.counts.most == 1
    assert site.counts.paths in (["/old", "/new", "/other"], ["/other", "/old", "/new"])


def test_a_redirect_adding_userinfo_stays_on_the_host() -> None:
    # left alone: ``http://reader:pw@host/`` is the same server, so the redirect keeps the host's slot
    with _servers(1) as (site,):
        port = site.server_address[1]
        site.redirects["/old"] = f"http://reader:pw@127.0.0.1:{port}/new"
        report = _run([site.url("/old"), site.url("/other")], [site], per_host=1)
    assert [r.status for r in report.results] == [Status.OK, Status.OK]
    assert site.counts.most == 1, site.counts.paths


def test_the_untracked_address_is_asked_in_the_cited_host_s_slot() -> None:
    # a link with tracking parameters redirected to another host that refuses it (404): the note's request
    # for the address without them goes to the cited host, in a slot of that host
    with _servers(2) as (cited, target):
        cited.redirects["/story?utm_source=feed"] = target.url("/gone")
        target.missing.add("/gone")
        urls = [cited.url("/story?utm_source=feed")] + [cited.url(f"/other{i}") for i in range(3)]
        report = _run(urls, [cited, target], per_host=1)
    statuses = [r.status.value for r in report.results]
    assert statuses == ["dead", "ok", "ok", "ok"], [r.reason for r in report.results]
    assert "/story" in cited.counts.paths  # the note's request was made
    assert cited.counts.most == 1, cited.counts.paths


def test_a_cited_address_with_userinfo_shares_its_host_s_slots() -> None:
    with _servers(1) as (site,):
        port = site.server_address[1]
        urls = [f"http://reader:pw@127.0.0.1:{port}/a", site.url("/b")]
        report = _run(urls, [site], per_host=1)
    assert [r.status for r in report.results] == [Status.OK, Status.OK]
    assert site.counts.most == 1, site.counts.paths  # before: 2 (two host keys for one server)
