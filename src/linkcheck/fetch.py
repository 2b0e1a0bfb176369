"""Fetching: session factory, redirects hop by hop, retries, limits, address guard.

With :mod:`linkcheck.connections` (the keep-alive connections its requests go over), the only code that
talks HTTP. :class:`Fetcher` turns a URL into a :class:`~linkcheck.models.FetchResult`. Network trouble is a
value (``cause`` + ``error``), never an exception. Third-party exceptions are translated to :class:`Cause` in
one table, :data:`_EXCEPTION_CAUSES`, by :func:`classify_exception`.

A request of the fetcher's own session goes over :class:`~linkcheck.connections.DirectPool`; one of a
session whose transport something else expects to see (a mocking library, the cache's adapter, proxies)
goes through ``requests``' adapter (:meth:`GuardedAdapter.direct` decides). Both read the answer with the
same code.

One fetch::

    for each hop (at most max_redirects + 1):
        retry while transient (connection, timeout, 429, 500, 502-504), within the deadline:
            vet the host (address guard) -> send GET (no redirects, streamed) -> read the body up to the cap
        3xx with Location, or 2xx (3xx without one) refreshing at once -> record Redirect, loops, next hop;
        2xx setting a cookie and reloading itself at once -> the same URL again, with the cookie (once);
        otherwise -> FetchResult
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import email.utils
import errno
import functools
import heapq
import html
import http.client
import ipaddress
import itertools
import logging
import random
import re
import socket
import ssl
import threading
import time
import unicodedata
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
import requests.adapters
import requests.cookies
import requests.structures
import urllib3
import urllib3.connection
import urllib3.connectionpool
import urllib3.exceptions
import urllib3.util.connection

from linkcheck import forked
from linkcheck.classify import CODE_LIVENESS, REDIRECT_STATUSES
from linkcheck.config import Config
from linkcheck.connections import (
    LEFTOVER_ERRORS,
    STALE_ERRORS,
    DirectPool,
    GetRequest,
    PlainResponse,
    closed_while_idle,
    connect,
    get_request,
    idle_budget,
)
from linkcheck.guard import (
    Origin,
    Vetting,
    default_port,
    loopback_name_addresses,
    normal_host,
    parse_allow_host,
    vet_host,
)
from linkcheck.gziptrailer import tolerate_gzip_trailers
from linkcheck.headers import Response, is_h2_frame, transfer_coding_ignored
from linkcheck.hostkey import shown_host
from linkcheck.lazyre import lazy_re
from linkcheck.media import body_limit, is_page, utf16_as_utf8
from linkcheck.models import Cause, FetchResult, Redirect
from linkcheck.robots import ROBOTS_MAX_BYTES, RobotsCache
from linkcheck.targets import (
    has_lower_escape,
    request_target,
    target_as_written,
    with_empty_query,
    with_escapes_as_written,
)
from linkcheck.threads import start_thread

__all__ = [
    "Fetcher",
    "Redirected",
    "RetryPause",
    "WireCapExceeded",
    "WireCount",
    "adapter_options",
    "chunked_repeated",
    "chunked_twice",
    "classify_exception",
    "count_wire",
    "make_session",
    "parse_ratelimit_reset",
    "parse_retry_after",
    "undecodable_coding",
]

#: ``pause(url, status, retry_after)``: entered around each wait before a retry (see :meth:`Fetcher.fetch`).
RetryPause = Callable[[str, "int | None", "float | None"], AbstractContextManager[object]]
#: ``redirected(url)``: called before the request for each redirect's target (see :meth:`Fetcher.fetch`).
Redirected = Callable[[str], object]

log = logging.getLogger(__name__)

#: Statuses worth another attempt.
TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504})
#: Retries of a plain ``500`` (no ``Retry-After``), at most: an application error on that one page, where one
#: retry catches a blip and more rarely do. Gateways (``502``, ``504``) and overload (``429``, ``503``) get
#: ``Config.retries``.
PAGE_ERROR_RETRIES = 1
#: Bytes read from a redirect's body (so a small one leaves the connection reusable); more -> hang up.
_REDIRECT_BODY_LIMIT = 64 * 1024
#: Seconds a redirect's body is waited for, at most. It is read for its connection's sake only (browsers
#: follow the Location without it): one that stalls or breaks off leaves the redirect standing, and the
#: connection is closed instead of kept.
_REDIRECT_DRAIN_SECONDS = 1.0
#: Statuses from which on an answer's status is what it says whatever its body (a 404 is a dead link, a
#: 503 a server error): a body that stalls, breaks off or goes past the cap leaves the status standing (what
#: came is kept when the cap or the deadline cut it; a read that failed keeps none of it). Before, such a
#: 404 was a ``timeout`` or ``too_large`` error, reported as a warning.
_STATUS_DECIDES = 400
#: Seconds a host's vetted addresses serve further requests of the run without a new lookup (as a browser's
#: host cache keeps a name for about a minute). Only lookups that succeeded are kept: a failed one is tried
#: afresh by the host's next request.
NAME_CACHE_SECONDS = 60.0
#: Hosts whose addresses are kept at most (the least recently used go first).
_NAME_CACHE_SIZE = 4096
#: Sites whose cookies are kept at most (the least recently used go first).
_COOKIE_SITES = 1024
_CHUNK = 64 * 1024

# --- exception translation: the one table -----------------------------------------------------------------
#: First matching row wins; a row matches when any exception in the chain (``__cause__``, ``__context__``,
#: ``.reason``, nested ``args``) is an instance of one of its types. Order matters: requests wraps
#: everything in ``ConnectionError``, so generic wrappers come last.
_EXCEPTION_CAUSES: tuple[tuple[tuple[type[BaseException], ...], Cause], ...] = (
    ((urllib3.exceptions.NameResolutionError, socket.gaierror), Cause.DNS),
    (
        (ssl.SSLError, ssl.CertificateError, urllib3.exceptions.SSLError, requests.exceptions.SSLError),
        Cause.TLS,
    ),
    (
        (
            ConnectionRefusedError,
            ConnectionResetError,  # includes http.client.RemoteDisconnected
            ConnectionAbortedError,
            BrokenPipeError,
            urllib3.exceptions.NewConnectionError,  # subclasses ConnectTimeoutError: before timeouts
        ),
        Cause.CONNECTION,
    ),
    (
        (
            urllib3.exceptions.TimeoutError,
            requests.exceptions.Timeout,
            TimeoutError,  # socket.timeout
        ),
        Cause.TIMEOUT,
    ),
    (
        (
            requests.exceptions.InvalidURL,
            requests.exceptions.MissingSchema,
            requests.exceptions.URLRequired,
            urllib3.exceptions.LocationValueError,
        ),
        Cause.INVALID_URL,
    ),
    ((requests.exceptions.InvalidSchema,), Cause.SCHEME),
    (
        (
            http.client.HTTPException,  # bad status line, IncompleteRead, LineTooLong, too many headers
            urllib3.exceptions.ProtocolError,
            urllib3.exceptions.DecodeError,
            urllib3.exceptions.HeaderParsingError,
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
            requests.exceptions.InvalidHeader,
        ),
        Cause.PROTOCOL,
    ),
    ((OSError, requests.exceptions.ConnectionError), Cause.CONNECTION),
    ((requests.exceptions.RequestException, urllib3.exceptions.HTTPError), Cause.PROTOCOL),
)


def _stale(exc: BaseException) -> bool:
    """Whether ``exc``, raised for a request sent on a kept-alive connection, says the connection could not
    carry it: the server had closed it (a reset, a broken pipe, the connection's end before any answer:
    :data:`~linkcheck.connections.STALE_ERRORS`), or bytes of an earlier answer were still on it (a body
    sent with a ``204``, longer than its ``Content-Length``: :data:`~linkcheck.connections.LEFTOVER_ERRORS`),
    read as this answer's status line. Browsers send such a request once more on a new connection, and so
    does :meth:`~linkcheck.connections.DirectPool.send`. Through the adapter (urllib3's pool, which looks
    only for connections closed before the request) it spent an attempt, and with ``--retries 0`` a live
    link was reported as a connection error; a page after a ``204`` on the connection was reported as the
    next link's answer "without a status line"."""
    return any(isinstance(e, _NOT_THIS_ANSWER) for e in _exception_chain(exc))


#: See :func:`_stale`.
_NOT_THIS_ANSWER = STALE_ERRORS + LEFTOVER_ERRORS


def _exception_chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and every exception it wraps (bounded: wrappers nest a few levels at most)."""
    found: list[BaseException] = []
    todo = [exc]
    while todo and len(found) < 32:
        current = todo.pop(0)
        if any(current is seen for seen in found):
            continue
        found.append(current)
        nested: list[object] = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        nested.extend(current.args)
        todo.extend(n for n in nested if isinstance(n, BaseException))
    return found


#: ``errno`` values that say this machine ran out of something (file descriptors, buffers), not the link.
_LOCAL_EXHAUSTION = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})


def _out_of_resources(chain: list[BaseException]) -> OSError | None:
    return next((e for e in chain if isinstance(e, OSError) and e.errno in _LOCAL_EXHAUSTION), None)


def classify_exception(exc: BaseException) -> Cause | None:
    """The :class:`Cause` for a requests/urllib3/socket exception, or ``None`` if it is not a network one.

    A socket this machine could not open (too many open files, no buffer space) is ``internal``: the link
    is not at fault, and must never read as dead."""
    return _classify(_exception_chain(exc))


def _classify(chain: list[BaseException]) -> Cause | None:
    """:func:`classify_exception` of the exception whose chain is ``chain``."""
    if _out_of_resources(chain) is not None:
        return Cause.INTERNAL
    for types, cause in _EXCEPTION_CAUSES:
        if any(isinstance(e, types) for e in chain):
            return cause
    return None


#: What an ``HTTP/...`` status line http.client refuses has wrong: its code (RFC 9112 4: three digits).
_STATUS_CODE_WRONG = "the status line's code is not three digits"


def _describe(exc: BaseException, chain: list[BaseException], cause: Cause, host: str, port: int) -> str:
    """A person-readable reason for a network exception (``chain``: its :func:`_exception_chain`), naming
    the peer."""
    where = f"{host}:{port}"

    def innermost(*types: type[BaseException]) -> BaseException | None:
        hits = [e for e in chain if isinstance(e, types)]
        return hits[-1] if hits else None

    if cause is Cause.DNS:
        gai = innermost(socket.gaierror)
        detail = gai.strerror if isinstance(gai, OSError) and gai.strerror else "lookup failed"
        return f"host name {shown_host(host)} does not resolve ({detail})"
    if cause is Cause.CONNECTION:
        if innermost(ConnectionRefusedError):
            return f"connection refused by {where}"
        if innermost(http.client.RemoteDisconnected):
            return f"{where} closed the connection without a response"
        if innermost(ConnectionResetError):
            return f"connection reset by {where}"
        if innermost(ConnectionAbortedError, BrokenPipeError):
            return f"connection to {where} aborted"
        last = innermost(OSError)
        detail = (last.strerror if isinstance(last, OSError) else None) or _short(exc)
        return f"could not connect to {where}: {detail}"
    if cause is Cause.TIMEOUT:
        if _connect_timed_out(chain, cause):
            return f"connecting to {where} timed out"
        if tls_handshake_timed_out(chain):
            return f"{where} {_HANDSHAKE_UNANSWERED}"
        return f"{where} stopped answering (read timed out)"
    if cause is Cause.TLS:
        return f"TLS with {host} failed: {_short(innermost(ssl.SSLError, ssl.CertificateError) or exc)}"
    if cause is Cause.INTERNAL:
        local = _out_of_resources(chain)
        if local is not None:
            return (
                f"this machine could not open a connection to {where}: {local.strerror or local} (not the "
                "link's fault: raise the open-file limit, ulimit -n, or lower --workers)"
            )
    if cause is Cause.PROTOCOL:
        incomplete = innermost(http.client.IncompleteRead)
        if incomplete is not None:
            # a chunk size line that is no number: http.client raises IncompleteRead from int()'s ValueError,
            # urllib3 its InvalidChunkLength; an empty one is the end of the stream
            chunk = innermost(urllib3.exceptions.InvalidChunkLength)
            size: object = chunk.length if isinstance(chunk, urllib3.exceptions.InvalidChunkLength) else None
            bad_int = incomplete.__context__
            if size is None and isinstance(bad_int, ValueError) and "base 16" in str(bad_int):
                size = str(bad_int).rpartition(": ")[2]
            if size is not None and size not in (b"", "b''"):
                return f"{where} sent an invalid chunk size: {_shown(str(size))}"
            if size is not None:
                return f"{where} sent a truncated body (the connection closed before the chunked body's end)"
            return f"{where} sent a truncated body (the connection closed before the body's end)"
        bad = innermost(http.client.HTTPException, urllib3.exceptions.DecodeError)
        if isinstance(bad, http.client.BadStatusLine):
            if is_tls_record(str(bad)):
                # a TLS server's answer (an alert, a handshake) to a plain request: the port speaks https
                return (
                    f"{where} answered in TLS, not plain HTTP (a port for https:// asked with http://): "
                    f"{_short(bad)}"
                )
            if is_h2_frame(str(bad)):
                # a server that speaks only HTTP/2 (prior knowledge, h2c) answers an HTTP/1.1 request with
                # its SETTINGS (or GOAWAY) frame: say which protocol came, not only that it was no HTTP/1
                return (
                    f"{where} answered in HTTP/2 (a binary frame: a server speaking only HTTP/2 with prior "
                    f"knowledge), not HTTP/1.1, which linkcheck speaks: {_short(bad)}"
                )
            if not str(bad).lstrip().startswith("HTTP/"):
                # the page itself, or bytes that are no HTTP at all: say what was missing, not only what came
                return f"{where} answered without a status line (HTTP/0.9, or not HTTP): {_short(bad)}"
            # http.client's only other BadStatusLine: a code that is no number from 100 to 999 ("2000", "2OO",
            # none): say which part of the line is wrong, not only quote it
            return f"malformed HTTP from {where}: {_STATUS_CODE_WRONG}: {_short(bad)}"
        return f"malformed HTTP from {where}: {_short(bad or exc)}"
    return f"{_short(exc)}"


def is_tls_record(line: str) -> bool:
    """Whether ``line`` (the first line of an answer, its bytes read as Latin-1, as ``http.client`` quotes
    them) begins as a TLS record does (RFC 8446 5.1: a content type from 20 to 24, change_cipher_spec to
    heartbeat, then a legacy version 3.0 to 3.4): what a server speaking TLS sends a client that spoke plain
    HTTP to it (an alert, or its handshake)."""
    return len(line) >= 3 and "\x14" <= line[0] <= "\x18" and line[1] == "\x03" and line[2] <= "\x04"


def _connect_timed_out(chain: list[BaseException], cause: Cause) -> bool:
    """The exception (``chain``, of ``cause``) is a connection that could not be opened in time: no answer
    from the host at all, whatever the URL's path (unlike a read timeout, which one slow page of a live host
    can give)."""
    types = (urllib3.exceptions.ConnectTimeoutError, requests.exceptions.ConnectTimeout)
    return cause is Cause.TIMEOUT and any(isinstance(e, types) for e in chain)


#: What a TLS handshake that timed out says (Python's ``ssl`` module: "_ssl.c:989: The handshake operation
#: timed out"), in lower case.
_HANDSHAKE_TIMEOUT = "handshake operation timed out"
#: The reason's words for it, after the peer's name.
_HANDSHAKE_UNANSWERED = (
    "accepted the connection and never answered its TLS handshake (timed out; a firewall that drops the"
    " answer, or a port that speaks no TLS and waits)"
)


def tls_handshake_timed_out(chain: list[BaseException]) -> bool:
    """Whether an attempt's exception (``chain``: its :func:`_exception_chain`) is a TLS handshake that got
    no answer in time: urllib3 reports it as a read timeout ("Read timed out"), and the reason said the host
    "stopped answering" though no request had been sent; the ``ssl`` module's own timeout under it says
    which step waited. Left alone: a read timeout after the handshake (a page that stalls), a connect
    timeout, and TLS errors that are no timeout (a bad certificate, an alert)."""
    return any(isinstance(e, TimeoutError) and _HANDSHAKE_TIMEOUT in str(e).lower() for e in chain)


def _try_again(chain: list[BaseException], cause: Cause) -> bool:
    """The exception (``chain``) is a name lookup the resolver could not answer for now (``EAI_AGAIN``):
    worth a retry."""
    return cause is Cause.DNS and any(
        isinstance(e, socket.gaierror) and e.errno == socket.EAI_AGAIN for e in chain
    )


#: Control characters: what a server wrote into an exception's text (a status line, a header) is quoted
#: with them escaped, so a reason is one line of plain text.
_CONTROL_CHARS = lazy_re("[\x00-\x1f\x7f-\x9f]")


#: Characters of a URL a reason quotes whole: a server's Location may be 64 KiB long, and a redirect chain
#: may grow it at every hop.
_URL_SHOWN = 200


def _url_shown(url: str) -> str:
    """``url`` for a reason: whole up to :data:`_URL_SHOWN` characters, else its start and its length (a
    reason stays one readable line, whatever a server made of the URL)."""
    if len(url) <= _URL_SHOWN:
        return url
    return f"{url[: _URL_SHOWN - 40]}... ({len(url):,} characters)"


def _short(exc: BaseException) -> str:
    """The text of ``exc`` for a reason: on one line, control characters escaped, at most 200 characters."""
    return _shown(str(exc)) or type(exc).__name__


def _shown(text: str) -> str:
    """``text`` (a server's words: a header's value, a chunk size line) for a reason, as :func:`_short`
    shows an exception's: control characters escaped, at most 200 characters."""
    text = text.strip()
    if _CONTROL_CHARS.search(text):
        text = _CONTROL_CHARS.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)
    return text if len(text) <= 200 else text[:197] + "..."


def header_holding_nul(headers: dict[str, str]) -> str | None:
    """What is wrong with an answer one of whose header values holds a NUL byte (``headers``: values by
    lower-case name), or ``None``. RFC 9110 5.5 has a recipient refuse such a message or make the NUL a
    space; Chromium refuses any head holding one (``HttpStreamParser``: ``ERR_INVALID_HTTP_RESPONSE``), so
    most readers of the link get an error page, whatever header holds it (Firefox drops the line). In a
    ``Location`` it leaves no URL the server meant, and no target to ask in its stead. Until the nineteenth
    hostile round only a ``Location``'s NUL was refused, and a page with one elsewhere read as fine. Left
    alone: values without one, and a NUL written as an escape (``%00``, ``\\0``: their own characters)."""
    if "\x00" not in "".join(headers.values()):
        return None
    name, value = next((name, value) for name, value in headers.items() if "\x00" in value)
    shown = "Location" if name == "location" else name
    follow = ": no URL to follow" if name == "location" else ""
    return (
        f"sent a {shown} header holding a NUL byte ({_shown(value[:100])!r}){follow}; browsers built on"
        " Chromium refuse such an answer (RFC 9110 5.5)"
    )


def nul_outside_values(reason: str, nul_line: str | None) -> str | None:
    """What is wrong with an answer whose status line's ``reason`` phrase holds a NUL byte, or whose header
    block held one outside a value (``nul_line``: that line, from ``headers.line_with_nul_outside_value``),
    or ``None``. Chromium refuses any head holding a NUL (``HttpResponseHeaders::TryToCreate``:
    ``ERR_INVALID_HTTP_RESPONSE``), as :func:`header_holding_nul` says of a value; ``http.client`` kept the
    reason and the header parser dropped the line, so the page read as fine. Left alone: a reason and
    lines without a NUL (``%00`` and ``\\0`` as written are their own characters)."""
    if "\x00" in reason:
        where = f"a status line whose reason phrase holds a NUL byte ('{_shown(reason[:100])}')"
    elif nul_line is not None:
        where = f"a header line whose name holds a NUL byte ('{_shown(nul_line[:100])}')"
    else:
        return None
    return f"sent {where}; browsers built on Chromium refuse such an answer (RFC 9110 5.5)"


def head_nul_outside_values(raw: Any) -> str | None:
    """:func:`nul_outside_values` of the answer ``raw`` (urllib3's response or a ``PlainResponse``): asked of
    the ``http.client`` response under it when its head was read the long way (a status line or a header
    line not as servers send them); a head read the short way (:func:`~linkcheck.headers.plain_head`) is
    printable ASCII, and its message is not made for asking. The cache's adapter asks it before it reads
    and stores an answer, whose replay no longer has the response under it."""
    answer = getattr(raw, "_original_response", None)
    if not isinstance(answer, Response) or answer.fields is not None:
        return None
    return nul_outside_values(answer.reason or "", getattr(answer.msg, "nul_line", None))


