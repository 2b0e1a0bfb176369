"""Checking on several cores: the hosts are sharded over worker processes.

Parsing and matching hold Python's GIL, so one process checks at most one core's worth of pages. For a large
run, :func:`iter_check_sharded` splits the citations *by host* into ``processes`` shards (each host wholly
inside one shard, so ``per_host`` holds exactly as in one process), runs :func:`linkcheck.checker.iter_check`
on the first in the calling process and on each other in a child process, and yields all their results as
they come. Every citation is reported exactly once: a child
that dies takes none of its citations with it (they come back as ``error``/``internal``).

Offline runners across shards: a child that resolved no host name reports its unresolvable links as
``network_unavailable``. If another child did resolve names, the network was up after all, and those results
are turned back into ``dead`` here, so the verdict is the one a single process would give.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import itertools
import os
import pickle
import queue
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from linkcheck import affinity
from linkcheck.config import Config
from linkcheck.errors import RunStopped
from linkcheck.forked import Forked, can_fork, fork_process
from linkcheck.hostkey import url_host_key
from linkcheck.models import Cause, Citation, Result, Status, replaced
from linkcheck.offload import python_process
from linkcheck.threads import StopFlag, start_thread, wait_get

if TYPE_CHECKING:
    from linkcheck.checker import MoreSlots

__all__ = [
    "Sizing",
    "host_of",
    "iter_check_sharded",
    "processes_ahead",
    "processes_for",
    "shard_by_host",
    "tune_process",
]

#: Below this many distinct URLs a run stays in one process: starting another costs ~0.4 s of imports.
SHARD_MIN_URLS = 1000
#: Results a child sends at once (fewer, larger messages between processes).
_BATCH = 64
_BATCH_SECONDS = 0.05
#: Citations read ahead to split the hosts over the shards (the rest are read as the run goes; a host first
#: seen later goes to the shard with the fewest citations). Nothing is checked until they are read: 1,000
#: manifest lines take ~10 ms (10,000 lines took 0.2 s of every run's start). As many as choosing the
#: processes reads (:data:`SHARD_MIN_URLS`), so those are read once.
LOOKAHEAD = SHARD_MIN_URLS
#: ... or as many as come within this long of the first: the citations of articles extracted as the run
#: goes come at ~5 a millisecond, and waiting for 1,000 (~200 articles) held every request back by 0.2 s.
#: ~75 citations show a site's main hosts; a host first seen later goes to the least loaded shard.
LOOKAHEAD_SECONDS = 0.015
#: Citations sent to a shard at once, and batches waiting for a shard at most. A shard's first batches are
#: smaller (:class:`_Feeder`): as many as it was sent before, and at least :data:`_FEED_FIRST`.
_FEED_BATCH = 256
_FEED_FIRST = 16
_FEED_QUEUE = 8
#: Result batches waiting for the caller at most (from the children, and in the calling process).
_RESULT_QUEUE = 32


#: The host of a URL as shards are keyed (:func:`linkcheck.hostkey.url_host_key`): the key each shard's
#: scheduler counts ``per_host`` by, so every spelling of one server (a default port written out, capitals,
#: punycode, a trailing dot, a userinfo) goes to one shard.
host_of = url_host_key


class Sizing:
    """What choosing a run's processes needs to know of its URLs (:func:`processes_for`), counted only that
    far: distinct URLs up to :data:`SHARD_MIN_URLS`, hosts up to two. Memory stays flat however long the
    input, and a large run stops parsing host names once both are reached."""

    def __init__(self) -> None:
        self.urls: set[str] = set()
        self.hosts: set[str] = set()

    def add(self, url: str) -> None:
        if len(self.urls) < SHARD_MIN_URLS:
            if url in self.urls:
                return
            self.urls.add(url)
        if len(self.hosts) < 2:
            self.hosts.add(host_of(url))

    @property
    def settled(self) -> bool:
        """Nothing more can change :meth:`processes`."""
        return len(self.urls) >= SHARD_MIN_URLS and len(self.hosts) >= 2

    def processes(self, config: Config) -> int:
        return processes_for(len(self.urls), len(self.hosts), config)


def processes_ahead(
    citations: Iterable[Citation], config: Config, *, may_wait: bool = False, stop: StopFlag | None = None
) -> tuple[Iterator[Citation], int]:
    """How many processes a run of ``citations`` uses (see :func:`processes_for`), decided on as few of them
    as it takes (at most :data:`SHARD_MIN_URLS` distinct URLs read ahead): ``(citations, n)``, the citations
    read ahead put back in front. An error the input raises while it is read ahead is raised again when the
    returned citations are read past those it gave before it, so that they are still checked and reported.

    An input that ``may_wait`` between citations (the library's caller's generator, fed by a queue or a
    pipe: :func:`linkcheck.checker.check` says so of anything but a list or tuple) is read ahead in a thread
    of its own (:class:`_AheadReader`), and once it has given a citation and then keeps the next one waiting
    :data:`AHEAD_STALL_SECONDS`, the run is decided on what it gave, which is then checked and reported while
    the input waits (docs/api.md: "an input that comes slowly holds nothing back"); reading ahead in the
    caller's thread held back every result until 1,000 URLs or the input's end had come. Any other input
    (the CLI's, whose articles may take a while each to read) is read ahead here, as before. ``stop``: the
    caller's flag, which ends a wait for such an input's citations (:class:`~linkcheck.errors.RunStopped`)."""
    source = iter(citations)
    if config.processes is not None:
        return source, processes_for(0, 0, config)
    ahead: list[Citation] = []
    sizing = Sizing()
    if may_wait:
        return _watched_ahead(_AheadReader(source), config, stop)
    try:
        for citation in source:
            ahead.append(citation)
            sizing.add(citation.url)
            if len(sizing.urls) >= SHARD_MIN_URLS:
                break
    except Exception as exc:  # the input's own error: raised after what it gave before it, as a run does
        return itertools.chain(ahead, _raise(exc)), sizing.processes(config)
    return itertools.chain(ahead, source), sizing.processes(config)


#: How long reading ahead waits for an input's next citation, once it has given one, before the run is
#: decided on what it gave (:func:`processes_ahead`). A manifest's lines, a list's items and the citations of
#: articles read as the run goes come within microseconds; an input that waits longer is slow, and what it
#: gave is checked meanwhile (in one process, as so few citations are).
AHEAD_STALL_SECONDS = 0.1
#: Citations the read-ahead thread may read before the run has taken them.
_AHEAD_ROOM = 64
_ITEM, _DONE, _STOPPED, _FAILED = range(4)
_NOTHING: Any = object()


class _AheadReader:
    """Reads an input in a thread of its own while the run reads it ahead, so that the run can stop waiting
    when the input does. Once :meth:`rest` is called the thread stops after the citation it is reading, and
    the input is then read where the run reads it."""

    def __init__(self, source: Iterator[Citation]) -> None:
        self._source = source
        self._items: queue.SimpleQueue[tuple[int, Any]] = queue.SimpleQueue()
        self._room: queue.SimpleQueue[None] = queue.SimpleQueue()
        for _ in range(_AHEAD_ROOM):
            self._room.put(None)
        self._stopped = False
        start_thread(threading.Thread(target=self._run, name="linkcheck-ahead", daemon=True))

    def _run(self) -> None:
        try:
            while True:
                self._room.get()
                if self._stopped:
                    self._items.put((_STOPPED, None))
                    return
                item = next(self._source, _NOTHING)
                if item is _NOTHING:
                    self._items.put((_DONE, None))
                    return
                self._items.put((_ITEM, item))
        except BaseException as exc:  # the input's own error, raised where the run reads it
            self._items.put((_FAILED, exc))

    def get(self, timeout: float | None, stop: StopFlag | None = None) -> tuple[int, Any]:
        """The next event (``queue.Empty`` after ``timeout`` seconds without one; ``RunStopped`` once
        ``stop`` is set)."""
        kind, value = wait_get(self._items, timeout, stop)  # the run's own thread waits: in slices
        if kind == _ITEM:
            self._room.put(None)
        return kind, value

    def rest(self, stop: StopFlag | None = None) -> Iterator[Citation]:
        """The input from here on: what the thread read (waiting for the citation it is reading), then the
        input itself, read by the caller. The thread is told to stop here, not when the run first reads
        past the citations read ahead: a run closed before that leaves no thread waiting for room. A wait
        for the citation the thread is reading ends once ``stop`` is set (``RunStopped``)."""
        self._stopped = True
        self._room.put(None)
        return self._drain(stop)

    def _drain(self, stop: StopFlag | None) -> Iterator[Citation]:
        while True:
            kind, value = self._items.get() if stop is None else wait_get(self._items, None, stop)
            if kind == _ITEM:
                yield value
            elif kind == _STOPPED:
                yield from self._source
                return
            elif kind == _FAILED:
                raise value
            else:
                return


def _watched_ahead(
    reader: _AheadReader, config: Config, stop: StopFlag | None = None
) -> tuple[Iterator[Citation], int]:
    """:func:`processes_ahead` of an input read by ``reader``: up to :data:`SHARD_MIN_URLS` distinct URLs,
    the input's end or error, or a wait of :data:`AHEAD_STALL_SECONDS` after its first citation."""
    ahead: list[Citation] = []
    sizing = Sizing()
    timeout: float | None = None  # nothing to check before the first citation: no reason to stop waiting
    while len(sizing.urls) < SHARD_MIN_URLS:
        try:
            kind, value = reader.get(timeout, stop)
        except queue.Empty:
            break  # the input waits: what it gave is checked meanwhile
        if kind == _DONE:
            return iter(ahead), sizing.processes(config)
        if kind == _FAILED:
            if not isinstance(value, Exception):  # a KeyboardInterrupt is not held back
                raise value
            return itertools.chain(ahead, _raise(value)), sizing.processes(config)
        ahead.append(value)
        sizing.add(value.url)
        timeout = AHEAD_STALL_SECONDS
    return itertools.chain(ahead, reader.rest(stop)), sizing.processes(config)


def _raise(exc: Exception) -> Iterator[Citation]:
    """An input that raises ``exc`` when it is read on (its traceback kept)."""
    raise exc
    yield  # pragma: no cover - makes this a generator


def processes_for(urls: int, hosts: int, config: Config) -> int:
    """How many processes a run of ``urls`` distinct URLs on ``hosts`` hosts uses: ``config.processes`` when
    set, else one per usable core (at most 8) for at least :data:`SHARD_MIN_URLS` URLs on at least two
    hosts, else one. Never more than ``config.workers``: each process has at least one of the run's
    workers, and ``--workers`` is the run's whole concurrency (``--workers 1 --processes 2`` had two
    requests in flight). ``urls`` may stop counting at :data:`SHARD_MIN_URLS`, ``hosts`` at two (see
    :class:`Sizing`)."""
    if config.processes is not None:
        return max(1, min(config.processes, config.workers))
    cores = affinity.usable_core_count()
    if cores < 2 or urls < SHARD_MIN_URLS or hosts < 2 or config.workers < 2:
        return 1
    return min(cores, 8, config.workers)


def shard_workers(workers: int, shards: int) -> list[int]:
    """The run's ``workers`` split over ``shards`` (at most ``workers``) processes, every one of them used:
    the remainder goes to the last shards, as shard 0, the calling process, also reads the input and
    writes the report."""
    share, extra = divmod(workers, shards)
    return [share + (n >= shards - extra) for n in range(shards)]


def shard_by_host(citations: Sequence[Citation], shards: int) -> list[list[int]]:
    """Indexes of ``citations`` per shard: whole hosts, the busiest first onto the least-loaded shard.

    Ties go to the last shard: shard 0 runs in the calling process, which also reads the input and writes
    the report, so the busiest host (the one that sets a skewed run's makespan) goes to a child process.
    """
    by_host: dict[str, list[int]] = {}
    for i, citation in enumerate(citations):
        by_host.setdefault(host_of(citation.url), []).append(i)
    loads = [0] * shards
    out: list[list[int]] = [[] for _ in range(shards)]
    for indexes in sorted(by_host.values(), key=len, reverse=True):
        target = _least_loaded(loads)
        out[target].extend(indexes)
        loads[target] += len(indexes)
    return [sorted(s) for s in out if s]


def _least_loaded(loads: list[int]) -> int:
    """The shard with the least load, the last of equals (shard 0, the calling process, has other work)."""
    return min(range(len(loads)), key=lambda n: (loads[n], -n))


def tune_process() -> None:
    """Memory and collector settings for a process that only checks links (the CLI, a shard process).

    A run allocates many short-lived objects and few cycles: moving what is already loaded (modules, the
    citations) out of the collector's sight and collecting the youngest generation less often saves ~9% of
    CPU per link (docs/benchmarks.md). With glibc, the C allocator gets two arenas instead of one per thread
    that allocates (up to eight per core): page bodies and parse trees of dozens of threads otherwise
    fragment a new arena each, and a long run's memory creeps up (100,000 links: +12 MB, flat with two).
    It also keeps glibc's threshold for mapping a block of its own (``mmap``, returned to the system when
    freed) at :data:`MMAP_THRESHOLD_BYTES`: glibc raises the threshold to the size of each mapped block freed
    (up to 32 MB), so after the first body of a few MB is freed, every later body, its join and its decoded
    text of 1-5 MB come from the arenas, which keep the memory after it is freed. The hostile catalogue's
    ``ci`` run (``bench/hostile.py``) peaked at 166-183 MB of RSS with the moving threshold and 147-158 MB
    with it fixed, while the Python objects alive at the peak (``tracemalloc``) were ~50 MB.
    Not called by the library on its callers' behalf; :func:`linkcheck.cli.main` undoes the collector's part
    when it returns.
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    _set_malloc_option(_M_ARENA_MAX, 2, "MALLOC_ARENA_MAX")
    _set_malloc_option(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES, "MALLOC_MMAP_THRESHOLD_")


#: glibc's ``mallopt`` parameter for the number of arenas (malloc.h).
_M_ARENA_MAX = -8
#: glibc's ``mallopt`` parameter for the size from which a block is mapped on its own (malloc.h); setting it
#: also stops glibc from raising it as blocks are freed.
_M_MMAP_THRESHOLD = -3
#: The size from which a block is mapped, and unmapped when freed: glibc's own starting value, kept.
MMAP_THRESHOLD_BYTES = 128 * 1024


def _set_malloc_option(param: int, value: int, env: str) -> bool:
    """Set glibc's malloc option ``param`` to ``value`` (``mallopt``) and say whether it was set: a no-op on
    other systems and C libraries, or when the environment variable ``env``, which sets the same option, is
    set (the user's choice stands)."""
    if os.environ.get(env) or not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the interpreter runs on (no ldconfig run)
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    return bool(mallopt(param, value))


class _Child:
    """A shard process: a fresh interpreter that reads pickled frames on its standard input (the settings:
    its config, shard number and the core it keeps to, if any; then citation batches, then ``None``) and
    writes result batches on its standard output.

    Plain pipes, not :mod:`multiprocessing`: a full pipe blocks the writer, which is the backpressure the
    run wants both ways, and no semaphores means no resource-tracker process beside the run (~12 MB).
    """

    def __init__(self, config: Config, shard: int, core: int | None = None) -> None:
        self.proc = _take_spare() or _shard_process()
        with contextlib.suppress(OSError):  # died at once: its citations are reported as lost
            self.put((config, shard, core))

    def put(self, item: Any, timeout: float | None = None) -> None:
        """Send one frame (blocking while the pipe is full: ``timeout``, there for the queue interface the
        feeder uses, is not needed); ``None`` also closes the pipe. Raises :class:`OSError` once the process
        is gone."""
        stdin = self.proc.stdin
        assert stdin is not None
        pickle.dump(item, stdin, protocol=pickle.HIGHEST_PROTOCOL)
        stdin.flush()
        if item is None:
            stdin.close()

    def is_alive(self) -> bool:
        return self.proc.poll() is None

    @property
    def exitcode(self) -> int | None:
        return self.proc.poll()

    def stop(self, *, grace: float = 0.0) -> None:
        """End the process, then close its pipes. After a run that finished it is ending already and gets
        ``grace`` seconds to; a run that stopped early (Ctrl-C, SIGTERM, an error) kills it at once, so it
        sends no more requests. The pipes are closed last: closing one that another thread is blocked on
        (the relay reading results, the feeder writing citations) waits for that thread, which only the
        process's end releases."""
        try:
            self.proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()


class _PipeIn:
    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def get(self) -> Any:
        try:
            return pickle.load(self.stream)
        except EOFError:  # the caller went away: end as if told to
            return None


class _PipeOut:
    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def put(self, item: Any) -> None:
        pickle.dump(item, self.stream, protocol=pickle.HIGHEST_PROTOCOL)
        self.stream.flush()


#: A shard process: a fresh interpreter (:func:`_shard_process`) or a child forked from this process
#: (:func:`_forked_shard`).
_Process = subprocess.Popen[bytes] | Forked


def _shard_process() -> subprocess.Popen[bytes]:
    return python_process("from linkcheck.parallel import _shard_main; _shard_main()")


def _forked_shard(siblings: Sequence[_Process]) -> Forked:
    """A shard process forked from this one (see :mod:`linkcheck.forked`), closing its ``siblings``' pipes."""
    pipes = [stream for proc in siblings for stream in (proc.stdin, proc.stdout) if stream is not None]
    fds = [stream.fileno() for stream in pipes if not stream.closed]
    return fork_process(_forked_shard_main, fds)


#: Shard processes started ahead of need (:func:`start_spares`), taken by the next sharded run.
_spares: list[_Process] = []
#: Threads that reap the shard processes of finished runs (:func:`end_processes` waits for them).
_reapers: list[threading.Thread] = []
_spares_lock = threading.Lock()


def start_spares(count: int, *, fork: bool = False) -> None:
    """Start ``count`` shard processes now, for a run that will probably be sharded (the CLI, on a large
    input, before it reads it). A sharded run takes them (:class:`_Child`); those left over are ended by
    :func:`end_spares`.

    ``fork`` (the CLI's): if this process has no other thread (:func:`~linkcheck.forked.can_fork`), import
    here what a shard runs (the checker, the fetcher, the page readers: this process runs them too) and fork
    the shards from it, which then have it all: the imports and their regular expressions' compiling are
    paid once a run instead of once a process (~0.3-0.6 s of CPU each). Otherwise, or without ``fork``, each
    is a fresh interpreter, whose imports overlap the reading of the input on the other core."""
    with _spares_lock:
        wanted = max(0, count - len(_spares))
        forking = fork and wanted > 0 and can_fork()
        if not forking:
            for _ in range(wanted):
                _spares.append(_shard_process())
            return
        siblings = list(_spares)
    _shard_imports()
    started: list[_Process] = []
    for _ in range(wanted):  # forked without the lock held: no lock is copied into a child held
        started.append(_forked_shard(siblings + started) if can_fork() else _shard_process())
    with _spares_lock:
        _spares.extend(started)


def _shard_imports() -> None:
    """Import what a shard process runs (:func:`_shard_serve`): the checker, the fetcher, the page readers."""
    import linkcheck.checker
    import linkcheck.fetch  # the fetcher too: the shard builds one

    linkcheck.checker._import_readers()


def _take_spare() -> _Process | None:
    with _spares_lock:
        while _spares:
            proc = _spares.pop(0)
            if proc.poll() is None:
                return proc
            _close_spare(proc)
    return None


def end_spares() -> None:
    """End the spare processes no run took, at once: a spare has only imported (or is still importing) and
    holds nothing, and waiting for it to notice its closed input meant waiting out its imports (0.2 s, and
    over 2 s on a loaded machine), which held back the start of a run that turned out to need one process."""
    with _spares_lock:
        left, _spares[:] = list(_spares), []
    for proc in left:
        _close_spare(proc)


def end_processes(timeout: float = 10.0) -> None:
    """Before this process ends: end the spares no run took, and wait (up to ``timeout`` seconds) for the
    shard processes of finished runs to be reaped, so none outlives it and their CPU time is counted as
    this process's children's."""
    end_spares()
    with _spares_lock:
        reapers, _reapers[:] = list(_reapers), []
    deadline = time.monotonic() + timeout
    for reaper in reapers:
        reaper.join(max(0.0, deadline - time.monotonic()))


atexit.register(end_processes)  # a library caller's process too: no shard process outlives it


def _close_spare(proc: _Process) -> None:
    for stream in (proc.stdin, proc.stdout):
        with contextlib.suppress(OSError):
            if stream is not None:
                stream.close()
    if proc.poll() is None:
        with contextlib.suppress(OSError):
            proc.kill()
    proc.wait()


def _shard_main() -> None:
    """Entry point of a shard process (see :class:`_Child`). Ctrl-C on a terminal signals every process of
    the run: a shard leaves stopping to the calling process, which kills it, rather than print a traceback
    of its own. What a shard runs is imported before it reads its settings: a spare process
    (:func:`start_spares`) is ready when it gets them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import linkcheck.checker
    import linkcheck.fetch  # noqa: F401  # the fetcher too: the shard builds one

    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever gets printed goes to standard error, never into the result stream
    sys.stdout = sys.stderr
    _shard_serve(sys.stdin.buffer, out)


def _forked_shard_main(inp: Any, out: Any) -> None:
    """Entry point of a shard process forked from the caller (:func:`_forked_shard`), on its two pipes:
    what :func:`_shard_main` sets up for a fresh interpreter, and the caller's logging set back to a fresh
    interpreter's (no handler, warnings and worse), so a shard says what it says either way."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    logging = sys.modules.get("logging")
    if logging is not None:
        root = logging.getLogger()
        for handler in list(root.handlers):
            root.removeHandler(handler)
        root.setLevel(logging.WARNING)
    _shard_serve(inp, out)


def _shard_serve(inp: Any, out: Any) -> None:
    """A shard process's work: its settings, then its citation batches read from ``inp``, and their
    results written to ``out``; ends the process."""
    import linkcheck.checker

    if not select.select([inp], [], [], 0)[0]:  # a spare, its settings not sent yet: the page readers too
        linkcheck.checker._import_readers()
    try:
        config, shard, core = pickle.load(inp)
    except EOFError:  # a spare no run needed
        return
    tune_process()
    if core is not None:
        affinity.Pin(core).start()  # for the process's life
    with contextlib.suppress(BrokenPipeError):  # the caller stopped reading: nothing left to do
        _child(config, _PipeIn(inp), _PipeOut(out), shard, elide=True)
    # Every result is out and the shard's fetcher (its connections, a cache's database) is closed: what is
    # left is the interpreter's own teardown (40-100 ms of freeing objects), which the caller, waiting for
    # this process before it exits, would wait for. Nothing else runs in this process.
    with contextlib.suppress(OSError):
        out.close()
    sys.stderr.flush()
    os._exit(0)


#: What a child process's results carry in place of their citation (``elide``): the caller has the citation.
_ELIDED = Citation(url="")


def _given_citation(result: Result, citation: Citation) -> Result:
    """A child's ``result``, just unpickled from its pipe (see :data:`_ELIDED`), with the caller's own
    ``citation``. Nothing else refers to that object yet (the child sends each result as a copy of its own,
    never one object twice), so its field is set in place rather than the result built a second time
    (``replaced``: ~22 k instructions, a sixth of what reading a result back costs the caller; the frozen
    dataclass's ``__setattr__`` only forbids what ``object.__setattr__`` does here)."""
    object.__setattr__(result, "citation", citation)
    return result


def _child(
    config: Config,
    feed: Any,
    out: Any,
    shard: int,
    *,
    elide: bool = False,
    more: MoreSlots | None = None,
    stop: StopFlag | None = None,
) -> None:
    """Check one shard: citations come from ``feed`` in ``[(number, citation), ...]`` batches until ``None``;
    results go to ``out`` as ``(shard, [(number, result), ...])`` batches, then ``(shard, None)``. ``elide``
    (a child process): each result's citation is replaced by :data:`_ELIDED`, pickled once a batch, rather
    than sent back to the caller, who has it (it takes half the time of reading a result back). ``more``:
    request slots the shard may be given as it goes. ``stop`` (the calling process's own shard, whose feed
    is a queue): set when the run ends early, it ends this shard's run and its wait for the next batch."""
    from linkcheck.checker import _iter_check, _Numbers

    numbers = _Numbers()  # each citation's number in the shard, until reported

    def given() -> Iterator[tuple[int, Citation]]:
        while (batch := feed.get() if stop is None else wait_get(feed, None, stop)) is not None:
            yield from batch

    batches = _Batches(out, shard)
    try:
        for result in _iter_check(
            numbers.numbered(given(), given=True), config, None, time.monotonic, more, stop=stop
        ):
            number = numbers.take(result.citation, default=-1)
            batches.add((number, replaced(result, citation=_ELIDED) if elide else result))
    finally:
        batches.close()
    out.put((shard, None))


class _Batches:
    """A shard's results, sent ``(shard, [(number, result), ...])`` in batches: once :data:`_BATCH` wait, or
    once the first waiting one has waited :data:`_BATCH_SECONDS`. A thread of its own sends a batch that
    stops growing, so a finished page is never kept back until the next one finishes: that may be minutes
    on a shard whose last links are on a host that does not answer."""

    def __init__(self, out: Any, shard: int) -> None:
        self._out = out
        self._shard = shard
        self._lock = threading.Lock()
        self._batch: list[tuple[int, Result]] = []
        self._since = 0.0
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._run, name="linkcheck-batches", daemon=True)
        start_thread(self._thread)

    def add(self, item: tuple[int, Result]) -> None:
        with self._lock:
            if not self._batch:
                self._since = time.monotonic()
            self._batch.append(item)
            if len(self._batch) >= _BATCH:
                self._send()

    def close(self) -> None:
        """Stop the thread and send what waits (after an error too: what was checked is not lost)."""
        self._closed.set()
        self._thread.join()
        with self._lock:
            if self._batch:
                self._send()

    def _send(self) -> None:  # with the lock held: batches leave in order, one at a time
        batch, self._batch = self._batch, []
        self._out.put((self._shard, batch))

    def _run(self) -> None:
        with contextlib.suppress(OSError):  # the caller went away: the shard's next send says so too
            while not self._closed.wait(_BATCH_SECONDS / 2):
                with self._lock:
                    if self._batch and time.monotonic() - self._since >= _BATCH_SECONDS:
                        self._send()


def _back_to_dead(result: Result, config: Config) -> Result:
    from linkcheck.checker import verdict_for

    reason = result.reason.removeprefix("the network looks unavailable: ")
    verdict = verdict_for(Status.DEAD, Cause.DNS, result.findings, config)
    return replaced(result, status=Status.DEAD, cause=Cause.DNS, reason=reason, verdict=verdict)


def _crashed(citation: Citation, config: Config, exitcode: int | None) -> Result:
    from linkcheck.checker import verdict_for

    how = f"the worker process exited with code {exitcode}" if exitcode is not None else "its worker stopped"
    reason = f"internal error: {how} before this link was reported"
    return Result(
        citation=citation,
        status=Status.ERROR,
        reason=reason,
        cause=Cause.INTERNAL,
        verdict=verdict_for(Status.ERROR, Cause.INTERNAL, (), config),
    )


def _own_shard(config: Config, feed: Any, out: Any, shard: int, more: MoreSlots, stop: StopFlag) -> None:
    """The calling process's own shard, run in a thread: whatever happens, it ends with its sentinel. It takes
    over the request slots of each shard process that finishes (``more``). ``stop`` is set when the run
    ends early (closed, stopped by its caller, an error): this shard then ends too, its requests in flight
    hung up, rather than wait on for its hung links and for citations that no longer come."""
    try:
        _child(config, feed, out, shard, more=more, stop=stop)
    except RunStopped:  # the run ended early: nobody reads this shard's results any more
        return
    except BaseException:  # the unreported citations come back as internal errors
        out.put((shard, None))
        raise


class _Outbox:
    """A bounded queue's ``put`` that gives up once the run has stopped (nobody will read it any more)."""

    def __init__(self, sink: queue.Queue[Any], stop: threading.Event) -> None:
        self.sink = sink
        self.stop = stop

    def put(self, item: Any) -> None:
        while not self.stop.is_set():
            try:
                self.sink.put(item, timeout=0.2)
                return
            except queue.Full:
                continue


def _relay(child: _Child, shard: int, sink: _Outbox) -> None:
    """Move a child's result batches onto the local queue until it ends (or the run stops); a child that
    ends without its sentinel (it died) gets one, so the caller stops waiting for it."""
    stdout = child.proc.stdout
    assert stdout is not None
    try:
        while not sink.stop.is_set():
            item = pickle.load(stdout)
            sink.put(item)
            if item[1] is None:
                return
    except (EOFError, OSError, ValueError, pickle.UnpicklingError):
        pass  # the child ended, or the run closed its pipe while this thread read it (an interrupted run)
    sink.put((shard, None))


class _Router:
    """Which shard checks a host: the hosts of the citations read ahead split as :func:`shard_by_host` does;
    a host first seen later goes to the shard that has been sent the fewest citations so far."""

    def __init__(self, ahead: Sequence[Citation], split: list[list[int]], shards: int) -> None:
        self.shard_of: dict[str, int] = {}
        for n, indexes in enumerate(split):  # shard_by_host(ahead, ...)
            for i in indexes:
                self.shard_of.setdefault(host_of(ahead[i].url), n)
        self.loads = [0] * shards

    def route(self, citation: Citation) -> int:
        host = host_of(citation.url)
        n = self.shard_of.get(host)
        if n is None:
            n = self.shard_of[host] = _least_loaded(self.loads)
        self.loads[n] += 1
        return n


class _Feeder:
    """Reads the citations and sends each to its host's shard, in batches, in a thread of its own. Every
    citation sent stays in ``unreported`` until its result comes back, so a shard that dies takes none with
    it; a shard's feed is bounded, so reading goes no faster than the shards check.

    The first ``ahead`` citations (those read ahead to split the hosts, already in hand) go out at once. After
    them a shard's batch is sent once it holds as many citations as the shard was sent before (at least
    :data:`_FEED_FIRST`, at most :data:`_FEED_BATCH`): when the citations come from articles being read, a
    shard starts on its share of the look-ahead instead of waiting for 256 of its own (~40 ms of a site's
    start), and is never left with much less than it has already checked."""

    def __init__(
        self, source: Iterator[Citation], router: _Router, feeds: list[Any], alive: Any, ahead: int = 0
    ) -> None:
        self.source = source
        self.ahead = ahead
        self.router = router
        self.feeds = feeds
        self.alive = alive  # alive(n) -> bool
        self.unreported: list[dict[int, Citation]] = [{} for _ in feeds]
        self.error: BaseException | None = None
        self.stopped = threading.Event()
        self._numbers = [0] * len(feeds)
        self._batches: list[list[tuple[int, Citation]]] = [[] for _ in feeds]
        self.thread = threading.Thread(target=self._run, name="linkcheck-feeder", daemon=True)

    def _run(self) -> None:
        try:
            for read, citation in enumerate(self.source, 1):
                if self.stopped.is_set():
                    return
                n = self.router.route(citation)
                number = self._numbers[n]
                self._numbers[n] += 1
                self.unreported[n][number] = citation
                batch = self._batches[n]
                batch.append((number, citation))
                if len(batch) >= min(_FEED_BATCH, max(_FEED_FIRST, number + 1 - len(batch))):
                    self._flush(n)
                if read == self.ahead:
                    for m in range(len(self._batches)):
                        self._flush(m)
        except BaseException as exc:  # e.g. a malformed line met while reading: the caller raises it
            self.error = exc
        finally:
            for n in range(len(self._batches)):
                self._flush(n)
                self._send(n, None)

    def _flush(self, n: int) -> None:
        """Send shard ``n`` the citations waiting for it, if any."""
        batch = self._batches[n]
        if batch:
            self._batches[n] = []
            self._send(n, batch)

    def _send(self, n: int, batch: list[tuple[int, Citation]] | None) -> None:
        while not self.stopped.is_set() and self.alive(n):
            try:
                self.feeds[n].put(batch, timeout=0.2)
                return
            except queue.Full:
                continue
            except OSError:  # the shard's process is gone
                return
        # a dead shard or a stopped run: what was not sent stays unreported and is reported as lost


def _read_ahead(source: Iterator[Citation]) -> tuple[list[Citation], bool]:
    """The first citations of ``source`` (:data:`LOOKAHEAD` of them, or those that come within
    :data:`LOOKAHEAD_SECONDS` of the first), and whether that is all of them."""
    ahead: list[Citation] = []
    deadline = None
    for citation in source:
        ahead.append(citation)
        if len(ahead) >= LOOKAHEAD:
            return ahead, False
        now = time.monotonic()
        if deadline is None:
            deadline = now + LOOKAHEAD_SECONDS
        elif now >= deadline:
            return ahead, False
    return ahead, True


def _import_fetcher() -> None:
    import linkcheck.fetch  # noqa: F401


def iter_check_sharded(
    citations: Iterable[Citation], config: Config, processes: int, stop_flag: StopFlag | None = None
) -> Iterator[Result]:
    """Like :func:`linkcheck.checker.iter_check` with its own fetchers, over ``processes`` processes: the
    calling process checks the first shard itself, a child process each of the others. ``stop_flag``, the
    caller's, ends the run (``RunStopped``): the children are killed, this process's shard stopped.

    ``citations`` is read as the run goes (the first :data:`LOOKAHEAD` at once, or those that come within
    :data:`LOOKAHEAD_SECONDS`, to split the hosts), so a long input is never held whole.
    """
    source = iter(citations)
    processes = max(1, min(processes, config.workers))  # each with one worker at least (processes_for)
    # This process's own shard needs the fetcher (requests, urllib3: ~70 ms of imports); they are done while
    # the first citations come (from articles being read, ~50 ms and more) rather than after them.
    start_thread(threading.Thread(target=_import_fetcher, name="linkcheck-import-fetcher", daemon=True))
    ahead, ended = _read_ahead(source)
    if not ahead:
        return
    split = shard_by_host(ahead, processes)
    # the whole input read ahead: no more shards than it has hosts; else later hosts may fill them all
    shards = len(split) if ended else processes
    router = _Router(ahead, split, shards)
    # Each process on a core of its own (config.pin_processes): the children are told theirs, and this
    # process keeps to the first once they are started (a child started now, with no spare, would otherwise
    # import on this process's core).
    cores = affinity.core_plan(shards) if config.pin_processes else None
    per_shard = [
        config.evolve(processes=1, workers=workers, pin_processes=False)
        for workers in shard_workers(config.workers, shards)
    ]
    # Bounded both ways: results wait for the caller (who writes them out) in a few batches at most, so a
    # shard that runs ahead of the caller waits instead of piling results up in memory.
    local: queue.Queue[Any] = queue.Queue(maxsize=_RESULT_QUEUE)
    stop = threading.Event()
    outbox = _Outbox(local, stop)
    feeds: list[Any] = [queue.Queue(maxsize=_FEED_QUEUE)]
    children: dict[int, _Child] = {}
    relays: list[threading.Thread] = []
    for n in range(1, shards):
        children[n] = _Child(per_shard[n], n, cores[n] if cores else None)
        feeds.append(children[n])
        relay = threading.Thread(
            target=_relay, args=(children[n], n, outbox), name=f"linkcheck-relay-{n}", daemon=True
        )
        start_thread(relay)
        relays.append(relay)
    from linkcheck.checker import MoreSlots, _needs_dns  # imported once a run, not once a result

    # This process on the first core while it is busy, its cores given back when the run ends; pinned before
    # its own shard's threads start, which inherit it.
    pin = affinity.Pin(cores[0]) if cores else None
    if pin is not None:
        pin.start()
    more = MoreSlots()
    own = threading.Thread(
        target=_own_shard,
        args=(per_shard[0], feeds[0], outbox, 0, more, stop),
        name="linkcheck-shard-0",
        daemon=True,
    )
    start_thread(own)

    def alive(n: int) -> bool:
        return own.is_alive() if n == 0 else children[n].is_alive()

    feeder = _Feeder(itertools.chain(ahead, source), router, feeds, alive, ahead=len(ahead))
    del ahead
    start_thread(feeder.thread)
    running = set(range(shards))
    finished = False  # every result is out: the children are ending by themselves
    name_resolved = False
    offline: list[Result] = []
    try:
        while running:
            try:
                shard, batch = wait_get(local, 0.5, stop_flag)  # the caller's stop seen within a slice
            except queue.Empty:
                for n in list(running - {0}):
                    if not children[n].is_alive() and children[n].exitcode not in (None, 0):
                        running.discard(n)
                        more.give(per_shard[n].workers)
                continue
            if batch is None:
                running.discard(shard)
                if shard != 0:  # a shard process is done: its slots go to the hosts left in this one
                    more.give(per_shard[shard].workers)
                continue
            for number, result in batch:
                citation = feeder.unreported[shard].pop(number, None)
                if citation is None:
                    continue
                if result.citation is not citation:  # a child's (elided): report the caller's own citation
                    result = _given_citation(result, citation)
                if result.cause is Cause.NETWORK_UNAVAILABLE:
                    offline.append(result)
                    continue
                if not name_resolved and result.http_status is not None:
                    name_resolved = _needs_dns(result.final_url or result.url)
                yield result
        feeder.thread.join()
        if feeder.error is not None:
            raise feeder.error
        for n, left in enumerate(feeder.unreported):  # a shard that died: its citations are still reported
            if n in children and left:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    children[n].proc.wait(timeout=1.0)
            exitcode = children[n].exitcode if n in children else None
            for number in sorted(left):
                yield _crashed(left[number], config, exitcode)
        for result in offline:
            yield _back_to_dead(result, config) if name_resolved else result
        finished = True
    finally:
        if pin is not None:
            pin.stop()
        feeder.stopped.set()
        stop.set()  # ends the relays, and the own shard's writes
        if finished:
            # Every result is out and the children are ending by themselves: the caller writes its report
            # meanwhile rather than wait for their exit first, and a thread of its own reaps them
            # (end_processes waits for it).
            reaper = threading.Thread(
                target=_reap, args=(list(children.values()), relays), name="linkcheck-reaper", daemon=True
            )
            start_thread(reaper)
            with _spares_lock:
                _reapers[:] = [r for r in _reapers if r.is_alive()] + [reaper]
        else:
            _reap(list(children.values()), relays, grace=0.0)


def _reap(children: list[_Child], relays: list[threading.Thread], grace: float = 5.0) -> None:
    """Stop ``children`` (each gets ``grace`` seconds to end by itself) and wait for their relays."""
    for child in children:
        child.stop(grace=grace)
    for relay in relays:
        relay.join(timeout=1.0)
