"""The one place that joins the stages: ``check(citations, config) -> Report``.

For each distinct URL (citations sharing a URL share one fetch)::

    pre-checks (scheme, include/exclude) -> fetch -> classify -> extract -> soft-404 -> match -> verdict

Scheduling: ``config.workers`` long-lived worker threads take URLs from one scheduler, which keeps at most
``config.per_host`` in flight per host and hands out work round-robin over the hosts that have room, so a
slow or crowded host never holds a worker that another host could use. A worker whose fetch is over hands
the page to the run's page reader (a thread that extracts and matches) and sends its next request at once; it
reads the page itself when the reader is behind, and for a while once reading is found to be the bottleneck
(:class:`_PageReader`, :class:`_Handover`). The calling thread only collects finished results from a queue.

Offline runners: a host name that does not resolve is ``dead`` only once some other host name in the run did
resolve. If none ever does, those results become ``error`` with cause ``network_unavailable`` instead: a
nightly job must not report a whole site's citations as dead because its runner was offline. Reserved names
(``.invalid``, ``.test``, ``.example``, RFC 6761) can never resolve and are ``dead`` straight away.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import heapq
import itertools
import logging
import os
import queue
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol, cast
from urllib.parse import SplitResult, urldefrag, urlsplit

from linkcheck.classify import (
    REDIRECT_STATUSES,
    Liveness,
    canonical_undoes_move,
    citable,
    classify_fetch,
    lookalike_named,
    move_stands,
    moved_finding,
    shown_redirect,
)
from linkcheck.config import Config
from linkcheck.hostdown import NO_ANSWERS, HostsDown, hosts_down_note, hosts_limited_note
from linkcheck.hostkey import host_key, shown_host, url_host_key
from linkcheck.lazyre import lazy_re
from linkcheck.media import binary_format, is_page, is_pdf, media_type, mislabelled_page
from linkcheck.models import (
    NOT_INCLUDED,
    Cause,
    Citation,
    FetchResult,
    Finding,
    FindingKind,
    Metadata,
    Report,
    Result,
    Severity,
    Status,
    TitleCandidate,
    Verdict,
    count_result,
    replaced,
    summarize,
)
from linkcheck.names import fold, is_ip
from linkcheck.quotes import quotes_page
from linkcheck.sources import plain_netloc
from linkcheck.threads import StopFlag, start_thread, wait_get
from linkcheck.urls import campaign_tagged, normal_url, preview_query

if TYPE_CHECKING:
    from linkcheck.extract import extract_metadata
    from linkcheck.extract.core import anchored_entry_title
    from linkcheck.extract.decode import decode_html, leading_blanks
    from linkcheck.extract.pdf import pdf_metadata
    from linkcheck.fetch import Fetcher
    from linkcheck.gates import gate_signal
    from linkcheck.match import in_cited_year, kept_title_headline, match_citation, title_unchecked
    from linkcheck.pagebody import (
        after_headline_signal,
        blocked_by,
        body_signal,
        credited_sources,
        dialog_wall,
        episode_page,
        error_under_wall,
        expired_link,
        file_signal,
        forbidden_gone,
        forbidden_legal,
        former_name,
        headless_signal,
        legal_reason,
        phishing_form,
        redated_day,
        retraction_note,
        script_gate,
        script_only,
        script_onward,
        script_shell,
        shell_error,
        stub_scripts_note,
        unrendered_template,
        video_gone,
        walled_text,
    )
    from linkcheck.quotes import page_text, quote_findings
    from linkcheck.soft404 import (
        links_page_title,
        machine_summary_page,
        made_after_address,
        platform_of,
        signup_page_title,
        soft_404_signal,
        undated_short_page,
    )

__all__ = ["FetchesURL", "SupportsFetch", "check", "iter_check", "verdict_for"]

log = logging.getLogger(__name__)

#: Top-level names that never resolve (RFC 6761 / RFC 2606): a citation of one is dead, online or not.
RESERVED_TLDS = frozenset({"invalid", "test", "example"})

SCRIPT_SHELL_REASON = (
    "the page is a JavaScript application's empty shell: its HTML holds no title or text of its own to check"
    " (open it in a browser)"
)
SCRIPT_GATE_REASON = (
    "the page is a script's check of its reader (a bot challenge): it shows nothing, sets a cookie and loads"
    " the address again, so only a browser running JavaScript gets the page (open it in a browser)"
)
NETWORK_UNAVAILABLE_NOTE = (
    "the network looks unavailable: no host name in this run could be resolved, so links that failed "
    "name resolution are reported as errors, not as dead"
)


class SupportsFetch(Protocol):
    """Anything with ``fetch(url, *, deadline=None) -> FetchResult``: a :class:`linkcheck.fetch.Fetcher`,
    or a test double. ``deadline`` is a ``time.monotonic()`` instant no fetch may outlive (the run's end)."""

    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult: ...


class FetchesURL(Protocol):
    """Anything with ``fetch(url) -> FetchResult``, the fetcher docs/api.md describes (a caller's recording
    or caching one written as ``def fetch(self, url: str) -> FetchResult``). ``check`` and ``iter_check``
    take it as well as a :class:`SupportsFetch` (which is one too): typed as :class:`SupportsFetch` alone,
    such a class was refused by a caller's ``mypy --strict`` (the api4 probe), though the run calls it with
    the URL alone (:func:`deadline_taking`)."""

    def fetch(self, url: str) -> FetchResult: ...


class _WithoutDeadline:
    """A caller's fetcher whose ``fetch(url)`` takes no ``deadline``, as docs/api.md describes one (anything
    with ``fetch(url) -> FetchResult``): the run's deadline is not passed to it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
        result: FetchResult = self.inner.fetch(url)
        return result


def takes_deadline(fetch: Callable[..., Any]) -> bool:
    """Whether a fetcher's ``fetch`` accepts the ``deadline`` keyword (or any keyword); one whose signature
    cannot be read is taken to (as before this check)."""
    import inspect

    try:
        parameters = inspect.signature(fetch).parameters.values()
    except (TypeError, ValueError):
        return True
    return any(
        p.kind is p.VAR_KEYWORD or (p.name == "deadline" and p.kind is not p.POSITIONAL_ONLY)
        for p in parameters
    )


def deadline_taking(fetcher: SupportsFetch | FetchesURL) -> SupportsFetch:
    """``fetcher``, wrapped once per run when its ``fetch`` takes no ``deadline`` (a caller's recording or
    caching fetcher written as ``def fetch(self, url)``), which every call passed and so failed with a
    ``TypeError`` for every link, reported as an internal error."""
    from linkcheck.fetch import Fetcher

    if isinstance(fetcher, (Fetcher, _WithoutDeadline)) or takes_deadline(fetcher.fetch):
        return cast(SupportsFetch, fetcher)
    return _WithoutDeadline(fetcher)


@dataclass(frozen=True)
class _Page:
    """What one URL's fetch yielded, shared by every citation of that URL."""

    fetch: FetchResult | None
    liveness: Liveness
    metadata: Metadata | None = None
    #: The page's text, read only when a citation of the URL quotes it (``None``: not read).
    text: str | None = None
    #: What the body is when it is an image or compressed data though labelled a page
    #: (:func:`~linkcheck.media.binary_format`): "a PNG image" (``None``: a page, or a file so labelled).
    body_format: str | None = None
    #: The headings of the entries its citations' fragments name (``#post-118`` -> the entry's headline,
    #: :func:`~linkcheck.extract.core.anchored_entry_title`), read only for a citation with a fragment.
    anchors: Mapping[str, str] | None = None
    #: On an ``ok`` story whose text is a teaser ended by a wall's line
    #: (:func:`~linkcheck.pagebody.walled_text`): which wall (``"paywall"``, ``"registration"``,
    #: ``"metered"``, ``"archive"``) and the line; ``None`` otherwise (wall1).
    walled: tuple[str, str] | None = None
    #: What the page says it is when it is an episode's or a recording's (``"a podcast episode"``,
    #: :func:`~linkcheck.pagebody.episode_page`), read only when a cited title is not one of its titles as
    #: written: a story's address that answers with an episode (rot52, rot53); ``None`` otherwise.
    episode: str | None = None
    #: The page's headline when it heads a summary the page says a machine wrote
    #: (:func:`~linkcheck.soft404.machine_summary_page`), read only when a cited title is not one of its
    #: titles as written: an outlet's AI summary of the subject at a story's address (rot57); ``None``
    #: otherwise.
    summary: str | None = None
    #: On an ``ok`` story, its outlet's note under the headline that the story was retracted, its text kept
    #: (:func:`~linkcheck.pagebody.retraction_note`, rot58); ``None`` otherwise.
    retracted: str | None = None
    #: On a page read from the body of a redirect that names no target (:func:`~linkcheck.classify.
    #: shown_redirect`: a 3xx with no Location whose body is a page, as browsers show it), the warning that
    #: says so (host58); ``None`` otherwise.
    unfollowed: str | None = None


@dataclass(slots=True)
class _Cited:
    """What a URL's citations ask of its page, read from them once it is fetched (:func:`_cited`): the
    citations of one URL can each ask something else, and the page is read once for all of them. Not
    frozen: one is made for every page, and a frozen dataclass's ``__init__`` (``object.__setattr__`` per
    field) cost 0.4% of reading a page; nothing changes one after :func:`_cited` made it."""

    #: A citation quotes the page: its text is read (:func:`~linkcheck.quotes.quotes_page`).
    quotes: bool = False
    #: The outlets they name: a footer is read for a former name when one is not the site's name.
    outlets: tuple[str, ...] = ()
    #: The fragments their URLs end in (``#post-118``): the headings of the entries they name are read.
    fragments: tuple[str, ...] = ()
    #: The titles they give: the text is read for a print headline when one is none of the page's titles.
    titles: tuple[str, ...] = ()


def _cited(citations: Iterable[Citation]) -> _Cited:
    """What ``citations`` (one URL's) ask of its page, in one pass; what two of them ask alike (an outlet, a
    title, a fragment) is asked once."""
    quotes = False
    outlets: dict[str, None] = {}
    fragments: dict[str, None] = {}
    titles: dict[str, None] = {}
    for citation in citations:
        quotes = quotes or quotes_page(citation)
        if citation.outlet:
            outlets[citation.outlet] = None
        if citation.title:
            titles[citation.title] = None
        if "#" in citation.url and (fragment := citation.url.rpartition("#")[2]):
            fragments[fragment] = None
    return _Cited(quotes, tuple(outlets), tuple(fragments), tuple(titles))


_NOTHING_CITED = _Cited()


#: Enum members read once, for the functions every link runs (:func:`verdict_for`, ``_result``,
#: ``_read_page``):
#: ``Status.OK`` is an attribute of the class, and Python 3.10 and 3.11's ``EnumType.__getattr__`` (gone in
#: 3.12) puts every attribute read of an enum class through ``slot_tp_getattr_hook``, ~1 k instructions a
#: read; a module name is the same object for ~50 (cost15).
_OK, _SKIPPED = Status.OK, Status.SKIPPED
#: the statuses whose reason names a cited preview link (rot56)
_GONE_STATUSES = (Status.SOFT_404, Status.DEAD)
_EXCLUDED, _INVALID_CITATION = Cause.EXCLUDED, Cause.INVALID_CITATION
_INFO = Severity.INFO
_PASS, _WARN, _FAIL = Verdict.PASS, Verdict.WARN, Verdict.FAIL


def verdict_for(status: Status, cause: Cause | None, findings: Sequence[Finding], config: Config) -> Verdict:
    """``fail`` if the status or any finding kind is in ``config.fail_on``; ``warn`` for anything short of a
    clean pass (a non-ok status other than a user exclusion, or a finding of ``warn`` severity or worse)."""
    if cause is _INVALID_CITATION:
        return _FAIL
    # ``_value_`` is what ``.value`` gives (the enum's property, ~1 k instructions a read, is not asked), and
    # no generator is made for a link without findings, the usual one (cost14). The members are read from
    # module names (:data:`_OK`, cost15).
    fail_on = config.fail_on
    if status._value_ in fail_on or (findings and any(f.kind._value_ in fail_on for f in findings)):
        return _FAIL
    if status is not _OK and cause is not _EXCLUDED:
        return _WARN
    if findings and any(f.severity is not _INFO for f in findings):
        return _WARN
    return _PASS


#: What a 200 page's content signal is reported as, by its cause, if not a soft 404.
_SOFT_STATUS: dict[Cause, Status] = {Cause.SERVER_ERROR: Status.ERROR, Cause.RATE_LIMITED: Status.BLOCKED}


def _url_key(url: str) -> str:
    """What a fetch of ``url`` sends: the URL without its fragment (never sent to the server), as written.
    The spellings of one resource (:func:`linkcheck.state.normal_url` of this) share one fetch, the first
    one's (:func:`_rides_on`)."""
    url = url.strip()
    return urldefrag(url)[0] if "#" in url else url  # urldefrag returns a URL without "#" as it is


def _rides_on(url: str, sent: str) -> bool:
    """Whether a citation of ``url`` (as sent, :func:`_url_key`) shares the fetch of ``sent``, a spelling
    with the same normal one (:func:`linkcheck.state.normal_url`): always, unless only ``sent`` holds
    campaign parameters (``?utm_source=...``): a server that refuses them (``_REFUSED_WITH_QUERY``) must not
    make the plain address's citation fail, so that one is fetched as written."""
    return ("tm_" not in sent and "TM_" not in sent) or not campaign_tagged(sent) or campaign_tagged(url)


def _host_key(url: str) -> str:
    """The host a URL's requests count against (``--per-host``): :func:`linkcheck.hostkey.host_key` of its
    netloc, so every spelling of one server is one host (a redirect to ``http://reader:pw@host/``, to
    ``https://HOST.:443/`` or to the name in punycode stays on ``host``); a malformed URL counts as itself."""
    return url_host_key(url) or url.lower()


@functools.lru_cache(maxsize=4096)
def _name_needs_dns(host: str) -> bool:
    return bool(host) and not is_ip(host) and host != "localhost" and not host.endswith(".localhost")


_NETLOC = lazy_re(r"[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)")


@functools.lru_cache(maxsize=4096)
def _netloc_needs_dns(netloc: str) -> bool:
    try:
        host = urlsplit("//" + netloc).hostname or ""
    except ValueError:
        host = ""
    return _name_needs_dns(host.rstrip("."))


def _needs_dns(url: str) -> bool:
    """Whether fetching ``url`` looked a name up: asked of every result until one did, so the URL's
    ``scheme://netloc`` is matched with a regular expression and the answer memoised per netloc."""
    m = _NETLOC.match(url)
    if m is None:
        try:
            return _name_needs_dns((urlsplit(url).hostname or "").rstrip("."))
        except ValueError:
            return False
    return _netloc_needs_dns(m.group(1))


def _precheck(
    url: str, config: Config, include: Sequence[re.Pattern[str]], exclude: Sequence[re.Pattern[str]]
) -> tuple[Liveness | None, str]:
    """Decide without fetching where possible: a bad scheme, a malformed URL, a user exclusion. Returns that
    decision (``None``: fetch it) and the URL's host as the scheduler keys it."""
    netloc = plain_netloc(url)
    if netloc is not None:  # a plain web URL: its scheme and netloc as urlsplit reads them, a fifth the time
        problem, host = _origin_problem(url[: url.index(":")].lower(), netloc)
    else:
        try:
            parts = urlsplit(url)
        except ValueError as exc:
            return Liveness(Status.DEAD, Cause.INVALID_URL, f"malformed URL: {exc}"), ""
        problem, host = _origin_problem(parts.scheme, parts.netloc)
    if problem is not None and problem.cause is not Cause.DNS:
        return problem, host
    if include and not any(p.search(url) for p in include):
        return Liveness(Status.SKIPPED, Cause.EXCLUDED, NOT_INCLUDED), host
    for pattern in exclude:
        if pattern.search(url):
            return Liveness(Status.SKIPPED, Cause.EXCLUDED, f"excluded by pattern {pattern.pattern!r}"), host
    return problem, host


@functools.lru_cache(maxsize=4096)
def _origin_problem(scheme: str, netloc: str) -> tuple[Liveness | None, str]:
    """What :func:`_precheck` can tell from a URL's scheme and host part alone (the same for every URL of a
    site), and the host key (:func:`linkcheck.hostkey.host_key`, as :func:`_host_key`). A reserved name's
    verdict comes last in the checks."""
    parts = SplitResult(scheme, netloc, "", "", "")
    key = host_key(netloc)
    try:
        _ = parts.port  # raises ValueError on a non-numeric or out-of-range port
    except ValueError as exc:
        return Liveness(Status.DEAD, Cause.INVALID_URL, f"malformed URL: {exc}"), key
    if scheme.lower() not in ("http", "https"):
        what = f"{scheme}:" if scheme else "no scheme"
        return Liveness(Status.SKIPPED, Cause.SCHEME, f"not an http(s) URL ({what})"), key
    host = (parts.hostname or "").rstrip(".")
    if not host:
        return Liveness(Status.DEAD, Cause.INVALID_URL, "malformed URL: no host name"), key
    if (bad := _bad_host_character(host)) is not None:
        return Liveness(
            Status.DEAD, Cause.INVALID_URL, f"malformed URL: the host name {host!r} holds {bad}"
        ), key
    if host.rsplit(".", 1)[-1].lower() in RESERVED_TLDS:
        # a look-alike's name is spelled out, as a failed lookup's reason spells it (hostkey.shown_host)
        return Liveness(
            Status.DEAD, Cause.DNS, f"{shown_host(host)} is a reserved name that never resolves"
        ), key
    return None, key


#: What no host name holds (the WHATWG URL Standard's forbidden host code points, but ``:``, ``[`` and
#: ``]``, which an IPv6 address's ``hostname`` keeps or loses, and ``%``, which a zone index uses): a space,
#: a control character, ``<>^|\\`` and the like. ``urlsplit`` lets them through: ``https://exa mple.com/a``
#: was looked up (or, under a reserved name, called a name that never resolves) instead of being reported
#: malformed.
_BAD_HOST = lazy_re(r"[\x00-\x20\x7f<>^|\\\"`{}]")


def _bad_host_character(host: str) -> str | None:
    """How the first character no host name may hold is described (``'a space'``, ``"'<'"``), or ``None``."""
    m = _BAD_HOST.search(host)
    if m is None:
        return None
    char = m.group()
    return (
        "a space"
        if char == " "
        else f"a control character ({char!r})"
        if char < " " or char == "\x7f"
        else repr(char)
    )


def _compile(patterns: Iterable[str]) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in patterns]


