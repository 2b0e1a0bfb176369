"""The thirty-second hostile round's rules, on small strings and byte strings, with what each leaves alone:

- a PHP framework's production error page states the status it answered with ('The server returned a "404
  Not Found".'): served 200, its 404 or 410 is the story not there, another code the application failing
  (``classify.oops_status``; ``/symfony-oops-404-200`` was ``ok``);
- a web server's or an application server's own page for a server error (nginx's packaged 50x page, uWSGI's
  "uWSGI Error") served 200 is an ``error`` (``classify.server_error_page``; ``/nginx-50x-page-200`` and
  ``/uwsgi-no-app-200`` were ``ok``);
- a CDN edge's whole answer "error code: <number>" served 200 is the edge's error: its firewall's numbers a
  refusal, its rate limit's a refusal for now, any other the way to the site failing
  (``classify.edge_error_code``; ``/edge-error-code-200`` was ``ok``).
"""

from __future__ import annotations

import pytest

from linkcheck.classify import classify_fetch, edge_error_code, oops_status, server_error_page
from linkcheck.models import Cause, FetchResult, Status

_URL = "https://harbour-gazette.org/2020/01/09/ferry-timetable"


def _answer(body: bytes, code: int = 200, content_type: str = "text/html; charset=utf-8") -> FetchResult:
    return FetchResult(
        url=_URL, final_url=_URL, status_code=code, body=body, headers={"content-type": content_type}
    )


def _oops(code: str) -> bytes:
    return (
        b'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="UTF-8" />\n'
        b"<title>An Error Occurred: Not Found</title>\n</head>\n<body>\n"
        b'<div class="container">\n<h1>Oops! An Error Occurred</h1>\n<h2>The server returned'
        b' a "' + code.encode() + b'".</h2>\n<p>Something is broken. Please let us know what you were doing'
        b" when this error occurred.</p>\n</div>\n</body>\n</html>\n"
    )


_STORY = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Ferry timetable changes</title></head>"
    b"<body><h1>Ferry timetable changes</h1><p>The ferry runs five times a day from Monday.</p></body></html>"
)


# --- a PHP framework's production error page --------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "stated"),
    [
        ("404 Not Found", (404, "Not Found")),
        ("410 Gone", (410, "Gone")),
        ("500 Internal Server Error", (500, "Internal Server Error")),
    ],
)
def test_the_framework_error_page_states_its_status(code: str, stated: tuple[int, str]) -> None:
    assert oops_status(_oops(code)) == stated


@pytest.mark.parametrize("code", ["404 Not Found", "410 Gone"])
def test_its_not_found_served_200_is_a_soft_404(code: str) -> None:
    liveness = classify_fetch(_answer(_oops(code)))
    assert (liveness.status, liveness.cause) == (Status.SOFT_404, Cause.ERROR_PAGE), liveness
    assert code.split()[0] in liveness.reason
    assert "Oops! An Error Occurred" in liveness.reason


@pytest.mark.parametrize(
    ("code", "cause"),
    [("500 Internal Server Error", Cause.SERVER_ERROR), ("403 Forbidden", Cause.HTTP_STATUS)],
)
def test_its_other_codes_served_200_are_errors(code: str, cause: Cause) -> None:
    liveness = classify_fetch(_answer(_oops(code)))
    assert (liveness.status, liveness.cause) == (Status.ERROR, cause), liveness
    assert code in liveness.reason


@pytest.mark.parametrize(
    "body",
    [
        # a guide to the framework that quotes the heading escaped, and one that quotes it after its own text
        b"<html><title>Customising error pages</title><pre>&lt;h1&gt;Oops! An Error Occurred&lt;/h1&gt;"
        b' The server returned a "404 Not Found".</pre></html>',
        b"<html><title>Customising error pages</title>"
        + b"<p>"
        + b"The framework's stock page reads as follows. " * 60
        + b"</p>"
        + b'<h1>Oops! An Error Occurred</h1><h2>The server returned a "404 Not Found".</h2></html>',
        # the heading with no status stated, the status with no heading, a page over the stock page's size
        b"<html><body><h1>Oops! An Error Occurred</h1><p>Try again.</p></body></html>",
        b'<html><body><h2>The server returned a "404 Not Found".</h2></body></html>',
        _oops("404 Not Found") + b" " * 8_192,
        _STORY,
    ],
)
def test_pages_that_are_no_framework_error_page_are_left_alone(body: bytes) -> None:
    assert oops_status(body) is None
    assert classify_fetch(_answer(body)).status is Status.OK


