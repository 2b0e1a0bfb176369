"""General rules of the forty-eighth hostile round (``tests/hostile_server.py``, "forty-eighth round").

- A redirect to the same URL whose answer sets only cookies that are never sent to it is a loop at once
  (``fetch.cookies_kept_out``), whatever keeps them out: ``Secure`` on plain http (host47's rule), a
  ``__Host-``/``__Secure-`` name on plain http, a ``Domain`` the host does not match, a ``Path`` the address
  does not match, a ``Max-Age`` of 0 or an ``Expires`` gone by. It was followed to the redirect limit (too
  many redirects, nothing said of a cookie). A cookie that does come back (a ``Domain`` equal to the host's
  own address) is asked again with it, as before.
- A redirect that reaches a host whose name is a look-alike's (scripts mixed in one label, or a label
  whose every letter is a Cyrillic or Greek one that looks Latin) warns, the finding spelling the host out
  with its scripts, even when the page there reads right (``classify.moved_finding`` with
  ``hostkey.lookalike_host``): a 302 there passed with nothing said, a 301 there said "update the citation to http://xn--80ak6aa92e.test/...".
- A body that opens with a UTF-16 byte order mark is read as UTF-16 by the rules that look for markup in a
  page's bytes (``media.utf16_as_utf8``): the fetch's meta refresh, ``pagebody.script_onward``. A UTF-16
  stub's refresh was never followed (the stub was read as the page), and its script redirect never seen.
- A small page whose only content is an external script (``<script src="/r.js">``, a "Loading..." title, no
  text, no link) is ``blocked`` (``javascript``), the reason naming the script, which is never fetched
  (``pagebody.script_only``): it was ``ok``, an empty stub read as the cited page.
"""

from __future__ import annotations

import pytest
import requests
import responses

from linkcheck import check
from linkcheck.classify import moved_finding
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.fetch import Fetcher, cookies_kept_out
from linkcheck.hostkey import lookalike_host
from linkcheck.media import utf16_as_utf8
from linkcheck.models import Cause, Citation, FetchResult, FindingKind, Redirect, Result, Severity, Status
from linkcheck.pagebody import script_only, script_onward

_URL = "http://harbourpost.example.com/news/2024/03/regatta"
_STORY = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Regatta moves to June</title></head>'
    "<body><article><h1>Regatta moves to June</h1><p>The regatta moves a week later this year.</p>"
    "</article></body></html>"
)


def _fetch(url: str) -> FetchResult:
    config = Config(allow_private=True, retries=0)
    with Fetcher(config, requests.Session()) as fetcher:
        return fetcher.fetch(url)


def _run(*citations: Citation) -> list[Result]:
    config = Config(allow_private=True, retries=0)
    return list(check(citations, config, fetcher=Fetcher(config, requests.Session())).results)


# --- a self-redirect whose cookie is never sent back ---------------------------------------------------


@pytest.mark.parametrize(
    ("target", "set_cookie", "said"),
    [
        (
            "http://a.example/x",
            "g=1; Domain=other.example; Path=/",
            ("g (Domain=other.example, another host's)",),
        ),
        ("http://a.example/x", "g=1; Domain=.b.a.example", ("g (Domain=b.a.example, another host's)",)),
        ("http://10.0.0.5/x", "g=1; Domain=0.0.5", ("g (Domain=0.0.5, another host's)",)),
        ("http://a.example/x", "g=1; Path=/members/", ("g (Path=/members/, not this address's)",)),
        ("http://a.example/xy", "g=1; Path=/x", ("g (Path=/x, not this address's)",)),
        ("http://a.example/x", "g=1; Max-Age=0; Path=/", ("g (Max-Age=0: expired as it is set)",)),
        ("http://a.example/x", "g=1; max-age=-5", ("g (Max-Age=-5: expired as it is set)",)),
        (
            "http://a.example/x",
            "g=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
            ("g (its Expires date has passed: expired as it is set)",),
        ),
        (
            "http://a.example/x",
            "__Host-g=1; Path=/",
            ("__Host-g (a __Host- cookie must be Secure: refused over plain http)",),
        ),
        (
            "http://a.example/x",
            "a=1; Domain=other.example, b=2; Path=/members",
            ("a (Domain=other.example, another host's)", "b (Path=/members, not this address's)"),
        ),
        ("http://a.example/x", "g=1; Secure", ("g (marked Secure, never sent over plain http)",)),
    ],
    ids=[
        "other-domain",
        "subdomain-of-host",
        "ip-suffix",
        "other-path",
        "path-prefix-not-segment",
        "max-age-0",
        "max-age-negative",
        "expired",
        "host-prefix",
        "two-kept-out",
        "secure",
    ],
)
def test_cookies_that_never_come_back_are_named_with_why(
    target: str, set_cookie: str, said: tuple[str, ...]
) -> None:
    assert cookies_kept_out(target, set_cookie) == said


