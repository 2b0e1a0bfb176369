"""A line that names an article's sources with their dates but links none of them (added after the
twenty-first held-out batch): a news story's closing ``Sources: RIA Novosti, Jan. 9, 2020 · TASS, Jan. 8,
2020``, ``Источники: РИА Новости (9 января 2020), ТАСС (8 января 2020)``. Its links stand in the prose
("<a>передаёт ТАСС</a>"), where their outlets are read; the line says when each outlet published. So a
cited link whose outlet is named on such a line, and which has no date yet, is given the date the line
gives that outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from linkcheck.articles._base import Link
from linkcheck.articles._dates import parse_date
from linkcheck.lazyre import lazy_re
from linkcheck.models import PartialDate

__all__ = ["attach_source_line_dates", "source_line_dates"]

#: A line opening with a label of sources (English, Russian, Ukrainian, Belarusian) and a colon, or a label
#: alone on its line (a bold "Sources" and a line break), then its list.
_SOURCE_LINE = lazy_re(
    r"[ \t*_]*(?:Sources?|Источники|Источник|Джерела|Джерело|Крыніцы)[*_]*"
    r"(?:[ \t]*[:：][*_]*[ \t]*|[ \t]*\r?\n)(?P<list>[^\r\n]{4,600})",
)
#: What separates a line's items: a semicolon, a middle dot, a bar, a slash, or a comma after a parenthesis
#: (``ТАСС (8 января 2020), «Outlet» (...)``), each made a semicolon before the line is split (no pattern
#: searched along it).
_ITEM_SEPARATORS = ("·", "|", "/")
_QUOTES = "«»“”\"'„"
_DIGIT = lazy_re(r"\d")
#: The labels' stems, capitalised as a line opens them: each is found with ``str.find`` and its line matched
#: with :data:`_SOURCE_LINE` from its start.
_LABEL_WORDS = ("Source", "Источник", "Джерел", "Крыніц")


def _key(name: str) -> str:
    return " ".join(name.strip(_QUOTES + " .").casefold().split())


def _longer_name(name: str, key: str) -> bool:
    """Whether ``name`` is ``key`` and a word to three more (``levant security monitor`` of ``levant
    security``)."""
    return name.startswith(key + " ") and len(name[len(key) :].split()) <= 3


#: How far from the prose's end a sources line is looked for: it closes a story (a newsletter's footer after
#: it), and a search of the whole prose of every article for its label would cost more than the rule.
_TAIL = 4000


def _source_lines(prose: str) -> list[re.Match[str]]:
    """The source lines in the last :data:`_TAIL` characters of ``prose``: each line where a label's stem
    stands is matched from its start (the labels found with ``str.find``, not a line-anchored search)."""
    found: list[re.Match[str]] = []
    starts: set[int] = set()
    begin = max(0, len(prose) - _TAIL)
    for label in _LABEL_WORDS[:1] if prose.isascii() else _LABEL_WORDS:  # (English prose: one search)
        at = prose.find(label, begin)
        while at >= 0:
            start = prose.rfind("\n", 0, at) + 1
            if start not in starts and (m := _SOURCE_LINE.match(prose, start)) is not None:
                starts.add(start)
                found.append(m)
            at = prose.find(label, at + len(label))
    return found


def _items(listing: str) -> Iterator[tuple[str, str]]:
    """A line's items as (name, what may be its date): ``Name (date)``, else ``Name, date`` (``RIA Novosti,
    Jan. 9, 2020 (in Russian)`` is tried both ways); a label before a colon in an item is no part of it."""
    for separator in _ITEM_SEPARATORS:
        listing = listing.replace(separator, ";")
    for piece in listing.replace("),", ");").split(";"):
        piece = piece[piece.rfind(":") + 1 :].strip(" \t.")
        if not piece or len(piece) > 130 or piece[0].isdigit():
            continue
        opening = piece.rfind("(")
        if piece.endswith(")") and opening > 0:
            yield piece[:opening], piece[opening + 1 : -1]
        name, comma, rest = piece.partition(",")
        if comma:
            yield name, rest


def source_line_dates(prose: str) -> dict[str, tuple[str, PartialDate] | None]:
    """The name and date each source line of ``prose`` gives its outlets, by the outlet's name folded (see
    the module's docstring); a name given two different dates is ``None``."""
    found: dict[str, tuple[str, PartialDate] | None] = {}
    for line in _source_lines(prose):
        if "://" in line.group("list"):
            continue  # a list of addresses (``Sources: https://...``): its links' own lines say the rest
        for written, dated in _items(line.group("list")):
            if not 4 <= len(dated) <= 40 or _DIGIT.search(dated) is None or "://" in written:
                continue  # (no date without a digit; an address is no outlet's name)
            date = parse_date(dated, allow_year=True)
            if date is None or date.month is None:
                continue
            name = written.strip(_QUOTES + " .")
            key = _key(name) if len(name) <= 80 else ""
            if key:
                found[key] = (name, date) if found.get(key, (name, date)) == (name, date) else None
    return found


def attach_source_line_dates(prose: str, links: list[Link]) -> None:
    """Date each undated link whose outlet a source line of ``prose`` names with a date (the module's
    docstring); an outlet the line names longer (``Levant Security`` read from the host, ``Levant Security
    Monitor`` on the line) takes the line's name."""
    if not any(link.date is None and link.outlet for link in links):
        return  # (most articles: no undated link with an outlet, and no search of the prose)
    named = source_line_dates(prose)
    if not named:
        return
    for link in links:
        if link.date is not None or not link.outlet:
            continue
        key = _key(link.outlet)
        entry = named.get(key) or next(
            (value for name, value in named.items() if value and _longer_name(name, key)), None
        )
        if entry is not None:
            link.outlet, link.date = entry
            link.notes.append(f"dated by the sources line ({entry[0]})")
