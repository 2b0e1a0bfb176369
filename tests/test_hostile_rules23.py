"""The twenty-third hostile round's rules, on small strings, byte strings and exceptions, with what each
leaves alone:

- a TLS handshake that got no answer says so (``fetch.tls_handshake_timed_out``): urllib3 reports it as a
  read timeout, and the reason said the host "stopped answering" (or, when the deadline cut it, only that the
  deadline passed) though no request had gone out (``/to-https-sink``);
- a caching proxy's error page passed on with a 200 is an ``error`` naming the proxy
  (``classify.proxy_error``), not a soft 404 because its heading says "FEHLER" (``/proxy-error-200-de``);
- a page that shows nothing and whose script sets a cookie and loads the address again is a bot challenge
  (``pagebody.script_gate``): ``blocked``, not an ordinary page with no title (``/waf-js-challenge``);
- an image or compressed data labelled ``text/html`` is named in the report (``media.binary_format``): "the
  page states no title" hid a server's mislabelling (``/gzip-unlabelled``, host22's ``/png-labelled-html``);
- an answer whose framing a lenient reading repaired (``Content-Length`` twice, ``Content-Length : N``) does
  not leave its connection for another request (``headers.framing_repaired``): a server that never read the
  connection again cost the next link of its origin a whole read timeout (host22's leftover).
"""

from __future__ import annotations

import gzip
import io
import zlib

import pytest

from linkcheck import check
from linkcheck.classify import classify_fetch, proxy_error
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.fetch import Fetcher, tls_handshake_timed_out
from linkcheck.headers import framing_repaired, plain_head
from linkcheck.media import binary_format
from linkcheck.models import Cause, Citation, FetchResult, FindingKind, Status
from linkcheck.pagebody import script_gate
from tests.hostile_server import HostileServer, fetch_config
from tests.test_checker import FakeFetcher

# --- a TLS handshake that got no answer -------------------------------------------------------------------


def test_a_handshake_timeout_is_told_from_other_timeouts() -> None:
    handshake = TimeoutError("_ssl.c:989: The handshake operation timed out")
    assert tls_handshake_timed_out([RuntimeError("Read timed out."), handshake])
    # left alone: a read timeout after the handshake, a plain socket timeout, a TLS error that is no timeout
    assert not tls_handshake_timed_out([RuntimeError("Read timed out."), TimeoutError("timed out")])
    assert not tls_handshake_timed_out([ConnectionResetError("handshake operation timed out")])
    assert not tls_handshake_timed_out([])


def test_a_redirect_to_https_on_a_listener_that_never_answers_says_the_handshake_waited() -> None:
    with HostileServer(drip_interval=0.25) as server:
        config = fetch_config(server).evolve(retries=0, deadline=10.0)
        with Fetcher(config) as fetcher:
            result = fetcher.fetch(server.url("/to-https-sink"))
            plain = fetcher.fetch(server.url("/to-sink"))  # left alone: a plain request nobody answers
    assert result.cause is Cause.TIMEOUT, result.error
    assert "TLS handshake" in (result.error or ""), result.error
    assert f"{server.host}:{server.sink_port}" in (result.error or ""), result.error
    assert plain.cause is Cause.TIMEOUT, plain.error
    assert "handshake" not in (plain.error or ""), plain.error


# --- a proxy's error page served 200 ---------------------------------------------------------------------

#: Squid's error page for a refused connection, in Spanish (as it sends it in the reader's language).
_SQUID_ES = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>ERROR: No se pudo obtener la URL solicitada'
    '</title></head><body id="ERR_CONNECT_FAIL"><div id="titles"><h1>ERROR</h1></div><p>Fallo de conexi'
    '\u00f3n.</p><div id="footer"><p>Generado jue, 04 dic 2026 11:40:00 GMT por cache.example (squid/5.7)'
    "</p></div></body></html>"
).encode()
#: A news page about Squid: its name and an error's id in the text, no error page.
_ABOUT_SQUID = (
    b"<!DOCTYPE html><html><head><title>Caching proxies in the newsroom</title></head><body><p>The paper's"
    b" proxy (squid/6.6) sometimes shows ERR_CONNECT_FAIL when the wire is down.</p></body></html>"
)


