"""The SARIF 2.1.0 report, so code-scanning UIs show a broken citation on the article's line (pure).

One run, tool ``linkcheck`` with one rule per problem (the statuses and finding kinds the text report groups
by; each with the short and full descriptions and the ``help`` GitHub code scanning requires of a rule), and
one result per citation that does not pass cleanly: ``level`` is ``error`` for a failing citation and
``warning`` for one that warns, located on the manifest/article line (``%SRCROOT%``-relative for
relative paths, so GitHub code scanning maps it onto the repository). ``partialFingerprints`` carries the
problem, the file, the URL and which of that file's citations of the URL it is (:func:`fingerprint`), so the
same broken link is one alert across runs even when lines move, and two places citing one URL are two.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from linkcheck import __version__
from linkcheck.models import Report, Result, Status, Verdict
from linkcheck.report.advice import PROBLEM_TITLES, location, noted_finding, problem_of, suggest_fix
from linkcheck.report.text import page_authors, placed_reason

__all__ = [
    "FINGERPRINT_KEY",
    "RULE_ADVICE",
    "RULE_HELP",
    "SARIF_SCHEMA",
    "citation_turns",
    "fingerprint",
    "render_sarif",
    "report_to_sarif",
    "rule_help",
]

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

#: The full description of each rule (problem).
RULE_HELP: dict[str, str] = {
    "invalid_citation": "A manifest line could not be parsed.",
    Status.DEAD.value: "The cited page is gone: 404 or 410, an unknown host, a refused connection.",
    Status.SOFT_404.value: (
        "The cited page answers, but with an error page, the site's front page, a parked domain's"
        " placeholder or link spam."
    ),
    "title_mismatch": "The cited title matches none of the titles the page gives itself.",
    "date_mismatch": "The cited date differs from the page's publication date.",
    "url_date_mismatch": "The date in the URL disagrees with the page's own publication date.",
    "postdates_article": "The source was published after the citing article, so it cannot support it.",
    "outlet_mismatch": "The cited outlet is not the site that published the page.",
    "postdates_access": (
        "The page was published after the date its citation says it was accessed: it was replaced since."
    ),
    "quote_missing": "The words the citation quotes are not in the page's text.",
    "retracted": (
        "The cited story is there, but its outlet has retracted it: a note above its text says what it"
        " reported is withdrawn."
    ),
    "redirect_without_target": (
        "The site answers the link with a redirect (3xx) that names no target (no Location header): the page"
        " its body holds, which browsers show, was read and checked."
    ),
    "text_walled": (
        "The cited story is there, but only its opening can be read: the rest of its text is behind a"
        " paywall, a registration wall or a metered wall."
    ),
    "archive_mismatch": (
        "The cited archived copy is a capture of another address, or was captured before the cited date."
    ),
    Status.ERROR.value: "Could not verify the page: timeouts, server errors, TLS failures, oversized pages.",
    Status.BLOCKED.value: "The site answered but refused to show the page (401, 403, 429, bot challenges).",
    "moved": "The link permanently redirects to another URL; cite the new one.",
    "wrapped": (
        "The cited address is a redirect wrapper (a click tracker, a safety scanner) whose own address spells"
        " the page it leads to; that page was checked, without a request to the wrapper."
    ),
    "click_id": (
        "The cited address carries a click identifier (fbclid, gclid, msclkid): one reader's click, added by"
        " the network the page was reached through, no part of the page's address. It was checked as written."
    ),
    Status.SKIPPED.value: "The link was not fetched (not http(s), excluded, refused by the address guard).",
    "title_changed": (
        "The page's headline is not the cited title, but the cited address spells it: the same story,"
        " its headline edited since it was cited."
    ),
    "title_unchecked": (
        "The page answered but states no title (or is a file no title is read from, such as an image):"
        " the cited title could not be checked."
    ),
}
#: What to do about each rule's alerts: the rule's ``help.text`` (after its full description), which GitHub
#: code scanning requires of a rule and shows under an alert (reports5: the rules had none).
RULE_ADVICE: dict[str, str] = {
    "invalid_citation": "Fix the line so that it parses (docs/sources-format.md).",
    Status.DEAD.value: "Replace the link with the page's new address, or link an archived copy.",
    Status.SOFT_404.value: "Replace the link with the page's new address, or link an archived copy.",
    "title_mismatch": "Check that the link points at the cited story; if it does, cite the page's title.",
    "date_mismatch": "Cite the page's publication date, or check that the link points at the cited story.",
    "url_date_mismatch": "Check that the link points at the cited story.",
    "postdates_article": "Remove the citation or re-date it: a later source cannot support the article.",
    "outlet_mismatch": "Cite the outlet that published the page, or check the link.",
    "postdates_access": "Link an archived copy of the page as it was on the day it was read.",
    "quote_missing": "Check the quoted words against the page, or link an archived copy that holds them.",
    "text_walled": "Check the cited text through a subscription or an account, or link a readable copy.",
    "retracted": "Do not rely on the retracted story: cite the retraction, or another source.",
    "redirect_without_target": "Check the link in a browser: what the site shows there may change.",
    "archive_mismatch": "Link a copy of the cited address captured on or after the cited date.",
    Status.ERROR.value: "Check the link by hand; a later run may reach it.",
    Status.BLOCKED.value: "Check the link in a browser: the site refused an automated client.",
    "moved": "Update the link to the address it redirects to.",
    "wrapped": "Replace the wrapper with the address it wraps.",
    "click_id": "Drop the click identifier from the cited address.",
    Status.SKIPPED.value: "Nothing to do unless the link should be checked: see why it was skipped.",
    "title_changed": "Update the cited title to the page's current headline, if the citation should say so.",
    "title_unchecked": "Check the cited title against the page by hand.",
}
_RULES = [key for key in PROBLEM_TITLES if key != Status.OK.value]
assert set(_RULES) == set(RULE_HELP) == set(RULE_ADVICE)


def rule_help(key: str) -> str:
    """A rule's ``help.text``: what the problem is, then what to do about it."""
    return f"{RULE_HELP[key]} {RULE_ADVICE[key]}"


