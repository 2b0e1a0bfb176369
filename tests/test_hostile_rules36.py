"""The thirty-sixth hostile round's rules, on small strings and byte strings, with what each leaves alone:

- in a page longer than the parse window, the text of a JavaScript ``<script>`` or of a comment of more than
  64 KiB before the title is left out of the window, so the title after it is read
  (``checker.parse_window``, ``checker.javascript_script``; ``/script-bundle-before-title`` and
  ``/comment-dump-before-title`` had no title);
- a Perl CGI script's fatal error sent to the browser ("<h1>Software error:</h1>") served 200 is the site's
  application failing (``classify._SERVER_PAGE_MARKS``; ``/perl-software-error-200`` was ``ok``);
- classic ASP's error (IIS's "error '800a0bcd'" in its ``<font>`` markup) that ends a 2xx page with nothing
  of the story before it is the site's application failing (``classify.asp_stopped_before_text``;
  ``/asp-record-error-200`` was ``ok``);
- a 403 or a 402 whose small page is a hosting platform's for a site it switched off ("This web app is
  stopped.", "this shop is currently unavailable") is an error, not a refusal of this client nor a paywall
  (``classify.switched_off_site``; ``/web-app-stopped-403`` and ``/status-402-shop-unavailable`` were
  ``blocked``);
- a ``Location`` that is a relative path with an empty segment (``http%3A//host/x``: a whole URL whose colon
  a CMS escaped) is resolved as RFC 3986 and browsers do, its ``//`` kept (``fetch._redirect_target``;
  ``urljoin`` made ``/http%3A/host/x`` of ``/to-escaped-colon-scheme``'s);
- the count of a page's visible characters before PHP's fatal error is one linear pass (``classify.
  visible_chars``): ``<[^>]*>`` scanned to the end from each ``<`` of a run with no ``>`` (found while
  writing the ASP rule: a megabyte of ``<`` before PHP's message took minutes).
"""

from __future__ import annotations

import pytest

from linkcheck.checker import ELIDED_STYLE_BYTES, PARSE_BYTES, javascript_script, parse_window
from linkcheck.classify import (
    CDN_ERROR_BYTES,
    asp_stopped_before_text,
    classify_fetch,
    php_stopped_before_text,
    server_error_page,
    switched_off_site,
    visible_chars,
)
from linkcheck.extract import extract_metadata
from linkcheck.fetch import _redirect_target
from linkcheck.models import Cause, FetchResult, Status

_URL = "https://harbour-gazette.org/2020/01/09/dredger"
_TITLE = b"Dredger deepens the harbour channel this winter"


def _answer(body: bytes, code: int = 200, content_type: str = "text/html; charset=utf-8") -> FetchResult:
    return FetchResult(
        url=_URL, final_url=_URL, status_code=code, body=body, headers={"content-type": content_type}
    )


# --- a megabyte of script or of comment before the title ----------------------------------------------------


