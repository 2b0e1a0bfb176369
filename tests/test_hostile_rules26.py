"""The twenty-sixth hostile round's rules, on small strings and byte strings, with what each leaves alone:

- a 2xx whose ``Content-Range`` names a part of the page, not all of it (a cache that stored a range answer
  as the whole), is an ``error`` quoting the range (``classify.partial_range``; ``/range-slice-on-200``
  passed as a page with no title);
- an object store's XML "not found" error (``NoSuchKey``, ``BlobNotFound``) served 2xx is a ``soft_404``
  (``classify.storage_not_found``; ``/storage-nosuchkey-200`` passed);
- a page served as ``application/xhtml+xml`` that is not well-formed XML is an ``error`` quoting the parser
  (``classify.xml_not_well_formed``; browsers show their parse error; ``/xhtml-not-well-formed`` passed);
- a small page of failed server-side includes and nothing else is an ``error``
  (``classify.failed_includes``; ``/ssi-error-200`` passed);
- WordPress's critical-error page (``wp_die``) served 2xx is the site's software failing
  (``classify._app_error``; ``/wp-critical-error-200`` passed);
- "HTTP Status 500" in a title states a 5xx, as Java servers' error reports title themselves
  (``soft404._SERVER_STATUS_PIECE``; ``/tomcat-500-on-200`` passed);
- a page labelled UTF-8 whose only invalid bytes are encoded surrogates (CESU-8) stays UTF-8
  (``extract.decode.overlong_only``; ``/title-cesu8-emoji`` was read in a legacy code page);
- a 2xx that sets a cookie and refreshes to itself at once is asked once more, with the cookie
  (``fetch.reloads_for_cookie``; ``/refresh-cookie-check`` was read as its empty check page).
"""

from __future__ import annotations

import dataclasses

import pytest

from linkcheck import check
from linkcheck.classify import failed_includes, partial_range, storage_not_found, xml_not_well_formed
from linkcheck.config import Config
from linkcheck.extract.decode import decode_html, overlong_only
from linkcheck.fetch import reloads_for_cookie
from linkcheck.models import Cause, Citation, FetchResult, Status
from linkcheck.soft404 import server_status_title
from tests.test_checker import FakeFetcher

_URL = "https://harbour-gazette.org/2020/01/09/ferry-timetable"
_TITLE = "Ferry timetable changes"
_PAGE = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Ferry timetable changes</title></head>"
    b"<body><h1>Ferry timetable changes</h1><p>The ferry runs five times a day from Monday, with two fewer"
    b" crossings at night and a new stop at the harbour's north pier, the council said.</p></body></html>"
)

#: The page as well-formed XHTML (its attributes quoted, its empty elements closed).
_XHTML_PAGE = (
    b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head>'
    b'<meta charset="utf-8"/><title>Ferry timetable changes</title></head><body><h1>Ferry timetable changes'
    b"</h1><p>The ferry runs five times a day from Monday, with two fewer crossings at night and a new stop"
    b" at the harbour's north pier, the council said.<br/>More soon.</p></body></html>"
)


def _report(
    status: int, body: bytes, content_type: str = "text/html; charset=utf-8", **headers: str
) -> tuple[Status, Cause | None, str]:
    sent = {"content-type": content_type, **{k.replace("_", "-").lower(): v for k, v in headers.items()}}

    def answer(url: str) -> FetchResult:
        return FetchResult(url=_URL, final_url=_URL, status_code=status, headers=sent, body=body)

    (result,) = check([Citation(url=_URL, title=_TITLE)], Config(), fetcher=FakeFetcher(answer)).results
    return result.status, result.cause, result.reason


def test_the_plain_page_passes() -> None:
    # the pages below differ from this one only in what each rule reads
    assert _report(200, _PAGE)[0] is Status.OK
    assert _report(200, _XHTML_PAGE, "application/xhtml+xml")[0] is Status.OK  # well-formed XHTML


