"""An HTTP response's header block read without the email parser, for the fetcher's connections.

``http.client`` reads a response's header lines itself (at most 100 lines of at most 64 KiB each), then
hands them to :mod:`email.parser`'s ``FeedParser``, built for mail: on a typical eight-line block that takes
~20 µs of the ~25 µs header parsing costs, paid once per request. :func:`parse_headers` builds the same
:class:`http.client.HTTPMessage` directly when every line is a plain ``name: value`` line, which is what
servers send, and leaves any other block (folded lines, malformed lines, multipart types) to the email
parser, so what a response's headers say never depends on which path read them.

:class:`Response` is ``http.client.HTTPResponse`` with that function: its ``begin`` is the standard library's
own code (of the running Python) bound to a namespace where ``parse_headers`` is ours; it also skips interim
(1xx) responses, up to a bound of their bytes together. A final answer whose whole head came in the reader's
first read, all plain lines, is read in one piece instead (:func:`plain_head`, which
:meth:`Response._begin_plain` calls; held to ``begin`` by a test). The fetcher's connection classes use it as
their ``response_class``; nothing else in the process changes. The fetcher's own connections
(:mod:`linkcheck.connections`) call :func:`plain_head` first, and an answer whose body is plain bytes of a
``Content-Length`` is read with its :class:`PlainHead` alone, no ``HTTPResponse`` made.
"""

from __future__ import annotations

import email.parser
import http.client
import re
import types
from email._policybase import compat32
from typing import Any, BinaryIO

from linkcheck.chunks import AFTER_CR, LARGE, take_chunks
from linkcheck.lazyre import lazy_re

__all__ = [
    "MAX_BLANK_BEFORE_STATUS",
    "MAX_HEADER_BLOCK",
    "MAX_HEADER_LINES",
    "MAX_INTERIM_BYTES",
    "HeadersCutShort",
    "PlainMessage",
    "Response",
    "code_glued_to_reason",
    "framing_repaired",
    "is_content_length",
    "is_h2_frame",
    "line_with_nul_outside_value",
    "parse_headers",
    "read_header_lines",
    "transfer_coding_ignored",
]

#: One header line the email parser would read as exactly ``(name, value)``: a name of printable ASCII
#: without ``:``, then the value on this line only (the parser splits lines at a lone CR too).
#: A ``Content-Length`` line is plain only when its value is ASCII digits (with blanks, or a list of them)
#: of at most 18 characters (a length under 10**18: see :data:`LONGEST_LENGTH`): any other (``+40``,
#: ``1_000``, ``-1``, thirty digits) goes the slow way, where :func:`_without_false_length` drops it.
_PLAIN_LINE = lazy_re(rb"(?!(?i:content-length):(?![ \t]*[0-9][0-9 \t,]{0,17}\r?\n))[!-9;-~]+:[^\r\n]*\r?\n")
#: Content types the email parser reads a body structure from (it records defects for an empty one).
_STRUCTURED = lazy_re(rb"content-type:[ \t]*(?:multipart|message)/", re.IGNORECASE)
_TERMINATORS = (b"\r\n", b"\n", b"")
#: ``http.client``'s chunk readers, called as they are by :class:`Response`'s (without ``super()``: a new
#: object and a lookup a chunk, a third of what a 4 KB chunk's lines cost).
_HTTP_READ1_CHUNKED = http.client.HTTPResponse._read1_chunked  # type: ignore[attr-defined]
_HTTP_CHUNK_LEFT = http.client.HTTPResponse._get_chunk_left  # type: ignore[attr-defined]
#: ``n`` of a ``read1(-1)`` of a chunked body: data without bound but the reader's (what it holds).
_ANY = 1 << 62


class PlainMessage(http.client.HTTPMessage):
    """The ``HTTPMessage`` :func:`parse_headers` builds from plain lines: ``get`` and ``items`` give an ASCII
    value as it is, without asking the policy, since ``compat32`` gives back any ``str`` without surrogate
    escapes unchanged (and an ASCII one has none). Any other value, or another policy, goes the email
    package's way: the answers are the same."""

    def get(self, name: str, failobj: Any = None) -> Any:
        if self.policy is not compat32:
            return super().get(name, failobj)
        name = name.lower()
        for k, v in self._headers:  # type: ignore[attr-defined]
            if k.lower() == name:
                return v if type(v) is str and v.isascii() else self.policy.header_fetch_parse(k, v)
        return failobj

    def items(self) -> list[tuple[str, Any]]:
        if self.policy is not compat32:
            return super().items()
        fetch = self.policy.header_fetch_parse
        return [
            (k, v) if type(v) is str and v.isascii() else (k, fetch(k, v))
            for k, v in self._headers  # type: ignore[attr-defined]
        ]


class HeadersCutShort(http.client.HTTPException):
    """The connection ended within an answer's header block (before the blank line that ends it)."""


#: Bytes of one header block read at most, its lines together (each line is at most 64 KiB, as in
#: ``http.client``). ``http.client`` reads up to 100 lines of 64 KiB, 6.4 MB, before anything can refuse
#: them, and the block is held two or three times over while parsed: 13 MB for one answer, over 200 MB for
#: 16 workers at once. ``Config.max_header_bytes`` (64 KiB by default) is checked after this.
MAX_HEADER_BLOCK = 1024 * 1024
_MAXLINE: int = http.client._MAXLINE  # type: ignore[attr-defined]
#: Header lines of one block read at most (``http.client`` stops at 100). Real answers carry more than 100:
#: a build tool's preload ``Link`` line for each script chunk, a cookie banner's and an analytics suite's
#: ``Set-Cookie`` lines; browsers and command-line fetchers count none (only bytes), so a page with 120 lines
#: was an error to linkcheck alone. 256 lines keep a flood of lines (500, 5,000) refused as before, and the
#: block's bytes stay bounded by :data:`MAX_HEADER_BLOCK` whatever the count.
MAX_HEADER_LINES = 256


