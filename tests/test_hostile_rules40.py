"""The fortieth hostile round's rules, on byte strings, with what each leaves alone:

- a gzip header's CRC-16 (its FHCRC flag set) is not checked, as browsers skip it, as a member's CRC-32
  has not been checked since the eleventh round; everything else zlib refuses still raises
  (``gziptrailer.TrailerTolerantGzip``; ``/gzip-header-crc-wrong`` was malformed HTTP);
- an interim (1xx) answer followed by the close is a malformed answer, not a connection closed "without a
  response" (``headers.Response._read_status``; ``/interim-then-close`` was ``connection``);
- two anti-bot layers' captcha pages, by the path only they write ("/_____tmd_____/punish",
  "/.well-known/sgcaptcha/"), are bot challenges (``classify.CHALLENGE_MARKS_AS_SENT`` and
  ``CHALLENGE_MARKERS``; ``/slider-captcha-200`` and ``/sgcaptcha-202`` were ``ok``).
"""

from __future__ import annotations

import http.client
import io
import struct
import zlib

import pytest
import urllib3
from urllib3.response import GzipDecoder

from linkcheck.classify import CHALLENGE_BYTES, classify_fetch
from linkcheck.gziptrailer import TrailerTolerantGzip, header_end, tolerate_gzip_trailers
from linkcheck.headers import Response
from linkcheck.models import Cause, FetchResult, Status

PAGE = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Goods yard cranes return to work"
    b"</title></head><body><p>Two cranes lift containers in the yard again.</p></body></html>"
)

_FHCRC, _FEXTRA, _FNAME, _FCOMMENT = 0x02, 0x04, 0x08, 0x10


def _member(data: bytes, flags: int = _FHCRC, *, crc_right: bool = False, extra: bytes = b"x" * 5) -> bytes:
    """``data`` as one gzip member whose header has ``flags`` (its fields filled in), its CRC-16 (when FHCRC
    is set) right or wrong; the deflate data, CRC-32 and ISIZE right."""
    header = b"\x1f\x8b\x08" + bytes((flags,)) + struct.pack("<I", 0) + b"\x00\x03"
    if flags & _FEXTRA:
        header += struct.pack("<H", len(extra)) + extra
    if flags & _FNAME:
        header += b"goods-yard.html\x00"
    if flags & _FCOMMENT:
        header += b"written by a filter\x00"
    if flags & _FHCRC:
        crc16 = zlib.crc32(header) & 0xFFFF
        header += struct.pack("<H", crc16 if crc_right else crc16 ^ 0x5A5A)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = packer.compress(data) + packer.flush()
    return header + raw + struct.pack("<II", zlib.crc32(data), len(data))


def _decode(decoder: GzipDecoder, data: bytes, step: int | None = None) -> bytes:
    step = step or len(data) or 1
    out = b"".join(decoder.decompress(data[i : i + step]) for i in range(0, len(data), step))
    return out + decoder.decompress(b"") + decoder.flush()  # as urllib3's _flush_decoder, at the body's end


# --- a gzip header's CRC-16 not checked ------------------------------------------------------------------


@pytest.mark.parametrize("step", [None, 1, 2, 3, 4, 5, 11, 12, 13, 64])
@pytest.mark.parametrize(
    "flags",
    [_FHCRC, _FHCRC | _FNAME, _FHCRC | _FEXTRA | _FNAME | _FCOMMENT, _FHCRC | _FCOMMENT, _FHCRC | _FEXTRA],
)
def test_a_wrong_header_crc16_leaves_the_page(flags: int, step: int | None) -> None:
    body = _member(PAGE, flags)
    with pytest.raises(zlib.error, match="header crc mismatch"):  # urllib3's decoder refuses the page
        _decode(GzipDecoder(), body)
    assert _decode(TrailerTolerantGzip(), body, step) == PAGE


