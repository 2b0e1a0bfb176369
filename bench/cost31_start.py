"""A run's start: the CPU of importing what the CLI imports, and of a whole one-link run (issue 7, cost31).

``python bench/cost31_start.py TREE_A TREE_B [--pairs 7]`` alternates the two checkouts (the first of a pair
alternating) and, for each, measures in a fresh interpreter (user+sys of the child, from ``getrusage``):

- ``imports``: ``import linkcheck.cli, linkcheck.checker`` and ``checker._import_readers()``, what the CLI has
  imported before its first page is read (a forked shard inherits it);
- ``run``: ``python -m linkcheck --allow-private --processes 1`` on a one-line manifest citing a page of
  ``tests/fixtures/rot`` served from loopback by ``http.server`` (started here, stopped at the end).

Prints each pair and the medians and ranges. Each tree's ``src`` is byte-compiled first. Loopback only: run it
inside ``unshare -rn`` with ``lo`` up.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = "abakan-en-brief-push-prompt-loader.html"
IMPORTS = "import linkcheck.cli, linkcheck.checker; linkcheck.checker._import_readers()"


def child_cpu(cmd: list[str], tree: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        cmd, env=env, check=False, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("trees", nargs=2, type=Path, help="two checkouts (each with a src/)")
    p.add_argument("--pairs", type=int, default=7, help="alternated pairs (default 7)")
    p.add_argument("--port", type=int, default=8931, help="loopback port for the page (default 8931)")
    args = p.parse_args(argv)
    for tree in args.trees:
        compileall.compile_dir(str(tree / "src"), quiet=1)
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(args.port)],
        cwd=ROOT / "tests" / "fixtures" / "rot",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        with tempfile.TemporaryDirectory() as tmp:
            manifest = Path(tmp) / "sources.txt"
            manifest.write_text(f"http://127.0.0.1:{args.port}/{PAGE} | title: A page\n", encoding="utf-8")
            run = [sys.executable, "-m", "linkcheck", "--allow-private", "--processes", "1", "--no-config"]
            run += ["--format", "json", str(manifest)]
            cmds = {"imports": [sys.executable, "-c", IMPORTS], "run": run}
            got: dict[tuple[str, int], list[float]] = {(k, i): [] for k in cmds for i in range(2)}
            for pair in range(args.pairs):
                order = (0, 1) if pair % 2 == 0 else (1, 0)
                line = []
                for kind, cmd in cmds.items():
                    for i in order:
                        got[kind, i].append(child_cpu(cmd, args.trees[i]))
                    line.append(f"{kind} {got[kind, 0][-1]:.3f} / {got[kind, 1][-1]:.3f} s")
                print(f"pair {pair + 1}: " + ", ".join(line), flush=True)
    finally:
        server.kill()
        server.wait()
    for kind in cmds:
        for i, tree in enumerate(args.trees):
            v = got[kind, i]
            print(f"{kind:8} {tree}: median {statistics.median(v):.3f} s, range {min(v):.3f}-{max(v):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
