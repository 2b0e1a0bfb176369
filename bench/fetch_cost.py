"""CPU per ``Fetcher.fetch`` on one thread, for source trees compared alternately (issue 7: fetch cost).

Starts ``bench/server.py`` at 0 ms and, for each repetition, runs one child process per source tree (the
order rotating each repetition), each fetching the same ``--n`` bench pages with one :class:`Fetcher` over
kept-alive loopback connections, after a warm-up of 200 fetches. A child reports microseconds of its CPU
(``time.process_time``: every thread of the process, the watchdog's included) and of the fetching thread
(``time.thread_time``) per fetch; the server's CPU is not counted. ``--ref`` adds ``http.client`` alone on
one kept-alive connection per host (GET, read the body), as a floor.

``--callgrind`` counts instructions instead (valgrind's callgrind, every thread of the child): a child
fetching ``--n`` pages and one fetching ``2 * --n``, the difference divided by ``--n``, so start-up and
warm-up cancel out. Slow (~50x), but not moved by other work on the machine as CPU time is.

Run: ``python bench/fetch_cost.py --trees new=src,base=/tmp/base/src --n 2000 --reps 7``
(``--case mix`` for the benchmark's realistic mix: 404s, redirects, a 503 then 200, 500s).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import Server, make_links  # noqa: E402


def child(args: argparse.Namespace) -> int:
    made = max(args.n, args.make)  # the same links whatever is fetched (their making is counted too)
    urls = [link.url for link in make_links(args.case, made + 200, args.port, 1)][: 200 + args.n]
    if args.ref:
        import http.client
        from urllib.parse import urlsplit

        conns: dict[str, http.client.HTTPConnection] = {}

        def fetch(url: str) -> object:
            parts = urlsplit(url)
            conn = conns.get(parts.netloc)
            if conn is None:
                conn = conns[parts.netloc] = http.client.HTTPConnection(parts.netloc, timeout=10)
            conn.request("GET", parts.path, headers={"User-Agent": "ref"})
            return conn.getresponse().read()
    else:
        from linkcheck import Config
        from linkcheck.fetch import Fetcher

        config = Config(allow_private=True, workers=1, per_host=1, backoff_base=0.001, backoff_max=0.002)
        fetch = Fetcher(config).fetch  # type: ignore[assignment]
    for url in urls[:200]:
        fetch(url)
    p0, t0, o0 = time.process_time(), time.thread_time(), os.times()
    for url in urls[200:]:
        fetch(url)
    p1, t1, o1 = time.process_time(), time.thread_time(), os.times()
    us = 1e6 / args.n
    figures = {"process": us * (p1 - p0), "thread": us * (t1 - t0), "system": us * (o1.system - o0.system)}
    print(json.dumps(figures))
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--trees", default=f"here={HERE.parent / 'src'}", help="NAME=SRC_DIR,... (compared)")
    p.add_argument("--n", type=int, default=2000)
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--case", choices=("clean", "mix"), default="clean")
    p.add_argument("--ref", action="store_true", help="also http.client alone")
    p.add_argument("--callgrind", action="store_true", help="instructions per fetch (valgrind) instead")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--make", type=int, default=0, help=argparse.SUPPRESS)
    args = p.parse_args()
    if not 1 <= args.n <= 50_000 or not 1 <= args.reps <= 50:
        p.error("--n must be 1..50000 and --reps 1..50")
    if args.child:
        return child(args)
    trees = [tuple(t.split("=", 1)) for t in args.trees.split(",")]
    if args.ref:
        trees.append(("http.client", ""))
    figures: dict[str, list[tuple[float, float, float]]] = {name: [] for name, _ in trees}
    server = Server(seed=1, hosts=8, max_seconds=1800)
    if args.callgrind:
        try:
            return instructions(args, trees, server)
        finally:
            server.stop()
    try:
        for rep in range(args.reps):
            order = trees[rep % len(trees) :] + trees[: rep % len(trees)]
            for name, src in order:
                server.reset(0.0)
                cmd = [sys.executable, __file__, "--child", "--port", str(server.port), "--n", str(args.n)]
                cmd += ["--case", args.case] + (["--ref"] if not src else [])
                env = dict(os.environ, PYTHONPATH=src) if src else dict(os.environ)
                out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, check=True)
                got = json.loads(out.stdout.strip().splitlines()[-1])
                figures[name].append((got["process"], got["thread"], got["system"]))
                print(
                    f"rep {rep + 1} {name:12} {got['process']:7.1f} us process {got['thread']:7.1f} us thread"
                    f" ({got['system']:.0f} us system)"
                )
    finally:
        server.stop()
    print(f"CPU per fetch, {args.case}, N={args.n}, {args.reps} reps (median [min-max]):")
    for name, values in figures.items():
        proc = [v[0] for v in values]
        thread = [v[1] for v in values]
        system = [v[2] for v in values]
        print(
            f"  {name:12} process {statistics.median(proc):6.1f} us [{min(proc):.1f}-{max(proc):.1f}]"
            f"  thread {statistics.median(thread):6.1f} us [{min(thread):.1f}-{max(thread):.1f}]"
            f"  of which system {statistics.median(system):4.0f} us"
        )
    return 0


def instructions(args: argparse.Namespace, trees: list[tuple[str, ...]], server: Server) -> int:
    counts: dict[str, list[float]] = {name: [] for name, _ in trees}
    for rep in range(args.reps):
        order = trees[rep % len(trees) :] + trees[: rep % len(trees)]
        for name, src in order:
            collected = []
            for n in (args.n, 2 * args.n):
                server.reset(0.0)
                cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable]
                cmd += [__file__, "--child", "--port", str(server.port), "--n", str(n), "--case", args.case]
                cmd += ["--make", str(2 * args.n)]
                cmd += [] if src else ["--ref"]
                env = dict(os.environ, PYTHONPATH=src) if src else dict(os.environ)
                out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=1800, check=True)
                line = next(x for x in out.stderr.splitlines() if "Collected :" in x)
                collected.append(int(line.rsplit(":", 1)[1]))
            counts[name].append((collected[1] - collected[0]) / args.n)
            print(f"rep {rep + 1} {name:12} {counts[name][-1] / 1000:8.1f} k instructions per fetch")
    print(f"Instructions per fetch (callgrind), {args.case}, N={args.n}, {args.reps} reps (median [min-max])")
    for name, values in counts.items():
        low, high = min(values) / 1000, max(values) / 1000
        print(f"  {name:12} {statistics.median(values) / 1000:8.1f} k [{low:.1f}-{high:.1f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
