"""Unit tests of linkcheck.fetch with HTTP mocked by ``responses``; sleeping and DNS are injected fakes."""

from __future__ import annotations

import errno
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import responses
import urllib3.exceptions
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.config import Config
from linkcheck.fetch import NAME_CACHE_SECONDS, Fetcher, classify_exception, make_session, parse_retry_after
from linkcheck.models import Cause, Redirect

PUBLIC_IP = "93.184.216.34"


class FakeSleep:
    """Records requested delays instead of sleeping."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def public_resolver(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC_IP, port))]


def failing_resolver(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


@pytest.fixture
def mock() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield rsps


@pytest.fixture
def sleep() -> FakeSleep:
    return FakeSleep()


def fetcher(sleep: FakeSleep, **config: Any) -> Fetcher:
    config.setdefault("allow_private", True)
    return Fetcher(Config(**config), sleep=sleep)


def test_ok_page_has_status_headers_and_body(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get(
        "https://news.test/a", body="<title>Hi</title>", headers={"X-Thing": "1"}, content_type="text/html"
    )
    result = fetcher(sleep).fetch("https://news.test/a")
    assert result.ok
    assert result.status_code == 200
    assert result.body == b"<title>Hi</title>"
    assert result.headers["x-thing"] == "1"
    assert result.headers["content-type"].startswith("text/html")
    assert result.final_url == "https://news.test/a"
    assert result.attempts == 1
    assert sleep.calls == []


def test_user_agent_is_sent(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", body="x")
    fetcher(sleep, user_agent="TestAgent/9").fetch("https://news.test/a")
    assert mock.calls[0].request.headers["User-Agent"] == "TestAgent/9"


def test_503_then_200_passes_after_one_retry(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", status=503)
    mock.get("https://news.test/a", status=200, body="fine")
    result = fetcher(sleep, backoff_base=0.5, backoff_max=10).fetch("https://news.test/a")
    assert result.ok
    assert result.body == b"fine"
    assert result.attempts == 2
    assert len(sleep.calls) == 1
    assert 0.0 <= sleep.calls[0] <= 0.5


def test_backoff_is_exponential_with_full_jitter_and_capped(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    mock.get("https://news.test/a", status=502)
    result = fetcher(sleep, retries=4, backoff_base=1.0, backoff_max=3.0).fetch("https://news.test/a")
    assert result.cause is Cause.SERVER_ERROR
    assert result.status_code == 502
    assert result.attempts == 5
    assert len(sleep.calls) == 4
    for n, delay in enumerate(sleep.calls):
        assert 0.0 <= delay <= min(3.0, 2.0**n)


def test_429_with_retry_after_1_is_honoured(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", status=429, headers={"Retry-After": "1"})
    mock.get("https://news.test/a", status=200, body="ok")
    result = fetcher(sleep).fetch("https://news.test/a")
    assert result.ok
    assert sleep.calls == [1.0]
    assert result.attempts == 2


def test_retry_after_beyond_cap_is_reported_not_slept(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", status=429, headers={"Retry-After": "86400"})
    result = fetcher(sleep, retry_after_cap=30).fetch("https://news.test/a")
    assert sleep.calls == []
    assert result.cause is Cause.RATE_LIMITED
    assert result.status_code == 429
    assert result.attempts == 1
    assert result.error is not None
    assert "86400" in result.error
    assert "30 s cap" in result.error
    assert len(mock.calls) == 1


def test_retry_after_http_date_beyond_cap_is_not_slept(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    mock.get("https://news.test/a", status=503, headers={"Retry-After": "Fri, 31 Dec 2999 23:59:59 GMT"})
    result = fetcher(sleep).fetch("https://news.test/a")
    assert sleep.calls == []
    assert result.cause is Cause.RATE_LIMITED
    assert result.status_code == 503


def test_429_without_retry_after_uses_backoff_then_rate_limited(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    mock.get("https://news.test/a", status=429)
    result = fetcher(sleep, retries=2).fetch("https://news.test/a")
    assert result.cause is Cause.RATE_LIMITED
    assert result.status_code == 429
    assert result.attempts == 3
    assert len(sleep.calls) == 2


def test_a_plain_500_is_retried_once_where_a_gateway_error_gets_every_retry(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    mock.get("https://news.test/broken", status=500, body="oops")
    mock.get("https://news.test/gateway", status=502)
    f = fetcher(sleep, retries=2, backoff_base=0.5)
    broken = f.fetch("https://news.test/broken")
    assert (broken.cause, broken.status_code, broken.attempts) == (Cause.SERVER_ERROR, 500, 2)
    assert len(sleep.calls) == 1
    gateway = f.fetch("https://news.test/gateway")
    assert (gateway.cause, gateway.status_code, gateway.attempts) == (Cause.SERVER_ERROR, 502, 3)


def test_a_500_that_passes_on_its_retry_is_ok(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", status=500)
    mock.get("https://news.test/a", status=200, body="fine")
    result = fetcher(sleep).fetch("https://news.test/a")
    assert result.ok
    assert result.attempts == 2


@pytest.mark.parametrize(("retries", "attempts"), [(0, 1), (3, 4)])
def test_a_500_that_says_when_to_come_back_gets_every_retry_asked_for(
    mock: responses.RequestsMock, sleep: FakeSleep, retries: int, attempts: int
) -> None:
    mock.get("https://news.test/a", status=500, headers={"Retry-After": "1"})
    result = fetcher(sleep, retries=retries).fetch("https://news.test/a")
    assert (result.status_code, result.attempts) == (500, attempts)
    assert sleep.calls == [1.0] * (attempts - 1)


def test_503_without_retry_after_is_server_error(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", status=503, body="down")
    result = fetcher(sleep, retries=1).fetch("https://news.test/a")
    assert result.cause is Cause.SERVER_ERROR
    assert result.status_code == 503
    assert result.body == b"down"


def test_a_503_whose_retry_ran_out_of_time_is_a_server_error(mock: responses.RequestsMock) -> None:
    # the wait before the retry, and the host's slot after it, took the time left: the 503 is the answer
    # to report, not a timeout of a request that was never sent
    mock.get("https://news.test/a", status=503, body="down")
    now = [1000.0]

    def sleep(seconds: float) -> None:
        now[0] += 90.0

    config = Config(allow_private=True, deadline=60.0, retries=2)
    result = Fetcher(config, sleep=sleep, clock=lambda: now[0]).fetch("https://news.test/a")
    assert (result.cause, result.status_code, result.attempts) == (Cause.SERVER_ERROR, 503, 1)
    assert result.error == "server error 503: no time left to retry within the 60 s deadline"
    assert len(mock.calls) == 1


@pytest.mark.parametrize(
    ("status", "retries", "said"),
    [
        (503, 0, "not retried (--retries 0)"),
        (503, 1, "still failing after 1 retry"),
        (503, 2, "still failing after 2 retries"),
        (500, 2, "still failing after 1 retry"),  # a plain 500 is retried once, whatever --retries says
    ],
)
def test_the_reason_says_how_often_the_link_was_retried(
    mock: responses.RequestsMock, sleep: FakeSleep, status: int, retries: int, said: str
) -> None:
    mock.get("https://news.test/a", status=status, body="down")
    result = fetcher(sleep, retries=retries).fetch("https://news.test/a")
    assert result.error == f"server error {status}: {said}"


@pytest.mark.parametrize("status", [404, 410, 403, 401, 451, 999])
def test_final_statuses_are_not_retried_and_have_no_cause(
    mock: responses.RequestsMock, sleep: FakeSleep, status: int
) -> None:
    mock.get("https://news.test/a", status=status, body="nope")
    result = fetcher(sleep).fetch("https://news.test/a")
    assert result.status_code == status
    assert result.cause is None
    assert result.attempts == 1
    assert sleep.calls == []
    assert len(mock.calls) == 1


def test_retry_never_sleeps_past_the_deadline(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", status=429, headers={"Retry-After": "20"})
    result = fetcher(sleep, deadline=5.0, retry_after_cap=30).fetch("https://news.test/a")
    assert sleep.calls == []
    assert result.cause is Cause.RATE_LIMITED
    assert result.error is not None
    assert "deadline" in result.error


def test_redirect_chain_is_recorded_hop_by_hop(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("http://news.test/old", status=301, headers={"Location": "https://news.test/old"})
    mock.get("https://news.test/old", status=302, headers={"Location": "/new?x=1"})
    mock.get("https://news.test/new?x=1", status=303, headers={"Location": "//www.news.test/final"})
    mock.get("https://www.news.test/final", body="here")
    result = fetcher(sleep).fetch("http://news.test/old")
    assert result.ok
    assert result.final_url == "https://www.news.test/final"
    assert result.redirects == (
        Redirect(301, "https://news.test/old"),
        Redirect(302, "https://news.test/new?x=1"),
        Redirect(303, "https://www.news.test/final"),
    )
    assert result.body == b"here"


def test_redirect_loop_is_detected(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", status=302, headers={"Location": "/b"})
    mock.get("https://news.test/b", status=302, headers={"Location": "/a"})
    result = fetcher(sleep).fetch("https://news.test/a")
    assert result.cause is Cause.REDIRECT_LOOP
    assert [r.url for r in result.redirects] == ["https://news.test/b", "https://news.test/a"]
    assert len(mock.calls) == 2


def test_too_many_redirects(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    for i in range(10):
        mock.get(f"https://news.test/{i}", status=301, headers={"Location": f"/{i + 1}"})
    result = fetcher(sleep, max_redirects=3).fetch("https://news.test/0")
    assert result.cause is Cause.TOO_MANY_REDIRECTS
    assert len(result.redirects) == 4
    assert len(mock.calls) == 4


def test_3xx_without_location_is_a_final_response(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", status=300, body="choices")
    result = fetcher(sleep).fetch("https://news.test/a")
    assert result.status_code == 300
    assert result.cause is None
    assert result.redirects == ()


def test_300_with_location_is_followed(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    """A 300 Multiple Choices that names a preferred choice (Location) is followed to it, as a 302 is."""
    mock.get("https://news.test/a", status=300, headers={"Location": "/a-en"}, body="<ul><li>en</li></ul>")
    mock.get("https://news.test/a-en", status=200, body="<html><title>The story</title></html>")
    result = fetcher(sleep).fetch("https://news.test/a")
    assert result.status_code == 200
    assert result.final_url == "https://news.test/a-en"
    assert result.redirects == (Redirect(300, "https://news.test/a-en"),)


def test_redirect_to_unsupported_scheme(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", status=302, headers={"Location": "ftp://files.test/x"})
    result = fetcher(sleep).fetch("https://news.test/a")
    assert result.cause is Cause.SCHEME
    assert result.redirects == (Redirect(302, "ftp://files.test/x"),)


def test_body_over_the_cap_is_cut_and_reported(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/big", body=b"a" * 5000, content_type="text/html")
    result = fetcher(sleep, max_bytes=1000).fetch("https://news.test/big")
    assert result.cause is Cause.TOO_LARGE
    assert result.truncated
    assert result.body == b"a" * 1000
    assert result.status_code == 200


@pytest.mark.parametrize("content_type", ["text/plain", "application/pdf", "application/zip"])
def test_a_file_over_the_cap_is_cut_and_keeps_its_status(
    mock: responses.RequestsMock, sleep: FakeSleep, content_type: str
) -> None:
    mock.get("https://files.test/big", body=b"a" * 5000, content_type=content_type)
    result = fetcher(sleep, max_bytes=1000).fetch("https://files.test/big")
    assert (result.status_code, result.cause, result.truncated, result.body) == (200, None, True, b"a" * 1000)


def test_body_exactly_at_the_cap_is_fine(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/big", body=b"a" * 1000)
    result = fetcher(sleep, max_bytes=1000).fetch("https://news.test/big")
    assert result.ok
    assert not result.truncated
    assert len(result.body) == 1000


def test_content_length_over_the_cap_is_reported(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/big", body=b"a" * 5000, auto_calculate_content_length=True, content_type="")
    result = fetcher(sleep, max_bytes=1000).fetch("https://news.test/big")
    assert result.cause is Cause.TOO_LARGE
    assert result.error is not None
    assert "Content-Length 5000" in result.error


def test_dns_failure_with_guard_on(sleep: FakeSleep) -> None:
    result = Fetcher(Config(), sleep=sleep, resolver=failing_resolver).fetch("https://gone.test/a")
    assert result.cause is Cause.DNS
    assert result.error is not None
    assert "gone.test" in result.error
    assert result.attempts == 1
    assert sleep.calls == []


def test_dns_failure_with_guard_off_is_distinguishable(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    error = urllib3.exceptions.NameResolutionError(
        "gone.test", None, socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    )
    mock.get("https://gone.test/a", body=requests.exceptions.ConnectionError(error))
    result = fetcher(sleep).fetch("https://gone.test/a")
    assert result.cause is Cause.DNS
    assert result.attempts == 1
    assert sleep.calls == []


def test_timeout_is_retried_then_reported(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://slow.test/a", body=requests.exceptions.ReadTimeout("read timed out"))
    result = fetcher(sleep, retries=2).fetch("https://slow.test/a")
    assert result.cause is Cause.TIMEOUT
    assert result.attempts == 3
    assert len(sleep.calls) == 2
    assert result.status_code is None


@pytest.mark.parametrize(
    ("exc", "connect_timed_out", "answer_timed_out", "reason"),
    [
        (requests.exceptions.ConnectTimeout("x"), True, False, "connecting to far.test:443 timed out"),
        (
            requests.exceptions.ReadTimeout("x"),
            False,
            True,
            "far.test:443 stopped answering (read timed out)",
        ),
        (
            requests.exceptions.ConnectionError(ConnectionRefusedError(111, "x")),
            False,
            False,
            "connection refused",
        ),
    ],
)
def test_a_connect_timeout_is_told_from_other_failures(
    mock: responses.RequestsMock,
    sleep: FakeSleep,
    exc: Exception,
    connect_timed_out: bool,
    answer_timed_out: bool,
    reason: str,
) -> None:
    mock.get("https://far.test/a", body=exc)  # raised when the request is sent: before any answer
    result = fetcher(sleep, retries=1).fetch("https://far.test/a")
    # what takes a host as down (linkcheck.hostdown)
    assert result.connect_timed_out is connect_timed_out
    assert result.answer_timed_out is answer_timed_out
    assert (result.error or "").startswith(reason)
    assert result.attempts == 2


def test_a_socket_this_machine_cannot_open_is_never_the_links_fault(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    out_of_files = OSError(errno.EMFILE, "Too many open files")
    mock.get("https://news.test/a", body=requests.exceptions.ConnectionError(out_of_files))
    result = fetcher(sleep, retries=2).fetch("https://news.test/a")
    assert result.cause is Cause.INTERNAL  # an error that warns, never dead; the state ignores it
    assert result.attempts == 3  # retried: files may be closed meanwhile
    assert "Too many open files" in (result.error or "")
    assert "not the link's fault" in (result.error or "")


def test_connection_error_then_success(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get(
        "https://flaky.test/a", body=requests.exceptions.ConnectionError(ConnectionResetError(104, "reset"))
    )
    mock.get("https://flaky.test/a", body="ok")
    result = fetcher(sleep).fetch("https://flaky.test/a")
    assert result.ok
    assert result.attempts == 2


def test_tls_error_is_not_retried(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://tls.test/a", body=requests.exceptions.SSLError("certificate verify failed"))
    result = fetcher(sleep).fetch("https://tls.test/a")
    assert result.cause is Cause.TLS
    assert result.attempts == 1


@pytest.mark.parametrize(
    ("url", "cause"),
    [
        ("ftp://files.test/x", Cause.SCHEME),
        ("mailto:someone@news.test", Cause.SCHEME),
        ("www.news.test/story", Cause.INVALID_URL),
        ("https://news.test:99999/", Cause.INVALID_URL),
        ("https:///path-only", Cause.INVALID_URL),
    ],
)
def test_unfetchable_urls(sleep: FakeSleep, url: str, cause: Cause) -> None:
    result = fetcher(sleep).fetch(url)
    assert result.cause is cause
    assert result.error


def test_guard_refuses_private_address_before_any_request(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    def private(host: str, port: int, *a: Any, **k: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", port))]

    result = Fetcher(Config(), sleep=sleep, resolver=private).fetch("https://intranet.test/")
    assert result.cause is Cause.ADDRESS_REFUSED
    assert result.error is not None
    assert "10.1.2.3" in result.error
    assert "private" in result.error
    assert len(mock.calls) == 0


def test_guard_checks_every_redirect_hop(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get(
        "https://news.test/a", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}
    )
    result = Fetcher(Config(), sleep=sleep, resolver=public_resolver).fetch("https://news.test/a")
    assert result.cause is Cause.ADDRESS_REFUSED
    assert "metadata" in (result.error or "")
    assert result.redirects == (Redirect(302, "http://169.254.169.254/latest/meta-data/"),)
    assert len(mock.calls) == 1


def test_one_lookup_serves_a_hosts_requests_for_a_minute(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    lookups: list[str] = []
    answers: list[BaseException | None] = [socket.gaierror(socket.EAI_AGAIN, "try again"), None, None, None]

    def resolver(host: str, port: int, *a: Any, **k: Any) -> list[Any]:
        lookups.append(host)
        failure = answers.pop(0)
        if failure is not None:
            raise failure
        return public_resolver(host, port)

    now = [1000.0]
    for path in ("a", "b", "c", "d"):
        mock.get(f"https://news.test/{path}", body="ok")
    fetcher = Fetcher(Config(retries=0), sleep=sleep, clock=lambda: now[0], resolver=resolver)
    assert fetcher.fetch("https://news.test/a").cause is Cause.DNS
    assert [fetcher.fetch(f"https://news.test/{p}").ok for p in "bc"] == [True, True]
    assert lookups == ["news.test", "news.test"]  # the failure was not kept; the answer was, for c
    now[0] += NAME_CACHE_SECONDS
    assert fetcher.fetch("https://news.test/d").ok
    assert len(lookups) == 3  # a minute on, the name is looked up again
    assert len(mock.calls) == 3


def test_a_failed_lookup_of_a_name_that_resolved_earlier_is_retried(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    answers: list[BaseException | None] = [None, socket.gaierror(socket.EAI_AGAIN, "try again"), None]

    def resolver(host: str, port: int, *a: Any, **k: Any) -> list[Any]:
        failure = answers.pop(0)
        if failure is not None:
            raise failure
        return public_resolver(host, port)

    now = [1000.0]
    mock.get("https://news.test/a", body="ok")
    mock.get("https://news.test/b", body="ok")
    fetcher = Fetcher(Config(retries=2), sleep=sleep, clock=lambda: now[0], resolver=resolver)
    assert fetcher.fetch("https://news.test/a").ok
    now[0] += NAME_CACHE_SECONDS  # looked up again: the resolver fails once
    later = fetcher.fetch("https://news.test/b")
    assert later.ok
    assert later.attempts == 2
    assert answers == []
    never = Fetcher(Config(retries=2), sleep=sleep, resolver=failing_resolver).fetch("https://gone.test/a")
    assert (never.cause, never.attempts) == (Cause.DNS, 1)  # a name never resolved is not retried


def test_a_resolver_that_says_try_again_is_tried_again(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    answers: list[BaseException | None] = [socket.gaierror(socket.EAI_AGAIN, "Temporary failure"), None]

    def resolver(host: str, port: int, *a: Any, **k: Any) -> list[Any]:
        failure = answers.pop(0)
        if failure is not None:
            raise failure
        return public_resolver(host, port)

    mock.get("https://news.test/a", body="ok")
    result = Fetcher(Config(retries=2), sleep=sleep, resolver=resolver).fetch("https://news.test/a")
    assert (result.ok, result.attempts) == (True, 2)


def test_without_the_guard_a_try_again_from_the_system_resolver_is_retried(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    again = socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
    gone = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    for host, error in (("flaky.test", again), ("gone.test", gone)):
        failure = urllib3.exceptions.NameResolutionError(host, None, error)  # type: ignore[arg-type]
        failure.__cause__ = error  # raised "from" it, by urllib3 and by linkcheck.connections alike
        mock.get(f"https://{host}/a", body=requests.exceptions.ConnectionError(failure))
    flaky = fetcher(sleep, retries=2).fetch("https://flaky.test/a")
    gone_result = fetcher(sleep, retries=2).fetch("https://gone.test/a")
    assert (flaky.cause, flaky.attempts) == (Cause.DNS, 3)
    assert (gone_result.cause, gone_result.attempts) == (Cause.DNS, 1)  # the name does not exist: no retry


def test_a_cookie_set_for_the_parent_domain_goes_to_its_other_hosts(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    """A consent wall on another host of the site: the story answers once the site's cookie comes back."""

    def story(request: Any) -> tuple[int, dict[str, str], str]:
        if "consent=yes" in request.headers.get("Cookie", ""):
            return 200, {"Content-Type": "text/html"}, "<title>The story</title>"
        return 302, {"Location": "https://consent.example.com/ask?next=/story"}, ""

    mock.add_callback(responses.GET, "https://www.example.com/story", callback=story)
    back = {
        "Location": "https://www.example.com/story",
        "Set-Cookie": "consent=yes; Domain=.example.com; Path=/",
    }
    mock.get("https://consent.example.com/ask", status=302, headers=back)
    mock.get("https://elsewhere.test/a", body="ok")
    fetcher_ = fetcher(sleep)
    result = fetcher_.fetch("https://www.example.com/story")
    assert (result.status_code, result.cause) == (200, None)
    assert len(result.redirects) == 2
    fetcher_.fetch("https://elsewhere.test/a")  # another site: none of example.com's cookies
    assert "Cookie" not in mock.calls[-1].request.headers
    # through an adapter (a cache may keep the request), a copy of the site's jar goes, never the jar itself
    site_jar = fetcher_._cookies.get("www.example.com")
    assert site_jar is not None
    assert all(getattr(call.request, "_cookies", None) is not site_jar for call in mock.calls)


