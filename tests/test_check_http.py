"""Every status through the real fetcher and checker, with HTTP mocked by ``responses``."""

from __future__ import annotations

import requests
import responses

from linkcheck.checker import check
from linkcheck.config import Config
from linkcheck.fetch import Fetcher
from linkcheck.media import PEEK_BYTES
from linkcheck.models import Cause, Citation, Report, Status, Verdict

PAGE = """<html><head><title>{title} - Example Times</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2020-01-09T08:00:00Z"></head>
<body><h1>{title}</h1><p>Body text of the story.</p></body></html>"""

FRONT = """<html><head><title>Example Times: news, analysis, opinion</title>
<meta property="og:site_name" content="Example Times"><meta property="og:type" content="website"></head>
<body><h1>Example Times</h1><ul><li><a href="/2020/01/09/a">A</a></li></ul></body></html>"""


def run(*citations: Citation, **config: object) -> Report:
    settings = {"allow_private": True, "retries": 2, "backoff_base": 0.0, "backoff_max": 0.0, **config}
    cfg = Config(**settings)  # type: ignore[arg-type]
    sleeps: list[float] = []
    return check(citations, cfg, fetcher=Fetcher(cfg, requests.Session(), sleep=sleeps.append))


@responses.activate
def test_ok_page_passes_with_its_metadata() -> None:
    url = "https://news.example.com/2020/01/09/iraq-s300"
    responses.get(url, body=PAGE.format(title="Iraq resumes S-300 talks"), content_type="text/html")
    result = run(Citation(url, title="Iraq resumes S-300 talks", date=None)).results[0]
    assert (result.status, result.verdict, result.http_status) == (Status.OK, Verdict.PASS, 200)
    assert result.metadata is not None
    assert result.metadata.title == "Iraq resumes S-300 talks"


@responses.activate
def test_404_and_410_are_dead() -> None:
    responses.get("https://news.example.com/a", status=404)
    responses.get("https://news.example.com/b", status=410)
    report = run(Citation("https://news.example.com/a"), Citation("https://news.example.com/b"))
    assert [(r.status, r.cause) for r in report.results] == [
        (Status.DEAD, Cause.NOT_FOUND),
        (Status.DEAD, Cause.GONE),
    ]
    assert report.exit_code == 1


@responses.activate
def test_refused_connection_is_dead() -> None:
    url = "https://news.example.com/refused"
    responses.get(url, body=requests.exceptions.ConnectionError("Connection refused"))
    other = "https://other.example.com/story"
    responses.get(other, body=PAGE.format(title="Other"), content_type="text/html")
    report = run(Citation(url), Citation(other))
    assert report.results[0].status is Status.DEAD
    assert report.results[0].cause is Cause.CONNECTION


@responses.activate
def test_error_page_served_with_200_is_a_soft_404() -> None:
    url = "https://news.example.com/2020/01/09/deleted"
    body = (
        "<html><head><title>Page not found | Example Times</title></head>"
        "<body><h1>Page not found</h1></body></html>"
    )
    responses.get(url, body=body, content_type="text/html")
    result = run(Citation(url)).results[0]
    assert (result.status, result.verdict) == (Status.SOFT_404, Verdict.FAIL)


@responses.activate
def test_article_redirected_to_the_front_page_is_a_soft_404() -> None:
    url = "https://news.example.com/2020/01/09/iraq-s300-talks"
    responses.get(url, status=301, headers={"Location": "https://news.example.com/"})
    responses.get("https://news.example.com/", body=FRONT, content_type="text/html")
    result = run(Citation(url)).results[0]
    assert result.status is Status.SOFT_404
    assert result.cause is Cause.FRONT_PAGE


@responses.activate
def test_blocked_statuses_warn_and_are_never_dead() -> None:
    for code in (401, 403, 451, 999):
        responses.get(f"https://news.example.com/{code}", status=code)
    report = run(*(Citation(f"https://news.example.com/{code}") for code in (401, 403, 451, 999)))
    assert {r.status for r in report.results} == {Status.BLOCKED}
    assert {r.verdict for r in report.results} == {Verdict.WARN}
    assert report.exit_code == 0


@responses.activate
def test_429_after_retries_is_blocked() -> None:
    url = "https://news.example.com/busy"
    responses.get(url, status=429, headers={"Retry-After": "1"})
    result = run(Citation(url)).results[0]
    assert (result.status, result.cause) == (Status.BLOCKED, Cause.RATE_LIMITED)
    assert len(responses.calls) == 3


@responses.activate
def test_server_error_after_retries_is_an_error() -> None:
    url = "https://news.example.com/broken"
    responses.get(url, status=502)
    result = run(Citation(url)).results[0]
    assert (result.status, result.cause, result.verdict) == (Status.ERROR, Cause.SERVER_ERROR, Verdict.WARN)
    assert len(responses.calls) == 3


@responses.activate
def test_503_then_200_passes() -> None:
    url = "https://news.example.com/flaky"
    responses.get(url, status=503)
    responses.get(url, body=PAGE.format(title="Flaky but fine"), content_type="text/html")
    result = run(Citation(url)).results[0]
    assert result.status is Status.OK
    assert len(responses.calls) == 2


@responses.activate
def test_timeout_is_an_error() -> None:
    url = "https://news.example.com/slow"
    responses.get(url, body=requests.exceptions.ReadTimeout("read timed out"))
    result = run(Citation(url)).results[0]
    assert (result.status, result.cause) == (Status.ERROR, Cause.TIMEOUT)