# --- a byte range served as the page ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["bytes 1024-2047/4096", "bytes 0-1023/4096", "bytes 3072-4095/4096", "BYTES 10-20/*", "bytes 0-99/*"],
)
def test_a_range_that_is_a_part_is_named(value: str) -> None:
    assert partial_range({"content-range": value}) == value


@pytest.mark.parametrize(
    "headers",
    [
        {},  # nearly every answer
        {"content-range": "bytes 0-4095/4096"},  # the whole page
        {"content-range": "bytes 0-9999/4096"},  # more than the whole: still all of it
        {"content-range": "bytes */4096"},  # no range (an unsatisfiable range's form)
        {"content-range": "items 0-9/100"},  # not bytes
        {"content-range": "garbage"},
    ],
)
def test_answers_that_are_no_part_are_left_alone(headers: dict[str, str]) -> None:
    assert partial_range(headers) is None


def test_a_range_served_200_is_an_error_quoting_it() -> None:
    status, cause, reason = _report(200, _PAGE[40:120], content_range="bytes 40-119/400")
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "bytes 40-119/400" in reason
    assert "part of the page" in reason


# --- an object store's "not found" ------------------------------------------------------------------------

_NOSUCHKEY = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does'
    b" not exist.</Message><Key>2020/01/09/x.html</Key></Error>"
)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (_NOSUCHKEY, "NoSuchKey: The specified key does not exist."),
        (
            b"\xef\xbb\xbf<?xml version='1.0' encoding='utf-8'?><Error><Code>BlobNotFound</Code><Message>The"
            b" specified blob does not exist.\nRequestId:7e1a</Message></Error>",
            "BlobNotFound: The specified blob does not exist. RequestId:7e1a",
        ),
        (b"<Error><Code>NoSuchBucket</Code></Error>", "NoSuchBucket"),
    ],
)
def test_a_storage_not_found_error_is_named(body: bytes, said: str) -> None:
    assert storage_not_found(body) == said


@pytest.mark.parametrize(
    "body",
    [
        _PAGE,
        b"<?xml version='1.0'?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>",
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Codes: <Code>NoSuchKey</Code></title>'
        b"</channel></rss>",  # a feed that mentions the code
        _NOSUCHKEY + b" " * 5000,  # over 4 KiB: no store's error
    ],
)
def test_bodies_that_are_no_storage_error_are_left_alone(body: bytes) -> None:
    assert storage_not_found(body) is None


def test_a_storage_not_found_served_200_is_a_soft_404() -> None:
    status, cause, reason = _report(200, _NOSUCHKEY, "application/xml")
    assert (status, cause) == (Status.SOFT_404, Cause.ERROR_PAGE), reason
    assert "NoSuchKey" in reason


# --- XHTML that is not well-formed ------------------------------------------------------------------------

_XHTML_HEAD = b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (_XHTML_HEAD + b"<title>x</title></head><body><p>a<br>b</p></body></html>", "mismatched tag"),
        (_XHTML_HEAD + b"<title>x</title></head><body><p>a &nbsp; b</p></body></html>", "undefined entity"),
        (_XHTML_HEAD + b"<title>x &amp y</title></head><body></body></html>", "not well-formed"),
        (_XHTML_HEAD + b"<title>x</title></head><body><p>cut", "no element found"),
    ],
)
def test_xhtml_that_is_not_well_formed_is_named(body: bytes, said: str) -> None:
    got = xml_not_well_formed("application/xhtml+xml; charset=utf-8", body, {})
    assert got is not None
    assert said in got, got


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/xhtml+xml", _XHTML_HEAD + b"<title>x</title></head><body><p>a<br/>b</p></body></html>"),
        (  # an entity its XHTML DTD defines: skipped, not an error (browsers know it)
            "application/xhtml+xml",
            b'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"'
            b' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
            b"<head><title>x</title></head><body><p>a&nbsp;b</p></body></html>",
        ),
        (  # windows-1251 as its declaration says: decoded first, then parsed
            "application/xhtml+xml",
            '<?xml version="1.0" encoding="windows-1251"?><html><head><title>\u041f\u0430\u0440\u043e\u043c'
            "</title></head></html>".encode("cp1251"),
        ),
        (
            "text/html; charset=utf-8",
            _XHTML_HEAD + b"<title>x</title></head><body><p>a<br>b</p></body></html>",
        ),
        ("application/xml", b"<p>a<br>b</p>"),  # XML that is not XHTML: a feed's own checks
    ],
)
def test_pages_that_are_well_formed_or_no_xhtml_are_left_alone(content_type: str, body: bytes) -> None:
    assert xml_not_well_formed(content_type, body, {"content-type": content_type}) is None