@pytest.mark.parametrize("step", [None, 1, 7])
@pytest.mark.parametrize(
    "body",
    [_member(PAGE, _FHCRC, crc_right=True), _member(PAGE, _FNAME | _FCOMMENT), _member(PAGE, 0)],
    ids=["crc-right", "no-fhcrc-name", "plain"],
)
def test_other_gzip_headers_read_as_before(body: bytes, step: int | None) -> None:
    assert _decode(GzipDecoder(), body) == PAGE
    assert _decode(TrailerTolerantGzip(), body, step) == PAGE


@pytest.mark.parametrize("step", [None, 1, 7])
def test_a_first_members_header_mended_leaves_the_members_after_it(step: int | None) -> None:
    body = _member(PAGE, _FHCRC) + _member(b"<p>more</p>", _FNAME)
    assert _decode(TrailerTolerantGzip(), body, step) == PAGE + b"<p>more</p>"


def test_a_later_members_wrong_header_crc16_is_read_as_before() -> None:
    # only the first member's header is read for its flag: a later one goes to zlib as it came, and
    # urllib3 drops a later member zlib refuses as trailing garbage, as before
    body = _member(PAGE, 0) + _member(b"<p>more</p>", _FHCRC)
    assert _decode(TrailerTolerantGzip(), body) == _decode(GzipDecoder(), body) == PAGE


@pytest.mark.parametrize(
    "body",
    [
        b"<html>not gzip at all</html>",
        b"\x1f\x8b\x08\x02" + b"\x00" * 6 + b"\x00\x00" + b"\xff" * 40,  # FHCRC, then data zlib refuses
        b"\x1f\x8b\x07\x02" + b"\x00" * 30,  # a compression method that is not deflate
    ],
)
def test_everything_else_zlib_refuses_still_raises(body: bytes) -> None:
    with pytest.raises(zlib.error):
        _decode(TrailerTolerantGzip(), body)


@pytest.mark.parametrize("body", [b"", b"\x1f", b"\x1f\x8b", b"\x1f\x8b\x08"])
def test_a_body_shorter_than_a_header_reads_as_before(body: bytes) -> None:
    def outcome(decoder: GzipDecoder) -> object:
        try:
            return _decode(decoder, body)
        except zlib.error as exc:
            return type(exc)

    assert outcome(TrailerTolerantGzip()) == outcome(GzipDecoder())


def test_a_header_without_end_goes_to_zlib_past_its_bound() -> None:
    # a name of 2 MB without its NUL: nothing is held past the bound, and zlib reads the header as it came
    decoder = TrailerTolerantGzip()
    head = b"\x1f\x8b\x08" + bytes((_FHCRC | _FNAME,)) + b"\x00" * 6
    assert decoder.decompress(head) == b""
    for _ in range(40):
        decoder.decompress(b"n" * 65_536)
    assert decoder._lead is None  # given to zlib once past the bound, not held without end


@pytest.mark.parametrize(
    ("data", "end"),
    [
        (b"\x1f\x8b\x08\x00" + b"\x00" * 6, 10),
        (b"\x1f\x8b\x08\x02" + b"\x00" * 6 + b"ab", 12),
        (b"\x1f\x8b\x08\x02" + b"\x00" * 6 + b"a", None),
        (b"\x1f\x8b\x08\x0e" + b"\x00" * 6 + b"\x02\x00xyname\x00ab", 21),
        (b"\x1f\x8b\x08\x04" + b"\x00" * 6 + b"\x02", None),
        (b"\x1f\x8b\x08\x18" + b"\x00" * 6 + b"name\x00comment", None),
    ],
)
def test_header_end_counts_each_field(data: bytes, end: int | None) -> None:
    assert header_end(data) == end


def test_urllib3_answers_read_a_wrong_header_crc16() -> None:
    answer = urllib3.HTTPResponse(
        body=io.BytesIO(_member(PAGE, _FHCRC | _FNAME)),
        headers={"Content-Encoding": "gzip"},
        status=200,
        preload_content=False,
    )
    tolerate_gzip_trailers(answer)
    assert answer.read(decode_content=True) == PAGE


