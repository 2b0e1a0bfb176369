"""Same JSON records before and after a change to ``articles._records``'s walks over nested JSON (tidy4: the
rows' and the reviews' walkers made one generator of the objects under a value).

Records the ``repr`` of :func:`linkcheck.articles._records.json_records` (with and without ``rows``) on every
file under ``tests/fixtures/articles``, and, for each record it returns, the record itself: a record found,
lost, changed or moved in the list is a difference. ``bench/outputs_same.py`` holds ``extract_citations`` on
the same files to the same account.

Usage (from the tree measured, with its ``src`` first on ``PYTHONPATH``)::

    python bench/json_records_same.py --save /tmp/before.pickle     # with the code before the change
    python bench/json_records_same.py --compare /tmp/before.pickle  # after it: exit status 1 on a difference
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def outputs() -> dict[str, str]:
    from linkcheck.articles._records import json_records

    out: dict[str, str] = {}
    for path in sorted((ROOT / "tests" / "fixtures" / "articles").rglob("*")):
        if path.is_file():
            name = path.relative_to(ROOT)
            text = path.read_bytes().decode("utf-8", "replace")
            for rows in (True, False):
                found = json_records(text, rows=rows)
                out[f"records:{rows}:{name}"] = repr(None if found is None else len(found))
                for i, record in enumerate(found or ()):
                    out[f"record:{rows}:{name}:{i}"] = repr(record)
    return out


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    from outputs_same import save_or_compare

    return save_or_compare(outputs, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
