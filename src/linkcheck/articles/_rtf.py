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

__all__ = ["looks_like_rtf", "rtf_text"]

_CONTROL = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?")
#: Groups whose text is not the document's: tables, the document's info, pictures, headers, and any group
#: marked ignorable (``{\*\...}``; a field's instruction is read apart).
_SKIPPED = re.compile(
    r"\\(?:\*|fonttbl|colortbl|stylesheet|info|pict|header[lrf]?|footer[lrf]?|listtable|listoverridetable|"
    r"expandedcolortbl|generator|themedata|xmlnstbl)(?![a-zA-Z])"
)
_FIELD_INSTRUCTION = re.compile(r"\\\*\\fldinst(?![a-zA-Z])")
_HYPERLINK = re.compile(r'HYPERLINK\s+"(?P<url>[^"\s]{1,2000})"')
_CODEPAGE = re.compile(r"\\ansicpg(\d{3,5})")
#: The farthest a group's closing brace is looked for.
_MAX_GROUP = 100_000


def looks_like_rtf(text: str) -> bool:
    """Whether ``text`` is an RTF document (it opens with ``{\\rtf``)."""
    return text[:6] == "{\\rtf1" or text[:200].lstrip()[:5] == "{\\rtf"


def _group_end(text: str, pos: int) -> int:
    """The index just after the ``}`` closing the group opened by the ``{`` at ``pos`` (escaped braces
    skipped), or ``len(text)``."""
    depth = 0
    i = pos
    stop = min(len(text), pos + _MAX_GROUP)
    while i < stop:
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
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
        char = text[i]
        if char == "{":
            if _FIELD_INSTRUCTION.match(text, i + 1):
                end = _group_end(text, i)
                found = _HYPERLINK.search(text, i, end)
                pending = found.group("url") if found else None
                out.append("\n" * text.count("\n", i, end))
                i = end
                continue
            if _SKIPPED.match(text, i + 1):
                end = _group_end(text, i)
                out.append("\n" * text.count("\n", i, end))
                i = end
                continue
            if pending is not None and text.startswith("\\fldrslt", i + 1):
                out.append(pending + "[")
                closers.append("]")
                pending = None
            else:
                closers.append("")
            i += 1
        elif char == "}":
            out.append(closers.pop() if closers else "")
            i += 1
        elif char == "\\":
            following = text[i + 1 : i + 2]
            if following in ("\\", "{", "}"):
                out.append(following)
                i += 2
            elif following == "'":
                with contextlib.suppress(ValueError, LookupError):  # a malformed escape: dropped
                    out.append(bytes.fromhex(text[i + 2 : i + 4]).decode(codepage))
                i += 4
            elif following in ("\n", "\r"):
                i += 1  # RTF's line break: the source's own line break, kept below
            else:
                m = _CONTROL.match(text, i)
                if m is None:
                    i += 2
                    continue
                word = m.group(1)
                if word == "tab":
                    out.append("\t")
                elif word == "u" and m.group(2):
                    out.append(chr(int(m.group(2)) % 65536))
                    i = m.end()
                    if text.startswith("\\'", i):
                        i += 4
                    elif i < n and text[i] not in "\\{}":
                        i += 1  # the character standing in for readers without Unicode
                    continue
                i = m.end()
        else:
            out.append(char)
            i += 1
    return "".join(out)