@responses.activate
def test_too_many_redirects_is_an_error() -> None:
    for i in range(5):
        responses.get(f"https://news.example.com/r{i}", status=302, headers={"Location": f"/r{i + 1}"})
    result = run(Citation("https://news.example.com/r0"), max_redirects=3).results[0]
    assert (result.status, result.cause) == (Status.ERROR, Cause.TOO_MANY_REDIRECTS)


@responses.activate
def test_body_over_the_cap_is_an_error() -> None:
    url = "https://news.example.com/huge"
    responses.get(url, body=b"<html>" + b"x" * 50_000, content_type="text/html")
    result = run(Citation(url), max_bytes=10_000).results[0]
    assert (result.status, result.cause) == (Status.ERROR, Cause.TOO_LARGE)


@responses.activate
def test_duplicate_urls_are_fetched_once() -> None:
    url = "https://news.example.com/2020/01/09/shared"
    responses.get(url, body=PAGE.format(title="Shared"), content_type="text/html")
    report = run(Citation(url, line=1), Citation(url, line=2), Citation(url + "#comments", line=3))
    assert len(responses.calls) == 1
    assert [r.status for r in report.results] == [Status.OK] * 3


@responses.activate
def test_title_mismatch_fails_the_citation() -> None:
    url = "https://news.example.com/2020/01/09/story"
    responses.get(url, body=PAGE.format(title="Markets rally as oil prices fall"), content_type="text/html")
    result = run(Citation(url, title="Iraq resumes S-300 talks with Russia")).results[0]
    assert result.status is Status.OK
    assert [f.kind.value for f in result.findings] == ["title_mismatch"]
    assert result.verdict is Verdict.FAIL


def _pdf(title: bytes, size: int = 0) -> bytes:
    """A PDF whose information dictionary comes first and whose page stream pads it to ``size`` bytes."""
    head = b"%PDF-1.4\n5 0 obj\n<< /Title (" + title + b") >>\nendobj\ntrailer\n<< /Info 5 0 R >>\n"
    return (
        head + b"6 0 obj\n<< /Length 0 >>\nstream\n" + b"\x00" * max(0, size - len(head)) + b"\nendstream\n"
    )


@responses.activate
def test_a_pdf_is_checked_against_the_title_its_file_declares() -> None:
    good, bad = "https://gov.example.org/reports/air-defence.pdf", "https://gov.example.org/reports/other.pdf"
    for url in (good, bad):
        responses.get(url, body=_pdf(b"Air Defence Procurement Review 2020"), content_type="application/pdf")
    report = run(
        Citation(good, title="Air Defence Procurement Review 2020"),
        Citation(bad, title="Fisheries Quotas in the North Sea"),
    )
    ok, mismatch = report.results
    assert (ok.status, ok.verdict, ok.findings) == (Status.OK, Verdict.PASS, ())
    assert ok.metadata is not None
    assert ok.metadata.title_source == "pdf"
    # a PDF's declared title is often a template's: the finding says so, and is less severe than a page's
    assert mismatch.verdict is Verdict.FAIL  # title_mismatch is in the default --fail-on
    assert [(f.kind.value, f.severity.value) for f in mismatch.findings] == [("title_mismatch", "warn")]
    assert "the PDF file declares" in mismatch.findings[0].message


@responses.activate
def test_a_pdf_whose_file_name_spells_the_cited_title_is_that_document() -> None:
    url = "https://gov.example.org/reports/air-defence-procurement-review-2020.pdf"
    responses.get(url, body=_pdf(b"Board Minutes Template"), content_type="application/pdf")
    result = run(Citation(url, title="Air Defence Procurement Review 2020")).results[0]
    assert (result.verdict, result.findings) == (Verdict.PASS, ())


@responses.activate
def test_a_file_over_the_cap_is_alive_not_too_large() -> None:
    url = "https://gov.example.org/reports/annual-2020.pdf"
    responses.get(url, body=_pdf(b"Annual Report 2020", size=50_000), content_type="application/pdf")
    result = run(Citation(url, title="Annual Report 2020"), max_bytes=10_000).results[0]
    assert (result.status, result.cause, result.verdict) == (Status.OK, None, Verdict.PASS)
    assert result.metadata is not None
    assert result.metadata.title == "Annual Report 2020"


@responses.activate
def test_of_media_only_the_first_bytes_are_read() -> None:
    url = "https://media.example.org/briefing.mp4"
    responses.get(url, body=b"\x00\x00\x00\x18ftypmp42" + b"\x01" * 300_000, content_type="video/mp4")
    cfg = Config(allow_private=True)
    fetch = Fetcher(cfg, requests.Session()).fetch(url)
    assert (fetch.status_code, fetch.cause, fetch.truncated) == (200, None, True)
    assert len(fetch.body) == PEEK_BYTES
    result = run(Citation(url, title="Minister's briefing, 9 January")).results[0]
    assert (result.status, result.verdict) == (Status.OK, Verdict.PASS)
    assert [(f.kind.value, f.severity.value) for f in result.findings] == [("title_unchecked", "info")]
    assert "no title is read from video/mp4" in result.findings[0].message


@responses.activate
def test_a_cited_title_the_page_cannot_confirm_is_reported_as_unchecked() -> None:
    url = "https://news.example.com/2020/01/09/untitled"
    responses.get(
        url, body="<html><body><p>Text without any heading.</p></body></html>", content_type="text/html"
    )
    cited, plain = run(Citation(url, title="Iraq resumes S-300 talks"), Citation(url)).results
    assert cited.verdict is Verdict.PASS
    assert [(f.kind.value, f.severity.value, f.expected) for f in cited.findings] == [
        ("title_unchecked", "info", "Iraq resumes S-300 talks")
    ]
    assert plain.findings == ()
