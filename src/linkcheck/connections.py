"""The fetcher's own keep-alive HTTP/1.1 connections: a GET written in one piece, its answer read by the
standard library, without urllib3's pool, retry and URL machinery around each request.

:class:`DirectPool` serves the session :func:`linkcheck.fetch.make_session` builds (see
:meth:`linkcheck.fetch.GuardedAdapter.direct`). Sending a request through ``requests``' adapter and
urllib3's pool costs ~430 µs of CPU per request here, against ~180 µs on these connections, and a run spends
most of its CPU there. What the fetcher reads is the same either way:

* the answer's status line and header block are read by the same code, ``http.client``'s response (with
  :mod:`linkcheck.headers`' parser), or its one-piece reading of a plain head
  (:func:`~linkcheck.headers.plain_head`, held to ``http.client``'s by a test), which is all there is of
  the answer when :class:`PlainResponse` reads its body: no ``HTTPResponse`` is made for it. A connection
  keeps one buffered reader of its socket for all its answers (:func:`kept_reader`), where ``http.client``
  makes and closes one for each.
  A body in a content or transfer coding, or with anything but one plain
  ``Content-Length``, is read through urllib3's ``HTTPResponse``, which decodes ``Content-Encoding`` within
  the caller's byte cap and turns short bodies, bad chunks and read timeouts into urllib3's exceptions,
  exactly as it does for the adapter. The common answer, a page of ``Content-Length`` plain bytes, is read
  by :class:`PlainResponse`, which reads the same bytes and raises the same exceptions with the same
  wording (a test reads the same answers both ways), at ~65 µs less a request;
* connecting raises urllib3's exceptions with urllib3's wording (:func:`connect`, also used by the adapter's
  pinned connections), so :func:`linkcheck.fetch.classify_exception` sees one set of exceptions;
* the request is the prepared request's own method line, ``Host`` and headers, in the order ``http.client``
  writes them.

What differs is deliberate: a connection taken from the pool that turns out to be closed by the server (it
answers nothing: reset, or end of stream before a status line), to hold bytes the server sent after an
earlier answer (what is read as the status line is not one), or to answer ``408 Request Timeout`` (the
notice of a server that closed it while idle), is replaced by a fresh one once. A fresh connection failing
the same way is an error, as before. As urllib3 does, a pooled socket is polled once before it is used
(:func:`bytes_waiting`): one with bytes waiting is closed, not used.
"""

from __future__ import annotations

import collections
import http.client
import io
import os
import select
import socket
import ssl
import sys
import threading
from collections.abc import Iterable, Sequence
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests
import urllib3
import urllib3.exceptions
import urllib3.util.connection

try:
    import fcntl
    import termios
except ImportError:  # Windows
    fcntl = termios = None  # type: ignore[assignment]

from linkcheck import forked
from linkcheck.guard import default_port
from linkcheck.headers import PlainHead, PlainMessage, Response, plain_head
from linkcheck.lazyre import lazy_re
from linkcheck.targets import request_target

__all__ = [
    "LEFTOVER_ERRORS",
    "MAX_ADDRESSES",
    "STALE_ERRORS",
    "DirectConnection",
    "DirectPool",
    "GetRequest",
    "PlainResponse",
    "connect",
    "get_request",
]

