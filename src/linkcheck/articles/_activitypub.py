"""A Mastodon (ActivityPub) account archive's ``outbox.json`` read as the page of its posts (added after the
twenty-second held-out batch). The archive a Mastodon user downloads holds the account's posts as an
``OrderedCollection`` of activities: each ``Create`` wraps a ``Note`` whose ``content`` is the post's HTML
(Mastodon escapes ``<``, ``>`` and ``&`` in it as ``\\u003c``...), a boost (``Announce``) names another
server's post. Read as text, every address of the JSON would be a citation: the activities' and notes' own
ids and ``url``s, the actor, the audience (``to``/``cc``: the Public collection, the followers), replies
collections, hashtags' and mentions' pages, the media's files, the boosted post. So the posts' contents are
read, in order, each an ``<article>`` opening with an empty ``<time datetime>`` of when it was published
(the HTML reader then reads a post's "on 11 March" against that day, as a live blog's); a boost cites
nothing of the account's own. Here, not in the HTML reader's modules: the text reader tests every text
opening with ``{`` for it, without importing lxml.
"""

from __future__ import annotations

import html as html_lib
import json
from typing import Any

from linkcheck.articles._pages import article_page

__all__ = ["outbox_page"]

#: What an ActivityPub collection says at its start (Mastodon writes ``@context`` first).
_CONTEXT = "https://www.w3.org/ns/activitystreams"


def _note(activity: Any) -> dict[str, Any] | None:
    """The post an activity creates (``Create`` of a ``Note``, ``Article`` or ``Page``), else ``None``."""
    if not isinstance(activity, dict) or activity.get("type") != "Create":
        return None
    note = activity.get("object")
    if isinstance(note, dict) and note.get("type") in ("Note", "Article", "Page"):
        return note
    return None


def outbox_page(text: str) -> str | None:
    """The HTML page of an ActivityPub outbox's posts (see the module's docstring), or ``None`` for any other
    text (told by the ActivityStreams context and an ``orderedItems`` list in its first 2,000 characters)."""
    head = text[:2000]
    if _CONTEXT not in head or '"orderedItems"' not in head:
        return None
    try:
        outbox = json.loads(text)
    except (ValueError, RecursionError):  # a value nested deeper than the decoder recurses
        return None
    items = outbox.get("orderedItems") if isinstance(outbox, dict) else None
    if not isinstance(items, list):
        return None
    posts = []
    for note in filter(None, map(_note, items)):
        content = note.get("content")
        if not isinstance(content, str):
            continue
        published = note.get("published")
        stamp = (
            f'<time datetime="{html_lib.escape(published)}"></time>'
            if isinstance(published, str) and published[:4].isdigit() and "T" in published
            else ""
        )
        posts.append(f"<article>{stamp}{content}</article>")
    return article_page("".join(posts)) if posts else None
