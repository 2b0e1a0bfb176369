"""A link's CPU outside reading the page (cost28): py-spy over every process of one CLI run.

``bench/profile_linkcheck.py`` samples the CLI's own process only; since the run was split in two processes
(the CLI and one shard process) half of the links are checked where it does not look. This script runs the
same command under ``py-spy record --subprocesses`` and folds each process's samples apart, with the
stages of ``profile_linkcheck.STAGES``, then lists the largest leaf frames outside the page's
reading (every sample under ``checker._read_page``, the stage ``read`` here: what
``bench/read_cost.py`` counts).

``--gil`` (default) samples the GIL holder of each process; ``--no-gil`` every running thread. Shares, not
seconds, are what to read on a shared machine.

Run (loopback only): ``unshare -n sh -c 'ip link set lo up; PYTHONPATH=$PWD/src python bench/cost28_map.py
--case mix --latency 0 --n 5000'``.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from profile_linkcheck import record, stage_of  # noqa: E402

Counter = collections.Counter


def fold_by_process(raw: Path) -> dict[str, tuple[Counter[str], Counter[str], int]]:
    """Per process (by pid), the samples by stage, by leaf (stage-tagged), and in all. A sample under
    ``checker._read_page`` is the stage ``read`` (the page's reading and judgment, whatever module)."""
    out: dict[str, tuple[Counter[str], Counter[str], int]] = {}
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        parts = stack.split(";")
        # a child's stack starts with its parent's "process <pid>:<cmdline>" frame, then its own
        procs = [p.split(":", 1)[0] for p in parts if p.startswith("process ")] or ["process ?"]
        proc = procs[-1] + (" (shard)" if len(procs) > 1 else " (CLI)")
        frames = [f for f in parts if f and not f.startswith(("process ", "thread "))]
        if any("_find_and_load" in f for f in frames):
            stage = "startup"
        elif any(f.startswith("_read_page (") for f in frames):  # what bench/read_cost.py counts
            stage = "read"
        else:
            stage = stage_of(frames)[0]
        stages, leaves, total = out.setdefault(proc, (Counter(), Counter(), 0))
        stages[stage] += count
        leaf = re.sub(r":\d+\)$", ")", frames[-1] if frames else "?")
        leaves[f"[{stage}] {leaf}"] += count
        out[proc] = (stages, leaves, total + count)
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--case", default="mix", choices=["clean", "mix", "skew"])
    p.add_argument("--latency", type=int, default=0, help="ms (default 0)")
    p.add_argument("--n", type=int, default=5000)
    p.add_argument("--rate", type=int, default=250, help="py-spy samples per second")
    p.add_argument("--no-gil", action="store_true")
    p.add_argument("--native", action="store_true", help="with C frames (py-spy --native)")
    p.add_argument("--top", type=int, default=20)
    args = p.parse_args()
    if not 1 <= args.n <= 200_000:
        p.error("--n must be 1..200000")
    kind = ("all" if args.no_gil else "gil") + ("-native" if args.native else "")
    run = record(
        args.case,
        args.n,
        args.latency,
        f"cost28-{args.case}-{args.n}-{args.latency}ms-{kind}.raw.txt",
        args.rate,
        ["--subprocesses", *([] if args.no_gil else ["--gil"]), *(["--native"] if args.native else [])],
        [sys.executable, "-m", "linkcheck"],
        ["--format", "json", "--allow-private", "--workers", "64", "--per-host", "16"],
    )
    if run is None:
        return 2
    raw, wall = run
    folded = fold_by_process(raw)
    grand = sum(t for _, _, t in folded.values())
    print(f"{args.case} {args.n} links, {args.latency} ms: {wall:.1f} s under py-spy, {grand} samples in all")
    for name, (stages, leaves, total) in sorted(folded.items(), key=lambda kv: -kv[1][2]):
        print(f"\n{name}: {total} samples ({100 * total / grand:.1f}% of the run's)")
        print("  " + ", ".join(f"{s} {100 * c / total:.1f}%" for s, c in stages.most_common()))
        print(f"  top {args.top} leaves outside the page's reading:")
        reading = ("[read]", "[extract]", "[match]")
        shown = [(lf, c) for lf, c in leaves.most_common() if not lf.startswith(reading)]
        for leaf, count in shown[: args.top]:
            print(f"    {100 * count / total:5.1f}%  {leaf[:140]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
