"""General rules of the forty-ninth hostile round (``tests/hostile_server.py``, "forty-ninth round").

- A citation whose host is a look-alike's (punycode or Unicode; scripts mixed in a label, or a label of
  Cyrillic or Greek letters that look Latin) warns, the finding spelling the host out with its scripts, even
  when the page reads right; so does a page whose canonical link, ``og:url`` or ``Link`` header's
  ``rel=canonical`` names a look-alike host other than the one it was read at (``classify.lookalike_named``).
  Both passed with nothing said.
- A page that only loads scripts is reported with every script it loads (at most three) and the links of
  its ``<noscript>`` fallback, a look-alike's host spelled out (``pagebody.stub_scripts_note``); a
  ``<noscript>`` link no longer makes a stub a page (``pagebody.script_only``). A stub offering a fallback
  link was ``ok``; a stub of two scripts named the first only; a shell of a module and a nomodule script
  named none.
- A page cut at the byte cap whose bytes end, blanks aside, with ``</html>`` (blanks were cut; no length was
  declared) is the whole page, not too large (``fetch.padded_page``): a server sending spaces without end
  after its page was ``too_large``, the page unread.
"""

from __future__ import annotations

import pytest
import requests
import responses

from linkcheck import check
from linkcheck.classify import lookalike_named
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.fetch import Fetcher, padded_page
from linkcheck.models import Cause, Citation, FetchResult, FindingKind, Result, Severity, Status
from linkcheck.pagebody import script_only, stub_scripts_note
from linkcheck.report.advice import _finding_fix

_URL = "http://harbourpost.example.com/news/2024/03/regatta"
_STORY = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Regatta moves to June</title>{head}</head>'
    "<body><article><h1>Regatta moves to June</h1><p>The regatta moves a week later this year.</p>"
    "</article></body></html>"
)


def _run(*citations: Citation) -> list[Result]:
    return list(check(list(citations), Config(allow_private=True, retries=0)).results)


def _answer(url: str, headers: dict[str, str] | None = None) -> FetchResult:
    return FetchResult(url=url, final_url=url, status_code=200, headers=headers or {})


# --- look-alike hosts cited, or named as the page's own address ----------------------------------------


@pytest.mark.parametrize(
    ("cited", "spelled", "scripts"),
    [
        ("http://xn--ferr-y6d.com/news/story", "ferr\u0443.com", ("latin", "cyrillic")),
        (
            "http://\u0430\u0440\u0440\u04cf\u0435.com/news/story",
            "\u0430\u0440\u0440\u04cf\u0435.com",
            ("cyrillic",),
        ),
        ("http://XN--80AK6AA92E.com/news/story", "\u0430\u0440\u0440\u04cf\u0435.com", ("cyrillic",)),
    ],
    ids=["punycode-mixed", "unicode-whole-script", "punycode-upper"],
)
def test_a_cited_lookalike_host_warns_spelled_out(cited: str, spelled: str, scripts: tuple[str, ...]) -> None:
    finding = lookalike_named(cited, _answer(cited), None)
    assert finding is not None
    assert (finding.kind, finding.severity) == (FindingKind.MOVED, Severity.WARN)
    assert spelled in finding.message, finding.message
    assert all(s in finding.message.lower() for s in scripts), finding.message
    assert finding.actual is None  # nothing to cite instead
    assert "look-alike" in _finding_fix(finding), _finding_fix(finding)


@pytest.mark.parametrize(
    "cited",
    [
        _URL,
        "http://\u043d\u043e\u0432\u043e\u0441\u0442\u0438.\u0440\u0444/2024/story",  # Russian: no disguise
        "http://xn--d1acufc.xn--p1ai/2024/story",  # the same, in punycode
        "http://www.xn--mnchen-3ya.de/story",  # münchen: Latin with an umlaut
        "http://news.example.com/tag/xn--not-a-host",  # punycode-looking text in the path only
    ],
    ids=["ascii", "russian", "russian-punycode", "umlaut", "path-only"],
)
def test_a_cited_host_that_is_no_lookalike_says_nothing(cited: str) -> None:
    assert lookalike_named(cited, _answer(cited), None) is None


