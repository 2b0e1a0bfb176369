"""A headless CMS's record read as text (added after the thirty-sixth held-out batch): a story as a CMS's API
hands it over as JSON (Ghost, Contentful, Strapi, Storyblok, Prismic, Arc XP's ANS, a record holding an
Editor.js, Draft.js or TipTap body). The text reader finds every address in it; what this module adds is
what the record's keys say and the text around an address does not:

- :func:`cms_record`: the story's own title, day and address, from the first object (breadth first) that
  holds both a publication key (:data:`_PUBLISHED_KEYS`, in that order: a first publication before a
  republish's, never ``createdAt``, the day a draft was opened, nor ``updatedAt``) and a title key;
- :func:`link_cards`: the link previews an editor pasted (Ghost's bookmark card and its ``metadata``,
  Editor.js's ``linkTool`` and its ``meta``, a preview entry, component or slice), each an object holding a
  web address and a title with an outlet or a day beside it; ANS's ``interstitial_link`` (a linked headline).
  A body stored as a JSON document inside a JSON string (Ghost's ``mobiledoc`` and ``lexical``) is read too;
- :func:`asset_key`: whether the JSON key an address is the value of names a picture or the record's own
  address (an image's ``src``, a ``thumbnail``, a ``canonicalURL``): no citation.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections import deque
from collections.abc import Iterator
from typing import Any

from linkcheck.articles._pages import article_page
from linkcheck.models import PartialDate

__all__ = ["asset_key", "cms_record", "link_cards", "read_cards", "rich_text_page"]

#: Keys of a story's publication, in the order read: a first publication before one the site shows, before
#: a plain ``published``. ANS's ``publish_date`` (the last republish), ``createdAt`` and ``updatedAt`` are
#: none of them.
_PUBLISHED_KEYS = (
    *("first_publish_date", "first_published_at", "firstPublishedAt", "display_date"),
    *("publishDate", "publish_date_shown", "published_date", "publishedDate", "published_on"),
    *("publishedAt", "published_at", "datePublished", "date_published", "publicationDate"),
)
#: A record's own title keys (ANS's ``headlines`` is an object: its ``basic``).
_TITLE_KEYS = ("title", "headline", "headlines", "name")
#: A record's own address keys (an SEO component's ``canonicalURL`` too).
_OWN_KEYS = ("canonical_url", "canonicalUrl", "canonicalURL", "seoCanonical", "permalink", "url", "link")
_ISO_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?![\d])")
_MAX_DEPTH = 12
_MAX_NESTED = 2_000_000  # a JSON string longer than this is not decoded as a document


def _web(value: Any) -> str | None:
    return value if isinstance(value, str) and value.startswith(("http://", "https://")) else None


def _text_of(value: Any) -> str | None:
    """A title as a record writes it: a string, an object's ``basic`` or ``rendered`` (ANS, WordPress), or a
    rich-text list of objects with ``text`` (Prismic's ``[{"type": "heading1", "text": ...}]``)."""
    if isinstance(value, dict):
        value = value.get("basic") or value.get("rendered")
    elif isinstance(value, list):
        value = " ".join(x["text"] for x in value if isinstance(x, dict) and isinstance(x.get("text"), str))
    return (" ".join(value.split()) or None) if isinstance(value, str) else None


def _day(value: Any) -> PartialDate | None:
    m = _ISO_DAY.match(value.strip()) if isinstance(value, str) else None
    return PartialDate.parse(m.group(0)) if m else None


def cms_record(document: Any) -> tuple[str | None, PartialDate | None, str | None, str] | None:
    """The story's ``(title, day, own address, publication key)`` in a CMS record (see the module's
    docstring), or ``None`` when no object holds a publication key and a title."""
    queue: deque[tuple[Any, int]] = deque([(document, 0)])
    while queue:
        value, depth = queue.popleft()
        if depth > _MAX_DEPTH:
            continue
        if isinstance(value, dict):
            key = next((k for k in _PUBLISHED_KEYS if _day(value.get(k)) is not None), None)
            title = next((t for k in _TITLE_KEYS if (t := _text_of(value.get(k)))), None)
            if key is not None and title is not None:
                seo = value.get("seo")
                # (a ``url`` beside an outlet's name is a link preview's, not the record's own)
                keys = _OWN_KEYS[:5] if any(k in value for k in _OUTLET_KEYS) else _OWN_KEYS
                own = next((u for k in keys if (u := _web(value.get(k)))), None)
                if own is None and isinstance(seo, dict):
                    own = next((u for k in _OWN_KEYS if (u := _web(seo.get(k)))), None)
                return title, _day(value[key]), own, key
            queue.extend((inner, depth + 1) for inner in value.values() if isinstance(inner, (dict, list)))
        elif isinstance(value, list):
            queue.extend((inner, depth + 1) for inner in value if isinstance(inner, (dict, list)))
    return None


#: A preview's fields: its outlet's and its day's keys (a preview's ``source`` is a name, not a code: a
#: code, ``WEBLINK``, ``enwiki``, is not read).
_OUTLET_KEYS = ("publisher", "siteName", "site_name", "provider", "source", "publication", "outlet")
_DATE_KEYS = ("publishedDate", "publishedAt", "published_at", "published", "datePublished", "date")
_DETAIL_KEYS = ("metadata", "meta")
_CODE = re.compile(r"[A-Z_]{5,}|[a-z0-9_]+")


def _objects(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every object under ``value``, a JSON document inside a string (``"{\\"root\\": ...}"``) decoded."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, dict):
        yield value
        for inner in value.values():
            yield from _objects(inner, depth + 1)
    elif isinstance(value, list):
        for inner in value:
            yield from _objects(inner, depth + 1)
    elif (
        isinstance(value, str)
        and value[:2] == '{"'
        and value[-1:] == "}"
        and len(value) < _MAX_NESTED
        and depth < _MAX_DEPTH
    ):
        try:
            yield from _objects(json.loads(value), depth + 1)
        except (ValueError, RecursionError):
            return


def _card_url(value: dict[str, Any]) -> str | None:
    for key in ("url", "link", "href"):
        inner = value.get(key)
        if isinstance(inner, dict):  # a link field: Prismic's ``{"link_type": "Web", "url": ...}``
            inner = inner.get("url")
        if (url := _web(inner)) is not None:
            return url
    return None


def read_cards(document: Any, links: list[Any]) -> None:
    """Give each of ``links`` (:class:`._base.Link`) that a link preview in ``document`` shows
    (:func:`link_cards`) the preview's title, outlet and day: the card's fields win (they are the page's
    own); an outlet or a day it does not give is left as read."""
    cards = link_cards(document)
    for link in links if cards else ():
        if (card := cards.get(link.url)) is not None:
            link.title = card[0]
            link.outlet = card[1] or link.outlet
            link.date = card[2] or link.date


def link_cards(document: Any) -> dict[str, tuple[str, str | None, PartialDate | None]]:
    """The link previews in ``document`` (see the module's docstring) by address: ``(title, outlet, day)``,
    the first card of each address."""
    cards: dict[str, tuple[str, str | None, PartialDate | None]] = {}
    for value in _objects(document):
        url = _card_url(value)
        if url is None or url in cards:
            continue
        if value.get("type") == "interstitial_link" and (headline := _text_of(value.get("content"))):
            cards[url] = (headline, None, None)  # ANS: a linked headline in the story
            continue
        fields = dict(value)
        for key in _DETAIL_KEYS:  # Ghost's bookmark ``metadata``, Editor.js's ``meta``: the page's own fields
            if isinstance(value.get(key), dict):
                fields.update(value[key])
                break
        title = _text_of(fields.get("title"))
        outlet = next(
            (
                name.strip()
                for k in _OUTLET_KEYS
                if isinstance(name := fields.get(k), str) and name.strip() and not _CODE.fullmatch(name)
            ),
            None,
        )
        day = next((d for k in _DATE_KEYS if (d := _day(fields.get(k))) is not None), None)
        if title is not None and (outlet is not None or day is not None):
            cards[url] = (title, outlet, day)
    return cards


#: JSON keys whose address is a picture or the record's own page, as a CMS writes them (lower case, ``_``
#: and ``-`` aside).
_ASSET_KEYS = frozenset(
    [
        *("image", "imageurl", "thumbnail", "thumbnailurl", "icon", "favicon", "logo", "avatar", "filename"),
        *("featureimage", "ogimage", "twitterimage", "coverimage", "heroimage", "src"),
        *("canonical", "canonicalurl", "seocanonical"),
    ]
)
#: A picture's address: its path ending with an image file's extension (a query after it allowed).
_PICTURE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|ico)(?:[?#]|\Z)", re.IGNORECASE)
#: The JSON key before an address, in a document or in a JSON string inside one (``\"src\": \"``).
_KEY_BEFORE = re.compile(r'\\?"(?P<key>[A-Za-z_-]{1,40})\\?"[ \t]*:[ \t]*\\?"\Z')


def asset_key(before: str, url: str) -> bool:
    """Whether an address in a JSON document, after ``before`` on its line, is the value of a key naming a
    picture or the record's own page (:data:`_ASSET_KEYS`), or of a ``url`` key and a picture's address."""
    m = _KEY_BEFORE.search(before[-60:])
    if m is None:
        return False
    key = m.group("key").lower().replace("_", "").replace("-", "")
    return key in _ASSET_KEYS or (key == "url" and _PICTURE.search(url) is not None)


# --- A rich-text body as the page it renders --------------------------------------------------------------

#: Node types that are a paragraph of their own (ProseMirror's and TipTap's, Storyblok's, Contentful's,
#: Lexical's); other containers' text runs on in the paragraph that holds them.
_BLOCKS = frozenset(
    [
        *("paragraph", "heading", "blockquote", "quote", "listItem", "list-item", "list_item", "listitem"),
        *("heading-1", "heading-2", "heading-3", "heading-4", "heading-5", "heading-6", "table-cell"),
    ]
)


def _rich_root(value: Any) -> dict[str, Any] | None:
    """Whether ``value`` is a rich-text tree's root: ProseMirror's (TipTap's, Storyblok's) ``{"type": "doc",
    "content": [...]}``, Contentful's ``{"nodeType": "document", ...}``, Lexical's ``{"root": {"children":
    [...]}}``; the root node, or None."""
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("content"), list) and (
        value.get("type") == "doc" or value.get("nodeType") == "document"
    ):
        return value
    root = value.get("root")
    if isinstance(root, dict) and root.get("type") == "root" and isinstance(root.get("children"), list):
        return root
    return None


def _link_mark(node: dict[str, Any]) -> str | None:
    """The address a text node's ``link`` mark gives it (ProseMirror's ``{"type": "link", "attrs": {"href":
    ...}}``)."""
    for mark in node.get("marks") or ():
        if (
            isinstance(mark, dict)
            and mark.get("type") == "link"
            and isinstance(mark.get("attrs"), dict)
            and (url := _web(mark["attrs"].get("href"))) is not None
        ):
            return url
    return None


def _render(node: Any, out: list[str], depth: int = 0) -> None:
    """``node`` of a rich-text tree as HTML: text escaped, a link node or a text with a link mark as an
    ``<a href>``, a block (:data:`_BLOCKS`) as a paragraph; pictures, embeds and cards are not text."""
    if depth > 40 or not isinstance(node, dict):
        return
    kind = node.get("type") or node.get("nodeType")
    text = node.get("value") if node.get("nodeType") == "text" else node.get("text")
    if isinstance(text, str) and kind in ("text", "extended-text"):
        words = html_lib.escape(text, quote=False)
        url = _link_mark(node)
        out.append(f'<a href="{html_lib.escape(url)}">{words}</a>' if url else words)
        return
    url = None
    if kind == "link":
        url = _web(node.get("url"))
    elif kind == "hyperlink" and isinstance(node.get("data"), dict):
        url = _web(node["data"].get("uri"))
    children = node.get("content") if isinstance(node.get("content"), list) else node.get("children")
    if not isinstance(children, list):
        return
    block = kind in _BLOCKS
    out.append("<p>" if block else f'<a href="{html_lib.escape(url)}">' if url else "")
    for child in children:
        _render(child, out, depth + 1)
    out.append("</p>" if block else "</a>" if url else "")


#: Two links to one address side by side (a link's words split over text nodes with other marks).
_SPLIT_LINK = re.compile(r'(<a href="([^"]*)">[^<]*)</a><a href="\2">')


def rich_text_page(document: Any) -> str | None:
    """The HTML page of a CMS record whose body is a rich-text tree (:func:`_rich_root`; in a JSON string
    too, Ghost's ``lexical``), or None: the body's paragraphs, then a paragraph for each link preview and
    each labelled source link outside it (Storyblok's ``{"label": ..., "link": {"url": ...}}``), with the
    record's title, day and own address (:func:`cms_record`) as the page's."""
    body = None
    for value in _objects(document):
        if (root := _rich_root(value)) is not None:
            body = root
            break
    if body is None:
        return None
    out: list[str] = []
    _render(body, out)
    html = "".join(out)
    for _ in range(50):  # "<a href=X>Bird flu reaches </a><a href=X>Antarctic mainland</a>": one link
        joined = _SPLIT_LINK.sub(r"\1", html)
        if joined == html:
            break
        html = joined
    for value in _objects(document):
        label = value.get("label")
        labelled = _card_url(value)
        href = html_lib.escape(labelled) if labelled else ""
        if href and isinstance(label, str) and label.strip() and f'"{href}"' not in html:
            words = html_lib.escape(" ".join(label.split()), quote=False)
            html += f'<p><a href="{href}">{words}</a></p>'
    for url, (headline, _, _) in link_cards(document).items():
        if f'"{html_lib.escape(url)}"' not in html:
            html += f'<p><a href="{html_lib.escape(url)}">{html_lib.escape(headline, quote=False)}</a></p>'
    record = cms_record(document)
    title, day, own = (record[0], record[1], record[2]) if record else (None, None, None)
    head = f"<h1>{html_lib.escape(title, quote=False)}</h1>" if title else ""
    return article_page(
        head + html,
        title=html_lib.escape(title, quote=False) if title else None,
        url=own or "",
        date=str(day) if day else "",
    )