def read_header_lines(fp: BinaryIO) -> list[bytes]:
    """``http.client._read_headers``: the lines of a header block up to and including the blank line (or
    the end of the stream), at most :data:`MAX_HEADER_LINES` lines of 64 KiB each, and at most
    :data:`MAX_HEADER_BLOCK` bytes."""
    lines: list[bytes] = []
    size = 0
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise http.client.LineTooLong("header line")
        lines.append(line)
        if len(lines) > MAX_HEADER_LINES:
            raise http.client.HTTPException(f"got more than {MAX_HEADER_LINES} headers")
        size += len(line)
        if size > MAX_HEADER_BLOCK:
            raise http.client.HTTPException(f"a header block of more than {MAX_HEADER_BLOCK} bytes")
        if line in _TERMINATORS:
            return lines


#: A ``Content-Length`` element that is one: ASCII digits, blanks around them (RFC 9110 8.6: ``1*DIGIT``).
_LENGTH_ELEMENT = lazy_re(r"[ \t]*[0-9]+[ \t]*")
#: The longest length a ``Content-Length`` states: a signed 64-bit integer's largest, as browsers read it
#: (Chromium's parse of the value fails past it, and the body is then read to the close, as for ``-1``).
LONGEST_LENGTH = 2**63 - 1


def is_content_length(value: str) -> bool:
    """Whether ``value`` states a length: ASCII digits with blanks around them, or a list of such (``N, N``
    is N to urllib3, ``N, M`` an error), none above :data:`LONGEST_LENGTH`. ``int`` also reads a sign
    (``+40``), underscores (``1_000``) and digits of other scripts (full-width ``\uff14\uff10``), and a
    number of any size (``10**29``: a client that believes it waits for a body no server sends, cut short);
    a server that sends those states no length."""
    for part in value.split(","):
        if not _LENGTH_ELEMENT.fullmatch(part):
            return False
        digits = part.strip(" \t").lstrip("0")
        if len(digits) > 19 or (len(digits) == 19 and int(digits) > LONGEST_LENGTH):
            return False
    return True


def _without_false_length(message: Any) -> Any:
    """``message`` without its ``Content-Length`` when that states no length (:func:`is_content_length`):
    ``http.client`` and urllib3 read the header with ``int`` (``+40`` as 40, the page cut there), and without
    it both read the body to the close, as for ``-1``. Only header blocks that are not all plain lines come
    here (a false length is not plain: :data:`_PLAIN_LINE`). A value folded onto the next line
    (``Content-Length:`` then `` 1234``) is read unfolded, each fold a space (RFC 9112 5.2), as ``int`` and
    urllib3 then read it: the email parser keeps the fold's line break in the value, and dropping the length
    for it read a page whose server kept the connection open to the read timeout."""
    values = message.get_all("content-length")
    if values and not all(
        is_content_length(str(value).replace("\r\n", " ").replace("\n", " ")) for value in values
    ):
        del message["content-length"]
    return message


def parse_headers(fp: BinaryIO, _class: type[http.client.HTTPMessage] = http.client.HTTPMessage) -> Any:
    """``http.client.parse_headers``: the same limits (and :data:`MAX_HEADER_BLOCK`), the same message,
    without the email parser when every line is plain (then a :class:`PlainMessage` unless another
    ``_class`` is asked for).

    One difference: a header block the connection ends within raises :class:`HeadersCutShort`, where
    ``http.client`` takes the end of the stream for the end of the block: a server that died after its
    status line (``200 OK``, then nothing) read as an empty page that is fine."""
    lines = read_header_lines(fp)
    if lines[-1] == b"":  # _read_headers stops at a blank line or at the end of the stream: here, the end
        raise HeadersCutShort(f"the connection ended within the header block (after {len(lines) - 1} lines)")
    fields = lines[:-1] if lines and lines[-1] in _TERMINATORS else lines
    if not all(_PLAIN_LINE.fullmatch(line) for line in fields):
        text = b"".join([*_as_browsers_read(fields), lines[-1]]).decode("iso-8859-1")
        read = _without_false_length(email.parser.Parser(_class=_class).parsestr(text))
        nul = line_with_nul_outside_value(fields)
        if nul is not None:  # dropped above as no field: the fetcher refuses the answer for it
            read.nul_line = nul
        if framing_repaired(fields):  # Response.begin does not keep its connection
            read.framing_repaired = True
        return read
    if any(_STRUCTURED.match(f) for f in fields):
        parsed = email.parser.Parser(_class=_class).parsestr(b"".join(lines).decode("iso-8859-1"))
        return _without_false_length(parsed)
    message: Any = (PlainMessage if _class is http.client.HTTPMessage else _class)()
    for line in fields:
        name, value = line.decode("iso-8859-1").split(":", 1)
        message._headers.append((name, value.lstrip(" \t").rstrip("\r\n")))  # what email.policy.compat32 does
    message.set_payload("")
    return message


#: A field line's name and the whitespace a server may leave before its colon (``Location : /x``).
_FIELD_NAME = lazy_re(rb"([!-9;-~]+)[ \t]*:")
#: A CR not followed by LF, inside a line.
_BARE_CR = lazy_re(rb"\r(?!\n)")


