"""The thirteenth hostile round's rules, on small answers: what each must change and what it must leave alone.

- a ``Content-Length`` that is not ASCII digits (a sign, an underscore, digits of another script) states no
  length: the body ends at the close, for ``http.client`` and urllib3 alike (``linkcheck.headers``);
- the bytes of a body that came before its read timed out are kept (``Fetcher``), as when the deadline
  cuts it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
import urllib3

from linkcheck.fetch import Fetcher
from linkcheck.headers import _PLAIN_LINE, Response, is_content_length
from linkcheck.models import Cause
from tests.hostile_server import HostileServer, fetch_config

# --- a Content-Length is ASCII digits --------------------------------------------------------------------


@pytest.mark.parametrize("value", ["40", "0040", " 40", "40 ", "40\t", "0", "9" * 18, "4, 4", "4,4", "4, 2"])
def test_a_length_of_ascii_digits_is_one(value: str) -> None:
    assert is_content_length(value)


@pytest.mark.parametrize(
    "value",
    ["+40", "-1", "1_000", "\uff14\uff10", "\u0664\u0660", "\u00b2", "", " ", "4 0", "0x28", "40.0", "4, +4"],
)
def test_a_length_that_is_not_ascii_digits_is_none(value: str) -> None:
    assert not is_content_length(value)


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        (b"Content-Length: 40\r\n", True),
        (b"content-length:40 \r\n", True),
        (b"Content-Length: 4, 4\r\n", True),
        (b"Content-Type: text/html\r\n", True),  # left alone: other fields, whatever their value
        (b"X-Content-Length: +40\r\n", True),
        (b"Content-Lengths: +40\r\n", True),
        (b"Content-Length: +40\r\n", False),
        (b"CONTENT-LENGTH: 1_000\r\n", False),
        (b"Content-Length: -1\r\n", False),
        (b"Content-Length: \xef\xbc\x94\xef\xbc\x90\r\n", False),
    ],
)
def test_only_a_false_length_leaves_the_fast_path(line: bytes, plain: bool) -> None:
    assert bool(_PLAIN_LINE.fullmatch(line)) is plain


class _Sock:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self._data))  # type: ignore[arg-type]


def _answer(head: str, body: bytes = b"", method: str = "GET") -> Response:
    answer = Response(_Sock(head.replace("\n", "\r\n").encode() + b"\r\n" + body), method=method)  # type: ignore[arg-type]
    answer.begin()
    return answer


_PAGE = b"<html><head><title>Whole</title></head><body>" + b"x" * 100 + b"</body></html>"


@pytest.mark.parametrize("value", ["+40", "-1", "1_000", "\u00b2", "+40, +40"])
def test_a_false_length_leaves_the_body_to_the_close(value: str) -> None:
    answer = _answer(f"HTTP/1.1 200 OK\nContent-Length: {value}\nContent-Type: text/html\n", _PAGE)
    assert answer.length is None
    assert answer.will_close  # the connection cannot carry another request
    assert answer.msg.get("content-length") is None  # urllib3 reads the header with int(): gone
    assert answer.msg.get("content-type") == "text/html"  # the others stay
    assert answer.read() == _PAGE


def test_urllib3_reads_a_false_length_to_the_close() -> None:
    answer = _answer("HTTP/1.1 200 OK\nContent-Length: +40\n", _PAGE)
    raw = urllib3.HTTPResponse(
        body=answer,
        headers=urllib3.HTTPHeaderDict(answer.msg.items()),
        status=answer.status,
        preload_content=False,
        original_response=answer,
        enforce_content_length=True,
    )
    assert raw.length_remaining is None
    assert raw.read() == _PAGE  # not 40 bytes, and no IncompleteRead at the close


@pytest.mark.parametrize(
    ("value", "length"),
    [("40", 40), (" 40 ", 40), ("0", 0)],
)
def test_a_length_of_digits_is_left_alone(value: str, length: int) -> None:
    answer = _answer(f"HTTP/1.1 200 OK\nContent-Length: {value}\n", _PAGE)
    assert answer.length == length
    assert answer.msg.get("content-length").strip() == value.strip()


@pytest.mark.parametrize("value", ["4, 4", "4, 2", "4,4"])
def test_a_list_of_digits_is_left_to_urllib3(value: str) -> None:
    # one value repeated is that value (urllib3), different ones an error (urllib3's InvalidHeader)
    answer = _answer(f"HTTP/1.1 200 OK\nContent-Length: {value}\n", _PAGE)
    assert answer.msg.get("content-length") == value


@pytest.mark.parametrize(
    ("status", "method"), [("304 Not Modified", "GET"), ("204 No Content", "GET"), ("200 OK", "HEAD")]
)
def test_a_false_length_without_a_body_reads_no_body(status: str, method: str) -> None:
    answer = _answer(f"HTTP/1.1 {status}\nContent-Length: +40\n", method=method)
    assert answer.length == 0  # no body whatever the header says, as before


def test_a_false_length_beside_chunked_reads_the_chunks() -> None:
    answer = _answer(
        "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\nContent-Length: +40\n", b"5\r\nhello\r\n0\r\n\r\n"
    )
    assert answer.chunked
    assert answer.read() == b"hello"


def test_a_false_length_among_folded_lines_is_dropped_too() -> None:
    # a header block with a folded line goes the email parser's way: the rule applies there as well
    answer = _answer("HTTP/1.1 200 OK\nX-Note: a\n b\nContent-Length: +40\n", _PAGE)
    assert answer.length is None
    assert answer.msg.get("content-length") is None
    assert answer.read() == _PAGE


# --- a body whose read timed out keeps what came --------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer(drip_interval=0.25) as srv:
        yield srv


def test_the_bytes_before_a_read_timeout_are_kept(server: HostileServer) -> None:
    with Fetcher(fetch_config(server).evolve(retries=0)) as fetcher:
        result = fetcher.fetch(server.url("/cl-too-long-kept-open"))
    assert (result.cause, result.status_code) == (Cause.TIMEOUT, 200), result.error
    assert result.truncated
    assert result.body.startswith(b"<!doctype html>")
    assert result.body.endswith(b"</html>")


def test_a_body_cut_by_a_reset_keeps_nothing(server: HostileServer) -> None:
    # left alone: a body that broke off (reset, closed short) is a protocol error, its bytes not kept
    with Fetcher(fetch_config(server).evolve(retries=0)) as fetcher:
        for path in ("/reset-mid-body", "/cl-too-long"):
            result = fetcher.fetch(server.url(path))
            assert result.cause is Cause.PROTOCOL, (path, result.error)
            assert result.body == b"", path


def test_a_status_that_decides_keeps_nothing_of_a_stalled_body(server: HostileServer) -> None:
    # left alone: a 404 whose body stalls is the 404 (its body is not the page)
    with Fetcher(fetch_config(server).evolve(retries=0)) as fetcher:
        result = fetcher.fetch(server.url("/404-stalled-body"))
    assert (result.cause, result.status_code) == (None, 404), result.error