# --- a web server's or an application server's own page for a server error --------------------------------

_NGINX_50X = (
    b"<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n"
    b"<p>Sorry, the page you are looking for is currently unavailable.<br/>\nPlease try again later.</p>\n"
    b"<p><em>Faithfully yours, nginx.</em></p>\n</body>\n</html>\n"
)
_UWSGI = b"<h1>uWSGI Error</h1>Python application not found"


@pytest.mark.parametrize(("body", "words"), [(_NGINX_50X, "nginx's 50x page"), (_UWSGI, "uWSGI Error")])
def test_a_server_error_page_served_200_is_an_error(body: bytes, words: str) -> None:
    said = server_error_page(body)
    assert said is not None
    assert words in said
    liveness = classify_fetch(_answer(body))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR), liveness
    assert words in liveness.reason
    assert "try again later" in liveness.reason


@pytest.mark.parametrize(
    "body",
    [
        # a guide to the server's error pages quoting them escaped
        b"<html><title>Custom 50x pages</title><pre>&lt;p&gt;&lt;em&gt;Faithfully yours, nginx.&lt;/em&gt;"
        b"&lt;/p&gt;</pre><pre>&lt;h1&gt;uWSGI Error&lt;/h1&gt;</pre></html>",
        # the server's welcome page (another rule's), a story that names the software, a page too large
        b"<html><head><title>Welcome to nginx!</title></head><body><p><em>Thank you for using nginx.</em></p>"
        b"</body></html>",
        b"<html><title>Why uWSGI Error pages appear</title><p>An uWSGI error means the app did not load.</p>",
        _NGINX_50X + b" " * 8_192,
        _STORY,
    ],
)
def test_pages_that_are_no_server_error_page_are_left_alone(body: bytes) -> None:
    assert server_error_page(body) is None
    assert classify_fetch(_answer(body)).status is Status.OK


def test_a_server_error_page_with_its_own_status_keeps_the_status_rule() -> None:
    # sent as it should be, with its 502: the status says it, the page is not asked
    liveness = classify_fetch(_answer(_NGINX_50X, code=502))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert liveness.reason.startswith("502 Bad Gateway")


# --- a CDN edge's bare error code ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "number"),
    [(b"error code: 1016", 1016), (b"error code: 522\n", 522), (b"  error code: 1101\r\n", 1101)],
)
def test_the_edge_error_code_is_read(body: bytes, number: int) -> None:
    assert edge_error_code(body) == number


@pytest.mark.parametrize("body", [b"error code: 1016", b"error code: 522", b"error code: 1101"])
def test_an_edge_error_code_served_200_is_an_error(body: bytes) -> None:
    liveness = classify_fetch(_answer(body, content_type="text/plain; charset=UTF-8"))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR), liveness
    assert body.decode() in liveness.reason


def test_an_edge_firewall_code_is_a_refusal() -> None:
    liveness = classify_fetch(_answer(b"error code: 1020", content_type="text/plain"))
    assert (liveness.status, liveness.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE), liveness
    assert "error code: 1020" in liveness.reason


def test_an_edge_rate_limit_code_is_blocked_for_now() -> None:
    liveness = classify_fetch(_answer(b"error code: 1015", content_type="text/plain"))
    assert (liveness.status, liveness.cause) == (Status.BLOCKED, Cause.RATE_LIMITED), liveness


@pytest.mark.parametrize(
    "body",
    [
        b"error code: 1016 means the CDN could not resolve the origin's name.",  # a sentence about it
        b"<p>error code: 1016</p>",  # in markup: a page
        b"Error Code: 1016",  # not as the edge writes it
        b"error code: 10",  # no edge number
        b"error code: 1016" + b" " * 64,  # longer than the edge's answer
        b"Ferry timetable changes",
    ],
)
def test_texts_that_are_no_edge_error_code_are_left_alone(body: bytes) -> None:
    assert edge_error_code(body) is None
    assert classify_fetch(_answer(body, content_type="text/plain")).status is Status.OK
