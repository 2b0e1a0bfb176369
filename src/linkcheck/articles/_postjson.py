"""A social post as its service's API gives it, read as the page of its posts (added after the seed21 probe,
where the seed article's summary posted to three services was handed over as each service's JSON).

- **A Mastodon status** (``GET /api/v1/statuses/:id``; a list of them from an account's or a timeline's
  ``statuses``): an object with the post's HTML ``content``, its ``account`` and its ``visibility``. Read as
  text, every address of the JSON was a citation: the status's own ``uri`` and ``url``, the account's
  pages and avatar, the hashtags', the preview card's image; and the content's link, which Mastodon writes
  as ``<span class="invisible">https://www.</span><span class="ellipsis">host/path</span>...`` to shorten
  what it shows, gave a bogus ``https://www`` and the shown half as two more. A boost (``reblog``) cites
  nothing of the account's own, as in :mod:`._activitypub`'s outbox.
- **A Bluesky post record** (``app.bsky.feed.post``: alone, as ``getRecord``'s ``value``, as a feed's or a
  thread's ``post.record``): its ``text`` shows links shortened (``host/path/will...``) and its ``facets``
  give each link's whole address (``app.bsky.richtext.facet#link``'s ``uri``) over a range of the text's
  UTF-8 bytes. Read as text, the shortened words were a citation of their own, cut.
- **A Telegram Bot API message** (``getUpdates``' or ``sendMessage``'s answer, ``{"ok": true, "result":
  ...}``, or the message alone): its ``text`` (or a media's ``caption``) and ``entities``
  (``caption_entities``) over ranges of UTF-16 code units: a ``text_link`` links its words to its ``url``,
  a ``url`` entity is an address the text shows whole. Read as text, the links were found, but not the words
  each is linked from (a "Related article:" line's headline that titles it).
- **Telegram Desktop's "Export chat history" as JSON** (``result.json``: a chat's ``messages``, or every
  chat's under ``chats.list``; added after the seed22 probe): each ``message``'s ``text_entities``, its
  text as runs, a ``text_link`` linking its ``text`` to its ``href``, a ``link`` an address shown whole;
  service messages (a pin, a join) cite nothing.

A Mastodon status's preview ``card`` (the page its link shows as a card: its ``title``, its
``provider_name``) gives that link the card's title and site, as a chat's link preview does, when the status
still links the card's address (seed22).

Each post is an ``<article>`` opening with an empty ``<time datetime>`` of when it was posted (as the outbox's
posts), its links as ``<a href>`` over the words they are linked from; the HTML reader reads the page, and
each link is then placed at the line of the file where its address first stands (:func:`place_in_source`),
not at the page's. Only a text opening with ``{`` or ``[`` whose opening holds a service's marks is
decoded.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
from collections.abc import Callable, Iterator
from typing import Any

from linkcheck.articles._base import Lines, Link, json_or_none
from linkcheck.articles._pages import article_page, linked_html

__all__ = ["place_in_source", "post_page"]

#: How deep a decoded document is searched for posts (a thread's replies nest).
_MAX_DEPTH = 12
#: How many characters of a text's opening are looked at for a service's marks.
_HEAD = 3000
_BLUESKY_POST = "app.bsky.feed.post"
_BLUESKY_LINK = "app.bsky.richtext.facet#link"


def _walk(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every object in ``value``, parents before their children, in document order."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from _walk(child, depth + 1)
    elif isinstance(value, list):
        for child in value:
            yield from _walk(child, depth + 1)


def _post(body: str, stamp: str) -> str:
    time = (
        f'<time datetime="{html_lib.escape(stamp)}"></time>' if stamp[:4].isdigit() and "T" in stamp else ""
    )
    return f"<article>{time}{body}</article>"


def _paragraphs(linked: str) -> str:
    """Escaped text with links (:func:`linked_html`) as paragraphs: a blank line ends one, a line break
    stays."""
    return "".join(f"<p>{part.replace(chr(10), '<br>')}</p>" for part in linked.split("\n\n") if part.strip())


# --- Mastodon -----------------------------------------------------------------------------------------------


def _is_status(item: dict[str, Any]) -> bool:
    return (
        isinstance(item.get("content"), str)
        and isinstance(item.get("account"), dict)
        and "visibility" in item
    )


def _card(status: dict[str, Any]) -> str:
    """A status's preview card as a chat's link preview is written (``link_preview_title``,
    ``link_preview_site_name`` inside the ``<a>``, which the HTML reader reads as the page's title and
    site), or ``""``: no card, no title, or a card of an address the status's content does not link (it was
    edited after the card was made)."""
    card = status.get("card")
    if not isinstance(card, dict):
        return ""
    url, title, site = card.get("url"), card.get("title"), card.get("provider_name")
    if not (isinstance(url, str) and isinstance(title, str) and title.strip()):
        return ""
    if f'href="{html_lib.escape(url)}"' not in status["content"] and f'href="{url}"' not in status["content"]:
        return ""
    named = (
        f'<div class="link_preview_site_name">{html_lib.escape(site, quote=False)}</div>'
        if isinstance(site, str) and site.strip()
        else ""
    )
    return (
        f'<p><a class="link_preview" href="{html_lib.escape(url)}">{named}'
        f'<div class="link_preview_title">{html_lib.escape(title, quote=False)}</div></a></p>'
    )


def _mastodon_posts(document: Any) -> list[str] | None:
    statuses = document if isinstance(document, list) else [document]
    if not statuses or not all(isinstance(s, dict) and _is_status(s) for s in statuses):
        return None
    posts = []
    for status in statuses:
        if status.get("reblog"):
            continue  # a boost: another account's post
        stamp = status.get("created_at")
        posts.append(_post(status["content"] + _card(status), stamp if isinstance(stamp, str) else ""))
    return posts


# --- Bluesky ------------------------------------------------------------------------------------------------


def _quoted_post(embed: Any) -> str | None:
    """The web address of the post an embed quotes (``app.bsky.embed.record``, or ``recordWithMedia``'s
    record; as the record stores it, a strong reference ``{uri, cid}``, or as the API's view gives it, the
    quoted post whole with its ``author``), ``https://bsky.app/profile/<handle or DID>/post/<key>``; ``None``
    for any other embed or a quoted list or feed (added after the seed23 probe). The writer cites the quoted
    post; the links inside it are its own writer's."""
    if not isinstance(embed, dict) or not str(embed.get("$type", "")).startswith("app.bsky.embed.record"):
        return None
    quoted = embed.get("record")
    if isinstance(quoted, dict) and "uri" not in quoted:
        quoted = quoted.get("record")  # recordWithMedia: {record: {record: ...}, media: ...}
    uri = quoted.get("uri") if isinstance(quoted, dict) else None
    if not isinstance(uri, str) or not uri.startswith("at://"):
        return None
    parts = uri[5:].split("/")
    if len(parts) != 3 or parts[1] != _BLUESKY_POST or not parts[0] or not parts[2]:
        return None
    author = quoted.get("author") if isinstance(quoted, dict) else None
    handle = author.get("handle") if isinstance(author, dict) else None
    who = handle if isinstance(handle, str) and handle and handle != "handle.invalid" else parts[0]
    return f"https://bsky.app/profile/{who}/post/{parts[2]}"


