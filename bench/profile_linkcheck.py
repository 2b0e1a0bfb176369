"""Where linkcheck's time goes (issue 7): py-spy samples of one CLI run, folded into pipeline stages.

Starts ``bench/server.py``, writes the benchmark's manifest for one case, and runs
``py-spy record --format raw`` on the linkcheck CLI (py-spy comes from ``bench/.venv-prof``, created on first
use). Each sample is charged to the deepest frame that belongs to a stage:

    fetch      requests, urllib3, http.client, socket, ssl, tenacity, linkcheck.fetch / guard
    extract    linkcheck.extract, lxml, charset_normalizer, bs4
    match      linkcheck.match, names, soft404, classify
    render     linkcheck.report, json
    manifest   linkcheck.sources / articles
    schedule   linkcheck.checker, concurrent.futures, threading, queue (waiting included with --idle)
    startup    imports
    other      anything else (the stack's leaf is shown in the top list)

``--gil`` (the default) samples only the thread holding the GIL: in one process that is the scarce resource,
so the shares say what to cut. ``--no-gil`` samples every running thread.

Run: ``python bench/profile_linkcheck.py --case clean --latency 0 --n 5000``.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import OUT, Server, make_links, write_manifests  # noqa: E402

PROF_VENV = HERE / ".venv-prof"

#: (stage, pattern on the frame's file) in the order they are tried on each frame, leaf first.
STAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("render", re.compile(r"linkcheck/report/|/json/")),
    ("match", re.compile(r"linkcheck/(match|names|soft404|classify)\.py")),
    ("extract", re.compile(r"linkcheck/extract/|/lxml/|charset_normalizer|/bs4/")),
    ("manifest", re.compile(r"linkcheck/(sources|articles)")),
    (
        "fetch",
        re.compile(
            r"/requests/|/urllib3/|http/client\.py|/socket\.py|/ssl\.py|/tenacity/|linkcheck/(fetch|guard|connections|headers)\.py"
            r"|/email/|/http/cookiejar\.py|/selectors\.py"
        ),
    ),
    ("schedule", re.compile(r"linkcheck/checker\.py|concurrent/futures|/threading\.py|/queue\.py")),
    ("startup", re.compile(r"<frozen importlib|importlib/")),
)
_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")


def ensure_pyspy() -> Path:
    exe = PROF_VENV / "bin" / "py-spy"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PROF_VENV)], check=True, timeout=300)
        subprocess.run([str(PROF_VENV / "bin" / "pip"), "install", "-q", "py-spy"], check=True, timeout=600)
    return exe


def stage_of(frames: list[str]) -> tuple[str, str]:
    """The stage of one sample (frames root first) and the leaf frame it was charged to."""
    for frame in reversed(frames):
        m = _FRAME.match(frame)
        path = m.group("file") if m else frame
        if "<frozen importlib" in frame or "_find_and_load" in frame:
            return "startup", frame
        for stage, pattern in STAGES:
            if pattern.search(path):
                return stage, frame
    return "other", frames[-1] if frames else "?"


def fold(raw: Path) -> tuple[collections.Counter[str], collections.Counter[str], int]:
    stages: collections.Counter[str] = collections.Counter()
    leaves: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [f for f in stack.split(";") if f and not f.startswith(("process ", "thread "))]
        # py-spy's raw lines start at the root; collapse the importer's frames into startup
        if any("_find_and_load" in f for f in frames):
            stage = "startup"
        else:
            stage, _ = stage_of(frames)
        stages[stage] += count
        leaf = frames[-1] if frames else "?"
        leaves[re.sub(r":\d+\)$", ")", leaf)] += count
        total += count
    return stages, leaves, total


def record(
    case: str,
    n: int,
    latency: int,
    raw_name: str,
    rate: int,
    flags: list[str],
    linkcheck: list[str],
    options: list[str],
    *,
    out_name: str | None = None,
) -> tuple[Path, float] | None:
    """Serve ``case``'s ``n`` links (``bench/server.py``, ``latency`` ms), write their manifest, and run
    ``linkcheck`` (the command's words) on it, then ``options``, under ``py-spy record --format raw --rate
    rate -o OUT/profile/<raw_name>`` and its other ``flags`` (``--gil``, ``--subprocesses``). With
    ``out_name``, the command is printed and the CLI's output kept in ``OUT/profile/<out_name>``; without,
    neither. The raw samples' path and the run's wall time, or ``None`` when the run failed (the end of its
    stderr printed). Shared by ``bench/cost28_map.py``."""
    pyspy = ensure_pyspy()
    server = Server(seed=1, hosts=8, max_seconds=1800)
    try:
        links = make_links(case, n, server.port, 1)
        manifest, _ = write_manifests(links, OUT / "manifests" / f"{case}-{n}")
        server.reset(latency / 1000)
        work = OUT / "profile"
        work.mkdir(parents=True, exist_ok=True)
        raw = work / raw_name
        cmd = [str(pyspy), "record", "--format", "raw", "--rate", str(rate), "-o", str(raw), *flags]
        cmd += ["--", *linkcheck, str(manifest), *options]
        t0 = time.monotonic()
        if out_name is not None:
            print("$", " ".join(cmd), flush=True)
            with (work / out_name).open("wb") as out:
                proc = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE, timeout=1800, check=False)
        else:
            proc = subprocess.run(
                cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=1800, check=False
            )
        wall = time.monotonic() - t0
        if proc.returncode not in (0, 1):
            print(proc.stderr.decode(errors="replace")[-3000:])
            return None
    finally:
        server.stop()
    return raw, wall


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--case", default="clean", choices=["clean", "mix", "skew"])
    p.add_argument("--latency", type=int, default=0, help="ms (default 0)")
    p.add_argument("--n", type=int, default=5000)
    p.add_argument("--workers", type=int, default=64)
    p.add_argument("--per-host", type=int, default=16)
    p.add_argument("--rate", type=int, default=250, help="py-spy samples per second")
    p.add_argument("--no-gil", action="store_true", help="sample all running threads, not the GIL holder")
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--linkcheck", default=f"{sys.executable} -m linkcheck", help="how to run linkcheck")
    p.add_argument("--format", default="json")
    args = p.parse_args()
    if not 1 <= args.n <= 200_000:
        p.error("--n must be 1..200000")
    tag = f"{args.case}-{args.n}-{args.latency}ms"
    run = record(
        args.case,
        args.n,
        args.latency,
        f"{tag}.raw.txt",
        args.rate,
        [] if args.no_gil else ["--gil"],
        args.linkcheck.split(),
        [
            "--format",
            args.format,
            "--allow-private",
            "--workers",
            str(args.workers),
            "--per-host",
            str(args.per_host),
        ],
        out_name=f"{tag}.out",
    )
    if run is None:
        return 2
    raw, wall = run
    stages, leaves, total = fold(raw)
    seconds = total / args.rate
    what = "all threads" if args.no_gil else "GIL holder"
    print(f"\n{tag}: {args.n} links in {wall:.1f}s under py-spy ({what})")
    kind = "CPU" if args.no_gil else "GIL"
    print(f"{total} samples = {seconds:.1f} s of {kind} time, {1e6 * seconds / args.n:.0f} us/link")
    print(f"{'stage':10} {'share':>7} {'us/link':>8}")
    for stage, count in stages.most_common():
        print(f"{stage:10} {100 * count / total:6.1f}% {1e6 * count / args.rate / args.n:8.0f}")
    print(f"\ntop {args.top} leaf frames (self time):")
    for leaf, count in leaves.most_common(args.top):
        print(f"  {100 * count / total:5.1f}%  {leaf[:150]}")
    print(f"\nraw samples: {os.path.relpath(raw)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
