"""What writing one result costs (cost30): the JSON report's and the JSON Lines stream's writers, timed over
real results.

Starts ``bench/server.py`` (loopback), checks the benchmark's ``mix`` and ``clean`` links (``--n`` of each,
the library's ``check``, 64 workers), then times, over those results,
:class:`linkcheck.report.json.ResultWriter` as the JSON report calls it (``RenderedResults.add``) and as JSON
Lines calls it (``jsonl.result_line``): ``--repeat`` passes over every result, the best pass kept, in
microseconds a result and seconds per 10,000-link run. ``--profile`` adds a cProfile of the writers' passes.
``--dump PATH`` writes every result's JSON and JSON Lines text (``elapsed`` zeroed) so two trees' writers can
be compared byte for byte. ``--results PATH`` keeps the results (a pickle): made and saved the first time,
read afterwards, so that two trees' writers are timed, in turn, over the same results without checking the
links again. ``--count K`` times nothing: it makes ``K`` passes of both writers over every result and exits,
for ``valgrind --tool=callgrind`` (a result's instructions: the run with ``K`` passes less the run with 0,
over ``K`` times the results; the machine's load does not move it).

Run (loopback only), from the tree measured::

    unshare -rn sh -c 'ip link set lo up; PYTHONPATH=src python bench/writer_cost.py --n 2000'
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import pickle
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import OUT, Server, make_links, write_manifests  # noqa: E402


def results_of(case: str, n: int, server: Server) -> list[object]:
    from linkcheck.checker import check
    from linkcheck.config import Config
    from linkcheck.sources import parse_sources

    links = make_links(case, n, server.port, 1)
    manifest, _ = write_manifests(links, OUT / "manifests" / f"writer-{case}-{n}")
    server.reset(0.0)
    citations = parse_sources(manifest.read_text(encoding="utf-8"), str(manifest))
    report = check(citations, Config(allow_private=True, workers=64, per_host=16))
    return list(report.results)


def best_pass(write: object, results: list[object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for r in results:
            write(r)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best / len(results)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=2000, help="links of each case (default 2000)")
    p.add_argument("--repeat", type=int, default=15, help="timed passes, best kept (default 15)")
    p.add_argument("--profile", action="store_true", help="a cProfile of the writers' passes too")
    p.add_argument("--results", type=Path, help="the results' pickle: read if it exists, else made and saved")
    p.add_argument("--count", type=int, help="K untimed passes of both writers, then exit (for callgrind)")
    p.add_argument("--dump", type=Path, help="write every result's JSON and JSONL text here (elapsed zeroed)")
    args = p.parse_args(argv)
    if not 1 <= args.n <= 20000 or not 1 <= args.repeat <= 200:
        p.error("--n must be 1..20000 and --repeat 1..200")

    from linkcheck.report.json import RenderedResults, _result_json
    from linkcheck.report.jsonl import result_line

    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    if args.results and args.results.exists():
        cases = pickle.loads(args.results.read_bytes())
    else:
        server = Server(seed=1, hosts=8, max_seconds=900)
        try:
            cases = {case: results_of(case, args.n, server) for case in ("mix", "clean")}
        finally:
            server.stop()
        if args.results:
            args.results.write_bytes(pickle.dumps(cases))
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as f:
            for case, results in cases.items():
                for r in results:
                    zeroed = dataclasses.replace(r, elapsed=0.0)  # type: ignore[type-var]
                    f.write(f"{case} json {_result_json(zeroed)}\n{case} jsonl {result_line(zeroed)}")
    if args.count is not None:
        rendered = RenderedResults()
        for _ in range(args.count):
            for results in cases.values():
                for r in results:
                    rendered.add(r)
                    result_line(r)
        return 0
    for case, results in cases.items():
        rendered = RenderedResults()
        json_us = best_pass(rendered.add, results, args.repeat) * 1e6
        jsonl_us = best_pass(result_line, results, args.repeat) * 1e6
        print(
            f"{case:5} {len(results)} results: json {json_us:.2f} us a result "
            f"({json_us * 1e4 / 1e6:.3f} s per 10,000 links), jsonl {jsonl_us:.2f} us a result "
            f"({jsonl_us * 1e4 / 1e6:.3f} s per 10,000 links)"
        )
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            for _ in range(3):
                for r in results:
                    rendered.add(r)
                    result_line(r)
            prof.disable()
            pstats.Stats(prof).sort_stats("tottime").print_stats(12)
    return 0


if __name__ == "__main__":
    sys.exit(main())
