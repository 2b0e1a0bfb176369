"""The ``sources.txt`` manifest: parse it into citations and write citations back as a manifest.

The format (documented in ``docs/sources-format.md``) is one cited URL per line, followed by optional
``| key: value`` fields::

    # comments and blank lines are ignored
    @article | date: 2020-01-09 | title: ... | url: ...
    https://ria.ru/20200109/1563219328.html | outlet: RIA Novosti | date: 2020-01-09
    https://www.example.com/story | title: "A title with | a pipe" | date: 2019-09

Everything here is pure: strings in, :class:`~linkcheck.models.Citation` values out. The one function that
touches the file system is :func:`read_sources`, which reads a file and hands its text to
:func:`parse_sources`. :func:`iter_sources` is the generator behind it: it takes lines (a file object will
do) and yields each citation as its line is read, so a long manifest need never be held whole. A malformed
line raises :class:`~linkcheck.errors.ManifestError` naming the file, the line and what was expected; with
``keep_going=True`` it becomes a citation whose ``error`` says the same, and parsing goes on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from codecs import BOM_UTF8
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple, TypeVar
from urllib.parse import urlsplit

from linkcheck.errors import InputError, ManifestError
from linkcheck.lazyre import lazy_re
from linkcheck.models import Article, Citation, PartialDate, _unchecked_citation, unplaced
from linkcheck.wrappers import unwrap_redirect

__all__ = [
    "ARTICLE_KEYS",
    "CITATION_KEYS",
    "LINE_BREAK",
    "format_sources",
    "iter_source_urls",
    "iter_sources",
    "line_ends",
    "not_text",
    "not_utf8",
    "parse_sources",
    "plain_netloc",
    "read_sources",
    "url_problem",
]

#: The fields a citation line accepts, in the order :func:`format_sources` writes them.
CITATION_KEYS: tuple[str, ...] = ("title", "date", "outlet", "note", "archive", "accessed", "quote")
#: The fields an ``@article`` line accepts.
ARTICLE_KEYS: tuple[str, ...] = ("date", "title", "url")
#: Other spellings people bring from wikitext or from the JSON report; read as the canonical key.
KEY_ALIASES: dict[str, str] = {
    "archive-url": "archive",
    "archive_url": "archive",
    "archiveurl": "archive",
    "access-date": "accessed",
    "access_date": "accessed",
    "accessdate": "accessed",
}

#: A manifest's line ends: LF, CR LF and CR only (a form feed, NEL or U+2028 stays inside a line, as a title
#: pasted from a CMS may hold one). The CLI's sniff of a manifest splits by it too (``cli.manifest_lines``).
LINE_BREAK = lazy_re(r"\r\n|\r|\n")
_KEY = lazy_re(r"[A-Za-z][A-Za-z0-9_-]*")
#: Any whitespace: for str patterns ``\s`` is exactly what ``str.isspace`` accepts (NBSP, U+3000, ...).
_SPACE = lazy_re(r"\s")
# A URL scheme (RFC 3986) followed by something that is not a space: "https://...", "mailto:x@y".
_SCHEME = lazy_re(r"^([A-Za-z][A-Za-z0-9+.-]+):(?=\S)")
# "www.example.com/story": a host name without a scheme.
_HOST_LIKE = lazy_re(r"^[\w-]+(?:\.[\w-]+)+(?:[:/?#]|$)")
_WEB_SCHEMES = frozenset({"http", "https"})
#: A plain web URL: http(s), an ASCII host name or IPv4 address with an optional port (group 1, the netloc),
#: then printable ASCII without spaces. ``urlsplit`` (~3 µs) only ever rejects a netloc with a bracket or a
#: character outside ASCII, and this one has neither: see :func:`plain_netloc`.
_PLAIN_WEB_URL = lazy_re(r"[hH][tT][tT][pP][sS]?://([A-Za-z0-9.-]+(?::[0-9]*)?)(?:[/?#][!-~]*)?")


#: Characters a web page may carry inside or after an address that no reader sees and no address holds, as a
#: ``str.translate`` table that drops them: the soft hyphen (U+00AD, a CMS's hyphenation), the zero-width
#: space (U+200B, a break opportunity a CMS puts in a long address), the word joiner (U+2060) and a
#: zero-width no-break space (U+FEFF) inside a line. Not the zero-width (non-)joiners, which some scripts'
#: words (an IDN's) hold.
INVISIBLE_IN_URL = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def has_invisible(url: str) -> bool:
    """Whether ``url`` holds a character of :data:`INVISIBLE_IN_URL`."""
    return "\u00ad" in url or "\u200b" in url or "\u2060" in url or "\ufeff" in url


def plain_netloc(url: str) -> str | None:
    """The netloc of ``url`` when it is a plain web URL (as ``urlsplit`` reads it, in a fifth of the time), or
    ``None`` for any other URL. Such a URL passes every check a manifest makes of a URL."""
    plain = _PLAIN_WEB_URL.fullmatch(url)
    return None if plain is None else plain.group(1)


_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "r": "\r", "t": "\t"}


class _LineError(Exception):
    """A malformed line; carries the message and the raw first field (for ``keep_going``)."""

    def __init__(self, message: str, raw_url: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.raw_url = raw_url


class _Field(NamedTuple):  # a tuple: built four times a line, three times as fast as a frozen dataclass
    value: str
    quoted: bool
    column: int  # 1-based column where the value starts, for messages


# --------------------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------------------


def read_sources(path: str | os.PathLike[str], *, keep_going: bool = False) -> list[Citation]:
    """Read a manifest file (UTF-8, a byte-order mark tolerated) and parse it with :func:`parse_sources`.

    Every citation's ``source`` is the path as given. Raises :class:`~linkcheck.errors.InputError` naming the
    file when it cannot be read or is not UTF-8, and :class:`~linkcheck.errors.ManifestError` for a
    malformed line (unless ``keep_going``).
    """
    source = os.fspath(path)
    try:
        with open(source, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise unreadable(source, exc) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        body = exc.object  # the bytes after a UTF-8 byte-order mark, which the offset does not count
        byte, line = body[exc.start], line_ends(body[: exc.start]) + 1
        raise not_utf8(source, data[:4], byte, exc.start, line) from exc
    nul = data.find(b"\0")
    if nul >= 0:
        raise not_text(source, data, nul)
    return parse_sources(text, source, keep_going=keep_going)


#: The byte-order marks of the other Unicode encodings, which editors write at the start of a file
#: (Windows' "Unicode" is UTF-16 LE with its mark): longest first, as UTF-32 LE's begins with UTF-16 LE's.
_OTHER_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


#: What a ZIP archive given as an article is, by its file's extension (a word processor's or an e-book's
#: file is a ZIP archive of XML parts: added after the seed18 probe, where a Google Docs export was told
#: only "not UTF-8 text (byte 0xac at offset 10)").
_ZIP_KINDS = {
    ".docx": "a Word document (.docx)",
    ".docm": "a Word document (.docm)",
    ".odt": "an OpenDocument text (.odt)",
    ".epub": "an EPUB e-book",
    ".pages": "a Pages document",
    ".xlsx": "an Excel workbook (.xlsx)",
    ".pptx": "a PowerPoint presentation (.pptx)",
}


def _document_kind(source: str, start: bytes) -> str | None:
    """What a file that is not text is, told by its first bytes (``start``): a ZIP archive (named by its
    extension where that says which document it is) or a PDF; ``None`` for any other bytes."""
    if start.startswith(b"PK\x03\x04"):
        kind = _ZIP_KINDS.get(os.path.splitext(source.lower())[1])
        return kind or "a ZIP archive (a Word .docx, an OpenDocument .odt, an EPUB are such archives)"
    if start.startswith(b"%PDF"):
        return "a PDF file"
    return None


def unreadable(source: str, exc: OSError) -> InputError:
    """The error for a manifest file that cannot be opened or read: the file and why, with ``source`` and
    ``reason`` set and ``line`` ``None`` (no line is at fault), as docs/api.md says an ``InputError`` for a
    file that cannot be read carries them (they were ``None``: the api6 probe). Its caller chains ``exc`` as
    the ``__cause__``, so a caller can still tell a missing file from a permission by the ``OSError`` (its
    ``errno``); the message is the same as before."""
    if isinstance(exc, FileNotFoundError):
        reason = "no such file"
    elif isinstance(exc, IsADirectoryError):
        reason = "is a directory, not a sources file"
    else:
        reason = f"cannot read: {exc.strerror or exc}"
    return InputError(f"{source}: {reason}", source=source, reason=reason)


def not_utf8(source: str, start: bytes, byte: int, offset: int, line: int) -> InputError:
    """The error for input that is not UTF-8, the same from the library and the command line: the line and
    the byte at fault (its offset counted after a UTF-8 byte-order mark); when the input starts with
    another Unicode encoding's byte-order mark (``start``: its first bytes), which encoding it is instead,
    since its first byte is then all an offset would name."""
    for mark, name in _OTHER_BOMS:
        if start.startswith(mark):
            reason = (
                f"not UTF-8 text: it is {name} (it starts with {name}'s byte-order mark); save it as UTF-8"
            )
            return InputError(f"{source}:1: {reason}", source=source, line=1, reason=reason)
    if (kind := _document_kind(source, start)) is not None:
        reason = f"not text: it is {kind}; save or export it as a web page (.html) or plain text (.txt)"
        return InputError(f"{source}:1: {reason}", source=source, line=1, reason=reason)
    reason = f"not UTF-8 text (byte 0x{byte:02x} at offset {offset}); save it as UTF-8"
    return InputError(f"{source}:{line}: {reason}", source=source, line=line, reason=reason)


def not_text(source: str, data: bytes, nul: int) -> InputError:
    """The error for input that decodes as UTF-8 but holds a NUL byte (at ``nul`` in ``data``), which no text
    written by hand or by an editor does: a binary file, or UTF-16 saved without its byte-order mark (every
    other byte of Latin text is NUL), which would otherwise be read as an article citing nothing."""
    body = nul - len(BOM_UTF8) if data.startswith(BOM_UTF8) else nul
    line = line_ends(data[:nul]) + 1
    reason = (
        f"not text: a NUL byte at offset {body} (a binary file, or UTF-16 without its byte-order mark?); "
        "save it as UTF-8"
    )
    return InputError(f"{source}:{line}: {reason}", source=source, line=line, reason=reason)


def line_ends(data: bytes) -> int:
    """How many lines ``data`` ends, as the manifest reader counts them: at CR LF, CR or LF."""
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")


def text_argument(text: object, function: str, read_hint: str) -> str:
    """``text`` when it is a ``str``; else a ``TypeError`` naming ``function`` and what to do: bytes are to be
    decoded (a manifest and an article are UTF-8), a path read first (``read_hint``), and an open file or
    ``io.StringIO`` (anything with a ``read()``) read first too: a caller holding a stream meant its text,
    and "got StringIO" alone does not say what to do. Bytes failed as
    ``cannot use a string pattern on a bytes-like object`` and a path as ``'PosixPath' object has no
    attribute 'startswith'``, far inside the reader."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        shown = repr(bytes(text[:40])) + ("..." if len(text) > 40 else "")
        raise TypeError(
            f"{function}() takes the text as a str, got {type(text).__name__} ({shown}); "
            "decode it first: data.decode('utf-8')"
        )
    if isinstance(text, os.PathLike):
        raise TypeError(f"{function}() takes the text, not a path: got {text!r}; read it first: {read_hint}")
    if callable(getattr(text, "read", None)):
        raise TypeError(
            f"{function}() takes the text as a str, got an open {type(text).__name__}: {text!r:.80}; "
            "read it first: text = stream.read()"
        )
    raise TypeError(f"{function}() takes the text as a str, got {type(text).__name__}: {text!r:.80}")


