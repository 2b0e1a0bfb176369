"""The twentieth hostile round's rules, each on small status lines, header blocks, pages and URLs, with what
it leaves alone:

- a status line whose three-digit code runs into its reason (``HTTP/1.1 200OK``) is read as browsers read it
  (``headers.code_glued_to_reason``): ``http.client`` refused it, so a page every browser shows was an error;
- a NUL byte in a header's *name* or in the status line's reason phrase makes the answer a protocol error
  (``headers.line_with_nul_outside_value``, ``fetch.nul_outside_values``), as one in a value has since the
  nineteenth round: Chromium refuses any head holding one, and the page read as fine (the nineteenth
  round's leftover);
- an HTTP/1.0 answer's ``Transfer-Encoding`` frames nothing (``headers.transfer_coding_ignored``): its body is
  read to the close, as Chromium reads it, where ``http.client`` and urllib3 dechunked a plain page and
  failed ("invalid chunk size");
- a ``<meta charset>`` inside an HTML comment declares nothing (``decode.comment_end_around``, in
  ``decode.meta_charset``): a commented-out ``<meta charset=koi8-r>`` of an old template decoded a
  windows-1250 page as KOI8-R;
- a redirect to a URL that is none says why when ``urlsplit`` does (``fetch.why_no_url``): a port beyond
  65535 was only "an invalid URL".
"""

from __future__ import annotations

import http.client
import io

import pytest

from linkcheck.extract.decode import comment_end_around, decode_html, meta_charset
from linkcheck.fetch import nul_outside_values, why_no_url
from linkcheck.headers import (
    Response,
    code_glued_to_reason,
    line_with_nul_outside_value,
    parse_headers,
    transfer_coding_ignored,
)