@pytest.mark.parametrize(
    ("own", "headers", "spelled"),
    [
        ("http://xn--80ak6aa92e.com/news/story", {}, "\u0430\u0440\u0440\u04cf\u0435.com"),
        (
            None,
            {"link": '<http://xn--ferr-y6d.com/news/story>; rel="canonical"'},
            "ferr\u0443.com",
        ),
        (
            None,
            {"link": "</amp/story>; rel=amphtml, <http://xn--ferr-y6d.com/s>; rel=canonical"},
            "ferr\u0443.com",
        ),
    ],
    ids=["canonical", "link-header", "link-header-second"],
)
def test_a_page_naming_a_lookalike_as_its_own_address_warns(
    own: str | None, headers: dict[str, str], spelled: str
) -> None:
    finding = lookalike_named(_URL, _answer(_URL, headers), own)
    assert finding is not None
    assert finding.severity is Severity.WARN
    assert spelled in finding.message, finding.message
    assert finding.actual is None


@pytest.mark.parametrize(
    ("own", "headers"),
    [
        ("http://harbourpost.example.com/news/2024/03/regatta", {}),
        (None, {"link": '<http://xn--ferr-y6d.com/s>; rel="preload"'}),
        (None, {"link": '<http://harbourpost.example.com/amp>; rel="canonical"'}),
    ],
    ids=["ascii-canonical", "link-not-canonical", "link-canonical-ascii"],
)
def test_a_page_whose_own_address_is_no_lookalike_says_nothing(
    own: str | None, headers: dict[str, str]
) -> None:
    assert lookalike_named(_URL, _answer(_URL, headers), own) is None


def test_a_canonical_on_the_lookalike_the_page_was_read_at_adds_nothing() -> None:
    # read at the look-alike itself after a redirect: the redirect's own finding says it (moved_finding)
    cited = "http://harbourpost.example.com/s"
    fetch = FetchResult(url=cited, final_url="http://xn--ferr-y6d.com/s", status_code=200, headers={})
    assert lookalike_named(cited, fetch, "http://xn--ferr-y6d.com/s") is None


@responses.activate
def test_the_report_warns_of_a_canonical_on_a_lookalike_host() -> None:
    page = _STORY.format(head='<link rel="canonical" href="http://xn--80ak6aa92e.com/news/story">')
    responses.add(responses.GET, _URL, body=page, headers={"Content-Type": "text/html; charset=utf-8"})
    (result,) = _run(Citation(url=_URL, title="Regatta moves to June"))
    assert result.status is Status.OK, (result.status, result.reason)
    assert str(result.verdict) == "warn", result.findings
    assert any("\u0430\u0440\u0440\u04cf\u0435.com" in f.message for f in result.findings), result.findings
    assert [c.request.url for c in responses.calls] == [_URL]  # the canonical is never fetched


# --- a stub's scripts and its <noscript> fallback ----------------------------------------------------------

_STUB = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Loading&hellip;</title>'
    '<script src="/r.js"></script></head><body>{body}</body></html>'
)


def _stub_script(body: str) -> str | None:
    page = _STUB.format(body=body).encode()
    return script_only(page, _URL, extract_metadata(page, _URL, {"content-type": "text/html"}))


def test_a_noscript_link_does_not_make_a_stub_a_page() -> None:
    assert (
        _stub_script('<noscript><a href="/story">Continue</a></noscript>')
        == "http://harbourpost.example.com/r.js"
    )
    # bounds: a link outside <noscript> is the page's own; so is one after a <noscript> that closed
    assert _stub_script('<a href="/story">Continue</a>') is None
    assert _stub_script('<noscript>Turn scripts on.</noscript><a href="/story">Continue</a>') is None


@pytest.mark.parametrize(
    ("markup", "said"),
    [
        (
            '<script src="/a.js"></script><script src="https://cdn.example.net/b.js"></script>',
            ("the scripts it loads", "http://harbourpost.example.com/a.js and https://cdn.example.net/b.js"),
        ),
        (
            '<script type=module src=/app.mjs></script><script nomodule src="/legacy.js"></script>',
            ("http://harbourpost.example.com/app.mjs and http://harbourpost.example.com/legacy.js",),
        ),
        ('<script src="/a.js"></script><script src="/a.js"></script>', ("a script it loads, http",)),
        (
            '<script src="/go.js"></script><noscript><a href="/story">Go on</a></noscript>',
            ("http://harbourpost.example.com/go.js", "fallback", "http://harbourpost.example.com/story"),
        ),
        (
            '<script src="/go.js"></script><noscript><a href="http://xn--80ak6aa92e.com/s">Go</a></noscript>',
            ("look-alike", "\u0430\u0440\u0440\u04cf\u0435.com", "cyrillic"),
        ),
        (
            "".join(f'<script src="/s{n}.js"></script>' for n in range(6)),
            ("/s0.js, http://harbourpost.example.com/s1.js and http://harbourpost.example.com/s2.js",),
        ),
    ],
    ids=["two", "module-nomodule", "same-twice", "noscript-link", "noscript-lookalike", "at-most-three"],
)
def test_a_stub_is_reported_with_its_scripts_and_fallback(markup: str, said: tuple[str, ...]) -> None:
    note = stub_scripts_note(f"<html><head></head><body>{markup}</body></html>".encode(), _URL)
    for words in said:
        assert words in note or words in note.lower(), (words, note)
    assert "s3.js" not in note


