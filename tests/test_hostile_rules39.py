"""The thirty-ninth hostile round's rules, on byte strings, with what each leaves alone:

- a lone ``deflate`` coding's Adler-32 (the zlib format's last 4 bytes) is not checked, as browsers do not
  check it, as a gzip member's CRC-32 has not been since the eleventh round; everything else zlib refuses
  still raises (``gziptrailer.TrailerTolerantDeflate``; ``/deflate-bad-adler`` was malformed HTTP);
- Apache's mod_proxy error page ("The proxy server received an invalid response from an upstream server.")
  and a CDN's outage page ("Our services aren't available right now") served 200 are the site's server
  failing (``classify._SERVER_PAGE_MARKS``; both were ``ok``).
"""

from __future__ import annotations

import io
import struct
import zlib

import pytest
import urllib3
from urllib3.response import DeflateDecoder, GzipDecoder, MultiDecoder

from linkcheck.classify import classify_fetch, server_error_page
from linkcheck.gziptrailer import TrailerTolerantDeflate, is_trailer_check, tolerate_gzip_trailers
from linkcheck.models import Cause, FetchResult, Status

PAGE = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Seaweed harvest begins along the bay"
    b"</title></head><body><p>Cutters are out on the bay at low water.</p></body></html>"
)


def _bad_adler(data: bytes) -> bytes:
    packed = zlib.compress(data, 9)
    return packed[:-4] + struct.pack(">I", zlib.adler32(data) ^ 0xFFFFFFFF)


