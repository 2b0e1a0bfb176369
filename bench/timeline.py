"""Where a run's wall time goes (issue 7, cost25): a timeline of one linkcheck run on throughput's cases.

``bench/throughput.py`` says how long a run took and how much CPU it used; this says *when*. It starts
``bench/server.py``, runs linkcheck once per case on throughput's manifests (same links, same flags), and
meanwhile samples every process of the run's session every ``--sample`` seconds (``/proc``: CPU per
process). Afterwards it reads the server's per-request events (arrival, response, status per host) and prints:

- per time bin (``--bin`` seconds, from the run's start): responses by status, the CPU of each process of
  the run and of the server (as a share of one core), the machine's idle share (``/proc/stat``: no process
  of anyone's runnable), with ``--runq`` the share of samples in which each process had a runnable thread
  (reading every thread's state each sample costs CPU and skews the run: off by default), and the hosts
  that got no request in that bin;
- per host: its first and last request, its requests, and its 5xx answers; per process: its CPU and the
  bins it was active in (a process that ends early shows the shards' imbalance);
- the phases: first request, last response, exit; the last response of each status, and the retry tail
  (from the last 301/404, when the run's new URLs ran out, to the last response: retries waiting out their
  backoff); linkcheck's and the server's CPU over 2 cores against the wall time.

Run (no network: in a namespace with loopback up):
``unshare -rn sh -c 'ip link set lo up; python bench/timeline.py --cases mix,clean --n 10000 --latency 0'``.
``--linkcheck CMD`` runs another tree's linkcheck (as throughput's). Nothing here changes linkcheck. On a
machine shared with other work the CPU shares say how much each process got, not how much it wanted.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import OUT, Server, add_run_options, linkcheck_command, make_links, write_manifests  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
#: The key of the machine's idle seconds in a sample (no pid is this large).
IDLE = 1 << 40


def _runnable(pid: int) -> int:
    """Threads of ``pid`` running or runnable (state ``R``) now: 0 means the process waits on something
    (a socket, a lock, a queue, a timer), not on a core."""
    count = 0
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0
    for tid in tasks:
        try:
            if Path(f"/proc/{pid}/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "R":
                count += 1
        except (OSError, IndexError):
            continue
    return count


def _cpu(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK


def _machine_idle() -> float:
    """Seconds the machine's cores have been idle (``/proc/stat``: idle + iowait), all cores summed."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
    return (int(fields[4]) + int(fields[5])) / TICK


def _session_cpu(sid: int, runq: bool) -> dict[int, float]:
    """CPU seconds of each process of session ``sid``, and (as ``-pid``) whether it had a runnable thread."""
    out: dict[int, float] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid:  # fields[3] is the session id (field 6 of stat)
            out[int(entry.name)] = (int(fields[11]) + int(fields[12])) / TICK
            if runq:
                out[-int(entry.name)] = 1.0 if _runnable(int(entry.name)) else 0.0
    return out


def run_sampled(
    cmd: list[str], stdout: Path, sample: float, timeout: float, server_pid: int, runq: bool
) -> tuple[float, list[tuple[float, dict[int, float]]]]:
    """Run ``cmd``; return its start (monotonic) and the samples ``(time, {pid: cpu s})``; key 0 is the
    server's CPU."""
    samples: list[tuple[float, dict[int, float]]] = []
    base = _cpu(server_pid)
    idle0 = _machine_idle()
    with stdout.open("wb") as out, stdout.with_suffix(".stderr").open("wb") as err:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, start_new_session=True)
    try:
        while proc.poll() is None and time.monotonic() - t0 < timeout:
            cpus = _session_cpu(proc.pid, runq)
            cpus[0] = _cpu(server_pid) - base
            cpus[IDLE] = _machine_idle() - idle0
            samples.append((time.monotonic(), cpus))
            time.sleep(sample)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
    samples.append((time.monotonic(), {0: _cpu(server_pid) - base, IDLE: _machine_idle() - idle0}))
    return t0, samples


