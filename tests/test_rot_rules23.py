"""The rules the twenty-third link-rot batch (tests/test_rot_heldout23.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: other web frameworks' stock
error documents served 2xx (Nuxt's, Rails's); a CDN's 'Website is offline / No cached version of this page
is available'; a web application firewall's 'Request Rejected' page; expired signed links refused with a
400 or a 401 and in another store's words; a hosting panel's default page under an interjection
('SORRY!'); and a network filter's 'Web Page Blocked'."""

from __future__ import annotations

import pytest

from linkcheck import Config, check
from linkcheck.classify import classify_fetch, firewall_refusal, framework_error
from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal
from linkcheck.models import Cause, Citation, FetchResult, Status
from linkcheck.pagebody import expired_link
from linkcheck.soft404 import soft_404_signal
from tests.rot_harness import FIXTURES
from tests.rot_harness import Answers as _Answers

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
DISPATCH = "https://taimyrdispatch-news.com"
AGENCY = "https://baikal-inform.com"
HTML = {"content-type": "text/html; charset=utf-8"}
DATED = '<meta property="article:published_time" content="2020-01-20T10:00:00+03:00">'


def _answer(url: str, status: int, body: bytes, **headers: str) -> FetchResult:
    return FetchResult(url=url, final_url=url, status_code=status, headers={**HTML, **headers}, body=body)


def _page(title: str, h1: str, head: str = "", text: str = "Some words of the page.") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><h1>{h1}</h1><p>{text}</p></body></html>"
    ).encode()


# --- other web frameworks' error documents ------------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["baikal-en-nuxt-error.html", "taimyr-rails-500.html"])
def test_stock_framework_error_documents_are_the_site_failing(fixture: str) -> None:
    body = (FIXTURES / fixture).read_bytes()
    assert framework_error(body)
    liveness = classify_fetch(_answer(f"{DISPATCH}/2020/01/19/story-a69005", 200, body))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "framework" in liveness.reason


def test_the_curly_apostrophe_of_a_newer_rails_page_is_read_too() -> None:
    body = (
        "<!doctype html><html><head><title>We’re sorry, but something went wrong (500 Internal Server Error)"
    )
    assert framework_error((body + "</title></head><body></body></html>").encode())


@pytest.mark.parametrize(
    "body",
    [
        # the framework's page for a page not found says another thing: a soft 404, not the site failing
        (FIXTURES / "taimyr-rails-404.html").read_bytes(),
        # a story that quotes the stock sentence in its text, not as its title
        _page(
            "Ticketing Site Crashes on First Day of Sales",
            "Ticketing Site Crashes on First Day of Sales",
            DATED,
            'Buyers saw only "We\'re sorry, but something went wrong." for an hour.',
        ),
        # a large page quoting Nuxt's sentence deep in its text
        b"<html><head><title>Debugging Nuxt</title></head><body>"
        + b"<p>words of the article</p>" * 400
        + b"<p>An error occurred in the application and your page could not be served.</p></body></html>",
    ],
    ids=["rails-not-found-page", "story-quoting-the-sentence", "large-page-quoting-nuxt"],
)
def test_pages_that_rendered_are_no_stock_error_document(body: bytes) -> None:
    assert not framework_error(body)


# --- a CDN's 'Website is offline' ---------------------------------------------------------------------------


def test_a_cdns_website_is_offline_page_served_200_is_the_site_down() -> None:
    body = (FIXTURES / "taimyr-cf-offline.html").read_bytes()
    liveness = classify_fetch(_answer(f"{DISPATCH}/2020/01/20/story-a69010", 200, body))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "CDN" in liveness.reason


def test_a_cdn_page_refusing_a_visitor_is_no_outage_and_a_story_quoting_offline_is_a_page() -> None:
    refusal = (
        b'<html><head><title>Access denied</title></head><body><div id="cf-error-details"><h1>Access denied'
        b"</h1><p>Error code 1020</p></div></body></html>"
    )
    assert classify_fetch(_answer(f"{DISPATCH}/a", 200, refusal)).status is not Status.ERROR
    story = (FIXTURES / "taimyr-offline-headline.html").read_bytes()
    assert classify_fetch(_answer(f"{DISPATCH}/b", 200, story)).status is Status.OK


