"""Cost of ``match_citation`` alone, for instruction counts under callgrind (docs/benchmarks.md, "Held-out
matching check").

Two sets of calls, everything else built before the loop:

- ``heldout``: every case of ``tests/fixtures/match_heldout.json`` (all batches), its page read by
  ``extract_metadata`` and its citation read as ``tests/test_match_heldout.py`` reads it;
- ``clean``: the benchmark's clean links (``bench/throughput.py``'s ``make_links``, truthful citations whose
  headline matches first), their pages as ``bench/server.py`` serves them, generated in process.

Each of ``N`` rounds makes every title unique (a word appended to the cited title and to the page's titles,
the same word to both) so that no memo of a title helps, then calls ``match_citation`` once per case. The
rounds' citations and metadata are built before the calls; ``N = 0`` counts that set-up, so one round's
calls cost the count at ``N = 2`` less the count at ``N = 0``, halved. ``match_citation`` is whichever
``linkcheck`` is on the path, so two trees can be compared:

    PYTHONHASHSEED=0 PYTHONMALLOC=malloc PYTHONPATH=TREE/src valgrind --tool=callgrind \\
        --callgrind-out-file=/dev/null /work/venv/bin/python bench/match_cost.py heldout N

Prints the number of cases, calls and findings (the cases and calls must agree between two trees; the
findings differ where their rules do).
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from linkcheck.config import Config  # noqa: E402
from linkcheck.extract import extract_metadata  # noqa: E402
from linkcheck.match import match_citation  # noqa: E402
from linkcheck.models import Citation, Metadata, TitleCandidate  # noqa: E402


def _unique(citation: Citation, metadata: Metadata, word: str) -> tuple[Citation, Metadata]:
    """The citation and metadata with ``word`` appended to every title (a round's own titles)."""

    def more(text: str | None) -> str | None:
        return f"{text} {word}" if text else text

    candidates = tuple(
        TitleCandidate(text=more(c.text) or "", source=c.source, raw=more(c.raw))
        for c in metadata.title_candidates
    )
    return (
        dataclasses.replace(citation, title=more(citation.title)),
        dataclasses.replace(metadata, title=more(metadata.title), title_candidates=candidates),
    )


def heldout_cases() -> list[tuple[Citation, Metadata, str]]:
    from tests import test_match_heldout as harness

    cases = []
    for case in harness.CASES:
        page = case["page"]
        final_url = page.get("final_url", page["url"])
        citation = harness.citation_of(case)
        if citation is None:
            continue
        metadata = extract_metadata(harness.page_html(page), final_url, today=harness.TODAY)
        cases.append((citation, metadata, final_url))
    return cases


def clean_cases(n: int = 500) -> list[tuple[Citation, Metadata, str]]:
    from server import Site, article_meta
    from throughput import make_links

    port = 8000
    links = make_links("clean", n, port, seed=1)
    site = Site(1, sorted({link.host for link in links}), port)
    cases = []
    for link in links:
        html = b"".join(site.article(article_meta(_article_id(link.url), 1), link.host))
        citation = Citation(url=link.url, title=link.title, date=_date(link.date), outlet=link.outlet)
        cases.append((citation, extract_metadata(html, link.url), link.url))
    return cases


def _article_id(url: str) -> int:
    """The article's number in its path's last segment (``...-a123.html``)."""
    return int(url.rsplit("-a", 1)[1].split(".", 1)[0])


def _date(text: str) -> Any:
    from linkcheck.models import PartialDate

    return PartialDate.parse(text)


def main(argv: list[str]) -> None:
    which = argv[0] if argv else "heldout"
    repeat = int(argv[1]) if len(argv) > 1 else 1
    cases = heldout_cases() if which == "heldout" else clean_cases()
    config = Config()
    rounds = [
        [
            (*_unique(citation, metadata, f"round{r}x{i}"), url)
            for i, (citation, metadata, url) in enumerate(cases)
        ]
        for r in range(repeat)
    ]
    calls = findings = 0
    for batch in rounds:
        for citation, metadata, url in batch:
            findings += len(match_citation(citation, metadata, final_url=url, config=config))
            calls += 1
    print(f"{which}: {len(cases)} cases, {calls} calls, {findings} findings")


if __name__ == "__main__":
    main(sys.argv[1:])
