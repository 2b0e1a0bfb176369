"""JSON Lines (``--format jsonl``): one compact JSON object a line, written as results arrive.

Every line has a ``record`` field. ``"result"`` lines carry exactly the fields of a result in the JSON report
(``docs/json-schema.md``), in completion order; the last line is the ``"summary"`` record with ``schema``,
``summary``, ``elapsed`` and ``notes``. A consumer can act on each line as it comes and needs no memory of the
rest, and neither does linkcheck: the CLI streams this format without keeping the results. A record is one
line for any line splitter: the three line separators JSON leaves raw are written escaped (:func:`one_line`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from linkcheck.models import Report, Result
from linkcheck.report.json import SCHEMA, ResultWriter

__all__ = ["one_line", "render_jsonl", "result_line", "summary_line"]


#: One encoder for every line: ``json.dumps`` with options builds a new one each call (~1.5 µs a result).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


#: Line separators JSON may leave raw in a string (it escapes only U+0000-U+001F): NEL, LINE SEPARATOR and
#: PARAGRAPH SEPARATOR, each with its JSON escape.
_RAW_SEPARATORS = (("\x85", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def one_line(encoded: str) -> str:
    """``encoded``, a compact JSON text, with NEL, U+2028 and U+2029 written as ``\\uXXXX`` escapes.

    Why (reports4): a page title or a cited title holding one (pasted from a CMS) was written raw, which
    JSON allows, and a consumer that splits the stream with Python's ``str.splitlines`` (or a JavaScript
    reader before ES2019) cut the record in two, neither half readable: a JSON Lines record must be one line
    for every reader. Outside a string JSON holds no such character, so the escape is the same value. The
    common line is returned as it is: an ASCII one at once (``isascii`` reads a flag), another after three
    searches."""
    if not encoded.isascii() and ("\x85" in encoded or "\u2028" in encoded or "\u2029" in encoded):
        for raw, escaped in _RAW_SEPARATORS:
            encoded = encoded.replace(raw, escaped)
    return encoded


def _line(record: Mapping[str, Any]) -> str:
    return one_line(_ENCODE(record)) + "\n"


#: A result's record as :func:`_line` writes ``{"record": "result", **result_to_dict(result)}``.
_RESULT = ResultWriter(",", ":", record="result")


def result_line(result: Result) -> str:
    """One result as a JSON Lines record."""
    line = _RESULT(result)
    # one_line's own first test made here: an ASCII line (nearly every one) needs no call (cost18)
    return (line if line.isascii() else one_line(line)) + "\n"


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
