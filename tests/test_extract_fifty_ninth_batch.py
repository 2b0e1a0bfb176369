"""The fifty-ninth held-out extraction batch (``tests/fixtures/heldout/b59_*``; docs/benchmarks.md,
"Fifty-ninth batch"): the press the seed article's readers cite, page by page. Each page is read as
``tests/test_heldout.py`` reads the corpus (its sidecar's URL and headers, the runner's "today"), and what a
careful reader concludes from it is asserted field by field, so that a miss names its page and its field.
The batch: a regional paper's TASS item dated only by its dateline (the year in the address), a Kyiv Post
story with three dates (published, updated, an earlier print edition), Eurasianet's JSON-LD list of two
NewsArticles (the story, then a later related one), BelTA's page whose <title> is its section's name,
Radio Ozodi in Tajik and Radio Svoboda in Russian on RFE/RL's Pangea template (UTC stamps with a space for
the 'T'), Trend in Azerbaijani ('9 Yanvar 2020 14:35 (UTC+04:00)'), Interfax-Ukraine with the clock before
the day, RBC's regional supplement with '09 янв 2020, 14:35', Armenpress in English with the clock first,
Kazinform in Russian with a capitalised genitive month, and Kabar in Kyrgyz ('9-январь, 2020 14:35'). The
rules written for them are tested on strings in ``tests/test_extract_rules59.py``.
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

PAGES: list[Page] = load("b59_")
pytest_generate_tests = pages_of(PAGES)


def test_the_batch_is_twelve_pages() -> None:
    assert len(PAGES) == 12
    assert all(p.expected["published"] for p in PAGES)
