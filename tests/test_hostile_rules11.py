"""The eleventh hostile round's rule, on bytes: a gzip member's trailer (CRC-32, length) is not checked, as
browsers do not check it; everything else zlib refuses still raises (``linkcheck.gziptrailer``)."""

from __future__ import annotations

import gzip
import io
import struct
import zlib

import pytest
import urllib3
from urllib3.response import GzipDecoder, MultiDecoder

from linkcheck.gziptrailer import TrailerTolerantGzip, is_trailer_check, tolerate_gzip_trailers

PAGE = (
    "<!DOCTYPE html><html lang=hu><head><meta charset=utf-8><title>\u00daj kompj\u00e1rat</title></head>"
    "<body><p>A haj\u00f3 reggel indul.</p></body></html>"
).encode()


def _bad_crc(data: bytes) -> bytes:
    packed = gzip.compress(data, mtime=0)
    return packed[:-8] + struct.pack("<I", zlib.crc32(data) ^ 0xFFFFFFFF) + packed[-4:]


def _bad_length(data: bytes) -> bytes:
    packed = gzip.compress(data, mtime=0)
    return packed[:-4] + struct.pack("<I", len(data) + 1)


def _decode(decoder: GzipDecoder, data: bytes, step: int | None = None) -> bytes:
    step = step or len(data) or 1
    out = b"".join(decoder.decompress(data[i : i + step]) for i in range(0, len(data), step))
    return out + decoder.decompress(b"") + decoder.flush()  # as urllib3's _flush_decoder, at the body's end


@pytest.mark.parametrize("make", [_bad_crc, _bad_length], ids=["crc", "length"])
@pytest.mark.parametrize("step", [None, 1, 7, 64])
def test_a_trailer_that_fails_its_check_leaves_the_page(make: object, step: int | None) -> None:
    body = make(PAGE)  # type: ignore[operator]
    with pytest.raises(zlib.error):  # what urllib3's decoder does: nothing of the page
        _decode(GzipDecoder(), body)
    assert _decode(TrailerTolerantGzip(), body, step) == PAGE


@pytest.mark.parametrize("step", [None, 1, 5, 100])
def test_good_gzip_reads_as_before(step: int | None) -> None:
    whole = gzip.compress(PAGE, mtime=0)
    members = whole + gzip.compress(b"<p>more</p>", mtime=0)  # two members, read one after the other
    assert _decode(TrailerTolerantGzip(), whole, step) == PAGE
    assert _decode(TrailerTolerantGzip(), members, step) == PAGE + b"<p>more</p>"
    assert _decode(TrailerTolerantGzip(), members, step) == _decode(GzipDecoder(), members, step)


def test_a_body_cut_short_gives_what_it_decoded_as_before() -> None:
    cut = gzip.compress(PAGE * 50, mtime=0)[:-20]  # no trailer, the last deflate bytes missing
    assert _decode(TrailerTolerantGzip(), cut) == _decode(GzipDecoder(), cut)
    assert _decode(TrailerTolerantGzip(), cut, 3) == _decode(GzipDecoder(), cut, 3)


@pytest.mark.parametrize(
    "body",
    [
        b"this is not gzip at all" * 10,  # no gzip header
        gzip.compress(PAGE, mtime=0)[:10] + b"\xff" * 40,  # a gzip header, then no deflate stream
    ],
    ids=["not-gzip", "bad-deflate"],
)
def test_everything_else_zlib_refuses_still_raises(body: bytes) -> None:
    with pytest.raises(zlib.error) as raised:
        _decode(TrailerTolerantGzip(), body)
    assert not is_trailer_check(raised.value)


def test_only_the_trailers_checks_are_trailer_checks() -> None:
    assert is_trailer_check(zlib.error("Error -3 while decompressing data: incorrect data check"))
    assert is_trailer_check(zlib.error("Error -3 while decompressing data: incorrect length check"))
    assert not is_trailer_check(zlib.error("Error -3 while decompressing data: invalid block type"))
    assert not is_trailer_check(zlib.error("Error -3 while decompressing data: incorrect header check"))
    assert not is_trailer_check(ValueError("incorrect data check"))


def _response(body: bytes, coding: str) -> urllib3.HTTPResponse:
    return urllib3.HTTPResponse(
        body=io.BytesIO(body), headers={"Content-Encoding": coding}, status=200, preload_content=False
    )


def test_urllib3_answers_get_the_tolerant_decoder_for_each_gzip_coding() -> None:
    single = _response(_bad_crc(PAGE), "gzip")
    tolerate_gzip_trailers(single)
    assert single.read(decode_content=True) == PAGE
    stacked = _response(zlib.compress(_bad_crc(PAGE)), "gzip, deflate")  # gzip applied first
    tolerate_gzip_trailers(stacked)
    assert isinstance(stacked._decoder, MultiDecoder)
    assert stacked.read(decode_content=True) == PAGE
    untouched = _response(zlib.compress(PAGE), "deflate")  # no gzip: the decoder is urllib3's own
    tolerate_gzip_trailers(untouched)
    assert type(untouched._decoder) is not TrailerTolerantGzip
    assert untouched.read(decode_content=True) == PAGE


def test_an_answer_already_read_from_or_not_urllib3s_is_left_alone() -> None:
    started = _response(gzip.compress(PAGE, mtime=0), "gzip")
    first = started.read(5, decode_content=True)
    decoder = started._decoder
    tolerate_gzip_trailers(started)
    assert started._decoder is decoder  # a decoder mid-stream is never swapped
    assert first + started.read(decode_content=True) == PAGE
    tolerate_gzip_trailers(object())  # a mocked or cached answer: nothing to do, nothing raised


def test_a_chain_urllib3_refuses_is_refused_by_the_read_as_before() -> None:
    six = _response(gzip.compress(PAGE, mtime=0), ", ".join(["gzip"] * 6))
    tolerate_gzip_trailers(six)  # raises nothing here: the body's read is where the refusal belongs
    with pytest.raises(urllib3.exceptions.DecodeError, match="Too many content encodings"):
        six.read(decode_content=True)


@pytest.mark.parametrize(
    ("host", "said"),
    [
        ("2852039166", "(= 169.254.169.254, a cloud metadata address)"),  # one decimal number
        ("0xa9.0xfe.0xa9.0xfe", "(= 169.254.169.254, a cloud metadata address)"),  # hex parts
        ("0177.1", "(= 127.0.0.1, a loopback address)"),  # octal, short form
        ("012.1", "(= 10.0.0.1, a private address)"),
        ("134744072", "(= 8.8.8.8)"),  # left alone: a public address has nothing more to say
    ],
)
def test_an_address_in_a_non_standard_notation_says_what_it_is(host: str, said: str) -> None:
    from linkcheck.guard import NonStandardIPv4Error, _inet_aton

    error = NonStandardIPv4Error(host, _inet_aton(host))
    assert str(error).endswith(f"non-standard notation {said}"), str(error)