def _bluesky_body(record: dict[str, Any], view: Any = None) -> str | None:
    """A post record's text with its link facets, its link card and the post it quotes; ``view`` is the
    API's view of its embed when the record comes in a post view (``getPosts``, a feed, a thread), which
    names a quoted post's author."""
    text = record.get("text")
    if not isinstance(text, str):
        return None
    data = text.encode("utf-8")
    spans: list[tuple[int, int, str, str | None]] = []
    facets = record.get("facets")
    for facet in facets if isinstance(facets, list) else []:
        index = facet.get("index") if isinstance(facet, dict) else None
        features = facet.get("features") if isinstance(facet, dict) else None
        if not isinstance(index, dict) or not isinstance(features, list):
            continue
        start, end = index.get("byteStart"), index.get("byteEnd")
        uri = next(
            (f.get("uri") for f in features if isinstance(f, dict) and f.get("$type") == _BLUESKY_LINK),
            None,
        )
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(data)):
            continue
        if isinstance(uri, str):
            # (a range in bytes; one cut inside a character is read to the characters it touches)
            begin = len(data[:start].decode("utf-8", "ignore"))
            stop = len(data[:end].decode("utf-8", "ignore"))
            spans.append((begin, stop, text[begin:stop], uri))
    spans.sort()
    body = _paragraphs(linked_html(text, spans))
    embed = record.get("embed")
    external = embed.get("external") if isinstance(embed, dict) else None
    if isinstance(external, dict) and isinstance(external.get("uri"), str):
        card = external.get("title")
        words = html_lib.escape(
            card if isinstance(card, str) and card.strip() else external["uri"], quote=False
        )
        body += f'<p><a href="{html_lib.escape(external["uri"])}">{words}</a></p>'  # its link card
    quoted = _quoted_post(view) or _quoted_post(embed)
    if quoted is not None:
        body += f'<p>Quoting <a href="{html_lib.escape(quoted)}">a post</a></p>'
    return body


