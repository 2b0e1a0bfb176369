"""What kind of answer a body is, by its ``Content-Type``: a page linkcheck reads as markup, or a file (a
PDF, told also by its first bytes when it comes untyped).

A page (HTML, XML, or an answer that names no type) is read within ``--max-bytes``; a page longer than that
is an ``error`` (``too_large``): past the cap it is either hostile or no longer verifiable in bounds. A file
(a PDF, an image, a video, an archive, any other type) is a citation's document, whatever its size: a 40 MB
report is not an error. The fetcher reads what linkcheck can use of it, at most ``--max-bytes`` (a PDF's
declared title; :mod:`linkcheck.extract.pdf`) and only its first :data:`PEEK_BYTES` of the media nothing is
read from (images, audio, video, fonts) or of a stream without end by design (a webcam's
``multipart/x-mixed-replace``, ``text/event-stream``), and reports it alive without reading the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from linkcheck.lazyre import lazy_re

__all__ = [
    "PEEK_BYTES",
    "REPLACEMENT_LABELS",
    "binary_format",
    "body_limit",
    "is_page",
    "is_pdf",
    "media_type",
    "mislabelled_page",
    "replacement_label",
    "utf16_as_utf8",
]

#: Bytes read of an image, audio, video or font file: nothing is read from them, and a small one still ends
#: its answer (the connection is kept) where a large one is cut.
PEEK_BYTES = 64 * 1024
#: Types of files nothing is read from.
_MEDIA = ("image/", "audio/", "video/", "font/", "model/")
#: Types of answers that stream without end by design, nothing in them to read: a server push that replaces
#: its parts forever (``multipart/x-mixed-replace``: a webcam's MJPEG stream, as articles cite a harbour
#: camera) and an EventSource's event stream (``text/event-stream``). Read as media is: their first
#: :data:`PEEK_BYTES` say they are alive; read on, they ran to the cap or the deadline (``error``).
_STREAMS = ("multipart/x-mixed-replace", "text/event-stream")


def media_type(content_type: str) -> str:
    """A ``Content-Type`` value's type without its parameters, in lower case (``Text/HTML; charset=x``:
    ``text/html``)."""
    return content_type.split(";", 1)[0].strip().lower()


def is_page(content_type: str) -> bool:
    """Is an answer of this ``Content-Type`` (lower case) a page read as markup: HTML, XML (``xhtml+xml``,
    ``rss+xml``) or no type at all? An image, audio or video in XML (``image/svg+xml``) is media, not a
    page: its ``<title>`` names a picture, not a document."""
    if "html" in content_type:
        return True
    if "xml" in content_type:
        return not content_type.lstrip().startswith(_MEDIA)
    return not content_type.strip()


#: Types a misconfigured server sends an HTML file with (a bucket or a static server that does not know the
#: file's extension): plain text and untyped bytes.
_MISLABELS = frozenset({"text/plain", "application/octet-stream", "binary/octet-stream"})
#: An HTML document's opening: a doctype or an ``<html>`` tag, after a UTF-8 byte order mark and blanks.
_HTML_OPENING = lazy_re(
    rb"(?:\xef\xbb\xbf)?[ \t\r\n\f]{0,1024}<(?:!doctype[ \t\r\n\f]+html|html[ \t\r\n\f>])", re.I
)


def mislabelled_page(content_type: str, body: bytes) -> bool:
    """Is an answer labelled plain text or untyped bytes (:data:`_MISLABELS`; ``content_type`` in lower
    case) an HTML document all the same, opening with a doctype or an ``<html>`` tag (:data:`_HTML_OPENING`)?
    The page is the one its author wrote and the label the server's mistake: it is read for its title as
    any page (it was reachable with nothing read, so a citation's title was never checked). Text that only
    holds markup later (a log, source code) is left as text. Asked only of an answer that is no page."""
    return media_type(content_type) in _MISLABELS and _HTML_OPENING.match(body) is not None


def body_limit(content_type: str, max_bytes: int) -> int:
    """Bytes of a body worth reading: ``max_bytes`` of a page or of a file linkcheck reads (a PDF, untyped
    bytes that may be one), :data:`PEEK_BYTES` of media and of an endless stream (:data:`_STREAMS`)."""
    typed = content_type.lstrip()
    if typed.startswith(_MEDIA) or (typed.startswith(_STREAMS) and media_type(typed) in _STREAMS):
        return min(PEEK_BYTES, max_bytes)
    return max_bytes


#: A PDF's header after what a download script may print before it: a UTF-8 byte order mark and blank lines
#: (a PHP source file saved with a BOM, a blank line after its closing tag), within the first 1,024 bytes
#: readers look in. No page begins so: its first character after blanks is ``<`` or text.
_PDF_AFTER_STRAY = lazy_re(rb"(?:\xef\xbb\xbf)?[ \t\r\n\f]{0,1016}%PDF-")
#: The first bytes :data:`_PDF_AFTER_STRAY` allows before a PDF's header.
_STRAY_FIRST = frozenset((b"\xef", b" ", b"\t", b"\r", b"\n", b"\f"))


def is_pdf(content_type: str, body: bytes) -> bool:
    """Is this answer a PDF: declared so, or sent as untyped bytes (``application/octet-stream``, no type)
    that open with a PDF's header (within its first 1,024 bytes, as readers allow), or labelled a page
    (``text/html``: a CMS that sends every download with its page type) and beginning with that header, which
    no page does, or with a byte order mark and blanks before it (a download script's stray output: host45).
    ``content_type`` is the header's value in lower case; its parameters (``; name="x.pdf"``) say nothing of
    the type."""
    kind = media_type(content_type)
    if "pdf" in kind:  # application/pdf, application/x-pdf, text/pdf
        return True
    untyped = not kind or "octet-stream" in kind or kind == "binary"
    if untyped:
        return b"%PDF-" in body[:1024]
    if body.startswith(b"%PDF-"):
        return is_page(kind)
    # a page's first byte is ``<`` or text: only a BOM or a blank first is looked at further (one compare)
    return body[:1] in _STRAY_FIRST and is_page(kind) and _PDF_AFTER_STRAY.match(body) is not None


#: Formats whose first bytes (their "magic number") no page or text begins with, and their names: what a
#: body is when a server labels it ``text/html`` by mistake (an image, or a compressed file sent as it is
#: stored, without its ``Content-Encoding``).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b\x08", "gzip-compressed data"),
    (b"\x28\xb5\x2f\xfd", "Zstandard-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"PK\x03\x04", "a ZIP archive"),
)
#: The first bytes of :data:`_MAGIC` and of a ``RIFF`` container: a body beginning otherwise (every page:
#: ``<``, a blank, a byte order mark) is not looked at further.
_MAGIC_FIRST = frozenset((*(magic[0] for magic, _ in _MAGIC), ord("R")))


def binary_format(body: bytes) -> str | None:
    """What ``body`` is by its first bytes when it is an image or compressed data (:data:`_MAGIC`): "a PNG
    image", "gzip-compressed data"; ``None`` for anything else (a page, text, a PDF). A page labelled so
    that is one of these has no title to read, and the report says what it is: "the page states no title"
    hid a server's mislabelling (a webcam's PNG, a ``.html.gz`` file sent without ``Content-Encoding``).
    WebP is told by its ``RIFF`` header's form type. Left alone: a body that begins with a blank, a byte
    order mark or text (``BZh`` must be followed by a block size digit)."""
    if not body or body[0] not in _MAGIC_FIRST:
        return None
    if body.startswith(b"RIFF"):
        return "a WebP image" if body[8:12] == b"WEBP" else None
    for magic, name in _MAGIC:
        if body.startswith(magic):
            if magic == b"BZh" and not body[3:4].isdigit():
                return None
            return name
    return None


#: The labels the Encoding Standard maps to its "replacement" encoding: encodings browsers refuse to read
#: (7-bit ones whose escapes could hide markup from a filter), so a page a server labels with one is shown
#: as a single U+FFFD, whatever its bytes. Python knows some of them (``hz``, ``iso2022_kr``) and read the
#: page a browser never shows.
REPLACEMENT_LABELS = frozenset(
    ("csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement")
)
_CHARSET_LABEL = lazy_re(r"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
#: How much of a ``Content-Type`` value is searched for its charset (real ones are under 100 characters).
_CONTENT_TYPE_CHARS = 200


@lru_cache(maxsize=64)
def replacement_label(content_type: str) -> str | None:
    """The charset label of a ``Content-Type`` value when the Encoding Standard maps it to the "replacement"
    encoding (:data:`REPLACEMENT_LABELS`: ``hz-gb-2312``, ``iso-2022-kr``...), else ``None``: browsers
    decode such a page to one U+FFFD (:func:`linkcheck.extract.decode.decode_html` too), so no reader sees
    it. Left alone: every other label, a label in ``<meta>`` (the HTML standard's prescan is not asked)."""
    if "charset" not in content_type.lower():
        return None
    m = _CHARSET_LABEL.search(content_type[:_CONTENT_TYPE_CHARS])
    label = m.group(1).lower() if m else None
    return label if label in REPLACEMENT_LABELS else None


#: The byte order marks of UTF-16 (little-endian first, as Windows writes it).
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def utf16_as_utf8(body: bytes) -> bytes:
    """``body`` re-encoded as UTF-8 when it opens with a UTF-16 byte order mark (which wins over any label:
    the Encoding Standard's BOM sniffing, as browsers decode), else ``body`` itself. The rules that read a
    page's bytes for ASCII markup (a meta refresh, a script's ``location``, a script-only stub) found
    nothing in UTF-16, a NUL between every letter: a UTF-16 stub's refresh was never followed. A page that
    opens otherwise costs one slice."""
    if body[:2] not in _UTF16_BOMS:
        return body
    return body.decode("utf-16", "replace").encode("utf-8")