def source_argument(source: object) -> str:
    """The ``source`` name citations carry, as a ``str``: a path (``Path("notes/sources.txt")``) is its
    ``os.fspath``, which a JSON report can write (the ``Path`` itself failed there, after the whole run);
    anything else is a ``TypeError`` naming it."""
    if isinstance(source, str):
        return source
    if isinstance(source, os.PathLike):
        name = os.fspath(source)
        if isinstance(name, str):
            return name
    raise TypeError(f"source must be a str or a path naming the input, got {source!r:.80}")


def parse_sources(
    text: str, source: str | os.PathLike[str] = "<string>", *, keep_going: bool = False
) -> list[Citation]:
    """Parse manifest text into citations, in the order written.

    Each citation carries ``source`` and its 1-based ``line`` (a line ends at CR LF, CR or LF);
    citations below an ``@article`` line carry that :class:`~linkcheck.models.Article` (an ``@article`` line
    with no fields ends the group). A malformed line raises :class:`~linkcheck.errors.ManifestError`; with
    ``keep_going=True`` it becomes ``Citation(url=<first field>, error=<message>)`` instead and parsing
    continues. A leading byte-order mark is ignored.
    """
    text = text_argument(text, "parse_sources", "read_sources(path)")
    return list(iter_sources(LINE_BREAK.split(text), source, keep_going=keep_going))