#: Vetted addresses tried per connection (each bounded by the connect timeout and the deadline).
MAX_ADDRESSES = 3
#: What urllib3 sets on every connection it opens.
_SOCKET_OPTIONS = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
#: Folded header lines (only the email parser keeps them), unfolded as urllib3 does.
_OBSOLETE_FOLD = lazy_re(r"(?:(?<![ \t])[ \t]+)?\r\n[ \t]+")
#: What ``http.client`` refuses in a request target.
_BAD_TARGET = lazy_re("[\x00-\x20\x7f]")
_VERSIONS = {9: "HTTP/0.9", 10: "HTTP/1.0", 11: "HTTP/1.1"}
#: The peer hung up on a request sent over a kept-alive connection, before any answer (an end of stream
#: before a status line is ``RemoteDisconnected``, a ``ConnectionResetError``).
STALE_ERRORS = (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)
#: What a kept-alive connection gives when bytes of an earlier answer were still on it (a body longer than
#: its ``Content-Length``, a body sent with a ``204`` or ``304``, a stray line break): the next answer's
#: status line is read from them. The request is sent once more on a fresh connection, as for
#: :data:`STALE_ERRORS`.
LEFTOVER_ERRORS = (http.client.BadStatusLine, http.client.LineTooLong, http.client.UnknownProtocol)
#: The status some servers send on a kept-alive connection they close for being idle, before any request
#: came: read as the answer to the request sent next, a link of the host that went out on such a connection
#: was reported as a ``408`` it never got. Browsers send the request again on a new connection (Chromium does
#: for a ``408`` on a reused socket); so does :meth:`DirectPool.send`, once.
_IDLE_TIMEOUT = 408


def closed_while_idle(status: int | None, reused: bool, exchange: Exchanging) -> bool:
    """Whether an answer of ``status`` is the server's notice that it closed a kept-alive connection while
    idle (:data:`_IDLE_TIMEOUT` on a ``reused`` one), not an answer to the request: then the request is sent
    once more on a new connection, unless the ``exchange``'s time is up. Asked by :meth:`DirectPool.send` and
    by the fetcher's adapter path alike."""
    return reused and status == _IDLE_TIMEOUT and not exchange.expired


class Exchanging(Protocol):
    """What :class:`DirectPool` needs of the fetcher's per-request exchange."""

    pinned: bool
    addresses: tuple[str, ...]
    expired: bool

    def attach(self, conn: Any) -> None: ...


def connect(
    conn: Any,
    host: str,
    port: int,
    addresses: Sequence[str],
    timeout: float | None,
    *,
    source_address: tuple[str, int] | None = None,
    socket_options: Iterable[tuple[int, int, int | bytes]] | None = _SOCKET_OPTIONS,
) -> socket.socket:
    """A TCP connection to the first of ``addresses`` (at most :data:`MAX_ADDRESSES`) that answers.

    Pass the vetted addresses of a pinned exchange, or ``(host,)`` to let the system resolve the name.
    Failures are urllib3's: ``NameResolutionError``, ``ConnectTimeoutError``, ``NewConnectionError`` (with
    the socket error as ``__cause__``), ``conn`` being the object they name.
    """
    if not addresses:
        raise urllib3.exceptions.NewConnectionError(
            conn, f"address guard: no vetted address for {host}:{port}"
        )
    last: Exception | None = None
    for address in addresses[:MAX_ADDRESSES]:
        try:
            return urllib3.util.connection.create_connection(
                (address, port),
                timeout,
                source_address=source_address,
                socket_options=socket_options,  # type: ignore[arg-type]
            )
        except socket.gaierror as exc:
            raise urllib3.exceptions.NameResolutionError(host, conn, exc) from exc
        except TimeoutError as exc:
            last = urllib3.exceptions.ConnectTimeoutError(
                conn, f"Connection to {host} ({address}) timed out. (connect timeout={timeout})"
            )
            last.__cause__ = exc
        except OSError as exc:
            last = urllib3.exceptions.NewConnectionError(
                conn, f"Failed to establish a new connection to {host} ({address}): {exc}"
            )
            last.__cause__ = exc
    assert last is not None
    raise last


class DirectConnection:
    """One socket of a :class:`DirectPool`; ``sock`` is what the fetcher's watchdog hangs up on, ``reader``
    the buffered reader its answers are read from (see :func:`kept_reader`)."""

    __slots__ = ("closed", "key", "reader", "sock")

    def __init__(
        self, key: tuple[str, str, int], sock: socket.socket, reader: io.BufferedReader | None = None
    ) -> None:
        self.key = key
        self.sock = sock
        self.reader = reader if reader is not None else kept_reader(sock)
        self.closed = False

    def makefile(self, mode: str = "rb") -> io.BufferedReader:
        """The connection's reader, for ``http.client.HTTPResponse``, which asks its socket for one."""
        return self.reader

    def close(self) -> None:
        """Close the socket (urllib3 calls this when a body fails to read: the connection is done)."""
        self.closed = True
        self.sock.close()


