"""Prototype (issue 7 plan): linkcheck's own ``iter_check`` in K processes, hosts sharded, plus patches.

A stand-in for the CLI that ``bench/throughput.py --linkcheck "python bench/proto_mp.py --procs 2 ..."`` can
run: it reads the manifest with ``linkcheck.read_sources``, gives each host to one of ``--procs`` forked
processes (greedy by link count, so per-host limits hold exactly and the shards balance), runs
``linkcheck.iter_check`` in each with ``workers / K`` threads, streams the results back over pipes, and
renders the merged report with linkcheck's JSON renderer (or JSON Lines as they come, ``--format jsonl``).

``--patch`` applies changes *inside this process only* (``src/linkcheck`` untouched), each pricing one idea:

- ``watchdog``: ``threading.Timer`` in ``linkcheck.fetch`` replaced by one shared watchdog thread with a heap
  of deadlines (:class:`SharedWatchdog`), instead of one new thread per request;
- ``gc``: ``gc.freeze()`` after imports and a generation-0 threshold of 50,000 allocations (``freeze``:
  the freeze alone);
- ``fold``: ``linkcheck.names.fold`` memoised (``functools.lru_cache``), for outlet names and site affixes
  that repeat on every page of a host;
- ``compact``: JSON rendered without indentation (C encoder) instead of ``indent=2``.
"""

from __future__ import annotations

import argparse
import functools
import gc
import heapq
import itertools
import json
import multiprocessing as mp
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any
from urllib.parse import urlsplit


class SharedWatchdog:
    """One daemon thread that runs callbacks at deadlines: the per-request watchdog without a thread each.

    ``schedule(delay, fn)`` returns a handle whose ``cancel()`` is O(1) (lazy deletion; the heap is compacted
    when cancelled entries outnumber live ones).
    """

    def __init__(self) -> None:
        self._heap: list[list[Any]] = []  # [when, seq, fn, cancelled]
        self._cv = threading.Condition()
        self._seq = itertools.count()
        self._cancelled = 0
        self._thread: threading.Thread | None = None

    def schedule(self, delay: float, fn: Callable[[], object]) -> list[Any]:
        entry = [time.monotonic() + delay, next(self._seq), fn, False]
        with self._cv:
            heapq.heappush(self._heap, entry)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="linkcheck-watchdog", daemon=True)
                self._thread.start()
            if self._heap[0] is entry:
                self._cv.notify()
        return entry

    def cancel(self, entry: list[Any]) -> None:
        with self._cv:
            if not entry[3]:
                entry[3] = True
                self._cancelled += 1
                if self._cancelled > 64 and self._cancelled * 2 > len(self._heap):
                    self._heap = [e for e in self._heap if not e[3]]
                    heapq.heapify(self._heap)
                    self._cancelled = 0

    def _run(self) -> None:
        while True:
            with self._cv:
                while self._heap and self._heap[0][3]:
                    heapq.heappop(self._heap)
                    self._cancelled -= 1
                if not self._heap:
                    self._cv.wait(1.0)
                    continue
                delay = self._heap[0][0] - time.monotonic()
                if delay > 0:
                    self._cv.wait(delay)
                    continue
                entry = heapq.heappop(self._heap)
            entry[2]()


_WATCHDOG = SharedWatchdog()


class WatchTimer:
    """``threading.Timer``'s interface (``daemon``, ``start``, ``cancel``) on the shared watchdog."""

    def __init__(self, interval: float, function: Callable[[], object]) -> None:
        self.interval = interval
        self.function = function
        self.daemon = True
        self._entry: list[Any] | None = None

    def start(self) -> None:
        self._entry = _WATCHDOG.schedule(self.interval, self.function)

    def cancel(self) -> None:
        if self._entry is not None:
            _WATCHDOG.cancel(self._entry)