def _as_browsers_read(fields: list[bytes]) -> list[bytes]:
    """The lines of a header block that is not all plain ``name: value`` lines, as browsers read them, for
    the email parser (which then joins folded lines): a line that is neither a field (``name:``) nor the
    continuation of one (it begins with a space or tab) is skipped, the whitespace before a name's colon
    dropped, and a bare CR is a space (RFC 9112 2.2). The email parser took the first such line for the end
    of the headers: every header after it was lost (a ``301``'s ``Location``, the ``Content-Encoding``, the
    ``Transfer-Encoding: chunked`` whose chunk lines were then read as the page)."""
    out: list[bytes] = []
    for line in fields:
        end = b"\r\n" if line.endswith(b"\r\n") else b"\n" if line.endswith(b"\n") else b""
        body = line[: len(line) - len(end)]
        if b"\r" in body:
            body = _BARE_CR.sub(b" ", body)
        if body[:1] in (b" ", b"\t"):
            if out:  # obs-fold: the email parser joins it to the line before (a first one is dropped)
                out.append(body + end)
            continue
        name = _FIELD_NAME.match(body)
        if name is not None:
            out.append(name.group(1) + b":" + body[name.end() :] + end)
    return out


#: A field that frames the body (``Content-Length``, ``Transfer-Encoding``), and the blanks before its colon.
_FRAMING_FIELD = lazy_re(rb"(?i:content-length|transfer-encoding)([ \t]*):")


def framing_repaired(fields: list[bytes]) -> bool:
    """Whether a header block's lines (``fields``, their ends kept) frame the body only as a lenient reading
    repairs it: a ``Content-Length`` in more than one line or as a list (``N, N``: RFC 9110 8.6 lets a
    recipient take one value), or a framing field with blanks before its colon (``Content-Length : N``, RFC
    9112 5.1 bars it) or folded onto another line. linkcheck reads such an answer as browsers do, but does
    not keep its connection for another request (RFC 9112 11.2: where a server, or a proxy between, ends
    an answer it framed so is its own reading; a request sent after it may be read as part of it, or never):
    a server that sent ``Content-Length`` twice and then never read the connection again cost the next link
    of its site a whole read timeout. Left alone: one ``Content-Length`` or ``Transfer-Encoding`` line
    written plainly, and any other field with blanks or folds."""
    lengths = 0
    framing = False  # the line before was a framing field's: a folded line after it is its value
    for line in fields:
        if line[:1] in (b" ", b"\t"):
            if framing:
                return True
            continue
        field = _FRAMING_FIELD.match(line)
        framing = field is not None
        if field is None:
            continue
        if field.group(1):
            return True
        if line[:1] in (b"C", b"c"):
            lengths += 1
            if lengths > 1 or b"," in line:
                return True
    return False


def _length_repeated(values: list[str] | None) -> bool:
    """Whether a message's ``Content-Length`` values (``get_all``) name a length more than once: two lines,
    or a list in one (:func:`framing_repaired`)."""
    return values is not None and (len(values) > 1 or "," in values[0])


def line_with_nul_outside_value(fields: list[bytes]) -> str | None:
    """The first of a header block's lines (``fields``, their ends kept) that holds a NUL byte outside a
    field's value, read as Latin-1 without its end, or ``None``: a NUL in the name before the colon, or in
    a line without a colon (no field at all). :func:`_as_browsers_read` drops such a line as no field, so
    nothing after it saw the NUL; Chromium refuses any head holding one (``ERR_INVALID_HTTP_RESPONSE``),
    as ``fetch.header_holding_nul`` says of a NUL in a value. Left alone: a NUL in a value (after the
    colon, or in a folded line: it stays in the value, where ``header_holding_nul`` finds it), and lines
    without one."""
    for line in fields:
        if b"\x00" in line and line[:1] not in (b" ", b"\t") and b"\x00" in line.partition(b":")[0]:
            return line.rstrip(b"\r\n").decode("iso-8859-1")
    return None


def transfer_coding_ignored(version: int) -> bool:
    """Whether an answer of HTTP ``version`` (``http.client``'s: 10 for HTTP/1.0, 11 for 1.1) is framed
    without regard to its ``Transfer-Encoding``: an HTTP/1.0 one. HTTP/1.0 has no transfer codings, RFC 9112
    6.1 has a recipient take an HTTP/1.0 message's framing as faulty and close the connection after it, and
    Chromium reads a body as chunked only in HTTP/1.1 (``HttpResponseHeaders::IsChunkEncoded``): the body is
    read to the close, as browsers show it. ``http.client`` and urllib3 dechunked any version, so an old
    server's or proxy's ``chunked`` over a plain page failed as an invalid chunk size. Left alone: HTTP/1.1
    answers."""
    return version < 11


def final_coding_chunked(value: str | None) -> bool:
    """Whether a ``Transfer-Encoding`` value's last transfer coding is ``chunked`` (any case), empty list
    elements aside: RFC 9112 6.3 reads such a body as chunked, and RFC 9110 5.6.1 has a recipient accept empty
    elements (``, chunked``, ``chunked,``), as browsers find the token in the list (Chromium's
    ``HttpResponseHeaders::IsChunkEncoded``). ``http.client`` asked for the value ``chunked`` alone, so
    ``, chunked`` was read to the close, its chunk lines taken for the page. Left alone: a value whose last
    coding is another (``chunked, gzip``), no value."""
    if not value:
        return False
    if value.lower() == "chunked":  # what servers send
        return True
    codings = [coding.strip() for coding in value.split(",") if coding.strip()]
    return bool(codings) and codings[-1].lower() == "chunked"


