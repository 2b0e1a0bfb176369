"""The test site server (``tests/site_server.py``) plus conditional requests, for cache tests.

A page whose headers carry ``ETag`` or ``Last-Modified`` answers ``304 Not Modified`` (no body) to a matching
``If-None-Match`` / ``If-Modified-Since``; ``not_modified`` counts those answers per path, ``hits`` counts
every request as before. Routes may change between runs like the plain server's.
"""

from __future__ import annotations

from collections import Counter
from contextlib import AbstractContextManager

from tests.site_server import Page, SiteServer, _Handler, serve_with


class _ConditionalHandler(_Handler):
    server: RevalidatingServer

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        with self.server.lock:
            page = self.server.routes.get(path)
        if page is not None and page.status == 200 and self._not_modified(page):
            with self.server.lock:
                self.server.hits[path] += 1
                self.server.not_modified[path] += 1
            self.send_response(304)
            for name in ("ETag", "Last-Modified"):
                if name in page.headers:
                    self.send_header(name, page.headers[name])
            self.end_headers()
            return
        super().do_GET()

    def _not_modified(self, page: Page) -> bool:
        etag = page.headers.get("ETag")
        if etag is not None and self.headers.get("If-None-Match") == etag:
            return True
        modified = page.headers.get("Last-Modified")
        return modified is not None and self.headers.get("If-Modified-Since") == modified


class RevalidatingServer(SiteServer):
    def __init__(self, routes: dict[str, Page]) -> None:
        super().__init__(routes)
        self.RequestHandlerClass = _ConditionalHandler
        self.not_modified: Counter[str] = Counter()


def serve_revalidating(routes: dict[str, Page]) -> AbstractContextManager[RevalidatingServer]:
    return serve_with(RevalidatingServer, routes)