#: Bytes of a page handed to the extractor. What a page says about itself (head metadata, headline, byline)
#: sits in its first few hundred kilobytes; parsing a 5 MB body would cost ~200 MB of tree for nothing. They
#: are counted from the first byte that is not a leading blank (``extract.decode.leading_blanks``).
PARSE_BYTES = 1024 * 1024
#: A ``<style>`` element's text longer than this is left out of a page longer than :data:`PARSE_BYTES`
#: (:func:`parse_window`): a page builder that inlines its web fonts as base64 writes a megabyte of CSS into
#: the ``<head>``, before the ``<title>``, which the window then missed (the thirty-fifth hostile round's
#: ``/inline-font-before-title``: no title; browsers show it). CSS says nothing a page's metadata is read
#: from. Before the page's ``<title>``, so is the text of a JavaScript ``<script>`` and of a comment of this
#: size (the thirty-sixth round's ``/script-bundle-before-title``, a builder's whole bundle inlined, and
#: ``/comment-dump-before-title``, a template's debug dump left on: no title either), and the payload of a
#: quoted ``data:`` URL of this size in an attribute (the thirty-seventh round's
#: ``/data-uri-icon-before-title``, a 1.2 MB icon inlined in a ``<link>``: no title), and since the
#: thirty-eighth round any attribute value longer than that, quoted or not
#: (``/data-uri-unquoted-before-title``, the icon unquoted; ``/config-attribute-before-title``, a
#: framework's 1.2 MB config in a ``<meta>``).
ELIDED_STYLE_BYTES = 64 * 1024
#: Start tags (and comments) looked at in one window (a page of many small ones: a bounded walk).
_RAW_LOOKED_AT = 128
#: Blank-separated tokens a start tag must hold, at least, for :func:`parse_window` to measure it as a flood
#: of attributes (``tagflood.MAX_ATTRIBUTES``, which the parse keeps of such a tag): a tag of
#: more than :data:`ELIDED_STYLE_BYTES` before the title has its attributes left out, its name and ``>``
#: kept (the forty-second hostile round's ``/title-tag-attrs-1mb``: 60,000 attributes on the ``<title>``
#: tag itself, 1.1 MB, pushed the title's text out of the window; browsers show it).
FLOOD_TOKENS = 256
#: Bytes a quoted value of a flooded tag may hold when they include a ``<`` or a ``>`` (``data-v="x>y"``:
#: the HTML tokenizer ends a quoted value at its quote only); a stray quote costs a look of this many bytes.
_QUOTED_ANGLES = 256
_STYLE_START = lazy_re(rb"<(style)\b[^<>]{0,1000}>", re.IGNORECASE)
#: Where a start tag's attributes end, walked from its name (:func:`_start_tag_end`): a quoted value (after
#: its ``=``), walked over whole, or the tag's ``>``.
_TAG_STOP = lazy_re(rb"=[\t\n\f\r ]*([\"'])|>")
#: A run of blanks (the HTML standard's ASCII whitespace).
_BLANKS = lazy_re(rb"[\t\n\f\r ]+")
#: The first ``<title>`` or ``<body>`` start tag of a page.
_TITLE_OR_BODY = lazy_re(rb"<(title|body)[\t\n\f\r />]", re.IGNORECASE)
_TITLE_END = lazy_re(rb"</title[\t\n\f\r ]*>", re.IGNORECASE)
_STYLE_END = lazy_re(rb"</style\s*>", re.IGNORECASE)
#: What :func:`parse_window` looks for before the title: a style, a script (its attributes), a comment, the
#: title's start tag (from which on only styles are looked for), a quoted attribute value that is a ``data:``
#: URL (its quote: walked over, whatever its size), and an attribute value of another kind longer than
#: :data:`ELIDED_STYLE_BYTES` (its quote, or none: an unquoted value), found by a look ahead that stops at
#: the value's end, so an ordinary value costs what reading it does; and, before those, a start tag of at
#: least :data:`FLOOD_TOKENS` blank-separated tokens, a quoted value one token whatever its blanks (its name:
#: a look ahead that stops at an ordinary tag's ``>``; a quoted value it reads that holds a ``<`` or a ``>``
#: is read to its quote within :data:`_QUOTED_ANGLES` bytes); last, a run of more than
#: :data:`ELIDED_STYLE_BYTES` blanks, found at its first blank only (the look behind), so a shorter run costs
#: one look.
_RAW_START = lazy_re(
    rb"<(style|script)\b([^<>]{0,1000})>"
    rb"|<(?P<flood>[A-Za-z][^\s/<>]{0,32})"
    rb"(?=(?:\s+(?:[^\s<>\"']|\"[^\"<>]*\"|'[^'<>]*'|\"[^\"]{0,%d}\"|'[^']{0,%d}')+){%d})"
    % (_QUOTED_ANGLES, _QUOTED_ANGLES, FLOOD_TOKENS)
    + rb"|<!--|<title\b|=[ \t\r\n]{0,8}(?:([\"'])data:"
    rb"|(\")(?=[^\"]{%d})|(')(?=[^']{%d})|(?=[^\t\n\f\r \"'<>=`]{%d}))"
    % ((ELIDED_STYLE_BYTES + 1,) * 3)
    + rb"|(?P<blanks>(?<![\t\n\f\r ])[\t\n\f\r ]{%d})" % (ELIDED_STYLE_BYTES + 1),
    re.IGNORECASE,
)
#: Where an unquoted attribute value ends (the HTML standard's tokenizer: a blank or the tag's end).
_UNQUOTED_END = lazy_re(rb"[\t\n\f\r >]")
_SCRIPT_END = lazy_re(rb"</script\s*>", re.IGNORECASE)
_COMMENT_END = lazy_re(rb"-->")
_SCRIPT_TYPE = lazy_re(rb"""(?:^|\s)type\s*=\s*["']?\s*([^"'\s>]*)""", re.IGNORECASE)
#: The ``type`` values of a script browsers run (the HTML standard's JavaScript MIME type essences, and
#: ``module``; none, or an empty one, is JavaScript too). Any other type is data a page carries (JSON-LD, a
#: framework's JSON page data, a template), which the extractor may read: never left out.
_JAVASCRIPT_TYPES = frozenset(
    (
        b"",
        b"module",
        b"text/javascript",
        b"application/javascript",
        b"application/x-javascript",
        b"application/ecmascript",
        b"application/x-ecmascript",
        b"text/ecmascript",
        b"text/x-ecmascript",
        b"text/x-javascript",
        b"text/jscript",
        b"text/livescript",
        b"text/javascript1.0",
        b"text/javascript1.1",
        b"text/javascript1.2",
        b"text/javascript1.3",
        b"text/javascript1.4",
        b"text/javascript1.5",
    )
)


def javascript_script(attributes: bytes) -> bool:
    """Whether a ``<script>`` start tag's ``attributes`` make it a script browsers run (no ``type``, or one of
    :data:`_JAVASCRIPT_TYPES`), not data (``application/ld+json``, ``application/json``, a template)."""
    if b"type" not in attributes.lower():
        return True
    found = _SCRIPT_TYPE.search(attributes)
    if found is None:
        return True
    return found.group(1).lower().split(b";", 1)[0].strip() in _JAVASCRIPT_TYPES


def parse_window(body: bytes, start: int, size: int = PARSE_BYTES) -> bytes:
    """The ``size`` bytes of ``body`` from ``start`` that the extractor reads. A body that fits is sliced
    (nearly every page: one comparison). In a longer one, the text of each ``<style>`` element longer than
    :data:`ELIDED_STYLE_BYTES` is left out (its tags kept), and so is, before the first ``<title>`` start
    tag, the text of each JavaScript ``<script>`` (:func:`javascript_script`) and each comment of that size,
    and the payload of each quoted attribute value that is a ``data:`` URL of that size (an icon or an image
    a page builder inlined: ``href="data:"`` is kept), and of any other attribute value of that size, quoted
    or not (a framework's config, an unquoted ``data:`` URL: ``content=""``, ``href=`` kept), so that what
    follows (the title, the headline) is inside the window. Left alone: a body that fits, small elements and
    values, a script of data (JSON-LD, a framework's JSON page data) of any size, a script, a comment or a
    value after the title (a script there may be data the extractor reads: a data layer, a framework's
    state), an element or a value with no end (the rest of the body is its text: nothing after it to
    reach). A start tag before the title (the title's own too) of at least :data:`FLOOD_TOKENS` attributes
    and more than :data:`ELIDED_STYLE_BYTES` bytes keeps its name and ``>`` only (measured to the ``>`` that
    ends it, as the HTML tokenizer reads it: a ``>`` in a quoted value does not, :func:`_start_tag_end`). A
    run of more than :data:`ELIDED_STYLE_BYTES` blanks that begins the title's text keeps one blank
    (``document.title`` strips and collapses them), and so does such a run before the title that the walk
    meets in markup (between head tags: the parser drops them there). A page whose window holds no
    ``<title>`` start tag, nor a ``<body>`` one, and does not end inside an element it steps over (a script
    of data), gets the first
    ``<title>`` element after the window (its head runs past it: a flood of ordinary tags) in place of the
    window's last, cut tag (none when it ends at a tag's ``>``; a window that ends in text is left alone),
    or in place of a JavaScript script, a style or a comment of the window that runs past its end, if its
    ``</title>`` is within :data:`ELIDED_STYLE_BYTES` of it; that first ``<title>`` is looked for outside
    scripts, styles and comments (:func:`_title_after`). The walk skips over each element's text, so a
    ``<title`` written inside a script is not the title."""
    if len(body) - start <= size:
        return body[start : start + size]
    pieces: list[bytes] = []
    pos, left, scan = start, size, start
    pattern = _RAW_START
    titled = False  # the walk met the title (and looks only for styles after it, with _STYLE_START)
    walked = False  # the walk looked at the whole window
    stepped = -1  # where the last element the walk stepped over began, if a script it may leave out
    for _ in range(_RAW_LOOKED_AT):
        tag = pattern.search(body, scan, pos + left)
        if tag is None:
            walked = True
            break
        stepped = -1
        name = tag.group(1)
        if tag.lastgroup == "flood":  # a start tag of many attributes: measured to its first '>'
            flooded = tag.group("flood")  # (after the title the pattern is _STYLE_START: no such group)
            close = _start_tag_end(body, tag.end())
            if close < 0:
                break
            if close - tag.end() > ELIDED_STYLE_BYTES:
                pieces.append(body[pos : tag.end()])
                left -= tag.end() - pos
                pos = close
            scan = close + 1
            if flooded.lower() == b"title":  # the title: only styles from here on
                pattern, titled = _STYLE_START, True
                pos, left, scan = _title_blanks(body, scan, pieces, pos, left)
            continue
        if tag.lastgroup == "blanks":  # a run of blanks in markup (between head tags): one blank kept
            run = _BLANKS.match(body, tag.start())
            run_end = run.end() if run is not None else tag.end()
            pieces.append(body[pos : tag.start() + 1])
            left -= tag.start() + 1 - pos
            pos = scan = run_end
            continue
        if name is None:
            quote = tag.group(4) or tag.group(5) or tag.group(6)
            if quote is not None or tag.group(0)[:1] == b"=":  # a value, up to its end
                if quote is not None:
                    close = body.find(quote, tag.end())
                else:  # unquoted, of more than ELIDED_STYLE_BYTES (the look ahead saw them)
                    found = _UNQUOTED_END.search(body, tag.end())
                    close = -1 if found is None else found.start()
                if close < 0:
                    break
                if close - tag.end() > ELIDED_STYLE_BYTES:
                    pieces.append(body[pos : tag.end()])
                    left -= tag.end() - pos
                    pos = close
                scan = close + 1
                continue
            if tag.group(0) != b"<!--":  # the title: only styles from here on
                pattern, scan, titled = _STYLE_START, tag.end(), True
                close = _start_tag_end(body, tag.end(), pos + left)
                if close >= 0:
                    pos, left, scan = _title_blanks(body, close + 1, pieces, pos, left)
                continue
            end = _COMMENT_END.search(body, tag.end())
            elidable = True
        else:
            style = name.lower() == b"style"
            end = (_STYLE_END if style else _SCRIPT_END).search(body, tag.end())
            elidable = style or javascript_script(tag.group(2))
        if end is None:
            break
        if not elidable or end.start() - tag.end() <= ELIDED_STYLE_BYTES:
            scan = end.end()
            stepped = tag.start() if elidable else -1
            continue
        pieces.append(body[pos : tag.end()])
        left -= tag.end() - pos
        pos = end.start()
        scan = end.end()
    pieces.append(body[pos : pos + left])
    window = b"".join(pieces)
    # no title start tag in the window, whose end is not inside an element the walk stepped over (a script
    # of data), nor a body start tag: is the title after it?
    # (``titled``, not ``pattern is not _RAW_START``: a lazy pattern's global is the compiled one after its
    # first use, while ``pattern`` may hold the lazy object: :mod:`linkcheck.lazyre`)
    if not walked or titled or _TITLE_OR_BODY.search(body, start, pos + left) is not None:
        return window
    if scan <= pos + left:  # the window ends in markup (inside a tag, or at one's end), not in text
        cut = window.rfind(b"<")
        cut = cut if cut > window.rfind(b">") else len(window) if window.endswith(b">") else -1
    elif stepped >= pos:  # inside a script, a style or a comment, small, that runs past it: left out whole
        cut = len(window) - (pos + left - stepped)
    else:
        return window
    if cut < 0:
        return window
    first = _title_after(body, pos + left - (len(window) - cut))  # from the cut, in the body
    if first is not None:
        end = _TITLE_END.search(body, first.end(), first.end() + ELIDED_STYLE_BYTES)
        if end is not None:
            return window[:cut] + body[first.start() : end.end()]
    return window


