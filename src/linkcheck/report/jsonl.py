"""JSON Lines (``--format jsonl``): one compact JSON object a line, written as results arrive.

Every line has a ``record`` field. ``"result"`` lines carry exactly the fields of a result in the JSON report
(``docs/json-schema.md``), in completion order; the last line is the ``"summary"`` record with ``schema``,
``summary``, ``elapsed`` and ``notes``. A consumer can act on each line as it comes and needs no memory of the
rest, and neither does linkcheck: the CLI streams this format without keeping the results.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from linkcheck.models import Report, Result
from linkcheck.report.json import SCHEMA, ResultWriter

__all__ = ["render_jsonl", "result_line", "summary_line"]


#: One encoder for every line: ``json.dumps`` with options builds a new one each call (~1.5 µs a result).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _line(record: Mapping[str, Any]) -> str:
    return _ENCODE(record) + "\n"


#: A result's record as :func:`_line` writes ``{"record": "result", **result_to_dict(result)}``.
_RESULT = ResultWriter(",", ":", record="result")


def result_line(result: Result) -> str:
    """One result as a JSON Lines record."""
    return _RESULT(result) + "\n"


def summary_line(summary: Mapping[str, int], elapsed: float, notes: Sequence[str]) -> str:
    """The closing record of a JSON Lines report."""
    return _line(
        {
            "record": "summary",
            "schema": SCHEMA,
            "summary": dict(summary),
            "elapsed": round(elapsed, 3),
            "notes": list(notes),
        }
    )


def render_jsonl(report: Report) -> str:
    """A whole report as JSON Lines (results in the report's order, then the summary record)."""
    return "".join(result_line(r) for r in report.results) + summary_line(
        report.summary, report.elapsed, report.notes
    )
