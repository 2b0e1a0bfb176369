"""The fifty-seventh held-out extraction batch (``tests/fixtures/heldout/b57_*``; docs/benchmarks.md,
"Fifty-seventh batch"), page by page: each page read as ``tests/test_heldout.py`` reads the corpus (its
sidecar's URL and headers, the runner's "today"), and what a careful reader concludes from it asserted field
by field, so that a miss names its page and its field. The batch: RIA Novosti's sports site (a score in the
headline), a TASS special project dated only in its credits, The Moscow Times' template of 2014 ('Oct. 17
2014 18:47'), a regional GTRK station with a two-digit year, a California paper whose head's UTC time falls
on the next day, a story whose JSON-LD carries a site migration's stamp against its byline, a regional live
page with yearless day headers, an AMP copy behind amp-access, a title with the site's name first and a
tilde, a correction notice above the byline, a regional site's republished agency story with a canonical to
the agency, and a Meadow Mari page. The rules written for them are tested on strings in
``tests/test_extract_rules57.py``.
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

PAGES: list[Page] = load("b57_")
pytest_generate_tests = pages_of(PAGES)


def test_the_batch_is_twelve_pages() -> None:
    assert len(PAGES) == 12
    assert all(p.expected["published"] for p in PAGES)
