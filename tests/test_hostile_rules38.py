"""The thirty-eighth hostile round's rules, on small strings and byte strings, with what each leaves alone:

- in a page longer than the parse window, the payload of ANY attribute value of more than 64 KiB before the
  title is left out of the window, quoted or not (the thirty-seventh round did it for quoted ``data:`` URLs
  only), so the title after it is read (``checker.parse_window``, ``checker._RAW_START``,
  ``checker._UNQUOTED_END``; ``/data-uri-unquoted-before-title`` and ``/config-attribute-before-title`` had
  no title);
- ColdFusion's site-wide error handler ("The web site you are accessing has experienced an unexpected
  error."), Joomla's "Error displaying the error page: ..." and IIS's "The page cannot be displayed because
  an internal server error has occurred." (the last two as the whole body) served 200 are the site's
  application failing (``classify._SERVER_PAGE_MARKS``, ``classify._SERVER_TEXT_MARKS``; all three were
  ``ok``).
"""

from __future__ import annotations

import pytest

from linkcheck.checker import _RAW_LOOKED_AT, ELIDED_STYLE_BYTES, PARSE_BYTES, parse_window
from linkcheck.classify import classify_fetch, server_error_page
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, FetchResult, Status

_URL = "https://harbour-gazette.org/2026/12/05/rope-walk"
_TITLE = b"Old rope walk to become a craft workshop"


def _answer(body: bytes, code: int = 200, content_type: str = "text/html; charset=utf-8") -> FetchResult:
    return FetchResult(
        url=_URL, final_url=_URL, status_code=code, body=body, headers={"content-type": content_type}
    )


# --- a megabyte attribute value of any kind before the title ------------------------------------------------


def _with_value(attribute: bytes, value: bytes, title: bytes = _TITLE, before: bytes = b"") -> bytes:
    return (
        b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        + before
        + b"<meta name=app-config "
        + attribute
        + b"="
        + value
        + b"><title>"
        + title
        + b"</title></head><body><h1>"
        + title
        + b"</h1><p>The long shed where ropes were laid.</p></body></html>"
    )