def test_xhtml_not_well_formed_is_an_error_saying_so() -> None:
    body = _XHTML_HEAD + b"<title>Ferry timetable changes</title></head><body><p>a<br>b</p></body></html>"
    status, cause, reason = _report(200, body, "application/xhtml+xml")
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "well-formed" in reason
    assert "mismatched tag" in reason


def test_xhtml_cut_at_the_byte_cap_is_left_alone() -> None:
    # a body cut at the cap ends mid-element: not well-formed as read, which says nothing of the page
    from linkcheck.classify import classify_fetch

    cut = _XHTML_PAGE[: len(_XHTML_PAGE) // 2]
    fetch = FetchResult(
        url=_URL,
        final_url=_URL,
        status_code=200,
        headers={"content-type": "application/xhtml+xml"},
        body=cut,
        truncated=True,
    )
    assert classify_fetch(fetch).status is Status.OK
    assert classify_fetch(dataclasses.replace(fetch, truncated=False)).status is Status.ERROR


def test_entity_expansion_in_xhtml_is_bounded() -> None:
    # the billion laughs in an XHTML page: expat refuses the amplification instead of expanding 3 GB
    laughs = b'<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY l0 "lol">\n' + b"".join(
        b'<!ENTITY l%d "%s">\n' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, 10)
    )
    body = laughs + b']>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>&l9;</title></head></html>'
    assert xml_not_well_formed("application/xhtml+xml", body, {}) is not None


# --- failed server-side includes --------------------------------------------------------------------------

_SSI = b"[an error occurred while processing this directive]"


def test_a_page_of_failed_includes_is_counted() -> None:
    body = b"<html><head><title>The Harbour Gazette</title></head><body>" + _SSI + b"<main>" + _SSI
    assert failed_includes(body + b"</main></body></html>") == 2


@pytest.mark.parametrize(
    "body",
    [
        _PAGE,
        _PAGE.replace(
            b"</p>", b"</p><p>" + b"The new timetable is on the council's site. " * 3 + b"</p>"
        ).replace(
            b"</body>", b"<footer>" + _SSI + b"</footer></body>"
        ),  # the story is there, its footer include failed
        b"<p>Apache prints "
        + _SSI
        + b" when an include fails; "
        + b"this guide explains why. " * 10
        + b"</p>",
        b"<html><body>" + _SSI + b"</body></html>" + b" " * 17_000,  # over 16 KB: not read
    ],
)
def test_pages_with_their_text_are_left_alone(body: bytes) -> None:
    assert failed_includes(body) is None


def test_a_page_of_failed_includes_is_an_error() -> None:
    body = b"<html><head><title>The Harbour Gazette</title></head><body>" + _SSI * 3 + b"</body></html>"
    status, cause, reason = _report(200, body)
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "server-side include" in reason


# --- WordPress's critical error ---------------------------------------------------------------------------

_WP_DIE = (
    b'<!DOCTYPE html><html><head><title>WordPress &rsaquo; Error</title></head><body id="error-page">'
    b'<div class="wp-die-message"><p>There has been a critical error on this website.</p></div></body></html>'
)


def test_wordpress_critical_error_is_the_sites_software_failing() -> None:
    status, cause, reason = _report(200, _WP_DIE)
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "WordPress's critical error page" in reason


def test_a_story_quoting_the_critical_error_is_left_alone() -> None:
    story = _PAGE.replace(
        b"</p>", b" Readers saw 'There has been a critical error on this website.' for an hour.</p>"
    )
    assert _report(200, story)[0] is Status.OK