def _will_close(version: int, first: dict[str, str]) -> bool:
    """``http.client.HTTPResponse._check_close`` of an answer of HTTP ``version`` (10 or 11) whose headers'
    first values by lower-case name are ``first``."""
    conn = first.get("connection")
    if version == 11:
        return bool(conn) and "close" in conn.lower()  # type: ignore[union-attr]
    if first.get("keep-alive"):
        return False
    if conn and "keep-alive" in conn.lower():
        return False
    pconn = first.get("proxy-connection")
    return not (pconn and "keep-alive" in pconn.lower())


def _begin_with(parse: Any) -> Any:
    begin = http.client.HTTPResponse.begin
    namespace = dict(begin.__globals__, parse_headers=parse)
    return types.FunctionType(
        begin.__code__, namespace, begin.__name__, begin.__defaults__, begin.__closure__
    )


#: Bytes of interim (1xx) responses skipped before the final one, at most, their heads together: 256 KiB, what
#: Chromium holds of one head (``kMaxHeaderBufSize``). A server may send a few (``100 Continue``, ``102
#: Processing``, ``103 Early Hints``) or a thousand small ones, which browsers skip (Chromium reads the next
#: head after a 1xx, without a count); one that sends them without end never answers. A count of 20 refused
#: 1,000 103s of 78 bytes each before a page every browser shows (``/early-hints-thousand``); the bytes bound
#: the work: an endless ``100 Continue`` flood is refused after ~10,000 of them, 0.04 s of CPU (1 MiB: 0.14).
MAX_INTERIM_BYTES = 256 * 1024


#: Bytes of empty lines skipped before a status line, at most: Chromium looks for ``HTTP`` within the first
#: 4 bytes of an answer, Firefox further. A CGI script's blank line before its headers, or a stray CRLF an
#: earlier answer left on a kept connection, is no answer of its own.
MAX_BLANK_BEFORE_STATUS = 4


class _StatusLineReader:
    """The answer's reader as ``http.client`` reads a status line from it: empty lines before the status
    line skipped (at most :data:`MAX_BLANK_BEFORE_STATUS` bytes of them), and the protocol name read
    without regard to case (``http/1.1 200 OK``: browsers read it, as the name ``HTTP``). ``head``: bytes
    read from the reader already (:func:`_frame_header`), given before its own. Everything else is the
    reader's own."""

    __slots__ = ("_fp", "_head")

    def __init__(self, fp: Any, head: bytes = b"") -> None:
        self._fp = fp
        self._head = head

    def _line(self, limit: int) -> bytes:
        head = self._head
        if not head:
            return self._fp.readline(limit)  # type: ignore[no-any-return]
        end = head.find(b"\n") + 1 or len(head)
        if 0 <= limit < end:
            end = limit
        line, self._head = head[:end], head[end:]
        if line[-1:] != b"\n" and not self._head and (limit < 0 or len(line) < limit):
            line += self._fp.readline(limit - len(line) if limit >= 0 else -1)
        return line

    def readline(self, limit: int = -1) -> bytes:
        line: bytes = self._line(limit)
        skipped = 0
        while line in (b"\r\n", b"\n") and skipped + len(line) <= MAX_BLANK_BEFORE_STATUS:
            skipped += len(line)
            line = self._line(limit)
        if line[:5] != b"HTTP/" and line[:5].upper() == b"HTTP/":
            line = b"HTTP/" + line[5:]
        return line

    def close(self) -> None:
        self._fp.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fp, name)


#: The status line of a final answer as servers send it, read by :meth:`Response.begin`'s short way: HTTP/1.0
#: or 1.1, a status of 200 to 999, a reason of printable ASCII (``http.client`` strips the blanks around it).
_PLAIN_STATUS = lazy_re(rb"HTTP/1\.([01]) ([2-9][0-9][0-9])(?: ([ -~]*))?\r\n")
#: A ``Content-Length`` value (blanks before it stripped) that makes its line plain (see :data:`_PLAIN_LINE`).
_PLAIN_LENGTH = lazy_re(r"[0-9][0-9 \t,]{0,17}")
#: A ``Content-Type`` value (blanks before it stripped) that the email parser reads (see :data:`_STRUCTURED`).
_STRUCTURED_TYPE = lazy_re(r"(?:multipart|message)/", re.IGNORECASE | re.ASCII)


#: A status line whose code is three digits below 100 (``HTTP/1.1 099 Low``), which ``http.client`` refuses.
_STATUS_BELOW_100 = lazy_re(r"(HTTP/1\.[0-9]) (0[0-9][0-9])(?: (.*?))?[ \t]*\r?\n?")


def _below_100(read_status: Any) -> tuple[str, int, str]:
    """``read_status()`` (``http.client``'s ``_read_status``), except that a code of three digits below 100 is
    read as the number it is: RFC 9112 4 makes any three digits a status code, and RFC 9110 15 has a client
    process a code outside 100-599 as a 5xx (the fetcher retries it as one); and a code glued to its reason
    is read as browsers read it (:func:`code_glued_to_reason`). Any other line ``http.client`` refuses is
    refused as before."""
    try:
        return read_status()  # type: ignore[no-any-return]
    except http.client.BadStatusLine as exc:
        text = str(exc.args[0]) if exc.args else ""
        line = _STATUS_BELOW_100.fullmatch(text)
        if line is None:
            glued = code_glued_to_reason(text)
            if glued is None:
                raise
            return glued
        return line.group(1), int(line.group(2)), (line.group(3) or "").strip()


#: A status line whose three-digit code runs straight into its reason (``HTTP/1.1 200OK``), as some embedded
#: servers write it: no blank after the code, and no fourth digit.
_CODE_GLUED = lazy_re(r"(HTTP/1\.[0-9]) ([1-9][0-9][0-9])([^0-9\s][^\r\n]*?)[ \t]*\r?\n?")


