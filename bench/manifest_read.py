"""How long reading a manifest takes, as a run of the CLI reads it before its first request.

For each manifest (default: the benchmark's ``bench/out/manifests/{clean,mix}-10000.sources.txt``) and each
source tree (this one, and ``--base`` trees such as a git worktree of an older commit), in a fresh process
per measurement, alternating the trees: ``iter_sources`` over the lines already read, ``iter_source_urls``
(where the tree has it), the CLI's format detection (``looks_like_manifest``) and its whole pass 1
(``cli._Reading().scan``, ``keep`` False and True). Each figure is the minimum and the median of
``--repeat`` runs; the date memo is emptied before each run, as a new process starts with it empty.

    python bench/manifest_read.py --base /tmp/base --rounds 3
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_MEASURE = r"""
import statistics, sys, time
from linkcheck import cli, sources

path, repeat = sys.argv[1], int(sys.argv[2])
lines = open(path, encoding="utf-8-sig").readlines()
n = sum(1 for line in lines if line.strip() and not line.lstrip().startswith("#"))


def timed(run):
    times = []
    for _ in range(repeat):
        getattr(sources, "_PLAIN_DATES", {}).clear()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def parse():
    for _ in sources.iter_sources(lines, path):
        pass


def urls():
    for _ in sources.iter_source_urls(lines, path):
        pass


def looks():
    lines = cli._file_lines(path)
    try:
        assert cli.looks_like_manifest(lines)
    finally:
        lines.close()


def scan(keep):
    return lambda: cli._Reading().scan([path], offload=True, keep=keep).close()


cases = [("iter_sources", parse)]
if hasattr(sources, "iter_source_urls"):
    cases.append(("iter_source_urls", urls))
cases += [("looks_like_manifest", looks), ("scan keep=False", scan(False)), ("scan keep=True", scan(True))]
for name, run in cases:
    low, mid = timed(run)
    print(f"  {name:20s} {low * 1e3:7.1f} ms min {mid * 1e3:7.1f} ms median  {low / n * 1e6:5.2f} us a line")
"""


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("manifests", nargs="*", type=Path)
    p.add_argument("--base", action="append", default=[], type=Path, help="another source tree (repeatable)")
    p.add_argument("--repeat", type=int, default=7, help="runs a figure is the minimum/median of (default 7)")
    p.add_argument("--rounds", type=int, default=2, help="alternations of the trees (default 2)")
    args = p.parse_args()
    manifests = args.manifests or [
        ROOT / "bench" / "out" / "manifests" / f"{case}-10000.sources.txt" for case in ("clean", "mix")
    ]
    trees = [ROOT, *args.base]
    for manifest in manifests:
        if not manifest.is_file():
            print(f"{manifest}: missing (bench/throughput.py writes it)", file=sys.stderr)
            continue
        for round_ in range(1, args.rounds + 1):
            for tree in trees:
                print(f"{manifest.name} round {round_}: {tree}", flush=True)
                env = {**os.environ, "PYTHONPATH": str(tree / "src")}
                subprocess.run(
                    [sys.executable, "-c", _MEASURE, str(manifest), str(args.repeat)],
                    env=env,
                    check=True,
                    timeout=600,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
