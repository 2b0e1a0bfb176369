"""Where in a JSON file a citation stands, as an RFC 6901 JSON Pointer (added after the seed25 probe).

A JSON file saved as an API sends it (compact: one line) holds every citation at line 1; an indented one
spreads a record over lines the reader cannot tell apart. The pointer of the string that holds a cited
address (``/0/URL``: the first record's ``URL``; ``/card/url``; ``/content``) is a place a user can go to
(``jq '.[0].URL'``, an editor's JSON path) whatever the file's layout. Pure: text in, pointers out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from linkcheck.articles._base import json_or_none

__all__ = ["json_pointers"]

#: The largest file read for pointers (characters), the deepest nesting walked, and the most strings kept.
_MAX_TEXT = 20_000_000
_MAX_DEPTH = 64
_MAX_STRINGS = 200_000


def _token(key: str | int) -> str:
    """One reference token of a pointer: ``~`` written ``~0`` and ``/`` written ``~1`` (RFC 6901)."""
    return str(key).replace("~", "~0").replace("/", "~1")


def _linked_strings(document: Any) -> list[tuple[str, str]]:
    """``(pointer, string)`` for each string value holding ``://`` in ``document``, in the file's order."""
    out: list[tuple[str, str]] = []
    stack: list[tuple[str, Any, int]] = [("", document, 0)]
    while stack and len(out) < _MAX_STRINGS:
        pointer, node, depth = stack.pop()
        if isinstance(node, str):
            if "://" in node:
                out.append((pointer, node))
        elif depth < _MAX_DEPTH and isinstance(node, dict):
            stack.extend((f"{pointer}/{_token(k)}", v, depth + 1) for k, v in reversed(node.items()))
        elif depth < _MAX_DEPTH and isinstance(node, list):
            stack.extend((f"{pointer}/{i}", v, depth + 1) for i, v in reversed(list(enumerate(node))))
    return out


def json_pointers(text: str, urls: Iterable[str]) -> dict[str, str]:
    """For each of ``urls`` that a string value of the JSON document ``text`` holds, the pointer of the first
    such value (as written, or with ``&`` escaped as an HTML value writes it: ``&amp;``); ``{}`` when
    ``text`` is no JSON object or array."""
    head = text.lstrip()[:1]
    if head not in ("{", "[") or len(text) > _MAX_TEXT:
        return {}
    document = json_or_none(text)
    if not isinstance(document, (dict, list)):
        return {}
    strings = _linked_strings(document)
    found: dict[str, str] = {}
    for url in urls:
        if url in found:
            continue
        spellings = (url, url.replace("&", "&amp;")) if "&" in url else (url,)
        for pointer, value in strings:
            if any(spelling in value for spelling in spellings):
                found[url] = pointer
                break
    return found
