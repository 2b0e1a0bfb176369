"""A manual page's roff source (the ``man`` macros) read as text (added after the nineteenth held-out batch).

A man page writes its text between request lines: ``.SH`` opens a section, ``.PP`` (``.P``, ``.LP``, ``.TP``,
``.IP``) a paragraph, ``.B``/``.I``/``.BR``/``.IR``... set words in a font, ``.\\"`` opens a comment, and a
link is ``.UR url`` with its text on the lines up to ``.UE`` (which may carry the punctuation after the link,
``.UE ,``). roff fills a paragraph's lines into one, so a reference written over four lines
(``Org,`` / ``.I Title`` / ``March 2022,`` / ``.UR url`` ``.UE .``) is one entry. :func:`roff_text` writes
each paragraph as that one line, on its first line's place, blank lines taking the others' places (lines
keep their numbers): a link as its URL followed by its text in brackets (``url[text]``, as AsciiDoc writes
one and the text reader reads), words in italics of two words or more in quotes (a title, as a reference
sets it), roff's escapes read (``\\(lq``, ``\\(rq``, ``\\-``, ``\\~``, ``\\&``, ``\\fI``...). Comments and
examples (``.EX``/``.EE``) are blank: commented and example URLs are cited by nobody. A paragraph of the
``SEE ALSO`` section (or a ``REFERENCES`` one) is a reference, and is written as a list item (``- ...``), as
the text reader reads an entry. :func:`roff_date` is the page's date, the third argument of its ``.TH`` line.
"""

from __future__ import annotations

import re

from linkcheck.articles._dates import parse_date_field
from linkcheck.lazyre import lazy_re
from linkcheck.models import PartialDate

__all__ = ["looks_like_roff", "roff_date", "roff_text"]

#: The title line, ``.TH NAME SECTION "date" "source" "manual"``, which every man page has near its top.
_TITLE_LINE = lazy_re(r'^\.TH[ \t]+(?:"[^"\n]*"|\S+)[ \t]+\S+[ \t]+(?:"(?P<q>[^"\n]*)"|(?P<w>\S+))', re.M)
#: Requests that end the paragraph being filled (a section, a paragraph, a tagged or indented paragraph, a
#: line break, a no-fill block's edges) and those whose line prints nothing.
_BREAKS = frozenset(
    ["SH", "SS", "PP", "P", "LP", "TP", "IP", "HP", "TQ", "br", "sp", "nf", "fi", "in", "RS", "RE"]
)
#: Font macros: the one-font ones join their arguments with spaces, the alternating ones without.
_ONE_FONT = frozenset(["B", "I", "SM", "SB"])
_ALTERNATING = frozenset(["BR", "RB", "IR", "RI", "BI", "IB"])
#: roff's escapes: named characters, fonts, a non-breaking space, the zero-width ``\\&``, a minus.
_NAMED = {"lq": "“", "rq": "”", "oq": "‘", "cq": "’", "em": "—", "en": "–", "dq": '"', "aq": "'", "hy": "-"}
_ESCAPE = lazy_re(r"\\(?:\((?P<n>..)|\[(?P<b>[^\]\n]{1,8})\]|f(?:\(..|\[[^\]\n]*\]|.)|(?P<c>.))")
_ARGUMENT = lazy_re(r'"(?P<q>[^"]*)"?|(?P<w>\S+)')
#: The sections whose paragraphs are references.
_REFERENCE_SECTIONS = frozenset(["SEE ALSO", "REFERENCES", "BIBLIOGRAPHY"])


def looks_like_roff(text: str) -> bool:
    """Whether ``text`` is a man page's source: it opens with a request or a comment (``.TH``, ``.\\"``) and
    has a ``.TH`` title line near its top. Only the opening is looked at."""
    return text[:40].lstrip()[:1] in (".", "'") and _TITLE_LINE.search(text, 0, 2000) is not None


def roff_date(text: str) -> PartialDate | None:
    """The page's date, from its ``.TH`` line (``"18 April 2024"``, ``2024-04-18``), or ``None``."""
    m = _TITLE_LINE.search(text, 0, 2000)
    return parse_date_field(m.group("q") or m.group("w") or "") if m else None


def _unescape(m: re.Match[str]) -> str:
    if m.group("n") or m.group("b"):
        return _NAMED.get(m.group("n") or m.group("b"), "")
    char = m.group("c")
    if char is None:  # a font change
        return ""
    return {"-": "-", "~": " ", " ": " ", "e": "\\", "&": "", "%": "", ":": "", "|": "", "^": ""}.get(
        char, char
    )


def _words(arguments: str) -> list[str]:
    """A macro's arguments (double quotes group words)."""
    return [m.group("q") if m.group("q") is not None else m.group("w") for m in _ARGUMENT.finditer(arguments)]


def _font_text(name: str, arguments: str) -> str:
    words = _words(arguments)
    if name in _ALTERNATING:
        return "".join(words)
    trail = ""
    while words and not any(char.isalnum() for char in words[-1]):  # ``.I Title ,``: the comma is no title's
        trail = words.pop() + trail
    text = " ".join(words)
    if name == "I" and " " in text.strip() and not any(q in text for q in '"“”«»'):
        text = f"“{text}”"
    return text + trail


def roff_text(text: str) -> str:
    """``text`` as the filled paragraphs a man page prints, lines kept in place (see the module's
    docstring)."""
    lines = text.split("\n")
    out = [""] * len(lines)
    paragraph: list[str] = []
    first = 0
    link: tuple[str, list[str]] | None = None  # a ``.UR`` link being read: its URL, its text's words
    example = False
    references = False  # in a section of references

    def flush() -> None:
        if paragraph:
            out[first] = ("- " if references else "") + " ".join(part for part in paragraph if part)
            paragraph.clear()

    for index, raw in enumerate(lines):
        line = raw.rstrip("\r")
        if line[:1] in (".", "'"):
            request = line[1:].lstrip()
            if request.startswith(('\\"', '"')):
                continue  # a comment
            name, _, arguments = request.partition(" ")
            name = name.strip()
            if example:
                example = name != "EE"
                continue
            if name == "EX":
                flush()
                example = True
                continue
            if name == "UR":
                link = (arguments.strip(), [])
                continue
            if name == "UE" and link is not None:
                url, words = link
                label = " ".join(words).strip()
                piece = url + (f"[{label}]" if label else "") + arguments.strip()
                link = None
            elif name in ("MT", "ME"):  # an e-mail link: its text only
                piece = arguments.strip() if name == "ME" else ""
            elif name in _ONE_FONT or name in _ALTERNATING:
                piece = _font_text(name, _ESCAPE.sub(_unescape, arguments))
            elif name in _BREAKS or name == "TH":
                flush()
                if name in ("SH", "SS"):
                    out[index] = " ".join(_words(_ESCAPE.sub(_unescape, arguments)))
                    references = out[index].upper() in _REFERENCE_SECTIONS
                continue
            else:
                continue
        else:
            if example:
                continue
            if not line.strip():
                flush()
                continue
            piece = _ESCAPE.sub(_unescape, line).strip()
        if link is not None:
            link[1].append(piece)
            continue
        if not paragraph:
            first = index
        paragraph.append(piece)
    flush()
    return "\n".join(out)
