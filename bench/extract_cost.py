"""Extraction cost of the held-out pages, for instruction counts under callgrind.

Loads every page of ``tests/fixtures/heldout`` (or of the directory given) with its sidecar, then runs
``extract_metadata`` on each ``N`` times, as ``tests/test_heldout.py`` calls it (bytes, the sidecar's URL
and headers, the harness's fixed day), after one pass over them all that is not counted apart: ``N = 0``
counts the start-up (interpreter, imports, file reading) and that first pass, which compiles the patterns
compiled on first use (a process's one-off cost, ~0.1-0.2 M instructions a page when spread over the
pages: it would blur what a page costs in a long run). The cost of extracting every page once is the count
at ``N = 2`` less the count at ``N = 0``, halved; divided by the number of pages, the cost of a page. The
first pass also fills the bounded caches (a page's titles and dates), as a second reading of a page would:
the figure is for comparing two trees, not a page's first reading. The extractor is whichever
``linkcheck`` is on the path, so the same pages can be read by two trees:

    PYTHONHASHSEED=0 PYTHONMALLOC=malloc PYTHONPATH=TREE/src valgrind --tool=callgrind \\
        --callgrind-out-file=/dev/null /work/venv/bin/python bench/extract_cost.py N [DIR]

Prints the number of pages and how many published dates were found (a check that both trees read the same
pages).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from linkcheck.extract import extract_metadata

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "heldout"
#: The harness's "today" (``tests/test_heldout.py``): mastheads show it.
TODAY = dt.date(2024, 11, 30)


def load(directory: Path) -> list[tuple[bytes, str, dict[str, str] | None]]:
    """Every page of ``directory``: its bytes, URL and response headers."""
    pages = []
    for sidecar in sorted(directory.glob("*.json")):
        truth = json.loads(sidecar.read_text(encoding="utf-8"))
        pages.append((sidecar.with_suffix(".html").read_bytes(), truth["url"], truth.get("headers")))
    return pages


def main(argv: list[str]) -> None:
    repeat = int(argv[0]) if argv else 1
    pages = load(Path(argv[1]) if len(argv) > 1 else HELDOUT)
    for body, url, headers in pages:  # the first pass: patterns compiled on first use (see above)
        extract_metadata(body, url, headers, today=TODAY)
    dated = 0
    for _ in range(repeat):
        for body, url, headers in pages:
            dated += extract_metadata(body, url, headers, today=TODAY).published is not None
    print(f"{len(pages)} pages, {dated} published dates in {repeat} passes")


if __name__ == "__main__":
    main(sys.argv[1:])
