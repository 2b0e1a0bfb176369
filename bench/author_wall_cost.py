"""What a page's author read (meta1) and its teaser-wall test (wall1) cost, step by step, counted by callgrind
on loops over the inputs the 400 measured pages of ``bench/read_cost.py`` give them (cost26).

1. ``python bench/author_wall_cost.py capture`` reads the second half of ``bench/out/read_cost_pages.pkl``
   with the tree on ``PYTHONPATH`` (no valgrind) and keeps, for each page, what
   ``extract.core._authors`` and ``pagebody.walled_text`` are given (the main JSON-LD node and its ``@id``
   index, the metas, the markup and the headline's end; the body and the metadata) in
   ``/tmp/author_wall_inputs.pkl``. Three shapes of each author input are kept: the page as served (every
   benchmark page names a JSON-LD ``Person``), the same page with no ``author`` key in its JSON-LD (its
   byline, "By <span class=author>...", read instead), and with neither that key nor the byline's line.
2. ``python bench/author_wall_cost.py STEP [STEP ...]`` counts, for each step, a child that loads those
   inputs and calls the step on every page ``--reps`` times, and one that runs the same loops without the
   step's call (both load the same inputs and warm the same imports): the difference over ``reps * pages``
   is the step's cost a page.
   ``wall`` is ``walled_text`` after the same body's headline was found (``headline_end``, or since cost26
   ``headline_opening``), as in the checker, where ``after_headline_signal`` asks first; ``wall_he`` is
   ``walled_text`` alone, its body's headline not found yet.

Steps: ``author``, ``author_nokey``, ``author_none`` (``_authors`` on the three shapes), ``jsonld`` (the
JSON-LD read alone), ``byline_nokey``, ``byline_none`` (``byline_authors`` alone), ``wall``, ``wall_he``.
Needs valgrind; ``PYTHONPATH`` names the tree's ``src``.
"""

from __future__ import annotations

import argparse
import copy
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PAGES = HERE / "out" / "read_cost_pages.pkl"
INPUTS = Path("/tmp/author_wall_inputs.pkl")
STEPS = ("author", "author_nokey", "author_none", "jsonld", "byline_nokey", "byline_none", "wall", "wall_he")
#: The benchmark pages' byline paragraph ("By <span class="author">Name</span> · <time>...</time>").
_BYLINE_P = re.compile(r'<p class="byline">.*?</p>\n?', re.DOTALL)


class FakePage:
    """What ``_authors`` reads of ``extract.core._Page``: its address, metas, main JSON-LD node, publisher."""

    def __init__(self, url: str, metas: dict[str, list[str]], main_node: Any, publisher: str | None) -> None:
        self.url, self.metas, self.main_node, self.publisher = url, metas, main_node, publisher


def capture() -> int:
    from linkcheck import checker, parse_sources
    from linkcheck.config import Config
    from linkcheck.extract import core
    from linkcheck.models import FetchResult

    saved = pickle.loads(PAGES.read_bytes())  # our own file
    citations = list(parse_sources(saved["sources"]))
    fetches = [FetchResult(**row) for row in saved["rows"]]
    half = len(fetches) // 2
    checker._import_readers()
    authors: list[tuple[Any, ...]] = []
    walls: list[tuple[bytes, Any]] = []
    real_authors, real_wall = core._authors, checker.walled_text

    def spy_authors(page: Any, text: str, head_end: int | None, after: int | None, site: str | None) -> Any:
        main = core._jsonld_main(page)
        core._publisher(page)
        authors.append((page.url, dict(page.metas), main, page.publisher, text, head_end, after, site))
        return real_authors(page, text, head_end, after, site)

    def spy_wall(body: bytes, metadata: Any) -> Any:
        walls.append((body, metadata))
        return real_wall(body, metadata)

    core._authors, checker.walled_text = spy_authors, spy_wall  # type: ignore[assignment]
    config, slots = Config(allow_private=True), checker._Slots(2)
    for citation, fetch in zip(citations[half:], fetches[half:], strict=True):
        outlets = (citation.outlet,) if citation.outlet else ()
        titles = (citation.title,) if citation.title else ()
        checker._read_page(fetch.url, fetch, config, slots, checker._Cited(outlets=outlets, titles=titles))
    shapes: dict[str, list[tuple[Any, ...]]] = {"author": authors, "author_nokey": [], "author_none": []}
    for url, metas, main, publisher, text, head_end, after, site in authors:
        node, by_id = main
        nokey = copy.copy(node) if node is not None else None
        if nokey is not None:
            nokey.pop("author", None)
        shapes["author_nokey"].append((url, metas, (nokey, by_id), publisher, text, head_end, after, site))
        bare = _BYLINE_P.sub("", text, count=1)
        shapes["author_none"].append((url, metas, (nokey, by_id), publisher, bare, head_end, after, site))
    with INPUTS.open("wb") as f:
        pickle.dump({"authors": shapes, "walls": walls}, f)
    print(f"{len(authors)} pages' author inputs, {len(walls)} wall inputs -> {INPUTS}")
    return 0