# --- "HTTP Status 500" ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("HTTP Status 500 \u2013 Internal Server Error", 500),
        ("HTTP Status 503 - Service Unavailable", 503),
        ("Apache Tomcat/9.0.83 - HTTP Status 502", 502),
    ],
)
def test_a_java_servers_error_title_states_its_code(title: str, code: int) -> None:
    assert server_status_title([title]) == (code, title)


@pytest.mark.parametrize(
    "title",
    [
        "HTTP Status 404 \u2013 Not Found",  # a 4xx: the soft 404 signals read it
        "HTTP status 500 errors rose in March, the survey says",  # a headline's words
        "Status 500 club: the city's richest firms",
    ],
)
def test_other_titles_are_left_alone(title: str) -> None:
    assert server_status_title([title]) is None


# --- CESU-8 in a UTF-8 page -------------------------------------------------------------------------------

_CESU_SHIP = b"\xed\xa0\xbd\xed\xba\xa2"  # U+1F6A2 as two surrogates, three bytes each


def test_cesu8_surrogates_keep_the_utf8_label() -> None:
    body = b"<html><head><title>Umiarsuaq " + _CESU_SHIP + b"</title></head><body><p>x</p></body></html>"
    assert overlong_only(body)
    text = decode_html(body, {"content-type": "text/html; charset=utf-8"})
    assert "<title>Umiarsuaq \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd</title>" in text


def test_hangul_beside_cesu8_is_read_as_written() -> None:
    # Hangul's syllables from U+D000 begin with ED too (ED 95 9C): valid UTF-8, no surrogate, kept
    body = "<title>\ud55c\uad6d ".encode() + _CESU_SHIP + b"</title>"
    text = decode_html(body, {"content-type": "text/html; charset=utf-8"})
    assert text == "<title>\ud55c\uad6d " + "\ufffd" * 6 + "</title>"


@pytest.mark.parametrize(
    "body",
    [
        "<title>Caf\u00e9 \u043d</title>".encode("cp1251", "replace"),  # a legacy page: other invalid bytes
        b"<title>Caf\xe9 " + _CESU_SHIP + b"</title>",  # a surrogate and a windows-1252 letter
        b"<title>Umiarsuaq \xed\xa0</title>",  # a surrogate's lead cut short: no CESU-8
    ],
)
def test_other_invalid_bytes_are_left_to_detection(body: bytes) -> None:
    assert not overlong_only(body)


# --- a cookie check by a refresh to itself ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({"set-cookie": "check=1; Path=/", "refresh": "0"}, b""),
        ({"set-cookie": "check=1", "refresh": f"0; url={_URL}"}, b""),
        ({"set-cookie": "check=1", "refresh": "0;URL='/2020/01/09/ferry-timetable'"}, b""),
        ({"set-cookie": "check=1"}, b'<html><head><meta http-equiv="refresh" content="0"></head></html>'),
    ],
)
def test_a_cookie_and_a_reload_at_once_is_asked_again(headers: dict[str, str], body: bytes) -> None:
    assert reloads_for_cookie(_URL, 200, headers, body)


@pytest.mark.parametrize(
    ("status", "headers"),
    [
        (200, {"refresh": "0"}),  # no cookie: a page that reloads itself
        (200, {"set-cookie": "check=1", "refresh": "5"}),  # later than at once: a live page
        (200, {"set-cookie": "check=1", "refresh": "0; url=/elsewhere"}),  # a redirect (_refresh's)
        (200, {"set-cookie": "check=1"}),  # no refresh at all
        (503, {"set-cookie": "check=1", "refresh": "0"}),  # an error page
        (200, {"set-cookie": "check=1", "refresh": "now"}),  # no time
    ],
)
def test_other_answers_are_not_asked_again(status: int, headers: dict[str, str]) -> None:
    assert not reloads_for_cookie(_URL, status, headers, b"<html></html>")
