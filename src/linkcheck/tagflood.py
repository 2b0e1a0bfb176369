"""Start tags with floods of attributes, cut before libxml2's HTML parser reads them.

libxml2's HTML parser (2.14, under lxml) checks each attribute of a start tag against every attribute before
it: a tag of n attributes costs n²/2 comparisons. Measured on this project's machine, a ``<body>`` of 10,000
attributes took 0.16 s of CPU to parse, 20,000 took 0.76 s, and the hostile catalogue's ``/attr-flood``
(100,000 on one tag, 1.6 MB) minutes, holding the interpreter's lock all along: every other link of the
process waited. Its XML parser hashes attribute names and has no such cost.

No page has a reason for hundreds of attributes on one element, and nothing linkcheck reads needs them: a
tag of more than :data:`MAX_ATTRIBUTES` keeps its first ones, and the rest of the tag (up to its ``>``) is
cut. A start tag of fewer than ``2 * MAX_ATTRIBUTES`` characters cannot hold more (an attribute takes a space
and a character at least), so only longer ones are read attribute by attribute; any page whose tags all hold
fewer is returned as it is, the same object. Not caught: a flood whose values each hold a ``<``
(``a1="<" a2="<" ...``), which the first scan takes for many short tags; reading every tag by the tokenizer's
rules would cost half as much as the parse itself.
"""

from __future__ import annotations

import re

from linkcheck.lazyre import lazy_re

#: Attributes a start tag keeps at most. Its parse then costs at most ~33,000 comparisons, and a 1 MB page of
#: such tags (each at least 512 characters long) ~65 million: ~0.1 s.
MAX_ATTRIBUTES = 256

#: Characters of a text under which nothing is looked for: its tags hold 8,192 attributes at most, whose
#: parse takes ~60 ms at worst. A page's ``<head>``, which every link's reading parses, is mostly shorter.
_SCAN_FROM = 16_384
#: A start tag that may be too long to be ruled out by its length (:data:`MAX_ATTRIBUTES`): a ``<``, a
#: letter, and ``2 * MAX_ATTRIBUTES`` characters without a ``<`` (a ``>`` may stand in a quoted value; the
#: text after a short tag matches too, and is then passed over at the tag's end).
_LONG_TAG = lazy_re(r"<[A-Za-z][^<]{" + str(2 * MAX_ATTRIBUTES) + "}")
#: One attribute as the HTML tokenizer reads it, with the separators before it (white space and stray
#: slashes): a name (anything up to white space, ``/``, ``>`` or ``=``; its first character may be ``=``),
#: then optionally ``=`` and a value in double or single quotes or unquoted.
_ATTRIBUTE = r"""[\s/]*(?:=|[^\s/>=])[^\s/>=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?"""
#: A start tag's name and its first :data:`MAX_ATTRIBUTES` attributes.
_TAG_START = lazy_re(r"<[A-Za-z][^\s/>]*(?:" + _ATTRIBUTE + "){0," + str(MAX_ATTRIBUTES) + "}")
#: The attributes after those, to the tag's end (its white space and slashes, not its ``>``).
_MORE_ATTRIBUTES = lazy_re("(?:" + _ATTRIBUTE + r")*+[\s/]*")
_ONE_ATTRIBUTE = lazy_re(_ATTRIBUTE)


#: Where the tokenizer reads no tags: a comment, and the text of an element whose text is raw (``<script>``,
#: ``<style>``, ...), where ``i<n; ...`` or a commented-out tag is no start tag.
_UNTAGGED = lazy_re(
    r"<!--|<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript)\b", re.IGNORECASE
)
_UNTAGGED_ENDS: dict[str, re.Pattern[str]] = {}


def _untagged(text: str, pos: int) -> tuple[int, int] | None:
    """The first comment or raw text at or after ``pos``: where its content starts and where it ends (the
    text's end if it never does); ``None`` if there is none."""
    opened = _UNTAGGED.search(text, pos)
    if opened is None:
        return None
    name = opened.group(1)
    if name is None:  # a comment
        end = text.find("-->", opened.end())
        return opened.end(), len(text) if end < 0 else end + 3
    tag_end = text.find(">", opened.end())
    if tag_end < 0:
        return len(text), len(text)
    closing = _UNTAGGED_ENDS.get(name.lower())
    if closing is None:
        closing = _UNTAGGED_ENDS[name.lower()] = re.compile("</" + name.lower(), re.IGNORECASE)
    closed = closing.search(text, tag_end + 1)
    return tag_end + 1, len(text) if closed is None else closed.start()


def capped_tags(text: str) -> str:
    """``text`` with every start tag of more than :data:`MAX_ATTRIBUTES` attributes cut to its first ones (the
    tag still ends with its own ``/>`` or ``>``, or the text's end); ``text`` itself when no tag holds that
    many (every page but a hostile one), or when it is shorter than :data:`_SCAN_FROM`. Comments and raw
    text (a script's, a style's) hold no tags: left alone."""
    found = _LONG_TAG.search(text) if len(text) >= _SCAN_FROM else None
    if found is None:
        return text
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    span = _untagged(text, 0)
    while found is not None:
        start = found.start()
        while span is not None and span[1] <= start:
            span = _untagged(text, span[1])
        if span is not None and span[0] <= start:  # inside a comment or raw text
            found = _LONG_TAG.search(text, span[1])
            continue
        kept = _TAG_START.match(text, start)  # always: the tag's name may be its only part
        end = kept.end() if kept is not None else start + 1
        if _ONE_ATTRIBUTE.match(text, end) is None:  # the tag holds no more: left as it is
            found = _LONG_TAG.search(text, end)
            continue
        rest = _MORE_ATTRIBUTES.match(text, end)  # always (it may match nothing)
        after = rest.end() if rest is not None else end
        # the tag's self-closing slash, if its end has one
        tail = "/" if after > end and text.startswith("/>", after - 1) else ""
        pieces.append(text[done:end])
        pieces.append(tail)
        done = after
        found = _LONG_TAG.search(text, after)
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)
