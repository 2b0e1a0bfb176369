"""The thirty-third hostile round's rules, on small strings and byte strings, with what each leaves alone:

- a TLS server's plain-text line for a plain-HTTP request ("Client sent an HTTP request to an HTTPS
  server.", the whole body of an ``HTTP/1.0 400``) says the link's scheme is wrong, as nginx's and Apache's
  pages did (``classify.plain_http_to_tls_port``; ``/tls-server-plain-400`` was "unexpected 400");
- a WordPress security plugin's "Your access to this site has been limited by the site owner" page is the
  site's firewall refusing the client, whatever its status (``classify.firewall_refusal``;
  ``/waf-plugin-503-limited`` was a server error after two retries);
- a virtual waiting room's page served 200 in place of the page holds the client back for now
  (``classify.waiting_room``; ``/waiting-room-200`` was ``ok``);
- a header block of more than 100 lines (and at most 256) is read, as browsers read it
  (``headers.MAX_HEADER_LINES``; ``/headers-120-links`` was a protocol error, "got more than 100 headers").
"""

from __future__ import annotations

import http.client
import io

import pytest

from linkcheck.classify import classify_fetch, firewall_refusal, plain_http_to_tls_port, waiting_room
from linkcheck.config import Config
from linkcheck.headers import MAX_HEADER_LINES, parse_headers
from linkcheck.models import Cause, FetchResult, Status

_URL = "https://harbour-gazette.org/2020/01/09/ferry-timetable"


def _answer(body: bytes, code: int = 200, content_type: str = "text/html; charset=utf-8") -> FetchResult:
    return FetchResult(
        url=_URL, final_url=_URL, status_code=code, body=body, headers={"content-type": content_type}
    )


_STORY = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Ferry timetable changes</title></head>"
    b"<body><h1>Ferry timetable changes</h1><p>The ferry runs five times a day from Monday.</p></body></html>"
)


# --- a TLS server's plain-text 400 ------------------------------------------------------------------------

_GO_LINE = b"Client sent an HTTP request to an HTTPS server.\n"


def test_the_tls_servers_line_says_the_scheme_is_wrong() -> None:
    reason = plain_http_to_tls_port(400, _GO_LINE)
    assert reason is not None
    assert "https" in reason.lower()
    assert "Client sent an HTTP request to an HTTPS server" in reason  # the page's own words, quoted


def test_the_tls_servers_line_is_an_error_saying_https() -> None:
    verdict = classify_fetch(_answer(_GO_LINE, 400, content_type=""))
    assert (verdict.status, verdict.cause) == (Status.ERROR, Cause.HTTP_STATUS)
    assert "https://" in verdict.reason


def test_nginxs_page_is_still_quoted_as_its_own() -> None:
    page = b"<html><head><title>400 The plain HTTP request was sent to HTTPS port</title></head></html>"
    reason = plain_http_to_tls_port(400, page)
    assert reason is not None
    assert "The plain HTTP request was sent to HTTPS port" in reason


@pytest.mark.parametrize(
    ("code", "body"),
    [
        (200, _GO_LINE),  # the words served with another status: not the server's 400
        (404, _GO_LINE),
        (400, b"Client sent an HTTP request with a malformed header.\n"),  # another 400
        (400, _GO_LINE + b" " * 16_001),  # a page past the small answers' size
    ],
)
def test_the_tls_line_leaves_alone(code: int, body: bytes) -> None:
    assert plain_http_to_tls_port(code, body) is None


# --- a security plugin's firewall page ---------------------------------------------------------------------

_PLUGIN_PAGE = (
    b"<!DOCTYPE html><html><head><title>Your access to this site has been limited by the site owner</title>"
    b"</head><body><h1>Your access to this site has been limited by the site owner</h1><p>If you think you"
    b" have been blocked in error, contact the owner of this site for assistance.</p></body></html>"
)


@pytest.mark.parametrize("code", [503, 403, 200])
def test_the_plugins_page_is_a_refusal_whatever_its_status(code: int) -> None:
    assert firewall_refusal(_PLUGIN_PAGE) is not None
    verdict = classify_fetch(_answer(_PLUGIN_PAGE, code))
    assert (verdict.status, verdict.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE), verdict
    assert "access limited" in verdict.reason


@pytest.mark.parametrize(
    "body",
    [
        _STORY,
        # a help page quoting the words further down than a block page holds them
        b"<html><body>" + b"<p>Help.</p>" * 200 + b"<p>Your access to this site has been limited by the site"
        b" owner</p></body></html>",
        # the words in another case, in a sentence
        b"<p>your access to this site has been limited by the site owner, readers wrote</p>",
        # a large page
        _PLUGIN_PAGE + b" " * 16_001,
    ],
)
def test_the_plugins_mark_leaves_alone(body: bytes) -> None:
    assert firewall_refusal(body) is None


