"""Same reading and judging before and after a change that should change no result (debt1: code written twice
made one).

Records the ``repr`` of what linkcheck makes of:

- ``bench/out/read_cost_pages.pkl``'s captured pages (``python bench/read_cost.py capture``): each page read
  (``checker._read_page``: liveness and metadata) and judged against its citation (``checker._result``);
- every file under ``tests/fixtures/articles``: ``extract_citations`` in each format (auto, text, markdown,
  html, wikitext), or the exception it raised;
- every ``.html`` file under ``tests/fixtures``: ``find_text_dates`` on its text, ``pagebody.text_gives_day``
  for 180 days of three years and for each date the text holds, and ``pagebody.redated_day`` under two
  dated addresses.

Usage (from the tree measured, with its ``src`` first on ``PYTHONPATH``)::

    python bench/outputs_same.py --save /tmp/before.pickle     # with the code before the change
    python bench/outputs_same.py --compare /tmp/before.pickle  # after it: exit status 1 on a difference

``bench/extract_same.py`` holds ``extract_metadata`` itself to the same account on more pages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import inspect
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 30)
FORMATS = ("auto", "text", "markdown", "html", "wikitext")
DAYS = [dt.date(y, m, d) for y in (2019, 2020, 2023) for m in range(1, 13) for d in (1, 2, 9, 15, 28)]
DATED = ("https://ria.ru/20200109/1563219328.html", "https://example.test/2023/03/15/story.html")


def outputs() -> dict[str, str]:
    from linkcheck import parse_sources
    from linkcheck.articles import extract_citations
    from linkcheck.checker import _read_page, _result, _Slots
    from linkcheck.config import Config
    from linkcheck.extract import extract_metadata
    from linkcheck.extract.dates import find_text_dates
    from linkcheck.models import FetchResult
    from linkcheck.pagebody import redated_day, text_gives_day

    out: dict[str, str] = {}
    saved = pickle.loads((ROOT / "bench" / "out" / "read_cost_pages.pkl").read_bytes())  # our own file
    config, slots = Config(allow_private=True), _Slots(2)
    for i, (citation, row) in enumerate(zip(parse_sources(saved["sources"]), saved["rows"], strict=True)):
        fetch = FetchResult(**row)
        if "cited" in inspect.signature(_read_page).parameters:  # since the forty-eighth session
            from linkcheck.checker import _Cited  # type: ignore[attr-defined,unused-ignore]

            page = _read_page(fetch.url, fetch, config, slots, _Cited(quotes=True))
        else:
            page = _read_page(fetch.url, fetch, config, slots, True)
        out[f"page:{i}"] = repr((page.liveness, page.metadata))
        out[f"result:{i}"] = repr(_result(citation, page, config))
    for path in sorted((ROOT / "tests" / "fixtures" / "articles").rglob("*")):
        if path.is_file():
            name = path.relative_to(ROOT)
            text = path.read_bytes().decode("utf-8", "replace")
            for fmt in FORMATS:
                try:
                    out[f"articles:{fmt}:{name}"] = repr(extract_citations(text, fmt, source=path.name))
                except Exception as exc:  # a raise is an outcome to compare too
                    out[f"articles:{fmt}:{name}"] = repr(("raised", type(exc).__name__, str(exc)))
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.html")):
        body, name = path.read_bytes(), path.relative_to(ROOT)
        found = list(find_text_dates(body.decode("utf-8", "replace")))
        out[f"text_dates:{name}"] = repr(found)
        days = DAYS + sorted({day for day, _start, _end in found})[:40]
        out[f"text_gives_day:{name}"] = repr([text_gives_day(body, day) for day in days])
        for url in DATED:
            meta = extract_metadata(body, url, {"Content-Type": "text/html"}, today=TODAY)
            out[f"redated_day:{url}:{name}"] = repr(redated_day(body, meta))
    return out


def save_or_compare(outputs: Callable[[], dict[str, str]], doc: str | None, argv: list[str] | None) -> int:
    """``--save`` the ``repr`` outputs ``outputs()`` gives, or ``--compare`` them with saved ones (exit
    status 1 on a difference); ``bench/title_rules_same.py`` uses it too."""
    p = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    action = p.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write the outputs here")
    action.add_argument("--compare", type=Path, help="compare with outputs saved here")
    args = p.parse_args(argv)
    found = outputs()
    digest = hashlib.sha256(repr(sorted(found.items())).encode()).hexdigest()[:16]
    print(f"{len(found)} outputs, sha256 {digest}")
    if args.save:
        args.save.write_bytes(pickle.dumps(found))
        return 0
    before: dict[str, str] = pickle.loads(args.compare.read_bytes())  # our own file
    differ = sorted(key for key in before.keys() & found.keys() if before[key] != found[key])
    missing = sorted(before.keys() ^ found.keys())
    common = len(before.keys() & found.keys())
    print(f"compared {common} outputs: {len(differ)} differ, {len(missing)} in one run only")
    for key in (differ + missing)[:20]:
        print(f"  {key}")
    return 1 if differ or missing else 0


def main(argv: list[str] | None = None) -> int:
    return save_or_compare(outputs, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
