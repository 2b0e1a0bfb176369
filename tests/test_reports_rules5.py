"""The rules the fifth reports probe (reports5, ``tests/test_reports_probe5.py``) asked for, on small reports.

1. The Markdown report names a citation's title in the row of a page that could not be read (dead, soft 404,
   blocked, error, skipped): "replace the link or link an archived copy" needs the story's title to search
   for, and the row held the address and ``404 Not Found`` only. Left alone: an ``ok`` page's row (a title
   mismatch quotes the cited title already), a citation that gives no title.
2. Every SARIF rule has a ``help.text`` (its description, then what to do), which GitHub code scanning
   requires of a rule and shows under an alert. Left alone: the short and full descriptions, the rule ids.
3. A report, ``--state`` or ``--cache`` path whose directory cannot be made names the path at fault: a
   regular file where a directory is needed ("cannot write: notes.txt is not a directory"), not ``File
   exists`` (found after reading ``src``: the probe asked for exit 2 and the path, which the run gave, with
   that reason). A broken link in the way is named as one. Left alone: a missing directory is still made
   (under a link to a directory too), and one that cannot be made otherwise keeps the system's reason.
4. The Markdown report of a run that found no citations is headed so, not "all 0 citations pass" (found
   after reading ``src``, in the probe's run of articles citing nothing). Left alone: a run of one passing
   citation, a run whose every citation was excluded (checked: skipped, passing).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from linkcheck.cli import check_writable, directory_error
from linkcheck.errors import ConfigError
from linkcheck.models import Citation, Finding, FindingKind, Report, Result, Severity, Status, Verdict
from linkcheck.report.markdown import cited_title, render_markdown
from linkcheck.report.sarif import RULE_ADVICE, RULE_HELP, report_to_sarif, rule_help


def _result(status: Status, verdict: Verdict, title: str | None, *findings: Finding) -> Result:
    citation = Citation(
        url="https://quay.example/2026/04/01/story", source="sources.txt", line=3, title=title
    )
    return Result(
        citation, status, "404 Not Found" if status is Status.DEAD else "200 OK", verdict, findings=findings
    )


# -- 1. the cited title of a page that could not be read ----------------------------------------------------


@pytest.mark.parametrize(
    ("status", "verdict"),
    [
        (Status.DEAD, Verdict.FAIL),
        (Status.SOFT_404, Verdict.FAIL),
        (Status.BLOCKED, Verdict.WARN),
        (Status.ERROR, Verdict.WARN),
        (Status.SKIPPED, Verdict.WARN),
    ],
)
def test_a_row_of_a_page_not_read_names_the_cited_title(status: Status, verdict: Verdict) -> None:
    result = _result(status, verdict, "Pier lights stay on")
    assert cited_title(result) == "Pier lights stay on"
    md = render_markdown(Report((result,)))
    row = next(line for line in md.split("\n") if "sources.txt:3" in line)
    assert "cited as “Pier lights stay on”" in row


def test_the_cited_title_in_a_row_is_escaped_markdown() -> None:
    md = render_markdown(Report((_result(Status.DEAD, Verdict.FAIL, "Fares | `tolls` <!-- down @desk"),)))
    row = next(line for line in md.split("\n") if "sources.txt:3" in line)
    assert "cited as “Fares \\| \\`tolls\\` \\<\\!-- down @&#8203;desk”" in row
    assert len(re.split(r"(?<!\\)\|", row.strip()[1:-1])) == 5  # the table's five columns


def test_an_ok_page_and_a_citation_without_a_title_are_left_alone() -> None:
    mismatch = Finding(
        FindingKind.TITLE_MISMATCH,
        Severity.FAIL,
        "cited title 'Pier lights stay on' does not match the page's title 'Toll bridge reopens'",
        "Pier lights stay on",
        "Toll bridge reopens",
    )
    ok = _result(Status.OK, Verdict.FAIL, "Pier lights stay on", mismatch)
    untitled = _result(Status.DEAD, Verdict.FAIL, None)
    assert cited_title(ok) is None
    assert cited_title(untitled) is None
    for result in (ok, untitled):
        assert "cited as" not in render_markdown(Report((result,)))


# -- 2. every SARIF rule's help ------------------------------------------------------------------------------


def test_every_sarif_rule_has_help_text_after_its_description() -> None:
    doc = report_to_sarif(Report((_result(Status.DEAD, Verdict.FAIL, "Pier lights stay on"),)))
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    assert rules
    for rule in rules:
        assert rule["help"]["text"] == rule_help(rule["id"])
        assert rule["help"]["text"].startswith(RULE_HELP[rule["id"]])
        assert rule["help"]["text"].endswith(RULE_ADVICE[rule["id"]])


def test_the_rules_ids_and_descriptions_are_left_alone() -> None:
    doc = report_to_sarif(Report(()))
    rules = {r["id"]: r for r in doc["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["dead"]["shortDescription"] == {"text": "Dead link"}
    assert rules["dead"]["fullDescription"] == {"text": RULE_HELP["dead"]}
    assert rules["title_changed"]["defaultConfiguration"] == {"level": "note"}
    assert set(rules) == set(RULE_HELP)


# -- 3. a directory that cannot be made names the file in the way -------------------------------------------


@pytest.mark.parametrize("below", ["r.xml", "a/b/r.xml"])
def test_a_report_under_a_regular_file_names_the_file_in_the_way(tmp_path: Path, below: str) -> None:
    (tmp_path / "notes.txt").write_text("a file\n", encoding="utf-8")
    path = str(tmp_path / "notes.txt" / below)
    with pytest.raises(ConfigError) as caught:
        check_writable([("--output", path)], [])
    in_the_way = tmp_path / "notes.txt"
    assert (
        str(caught.value)
        == f"--output {path}: cannot write: {in_the_way} is not a directory (a file is in the way)"
    )


def test_a_report_under_a_broken_link_names_the_link(tmp_path: Path) -> None:
    (tmp_path / "reports").symlink_to(tmp_path / "gone")
    path = str(tmp_path / "reports" / "r.xml")
    with pytest.raises(ConfigError, match=r"reports is a broken link \(it names nothing\)$"):
        check_writable([("--output", path)], [])


def test_a_report_under_a_link_to_a_directory_is_written_there(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "reports").symlink_to(tmp_path / "real")
    check_writable([("--output", str(tmp_path / "reports" / "nightly" / "r.xml"))], [])
    assert (tmp_path / "real" / "nightly").is_dir()


def test_a_directory_that_cannot_be_made_otherwise_keeps_the_systems_reason(tmp_path: Path) -> None:
    err = FileNotFoundError(2, "No such file or directory")
    assert directory_error(Path("/proc/linkcheck-r5"), err) == (
        "cannot write: the directory /proc/linkcheck-r5 cannot be made: No such file or directory"
    )
    with pytest.raises(ConfigError, match=r"cannot write: the directory /proc/linkcheck-r5 cannot be made: "):
        check_writable([("--state", "/proc/linkcheck-r5/s.json")], [])


def test_a_missing_directory_is_still_made(tmp_path: Path) -> None:
    path = tmp_path / "reports" / "nightly" / "r.json"
    check_writable([("--output", str(path))], [])
    assert path.parent.is_dir()
    assert list(path.parent.iterdir()) == []  # nothing left behind


# -- 4. a run that found no citations ------------------------------------------------------------------------


def test_the_markdown_report_of_no_citations_says_nothing_was_checked() -> None:
    md = render_markdown(Report(()))
    assert md.startswith("## linkcheck: no citations found, nothing checked\n")
    assert "all 0" not in md


def test_a_run_of_one_passing_citation_keeps_its_headline() -> None:
    ok = _result(Status.OK, Verdict.PASS, "Pier lights stay on")
    assert render_markdown(Report((ok,))).startswith("## linkcheck: ✅ all 1 citation pass\n")
    skipped = _result(Status.SKIPPED, Verdict.PASS, None)
    assert render_markdown(Report((skipped,))).startswith("## linkcheck: ✅ all 1 citation pass\n")