def child(step: str, reps: int, calls: bool) -> None:
    """Load the inputs and run the step's loop ``reps`` times over the pages; with ``calls`` false, the same
    loop (and for ``wall`` the same ``headline_end`` asked first) without the step's own call."""
    from linkcheck import pagebody
    from linkcheck.extract import core
    from linkcheck.extract.authors import byline_authors, jsonld_authors

    saved = pickle.loads(INPUTS.read_bytes())  # our own file
    if step.startswith("wall"):
        walls = saved["walls"]
        for _ in range(reps):
            for body, metadata in walls:
                pagebody._LAST_HEADLINE_END = (b"", -1)
                if hasattr(pagebody, "_LAST_OPENING"):  # cost26's memo of the headline's opening
                    pagebody._LAST_OPENING = (b"", (), None)
                if step == "wall":
                    if hasattr(pagebody, "headline_opening"):
                        pagebody.headline_opening(body, metadata)  # as after_headline_signal asks it
                    else:
                        pagebody.headline_end(body)
                if calls:
                    pagebody.walled_text(body, metadata)
        return
    shape = {"jsonld": "author", "byline_nokey": "author_nokey", "byline_none": "author_none"}.get(step, step)
    rows = saved["authors"][shape]
    pages = [FakePage(url, metas, main, publisher) for url, metas, main, publisher, *_ in rows]
    for _ in range(reps):
        for page, (_u, _m, main, _p, text, head_end, after, site) in zip(pages, rows, strict=True):
            if not calls:
                continue
            if step == "jsonld":
                jsonld_authors(*main)
            elif step.startswith("byline"):
                byline_authors(text, after)
            else:
                core._authors(page, text, head_end, after, site)  # type: ignore[arg-type]


def count(step: str, reps: int, calls: bool) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONMALLOC="malloc")
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__]
    cmd += ["--child", step, "--reps", str(reps)] + ([] if calls else ["--without"])
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600, env=env, check=False)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"callgrind gave no count for {step}: {done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("steps", nargs="*", help="'capture', or steps to count")
    p.add_argument("--reps", type=int, default=3, help="calls of the step on each page (default 3)")
    p.add_argument("--child", choices=STEPS, help=argparse.SUPPRESS)
    p.add_argument("--without", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child is not None:
        child(args.child, args.reps, not args.without)
        return 0
    if args.steps == ["capture"]:
        return capture()
    unknown = [s for s in args.steps if s not in STEPS]
    if not args.steps or unknown:
        p.error(f"give 'capture' or steps among {', '.join(STEPS)}")
    rows = pickle.loads(INPUTS.read_bytes())["walls"]  # our own file
    for step in args.steps:
        cost = (count(step, args.reps, True) - count(step, args.reps, False)) / (args.reps * len(rows))
        print(f"{step}: {cost / 1e3:.1f} k instructions a page", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
