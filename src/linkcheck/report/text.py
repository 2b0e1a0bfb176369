"""The text report for people: grouped by problem, one entry per citation, then (over several files) each
file's counts, the most failures first, and a summary count at the end."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from linkcheck.lazyre import lazy_re
from linkcheck.models import Cause, FindingKind, Report, Result, Severity, Status, Verdict, clipped, unplaced

__all__ = [
    "articles_to_fix",
    "cited_title",
    "display_width",
    "group_of",
    "page_authors",
    "printable",
    "render_text",
    "wrap_for_terminal",
]

#: Group headings, in the order they are printed: the worst problems first.
GROUPS: dict[str, str] = {
    "invalid_citation": "Invalid citations",
    Status.DEAD.value: "Dead links",
    Status.SOFT_404.value: (
        "Soft 404s (the page answers but is an error page, front page, parked domain or spam)"
    ),
    "title_mismatch": "Title mismatches",
    "date_mismatch": "Date mismatches",
    "url_date_mismatch": "URL date disagrees with the page",
    "postdates_article": "Sources published after the citing article",
    "outlet_mismatch": "Outlet mismatches",
    "postdates_access": "Pages published after their citation's access date (replaced since?)",
    "quote_missing": "Quotes not found on the page",
    "text_walled": "Stories whose text is behind a wall (only their opening can be read)",
    "retracted": "Stories their outlet has retracted (the text is kept under its note)",
    "redirect_without_target": "Redirects naming no target (the page their body shows was read)",
    "archive_mismatch": "Archived copies of another address or an earlier day",
    Status.ERROR.value: "Errors (could not verify)",
    Status.BLOCKED.value: "Blocked (reachable, but the site refused to show the page)",
    "moved": "Moved (permanent redirects)",
    "wrapped": "Redirect wrappers (checked at the address each spells: cite that address)",
    "click_id": "Click identifiers in cited addresses (checked as written: cite the address without them)",
    Status.SKIPPED.value: "Skipped",
    "title_changed": "Headlines edited since they were cited (the address still spells the cited title)",
    "title_unchecked": "Titles not checked (the page states none, or is a file no title is read from)",
    Status.OK.value: "OK",
}

_SEVERITY_RANK = {Severity.FAIL: 0, Severity.WARN: 1, Severity.INFO: 2}
#: What a terminal acts on rather than shows: C0 control characters but tab, C1 ones and DEL (``ESC [2J``
#: clears the screen, ``ESC ]0;...`` retitles the window), and the bidirectional overrides and isolates that
#: make text read in another order than it is. Servers choose much of what a report says (reasons, titles).
_UNPRINTABLE = lazy_re("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every character a terminal would act on written as an escape (``\\x1b``), so a line
    of the report stays one line of plain text whatever a server sent."""
    return _UNPRINTABLE.sub(_escape, text) if _UNPRINTABLE.search(text) else text


def placed_reason(result: Result) -> str:
    """``result.reason`` for a report that writes the citation's place beside it: an unreadable input's
    ``error`` opens with its file's name, which the place has just said (:func:`~linkcheck.models.unplaced`).
    Every other reason as it is; the JSON reports keep the reason whole, as they are read field by field."""
    if result.cause is Cause.INVALID_CITATION:
        return unplaced(result.reason, result.citation.source)
    return result.reason


def cited_title(result: Result) -> str | None:
    """The citation's title, for an entry whose page could not be read (any status but ``ok``); else None.

    Why (reports5): a dead link's entry named its address and ``404 Not Found`` only, and "replace the link
    or link an archived copy" needs the story's title to search for; an entry of an ``ok`` page names it
    already where it matters (a title mismatch quotes it), and a citation that gives no title has none to
    name. The text and Markdown reports both ask this."""
    if result.status is Status.OK or not result.citation.title:
        return None
    return result.citation.title


#: Findings that say the page may be another story or another outlet's: there, who the page says wrote it
#: tells the editor at a glance whose story answers (seed17).
_WHOSE = frozenset((FindingKind.TITLE_MISMATCH, FindingKind.OUTLET_MISMATCH))


