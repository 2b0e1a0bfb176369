"""A citation's archived copy judged by what its URL says it holds (``linkcheck.archives``)."""

from __future__ import annotations

import datetime as dt

import pytest
import responses

from linkcheck.archives import Capture, archive_finding, capture_of, same_address
from linkcheck.models import Citation, FindingKind, PartialDate, Severity, Status, Verdict
from tests.test_check_http import run

RIA = "https://ria.ru/20200109/1563219328.html"


@pytest.mark.parametrize(
    ("archive", "capture"),
    [
        (
            f"https://web.archive.org/web/20200109123000/{RIA}",
            Capture(RIA, dt.date(2020, 1, 9)),
        ),
        (  # a replay flag after the timestamp, http, a query kept
            "http://web.archive.org/web/20200110083000id_/http://www.tass.ru/politika/7487995?utm=x",
            Capture("http://www.tass.ru/politika/7487995?utm=x", dt.date(2020, 1, 10)),
        ),
        (  # archive.today's long form
            "https://archive.ph/2020.01.09-123000/https://www.themoscowtimes.com/2020/01/09/a",
            Capture("https://www.themoscowtimes.com/2020/01/09/a", dt.date(2020, 1, 9)),
        ),
        (  # a national archive on the same software, its collection in the path
            "https://webarchive.nationalarchives.gov.uk/ukgwa/20200109123000/https://www.gov.uk/news/x",
            Capture("https://www.gov.uk/news/x", dt.date(2020, 1, 9)),
        ),
        (  # the scheme left out, as some citations write it
            "https://web.archive.org/web/20200109123000/ria.ru/20200109/1563219328.html",
            Capture("http://ria.ru/20200109/1563219328.html", dt.date(2020, 1, 9)),
        ),
        (  # a year alone: Wayback's nearest capture, no day to judge
            "https://web.archive.org/web/2020/https://ria.ru/",
            Capture("https://ria.ru/", None),
        ),
        ("https://archive.ph/AbCd1", None),  # a short link names nothing
        ("https://ghostarchive.org/archive/Xy12Z", None),
        ("https://www.example-courier.co.uk/2020/story.html", None),  # a page's own dated path
        ("https://www.example-courier.co.uk/news/20200109/item.php?id=4", None),
    ],
)
def test_what_an_archive_url_says_it_holds(archive: str, capture: Capture | None) -> None:
    assert capture_of(archive) == capture


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("http://www.ria.ru/a/b/", "https://ria.ru/a/b", True),
        ("https://ria.ru:443/a%20b", "https://RIA.ru/a b#top", True),
        ("https://ria.ru/a?id=1", "https://ria.ru/a?id=2", False),
        ("https://ria.ru/a", "https://ria.ru/", False),
        ("https://ria.ru:8080/a", "https://ria.ru/a", False),
        ("https://m.ria.ru/a", "https://ria.ru/a", False),
    ],
)
def test_same_address(a: str, b: str, same: bool) -> None:
    assert same_address(a, b) is same


def cite(archive: str, date: str | None = "2020-01-09") -> Citation:
    return Citation(RIA, date=PartialDate.parse(date) if date else None, archive_url=archive)


def test_a_capture_of_the_cited_address_made_after_its_date_passes() -> None:
    assert archive_finding(cite(f"https://web.archive.org/web/20200115000000/{RIA}"), 1) is None
    assert (
        archive_finding(
            cite("http://web.archive.org/web/20200109000000/http://www.ria.ru/20200109/1563219328.html/"), 1
        )
        is None
    )
    assert archive_finding(cite("https://archive.ph/AbCd1"), 1) is None  # nothing to judge
    assert archive_finding(Citation(RIA), 1) is None


def test_a_capture_of_another_address_is_a_mismatch() -> None:
    front = "https://web.archive.org/web/20200109123000/https://ria.ru/"
    finding = archive_finding(cite(front), 1)
    assert finding is not None
    assert (finding.kind, finding.severity) == (FindingKind.ARCHIVE_MISMATCH, Severity.WARN)
    assert (finding.expected, finding.actual) == (RIA, "https://ria.ru/")
    assert "not of the cited URL" in finding.message


def test_a_capture_made_before_the_cited_date_cannot_hold_the_article() -> None:
    early = f"https://web.archive.org/web/20191230120000/{RIA}"
    finding = archive_finding(cite(early), 1)
    assert finding is not None
    assert (finding.expected, finding.actual) == ("2020-01-09", "2019-12-30")
    assert archive_finding(cite(f"https://web.archive.org/web/20200108230000/{RIA}"), 1) is None  # tolerance
    assert archive_finding(cite(early, date="2019-12"), 1) is None  # within the cited month
    assert archive_finding(cite(early, date=None), 1) is None


@responses.activate
def test_a_dead_link_s_wrong_archive_is_reported_with_it() -> None:
    responses.get(RIA, status=404)
    citation = cite("https://web.archive.org/web/20200109123000/https://ria.ru/20200110/1563299999.html")
    result = run(citation).results[0]
    assert (result.status, result.verdict) == (Status.DEAD, Verdict.FAIL)
    assert [f.kind for f in result.findings] == [FindingKind.ARCHIVE_MISMATCH]


@responses.activate
def test_a_dead_link_is_sent_to_its_archive_only_when_the_archive_is_of_it() -> None:
    from linkcheck.report.advice import suggest_fix

    responses.get(RIA, status=404)
    good = cite(f"https://web.archive.org/web/20200110000000/{RIA}")
    wrong = cite("https://web.archive.org/web/20200110000000/https://ria.ru/")
    good_result, wrong_result = run(good, wrong).results
    assert suggest_fix(good_result) == f"link the archived copy instead: {good.archive_url}"
    assert (
        suggest_fix(wrong_result)
        == f"replace the link, or link a capture of {RIA} instead of the cited archive"
    )


def test_an_archive_copy_with_an_encoded_address_is_not_taken_for_a_click_tracker() -> None:
    from linkcheck.articles import extract_citations

    copy = "https://web.archive.org/web/20200109123000/https%3A%2F%2Fria.ru%2F20200109%2F1563219328.html"
    assert [c.url for c in extract_citations(f"The copy: {copy} (archived).", "text")] == [copy]
    tracker = "https://clicks.example-mail.com/L0/https:%2F%2Fria.ru%2Fa.html/1/0100-abc/xyz="
    assert [c.url for c in extract_citations(f"Read {tracker} today.", "text")] == ["https://ria.ru/a.html"]
