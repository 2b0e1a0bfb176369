"""The thirty-seventh hostile round's rules, on small strings and byte strings, with what each leaves alone:

- a ``Content-Length`` above a signed 64-bit integer's largest (thirty digits) states no length, as browsers
  read it: the body ends at the close (``headers.is_content_length``, ``headers._PLAIN_LINE``,
  ``headers._PLAIN_LENGTH``; ``/cl-thirty-digits`` was a protocol error, "a truncated body");
- in a page longer than the parse window, the payload of a quoted ``data:`` URL of more than 64 KiB in an
  attribute before the title is left out of the window, so the title after it is read
  (``checker.parse_window``, ``checker._RAW_START``; ``/data-uri-icon-before-title`` had no title);
- phpBB's "<h1>General Error</h1>" and a Node framework's "<pre>Error: ENOENT: no such file or directory, "
  (or EACCES) served 200 are the site's application failing (``classify._SERVER_PAGE_MARKS``;
  ``/phpbb-general-error-200`` was ``ok``, ``/node-enoent-200`` a soft 404 by its title "Error").
"""

from __future__ import annotations

import io

import pytest

from linkcheck.checker import ELIDED_STYLE_BYTES, PARSE_BYTES, parse_window
from linkcheck.classify import classify_fetch, server_error_page
from linkcheck.extract import extract_metadata
from linkcheck.headers import _PLAIN_LINE, LONGEST_LENGTH, Response, is_content_length
from linkcheck.models import Cause, FetchResult, Status

_URL = "https://harbour-gazette.org/2020/01/09/sail-loft"
_TITLE = b"Sail loft opens its doors to visitors"


def _answer(body: bytes, code: int = 200, content_type: str = "text/html; charset=utf-8") -> FetchResult:
    return FetchResult(
        url=_URL, final_url=_URL, status_code=code, body=body, headers={"content-type": content_type}
    )


# --- a length past any 64-bit integer ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "1" + "0" * 29,
        "9" * 30,
        "9" * 5000,
        str(LONGEST_LENGTH + 1),
        "40, " + "9" * 20,
        " 99999999999999999999 ",
    ],
)
def test_a_length_past_a_64_bit_integer_is_none(value: str) -> None:
    assert not is_content_length(value)


@pytest.mark.parametrize(
    "value", [str(LONGEST_LENGTH), "0" * 30 + "40", "9" * 18, "1" + "0" * 18, "40, 40", " 7 "]
)
def test_a_length_up_to_a_64_bit_integer_is_one(value: str) -> None:
    assert is_content_length(value)


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        (b"Content-Length: 40\r\n", True),
        (b"Content-Length: " + b"9" * 18 + b"\r\n", True),
        (b"Content-Length: " + b"9" * 19 + b"\r\n", False),  # the slow way: is_content_length decides
        (b"Content-Length: 1" + b"0" * 29 + b"\r\n", False),
        (b"X-Request-Id: " + b"9" * 40 + b"\r\n", True),  # left alone: other fields, whatever their value
    ],
)
def test_a_long_length_leaves_the_fast_path(line: bytes, plain: bool) -> None:
    assert bool(_PLAIN_LINE.fullmatch(line)) is plain


class _Sock:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self._data))  # type: ignore[arg-type]


_PAGE = (
    b"<html><head><title>Ferry bell rings again after forty years</title></head><body>"
    + b"x" * 90
    + b"</body>"
)


def _begun(head: str, body: bytes) -> Response:
    answer = Response(_Sock(head.replace("\n", "\r\n").encode() + b"\r\n" + body), method="GET")  # type: ignore[arg-type]
    answer.begin()
    return answer


@pytest.mark.parametrize("extra", ["", "X-Folded: a\n b\n"])  # the short way of reading a head, and the long
def test_a_thirty_digit_length_leaves_the_body_to_the_close(extra: str) -> None:
    answer = _begun(f"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: 1{'0' * 29}\n{extra}", _PAGE)
    assert answer.length is None
    assert answer.will_close
    assert answer.read() == _PAGE  # the whole page, no IncompleteRead


@pytest.mark.parametrize("extra", ["", "X-Folded: a\n b\n"])
def test_a_length_of_nineteen_digits_under_the_bound_is_kept(extra: str) -> None:
    # left alone: a length a 64-bit integer holds (the body, shorter, is then cut short as before)
    answer = _begun(f"HTTP/1.1 200 OK\nContent-Length: {LONGEST_LENGTH}\n{extra}", _PAGE)
    assert answer.length == LONGEST_LENGTH


def test_a_small_length_is_read_as_before() -> None:
    answer = _begun(f"HTTP/1.1 200 OK\nContent-Length: {len(_PAGE)}\n", _PAGE + b"next answer")
    assert (answer.length, answer.will_close) == (len(_PAGE), False)
    assert answer.read() == _PAGE


# --- a megabyte data: URL before the title ----------------------------------------------------------------


