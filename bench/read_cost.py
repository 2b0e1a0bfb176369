"""Instructions reading and judging one page costs, counted by callgrind apart from the run (issue 7).

``bench/instructions.py`` counts the whole CLI, threads and scheduler included, and its per-link figure moves
by 0.15-0.3 M under load. This counts only the checker's own reading of a page and its judgment
(``checker._read_page``, then ``checker._result``), which no scheduler touches:

1. ``python bench/read_cost.py capture [--n 800]`` starts ``bench/server.py``, fetches the benchmark's first
   ``--n`` clean links once with linkcheck's ``Fetcher`` and keeps what came back (address, status,
   headers, body) with their citations in ``bench/out/read_cost_pages.pkl``;
2. ``python bench/read_cost.py TREE [TREE ...]`` runs, for each checkout, a child that reads and judges the
   first half of those pages (a warm-up: imports, compiled patterns, memos of the site's names), and then
   the second half or not, under ``valgrind --tool=callgrind`` with ``PYTHONHASHSEED=0`` and
   ``PYTHONMALLOC=malloc``. A page's cost is the difference between the two counts over the second half's
   size. The second half's pages are never read twice (a second pass over the same pages would be answered
   by the memos). ``--stage extract`` counts ``_read_page`` alone.

``--runs K`` (default 1) counts each tree K times, the children's environment padded by a variable of a
different length each time, and prints the median with the range: the count moves by up to ~0.4% from one
process environment to another, nearly all of it in ``strcmp``, ``strncmp`` and one lxml routine (libxml2
seeds its string dictionary at random per process, so how often it compares strings after a hash collision
varies; the sixtieth session's read cost), so one count a tree cannot tell a change of 0.1-0.3%. Trees are
counted alternately, run by run.

Each count is given twice: the **total** (callgrind's ``Collected``) and the **steady** figure, the total less
the self cost (callgrind's per-function exclusive instructions, read from its output file) of the functions
where that noise lives: libc's ``strcmp`` and ``strncmp`` (every variant: ``__strcmp_avx2``, ld.so's own...)
and lxml's unsymbolised routine at ``0x2160e0`` of its ``etree`` module (libxml2's dictionary, statically
linked and stripped in lxml's wheel; ``_NOISY`` names them, and the output says so). A change that works
those functions harder (more string compares in libxml2) is missed by the steady figure and shown by the
total: read both.

Each tree's ``src`` is byte-compiled first. The child uses the checker's private functions, so a tree
from before they existed cannot be measured. Needs valgrind; loopback only.
"""

from __future__ import annotations

import argparse
import compileall
import inspect
import os
import pickle
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE / "out" / "read_cost_pages.pkl"


def capture(n: int) -> int:
    sys.path.insert(0, str(HERE))
    from throughput import Server, make_links

    from linkcheck.config import Config
    from linkcheck.fetch import Fetcher

    server = Server(seed=1, hosts=8, max_seconds=600)
    try:
        server.reset(0)
        links = make_links("clean", n, server.port, 1)
        fetcher = Fetcher(Config(allow_private=True))
        rows = []
        for link in links:
            r = fetcher.fetch(link.url)
            row = {k: getattr(r, k) for k in ("url", "final_url", "status_code", "body", "truncated")}
            row["headers"] = dict(r.headers)
            rows.append(row)
        lines = [
            f"{link.url} | title: {link.title} | date: {link.date} | outlet: {link.outlet}" for link in links
        ]
    finally:
        server.stop()
    PAGES.parent.mkdir(exist_ok=True)
    with PAGES.open("wb") as f:
        pickle.dump({"rows": rows, "sources": "\n".join(lines) + "\n"}, f)
    size = sum(len(r["body"]) for r in rows) / len(rows)
    print(f"{len(rows)} pages (mean {size / 1024:.0f} KB) -> {PAGES}")
    return 0