def iter_sources(
    lines: Iterable[str], source: str | os.PathLike[str] = "<string>", *, keep_going: bool = False
) -> Iterator[Citation]:
    """Yield the citations of a manifest given line by line, each as soon as its line is read.

    The same as :func:`parse_sources` (same citations, line numbers and errors), but lazy: ``lines`` is read
    one line at a time, so a file object opened in text mode (``newline=None``) streams a manifest of any
    length. Each item is one line, with or without its line ending; a byte-order mark at the start of the
    first is ignored. A malformed line raises :class:`~linkcheck.errors.ManifestError` when it is reached
    (the citations above it have been yielded by then); with ``keep_going=True`` it is yielded as a citation
    whose ``error`` says what is wrong.
    """
    return _read_lines(lines, source_argument(source), keep_going, _new_citation, _itself)


def iter_source_urls(
    lines: Iterable[str], source: str = "<string>", *, keep_going: bool = False
) -> Iterator[str]:
    """The ``url`` of each citation :func:`iter_sources` yields, in order, with the same errors raised at the
    same lines, without building the citations (40% of the time it takes): for a pass that only validates a
    manifest and counts its citations. With ``keep_going=True`` a malformed line yields its first field, the
    ``url`` of the citation in error that :func:`iter_sources` yields for it."""
    return _read_lines(lines, source, keep_going, _url_only, _url_of)


_T = TypeVar("_T")
#: How a web URL's line starts (:func:`_read_lines`): such a line needs neither its byte-order mark dropped,
#: nor its indent, nor a look at whether it is blank or a comment.
_URL_FIRST = ("h", "H")


def _itself(citation: Citation) -> Citation:
    return citation


def _url_of(citation: Citation) -> str:
    return citation.url


def _url_only(url: str, *_fields: object) -> str:
    return url


