"""Large chunks (``chunks.LARGE``, 2 KB, and more) read by ``Response._read1_chunked`` with
``http.client``'s steps inlined (the thirty-seventh session): the line end after a chunk's data, the next size
line and the last chunk's trailers in one call (``Response._next_large_chunk``), where ``_get_chunk_left``,
``http.client``'s and its ``_read_next_chunk_size`` took three, and no ``min()`` a chunk. What is read must be
what ``http.client`` reads: the same pieces a ``read1`` for a body of large chunks with CRLF line ends, the
same errors (a cut body, a size line over ``_MAXLINE``, a size ``int`` refuses, and what the fetcher's
``WireCount`` refuses), the connection closed where ``http.client`` closes it, the trailers read off it.
"""

from __future__ import annotations

import http.client
import io

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from linkcheck.chunks import LARGE
from linkcheck.fetch import WireCount
from linkcheck.headers import Response


class _Wire:
    """A socket whose answer is ``data``, read through a buffered reader of ``buffer`` bytes."""

    def __init__(self, data: bytes, buffer: int) -> None:
        self.data, self.buffer = data, buffer

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self.data), self.buffer)


def _response(body: bytes, buffer: int, cls: type = Response) -> http.client.HTTPResponse:
    answer: http.client.HTTPResponse = cls(
        _Wire(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body, buffer)
    )
    answer.begin()
    answer.fp = WireCount(answer.fp, 1 << 24, chunked=True)  # type: ignore[assignment]
    return answer


def _outcome(body: bytes, buffer: int, n: int, cls: type = Response) -> tuple[list[bytes], str, bool]:
    """The pieces ``read1(n)`` gives until the end, what it raised (type, message, and the error it was raised
    in), and whether the connection was then closed."""
    answer = _response(body, buffer, cls)
    parts: list[bytes] = []
    raised = ""
    try:
        for _ in range(100_000):
            part = answer.read1(n)
            if not part:
                break
            parts.append(part)
    except Exception as exc:  # compared between the two readers, whatever it is
        raised = f"{type(exc).__name__}: {exc!r} in {exc.__context__!r}"
    return parts, raised, answer.isclosed()


