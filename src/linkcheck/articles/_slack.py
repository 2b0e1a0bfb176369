"""A Slack workspace export's day file (``channel/2024-03-05.json``) read as its messages' text (added after
the twenty-third held-out batch).

The file is a JSON array of messages, each with its ``ts`` (seconds since the epoch), its author (``user``
and a ``user_profile``, or a bot's ``username``), its ``text`` in Slack's markup (mrkdwn: ``<url|label>``,
``<url>``, ``<@U123>``, ``<#C123|name>``) and, for a link Slack unfurled, an ``attachments`` card with the
page's ``service_name``, ``title`` and ``title_link``. Slack writes every ``/`` of its strings as ``\\/`` and
every character that is not ASCII as ``\\uXXXX``, and the file holds many addresses that are the export's
own (avatars, a shared file's private download and permalink, an unfurl's icon and picture) or copies of a
message's link (a block's ``url``, an unfurl's ``from_url``). Read as it stands, its links are
``https:\\/\\/...`` and its machinery is cited; read as a chat's text, each message is a paragraph of its
author, its time and its text, and each unfurl card a line ``Site: Title`` over its link's address (as a
press review writes an item): what the text reader reads in a chat copied from the app.

Here, not in the text reader's module: only a text opening with ``[`` whose opening holds a message's
marks is tried (:func:`looks_like_slack_export`).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from linkcheck.lazyre import lazy_re

__all__ = ["looks_like_slack_export", "slack_text"]

#: What the opening of a Slack day file holds: a message's type and its time stamp, however the JSON is
#: spaced (Slack's export writes ``"type": "message"``; the API's answer, saved as it comes,
#: ``"type":"message"``: seed24).
_SLACK_SIGNS = (lazy_re(r'"type"\s*:\s*"message"'), lazy_re(r'"ts"\s*:\s*"'))


def looks_like_slack_export(text: str) -> bool:
    """Whether ``text`` (whose first character is ``[``) may be a Slack export's day file."""
    head = text[:3000]
    return all(sign.search(head) is not None for sign in _SLACK_SIGNS)


def _author(message: dict[str, Any]) -> str:
    profile = message.get("user_profile")
    if isinstance(profile, dict):
        name = profile.get("real_name") or profile.get("display_name")
        if isinstance(name, str) and name:
            return name
    for key in ("username", "user"):
        if isinstance(value := message.get(key), str) and value:
            return value
    return "Someone"


def _clock(message: dict[str, Any]) -> str:
    try:
        return dt.datetime.fromtimestamp(float(message.get("ts", "")), tz=dt.timezone.utc).strftime("%H:%M")
    except (TypeError, ValueError, OverflowError, OSError):
        return ""


def _card(attachment: Any) -> list[str]:
    """An unfurl card's lines: ``Site: Title`` (or the title alone) over its link's address; none for a card
    without both a title and a web address."""
    if not isinstance(attachment, dict):
        return []
    title, url = attachment.get("title"), attachment.get("title_link") or attachment.get("from_url")
    if not isinstance(title, str) or not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return []
    site = attachment.get("service_name")
    head = f"{site}: {title}" if isinstance(site, str) and site and site not in title else title
    return [" ".join(head.split()), url]


def slack_text(text: str) -> str | None:
    """A Slack export's day file as its messages' text (see the module's docstring), or ``None`` when the
    text is no JSON array of messages."""
    try:
        messages = json.loads(text)
    except (ValueError, RecursionError):  # (a value nested deeper than the decoder recurses)
        return None
    if not isinstance(messages, list):
        return None
    paragraphs = []
    for message in messages:
        if not isinstance(message, dict) or message.get("type") != "message":
            continue
        body = message.get("text")
        cards = [line for card in message.get("attachments") or [] for line in _card(card)]
        if not (isinstance(body, str) and body.strip()) and not cards:
            continue  # a file share, a join: no words of the author's
        lines = [f"{_author(message)} ({_clock(message)}):"]
        if isinstance(body, str) and body.strip():
            lines.append(body.strip())
        paragraphs.append("\n".join([*lines, *cards]))
    return "\n\n".join(paragraphs) + "\n" if paragraphs else None
