"""What the held-out extraction batches' page-by-page tests share (fiftieth batch on): each page of a batch
(``tests/fixtures/heldout/<prefix>*``) read as ``tests/test_heldout.py`` reads the corpus (its sidecar's URL
and headers, the runner's "today"), and what a careful reader concludes from it asserted field by field, so
that a miss names its page and its field.

A batch's module loads its pages (:func:`load`), imports the ``test_*`` functions below (pytest collects
them there) and hands its pages to them with ``pytest_generate_tests = pages_of(PAGES)``; it keeps its own
docstring, which says what the batch holds, and its own count."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest

from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.match import match_citation
from linkcheck.models import Citation, FindingKind, Metadata, PartialDate
from linkcheck.soft404 import soft_404_signal
from tests.corpus import FIXTURES, Page
from tests.extract_rules_harness import TODAY, value

HELDOUT = FIXTURES / "heldout"
CONFIG = Config()
#: The findings a truthful citation must not get (``tests/test_heldout.py``'s).
MISMATCHES = {
    FindingKind.TITLE_MISMATCH,
    FindingKind.DATE_MISMATCH,
    FindingKind.URL_DATE_MISMATCH,
    FindingKind.OUTLET_MISMATCH,
}


def load(prefix: str) -> list[Page]:
    """The batch's pages: each sidecar ``<prefix>*.json`` with its page read."""
    pages = []
    for sidecar in sorted(HELDOUT.glob(f"{prefix}*.json")):
        expected: dict[str, Any] = json.loads(sidecar.read_text(encoding="utf-8"))
        body = sidecar.with_suffix(".html").read_bytes()
        meta: Metadata = extract_metadata(body, expected["url"], expected.get("headers"), today=TODAY)
        pages.append(Page(sidecar.stem, expected, meta))
    return pages


def pages_of(pages: Sequence[Page]) -> Callable[[pytest.Metafunc], None]:
    """A module's ``pytest_generate_tests``: each test asking for ``page`` (or ``pages``) gets the batch's."""

    def generate(metafunc: pytest.Metafunc) -> None:
        if "page" in metafunc.fixturenames:
            metafunc.parametrize("page", pages, ids=lambda p: p.name)
        if "pages" in metafunc.fixturenames:
            metafunc.parametrize("pages", [list(pages)], ids=["batch"])

    return generate


def norm(text: str | None) -> str | None:
    """NFKC, case and whitespace only: the name's letters (accents, dots below) must be the page's."""
    return None if text is None else " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def author_cases(authors: Mapping[str, object], left: Mapping[str, str]) -> list[Any]:
    """The pages a batch's ``test_author`` is asked of (``authors``' names, sorted), each whose author the
    extractor does not yet read (``left``, with why) a strict xfail."""
    return [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=left[n])) if n in left else n
        for n in sorted(authors)
    ]


def names(meta: Metadata) -> list[str | None]:
    """The authors ``meta`` names, as :func:`norm` leaves them (a rules test's page too)."""
    return [norm(a.name) for a in meta.author]


def authors_of(page: Page) -> list[str | None]:
    """The authors ``page`` names, as :func:`norm` leaves them."""
    return names(page.metadata)


def test_title(page: Page) -> None:
    assert norm(page.metadata.title) == norm(page.expected["title"])


def test_dates(page: Page) -> None:
    published, modified = value(page.metadata.published), value(page.metadata.modified)
    found = (
        published.isoformat() if published else None,
        modified.isoformat() if modified else None,
    )
    assert found == (page.expected["published"], page.expected["modified"])


def test_site_name(page: Page) -> None:
    assert norm(page.metadata.site_name) == norm(page.expected["site_name"])


def test_not_a_soft_404(page: Page) -> None:
    url = page.expected["url"]
    assert soft_404_signal(url, url, page.metadata, 0) is None


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


def test_the_other_pages_titles_are_mismatches(page: Page, pages: list[Page]) -> None:
    url = page.expected["url"]
    for other in pages:
        if other is page:
            continue
        citation = Citation(url=url, title=other.expected["title"])
        findings = match_citation(citation, page.metadata, final_url=url, config=CONFIG)
        assert FindingKind.TITLE_MISMATCH in [f.kind for f in findings], other.name