#: What :func:`_title_after` looks for past the window: the first ``<title>`` or ``<body>`` start tag, or an
#: element whose text it steps over (a ``<title`` written in a script or a comment is not the title).
_AFTER_WINDOW = lazy_re(rb"<(title|body)[\t\n\f\r />]|<(script|style)\b[^<>]{0,1000}>|<!--", re.IGNORECASE)


def _title_after(body: bytes, at: int) -> re.Match[bytes] | None:
    """The first ``<title>`` start tag of ``body`` from ``at`` outside a script, a style and a comment
    (:data:`_RAW_LOOKED_AT` of them at most); ``None`` when a ``<body>`` start tag comes first, or none."""
    for _ in range(_RAW_LOOKED_AT):
        found = _AFTER_WINDOW.search(body, at)
        if found is None:
            return None
        name = found.group(1)
        if name is not None:
            return found if name.lower() == b"title" else None
        kind = found.group(2)
        ends = _COMMENT_END if kind is None else _STYLE_END if kind.lower() == b"style" else _SCRIPT_END
        end = ends.search(body, found.end())
        if end is None:
            return None
        at = end.end()
    return None


def _start_tag_end(body: bytes, pos: int, endpos: int | None = None) -> int:
    """Where the start tag whose attributes begin at ``pos`` ends (its ``>``), as the HTML tokenizer reads
    it: a value quoted after its ``=`` ends at its quote only, whatever ``<`` or ``>`` it holds. ``-1``
    when there is no end (before ``endpos``, if given): the rest is the tag."""
    end = len(body) if endpos is None else endpos
    while True:
        stop = _TAG_STOP.search(body, pos, end)
        if stop is None:
            return -1
        quote = stop.group(1)
        if quote is None:
            return stop.start()
        pos = body.find(quote, stop.end(), end) + 1
        if pos == 0:
            return -1


def _title_blanks(body: bytes, text: int, pieces: list[bytes], pos: int, left: int) -> tuple[int, int, int]:
    """Past the title's start tag (its text begins at ``text``): a run of more than
    :data:`ELIDED_STYLE_BYTES` blanks beginning it keeps one blank (``pieces`` gains what comes before);
    ``(pos, left, scan)`` of :func:`parse_window`'s walk after it."""
    run = _BLANKS.match(body, text)  # the whole run, past the window if it is longer
    if run is None or run.end() - text <= ELIDED_STYLE_BYTES:
        return pos, left, text
    pieces.append(body[pos : text + 1])
    left -= text + 1 - pos
    return run.end(), left, run.end()


#: Answers by which a host says it is overloaded: it gets fewer requests for a while (see ``_Scheduler``).
OVERLOADED_STATUSES = frozenset({429, 503})

#: Causes that come from the HTTP status code alone, which ``Config.accept_status`` may overrule.
STATUS_CODE_CAUSES = frozenset(
    {
        Cause.NOT_FOUND,
        Cause.GONE,
        Cause.AUTH,
        Cause.RATE_LIMITED,
        Cause.LEGAL,
        Cause.BOT_CHALLENGE,
        Cause.HTTP_STATUS,
        Cause.SERVER_ERROR,
    }
)


def _accepted(fetch: FetchResult, liveness: Liveness, accept: frozenset[int]) -> Liveness:
    """Overrule a status-code verdict for codes the user accepts (a site that answers bots with 403)."""
    code = fetch.status_code
    if code is not None and code in accept and liveness.cause in STATUS_CODE_CAUSES:
        return Liveness(Status.OK, None, f"{code} accepted by configuration")
    return liveness


class _Slots:
    """At most ``n`` holders at a time (``with slots: ...``): a counting semaphore on a C queue of tokens.

    ``threading.Semaphore`` is Python code around a ``Condition``: a few microseconds and a ``notify`` each
    time, on every page.
    """

    def __init__(self, n: int) -> None:
        self._tokens: queue.SimpleQueue[None] = queue.SimpleQueue()
        for _ in range(max(1, n)):
            self._tokens.put(None)

    def __enter__(self) -> None:
        self._tokens.get()

    def __exit__(self, *exc: object) -> None:
        self._tokens.put(None)


class _PageReader:
    """A thread that reads the pages the workers fetched (:meth:`offer`), so that a worker sends its next
    request as soon as its fetch is over rather than after parsing and matching.

    Reading a page takes ~0.3 ms of CPU, and in a thread-per-request run it kept the worker's request slot
    idle for 1-2 ms on average (the GIL is busy with other threads' pages): ~2% of every request's time at
    50 ms of latency. One thread is enough, since reading holds the GIL. At most ``bound`` pages wait for it;
    beyond that a worker reads its own page, so neither the wait nor the memory of the bodies waiting grows.

    When reading is the bottleneck (no latency to hide it: a fast server, a CPU-bound run), handing pages over
    only adds thread switches: the workers then read their own pages for a while (:class:`_Handover`).
    """

    def __init__(self, read: Callable[[str, FetchResult], None], bound: int) -> None:
        self._read = read
        self._pages: queue.SimpleQueue[tuple[str, FetchResult] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None  # started with the first page offered
        self._lock = threading.Lock()
        #: Pages offered and not read yet (waiting, or being read): written only here, under the lock; the
        #: run's dispatcher reads it as part of the caller's backlog.
        self.unread = 0
        self._handover = _Handover(bound)

    def offer(self, url: str, fetch: FetchResult) -> bool:
        """Queue ``url``'s page for reading, unless the worker is to read it itself (then: ``False``)."""
        with self._lock:
            if not self._handover.take(self._pages.qsize()):
                return False
            self.unread += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="linkcheck-pages", daemon=True)
                start_thread(self._thread)
        self._pages.put((url, fetch))
        return True

    def _run(self) -> None:
        while (item := self._pages.get()) is not None:
            try:
                self._read(*item)
            except Exception:  # reading isolates a page's errors; whatever escapes must not end the thread
                log.exception("internal error while reading %s", item[0])
            finally:
                with self._lock:
                    self.unread -= 1

    def stop(self) -> None:
        """End the thread once it has read what waits (a run that stops early reports the rest itself)."""
        self._pages.put(None)


#: Pages waiting for a run's page reader (:class:`_PageReader`) at most.
PAGES_WAITING = 8
#: Offers over which :class:`_Handover` judges whether the page reader keeps up ...
HANDOVER_WINDOW = 64
#: ... the fewest of them that must find no page waiting (the reader caught up) ...
HANDOVER_CAUGHT_UP = 8
#: ... or the workers read this many pages themselves before offering again.
HANDOVER_PAUSE = 512


class _Handover:
    """Whether a worker hands its page to the page reader (:meth:`take`), judged from the pages waiting.

    A page waits for the reader only while fewer than ``bound`` wait. Beyond that, whether handing over pays
    is judged over windows of :data:`HANDOVER_WINDOW` offers: when the reader has latency to hide, it often
    finds nothing waiting (at 50 ms, ~70% of the offers find no page waiting); when reading is the bottleneck
    it never catches up (at 0 ms, ~2%), and a page handed over only costs thread switches and a cold cache:
    6% more CPU a link than the worker reading it at once. A window in which fewer than
    :data:`HANDOVER_CAUGHT_UP` offers found no page waiting makes the workers read the next
    :data:`HANDOVER_PAUSE` pages themselves; the offers after that judge afresh, so a run that slows down
    (slower hosts) gets its reader back.

    Not thread-safe: the page reader calls it with its lock held.
    """

    def __init__(self, bound: int) -> None:
        self._bound = bound
        self._offers = 0  # offers in the current window
        self._caught_up = 0  # ... that found no page waiting
        self._paused = 0  # pages the workers still read themselves before the next offer counts

    def take(self, waiting: int) -> bool:
        """Whether the page offered now goes to the reader, with ``waiting`` pages waiting for it."""
        if self._paused:
            self._paused -= 1
            return False
        self._offers += 1
        self._caught_up += waiting == 0
        if self._offers >= HANDOVER_WINDOW:
            if self._caught_up < HANDOVER_CAUGHT_UP:
                self._paused = HANDOVER_PAUSE
            self._offers = self._caught_up = 0
        return waiting < self._bound


#: Whether the page readers (extraction, soft-404 check, matching) are imported (:func:`_import_readers`).
_readers_ready = False


def _import_readers() -> None:
    """Import what reads a page and judges it (lxml, the extractors, the matcher: ~60 ms). A run does so once
    its first requests are out (:func:`_warm_readers`), while their answers are on their way, rather than
    before its first request; a page or a result that needs them first imports them itself. Imports are
    thread-safe: a thread that comes second waits for the first to finish."""
    global _readers_ready, body_signal, extract_metadata, gate_signal, headless_signal, match_citation
    global after_headline_signal, script_shell, soft_404_signal, pdf_metadata, title_unchecked, decode_html
    global leading_blanks, script_gate, script_onward, in_cited_year, anchored_entry_title, script_only
    global page_text, quote_findings, shell_error, file_signal, undated_short_page, forbidden_gone
    global forbidden_legal, platform_of, kept_title_headline, legal_reason, blocked_by, expired_link
    global \
        former_name, \
        links_page_title, \
        redated_day, \
        credited_sources, \
        unrendered_template, \
        signup_page_title, \
        phishing_form, \
        error_under_wall, \
        stub_scripts_note, \
        walled_text, \
        episode_page, \
        machine_summary_page, \
        made_after_address, \
        dialog_wall, \
        retraction_note, \
        video_gone
    if _readers_ready:
        return
    from linkcheck.extract import extract_metadata
    from linkcheck.extract.core import anchored_entry_title
    from linkcheck.extract.decode import decode_html, leading_blanks
    from linkcheck.extract.pdf import pdf_metadata
    from linkcheck.gates import gate_signal
    from linkcheck.match import in_cited_year, kept_title_headline, match_citation, title_unchecked
    from linkcheck.pagebody import (
        after_headline_signal,
        blocked_by,
        body_signal,
        credited_sources,
        dialog_wall,
        episode_page,
        error_under_wall,
        expired_link,
        file_signal,
        forbidden_gone,
        forbidden_legal,
        former_name,
        headless_signal,
        legal_reason,
        phishing_form,
        redated_day,
        retraction_note,
        script_gate,
        script_only,
        script_onward,
        script_shell,
        shell_error,
        stub_scripts_note,
        unrendered_template,
        video_gone,
        walled_text,
    )
    from linkcheck.quotes import page_text, quote_findings
    from linkcheck.soft404 import (
        links_page_title,
        machine_summary_page,
        made_after_address,
        platform_of,
        signup_page_title,
        soft_404_signal,
        undated_short_page,
    )

    _readers_ready = True


_warming = threading.Lock()


def _warm_readers() -> None:
    """Import the readers in a thread of their own, unless they are or another thread is on it."""
    if not _readers_ready and _warming.acquire(blocking=False):
        start_thread(threading.Thread(target=_import_readers, name="linkcheck-import", daemon=True))


def _internal_error(url: str, exc: Exception) -> _Page:
    """The page of a URL whose fetch or reading raised: a bug on one page must not take the run down."""
    log.exception("internal error while checking %s", url)
    return _Page(None, Liveness(Status.ERROR, Cause.INTERNAL, f"internal error: {type(exc).__name__}: {exc}"))


#: The refusals an object store answers a signed, temporary link with once it has expired: S3's and Azure's
#: 403, Google Cloud Storage's 400 (``ExpiredToken``), a token-checking CDN's or store's 401. Read for the
#: store's words (:func:`~linkcheck.pagebody.expired_link`) only on these.
_EXPIRY_REFUSALS = frozenset((400, 401, 403))


