"""The twenty-fourth hostile round's rules, on small strings and byte strings, with what each leaves alone:

- a title that states a 5xx status as a piece of its own ("<host> | 523: Origin is unreachable", "Erreur
  523", "502 Bad Gateway") on a page that declares no article is a server's error passed on with a 200
  (``soft404.server_status_title``): an ``error``, in any language (``/cdn-origin-down-fr`` passed as a page);
- a 2xx body that begins with PHP's open tag is the script's source, not a page (``classify.php_source``):
  an ``error`` (``/php-source-200`` passed as a page with no title);
- a firewall's refusal page is ``blocked`` whatever status its rule sets, and ModSecurity's page is one
  (``classify.firewall_refusal``): its ``406`` was an "unexpected 406" error (``/modsecurity-406``);
- a ``400`` whose page says the request was plain HTTP to an HTTPS port says the link should be https
  (``classify.plain_http_to_tls_port``): "unexpected 400 Bad Request" said nothing a user could mend
  (``/plain-http-to-https-port``);
- a URL whose host is an IPv6 address without its brackets is invalid, and the reason says so
  (``fetch.unbracketed_ipv6``): it quoted ``urlsplit``'s "Port could not be cast to integer value as
  ':1:8080'" (``/to-v6-unbracketed``).
"""

from __future__ import annotations

import pytest

from linkcheck import check
from linkcheck.classify import classify_fetch, firewall_refusal, php_source, plain_http_to_tls_port
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.fetch import Fetcher, unbracketed_ipv6
from linkcheck.models import Cause, Citation, FetchResult, Status
from linkcheck.soft404 import server_status_title, soft_404_signal
from tests.hostile_server import HostileServer, fetch_config
from tests.test_checker import FakeFetcher

_URL = "https://harbour-gazette.org/2020/01/09/ferry-timetable"


def _fetch(status: int, body: bytes, content_type: str = "text/html; charset=utf-8") -> FetchResult:
    return FetchResult(
        url=_URL, final_url=_URL, status_code=status, headers={"content-type": content_type}, body=body
    )


def _report(status: int, body: bytes) -> tuple[Status, Cause | None, str]:
    fetcher = FakeFetcher(lambda u: _fetch(status, body))
    (result,) = check(
        [Citation(url=_URL, title="Ferry timetable changes")], Config(), fetcher=fetcher
    ).results
    return result.status, result.cause, result.reason


# --- a title that states a 5xx status ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("127.0.0.1 | 523 : l\u2019origine est injoignable", 523),
        ("harbour-gazette.org | 522: Connection timed out", 522),
        ("502 Bad Gateway", 502),
        ("504 Gateway Time-out", 504),
        ("Error 500", 500),
        ("Erreur 523", 523),
        ("Fehler 503 - Dienst nicht verf\u00fcgbar", 503),
        ("\u041e\u0448\u0438\u0431\u043a\u0430 502", 502),
        ("HTTP 503", 503),
        ("503", 503),
    ],
)
def test_a_title_stating_a_5xx_status_is_read(title: str, code: int) -> None:
    assert server_status_title([title]) == (code, title)


@pytest.mark.parametrize(
    "title",
    [
        "Flight 502 lands safely after engine warning",  # a code inside a headline's words
        "500 Days of Summer",  # a code before words that are no status phrase
        "Error 404",  # a 4xx: the soft 404 signals read it
        "2015: the harbour's year in review",  # a year
        "Top 505 ferry routes",
        "Ferries | 503 | Timetable | Harbour Gazette",  # a title of more than three pieces
        "Harbour ferry timetable changes",
    ],
)
def test_titles_that_state_no_5xx_status_are_left_alone(title: str) -> None:
    assert server_status_title([title]) is None


_CDN_DOWN = (
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>harbour-gazette.org | 523 :'
    " l\u2019origine est injoignable</title></head><body><h1>Erreur 523</h1><p>Le serveur d\u2019origine ne"
    " r\u00e9pond pas.</p></body></html>"
).encode()


def test_a_cdn_error_page_in_french_served_200_is_a_server_error() -> None:
    signal = soft_404_signal(_URL, _URL, extract_metadata(_CDN_DOWN, _URL), 0)
    assert signal is not None
    assert signal[0] is Cause.SERVER_ERROR, signal
    assert "523" in signal[1], signal
    status, cause, reason = _report(200, _CDN_DOWN)
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "CDN" in reason, reason


def test_an_article_whose_title_holds_a_5xx_code_is_left_alone() -> None:
    # a dated article titled with a code as a piece of its own ("503 | Harbour Gazette" of a story about a
    # route numbered 503 is unlikely, but a page that declares its article is judged as one)
    page = (
        b'<html><head><title>Route 503 | Harbour Gazette</title><meta property="article:published_time"'
        b' content="2020-01-09T08:00:00Z"></head><body><h1>503</h1><p>The ferry sails.</p></body></html>'
    )
    assert soft_404_signal(_URL, _URL, extract_metadata(page, _URL), 0) is None
    assert _report(200, page)[0] is Status.OK


# --- a PHP script's source in place of the page -----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b"<?php\ndefine( 'WP_USE_THEMES', true );\nrequire __DIR__ . '/wp-blog-header.php';\n",
        b"\xef\xbb\xbf<?php echo 'x';",  # a byte order mark first
        b"\r\n  \t<?PHP\n$x = 1;",  # blanks first, the tag in capitals
    ],
)
def test_a_body_that_begins_with_php_s_open_tag_is_its_source(body: bytes) -> None:
    assert php_source(body)


