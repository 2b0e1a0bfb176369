"""Response headers read without the email parser are exactly what ``http.client`` would have read."""

from __future__ import annotations

import http.client
import io
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.config import Config
from linkcheck.fetch import Fetcher
from linkcheck.headers import Response, parse_headers


def shape(message: Any) -> dict[str, Any]:
    """A message's whole state; defects compared by type (each parse makes new instances)."""
    state = dict(message.__dict__)
    state["defects"] = [type(d) for d in state["defects"]]
    state["class"] = type(message)
    if isinstance(state.get("_payload"), list):  # a structured type's parts
        state["_payload"] = [shape(part) for part in state["_payload"]]
    return state


def both(block: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    return shape(http.client.parse_headers(io.BytesIO(block))), shape(parse_headers(io.BytesIO(block)))


BLOCKS = [
    b"Content-Type: text/html; charset=utf-8\r\nContent-Length: 10\r\n"
    b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n",
    b"\r\n",
    b"",  # the connection closed before any header
    b"X-Empty:\r\nX-Spaced:  \t value with trailing blanks \t \r\n\n",
    b"Folded: first\r\n  second\r\n\tthird\r\nAfter: x\r\n\r\n",
    b"Not a header line\r\nX: y\r\n\r\n",
    b"Content-Type: multipart/byteranges; boundary=sep\r\n\r\n",
    b"content-type: Message/rfc822\r\n\r\n",
    b"X: a\rb\r\n\r\n",  # a lone CR splits the line for the email parser
    b"X: caf\xe9 \xff\r\n\r\n",
    b"From someone\r\nX: y\r\n\r\n",
    b": no name\r\n\r\n",
    b"X: y\r\nUnterminated: z",
    b"X: y\n\n",
    b"X:y:z\r\nLocation: http://news.test/a?b=c:d\r\n\r\n",
]


@pytest.mark.parametrize("block", BLOCKS)
def test_same_message_as_http_client(block: bytes) -> None:
    ours, theirs = both(block)
    assert ours == theirs


_line_bytes = st.binary(max_size=40).map(lambda b: b.replace(b"\n", b""))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.from_regex(r"[A-Za-z0-9!#$%&'*+.^_`|~-]{0,12}", fullmatch=True), _line_bytes).map(
                lambda nv: nv[0].encode() + b":" + nv[1] + b"\r\n"
            ),
            _line_bytes.map(lambda b: b + b"\r\n"),
            _line_bytes.map(lambda b: b" " + b + b"\n"),
        ),
        max_size=8,
    ),
    st.sampled_from([b"\r\n", b"\n", b""]),
)
def test_same_message_on_any_block(lines: list[bytes], end: bytes) -> None:
    block = b"".join(line for line in lines if line not in (b"\r\n", b"\n")) + end
    ours, theirs = both(block)
    assert ours == theirs


def test_limits_of_http_client_still_hold() -> None:
    too_many = b"".join(b"X-%d: y\r\n" % i for i in range(150)) + b"\r\n"
    with pytest.raises(http.client.HTTPException, match="more than 100 headers"):
        parse_headers(io.BytesIO(too_many))
    with pytest.raises(http.client.LineTooLong):
        parse_headers(io.BytesIO(b"X: " + b"y" * 70_000 + b"\r\n\r\n"))


@pytest.fixture
def raw_server() -> Iterator[tuple[str, list[bytes]]]:
    """A server on 127.0.0.1 that answers each connection with the next canned response, then closes."""
    answers: list[bytes] = []
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)  # so the thread sees ``stop`` soon
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                if answers:
                    conn.sendall(answers.pop(0))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", answers
    finally:
        stop.set()
        thread.join(5)
        listener.close()


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            b"Content-Type: text/html\r\nX-Story: caf\xe9\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n",
            {"content-type": "text/html", "x-story": "café", "set-cookie": "a=1, b=2"},
        ),
        (  # folded: left to the email parser, same as before
            b"Content-Type: text/html\r\nX-Folded: one\r\n two\r\n",
            {"content-type": "text/html", "x-folded": "one two"},
        ),
    ],
)
def test_fetcher_reads_headers_through_its_response_class(
    raw_server: tuple[str, list[bytes]], head: bytes, expected: dict[str, str]
) -> None:
    origin, answers = raw_server
    body = b"<html><head><title>Headline</title></head></html>"
    answers.append(
        b"HTTP/1.1 200 OK\r\n" + head + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body
    )
    with Fetcher(Config(allow_private=True, retries=0)) as fetcher:
        result = fetcher.fetch(f"{origin}/story")
    assert result.status_code == 200, result.error
    assert result.body == body
    for name, value in expected.items():
        assert result.headers[name] == value


def test_fetcher_connections_use_the_response_class() -> None:
    with Fetcher(Config()) as fetcher:
        adapter: Any = fetcher.session.get_adapter("http://news.test/")
        pool = adapter.poolmanager.connection_from_url("http://news.test/")
        assert pool.ConnectionCls.response_class is Response
        tls = adapter.poolmanager.connection_from_url("https://news.test/")
        assert tls.ConnectionCls.response_class is Response
