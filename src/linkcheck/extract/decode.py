"""Bytes to text the way browsers do it: BOM, then the Content-Type charset, then ``<meta charset>`` /
``http-equiv`` in the first bytes, then an XML declaration's ``encoding`` (XHTML), then detection
(charset-normalizer) when nothing was declared."""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from functools import lru_cache

from linkcheck.extract import tables
from linkcheck.extract.tables import title_separator_re
from linkcheck.lazyre import lazy_re
from linkcheck.media import replacement_label

__all__ = [
    "decode_html",
    "header_charset",
    "leading_blanks",
    "meta_charset",
    "utf16_order",
    "xml_charset",
]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CHARSET_PARAM = lazy_re(r"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_META_CHARSET = lazy_re(
    rb"""<[mM][eE][tT][aA][^>]{0,512}?[cC][hH][aA][rR][sS][eE][tT]\s*=\s*["']?\s*([\w.:-]+)"""
)
#: An XML declaration at the start of the document (after blanks): ``<?xml version="1.0" encoding="..."?>``.
_XML_DECLARATION = lazy_re(rb"""\s{0,64}<\?xml\s[^>]{0,200}?\bencoding\s*=\s*["']\s*([\w.:-]+)""")
#: How far browsers look for a ``<meta charset>`` (the standard says 1024 bytes; real heads are longer).
_PRESCAN_BYTES = 16384
#: Bytes handed to the detector: enough text to judge, bounded cost.
_DETECT_BYTES = 65536

_FAST_DETECT_BYTES = 16384
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CYRILLIC = lazy_re("[\u0410-\u044f\u0401\u0451]")
_CYRILLIC_LOWER = lazy_re("[\u0430-\u044f\u0451]")
#: Charset labels Python would read differently from a browser (or not at all), by the codec a browser decodes
#: them with (the WHATWG Encoding Standard's label table). Where the Standard's encoding is a superset of
#: the one its name says, as browsers decode it: ``Shift_JIS`` is Microsoft's code page 932 (NEC and IBM
#: symbols such as circled numbers, common in Japanese headlines, which Python's ``shift_jis`` cannot
#: decode), ``EUC-KR`` is code page 949 (Unified Hangul), ``Big5`` holds HKSCS, ``GB2312`` and ``GBK``
#: are read as GB 18030, ``ISO-8859-1`` and ``US-ASCII`` as windows-1252, ``ISO-8859-9`` as windows-1254,
#: ``TIS-620`` as windows-874. A few misspellings seen on real pages (``win-1251``, ``cp-1251``,
#: ``latin-1``) are kept.
_LABELS: dict[str, str] = {
    label: codec
    for codec, labels in {
        "cp1252": "ansi_x3.4-1968 ascii cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 "
        "iso_8859-1 iso_8859-1:1987 l1 latin1 latin-1 us-ascii x-cp1252",
        "cp1254": "csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 "
        "x-cp1254",
        "cp1250": "x-cp1250",
        "cp1251": "x-cp1251 win-1251 cp-1251",
        "cp1253": "x-cp1253",
        "cp1255": "x-cp1255",
        "cp1256": "x-cp1256",
        "cp1257": "x-cp1257",
        "cp1258": "x-cp1258",
        "cp874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
        "iso8859-2": "iso88592",
        "iso8859-3": "iso88593",
        "iso8859-4": "iso88594",
        "iso8859-5": "iso88595",
        "iso8859-6": "csiso88596e csiso88596i iso-8859-6-e iso-8859-6-i iso88596",
        "iso8859-7": "iso88597 sun_eu_greek",
        "iso8859-8": "csiso88598e csiso88598i iso-8859-8-e iso-8859-8-i iso88598 logical visual",
        "iso8859-10": "iso885910",
        "iso8859-13": "iso885913",
        "iso8859-14": "iso885914",
        "iso8859-15": "csisolatin9 iso885915",
        "koi8-r": "koi koi8",
        "koi8-u": "koi8-ru",
        "mac-roman": "csmacintosh mac macintosh x-mac-roman",
        "mac-cyrillic": "x-mac-cyrillic x-mac-ukrainian",
        "utf-8": "utf8 unicode-1-1-utf-8 unicode11utf8 unicode20utf8 x-unicode20utf8",
        "gb18030": "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
        "big5hkscs": "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
        "euc_jp": "cseucpkdfmtjapanese x-euc-jp",
        "cp932": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
        "cp949": "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 "
        "ksc_5601 windows-949",
        # the Standard's other names of UTF-16 (old Windows tools write "unicode"): read as UTF-16 is
        "utf-16-le": "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff",
        "utf-16-be": "unicodefffe",
    }.items()
    for label in labels.split()
}
#: The labels of the WHATWG Encoding Standard's codecs (what browsers decode), one per codec.
WEB_CHARSETS = (  # noqa: SIM905 - a list of words, read as one
    "utf-8 utf-16 utf-16-le utf-16-be cp866 iso-8859-1 iso-8859-2 iso-8859-3 iso-8859-4 iso-8859-5 "
    "iso-8859-6 iso-8859-7 iso-8859-8 iso-8859-10 iso-8859-13 iso-8859-14 iso-8859-15 iso-8859-16 koi8-r "
    "koi8-u mac-roman mac-cyrillic cp874 tis-620 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 "
    "cp1258 gb2312 gbk gb18030 big5 big5hkscs euc-jp iso-2022-jp shift_jis cp932 euc-kr cp949 ascii"
).split()
#: The codecs a declared charset may name: :data:`WEB_CHARSETS` by Python's name for each
#: (``codecs.lookup(label).name``, written out: looking them up would import 45 codec modules, ~25 ms of every
#: process's start; ``tests/test_extract_hostile.py`` checks the two agree). Python knows many more, and a
#: label a browser does not know is ignored as if missing; Python's own would decode the page wrong
#: (``utf-32``, ``punycode``, ``utf-7``) or raise whatever the error handler (``idna``, ``undefined``).
_WEB_CODECS = frozenset(
    (  # noqa: SIM905 - a list of words, read as one
        "utf-8 utf-16 utf-16-le utf-16-be cp866 iso8859-1 iso8859-2 iso8859-3 iso8859-4 iso8859-5 iso8859-6 "
        "iso8859-7 iso8859-8 iso8859-10 iso8859-13 iso8859-14 iso8859-15 iso8859-16 koi8-r koi8-u mac-roman "
        "mac-cyrillic cp874 tis-620 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 gb2312 "
        "gbk gb18030 big5 big5hkscs euc_jp iso2022_jp shift_jis cp932 euc_kr cp949 ascii"
    ).split()
)


