"""A fast loopback HTTP server for benchmarking linkcheck (and lychee) on realistic news pages.

It listens on one port on several loopback addresses (``127.0.0.1`` ... ``127.0.0.H``), each address being
one "host" of the benchmark, and serves article pages of 30-80 KB generated deterministically from a seed:
a ``<head>`` with ``<title>``, Open Graph and ``article:published_time`` tags and a JSON-LD ``NewsArticle``,
then a body of paragraphs. The last path segment says what a URL does (see :func:`article_path`)::

    /{section}/{yyyy}/{mm}/{dd}/{slug}-a{id}.html   200, the article
    ...-n{id}.html                                  404, a realistic "not found" page
    ...-r{id}.html                                  301 to /archive/.../{slug}-a{id}.html (the article, moved)
    ...-f{id}.html                                  503 the first time it is asked for (per epoch), then 200
    ...-e{id}.html                                  500, always

Everything else (``/robots.txt``, ``/favicon.ico``) is a 404. Latency is injected without blocking
(``loop.call_later``). The server counts, per host (the local address a connection arrived on), open
connections and requests in flight (from the moment the request head is parsed to the moment the response is
handed to the socket) and their maxima, requests, and requests per path. In-flight requests can only
under-count what the client has in flight, so a maximum above a client's per-host limit proves the client
exceeded it.

A control listener on ``127.0.0.1:<control port>`` (not counted in the statistics) answers::

    GET /reset?latency=0.05   zero the statistics, start a new flaky epoch, set the latency (seconds)
    GET /reset?latency=0.05&jitter=0.01   the same, each response delayed uniformly 40-60 ms
    GET /stats                the statistics as JSON (``?paths=1`` adds per-path request counts,
                              ``?events=1`` each request's arrival and response times and status per host)

Run ``python bench/server.py --help``. On start it prints one JSON line (``{"port": ..., "control": ...}``).
It stops by itself after ``--max-seconds`` or when its parent process goes away.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import functools
import json
import os
import random
import re
import signal
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from urllib.parse import parse_qs, urlsplit

__all__ = [
    "KINDS",
    "ArticleMeta",
    "article_meta",
    "article_path",
    "host_address",
    "site_name",
]

#: Kind codes (the letter before the id in an article URL) and what each does.
KINDS: dict[str, str] = {
    "a": "200 article",
    "n": "404 not found",
    "r": "301 to the article's archive URL",
    "f": "503 once per epoch, then 200",
    "e": "500 always",
}

_WORDS_TEXT = (
    "minister council budget election harbour river energy winter summit court trial treaty border mayor "
    "festival museum railway bridge airport storm flood drought harvest market bank inflation wages strike "
    "union factory school hospital doctor nurse vaccine study report survey census police protest crowd "
    "square palace parliament senate committee inquiry scandal leak archive letter diary novel author "
    "painter concert theatre film director actor season league final match coach player record victory "
    "defeat draw transfer stadium island coast mountain valley forest village city capital province region "
    "north south east west ancient modern new old quiet sudden historic rare final early late major minor "
    "reveals rejects approves delays launches closes opens warns plans faces wins loses returns marks "
    "honours restores expands cuts raises lowers signs breaks builds finds loses hires names sues joins"
)
_WORDS = _WORDS_TEXT.split()
_SECTIONS = ("news", "world", "politics", "business", "culture", "sport", "science", "society")
_SITES = (
    "The Loopback Herald",
    "Daily Localhost",
    "The 127 Gazette",
    "Evening Socket",
    "Port Courier",
    "The Packet Times",
    "Morning Datagram",
    "The Kernel Tribune",
)
_PATH = re.compile(rb"^/([a-z]+)/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)-([anrfe])(\d+)\.html$")


def host_address(index: int) -> str:
    """The loopback address of benchmark host ``index`` (0-based): ``127.0.0.1`` for 0."""
    return f"127.0.0.{index + 1}"


def site_name(host: str) -> str:
    """The outlet name the pages of ``host`` (a loopback address) carry in ``og:site_name``."""
    last = int(host.rsplit(".", 1)[1])
    return _SITES[(last - 1) % len(_SITES)] + ("" if last <= len(_SITES) else f" {last}")


@dataclass(frozen=True)
class ArticleMeta:
    """What an article page says about itself (and so what a correct citation of it claims)."""

    id: int
    title: str
    section: str
    slug: str
    year: int
    month: int
    day: int
    hour: int
    minute: int
    author: str
    body_index: int

    @property
    def date(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@functools.lru_cache(maxsize=4096)
def article_meta(article_id: int, seed: int = 1) -> ArticleMeta:
    """The deterministic metadata of article ``article_id`` under ``seed``."""
    rnd = random.Random(seed * 1_000_003 + article_id)
    words = [rnd.choice(_WORDS) for _ in range(rnd.randint(6, 11))]
    title = " ".join(words).capitalize()
    slug = "-".join(words[:6])
    d = dt.date(2014, 1, 1) + dt.timedelta(days=rnd.randrange(0, 3650))
    return ArticleMeta(
        id=article_id,
        title=title,
        section=rnd.choice(_SECTIONS),
        slug=slug,
        year=d.year,
        month=d.month,
        day=d.day,
        hour=rnd.randrange(6, 23),
        minute=rnd.randrange(60),
        author=f"{rnd.choice(_WORDS).capitalize()} {rnd.choice(_WORDS).capitalize()}son",
        body_index=rnd.randrange(1 << 30),
    )


def article_path(article_id: int, kind: str = "a", seed: int = 1, section: str | None = None) -> str:
    """The URL path of article ``article_id`` behaving as ``kind`` (a key of :data:`KINDS`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    m = article_meta(article_id, seed)
    return f"/{section or m.section}/{m.year:04d}/{m.month:02d}/{m.day:02d}/{m.slug}-{kind}{article_id}.html"


# --- page bodies ---------------------------------------------------------------------------------------


def _paragraph(rnd: random.Random) -> str:
    sentences = []
    for _ in range(rnd.randint(3, 7)):
        words = [rnd.choice(_WORDS) for _ in range(rnd.randint(8, 22))]
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


_TOP = (
    '<body class="article-page">\n<header class="site-header"><nav><ul>'
    + "".join(f'<li><a href="/{s}/">{s.capitalize()}</a></li>' for s in _SECTIONS)
    + "</ul></nav></header>\n<main>\n<article>\n<h1>{title}</h1>\n"
    '<p class="byline">By <span class="author">{author}</span> · '
    '<time datetime="{iso}">{human}</time></p>\n<div class="article-body">\n'
)
_FOOTER = (
    "</div>\n</article>\n</main>\n<footer><p>&copy; {site}. All rights reserved.</p></footer>\n"
    '<script src="/static/app.js" defer></script>\n</body>\n</html>\n'
)


def _build_bodies(seed: int, count: int) -> list[bytes]:
    """``count`` article bodies' paragraphs (the static middle of a page): pages come out at 30-80 KB."""
    bodies = []
    for i in range(count):
        rnd = random.Random(seed * 7919 + i)
        target = rnd.randint(22_000, 71_000)  # the head and byline add ~8.5 KB
        parts: list[str] = []
        size = len(_TOP) + len(_FOOTER)
        n = 0
        while size < target:
            p = f"<p>{_paragraph(rnd)}</p>\n"
            if n % 6 == 5:
                link = f"/news/{rnd.randrange(10**6)}.html"
                p += f'<aside class="related"><a href="{link}">Related: {_paragraph(rnd)[:80]}</a></aside>\n'
            parts.append(p)
            size += len(p)
            n += 1
        bodies.append("".join(parts).encode())
    return bodies


def _inline_script(seed: int) -> str:
    rnd = random.Random(seed * 31)
    keys = [rnd.choice(_WORDS) for _ in range(300)]
    entries = ",".join(f'"{k}{i}":{rnd.randrange(10**6)}' for i, k in enumerate(keys))
    return f"window.__CONFIG__={{{entries}}};"


# --- the server ----------------------------------------------------------------------------------------


@dataclass
class HostStats:
    conns: int = 0
    max_conns: int = 0
    inflight: int = 0
    max_inflight: int = 0
    requests: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    delay_sum: float = 0.0  # seconds between a request's arrival and its response, summed
    first: float | None = None  # monotonic time the first request of the epoch arrived
    last: float | None = None  # monotonic time the last response of the epoch was sent
    #: seconds from a response leaving to the next request arriving on the same connection: the client's
    #: turnaround (reading, judging, choosing and sending the next request), one entry a reused connection
    turnarounds: list[float] = field(default_factory=list)
    #: (arrived, sent) monotonic times of each request of the epoch: the timeline of requests in flight
    events: list[tuple[float, float, int]] = field(default_factory=list)  # arrival, response, status


class Site:
    """Pages, behaviour and statistics shared by every connection."""

    def __init__(self, seed: int, hosts: list[str], port: int) -> None:
        self.seed = seed
        self.port = port
        self.latency = 0.0
        self.jitter = 0.0  # latency is uniform in [latency - jitter, latency + jitter] when set
        self.rng = random.Random(seed)
        self.timer_slack = 0.0
        self.epoch = 0
        self.started = time.monotonic()
        self.hosts = {h: HostStats() for h in hosts}
        self.path_counts: dict[bytes, int] = {}
        self.flaky_seen: set[int] = set()
        self.bodies = _build_bodies(seed, 48)
        self.script = _inline_script(seed)
        self._head_cache: dict[tuple[int, str], bytes] = {}
        self.not_found = self._error_page(404, "Page not found", 5_000)
        self.server_error = self._error_page(500, "Internal server error", 600)
        self.unavailable = self._error_page(503, "Service temporarily unavailable", 600)

    def reset(self, latency: float, jitter: float = 0.0) -> None:
        self.latency = latency
        self.jitter = min(jitter, latency)
        self.epoch += 1
        self.flaky_seen.clear()
        self.path_counts.clear()
        for h in self.hosts:
            old = self.hosts[h]
            self.hosts[h] = HostStats(conns=old.conns, max_conns=old.conns)

    def stats(self, with_paths: bool, with_events: bool = False) -> dict[str, object]:
        out: dict[str, object] = {
            "epoch": self.epoch,
            "latency": self.latency,
            "hosts": {
                h: {
                    "conns": s.conns,
                    "max_conns": s.max_conns,
                    "inflight": s.inflight,
                    "max_inflight": s.max_inflight,
                    "requests": s.requests,
                    "statuses": {str(k): v for k, v in sorted(s.statuses.items())},
                    "mean_delay_ms": round(1000 * s.delay_sum / s.requests, 3) if s.requests else None,
                    "first": s.first,
                    "last": s.last,
                }
                for h, s in self.hosts.items()
            },
            "requests": sum(s.requests for s in self.hosts.values()),
        }
        firsts = [s.first for s in self.hosts.values() if s.first is not None]
        lasts = [s.last for s in self.hosts.values() if s.last is not None]
        # Seconds from the first request arriving to the last response leaving, over every host.
        out["span"] = (max(lasts) - min(firsts)) if firsts and lasts else None
        out["first"] = min(firsts) if firsts else None
        out["last"] = max(lasts) if lasts else None
        turns = sorted(t for s in self.hosts.values() for t in s.turnarounds)
        out["turnaround_ms"] = (
            {
                "n": len(turns),
                "mean": round(1000 * sum(turns) / len(turns), 3),
                "p50": round(1000 * turns[len(turns) // 2], 3),
                "p90": round(1000 * turns[len(turns) * 9 // 10], 3),
                "p99": round(1000 * turns[len(turns) * 99 // 100], 3),
            }
            if turns
            else None
        )
        delays = [s.delay_sum for s in self.hosts.values()]
        served = sum(s.requests for s in self.hosts.values())
        out["mean_delay_ms"] = round(1000 * sum(delays) / served, 3) if served else None
        if with_paths:
            out["paths"] = {p.decode(): c for p, c in self.path_counts.items()}
        if with_events:
            out["events"] = {h: s.events for h, s in self.hosts.items()}
        return out

    def _error_page(self, status: int, text: str, size: int) -> bytes:
        filler = "".join(f"<li><a href='/{s}/'>{s}</a></li>" for s in _SECTIONS) * max(1, size // 400)
        return (
            f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>{status} {text}</title>"
            f"<meta name='robots' content='noindex'></head><body><h1>{text}</h1>"
            f"<p>Sorry, we could not find that.</p><ul>{filler}</ul></body></html>\n"
        ).encode()

    def head(self, meta: ArticleMeta, host: str) -> bytes:
        key = (meta.id, host)
        cached = self._head_cache.get(key)
        if cached is not None:
            return cached
        site = site_name(host)
        iso = f"{meta.date}T{meta.hour:02d}:{meta.minute:02d}:00+00:00"
        canonical = f"http://{host}:{self.port}{article_path(meta.id, 'a', self.seed)}"
        ld = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": meta.title,
                "datePublished": iso,
                "dateModified": iso,
                "author": [{"@type": "Person", "name": meta.author}],
                "publisher": {"@type": "Organization", "name": site},
                "mainEntityOfPage": canonical,
            },
            ensure_ascii=False,
        )
        desc = f"{meta.title}: what we know so far about the {meta.section} story."
        text = (
            "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
            f"<title>{meta.title} | {site}</title>\n"
            f"<meta name='description' content='{desc}'>\n"
            f"<link rel='canonical' href='{canonical}'>\n"
            "<meta property='og:type' content='article'>\n"
            f"<meta property='og:title' content='{meta.title}'>\n"
            f"<meta property='og:site_name' content='{site}'>\n"
            f"<meta property='og:url' content='{canonical}'>\n"
            f"<meta property='og:description' content='{desc}'>\n"
            f"<meta property='article:published_time' content='{iso}'>\n"
            f"<meta property='article:section' content='{meta.section.capitalize()}'>\n"
            f"<meta name='twitter:card' content='summary_large_image'>\n"
            f"<meta name='twitter:title' content='{meta.title}'>\n"
            "<link rel='stylesheet' href='/static/main.css'>\n<link rel='preload' href='/static/font.woff2' "
            "as='font' crossorigin>\n"
            f"<script>{self.script}</script>\n"
            f"<script type='application/ld+json'>{ld}</script>\n</head>\n"
        ).encode()
        if len(self._head_cache) > 20_000:
            self._head_cache.clear()
        self._head_cache[key] = text
        return text

    def article(self, meta: ArticleMeta, host: str) -> list[bytes]:
        body = self.bodies[meta.body_index % len(self.bodies)]
        iso = f"{meta.date}T{meta.hour:02d}:{meta.minute:02d}:00+00:00"
        human = f"{meta.day} {_MONTHS[meta.month - 1]} {meta.year}"
        top = _TOP.format(title=meta.title, author=meta.author, iso=iso, human=human).encode()
        # The big middle is shared bytes, handed to the socket without copying.
        return [self.head(meta, host), top, body, _FOOTER.format(site=site_name(host)).encode()]

    def respond(self, method: bytes, target: bytes, host: str) -> tuple[int, list[bytes], bytes]:
        """Status, body parts and extra header lines for one request."""
        path = target.split(b"?", 1)[0]
        self.path_counts[path] = self.path_counts.get(path, 0) + 1
        m = _PATH.match(path)
        if m is None:
            return 404, [self.not_found], b""
        kind = m.group(6).decode()
        article_id = int(m.group(7))
        if kind == "n":
            return 404, [self.not_found], b""
        if kind == "e":
            return 500, [self.server_error], b""
        if kind == "f" and article_id not in self.flaky_seen:
            self.flaky_seen.add(article_id)
            return 503, [self.unavailable], b""
        meta = article_meta(article_id, self.seed)
        if kind == "r":
            location = f"http://{host}:{self.port}{article_path(article_id, 'a', self.seed, 'archive')}"
            return 301, [b""], f"Location: {location}\r\n".encode()
        return 200, self.article(meta, host), b""


_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
_REASONS = {200: b"OK", 301: b"Moved Permanently", 404: b"Not Found", 500: b"Internal Server Error"}
_REASONS[503] = b"Service Unavailable"


class HttpProtocol(asyncio.Protocol):
    """HTTP/1.1 with keep-alive, one request at a time per connection (no pipelining needed)."""

    def __init__(self, site: Site, loop: asyncio.AbstractEventLoop) -> None:
        self.site = site
        self.loop = loop
        self.buf = b""
        self.busy = False
        self.closed = False
        self.transport: asyncio.Transport | None = None
        self.host = ""
        self.stats = HostStats()
        self.sent: float | None = None  # when the last response on this connection was handed over
        self.sent_epoch = -1

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.host = transport.get_extra_info("sockname")[0]
        st = self.site.hosts.get(self.host)
        if st is None:
            st = self.site.hosts[self.host] = HostStats()
        self.stats = st
        st.conns += 1
        if st.conns > st.max_conns:
            st.max_conns = st.conns

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        # Stats objects are replaced on reset; count against the current one for this host.
        st = self.site.hosts.get(self.host)
        if st is not None and st.conns > 0:
            st.conns -= 1
        if self.busy and st is not None and st.inflight > 0:
            st.inflight -= 1
            self.busy = False

    def data_received(self, data: bytes) -> None:
        self.buf += data
        if not self.busy:
            self._next()

    def _next(self) -> None:
        while not self.busy and not self.closed:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buf) > 65_536 and self.transport is not None:
                    self.transport.close()
                return
            head = self.buf[:end]
            self.buf = self.buf[end + 4 :]
            line, _, rest = head.partition(b"\r\n")
            parts = line.split(b" ")
            if len(parts) != 3 or self.transport is None:
                if self.transport is not None:
                    self.transport.write(
                        b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    )
                    self.transport.close()
                return
            method, target, version = parts
            lower = rest.lower()
            close = b"connection: close" in lower or (
                version == b"HTTP/1.0" and b"connection: keep-alive" not in lower
            )
            st = self.site.hosts[self.host]
            st.requests += 1
            arrived = time.monotonic()
            if st.first is None:
                st.first = arrived
            if self.sent is not None and self.sent_epoch == self.site.epoch:
                st.turnarounds.append(arrived - self.sent)
            self.sent = None
            st.inflight += 1
            if st.inflight > st.max_inflight:
                st.max_inflight = st.inflight
            self.busy = True
            status, body, extra = self.site.respond(method, target, self.host)
            st.statuses[status] = st.statuses.get(status, 0) + 1
            epoch = self.site.epoch
            if self.site.latency > 0:
                # epoll waits whole milliseconds, rounded up: aim a little early so that responses leave
                # on average ``latency`` after the request arrived (see "mean_delay_ms" in /stats).
                delay = self.site.latency
                if self.site.jitter:
                    delay += self.site.rng.uniform(-self.site.jitter, self.site.jitter)
                when = arrived + delay - self.site.timer_slack
                self.loop.call_at(when, self._send, status, body, extra, method, close, epoch, arrived)
            else:
                self._send(status, body, extra, method, close, epoch, arrived)

    def _send(
        self,
        status: int,
        body: list[bytes],
        extra: bytes,
        method: bytes,
        close: bool,
        epoch: int,
        arrived: float,
    ) -> None:
        if not self.busy:  # the connection was lost and already counted down
            return
        self.busy = False
        st = self.site.hosts[self.host]
        if epoch == self.site.epoch:
            st.last = time.monotonic()
            st.delay_sum += st.last - arrived
            st.events.append((arrived, st.last, status))
            if st.inflight > 0:
                st.inflight -= 1
        if self.closed or self.transport is None or self.transport.is_closing():
            return
        length = sum(len(b) for b in body)
        ctype = b"text/html; charset=utf-8"
        header = (
            b"HTTP/1.1 %d %s\r\nServer: benchserve\r\nDate: %s\r\nContent-Type: %s\r\n"
            b"Content-Length: %d\r\n%s%s\r\n"
            % (
                status,
                _REASONS.get(status, b"Status"),
                _date_header(),
                ctype,
                length,
                extra,
                b"Connection: close\r\n" if close else b"",
            )
        )
        if method == b"HEAD":
            self.transport.write(header)
        else:
            self.transport.writelines([header, *body])
        self.sent = time.monotonic()
        self.sent_epoch = epoch
        if close:
            self.transport.close()
        elif self.buf:
            self.sent = None  # a pipelined request, already waiting: no turnaround to measure
            self._next()


_date_cache: list[object] = [0, b""]


def _date_header() -> bytes:
    now = int(time.time())
    if _date_cache[0] != now:
        _date_cache[0] = now
        _date_cache[1] = formatdate(now, usegmt=True).encode()
    value = _date_cache[1]
    assert isinstance(value, bytes)
    return value


class ControlProtocol(asyncio.Protocol):
    """``/reset`` and ``/stats`` on the control port (one request per connection)."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.buf = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buf += data
        if b"\r\n\r\n" not in self.buf or self.transport is None:
            return
        target = self.buf.split(b" ", 2)[1].decode()
        url = urlsplit(target)
        query = parse_qs(url.query)
        if url.path == "/reset":
            self.site.reset(float(query.get("latency", ["0"])[0]), float(query.get("jitter", ["0"])[0]))
            payload: object = {
                "ok": True,
                "epoch": self.site.epoch,
                "latency": self.site.latency,
                "jitter": self.site.jitter,
            }
        elif url.path == "/stats":
            payload = self.site.stats(
                query.get("paths", ["0"])[0] == "1", query.get("events", ["0"])[0] == "1"
            )
        else:
            payload = {"error": "unknown path"}
        body = json.dumps(payload).encode()
        self.transport.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
            b"Connection: close\r\n\r\n%s" % (len(body), body)
        )
        self.transport.close()


def _free_port(hosts: list[str]) -> int:
    """A port free on every address in ``hosts`` (bound once to check)."""
    for _ in range(50):
        probe = socket.socket()
        probe.bind((hosts[0], 0))
        port = int(probe.getsockname()[1])
        probe.close()
        ok = True
        for h in hosts:
            s = socket.socket()
            try:
                s.bind((h, port))
            except OSError:
                ok = False
            finally:
                s.close()
        if ok:
            return port
    raise RuntimeError("no free port common to all addresses")


async def serve(args: argparse.Namespace, announce: Callable[[dict[str, object]], None]) -> None:
    loop = asyncio.get_running_loop()
    hosts = [host_address(i) for i in range(args.hosts)]
    port = args.port or _free_port(hosts)
    site = Site(args.seed, hosts, port)
    site.latency = args.latency
    site.timer_slack = args.timer_slack
    servers = []
    for h in hosts:
        servers.append(
            await loop.create_server(
                lambda: HttpProtocol(site, loop), h, port, backlog=4096, reuse_address=True
            )
        )
    control = await loop.create_server(lambda: ControlProtocol(site), "127.0.0.1", args.control_port)
    control_port = control.sockets[0].getsockname()[1]
    announce({"port": port, "control": control_port, "hosts": hosts, "pid": os.getpid()})
    parent = os.getppid()
    deadline = time.monotonic() + args.max_seconds
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    while not stop.is_set() and time.monotonic() < deadline:
        if args.exit_with_parent and os.getppid() != parent:
            break
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=0.5)
    for s in [*servers, control]:
        s.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--hosts", type=int, default=8, help="loopback addresses 127.0.0.1..127.0.0.H (default 8)")
    p.add_argument("--port", type=int, default=0, help="port on every address (default: a free one)")
    p.add_argument("--control-port", type=int, default=0, help="control port on 127.0.0.1 (default: free)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--latency", type=float, default=0.0, help="seconds before each response (default 0)")
    p.add_argument(
        "--timer-slack",
        type=float,
        default=0.0,
        help="seconds to fire latency timers early, for the event loop's lateness (default 0)",
    )
    p.add_argument("--max-seconds", type=float, default=3600.0, help="stop after this long (default 3600)")
    p.add_argument("--exit-with-parent", action="store_true", help="stop when the parent process exits")
    args = p.parse_args(argv)
    if not 1 <= args.hosts <= 250:
        p.error("--hosts must be 1..250")

    def announce(info: dict[str, object]) -> None:
        sys.stdout.write(json.dumps(info) + "\n")
        sys.stdout.flush()

    asyncio.run(serve(args, announce))
    return 0


if __name__ == "__main__":
    sys.exit(main())
