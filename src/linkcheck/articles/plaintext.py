"""Citations in plain text (news copy like the seed article): bare URLs wherever they stand.

The article's own date is read from a dateline near the top ("Published: January 9, 2020", a line that is
just a date); everything else a link gets comes from the prose (:mod:`linkcheck.articles._prose`).
"""

from __future__ import annotations

import re

from linkcheck.articles._base import Lines, Link, Parsed, find_urls, is_boilerplate
from linkcheck.articles._dates import parse_date
from linkcheck.articles._entries import read_entries, read_markers
from linkcheck.models import PartialDate

__all__ = ["parse"]

#: How far from the top a dateline may stand.
_HEAD_LINES = 15
_DATELINE_PREFIX = re.compile(
    r"^\W*(?:(?P<pub>published|posted|first published|date|dated|pubdate|released)|(?P<upd>updated|"
    r"last updated|modified))\b\s*(?:on|at)?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
#: Text beside a link that does not stop it standing alone: list markers, numbers, brackets, punctuation.
_EOL = re.compile(r"\r|\n")
_LIST_MARKER = re.compile(r"^[ \t>]*(?:[-*+•·–—]|\(?\d{1,3}[.)\]]|\[\d{1,3}\])?[ \t]*")


def parse(text: str, *, base_url: str | None = None) -> Parsed:
    """Find every bare URL in ``text``; each link's ``pos`` is its offset in ``text`` (the prose)."""
    del base_url  # bare URLs are absolute
    lines = Lines(text)
    parsed = Parsed(prose=text)
    found = find_urls(text)
    for start, end, url in found:
        line_start = lines.start_of(start)
        line_end_match = _EOL.search(text, end)
        line_end = line_end_match.start() if line_end_match else len(text)
        before = text[line_start:start]
        after = text[end:line_end]
        standalone = _LIST_MARKER.fullmatch(before) is not None
        boilerplate = is_boilerplate(before)
        parsed.links.append(
            Link(
                url=url,
                line=lines.line(start),
                pos=start,
                standalone=standalone,
                trailer=after.strip(" \t,;:-–—()[]") if standalone else "",
                boilerplate=boilerplate,
            )
        )
    placed = [(start, end, link) for (start, end, _), link in zip(found, parsed.links, strict=True)]
    read_entries(text, placed)
    read_markers(text, placed)
    parsed.date, parsed.date_line = dateline(text)
    return parsed


def dateline(text: str, *, first_line: int = 1) -> tuple[PartialDate | None, int | None]:
    """The article's own date from a dateline near the top, and its line: a ``Published: ...`` line first,
    then a line that is nothing but a date; ``Updated: ...`` only when there is nothing else."""
    updated: tuple[PartialDate, int] | None = None
    plain: tuple[PartialDate, int] | None = None
    seen = 0
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text[:5000]), start=first_line):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        if len(stripped) > 100:
            continue
        prefix = _DATELINE_PREFIX.match(stripped)
        rest = stripped[prefix.end() :] if prefix else stripped
        value = parse_date(rest, allow_year=False)
        if value is None:
            continue
        if prefix and prefix.group("pub"):
            return value, number
        if prefix and prefix.group("upd"):
            updated = updated or (value, number)
        elif plain is None and _mostly_date(rest):
            plain = (value, number)
    found = plain or updated
    return (found[0], found[1]) if found else (None, None)


def _mostly_date(text: str) -> bool:
    """A line that is a date (perhaps with a weekday, a time and a place), not a sentence mentioning one."""
    words = re.findall(r"[^\W\d_]+", text)
    if re.fullmatch(r"[\d\s:./T+Z-]+", text.strip()):
        return True
    return len(words) <= 6 and not text.rstrip().endswith((".", "!", "?", ":"))
