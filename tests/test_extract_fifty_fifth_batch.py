"""The fifty-fifth held-out extraction batch (``tests/fixtures/heldout/b55_*``; docs/benchmarks.md,
"Fifty-fifth batch"), page by page: each page read as ``tests/test_heldout.py`` reads the corpus (its
sidecar's URL and headers, the runner's "today"), and what a careful reader concludes from it asserted field
by field, so that a miss names its page and its field. The batch: RIA Novosti's English edition of 2013,
a Belarusian page in Taraškievica, a Ukrainian WordPress page with a nominative month first, a Georgian
regional page, a US paper's byline <time> without datetime, a German e-paper article dated by its issue,
a pywb replay with its banner, a press release with its number, a preprint server's landing page, an
agency story republished by a local paper, and Cebuano and isiXhosa pages. The rules written for them are
tested on strings in ``tests/test_extract_rules55.py``.
"""

from __future__ import annotations

from tests.corpus import Page
from tests.extract_batch import (  # noqa: F401 (the batch's tests, collected here)
    load,
    pages_of,
    test_dates,
    test_not_a_soft_404,
    test_site_name,
    test_the_other_pages_titles_are_mismatches,
    test_title,
    test_truthful_citation_passes,
)

PAGES: list[Page] = load("b55_")
pytest_generate_tests = pages_of(PAGES)


def test_the_batch_is_twelve_pages() -> None:
    assert len(PAGES) == 12
    assert not any(p.expected.get("known_misses") for p in PAGES)
