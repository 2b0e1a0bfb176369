"""The rules reports3's probe (``tests/test_reports_probe3.py``) led to, each with what it must leave alone.

- ``report.github.overflow_notice``: GitHub shows ten annotations of each kind (error, warning, notice) a step
  and drops the rest without a word; a run that prints more errors or more warnings than that ends with one
  ``::notice`` saying how many of each were printed and where all of them are. A run within the limit gets
  no notice, and the annotations themselves are unchanged (one per citation that does not pass, failures
  first, each kind in the order given).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkcheck.models import Citation, Report, Result, Status, Verdict
from linkcheck.report import github as gh
from linkcheck.report.github import render_github
from tests.site_server import Page, serve


def _report(fails: int, warns: int, passes: int = 0) -> Report:
    results = []
    line = 0
    for verdict, status, n in (
        (Verdict.FAIL, Status.DEAD, fails),
        (Verdict.WARN, Status.BLOCKED, warns),
        (Verdict.PASS, Status.OK, passes),
    ):
        for _ in range(n):
            line += 1
            citation = Citation(url=f"https://news.example/story-{line}", source="sources.txt", line=line)
            results.append(Result(citation, status, f"answer {line}", verdict))
    return Report(tuple(results))


def test_the_limit_is_githubs_ten_a_kind() -> None:
    assert gh.ANNOTATIONS_SHOWN == 10


@pytest.mark.parametrize(
    ("errors", "warnings", "said"),
    [
        (11, 0, "11 errors"),
        (0, 11, "11 warnings"),
        (35, 15, "35 errors and 15 warnings"),
        (12, 3, "12 errors"),
    ],
)
def test_overflow_notice_counts_each_kind_over_the_limit(errors: int, warnings: int, said: str) -> None:
    notice = gh.overflow_notice(errors, warnings)
    assert notice is not None
    assert notice.startswith("::notice title=linkcheck%3A more annotations than GitHub shows::")
    assert f"::{said} were annotated; GitHub shows only the first 10 of each kind a step." in notice
    assert "\n" not in notice
    assert "file=" not in notice  # on the run, not on a line of a file


@pytest.mark.parametrize(("errors", "warnings"), [(0, 0), (10, 10), (10, 0), (1, 9)])
def test_no_notice_within_the_limit(errors: int, warnings: int) -> None:
    assert gh.overflow_notice(errors, warnings) is None


def test_render_github_ends_with_the_notice_when_a_kind_overflows() -> None:
    lines = render_github(_report(fails=12, warns=4, passes=5)).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error"] * 12 + ["::warning"] * 4 + ["::notice"]
    assert "12 errors were annotated" in lines[-1]


def test_render_github_leaves_a_run_within_the_limit_alone() -> None:
    lines = render_github(_report(fails=10, warns=10, passes=3)).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error"] * 10 + ["::warning"] * 10
    assert render_github(_report(fails=0, warns=0, passes=4)) == ""


# --- the command line under GitHub Actions --------------------------------------------------------------


GONE = Page(404, b"<html><title>404 Not Found</title></html>", {"Content-Type": "text/html"})


@pytest.fixture
def dead_site() -> Iterator[str]:
    with serve(answer=lambda _request: GONE) as site:  # every path is gone
        yield site.origin


def _run_under_actions(cwd: Path, n: int, base: str) -> subprocess.CompletedProcess[str]:
    (cwd / "sources.txt").write_text("".join(f"{base}/gone-{i}\n" for i in range(n)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env["GITHUB_ACTIONS"] = "true"
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "linkcheck",
            "sources.txt",
            "--allow-private",
            "--retries",
            "0",
            "--format",
            "json",
        ],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def test_cli_under_actions_says_when_github_will_hide_annotations(tmp_path: Path, dead_site: str) -> None:
    proc = _run_under_actions(tmp_path, 12, dead_site)
    assert proc.returncode == 1, proc.stderr[-2000:]
    commands = [line for line in proc.stderr.splitlines() if line.startswith("::")]
    assert len(commands) == 13
    assert commands[-1].startswith("::notice ")
    assert "12 errors were annotated" in commands[-1]


def test_cli_under_actions_within_the_limit_prints_no_notice(tmp_path: Path, dead_site: str) -> None:
    proc = _run_under_actions(tmp_path, 3, dead_site)
    assert proc.returncode == 1, proc.stderr[-2000:]
    commands = [line for line in proc.stderr.splitlines() if line.startswith("::")]
    assert [c.split(" ", 1)[0] for c in commands] == ["::error"] * 3
