"""A Jupyter notebook's raw ``.ipynb`` file read as text (added after the nineteenth held-out batch).

A notebook is JSON: a list of cells, each with its ``cell_type`` and its ``source``, a list of strings, one
line of the cell a string (``"The port's [report](https://...) (published 2 February 2024).\\n",``), its
quotes and non-ASCII letters escaped. The prose and its links are the Markdown cells'; a code cell's source
and outputs are code (a data file read by URL is no citation, as a URL in a text's code block is none).
:func:`notebook_markdown` writes each line of a Markdown cell's source as the Markdown it holds, on the line
it stands on in the file, and blanks every other line, so that the Markdown reader reads the cells with the
file's line numbers. Jupyter writes a cell's keys sorted, ``cell_type`` before ``source``.
"""

from __future__ import annotations

import json

from linkcheck.lazyre import lazy_re

__all__ = ["looks_like_notebook", "notebook_markdown"]

#: A cell's type, and the opening of its source: a list (one string a line, as Jupyter writes it) or a string.
_CELL_TYPE = lazy_re(r'^[ \t]*"cell_type"[ \t]*:[ \t]*"(?P<t>[a-z]+)"')
_SOURCE_OPEN = lazy_re(r'^[ \t]*"source"[ \t]*:[ \t]*(?P<rest>.*?)[ \t]*,?[ \t]*\r?$')
#: One string of a source list: the JSON string and the comma after it.
_SOURCE_LINE = lazy_re(r'^[ \t]*(?P<s>"(?:[^"\\]|\\.)*")[ \t]*,?[ \t]*\r?$')


def looks_like_notebook(text: str) -> bool:
    """Whether ``text`` is an ``.ipynb`` file: a JSON object opening with its ``"cells"`` (Jupyter writes the
    keys sorted) whose first cell states its ``cell_type``. Only the opening is looked at."""
    return text[:40].lstrip()[:1] == "{" and '"cells"' in text[:300] and '"cell_type"' in text[:600]


def _string(literal: str) -> str:
    """A JSON string literal's text (its escapes read), or nothing when it is not one."""
    try:
        value = json.loads(literal)
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""


def notebook_markdown(text: str) -> str:
    """The Markdown cells' lines of a notebook, each on its own line's place in the file; every other line
    blank. A source written as one string (not a list) is written over the lines after it, its line breaks
    read (the lines after it move down). A notebook saved compactly (no line breaks: a script's
    ``json.dump``, an API's answer) has no cell on a line of its own: its Markdown cells are read from the
    parsed JSON (:func:`_parsed_markdown`), one after another (seed24)."""
    lines = text.split("\n")
    out: list[str] = []
    cell = seen = ""
    in_source = False
    for line in lines:
        if in_source:
            if (m := _SOURCE_LINE.match(line)) is not None:
                out.append(_string(m.group("s")).rstrip("\r\n") if cell == "markdown" else "")
                continue
            in_source = False
            out.append("")
            continue
        if (m := _CELL_TYPE.match(line)) is not None:
            cell = seen = m.group("t")
        elif (m := _SOURCE_OPEN.match(line)) is not None:
            rest = m.group("rest")
            if rest == "[":
                in_source = True
            elif rest.startswith('"') and cell == "markdown":
                out.append(_string(rest.rstrip(",").rstrip()))
                continue
        out.append("")
    return "\n".join(out) if seen else _parsed_markdown(text)


def _parsed_markdown(text: str) -> str:
    """The Markdown cells of a notebook ``text`` parsed whole, each cell's source a paragraph; nothing when
    ``text`` is no notebook's JSON."""
    try:
        data = json.loads(text)
    except ValueError:
        return ""
    cells = data.get("cells") if isinstance(data, dict) else None
    out: list[str] = []
    for cell in cells if isinstance(cells, list) else []:
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source")
        if isinstance(source, list):
            source = "".join(part for part in source if isinstance(part, str))
        if isinstance(source, str) and source.strip():
            out.append(source.rstrip("\n"))
    return "\n\n".join(out)
