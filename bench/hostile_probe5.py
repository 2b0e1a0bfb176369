# ruff: noqa: E501 - raw answers are written out one to a line
"""Fifth hostile round: a probe of behaviours the catalogue (tests/hostile_server.py) does not hold.

Written before reading the fetcher. Raw-socket servers on loopback (several ports: robots.txt is per origin),
each behaviour fetched through the library (``Fetcher.fetch``, the page's title read with
``extract_metadata``) and through the real CLI (one manifest, ``--format json``), and judged against the
outcomes a correct client may give (a set: where standards leave a choice, every sound choice is accepted).

    python bench/hostile_probe5.py [--only lib|cli] [--case SUBSTRING]

A behaviour is ``wrong`` when an outcome falls outside its set, ``slow`` when the library's fetch took longer
than its deadline and 2 s more, ``hang`` when it did not come back within 60 s. Every server handler is
bounded in bytes and time.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import shlex
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HANDLER_SECONDS = 40.0
OK_TITLE = "Harbour Council Approves New Ferry Timetable"
PAGE = (
    b"<!doctype html><html><head><meta charset=utf-8><title>" + OK_TITLE.encode() + b"</title></head>"
    b"<body><h1>" + OK_TITLE.encode() + b"</h1><p>The council voted on Tuesday.</p></body></html>"
)


class Gone(Exception):
    """The client hung up or the server is stopping."""


class Conn:
    def __init__(self, sock: socket.socket, server: ProbeServer) -> None:
        self.sock = sock
        self.server = server
        self.started = time.monotonic()
        self.buf = b""

    def read_request(self, timeout: float = 10.0) -> str | None:
        """The next request's path, or None when the client closed."""
        self.sock.settimeout(timeout)
        while b"\r\n\r\n" not in self.buf:
            try:
                chunk = self.sock.recv(65536)
            except OSError:
                return None
            if not chunk:
                return None
            self.buf += chunk
            if len(self.buf) > 65536:
                return None
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = line.split(" ")
        self.last_head = head.decode("latin-1")
        return parts[1] if len(parts) > 1 else "/"

    def send(self, data: bytes) -> None:
        if self.server.stopping.is_set() or time.monotonic() - self.started > HANDLER_SECONDS:
            raise Gone
        try:
            self.sock.sendall(data)
        except OSError as exc:
            raise Gone from exc

    def sleep(self, seconds: float) -> None:
        if self.server.stopping.wait(seconds):
            raise Gone

    def page(
        self,
        status: str = "200 OK",
        body: bytes = PAGE,
        *headers: str,
        length: bool = True,
        close: bool = True,
    ) -> None:
        lines = [f"HTTP/1.1 {status}", "Content-Type: text/html; charset=utf-8"]
        if not any(h.lower().startswith("content-type:") for h in headers):
            pass
        else:
            lines = [f"HTTP/1.1 {status}"]
        lines += list(headers)
        if length:
            lines.append(f"Content-Length: {len(body)}")
        if close:
            lines.append("Connection: close")
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    def raw(self, head: bytes, body: bytes = PAGE) -> None:
        self.send(head + body)

    def redirect(self, location: str, status: str = "302 Found", *headers: str) -> None:
        self.page(status, b"moved", f"Location: {location}", *headers)


Handler = Callable[[Conn], None]


class ProbeServer:
    def __init__(self, host: str = "127.0.0.1", robots: Handler | None = None) -> None:
        self.host = host
        self.stopping = threading.Event()
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind((host, 0))
        self.listener.listen(128)
        self.listener.settimeout(0.2)
        self.port: int = self.listener.getsockname()[1]
        self.robots = robots
        self.greet: bytes | None = None
        self.routes: dict[str, Handler] = {}
        self.hits: dict[str, int] = {}
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def origin(self) -> str:
        return f"{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return f"http://{self.origin}{path}"

    def __enter__(self) -> ProbeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.thread.join(2)
        self.listener.close()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        conn = Conn(sock, self)
        try:
            if self.greet is not None:
                conn.send(self.greet)
            path = conn.read_request()
            if path is None:
                return
            base = path.split("?", 1)[0].split("#", 1)[0]
            with self.lock:
                self.hits[base] = self.hits.get(base, 0) + 1
            if base == "/robots.txt":
                (
                    self.robots
                    or (lambda c: c.page("404 Not Found", b"no robots", "Content-Type: text/plain"))
                )(conn)
                return
            handler = self.routes.get(base)
            if handler is None:
                for prefix, h in self.routes.items():
                    if prefix.endswith("*") and base.startswith(prefix[:-1]):
                        handler = h
                        break
            if handler is None:
                conn.page("404 Not Found", b"<title>Not found</title>nothing here")
                return
            handler(conn)
        except Gone:
            pass
        finally:
            with contextlib.suppress(OSError):
                sock.close()


@dataclass
class Probe:
    path: str
    what: str
    #: Acceptable outcomes: a cause value, or "ok" for a normal answer the page is read from.
    want: frozenset[str]
    title: str | None = None  # the title the page must be read with, when "ok"
    server: str = "main"
    citation_title: str | None = None
    results: dict[str, str] = field(default_factory=dict)


def _ws(*causes: str) -> frozenset[str]:
    return frozenset(causes)