def _read_lines(
    lines: Iterable[str],
    source: str,
    keep_going: bool,
    make: Callable[..., _T],
    full: Callable[[Citation], _T],
) -> Iterator[_T]:
    """:func:`iter_sources`, yielding what ``make`` makes of a plain line's fields (see
    :func:`_plain_citation`) and what ``full`` makes of another line's citation."""
    article: Article | None = None
    plain = _plain_citation
    for number, raw_line in enumerate(lines, start=1):
        if raw_line.startswith(_URL_FIRST):
            # nearly every line: no mark, no indent, not blank, not a comment (a call, not four)
            line = stripped = raw_line.rstrip()
        else:
            if raw_line.startswith("\ufeff"):
                # A byte-order mark opens the file, or a line where files were joined (``cat a.txt b.txt``,
                # the second saved with a mark, cli5): invisible in an editor, so it is dropped wherever a
                # line starts with it, not only on line 1 (else that line's URL was refused as no URL).
                raw_line = raw_line[1:]
            line = raw_line.rstrip()  # the line ending too
            stripped = line.lstrip()
            if not stripped or stripped.startswith("#"):
                continue
        made = plain(line, source, number, article, make)
        if made is not None:
            yield made
            continue
        try:
            if _is_article_line(stripped):
                article = _parse_article_line(line, source, number)
                continue
            citation = _parse_citation_line(line, source, number, article)
        except _LineError as exc:
            if not keep_going:
                raise ManifestError(source, number, exc.message) from None
            if _is_article_line(stripped):
                # The group still changes: the citations below do not belong to the previous article.
                article = None
            citation = Citation(
                url=exc.raw_url, error=exc.message, source=source, line=number, article=article
            )
        yield full(citation)


#: The spellings of a key (between a ``|`` and its ``:``) that :func:`_plain_citation` reads itself: each key
#: and alias of a citation line in lower case, with or without one space either side. Any other spelling
#: (``Title``, a tab, two spaces, an unknown key) is left to the full reader, which reads it or says what is
#: wrong.
#: Each maps to the key's place in :data:`CITATION_KEYS`.
_PLAIN_KEYS: dict[str, int] = {
    spelling: CITATION_KEYS.index(KEY_ALIASES.get(key, key))
    for key in (*CITATION_KEYS, *KEY_ALIASES)
    for spelling in (key, f" {key}", f"{key} ", f" {key} ")
}
#: The dates :func:`_plain_citation` has read, by their text (a manifest repeats its dates): at most
#: :data:`_PLAIN_DATES_MAX`, then forgotten all at once.
_PLAIN_DATES: dict[str, PartialDate] = {}
_PLAIN_DATES_MAX = 4096
#: ``Citation``'s first ten fields, in the order :func:`_plain_citation` passes them (positionally: a call
#: with ten keywords costs twice as much). Should the order ever change, it passes them by name.
_CITATION_ORDER = (
    "url",
    "title",
    "date",
    "outlet",
    "note",
    "source",
    "line",
    "article",
    "archive_url",
    "access_date",
    "quote",
)
_new_citation: Callable[..., Citation]
if tuple(field.name for field in dataclasses.fields(Citation))[: len(_CITATION_ORDER)] == _CITATION_ORDER:
    # without Citation.__post_init__: a plain line's values are the types it checks (``str``, a PartialDate
    # from _plain_date, the source as source_argument made it)
    _new_citation = _unchecked_citation
else:  # pragma: no cover - only if models.Citation's fields are reordered

    def _new_citation(*values: object, **named: str) -> Citation:
        return Citation(**dict(zip(_CITATION_ORDER, values, strict=True)), **named)  # type: ignore[arg-type]


def _plain_citation(
    line: str, source: str, number: int, article: Article | None, make: Callable[..., _T]
) -> _T | None:
    """``make(*fields)`` of the citation on a plain line, as :func:`_parse_citation_line` reads it, in 40% of
    the time; ``None`` for any other line (an ``@article`` line, a mistake, a quote, ...): the full reader
    reads that one, and says what is wrong with it. The fields are ``Citation``'s first eleven, in order
    (:data:`_CITATION_ORDER`): ``make`` is :func:`_new_citation` to make the citation.

    A plain line has no quote; a plain web URL (see :func:`plain_netloc`); known keys, each spelt as in
    :data:`_PLAIN_KEYS` and given once with a value; dates that parse; an archive URL that is a plain web
    URL. ``line`` has no trailing white space. A redirect wrapper's citation (:func:`unwrap_redirect`) is
    its target's, the wrapper passed as ``wrapper=`` besides."""
    if '"' in line:
        return None
    fields = line.split("|")
    url = fields[0].strip()
    if _PLAIN_WEB_URL.fullmatch(url) is None:
        return None
    values: list[str | None] = [None] * len(CITATION_KEYS)
    for field in fields[1:]:
        key, _, value = field.partition(":")
        at = _PLAIN_KEYS.get(key)
        value = value.strip()  # what follows the ":", less the white space the full reader skips
        if at is None or not value or values[at] is not None:
            return None
        values[at] = value
    title, date_text, outlet, note, archive, accessed_text, quote = values
    date = accessed = None
    if archive is not None and _PLAIN_WEB_URL.fullmatch(archive) is None:
        return None
    if date_text is not None and (date := _PLAIN_DATES.get(date_text) or _plain_date(date_text)) is None:
        return None
    if accessed_text is not None and (
        (accessed := _PLAIN_DATES.get(accessed_text) or _plain_date(accessed_text)) is None
    ):
        return None
    if (unwrapped := unwrap_redirect(url)) is not None:
        # a redirect wrapper: the citation of the address it spells, naming the wrapper (seed20), as
        # :func:`_parse_citation_line` makes it of a line the full reader reads (the one place each line's
        # address is unwrapped)
        target = unwrapped[0]
        if make is _url_only:
            return target  # type: ignore[return-value]
        return make(
            target, title, date, outlet, note, source, number, article, archive, accessed, quote, wrapper=url
        )
    if make is _url_only:  # pass 1 (:func:`iter_source_urls`): its answer, without a call of eleven arguments
        return url  # type: ignore[return-value]
    return make(url, title, date, outlet, note, source, number, article, archive, accessed, quote)


