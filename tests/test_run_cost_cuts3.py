"""What cost13's cuts of a link's cost outside reading its page (issue 7) must keep exact.

- :class:`linkcheck.report.json.ResultWriter` writes a ``str``, ``None`` or ``int`` value inline, without a
  method call each, and any other value (a ``str`` subclass, a ``bool``, an enum) as before;
- ``Fetcher._attempt`` reads the session's adapter itself (:func:`linkcheck.fetch._adapter_of`) for the two
  prefixes ``make_session`` mounts, and asks requests' ``get_adapter`` for any other session or URL;
- ``_CookieJars.get`` looks nothing up before any site has set a cookie;
- ``Fetcher._attempt`` walks ``Config.headers`` only when it has entries.

The tests that hold a cut's output to what it was are here and in ``tests/test_report_writer.py`` (the
writer against the JSON encoder, 400 random results); the ones that fail without a cut count the calls it
saves.
"""

from __future__ import annotations

import collections
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest
import requests

import linkcheck.fetch as fetch_module
from linkcheck.config import Config
from linkcheck.fetch import Fetcher, GuardedAdapter, _adapter_of, _CookieJars, make_session
from linkcheck.models import (
    Article,
    Citation,
    ExtractedDate,
    Finding,
    FindingKind,
    Metadata,
    PartialDate,
    Redirect,
    Result,
    Severity,
    Status,
    Verdict,
)
from linkcheck.report.json import ResultWriter, result_to_dict
from linkcheck.report.jsonl import result_line

# --- the result's JSON line -------------------------------------------------------------------------------


class Text(str):
    """A ``str`` subclass: the encoder writes the text itself, never its ``__str__``."""

    def __str__(self) -> str:
        return "not this"


def _full_result(**changes: Any) -> Result:
    import datetime as dt

    url = "https://harbour-gazette.example/2024/05/ferry"
    citation = Citation(
        url,
        title="Ferry «Aurora» returns to the harbour",
        date=PartialDate(2024, 5, 3),
        outlet="Harbour Gazette",
        note="print edition",
        archive_url="https://archive.example/2024/ferry",
        access_date=PartialDate(2024, 6, 1),
        quote="the ferry came back",
        source="article.md",
        line=12,
        article=Article(date=PartialDate(2024, 6, 2), title="Boats", url="https://blog.example/boats"),
    )
    meta = Metadata(
        title="Ferry «Aurora» returns to the harbour",
        title_source="opengraph",
        published=ExtractedDate(dt.date(2024, 5, 3), "json-ld"),
        modified=ExtractedDate(dt.date(2024, 5, 4), "meta"),
        site_name="Harbour Gazette",
        site_name_source="opengraph",
        canonical_url=url,
        language="en",
    )
    fields: dict[str, Any] = {
        "citation": citation,
        "status": Status.OK,
        "reason": "200 OK",
        "verdict": Verdict.WARN,
        "http_status": 200,
        "final_url": url + "?amp",
        "redirects": (Redirect(301, url + "?amp"),),
        "metadata": meta,
        "findings": (Finding(FindingKind.TITLE_MISMATCH, Severity.WARN, "close", "a", "b", score=0.91),),
        "elapsed": 0.25,
    }
    fields.update(changes)
    return Result(**fields)


def _same(result: Result) -> None:
    writer = ResultWriter()
    want = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode(result_to_dict(result))
    assert writer(result) == want
    lines = ResultWriter(",", ":", record="result")
    want_line = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode(
        {"record": "result", **result_to_dict(result)}
    )
    assert lines(result) == want_line


def test_a_full_result_is_written_as_the_encoder_writes_its_dict() -> None:
    _same(_full_result())
    _same(_full_result(metadata=None, findings=(), redirects=(), final_url=None, http_status=None))


@pytest.mark.parametrize(
    "where",
    ["url", "title", "outlet", "note", "archive_url", "quote", "source", "article_title"],
)
def test_a_str_subclass_anywhere_in_the_citation_is_written_as_its_text(where: str) -> None:
    base = _full_result()
    c = base.citation
    if where == "article_title":
        assert c.article is not None
        changed = Citation(**{f: getattr(c, f) for f in c.__dataclass_fields__})
        object.__setattr__(changed, "article", Article(date=None, title=Text("Boats"), url=None))
    else:
        changed = Citation(**{f: getattr(c, f) for f in c.__dataclass_fields__})
        object.__setattr__(changed, where, Text(getattr(c, where)))
    _same(_full_result(citation=changed))