def build(servers: dict[str, ProbeServer]) -> list[Probe]:
    main = servers["main"]
    r = main.routes
    probes: list[Probe] = []

    def add(
        path: str,
        what: str,
        want: frozenset[str],
        handler: Handler,
        title: str | None = None,
        on: str = "main",
    ) -> None:
        servers[on].routes[path] = handler
        probes.append(Probe(path, what, want, title, server=on))

    ok = _ws("ok")
    head_ok = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
    cl = f"Content-Length: {len(PAGE)}\r\n".encode()

    # --- header lines ---------------------------------------------------------------------------------------
    add(
        "/obs-fold",
        "a header folded onto a second line (obs-fold)",
        ok,
        lambda c: c.raw(head_ok + b"X-Note: first\r\n  second\r\n" + cl + b"\r\n"),
        OK_TITLE,
    )
    add(
        "/obs-fold-location",
        "a 302 whose Location is folded onto the next line",
        ok,
        lambda c: c.raw(
            b"HTTP/1.1 302 Found\r\nLocation:\r\n /news/2026/harbour-ferry\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            b"",
        ),
        OK_TITLE,
    )
    add(
        "/fold-first",
        "the first header line begins with a space",
        _ws("ok", "protocol"),
        lambda c: c.raw(
            b"HTTP/1.1 200 OK\r\n X-Odd: yes\r\n"
            + b"Content-Type: text/html\r\n"
            + cl
            + b"Connection: close\r\n\r\n"
        ),
        OK_TITLE,
    )
    add(
        "/nul-header",
        "a NUL byte in a header value",
        _ws("ok", "protocol"),
        lambda c: c.raw(head_ok + b"X-Note: a\x00b\r\n" + cl + b"\r\n"),
        OK_TITLE,
    )
    add(
        "/nul-location",
        "a NUL byte in a Location (/ok\\0.evil)",
        _ws("protocol", "not_found", "invalid_url"),
        lambda c: c.raw(
            b"HTTP/1.1 302 Found\r\nLocation: /ok\x00.evil\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            b"",
        ),
    )
    add(
        "/bare-cr",
        "a bare CR inside a header value",
        _ws("ok", "protocol"),
        lambda c: c.raw(head_ok + b"X-Note: a\rb\r\n" + cl + b"\r\n"),
        OK_TITLE,
    )
    add(
        "/no-colon-line",
        "a header line without a colon before Location (browsers skip it)",
        ok,
        lambda c: c.raw(
            b"HTTP/1.1 301 Moved\r\nthis line has no colon\r\nLocation: /news/2026/harbour-ferry\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            b"",
        ),
        OK_TITLE,
    )
    add(
        "/no-colon-page",
        "a header line without a colon before Content-Length",
        ok,
        lambda c: c.raw(head_ok + b"junk junk\r\n" + cl + b"\r\n"),
        OK_TITLE,
    )
    add(
        "/space-before-colon",
        "Location : /news/...  (whitespace before the colon)",
        _ws("ok", "protocol", "http_status"),
        lambda c: c.raw(
            b"HTTP/1.1 302 Found\r\nLocation : /news/2026/harbour-ferry\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            b"",
        ),
    )
    add(
        "/utf8-location",
        "a Location of raw UTF-8 bytes (/caf\\xc3\\xa9, as browsers read it)",
        ok,
        lambda c: c.raw(
            "HTTP/1.1 302 Found\r\nLocation: /café\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode(),
            b"",
        ),
        OK_TITLE,
    )
    r["/caf%C3%A9"] = lambda c: c.page()
    # --- lengths and chunks ---------------------------------------------------------------------------------
    add(
        "/cl-dup-same",
        "Content-Length twice, the same value",
        ok,
        lambda c: c.raw(head_ok + cl + cl + b"\r\n"),
        OK_TITLE,
    )
    add(
        "/cl-list-same",
        "Content-Length: N, N (a list of one value)",
        ok,
        lambda c: c.raw(head_ok + f"Content-Length: {len(PAGE)}, {len(PAGE)}\r\n\r\n".encode()),
        OK_TITLE,
    )
    add(
        "/cl-list-differ",
        "Content-Length: N, N+7",
        _ws("protocol"),
        lambda c: c.raw(head_ok + f"Content-Length: {len(PAGE)}, {len(PAGE) + 7}\r\n\r\n".encode()),
    )
    add(
        "/cl-leading-zeros",
        "Content-Length with 30 leading zeros",
        ok,
        lambda c: c.raw(head_ok + f"Content-Length: {'0' * 30}{len(PAGE)}\r\n\r\n".encode()),
        OK_TITLE,
    )
    add(
        "/cl-plus-chunked",
        "Content-Length (wrong) beside Transfer-Encoding: chunked",
        ok,
        lambda c: c.raw(
            head_ok + b"Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
            f"{len(PAGE):x}\r\n".encode() + PAGE + b"\r\n0\r\n\r\n",
        ),
        OK_TITLE,
    )
    add(
        "/chunk-ext-trailer",
        "chunk extensions and a trailer, all valid",
        ok,
        lambda c: c.raw(
            head_ok + b"Transfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n",
            f'{len(PAGE):x};name=value;q="a b"\r\n'.encode() + PAGE + b"\r\n0;end=1\r\nX-Sum: 42\r\n\r\n",
        ),
        OK_TITLE,
    )
    add(
        "/chunk-huge-then-close",
        "chunk size 7fffffff, 1 KB, then close",
        _ws("protocol"),
        lambda c: c.raw(head_ok + b"Transfer-Encoding: chunked\r\n\r\n", b"7fffffff\r\n" + b"a" * 1024),
    )
    add(
        "/chunk-negative",
        "chunk size -5",
        _ws("protocol"),
        lambda c: c.raw(head_ok + b"Transfer-Encoding: chunked\r\n\r\n", b"-5\r\nhello\r\n0\r\n\r\n"),
    )
    add(
        "/chunk-0x",
        "chunk size written 0x10",
        _ws("protocol"),
        lambda c: c.raw(
            head_ok + b"Transfer-Encoding: chunked\r\n\r\n", b"0x10\r\n" + b"a" * 16 + b"\r\n0\r\n\r\n"
        ),
    )
    add(
        "/chunked-http10",
        "Transfer-Encoding: chunked on an HTTP/1.0 answer",
        _ws("ok", "protocol"),
        lambda c: c.raw(
            b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n",
            f"{len(PAGE):x}\r\n".encode() + PAGE + b"\r\n0\r\n\r\n",
        ),
    )
    # --- interim answers and status lines --------------------------------------------------------------------
    add(
        "/interim-three",
        "100, 102 and 103 in a row, then the page",
        ok,
        lambda c: c.raw(
            b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\n"
            b"HTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n" + head_ok + cl + b"\r\n"
        ),
        OK_TITLE,
    )
    add(
        "/interim-150",
        "an unknown 1xx (150), then the page",
        ok,
        lambda c: c.raw(b"HTTP/1.1 150 Odd\r\n\r\n" + head_ok + cl + b"\r\n"),
        OK_TITLE,
    )
    add(
        "/interim-body",
        "a 100 Continue with Content-Length: 5 and a body, then the page",
        _ws("ok", "protocol"),
        lambda c: c.raw(b"HTTP/1.1 100 Continue\r\nContent-Length: 5\r\n\r\nhello" + head_ok + cl + b"\r\n"),
    )

    def interim_drip(c: Conn) -> None:
        for _ in range(60):
            c.send(b"HTTP/1.1 103 Early Hints\r\n\r\n")
            c.sleep(0.5)

    add("/interim-drip", "a 103 every 0.5 s, never the page", _ws("timeout", "protocol"), interim_drip)
    add(
        "/status-099",
        "HTTP/1.1 099 Low",
        _ws("protocol"),
        lambda c: c.raw(b"HTTP/1.1 099 Low\r\n" + cl + b"\r\n"),
    )
    add(
        "/status-600",
        "HTTP/1.1 600 High",
        _ws("protocol", "http_status"),
        lambda c: c.raw(b"HTTP/1.1 600 High\r\n" + cl + b"\r\n"),
    )
    add(
        "/status-999",
        "HTTP/1.1 999 Request denied (LinkedIn's bot answer)",
        _ws("bot_challenge", "http_status"),
        lambda c: c.raw(b"HTTP/1.1 999 Request denied\r\n" + cl + b"\r\n"),
    )
    add(
        "/status-000",
        "HTTP/1.1 000 Zero",
        _ws("protocol"),
        lambda c: c.raw(b"HTTP/1.1 000 Zero\r\n" + cl + b"\r\n"),
    )
    add(
        "/status-2digit",
        "HTTP/1.1 20 OK",
        _ws("protocol"),
        lambda c: c.raw(b"HTTP/1.1 20 OK\r\n" + cl + b"\r\n"),
    )

    def huge_reason(c: Conn) -> None:
        c.send(b"HTTP/1.1 200 ")
        for _ in range(8):  # 8 MB of reason phrase
            c.send(b"A" * (1024 * 1024))
        c.send(b"\r\n" + cl + b"\r\n" + PAGE)

    add("/huge-reason", "a reason phrase of 8 MB", _ws("protocol"), huge_reason)
    add("/http09", "HTTP/0.9: the page without a status line", _ws("protocol"), lambda c: c.send(PAGE))
    add(
        "/tls-bytes",
        "a TLS alert on a plain-HTTP port",
        _ws("protocol", "tls"),
        lambda c: c.send(b"\x15\x03\x01\x00\x02\x02\x46"),
    )

    servers["greet"].greet = head_ok + cl + b"\r\n" + PAGE
    add(
        "/answer-first",
        "a whole answer sent on accept, before the request",
        _ws("ok", "connection"),
        lambda c: None,
        OK_TITLE,
        on="greet",
    )
    # --- redirects -----------------------------------------------------------------------------------------
    p = main.port
    r["/ok"] = lambda c: c.page()
    r["/news/2026/harbour-ferry"] = lambda c: c.page()
    add(
        "/to-javascript",
        "redirects to javascript:alert(1)",
        _ws("scheme"),
        lambda c: c.redirect("javascript:alert(1)"),
    )
    add(
        "/to-zone-id",
        "redirects to http://[fe80::1%25eth0]/",
        _ws("address_refused", "invalid_url"),
        lambda c: c.redirect("http://[fe80::1%25eth0]/"),
    )
    add(
        "/to-zone-loopback",
        f"redirects to http://[::1%25lo]:{p}/ok",
        _ws("address_refused", "invalid_url"),
        lambda c: c.redirect(f"http://[::1%25lo]:{p}/ok"),
    )
    add(
        "/to-userinfo",
        "redirects to http://user:secret@<self>/ok (userinfo)",
        ok,
        lambda c: c.redirect(f"http://user:secret@127.0.0.1:{p}/ok"),
        OK_TITLE,
    )
    add(
        "/to-userinfo-other",
        "redirects to http://127.0.0.1:<p>@127.0.0.5:<p>/ok",
        _ws("address_refused"),
        lambda c: c.redirect(f"http://127.0.0.1:{p}@127.0.0.5:{p}/ok"),
    )
    add(
        "/to-port-0",
        "redirects to http://127.0.0.1:0/ok",
        _ws("invalid_url", "connection", "address_refused"),
        lambda c: c.redirect("http://127.0.0.1:0/ok"),
    )
    add(
        "/to-port-65536",
        "redirects to http://127.0.0.1:65536/ok",
        _ws("invalid_url"),
        lambda c: c.redirect("http://127.0.0.1:65536/ok"),
    )
    add(
        "/to-empty",
        "a 302 with an empty Location",
        _ws("protocol", "http_status", "invalid_url"),
        lambda c: c.raw(
            b"HTTP/1.1 302 Found\r\nLocation: \r\nContent-Length: 0\r\nConnection: close\r\n\r\n", b""
        ),
    )
    add("/to-no-host", "redirects to http:// (no host)", _ws("invalid_url"), lambda c: c.redirect("http://"))
    add(
        "/to-three-slashes",
        "redirects to http:///127.0.0.6/ok (browsers: host 127.0.0.6)",
        _ws("address_refused"),
        lambda c: c.redirect("http:///127.0.0.6/ok"),
    )
    add(
        "/to-four-slashes",
        "redirects to http:////127.0.0.6/ok (browsers: host 127.0.0.6)",
        _ws("address_refused"),
        lambda c: c.redirect("http:////127.0.0.6/ok"),
    )
    add(
        "/to-http-colon",
        "redirects to http:ok (a same-scheme relative reference)",
        ok,
        lambda c: c.redirect("http:news/2026/harbour-ferry"),
        OK_TITLE,
    )
    add(
        "/status-305",
        "305 Use Proxy (never followed)",
        _ws("http_status"),
        lambda c: c.redirect(f"http://127.0.0.1:{p}/ok", "305 Use Proxy"),
    )
    add(
        "/status-300",
        "300 Multiple Choices with a Location",
        _ws("ok", "http_status"),
        lambda c: c.redirect("/ok", "300 Multiple Choices"),
    )
    add(
        "/status-399",
        "399 with a Location (not a redirect)",
        _ws("http_status"),
        lambda c: c.redirect("/ok", "399 Odd"),
    )
    down = servers["down"]
    add(
        "/to-down",
        "redirects to another loopback address (allowed) nobody listens on",
        _ws("connection"),
        lambda c: c.redirect(down.url("/ok")),
    )
    add(
        "/to-down-unallowed",
        "redirects to 127.0.0.4 (not allowed)",
        _ws("address_refused"),
        lambda c: c.redirect(f"http://127.0.0.4:{p}/ok"),
    )

    def pe_loop(c: Conn) -> None:  # /pe/abcdefgh with a different letter %-escaped each hop: one URL
        word = "abcdefghijklmnop"
        n = sum(v for k, v in c.server.hits.items() if k.startswith("/pe/"))
        i = n % len(word)
        spelled = word[:i] + f"%{ord(word[i]):02X}" + word[i + 1 :]
        c.redirect("/pe/" + spelled)

    r["/pe/*"] = pe_loop
    add(
        "/pe/abcdefghijklmnop",
        "a loop through %-escaped spellings of one URL (/pe/%61bcdefgh, /pe/a%62cdefgh ...)",
        _ws("redirect_loop"),
        pe_loop,
    )

    add(
        "/hc",
        "redirects to itself with the scheme in capitals (HTTP://...)",
        _ws("redirect_loop"),
        lambda c: c.redirect(f"HTTP://127.0.0.1:{p}/hc"),
    )
    add(
        "/port-spelled",
        "redirects to itself with :port written 0-padded",
        _ws("redirect_loop"),
        lambda c: c.redirect(f"http://127.0.0.1:{p:06d}/port-spelled"),
    )
    add(
        "/frag-loop",
        "redirects to itself with a new #fragment each hop",
        _ws("redirect_loop"),
        lambda c: c.redirect(f"/frag-loop#x{c.server.hits.get('/frag-loop', 0)}"),
    )
    # --- cookies -------------------------------------------------------------------------------------------
    big = "c=" + "v" * 60000
    add(
        "/cookie-60k",
        "one Set-Cookie of 60 KB on the page",
        ok,
        lambda c: c.page("200 OK", PAGE, f"Set-Cookie: {big}"),
        OK_TITLE,
    )
    add(
        "/cookie-90",
        "90 Set-Cookie headers of 600 bytes",
        ok,
        lambda c: c.page("200 OK", PAGE, *(f"Set-Cookie: k{i}={'x' * 600}" for i in range(90))),
        OK_TITLE,
    )

    def gate(c: Conn) -> None:
        cookie = [ln for ln in c.last_head.split("\r\n") if ln.lower().startswith("cookie:")]
        if any("pass=yes" in ln for ln in cookie):
            c.page()
        else:
            c.redirect("/gate-set")

    r["/gate-set"] = lambda c: c.redirect(
        "/gated", "302 Found", "Set-Cookie: pass=yes; Path=/; HttpOnly; SameSite=Lax"
    )
    add("/gated", "a page that sends readers without a cookie to set it and come back", ok, gate, OK_TITLE)
    r["/gate2-set"] = lambda c: c.redirect(
        "/gated2",
        "302 Found",
        "Set-Cookie: pass=yes; Path=/; Domain=127.0.0.1; Max-Age=3600; Expires=Wed, 21 Oct 2099 07:28:00 GMT",
    )

    def gate2(c: Conn) -> None:
        cookie = [ln for ln in c.last_head.split("\r\n") if ln.lower().startswith("cookie:")]
        if any("pass=yes" in ln for ln in cookie):
            c.page()
        else:
            c.redirect("/gate2-set")

    add("/gated2", "a cookie gate whose cookie names Domain=127.0.0.1 (the host itself)", ok, gate2, OK_TITLE)
    # --- Retry-After ---------------------------------------------------------------------------------------
    add(
        "/ra-negative",
        "503 with Retry-After: -5 every time",
        _ws("server_error", "rate_limited"),
        lambda c: c.page("503 Service Unavailable", b"busy", "Retry-After: -5"),
        on="ra",
    )
    add(
        "/ra-past-date",
        "503, Retry-After 1 Jan 1970, every time",
        _ws("server_error", "rate_limited"),
        lambda c: c.page("503 Service Unavailable", b"busy", "Retry-After: Thu, 01 Jan 1970 00:00:00 GMT"),
        on="ra",
    )
    add(
        "/ra-year-9999",
        "429, Retry-After 31 Dec 9999",
        _ws("rate_limited"),
        lambda c: c.page("429 Too Many Requests", b"slow down", "Retry-After: Fri, 31 Dec 9999 23:59:59 GMT"),
        on="ra",
    )
    add(
        "/ra-year-0",
        "429, Retry-After in year 0000",
        _ws("rate_limited"),
        lambda c: c.page("429 Too Many Requests", b"slow down", "Retry-After: Sat, 01 Jan 0000 00:00:00 GMT"),
        on="ra",
    )
    add(
        "/ra-bad-date",
        "429, Retry-After: Mon, 99 Foo 2026 99:99:99 GMT",
        _ws("rate_limited"),
        lambda c: c.page("429 Too Many Requests", b"slow down", "Retry-After: Mon, 99 Foo 2026 99:99:99 GMT"),
        on="ra",
    )
    add(
        "/ra-float",
        "429, Retry-After: 1e9",
        _ws("rate_limited"),
        lambda c: c.page("429 Too Many Requests", b"slow down", "Retry-After: 1e9"),
        on="ra",
    )
    # --- charsets and bodies -------------------------------------------------------------------------------
    cafe = "Café Società: Milan’s Oldest Bar Reopens"
    body_utf8 = (
        f"<!doctype html><html><head><title>{cafe}</title></head><body><p>x</p></body></html>".encode()
    )
    add(
        "/charset-twice-param",
        "Content-Type: text/html; charset=utf-8; charset=iso-8859-1 (first wins)",
        ok,
        lambda c: c.page("200 OK", body_utf8, "Content-Type: text/html; charset=utf-8; charset=iso-8859-1"),
        cafe,
    )
    add(
        "/charset-two-headers",
        "two Content-Type headers, utf-8 then windows-1252",
        ok,
        lambda c: c.page(
            "200 OK",
            body_utf8,
            "Content-Type: text/html; charset=utf-8",
            "Content-Type: text/html; charset=windows-1252",
        ),
        cafe,
    )
    add(
        "/charset-unknown",
        "charset=x-klingon (unknown: sniffed / utf-8)",
        ok,
        lambda c: c.page("200 OK", body_utf8, "Content-Type: text/html; charset=x-klingon"),
        cafe,
    )
    body16 = "\ufeff".encode(
        "utf-16-le"
    ) + f"<html><head><title>{cafe}</title></head><body>x</body></html>".encode("utf-16-le")
    add(
        "/utf16-bom",
        "a UTF-16LE page with a byte order mark, no charset",
        ok,
        lambda c: c.page("200 OK", body16, "Content-Type: text/html"),
        cafe,
    )
    add(
        "/utf16-bom-lie",
        "a UTF-16LE page with a BOM, declared charset=iso-8859-1 (the BOM wins)",
        ok,
        lambda c: c.page("200 OK", body16, "Content-Type: text/html; charset=iso-8859-1"),
        cafe,
    )
    body16be = "\ufeff".encode(
        "utf-16-be"
    ) + f"<html><head><meta charset=utf-8><title>{cafe}</title></head></html>".encode("utf-16-be")
    add(
        "/utf16be-bom-meta",
        "a UTF-16BE page with a BOM and <meta charset=utf-8> (the BOM wins)",
        ok,
        lambda c: c.page("200 OK", body16be, "Content-Type: text/html"),
        cafe,
    )
    commented = (
        b"<!doctype html><html><head><!-- <title>Old Draft Headline</title> "
        + b"x" * (4 * 1024 * 1024)
        + b" --><title>"
        + OK_TITLE.encode()
        + b"</title></head><body>x</body></html>"
    )
    add(
        "/title-in-comment",
        "a <title> inside a 4 MB comment, the real one after it",
        ok,
        lambda c: c.page("200 OK", commented),
        OK_TITLE,
    )
    add(
        "/gzip-no-header",
        "gzip bytes without Content-Encoding (served as text/html)",
        _ws("ok"),
        lambda c: c.page("200 OK", gzip.compress(PAGE)),
    )

    # --- timing and connections ----------------------------------------------------------------------------
    def slowloris(c: Conn) -> None:
        data = head_ok + cl + b"\r\n" + PAGE
        for b in data[:200]:
            c.send(bytes([b]))
            c.sleep(0.9)

    add("/slowloris", "the whole answer at one byte every 0.9 s", _ws("timeout"), slowloris)

    def reset_after_headers(c: Conn) -> None:
        c.send(head_ok + cl + b"\r\n")
        c.sleep(0.05)
        c.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        raise Gone

    add(
        "/reset-after-headers",
        "a reset after the header block, before any body",
        _ws("protocol", "connection"),
        reset_after_headers,
    )

    return probes


