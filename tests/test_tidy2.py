"""tidy2: the last read-back's leftovers in the run and the month tables (the fifty-first session).

1. The CLI's JSON Lines path counted each result twice: :func:`linkcheck.models.count_result` ran once in
   ``check()`` (the report's ``counts``) and once in the stream's step (what a stopped run's summary counts).
   Each result is now counted once, by the stream, and ``check()`` reads that count.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import linkcheck.checker
from linkcheck import cli
from linkcheck.cli import main
from linkcheck.models import Citation, Result

# --- 1. the JSON Lines path counts each result once -------------------------------------------------------

#: Five citations of hosts that cannot resolve (``.invalid``): each one's result comes at once, offline.
_MANIFEST = "".join(f"https://h{n}.invalid/story-{n}\n" for n in range(5))


def _counted_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every call of ``count_result`` made by the checker or the CLI, by the URL it counted."""
    calls: list[str] = []
    for module in (linkcheck.checker, cli):
        original = module.count_result

        def counting(counts: dict[str, int], result: Result, original: Any = original) -> None:
            calls.append(result.citation.url)
            original(counts, result)

        monkeypatch.setattr(module, "count_result", counting)
    return calls


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_json_lines_run_counts_each_result_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(_MANIFEST, encoding="utf-8")
    calls = _counted_calls(monkeypatch)
    code = main([str(manifest), "--format", "jsonl", "--processes", "1", "--progress", "never"])
    assert code == 1
    records = _records(capsys.readouterr().out)
    results = [r["url"] for r in records if r["record"] == "result"]
    assert len(results) == 5
    assert sorted(calls) == sorted(results)  # one count a result: base51 made ten
    summary = records[-1]
    assert summary["record"] == "summary"
    assert summary["summary"]["total"] == 5
    assert summary["summary"]["fail"] == 5


def test_a_json_lines_run_to_a_file_counts_each_result_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(_MANIFEST, encoding="utf-8")
    target = tmp_path / "report.jsonl"
    calls = _counted_calls(monkeypatch)
    code = main(
        [str(manifest), "--format", "jsonl", "-o", str(target), "--processes", "1", "--progress", "never"]
    )
    assert code == 1
    records = _records(target.read_text(encoding="utf-8"))
    assert len(calls) == 5
    assert records[-1]["summary"]["total"] == 5


def test_a_report_and_the_other_formats_still_count_every_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What must stay: ``check()`` without a stream counts each result itself, once (``keep_passing=False``
    gives the count as ``counts``), and so does a run of the CLI that writes a whole report."""
    calls = _counted_calls(monkeypatch)
    citations = [Citation(url=f"https://h{n}.invalid/story-{n}") for n in range(3)]
    report = linkcheck.checker.check(citations, keep_passing=False)
    assert report.counts is not None
    assert report.counts["total"] == 3
    assert len(calls) == 3
    manifest = tmp_path / "sources.txt"
    manifest.write_text(_MANIFEST, encoding="utf-8")
    del calls[:]
    assert main([str(manifest), "--format", "json", "--processes", "1", "--progress", "never"]) == 1
    assert json.loads(capsys.readouterr().out)["summary"]["total"] == 5
    assert len(calls) == 5  # check() counts while the run goes, once a result
