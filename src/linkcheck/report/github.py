"""GitHub Actions annotations: ``::error file=...,line=...,title=...::message`` workflow commands (pure).

A failing citation is an ``error``, a warning one a ``warning``; passing citations say nothing. Failures come
first, each kind in the order the citations were given. GitHub shows at most ``ANNOTATIONS_SHOWN`` (10)
annotations of each kind a step and drops the rest without a word, so a run with more of a kind ends with
one ``::notice`` that says how many were printed and that the report holds them all (notices have a quota of
their own, so it is shown). Escaping follows the runner's rules: in the message ``%``, ``\\r`` and ``\\n``
are percent-encoded; in property values ``:`` and ``,`` too.

The CLI prints these to standard error by itself when ``GITHUB_ACTIONS=true`` (the runner reads workflow
commands from both streams, and stderr keeps standard output clean for ``--format json``), and to standard
output or ``--output`` with ``--format github``.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from linkcheck.models import Report, Result, Status, Verdict
from linkcheck.report.advice import noted_finding, problem_title, suggest_fix
from linkcheck.report.text import placed_reason, printable

__all__ = [
    "ANNOTATIONS_SHOWN",
    "annotation",
    "escape_data",
    "escape_property",
    "overflow_notice",
    "render_github",
]

#: Annotations of one kind (error, warning, notice) GitHub shows for a step; the rest are dropped silently.
ANNOTATIONS_SHOWN = 10


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value (``file``, ``title``...)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _file(source: str, workspace: str | None) -> str | None:
    if not source or source.startswith("<"):
        return None
    path = source.replace("\\", "/")
    if workspace:
        root = workspace.replace("\\", "/").rstrip("/") + "/"
        if path.startswith(root):
            path = path[len(root) :]
    return str(PurePosixPath(path)) if path else None


def _message(result: Result, *, placed: bool = False) -> str:
    """``placed``: the annotation names the file, so an unreadable input's reason does not again. A citation
    read from a JSON file is named by its JSON Pointer too (seed26: every citation of a compact file stands
    at its line 1, the annotation's only place)."""
    pointer = result.citation.pointer
    parts = [result.url if pointer is None else f"{result.url} ({pointer})"]
    if result.status is not Status.OK:
        parts.append(f"{result.status.value}: {placed_reason(result) if placed else result.reason}")
    parts.extend(f"{f.kind.value}: {f.message}" for f in result.findings)
    fix = suggest_fix(result)
    if fix:
        parts.append(f"Suggested fix: {fix}")
    # Actions logs render ANSI escapes: a server's text must not recolour or hide the lines around it.
    return "\n".join(printable(part) for part in parts)


def annotation(result: Result, *, workspace: str | None = None) -> str | None:
    """The workflow command for one result, or ``None`` when it passes (a ``::notice`` when it passes holding
    a :func:`~linkcheck.report.advice.noted_finding`)."""
    if result.verdict is Verdict.PASS:
        if noted_finding(result) is None:
            return None
        level = "notice"  # a passing citation whose line to edit (a wrapper, a click id: seed25)
    else:
        level = "error" if result.verdict is Verdict.FAIL else "warning"
    props: list[str] = []
    file = _file(result.citation.source, workspace)
    if file is not None:
        props.append(f"file={escape_property(file)}")
        if result.citation.line is not None:
            props.append(f"line={result.citation.line}")
    props.append(f"title={escape_property('linkcheck: ' + problem_title(result))}")
    return f"::{level} {','.join(props)}::{escape_data(_message(result, placed=file is not None))}"


def overflow_notice(errors: int, warnings: int) -> str | None:
    """The ``::notice`` closing a run with more annotations of a kind than GitHub shows a step, or ``None``.

    GitHub drops an annotation past the tenth of its kind in a step without saying so: a reader of the
    checks page would take ten dead links for all of them. The notice counts what was printed, per kind, and
    points to the log and the report; it is one notice (notices have their own quota of ten), and it names
    no file, so it lands on the run, not on a line."""
    over = [(n, kind) for n, kind in ((errors, "error"), (warnings, "warning")) if n > ANNOTATIONS_SHOWN]
    if not over:
        return None
    counts = " and ".join(f"{n} {kind}s" for n, kind in over)
    message = (
        f"{counts} were annotated; GitHub shows only the first {ANNOTATIONS_SHOWN} of each kind a step. "
        "Every one is in this step's log, and in a report file: "
        "--output junit=PATH, markdown=PATH or sarif=PATH."
    )
    title = escape_property("linkcheck: more annotations than GitHub shows")
    return f"::notice title={title}::{escape_data(message)}"


def render_github(report: Report, *, workspace: str | None = None) -> str:
    """Every annotation, failures first, one per line, and :func:`overflow_notice` last when a kind has
    more than GitHub shows. ``workspace`` (``$GITHUB_WORKSPACE``) is stripped from absolute paths so
    annotations land on repository files."""
    ordered = sorted(report.results, key=lambda r: r.verdict is not Verdict.FAIL)
    lines = [a for a in (annotation(r, workspace=workspace) for r in ordered) if a is not None]
    errors = sum(1 for line in lines if line.startswith("::error"))
    warnings = sum(1 for line in lines if line.startswith("::warning"))
    notice = overflow_notice(errors, warnings)
    if notice is not None:
        lines.append(notice)
    return "".join(line + "\n" for line in lines)
