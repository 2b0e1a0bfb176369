"""Redirect wrappers: a link whose own address spells the address it sends the reader to.

A click tracker, a safety scanner or a document export puts its own address around a link: Google's
``/url?q=<target>``, Facebook's ``l.facebook.com/l.php?u=<target>``, Outlook SafeLinks'
``*.safelinks.protection.outlook.com/?url=<target>``, an e-mail's click tracker. :func:`unwrap_redirect`
reads the target out of such an address without a request. Both readers import it: the article reader
(:mod:`linkcheck.articles`) cites the target, noting the redirector; the manifest reader
(:mod:`linkcheck.sources`) checks the target and keeps the address as written in
:attr:`~linkcheck.models.Citation.wrapper`, which :func:`wrapper_finding` reports, so the user can fix the
line (added after the seed20 probe: a manifest line was fetched through the wrapper, which counts the click,
may carry the reader's e-mail address, expires, or answers a robot with an interstitial of its own). A web
archive's copy (``web.archive.org/web/<stamp>/<url>``) is no wrapper: the copy is what is cited.
"""

from __future__ import annotations

import base64
import functools
import json
import re
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

from linkcheck.archives import capture_of
from linkcheck.lazyre import lazy_re
from linkcheck.models import Citation, Finding, FindingKind, Severity
from linkcheck.urls import without_click_ids, without_query_keys

__all__ = ["click_id_finding", "highwire_doi", "host_of", "split_url", "unwrap_redirect", "wrapper_finding"]

#: ``urlsplit``, cached: a link's URL is split to resolve it, to key it, for its host's labels and its slug.
#: (A ``SplitResult`` is a tuple; a URL that does not split raises ``ValueError`` each time, uncached.)
split_url = functools.lru_cache(maxsize=8192)(urlsplit)


