"""The twelfth hostile round's rules, on bytes and strings, each with what it must leave alone:

- a status line after empty lines (at most 4 bytes of them), or with ``http/`` in another case, is read as
  browsers read it (``linkcheck.headers``);
- a chunk size with a sign, an underscore or ``0x`` (``int(line, 16)`` reads them, HTTP does not) is an
  invalid chunk size (``linkcheck.fetch.WireCount``);
- a URL whose host is an IPv6 address with a zone is no URL (``linkcheck.fetch``);
- a name under ``localhost`` is loopback without a lookup (``linkcheck.guard``).
"""

from __future__ import annotations

import http.client
import io
import socket
from typing import Any

import pytest

from linkcheck.fetch import Fetcher, WireCount, _redirect_target, _zoned
from linkcheck.guard import vet_host
from linkcheck.headers import MAX_BLANK_BEFORE_STATUS, Response

PAGE = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 4\r\n\r\npage"


class _Wire:
    """A socket whose answer is ``data``; ``peek``: whether its reader has one (a buffered reader does)."""

    def __init__(self, data: bytes, peek: bool = True) -> None:
        self.data = data
        self.peek = peek

    def makefile(self, mode: str) -> Any:
        reader = io.BufferedReader(io.BytesIO(self.data))
        return reader if self.peek else _NoPeek(reader)


class _NoPeek:
    def __init__(self, fp: io.BufferedReader) -> None:
        self._fp = fp

    def readline(self, limit: int = -1) -> bytes:
        return self._fp.readline(limit)

    def read(self, n: int = -1) -> bytes:
        return self._fp.read(n)

    def close(self) -> None:
        self._fp.close()


def answer(data: bytes, peek: bool = True) -> Response:
    response = Response(_Wire(data, peek), method="GET")  # type: ignore[arg-type]
    response.begin()
    return response


# --- a status line as browsers find it ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"\r\n" + PAGE,  # a CGI script's blank line
        b"\n" + PAGE,
        b"\r\n\r\n" + PAGE,  # 4 bytes: the most skipped
        b"\n\n\n\n" + PAGE,
        b"http/1.1" + PAGE[8:],  # the protocol name in lower case
        b"Http/1.1" + PAGE[8:],
        b"\r\nhttp/1.1" + PAGE[8:],
        b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n\r\nhttp/1.1" + PAGE[8:],  # after an interim one
    ],
)
def test_a_status_line_browsers_find_is_the_answer(data: bytes) -> None:
    response = answer(data)
    assert (response.status, response.version, response.read()) == (200, 11, b"page")
    assert isinstance(response.fp, (io.BufferedReader, type(None)))  # the reader is its own again


def test_a_lower_case_http_10_is_http_10() -> None:
    response = answer(b"http/1.0 200 OK\r\nContent-Length: 4\r\n\r\npage")
    assert (response.status, response.version, response.read()) == (200, 10, b"page")


@pytest.mark.parametrize(
    "data",
    [
        b"\r\n" * 3 + PAGE,  # 6 bytes of blank lines: more than browsers look past
        b"\n" * (MAX_BLANK_BEFORE_STATUS + 1) + PAGE,
        b" \r\n" + PAGE,  # a line of a blank is not empty
        b"xhttp/1.1 200 OK\r\n\r\n",
        b"<html><head><title>HTTP/0.9</title></head></html>\n",  # HTTP/0.9: the page alone
        b"HTTPS/1.1 200 OK\r\n\r\n",
        b"\x15\x03\x01\x00\x02\x02\x32",  # a TLS alert
    ],
)
def test_anything_else_before_or_instead_of_a_status_line_is_still_refused(data: bytes) -> None:
    with pytest.raises(http.client.BadStatusLine):
        answer(data)


def test_a_reader_without_peek_reads_as_http_client_reads() -> None:
    assert answer(PAGE, peek=False).status == 200
    with pytest.raises(http.client.BadStatusLine):
        answer(b"\r\n" + PAGE, peek=False)  # no tolerance, nothing broken


def test_an_ordinary_answer_never_meets_the_status_line_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    import linkcheck.headers as headers

    def boom(fp: object) -> object:
        raise AssertionError("the slow path for an ordinary status line")

    monkeypatch.setattr(headers, "_StatusLineReader", boom)
    assert answer(PAGE).status == 200
    assert answer(b"HTTP/1.1 100 Continue\r\n\r\n" + PAGE).status == 200


# --- chunk sizes -----------------------------------------------------------------------------------------


def _lines(data: bytes, chunked: bool = True) -> WireCount:
    return WireCount(io.BufferedReader(io.BytesIO(data)), 1 << 20, chunked=chunked)


