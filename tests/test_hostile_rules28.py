"""The twenty-eighth hostile round's rules, on small strings and byte strings, with what each leaves alone:

- a server's UTF-16 label (any of the Encoding Standard's: ``unicode``, ``ucs-2``...) over bytes that are
  UTF-16 is the page's encoding (``extract.decode.utf16_order``; ``/charset-unicode-label`` was read as a
  legacy code page: ``unicode`` was no label Python knows);
- a server's label the Encoding Standard maps to "replacement" (``hz-gb-2312``, ``iso-2022-kr``...) makes the
  page one U+FFFD, and the report an ``error`` (``media.replacement_label``; ``/charset-hz-gb-2312`` passed,
  its HZ escapes read as text);
- a ``Transfer-Encoding`` list whose last coding is ``chunked`` is read as chunked, empty elements aside
  (``headers.final_coding_chunked``; ``, chunked`` was read to the close, its chunk lines in the page);
- a service proxy's one-line answer that it could not reach the site, served 2xx, is an ``error``
  (``classify.upstream_error``; ``/envoy-upstream-reset-200`` passed);
- PHP's whole answer for a script that is not there ("File not found.", "No input file specified."), served
  2xx, is a ``soft_404`` (``classify.script_not_found``; ``/php-fpm-file-not-found-200`` passed);
- Drupal's "The website encountered an unexpected error. Please try again later." and Magento's error report
  served 2xx are the site's software failing (``classify.APP_ERROR_MARKS_AS_SENT``,
  ``classify._STOCK_ERROR_MARKS``; ``/drupal-unexpected-error-200`` and ``/magento-report-200`` passed).
"""

from __future__ import annotations

import pytest

from linkcheck import check
from linkcheck.classify import framework_error, script_not_found, upstream_error
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.extract.decode import decode_html, utf16_order
from linkcheck.headers import final_coding_chunked
from linkcheck.media import replacement_label
from linkcheck.models import Cause, Citation, FetchResult, Status
from tests.test_checker import FakeFetcher
from tests.test_headers import answer

_URL = "https://harbour-gazette.org/2020/01/09/ferry-timetable"
_TITLE = "Ferry timetable changes"
_STORY = (
    b"<p>The ferry runs five times a day from Monday, with two fewer crossings at night and a new stop at the"
    b" harbour's north pier, the council said on Thursday after a month of talks with the operator.</p>"
)
_PAGE = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Ferry timetable changes</title></head>"
    b"<body><h1>Ferry timetable changes</h1>" + _STORY + b"</body></html>"
)


def _report(
    status: int, body: bytes, content_type: str = "text/html; charset=utf-8"
) -> tuple[Status, Cause | None, str]:
    def answer_(url: str) -> FetchResult:
        headers = {"content-type": content_type}
        return FetchResult(url=_URL, final_url=_URL, status_code=status, headers=headers, body=body)

    (result,) = check([Citation(url=_URL, title=_TITLE)], Config(), fetcher=FakeFetcher(answer_)).results
    return result.status, result.cause, result.reason


def test_the_plain_page_passes() -> None:
    assert _report(200, _PAGE)[0] is Status.OK


# --- UTF-16 under any of its labels ------------------------------------------------------------------------

_KYRGYZ = "\u041f\u0430\u0440\u043e\u043c \u0434\u04af\u0439\u0448\u04e9\u043c\u0431\u04af"
_UTF16_PAGE = (
    f"<!DOCTYPE html><html><head><title>{_KYRGYZ}</title></head><body><p>{_KYRGYZ}</p></body></html>"
)


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("unicode", "utf-16-le"),
        ("ucs-2", "utf-16-le"),
        ("csUnicode", "utf-16-le"),
        ("unicodeFFFE", "utf-16-be"),
    ],
)
def test_a_utf16_label_over_utf16_bytes_is_the_pages_encoding(label: str, codec: str) -> None:
    body = _UTF16_PAGE.encode(codec)
    assert utf16_order(body) == codec
    text = decode_html(body, {"content-type": f"text/html; charset={label}"})
    assert f"<title>{_KYRGYZ}</title>" in text, text[:80]
    meta = extract_metadata(body, _URL, {"content-type": f"text/html; charset={label}"})
    assert meta.title == _KYRGYZ


