"""Which spellings of a URL are one resource: the one place that says so.

Every caller that asks "are these two URLs one?" reads one of the keys below; no other module writes a rule
of its own. The rules, each with its reason (RFC 3986 section 6 and RFC 3987 3.1 in mind):

* **one request** (:func:`resource_key`, :func:`normal_url`; a run's fetch grouping, ``--state``'s history,
  the Markdown report's grouping): two spellings that any HTTP client turns into the same request, or that
  differ only in what the server is told to ignore:

  - scheme and host case (6.2.2.1), a scheme's default or empty port (6.2.3), an empty ``http(s)`` path as
    ``/`` (6.2.3), a %-escape's hex case (6.2.2.1), an escaped unreserved character (6.2.2.2: ``%7E`` is
    ``~``);
  - an internationalised address and its URI (RFC 3987 3.1): a host in Unicode and its punycode
    (``bücher.example`` is ``xn--bcher-kva.example``: the name looked up is the punycode one), other
    non-ASCII characters and their UTF-8 %-escapes (``/café`` is ``/caf%C3%A9``: the bytes sent);
  - a fragment (never sent);
  - campaign parameters (``utm_*``, any case, :func:`campaign_key`): the analytics convention, not RFC
    3986's; a server serves the page they are added to. Only these: the other tracking keys may select
    content on some servers (``?ref=branch`` of a repository, ``spm`` of a shop) and a key that selects
    content must never make two pages one fetch.

  Kept apart: case in the path and query, a reserved character's escape (``%2F`` is not ``/``), a trailing
  slash, ``www.``, an empty query's ``?``, userinfo, a host's trailing dot (``example.com.`` sends another
  ``Host`` header and another TLS name, which some servers refuse).

* **one link** (:func:`link_key`; an article's duplicate detection): one request but for campaign
  parameters, and also a host's trailing dot (a reader following either link reads one page); the fragment
  is kept (``#one`` and ``#two`` cite two parts of a page: two citations, one fetch). Campaign parameters are
  left to the next level, so that of a page linked with and without them the article's citation is named
  by the plain spelling, wherever it stands.

* **one citation but for tracking** (:func:`untracked_key`; an article pairs a page cited with a tracking
  query and without it, and an archived copy with its page): a citation without its fragment and without
  every tracking key (:func:`tracking_key`: ``utm_*``, :data:`TRACKING_KEYS`, and the keys an embed or a
  share adds, :data:`SHARE_KEYS`): within one article two links that differ only in ``?ref=`` are one
  citation, but they are still fetched as written.

:mod:`linkcheck.classify` judges whether a redirect is a trivial move with looser rules still (``www.``,
path case, index files); it reads its keys' rule here (:func:`untracked_pairs`).
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable
from urllib.parse import quote

from linkcheck.lazyre import lazy_re

__all__ = [
    "SESSION_KEYS",
    "SHARE_KEYS",
    "TRACKING_KEYS",
    "campaign_key",
    "campaign_tagged",
    "link_key",
    "normal_origin",
    "normal_url",
    "preview_query",
    "resource_key",
    "tracking_key",
    "untracked_key",
    "untracked_pairs",
    "without_click_ids",
    "without_query_keys",
]

#: Query keys of campaign and click tracking (lower case; ``utm_*`` by prefix, :func:`campaign_key`): no
#: part of what a page is to a reader (an article joins its citations on them, :func:`untracked_key`; a
#: redirect that adds or drops them is a trivial move). Some name content on some servers (``ref``, ``cmp``,
#: ``spm``), so a fetch does not join on them.
TRACKING_KEYS = frozenset(
    ("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "smid", "cmpid", "ocid", "ito",
     "_ga", "yclid", "twclid", "at_medium", "at_campaign", "at_link_origin", "at_link_type", "at_link_id",
     "at_format", "at_ptr_name", "cmp", "ref", "ref_src", "ns_mchannel", "ns_source", "ns_campaign",
     "ns_linkname", "ns_fee", "mbid", "spm")
)  # fmt: skip
#: Keys an embed or a share adds to the page's address (a tweet's ``ref_url``, a share's ``s``, ``src``):
#: tracking within one article (:func:`untracked_key`) only.
SHARE_KEYS = frozenset(("ref_url", "s", "src"))
#: Query keys of a server's session (``?PHPSESSID=...``): a visit's, not the page's.
SESSION_KEYS = frozenset(("jsessionid", "phpsessid", "sessionid", "session_id", "cfid", "cftoken"))


#: A query pair that makes an address a CMS's preview of a draft (lower case): WordPress's ``preview=true``
#: (``preview=1``), ``preview_id=`` and ``preview_nonce=``, a public-preview plug-in's ``_ppp=``, a headless
#: CMS's ``preview=<token>``; not ``preview=false`` or ``preview=0`` (rot56).
_PREVIEW_PAIR = lazy_re(
    r"[?&](?:preview=(?!false\b|0\b|&|$)[^&#]*|preview_id=[^&#]+|preview_nonce=[^&#]+|_ppp=[^&#]+)"
)


def preview_query(url: str) -> str | None:
    """The query pair (``preview=true``, ``preview_nonce=...``) that makes ``url`` a CMS's preview link, as a
    writer copies it from the editor before the story is published: the address shows the draft to its
    editors only, and a reader is shown the published story, the site's front page or an error (rot55's
    leftover, rot56). ``None`` for an address with no such pair: most have no ``review`` (the pre-test)."""
    if "review" not in url and "_ppp=" not in url:
        return None
    found = _PREVIEW_PAIR.search(url.split("#", 1)[0].lower())
    return found.group(0)[1:] if found is not None else None


def campaign_key(key: str) -> bool:
    """Whether a query key is a campaign parameter's (``utm_source``, ``UTM_Medium``...)."""
    return key[:4].lower() == "utm_"