@pytest.mark.parametrize(
    ("target", "set_cookie"),
    [
        ("http://www.a.example/x", "g=1; Domain=a.example"),  # a parent domain: sent
        ("http://a.example/x", "g=1; Domain=A.EXAMPLE"),  # case-blind
        ("http://127.0.0.1:8080/x", "g=1; Domain=127.0.0.1"),  # the host's own address
        ("http://a.example/members/x", "g=1; Path=/members"),  # a path under it
        ("http://a.example/x", "g=1; Path=/x"),
        ("http://a.example/x", "g=1; Max-Age=3600; Expires=Thu, 01 Jan 1970 00:00:00 GMT"),  # Max-Age wins
        ("http://a.example/x", "g=1; Expires=Fri, 31 Dec 9999 23:59:59 GMT"),
        ("https://a.example/x", "__Host-g=1; Secure; Path=/"),
        ("http://a.example/x", "a=1; Domain=other.example, b=2; Path=/"),  # b comes back
        ("http://a.example/x", "g=1"),
    ],
    ids=[
        "parent",
        "case",
        "ip-itself",
        "under-path",
        "same-path",
        "max-age-wins",
        "future",
        "https",
        "one-back",
        "plain",
    ],
)
def test_cookies_that_come_back_are_left_alone(target: str, set_cookie: str) -> None:
    assert cookies_kept_out(target, set_cookie) == ()


@responses.activate
def test_a_self_redirect_setting_another_sites_cookie_is_a_loop_naming_the_cookie() -> None:
    responses.add(
        responses.GET,
        _URL,
        status=302,
        headers={"Location": _URL, "Set-Cookie": "gate48=ok; Domain=other-harbour.example; Path=/"},
    )
    result = _fetch(_URL)
    assert result.cause is Cause.REDIRECT_LOOP, (result.cause, result.error)
    assert len(responses.calls) == 1  # the answer would come again: not asked ten more times
    assert "gate48" in (result.error or ""), result.error
    assert "other-harbour.example" in (result.error or ""), result.error


@responses.activate
def test_a_self_redirect_setting_an_expired_cookie_is_a_loop() -> None:
    responses.add(
        responses.GET, _URL, status=302, headers={"Location": _URL, "Set-Cookie": "g=ok; Max-Age=0"}
    )
    result = _fetch(_URL)
    assert result.cause is Cause.REDIRECT_LOOP, (result.cause, result.error)
    assert len(responses.calls) == 1


