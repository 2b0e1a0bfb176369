"""The thirtieth hostile round's rules, on small strings and byte strings, with what each leaves alone:

- "Server Error", the 5xx class's own name, after a 5xx code is a title stating that status ("502 Server
  Error", a Google front end's page) (``soft404._SERVER_PHRASES``; ``/gfe-temporary-error-200`` passed);
- a Kubernetes ingress's "default backend" is an error phrase ("default backend - 404", its default
  backend's whole answer) (``soft404.ERROR_PHRASES``; ``/ingress-default-backend-200`` passed).
"""

from __future__ import annotations

import pytest

from linkcheck import check
from linkcheck.config import Config
from linkcheck.models import Cause, Citation, FetchResult, Status
from linkcheck.soft404 import is_error_title, server_status_title
from tests.test_checker import FakeFetcher

_URL = "https://harbour-gazette.org/2020/01/09/ferry-timetable"
_TITLE = "Ferry timetable changes"
#: A Google front end's 502 page, as it writes it.
_GFE_502 = (
    b'<html><head>\n<meta http-equiv="content-type" content="text/html;charset=utf-8">\n'
    b"<title>502 Server Error</title>\n</head>\n<body text=#000000 bgcolor=#ffffff>\n"
    b"<h1>Error: Server Error</h1>\n<h2>The server encountered a temporary error and could not complete"
    b" your request.<p>Please try again in 30 seconds.</h2>\n<h2></h2>\n</body></html>\n"
)
_STORY = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>%s</title></head><body><article>"
    b"<h1>%s</h1><p>The ferry runs five times a day from Monday, with two fewer crossings at night and a new"
    b" stop at the harbour's north pier, the council said on Thursday after a month of talks.</p>"
    b"</article></body></html>"
)


def _report(body: bytes, content_type: str = "text/html; charset=utf-8") -> tuple[Status, Cause | None, str]:
    def answer_(url: str) -> FetchResult:
        headers = {"content-type": content_type}
        return FetchResult(url=_URL, final_url=_URL, status_code=200, headers=headers, body=body)

    (result,) = check([Citation(url=_URL, title=_TITLE)], Config(), fetcher=FakeFetcher(answer_)).results
    return result.status, result.cause, result.reason


# --- "Server Error" after a 5xx code ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("502 Server Error", 502),
        ("500 Server Error", 500),
        ("503 server error", 503),
        ("HTTP 504 Server Error", 504),
        ("502 Server Error | harbour-gazette.org", 502),
    ],
)
def test_server_error_after_a_5xx_code_states_that_status(title: str, code: int) -> None:
    assert server_status_title([title]) == (code, title)


@pytest.mark.parametrize(
    "title",
    [
        "502 Server Errors explained",  # a headline's words after the phrase
        "Server Error 502 haunts the ferry booking site for a week",  # a headline
        "Flight 502 server error grounds planes",
        "404 Server Error",  # a 4xx code: the soft-404 signals read those
        "2015 Server Error",  # a year
        "Server Error",  # no code: read by other rules, not this one
    ],
)
def test_headlines_years_and_other_codes_are_left_alone(title: str) -> None:
    assert server_status_title([title]) is None


def test_a_google_front_end_s_502_page_served_200_is_an_error() -> None:
    status, cause, reason = _report(_GFE_502)
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "502" in reason, reason


def test_a_story_about_server_errors_passes() -> None:
    title = b"Ferry timetable changes"
    # (a headline "502 Server Error: why ..." is two pieces, the first the code and its phrase: read as the
    # status, as "502 Bad Gateway: why ..." was before this round; left as it was)
    status, _cause, reason = _report(
        _STORY % (title, b"Booking site down for a day after a 502 server error")
    )
    assert status is Status.OK, reason


# --- an ingress's default backend --------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["default backend - 404", "Default backend", "404 - default backend"])
def test_an_ingress_default_backend_is_an_error_title(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Configuring the default backend of an ingress",
        "Default backend settings explained",
        "The default backend returns 404 for unrouted hosts",
    ],
)
def test_headlines_holding_the_words_are_left_alone(title: str) -> None:
    assert not is_error_title(title)


def test_the_default_backend_s_answer_served_200_is_a_soft_404() -> None:
    status, cause, reason = _report(b"default backend - 404", "text/plain; charset=utf-8")
    assert (status, cause) == (Status.SOFT_404, Cause.ERROR_PAGE), reason
    assert "default backend" in reason, reason


def test_a_plain_text_file_about_the_default_backend_passes() -> None:
    text = (
        b"Notes on the harbour's booking service\n\nThe default backend answers 404 for any host the ingress"
        b" does not route; the ferry timetable lives on its own service behind the ingress.\n"
    )
    status, _cause, reason = _report(text, "text/plain; charset=utf-8")
    assert status is Status.OK, reason
