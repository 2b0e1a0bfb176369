"""What the CI-facing renderers share: where a citation was written, what its problem is called, and what a
person should do about it (pure; no I/O).

Markdown, JUnit, SARIF and GitHub annotations all speak of one citation the same way: :func:`location` for
the manifest/article line, :func:`problem_of` and :func:`problem_title` for the problem it is listed under,
and :func:`suggest_fix` for the one-line suggestion.
"""

from __future__ import annotations

from linkcheck.models import Finding, FindingKind, Result, Status, Verdict
from linkcheck.report.text import GROUPS, group_of, printable

__all__ = [
    "NOTED_KINDS",
    "PROBLEM_TITLES",
    "location",
    "main_finding",
    "noted_finding",
    "problem_of",
    "problem_title",
    "suggest_fix",
]

#: Short names for each problem (annotation titles, SARIF rule names, JUnit failure types' descriptions).
PROBLEM_TITLES: dict[str, str] = {
    "invalid_citation": "Invalid citation",
    Status.DEAD.value: "Dead link",
    Status.SOFT_404.value: "Soft 404",
    FindingKind.TITLE_MISMATCH.value: "Title mismatch",
    FindingKind.DATE_MISMATCH.value: "Date mismatch",
    FindingKind.URL_DATE_MISMATCH.value: "URL date mismatch",
    FindingKind.POSTDATES_ARTICLE.value: "Source postdates the article",
    FindingKind.OUTLET_MISMATCH.value: "Outlet mismatch",
    FindingKind.POSTDATES_ACCESS.value: "Page postdates its access date",
    FindingKind.QUOTE_MISSING.value: "Quote not found",
    FindingKind.TEXT_WALLED.value: "Text behind a wall",
    FindingKind.RETRACTED.value: "Retracted by its outlet",
    FindingKind.REDIRECT_WITHOUT_TARGET.value: "Redirect with no target",
    FindingKind.ARCHIVE_MISMATCH.value: "Archived copy mismatch",
    Status.ERROR.value: "Could not verify",
    Status.BLOCKED.value: "Blocked",
    FindingKind.MOVED.value: "Moved",
    FindingKind.WRAPPED.value: "Redirect wrapper",
    FindingKind.CLICK_ID.value: "Click identifier",
    Status.SKIPPED.value: "Skipped",
    FindingKind.TITLE_CHANGED.value: "Headline edited since cited",
    FindingKind.TITLE_UNCHECKED.value: "Title not checked",
    Status.OK.value: "OK",
}
assert set(PROBLEM_TITLES) == set(GROUPS), "every text group needs a short title"


def location(result: Result) -> str:
    """``source:line`` (or just ``source`` when the line is unknown)."""
    return result.citation.where


#: The ``info`` findings that ask for an edit of the citation's line though the page passed: a redirect
#: wrapper (cite the address it spells) and a click identifier (cite the address without it). The formats
#: that list only what fails or warns (GitHub's annotations, SARIF, JUnit) show a passing result holding one
#: as a notice, a note and a test case's output (added after the seed25 probe: a manifest's ``fbclid`` was
#: named in the text and JSON reports only). A permanent move (``moved``: cite the address it moved to) is
#: one too (seed26: a source moved for good passed, and those three formats never said where to).
NOTED_KINDS = frozenset((FindingKind.WRAPPED, FindingKind.CLICK_ID, FindingKind.MOVED))


def noted_finding(result: Result) -> Finding | None:
    """The first :data:`NOTED_KINDS` finding of a passing ``result``, else ``None``."""
    if result.verdict is not Verdict.PASS:
        return None
    return next((f for f in result.findings if f.kind in NOTED_KINDS), None)


def problem_of(result: Result) -> str:
    """The problem key a result is listed under (its status unless ``ok``, else its worst finding)."""
    return group_of(result)


def problem_title(result: Result) -> str:
    return PROBLEM_TITLES.get(problem_of(result), problem_of(result))


def main_finding(result: Result) -> Finding | None:
    """The finding the result is listed under, when it is listed under a finding kind."""
    key = problem_of(result)
    return next((f for f in result.findings if f.kind.value == key), None)