def tracking_key(key: str) -> bool:
    """Whether a query key says where a reader came from, not which page they asked for: a campaign's
    (:func:`campaign_key`) or one of :data:`TRACKING_KEYS`."""
    return campaign_key(key) or key.lower() in TRACKING_KEYS


def untracked_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The decoded query ``pairs`` that are neither tracking (:func:`tracking_key`) nor a session's
    (:data:`SESSION_KEYS`), in their order."""
    return [(k, v) for k, v in pairs if not (tracking_key(k) or k.lower() in SESSION_KEYS)]


# --- one request ------------------------------------------------------------------------------------------

#: A URL's scheme and authority (up to the path), to spell them as RFC 3986's normal form does.
_ORIGIN = lazy_re(r"([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)")

#: The port a scheme implies: RFC 3986, 6.2.3 (``http://host:80/`` is ``http://host/``).
_DEFAULT_PORT = {"http": ":80", "https": ":443"}

#: A %-escape: its two hex digits.
_ESCAPE = lazy_re(r"%([0-9A-Fa-f]{2})")

#: RFC 3986's unreserved characters (2.3): escaped or not, the same URL.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

#: The schemes whose empty path is ``/`` (RFC 3986 6.2.3, RFC 9110 4.2.3).
_SLASH_SCHEMES = ("http://", "https://")

#: A run of characters outside ASCII (an IRI's, RFC 3987): %-escaped as UTF-8 in its URI.
_NON_ASCII = lazy_re(r"[^\x00-\x7f]+")


def resource_key(url: str) -> str:
    """The key of the resource ``url`` names, one for every spelling a run fetches once: ``url`` stripped of
    surrounding blanks and its fragment, in :func:`normal_url`'s spelling. ``--state``'s key
    (``state.url_key``)."""
    url = url.strip()
    if "#" in url:
        url = url[: url.find("#")]
    return normal_url(url)


def normal_url(url: str, *, campaigns: bool = False) -> str:
    """``url`` (without its fragment) in one spelling of the URLs that are one request (the module's first
    level): an IRI as its URI (:func:`_as_uri`), then :func:`normal_origin`; for ``http``/``https`` an empty
    path as ``/``; a %-escape's hex digits in upper case and an escaped unreserved character unescaped; and
    the query's campaign parameters dropped (:func:`_uncampaigned`). Everything else as written.

    It is also the key a run fetches a URL under (:mod:`linkcheck.checker`): spellings with one key are one
    request, the first spelling the one sent. With ``campaigns`` the campaign parameters are kept (the
    spelling :func:`link_key` builds on)."""
    if not url.isascii():
        url = _as_uri(url)
    url = normal_origin(url)
    if url.startswith(_SLASH_SCHEMES):
        end = _authority_end(url, 8 if url[4] == "s" else 7)
        if not url.startswith("/", end):
            url = f"{url[:end]}/{url[end:]}"
    if "%" in url:
        url = _ESCAPE.sub(_normal_escape, url)
    if campaigns or ("tm_" not in url and "TM_" not in url):
        return url
    return _uncampaigned(url)


def _as_uri(url: str) -> str:
    """An IRI ``url`` as its URI (RFC 3987 3.1): a Unicode host in punycode (IDNA; left as written if it is
    no valid name), every other non-ASCII character %-escaped as UTF-8. Both are what a client sends."""
    match = _ORIGIN.match(url)
    if match is not None and not match.group(2).isascii():
        userinfo, at, hostport = match.group(2).rpartition("@")
        host, port = _split_port(hostport)
        if not host.isascii():
            with contextlib.suppress(UnicodeError):
                host = host.encode("idna").decode("ascii")
        url = f"{match.group(1)}://{userinfo}{at}{host}{port}{url[match.end() :]}"
    return _NON_ASCII.sub(_escaped, url) if not url.isascii() else url


def _split_port(authority: str) -> tuple[str, str]:
    """``authority`` (or a host and port) as what precedes its port and the port with its ``:`` (``""``
    when it has none)."""
    colon = authority.rfind(":")
    if colon != -1 and authority[colon + 1 :].isdigit():
        return authority[:colon], authority[colon:]
    return authority, ""


def _escaped(match: re.Match[str]) -> str:
    return quote(match.group(0), safe="")


def campaign_tagged(url: str) -> bool:
    """Whether ``url``'s query holds a campaign parameter (``utm_*``, :func:`_uncampaigned`)."""
    return _uncampaigned(url) != url


