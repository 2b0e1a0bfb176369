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

    PYTHONPATH=src python bench/cost27_spend.py [--reps 7]

Wall-clock microseconds on a loaded machine: the ratios between steps are what it is for, not the figures.
A row's test is replayed on the same ``_Ask``, so a value the ask shares between rows (``shared``) is
counted once. No network (the pages are read from ``bench/out/read_cost_pages.pkl``).
"""

from __future__ import annotations

import argparse
import pickle
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
    for _ in range(reps):
        start = time.perf_counter()
        for args in calls:
            fn(*args)
        best = min(best, time.perf_counter() - start)
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


def _capture_corpus() -> int:
    sys.path.insert(0, str(ROOT))
    from linkcheck.extract import extract_metadata
    from linkcheck.match import match_citation
    from tests.test_match_heldout import CASES, CONFIG, TODAY, citation_of, page_html

    for case in CASES:
        page = case["page"]
        final_url = page.get("final_url", page["url"])
        metadata = extract_metadata(page_html(page), final_url, today=TODAY)
        citation = citation_of(case)
        if citation is not None:
            match_citation(citation, metadata, final_url=final_url, config=CONFIG)
    return len(CASES)


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
        asks.append((severity, match._Ask(cited, names, tuple(hosts), metadata, citation, url, {})))
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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--reps", type=int, default=7, help="replay loops per step; the fastest is kept")
    args = p.parse_args(argv)

    from linkcheck import match
    from linkcheck.extract import core

    recorded: dict[str, list[tuple[Any, ...]]] = {"doubts": [], "authors": [], "own": [], "month": []}
    outlet_finding, authors_fn, own_only, month_modified = (
        match._outlet_finding, core._authors, core.own_only, core._month_modified,
    )  # fmt: skip

    def outlet_spy(*a: Any) -> Any:
        recorded["doubts"].append(a)
        return outlet_finding(*a)

    def authors_spy(*a: Any) -> Any:
        recorded["authors"].append(a)
        return authors_fn(*a)

    def own_spy(*a: Any) -> Any:
        recorded["own"].append(a)
        return own_only(*a)

    def month_spy(*a: Any) -> Any:
        recorded["month"].append(a)
        return month_modified(*a)

    match._outlet_finding, core._authors, core.own_only, core._month_modified = (  # type: ignore[assignment]
        outlet_spy, authors_spy, own_spy, month_spy,
    )  # fmt: skip
    pages = _capture_pages(recorded)
    page_calls = {k: list(v) for k, v in recorded.items()}
    for v in recorded.values():
        v.clear()
    cases = _capture_corpus()
    case_calls = {k: list(v) for k, v in recorded.items()}
    match._outlet_finding, core._authors, core.own_only, core._month_modified = (  # type: ignore[assignment]
        outlet_finding, authors_fn, own_only, month_modified,
    )  # fmt: skip

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