def _codec(label: str | None, *, declared: bool = False) -> str | None:
    """A Python codec name for a charset label, or ``None`` when Python does not know it; a ``declared``
    one (by the page or its server) also when it is not one of :data:`_WEB_CODECS`."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABELS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if declared and name not in _WEB_CODECS:
        return None
    # A page cannot really be UTF-16 if its meta tag was readable as ASCII (the browser rule).
    return "utf-8" if name.startswith("utf-16") else name


#: Every label of UTF-16 in the Encoding Standard (UTF-16LE's, then UTF-16BE's), lower case.
_UTF16_LABELS = frozenset(
    (
        *("csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"),
        *("utf-16-le", "unicodefffe", "utf-16be", "utf-16-be"),
    )
)
#: How many first bytes :func:`utf16_order` judges (32 characters of UTF-16).
_UTF16_SNIFF_BYTES = 64


def _content_type(headers: Mapping[str, str]) -> str:
    """The ``Content-Type`` value of ``headers`` (its name in any capitalisation), or ``""``."""
    value = headers.get("content-type")
    if value is None:
        value = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    return value if isinstance(value, str) else ""


def _header_label(headers: Mapping[str, str] | None) -> str | None:
    """The charset label of a ``Content-Type`` header as written (lower case, unquoted), or ``None``."""
    m = _CHARSET_PARAM.search(_content_type(headers or {})[:_CACHED_VALUE_CHARS])
    return m.group(1).strip("\"'").lower() if m else None


def utf16_order(body: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``body``'s first bytes are UTF-16 of mostly ASCII markup (a NUL
    at every other byte, at least three in four of one parity, and none at the other), else ``None``: a page
    in UTF-8 or a legacy charset has no NUL there; one that begins with NULs alone (padding) is neither."""
    head = body[:_UTF16_SNIFF_BYTES]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    half = len(even)
    if b"\0" not in even and odd.count(0) * 4 >= half * 3:
        return "utf-16-le"
    if b"\0" not in odd and even.count(0) * 4 >= half * 3:
        return "utf-16-be"
    return None


#: Labels a document's ``<meta>`` names that the HTML standard's prescan reads as another encoding:
#: ``x-user-defined`` (the Encoding Standard's, which maps the bytes over 0x7F to private-use characters) is
#: windows-1252 there, as UTF-16 is UTF-8 (:func:`_codec`). A server's names no codec
#: (:func:`header_charset`); it is read as windows-1252 only below the page's own declaration
#: (:func:`_server_user_defined`).
_META_LABELS = {"x-user-defined": "cp1252"}