def test_a_proxy_error_is_known_by_its_header_or_its_page() -> None:
    said = proxy_error({"x-squid-error": "ERR_DNS_FAIL 0"}, b"<html><title>FEHLER</title></html>")
    assert said == "ERR_DNS_FAIL 0"
    assert proxy_error({}, _SQUID_ES) == "an error page"  # the header dropped by a later proxy
    # left alone: a page a proxy passed on (its Via and X-Cache), a page about Squid, an empty header
    passed = {"via": "1.1 cache.example (squid/6.6)", "x-cache": "MISS from cache.example"}
    assert proxy_error(passed, b"<html><title>Ferry timetable</title></html>") is None
    assert proxy_error({}, _ABOUT_SQUID) is None
    assert proxy_error({"x-squid-error": " "}, b"<html></html>") is None


def test_a_proxy_error_served_200_is_an_error_naming_the_proxy() -> None:
    fetch = FetchResult(
        url="https://harbour-gazette.org/2020/01/09/ferry",
        final_url="https://harbour-gazette.org/2020/01/09/ferry",
        status_code=200,
        headers={"content-type": "text/html", "x-squid-error": "ERR_CONNECT_FAIL 111"},
        body=_SQUID_ES,
    )
    liveness = classify_fetch(fetch)
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR), liveness
    assert "proxy" in liveness.reason, liveness.reason
    assert "ERR_CONNECT_FAIL 111" in liveness.reason, liveness.reason
    # left alone: the same status of a page a proxy passed on
    page = FetchResult(
        url=fetch.url,
        final_url=fetch.url,
        status_code=200,
        headers={"content-type": "text/html", "via": "1.1 cache.example (squid/6.6)"},
        body=_ABOUT_SQUID,
    )
    assert classify_fetch(page).status is Status.OK


# --- a script's cookie gate ------------------------------------------------------------------------------

_GATE = (
    b'<html><head><script>document.cookie = "wafc=9a1f; path=/";'
    b"window.location.replace(window.location.href);</script></head><body></body></html>"
)


@pytest.mark.parametrize(
    "script",
    [
        b'document.cookie="t=1";location.reload();',
        b'document.cookie="t=1"; location.href = location.href;',
        b"document.cookie='t='+v; document.location = document.URL",
        b'document.cookie="t=1";window.location.assign(window.location)',
    ],
)
def test_a_page_that_sets_a_cookie_and_reloads_itself_is_a_gate(script: bytes) -> None:
    body = b"<html><head><script>" + script + b"</script></head><body></body></html>"
    assert script_gate(body, extract_metadata(body, "https://harbour-gazette.org/a"))


@pytest.mark.parametrize(
    "body",
    [
        # a page with a title, whose script sets a cookie and reloads (a consent's choice)
        b"<html><head><title>Ferry timetable changes</title>" + _GATE[12:],
        # a page with text
        _GATE.replace(
            b"<body></body>", b"<body><p>" + b"The winter timetable starts on Monday. " * 8 + b"</p>"
        ),
        # a cookie set, no reload; a reload, no cookie
        b'<html><head><script>document.cookie = "seen=1";</script></head><body></body></html>',
        b"<html><head><script>location.reload();</script></head><body></body></html>",
        # a cookie set, then the reader sent to another address (a redirect: its target is another page)
        b'<html><head><script>document.cookie="l=en";location.replace("/en/");</script></head></html>',
        # a comparison, not an assignment; a reload to another page of the address
        b'<html><head><script>document.cookie="p=2";location.href = location.href + "?page=2";</script>'
        b"</head></html>",
        b'<html><head><script>if (document.cookie == "") { location.reload(); }</script></head></html>',
    ],
)
def test_pages_that_are_no_cookie_gate_are_left_alone(body: bytes) -> None:
    assert not script_gate(body, extract_metadata(body, "https://harbour-gazette.org/a"))


def test_a_cookie_gate_is_reported_blocked() -> None:
    url = "https://harbour-gazette.org/2020/01/09/ferry"
    fetcher = FakeFetcher(
        lambda u: FetchResult(
            url=u, final_url=u, status_code=200, headers={"content-type": "text/html"}, body=_GATE
        )
    )
    (result,) = check([Citation(url=url, title="Ferry timetable changes")], Config(), fetcher=fetcher).results
    assert (result.status, result.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE), result.reason
    assert "cookie" in result.reason, result.reason


