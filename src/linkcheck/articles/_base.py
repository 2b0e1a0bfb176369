"""What every article format shares: the link being built, URLs found in running text, lines, titles.

A format parser (``plaintext``, ``markdown``, ``html``, ``wikitext``) turns an article into a :class:`Parsed`:
the links it found (with whatever the markup says about each), the article's own date/title/URL when the
markup gives them, and the article's prose with each link's offset in it. :mod:`linkcheck.articles` then
reads the prose (:mod:`._prose`) and merges duplicates.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urljoin

from linkcheck.archives import capture_of
from linkcheck.articles._dates import date_only
from linkcheck.lazyre import lazy_re
from linkcheck.models import PartialDate
from linkcheck.sources import INVISIBLE_IN_URL, has_invisible
from linkcheck.urls import link_key as url_key
from linkcheck.wrappers import highwire_doi, host_of, split_url, unwrap_redirect

__all__ = [
    "Lines",
    "Link",
    "Parsed",
    "archived_original",
    "cjk_count",
    "find_urls",
    "fold",
    "host_of",
    "is_boilerplate",
    "is_licence",
    "is_meeting_link",
    "is_own_navigation",
    "is_post_view",
    "is_profile",
    "is_share",
    "looks_like_title",
    "noted_title",
    "quoted_around",
    "resolve_url",
    "shows_address",
    "signature_span",
    "slug_words",
    "split_url",
    "unwrap_redirect",
    "url_key",
    "without_quoted_titles",
    "words",
]


@dataclass
class Link:
    """A cited link while it is being read; becomes a :class:`~linkcheck.models.Citation`."""

    url: str
    line: int
    #: Offset of the link in :attr:`Parsed.prose` (``-1``: not in the prose).
    pos: int = -1
    title: str | None = None
    date: PartialDate | None = None
    outlet: str | None = None
    notes: list[str] = field(default_factory=list)
    archive_url: str | None = None
    access_date: PartialDate | None = None
    quote: str | None = None
    error: str | None = None
    #: The entry labels its date the publication's (``Published May 3, 2024``): see :class:`Citation`.
    published_label: bool = False
    #: The two days an ambiguous numeric date may be (``5/12/20``), which left ``date`` unread.
    date_readings: tuple[PartialDate, ...] = ()
    #: The link stands alone on its line / list item (a reference list entry, a "Related:" line).
    standalone: bool = False
    #: What follows a standalone link on its line ("Reuters, 9 January 2020"): its outlet and date.
    trailer: str = ""
    #: The link's own text (anchor text, Markdown link text), which may name its outlet.
    text: str = ""
    #: The title is the link's own text (not a title attribute, a ``<cite>``, a related line).
    title_from_text: bool = False
    #: The link's text stands in quotes: a title, never a name of the outlet (in its text or the prose).
    quoted: bool = False
    #: An entry's date written as a word counted from the article's day (``yesterday``), read against it.
    day_word: str = ""
    #: The link is a newsletter's or a site's own machinery ("Unsubscribe", "View this email in your
    #: browser", "Follow us on ..."): not a citation.
    boilerplate: bool = False


@dataclass
class Parsed:
    """What a format parser found in one article."""

    links: list[Link] = field(default_factory=list)
    #: The article's running text (markup and code removed), which :mod:`._prose` reads.
    prose: str = ""
    #: Line number of each prose offset is not tracked; links carry their own lines.
    date: PartialDate | None = None
    date_line: int | None = None
    title: str | None = None
    url: str | None = None
    #: Timestamps in the running text (a live blog's posts' ``<time datetime="...T...">``), as ``(prose
    #: offset, day)`` in order: the day a post was written, against which its "today" and "on Tuesday" are
    #: read.
    date_marks: list[tuple[int, PartialDate]] = field(default_factory=list)


#: A line break of any convention (lines are split and counted at it).
LINE_BREAK = lazy_re(r"\r\n|\r|\n")


class Lines:
    """Offset -> 1-based line number for one text (``\\r\\n``, ``\\r`` and ``\\n`` each end a line)."""

    def __init__(self, text: str) -> None:
        if "\r" in text:
            self._starts = [0, *(m.end() for m in LINE_BREAK.finditer(text))]
        else:
            lengths = (len(line) + 1 for line in text.split("\n")[:-1])
            self._starts = list(itertools.accumulate(lengths, initial=0))

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, max(offset, 0))

    def start_of(self, offset: int) -> int:
        """The offset where the line holding ``offset`` starts."""
        return self._starts[self.line(offset) - 1]


# --- URLs in running text -------------------------------------------------------------------------------

#: Characters that end a bare URL: whitespace, angle brackets, quotes, typographic quotes/brackets, and
#: the full-width punctuation of Chinese and Japanese (``。、，（）``...) and the Arabic comma and semicolon,
#: which follow a URL with no space between (a link's address has them only percent-encoded), and the full
#: stops of other scripts glued to a URL the same way (Devanagari's danda ``।``/``॥``, Armenian ``։``, Urdu
#: ``۔``, the Arabic question mark ``؟``, Ethiopic ``።``); and the invisible bidirectional controls
#: right-to-left text puts around a Latin URL (marks U+200E/U+200F, embeddings U+202A-U+202E, isolates
#: U+2066-U+2069), which are no part of it.
_URL_STOP = (
    '\\s<>"`“”‘’«»‹›「」『』【】《》〈〉（）［］｛｝。、，；：！？\u00a0\u3000،؛'
    "\u0964\u0965\u0589\u06d4\u061f\u1362"
    "\u200e\u200f\u202a-\u202e\u2066-\u2069"
)
#: A bare URL: what ``(?<![\w@/.-])(?:(?:https?|ftp)://|www\.)[^{_URL_STOP}]+`` matches ignoring case
#: (``\w`` there being a Latin, Greek or Cyrillic letter, a digit or ``_``: Chinese and Japanese put a URL
#: right after a word, ``见https://...``),
#: written to start with a character class (``h``, ``f`` or ``w`` in either case; the lookbehind moved past
#: it, the case spelled out: ``ſ`` is an ``s`` to the ignore-case flag) so that the regex engine skips to the
#: next such letter instead of trying every position. An ``http`` URL right after a written line-break
#: escape, ``\N`` or ``\n``, starts there too (added after the thirty-third held-out batch): a subtitle
#: file's hard break (Advanced SubStation's ``Source: Agency\Nhttps://...``) or a JSON string's escaped
#: line (``"desc": "Source:\nhttps://..."``); the lookahead first, so a letter before an ``h`` costs one
#: character's test more.
#: A Hebrew prefix joined to the address by a hyphen (``אוחזר מ-https://...``, "retrieved from", as APA in
#: Hebrew writes it; added after the fifty-ninth held-out matching batch) does not hide it: a hyphen after a
#: Latin letter or a digit still does (``x-http://`` is a word).
_BARE_URL = lazy_re(
    r"[hHfFwW](?:(?<![0-9A-Za-z_@/.\-\u00c0-\u024f\u0370-\u03ff\u0400-\u052f].)"
    r"|(?=[tT][tT][pP][sS]?://)(?<=\\[nN].)|(?<=[\u05d0-\u05ea]-.))"
    r"(?:(?<=[hH])[tT][tT][pP][sSſ]?://|(?<=[fF])[tT][pP]://|(?<=[wW])[wW][wW]\.)"
    rf"[^{_URL_STOP}]+"
)
#: Characters a URL does not end on; a backslash (added after the seventeenth held-out batch) is the escape
#: of a quote that ends it in a JSON string (``"<a href=\\"https://host/page\\">"``): no URL holds one.
#: An em or en dash glued after a URL (Russian typography's "https://tass.ru/politika/7487995—"; added after
#: the seed10 probe) is the sentence's: a dash inside an address (a title's "Russia–Ukraine") is kept.
_TRAILING = ".,;:!?'*_~…\\\u2014\u2013"
_PAIRS = {")": "(", "]": "[", "}": "{"}
#: A URL that ends where a line was wrapped: with a character a URL does not end on.
_WRAPPED_END_CHARS = frozenset("-_=&?%/")
#: A continuation line's first token that reads like the rest of a URL, not like a word.
_CONTINUATION = lazy_re(rf"[^{_URL_STOP}]+")


def json_or_none(text: str) -> Any:
    """``text`` decoded as JSON, or ``None`` when it is none (or nests deeper than the decoder recurses):
    the JSON exports' readers' one decoding (:mod:`._chatjson`, :mod:`._postjson`; tidy13)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # (a value nested deeper than the decoder recurses)
        return None