def locations_that_count(values: list[str]) -> list[str]:
    """The values of an answer's ``Location`` lines (``values``, one a line) that name a target: those not
    empty once their blanks are trimmed. Chromium follows the first non-empty one (``HttpResponseHeaders::
    IsRedirect``: "If the location value is empty, then it doesn't count"); a 3xx whose every ``Location``
    is empty is no redirect but an answer of its own, as one without a ``Location``. Resolved against the
    page, an empty value is the page itself: it was reported as "a redirect to an invalid URL: ''", ``dead``.
    Left alone: every value with a character in it (a relative ``#top`` or ``?`` is a target, and a value
    of controls is the URL reader's to judge)."""
    return [value for value in values if value.strip(" \t")]


def unbracketed_ipv6(url: str) -> str | None:
    """The IPv6 address a URL's host part writes without its brackets (``http://::1:8080/``,
    ``http://2001:db8::7/``), or ``None``. A URL writes an IPv6 host as ``[::1]`` (RFC 3986 3.2.2): without
    the brackets its colons read as a port's, and ``urlsplit``'s words for it ("Port could not be cast to
    integer value as ':1:8080'") did not say what was wrong. The part is read without a last ``:<digits>``
    (a port), then whole. Left alone: a host name, an IPv4 address with a port, a bracketed address, a host
    and a port that are no IPv6 address together (``news:80:81``)."""
    _, slashes, rest = url.partition("//")
    if not slashes:
        return None
    authority = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rpartition("@")[2]
    if authority.count(":") < 2 or "[" in authority:
        return None
    before, _, port = authority.rpartition(":")
    # a last part of digits is read as a port first ("::1:8080" is also an address, but written after a
    # host it is the port a server meant)
    for host in (before, authority) if port.isdigit() else (authority,):
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            continue
        return host
    return None


def why_no_url(location: str) -> str:
    """Why ``location`` (a redirect's target, as written) is no URL, for a reason, when ``urlsplit`` says:
    a port beyond 65535 or not a number (``Port out of range 0-65535``), a bad IPv6 literal; else ``""``
    (the reason then shows the URL alone, as before). A user reading "invalid URL" learns which part. An
    IPv6 address written without its brackets is named so (:func:`unbracketed_ipv6`)."""
    if (address := unbracketed_ipv6(location)) is not None:
        return f" (an IPv6 address without its brackets: a URL writes it as [{_shown(address)}])"
    try:
        urlsplit(location).port  # noqa: B018 - raises for a port that is none
    except ValueError as exc:
        text = str(exc)
        return f" ({text[:1].lower()}{_shown(text[1:])})"
    return ""


# --- pinned, interruptible connections -----------------------------------------------------------------
#: :func:`~linkcheck.guard.normal_host`, memoised: a run asks about the same few hosts again and again.
_normal_host = functools.lru_cache(maxsize=4096)(normal_host)


def _hang_up(conn: Any) -> None:
    """Shut the socket under ``conn`` down so a read blocked on it returns now (from any thread)."""
    sock = getattr(conn, "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):
            # socket.socket's own shutdown, also for an SSLSocket: it acts on the descriptor only.
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


@dataclass
class _Exchange:
    """One request in flight: where it may connect, and the connection carrying it (for the watchdog).

    ``addresses`` are the guard-vetted addresses of ``host``; when ``pinned`` the connection goes to one of
    them and nowhere else (no second DNS lookup that could answer differently).
    """

    host: str
    port: int
    addresses: tuple[str, ...] = ()
    pinned: bool = False
    conn: Any = None
    expired: bool = False
    #: The request went out (through the adapter) on a socket that had carried a request before.
    reused: bool = False
    #: The request's target (path and query) with its %-escapes as written, when urllib3's pool would write
    #: them otherwise (:func:`~linkcheck.targets.target_as_written`); ``None`` for every other request.
    target: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def attach(self, conn: Any) -> None:
        with self.lock:
            self.conn = conn
            if self.expired:
                _hang_up(conn)

    def expire(self) -> None:
        """Called by the watchdog when the URL's deadline passes."""
        with self.lock:
            self.expired = True
            if self.conn is not None:
                _hang_up(self.conn)

    def detach(self) -> None:
        """The exchange is over: a watchdog firing late must not hang up a connection back in the pool."""
        with self.lock:
            self.conn = None


#: A watchdog entry: ``[when, sequence, function, state]`` (state: live, cancelled or fired).
_Watch = list[Any]
_LIVE, _CANCELLED, _FIRED = 0, 1, 2


class _Watchdog:
    """One daemon thread that calls functions at deadlines: the per-request guard of a :class:`Fetcher`.

    A ``threading.Timer`` per request costs a new thread each time (~100 µs of CPU and a GIL hand-off);
    this keeps one heap of deadlines for every request of a fetcher. :meth:`schedule` returns a handle,
    :meth:`cancel` marks it (O(1); marked entries are dropped when they reach the top of the heap, or all
    at once when they outnumber the live ones). The thread starts with the first :meth:`schedule`, ends
    after ``idle`` seconds with nothing scheduled or, once :meth:`close` is called, as soon as no live
    entry is left (an exchange still in flight keeps its deadline); a later :meth:`schedule` starts a new
    one. Deadlines are on ``time.monotonic`` (real time, whatever clock the fetcher was given).
    """

    def __init__(self, *, idle: float = 10.0, name: str = "linkcheck-watchdog") -> None:
        self._idle = idle
        self._name = name
        self._seq = itertools.count()
        self._reset()

    def _reset(self) -> None:
        """Empty state; also what a forked child starts from (the parent's thread does not exist there)."""
        self._pid = forked.pid
        self._heap: list[_Watch] = []
        #: The condition's own lock, taken directly where nothing waits (``Condition.__enter__`` is a Python
        #: call around it).
        self._lock = threading.Lock()
        self._cv = threading.Condition(self._lock)
        self._cancelled = 0
        self._thread: threading.Thread | None = None
        self._closing = False

    @property
    def thread(self) -> threading.Thread | None:
        """The watchdog thread, while one runs."""
        return self._thread

    def schedule(self, delay: float, function: Callable[[], object]) -> _Watch:
        """Call ``function`` (in the watchdog thread) ``delay`` seconds from now unless cancelled first."""
        entry: _Watch = [time.monotonic() + delay, next(self._seq), function, _LIVE]
        if self._pid != forked.pid:  # in a forked child: the parent's thread and entries are not here
            self._reset()
        with self._lock:
            heapq.heappush(self._heap, entry)
            self._closing = False
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                start_thread(self._thread)
            elif self._heap[0] is entry:
                self._cv.notify()
        return entry

    def cancel(self, entry: _Watch) -> None:
        """Do not call ``entry``'s function (a no-op once it was called)."""
        with self._lock:
            if entry[3] != _LIVE:
                return
            entry[3] = _CANCELLED
            self._cancelled += 1
            if self._cancelled > 64 and 2 * self._cancelled > len(self._heap):
                self._compact()

    def close(self) -> None:
        """Let the thread end once no live entry is left (now, unless an exchange is still in flight)."""
        with self._cv:
            self._closing = True
            self._compact()
            self._cv.notify()

    def fire_all(self) -> None:
        """Call every live entry's function now (in the calling thread), as if its deadline had passed."""
        with self._cv:
            due = [e for e in self._heap if e[3] == _LIVE]
            for entry in due:
                entry[3] = _FIRED
            self._compact()
            self._cv.notify()
        for entry in due:
            try:
                entry[2]()
            except Exception:
                log.exception("linkcheck watchdog: callback failed")

    def _compact(self) -> None:
        self._heap = [e for e in self._heap if e[3] == _LIVE]
        heapq.heapify(self._heap)
        self._cancelled = 0

    def _run(self) -> None:
        me = threading.current_thread()
        while True:
            with self._cv:
                heap = self._heap
                while heap and heap[0][3] == _CANCELLED:
                    heapq.heappop(heap)
                    self._cancelled -= 1
                if not heap:
                    if not self._closing and self._cv.wait(self._idle):
                        continue  # something was scheduled (or close was called): look again
                    if not self._heap or self._thread is not me:
                        if self._thread is me:
                            self._thread = None
                        return
                    continue
                delay = heap[0][0] - time.monotonic()
                if delay > 0:
                    self._cv.wait(delay)
                    continue
                entry = heapq.heappop(heap)
                entry[3] = _FIRED
            try:
                entry[2]()
            except Exception:  # a watchdog that dies would leave every later request unguarded
                log.exception("linkcheck watchdog: callback failed")


class _ExchangeSlot(threading.local):
    """The exchange the current thread is performing (set by :class:`Fetcher` around each request)."""

    exchange: _Exchange | None = None


def _open_socket(conn: Any, slot: _ExchangeSlot, default: Callable[[], socket.socket]) -> socket.socket:
    """Connect ``conn`` to a vetted address of its host when the exchange is pinned, else as usual."""
    exchange = slot.exchange
    if exchange is None or not exchange.pinned:
        literal = _dotted_address(conn)
        if literal is None or exchange is None or literal != exchange.host or conn.port != exchange.port:
            return default()
        # an IP address written with a trailing dot (127.0.0.1.): the address, to the WHATWG URL Standard
        # and the guard, and to the direct path; urllib3 would hand the dotted text to getaddrinfo, which
        # takes it for a name that does not resolve
        return connect(
            conn,
            conn.host,
            conn.port,
            (literal,),
            conn.timeout,
            source_address=conn.source_address,
            socket_options=conn.socket_options,
        )
    if _normal_host(conn.host) != exchange.host or conn.port != exchange.port:
        raise urllib3.exceptions.NewConnectionError(
            conn, f"address guard: no vetted address for {conn.host}:{conn.port}"
        )
    return connect(
        conn,
        conn.host,
        conn.port,
        exchange.addresses,
        conn.timeout,
        source_address=conn.source_address,
        socket_options=conn.socket_options,
    )


def _dotted_address(conn: Any) -> str | None:
    """The IP address ``conn`` connects to when its host is one written with a trailing dot (urllib3 keeps
    the dot for the lookup, ``_dns_host``), else ``None``."""
    dns_host = getattr(conn, "_dns_host", None)
    if not isinstance(dns_host, str) or dns_host[-1:] != ".":
        return None
    literal = _normal_host(dns_host)
    try:
        ipaddress.ip_address(literal)
    except ValueError:
        return None  # a name: getaddrinfo takes it with its dot
    return literal


class _Guarded(urllib3.connection.HTTPConnection):
    """Connects to the vetted address and lets the watchdog hang up on it. ``slot`` is set per adapter."""

    slot: ClassVar[_ExchangeSlot]
    response_class = Response  # headers read without the email parser

    def _new_conn(self) -> socket.socket:
        return _open_socket(self, self.slot, super()._new_conn)

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> None:
        exchange = self.slot.exchange
        if exchange is not None:
            sock = self.sock
            exchange.reused = sock is not None and sock is getattr(self, "_carried", None)
            exchange.attach(self)
            if exchange.target is not None:  # the pool wrote the escapes in upper case: as written instead
                url = target_as_written(url, exchange.target)
        super().request(method, url, *args, **kwargs)
        self._carried = self.sock  # a socket that carried a request: kept alive, it is reused


class _GuardedHTTPConnection(_Guarded):
    """Plain HTTP to the vetted address."""


class _GuardedHTTPSConnection(_Guarded, urllib3.connection.HTTPSConnection):
    """The TLS twin: the socket goes to the vetted address; SNI and the certificate check use the name."""


class GuardedAdapter(requests.adapters.HTTPAdapter):
    """An ``HTTPAdapter`` whose connections go where the :class:`Fetcher`'s address guard said.

    Each adapter gets its own connection classes bound to its own thread-local :class:`_ExchangeSlot`, so
    nothing is shared between sessions and nothing is configured at import time.
    """

    def __init__(self, **kwargs: Any) -> None:
        self.slot = _ExchangeSlot()
        super().__init__(**kwargs)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        self._direct = DirectPool(maxsize, idle_budget(maxsize, connections))
        slot = self.slot
        http_conn = type("HTTPConnection", (_GuardedHTTPConnection,), {"slot": slot})
        https_conn = type("HTTPSConnection", (_GuardedHTTPSConnection,), {"slot": slot})
        http_pool = type(
            "HTTPConnectionPool", (urllib3.connectionpool.HTTPConnectionPool,), {"ConnectionCls": http_conn}
        )
        https_pool = type(
            "HTTPSConnectionPool",
            (urllib3.connectionpool.HTTPSConnectionPool,),
            {"ConnectionCls": https_conn},
        )
        self.poolmanager.pool_classes_by_scheme = {"http": http_pool, "https": https_pool}

    def close(self) -> None:
        super().close()
        self._direct.close()

    def request_url(self, request: requests.PreparedRequest, proxies: Any) -> str:
        """requests' request target for ``request``, with the ``?`` of an empty query that ``path_url`` drops
        put back (:func:`~linkcheck.targets.request_target`: ``/story?`` is another URL than ``/story``, and
        urllib3 sends it as given); a proxy's absolute URL as requests writes it."""
        target: str = super().request_url(request, proxies)
        return request_target(request.url or "", target) if target.startswith("/") else target

    def direct(self, session: requests.Session) -> DirectPool | None:
        """The adapter's own connections, when a request of ``session`` may bypass ``send``.

        The :class:`Fetcher` sends a GET through :class:`~linkcheck.connections.DirectPool` (the same
        answer for less than half the CPU) unless something expects to see it go through ``send``: a
        subclass of this adapter (the cache's), ``HTTPAdapter.send`` replaced (by a mocking library such as
        ``responses``, or instrumentation), proxies, a client certificate, or a ``verify`` other than a CA
        bundle.
        """
        send = requests.adapters.HTTPAdapter.send
        if (
            type(self) is not GuardedAdapter
            or (send is not _REQUESTS_SEND and not _requests_send(send))
            or session.proxies
            or session.cert is not None
        ):
            return None
        return self._direct


def _requests_send(send: object) -> bool:
    """``send`` is requests' own ``HTTPAdapter.send``, not a replacement (a mock's, instrumentation's)."""
    return (
        getattr(send, "__module__", None) == "requests.adapters"
        and getattr(send, "__qualname__", None) == "HTTPAdapter.send"
    )


#: requests' ``HTTPAdapter.send`` as this module found it, if it was requests' own (else ``None``): the same
#: object is not asked its names again for each request (~1k instructions a fetch; cost13).
_REQUESTS_SEND = (
    requests.adapters.HTTPAdapter.send if _requests_send(requests.adapters.HTTPAdapter.send) else None
)


_GET_ADAPTER = requests.Session.get_adapter


def _adapter_of(session: requests.Session, url: str) -> requests.adapters.BaseAdapter:
    """``session.get_adapter(url)``, read directly when the session has requests' own ``get_adapter`` and
    exactly two prefixes mounted, ``http://`` and ``https://`` (as :func:`make_session` mounts them), and
    ``url`` is of :data:`_NORMAL_URL` (it begins with one of them in lower case): neither prefix begins the
    other, so the adapter is that prefix's whatever the order. requests' loop lower-cases the URL and each
    prefix for each request (~7.5k instructions a fetch; cost13); any other session or URL is asked as
    before."""
    adapters = session.adapters
    if (
        len(adapters) == 2
        and type(session).get_adapter is _GET_ADAPTER
        and "get_adapter" not in session.__dict__
        and _normal_url(url) is not None
    ):
        mine, other = ("https://", "http://") if url[4] == "s" else ("http://", "https://")
        found = adapters.get(mine)
        if found is not None and other in adapters:
            return found
    return session.get_adapter(url)


class _Helpers:
    """Daemon threads that run calls and are reused: the name lookups of a :class:`Fetcher`.

    A call goes to a thread waiting for work if there is one, else to a new thread, so no call ever waits
    behind another (a lookup that hangs holds up only its own thread, as with a thread per call); a thread
    with nothing to do for ``idle`` seconds ends. Starting a thread costs ~100 µs; handing a call to a
    waiting one a few.
    """

    def __init__(self, *, idle: float = 10.0, name: str = "linkcheck-helper") -> None:
        self._idle = idle
        self._name = name
        self._reset()

    def _reset(self) -> None:
        """Empty state; also what a forked child starts from (the parent's threads do not exist there)."""
        self._pid = forked.pid
        self._cv = threading.Condition(threading.Lock())
        self._calls: collections.deque[Callable[[], object]] = collections.deque()
        self._waiting = 0
        self._closing = False

    def close(self) -> None:
        """Let the waiting threads end now (busy ones end when their call returns); ``run`` still works."""
        with self._cv:
            self._closing = True
            self._cv.notify_all()

    def run(self, call: Callable[[], object]) -> None:
        """Start ``call`` in a helper thread (exceptions are the caller's to catch inside ``call``)."""
        if self._pid != forked.pid:  # in a forked child
            self._reset()
        with self._cv:
            self._closing = False
            self._calls.append(call)
            if self._waiting >= len(self._calls):  # a waiting thread is free for each queued call
                self._cv.notify()
                return
        start_thread(threading.Thread(target=self._work, name=self._name, daemon=True))

    def _work(self) -> None:
        while True:
            with self._cv:
                while not self._calls:
                    if self._closing:
                        return
                    self._waiting += 1
                    woken = self._cv.wait(self._idle)
                    self._waiting -= 1
                    if not woken and not self._calls:
                        return
                call = self._calls.popleft()
            try:
                call()
            except Exception:  # calls catch their own; a helper must survive anything else
                log.exception("linkcheck helper thread: call failed")


# --- session --------------------------------------------------------------------------------------------


def adapter_options(config: Config) -> dict[str, Any]:
    """What every adapter of a run's session is built with: pools sized for ``config`` (a connection per
    host per request in flight), no urllib3 retries (the :class:`Fetcher` retries), never blocking."""
    return {
        "pool_connections": max(config.workers, 10),
        "pool_maxsize": max(config.per_host, 1),
        "max_retries": 0,
        "pool_block": False,
    }


def make_session(config: Config) -> requests.Session:
    """The one session factory: pooled connections sized for ``config``, our User-Agent, no env surprises.

    ``trust_env`` is off: proxies, ``.netrc`` credentials and CA bundles from the environment are ignored
    (a proxy would also defeat the address guard). Retries and redirects are the :class:`Fetcher`'s. The
    adapter pins each connection to the address the guard vetted.
    """
    session = requests.Session()
    session.trust_env = False
    session.max_redirects = config.max_redirects
    session.headers["User-Agent"] = config.user_agent
    session.headers["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    adapter = GuardedAdapter(**adapter_options(config))
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


# --- Retry-After ----------------------------------------------------------------------------------------


#: A number in a header (``Retry-After`` delta-seconds, ``Content-Length``): ASCII digits only
#: (``str.isdigit`` also takes ``"²"``, which ``int`` refuses).
_ASCII_DIGITS = lazy_re(r"[0-9]+")
#: Digits of a ``Retry-After`` read as they are; a longer number (``int`` refuses more than 4,300 digits,
#: ``float`` more than 308) is read as ``10**12`` seconds, beyond any cap as the number itself is.
_RETRY_AFTER_DIGITS = 12


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait per a ``Retry-After`` value (delta-seconds or HTTP-date), ``None`` if unusable.
    Never raises, whatever the value."""
    if value is None:
        return None
    text = value.strip()
    if _ASCII_DIGITS.fullmatch(text):
        digits = text.lstrip("0")
        return float(int(digits or "0")) if len(digits) <= _RETRY_AFTER_DIGITS else 10.0**_RETRY_AFTER_DIGITS
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


#: The reset of the IETF draft's combined field (``RateLimit: limit=30, remaining=0, reset=1``; the later
#: drafts' ``RateLimit: "default";r=0;t=1``): the seconds until the quota comes back.
_RATELIMIT_RESET = lazy_re(r"(?:^|[,;\s])(?:reset|t)\s*=\s*([0-9]{1,12})\b", re.IGNORECASE)
#: A reset above this is a Unix time (``X-RateLimit-Reset: 1733563200``, as many APIs send it), not seconds.
_EPOCH_FLOOR = 1_000_000_000


def parse_ratelimit_reset(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds to wait per a 429's or 503's rate-limit fields when it sends no ``Retry-After``:
    ``RateLimit-Reset`` (the IETF draft's, seconds), ``X-RateLimit-Reset`` (seconds, or a Unix time when it
    is one, as API gateways send it) or the draft's combined ``RateLimit`` field's ``reset``/``t``; ``None``
    when there is none or it does not read as a whole number. Never raises. A gateway that sent only these
    had its 429 retried at once, twice, and reported rate limited though it said when to come back."""
    found = _ratelimit_reset(headers, now)
    return found[0] if found is not None else None


#: The rate-limit fields :func:`parse_ratelimit_reset` reads a reset from, by their lower-case name, each
#: with the name a report gives it (as the drafts and the APIs spell it).
_RESET_FIELDS = (
    ("ratelimit-reset", "RateLimit-Reset"),
    ("x-ratelimit-reset", "X-RateLimit-Reset"),
    ("x-rate-limit-reset", "X-Rate-Limit-Reset"),
)


def _ratelimit_reset(headers: Mapping[str, str], now: float | None) -> tuple[float, str] | None:
    """:func:`parse_ratelimit_reset`'s seconds with the name of the field they were read from (what a
    report of the wait names: a server that sent no ``Retry-After`` is not said to have sent one)."""
    for name, spelt in _RESET_FIELDS:
        value = headers.get(name)
        if value is None:
            continue
        text = value.strip()
        if not _ASCII_DIGITS.fullmatch(text) or len(text) > _RETRY_AFTER_DIGITS:
            return None
        seconds = float(int(text))
        if seconds >= _EPOCH_FLOOR:
            seconds = max(0.0, seconds - (time.time() if now is None else now))
        return seconds, spelt
    combined = headers.get("ratelimit")
    if combined is not None:
        found = _RATELIMIT_RESET.search(combined)
        return (float(int(found.group(1))), "RateLimit") if found is not None else None
    return None


# --- one fetch ------------------------------------------------------------------------------------------


@dataclass
class _Run:
    """Book-keeping for one :meth:`Fetcher.fetch` call."""

    url: str
    start: float
    deadline: float
    requests: int = 0
    retries: int = 0
    #: How the deadline reads in messages, and the cause when it passes (the caller's run limit or ours).
    limit: str = "deadline"
    limit_cause: Cause = Cause.TIMEOUT
    pause: RetryPause | None = None
    redirected: Redirected | None = None


@dataclass
class _Attempt:
    """What one HTTP request produced (a response, or a failure before any response)."""

    url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    truncated: bool = False
    cause: Cause | None = None
    error: str | None = None
    retry_after: float | None = None
    #: The field ``retry_after`` was read from: ``Retry-After``, or a rate-limit field
    #: (:func:`_ratelimit_reset`) when the answer sent none; what its report of the wait names.
    wait_field: str = "Retry-After"
    transient: bool = False
    location: str | None = None
    connect_timed_out: bool = False
    answer_timed_out: bool = False


class _RetryPolicy:
    """When a hop stops retrying, and how long it waits before each retry (the stop and wait tenacity was
    given): attempts, deadline, backoff with full jitter, Retry-After."""

    def __init__(self, config: Config, run: _Run, clock: Callable[[], float], rng: random.Random) -> None:
        self._config = config
        self._run = run
        self._clock = clock
        self._rng = rng
        self._delays: dict[int, float] = {}
        #: Why retrying stopped (``None`` while it has not, or when attempts simply ran out).
        self.stop_reason: str | None = None

    def delay(self, state: _Tries) -> float:
        n = state.attempt_number
        if n not in self._delays:
            attempt = _outcome(state)
            if attempt.retry_after is not None:
                self._delays[n] = attempt.retry_after
            else:
                cfg = self._config
                high = min(cfg.backoff_max, cfg.backoff_base * 2 ** (n - 1))
                self._delays[n] = self._rng.uniform(0.0, high)
        return self._delays[n]

    def wait(self, state: _Tries) -> float:
        return self.delay(state)

    def stop(self, state: _Tries) -> bool:
        cfg = self._config
        attempt = _outcome(state)
        if attempt.retry_after is not None and attempt.retry_after > cfg.retry_after_cap:
            self.stop_reason = f"{_wait_asked(attempt)} exceeds the {cfg.retry_after_cap:g} s cap"
            return True
        if state.attempt_number > cfg.retries:
            return True
        if (
            attempt.status == 500
            and attempt.retry_after is None
            and state.attempt_number > PAGE_ERROR_RETRIES
        ):
            return True
        delay = self.delay(state)
        remaining = self._run.deadline - self._clock()
        if delay >= remaining:
            if attempt.retry_after is not None:
                self.stop_reason = f"{_wait_asked(attempt)} leaves no time within the {self._run.limit}"
            else:
                self.stop_reason = f"no time left to retry within the {self._run.limit}"
            return True
        return False


def _wait_asked(attempt: _Attempt) -> str:
    """The wait ``attempt``'s answer asked for, as a report says it: ``Retry-After: 60 s``, or the
    rate-limit field it was read from with the wait it comes to (``X-RateLimit-Reset (a wait of 3600 s)``:
    that field holds a reset time, not the seconds)."""
    if attempt.wait_field == "Retry-After":
        return f"Retry-After: {attempt.retry_after:.0f} s"
    return f"{attempt.wait_field} (a wait of {attempt.retry_after:.0f} s)"


#: What pads a page after its end: the blanks HTML skips there.
_BLANKS = b" \t\r\n\x0c"


def padded_page(body: bytes) -> bool:
    """Whether ``body``, cut at the byte cap, is a whole page followed by blanks: it ends, blanks aside, with
    ``</html>``, and blanks were cut. A server that sends the page and then spaces without end (no length, a
    writer stuck on padding) was reported too large though what came is the whole page: the cut took only
    blanks, which HTML skips after the end. Asked only of an answer over the cap."""
    kept = body.rstrip(_BLANKS)
    return len(kept) < len(body) and kept[-7:].lower() == b"</html>"


def _with_retry_after(attempt: _Attempt, status: int, headers: dict[str, str]) -> _Attempt:
    """``attempt`` (an answer read) marked transient for a status worth another attempt, with the wait its
    ``Retry-After`` asks for. A status outside 100-599 is no HTTP status (``600``, ``099``): RFC 9110 15
    has a client process it as a 5xx, so it is retried as a ``500`` is (and, failing, a server error), unless
    it has a meaning of its own in the wild (:data:`~linkcheck.classify.CODE_LIVENESS`: LinkedIn's ``999``,
    "request denied", is a bot's refusal that no retry changes)."""
    if status in TRANSIENT_STATUSES or (not 100 <= status < 600 and status not in CODE_LIVENESS):
        attempt.transient = True
        if status in (429, 503) or "retry-after" in headers:
            attempt.retry_after = parse_retry_after(headers.get("retry-after"))
            if attempt.retry_after is None and status in (429, 503):
                found = _ratelimit_reset(headers, None)
                if found is not None:
                    attempt.retry_after, attempt.wait_field = found
    return attempt


class _Tries:
    """What :class:`_RetryPolicy` reads of a hop's tries, as it read it of tenacity's ``RetryCallState``: the
    number of the last attempt, and its outcome (``outcome.result()``)."""

    __slots__ = ("attempt_number", "last")

    def __init__(self, first: _Attempt) -> None:
        self.attempt_number = 1
        self.last = first

    @property
    def outcome(self) -> _Tries:
        return self

    def result(self) -> _Attempt:
        return self.last


def _outcome(state: _Tries) -> _Attempt:
    return state.outcome.result()


def _host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return (parts.hostname or ""), (parts.port or default_port(parts.scheme))


def _plain_origin(url: str) -> tuple[str, int] | None:
    """``_host_port(url)`` for a URL of :data:`_NORMAL_URL` with a port up to 65535, in which
    :meth:`Fetcher._url_problem` finds nothing; ``None`` for any other URL (a property test holds this to
    both)."""
    normal = _normal_url(url)
    if normal is None:
        return None
    host = normal.group(3)
    if "xn--" in host and _bad_punycode(host) is not None:
        return None
    port = normal.group(4)
    if port is None:
        return host, default_port(normal.group(2))
    number = int(port)
    return (host, number) if number <= 65535 else None


#: A URL's scheme and authority, as written: up to the first ``/``, ``?`` or ``#`` after ``//`` (where both
#: ``urlsplit`` and urllib3 end it; urllib3 also ends it at a backslash, inside this).
_AUTHORITY_PREFIX = lazy_re(r"[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)")
#: An authority that requests reads exactly as ``urlsplit`` does: ASCII letters, digits, ``.-_``, a port,
#: the brackets of an IPv6 literal, plain user information. Anything else (a backslash, which ends the host
#: for urllib3's parser as it does for browsers, but not for ``urlsplit``; a ``%``, which urllib3 decodes
#: in a host; non-ASCII, which it encodes with IDNA 2008) is compared by :func:`_read_two_ways`.
_SIMPLE_AUTHORITY = lazy_re(r"[A-Za-z0-9._\-:@\[\]]*")


#: Unicode categories no name holds (controls, surrogates, private use, unassigned, spaces): a punycode
#: label that decodes to one is no name to the URL Standard (UTS #46 disallows them).
_NO_NAME_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})


