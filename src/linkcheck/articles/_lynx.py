"""A page saved by a text-mode browser (``lynx -dump``, ``elinks -dump``) read as the page it shows (added
after the twenty-first held-out batch). Such a dump writes each link's text after a number in brackets
(``told [10]RIA Novosti``) and the addresses only at its end, in a ``References`` list (``10.
https://ria.ru/...``, and ``Hidden links`` after it). Read as plain text,
every address of that list is a citation of its own, with nothing of what the text says about it (13 of
the seed page's 17 were its menu, share buttons and feeds). So the dump is rewritten to HTML for the HTML
reader, each line in its place (a citation's line is the file's): its paragraphs (blocks between blank
lines) as ``<p>``, its bullets as a list, a short unindented or centred line alone as a heading, and each
numbered link text as an ``<a href>`` to its address; the ``References`` list and the line of the head's
``<link>`` elements (``#[1]RSS [2]AMP``) are no part of the page.

A dump marks where a link's text starts, not where it ends: the text is read as a quotation (``[12]«Title»``),
else as a name (``[10]РИА Новости``, ``[14]Will Russia Reinforce ... Strikes?``: words in capitals and the
short words between them), else up to the first punctuation or the line's end (``[5]read the report``).
"""

from __future__ import annotations

import html as html_lib
import re

from linkcheck.articles._pages import linked_html
from linkcheck.lazyre import lazy_re

__all__ = ["dump_page", "link_text_end", "looks_like_dump"]

#: The heading of a dump's list of addresses (lynx's, elinks's; not lynx 2.8.4's ``Visible links``, which
#: would cost every text a second search), alone on its line, and its first entry, an
#: address (a paper's numbered ``References`` list its works: ``1. Smith J. ...``).
_REFERENCES = lazy_re(
    r"^References[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*1\.[ \t]+(?:https?|ftp|file|mailto):",
    re.MULTILINE,
)
#: The last line of a dump: an entry of its list of addresses.
_LAST_ENTRY = lazy_re(r"[ \t]*\d{1,5}\.[ \t]+(?:https?|ftp|file|mailto):\S*$")
#: A link's number as a dump writes it, glued to the link's text (``[10]RIA Novosti``; a paper's ``[1],`` or
#: ``[1].`` after its words is a reference's).
_GLUED_MARKER = lazy_re(r"\[\d{1,5}\][^\W\d_]|\[\d{1,5}\][«“\"]")
#: An entry of that list: its number and its address (lynx's ``Hidden links:`` heading and blank lines
#: between do not match, and are passed over).
_ENTRY = lazy_re(r"^[ \t]*(\d{1,5})\.[ \t]+(\S+)[ \t]*\r?$", re.MULTILINE)
#: A link's number before its text, as a dump writes it.
_MARKER = lazy_re(r"\[(\d{1,5})\]")
#: The line a dump writes for the page's ``<link>`` elements (feeds, other versions): ``#[1]RSS [2]AMP``.
_HEAD_LINKS = lazy_re(r"[ \t]*#\[\d{1,5}\]")
#: A bullet of a list (lynx writes ``*``, ``+``, ``o`` or a number).
_BULLET = lazy_re(r"[ \t]*(?:[*+o#-]|\d{1,3}\.)[ \t]+")
_OPENERS = {"«": "»", "“": "”", '"': '"', "„": "“", "‘": "’"}
#: A short word that may stand between a name's words in capitals (``Bank of England``, ``Поделиться в
#: Telegram``).
_JOINING = lazy_re(r"[^\W\d_]{1,3}")


def looks_like_dump(text: str) -> bool:
    """Whether ``text`` ends with a dump's ``References`` list of addresses and its body has link numbers
    glued to their texts. Its last line is looked at first (a list's entry, ``23. https://...``), so that
    other texts pay no search of their whole length."""
    tail = text[-400:].rstrip()
    if _LAST_ENTRY.match(tail, tail.rfind("\n") + 1) is None:  # (one attempt: no search along the tail)
        return False
    at = text.rfind("\nReferences")
    if at < 0:
        return False
    m = _REFERENCES.match(text, at + 1)
    return m is not None and _GLUED_MARKER.search(text, 0, m.start()) is not None