@responses.activate
def test_a_self_redirect_whose_cookie_comes_back_is_asked_again() -> None:
    def gate(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        if "gate48=ok" in (request.headers.get("Cookie") or ""):
            return 200, {"Content-Type": "text/html"}, _STORY
        return 302, {"Location": _URL, "Set-Cookie": "gate48=ok; Domain=example.com; Path=/news/"}, ""

    responses.add_callback(responses.GET, _URL, callback=gate)
    result = _fetch(_URL)
    assert (result.cause, result.status_code) == (None, 200), (result.cause, result.error)


# --- a redirect to a look-alike host ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        (
            "xn--ferr-y6d.test",
            "xn--ferr-y6d.test (spells ferr\u0443.test, mixing Latin and Cyrillic letters)",
        ),
        (
            "xn--80ak6aa92e.com",
            "xn--80ak6aa92e.com (spells \u0430\u0440\u0440\u04cf\u0435.com, in Cyrillic letters)",
        ),
        ("t\u0430ss.ru", "xn--tss-6cd.ru (written t\u0430ss.ru, mixing Latin and Cyrillic letters)"),
        ("xn--mnchen-3ya.de", None),  # m\u00fcnchen: Latin alone, no look-alike
        (
            "xn--b1amnebsh.xn--p1ai",
            None,
        ),  # \u043d\u043e\u0432\u043e\u0441\u0442\u0438.\u0440\u0444: Russian, no disguise
        ("xn--b1amnebsh.com", None),  # a Cyrillic word whose letters do not all look Latin
        ("harbourpost.example.com", None),
        ("xn--abc-.example", None),  # decodes to ASCII alone
    ],
)
def test_lookalike_host(name: str, shown: str | None) -> None:
    assert lookalike_host(name) == shown


def test_a_temporary_redirect_to_a_lookalike_host_warns_spelling_it_out() -> None:
    target = "http://xn--ferr-y6d.test/news/2024/03/regatta"
    fetch = FetchResult(url=_URL, final_url=target, status_code=200, redirects=(Redirect(302, target),))
    finding = moved_finding(fetch)
    assert finding is not None
    assert (finding.kind, finding.severity) == (FindingKind.MOVED, Severity.WARN)
    assert "ferr\u0443.test" in finding.message, finding.message
    assert "mixing Latin and Cyrillic" in finding.message, finding.message
    assert finding.actual == target


def test_a_permanent_move_to_a_lookalike_host_says_so_before_suggesting_it() -> None:
    target = "http://xn--80ak6aa92e.com/news/2024/03/regatta"
    fetch = FetchResult(url=_URL, final_url=target, status_code=200, redirects=(Redirect(301, target),))
    finding = moved_finding(fetch)
    assert finding is not None
    assert finding.severity is Severity.WARN
    assert "\u0430\u0440\u0440\u04cf\u0435.com" in finding.message, finding.message
    assert "look-alike" in finding.message, finding.message
    assert finding.actual == target


@pytest.mark.parametrize(
    ("redirects", "kind"),
    [
        ((Redirect(302, "http://harbourpost.example.com/r/1"),), None),  # a plain hop: no finding, as before
        ((Redirect(302, "http://xn--mnchen-3ya.de/story"),), None),  # an IDN in one script
        ((Redirect(302, "http://xn--b1amnebsh.xn--p1ai/story"),), None),  # a Russian name
        ((Redirect(301, "https://harbourpost.example.com/news/2024/03/regatta"),), Severity.INFO),
    ],
)
def test_other_redirects_are_reported_as_before(
    redirects: tuple[Redirect, ...], kind: Severity | None
) -> None:
    fetch = FetchResult(url=_URL, final_url=redirects[-1].url, status_code=200, redirects=redirects)
    finding = moved_finding(fetch)
    assert (finding.severity if finding is not None else None) is kind, finding


def test_a_link_cited_on_a_lookalike_host_is_not_warned_of_its_own_host() -> None:
    cited = "http://xn--ferr-y6d.test/a"
    fetch = FetchResult(
        url=cited, final_url=cited + "/", status_code=200, redirects=(Redirect(302, cited + "/"),)
    )
    assert moved_finding(fetch) is None


# --- a UTF-16 body under its byte order mark ---------------------------------------------------------------