def report(
    case: str, t0: float, samples: list[tuple[float, dict[int, float]]], stats: dict, bin_s: float
) -> dict:
    end = samples[-1][0] - t0
    events = {h: [(a - t0, r - t0, s) for a, r, s in ev] for h, ev in stats["events"].items()}
    allev = sorted(e for ev in events.values() for e in ev)
    nbins = int(end / bin_s) + 1
    by_bin: list[Counter[int]] = [Counter() for _ in range(nbins)]
    hosts_in_bin: list[set[str]] = [set() for _ in range(nbins)]
    for h, ev in events.items():
        for a, r, s in ev:
            by_bin[min(nbins - 1, int(r / bin_s))][s] += 1
            hosts_in_bin[min(nbins - 1, int(a / bin_s))].add(h)
    # CPU per process per bin, from the cumulative samples (a process's last sample carries to its end)
    pids = sorted({p for _, d in samples for p in d if 0 <= p < IDLE})
    cpu_bin: dict[int, list[float]] = {p: [0.0] * nbins for p in pids}
    prev: dict[int, float] = {}
    count = [0] * nbins
    for t, d in samples:
        b = min(nbins - 1, int((t - t0) / bin_s))
        count[b] += 1
        for p, c in d.items():
            series = cpu_bin.setdefault(p, [0.0] * nbins)
            if p < 0:
                series[b] += c  # samples with a runnable thread
                continue
            if p == IDLE:
                series[b] += c - prev.get(p, 0.0)
                prev[p] = c
                continue
            series[b] += c - prev.get(p, 0.0)
            prev[p] = c
    total_cpu = sum(c for p, c in prev.items() if 0 < p < IDLE)
    machine_idle = prev.get(IDLE, 0.0)
    server_cpu = prev.get(0, 0.0)
    busy = [p for p in pids if p and sum(cpu_bin[p]) > 0.2]  # the run's processes that did work
    print(
        f"\n== {case}: wall {end:.2f} s, CPU {total_cpu:.2f} s over {len(pids)} processes ({len(busy)} busy)"
    )
    print(
        f"{'bin':>5} {'resp':>5} {'200':>5} {'301':>4} {'404':>4} {'500':>4} {'503':>4}  "
        + " ".join(f"cpu{i}" for i in range(len(busy)))
        + "  srv idle"
        + " "
        + " ".join(f"runq{i}" for i in range(len(busy)))
        + "  idle hosts"
    )
    all_hosts = sorted(events)
    under_one = both = unused = 0.0
    for b in range(nbins):
        c = by_bin[b]
        cpus = [cpu_bin[p][b] / bin_s for p in busy] + [cpu_bin[0][b] / bin_s]
        idle_share = cpu_bin[IDLE][b] / bin_s
        waits = [cpu_bin.get(-p, [0.0] * nbins)[b] / max(1, count[b]) for p in busy]
        idle = [h.rsplit(".", 1)[-1] for h in all_hosts if h not in hosts_in_bin[b]]
        span = min(bin_s, end - b * bin_s)
        used = sum(cpus) * bin_s / max(span, 1e-9)  # linkcheck's processes and the server, in cores
        if used < 1.0:
            under_one += span
        if used >= 1.8:
            both += span
        unused += max(0.0, 2.0 - used) * span
        counts = f"{sum(c.values()):5d} {c[200]:5d} {c[301]:4d} {c[404]:4d} {c[500]:4d} {c[503]:4d}"
        print(
            f"{b * bin_s:5.2f} {counts}  "
            + " ".join(f"{x:4.0%}" for x in cpus)
            + f" {idle_share:4.0%} "
            + " ".join(f"{x:5.0%}" for x in waits)
            + "  "
            + ",".join(idle)
        )
    first = allev[0][0] if allev else 0.0
    last = max(r for _, r, _ in allev) if allev else 0.0
    last_by = {s: max(r for _, r, st in allev if st == s) for s in {st for _, _, st in allev}}
    print(f"first request {first:.3f} s; last response {last:.3f} s; exit {end:.3f} s")
    print("last response by status: " + ", ".join(f"{s} {t:.3f} s" for s, t in sorted(last_by.items())))
    fresh = max((t for s, t in last_by.items() if s in (301, 404)), default=last)
    print(f"retry tail (the last 301/404, when new URLs ran out, to the last response): {last - fresh:.3f} s")
    both_cores = (total_cpu + server_cpu) / 2
    print(
        f"linkcheck CPU {total_cpu:.2f} s + server CPU {server_cpu:.2f} s = {both_cores:.2f} s on "
        f"2 cores; core-seconds of 2 cores not used by them: {unused:.2f}; time with >= 1.8 cores used: "
        f"{both:.2f} s, < 1 core: {under_one:.2f} s; the machine idle (no process of anyone's runnable): "
        f"{machine_idle:.2f} core-seconds"
    )
    for h in all_hosts:
        ev = events[h]
        st = Counter(s for _, _, s in ev)
        first_h, last_h = min(a for a, _, _ in ev), max(r for _, r, _ in ev)
        print(
            f"  {h}: {len(ev)} req, first {first_h:.3f} s, last {last_h:.3f} s, 500 {st[500]} 503 {st[503]}"
        )
    for p in busy:
        series = cpu_bin[p]
        active = [i for i, x in enumerate(series) if x > 0.05 * bin_s]
        runq = ""
        if -p in cpu_bin:
            runq = f"no runnable thread in {1 - sum(cpu_bin[-p]) / max(1, sum(count)):.0%} of samples, "
        span_p = f"{active[0] * bin_s:.2f}-{(active[-1] + 1) * bin_s:.2f} s" if active else "none"
        print(f"  process {p}: CPU {sum(series):.2f} s, {runq}active {span_p}")
    waiting = [1 - sum(cpu_bin[-p]) / max(1, sum(count)) for p in busy if -p in cpu_bin]
    return {
        "case": case,
        "wall": end,
        "cpu": total_cpu,
        "server_cpu": server_cpu,
        "unused": unused,
        "machine_idle": machine_idle,
        "no_runnable": waiting,
        "first": first,
        "last": last,
        "last_by": last_by,
        "retry_tail": last - fresh,
        "both_busy": both,
        "under_one": under_one,
    }