def _bluesky_posts(document: Any) -> list[str] | None:
    posts = []
    views: dict[int, Any] = {}  # a post view's record -> the view's embed
    quoted: set[int] = set()  # the records of quoted posts, which a view holds whole: not the writer's
    for item in _walk(document):
        record, embed = item.get("record"), item.get("embed")
        if isinstance(record, dict) and record.get("$type") == _BLUESKY_POST and isinstance(embed, dict):
            views[id(record)] = embed
            quoted.update(id(one) for one in _walk(embed) if one.get("$type") == _BLUESKY_POST)
        if item.get("$type") != _BLUESKY_POST or id(item) in quoted:
            continue
        if (body := _bluesky_body(item, views.get(id(item)))) is not None:
            stamp = item.get("createdAt")
            posts.append(_post(body, stamp if isinstance(stamp, str) else ""))
    return posts or None


# --- Telegram's Bot API -------------------------------------------------------------------------------------


def _units(text: str) -> list[int]:
    """The offset in ``text`` of each UTF-16 code unit's character (an entity's range is in code units)."""
    at: list[int] = []
    for i, char in enumerate(text):
        at.extend([i] * (2 if ord(char) > 0xFFFF else 1))
    at.append(len(text))
    return at


def _telegram_body(message: dict[str, Any]) -> str | None:
    for text_key, entities_key in (("text", "entities"), ("caption", "caption_entities")):
        text, entities = message.get(text_key), message.get(entities_key)
        if isinstance(text, str) and isinstance(entities, list):
            break
    else:
        return None
    at = _units(text)
    spans: list[tuple[int, int, str, str | None]] = []
    for entity in entities:
        if not isinstance(entity, dict) or entity.get("type") not in ("text_link", "url"):
            continue
        offset, length = entity.get("offset"), entity.get("length")
        if not (
            isinstance(offset, int) and isinstance(length, int) and 0 <= offset < offset + length < len(at)
        ):
            continue
        start, end = at[offset], at[offset + length]
        url = entity.get("url") if entity["type"] == "text_link" else text[start:end]
        if isinstance(url, str):
            spans.append((start, end, text[start:end], url))
    spans.sort()
    return _paragraphs(linked_html(text, spans))


#: The keys of a Bot API update that hold its message (a channel's post, an edit of either).
_UPDATE_KEYS = ("message", "channel_post", "edited_message", "edited_channel_post")


def _telegram_messages(document: Any) -> Iterator[dict[str, Any]]:
    """The messages of a Bot API answer: its ``result`` (a message, or a list of updates or messages), or
    the document itself; a message's ``reply_to_message`` (another's post, quoted) is not one of them."""
    result = document.get("result", document) if isinstance(document, dict) else document
    for item in result if isinstance(result, list) else [result]:
        if not isinstance(item, dict):
            continue
        inner = next((item[key] for key in _UPDATE_KEYS if isinstance(item.get(key), dict)), item)
        if "message_id" in inner and isinstance(inner.get("chat"), dict):
            yield inner