def comment_end_around(head: bytes, at: int) -> int | None:
    """Where the HTML comment holding byte ``at`` of ``head`` ends (the byte after its ``-->``; the length of
    ``head`` for one that does not end in it), or ``None`` when ``at`` is in no comment. As the HTML
    standard's encoding prescan skips comments: a ``<!--`` runs to the first ``>`` after it that two ``-``
    precede, so ``<!-->`` and ``<!--->`` end at once. Comments do not nest: the last ``<!--`` before ``at``
    decides (an earlier one ended before it, or at the same ``-->``). A commented-out ``<meta
    charset=koi8-r>`` of an old template, before the page's own, decoded a windows-1250 page as KOI8-R."""
    opened = head.rfind(b"<!--", 0, at)
    if opened < 0:
        return None
    closed = head.find(b"-->", opened + 2)
    if closed < 0:
        return len(head)
    end = closed + 3
    return end if end > at else None


#: The HTML standard's ASCII whitespace (tab, line feed, form feed, carriage return, space), as byte values.
_BLANK_BYTES = frozenset(b"\t\n\f\r ")
_LEADING_BLANKS = lazy_re(rb"[\t\n\f\r ]+")


def leading_blanks(body: bytes) -> int:
    """How many bytes of ASCII whitespace ``body`` begins with (0 for nearly every page: one byte looked at).

    Blanks before a document's first tag say nothing (the HTML tokenizer drops them before the doctype), but
    a template whose loop printed nothing can send a megabyte of blank lines before the page: the first bytes
    searched for a ``<meta charset>`` (:func:`meta_charset`) and the first megabyte handed to the parser
    (``checker.PARSE_BYTES``) held blanks only, so a windows-1257 page after 1.1 MB of them was decoded as
    windows-1252 and, in a report, read with no title at all. Both count from the first byte that is not a
    blank. Other bytes before a page (NULs, a BOM, text) are no blanks: they are left where they are."""
    if not body or body[0] not in _BLANK_BYTES:
        return 0
    m = _LEADING_BLANKS.match(body)
    return m.end() if m else 0


def meta_charset(body: bytes) -> str | None:
    """The codec an HTML document's ``<meta charset>`` or ``http-equiv`` declares in its first bytes after
    any leading blanks (:func:`leading_blanks`), as :func:`decode_html` reads it (a web charset, UTF-16 read
    as UTF-8, x-user-defined as windows-1252), or ``None``. A ``<meta>`` inside a comment declares nothing
    (:func:`comment_end_around`)."""
    start = leading_blanks(body)
    head = body[start : start + _PRESCAN_BYTES]
    m = _META_CHARSET.search(head)
    while m is not None and (end := comment_end_around(head, m.start())) is not None:
        m = _META_CHARSET.search(head, end)
    if m is None:
        return None
    label = m.group(1).decode("ascii", "replace")
    return _codec(_META_LABELS.get(label.lower(), label), declared=True)


def xml_charset(body: bytes) -> str | None:
    """The codec an XML declaration opening the document names (``<?xml version="1.0"
    encoding="ISO-8859-1"?>``, as XHTML pages begin), read as :func:`meta_charset` reads a label, or
    ``None``: an XML parser's declaration, believed when neither the server nor a ``<meta>`` declares one."""
    if b"<?xml" not in body[:80]:
        return None
    m = _XML_DECLARATION.match(body)
    return _codec(m.group(1).decode("ascii", "replace"), declared=True) if m else None


def _server_user_defined(headers: Mapping[str, str] | None) -> str | None:
    """``cp1252`` when a server labels its page ``x-user-defined`` (and neither a ``<meta>`` nor an XML
    declaration names a charset), else ``None``. The Encoding Standard's x-user-defined makes every byte over
    0x7F a private-use character: no page is written in it, and the HTML standard reads the label as
    windows-1252 in a ``<meta>`` (:data:`_META_LABELS`) for that reason. Ignored, the label left the page to
    detection, which read a short French page in windows-1252 as windows-1250 ("après" as "aprčs": the
    fifty-fourth hostile round). :func:`header_charset` still names no codec for it (a server's label keeps
    its place below the page's own declaration)."""
    if not headers:
        return None
    return "cp1252" if "x-user-defined" in _content_type(headers).lower() else None


def header_charset(headers: Mapping[str, str] | None) -> str | None:
    """The charset of a ``Content-Type`` header (any capitalisation of the name), as a codec name."""
    if not headers:
        return None
    for key, value in headers.items():
        if key.lower() == "content-type" and isinstance(value, str):
            if len(value) <= _CACHED_VALUE_CHARS:
                return _content_type_charset(value)
            return _content_type_charset.__wrapped__(value)
    return None


