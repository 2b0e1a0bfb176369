"""The JSON report: the machine contract documented in ``docs/json-schema.md`` (schema ``linkcheck/1``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from linkcheck.models import ExtractedDate, Finding, Report, Result, RunHistory

__all__ = [
    "SCHEMA",
    "RenderedResults",
    "history_to_dict",
    "iter_json",
    "render_json",
    "report_to_dict",
    "result_to_dict",
]

#: Bumped whenever a field changes meaning or disappears; adding a field does not bump it.
SCHEMA = "linkcheck/1"


def _date(value: ExtractedDate | None) -> str | None:
    return value.value.isoformat() if value else None


def _finding(finding: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": finding.kind.value,
        "severity": finding.severity.value,
        "message": finding.message,
        "expected": finding.expected,
        "actual": finding.actual,
    }
    if finding.score is not None:
        out["score"] = round(finding.score, 3)
    return out


def result_to_dict(result: Result) -> dict[str, Any]:
    """One result as the JSON object documented in ``docs/json-schema.md``."""
    c, m = result.citation, result.metadata
    article = c.article
    return {
        "url": c.url,
        "source": c.source,
        "line": c.line,
        "status": result.status.value,
        "cause": result.cause.value if result.cause else None,
        "reason": result.reason,
        "verdict": result.verdict.value,
        "http_status": result.http_status,
        "final_url": result.final_url,
        "redirects": [{"status": r.status, "url": r.url} for r in result.redirects],
        "cited": {
            "title": c.title,
            "date": str(c.date) if c.date else None,
            "outlet": c.outlet,
            "note": c.note,
            "archive_url": c.archive_url,
            "access_date": str(c.access_date) if c.access_date else None,
            "quote": c.quote,
        },
        "article": (
            {"date": str(article.date) if article.date else None, "title": article.title, "url": article.url}
            if article
            else None
        ),
        "title": m.title if m else None,
        "published": _date(m.published) if m else None,
        "modified": _date(m.modified) if m else None,
        "site_name": m.site_name if m else None,
        "canonical_url": m.canonical_url if m else None,
        "language": m.language if m else None,
        "sources": (
            {
                "title": m.title_source,
                "published": m.published.source if m.published else None,
                "modified": m.modified.source if m.modified else None,
                "site_name": m.site_name_source,
            }
            if m
            else None
        ),
        "findings": [_finding(f) for f in result.findings],
        "elapsed": round(result.elapsed, 3),
    }


def history_to_dict(history: RunHistory | None) -> dict[str, Any] | None:
    """The ``history`` key: what changed since the previous run (``None`` without ``--state``)."""
    if history is None:
        return None
    return {
        "runs": history.runs,
        "previous_run": history.previous_run,
        "newly_broken": list(history.newly_broken),
        "recovered": list(history.recovered),
        "still_broken": list(history.still_broken),
        "graced": list(history.graced),
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    return _report_dict(report, [result_to_dict(r) for r in report.results])


def _report_dict(report: Report, results: Any) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "summary": report.summary,
        "elapsed": round(report.elapsed, 3),
        "notes": list(report.notes),
        "results": results,
        "history": history_to_dict(report.history),
    }


#: One encoder for every result: ``json.dumps`` with options builds a new one each call (~1.5 µs a result).
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _result_json(result: Result) -> str:
    return _ENCODE(result_to_dict(result))


class RenderedResults:
    """Results rendered for the JSON report as they arrive (:meth:`add`), so that :func:`render_json` only
    joins them when the run is over: ~20 µs a result taken off the end of a run (0.2 s for 10,000 links).

    Keyed by the result object itself: a result that is not the one added (a report rewritten since, by
    ``--state``) is rendered afresh.
    """

    def __init__(self) -> None:
        self._lines: dict[int, tuple[Result, str]] = {}

    def add(self, result: Result) -> None:
        self._lines[id(result)] = (result, _result_json(result))

    def line(self, result: Result) -> str:
        entry = self._lines.get(id(result))
        return entry[1] if entry is not None and entry[0] is result else _result_json(result)


def render_json(report: Report, rendered: RenderedResults | None = None) -> str:
    """The report as indented JSON, each result on a line of its own (``rendered``: results rendered
    already, see :class:`RenderedResults`).

    One line per result reads and diffs well for a report of ten thousand links, and lets the C encoder
    write each one (``indent`` would send the whole document through the pure-Python encoder: 2-3x slower).
    """
    return "".join(iter_json(report, rendered))


def iter_json(report: Report, rendered: RenderedResults | None = None) -> Iterator[str]:
    """:func:`render_json`'s text in pieces, to be written as they come: a report of ten thousand results is
    ~15 MB, which joined costs ~40 ms of copying and that much memory again at the end of a run."""
    cache = rendered if rendered is not None else RenderedResults()
    yield "{\n"
    for n, (key, value) in enumerate(_report_dict(report, None).items()):
        yield (",\n  " if n else "  ") + json.dumps(key) + ": "
        if key != "results":
            yield json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        elif not report.results:
            yield "[]"
        else:
            yield "["
            for i, result in enumerate(report.results):
                yield ",\n    " if i else "\n    "
                yield cache.line(result)
            yield "\n  ]"
    yield "\n}\n"
