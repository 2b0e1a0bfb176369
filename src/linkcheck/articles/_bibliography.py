"""A post's citation keys joined to the bibliography its front matter names (added after site8).

Pandoc, Quarto and the static-site generators that use them let a post name its bibliography in its front
matter (``bibliography: ../refs/references.bib``, a list of files too) and cite its entries by key
(``[@grid2024]``, ``[see @grid2024, p. 3; @gone2024]``, ``@grid2024 says``). Reading stays pure: the
caller (the CLI) opens the files :func:`named_bibliographies` names and gives their texts;
:func:`keyed_citations` makes each entry the post cites a citation of the post, at the line of its key's
first use, with what the entry states (title, outlet, date, access date, read as the text reader reads a
``.bib``). A key no entry has and an entry no key cites are no citation.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from linkcheck.articles._base import Lines
from linkcheck.lazyre import lazy_re
from linkcheck.models import Article, Citation

__all__ = ["keyed_citations", "named_bibliographies"]

#: A front matter (YAML ``---`` or TOML ``+++``) opening the text, its body captured.
_FRONT = lazy_re(r"\A(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n(?:\1|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
#: The ``bibliography`` key of a front matter, its value the rest of the line (empty before a block list).
_KEY = lazy_re(r"^bibliography[ \t]*[:=][ \t]*(?P<value>[^\r\n]*)", re.MULTILINE)
#: An item of a block list below the key (``  - refs.bib``).
_ITEM = lazy_re(r"[ \t]*-[ \t]+(?P<value>[^\r\n]+)")
#: A citation key in Pandoc's syntax: ``@`` not after a word character (an e-mail address), then the key.
_CITE = lazy_re(r"(?<![\w@.])-?@(?P<key>[A-Za-z0-9_][\w:.#$%&+?<>~/-]{0,200})")
#: An entry's opening (``@online{key,``) in a BibTeX or BibLaTeX file.
_ENTRY = lazy_re(r"^[ \t]*@[A-Za-z]{2,20}[ \t]*\{[ \t]*(?P<key>[^,\s{}]{1,200})[ \t]*,", re.MULTILINE)


def _unquoted(value: str) -> str:
    value = value.split(" #", 1)[0].strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def named_bibliographies(text: str) -> list[tuple[str, int]]:
    """The files a post's front matter names as its bibliography, each with the line that names it: a
    scalar (``bibliography: refs.bib``, TOML's ``bibliography = "refs.bib"``), a flow list (``[a.bib,
    b.bib]``) or a block list (``- a.bib`` lines below the key). ``[]`` for a text without one."""
    if not text.startswith(("---", "+++")) or "bibliography" not in text:
        return []
    front = _FRONT.match(text)
    if front is None:
        return []
    body, offset = front.group(2), front.start(2)
    lines = Lines(text)
    named: list[tuple[str, int]] = []
    for key in _KEY.finditer(body):
        value = key.group("value").strip()
        line = lines.line(offset + key.start())
        if value.startswith("["):
            names = [_unquoted(part) for part in value.strip("[]").split(",")]
            named.extend((name, line) for name in names if name)
        elif value and not value.startswith(("|", ">")):
            named.append((_unquoted(value), line))
        else:
            rest = body[key.end() :].split("\n")[1:]
            for n, row in enumerate(rest, 1):
                item = _ITEM.match(row)
                if item is None:
                    break
                named.append((_unquoted(item.group("value")), line + n))
    return [(name, line) for name, line in named if name]


def _entries(bibliography: str) -> dict[str, Citation]:
    """Each entry's key -> its citation, as the text reader reads the file (the citation whose line is within
    the entry's lines)."""
    from linkcheck.articles import extract_citations

    starts = [(m.start(), m.group("key")) for m in _ENTRY.finditer(bibliography)]
    if not starts:
        return {}
    lines = Lines(bibliography)
    firsts = [(lines.line(start), key) for start, key in starts]
    entries: dict[str, Citation] = {}
    for citation in extract_citations(bibliography, "text"):
        if citation.line is None or citation.error is not None:
            continue
        key = next((key for first, key in reversed(firsts) if first <= citation.line), None)
        if key is not None and key not in entries:
            entries[key] = citation
    return entries


def keyed_citations(
    text: str,
    bibliographies: Mapping[str, str],
    source: str,
    article: Article | None,
    cited: set[str],
) -> list[Citation]:
    """The citations of the entries ``text`` (a post) cites by key, from ``bibliographies`` (each file's
    text, as the post names it), in the order of their keys' first use, at the key's line; an entry whose URL
    is in ``cited`` (the post links it too) is left to that link. The first file holding a key wins."""
    if "@" not in text:
        return []
    entries: dict[str, Citation] = {}
    for bibliography in bibliographies.values():
        for key, stated in _entries(bibliography).items():
            entries.setdefault(key, stated)
    if not entries:
        return []
    front = _FRONT.match(text)
    start = front.end() if front is not None else 0
    lines = Lines(text)
    found: list[Citation] = []
    seen = set(cited)
    for match in _CITE.finditer(text, start):
        key = match.group("key").rstrip(".:?/-")
        entry = entries.get(key)
        if entry is None or entry.url in seen:
            continue
        seen.add(entry.url)
        found.append(
            dataclasses.replace(
                entry, source=source, line=lines.line(match.start()), article=article, note=None
            )
        )
    return found
