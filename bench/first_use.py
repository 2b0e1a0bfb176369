"""What a run's first pages pay for the tables read when first wanted, with many threads at once (cost24).

A run's worker threads (``--workers``, 64 split over the shards' processes) read their first pages at
nearly the same moment, so every table a module reads when first wanted (``names.WordSearch``'s patterns:
the soft-404 anchors, the pattern words, the gate words) is asked for by many threads at once.
``bench/read_cost.py`` does not see this: one thread, counted after a warm-up. cost23's anchor derivation
(~20-30 ms of CPU) was read by 28-46 threads a run before ``WordSearch`` made its patterns under a lock,
about a second of the clean case's CPU in ``bench/throughput.py``.

For each TREE (a directory holding ``src/``), in a fresh interpreter with ``TREE/src`` first on the path:
``--threads`` threads wait at a barrier, then each asks :func:`linkcheck.soft404.is_error_title` and
:func:`linkcheck.gates.gate_signal`'s word search of one headline of its own; printed: how many times the
soft-404 anchors' table was read, and the process's CPU seconds from the barrier to the last thread's end
(median of ``--reps`` fresh interpreters each).

    python bench/first_use.py /work/wt/base53 /tmp/cost24_tree --threads 32 --reps 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

_CHILD = r"""
import json, sys, threading, time
from linkcheck import soft404, gates

threads = int(sys.argv[1])
search = soft404._ANCHOR_SEARCH
table = search.table
reads = []

def counted():
    reads.append(1)
    return table()

search.table = counted
search.clear()
start = threading.Barrier(threads + 1)

def work(i):
    start.wait()
    title = f"Minister {i} finds budget for the study of the vaccine"
    soft404.is_error_title(title)
    gates._GATE_SEARCH.words_hold(title.lower().split())

pool = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
for t in pool:
    t.start()
cpu = time.process_time()
start.wait()
for t in pool:
    t.join()
print(json.dumps({"reads": len(reads), "cpu": time.process_time() - cpu}))
"""


def measure(tree: Path, threads: int) -> dict[str, float]:
    """One fresh interpreter on ``tree``: the table's reads and the CPU seconds of the threads' first use."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(threads)], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("trees", nargs="+", type=Path, help="directories holding src/")
    p.add_argument("--threads", type=int, default=32, help="threads asking at once (default 32)")
    p.add_argument("--reps", type=int, default=5, help="fresh interpreters a tree, alternated (default 5)")
    args = p.parse_args()
    runs: dict[Path, list[dict[str, float]]] = {tree: [] for tree in args.trees}
    for _ in range(args.reps):
        for tree in args.trees:
            runs[tree].append(measure(tree, args.threads))
    for tree, got in runs.items():
        reads = [r["reads"] for r in got]
        cpu = statistics.median(r["cpu"] for r in got)
        span = f"{min(reads):g}-{max(reads):g}"
        print(f"{tree}: anchors' table read {span} times, CPU {cpu * 1000:.1f} ms (median)")


if __name__ == "__main__":
    main()