def keepalive_server(server: ProbeServer) -> None:
    """/ka/*: keep-alive answers; after each one the server waits 0.3 s, then closes (silently, FIN)."""

    def ka(c: Conn) -> None:
        c.page("200 OK", PAGE, "Keep-Alive: timeout=60", close=False)
        c.sleep(0.3)  # then close: the client's pooled socket is dead

    def ka_rst(c: Conn) -> None:
        c.page("200 OK", PAGE, "Keep-Alive: timeout=60", close=False)
        c.sleep(0.3)
        c.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")

    server.routes["/ka/*"] = ka
    server.routes["/karst/*"] = ka_rst


def robots_servers() -> dict[str, tuple[ProbeServer, str, frozenset[str]]]:
    """One origin per robots.txt behaviour: (server, what, outcomes for its /ok page)."""

    def r429(c: Conn) -> None:
        c.page("429 Too Many Requests", b"slow down", "Retry-After: 3600", "Content-Type: text/plain")

    def loop(c: Conn) -> None:
        c.redirect("/robots.txt")

    def html(c: Conn) -> None:
        c.page(
            "200 OK",
            b"<!doctype html><html><head><title>Home</title></head><body>Welcome. Disallow: / User-agent: *</body></html>",
        )

    def bomb(c: Conn) -> None:
        comp = zlib_bomb()
        c.page("200 OK", comp, "Content-Type: text/plain", "Content-Encoding: gzip")

    def backtrack(c: Conn) -> None:
        pattern = "/*a" * 24 + "*b"
        c.page("200 OK", f"User-agent: *\nDisallow: {pattern}\n".encode(), "Content-Type: text/plain")

    def many(c: Conn) -> None:
        lines = "".join(f"Disallow: /*x{i}*y*z*$\n" for i in range(20000))
        c.page("200 OK", f"User-agent: *\n{lines}".encode(), "Content-Type: text/plain")

    table = {
        "robots-429": (
            r429,
            "robots.txt answers 429 with Retry-After: 3600 (the page must not be asked for)",
            _ws("rate_limited", "robots"),
        ),
        "robots-loop": (loop, "robots.txt redirects to itself", _ws("ok")),
        "robots-html": (html, "robots.txt is an HTML page (200)", _ws("ok")),
        "robots-bomb": (bomb, "robots.txt is a gzip bomb (1 GB of zeros)", _ws("ok")),
        "robots-backtrack": (
            backtrack,
            "robots.txt: Disallow: /*a*a*...*b (24 stars), a page /aaaa...",
            _ws("ok"),
        ),
        "robots-20k-wild": (many, "robots.txt: 20,000 Disallow lines of wildcards", _ws("ok")),
    }
    out = {}
    for name, (handler, what, want) in table.items():
        srv = ProbeServer(robots=handler)
        srv.routes["/ok"] = lambda c: c.page()
        srv.routes["/" + "a" * 60] = lambda c: c.page()
        out[name] = (srv, what, want)
    return out


