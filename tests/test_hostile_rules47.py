"""General rules of the forty-seventh hostile round (``tests/hostile_server.py``, "forty-seventh round").

- A host name already written in punycode is spelled out in a message (a lookup's error, and so the
  report's reason), with the scripts its letters come from when they are a look-alike's
  (``hostkey.shown_host``, ``hostkey.scripts_note``): ``xn--tss-6cd.test (spells t\\u0430ss.test, mixing
  Latin and Cyrillic letters)``. A redirect to ``xn--tss-6cd.test`` was named only so, which spells nothing a
  reader can see. A name written in Unicode gets the same note after its ASCII form.
- A redirect to the same URL whose answer sets only cookies marked ``Secure``, on plain http, is a loop at
  once (``fetch.secure_cookies_on_http``): those cookies are never sent there, so the next request is the
  one just made. It was followed ten times and reported as too many redirects, saying nothing of a cookie.
- A 401's reason says the site asks to sign in, with the scheme and realm of its ``WWW-Authenticate``
  (``classify.sign_in_asked``): it said "401 Unauthorized" and no more, whatever the body.
- A small page whose only way on is a script setting ``location`` to another address, with no title of its
  own but "Redirecting..." and no text, is reachable and not verifiable (``blocked``, ``javascript``), the
  reason naming the address (``pagebody.script_onward``): it was ``ok``, a stub read as the cited page.
"""

from __future__ import annotations

import socket
from typing import Any

import pytest
import requests
import responses

from linkcheck import check
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.fetch import Fetcher, secure_cookies_on_http
from linkcheck.guard import vet_host
from linkcheck.hostkey import shown_host
from linkcheck.models import Cause, Citation, Result, Status
from linkcheck.pagebody import script_onward

_URL = "http://harbourpost.example.com/news/2024/03/regatta"


def _run(*citations: Citation) -> list[Result]:
    config = Config(allow_private=True, retries=0)
    return list(check(citations, config, fetcher=Fetcher(config, requests.Session())).results)


# --- a host written in punycode, spelled out with its scripts ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("xn--tss-6cd.ru", "xn--tss-6cd.ru (spells t\u0430ss.ru, mixing Latin and Cyrillic letters)"),
        (
            "xn--80ak6aa92e.com",
            "xn--80ak6aa92e.com (spells \u0430\u0440\u0440\u04cf\u0435.com, in Cyrillic letters)",
        ),
        (
            "XN--HARBUR-L0E.TEST",
            "XN--HARBUR-L0E.TEST (spells harb\u03bfur.test, mixing Latin and Greek letters)",
        ),
        ("t\u0430ss.ru", "xn--tss-6cd.ru (written t\u0430ss.ru, mixing Latin and Cyrillic letters)"),
        (
            "xn--e1afmkfd.xn--p1ai",
            "xn--e1afmkfd.xn--p1ai (spells \u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444,"
            " in Cyrillic letters)",
        ),
    ],
    ids=["mixed-punycode", "whole-script-punycode", "capital-punycode", "mixed-unicode", "cyrillic-tld"],
)
def test_a_name_in_punycode_is_spelled_out_with_its_scripts(name: str, shown: str) -> None:
    assert shown_host(name) == shown


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("tass.ru", "tass.ru"),  # ASCII: as it is
        ("xn--mnchen-3ya.de", "xn--mnchen-3ya.de (spells m\u00fcnchen.de)"),  # Latin letters only: no note
        ("xn--fiqs8s.cn", "xn--fiqs8s.cn (spells \u4e2d\u56fd.cn, in Han characters)"),
        ("xn--r8jz45g.jp", "xn--r8jz45g.jp (spells \u4f8b\u3048.jp)"),  # Han and kana: Japanese, no mix
        ("xn--a.example", "xn--a.example"),  # decodes to a control character: nothing to spell
        ("xn--.example", "xn--.example"),  # an empty label
        ("xn--abc-.example", "xn--abc-.example"),  # decodes to ASCII: no A-label, nothing to spell
    ],
    ids=["ascii", "latin-idn", "han", "japanese", "control-character", "empty-label", "ascii-label"],
)
def test_bounds_of_spelling_a_name_out(name: str, shown: str) -> None:
    assert shown_host(name) == shown


def _no_such_name(*args: Any, **kwargs: Any) -> Any:
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


def test_a_lookup_error_spells_a_punycode_homograph_out() -> None:
    vetting = vet_host("xn--tss-6cd.test", 80, resolver=_no_such_name)
    assert vetting.dns_error == (
        "host name xn--tss-6cd.test (spells t\u0430ss.test, mixing Latin and Cyrillic letters) does not"
        " resolve (Name or service not known)"
    )


# --- a self-redirect setting only a Secure cookie on plain http --------------------------------------------


@pytest.mark.parametrize(
    ("target", "set_cookie", "names"),
    [
        ("http://a.example/x", "gate=1; Path=/; Secure; HttpOnly", ("gate",)),
        ("HTTP://a.example/x", "gate=1; secure", ("gate",)),
        ("http://a.example/x", "a=1; Secure, b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Secure", ("a", "b")),
        ("https://a.example/x", "gate=1; Secure", ()),  # sent back over https
        ("http://a.example/x", "a=1; Secure, b=2; Path=/", ()),  # b comes back: the next request differs
        ("http://a.example/x", "a=1; Path=/secure", ()),  # a path, no attribute
        ("http://a.example/x", "a=secure", ()),
    ],
    ids=["secure", "scheme-case", "two-secure", "https", "one-plain", "path-named-secure", "value"],
)
def test_cookies_never_sent_over_http(target: str, set_cookie: str, names: tuple[str, ...]) -> None:
    assert secure_cookies_on_http(target, set_cookie) == names


