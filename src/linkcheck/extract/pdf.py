"""What a PDF says about itself: the document title its file declares.

Reports, court rulings, studies and press releases are cited as PDFs. A PDF states its title in its document
information dictionary (``/Title``, found through the trailer's ``/Info`` reference, possibly inside a
compressed object stream) and in its XMP metadata packet (``dc:title``). Neither needs the page's text,
which would need the file's fonts to read.

A declared title is weaker evidence than a web page's headline: authoring tools fill it with a file name
(``Microsoft Word - report_v3.docx``), a template's name or nothing. Those are not titles and are dropped
here (:func:`declared_title`); what is left is only what the file's author or publisher wrote.

Pure functions of bytes; nothing here raises on any input (a damaged file gives no title), and the work on a
body of a few megabytes is bounded (a few searches, at most :data:`_MAX_STREAMS` streams inflated to at most
:data:`_MAX_INFLATED` bytes each).
"""

from __future__ import annotations

import html
import re
import zlib

from linkcheck.extract.titles import clean_text
from linkcheck.lazyre import lazy_re
from linkcheck.memo import once
from linkcheck.models import Metadata, TitleCandidate

__all__ = ["TITLE_SOURCE", "declared_title", "pdf_metadata", "pdf_string"]

#: Where the title came from, as ``Metadata.title_source`` says it.
TITLE_SOURCE = "pdf"
_INFO_REF = lazy_re(rb"/Info\s*(\d{1,10})\s+(\d{1,5})\s+R")
_OBJECT_STREAM = lazy_re(rb"/Type\s*/ObjStm\b")
_INT_KEY = {key: lazy_re(rb"/" + key + rb"\s+(\d{1,10})\b") for key in (b"N", b"First")}
#: Object streams inflated in search of the information dictionary, and the bytes each may inflate to.
_MAX_STREAMS = 32
_MAX_INFLATED = 4 * 1024 * 1024
#: Characters of the dictionary read (an information dictionary is a few hundred bytes).
_MAX_DICT = 64 * 1024
_XMP_TITLE = lazy_re(rb"<dc:title\b[^>]*>(.{0,8192}?)</dc:title>", re.DOTALL)
_XMP_ITEM = lazy_re(rb"<rdf:li\b([^>]*)>(.{0,4096}?)</rdf:li>", re.DOTALL)
_XMP_DEFAULT = lazy_re(rb"""xml:lang\s*=\s*["']x-default["']""")
_TAGS = lazy_re(r"<[^>]*>")

#: PDFDocEncoding where it differs from Latin-1 (ISO 32000-1, Annex D): the printer's marks of 0x18-0x1F and
#: the typographic characters of 0x80-0x9F.
_PDF_DOC = str.maketrans(
    {
        **dict(zip(range(0x18, 0x20), "˘ˇˆ˙˝˛˚˜", strict=True)),
        **dict(zip(range(0x80, 0x9F), "•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž", strict=True)),
        0x9F: None,
        0xA0: "€",
    }
)


