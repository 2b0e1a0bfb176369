"""What the page-date batches share (test_year_dates, test_month_dates, test_meta4_dates): an article page of
one site, built around its headline and body and read on the test runner's "today"; its JSON-LD; metadata
dated by hand; and the findings of matching a citation against it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.match import match_citation
from linkcheck.models import Citation, ExtractedDate, Metadata, TitleCandidate

TODAY = dt.date(2024, 11, 30)
CONFIG = Config()


@dataclass(frozen=True)
class ArticleSite:
    """A site's article at ``url`` under the headline ``title``, ``<title>`` ``"{title} - {name}"``, with
    ``body`` after the headline and ``ld_type`` as its JSON-LD's ``@type``."""

    url: str
    title: str
    name: str
    body: str
    ld_type: str = "Article"

    def page(
        self, head: str = "", lead: str = "", lang: str = "en", body: str | None = None, h1: str | None = None
    ) -> str:
        """The page's HTML in ``lang``: ``head`` in its head, ``lead`` between ``<h1>`` ``h1`` (the headline
        unless given) and ``body`` (the site's unless given)."""
        body = self.body if body is None else body
        h1 = self.title if h1 is None else h1
        return (
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{self.title} - {self.name}</title>"
            f'<meta property="og:title" content="{self.title}">{head}</head>'
            f"<body><article><h1>{h1}</h1>{lead}{body}</article></body></html>"
        )

    def meta(self, html: str, url: str | None = None) -> Metadata:
        """The metadata of ``html`` fetched from ``url`` (the site's article unless given)."""
        return extract_metadata(html, self.url if url is None else url, today=TODAY)

    def published(self, html: str, url: str | None = None) -> ExtractedDate | None:
        """The publication date :meth:`meta` reads."""
        return self.meta(html, url).published

    def ld(self, **values: str) -> str:
        """A JSON-LD script of the article (its type and headline) with ``values`` added."""
        node = {"@context": "https://schema.org", "@type": self.ld_type, "headline": self.title, **values}
        return f'<script type="application/ld+json">{json.dumps(node)}</script>'


def dated(title: str, published: ExtractedDate | None, modified: ExtractedDate | None = None) -> Metadata:
    """A page's metadata under the headline ``title`` (also its Open Graph title) with these dates."""
    return Metadata(
        title=title,
        title_candidates=(TitleCandidate(title, "opengraph"),),
        published=published,
        modified=modified,
    )


def kinds(citation: Citation, metadata: Metadata) -> dict[str, str]:
    """The findings of matching ``citation`` against ``metadata`` at the citation's URL: kind to severity."""
    found = match_citation(citation, metadata, final_url=citation.url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}