def judge(second_half: bool, stage: str) -> None:
    """The child: read (and judge) the first half of the pages, then the second half if asked."""
    from linkcheck import parse_sources
    from linkcheck.checker import _read_page, _result, _Slots
    from linkcheck.config import Config
    from linkcheck.models import FetchResult

    with PAGES.open("rb") as f:
        saved = pickle.load(f)
    citations = list(parse_sources(saved["sources"]))
    fetches = [FetchResult(**row) for row in saved["rows"]]
    config = Config(allow_private=True)
    slots = _Slots(2)

    # the cited outlets, as a run gives them to a page's reading (rot27), to trees whose reader takes them;
    # and the cited titles (rot39) likewise; since the forty-eighth session one object holds what the
    # citations ask (``checker._Cited``)
    params = inspect.signature(_read_page).parameters
    takes_cited, takes_outlets, takes_titles = "cited" in params, "outlets" in params, "titles" in params
    if takes_cited:
        from linkcheck.checker import _Cited  # type: ignore[attr-defined,unused-ignore]

    def read(lo: int, hi: int) -> None:
        for citation, fetch in zip(citations[lo:hi], fetches[lo:hi], strict=True):
            if takes_cited:  # what older trees are given, no more: the same work measured
                outlets = (citation.outlet,) if citation.outlet else ()
                titles = (citation.title,) if citation.title else ()
                page = _read_page(fetch.url, fetch, config, slots, _Cited(outlets=outlets, titles=titles))
            elif takes_titles:
                outlets = (citation.outlet,) if citation.outlet else ()
                titles = (citation.title,) if citation.title else ()
                page = _read_page(fetch.url, fetch, config, slots, outlets=outlets, titles=titles)
            elif takes_outlets:
                outlets = (citation.outlet,) if citation.outlet else ()
                page = _read_page(fetch.url, fetch, config, slots, outlets=outlets)
            else:
                page = _read_page(fetch.url, fetch, config, slots)
            if stage == "all":
                _result(citation, page, config)

    half = len(fetches) // 2
    read(0, half)
    if second_half:
        read(half, len(fetches))


#: The lengths of the padding variable, run by run (``--runs``): the first run is unpadded, as before.
_PADS = (0, 137, 1001, 53, 509, 2003, 271, 769, 1499)


#: The functions whose self cost the steady figure leaves out, as (object, function) patterns matched against
#: the end of the object's path and the whole function name: libc's ``strcmp`` and ``strncmp`` (any variant,
#: any object) and the unsymbolised lxml routine (libxml2's dictionary) at ``0x2160e0`` of lxml's ``etree``.
_NOISY = (
    (re.compile(r""), re.compile(r"(?:__)?strn?cmp(?:_\w+)?")),
    (re.compile(r"/lxml/etree\.[\w.-]*\.so"), re.compile(r"0x0*2160e0")),
)
NOISY_NAMES = "strcmp, strncmp (every variant) and lxml etree's unsymbolised 0x2160e0"


def self_costs(path: Path) -> dict[tuple[str, str], int]:
    """Each (object, function)'s self cost in a callgrind output file (one event, ``Ir``).

    A cost line after a ``calls=`` line is the call's inclusive cost, charged to the caller's inclusive
    cost only: skipped. Names may be compressed (``(12) name`` the first time, ``(12)`` after).
    """
    names: dict[str, dict[str, str]] = {"fn": {}, "ob": {}}
    costs: dict[tuple[str, str], int] = {}
    ob = fn = ""
    skip = False

    def name(kind: str, value: str) -> str:
        value = value.strip()
        found = re.match(r"\((\d+)\)(?: (.*))?$", value)
        if found is None:
            return value
        if found.group(2) is not None:
            names[kind][found.group(1)] = found.group(2)
        return names[kind][found.group(1)]

    with path.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            first = line[:1]
            if first.isdigit() or first in "+-*":
                if skip:
                    skip = False
                    continue
                fields = line.split()
                if len(fields) > 1:
                    costs[ob, fn] = costs.get((ob, fn), 0) + int(fields[1])
            elif line.startswith(("fn=", "cfn=")):
                named = name("fn", line.split("=", 1)[1])
                if line[0] == "f":
                    fn = named
            elif line.startswith(("ob=", "cob=")):
                named = name("ob", line.split("=", 1)[1])
                if line[0] == "o":
                    ob = named
            elif line.startswith("calls="):
                skip = True
    return costs