def _finding_fix(finding: Finding) -> str:
    # The page's title or outlet is the server's text, quoted into every format (GitHub annotations,
    # Markdown, JUnit, SARIF): written with escapes for what a terminal or a bidi-aware viewer acts on.
    actual = printable(finding.actual) if finding.actual else finding.actual
    expected = finding.expected
    kind = finding.kind
    if kind is FindingKind.MOVED:
        if not actual and "look-alike host" in finding.message:  # classify.lookalike_named: nothing to cite
            return "check that the link's host is the cited site's: its name is a look-alike's"
        return f"update the link to {actual}" if actual else "update the link to where it now redirects"
    if kind is FindingKind.TITLE_MISMATCH:
        return (
            f"check the link points at the cited story; if it does, update the title to “{actual}”"
            if actual
            else "check the link points at the cited story"
        )
    if kind is FindingKind.DATE_MISMATCH:
        return f"update the date to {actual}" if actual else "check the cited date"
    if kind is FindingKind.URL_DATE_MISMATCH:
        return "check the link points at the cited story (the URL's date and the page's disagree)"
    if kind is FindingKind.POSTDATES_ARTICLE:
        when = f" (published {actual}, after the article's {expected})" if actual and expected else ""
        return f"remove the citation or re-date it{when}: a later source cannot support the article"
    if kind is FindingKind.OUTLET_MISMATCH:
        return f"update the outlet to “{actual}”" if actual else "check the cited outlet"
    if kind is FindingKind.POSTDATES_ACCESS:
        return "check the page is still the one cited; if it was replaced, link an archived copy"
    if kind is FindingKind.QUOTE_MISSING:
        return "check the quotation against the page (or an archived copy of it, if the page was edited)"
    if kind is FindingKind.TEXT_WALLED:
        return "read the story's text through a subscription or an account, or link a copy that shows it"
    if kind is FindingKind.RETRACTED:
        return "do not rely on the story: its outlet retracted it; cite the retraction or another source"
    if kind is FindingKind.REDIRECT_WITHOUT_TARGET:
        return "check the link in a browser: the site redirects to no address, and what it shows may change"
    if kind is FindingKind.ARCHIVE_MISMATCH:
        if expected and expected.startswith(("http://", "https://")):
            return f"replace the archive link with a capture of {expected}"
        return "replace the archive link with a capture made on or after the cited date"
    if kind is FindingKind.TITLE_CHANGED:
        now = f" to “{actual}”" if actual else ""
        return f"nothing needs fixing; to cite the page as it reads now, update the title{now}"
    if kind is FindingKind.TITLE_UNCHECKED:
        return "open the link to confirm the cited title by hand"
    if kind is FindingKind.WRAPPED:
        return f"replace the wrapper with the address it wraps: {actual}"
    if kind is FindingKind.CLICK_ID:
        return f"drop the click identifier from the address: {actual}"
    return finding.message  # pragma: no cover - every kind is handled above


def suggest_fix(result: Result) -> str:
    """One imperative sentence a person can act on for this result ("" when there is nothing to do)."""
    key = problem_of(result)
    archive = result.citation.archive_url
    if key == "invalid_citation":
        return "fix the manifest line (see the reason)"
    if key in (Status.DEAD.value, Status.SOFT_404.value):
        if archive and not any(f.kind is FindingKind.ARCHIVE_MISMATCH for f in result.findings):
            return f"link the archived copy instead: {archive}"
        if archive:  # the cited copy is of another address or an earlier day: not a replacement
            return f"replace the link, or link a capture of {result.url} instead of the cited archive"
        return "replace the link or link an archived copy"
    if key == Status.ERROR.value:
        return "re-run later; if it keeps failing, open the link by hand"
    if key == Status.BLOCKED.value:
        return "open the link in a browser to verify it by hand, or cite an archived copy"
    if key == Status.SKIPPED.value:
        return "" if result.verdict is Verdict.PASS else "check the link by hand"
    if key == Status.OK.value:
        return ""
    finding = main_finding(result)
    return _finding_fix(finding) if finding is not None else ""
