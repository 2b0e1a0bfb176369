"""Instructions the CLI spends on a link outside fetching, reading and judging its page, counted by callgrind
(issue 7: where a run's CPU goes besides the stages ``bench/fetch_cost.py`` and ``bench/read_cost.py`` count).

1. ``python bench/machinery_cost.py prep`` starts ``bench/server.py`` at 0 ms, fetches, reads and judges the
   benchmark's 1,600 clean links once in one thread and keeps each URL's fetch and page in
   ``bench/out/machinery/pages.pkl``, with manifests of the first 400 and of all 1,600 links;
2. ``python bench/machinery_cost.py TREE [TREE ...]`` runs, for each checkout, ``python -m linkcheck``'s
   ``main`` (``--format jsonl --processes 1 --workers 8 --per-host 2``) over each manifest under
   ``valgrind --tool=callgrind`` (``PYTHONHASHSEED=0``, ``PYTHONMALLOC=malloc``), with ``Fetcher.fetch``,
   ``checker._read_page`` and ``checker._result`` replaced by look-ups of what step 1 kept (a result judged
   once per URL before the run). What a link costs then is the rest: reading the manifest (both passes), the
   scheduler and dispatcher, the worker threads and their hand-offs, the main loop, the JSON line, progress.
   A link's cost is the difference between the two runs over 1,200.

The trees need the checker's private functions; the server is only needed by ``prep``. Needs valgrind.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DIR = HERE / "out" / "machinery"
SIZES = (400, 1600)


def prep() -> None:
    """Fetch, read and judge the links once; keep each URL's fetch and page, and write the manifests."""
    sys.path.insert(0, str(HERE))
    from throughput import Server, make_links, write_manifests

    import linkcheck.checker as checker
    from linkcheck.config import Config
    from linkcheck.fetch import Fetcher
    from linkcheck.sources import parse_sources

    server = Server(1, 8, 600)
    try:
        server.reset(0.0)
        links = make_links("clean", SIZES[-1], server.port, 1)
        for n in SIZES:
            write_manifests(links[:n], DIR / f"clean-{n}")
        config = Config(allow_private=True, processes=1)
        fetcher, slots = Fetcher(config), checker._Slots(2)
        kept: dict[str, Any] = {}
        for citation in parse_sources((DIR / f"clean-{SIZES[-1]}.sources.txt").read_text(), "prep"):
            if citation.url not in kept:
                fetch = fetcher.fetch(citation.url)
                kept[citation.url] = (fetch, checker._read_page(citation.url, fetch, config, slots))
        (DIR / "pages.pkl").write_bytes(pickle.dumps(kept))
    finally:
        server.stop()
    print(f"{len(kept)} pages kept in {DIR}")


def child(n: int) -> None:
    """The CLI over the first ``n`` links, every page answered from what :func:`prep` kept."""
    kept = pickle.loads((DIR / "pages.pkl").read_bytes())
    import linkcheck.checker as checker
    import linkcheck.cli
    import linkcheck.fetch
    from linkcheck.config import Config
    from linkcheck.sources import parse_sources

    checker._import_readers()
    judge = checker._result
    judged: dict[str, Any] = {}
    config = Config(allow_private=True, processes=1)
    for citation in parse_sources((DIR / f"clean-{SIZES[-1]}.sources.txt").read_text(), "prep"):
        judged.setdefault(citation.url, judge(citation, kept[citation.url][1], config))

    def fetch(
        self: object, url: str, deadline: float | None = None, pause: object = None, redirected: object = None
    ) -> Any:
        # the checker passes every keyword of Fetcher.fetch: one missing raised TypeError, and each link was
        # counted through _internal_error's logged traceback instead of the run's machinery
        return kept[url][0]

    def read_page(url: str, fetch: object, config: object, slots: object, *more: object, **kw: object) -> Any:
        # whatever else the checker passes (the quoted flag, then the citation's outlets, fragments and
        # titles since base48; one record, checker._Cited, since the forty-eighth session): a fixed list
        # went stale twice, and each time the workers died of a TypeError and the run hung
        return kept[url][1]

    def result(citation: Any, page: object, config: object) -> Any:
        return judged[citation.url]

    linkcheck.fetch.Fetcher.fetch = fetch  # type: ignore[method-assign,assignment]
    checker._read_page = read_page  # type: ignore[assignment]
    checker._result = result  # type: ignore[assignment]
    args = [str(DIR / f"clean-{n}.sources.txt"), "--format", "jsonl", "--output", os.devnull]
    args += ["--allow-private", "--processes", "1", "--workers", "8", "--per-host", "2"]
    with contextlib.suppress(SystemExit):
        linkcheck.cli.main(args)


def count(tree: Path, n: int) -> int:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), PYTHONHASHSEED="0", PYTHONMALLOC="malloc")
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__]
    done = subprocess.run([*cmd, "--child", str(n)], capture_output=True, text=True, env=env, timeout=3600)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind gave no count for {tree}: {done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> int:
    if sys.argv[1:2] == ["prep"]:
        prep()
        return 0
    if sys.argv[1:2] == ["--child"]:
        child(int(sys.argv[2]))
        return 0
    import compileall

    small, large = SIZES
    print(f"# python bench/machinery_cost.py {' '.join(sys.argv[1:])}")
    print(f"{'tree':40} {'small':>14} {'large':>14} {'a link':>12}")
    for tree in map(Path, sys.argv[1:]):
        compileall.compile_dir(str(tree / "src"), quiet=1)
        a, b = count(tree, small), count(tree, large)
        print(f"{tree!s:40} {a:>14,} {b:>14,} {(b - a) / (large - small):>12,.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