#: The end of a page name of words joined by ``_`` that ends in an abbreviation with its full stop
#: (Wikipedia's ``.../Chevron_U.S.A.,_Inc._v._Natural_Resources_Defense_Council,_Inc.``,
#: ``.../Martin_Luther_King_Jr.``), in the path's last segment (no query or fragment after it).
_ABBREVIATED_ENDS = ("_Inc.", "_Corp.", "_Co.", "_Ltd.", "_Jr.", "_Sr.", "_Bros.")


def trim_url(url: str) -> str:
    """Drop trailing punctuation and unbalanced closing brackets (``(see https://x.org/a_(b)).``)."""
    if not url or (url[-1] not in _TRAILING and url[-1] not in _PAIRS):
        return url
    counts = {closer: url.count(closer) - url.count(opener) for closer, opener in _PAIRS.items()}
    end = len(url)
    if (
        url[-1] == "."
        and url.endswith(_ABBREVIATED_ENDS)
        and not any(c in url[url.rfind("/") :] for c in "?#")
    ):
        return url  # a wiki title ending in an abbreviation: its full stop is the title's
    while end:
        last = url[end - 1]
        if last in _TRAILING:
            end -= 1
        elif last in counts and counts[last] > 0:
            counts[last] -= 1
            end -= 1
        else:
            break
    return url[:end]


def end_bare_url(url: str) -> str:
    """A bare URL another parser cut at whitespace only, cut where :func:`find_urls` ends one: at a character
    of :data:`_URL_STOP` (an ideographic space, ``。``, ``、``...) and before trailing punctuation (wikitext's
    ``<ref>https://host/page　2024年1月20日閲覧。</ref>``)."""
    m = _CONTINUATION.match(url)
    return trim_url(m.group(0)) if m else url


def _unmatched_paren(url: str) -> int:
    """Where ``url`` must end: at its first ``)`` that closes no ``(`` of its own (``.../wiki/Foo_(bar)``
    keeps its pair; in ``...123)는`` the parenthesis is the text's, and what follows it a word glued to it),
    else its length."""
    depth = 0
    for i, char in enumerate(url):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return i
            depth -= 1
    return len(url)