def code_glued_to_reason(line: str) -> tuple[str, int, str] | None:
    """``(version, code, reason)`` of a status ``line`` (as ``http.client`` read it, Latin-1) whose
    three-digit code is followed by its reason without a blank (``HTTP/1.1 200OK``), or ``None``. RFC 9112 4
    wants a space there; Chromium reads the digits that start the field as the code and the rest as the reason
    (``HttpResponseHeaders::ParseStatusLine``), Firefox reads the number the field begins with, so both
    show the page. ``http.client`` took ``200OK`` for no number and refused the answer. Left alone: a code
    of four digits or more (``2000``), a code not of digits (``2OO``), a line without a code, and every line
    ``http.client`` reads itself."""
    read = _CODE_GLUED.fullmatch(line)
    if read is None:
        return None
    return read.group(1), int(read.group(2)), read.group(3).strip()


#: What an HTTP/2 frame header (9 bytes) a server sends first may begin with, up to its 8th byte: a length
#: under 64 KiB (a first byte of zero: a server's SETTINGS holds a few settings, a GOAWAY a short text), the
#: type SETTINGS with flags 0 or ACK, or GOAWAY, then stream 0. No status line begins with a zero byte.
_H2_FRAME_START = lazy_re(
    rb"\x00(?:[\x00-\xff]{0,2}|[\x00-\xff]{2}(?:\x04[\x00\x01]?|\x07[\x00-\xff]?)\x00{0,3})"
)


def _frame_header(fp: Any, first: bytes) -> bytes | None:
    """The first 9 bytes of an answer whose first bytes (``first``, all the reader held: fewer than 9) may
    begin an HTTP/2 frame a server sends first, read from ``fp`` (fewer at the end of the stream); ``None``,
    having read nothing, for any other. A frame that came in pieces under 9 bytes was read as a status line,
    which a binary frame never ends: the answer ended as a read timeout (``/h2-settings-dribbled``)."""
    if not _H2_FRAME_START.fullmatch(first):
        return None
    return fp.read(9)  # type: ignore[no-any-return]


def is_h2_frame(line: str) -> bool:
    """Whether ``line`` (the first bytes of an answer, read as Latin-1) begins with an HTTP/2 frame a server
    sends first (RFC 9113 4.1, 6.5, 6.8): a 9-byte header of a SETTINGS frame (type 4, flags 0 or ACK, a
    payload of whole 6-byte settings) or a GOAWAY frame (type 7, at least 8 bytes), on stream 0."""
    if len(line) < 9 or line[5:9] != "\x00\x00\x00\x00" or any(c > "\xff" for c in line[:9]):
        return False
    length = int.from_bytes(line[:3].encode("latin-1"), "big")
    kind, flags = line[3], line[4]
    if kind == "\x04":
        return flags in "\x00\x01" and length % 6 == 0
    return kind == "\x07" and length >= 8


def _cut_short(said: str, reason: Any) -> str:
    """What a :class:`HeadersCutShort` ``said``, and when the status line's ``reason`` holds a CR (the lines
    after it, read as one line up to an LF that never came) its cause: lines ended by bare CRs, which end no
    line in HTTP (RFC 9112 2.2; Chromium splits them, but never finds the head's end either)."""
    if not isinstance(reason, str) or "\r" not in reason:
        return said
    return f"{said}: its lines end with bare CRs (carriage returns without a line feed)"


def _status_line_bytes(version: str, reason: str) -> int:
    """The bytes of the status line ``http.client`` read as ``version`` and ``reason`` (which keeps the line's
    end): a code of 3 digits and the two blanks around it between them."""
    return len(version) + 5 + len(reason)


class PlainHead:
    """A final answer's head as :func:`plain_head` read it: what ``http.client``'s ``begin`` sets on its
    response (``status``, ``reason``, ``version``, ``msg``, ``chunked``, ``length``, ``will_close``), the
    header lines as sent (``fields``) and by lower-case name (``lower``), and ``after_head``, the bytes of the
    body left in the reader's buffer.

    It is also the answer for a body :class:`linkcheck.connections.PlainResponse` reads: the part of an
    ``http.client`` response that reading needs (``fp``, ``close``, ``isclosed``), so that no
    ``HTTPResponse`` is made for it (~20k instructions a request: an ``io.BufferedIOBase`` and its
    attributes, closed and finalised). ``kept``: a reader its connection keeps, which ``close`` leaves
    open, as :meth:`Response._close_conn` does."""

    __slots__ = (
        "_msg",
        "after_head",
        "chunked",
        "fields",
        "fp",
        "kept",
        "length",
        "lower",
        "reason",
        "status",
        "version",
        "will_close",
    )
    fields: list[tuple[str, str]]
    lower: dict[str, str]
    after_head: int
    status: int
    reason: str
    version: int
    chunked: bool
    length: int | None
    will_close: bool

    def __init__(self, fp: Any) -> None:
        self.fp: Any = fp
        self.kept: Any = None
        self._msg: http.client.HTTPMessage | None = None

    @property
    def msg(self) -> http.client.HTTPMessage:
        """The header message ``http.client`` would hold (a :class:`PlainMessage` of ``fields``), made when
        first asked for: a page read with its head alone never asks (only a ``Set-Cookie`` answer's cookies
        are read from it), and making it is ~6k instructions of a fetch."""
        message = self._msg
        if message is None:
            message = PlainMessage()
            message._headers = self.fields.copy()  # type: ignore[attr-defined]
            message.set_payload("")
            self._msg = message
        return message

    @property
    def headers(self) -> http.client.HTTPMessage:
        return self.msg

    def isclosed(self) -> bool:
        """True once the answer is closed (``http.client``'s ``isclosed``)."""
        return self.fp is None

    def close(self) -> None:
        """Let go of the reader, closing it unless the connection keeps it (``HTTPResponse.close``)."""
        fp, self.fp = self.fp, None
        if fp is not None and fp is not self.kept:
            fp.close()