#: Each rule's default level but ``error``: what warns by default, and the notes (``info`` findings).
_LEVELS = {
    "moved": "warning",
    "redirect_without_target": "warning",
    "blocked": "warning",
    "error": "warning",
    "skipped": "warning",
    "title_changed": "note",
    "title_unchecked": "note",
    "wrapped": "note",
    "click_id": "note",
}


def _rule(key: str) -> dict[str, Any]:
    return {
        "id": key,
        "name": "".join(word.capitalize() for word in key.split("_")),
        "shortDescription": {"text": PROBLEM_TITLES[key]},
        "fullDescription": {"text": RULE_HELP[key]},
        "help": {"text": rule_help(key)},
        "defaultConfiguration": {"level": _LEVELS.get(key, "error")},
        "properties": {"tags": ["citations", "links"]},
    }


def _artifact(source: str) -> dict[str, Any] | None:
    if not source or source.startswith("<"):  # <stdin>, <string>: no file to point at
        return None
    if PureWindowsPath(source).is_absolute() and not source.startswith("/"):
        return {"uri": PureWindowsPath(source).as_uri()}
    path = PurePosixPath(source.replace("\\", "/"))
    if path.is_absolute():
        return {"uri": path.as_uri()}
    parts = [p for p in path.parts if p != "."]
    return {"uri": quote("/".join(parts)), "uriBaseId": "%SRCROOT%"}


def _message(result: Result, *, placed: bool = False) -> str:
    """``placed``: the result has a location naming the file: an unreadable input's reason does not again."""
    parts = [f"{result.url}: "]
    if result.status is not Status.OK:
        parts.append(f"{result.status.value}: {placed_reason(result) if placed else result.reason}")
    parts.append("; ".join(f.message for f in result.findings) if result.status is Status.OK else "")
    text = "".join(parts).rstrip("; ")
    fix = suggest_fix(result)
    if fix:
        text = f"{sentence(text)} Suggested fix: {sentence(fix)}"
    by = page_authors(result)
    if by:
        text = f"{sentence(text)} The page's story is by {sentence(by)}"  # whose story answers (seed17)
    return text