def _with_raw(open_tag: bytes, close_tag: bytes, size: int, title: bytes = _TITLE) -> bytes:
    return (
        b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        + open_tag
        + b"var a=function(b){return '<title>'+b+'</title>'};" * (size // 48 + 1)
        + close_tag
        + b"<title>"
        + title
        + b"</title></head><body><p>The dredger works at night.</p></body></html>"
    )


@pytest.mark.parametrize(
    ("open_tag", "close_tag"),
    [
        (b"<script>", b"</script>"),
        (b"<SCRIPT type=text/javascript>", b"</SCRIPT >"),
        (b'<script type="module" nonce="abc">', b"</script>"),
        (b"<script type='application/javascript; charset=utf-8'>", b"</script>"),
        (b"<script type=''>", b"</script>"),
        (b"<!--", b"-->"),
    ],
)
def test_a_megabyte_of_script_or_comment_before_the_title_is_left_out(
    open_tag: bytes, close_tag: bytes
) -> None:
    page = _with_raw(open_tag, close_tag, PARSE_BYTES + 200_000)
    window = parse_window(page, 0)
    assert len(window) <= PARSE_BYTES
    assert open_tag in window  # its tags kept
    assert close_tag + b"<title>" + _TITLE in window
    assert extract_metadata(page[:PARSE_BYTES], _URL, {}).title is None  # the plain slice: no title
    assert extract_metadata(window, _URL, {}).title == _TITLE.decode()


def test_small_scripts_and_comments_before_the_title_are_kept_and_walked_over() -> None:
    small = b"<script>var t='<title>Not this</title>'</script><!-- a <title> in a comment -->" * 20
    page = small + _with_raw(b"<script>", b"</script>", ELIDED_STYLE_BYTES + 1) + b"<p>" + b"z" * PARSE_BYTES
    window = parse_window(page, 0)
    assert window.startswith(small)
    assert b"<title>" + _TITLE in window
    assert len(window) == PARSE_BYTES


@pytest.mark.parametrize(
    "page",
    [
        # a script of data, any size: JSON-LD, a framework's JSON page data, a template
        _with_raw(b"<script type=application/ld+json>", b"</script>", PARSE_BYTES),
        _with_raw(b'<script id=__NEXT_DATA__ type="application/json">', b"</script>", PARSE_BYTES),
        _with_raw(b"<script type=text/x-template>", b"</script>", PARSE_BYTES),
        # a script or a comment after the title (it may be data the extractor reads: a data layer, a state)
        b"<html><head><title>T</title><script>" + b"x" * PARSE_BYTES + b"</script><h1>H</h1>",
        b"<html><head><title>T</title><!--" + b"x" * PARSE_BYTES + b"--><h1>H</h1>",
        # at the limit; with no end (nothing after it to reach)
        b"<script>" + b"a" * ELIDED_STYLE_BYTES + b"</script><title>T</title>" + b"z" * PARSE_BYTES,
        _with_raw(b"<script>", b"", PARSE_BYTES),
        _with_raw(b"<!--", b"", PARSE_BYTES),
        # a body that fits the window: sliced as before
        _with_raw(b"<script>", b"</script>", ELIDED_STYLE_BYTES * 2),
    ],
)
def test_parse_window_leaves_these_scripts_and_comments_alone(page: bytes) -> None:
    assert parse_window(page, 0) == page[:PARSE_BYTES]


@pytest.mark.parametrize(
    ("attributes", "runs"),
    [
        (b"", True),
        (b" async src=/a.js", True),
        (b" type=text/javascript", True),
        (b' type="MODULE"', True),
        (b" type='text/ecmascript'", True),
        (b" data-type=x", True),  # no type attribute: JavaScript
        (b" type=application/ld+json", False),
        (b' type="application/json"', False),
        (b" type=text/template", False),
        (b" type=text/x-handlebars-template", False),
    ],
)
def test_a_script_is_javascript_by_its_type(attributes: bytes, runs: bool) -> None:
    assert javascript_script(attributes) is runs


# --- a Perl script's fatal error sent to the browser --------------------------------------------------------

_PERL = (
    b"<h1>Software error:</h1>\n<pre>DBD::mysql::st execute failed: Table 'news.stories' doesn't exist at"
    b" /var/www/cgi-bin/story.pl line 57.\n</pre>\n<p>\nFor help, please send mail to the webmaster (<a"
    b' href="mailto:webmaster@news.example">webmaster@news.example</a>), giving this error message\nand the'
    b" time and date of the error.\n\n</p>\n"
)


def test_a_perl_scripts_software_error_is_the_server_failing() -> None:
    assert "Perl" in (server_error_page(_PERL) or "")
    liveness = classify_fetch(_answer(_PERL))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR), liveness
    assert "software error" in liveness.reason.lower()


@pytest.mark.parametrize(
    "body",
    [
        _PERL.replace(b"<h1>", b"&lt;h1&gt;").replace(b"</h1>", b"&lt;/h1&gt;"),  # quoted in a guide
        b"<p>A software error at the exchange halted trading.</p>",
        _PERL + b"<p>" + b"x" * 9_000 + b"</p>",  # a larger page
    ],
)
def test_a_software_error_rule_leaves_alone(body: bytes) -> None:
    assert server_error_page(body) is None
    assert classify_fetch(_answer(body)).status is Status.OK


