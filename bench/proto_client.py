"""Prototype checker for the throughput plan (issue 7): how fast can Python fetch + extract + match here?

Not linkcheck: a scratch implementation that reads the benchmark's manifests and writes linkcheck-shaped
JSON (``{"results": [{"url", "status", "verdict", "findings", ...}]}``), so ``bench/throughput.py`` can
score it (``--linkcheck "python bench/proto_client.py --client urllib3 --read head"``). Each knob isolates
one cost:

- ``--client requests|urllib3``: a ``requests.Session`` (the plain loop of the issue) or a bare
  ``urllib3.PoolManager`` (no hooks, cookies, settings merge).
- ``--read full|head|head-close``: read the whole body; read until ``</head>`` and drain the rest unparsed
  (connection kept); or read until ``</head>`` and drop the connection.
- ``--parse none|bs4|lxml|lxml-head|regex``: no extraction; BeautifulSoup(lxml) on what was read; lxml.html
  on what was read; lxml on the head only; regular expressions over the head.
- ``--sched fifo|hosts``: a shared FIFO queue with a blocking per-host semaphore (head-of-line blocking) or
  a per-host scheduler that hands a worker the next link of a host below its limit.
- ``--procs K``: K processes, hosts sharded across them (so per-host limits hold exactly), each with
  ``workers / K`` threads.

Retries: 500/502/503/504/429 are retried up to ``--retries`` times; a link waiting for its retry does not hold
a worker or a per-host slot (``--sched hosts``), its host keeps working.
"""

from __future__ import annotations

import argparse
import collections
import heapq
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

RETRY = {429, 500, 502, 503, 504}


@dataclass
class Item:
    url: str
    title: str | None
    date: str | None
    outlet: str | None
    attempts: int = 0


def read_manifest(path: str) -> list[Item]:
    items = []
    with open(path, encoding="utf-8") as f:
        for raw_line in f:
            line = raw_line.strip()
            if not line or line.startswith("#"):
                continue
            url, *fields = (p.strip() for p in line.split(" | "))
            kv = dict(f.split(": ", 1) for f in fields if ": " in f)
            items.append(Item(url, kv.get("title"), kv.get("date"), kv.get("outlet")))
    return items


# --- extraction ----------------------------------------------------------------------------------------

_META = re.compile(rb"<meta\s+(?:property|name)=['\"]([^'\"]+)['\"]\s+content=['\"]([^'\"]*)['\"]", re.I)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)


def extract_regex(head: bytes) -> dict[str, str | None]:
    metas = {k.lower(): v for k, v in _META.findall(head)}
    t = _TITLE.search(head)
    return {
        "title": (metas.get(b"og:title") or (t.group(1) if t else b"")).decode("utf-8", "replace") or None,
        "published": (metas.get(b"article:published_time") or b"").decode()[:10] or None,
        "site": (metas.get(b"og:site_name") or b"").decode("utf-8", "replace") or None,
    }


def extract_lxml(body: bytes) -> dict[str, str | None]:
    import lxml.html

    doc = lxml.html.fromstring(body)
    out: dict[str, str | None] = {"title": None, "published": None, "site": None}
    for el in doc.iter("meta"):
        key = (el.get("property") or el.get("name") or "").lower()
        if key == "og:title":
            out["title"] = el.get("content")
        elif key == "article:published_time":
            out["published"] = (el.get("content") or "")[:10]
        elif key == "og:site_name":
            out["site"] = el.get("content")
    if out["title"] is None:
        t = doc.find(".//title")
        out["title"] = t.text if t is not None else None
    for script in doc.iter("script"):
        if script.get("type") == "application/ld+json" and script.text:
            ld = json.loads(script.text)
            out["published"] = out["published"] or str(ld.get("datePublished", ""))[:10]
    return out


