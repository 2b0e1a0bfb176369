"""The rules the fourth reports probe (``tests/test_reports_probe4.py``, reports4) led to, on small inputs.

- A manifest's lines are split where its reader splits them (LF, CR LF, CR), not where ``str.splitlines``
  does: a title holding a form feed, NEL or U+2028 no longer makes a ``sources.txt`` read as an article
  (``cli.manifest_lines``, used by ``looks_like_manifest`` and the first bytes' sniff).
- A JSON Lines record is one line for any line splitter: NEL, U+2028 and U+2029, which JSON leaves raw, are
  written as escapes (``report.jsonl.one_line``).
- A SARIF alert's fingerprint names the file and which of its citations of the URL it is, so two places
  citing one dead URL are two alerts, and lines moving keep them (``report.sarif.fingerprint``).

Each positive case fails on the base's code (``base44b``); each rule has cases it must leave alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkcheck.cli import _no_manifest, _Reading, looks_like_manifest
from linkcheck.models import Citation, Report, Result, Status, Verdict
from linkcheck.report.jsonl import render_jsonl, result_line
from linkcheck.report.sarif import report_to_sarif

#: Characters ``str.splitlines`` ends a line at that a manifest line may hold (a title pasted from a CMS).
INNER_BREAKS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]

# -- the manifest's own line ends ------------------------------------------------------------------------


@pytest.mark.parametrize("char", INNER_BREAKS, ids=[f"U+{ord(c):04X}" for c in INNER_BREAKS])
def test_a_title_holding_a_splitlines_break_keeps_a_manifest_a_manifest(char: str) -> None:
    text = f"@article | date: 2026-03-05\nhttps://news.example/a | title: Bus{char}timetable changes\n"
    assert looks_like_manifest(text)
    assert looks_like_manifest(iter(line + "\n" for line in text.split("\n")))  # a file's lines
    assert not _no_manifest(text.encode(), whole=True)


def test_a_manifest_with_such_a_title_is_read_as_one_with_its_claims(tmp_path: Path) -> None:
    path = tmp_path / "sources.txt"
    path.write_text(
        "https://news.example/a | title: Bus\u2028timetable\x85changes | outlet: Harbour News\n"
        "https://news.example/b | title: Ferry\x0cfares | date: 2026-03-02\n",
        encoding="utf-8",
    )
    fmt, citations = _Reading().read(str(path))
    assert fmt == "sources"
    assert [(c.line, c.title, c.outlet) for c in citations] == [
        (1, "Bus\u2028timetable\x85changes", "Harbour News"),
        (2, "Ferry\x0cfares", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "https://news.example/a\nThe ferry fares rose on Monday.\n",  # prose after a URL: an article
        "https://news.example/a\r\nThe ferry fares rose on Monday.\r\n",  # CR LF still ends a line
        "https://news.example/a\rThe ferry fares rose on Monday.\r",  # and CR alone
        "The ferry fares rose\u2028on Monday: https://news.example/a\n",  # a separator inside prose
    ],
)
def test_an_article_is_still_no_manifest(text: str) -> None:
    assert not looks_like_manifest(text)
    assert _no_manifest(text.encode(), whole=True)


def test_a_plain_manifest_is_still_one() -> None:
    text = "# c\r\n@article | date: 2026-03-05\rhttps://news.example/a | title: A\n\nmailto:d@x.example\n"
    assert looks_like_manifest(text)
    assert not _no_manifest(text.encode(), whole=True)


# -- JSON Lines: one record a line ------------------------------------------------------------------------


def _result(url: str, title: str | None = None, line: int = 1, source: str = "sources.txt") -> Result:
    return Result(
        Citation(url=url, title=title, source=source, line=line), Status.DEAD, "404 Not Found", Verdict.FAIL
    )


@pytest.mark.parametrize("char", ["\x85", "\u2028", "\u2029"], ids=["NEL", "LS", "PS"])
def test_a_json_lines_record_holding_a_line_separator_is_one_line(char: str) -> None:
    title = f"Bus{char}timetable"
    line = result_line(_result("https://news.example/a", title))
    assert len(line.splitlines()) == 1
    assert char not in line
    assert json.loads(line)["cited"]["title"] == title
    whole = render_jsonl(Report((_result("https://news.example/a", title),)))
    assert len(whole.splitlines()) == 2
    assert json.loads(whole.splitlines()[0])["cited"]["title"] == title


def test_a_json_lines_record_is_otherwise_written_as_before() -> None:
    title = "Паром «Ладога» \u05de\u05e2 Cafe\u0301 \x1c"
    line = result_line(_result("https://news.example/a", title))
    assert "Паром «Ладога» \u05de\u05e2 Cafe\u0301 \\u001c" in line  # non-ASCII kept raw, C0 escaped by JSON
    assert json.loads(line)["cited"]["title"] == title


# -- SARIF fingerprints ---------------------------------------------------------------------------------


def _prints(results: list[Result]) -> list[dict[str, str]]:
    return [r["partialFingerprints"] for r in report_to_sarif(Report(tuple(results)))["runs"][0]["results"]]


def test_two_places_citing_one_dead_url_are_two_alerts() -> None:
    url = "https://news.example/gone"
    one_file = _prints([_result(url, line=3), _result(url, line=7)])
    assert one_file[0] != one_file[1]
    two_files = _prints([_result(url, source="a.md"), _result(url, source="b.md")])
    assert two_files[0] != two_files[1]


def test_an_alert_keeps_its_fingerprint_when_lines_move_or_a_sibling_recovers() -> None:
    url = "https://news.example/gone"
    before = _prints([_result(url, line=3), _result("https://news.example/x", line=5), _result(url, line=7)])
    moved = _prints([_result(url, line=4), _result("https://news.example/x", line=9), _result(url, line=12)])
    assert moved == before
    ok = Result(Citation(url=url, source="sources.txt", line=3), Status.OK, "200 OK", Verdict.PASS)
    recovered = _prints([ok, _result("https://news.example/x", line=5), _result(url, line=7)])
    assert recovered == [before[1], before[2]]


def test_different_urls_and_problems_keep_different_fingerprints() -> None:
    gone = _result("https://news.example/a")
    blocked = Result(
        Citation(url="https://news.example/a", source="s.txt", line=2), Status.BLOCKED, "403", Verdict.WARN
    )
    prints = _prints([gone, _result("https://news.example/b"), blocked])
    assert len({json.dumps(p) for p in prints}) == 3
