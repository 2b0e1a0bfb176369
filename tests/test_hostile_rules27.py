"""The twenty-seventh hostile round's rules, on small strings and byte strings, with what each leaves alone:

- a small 2xx page whose Edge Side Includes were never processed, and which says nothing else, is an
  ``error`` (``classify.unassembled_esi``; ``/esi-unprocessed-200`` passed as a page titled with the site's
  name);
- a Java application's "Whitelabel Error Page" served 2xx is read by the status it states: a ``404`` or
  ``410`` is a ``soft_404``, another code an ``error`` (``classify.whitelabel_status``;
  ``/spring-whitelabel-200`` passed: the page has no title);
- ASP.NET's error page ("Server Error in '/' Application.") served 2xx is the site's software failing
  (``classify._STOCK_ERROR_MARKS``; ``/aspnet-error-200`` passed as a page titled "Runtime Error");
- bidirectional formatting characters (marks, embeddings, overrides, isolates) are dropped from a title
  (``extract.titles.clean_text``; ``/title-bidi-controls`` kept them in the title read);
- a checking process keeps glibc's mmap threshold fixed at 128 KiB (``parallel.tune_process``,
  ``parallel._set_malloc_option``): the ``ci`` run's peak RSS, held by freed bodies kept in malloc's arenas,
  not by live objects; the user's ``MALLOC_MMAP_THRESHOLD_`` is left alone.
"""

from __future__ import annotations

import pytest

from linkcheck import check
from linkcheck.classify import framework_error, unassembled_esi, whitelabel_status
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.extract.titles import clean_text
from linkcheck.models import Cause, Citation, FetchResult, Status
from tests.test_checker import FakeFetcher

_URL = "https://harbour-gazette.org/2020/01/09/ferry-timetable"
_TITLE = "Ferry timetable changes"
_STORY = (
    b"<p>The ferry runs five times a day from Monday, with two fewer crossings at night and a new stop at the"
    b" harbour's north pier, the council said on Thursday after a month of talks with the operator.</p>"
    b"<p>The last crossing leaves at nine in the evening; tickets bought before Monday stay valid.</p>"
)
_PAGE = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Ferry timetable changes</title></head>"
    b"<body><h1>Ferry timetable changes</h1>" + _STORY + b"</body></html>"
)


def _report(status: int, body: bytes) -> tuple[Status, Cause | None, str]:
    def answer(url: str) -> FetchResult:
        headers = {"content-type": "text/html; charset=utf-8"}
        return FetchResult(url=_URL, final_url=_URL, status_code=status, headers=headers, body=body)

    (result,) = check([Citation(url=_URL, title=_TITLE)], Config(), fetcher=FakeFetcher(answer)).results
    return result.status, result.cause, result.reason


def test_the_plain_page_passes() -> None:
    assert _report(200, _PAGE)[0] is Status.OK


# --- Edge Side Includes left in the page ------------------------------------------------------------------

_ESI_TEMPLATE = (
    b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Gazette</title></head><body>'
    b'<esi:include src="/fragments/masthead"/><main><esi:include src="/fragments/story/ferry" /></main>'
    b"</body></html>"
)


def test_an_unassembled_template_is_counted() -> None:
    assert unassembled_esi(_ESI_TEMPLATE) == 2


@pytest.mark.parametrize(
    "body",
    [
        _PAGE,  # no include at all
        _PAGE.replace(
            b"</h1>", b'</h1><esi:include src="/fragments/related"/>'
        ),  # a stray one beside a story
        _ESI_TEMPLATE.replace(b"<esi:", b"&lt;esi:"),  # a page quoting the tag, escaped
        _ESI_TEMPLATE.replace(b"</main>", b"</main>" + b"<p>" + b"filler " * 3_000 + b"</p>"),  # over 16 KB
    ],
    ids=["plain", "beside-a-story", "escaped", "large"],
)
def test_pages_with_their_text_or_no_include_are_left_alone(body: bytes) -> None:
    assert unassembled_esi(body) is None


def test_an_unassembled_template_is_an_error_saying_esi() -> None:
    status, cause, reason = _report(200, _ESI_TEMPLATE)
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "ESI" in reason, reason
    assert "2 Edge Side Include" in reason, reason


def test_a_story_with_a_stray_include_passes() -> None:
    body = _PAGE.replace(b"</h1>", b'</h1><esi:include src="/fragments/related"/>')
    assert _report(200, body)[0] is Status.OK


# --- a Java application's whitelabel error page -------------------------------------------------------------

_WHITELABEL = (
    b"<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so"
    b" you are seeing this as a fallback.</p><div id='created'>Mon Jan 06 09:00:00 UTC 2025</div><div>There"
    b" was an unexpected error (type=%s, status=%d).</div></body></html>"
)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Not Found", 404), ("Gone", 410), ("Internal Server Error", 500), ("Forbidden", 403)],
)
def test_the_whitelabel_pages_status_is_read(name: str, code: int) -> None:
    assert whitelabel_status(_WHITELABEL % (name.encode(), code)) == (code, name)