def _uncampaigned(url: str) -> str:
    """``url`` (without its fragment) without its query's campaign parameters (``utm_*``), the other pairs
    kept in their order and spelling; without the ``?`` when they were all it held."""
    return without_query_keys(url, campaign_key)  # a pair as written starts with its key


def without_query_keys(url: str, drop: Callable[[str], object]) -> str:
    """``url`` without the query pairs ``drop`` is true of (given the pair as written), the others kept in
    their order and spelling; without the ``?`` when nothing is left; its fragment, if any, kept. The one
    place a query's pairs are dropped: campaign tags here, an AMP viewer's keys (:mod:`linkcheck.wrappers`),
    click ids (:mod:`linkcheck.articles`)."""
    query = url.find("?")
    if query == -1:
        return url
    base, hashed, fragment = url[query + 1 :].partition("#")
    pairs = base.split("&")
    kept = [pair for pair in pairs if not drop(pair)]
    if len(kept) == len(pairs):
        return url
    return f"{url[:query]}{'?' + '&'.join(kept) if any(kept) else ''}{hashed}{fragment}"


def without_click_ids(url: str) -> str:
    """``url`` without its query's click identifiers (``fbclid``, ``gclid``, ``msclkid``: a key of at most
    eight letters ending ``clid`` or ``clkid``), the other pairs kept as written; for the address a redirect
    wrapper holds, to which the network adds its click's id as it wraps it (``l.facebook.com/l.php?u=
    <address>?fbclid=...``; added after the seed23 probe): the reader's click, not the page the writer
    cited. Since the seed24 probe, of every link an article holds: a writer who copied an address from the
    browser's bar after a click from Facebook or an ad pasted that click's id, and the page is the one cited
    (campaign tags, ``utm_*``, are no click's and stay as written). Since the seed25 probe a manifest's line
    holding one is fetched as written and a ``click_id`` finding names this address
    (:func:`linkcheck.wrappers.click_id_finding`). Moved here from :mod:`linkcheck.articles` (seed25)."""
    query = url.find("?")
    if query < 0 or "cl" not in url[query:]:
        return url
    return without_query_keys(url, _click_pair)