def plain_head(fp: Any, method: str | None) -> PlainHead | None:
    """The head of the answer to a ``method`` request that ``fp`` (a buffered reader) holds, read from it,
    when its whole head is in the reader's buffer already (its first read takes 8 KiB): a final status line
    and plain header lines (:func:`parse_headers`' plain way), all ending in CRLF. The head is parsed in one
    piece, where ``http.client`` reads a line at a time, looks each header up by a scan of them all, and
    ``parse_headers`` matches each line on its own (~100k instructions of a ~440k fetch). It gives what
    ``begin`` sets, the same way (a test holds the two to the same answers); ``None``, having read nothing,
    for any other answer: ``begin`` reads it."""
    peek = getattr(fp, "peek", None)
    if peek is None:
        return None
    buffered: bytes = peek(5)  # the read http.client's status line would begin with (see _read_status)
    status_line = _PLAIN_STATUS.match(buffered)
    if status_line is None:
        return None
    start = status_line.end()
    end = buffered.find(b"\r\n\r\n", start - 2) + 2
    if end < 2 or end >= _MAXLINE:
        return None
    text = buffered[start:end].decode("iso-8859-1")
    lines = text.split("\r\n")
    lines.pop()  # after the last line's CRLF
    count = len(lines)
    # at most 255 lines and the blank one (parse_headers refuses more); no CR or LF but their ends
    if count >= MAX_HEADER_LINES or text.count("\r") != count or text.count("\n") != count:
        return None
    fields: list[tuple[str, str]] = []
    lower: dict[str, str] = {}
    first: dict[str, str] = {}  # what HTTPMessage.get gives
    repaired = False  # a Content-Length named twice: framing_repaired
    for line in lines:
        name, colon, value = line.partition(":")
        if not colon or not name:
            return None
        value = value.lstrip(" \t")
        key = name.lower()
        if key == "content-length":
            if not _PLAIN_LENGTH.fullmatch(value):
                return None
            repaired = repaired or key in lower or "," in value
        if key == "content-type" and _STRUCTURED_TYPE.match(value):
            return None
        fields.append((name, value))
        if key in lower:
            lower[key] = f"{lower[key]}, {value}"
        else:
            lower[key] = first[key] = value
    names = "".join(lower)  # every name printable ASCII without a blank (or colon): _PLAIN_LINE's
    if not (names.isascii() and names.isprintable()) or " " in names:
        return None
    fp.read(end + 2)  # the head, from the buffer
    head = PlainHead(fp)
    head.fields, head.lower, head.after_head = fields, lower, len(buffered) - end - 2
    status = int(status_line.group(2))
    head.status = status
    reason = status_line.group(3)
    head.reason = reason.decode("ascii").strip() if reason else ""
    head.version = version = 10 if status_line.group(1) == b"0" else 11
    # from here, http.client's begin and _check_close, with first[...] for self.headers.get(...)
    tr_enc = first.get("transfer-encoding")
    head.chunked = chunked = final_coding_chunked(tr_enc)
    will_close = _will_close(version, first)
    length: int | None = None
    declared = first.get("content-length")
    if declared and not chunked:
        try:
            length = int(declared)
        except ValueError:
            length = None
        else:
            if length < 0:
                length = None
    if status in (http.client.NO_CONTENT, http.client.NOT_MODIFIED) or method == "HEAD":
        length = 0
    if (not will_close and not chunked and length is None) or repaired:
        will_close = True
    head.will_close, head.length = will_close, length
    return head


