"""Two line-tagged files read as the text the other readers read (added after the twenty-fourth held-out
batch): an EndNote tagged export (``.enw``, the Refer format) and a gopher menu (a ``gophermap``).

An EndNote tagged export holds records separated by blank lines, each line a ``%`` tag and a value: ``%0``
the reference type, ``%T`` the title, ``%J`` the journal or newspaper, ``%B`` the book or series, ``%I`` the
publisher, ``%D`` the year, ``%8`` the rest of the date (``March 14``, ``January``), ``%U`` the address,
``%[`` the access date. It says what an RIS record says with other tags, so it is rewritten to RIS
(``TY  - ``, ``TI``, ``T2``, ``PB``, ``DA``/``PY``, ``UR``, ``Y2``, ``ER``), which the RIS reader reads.

A gopher menu is one item a line: a type character, the display string, then the selector, host and port
after tabs. Its prose is info lines (type ``i``, ``fake`` or empty selectors), its web links ``h`` lines
whose selector is ``URL:`` and the address; other items (``0`` text, ``1`` menus, ``7`` searches) name
documents on gopher servers, no web page. Read as it stands, every line ends in tabs, hosts and ports;
read as text, info lines are the prose (a blank one a paragraph's end) and each ``h`` link its display
string over its address, as a press review writes an item.

Only a text opening with ``%0`` (an export) or with a type character and holding a tab on its first line (a
menu) is tried.
"""

from __future__ import annotations

from linkcheck.lazyre import lazy_re

__all__ = ["enw_as_ris", "gophermap_text", "looks_like_enw", "looks_like_gophermap"]

#: An EndNote tagged line: ``%`` and the tag's character, a space, the value.
_ENW_LINE = lazy_re(r"^%(?P<tag>\S) ?(?P<value>.*?)\s*$")
#: EndNote tags and the RIS tags that say the same (the date's two parts are joined apart).
_ENW_TO_RIS = {"T": "TI", "J": "T2", "B": "T2", "I": "PB", "U": "UR", "[": "Y2", "R": "DO"}
#: A gopher menu's line: type, display string, selector, host, port (a ``+`` after the port for gopher+).
_GOPHER_LINE = lazy_re(
    r"^(?P<type>[0-9A-Za-z+:;<])(?P<display>[^\t]*)\t(?P<selector>[^\t]*)\t[^\t]*\t\d+\+?\s*$"
)
#: How many of a menu's opening lines are looked at, and how many must be menu lines.
_GOPHER_PROBE = 5


def looks_like_enw(text: str) -> bool:
    """Whether ``text`` opens (blank lines apart) with an EndNote tagged record's ``%0`` line followed by a
    title's or an author's line (a text opening with ``%0 of ...`` is prose)."""
    head = text[:300].lstrip()
    return head.startswith("%0 ") and ("\n%T " in head or "\n%A " in head)


def _date(year: str, rest: str) -> str:
    """An RIS date value for ``%D`` (a year) and ``%8`` (``March 14``, ``14 March``, ``January``): the two
    joined as a text date (``March 14, 2023``), or the year alone."""
    if not rest:
        return year
    if not year or year in rest:
        return rest
    return f"{rest}, {year}" if rest[-1:].isdigit() else f"{rest} {year}"


def enw_as_ris(text: str) -> str:
    """An EndNote tagged export rewritten as RIS records (see the module's docstring)."""
    out: list[str] = []
    record: dict[str, str] = {}

    def close() -> None:
        if not record:
            return
        out.append("TY  - GEN")
        for tag, value in record.items():
            if tag in _ENW_TO_RIS and not (tag == "B" and "J" in record):
                out.append(f"{_ENW_TO_RIS[tag]}  - {value}")
        if date := _date(record.get("D", ""), record.get("8", "")):
            out.append(f"DA  - {date}")
        out.extend(["ER  - ", ""])
        record.clear()

    for line in text.splitlines():
        m = _ENW_LINE.match(line)
        if m is None:
            if not line.strip():
                close()
            continue
        tag, value = m.group("tag"), m.group("value")
        if tag == "0":
            close()
        if value and tag not in record:
            record[tag] = value
    close()
    return "\n".join(out)


def looks_like_gophermap(text: str) -> bool:
    """Whether ``text`` may be a gopher menu: its first lines (blank ones apart) are all menu lines."""
    lines = [line for line in text[:2000].splitlines()[: _GOPHER_PROBE + 3] if line.strip() not in ("", ".")]
    lines = lines[:_GOPHER_PROBE]
    return len(lines) >= 3 and all(_GOPHER_LINE.match(line) for line in lines)


def gophermap_text(text: str) -> str:
    """A gopher menu as text: info lines as the prose, each web link its display string over its address
    (see the module's docstring); other items and the closing ``.`` dropped."""
    out: list[str] = []
    for line in text.splitlines():
        m = _GOPHER_LINE.match(line)
        if m is None:
            if line.strip() not in ("", "."):
                out.append(line)  # (a menu may hold a plain line: kept as prose)
            continue
        kind, display, selector = m.group("type"), m.group("display").strip(), m.group("selector")
        if kind == "i":
            out.append(display)  # (wrapped as the author wrapped it: a header line stays its own)
        elif kind == "h" and selector.startswith("URL:"):
            out.extend([display, selector[4:].strip(), ""])
    return "\n".join(out) + "\n"
