"""JSON-LD, tolerantly: scripts that are not quite JSON still give their dates and headline."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from linkcheck.extract.decode import without_surrogates
from linkcheck.lazyre import lazy_re

__all__ = ["iter_nodes", "load_jsonld", "mend_surrogates", "node_types", "text_value"]

_COMMENTS = lazy_re(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
_TRAILING_COMMA = lazy_re(r",\s*([}\]])")
_FIELD = lazy_re(
    r'"(@type|headline|name|datePublished|dateModified|dateCreated|uploadDate)"\s*:\s*"((?:[^"\\]|\\.)*)"'
)
#: One decoder for every call (``json.loads`` with keywords builds a new one each time); stateless.
_DECODER = json.JSONDecoder(strict=False)
#: The scanner ``json.loads``'s own decoder holds (the default one: strict, no hooks; ``JSONDecoder`` makes
#: its ``scan_once`` so), called directly.
#: (typeshed does not declare the attribute, which ``JSONDecoder.__init__`` sets.)
_STRICT_SCAN: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
#: Nodes walked per page at most (a huge graph must not cost more than a normal page).
_MAX_NODES = 2000
_MAX_DEPTH = 12


def load_jsonld(text: str) -> list[Any]:
    """Parse one ``<script type="application/ld+json">``; repair what is commonly broken.

    Tries strict JSON (control characters allowed), then without HTML comment/CDATA wrappers and trailing
    commas, then several concatenated objects, and last pulls the few fields we read with a regular
    expression. Returns a list of top-level values (possibly empty). A string holding a lone surrogate
    escape (``\\ud83d`` without its pair) gets U+FFFD in its place (:func:`mend_surrogates`).
    """
    values = _load_jsonld(text)
    if "\\ud" in text or "\\uD" in text:  # only an escape can make a surrogate (the page was decoded)
        return [mend_surrogates(v) for v in values]
    return values


def mend_surrogates(value: Any) -> Any:
    """``value`` with every surrogate code point in its strings (keys too) replaced by U+FFFD.

    Reason: JSON lets a page escape half of a surrogate pair alone (a CMS cutting an emoji's escape in two,
    ``"\\ud83d repairs"``), and ``json`` decodes it to a lone surrogate, which no UTF-8 report can hold: the
    reports6 probe's run ended in a ``UnicodeEncodeError`` with no report written. A pair decodes to one
    character, so every surrogate left is a lone one. Other values are returned as they are."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, list):
        return [mend_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {mend_surrogates(k): mend_surrogates(v) for k, v in value.items()}
    return value


def _load_jsonld(text: str) -> list[Any]:
    text = text.strip()
    if not text:
        return []
    value = _strict_json(text)  # the strict decoder runs in C (strict=False is several times slower): first
    if value is not _NOT_JSON:
        return [value]
    for candidate in (text, _repair(text)):
        try:
            return [_DECODER.decode(candidate)]
        except (ValueError, RecursionError):
            pass
    decoder = _DECODER
    values: list[Any] = []
    repaired = _repair(text)
    index = 0
    while index < len(repaired) and len(values) < 50:
        while index < len(repaired) and repaired[index] in " \t\r\n;,":
            index += 1
        if index >= len(repaired):
            break
        try:
            value, index = decoder.raw_decode(repaired, index)
        except (ValueError, RecursionError):
            break
        values.append(value)
    if values:
        return values
    fields: dict[str, str] = {}
    for m in _FIELD.finditer(text):
        fields.setdefault(m.group(1), _unescape(m.group(2)))
    return [fields] if fields else []


#: What :func:`_strict_json` gives for a text that ``json.loads`` refuses.
_NOT_JSON: Any = object()


def _strict_json(text: str) -> Any:
    """``json.loads(text)`` of a ``text`` with no white space at either end (``str.strip``'s output), or
    :data:`_NOT_JSON` where it raises ``ValueError`` or ``RecursionError``: its decoder's C scanner called
    without the Python steps around it (~9 k instructions of a ~37 k read of a 550-character block).

    Exact: ``json.loads`` skips ``[ \t\n\r]*`` (none before a stripped text's first character), scans one
    value, skips them again and refuses the text unless that reaches its end; a stripped text ends with no
    such character, so it is accepted exactly when the value scanned ends where the text does. A text
    opening with a byte-order mark, which ``json.loads`` refuses first, is no value's start for the scanner
    either; the scanner says "no value here" by ``StopIteration``."""
    try:
        value, end = _STRICT_SCAN(text, 0)
    except (StopIteration, ValueError, RecursionError):
        return _NOT_JSON
    return value if end == len(text) else _NOT_JSON


def _repair(text: str) -> str:
    text = _COMMENTS.sub("", text).strip()
    return _TRAILING_COMMA.sub(r"\1", text)


def _unescape(value: str) -> str:
    try:
        result = _DECODER.decode(f'"{value}"')
    except ValueError:
        return value
    return result if isinstance(result, str) else value


def node_types(node: dict[str, Any]) -> set[str]:
    """The node's ``@type`` values, lower-cased, without a schema.org prefix."""
    raw = node.get("@type")
    if isinstance(raw, str):  # one type (most nodes): the loop's one turn, without its list and set steps
        return {raw.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip().lower()}
    items = raw if isinstance(raw, list) else [raw]
    result: set[str] = set()
    for item in items:
        if isinstance(item, str):
            result.add(item.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip().lower())
    return result


def text_value(value: Any) -> str | None:
    """A string field (``"x"``, ``["x"]``, ``{"@value": "x"}`` or ``{"name": "x"}``), or ``None``."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value", value.get("name"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def iter_nodes(values: list[Any]) -> Iterator[dict[str, Any]]:
    """Every object node: top-level values, lists, ``@graph`` members and ``mainEntity`` objects, depth
    first, bounded in count and depth. Item lists are not entered: they describe other pages.

    A page's one block holding one object with no ``@graph`` or ``mainEntity`` to enter (a news site's
    ``NewsArticle``, the commonest JSON-LD) is that object alone, given without the walk's generator (~2/3
    of the ~10 k instructions a walk of one object costs; a page walks its nodes once or twice; cost9): the
    walk would yield it (depth 0, the first node) and find nothing to push."""
    if len(values) == 1:
        only = values[0]
        if (
            isinstance(only, dict)
            and not isinstance(only.get("@graph"), (dict, list))
            and not isinstance(only.get("mainEntity"), (dict, list))
        ):
            return iter((only,))
    return _walk_nodes(values)


def _walk_nodes(values: list[Any]) -> Iterator[dict[str, Any]]:
    """:func:`iter_nodes`' walk."""
    stack: list[tuple[Any, int]] = [(v, 0) for v in reversed(values)]
    seen = 0
    while stack and seen < _MAX_NODES:
        value, depth = stack.pop()
        if depth > _MAX_DEPTH:
            continue
        if isinstance(value, list):
            stack.extend((v, depth + 1) for v in reversed(value))
            continue
        if not isinstance(value, dict):
            continue
        seen += 1
        yield value
        for key in ("@graph", "mainEntity"):
            child = value.get(key)
            if isinstance(child, (dict, list)):
                stack.append((child, depth + 1))
