"""The JUnit XML report: one test case per citation, for CI systems that show test results (pure).

Shape (the common subset Jenkins, GitLab, Azure DevOps, CircleCI and the JUnit parsers agree on)::

    <testsuites name="linkcheck" tests failures errors skipped time>
      <testsuite name="<source file>" tests failures errors skipped time>      one per manifest/article
        <testcase classname="<source file>" name="line N: <url>" time>         one per citation
          <failure type="dead" message="...">details and the suggested fix</failure>   verdict fail
          <skipped message="..."/>                                                      status skipped
          <system-out>warnings, findings, suggested fix</system-out>                    verdict warn
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from linkcheck.lazyre import lazy_re
from linkcheck.models import Report, Result, Status, Verdict
from linkcheck.report.advice import location, noted_finding, problem_of, problem_title, suggest_fix
from linkcheck.report.text import placed_reason

__all__ = ["render_junit"]

#: Characters XML 1.0 forbids (controls other than tab, newline, carriage return; surrogates; U+FFFE/F).
_NOT_XML = lazy_re("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _seconds(value: float) -> str:
    return f"{max(value, 0.0):.3f}"


def _name(result: Result) -> str:
    line = result.citation.line
    return _clean(f"line {line}: {result.url}" if line is not None else result.url)


def _details(result: Result) -> str:
    lines = [f"{location(result)}  {result.url}", f"status: {result.status.value}: {placed_reason(result)}"]
    if result.final_url and result.final_url != result.url:
        lines.append(f"final URL: {result.final_url}")
    for finding in result.findings:
        lines.append(f"{finding.kind.value} [{finding.severity.value}]: {finding.message}")
    fix = suggest_fix(result)
    if fix:
        lines.append(f"suggested fix: {fix}")
    return _clean("\n".join(lines))


def _message(result: Result) -> str:
    # the test case names the file (its class name) and the line (its name): the message does not again
    if result.status is Status.OK:
        return ""
    return _clean(f"{problem_title(result)}: {placed_reason(result)}")


def _testcase(result: Result) -> ET.Element:
    case = ET.Element(
        "testcase",
        {
            "classname": _clean(result.citation.source),
            "name": _name(result),
            "time": _seconds(result.elapsed),
        },
    )
    if result.verdict is Verdict.FAIL:
        key = problem_of(result)
        message = _message(result) or _clean(
            f"{problem_title(result)}: " + "; ".join(f.message for f in result.findings)
        )
        failure = ET.SubElement(case, "failure", {"type": key, "message": message})
        failure.text = _details(result)
    elif result.status is Status.SKIPPED:
        ET.SubElement(case, "skipped", {"message": _clean(result.reason)})
    elif result.verdict is Verdict.WARN:
        out = ET.SubElement(case, "system-out")
        out.text = "WARNING: " + _details(result)
    elif noted_finding(result) is not None:  # a passing citation whose line to edit (seed25)
        out = ET.SubElement(case, "system-out")
        out.text = "NOTE: " + _details(result)
    return case


def _counts(results: Sequence[Result]) -> dict[str, str]:
    failures = sum(1 for r in results if r.verdict is Verdict.FAIL)
    skipped = sum(1 for r in results if r.verdict is not Verdict.FAIL and r.status is Status.SKIPPED)
    return {
        "tests": str(len(results)),
        "failures": str(failures),
        "errors": "0",
        "skipped": str(skipped),
        "time": _seconds(sum(r.elapsed for r in results)),
    }


def render_junit(report: Report) -> str:
    """Render the report as a JUnit XML document (UTF-8, with an XML declaration)."""
    by_source: dict[str, list[Result]] = {}
    for result in report.results:
        by_source.setdefault(result.citation.source, []).append(result)
    root = ET.Element("testsuites", {"name": "linkcheck", **_counts(report.results)})
    root.set("time", _seconds(report.elapsed))
    for source, results in by_source.items():
        suite = ET.SubElement(root, "testsuite", {"name": _clean(source), **_counts(results)})
        for result in results:
            suite.append(_testcase(result))
        if report.notes and source == next(iter(by_source)):  # after the test cases, as the XSD orders
            out = ET.SubElement(suite, "system-out")
            out.text = _clean("\n".join(f"note: {n}" for n in report.notes))
    if not by_source:
        ET.SubElement(root, "testsuite", {"name": "linkcheck", **_counts(())})
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