def _read_page(
    url: str,
    fetch: FetchResult,
    config: Config,
    parse_slots: _Slots,
    cited: _Cited = _NOTHING_CITED,
) -> _Page:
    """Read one fetched page: its liveness, its metadata, whether it is a soft 404. Any exception stays with
    this URL.

    It needs no request in flight (the fetch's slots are given back already). Parsing holds the GIL, so more
    parses at once than cores gain nothing; ``parse_slots`` caps them, which also caps the memory parse trees
    take however many fetches are in flight. ``cited`` is what the URL's citations ask of the page
    (:class:`_Cited`): its text when one quotes it, its footer for a former name when an outlet is not its
    site's name, its text for a print headline when a title is none of its titles, and the heading of each
    entry a fragment names (read here, per citation; the extractor reads only a fragment of the URL it is
    given, which in a run is a redirect's). A page decoded for its text or its entries is decoded once.
    """
    try:
        if not _readers_ready:
            _import_readers()
        liveness = _accepted(fetch, classify_fetch(fetch), config.accept_status)
        if (
            fetch.status_code in _EXPIRY_REFUSALS
            and (expired := expired_link(fetch.final_url, fetch.body)) is not None
        ):
            # a signed, temporary link whose store says it has expired (a presigned download copied from a
            # browser): dead, whichever refusal the store sends
            liveness = Liveness(
                Status.DEAD,
                Cause.GONE,
                f"{fetch.status_code}, and the server says {expired}: a temporary link that will not work"
                " again; cite the document's permanent address",
            )
        elif fetch.status_code == 403 and liveness.cause is Cause.AUTH:
            # a refusal, unless its page says the content is gone (an archive's copy taken down)
            said = forbidden_gone(fetch.body)
            if said is not None:
                liveness = Liveness(
                    Status.DEAD,
                    Cause.GONE,
                    f"{fetch.status_code}, and the page says the content is gone: {said!r}",
                )
            elif (blocked := forbidden_legal(fetch.body)) is not None:
                liveness = Liveness(
                    Status.BLOCKED,
                    Cause.LEGAL,
                    f"{fetch.status_code}, and the page says access is blocked where linkcheck runs, by a"
                    f" region's licence or a country's law: {blocked!r}",
                )
        elif fetch.status_code == 451 and liveness.cause is Cause.LEGAL:
            # withheld for legal reasons: the page (and RFC 7725's Link header) often says whose demand
            liveness = Liveness(liveness.status, liveness.cause, _legal_451_reason(liveness.reason, fetch))
        elif fetch.status_code == 410 and liveness.cause is Cause.GONE:
            # removed for good; a page that says so in words often says why (a withdrawal, a court order)
            said = forbidden_gone(fetch.body)
            if said is not None:
                liveness = Liveness(
                    liveness.status, liveness.cause, f"{liveness.reason}: the page says {said!r}"
                )
        if (
            (bare := _sentence_tail(fetch.url)) is not None  # most addresses end otherwise: no enum read
            and liveness.status is Status.DEAD
        ):
            # "...-strikes." copied from the end of a sentence: the address as written is dead, and the
            # reader is told the one without the sentence's mark (added after the seed13 probe)
            liveness = Liveness(
                liveness.status,
                liveness.cause,
                f"{liveness.reason}; the address ends in {fetch.url[-1]!r}, which the sentence it was copied"
                f" from may have left there: check {bare}",
            )
        metadata: Metadata | None = None
        text: str | None = None
        body_format: str | None = None
        anchors: dict[str, str] | None = None
        unfollowed: str | None = None
        if fetch.body and fetch.status_code is not None and 200 <= fetch.status_code < 300:
            content_type = fetch.headers.get("content-type", "").lower()
            if is_pdf(content_type, fetch.body):
                with parse_slots:
                    metadata = pdf_metadata(fetch.body)
            elif is_page(content_type) or mislabelled_page(content_type, fetch.body):
                # an image or compressed data labelled a page has no markup, no title: said in _result
                body_format = binary_format(fetch.body)
                if body_format is None:
                    with parse_slots:
                        start = leading_blanks(fetch.body)  # PARSE_BYTES of the page, not of blanks first
                        parsed = parse_window(fetch.body, start)
                        if cited.quotes or cited.fragments:
                            decoded = decode_html(parsed, fetch.headers)  # once for all its readers
                            metadata = extract_metadata(decoded, fetch.final_url, fetch.headers)
                            if (
                                cited.quotes
                            ):  # a citation quotes the page: its words are looked for in its text
                                text = page_text(decoded)
                            if cited.fragments:  # a citation names an entry of the page (``#post-118``)
                                anchors = {
                                    f: title
                                    for f in cited.fragments
                                    if (title := anchored_entry_title(decoded, f))
                                }
                        else:
                            metadata = extract_metadata(parsed, fetch.final_url, fetch.headers)
        elif fetch.status_code in REDIRECT_STATUSES and liveness.cause is Cause.HTTP_STATUS and fetch.body:
            # a redirect with no target to follow, the final answer: browsers show its body, so a page there
            # (not a server's stock "Found") is what its reader sees, read and checked as one (host58)
            metadata, text, unfollowed = _shown_redirect_page(fetch, parse_slots)
            if unfollowed is not None:
                liveness = Liveness(
                    _OK,
                    None,
                    f"{fetch.status_code} with no target to follow: the page its body shows is read",
                )
                text = text if cited.quotes else None
        if liveness.status is _OK:
            soft = soft_404_signal(url, fetch.final_url, metadata, len(fetch.redirects), fetch.body)
            if soft is None and (
                unfollowed is not None or (fetch.status_code is not None and 200 <= fetch.status_code < 300)
            ):
                soft = body_signal(url, fetch.final_url, fetch.body, metadata)
                if soft is None and metadata is None and fetch.body:  # a file: an image, text, JSON
                    content_type = fetch.headers.get("content-type", "").lower()
                    if not is_page(content_type):
                        redirected = bool(fetch.redirects)
                        soft = file_signal(url, fetch.final_url, content_type, fetch.body, redirected)
            if soft is not None:
                # a title that says the site is down for now (maintenance) is an error, one that it refuses
                # too many requests is blocked: neither is a soft 404
                liveness = Liveness(_SOFT_STATUS.get(soft[0], Status.SOFT_404), *soft)
            elif (gate := gate_signal(url, fetch.final_url, metadata, len(fetch.redirects))) is not None:
                collector = phishing_form(fetch.body, fetch.final_url) if gate[0] is Cause.AUTH else None
                under = (
                    error_under_wall(
                        gate[0], url, fetch.final_url, fetch.body, metadata, fetch.headers.get("status", "")
                    )
                    if collector is None
                    else None
                )
                if under is not None:
                    liveness = Liveness(*under)  # the dialog shown over the site's not-found page
                elif collector is None:
                    liveness = Liveness(Status.BLOCKED, *gate)
                else:
                    # a "sign-in" whose form sends the password and a card's number to another site is no
                    # outlet's wall: a phishing page where the story was (a lapsed or hacked domain)
                    liveness = Liveness(
                        Status.SOFT_404,
                        Cause.SPAM,
                        f"the page is a phishing form, not a sign-in wall: it asks for a password and a"
                        f" payment card's number and sends them to another site ({collector}); the domain"
                        " was taken over or hacked, the story is not there",
                    )
            elif (unrendered := unrendered_template(fetch.body, metadata)) is not None:
                liveness = Liveness(*unrendered)  # placeholders where the headline should be
            elif (
                headless := headless_signal(
                    url, fetch.final_url, fetch.body, metadata, fetch.headers.get("status", "")
                )
            ) is not None:
                liveness = Liveness(*headless)
            elif (gone := after_headline_signal(url, fetch.final_url, fetch.body, metadata)) is not None:
                liveness = Liveness(*gone)  # a notice that the article is gone, or spam, under its headline
            elif (
                metadata is not None
                and (kind := metadata.og_type) is not None
                and kind[:6] == "video."
                and (video := video_gone(fetch.body, metadata)) is not None
            ):
                # a video's page kept, its player saying the video is gone (rot59's leftover, rot60): asked
                # only of a page whose og:type, read by the extractor, is a video's
                liveness = Liveness(
                    Status.SOFT_404,
                    Cause.ERROR_PAGE,
                    f"the video's page is kept but its player says the video is gone ({video!r})",
                )
            elif (wall := dialog_wall(fetch.body, metadata)) is not None and (
                wall[0] is not Cause.AUTH or phishing_form(fetch.body, fetch.final_url) is None
            ):
                # a bare dialog or log-in form read by its shape, in a language no gate's table holds (rot58),
                # once the page is read for an error or a notice under it (a dialog over a not-found page
                # hides a dead page); a form sending the password and a card's number elsewhere is no wall
                liveness = Liveness(Status.BLOCKED, *wall)
            elif script_shell(fetch.body, metadata):
                said = shell_error(fetch.body)
                loads = stub_scripts_note(fetch.body, fetch.final_url) if said is None else ""
                liveness = (
                    Liveness(
                        Status.BLOCKED,
                        Cause.JAVASCRIPT,
                        f"{SCRIPT_SHELL_REASON}; {loads}" if loads else SCRIPT_SHELL_REASON,
                    )
                    if said is None
                    else Liveness(Status.SOFT_404, Cause.ERROR_PAGE, said)
                )
            elif script_gate(fetch.body, metadata):
                liveness = Liveness(Status.BLOCKED, Cause.BOT_CHALLENGE, SCRIPT_GATE_REASON)
            elif (onward := script_onward(fetch.body, fetch.final_url, metadata)) is not None:
                liveness = Liveness(
                    Status.BLOCKED,
                    Cause.JAVASCRIPT,
                    f"the page moves its reader on only by a script, to {onward}, which linkcheck does not"
                    " run: what is there was not checked (open it in a browser)",
                )
            elif (loaded := script_only(fetch.body, fetch.final_url, metadata)) is not None:
                loads = stub_scripts_note(fetch.body, fetch.final_url)
                liveness = Liveness(
                    Status.BLOCKED,
                    Cause.JAVASCRIPT,
                    f"the page is empty but for {loads or f'a script it loads, {loaded}'}: where it leads was"
                    " not checked (open it in a browser)",
                )
        if liveness.status is _OK and (day := redated_day(fetch.body, metadata)) is not None:
            # re-dated by a migration or a republication: the story's address and its dateline give its day
            metadata = replace(metadata, published=day) if metadata is not None else None
        if (
            liveness.status is _OK
            and metadata is not None
            and (site := metadata.site_name)
            and "(" not in site
            and (fetch.redirects or _names_another(cited.outlets, site))
        ):
            # read after a redirect, or at the cited address only when a citation names an outlet the site's
            # name does not spell
            if (former := former_name(fetch.body, footer_only=not fetch.redirects)) is not None:
                # an outlet that renamed itself, its old addresses sent to its new ones or kept: its footer
                # says what it was called, which a citation of an old address names (matched as "<name>
                # (formerly <old>)"); read from the footer alone on a page at the cited address (see
                # ``former_name``)
                metadata = replace(metadata, site_name=f"{site} (formerly {former})")
            elif credits := credited_sources(fetch.body, (site, metadata.publisher or ""), cited.outlets):
                # a closed outlet's story at the outlet that took its archive, its old address sent there or
                # kept (the archive served at the old addresses), or a wire's story on a paper's site: the
                # page credits it ("Источник: ...", "Source: ..."), which a citation naming it names (matched
                # as "<name> (source: <credited>)")
                sources = " ".join(f"(source: {name})" for name in credits)
                metadata = replace(metadata, site_name=f"{site} {sources}")
        # a cited title the page's titles do not give as written (asked once: the print-headline rule and the
        # podcast episode's read it)
        ungiven = (
            liveness.status is _OK
            and metadata is not None
            and bool(cited.titles)
            and not _titles_given(cited.titles, metadata)
        )
        if ungiven and metadata is not None and b"the headline" in fetch.body:
            # a cited title the page's titles do not give as they are: the page's text may name the print
            # edition's headline the writer cited ("... appears in print ... with the headline: ..."; rot39),
            # one of its titles then. Searched for only here, as searching every page's text cost 2.6% of
            # reading one.
            from linkcheck.extract.core import print_headlines

            if extra := print_headlines(decode_html(fetch.body, fetch.headers), metadata.title_candidates):
                metadata = replace(metadata, title_candidates=(*metadata.title_candidates, *extra))
        # a story whose text is a teaser over a subscribers', registration or metered wall's line: the cited
        # page, whose text a reader cannot read (a finding for each citation, wall1)
        walled = walled_text(fetch.body, metadata) if liveness.status is _OK else None
        # a story kept under its outlet's note that it was retracted (rot58)
        retracted = retraction_note(fetch.body, metadata) if liveness.status is _OK else None
        # an episode's page where a story was cited (told in :func:`_result`, if the titles mismatch)
        episode = episode_page(fetch.body) if ungiven else None
        # a machine-written summary where a story was cited (told in :func:`_result`, if the titles mismatch)
        summary = (
            machine_summary_page(metadata.title, fetch.body, redated=made_after_address(metadata))
            if ungiven and episode is None and metadata is not None
            else None
        )
        # the body has been read: the page is kept (for later citations of its URL) without it
        kept = replaced(fetch, body=b"") if fetch.body else fetch
        return _Page(
            kept,
            liveness,
            metadata,
            text,
            body_format,
            anchors or None,
            walled,
            episode,
            summary,
            retracted,
            unfollowed,
        )
    except Exception as exc:
        return _internal_error(url, exc)


def _shown_redirect_page(
    fetch: FetchResult, parse_slots: _Slots
) -> tuple[Metadata | None, str | None, str | None]:
    """The metadata, the visible text and the warning of a redirect's body when it is a page browsers show
    (:func:`~linkcheck.classify.shown_redirect`), for a 3xx that names no target; ``(None, None, None)`` when
    it is none (a server's stock words, no page at all)."""
    content_type = fetch.headers.get("content-type", "").lower()
    if not (is_page(content_type) or mislabelled_page(content_type, fetch.body)) or binary_format(fetch.body):
        return None, None, None
    with parse_slots:
        decoded = decode_html(parse_window(fetch.body, leading_blanks(fetch.body)), fetch.headers)
        metadata = extract_metadata(decoded, fetch.final_url, fetch.headers)
        text = page_text(decoded)
    warning = shown_redirect(fetch.status_code or 0, fetch.headers, metadata.title, text)
    return (None, None, None) if warning is None else (metadata, text, warning)


#: What :func:`_walled_findings` says stands before a walled story's text, by the wall's kind.
_WALLS = {
    "paywall": "a paywall (the rest is for subscribers)",
    "registration": "a registration wall (the rest is for registered readers)",
    "metered": "a metered paywall (the free articles a reader may read are used up)",
    "archive": "the outlet's archive (the page says the full text is there, not at this address)",
}


def _walled_findings(findings: list[Finding], kind: str, line: str) -> list[Finding]:
    """``findings`` of an ``ok`` story whose text is a teaser ended by a wall's ``line`` (wall1), with a
    ``text_walled`` warning added: the page is the cited one, but what the citation relies on cannot be
    read. A quote not found in the teaser is not called missing from the article (no ``quote_missing``):
    the warning says it could not be checked."""
    quotes = [f for f in findings if f.kind is FindingKind.QUOTE_MISSING]
    message = (
        f"only the story's opening can be read: the rest of its text is behind {_WALLS[kind]} ({line});"
        " the page is the cited one, but what it says cannot be checked"
    )
    if quotes:
        message += (
            "; the quoted words are not in the opening, and could not be looked for in the rest: quote not"
            " checked"
        )
        findings = [f for f in findings if f.kind is not FindingKind.QUOTE_MISSING]
    walled = Finding(kind=FindingKind.TEXT_WALLED, severity=Severity.WARN, message=message, actual=line)
    return [*findings, walled]


def _titles_given(titles: tuple[str, ...], metadata: Metadata) -> bool:
    """Whether every cited title in ``titles`` is one of the page's titles as it is (as written, else
    folded): the cheap test before a page's text is searched for another title it names (its print
    headline). Nearly every page gives its cited title as written, and is answered without folding (folding
    the page's titles here cost ~1.5% of reading a page, as the matcher folds them otherwise)."""
    given = metadata.titles()  # remembered for the last page read
    if all(t in given for t in titles):
        return True
    folded = {fold(t) for t in given}
    return all(fold(t) in folded for t in titles)


def _names_another(outlets: tuple[str, ...], site_name: str) -> bool:
    """Whether one of the cited ``outlets`` is not spelled in the page's ``site_name`` as given: the cheap
    test before a page at the cited address is read for a former name (an outlet renamed in place), which
    most citations, naming the site as it names itself, do not need."""
    for outlet in outlets:  # noqa: SIM110 - a loop, not any() over a generator: asked of every page
        if outlet not in site_name:
            return True
    return False


#: The marks a sentence may leave at the end of an address copied from it ("... at https://x.example/a.").
_SENTENCE_MARKS = ".,;:!"


def _sentence_tail(url: str) -> str | None:
    """``url`` without the sentence's marks it ends with, when it ends with one after a path (an address
    whose path ends so is seldom one a site serves: "https://x.example/story." is "https://x.example/story"
    and a full stop); ``None`` when it ends with none, or a bare host's name ends so (its trailing dot). The
    one test of an address's last character: :func:`_read_page` asks it first, before any enum is read."""
    if not url or url[-1] not in _SENTENCE_MARKS:
        return None
    bare = url.rstrip(_SENTENCE_MARKS)
    scheme_end = bare.find("://")
    if scheme_end < 0 or bare.find("/", scheme_end + 3) < 0:
        return None
    return bare