# --- a web application firewall's refusal -------------------------------------------------------------------


def test_a_firewalls_request_rejected_page_is_blocked() -> None:
    body = (FIXTURES / "baikal-request-rejected.html").read_bytes()
    assert firewall_refusal(body) == "a web application firewall's 'Request Rejected' page"
    for code in (200, 403):
        liveness = classify_fetch(_answer(f"{AGENCY}/politika/7489030", code, body))
        assert (liveness.status, liveness.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE)
        assert "Request Rejected" in liveness.reason


def test_a_story_quoting_the_firewalls_sentence_is_left_alone() -> None:
    sentence = "The requested URL was rejected. Please consult with your administrator."
    story = _page(
        "Why Readers Saw 'Request Rejected'", "Why Readers Saw 'Request Rejected'", DATED, "x" * 3000
    )
    story = story.replace(b"</body>", f"<p>{sentence}</p></body>".encode())
    assert firewall_refusal(story) is None
    assert classify_fetch(_answer(f"{AGENCY}/politika/7489031", 200, story)).status is Status.OK


# --- expired signed links: other refusals, other words ------------------------------------------------------

GCS_LINK = (
    f"{AGENCY}/reports/annual-2019.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Date=20200109T093000Z"
    "&X-Goog-Expires=604800&X-Goog-SignedHeaders=host&X-Goog-Signature=4e1c0a9b"
)
GCS_EXPIRED = (
    b"<?xml version='1.0' encoding='UTF-8'?><Error><Code>ExpiredToken</Code><Message>The provided token has"
    b" expired.</Message><Details>Request signature expired at: 2020-01-16T09:30:00+00:00</Details></Error>"
)
SAS_LINK = f"{AGENCY}/reports/annual-2019.pdf?sv=2019-02-02&se=2020-01-16T09%3A30%3A00Z&sr=b&sp=r&sig=q2V5%3D"
SAS_EXPIRED = (
    b'<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed'
    b" to authenticate the request.</Message><AuthenticationErrorDetail>Signed expiry time [Thu, 16 Jan 2020"
    b" 09:30:00 GMT] must be after signed start time [Mon, 11 Mar 2024 08:14:02 GMT]"
    b"</AuthenticationErrorDetail></Error>"
)
XML = {"content-type": "application/xml"}


@pytest.mark.parametrize(
    ("url", "body", "expiry"),
    [
        (GCS_LINK, GCS_EXPIRED, "2020-01-16T09:30:00+00:00"),
        (SAS_LINK, SAS_EXPIRED, "Thu, 16 Jan 2020 09:30:00 GMT"),
    ],
    ids=["cloud-storage-expired-at", "shared-access-signed-expiry-time"],
)
def test_an_expired_links_store_says_when_in_its_own_words(url: str, body: bytes, expiry: str) -> None:
    said = expired_link(url, body)
    assert said is not None
    assert f"its expiry: {expiry}" in said


@pytest.mark.parametrize(
    ("url", "code", "body"),
    [(GCS_LINK, 400, GCS_EXPIRED), (SAS_LINK, 403, SAS_EXPIRED), (SAS_LINK, 401, SAS_EXPIRED)],
    ids=["400", "403", "401"],
)
def test_an_expired_signed_link_is_dead_whichever_refusal(url: str, code: int, body: bytes) -> None:
    fetcher = _Answers({url: _answer(url, code, body, **XML)})
    result = check([Citation(url, title="Annual Report 2019")], Config(), fetcher=fetcher).results[0]
    assert (result.status, result.cause) == (Status.DEAD, Cause.GONE)
    assert result.reason.startswith(f"{code}, ")
    assert "expired" in result.reason


