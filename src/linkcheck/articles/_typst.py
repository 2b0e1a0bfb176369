"""Typst source read as text (added after the eighteenth held-out batch).

Typst writes a link as a function call, ``#link("https://host/page")[its text]`` (or ``#link("...")`` alone),
and a footnote as ``#footnote[Outlet, "Title", 20 February 2024, #link("...").]``; the document's title is
an argument of ``#set document(title: "...")``. Before the text is read, :func:`typst_text` rewrites the
calls into what the text reader reads already: a link as its URL followed by its text in brackets
(``https://host/page[its text]``, as AsciiDoc writes one), a footnote as its content in parentheses (an
inline reference, ``(Outlet, "Title", date, URL.)``). Line breaks are kept, so lines keep their numbers.
"""

from __future__ import annotations

import re

from linkcheck.lazyre import lazy_re

__all__ = ["looks_like_typst", "typst_text", "typst_title"]

#: A Typst link call, its URL argument, and the link's text after it when that is wholly in emphasis or
#: strong marks (``#link("...")[_Title_]``).
_LINK_CALL = lazy_re(
    r'#link\(\s*"(?P<url>[^"\s]{1,2000})"\s*\)(?:\[(?P<m>[_*])(?P<t>[^\[\]_*\n]{1,300})(?P=m)\])?'
)
_FOOTNOTE = "#footnote["
_DOCUMENT_TITLE = lazy_re(r'^#set[ \t]+document\([^\n]*?\btitle:[ \t]*"(?P<t>[^"\n]{1,300})"', re.MULTILINE)
#: The farthest a footnote's closing bracket is looked for.
_MAX_FOOTNOTE = 2000


def looks_like_typst(text: str) -> bool:
    """Whether ``text`` holds Typst's link or footnote calls (a substring test)."""
    return '#link("' in text or _FOOTNOTE in text


def _closing_bracket(text: str, pos: int) -> int:
    """The index of the ``]`` closing the ``[`` just before ``pos`` (nested brackets counted), or -1."""
    depth = 1
    for i in range(pos, min(len(text), pos + _MAX_FOOTNOTE)):
        char = text[i]
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _link_call(m: re.Match[str]) -> str:
    """A link call as its URL, and the link's text in brackets when it is wholly emphasised or strong
    (``[_Title_]``, ``[*Title*]``: the marks dropped; any other text stays after the URL as written)."""
    return m.group("url") + (f"[{m.group('t')}]" if m.group("t") else "")


def typst_text(text: str) -> str:
    """``text`` with Typst's link calls written as ``URL[text]`` (or ``URL``) and its footnotes as ``(...)``;
    a footnote whose bracket is not closed is left as it is."""
    text = _LINK_CALL.sub(_link_call, text)
    if _FOOTNOTE not in text:
        return text
    pieces: list[str] = []
    pos = 0
    while (at := text.find(_FOOTNOTE, pos)) >= 0:
        close = _closing_bracket(text, at + len(_FOOTNOTE))
        if close < 0:
            break
        pieces += [text[pos:at], " (", text[at + len(_FOOTNOTE) : close], ")"]
        pos = close + 1
    pieces.append(text[pos:])
    return "".join(pieces)


def typst_title(text: str) -> str | None:
    """The title ``#set document(title: "...")`` gives the document, or ``None``."""
    m = _DOCUMENT_TITLE.search(text)
    return m.group("t").strip() or None if m else None