def _legal_451_reason(status_line: str, fetch: FetchResult) -> str:
    """A 451's reason: its status line, then the page's line that says why (:func:`legal_reason`) and the
    party its ``Link: <...>; rel="blocked-by"`` header names (:func:`blocked_by`), when they say so."""
    said = legal_reason(fetch.body)
    by = blocked_by(fetch.headers.get("link", ""))
    reason = status_line if said is None else f"{status_line}: the page says {said!r}"
    return reason if by is None else f"{reason} (blocked by {by})"


#: :class:`linkcheck.fetch.Fetcher` once :func:`_fetcher_type` has imported it (the checker imports the
#: fetcher only when a run needs it).
_FETCHER_TYPE: type[Fetcher] | None = None


def _fetcher_type() -> type[Fetcher]:
    """:class:`linkcheck.fetch.Fetcher`, imported on the first call and kept: an ``import`` statement in a
    function costs ~8k instructions on every call, of a module imported long before too (``_fetch``'s, once
    a link, was ~2% of the run's machinery a link)."""
    global _FETCHER_TYPE
    from linkcheck.fetch import Fetcher

    _FETCHER_TYPE = Fetcher
    return Fetcher


def _fetch(
    url: str, fetcher: SupportsFetch, deadline: float | None, ticket: _Ticket | None
) -> tuple[FetchResult, str | None]:
    """The fetch of one URL, and what its address without tracking parameters answers when it was refused
    (:func:`_untracked_note`). A :class:`~linkcheck.fetch.Fetcher` gives the ticket's slots back while it
    waits before a retry; the second request, to the same host, is made in the same slots, before they are
    given back: the host's limit holds. A redirect to another host moves the ticket's slot to that host
    before its request (:meth:`_Ticket.redirected`)."""
    if ticket is None:
        fetch = fetcher.fetch(url, deadline=deadline)
        return fetch, _untracked_note(url, fetch, fetcher, deadline)
    done: FetchResult | None = None
    try:
        if isinstance(fetcher, _FETCHER_TYPE or _fetcher_type()):
            done = fetcher.fetch(url, deadline=deadline, pause=ticket.pause, redirected=ticket.redirected)
        else:
            done = fetcher.fetch(url, deadline=deadline)
        if done.status_code not in _REFUSED_WITH_QUERY or "?" not in url:  # _untracked_note's own first test
            return done, None
        return done, _untracked_note(url, done, fetcher, deadline, ticket)
    finally:
        ticket.close(done)


#: Answers by which a server refuses an address it may serve without its query's tracking parameters: a CDN
#: or a firewall that rejects parameters it does not know (400), a router that reads the query as part of
#: the path (404, 410).
_REFUSED_WITH_QUERY = frozenset({400, 404, 410})


def _untracked_note(
    url: str,
    fetch: FetchResult,
    fetcher: SupportsFetch,
    deadline: float | None,
    ticket: _Ticket | None = None,
) -> str | None:
    """For ``url`` refused (:data:`_REFUSED_WITH_QUERY`) while it holds tracking parameters (``?utm_source=
    ...``, ``fbclid``: :func:`~linkcheck.classify.citable` drops them): what the address without them
    answers, when that is a success ("without its tracking parameters the address answers 200: <url>");
    ``None`` otherwise, and without a request for any other answer or address. The link as cited stays
    broken: the note says where the reader may look. Its request is made in ``ticket``'s slot, moved back to
    the cited host if a redirect had led the first fetch elsewhere (:meth:`_Ticket.redirected`)."""
    if fetch.status_code not in _REFUSED_WITH_QUERY or "?" not in url:
        return None
    bare = citable(url)
    if bare == url:
        return None
    from linkcheck.fetch import Fetcher

    try:
        if ticket is not None and isinstance(fetcher, Fetcher):
            ticket.redirected(bare)
            answer = fetcher.fetch(bare, deadline=deadline, redirected=ticket.redirected)
        else:
            answer = fetcher.fetch(bare, deadline=deadline)
    except Exception:  # the note is a courtesy: any failure leaves the answer as it was
        log.debug("fetching %s without its tracking parameters failed", url, exc_info=True)
        return None
    if answer.status_code is None or not 200 <= answer.status_code < 300:
        return None
    return (
        f"without its tracking parameters the address answers {answer.status_code}:"
        f" {citable(answer.final_url)} (check that it is the cited page, and cite it so)"
    )


def _noted(page: _Page, note: str | None) -> _Page:
    """``page`` with ``note`` added to its reason."""
    if note is None:
        return page
    liveness = page.liveness
    return replace(page, liveness=Liveness(liveness.status, liveness.cause, f"{liveness.reason}; {note}"))


def _stand_in(page: _Page, title: str | None) -> Liveness | None:
    """What stands at a story's address in its place, when the page (its title ``title``) is one (told by
    :func:`_result` only if the cited title mismatches it): an episode of the outlet's podcast or programme
    (rot52, rot53), or the outlet's machine-written summary of the subject, dated when it was made (rot57);
    ``None`` for any other page. At most one is set (the summary is read only on a page that is no
    episode's)."""
    if page.episode is not None:
        return Liveness(
            Status.SOFT_404,
            Cause.FRONT_PAGE,
            f"the article URL shows {page.episode}'s page ({title!r}), not the cited story",
        )
    if page.summary is not None:
        return Liveness(
            Status.SOFT_404,
            Cause.ERROR_PAGE,
            f"the article URL shows a machine-written summary ({page.summary!r}) where the story was: the"
            " story it sums up is not at this address",
        )
    return None


def _result(citation: Citation, page: _Page, config: Config) -> Result:
    if not _readers_ready:
        _import_readers()
    fetch, liveness = page.fetch, page.liveness
    findings: list[Finding] = []
    moved = moved_finding(fetch) if fetch is not None and liveness.status is not _SKIPPED else None
    usable = page.metadata if liveness.status is _OK else None
    entry = page.anchors.get(citation.url.rpartition("#")[2]) if page.anchors and usable is not None else None
    if entry and usable is not None and all(c.text != entry for c in usable.title_candidates):
        # the cited fragment names an entry of the page (a live page's): its heading is one of the titles
        candidates = (*usable.title_candidates, TitleCandidate(entry, "live-entry"))
        usable = replace(usable, title_candidates=candidates)
    if usable is not None and usable.published is not None and not usable.published.year_stated:
        # the page printed its day without a year: reported in the year its citation gives (seed6 probe)
        usable = in_cited_year(citation, usable)
    try:
        if liveness.cause is not _EXCLUDED:
            # A link the user excluded is not judged at all (docs/json-schema.md: its verdict is `pass`):
            # before the fortieth session's seed probe, a date in its URL after the article's still made
            # it a `postdates_article` that failed the run `--exclude` was meant to quiet.
            findings.extend(
                match_citation(
                    citation,
                    usable,
                    final_url=fetch.final_url if fetch else None,
                    config=config,
                    text=page.text,
                )
            )
        if (
            usable is not None
            and fetch is not None
            and fetch.redirects
            and any(f.kind is FindingKind.TITLE_MISMATCH and f.severity is Severity.FAIL for f in findings)
            and undated_short_page(citation.url, fetch.final_url, usable, len(fetch.redirects))
        ):
            # not another story: a section's or an edition's front, which a relaunch sends old stories to,
            # or the outlet's channel or profile on a social network
            platform = platform_of(usable)
            links = links_page_title(usable) if platform is None else None
            signup = signup_page_title(usable) if platform is None and links is None else None
            liveness = Liveness(
                Status.SOFT_404,
                Cause.FRONT_PAGE,
                f"the article URL redirects to a channel or profile page on {platform} ({fetch.final_url},"
                f" {usable.title!r}), not the article"
                if platform is not None
                else f"the article URL redirects to the outlet's page of links to its accounts elsewhere"
                f" ({fetch.final_url}, {links!r}), not the article"
                if links is not None
                else f"the article URL redirects to the outlet's newsletter sign-up page ({fetch.final_url},"
                f" {signup!r}), not the article"
                if signup is not None
                else f"the article URL redirects to a section front page ({fetch.final_url}): a page of no"
                " date at a short address, under another title",
            )
            findings = list(match_citation(citation, None, final_url=fetch.final_url, config=config))
        if (
            usable is not None
            and fetch is not None
            and not fetch.redirects
            and (usable.published is None or usable.published.source == "url")
            and any(f.kind is FindingKind.TITLE_MISMATCH and f.severity is Severity.FAIL for f in findings)
            and (signup := signup_page_title(usable)) is not None
        ):
            # the outlet's newsletter sign-up answering the story's own address, no redirect (rot56)
            liveness = Liveness(
                Status.SOFT_404,
                Cause.FRONT_PAGE,
                f"the article URL shows the outlet's newsletter sign-up page ({signup!r}), not the article",
            )
            findings = list(match_citation(citation, None, final_url=fetch.final_url, config=config))
        if (
            usable is not None
            and (stand_in := _stand_in(page, usable.title)) is not None
            and any(f.kind is FindingKind.TITLE_MISMATCH and f.severity is Severity.FAIL for f in findings)
        ):
            liveness = stand_in
            findings = list(
                match_citation(citation, None, final_url=fetch.final_url if fetch else None, config=config)
            )
        if usable is None and fetch is not None and liveness.status is _OK:
            kind = media_type(fetch.headers.get("content-type", ""))
            why = "the answer has no page to read" if is_page(kind) else f"no title is read from {kind}"
            if page.body_format is not None:  # the server's label is wrong: say what came, for its owner
                why = (
                    f"the answer is {page.body_format}, though the server labels it {kind or 'nothing'}"
                    " (browsers show its bytes, not a page)"
                )
            unchecked = title_unchecked(citation, why)
            if unchecked is not None:
                findings.insert(0, unchecked)
            findings += quote_findings(citation, None)  # nor is a quote looked for: said, not dropped
    except Exception as exc:  # isolation, as above
        log.exception("internal error while matching %s", citation.url)
        liveness = Liveness(Status.ERROR, Cause.INTERNAL, f"internal error: {type(exc).__name__}: {exc}")
    if page.walled is not None and liveness.status is _OK:
        findings = _walled_findings(findings, *page.walled)
    if page.retracted is not None and liveness.status is _OK:
        message = (
            f"the story is there, but its outlet has retracted it: {page.retracted!r}; what it reported is"
            " withdrawn by its own publisher"
        )
        findings = [
            *findings,
            Finding(
                kind=FindingKind.RETRACTED, severity=Severity.WARN, message=message, actual=page.retracted
            ),
        ]
    if page.unfollowed is not None and liveness.status is _OK:
        findings = [
            *findings,
            Finding(
                kind=FindingKind.REDIRECT_WITHOUT_TARGET, severity=Severity.WARN, message=page.unfollowed
            ),
        ]
    if (
        moved is not None
        and move_stands(liveness.status, findings)
        and not (usable is not None and canonical_undoes_move(moved, usable.canonical_url))
    ):
        # an AMP copy or a mirror whose canonical address is the cited one: nothing to update (seed4 probe)
        findings.insert(0, moved)
    own = usable.canonical_url if usable is not None else None
    cited = citation.url
    link = fetch.headers.get("link", "") if fetch is not None else ""
    if (
        # inline pre-tests: most results have an ASCII address without punycode and no Link canonical
        ("n--" in cited or "N--" in cited or not cited.isascii())
        or (own is not None and ("n--" in own or "N--" in own or not own.isascii()))
        or ("anonical" in link or "ANONICAL" in link)
    ) and (liveness.status is not _SKIPPED and (lookalike := lookalike_named(cited, fetch, own)) is not None):
        findings.append(lookalike)  # the cited host, or the page's own address, is a look-alike's
    reason = liveness.reason
    if liveness.status in _GONE_STATUSES and (pair := preview_query(cited)) is not None:
        # the writer cited an editor's preview link: say so, for the link to mend is the published one (rot56)
        reason = (
            f"{reason}; the cited address is a CMS preview link ({pair!r}), which shows a draft to its"
            " editors only: cite the story's published address"
        )
    metadata = page.metadata if usable is None else usable
    if metadata is not None and findings and (shown := kept_title_headline(findings)) is not None:
        # the page read by an old address's <title> it kept: it says it is its headline (a casino's list)
        metadata = replace(metadata, title=shown, title_source="h1")
    return Result(
        citation=citation,
        status=liveness.status,
        reason=reason,
        cause=liveness.cause,
        verdict=verdict_for(liveness.status, liveness.cause, findings, config),
        http_status=fetch.status_code if fetch else None,
        final_url=fetch.final_url if fetch else None,
        redirects=fetch.redirects if fetch else (),
        metadata=metadata,
        findings=tuple(findings),
        elapsed=fetch.elapsed if fetch else 0.0,
    )


def _invalid(citation: Citation) -> Result:
    reason = citation.error or "invalid citation"
    return Result(
        citation=citation,
        status=Status.ERROR,
        reason=reason,
        cause=Cause.INVALID_CITATION,
        verdict=Verdict.FAIL,
    )


