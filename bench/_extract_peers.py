"""Runs inside bench/.venv-peers (htmldate, trafilatura): not part of linkcheck, never imported by it.

Usage: python _extract_peers.py CORPUS_DIR REPEAT  -> JSON on stdout
{tool: {"results": {page: {"date": str|None, "title": str|None, "site": str|None}}, "seconds": float,
        "calls": int}}
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

    from htmldate import find_date
    from trafilatura.metadata import extract_metadata

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
        start = time.perf_counter()
        calls = 0
        for _ in range(repeat):
            for _stem, body, url in pages:
                with contextlib.suppress(Exception):
                    fn(body, url)
                calls += 1
        out[name] = {"results": results, "seconds": time.perf_counter() - start, "calls": calls}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