@pytest.mark.parametrize(
    "line",
    [
        b"-1a\r\n",
        b"+1a\r\n",
        b"1_a\r\n",
        b"-0\r\n",
        b" -1a ;x=y\r\n",
        b"1_0\n",
        b"0x10\r\n",  # the fifth round's known gap: int() reads 16, browsers refuse the body
        b"0X1a;ext\r\n",
        b"-0x10\r\n",
    ],
)
def test_a_chunk_size_with_a_sign_an_underscore_or_0x_is_invalid(line: bytes) -> None:
    counted = _lines(line + b"x" * 40)
    with pytest.raises(http.client.IncompleteRead) as caught:
        counted.readline(65537)
    # as http.client refuses a size int() cannot read: the ValueError that quotes the line under it
    context = caught.value.__context__
    assert isinstance(context, ValueError)
    assert str(context) == f"invalid literal for int() with base 16: {line!r}"


@pytest.mark.parametrize(
    "line",
    [
        b"1a\r\n",
        b"1A\r\n",
        b"1a;name=a-b_c+d;x\r\n",  # signs, underscores, x in a chunk extension: no part of the size
        b"0000001a  \r\n",  # zero-padded with blanks (old IIS and proxies): as before
        b"0\r\n",
        b"1a\n",
    ],
)
def test_chunk_sizes_http_gives_are_read_as_before(line: bytes) -> None:
    assert _lines(line).readline(65537) == line


def test_trailer_lines_and_bodies_not_chunked_are_not_chunk_sizes() -> None:
    counted = _lines(b"0\r\nX-Trace-Id: a-b_c\r\n\r\n")
    assert counted.readline() == b"0\r\n"
    assert counted.readline() == b"X-Trace-Id: a-b_c\r\n"  # after the last chunk: a trailer line
    assert _lines(b"-1a\r\n", chunked=False).readline() == b"-1a\r\n"


def test_the_reason_names_the_chunk_size() -> None:
    from linkcheck.fetch import _describe, _exception_chain
    from linkcheck.models import Cause

    with pytest.raises(http.client.IncompleteRead) as caught:
        _lines(b"-1a\r\n").readline()
    exc = caught.value
    reason = _describe(exc, _exception_chain(exc), Cause.PROTOCOL, "example.org", 80)
    assert reason == "example.org:80 sent an invalid chunk size: b'-1a\\r\\n'"


# --- IPv6 zones ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "zoned"),
    [
        ("::1%25lo", True),
        ("fe80::1%eth0", True),
        ("::1", False),
        ("%31%32%37.0.0.2", False),  # a %-escaped name: 127.0.0.2 to browsers, judged by the guard
        ("news.example", False),
        (None, False),
    ],
)
def test_only_an_ipv6_host_with_a_zone_is_zoned(host: str | None, zoned: bool) -> None:
    assert _zoned(host) is zoned


@pytest.mark.parametrize(
    ("location", "target"),
    [
        ("http://[::1%25lo]:8080/a", None),
        ("http://[fe80::1%25eth0]/", None),
        ("http://[::1]:8080/a", "http://[::1]:8080/a"),
        ("http://[2001:db8::1]/story", "http://[2001:db8::1]/story"),
        ("/2020/01/09/100%25-renewable", "https://news.test/2020/01/09/100%25-renewable"),
    ],
)
def test_a_redirect_to_a_zoned_host_is_no_url(location: str, target: str | None) -> None:
    assert _redirect_target("https://news.test/a", location) == target


def test_a_cited_url_with_a_zone_is_invalid() -> None:
    problem = Fetcher._url_problem("http://[fe80::1%25eth0]/admin")
    assert problem is not None
    assert str(problem[0]) == "invalid_url"
    assert "zone" in problem[1]
    assert Fetcher._url_problem("http://[2001:db8::1]/admin") is None


# --- names under localhost -------------------------------------------------------------------------------


def _never(*args: object, **kwargs: object) -> list[Any]:
    raise AssertionError("looked up")


def _public(*args: object, **kwargs: object) -> list[Any]:
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80))]


@pytest.mark.parametrize("host", ["news.localhost", "a.b.localhost", "News.LocalHost.", "x.localhost"])
def test_a_name_under_localhost_is_loopback_without_a_lookup(host: str) -> None:
    vetting = vet_host(host, 80, resolver=_never)
    assert vetting.refused is not None
    assert "localhost" in vetting.refused
    assert "loopback" in vetting.refused


@pytest.mark.parametrize(
    "host", ["localhost.example.com", "mylocalhost", "localhost-news.example", "localhosts"]
)
def test_names_that_only_contain_localhost_are_looked_up(host: str) -> None:
    vetting = vet_host(host, 80, resolver=_public)
    assert (vetting.refused, vetting.addresses) == (None, ("93.184.215.14",))


def test_an_allowed_name_under_localhost_is_allowed() -> None:
    from linkcheck.guard import parse_allow_host

    vetting = vet_host(
        "dev.localhost", 8080, allowed=[parse_allow_host("dev.localhost:8080")], resolver=_never
    )
    assert vetting.allowed_origin