class _Scheduler:
    """Which URL to fetch next: at most ``per_host`` requests in flight per host, the host with the most work
    left first (ties in turn).

    Serving the longest queue first keeps a host that holds most of a run's links busy up to its limit all
    along, so the run's makespan approaches the bound that host's limit sets; hosts at their limit wait and
    small hosts fill the remaining workers. Not thread-safe: :class:`_Dispatcher` guards it.

    A host that says it is overloaded (429, 503) gets fewer requests: its limit is halved (at most once a
    second; never below one) and grows back by one for every limit's worth of good answers. A host that
    asked for a pause (``Retry-After``) gets no new request until the request that was told to wait has
    been sent again. A retry coming back from its pause is served before new URLs of its host.
    """

    #: Seconds between two halvings of one host's limit: answers to requests already in flight when the
    #: host first complained say nothing new.
    SLOW_DOWN_EVERY = 1.0

    def __init__(self, per_host: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_host = per_host
        self.pending: dict[str, deque[str]] = {}
        self.active: dict[str, int] = {}
        self.limit: dict[str, float] = {}  # hosts whose limit is below per_host (overloaded lately)
        self.slowed_at: dict[str, float] = {}
        self.held: dict[str, int] = {}  # hosts with a Retry-After pause running: no new requests
        self.returning: dict[str, int] = {}  # retries back from their pause, waiting for room
        #: Hosts whose room for a new request differs from ``per_host``, worked out by :meth:`_set_room` (the
        #: rule's one place); ``_offer`` and ``next`` read it. Nearly always empty.
        self.room: dict[str, int] = {}
        #: ``(-URLs waiting, turn, host)``; a host's live entry is the one with its turn in ``_entry``, older
        #: ones (from before it gained work) are skipped when they come up.
        self._heap: list[tuple[int, int, str]] = []
        self._entry: dict[str, int] = {}
        self._turn = 0
        self._clock = clock
        self.queued = 0  # URLs not yet handed out

    def cap(self, host: str) -> int:
        """How many requests ``host`` may have in flight now."""
        limit = self.limit.get(host)
        return self.per_host if limit is None else int(limit)

    def _set_room(self, host: str) -> None:
        """Work out ``host``'s room for new requests (:attr:`room`) again, after its limit, its hold or its
        retries waiting to come back changed: what :meth:`cap` allows, less those retries; none while it is
        held. The one place this rule is written: :meth:`_offer` and :meth:`next` read the figure."""
        room = 0 if self.held.get(host) else self.cap(host) - self.returning.get(host, 0)
        if room == self.per_host:
            self.room.pop(host, None)
        else:
            self.room[host] = room

    def _offer(self, host: str) -> None:
        """Queue ``host`` for a turn if it has work and room (:meth:`_set_room`) and no turn queued already.
        This runs twice a link (``add``, ``release``)."""
        waiting = self.pending.get(host)
        if host in self._entry or not waiting:
            return
        if self.active.get(host, 0) < (self.room.get(host, self.per_host) if self.room else self.per_host):
            self._push(host, len(waiting))

    def _push(self, host: str, work: int) -> None:
        self._turn += 1
        heapq.heappush(self._heap, (-work, self._turn, host))
        self._entry[host] = self._turn

    def add(self, url: str, host: str) -> None:
        """Queue ``url`` of ``host`` (its :func:`_host_key`, worked out once by the precheck)."""
        waiting = self.pending.get(host)
        if waiting is None:
            waiting = self.pending[host] = deque()
            self.active.setdefault(host, 0)
        waiting.append(url)
        self.queued += 1
        if host in self._entry:  # its turn is ranked by work left: a fresh entry, the old one is skipped
            self._push(host, len(waiting))
        else:
            self._offer(host)

    def next(self) -> tuple[str, str] | None:
        """The next URL to fetch and its host, or ``None`` while every host with work is at its limit.

        The host's room is read once (:attr:`room`), and after its URL is taken the host has a turn again if
        it still has work and room for one more (what :meth:`_offer` would do, without its call)."""
        heap, entry = self._heap, self._entry
        while heap:
            _, turn, host = heapq.heappop(heap)
            if entry.get(host) != turn:
                continue  # an entry from before the host gained work
            del entry[host]
            waiting = self.pending[host]
            if not waiting:
                continue
            room = self.room.get(host, self.per_host) if self.room else self.per_host
            active = self.active.get(host, 0)
            if active >= room:
                continue
            url = waiting.popleft()
            self.queued -= 1
            self.active[host] = active + 1
            if waiting and active + 1 < room:  # its turn again (as _offer: no entry now)
                self._turn += 1
                heapq.heappush(heap, (-len(waiting), self._turn, host))
                entry[host] = self._turn
            return url, host
        return None

    def release(self, host: str, *, answered: bool = False) -> None:
        """A request to ``host`` (handed out by :meth:`next`) is over, or waits before a retry; ``answered``:
        the host answered it well, which lets an overloaded host's limit grow back."""
        self.active[host] = self.active.get(host, 1) - 1
        limit = self.limit.get(host)
        if answered and limit is not None:
            limit += 1.0 / limit  # one more request in flight per limit's worth of good answers
            if limit >= self.per_host:
                del self.limit[host]
            else:
                self.limit[host] = limit
            self._set_room(host)
        self._offer(host)

    def slow_down(self, host: str) -> None:
        """``host`` said it is overloaded: halve its limit, unless that was done within the last second."""
        now = self._clock()
        if now - self.slowed_at.get(host, -self.SLOW_DOWN_EVERY) >= self.SLOW_DOWN_EVERY:
            self.slowed_at[host] = now
            self.limit[host] = max(1.0, self.cap(host) / 2)
            self._set_room(host)

    def hold(self, host: str) -> None:
        self.held[host] = self.held.get(host, 0) + 1
        self._set_room(host)

    def unhold(self, host: str) -> None:
        self.held[host] -= 1
        if not self.held[host]:
            del self.held[host]
        self._set_room(host)
        self._offer(host)

    def returns(self, host: str, change: int) -> None:
        """A retry of ``host`` is back from its pause and waits for room (``+1``), or has it (``-1``): new
        URLs of the host do not take the slots it waits for."""
        count = self.returning.get(host, 0) + change
        if count:
            self.returning[host] = count
        else:
            del self.returning[host]
        self._set_room(host)

    def ready_returning(self) -> int:
        """Retries back from their pause whose host has room for them: the run's slots they are owed before
        any new URL. A retry whose host is at its limit waits for that host, not for the run, so it holds no
        slot of the run's: retries piling up on a host that cannot connect must not starve the others."""
        if not self.returning:
            return 0
        return sum(
            min(count, max(0, self.cap(host) - self.active.get(host, 0)))
            for host, count in self.returning.items()
            if not self.held.get(host)
        )

    def try_return(self, host: str) -> bool:
        """Take a slot of ``host`` for a retry back from its pause, if there is room."""
        if self.held.get(host) or self.active.get(host, 0) >= self.cap(host):
            return False  # held, or no room (its own retries are not counted ahead of it)
        self.active[host] = self.active.get(host, 0) + 1
        return True


#: Retries that may wait without their slots at once, at least (at most ``--workers`` beyond this): with few
#: workers, a retry waiting in its slot held back the whole run for its backoff. On the benchmark's mix at
#: 0 ms, 3,000 links with one worker took 26.9 s, most of it 155 backoffs of 0-0.5 s waited one by one.
PAUSED_MIN = 16
#: Seconds a worker held back by the caller's backlog waits before it looks again, should no wake-up come:
#: only a safety net, as :meth:`_Dispatcher.relieve` wakes it once the caller catches up.
BACKLOG_RECHECK = 0.05


class _Dispatcher:
    """Hands URLs to worker threads by the scheduler's rules; thread-safe.

    ``take`` blocks while every host with work left is at its limit (or all ``limit`` requests are in
    flight) and returns ``None`` once nothing is left to hand out (or on ``stop``). A worker whose fetch must
    wait before a retry gives its slots back for the wait (:meth:`pause`), so one failing page holds up
    neither its host nor the run; ``spawn`` starts another worker so the run keeps ``limit`` threads
    fetching meanwhile (once the wait is over, the first worker that would wait in ``take`` while the run has
    more than ``limit`` workers besides those waiting before a retry ends instead). At most ``limit`` retries
    (:data:`PAUSED_MIN` if more) wait that way at once: beyond them (a host refusing every connection, or
    answering every page with an error, fails as fast as it is asked), a retry waits in its slots, so a run
    never holds more than ``limit + max(limit, PAUSED_MIN)`` workers, however many of its pages fail at once.
    """

    def __init__(
        self,
        scheduler: _Scheduler,
        limit: int,
        spawn: Callable[[], None],
        backlog: Callable[[], int] = lambda: 0,
        pages: _PageReader | None = None,
    ) -> None:
        self._scheduler = scheduler
        #: Results read but not yet collected by the run's caller: ``backlog()``, plus ``pages.unread`` (pages
        #: offered and not read yet) when given (the run's: ``backlog`` is then its queue's ``qsize``, a C
        #: method, and the sum is made here rather than by a lambda asked 3-4 times a link; cost18).
        self._backlog = backlog
        self._pages = pages
        #: The condition's own lock (a ``Condition()`` makes an ``RLock`` too), taken directly: ``with
        #: self._cond`` ran ``Condition.__enter__`` and ``__exit__``, two Python calls, three times a link.
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._stopped = False
        self._limit = limit
        self._spawn = spawn
        self._busy = 0  # requests in flight (handed out, not yet released or paused)
        self._threads = 0
        self._pausing = 0
        self._resuming = 0  # retries waiting in resume for room (woken by a notify meant for a new URL)
        #: Workers waiting in take for the caller to collect results (see :meth:`relieve`): public, for the
        #: run's loop to test before it calls ``relieve`` (nearly always 0).
        self.held_back = 0
        self._intake_open = True  # more URLs may come (the run is still reading its input)

    def add(self, urls: Iterable[tuple[str, str]]) -> None:
        """Queue ``(url, host)`` pairs, waking one idle worker for each (not all of them: a run whose input
        comes a few URLs at a time, a site's articles, had every idle worker wake for each article, take
        the lock in turn and wait again: a tenth of such a run's CPU, in one process). Retries waiting for
        room are woken too, as one of them may be first in line."""
        added = 0
        with self._lock:
            for url, host in urls:
                self._scheduler.add(url, host)
                added += 1
            self._cond.notify(added + self._resuming)

    def close_intake(self) -> None:
        """No more URLs will come: workers end once the scheduler is empty."""
        with self._lock:
            self._intake_open = False
            self._cond.notify_all()

    def start(self, threads: int) -> None:
        for _ in range(threads):
            self._add_thread()

    def _add_thread(self) -> None:
        with self._lock:
            self._threads += 1
        self._spawn()

    def take(self) -> tuple[str, str] | None:
        with self._lock:
            while not self._stopped:
                if (
                    self._backlog() + (0 if (pages := self._pages) is None else pages.unread)
                    >= 2 * self._limit
                ):
                    # the caller is behind: read no more pages than it can take (they would pile up). Counted
                    # before the backlog is looked at again, so that relieve, which looks at the count after
                    # the backlog fell, either sees this worker or this worker sees the room.
                    self.held_back += 1
                    if self._backlog() + (0 if pages is None else pages.unread) >= 2 * self._limit:
                        self._cond.wait(BACKLOG_RECHECK)
                    self.held_back -= 1
                    continue
                scheduler = self._scheduler  # no retry waits (nearly always): ready_returning not called
                if self._busy + (scheduler.ready_returning() if scheduler.returning else 0) < self._limit:
                    taken = scheduler.next()
                    if taken is not None:
                        self._busy += 1
                        return taken
                if not self._scheduler.queued and not self._intake_open:
                    break
                if self._threads - self._pausing > self._limit:
                    # a worker started for a retry's wait that is over: the run has ``limit`` without it.
                    # Kept, it slept here and a finished request's notify woke it for nothing, as the
                    # worker that finished took the slot: 7,000 wake-ups a process on the mix at 0 ms (cost25)
                    break
                self._cond.wait()
            self._threads -= 1
            return None

    def relieve(self) -> None:
        """The caller collected a result: wake the workers waiting for it to catch up, once it has. Without
        this they slept out a 50 ms recheck: with few workers (``--workers 1``-``8``) the backlog reaches
        its bound every few pages on a fast server, and 200 links with one worker took 3.8 s (0.2 s since);
        3,000 with eight, 4.6 s (3.0 s)."""
        if (
            self.held_back
            and self._backlog() + (0 if (pages := self._pages) is None else pages.unread) < 2 * self._limit
        ):
            with self._lock:
                self._cond.notify(self.held_back)

    def done(self, host: str, *, answered: bool) -> None:
        """A request to ``host`` is over (``answered``: see :meth:`_Scheduler.release`)."""
        with self._lock:
            self._busy -= 1
            self._scheduler.release(host, answered=answered)
            if self._scheduler.returning:  # a waiting retry must get its chance, whichever thread wakes first
                self._cond.notify_all()
            else:
                self._cond.notify()

    def pause(self, host: str, answering_host: str, *, overloaded: bool, held: bool) -> bool:
        """The worker holding a slot of ``host`` waits before a retry: give the slots back meanwhile, unless
        ``limit`` retries wait without theirs already. Whether they were given back (then :meth:`resume`
        takes them again)."""
        with self._lock:
            if overloaded:
                self._scheduler.slow_down(answering_host)
            if held:
                self._scheduler.hold(answering_host)
            if self._pausing >= max(self._limit, PAUSED_MIN):  # the run's threads stay bounded: it keeps them
                return False
            self._busy -= 1
            self._scheduler.release(host)
            self._pausing += 1
            spare = self._threads - self._pausing < self._limit and (
                self._scheduler.queued > 0 or self._intake_open
            )
            self._cond.notify()
        if spare:
            self._add_thread()
        return True

    def resume(self, host: str, answering_host: str, *, held: bool, given_back: bool = True) -> None:
        """The wait is over: take the slots back (before any new URL), waiting for room if need be;
        ``given_back``: what :meth:`pause` returned (``False``: the worker still holds its slots)."""
        with self._lock:
            if held:
                self._scheduler.unhold(answering_host)
            if not given_back:
                if held:
                    self._cond.notify_all()  # the host may take new requests again
                return
            self._pausing -= 1
            self._take_back(host)

    def move(self, host: str, to: str) -> None:
        """The request holding a slot of ``host`` was redirected to ``to``, another host: give the slot back
        and take one of ``to``'s (before any new URL of it), waiting for room if need be. Without this a
        redirect's request was made in the cited host's slot, and a host that links redirected to (another
        origin, a shortener's target, the same site on its other address) had ``per_host`` requests of its
        own in flight and those of every host redirecting to it besides: with ``--per-host 2``, four
        requests at once on a host cited twice and reached twice through another's redirects. Nothing is
        held while waiting, so two hosts redirecting to each other cannot deadlock."""
        with self._lock:
            self._busy -= 1
            self._scheduler.release(host)
            self._cond.notify_all()  # the slot given back may be what a waiting worker or retry needs
            self._take_back(to)

    def _take_back(self, host: str) -> None:
        """Take a slot of ``host`` and a place among the run's requests, waiting for room (lock held)."""
        self._scheduler.returns(host, +1)
        self._resuming += 1
        try:
            while not (self._busy < self._limit and self._scheduler.try_return(host)):
                if self._stopped:
                    self._scheduler.active[host] = self._scheduler.active.get(host, 0) + 1
                    break
                self._cond.wait()
        finally:
            self._resuming -= 1
            self._scheduler.returns(host, -1)
        self._busy += 1
        self._cond.notify_all()

    def widen(self, n: int) -> None:
        """Let ``n`` more requests be in flight from now on, with a worker each."""
        with self._lock:
            if self._stopped:
                return
            self._limit += n
            self._cond.notify_all()
        for _ in range(n):
            self._add_thread()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            self._cond.notify_all()


class _Ticket:
    """One URL handed to a worker: the slots it holds, given back once its fetch is over (before parsing,
    which needs no slot) or for a wait before a retry."""

    __slots__ = ("_dispatcher", "_host", "_hosts_down", "_open", "_since", "_slot", "url")

    def __init__(self, dispatcher: _Dispatcher, url: str, host: str, hosts_down: HostsDown) -> None:
        self._dispatcher = dispatcher
        self.url = url
        self._host = host
        #: The host whose slot the ticket holds: the cited one, or the one a redirect led to.
        self._slot = host
        self._hosts_down = hosts_down
        self._open = True
        #: What the host had answered when the link was handed out (its public count, read without a call).
        self._since = hosts_down.answered.get(host, NO_ANSWERS)

    def close(self, fetch: FetchResult | None = None) -> None:
        """The fetch is over (``fetch``: how it ended; ``None``: it raised, or it never ran): what it says of
        the host is recorded before its slot is given back, so the next link of the host knows it."""
        if self._open:
            self._open = False
            self._hosts_down.record(self._host, fetch, self._since)
            answered = (
                fetch is not None
                and fetch.status_code is not None
                and fetch.status_code not in OVERLOADED_STATUSES
            )
            self._dispatcher.done(self._slot, answered=answered)

    def redirected(self, url: str) -> None:
        """The fetch follows a redirect to ``url``: its request takes a slot of ``url``'s host (another host
        than the one whose slot the ticket holds: see :meth:`_Dispatcher.move`)."""
        host = _host_key(url)
        if host != self._slot and self._open:
            self._dispatcher.move(self._slot, host)
            self._slot = host

    @contextlib.contextmanager
    def pause(self, url: str, status: int | None, retry_after: float | None) -> Iterator[None]:
        """The fetcher waits before retrying ``url`` (which answered ``status``, or nothing)."""
        answering = _host_key(url)
        overloaded = status in OVERLOADED_STATUSES
        held = overloaded and retry_after is not None
        given_back = self._dispatcher.pause(self._slot, answering, overloaded=overloaded, held=held)
        try:
            yield
        finally:
            self._dispatcher.resume(self._slot, answering, held=held, given_back=given_back)


#: Citations one run (one shard) holds at once, read and not yet reported: further citations are read from the
#: input as these are reported, so memory does not grow with the input's length.
WINDOW = 5_000
#: Pages kept after their URL is done, for citations of the same URL that come later (beyond the window).
RECENT_PAGES = 1024

_CITATION, _END, _FAILED = range(3)
_NOTHING = object()


class _Reader:
    """Reads a run's input in a thread of its own, so an input that comes slowly (a pipe, another process's
    feed, a generator that waits) never keeps finished pages from being reported, nor the workers, which
    stop taking URLs while results wait uncollected.

    At most ``window`` citations are read and not yet reported (:meth:`reported` gives room back). What it
    reads waits in an inbox; one wake-up (``None``) at a time goes onto ``wake``, the queue the workers'
    results come on, so the run waits on one queue for both.
    """

    def __init__(self, source: Iterator[Citation], window: int, wake: queue.SimpleQueue[Any]) -> None:
        self._source = source
        self._room: queue.SimpleQueue[None] = queue.SimpleQueue()  # a token per citation that may be read
        #: One citation read has been reported: one more may be read (``reported(1)``, a C call: the run's
        #: loop calls it for a URL cited once, nearly every result).
        self.reported_one: Callable[[None], None] = self._room.put
        self.reported(window)
        self._inbox: queue.SimpleQueue[tuple[int, object]] = queue.SimpleQueue()
        self._wake = wake
        self._woken = False
        self._unbounded = False
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="linkcheck-reader", daemon=True)
        start_thread(self._thread)

    def _run(self) -> None:
        try:
            while True:
                if not self._unbounded:
                    self._room.get()
                if self._stopped:
                    return
                citation = next(self._source, _NOTHING)
                if citation is _NOTHING:
                    break
                self._inbox.put((_CITATION, citation))  # _send written out (a call a citation; cost18)
                if not self._woken:
                    self._woken = True
                    self._wake.put(None)
            self._send(_END, None)
        except BaseException as exc:  # raised in the run's own thread, where it would have been read
            self._send(_FAILED, exc)

    def _send(self, kind: int, value: object) -> None:
        self._inbox.put((kind, value))
        if not self._woken:  # the run clears this before it empties the inbox: no event is left unseen
            self._woken = True
            self._wake.put(None)

    def take(self) -> list[tuple[int, object]]:
        """What was read since the last wake-up (call on each ``None`` from ``wake``)."""
        self._woken = False
        events = []
        with contextlib.suppress(queue.Empty):
            while True:
                events.append(self._inbox.get_nowait())
        return events

    def reported(self, n: int) -> None:
        """``n`` citations read have been reported: as many more may be read."""
        put = self.reported_one
        for _ in range(n):
            put(None)

    def rest(self, stop: StopFlag | None = None) -> Iterator[tuple[int, object]]:
        """Everything not yet taken, to the end of the input, read with no window (the run is over); a wait
        for an input that does not come ends once ``stop`` is set (``RunStopped``)."""
        self._unbounded = True
        self._room.put(None)
        while True:
            kind, value = wait_get(self._inbox, None, stop)  # the run's own thread waits: in slices
            yield kind, value
            if kind != _CITATION:
                return

    def stop(self) -> None:
        """Read no more (the run is over, or its caller stopped listening)."""
        self._stopped = True
        self._room.put(None)