def link_text_end(text: str, start: int) -> int:
    """Where the text of the link whose number ends at ``start`` ends (see the module's docstring)."""
    closing = _OPENERS.get(text[start : start + 1])
    if closing is not None:
        end = text.find(closing, start + 1, start + 300)
        if end > 0 and "\n\n" not in text[start:end]:
            return end + 1
    end = start
    capitals = text[start : start + 1].isupper() or text[start : start + 1].isdigit()
    for m in re.finditer(r"\S+", text[start : start + 300]):
        word = m.group(0)
        if m.start() and (
            word.startswith(("[", "(")) or "\n\n" in text[start + m.start() - 2 : start + m.start()]
        ):
            break
        if m.start() and capitals and not (word[:1].isupper() or word[:1].isdigit()):
            following = text[start + m.end() :].lstrip()[:1]
            if not (_JOINING.fullmatch(word) and following.isupper()):
                break
        stripped = word.rstrip(",;:.)")
        end = start + m.start() + len(stripped)
        if stripped != word or word[-1:] in "?!":
            break
        if not capitals and text.find("\n", start, start + m.end()) >= 0:
            break
    return end


def _addresses(text: str, heading: int) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in _ENTRY.finditer(text, heading)}


def _block_html(block: str, addresses: dict[str, str]) -> str:
    """A block's text (its lines joined by ``\\n``) with each numbered link text as an ``<a href>``."""
    spans = []
    for m in _MARKER.finditer(block):
        end = link_text_end(block, m.end())
        spans.append((m.start(), end, block[m.end() : end], addresses.get(m.group(1))))
    return linked_html(block, spans)


def _block(lines: list[str], addresses: dict[str, str]) -> list[str]:
    """A block's lines as HTML, one for each: runs of bullets as a list, other runs as a paragraph."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        bullet = _BULLET.match(lines[index]) is not None
        end = index + 1
        while end < len(lines) and (_BULLET.match(lines[end]) is not None) == bullet:
            end += 1
        if bullet:
            items = [
                f"<li>{_block_html(_BULLET.sub('', line, count=1), addresses)}</li>"
                for line in lines[index:end]
            ]
            items[0], items[-1] = "<ul>" + items[0], items[-1] + "</ul>"
            out.extend(items)
        else:
            written = _block_html("\n".join(lines[index:end]), addresses).split("\n")
            written[0] = "<p>" + written[0]
            written[-1] += "</p>"
            out.extend(written)
        index = end
    return out


def dump_page(text: str) -> str | None:
    """The HTML page of a text-mode browser's dump (see the module's docstring), one line for each of its
    lines, or ``None`` when ``text`` is none."""
    m = _REFERENCES.search(text)
    if m is None:
        return None
    addresses = _addresses(text, m.start())
    lines = text[: m.start()].split("\n")
    indents = sorted(len(line) - len(line.lstrip(" ")) for line in lines if line.strip())
    usual = indents[len(indents) // 2] if indents else 0
    out: list[str] = []
    headings = 0
    index = 0
    while index < len(lines):
        if not lines[index].strip() or _HEAD_LINKS.match(lines[index]):
            out.append("")
            index += 1
            continue
        end = index + 1
        while end < len(lines) and lines[end].strip() and not _HEAD_LINKS.match(lines[end]):
            end += 1
        first = lines[index]
        indent = len(first) - len(first.lstrip(" "))
        if (
            end == index + 1
            and "[" not in first
            and len(first) < 200
            and not usual - 1 <= indent <= usual + 4
        ):
            tag = "h1" if headings == 0 else "h2"  # a short line alone, unindented or centred: a heading
            headings += 1
            out.append(f"<{tag}>{html_lib.escape(first.strip(), quote=False)}</{tag}>")
        else:
            out.extend(_block(lines[index:end], addresses))
        index = end
    if headings:  # what stands above the page's heading is the site's header (its name, its menu)
        at = next(i for i, line in enumerate(out) if line.startswith("<h1>"))
        out[0] = "<header>" + out[0]
        out[at] = "</header><article>" + out[at]
    else:
        out[0] = "<article>" + out[0]
    return f"<html><head></head><body>{chr(10).join(out)}</article></body></html>"