def page_authors(result: Result) -> str | None:
    """Who the page says wrote it (its ``author``, names joined by ", "), for a result of a page read whose
    title or outlet is not the cited one; else None.

    Why (seed17): the related article's address serving another reporter's story was reported by its
    headline alone; the JSON report's ``author`` named the other reporter, the text, Markdown and SARIF
    reports did not. Left unsaid on a page that matches, where the author is no news to the editor."""
    m = result.metadata
    if m is None or not m.author or result.status is not Status.OK:
        return None
    if not any(f.kind in _WHOSE for f in result.findings):
        return None
    own = {n.casefold() for n in (m.site_name, m.publisher) if n}
    names = [printable(a.name) for a in m.author if a.name.casefold() not in own]
    return ", ".join(names) or None  # the site itself as its story's author tells nothing more


def group_of(result: Result) -> str:
    """The problem a result is listed under: its status unless ``ok``, else its most serious finding."""
    if result.cause is not None and result.cause.value == "invalid_citation":
        return "invalid_citation"
    if result.status is not Status.OK:
        return str(result.status)
    if result.findings:
        worst = min(result.findings, key=lambda f: _SEVERITY_RANK[f.severity])
        return str(worst.kind)
    return str(Status.OK)


#: Statuses of a page no longer there, for which a citation's archived copy is what a reader can still open.
_GONE = frozenset((Status.DEAD, Status.SOFT_404))


def _entry(result: Result) -> list[str]:
    mark = {Verdict.FAIL: "FAIL", Verdict.WARN: "WARN", Verdict.PASS: "ok  "}[result.verdict]
    lines = [f"  {mark} {result.citation.where}  {result.url}"]
    detail = result.status.value if result.status is not Status.OK else ""
    reason = f"{detail}: {placed_reason(result)}" if detail else result.reason
    if result.final_url and result.final_url != result.url:
        reason += f" (now at {result.final_url})"
    lines.append(f"         {reason}")
    title = cited_title(result)
    if title is not None:
        # on one line, cut as a reason quotes a page's line (fix7): a title is the citer's text, of any length
        lines.append(f"         cited as “{clipped(' '.join(title.split()))}”")
    archive = result.citation.archive_url
    if archive and result.status in _GONE:
        # the page is gone and the citation names a copy: say where the cited page is kept (added after the
        # seed5 probe; the Markdown report's advice says so too). A copy of another address or day is named
        # as cited; its archive_mismatch finding below says what is wrong with it.
        lines.append(f"         archived copy: {archive}")
    m = result.metadata
    if m is not None and result.status is Status.OK and (m.title or m.published or m.republished):
        by = page_authors(result)
        said = " | ".join(
            part
            for part in (
                f"title: {m.title}" if m.title else "",
                f"published: {m.published}" if m.published else "",
                # a story republished: its own date, beside the day its editor's note gives (tidy4)
                f"republished: {m.republished.value.isoformat()}" if m.republished else "",
                f"by: {by}" if by else "",
                f"site: {m.site_name}" if m.site_name else "",
            )
            if part
        )
        lines.append(f"         page says {said}")
    for finding in result.findings:
        lines.append(f"         {finding.kind.value} [{finding.severity.value}]: {finding.message}")
    return lines


def _summary(report: Report) -> str:
    s = report.summary
    statuses = ", ".join(f"{st.value} {s[st.value]}" for st in Status if s[st.value])
    noun = "citation" if s["total"] == 1 else "citations"
    return (
        f"{s['total']} {noun}: {s['pass']} pass, {s['warn']} warn, {s['fail']} fail"
        f" ({statuses or 'none checked'}) in {report.elapsed:.1f} s"
    )


def articles_to_fix(results: Sequence[Result]) -> list[str]:
    """The per-article lines a site's maintainer reads to know which article to fix first: each file whose
    citations fail or warn, with its counts, the most failures first (then the most warnings, then in the
    order the files came), e.g. ``  site/b.md  3 fail, 1 warn of 4 citations``. Empty when the results come
    from fewer than two files, or none fails or warns: one file's counts are the summary line's. Why: over a
    site the entries are grouped by problem, so one article's failures were spread over the groups and
    nobody could tell which article held the most without counting lines (added after the fifth site probe).
    """
    counts: dict[str | None, list[int]] = {}
    for result in results:
        tally = counts.setdefault(result.citation.source, [0, 0, 0])
        tally[2] += 1
        if result.verdict is Verdict.FAIL:
            tally[0] += 1
        elif result.verdict is Verdict.WARN:
            tally[1] += 1
    if len(counts) < 2:
        return []
    order = {source: n for n, source in enumerate(counts)}
    bad = sorted(
        (source for source, tally in counts.items() if tally[0] or tally[1]),
        key=lambda source: (-counts[source][0], -counts[source][1], order[source]),
    )
    lines = []
    for source in bad:
        fail, warn, total = counts[source]
        noun = "citation" if total == 1 else "citations"
        lines.append(f"  {source or '<unknown>'}  {fail} fail, {warn} warn of {total} {noun}")
    return [f"Articles to fix, the most failures first ({len(lines)})", *lines, ""] if lines else []


