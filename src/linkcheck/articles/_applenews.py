"""An Apple News Format article read as the page it renders (added after the twenty-first held-out batch):
the ``article.json`` a publisher sends to Apple News. Its text is in ``components`` (``body``, ``heading``,
``quote``... each with a ``text``, some nested in a ``container``'s own ``components``), written as HTML
(``"format": "html"``: ``<a href>`` links), as Markdown (``"format": "markdown"``: ``[text](url)``) or as
plain text whose links are ``additions`` (``{"type": "link", "URL", "rangeStart", "rangeLength"}``). Read
as plain text, its addresses are bare URLs inside JSON strings: the story's own ``canonicalURL`` and
``metadata.links`` were cited, and nothing the text says about a link was read. So the components are
rewritten to HTML for the HTML reader, with ``title`` as the page's title, ``metadata.canonicalURL`` as its
address and ``metadata.datePublished`` as its date; photos, the layout and the styles are no part of it.
Here, not in the HTML reader's modules: the text reader tests every text opening with ``{`` for it, without
importing lxml.
"""

from __future__ import annotations

import html as html_lib
import json
from typing import Any

from linkcheck.articles._pages import article_page, linked_html
from linkcheck.lazyre import lazy_re

__all__ = ["apple_news_page"]

#: What an Apple News Format document holds near its top and no other JSON does: its ``components`` list
#: and a component's ``role``.
_ANF_SIGNS = lazy_re(r'"components"\s*:\s*\[\s*\{\s*"role"\s*:')
_ISO_DAY = lazy_re(r"\d{4}-\d\d-\d\d")
#: A Markdown link in a component's text: ``[text](url)``.
_MARKDOWN_LINK = lazy_re(r"\[([^\[\]\n]{1,300})\]\((https?://[^()\s]{1,2000})\)")
#: Components that show a picture, a video or a map, or draw a line: their texts are captions and credits.
_NOT_TEXT = frozenset(
    ["photo", "image", "figure", "portrait", "logo", "gallery", "mosaic", "video", "audio", "map", "place",
     "divider", "banner_advertisement", "medium_rectangle_advertisement"]
)  # fmt: skip


def _plain_html(text: str, additions: Any) -> str:
    """A plain component's text with its ``link`` additions (ranges of it) as ``<a href>``s."""
    ranges = []
    for addition in additions if isinstance(additions, list) else []:
        if not isinstance(addition, dict) or addition.get("type") != "link":
            continue
        url, start, length = addition.get("URL"), addition.get("rangeStart"), addition.get("rangeLength")
        if isinstance(url, str) and isinstance(start, int) and isinstance(length, int) and length > 0:
            ranges.append((start, start + length, url))
    return linked_html(
        text, [(start, end, text[start:end], url) for start, end, url in sorted(ranges) if end <= len(text)]
    )


def _markdown_html(text: str) -> str:
    """A Markdown component's text with its links as ``<a href>``s (the rest escaped, as text)."""
    return linked_html(
        text, [(m.start(), m.end(), m.group(1), m.group(2)) for m in _MARKDOWN_LINK.finditer(text)]
    )


def components_html(components: Any, depth: int = 0) -> list[str]:
    """The HTML of a list of components, each a block, nested ones read in place."""
    blocks: list[str] = []
    for component in components if isinstance(components, list) and depth < 20 else []:
        if (
            not isinstance(component, dict)
            or component.get("role") in _NOT_TEXT
            or component.get("role") == "title"
        ):
            continue
        text = component.get("text")
        if isinstance(text, str) and text.strip():
            form = component.get("format")
            if form == "html":
                written = text
            elif form == "markdown":
                written = _markdown_html(text)
            else:
                written = _plain_html(text, component.get("additions"))
            blocks.append(
                written if form == "html" and text.lstrip().startswith("<") else f"<p>{written}</p>"
            )
        blocks.extend(components_html(component.get("components"), depth + 1))
    return blocks


def apple_news_page(text: str) -> str | None:
    """The HTML page of an Apple News Format article (see the module's docstring), or ``None`` for any
    other text (its mark looked for in the first 20,000 characters)."""
    if text.find('"components"', 0, 20_000) < 0 or _ANF_SIGNS.search(text, 0, 20_000) is None:
        return None
    try:
        article = json.loads(text)
    except (ValueError, RecursionError):  # (a value nested deeper than the decoder recurses)
        return None
    if not isinstance(article, dict) or not isinstance(article.get("components"), list):
        return None
    metadata = article.get("metadata")
    metadata = metadata if isinstance(metadata, dict) else {}
    title, url, date = article.get("title"), metadata.get("canonicalURL"), metadata.get("datePublished")
    return article_page(
        "\n".join(components_html(article["components"])),
        title=html_lib.escape(title, quote=False) if isinstance(title, str) else None,
        url=url if isinstance(url, str) and url.startswith(("http://", "https://")) else "",
        date=date[:10] if isinstance(date, str) and _ISO_DAY.match(date) else "",
    )
