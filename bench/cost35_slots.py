"""Where the clean set's slots go at 50 ms (issue 7, cost35): 64 slots at 50 ms allow 1,280 links/s.

Runs linkcheck on throughput's manifest (``--case clean``, ``--latency 50`` by default) against
``bench/server.py``, as ``bench/throughput.py`` runs it (same flags), timing the process from its start to its
exit, then reads the server's per-request events (arrival, response) and splits the run's slot-time
(``workers`` slots x wall time) into:

- **start**: from the process's start to the first request's arrival (imports, reading the manifest);
- **ramp**: from the first request until ``workers`` requests have arrived, the slots not yet all used;
- **steady**: until the run's last ``workers`` requests begin (every slot could be in use): the server's
  own time (the latency) and the **gaps** (a slot between one answer leaving the server and the next
  request arriving: reading the answer, judging the page, choosing and sending the next request);
- **tail**: from there to the last response (slots emptying as the URLs run out);
- **end**: from the last response to the exit (the last pages read, the report written).

For each it prints the seconds, the slot-seconds not serving a request, and what they cost in links/s
(the run's links/s had that part been full). Also: the occupancy (requests in flight on the server) over
time in bins, the steady part's mean gap a request (``workers`` x its span / its requests, less the server's
time) next to the server's turnaround on a reused connection, and the gap's distribution.

Run (no network: a namespace with loopback up), from the tree whose ``src`` is measured:
``unshare -rn sh -c 'ip link set lo up; PYTHONPATH=$PWD/src python bench/cost35_slots.py --reps 3'``.
``--linkcheck CMD`` runs another command (as throughput's). Nothing here changes linkcheck.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import OUT, Server, add_run_options, linkcheck_command, make_links, write_manifests  # noqa: E402


def _occupancy(events: list[tuple[float, float]], start: float, stop: float) -> float:
    """Slot-seconds of requests in flight between ``start`` and ``stop``."""
    return sum(max(0.0, min(r, stop) - max(a, start)) for a, r in events)


def _pct(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(len(values) * q))] if values else float("nan")


def run_once(args: argparse.Namespace, server: Server, manifest: Path, n: int) -> dict[str, float]:
    server.reset(args.latency / 1000)
    cmd = [*linkcheck_command(args), str(manifest), "--format", "json", "--allow-private"]
    cmd += ["--workers", str(args.workers), "--per-host", str(args.per_host)]
    out = OUT / "cost35_slots" / "out.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0]
    with out.open("wb") as sink:
        t0 = time.monotonic()
        subprocess.run(cmd, stdout=sink, stderr=subprocess.DEVNULL, timeout=600, check=False)
        t_exit = time.monotonic()
    stats = server._get("/stats?events=1")
    events = sorted((a, r) for ev in stats["events"].values() for a, r, _ in ev)
    w = args.workers
    wall = t_exit - t0
    first, last = events[0][0], max(r for _, r in events)
    ramp_end = events[min(w, len(events)) - 1][0]  # the w-th request's arrival
    tail_start = events[max(0, len(events) - w)][0]  # the last w requests begin
    served = sum(r - a for a, r in events)
    parts = [
        ("start", t0, first),
        ("ramp", first, ramp_end),
        ("steady", ramp_end, tail_start),
        ("tail", tail_start, last),
        ("end", last, t_exit),
    ]
    rate = n / wall
    print(
        f"run: {n} links in {wall:.3f} s = {rate:,.0f} links/s; {len(events)} requests, server time a "
        f"request {1000 * served / len(events):.2f} ms; load {load:.1f}"
    )
    print(f"  {'part':<7} {'seconds':>8} {'slot-s idle':>12} {'share of idle':>14} {'links/s if full':>16}")
    idle_total = w * wall - served
    figures: dict[str, float] = {"wall": wall, "rate": rate}
    for name, a, b in parts:
        span = max(0.0, b - a)
        idle = w * span - _occupancy(events, a, b)
        # the run's rate had this part's idle slot-time been serving (the others unchanged)
        full = n / (wall - idle / w)
        figures[name] = span
        figures[f"{name}_idle"] = idle
        print(f"  {name:<7} {span:8.3f} {idle:12.3f} {100 * idle / idle_total:13.1f}% {full:16,.0f}")
    steady = [(a, r) for a, r in events if ramp_end <= a < tail_start]
    span = tail_start - ramp_end
    if steady and span > 0:
        cycle = w * span / len(steady)
        service = sum(r - a for a, r in steady) / len(steady)
        figures["cycle_ms"] = 1000 * cycle
        figures["gap_ms"] = 1000 * (cycle - service)
        print(
            f"  steady: {len(steady)} requests, a slot's cycle {1000 * cycle:.2f} ms = server "
            f"{1000 * service:.2f} ms + gap {1000 * (cycle - service):.2f} ms; mean in flight "
            f"{_occupancy(events, ramp_end, tail_start) / span:.1f} of {w}"
        )
    turn = stats.get("turnaround_ms") or {}
    if turn:
        print(
            f"  server's turnaround on a reused connection (answer sent -> next request): mean "
            f"{turn['mean']:.2f} p50 {turn['p50']:.2f} p90 {turn['p90']:.2f} p99 {turn['p99']:.2f} ms "
            f"over {turn['n']}"
        )
        figures["turn_mean"] = turn["mean"]
        figures["turn_p50"] = turn["p50"]
    # occupancy over time, in bins
    bins = []
    t = first
    while t < last:
        b = min(last, t + args.bin)
        bins.append(f"{_occupancy(events, t, b) / (b - t):.0f}")
        t = b
    print(f"  in flight by {args.bin:g} s bin from the first request: {' '.join(bins)}")
    return figures


def build_parser() -> argparse.ArgumentParser:
    """The options: throughput's run options (:func:`throughput.add_run_options`), then this script's."""
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_run_options(p)
    p.add_argument(
        "--bin", type=float, default=0.5, help="seconds a bin of the in-flight count (default 0.5)"
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    print(f"# bench/cost35_slots.py {' '.join(argv if argv is not None else sys.argv[1:])}")
    print(f"# linkcheck: {' '.join(linkcheck_command(args))}; PYTHONPATH={os.environ.get('PYTHONPATH', '')}")
    server = Server(args.seed, 8, 900)
    try:
        links = make_links(args.case, args.n, server.port, args.seed)
        manifest, _ = write_manifests(links, OUT / "cost35_slots" / f"{args.case}-{args.n}")
        runs = [run_once(args, server, manifest, args.n) for _ in range(args.reps)]
    finally:
        server.stop()
    if len(runs) > 1:
        keys = ["rate", "start", "ramp", "steady", "tail", "end", "gap_ms", "turn_mean"]
        print(
            "median: "
            + ", ".join(f"{k} {sorted(r.get(k, 0.0) for r in runs)[len(runs) // 2]:.3f}" for k in keys)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
