"""Instructions a link costs through the whole CLI, counted by callgrind (issue 7: a measure the machine's
load does not move).

Starts ``bench/server.py`` at 0 ms, writes the benchmark's clean manifest of ``--small`` and of ``--large``
links, and runs ``python -m linkcheck`` (one process: fewer links than a run shards; ``--workers 8``) under
``valgrind --tool=callgrind`` for each tree given, with ``PYTHONHASHSEED=0`` and ``PYTHONMALLOC=malloc``. A
link's cost is the difference between the two runs over the difference in links; the rest of a run (start-up,
imports) is what remains of the small run. Each tree's ``src`` is byte-compiled first, as an installed
package is. Needs valgrind.

Run: ``python bench/instructions.py /path/to/tree-a /path/to/tree-b`` (a tree is a checkout: ``<tree>/src``).
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import OUT, Server, make_links, write_manifests  # noqa: E402


def count(tree: Path, manifest: Path) -> int:
    """Instructions callgrind counts for one CLI run of ``tree`` over ``manifest``."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), PYTHONHASHSEED="0", PYTHONMALLOC="malloc")
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    cmd += [sys.executable, "-m", "linkcheck", str(manifest)]
    cmd += ["--format", "json", "--allow-private", "--workers", "8", "--per-host", "2"]
    cmd += ["--output", os.devnull]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600, env=env, check=False)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind gave no count for {tree}: {done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("trees", nargs="+", type=Path, help="checkouts to measure (each has a src/ directory)")
    p.add_argument("--small", type=int, default=100, help="links of the first run (default 100)")
    p.add_argument("--large", type=int, default=400, help="links of the second run (default 400)")
    args = p.parse_args()
    if not 1 <= args.small < args.large <= 900:
        p.error("need 1 <= --small < --large <= 900 (a run of 1,000 distinct URLs or more shards)")
    for tree in args.trees:
        compileall.compile_dir(str(tree / "src"), quiet=1)
    server = Server(seed=1, hosts=8, max_seconds=3600)
    try:
        manifests = {}
        for n in (args.small, args.large):
            links = make_links("clean", n, server.port, 1)
            manifests[n], _ = write_manifests(links, OUT / "manifests" / f"clean-{n}")
        server.reset(0)
        print(
            f"# python bench/instructions.py {' '.join(map(str, args.trees))} --small {args.small} --large "
            f"{args.large}"
        )
        print(f"{'tree':40} {'small':>14} {'large':>14} {'a link':>12} {'the rest':>14}")
        for tree in args.trees:
            small, large = count(tree, manifests[args.small]), count(tree, manifests[args.large])
            per_link = (large - small) / (args.large - args.small)
            rest = small - per_link * args.small
            print(f"{tree!s:40} {small:>14,} {large:>14,} {per_link:>12,.0f} {rest:>14,.0f}", flush=True)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