_BOMB: bytes | None = None


def zlib_bomb() -> bytes:
    global _BOMB
    if _BOMB is None:
        import zlib

        comp = zlib.compressobj(9, zlib.DEFLATED, 31)
        member = comp.compress(bytes(1024 * 1024)) + comp.flush()
        _BOMB = member * 1024
    return _BOMB


@dataclass
class Outcome:
    got: str
    seconds: float
    detail: str
    title: str | None = None


STATUS_CAUSE = {404: "not_found", 410: "gone", 999: "bot_challenge", 500: "server_error", 503: "server_error"}


def classify(cause: object, ok: bool) -> str:
    if cause is None:
        return "ok" if ok else "?"
    return str(getattr(cause, "value", cause))


def run_library(servers: dict[str, ProbeServer], probes: list[Probe], deadline: float) -> dict[str, Outcome]:
    sys.path.insert(0, str(ROOT / "src"))
    from linkcheck.config import Config
    from linkcheck.extract import extract_metadata
    from linkcheck.fetch import Fetcher

    config = Config(
        allow_hosts=tuple(s.origin for s in servers.values()),
        deadline=deadline,
        connect_timeout=2.0,
        read_timeout=3.0,
        retries=2,
        backoff_base=0.05,
        backoff_max=0.2,
        retry_after_cap=5.0,
        respect_robots=True,
        workers=len(probes),
        per_host=len(probes),
    )
    out: dict[str, Outcome] = {}

    def one(probe: Probe, fetcher: Fetcher) -> Outcome:
        started = time.monotonic()
        url = servers[probe.server].url(probe.path)
        try:
            res = fetcher.fetch(url)
        except Exception as exc:
            return Outcome("raised", time.monotonic() - started, f"{type(exc).__name__}: {exc}")
        spent = time.monotonic() - started
        title = None
        if res.cause is None and res.body:
            try:
                title = extract_metadata(res.body, res.final_url, res.headers).title
            except Exception as exc:
                title = f"<extract raised {type(exc).__name__}>"
        got = classify(res.cause, res.status_code is not None and 200 <= res.status_code < 300)
        if res.cause is None and res.status_code is not None and not 200 <= res.status_code < 300:
            got = STATUS_CAUSE.get(res.status_code, "http_status")  # the checker names a bare status so
        detail = f"{res.status_code} {res.error or ''} -> {res.final_url}"[:200]
        return Outcome(got, spent, detail, title)

    with Fetcher(config) as fetcher, ThreadPoolExecutor(len(probes)) as pool:
        futures = {
            p.server + p.path: pool.submit(one, p, fetcher) for p in probes if not p.server.startswith("seq")
        }
        for key, fut in futures.items():
            try:
                out[key] = fut.result(timeout=60)
            except FutureTimeout:
                out[key] = Outcome("hang", 60.0, "no result in 60 s")
    # keep-alive: sequential requests on one Fetcher, with the server's close in between
    for name, prefix in (("seq-ka", "/ka/"), ("seq-karst", "/karst/")):
        with Fetcher(config.evolve(per_host=1, workers=1)) as fetcher:
            srv = servers["main"]
            last = Outcome("ok", 0, "")
            for i in range(3):
                started = time.monotonic()
                res = fetcher.fetch(srv.url(f"{prefix}{i}"))
                time.sleep(0.6)
                spent = time.monotonic() - started
                got = classify(res.cause, res.status_code == 200)
                if got != "ok":
                    last = Outcome(got, spent, f"request {i}: {res.status_code} {res.error}")
                    break
                last = Outcome("ok", spent, f"3 requests, attempts {res.attempts}")
            out[name + prefix] = last
    return out


