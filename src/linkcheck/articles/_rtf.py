"""An RTF document read as text (added after the eighteenth held-out batch).

A memo saved by a word processor as RTF (TextEdit's, WordPad's, Word's) holds its text among control words
(``\\f0\\b0\\fs24``), its accented letters and typographic quotes as code-page escapes (``\\'e1``,
``\\'93``) or Unicode ones (``\\u8212?``), and its links as fields: ``{\\field{\\*\\fldinst{HYPERLINK
"https://..."}}{\\fldrslt link text}}``. :func:`rtf_text` gives the text a reader sees, each link written as
its URL followed by its text in brackets (``https://host/page[link text]``, as AsciiDoc writes one, which
the text reader reads as the link's text); the font, colour and style tables and other ignorable
destinations are dropped. The source's line breaks are kept (RTF's own ``\\`` before a line break is one
too), so lines keep their numbers.
"""

from __future__ import annotations

import contextlib
import re

from linkcheck.lazyre import lazy_re

__all__ = ["looks_like_rtf", "rtf_text"]

#: One token of RTF: a control word (perhaps with a number, and the space that ends it), a code-page escape,
#: a control symbol (``\\{``, ``\\\\``, a backslash before a line break...), a brace, or a run of text.
_TOKEN = lazy_re(
    r"\\(?P<word>[a-zA-Z]{1,32})(?P<number>-?\d{1,10})? ?|\\'(?P<hex>[0-9a-fA-F]{2})|\\(?P<symbol>[^a-zA-Z'])"
    r"|(?P<open>\{)|(?P<close>\})|(?P<run>[^\\{}]+)",
    re.DOTALL,
)
_BRACE_OR_ESCAPE = lazy_re(r"\\.|[{}]", re.DOTALL)
#: Groups whose text is not the document's: tables, the document's info, pictures, headers, and any group
#: marked ignorable (``{\*\...}``; a field's instruction is read apart).
_SKIPPED = lazy_re(
    r"\\(?:\*|fonttbl|colortbl|stylesheet|info|pict|header[lrf]?|footer[lrf]?|listtable|listoverridetable|"
    r"expandedcolortbl|generator|themedata|xmlnstbl)(?![a-zA-Z])"
)
_FIELD_INSTRUCTION = lazy_re(r"\\\*\\fldinst(?![a-zA-Z])")
_HYPERLINK = lazy_re(r'HYPERLINK\s+"(?P<url>[^"\s]{1,2000})"')
_CODEPAGE = lazy_re(r"\\ansicpg(\d{3,5})")
#: The farthest a group's closing brace is looked for.
_MAX_GROUP = 100_000


def looks_like_rtf(text: str) -> bool:
    """Whether ``text`` is an RTF document (it opens with ``{\\rtf``)."""
    return text[:6] == "{\\rtf1" or text[:200].lstrip()[:5] == "{\\rtf"


def _group_end(text: str, pos: int) -> int:
    """The index just after the ``}`` closing the group opened by the ``{`` at ``pos`` (escaped braces
    skipped), or ``len(text)``."""
    depth = 0
    for m in _BRACE_OR_ESCAPE.finditer(text, pos, min(len(text), pos + _MAX_GROUP)):
        token = m.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth == 0:
                return m.end()
    return len(text)


def _codepage(text: str) -> str:
    m = _CODEPAGE.search(text, 0, 500)
    return f"cp{m.group(1)}" if m else "cp1252"


def rtf_text(text: str) -> str:
    """The text of the RTF document ``text``: control words dropped, escapes read, links as ``URL[text]``,
    line breaks kept."""
    codepage = _codepage(text)
    out: list[str] = []
    closers: list[str] = []  # what each open group writes when it closes ("]" after a link's text)
    pending: str | None = None  # a field instruction's URL, waiting for its result's group
    i, n = 0, len(text)
    while i < n:
        m = _TOKEN.match(text, i)
        if m is None:  # a lone backslash at the very end
            break
        i = m.end()
        kind = m.lastgroup
        if kind == "run":
            out.append(m.group("run"))
        elif kind == "open":
            start = m.start()
            if _FIELD_INSTRUCTION.match(text, i) or _SKIPPED.match(text, i):
                end = _group_end(text, start)
                if _FIELD_INSTRUCTION.match(text, i):
                    found = _HYPERLINK.search(text, start, end)
                    pending = found.group("url") if found else None
                out.append("\n" * text.count("\n", start, end))
                i = end
            elif pending is not None and text.startswith("\\fldrslt", i):
                out.append(pending + "[")
                closers.append("]")
                pending = None
            else:
                closers.append("")
        elif kind == "close":
            out.append(closers.pop() if closers else "")
        elif kind == "hex":
            with contextlib.suppress(ValueError, LookupError):  # a malformed escape: dropped
                out.append(bytes.fromhex(m.group("hex")).decode(codepage))
        elif kind == "symbol":
            symbol = m.group("symbol")
            if symbol in "\\{}":
                out.append(symbol)
            elif symbol == "\n":
                out.append("\n")  # RTF's line break is the source's own line break, kept
        elif m.group("word") == "tab":
            out.append("\t")
        elif m.group("word") == "u" and m.group("number"):
            out.append(chr(int(m.group("number")) % 65536))
            if text.startswith("\\'", i):  # the character standing in for readers without Unicode
                i += 4
            elif i < n and text[i] not in "\\{}\r\n":
                i += 1
    return "".join(out)