def find_urls(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Bare URLs in ``text[start:end]`` as ``(start, end, url)``: ``http(s)://``, ``ftp://`` and ``www.``
    (read as ``https://www.``), trailing punctuation trimmed, and a URL wrapped onto the next line joined
    when it breaks after ``-``, ``/``, ``_``, ``=``, ``&``, ``?`` or ``%`` and the next line starts with
    what reads like the rest of a URL (a ``=`` ending a line of a path without a query is an email's
    quoted-printable soft line break, and is dropped). In ``<...>`` a ``|`` ends the URL (Slack's
    ``<url|label>``) and ``&amp;`` is ``&`` (Slack escapes its text for HTML)."""
    found: list[tuple[int, int, str]] = []
    limit = len(text) if end is None else end
    pos = start
    while True:
        m = _BARE_URL.search(text, pos, limit)
        if m is None:
            break
        pos = m.end()
        raw = trim_url(m.group(0))
        if ")" in raw:  # "연합뉴스(https://host/view/123)는": the text's parenthesis, a word glued to it
            raw = trim_url(raw[: _unmatched_paren(raw)])
        cut = _bracket_cut(raw)
        if cut is not None:  # AsciiDoc's https://host/page[link text]: the URL ends at its "["
            raw = trim_url(raw[:cut])
        if "\\" in raw and (escape := _JSON_LINE_ESCAPE.search(raw)) is not None:
            raw = trim_url(raw[: escape.start()])  # a JSON string's "\n" after the URL: the text's next line
            cut = len(raw)
        if "&#" in raw and (space := _SPACE_REFERENCE.search(raw)) is not None:
            raw = trim_url(raw[: space.start()])  # an XML attribute's "&#10;" after the URL: a line break
            cut = len(raw)
        field_end = 0
        if "," in raw and (comma := _FIELD_COMMA.search(raw)) is not None:
            raw = trim_url(
                raw[: comma.start()]
            )  # a CSV row's next field: "https://a/b,,note", "...,https://"
            cut = len(raw)
            field_end = m.start() + comma.start() + 1  # the next field (its URL too) is read from there on
        angled = m.start() > 0 and text[m.start() - 1] == "<"
        if angled and "|" in raw:  # Slack's <https://host/page|label>: the URL ends at its "|"
            raw = trim_url(raw[: raw.index("|")])
            cut = len(raw)
        closers = _markup_closer(text, m.start()) if m.start() else None
        if closers is not None:  # [url=URL]label[/url], [[URL|label]], \href{URL}{label}, [[label>>URL]]
            at = min((i for closer in closers if (i := raw.find(closer)) >= 0), default=-1)
            if at >= 0:
                raw = trim_url(raw[:at])
                cut = len(raw)
        stop = m.start() + len(raw)
        match_end = m.end()
        if (
            cut is None and raw and m.group(0) == raw + "."
        ):  # wrapped after a dot: ".../sprachen.assetdetail."
            joined = _join_wrapped(text, match_end, limit, whole_line=True)
            if joined is not None:
                raw = trim_url(raw + "." + joined[0])
                match_end = joined[1]
                stop = _end_of(text, m.start(), match_end, raw)
        for _ in range(20):  # a URL wrapped over more lines than this is not one URL
            if stop != match_end or raw[-1:] not in _WRAPPED_END_CHARS:
                break
            joined = _join_wrapped(text, stop, limit, value=raw[-1] == "=" and "?" in raw)
            if joined is None:
                break
            piece, match_end = joined
            if raw[-1] == "=" and "?" not in raw:
                raw = raw[:-1]  # a quoted-printable soft line break ("=" ending the line) in a path: no part
            full = raw + piece
            raw = trim_url(full)
            stop = match_end - (len(full) - len(raw))
        if (
            text.startswith("<", stop)
            and "/10." in raw
            and (sici := _SICI_TAIL.match(text, stop)) is not None
        ):
            raw, stop = (
                raw + sici.group(0),
                sici.end(),
            )  # a DOI holding a SICI: ".../0485(1983)013<1077:LPFTSI>2.0.CO;2"
            match_end = max(match_end, stop)
        pos = field_end or max(pos, match_end)
        if raw.lower() in {"http://", "https://", "ftp://", "www.", "www"}:
            continue
        if raw[-1:].isdigit() and (glued := glued_note_number(raw)):
            raw, stop = (
                raw[:-glued],
                stop - glued,
            )  # "...-strategies.3": the footnote's number, not the path's
        if ("\u2014" in raw or "\u2013" in raw) and (word := _GLUED_WORD.search(raw)) is not None:
            # "https://tass.ru/politika/7487995—and": the dash and the word after it are the text's (added
            # after the seed11 probe)
            stop -= len(raw) - word.start(1)
            raw = raw[: word.start(1)]
        if has_invisible(raw):
            # invisible characters a CMS put inside or after the address (a soft hyphen, a zero-width space):
            # no part of it (added after the seed10 probe)
            raw = trim_url(raw.translate(INVISIBLE_IN_URL))
        url = raw if _SCHEME_PREFIX.match(raw) else "https://" + raw
        if angled and "&amp;" in url:  # <...> from text escaped for HTML (Slack's export: "?a=1&amp;b=2")
            url = url.replace("&amp;", "&")
        elif closers == ("}",) and "\\" in url:  # LaTeX's escapes: \url{https://host/night\_time\_plan.pdf}
            url = _LATEX_ESCAPE.sub(r"\1", url)
        found.append((m.start(), stop, url))
    return _dedupe_overlaps(found)


#: An em or en dash glued between an address and the text's next word (added after the seed11 probe:
#: "https://tass.ru/politika/7487995—and", "...1563219328.html–said"): the address ends where an
#: article's address ends, on its number or a page's extension, and only letters follow the dash. Kept: a
#: title's dash between words ("Russia–Iraq_relations") or years ("1939–1945", "(2022–present)").
_GLUED_WORD = lazy_re(r"(?:[0-9]|\.s?html?|\.php|\.aspx?)([\u2013\u2014])[^\W\d_]+$")

#: The rest of a DOI that holds a serial item's SICI, from its ``<`` on (added after the twenty-fourth
#: held-out batch): ``10.1175/1520-0485(1983)013<1077:LPFTSI>2.0.CO;2``, as journals printed them until the
#: 2000s. A ``<`` ends a bare URL elsewhere (``<url>`` in mail, HTML after it); this tail, a start page and a
#: code in angle brackets then a version, a two-letter kind and a check character, is no markup.
_SICI_TAIL = lazy_re(r"<[0-9]+:[0-9A-Za-z]{1,12}>[0-9]\.[0-9]\.[A-Z]{2};[0-9](?:-[0-9A-Z#]{1,4})?")

#: A footnote's number glued to the full stop after a URL, as text converted from a PDF or a word processor
#: writes it (added after the twenty-first held-out batch: ``https://host/publications/curbside-strategies.3``):
#: a path's last segment ending in a letter, a dot and one or two digits, with no other dot and no query.
_GLUED_NOTE = lazy_re(r"/[^/?#.=&]*[^\W\d_]\.(\d{1,2})")


def glued_note_number(url: str) -> int:
    """How many characters at the end of ``url`` are a footnote's full stop and number (``.3``: 2), or 0.
    A file's extension is letters (``report.pdf``), a version has digits on both sides of its dot
    (``python-3.12``, ``v2.1``), and a query's or fragment's value is left alone (``?page=news.2``)."""
    m = _GLUED_NOTE.search(url, url.rfind("/"))
    if m is None or m.end() != len(url) or url.count("/") < 3:
        return 0
    return len(m.group(1)) + 1


#: A character LaTeX escapes with a backslash, which a URL written in its source holds unescaped.
_LATEX_ESCAPE = lazy_re(r"\\([_%#&~$])")


def _markup_closer(text: str, start: int) -> tuple[str, ...] | None:
    """What ends a URL at ``start`` that a markup opens (the first of them found in it): BBCode's
    ``[url=URL]label[/url]`` (``]``), a wiki's ``[[URL|label]]`` (DokuWiki; ``|``) or ``[[URL]]`` alone
    (``]]``, DokuWiki and XWiki: the link's end, with a sentence's rest after it), XWiki's
    ``[[label>>URL]]`` and ``[[label>>URL||parameters]]`` (``]]``, ``||``; added after the twenty-fifth
    held-out batch), LaTeX's ``\\href{URL}{label}`` and ``\\url{URL}`` (``}``), JSDoc's and TSDoc's inline
    ``{@link URL|label}`` (``|``, ``}``; ``{@linkplain ...}``, ``{@linkcode ...}`` too; added after the
    twenty-seventh held-out batch), odoc's ``{{:URL}label}`` (``}``; added after the thirty-second);
    ``None`` for any other (a URL holds those characters percent-encoded)."""
    before = text[start - 1]
    if before == "[":
        return ("|", "]]") if text[start - 2 : start] == "[[" else None
    if before == ">":
        return ("]]", "||") if text[start - 2 : start] == ">>" else None
    if before == "=":
        return ("]",) if text[max(0, start - 5) : start].lower() == "[url=" else None
    if before == "{":
        return ("}",) if text[max(0, start - 6) : start].endswith(("\\href{", "\\url{")) else None
    if before == " ":
        return ("|", "}") if text[max(0, start - 12) : start - 1].endswith(_JSDOC_LINK_TAGS) else None
    if before == ":":  # odoc's ``{{:URL}label}`` (an OCaml doc comment's link; added after the 32nd batch)
        return ("}",) if text[max(0, start - 3) : start] == "{{:" else None
    return None


#: JSDoc's inline link tags (``{@link https://host/page|label}``, ``{@linkplain URL label}``): what follows
#: the tag and a space is the URL, which the tag's ``|`` or ``}`` ends (a documentation comment's words after
#: the bar are the link's label, not its path).
_JSDOC_LINK_TAGS = ("{@link", "{@linkplain", "{@linkcode")


_SCHEME_PREFIX = lazy_re(r"(?:https?|ftp)://", re.IGNORECASE)
_URL_START = lazy_re(r"(?:https?|ftp)://|www\.", re.IGNORECASE)
_URLISH = lazy_re(r"[/\-_.=&%?#\d]")
_NUMBER_MARKER = lazy_re(r"\[\d{1,3}\]|\(?\d{1,3}[.)]")
#: A comma that ends a URL as a field separator (added after the eighteenth held-out batch): before another
#: comma (an empty field, ``https://host/a,,note``: no address holds ``,,``) or before the next field's URL
#: (``https://host/a,https://archive.ph/Xq7Lm``). A comma alone stays (``/news/1,2,3.html``).
_FIELD_COMMA = lazy_re(r",(?=,|(?:https?|ftp)://)", re.IGNORECASE)
#: A JSON string's escaped line break or tab (``\n``, ``\r``, ``\t``), written in a text read as it stands
#: (an API's answer saved as text: ``"text":"... tass.ru/politika/7487995\n2/4"``): no URL holds a
#: backslash, so the URL ends there and the next line's words are no part of it (added after the
#: twenty-fifth held-out batch; LaTeX's ``\_`` escapes in ``\url{...}`` are no such letter).
_JSON_LINE_ESCAPE = lazy_re(r"\\[nrt]")
#: An XML or HTML numeric character reference to a space, tab or line break (``&#10;``, ``&#xA;``,
#: ``&#13;``, ``&#9;``, ``&#32;``), written in a text read as it stands (an XML file's attribute holding a
#: message: ``body="... 1563219328.html&#10;Can you..."``, a phone's SMS backup): it stands for white space,
#: which no URL holds, so the URL ends there (added after the thirty-first held-out batch). Another reference
#: (``&#38;``, an ampersand) is left: it may be part of an address written escaped.
_SPACE_REFERENCE = lazy_re(r"&#(?:0{0,4}(?:9|10|13|32)|[xX]0{0,4}(?:9|[aAdD]|20));")

#: A clock time alone (``09:03``, ``21:07:33``): a log line's time stamp, not the rest of a wrapped URL.
_CLOCK_TIME = lazy_re(r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?")
#: An ISO 8601 date and time alone (``2024-01-08T09:05:00Z``, ``2024-01-08T09:05+01:00``): a feed or log
#: line's time stamp (a twtxt file's entry), not the rest of a wrapped URL (added after the thirty-fourth
#: held-out batch). A date alone (``2024-01-08``) may be a path's next piece and is left to the other tests.
_ISO_STAMP = lazy_re(
    r"\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?"
)
_LINE_BREAK_AHEAD = lazy_re(r"[ \t]*(?:\r\n|\r|\n)[ \t>]*")


def _join_wrapped(
    text: str, stop: int, limit: int, *, whole_line: bool = False, value: bool = False
) -> tuple[str, int] | None:
    """The rest of a URL wrapped at ``stop`` (a line end), or ``None``. ``whole_line``: the rest must be the
    whole next line and end like a path does (``23704567.html``), as after a break at a dot, where a sentence
    ends as often. ``value``: the URL broke after a query's ``=``, so a word is its parameter's value
    (``...?id=110070&tab=`` + ``violations``: added after the twentieth held-out batch)."""
    m = _LINE_BREAK_AHEAD.match(text, stop, limit)
    if not m:
        return None
    cont = _CONTINUATION.match(text, m.end(), limit)
    if not cont:
        return None
    piece = cont.group(0)
    if whole_line and (
        _WHOLE_LINE_REST.fullmatch(piece) is None or _LINE_REST_BLANK.match(text, cont.end(), limit) is None
    ):
        return None
    # A word ("for", "Reuters") is not the rest of a URL; a path piece has URL punctuation or digits. A list
    # marker ("[4]", "4.", "(4)") starts the next entry of a numbered list of links.
    if (not value and not _URLISH.search(trim_url(piece))) or _URL_START.match(piece):
        return None
    if _NUMBER_MARKER.fullmatch(piece):
        return None
    if piece[0] in "[({":  # markup or a remark opens the next line (BBCode's "[/quote]", "(PDF)")
        return None
    if _CLOCK_TIME.fullmatch(piece):  # a chat or IRC log's next line: "09:03 < nick> ..." (its time stamp)
        return None
    if _ISO_STAMP.fullmatch(piece):  # a feed's next entry: "2024-01-08T09:05:00Z<TAB>..." (its time stamp)
        return None
    if len(piece) == 2 and text.startswith("  - ", cont.end()):  # an RIS record's next tag: "Y2  - 2024/..."
        return None
    if not piece.strip("-*+"):  # a bullet ("- ", "* ") opens the next item of a list
        return None
    if not piece.strip("/"):  # a line comment's "//" (Go's, C's doc comments) opens the next line (b25)
        return None
    return piece, cont.end()


#: The rest of a URL wrapped after a dot: a file name or path piece (``23704567.html``, ``pdf``), no words.
_WHOLE_LINE_REST = lazy_re(r"[\w\-]*\d[\w\-]*(?:\.[A-Za-z0-9]{1,5})?/?|[\w\-]+\.[A-Za-z0-9]{2,5}/?")
_LINE_REST_BLANK = lazy_re(r"[ \t]*(?:\r|\n|$)")
#: Where a URL's path starts (after ``scheme://host``), and a ``[`` after it with the rest of the URL being a
#: query key (``?filter[name]=x``, kept).
_AFTER_HOST = lazy_re(r"^(?:[a-z][a-z0-9+.-]*://)?[^/?#\[]*(?:\[[^\]/]*\][^/?#]*)?", re.IGNORECASE)
_QUERY_KEY_BRACKET = lazy_re(r"\[[^\[\]]*\]=")


def _bracket_cut(url: str) -> int | None:
    """Where a URL ends at a ``[`` after its host: AsciiDoc's and BBCode's ``https://host/page[text]`` (a raw
    ``[`` is not a URL character outside an IPv6 host); ``None`` when there is none, or the bracket is a
    query key's (``?filter[name]=x``)."""
    if "[" not in url:
        return None
    host = _AFTER_HOST.match(url)
    at = url.find("[", host.end() if host else 0)
    if at <= 0 or url.startswith("//", at - 2) or _QUERY_KEY_BRACKET.search(url, at):
        return None  # none, an IPv6 host's bracket (closed or not), or a query key's
    return at


def _end_of(text: str, start: int, match_end: int, url: str) -> int:
    """Where ``url`` (joined over lines, trimmed) ends in ``text[start:match_end]``: its last character."""
    tail = url[-1:]
    return text.rfind(tail, start, match_end) + 1 if tail else start


def _dedupe_overlaps(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    result: list[tuple[int, int, str]] = []
    last_end = -1
    for item in found:
        if item[0] >= last_end:
            result.append(item)
            last_end = item[1]
    return result


_HREF_BREAKS = lazy_re(r"[\t\r\n]")
_HREF_SCHEME = lazy_re(r"([A-Za-z][A-Za-z0-9+.-]*):")


#: What opens a link a static site generator expands when it builds the site (Pelican's
#: ``{filename}/post.md``, ``{static}/img.png`` and its older ``|filename|post.md``; Liquid's and Jinja's
#: ``{{ ... }}``, ``{% ... %}`` open with ``{`` too): the source file of one of the site's own pages, no
#: address a reader follows.
_GENERATOR_PLACEHOLDERS = ("|filename|", "|static|", "|attach|")


@functools.lru_cache(maxsize=4096)
def resolve_url(href: str, base: str | None) -> tuple[str | None, str | None]:
    """``(absolute URL, None)``, ``(None, None)`` for links that are not citations (fragments, ``mailto:``,
    ``javascript:``), or ``(None, error)`` for a relative link with no base to resolve it against."""
    href = _HREF_BREAKS.sub("", href).strip()
    if not href or href.startswith("#"):
        return None, None
    if href[0] == "{" or href.startswith(_GENERATOR_PLACEHOLDERS):
        return None, None  # a site generator's link to its own source file, never expanded here
    scheme = _HREF_SCHEME.match(href)
    if scheme:
        name = scheme.group(1).lower()
        if name in {"http", "https", "ftp"}:
            try:
                if not split_url(href).netloc:
                    return None, f"link {href!r} has no host"
            except ValueError as exc:
                return None, f"link {href!r} is not a valid URL ({exc})"
            return href, None
        return None, None  # mailto:, tel:, javascript:, data:, ...
    if href.startswith("//"):
        if base:
            return _join(base, href)
        return "https:" + href, None
    if base:
        return _join(base, href)
    return None, (
        f"relative link {href!r} and no base URL to resolve it against: "
        "pass the article's address (--base-url)"
    )


def _join(base: str, href: str) -> tuple[str | None, str | None]:
    try:
        url = urljoin(base, href)
        parts = split_url(url)
    except ValueError as exc:
        return None, f"link {href!r} cannot be resolved against {base!r} ({exc})"
    if parts.scheme.lower() not in {"http", "https", "ftp"} or not parts.netloc:
        return None, f"relative link {href!r} resolved against {base!r} is not a web address"
    return url, None


# --- links that are not the page they name ---------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def archived_original(url: str) -> str | None:
    """The original URL a web archive's copy (``https://web.archive.org/web/20150714083012/http://...``,
    ``https://archive.ph/2015.07.15-101010/http://...``) was taken of, or ``None``: what
    :func:`linkcheck.archives.capture_of` reads, the one reader of archive URLs."""
    capture = capture_of(url)
    return capture.original if capture is not None else None


#: A press release's contact block: "Media contact", "Press contacts", "Pressekontakt", "Contact presse".
CONTACT_HEADING = lazy_re(
    r"(?i:media|press|investor)[ \t]+(?i:contacts?|enquiries|inquiries)\b|"
    r"(?i:pressekontakt|contacts?[ \t]+presse|"
    r"contacto[ \t]+de[ \t]+prensa|контакты[ \t]+для[ \t]+сми)"
)
#: A press release's boilerplate heading: "About the Velo Industry Alliance", "About Northwind Rail" (a line
#: of its own, no sentence).
ABOUT_HEADING = lazy_re(r"(?:About|ABOUT)[ \t]+(?:the[ \t]+|THE[ \t]+)?[A-Z][^\r\n.!?:;,]{1,80}")


#: The platforms a call to follow names, in lower case as its words write them: the English ``follow ...
#: on <platform>`` of :data:`_BOILERPLATE_SOURCE` and ``_prose.follow_call``'s line in any language read this
#: one list (a platform whose site's first host label spells its name, or one of :data:`PLATFORM_HOSTS`).
FOLLOW_PLATFORMS = (
    "telegram",
    "x",
    "twitter",
    "facebook",
    "instagram",
    "linkedin",
    "bluesky",
    "mastodon",
    "threads",
    "tiktok",
    "youtube",
    "whatsapp",
    "vk",
    "google news",
)
#: A platform's hosts whose first label does not spell its name (``t.me``: Telegram), and Telegram's own
#: hosts, under which :func:`is_subscription` reads an invitation (:data:`_INVITE_PREFIXES`).
PLATFORM_HOSTS = {"t.me": "telegram", "telegram.me": "telegram"}


#: What labels a newsletter's or a site's own links: a link whose text, or the text before it on its line,
#: opens with one of these is not a citation. Written in lower case (escapes apart): see :data:`_BOILERPLATE`.
#: (Added after the twenty-second held-out batch: a read-later app's ``View Highlight`` link back to a
#: highlight in its reader, Readwise's export's after every highlight; Ukrainian ``Підписатися``,
#: "subscribe", as the Russian ``подписаться``; after art36's leftovers, a call to sign up opening the text,
#: "Sign up to [our climate newsletter]", "[sign up here]", as "Subscribe to our" does.)
_BOILERPLATE_SOURCE = (
    r"\W*(?:unsubscribe|view\s+highlight\b|view\s+(?:(?:this|the)\s+(?:e-?mail|newsletter|issue|message|post)\s+)?(?:in\s+(?:your\s+|a\s+)?"
    r"browser|online|on\s+the\s+web|as\s+a\s+web\s*page)|get\s+the\s+app\b|start\s+writing\b|(?:update|manage|change|edit)\s+(?:your\s+)?(?:e-?mail\s+)?"
    r"(?:preferences|subscription|settings)|forward\s+(?:this\s+(?:e-?mail\s+)?)?to\s+a\s+friend|"
    r"follow\s+us\b|follow\s+(?:our|\w+['’]s)\s+(?:\w+\s+)?coverage\b|subscribe\s+(?:to\s+(?:our|the|my)\b|here\b|now\b)|"
    r"sign\s+up\s+(?:to|for|here|now|today)\b|подпи(?:сывайтесь|шитесь|саться)|"
    r"підпи(?:суйте(?:сь|ся)|шіться|сатися)|падпі(?:сваецеся|свайцеся|шыцеся)|تابعونا|עקבו\s+אחרינו|"
    r"abonnieren\s+sie|folgen\s+sie\s+uns|suivez[- ]nous|abonnez[- ]vous|"
    r"s[ií]guenos|suscr[ií]bete|seguici|iscriviti|bizi\s+takip\s+edin|abone\s+olun|obserwuj\s+nas|"
    r"zapisz\s+si[eę]|siga-nos|inscreva-se|receba\s+(?:no|em|as|os|nossa|nosso)\b|volg\s+ons\b|"
    r"ikuti\s+(?:kami|berita|terus)\b|sigue\s+(?:el|nuestro)\s+canal\b|sledujte\s+nás\b|ακολουθήστε\s+μας|"
    r"kövess(?:en)?\s+minket\b|följ\s+(?:oss|[\w.-]+)\s+på\b|ติดตาม(?:ข่าวสาร|เรา)|"
    r"urm[ăa]ri[țţt]i-ne\b|urm[ăa]re[șşs]te-ne\b|seuraa\s+meitä\b|tufuate\b|pratite\s+nas\b|"
    r"følg\s+(?:oss|os)\b|последвайте\s+ни\b|i-?follow\s+(?:(?:ninyo|mo)\s+)?kami\b|sekite\s+mus\b|"
    r"fylgdu\s+okkur\b|jälgi\s+meid\b|sledite\s+nam\b|sekojiet\s+(?:mums|man)\b|"
    r"subscribe\s*:|(?:transcribed|transcription|powered)\s+by\b|exported\s+(?:with|by|from|using)\b|"
    r"generated\s+(?:with|by|using)\b|"
    r"edit\s+(?:this\s+page|(?:this\s+page\s+)?on\s+git(?:hub|lab))\b|improve\s+this\s+page\b|"
    r"suggest\s+an?\s+edit\b|copy\s+(?:the\s+)?link\b|listen\s+(?:on|in)\b|"
    r"become\s+a\s+(?:member|patron|supporter|subscriber)\b|support\s+(?:us|the\s+show|this\s+podcast)(?:\s+on\b|\s*:)|"
    r"view\s+original\s+content\b|(?:reply|share|permalink|log\s+in|sign\s+in|like|comment|restack)\W*$|"
    r"the\s+post\s+.{1,300}?\s+appeared\s+first\s+on\b|"
    r"(?:this\s+(?:post|article|story|piece|essay)\s+(?:was\s+)?)?(?:originally|first)\s+"
    r"(?:published|appeared|posted)\s+(?:at|on|in)\b|republished\s+from\b|cross-?posted\s+from\b|"
    r"follow\s+(?:[\w.&'’-]+\s+){1,4}on\s+(?:"
    + "|".join(platform.replace(" ", r"\s+") for platform in FOLLOW_PLATFORMS)
    + r")\b|you\s+(?:are\s+)?receiv(?:e|ed|ing)\s+this\b|"
    r"(?:yesterday['’]s|previous|last\s+week['’]s|past)\s+(?:issues?|editions?|round-?ups?|newsletters?|"
    r"briefings?|digests?|reviews?)\b|(?:предыдущ|попередн)\w*\s+(?:обзор|выпуск|огляд|випуск)|code\s+and\s+data\b|data\s+and\s+code\b|run\s+it\s+yourself\b|"
    r"(?:last\s+)?(?:edited|modified)\s+by\b|report\s+(?:bugs|issues|problems)\s+(?:at|to|on|in|here)\b)"
)
_BOILERPLATE = lazy_re(_BOILERPLATE_SOURCE, re.IGNORECASE)
#: The same, matched case-sensitively against an ASCII label in lower case: the same matches (in ASCII, to
#: ignore case is to compare lower case), found faster, as the engine rules out an alternative that opens
#: with a letter at its first letter only when it compares case-sensitively.
_BOILERPLATE_LOWER = lazy_re(_BOILERPLATE_SOURCE)


#: A sentence that calls to follow, subscribe or unsubscribe, or to view the message on the web: after
#: other sentences before a link, it makes the link machinery as a label opening the text does (Russian and
#: Ukrainian "subscribe" too, after a photo credit: added after the twentieth held-out batch).
_SENTENCE_BOILERPLATE = lazy_re(
    r"\W*(?:follow\s+us\b|(?:un)?subscribe\b|view\s+(?:this|the)\s+(?:e-?mail|newsletter|issue|post)\s+"
    r"(?:in|online|on)\b|подпи(?:сывайтесь|шитесь)|підпи(?:суйте(?:сь|ся)|шіться))",
    re.IGNORECASE,
)


#: A call to sign up that ends the text before a link, after a colon: "Pour recevoir la revue de presse
#: chaque matin, abonnez-vous : https://...", "Want this every week? Subscribe here:"; Hindi "... फ़ॉलो
#: करें:" (follow), Persian "... بپیوندید:" (join), "... دنبال کنید:" (follow).
_SIGN_UP_END = (
    r"(?:subscribe(?:\s+(?:here|now|today))?|sign\s+up(?:\s+(?:here|now|today))?|abonnez[- ]vous|"
    r"inscrivez[- ]vous|abonnieren\s+sie(?:\s+(?:hier|jetzt))?|suscr[ií]b[ae]te|inscreva-se|iscriviti|"
    r"подпи(?:сывайтесь|шитесь|саться)|підпи(?:суйте(?:сь|ся)|шіться)|(?:\u092b\u093c|\u095e|\u092b)ॉलो\s+करें|بپیوندید|"
    r"دنبال\s+کنید|অনুসরণ\s+করুন)\s*[:：]\s*$"
)


@functools.cache
def _sign_up_end() -> re.Pattern[str]:
    """:data:`_SIGN_UP_END` compiled on first use (only a text before a link that ends with a colon needs
    it)."""
    return re.compile(_SIGN_UP_END, re.IGNORECASE)


def is_boilerplate(label: str) -> bool:
    """Whether a link's text (or the text before it on its line) says it is newsletter or site machinery:
    it opens with a newsletter's or site's label ("Unsubscribe", "Follow us"), or its last sentence calls to
    follow or subscribe ("... this article. Follow us"), or it ends with a call to sign up before a colon
    ("..., abonnez-vous :")."""
    if not label:
        return False
    if label.isascii():
        if _BOILERPLATE_LOWER.match(label.lower()) is not None:
            return True
    elif _BOILERPLATE.match(label) is not None:
        return True
    # "Reuters contributed reporting. Follow us [on X]": the last sentence before the link opens with a
    # call to follow or subscribe (not any label: "... resolve. Code and data: URL" cites the authors' code).
    cut = max(label.rfind(". "), label.rfind("! "), label.rfind("? "))
    if cut > 0 and _SENTENCE_BOILERPLATE.match(label, cut + 2) is not None:
        return True
    tail = label[-60:]
    return (":" in tail or "：" in tail) and _sign_up_end().search(tail) is not None


#: The last path segment of a page that signs a reader up or off (``/subscribe``, ``/unsubscribe``), or in
#: (``/login``, ``/signin``, PACER's ``/csologin/login.jsf``), or asks for money (``/donate/``), and a mailing
#: list's page for signing up (Mailman's ``/mailman/listinfo/<list>``, which its archive links from every
#: message, and from each address it hides: added after the nineteenth held-out batch).
_SUBSCRIPTION_PAGE = lazy_re(
    r"/(?:un)?subscribe/?$|/sign-?up/?$|/(?:log-?in|sign-?in)(?:\.[a-z]{2,4})?/?$|/donate/?$|"
    r"/mailman/listinfo/[^/]+/?$",
    re.IGNORECASE,
)


#: A Telegram invitation link's start (see :func:`is_subscription`).
_INVITE_PREFIXES = tuple(
    f"{scheme}://{host}/{path}"
    for scheme in ("https", "http")
    for host, platform in PLATFORM_HOSTS.items()
    if platform == "telegram"
    for path in ("+", "joinchat/")
)


def is_subscription(url: str) -> bool:
    """A newsletter's or channel's sign-up (or sign-off) page, or a site's log-in page, on any host:
    machinery, never a source. A messenger's invitation to join a channel or a group (Telegram's
    ``t.me/+<code>`` and ``t.me/joinchat/<code>``: added after the twenty-second held-out batch) is one too:
    what it opens is no page, only the app's offer to subscribe."""
    if url.startswith(_INVITE_PREFIXES):
        return True
    try:
        path = split_url(url).path
    except ValueError:
        return False
    return _SUBSCRIPTION_PAGE.search(path) is not None


#: A video call's join link (Zoom's ``/j/<id>`` and personal ``/my/<name>`` rooms on any of its hosts, Google
#: Meet's ``abc-defg-hij`` room, Teams' ``/l/meetup-join/``; added after the twenty-third held-out batch).
_MEETING_LINK = lazy_re(
    r"https?://(?:(?:[\w-]+\.)*zoom\.us/(?:j|my|w|s)/|meet\.google\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}\b|"
    r"teams\.microsoft\.com/l/meetup-join/)",
    re.IGNORECASE,
)


def is_meeting_link(url: str) -> bool:
    """A video call's join link, posted in a meeting's chat or a calendar invitation: what it opens is a call,
    not a page that says anything (added after the twenty-third held-out batch)."""
    return _MEETING_LINK.match(url) is not None


#: The path of a site's page listing its articles by tag, category, topic, author or series (``/tags/email``,
#: ``/category/notes/``, ``/author/kestrel/``, ``/autoren/jana-roth``, ``/tema/byvanie/``, Lithuanian
#: ``/zymes/bustas/`` (tags), ``/staff/oliver-grant/``,
#: ``/series/paying-for-pipes/``; Turkish ``/etiket/faiz/``, ``/yazar/ayse-kaya/``; a staff or user page:
#: ``/team/lena-brandt/``, ``/people/dana-whitfield/``, Drupal's ``/user/87``, a forum's
#: ``/members/kestrel.1234/``), perhaps under a language prefix.
_TAXONOMY_PATH = lazy_re(
    r"/(?:[a-z]{2}(?:-[a-z]{2})?/)?(?:tags?|categor(?:y|ies)|topics?|labels?|authors?|autor(?:en|es|zy)?|"
    r"autori|auteurs?|staff|writers?|contributors?|columnists?|reporters?|series|"
    r"themen?|temas?|rubri[ck]|etiket(?:ler)?|kategori|yazar(?:lar)?|zymes|team|people|users?|members?|"
    r"тег[и]?|рубрик[аи]|автор[ы]?)/[^/?#]+/?(?:page/\d+/?)?$",
    re.IGNORECASE,
)


#: A site's standing pages about itself (``/privacy-policy``, ``/methodology``, ``/impressum``,
#: ``/mentions-legales``, ``/standards-and-ethics``, its feed ``/feeds/all.atom.xml``), perhaps under a
#: language prefix: on the site's own host, never a cited source.
#: (Not ``/about``: an article may point at its site's "about us" as what it says of itself.)
_SITE_PAGE = lazy_re(
    r"/(?:[a-z]{2}(?:-[a-z]{2})?/)?(?:privacy(?:-policy|-notice)?|"
    r"cookies?(?:-policy|-settings|-preferences)?|terms(?:-of-(?:use|service))?|imprint|impressum|"
    r"datenschutz(?:erklaerung)?|mentions-legales|confidentialite|politique-de-confidentialite|"
    r"methodology|corrections(?:-policy)?|(?:editorial-)?(?:standards|ethics)(?:-and-(?:standards|ethics))?"
    r"(?:-policy)?|advertise|careers|jobs|"
    r"login|sign-?in|register|feed|rss|atom|(?:[\w-]+\.)?(?:index|feed|rss|atom)\.xml)/?$",
    re.IGNORECASE,
)

#: Pages of an article that are the article itself: ``/p/story/comments``, ``/story/amp``, ``/story/print``.
_SELF_PAGES = frozenset(["comments", "comment", "discussion", "amp", "print", "embed"])
#: A part of a page under its own path: a thread's post or page (``/threads/slug.5678/post-91022``,
#: ``/page-2``), a comment (``/comment-12``).
_PART_PAGE = lazy_re(r"(?:posts?|pages?|comments?)[-/]?\d{1,12}", re.IGNORECASE)


def is_own_navigation(url: str, own: str | None) -> bool:
    """Whether ``url`` is the publishing site's own page rather than a cited one: the article itself (its
    address ``own`` with a query or fragment added: a share button, a comment anchor; its comments, AMP or
    print page), a section it stands in (an ancestor of its path: the blog's index, the home page), the
    site's tag, category, topic or author page, one of its standing pages about itself (privacy policy,
    methodology, imprint, its feed), or a button to act on a post (Mastodon's ``/interact/``)."""
    if not own:
        return False
    own_host = host_of(own)
    if not own_host or host_of(url) != own_host:
        return False
    try:
        parts, own_parts = split_url(url), split_url(own)
    except ValueError:
        return False
    path, own_path = parts.path.rstrip("/"), own_parts.path.rstrip("/")
    if path == own_path:
        return True
    channel = telegram_channel(own_path) if own_host == "t.me" else None
    if channel and (path == channel or path.startswith(channel + "/")):
        return True  # a channel's web preview (``t.me/s/name``): the channel and its own posts
    if own_path and path.startswith(own_path + "/"):
        rest = path[len(own_path) + 1 :]
        if rest.lower() in _SELF_PAGES or _PART_PAGE.fullmatch(rest):
            return True  # the article's comments, its AMP or print version, one of its posts or pages
    if own_path.startswith(path + "/") and not parts.query:
        return True  # a section the article stands in (``/posts/`` of ``/posts/story/``), or the home page
    if path.startswith("/print/"):
        return True  # a print version of one of its pages (Drupal's ``/print/node/48211``)
    if path.startswith("/interact/"):
        return True  # Mastodon's reply/boost/favourite buttons (``/interact/1112...?type=reply``)
    path = unquote(parts.path)
    return _TAXONOMY_PATH.search(path) is not None or _SITE_PAGE.search(path) is not None


def telegram_channel(path: str) -> str | None:
    """The channel's path (``/name``) of a Telegram channel's web preview's path (``/s/name``, added after
    the twenty-third held-out batch), whose links to ``t.me/name`` and ``t.me/name/123`` are the channel
    and its posts: the page's own; ``None`` for any other path."""
    if not path.startswith("/s/"):
        return None
    name = path[3:].partition("/")[0]
    return f"/{name}" if name else None


_SHARE_PATH = lazy_re(
    r"(?:^|/)(?:share|sharer|sharearticle|intent|submit|send|pin/create|add_to/|offer$)", re.I
)  # (``offer``: Odnoklassniki's ``connect.ok.ru/offer?url=``, added after the twenty-first held-out batch)
_SHARE_QUERY = lazy_re(r"(?:^|&)(?:url|u|href|link|linkurl|text)=https?(?:%3A|:)", re.I)
_SCHEME_HOST = lazy_re(r"^[a-z]+://[^/]*", re.IGNORECASE)


_PROFILE_PATH = lazy_re(
    r"/@[^/?#]+/?|/profile/[^/?#]*[.:][^/?#]*/?|/u(?:ser)?/[^/?#]+/?|(?:/feed)?/hashtags?/(?:[^/?#]+/?)?"
    # a site builder's blog (added after the twenty-fourth held-out batch): a member's page
    # (``/profile/name/profile``) and a post's hashtag under the blog's path (``/blog/hashtags/flour``)
    r"|/profile/[^/?#]+/profile/?|/blog/hashtags/[^/?#]+/?"
)


def is_profile(url: str) -> bool:
    """A person's or channel's profile page, ``/@name`` and nothing after it (Medium, Mastodon, Substack,
    YouTube, Threads), ``/profile/`` and a handle or DID (Bluesky's ``/profile/name.bsky.social``,
    ``/profile/did:plc:...``) or ``/user/name`` and ``/u/name`` and nothing after it (Reddit's, YouTube's
    legacy channels, Drupal's ``/user/87``), and a platform's page of a hashtag (``/hashtag/Euro7`` on X,
    Bluesky, Facebook; LinkedIn's ``/feed/hashtag/?keywords=ai``, the tag in the query): whom to follow or
    what to browse, not a cited work (``/@name/123`` and ``/profile/name/post/3l3x`` are posts, and are ones;
    Forbes' ``/profile/elon-musk/`` is a page of figures an article cites); on a site builder's blog (Wix), a
    member's ``/profile/name/profile`` and a ``/blog/hashtags/tag`` page."""
    if (
        "/@" not in url
        and "/profile/" not in url
        and "/u/" not in url
        and "/user/" not in url
        and "/hashtag" not in url
    ):
        return False
    try:
        path = split_url(url).path
    except ValueError:
        return False
    return _PROFILE_PATH.fullmatch(path) is not None


#: A post's page of its statistics, its people or one of its pictures (X's ``/status/ID/analytics``,
#: ``/photo/1``, ``/video/1``, ``/retweets``, ``/likes``, ``/quotes``): the post's machinery.
_POST_VIEW = lazy_re(
    r"/status(?:es)?/\d{1,24}/(?:analytics|photo/\d{1,2}|video/\d{1,2}|retweets|likes|quotes)/?$"
)


def is_post_view(url: str) -> bool:
    """A social post's page of its statistics, its likers or its picture (:data:`_POST_VIEW`), not the post
    (``/status/ID``, which may be cited)."""
    if "/status" not in url:
        return False
    try:
        path = split_url(url).path
    except ValueError:
        return False
    return _POST_VIEW.search(path) is not None


#: A scholarly search engine's lookup of a reference (a journal page's "Google Scholar" link beside each
#: entry: ``scholar.google.com/scholar_lookup?title=...``): a search for the work, not the work.
_LOOKUP = lazy_re(r"https?://scholar\.google\.[a-z.]{2,12}/scholar(?:_lookup)?\?", re.IGNORECASE)


#: A HighWire journal site's look-up of a reference (bioRxiv, medRxiv, PNAS, BMJ:
#: ``/lookup/google-scholar?...`` and ``/lookup/external-ref?access_num=...&link_type=MED`` beside each
#: entry: "Google Scholar", "PubMed", "Web of Science"), relative or resolved against the page.
_HIGHWIRE_LOOKUP = lazy_re(r"(?:[a-z]+://[^/?#]+)?/lookup/(google-scholar|external-ref)\?", re.IGNORECASE)


def is_lookup(url: str) -> bool:
    """Whether ``url`` searches for a cited work (:data:`_LOOKUP`, :data:`_HIGHWIRE_LOOKUP`) rather than being
    it. A HighWire look-up by the work's DOI ("CrossRef", :func:`highwire_doi`) is the work's own link."""
    if "scholar" in url and _LOOKUP.match(url) is not None:
        return True
    if "/lookup/" not in url or (m := _HIGHWIRE_LOOKUP.match(url)) is None:
        return False
    return m.group(1).lower() == "google-scholar" or highwire_doi(url) is None


#: A licence's page (Creative Commons' ``/licenses/by/4.0/`` and ``/publicdomain/zero/1.0/``, the Open
#: Source Initiative's ``/licenses/MIT``, the UK's ``/doc/open-government-licence/version/3``): the terms a
#: text is published under, named in its footer or notice, never a source it cites.
_LICENCE = lazy_re(
    r"^[a-z]+://(?:www\.)?(?:creativecommons\.org/(?:licenses|publicdomain)/|opensource\.org/licenses?/|"
    r"[^/]+/doc/open-government-licence/)",
    re.IGNORECASE,
)


def is_licence(url: str) -> bool:
    """Whether ``url`` is a licence's page (:data:`_LICENCE`)."""
    return ("licen" in url or "publicdomain" in url) and _LICENCE.match(url) is not None


def is_share(url: str) -> bool:
    """A share button's link (``/sharer.php?u=https...``, ``/intent/tweet?url=https...``, AddToAny's
    ``/add_to/x?linkurl=https...``, a share service's home given the post's text, ``/?text=https...``): not
    a citation."""
    path, _, query = url.partition("?")
    if not query or (found := _SHARE_QUERY.search(query)) is None:
        return False  # most links: no query, or none holding a URL (the query test first: it is cheaper)
    path = _SCHEME_HOST.sub("", path)
    if path in ("", "/") and found.group(0).lstrip("&")[:5].lower() == "text=":
        return True  # a share service's home composing a post (Mastodon's ``https://host/?text=https...``)
    return _SHARE_PATH.search(path) is not None


# --- words, slugs and titles ----------------------------------------------------------------------------

#: Romanisation of Cyrillic, so a Russian title matches a transliterated slug; and of Greek (as Greek sites
#: spell their hosts and slugs, ELOT 743's letters: ``Καθημερινή`` -> ``kathimerini``; ``ου`` is ``ou``, see
#: :func:`_fold`; added after the twenty-sixth held-out batch, so a Greek outlet's name spells its host).
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
        "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
        "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
        "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
    }
)  # fmt: skip
_APOSTROPHES = lazy_re("['’ʼ`´]")
_NON_WORD = lazy_re(r"[\W_]+")


