"""The thirtieth hostile round's rules, on small strings and byte strings, with what each leaves alone:

- "Server Error", the 5xx class's own name, after a 5xx code is a title stating that status ("502 Server
  Error", a Google front end's page) (``soft404._SERVER_PHRASES``; ``/gfe-temporary-error-200`` passed);
- a Kubernetes ingress's "default backend" is an error phrase ("default backend - 404", its default
  backend's whole answer) (``soft404.ERROR_PHRASES``; ``/ingress-default-backend-200`` passed);
- a connection the server took and closed or reset before any answer warns (``error``, cause ``connection``)
  instead of failing as ``dead``: firewalls refusing automated clients do this to a page browsers get
  (``classify.dropped_unanswered``; reports3's leftover). A refused connection stays ``dead``.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time

import pytest

from linkcheck import check
from linkcheck.classify import Liveness, classify_fetch
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


# --- a connection taken and dropped unanswered (reports3's leftover) --------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        "news.example:443 closed the connection without a response",
        "connection reset by news.example:443",
    ],
)
def test_a_connection_dropped_unanswered_warns_saying_a_browser_may_get_the_page(error: str) -> None:
    fetch = FetchResult(url=_URL, final_url=_URL, cause=Cause.CONNECTION, error=error)
    liveness = classify_fetch(fetch)
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.CONNECTION), liveness.reason
    assert liveness.reason.startswith(error), liveness.reason
    assert "browser" in liveness.reason, liveness.reason


@pytest.mark.parametrize(
    ("cause", "error"),
    [
        (Cause.CONNECTION, "connection refused by news.example:443"),  # nothing listens there
        (Cause.CONNECTION, "could not connect to news.example:443: No route to host"),
        (Cause.CONNECTION, "connection to news.example:443 aborted"),
        (Cause.DNS, "host name news.example does not resolve (Name or service not known)"),
        (Cause.CONNECTION, "what happened, for people"),
    ],
)
def test_refused_and_unresolved_stay_dead(cause: Cause, error: str) -> None:
    fetch = FetchResult(url=_URL, final_url=_URL, cause=cause, error=error)
    assert classify_fetch(fetch) == Liveness(Status.DEAD, cause, error)


def _dropping_listener(stop: threading.Event, reset: bool) -> tuple[socket.socket, threading.Thread]:
    """A listener on 127.0.0.1 that reads each request and closes (or resets) the connection unanswered."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.2)

    def serve() -> None:
        deadline = time.monotonic() + 30
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                with contextlib.suppress(OSError):
                    conn.recv(65536)
                if reset:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return listener, thread


@pytest.mark.parametrize("reset", [False, True], ids=["closed", "reset"])
def test_a_live_host_dropping_the_request_warns_and_fails_no_run(reset: bool) -> None:
    stop = threading.Event()
    listener, thread = _dropping_listener(stop, reset)
    origin = f"127.0.0.1:{listener.getsockname()[1]}"
    try:
        config = Config(
            allow_hosts=(origin,), deadline=5.0, connect_timeout=1.0, read_timeout=1.0, retries=1,
            backoff_base=0.01, backoff_max=0.05,
        )  # fmt: skip
        report = check([Citation(url=f"http://{origin}/2020/01/09/ferry-timetable", title=_TITLE)], config)
    finally:
        stop.set()
        listener.close()
        thread.join(5)
    (result,) = report.results
    assert (result.status, result.cause, str(result.verdict)) == (Status.ERROR, Cause.CONNECTION, "warn"), (
        result.reason
    )
    assert "browser" in result.reason, result.reason
    assert report.exit_code == 0, report.exit_code
