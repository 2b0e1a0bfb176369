"""The HTML page that a document which is not HTML is rewritten into for the HTML reader: a feed's one entry
(:mod:`._feed`), a WordPress REST post (:mod:`._wpjson`), a TEI, OpenDocument or OPML file (:mod:`._xmldoc`).
Its head says what the document says of itself, as a web page's head does; its ``<article>`` holds the text.
Without lxml: the text reader imports it for the REST post.
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Iterable

__all__ = ["article_page", "linked_html"]


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


def linked_html(text: str, spans: Iterable[tuple[int, int, str, str | None]]) -> str:
    """``text`` as HTML with each of ``spans`` (its start and end in ``text``, in order, the words it shows
    and its address) written as an ``<a href>`` of its words, or its words alone when it has no address; the
    rest escaped as text. A span starting inside the one before it is passed over. (A lynx dump's numbered
    link texts, an Apple News component's link ranges and Markdown links, for the HTML reader.)"""
    out: list[str] = []
    pos = 0
    for start, end, words, url in spans:
        if start < pos:
            continue
        out.append(html_lib.escape(text[pos:start], quote=False))
        shown = html_lib.escape(words, quote=False)
        out.append(f'<a href="{html_lib.escape(url)}">{shown}</a>' if url is not None else shown)
        pos = end
    out.append(html_lib.escape(text[pos:], quote=False))
    return "".join(out)