def host_of(url: str) -> str:
    """``url``'s host, lower case, without ``www.`` (``""`` when it has none)."""
    try:
        host = (split_url(url).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def highwire_doi(url: str) -> str | None:
    """The ``https://doi.org/`` address a HighWire look-up by DOI sends the reader to
    (``/lookup/external-ref?access_num=10.1038/s41559-023-01999-1&link_type=DOI``: a journal page's
    "CrossRef" link beside a reference), or ``None``."""
    query = url.partition("?")[2]
    if "link_type=DOI" not in query and "link_type=doi" not in query:
        return None
    params = dict(parse_qsl(query))
    doi = params.get("access_num", "").strip()
    if params.get("link_type", "").upper() != "DOI" or not doi.startswith("10.") or "/" not in doi:
        return None
    return "https://doi.org/" + doi


#: The last path segment of a redirect endpoint (``/url`` of a search engine or a document export, ``/l.php``
#: of a social network, ``/away.php``, ``/redirect``..., an email's click tracker ``/track/click``, ``/ct``):
#: a link there with a parameter holding an absolute URL sends the reader on to that URL, which is the one
#: cited. An instant view's ``/iv`` (Telegram's ``t.me/iv?url=<story>&rhash=``, the story in a reader's
#: view: added after the seed19 probe) shows that URL's page, which is the one cited.
_REDIRECT_ENDPOINTS = frozenset(
    ["url", "l", "l.php", "lm.php", "away", "away.php", "redirect", "redirect.php", "redir", "out", "out.php",
     "exit", "exit.php", "go", "go.php", "jump", "jump.php", "linkfilter", "outbound", "outgoing", "leaving",
     "click", "track", "ct", "iv"]
)  # fmt: skip
#: The first label of a host that is itself an outgoing-link redirector (``out.reddit.com/t3_ID?url=``,
#: ``l.instagram.com/?u=``, ``lm.facebook.com``) or an email's click tracker (``click.mailer.example/?u=``,
#: ``links.news.example/?url=``), whatever its path.
_REDIRECT_HOST_LABELS = frozenset(
    ["l", "lm", "out", "away", "exit", "redirect", "redir", "outgoing", "click", "clicks", "track",
     "tracking", "links"]
)  # fmt: skip
#: The parameters such endpoints carry the target in (``z``: Tumblr's ``t.umblr.com/redirect?z=<target>&t=``).
_REDIRECT_PARAMS = (
    "q", "u", "url", "to", "target", "dest", "destination", "goto", "redirect", "link", "uddg", "z"
)  # fmt: skip
_REDIRECT_TARGET = lazy_re(r"https?://[^\s/?#]+", re.IGNORECASE)
#: Both branches end in a literal ``?``: :func:`unwrap_redirect` searches only a URL holding one.
_REDIRECT_HINT = lazy_re(
    r"/(?:" + "|".join(re.escape(e) for e in sorted(_REDIRECT_ENDPOINTS)) + r")/?\?"
    r"|^[a-z]+://(?:" + "|".join(sorted(_REDIRECT_HOST_LABELS)) + r")\.[^/?#]+/[^?#]*\?",
    re.IGNORECASE,
)
#: A redirector that appends its own signature to the target after a colon (Disqus: ``disq.us/url?url=
#: https%3A%2F%2Fhost%2Fpath%2F%3A<token>``, and after a path that ends in no ``/``, ``...%2Fpath%3A<token>``;
#: the latter added after the thirty-fifth held-out batch): the signature is no part of the target. Only
#: after the host's path began (a port is no signature) and only a token holding a letter.
_SIGNED_TARGET = lazy_re(r"(?<=[^/])(?<!:/)(?<!:)(/?):(?=[A-Za-z0-9_\-]{0,200}[A-Za-z])[A-Za-z0-9_\-]{6,}$")


def _has_wrapper_hint(url: str) -> bool:
    """Whether ``url`` holds what one of the wrappers :func:`_wrapped_target` reads holds: Outlook SafeLinks
    (``?url=`` on the root path), Proofpoint URL Defense (v2 ``/v2/url?u=https-3A__host_path``, v3
    ``/v3/__https://host/path__;...$``), Google's AMP viewer (``google.com/amp/s/host/path``), the AMP cache
    (``host-name.cdn.ampproject.org/c/s/host/path``) and Substack's email redirector
    (``substack.com/redirect/2/<base64url JSON with "e": target>.<sig>``), and an email click tracker that
    holds its target as a path segment of its own, percent-encoded (Amazon SES: ``awstrack.me/L0/https:%2F%2F
    host%2Fpath/1/...``) or in base64 (ConvertKit: ``.../<id>/<id>/aHR0cHM6Ly9...``). Substrings, looked for
    before the URL is split (a regex search of every cited URL cost more than all the rest of reading it).
    Yandex's Turbo pages too (``yandex.ru/turbo/<host>/s/<path>``, ``<host>.turbopages.org/<host>/s/<path>``,
    ``yandex.ru/turbo?text=<url>``: :func:`_turbo_target`)."""
    return (
        "/amp/" in url
        or "urldefense" in url
        or ".safelinks.protection.outlook.com/" in url
        or ".cdn.ampproject.org/" in url
        or "substack.com/redirect/2/" in url
        or "/aHR0c" in url
        or "%3A%2F%2F" in url
        or "%3a%2f%2f" in url
        or ":%2F%2F" in url
        or "/turbo" in url
        or ".turbopages.org/" in url
    )


_AMP_PATH = lazy_re(r"/(?:amp|[cvi])/(s/)?([^/?#]+\.[^/?#]+(?:[/?#].*)?)$", re.DOTALL)
_PROOFPOINT_HEX = lazy_re(r"-([0-9A-F]{2})")
_V3_URL = lazy_re(r"/v3/__(.+?)__;([^!]*)!")


#: The query keys Google's AMP viewer and the AMP cache add to the address of the page they show (the AMP
#: viewer protocol's ``amp_js_v``, ``amp_gsa``, ``amp_ct``, ``amp_tf``...; Google's ``usqp``, ``_gsa``,
#: ``aoh``, ``ampshare``): the viewer's request, not the page's address (added after the seed24 probe).
_AMP_VIEWER_KEYS = frozenset(["usqp", "_gsa", "aoh", "ampshare"])


def _viewer_pair(pair: str) -> bool:
    """Whether a query pair (as written) is an AMP viewer's (:data:`_AMP_VIEWER_KEYS`, and every
    ``amp_...``): the viewer's request, not the page's address, dropped from an AMP viewer's or cache's
    target (``without_query_keys``)."""
    key = pair.partition("=")[0].lower()
    return key in _AMP_VIEWER_KEYS or key.startswith("amp_")


def _wrapped_target(url: str, parts: SplitResult) -> str | None:
    """The URL one of the :data:`_WRAPPER_HINT` wrappers holds, or ``None``."""
    host = (parts.hostname or "").lower()
    target: str | None = None
    if host.endswith("safelinks.protection.outlook.com"):
        target = dict(parse_qsl(parts.query)).get("url")
    elif host.startswith("urldefense"):
        if parts.path.startswith("/v2/url"):
            encoded = dict(parse_qsl(parts.query)).get("u", "")
            target = _PROOFPOINT_HEX.sub(lambda m: chr(int(m.group(1), 16)), encoded.replace("_", "/"))
        elif (m := _V3_URL.search(url)) is not None:
            target = _proofpoint_v3(m.group(1), m.group(2))
    elif host.endswith(".cdn.ampproject.org") or (
        f".{host}".find(".google.") >= 0 and parts.path[:5] == "/amp/"
    ):
        path = url[len(parts.scheme) + 3 + len(parts.netloc) :]
        if (m := _AMP_PATH.match(path)) is not None:
            target = without_query_keys(("https://" if m.group(1) else "http://") + m.group(2), _viewer_pair)
    elif host.endswith(".turbopages.org") or (
        f".{host}".find(".yandex.") >= 0 and parts.path[:6] == "/turbo"
    ):
        target = _turbo_target(parts)
    elif host == "substack.com" and parts.path.startswith("/redirect/2/"):
        target = _substack_target(parts.path[len("/redirect/2/") :])
    else:
        target = _path_target(parts.path)
    return target if target and _REDIRECT_TARGET.match(target) else None


#: A path segment that is an absolute URL percent-encoded (``https%3A%2F%2Fhost%2F...``, ``https:%2F%2F``), or
#: base64 of one (``aHR0cHM6Ly`` is ``https://``, ``aHR0cDovL`` ``http://``).
_ENCODED_SEGMENT = lazy_re(r"/(https?(?::|%3A)%2F%2F[^/]+)", re.IGNORECASE)
_BASE64_SEGMENT = lazy_re(r"/(aHR0c(?:HM6Ly|DovL)[A-Za-z0-9_\-+]{4,}={0,2})(?:/|$)")


#: A web archive's listing of its captures of an address (the Wayback Machine's calendar and search, added
#: after the seed22 probe): a wildcard for the timestamp, ``/web/*/``, ``/web/2024*/``, ``/web/20200109*/``,
#: then the address, which may end in a ``*`` of its own (every address it opens). The listing is the
#: archive's page of dates, no copy of the page: the address it lists is the one cited.
_CAPTURE_LISTING = lazy_re(r"/web/\d{0,14}\*/+(?P<listed>(?:https?|ftp):/+[^\s*]+)\*?$", re.IGNORECASE)
#: A web archive's timestamp segment (``/web/20200109123000/``, ``/2020.01.09-123000id_/``) at the end of
#: a path: an encoded address after it is the archive's capture, not a click tracker's target.
_CAPTURE_STAMP = lazy_re(r"/(?:\d{4,14}|\d{4}\.\d\d\.\d\d-\d{6})(?:[a-z]{2}_|\*)?$", re.IGNORECASE)


def _path_target(path: str) -> str | None:
    """The URL a click tracker holds as a path segment of its own: percent-encoded (no raw ``/`` in it: the
    tracker's own path goes on after it) or base64; ``None`` when no segment is one, or when the segment is
    a web archive's capture (``/web/20200109123000/https%3A%2F%2F...``: the copy is what is cited)."""
    if (m := _ENCODED_SEGMENT.search(path)) is not None:
        if _CAPTURE_STAMP.search(path, 0, m.start()) is not None:
            return None
        return unquote(m.group(1))
    if (m := _BASE64_SEGMENT.search(path)) is not None:
        token = m.group(1).replace("+", "-")
        try:
            target = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("utf-8")
        except ValueError:
            return None
        return target if target.isprintable() and " " not in target else None
    return None


#: A Turbo page's path after ``/turbo`` (on a Yandex host) or on a ``turbopages.org`` host: the page's host,
#: ``/s``, then its path (``/ria.ru/s/20200109/1563219328.html``); ``/s/`` may come first
#: (``/s/ria.ru/20200109/...``).
_TURBO_PATH = lazy_re(r"/(?:s/)?(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?:/s)?(?P<path>/[^?#]*)?$")
#: The query keys a Turbo page adds to the address of the page it shows (its signature, the search's request).
_TURBO_KEYS = frozenset(["sign", "parent-reqid", "lite", "turbo_uid", "turbo_ic", "utm_source", "utm_medium"])


def _turbo_pair(pair: str) -> bool:
    return pair.partition("=")[0].lower() in _TURBO_KEYS


def _turbo_target(parts: SplitResult) -> str | None:
    """The page a Yandex Turbo page shows (Yandex's fast copy of a page, like Google's AMP viewer: added after
    the seed25 probe): ``yandex.ru/turbo?text=<url>``, or the host and path spelled in its own path
    (:data:`_TURBO_PATH`), over HTTPS, the Turbo page's own query keys dropped."""
    path = parts.path
    if path[:6] == "/turbo":
        path = path[6:]
    if not path.strip("/"):
        text = dict(parse_qsl(parts.query)).get("text", "")
        return text if _REDIRECT_TARGET.match(text) else None
    if (m := _TURBO_PATH.match(path)) is None:
        return None
    query = f"?{parts.query}" if parts.query else ""
    return without_query_keys(f"https://{m['host']}{m['path'] or '/'}{query}", _turbo_pair)


def _proofpoint_v3(encoded: str, replaced: str) -> str | None:
    """A Proofpoint v3 URL: each ``*`` stands for the next character of the base64 ``replaced`` list."""
    if "*" not in encoded:
        return encoded
    if "**" in encoded:
        return None  # a run of replaced characters: not worth the format's details
    try:
        chars = iter(base64.urlsafe_b64decode(replaced + "=" * (-len(replaced) % 4)).decode("utf-8"))
        return "".join(next(chars) if ch == "*" else ch for ch in encoded)
    except (ValueError, StopIteration):
        return None


def _substack_target(token: str) -> str | None:
    payload = token.partition(".")[0]
    try:
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, RecursionError):  # a value nested deeper than the decoder recurses
        return None
    target = data.get("e") if isinstance(data, dict) else None
    return target if isinstance(target, str) else None