def run_config(config: object) -> Config:
    """``config``, or the defaults for ``None``; anything else is a ``TypeError`` naming what was given.

    A dict of options is the likeliest mistake (``check(citations, {"workers": 4})``): it failed far from
    the caller, as ``'dict' object has no attribute 'processes'``."""
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    hint = " (write Config(**options))" if isinstance(config, dict) else ""
    raise TypeError(f"config must be a linkcheck.Config or None, got {type(config).__name__}{hint}")


def citation_input(citations: object) -> None:
    """Refuse at once an input that cannot be an iterable of citations: a string (iterating it gives its
    characters, each then a bad item), bytes, or one ``Citation`` alone. Each item is checked as it is read
    (:func:`only_citations`)."""
    if isinstance(citations, (str, bytes)):
        raise TypeError(
            f"citations must be an iterable of Citation, got a {type(citations).__name__} "
            f"({citations[:80]!r}); read a manifest's text with parse_sources(text), "
            "or make one with [Citation(url)]"
        )
    if isinstance(citations, Citation):
        raise TypeError(f"citations must be an iterable of Citation, got one Citation: pass [{citations!r}]")


def caller_hooks(fetcher: object, on_result: object = None, stop: object = None) -> None:
    """Refuse at once a ``fetcher`` without a callable ``fetch`` and an ``on_result`` that cannot be called,
    naming the argument: they failed only once the run had started, as ``'object' object has no attribute
    'fetch'`` from inside it or ``'list' object is not callable`` after the first fetch, naming neither. A
    ``stop`` without a callable ``is_set`` (a bool, a function) is refused so too: the run would fail at its
    first wait, or never stop."""
    if fetcher is not None and not callable(getattr(fetcher, "fetch", None)):
        raise TypeError(
            f"fetcher must have a fetch(url) method returning a FetchResult, got {type(fetcher).__name__} "
            f"{_shown(fetcher)}"
        )
    if on_result is not None and not callable(on_result):
        raise TypeError(
            f"on_result must be a callable taking a Result, "
            f"got {type(on_result).__name__} {_shown(on_result)}"
        )
    if stop is not None and not callable(getattr(stop, "is_set", None)):
        raise TypeError(
            f"stop must be a threading.Event (anything with is_set()) or None, "
            f"got {type(stop).__name__} {_shown(stop)}"
        )


def _shown(value: object, limit: int = 80) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[:limit] + "..."


def not_a_citation(item: object, index: int) -> TypeError:
    """The error for an item of a run's input that is not a :class:`Citation` (its 0-based ``index``)."""
    shown = repr(item)
    if len(shown) > 200:
        shown = shown[:200] + "..."
    return TypeError(
        f"citations[{index}] is not a Citation but a {type(item).__name__}: {shown} "
        "(make one with Citation(url, ...), or read a manifest with parse_sources/read_sources)"
    )


def may_wait(citations: object) -> bool:
    """Whether a run's input may keep it waiting between citations: anything but a list or a tuple (a
    generator, a file's lines), which is then read ahead in a thread of its own
    (:func:`linkcheck.parallel.processes_ahead`)."""
    return not isinstance(citations, (list, tuple))


def only_citations(citations: Iterable[Citation]) -> Iterator[Citation]:
    """``citations``, raising :func:`not_a_citation`'s ``TypeError`` where an item is not a :class:`Citation`:
    raised as the input's own error, it comes out once every citation read before it has been reported, rather
    than as an ``AttributeError`` or ``AssertionError`` from inside the run."""
    for index, citation in enumerate(citations):
        if not isinstance(citation, Citation):
            raise not_a_citation(citation, index)
        yield citation


def iter_check(
    citations: Iterable[Citation],
    config: Config | None = None,
    *,
    fetcher: SupportsFetch | FetchesURL | None = None,
    clock: Callable[[], float] | None = None,
    stop: StopFlag | None = None,
    counts: dict[str, int] | None = None,
) -> Generator[Result, None, None]:
    """Check citations, yielding one :class:`Result` per citation as soon as it is known.

    Results come in completion order, not input order (each carries its citation). Every citation given is
    reported exactly once, whatever happens to its page. ``citations`` may be any iterable, read as the run
    goes, in a thread of its own: at most :data:`WINDOW` citations are held at once, so a generator over a
    long input keeps memory flat, and one that waits does not hold back the results of what it gave already.
    Citations of one URL share its fetch (a citation of a URL done long before, beyond :data:`RECENT_PAGES`
    other URLs, fetches it again). An exception the input raises is raised here once every citation read
    before it has been reported. Closing the iterator (its ``close()``, ``break`` out of a ``for`` loop over
    it, or dropping it) ends the run: requests of the run's own fetcher still in flight are hung up, and its
    threads return. It is a generator and typed as one, so that ``close()`` and ``contextlib.closing`` pass a
    caller's type checker (typed ``Iterator[Result]``, they did not: the api4 probe). Each result is logged
    at ``DEBUG`` on the ``linkcheck.checker`` logger (its URL, status, verdict and reason) for a caller that
    adds a handler; the library is silent otherwise.

    ``stop`` (a ``threading.Event``) stops the run from another thread, or from an asyncio task's
    cancellation: once it is set, the next wait for a result raises :class:`~linkcheck.errors.RunStopped`
    here, within :data:`~linkcheck.threads.STOP_CHECK_SECONDS` (the run's own fetcher's requests in flight
    hung up, its threads told to return, a sharded run's processes ended). Closing the generator from
    another thread cannot do this (Python's ``generator already executing``), nor can cancelling the
    await of a thread that runs it (the api4 probe).

    ``clock`` is the monotonic clock the run's ``max_time`` is measured on (``None``: ``time.monotonic``),
    for a test's own. Its default is ``None`` rather than the function so that docs/api.md can write the
    signature as it is (``clock=None``) and ``help()`` shows no ``<built-in function monotonic>`` (the api6
    probe).

    ``counts`` is for a caller that counts the results it is given itself, as :func:`check`'s is for an
    ``on_result`` that does: a dict as :func:`~linkcheck.models.summarize` makes it (``summarize(())``),
    into which the caller counts each result it is given once (:func:`~linkcheck.models.count_result`)
    before it asks for the next. ``iter_check`` counts nothing into it; it checks, each time it is asked for
    the next result and at the run's end, that the result before was counted once: one counted twice or not
    at all is a ``ValueError`` that ends the run (a run closed early is not checked for its last result).
    ``counts`` not such a dict is a ``TypeError`` at once, before anything is fetched.
    """
    citation_input(citations)
    caller_hooks(fetcher, stop=stop)
    if counts is not None:
        _counts_shape(counts)
    checked = only_citations(citations)
    results = _results(checked, run_config(config), fetcher, clock, may_wait(citations), stop)
    return results if counts is None else _counted(results, counts)


def _counted(results: Generator[Result, None, None], counts: dict[str, int]) -> Generator[Result, None, None]:
    """``results``, each checked to have been counted once into ``counts`` by the caller when the next is
    asked for (or the run ends); closing this closes ``results`` at once."""
    try:
        for result in results:
            done = counts["total"]
            yield result
            if counts["total"] != done + 1:
                raise _miscounted(
                    counts["total"] - done, result, "iter_check's caller", "iter_check() is given no counts"
                )
    finally:
        results.close()


def _results(
    citations: Iterator[Citation],
    config: Config,
    fetcher: SupportsFetch | FetchesURL | None,
    clock: Callable[[], float] | None,
    input_may_wait: bool,
    stop: StopFlag | None,
) -> Generator[Result, None, None]:
    """:func:`iter_check`'s results of ``citations``, each already known to be a :class:`Citation` (by
    :func:`only_citations`, or by :func:`check`'s own count of them, which raises the same error)."""
    results = _iter_check(
        citations, config, fetcher, clock or time.monotonic, None, input_may_wait=input_may_wait, stop=stop
    )
    return _logged(results) if log.isEnabledFor(logging.DEBUG) else results


def _logged(results: Iterator[Result]) -> Generator[Result, None, None]:
    """``results``, each logged at ``DEBUG`` as it passes; closing this closes ``results`` at once."""
    try:
        for result in results:
            log.debug("%s: %s, %s (%s)", result.url, result.status.value, result.verdict.value, result.reason)
            yield result
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()