def _telegram_posts(document: Any) -> list[str] | None:
    posts = []
    for message in _telegram_messages(document):
        body = _telegram_body(message)
        if body:
            stamp = message.get("date")
            when = (
                dt.datetime.fromtimestamp(stamp, dt.timezone.utc).isoformat()
                if isinstance(stamp, int) and 0 < stamp < 10**11
                else ""
            )
            posts.append(_post(body, when))
    return posts or None


# --- Telegram Desktop's export ------------------------------------------------------------------------


def _desktop_body(message: dict[str, Any]) -> str | None:
    runs = message.get("text_entities")
    if not isinstance(runs, list):
        return None
    text, spans = "", []
    for run in runs:
        words = run.get("text") if isinstance(run, dict) else None
        if not isinstance(words, str):
            continue
        kind = run.get("type")
        url = run.get("href") if kind == "text_link" else words.strip() if kind == "link" else None
        if isinstance(url, str) and url:
            if "://" not in url:
                url = "http://" + url  # (a link typed without its scheme, as the text shows it)
            spans.append((len(text), len(text) + len(words), words, url))
        text += words
    return _paragraphs(linked_html(text, spans)) if spans or text.strip() else None


def _desktop_posts(document: Any) -> list[str] | None:
    chats = document.get("chats") if isinstance(document, dict) else None
    listed = chats.get("list") if isinstance(chats, dict) else None
    posts = []
    for chat in listed if isinstance(listed, list) else [document]:
        messages = chat.get("messages") if isinstance(chat, dict) else None
        for message in messages if isinstance(messages, list) else []:
            if isinstance(message, dict) and message.get("type") == "message":
                body = _desktop_body(message)
                if body:
                    stamp = message.get("date")
                    posts.append(_post(body, stamp if isinstance(stamp, str) else ""))
    return posts or None


def post_page(text: str) -> str | None:
    """The HTML page of a Mastodon status, a Bluesky post record, a Telegram Bot API message or a Telegram
    Desktop export (see the module's docstring), or ``None`` for any other text (told first by each one's
    marks in its opening)."""
    head = text[:_HEAD]
    reader: Callable[[Any], list[str] | None]
    if '"spoiler_text"' in head and '"visibility"' in head:
        reader = _mastodon_posts
    elif _BLUESKY_POST in head:
        reader = _bluesky_posts
    elif '"message_id"' in head and ('"entities"' in text or '"caption_entities"' in text):
        reader = _telegram_posts
    elif '"text_entities"' in text and '"messages"' in text:  # (a whole account's chats may come late)
        reader = _desktop_posts
    else:
        return None
    document = json_or_none(text)
    if not isinstance(document, (dict, list)):
        return None
    posts = reader(document)
    return article_page("".join(posts)) if posts else None


def _at_spellings(url: str) -> tuple[str, ...]:
    """How a record names the post at the web address ``url`` (``https://bsky.app/profile/<who>/post/<key>``,
    as :func:`_quoted_post` writes it): its ``at://`` address's tail, ``/app.bsky.feed.post/<key>`` (the
    DID before it, which a handle does not spell); none for any other address."""
    head = "https://bsky.app/profile/"
    if not url.startswith(head):
        return ()
    parts = url[len(head) :].split("/")
    if len(parts) != 3 or parts[1] != "post" or not parts[2]:
        return ()
    return (f"/{_BLUESKY_POST}/{parts[2]}",)


def place_in_source(links: list[Link], text: str) -> None:
    """Give each of ``links`` (read from :func:`post_page`'s page of ``text``) the line of ``text`` where its
    address first stands, as written or with JSON's escaped solidus (``https:\\/\\/``); a link whose address
    the file does not spell as it is (unwrapped, resolved) keeps its line. A quoted Bluesky post, cited at
    its web address, stands where the file names it: its ``at://`` address (seed24)."""
    lines: Lines | None = None
    for link in links:
        at = -1
        for spelling in (link.url, *_at_spellings(link.url)):
            at = text.find(spelling)
            if at < 0:
                at = text.find(spelling.replace("/", "\\/"))
            if at >= 0:
                break
        if at >= 0:
            lines = lines or Lines(text)
            link.line = lines.line(at)
