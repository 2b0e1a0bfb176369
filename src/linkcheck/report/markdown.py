"""The Markdown report: a summary fit for a pull-request comment or ``$GITHUB_STEP_SUMMARY`` (pure).

Grouped by problem, worst first, one table row per citation with the manifest/article line, the link, what
is wrong (with the cited title when the page could not be read: a dead link's story to look for) and a
suggested fix. Passing citations are folded into a ``<details>`` block. A long group is cut at
``max_rows`` rows, fewer when the whole would pass ``max_chars`` (GitHub caps a pull-request comment at
65,536 characters and a step summary at 1 MiB); the JUnit and JSON reports always hold every citation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from linkcheck.lazyre import lazy_re
from linkcheck.models import Report, Result, RunHistory, Status, Verdict
from linkcheck.report.advice import location, problem_of, suggest_fix
from linkcheck.report.text import GROUPS, cited_title, page_authors, placed_reason, printable
from linkcheck.urls import resource_key as url_key

__all__ = ["cited_title", "render_markdown"]

_MARK = {Verdict.FAIL: "❌", Verdict.WARN: "⚠️", Verdict.PASS: "✅"}
#: Markdown's specials, and an ``&`` opening an entity (``&amp;``, ``&commat;``, ``&#64;``): a renderer
#: would decode it, so a title holding one (a page that escaped its title twice, or a hostile one) would read
#: otherwise, and ``&commat;name`` would become a mention. ``~`` is GFM's strikethrough.
_SPECIAL = lazy_re(r"[\\`*_{}\[\]<>#|!~]|&(?=#?[A-Za-z0-9]+;)")

#: What GitHub and GitLab turn into a mention or a reference in a comment's text: ``@name`` after no word
#: character (a user or team, notified), a ``#`` (issue), ``!`` (merge request), ``$`` (snippet), ``%``
#: (milestone), ``&`` (epic) or ``~`` (label) before a number (linked, and noted in the issue referred to),
#: ``GH-123``. Matched on escaped text: the sign may carry its backslash, the name open with ``\_``.
_REFERENCE = lazy_re(
    r"(?<![A-Za-z0-9_])@(?=\\?[A-Za-z0-9_])|\\?[#!$%&~](?=\d)|(?<![A-Za-z0-9_])GH(?=-\d)", re.IGNORECASE
)

#: A URL written in text (a fix's archive address): renderers link it, and text inside a link is never read
#: for mentions, so it is left whole (a zero-width space in it would break the link).
_URL_IN_TEXT = lazy_re(r"(?:https?|ftp)://[^\s<>]*|www\.[^\s<>]*", re.IGNORECASE)

#: The zero-width space, as an entity: after the sign it stops the mention or reference and shows nothing.
#: A backslash does not (GitHub looks for references after the escapes are undone), nor does an entity for
#: the sign itself.
_NO_REFERENCE = "&#8203;"


def _text(value: str) -> str:
    """Plain text safe inside a Markdown table cell: specials escaped, on one line, what a viewer acts on
    (ANSI escapes, bidi overrides) written as escapes, and no mention or issue reference
    (:func:`_unreferenced`): a report posted as a comment notifies no one."""
    return _unreferenced(_SPECIAL.sub(r"\\\g<0>", printable(" ".join(value.split()))))


def _unreferenced(text: str) -> str:
    """``text`` (escaped Markdown) with a zero-width space after each sign GitHub or GitLab would read as a
    mention or a reference (``@&#8203;name``, ``\\#&#8203;123``), outside the URLs written in it. The text
    reads the same; the e-mail address ``desk@news.example`` (a word before the ``@``) is no mention."""
    if _REFERENCE.search(text) is None:
        return text  # most text: nothing to break
    out: list[str] = []
    start = 0
    for url in _URL_IN_TEXT.finditer(text):
        out.append(_REFERENCE.sub(_break_reference, text[start : url.start()]))
        out.append(url.group(0))
        start = url.end()
    out.append(_REFERENCE.sub(_break_reference, text[start:]))
    return "".join(out)


def _break_reference(match: re.Match[str]) -> str:
    return match.group(0) + _NO_REFERENCE


def _code(value: str) -> str:
    """``value`` (a file name and line) as one code span in a table cell: its fence longer than any run of
    backticks in it (a name holding one would otherwise close the span, and what follows, ``@name``
    included, would be text), its pipes escaped (GFM splits a row at a pipe even inside a code span), on
    one line. Text in a code span is never read for mentions."""
    text = printable(value).replace("|", "\\|")
    if "`" not in text:
        return f"`{text}`"
    fence = "`" * (max(len(run) for run in re.findall("`+", text)) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _link(url: str) -> str:
    """A URL as an autolink when it can be one; otherwise escaped text."""
    if url and not re.search(r"[\s<>]", url):
        return "<" + url.replace("|", "%7C") + ">"
    return _text(url)


def _what(result: Result) -> str:
    parts: list[str] = []
    if result.status is not Status.OK:
        parts.append(f"**{result.status.value}**: {_text(placed_reason(result))}")
        title = cited_title(result)
        if title is not None:
            parts.append(f"cited as “{_text(title)}”")
    for finding in result.findings:
        parts.append(f"**{finding.kind.value}**: {_text(finding.message)}")
    said = "<br>".join(parts) or _text(result.reason)
    m = result.metadata
    if m is not None and m.republished is not None and result.status is Status.OK:
        # a story republished, which the row would otherwise leave unsaid: its own date and the day its
        # editor's note gives, as the text report's "page says" line says them (tidy4)
        first = f", first published {m.published}" if m.published else ""
        said += f"<br>republished {m.republished.value.isoformat()}{first}"
    by = page_authors(result)
    if by:
        # the page may be another story: whose it is, as the text report's "page says" line gives it (seed17)
        said += f"<br>the page's story is by {_text(by)}"
    return said


def _row(result: Result) -> str:
    fix = suggest_fix(result)
    return (
        f"| {_MARK[result.verdict]} | {_code(location(result))} | {_link(result.url)} | {_what(result)} "
        f"| {_text(fix) if fix else ''} |"
    )


def _headline(report: Report) -> str:
    s = report.summary
    noun = "citation" if s["total"] == 1 else "citations"
    if s["fail"]:
        state = f"❌ {s['fail']} of {s['total']} {noun} fail"
    elif not s["total"]:
        # "all 0 citations pass" (reports5) read as a green check of something; a step summary of a run that
        # found nothing to check (articles citing nothing, an empty manifest) says so
        state = "no citations found, nothing checked"
    elif s["warn"]:
        state = f"⚠️ no failures, {s['warn']} of {s['total']} {noun} need a look"
    else:
        state = f"✅ all {s['total']} {noun} pass"
    return f"## linkcheck: {state}"


def _counts(report: Report) -> str:
    s = report.summary
    statuses = ", ".join(f"{st.value} {s[st.value]}" for st in Status if s[st.value])
    return (
        f"**{s['total']}** checked: **{s['pass']}** pass, **{s['warn']}** warn, **{s['fail']}** fail"
        f" ({statuses or 'none checked'}) in {report.elapsed:.1f} s"
    )


def _history(history: RunHistory, by_url: dict[str, list[Result]]) -> list[str]:
    out = [
        f"**Since the last run**: {len(history.newly_broken)} newly broken,"
        f" {len(history.recovered)} recovered, {len(history.still_broken)} still broken"
        + (
            f" ({len(history.graced)} within the grace period, reported as warnings)"
            if history.graced
            else ""
        )
        + ".",
        "",
    ]
    for title, urls in (
        ("Newly broken", history.newly_broken),
        ("Recovered", history.recovered),
    ):
        if not urls:
            continue
        out.append(f"{title}:")
        for url in urls:
            where = ", ".join(_code(location(r)) for r in by_url.get(url, ()))
            out.append(f"- {_link(url)}" + (f" ({where})" if where else ""))
        out.append("")
    return out


def _table(members: Sequence[Result], max_rows: int) -> list[str]:
    out = ["| | Where | Link | Problem | Suggested fix |", "| --- | --- | --- | --- | --- |"]
    out.extend(_row(r) for r in members[:max_rows])
    if len(members) > max_rows:
        out.append(f"| | | … and {len(members) - max_rows} more | | |")
    return out


def render_markdown(report: Report, *, max_rows: int = 100, max_chars: int | None = 60_000) -> str:
    """Render the report as GitHub-flavoured Markdown, within ``max_chars`` where rows can be cut to fit."""
    text = _render(report, max_rows)
    while max_chars is not None and len(text) > max_chars and max_rows > 1:
        max_rows //= 2
        text = _render(report, max_rows)
    return text


def _render(report: Report, max_rows: int) -> str:
    groups: dict[str, list[Result]] = {}
    for result in report.results:
        groups.setdefault(problem_of(result), []).append(result)
    out = [_headline(report), "", _counts(report), ""]
    for note in report.notes:
        out.extend([f"> **Note**: {_text(note)}", ""])
    if report.history is not None:
        by_url: dict[str, list[Result]] = {}
        for result in report.results:  # by the history's key: a URL cited as HTTP://Host is http://host/
            by_url.setdefault(url_key(result.url), []).append(result)
        out.extend(_history(report.history, by_url))
    for key, heading in GROUPS.items():
        members = groups.get(key, [])
        if not members:
            continue
        if key == Status.OK.value or all(r.verdict is Verdict.PASS for r in members):
            out.append(f"<details><summary>{_text(heading)} ({len(members)})</summary>")
            out.append("")
            out.extend(_table(members, max_rows))
            out.extend(["", "</details>", ""])
            continue
        out.append(f"### {_text(heading)} ({len(members)})")
        out.append("")
        out.extend(_table(members, max_rows))
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
