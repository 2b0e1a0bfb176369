"""The HTTP cache (``--cache PATH --cache-ttl SECONDS``): requests-cache with SQLite, fitted to the Fetcher.

Re-runs within the TTL do not re-fetch pages that were fine; expired entries are revalidated with
``If-None-Match``/``If-Modified-Since`` (a ``304`` refreshes the entry without a body); failures are never
cached. Use it through the fetcher::

    session = make_cached_session(config)           # config.cache_path, config.cache_ttl
    fetcher = Fetcher(config, session=session)
    report = check(citations, config, fetcher=fetcher)
    purge_failures(session, report)                 # what turned out broken is not kept
    session.close()

What is stored, and why it is safe with the Fetcher's guarantees:

* Only ``GET`` answers ``200``, ``203``, ``301`` and ``308`` (permanent redirects are one hop each, as the
  Fetcher follows redirects hop by hop; temporary ones are not kept). Never a ``4xx``/``5xx``, never a
  response to a request that carried configured per-domain headers (secrets stay out of the file), never a
  ``Cache-Control: no-store`` answer.
* After a run, :func:`purge_failures` drops the entries of every URL (and redirect hop) whose citation was
  not ``ok``: a soft 404 or a bot challenge served with 200 is a failure too, and is re-checked next time.
  So the cache holds only 2xx pages and 3xx hops that led to a page that was fine.
* The body cap and the deadline hold on a cache miss. requests-cache reads a whole body before storing it,
  so :class:`CachingAdapter` (a subclass of the Fetcher's pinned-address ``GuardedAdapter``) first reads the
  decoded body itself: at most ``max_bytes + 1`` bytes, and only for the read time the Fetcher granted
  (``min(read timeout, time left)``) or until its watchdog expires the exchange. A body over the cap, cut
  short, or still arriving is not cached, and the Fetcher reads on from where the pre-read stopped, so it
  sees what it would have seen without a cache (``too_large``, ``timeout``...): the hostile-server catalogue
  is classified the same with and without ``--cache`` (``tests/test_cache.py``). The body is stored decoded,
  so ``Content-Encoding`` is dropped from the stored and returned headers and ``Content-Length`` is the
  decoded length. A body in a coding that cannot be decoded (``fetch.undecodable_coding``), or in any coding
  urllib3 does not decode (``fetch.unapplied_codings``: ``x-custom``, ``none``), is neither read here nor
  stored: the Fetcher reports it as it does without a cache (it judges the bytes by the coding named). Nor is
  one whose ``Transfer-Encoding`` lists ``chunked`` more than once (``fetch.chunked_repeated``: the Fetcher
  judges the body by that header, which a stored copy loses), nor an answer whose head holds a NUL in a
  header's name or the status line's reason (``fetch.head_nul_outside_values``): the replay of a stored one
  keeps neither.
* Hits still go through the address guard (the Fetcher vets the host before asking the session).
* Two URLs whose %-escapes differ only in case (``caf%C3%A9``, ``caf%c3%a9``) are two entries
  (:func:`cache_key`): the Fetcher sends each as written (:mod:`linkcheck.targets`), and a server may answer
  them differently (a 301 from one to the other). requests-cache's own key read them as one, so the stored
  301 answered the request for its own target: a redirect loop.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import sqlite3
import threading
import time
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3
from requests_cache import CachedSession
from requests_cache.cache_keys import create_key
from requests_cache.models.response import CachedResponse
from urllib3._collections import HTTPHeaderDict

from linkcheck.config import Config
from linkcheck.errors import ConfigError
from linkcheck.fetch import (
    GuardedAdapter,
    adapter_options,
    chunked_repeated,
    closed_short,
    count_wire,
    head_nul_outside_values,
    make_session,
    prepare_decoding,
    trailers_broke_off,
    unapplied_codings,
    undecodable_coding,
    whole_at_decoded_length,
)
from linkcheck.media import body_limit
from linkcheck.models import Report, Status
from linkcheck.state import aside_name, move_aside, refuse_unless_regular
from linkcheck.targets import has_lower_escape, with_escapes_as_written

__all__ = [
    "CACHEABLE_STATUSES",
    "CachingAdapter",
    "LinkcheckCachedSession",
    "cache_file_problem",
    "cache_key",
    "make_cached_session",
    "purge_failures",
    "set_aside_damaged_cache",
    "sqlite_finds_damage",
    "unusable_keys",
]

#: What may be stored: success and permanent redirects.
CACHEABLE_STATUSES = (200, 203, 301, 308)
_CHUNK = 64 * 1024
_MARK = "_linkcheck_cacheable"


class _Replay(io.RawIOBase):
    """The decoded bytes already read from a response; then the same error again (if reading had failed),
    or the rest of the live response, decoded (if reading was handed over unfinished)."""

    def __init__(
        self, data: bytes, error: BaseException | None = None, rest: urllib3.HTTPResponse | None = None
    ) -> None:
        super().__init__()
        self._data = io.BytesIO(data)
        self._error = error
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._data.readinto(buffer)
        if n:
            return n
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        if self._rest is not None:
            chunk = self._rest.read1(len(buffer), decode_content=True)
            buffer[: len(chunk)] = chunk
            return len(chunk)
        return 0

    def read1(self, size: int = -1) -> bytes:
        return self.read(size) or b""

    def close(self) -> None:
        if self._rest is not None:
            self._rest.close()
        super().close()


def _domain_matches(host: str, domain: str) -> bool:
    host, domain = host.lower().rstrip("."), domain.lower().strip().lstrip(".").rstrip(".")
    return bool(domain) and (host == domain or host.endswith("." + domain))


class CachingAdapter(GuardedAdapter):
    """The Fetcher's pinned-address adapter, with the cache in front of it.

    The Fetcher sends through the adapter (not ``Session.send``), so this adapter hands each request to its
    cached session once (``cache_session.send``); on a miss the session comes back here (a thread-local flag
    tells the two calls apart) and the request goes to the network through ``GuardedAdapter.send``. A
    cacheable answer's body (and any redirect's) is then read here, within the cap, and handed on as a
    replay; the response is marked cacheable only when it was read whole.
    """

    def __init__(self, *, max_bytes: int, secret_domains: Iterable[str] = (), **kwargs: Any) -> None:
        self.max_bytes = max_bytes
        self.secret_domains = tuple(secret_domains)
        self.cache_session: requests.Session | None = None
        self._inside = threading.local()
        super().__init__(**kwargs)

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        if self.cache_session is None or getattr(self._inside, "active", False):
            return self._network_send(request, *args, **kwargs)
        if args:  # requests' adapters take (request, stream, timeout, verify, cert, proxies)
            names = ("stream", "timeout", "verify", "cert", "proxies")
            kwargs.update(zip(names, args, strict=False))
        self._inside.active = True
        try:
            response: requests.Response = self.cache_session.send(request, allow_redirects=False, **kwargs)
        finally:
            self._inside.active = False
        return response

    def _network_send(
        self, request: requests.PreparedRequest, *args: Any, **kwargs: Any
    ) -> requests.Response:
        response = super().send(request, *args, **kwargs)
        redirect = 300 <= response.status_code < 400 and "Location" in response.headers
        if request.method != "GET" or not (response.status_code in CACHEABLE_STATUSES or redirect):
            return response
        if head_nul_outside_values(response.raw) is not None:
            return response  # refused by the Fetcher for its head (a NUL in a name or the reason): not stored
        codings = response.headers.get("Content-Encoding") or response.headers.get("Transfer-Encoding")
        if (
            codings
            and not redirect
            and (
                undecodable_coding({k.lower(): v for k, v in response.headers.items()})
                or unapplied_codings(response.headers.get("Content-Encoding", ""))
                or chunked_repeated(response.headers.get("Transfer-Encoding"))
            )
        ):
            # not readable (the Fetcher says so), nor stored as if its bytes were decoded; nor bytes in a
            # coding nobody decoded, which the Fetcher judges by the coding it names; nor a body whose
            # Transfer-Encoding lists chunked twice, which the Fetcher judges by that header
            # (fetch.chunked_twice) and a stored copy would lose
            return response
        # Buffered within the cap and the time left: requests-cache and Session.send (for a redirect) read
        # whole bodies, with neither.
        timeout = kwargs.get("timeout", args[1] if len(args) > 1 else None)
        budget = timeout[1] if isinstance(timeout, tuple) else timeout
        exchange = getattr(self.slot, "exchange", None)
        complete = _buffer(
            response,
            body_limit(response.headers.get("Content-Type", "").lower(), self.max_bytes),
            until=time.monotonic() + (budget if isinstance(budget, (int, float)) else 60.0),
            expired=lambda: bool(getattr(exchange, "expired", False)),
        )
        host = urlsplit(request.url or "").hostname or ""
        secret = any(_domain_matches(host, d) for d in self.secret_domains)
        no_store = "no-store" in response.headers.get("Cache-Control", "").lower()
        cacheable = response.status_code in CACHEABLE_STATUSES
        setattr(response, _MARK, cacheable and complete and not secret and not no_store)
        return response


def _buffer(
    response: requests.Response, limit: int, *, until: float, expired: Callable[[], bool] = lambda: False
) -> bool:
    """Read ``response``'s decoded body (at most ``limit + 1`` bytes, until ``until`` on the monotonic
    clock) and swap in a replay of it; ``True`` when the whole body was read.

    Past ``until`` (or once the Fetcher's watchdog has ``expired`` the exchange) the replay hands over to the
    live response, so the Fetcher's own deadline decides, exactly as without a cache.
    """
    raw: urllib3.HTTPResponse = response.raw
    counted = count_wire(raw, limit)  # bytes that decode to nothing count too (as the Fetcher's own reads)
    prepare_decoding(raw, response.headers.get("Content-Encoding"))  # decoded as the Fetcher's own reads
    buf = bytearray()
    error: BaseException | None = None
    ended = False
    try:
        while len(buf) <= limit and time.monotonic() < until and not expired():
            chunk = raw.read1(min(_CHUNK, limit + 1 - len(buf)), decode_content=True)
            if not chunk:
                ended = True
                break
            if not buf and counted is not None:
                counted.decoded = True  # the whole wire cap applies (fetch.WireCount)
            buf += chunk
    except Exception as exc:  # replayed to the Fetcher after the bytes, as the live read would have
        # the body is whole, only its trailers stalled or broke off (the error closed the connection: it is
        # not kept); trailers without end stay over the cap (fetch.Fetcher._read_body)
        if trailers_broke_off(counted, exc):
            ended = True
        elif closed_short(exc) and whole_at_decoded_length(raw.headers, bytes(buf)):
            ended = True  # a coded body under its decoded length, whole (fetch.whole_at_decoded_length)
        else:
            error = exc
    complete = ended and error is None and len(buf) <= limit and not expired()
    handed_over = not complete and error is None and len(buf) <= limit
    if complete:
        raw.release_conn()
    elif not handed_over:
        raw.close()
    headers = HTTPHeaderDict(raw.headers)
    for name in ("Content-Encoding", "Transfer-Encoding", "Content-Length"):
        headers.discard(name)
        if complete or name != "Content-Length":
            response.headers.pop(name, None)
    if complete:
        headers["Content-Length"] = str(len(buf))
        response.headers["Content-Length"] = str(len(buf))
    response.raw = urllib3.HTTPResponse(
        body=_Replay(bytes(buf), error, raw if handed_over else None),
        headers=headers,
        status=raw.status,
        version=raw.version,
        reason=raw.reason,
        preload_content=False,
        decode_content=False,
        request_method="GET",
        request_url=raw.url,
        enforce_content_length=False,
    )
    return complete


def _cacheable(response: requests.Response) -> bool:
    """requests-cache's filter: stored only when the adapter read it whole (and hits stay stored)."""
    if getattr(response, "from_cache", False):
        return True
    return bool(getattr(response, _MARK, False))


class LinkcheckCachedSession(CachedSession):
    """A ``CachedSession`` counting what it served: ``stats["hit"]``, ``["revalidated"]``, ``["fetched"]``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.stats: Counter[str] = Counter()
        self._stats_lock = threading.Lock()

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> Any:
        response = super().send(request, *args, **kwargs)
        kind = (
            "revalidated"
            if getattr(response, "revalidated", False)
            else "hit"
            if getattr(response, "from_cache", False)
            else "fetched"
        )
        with self._stats_lock:
            self.stats[kind] += 1
        return response

    def resolve_redirects(
        self, resp: requests.Response, req: requests.PreparedRequest, *args: Any, **kwargs: Any
    ) -> Iterator[Any]:
        """Nothing for the request ``Response.next`` would hold: ``requests.Session.send`` prepares it for a
        redirect even with ``allow_redirects=False``, parsing the server's ``Location``, and a ``Location``
        ``urlparse`` refuses (``http://[::1/``) raised ``ValueError`` out of the fetch: a link reported as a
        linkcheck bug (``internal``) with ``--cache`` and as an invalid redirect without it. linkcheck
        follows redirects itself (:meth:`linkcheck.fetch.Fetcher._follow`) and never reads ``next``."""
        if kwargs.get("yield_requests"):
            return iter(())
        return super().resolve_redirects(resp, req, *args, **kwargs)  # type: ignore[no-any-return]

    def close(self) -> None:
        """Close the connections and the SQLite database; the file's next session checks it again."""
        super().close()  # type: ignore[no-untyped-call]  # requests-cache leaves close() unannotated
        with _first_use:
            for sharing in _open_sessions.values():
                sharing.discard(self)


def _within_ttl(response: CachedResponse, ttl: float) -> CachedResponse:
    """``response`` expiring no later than ``ttl`` seconds after it was stored. requests-cache fixes an
    entry's expiry when it writes it, so a run with a shorter ``--cache-ttl`` than the run that stored the
    entry was served pages older than it allowed (stored with a day's TTL, still a hit an hour later under
    ``--cache-ttl 60``). The change is made to the copy read, not to the file; an entry a ``304`` revalidated
    counts as stored then (``make_cached_session`` sets its ``created_at``)."""
    created = response.created_at
    if created is None:
        return response
    if created.tzinfo is None:
        created = created.replace(tzinfo=timezone.utc)
    latest = created + timedelta(seconds=ttl)
    if response.expires is None or response.expires > latest:
        response.expires = latest
    return response


def cache_key(request: Any, **kwargs: Any) -> str:
    """requests-cache's key for ``request`` (its ``create_key``), told apart by the URL as sent when the URL
    holds a %-escape in lower case: requests-cache normalises a URL's escapes to upper case, so ``caf%c3%a9``
    and ``caf%C3%A9``, two requests the Fetcher sends as written, had one key (and a stored 301 from one to
    the other answered both). So is a URL whose query is empty (``/story?``): requests-cache drops the ``?``,
    and a stored 301 from ``/story`` to ``/story?`` answered the second as well (a redirect loop; the Fetcher
    sends the two as two URLs, as browsers do: :mod:`linkcheck.targets`). Every other URL keeps the key it
    had, so a cache written before still serves.
    """
    key = create_key(request, **kwargs)
    url = (getattr(request, "url", None) or "").split("#", 1)[0]
    if not has_lower_escape(url) and not url.endswith("?"):
        return key
    return hashlib.blake2b(f"{key} {url}".encode(), digest_size=8).hexdigest()


_SQLITE_MAGIC = b"SQLite format 3\x00"
_log = logging.getLogger(__name__)


def cache_file_problem(head: bytes, size: int) -> str | None:
    """What is wrong with a cache file whose first 100 bytes are ``head`` and whose length is ``size``, or
    None. A file a crash, a full disk or a CI cache step cut short, or that is not SQLite at all, made
    requests-cache raise ``sqlite3.DatabaseError`` (a traceback) when the run opened it. Read from SQLite's
    file header: the magic string, and the database's size in pages, which the header states whenever its
    "version-valid-for" number equals its change counter (SQLite 3.7.0 and later always write both). Left
    alone: an empty file (SQLite makes it a database), and a file at least as long as its header says."""
    if size == 0:
        return None
    if not head.startswith(_SQLITE_MAGIC):
        return "not an SQLite database"
    if len(head) < 100:
        return f"cut short at {size} bytes (no whole SQLite header)"
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    changes, pages, valid_for = (int.from_bytes(head[at : at + 4], "big") for at in (24, 28, 92))
    if pages and valid_for == changes and size < page * pages:
        return f"cut short at {size} bytes of the {page * pages} its header states"
    return None


def set_aside_damaged_cache(path: str | os.PathLike[str], *, stamp: str | None = None) -> str | None:
    """Move a damaged cache file (:func:`cache_file_problem`, or ``broken``) aside, as a damaged state file is
    (``cache.sqlite.corrupt-<time>``, with its ``-wal``/``-shm`` files), and say so: the warning, or None
    when the file is missing or sound. A cache holds nothing that cannot be fetched again, so an empty one
    is the whole cost; refusing to run would stop the nightly job over a file it can do without.

    The header is read without SQLite's locks, so while another run (a thread, a shard, a second job) writes
    the file it can look empty, cut short or not yet SQLite; damage the header shows is set aside only when
    SQLite, reading under its locks, finds it too (:func:`sqlite_finds_damage`). Before, a run that started
    while another was creating the cache set the other's sound file aside."""
    target = Path(path)
    refuse_unless_regular(target, "--cache")
    try:
        with target.open("rb") as handle:
            head = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(f"--cache {target}: cannot read: {exc.strerror or exc}") from None
    problem = cache_file_problem(head, size)
    if problem is None or not sqlite_finds_damage(target):
        return None
    return _move_aside(target, problem, stamp)


_CONFIRM_WAIT = 30.0  # seconds SQLite waits for a writer's lock before the confirmation gives up


def sqlite_finds_damage(target: Path) -> bool:
    """Whether SQLite, opening ``target`` read-only and waiting for any writer's lock, finds it damaged (not a
    database, or ``PRAGMA quick_check`` reports a fault). A file it cannot open (gone, renamed aside by
    another run) or whose lock another run holds past the wait is not called damaged: nothing is set aside
    that SQLite has not seen to be broken."""
    try:
        connection = sqlite3.connect(f"{target.absolute().as_uri()}?mode=ro", uri=True, timeout=_CONFIRM_WAIT)
    except sqlite3.Error:
        return False
    try:
        row = connection.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.OperationalError:  # cannot open, locked, busy: a state of the moment, not damage
        return False
    except sqlite3.DatabaseError:  # not a database, malformed
        return True
    finally:
        connection.close()
    return row is None or row[0] != "ok"


def _move_aside(target: Path, problem: str, stamp: str | None) -> str:
    """Move the damaged cache file ``target`` names aside and say so. A symbolic link is followed
    (:func:`linkcheck.state.written_path`, as for the state): SQLite opens the file it names (and keeps its
    ``-wal``/``-shm`` files beside that file), and a rename of the link would set the link aside and leave
    the damaged file where the next job's link finds it again (fix7, nightly6's leftover); ``move_aside``
    follows it."""
    stamp = stamp or datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    aside = move_aside(target, "--cache", f"damaged ({problem})", stamp)
    return (
        f"the cache file {target} was damaged ({problem}); moved it to {aside_name(target, aside)} and"
        " started an empty cache (pages are fetched afresh)"
    )


_first_use = threading.Lock()
# the sessions open on each cache file (its absolute path) in this process
_open_sessions: dict[str, weakref.WeakSet[LinkcheckCachedSession]] = {}


def make_cached_session(config: Config) -> LinkcheckCachedSession:
    """A session like :func:`linkcheck.fetch.make_session`, caching in ``config.cache_path`` (SQLite).

    A damaged cache file is set aside with a warning (logged) and an empty cache started: found from its
    header before it is opened, or by SQLite when it opens it (``sqlite3.DatabaseError``), and in both cases
    confirmed by SQLite under its locks (:func:`set_aside_damaged_cache`). Threads that share one ``Config``
    open their sessions one at a time, and while this process holds a session open on the file, the next
    opens it without reading its header: that read opens and closes the file outside SQLite, and on POSIX a
    close drops every lock the process holds on the file, the locks of the open sessions' connections too."""
    if not config.cache_path:
        raise ValueError("make_cached_session needs config.cache_path")
    with _first_use:
        sharing = _open_sessions.setdefault(os.path.abspath(config.cache_path), weakref.WeakSet())
        if not sharing:
            warning = set_aside_damaged_cache(config.cache_path)
            if warning:
                _log.warning("%s", warning)
        session = _opened_session(config)
        sharing.add(session)
    return session


def _opened_session(config: Config) -> LinkcheckCachedSession:
    """:func:`_cached_session`, or after SQLite found the file damaged as it opened it, the file set aside
    and an empty one. An error that is no damage (the file locked by another run past SQLite's wait) is
    raised with the path."""
    assert config.cache_path
    target = Path(config.cache_path)
    try:
        return _cached_session(config)
    except sqlite3.DatabaseError as exc:
        if not sqlite_finds_damage(target):
            raise ConfigError(f"--cache {target}: cannot open: {exc}") from None
        _log.warning("%s", _move_aside(target, str(exc), None))
    return _cached_session(config)


def _cached_session(config: Config) -> LinkcheckCachedSession:
    assert config.cache_path
    base = make_session(config)
    session = LinkcheckCachedSession.wrap(
        base,
        cache_name=config.cache_path,
        backend="sqlite",
        expire_after=config.cache_ttl,
        allowable_codes=CACHEABLE_STATUSES,
        allowable_methods=("GET",),
        cache_control=False,  # the TTL the user chose rules; validators still drive revalidation
        stale_if_error=False,
        filter_fn=_cacheable,
        match_headers=False,
        key_fn=cache_key,
        wal=True,
    )
    stored = session.cache.get_response
    ttl = config.cache_ttl

    def get_response(key: str, default: Any = None) -> Any:
        found = stored(key, default)
        return _within_ttl(found, ttl) if isinstance(found, CachedResponse) else found

    save = session.cache.save_response

    def save_response(response: requests.Response, *args: Any, **kwargs: Any) -> None:
        if isinstance(response, CachedResponse):  # a 304 revalidated it: its TTL counts from now
            response.created_at = datetime.now(timezone.utc)
        save(response, *args, **kwargs)

    session.cache.get_response = get_response  # type: ignore[method-assign]
    session.cache.save_response = save_response  # type: ignore[method-assign]
    adapter = CachingAdapter(
        max_bytes=config.max_bytes,
        secret_domains=list(config.headers),
        **adapter_options(config),
    )
    adapter.cache_session = session
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    # The Fetcher counts hops itself; Session.send must not refuse a single redirect answer.
    session.max_redirects = 1000
    base.close()
    assert isinstance(session, LinkcheckCachedSession)
    return session


def purge_failures(session: requests.Session, report: Report) -> int:
    """Drop the cache entries of every URL (and redirect hop) whose citation was not ``ok``; returns how
    many URLs were named. A no-op for a session without a cache."""
    cache = getattr(session, "cache", None)
    if cache is None:
        return 0
    urls: set[str] = set()
    for result in report.results:
        if result.status is Status.OK:
            continue
        urls.add(result.url.split("#", 1)[0])
        if result.final_url:
            urls.add(result.final_url)
        urls.update(hop.url for hop in result.redirects)
    if urls:
        cache.delete(requests=[_as_fetched(url) for url in sorted(urls)])
    try:
        _drop_unusable(cache)
    except sqlite3.Error as exc:  # tidying only (a file busy with another job): the run's report stands
        _log.warning("the cache's expired entries were left in place: %s", exc)
    return len(urls)


#: An expired entry is kept at most this long, validators or not: the state forgets a URL no run has
#: checked for as long (``state.FORGET_AFTER_DAYS``).
KEEP_EXPIRED_DAYS = 90


def unusable_keys(expired: Iterable[tuple[str, Mapping[str, str], float]], now: float) -> list[str]:
    """The keys, among ``(key, headers, expires)`` of expired entries, that no run can use again: an entry
    without ``ETag`` or ``Last-Modified`` (it cannot be revalidated, so the next request for its URL fetches
    the page whole, as without it), and any entry expired for ``KEEP_EXPIRED_DAYS``. A site whose citations
    come and go (a front page's stories, a manifest rewritten) otherwise grew the file by every page it ever
    cited. Left alone: an expired entry with a validator, for a while (a ``304`` costs the site no body)."""
    horizon = now - KEEP_EXPIRED_DAYS * 86400
    names = ("etag", "last-modified")
    return [
        key
        for key, headers, expires in expired
        if expires <= horizon or not any(k.lower() in names for k in headers)
    ]


def _drop_unusable(cache: Any) -> None:
    """Delete the entries :func:`unusable_keys` names. Only entries past their stored expiry are read (an
    indexed query): after a run, the pages it fetched or revalidated are fresh, so what is read is what the
    run did not ask for. A cache another backend keeps (no ``responses.connection``) is left alone."""
    responses = getattr(cache, "responses", None)
    connection = getattr(responses, "connection", None)
    if responses is None or connection is None:
        return
    now = time.time()
    with connection() as con:
        rows = con.execute(
            f"SELECT key, expires FROM {responses.table_name} WHERE expires IS NOT NULL AND expires <= ?",
            (round(now),),
        ).fetchall()
    if not rows:
        return
    expired: list[tuple[str, Mapping[str, str], float]] = []
    for key, expires in rows:
        try:
            stored = responses[key]
        except (KeyError, sqlite3.Error, ValueError, TypeError):  # unreadable: of no use either
            expired.append((key, {}, float(expires)))
            continue
        expired.append((key, dict(getattr(stored, "headers", {}) or {}), float(expires)))
    keys = unusable_keys(expired, now)
    if keys:
        cache.delete(*keys, vacuum=False)


def _as_fetched(url: str) -> requests.PreparedRequest:
    """The GET requests-cache keys ``url``'s entry by: prepared as the Fetcher prepares it, its %-escapes as
    written (``cache.delete(urls=...)`` prepares them in upper case: the key of another entry)."""
    prepared = requests.Request("GET", url).prepare()
    if prepared.url:
        prepared.url = with_escapes_as_written(url, prepared.url)
    return prepared


def cache_stats(session: requests.Session) -> Mapping[str, int]:
    """What a :class:`LinkcheckCachedSession` served (empty for another session)."""
    stats = getattr(session, "stats", None)
    return dict(stats) if isinstance(stats, Counter) else {}