@functools.lru_cache(maxsize=256)
def _bad_punycode(host: str) -> str | None:
    """What is wrong with a label of ``host`` (lower case) written in punycode (``xn--``), or ``None``: one
    that does not decode, decodes to ASCII alone (a name written in ASCII twice), or to a character no name
    holds (``xn--a``: U+0080). Browsers stop at such a host (the URL Standard's domain to ASCII fails); a
    request for it went to the resolver, and came back as a name that does not resolve."""
    for label in host.split("."):
        if not label.startswith("xn--"):
            continue
        try:
            name = label[4:].encode("ascii").decode("punycode")
        except UnicodeError:
            return f"the label {label!r} is no punycode"
        if name.isascii() or any(unicodedata.category(c) in _NO_NAME_CATEGORIES for c in name):
            return f"the label {label!r} decodes to no name ({name!a})"
    return None


@functools.lru_cache(maxsize=1024)
def _read_two_ways(prefix: str) -> bool:
    """Whether requests sends a request for a URL that begins with ``prefix`` (scheme and authority, as
    written) to another host or port than the one ``urlsplit`` reads in it. Both end the authority before
    the path, so the answer holds for every URL of that prefix; a name in IDNA costs ~100 µs, once."""
    url = prefix + "/"
    prepared = requests.PreparedRequest()
    try:
        prepared.prepare_url(url, None)
        (host, port), (sent_host, sent_port) = _host_port(url), _host_port(prepared.url or url)
    except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, ValueError, UnicodeError):
        return False  # requests refuses it: a request for it fails, and goes nowhere
    if sent_port != port:
        return True
    if normal_host(sent_host) == normal_host(host):
        return False
    try:
        idna: str = requests.PreparedRequest._get_idna_encoded_host(host)  # type: ignore[attr-defined]
    except (UnicodeError, ValueError, requests.exceptions.RequestException):
        return True
    return normal_host(sent_host) != normal_host(idna)  # the same name, written in ASCII, or another


def _as_sent(url: str) -> str:
    """``url``, or, when requests would send the request for it to another host or port than the one
    ``urlsplit`` reads in it, the URL requests prepares: the one the request goes to.

    The guard, the cookie jars and the per-domain headers judge a URL's host as ``urlsplit`` reads it; the
    request goes where requests' preparation (urllib3's parser) reads it. ``http://10.0.0.1\\@allowed.example/``
    is ``allowed.example`` to the first and ``10.0.0.1`` to the second (browsers read it the second way), so
    it was vetted as one host and connected to the other. Only a URL that is not plain (``_plain_origin`` is
    ``None``) gets here; one with a plain authority costs a regular expression (~0.3 µs).
    """
    match = _AUTHORITY_PREFIX.match(url)
    if match is None or _SIMPLE_AUTHORITY.fullmatch(match.group(1)) or not _read_two_ways(match.group(0)):
        return url
    prepared = requests.PreparedRequest()
    try:
        prepared.prepare_url(url, None)
    except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, ValueError, UnicodeError):
        return url
    return with_escapes_as_written(url, prepared.url) if prepared.url else url


#: A URL's scheme, with its colon.
_SCHEME = lazy_re(r"[A-Za-z][A-Za-z0-9+.-]*:")
#: The schemes whose URLs the WHATWG URL Standard (what browsers follow) parses with ``\\`` as ``/``.
_SPECIAL_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp", "file"})


def _backslashes_as_slashes(location: str) -> str:
    """``location`` (a ``Location`` value, relative to an http(s) page) as browsers read it: in a URL of a
    special scheme, or a relative one, a backslash before the query is a slash (``folder\\page.aspx``, as
    Windows servers write it, is ``folder/page.aspx``; ``/\\host/`` is ``//host/``, another host, which the
    guard then judges). ``urljoin`` kept them, and the request went to a path no browser asks for (a 404
    reported dead where readers get the page)."""
    scheme = _SCHEME.match(location)
    if scheme is not None and scheme.group(0)[:-1].lower() not in _SPECIAL_SCHEMES:
        return location
    end = len(location)
    for mark in "?#":
        found = location.find(mark)
        if 0 <= found < end:
            end = found
    return location[:end].replace("\\", "/") + location[end:]


#: The start of a reference whose authority ``urljoin`` may not find where browsers do (a superset: each
#: is looked at by :func:`_authority_as_browsers_read`): three slashes or more, two before no host (only
#: user information, only a port), an http(s) scheme without two slashes. ``http://host/...`` and ``/path``
#: (nearly every ``Location``) are not.
_ODD_AUTHORITY = lazy_re(
    r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?//(?:[^/?#]*@)?(?:[/?#:]|$)|https?:(?!//)", re.IGNORECASE
)
#: A reference's http(s) scheme (if any) and the slashes after it.
_SLASHES_AFTER_SCHEME = lazy_re(r"(?:([hH][tT][tT][pP][sS]?):)?(/*)")


def _authority_as_browsers_read(current: str, location: str) -> str:
    """``location`` (backslashes read as slashes) with its authority where browsers (the WHATWG URL
    Standard) find it, ``""`` when it has none; unchanged when it has none to find.

    After an http(s) scheme other than the page's, or after two slashes or more, any number of slashes
    ends before the host: ``http:////other.example/x`` and ``///other.example/x`` go to ``other.example``,
    ``https:other.example`` to ``https://other.example``, and ``http://`` (no host) nowhere. ``urljoin``
    reads a reference with the page's scheme and no host after ``//`` as a path on the page's host: the
    request went to the page's host (``http://`` was reported as a redirect loop, ``http:///other/x`` as a
    404 of ``/other/x``), where browsers go to the other host, which the guard then judges, or to none.
    With the page's own scheme and fewer than two slashes (``http:story``, ``http:/story``) the reference
    is relative, for both."""
    match = _SLASHES_AFTER_SCHEME.match(location)
    assert match is not None  # every string begins with an optional scheme and zero or more slashes
    scheme, slashes = match.group(1), match.group(2)
    if scheme is None:
        if len(slashes) < 2:
            return location
    elif len(slashes) < 2 and current[: len(scheme) + 1].lower() == scheme.lower() + ":":
        return location  # a relative reference, with the page's scheme written out
    rest = location[match.end() :]
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0].rsplit("@", 1)[-1]
    if not authority or authority.startswith(":"):
        return ""
    if scheme is None and len(slashes) == 2:
        return location
    return f"{scheme.lower() + ':' if scheme else ''}//{rest}"


