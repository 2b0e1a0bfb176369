"""General rules of the forty-sixth hostile round (``tests/hostile_server.py``, "forty-sixth round").

- A small body labelled a page whose markup holds no title and whose first non-blank byte opens a JSON object
  that is an error object (a status key worth 404 or 410, or an error message: the rule for an
  ``application/json`` answer) is that error, a soft 404 (``pagebody.body_signal``): an API gateway passing
  its backend's ``{"error":"not found","code":404}`` on under ``text/html`` was read as a page with no title,
  ``ok``.
- A relative canonical link or ``og:url`` resolves against the page's base URL, its first ``<base href>``
  (when that is an http(s) URL), as in a browser (``extract_metadata``'s ``canonical_url``): a syndicated
  copy whose ``<base>`` names the wire's host had its canonical put on the copy's own host.
- A host name written beyond ASCII is named in a lookup's error (and so in the report's reason) in the ASCII
  form it is looked up by, then as written (``hostkey.shown_host``): a redirect to ``t\\u0430ss.ru`` (a
  Cyrillic 'a') was reported as a name that looks like ``tass.ru``.
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
from linkcheck.fetch import Fetcher
from linkcheck.guard import vet_host
from linkcheck.hostkey import shown_host
from linkcheck.models import Cause, Citation, Result, Status
from linkcheck.pagebody import body_signal

_URL = "https://harbourpost.example.com/news/2024/03/ferry-fares"


def _run(*citations: Citation) -> list[Result]:
    config = Config(allow_private=True, retries=0)
    return list(check(citations, config, fetcher=Fetcher(config, requests.Session())).results)


# --- a JSON error object served as a page ------------------------------------------------------------------


def _signal(body: bytes) -> tuple[Cause, str] | None:
    return body_signal(_URL, _URL, body, extract_metadata(body, _URL))


@pytest.mark.parametrize(
    "body",
    [
        b'{"error":"not found","code":404,"path":"/news/2024/03/ferry-fares"}',
        b'\n  {"status": 410, "message": "Gone"}\n',
        b'{"message": "Article not found"}',
        b'{"statusCode":404,"error":"Not Found"}',
    ],
    ids=["error-and-code", "blank-first-410", "message-only", "status-code"],
)
def test_a_json_error_object_served_as_a_page_is_that_error(body: bytes) -> None:
    signal = _signal(body)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE, signal
    assert "json" in signal[1].lower(), signal


@pytest.mark.parametrize(
    "body",
    [
        b'{"ok": true, "items": []}',  # JSON, no error in it
        b'{"error": "not found", "code": 404',  # no JSON: cut short
        b'{"error":"not found","code":404,"pad":"' + b"x" * 3000 + b'"}',  # beyond the small answers read so
        b'<html><head><title>Ferry fares rise</title></head><body>{"code":404}</body></html>',  # a page
        b'[{"error":"not found","code":404}]',  # an array: no error object
    ],
    ids=["no-error", "cut-short", "over-2kb", "a-page", "array"],
)
def test_other_bodies_opening_with_a_brace_or_holding_json_are_left_alone(body: bytes) -> None:
    signal = _signal(body)
    assert signal is None or "json" not in signal[1].lower(), signal


@responses.activate
def test_the_report_says_the_json_error_served_as_a_page_is_a_soft_404() -> None:
    body = b'{"error":"not found","code":404}'
    responses.add(responses.GET, _URL, body=body, content_type="text/html; charset=utf-8")
    (result,) = _run(Citation(url=_URL, title="Ferry fares rise +10% from April"))
    assert (result.status, str(result.verdict)) == (Status.SOFT_404, "fail"), (result.status, result.reason)
    assert "404" in result.reason, result.reason


# --- a relative canonical under a <base href> --------------------------------------------------------------


def _page(head: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}<title>Fleet returns early</title></head>'
        "<body><h1>Fleet returns early</h1></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "canonical"),
    [
        (
            '<base href="https://wire.example/harbour/"><link rel="canonical" href="2024/03/fleet">',
            "https://wire.example/harbour/2024/03/fleet",
        ),
        (  # og:url alone, under a base
            '<base href="https://wire.example/harbour/"><meta property="og:url" content="2024/03/fleet">',
            "https://wire.example/harbour/2024/03/fleet",
        ),
        (  # a base relative to the page's address, a root-relative canonical under another host's base
            '<base href="/archive/"><link rel="canonical" href="fleet">',
            "https://harbourpost.example.com/archive/fleet",
        ),
        (
            '<base href="//wire.example/x/"><link rel="canonical" href="/2024/fleet">',
            "https://wire.example/2024/fleet",
        ),
        (  # the first <base> with an href is the one (HTML)
            '<base target="_blank"><base href="https://a.example/one/"><base href="https://b.example/two/">'
            '<link rel="canonical" href="fleet">',
            "https://a.example/one/fleet",
        ),
    ],
    ids=["canonical", "og-url", "relative-base", "scheme-relative-base", "first-base-with-href"],
)
def test_a_relative_canonical_resolves_against_the_pages_base(head: str, canonical: str) -> None:
    assert extract_metadata(_page(head), _URL).canonical_url == canonical


@pytest.mark.parametrize(
    ("head", "canonical"),
    [
        (  # an absolute canonical stays as written
            '<base href="https://wire.example/"><link rel="canonical" href="https://harbourpost.example.com/a">',
            "https://harbourpost.example.com/a",
        ),
        ('<link rel="canonical" href="fleet">', "https://harbourpost.example.com/news/2024/03/fleet"),
        (  # a base that is no http(s) URL is no base to resolve an address against
            '<base href="javascript:alert(1)//"><link rel="canonical" href="fleet">',
            "https://harbourpost.example.com/news/2024/03/fleet",
        ),
        ('<base href="https://wire.example/"><link rel="canonical" href="javascript:alert(1)">', None),
    ],
    ids=["absolute", "no-base", "javascript-base", "javascript-canonical"],
)
def test_bounds_of_the_base_rule(head: str, canonical: str | None) -> None:
    assert extract_metadata(_page(head), _URL).canonical_url == canonical


# --- a host name beyond ASCII, named in ASCII --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("t\u0430ss.ru", "xn--tss-6cd.ru (written t\u0430ss.ru, mixing Latin and Cyrillic letters)"),
        (
            "\u0430\u0440\u0440\u04cf\u0435.com",
            "xn--80ak6aa92e.com (written \u0430\u0440\u0440\u04cf\u0435.com, in Cyrillic letters)",
        ),
        ("tass.ru", "tass.ru"),
        # host47: a name already in punycode is spelled out (it was shown as written, the round's leftover)
        ("xn--tss-6cd.ru", "xn--tss-6cd.ru (spells t\u0430ss.ru, mixing Latin and Cyrillic letters)"),
    ],
    ids=["mixed-script", "whole-script", "ascii", "punycode-spelled-out"],
)
def test_a_name_beyond_ascii_is_shown_in_its_ascii_form(name: str, shown: str) -> None:
    assert shown_host(name) == shown


def _no_such_name(*args: Any, **kwargs: Any) -> Any:
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


def test_a_lookup_error_names_a_homograph_in_ascii() -> None:
    vetting = vet_host("t\u0430ss.ru", 80, resolver=_no_such_name)
    assert vetting.dns_error is not None
    assert "xn--tss-6cd.ru" in vetting.dns_error, vetting.dns_error
    assert vetting.dns_error.startswith("host name xn--tss-6cd.ru (written t\u0430ss.ru"), vetting.dns_error


def test_a_lookup_error_of_an_ascii_name_is_as_before() -> None:
    vetting = vet_host("tass.ru", 80, resolver=_no_such_name)
    assert vetting.dns_error == "host name tass.ru does not resolve (Name or service not known)"