# --- an image or compressed data labelled a page ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (gzip.compress(b"<html><title>x</title></html>"), "gzip-compressed data"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive"),
        (b"BZh91AY&SY", "bzip2-compressed data"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a WebP image"),
        # left alone: pages, text and files of other kinds
        (b"<!DOCTYPE html><html>", None),
        (b"\xef\xbb\xbf<html>", None),
        (b"", None),
        (b"BZhello, harbour", None),  # text beginning with the bzip2 letters
        (b"GIFT ideas for the harbour master", None),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", None),  # a WAV file: not named as an image
        (b"PKZIP notes", None),
        (zlib.compress(b"<html></html>"), None),  # zlib: its first byte is no format's mark here
        (b"%PDF-1.7", None),  # a PDF is read as one where its type allows (media.is_pdf)
    ],
)
def test_binary_format_names_what_the_first_bytes_declare(body: bytes, name: str | None) -> None:
    assert binary_format(body) == name


def test_a_gzip_file_labelled_html_is_alive_and_named() -> None:
    url = "https://harbour-gazette.org/2020/01/09/ferry"
    body = gzip.compress(b"<html><head><title>Ferry timetable changes</title></head></html>")
    fetcher = FakeFetcher(
        lambda u: FetchResult(
            url=u,
            final_url=u,
            status_code=200,
            headers={"content-type": "text/html; charset=utf-8"},
            body=body,
        )
    )
    (result,) = check([Citation(url=url, title="Ferry timetable changes")], Config(), fetcher=fetcher).results
    assert result.status is Status.OK, result.reason
    (finding,) = [f for f in result.findings if f.kind is FindingKind.TITLE_UNCHECKED]
    assert "gzip-compressed data" in finding.message, finding.message
    assert "text/html" in finding.message, finding.message


# --- framing a lenient reading repaired ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "repaired"),
    [
        ([b"Content-Length: 40\r\n", b"Content-Length: 40\r\n"], True),
        ([b"Content-Length: 40, 40\r\n"], True),
        ([b"Content-Length : 40\r\n"], True),
        ([b"Transfer-Encoding\t: chunked\r\n"], True),
        ([b"Transfer-Encoding:\r\n", b" chunked\r\n"], True),
        # left alone: one length written plainly, other fields with blanks or folds
        ([b"Content-Type: text/html\r\n", b"Content-Length: 40\r\n"], False),
        ([b"Transfer-Encoding: chunked\r\n", b"Content-Type: text/html\r\n"], False),
        ([b"X-Cache : hit\r\n", b"Content-Length: 40\r\n"], False),
        ([b"X-Note: a\r\n", b" b\r\n", b"Content-Length: 40\r\n"], False),
        ([b"X-Content-Length: 1\r\n", b"Content-Length: 40\r\n"], False),
    ],
)
def test_framing_repaired_names_framing_only_a_lenient_reading_gives(
    fields: list[bytes], repaired: bool
) -> None:
    assert framing_repaired(fields) is repaired


def _head(raw: bytes) -> bool:
    head = plain_head(io.BufferedReader(io.BytesIO(raw)), "GET")  # type: ignore[arg-type]
    assert head is not None
    return head.will_close


def test_an_answer_with_its_length_named_twice_is_not_kept() -> None:
    assert _head(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok")
    # left alone: one length, the connection kept
    assert not _head(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")


@pytest.mark.parametrize("first", ["/cl-equal-two-lines", "/cl-space-before-colon"])
def test_the_next_request_after_a_repaired_answer_goes_on_a_new_connection(first: str) -> None:
    # both cases hold their connection open after the page and never read it again: a request sent on it
    # waited a whole read timeout and was sent again (two attempts)
    with HostileServer(drip_interval=0.25) as server, Fetcher(fetch_config(server)) as fetcher:
        page = fetcher.fetch(server.url(first))
        after = fetcher.fetch(server.url("/ok"))
    assert (page.status_code, page.cause) == (200, None), page.error
    assert (after.status_code, after.attempts) == (200, 1), after.error