@pytest.mark.parametrize(
    "body",
    [
        _PAGE,
        # a guide to the framework quoting the heading in its text
        _PAGE.replace(b"<body>", b"<body>" + b"<p>intro</p>" * 30 + b"<h1>Whitelabel Error Page</h1>"),
        # the heading and no status stated
        b"<html><body><h1>Whitelabel Error Page</h1><p>Something went wrong.</p></body></html>",
    ],
    ids=["plain", "quoted-further-down", "no-status"],
)
def test_other_pages_are_no_whitelabel_page(body: bytes) -> None:
    assert whitelabel_status(body) is None


def test_a_whitelabel_404_served_200_is_a_soft_404() -> None:
    status, cause, reason = _report(200, _WHITELABEL % (b"Not Found", 404))
    assert (status, cause) == (Status.SOFT_404, Cause.ERROR_PAGE), reason
    assert "404 Not Found" in reason, reason


def test_a_whitelabel_500_served_200_is_an_error() -> None:
    status, cause, reason = _report(200, _WHITELABEL % (b"Internal Server Error", 500))
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "500 Internal Server Error" in reason, reason


# --- ASP.NET's error page ---------------------------------------------------------------------------------

_ASPNET = (
    b'<!DOCTYPE html>\r\n<html><head><title>Runtime Error</title></head><body bgcolor="white"><span>'
    b"<H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>"
    b"<h2> <i>Runtime Error</i> </h2>"
    b"</span><b> Description: </b>An application error occurred on the server.</body></html>"
)


def test_aspnets_error_page_is_a_framework_error() -> None:
    assert framework_error(_ASPNET)


def test_aspnets_error_page_served_200_is_an_error() -> None:
    status, cause, reason = _report(200, _ASPNET)
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "server error" in reason, reason


@pytest.mark.parametrize(
    "body",
    [
        # a story that quotes the heading in its text, not as the page's heading
        _PAGE.replace(b"</h1>", b"</h1><p>Readers saw \"Server Error in '/' Application.\" on Monday.</p>"),
        # the page's heading over a larger page (a forum thread pasting the page): no stock page
        _ASPNET + b"<p>" + b"reply " * 2_000 + b"</p>",
    ],
    ids=["quoted", "large"],
)
def test_pages_quoting_aspnets_heading_are_left_alone(body: bytes) -> None:
    assert not framework_error(body)


# --- bidirectional formatting characters ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        (
            "\u202b\u200f\u06a9\u0634\u062a\u06cc \u2066MV Sahel\u2069\u200f\u202c",
            "\u06a9\u0634\u062a\u06cc MV Sahel",
        ),
        ("\u202eFerry timetable\u202c", "Ferry timetable"),  # an override, as spoofed names use it
        ("Ferry\u200e timetable \u061c", "Ferry timetable"),  # the marks
    ],
)
def test_bidirectional_controls_are_dropped(text: str, clean: str) -> None:
    assert clean_text(text) == clean


@pytest.mark.parametrize(
    "text",
    [
        "\u0645\u06cc\u200c\u06a9\u0646\u062f",  # Persian's zero-width non-joiner: a letter's shape, kept
        "\u05de\u05e2\u05d1\u05d5\u05e8\u05ea \u05d7\u05d3\u05e9\u05d4",  # Hebrew with no control
        "Ferry \u2013 timetable \u201cwinter\u201d",  # dashes and quotes of the same block
    ],
)
def test_text_without_bidirectional_controls_is_left_alone(text: str) -> None:
    assert clean_text(text) == text


def test_a_title_wrapped_in_controls_is_read_without_them() -> None:
    page = (
        "<!DOCTYPE html><html lang=fa><head><meta charset=utf-8><title>\u202b\u200f\u06a9\u0634\u062a\u06cc"
        " \u2066MV Sahel\u2069\u200f\u202c</title></head><body><p>\u06a9\u0634\u062a\u06cc</p></body></html>"
    ).encode()
    assert extract_metadata(page, _URL, {}).title == "\u06a9\u0634\u062a\u06cc MV Sahel"


# --- glibc's mmap threshold kept fixed --------------------------------------------------------------------


class _FakeLibc:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def mallopt(self, param: int, value: int) -> int:
        self.calls.append((param, value))
        return 1


def test_a_checking_process_keeps_large_blocks_mapped(monkeypatch: pytest.MonkeyPatch) -> None:
    # the threshold fixed at 128 KiB: a freed body of a few MB goes back to the system, not to an arena
    import ctypes
    import gc

    from linkcheck import parallel

    libc = _FakeLibc()
    monkeypatch.setattr(ctypes, "CDLL", lambda name: libc)
    monkeypatch.setattr(parallel.sys, "platform", "linux")
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    before = gc.get_threshold()
    try:
        parallel.tune_process()
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
    assert libc.calls == [(-8, 2), (-3, 128 * 1024)]


def test_the_users_malloc_settings_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    from linkcheck import parallel

    libc = _FakeLibc()
    monkeypatch.setattr(ctypes, "CDLL", lambda name: libc)
    monkeypatch.setattr(parallel.sys, "platform", "linux")
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    assert not parallel._set_malloc_option(-3, 128 * 1024, "MALLOC_MMAP_THRESHOLD_")
    monkeypatch.setattr(parallel.sys, "platform", "darwin")
    assert not parallel._set_malloc_option(-8, 2, "MALLOC_ARENA_MAX")
    assert libc.calls == []
