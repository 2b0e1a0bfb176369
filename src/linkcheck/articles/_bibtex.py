"""BibTeX and BibLaTeX entries read as text (added after the seventeenth held-out batch).

An entry ``@online{key, title = {...}, url = {...}, date = {...}, urldate = {...}, organization = {...}}``
states what its link is: the link in its ``url`` (or ``howpublished = {\\url{...}}``) field takes the
entry's title, its outlet (``organization``, ``journaltitle``, ``journal``, ``institution``, ``publisher``),
its date (``date``, else ``year`` and ``month``; a full day ``howpublished`` writes beside the link within
that year) and its access date (``urldate``, else an ``accessed ...`` note); a corporate author in double
braces is the outlet when no field names one. Braces that protect capitals (``{UK}``) and TeX's escapes
(``\\&``) are dropped from the values.
"""

from __future__ import annotations

import re

from linkcheck.articles._base import Link
from linkcheck.articles._dates import parse_date_field, to_partial, written_date
from linkcheck.lazyre import lazy_re
from linkcheck.models import PartialDate

__all__ = ["looks_like_bibtex", "read_bibtex"]

_ENTRY = lazy_re(r"^[ \t]*@(?P<type>[A-Za-z]{2,20})[ \t]*\{[ \t]*[^,\s{}]{1,200}[ \t]*,", re.MULTILINE)
_FIELD = lazy_re(r"\s*(?P<name>[A-Za-z][\w-]{0,30})\s*=\s*")
_BARE_VALUE = lazy_re(r"[^,}\s]{1,100}")
#: The fields whose value is the entry's link.
_LINK_FIELDS = frozenset(["url", "howpublished"])
#: The fields naming the entry's outlet, best first.
_OUTLET_FIELDS = ("organization", "journaltitle", "journal", "institution", "publisher")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_ACCESSED = lazy_re(r"\b(?:accessed|retrieved|visited)\b[ \t:]*", re.IGNORECASE)
_TEX_ESCAPE = lazy_re(r"\\([&%$#_])")
_MAX_FIELDS = 60


def looks_like_bibtex(text: str) -> bool:
    """Whether ``text`` holds a BibTeX entry (``@type{key,`` opening a line): a cheap test first."""
    return ("\n@" in text or text.startswith("@")) and _ENTRY.search(text) is not None


def _braced(text: str, pos: int) -> int:
    """The end of the ``{...}`` value opening at ``pos`` (nested braces counted), or -1: unclosed."""
    depth = 0
    for i in range(pos, min(len(text), pos + 20_000)):
        char = text[i]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


def _fields(text: str, pos: int) -> dict[str, tuple[int, int]]:
    """The fields of the entry whose body starts at ``pos``: name -> the span of its value (braces or quotes
    excluded)."""
    fields: dict[str, tuple[int, int]] = {}
    for _ in range(_MAX_FIELDS):
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        m = _FIELD.match(text, pos)
        if m is None:
            break
        pos = m.end()
        opener = text[pos : pos + 1]
        if opener == "{":
            end = _braced(text, pos)
            if end < 0:
                break
            fields[m.group("name").lower()] = (pos + 1, end - 1)
            pos = end
        elif opener == '"':
            end = text.find('"', pos + 1)
            if end < 0:
                break
            fields[m.group("name").lower()] = (pos + 1, end)
            pos = end + 1
        else:
            bare = _BARE_VALUE.match(text, pos)
            if bare is None:
                break
            fields[m.group("name").lower()] = bare.span()
            pos = bare.end()
    return fields


def _clean(value: str) -> str:
    """A field's text: TeX escapes and protecting braces dropped, white space collapsed."""
    value = _TEX_ESCAPE.sub(r"\1", value).replace("{", "").replace("}", "").replace("~", " ")
    return " ".join(value.split())


def _date(values: dict[str, str]) -> PartialDate | None:
    if "date" in values:
        return parse_date_field(values["date"])
    year = values.get("year", "")
    if not (year.isdigit() and len(year) == 4):
        return None
    month_text = values.get("month", "").lower()[:3]
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text)
    return to_partial(int(year), month if month and 1 <= month <= 12 else None)


def _access_date(values: dict[str, str]) -> PartialDate | None:
    if "urldate" in values:
        return parse_date_field(values["urldate"])
    for name in ("note", "addendum"):
        m = _ACCESSED.search(values.get(name, ""))
        if m is not None:
            return written_date(values[name][m.end() :])
    return None


def corporate_author(raw: str) -> str | None:
    """An ``author`` field's organisation (added after the twentieth held-out batch): BibTeX writes a
    corporate author in a second pair of braces, so that it is not split into given and family names
    (``author = {{European Rail Observatory}}``); it is the entry's outlet when no field names one. ``None``
    for a person's name or several authors (``{Huber, Katrin and M{\\"u}ller, Jonas}``)."""
    raw = raw.strip()
    if not (raw.startswith("{") and raw.endswith("}")) or _braced(raw, 0) != len(raw):
        return None
    name = _clean(raw)
    return name if name and " and " not in name else None


#: A link command inside ``howpublished`` (``\url{...}``, ``\href{...}{...}``): no part of its words.
_LINK_COMMAND = lazy_re(r"\\(?:url|href)\{[^{}]*\}(?:\{[^{}]*\})?")


def _published_day(raw: str) -> PartialDate | None:
    """The day a ``howpublished`` field's words give beside its link (``Rail Notes (blog), 22 January 2024,
    \\url{...}``, added after the twentieth held-out batch): a full date, else ``None``."""
    words = _clean(_LINK_COMMAND.sub(" ", raw))
    if not words or not any(char.isdigit() for char in words):
        return None
    day = written_date(words)
    return day if day is not None and day.day is not None else None


def read_bibtex(text: str, placed: list[tuple[int, int, Link]]) -> None:
    """Give each link in an entry's ``url`` or ``howpublished`` field the entry's title, outlet, date and
    access date (the entry's words win over any other reading of the line)."""
    for entry in _ENTRY.finditer(text):
        spans = _fields(text, entry.end())
        holders = [span for name, span in spans.items() if name in _LINK_FIELDS]
        links = [link for start, _, link in placed if any(a <= start < b for a, b in holders)]
        if not links:
            continue
        values = {name: _clean(text[a:b]) for name, (a, b) in spans.items()}
        outlet = next((values[name] for name in _OUTLET_FIELDS if values.get(name)), None)
        if outlet is None and "author" in spans:
            outlet = corporate_author(text[slice(*spans["author"])])
        date, accessed = _date(values), _access_date(values)
        day = _published_day(text[slice(*spans["howpublished"])]) if "howpublished" in spans else None
        if day is not None and (date is None or (date.day is None and date.year == day.year)):
            date = day  # the day the field's words give, within the entry's year
        for link in links:
            link.title = values.get("title") or link.title
            link.outlet = outlet or link.outlet
            link.date = date or link.date
            link.access_date = accessed or link.access_date
