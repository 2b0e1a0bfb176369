"""A small real HTTP server for end-to-end tests: serves pages we wrote, on 127.0.0.1, in a thread.

How a new test serves pages (use this module; don't start an ``http.server`` of your own):

    with serve({"/a": Page(body=b"<title>A</title>")}) as site:   # 127.0.0.1, a free port
        check([Citation(site.url("/a"))], Config(allow_hosts=(site.hostport,)))
    # after the block: every handler thread joined, every socket closed, a handler's error raised here

Routes map a path to a :class:`Page`; tests may change the routes between runs (to play a site that changes)
and read ``hits`` to count requests per path, or ``requests`` (every :class:`Request` in arrival order:
method, path with its query, Host name, headers). A route whose key holds a query (``/x?utm_source=a``)
answers that exact request first; otherwise the query is ignored. A path with no route goes to ``answer`` (a
function of the :class:`Request` returning a :class:`Page`: pages made from the path, a Host's own pages),
else it is a 404. A page may require a cookie (``requires_cookie``, ``name=value``): a request that does not
send it gets ``otherwise`` instead (a 403, a redirect that sets it). A page with ``hold`` seconds waits that
long before it answers, or until ``release`` is set (the end of the ``with`` block sets it), to play a slow or
hanging server; ``wait_for_requests(n)`` waits until n requests (for one path, if given) arrived. A HEAD
is answered without a body.

What a server never does: outlive its ``with`` block (it sets ``release``, stops accepting, shuts every open
connection and joins every handler thread, even when the block raised), bind anything but 127.0.0.1, or
swallow its handler's error (it is kept and raised as :class:`HandlerError` when the block ends, unless the
block raised already). A client hanging up mid-answer is not an error.
"""

from __future__ import annotations

import socket
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar

#: How long the end of a ``with`` block waits for each handler thread (a hang guard; they end at once).
JOIN_TIMEOUT = 10.0


@dataclass
class Page:
    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    #: ``name=value``: answer ``otherwise`` to a request whose ``Cookie`` header does not hold it
    requires_cookie: str | None = None
    otherwise: Page | None = None
    #: seconds to wait before answering, cut short when the server's ``release`` is set
    hold: float = 0.0


@dataclass(frozen=True)
class Request:
    """One request as the server saw it."""

    method: str
    #: as sent, with its query
    path: str
    #: the ``Host`` header's name, lower-cased, without its port
    host: str
    headers: Mapping[str, str]

    def header(self, name: str) -> str | None:
        """The first header of that name, whatever its case (as ``http.server`` reads them)."""
        wanted = name.lower()
        return next((value for key, value in self.headers.items() if key.lower() == wanted), None)

    @property
    def route(self) -> str:
        """The path without its query."""
        return self.path.split("?", 1)[0]


NOT_FOUND = Page(404, b"<html><title>404 Not Found</title></html>")


class HandlerError(AssertionError):
    """The test server's handler raised: the test is failed with it rather than the error being lost."""


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # close() below joins the handler threads itself, after shutting their sockets

    def __init__(self, routes: dict[str, Page], answer: Callable[[Request], Page] | None = None) -> None:
        self.routes = routes
        self.answer = answer
        self.hits: Counter[str] = Counter()
        self.requests: list[Request] = []
        self.errors: list[BaseException] = []
        self.lock = threading.Lock()
        self.arrived = threading.Condition(self.lock)
        self.release = threading.Event()
        self._open: set[socket.socket] = set()
        self._handlers: list[threading.Thread] = []
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def hostport(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def paths(self) -> list[str]:
        """The paths asked so far (with their queries), in arrival order."""
        with self.lock:
            return [r.path for r in self.requests]

    def wait_for_requests(self, count: int, timeout: float = 30.0, route: str | None = None) -> bool:
        """Wait (at most ``timeout`` s) until ``count`` requests (for ``route``, a path without its query,
        if given) arrived; whether they did."""

        def arrived() -> bool:
            return sum(1 for r in self.requests if route is None or r.route == route) >= count

        with self.arrived:
            return self.arrived.wait_for(arrived, timeout)

    def page_for(self, request: Request) -> Page:
        """The page a request gets: its exact route, its route without the query, ``answer``, else 404."""
        with self.lock:
            page = self.routes.get(request.path) or self.routes.get(request.route)
        if page is None:
            page = self.answer(request) if self.answer is not None else NOT_FOUND
        if page.requires_cookie is not None and page.otherwise is not None:
            sent = [c.strip() for c in (request.headers.get("Cookie") or "").split(";")]
            if page.requires_cookie not in sent:
                page = page.otherwise
        return page

    # --- the lifetime of handler threads and their sockets --------------------------------------------------

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(target=self.process_request_thread, args=(request, client_address))
        thread.daemon = True
        with self.lock:
            self._open.add(request)
            self._handlers.append(thread)
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self.lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Keep a handler's error for the end of the test (the stdlib prints it and carries on)."""
        import sys

        error = sys.exc_info()[1]
        if error is not None and not isinstance(error, ConnectionError | TimeoutError):
            with self.lock:
                self.errors.append(error)

    def close(self) -> None:
        """Stop for good: release held pages, stop accepting, shut open connections, join every thread."""
        self.release.set()
        self.shutdown()
        with self.lock:
            still_open = list(self._open)
            handlers = list(self._handlers)
        for sock in still_open:  # a kept-alive connection's handler is waiting for its next request
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in handlers:
            thread.join(JOIN_TIMEOUT)
        self.server_close()
        alive = [t.name for t in handlers if t.is_alive()]
        if alive:
            self.errors.append(RuntimeError(f"handler threads outlived the server {self.hostport}: {alive}"))


class _Handler(BaseHTTPRequestHandler):
    server: SiteServer
    protocol_version = "HTTP/1.1"

    def _request(self) -> Request:
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()
        request = Request(self.command, self.path, host, dict(self.headers.items()))
        with self.server.arrived:
            self.server.hits[request.route] += 1
            self.server.requests.append(request)
            self.server.arrived.notify_all()
        return request

    def do_GET(self) -> None:
        page = self.server.page_for(self._request())
        if page.hold:
            self.server.release.wait(page.hold)
        self.send_page(page)

    do_HEAD = do_GET

    def send_page(self, page: Page) -> None:
        """Send ``page`` (no body to a HEAD); a client that hung up meanwhile is not an error."""
        with suppress(ConnectionError):
            self.send_response(page.status)
            for name, value in page.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(page.body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


S = TypeVar("S", bound=SiteServer)


@contextmanager
def serve_with(factory: Callable[[dict[str, Page]], S], routes: dict[str, Page]) -> Iterator[S]:
    """Run ``factory(routes)`` (a :class:`SiteServer` or a subclass) in a thread for the ``with`` block."""
    server = factory(routes)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    except BaseException:
        _close(server, thread)
        raise  # the block's own failure comes first; a handler's error would only hide it
    _close(server, thread)
    if server.errors:
        raise HandlerError(f"the test server's handler failed: {server.errors!r}") from server.errors[0]


def _close(server: SiteServer, thread: threading.Thread) -> None:
    server.close()
    thread.join(JOIN_TIMEOUT)


def serve(
    routes: dict[str, Page] | None = None, answer: Callable[[Request], Page] | None = None
) -> AbstractContextManager[SiteServer]:
    """Serve ``routes`` (and ``answer`` for the paths they lack) for the ``with`` block."""
    return serve_with(lambda r: SiteServer(r, answer), {} if routes is None else routes)
