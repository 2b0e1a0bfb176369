"""The HTML page that a document which is not HTML is rewritten into for the HTML reader: a feed's one entry
(:mod:`._feed`), a WordPress REST post (:mod:`._wpjson`), a TEI, OpenDocument or OPML file (:mod:`._xmldoc`).
Its head says what the document says of itself, as a web page's head does; its ``<article>`` holds the text.
Without lxml: the text reader imports it for the REST post.
"""

from __future__ import annotations

import html as html_lib

__all__ = ["article_page"]


def article_page(body: str, *, title: str | None = None, url: str = "", date: str = "") -> str:
    """The page of ``body`` (HTML, the article's text) with a head of ``title`` (HTML: escaped by the caller,
    or HTML already; ``None`` for no ``<title>``), ``url`` as its canonical address and ``date`` (ISO) as its
    ``article:published_time``, each left out when empty."""
    head = f"<title>{title}</title>" if title is not None else ""
    if url:
        head += f'<link rel="canonical" href="{html_lib.escape(url)}">'
    if date:
        head += f'<meta property="article:published_time" content="{html_lib.escape(date)}">'
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"
