"""The rule tables (debt2): ``classify_fetch``'s chains (``classify._SUCCESS_RULES``, ``_ANSWER_RULES``)
and ``pagebody._taken_over``'s (``pagebody._TAKEOVERS``), each walked by one loop in the order the rules had
as a chain of ``if``s. What the walk must keep: the first verdict wins, a rule is skipped only past a length
its own test cannot hold at (``_Rule.max_bytes``), a row added is asked with no other change, and a found
text that is empty still counts (the chain asked ``is not None``)."""

from __future__ import annotations

import pytest

from linkcheck import classify, pagebody
from linkcheck.classify import Liveness, classify_fetch
from linkcheck.models import Cause, FetchResult, Metadata, Status


def answer(code: int, body: bytes, headers: dict[str, str] | None = None) -> FetchResult:
    url = "https://www.themoscowtimes.com/2024/03/05/a-story-a1"
    return FetchResult(url=url, final_url=url, status_code=code, body=body, headers=headers or {})


def padded(head: bytes, size: int) -> bytes:
    """``head`` then blanks to ``size`` bytes (blanks are no text, no markup and no mark of any rule)."""
    assert len(head) <= size
    return head + b" " * (size - len(head))


# A body each small-page rule holds true for, as short as it can be; padded to the rule's max_bytes it must
# still hold, and one byte longer its own function must say no: the walk's skip then changes nothing.
SMALL_PAGE_RULES: dict[str, tuple[int, bytes]] = {
    "_firewall_page": (
        200,
        b"<title>Access denied | news.example used Cloudflare to restrict access</title>",
    ),
    "_missing_script": (200, b"File not found."),
    "_unrouted": (
        200,
        b"<html><head><title>Error</title></head><body><pre>Cannot GET /news/1</pre></body></html>",
    ),
    "_upstream_failed": (200, b"no healthy upstream"),
    "_cdn_page": (
        200,
        b"<html><body><p>Error 503 Backend fetch failed</p><p>Guru Meditation:</p></body></html>",
    ),
    "_storage_missing": (
        200,
        b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code>'
        b"<Message>The specified key does not exist.</Message></Error>",
    ),
    "_includes_failed": (
        200,
        b"<html><body>[an error occurred while processing this directive]</body></html>",
    ),
    "_esi_left": (200, b'<html><body><esi:include src="/fragments/story/1"/></body></html>'),
    "_whitelabel_page": (
        200,
        b"<html><body><h1>Whitelabel Error Page</h1><div>There was an unexpected error (type=Not Found,"
        b" status=404).</div></body></html>",
    ),
    "_oops_page": (
        200,
        b'<html><body><h1>Oops! An Error Occurred</h1><h2>The server returned a "404 Not Found".</h2>',
    ),
    "_server_page": (200, b"<h1>uWSGI Error</h1>Python application not found"),
    "_edge_code_answer": (200, b"error code: 1016"),
    "_queue_page": (200, b"<h1>You are now in line</h1><p>Your estimated wait time is 4 minutes.</p>"),
    "_plain_http_answer": (
        400,
        b"<html><head><title>400 The plain HTTP request was sent to HTTPS port</title>",
    ),
    "_traceback_page": (
        200,
        b'Traceback (most recent call last):\n  File "/srv/app.py", line 3, in <module>',
    ),
    "_internal_redirect_left": (200, b""),
    "_switched_off_answer": (403, b"<h1>Error 403 - This web app is stopped.</h1>"),
}
#: The headers a rule of :data:`SMALL_PAGE_RULES` reads beside the body (none for most).
SMALL_PAGE_HEADERS: dict[str, dict[str, str]] = {
    "_internal_redirect_left": {"x-accel-redirect": "/internal/2024/03/05/a-story.html"},
}


def _rows() -> list[tuple[str, classify._Rule]]:
    return [
        (rule.judge.__name__, rule)
        for rule in classify._SUCCESS_RULES + classify._ANSWER_RULES
        if rule.max_bytes < classify._ANY_SIZE
    ]


def test_every_small_page_rule_has_a_case_here() -> None:
    assert {name for name, _ in _rows()} == set(SMALL_PAGE_RULES)


@pytest.mark.parametrize(("name", "rule"), _rows(), ids=[name for name, _ in _rows()])
def test_a_rule_is_skipped_only_where_its_own_test_cannot_hold(name: str, rule: classify._Rule) -> None:
    code, head = SMALL_PAGE_RULES[name]
    headers = SMALL_PAGE_HEADERS.get(name)
    at_limit = answer(code, padded(head, rule.max_bytes), headers)
    verdict = rule.judge(at_limit, code)
    assert verdict is not None, f"{name} does not hold at its max_bytes ({rule.max_bytes})"
    assert classify_fetch(at_limit) == verdict
    past = answer(code, padded(head, rule.max_bytes + 1), headers)
    assert rule.judge(past, code) is None, f"{name} holds past its max_bytes: the walk would skip a verdict"


def test_the_order_of_the_success_rules() -> None:
    # the chain's order, kept; a new rule goes in at the place its reason asks for
    assert [rule.judge.__name__ for rule in classify._SUCCESS_RULES] == [
        "_bot_challenge",
        "_firewall_page",
        "_replacement_charset",
        "_missing_script",
        "_unrouted",
        "_upstream_failed",
        "_proxy_page",
        "_cdn_page",
        "_answer_twice",
        "_base64_page",
        "_partial_body",
        "_storage_missing",
        "_broken_xhtml",
        "_includes_failed",
        "_esi_left",
        "_whitelabel_page",
        "_oops_page",
        "_server_page",
        "_traceback_page",
        "_internal_redirect_left",
        "_edge_code_answer",
        "_queue_page",
        "_software_failed",
        "_script_source",
    ]
    assert [rule.judge.__name__ for rule in classify._ANSWER_RULES] == [
        "_challenge_answer",
        "_firewall_page",
        "_plain_http_answer",
        "_switched_off_answer",
        "_code_answer",
        "_paywall_answer",
        "_grown_address_answer",
        "_server_answer",
    ]