class Response(http.client.HTTPResponse):
    """``http.client.HTTPResponse`` reading its headers with :func:`parse_headers`.

    It also skips every interim response before the final one (``http.client`` skips ``100 Continue``
    only, and took a ``103 Early Hints`` for the answer), at most :data:`MAX_INTERIM_BYTES` of them, and never
    leaves a ``101 Switching Protocols`` connection open for another request: what follows it is not HTTP.

    ``fields`` and ``lower`` are the header lines as sent (name, value) and their values by lower-case name
    (repeats joined by ", "), when :meth:`begin` read the answer the short way; else ``None``.
    """

    _begin = _begin_with(parse_headers)
    fields: list[tuple[str, str]] | None = None
    lower: dict[str, str] | None = None
    #: Bytes of the body the short way left in the reader's buffer after the head (``None``: the long way).
    after_head: int | None = None
    #: The chunked body's chunks are large: ``http.client`` reads their lines (see :meth:`_read1_chunked`).
    _large_chunks = False
    #: A line end after a chunk's data was CRLF (see :meth:`_get_chunk_left`).
    _crlf_ends = False
    #: A reader its connection keeps for the answers after this one (``fp`` when it was given one): closing
    #: the answer leaves it open (see :func:`linkcheck.connections.kept_reader`).
    kept: Any = None

    def begin(self) -> None:
        if self.headers is None and not self._begin_plain():
            self.begin_long()
        self.close_after_head()
        if self.chunked and transfer_coding_ignored(self.version):  # the body ends at the close
            self.chunked, self.chunk_left, self.length, self.will_close = False, None, None, True

    def begin_long(self) -> None:
        """The long way of reading a head (any answer :meth:`_begin_plain` leaves): ``http.client``'s own
        ``begin``, then what linkcheck reads differently from it: a ``Transfer-Encoding`` list ending in
        ``chunked`` (:func:`final_coding_chunked`: ``, chunked``, ``chunked `` with a blank before the line's
        end) is chunked, as the short way reads it."""
        try:
            self._begin()
        except HeadersCutShort as exc:
            exc.args = (_cut_short(str(exc), self.reason),)  # the fetcher names the innermost HTTP error
            raise
        if not self.chunked and final_coding_chunked(self.msg.get("transfer-encoding")):
            # http.client asked for "chunked" alone: a list ending in it (", chunked") is chunked too; its
            # Content-Length is not read, and a body that has none (HEAD, 204, 304, 1xx) stays at length 0
            self.chunked, self.chunk_left = True, None
            status = self.status
            bodiless = status in (http.client.NO_CONTENT, http.client.NOT_MODIFIED) or 100 <= status < 200
            self.length = 0 if bodiless or self._method == "HEAD" else None  # type: ignore[attr-defined]
            self.will_close = self._check_close()  # type: ignore[attr-defined]

    def close_after_head(self) -> None:
        """What ``begin`` adds to ``http.client``'s once the head is read: the connection is not kept after a
        ``101`` (what follows is not HTTP), nor after an answer whose framing was repaired
        (:func:`framing_repaired`: a ``Content-Length`` named twice or as a list, here, or a framing line the
        slow way read as browsers do)."""
        if self.status == http.client.SWITCHING_PROTOCOLS or getattr(self.msg, "framing_repaired", False):
            self.will_close = True
            return
        if not self.will_close and _length_repeated(self.msg.get_all("content-length")):
            self.will_close = True

    def _read1_chunked(self, n: int) -> bytes:
        """``http.client``'s, reading every whole chunk the reader holds, up to ``n`` bytes of data
        (:func:`~linkcheck.chunks.take_chunks`), where ``http.client`` reads at most the rest of one chunk a
        call (~9 µs a chunk through urllib3 and the fetcher: 2.4 s of a core for a 256 KB page in 1-byte
        chunks). The reader is read once (``peek``) when it holds nothing, as ``http.client``'s ``read1``
        reads it; the bytes taken are then read from it with ``read1``. A reader that counts the wire's bytes
        (:class:`linkcheck.fetch.WireCount`) is told which of them are chunk framing (``framing``).

        ``http.client`` reads what :func:`~linkcheck.chunks.take_chunks` leaves to it: the data of a chunk of
        :data:`~linkcheck.chunks.LARGE` bytes or more (and, while the chunks are that large, their lines:
        a copy of the reader's buffer for a few bytes of framing a chunk made a page in 4 KB chunks slower),
        the last chunk's line and the trailer section, a size line that is not a plain one (its refusals
        and their messages), one that came in pieces, and the end of a body cut short."""
        fp = self.fp
        if n == 0:
            return b""
        if not self._large_chunks:
            want = n if n > 0 else _ANY
            while True:
                left = self.chunk_left
                if left is not None and left > 0:  # a chunk's data: http.client's read1, one socket read
                    break
                held: bytes = fp.peek()  # what the reader holds; one read of the socket when it holds nothing
                if not held:  # the stream's end: http.client says how the body was cut short
                    break
                pieces, used, left, framing = take_chunks(held, left, want)
                if framing:
                    count = getattr(fp, "framing", None)
                    if count is not None:
                        count(framing)
                fp.read1(used)
                self.chunk_left = left
                if pieces:
                    return pieces[0] if len(pieces) == 1 else b"".join(pieces)
                if used < len(held):  # a line take_chunks leaves to http.client
                    break
                # framing only, all the reader held: its next peek reads the socket
            left = self.chunk_left
            if left is None or left < LARGE:
                return _HTTP_READ1_CHUNKED(self, n)  # type: ignore[no-any-return]
            self._large_chunks = True  # and its data is read below, as the next chunks' while they are large
        # http.client's reading, while the chunks are large, inlined (its calls a chunk cost as much as the
        # chunk's bytes): the line end after a chunk's data and the next size line, then the data
        left = self.chunk_left
        if left is None or left <= 0:
            # the usual line end (CRLF) in one call; any other as _get_chunk_left reads it
            left = self._next_large_chunk(fp) if left == 0 and self._crlf_ends else self._get_chunk_left()
            if left is None:  # the last chunk: the body is whole
                return b""
            if left < LARGE:
                self._large_chunks = False
        data: bytes = fp.read1(n if 0 < n < left else left)  # not min(): 1% of a 4 KB chunk's cost
        if not data:
            raise http.client.IncompleteRead(b"")
        self.chunk_left = left - len(data)
        return data

    def _next_large_chunk(self, fp: Any) -> int | None:
        """What :meth:`_get_chunk_left` gives after a chunk's data in a body whose line ends are CRLF
        (``_crlf_ends``): its two bytes, then ``http.client``'s ``_read_next_chunk_size`` and the last
        chunk's trailers, in one call where they took three (a tenth of a 4 KB chunk's cost at the
        ``Response``). The same reads, refusals and messages: a short line end, a line over ``_MAXLINE``, a
        size ``int`` refuses (the connection closed, ``IncompleteRead``), the last chunk (its trailer section
        read, the connection closed, ``None``)."""
        end = fp.read(2)
        if len(end) < 2:
            raise http.client.IncompleteRead(end, 2 - len(end))
        self.chunk_left = None
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise http.client.LineTooLong("chunk size")
        i = line.find(b";")
        try:
            left = int(line[:i] if i >= 0 else line, 16)
        except ValueError:  # protocol synchronisation is probably lost
            self._close_conn()
            raise http.client.IncompleteRead(b"")  # noqa: B904  # http.client's: the ValueError as its context
        if left == 0:  # the last chunk
            self._read_and_discard_trailer()  # type: ignore[attr-defined]
            self._close_conn()
            return None
        self.chunk_left = left
        return left

    def _get_chunk_left(self) -> int | None:
        """``http.client``'s, the line end after a chunk's data read as :func:`~linkcheck.chunks.take_chunks`
        reads it (LF alone, or two bytes; the second of them when :meth:`_read1_chunked` read the CR), where
        ``http.client`` reads two bytes whatever they are (an LF and the next size line's first digit). Once
        such a line end was CRLF, the body's are read two bytes at once, as ``http.client`` reads them (a
        read a chunk fewer: a tenth of what a 4 KB chunk's lines cost)."""
        left = self.chunk_left
        if left == 0 or left == AFTER_CR:
            fp = self.fp
            if left == 0 and self._crlf_ends:
                end = fp.read(2)
                if len(end) < 2:
                    raise http.client.IncompleteRead(end, 2 - len(end))
            else:
                first = fp.read(1)
                if left == 0 and first and first != b"\n":
                    second = fp.read(1)
                    if not second:  # cut after the line end's first byte: one of http.client's two read
                        raise http.client.IncompleteRead(first, 1)
                    self._crlf_ends = first + second == b"\r\n"
                    first = second
                if not first:  # cut before the line end (http.client: 0 of 2) or after its CR (1 of 2)
                    raise (
                        http.client.IncompleteRead(b"", 2)
                        if left == 0
                        else http.client.IncompleteRead(b"\r", 1)
                    )
            self.chunk_left = None
        return _HTTP_CHUNK_LEFT(self)  # type: ignore[no-any-return]

    def _close_conn(self) -> None:
        """``http.client``'s, except that a reader the connection keeps (:attr:`kept`) is let go, not closed
        (anything wrapped around it, or another reader, is closed as before)."""
        fp = self.fp
        self.fp = None  # type: ignore[assignment]  # as http.client does
        if fp is not self.kept:
            fp.close()

    def _begin_plain(self) -> bool:
        """``begin`` for the answer servers send, when its whole head is in the reader's buffer already:
        :func:`plain_head` reads it, and this response takes what it read (:meth:`take_head`). ``False``,
        having read nothing, for any other answer: ``begin`` reads it."""
        head = plain_head(self.fp, self._method) if self.debuglevel <= 0 else None  # type: ignore[attr-defined]
        if head is None:
            return False
        self.take_head(head)
        return True

    def take_head(self, head: PlainHead) -> None:
        """Set what ``begin`` sets from ``head``, an answer's head :func:`plain_head` read from this
        response's reader; ``begin`` then reads nothing more."""
        self.headers = self.msg = head.msg
        self.fields, self.lower, self.after_head = head.fields, head.lower, head.after_head
        self.code = self.status = head.status
        self.reason, self.version = head.reason, head.version
        self.chunked = head.chunked
        if head.chunked:
            self.chunk_left = None
        self.will_close, self.length = head.will_close, head.length

    def _read_status(self) -> tuple[str, int, str]:
        interim = 0  # bytes of the interim answers skipped (each adds 15 at least: a bounded loop)
        while interim <= MAX_INTERIM_BYTES:
            try:
                version, status, reason = self._status_line()
            except http.client.RemoteDisconnected:
                if not interim:  # no byte of an answer: the connection's failure, as before
                    raise
                break  # raised below, outside this handler: the close is no cause of it (see the fetcher)
            if not 100 <= status < 200 or status == http.client.SWITCHING_PROTOCOLS:
                return version, status, reason
            # the interim answer's header block, discarded (bounded as any: MAX_HEADER_LINES lines,
            # MAX_HEADER_BLOCK bytes)
            interim += _status_line_bytes(version, reason) + sum(map(len, read_header_lines(self.fp)))
        else:
            raise http.client.HTTPException(
                f"more than {MAX_INTERIM_BYTES} bytes of interim (1xx) responses without a final one"
            )
        # An interim (1xx) answer came, then the close (since the fortieth hostile round): the server spoke
        # HTTP and ended without a final status, a malformed answer (as a status line alone then the close),
        # not a connection that failed before any answer (``RemoteDisconnected``: "closed the connection
        # without a response", which a 1xx makes untrue).
        raise http.client.HTTPException(
            "the connection closed after an interim (1xx) response, before a final status"
        )

    def _status_line(self) -> tuple[str, int, str]:
        """One status line (a final or an interim answer's), read as :meth:`_read_status` reads each."""
        fp = self.fp
        peek = getattr(fp, "peek", None)
        if peek is None or (first := peek(5))[:5] == b"HTTP/":  # what servers send: http.client's read
            version, status, reason = _below_100(super()._read_status)  # type: ignore[misc]
        else:  # blank lines first, "http/" in lower case, or a line that came in pieces
            head = _frame_header(fp, first) if len(first) < 9 else None
            if head is not None:
                first = head  # read: the status line's reader gives it first
            if is_h2_frame(first.decode("latin-1")):
                # an HTTP/2 frame holds no line end to wait for (a server that sends its SETTINGS and
                # then waits for a connection preface never ends the "line"): say so now
                raise http.client.BadStatusLine(first.decode("latin-1"))
            self.fp = _StatusLineReader(fp, head or b"")  # type: ignore[assignment]
            try:
                version, status, reason = _below_100(super()._read_status)  # type: ignore[misc]
            finally:
                if self.fp is not None:  # http.client sets None when it closes on a bad line
                    self.fp = fp
        return version, status, reason