#: A day as ``PartialDate.parse`` reads it, in ASCII digits; its groups are the ints it makes of them.
_ISO_DAY = lazy_re(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def _plain_date(text: str) -> PartialDate | None:
    """``PartialDate.parse(text)``, remembered in :data:`_PLAIN_DATES`; ``None`` when it is not a date (the
    full reader says why). ``text`` has no surrounding white space."""
    day = _ISO_DAY.fullmatch(text)
    try:
        if day is None:
            date = PartialDate.parse(text)
        else:  # what parse makes of it, without its regular expression and generator (a third faster)
            year, month, mday = day.groups()
            date = PartialDate(int(year), int(month), int(mday))
    except ValueError:
        return None
    if len(_PLAIN_DATES) >= _PLAIN_DATES_MAX:
        _PLAIN_DATES.clear()
    _PLAIN_DATES[text] = date
    return date


def _is_article_line(line: str) -> bool:
    return line.startswith("@")


def _parse_article_line(line: str, source: str, number: int) -> Article | None:
    head, fields = _split_fields(line)
    directive = head.value
    if directive.lower() != "@article" and directive.split()[0].lower() == "@article":
        raise _LineError(
            f"unexpected text after '@article': {_shorten(directive[8:].strip())!r}; "
            "write its fields as '@article | date: YYYY-MM-DD | title: ... | url: ...'",
            directive,
        )
    if directive.lower() != "@article":
        raise _LineError(
            f"unknown directive {directive.split()[0]!r}; the only directive is '@article' "
            "(lines start with a URL or '@article')",
            directive,
        )
    values = _check_keys(fields, ARTICLE_KEYS, "an @article line", directive)
    if not values:
        return None
    date = _parse_date(values["date"], "date", directive, own=True) if "date" in values else None
    url = None
    if "url" in values:
        url = _check_url(values["url"], field_name="url", raw=directive)
    return Article(date=date, title=values.get("title"), url=url, source=source, line=number)


def _parse_citation_line(line: str, source: str, number: int, article: Article | None) -> Citation:
    head, fields = _split_fields(line)
    raw_url = head.value
    url = _check_url(head, field_name=None, raw=raw_url)
    values = _check_keys(fields, CITATION_KEYS, "a citation line", raw_url)
    wrapper = None
    if not head.quoted and (unwrapped := unwrap_redirect(url)) is not None:
        # A click tracker or safety wrapper whose address spells its target (SafeLinks, Google's /url?q=):
        # the target is checked, without a request to the wrapper, and the report names both (seed20); a
        # URL written in quotes is taken as written.
        url, wrapper = unwrapped[0], url
    return Citation(
        url=url,
        title=values.get("title"),
        date=_parse_date(values["date"], "date", raw_url, article) if "date" in values else None,
        outlet=values.get("outlet"),
        note=values.get("note"),
        source=source,
        line=number,
        article=article,
        archive_url=(
            _check_url(values["archive"], field_name="archive", raw=raw_url) if "archive" in values else None
        ),
        access_date=(
            _parse_date(values["accessed"], "accessed", raw_url, article) if "accessed" in values else None
        ),
        quote=values.get("quote"),
        wrapper=wrapper,
    )


#: One unquoted field from its ``|``: spaces, the key, spaces or tabs, the colon, spaces, the value (up to the
#: next ``|``). ``\s`` is what ``str.strip`` strips.
_PLAIN_FIELD = lazy_re(r"\|\s*([A-Za-z][A-Za-z0-9_-]*)[ \t]*:\s*([^|]*)")


def _split_plain(line: str) -> tuple[_Field, list[tuple[str, _Field, int]]] | None:
    """:func:`_split_fields` for a line without quotes, one regular expression a field: about three times as
    fast on a manifest of ten thousand lines. ``None`` when the line needs the character-by-character reader
    (a quote, or a mistake to report with its column)."""
    if '"' in line:
        return None
    bar = line.find("|")
    first = line if bar < 0 else line[:bar]
    head = _Field(first.strip(), False, len(first) - len(first.lstrip()) + 1)
    fields: list[tuple[str, _Field, int]] = []
    end = len(line)
    match = _PLAIN_FIELD.match
    while 0 <= bar < end:
        found = match(line, bar)
        if found is None:
            return None  # an empty field or no "key:": the full reader says which, and where
        fields.append(
            (found.group(1), _Field(found.group(2).rstrip(), False, found.start(2) + 1), found.start(1) + 1)
        )
        bar = found.end()
    return head, fields


def _split_fields(line: str) -> tuple[_Field, list[tuple[str, _Field, int]]]:
    """Split a line (no trailing whitespace) into its first field and ``(key, value, column)`` fields.

    Fields are separated by ``|``; a value that starts with ``"`` runs to the matching unescaped ``"`` and may
    contain ``|``. The first field may be quoted too (a URL that contains ``|`` or spaces).
    """
    plain = _split_plain(line)
    if plain is not None:
        return plain
    pos = 0
    head, pos = _read_value(line, pos, "the URL", raw="")
    raw = head.value
    fields: list[tuple[str, _Field, int]] = []
    while pos < len(line):
        # _read_value stops only at "|" or the end of the line.
        assert line[pos] == "|"
        bar_column = pos + 1
        pos += 1
        while pos < len(line) and line[pos].isspace():
            pos += 1
        start = pos + 1
        if pos >= len(line) or line[pos] == "|":
            raise _LineError(
                f"empty field after the '|' at column {bar_column}; "
                "expected 'key: value' (remove the extra '|')",
                raw,
            )
        key_match = _KEY.match(line, pos)
        colon = pos
        if key_match:
            colon = key_match.end()
            while colon < len(line) and line[colon] in " \t":
                colon += 1
        if not key_match or colon >= len(line) or line[colon] != ":":
            bar = line.find("|", pos)
            text = line[pos : bar if bar >= 0 else len(line)].strip()
            raise _LineError(
                f"expected 'key: value' after '|' at column {start}, got {_shorten(text)!r}",
                raw,
            )
        key = key_match.group(0)
        value, pos = _read_value(line, colon + 1, f"{key!r}", raw=raw)
        fields.append((key, value, start))
    return head, fields


def _read_value(line: str, pos: int, what: str, *, raw: str) -> tuple[_Field, int]:
    """Read one (possibly quoted) value from ``pos``; return it and the position of ``|`` or the end."""
    while pos < len(line) and line[pos].isspace():
        pos += 1
    if pos < len(line) and line[pos] == '"':
        opening = pos
        chars: list[str] = []
        pos += 1
        while True:
            if pos >= len(line):
                raise _LineError(
                    f"unterminated quote in {what} (opened at column {opening + 1}); close it with '\"' "
                    'and write a quote inside a value as \\"',
                    raw or line[opening:],
                )
            char = line[pos]
            if char == "\\" and pos + 1 < len(line) and line[pos + 1] in _ESCAPES:
                chars.append(_ESCAPES[line[pos + 1]])
                pos += 2
                continue
            if char == '"':
                pos += 1
                break
            chars.append(char)
            pos += 1
        value = "".join(chars)
        rest = pos
        while pos < len(line) and line[pos].isspace():
            pos += 1
        if pos < len(line) and line[pos] != "|":
            bar = line.find("|", pos)
            extra = line[pos : bar if bar >= 0 else len(line)].strip()
            raise _LineError(
                f"unexpected text {_shorten(extra)!r} after the closing quote of {what} at column {rest}; "
                "put the whole value inside the quotes, or start the next field with '|'",
                raw or value,
            )
        return _Field(value, True, opening + 1), pos
    start = pos
    bar = line.find("|", pos)
    end = bar if bar >= 0 else len(line)
    return _Field(line[start:end].strip(), False, start + 1), end


def _check_keys(
    fields: list[tuple[str, _Field, int]], known: tuple[str, ...], where: str, raw: str
) -> dict[str, str]:
    values: dict[str, str] = {}
    for key, value, column in fields:
        name = key.lower()
        name = KEY_ALIASES.get(name, name) if known is CITATION_KEYS else name
        if name not in known:
            hint = ""
            if known is CITATION_KEYS and name == "url":
                hint = " (the URL is the first thing on the line, before any '|')"
            elif known is ARTICLE_KEYS and name in CITATION_KEYS:
                hint = " (that field belongs on a citation line, not on @article)"
            raise _LineError(
                f"unknown field {key!r} at column {column} in {where}{hint}; "
                f"known fields: {', '.join(known)}",
                raw,
            )
        if name in values:
            raise _LineError(f"duplicate field {name!r} at column {column}; give each field once", raw)
        if not value.value and not value.quoted:
            raise _LineError(
                f"field {name!r} at column {column} has no value; write '{name}: ...' or remove the field",
                raw,
            )
        values[name] = value.value
    return values


def _parse_date(
    text: str, key: str, raw: str, article: Article | None = None, *, own: bool = False
) -> PartialDate:
    """A manifest's date field; ``own``: an ``@article`` line's, the day relative dates are counted from."""
    try:
        return PartialDate.parse(text)
    except ValueError as exc:
        word = " ".join(text.lower().split())
        if word not in _DAYS_BACK and _DAYS_AGO.fullmatch(word) is None and _last_weekday(word) is None:
            raise _LineError(_comment_hint(f"bad {key}: {exc}", text), raw) from None
        if own:
            raise _LineError(
                f"bad {key}: {exc}; an @article line gives the article's own day, which {text.strip()!r} on "
                "the citation lines below is counted from",
                raw,
            ) from None
        day = article.date if article is not None else None
        if day is None or day.day is None:
            raise _LineError(
                f"bad {key}: {exc}; {text.strip()!r} is counted from the article's day, and no @article line "
                "above gives one: give '@article | date: YYYY-MM-DD' first",
                raw,
            ) from None
        return PartialDate.from_date(_relative_day(word, day.first_day))


#: The weekdays' English names, in ``date.weekday()`` order.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Words that name a day by how many days it is before the article's (English, and Russian and Ukrainian as
#: their pages stamp a story: ``вчера``, ``вчора``/``учора``, ``позавчера``).
_NAMED_DAYS_BACK = {
    "today": 0, "yesterday": 1, "сегодня": 0, "вчера": 1, "позавчера": 2, "сьогодні": 0, "вчора": 1,
    "учора": 1, "позавчора": 2,
}  # fmt: skip
#: The words a date may be given by, counted from the article's day (:func:`_relative_day`).
_DAYS_BACK = frozenset({*_NAMED_DAYS_BACK, *_WEEKDAYS})
#: A page's relative stamp copied as a date, counted from the article's day too: ``2 days ago``, ``a day
#: ago``, Russian ``3 дня назад``, Ukrainian ``3 дні тому`` (lower case, spaces single).
_DAYS_AGO = lazy_re(r"(?P<n>\d{1,2}|a|one) (?:days?|день|дня|дней|дні|днів) (?:ago|назад|тому)")


def _relative_day(word: str, article_day: dt.date) -> dt.date:
    """The day ``word`` (one of :data:`_DAYS_BACK` or a :data:`_DAYS_AGO`, lower case) means in an article
    of ``article_day``: ``today`` that day, ``yesterday`` (``вчера``) the day before, ``2 days ago`` two days
    before, a weekday that day or the most recent such day before it (``thursday`` in an article of Friday
    2020-01-10 is 2020-01-09; ``friday`` is the 10th itself), ``last`` and a weekday the most recent such day
    before it (:func:`_last_weekday`: ``last friday`` is the 3rd), as an article gives its sources' days
    ("told RIA on Thursday", "said last Tuesday")."""
    back = _NAMED_DAYS_BACK.get(word)
    if back is None and (ago := _DAYS_AGO.fullmatch(word)) is not None:
        back = int(ago["n"]) if ago["n"].isdigit() else 1
    if back is not None:
        return article_day - dt.timedelta(days=back)
    if (last := _last_weekday(word)) is not None:
        return article_day - dt.timedelta(days=(article_day.weekday() - last - 1) % 7 + 1)
    return article_day - dt.timedelta(days=(article_day.weekday() - _WEEKDAYS.index(word)) % 7)


def _last_weekday(word: str) -> int | None:
    """The weekday (``date.weekday()``'s number) of ``last Tuesday`` (lower case, spaces single), else
    ``None``. English says "last Tuesday" of the most recent Tuesday before the article's day, never of that
    day itself (an article of Tuesday means the week before): ``last tuesday`` under an article of Friday
    2024-11-08 is 2024-11-05, under one of Tuesday 2024-11-12 also 2024-11-05. Left alone: ``last week``,
    ``last month`` (no day), another language's words."""
    first, _, rest = word.partition(" ")
    return _WEEKDAYS.index(rest) if first == "last" and rest in _WEEKDAYS else None


def _check_url(value: _Field | str, *, field_name: str | None, raw: str) -> str:
    """Validate a URL value and return it. Non-web schemes pass (the checker skips them)."""
    quoted = value.quoted if isinstance(value, _Field) else False
    url = value.value if isinstance(value, _Field) else value
    if plain_netloc(url) is not None:
        return url
    if field_name is None and not quoted and has_invisible(url):
        # characters no reader sees and no address holds, copied with it from a web page (a soft hyphen a
        # CMS's hyphenation put inside it, a zero-width space after it): dropped, not requested (added after
        # the seed10 probe, where such an address was requested as written and found dead); a URL written in
        # quotes is taken as written (``format_sources`` quotes one that holds them, to read it back)
        url = url.translate(INVISIBLE_IN_URL)
        if plain_netloc(url) is not None:
            return url
    label = "the URL" if field_name is None else f"field {field_name!r}"
    if not url:
        if field_name is None:
            raise _LineError(
                "missing URL: a line starts with the cited URL (https://...), then optional '| key: value' "
                "fields",
                raw,
            )
        raise _LineError(f"{label} is empty; expected a URL (https://...)", raw)
    if field_name is None and not quoted:
        key_match = _KEY.match(url)
        if key_match and url[key_match.end() :].lstrip(" \t").startswith(":"):
            name = KEY_ALIASES.get(key_match.group(0).lower(), key_match.group(0).lower())
            if name in CITATION_KEYS or name in ARTICLE_KEYS:
                raise _LineError(
                    f"expected a URL at the start of the line, found the field {key_match.group(0)!r}; "
                    "write the URL first and the fields after it, each after '|'",
                    raw,
                )
    scheme = _SCHEME.match(url)
    if not scheme:
        if _HOST_LIKE.match(url):
            raise _LineError(
                f"{label} has no scheme: {_shorten(url)!r}; write it in full, e.g. 'https://{_shorten(url)}'",
                raw,
            )
        where = "at the start of the line" if field_name is None else f"in {label}"
        raise _LineError(f"expected a URL (https://...) {where}, got {_shorten(url)!r}", raw)
    if not quoted and (space := _SPACE.search(url)):
        raise _LineError(space_message(label, url, space.group(0)), raw)
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise _LineError(f"{label} is not valid: {_shorten(url)!r} ({exc})", raw) from None
    web = scheme.group(1).lower() in _WEB_SCHEMES
    if web and not parts.netloc:
        raise _LineError(f"{label} has no host: {_shorten(url)!r}; expected https://host/path", raw)
    if field_name == "archive" and not web:
        raise _LineError(f"{label} must be an http(s) URL, got {_shorten(url)!r}", raw)
    return url


def space_message(label: str, url: str, space: str) -> str:
    """What is wrong with a URL holding ``space`` (its first whitespace character). A tab is named as one
    (cli5): a line pasted from a spreadsheet or typed with a tab between the URL and its fields (``URL<TAB>
    title: ...``) was told it "contains a space", which the user could not see; the fields' separator is
    ``|``."""
    if space == "\t":
        return _comment_hint(
            f"{label} is followed by a tab, not '|': {_shorten(url)!r}; separate the fields with '|' "
            "(URL | title: ...); a URL holds no space or tab (write %20, %09)",
            url,
        )
    return _comment_hint(
        f"{label} contains a space: {_shorten(url)!r}; separate fields with '|', or write the space as %20",
        url,
    )


#: A ``#`` after a space or a tab and before one or the end, or after two spaces or tabs: how a comment is
#: written after a line's text (``... | date: 2020-01-09  # from the wire``), which the format reads as part
#: of the value before it (only whole lines are comments).
_TRAILING_COMMENT = lazy_re(r"[ \t]#(?:[ \t]|$)|[ \t]{2,}#")


def _comment_hint(message: str, value: str) -> str:
    """``message``, about a malformed ``value``, saying that a comment goes on its own line when ``value``
    holds a trailing comment (added after the seed15 probe: "URL  # RIA's story" was told only that its URL
    "contains a space", and a date followed by ``# from the wire`` only that it was no date)."""
    if _TRAILING_COMMENT.search(value) is None:
        return message
    return f"{message}; {COMMENT_HINT}"


#: What :func:`_comment_hint` adds, and what a finding on a value holding a comment says (seed17).
COMMENT_HINT = "a '#' comment goes on its own line (after a line's text, it is part of the value)"


def before_comment(value: str) -> str | None:
    """The words of ``value`` before a comment written after them (``Headline  # as read on 9 January``),
    stripped; None when ``value`` holds no such comment or nothing stands before it.

    A value the comment does not make malformed (a title, an outlet) keeps it, as the format says; a
    finding that fails it can then say so when the words before it are what the page says (seed17: a title
    with a comment failed as a "rewritten headline", which left the editor comparing two identical ones)."""
    if "#" not in value:
        return None
    found = _TRAILING_COMMENT.search(value)
    if found is None:
        return None
    return value[: found.start()].strip() or None


def url_problem(url: str) -> str | None:
    """What the manifest would say is wrong with ``url`` as a cited URL, or ``None`` when it is fine.

    Used by the article extractors so that every citation they produce can be written to a manifest and
    read back; a URL with spaces is fine here because :func:`format_sources` quotes it.
    """
    try:
        _check_url(_Field(url, True, 1), field_name=None, raw=url)
    except _LineError as exc:
        return exc.message
    return None


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------------------


def format_sources(citations: Iterable[Citation], *, comments: bool = True) -> str:
    """Write citations as a manifest that :func:`parse_sources` reads back to the same citations.

    ``citations`` is read once, in order: any iterable serves (a list, or a generator such as
    ``(r.citation for r in report.results)``, which ``Sequence`` refused to a type checker: api6's leftover).

    Fields are written in the order of :data:`CITATION_KEYS`, quoted when needed. A new ``@article`` line is
    written whenever the citing article changes (a bare ``@article`` when it changes to none). With
    ``comments`` each citation gets a ``# source:line`` comment saying where it was found. A citation that
    could not be parsed (``error`` set) is written as a comment, since it has nothing to check.
    """
    out: list[str] = []
    current: Article | None = None
    for citation in citations:
        if citation.article != current:
            current = citation.article
            out.append(_format_article(current))
        if citation.error is not None:
            said = unplaced(citation.error, citation.source)  # the place is in the brackets: said once
            out.append(_comment(f"could not read ({citation.where}): {said}"))
            if citation.url:
                out.append(_comment(citation.url))
            continue
        if comments and citation.line is not None and citation.source != "<string>":
            out.append(_comment(f"{citation.source}:{citation.line}"))
        fields = [_quote(citation.url, url=True)]
        values: list[tuple[str, str | PartialDate | None]] = [
            ("title", citation.title),
            ("date", citation.date),
            ("outlet", citation.outlet),
            ("note", citation.note),
            ("archive", citation.archive_url),
            ("accessed", citation.access_date),
            ("quote", citation.quote),
        ]
        for key, value in values:
            if value is not None:
                fields.append(f"{key}: {_quote(str(value))}")
        out.append(" | ".join(fields))
    return "".join(line + "\n" for line in out)


def _format_article(article: Article | None) -> str:
    if article is None:
        return "@article"
    fields = ["@article"]
    if article.date is not None:
        fields.append(f"date: {article.date}")
    if article.title is not None:
        fields.append(f"title: {_quote(article.title)}")
    if article.url is not None:
        fields.append(f"url: {_quote(article.url, url=True)}")
    # An article known by nothing (no date, title or URL) reads back as no article: the same information.
    return " | ".join(fields)


def _comment(text: str) -> str:
    return "# " + " ".join(LINE_BREAK.split(text))


def _quote(value: str, *, url: bool = False) -> str:
    needs = (
        not value
        or value != value.strip()
        or "|" in value
        or value.startswith('"')
        or LINE_BREAK.search(value) is not None
        or (url and (value.startswith(("#", "@")) or any(char.isspace() for char in value)))
        or (url and has_invisible(value))
    )
    if not needs:
        return value
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'
