"""A gzip body read as browsers read it: a member's trailer (its CRC-32 and length) is not checked.

RFC 1952 ends each gzip member with 8 bytes: the CRC-32 of the decoded bytes and their length modulo 2^32.
zlib checks both when it reads them (``wbits`` 16 + 15, what urllib3's ``GzipDecoder`` uses), and raises
"incorrect data check" or "incorrect length check"; Python's zlib then gives nothing of what that call
decoded. A body that came in one read (a small page) was lost whole: a live page reported as malformed
HTTP. Browsers show such a page: Chromium's ``GzipSourceStream`` parses the gzip header itself, inflates
the raw deflate data and skips the trailer unchecked. Servers send such trailers when a filter rewrites a
page after a compressor wrote its trailer, or sizes it wrong.

:class:`TrailerTolerantGzip` holds back the last 8 bytes it has been given until more come or the body ends:
all of a member's deflate data is inflated (and handed out) before its trailer is read, and at the body's
end a trailer that fails its check is dropped. Anything else zlib refuses still raises as before (a body
that is not gzip, a corrupt deflate stream). Left as before: a check that fails in a member followed by 8
bytes or more (another member, trailing garbage), whose trailer is read with what follows it.

The ``deflate`` coding (RFC 9110 8.4.1.2: the zlib format, RFC 1950) ends the same way, with the Adler-32 of
the decoded bytes (4 bytes); Chromium reads it as raw deflate after the 2-byte header and never checks it, as
for gzip. :class:`TrailerTolerantDeflate` holds back the last 4 bytes in the same way and drops a check that
fails at the body's end (since the thirty-ninth hostile round: before, urllib3 took the refused check for a
body in raw deflate, and the page was reported as malformed HTTP). Only a lone ``deflate`` gets it: in a
list of codings urllib3 flushes the outermost decoder alone, and a raw deflate stream's held bytes are data.
"""

from __future__ import annotations

import zlib
from typing import Any

from urllib3.response import DeflateDecoder, GzipDecoder, MultiDecoder

__all__ = ["TrailerTolerantDeflate", "TrailerTolerantGzip", "is_trailer_check", "tolerate_gzip_trailers"]

#: The bytes of a gzip member's trailer (CRC-32, ISIZE): what is held back until the body goes on or ends.
_TRAILER = 8

#: The bytes of a zlib stream's trailer (its Adler-32): what is held back until the body goes on or ends.
_ADLER = 4

#: A Content-Encoding of one gzip coding (urllib3 reads the value in lower case, as here).
_LONE = frozenset({"gzip", "x-gzip"})

#: The first bytes of a gzip member (ID1, ID2, CM deflate) and its FLG bits (RFC 1952 2.3.1).
_MAGIC = b"\x1f\x8b\x08"
_FHCRC, _FEXTRA, _FNAME, _FCOMMENT = 0x02, 0x04, 0x08, 0x10

#: The bytes of a first member's header gathered at most to find its end when its FHCRC is set: past them
#: (a name or comment without end) the header goes to zlib as it came, which reads or refuses it as before.
_HEADER_BYTES = 1024 * 1024


def header_end(data: bytes) -> int | None:
    """The length of the gzip member header ``data`` begins with (its CRC-16 included, when FHCRC is set), or
    ``None`` while ``data`` holds less than the whole header."""
    flags = data[3]
    end = 10
    if flags & _FEXTRA:
        if len(data) < end + 2:
            return None
        end += 2 + int.from_bytes(data[end : end + 2], "little")
    for flag in (_FNAME, _FCOMMENT):
        if flags & flag:
            zero = data.find(b"\x00", end)
            if zero < 0:
                return None
            end = zero + 1
    if flags & _FHCRC:
        end += 2
    return end if len(data) >= end else None


#: What zlib says of a gzip trailer whose CRC-32 or length does not match the decoded bytes (the first, too,
#: of a zlib stream whose Adler-32 does not).
_CHECKS = ("incorrect data check", "incorrect length check")


def is_trailer_check(exc: BaseException) -> bool:
    """Whether ``exc`` is zlib's refusal of a gzip trailer (its CRC-32 or its length), nothing else."""
    return isinstance(exc, zlib.error) and any(check in str(exc) for check in _CHECKS)


class _TrailerHold:
    """The hold-back both decoders share (written once since the fortieth hostile round): the last
    ``_keep`` bytes given are kept back until more come (:meth:`_hold`) or the body ends (:meth:`_release`),
    where a trailer that fails its check is dropped. Each decoder says how it decodes (:meth:`_decode`)."""

    #: The trailer's length: what is held back.
    _keep: int
    _held: bytes

    def _decode(self, data: bytes, max_length: int = -1) -> bytes:
        raise NotImplementedError

    def _hold(self, data: bytes) -> bytes:
        """What of ``data`` (after the bytes held before it) may be decoded now: all but its last ``_keep``
        bytes, which are held in their place."""
        data = self._held + data
        self._held = data[-self._keep :]
        return data[: -self._keep]

    def _release(self) -> bytes:
        """The held bytes decoded at the body's end; a trailer that fails its check gives nothing."""
        if not self._held:
            return b""
        held, self._held = self._held, b""
        try:
            return self._decode(held)
        except zlib.error as exc:
            if not is_trailer_check(exc):
                raise
        return b""


