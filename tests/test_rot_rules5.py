"""The rules the fifth link-rot batch (tests/test_rot_heldout5.py) brought, each on strings, bytes and
addresses, with what each must leave alone: a host's placeholder for a suspended or deleted site, a domain
pointed at no site, "isn't here anymore", a retraction note whose first sentence is the message, Finnish and
Hindi not-found pages, a CDN's or cache's error page served with 200, a slug rewritten around the same id."""

from __future__ import annotations

import pytest

from linkcheck.classify import _trivially_same, classify_fetch, moved_finding
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, FetchResult, Redirect, Severity, Status
from linkcheck.pagebody import notice_signal
from linkcheck.soft404 import is_error_title, soft_404_signal

SITE = "https://www.lakesidetribune.example"
STORY = f"{SITE}/news/2018/08/14/pier-light-restored"


# --- a site that is no more, and not-found pages in Finnish and Hindi -------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Account Suspended",
        "This Account has been suspended.",
        "This site has been archived or suspended.",
        "The authors have deleted this site.",
        "Domain Not Connected",
        "Looks like this domain isn't connected to a website yet!",
        "The story you were looking for isn't here anymore",
        "This page is no longer here",
        "This article has been retracted.",
        "Hups! Sivua ei löytynyt",
        "Hupsis, valitettavasti sivua ei löytynyt",
        "ओह! यह पेज उपलब्ध नहीं है",
        "यह पेज मौजूद नहीं है",
    ],
)
def test_error_messages_of_the_fifth_batch(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Account suspended: township's website goes dark after hosting bill goes unpaid",
        "Minister's account suspended after posts on election night",
        "Council website suspended after ransomware attack hits payments",
        "Night bus is no longer here after 11pm",
        "The authors who deleted their books from the library",
        "Is this domain connected to a website? How to check in five minutes",
        "Study retracted after journal finds image errors",
        "Retracted: how a false story spread",
    ],
)
def test_headlines_that_are_no_error_message(title: str) -> None:
    assert not is_error_title(title)


def test_a_suspended_accounts_placeholder_is_an_error_page_that_says_so() -> None:
    page = (
        b"<html><head><title>Account Suspended</title></head><body><h1>Account Suspended</h1>"
        b"<p>This Account has been suspended.</p><p>Contact your hosting provider for more information.</p>"
        b"</body></html>"
    )
    signal = soft_404_signal(STORY, STORY, extract_metadata(page, STORY), 0)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "Suspended" in signal[1]


# --- a notice whose first sentence is the message, under a kept headline ---------------------------------

HEAD = (
    "<html><head><title>RETRACTED: Water district manager steered contracts | The Valley Ledger</title>"
    '<meta property="og:site_name" content="The Valley Ledger">'
    '<meta property="article:published_time" content="2019-10-08T05:00:00-07:00"></head><body>'
    "<h1>Retracted: Water district manager steered contracts</h1><p class=meta><time>Oct. 8, 2019</time></p>"
)
PARAGRAPH = (
    "<p>The district's records show the firm was paid for pipe relining, meter replacement and two pump"
    " overhauls, work that was never put out to tender as the district's own rules require it to be.</p>"
)


def _notice(html: str, url: str = STORY) -> tuple[Status, Cause, str] | None:
    return notice_signal(url, url, html.encode(), extract_metadata(html.encode(), url))


def test_a_retraction_note_in_place_of_the_article_is_a_soft_404() -> None:
    html = (
        HEAD + "<h2>Editor's note</h2><p>This article has been retracted. After publication we learned that"
        " the records on which it relied did not show what it said they showed, and we have removed its"
        " text. We apologise to the district and to our readers.</p><p>The editors</p></body>"
    )
    got = _notice(html)
    assert got is not None
    assert got[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)
    assert "retracted" in got[2]


def test_a_line_that_says_it_is_gone_first_then_goes_on_is_read_by_its_first_sentence() -> None:
    html = (
        HEAD + "<p>The story you were looking for isn't here anymore. Were you looking for one of these?</p>"
        '<h2>Similar articles</h2><h3><a href="/news/2018/08/14/x">Pier light restored</a></h3></body>'
    )
    assert _notice(html) is not None


def test_what_the_first_sentence_reading_leaves_alone() -> None:
    # a correction box: its first sentence is no message, its later ones are about a figure
    correction = (
        HEAD + "<div class=correction><p>Correction: An earlier version of this article said the fine was"
        " £210,000. The earlier figure has been withdrawn.</p></div>" + PARAGRAPH * 2 + "</body>"
    )
    assert _notice(correction) is None
    # the message first, but the article goes on after it: a line about something in it
    going_on = HEAD + "<p>This article has been retracted. " + "It was not. " * 3 + "</p>" + PARAGRAPH * 4
    assert _notice(going_on + "</body>") is None
    # a first sentence too long to be a message is not judged as one
    long = HEAD + "<p>" + "This article has been retracted " * 8 + ". Then more.</p></body>"
    assert _notice(long) is None


