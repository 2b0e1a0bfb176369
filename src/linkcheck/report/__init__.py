"""Renderers: pure functions from a :class:`~linkcheck.models.Report` to text.

``render(report, format)`` picks one by name; each module holds one format.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from linkcheck.errors import ConfigError
from linkcheck.models import Report
from linkcheck.report.color import history_text
from linkcheck.report.github import render_github
from linkcheck.report.json import render_json, report_to_dict, result_to_dict
from linkcheck.report.jsonl import render_jsonl
from linkcheck.report.text import render_text

if TYPE_CHECKING:
    from linkcheck.report.junit import render_junit
    from linkcheck.report.markdown import render_markdown
    from linkcheck.report.sarif import render_sarif

#: The renderers imported when first asked for (``render_junit`` pulls in ``xml.etree``; a run that writes
#: none of these formats never imports them): name -> module.
_LATER = {
    "render_junit": "linkcheck.report.junit",
    "render_markdown": "linkcheck.report.markdown",
    "render_sarif": "linkcheck.report.sarif",
}


def __getattr__(name: str) -> Any:
    if name in _LATER:
        value = getattr(importlib.import_module(_LATER[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FORMATS",
    "render",
    "render_github",
    "render_json",
    "render_jsonl",
    "render_junit",
    "render_markdown",
    "render_sarif",
    "render_text",
    "report_to_dict",
    "result_to_dict",
]


def _text_with_history(report: Report) -> str:
    return render_text(report) + history_text(report)


#: Every ``--format`` name, in order, and the name of its renderer in this module.
_FORMAT_RENDERERS = {
    "text": "_text_with_history",
    "json": "render_json",
    "jsonl": "render_jsonl",
    "junit": "render_junit",
    "markdown": "render_markdown",
    "github": "render_github",
    "sarif": "render_sarif",
}


class _Formats(Mapping[str, Callable[[Report], str]]):
    """Every renderer by its ``--format`` name; those of ``_LATER`` are imported when first looked up."""

    def __getitem__(self, format: str) -> Callable[[Report], str]:
        name = _FORMAT_RENDERERS[format]
        renderer: Callable[[Report], str] = globals()[name] if name in globals() else __getattr__(name)
        return renderer

    def __contains__(self, format: object) -> bool:  # without importing the renderer
        return format in _FORMAT_RENDERERS

    def __iter__(self) -> Iterator[str]:
        return iter(_FORMAT_RENDERERS)

    def __len__(self) -> int:
        return len(_FORMAT_RENDERERS)

    def __repr__(self) -> str:
        return repr(dict(self))


#: Every renderer by its ``--format`` name.
FORMATS: Mapping[str, Callable[[Report], str]] = _Formats()


def render(report: Report, format: str = "text") -> str:
    """Render ``report`` in the named format (see :data:`FORMATS`)."""
    try:
        renderer = FORMATS[format]
    except KeyError:
        raise ConfigError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}") from None
    return renderer(report)