def run_hostdown(tmp: Path) -> tuple[str, int]:
    """Links of one host that redirect to another host that is down (refuses) or hung, beside that first
    host's own good links: the first host's good links must still be requested and read."""
    lines = []
    with contextlib.ExitStack() as stack:
        origin = stack.enter_context(ProbeServer())
        hung = socket.socket()
        hung.bind(("127.0.0.7", 0))
        hung.listen(64)  # accepts (the kernel does), never answers
        stack.callback(hung.close)
        dead = socket.socket()
        dead.bind(("127.0.0.3", 0))
        dead_port = dead.getsockname()[1]
        dead.close()
        hung_origin = f"127.0.0.7:{hung.getsockname()[1]}"
        origin.routes["/refused/*"] = lambda c: c.redirect(f"http://127.0.0.3:{dead_port}/ok")
        origin.routes["/hung/*"] = lambda c: c.redirect(f"http://{hung_origin}/ok")
        origin.routes["/story/*"] = lambda c: c.page()
        for i in range(5):
            lines.append(origin.url(f"/refused/{i}"))
        for i in range(5):
            lines.append(origin.url(f"/hung/{i}"))
        for i in range(6):
            lines.append(origin.url(f"/story/{i}") + f" | title: {OK_TITLE}")
        manifest = tmp / "hostdown.txt"
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = tmp / "hostdown.json"
        command = [
            sys.executable,
            "-m",
            "linkcheck",
            str(manifest),
            "--format",
            "json",
            "--output",
            str(out),
            "--no-config",
            "--timeout",
            "1",
            "--deadline",
            "3",
            "--workers",
            "2",
            "--per-host",
            "2",
            "--max-time",
            "60",
            "--allow-host",
            origin.origin,
            "--allow-host",
            f"127.0.0.3:{dead_port}",
            "--allow-host",
            hung_origin,
        ]
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        started = time.monotonic()
        proc = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
        wall = time.monotonic() - started
        text = [f"$ linkcheck {shlex.join(command[3:])}", f"  exit {proc.returncode}, wall {wall:.1f} s"]
        if not out.exists():
            return "\n".join([*text, proc.stderr.decode(errors="replace")[-2000:]]), 1
        report = json.loads(out.read_text(encoding="utf-8"))
        wrong = 0
        for r in report["results"]:
            want = "connection" if "/refused/" in r["url"] else "timeout" if "/hung/" in r["url"] else None
            if (r.get("cause") or None) != want:
                wrong += 1
                text.append("  ! (want " + str(want or "ok") + ")")
            text.append(
                f"  {r['url'].split('/', 3)[3]:<12} {r['status']:<8} {r.get('cause') or '-':<12} {(r.get('reason') or '')[:110]}"
            )
        stories = sum(1 for k, v in origin.hits.items() if k.startswith("/story/") for _ in range(v))
        good = sum(1 for r in report["results"] if "/story/" in r["url"] and r["status"] == "ok")
        text.append(
            f"  the origin's own stories: {good} of 6 ok, {stories} requested; {wrong} links not as wanted"
        )
        return "\n".join(text), wrong


