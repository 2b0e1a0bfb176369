"""An iCalendar file (``.ics``, RFC 5545) read as text (added after the nineteenth held-out batch).

A calendar writes each property on a line of at most 75 octets, folding a longer one by a line break and a
space (or tab) that a reader takes out: a URL in an event's ``DESCRIPTION`` is cut wherever the 75th octet
falls (``.../2024/04/29/qua`` / `` rry-boss-guilty-fraud``). Its text values escape commas, semicolons and
backslashes (``\\,``, ``\\;``, ``\\\\``) and write a line break as ``\\n``. :func:`calendar_text` unfolds the
lines and reads the escapes before the text reader reads the links; an unfolded line stands where its first
line stood and blank lines take the folded ones' places, so that the lines after it keep their numbers (a
value's ``\\n`` breaks, written as lines, use up those places first).

Two properties hold links that cite nothing: a time zone's ``TZURL`` (where its definition is published) and
Outlook's ``X-ALT-DESC`` (the description again, as HTML: its links are the description's): their lines are
left blank. So are an event's venue (``LOCATION``, ``GEO``: a place named there, ``Northgate Civic Centre``,
is no source, and the prose reader took it as the outlet of every link whose host spells its first word;
added after the twentieth held-out batch) and the ``BEGIN:``/``END:`` lines around each component: a blank
line between two events is a paragraph break, and the prose of one event says nothing of another's links.
"""

from __future__ import annotations

import re

from linkcheck.lazyre import lazy_re

__all__ = ["calendar_text", "looks_like_calendar"]

#: Properties whose links are not the calendar's citations (see the module's docstring), and an event's venue
#: (``LOCATION``, ``GEO``: where it happens, named by no source; added after the twentieth held-out batch).
_NOT_CITED = frozenset(["TZURL", "X-ALT-DESC", "LOCATION", "GEO"])
#: A text value's escapes: ``\\n`` (or ``\\N``) a line break, ``\\,``, ``\\;``, ``\\\\`` the character.
_ESCAPE = lazy_re(r"\\([nN,;\\])")


def looks_like_calendar(text: str) -> bool:
    """Whether ``text`` is an iCalendar file: it opens with ``BEGIN:VCALENDAR`` (only the opening is looked
    at)."""
    return text[:100].lstrip().upper().startswith("BEGIN:VCALENDAR")


def _unescape(m: re.Match[str]) -> str:
    char = m.group(1)
    return "\n" if char in "nN" else char


def calendar_text(text: str) -> str:
    """``text`` unfolded and unescaped, lines kept in place (see the module's docstring)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        logical = lines[i].rstrip("\r")
        j = i + 1
        while j < len(lines) and lines[j][:1] in (" ", "\t"):
            logical += lines[j].rstrip("\r")[1:]
            j += 1
        name = logical.split(":", 1)[0].split(";", 1)[0].strip().upper()
        if name in _NOT_CITED or name in ("BEGIN", "END"):
            pieces = [""]
        else:
            pieces = _ESCAPE.sub(_unescape, logical).split("\n")
        out.extend(pieces)
        out.extend([""] * (j - i - len(pieces)))
        i = j
    return "\n".join(out)