@functools.lru_cache(maxsize=4096)
def unwrap_redirect(url: str) -> tuple[str, str] | None:
    """``(target, redirector host)`` when ``url`` is a redirect wrapper around another absolute URL
    (``https://www.google.com/url?q=https://...``, ``https://l.facebook.com/l.php?u=https%3A...``), unwrapped
    as often as it is wrapped (a Google Docs export of a link pasted from Facebook); else ``None``."""
    if "/lookup/external-ref?" in url and (doi := highwire_doi(url)) is not None:
        return doi, host_of(url)  # a HighWire journal page's "CrossRef" link: the DOI it looks up
    if "*/" in url and "/web/" in url and (listing := _CAPTURE_LISTING.search(url)) is not None:
        return listing["listed"], host_of(url)  # an archive's list of captures of the address (seed22)
    # _REDIRECT_HINT's two branches each end in a literal "?": a URL without a query is tested by the
    # substring first (the pattern cost 3.5 us a URL, 40% of reading a plain manifest line: cost36)
    if ("?" not in url or _REDIRECT_HINT.search(url) is None) and not _has_wrapper_hint(url):
        return None  # no redirect endpoint before a query: the common case, without splitting the URL
    if "/web/" in url and capture_of(url) is not None:
        return None  # a web archive's copy of a wrapper's address: the copy is cited (seed20)
    via: str | None = None
    for _ in range(4):
        try:
            parts = split_url(url)
        except ValueError:
            break
        target = _wrapped_target(url, parts)
        if target is None:
            segment = parts.path.rstrip("/").rpartition("/")[2].lower()
            host = (parts.hostname or "").lower()
            if not parts.query or (
                segment not in _REDIRECT_ENDPOINTS and host.partition(".")[0] not in _REDIRECT_HOST_LABELS
            ):
                break
            params = dict(parse_qsl(parts.query, keep_blank_values=True))
            target = next(
                (params[name] for name in _REDIRECT_PARAMS if _REDIRECT_TARGET.match(params.get(name, ""))),
                None,
            )
            if target is not None and host == "disq.us" and "/" in target.partition("://")[2]:
                target = _SIGNED_TARGET.sub(r"\1", target)
        if target is None:
            break
        via = via or (parts.hostname or "")
        url = target.strip()
    return (url, via) if via is not None else None