def test_the_plugins_503_after_its_retries_is_a_refusal() -> None:
    # the fetcher retried the 503 and gave up: the page is still the firewall's
    fetch = FetchResult(
        url=_URL,
        final_url=_URL,
        status_code=503,
        body=_PLUGIN_PAGE,
        headers={"content-type": "text/html; charset=utf-8"},
        cause=Cause.SERVER_ERROR,
        error="server error 503: still failing after 2 retries",
    )
    verdict = classify_fetch(fetch)
    assert (verdict.status, verdict.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE), verdict
    assert "refused" in verdict.reason


def test_a_plain_503_after_its_retries_stays_a_server_error() -> None:
    fetch = FetchResult(
        url=_URL,
        final_url=_URL,
        status_code=503,
        body=b"<html><body><h1>Service Unavailable</h1></body></html>",
        headers={"content-type": "text/html"},
        cause=Cause.SERVER_ERROR,
        error="server error 503: still failing after 2 retries",
    )
    verdict = classify_fetch(fetch)
    assert (verdict.status, verdict.cause) == (Status.ERROR, Cause.SERVER_ERROR), verdict


def test_a_plain_503_stays_a_server_error() -> None:
    verdict = classify_fetch(_answer(b"<html><body><h1>Service Unavailable</h1></body></html>", 503))
    assert verdict.status is Status.ERROR, verdict


# --- a virtual waiting room --------------------------------------------------------------------------------

_QUEUE_PAGE = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>You are now in line</title></head><body>"
    b"<h1>You are now in line</h1><p>Thank you for your patience.</p><p>Your estimated wait time is 4"
    b" minutes.</p></body></html>"
)


@pytest.mark.parametrize(
    "body",
    [
        _QUEUE_PAGE,
        b"<h1>You are now in line.</h1><p>When it is your turn, you will have 10 minutes to enter.</p>",
        b"<title>You are now in line</title><p>Keep this page open to keep your place in the Queue.</p>",
    ],
)
def test_a_waiting_rooms_page_is_one(body: bytes) -> None:
    assert waiting_room(body)


def test_a_waiting_room_served_200_is_held_back() -> None:
    verdict = classify_fetch(_answer(_QUEUE_PAGE))
    assert (verdict.status, verdict.cause) == (Status.BLOCKED, Cause.RATE_LIMITED), verdict
    assert "waiting room" in verdict.reason
    assert "queue" in verdict.reason


@pytest.mark.parametrize(
    "body",
    [
        _STORY,
        b"<h1>You are now in line</h1><p>Thank you.</p>",  # the heading alone: no turn is promised
        # the heading further down, in a story quoting it
        b"<html><body>" + b"<p>Fans waited all night.</p>" * 100 + b"<p>You are now in line, the screen said;"
        b" the wait time was two hours.</p></body></html>",
        # the words lower case in a sentence
        b"<p>you are now in line for a refund; the wait time is a week.</p>",
        # a large page
        _QUEUE_PAGE + b" " * 16_001,
    ],
)
def test_the_waiting_room_rule_leaves_alone(body: bytes) -> None:
    assert not waiting_room(body)


def test_a_story_about_queues_stays_a_page() -> None:
    story = _STORY.replace(b"</body>", b"<p>The wait time at the queue was an hour.</p></body>")
    assert classify_fetch(_answer(story)).status is Status.OK


# --- header lines beyond http.client's 100 -----------------------------------------------------------------


def _block(lines: int) -> bytes:
    return b"".join(
        b"Link: </static/chunk-%03d.js>; rel=preload; as=script\r\n" % n for n in range(lines)
    ) + (b"Content-Type: text/html\r\n\r\n")


@pytest.mark.parametrize("lines", [120, 254])  # with the Content-Type line and the blank one: 256
def test_a_block_of_more_than_100_lines_is_read(lines: int) -> None:
    message = parse_headers(io.BytesIO(_block(lines)))
    assert len(message.get_all("link")) == lines
    assert message.get("content-type") == "text/html"


def test_the_default_config_accepts_as_many_lines_as_the_reader() -> None:
    assert Config().max_headers == MAX_HEADER_LINES == 256


@pytest.mark.parametrize("lines", [MAX_HEADER_LINES, 500])
def test_a_flood_of_lines_is_still_refused(lines: int) -> None:
    with pytest.raises(http.client.HTTPException, match="more than 256 headers"):
        parse_headers(io.BytesIO(_block(lines)))
