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

import dataclasses
import gc
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

from linkcheck.config import Config
from linkcheck.models import Cause, Citation, Result, Status

__all__ = ["auto_processes", "iter_check_sharded", "processes_for", "shard_by_host", "tune_gc"]

#: Below this many distinct URLs a run stays in one process: starting another costs ~0.4 s of imports.
SHARD_MIN_URLS = 1000
#: Results a child sends at once (fewer, larger messages between processes).
_BATCH = 64
_BATCH_SECONDS = 0.05


def _host(url: str) -> str:
    try:
        return urlsplit(url.strip()).netloc.lower()
    except ValueError:
        return ""


def auto_processes(citations: Sequence[Citation], config: Config) -> int:
    """How many processes a run of ``citations`` uses (see :func:`processes_for`)."""
    if config.processes is not None:
        return config.processes
    urls = {c.url for c in citations}
    return processes_for(len(urls), len({_host(u) for u in urls}), config)


def processes_for(urls: int, hosts: int, config: Config) -> int:
    """How many processes a run of ``urls`` distinct URLs on ``hosts`` hosts uses: ``config.processes`` when
    set, else one per core (at most 8) for at least :data:`SHARD_MIN_URLS` URLs on at least two hosts, else
    one. ``urls`` may stop counting at :data:`SHARD_MIN_URLS`."""
    if config.processes is not None:
        return config.processes
    cores = os.cpu_count() or 1
    if cores < 2 or urls < SHARD_MIN_URLS or hosts < 2:
        return 1
    return min(cores, 8)


def shard_by_host(citations: Sequence[Citation], shards: int) -> list[list[int]]:
    """Indexes of ``citations`` per shard: whole hosts, the busiest first onto the least-loaded shard."""
    by_host: dict[str, list[int]] = {}
    for i, citation in enumerate(citations):
        by_host.setdefault(_host(citation.url), []).append(i)
    loads = [0] * shards
    out: list[list[int]] = [[] for _ in range(shards)]
    for indexes in sorted(by_host.values(), key=len, reverse=True):
        target = loads.index(min(loads))
        out[target].extend(indexes)
        loads[target] += len(indexes)
    return [sorted(s) for s in out if s]


def _needs_dns(url: str) -> bool:
    from linkcheck.checker import _needs_dns as needs_dns

    return needs_dns(url)


def tune_gc() -> None:
    """Garbage-collector settings for a process that only checks links (the CLI, a shard process).

    A run allocates many short-lived objects and few cycles: moving what is already loaded (modules, the
    citations) out of the collector's sight and collecting the youngest generation less often saves ~9% of
    CPU per link (docs/benchmarks.md). Not called by the library on its callers' behalf.
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def _process_main(config: Config, citations: list[Citation], out: Any, shard: int) -> None:
    """Entry point of a shard process."""
    tune_gc()
    _child(config, citations, out, shard)


def _child(config: Config, citations: list[Citation], out: Any, shard: int) -> None:
    """A worker process: check one shard, sending ``(shard, [(index, result), ...])`` batches, then
    ``(shard, None)``."""
    from linkcheck.checker import iter_check

    position = {id(c): i for i, c in enumerate(citations)}
    batch: list[tuple[int, Result]] = []
    last = time.monotonic()
    for result in iter_check(citations, config):
        batch.append((position[id(result.citation)], result))
        now = time.monotonic()
        if len(batch) >= _BATCH or now - last >= _BATCH_SECONDS:
            out.put((shard, batch))
            batch, last = [], now
    out.put((shard, batch))
    out.put((shard, None))


def _back_to_dead(result: Result, config: Config) -> Result:
    from linkcheck.checker import verdict_for

    reason = result.reason.removeprefix("the network looks unavailable: ")
    verdict = verdict_for(Status.DEAD, Cause.DNS, result.findings, config)
    return dataclasses.replace(result, status=Status.DEAD, cause=Cause.DNS, reason=reason, verdict=verdict)


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


def _own_shard(config: Config, citations: list[Citation], out: Any, shard: int) -> None:
    """The calling process's own shard, run in a thread: whatever happens, it ends with its sentinel."""
    try:
        _child(config, citations, out, shard)
    except BaseException:  # the unreported citations come back as internal errors
        out.put((shard, None))
        raise


def _relay(source: Any, sink: queue.Queue[Any]) -> None:
    """Move the children's batches onto the local queue until the stop token (a bare ``None``)."""
    while (item := source.get()) is not None:
        sink.put(item)


def iter_check_sharded(citations: Sequence[Citation], config: Config, processes: int) -> Iterator[Result]:
    """Like :func:`linkcheck.checker.iter_check` with its own fetchers, over ``processes`` processes: the
    calling process checks the first shard itself, a child process each of the others."""
    shards = shard_by_host(citations, processes)
    per_shard = config.evolve(processes=1, workers=max(1, config.workers // len(shards)))
    context = multiprocessing.get_context("spawn")  # never fork a process that may run threads
    from_children: Any = context.Queue()
    local: queue.Queue[Any] = queue.Queue()
    children: dict[int, Any] = {}
    for n, indexes in enumerate(shards[1:], start=1):
        child = context.Process(
            target=_process_main,
            args=(per_shard, [citations[i] for i in indexes], from_children, n),
            name=f"linkcheck-shard-{n}",
            daemon=True,
        )
        child.start()
        children[n] = child
    relay = threading.Thread(target=_relay, args=(from_children, local), name="linkcheck-relay", daemon=True)
    relay.start()
    own = threading.Thread(
        target=_own_shard,
        args=(per_shard, [citations[i] for i in shards[0]], local, 0),
        name="linkcheck-shard-0",
        daemon=True,
    )
    own.start()
    unreported = [set(range(len(indexes))) for indexes in shards]
    running = set(range(len(shards)))
    name_resolved = False
    offline: list[Result] = []
    try:
        while running:
            try:
                shard, batch = local.get(timeout=0.5)
            except queue.Empty:
                for n in list(running - {0}):
                    if not children[n].is_alive() and children[n].exitcode not in (None, 0):
                        running.discard(n)
                continue
            if batch is None:
                running.discard(shard)
                continue
            for i, result in batch:
                if i not in unreported[shard]:
                    continue
                unreported[shard].discard(i)
                result = dataclasses.replace(result, citation=citations[shards[shard][i]])
                if result.cause is Cause.NETWORK_UNAVAILABLE:
                    offline.append(result)
                    continue
                if not name_resolved and result.http_status is not None:
                    name_resolved = _needs_dns(result.final_url or result.url)
                yield result
        for n, left in enumerate(unreported):  # a shard that died: its citations are still reported
            exitcode = children[n].exitcode if n in children else None
            for i in sorted(left):
                yield _crashed(citations[shards[n][i]], config, exitcode)
        for result in offline:
            yield _back_to_dead(result, config) if name_resolved else result
    finally:
        from_children.put(None)  # ends the relay
        relay.join(timeout=1.0)
        for child in children.values():
            child.join(timeout=1.0)
            if child.is_alive():
                child.kill()
        from_children.close()