class _Wire:
    """A socket whose answer is ``data`` (what ``http.client`` reads a response from)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self.data))  # type: ignore[arg-type]


def _answer(data: bytes) -> Response:
    response = Response(_Wire(data), method="GET")  # type: ignore[arg-type]
    response.begin()
    return response


_PAGE = b"<html><head><title>Ferry</title></head><body><p>Nine o'clock.</p></body></html>"


# --- a status code glued to its reason ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("HTTP/1.1 200OK\r\n", ("HTTP/1.1", 200, "OK")),
        ("HTTP/1.0 404Not Found  \r\n", ("HTTP/1.0", 404, "Not Found")),
        ("HTTP/1.1 301-Moved\r\n", ("HTTP/1.1", 301, "-Moved")),
    ],
)
def test_a_code_glued_to_its_reason_is_read(line: str, read: tuple[str, int, str]) -> None:
    assert code_glued_to_reason(line) == read


@pytest.mark.parametrize(
    "line",
    [
        "HTTP/1.1 200 OK\r\n",  # http.client's own: never asked
        "HTTP/1.1 2000 OK\r\n",  # four digits: /status-four-digits, refused as before
        "HTTP/1.1 2OO OK\r\n",  # no digits
        "HTTP/1.1 200\r\n",  # no reason at all: http.client reads it
        "HTTP/2 200OK\r\n",
        "ICY 200OK\r\n",
        "HTTP/1.1 099Low\r\n",  # below 100 glued: no such code in the wild
    ],
)
def test_other_status_lines_are_not_read_as_glued(line: str) -> None:
    assert code_glued_to_reason(line) is None


def test_an_answer_whose_code_is_glued_to_its_reason_is_read_whole() -> None:
    head = b"HTTP/1.1 200OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(_PAGE)
    response = _answer(head + _PAGE)
    assert (response.status, response.reason) == (200, "OK")
    assert response.read() == _PAGE


def test_a_status_line_of_four_digits_is_still_refused() -> None:
    with pytest.raises(http.client.BadStatusLine):
        _answer(b"HTTP/1.1 2000OK\r\nContent-Length: 0\r\n\r\n")


# --- a NUL outside a header value ------------------------------------------------------------------------


def _block(*lines: bytes) -> list[bytes]:
    return [line + b"\r\n" for line in lines]


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (_block(b"X-Ca\x00che: hit"), "X-Ca\x00che: hit"),
        (_block(b"Server: x", b"\x00Set-Cookie: a=1"), "\x00Set-Cookie: a=1"),
        (_block(b"junk\x00without a colon"), "junk\x00without a colon"),
    ],
)
def test_a_nul_in_a_header_name_is_found(lines: list[bytes], found: str) -> None:
    assert line_with_nul_outside_value(lines) == found


@pytest.mark.parametrize(
    "lines",
    [
        _block(b"X-Note: a\x00b"),  # in a value: header_holding_nul's (the nineteenth round)
        _block(b"X-Note: first", b" folded\x00on"),  # in a folded line: the value's
        _block(b"X-Note: %00 and \\0"),  # written as escapes
        _block(b"Content-Type: text/html", b"Content-Length: 4"),
    ],
)
def test_lines_without_a_nul_before_their_colon_are_left_alone(lines: list[bytes]) -> None:
    assert line_with_nul_outside_value(lines) is None


def test_the_header_parser_keeps_the_line_it_drops_for_its_nul() -> None:
    block = b"Content-Type: text/html\r\nX-Ca\x00che: hit\r\nContent-Length: 4\r\n\r\n"
    message = parse_headers(io.BytesIO(block))  # type: ignore[arg-type]
    assert message["content-length"] == "4"  # the other lines are read as before
    assert message.nul_line == "X-Ca\x00che: hit"
    plain = parse_headers(io.BytesIO(b"Content-Type: text/html\r\nContent-Length: 4\r\n\r\n"))  # type: ignore[arg-type]
    assert getattr(plain, "nul_line", None) is None


def test_a_nul_in_the_reason_or_a_name_is_named() -> None:
    reason = nul_outside_values("O\x00K", None)
    assert reason is not None
    assert "reason phrase" in reason
    assert "'O\\x00K'" in reason
    name = nul_outside_values("OK", "X-Ca\x00che: hit")
    assert name is not None
    assert "'X-Ca\\x00che: hit'" in name
    assert "\x00" not in reason + name  # shown escaped: a report hands no NUL to a terminal


@pytest.mark.parametrize(("reason", "line"), [("OK", None), ("", None), ("Not %00 Found", None)])
def test_heads_without_a_nul_are_left_alone(reason: str, line: str | None) -> None:
    assert nul_outside_values(reason, line) is None


# --- HTTP/1.0 and Transfer-Encoding ------------------------------------------------------------------------


def test_only_http11_frames_by_transfer_coding() -> None:
    assert transfer_coding_ignored(10)
    assert transfer_coding_ignored(9)
    assert not transfer_coding_ignored(11)


def test_an_http10_answer_saying_chunked_is_read_to_the_close() -> None:
    response = _answer(b"HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + _PAGE)
    assert (response.chunked, response.length, response.will_close) == (False, None, True)
    assert response.read() == _PAGE


def test_an_http10_answer_with_real_chunks_is_read_as_sent() -> None:
    # what Chromium shows: the chunk lines are bytes of the page (its title still read)
    body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(_PAGE), _PAGE)
    response = _answer(b"HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body)
    assert response.read() == body


def test_an_http11_chunked_answer_is_dechunked_as_before() -> None:
    body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(_PAGE), _PAGE)
    response = _answer(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body)
    assert response.chunked
    assert response.read() == _PAGE


# --- a <meta charset> in a comment -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "at", "end"),
    [
        (b"<!-- <meta charset=koi8-r> --><meta>", 5, 30),
        (b"<!-- never closed <meta charset=koi8-r>", 18, 39),
        (b"<!-- a <!-- b --><meta>", 12, 17),  # comments do not nest: the first --> ends both
    ],
)
def test_a_byte_inside_a_comment_is_found(head: bytes, at: int, end: int) -> None:
    assert comment_end_around(head, at) == end


@pytest.mark.parametrize(
    ("head", "at"),
    [
        (b"<!-- a --><meta charset=utf-8>", 10),  # after the comment
        (b"<!--><meta charset=utf-8>", 5),  # '<!-->' ends at once (the tokenizer's abrupt close)
        (b"<!---><meta charset=utf-8>", 6),
        (b"<meta charset=utf-8><!-- x -->", 0),  # before any comment
        (b"<p>a --> b</p><meta charset=utf-8>", 14),  # a '-->' without a '<!--'
    ],
)
def test_a_byte_outside_comments_is_left_alone(head: bytes, at: int) -> None:
    assert comment_end_around(head, at) is None


def test_a_commented_out_meta_charset_declares_nothing() -> None:
    page = '<head><!-- <meta charset="koi8-r"> --><meta charset="windows-1250"><title>Přewóz</title>'
    assert meta_charset(page.encode("cp1250")) == "cp1250"
    assert "Přewóz" in decode_html(page.encode("cp1250"))
    assert meta_charset(b"<!-- only <meta charset=koi8-r> in a comment -->") is None


def test_a_meta_charset_outside_comments_is_read_as_before() -> None:
    assert meta_charset(b'<!-- nav --><meta charset="koi8-r">') == "koi8-r"
    assert meta_charset(b'<meta charset="windows-1251"><!-- <meta charset=utf-8> -->') == "cp1251"
    assert meta_charset(b"<!--><meta charset=iso-8859-2>") == "iso8859-2"


# --- why a redirect's target is no URL --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("location", "words"),
    [
        ("http://127.0.0.1:99999/story", "out of range"),
        ("http://127.0.0.1:8080:80/story", "could not be cast"),
    ],
)
def test_a_port_that_is_none_is_named(location: str, words: str) -> None:
    why = why_no_url(location)
    assert words in why, why
    assert why.startswith(" (port"), why


@pytest.mark.parametrize(
    "location", ["http://127.0.0.1:8080/story", "/relative/path", "http://example.com/", "javascript:x"]
)
def test_locations_urlsplit_reads_say_nothing_more(location: str) -> None:
    assert why_no_url(location) == ""
