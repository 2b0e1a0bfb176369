"""A chunked body's framing (RFC 9112 7.1) read from the bytes a buffered reader already holds, many chunks a
read: what :meth:`linkcheck.headers.Response._read1_chunked` reads a chunked body with.

``http.client`` gives at most the rest of one chunk a call (its size line, its data, the line end after it,
each a call of the reader under it), and urllib3 and the fetcher wrap each such call in their own: about
9 µs a chunk, so a 256 KB page in chunks of one byte took 2.4 s of a core, where browsers read it in
milliseconds. :func:`take_chunks` reads every whole chunk a buffer holds in one pass of a regular
expression and a slice each; lines it does not take (the last chunk's, one with blanks, a sign or ``0x``, a
line the buffer holds only part of) are left to ``http.client``'s reader and the fetcher's checks of it,
which read, refuse or end them as before.
"""

from __future__ import annotations

from linkcheck.lazyre import lazy_re

__all__ = ["AFTER_CR", "LARGE", "equal_chunks", "minimal_line", "take_chunks"]

#: A chunk-size line :func:`take_chunks` reads: 1 to 15 hexadecimal digits (a size below 2**60), then a chunk
#: extension (``;`` to the line's end, group 2) or a CR, then LF (a line in LF alone is one, as browsers
#: read it: RFC 9112 2.2). Anything else before the LF (blanks, ``-``, ``+``, ``_``, ``0x``) leaves the line
#: to ``http.client``'s reader, whose reading and refusals stand.
_SIZE_LINE = lazy_re(rb"([0-9A-Fa-f]{1,15})(?:(;[^\n]*)|\r)?\n")
#: ``left`` when a chunk's data and the CR after it were read, the line end's second byte not yet.
AFTER_CR = -1
_LF = 0x0A
#: Data of a chunk of this many bytes or more is left to ``http.client``'s ``read1``, which gives it from the
#: reader in one copy: sliced from a copy of the reader's buffer it took two more (a 256 KB page in 4 KB
#: chunks read 10% slower than by ``http.client``), where a large chunk has no reads to save.
LARGE = 2048
#: Chunks of at most this many bytes are read a run at a time (:func:`equal_chunks`).
_RUN_SIZE = 64


def minimal_line(size: int, line: int) -> int:
    """Bytes of a size line of ``line`` bytes (its extension aside) for a chunk of ``size`` that are framing
    every writer of it sends: its digits without leading zeros, and CRLF. A size padded with zeros
    (``000000000000001``) takes more, and the zeros are bytes like an extension's: without a bound to their
    number, 1-byte chunks could carry 19 bytes of framing each, 20 times the page on the wire."""
    return min(line, (size.bit_length() + 3) // 4 + 2)


def equal_chunks(buf: bytes, start: int, line: int, size: int, most: int) -> tuple[bytes, int, int]:
    """The run of chunks at ``start`` in ``buf`` that repeat the framing of the first: its size line
    (``line`` bytes, no extension, of ``size``), then ``size`` bytes of data, then the same line end (LF, or
    CRLF), at most ``most`` chunks of them: ``(data, chunks, period)``, ``period`` the bytes each chunk
    takes; ``(b"", 0, 0)`` for fewer than two such chunks, or a line end that is neither.

    A server that chunks a page in a fixed size sends such runs (every chunk but the last): each byte of
    their framing is compared a column at a time (every ``period``-th byte, one slice) and their data is
    taken the same way, so their cost grows with their bytes, not with their number (1-byte chunks: 0.3 µs a
    chunk read one by one). What is read is what reading them one by one gives: the same line, read the same
    way, at the same places."""
    after = start + line + size
    if buf[after : after + 1] == b"\n":
        period = line + size + 1
    elif buf[after : after + 2] == b"\r\n":
        period = line + size + 2
    else:
        return b"", 0, 0
    chunks = min((len(buf) - start) // period, most)
    if chunks < 2:
        return b"", 0, 0
    stop = start + chunks * period
    for offset in (*range(line), *range(line + size, period)):  # the framing's columns
        column = buf[start + offset : stop : period]
        same = len(column) - len(column.lstrip(column[:1]))
        if same < chunks:
            chunks = same
            if chunks < 2:
                return b"", 0, 0
    stop = start + chunks * period
    if size == 1:
        return buf[start + line : stop : period], chunks, period
    data = bytearray(chunks * size)
    for offset in range(size):
        data[offset::size] = buf[start + line + offset : stop : period]
    return bytes(data), chunks, period


def take_chunks(buf: bytes, left: int | None, want: int) -> tuple[list[bytes], int, int | None, int]:
    """Read the chunked framing in ``buf`` (the bytes a reader holds) from its start, in the state ``left``
    (as ``http.client``'s ``chunk_left``: ``None`` before a size line, ``0`` after a chunk's data, before its
    line end, ``n > 0`` inside a chunk's data with ``n`` bytes of it to come, or :data:`AFTER_CR`), until
    ``want`` (> 0) bytes of data are read or ``buf`` holds no more that can be read.

    Returns ``(pieces, used, left, framing)``: the data read, the bytes of ``buf`` read (data and framing),
    the state after them, and how many of those bytes were framing every chunked body carries (a size line's
    digits and line end, :func:`minimal_line`; the line end after a chunk's data), as opposed to chunk
    extensions and zeros before a size.

    A line end after a chunk's data is LF alone, or any two bytes (CRLF; two stray bytes are tossed as
    ``http.client`` tosses them). Reading stops before a size line that is not a plain one
    (:data:`_SIZE_LINE`) or whose line end ``buf`` does not hold, and before the last chunk's line (size 0):
    ``http.client`` reads those, its trailer section and the end of the body.
    """
    pieces: list[bytes] = []
    pos = 0
    end = len(buf)
    got = 0
    framing = 0
    match = _SIZE_LINE.match
    while pos < end:
        if left is None:
            line = match(buf, pos)
            if line is None:
                break
            size = int(line[1], 16)
            if not size:  # the last chunk: http.client reads it and the trailers
                break
            start, pos = pos, line.end()
            extension = line[2]
            if extension is None and size <= _RUN_SIZE:
                data, chunks, period = equal_chunks(buf, start, pos - start, size, (want - got) // size)
                if chunks:
                    pieces.append(data)
                    got += chunks * size
                    framing += chunks * (minimal_line(size, pos - start) + period - size - (pos - start))
                    pos = start + chunks * period
                    if got >= want:
                        break
                    continue
            framing += minimal_line(size, pos - start - (len(extension) if extension is not None else 0))
            left = size
        elif left > 0:
            if left >= LARGE:  # its data comes straight from the reader (http.client's read1): one copy
                break
            take = min(left, end - pos, want - got)
            pieces.append(buf[pos : pos + take])
            pos += take
            got += take
            left -= take
            if got >= want:
                break
        elif left == 0:  # the line end after a chunk's data
            if buf[pos] == _LF:
                pos += 1
                framing += 1
                left = None
            elif pos + 1 < end:
                pos += 2
                framing += 2
                left = None
            else:  # its CR is the buffer's last byte
                pos += 1
                framing += 1
                left = AFTER_CR
        else:  # AFTER_CR: the line end's second byte
            pos += 1
            framing += 1
            left = None
    return pieces, pos, left, framing