#: Content-Type values up to this length are memoised (a run sees a handful of distinct ones).
_CACHED_VALUE_CHARS = 200


@lru_cache(maxsize=256)
def _content_type_charset(value: str) -> str | None:
    m = _CHARSET_PARAM.search(value)
    return _codec(m.group(1), declared=True) if m else None


def _cyrillic_single_byte(body: bytes) -> str | None:
    """A fast path for the commonest undeclared legacy pages: Russian in windows-1251 or KOI8-R.

    Read as the candidate charset, the non-ASCII characters of real text are nearly all Cyrillic letters,
    most of them lower-case (KOI8-R read as windows-1251 comes out mostly upper-case, and the reverse).
    """
    sample = body[:_FAST_DETECT_BYTES]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    if high < 20:
        return None
    for codec in ("windows-1251", "koi8-r"):
        text = sample.decode(codec, errors="replace")
        cyrillic = len(_CYRILLIC.findall(text))
        if cyrillic >= 0.9 * high and len(_CYRILLIC_LOWER.findall(text)) >= 0.6 * cyrillic:
            return codec
    return None


def _detect(body: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:_DETECT_BYTES]).best()
    except Exception:  # the detector is a heuristic; its failure must never be ours
        return None
    return _codec(best.encoding) if best is not None else None


def _text_sample(body: bytes) -> bytes:
    """The bytes the detectors judge a charset by: from the first that is not a leading blank (a sample of
    blanks says nothing of a text's charset; :func:`leading_blanks`)."""
    start = leading_blanks(body)
    return body[start : start + _DETECT_BYTES] if start else body


