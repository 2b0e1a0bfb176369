"""The twenty-first hostile round's rules, each on small header values, statuses and answers, with what it
leaves alone:

- a ``Location`` line with an empty value does not count (``fetch.locations_that_count``), as Chromium's
  ``IsRedirect`` skips it: a 3xx whose every ``Location`` is empty is the answer, where it was "a redirect to
  an invalid URL: ''" and ``dead`` (the run failed on it);
- a redirect status that is the final answer says what it lacked (``classify.redirect_without_target``): "no
  Location header" or "its Location header is empty", where it said "unexpected 302 Found" only;
- a ``511 Network Authentication Required`` says that the run's network asks for a sign-in, not the site
  (``classify.network_sign_in``; RFC 6585 6: a captive portal's answer): it was a ``server_error``;
- a link that got no answer in time, or ended rate limited, counts toward taking its host as down (or as
  limiting every request) only when no other link of the host was answered (served) while it was in flight
  (``hostdown.no_other_answer``, the ``since`` of ``HostsDown.record``): the rows were counted in the order
  links ended, so on a host with many links at a time, links that hung or waited side by side took a host
  serving pages as down, and which of its links were then not requested depended on the order and the
  machine's load (the leftover of the nineteenth and twentieth rounds: which ``/429-date-*`` case a
  ``defaults`` run reported ``blocked``; and the catalogue's ``ci`` run, whose server was taken as down in
  two runs of three).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from linkcheck import check
from linkcheck.classify import Liveness, classify_fetch, network_sign_in, redirect_without_target
from linkcheck.config import Config
from linkcheck.fetch import Fetcher, locations_that_count
from linkcheck.hostdown import HostsDown, no_other_answer
from linkcheck.models import Cause, Citation, FetchResult, Status
from tests.test_checker import FakeFetcher, page
from tests.test_hostdown import rate_limited
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


# --- a host is down, or limits every request, only if it answered nothing else meanwhile ------------------


@pytest.mark.parametrize(("since", "answered"), [(None, 5), (0, 0), (3, 3)])
def test_a_link_with_no_other_answer_meanwhile_counts(since: int | None, answered: int) -> None:
    assert no_other_answer(since, answered)


@pytest.mark.parametrize(("since", "answered"), [(0, 1), (2, 7)])
def test_a_link_while_another_was_answered_does_not(since: int, answered: int) -> None:
    assert not no_other_answer(since, answered)


def _hung(url: str) -> FetchResult:
    error = "busy-outlet.ru:443 stopped answering (read timed out)"
    return FetchResult(url, url, cause=Cause.TIMEOUT, error=error, attempts=3, answer_timed_out=True)


@pytest.mark.parametrize(("ending", "phrase"), [(rate_limited, "rate limited 3"), (_hung, "taken as down")])
def test_links_that_waited_side_by_side_with_a_page_do_not_take_the_host_down(
    ending: Callable[[str], FetchResult], phrase: str
) -> None:
    hosts = HostsDown(after=3)
    host = "busy-outlet.ru"
    handed = [hosts.answers(host) for _ in range(3)]  # three links handed out together
    hosts.record(host, page("https://busy-outlet.ru/page"), hosts.answers(host))  # a page ends meanwhile
    for n, since in enumerate(handed):
        hosts.record(host, ending(f"https://busy-outlet.ru/{n}"), since)
    assert hosts.down(host) is None
    for n in range(3):  # three handed out after it, ending so one after the other with nothing else
        since = hosts.answers(host)
        hosts.record(host, ending(f"https://busy-outlet.ru/later/{n}"), since)
    down = hosts.down(host)
    assert down is not None, "three links in a row with nothing else answered"
    assert phrase in down.reason


def test_a_rate_limit_meanwhile_is_an_answer_for_a_hung_link_but_serves_nothing() -> None:
    # a 429 shows the host is there (a hung link beside it is one page's), but a host answering only 429s
    # limits every request
    host = "busy-outlet.ru"
    hosts = HostsDown(after=3)
    limited = [hosts.answers(host) for _ in range(3)]  # handed out together, limited one after the other
    for n, since in enumerate(limited):
        hosts.record(host, rate_limited(f"https://busy-outlet.ru/limited/{n}"), since)
    down = hosts.down(host)
    assert down is not None
    assert down.cause is Cause.RATE_LIMITED
    hosts = HostsDown(after=3)
    hung = [hosts.answers(host) for _ in range(3)]  # handed out together; a 429 ends while they hang
    hosts.record(host, rate_limited("https://busy-outlet.ru/limited"), hosts.answers(host))
    for n, since in enumerate(hung):
        hosts.record(host, _hung(f"https://busy-outlet.ru/hung/{n}"), since)
    assert hosts.down(host) is None


def test_a_link_whose_start_is_not_known_counts_as_before() -> None:
    hosts = HostsDown(after=3)
    hosts.record("busy-outlet.ru", page("https://busy-outlet.ru/page"))
    for n in range(3):
        hosts.record("busy-outlet.ru", rate_limited(f"https://busy-outlet.ru/{n}"))
    assert hosts.down("busy-outlet.ru") is not None


@pytest.mark.parametrize("ending", [rate_limited, _hung])
def test_a_run_does_not_take_a_host_that_answered_meanwhile_as_down(
    ending: Callable[[str], FetchResult],
) -> None:
    # /0 is handed out with the page /p (which ends once /0 has begun); /0 waits until /1 (handed out once
    # the page ended) has run, and ends after it: the host served the page while /0 waited, so /0 does not
    # count, and /4, the fourth such link, is still asked (counted in the order they ended, /1, /2 and /0
    # took the host as down whenever /0 ended before /4 was handed out)
    began, ran = threading.Event(), threading.Event()

    def answer(url: str) -> FetchResult:
        path = url.rsplit("/", 1)[1]
        if path == "p":
            began.wait(10)  # bounds, not timings: each event is set as soon as its link runs
            return page(url)
        if path == "0":
            began.set()
            ran.wait(10)
        else:
            ran.set()
        return ending(url)

    urls = [f"https://busy-outlet.ru/{name}" for name in ("0", "p", "1", "2", "4")]
    fetcher = FakeFetcher(answer)
    report = check([Citation(url=u) for u in urls], Config(per_host=2, workers=2), fetcher=fetcher)
    assert ran.is_set()
    assert fetcher.calls["https://busy-outlet.ru/4"] == 1, [r.reason for r in report.results]
    assert not any(r.reason.startswith("not requested") for r in report.results)
