"""Where three of the fifty-sixth session's readings spend (cost27): the outlet doubts' loop
(``match._outlet_finding`` over :data:`match._OUTLET_DOUBTS`), the own-site author test
(``extract.core._authors``'s first-letter test and ``extract.authors.own_only``) and the month-only
modification (``extract.core._month_modified``).

The child reads the benchmark's pages as ``bench/read_cost.py`` does (``checker._read_page``, then
``checker._result``: the first half as a warm-up, the second half, 400 pages, measured) and the held-out
matching corpus (``tests/fixtures/match_heldout.json``, as ``bench/outlet_doubts_same.py`` reads it),
keeping the arguments each step was given. Each step is then replayed over its arguments (``--reps`` loops;
the fastest loop kept, as a shared machine's other work only adds time) and timed per call and per page; the
doubts' rows one by one (their ``test`` on the call's ``_Ask``), and how many answer.

Usage (from the tree measured, with its ``src`` first on ``PYTHONPATH``)::

    PYTHONPATH=src python bench/cost27_spend.py [--reps 7]        # CPU microseconds (process time)
    python bench/cost27_spend.py --count TREE [TREE ...] [--steps doubts:pages,own:pages] [--cases N]

``--count`` runs, for each tree (a directory holding ``src/``), a child under ``valgrind --tool=callgrind``
that captures the calls (the pages, or the corpus's first ``--cases``), and then one per step that also
replays the step's calls ``--loops`` times; the difference over the loops and the calls is the step's
instructions a call. Process-time microseconds on a loaded machine move by tens of percent between runs
(the caches are shared); the counts do not. A row's test is replayed on the same ``_Ask``, so a value the
ask shares between rows (``shared``) is counted once. No network (the pages are read from
``bench/out/read_cost_pages.pkl``).
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGES = HERE / "out" / "read_cost_pages.pkl"


def _fastest(calls: list[tuple[Any, ...]], fn: Callable[..., object], reps: int) -> float:
    """The fastest of ``reps`` loops calling ``fn`` on each of ``calls``, in seconds."""
    best = float("inf")
    gc.disable()  # the recorded calls hold thousands of pages: a full collection would be timed with them
    try:
        for _ in range(reps):
            start = time.process_time()
            for args in calls:
                fn(*args)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def _capture_pages(recorded: dict[str, list[tuple[Any, ...]]]) -> int:
    from linkcheck import parse_sources
    from linkcheck.checker import _Cited, _read_page, _result, _Slots
    from linkcheck.config import Config
    from linkcheck.models import FetchResult

    with PAGES.open("rb") as f:
        saved = pickle.load(f)
    citations = list(parse_sources(saved["sources"]))
    fetches = [FetchResult(**row) for row in saved["rows"]]
    config, slots = Config(allow_private=True), _Slots(2)
    half = len(fetches) // 2
    for i, (citation, fetch) in enumerate(zip(citations, fetches, strict=True)):
        if i == half:
            for calls in recorded.values():
                calls.clear()  # the warm-up's calls are not counted
        outlets = (citation.outlet,) if citation.outlet else ()
        titles = (citation.title,) if citation.title else ()
        page = _read_page(fetch.url, fetch, config, slots, _Cited(outlets=outlets, titles=titles))
        _result(citation, page, config)
    return len(fetches) - half


def _capture_corpus(limit: int | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from linkcheck.extract import extract_metadata
    from linkcheck.match import match_citation
    from tests.test_match_heldout import CASES, CONFIG, TODAY, citation_of, page_html

    for case in CASES[:limit]:
        page = case["page"]
        final_url = page.get("final_url", page["url"])
        metadata = extract_metadata(page_html(page), final_url, today=TODAY)
        citation = citation_of(case)
        if citation is not None:
            match_citation(citation, metadata, final_url=final_url, config=CONFIG)
    return len(CASES[:limit])


def _report_doubts(label: str, calls: list[tuple[Any, ...]], units: int, reps: int) -> None:
    from linkcheck import match

    total = _fastest(calls, match._outlet_finding, reps)
    print(
        f"{label}: _outlet_finding: {len(calls)} calls, {1e6 * total / max(len(calls), 1):.2f} us a call, "
        f"{1e6 * total / units:.2f} us a {'page' if label == 'pages' else 'case'}"
    )
    # each row's test, on the _Ask its call builds, over the rows the call's severity asks
    asks: list[tuple[Any, ...]] = []
    for citation, metadata, hosts, url in calls:
        cited = citation.outlet
        if not cited:
            continue
        names = tuple([n for n in (metadata.site_name, metadata.publisher) if n and n.strip()])
        if "(" in "".join(names):
            names = tuple(dict.fromkeys(r for n in names for r in match._former_names(n)))
        handle = match._channel_handle(cited)
        finding = match._outlet_verdict(handle or cited, names, tuple(hosts))
        severity = None if finding is None else finding.severity
        fields = (cited, names, tuple(hosts), metadata, citation, url, {})  # a tree before cost27: no shared
        asks.append((severity, match._Ask(*fields[: len(match._Ask._fields)])))
    print(f"  first judgements: {dict(Counter(str(s) for s, _ in asks))}")
    for row in match._OUTLET_DOUBTS:
        mine = [(a,) for s, a in asks if row in match._DOUBTS_BY_SEVERITY[s]]
        if not mine:
            continue
        spent = _fastest(mine, row.test, reps)
        answered = sum(1 for (a,) in mine if row.test(a) not in (None, False))
        print(
            f"  {row.name:16} asked {len(mine):5}, answered {answered:4}: "
            f"{1e6 * spent / len(mine):6.2f} us a call, {1e6 * spent / units:6.2f} us a "
            f"{'page' if label == 'pages' else 'case'}"
        )


#: The steps ``--count`` replays under callgrind: (recorded calls, their function's name, corpus or pages).
_STEPS = {
    "doubts": ("doubts", "match._outlet_finding"),
    "authors": ("authors", "core._authors"),
    "own": ("own", "core.own_only"),
    "month": ("month", "core._month_modified"),
}


def _capture_all(
    where: str = "both", limit: int | None = None
) -> tuple[int, dict[str, list[tuple[Any, ...]]], int, dict[str, list[tuple[Any, ...]]]]:
    """The pages' and the corpus's recorded calls of each step (the spies put back afterwards); ``where``
    ``"pages"`` or ``"corpus"`` reads only those."""
    from linkcheck import match
    from linkcheck.extract import core

    recorded: dict[str, list[tuple[Any, ...]]] = {"doubts": [], "authors": [], "own": [], "month": []}
    originals = (match._outlet_finding, core._authors, core.own_only, core._month_modified)

    def spy(key: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def called(*a: Any) -> Any:
            recorded[key].append(a)
            return fn(*a)

        return called

    match._outlet_finding = spy("doubts", originals[0])  # type: ignore[assignment]
    core._authors = spy("authors", originals[1])  # type: ignore[assignment]
    core.own_only = spy("own", originals[2])  # type: ignore[assignment]
    core._month_modified = spy("month", originals[3])  # type: ignore[assignment]
    try:
        pages = _capture_pages(recorded) if where != "corpus" else 0
        page_calls = {k: list(v) for k, v in recorded.items()}
        for v in recorded.values():
            v.clear()
        cases = _capture_corpus(limit) if where != "pages" else 0
        case_calls = {k: list(v) for k, v in recorded.items()}
    finally:
        match._outlet_finding, core._authors, core.own_only, core._month_modified = originals  # type: ignore[assignment]
    return pages, page_calls, cases, case_calls


def _replay(step: str, where: str, loops: int, limit: int | None) -> None:
    """The child under callgrind: capture, then call ``step`` on its recorded calls ``loops`` times."""
    from linkcheck import match
    from linkcheck.extract import core

    pages, page_calls, cases, case_calls = _capture_all(where, limit)
    key, name = _STEPS[step]
    module, attr = name.split(".")
    fn = getattr({"match": match, "core": core}[module], attr)
    calls = (page_calls if where == "pages" else case_calls)[key]
    gc.freeze()  # the recorded pages out of the collector's scans, as a run's pages are freed once judged
    for _ in range(loops):
        for args in calls:
            fn(*args)
    print(f"calls={len(calls)} units={pages if where == 'pages' else cases}")


def _count(tree: Path, step: str, where: str, loops: int, limit: int | None) -> tuple[int, str]:
    env = dict(os.environ, PYTHONPATH=f"{tree / 'src'}{os.pathsep}{ROOT}", PYTHONHASHSEED="0")
    env["PYTHONMALLOC"] = "malloc"
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__]
    cmd += ["--replay", f"{step}:{where}", "--loops", str(loops)]
    cmd += ["--cases", str(limit)] if limit else []
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600, env=env, check=False)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"callgrind gave no count for {tree}: {done.stderr[-2000:]}")
    return int(found.group(1)), done.stdout.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--reps", type=int, default=7, help="replay loops per step; the fastest is kept")
    p.add_argument("--count", nargs="+", metavar="TREE", help="count instructions under callgrind instead")
    p.add_argument("--steps", default="doubts:pages,own:pages,month:corpus", help="with --count: step:where")
    p.add_argument("--loops", type=int, default=20, help="with --count: replays of a step's calls")
    p.add_argument("--cases", type=int, help="with --count: the corpus's first CASES cases only")
    p.add_argument("--replay", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.replay:
        step, where = args.replay.split(":")
        _replay(step, where, args.loops, args.cases)
        return 0
    if args.count:
        for tree in map(Path, args.count):
            base: dict[str, int] = {}  # the capture alone, once for the pages and once for the corpus
            for spec in args.steps.split(","):
                step, where = spec.split(":")
                if where not in base:
                    base[where] = _count(tree, step, where, 0, args.cases)[0]
                some, sizes = _count(tree, step, where, args.loops, args.cases)
                calls, units = (int(x.split("=")[1]) for x in sizes.split())
                each = (some - base[where]) / args.loops
                print(
                    f"{tree}: {step} on the {where}: {calls} calls, {each / max(calls, 1):,.0f} "
                    f"instructions a call, {each / units:,.0f} a {'page' if where == 'pages' else 'case'}",
                    flush=True,
                )
        return 0

    from linkcheck.extract import core

    pages, page_calls, cases, case_calls = _capture_all()

    for label, calls, units in (("pages", page_calls, pages), ("corpus", case_calls, cases)):
        print(f"== {label}: {units} {'pages (second half)' if label == 'pages' else 'cases'}")
        _report_doubts(label, calls["doubts"], units, args.reps)
        for name, fn in (("_authors", core._authors), ("own_only", core.own_only),
                         ("_month_modified", core._month_modified)):  # fmt: skip
            mine = calls[{"_authors": "authors", "own_only": "own", "_month_modified": "month"}[name]]
            if not mine:
                print(f"{label}: {name}: 0 calls")
                continue
            spent = _fastest(mine, fn, args.reps)
            answered = sum(1 for a in mine if fn(*a) not in (None, False, ()))
            print(
                f"{label}: {name}: {len(mine)} calls, {answered} answered, {1e6 * spent / len(mine):.2f} "
                f"us a call, {1e6 * spent / units:.2f} us a {'page' if label == 'pages' else 'case'}"
            )
        if calls["month"]:
            inner = _fastest([(a[0], a[2]) for a in calls["month"]], core._month_modified_value, args.reps)
            print(f"{label}: _month_modified_value: {1e6 * inner / len(calls['month']):.2f} us a call")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