def _strict_utf8(body: bytes, *, cut: bool = True) -> str | None:
    """``body`` as UTF-8 if it is UTF-8, tolerating a character cut at the end (a body read up to a byte
    cap ends mid-sequence) unless ``cut`` is false (a page's field is whole: :func:`undone_fields`);
    ``None`` otherwise."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        if cut and exc.start >= len(body) - 3 and exc.reason == "unexpected end of data":
            try:
                return body[: exc.start].decode("utf-8")
            except UnicodeDecodeError:
                return None
        return None


#: An overlong two-byte UTF-8 sequence (a lead byte C0 or C1 and a continuation byte): an ASCII character
#: spelt in two bytes, which no encoder writes ("<" as C0 BC); or a UTF-16 surrogate encoded on its own in
#: three bytes (ED A0-BF xx), as CESU-8 and Java's "modified UTF-8" write a character beyond the BMP (an
#: emoji as two of them: ED A0 BD ED BA A2), which a MySQL ``utf8`` column or a Java service passes on.
_OVERLONG = lazy_re(rb"[\xc0\xc1][\x80-\xbf]|\xed[\xa0-\xbf][\x80-\xbf]")


def overlong_only(body: bytes) -> bool:
    """Whether ``body`` (not UTF-8) is UTF-8 but for overlong two-byte sequences and encoded surrogates
    (:data:`_OVERLONG`): bytes written to slip ASCII markup past a filter ("<script>" as C0 BC ... C0 BE), or
    an emoji written as CESU-8, not a legacy charset's text. A page labelled UTF-8 with them is read as
    UTF-8, each invalid byte a U+FFFD as browsers read it, not handed to detection (which reads a short page
    with a few of them as a Baltic or Romanian code page). Left alone: a body with any other invalid byte
    (a legacy page mislabelled UTF-8: "café" in windows-1252)."""
    if b"\xc0" not in body and b"\xc1" not in body and b"\xed" not in body:
        return False
    return _strict_utf8(_OVERLONG.sub(b"", body)) is not None


#: UTF-8's lead bytes of a multi-byte character (C2-F4): one per non-ASCII character of valid UTF-8.
_UTF8_LEADS = bytes(range(0xC2, 0xF5))
#: A document's first ``<title>`` and its text, where :func:`utf8_before_switch` looks for a letter.
_TITLE_TEXT = lazy_re(rb"<title[^>]{0,200}>([^<]{0,2000})</title", re.IGNORECASE)


def utf8_before_switch(body: bytes, first_bad: int) -> bool:
    """Whether a page labelled UTF-8 whose first invalid byte is ``first_bad`` is UTF-8 that switches to
    another charset part-way (a legacy widget's block pasted after the article), not a legacy page
    mislabelled from its first byte: the valid bytes before the switch hold two or more non-ASCII
    characters, or the page's ``<title>`` lies wholly in them and holds a non-ASCII letter. A browser keeps
    the declared UTF-8 and shows U+FFFD for the invalid bytes; detection over the whole page read a UTF-8
    "café" title as windows-1251 "cafГ©" (host40's ``/charset-switch-mid-body``).

    Why not one non-ASCII character anywhere: legacy text forms one valid UTF-8 pair by chance, a one-letter
    word then a no-break space or a closing quote ("В" and U+00A0 in windows-1251 are C2 A0), but the next
    word of two legacy letters is never valid UTF-8 (two bytes over 0xBF in a row), so a second chance pair
    before the first invalid byte all but never happens, and a chance pair ends a title only with an
    unlettered character (U+00A0) or breaks it. Left alone: a page whose non-ASCII bytes are not UTF-8 from
    the first (detected, as the 2% rule in :func:`decode_html` meant), a page of ASCII then a legacy block
    (nothing but its label says UTF-8), and a page whose only UTF-8 is a byte-order mark (no text).
    Called only for a page labelled UTF-8 that is not valid UTF-8."""
    prefix = body[:first_bad]
    leads = len(prefix) - len(prefix.translate(None, _UTF8_LEADS))
    if leads >= 2:
        return True
    if leads == 0:
        return False
    m = _TITLE_TEXT.search(prefix)
    return m is not None and any(c.isalpha() and c > "\x7f" for c in m.group(1).decode("utf-8", "replace"))


def _first_invalid(body: bytes) -> int:
    """Where ``body``'s first byte that is not UTF-8 lies (its length when it is all UTF-8)."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return len(body)


#: How far into a page's text the marks of UTF-8 gone through UTF-8 twice are looked for (:func:`_undoubled`):
#: its head and title, where such a page shows it as much as anywhere.
_DOUBLED_WINDOW = 16 * 1024


#: Windows-1252's five holes (81, 8D, 8F, 90, 9D): the Encoding Standard reads each as the C1 control of its
#: number, and so does every tool that followed it, or read the bytes as Latin-1.
_CP1252_HOLES = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))
#: Windows-1252's characters in 80-9F (the euro, curly quotes, dashes...) by the byte each stands for, for
#: ``str.translate``: with them turned back into their bytes' C1 controls, text read as windows-1252 (or as
#: Latin-1, or a mix: holes and all) encodes to its bytes as Latin-1 (:func:`_as_read_bytes`).
_CP1252_BYTE = {ord(bytes((b,)).decode("cp1252")): b for b in range(0x80, 0xA0) if b not in _CP1252_HOLES}
#: A UTF-8 lead byte (C2-F4) read as windows-1252 and followed by a continuation byte (80-BF) so read: the
#: pair UTF-8 gone through UTF-8 twice shows for every character beyond ASCII ("Ã©" for "é", "Ð\x9d" for
#: "Н", "æ\x9d±" for "東", "â€™" for "’"). Real text forms one rarely (a capital or an accented letter
#: then a sign: "OLÉ»"), and then the whole text's round trip fails (:func:`_undone`).
_DOUBLED_PAIR = lazy_re("[\u00c2-\u00f4][\u0080-\u00bf" + "".join(sorted(map(chr, _CP1252_BYTE))) + "]")
#: How many times over a text is undone at most (a site moved twice by such a tool: "LÃ¢â‚¬â„¢").
_MAX_DOUBLINGS = 3


def _as_read_bytes(text: str) -> bytes | None:
    """The bytes ``text`` was read from if it was read as windows-1252 the Encoding Standard's way (or as
    Latin-1): windows-1252's own characters in 80-9F to their bytes, every other character up to U+00FF
    (the holes' C1 controls among them) to its own; ``None`` when ``text`` holds any other character (a
    Cyrillic letter, a CJK one: it was not so read). Python's ``cp1252`` codec refuses the holes' controls,
    so UTF-8 whose bytes hold one (Н, Ё and А are D0 9D, D0 81 and D0 90; 東 is E6 9D B1) never went back."""
    try:
        return text.translate(_CP1252_BYTE).encode("latin-1")
    except UnicodeEncodeError:
        return None


def _undone(text: str, *, cut: bool = True) -> str:
    """``text`` as written before it went through UTF-8 twice (or three times: undone until it no longer
    round-trips, at most :data:`_MAX_DOUBLINGS` times): read back to bytes (:func:`_as_read_bytes`), valid
    UTF-8 as :func:`_strict_utf8` reads it (a character cut at the end tolerated, as a capped body ends,
    unless ``cut`` is false); ``text`` itself when the trip fails: a character windows-1252 has not, or a
    byte that is no UTF-8 ("SÃO PAULO" is C3 4F, "ESPAÑA" D1 41); real text passes it all but never."""
    for _ in range(_MAX_DOUBLINGS):
        raw = _as_read_bytes(text)
        undone = _strict_utf8(raw, cut=cut) if raw is not None else None
        if undone is None or undone == text:
            break
        text = undone
    return text