@pytest.mark.parametrize(
    "body",
    [
        _UTF16_PAGE.encode("utf-8"),  # a UTF-8 page under a UTF-16 label: no NUL, read as UTF-8 as before
        b"\0" * 64 + _UTF16_PAGE.encode("utf-8"),  # NUL padding before a page: no parity
        "<p>\u041f\u0430\u0440\u043e\u043c</p>".encode("utf-16-le")[:6],  # too short to judge
    ],
    ids=["utf-8-bytes", "nul-padding", "short"],
)
def test_bytes_that_are_not_utf16_are_left_to_the_earlier_reading(body: bytes) -> None:
    if len(body) >= 8:
        assert utf16_order(body) is None
    assert decode_html(body, {"content-type": "text/html; charset=unicode"}) == decode_html(
        body, {"content-type": "text/html; charset=utf-8"}
    )


def test_utf16_bytes_under_a_utf8_label_are_not_read_as_utf16() -> None:
    # a server's label that is not UTF-16 keeps its meaning: the rule asks for the label and the bytes
    body = _UTF16_PAGE.encode("utf-16-le")
    assert "<title>" + _KYRGYZ not in decode_html(body, {"content-type": "text/html; charset=utf-8"})


# --- a label the Encoding Standard replaces ----------------------------------------------------------------

_HZ_PAGE = (
    "<html><head><title>\u6e21\u8f6e\u4ece\u5468\u4e00\u8d77</title></head><body></body></html>".encode("hz")
)


@pytest.mark.parametrize(
    ("content_type", "label"),
    [
        ("text/html; charset=HZ-GB-2312", "hz-gb-2312"),
        ('text/html; charset="iso-2022-kr"', "iso-2022-kr"),
        ("text/plain;charset=ISO-2022-CN-EXT", "iso-2022-cn-ext"),
        ("text/html; charset=csISO2022KR", "csiso2022kr"),
    ],
)
def test_a_replacement_label_is_named(content_type: str, label: str) -> None:
    assert replacement_label(content_type) == label


@pytest.mark.parametrize(
    "content_type",
    ["text/html; charset=iso-2022-jp", "text/html; charset=gb2312", "text/html", "text/html; charset=hz"],
)
def test_other_labels_are_no_replacement(content_type: str) -> None:
    # ISO-2022-JP is a real encoding browsers decode; "hz" is no label of the Standard's (ignored, as missing)
    assert replacement_label(content_type) is None


def test_a_page_under_a_replacement_label_is_one_replacement_character_and_an_error() -> None:
    assert decode_html(_HZ_PAGE, {"content-type": "text/html; charset=HZ-GB-2312"}) == "\ufffd"
    status, cause, reason = _report(200, _HZ_PAGE, "text/html; charset=HZ-GB-2312")
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "hz-gb-2312" in reason
    assert "replacement" in reason


def test_a_replacement_label_in_meta_is_left_alone() -> None:
    # the rule reads the server's label only; a page whose <meta> names one is decoded as before
    body = b'<html><head><meta charset="iso-2022-kr"><title>Ferry timetable changes</title></head></html>'
    assert "Ferry timetable changes" in decode_html(body, {"content-type": "text/html"})
    assert _report(200, body, "text/html")[0] is Status.OK


# --- a Transfer-Encoding list ending in chunked ------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["chunked", "Chunked", ", chunked", "chunked,", " ,chunked , ", "gzip, chunked"]
)
def test_a_list_whose_last_coding_is_chunked_is_chunked(value: str) -> None:
    assert final_coding_chunked(value)


@pytest.mark.parametrize("value", [None, "", ",", "chunked, gzip", "x-chunked", "identity"])
def test_a_list_whose_last_coding_is_another_is_not_chunked(value: str | None) -> None:
    assert not final_coding_chunked(value)


@pytest.mark.parametrize(
    "pad", [b"", b"X-Pad: " + b"a" * 9_000 + b"\r\n"], ids=["buffered-head", "long-head"]
)
def test_a_body_under_an_empty_element_and_chunked_is_dechunked(pad: bytes) -> None:
    # both ways a head is read: from the reader's buffer (plain_head) and http.client's own (a long head)
    data = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: , chunked\r\n"
        + pad
        + b"\r\n4\r\npage\r\n3\r\n ok\r\n0\r\n\r\n"
    )
    response = answer(data)
    assert response.chunked
    assert response.read() == b"page ok"


