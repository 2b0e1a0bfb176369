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
  address (an image's ``src``, a ``thumbnail``, a ``canonicalURL``): no citation;
- :func:`rich_text_page`: the record's body as the page the HTML reader reads, so that the words before and
  after a link are its sentence: a rich-text tree (ProseMirror's, Contentful's, Lexical's), and, after
  art36's leftovers, Draft.js raw content (link words by UTF-16 offsets into a block's text, the address in
  the ``entityMap``), Prismic rich text (``spans`` by offsets), Ghost's Mobiledoc (markers opening and
  closing markups by index, atoms, cards) and a list of blocks holding HTML or Markdown strings (Editor.js,
  ANS's ``content_elements``, a Strapi dynamic zone). Only the body, its labelled source links and its link
  previews are on the page: the API's own machinery (a search address, a planning note) is not.
"""

from __future__ import annotations

import bisect
import html as html_lib
import re
from collections import deque
from typing import Any

from linkcheck.articles._pages import article_page, linked_html
from linkcheck.articles._records import JSON_DEPTH, json_objects
from linkcheck.lazyre import lazy_re
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
_ISO_DAY = lazy_re(r"(\d{4})-(\d\d)-(\d\d)(?![\d])")


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
        if depth > JSON_DEPTH:
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
_CODE = lazy_re(r"[A-Z_]{5,}|[a-z0-9_]+")


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
    for value in json_objects(document, strings=True):
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
_PICTURE = lazy_re(r"\.(?:jpe?g|png|gif|webp|avif|svg|ico)(?:[?#]|\Z)", re.IGNORECASE)
#: The JSON key before an address, in a document or in a JSON string inside one (``\"src\": \"``).
_KEY_BEFORE = lazy_re(r'\\?"(?P<key>[A-Za-z_-]{1,40})\\?"[ \t]*:[ \t]*\\?"\Z')


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


# --- Bodies by offsets and indices, and HTML or Markdown strings (added after art36's leftovers) -----------


def _utf16_indices(text: str) -> list[int] | None:
    """For a text holding characters past the Basic Multilingual Plane (an emoji, a mathematical letter), the
    UTF-16 offset of each of its characters and of its end (JavaScript's offsets, Draft.js's and Prismic's);
    None when every character is one UTF-16 unit (offsets are indices)."""
    if all(c < "\U00010000" for c in text):
        return None
    units = [0]
    for c in text:
        units.append(units[-1] + (2 if c >= "\U00010000" else 1))
    return units


def _ranged_html(text: str, ranges: list[tuple[int, int, str | None]]) -> str:
    """``text`` as HTML with each of ``ranges`` (start and end in UTF-16 units, an address or None) as a link
    (:func:`._pages.linked_html`); a range past the text's end or empty is passed over."""
    units = _utf16_indices(text)
    spans: list[tuple[int, int, str, str | None]] = []
    for start, end, url in sorted(ranges, key=lambda r: r[0]):
        if units is not None:  # UTF-16 offsets to indices (an offset inside a surrogate pair: the next one)
            start, end = bisect.bisect_left(units, start), bisect.bisect_left(units, end)
        if 0 <= start < end <= len(text):
            spans.append((start, end, text[start:end], url))
    return linked_html(text, spans)


def _draft_html(content: dict[str, Any]) -> list[str] | None:
    """Draft.js's raw content state (``convertToRaw``: ``blocks`` with a plain ``text`` and ``entityRanges``
    by UTF-16 offset and length, an ``entityMap`` whose ``LINK`` entities hold the address) as paragraphs;
    an atomic block (a picture, an embed) is no text. None when ``content`` is not one."""
    blocks, entities = content.get("blocks"), content.get("entityMap")
    if not isinstance(blocks, list) or not isinstance(entities, (dict, list)) or not blocks:
        return None
    if not all(
        isinstance(b, dict) and isinstance(b.get("text"), str) and "entityRanges" in b for b in blocks
    ):
        return None
    paragraphs = []
    for block in blocks:
        if block.get("type") == "atomic" or not block["text"].strip():
            continue
        ranges: list[tuple[int, int, str | None]] = []
        for r in block["entityRanges"] if isinstance(block["entityRanges"], list) else ():
            key = r.get("key") if isinstance(r, dict) else None
            entity = (
                entities.get(str(key))
                if isinstance(entities, dict)
                else entities[key]
                if isinstance(key, int) and 0 <= key < len(entities)
                else None
            )
            if not isinstance(entity, dict) or str(entity.get("type")).upper() != "LINK":
                continue
            data = entity["data"] if isinstance(entity.get("data"), dict) else {}
            url = _web(data.get("url")) or _web(data.get("href"))
            offset, length = r.get("offset"), r.get("length")
            if url and isinstance(offset, int) and isinstance(length, int):
                ranges.append((offset, offset + length, url))
        paragraphs.append(f"<p>{_ranged_html(block['text'], ranges)}</p>")
    return paragraphs


def _is_prismic_text(value: Any) -> bool:
    """Whether ``value`` is a Prismic rich-text field: a list of blocks each with a ``type``, a ``text`` and
    its ``spans``."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(b, dict) and isinstance(b.get("text"), str) and "spans" in b for b in value)
    )


def _prismic_html(value: dict[str, Any]) -> list[str] | None:
    """The Prismic rich-text fields of an object (a document's ``data``, a slice's ``primary``) as
    paragraphs, a ``hyperlink`` span with a web link (``link_type`` ``Web`` or a media file) as a link by its
    ``start`` and ``end`` (UTF-16 units); a link to one of the site's documents is its words alone. A field
    named as a title (``title``, ``headline``) is the record's or a preview's title, not body text. None
    when the object holds no such field."""
    fields = [v for k, v in value.items() if k not in ("title", "headline") and _is_prismic_text(v)]
    if not fields:
        return None
    paragraphs = []
    for field in fields:
        for block in field:
            if not block["text"].strip():
                continue
            ranges: list[tuple[int, int, str | None]] = []
            for span in block["spans"] if isinstance(block["spans"], list) else ():
                if not isinstance(span, dict) or span.get("type") != "hyperlink":
                    continue
                data = span["data"] if isinstance(span.get("data"), dict) else {}
                start, end = span.get("start"), span.get("end")
                if isinstance(start, int) and isinstance(end, int):
                    ranges.append((start, end, _web(data.get("url"))))
            paragraphs.append(f"<p>{_ranged_html(block['text'], ranges)}</p>")
    return paragraphs


#: Mobiledoc markups written as HTML (others open and close nothing); ``a`` only with a web address.
_MOBILEDOC_TAGS = frozenset(["strong", "b", "em", "i", "u", "s", "sub", "sup", "code"])


def _mobiledoc_markers(markers: Any, markups: list[Any], atoms: list[Any]) -> str:
    """A Mobiledoc section's markers as HTML: each ``[type, opened markups (indices), closed count, value]``,
    a text marker's value its text, an atom marker's the index of an atom whose text is shown."""
    out: list[str] = []
    stack: list[str] = []
    for marker in markers if isinstance(markers, list) else ():
        if not isinstance(marker, list) or len(marker) != 4 or not isinstance(marker[1], list):
            continue
        kind, opened, closed, value = marker
        for index in opened:
            markup = markups[index] if isinstance(index, int) and 0 <= index < len(markups) else None
            tag = markup[0] if isinstance(markup, list) and markup and isinstance(markup[0], str) else ""
            attrs = (
                markup[1]
                if isinstance(markup, list) and len(markup) > 1 and isinstance(markup[1], list)
                else []
            )
            href = dict(zip(attrs[::2], attrs[1::2], strict=False)).get("href") if tag == "a" else None
            if tag == "a" and (url := _web(href)) is not None:
                out.append(f'<a href="{html_lib.escape(url)}">')
                stack.append("</a>")
            elif tag in _MOBILEDOC_TAGS:
                out.append(f"<{tag}>")
                stack.append(f"</{tag}>")
            else:
                stack.append("")
        if kind == 0 and isinstance(value, str):
            out.append(html_lib.escape(value, quote=False))
        elif kind == 1 and isinstance(value, int) and 0 <= value < len(atoms):
            atom = atoms[value]
            if isinstance(atom, list) and len(atom) > 1 and isinstance(atom[1], str):
                out.append(html_lib.escape(atom[1], quote=False))
        for _ in range(min(closed, len(stack)) if isinstance(closed, int) else 0):
            out.append(stack.pop())
    out.extend(reversed(stack))
    return "".join(out)


def _mobiledoc_html(doc: dict[str, Any]) -> list[str] | None:
    """Ghost's Mobiledoc (0.3: ``sections`` of markers, ``markups``, ``atoms`` and ``cards`` by index) as
    paragraphs: a markup section one, a list section one an item; image and card sections are no text (a
    bookmark card is a link preview, :func:`link_cards`). None when ``doc`` is not one."""
    version, sections = doc.get("version"), doc.get("sections")
    if not (isinstance(version, str) and version.startswith("0.3") and isinstance(sections, list)):
        return None
    markups: list[Any] = doc["markups"] if isinstance(doc.get("markups"), list) else []
    atoms: list[Any] = doc["atoms"] if isinstance(doc.get("atoms"), list) else []
    paragraphs = []
    for section in sections:
        if not isinstance(section, list) or len(section) < 3:
            continue
        if section[0] == 1:  # a markup section: a paragraph (a heading, a quote)
            if (words := _mobiledoc_markers(section[2], markups, atoms)).strip():
                paragraphs.append(f"<p>{words}</p>")
        elif section[0] == 3 and isinstance(section[2], list):  # a list section: its items, a list
            items = [_mobiledoc_markers(markers, markups, atoms) for markers in section[2]]
            paragraphs.append(
                "<ul>" + "".join(f"<li>{words}</li>" for words in items if words.strip()) + "</ul>"
            )
    return paragraphs


#: A string holding an inline link: HTML's ``<a href>`` or Markdown's ``[words](address)``.
_INLINE_LINK = lazy_re(r"<a\s[^>]*href=|\]\(https?://")
_MARKDOWN_LINK = lazy_re(r"\[([^\[\]\n]{1,300})\]\((https?://[^()\s]{1,2000})\)")
_HTML_TAG = lazy_re(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
#: A block's keys whose strings are its text (HTML or Markdown or plain); any other key's string is read only
#: when it holds an inline link (a quote component's attribution).
_TEXT_KEYS = frozenset(["text", "content", "body", "caption", "items", "html", "markdown"])
#: Blocks that show a picture, a player or a preview (a preview is read by :func:`link_cards`): no text.
_NOT_TEXT = frozenset(
    ["image", "gallery", "video", "audio", "embed", "linkTool", "interstitial_link", "link_list", "oembed"]
)


def _markdown_html(text: str) -> str:
    """Markdown's text with its links as ``<a href>`` (:func:`._pages.linked_html`), the rest escaped."""
    spans = [(m.start(), m.end(), m.group(1), m.group(2)) for m in _MARKDOWN_LINK.finditer(text)]
    return linked_html(text, spans)


def _string_html(text: str, *, item: bool = False) -> str:
    """A block's string as HTML: HTML as written (in a paragraph unless it opens with a tag), Markdown's
    paragraphs with their links as ``<a href>``, plain text escaped; a list's ``item`` in no paragraph."""
    if _HTML_TAG.search(text) is not None:
        return text if item or text.lstrip().startswith("<") else f"<p>{text}</p>"
    if item:
        return _markdown_html(text)
    return "".join(f"<p>{_markdown_html(part)}</p>" for part in re.split(r"\n[ \t]*\n", text) if part.strip())


def _block_strings(value: Any, out: list[str], key: str = "", depth: int = 0) -> None:
    """The text strings of one block (:data:`_TEXT_KEYS`, or any with an inline link), in order, as HTML."""
    if depth > 6:
        return
    if isinstance(value, str):
        if value.strip() and (key in _TEXT_KEYS or _INLINE_LINK.search(value) is not None):
            out.append(_string_html(value))
    elif isinstance(value, dict):
        if value.get("type") in _NOT_TEXT:
            return
        for inner_key, inner in value.items():
            _block_strings(inner, out, inner_key, depth + 1)
    elif isinstance(value, list) and key == "items":  # a list block's items: a list, as the page shows it
        out.append("<ul>")
        for inner in value:
            if isinstance(inner, str) and inner.strip():
                out.append(f"<li>{_string_html(inner, item=True)}</li>")
            else:
                _block_strings(inner, out, key, depth + 1)
        out.append("</ul>")
    elif isinstance(value, list):
        for inner in value:
            _block_strings(inner, out, key, depth + 1)


def _string_blocks(value: dict[str, Any]) -> list[str] | None:
    """A record's body stored as a list of blocks holding HTML or Markdown strings, as paragraphs: Editor.js's
    ``blocks`` (each a ``type`` and its ``data``), Arc XP ANS's ``content_elements`` (each a ``type``; a text
    element's ``content`` HTML), a Strapi dynamic zone (components, each with its ``__component``). None
    when ``value`` holds none."""
    for key in ("blocks", "content_elements", *value.keys()):
        blocks = value.get(key)
        if not isinstance(blocks, list) or not blocks or not all(isinstance(b, dict) for b in blocks):
            continue
        if (
            (
                key == "blocks"
                and all(isinstance(b.get("type"), str) and isinstance(b.get("data"), dict) for b in blocks)
            )
            or (key == "content_elements" and all(isinstance(b.get("type"), str) for b in blocks))
            or all(isinstance(b.get("__component"), str) for b in blocks)
        ):
            out: list[str] = []
            for block in blocks:
                _block_strings(block, out)
            return out
    return None


def _body_html(document: Any) -> str | None:
    """The first body of a known shape in ``document`` (in the walk's order) as HTML: a rich-text tree
    (:func:`_rich_root`), or, in a CMS record (:func:`cms_record`), Draft.js raw content, Mobiledoc,
    Prismic rich text or a list of blocks holding HTML or Markdown strings."""
    record = None
    for value in json_objects(document, strings=True):
        if (root := _rich_root(value)) is not None:
            out: list[str] = []
            _render(root, out)
            return "".join(out)
        if record is None:
            record = cms_record(document) is not None
        if not record:
            continue
        paragraphs = (
            _draft_html(value) or _mobiledoc_html(value) or _prismic_html(value) or _string_blocks(value)
        )
        if paragraphs:
            return "".join(paragraphs)
    return None


#: Two links to one address side by side (a link's words split over text nodes with other marks).
_SPLIT_LINK = lazy_re(r'(<a href="([^"]*)">[^<]*)</a><a href="\2">')


def rich_text_page(document: Any) -> str | None:
    """The HTML page of a CMS record whose body is of a known shape (:func:`_body_html`; in a JSON string
    too, Ghost's ``lexical`` and ``mobiledoc``), or None: the body's paragraphs, then a paragraph for each
    link preview and each labelled source link outside it (Storyblok's ``{"label": ..., "link": {"url":
    ...}}``), with the record's title, day and own address (:func:`cms_record`) as the page's."""
    html = _body_html(document)
    if html is None:
        return None
    for _ in range(50):  # "<a href=X>Bird flu reaches </a><a href=X>Antarctic mainland</a>": one link
        joined = _SPLIT_LINK.sub(r"\1", html)
        if joined == html:
            break
        html = joined
    for value in json_objects(document, strings=True):
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
