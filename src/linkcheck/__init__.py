"""linkcheck: verify the sources an article cites.

>>> from linkcheck import parse_sources, check, Config
>>> citations = parse_sources("https://example.org/story | date: 2020-01-09")
>>> report = check(citations, Config())  # doctest: +SKIP
>>> print(report.render("text"))  # doctest: +SKIP

The public surface is ``__all__`` below, documented in ``docs/api.md``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

__version__ = "0.1.0"

from linkcheck.checker import check, iter_check
from linkcheck.config import Config
from linkcheck.errors import ConfigError, InputError, LinkcheckError, ManifestError
from linkcheck.extract import extract_metadata
from linkcheck.match import match_citation
from linkcheck.models import (
    Article,
    Cause,
    Citation,
    ExtractedDate,
    FetchResult,
    Finding,
    FindingKind,
    Metadata,
    PartialDate,
    Redirect,
    Report,
    Result,
    Severity,
    Status,
    TitleCandidate,
    Verdict,
)
from linkcheck.sources import format_sources, iter_sources, parse_sources, read_sources

if TYPE_CHECKING:
    from linkcheck.articles import extract_citations

__all__ = [
    "Article",
    "Cause",
    "Citation",
    "Config",
    "ConfigError",
    "ExtractedDate",
    "FetchResult",
    "Finding",
    "FindingKind",
    "InputError",
    "LinkcheckError",
    "ManifestError",
    "Metadata",
    "PartialDate",
    "Redirect",
    "Report",
    "Result",
    "Severity",
    "Status",
    "TitleCandidate",
    "Verdict",
    "__version__",
    "check",
    "extract_citations",
    "extract_metadata",
    "format_sources",
    "iter_check",
    "iter_sources",
    "match_citation",
    "parse_sources",
    "read_sources",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> object:
    """``extract_citations`` is imported on first use: the article readers (Markdown, HTML, wikitext) cost
    ~0.1 s of start-up that a run on a manifest, and every shard process, does without."""
    if name == "extract_citations":
        from linkcheck.articles import extract_citations

        return extract_citations
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
