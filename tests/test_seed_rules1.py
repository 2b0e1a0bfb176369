"""The rules the seed probe (``tests/test_seed_probe.py``, seed1, fortieth session) led to, each with what it
must leave alone: a name under ``localhost`` let through connects to the loopback without a lookup; an
undated citation whose URL's slug spells its title takes the URL's day as the cited day (``title_changed``);
a link the user excluded is not judged."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck import (
    Citation,
    Config,
    FetchResult,
    FindingKind,
    PartialDate,
    Severity,
    Status,
    Verdict,
    check,
    extract_metadata,
    match_citation,
)
from linkcheck.fetch import Fetcher
from linkcheck.guard import loopback_name_addresses
from linkcheck.models import Article
from tests.site_server import Page, serve

PAGE = (
    b"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Ferry fares to stay the same</title>"
    b"<meta property='og:title' content='Ferry fares to stay the same'></head><body><h1>Ferry fares to stay"
    b" the same</h1></body></html>"
)

# --- a name under localhost ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["news.localhost", "ria.localhost", "www.themoscowtimes.localhost"])
def test_names_under_localhost_are_the_loopback(name: str) -> None:
    assert loopback_name_addresses(name) == ("127.0.0.1", "::1")


@pytest.mark.parametrize(
    "name", ["localhost", "localhost.example", "notlocalhost", "news.localhost.ru", "ria.ru"]
)
def test_other_names_are_left_to_the_resolver(name: str) -> None:
    assert loopback_name_addresses(name) == ()


def test_allow_private_fetches_a_name_under_localhost() -> None:
    with serve({"/story": Page(200, PAGE)}) as server:
        url = f"http://news.localhost:{server.server_address[1]}/story"
        result = Fetcher(Config(allow_private=True, retries=0)).fetch(url)
    assert result.status_code == 200, result.error
    assert server.hits["/story"] == 1


def test_allow_host_fetches_that_name_under_localhost() -> None:
    with serve({"/story": Page(200, PAGE)}) as server:
        port = server.server_address[1]
        config = Config(allow_hosts=(f"news.localhost:{port}",), retries=0)
        result = Fetcher(config).fetch(f"http://news.localhost:{port}/story")
    assert result.status_code == 200, result.error


def test_not_let_through_a_name_under_localhost_is_still_refused() -> None:
    """Left alone: the guard refuses it, without a lookup, and nothing is requested."""
    with serve({"/story": Page(200, PAGE)}) as server:
        url = f"http://news.localhost:{server.server_address[1]}/story"
        result = Fetcher(Config(retries=0)).fetch(url)
    assert result.status_code is None
    assert "localhost" in (result.error or "")
    assert server.hits["/story"] == 0


# --- an undated citation whose slug spells its title --------------------------------------------------------

SLUG_URL = "https://www.gulfledger.example/2024/05/02/will-the-port-reopen-after-the-storm"
SLUG_TITLE = "Will the Port Reopen After the Storm?"
REWRITTEN = "Harbour authority sets June date for cargo traffic to resume"


def _page(headline: str, published: str) -> bytes:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{headline} - Gulf Ledger</title><meta property='og:title' content='{headline}'>"
        "<meta property='og:site_name' content='Gulf Ledger'>"
        f"<meta property='article:published_time' content='{published}'></head>"
        f"<body><article><h1>{headline}</h1><p>The harbour authority said on Thursday that cargo traffic "
        "would resume in June once the breakwater is repaired.</p></article></body></html>"
    ).encode()


def _kinds(citation: Citation, body: bytes, final_url: str | None = None) -> dict[FindingKind, Severity]:
    metadata = extract_metadata(body, citation.url)
    findings = match_citation(citation, metadata, final_url=final_url or citation.url, config=Config())
    return {f.kind: f.severity for f in findings}


def test_undated_citation_takes_the_urls_day_when_the_slug_spells_its_title() -> None:
    citation = Citation(SLUG_URL, title=SLUG_TITLE)
    kinds = _kinds(citation, _page(REWRITTEN, "2024-05-02T13:05:00+03:00"))
    assert kinds == {FindingKind.TITLE_CHANGED: Severity.INFO}


def test_the_urls_day_must_be_the_pages_day() -> None:
    """Left alone: the page at the address is dated another day (a reused address): a mismatch."""
    citation = Citation(SLUG_URL, title=SLUG_TITLE)
    kinds = _kinds(citation, _page(REWRITTEN, "2024-09-14T10:00:00+03:00"))
    assert kinds.get(FindingKind.TITLE_MISMATCH) is Severity.FAIL
    assert FindingKind.TITLE_CHANGED not in kinds


def test_without_the_slug_the_urls_day_vouches_for_nothing() -> None:
    """Left alone: a dated address whose slug is not the cited title; its page always states its day."""
    url = "https://www.gulfledger.example/2024/05/02/port-update"
    citation = Citation(url, title=SLUG_TITLE)
    kinds = _kinds(citation, _page(REWRITTEN, "2024-05-02T13:05:00+03:00"))
    assert kinds.get(FindingKind.TITLE_MISMATCH) is Severity.FAIL


def test_a_month_cited_dates_no_day() -> None:
    """Left alone: a citation dated to the month is not taken to the URL's day."""
    citation = Citation(SLUG_URL, title=SLUG_TITLE, date=PartialDate.parse("2024-05"))
    kinds = _kinds(citation, _page(REWRITTEN, "2024-05-02T13:05:00+03:00"))
    assert kinds.get(FindingKind.TITLE_MISMATCH) is Severity.FAIL


# --- a link the user excluded -------------------------------------------------------------------------------


class _NoFetch:
    """A fetcher that must not be asked (an excluded link is not fetched); answers 200 if it is."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
        self.asked.append(url)
        return FetchResult(url=url, final_url=url, status_code=200, headers={"content-type": "text/html"})


LATER_URL = "https://www.gulfledger.example/2024/05/02/later-story"


def _cited_later() -> Citation:
    return Citation(LATER_URL, article=Article(date=PartialDate(2020, 1, 9)))


def test_an_excluded_link_is_not_judged() -> None:
    fetcher = _NoFetch()
    report = check([_cited_later()], Config(exclude=("gulfledger",)), fetcher=fetcher)
    (result,) = report.results
    assert (result.status, result.verdict, result.findings) == (Status.SKIPPED, Verdict.PASS, ())
    assert report.exit_code == 0
    assert fetcher.asked == []


def test_a_link_not_excluded_is_judged_by_its_urls_date() -> None:
    """Left alone: the same citation, not excluded, postdates the article by its URL's date."""
    report = check([_cited_later()], Config(exclude=("elsewhere",)), fetcher=_NoFetch())
    (result,) = report.results
    assert [f.kind for f in result.findings] == [FindingKind.POSTDATES_ARTICLE]
    assert result.verdict is Verdict.FAIL
    assert dt.date(2024, 5, 2).isoformat() in result.findings[0].message