def apply_patches(patches: set[str]) -> None:
    import linkcheck.fetch

    if "watchdog" in patches:
        linkcheck.fetch.threading.Timer = WatchTimer  # type: ignore[misc,assignment]
    if "fold" in patches:
        import linkcheck.match
        import linkcheck.names
        import linkcheck.soft404

        cached = functools.lru_cache(maxsize=200_000)(linkcheck.names.fold)
        for mod in (linkcheck.names, linkcheck.match, linkcheck.soft404):
            mod.fold = cached  # type: ignore[attr-defined]
    if "gc" in patches:
        gc.freeze()
        gc.set_threshold(50_000, 20, 20)
    elif "freeze" in patches:
        gc.freeze()


def shard_hosts(citations: Sequence[Any], k: int) -> list[list[Any]]:
    """Give each host to one of ``k`` shards, largest hosts first to the least loaded shard."""
    by_host: dict[str, list[Any]] = {}
    for c in citations:
        by_host.setdefault(urlsplit(c.url).netloc.lower(), []).append(c)
    shards: list[list[Any]] = [[] for _ in range(k)]
    for _host, cs in sorted(by_host.items(), key=lambda kv: -len(kv[1])):
        min(shards, key=len).extend(cs)
    return shards


def child(citations: Sequence[Any], config: Any, conn: Connection, batch: int) -> None:
    from linkcheck import iter_check

    out: list[Any] = []
    for result in iter_check(citations, config):
        out.append(result)
        if len(out) >= batch:
            conn.send(out)
            out = []
    if out:
        conn.send(out)
    conn.send(None)
    conn.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("manifest")
    p.add_argument("--format", default="json", choices=["json", "jsonl"])
    p.add_argument("--workers", type=int, default=64)
    p.add_argument("--per-host", type=int, default=8)
    p.add_argument("--allow-private", action="store_true")
    p.add_argument("--procs", type=int, default=2)
    p.add_argument("--patch", default="", help="comma-separated: watchdog,gc,fold,compact")
    p.add_argument("--batch", type=int, default=32, help="results per message from a child")
    args = p.parse_args(argv)
    patches = {x for x in args.patch.split(",") if x}
    from linkcheck import Config, read_sources
    from linkcheck.models import Report
    from linkcheck.report import render
    from linkcheck.report.json import result_to_dict

    apply_patches(patches)
    started = time.monotonic()
    citations = read_sources(args.manifest)
    k = max(1, args.procs)
    config = Config(
        allow_private=args.allow_private, workers=max(1, args.workers // k), per_host=args.per_host
    )
    ctx = mp.get_context("fork")
    conns: list[Connection] = []
    procs = []
    for shard in shard_hosts(citations, k):
        if not shard:
            continue
        recv, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=child, args=(shard, config, send, args.batch), daemon=True)
        proc.start()
        send.close()
        conns.append(recv)
        procs.append(proc)
    results: list[Any] = []
    stream = sys.stdout
    open_conns = list(conns)
    while open_conns:
        for conn in wait(open_conns, timeout=3600):
            assert isinstance(conn, Connection)
            try:
                msg = conn.recv()
            except EOFError:
                msg = None
            if msg is None:
                open_conns.remove(conn)
                continue
            if args.format == "jsonl":
                for r in msg:
                    stream.write(json.dumps(result_to_dict(r), ensure_ascii=False) + "\n")
            else:
                results.extend(msg)
    for proc in procs:
        proc.join(60)
    if args.format == "json":
        position = {id(c): i for i, c in enumerate(citations)}
        del position  # results come from other processes: order by manifest line instead
        results.sort(key=lambda r: (r.citation.source, r.citation.line or 0))
        report = Report(results=tuple(results), elapsed=time.monotonic() - started, notes=())
        if "compact" in patches:
            from linkcheck.report.json import report_to_dict

            stream.write(json.dumps(report_to_dict(report), ensure_ascii=False) + "\n")
        else:
            stream.write(render(report, "json"))
    stream.flush()
    return 1 if any(r.verdict.value == "fail" for r in results) else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