def test_utf16_as_utf8() -> None:
    page = "<title>Caf\u00e9</title>"
    assert utf16_as_utf8(b"\xff\xfe" + page.encode("utf-16-le")) == page.encode()
    assert utf16_as_utf8(b"\xfe\xff" + page.encode("utf-16-be")) == page.encode()
    assert utf16_as_utf8(page.encode()) == page.encode()
    assert utf16_as_utf8(b"") == b""


@responses.activate
def test_a_utf16_stubs_meta_refresh_is_followed() -> None:
    stub = (
        '<html><head><meta http-equiv="refresh" content="0; url=/news/2024/03/regatta-story"></head></html>'
    )
    responses.add(
        responses.GET,
        _URL,
        body=b"\xff\xfe" + stub.encode("utf-16-le"),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    responses.add(responses.GET, _URL + "-story", body=_STORY, headers={"Content-Type": "text/html"})
    result = _fetch(_URL)
    assert (result.cause, result.status_code) == (None, 200), (result.cause, result.error)
    assert result.final_url == _URL + "-story"


def test_a_utf16_stubs_script_redirect_is_seen() -> None:
    stub = (
        '<html><head><title>Redirecting</title><script>window.location.href = "/r/2024/story";'
        "</script></head><body></body></html>"
    )
    body = b"\xfe\xff" + stub.encode("utf-16-be")
    metadata = extract_metadata(body, _URL, {"content-type": "text/html"})
    assert script_onward(body, _URL, metadata) == "http://harbourpost.example.com/r/2024/story"


# --- a stub whose only content is an external script --------------------------------------------------------

_LOADER = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Loading&hellip;</title>'
    '<script src="/r.js?id=4f2"></script></head><body></body></html>'
)


@pytest.mark.parametrize(
    ("page", "loaded"),
    [
        (_LOADER, "http://harbourpost.example.com/r.js?id=4f2"),
        (_LOADER.replace('"/r.js?id=4f2"', "https://cdn.example.net/go.js"), "https://cdn.example.net/go.js"),
        (
            _LOADER.replace("<body></body>", "<body><p>Please wait.</p></body>"),
            "http://harbourpost.example.com/r.js?id=4f2",
        ),
        # bounds: a link, a text, a heading, no external script, a script that is no web address
        (_LOADER.replace("<body></body>", '<body><a href="/story">Continue</a></body>'), None),
        (
            _LOADER.replace(
                "<body></body>", "<body><p>" + "The regatta moves a week later. " * 10 + "</p></body>"
            ),
            None,
        ),
        (_LOADER.replace("<body></body>", "<body><h1>Regatta moves to June</h1></body>"), None),
        (_LOADER.replace(' src="/r.js?id=4f2">', ">var a = 1;"), None),
        (_LOADER.replace('"/r.js?id=4f2"', '"data:text/javascript,location=1"'), None),
    ],
    ids=["path", "other-host", "a-line", "link", "text", "heading", "inline", "data"],
)
def test_script_only(page: str, loaded: str | None) -> None:
    body = page.encode()
    metadata = extract_metadata(body, _URL, {"content-type": "text/html"})
    assert script_only(body, _URL, metadata) == loaded


def test_script_only_leaves_a_long_page() -> None:
    body = _LOADER.replace("<body></body>", "<body>" + "<!-- -->" * 600 + "</body>").encode()
    assert script_only(body, _URL, None) is None


@responses.activate
def test_a_stub_loading_only_a_script_is_blocked_naming_it() -> None:
    responses.add(responses.GET, _URL, body=_LOADER, headers={"Content-Type": "text/html; charset=utf-8"})
    (result,) = _run(Citation(url=_URL, title="Regatta moves to June"))
    assert (result.status, result.cause) == (Status.BLOCKED, Cause.JAVASCRIPT), (result.status, result.reason)
    assert "/r.js?id=4f2" in result.reason, result.reason
    assert [c.request.url for c in responses.calls] == [_URL]  # the script is never fetched
