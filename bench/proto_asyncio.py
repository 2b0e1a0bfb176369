"""Prototype (issue 7 plan): the ceiling of a one-thread asyncio fetcher in Python on this benchmark.

Reads the benchmark manifest, keeps ``--per-host`` keep-alive connections per host (at most ``--workers`` in
all) with one coroutine per connection pulling that host's links, speaks minimal HTTP/1.1 (GET, status
line, headers, Content-Length body, 301 Location followed, 5xx retried after ``--backoff`` seconds without
holding the connection), reads the whole body and extracts title/date/site from the head (``--parse``:
``regex`` or ``lxml-head``, optionally in a process pool with ``--parse-procs``), or, with
``--stages linkcheck``, judges each page with linkcheck's own ``_analyse`` (classify, extract, soft 404) and
``_result`` (match, verdict) and renders it with ``result_to_dict``: linkcheck's full verification on an
asyncio fetch core (``--patch`` as in ``bench/proto_mp.py``). Writes
linkcheck-shaped JSON for ``bench/throughput.py`` to score.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Any
from urllib.parse import urlsplit

from proto_client import EXTRACTORS, Item, judge, read_manifest

RETRY = {429, 500, 502, 503, 504}


async def fetch_one(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str
) -> tuple[int, dict[str, str], bytes]:
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: proto\r\nAccept: text/html\r\n\r\n".encode()
    )
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    length = int(headers.get("content-length", "0"))
    body = await reader.readexactly(length) if length else b""
    return status, headers, body


class LinkcheckStages:
    """linkcheck's own classify, extract, soft-404, match and JSON result, on a page fetched here."""

    def __init__(self, manifest: str) -> None:
        from linkcheck import Config, read_sources
        from linkcheck.checker import _Slots

        self.citations = {c.url: c for c in read_sources(manifest)}
        self.config = Config(allow_private=True)
        self.slots = _Slots(1)

    def __call__(
        self, item: Item, status: int, url: str, redirects: list[dict[str, Any]], headers: Any, body: bytes
    ) -> dict[str, Any]:
        from linkcheck.checker import _read_page, _result
        from linkcheck.models import FetchResult, Redirect
        from linkcheck.report.json import result_to_dict

        fetch = FetchResult(
            url=item.url,
            final_url=url,
            status_code=status,
            redirects=tuple(Redirect(r["status"], r["url"]) for r in redirects),
            headers=headers,
            body=body,
            attempts=item.attempts,
        )

        page = _read_page(item.url, fetch, self.config, self.slots)
        return result_to_dict(_result(self.citations[item.url], page, self.config))


async def run(items: list[Item], args: argparse.Namespace) -> list[dict[str, Any]]:
    by_host: dict[str, collections.deque[Item]] = collections.defaultdict(collections.deque)
    for it in items:
        by_host[urlsplit(it.url).netloc].append(it)
    unfinished = {h: len(q) for h, q in by_host.items()}
    stages = LinkcheckStages(args.manifest) if args.stages == "linkcheck" else None
    results: list[dict[str, Any]] = []
    loop = asyncio.get_running_loop()
    pool = ProcessPoolExecutor(args.parse_procs) if args.parse_procs else None
    extract = EXTRACTORS[args.parse]

    async def worker(host: str) -> None:
        queue = by_host[host]
        name, port = host.rsplit(":", 1)
        reader, writer = await asyncio.open_connection(name, int(port))
        while unfinished[host] > 0:
            if not queue:  # the rest are waiting for a retry
                await asyncio.sleep(0.005)
                continue
            item = queue.popleft()
            item.attempts += 1
            url, redirects = item.url, []
            for _ in range(10):
                parts = urlsplit(url)
                status, headers, body = await fetch_one(reader, writer, parts.netloc, parts.path or "/")
                if status in (301, 302, 303, 307, 308) and "location" in headers:
                    url = headers["location"]
                    redirects.append({"status": status, "url": url})
                    continue
                break
            if status in RETRY and item.attempts <= args.retries:
                loop.call_later(args.backoff * 2 ** (item.attempts - 1), queue.append, item)
                continue
            unfinished[host] -= 1
            if stages is not None:
                results.append(stages(item, status, url, redirects, headers, body))
                continue
            meta: dict[str, Any] = {}
            if status == 200:
                end = body.find(b"</head>")
                head = body[: end + 7] if end >= 0 else body
                if pool is not None:
                    meta = await loop.run_in_executor(pool, extract, head)
                else:
                    meta = extract(head)
            results.append(judge(item, status, url, redirects, meta, args.parse, None))
        writer.close()

    tasks = []
    slots = args.workers
    hosts = list(by_host)
    per = dict.fromkeys(hosts, 0)
    while slots > 0 and any(per[h] < min(args.per_host, len(by_host[h])) for h in hosts):
        for h in hosts:
            if slots > 0 and per[h] < min(args.per_host, len(by_host[h])):
                per[h] += 1
                slots -= 1
                tasks.append(asyncio.create_task(worker(h)))
    await asyncio.gather(*tasks)
    if pool is not None:
        pool.shutdown()
    return results


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("manifest")
    p.add_argument("--format", default="json")
    p.add_argument("--workers", type=int, default=64)
    p.add_argument("--per-host", type=int, default=8)
    p.add_argument("--allow-private", action="store_true")
    p.add_argument("--parse", default="regex", choices=["none", "regex", "lxml-head"])
    p.add_argument("--parse-procs", type=int, default=0)
    p.add_argument(
        "--stages",
        default="proto",
        choices=["proto", "linkcheck"],
        help="linkcheck: judge pages with linkcheck's own extract/soft-404/match/JSON (full verification)",
    )
    p.add_argument("--retries", type=int, default=2)
    p.add_argument("--backoff", type=float, default=0.25, help="first retry delay, doubling (default 0.25 s)")
    p.add_argument("--procs", type=int, default=1, help="host-sharded processes, each its own event loop")
    p.add_argument("--patch", default="", help="as bench/proto_mp.py: gc,fold")
    args = p.parse_args()
    if args.patch:
        from proto_mp import apply_patches

        apply_patches({x for x in args.patch.split(",") if x})
    items = read_manifest(args.manifest)
    results = asyncio.run(run(items, args)) if args.procs <= 1 else run_sharded(items, args)
    json.dump({"schema": "proto", "results": results}, sys.stdout)
    return 0


def run_sharded(items: list[Item], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Hosts split over ``args.procs`` forked processes (greedy by link count), results over pipes."""
    import multiprocessing as mp

    by_host: dict[str, list[Item]] = collections.defaultdict(list)
    for it in items:
        by_host[urlsplit(it.url).netloc].append(it)
    shards: list[list[Item]] = [[] for _ in range(args.procs)]
    for _host, its in sorted(by_host.items(), key=lambda kv: -len(kv[1])):
        min(shards, key=len).extend(its)
    ctx = mp.get_context("fork")
    sub = argparse.Namespace(**{**vars(args), "workers": max(1, args.workers // args.procs)})
    pipes = []
    for shard in shards:
        recv, send = ctx.Pipe(duplex=False)

        def child(shard: list[Item] = shard, send: Any = send) -> None:
            send.send(asyncio.run(run(shard, sub)))
            send.close()

        proc = ctx.Process(target=child, daemon=True)
        proc.start()
        send.close()
        pipes.append((proc, recv))
    results: list[dict[str, Any]] = []
    for proc, recv in pipes:
        results.extend(recv.recv())
        proc.join(60)
    return results


if __name__ == "__main__":
    sys.exit(main())
