"""The start of a run, in parts (issue 7, cost36): where the time before the first requests goes.

Runs linkcheck on throughput's manifest (``--case clean``, ``--latency 50`` by default) against
``bench/server.py`` with throughput's flags, as ``bench/cost35_slots.py`` does, with an audit hook
(:func:`sys.addaudithook`, installed by a ``sitecustomize`` module put first on ``PYTHONPATH``; nothing in
linkcheck changes) that writes a timestamp (``time.monotonic``, one clock for every process and the server)
and the process's CPU time (``time.process_time``) when, in every process of the run:

- the interpreter has started (``sitecustomize`` is imported before the script runs);
- a module of interest begins importing (``requests``, ``urllib3``, ``linkcheck.cli``, ``linkcheck.checker``,
  ``linkcheck.fetch``, ``linkcheck.parallel``, ``lxml``, ``linkcheck.report``);
- the process forks (``os.fork``: a shard forked from the caller; the child marks itself once forked) or
  starts another (``subprocess.Popen``: a shard spawned as a fresh interpreter);
- it opens the manifest (each time: sniffing its start, pass 1, pass 2) and connects its first socket.

Printed for each run, in order, in ms from the caller's ``Popen``: every record above (a shard is told from
the caller by its process id), the server's first, 64th and last requests (its events), and the exit;
pass 1's wall and CPU time (the first opening of the manifest to the scan's end, with ``--marks``); with
``--reps`` above 1, the median of each figure. ``--marks`` runs linkcheck through a driver
(:data:`_DRIVER`) that also marks pass 1's end, ``iter_check_sharded``, the look-ahead, the host split,
each shard's fetcher and first ``_iter_check``, ``check``'s return, the report's writing,
``end_processes`` and ``os._exit``. ``--importtime`` adds one run under ``PYTHONPROFILEIMPORTTIME`` (ended
after ``--importtime-seconds``) and prints the 15 largest imports by cumulative time.

Run (no network: a namespace with loopback up), from the tree whose ``src`` is measured:
``unshare -rn sh -c 'ip link set lo up; PYTHONPATH=$PWD/src python bench/cost36_start.py --reps 3'``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import OUT, Server, add_run_options, linkcheck_command, make_links, write_manifests  # noqa: E402

_HOOK = r"""
import os, sys, time

_LOG = os.environ.get("COST36_LOG")
_WATCH = {"requests", "urllib3", "linkcheck.cli", "linkcheck.checker", "linkcheck.fetch", "lxml",
          "linkcheck.report", "linkcheck.parallel"}
_seen = set()


