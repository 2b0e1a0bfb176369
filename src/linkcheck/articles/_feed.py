"""A feed of one entry read as HTML (an RSS 2.0 item, an Atom entry, a WordPress WXR export of one post): the
entry is the article. Its content (``content:encoded``, Atom ``content``, else ``description``/``summary``),
which a feed holds entity-escaped or in CDATA, becomes the page's body, its title the page's title, its
link the page's address, its date the page's date and an Atom ``link rel=via`` a cited link; the feed's
own addresses (channel and item links, ``guid``, comments and feed URLs, generator, image) are no part of
it. A feed of several entries is a list of other pages, read as it is, unless it is a site's own posts
(:func:`feed_articles`): a WordPress export, an Atom or RSS feed whose entries carry their full content.
"""

from __future__ import annotations

import html as html_lib

from lxml import etree  # type: ignore[import-untyped]

from linkcheck.articles._pages import article_page
from linkcheck.lazyre import lazy_re

__all__ = ["feed_articles", "feed_entry_page", "local_name", "looks_like_feed", "xml_root"]

_ENTRY_NAMES = frozenset(["item", "entry"])
#: The entry's content, best first: the full post, else the summary a feed gives instead.
_CONTENT_NAMES = ("encoded", "content", "description", "summary")
_DATE_NAMES = ("pubDate", "published", "date", "post_date_gmt", "post_date", "updated")
#: The elements holding a post's whole body: RSS's ``content:encoded`` (WordPress's export too) and Atom's
#: ``content``. A ``description`` or ``summary`` is an excerpt, which a feed of other sites' links gives.
_FULL_CONTENT = frozenset(["encoded", "content"])
_ISO_DAY = lazy_re(r"\d{4}-\d\d-\d\d")


def looks_like_feed(text: str) -> bool:
    """Whether ``text`` opens as an RSS or Atom document (its root element within the first 1,000
    characters)."""
    head = text[:1000]
    return "<rss" in head or "<feed" in head or "<rdf:RDF" in head


def local_name(element: etree._Element) -> str:
    """The element's name without its namespace (``""`` for a comment or a processing instruction)."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def xml_root(text: str) -> etree._Element | None:
    """The root of ``text`` read as XML by a parser that recovers from errors and reads no entity, DTD or
    network resource (an article's file is not trusted); ``None`` when nothing could be read."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        return etree.fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _child(entry: etree._Element, names: tuple[str, ...]) -> etree._Element | None:
    children = {local_name(child): child for child in reversed(entry)}
    return next((children[name] for name in names if name in children), None)


def _day(raw: str) -> str | None:
    """``2024-04-17`` from an ISO date-time or an RFC 822 date (``Fri, 10 Jan 2020 11:05:00 +0100``)."""
    raw = raw.strip()
    if _ISO_DAY.match(raw):
        return raw[:10] if not raw.startswith("0000") else None  # a WordPress draft's "0000-00-00 00:00:00"
    import email.utils  # only a feed's RFC 822 date needs it (the module costs every HTML reader's start-up)

    try:
        return email.utils.parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _entry_link(entry: etree._Element, rel: str) -> str:
    for child in entry:
        if local_name(child) != "link":
            continue
        href: str | None = child.get("href")
        if href is None:  # RSS: the address is the element's text
            text: str | None = child.text
            if rel == "alternate" and text:
                return text.strip()
            continue
        if (child.get("rel") or "alternate") == rel:
            return href.strip()
    return ""


def feed_entry_page(text: str) -> str | None:
    """The HTML page of a feed's one entry (see the module's docstring), or None: not a feed of one entry."""
    root = xml_root(text)
    if root is None:
        return None
    entries = [element for element in root.iter() if local_name(element) in _ENTRY_NAMES]
    if len(entries) != 1:
        return None
    return _entry_page(entries[0], keep_lines=False)


def feed_articles(text: str) -> list[str] | None:
    """Each post's HTML page when ``text`` is a feed of a site's own posts, else None (a feed of one entry
    or none, or of entries without their full content: a list of other pages, read as it is).

    A feed of two entries or more, one of which at least holds its full content (``content:encoded``, Atom
    ``content``), is the site's posts: a WordPress export (WXR), a blog's full-text RSS or Atom feed. Each
    entry with a content (a WXR attachment's or menu item's is empty) is an article of its own, with its
    title, address (``<link>``) and date (``wp:post_date``, ``pubDate``, ``published``...), as
    :func:`feed_entry_page` reads the entry of a feed of one. Its page keeps the file's lines: the content
    starts on the line of its element in ``text``, so each link's line is the one it has in the file."""
    root = xml_root(text)
    if root is None:
        return None
    entries = [element for element in root.iter() if local_name(element) in _ENTRY_NAMES]
    if len(entries) < 2:
        return None
    posts = [entry for entry in entries if _has_content(entry, _FULL_CONTENT)]
    if not posts:
        return None
    return [_entry_page(entry, keep_lines=True) for entry in posts]


def _has_content(entry: etree._Element, names: frozenset[str]) -> bool:
    return any(local_name(child) in names and ((child.text or "").strip() or len(child)) for child in entry)


def _content_html(element: etree._Element) -> str:
    """An entry's content as HTML: its text (escaped HTML, or a CDATA section), or, for Atom's
    ``type="xhtml"``, the XHTML elements it holds, written without their namespace (added after the seed22
    probe: such an entry's links were never read)."""
    if not len(element):
        return element.text or ""
    copy = etree.fromstring(etree.tostring(element))
    for node in copy.iter():
        if isinstance(node.tag, str) and "}" in node.tag:
            node.tag = node.tag.rpartition("}")[2]
    etree.cleanup_namespaces(copy)
    inner = html_lib.escape(copy.text or "", quote=False)
    return inner + "".join(etree.tostring(child, encoding="unicode", method="html") for child in copy)


def _entry_page(entry: etree._Element, *, keep_lines: bool) -> str:
    title_element = _child(entry, ("title",))
    title = html_lib.unescape(title_element.text or "").strip() if title_element is not None else ""
    content_element = _child(entry, _CONTENT_NAMES)
    content = _content_html(content_element) if content_element is not None else ""
    date_element = _child(entry, _DATE_NAMES)
    day = _day(date_element.text or "") if date_element is not None else None
    link = _entry_link(entry, "alternate")
    via = _entry_link(entry, "via")
    if via:
        content += f'<p>Via <a href="{html_lib.escape(via)}">{html_lib.escape(via)}</a></p>'
    shown = html_lib.escape(" ".join(title.split()))
    body = f"<h1>{shown}</h1>{content}"
    if keep_lines and content_element is not None and content_element.sourceline:
        # the page's head is one line (the title's breaks joined): the content's lines become the file's
        body = "\n" * (content_element.sourceline - 1) + body
    return article_page(body, title=shown, url=link or "", date=day or "")