def test_a_stub_without_an_external_script_or_fallback_adds_nothing() -> None:
    assert stub_scripts_note(b"<html><body><script>var a = 1;</script></body></html>", _URL) == ""


@responses.activate
def test_the_report_names_both_scripts_of_a_stub() -> None:
    page = _STUB.replace(
        '<script src="/r.js"></script>', '<script src="/v.js"></script><script src="/b.js"></script>'
    )
    responses.add(
        responses.GET, _URL, body=page.format(body=""), headers={"Content-Type": "text/html; charset=utf-8"}
    )
    (result,) = _run(Citation(url=_URL, title="Regatta moves to June"))
    assert (result.status, result.cause) == (Status.BLOCKED, Cause.JAVASCRIPT), (result.status, result.reason)
    assert "/v.js" in result.reason, result.reason
    assert "/b.js" in result.reason, result.reason
    assert len(responses.calls) == 1  # neither script fetched


@responses.activate
def test_the_report_names_a_shells_scripts() -> None:
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div id="app"></div>'
        '<script type="module" src="/app.mjs"></script></body></html>'
    )
    responses.add(responses.GET, _URL, body=page, headers={"Content-Type": "text/html; charset=utf-8"})
    (result,) = _run(Citation(url=_URL, title="Regatta moves to June"))
    assert (result.status, result.cause) == (Status.BLOCKED, Cause.JAVASCRIPT), (result.status, result.reason)
    assert "http://harbourpost.example.com/app.mjs" in result.reason, result.reason


# --- a whole page, then blanks past the cap --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "whole"),
    [
        (b"<html><body>x</body></html>" + b" " * 50, True),
        (b"<html><body>x</body></HTML>\r\n\t \n" * 1 + b"\n" * 9, True),
        (b"<html><body>x</body></html>", False),  # nothing cut but the page itself
        (b"<html><body>x</body>" + b" " * 50, False),  # no end of the page
        (b"<html><body>x</body></html>" + b" " * 20 + b"<p>more", False),  # text after the end
        (b"%PDF-1.7 " + b" " * 50, False),
    ],
    ids=["blanks", "crlf-tabs-upper", "no-blanks", "no-end", "text-after", "not-html"],
)
def test_padded_page(body: bytes, whole: bool) -> None:
    assert padded_page(body) is whole


@responses.activate
def test_a_page_then_blanks_past_the_cap_is_read() -> None:
    page = _STORY.format(head="").encode() + b" " * 9000

    def answer(request: object) -> tuple[int, dict[str, str], bytes]:
        return 200, {"Content-Type": "text/html; charset=utf-8"}, page

    responses.add_callback(responses.GET, _URL, callback=answer)
    config = Config(allow_private=True, retries=0, max_bytes=4096)
    with Fetcher(config, requests.Session()) as fetcher:
        fetched = fetcher.fetch(_URL)
    assert (fetched.cause, fetched.status_code) == (None, 200), (fetched.cause, fetched.error)
    assert fetched.truncated
    assert extract_metadata(fetched.body, _URL, fetched.headers).title == "Regatta moves to June"


@responses.activate
def test_a_page_cut_in_its_text_is_still_too_large() -> None:
    page = _STORY.format(head="").replace("<p>", "<p>" + "word " * 2000).encode()
    responses.add(responses.GET, _URL, body=page, headers={"Content-Type": "text/html; charset=utf-8"})
    config = Config(allow_private=True, retries=0, max_bytes=4096)
    with Fetcher(config, requests.Session()) as fetcher:
        fetched = fetcher.fetch(_URL)
    assert fetched.cause is Cause.TOO_LARGE, (fetched.cause, fetched.error)
