"""The twenty-first hostile round's rules, each on small header values, statuses and answers, with what it
leaves alone:

- a ``Location`` line with an empty value does not count (``fetch.locations_that_count``), as Chromium's
  ``IsRedirect`` skips it: a 3xx whose every ``Location`` is empty is the answer, where it was "a redirect to
  an invalid URL: ''" and ``dead`` (the run failed on it);
- a redirect status that is the final answer says what it lacked (``classify.redirect_without_target``): "no
  Location header" or "its Location header is empty", where it said "unexpected 302 Found" only;
- a ``511 Network Authentication Required`` says that the run's network asks for a sign-in, not the site
  (``classify.network_sign_in``; RFC 6585 6: a captive portal's answer): it was a ``server_error``.
"""

from __future__ import annotations

import pytest

from linkcheck.classify import Liveness, classify_fetch, network_sign_in, redirect_without_target
from linkcheck.config import Config
from linkcheck.fetch import Fetcher, locations_that_count
from linkcheck.models import Cause, FetchResult, Status
from tests.test_hostile import _Listener, _page


def _config(port: int) -> Config:
    return Config(
        allow_hosts=(f"127.0.0.1:{port}",),
        deadline=3.0,
        connect_timeout=1.0,
        read_timeout=1.0,
        retries=0,
        backoff_base=0.01,
        backoff_max=0.05,
    )


def _redirect(*locations: bytes) -> bytes:
    lines = b"".join(b"Location:%s\r\n" % value for value in locations)
    body = b"<html><head><title>Found</title></head><body>found</body></html>"
    return b"HTTP/1.1 302 Found\r\n%sContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (
        lines,
        len(body),
        body,
    )


# --- an empty Location does not count ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "kept"),
    [
        ([""], []),
        (["   "], []),
        (["\t"], []),
        (["", "/moved"], ["/moved"]),
        (["/moved", ""], ["/moved"]),
        (["", ""], []),
    ],
)
def test_empty_location_values_do_not_count(values: list[str], kept: list[str]) -> None:
    assert locations_that_count(values) == kept


@pytest.mark.parametrize(
    "values",
    [["/moved"], ["#top"], ["?"], ["\x01"], ["/a", "/b"], ["/a", "/a"], ["http://example.org/ x"]],
)
def test_locations_with_a_character_in_them_are_left_alone(values: list[str]) -> None:
    assert locations_that_count(values) == values


def test_a_302_with_an_empty_location_is_the_answer_and_the_first_non_empty_one_is_followed() -> None:
    answers = {
        "/empty": [_redirect(b" ")],
        "/empty-then-target": [_redirect(b"", b" /target")],
        "/target": [_page()],
    }
    with _Listener(lambda path: answers.get(path, [_page(status=b"404 Not Found")])) as site:
        with Fetcher(_config(site.port)) as fetcher:
            empty = fetcher.fetch(f"http://127.0.0.1:{site.port}/empty")
            second = fetcher.fetch(f"http://127.0.0.1:{site.port}/empty-then-target")
        asked = [head.split(b" ")[1] for head in site.requests]
    assert (empty.cause, empty.status_code, empty.redirects) == (None, 302, ()), empty.error
    assert (second.cause, second.status_code) == (None, 200), second.error
    assert second.final_url == f"http://127.0.0.1:{site.port}/target"
    assert asked.count(b"/empty") == 1  # not asked again as its own target


# --- a redirect status that is the answer says what it lacked -----------------------------------------------


def test_a_redirect_status_without_a_target_says_which_it_lacked() -> None:
    assert "Location header is empty" in redirect_without_target(302, {"location": ""})
    assert "no Location header" in redirect_without_target(301, {"content-type": "text/html"})
    assert "no Location header" in redirect_without_target(300, {})


@pytest.mark.parametrize("code", [200, 204, 304, 305, 404, 500])
def test_other_statuses_keep_their_reasons(code: int) -> None:
    assert redirect_without_target(code, {"location": ""}) == ""


def test_the_report_of_a_302_without_a_target_names_the_empty_location() -> None:
    fetch = FetchResult("http://a.test/x", "http://a.test/x", status_code=302, headers={"location": ""})
    liveness = classify_fetch(fetch)
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.HTTP_STATUS)
    assert liveness.reason.startswith("unexpected 302 Found: its Location header is empty"), liveness.reason


# --- a 511 is the run's network asking for a sign-in ------------------------------------------------------


def test_a_511_says_the_network_asks_for_a_sign_in() -> None:
    reason = network_sign_in(511) or ""
    assert reason.startswith("511 Network Authentication Required: the network this run is on"), reason
    assert "captive portal" in reason
    fetch = FetchResult("http://a.test/x", "http://a.test/x", status_code=511)
    assert classify_fetch(fetch) == Liveness(Status.ERROR, Cause.HTTP_STATUS, reason)


@pytest.mark.parametrize("code", [500, 502, 503, 504, 510, 599, 407, 200])
def test_other_codes_are_no_network_sign_in(code: int) -> None:
    assert network_sign_in(code) is None


def test_other_5xx_answers_stay_server_errors() -> None:
    fetch = FetchResult("http://a.test/x", "http://a.test/x", status_code=502)
    liveness = classify_fetch(fetch)
    assert (liveness.status, liveness.cause, liveness.reason) == (
        Status.ERROR,
        Cause.SERVER_ERROR,
        "502 Bad Gateway",
    )