#: A %-escape.
_ESCAPE = lazy_re(r"%([0-9A-Fa-f]{2})")
#: The characters RFC 3986 calls unreserved: their %-escapes mean the characters themselves (2.3).
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _unescaped(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    return char if char in _UNRESERVED else match.group(0)


def _loop_key(url: str) -> str:
    """``url`` as a redirect chain compares it: without its fragment (never sent), and with the %-escapes
    of unreserved characters read as the characters (RFC 3986 6.2.2.2: ``/%61rticle`` is ``/article``).
    A server that spelled one URL a new way at every hop (``/%61bc``, ``/a%62c``...) was followed to the
    hop limit and reported as too many redirects, not as the loop it is. Other escapes keep their case, as
    the request is sent (:mod:`linkcheck.targets`): a server that 301s ``caf%C3%A9`` to ``caf%c3%a9`` and
    serves the second is followed, as browsers follow it (it was reported a redirect loop at once), and
    one that 301s each spelling to the other is a loop at the first repeat. Costs a substring search for a
    URL without ``%``. Its origin is compared as a number and a name (:func:`_origin_key`): ``:0080`` is
    port 80, ``HOST`` is ``host``."""
    key = url.split("#", 1)[0]
    return _origin_key(_ESCAPE.sub(_unescaped, key) if "%" in key else key)


#: An absolute URL's scheme, its authority (userinfo and host and port) and the rest.
_AUTHORITY = lazy_re(r"([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)", re.DOTALL)
#: The port a scheme leaves unwritten.
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def _origin_key(url: str) -> str:
    """``url`` with its scheme and host in lower case, its port as a number (leading zeros dropped, and
    dropped when it is the scheme's default) and an empty path as ``/``: one origin however spelled, as
    browsers read it (the URL Standard parses a port as a number). A server that sent a client to its own
    URL with one more leading zero in the port at every hop (``:0080``, ``:00080``...) was followed to the
    hop limit and reported as too many redirects, not as the loop it is. A URL with no ``//`` after its
    scheme, or a port that is no number, is returned as it is."""
    match = _AUTHORITY.fullmatch(url)
    if match is None:
        return url
    scheme, authority, rest = match.group(1).lower(), match.group(2), match.group(3)
    userinfo, at, hostport = authority.rpartition("@")
    host, colon, port = hostport.rpartition(":") if not hostport.endswith("]") else (hostport, "", "")
    if not colon:
        host, port = hostport, ""
    elif not port.isascii() or not port.isdigit():
        return url if port else f"{scheme}://{userinfo}{at}{host.lower()}{rest or '/'}"
    else:
        port = str(int(port))
    written = "" if not port or _DEFAULT_PORTS.get(scheme) == port else f":{port}"
    return f"{scheme}://{userinfo}{at}{host.lower()}{written}{rest if rest.startswith('/') else '/' + rest}"


def _zoned(hostname: str | None) -> bool:
    """Whether a URL's ``hostname`` is an IPv6 address with a zone (``[fe80::1%25eth0]``, RFC 6874): the
    WHATWG URL Standard has no zones (``%`` fails its IPv6 parser), so browsers load no such URL, and a
    zone names an interface of the machine that reads it, never a published site."""
    return hostname is not None and "%" in hostname and ":" in hostname


#: A byte of a header value beyond ASCII (http.client gives each byte as the Latin-1 character).
_HIGH_BYTE = lazy_re("[\x80-\xff]")


def _location_bytes_escaped(location: str) -> str:
    """A ``Location`` header's value (its bytes read as Latin-1) with each byte beyond ASCII %-escaped as it
    came (``caf\\xe9`` is ``caf%E9``) when those bytes are no UTF-8; else ``location`` as it is (UTF-8 bytes
    are read as UTF-8 by :func:`_redirect_target`). A server on a Latin-1 file system writes its file's name
    so, and only those bytes name it: the byte was read as ``\u00e9`` and sent as UTF-8's ``%C3%A9`` (a
    404). Costs one search for a value without such bytes."""
    if _HIGH_BYTE.search(location) is None:
        return location
    try:
        location.encode("latin-1").decode("utf-8")
    except UnicodeEncodeError:  # characters beyond Latin-1: no header's bytes (a cached value, as written)
        return location
    except UnicodeDecodeError:
        return _HIGH_BYTE.sub(_escape_char, location)
    return location


#: What the URL Standard strips from both ends of a URL before it parses it: C0 controls and the space.
_C0_OR_SPACE = "".join(map(chr, range(0x21)))
#: What the URL Standard removes from anywhere in a URL before it parses it: ASCII tabs and newlines.
_TAB_OR_NEWLINE = lazy_re("[\t\n\r]")


def _redirect_target(current: str, location: str) -> str | None:
    """The absolute URL a ``Location`` header points to, or ``None`` if it is not a URL.

    Header values arrive decoded as Latin-1; UTF-8 bytes (common in the wild) are recovered as requests does.
    C0 controls and spaces at either end, and tabs and newlines anywhere, are removed first, as the URL
    Standard removes them: ``\x01javascript:...`` and ``da\tta:...`` are a ``javascript:`` and a ``data:``
    URL to browsers (``urljoin`` left the first a relative path, and gave back the second with its tab, as
    no URL of any scheme).
    """
    with contextlib.suppress(UnicodeError):
        location = location.encode("latin-1").decode("utf-8")
    location = location.strip().strip(_C0_OR_SPACE)
    if not location:
        return None
    if "\t" in location or "\n" in location or "\r" in location:
        location = _TAB_OR_NEWLINE.sub("", location)
    if "\\" in location:
        location = _backslashes_as_slashes(location)
    if _ODD_AUTHORITY.match(location):
        location = _authority_as_browsers_read(current, location)
        if not location:
            return None
    dots = ("%2e" in location or "%2E" in location) and _escaped_dots_read(location)
    if dots:
        location = dots
    try:
        if "//" in location and _relative_with_empty_segment(location):
            target = _joined_keeping_empty_segments(current, location)
        else:
            target = urljoin(current, location)
        if "?" in location:  # urljoin drops an empty query ('/story?'), another URL: see linkcheck.targets
            target = with_empty_query(location, target)
        parts = urlsplit(target)
        parts.port  # noqa: B018 - validates the port
    except ValueError:
        return None
    if _zoned(parts.hostname):
        return None
    host = parts.hostname
    if host is not None and "xn--" in host and _bad_punycode(host) is not None:
        return None  # no name to browsers: they stop there (see _bad_punycode)
    if dots and "/." in parts.path:  # an absolute URL's: urljoin removes only a relative one's
        target = urljoin(target, urlunsplit(("", "", parts.path, parts.query, parts.fragment)))
    if _NOT_IN_URL.search(target) is not None:
        target = _escaped_after_authority(target)
    return target


def _relative_with_empty_segment(location: str) -> bool:
    """Whether ``location`` is a relative-path reference (no scheme, no leading ``/``) whose path holds an
    empty segment (``a//b``; ``http%3A//host/x``, a whole URL whose colon a CMS escaped, is one: no scheme).
    ``urljoin`` drops such a segment when it merges the path (``http%3A//host/x`` against ``/p`` gave
    ``/http%3A/host/x``), where RFC 3986 (5.2.2, 5.2.4) and the URL Standard keep it: the request went to
    another path than browsers ask for."""
    if location[:1] in ("/", "?", "#") or _SCHEME.match(location) is not None:
        return False
    return "//" in location.split("?", 1)[0].split("#", 1)[0]


def _joined_keeping_empty_segments(current: str, location: str) -> str:
    """A relative-path reference (:func:`_relative_with_empty_segment`) resolved against ``current`` as RFC
    3986 5.2.2 does: the base's directory, then the reference's path, its dot segments removed
    (:func:`_without_dot_segments`), its empty segments kept."""
    base, ref = urlsplit(current), urlsplit(location)
    directory = base.path[: base.path.rfind("/") + 1] or "/"
    path = _without_dot_segments(directory + ref.path)
    return urlunsplit((base.scheme, base.netloc, path, ref.query, ref.fragment))


def _without_dot_segments(path: str) -> str:
    """An absolute ``path`` with its ``.`` and ``..`` segments removed (RFC 3986 5.2.4), its empty segments
    kept: ``/a/b/../c//d`` is ``/a/c//d``; a last ``.`` or ``..`` leaves a trailing slash."""
    kept: list[str] = []
    segments = path.split("/")[1:]
    for at, segment in enumerate(segments):
        if segment in (".", ".."):
            if segment == ".." and kept:
                kept.pop()
            if at == len(segments) - 1:
                kept.append("")
        else:
            kept.append(segment)
    return "/" + "/".join(kept)


#: An ASCII character no URL (nor IRI, RFC 3987) holds as written: controls, a space, ``"<>`{}``. Browsers
#: (the WHATWG URL Standard) %-escape them in a path, a query or a fragment, and requests does too when it
#: sends the request. Other characters stay as written: a non-ASCII one is an IRI's (a report shows
#: ``/новости`` as the server wrote it; requests sends it in UTF-8 escapes, as browsers do).
_NOT_IN_URL = lazy_re(r'[\x00-\x20"<>`{}\x7f]')


def _escape_char(match: re.Match[str]) -> str:
    return f"%{ord(match.group(0)):02X}"


def _escaped_after_authority(url: str) -> str:
    """``url`` (absolute) with the characters of :data:`_NOT_IN_URL` after its authority %-escaped, as
    browsers write the URL and as the request for it is sent: ``/moved story`` is ``/moved%20story``. The
    target of a redirect was kept as the ``Location`` wrote it, so the final URL reported was no URL (a raw
    space), and two spellings of one URL (``/a b``, ``/a%20b``) were two URLs to the loop check. The
    authority is left alone (the guard's to read); ``%`` and every other character stay as written."""
    authority = _AUTHORITY_PREFIX.match(url)
    begin = authority.end() if authority is not None else 0
    return url[:begin] + _NOT_IN_URL.sub(_escape_char, url[begin:])


#: Where a reference's path begins: after its scheme and authority, if it has them.
_BEFORE_PATH = lazy_re(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?://[^/?#]*)?")
#: A path segment that is a dot segment once its ``%2e`` escapes are read as dots: ``%2e``, ``.%2E``,
#: ``%2e%2e`` (the WHATWG URL Standard's single- and double-dot path segments).
_ESCAPED_DOT_SEGMENT = lazy_re(r"(?:(?<=/)|^)(?:%2[eE]|\.){1,2}(?=/|$)")


def _dot(match: re.Match[str]) -> str:
    return match.group(0).replace("%2e", ".").replace("%2E", ".")


def _escaped_dots_read(location: str) -> str | None:
    """``location`` with the ``%2e`` escapes of its path's dot segments read as dots, as browsers read
    them (``/a/%2e%2e/b`` is ``/b``); ``None`` when it has none. ``urljoin`` and urllib3 remove ``..``
    and ``.`` only, so the request went to a path no browser asks for (a 404 reported dead). The query,
    the fragment, and a ``%2e`` that is not all of a segment (``file%2ehtml``, ``%2e%2e%2e``) are left
    as they are."""
    start = _BEFORE_PATH.match(location)
    begin = start.end() if start is not None else 0
    end = len(location)
    for mark in "?#":
        found = location.find(mark, begin)
        if 0 <= found < end:
            end = found
    path = location[begin:end]
    read = _ESCAPED_DOT_SEGMENT.sub(_dot, path)
    return None if read == path else location[:begin] + read + location[end:]


#: A refresh (``Refresh`` header, ``<meta http-equiv="refresh">``) due within this many seconds is a
#: redirect: the reader is taken to its URL before reading the page (``0`` is how static hosts write a
#: moved page; "you will be taken there in 5 seconds" a moved notice). A later one is a page that reloads
#: itself or moves on after it was read (a news front page every 10 minutes), and is not followed.
REFRESH_SECONDS = 10.0
#: A page that redirects with a ``<meta http-equiv="refresh">`` is a stub with nothing to show: a few
#: hundred bytes (static site generators' aliases, moved notices), its head in the first of them. Only a
#: page of at most :data:`_REFRESH_PAGE` bytes is searched, its first :data:`_REFRESH_SCAN` bytes: a search
#: of every page's first 4 KiB cost ~16,000 instructions a fetch (4 %), of 64 KiB ~150 µs (a third).
_REFRESH_PAGE = 32 * 1024
_REFRESH_SCAN = 4096
_HTTP_EQUIV_REFRESH = lazy_re(rb"""\bhttp-equiv\s*=\s*["']?\s*refresh\b""", re.IGNORECASE)
_CONTENT_ATTR = lazy_re(rb"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
#: The time and URL of a refresh value, as the HTML standard's declarative refresh steps read it.
_REFRESH_VALUE = lazy_re(
    r"""\s*([0-9]*)(?:\.[0-9.]*)?\s*(?:[;,]\s*)?(?:url\s*=\s*)?(?:"([^"]*)|'([^']*)|(.*))""",
    re.IGNORECASE | re.DOTALL,
)


def _refresh(current: str, status: int, headers: dict[str, str], body: bytes) -> str | None:
    """The URL a 2xx answer for ``current``, or a 3xx one that redirects nowhere (no ``Location``, or a
    status that is no redirect; not a ``304``), refreshes to within :data:`REFRESH_SECONDS` (its
    ``Refresh`` header, or a ``<meta http-equiv="refresh">`` of an HTML page outside ``<noscript>``,
    ``<template>`` and comments), as written; ``None`` when there is none, or it reloads the page itself.

    Browsers follow it as a redirect; read as the page, the stub's title ("Redirecting...") was matched
    against the citation. A 3xx without a ``Location`` is no redirect to browsers: they show it as a page,
    and its refresh moves it as any page's does (it was reported as an ``unexpected 302``). A ``4xx`` or
    ``5xx`` page that refreshes (an error page sending readers to the front page) is the error it states.
    A page of more than :data:`_REFRESH_PAGE` bytes is not searched; a smaller one without the word
    "refresh" in its first bytes costs two substring searches.
    """
    if not 200 <= status < 400 or status == 304:
        return None
    directive = _refresh_directive(headers, body, html_only=True)
    if directive is None:
        return None
    seconds, url, base = directive
    seconds = seconds.lstrip("0")
    if len(seconds) > 3 or int(seconds or "0") > REFRESH_SECONDS:
        return None
    if not url:
        return None  # the page reloads itself
    target, base_url = _refresh_target(current, url, base)
    if target is None or target.split("#", 1)[0] == current.split("#", 1)[0]:
        return None
    return target if base_url else url


#: A small page's ``<h1>`` and ``<title>`` (their text, tags inside dropped by the reader).
_MOVED_HEADING = lazy_re(rb"<(h1|title)\b[^>]*>(.{1,300}?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_HEADING_TAG = lazy_re(rb"<[^>]*>")


def _refresh_says_moved(body: bytes) -> bool:
    """Whether a page that refreshes to another address says, in its ``<h1>`` or its ``<title>``, that the
    site or the page moved for good (:func:`linkcheck.soft404.is_moved_title`: "We have moved", "Wir sind
    umgezogen", "Ens hem traslladat!"): its refresh is then the site's own permanent redirect, and the report
    asks for the link to be updated (rot55's leftover, rot56). Only a small page (at most
    :data:`_REFRESH_PAGE` bytes) is read; a consent dialog or a "Redirecting..." stub says no move."""
    if len(body) > _REFRESH_PAGE:
        return False
    from linkcheck.soft404 import is_moved_title, may_say_moved  # only for a refreshing page

    for match in itertools.islice(_MOVED_HEADING.finditer(body), 4):
        text = html.unescape(_HEADING_TAG.sub(b" ", match.group(2)).decode("utf-8", "replace"))
        if may_say_moved(text) and is_moved_title(" ".join(text.split())):
            return True
    return False


def _refresh_directive(
    headers: dict[str, str], body: bytes, *, html_only: bool
) -> tuple[str, str, str | None] | None:
    """``(seconds, url, base)`` of an answer's refresh: its ``Refresh`` header, or the first applied
    ``<meta http-equiv="refresh">`` of a body of at most :data:`_REFRESH_PAGE` bytes (searched in its first
    :data:`_REFRESH_SCAN`; with ``html_only``, only when the answer is HTML) with the ``<base href>`` before
    it; ``seconds`` as written (digits, never empty), ``url`` stripped (empty: the page itself). ``None``
    when there is none or it states no time."""
    value, base = headers.get("refresh"), None
    if value is None:
        if len(body) > _REFRESH_PAGE or (
            html_only and "html" not in headers.get("content-type", "text/html").lower()
        ):
            return None
        body = utf16_as_utf8(body)  # a stub in UTF-16 under its byte order mark: its markup read
        if body.find(b"efresh", 0, _REFRESH_SCAN) < 0 and body.find(b"EFRESH", 0, _REFRESH_SCAN) < 0:
            return None
        meta = _meta_refresh(body[:_REFRESH_SCAN])
        if meta is None:
            return None
        value, base = meta
    match = _REFRESH_VALUE.match(value)
    if match is None or not match.group(1):
        return None
    url = next((g for g in match.group(2, 3, 4) if g is not None), "").strip()
    return match.group(1), url, base


def _refresh_target(current: str, url: str, base: str | None) -> tuple[str | None, str | None]:
    """Where a refresh's ``url`` leads from ``current``, and the document's base URL if a ``<base href>``
    gave one: a meta refresh's URL is relative to the document's base URL, as any URL of the page; one that
    is no URL leaves the page's own (the HTML standard's fallback base URL)."""
    base_url = _redirect_target(current, base) if base else None
    return _redirect_target(base_url or current, url), base_url


#: A web archive's framed replay page (pywb's ``frame_insert``): its banner and an empty ``<iframe>`` that a
#: script (``new ContentFrame({"url": ..., "prefix": ..., "request_ts": ...})``) fills with the capture, at
#: ``<prefix><timestamp>mp_/<original URL>`` (``mp_``: the capture without the archive's frame). Only a page
#: of at most :data:`_REPLAY_FRAME_PAGE` bytes is read: the frame is all it holds.
_REPLAY_FRAME_PAGE = 16 * 1024
_CONTENT_FRAME = lazy_re(rb"new\s+ContentFrame\s*\(\s*\{(.{0,1200}?)\}\s*\)", re.DOTALL)
_FRAME_FIELD = lazy_re(rb"""["']?(url|prefix|request_ts)["']?\s*:\s*["']([^"'<>\s]{1,2000})["']""")


def _replay_frame(current: str, status: int, body: bytes) -> str | None:
    """The capture a 2xx web archive's framed replay page for ``current`` shows in its frame
    (:data:`_CONTENT_FRAME`): ``<prefix><timestamp>mp_/<url>`` resolved against ``current``; ``None`` for any
    other page. Browsers show the capture inside the frame; read as the page, the frame's bare banner (an
    archive's name, no headline) was matched against the citation. A page without the script's call costs
    one substring search."""
    if not 200 <= status < 300 or len(body) > _REPLAY_FRAME_PAGE or b"ContentFrame" not in body:
        return None
    call = _CONTENT_FRAME.search(body)
    if call is None or b"<iframe" not in body.lower():
        return None
    fields = {m.group(1): m.group(2).decode("utf-8", "replace") for m in _FRAME_FIELD.finditer(call.group(1))}
    url, prefix, stamp = fields.get(b"url"), fields.get(b"prefix"), fields.get(b"request_ts", "")
    if not url or prefix is None or not url.startswith(("http://", "https://")) or not stamp.isdigit():
        return None
    target = _redirect_target(current, html.unescape(f"{prefix}{stamp}mp_/{url}"))
    return None if target is None or target == current else target


#: A ``Secure`` attribute in one cookie's ``Set-Cookie`` value (RFC 6265 5.2.5), its name ended by ``;``,
#: ``=`` or the value's end.
_SECURE_ATTRIBUTE = lazy_re(r";[ \t]*secure[ \t]*(?:[;=]|$)", re.IGNORECASE)


def secure_cookies_on_http(target: str, set_cookie: str) -> tuple[str, ...]:
    """The names of the cookies a ``Set-Cookie`` value (lines joined with ``, `` as requests joins them)
    sets, when every one of them is marked ``Secure`` and ``target`` is plain ``http``: none of them is
    ever sent there (RFC 6265 5.4; browsers refuse to store one from an http page at all), so a redirect to
    the same URL that sets only those asks for the same answer again. ``()`` otherwise."""
    if target[:5].lower() != "http:":
        return ()
    names = []
    for cookie in _JOINED_COOKIES.split(set_cookie):
        if _SECURE_ATTRIBUTE.search(cookie) is None:
            return ()  # a cookie that does come back: the next request is not the same
        names.append(cookie.split("=", 1)[0].strip())
    return tuple(name for name in names if name)


#: A cookie's ``Domain``, ``Path``, ``Max-Age`` or ``Expires`` attribute in its ``Set-Cookie`` value (RFC 6265
#: 5.2): the name, and the value up to the next ``;``.
_COOKIE_SCOPE = lazy_re(r";[ \t]*(domain|path|max-age|expires)[ \t]*=[ \t]*([^;]*)", re.IGNORECASE)


def cookies_kept_out(target: str, set_cookie: str) -> tuple[str, ...]:
    """Each cookie a ``Set-Cookie`` value (lines joined as requests joins them) sets, with why it is never
    sent to ``target``, when none of them is: marked ``Secure`` on plain http, named ``__Host-`` or
    ``__Secure-`` on plain http (a prefix that asks for Secure: refused), a ``Domain`` that ``target``'s host
    does not domain-match (another site's: the cookie is ignored, RFC 6265 5.3 step 6), a ``Path`` that its
    path does not path-match (5.1.4), or a ``Max-Age`` of 0 or less or an ``Expires`` gone by (expired as
    it is set). A redirect to the same URL that sets only such cookies asks for the same answer again: a
    loop at once. It was followed to the redirect limit and reported as too many redirects, nothing saying
    why. ``()`` when one cookie does come back (the next request differs), or there is none."""
    parts = urlsplit(target)
    plain = parts.scheme.lower() == "http"
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    said: list[str] = []
    for cookie in _JOINED_COOKIES.split(set_cookie):
        name = cookie.split(";", 1)[0].split("=", 1)[0].strip()
        why = _kept_out_by(cookie, name, plain, host, path) if name else None
        if why is None:
            return ()
        said.append(f"{name} ({why})")
    return tuple(said)


def _kept_out_by(cookie: str, name: str, plain: bool, host: str, path: str) -> str | None:
    """Why one ``Set-Cookie`` value's cookie never goes to ``host`` and ``path`` (see
    :func:`cookies_kept_out`); ``None`` when it does."""
    if plain and _SECURE_ATTRIBUTE.search(cookie) is not None:
        return "marked Secure, never sent over plain http"
    if plain and name.lower().startswith(("__host-", "__secure-")):
        return f"a {name.split('-', 1)[0]}- cookie must be Secure: refused over plain http"
    scope = {key.lower(): value.strip() for key, value in _COOKIE_SCOPE.findall(cookie)}  # the last wins
    domain = scope.get("domain", "").lstrip(".").lower()
    if domain and host != domain and (not host.endswith("." + domain) or _is_ip(host)):
        return f"Domain={domain}, another host's"
    cookie_path = scope.get("path", "")
    if cookie_path.startswith("/") and not (
        path == cookie_path
        or (path.startswith(cookie_path) and (cookie_path.endswith("/") or path[len(cookie_path)] == "/"))
    ):
        return f"Path={cookie_path}, not this address's"
    age = scope.get("max-age", "")
    if re.fullmatch(r"-?[0-9]+", age):
        return f"Max-Age={age}: expired as it is set" if int(age) <= 0 else None
    expires = scope.get("expires")
    if expires:
        try:
            when = email.utils.parsedate_to_datetime(expires)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is not None and when < dt.datetime.now(dt.timezone.utc):
            return "its Expires date has passed: expired as it is set"
    return None


def _is_ip(host: str) -> bool:
    """Is ``host`` (as ``urlsplit`` gives it) an IP address? An address domain-matches only itself."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


#: A frame's start tag (not ``<frameset>``: the name ends there) and its ``src``, read as :data:`_HREF_ATTR`
#: reads an ``href``.
_FRAME_TAG = lazy_re(rb"<frame(?![\w-])[^>]*>", re.IGNORECASE)
_FRAME_SRC = lazy_re(rb"""(?<![\w:-])src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


def frameset_frame(current: str, status: int, headers: dict[str, str], body: bytes) -> str | None:
    """The ``src`` of the one frame a 2xx frameset page at ``current`` shows, as written, when it is on the
    page's own origin: a small HTML page (at most :data:`_REFRESH_PAGE` bytes) holding a ``<frameset>``
    whose frames, outside comments, ``<noscript>`` and ``<template>``, load one address between them (frames
    with no ``src``, an empty one or ``about:blank`` load nothing). A site's frame shell answers so (a
    masked forwarding to its own pages, an old site's one full-size frame): browsers show the framed page,
    and read as the page the frameset's title (often the bare domain name) was matched against the
    citation. ``None`` for any other page, for a frameset of two pages or more (a menu beside the content:
    which one is cited is not known), and for a frame on another origin: a lapsed domain forwarded,
    masked, to another site shows that site, which the page's own reading judges (a moved domain is no
    redirect of the cited page). A page without the word costs two substring searches."""
    if not 200 <= status < 300 or len(body) > _REFRESH_PAGE:
        return None
    if body.find(b"rameset") < 0 and body.find(b"RAMESET") < 0:
        return None
    if "html" not in headers.get("content-type", "text/html").lower():
        return None
    lower = body.lower()
    shown: list[str] = []
    for tag in _FRAME_TAG.finditer(body):
        src = _FRAME_SRC.search(tag.group())
        if src is None or _hidden(lower, tag.start()):
            continue
        url = _attribute_value(src).strip()
        if url and url.lower() != "about:blank" and url not in shown:
            shown.append(url)
    if len(shown) != 1:
        return None
    target = _redirect_target(current, shown[0])
    if target is None or _origin(target) != _origin(current):
        return None
    return shown[0]


def _origin(url: str) -> tuple[str, str]:
    """A URL's scheme and host part, in lower case: what a frame must share with its frameset."""
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def reloads_for_cookie(current: str, status: int, headers: dict[str, str], body: bytes) -> bool:
    """Whether a 2xx answer for ``current`` that sets a cookie asks for the same URL again at once (its
    ``Refresh`` header, or a ``<meta http-equiv="refresh">`` of a small HTML page, of 0 seconds, naming no
    URL or ``current`` itself). A bot check or a consent gate answers so: an empty page, a cookie, a reload;
    browsers store the cookie and ask again, and get the page. :func:`_refresh` leaves a page that reloads
    itself (a live page every few minutes), so the check's empty page was read as the story. The fetch asks
    once more, with the cookie (:meth:`Fetcher._follow` does so once per URL). Left alone: a page that
    reloads itself without setting a cookie, or later than at once (``Refresh: 5``), and any other status."""
    if not 200 <= status < 300 or "set-cookie" not in headers:
        return False
    directive = _refresh_directive(headers, body, html_only=False)
    if directive is None or directive[0].strip("0"):
        return False  # no refresh, no time, or a time other than at once
    url, base = directive[1], directive[2]
    if not url:
        return True
    target = _refresh_target(current, url, base)[0]
    return target is not None and target.split("#", 1)[0] == current.split("#", 1)[0]


def _meta_refresh(head: bytes) -> tuple[str, str | None] | None:
    """The ``content`` of the first ``<meta http-equiv="refresh">`` in ``head`` that a browser running
    scripts applies: not inside ``<noscript>`` (a fallback for browsers without JavaScript), a ``<template>``
    (inert) nor a comment;
    and the ``href`` of the first ``<base>`` with one before it (:func:`_base_href`), if any.
    Only the tags around each ``http-equiv`` are looked at (a page's scripts may say "refresh" often)."""
    lower = head.lower()
    at = lower.find(b"http-equiv")
    while at >= 0:
        start, end = lower.rfind(b"<", 0, at), lower.find(b">", at)
        if start >= 0 and end >= 0 and lower.startswith(b"<meta", start):
            tag = head[start : end + 1]
            content = _CONTENT_ATTR.search(tag) if _HTTP_EQUIV_REFRESH.search(tag) else None
            if content is not None and not _hidden(lower, start):
                return _attribute_value(content), _base_href(head, lower, start)
        at = lower.find(b"http-equiv", at + 10)
    return None


def _attribute_value(match: re.Match[bytes]) -> str:
    """The value :data:`_CONTENT_ATTR` or :data:`_HREF_ATTR` matched (double-quoted, single-quoted or bare),
    its character references resolved."""
    raw = next(g for g in match.group(1, 2, 3) if g is not None)
    return html.unescape(raw.decode("utf-8", errors="replace"))


def _hidden(lower: bytes, start: int) -> bool:
    """Whether the tag at ``start`` of a page's lower-cased ``head`` is inside ``<noscript>`` (raw text to a
    browser running scripts), a comment (no element), or a ``<template>``: a template's content is an inert
    fragment that the HTML standard never applies (a ``<meta http-equiv=refresh>`` or a ``<base>`` kept in
    one for a script does nothing until a script inserts it; a meta refresh in one was followed, as far as
    the metadata address). Left alone: a tag after the template's end, a ``<templates>``-like other name."""
    return (
        lower.rfind(b"<noscript", 0, start) > lower.rfind(b"</noscript", 0, start)
        or lower.rfind(b"<!--", 0, start) > lower.rfind(b"-->", 0, start)
        or _inside_template(lower, start)
    )


#: A ``<template>`` start tag's name as the HTML tokenizer ends it (a blank, ``/`` or ``>`` after it).
_TEMPLATE_START = lazy_re(rb"<template[\t\n\f\r />]")


def _inside_template(lower: bytes, start: int) -> bool:
    """Whether offset ``start`` of a lower-cased page is inside a ``<template>`` element: a start tag of that
    name before it (:data:`_TEMPLATE_START`) with no ``</template`` after that tag. Costs one substring
    search for a page with no template before ``start``."""
    opened = lower.rfind(b"<template", 0, start)
    if opened < 0:
        return False
    if _TEMPLATE_START.match(lower, opened) is None:
        return False  # another name (<templates>, <template-x>): no template
    return lower.find(b"</template", opened, start) < 0


_HREF_ATTR = lazy_re(rb"""(?<![\w:-])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


def _base_href(head: bytes, lower: bytes, before: int) -> str | None:
    """The ``href`` of the first ``<base>`` element with one in ``head`` before offset ``before`` (the
    document's base URL when a tag there is parsed, by the HTML standard: a ``<base>`` after it does not
    apply yet; one without ``href``, as ``<base target=_blank>``, sets none); ``None`` if there is none."""
    at = lower.find(b"<base", 0, before)
    while at >= 0:
        end = lower.find(b">", at, before)
        if end < 0:
            return None
        if lower[at + 5 : at + 6] in (b" ", b"\t", b"\n", b"\r", b"\f", b"/") and not _hidden(lower, at):
            href = _HREF_ATTR.search(head, at, end)
            if href is not None:
                return _attribute_value(href).strip() or None
        at = lower.find(b"<base", end, before)
    return None


def _domain_matches(host: str, domain: str) -> bool:
    host, domain = host.lower().rstrip("."), domain.lower().strip().lstrip(".").rstrip(".")
    return bool(domain) and (host == domain or host.endswith("." + domain))


def _prepare_get(
    session: requests.Session,
    url: str,
    extra: dict[str, str],
    cookies: requests.cookies.RequestsCookieJar | None = None,
) -> requests.PreparedRequest:
    """``session.prepare_request(Request("GET", url, headers=extra, cookies=cookies))``, with only the work a
    GET needs.

    ``Session.prepare_request`` merges cookies into fresh jars twice, merges hooks, params and auth, and
    builds a ``Request``: ~75 µs per request against ~20 here (empty jar). The result is the same request:
    the session's headers with ``extra`` over them (``None`` values dropped), the URL prepared by requests
    (IDNA, quoting; its %-escapes kept in their own case: :mod:`linkcheck.targets`), a copy of the session's
    cookies with ``cookies`` over them, credentials written in the URL. A session that has auth or params,
    trusts the environment (``.netrc``), or prepares requests its own way goes the long way.
    """
    if (
        type(session).prepare_request is not requests.Session.prepare_request
        or session.auth is not None
        or session.params
        or session.trust_env
    ):
        prepared = session.prepare_request(requests.Request("GET", url, headers=extra, cookies=cookies))
        if prepared.url:
            prepared.url = with_escapes_as_written(url, prepared.url)
            if "?" in url:
                prepared.url = with_empty_query(url, prepared.url)
        return prepared
    prepared = requests.PreparedRequest()
    prepared.prepare_method("GET")
    _prepare_url(prepared, url)
    if "?" in url and prepared.url:  # an empty query, which prepare_url drops, kept (linkcheck.targets)
        prepared.url = with_empty_query(url, prepared.url)
    headers: Any = session.headers
    if extra:
        headers = requests.structures.CaseInsensitiveDict(session.headers)
        headers.update(extra)
    _prepare_headers(prepared, headers)
    # An empty jar writes no Cookie header, so only a non-empty one is read (a dict's truth is atomic). The
    # session's own jar is copied, as prepare_request does (requests-cache stores it with the request);
    # nothing in a run writes to it. A site's jar (``cookies``) is read as it is: other workers add to it,
    # and only the jar's own methods hold its lock (iterating it to copy it does not).
    base = session.cookies if getattr(session.cookies, "_cookies", True) else None
    own = cookies if cookies is not None and getattr(cookies, "_cookies", True) else None
    if base is not None:
        copy = requests.cookies.merge_cookies(  # type: ignore[no-untyped-call]
            requests.cookies.RequestsCookieJar(), base
        )
        if own is not None:
            requests.cookies.merge_cookies(copy, _copied(own))  # type: ignore[no-untyped-call]
        prepared.prepare_cookies(copy)
    elif own is not None:
        prepared.prepare_cookies(own)
    else:
        prepared._cookies = requests.cookies.RequestsCookieJar()  # type: ignore[attr-defined]
    prepared.prepare_body(None, None)
    if "@" in (prepared.url or ""):  # user:password@host: requests turns it into basic auth
        prepared.prepare_auth(None)
    return prepared


#: A URL that ``PreparedRequest.prepare_url`` gives back unchanged: scheme and host in lower case (IDNA
#: has nothing to do), a port (group 1) without a leading zero, a path, then a non-empty query, all of
#: characters it neither quotes nor unquotes. Dot segments (``/.``) are left to it (it removes them), and
#: a port above 65535 (it refuses it). Groups: 1 the URL up to its path, 2 the scheme, 3 the host, 4 the port.
#: A property test holds this to ``prepare_url``.
_NORMAL_URL = lazy_re(
    r"((https?)://([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::([1-9][0-9]{0,4}))?)"
    r"/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?]+)?"
)
#: ``_NORMAL_URL.fullmatch``, memoised for the few URLs in flight: a fetch asks it about its URL two or three
#: times (its origin, how its request is written), at ~8k instructions a URL of 100 characters.
_normal_url = functools.lru_cache(maxsize=256)(_NORMAL_URL.fullmatch)
#: Header sets already checked by ``prepare_headers``, by their items: a run sends a few, over and over.
_CHECKED_HEADERS: dict[tuple[tuple[Any, Any], ...], requests.structures.CaseInsensitiveDict[Any]] = {}


def _prepare_url(prepared: requests.PreparedRequest, url: str) -> None:
    """``prepared.prepare_url(url, None)``, its %-escapes in their own case
    (:func:`~linkcheck.targets.with_escapes_as_written`); a URL it would give back unchanged (~10 µs) is taken
    as it is."""
    normal = _normal_url(url)
    if normal is not None and "/." not in url and int(normal.group(4) or 1) <= 65535:
        prepared.url = url
    else:
        prepared.prepare_url(url, None)
        if prepared.url:  # %-escapes sent in their own case, as browsers send them (linkcheck.targets)
            prepared.url = with_escapes_as_written(url, prepared.url)


def _prepare_headers(prepared: requests.PreparedRequest, headers: Any) -> None:
    """``prepared.prepare_headers`` of ``headers`` without its ``None`` values; a set of headers checked
    before (~7 µs: every name and value is checked) is copied instead."""
    try:
        key = tuple(headers.items())
        checked = _CHECKED_HEADERS.get(key)
    except TypeError:  # an unhashable value: prepare_headers says what is wrong with it
        key, checked = None, None
    if checked is None:
        prepared.prepare_headers({k: v for k, v in headers.items() if v is not None})
        if key is not None and len(_CHECKED_HEADERS) < 256:
            _CHECKED_HEADERS[key] = prepared.headers.copy()
        return
    copy: requests.structures.CaseInsensitiveDict[Any] = requests.structures.CaseInsensitiveDict()
    copy._store = checked._store.copy()  # type: ignore[attr-defined]  # the items, without re-adding each
    prepared.headers = copy


class _RequestHeads:
    """GETs of the fetcher's own connections written without preparing them, for the requests a run sends
    over and over: a URL ``prepare_url`` takes as it is (:data:`_NORMAL_URL`), the session's headers and a
    host's ``Config.headers``, no cookie anywhere (no ``Cookie`` line), a session that prepares requests the
    plain way (:func:`_prepare_get`'s short way).

    For such a request, what :func:`~linkcheck.connections.get_request` writes after ``GET <path?query>``
    depends only on the URL up to its path (scheme, host, port) and on the headers: it is learnt from the
    first request written the long way (:meth:`learn`) and reused (:meth:`find`). Only what a request that
    was prepared without error wrote is learnt, so a URL ``prepare_url`` refuses (a port above 65535) or a
    header it refuses is never written this way. Thread-safe (one dict read or written at a time); at most
    ``size`` entries (then nothing more is learnt).
    """

    def __init__(self, size: int = 1024) -> None:
        self._size = size
        self._heads: dict[tuple[Any, ...], tuple[tuple[str, str, int], bytes]] = {}

    @staticmethod
    def _key(
        session: requests.Session,
        url: str,
        extra: dict[str, str],
        jar: requests.cookies.RequestsCookieJar | None,
    ) -> tuple[Any, ...] | None:
        """``(prefix, headers, extra)`` of a request that may be written from what was learnt, else ``None``
        (``prefix``: the URL up to its path)."""
        headers = session.headers
        if (
            type(headers) is not requests.structures.CaseInsensitiveDict
            or type(session).prepare_request is not requests.Session.prepare_request
            or session.auth is not None
            or session.params
            or session.trust_env
            or getattr(session.cookies, "_cookies", True)
            or (jar is not None and getattr(jar, "_cookies", True))
        ):
            return None
        normal = _normal_url(url)
        if normal is None or "/." in url:  # dot segments: prepare_url removes them
            return None
        return (normal.group(1), tuple(headers._store.values()), tuple(extra.items()))  # type: ignore[attr-defined]

    def find(
        self,
        session: requests.Session,
        url: str,
        extra: dict[str, str],
        jar: requests.cookies.RequestsCookieJar | None,
    ) -> GetRequest | None:
        """``get_request(_prepare_get(session, url, extra, jar))``, when it can be written from what was
        learnt; else ``None``."""
        key = self._key(session, url, extra, jar)
        try:
            head = self._heads.get(key) if key is not None else None
        except TypeError:  # an unhashable header value: the long way says what is wrong with it
            return None
        if head is None:
            return None
        return GetRequest(url, head[0], b"GET " + url[len(key[0]) :].encode("ascii") + head[1])  # type: ignore[index]

    def learn(
        self,
        session: requests.Session,
        url: str,
        extra: dict[str, str],
        jar: requests.cookies.RequestsCookieJar | None,
        prepared: requests.PreparedRequest,
    ) -> GetRequest:
        """``get_request(prepared)`` (``prepared`` is ``_prepare_get(session, url, extra, jar)``), kept to
        write the next such request to the same scheme, host and port."""
        request = get_request(prepared)
        key = self._key(session, url, extra, jar)
        if key is None or len(self._heads) >= self._size:
            return request
        start = b"GET " + url[len(key[0]) :].encode("ascii")
        if request.data.startswith(start + b" "):
            with contextlib.suppress(TypeError):
                self._heads[key] = (request.key, request.data[len(start) :])
        return request


def site_of(host: str) -> str:
    """The part of ``host`` whose hosts may share cookies: its last two labels (``news.example.com`` ->
    ``example.com``), three under a country's generic second level (``www.bbc.co.uk`` -> ``bbc.co.uk``), an
    IP address whole. A cookie set for a parent domain is then in the jar of every host that may read it."""
    host = host.lower().rstrip(".")
    if ":" in host or host.replace(".", "").isdigit():
        return host
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVELS else 2
    return ".".join(labels[-keep:])


#: Second-level labels under which countries register names (``co.uk``, ``com.au``, ``ne.jp``, ...).
_SECOND_LEVELS = frozenset(
    {"ac", "co", "com", "edu", "go", "gob", "gov", "gv", "ltd", "mil", "ne", "net"}
    | {"nic", "nom", "or", "org", "plc", "sch"}
)


#: :func:`site_of`, memoised: a run asks about the same few hosts again and again.
_site_of = functools.lru_cache(maxsize=4096)(site_of)


def _copied(jar: requests.cookies.RequestsCookieJar) -> requests.cookies.RequestsCookieJar:
    """A copy of ``jar`` taken under its lock (other workers add to it meanwhile)."""
    with jar._cookies_lock:  # type: ignore[attr-defined]
        return requests.cookies.merge_cookies(  # type: ignore[no-any-return, no-untyped-call]
            requests.cookies.RequestsCookieJar(), jar
        )


#: Cookies a site's jar keeps at most; bytes of their names and values at most; bytes of one cookie at most
#: (browsers keep one of up to 4,096). A server that sets new cookies on every answer would otherwise fill
#: the jar without end, and every later request to the site would carry all of them (a run slowed to a
#: crawl: 300 answers of 20 cookies of 3 KB each took 100 s and more). Browsers keep 50 to 180 a site.
SITE_COOKIES = 50
SITE_COOKIE_BYTES = 16 * 1024
COOKIE_BYTES = 4096


def _cookie_size(cookie: Any) -> int:
    return len(cookie.name) + len(cookie.value or "")


#: Where requests joined two ``Set-Cookie`` lines into one value (a cached answer keeps its headers joined
#: with ", "): a comma before the next cookie's ``name=``. A date's comma (``Expires=Wed, 21 Oct 2026``) is
#: followed by a day, a space, no ``=``.
_JOINED_COOKIES = lazy_re(r",[ \t]*(?=[^\s;,=]+=)")


#: A cookie's ``Max-Age`` attribute (RFC 6265 5.2.2) in a ``Set-Cookie`` line: its value, to the next ``;``.
_MAX_AGE = lazy_re(r"(;[ \t]*max-age[ \t]*=)([^;]*)", re.IGNORECASE)
#: A ``Max-Age`` value as RFC 6265 5.2.2 reads one: a minus sign or a digit, then digits.
_DELTA_SECONDS = lazy_re(r"-?[0-9]+")
#: The longest a cookie is kept (RFC 6265bis 5.5: user agents cap a cookie's expiry at 400 days).
COOKIE_MAX_AGE_CAP = 400 * 24 * 3600


def _max_age_as_user_agents_read(match: re.Match[str]) -> str:
    value = match.group(2).strip(" \t")
    if not _DELTA_SECONDS.fullmatch(value):
        return ""  # not delta-seconds: the attribute is ignored, not the cookie
    if value.startswith("-"):  # the cookie expires at once; one of thousands of digits as well
        return match.group(0) if len(value) <= 10 else f"{match.group(1)}-1"
    if len(value) > 9 or int(value) > COOKIE_MAX_AGE_CAP:
        return f"{match.group(1)}{COOKIE_MAX_AGE_CAP}"  # more than a user agent keeps a cookie
    return match.group(0)


def cookie_line_as_user_agents_read(line: str) -> str:
    """A ``Set-Cookie`` line with its ``Max-Age`` read as a user agent reads it (RFC 6265 5.2.2, 6265bis
    5.5): a value that is not delta-seconds (``1e9``, ``+12``, ``abc``) is dropped from the line, and one
    beyond 400 days (up to thousands of digits) is made 400 days, and a negative one of more than ten
    characters ``-1`` (it expires the cookie). cookielib drops the whole cookie for
    either (``int()`` refuses more than 4,300 digits), so a site's session cookie set with a long or odd
    ``Max-Age`` never went back, and its page was a 403. Left alone: a line without ``Max-Age``, a valid
    ``Max-Age`` within 400 days, zero or negative (a deletion), and ``Expires``."""
    if "=" not in line or not _MAX_AGE.search(line):
        return line
    return _MAX_AGE.sub(_max_age_as_user_agents_read, line)


def _cookie_lines_read(message: http.client.HTTPMessage) -> http.client.HTTPMessage:
    """``message``, or a message of its cookie lines alone (what cookielib reads) once one of them holds a
    ``Max-Age`` :func:`cookie_line_as_user_agents_read` changes."""
    names = ("Set-Cookie", "Set-Cookie2")
    lines = [(name, str(value)) for name in names for value in message.get_all(name, ())]
    read = [(name, cookie_line_as_user_agents_read(value)) for name, value in lines]
    if read == lines:
        return message
    rewritten = http.client.HTTPMessage()
    for name, value in read:
        rewritten[name] = value
    return rewritten


def _cookie_message(raw: Any) -> http.client.HTTPMessage | None:
    """The header fields cookielib reads ``Set-Cookie`` from: the message http.client parsed, or, for an
    answer that has none (one the cache replays, on the run that stores it and on later runs), one built
    from the answer's ``Set-Cookie`` and ``Set-Cookie2`` values, joined lines split again. Without it, the
    cookies of a redirect served through ``--cache`` were never stored, so its next hop went without them
    (a site's session cookie, and its page a 403). ``None``: no headers to read (a mocked answer)."""
    answer = getattr(raw, "_original_response", None)
    if answer:
        return answer.msg  # type: ignore[no-any-return]
    getlist = getattr(getattr(raw, "headers", None), "getlist", None)
    if not callable(getlist):
        return None
    message = http.client.HTTPMessage()
    for name in ("Set-Cookie", "Set-Cookie2"):
        for value in getlist(name):
            for line in _JOINED_COOKIES.split(str(value)):
                message[name] = line
    return message


def _store_cookies(
    jar: requests.cookies.RequestsCookieJar, prepared: requests.PreparedRequest, raw: Any
) -> None:
    """What requests' ``extract_cookies_to_jar`` does (``Session.send``'s cookies), within bounds: a cookie
    over :data:`COOKIE_BYTES`, a new one when the jar holds :data:`SITE_COOKIES`, or one that would take the
    jar over :data:`SITE_COOKIE_BYTES` is dropped (a cookie the site sets again, or deletes, is as ever)."""
    message = _cookie_message(raw)
    if message is None:
        return
    message = _cookie_lines_read(message)
    request: Any = requests.cookies.MockRequest(prepared)
    response: Any = requests.cookies.MockResponse(message)
    policy: Any = jar._policy  # type: ignore[attr-defined]
    with jar._cookies_lock:  # type: ignore[attr-defined]  # an RLock: set_cookie takes it again
        cookies = jar.make_cookies(response, request)  # (deletes the cookies the answer expires)
        kept = {(c.domain, c.path, c.name): _cookie_size(c) for c in jar}
        total = sum(kept.values())
        for cookie in cookies:
            if not policy.set_ok(cookie, request):
                continue
            key = (cookie.domain, cookie.path, cookie.name)
            size = _cookie_size(cookie)
            if size > COOKIE_BYTES or (key not in kept and len(kept) >= SITE_COOKIES):
                continue
            if total - kept.get(key, 0) + size > SITE_COOKIE_BYTES:
                continue
            jar.set_cookie(cookie)
            total += size - kept.get(key, 0)
            kept[key] = size


class _CookieJars:
    """The run's cookies, one jar per site (:func:`site_of`), at most ``size`` sites (least recently used
    dropped); thread-safe. A request reads only its site's jar: with one jar for the whole run, every
    request walked every site's cookies (5 ms a request once 500 sites had set cookies; 35 ms with the copy
    ``prepare_request`` makes), so a long run over many sites slowed to a crawl."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._jars: collections.OrderedDict[str, requests.cookies.RequestsCookieJar] = (
            collections.OrderedDict()
        )

    def get(self, host: str, *, create: bool = False) -> requests.cookies.RequestsCookieJar | None:
        if not create and not self._jars:
            # no site has set a cookie yet: nothing to look up (the site's name and the lock cost ~5k
            # instructions a request; cost13). Read without the lock, as a request that raced a jar's
            # making would have read it just before it.
            return None
        site = _site_of(host)
        with self._lock:
            jar = self._jars.get(site)
            if jar is None and create:
                jar = self._jars[site] = requests.cookies.RequestsCookieJar()
                while len(self._jars) > self._size:
                    self._jars.popitem(last=False)
            elif jar is not None:
                self._jars.move_to_end(site)
            return jar


class _NameCache:
    """Vetted hosts with the time their lookup stops serving, at most ``size`` (least recently used out);
    thread-safe. An entry past its time is kept, to say the name resolved before."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._entries: collections.OrderedDict[tuple[str, int], tuple[float, Vetting]] = (
            collections.OrderedDict()
        )

    def get(self, key: tuple[str, int], now: float) -> Vetting | None:
        """The host's vetting while it serves; ``None`` once its minute is over, or if never vetted."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] <= now:
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def known(self, key: tuple[str, int]) -> bool:
        """The host's name resolved earlier in the run (its entry may have stopped serving since)."""
        with self._lock:
            return key in self._entries

    def put(self, key: tuple[str, int], vetting: Vetting, until: float) -> None:
        with self._lock:
            self._entries[key] = (until, vetting)
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)


class Fetcher:
    """Fetch URLs per a :class:`Config`. Thread-safe: one instance serves every worker thread of a run.

    ``sleep``, ``clock`` and ``resolver`` are injectable so tests never sleep or touch DNS. Close the
    fetcher (or use it as a context manager) to release the session it created.
    """

    def __init__(
        self,
        config: Config,
        session: requests.Session | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        resolver: Callable[..., list[Any]] = socket.getaddrinfo,
    ) -> None:
        self._config = config
        self._owns_session = session is None
        self._session = session if session is not None else make_session(config)
        self._sleep = sleep
        self._clock = clock
        self._resolver = resolver
        self._rng = random.Random()
        self._allowed: tuple[Origin, ...] = tuple(parse_allow_host(h) for h in config.allow_hosts)
        self._watchdog = _Watchdog()
        #: Set by :meth:`abort`: requests in flight were hung up, and none is retried.
        self._aborted = False
        self._helpers = _Helpers(name="linkcheck-resolve")
        self._names = _NameCache(_NAME_CACHE_SIZE)
        self._cookies = _CookieJars(_COOKIE_SITES)
        self._heads = _RequestHeads()
        self._robots: RobotsCache | None = None
        if config.respect_robots:
            # robots.txt is fetched within the deadline of the page that asked for it: it gets at most half,
            # so a robots.txt that drips (or hangs) leaves the page the time to be fetched and judged itself
            robots_fetcher = Fetcher(
                config.evolve(
                    respect_robots=False,
                    max_bytes=ROBOTS_MAX_BYTES,
                    max_redirects=min(config.max_redirects, 5),
                    deadline=config.deadline / 2,
                ),
                self._session,
                sleep=sleep,
                clock=clock,
                resolver=resolver,
            )
            robots_fetcher._watchdog = self._watchdog  # one watchdog thread per fetcher, robots included
            robots_fetcher._helpers = self._helpers
            robots_fetcher._names = self._names
            robots_fetcher._cookies = self._cookies
            self._robots = RobotsCache(robots_fetcher.fetch, config.user_agent)

    @property
    def config(self) -> Config:
        return self._config

    @property
    def session(self) -> requests.Session:
        return self._session

    def close(self) -> None:
        """Release the session this fetcher created (not one it was given); end its watchdog and helpers."""
        self._watchdog.close()
        self._helpers.close()
        if self._owns_session:
            self._session.close()

    def abort(self) -> None:
        """Hang up every request in flight now: each ends as if its deadline had passed (no retry follows),
        so the threads waiting on them return at once. For a run whose caller stopped reading its results."""
        self._aborted = True
        self._watchdog.fire_all()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- public ---------------------------------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        deadline: float | None = None,
        pause: RetryPause | None = None,
        redirected: Redirected | None = None,
    ) -> FetchResult:
        """GET ``url`` following redirects hop by hop; never raises for network problems.

        ``deadline``, a time on this fetcher's clock (``time.monotonic`` unless injected), ends the fetch
        earlier than ``config.deadline`` would: pass the run's end (``--max-time``) so no fetch outlives it.
        ``pause(url, status, retry_after)``, if given, is entered around each wait before a retry (``status``
        is what ``url`` answered, ``None`` for no answer; ``retry_after`` what it asked for, in seconds): the
        checker gives the request's slots back meanwhile. ``redirected(url)``, if given, is called before the
        request for each redirect's target (it may block): the checker moves the request's slot to the
        target's host, so a redirect to another host counts against that host's limit, not the cited one's.
        """
        start = self._clock()
        end = start + self._config.deadline
        if deadline is not None:
            end = min(end, deadline)
        run = _Run(url=url, start=start, deadline=end, pause=pause, redirected=redirected)
        if deadline is not None and deadline < start + self._config.deadline:
            run.limit, run.limit_cause = "run's time limit", Cause.DEADLINE
        else:
            run.limit = f"{self._config.deadline:g} s deadline"
        return self._follow(run)

    def _result(self, run: _Run, final_url: str, **fields: Any) -> FetchResult:
        """The fetch's result: ``fields`` of the last hop, with the run's attempts and the time it took."""
        elapsed = max(0.0, self._clock() - run.start)
        return FetchResult(run.url, final_url, attempts=1 + run.retries, elapsed=elapsed, **fields)

    # --- hops -----------------------------------------------------------------------------------------

    def _follow(self, run: _Run) -> FetchResult:
        cfg = self._config
        current = run.url
        redirects: list[Redirect] = []
        seen = {_loop_key(current)}
        reloaded: set[str] = set()  # URLs asked again for the cookie they set (reloads_for_cookie)
        for _hop in range(cfg.max_redirects + 2):
            origin = _plain_origin(current)
            problem = None
            if origin is None:
                current = _as_sent(current)  # the host the request goes to is the one judged
                problem = self._url_problem(current)
            if problem is not None:
                cause, message = problem
                return self._result(run, current, redirects=tuple(redirects), cause=cause, error=message)
            if self._robots is not None:
                verdict = self._robots.verdict(current)
                if verdict is not None:
                    return self._result(
                        run,
                        current,
                        redirects=tuple(redirects),
                        cause=verdict[0],
                        error=f"robots.txt: {verdict[1]}",
                    )
            if redirects and run.redirected is not None:
                run.redirected(current)  # the request goes to the target's host: it takes that host's slot
            attempt = self._hop(current, run, origin)
            location = attempt.location
            if location is None and attempt.cause is None and attempt.status is not None:
                location = _refresh(current, attempt.status, attempt.headers, attempt.body)
                if location is None:
                    location = _replay_frame(current, attempt.status, attempt.body)
                if location is None:
                    location = frameset_frame(current, attempt.status, attempt.headers, attempt.body)
                if (
                    location is None
                    and current not in reloaded
                    and reloads_for_cookie(current, attempt.status, attempt.headers, attempt.body)
                ):
                    location = current  # asked again once, with the cookie it set (a bot check, a gate)
                    reloaded.add(current)
            if attempt.status is None or location is None:
                return self._result(
                    run,
                    current,
                    status_code=attempt.status,
                    redirects=tuple(redirects),
                    headers=attempt.headers,
                    body=attempt.body,
                    truncated=attempt.truncated,
                    cause=attempt.cause,
                    error=attempt.error,
                    connect_timed_out=attempt.connect_timed_out,
                    answer_timed_out=attempt.answer_timed_out,
                )
            target = _redirect_target(current, _location_bytes_escaped(location))
            if target is None:
                return self._result(
                    run,
                    current,
                    status_code=attempt.status,
                    redirects=tuple(redirects),
                    headers=attempt.headers,
                    cause=Cause.INVALID_URL,
                    error=f"{attempt.status} redirect to an invalid URL: {_url_shown(location)!r}"
                    + why_no_url(location),
                )
            redirects.append(
                Redirect(attempt.status, target, True)
                if 200 <= attempt.status < 300 and _refresh_says_moved(attempt.body)
                else Redirect(attempt.status, target)
            )
            key = _loop_key(target)
            stop: tuple[Cause, str] | None = None
            kept_out = (
                secure_cookies_on_http(target, attempt.headers["set-cookie"])
                if key == _loop_key(current) and "set-cookie" in attempt.headers
                else ()
            )
            scoped_out = (
                cookies_kept_out(target, attempt.headers["set-cookie"])
                if not kept_out and key == _loop_key(current) and "set-cookie" in attempt.headers
                else ()
            )
            if key in seen and ("set-cookie" not in attempt.headers or kept_out or scoped_out):
                stop = (
                    Cause.REDIRECT_LOOP,
                    f"redirect loop: {_url_shown(current)} redirects back to {_url_shown(target)}"
                    + (
                        f", setting a cookie it wants back ({', '.join(kept_out)}) marked Secure, which is"
                        " never sent over plain http (browsers refuse it too): every request is the first"
                        if kept_out
                        else ", setting a cookie it wants back that is never sent here: "
                        f"{'; '.join(scoped_out)}; every request is the first"
                        if scoped_out
                        else ""
                    ),
                )
            elif len(redirects) > cfg.max_redirects:
                stop = (
                    Cause.TOO_MANY_REDIRECTS,
                    f"more than {cfg.max_redirects} redirects (stopped at {_url_shown(target)})",
                )
            if stop is not None:
                return self._result(
                    run,
                    target,
                    status_code=attempt.status,
                    redirects=tuple(redirects),
                    headers=attempt.headers,
                    cause=stop[0],
                    error=stop[1],
                )
            seen.add(key)
            current = target
        raise AssertionError("unreachable: the hop loop returns within max_redirects + 2 hops")

    @staticmethod
    def _url_problem(url: str) -> tuple[Cause, str] | None:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            address = unbracketed_ipv6(url)
            if address is not None:
                said = f"an IPv6 address without its brackets: a URL writes it as [{_shown(address)}]"
                return Cause.INVALID_URL, f"invalid URL {_url_shown(url)!r}: {said}"
            return Cause.INVALID_URL, f"invalid URL {_url_shown(url)!r}: {exc}"
        scheme = parts.scheme.lower()
        if not scheme:
            return (
                Cause.INVALID_URL,
                f"invalid URL {_url_shown(url)!r}: no scheme (expected http:// or https://)",
            )
        if scheme not in ("http", "https"):
            return (
                Cause.SCHEME,
                f"unsupported scheme {_url_shown(scheme)!r} (only http and https are fetched)",
            )
        if not parts.hostname:
            return Cause.INVALID_URL, f"invalid URL {_url_shown(url)!r}: no host"
        bad_label = _bad_punycode(parts.hostname) if "xn--" in parts.hostname else None
        if bad_label is not None:
            return Cause.INVALID_URL, f"invalid URL {_url_shown(url)!r}: {bad_label}"
        if _zoned(parts.hostname):
            return Cause.INVALID_URL, f"invalid URL {_url_shown(url)!r}: an IPv6 address with a zone (%)"
        if port == 0:
            return Cause.INVALID_URL, f"invalid URL {_url_shown(url)!r}: port 0"
        return None

    def _hop(self, url: str, run: _Run, origin: tuple[str, int] | None = None) -> _Attempt:
        """One hop: the request for ``url`` with its retries (``origin``: its host and port, if known).

        The first attempt runs alone (most hops succeed or fail for good at once); a transient outcome is
        retried as tenacity's ``Retrying`` retried it with the same policy (:class:`_RetryPolicy`), which
        this loop replaces (see the comment in it).
        """
        before = run.requests
        first = self._attempt(url, run, origin)
        if not first.transient or self._aborted:
            return first
        policy = _RetryPolicy(self._config, run, self._clock, self._rng)
        tries = _Tries(first)
        attempt = first
        # tenacity's Retrying(stop=policy.stop, wait=policy.wait, retry=retry_if_result(_is_transient),
        # retry_error_callback=_outcome) written out: a transient outcome is retried unless the policy stops,
        # after the wait the policy gives for that attempt; the last outcome is the hop's. The wait is asked
        # before the stop, as tenacity asks them (the backoff's jitter is drawn for a hop that then stops
        # too). Each retried hop cost ~270k instructions in tenacity's machinery (a call state, futures,
        # statistics, actions).
        while attempt.transient:
            delay = policy.wait(tries)
            if policy.stop(tries):
                break
            tries.attempt_number += 1
            waiting = (
                contextlib.nullcontext()
                if run.pause is None
                else run.pause(url, attempt.status, attempt.retry_after)
            )
            with waiting:
                self._sleep(delay)
            if self._aborted:
                attempt = self._give_up(attempt, "the run was stopped", max(0, run.requests - before - 1))
            elif self._clock() >= run.deadline:
                # The wait before this retry, and the slot after it, took the time that was left: the host's
                # last answer (a refusal, a 503) is what to report, not a timeout of a request never sent
                # (a host that refused every connection was reported as one that did not answer).
                retried = max(0, run.requests - before - 1)
                attempt = self._give_up(attempt, f"no time left to retry within the {run.limit}", retried)
            else:
                attempt = self._attempt(url, run, origin)
            tries.last = attempt
        retries = max(0, run.requests - before - 1)
        run.retries += retries
        if attempt.transient:
            attempt = self._give_up(attempt, policy.stop_reason, retries)
        return attempt

    def _give_up(self, attempt: _Attempt, stop_reason: str | None, retries: int) -> _Attempt:
        """A transient outcome not retried again (``retries``: the retries it had) becomes a final failure."""
        if stop_reason:
            why = stop_reason
        elif retries:
            why = f"still failing after {retries} retr{'y' if retries == 1 else 'ies'}"
        elif self._config.retries:
            why = "not retried"
        else:
            why = "not retried (--retries 0)"
        if attempt.status is not None:
            if attempt.status == 429 or (attempt.status == 503 and attempt.retry_after is not None):
                attempt.cause = Cause.RATE_LIMITED
                label = "429 Too Many Requests" if attempt.status == 429 else f"503 with {attempt.wait_field}"
                attempt.error = f"rate limited ({label}): {why}"
            else:
                attempt.cause = Cause.SERVER_ERROR
                attempt.error = f"server error {attempt.status}: {why}"
        elif attempt.error:
            attempt.error = f"{attempt.error} ({why})"
        attempt.transient = False
        return attempt

    # --- one request ----------------------------------------------------------------------------------

    def _attempt(self, url: str, run: _Run, origin: tuple[str, int] | None = None) -> _Attempt:
        run.requests += 1
        cfg = self._config
        host, port = origin or _host_port(url)
        remaining = run.deadline - self._clock()
        if remaining <= 0:
            return self._deadline_failure(url, run)
        exchange = _Exchange(_normal_host(host), port)
        if not cfg.allow_private:
            vetting = self._vet(host, port, remaining)
            if vetting.dns_error:
                # The resolver said "try again", or failed on a name that resolved earlier in the run (it has
                # not gone away): retry, as a reset connection is.
                blip = vetting.dns_temporary or self._names.known((host, port))
                return _Attempt(url, cause=Cause.DNS, error=vetting.dns_error, transient=blip)
            if vetting.refused:
                return _Attempt(
                    url, cause=Cause.ADDRESS_REFUSED, error=f"refused by the address guard: {vetting.refused}"
                )
            exchange.addresses = vetting.addresses
            exchange.pinned = not vetting.allowed_origin
        if not exchange.pinned and exchange.host.endswith(".localhost"):
            # a name under localhost, let through: the loopback, no lookup (guard.loopback_name_addresses)
            exchange.addresses = loopback_name_addresses(exchange.host)
            exchange.pinned = True
        remaining = run.deadline - self._clock()
        if remaining <= 0:
            return self._deadline_failure(url, run)
        timeout = (min(cfg.connect_timeout, remaining), min(cfg.read_timeout, remaining))
        session = self._session
        adapter = _adapter_of(session, url)
        verify = True if session.verify is None else session.verify
        guarded = adapter if isinstance(adapter, GuardedAdapter) else None
        direct = guarded.direct(session) if guarded is not None and verify is not False else None
        slot = guarded.slot if guarded is not None and direct is None else None
        watch: _Watch | None = None
        if guarded is not None:
            if slot is not None:
                slot.exchange = exchange
            watch = self._watchdog.schedule(remaining, exchange.expire)
            if self._aborted:
                # abort() fired every exchange scheduled before it; one a worker began after (it took its URL
                # before the run stopped handing them out) is hung up as its connection comes: it ends at
                # once, not at its timeout (a run stopped by its caller left such a request, and its thread,
                # for the read timeout: found by tests/test_api_probe2.py on a loaded machine)
                exchange.expire()
        response: requests.Response | None = None
        try:
            try:
                jar = self._cookies.get(host)
                if direct is None and jar is not None:
                    jar = _copied(jar)  # the adapter's side (a cache) may keep the request, jar and all
                extra = self._extra_headers(host) if cfg.headers else {}
                prepared: requests.PreparedRequest | None = None
                if direct is not None:
                    request = self._heads.find(session, url, extra, jar)
                    if request is None:
                        prepared = _prepare_get(session, url, extra, jar)
                        request = self._heads.learn(session, url, extra, jar, prepared)
                    raw = direct.send(
                        request,
                        connect_timeout=timeout[0],
                        read_timeout=timeout[1],
                        exchange=exchange,
                        cafile=verify if isinstance(verify, str) else requests.utils.DEFAULT_CA_BUNDLE_PATH,
                    )
                    status = raw.status
                    if isinstance(raw, PlainResponse):
                        headers = raw.lower
                    else:
                        headers = {k.lower(): raw.headers[k] for k in raw.headers}
                else:
                    # The adapter, not Session.send: with allow_redirects=False, Session.send still reads
                    # the whole body of a 3xx (to prepare ``Response.next``), without any cap.
                    prepared = _prepare_get(session, url, extra, jar)
                    if prepared.url and has_lower_escape(prepared.url):
                        # urllib3's pool upper-cases it: see _Guarded (an empty query's '?' kept, as
                        # GuardedAdapter.request_url keeps it)
                        exchange.target = request_target(prepared.url, prepared.path_url)
                    send = functools.partial(
                        adapter.send,
                        prepared,
                        stream=True,
                        timeout=timeout,
                        verify=verify,
                        cert=session.cert,
                        proxies=session.proxies,
                    )
                    try:
                        response = send()
                    except requests.exceptions.ConnectionError as exc:
                        if not (exchange.reused and not exchange.expired and _stale(exc)):
                            raise
                        exchange.reused = False
                        response = send()  # once more, on another connection (see _stale)
                    if closed_while_idle(response.status_code, exchange.reused, exchange):
                        # the server's notice that it closed the kept connection while idle, not an answer
                        # to this request: once more on a new one, as DirectPool.send does (the twentieth
                        # hostile round's /ka-408-on-reuse: this path reported the 408)
                        response.close()
                        exchange.reused = False
                        response = send()
                    raw = response.raw
                    status = response.status_code
                    headers = {k.lower(): v for k, v in response.headers.items()}
                # what Session.send does with cookies, into the site's jar (untyped in requests' stubs);
                # cookielib reads nothing but these two headers, so without them there is nothing to do
                if raw is None or "set-cookie" in headers or "set-cookie2" in headers:
                    if prepared is None:  # written from what _RequestHeads learnt: the same request
                        prepared = _prepare_get(session, url, extra, jar)
                    jar = self._cookies.get(host, create=True)
                    assert jar is not None
                    _store_cookies(jar, prepared, raw)
            except Exception as exc:  # translated by the one table; unknown ones re-raised
                return self._failure(url, exc, host, port, run, exchange, before_answer=True)
            if not isinstance(raw, PlainResponse) and raw.chunked and transfer_coding_ignored(raw.version):
                raw.chunked = False  # HTTP/1.0: read to the close, as http.client's response now does
            try:
                return self._read_response(url, status, headers, raw, run, host, port, exchange)
            finally:
                exchange.detach()
                if response is not None:
                    response.close()
                elif direct is not None:
                    direct.release(raw, reusable=not exchange.expired)
        finally:
            if watch is not None:
                self._watchdog.cancel(watch)
            if slot is not None:
                slot.exchange = None

    def _vet(self, host: str, port: int, remaining: float) -> Vetting:
        """The guard's verdict on ``host:port``: one lookup serves the host's requests for
        :data:`NAME_CACHE_SECONDS` (each still connects to the addresses vetted, never to a second answer)."""
        cached = self._names.get((host, port), self._clock())
        if cached is not None:
            return cached
        timeout = max(0.001, min(self._config.connect_timeout, remaining))
        vetting = vet_host(host, port, allowed=self._allowed, resolver=self._bounded_resolver(timeout))
        if vetting.addresses and vetting.dns_error is None and vetting.refused is None:
            self._names.put((host, port), vetting, self._clock() + NAME_CACHE_SECONDS)
        return vetting

    def _bounded_resolver(self, timeout: float) -> Callable[..., list[Any]]:
        """The resolver, run in a helper thread so a hanging name lookup cannot outlast ``timeout``."""
        resolver = self._resolver

        def resolve(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
            box: list[Any] = []

            def work() -> None:
                try:
                    box.append(("ok", resolver(host, port, *args, **kwargs)))
                except BaseException as exc:  # handed to the calling thread below
                    box.append(("error", exc))

            done = threading.Event()

            def task() -> None:
                try:
                    work()
                finally:
                    done.set()

            self._helpers.run(task)
            done.wait(timeout)
            if not box:
                # no EAI_AGAIN: a lookup that hangs would hang again, and a retry would double its cost
                raise socket.gaierror(f"name lookup timed out after {timeout:g} s")
            kind, value = box[0]
            if kind == "error":
                raise value
            return list(value)

        return resolve

    def _extra_headers(self, host: str) -> dict[str, str]:
        extra: dict[str, str] = {}
        for domain, headers in self._config.headers.items():
            if _domain_matches(host, domain):
                extra.update(headers)
        return extra

    @staticmethod
    def _deadline_failure(url: str, run: _Run) -> _Attempt:
        return _Attempt(url, cause=run.limit_cause, error=f"gave up: the {run.limit} passed")

    def _failure(
        self,
        url: str,
        exc: BaseException,
        host: str,
        port: int,
        run: _Run,
        exchange: _Exchange | None = None,
        *,
        before_answer: bool = False,
    ) -> _Attempt:
        """The attempt that ``exc`` ended; ``before_answer``: raised before the answer's status line and
        headers were read (a timeout then is a host that said nothing, not a body cut short)."""
        if (exchange is not None and exchange.expired) or self._clock() >= run.deadline:
            failure = self._deadline_failure(url, run)
            if before_answer and run.limit_cause is Cause.TIMEOUT:
                self._silent_until_the_deadline(failure, exc, exchange)
            if tls_handshake_timed_out(_exception_chain(exc)):
                # what the deadline cut: a handshake the host never answered, not a page it was sending
                failure.error = f"{failure.error} ({host}:{port} {_HANDSHAKE_UNANSWERED})"
            return failure
        chain = _exception_chain(exc)
        cause = _classify(chain)
        if cause is None:
            raise exc
        connect_timed_out = _connect_timed_out(chain, cause)
        return _Attempt(
            url,
            cause=cause,
            error=_describe(exc, chain, cause, host, port),
            transient=cause in (Cause.CONNECTION, Cause.TIMEOUT, Cause.INTERNAL) or _try_again(chain, cause),
            connect_timed_out=connect_timed_out,
            answer_timed_out=before_answer and cause is Cause.TIMEOUT and not connect_timed_out,
        )

    @staticmethod
    def _silent_until_the_deadline(failure: _Attempt, exc: BaseException, exchange: _Exchange | None) -> None:
        """Mark ``failure`` (the URL's deadline passed before any answer: ``exc`` ended the attempt) as the
        host's silence when it was: a connect or read timeout (shrunk to the time left), or the watchdog's
        hang-up while the request waited for a status line. The default read timeout is a third of the
        deadline, so a hung host's last attempt always ends this way: read as "no word from the host", it
        never counted towards taking the host as down (:mod:`linkcheck.hostdown`), and every link of a hung
        outlet waited out the whole deadline."""
        chain = _exception_chain(exc)
        cause = _classify(chain)
        # the watchdog's hang-up before a byte of the answer: "closed without a response" (a connection
        # error); after a status line, a header block it cut short (a protocol error): a status line and
        # then silence is no answer either, and was not counted as one
        hung_up = exchange is not None and exchange.expired and cause in _HUNG_UP_CAUSES
        if cause is Cause.TIMEOUT or hung_up:
            failure.connect_timed_out = _connect_timed_out(chain, Cause.TIMEOUT)
            failure.answer_timed_out = not failure.connect_timed_out

    def _header_problem(self, raw: urllib3.BaseHTTPResponse | PlainResponse) -> str | None:
        cfg = self._config
        if isinstance(raw, PlainResponse):  # its lines as sent, (name, value) each
            count = len(raw.fields)
            size = sum(map(len, itertools.chain.from_iterable(raw.fields))) + 4 * count
        else:
            count = size = 0
            for name, value in raw.headers.items():
                count += 1
                size += len(name) + len(value) + 4
        if count > cfg.max_headers:
            return f"{count} response header lines, more than the {cfg.max_headers} allowed"
        if size > cfg.max_header_bytes:
            return f"{size} bytes of response headers, more than the {cfg.max_header_bytes} allowed"
        return None

    def _read_response(
        self,
        url: str,
        status: int,
        headers: dict[str, str],
        raw: urllib3.BaseHTTPResponse | PlainResponse,
        run: _Run,
        host: str,
        port: int,
        exchange: _Exchange,
    ) -> _Attempt:
        """Read the answer's body: ``status`` and ``headers`` (names in lower case) are its head, ``raw``
        its stream."""
        cfg = self._config
        if exchange.expired:  # the headers "ended" because the watchdog hung up: no real answer
            return self._deadline_failure(url, run)
        problem = self._header_problem(raw)
        if problem is not None:
            return _Attempt(url, status=status, cause=Cause.PROTOCOL, error=f"{host}:{port} sent {problem}")
        nul = header_holding_nul(headers)
        if nul is None:
            nul = head_nul_outside_values(raw)
        if nul is not None:
            return _Attempt(
                url, status=status, headers=headers, cause=Cause.PROTOCOL, error=f"{host}:{port} {nul}"
            )
        location = None
        if status in REDIRECT_STATUSES and "location" in headers:
            # ``headers`` joins repeated lines with ", " (and a URL may hold a comma): the lines one by one,
            # or, from a cached answer that kept them joined, the one value it repeats.
            # The same Location twice (a server and its framework both adding it) is one redirect, as
            # browsers take it; different ones leave no way to know where the page went. Empty ones do not
            # count (see locations_that_count): with none left, the 3xx is the answer.
            values = _header_values(raw, "location") or [headers["location"]]
            if len(values) == 1:
                values = _unjoined(values[0])
            values = locations_that_count(values)
            if len({value.strip() for value in values}) > 1:
                shown = ", ".join(repr(value[:100]) for value in values[:3])
                return _Attempt(
                    url,
                    status=status,
                    headers=headers,
                    cause=Cause.PROTOCOL,
                    error=f"{host}:{port} sent {len(values)} different Location headers ({shown})",
                )
            location = values[0] if values else None  # no NUL: header_holding_nul refused it above
        if location is None and ("content-encoding" in headers or "transfer-encoding" in headers):
            undecodable = undecodable_coding(headers)
            if undecodable is not None:
                return _Attempt(
                    url,
                    status=status,
                    headers=headers,
                    cause=Cause.PROTOCOL,
                    error=f"{host}:{port} {undecodable}",
                )
        content_type = headers.get("content-type", "").lower()
        limit = _REDIRECT_BODY_LIMIT if location else body_limit(content_type, cfg.max_bytes)
        attempt = _Attempt(url, status=status, headers=headers, location=location)
        # a PlainResponse's bytes are the decoded bytes _read_body counts
        counted = count_wire(raw, limit) if type(raw) is not PlainResponse else None
        if counted is not None:  # a coded or chunked body
            prepare_decoding(raw, headers.get("content-encoding"))
        until = min(run.deadline, self._clock() + _REDIRECT_DRAIN_SECONDS) if location else run.deadline
        try:
            body, over, timed_out, wire = self._read_body(raw, limit, run, exchange, until, counted)
        except Exception as exc:  # translated by the one table; unknown ones re-raised
            failure = self._failure(url, exc, host, port, run, exchange)
            if location and not (exchange.expired or self._clock() >= run.deadline):
                return attempt  # a redirect's body cut short, reset or stalled: its Location stands
            if status >= _STATUS_DECIDES:
                attempt.truncated = True  # the status stands (see _STATUS_DECIDES); nothing of the body kept
                return _with_retry_after(attempt, status, headers)
            partial: bytes = getattr(exc, "linkcheck_partial_body", b"")
            if partial and decoding_broke(exc):
                # a coding that broke in a later read than those that decoded ``partial`` (see
                # decoding_broke): what they decoded is kept, the body marked cut
                body, over, timed_out, wire = partial[:limit], False, False, None
                attempt.truncated = True
            elif not (
                failure.cause is Cause.PROTOCOL
                and whole_at_decoded_length(headers, partial)
                and closed_short(exc)
            ):
                if failure.cause is Cause.CONNECTION:
                    failure.cause = Cause.PROTOCOL
                    failure.error = f"the body was cut short: {failure.error}"
                elif failure.cause is Cause.TIMEOUT:
                    # a body that stopped coming: what came is kept, as when the deadline cuts it (a length
                    # the server never sends in full, a page that stalls before its end)
                    failure.body = partial[:limit]
                    failure.truncated = True
                failure.status, failure.headers = status, headers
                failure.transient = failure.transient and status in TRANSIENT_STATUSES
                return failure
            else:  # a coded body under the length of its decoded bytes, whole (see whole_at_decoded_length)
                body, over, timed_out, wire = partial, False, False, None
        attempt.body = body
        if location:
            return attempt
        if (timed_out or over) and status >= _STATUS_DECIDES:
            attempt.truncated = True  # the status stands (see _STATUS_DECIDES)
            return _with_retry_after(attempt, status, headers)
        if timed_out:
            attempt.truncated = True
            attempt.cause = run.limit_cause
            attempt.error = f"body not complete when the {run.limit} passed ({len(body)} bytes read)"
            return attempt
        if over and wire is None and not is_page(content_type):
            attempt.truncated = True  # a file (a PDF, a video) of any size: its status says what it is
        elif over and wire is None and "content-length" not in headers and padded_page(body):
            attempt.truncated = True  # a whole page, then blanks without end: only the blanks were cut
        elif over:
            attempt.truncated = True
            attempt.cause = Cause.TOO_LARGE
            declared = headers.get("content-length", "").strip()
            # ASCII digits only, and compared by length first: a header of any length never raises here
            if wire is not None and wire.silent:
                attempt.error = (
                    f"more than {wire.cap} bytes received for 0 bytes of body (a body whose bytes decode to "
                    "nothing is read no further)"
                )
            elif wire is not None:
                attempt.error = (
                    f"more than {wire.cap} bytes received for {len(body)} bytes of body (the "
                    f"{cfg.max_bytes}-byte cap allows twice as many on the wire, for chunk extensions, "
                    "trailer lines and coded bytes)"
                )
            elif _ASCII_DIGITS.fullmatch(declared) and _exceeds(declared, cfg.max_bytes):
                shown = declared if len(declared) <= 20 else f"of {len(declared)} digits"
                attempt.error = f"Content-Length {shown} exceeds the {cfg.max_bytes}-byte cap"
            else:
                attempt.error = f"body larger than the {cfg.max_bytes}-byte cap (decoded)"
            return attempt
        if "content-encoding" in headers and status < _STATUS_DECIDES:
            unread = coding_over_no_page(headers, body)
            if unread is not None:
                attempt.body, attempt.cause, attempt.error = b"", Cause.PROTOCOL, f"{host}:{port} {unread}"
                return attempt
        if headers.get("transfer-encoding", "chunked") != "chunked" and status < _STATUS_DECIDES:
            twice = chunked_twice(headers, body)
            if twice is not None:
                attempt.body, attempt.cause, attempt.error = b"", Cause.PROTOCOL, f"{host}:{port} {twice}"
                return attempt
        return _with_retry_after(attempt, status, headers)

    def _read_body(
        self,
        raw: urllib3.BaseHTTPResponse | PlainResponse,
        limit: int,
        run: _Run,
        exchange: _Exchange,
        until: float,
        counted: WireCount | None = None,
    ) -> tuple[bytes, bool, bool, WireCapExceeded | None]:
        """Read at most ``limit`` decoded bytes by ``until`` (the deadline, or earlier for a redirect's
        body): ``(body, over_limit, time_passed, wire_over)``, where ``wire_over`` says how many bytes the
        wire was allowed when those, not the decoded ones, went over (see :class:`WireCount`, ``counted`` the
        one under ``raw``, told here when a byte is decoded).

        A chunked body whose last chunk came is whole: an error after it (trailer lines that stall, a reset
        instead of the blank line that ends them) cuts nothing of it, and the connection, which the failed
        read closed, is not kept. Browsers show such a page whole; it was reported as a ``timeout``, lost.

        Reads with ``read1`` (what one socket read gives), checks the clock between reads and shrinks the
        socket timeout to the time left; the watchdog hangs up at the deadline whatever a read is doing
        (a read it cuts short ends the loop with what was read). Each turn adds at least one byte, so the
        loop ends within ``limit + 1`` turns whatever the clock says.

        A :class:`~linkcheck.connections.PlainResponse` that has given its whole body (its answer closed) is
        not asked once more: that read gives ``b""``, so the loop ends as it would after it.
        """
        chunks: list[bytes] = []
        size = 0
        read_timeout = self._config.read_timeout
        plain = type(raw) is PlainResponse
        while True:
            remaining = until - self._clock()
            if remaining <= 0 or exchange.expired:
                return b"".join(chunks), False, True, None
            _set_read_timeout(raw, min(read_timeout, remaining))
            try:
                chunk = raw.read1(min(_CHUNK, limit + 1 - size), decode_content=True)
            except WireCapExceeded as exc:  # bytes on the wire beyond what the cap allows (see WireCount)
                return b"".join(chunks), True, False, exc
            except Exception as exc:
                if trailers_broke_off(counted, exc):  # the body is whole (see above)
                    return b"".join(chunks), False, False, None
                # cut by the watchdog's hang-up (the stream ends short) or by the timeout shrunk to the
                # deadline: the deadline's doing, and what was read is kept
                if exchange.expired or self._clock() >= until:
                    return b"".join(chunks), False, True, None
                if chunks:  # what came before the read failed: kept by the caller for a read timeout
                    with contextlib.suppress(AttributeError):
                        exc.linkcheck_partial_body = b"".join(chunks)  # type: ignore[attr-defined]
                raise
            if not chunk:
                return b"".join(chunks), False, exchange.expired, None
            if not size and counted is not None:
                counted.decoded = True
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                # the last read's bytes past the cap are cut before the join, not after it: a body at the
                # cap is held twice at most (its reads and their join), not three times (and a slice)
                chunks[-1] = chunk[: len(chunk) - (size - limit)]
                return b"".join(chunks), True, False, None
            if plain and not raw.length_remaining:  # the next read would give b"" (see above)
                remaining = until - self._clock()
                return b"".join(chunks), False, remaining <= 0 or exchange.expired, None


def whole_at_decoded_length(headers: Mapping[str, str], body: bytes) -> bool:
    """Whether a body in a content coding whose connection closed before its ``Content-Length`` is whole all
    the same: its decoded bytes (``body``) are exactly that length.

    Servers that compress after the page set its length (PHP's output handlers, CGI gzip filters) send the
    length of the decoded page over fewer coded bytes, then close. Browsers take such an answer whole when
    the decoded bytes match the length exactly (Chromium's ``ShouldFixMismatchedContentLength``, crbug
    79694, after IE and Firefox); it was reported as a truncated body, the page never read. Left alone: a
    body without a content coding (``identity`` is none: a plain body cut short is cut), a chunked one (its
    framing, not a length, ends it), decoded bytes of any other count, an empty body, a length that is no
    number."""
    if not body or "transfer-encoding" in headers:
        return False
    coding = headers.get("content-encoding", "").strip().lower()
    if coding in ("", "identity"):
        return False
    declared = headers.get("content-length", "").strip()
    # ASCII digits only, compared as written (leading zeros are digits, RFC 9110 8.6): no int() of a header
    return _ASCII_DIGITS.fullmatch(declared) is not None and (declared.lstrip("0") or "0") == str(len(body))


def decoding_broke(exc: BaseException) -> bool:
    """Whether ``exc``, raised by a read of a body, is its content coding's failure to decode (a corrupt
    gzip or deflate stream), not the connection's.

    The read that fails gives nothing of what it inflated, but the reads before it gave their bytes: a
    browser has parsed and shown them by then (Chromium's ``GzipSourceStream`` fails the one read,
    ``ERR_CONTENT_DECODING_FAILED``, after the page's head was rendered from the earlier ones), so the
    Fetcher keeps them as a body cut short. A stream that breaks in the first read that gives bytes (the
    forty-second hostile round's ``/gzip-corrupt-after-head``, a small page in one read) is an error, as
    it is in a browser, which has shown nothing."""
    return any(isinstance(e, urllib3.exceptions.DecodeError) for e in _exception_chain(exc))


def closed_short(exc: BaseException) -> bool:
    """Whether ``exc`` is a body's read ended by the connection's close before its ``Content-Length``
    (``http.client``'s ``IncompleteRead``, which urllib3's own subclasses)."""
    return any(isinstance(e, http.client.IncompleteRead) for e in _exception_chain(exc))


#: What the watchdog's hang-up makes of an answer it cuts before its header block is whole.
_HUNG_UP_CAUSES = frozenset({Cause.CONNECTION, Cause.PROTOCOL})


class WireCapExceeded(Exception):
    """More bytes came for a body than :class:`WireCount` lets through (neither an ``OSError`` nor an
    ``HTTPException``: urllib3 and ``http.client`` let it through as it is, after closing the answer);
    ``silent``: before a byte of the body was decoded from them (:data:`_SILENT_WIRE`)."""

    def __init__(self, cap: int, silent: bool = False) -> None:
        super().__init__(f"more than {cap} bytes received for the body")
        self.cap = cap
        self.silent = silent


#: Bytes a body in a content or transfer coding may take on the wire: twice its cap of decoded bytes, and
#: this much more. A compressed body is smaller than its decoded bytes (gzip adds 18 bytes to incompressible
#: ones); a chunked body's sizes and line ends are not counted (:meth:`WireCount.framing`: a page in 1-byte
#: chunks, six bytes on the wire a byte, is read up to the cap), its chunk extensions and trailer lines are.
_WIRE_SLACK = 64 * 1024
#: Bytes a coded or chunked body may take on the wire before the first byte is decoded from them. Every body
#: that holds a byte gives it well within them: a deflate or brotli stream gives bytes as its first block is
#: read, a zstd block is at most 128 KiB, a gzip header's fields hold a file name and comment of a few bytes
#: (its extra field 64 KiB at most), a chunked body's first data follows its first size line (64 KiB at most,
#: as ``http.client`` reads it). Past them with nothing decoded, the bytes are endless empty gzip members or
#: a header field without end: refused there, not read on to twice the cap (4 MB of 20-byte members, each a
#: new decompressor, was half a second of CPU for one link at the tests' 2 MB cap, two at the CLI's 5 MiB,
#: and ran past a 3 s deadline when eight such links shared a loaded machine).
_SILENT_WIRE = 256 * 1024


class WireCount:
    """The buffered reader under an answer (``http.client``'s ``fp``, which urllib3 reads too), counting
    the bytes it gives: past ``cap``, :class:`WireCapExceeded`.

    The byte cap counts decoded bytes; bytes that decode to nothing escaped it: endless empty gzip members,
    chunk extensions, trailer lines after the last chunk. urllib3 reads them inside one call (its ``read1``
    reads on until something decodes; its trailers are read until a blank line), so they were read until the
    deadline, at a core's full speed, the fetcher's own loop never seeing them. The framing every chunk
    carries (its size, its line ends) is left uncounted (:meth:`framing`): the data bounds it.

    A chunked body (``chunked``) whose first size line ends in LF alone becomes a :class:`_BareLineCount`,
    which follows its chunks: the readers' two bytes after each chunk's data would take a digit with the
    LF."""

    __slots__ = ("_chunk", "_chunked", "_fp", "_held", "_look", "cap", "decoded", "ended", "left")

    def __init__(self, fp: Any, cap: int, chunked: bool = False, silent: int | None = None) -> None:
        self._fp = fp
        self.cap = cap
        #: Of the cap, the bytes held back until a byte of the body is decoded (``silent``: the bytes let
        #: through before that, :data:`_SILENT_WIRE`; ``None``: the whole cap from the start).
        self._held = 0 if silent is None else max(0, cap - silent)
        self.left = cap - self._held
        #: A byte of the body was decoded from the bytes counted (set by the body's reader).
        self.decoded = False
        self._chunked = chunked
        #: The last chunk's line (``0``) was read: the body is whole, whatever its trailer section does.
        self.ended = False
        #: A chunked body's first size line is yet to come: its line end tells the body's.
        self._look = chunked
        #: Bytes of the current chunk's data not read yet (followed once a size line ends in LF alone);
        #: ``None`` between chunks.
        self._chunk: int | None = None

    def _take(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            self._over()

    def _over(self) -> None:
        """Past the bytes let through so far: the held-back ones too once a byte was decoded, else refused."""
        held = self._held
        if held and self.decoded:
            self._held = 0
            self.left += held
            if self.left >= 0:
                return
        if held and not self.decoded:
            raise WireCapExceeded(self.cap - held, silent=True)
        raise WireCapExceeded(self.cap)

    def _count(self, data: bytes) -> bytes:
        self._take(len(data))
        return data

    def framing(self, n: int) -> None:
        """Leave uncounted ``n`` bytes about to be read: a chunked body's framing every chunk carries (its
        size line's digits and line end, the line end after its data), which
        :meth:`linkcheck.headers.Response._read1_chunked` finds. They grow with the chunks, not with the
        page: a page in 1-byte chunks is six bytes on the wire a byte, and one of more than a third of the cap
        was refused, where browsers read it. Chunk extensions, zeros before a size, trailer lines, a size
        line ``http.client`` reads (one with blanks or 16 digits or more) are counted as before: the data
        bounds the framing left uncounted (5 bytes a chunk at most, a chunk a byte of data at least)."""
        self.left += n

    def read(self, *args: Any) -> bytes:
        return self._count(self._fp.read(*args))

    def read1(self, *args: Any) -> bytes:
        return self._count(self._fp.read1(*args))

    def readline(self, *args: Any) -> bytes:
        # a chunked body's lines: chunk sizes, then trailer lines (the data is read, not read by line)
        line = self._count(self._fp.readline(*args))
        if self._chunked and not self.ended and _NOT_HEXDIG.match(line):
            refuse_chunk_size(line)
        if not self.ended and line[:1] in _ZERO_OR_BLANK and is_last_chunk(line):
            self.ended = True
        if self._look:
            self._look = False
            if line[-2:-1] != b"\r" and line[-1:] == b"\n":
                # a size line in LF alone (RFC 9112 2.2 lets a recipient read it; browsers do): the server's
                # chunks end so too, and are followed from here on (a CRLF body pays nothing more for it)
                self.__class__ = _BareLineCount
                self._chunk = None if self.ended else chunk_size(line)
        return line

    def readinto(self, buffer: Any) -> int:
        n: int = self._fp.readinto(buffer) or 0
        self._take(n)
        return n

    def __getattr__(self, name: str) -> Any:  # close, peek, fileno, closed...
        return getattr(self._fp, name)


class _BareLineCount(WireCount):
    """A :class:`WireCount` under a chunked body whose lines end in LF alone: it follows each chunk's data,
    and gives the bare LF after it as the CRLF that ``http.client`` and urllib3 read as two bytes (the second
    was the next size line's first digit: ``40`` read as ``0``, the last chunk, ended the body there, and
    the page was reported whole)."""

    __slots__ = ()

    def read(self, *args: Any) -> bytes:
        left = self._chunk
        if left is None:
            return self._count(self._fp.read(*args))
        if left == 0 and args == (2,):  # the line end after a chunk's data
            self._chunk = None
            first = self._count(self._fp.read(1))  # two reads of a byte: a reader's peek copies all it holds
            return b"\r\n" if first == b"\n" else first + self._count(self._fp.read(1))
        data = self._count(self._fp.read(*args))
        self._chunk = max(0, left - len(data))
        return data

    def read1(self, *args: Any) -> bytes:
        data = self._count(self._fp.read1(*args))
        if self._chunk is not None:
            self._chunk = max(0, self._chunk - len(data))
        return data

    def readinto(self, buffer: Any) -> int:
        n = super().readinto(buffer)
        if self._chunk is not None:
            self._chunk = max(0, self._chunk - n)
        return n

    def readline(self, *args: Any) -> bytes:
        in_trailers = self.ended
        line = super().readline(*args)  # counted; the last chunk's line marks the body ended
        if in_trailers:
            # a bare LF ends the trailer section too (urllib3 waits for CRLF: until the connection closes)
            return b"\r\n" if line == b"\n" else line
        self._chunk = None if self.ended else chunk_size(line)
        return line


#: A chunk-size line whose size (before any ``;``) holds what ``int(line, 16)`` reads and RFC 9112 7.1's
#: ``1*HEXDIG`` does not: a sign (``-1a`` read as -26, ``+1a``), an underscore between digits (``1_a``) or
#: the ``0x`` prefix (``0x10``; ``x`` is no hexadecimal digit, and ``int`` takes it only there).
_NOT_HEXDIG = lazy_re(rb"[^;]*[-+_xX]")


def refuse_chunk_size(line: bytes) -> None:
    """Refuse the chunk-size ``line`` as ``http.client`` refuses one ``int`` cannot read: its
    ``IncompleteRead`` raised while handling the ``ValueError`` that quotes the line. Browsers take no
    sign, underscore nor ``0x`` in a chunk size (Chromium's parser reads hex digits only); Python's ``int``
    did, under urllib3's and http.client's chunk readers: a negative size made them read to the
    connection's end (reported as a truncated body), the others a size browsers never read."""
    try:
        raise ValueError(f"invalid literal for int() with base 16: {line!r}")
    except ValueError:
        raise http.client.IncompleteRead(b"") from None


#: The first byte of a chunk-size line that may be the last chunk's (``int`` takes blanks around digits).
_ZERO_OR_BLANK = frozenset((b"0", b" ", b"\t"))


def is_last_chunk(line: bytes) -> bool:
    """Whether ``line`` is the last chunk's size line (RFC 9112 7.1: ``0``, any extensions, CRLF), as
    ``http.client`` reads a size: the digits before any ``;``, blanks around them, all zeros."""
    size = line.split(b";", 1)[0].strip()
    return bool(size) and not size.strip(b"0")


def chunk_size(line: bytes) -> int | None:
    """The size a chunk-size ``line`` gives, read as urllib3 reads it (the digits before any ``;``, in
    hexadecimal), or ``None`` when it gives none."""
    try:
        size = int(line.split(b";", 1)[0], 16)
    except ValueError:
        return None
    return size if size >= 0 else None


def trailers_broke_off(counted: WireCount | None, exc: BaseException) -> bool:
    """Whether ``exc``, raised reading a body whose wire bytes ``counted`` counts, came after its last chunk
    (the body is whole) and from the connection (trailer lines that stall or break off): not a coding that
    failed to decode at its end, nor trailers without end (:class:`WireCapExceeded`)."""
    return (
        counted is not None
        and counted.ended
        and not isinstance(exc, (WireCapExceeded, urllib3.exceptions.DecodeError))
    )


def count_wire(raw: urllib3.BaseHTTPResponse | PlainResponse, limit: int) -> WireCount | None:
    """Count the bytes ``raw``'s body takes on the wire, up to ``2 * limit + _WIRE_SLACK`` (``limit``: its cap
    of decoded bytes), and up to :data:`_SILENT_WIRE` until its reader sets ``decoded``; ``None`` for an
    answer that has no ``http.client`` reader under it (mocked, cached)."""
    answer = getattr(raw, "_original_response", None)
    fp = getattr(answer, "fp", None)
    if fp is None:
        return None
    if isinstance(fp, WireCount):  # counted already (the cache's adapter read the body first)
        return fp
    chunked = getattr(raw, "chunked", False) is True
    counted = WireCount(fp, 2 * limit + _WIRE_SLACK, chunked=chunked, silent=_SILENT_WIRE)
    answer.fp = counted  # type: ignore[union-attr]
    return counted


#: Content codings of the registry (RFC 9110 8.4.1) that transform the bytes. urllib3 decodes
#: :data:`_DECODABLE` of them (``br`` and ``zstd`` only when their optional modules are installed, and then
#: requests asks for them); the others a server may still send (a CDN's cached ``br`` answer served to every
#: client). Read as they are, such bytes were the page: no title, nothing to check, reported ``ok``.
_COMPRESSIONS = frozenset(
    {"gzip", "x-gzip", "deflate", "br", "zstd", "compress", "x-compress", "pack200-gzip", "exi", "aes128gcm"}
    | {"dcb", "dcz"}
)
_DECODABLE = frozenset(urllib3.HTTPResponse.CONTENT_DECODERS)
#: Content-Encoding values read without a look at their codings (what servers send nearly always).
_PLAIN_CODINGS = frozenset({"gzip", "deflate", "br", "zstd"} & _DECODABLE)


def undecodable_coding(headers: dict[str, str]) -> str | None:
    """What the answer's codings (``headers``: names in lower case) leave linkcheck unable to read, or
    ``None``: a content coding in :data:`_COMPRESSIONS` that urllib3 cannot decode, or a transfer coding
    other than ``chunked`` that compresses (only ``chunked`` is read as a transfer coding: with
    ``Transfer-Encoding: gzip, chunked`` the gzip bytes were taken for the page). A label that is no
    compression (``identity``, ``none``, ``UTF-8``: misconfigured servers) leaves the bytes as they are, as
    browsers read them."""
    content = headers.get("content-encoding")
    if content is not None and content not in _PLAIN_CODINGS:
        for coding in content.lower().split(","):
            coding = coding.strip()
            if coding in _COMPRESSIONS and coding not in _DECODABLE:
                return (
                    f"sent the body in Content-Encoding {_shown(content)!r}, which linkcheck "
                    f"did not ask for and cannot decode ({coding!r}): the page could not be read"
                )
    transfer = headers.get("transfer-encoding")
    if transfer is not None and transfer != "chunked":
        for coding in transfer.lower().split(","):
            if coding.strip() in _COMPRESSIONS:
                return (
                    f"sent the body in Transfer-Encoding {_shown(transfer)!r}: only the "
                    "chunked transfer coding is read, so the page could not be read"
                )
    return None


def unapplied_codings(content: str) -> list[str]:
    """The codings of ``content`` (a ``Content-Encoding`` value) that urllib3 does not decode, ``identity``
    aside: labels nobody registered (``x-custom``, ``none``, ``UTF-8``), and compressions it cannot
    decode."""
    return [
        coding
        for coding in (part.strip() for part in content.lower().split(","))
        if coding and coding != "identity" and coding not in _DECODABLE
    ]


def decodable_codings(content: str) -> list[str] | None:
    """The codings of ``content`` (a ``Content-Encoding`` value) to decode, in the order they were applied,
    when urllib3 would read the value otherwise than RFC 9110 does; ``None`` when it reads it right (every
    element a coding it decodes). RFC 9110 lists codings in the order they were applied (8.4), an empty
    element is none (5.6.1) and ``identity`` is no coding (8.4.1): the codings to decode are the last ones
    listed that urllib3 knows, up to one it does not (that one, applied after the ones before it, is left
    on the bytes, and :func:`coding_over_no_page` judges them). urllib3 decodes each element it does not
    know as ``deflate`` (its fallback): ``gzip,`` and ``identity, gzip`` failed as bad deflate streams, and
    ``gzip, x-custom`` decoded ``x-custom`` as ``deflate``, not naming it. A lone coding with blanks around
    it (`` gzip``: a value that began on a folded line; ``gzip `` with a trailing blank) urllib3 did not
    decode at all, and the gzip bytes were the page."""
    lower = content.lower()
    listed = [part.strip() for part in lower.split(",")]
    codings = [coding for coding in listed if coding and coding != "identity"]
    first = len(codings)
    while first and codings[first - 1] in _DECODABLE:
        first -= 1
    # urllib3 strips the blanks of a list's elements, not those of a lone coding
    read_right = first == 0 and codings == listed and ("," in lower or lower in _DECODABLE)
    return None if read_right else codings[first:]


def prepare_decoding(raw: Any, coding: str | None) -> None:
    """Ready urllib3's answer ``raw`` (not read yet, its ``Content-Encoding`` value ``coding``) to be read
    decoded, as both readers of a body read it (the Fetcher's, and the cache's before it stores one): its
    codings decoded as RFC 9110 lists them (:func:`decode_as_listed`), a gzip member's trailer not checked
    (:func:`~linkcheck.gziptrailer.tolerate_gzip_trailers`)."""
    if coding is not None and coding not in _PLAIN_CODINGS:
        decode_as_listed(raw, coding)
    tolerate_gzip_trailers(raw)


def decode_as_listed(raw: Any, content: str) -> None:
    """Give urllib3's answer ``raw`` (not read yet) the decoder of :func:`decodable_codings` of its
    ``Content-Encoding`` value ``content`` (no decoder when there are none), where urllib3 would read the
    value otherwise; any other answer is left as it is (a mocked or cached one, one read from already, more
    codings than urllib3 decodes: the body's read says so, as before)."""
    if getattr(raw, "_has_decoded_content", True) or not hasattr(raw, "_decoder_initialized"):
        return
    codings = decodable_codings(content)
    if codings is None:
        return
    try:
        raw._decoder = urllib3.response._get_decoder(", ".join(codings)) if codings else None
    except urllib3.exceptions.DecodeError:
        return
    raw._decoder_initialized = True


#: Bytes no text holds (the MIME Sniffing Standard's binary data bytes): controls other than tab, line
#: feed, form feed, carriage return and escape.
_BINARY_BYTE = lazy_re(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def coding_over_no_page(headers: dict[str, str], body: bytes) -> str | None:
    """What is wrong with a page (``headers``: names in lower case) sent in a content coding linkcheck does
    not know and could not undo, when its bytes are no text (a binary data byte in the first 512, no byte
    order mark): the coding did transform them, so they are no page to read, and the coding is named.
    ``None`` otherwise: bytes that are plainly text under a label that transformed nothing (``x-evil``,
    ``none`` over HTML: browsers show them), a coding urllib3 decoded, or a file (an image, a PDF) whose own
    bytes are binary."""
    content = headers.get("content-encoding")
    if content is None or content in _PLAIN_CODINGS or not is_page(headers.get("content-type", "").lower()):
        return None
    unapplied = unapplied_codings(content)
    head = body[:512]
    if not unapplied or head.startswith(_TEXT_BOMS) or _BINARY_BYTE.search(head) is None:
        return None
    return (
        f"sent the body in Content-Encoding {_shown(content)!r}, a coding linkcheck does not know "
        f"({_shown(unapplied[0])!r}), over bytes that are no text: the page could not be read"
    )


#: A chunk's size line at a body's start (RFC 9112 7.1: hex digits, chunk extensions, the line's end).
_CHUNK_SIZE_LINE = lazy_re(rb"[0-9A-Fa-f]{1,16}(?:[ \t]*;[^\r\n]{0,4096})?\r?\n")
#: How a chunked body's last chunk and its empty trailer section end one (CRLF, or LF alone).
_LAST_CHUNK_ENDS = (b"\n0\r\n\r\n", b"\n0\n\n")


def chunked_repeated(transfer: str | None) -> int:
    """How many times a ``Transfer-Encoding`` value (``transfer``; ``None``: none) lists ``chunked`` (any
    case, blanks around the list's elements aside) when it lists it more than once; ``0`` when it lists it
    once or never. One substring count for a value that names it at most once."""
    if transfer is None or transfer.lower().count("chunked") < 2:
        return 0
    times = [coding.strip() for coding in transfer.lower().split(",")].count("chunked")
    return times if times > 1 else 0


def chunked_twice(headers: dict[str, str], body: bytes) -> str | None:
    """What is wrong with a body (``headers``: names in lower case) whose ``Transfer-Encoding`` lists
    ``chunked`` more than once and that, once dechunked, is still a chunked stream (a size line at its start,
    a last chunk at its end): the chunked coding was applied twice, which RFC 9112 6.1 forbids (an
    application chunked the page, a proxy chunked that stream again and added its coding to the list).
    Undone once, the bytes were taken for the page, size lines inside its text and title; two parsers that
    undo it a different number of times see two bodies (the ground of request smuggling), and curl refuses
    such an answer. ``None`` otherwise. Left alone: ``chunked`` listed twice over a body chunked once (two
    header lines a framework and a proxy each added: browsers read the page), a body cut short by the cap or
    the close (no last chunk at its end), ``chunked`` once."""
    transfer = headers.get("transfer-encoding", "")
    times = chunked_repeated(transfer)
    if times < 2 or _CHUNK_SIZE_LINE.match(body) is None or not body.endswith(_LAST_CHUNK_ENDS):
        return None
    return (
        f"sent the body with the chunked transfer coding applied {times} times "
        f"(Transfer-Encoding {_shown(transfer)!r}), which RFC 9112 6.1 forbids: undone once, the bytes are "
        "still chunk framing, not the page"
    )


def _header_values(raw: urllib3.BaseHTTPResponse | PlainResponse, name: str) -> list[str]:
    """Every value of header ``name`` (lower case) that ``raw`` was sent, one per line; ``[]`` when ``raw``
    cannot tell them apart (a mocked response without urllib3's headers)."""
    if isinstance(raw, PlainResponse):
        return [value for key, value in raw.fields if key.lower() == name]
    getlist = getattr(getattr(raw, "headers", None), "getlist", None)
    return [str(value) for value in getlist(name)] if callable(getlist) else []


def _unjoined(value: str) -> list[str]:
    """The lines a header value joined with ", " was made of, when it is one value repeated (a cached
    answer keeps its headers joined: ``/moved, /moved`` is ``/moved`` twice); else ``[value]`` (a URL may
    hold ", " itself)."""
    parts = value.split(", ")
    for size in range(1, len(parts) // 2 + 1):
        if len(parts) % size == 0 and all(
            parts[start : start + size] == parts[:size] for start in range(size, len(parts), size)
        ):
            return [", ".join(parts[:size])] * (len(parts) // size)
    return [value]


def _exceeds(digits: str, limit: int) -> bool:
    """Whether the number in ASCII ``digits`` is above ``limit`` (no ``int`` of a string of any length)."""
    digits = digits.lstrip("0") or "0"
    bound = str(limit)
    return len(digits) > len(bound) or (len(digits) == len(bound) and digits > bound)


def _set_read_timeout(raw: urllib3.BaseHTTPResponse | PlainResponse, seconds: float) -> None:
    """Shrink the socket timeout of the connection under ``raw`` to ``seconds`` (no-op for mocked responses,
    and when it is not longer: each ``settimeout`` is a system call that gives up the GIL)."""
    conn: Any = getattr(raw, "connection", None)
    sock = getattr(conn, "sock", None)
    if sock is not None:
        seconds = max(seconds, 0.001)
        current = sock.gettimeout()
        if current is None or seconds < current:
            with contextlib.suppress(OSError):
                sock.settimeout(seconds)
