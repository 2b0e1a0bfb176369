"""A headless CMS's document in Portable Text read as the page it renders (added after the twenty-sixth
held-out batch): Sanity's rich-text JSON, as its query API returns a document (``{"result": {...}}``) or as
the document itself. A text field is a list of ``block`` objects whose ``children`` are ``span`` objects
(``text`` and ``marks``) and whose ``markDefs`` hold the links: a span shows a link when one of its marks is
the ``_key`` of a ``markDef`` with an ``href``. The link's words and its address stand in sibling objects,
so the text reader, which reads a JSON file as text, found the address without its words and the sentence
around them. Each block is written as a paragraph with its linked spans as ``<a href>`` (``em`` and
``strong`` marks as emphasis), a block of another type that holds an address and a headline (a related
article) as a paragraph of its label and its linked headline; the document's ``title`` and ISO
``publishedAt`` are the page's. Images (an asset reference, a credit's address), the SEO object's canonical
address and other fields are no part of the text. Here, not in the HTML reader's modules: the text reader
tests every text opening with ``{`` for it, without importing lxml.
"""

from __future__ import annotations

import html as html_lib
import json
from typing import Any

from linkcheck.articles._pages import article_page
from linkcheck.lazyre import lazy_re

__all__ = ["portable_text_page"]

#: What a Portable Text field holds and little other JSON does: a block's link definitions.
_MARK_DEFS = '"markDefs"'
_ISO_DAY = lazy_re(r"\d{4}-\d\d-\d\d")
#: A custom block's address and headline fields (a related article, an embedded link card).
_URL_KEYS = ("url", "href", "externalUrl", "link")
_HEADLINE_KEYS = ("headline", "title", "text")
_MAX_DEPTH = 12


def _blocks_holder(value: Any, depth: int = 0) -> tuple[dict[str, Any], list[Any]] | None:
    """The first object (depth-first) with a field that is a list holding a ``block``, and that list."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(value, dict):
        for item in value.values():
            if isinstance(item, list) and any(_is_block(x) for x in item):
                return value, item
        for item in value.values():
            if isinstance(item, (dict, list)) and (found := _blocks_holder(item, depth + 1)) is not None:
                return found
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)) and (found := _blocks_holder(item, depth + 1)) is not None:
                return found
    return None


def _is_block(value: Any) -> bool:
    return (
        isinstance(value, dict) and value.get("_type") == "block" and isinstance(value.get("children"), list)
    )


def _web_address(value: Any) -> str | None:
    return value if isinstance(value, str) and value.startswith(("http://", "https://")) else None


def _block_html(block: dict[str, Any]) -> str:
    """One block as a paragraph (a heading style as a heading): its spans' text, linked spans as links."""
    links = {
        d["_key"]: href
        for d in block.get("markDefs") or []
        if isinstance(d, dict) and isinstance(d.get("_key"), str) and (href := _web_address(d.get("href")))
    }
    out: list[str] = []
    for span in block["children"]:
        if not isinstance(span, dict) or not isinstance(span.get("text"), str):
            continue
        words = html_lib.escape(span["text"], quote=False)
        marks = [m for m in span.get("marks") or [] if isinstance(m, str)]
        if "em" in marks:
            words = f"<em>{words}</em>"
        if "strong" in marks:
            words = f"<strong>{words}</strong>"
        href = next((links[m] for m in marks if m in links), None)
        out.append(f'<a href="{html_lib.escape(href)}">{words}</a>' if href else words)
    style = block.get("style")
    tag = style if style in ("h1", "h2", "h3", "h4", "blockquote") else "p"
    return f"<{tag}>{''.join(out)}</{tag}>"


def _custom_html(item: dict[str, Any]) -> str:
    """A block of another type with an address and a headline as ``Label: <a>Headline</a>``; else nothing."""
    url = next((u for k in _URL_KEYS if (u := _web_address(item.get(k)))), None)
    headline = next((h for k in _HEADLINE_KEYS if isinstance(h := item.get(k), str) and h.strip()), None)
    if url is None or headline is None:
        return ""
    label = item.get("label")
    lead = f"{html_lib.escape(label, quote=False)}: " if isinstance(label, str) and label.strip() else ""
    return f'<p>{lead}<a href="{html_lib.escape(url)}">{html_lib.escape(headline, quote=False)}</a></p>'


def portable_text_page(text: str) -> str | None:
    """The HTML page of a Portable Text document (see the module's docstring), or ``None`` for any other
    text (a JSON text without ``"markDefs"``, or without a list of blocks)."""
    if _MARK_DEFS not in text:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    found = _blocks_holder(data)
    if found is None:
        return None
    document, items = found
    body = "".join(
        _block_html(item) if _is_block(item) else _custom_html(item)
        for item in items
        if isinstance(item, dict)
    )
    title = document.get("title")
    date = document.get("publishedAt")
    return article_page(
        (f"<h1>{html_lib.escape(title, quote=False)}</h1>" if isinstance(title, str) else "") + body,
        title=html_lib.escape(title, quote=False) if isinstance(title, str) else None,
        date=date[:10] if isinstance(date, str) and _ISO_DAY.match(date) else "",
    )