@once
def _not_titles() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What is no title, compiled on the first PDF (a run without PDFs never needs them): what an authoring
    tool writes by itself (a blank document's, a slide's, a layout's, a scanner's); an application's name
    before the file name it was printed from (``Microsoft Word - name.docx``); a file name or path (an
    extension of the documents and images titles are made from, or a directory)."""
    tool_titles = re.compile(
        r"(?:untitled|title|no title|document|doc|slide|presentation|powerpoint presentation|layout|print|"
        r"scan|scanned document|image|blank|page|draft|template|new document|microsoft word document|"
        r"sheet|pdf|adobe photoshop pdf|pdf document|print document)"
        r"(?:[\s_-]*\d+)?",
        re.IGNORECASE,
    )
    printed_from = re.compile(
        r"^(?:microsoft\s+(?:word|powerpoint|excel|publisher)|word|powerpoint|excel|libreoffice|openoffice|"
        r"adobe\s+indesign|indesign|pages|keynote|google\s+docs)\s*[-–:]\s",
        re.IGNORECASE,
    )
    file_name = re.compile(
        r"(?:\.(?:docx?|dotx?|rtf|odt|pdf|pptx?|xlsx?|indd|idml|qxd|qxp|pub|tex|dvi|e?ps|ai|psd|html?|txt|"
        r"jpe?g|png|tiff?|bmp|pages|key|wpd)$)|(?:^[a-z]:\\)|(?:^/(?:users|home|tmp|var)/)|\\",
        re.IGNORECASE,
    )
    return tool_titles, printed_from, file_name


def pdf_metadata(body: bytes) -> Metadata:
    """The :class:`~linkcheck.models.Metadata` of a PDF: its declared title when it has one worth the name
    (``title_source`` ``"pdf"``), else nothing."""
    try:
        title = declared_title(_info_title(body) or _xmp_title(body))
    except (ValueError, TypeError, zlib.error, MemoryError, RecursionError):
        title = None
    if title is None:
        return Metadata()
    candidate = TitleCandidate(title, TITLE_SOURCE)
    return Metadata(title=title, title_source=TITLE_SOURCE, title_candidates=(candidate,))


def declared_title(raw: str | None) -> str | None:
    """``raw`` as a title, or ``None`` when it is not one: empty, without a letter, what a tool writes by
    itself (``Untitled``, ``Slide 1``, ``PowerPoint Presentation``) or a file name or path (``Microsoft Word -
    report_v3.docx``, ``C:\\Reports\\draft.doc``)."""
    title = clean_text(raw)
    if len(title) < 3 or not any(c.isalpha() for c in title):
        return None
    tool_titles, printed_from, file_name = _not_titles()
    if printed_from.match(title) or file_name.search(title) or tool_titles.fullmatch(title):
        return None
    if " " not in title and (title.count("_") >= 2 or title.count("-") >= 3):
        return None  # annual_report_final, annual-report-2020-final: a file's name, not a title
    return title


# --- the document information dictionary ------------------------------------------------------------------
def _info_title(body: bytes) -> str | None:
    """``/Title`` of the information dictionary the last trailer names (incremental updates append a trailer
    each: the last one is the document's)."""
    refs = list(_INFO_REF.finditer(body))
    if not refs:
        return None
    number, generation = int(refs[-1].group(1)), int(refs[-1].group(2))
    # The last definition of the object is the one in force. Its usual spelling is found from the end; any
    # other white space by a pattern that opens with the number (searched for that literal first): a
    # lookbehind tried at every byte took a second on 5 MB of compressed streams.
    usual = b"%d %d obj" % (number, generation)
    at = body.rfind(usual)
    while at > 0 and body[at - 1 : at].isdigit():  # 19 0 obj is not 9 0 obj
        at = body.rfind(usual, 0, at)
    if at >= 0:
        return _dict_string(body, at + len(usual), b"Title")
    header = re.compile(rb"%d\s+%d\s+obj\b" % (number, generation))
    last = None
    for found in header.finditer(body):
        if not body[found.start() - 1 : found.start()].isdigit():
            last = found
    if last is not None:
        return _dict_string(body, last.end(), b"Title")
    return _title_in_object_streams(body, number)


def _title_in_object_streams(body: bytes, number: int) -> str | None:
    """``/Title`` of object ``number`` stored in a compressed object stream (PDF 1.5 and later)."""
    for index, found in enumerate(_OBJECT_STREAM.finditer(body)):
        if index >= _MAX_STREAMS:
            break
        start = body.rfind(b"<<", max(0, found.start() - _MAX_DICT), found.start())
        stream_at = body.find(b"stream", found.end(), found.end() + _MAX_DICT)
        if start < 0 or stream_at < 0:
            continue
        head = body[start:stream_at]
        if b"/Filter" in head and b"FlateDecode" not in head:
            continue  # another filter: not read
        data_at = stream_at + 6
        data_at += 2 if body[data_at : data_at + 2] == b"\r\n" else 1
        end = body.find(b"endstream", data_at)
        if end < 0:
            end = len(body)
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(body[data_at:end], _MAX_INFLATED)
        except zlib.error:
            continue
        count, first = _int_key(head, b"N"), _int_key(head, b"First")
        if count is None or first is None:
            continue
        numbers = data[:first].split()
        for i in range(0, min(len(numbers), 2 * count) - 1, 2):
            if numbers[i].isdigit() and int(numbers[i]) == number and numbers[i + 1].isdigit():
                return _dict_string(data, first + int(numbers[i + 1]), b"Title")
    return None


def _int_key(head: bytes, key: bytes) -> int | None:
    found = _INT_KEY[key].search(head)
    return int(found.group(1)) if found else None


def _dict_string(data: bytes, at: int, key: bytes) -> str | None:
    """The string value of ``/key`` in the dictionary that opens at or after ``at`` (its own keys only, not a
    nested dictionary's)."""
    start = data.find(b"<<", at, at + 256)
    if start < 0:
        return None
    i, end, depth = start + 2, min(len(data), start + _MAX_DICT), 1
    want = b"/" + key
    while i < end and depth:
        c = data[i : i + 1]
        if c == b"(":
            i = _literal(data, i, end)[1]
            continue
        if data.startswith(b"<<", i):
            depth += 1
            i += 2
        elif data.startswith(b">>", i):
            depth -= 1
            i += 2
        elif c == b"<":
            close = data.find(b">", i, end)
            i = close + 1 if close > 0 else end
        elif c == b"/" and depth == 1 and data.startswith(want, i) and not _name_char(data, i + len(want)):
            return _string_at(data, i + len(want), end)
        else:
            i += 1
    return None


def _name_char(data: bytes, i: int) -> bool:
    """Does a name go on at ``i`` (``/TitleExtra`` is not ``/Title``)?"""
    return i < len(data) and (data[i : i + 1].isalnum() or data[i : i + 1] in b"_-.")


def _string_at(data: bytes, i: int, end: int) -> str | None:
    """The string object after a key: a literal ``(...)`` or a hexadecimal ``<...>`` one."""
    while i < end and data[i : i + 1] in b" \t\r\n\f\x00":
        i += 1
    if data.startswith(b"(", i):
        raw = _literal(data, i, end)[0]
        return None if raw is None else pdf_string(raw)
    if data.startswith(b"<", i) and not data.startswith(b"<<", i):
        close = data.find(b">", i, end)
        if close < 0:
            return None
        digits = re.sub(rb"[^0-9A-Fa-f]", b"", data[i + 1 : close])
        if len(digits) % 2:
            digits += b"0"
        return pdf_string(bytes.fromhex(digits.decode("ascii")))
    return None  # an indirect reference or another type: not followed


_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _literal(data: bytes, i: int, end: int) -> tuple[bytes | None, int]:
    """The bytes of the literal string opening at ``data[i] == "("`` and the index after it: escapes read,
    balanced parentheses kept; ``None`` for a string not closed before ``end``."""
    out = bytearray()
    depth, i = 1, i + 1
    while i < end:
        c = data[i : i + 1]
        if c == b"\\":
            nxt = data[i + 1 : i + 2]
            if nxt in _ESCAPES:
                out += _ESCAPES[nxt]
                i += 2
            elif nxt.isdigit() and nxt < b"8":
                digits = re.match(rb"[0-7]{1,3}", data[i + 1 : i + 4])
                assert digits is not None
                out.append(int(digits.group(0), 8) & 0xFF)
                i += 1 + len(digits.group(0))
            elif nxt in (b"\r", b"\n"):  # a line continued
                i += 3 if data[i + 1 : i + 3] == b"\r\n" else 2
            else:
                out += nxt
                i += 2
            continue
        if c == b"(":
            depth += 1
        elif c == b")":
            depth -= 1
            if not depth:
                return bytes(out), i + 1
        out += c
        i += 1
    return None, end


def pdf_string(raw: bytes) -> str:
    """A PDF text string as text: UTF-16BE or UTF-8 after their byte order marks, else PDFDocEncoding."""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    return raw.decode("latin-1").translate(_PDF_DOC)


# --- XMP ---------------------------------------------------------------------------------------------------
def _xmp_title(body: bytes) -> str | None:
    """``dc:title`` of the XMP packets the file carries in the clear (the default language's item first).
    Images inside a PDF carry packets of their own: when the packets name different titles, none is taken."""
    titles: dict[str, None] = {}
    for index, found in enumerate(_XMP_TITLE.finditer(body)):
        if index >= 8:
            break
        items = list(_XMP_ITEM.finditer(found.group(1)))
        chosen = next((m for m in items if _XMP_DEFAULT.search(m.group(1))), items[0] if items else None)
        if chosen is None:
            continue
        text = clean_text(_TAGS.sub(" ", html.unescape(chosen.group(2).decode("utf-8", errors="replace"))))
        if text:
            titles[text] = None
    return next(iter(titles)) if len(titles) == 1 else None