def build_parser() -> argparse.ArgumentParser:
    """The options: throughput's run options (:func:`throughput.add_run_options`: ``--cases``, one run a case,
    no ``--reps``), then this script's."""
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_run_options(p, cases="mix,clean", latency=0, reps=False)
    p.add_argument("--bin", type=float, default=0.25, help="seconds a time bin (default 0.25)")
    p.add_argument("--sample", type=float, default=0.02, help="seconds between samples (default 0.02)")
    p.add_argument("--runq", action="store_true", help="also sample each thread's state (costs CPU: skews)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    server = Server(args.seed, 8, 600)
    summary = []
    try:
        for case in args.cases.split(","):
            links = make_links(case, args.n, server.port, args.seed)
            manifest, _ = write_manifests(links, OUT / "timeline" / f"{case}-{args.n}")
            server.reset(args.latency / 1000)
            cmd = [*linkcheck_command(args), str(manifest), "--format", "json", "--allow-private"]
            cmd += ["--workers", str(args.workers), "--per-host", str(args.per_host)]
            t0, samples = run_sampled(
                cmd, OUT / "timeline" / f"{case}-out.json", args.sample, 300, server.proc.pid, args.runq
            )
            stats = server._get("/stats?events=1")
            summary.append(report(case, t0, samples, stats, args.bin))
    finally:
        server.stop()
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
