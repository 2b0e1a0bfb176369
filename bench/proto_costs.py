"""Per-stage CPU cost of checking one link, measured one stage at a time on one thread (issue 7 plan).

Starts ``bench/server.py`` (0 ms latency), fetches ``--n`` article pages sequentially with each client
variant, then times extraction variants on the fetched bodies, so every figure is microseconds of CPU per
link without thread or GIL contention. Run: ``python bench/proto_costs.py --n 2000``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from proto_client import extract_bs4, extract_lxml, extract_regex, head_of  # noqa: E402
from throughput import Server, make_links  # noqa: E402


def cpu_per_call(fn: Callable[[], object], count: int) -> float:
    """Microseconds of process CPU per call of ``fn`` (``count`` calls)."""
    t0 = time.process_time()
    for _ in range(count):
        fn()
    return 1e6 * (time.process_time() - t0) / count


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--n", type=int, default=2000)
    args = p.parse_args()
    import requests
    import urllib3

    server = Server(seed=1, hosts=8, max_seconds=600)
    try:
        server.reset(0.0)
        urls = [link.url for link in make_links("clean", args.n, server.port, 1)]
        bodies: list[bytes] = []
        figures: dict[str, float] = {}

        def run_fetch(name: str, fetch: Callable[[str], bytes]) -> None:
            it = iter(urls)
            t0 = time.process_time()
            out = [fetch(u) for u in it]
            figures[name] = 1e6 * (time.process_time() - t0) / len(urls)
            if not bodies:
                bodies.extend(out)

        s = requests.Session()
        run_fetch("requests.Session.get, full body", lambda u: s.get(u, timeout=20).content)
        s2 = requests.Session()
        s2.trust_env = False
        run_fetch("requests.Session.get, trust_env=False", lambda u: s2.get(u, timeout=20).content)
        s3 = requests.Session()
        s3.trust_env = False

        def req_head(u: str) -> bytes:
            r = s3.get(u, timeout=20, stream=True)
            data = r.raw.read(16_384)
            r.raw.drain_conn()
            r.close()
            return bytes(data)

        run_fetch("requests stream, first 16 KB + drain", req_head)
        pool = urllib3.PoolManager(maxsize=4, retries=False, timeout=20.0)
        run_fetch("urllib3 request, full body", lambda u: pool.request("GET", u, redirect=False).data)

        def u3_head(u: str) -> bytes:
            r = pool.request("GET", u, redirect=False, preload_content=False)
            data = r.read(16_384)
            r.drain_conn()
            r.release_conn()
            return bytes(data)

        run_fetch("urllib3 stream, first 16 KB + drain", u3_head)

        def u3_head_close(u: str) -> bytes:
            r = pool.request("GET", u, redirect=False, preload_content=False)
            data = r.read(16_384)
            r.close()
            r.release_conn()
            return bytes(data)

        run_fetch("urllib3 stream, first 16 KB + close connection", u3_head_close)
        import http.client

        conns: dict[str, http.client.HTTPConnection] = {}

        def raw_http(u: str) -> bytes:
            host = u.split("/")[2]
            c = conns.get(host)
            if c is None:
                c = conns[host] = http.client.HTTPConnection(host, timeout=20)
            c.request("GET", "/" + u.split("/", 3)[3])
            r = c.getresponse()
            return r.read()

        run_fetch("http.client, full body", raw_http)
        n = min(len(bodies), 500)
        sample = bodies[:n]
        heads = [head_of(b) for b in sample]
        counter = iter(range(10**9))

        def each(fn: Callable[[bytes], object], data: list[bytes]) -> Callable[[], object]:
            return lambda: fn(data[next(counter) % len(data)])

        figures["find </head> in body"] = cpu_per_call(each(head_of, sample), n)
        figures["decode body utf-8"] = cpu_per_call(each(lambda b: b.decode("utf-8"), sample), n)
        figures["regex extraction on head"] = cpu_per_call(each(extract_regex, heads), n)
        figures["lxml.html parse + extract, head only"] = cpu_per_call(each(extract_lxml, heads), n)
        figures["lxml.html parse + extract, full body"] = cpu_per_call(each(extract_lxml, sample), n)
        figures["BeautifulSoup(lxml) + extract, head only"] = cpu_per_call(each(extract_bs4, heads), n // 5)
        figures["BeautifulSoup(lxml) + extract, full body"] = cpu_per_call(each(extract_bs4, sample), n // 10)
        from bs4 import BeautifulSoup, SoupStrainer

        only_head = SoupStrainer(["title", "meta", "script", "link"])
        figures["BeautifulSoup(lxml, SoupStrainer head tags), full body"] = cpu_per_call(
            each(lambda b: BeautifulSoup(b, "lxml", parse_only=only_head), sample), n // 10
        )
        result = {
            "url": urls[0],
            "status": "ok",
            "reason": "HTTP 200",
            "http_status": 200,
            "final_url": urls[0],
            "redirects": [],
            "title": "x" * 60,
            "published": "2020-01-01",
            "site_name": "The Loopback Herald",
            "findings": [],
            "verdict": "pass",
        }
        figures["json.dumps of one result"] = cpu_per_call(lambda: json.dumps(result), 5000)
        figures["json.dumps(indent=2) of one result"] = cpu_per_call(
            lambda: json.dumps(result, indent=2), 5000
        )
        ratio = re.compile(r"\s+")
        figures["title normalise + compare (regex)"] = cpu_per_call(
            lambda: ratio.sub(" ", "A title  of sixty characters or so, give or take").lower() == "a", 20000
        )
        import difflib

        figures["difflib.SequenceMatcher ratio of two titles"] = cpu_per_call(
            lambda: difflib.SequenceMatcher(
                None, "A title of sixty characters", "A title of 60 chars"
            ).ratio(),
            5000,
        )
    finally:
        server.stop()
    width = max(len(k) for k in figures)
    print(f"CPU microseconds per link, one thread, N={args.n} unique pages (mean size {_mean_kb(bodies)} KB)")
    for k, v in figures.items():
        print(f"  {k:{width}}  {v:8.1f} us")
    return 0


def _mean_kb(bodies: list[bytes]) -> str:
    return f"{sum(len(b) for b in bodies) / max(1, len(bodies)) / 1024:.1f}"


if __name__ == "__main__":
    sys.exit(main())