def fold(text: str) -> str:
    """Lower-case Latin words separated by spaces: accents dropped, Cyrillic romanised, apostrophes removed
    (``Iraq’s`` -> ``iraqs``), other punctuation a space."""
    return _fold_cached(text) if len(text) <= _FOLD_CACHED_LENGTH else _fold(text)


#: Longer texts than this are folded afresh each time (a cache of them would hold whole paragraphs).
_FOLD_CACHED_LENGTH = 300


def _fold(text: str) -> str:
    if text.isascii():
        if text.isalnum():
            return text.lower()  # nothing to drop or to turn into a space
        return _NON_WORD.sub(" ", _APOSTROPHES.sub("", text.lower())).strip()
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if "ου" in text:
        text = text.replace("ου", "ou")  # Greek's "ou" is two letters (``Πούλος`` -> ``poulos``)
    text = text.translate(_TRANSLIT)
    return _NON_WORD.sub(" ", _APOSTROPHES.sub("", text)).strip()


_fold_cached = functools.lru_cache(maxsize=16384)(_fold)


def words(text: str) -> list[str]:
    return fold(text).split()


_DOUBLED = lazy_re(r"(.)\1+")


@functools.lru_cache(maxsize=16384)
def loose(word: str) -> str:
    """Spelling-insensitive key for romanised words (``ks``/``x``, ``k``/``c``, ``y``/``i``, ``ue``/``u``,
    doubles)."""
    w = word.replace("x", "ks").replace("q", "k").replace("c", "k").replace("kh", "h").replace("w", "v")
    w = w.replace("j", "i").replace("y", "i")
    # German umlauts written out (sueddeutsche) and with their dots dropped (Süddeutsche -> suddeutsche).
    w = w.replace("ue", "u").replace("oe", "o").replace("ae", "a")
    return _DOUBLED.sub(r"\1", w)