class TrailerTolerantGzip(_TrailerHold, GzipDecoder):
    """urllib3's :class:`~urllib3.response.GzipDecoder` that reads a member's trailer only once its deflate
    data is decoded, and drops a trailer that fails its check at the body's end (see the module)."""

    _keep = _TRAILER

    def __init__(self) -> None:
        super().__init__()
        self._held = b""
        #: The first bytes of the body while its first member's header is read for its FHCRC flag (``None``
        #: once passed on).
        self._lead: bytes | None = b""

    def _decode(self, data: bytes, max_length: int = -1) -> bytes:
        return GzipDecoder.decompress(self, data, max_length)

    def _unflag(self, data: bytes) -> bytes:
        """What of the body's first bytes may go on to zlib: the first member's header without its CRC-16
        (and its FHCRC flag) once it is whole, ``b""`` while it is not.

        zlib checks a header's CRC-16 ("header crc mismatch") and then gives nothing of the page; browsers
        skip it unchecked (Chromium's ``GZipHeader`` reads its two bytes and compares nothing), as they skip
        the trailer's CRC-32 (since the fortieth hostile round: before, a page whose compressor set the flag
        and wrote a wrong sum was reported as malformed HTTP). A header without the flag (what compressors
        write) goes on at once, after one test of a byte; a later member's header is read by zlib, as before.
        """
        lead = self._lead + data if self._lead else data
        if len(lead) < 4:
            self._lead = lead
            return b""
        self._lead = None
        if not lead[3] & _FHCRC or not lead.startswith(_MAGIC):
            return lead
        end = header_end(lead)
        if end is None:
            if len(lead) <= _HEADER_BYTES:
                self._lead = lead
                return b""
            return lead
        return lead[:3] + bytes((lead[3] & ~_FHCRC,)) + lead[4 : end - 2] + lead[end:]

    def decompress(self, data: bytes, max_length: int = -1) -> bytes:
        if data and self._lead is not None:
            data = self._unflag(data)
            if not data:
                return b""
        if data:
            data = self._hold(data)
            if not data:
                return b""
        elif not getattr(self, "_unconsumed_tail", b""):  # nothing to decode: no call of zlib (urllib3 2.8's
            # private attribute, read so that another version that lacks it still decodes)
            return b""
        return GzipDecoder.decompress(self, data, max_length)

    def flush(self) -> bytes:
        out = b""
        if self._lead:  # a body shorter than its header: given to zlib as it came, which says so
            lead, self._lead = self._lead, None
            out = self.decompress(lead)
        out += self._release()
        return out + GzipDecoder.flush(self)


class TrailerTolerantDeflate(_TrailerHold, DeflateDecoder):
    """urllib3's :class:`~urllib3.response.DeflateDecoder` that reads a zlib stream's Adler-32 only once its
    deflate data is decoded, and drops one that fails its check at the body's end (see the module). A body
    in raw deflate (urllib3's fallback) has its last 4 bytes decoded at the end, as data."""

    _keep = _ADLER

    def __init__(self) -> None:
        super().__init__()
        self._held = b""
        #: Set while urllib3's decoder runs: its fallback to raw deflate calls ``decompress`` again with the
        #: bytes it was given, which are then decoded as they are (nothing held back a second time).
        self._inside = False

    def _decode(self, data: bytes, max_length: int = -1) -> bytes:
        self._inside = True
        try:
            return DeflateDecoder.decompress(self, data, max_length)
        finally:
            self._inside = False

    def decompress(self, data: bytes, max_length: int = -1) -> bytes:
        if self._inside:
            return DeflateDecoder.decompress(self, data, max_length)
        if data:
            data = self._hold(data)
            if not data:
                return b""
        return self._decode(data, max_length)

    def flush(self) -> bytes:
        out = self._release()
        return out + DeflateDecoder.flush(self)


def tolerate_gzip_trailers(raw: Any) -> None:
    """Give urllib3's answer ``raw`` (not read yet) :class:`TrailerTolerantGzip` for each of its gzip codings
    (alone, or among stacked ones); any other answer is left as it is (a mocked or cached one, a body already
    read from, a coding without gzip).

    A lone ``gzip`` (what servers send) gets it in place of urllib3's, which is then never made (a zlib
    stream set up for nothing). A lone ``deflate`` gets :class:`TrailerTolerantDeflate` likewise."""
    if getattr(raw, "_has_decoded_content", True):
        return
    headers = getattr(raw, "headers", None)
    coding = str(headers.get("content-encoding", "")).lower() if headers is not None else ""
    if "gzip" not in coding:
        if coding == "deflate":
            decoder = getattr(raw, "_decoder", None)
            if decoder is None or type(decoder) is DeflateDecoder:
                raw._decoder = TrailerTolerantDeflate()
                raw._decoder_initialized = True
        return
    decoder = getattr(raw, "_decoder", None)
    if coding in _LONE and (decoder is None or type(decoder) is GzipDecoder):
        raw._decoder = TrailerTolerantGzip()
        raw._decoder_initialized = True
        return
    try:
        raw._init_decoder()
    except Exception:  # 6 codings or more (urllib3 refuses the chain): the body's read says so, as before
        return
    decoder = raw._decoder
    if type(decoder) is GzipDecoder:
        raw._decoder = TrailerTolerantGzip()
    elif type(decoder) is MultiDecoder:
        decoders = decoder._decoders
        decoder._decoders = [TrailerTolerantGzip() if type(d) is GzipDecoder else d for d in decoders]
