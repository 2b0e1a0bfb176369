"""``title_changed``: a headline edited since it was cited, which the cited address still spells, is a note
(``info``) that gives the headline now; the citation passes. What it must leave alone: another story's
title (a ``title_mismatch`` that fails), a PDF whose file name spells the cited title (silent), a title that
matches. On strings, through the reports, and through the CLI against a server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkcheck.checker import verdict_for
from linkcheck.config import Config, parse_fail_on
from linkcheck.extract import extract_metadata
from linkcheck.match import match_citation
from linkcheck.models import (
    Citation,
    Finding,
    FindingKind,
    Metadata,
    PartialDate,
    Report,
    Result,
    Severity,
    Status,
    Verdict,
)
from linkcheck.report.advice import problem_title, suggest_fix
from linkcheck.report.sarif import report_to_sarif
from linkcheck.report.text import render_text
from tests.site_server import Page, serve
from tests.test_e2e_cli import run

SITE = "https://www.volgatimes.example"
#: A headline edited after publication (a new toll): the slug keeps the words it was published with.
EDITED_URL = f"{SITE}/2022/03/12/floods-in-dagestan-kill-nine-emergencies-ministry-says"
CITED = "Floods in Dagestan Kill Nine, Emergencies Ministry Says"
EDITED = "Death Toll From Floods in Dagestan Rises to 14, Emergencies Ministry Says"
#: Rewritten from top to bottom on the day: only the page's own date joins the slug in vouching for it.
REWRITTEN_URL = f"{SITE}/2020/01/09/iraq-resumes-talks-to-buy-russian-s-300-systems-a68812"
REWRITTEN_CITED = "Iraq Resumes Talks to Buy Russian S-300 Systems"
REWRITTEN = "Iraqi Lawmaker Says Baghdad Has Approved S-300 Purchase From Moscow"


def _page(headline: str, published: str | None = None) -> str:
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f"<html><head><title>{headline} - The Volga Times</title>"
        f'<meta property="og:title" content="{headline}">'
        f'<meta property="og:site_name" content="The Volga Times">{date}</head>'
        f"<body><h1>{headline}</h1><p>Rescuers worked through the night in the flooded districts.</p>"
        "</body></html>"
    )


def _findings(url: str, cited: str, html: str, day: PartialDate | None = None) -> tuple[Finding, ...]:
    metadata = extract_metadata(html.encode(), url)
    citation = Citation(url=url, title=cited, date=day)
    return match_citation(citation, metadata, final_url=url, config=Config())


def test_an_edited_headline_the_slug_spells_is_a_note_with_the_headline_now() -> None:
    (finding,) = _findings(EDITED_URL, CITED, _page(EDITED, "2022-03-12T09:00:00+03:00"))
    assert (finding.kind, finding.severity) == (FindingKind.TITLE_CHANGED, Severity.INFO)
    assert (finding.expected, finding.actual) == (CITED, EDITED)
    assert finding.score is not None
    assert 0 < finding.score < Config().title_threshold
    assert "slug" in finding.message
    assert "dated the cited day" not in finding.message
    # It passes by default; a newsroom that wants every edited headline updated can fail on it.
    assert verdict_for(Status.OK, None, [finding], Config()) is Verdict.PASS
    strict = Config(fail_on=parse_fail_on("+title_changed"))
    assert verdict_for(Status.OK, None, [finding], strict) is Verdict.FAIL


def test_a_headline_rewritten_on_the_cited_day_says_the_day_vouched_for_it() -> None:
    page = _page(REWRITTEN, "2020-01-09T13:25:00+03:00")
    (finding,) = _findings(REWRITTEN_URL, REWRITTEN_CITED, page, PartialDate(2020, 1, 9))
    assert (finding.kind, finding.actual) == (FindingKind.TITLE_CHANGED, REWRITTEN)
    assert "dated the cited day" in finding.message


def test_a_translated_headline_the_slug_spells_is_said_to_be_a_translation() -> None:
    url = f"{SITE}/news/kerala/wayanad-landslide-death-toll-crosses-300-1.9781234"
    page = _page("വയനാട് ഉരുൾപൊട്ടൽ: മരണസംഖ്യ 300 കടന്നു", "2024-08-03T08:10:00+05:30")
    cited = "Wayanad landslide: death toll crosses 300"
    (finding,) = _findings(url, cited, page, PartialDate(2024, 8, 3))
    assert (finding.kind, finding.severity) == (FindingKind.TITLE_CHANGED, Severity.INFO)
    assert "translated" in finding.message
    assert "edited" not in finding.message


@pytest.mark.parametrize(
    ("url", "published"),
    [
        # another story at its own address: its slug is its own headline
        (f"{SITE}/2022/03/12/volga-ferry-season-opens-early", "2022-03-12T09:00:00+03:00"),
        # an address without a slug says nothing of the words the page once had
        (f"{SITE}/news/68812", "2022-03-12T09:00:00+03:00"),
        # the page states another year: a later story at a reused address
        (EDITED_URL, "2024-06-01T09:00:00+03:00"),
    ],
)
def test_another_story_is_still_a_failing_mismatch(url: str, published: str) -> None:
    headline = "Volga Ferry Season Opens Two Weeks Early"
    findings = _findings(url, CITED, _page(headline, published), PartialDate(2022, 3, 12))
    kinds = [f.kind for f in findings]
    assert FindingKind.TITLE_CHANGED not in kinds
    assert FindingKind.TITLE_MISMATCH in kinds
    assert verdict_for(Status.OK, None, findings, Config()) is Verdict.FAIL


def test_a_matching_title_gives_no_note() -> None:
    assert _findings(EDITED_URL, CITED, _page(CITED, "2022-03-12T09:00:00+03:00")) == ()


def test_a_pdf_whose_file_name_spells_the_cited_title_stays_silent() -> None:
    # Authoring tools leave a template's title in a PDF's information; the file's name is the document's.
    url = f"{SITE}/files/annual-report-on-volga-shipping-safety-2022.pdf"
    metadata = Metadata(title="Microsoft Word - Template v3", title_source="pdf")
    citation = Citation(url=url, title="Annual Report on Volga Shipping Safety 2022")
    assert match_citation(citation, metadata, final_url=url, config=Config()) == ()


def _result(finding: Finding) -> Result:
    citation = Citation(url=EDITED_URL, title=CITED, source="sources.txt", line=3)
    verdict = verdict_for(Status.OK, None, [finding], Config())
    return Result(citation=citation, status=Status.OK, reason="200 OK", verdict=verdict, findings=(finding,))


def test_the_reports_name_the_note_and_what_to_cite_now() -> None:
    (finding,) = _findings(EDITED_URL, CITED, _page(EDITED, "2022-03-12T09:00:00+03:00"))
    result = _result(finding)
    report = Report(results=(result,))
    text = render_text(report, show_ok=False)  # shown though the citation passes: a person may update it
    assert "Headlines edited since they were cited (the address still spells the cited title) (1)" in text
    assert "sources.txt:3" in text
    assert problem_title(result) == "Headline edited since cited"
    assert suggest_fix(result).startswith("nothing needs fixing")
    assert EDITED in suggest_fix(result)
    sarif = report_to_sarif(report)
    (run_,) = sarif["runs"]
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    assert rules["title_changed"]["defaultConfiguration"] == {"level": "note"}
    assert run_["results"] == []  # a passing citation is no alert


def test_the_cli_reports_an_edited_headline_and_passes(tmp_path: Path) -> None:
    path = "/2022/03/12/floods-in-dagestan-kill-nine-emergencies-ministry-says"
    routes = {path: Page(200, _page(EDITED, "2022-03-12T09:00:00+03:00").encode())}
    with serve(routes) as site:
        manifest = tmp_path / "sources.txt"
        manifest.write_text(
            f'{site.origin}{path} | title: "{CITED}" | outlet: The Volga Times | date: 2022-03-12\n',
            encoding="utf-8",
        )
        args = [str(manifest), "--allow-host", site.hostport]
        proc = run([*args, "--format", "json"], tmp_path)
        assert proc.returncode == 0, proc.stderr
        (result,) = json.loads(proc.stdout)["results"]
        assert (result["status"], result["verdict"]) == ("ok", "pass")
        assert [(f["kind"], f["severity"], f["actual"]) for f in result["findings"]] == [
            ("title_changed", "info", EDITED)
        ]
        strict = run([*args, "--fail-on", "+title_changed", "--format", "json"], tmp_path)
        assert strict.returncode == 1, strict.stderr
        assert json.loads(strict.stdout)["results"][0]["verdict"] == "fail"
