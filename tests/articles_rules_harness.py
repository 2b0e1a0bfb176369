"""What the article-rule batches on outlets share (art38 to art41): an article's citations by their URLs,
and the outlet attached to one link of it."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.models import Citation


def citations_by_url(text: str, fmt: str = "html") -> dict[str, Citation]:
    """The citations :func:`linkcheck.articles.extract_citations` reads in ``text`` (``fmt``), by URL."""
    return {c.url: c for c in extract_citations(text, fmt)}


def outlet_of(page: str, url: str, fmt: str = "html") -> str | None:
    """The outlet attached to the link to ``url`` in ``page``, which must cite ``url``."""
    found = citations_by_url(page, fmt)
    assert url in found
    return found[url].outlet
