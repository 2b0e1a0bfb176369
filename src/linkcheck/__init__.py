"""linkcheck: verify the sources an article cites.

>>> from linkcheck import parse_sources, check, Config
>>> citations = parse_sources("https://example.org/story | date: 2020-01-09")
>>> report = check(citations, Config())  # doctest: +SKIP
>>> print(report.render("text"))  # doctest: +SKIP

The public surface is ``__all__`` below, documented in ``docs/api.md``.
"""

from __future__ import annotations

import logging
from types import ModuleType
from typing import TYPE_CHECKING

__version__ = "0.1.0"

from linkcheck.config import Config
from linkcheck.errors import ConfigError, InputError, LinkcheckError, ManifestError, RunStopped
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
    from linkcheck.checker import check, iter_check
    from linkcheck.extract import extract_metadata
    from linkcheck.match import match_citation

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
    "RunStopped",
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


#: Public names imported on first use, and the module each comes from. The checker, extraction and the
#: article readers cost ~0.2 s of imports (lxml, requests, their patterns): ``import linkcheck.cli`` does
#: without them until the run needs them, so the command starts its shard processes and reads its input
#: first, and a program that only parses manifests never pays for them.
_LAZY = {
    "check": "linkcheck.checker",
    "iter_check": "linkcheck.checker",
    "extract_metadata": "linkcheck.extract",
    "match_citation": "linkcheck.match",
    "extract_citations": "linkcheck.articles",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next lookup is an ordinary attribute
    return value


def __dir__() -> list[str]:
    """What ``dir(linkcheck)`` (and an editor's completion) offers: the public names (``__all__``, the lazy
    ones too), the package's own submodules and the dunder and private names; not what this module imports
    for itself (``TYPE_CHECKING``, ``annotations``, ``logging``), which is no part of the API."""
    return sorted(
        set(__all__) | set(_LAZY) | {name for name, value in globals().items() if _shown(name, value)}
    )


def _shown(name: str, value: object) -> bool:
    """A module-level name ``dir`` shows besides ``__all__``: private and dunder names, and submodules."""
    if name.startswith("_"):
        return True
    return isinstance(value, ModuleType) and value.__name__.startswith(f"{__name__}.")