def _click_pair(pair: str) -> bool:
    """Whether a query pair (as written) is a click identifier's (:func:`without_click_ids`)."""
    key = pair.partition("=")[0].lower()
    return key.endswith(("clid", "clkid")) and len(key) <= 8


def _authority_end(url: str, start: int) -> int:
    """Where the authority that begins at ``start`` ends: at the first ``/``, ``?`` or ``#`` after it (a
    ``str.find`` and two bounded ones, cheaper than a pattern: most keys are read here once a check)."""
    end = url.find("/", start)
    if end == -1:
        end = len(url)
    query = url.find("?", start, end)
    if query != -1:
        end = query
    fragment = url.find("#", start, end)
    return end if fragment == -1 else fragment


def _normal_escape(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    return char if char in _UNRESERVED else match.group(0).upper()


def normal_origin(url: str) -> str:
    """``url`` with its scheme and host in lower case and an ``http`` ``:80`` or ``https`` ``:443`` dropped,
    as is an empty port (``host:``); anything that does not start ``scheme://`` is returned as it is."""
    match = _ORIGIN.match(url)
    if match is None:
        return url
    head = match.group(0)
    if head.lower() == head and not head.endswith((":80", ":443", ":")):
        return url  # already normal: most URLs, read without building a new string
    scheme, authority = match.group(1).lower(), match.group(2)
    userinfo, at, hostport = authority.rpartition("@")
    hostport = hostport.lower()
    default = _DEFAULT_PORT.get(scheme)
    if default is not None and hostport.endswith(default):
        hostport = hostport[: -len(default)]
    elif hostport.endswith(":"):  # an empty port is the default (6.2.3: ``http://host:/``, ``http://host/``)
        hostport = hostport[:-1]
    return f"{scheme}://{userinfo}{at}{hostport}{url[match.end() :]}"


# --- one citation -----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=16384)
def link_key(url: str) -> str:
    """The key under which two links of one article are one citation: :func:`resource_key`'s spelling but
    for its campaign parameters (kept: :func:`untracked_key` joins them, so the article names the citation
    by the spelling without them), a host's trailing dot dropped, and the fragment kept (its escapes spelt
    as the rest's are; an empty one is none)."""
    url = url.strip()
    base, _, fragment = url.partition("#")
    key = normal_url(base, campaigns=True)
    match = _ORIGIN.match(key)
    if match is not None and "." in match.group(2):
        host, port = _split_port(match.group(2))
        if host.endswith("."):
            key = f"{key[: match.start(2)]}{host.rstrip('.')}{port}{key[match.end() :]}"
    if fragment:
        if not fragment.isascii():
            fragment = _NON_ASCII.sub(_escaped, fragment)
        if "%" in fragment:
            fragment = _ESCAPE.sub(_normal_escape, fragment)
        key = f"{key}#{fragment}"
    return key


def untracked_key(url: str) -> str:
    """:func:`link_key` without the fragment and without every tracking key (:func:`tracking_key`,
    :data:`SHARE_KEYS`), the other pairs kept as written: two links of one article that differ only in
    them are one citation (a newsletter's ``?utm_source=``, an embed's ``?ref_src=``)."""
    key = link_key(url)
    if "#" in key:
        key = key[: key.find("#")]
    return without_query_keys(key, _tracking_pair)


def _tracking_pair(pair: str) -> bool:
    key = pair.partition("=")[0]
    return tracking_key(key) or key.lower() in SHARE_KEYS