@pytest.mark.parametrize(
    ("url", "code", "body", "status"),
    [
        # a signed link's store refusing it for another reason: not shown expired
        (
            GCS_LINK,
            400,
            b"<?xml version='1.0' encoding='UTF-8'?><Error><Code>InvalidArgument</Code></Error>",
            Status.ERROR,
        ),
        (GCS_LINK, 401, b'{"error": "unauthorized"}', Status.BLOCKED),
        # a store's expiry words for an address that is signed by nothing
        (f"{AGENCY}/reports/annual-2019.pdf", 400, GCS_EXPIRED, Status.ERROR),
        # an expiry in the store's words on an answer that is no refusal of it (a 404)
        (GCS_LINK, 404, GCS_EXPIRED, Status.DEAD),
    ],
    ids=["other-400", "other-401", "unsigned-400", "not-found"],
)
def test_other_refusals_keep_their_status(url: str, code: int, body: bytes, status: Status) -> None:
    fetcher = _Answers({url: _answer(url, code, body, **XML)})
    result = check([Citation(url, title="Annual Report 2019")], Config(), fetcher=fetcher).results[0]
    assert result.status is status
    assert "expired" not in result.reason


# --- a hosting panel's default page -------------------------------------------------------------------------


def test_a_hosting_panels_default_page_under_sorry_is_a_soft_404() -> None:
    url = f"{AGENCY}/20200116/1563221500.html"
    metadata = extract_metadata((FIXTURES / "amur-host-default.html").read_bytes(), url, HTML)
    signal = soft_404_signal(url, url, metadata, 0)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "Default Web Site Page" in signal[1]


@pytest.mark.parametrize("h1", ["Oops!", "Ой!", "Sorry"])
def test_an_interjection_over_an_error_title_names_nothing(h1: str) -> None:
    url = f"{AGENCY}/20200116/1563221501.html"
    metadata = extract_metadata(_page("Domain Default page", h1), url, HTML)
    signal = soft_404_signal(url, url, metadata, 0)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        # a headline beside the error title: the page may be the story with a stray title
        ("Domain Default page", "Sorry, Not Sorry: Why the Mayor Won't Apologise"),
        # a story about such pages
        (
            "Why Your Site Shows a Default Web Site Page After a DNS Change",
            "Why Your Site Shows a Default Web Site Page After a DNS Change",
        ),
    ],
    ids=["headline-beside", "story-about-it"],
)
def test_a_headline_is_left_alone(title: str, h1: str) -> None:
    url = f"{AGENCY}/20200116/1563221502.html"
    metadata = extract_metadata(_page(title, h1, DATED), url, HTML)
    assert soft_404_signal(url, url, metadata, 0) is None


# --- a network filter's block page --------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Web Page Blocked!", "Web page blocked", "Webpage blocked"])
def test_a_filters_block_page_is_blocked_and_says_so(title: str) -> None:
    url = f"{AGENCY}/20200117/1563221700.html"
    gate = gate_signal(url, url, extract_metadata(_page(title, title), url, HTML), 0)
    assert gate is not None
    assert gate[0] is Cause.LEGAL
    assert "blocked or restricted" in gate[1]
    assert "region" not in gate[1]


def test_a_regional_block_still_says_region() -> None:
    url = f"{AGENCY}/20200117/1563221701.html"
    title = "This content is not available in your region"
    gate = gate_signal(url, url, extract_metadata(_page(title, title), url, HTML), 0)
    assert gate is not None
    assert "region" in gate[1]


@pytest.mark.parametrize(
    ("title", "h1", "head"),
    [
        # a story headlined so: a headline, not the filter's page
        ("Website Blocked", "Website Blocked", DATED),
        ("Site blocked", "Site blocked", ""),
        # a longer headline about a block
        (
            "Site Blocked in Three Regions After Court Ruling",
            "Site Blocked in Three Regions After Court Ruling",
            "",
        ),
    ],
    ids=["dated-story", "site-blocked", "longer-headline"],
)
def test_stories_about_blocks_are_left_alone(title: str, h1: str, head: str) -> None:
    url = f"{AGENCY}/20200117/1563221702.html"
    assert gate_signal(url, url, extract_metadata(_page(title, h1, head), url, HTML), 0) is None