def test_an_unknown_last_coding_is_still_read_to_the_close() -> None:
    response = answer(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, x-shuffle\r\n\r\n4\r\npage\r\n0\r\n\r\n"
    )
    assert not response.chunked
    assert response.read() == b"4\r\npage\r\n0\r\n\r\n"


# --- a service proxy's upstream error ----------------------------------------------------------------------

_ENVOY = (
    b"upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport"
    b" failure reason: delayed connect error: 111"
)


@pytest.mark.parametrize("body", [_ENVOY, b"no healthy upstream", b"upstream request timeout\n"])
def test_a_proxys_upstream_error_is_quoted(body: bytes) -> None:
    said = upstream_error(body)
    assert said is not None
    assert said.startswith(body.strip()[:20].decode())


def test_a_proxys_upstream_error_served_200_is_an_error() -> None:
    status, cause, reason = _report(200, _ENVOY, "text/plain")
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "upstream" in reason
    assert "proxy" in reason


@pytest.mark.parametrize(
    "body",
    [
        _PAGE.replace(b"</h1>", b"</h1><p>The logs said: no healthy upstream.</p>"),  # a page quoting it
        _ENVOY + b" " * 600,  # a longer body
        b"upstream of the harbour, the ferry stops",  # a text that begins with the word
    ],
    ids=["quoted", "long", "word"],
)
def test_other_bodies_are_no_upstream_error(body: bytes) -> None:
    assert upstream_error(body) is None


# --- PHP's "File not found." -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body", [b"File not found.\n", b"No input file specified.", b"  File not found.\r\n"]
)
def test_phps_answer_for_a_missing_script_is_a_soft_404(body: bytes) -> None:
    assert script_not_found(body) == body.strip().decode()
    status, cause, reason = _report(200, body)
    assert (status, cause) == (Status.SOFT_404, Cause.ERROR_PAGE)
    assert "not found" in reason


@pytest.mark.parametrize(
    "body",
    [b"<p>File not found.</p>", b"File not found. Try the archive: /archive/2020", b"file not found."],
    ids=["markup", "longer", "lower-case"],
)
def test_other_small_bodies_are_no_missing_script(body: bytes) -> None:
    assert script_not_found(body) is None


# --- Drupal's and Magento's error pages --------------------------------------------------------------------

_DRUPAL = b"The website encountered an unexpected error. Please try again later."
_MAGENTO = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>There has been an error processing'
    b" your request</title></head><body><main><h1>There has been an error processing your request</h1><p>"
    b"Exception printing is disabled by default for security reasons.</p><p>Error log record number:"
    b" 7a1c9e04</p></main></body></html>"
)


@pytest.mark.parametrize("body", [_DRUPAL, _DRUPAL + b"<br />Error: Call to a member function on null"])
def test_drupals_unexpected_error_is_the_sites_software_failing(body: bytes) -> None:
    status, cause, reason = _report(200, body)
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "unexpected error" in reason


def test_a_story_quoting_drupals_sentence_is_left_alone() -> None:
    body = _PAGE.replace(
        b"</h1>",
        b"</h1><p>Visitors saw 'The website encountered an unexpected error. Please"
        b" try again later.' for an hour.</p>",
    )
    assert _report(200, body)[0] is Status.OK


def test_magentos_error_report_is_a_stock_error_document() -> None:
    assert framework_error(_MAGENTO)
    status, cause, reason = _report(200, _MAGENTO)
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "server error" in reason


@pytest.mark.parametrize(
    "body",
    [
        _PAGE.replace(
            b"</h1>", b"</h1><p>The shop showed 'There has been an error processing your request'.</p>"
        ),
        _MAGENTO.replace(b"</main>", b"</main>" + b"<p>" + b"filler " * 1_300 + b"</p>"),  # over 8 KiB
    ],
    ids=["quoted-in-a-story", "large"],
)
def test_other_pages_are_no_magento_report(body: bytes) -> None:
    assert not framework_error(body)
