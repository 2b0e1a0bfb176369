"""A run's start, step by step (startup2): when each part of linkcheck's start happens, in ms after the
command was started, on the clean case of ``bench/throughput.py`` (10,000 citations over 8 loopback hosts,
50 ms a response).

Each run starts ``python -c <probe>`` with a tree's ``src`` first on ``PYTHONPATH``: the probe notes the
time, imports ``linkcheck.cli`` and runs :func:`linkcheck.cli.run` as ``python -m linkcheck`` does, with
these marks, each printed on standard error as the time since the command started:

- ``cli imported``: ``import linkcheck.cli`` done (the interpreter's own start is before ``probe start``);
- ``spares started``: :func:`linkcheck.parallel.start_spares` returns (the shard process spawned);
- ``shard imported``: in the shard process, ``linkcheck.checker`` and ``linkcheck.fetch`` imported, read
  from the same clock (the shard is started through the same ``_shard_process`` with a mark before
  ``_shard_main``, which imports them first);
- ``first connect``: the first ``socket.connect`` of the calling process and of the shard (a fetcher
  connects before it sends its first request).

The probe's collector handling matches ``python -m linkcheck`` of the tree (``__main__.py`` is run for
its effect on the collector when it holds ``gc.disable()``). Runs alternate between the trees; the least of
each mark over the runs is printed. Run inside ``unshare -rn``::

    python bench/start_time.py TREE_A TREE_B [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import Server, make_links, write_manifests  # noqa: E402

PROBE = r"""
import sys, time
T0 = float(sys.argv[1])
def mark(what):
    sys.stderr.write(f"@mark {what} {1000 * (time.time() - T0):.1f}\n")
mark("probe start")
GC_OFF = "gc.disable()" in open(sys.argv[2]).read()
import gc
if GC_OFF:
    gc.disable()
import linkcheck.cli
if GC_OFF:
    gc.enable()
mark("cli imported")
import socket
from linkcheck import parallel
_connect = socket.socket.connect
_seen = []
def connect(self, address):
    if not _seen:
        _seen.append(1)
        mark("first connect (calling process)")
    return _connect(self, address)
socket.socket.connect = connect
SHARD = (
    "import sys, time\n"
    "T0 = %r\n"
    "def mark(what):\n"
    "    sys.stderr.write(f'@mark {what} {1000 * (time.time() - T0):.1f}\\n')\n"
    "mark('shard start')\n"
    "import socket\n"
    "_connect = socket.socket.connect\n"
    "_seen = []\n"
    "def connect(self, address):\n"
    "    if not _seen:\n"
    "        _seen.append(1)\n"
    "        mark('first connect (shard)')\n"
    "    return _connect(self, address)\n"
    "socket.socket.connect = connect\n"
) % T0
_spawn = parallel.python_process
def python_process(code):
    if "_shard_main()" in code:
        head, tail = code.split("from linkcheck.parallel import _shard_main", 1)
        code = (SHARD + head + "import linkcheck.checker, linkcheck.fetch; mark('shard imported'); "
                + "from linkcheck.parallel import _shard_main" + tail)
    return _spawn(code)
parallel.python_process = python_process
_start = parallel.start_spares
def start_spares(count, **how):
    _start(count, **how)
    mark(f"spares started ({count})")
parallel.start_spares = start_spares
sys.argv = ["linkcheck", *sys.argv[3:]]
linkcheck.cli.run()
"""


def one_run(tree: Path, manifest: Path, out: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    main = tree / "src" / "linkcheck" / "__main__.py"
    args = [str(manifest), "--format", "json", "--allow-private", "-o", str(out)]
    t0 = time.time()
    done = subprocess.run(
        [sys.executable, "-c", PROBE, repr(t0), str(main), *args], env=env, capture_output=True, text=True
    )
    marks: dict[str, float] = {}
    for line in done.stderr.splitlines():
        if line.startswith("@mark "):
            what, ms = line[6:].rsplit(" ", 1)
            marks.setdefault(what, float(ms))
    return marks


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("trees", nargs="+", type=Path, help="directories holding src/")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--n", type=int, default=10_000)
    args = p.parse_args()
    server = Server(seed=1, hosts=8, max_seconds=3600)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            manifest, _ = write_manifests(make_links("clean", args.n, server.port, 1), Path(tmp) / "clean")
            least: dict[Path, dict[str, float]] = {tree: {} for tree in args.trees}
            for run in range(args.runs):
                order = args.trees if run % 2 == 0 else list(reversed(args.trees))
                for tree in order:
                    server.reset(0.05)
                    marks = one_run(tree, manifest, Path(tmp) / "out.json")
                    print(tree, run, " ".join(f"{k}={v:.0f}" for k, v in marks.items()), flush=True)
                    for k, v in marks.items():
                        least[tree][k] = min(v, least[tree].get(k, v))
            for tree, marks in least.items():
                print(f"least over {args.runs} runs, {tree}:")
                for k, v in sorted(marks.items(), key=lambda kv: kv[1]):
                    print(f"  {v:7.0f} ms  {k}")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
