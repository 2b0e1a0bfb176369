"""What choosing the next URL costs as a run meets more hosts (``linkcheck.checker._Scheduler``, no I/O).

A run keeps up to 5,000 citations read ahead and reads one more as each result is reported, so the
scheduler sees an ``add`` and a ``next`` per link. This drives it that way: ``--n`` URLs spread at random
over ``--hosts`` hosts (each count given), 5,000 added up front, 64 in flight, per-host limit 2, one URL
added per URL finished. Prints the microseconds of CPU per link for each host count.

Run: ``python bench/scheduler.py`` (defaults: ``--n 20000 --hosts 8,100,1000,10000``).
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from linkcheck.checker import _Scheduler


def drive(hosts: int, n: int, seed: int = 1) -> float:
    """CPU seconds per link to schedule ``n`` URLs over ``hosts`` hosts."""
    rng = random.Random(seed)
    urls = []
    for i in range(n):
        host = f"h{rng.randrange(hosts)}.example.org"
        urls.append((f"https://{host}/{i}", host))
    scheduler = _Scheduler(per_host=2)
    start = time.process_time()
    for url, host in urls[:5000]:
        scheduler.add(url, host)
    rest = iter(urls[5000:])
    in_flight: list[tuple[str, str]] = []
    done = 0
    while done < n:
        while len(in_flight) < 64 and (taken := scheduler.next()) is not None:
            in_flight.append(taken)
        if not in_flight:
            raise SystemExit("the scheduler handed nothing out with work left")
        _, host = in_flight.pop(0)
        scheduler.release(host, answered=True)
        done += 1
        more = next(rest, None)
        if more is not None:
            scheduler.add(*more)
    return (time.process_time() - start) / n


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=20_000, help="URLs (default 20000)")
    p.add_argument("--hosts", default="8,100,1000,10000", help="host counts, comma-separated")
    args = p.parse_args()
    counts = [int(h) for h in args.hosts.split(",")]
    if not (5_000 < args.n <= 200_000 and all(1 <= h <= 100_000 for h in counts)):
        p.error("--n 5001..200000, hosts 1..100000")
    print(f"$ python bench/scheduler.py --n {args.n} --hosts {args.hosts}")
    for hosts in counts:
        print(f"  {hosts:>6} hosts: {drive(hosts, args.n) * 1e6:8.1f} us of CPU per link")
    return 0


if __name__ == "__main__":
    sys.exit(main())