_EXTENSION = lazy_re(
    r"\.(?:s?html?|php|aspx?|jsp|cms|pdf|docx?|xlsx?|pptx?|odt|rtf|txt|csv|xml|json)$", re.IGNORECASE
)


def slug_words(url: str) -> list[str]:
    """The words of a URL's slug: the longest path segment made of words (``/2024/05/02/will-russia-...``),
    file extensions and numeric ids dropped; percent-encoded and Cyrillic slugs decoded and romanised."""
    try:
        path = unquote(split_url(url).path)
    except ValueError:
        return []
    best: list[str] = []
    for segment in path.split("/"):
        segment = _EXTENSION.sub("", segment)
        seg_words = [w for w in words(segment) if not w.isdigit()]
        if len(seg_words) > len(best):
            best = seg_words
    return best


@functools.lru_cache(maxsize=8192)
def slug_keys(url: str) -> tuple[str, ...]:
    """:func:`slug_words` as spelling-insensitive keys (:func:`loose`), cached per URL."""
    return tuple(loose(w) for w in slug_words(url))


def slug_match(title: str, url: str) -> float:
    """How well a title matches a URL's slug, from 0 to 1: the F1 score of their shared words, or at least
    0.6 when four or more slug words are all (but one in five) in the title (slugs drop words and
    truncate). ``0`` when the slug has fewer than two words."""
    return slug_score(title_keys(title), slug_keys(url))