def wrapper_finding(citation: Citation) -> Finding | None:
    """A ``wrapped`` finding (``info``) for a citation its reader unwrapped (:attr:`Citation.wrapper`, the
    address as written): the address it wraps was checked in its place; ``actual`` is the one to cite."""
    if citation.wrapper is None:
        return None
    via = host_of(citation.wrapper) or citation.wrapper
    return Finding(
        kind=FindingKind.WRAPPED,
        severity=Severity.INFO,
        message=(
            f"the cited address is a redirect wrapper ({via}): checked the address it wraps instead,"
            f" without a request to the wrapper; cite {citation.url}"
        ),
        expected=citation.wrapper,
        actual=citation.url,
    )


def click_id_finding(citation: Citation) -> Finding | None:
    """A ``click_id`` finding (``info``) for a citation whose address carries a click identifier (``fbclid``,
    ``gclid``, ``msclkid``: :func:`~linkcheck.urls.without_click_ids`): one reader's click, added by the
    network the page was reached through, no part of the page's address. The address is fetched as written
    (a manifest's line is the user's own); ``actual`` is the one to cite (added after the seed25 probe). An
    article's links never hold one: its reader drops them."""
    url = citation.url
    if "?" not in url:
        return None  # nearly every address: no query, no click id (one scan, where four were asked)
    clean = without_click_ids(url)
    if clean == url:
        return None
    return Finding(
        kind=FindingKind.CLICK_ID,
        severity=Severity.INFO,
        message=(
            f"the cited address carries a click identifier (one reader's click, not the page's); cite {clean}"
        ),
        expected=url,
        actual=clean,
    )