def test_allow_host_lets_that_origin_through(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("http://127.0.0.1:8080/a", body="local")
    ok = Fetcher(Config(allow_hosts=("127.0.0.1:8080",)), sleep=sleep).fetch("http://127.0.0.1:8080/a")
    assert ok.ok
    refused = Fetcher(Config(allow_hosts=("127.0.0.1:8080",)), sleep=sleep).fetch("http://127.0.0.1:8081/a")
    assert refused.cause is Cause.ADDRESS_REFUSED


def test_domain_headers_go_to_domain_and_subdomains_only(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    mock.get("https://news.test/a", status=302, headers={"Location": "https://www.news.test/b"})
    mock.get("https://www.news.test/b", status=302, headers={"Location": "https://other.test/c"})
    mock.get("https://other.test/c", body="x")
    fetcher(sleep, headers={"news.test": {"Cookie": "session=1"}}).fetch("https://news.test/a")
    sent = [call.request.headers.get("Cookie") for call in mock.calls]
    assert sent == ["session=1", "session=1", None]


def test_make_session_ignores_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    session = make_session(Config(user_agent="UA/1"))
    assert session.trust_env is False
    assert session.headers["User-Agent"] == "UA/1"


def test_fetch_is_usable_with_a_given_session(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", body="x")
    with requests.Session() as session:
        result = Fetcher(Config(allow_private=True), session, sleep=sleep).fetch("https://news.test/a")
    assert result.ok


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("0", 0.0),
        ("1", 1.0),
        (" 120 ", 120.0),
        ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0),
        ("soon", None),
        (None, None),
        ("007", 7.0),
        ("9" * 12, 999_999_999_999.0),
        ("9" * 400, 1e12),  # float() refuses it: read as beyond any cap
        ("9" * 5000, 1e12),  # int() refuses more than 4,300 digits
        ("\xb2", None),  # "²": isdigit(), and int() refuses it
        ("-5", None),
        ("1.5", None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value) == seconds


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet="0123456789\xb2\xb3\xb9 ", max_size=6000)))
def test_parse_retry_after_never_raises(value: str) -> None:
    seconds = parse_retry_after(value)
    assert seconds is None or 0.0 <= seconds <= 1e12


