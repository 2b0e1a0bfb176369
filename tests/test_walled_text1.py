"""A finding for text behind a wall (wall1): a page that keeps the cited headline, byline and date but shows
only the opening of its text above a subscribers' line, a registration wall or a metered wall is the cited
story (``ok``), but nobody can read what the citation relies on, so the user is told (``text_walled``,
``warn``). Controls a reader can read whole never get it. Pages in :mod:`tests.walled_text_pages`; HTTP mocked
with ``responses``; the same pages run through the CLI on loopback in :mod:`tests.test_walled_text_e2e1`.

Written before reading the code under ``src/`` that handles walls."""

from __future__ import annotations

import json

import pytest
import responses

from linkcheck.config import DEFAULT_FAIL_ON, parse_fail_on
from linkcheck.models import Citation, PartialDate, Result, Status, Verdict
from linkcheck.report import render
from tests.test_check_http import run
from tests.walled_text_pages import CONTROLS, RU_QUOTE_BEYOND_TEASER, RU_SUBSCRIBERS, WALLED, WallPage

ORIGIN = "https://news.example.com"
KIND = "text_walled"


def _check(page: WallPage, *, quote: str | None = None, **config: object) -> Result:
    url = ORIGIN + page.path
    responses.get(url, body=page.html.encode(), content_type="text/html; charset=utf-8")
    citation = Citation(
        url, title=page.title, date=PartialDate.parse(page.date), outlet=page.outlet, quote=quote
    )
    (result,) = run(citation, **config).results
    return result


def _kinds(result: Result) -> list[str]:
    return [f.kind.value for f in result.findings]


@pytest.mark.parametrize("page", WALLED, ids=[p.id for p in WALLED])
@responses.activate
def test_a_teaser_ended_by_a_wall_is_the_cited_story_whose_text_is_walled(page: WallPage) -> None:
    result = _check(page)
    assert result.status is Status.OK, result.reason
    assert _kinds(result) == [KIND], result.findings
    (finding,) = result.findings
    assert finding.severity.value == "warn"
    assert result.verdict is Verdict.WARN  # told, not failed: the link is not rot
    message = finding.message.casefold()
    assert page.wall_word in message, finding.message
    assert page.wall_line.casefold() in message, finding.message  # the line the reader is shown


@pytest.mark.parametrize("page", CONTROLS, ids=[p.id for p in CONTROLS])
@responses.activate
def test_a_text_a_reader_can_read_whole_is_not_walled(page: WallPage) -> None:
    result = _check(page)
    assert result.status is Status.OK, result.reason
    assert KIND not in _kinds(result), result.findings
    assert result.verdict is Verdict.PASS, result.findings


@responses.activate
def test_a_quote_on_a_walled_page_is_not_called_missing_from_the_article() -> None:
    result = _check(RU_SUBSCRIBERS, quote=RU_QUOTE_BEYOND_TEASER)
    assert result.status is Status.OK
    assert _kinds(result) == [KIND], result.findings  # no quote_missing: the text could not be read
    assert "quote" in result.findings[0].message.casefold(), result.findings[0].message


@responses.activate
def test_a_quote_the_teaser_holds_is_found_and_the_wall_still_said() -> None:
    result = _check(RU_SUBSCRIBERS, quote="пешеходная часть Онежской набережной будет закрыта")
    assert _kinds(result) == [KIND], result.findings
    assert "quote" not in result.findings[0].message.casefold()  # nothing is said unchecked


@responses.activate
def test_a_quote_missing_from_a_whole_text_is_still_missing() -> None:
    (page, *_) = CONTROLS
    result = _check(page, quote="the paper will close its printing works next year")
    assert _kinds(result) == ["quote_missing"], result.findings


def test_the_kind_is_a_fail_on_word_outside_the_default() -> None:
    assert KIND not in DEFAULT_FAIL_ON
    assert KIND in parse_fail_on("+text_walled")


@responses.activate
def test_a_ci_run_can_fail_on_it() -> None:
    fail_on = DEFAULT_FAIL_ON | {KIND}
    result = _check(RU_SUBSCRIBERS, fail_on=fail_on)
    assert (result.status, result.verdict) == (Status.OK, Verdict.FAIL)


@responses.activate
def test_every_report_names_the_finding() -> None:
    page = WALLED[5]
    url = ORIGIN + page.path
    responses.get(url, body=page.html.encode(), content_type="text/html; charset=utf-8")
    report = run(Citation(url, title=page.title, date=PartialDate.parse(page.date), outlet=page.outlet))
    for name in ("text", "json", "jsonl", "markdown", "sarif", "junit"):
        assert KIND in render(report, name), name
    (result,) = json.loads(render(report, "json"))["results"]
    (finding,) = result["findings"]
    assert (finding["kind"], finding["severity"]) == (KIND, "warn")
    assert page.wall_line in finding["message"]