# --- an interim answer, then the close ---------------------------------------------------------------------


class _Sock:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self._data))  # type: ignore[arg-type]


def _begin(data: bytes) -> Response:
    answer = Response(_Sock(data), method="GET")  # type: ignore[arg-type]
    answer.begin()
    return answer


@pytest.mark.parametrize(
    "data",
    [
        b"HTTP/1.1 100 Continue\r\n\r\n",
        b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n",
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\n",
        b"http/1.1 100 Continue\r\n\r\n",  # the long way's reader (a status line not as servers send it)
    ],
)
def test_an_interim_answer_then_the_close_is_malformed(data: bytes) -> None:
    with pytest.raises(http.client.HTTPException) as caught:
        _begin(data)
    assert not isinstance(caught.value, ConnectionError), caught.value  # not "closed without a response"
    assert "interim" in str(caught.value), caught.value
    assert caught.value.__context__ is None  # the fetcher reads the chain: no connection error in it


def test_a_close_before_any_answer_is_the_connections_as_before() -> None:
    with pytest.raises(http.client.RemoteDisconnected):
        _begin(b"")


def test_an_interim_answer_then_the_final_one_is_read_as_before() -> None:
    answer = _begin(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\npage")
    assert (answer.status, answer.read()) == (200, b"page")


# --- two anti-bot layers' captcha pages ---------------------------------------------------------------------

_URL = "https://harbour-gazette.org/2020/01/09/ferry-timetable"

_SLIDER = (
    "<!DOCTYPE html><html><head><meta charset=utf-8><title>\u8bbf\u95ee\u9a8c\u8bc1</title><script>"
    "window._config_={action:'captcha',url:'/_____tmd_____/punish'};</script></head><body>"
    "<div id=nc_1_wrapper><span>\u8bf7\u6309\u4f4f\u6ed1\u5757</span></div></body></html>"
).encode()
_SG_STUB = (
    b'<html><head><meta http-equiv="refresh" content="0;/.well-known/sgcaptcha/?r=%2Fstory"></head></html>'
)
_SG_PAGE = (
    b"<!DOCTYPE html><html><head><title>Robot Challenge Screen</title></head><body><form method=post"
    b" action=/.well-known/sgcaptcha/?r=%2Fstory><button>Continue</button></form></body></html>"
)


def _answer(body: bytes, code: int = 200) -> FetchResult:
    return FetchResult(
        url=_URL,
        final_url=_URL,
        status_code=code,
        body=body,
        headers={"content-type": "text/html; charset=utf-8"},
    )


@pytest.mark.parametrize(
    ("body", "code"),
    [(_SLIDER, 200), (_SG_STUB, 202), (_SG_PAGE, 200), (_SLIDER, 403), (_SG_PAGE, 429)],
)
def test_the_captcha_pages_are_bot_challenges(body: bytes, code: int) -> None:
    liveness = classify_fetch(_answer(body, code))
    assert (liveness.status, liveness.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE), liveness


@pytest.mark.parametrize(
    "body",
    [
        # the path named after the first 2 KiB of a page (a story about these layers), or in a large page
        b"<html><head><title>How sites stop bots</title></head><body><p>"
        + b"w" * 2_100
        + b" Its captcha lives under /.well-known/sgcaptcha/ and /_____tmd_____/punish.</p></body></html>",
        _SLIDER.replace(b"</body>", b"<p>" + b"z" * CHALLENGE_BYTES + b"</p></body>"),
        # other well-known paths and words alike
        b"<html><head><title>Security</title><link rel=help href=/.well-known/security.txt></head></html>",
        b"<html><head><title>Crime and punishment</title></head><body><p>The punish plan.</p></body></html>",
    ],
)
def test_these_pages_are_not_a_challenge(body: bytes) -> None:
    assert classify_fetch(_answer(body)).cause is not Cause.BOT_CHALLENGE