def _framed(sizes: list[int], line: bytes = b"%x", trailers: bytes = b"") -> tuple[bytes, bytes]:
    """A page of ``sizes`` chunks (varied bytes) and its chunked body, CRLF line ends."""
    page = bytes((i * 7 + i // 251) % 256 for i in range(sum(sizes)))
    framed, at = [], 0
    for size in sizes:
        framed.append(line % size + b"\r\n" + page[at : at + size] + b"\r\n")
        at += size
    return page, b"".join(framed) + b"0\r\n" + trailers + b"\r\n"


_HTTP_CLIENT = http.client.HTTPResponse


@pytest.mark.parametrize("buffer", [16, 1000, 8192])
@pytest.mark.parametrize("n", [7, 4096, 65536, -1])
def test_large_chunks_read_as_http_client_reads_them(buffer: int, n: int) -> None:
    page, body = _framed([4096] * 9 + [2048, 9000, 5000], trailers=b"X-Checksum: 1\r\n")
    ours = _outcome(body, buffer, n)
    assert ours == _outcome(body, buffer, n, _HTTP_CLIENT)
    assert b"".join(ours[0]) == page
    assert ours[1:] == ("", True)  # read whole, the trailers too: the connection may carry another request


def test_large_then_small_chunks_then_large_again_read_the_same_bytes() -> None:
    # a chunk under LARGE leaves the large reading, one of LARGE or more enters it again
    page, body = _framed([5000, 100, 3, LARGE - 1, LARGE, 6000, 1])
    for buffer in (16, 8192):
        ours, plain = _outcome(body, buffer, 65536), _outcome(body, buffer, 65536, _HTTP_CLIENT)
        assert b"".join(ours[0]) == b"".join(plain[0]) == page
        assert ours[1:] == plain[1:] == ("", True)


def test_a_large_chunks_extension_is_read_past() -> None:
    page, body = _framed([3000, 5000, 2500], line=b"%X;name=value")
    assert b"".join(_outcome(body, 8192, 65536)[0]) == page


@pytest.mark.parametrize(
    ("tail", "error"),
    [
        (b"zz\r\n" + b"x" * 40 + b"\r\n0\r\n\r\n", "zz"),  # refused by WireCount: no hexadecimal digit
        (b"1a harbour\r\n" + b"x" * 26 + b"\r\n0\r\n\r\n", "1a harbour"),  # int() refuses it
        (b"1" + b";" * 70_000 + b"\r\n", "LineTooLong"),  # a size line over http.client's _MAXLINE
        (b"", "IncompleteRead"),  # the body ends where the next size line should be
    ],
    ids=["not-hex", "words", "too-long", "cut"],
)
def test_a_bad_line_after_a_large_chunk_fails_as_http_client_fails(tail: bytes, error: str) -> None:
    _page, whole = _framed([3000, 4000])
    body = whole[: whole.index(b"0\r\n\r\n", len(whole) - 5)] + tail
    ours = _outcome(body, 8192, 65536)
    assert ours == _outcome(body, 8192, 65536, _HTTP_CLIENT)
    assert b"".join(ours[0]) == _page
    assert error in ours[1]


def test_a_line_end_cut_after_a_large_chunk_is_an_incomplete_read() -> None:
    _page, whole = _framed([3000, 4000])
    body = whole[: whole.index(b"\r\n0\r\n") + 1]  # the second chunk's data and its CR, no LF: the CR read
    ours = _outcome(body, 8192, 65536)
    assert ours == _outcome(body, 8192, 65536, _HTTP_CLIENT)
    assert ours[1].startswith("IncompleteRead: IncompleteRead(1 bytes read, 1 more expected)")


@settings(max_examples=300, deadline=None)
@example(  # cut after the CR ending the first chunk's data (found by hypothesis)
    sizes=[2048], extension=False, upper=False, trailers=b"X-Trace: a-b_c\r\n", cut=22, buffer=16, n=1
)
@example(  # cut before that CR (found by hypothesis in a clean-clone CI run)
    sizes=[2048], extension=False, upper=False, trailers=b"X-Trace: a-b_c\r\n", cut=23, buffer=16, n=1
)
@given(
    sizes=st.lists(st.integers(LARGE, 3 * LARGE), min_size=1, max_size=6),
    extension=st.booleans(),
    upper=st.booleans(),
    trailers=st.sampled_from([b"", b"X-Trace: a-b_c\r\n"]),
    cut=st.one_of(st.none(), st.integers(0, 60)),
    buffer=st.sampled_from([16, 997, 8192]),
    n=st.sampled_from([1, 3, 100, 2047, 4096, 65536, -1]),
)
def test_any_body_of_large_chunks_reads_as_http_client_reads_it(
    sizes: list[int],
    extension: bool,
    upper: bool,
    trailers: bytes,
    cut: int | None,
    buffer: int,
    n: int,
) -> None:
    line = (b"%X" if upper else b"%x") + (b";ext=1" if extension else b"")
    page, body = _framed(sizes, line, trailers)
    if cut is not None:  # cut short in the last chunk's framing or the ones before it
        body = body[: max(0, len(body) - cut)]
    ours, plain = _outcome(body, buffer, n), _outcome(body, buffer, n, _HTTP_CLIENT)
    # The same pieces, error, message and connection state (the message too where a body is cut inside the
    # line end after the first chunk's data, which this reader reads by the byte until one is CRLF).
    assert ours == plain
    if cut is None:
        assert b"".join(ours[0]) == page


def test_the_trailers_after_large_chunks_are_read_off_a_kept_connection() -> None:
    # what follows the body on a kept connection is the next answer: the trailer section must not be left
    page, body = _framed([3000, 5000], trailers=b"X-Checksum: 1\r\nX-Trace: 2\r\n")
    answer = _response(body + b"HTTP/1.1 204 No Content\r\n\r\n", 8192)
    answer.kept = wire = answer.fp  # as a kept connection's reader: closing the answer leaves it open
    assert b"".join(_outcome_of(answer)) == page
    assert answer.isclosed()
    assert wire.read() == b"HTTP/1.1 204 No Content\r\n\r\n"


def _outcome_of(answer: http.client.HTTPResponse) -> list[bytes]:
    parts = []
    for _ in range(100_000):
        part = answer.read1(65536)
        if not part:
            break
        parts.append(part)
    return parts