def extract_bs4(body: bytes) -> dict[str, str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(body, "lxml")

    def meta(key: str) -> str | None:
        el = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
        value = el.get("content") if el is not None else None
        return value if isinstance(value, str) else None

    title = meta("og:title") or (soup.title.string if soup.title else None)
    published = (meta("article:published_time") or "")[:10] or None
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        ld = json.loads(script.string or "{}")
        published = published or str(ld.get("datePublished", ""))[:10]
    return {"title": title, "published": published, "site": meta("og:site_name")}


def head_of(body: bytes) -> bytes:
    end = body.find(b"</head>")
    return body[: end + 7] if end >= 0 else body


EXTRACTORS: dict[str, Callable[[bytes], dict[str, str | None]]] = {
    "none": lambda body: {"title": None, "published": None, "site": None},
    "regex": lambda body: extract_regex(head_of(body)),
    "lxml": extract_lxml,
    "lxml-head": lambda body: extract_lxml(head_of(body)),
    "bs4": extract_bs4,
}


def judge(
    item: Item,
    status: int | None,
    final_url: str,
    redirects: list[dict[str, Any]],
    meta: dict[str, Any],
    parse: str,
    error: str | None,
) -> dict[str, Any]:
    findings = []
    if status is None:
        st, reason = "error", error or "no response"
    elif status in (404, 410):
        st, reason = "dead", f"HTTP {status}"
    elif status >= 500 or status == 429:
        st, reason = "error", f"HTTP {status} after {item.attempts} attempts"
    elif 200 <= status < 300:
        st, reason = "ok", "HTTP 200"
    else:
        st, reason = "error", f"HTTP {status}"
    if st == "ok":
        if any(r["status"] in (301, 308) for r in redirects):
            findings.append({"kind": "moved", "severity": "warn", "actual": final_url, "expected": item.url})
        if parse != "none":
            if item.title and (meta["title"] or "").strip().lower() != item.title.strip().lower():
                findings.append({"kind": "title_mismatch", "severity": "fail", "actual": meta["title"]})
            if item.date and meta["published"] != item.date:
                findings.append({"kind": "date_mismatch", "severity": "fail", "actual": meta["published"]})
            if item.outlet and (meta["site"] or "") != item.outlet:
                findings.append({"kind": "outlet_mismatch", "severity": "fail", "actual": meta["site"]})
    verdict = (
        "fail"
        if st == "dead" or any(f["severity"] == "fail" for f in findings)
        else "warn"
        if findings or st != "ok"
        else "pass"
    )
    return {
        "url": item.url,
        "status": st,
        "reason": reason,
        "http_status": status,
        "final_url": final_url,
        "redirects": redirects,
        "title": meta.get("title"),
        "published": meta.get("published"),
        "site_name": meta.get("site"),
        "findings": findings,
        "verdict": verdict,
    }


# --- fetching ------------------------------------------------------------------------------------------


class Fetcher:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        if args.client.startswith("requests"):
            import requests
            from requests.adapters import HTTPAdapter

            self.session = requests.Session()
            adapter = HTTPAdapter(pool_connections=64, pool_maxsize=args.per_host, max_retries=0)
            self.session.mount("http://", adapter)
            # trust_env=False skips the per-request proxy/netrc lookups in the environment.
            self.session.trust_env = args.client == "requests"
        else:
            import urllib3

            self.pool = urllib3.PoolManager(num_pools=64, maxsize=args.per_host, retries=False, timeout=20.0)

    def get(self, url: str) -> tuple[int, dict[str, str], bytes]:
        """One hop: status, headers (lower-case names), the body as far as ``--read`` says."""
        mode = self.args.read
        if self.args.client.startswith("requests"):
            resp = self.session.get(url, allow_redirects=False, stream=True, timeout=20)
            raw = resp.raw
            headers = {k.lower(): v for k, v in resp.headers.items()}
            status = resp.status_code
        else:
            raw = self.pool.request("GET", url, redirect=False, preload_content=False)
            headers = {k.lower(): v for k, v in raw.headers.items()}
            status = raw.status
        if mode == "full" or status != 200:
            body = raw.read()
            raw.release_conn()
            return status, headers, body
        chunks = []
        size = 0
        while size < self.args.head_cap:
            chunk = raw.read(16_384)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if b"</head>" in chunk or (len(chunks) > 1 and b"</head>" in chunks[-2][-8:] + chunk[:8]):
                break
        body = b"".join(chunks)
        if mode == "head-close":
            raw.close()  # the rest is on the wire: drop the connection
            if self.args.client == "urllib3":
                raw.release_conn()
        else:
            raw.drain_conn()  # read and discard the rest, keep the connection
            raw.release_conn()
        return status, headers, body

    def check(self, item: Item) -> tuple[dict[str, Any] | None, float]:
        """A result, or ``None`` and a delay when the link should be retried later."""
        item.attempts += 1
        url = item.url
        redirects: list[dict[str, Any]] = []
        try:
            for _ in range(10):
                status, headers, body = self.get(url)
                if status in (301, 302, 303, 307, 308) and "location" in headers:
                    url = headers["location"]
                    redirects.append({"status": status, "url": url})
                    continue
                break
        except Exception as exc:
            return judge(item, None, url, redirects, {}, "none", repr(exc)[:200]), 0.0
        if status in RETRY and item.attempts <= self.args.retries:
            return None, self.args.backoff * (2 ** (item.attempts - 1))
        meta: dict[str, Any] = {}
        if status == 200:
            meta = EXTRACTORS[self.args.parse](body)
        return judge(item, status, url, redirects, meta, self.args.parse, None), 0.0


def host_of(url: str) -> str:
    return urlsplit(url).netloc


def run_threads(items: Sequence[Item], args: argparse.Namespace) -> list[dict[str, Any]]:
    fetcher = Fetcher(args)
    results: list[dict[str, Any]] = []
    lock = threading.Condition()
    if args.sched == "fifo":
        queue: collections.deque[Item] = collections.deque(items)
        sems: dict[str, threading.BoundedSemaphore] = collections.defaultdict(
            lambda: threading.BoundedSemaphore(args.per_host)
        )
        pending = [len(items)]

        def worker_fifo() -> None:
            while True:
                with lock:
                    if not queue:
                        if pending[0] == 0:
                            return
                        lock.wait(0.05)
                        continue
                    item = queue.popleft()
                sem = sems[host_of(item.url)]
                with sem:
                    res, delay = fetcher.check(item)
                if res is None:
                    time.sleep(delay)  # naive: the worker sleeps through the backoff
                    with lock:
                        queue.append(item)
                    continue
                with lock:
                    results.append(res)
                    pending[0] -= 1
                    lock.notify_all()

        workers = [threading.Thread(target=worker_fifo) for _ in range(args.workers)]
    else:
        by_host: dict[str, collections.deque[Item]] = collections.defaultdict(collections.deque)
        for item in items:
            by_host[host_of(item.url)].append(item)
        hosts = list(by_host)
        inflight = dict.fromkeys(hosts, 0)
        delayed: list[tuple[float, int, Item]] = []
        remaining = [len(items)]
        rr = [0]
        seq = [0]

        def take() -> Item | None:
            with lock:
                while remaining[0] > 0:
                    now = time.monotonic()
                    while delayed and delayed[0][0] <= now:
                        _, _, it = heapq.heappop(delayed)
                        by_host[host_of(it.url)].appendleft(it)
                    for k in range(len(hosts)):
                        h = hosts[(rr[0] + k) % len(hosts)]
                        if by_host[h] and inflight[h] < args.per_host:
                            rr[0] = (rr[0] + k + 1) % len(hosts)
                            inflight[h] += 1
                            return by_host[h].popleft()
                    lock.wait(max(0.001, delayed[0][0] - now) if delayed else 0.5)
                return None

        def worker_hosts() -> None:
            while True:
                item = take()
                if item is None:
                    return
                res, delay = fetcher.check(item)
                with lock:
                    inflight[host_of(item.url)] -= 1
                    if res is None:
                        seq[0] += 1
                        heapq.heappush(delayed, (time.monotonic() + delay, seq[0], item))
                    else:
                        results.append(res)
                        remaining[0] -= 1
                    lock.notify_all()

        workers = [threading.Thread(target=worker_hosts) for _ in range(args.workers)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return results


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("manifest")
    p.add_argument("--format", default="json", choices=["json", "jsonl"])
    p.add_argument("--workers", type=int, default=64)
    p.add_argument("--per-host", type=int, default=8)
    p.add_argument("--allow-private", action="store_true")
    p.add_argument("--client", default="requests", choices=["requests", "requests-notrust", "urllib3"])
    p.add_argument("--read", default="full", choices=["full", "head", "head-close"])
    p.add_argument("--head-cap", type=int, default=65_536)
    p.add_argument("--parse", default="none", choices=sorted(EXTRACTORS))
    p.add_argument("--sched", default="hosts", choices=["fifo", "hosts"])
    p.add_argument("--procs", type=int, default=1)
    p.add_argument("--threads", type=int, default=0, help="threads per process (default: workers / procs)")
    p.add_argument("--retries", type=int, default=2)
    p.add_argument("--backoff", type=float, default=0.1)
    p.add_argument("--shard", default=None, help="internal: i/K, hosts sharded over K processes")
    p.add_argument("--switch", type=float, default=0.0, help="sys.setswitchinterval (seconds) if given")
    args = p.parse_args(argv)
    if args.switch:
        sys.setswitchinterval(args.switch)
    items = read_manifest(args.manifest)
    if args.shard:
        i, k = (int(x) for x in args.shard.split("/"))
        hosts = sorted({host_of(it.url) for it in items})
        mine = set(hosts[i::k])
        items = [it for it in items if host_of(it.url) in mine]
    if args.threads and args.procs == 1:
        args.workers = args.threads
    if args.procs > 1 and not args.shard:
        results = run_procs(args, argv if argv is not None else sys.argv[1:])
    else:
        results = run_threads(items, args)
    out = sys.stdout
    if args.format == "jsonl" or args.shard:
        for r in results:
            out.write(json.dumps(r) + "\n")
    else:
        json.dump({"schema": "proto", "results": results}, out)
    out.flush()
    return 0


def run_procs(args: argparse.Namespace, argv: Sequence[str]) -> list[dict[str, Any]]:
    k = args.procs
    base: list[str] = []
    skip = False
    for a in argv:
        if skip or a.startswith("--procs"):
            skip = a == "--procs"
            continue
        base.append(a)
    per = args.threads or max(1, args.workers // k)
    procs = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(k):
            path = os.path.join(tmp, f"{i}.jsonl")
            cmd = [
                sys.executable,
                __file__,
                *base,
                "--shard",
                f"{i}/{k}",
                "--workers",
                str(per),
                "--procs",
                "1",
            ]
            procs.append((subprocess.Popen(cmd, stdout=open(path, "w")), path))  # noqa: SIM115
        results = []
        for proc, path in procs:
            proc.wait(3600)
            with open(path) as f:
                results += [json.loads(line) for line in f if line.strip()]
    return results


if __name__ == "__main__":
    sys.exit(main())
