"""Reading cost of the held-out articles, for instruction counts under callgrind.

Reads every held-out article (``tests/fixtures/articles/heldout``, all batches) of one format, or of all,
``N`` times with ``extract_citations``, as ``tests/test_articles_heldout.py`` reads them (their sidecars'
format, article date and base URL). The articles are read from disk and the formats' readers imported
(they are imported lazily, at a format's first article) before the loop; ``N = 0`` counts that start-up
(interpreter, imports, regex compilation, file reading), so the cost of reading the articles once is the
count at ``N = 2`` less the count at ``N = 0``, halved. The extractor is whichever ``linkcheck`` is on the
path, so the same articles can be read by two trees:

    PYTHONHASHSEED=0 PYTHONMALLOC=malloc PYTHONPATH=TREE/src valgrind --tool=callgrind \\
        --callgrind-out-file=/dev/null /work/venv/bin/python bench/heldout_cost.py N [FORMAT]

Prints the number of articles and citations read (a check that both trees read the same articles).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from linkcheck.articles import extract_citations, import_reader
from linkcheck.models import PartialDate

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "articles" / "heldout"


def load(fmt: str | None) -> list[tuple[str, str, str, PartialDate | None, str | None]]:
    """The held-out articles of format ``fmt`` (all when None): text, format, name, date, base URL."""
    articles = []
    for sidecar in sorted(HELDOUT.glob("*.json")):
        if sidecar.name == "known_gaps.json":
            continue
        truth = json.loads(sidecar.read_text(encoding="utf-8"))
        if fmt is not None and truth["format"] != fmt:
            continue
        (path,) = [p for p in HELDOUT.glob(sidecar.stem + ".*") if p.suffix != ".json"]
        date = truth.get("article_date")
        articles.append(
            (
                path.read_text(encoding="utf-8"),
                truth["format"],
                path.name,
                PartialDate.parse(date) if date else None,
                truth.get("base_url"),
            )
        )
    return articles


def main(argv: list[str]) -> None:
    repeat = int(argv[0]) if argv else 1
    fmt = argv[1] if len(argv) > 1 else None
    articles = load(fmt)
    for form in sorted({article[1] for article in articles}):
        import_reader(form)  # each format's reader is imported at its first article: counted in the set-up
    found = 0
    for _ in range(repeat):
        for text, form, name, date, base in articles:
            found += len(extract_citations(text, form, source=name, article_date=date, base_url=base))
    print(f"{len(articles)} articles ({fmt or 'all formats'}), read {repeat} times, {found} citations")


if __name__ == "__main__":
    main(sys.argv[1:])