_BIG = PARSE_BYTES + 200_000
_JSON = b'{"translations": {' + b'"key": "a value with blanks", ' * (_BIG // 30) + b'"end": 1}}'


@pytest.mark.parametrize(
    ("attribute", "value", "kept"),
    [
        # an unquoted data: URL (the thirty-seventh round's leftover)
        (b"content", b"data:image/png;base64," + b"iVBORw0KGgo+/AAA" * (_BIG // 16), b"content=><title>"),
        # an unquoted value of another kind (%-escaped JSON)
        (b"content", b"%7B%22k%22%3A%22v%22%7D" * (_BIG // 23), b"content=><title>"),
        # quoted values of another kind: JSON in single quotes (double quotes and blanks inside), %-escaped
        # JSON in double quotes, a long https URL
        (b"content", b"'" + _JSON + b"'", b"content=''><title>"),
        (b"content", b'"' + b"%7B%22k%22%3A%22v%22%7D" * (_BIG // 23) + b'"', b'content=""><title>'),
        (b"href", b"'https://cdn.example/" + b"a" * _BIG + b"'", b"href=''><title>"),
        # blanks after the equals sign, upper case
        (b"CONTENT", b'\n "' + b"x y " * (_BIG // 4) + b'"', b'CONTENT=\n ""><title>'),
    ],
)
def test_a_megabyte_attribute_value_before_the_title_is_left_out(
    attribute: bytes, value: bytes, kept: bytes
) -> None:
    page = _with_value(attribute, value)
    window = parse_window(page, 0)
    assert len(window) <= PARSE_BYTES
    assert kept + _TITLE in window  # the tag kept, its value empty
    assert extract_metadata(page[:PARSE_BYTES], _URL, {}).title is None  # the plain slice: no title
    assert extract_metadata(window, _URL, {}).title == _TITLE.decode()


def test_ordinary_values_do_not_use_up_the_walk() -> None:
    # more short attribute values before the title than the walk looks at: none of them is matched, so the
    # megabyte value after them is still reached
    before = b"<link rel=preload href='/a.css' as=style>" * (_RAW_LOOKED_AT * 2)
    page = _with_value(b"content", b"'" + b"v" * _BIG + b"'", before=before)
    window = parse_window(page, 0)
    assert window.startswith(page[: len(before)])
    assert extract_metadata(window, _URL, {}).title == _TITLE.decode()


@pytest.mark.parametrize(
    "page",
    [
        # after the title (the page's own data: nothing the title needs)
        b"<html><head><title>T</title><meta name=c content='" + b"x" * PARSE_BYTES + b"'><h1>H</h1>",
        b"<html><head><title>T</title><meta name=c content=" + b"x" * PARSE_BYTES + b"><h1>H</h1>",
        # at the limit, quoted and unquoted (walked over, kept)
        b"<meta content='" + b"a" * ELIDED_STYLE_BYTES + b"'><title>T</title>" + b"z" * PARSE_BYTES,
        b"<meta content=" + b"a" * ELIDED_STYLE_BYTES + b"><title>T</title>" + b"z" * PARSE_BYTES,
        # with no closing quote, or no end (nothing after it to reach)
        b"<meta content='" + b"a" * PARSE_BYTES + b"><title>T</title>",
        b"<meta content=" + b"a" * (PARSE_BYTES + 10),
        # an equals sign in text followed by a long run with blanks (not one unquoted value)
        b"<p>a=" + b"word " * (PARSE_BYTES // 5) + b"</p><title>T</title>",
        # a body that fits the window: sliced as before
        _with_value(b"content", b"'" + b"v" * (ELIDED_STYLE_BYTES * 2) + b"'"),
    ],
)
def test_parse_window_leaves_these_values_alone(page: bytes) -> None:
    assert parse_window(page, 0) == page[:PARSE_BYTES]


def test_a_title_inside_a_megabyte_value_is_not_the_title() -> None:
    # the value is left out whole: a '<title>' written inside it is text of the value, as browsers read it
    value = b"'" + b"v" * _BIG + b"<title>Decoy</title>" + b"w" * 100 + b"'"
    window = parse_window(_with_value(b"content", value), 0)
    assert b"Decoy" not in window
    assert extract_metadata(window, _URL, {}).title == _TITLE.decode()


# --- three servers' error texts served 200 ------------------------------------------------------------------

_COLDFUSION = (
    b"<html><head><title>Error Occurred While Processing Request</title></head><body>\n"
    b"<font>The web site you are accessing has experienced an unexpected error.<br>Please contact the"
    b" website administrator.</font>\n<table><tr><td>The following information is meant for the website"
    b" developer for debugging purposes.</td></tr></table>\n</body></html>\n"
)
_JOOMLA = b"Error displaying the error page: Application Instantiation Error: Could not connect to MySQL."
_IIS = b"The page cannot be displayed because an internal server error has occurred."


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (_COLDFUSION, "unexpected error"),
        (_JOOMLA, "error displaying the error page"),
        (
            b"\r\n" + _JOOMLA.replace(b"Could not connect to MySQL.", b"Table 'j_session' is full") + b"\n",
            "cms",
        ),
        (_IIS, "internal server error"),
        (b"  " + _IIS + b"\r\n", "internal server error"),
    ],
)
def test_a_servers_error_text_served_200_is_the_server_failing(body: bytes, words: str) -> None:
    assert server_error_page(body) is not None
    liveness = classify_fetch(_answer(body))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR), liveness
    assert words in liveness.reason.lower(), liveness.reason


@pytest.mark.parametrize(
    "body",
    [
        # quoted in a page (a forum's question, a guide): markup first
        b"<html><head><title>Joomla help</title></head><body><p>" + _JOOMLA + b"</p></body></html>",
        b"<p>After the update IIS says: " + _IIS + b" What can I do?</p>",
        b"<h1>Fixing the error</h1><blockquote>" + _IIS + b"</blockquote>",
        # the ColdFusion sentence escaped, and in a larger page
        _COLDFUSION.replace(b"<br>", b"&lt;br&gt;").replace(b"experienced an unexpected", b"experienced an"),
        _COLDFUSION.replace(b"</table>", b"</table><p>" + b"y" * 9_000 + b"</p>"),
        # the text at the start of a larger body
        _IIS + b"<p>" + b"z" * 9_000 + b"</p>",
        # the words that open the marks, no more
        b"Error displaying the page",
        b"The page cannot be displayed.",
    ],
)
def test_these_pages_are_not_a_servers_error(body: bytes) -> None:
    assert server_error_page(body) is None
    assert classify_fetch(_answer(body)).status is not Status.ERROR
