"""A small real HTTP server for end-to-end tests: serves pages we wrote, on 127.0.0.1, in a thread.

Routes map a path to a :class:`Page`; tests may change the routes between runs (to play a site that changes)
and read ``hits`` to count requests per path. A route whose key holds a query (``/x?utm_source=a``) answers
that exact request first; otherwise the query is ignored. A page may require a cookie (``requires_cookie``,
``name=value``): a request that does not send it gets ``otherwise`` instead (a 403, a redirect that sets it).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar


@dataclass
class Page:
    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    #: ``name=value``: answer ``otherwise`` to a request whose ``Cookie`` header does not hold it
    requires_cookie: str | None = None
    otherwise: Page | None = None


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, routes: dict[str, Page]) -> None:
        self.routes = routes
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def hostport(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: SiteServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        with self.server.lock:
            self.server.hits[path] += 1
            page = self.server.routes.get(self.path) or self.server.routes.get(
                path, Page(404, b"<html><title>404 Not Found</title></html>")
            )
        if page.requires_cookie is not None and page.otherwise is not None:
            sent = [c.strip() for c in (self.headers.get("Cookie") or "").split(";")]
            if page.requires_cookie not in sent:
                page = page.otherwise
        self.send_response(page.status)
        for name, value in page.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(page.body)))
        self.end_headers()
        self.wfile.write(page.body)

    do_HEAD = do_GET

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
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def serve(routes: dict[str, Page]) -> AbstractContextManager[SiteServer]:
    return serve_with(SiteServer, routes)