@responses.activate
def test_a_self_redirect_setting_a_secure_cookie_on_http_is_a_loop_naming_the_cookie() -> None:
    responses.add(
        responses.GET,
        _URL,
        status=302,
        headers={"Location": _URL, "Set-Cookie": "gate47=ok; Path=/; Secure; HttpOnly"},
    )
    config = Config(allow_private=True, retries=0)
    with Fetcher(config, requests.Session()) as fetcher:
        result = fetcher.fetch(_URL)
    assert result.cause is Cause.REDIRECT_LOOP, (result.cause, result.error)
    assert len(responses.calls) == 1  # the answer would come again: not asked ten more times
    assert "gate47" in (result.error or ""), result.error
    assert "Secure" in (result.error or ""), result.error


@responses.activate
def test_a_self_redirect_setting_a_plain_cookie_is_asked_again() -> None:
    # a cookie check whose cookie comes back: the second request carries it, and the page answers
    def gate(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        if "gate47=ok" in (request.headers.get("Cookie") or ""):
            return 200, {"Content-Type": "text/html"}, "<title>Regatta</title><h1>Regatta</h1>"
        return 302, {"Location": _URL, "Set-Cookie": "gate47=ok; Path=/"}, ""

    responses.add_callback(responses.GET, _URL, callback=gate)
    config = Config(allow_private=True, retries=0)
    with Fetcher(config, requests.Session()) as fetcher:
        result = fetcher.fetch(_URL)
    assert (result.cause, result.status_code) == (None, 200), (result.cause, result.error)


# --- a 401 says the site asks to sign in -------------------------------------------------------------------

_STORY = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Members regatta moves to June</title></head>'
    "<body><article><h1>Members regatta moves to June</h1><p>The regatta moves a week later.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("challenge", "said"),
    [
        ('Bearer realm="members", error="invalid_token"', "(Bearer authentication, realm 'members')"),
        (
            'Basic realm="Newsroom archive", charset="UTF-8"',
            "(Basic authentication, realm 'Newsroom archive')",
        ),
        ("Negotiate", "(Negotiate authentication)"),
        (None, "sign in;"),
    ],
    ids=["bearer", "basic", "no-realm", "no-header"],
)
@responses.activate
def test_a_401_says_the_site_asks_to_sign_in(challenge: str | None, said: str) -> None:
    headers = {"WWW-Authenticate": challenge} if challenge else {}
    responses.add(responses.GET, _URL, status=401, body=_STORY, content_type="text/html", headers=headers)
    (result,) = _run(Citation(url=_URL, title="Members regatta moves to June"))
    assert (result.status, result.cause) == (Status.BLOCKED, Cause.AUTH), (result.status, result.reason)
    assert result.reason.startswith("401 Unauthorized: the site asks to sign in"), result.reason
    assert said in result.reason, result.reason


# --- a stub that moves on only by a script ----------------------------------------------------------------


def _stub(script: str, body: str = "", title: str = "Redirecting&hellip;") -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title><script>{script}</script>'
        f"</head><body>{body}</body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("page", "target"),
    [
        (
            _stub("location.replace('/news/2024/06/regatta-moved');"),
            "http://harbourpost.example.com/news/2024/06/regatta-moved",
        ),
        (
            _stub('window.location.href = "https://wire.example/harbour/regatta";'),
            "https://wire.example/harbour/regatta",
        ),
        (
            _stub("location.assign('https://wire.example/r')", "<p>Please wait.</p>", title=""),
            "https://wire.example/r",
        ),
    ],
    ids=["replace", "href", "assign-untitled"],
)
def test_a_stub_moving_on_only_by_script_names_where(page: bytes, target: str) -> None:
    assert script_onward(page, _URL, extract_metadata(page, _URL)) == target


@pytest.mark.parametrize(
    "page",
    [
        _stub("location.replace('/news/2024/06/regatta-moved');", "<h1>Members regatta moves to June</h1>"),
        _stub("location.replace(location.href);"),  # a reload: script_gate's, not a move
        _stub(f"location.replace('{_URL}');"),  # to itself
        _stub(
            "location.replace('/news/2024/06/regatta-moved');", "<p>" + "The regatta moves. " * 20 + "</p>"
        ),
        _stub("location.replace('/x');", "<!-- " + "x" * 5000 + " -->"),  # over 4 KB: a page
        _stub("if (old) { console.log('location'); }"),  # no location set
        _stub("location.replace('javascript:void(0)');"),
    ],
    ids=["headline", "reload", "self", "text", "large", "no-assignment", "javascript-target"],
)
def test_bounds_of_the_script_stub_rule(page: bytes) -> None:
    assert script_onward(page, _URL, extract_metadata(page, _URL)) is None


@responses.activate
def test_the_report_says_a_script_only_stub_is_not_verified() -> None:
    page = _stub("location.replace('https://wire.example/harbour/regatta');")
    responses.add(responses.GET, _URL, body=page, content_type="text/html; charset=utf-8")
    (result,) = _run(Citation(url=_URL, title="Members regatta moves to June"))
    assert (result.status, result.cause) == (Status.BLOCKED, Cause.JAVASCRIPT), (result.status, result.reason)
    assert str(result.verdict) == "warn"
    assert "https://wire.example/harbour/regatta" in result.reason, result.reason
    assert "script" in result.reason, result.reason