class _KeptSocketIO(socket.SocketIO):
    """``socket.makefile``'s raw stream (the same reads, timeouts and errors), for a reader kept across a
    connection's answers (:func:`kept_reader`): it does not hold the socket open (``makefile``'s does until
    it is closed, so ``sock.close()`` waits for it), and its position is always 0, so that its reader's
    ``tell()`` is minus the bytes the reader holds unread (:func:`reusable_reader`) and making the reader
    raises and clears no ``UnsupportedOperation``."""

    def tell(self) -> int:
        return 0

    def close(self) -> None:
        io.RawIOBase.close(self)  # nothing else: makefile's decrements the socket's count of its streams


def kept_reader(sock: socket.socket) -> io.BufferedReader:
    """A buffered reader of ``sock`` like ``sock.makefile("rb")``, read from by every answer the connection
    carries: ``http.client`` makes one for each answer and closes it with the answer, ~26k instructions a
    request (a Python ``SocketIO``, its reader and an 8 KiB buffer made, checked and closed). Each answer
    starts from an empty buffer, as with a reader of its own (:meth:`DirectPool.release` keeps a reader only
    when :func:`reusable_reader` says so)."""
    return io.BufferedReader(_KeptSocketIO(sock, "rb"), io.DEFAULT_BUFFER_SIZE)


def bytes_waiting(sock: socket.socket) -> bool:
    """Whether an idle kept-alive ``sock`` has bytes to read before any request is sent on it: an answer to
    no request, which, read after the next request, would be taken for its answer. Such a socket is closed,
    not used, as Chromium's ``IsConnectedAndIdle`` and urllib3's ``is_connection_dropped`` find by polling it
    before reuse. One ``ioctl`` (``FIONREAD``: the bytes in its receive queue; ~1 µs, a ``poll`` object's
    ~1.3-1.8 µs by ``timeit``), a ``select`` of no wait where there is none (Windows). The server's close is
    left to the request (:data:`STALE_ERRORS`: sent once more on a new connection). A socket that cannot be
    asked counts as not idle."""
    try:
        if _FIONREAD is None:
            return bool(select.select([sock], [], [], 0)[0])
        return fcntl.ioctl(sock.fileno(), _FIONREAD, _QUEUED) != _QUEUED
    except (OSError, ValueError):
        return True


def reusable_reader(reader: io.BufferedReader) -> bool:
    """Whether the next answer on the connection may be read with ``reader`` as if with a new one: it is open,
    no read of it timed out (``SocketIO`` refuses to read after that) and it holds no byte unread (what a
    server sent after an answer: the answer's own reader took them with it, and so must this one)."""
    raw = reader.raw
    return not reader.closed and not getattr(raw, "_timeout_occurred", True) and reader.tell() == 0


def _text(value: str | bytes) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


def _header_items(message: Any) -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = message.items()
    # a PlainMessage was read from lines without a fold: no value holds a line break
    if type(message) is not PlainMessage and any("\r\n" in value for _, value in items):
        items = [(name, _OBSOLETE_FOLD.sub(" ", value)) for name, value in items]
    return items


def by_name(fields: list[tuple[str, str]]) -> dict[str, str]:
    """Header lines by lower-case name, repeats joined by ", " (what urllib3's ``HTTPHeaderDict`` gives)."""
    lower: dict[str, str] = {}
    for name, value in fields:
        key = name.lower()
        lower[key] = f"{lower[key]}, {value}" if key in lower else value
    return lower


