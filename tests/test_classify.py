"""Liveness policy: every HTTP outcome maps to one status and a machine-readable cause."""

from __future__ import annotations

import pytest

from linkcheck.classify import classify_fetch, moved_finding
from linkcheck.models import Cause, FetchResult, Redirect, Severity, Status


def answer(code: int, body: bytes = b"", headers: dict[str, str] | None = None) -> FetchResult:
    url = "https://example.org/story"
    return FetchResult(url=url, final_url=url, status_code=code, body=body, headers=headers or {})


@pytest.mark.parametrize(
    ("code", "status", "cause"),
    [
        (200, Status.OK, None),
        (203, Status.OK, None),
        (404, Status.DEAD, Cause.NOT_FOUND),
        (410, Status.DEAD, Cause.GONE),
        (401, Status.BLOCKED, Cause.AUTH),
        (403, Status.BLOCKED, Cause.AUTH),
        (429, Status.BLOCKED, Cause.RATE_LIMITED),
        (451, Status.BLOCKED, Cause.LEGAL),
        (999, Status.BLOCKED, Cause.BOT_CHALLENGE),
        (500, Status.ERROR, Cause.SERVER_ERROR),
        (503, Status.ERROR, Cause.SERVER_ERROR),
        (400, Status.ERROR, Cause.HTTP_STATUS),
    ],
)
def test_status_codes(code: int, status: Status, cause: Cause | None) -> None:
    liveness = classify_fetch(answer(code))
    assert (liveness.status, liveness.cause) == (status, cause)
    assert str(code) in liveness.reason


@pytest.mark.parametrize(
    ("cause", "status"),
    [
        (Cause.DNS, Status.DEAD),
        (Cause.CONNECTION, Status.DEAD),
        (Cause.TIMEOUT, Status.ERROR),
        (Cause.TLS, Status.ERROR),
        (Cause.TOO_MANY_REDIRECTS, Status.ERROR),
        (Cause.REDIRECT_LOOP, Status.ERROR),
        (Cause.TOO_LARGE, Status.ERROR),
        (Cause.RATE_LIMITED, Status.BLOCKED),
        (Cause.ADDRESS_REFUSED, Status.SKIPPED),
        (Cause.SCHEME, Status.SKIPPED),
    ],
)
def test_transport_failures(cause: Cause, status: Status) -> None:
    url = "https://example.org/story"
    fetch = FetchResult(url=url, final_url=url, cause=cause, error="what happened, for people")
    liveness = classify_fetch(fetch)
    assert (liveness.status, liveness.cause, liveness.reason) == (status, cause, "what happened, for people")


def test_cloudflare_challenge_is_blocked_not_an_error() -> None:
    body = b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>checking</body></html>"
    liveness = classify_fetch(answer(503, body=body))
    assert (liveness.status, liveness.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE)
    header_only = classify_fetch(answer(403, headers={"cf-mitigated": "challenge"}))
    assert header_only.cause is Cause.BOT_CHALLENGE


@pytest.mark.parametrize(
    ("code", "headers", "body"),
    [
        (429, {"x-vercel-mitigated": "challenge"}, b"<title>Vercel Security Checkpoint</title>"),
        (202, {"x-amzn-waf-action": "challenge"}, b""),
        (405, {"x-amzn-waf-action": "captcha"}, b"<html><body>" + b"x" * 40_000 + b"</body></html>"),
        (200, {"X-Amzn-Waf-Action": " Challenge "}, b"<html>" + b"y" * 60_000 + b"</html>"),
        (403, {"cf-mitigated": "challenge"}, b""),
    ],
)
def test_a_challenge_header_of_vercel_or_aws_waf_is_a_bot_challenge(
    code: int, headers: dict[str, str], body: bytes
) -> None:
    """A bot-protection service's header says "challenge" whatever the status and the page's size."""
    liveness = classify_fetch(answer(code, body=body, headers={k.lower(): v for k, v in headers.items()}))
    assert (liveness.status, liveness.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE)


@pytest.mark.parametrize(
    ("code", "headers", "expected"),
    [
        (200, {"x-vercel-mitigated": "allow"}, (Status.OK, None)),  # the request was let through
        (200, {"x-amzn-waf-action": "allow"}, (Status.OK, None)),
        (429, {"x-vercel-mitigated": "rate-limit"}, (Status.BLOCKED, Cause.RATE_LIMITED)),
        (404, {"x-amzn-waf-action": "block-later"}, (Status.DEAD, Cause.NOT_FOUND)),
        (200, {"x-challenge": "challenge"}, (Status.OK, None)),  # not a service's header
    ],
)
def test_other_values_of_those_headers_are_not_a_challenge(
    code: int, headers: dict[str, str], expected: tuple[Status, Cause | None]
) -> None:
    liveness = classify_fetch(answer(code, body=b"<html><title>Story</title></html>", headers=headers))
    assert (liveness.status, liveness.cause) == expected


def test_an_article_mentioning_access_denied_in_its_text_is_still_ok() -> None:
    body = b"<html><head><title>Why access was denied to reporters</title></head><body>...</body></html>"
    assert classify_fetch(answer(200, body=body)).status is Status.OK


def test_moved_only_for_permanent_redirects() -> None:
    url = "http://example.org/a"
    permanent = FetchResult(
        url=url,
        final_url="https://news.example.org/b",
        redirects=(Redirect(301, "https://news.example.org/b"),),
        status_code=200,
    )
    finding = moved_finding(permanent)
    assert finding is not None
    assert (finding.expected, finding.actual, finding.severity) == (
        url,
        "https://news.example.org/b",
        Severity.WARN,
    )
    temporary = FetchResult(
        url=url, final_url="https://x.org/", redirects=(Redirect(302, "https://x.org/"),), status_code=200
    )
    assert moved_finding(temporary) is None


def test_https_upgrade_is_an_info_move() -> None:
    url = "http://example.org/story"
    fetch = FetchResult(
        url=url,
        final_url="https://www.example.org/story/",
        redirects=(Redirect(301, "https://www.example.org/story/"),),
        status_code=200,
    )
    finding = moved_finding(fetch)
    assert finding is not None
    assert finding.severity is Severity.INFO


def test_move_target_stops_at_the_first_temporary_hop() -> None:
    url = "http://example.org/old"
    hops = (Redirect(301, "https://example.org/new"), Redirect(302, "https://example.org/login?next=/new"))
    fetch = FetchResult(url=url, final_url=hops[-1].url, redirects=hops, status_code=200)
    finding = moved_finding(fetch)
    assert finding is not None
    assert finding.actual == "https://example.org/new"