# --- classic ASP's error at the end of the page -------------------------------------------------------------

_ASP_HEAD = (
    b"<html><head><title>Harbour Gazette - News</title></head><body><div id=masthead><img src=/logo.gif"
    b" alt='Harbour Gazette'></div><table><tr><td>\n"
)
_ASP_ERROR = (
    b'<font face="Arial" size=2>\n<p>ADODB.Field</font> <font face="Arial" size=2>error \'800a0bcd\'</font>\n'
    b'<p>\n<font face="Arial" size=2>Either BOF or EOF is True, or the current record has been deleted.'
    b' Requested operation requires a current record.</font>\n<p>\n<font face="Arial" size=2>'
    b'/news/story.asp</font><font face="Arial" size=2>, line 42</font>\n'
)
_VBSCRIPT_ERROR = (
    b'<font face="Arial" size=2>\n<p>Microsoft VBScript runtime </font> <font face="Arial" size=2>error'
    b" '800A000D'</font>\n<p>\n<font face=\"Arial\" size=2>Type mismatch: 'cint'</font>\n<p>\n<font"
    b' face="Arial" size=2>/news/story.asp</font><font face="Arial" size=2>, line 12</font>'
)


@pytest.mark.parametrize("body", [_ASP_HEAD + _ASP_ERROR, _ASP_HEAD + _VBSCRIPT_ERROR, _ASP_ERROR])
def test_classic_asps_error_ending_the_page_is_the_application_failing(body: bytes) -> None:
    assert asp_stopped_before_text(body)
    liveness = classify_fetch(_answer(body))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR), liveness
    assert "asp" in liveness.reason.lower()


@pytest.mark.parametrize(
    "body",
    [
        # the story above the error (a sidebar's include failed)
        _ASP_HEAD
        + b"<h1>Dredger deepens the channel</h1><p>"
        + b"The dredger works at night. " * 20
        + b"</p>"
        + _ASP_ERROR,
        _ASP_HEAD + _ASP_ERROR + b"<div id=footer>Harbour Gazette</div></body></html>",  # the page goes on
        _ASP_HEAD + _ASP_ERROR.replace(b"<", b"&lt;") + b"</font>",  # quoted escaped
        _ASP_HEAD + b"<p>error '800a0bcd'</p><font>x</font>",  # other markup
        _ASP_HEAD + b"<font face=\"Arial\" size=2>error 'not hex'</font>",
    ],
)
def test_the_asp_rule_leaves_alone(body: bytes) -> None:
    assert not asp_stopped_before_text(body)
    assert classify_fetch(_answer(body)).status is Status.OK


# --- a site its host switched off (403, 402) ----------------------------------------------------------------

_STOPPED = (
    b"<!DOCTYPE html><html><head><title>Web App - Unavailable</title></head><body><h1>Error 403 - This web"
    b" app is stopped.</h1><p>The web app you have attempted to reach is currently stopped and does not"
    b" accept any requests.</p></body></html>"
)
_SHOP = (
    b"<!DOCTYPE html><html><head><title>Shop unavailable</title></head><body><h1>Sorry, this shop is"
    b" currently unavailable.</h1></body></html>"
)
_PAYWALL = (
    b"<!DOCTYPE html><html><head><title>Subscribe</title></head><body><h1>Subscribe to continue reading</h1>"
    b"<p>This story is for subscribers.</p></body></html>"
)


@pytest.mark.parametrize(
    ("code", "body", "said"),
    [
        (403, _STOPPED, "web app is stopped"),
        (402, _SHOP, "shop is currently unavailable"),
        (403, b"<h1>This site has been\n  paused</h1><p>Its owner paused it.</p>", "site has been paused"),
        (
            402,
            b"<title>Payment required</title><p>This deployment is disabled.</p>",
            "deployment is disabled",
        ),
        (403, b"<P>THIS STORE IS CLOSED.</P>", "store is closed"),
    ],
)
def test_a_site_its_host_switched_off_is_an_error(code: int, body: bytes, said: str) -> None:
    assert switched_off_site(code, body) == said
    liveness = classify_fetch(_answer(body, code))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.HTTP_STATUS), liveness
    assert str(code) in liveness.reason
    assert said in liveness.reason