def _write(event, extra=""):
    fd = os.open(_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        now, cpu = time.monotonic(), time.process_time()
        os.write(fd, f"{os.getpid()} {now:.6f} {cpu:.4f} {event} {extra}\n".encode())
    finally:
        os.close(fd)


def _hook(event, args):
    if event == "import":
        name = args[0]
        if name in _WATCH and (os.getpid(), name) not in _seen:
            _seen.add((os.getpid(), name))
            _write("import", name)
    elif event == "socket.connect":
        key = (os.getpid(), "connect")
        if key not in _seen:
            _seen.add(key)
            sock = args[0]
            _write("connect", str(args[1]))
            _seen.add((os.getpid(), "sock", id(sock)))
    elif event == "open":
        path = args[0]
        if isinstance(path, str) and path.endswith(".sources.txt"):
            _write("open", os.path.basename(path))
    elif event == "os.fork":
        _write("fork")
    elif event == "subprocess.Popen":
        _write("popen")


if _LOG:
    os.register_at_fork(after_in_child=lambda: _write("forked"))
    _write("interpreter")
    sys.addaudithook(_hook)
"""


#: ``--marks``: linkcheck run through this driver, which wraps a few of its functions (after importing what
#: the CLI imports anyway) to write when each begins or ends, in every process (a forked shard inherits it).
_DRIVER = r"""
import functools, os, sys
import sitecustomize as hook
import linkcheck.cli as cli
import linkcheck.parallel as parallel


def mark(module, name, label, after=False):
    original = getattr(module, name)

    @functools.wraps(original)
    def wrapped(*args, **kwargs):
        if not after:
            hook._write("mark", label)
        try:
            return original(*args, **kwargs)
        finally:
            if after:
                hook._write("mark", label)

    setattr(module, name, wrapped)


mark(cli._Reading, "scan", "pass-1-done", after=True)
mark(parallel, "iter_check_sharded", "iter_check_sharded")
mark(parallel, "_read_ahead", "read-ahead-done", after=True)
mark(parallel, "shard_by_host", "split-done", after=True)
mark(parallel, "_child", "shard-run-begins")
mark(parallel, "_shard_serve", "shard-serve-begins")
mark(cli, "_write", "report-write-begins")
mark(cli, "_write", "report-written", after=True)
mark(parallel, "end_processes", "end-processes-begins")
mark(parallel, "end_processes", "end-processes-done", after=True)


def _patch_fetch():
    import linkcheck.fetch as fetch
    import linkcheck.checker as checker
    mark(fetch.Fetcher, "__init__", "fetcher-made", after=True)
    mark(checker, "_iter_check", "iter-check-begins")
    mark(checker, "check", "check-returned", after=True)


original_imports = parallel._shard_imports
def _shard_imports():
    original_imports()
    _patch_fetch()
parallel._shard_imports = _shard_imports
_exit = os._exit


def _marked_exit(code):
    hook._write("mark", "os-exit")  # the command's end (cli.run) and each forked shard's
    _exit(code)


os._exit = _marked_exit
sys.argv[0] = "linkcheck"
sys.exit(cli.run())
"""


def _records(log: Path) -> list[tuple[int, float, float, str, str]]:
    out = []
    for line in log.read_text().splitlines():
        pid, t, cpu, event, *rest = line.split(" ", 4)
        out.append((int(pid), float(t), float(cpu), event, rest[0] if rest else ""))
    return out


def run_once(args: argparse.Namespace, server: Server, manifest: Path, site: Path) -> dict[str, float]:
    server.reset(args.latency / 1000)
    command = [sys.executable, str(site / "drive.py")] if args.marks else linkcheck_command(args)
    cmd = [*command, str(manifest), "--format", "json", "--allow-private"]
    cmd += ["--workers", str(args.workers), "--per-host", str(args.per_host)]
    log = site / "events.log"
    log.unlink(missing_ok=True)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), *filter(None, [env.get("PYTHONPATH")])])
    env["COST36_LOG"] = str(log)
    out = OUT / "cost36_start" / "out.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0]
    with out.open("wb") as sink:
        t0 = time.monotonic()
        subprocess.run(cmd, stdout=sink, stderr=subprocess.DEVNULL, env=env, timeout=600, check=False)
        t_exit = time.monotonic()
    stats = server._get("/stats?events=1")
    arrivals = sorted(a for ev in stats["events"].values() for a, _, _ in ev)
    last_response = max(r for ev in stats["events"].values() for _, r, _ in ev)
    recs = _records(log)
    caller = recs[0][0]
    ms = lambda t: 1000 * (t - t0)  # noqa: E731
    print(
        f"run: {args.n} links in {t_exit - t0:.3f} s = {args.n / (t_exit - t0):,.0f} links/s; load {load:.1f}"
    )
    figures: dict[str, float] = {"wall": t_exit - t0, "first_request": ms(arrivals[0])}
    names = {caller: "caller"}
    for pid, t, cpu, event, extra in recs:
        if pid not in names:
            names[pid] = f"shard{len(names)}"
        who = names[pid]
        label = f"{who} {event} {extra}".strip()
        print(f"  {ms(t):8.1f} ms  (process CPU {1000 * cpu:7.1f} ms)  {label}")
        key = f"{who}_{event}" + (f"_{extra}" if event in ("import", "mark") else "")
        if event == "open":  # each opening of the manifest: _open1, _open2, ...
            key += str(sum(1 for k in figures if k.startswith(key) and not k.endswith("_cpu")) + 1)
        figures.setdefault(key, ms(t))
        figures.setdefault(f"{key}_cpu", 1000 * cpu)
    print(f"  {ms(arrivals[0]):8.1f} ms  server: first request")
    print(f"  {ms(arrivals[min(63, len(arrivals) - 1)]):8.1f} ms  server: 64th request")
    print(f"  {ms(last_response):8.1f} ms  server: last response")
    print(f"  {ms(t_exit):8.1f} ms  exit")
    if "caller_mark_pass-1-done" in figures and "caller_open1" in figures:
        # pass 1: from the first opening of the manifest (its start sniffed) to the scan's end
        figures["pass1_wall"] = figures["caller_mark_pass-1-done"] - figures["caller_open1"]
        figures["pass1_cpu"] = figures["caller_mark_pass-1-done_cpu"] - figures["caller_open1_cpu"]
        print(f"  pass 1: {figures['pass1_wall']:.1f} ms, {figures['pass1_cpu']:.1f} ms of the caller's CPU")
    figures["imports_cpu"] = figures.get("caller_fork_cpu", float("nan"))
    figures["last_response"] = ms(last_response)
    figures["exit"] = ms(t_exit)
    figures["64th_request"] = ms(arrivals[min(63, len(arrivals) - 1)])
    return figures


def importtime(args: argparse.Namespace, manifest: Path, top: int = 15) -> None:
    """The caller's imports under ``-X importtime``, largest cumulative first (one run, no server needed:
    the imports come before the first request; the run is ended after ``--importtime-seconds``)."""
    cmd = [*linkcheck_command(args), str(manifest), "--format", "json", "--allow-private"]
    env = dict(os.environ, PYTHONPROFILEIMPORTTIME="1")
    print(
        f"# importtime: PYTHONPROFILEIMPORTTIME=1 {' '.join(cmd)} (stopped after {args.importtime_seconds} s)"
    )
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        _, err = proc.communicate(timeout=args.importtime_seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    rows = []
    for line in err.decode(errors="replace").splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cum_us, name = line.split(":", 1)[1].split("|", 2)
        depth = (len(name) - len(name.lstrip())) // 2
        rows.append((int(cum_us), int(self_us), depth, name.strip()))
    tops = [r for r in rows if r[2] <= 1]
    total = sum(r[0] for r in rows if r[2] == 0)
    print(f"  top-level imports: {total / 1000:.1f} ms cumulative (every process that printed)")
    for cum, _self, depth, name in sorted(tops, reverse=True)[:top]:
        print(f"  {cum / 1000:8.1f} ms  {'  ' * depth}{name}")


def build_parser() -> argparse.ArgumentParser:
    """The options: throughput's run options (:func:`throughput.add_run_options`), then this script's."""
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_run_options(p)
    p.add_argument("--marks", action="store_true", help="run through a driver that marks steps (see _DRIVER)")
    p.add_argument("--importtime", action="store_true", help="one more run under -X importtime")
    p.add_argument("--importtime-seconds", type=float, default=3.0)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    print(f"# bench/cost36_start.py {' '.join(argv if argv is not None else sys.argv[1:])}")
    print(f"# linkcheck: {' '.join(linkcheck_command(args))}; PYTHONPATH={os.environ.get('PYTHONPATH', '')}")
    server = Server(args.seed, 8, 900)
    try:
        links = make_links(args.case, args.n, server.port, args.seed)
        manifest, _ = write_manifests(links, OUT / "cost36_start" / f"{args.case}-{args.n}")
        with tempfile.TemporaryDirectory(prefix="cost36_") as tmp:
            site = Path(tmp)
            (site / "sitecustomize.py").write_text(_HOOK)
            (site / "drive.py").write_text(_DRIVER)
            runs = [run_once(args, server, manifest, site) for _ in range(args.reps)]
        if args.importtime:
            importtime(args, manifest)
    finally:
        server.stop()
    if len(runs) > 1:
        keys = sorted({k for r in runs for k in r})
        print("median (ms from Popen; wall in s):")
        for k in keys:
            vals = [r[k] for r in runs if k in r]
            print(f"  {k:<40} {statistics.median(vals):9.1f}  ({', '.join(f'{v:.1f}' for v in vals)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