def _with_data_url(attribute: bytes, size: int, quote: bytes = b'"', title: bytes = _TITLE) -> bytes:
    return (
        b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><link rel=icon "
        + attribute
        + b"="
        + quote
        + b"data:image/png;base64,"
        + b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB" * (size // 32 + 1)
        + quote
        + b"><title>"
        + title
        + b"</title></head><body><h1>"
        + title
        + b"</h1><p>The loft on the west quay.</p></body></html>"
    )


@pytest.mark.parametrize(
    ("attribute", "quote"),
    [(b"href", b'"'), (b"href", b"'"), (b"HREF", b'"'), (b"content", b'"'), (b"href =\n ", b'"')],
)
def test_a_megabyte_data_url_before_the_title_is_left_out(attribute: bytes, quote: bytes) -> None:
    page = _with_data_url(attribute, PARSE_BYTES + 200_000, quote)
    window = parse_window(page, 0)
    assert len(window) <= PARSE_BYTES
    assert b"=" + quote + b"data:" + quote + b"><title>" + _TITLE in window  # the tag kept, its value empty
    assert extract_metadata(page[:PARSE_BYTES], _URL, {}).title is None  # the plain slice: no title
    assert extract_metadata(window, _URL, {}).title == _TITLE.decode()


def test_small_data_urls_before_the_title_are_kept_and_walked_over() -> None:
    small = b"<img src='data:image/gif;base64,R0lGOD<title>lhAQABAIAAAP'>" * 20  # a '<title' in a value
    page = small + _with_data_url(b"href", ELIDED_STYLE_BYTES + 1) + b"<p>" + b"z" * PARSE_BYTES
    window = parse_window(page, 0)
    assert window.startswith(small)
    assert b"<title>" + _TITLE in window
    assert len(window) == PARSE_BYTES


@pytest.mark.parametrize(
    "page",
    [
        # after the title (the page's own images: nothing the title needs)
        b"<html><head><title>T</title><link rel=icon href='data:" + b"x" * PARSE_BYTES + b"'><h1>H</h1>",
        # at the limit; with no closing quote (nothing after it to reach). An unquoted data: URL and another
        # scheme's URL of that size are left out since the thirty-eighth round (tests/test_hostile_rules38.py)
        b"<link href='data:" + b"a" * ELIDED_STYLE_BYTES + b"'><title>T</title>" + b"z" * PARSE_BYTES,
        b"<link href='data:" + b"a" * PARSE_BYTES + b"><title>T</title>",
        # a body that fits the window: sliced as before
        _with_data_url(b"href", ELIDED_STYLE_BYTES * 2),
    ],
)
def test_parse_window_leaves_these_values_alone(page: bytes) -> None:
    assert parse_window(page, 0) == page[:PARSE_BYTES]


# --- a forum's General Error, a Node application's system error ---------------------------------------------

_PHPBB = (
    b'<!DOCTYPE html>\n<html dir="ltr">\n<head>\n<meta charset="utf-8">\n<title>General Error</title>\n'
    b'</head>\n<body id="errorpage">\n<div id="wrap">\n<div id="page-header"><h1>Harbour Forum</h1>'
    b'</div>\n<div id="content">\n<h1>General Error</h1>\n<div>SQL ERROR [ mysqli ]<br /><br />'
    b"Too many connections [1040]<br /><br />An sql error occurred while fetching this page.</div>\n"
    b"</div>\n</div>\n</body>\n</html>"
)
_ENOENT = (
    b'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n'
    b"<body>\n<pre>Error: ENOENT: no such file or directory, stat &#39;/srv/app/dist/index.html&#39;</pre>\n"
    b"</body>\n</html>\n"
)
_EACCES = _ENOENT.replace(b"ENOENT: no such file or directory", b"EACCES: permission denied").replace(
    b"stat", b"open"
)


@pytest.mark.parametrize(
    ("body", "words"),
    [(_PHPBB, "general error"), (_ENOENT, "enoent"), (_EACCES, "eacces")],
)
def test_an_applications_error_served_200_is_the_server_failing(body: bytes, words: str) -> None:
    assert server_error_page(body) is not None
    liveness = classify_fetch(_answer(body))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR), liveness
    assert words in liveness.reason.lower(), liveness.reason


@pytest.mark.parametrize(
    "body",
    [
        _PHPBB.replace(b"<h1>General Error</h1>", b"&lt;h1&gt;General Error&lt;/h1&gt;"),  # quoted in a guide
        b"<h1>General Error</h1>".join([b"<p>", b"x" * 9_000, b"</p>"]),  # a larger page
        b"<html><head><title>General Motors error recall</title></head><body><h1>Recall</h1></body></html>",
        b"<p>We saw Error: ENOENT: no such file or directory, stat in our logs.</p>",  # not the framework's
        _ENOENT.replace(b"</pre>", b"</pre><p>" + b"y" * 9_000 + b"</p>"),  # a larger page
    ],
)
def test_these_pages_are_not_an_applications_error(body: bytes) -> None:
    assert server_error_page(body) is None
    assert classify_fetch(_answer(body)).status is Status.OK
