"""A Twitter (X) account archive's posts read as text (added after the twenty-first held-out batch): the
``data/tweets.js`` of the archive a user downloads, ``window.YTD.tweets.part0 = [...]``, a JavaScript
assignment of pretty-printed JSON. Each post's ``full_text`` holds only ``t.co`` short links; the addresses
it cites stand in its ``entities.urls`` (``expanded_url``), and a photo's ``t.co`` link (``entities.media``)
shows the post's own picture. So each post is read as its text with every short link replaced by the address
it stands for and every photo's link dropped, on the line of the file where its ``full_text`` stands (so
that a citation's line is the file's); the rest of the file (ids, counts, the client's link in ``source``,
the media's image addresses) is blank. The posts' ``created_at`` days are not taken for the article's: a
thread's "closes 27 October" would then be read as a day of the year before (a future day in the past).
"""

from __future__ import annotations

import json
import re
from typing import Any

from linkcheck.lazyre import lazy_re

__all__ = ["looks_like_twitter_archive", "twitter_archive_text"]

#: What every data file of a Twitter archive opens with: ``window.YTD.<kind>.part<N> = ``.
_ARCHIVE_START = lazy_re(r"window\.YTD\.\w+\.part\d+\s*=\s*")
#: A post's text in the file, as the archive pretty-prints it: ``"full_text" : "..."`` on a line of its own.
_FULL_TEXT = lazy_re(r'"full_text"\s*:\s*"')


def looks_like_twitter_archive(text: str) -> bool:
    """Whether ``text`` is one of a Twitter archive's data files (``window.YTD.tweets.part0 = [``)."""
    return text.startswith("window.YTD.") and _ARCHIVE_START.match(text) is not None


def _posts(data: Any) -> list[dict[str, Any]]:
    posts = []
    for item in data if isinstance(data, list) else []:
        post = item.get("tweet", item) if isinstance(item, dict) else None
        if isinstance(post, dict) and isinstance(post.get("full_text"), str):
            posts.append(post)
    return posts


def _entities(post: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for holder in ("entities", "extended_entities"):
        entities = post.get(holder)
        items = entities.get(kind) if isinstance(entities, dict) else None
        found.extend(
            item for item in items or [] if isinstance(item, dict) and isinstance(item.get("url"), str)
        )
    return found


def post_text(post: dict[str, Any]) -> str:
    """A post's text as its reader sees it: each short link as the address it stands for (``expanded_url``),
    each photo's short link dropped, line breaks as two spaces (the post stays on one line)."""
    text = str(post["full_text"])
    for media in _entities(post, "media"):
        text = text.replace(media["url"], "")
    for url in _entities(post, "urls"):
        expanded = url.get("expanded_url")
        if isinstance(expanded, str) and expanded.startswith(("http://", "https://")):
            text = text.replace(url["url"], expanded)
    return " ".join(part for part in re.split(r"\s*\n\s*", text.strip()) if part).replace("&amp;", "&")


def twitter_archive_text(text: str) -> str | None:
    """The posts of a Twitter archive's data file as text (see the module's docstring), or ``None`` when
    the file's JSON does not read."""
    m = _ARCHIVE_START.match(text)
    if m is None:
        return None
    try:
        data = json.loads(text[m.end() :].rstrip().rstrip(";"))
    except (ValueError, RecursionError):  # (a value nested deeper than the decoder recurses)
        return None
    posts = _posts(data)
    if not posts:
        return None
    lines = [""] * (text.count("\n") + 1)
    spots = [text.count("\n", 0, found.start()) for found in _FULL_TEXT.finditer(text)]
    for index, post in enumerate(posts):
        line = spots[index] if index < len(spots) and len(spots) == len(posts) else len(lines) - 1
        written = post_text(post)
        lines[line] = f"{lines[line]}  {written}" if lines[line] else written
    return "\n".join(lines)