def test_a_row_added_is_asked_and_skipped_past_its_length(monkeypatch: pytest.MonkeyPatch) -> None:
    said = Liveness(Status.ERROR, Cause.SERVER_ERROR, "200 OK, but a new rule says so")

    def new_rule(fetch: FetchResult, code: int) -> Liveness | None:
        return said if b"new-rule-mark" in fetch.body else None

    rows = (*classify._SUCCESS_RULES, classify._Rule(64, new_rule))
    monkeypatch.setattr(classify, "_SUCCESS_TABLE", classify._table(rows))
    assert classify_fetch(answer(200, b"<p>new-rule-mark</p>")) is said
    # past its 64 bytes the walk does not ask it: the page is ok
    long_page = padded(b"<html><title>A story</title><p>new-rule-mark</p>", 65)
    assert classify_fetch(answer(200, long_page)).status is Status.OK


def test_a_body_past_every_gate_is_asked_by_the_ungated_rules_in_order() -> None:
    for table, rows in (
        (classify._SUCCESS_TABLE, classify._SUCCESS_RULES),
        (classify._ANSWER_TABLE, classify._ANSWER_RULES),
    ):
        assert table.rules == rows
        assert table.largest_gate == max(r.max_bytes for r in rows if r.max_bytes < classify._ANY_SIZE)
        assert table.ungated == tuple(r.judge for r in rows if r.max_bytes == classify._ANY_SIZE)


def test_the_first_verdict_wins_where_two_rules_hold() -> None:
    # a PHP error printed after the script's open tag: the software's error (asked first), not its source
    body = b"<?php\n<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function x()"
    reason = classify_fetch(answer(200, body)).reason
    assert "a PHP error from the site's own software" in reason


def test_a_large_page_is_still_read_by_the_rules_of_any_length() -> None:
    # left alone by the skip: a rule with no length gate (a PHP script's source) on a 40 KB body
    body = padded(b"<?php\nrequire 'wp-blog-header.php';\n", 40_000)
    liveness = classify_fetch(answer(200, body))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "PHP script's source" in liveness.reason
    # and a large ordinary page is ok
    assert classify_fetch(answer(200, padded(b"<html><title>A story</title>", 40_000))).status is Status.OK


def test_an_other_code_falls_through_the_table_to_its_default() -> None:
    liveness = classify_fetch(answer(302, b""))
    assert liveness.status is Status.ERROR
    assert liveness.reason.startswith("unexpected 302 Found: no Location header")


UNDATED = Metadata(title="news.example")


def test_takeover_a_row_added_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    row = pagebody._Takeover(
        lambda body, _lowered, _metadata: "a new holder's mark" if b"new-holder" in body else None,
        Cause.SPAM,
        "the page is {0}: the domain was taken over",
    )
    monkeypatch.setattr(pagebody, "_TAKEOVERS", (*pagebody._TAKEOVERS, row))
    found = pagebody._taken_over(b"<html><body>new-holder</body></html>", UNDATED)
    assert found == (Cause.SPAM, "the page is a new holder's mark: the domain was taken over")
    assert pagebody._taken_over(b"<html><body>a story</body></html>", UNDATED) is None


def test_takeover_an_empty_found_text_still_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    # the chain asked "is not None" of the tests that give a text: an empty text was a verdict, False is none
    rows = (
        pagebody._Takeover(lambda body, _lowered, _metadata: False, Cause.PARKED, "never"),
        pagebody._Takeover(lambda body, _lowered, _metadata: "", Cause.SPAM, "found {0!r}"),
    )
    monkeypatch.setattr(pagebody, "_TAKEOVERS", rows)
    assert pagebody._taken_over(b"<p>x</p>", UNDATED) == (Cause.SPAM, "found ''")


def test_takeover_the_first_row_that_holds_wins() -> None:
    # a registrar's page for a suspended domain that also mentions a sinkhole: the sinkhole is asked first
    body = (
        b"<html><head><title>news.example</title></head><body><p>This domain has been sinkholed.</p>"
        b"<p>The domain news.example has been suspended by the registrar.</p></body></html>"
    )
    assert pagebody.sinkholed(body)
    assert pagebody.suspended_domain(body)
    cause, reason = pagebody._taken_over(body, UNDATED) or (None, "")
    assert cause is Cause.PARKED
    assert reason.startswith("the domain is sinkholed")


def test_takeover_reasons_take_the_found_text_only_where_a_test_gives_one() -> None:
    gives_text = {"sells_links", "password_lure", "malware_lure", "gambling_site_by_shape"}
    for row in pagebody._TAKEOVERS:
        name = row.test.__code__.co_names[0]  # each row calls its rule's public function
        templated = "{0" in row.reason
        assert "{" not in row.reason.replace("{0!r}", "").replace("{0}", "")
        if name == "sells_links":
            assert templated
        elif not templated:
            assert name not in gives_text
    assert sum("{0" in row.reason for row in pagebody._TAKEOVERS) == len(gives_text)