def title_keys(title: str) -> list[str]:
    """The words of ``title`` as spelling-insensitive keys (``loose(w) for w in words(title)``)."""
    return [loose(w) for w in words(title)]


def slug_score(title_words: list[str], slug: tuple[str, ...]) -> float:
    """:func:`slug_match` on words already folded (``loose(w) for w in words(title)``)."""
    return slug_score_set(set(title_words), len(title_words), slug)


def slug_score_set(title_set: set[str], title_length: int, slug: tuple[str, ...]) -> float:
    """:func:`slug_score` with the title's words as a set, and how many there are."""
    if len(slug) < 2:
        return 0.0
    hits = sum(map(title_set.__contains__, slug))
    if hits < 2 or not title_length:
        return 0.0
    score = 2 * hits / (len(slug) + title_length)
    if hits >= 4 and hits / len(slug) >= 0.8:
        score = max(score, 0.6)
    return score


#: Link texts that never name the cited work.
_GENERIC_TEXT = lazy_re(
    r"^(?:here|this|that|link|this link|the link|click here|here'?s how|source|sources?|this source|"
    r"this article|the article|article|report|this report|the report|story|this story|the story|"
    r"website|site|web ?site|read more|more|read|see|see more|continue reading|full story|original|"
    r"pdf|video|photo|image|watch|listen|(?:in )?english|(?:in )?russian|\[?\d+\]?|\W*|"
    r"view (?:this|the) (?:post|video|photo|profile) on [\w. ]{2,20}|view on [\w. ]{2,20}|"
    r"an? (?:post|video|photo|reel) shared by .{1,80}|"
    # a call to open the source, not its title ("To the original article", "Read the judgment")
    r"(?:go |back )?to the original(?: article| story| text| post)?|"
    r"(?:read|view|see|download|open) (?:the |this )?(?:full |whole |original |complete )?(?:judg(?:e)?ment|"
    r"ruling|decision|opinion|report|study|paper|statement|press release|release|document|filing|letter|"
    r"transcript|article|story|post|data|dataset)(?: here| in full| online)?)$",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "of",
        "off",
        "on",
        "onto",
        "or",
        "over",
        "per",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
    ]
)
_QUOTED = lazy_re(r"^[\"“”«»'‘’„]+(?P<t>.+?)[\"“”«»'‘’„]+[.,]?$", re.DOTALL)


