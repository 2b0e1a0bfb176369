"""The fetcher's per-request fast paths give what the code they skip gives (issue 7: CPU per fetch).

Each test names the fast path it holds and the long way it is compared with.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import requests.cookies
from hypothesis import example, given, settings
from hypothesis import strategies as st

from linkcheck.config import Config
from linkcheck.connections import GetRequest, get_request
from linkcheck.fetch import Fetcher, _prepare_get, _RequestHeads, make_session
from linkcheck.models import Cause

# --- _RequestHeads: a GET written from what an earlier one to the same origin wrote ---------------------


def long_way(
    session: requests.Session, url: str, extra: dict[str, Any], jar: Any = None
) -> tuple[str, tuple[str, str, int], bytes]:
    request = get_request(_prepare_get(session, url, dict(extra), jar))
    return request.url, request.key, request.data


def short_way(request: GetRequest | None) -> tuple[str, tuple[str, str, int], bytes] | None:
    return None if request is None else (request.url, request.key, request.data)


def learnt(session: requests.Session, first: str, extra: dict[str, Any], jar: Any = None) -> _RequestHeads:
    heads = _RequestHeads()
    written = heads.learn(session, first, dict(extra), jar, _prepare_get(session, first, dict(extra), jar))
    assert short_way(written) == long_way(session, first, extra, jar)
    return heads


EVERYDAY = [
    "http://127.0.0.1:47311/sport/2021/02/24/minister-vaccine-faces-budget-approves-study-a2104.html",
    "https://news.test/world/2024/story-name?id=7&page=2",
    "https://www.news.test/a/b/c/",
    "http://news.test:80/a",
    "https://news.test:443/a?b=c",
    "https://news.test/a/b@c?who=me@there",  # an @ in the path or query is not a user name
]
EXTRAS: list[dict[str, Any]] = [{}, {"X-Per-Host": "yes"}, {"Accept": None}, {"user-agent": "other/1.0"}]


@pytest.mark.parametrize("url", EVERYDAY)
@pytest.mark.parametrize("extra", EXTRAS)
def test_an_everyday_get_is_written_as_the_long_way_writes_it(url: str, extra: dict[str, Any]) -> None:
    session = make_session(Config())
    origin = url.split("/", 3)
    heads = learnt(session, "/".join(origin[:3]) + "/first-page", extra)
    found = heads.find(session, url, dict(extra), None)
    assert found is not None, "the fast path is taken for everyday URLs"
    assert short_way(found) == long_way(session, url, extra)


def test_nothing_is_found_before_a_request_to_the_origin_was_written() -> None:
    session = make_session(Config())
    heads = learnt(session, "https://news.test/a", {})
    assert heads.find(session, "https://other.test/a", {}, None) is None
    assert heads.find(session, "http://news.test/a", {}, None) is None
    assert heads.find(session, "https://news.test:8443/a", {}, None) is None
    assert heads.find(session, "https://news.test/a", {"X-New": "1"}, None) is None


paths = st.one_of(
    st.lists(
        st.sampled_from(["/", "a", ".", "..", "/.", "/..", "Z9", "?", "?q=1", "&", "-_~", "@", "#f"])
    ).map("".join),
    st.text(alphabet="/aZ09.-_~!$&'()*+,;=:@%?# \u00e9|[]\\", max_size=20),
)
origins = st.sampled_from(
    ["http://news.test", "https://news.test", "http://news.test:8080", "http://1.2.3.4"]
)


@settings(max_examples=1500, deadline=None)
@given(origins, paths, st.sampled_from(EXTRAS))
@example("http://news.test", "/a/./b", {})
@example("http://news.test", "/a/../b", {})
@example("http://news.test", "/a/.", {})
@example("http://news.test", "/a?", {})
@example("http://news.test", "/a#frag", {})
@example("http://news.test", "/a b", {})
@example("http://news.test", "", {})
def test_any_url_is_written_as_the_long_way_writes_it_or_not_found(
    origin: str, path: str, extra: dict[str, Any]
) -> None:
    session = make_session(Config())
    heads = learnt(session, origin + "/first", extra)
    url = origin + path
    found = heads.find(session, url, dict(extra), None)
    try:
        expected: Any = long_way(session, url, extra)
    except Exception as exc:  # the long way refuses it: the short way must not have written it
        expected = type(exc)
    if found is not None:
        assert short_way(found) == expected


def test_a_cookie_in_the_sites_jar_or_the_sessions_goes_the_long_way() -> None:
    session = make_session(Config())
    heads = learnt(session, "https://news.test/first", {})
    jar = requests.cookies.RequestsCookieJar()
    jar.set("consent", "yes", domain="news.test", path="/")
    assert heads.find(session, "https://news.test/a", {}, jar) is None
    assert b"Cookie: consent=yes" in long_way(session, "https://news.test/a", {}, jar)[2]
    session.cookies.set("sid", "abc", domain="news.test", path="/")
    assert heads.find(session, "https://news.test/a", {}, None) is None
    assert b"Cookie: sid=abc" in long_way(session, "https://news.test/a", {})[2]
    assert heads.find(session, "https://news.test/a", {}, requests.cookies.RequestsCookieJar()) is None


@pytest.mark.parametrize("tweak", ["auth", "params", "trust_env", "headers", "prepare_request"])
def test_a_session_that_changed_since_goes_the_long_way(
    tweak: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = make_session(Config())
    heads = learnt(session, "https://news.test/first", {})
    url = "https://news.test/a"
    before = long_way(session, url, {})
    if tweak == "auth":
        session.auth = ("user", "secret")
    elif tweak == "params":
        session.params = {"utm": "1"}
    elif tweak == "trust_env":
        netrc = tmp_path / "netrc"
        netrc.write_text("machine news.test login user password secret\n")
        monkeypatch.setenv("NETRC", str(netrc))
        session.trust_env = True
    elif tweak == "headers":
        session.headers["X-Later"] = "1"
    else:

        class Tagging(requests.Session):
            def prepare_request(self, request: requests.Request) -> requests.PreparedRequest:
                prepared = super().prepare_request(request)
                prepared.headers["X-Tag"] = "1"
                return prepared

        session.__class__ = Tagging
    after = long_way(session, url, {})
    assert after != before, "the tweak changes the request"
    assert heads.find(session, url, {}, None) is None


def test_session_headers_of_another_mapping_type_go_the_long_way() -> None:
    session = make_session(Config())
    heads = learnt(session, "https://news.test/first", {})
    session.headers = dict(session.headers)  # type: ignore[assignment]
    assert heads.find(session, "https://news.test/a", {}, None) is None
    assert short_way(
        heads.learn(
            session, "https://news.test/a", {}, None, _prepare_get(session, "https://news.test/a", {})
        )
    ) == long_way(session, "https://news.test/a", {})


# --- end to end: what a fetcher writes on the wire --------------------------------------------------------


PAGE = b"<html><head><title>t</title></head></html>"
BIG = (
    b"<html><head><title>big</title></head><body>" + b"<p>words words words</p>\n" * 8000 + b"</body></html>"
)


MANY = b"Content-Type: text/html; charset=utf-8\r\nX-Spaced:  \t value \t\r\nX-Empty:\r\nX-Latin: caf\xe9\r\n"


class Recorder:
    """A keep-alive server on loopback that answers every GET with a small page and records the requests."""

    def __init__(self, set_cookie_on: str | None = None) -> None:
        self.requests: list[bytes] = []
        self.set_cookie_on = set_cookie_on
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(10)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        conn.settimeout(10)
        buf = b""
        with conn:
            for _ in range(50):
                while b"\r\n\r\n" not in buf:
                    try:
                        data = conn.recv(65536)
                    except OSError:
                        return
                    if not data:
                        return
                    buf += data
                request, buf = buf.split(b"\r\n\r\n", 1)
                self.requests.append(request + b"\r\n\r\n")
                body = BIG if b" /big " in request.split(b"\r\n")[0] else PAGE
                cookie = b""
                if self.set_cookie_on and f" {self.set_cookie_on} ".encode() in request.split(b"\r\n")[0]:
                    cookie = b"Set-Cookie: seen=1; Path=/\r\n"
                if b" /many " in request.split(b"\r\n")[0]:
                    cookie += MANY
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n%s\r\n%s" % (len(body), cookie, body))

    def close(self) -> None:
        self.sock.close()
        self.thread.join(5)


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    server = Recorder(set_cookie_on="/b")
    yield server
    server.close()


def test_a_fetcher_writes_every_get_as_prepare_request_would(recorder: Recorder) -> None:
    config = Config(allow_private=True, headers={"127.0.0.1": {"X-Per-Domain": "yes"}}, retries=0)
    base = f"http://127.0.0.1:{recorder.port}"
    paths = ["/a", "/b", "/c?x=1", "/d/./e", "/f"]  # /b sets a cookie: /c and /f carry it
    with Fetcher(config) as fetcher:
        taken: list[bool] = []
        heads = fetcher._heads
        find = heads.find

        def spy(*args: Any) -> GetRequest | None:
            found = find(*args)
            taken.append(found is not None)
            return found

        heads.find = spy  # type: ignore[method-assign]
        results = [fetcher.fetch(base + p) for p in paths]
    assert all(r.ok for r in results)
    assert taken == [False, True, False, False, False]
    session = make_session(Config(allow_private=True))
    jar = requests.cookies.RequestsCookieJar()
    for path, sent in zip(paths, recorder.requests, strict=True):
        url = base + path
        expected = get_request(
            _prepare_get(session, url, {"X-Per-Domain": "yes"}, jar if path > "/b" else None)
        )
        assert sent == expected.data, path
        if path == "/b":
            jar.set("seen", "1", domain="127.0.0.1", path="/")


# --- _plain_origin: host and port of an everyday URL without urlsplit --------------------------------------

url_parts = st.tuples(
    st.sampled_from(["http://", "https://", "HTTP://", "http:/", "ftp://", "https:///"]),
    st.one_of(st.text(alphabet="az09.-", min_size=1, max_size=8), st.text(alphabet="aZ09.-_[]:", max_size=8)),
    st.sampled_from(["", ":80", ":443", ":8080", ":080", ":65535", ":65536", ":99999", ":0", ":", ":x"]),
    st.one_of(
        st.lists(st.sampled_from(["/", "a", ".", "/.", "Z9", "?", "?q=1", "&", "#f", "@"])).map("".join),
        st.text(alphabet="/aZ09.-_~!$&'()*+,;=:@%?# \u00e9|[]\\\t", max_size=20),
    ),
)


@settings(max_examples=3000, deadline=None)
@given(url_parts.map("".join))
@example("http://a:65536/b")
@example("http://a:65535/b")
@example("https://a:443/b")
@example("http://a/b")
@example("https://a.b-c.d/e?f=g")
def test_plain_origin_is_what_urlsplit_reads_where_it_finds_no_problem(url: str) -> None:
    from linkcheck.fetch import _host_port, _plain_origin

    origin = _plain_origin(url)
    if origin is not None:
        assert Fetcher._url_problem(url) is None
        assert origin == _host_port(url)


@pytest.mark.parametrize("url", EVERYDAY)
def test_plain_origin_reads_everyday_urls(url: str) -> None:
    from linkcheck.fetch import _host_port, _plain_origin

    assert _plain_origin(url) == _host_port(url)


# --- _read_body: a plain body read to its end is not asked once more -------------------------------------


class Clock:
    """A fetcher's clock that jumps past the deadline once told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def fetch_with_reads(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch, *, late: bool, path: str = "/a"
) -> tuple[Any, list[bytes]]:
    """Fetch a page; record what each read of the body gave; with ``late``, the deadline passes as the
    body's last byte is read."""
    from linkcheck.connections import PlainResponse

    clock = Clock()
    reads: list[bytes] = []
    original = PlainResponse.read1

    def read1(self: PlainResponse, amt: int, decode_content: bool = True) -> bytes:
        data = original(self, amt, decode_content)
        reads.append(data)
        if late and data and not self.length_remaining:
            clock.now += 3600
        return data

    monkeypatch.setattr(PlainResponse, "read1", read1)
    with Fetcher(Config(allow_private=True, retries=0), clock=clock) as fetcher:
        result = fetcher.fetch(f"http://127.0.0.1:{recorder.port}{path}")
    return result, reads


