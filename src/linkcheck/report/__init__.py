"""Renderers: pure functions from a :class:`~linkcheck.models.Report` to text.

``render(report, format)`` picks one by name; each module holds one format.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from linkcheck.errors import ConfigError
from linkcheck.models import Report
from linkcheck.report.json import render_json, report_to_dict, result_to_dict
from linkcheck.report.text import render_text

__all__ = ["FORMATS", "render", "render_json", "render_text", "report_to_dict", "result_to_dict"]

#: Every renderer by its ``--format`` name.
FORMATS: Mapping[str, Callable[[Report], str]] = {
    "text": render_text,
    "json": render_json,
}


def render(report: Report, format: str = "text") -> str:
    """Render ``report`` in the named format (see :data:`FORMATS`)."""
    try:
        renderer = FORMATS[format]
    except KeyError:
        raise ConfigError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}") from None
    return renderer(report)