def _undoubled(body: bytes, text: str) -> str:
    """``text`` (a body read as UTF-8) as its author wrote it when it went through UTF-8 twice (an import
    that read UTF-8 as windows-1252 and wrote it as UTF-8 again: "l’île" as "lâ€™Ã®le", "Новый" as
    "Ð\\x9dÐ¾Ð²Ñ‹Ð¹"): read back to its bytes, it is valid UTF-8 (:func:`_undone`). ``text`` itself when
    its first 16 KiB hold no lead-and-continuation pair (:data:`_DOUBLED_PAIR`), or when the round trip
    fails. Browsers show the mojibake; read so, the title matched no citation. Every such pair's first
    character is U+00C2-U+00F4, whose UTF-8 begins with the byte C3, so a page whose first 16 KiB of bytes
    hold none (every Cyrillic, Greek or CJK page written once) costs one ``memchr``."""
    if body.find(b"\xc3", 0, _DOUBLED_WINDOW) < 0 or _DOUBLED_PAIR.search(text, 0, _DOUBLED_WINDOW) is None:
        return text
    undone = _undone(text)
    # the whole text failed: only part of the page went through twice (a story pasted into a good template)
    return undone if undone != text else undone_fields(text)


def doubled_marks(text: str) -> bool:
    """Whether ``text`` (a short one: a page's title, its description, an author's name) holds a mark of
    UTF-8 read as windows-1252 and written as UTF-8 again: a lead-and-continuation pair
    (:data:`_DOUBLED_PAIR`: "Ã©", "Ð¾", "æ\\x9d", "â€"), for a reader that decoded with
    ``undo_doubled=False`` to ask whether :func:`decode_html`'s full reading is worth its scan. An ASCII
    text (most titles) costs one ``isascii``. A real "OLÉ»" holds one too; the round trip then leaves the
    text as it was."""
    return not text.isascii() and _DOUBLED_PAIR.search(text) is not None


def undone_fields(text: str) -> str:
    """``text`` (a page read as UTF-8) with each of its fields that alone went through UTF-8 twice read as
    written, when the page as a whole did not: a story or a byline pasted through a double encoding into a
    template in good UTF-8 ("JÃ¼rgen MÃ¼ller" under "Fähre nach Föhr", a headline "La criÃ©e ..." beside a
    menu's "Économie"), where :func:`decode_html`'s whole-text round trip fails on the template's letters.
    A field is a run of text between markup's delimiters ``<``, ``>`` and ``"``: a text node, an attribute's
    value, a JSON string in a script, what one source wrote. One is undone when it holds a
    lead-and-continuation pair (:data:`_DOUBLED_PAIR`) and all of it round-trips, no character cut at the
    end forgiven (a field is whole). Real letters beside the marks keep theirs ("Why José shows up as
    JosÃ©": "é " is E9 20, no UTF-8), and so does a real title whose letters happen to pair
    ("«\u00a0Le dernier café\u00a0»": AB A0 begins it). Only the fields around a pair are looked at."""
    parts: list[str] = []
    done = 0
    for pair in _DOUBLED_PAIR.finditer(text):
        at = pair.start()
        if at < done:
            continue  # a pair of the field just read
        start = max(
            done, text.rfind("<", done, at) + 1, text.rfind(">", done, at) + 1, text.rfind('"', done, at) + 1
        )
        end = min(
            (i for i in (text.find("<", at), text.find(">", at), text.find('"', at)) if i >= 0),
            default=len(text),
        )
        field = text[start:end]
        undone = _undone(field, cut=False)
        parts += (text[done:start], undone if undone != field else _undone_beside_a_name(field, text))
        done = end
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


#: The longest site name :func:`_undone_beside_a_name` takes the other side of a title's separator for.
_SITE_NAME_CHARS = 80


