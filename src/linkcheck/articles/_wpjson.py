"""A WordPress REST API post read as the page it renders (added after the twentieth held-out batch): what
``/wp-json/wp/v2/posts/ID`` returns, saved as the server sent it. Its ``content.rendered`` is the post's
HTML in a JSON string (every ``/`` escaped as ``\\/``), read by the HTML reader as the page's body, with
``title.rendered`` as its title, ``link`` as its address and ``date`` as its date; the API's own addresses
(``guid``, the ``_links`` block, the excerpt's "Read more") are no part of it. Here, not in the HTML reader's
modules: the text reader tests every text opening with ``{`` for it, without importing lxml.
"""

from __future__ import annotations

import json
from typing import Any

from linkcheck.articles._pages import article_page
from linkcheck.lazyre import lazy_re

__all__ = ["wp_rest_page"]

#: What a WordPress REST post holds and no other JSON does: its HTML content as a ``rendered`` string (the
#: server writes it without spaces; a pretty-printer adds them).
_WP_RENDERED = lazy_re(r'"content"\s*:\s*\{\s*"rendered"\s*:')
_ISO_DAY = lazy_re(r"\d{4}-\d\d-\d\d")


def _rendered(post: dict[str, Any], key: str) -> str:
    value = post.get(key)
    value = value.get("rendered") if isinstance(value, dict) else value
    return value if isinstance(value, str) else ""


def wp_rest_page(text: str) -> str | None:
    """The HTML page of one post as a WordPress site's REST API returns it (see the module's docstring), or
    ``None`` for any other text (its mark looked for in the first 20,000 characters)."""
    if _WP_RENDERED.search(text, 0, 20_000) is None:
        return None
    try:
        post = json.loads(text)
    except (ValueError, RecursionError):  # a value nested deeper than the decoder recurses
        return None
    if not isinstance(post, dict) or not (content := _rendered(post, "content")):
        return None
    title = _rendered(post, "title")  # (WordPress escapes it as HTML already)
    link = post.get("link")
    date = post.get("date")
    return article_page(
        content,
        title=title or None,
        url=link if isinstance(link, str) and link.startswith(("http://", "https://")) else "",
        date=date[:10] if isinstance(date, str) and _ISO_DAY.match(date) else "",
    )