# --- a CDN's or cache's error page served with 200 ----------------------------------------------------------


def _fetched(body: bytes, status: int = 200) -> FetchResult:
    return FetchResult(
        url=STORY, final_url=STORY, status_code=status, headers={"content-type": "text/html"}, body=body
    )


CLOUDFLARE_522 = (
    b"<html><head><title>lakesidetribune.example | 522: Connection timed out</title></head><body>"
    b'<div id="cf-wrapper"><div id="cf-error-details"><h1><span>Connection timed out</span>'
    b"<span>Error code 522</span></h1><p>Cloudflare Ray ID: 7bfb1c2d9e3a41f0</p></div></div></body></html>"
)


@pytest.mark.parametrize(
    "body",
    [
        CLOUDFLARE_522,
        b"<html><head><title>503 Backend fetch failed</title></head><body><h1>Error 503 Backend fetch failed"
        b"</h1><p>Backend fetch failed</p><h3>Guru Meditation:</h3><p>XID: 84412907</p><hr><p>Varnish cache"
        b" server</p></body></html>",
        b"<html><body><h1>Error 503 Backend is unhealthy</h1><p>Backend is unhealthy</p><h3>Guru Mediation:"
        b"</h3><p>Details: cache-ams21034-AMS 1682863402 2831612519</p></body></html>",
        b"<HTML><HEAD><TITLE>Service Unavailable</TITLE></HEAD><BODY><H1>Service Unavailable - Zero size"
        b" object</H1>The server is temporarily unable to service your request.<P>"
        b"Reference&#32;&#35;15&#46;3c2a1402&#46;1682863402&#46;5e8f2c1b</BODY></HTML>",
    ],
)
def test_a_cdn_error_page_served_200_is_a_server_error(body: bytes) -> None:
    got = classify_fetch(_fetched(body))
    assert (got.status, got.cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "try again later" in got.reason


def test_what_the_cdn_error_reading_leaves_alone() -> None:
    # a story quoting a CDN's error in its words, not its markup
    story = (
        b"<html><head><title>Error 522: Connection timed out: county's site fails</title></head><body><h1>"
        b"Error 522: Connection timed out</h1><p>People saw 'Error code 522. Cloudflare Ray ID' all morning."
        b"</p></body></html>"
    )
    assert classify_fetch(_fetched(story)).status is Status.OK
    # Cloudflare's page for its own 1xxx errors but its DNS ones (a visitor blocked): not the origin down
    blocked = CLOUDFLARE_522.replace(b"Error code 522", b"Error code 1020").replace(b"522:", b"1020:")
    assert classify_fetch(_fetched(blocked)).status is Status.OK
    # a large page is no CDN's error page, whatever it quotes
    big = b"<html><body><h1>Guru Meditation: an essay</h1>" + b"<p>Words about caches.</p>" * 1000
    assert classify_fetch(_fetched(big)).status is Status.OK


# --- a slug rewritten around the same article id --------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "/news/uk/night-ferries-trial-b1873412.html",
            "/news/uk/harbour-authority-approves-night-ferries-b1873412.html",
        ),
        (
            "/national/300287461/tolls-to-go-early",
            "/national/300287461/harbour-crossing-tolls-end-a-year-early",
        ),
        ("/world/europe-66012345", "/world/europe-rail-strike-66012345"),
    ],
)
def test_a_slug_rewritten_around_the_same_id_is_a_trivial_move(old: str, new: str) -> None:
    assert _trivially_same(f"http://{SITE[8:]}{old}", f"{SITE}{new}")
    fetch = FetchResult(
        url=f"{SITE}{old}",
        final_url=f"{SITE}{new}",
        status_code=200,
        headers={},
        body=b"",
        redirects=(Redirect(301, f"{SITE}{new}"),),
    )
    moved = moved_finding(fetch)
    assert moved is not None
    assert moved.severity is Severity.INFO


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a new slug and a new id
        ("/2019/06/12/night-ferries-approved.html", "/news/transport/night-ferries-approved-a8812345"),
        # the same date, another slug: a date is no article's id
        ("/news/20190612/ferries-approved", "/news/20190612/ferry-fares-frozen"),
        # another id under the same slug
        ("/news/council-sets-budget-44113", "/news/council-sets-budget-58812"),
        # the id kept, the page moved to another section's path depth
        ("/news/300287461/tolls", "/news/national/300287461/tolls"),
        # no long number at all
        ("/news/2019/jun/12/ferries", "/news/2019/jun/12/night-ferries"),
    ],
)
def test_what_the_same_id_reading_leaves_alone(old: str, new: str) -> None:
    assert not _trivially_same(f"{SITE}{old}", f"{SITE}{new}")


def test_the_same_id_on_another_host_is_no_trivial_move() -> None:
    old, new = "/national/300287461/tolls-to-go", "/national/300287461/tolls-end-early"
    assert not _trivially_same(f"{SITE}{old}", f"https://www.othertown.example{new}")