@pytest.mark.parametrize(
    "body",
    [
        b"<!DOCTYPE html><html><body><pre>&lt;?php echo 1;</pre><?php echo 2; ?></body></html>",
        b'<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"></html>',
        b"<html><head><title>PHP tutorial</title></head><body><code>&lt;?php</code></body></html>",
        b"",
        b"<?",  # too short to be the tag
        b"x" * 70 + b"<?php",  # the tag further down
    ],
)
def test_pages_that_show_or_hold_php_are_left_alone(body: bytes) -> None:
    assert not php_source(body)


def test_a_php_source_served_200_is_a_server_error() -> None:
    status, cause, reason = _report(200, b"<?php\nrequire __DIR__ . '/wp-blog-header.php';\n")
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "PHP script's source" in reason, reason
    liveness = classify_fetch(_fetch(200, b"<!DOCTYPE html><html><head><title>Ferry</title></head></html>"))
    assert liveness.status is Status.OK  # left alone: a page


# --- a firewall's refusal whatever its status ---------------------------------------------------------------

_MODSECURITY = (
    b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>406 Not Acceptable</title>\n'
    b"</head><body>\n<h1>Not Acceptable</h1>\n<p>An appropriate representation of the requested resource"
    b" could not be found on this server.</p>\n<p>This error was generated by Mod_Security.</p>\n"
    b"</body></html>"
)


@pytest.mark.parametrize("code", [406, 403, 501, 200])
def test_mod_security_s_page_is_a_firewall_refusal_whatever_its_status(code: int) -> None:
    assert firewall_refusal(_MODSECURITY) == "ModSecurity's refusal page"
    liveness = classify_fetch(_fetch(code, _MODSECURITY, "text/html; charset=iso-8859-1"))
    assert (liveness.status, liveness.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE), liveness
    assert "firewall" in liveness.reason, liveness.reason
    assert str(code) in liveness.reason, liveness.reason


def test_a_406_without_a_firewall_s_page_is_left_as_it_was() -> None:
    plain = b"<html><head><title>406 Not Acceptable</title></head><body>No such variant.</body></html>"
    assert firewall_refusal(plain) is None
    liveness = classify_fetch(_fetch(406, plain))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.HTTP_STATUS), liveness
    # a page about ModSecurity that quotes no refusal line is no refusal either
    about = b"<html><head><title>Tuning Mod_Security rules</title></head><body>...</body></html>"
    assert firewall_refusal(about) is None


# --- plain HTTP sent to an HTTPS port ---------------------------------------------------------------------

_NGINX_PLAIN = (
    b"<html>\r\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\r\n<body>\r\n"
    b"<center><h1>400 Bad Request</h1></center>\r\n<center>The plain HTTP request was sent to HTTPS"
    b" port</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
_APACHE_PLAIN = (
    b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>400 Bad Request</title>\n'
    b"</head><body>\n<h1>Bad Request</h1>\n<p>Your browser sent a request that this server could not"
    b" understand.<br />\nReason: You're speaking plain HTTP to an SSL-enabled server port.<br />\n Instead"
    b" use the HTTPS scheme to access this URL, please.<br />\n</p>\n</body></html>\n"
)


@pytest.mark.parametrize("body", [_NGINX_PLAIN, _APACHE_PLAIN])
def test_a_400_for_plain_http_to_an_https_port_says_https(body: bytes) -> None:
    said = plain_http_to_tls_port(400, body)
    assert said is not None
    assert "https://" in said, said
    liveness = classify_fetch(_fetch(400, body))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.HTTP_STATUS), liveness
    assert "https://" in liveness.reason, liveness.reason


def test_other_400s_and_other_statuses_are_left_alone() -> None:
    other = (
        b"<html><head><title>400 Bad Request</title></head><body>Request Header Or Cookie Too Large</body>"
        b"</html>"
    )
    assert plain_http_to_tls_port(400, other) is None
    assert classify_fetch(_fetch(400, other)).reason == "unexpected 400 Bad Request"
    assert plain_http_to_tls_port(200, _NGINX_PLAIN) is None  # a page quoting the line
    assert plain_http_to_tls_port(400, _NGINX_PLAIN + b" " * 20_000) is None  # no server's small page


# --- an IPv6 address without its brackets -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("http://::1:8080/news", "::1"),
        ("http://::1/news", "::1"),
        ("https://2001:db8::7/2020/01/09/ferry", "2001:db8::7"),
        ("http://user@fe80::1:443?x=1", "fe80::1"),
        # left alone: a host name, an IPv4 address and its port, a bracketed address, no IPv6 at all
        ("http://harbour-gazette.org:8080/news", None),
        ("http://127.0.0.1:8080/", None),
        ("http://[::1]:8080/", None),
        ("http://news:80:81/", None),
        ("/relative/path:with:colons", None),
    ],
)
def test_an_ipv6_host_without_brackets_is_named(url: str, address: str | None) -> None:
    assert unbracketed_ipv6(url) == address


def test_a_redirect_to_an_unbracketed_ipv6_host_says_so_and_is_never_requested() -> None:
    with HostileServer(drip_interval=0.25) as server:
        with Fetcher(fetch_config(server)) as fetcher:
            redirected = fetcher.fetch(server.url("/to-v6-unbracketed"))
            cited = fetcher.fetch(f"http://::1:{server.port6 or server.port}/twentyfourth/never-unbracketed")
        assert server.hits("/twentyfourth/never-unbracketed") == 0
    for result in (redirected, cited):
        assert result.cause is Cause.INVALID_URL, result.error
        assert "IPv6 address without its brackets" in (result.error or ""), result.error
        assert "[::1]" in (result.error or ""), result.error
