"""The fifty-third held-out extraction batch (``tests/fixtures/heldout/b53_*``; docs/benchmarks.md,
"Fifty-third batch"), page by page: each page read as ``tests/test_heldout.py`` reads the corpus (its
sidecar's URL and headers, the runner's "today"), and what a careful reader concludes from it asserted field
by field, so that a miss names its page and its field. The batch's pages are in ``tests/test_heldout.py``'s
checks too; the rules written for them are tested on strings in ``tests/test_extract_rules53.py``.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest

from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.match import match_citation
from linkcheck.models import Citation, FindingKind, Metadata, PartialDate
from linkcheck.soft404 import soft_404_signal
from tests.corpus import FIXTURES, Page
from tests.extract_rules_harness import TODAY
from tests.extract_rules_harness import value as _value

HELDOUT = FIXTURES / "heldout"
CONFIG = Config()
#: The findings a truthful citation must not get (``tests/test_heldout.py``'s).
MISMATCHES = {
    FindingKind.TITLE_MISMATCH,
    FindingKind.DATE_MISMATCH,
    FindingKind.URL_DATE_MISMATCH,
    FindingKind.OUTLET_MISMATCH,
}


def _load() -> list[Page]:
    pages = []
    for sidecar in sorted(HELDOUT.glob("b53_*.json")):
        expected: dict[str, Any] = json.loads(sidecar.read_text(encoding="utf-8"))
        body = sidecar.with_suffix(".html").read_bytes()
        meta: Metadata = extract_metadata(body, expected["url"], expected.get("headers"), today=TODAY)
        pages.append(Page(sidecar.stem, expected, meta))
    return pages


PAGES = _load()


def _norm(text: str | None) -> str | None:
    """NFKC, case and whitespace only: the name's letters (accents, dots below) must be the page's."""
    return None if text is None else " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def test_the_batch_is_twelve_pages() -> None:
    assert len(PAGES) == 12
    assert not any(p.expected.get("known_misses") for p in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_title(page: Page) -> None:
    assert _norm(page.metadata.title) == _norm(page.expected["title"])


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_dates(page: Page) -> None:
    published, modified = _value(page.metadata.published), _value(page.metadata.modified)
    found = (
        published.isoformat() if published else None,
        modified.isoformat() if modified else None,
    )
    assert found == (page.expected["published"], page.expected["modified"])


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_site_name(page: Page) -> None:
    assert _norm(page.metadata.site_name) == _norm(page.expected["site_name"])


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_not_a_soft_404(page: Page) -> None:
    url = page.expected["url"]
    assert soft_404_signal(url, url, page.metadata, 0) is None


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_truthful_citation_passes(page: Page) -> None:
    url = page.expected["url"]
    citation = Citation(
        url=url,
        title=page.expected["title"],
        date=PartialDate.parse(page.expected["published"]),
        outlet=page.expected["site_name"],
    )
    findings = match_citation(citation, page.metadata, final_url=url, config=CONFIG)
    assert [f for f in findings if f.kind in MISMATCHES] == []


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_other_pages_titles_are_mismatches(page: Page) -> None:
    url = page.expected["url"]
    for other in PAGES:
        if other is page:
            continue
        citation = Citation(url=url, title=other.expected["title"])
        findings = match_citation(citation, page.metadata, final_url=url, config=CONFIG)
        assert FindingKind.TITLE_MISMATCH in [f.kind for f in findings], other.name