def _raw(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def _decode(decoder: DeflateDecoder, data: bytes, step: int | None = None) -> bytes:
    step = step or len(data) or 1
    out = b"".join(decoder.decompress(data[i : i + step]) for i in range(0, len(data), step))
    return out + decoder.decompress(b"") + decoder.flush()  # as urllib3's _flush_decoder, at the body's end


# --- a deflate stream's Adler-32 not checked ------------------------------------------------------------


@pytest.mark.parametrize("step", [None, 1, 3, 4, 5, 64])
def test_a_wrong_adler32_leaves_the_page(step: int | None) -> None:
    body = _bad_adler(PAGE)
    with pytest.raises(zlib.error):  # urllib3's decoder: its raw-deflate fallback refuses the whole body
        _decode(DeflateDecoder(), body)
    assert _decode(TrailerTolerantDeflate(), body, step) == PAGE


@pytest.mark.parametrize("step", [None, 1, 4, 7, 100])
@pytest.mark.parametrize("make", [lambda d: zlib.compress(d, 9), _raw], ids=["zlib", "raw"])
def test_good_deflate_reads_as_before(make: object, step: int | None) -> None:
    body = make(PAGE * 20)  # type: ignore[operator]
    assert _decode(TrailerTolerantDeflate(), body, step) == PAGE * 20
    assert _decode(TrailerTolerantDeflate(), body, step) == _decode(DeflateDecoder(), body, step)


def test_a_tiny_raw_deflate_body_keeps_its_last_bytes() -> None:
    # a raw stream of 4 bytes or less is held back whole, and decoded at the body's end
    body = _raw(b"")
    assert len(body) <= 4
    assert _decode(TrailerTolerantDeflate(), body, 1) == _decode(DeflateDecoder(), body, 1) == b""
    small = _raw(b"a")
    assert _decode(TrailerTolerantDeflate(), small) == b"a"


def test_a_deflate_body_cut_short_gives_what_it_decoded_as_before() -> None:
    cut = zlib.compress(PAGE * 50, 9)[:-20]  # no Adler-32, the last deflate bytes missing
    assert _decode(TrailerTolerantDeflate(), cut) == _decode(DeflateDecoder(), cut)
    assert _decode(TrailerTolerantDeflate(), cut, 3) == _decode(DeflateDecoder(), cut, 3)


@pytest.mark.parametrize(
    "body",
    [
        zlib.compress(PAGE)[:2] + b"\xff" * 40,  # a zlib header, then no deflate stream
        b"\x78\x9c" + b"\x07" * 30,  # a zlib header, then an invalid block type
    ],
    ids=["bad-deflate", "bad-block"],
)
def test_everything_else_zlib_refuses_still_raises(body: bytes) -> None:
    with pytest.raises(zlib.error) as raised:
        _decode(TrailerTolerantDeflate(), body)
    assert not is_trailer_check(raised.value)


def _response(body: bytes, coding: str) -> urllib3.HTTPResponse:
    return urllib3.HTTPResponse(
        body=io.BytesIO(body), headers={"Content-Encoding": coding}, status=200, preload_content=False
    )


@pytest.mark.parametrize("coding", ["deflate", "DEFLATE"])
def test_a_lone_deflate_answer_gets_the_tolerant_decoder(coding: str) -> None:
    single = _response(_bad_adler(PAGE), coding)
    tolerate_gzip_trailers(single)
    assert type(single._decoder) is TrailerTolerantDeflate
    assert single.read(decode_content=True) == PAGE


def test_deflate_among_other_codings_is_left_to_urllib3() -> None:
    # urllib3 flushes only the outermost decoder of a list: held bytes of an inner one would be lost
    stacked = _response(zlib.compress(zlib.compress(PAGE)), "deflate, deflate")
    tolerate_gzip_trailers(stacked)
    assert type(stacked._decoder) is not TrailerTolerantDeflate
    assert stacked.read(decode_content=True) == PAGE
    spaced = _response(zlib.compress(PAGE), " deflate ")  # not the one value servers send: as before
    tolerate_gzip_trailers(spaced)
    assert type(spaced._decoder) is not TrailerTolerantDeflate
    gzipped = _response(zlib.compress(PAGE), "gzip, deflate")
    tolerate_gzip_trailers(gzipped)
    assert isinstance(gzipped._decoder, MultiDecoder)
    assert not any(type(d) is TrailerTolerantDeflate for d in gzipped._decoder._decoders)
    assert not any(type(d) is GzipDecoder for d in gzipped._decoder._decoders)


def test_a_deflate_answer_already_read_from_is_left_alone() -> None:
    started = _response(zlib.compress(PAGE), "deflate")
    first = started.read(5, decode_content=True)
    decoder = started._decoder
    tolerate_gzip_trailers(started)
    assert started._decoder is decoder  # a decoder mid-stream is never swapped
    assert first + started.read(decode_content=True) == PAGE


# --- a proxy's error and a CDN's outage page served 200 ---------------------------------------------------

_URL = "https://harbour-gazette.org/2026/12/06/seaweed-harvest"

_APACHE_PROXY = (
    b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>502 Proxy Error</title>\n'
    b"</head><body>\n<h1>Proxy Error</h1>\n<p>The proxy server received an invalid\r\nresponse from an"
    b" upstream server.<br />\r\nThe proxy server could not handle the request<p>Reason: <strong>Error"
    b" reading from remote server</strong></p></p>\n<hr>\n</body></html>\n"
)
_FRONT_DOOR = (
    b"<!DOCTYPE html><html><head><title>Our services aren't available right now</title></head><body>"
    b"<h2>Our services aren't available right now</h2><h3>We're working to restore all services as soon as"
    b" possible. Please check back soon.</h3>0Xb1mZwAAAAB7x2kQ<br><br>Ref A: 9C2E4F7A Ref B: AMS30100011"
    b" Ref C: 2026-12-06T00:41:12Z</body></html>"
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
    ("body", "words"),
    [
        (_APACHE_PROXY, "proxy"),
        (_APACHE_PROXY.replace(b"\r\n", b"\n").replace(b"Error reading", b"DNS lookup failure"), "upstream"),
        (_FRONT_DOOR, "cdn"),
        (_FRONT_DOOR.replace(b"Ref A", b"<p>Ref A"), "available right now"),
    ],
)
def test_a_proxys_error_or_a_cdns_outage_served_200_is_the_server_failing(body: bytes, words: str) -> None:
    assert server_error_page(body) is not None
    liveness = classify_fetch(_answer(body))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR), liveness
    assert words in liveness.reason.lower(), liveness.reason


@pytest.mark.parametrize(
    "body",
    [
        # quoted in a page: escaped markup, the words in a sentence, other markup around them
        b"<html><body><h1>Fixing Apache</h1><pre>&lt;p&gt;The proxy server received an invalid</pre></body>",
        b"<p>When the proxy server received an invalid response from an upstream server it said so.</p>",
        b"<p>Apache: 'The proxy server received an invalid response from an upstream server.'</p>",
        b"<h3>Our services aren't available right now</h3><p>Our shop reopens on Monday.</p>",
        b"<p>The page said <q>Our services aren't available right now</q> all morning.</p>",
        # in a larger page
        _APACHE_PROXY.replace(b"<hr>", b"<hr><p>" + b"y" * 9_000 + b"</p>"),
        _FRONT_DOOR.replace(b"</h3>", b"</h3><p>" + b"z" * 9_000 + b"</p>"),
    ],
)
def test_these_pages_are_not_a_servers_error(body: bytes) -> None:
    assert server_error_page(body) is None
    assert classify_fetch(_answer(body)).status is not Status.ERROR