#: A ``Content-Length`` value both ``http.client`` and urllib3 read as the same one length.
_LENGTH = lazy_re(r"[ \t]*[0-9]+[ \t]*")
#: What :meth:`PlainResponse.read` asks of each read.
_READ_ALL = 1 << 20
#: The ``ioctl`` that gives the bytes in a socket's receive queue (``None`` where there is none), and the
#: buffer it fills (a C ``int``).
_FIONREAD: int | None = getattr(termios, "FIONREAD", None) if termios is not None else None
_QUEUED = bytes(4)
#: Headers that put an answer's body off the plain path (urllib3 reads it: it decodes, and it has its own
#: reading of a list of lengths or of transfer codings).
_NOT_PLAIN = frozenset({"content-encoding", "transfer-encoding"})


class PlainResponse:
    """An answer whose body is its ``Content-Length`` bytes in no content or transfer coding, read straight
    from ``http.client``'s response: what servers send for a page, and where urllib3's ``HTTPResponse``
    costs ~45 µs a request (header dictionary, decoder set-up, a generator and buffers around every read)
    for no work on the bytes.

    It has the part of urllib3's interface the fetcher reads (``status``, ``connection``,
    ``_original_response``, ``read1``) and reads the same bytes, ending as urllib3's does: a body cut short
    raises urllib3's ``ProtocolError`` around its ``IncompleteRead``, a read timeout its
    ``ReadTimeoutError``, other socket and TLS errors its ``ProtocolError`` / ``SSLError``, with urllib3's
    wording, and the connection is closed. :meth:`DirectPool.send` decides which class reads an answer.
    """

    __slots__ = ("_original_response", "_read", "connection", "fields", "length_remaining", "lower", "status")

    def __init__(
        self,
        answer: Response | PlainHead,
        conn: DirectConnection,
        fields: list[tuple[str, str]],
        lower: dict[str, str],
        length: int,
    ) -> None:
        self._original_response: Response | PlainHead | None = answer
        self.connection = conn
        self.status: int = answer.status
        #: The header lines as sent (name, value), and :func:`by_name` of them.
        self.fields = fields
        self.lower = lower
        self.length_remaining = length
        self._read = 0

    @classmethod
    def fits(cls, answer: Response | PlainHead, lower: dict[str, str]) -> int | None:
        """The body length when ``answer`` (its headers ``lower``, :func:`by_name`) can be read this way:
        no content or transfer coding, and one plain ``Content-Length`` (two lines of it read as one value
        joined by ", ", which is not plain); else ``None``."""
        if answer.chunked or answer.length is None or not _NOT_PLAIN.isdisjoint(lower):
            return None
        value = lower.get("content-length")
        return answer.length if value is not None and _LENGTH.fullmatch(value) else None

    def read1(self, amt: int, decode_content: bool = True) -> bytes:
        """At most ``amt`` (> 0) bytes of the body, what one read of the socket gives; ``b""`` at its end."""
        answer = self._original_response
        if answer is None or answer.fp is None:
            return b""
        if not self.length_remaining:
            answer.close()  # nothing (left) to read, as for a 204: the connection can carry another request
            return b""
        try:
            want = min(amt, self.length_remaining)
            if want == self.length_remaining and self._waiting(answer, want):
                data: bytes = answer.fp.read(want)  # all there: one piece, no join of the reads' pieces
            else:
                data = answer.fp.read1(want)
            if not data:
                short = urllib3.exceptions.IncompleteRead(self._read, self.length_remaining)
                raise urllib3.exceptions.ProtocolError(f"Connection broken: {short!r}", short) from short
        except TimeoutError as exc:  # socket.timeout
            self._broken()
            raise urllib3.exceptions.ReadTimeoutError(None, None, "Read timed out.") from exc  # type: ignore[arg-type]
        except ssl.SSLError as exc:
            self._broken()
            raise urllib3.exceptions.SSLError(exc) from exc
        except urllib3.exceptions.ProtocolError:
            self._broken()
            raise
        except (http.client.HTTPException, OSError) as exc:
            self._broken()
            raise urllib3.exceptions.ProtocolError(f"Connection broken: {exc!r}", exc) from exc
        self._read += len(data)
        self.length_remaining -= len(data)
        if not self.length_remaining:
            answer.close()  # the whole body: the connection can carry another request
        return data

    def _waiting(self, answer: Response | PlainHead, want: int) -> bool:
        """Whether the ``want`` bytes left of the body, and nothing after them, are in the reader's buffer and
        the socket's receive queue together, the buffer holding a part of them only (on the first read after
        a head read the short way). Then one ``read`` of them gives the body in one piece, each byte copied
        once, where ``read1`` gives the buffer's part and the socket's in two, and the caller joins them: a
        copy of the whole body again (~45k instructions of a ~370k fetch for a page of 55 KB). Nothing else
        differs: no read blocks (the bytes are there), and none takes a byte beyond the body."""
        after = answer.after_head
        if after is None or self._read or after >= want or _FIONREAD is None:
            return False
        sock = self.connection.sock
        if type(sock) is not socket.socket:  # TLS: the queue holds records, not the body's bytes
            return False
        try:
            queued = fcntl.ioctl(sock.fileno(), _FIONREAD, _QUEUED)
        except OSError:
            return False
        return int.from_bytes(queued, sys.byteorder) == want - after

    def read(self) -> bytes:
        """The rest of the body."""
        chunks: list[bytes] = []
        while chunk := self.read1(_READ_ALL):
            chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        """Close the answer and its connection (what urllib3's ``close`` does)."""
        if self._original_response is not None:
            self._original_response.close()
        self.connection.close()

    _broken = close