def sentence(text: str) -> str:
    """``text`` closed by a full stop, unless it ends a sentence already: a finding that asks ("... the
    page's date is the cited day: a translation?") is not followed by a stray "." before the suggested fix
    (it read "a translation?. Suggested fix", seed6 probe)."""
    return text if text.endswith((".", "?", "!", "\u2026")) else f"{text}."


#: The ``partialFingerprints`` key. ``v1`` hashed the problem and the URL alone; ``v2`` (reports4) adds the
#: file and the citation's turn: a new name, since a fingerprint whose computation changes must not be read as
#: the old one's.
FINGERPRINT_KEY = "linkcheck/v2"


def fingerprint(problem: str, source: str, url: str, turn: int) -> str:
    """The alert's identity across runs: the problem, the citing file, the URL and ``turn``, which of the
    file's citations of that URL it is (0 for the first, in the order given).

    Why not the line: code scanning matches a night's alerts to the last night's by their fingerprints, and a
    line inserted above would close every alert below it and open it again as new. Why the file and the
    turn (reports4): with the problem and the URL alone, two articles citing one dead URL, or one article
    citing it twice, gave one fingerprint, and code scanning showed one alert for all of them: fixing one
    place seemed to fix none, and the others were never listed. Lines inserted or removed around them keep
    the turns."""
    return hashlib.sha256(f"{problem}\n{source}\n{turn}\n{url}".encode()).hexdigest()[:32]


def citation_turns(results: Iterable[Result]) -> list[int]:
    """For each result in order, how many results before it were cited from the same file with the same
    URL (every result counts, a passing one too, so that one citation's recovery renumbers none)."""
    seen: dict[tuple[str, str], int] = {}
    turns = []
    for result in results:
        place = (result.citation.source, result.url)
        turn = seen.get(place, 0)
        seen[place] = turn + 1
        turns.append(turn)
    return turns


def _level(result: Result) -> str:
    """``error`` for a failing citation, ``warning`` for one that warns, ``note`` for a passing one holding a
    :func:`noted_finding` (seed25)."""
    if result.verdict is Verdict.PASS:
        return "note"
    return "error" if result.verdict is Verdict.FAIL else "warning"


def _result(result: Result, rule_index: dict[str, int], turn: int = 0) -> dict[str, Any]:
    key = problem_of(result)
    artifact = _artifact(result.citation.source)
    out: dict[str, Any] = {
        "ruleId": key,
        "ruleIndex": rule_index[key],
        "level": _level(result),
        "message": {"text": _message(result, placed=artifact is not None)},
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(key, result.citation.source, result.url, turn)},
        "properties": {
            "url": result.url,
            "status": result.status.value,
            "cause": result.cause.value if result.cause else None,
            "verdict": result.verdict.value,
            "findings": [f.kind.value for f in result.findings],
            "where": location(result),
        },
    }
    if artifact is not None:
        physical: dict[str, Any] = {"artifactLocation": artifact}
        if result.citation.line is not None and result.citation.line >= 1:
            physical["region"] = {"startLine": result.citation.line}
        out["locations"] = [{"physicalLocation": physical}]
    return out


def report_to_sarif(report: Report) -> dict[str, Any]:
    """The SARIF log as a dict (what :func:`render_sarif` serialises)."""
    rule_index = {key: i for i, key in enumerate(_RULES)}
    turns = citation_turns(report.results)
    results = [
        _result(r, rule_index, turn)
        for r, turn in zip(report.results, turns, strict=True)
        if r.verdict is not Verdict.PASS or noted_finding(r) is not None
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "linkcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(key) for key in _RULES],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [
                    {"level": "note", "message": {"text": note}} for note in report.notes
                ],
            }
        ],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render_sarif(report: Report) -> str:
    return json.dumps(report_to_sarif(report), ensure_ascii=False, indent=2) + "\n"