def test_an_undigit_content_length_over_the_cap_is_too_large(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    mock.get(
        "https://news.test/a", body=b"x" * 2000, headers={"Content-Length": "\xb2"}, content_type="text/html"
    )
    result = fetcher(sleep, max_bytes=1000).fetch("https://news.test/a")
    assert (result.status_code, result.cause, result.truncated) == (200, Cause.TOO_LARGE, True)


def test_the_same_location_twice_is_one_redirect(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", status=301, headers=[("Location", "/b,c"), ("Location", "/b,c")])
    mock.get("https://news.test/b,c", body="<title>B</title>")
    result = fetcher(sleep).fetch("https://news.test/a")
    assert (result.status_code, result.cause, result.final_url) == (200, None, "https://news.test/b,c")


def test_a_location_kept_joined_with_itself_is_one_redirect(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    # a cached answer keeps repeated lines joined with ", ": "/b, /b" is "/b" twice, not a URL of its own
    mock.get("https://news.test/a", status=301, headers={"Location": "/b, /b"})
    mock.get("https://news.test/b", body="<title>B</title>")
    result = fetcher(sleep).fetch("https://news.test/a")
    assert (result.status_code, result.cause, result.final_url) == (200, None, "https://news.test/b")


def test_different_location_headers_are_a_protocol_error(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    mock.get("https://news.test/a", status=302, headers=[("Location", "/b"), ("Location", "/c")])
    result = fetcher(sleep).fetch("https://news.test/a")
    assert (result.status_code, result.cause, result.redirects) == (302, Cause.PROTOCOL, ())
    assert "2 different Location headers ('/b', '/c')" in (result.error or "")
    assert len(mock.calls) == 1  # neither target is requested


def test_server_bytes_in_an_error_are_escaped(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    import http.client

    mock.get("https://news.test/a", body=http.client.BadStatusLine("HTTP/1.1 2OO \x1b]0;owned\x07OK\r\n"))
    result = fetcher(sleep).fetch("https://news.test/a")
    assert result.cause is Cause.PROTOCOL
    assert (result.error or "").endswith("HTTP/1.1 2OO \\x1b]0;owned\\x07OK")


def test_a_sites_cookies_are_bounded(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    from linkcheck.fetch import COOKIE_BYTES, SITE_COOKIE_BYTES, SITE_COOKIES

    served = [0]

    def flood(request: Any) -> tuple[int, list[tuple[str, str]], str]:
        served[0] += 1
        n = served[0]
        cookies = [("Set-Cookie", f"c{n}_{i}={'v' * 100}; Path=/") for i in range(30)]
        cookies.append(("Set-Cookie", f"session={n}; Path=/"))  # set again on every answer
        cookies.append(("Set-Cookie", f"huge{n}={'h' * COOKIE_BYTES}; Path=/"))  # too big to keep
        return 200, cookies, "<title>Cookies</title>"

    mock.add_callback(responses.GET, "https://news.test/a", callback=flood)
    fetcher_ = fetcher(sleep)
    for _ in range(10):
        assert fetcher_.fetch("https://news.test/a").ok
    jar = fetcher_._cookies.get("news.test")
    assert jar is not None
    kept = {c.name: c.value for c in jar}
    assert len(kept) <= SITE_COOKIES
    assert sum(len(name) + len(value or "") for name, value in kept.items()) <= SITE_COOKIE_BYTES
    assert not any(name.startswith("huge") for name in kept)
    assert kept["session"] == "10"  # a cookie the site sets again still changes, the jar full or not
    assert len(mock.calls[-1].request.headers["Cookie"]) <= SITE_COOKIE_BYTES + 2 * SITE_COOKIES


@pytest.mark.parametrize(
    ("exc", "cause"),
    [
        (requests.exceptions.ConnectTimeout("x"), Cause.TIMEOUT),
        (requests.exceptions.ReadTimeout("x"), Cause.TIMEOUT),
        (requests.exceptions.SSLError("x"), Cause.TLS),
        (requests.exceptions.ConnectionError(ConnectionRefusedError(111, "refused")), Cause.CONNECTION),
        (requests.exceptions.ChunkedEncodingError("x"), Cause.PROTOCOL),
        (requests.exceptions.ContentDecodingError("x"), Cause.PROTOCOL),
        (
            urllib3.exceptions.ProtocolError("Connection broken", ConnectionResetError(104, "reset")),
            Cause.CONNECTION,
        ),
        (requests.exceptions.InvalidURL("x"), Cause.INVALID_URL),
        (ValueError("not ours"), None),
    ],
)
def test_exception_table(exc: BaseException, cause: Cause | None) -> None:
    assert classify_exception(exc) is cause


def test_redirect_to_an_invalid_url(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", status=302, headers={"Location": "http://[broken/"})
    result = fetcher(sleep).fetch("https://news.test/a")
    assert result.cause is Cause.INVALID_URL
    assert result.status_code == 302


def test_utf8_location_is_recovered(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    target = "https://news.test/новости"
    mock.get("https://news.test/a", status=301, headers={"Location": target.encode().decode("latin-1")})
    mock.get("https://news.test/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8", body="ok")
    result = fetcher(sleep).fetch("https://news.test/a")
    assert result.redirects == (Redirect(301, target),)
    assert result.ok


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_string_gives_a_result_never_an_exception(text: str) -> None:
    result = Fetcher(Config(retries=0), sleep=FakeSleep(), resolver=failing_resolver).fetch(text)
    assert result.cause is not None
    assert result.error
    assert result.url == text


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"https?://[a-z0-9.\[\]:%@-]{0,30}(/[^\s]{0,20})?", fullmatch=True))
def test_any_http_like_url_gives_a_result_never_an_exception(url: str) -> None:
    result = Fetcher(Config(retries=0), sleep=FakeSleep(), resolver=failing_resolver).fetch(url)
    assert result.cause is not None


def test_callers_deadline_already_passed(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", body="x")
    result = fetcher(sleep).fetch("https://news.test/a", deadline=time.monotonic() - 1)
    assert result.cause is Cause.DEADLINE
    assert "run's time limit" in (result.error or "")
    assert len(mock.calls) == 0


def test_later_callers_deadline_changes_nothing(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", body="x")
    assert fetcher(sleep).fetch("https://news.test/a", deadline=time.monotonic() + 3600).ok


def test_header_count_cap(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", body="x", headers={f"X-H{i}": "v" for i in range(5)})
    result = fetcher(sleep, max_headers=3).fetch("https://news.test/a")
    assert result.cause is Cause.PROTOCOL
    assert "header lines" in (result.error or "")


def test_header_size_cap(mock: responses.RequestsMock, sleep: FakeSleep) -> None:
    mock.get("https://news.test/a", body="x", headers={"X-Big": "v" * 2000})
    result = fetcher(sleep, max_header_bytes=1000).fetch("https://news.test/a")
    assert result.cause is Cause.PROTOCOL
    assert "bytes of response headers" in (result.error or "")


@pytest.mark.parametrize(
    ("headers", "readable"),
    [
        ({"Content-Encoding": "br"}, False),
        ({"Content-Encoding": "gzip, zstd"}, False),
        ({"Content-Encoding": "X-Compress"}, False),
        ({"Transfer-Encoding": "deflate, chunked"}, False),
        ({"Content-Encoding": "identity"}, True),
        ({"Content-Encoding": "none"}, True),
        ({"Content-Encoding": "UTF-8"}, True),
        ({"Transfer-Encoding": "foo"}, True),
    ],
)
def test_a_body_in_a_coding_linkcheck_cannot_decode_is_not_read_as_the_page(
    mock: responses.RequestsMock, sleep: FakeSleep, headers: dict[str, str], readable: bool
) -> None:
    # read as they came, brotli (or zstd, compress) bytes were the page: reported ok, with no title to check
    body = b"<html><title>Plain</title></html>" if readable else b"\x1b\x4a\x00\xf8\x1d\xa9\x53\x39"
    mock.get("https://news.test/a", body=body, headers=headers, content_type="text/html")
    result = fetcher(sleep).fetch("https://news.test/a")
    if readable:
        assert result.ok, result.error
        assert result.body == body
    else:
        assert (result.cause, result.status_code) == (Cause.PROTOCOL, 200)
        assert "news.test:443 sent the body in" in (result.error or "")
        assert result.body == b""


@pytest.mark.parametrize(
    ("location", "target"),
    [
        ("folder\\page.aspx", "https://news.test/a/folder/page.aspx"),  # a Windows server's path
        ("\\2020\\story", "https://news.test/2020/story"),
        ("/\\other.test/x", "https://other.test/x"),  # scheme-relative, as browsers read it
        ("https:\\\\other.test\\x?q=a\\b#c\\d", "https://other.test/x?q=a\\b#c\\d"),  # not in the query
        ("/x?next=\\y", "https://news.test/x?next=\\y"),
        ("mailto:a\\b@news.test", "mailto:a\\b@news.test"),  # not a special scheme: as written
    ],
)
def test_a_backslash_in_a_location_is_a_slash_as_browsers_read_it(location: str, target: str) -> None:
    # urljoin kept it: the request went to /a/folder%5Cpage.aspx, a 404 where readers get the page
    from linkcheck.fetch import _redirect_target

    assert _redirect_target("https://news.test/a/b", location) == target


def test_a_backslash_location_is_followed_where_browsers_go(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    mock.get("https://news.test/old", status=301, headers={"Location": "\\2020\\story"})
    mock.get("https://news.test/2020/story", body="<title>Story</title>")
    result = fetcher(sleep).fetch("https://news.test/old")
    assert result.ok, result.error
    assert result.redirects == (Redirect(301, "https://news.test/2020/story"),)


_STUB = "<html><head><title>Redirecting</title>{}</head><body>moved</body></html>"


@pytest.mark.parametrize(
    ("status", "headers", "body", "target"),
    [
        (200, {"refresh": "0; url=https://news.test/new"}, "", "https://news.test/new"),
        (200, {"refresh": "5;URL='/new'"}, "", "/new"),
        (200, {"refresh": "0.5, /new"}, "", "/new"),
        (200, {"refresh": "30; url=/new"}, "", None),  # read before it moves on: a page, not a redirect
        (200, {"refresh": "600"}, "", None),  # reloads itself
        (200, {"refresh": "00000099; url=/new"}, "", None),
        (200, {"refresh": "9" * 5000 + "; url=/new"}, "", None),
        (200, {"refresh": "; url=/new"}, "", None),  # no time: no refresh (the HTML standard's reading)
        (200, {"refresh": "0; url=/a/b#top"}, "", None),  # itself
        (
            200,
            {},
            _STUB.format('<meta http-equiv="refresh" content="0; url=/new?a=1&amp;b=2">'),
            "/new?a=1&b=2",
        ),
        (200, {}, _STUB.format("<META CONTENT='0;URL=/new' HTTP-EQUIV=Refresh>"), "/new"),
        (
            200,
            {},
            _STUB.format('<noscript><meta http-equiv="refresh" content="0; url=/nojs"></noscript>'),
            None,
        ),
        (200, {}, _STUB.format('<!-- <meta http-equiv="refresh" content="0; url=/old"> -->'), None),
        (200, {}, _STUB.format('<meta http-equiv="content-type" content="text/html"><p>refresh</p>'), None),
        (404, {}, _STUB.format('<meta http-equiv="refresh" content="0; url=/">'), None),  # dead is dead
        (
            200,
            {"content-type": "application/json"},
            '{"http-equiv": "refresh", "content": "0; url=/x"}',
            None,
        ),
    ],
)
def test_a_refresh_due_at_once_is_a_redirect(
    status: int, headers: dict[str, str], body: str, target: str | None
) -> None:
    from linkcheck.fetch import _refresh

    assert _refresh("https://news.test/a/b", status, headers, body.encode()) == target


def test_a_meta_refresh_of_a_big_page_is_not_looked_for() -> None:
    # a stub that moves at once has nothing to show; searching every page cost 4 % of a fetch's CPU
    from linkcheck.fetch import _refresh

    meta = '<meta http-equiv="refresh" content="0; url=/new">'
    assert _refresh("https://news.test/a", 200, {}, _STUB.format(meta + "<p>x</p>" * 100).encode()) == "/new"
    assert _refresh("https://news.test/a", 200, {}, _STUB.format(meta + "<p>x</p>" * 5000).encode()) is None


def test_a_stub_page_that_refreshes_is_followed_to_the_page(
    mock: responses.RequestsMock, sleep: FakeSleep
) -> None:
    # static site generators write a moved page as a stub with a meta refresh: read as the page, its title
    # ("Redirecting") was matched against the citation
    stub = _STUB.format('<meta http-equiv="refresh" content="0; url=/2020/story">')
    mock.get("https://blog.test/old", body=stub, content_type="text/html")
    mock.get("https://blog.test/2020/story", body="<title>Story</title>", content_type="text/html")
    result = fetcher(sleep).fetch("https://blog.test/old")
    assert result.ok, result.error
    assert result.final_url == "https://blog.test/2020/story"
    assert result.redirects == (Redirect(200, "https://blog.test/2020/story"),)
    assert result.body == b"<title>Story</title>"
