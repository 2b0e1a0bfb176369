"""Renderers: pure functions from a :class:`~linkcheck.models.Report` to text.

``render(report, format)`` picks one by name; each module holds one format.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from linkcheck.errors import ConfigError
from linkcheck.models import Report
from linkcheck.report.color import history_text
from linkcheck.report.github import render_github
from linkcheck.report.json import render_json, report_to_dict, result_to_dict
from linkcheck.report.jsonl import render_jsonl
from linkcheck.report.junit import render_junit
from linkcheck.report.markdown import render_markdown
from linkcheck.report.sarif import render_sarif
from linkcheck.report.text import render_text

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


#: Every renderer by its ``--format`` name.
FORMATS: Mapping[str, Callable[[Report], str]] = {
    "text": _text_with_history,
    "json": render_json,
    "jsonl": render_jsonl,
    "junit": render_junit,
    "markdown": render_markdown,
    "github": render_github,
    "sarif": render_sarif,
}


def render(report: Report, format: str = "text") -> str:
    """Render ``report`` in the named format (see :data:`FORMATS`)."""
    try:
        renderer = FORMATS[format]
    except KeyError:
        raise ConfigError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}") from None
    return renderer(report)