def noisy(costs: dict[tuple[str, str], int]) -> int:
    """The self cost of ``_NOISY``'s functions."""
    return sum(
        cost
        for (ob, fn), cost in costs.items()
        if any(where.search(ob) and what.fullmatch(fn) for where, what in _NOISY)
    )


def count(
    tree: Path, second_half: bool, stage: str, pad: int = 0, keep: Path | None = None
) -> tuple[int, int]:
    """Callgrind's total for one child, and the total less ``_NOISY``'s self cost. ``keep``: a folder where
    the callgrind file is copied (named by the tree's folder, the half and the padding)."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), PYTHONHASHSEED="0", PYTHONMALLOC="malloc")
    if pad:
        env["READ_COST_PAD"] = "x" * pad
    with tempfile.TemporaryDirectory(prefix="read_cost_") as tmp:
        out = Path(tmp) / "callgrind.out"
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__]
        cmd += ["--child", "1" if second_half else "0", "--stage", stage]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600, env=env, check=False)
        found = re.search(r"Collected : (\d+)", done.stderr)
        if done.returncode != 0 or found is None or not out.exists():
            raise RuntimeError(f"callgrind gave no count for {tree}: {done.stderr[-2000:]}")
        total = int(found.group(1))
        costs = self_costs(out)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(out, keep / f"{tree.name}.{int(second_half)}.{pad}.out")
    if sum(costs.values()) != total:
        raise RuntimeError(f"callgrind's file sums to {sum(costs.values())}, not its total {total}")
    return total, total - noisy(costs)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("trees", nargs="*", help="'capture', or checkouts to measure (each with a src/)")
    p.add_argument("--n", type=int, default=800, help="pages to capture (default 800)")
    p.add_argument("--stage", choices=["all", "extract"], default="all", help="read and judge, or read only")
    p.add_argument(
        "--runs",
        type=int,
        default=1,
        help=f"counts a tree, environments padded apart (1-{len(_PADS)}; default 1)",
    )
    p.add_argument("--keep", type=Path, help="a folder to keep each child's callgrind file in")
    p.add_argument("--child", choices=["0", "1"], help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child is not None:
        judge(args.child == "1", args.stage)
        return 0
    if args.trees == ["capture"]:
        return capture(args.n)
    if not args.trees:
        p.error("give 'capture' or one or more trees")
    if not PAGES.exists():
        p.error(f"no pages captured yet: run 'python bench/read_cost.py capture' first ({PAGES})")
    with PAGES.open("rb") as f:
        total = len(pickle.load(f)["rows"])
    measured = total - total // 2
    print(f"python bench/read_cost.py {' '.join(sys.argv[1:])}  ({measured} pages measured)")
    if not 1 <= args.runs <= len(_PADS):
        p.error(f"--runs must be 1 to {len(_PADS)}, not {args.runs}")
    trees = [Path(name).resolve() for name in args.trees]
    for tree in trees:
        compileall.compile_dir(str(tree / "src"), quiet=1)
    costs: dict[Path, list[float]] = {tree: [] for tree in trees}
    steady: dict[Path, list[float]] = {tree: [] for tree in trees}
    for pad in _PADS[: args.runs]:
        for tree in trees:
            without = count(tree, False, args.stage, pad, args.keep)
            with_ = count(tree, True, args.stage, pad, args.keep)
            costs[tree].append((with_[0] - without[0]) / measured / 1e6)
            steady[tree].append((with_[1] - without[1]) / measured / 1e6)
            if args.runs == 1:
                print(
                    f"{tree}: {costs[tree][0]:.4f} M instructions a page ({args.stage}); steady"
                    f" {steady[tree][0]:.4f} M",
                    flush=True,
                )
    if args.runs > 1:
        for tree in trees:
            for what, figures in (("", costs[tree]), ("steady ", steady[tree])):
                runs = sorted(figures)
                spread = (runs[-1] - runs[0]) / runs[0]
                print(
                    f"{tree}: {what}{statistics.median(runs):.4f} M instructions a page ({args.stage}; median"
                    f" of {len(runs)}, range {runs[0]:.4f}-{runs[-1]:.4f}, {spread:.2%})",
                    flush=True,
                )
    print(f"steady: the total less the self cost of {NOISY_NAMES} (libxml2's randomly seeded dictionary)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
