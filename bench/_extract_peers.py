"""Runs inside bench/.venv-peers (htmldate, trafilatura): not part of linkcheck, never imported by it.

Usage: python _extract_peers.py CORPUS_DIR REPEAT  -> JSON on stdout
{tool: {"results": {page: {"date": str|None, "title": str|None, "site": str|None}}, "seconds": float,
        "calls": int, "fresh_seconds": float}}

``seconds`` times passes over the same pages with the libraries' result caches kept (warm: every date
string was seen before); ``fresh_seconds`` clears htmldate's bounded ``lru_cache``s before each pass, as
for a crawl of pages never seen (its unbounded setup caches, such as the month-word list, stay warm).
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import time
import warnings
from pathlib import Path
from typing import Any

logging.disable(logging.CRITICAL)
warnings.filterwarnings("ignore")


def main() -> None:
    corpus, repeat = Path(sys.argv[1]), int(sys.argv[2])
    pages = []
    for sidecar in sorted(corpus.glob("*.json")):
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        pages.append((sidecar.stem, sidecar.with_suffix(".html").read_bytes(), meta["url"]))

    import htmldate.core
    import htmldate.extractors
    import htmldate.validators
    from htmldate import find_date
    from trafilatura.metadata import extract_metadata

    caches = []
    for module in (htmldate.core, htmldate.extractors, htmldate.validators):
        for attr in vars(module).values():
            params = getattr(attr, "cache_parameters", None)
            if params is not None and params().get("maxsize") is not None:
                caches.append(attr)

    def htmldate_fast(body: bytes, url: str) -> dict[str, Any]:
        return {"date": find_date(body, url=url, extensive_search=False, original_date=True)}

    def htmldate_extensive(body: bytes, url: str) -> dict[str, Any]:
        return {"date": find_date(body, url=url, extensive_search=True, original_date=True)}

    def trafilatura_meta(body: bytes, url: str) -> dict[str, Any]:
        doc = extract_metadata(body, default_url=url)
        if doc is None:
            return {"date": None, "title": None, "site": None}
        return {"date": doc.date, "title": doc.title, "site": doc.sitename}

    out: dict[str, Any] = {}
    for name, fn in (
        ("htmldate fast", htmldate_fast),
        ("htmldate extensive", htmldate_extensive),
        ("trafilatura metadata", trafilatura_meta),
    ):
        results: dict[str, Any] = {}
        for stem, body, url in pages:  # warm-up and results
            try:
                results[stem] = fn(body, url)
            except Exception as exc:  # a peer's crash is a wrong answer, not the end of the benchmark
                results[stem] = {"date": None, "title": None, "error": repr(exc)}
        timings = {}
        for mode in ("seconds", "fresh_seconds"):
            passes = []
            for _ in range(repeat):
                if mode == "fresh_seconds":
                    for cache in caches:
                        cache.cache_clear()
                start = time.process_time()
                for _stem, body, url in pages:
                    with contextlib.suppress(Exception):
                        fn(body, url)
                passes.append(time.process_time() - start)
            timings[mode] = min(passes)  # the least disturbed pass (timeit's rule on a shared machine)
        out[name] = {"results": results, "calls": len(pages), **timings}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