def run_cli(
    servers: dict[str, ProbeServer], probes: list[Probe], tmp: Path
) -> tuple[dict[str, Outcome], str]:
    manifest = tmp / "probe.txt"
    lines = []
    for p in probes:
        if p.server.startswith("seq"):
            continue
        lines.append(servers[p.server].url(p.path) + (f" | title: {p.title}" if p.title else ""))
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp / "probe.json"
    cli = [sys.executable, "-m", "linkcheck"]
    command = [
        *cli,
        str(manifest),
        "--format",
        "json",
        "--output",
        str(out),
        "--no-config",
        "--respect-robots",
        "--deadline",
        "15",
        "--timeout",
        "10",
        "--workers",
        "16",
        "--per-host",
        str(len(probes)),
        "--max-time",
        "60",
    ]
    for s in servers.values():
        command += ["--allow-host", s.origin]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    started = time.monotonic()
    proc = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    wall = time.monotonic() - started
    summary = f"$ {shlex.join(command[2:])}\n  exit {proc.returncode}, wall {wall:.1f} s"
    results: dict[str, Outcome] = {}
    if not out.exists():
        summary += "\n" + proc.stderr.decode(errors="replace")[-2000:]
        return results, summary
    report = json.loads(out.read_text(encoding="utf-8"))
    by_url = {r["url"]: r for r in report["results"]}
    for p in probes:
        if p.server.startswith("seq"):
            continue
        r = by_url.get(servers[p.server].url(p.path))
        if r is None:
            continue
        got = r.get("cause") or ("ok" if r.get("status") == "ok" else r.get("status", "?"))
        kinds = ",".join(f.get("kind", "?") for f in r.get("findings", []))
        results[p.server + p.path] = Outcome(
            got, 0.0, f"{r.get('status')} {kinds} {(r.get('reason') or '')[:140]}"
        )
    return results, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", choices=["lib", "cli"])
    parser.add_argument("--case", help="run only probes whose path contains this")
    parser.add_argument("--deadline", type=float, default=6.0)
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        main_srv = stack.enter_context(ProbeServer())
        down = ProbeServer(host="127.0.0.3")  # bound, never listening on accept: closed below
        down_origin = down.origin
        down.listener.close()
        down.origin  # noqa: B018
        servers: dict[str, ProbeServer] = {"main": main_srv, "down": down}
        servers["ra"] = stack.enter_context(ProbeServer())
        servers["greet"] = stack.enter_context(ProbeServer())
        keepalive_server(main_srv)
        probes = build(servers)
        for name, (srv, what, want) in robots_servers().items():
            stack.enter_context(srv)
            servers[name] = srv
            path = "/" + "a" * 60 if "backtrack" in name else "/ok"
            probes.append(Probe(path, what, want, OK_TITLE, server=name))
        probes.append(
            Probe(
                "/ka/",
                "keep-alive, then the server closes the idle socket (FIN): 3 links",
                _ws("ok"),
                server="seq-ka",
            )
        )
        probes.append(
            Probe(
                "/karst/",
                "keep-alive, then the server resets the idle socket: 3 links",
                _ws("ok"),
                server="seq-karst",
            )
        )
        if args.case:
            probes = [p for p in probes if args.case in p.server + p.path]
        print(f"{len(probes)} behaviours; main server {main_srv.origin}; down {down_origin}")
        lib: dict[str, Outcome] = {}
        hostdown_wrong = 0
        cli: dict[str, Outcome] = {}
        if args.only in (None, "lib"):
            started = time.monotonic()
            lib = run_library(servers, probes, args.deadline)
            print(f"library: {time.monotonic() - started:.1f} s (deadline {args.deadline} s a URL)")
        if args.only in (None, "cli"):
            with tempfile.TemporaryDirectory(prefix="hostile5-") as tmp:
                cli, summary = run_cli(servers, probes, Path(tmp))
                print(summary)
                if not args.case:
                    print("\nredirects to a down or hung host beside the origin's own links:")
                    text, hostdown_wrong = run_hostdown(Path(tmp))
                    print(text)
        wrong = slow = hang = 0
        if args.only in (None, "cli") and not args.case:
            wrong += 1 if hostdown_wrong else 0
        for p in probes:
            key = p.server + p.path
            marks = []
            lo = lib.get(key)
            co = cli.get(key)
            if lo is not None:
                if lo.got == "hang":
                    hang += 1
                    marks.append("HANG")
                elif lo.got not in p.want or (p.title and lo.got == "ok" and lo.title != p.title):
                    marks.append("LIB")
                if lo.seconds > args.deadline + 2:
                    slow += 1
                    marks.append("SLOW")
            if co is not None and co.got not in p.want:
                marks.append("CLI")
            if any(m in ("LIB", "CLI") for m in marks):
                wrong += 1
            label = (
                p.path
                if p.server in ("main", "down") or p.server.startswith("seq")
                else f"{p.server}{p.path[:12]}"
            )
            print(
                f"{'!' if marks else ' '} {label:<26} want {'/'.join(sorted(p.want)):<28} {' '.join(marks)}"
            )
            print(f"      {p.what}")
            if lo is not None:
                t = f" title={lo.title!r}" if lo.title is not None and p.title else ""
                print(f"      lib: {lo.got:<16} {lo.seconds:5.1f} s  {lo.detail}{t}")
            if co is not None:
                print(f"      cli: {co.got:<16} {co.detail}")
        total = len(probes) + (1 if args.only in (None, "cli") and not args.case else 0)
        print(
            f"\n{total} behaviours (the last: redirects to a down or hung host): {wrong} wrong, {slow} slow, {hang} hanging"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