def _undone_beside_a_name(field: str, text: str) -> str:
    """``field`` (one of :func:`undone_fields`' fields, whose whole round trip failed) with its headline
    read as written when the headline alone went through UTF-8 twice beside a site name in good UTF-8: a
    ``<title>`` "La lonja de Vigo reabre ... mÃ¡s ... | Faro del Miño" (a template's name around a pasted
    headline), where the name's "ñ" fails the field's trip. The field is cut once, at its last title
    separator (headline, then name) or else at its first (name, then headline), and never elsewhere: a
    separator inside the headline stays in it ("Ã© and Ã±: ... – what José sees | The Byte Desk" keeps
    its marks, its headline's real "é" failing the trip). The headline side is undone when it holds a
    lead-and-continuation pair and all of it round-trips; the name side must hold no pair, be at most
    :data:`_SITE_NAME_CHARS` long, and be named elsewhere by the page as a site names itself
    (:func:`_names_itself`), so a real headline cut in two at its only separator is never read as a name.
    ``field`` itself otherwise."""
    separators = list(title_separator_re().finditer(field))
    if not separators:
        return field
    last, first = separators[-1], separators[0]
    for head, name in (
        ((0, last.start()), (last.end(), len(field))),
        ((first.end(), len(field)), (0, first.start())),
    ):
        words = field[name[0] : name[1]].strip()
        headline = field[head[0] : head[1]]
        if (
            not words
            or len(words) > _SITE_NAME_CHARS
            or _DOUBLED_PAIR.search(words) is not None
            or _DOUBLED_PAIR.search(headline) is None
            or not _names_itself(words, text)
        ):
            continue
        undone = _undone(headline, cut=False)
        if undone != headline:
            return field[: head[0]] + undone + field[head[1] :]
    return field


def _names_itself(name: str, text: str) -> bool:
    """Whether the page ``text`` names ``name`` elsewhere as a site names itself: as a field of its own
    (``>name<``, ``"name"``: ``og:site_name``'s value, a masthead's link) or as the whole holder of a
    copyright line (``tables.COPYRIGHT_HOLDER_RE``: "© 2024 Il Giornale di Cantù. Tutti i diritti
    riservati.", a footer, the one place some templates name their site beside the ``<title>``). Never as
    the start of a longer holder ("© 2024 Ask Núñez Media Group.": a parent company's name, not the title's
    "Ask Núñez"), nor in a sentence. Host56's leftover; the copyright lines are read only for a name the
    page holds twice (the title's and one more) and a page holding a copyright sign."""
    if f">{name}<" in text or f'"{name}"' in text:
        return True
    if text.count(name) < 2 or ("©" not in text and "&copy;" not in text and "&#169;" not in text):
        return False
    return any(m.group(1).rstrip() == name for m in tables.COPYRIGHT_HOLDER_RE.finditer(text))


#: Windows-1252's punctuation in 80-9F (curly quotes, dashes, the ellipsis, the euro...), the C1 controls in
#: Latin-1 and in UTF-8 continuation bytes with no lead: the bytes :func:`_legacy_punctuation` accepts.
_CP1252_PUNCTUATION = frozenset(range(0x80, 0xA0)) - _CP1252_HOLES
#: Every byte below 80, to be deleted by ``bytes.translate`` (what is left is a body's bytes beyond ASCII).
_ASCII_BYTES = bytes(range(0x80))


def _legacy_punctuation(body: bytes) -> str | None:
    """``body`` read as windows-1252 when its only bytes beyond ASCII are windows-1252 punctuation
    (:data:`_CP1252_PUNCTUATION`: "master\x92s", "\x93quoted\x94", "2019\x962020"), none forming UTF-8; else
    ``None``. A page labelled UTF-8 that holds no UTF-8 character at all, only such bytes, is text written
    in a Windows code page and served with a UTF-8 label (an English CMS fed from a word processor): read as
    UTF-8, each apostrophe was a U+FFFD and a title "Harbour master’s report" matched no citation. Any
    other byte beyond ASCII (a letter, valid UTF-8) leaves it to :func:`_labelled_utf8`'s reading."""
    high = body.translate(None, _ASCII_BYTES)
    if not high or not _CP1252_PUNCTUATION.issuperset(high):
        return None
    return body.decode("cp1252")


def _labelled_utf8(body: bytes, undo: bool = True) -> str | None:
    """``body``, labelled UTF-8 (by its server, its ``<meta>`` or a byte-order mark), as UTF-8 with U+FFFD
    for the invalid bytes; ``None`` when it is a legacy page mislabelled (to be detected): more than 2% of it
    invalid, not only overlong sequences (:func:`overlong_only`), and no UTF-8 text before the first invalid
    byte (:func:`utf8_before_switch`). Valid UTF-8 that went through UTF-8 twice is undone
    (:func:`_undoubled`) when ``undo`` (:func:`decode_html`'s ``undo_doubled``); bytes beyond ASCII that are
    all windows-1252 punctuation are read so (:func:`_legacy_punctuation`)."""
    text = _strict_utf8(body)
    if text is not None:
        return _undoubled(body, text) if undo else text
    punctuation = _legacy_punctuation(body)
    if punctuation is not None:
        return punctuation
    text = body.decode("utf-8", errors="replace")
    # A page labelled UTF-8 that is mostly not (a legacy CMS behind a new server): detect instead.
    if text.count("\ufffd") * 50 < len(text) or overlong_only(body):
        return text
    if utf8_before_switch(body, _first_invalid(body)):
        return text
    return None


