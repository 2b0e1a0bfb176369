"""Two chat and forum exports in JSON read as their messages' text (added after the twenty-fourth held-out
batch): a Reddit thread as its API returns it, and a Matrix room as Element's "Export chat" writes it.

A Reddit thread's JSON (the thread's address with ``.json``) is an array of ``Listing`` objects whose
``children`` are things: a post (``t3``: its ``title``, its Markdown ``selftext`` and, for a link post, the
linked ``url``) and comments (``t1``: their ``author`` and Markdown ``body``, their ``replies`` another
``Listing``). Every text stands twice, as Markdown and again as HTML escaped into a string
(``selftext_html``: ``&lt;a href=&quot;...&quot;&gt;``), beside the thread's own addresses (its ``url``
and ``permalink``, award icons, previews). Read as it stands, each link is found twice with the escaped
markup glued to it and the machinery is cited; read as the Markdown its authors wrote, it is a forum thread.

An Element export is an object with the room's name, ``topic`` and a ``messages`` list of Matrix events,
each with its ``sender`` (``@name:server``), ``origin_server_ts`` (milliseconds) and ``content``: a plain
``body`` and, for formatted messages, the same message as HTML (``formatted_body``). A reply's ``body``
opens with the replied message quoted (``> <@name:server> ...``, then a blank line), an edit's with ``* ``
(its ``m.new_content`` the message as edited); images and files carry an ``mxc://`` address. Read as a
chat's text, each message is a paragraph of its author, its time and its ``body`` (the edited one, without
the reply's quotation), as :mod:`linkcheck.articles._slack` reads a Slack export.

Only a text opening with ``[`` or ``{`` whose opening holds the export's marks is tried.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from linkcheck.articles._base import json_or_none

__all__ = ["looks_like_matrix_export", "looks_like_reddit_json", "matrix_text", "reddit_markdown"]

#: The message kinds of a Matrix export whose ``body`` is the author's words (not a file's or image's name).
_MATRIX_WORDS = frozenset(["m.text", "m.notice", "m.emote"])
#: How deep a Reddit thread's replies are followed (a reply chain deeper than this is cut, not recursed).
_MAX_DEPTH = 50


def looks_like_reddit_json(text: str) -> bool:
    """Whether ``text`` (opening with ``[`` or ``{``) may be a Reddit API listing: its opening names a
    ``Listing`` kind."""
    head = text[:300]
    return '"Listing"' in head and '"kind"' in head


def looks_like_matrix_export(text: str) -> bool:
    """Whether ``text`` (opening with ``{``) may be an Element export of a Matrix room: its opening holds a
    ``messages`` list and a Matrix event type."""
    head = text[:3000]
    return '"messages"' in head and '"m.room.' in head


def _reddit_thing(thing: Any, depth: int, out: list[str]) -> None:
    """Append the Markdown paragraphs of a Reddit thing (a listing, a post, a comment) to ``out``."""
    if not isinstance(thing, dict) or depth > _MAX_DEPTH:
        return
    data = thing.get("data")
    if not isinstance(data, dict):
        return
    kind = thing.get("kind")
    if kind == "Listing":
        for child in data.get("children") or []:
            _reddit_thing(child, depth + 1, out)
        return
    author = data.get("author") if isinstance(data.get("author"), str) else "someone"
    if kind == "t3":
        title = data.get("title")
        if isinstance(title, str) and title.strip():
            out.append("# " + " ".join(title.split()))
        url, domain = data.get("url"), data.get("domain")
        if isinstance(url, str) and isinstance(domain, str) and not domain.startswith("self."):
            out.append(url)  # a link post: the address it links is what it cites
        words = data.get("selftext")
    elif kind == "t1":
        words = data.get("body")
    else:
        return
    if isinstance(words, str) and words.strip():
        # (Reddit writes ``&``, ``<`` and ``>`` of its Markdown as entities.)
        out.append(f"{author}:\n\n{html.unescape(words).strip()}" if kind == "t1" else html.unescape(words))
    if kind == "t1":
        _reddit_thing(data.get("replies"), depth + 1, out)


def reddit_markdown(text: str) -> str | None:
    """A Reddit thread's (or listing's) JSON as the Markdown of its post and comments, or ``None`` when
    the text is no such JSON."""
    value = json_or_none(text)
    things = value if isinstance(value, list) else [value]
    out: list[str] = []
    for thing in things:
        _reddit_thing(thing, 0, out)
    return "\n\n".join(out) + "\n" if out else None


def _matrix_body(content: dict[str, Any]) -> str | None:
    """A Matrix message's words: its edited ``body`` for an edit, without a reply's quotation of the replied
    message; ``None`` for an image, a file or an empty message."""
    edited = content.get("m.new_content")
    if isinstance(edited, dict):
        content = edited
    if content.get("msgtype") not in _MATRIX_WORDS:
        return None
    body = content.get("body")
    if not isinstance(body, str):
        return None
    if body.startswith("> <"):  # a reply's fallback: the quoted lines, then a blank line
        _, _, body = body.partition("\n\n")
    return body.strip() or None


def _sender(event: dict[str, Any]) -> str:
    sender = event.get("sender")
    if isinstance(sender, str) and sender.startswith("@"):
        return sender[1:].partition(":")[0] or "someone"  # (the server's name is no word of the message)
    return "someone"


def _clock(event: dict[str, Any]) -> str:
    try:
        stamp = float(event.get("origin_server_ts", "")) / 1000
        return dt.datetime.fromtimestamp(stamp, tz=dt.timezone.utc).strftime("%H:%M")
    except (TypeError, ValueError, OverflowError, OSError):
        return ""


def matrix_text(text: str) -> str | None:
    """An Element export of a Matrix room as its messages' text, or ``None`` when the text is no such
    export."""
    value = json_or_none(text)
    messages = value.get("messages") if isinstance(value, dict) else None
    if not isinstance(messages, list):
        return None
    paragraphs = []
    for event in messages:
        if not isinstance(event, dict) or event.get("type") != "m.room.message":
            continue
        content = event.get("content")
        if isinstance(content, dict) and (body := _matrix_body(content)):
            paragraphs.append(f"{_sender(event)} ({_clock(event)}):\n{body}")
    return "\n\n".join(paragraphs) + "\n" if paragraphs else None
