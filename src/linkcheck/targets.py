"""A request's target (path and query) spelled as the cited URL or the server's ``Location`` wrote it.

``requests`` prepares a URL with urllib3's parser, which writes every %-escape of the path and the query in
upper case (``caf%c3%a9`` is sent as ``caf%C3%A9``: RFC 3986 2.1 calls the two equivalent and recommends
upper case to normalisers), and urllib3's connection pool does it again to the target it is handed. Browsers
(and curl before 8.20) send the escapes as written. A server that compares paths byte for byte then answers
linkcheck with something else than it answers readers: one that 301s ``caf%C3%A9`` to ``caf%c3%a9`` was
asked ``caf%C3%A9`` again for its own ``Location``, and was reported a redirect loop where a browser shows
the article (urllib3 issues 1677 and 3081, requests issues 5573, 6473 and 6794: the maintainers keep the
normalisation, with no switch to turn it off).

:func:`with_escapes_as_written` puts the escapes' own case back into a URL requests prepared, and nothing
else: the characters that must be escaped (a space, ``"``, non-ASCII...) are escaped as requests escapes
them, the escapes of unreserved characters (``%7E``, ``%61``) are read as the characters as requests reads
them (RFC 3986 2.3: the same URL, and the loop check compares URLs so: ``fetch._loop_key``), and a URL
whose path or query holds a ``%`` that begins no escape (``100%``) is sent as requests sends it.
:func:`target_as_written` is what the fetcher's adapter path uses to undo the connection pool's upper-casing.

A URL whose query is empty (``/story?``, the ``?`` and nothing after it) is another URL than the same one
without the ``?`` to the URL Standard (its query is the empty string, not none), and browsers and urllib3
send the ``?``. ``urljoin``, requests' ``prepare_url`` and ``PreparedRequest.path_url`` drop it: a server
that 301s ``/story`` to ``/story?`` (a cache's canonical form) was asked ``/story`` again and reported a
redirect loop. :func:`with_empty_query` puts the ``?`` back into a URL made from one that ended in it, and
:func:`request_target` into the request target sent for it (the fetcher's own connections, and
``fetch.GuardedAdapter.request_url`` on the adapter's path).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from linkcheck.lazyre import lazy_re

__all__ = [
    "has_lower_escape",
    "request_target",
    "target_as_written",
    "upper_escapes",
    "with_empty_query",
    "with_escapes_as_written",
]

#: A %-escape.
_ESCAPE = lazy_re(r"%([0-9A-Fa-f]{2})")
#: A %-escape with a hex digit in lower case: the only escapes whose spelling requests changes.
_LOWER_ESCAPE = lazy_re(r"%(?:[a-f][0-9A-Fa-f]|[0-9A-F][a-f])")
#: A ``%`` that begins no escape.
_BARE_PERCENT = lazy_re(r"%(?![0-9A-Fa-f]{2})")
#: RFC 3986's unreserved characters (2.3).
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
#: What urllib3 leaves as written in a path (RFC 3986's pchar and ``/``); everything else is %-escaped.
_PATH_CHARS = _UNRESERVED | frozenset("!$&'()*+,;=:@/")
#: ... and in a query.
_QUERY_CHARS = _PATH_CHARS | {"?"}


def has_lower_escape(text: str) -> bool:
    """Whether ``text`` holds a %-escape written with a lower-case hex digit (``%c3``, ``%2f``, ``%A9`` no):
    the only URLs whose request target requests and urllib3 write otherwise than the URL does."""
    return "%" in text and _LOWER_ESCAPE.search(text) is not None


def _upper(match: re.Match[str]) -> str:
    return match.group(0).upper()


def upper_escapes(text: str) -> str:
    """``text`` with every %-escape in upper case, as urllib3 writes a request's target."""
    return _ESCAPE.sub(_upper, text) if "%" in text else text


