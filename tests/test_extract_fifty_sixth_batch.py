"""The fifty-sixth held-out extraction batch (``tests/fixtures/heldout/b56_*``; docs/benchmarks.md,
"Fifty-sixth batch"), page by page: each page read as ``tests/test_heldout.py`` reads the corpus (its
sidecar's URL and headers, the runner's "today"), and what a careful reader concludes from it asserted field
by field, so that a miss names its page and its field. The batch: a TASS-style page dated only by a Unix
time in a data- attribute under a stale "2 hours ago", a WordPress theme with the site's name in a first
h1, a listicle whose <title> holds a count its h1 lacks, a JSON-LD array of two NewsArticle with a related
story first, a Next.js page known only by its ``__NEXT_DATA__``, a Punjabi page in Shahmukhi (right to
left), an Inuktitut page in syllabics, a local-history MediaWiki dated by its last-edited footer, a radio
programme's episode page (first broadcast and repeat), a DSpace item (issued and accessioned), a listed
company's investor news release and a German podcast's episode page. The rules written for them are tested
on strings in ``tests/test_extract_rules56.py``.
"""

from __future__ import annotations

from linkcheck.match import match_citation
from linkcheck.models import Citation, PartialDate
from tests.corpus import Page
from tests.extract_batch import (  # noqa: F401 (the batch's tests, collected here)
    CONFIG,
    MISMATCHES,
    load,
    pages_of,
    test_dates,
    test_not_a_soft_404,
    test_site_name,
    test_the_other_pages_titles_are_mismatches,
    test_title,
)

PAGES: list[Page] = load("b56_")
pytest_generate_tests = pages_of(PAGES)


def test_truthful_citation_passes(page: Page) -> None:
    """The shared test's citation, dated as a careful reader dates the page: by its publication, or, on the
    one page that states none (the wiki's), by the last edit its footer states."""
    url = page.expected["url"]
    date = page.expected["published"] or page.expected["modified"]
    citation = Citation(
        url=url, title=page.expected["title"], date=PartialDate.parse(date), outlet=page.expected["site_name"]
    )
    findings = match_citation(citation, page.metadata, final_url=url, config=CONFIG)
    assert [f for f in findings if f.kind in MISMATCHES] == []


def test_the_batch_is_twelve_pages() -> None:
    assert len(PAGES) == 12
    assert sum(p.expected["published"] is None for p in PAGES) == 1
