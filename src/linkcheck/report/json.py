"""The JSON report: the machine contract documented in ``docs/json-schema.md`` (schema ``linkcheck/1``)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any

from linkcheck.models import ExtractedDate, Finding, PartialDate, Report, Result, RunHistory

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
    return str(value) if value else None  # a month-only date as ``YYYY-MM`` (meta2)


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
        "republished": _date(m.republished) if m else None,
        "site_name": m.site_name if m else None,
        "canonical_url": m.canonical_url if m else None,
        "language": m.language if m else None,
        "author": [{"name": a.name, "kind": a.kind} for a in m.author] if m else None,
        "sources": (
            {
                "title": m.title_source,
                "published": m.published.source if m.published else None,
                "modified": m.modified.source if m.modified else None,
                "republished": m.republished.source if m.republished else None,
                "site_name": m.site_name_source,
            }
            if m
            else None
        ),
        "findings": [_finding(f) for f in result.findings],
        "elapsed": round(result.elapsed, 3),
        **({"pointer": c.pointer} if c.pointer is not None else {}),
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


#: How the encoder writes a string with ``ensure_ascii=False`` (the C function it calls itself).
_STRING: Callable[[str], str] = json.encoder.encode_basestring
#: The keys of :func:`result_to_dict`'s objects, in its order (``score`` follows a finding's when it has one).
_RESULT_KEYS = (
    "url",
    "source",
    "line",
    "status",
    "cause",
    "reason",
    "verdict",
    "http_status",
    "final_url",
    "redirects",
    "cited",
    "article",
    "title",
    "published",
    "modified",
    "republished",
    "site_name",
    "canonical_url",
    "language",
    "author",
    "sources",
    "findings",
    "elapsed",
)
_CITED_KEYS = ("title", "date", "outlet", "note", "archive_url", "access_date", "quote")
_ARTICLE_KEYS = ("date", "title", "url")
_SOURCES_KEYS = ("title", "published", "modified", "republished", "site_name")
_AUTHOR_KEYS = ("name", "kind")
_FINDING_KEYS = ("kind", "severity", "message", "expected", "actual")
_REDIRECT_KEYS = ("status", "url")
#: Entries a writer's memo of written values holds before it starts afresh (a run's recurring values are a few
#: hundred: its manifest's name, the strategies, outlets and site names, languages, reasons, dates).
_MEMO_SIZE = 4096


class ResultWriter:
    """A result as ``json.JSONEncoder(ensure_ascii=False, separators=(item, key)).encode`` writes
    :func:`result_to_dict` of it (``record``: with ``"record": record`` first, as JSON Lines has it), in two
    thirds of the instructions (93k against 140k a result): the keys are written once, here, into a template
    per object; each value is written as the encoder writes it (a string by the encoder's own function, an
    ``int`` and a finite ``float`` by their ``repr``, anything else by the encoder), and the page's URL once
    however often it recurs (``final_url``, ``canonical_url``). A test holds the two to the same text."""

    __slots__ = (
        "_article",
        "_author",
        "_cited",
        "_encode",
        "_finding",
        "_item",
        "_key",
        "_memo",
        "_redirect",
        "_result",
        "_sources",
    )

    def __init__(self, item: str = ", ", key: str = ": ", record: str | None = None) -> None:
        self._encode = json.JSONEncoder(ensure_ascii=False, separators=(item, key)).encode
        self._item = item
        self._key = key
        head = f"{_STRING('record')}{key}{_STRING(record)}{item}" if record is not None else ""
        self._result = _template(_RESULT_KEYS, item, key, head)
        self._cited = _template(_CITED_KEYS, item, key)
        self._article = _template(_ARTICLE_KEYS, item, key)
        self._author = _template(_AUTHOR_KEYS, item, key)
        self._sources = _template(_SOURCES_KEYS, item, key)
        self._finding = (_template(_FINDING_KEYS, item, key), _template((*_FINDING_KEYS, "score"), item, key))
        self._redirect = _template(_REDIRECT_KEYS, item, key)
        # What a recurring value is written as (cost30): a ``str`` by itself, a date by what ``str()`` of it
        # reads (:meth:`_date_text`). A result's strings but its URL and titles recur from one result to the
        # next, and a date's ``str()`` is a Python call of ~2 us: a look-up is ~0.07 us.
        self._memo: dict[object, str] = {}

    def __call__(self, result: Result) -> str:
        # Each value is written inline as :meth:`_value` writes it (a ``str`` by the encoder's function,
        # ``None`` as ``null``, an ``int`` by its ``repr``, anything else by ``_value``): a Python call a
        # value was a fifth of a result's instructions (24 values; cost13).
        value, s = self._value, _STRING
        get, put = self._memo.get, self._put
        v: Any
        cause: Any
        c, m = result.citation, result.metadata
        url = s(v) if type(v := c.url) is str else value(v)
        title = s(v) if type(v := c.title) is str else "null" if v is None else value(v)
        article = c.article
        cited = self._cited % (
            title,
            (get(self._date_key(v)) or self._date_text(v)) if (v := c.date) else "null",
            (get(v) or put(v)) if type(v := c.outlet) is str else "null" if v is None else value(v),
            s(v) if type(v := c.note) is str else "null" if v is None else value(v),
            s(v) if type(v := c.archive_url) is str else "null" if v is None else value(v),
            (s(v) if type(v := str(v)) is str else value(v)) if (v := c.access_date) else "null",
            s(v) if type(v := c.quote) is str else "null" if v is None else value(v),
        )
        if m is None:
            page: tuple[str, ...] = ("null",) * 9
        else:
            published, modified, republished = m.published, m.modified, m.republished
            sources = self._sources % (
                (get(v) or put(v)) if type(v := m.title_source) is str else "null" if v is None else value(v),
                ((get(v) or put(v)) if type(v := published.source) is str else value(v))
                if published
                else "null",
                ((get(v) or put(v)) if type(v := modified.source) is str else value(v))
                if modified
                else "null",
                ((get(v) or put(v)) if type(v := republished.source) is str else value(v))
                if republished
                else "null",
                (get(v) or put(v))
                if type(v := m.site_name_source) is str
                else "null"
                if v is None
                else value(v),
            )
            page = (
                title
                if (v := m.title) == c.title and type(v) is str
                else (s(v) if type(v) is str else "null" if v is None else value(v)),
                (get(self._date_key(v)) or self._date_text(v)) if (v := published) else "null",
                (get(self._date_key(v)) or self._date_text(v)) if (v := modified) else "null",
                s(v.value.isoformat()) if (v := republished) else "null",  # isoformat: a str
                (get(v) or put(v)) if type(v := m.site_name) is str else "null" if v is None else value(v),
                url
                if type(v := m.canonical_url) is str and v == c.url
                else (s(v) if type(v) is str else "null" if v is None else value(v)),
                (get(v) or put(v)) if type(v := m.language) is str else "null" if v is None else value(v),
                self._list(
                    [
                        self._author
                        % (value(a.name), (get(v) or put(v)) if type(v := a.kind) is str else value(v))
                        for a in m.author
                    ]
                )
                if m.author
                else "[]",
                sources,
            )
        written = self._result % (
            url,
            (get(v) or put(v)) if type(v := c.source) is str else "null" if v is None else value(v),
            int.__repr__(v) if type(v := c.line) is int else "null" if v is None else value(v),
            (get(v) or put(v)) if type(v := result.status._value_) is str else value(v),
            ((get(v) or put(v)) if type(v := cause._value_) is str else value(v))
            if (cause := result.cause)
            else "null",
            (get(v) or put(v)) if type(v := result.reason) is str else "null" if v is None else value(v),
            (get(v) or put(v)) if type(v := result.verdict._value_) is str else value(v),
            int.__repr__(v) if type(v := result.http_status) is int else "null" if v is None else value(v),
            url
            if type(v := result.final_url) is str and v == c.url
            else (s(v) if type(v) is str else "null" if v is None else value(v)),
            self._list([self._redirect % (value(r.status), value(r.url)) for r in result.redirects])
            if result.redirects
            else "[]",
            cited,
            (
                self._article
                % (
                    value(str(article.date) if article.date else None),
                    value(article.title),
                    value(article.url),
                )
                if article
                else "null"
            ),
            *page,
            self._list([self._finding_json(f) for f in result.findings]) if result.findings else "[]",
            value(round(result.elapsed, 3)),
        )
        if c.pointer is None:
            return written
        # A citation read from a JSON file: its pointer last, only then (seed25; :func:`result_to_dict`).
        return f"{written[:-1]}{self._item}{s('pointer')}{self._key}{value(c.pointer)}}}"

    def _put(self, text: str) -> str:
        """``text`` as the encoder writes it, kept for its next time."""
        memo = self._memo
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[text] = written = _STRING(text)
        return written

    @staticmethod
    def _date_key(date: object) -> object:
        """What ``str(date)`` of a cited :class:`PartialDate` or a page's :class:`ExtractedDate` reads, as a
        memo key (a tuple: never equal to a memo's ``str`` key); ``None`` for any other object (a subclass
        may write itself otherwise), which is never in the memo."""
        kind = type(date)
        if kind is ExtractedDate:
            day = date.value  # type: ignore[attr-defined]
            return (day, date.precision) if type(day) is dt.date else None  # type: ignore[attr-defined]
        if kind is PartialDate:
            return (date.year, date.month, date.day)  # type: ignore[attr-defined]
        return None

    def _date_text(self, date: object) -> str:
        """``str(date)`` as the encoder writes it, kept under :meth:`_date_key` when it has one."""
        text = str(date)
        written = _STRING(text) if type(text) is str else self._value(text)
        if (key := self._date_key(date)) is not None:
            memo = self._memo
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[key] = written
        return written

    def _finding_json(self, finding: Finding) -> str:
        value = self._value
        fields = (
            value(finding.kind._value_),
            value(finding.severity._value_),
            value(finding.message),
            value(finding.expected),
            value(finding.actual),
        )
        if finding.score is None:
            return self._finding[0] % fields
        return self._finding[1] % (*fields, value(round(finding.score, 3)))

    def _list(self, items: list[str]) -> str:
        return f"[{self._item.join(items)}]" if items else "[]"

    def _value(self, value: object) -> str:
        kind = type(value)
        if kind is str:
            return _STRING(value)  # type: ignore[arg-type]
        if value is None:
            return "null"
        if kind is int:
            return int.__repr__(value)
        if kind is float and value - value == 0:  # type: ignore[operator]  # finite (NaN and infinities are not)
            return float.__repr__(value)
        return self._encode(value)


def _template(keys: tuple[str, ...], item: str, key: str, head: str = "") -> str:
    """A ``%`` template of a JSON object with ``keys`` in order, each value a ``%s``."""
    members = item.join(f"{_STRING(name)}{key}%s" for name in keys)
    return "{" + head.replace("%", "%%") + members + "}"


_result_json = ResultWriter()


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