def decode_html(body: bytes, headers: Mapping[str, str] | None = None, *, undo_doubled: bool = True) -> str:
    """Decode an HTML response body. Never raises; undecodable bytes become U+FFFD.

    Order: byte-order mark, ``Content-Type`` charset, ``<meta charset>`` or ``http-equiv`` in the first
    16 KiB after any leading blanks, an XML declaration's ``encoding`` at the start (XHTML), strict UTF-8,
    then detection (charset-normalizer). A declared single-byte charset is not believed when the bytes are
    valid, non-ASCII UTF-8 (a common server misconfiguration).

    A page labelled UTF-8 that went through UTF-8 twice is read as its author wrote it (:func:`_undoubled`),
    unless ``undo_doubled`` is false: the page reader (``extract.core``) decodes without it and asks again
    only when the page's title shows the marks (:func:`doubled_marks`), which keeps the 16 KiB scan for
    them off every other page (cost32).
    """
    if not body:
        return ""
    if isinstance(body, str):  # tolerate a caller that already decoded
        return body
    for bom, name in _BOMS:
        if body.startswith(bom):
            if name == "utf-8":
                # A UTF-8 mark over a page whose letters are legacy from the first: the mark is no text, so
                # the page is judged as one labelled UTF-8 (:func:`_labelled_utf8`), not read as all U+FFFD.
                body = body[len(bom) :]
                text = _labelled_utf8(body, undo_doubled)
                if text is not None:
                    return text
                sample = _text_sample(body)
                return body.decode(
                    _cyrillic_single_byte(sample) or _detect(sample) or "utf-8", errors="replace"
                )
            return body[len(bom) :].decode(name, errors="replace")
    declared = header_charset(headers)
    if declared == "utf-8" and body.find(b"\0", 0, 2) >= 0:  # ``find``: ``in`` costs ~1 k more (cost15)
        # a server's UTF-16 label (any of the Standard's: "unicode", "ucs-2"...) reads as UTF-8 for a page
        # whose bytes are UTF-8 (a wrong label); over bytes that are UTF-16, it is the page's encoding, as
        # browsers read a server's label
        order = utf16_order(body)
        if order is not None and _header_label(headers) in _UTF16_LABELS:
            return body.decode(order, errors="replace")
    if declared is None:
        if headers and replacement_label(_content_type(headers)) is not None:
            return "\ufffd"  # the Encoding Standard's replacement decoder: one U+FFFD for the whole page
        declared = meta_charset(body) or xml_charset(body) or _server_user_defined(headers)
    if declared is not None and declared != "utf-8" and not body.isascii():
        # Servers that default to ISO-8859-1 in the header while the page is UTF-8 are common; text in a
        # single-byte charset almost never forms valid UTF-8 sequences, so strict UTF-8 is the safer read.
        text = _strict_utf8(body)
        if text is not None:
            return text
    if declared == "utf-8":
        text = _labelled_utf8(body, undo_doubled)
        if text is not None:
            return text
        sample = _text_sample(body)
        declared = _cyrillic_single_byte(sample) or _detect(sample) or "utf-8"
    if declared is not None:
        try:
            return body.decode(declared, errors="replace")
        except LookupError:  # pragma: no cover - _codec only returns known codecs
            pass
    text = _strict_utf8(body)
    if text is not None:
        return text
    sample = _text_sample(body)
    detected = _cyrillic_single_byte(sample) or _detect(sample) or "windows-1252"
    try:
        return body.decode(detected, errors="replace")
    except LookupError:  # pragma: no cover
        return body.decode("windows-1252", errors="replace")


#: A surrogate code point: in a ``str`` only a lone one (a pair is one character); UTF-8 cannot hold it. It
#: reaches a string from a JSON escape (``"\\ud83d"`` without its pair) or a file name read with
#: ``surrogateescape``, never from a body this module decoded.
_SURROGATE = lazy_re("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with every surrogate code point replaced by U+FFFD; ``text`` itself (the same object) when it
    holds none, so a caller can tell whether anything was mended by identity."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