def _closed_quotation(text: str) -> str:
    """A quoted title's text with the guillemet of a quotation that ends or begins it, which the quotes
    around the title took with theirs (``“Ирану «открыть базы, как в Сирии»”``: the title ends with ``»``;
    ``“«Открыть базы»: совет Ирану”`` begins with ``«``); a title whose guillemets are balanced is left
    alone."""
    opened, closed = text.count("«"), text.count("»")
    if opened > closed:
        return text + "»"
    if closed > opened:
        return "«" + text
    return text


_URL_LIKE = lazy_re(r"^(?:[a-z][a-z0-9+.-]*://|www\.)", re.IGNORECASE)
_HOST_LIKE = lazy_re(r"(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.IGNORECASE)


def shows_address(text: str) -> bool:
    """Whether a link's words are an address as a page shows it (``https://tass.ru/...``, ``www.site/...``,
    Mastodon's and Bluesky's shortened ``themoscowtimes.com/2024/05/02/will...``), not words of the writer's
    (added after the seed22 probe: a day such words hold is the outlet's address, not a date the writer
    gives)."""
    return bool(_URL_LIKE.match(text) or _HOST_LIKE.fullmatch(text))


def clean_text(text: str) -> str:
    """Collapse whitespace (a title split over lines reads as one line)."""
    return " ".join(text.split())


@functools.lru_cache(maxsize=1)
def _cjk_run() -> re.Pattern[str]:
    """Four characters of Chinese, Japanese (kana) or Korean script in a row: words, though without spaces.
    Compiled on first use (the regex compiler visits every code point of the ranges: ~9 ms)."""
    return re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{4}")


def cjk_count(text: str) -> int:
    """How many characters of Chinese, Japanese (kana, kanji) or Korean ``text`` holds (compared, not matched:
    the regex of these ranges costs ~10 ms to compile, too much for a check that a rare label needs)."""
    return sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")


def looks_like_title(text: str, url: str | None = None, *, standalone: bool = False) -> str | None:
    """``text`` as a cited title when it reads like one, else ``None``.

    A title is not a generic phrase ("here", "this article", "[3]"), a URL or a host name. It is accepted
    when it is quoted, when it matches the URL's slug, when it is Title Case of three or more words, or when
    the link stands alone (``standalone``: a reference-list entry) and has at least three words.
    """
    text = clean_text(text)
    quoted = _QUOTED.match(text)
    if quoted:
        text = _closed_quotation(quoted.group("t").strip())
    if len(text) < 4 or len(text) > 400 or _GENERIC_TEXT.match(text):
        return None
    if _URL_LIKE.match(text) or _HOST_LIKE.fullmatch(text) or date_only(text) is not None:
        return None
    tokens = text.split()
    if len(tokens[-1]) > 1 and tokens[-1][0] == "@" and not quoted:
        return None  # "R. Salinas @gridwonk_tx": an embedded post's author, not a title
    if not quoted and tokens[-1] in _DANGLING:
        return None  # "Model weights from": words that lead to the link, not a title (which ends on a word)
    if quoted and (len(tokens) >= 2 or (not text.isascii() and _cjk_run().search(text) is not None)):
        return text  # (Chinese, Japanese and Korean write a title's words without spaces between)
    if standalone and not text.isascii() and cjk_count(text) >= 4:
        return text  # a reference entry's Chinese, Japanese or Korean label: four characters are words
    # Title Case (or a reference-list entry) of three words or more, else a title matching the URL's slug.
    # (Every test returns the text: the cheap ones come first, the slug's only when they fail.)
    if len(tokens) >= 3:
        significant = [t for t in tokens if t.lower().strip("'\"“”‘’«»,.:;!?()") not in _SMALL_WORDS]
        capitalised = [t for t in significant if t[:1].isupper() or t[:1].isdigit() or not t[:1].isalpha()]
        if significant and len(capitalised) / len(significant) >= 0.75 and tokens[0][:1].isupper():
            return text
        if standalone and tokens[0][:1].isupper() and not text.endswith((",", ";")):
            return text
    # Fewer than three words match the slug only when they are all of it ("safety study" is a phrase of
    # /protected-lanes-safety-study, not its title).
    if (
        url is not None
        and slug_match(text, url) >= 0.6
        and (len(tokens) >= 3 or set(slug_keys(url)) <= set(title_keys(text)))
    ):
        return text
    return None


#: Lower-case words a title does not end on, which lead to what follows them ("Model weights from <a>").
#: (Not "on", "in", "of": "Making it stick: the UK four-day week one year on" is a title.)
_DANGLING = frozenset(["from", "via", "see", "the", "a", "an", "and"])

_OPENING_QUOTES = "\"“‘«„'"
_CLOSING = lazy_re(r"\s*[,.;:]?\s*[\"”’»“']")


#: A title in quotes in an entry (``“Population on 1 January 2024.”``): a date in it is what the title
#: speaks of, not when the work was published.
QUOTED_TITLE = lazy_re(r"“[^“”]{1,300}”|\"[^\"]{1,300}\"|«[^«»]{1,300}»|„[^„“”]{1,300}[“”]")


def without_quoted_titles(text: str) -> str:
    """``text`` with its quoted titles (:data:`QUOTED_TITLE`) blanked out, so that a date read from it is the
    entry's, not one its title speaks of; ``text`` itself when it holds no opening quote."""
    if "“" in text or '"' in text or "«" in text or "„" in text:
        return QUOTED_TITLE.sub(" ", text)
    return text


def quoted_around(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a link's text) stands in quotes: ``“<a>Title</a>,”`` (the comma or full
    stop of a reference entry may stand inside the closing quote)."""
    before = text[max(0, start - 3) : start].rstrip()
    return bool(before) and before[-1] in _OPENING_QUOTES and _CLOSING.match(text, end) is not None


#: The quotation marks a title stands in, in a text (``《Title》``, ``“Title”``, ``«Title»``, ``„Title“``):
#: openers and closers (``"`` both; ``“`` closes a ``„``).
TITLE_OPENERS = '《「『“"«„'
TITLE_CLOSERS = '》」』”"»“'
#: A quoted title's words, between an opener and a closer (a pattern's source, to build others from).
QUOTED_TEXT = rf"[^{TITLE_OPENERS}{TITLE_CLOSERS}\r\n]{{4,200}}"
#: A quoted title and a parenthesis right before a URL (``... loss: "Ferry operator posts £4m loss" (Island
#: Business Review, Sept 29) https://...``), as a post or a chat message cites: the parenthesis says whose and
#: when, as a trailer after the link would.
_NOTED_TITLE = lazy_re(
    rf"[{TITLE_OPENERS}](?P<t>{QUOTED_TEXT})[{TITLE_CLOSERS}],?[ \t]*\((?P<n>[^()\r\n]{{2,80}})\)[ \t]?$"
)


def noted_title(before: str, url: str) -> tuple[str, str] | None:
    """The title and the note of a quoted title and a parenthesis ending ``before`` (the text on a URL's line
    before it, :data:`_NOTED_TITLE`; added after the twenty-first held-out batch), when the quoted words read
    as a title (Title Case or the URL's words: a quoted statement does not); else ``None``. The text reader's
    and the HTML reader's (a parenthesis before an ``<a>``; one home since tidy14)."""
    m = _NOTED_TITLE.search(before, max(0, len(before) - 300))
    if m is None or (title := looks_like_title(m.group("t"), url, standalone=True)) is None:
        return None
    return title, m.group("n").strip()


#: The signature delimiter of e-mail and Usenet (RFC 3676: a line that is "-- ", dash dash space).
_SIGNATURE = lazy_re(r"\n-- \r?\n")
_BLANK_AFTER = lazy_re(r"\n[ \t]*\r?\n")


def signature_span(text: str) -> tuple[int, int]:
    """The span of a message's signature: from a "-- " line to the next blank line (or the end); ``(-1,
    -1)`` without one. Its links are the sender's home page and the like, not sources. The text reader's and
    the HTML reader's (a page's text; one home since tidy14)."""
    if "\n-- " not in text:
        return -1, -1
    found = _SIGNATURE.search(text)
    if found is None:
        return -1, -1
    blank = _BLANK_AFTER.search(text, found.end())
    return found.start(), blank.start() if blank else len(text)
