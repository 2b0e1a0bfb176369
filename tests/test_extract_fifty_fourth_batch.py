"""The fifty-fourth held-out extraction batch (``tests/fixtures/heldout/b54_*``; docs/benchmarks.md,
"Fifty-fourth batch"), page by page: each page read as ``tests/test_heldout.py`` reads the corpus (its
sidecar's URL and headers, the runner's "today"), and what a careful reader concludes from it asserted field
by field, so that a miss names its page and its field. The batch's pages are in ``tests/test_heldout.py``'s
checks too; the rules written for them are tested on strings in ``tests/test_extract_rules54.py``.
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

PAGES: list[Page] = load("b54_")
pytest_generate_tests = pages_of(PAGES)


def test_the_batch_is_twelve_pages() -> None:
    assert len(PAGES) == 12
    assert not any(p.expected.get("known_misses") for p in PAGES)