def render_text(report: Report, *, show_ok: bool = True) -> str:
    """Render for a terminal or a log. ``show_ok=False`` leaves out citations that passed cleanly."""
    groups: dict[str, list[Result]] = {}
    for result in report.results:
        groups.setdefault(group_of(result), []).append(result)
    out: list[str] = []
    for note in report.notes:
        out.append(printable(f"note: {note}"))
    if report.notes:
        out.append("")
    for key, heading in GROUPS.items():
        members: Sequence[Result] = groups.get(key, ())
        if not members or (key == Status.OK.value and not show_ok):
            continue
        out.append(f"{heading} ({len(members)})")
        for result in members:
            out.extend(printable(line) for line in _entry(result))
        out.append("")
    out.extend(printable(line) for line in articles_to_fix(report.results))
    out.append(_summary(report))
    return "\n".join(out) + "\n"


def display_width(text: str) -> int:
    """The columns ``text`` takes on a terminal: a wide or full-width character (CJK) two, a combining mark
    none, any other one. Cyrillic, Greek and Latin letters are one column each, however many bytes UTF-8
    spends on them."""
    if text.isascii():
        return len(text)
    total = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


#: An entry's first line (``  FAIL sources.txt:3  https://...``): its URL is never moved off it.
_ENTRY_LINE = lazy_re(r"  (?:FAIL|WARN|ok  ) ")


def wrap_for_terminal(text: str, width: int) -> str:
    """The text report ``text`` fitted to a terminal ``width`` columns wide (cli5): a line wider than it is
    broken at spaces into lines that fit, each continuation indented two columns under the line's own
    indentation, so a long reason, a page's "page says" line or a note reads on an 80-column terminal
    instead of being folded by the terminal through its indentation. Columns are counted by
    :func:`display_width`. Left whole: a word wider than the room left (a URL is never cut, so it can be
    copied or clicked), an entry's first line (its place and URL), a group's heading (a fixed text, coloured
    as one line), and every line when ``width`` is too narrow to hold an indented word (under 40 columns).
    The summary line is broken only between its counts (``skipped 1`` stays together). Off a terminal the
    report is not wrapped at all (the caller's choice): a log or ``grep`` keeps one line per reason."""
    if width < 40:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if (len(line) <= width and display_width(line) <= width) or _ENTRY_LINE.match(line):
            out.append(line)
        elif _SUMMARY_LINE.match(line):
            out.extend(_wrapped(line, width, _SUMMARY_BREAK.split(line)))
        elif line.startswith(("  ", "note: ")):
            out.extend(_wrapped(line, width, line.lstrip(" ").split(" ")))
        else:
            out.append(line)
    return "\n".join(out)


#: The summary line (:func:`_summary`), and where it may be broken: after a comma, before its parenthesis
#: of statuses, before its time.
_SUMMARY_LINE = lazy_re(r"\d+ citations?: \d+ pass, ")
_SUMMARY_BREAK = lazy_re(r"(?<=,) | (?=\()| (?=in [\d.]+ s$)")


def _wrapped(line: str, width: int, words: Sequence[str]) -> list[str]:
    """``line``'s ``words`` (its text after its indentation, split where it may be broken) joined greedily by
    single spaces into lines of at most ``width`` columns (see :func:`wrap_for_terminal`)."""
    indent = line[: len(line) - len(line.lstrip(" "))]
    follow = indent + "  "
    lines: list[str] = []
    current, used = indent, len(indent)
    for word in words:
        size = display_width(word)
        if current.strip() and used + 1 + size > width:
            lines.append(current)
            current, used = follow + word, len(follow) + size
        elif current.strip():
            current, used = f"{current} {word}", used + 1 + size
        else:
            current, used = current + word, used + size
    lines.append(current)
    return lines