def idle_budget(per_host: int, hosts: int) -> int:
    """Idle sockets a pool keeps at most: ``per_host`` for each of ``hosts`` recent hosts, and never more than
    a quarter of the process's file descriptor limit (``ulimit -n``; 1,024 on many systems, 256 on macOS). A
    run over thousands of outlets would otherwise keep a socket open for every host it met, until opening one
    more fails with "Too many open files" and a live link reads as dead."""
    budget = max(1, per_host) * max(1, hosts)
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):  # no resource module (Windows)
        return budget
    if soft == resource.RLIM_INFINITY:
        return budget
    return max(1, min(budget, soft // 4))


class GetRequest:
    """A GET as :class:`DirectPool` writes it: the URL, the connection's ``(scheme, host, port)`` and the
    request's bytes (request line, ``Host``, the prepared request's headers in their order, blank line)."""

    __slots__ = ("data", "key", "url")

    def __init__(self, url: str, key: tuple[str, str, int], data: bytes) -> None:
        self.url = url
        self.key = key
        self.data = data


def get_request(prepared: requests.PreparedRequest) -> GetRequest:
    """The :class:`GetRequest` that writes ``prepared`` (``http.client``'s order of lines); raises urllib3's
    ``LocationParseError`` for a target ``http.client`` refuses."""
    url = prepared.url or ""
    parts = urlsplit(url)
    scheme = parts.scheme
    hostname = (parts.hostname or "").rstrip(".")
    default = default_port(scheme)
    port = parts.port or default
    target = request_target(url, prepared.path_url)  # an empty query's '?' kept
    if _BAD_TARGET.search(target):
        raise urllib3.exceptions.LocationParseError(target)
    shown = f"[{hostname}]" if ":" in hostname else hostname
    lines = [
        f"GET {target} HTTP/1.1",
        f"Host: {shown if port == default else f'{shown}:{port}'}",
    ]
    lines.extend(f"{name}: {_text(value)}" for name, value in prepared.headers.items())
    lines.append("\r\n")
    return GetRequest(url, (scheme, hostname, port), "\r\n".join(lines).encode("latin-1"))


def _answer(conn: DirectConnection) -> tuple[PlainHead | Response, int | None]:
    """The answer on ``conn`` with its head read, and the length of its body when :class:`PlainResponse`
    reads it (else ``None``). A plain head (:func:`~linkcheck.headers.plain_head`) of such an answer is the
    answer itself: no ``http.client`` response is made for it. Any other answer is ``http.client``'s
    response (:class:`~linkcheck.headers.Response`) reading from the connection's reader, given the plain
    head when one was read (a chunked or coded body, which urllib3 reads)."""
    head = plain_head(conn.reader, "GET")
    length = PlainResponse.fits(head, head.lower) if head is not None else None
    if head is not None and length is not None:
        head.kept = conn.reader
        return head, length
    answer = Response(conn, method="GET")  # type: ignore[arg-type]  # reads conn.makefile()
    answer.kept = conn.reader
    if head is not None:
        answer.take_head(head)
    answer.begin()
    return answer, None


class DirectPool:
    """Idle keep-alive sockets by ``(scheme, host, port)``, at most ``maxsize`` each and ``total`` in all
    (the least recently used host's oldest go first); thread-safe.

    :meth:`send` writes a prepared GET on an idle or new connection and returns the answer as urllib3's
    ``HTTPResponse`` (not yet read, ``preload_content=False``); :meth:`release` gives its connection back
    when the answer was read to its end and the server keeps the connection open, and closes it otherwise.
    A forked child does not use its parent's sockets.
    """

    def __init__(self, maxsize: int, total: int | None = None) -> None:
        self._maxsize = max(1, maxsize)
        self._total = max(1, total) if total is not None else None
        self._lock = threading.Lock()
        #: Least recently used host first; each host's sockets oldest first.
        self._idle: collections.OrderedDict[tuple[str, str, int], list[socket.socket]] = (
            collections.OrderedDict()
        )
        self._count = 0
        self._pid = forked.pid
        self._tls: dict[str, ssl.SSLContext] = {}
        #: The reader of each idle socket that has one fit to read its next answer (see :func:`kept_reader`).
        self._readers: dict[socket.socket, io.BufferedReader] = {}

    def close(self) -> None:
        """Close every idle connection (connections in use close when released)."""
        with self._lock:
            idle, self._idle, self._count = self._idle, collections.OrderedDict(), 0
            self._readers = {}
        for socks in idle.values():
            for sock in socks:
                sock.close()

    def send(
        self,
        prepared: requests.PreparedRequest | GetRequest,
        *,
        connect_timeout: float,
        read_timeout: float,
        exchange: Exchanging,
        cafile: str,
    ) -> urllib3.HTTPResponse | PlainResponse:
        """GET ``prepared.url`` and read the status line and headers; raises what urllib3 would.

        ``prepared`` may be the :class:`GetRequest` of it (:func:`get_request`), written as it is."""
        request = prepared if isinstance(prepared, GetRequest) else get_request(prepared)
        url, key, data = request.url, request.key, request.data
        sock = self._take(key)
        while sock is not None and bytes_waiting(sock):  # at most the pool's sockets of the key
            self._readers.pop(sock, None)
            sock.close()
            sock = self._take(key)
        length: int | None = None
        while True:
            reused = sock is not None
            reader = None
            if sock is None:
                sock = self._open(key, exchange, connect_timeout, cafile)
            else:
                reader = self._readers.pop(sock, None)  # the socket is this thread's now
            conn = DirectConnection(key, sock, reader)
            exchange.attach(conn)
            try:
                if sock.gettimeout() != read_timeout:  # each settimeout is a system call
                    sock.settimeout(read_timeout)
                sock.sendall(data)
                answer, length = _answer(conn)
            except STALE_ERRORS + LEFTOVER_ERRORS:
                sock.close()
                if reused and not exchange.expired:
                    # the server closed it while it was idle, or left bytes of an earlier answer on it (they
                    # are not this request's answer): once more on a new one
                    sock = None
                    continue
                raise
            except BaseException:
                sock.close()
                raise
            if closed_while_idle(answer.status, reused, exchange):
                # a "408 Request Timeout" on a kept-alive connection is the server's notice that it closed
                # the connection while idle, sent before this request was read: once more on a new one
                answer.close()
                sock.close()
                sock = None
                continue
            break
        if isinstance(answer, PlainHead):  # its body is PlainResponse's to read (see _answer)
            assert length is not None
            return PlainResponse(answer, conn, answer.fields, answer.lower, length)
        fields, lower = answer.fields, answer.lower  # read with the status line, if it came the short way
        if fields is None or lower is None:
            fields = _header_items(answer.msg)
            lower = by_name(fields)
        length = PlainResponse.fits(answer, lower)
        if length is not None:
            return PlainResponse(answer, conn, fields, lower, length)
        return urllib3.HTTPResponse(
            body=answer,
            headers=urllib3.HTTPHeaderDict(fields),
            status=answer.status,
            version=answer.version,
            version_string=_VERSIONS.get(answer.version, "HTTP/?"),
            reason=answer.reason,
            preload_content=False,
            decode_content=True,
            original_response=answer,
            connection=conn,  # type: ignore[arg-type]
            enforce_content_length=True,
            request_method="GET",
            request_url=url,
        )

    def release(self, response: urllib3.HTTPResponse | PlainResponse, *, reusable: bool = True) -> None:
        """End ``response``: its connection goes back to the pool if it can carry another request."""
        conn = response.connection
        if not isinstance(conn, DirectConnection):
            response.close()
            return
        answer = response._original_response
        if (
            reusable
            and not conn.closed  # urllib3 closes it when the body fails to read
            and answer is not None
            and answer.isclosed()
            and not answer.will_close
        ):
            self._give_back(conn.key, conn.sock, conn.reader if reusable_reader(conn.reader) else None)
        else:
            conn.close()

    # --- the pool -------------------------------------------------------------------------------------

    def _take(self, key: tuple[str, str, int]) -> socket.socket | None:
        with self._lock:
            if self._pid != forked.pid:  # a forked child: the sockets are the parent's
                self._idle, self._count, self._pid = collections.OrderedDict(), 0, forked.pid
                self._readers = {}
            socks = self._idle.get(key)
            if not socks:
                return None
            self._count -= 1
            sock = socks.pop()
            if not socks:
                del self._idle[key]
            return sock

    def _give_back(
        self, key: tuple[str, str, int], sock: socket.socket, reader: io.BufferedReader | None = None
    ) -> None:
        kept = False
        evicted: list[socket.socket] = []
        with self._lock:
            socks = self._idle.get(key, [])
            if self._pid == forked.pid and len(socks) < self._maxsize:
                self._idle[key] = socks
                self._idle.move_to_end(key)
                socks.append(sock)
                if reader is not None:
                    self._readers[sock] = reader
                self._count += 1
                kept = True
                while self._total is not None and self._count > self._total:
                    oldest_key, oldest = next(iter(self._idle.items()))
                    evicted.append(oldest.pop(0))
                    self._readers.pop(evicted[-1], None)
                    self._count -= 1
                    if not oldest:
                        del self._idle[oldest_key]
        for old in evicted:
            old.close()
        if not kept:
            sock.close()

    def _open(
        self, key: tuple[str, str, int], exchange: Exchanging, timeout: float, cafile: str
    ) -> socket.socket:
        scheme, hostname, port = key
        addresses = exchange.addresses if exchange.pinned else (hostname,)
        sock = connect(self, hostname, port, addresses, timeout)
        if scheme != "https":
            return sock
        try:
            return self._context(cafile).wrap_socket(sock, server_hostname=hostname)
        except BaseException:
            sock.close()
            raise

    def _context(self, cafile: str) -> ssl.SSLContext:
        context = self._tls.get(cafile)
        if context is None:
            if os.path.isdir(cafile):
                context = ssl.create_default_context(capath=cafile)
            else:
                context = ssl.create_default_context(cafile=cafile)
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            context.set_alpn_protocols(["http/1.1"])
            self._tls[cafile] = context
        return context