@pytest.mark.parametrize(
    "where", ["title", "title_source", "site_name", "site_name_source", "language", "canonical_url"]
)
def test_a_str_subclass_anywhere_in_the_metadata_is_written_as_its_text(where: str) -> None:
    base = _full_result()
    meta = base.metadata
    assert meta is not None
    changed = Metadata(**{f: getattr(meta, f) for f in meta.__dataclass_fields__})
    object.__setattr__(changed, where, Text(getattr(meta, where)))
    _same(_full_result(metadata=changed))


def test_other_types_in_the_results_own_fields_go_through_the_encoder() -> None:
    class Code(int):
        pass

    for change in (
        {"http_status": True},
        {"http_status": Code(200)},
        {"reason": Text("fine")},
        {"final_url": Text("https://harbour-gazette.example/2024/05/ferry")},
        {"elapsed": 3},
    ):
        _same(_full_result(**change))
    citation = _full_result().citation
    for line in (True, None, Code(7)):
        changed = Citation(**{f: getattr(citation, f) for f in citation.__dataclass_fields__})
        object.__setattr__(changed, "line", line)
        _same(_full_result(citation=changed))


def test_a_plain_result_is_written_without_a_value_call_for_its_text_none_and_ints(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []
    value = ResultWriter._value

    def counting(self: ResultWriter, item: object) -> str:
        calls.append(item)
        return value(self, item)

    monkeypatch.setattr(ResultWriter, "_value", counting)
    result = _full_result(findings=(), redirects=())
    before = ResultWriter()(result)
    # only the elapsed float and the citing article's fields (an ``@article`` line's) go through it: 28
    # values of this result went through it before cost13
    assert len(calls) == 4, calls
    monkeypatch.setattr(ResultWriter, "_value", value)
    assert before == ResultWriter()(result)
    assert result_line(result).endswith("}\n")


# --- the session's adapter ----------------------------------------------------------------------------------


class _CountingAdapters(collections.OrderedDict[str, Any]):
    """The session's adapters, counting requests' walk over them (``get_adapter`` calls ``items``)."""

    walks = 0

    def items(self) -> Any:
        type(self).walks += 1
        return super().items()


def _sessions() -> Iterator[tuple[str, requests.Session]]:
    config = Config(allow_private=True)
    yield "make_session", make_session(config)
    other = make_session(config)
    other.mount("https://wire.example/", requests.adapters.HTTPAdapter())
    yield "a third prefix", other
    plain = requests.Session()
    yield "requests' own", plain

    class Routed(requests.Session):
        def get_adapter(self, url: str) -> Any:
            return "routed"

    routed = Routed()
    routed.adapters = make_session(config).adapters
    yield "a subclass's get_adapter", routed
    patched = make_session(config)
    patched.get_adapter = lambda url: "patched"  # type: ignore[method-assign]
    yield "get_adapter set on the session", patched


URLS = [
    "https://harbour-gazette.example/a",
    "http://harbour-gazette.example/a",
    "HTTPS://harbour-gazette.example/a",
    "Http://harbour-gazette.example/a",
    "https://wire.example/story",
    "https://WIRE.example/story",
    "ftp://harbour-gazette.example/a",
    "httpx://harbour-gazette.example/a",
    "https:/harbour-gazette.example/a",
]


@pytest.mark.parametrize("url", URLS)
def test_the_adapter_read_is_the_one_get_adapter_gives(url: str) -> None:
    for name, session in _sessions():
        want: Any
        try:
            want = session.get_adapter(url)
        except requests.exceptions.InvalidSchema as exc:
            want = str(exc)
        try:
            got: Any = _adapter_of(session, url)
        except requests.exceptions.InvalidSchema as exc:
            got = str(exc)
        assert got is want or (type(got) is str and got == want), (name, url)


def test_a_plain_session_is_not_walked_and_any_other_is() -> None:
    session = make_session(Config(allow_private=True))
    session.adapters = _CountingAdapters(session.adapters)
    _CountingAdapters.walks = 0
    assert isinstance(_adapter_of(session, "https://harbour-gazette.example/a"), GuardedAdapter)
    assert isinstance(_adapter_of(session, "http://harbour-gazette.example/a"), GuardedAdapter)
    assert _CountingAdapters.walks == 0
    assert isinstance(_adapter_of(session, "HTTP://harbour-gazette.example/a"), GuardedAdapter)
    assert _CountingAdapters.walks == 1
    session.mount("https://wire.example/", requests.adapters.HTTPAdapter())
    assert type(_adapter_of(session, "https://wire.example/x")) is requests.adapters.HTTPAdapter
    assert isinstance(_adapter_of(session, "https://harbour-gazette.example/a"), GuardedAdapter)
    assert _CountingAdapters.walks == 3


# --- a fetch over loopback ----------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        type(self).seen.append({k.lower(): v for k, v in self.headers.items()})
        body = b"<html><head><title>Ferry</title></head><body>ok</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if self.path.startswith("/cookie"):
            self.send_header("Set-Cookie", "visit=1; Path=/")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.seen = []
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_fetch_reads_the_adapter_without_requests_walk(server: str) -> None:
    config = Config(allow_private=True)
    session = make_session(config)
    session.adapters = _CountingAdapters(session.adapters)
    _CountingAdapters.walks = 0
    with Fetcher(config, session) as fetcher:
        for path in ("/a", "/b", "/a"):
            result = fetcher.fetch(server + path)
            assert result.status_code == 200
            assert b"Ferry" in (result.body or b"")
    assert _CountingAdapters.walks == 0
    assert len(_Handler.seen) == 3


def test_no_jar_is_looked_up_before_a_site_sets_a_cookie(monkeypatch: pytest.MonkeyPatch) -> None:
    jars = _CookieJars(8)
    asked: list[str] = []
    site_of = fetch_module._site_of

    def counting(host: str) -> str:
        asked.append(host)
        return site_of(host)

    monkeypatch.setattr(fetch_module, "_site_of", counting)
    assert jars.get("harbour-gazette.example") is None
    assert asked == []
    jar = jars.get("www.harbour-gazette.example", create=True)
    assert jar is not None
    assert jars.get("harbour-gazette.example") is jar  # the same site
    assert jars.get("wire.example") is None
    assert asked == ["www.harbour-gazette.example", "harbour-gazette.example", "wire.example"]


def test_a_cookie_set_by_a_site_is_sent_back_to_it_after_the_quick_way(server: str) -> None:
    with Fetcher(Config(allow_private=True)) as fetcher:
        fetcher.fetch(server + "/a")
        fetcher.fetch(server + "/cookie")
        fetcher.fetch(server + "/b")
    assert "cookie" not in _Handler.seen[0]
    assert "cookie" not in _Handler.seen[1]
    assert _Handler.seen[2].get("cookie") == "visit=1"


def test_the_header_table_is_walked_only_when_it_has_entries(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    walked: list[str] = []
    extra = Fetcher._extra_headers

    def counting(self: Fetcher, host: str) -> dict[str, str]:
        walked.append(host)
        return extra(self, host)

    monkeypatch.setattr(Fetcher, "_extra_headers", counting)
    with Fetcher(Config(allow_private=True)) as fetcher:
        fetcher.fetch(server + "/a")
    assert walked == []
    assert "x-desk" not in _Handler.seen[0]
    config = Config(
        allow_private=True, headers={"127.0.0.1": {"X-Desk": "harbour"}, "wire.example": {"X": "y"}}
    )
    with Fetcher(config) as fetcher:
        fetcher.fetch(server + "/a")
    assert walked == ["127.0.0.1"]
    assert _Handler.seen[1]["x-desk"] == "harbour"
    assert "x" not in _Handler.seen[1]


def test_requests_own_send_is_known_once_and_a_replaced_one_is_not_bypassed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert fetch_module._REQUESTS_SEND is requests.adapters.HTTPAdapter.send
    session = make_session(Config(allow_private=True))
    adapter = _adapter_of(session, "https://harbour-gazette.example/a")
    assert isinstance(adapter, GuardedAdapter)
    assert adapter.direct(session) is not None

    def send(self: Any, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("not sent in this test")

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", send)
    assert adapter.direct(session) is None
    # a replacement that bears requests' names (as a wrapper copying them does) is read as before
    send.__module__, send.__qualname__ = "requests.adapters", "HTTPAdapter.send"
    assert adapter.direct(session) is not None