def _escaped_as_written(component: str, allowed: frozenset[str]) -> str | None:
    """A path's or a query's ``component`` as it is sent with its escapes as written: an escape of an
    unreserved character is the character (as requests reads it), any other escape is kept in its own case,
    a character outside ``allowed`` is %-escaped in upper case (its UTF-8 bytes, for a non-ASCII one), as
    urllib3 escapes it. ``None`` when a ``%`` begins no escape: urllib3 then escapes every ``%`` of the
    component (``%25``), a spelling this module leaves to it."""
    if _BARE_PERCENT.search(component) is not None:
        return None
    out: list[str] = []
    i, n = 0, len(component)
    while i < n:
        char = component[i]
        if char == "%":
            escape = component[i : i + 3]
            decoded = chr(int(escape[1:], 16))
            out.append(decoded if decoded in _UNRESERVED else escape)
            i += 3
            continue
        if char in allowed:
            out.append(char)
        else:
            out.append("".join(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass")))
        i += 1
    return "".join(out)


def with_escapes_as_written(written: str, prepared: str) -> str:
    """``prepared`` (the URL requests prepared from ``written``) with its path and query spelled with the
    %-escapes of ``written`` in their own case, when that is the only way the two differ; else ``prepared``.

    ``http://n.test/caf%c3%a9?q=%2b`` prepared as ``http://n.test/caf%C3%A9?q=%2B`` is sent as written.
    Anything else requests changed (a host in IDNA, a dot segment removed, a space escaped, a ``%25`` for a
    ``%`` that begins no escape) is kept as requests wrote it: the comparison with ``prepared`` guarantees
    that no URL is sent otherwise than before but for the case of its escapes. Costs a substring search for
    a URL without ``%``.
    """
    if not has_lower_escape(written):
        return prepared
    try:
        was, now = urlsplit(written), urlsplit(prepared)
    except ValueError:
        return prepared
    path = _escaped_as_written(was.path, _PATH_CHARS)
    query = _escaped_as_written(was.query, _QUERY_CHARS)
    if path is None or query is None or (path, query) == (now.path, now.query):
        return prepared
    if upper_escapes(path) != now.path or upper_escapes(query) != now.query:
        return prepared
    begin = prepared.find("/", prepared.find("://") + 3)  # requests writes scheme://authority/path
    sent = now.path + ("?" + now.query if now.query else "")
    if begin < 0 or prepared[begin : begin + len(sent)] != sent:
        return prepared
    return prepared[:begin] + path + ("?" + query if query else "") + prepared[begin + len(sent) :]


def target_as_written(encoded: str, target: str | None) -> str:
    """The request target to send: ``target`` (the prepared request's path and query, escapes as written)
    when ``encoded`` (what urllib3's connection pool made of it) is ``target`` with its escapes in upper case,
    and nothing else; else ``encoded``. A proxy's absolute target, or one urllib3 changed otherwise, is
    sent as urllib3 wrote it."""
    if target is None or encoded == target or upper_escapes(target) != encoded:
        return encoded
    return target


def _empty_query(url: str) -> bool:
    """Whether ``url`` (a URL or a reference) ends its part before any fragment in a ``?`` that is its only
    one: its query is empty (``/story?``, ``?``, ``/story?#top``). One substring search for most URLs."""
    if "?" not in url:
        return False
    head = url.partition("#")[0]
    return head.endswith("?") and head.index("?") == len(head) - 1


def with_empty_query(written: str, url: str) -> str:
    """``url`` (what ``urljoin`` or requests' ``prepare_url`` made of ``written``) with the empty query of
    ``written`` (:func:`_empty_query`), which they drop: ``url``'s query, if any, is replaced by the empty
    one (the URL Standard resolves the reference ``?`` against ``/a?b=1`` to ``/a?``; ``urljoin`` kept
    ``?b=1``), its fragment kept. Left alone: a ``written`` whose query is not empty (``/a?b``, ``/a??``,
    none), and a fragment ending in ``?`` (``/a#b?``: no query)."""
    if not _empty_query(written):
        return url
    base, mark, fragment = url.partition("#")
    return base.partition("?")[0] + "?" + mark + fragment


def request_target(url: str, path_url: str) -> str:
    """The request target for ``url``: ``path_url`` (requests' ``PreparedRequest.path_url`` of it, which drops
    an empty query) with the ``?`` of ``url``'s empty query (:func:`_empty_query`) put back, as browsers and
    urllib3 send it (``GET /story? HTTP/1.1``); ``path_url`` otherwise."""
    if "?" in path_url or not _empty_query(url):
        return path_url
    return path_url + "?"