@pytest.mark.parametrize(
    ("code", "body", "status"),
    [
        (402, _PAYWALL, Status.BLOCKED),  # a paywall
        (403, b"<h1>This site is currently unavailable in your country.</h1>", Status.BLOCKED),
        (403, b"<h1>Access to this site has been disabled for your IP address</h1>", Status.BLOCKED),
        (403, b"<h1>Forbidden</h1><p>You don't have permission to access this resource.</p>", Status.BLOCKED),
        (404, _STOPPED, Status.DEAD),  # another code: its own meaning
        (403, _STOPPED + b"<p>" + b"x" * CDN_ERROR_BYTES + b"</p>", Status.BLOCKED),  # a larger page
        (
            403,
            b"<p>" + b"x" * 5_000 + b"</p><h1>This web app is stopped.</h1>",
            Status.BLOCKED,
        ),  # further down
    ],
)
def test_the_switched_off_rule_leaves_alone(code: int, body: bytes, status: Status) -> None:
    assert switched_off_site(code, body) is None
    assert classify_fetch(_answer(body, code)).status is status


# --- a relative Location with an empty segment --------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "location", "target"),
    [
        (
            "http://127.0.0.1:8080/to-escaped-colon-scheme",
            "http%3A//127.0.0.5:8080/x",
            "http://127.0.0.1:8080/http%3A//127.0.0.5:8080/x",
        ),
        ("https://news.example/a/b", "c//d", "https://news.example/a/c//d"),
        ("https://news.example/a/b", "../c//d/..", "https://news.example/c//"),
        ("https://news.example/a/b", "c//./d?q=1#f", "https://news.example/a/c//d?q=1#f"),
        (
            "https://news.example/",
            "web/2020/https://other.example/",
            "https://news.example/web/2020/https://other.example/",
        ),
    ],
)
def test_a_relative_location_keeps_its_empty_segments(current: str, location: str, target: str) -> None:
    assert _redirect_target(current, location) == target


@pytest.mark.parametrize(
    ("location", "target"),
    [
        ("/c//d", "https://news.example/c//d"),  # an absolute path: urljoin kept it already
        ("c?x=//y", "https://news.example/a/c?x=//y"),  # the slashes in the query
        ("https://other.example/a//b", "https://other.example/a//b"),
        ("c/d", "https://news.example/a/c/d"),
        ("../c", "https://news.example/c"),
    ],
)
def test_other_locations_resolve_as_before(location: str, target: str) -> None:
    assert _redirect_target("https://news.example/a/b", location) == target


# --- counting a page's visible characters in one pass -------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "count"),
    [
        (b"<p>ab c</p>", 3),
        (b"<script>var x='<p>zzz</p>'</script>d<STYLE>p{}</style >e", 2),
        (b"<<<<", 4),  # no tag: text
        (b"<b>t", 1),
        (b"a <script>never ends", 1),
        (b"", 0),
    ],
)
def test_visible_chars_counts_what_a_page_shows(markup: bytes, count: int) -> None:
    assert visible_chars(markup, 100) == count


def test_visible_chars_stops_once_it_has_enough() -> None:
    assert visible_chars(b"<p>word</p>" * 1_000, 10) < 20


def test_a_run_of_open_brackets_before_phps_fatal_error_is_read_in_one_pass() -> None:
    # 2 MB of '<' with no '>': a tag pattern that scans to the next '>' went to the end from each of them
    fatal = b"<b>Fatal error</b>:  Uncaught Error: Call to undefined function x() on line <b>3</b><br />"
    assert not php_stopped_before_text(b"<" * 2_000_000 + fatal)  # text enough before it: not judged
    assert php_stopped_before_text(b"<title>Story</title><p>Harbour</p>" + fatal)
    assert not asp_stopped_before_text(b"<" * 2_000_000 + _ASP_ERROR)
