"""CPU of a shard process's start (cost29): a fresh interpreter importing what a shard runs, against a spare
forked from a process that has imported it (:func:`linkcheck.parallel.start_spares` with ``fork``), ending at
once as a spare no run needs. Alternated, ``--runs`` times each; run from a tree with its ``src`` first on
``PYTHONPATH`` (compiled: ``python -m compileall -q src``)::

    PYTHONPATH=src python bench/cost29_start.py --runs 5
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys

from linkcheck import parallel
from linkcheck.forked import can_fork

IMPORTS = "import linkcheck.parallel, linkcheck.checker, linkcheck.fetch; linkcheck.checker._import_readers()"


def children() -> tuple[float, int]:
    """CPU seconds (user+sys) and minor page faults of this process's waited-for children so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime, r.ru_minflt


def one(kind: str) -> tuple[float, int]:
    cpu0, faults0 = children()
    if kind == "fresh":
        subprocess.run([sys.executable, "-c", IMPORTS], check=True)
    else:
        assert can_fork()
        child = parallel._forked_shard([])
        assert child.stdin is not None
        assert child.stdout is not None
        child.stdin.close()
        assert child.wait(60) == 0
        child.stdout.close()
    cpu1, faults1 = children()
    return round(cpu1 - cpu0, 3), faults1 - faults0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    parallel._shard_imports()
    seen: dict[str, list[tuple[float, int]]] = {"fresh": [], "forked": []}
    for i in range(args.runs):
        for kind in ("fresh", "forked") if i % 2 == 0 else ("forked", "fresh"):
            seen[kind].append(one(kind))
    print(f"load {os.getloadavg()[0]:.1f}")
    for kind, runs in seen.items():
        print(f"{kind:7} (CPU s, minor faults): {runs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