@pytest.mark.parametrize(("path", "page"), [("/a", PAGE), ("/big", BIG)])
def test_a_plain_body_read_to_its_end_ends_the_read(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch, path: str, page: bytes
) -> None:
    result, reads = fetch_with_reads(recorder, monkeypatch, late=False, path=path)
    assert result.ok
    assert not result.truncated
    assert result.body == page
    assert b"".join(reads) == result.body
    assert b"" not in reads, "the read that would give b'' is skipped"
    assert len(reads) > 1 or path == "/a"


def test_a_deadline_passing_with_the_last_byte_still_reads_as_the_deadline(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    result, _reads = fetch_with_reads(recorder, monkeypatch, late=True)
    assert result.cause is Cause.TIMEOUT
    assert result.truncated
    assert result.error == f"body not complete when the 60 s deadline passed ({len(PAGE)} bytes read)"
    assert result.body == PAGE


# --- _header_problem: a plain answer's header lines counted without a loop of our own ----------------------


@pytest.mark.parametrize("over", ["count", "size", None])
def test_header_limits_on_a_plain_answer_count_every_line(recorder: Recorder, over: str | None) -> None:
    lines = [("Content-Length", str(len(PAGE))), ("Content-Type", "text/html; charset=utf-8")]
    lines += [("X-Spaced", "value \t"), ("X-Empty", ""), ("X-Latin", "caf\xe9")]
    count, size = len(lines), sum(len(name) + len(value) + 4 for name, value in lines)
    limits = {"max_headers": count - (over == "count"), "max_header_bytes": size - (over == "size")}
    with Fetcher(Config(allow_private=True, retries=0, **limits)) as fetcher:
        result = fetcher.fetch(f"http://127.0.0.1:{recorder.port}/many")
    where = f"127.0.0.1:{recorder.port}"
    if over is None:
        assert result.ok
        assert result.headers["x-latin"] == "caf\xe9"
        assert result.headers["x-spaced"] == "value \t"
    elif over == "count":
        assert (
            result.error == f"{where} sent {count} response header lines, more than the {count - 1} allowed"
        )
    else:
        assert (
            result.error == f"{where} sent {size} bytes of response headers, more than the {size - 1} allowed"
        )