class MoreSlots:
    """Request slots given to a run while it goes (:meth:`give`): a sharded run's own shard takes over those
    of a shard process that has finished, so that the hosts left at the end of the run get all of its
    concurrency, not the share their process started with. Each slot comes with a worker of its own; the
    per-host limit still holds."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._dispatcher: _Dispatcher | None = None
        self._given = 0

    def give(self, n: int) -> None:
        """``n`` more requests may be in flight, now or as soon as the run has started."""
        with self._lock:
            self._given += n
            dispatcher = self._dispatcher
        if dispatcher is not None:
            dispatcher.widen(n)

    def attach(self, dispatcher: _Dispatcher) -> None:
        with self._lock:
            self._dispatcher = dispatcher
            given = self._given
        if given:
            dispatcher.widen(given)


def _iter_check(
    citations: Iterable[Citation],
    config: Config,
    fetcher: SupportsFetch | FetchesURL | None,
    clock: Callable[[], float],
    more: MoreSlots | None,
    *,
    input_may_wait: bool = False,
    stop: StopFlag | None = None,
) -> Generator[Result, None, None]:
    """:func:`iter_check`, and ``more`` slots given to it as it goes."""
    if fetcher is None:
        from linkcheck.parallel import iter_check_sharded, processes_ahead

        source, processes = processes_ahead(citations, config, may_wait=input_may_wait, stop=stop)
        if processes > 1:
            yield from iter_check_sharded(source, config, processes, stop)
            return
        own = _default_fetcher(config)
        finished = False
        try:
            yield from _iter_check(source, config, own, clock, more, stop=stop)
            finished = True
        finally:
            if not finished:  # the caller stopped reading (or the run failed): its requests are not waited on
                own.abort()
            own.close()
        return
    fetcher = deadline_taking(fetcher)
    if config.pin_processes:  # one process checks: its threads on one core (linkcheck.affinity)
        from linkcheck.affinity import core_plan, pinned

        cores = core_plan(1)
        with pinned(cores[0] if cores else None):
            yield from _iter_check(
                citations, config.evolve(pin_processes=False), fetcher, clock, more, stop=stop
            )
        return
    include, exclude = _compile(config.include), _compile(config.exclude)
    started = clock()
    run_deadline = time.monotonic() + config.max_time if config.max_time is not None else None

    exhausted = False
    #: URL -> its citations, for URLs handed to the scheduler and not yet reported. Only this thread adds
    #: to it or removes from it; a worker copies its URL's list when it has read the page, and citations
    #: added after that copy are matched here.
    groups: dict[str, list[Citation]] = {}
    #: A URL's normal spelling (``state.normal_url``) -> the spelling its group was fetched as, for groups
    #: whose first spelling is not normal (``HTTP://``, ``%6E``, ``?utm_source=``): later spellings join it.
    aliases: dict[str, str] = {}
    #: Normal spelling -> (the spelling fetched, its page), for URLs reported while the input is read.
    recent: collections.OrderedDict[str, tuple[str, _Page]] = collections.OrderedDict()
    scheduler = _Scheduler(config.per_host)
    #: Finished URLs from the workers, and ``None`` when the reader has citations.
    done: queue.SimpleQueue[tuple[str, _Page, list[Result]] | None] = queue.SimpleQueue()
    parse_slots = _Slots(os.cpu_count() or 1)
    names = itertools.count()

    hosts_down = HostsDown(config.host_down_after)

    def finish(url: str, page: _Page) -> None:
        done.put((url, page, [_result(c, page, config) for c in list(groups[url])]))

    #: URL -> what its address without tracking parameters answers, for a refused URL (set by its worker
    #: before the page is read, taken when it is)
    untracked: dict[str, str] = {}

    def read(url: str, fetch: FetchResult) -> None:
        page = _read_page(url, fetch, config, parse_slots, _cited(groups[url]))
        if untracked and (note := untracked.pop(url, None)) is not None:  # (nearly never: a refused URL's)
            page = _noted(page, note)
        # finish(url, page) written out (cost18)
        done.put((url, page, [_result(c, page, config) for c in list(groups[url])]))

    def work() -> None:
        while (taken := dispatcher.take()) is not None:
            url, host = taken
            ticket = _Ticket(dispatcher, url, host, hosts_down)
            # hosts_down.down(host), without its call: nearly no run has a host down
            down = hosts_down.taken.get(host) if hosts_down.taken else None
            if down is not None:
                ticket.close()
                finish(url, _Page(None, down))
                continue
            try:
                fetch, note = _fetch(url, fetcher, run_deadline, ticket)
            except Exception as exc:
                finish(url, _internal_error(url, exc))
                continue
            if note is not None:
                untracked[url] = note
            if not pages.offer(url, fetch):
                read(url, fetch)

    def spawn() -> None:
        start_thread(threading.Thread(target=work, name=f"linkcheck-{next(names)}", daemon=True))

    pages = _PageReader(read, PAGES_WAITING)
    # results read but not collected yet: those waiting for the caller, and pages waiting to be read
    # (pages.unread; the backlog is asked 3-4 times a link, and the dispatcher adds the two itself: no Python
    # call at all, cost18)
    dispatcher = _Dispatcher(scheduler, config.workers, spawn, done.qsize, pages)
    if more is not None:
        more.attach(dispatcher)
    reader = _Reader(iter(citations), WINDOW, done)
    reported_one = reader.reported_one
    failure: BaseException | None = None  # what reading the input raised
    threads = 0  # workers started: one per URL handed over, up to config.workers

    def take_in(events: list[tuple[int, object]]) -> list[Result]:
        """Group what the reader read by URL and hand new URLs to the workers; the results known without
        fetching are returned."""
        nonlocal exhausted, threads, failure
        known: list[Result] = []
        added: list[tuple[str, str]] = []
        for kind, value in events:
            if kind == _FAILED:  # raised once what was read before it is reported, as at the end
                assert isinstance(value, BaseException)
                failure = value
            if kind != _CITATION:
                exhausted = True
                break
            citation = value
            assert isinstance(citation, Citation)
            if citation.error is not None:
                known.append(_invalid(citation))
                continue
            key = _url_key(citation.url)
            if key in groups:
                groups[key].append(citation)
                continue
            normal = normal_url(key)
            sent = normal if normal in groups else aliases.get(normal)
            if sent is not None and _rides_on(key, sent):
                groups[sent].append(citation)
                continue
            seen = recent.get(normal)
            page = seen[1] if seen is not None and _rides_on(key, seen[0]) else None
            if page is None:
                pre, host = _precheck(key, config, include, exclude)
                if pre is None:
                    groups[key] = [citation]
                    if normal != key:
                        aliases[normal] = key
                    added.append((key, host))
                    continue
                page = _Page(None, pre)
            known.append(_result(citation, page, config))
        if added:
            dispatcher.add(added)
            more = min(config.workers, len(groups)) - threads
            if more > 0:
                threads += more
                dispatcher.start(more)
        if threads and (threads >= config.workers or exhausted) and not _readers_ready:
            _warm_readers()  # the first requests are on their way: the readers are imported meanwhile
        if exhausted:
            dispatcher.close_intake()
        if known:  # (reported(0) puts nothing: nearly every batch of new URLs has no known result)
            reader.reported(len(known))
        return known

    name_resolved = False
    held: list[
        tuple[str, _Page, list[Result]]
    ] = []  # DNS failures waiting to learn whether the network is up
    try:
        while groups or not exhausted:
            timeout = None
            if config.max_time is not None:
                timeout = max(0.0, config.max_time - (clock() - started))
            try:
                item = wait_get(done, timeout, stop)  # in slices: a stop signal or flag is seen (threads)
            except queue.Empty:
                break  # out of time: what is left is reported below, not waited for
            if dispatcher.held_back:  # (relieve's own first test, without its call: nearly always 0)
                dispatcher.relieve()
            if item is None:
                yield from take_in(reader.take())
                continue
            url, page, results = item
            later = groups.pop(url)[len(results) :]
            if later:
                results.extend(_result(c, page, config) for c in later)
            if len(results) == 1:  # a URL cited once: its token given back without reported's loop (cost18)
                reported_one(None)
            else:
                reader.reported(len(results))
            if aliases or not exhausted:
                normal = normal_url(url)
                if aliases.get(normal) == url:
                    del aliases[normal]
                if not exhausted:  # later citations may still cite it, in any spelling
                    recent[normal] = (url, page)
                    if len(recent) > RECENT_PAGES:
                        recent.popitem(last=False)
            if not name_resolved and page.fetch is not None and _needs_dns(url):  # a name was looked up
                if page.fetch.cause is Cause.DNS:
                    held.append((url, page, results))  # until some other name resolves, or none does
                    continue
                if page.fetch.cause is not Cause.ADDRESS_REFUSED:
                    name_resolved = True
                    for _, _, held_results in held:
                        yield from held_results
                    held.clear()
            yield from results
        if groups or not exhausted:
            dispatcher.stop()
            late = _Page(None, Liveness(Status.SKIPPED, Cause.DEADLINE, _deadline_reason(config)))
            for url in sorted(groups):
                yield from (_result(c, late, config) for c in groups[url])
            # never read: reported all the same
            for kind, value in reader.rest(stop) if not exhausted else ():
                if kind == _FAILED:  # raised at the end, as in the run: after the held results too
                    assert isinstance(value, BaseException)
                    failure = value
                if kind != _CITATION:
                    break
                citation = value
                assert isinstance(citation, Citation)
                if citation.error is not None:
                    yield _invalid(citation)
                    continue
                pre, _ = _precheck(_url_key(citation.url), config, include, exclude)
                yield _result(citation, late if pre is None else _Page(None, pre), config)
    finally:
        dispatcher.stop()
        reader.stop()
        pages.stop()
    for _, page, held_results in held:
        assert page.fetch is not None
        reason = f"the network looks unavailable: {page.fetch.error or 'name resolution failed'}"
        offline = _Page(page.fetch, Liveness(Status.ERROR, Cause.NETWORK_UNAVAILABLE, reason))
        yield from (_result(r.citation, offline, config) for r in held_results)
    if failure is not None:
        raise failure


class _Numbers:
    """A number for each citation object in flight (its place in the input, its index in a shard), handed
    back once with its result. Keyed by the object, as citations need not be hashable or distinct; an object
    given twice gets its numbers back in order. Thread-safe: numbers are given as the input is read (in the
    run's reader thread, :meth:`numbered`) and taken back as results come (:meth:`take`). The one owner of
    this bookkeeping: :func:`check` and a shard (``parallel``) both use it."""

    __slots__ = ("_lock", "_numbers")

    def __init__(self) -> None:
        self._numbers: dict[int, int | list[int]] = {}
        self._lock = threading.Lock()

    def numbered(self, items: Iterable[Any], *, given: bool = False) -> Iterator[Citation]:
        """The citations of ``items``, each given its number as it is read: its place in ``items``, or
        with ``given`` the number it comes with (``items`` then holds ``(number, citation)`` pairs). An item
        that is not a :class:`Citation` raises :func:`not_a_citation` with its number, before it is read
        ahead (as :func:`only_citations` would). A generator: the input is not touched until it is read."""
        lock, numbers = self._lock, self._numbers
        for number, citation in items if given else enumerate(items):
            if not isinstance(citation, Citation):
                raise not_a_citation(citation, number)
            key = id(citation)
            with lock:
                have = numbers.get(key)
                if have is None:
                    numbers[key] = number
                elif isinstance(have, list):
                    have.append(number)
                else:
                    numbers[key] = [have, number]
            yield citation

    def take(self, citation: Citation, default: int) -> int:
        """``citation``'s number (the first of an object given twice), handed back once; ``default`` for an
        object that was given none."""
        key = id(citation)
        with self._lock:
            have = self._numbers.pop(key, None)
            if have is None:
                return default
            if isinstance(have, int):
                return have
            number = have.pop(0)
            self._numbers[key] = have[0] if len(have) == 1 else have
            return number


def _deadline_reason(config: Config) -> str:
    return f"not checked: the run's time limit (--max-time {config.max_time:g} s) ran out"


def _default_fetcher(config: Config) -> Fetcher:
    """The fetcher a run builds for itself: cached when ``config.cache_path`` is set."""
    from linkcheck.fetch import Fetcher

    if config.cache_path:
        from linkcheck.cache import make_cached_session

        return Fetcher(config, session=make_cached_session(config))
    return Fetcher(config)


def caller_counts(counts: object, on_result: object) -> None:
    """Refuse at once a ``counts`` that :func:`check` cannot keep the run's count in (not a dict with every
    key of :func:`~linkcheck.models.summarize`'s, each an ``int``), or one given without an ``on_result`` to
    keep it, naming the argument (before anything is fetched, as :func:`caller_hooks` does)."""
    if counts is None:
        return
    if on_result is None:
        raise TypeError(
            "counts needs an on_result that counts each result it is given into it "
            "(linkcheck.models.count_result); without one, leave counts out and check() counts"
        )
    _counts_shape(counts)


def _counts_shape(counts: object) -> None:
    """Refuse a ``counts`` that is not a dict with every key of :func:`~linkcheck.models.summarize`'s, each
    an ``int`` (:func:`check`'s and :func:`iter_check`'s keyword)."""
    keys = summarize(()).keys()
    if not isinstance(counts, dict) or counts.keys() != keys or not all(type(counts[k]) is int for k in keys):
        raise TypeError(
            f"counts must be a dict as linkcheck.models.summarize(()) makes it ({', '.join(keys)}), "
            f"got {type(counts).__name__} {_shown(counts)}"
        )


def _miscounted(
    times: int,
    result: Result,
    counter: str = "on_result",
    otherwise: str = "check() is given no counts and counts itself",
) -> ValueError:
    """The error for a result that ``counter`` (``check()``'s ``on_result``, or ``iter_check()``'s caller)
    counted ``times`` times into the caller's ``counts``."""
    return ValueError(
        f"{counter} counted {times} times into counts the result of {result.citation.url}: it must count "
        f"each result it is given once (linkcheck.models.count_result), or {otherwise}"
    )


def check(
    citations: Iterable[Citation],
    config: Config | None = None,
    *,
    fetcher: SupportsFetch | FetchesURL | None = None,
    on_result: Callable[[Result], object] | None = None,
    keep_passing: bool = True,
    stop: StopFlag | None = None,
    counts: dict[str, int] | None = None,
) -> Report:
    """Check every citation and return the :class:`Report`, results in the order the citations were given.

    ``on_result`` is called with each result as soon as it is known (completion order), e.g. for progress or
    to stream them out; what it returns is ignored (typed ``Callable[[Result], object]``, so that a stream's
    ``write`` or a lambda around it passes a caller's type checker, which ``-> None`` refused: the api6
    probe). ``keep_passing=False`` keeps only the results that did not pass, so memory does not grow with
    the size of a healthy run; the report's ``counts`` then cover the whole run. ``citations`` is
    read as the run goes (see :func:`iter_check`): pass a generator to keep a long input out of memory.
    Without a ``fetcher``, the run builds its own (cached when ``config.cache_path`` is set: then, after the
    run, every URL whose citation was not ``ok`` is dropped from the cache so the next run fetches it afresh).
    An exception raised by ``citations`` or by ``on_result`` ends the run and comes out of here (the input's
    once every citation read before it has been reported); requests the run's own fetcher has in flight are
    then hung up rather than waited for. ``stop`` (a ``threading.Event``), set by another thread or an
    asyncio task's cancellation, ends the run so and raises :class:`~linkcheck.errors.RunStopped` (see
    :func:`iter_check`); no report is made of a stopped run.

    ``counts`` is for an ``on_result`` that counts each result itself, in one step with what else it does
    with it: a dict as :func:`~linkcheck.models.summarize` makes it (``summarize(())``), into which
    ``on_result`` counts each result it is given once (:func:`~linkcheck.models.count_result`). ``check()``
    then counts nothing itself and takes that dict as the run's count (the report's ``counts`` with
    ``keep_passing=False``). The CLI's JSON Lines stream is such a caller: it writes a result's line and
    counts it in one step that a signal waits for, so a stopped run's summary counts exactly the lines
    written; were ``check()`` to count too, each result would be counted twice (tidy2, tidy3). A result
    ``on_result`` counted twice or not at all is a ``ValueError`` that ends the run; ``counts`` without an
    ``on_result``, or not such a dict, a ``TypeError`` at once. Without ``counts`` (the default), ``check()``
    counts each result itself, whatever ``on_result`` does.
    """
    config = run_config(config)
    citation_input(citations)
    caller_hooks(fetcher, on_result, stop)
    caller_counts(counts, on_result)
    started = time.monotonic()
    positions = _Numbers()  # each citation's place in the input, until its result comes
    take = positions.take
    # numbered() checks each item as only_citations does (the same error, raised before the item is read
    # ahead), so iter_check's only_citations is not wrapped around it (a generator's resumption a link)
    source: Iterable[Citation] = positions.numbered(citations)
    own = None
    if fetcher is None:
        from linkcheck.parallel import processes_ahead

        source, processes = processes_ahead(source, config, may_wait=may_wait(citations), stop=stop)
        config_run = config if config.processes is not None else config.evolve(processes=processes)
        if processes == 1:
            own = _default_fetcher(config)  # else iter_check shards the run over processes
    else:
        config_run = config
    kept: list[tuple[int, Result]] = []
    # The run counts each result, unless the caller's on_result does into the counts it gave (the keyword)
    counting = counts is None
    if counts is None:
        counts = summarize(())
    completed = False
    try:
        for result in _results(iter(source), config_run, own or fetcher, None, may_wait(source), stop):
            done = counts["total"]
            position = take(result.citation, done)
            if counting:
                count_result(counts, result)
            if keep_passing or result.verdict is not Verdict.PASS:
                kept.append((position, result))
            if on_result is not None:
                on_result(result)
                if not counting and counts["total"] != done + 1:
                    raise _miscounted(counts["total"] - done, result)
        kept.sort(key=lambda item: item[0])
        results = [result for _, result in kept]
        notes = []
        if any(r.cause is Cause.NETWORK_UNAVAILABLE for r in results):
            notes.append(NETWORK_UNAVAILABLE_NOTE)
        for note in (hosts_down_note(results), hosts_limited_note(results)):
            if note is not None:
                notes.append(note)
        report = Report(
            results=tuple(results),
            elapsed=time.monotonic() - started,
            notes=tuple(notes),
            counts=None if keep_passing else counts,
        )
        if fetcher is None and config.cache_path:
            from linkcheck.cache import make_cached_session, purge_failures

            if own is not None:
                purge_failures(own.session, report)
            else:
                with make_cached_session(config) as session:
                    purge_failures(session, report)
        completed = True
    finally:
        if own is not None:
            if not completed:  # an error (the input's, on_result's) ends the run: nothing more is waited on
                own.abort()
            own.close()
    return report
