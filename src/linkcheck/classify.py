"""Liveness: one status, cause and human reason for what a fetch produced (pure; no I/O).

The tables below are the whole policy: a transport failure maps by its :class:`Cause`, an HTTP answer by its
status code. Content-based judgements (soft 404s) need the parsed page and live in :mod:`linkcheck.soft404`.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from http import HTTPStatus
from typing import NamedTuple
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from linkcheck.hostkey import lookalike_host
from linkcheck.lazyre import lazy_re
from linkcheck.media import replacement_label
from linkcheck.models import Cause, FetchResult, Finding, FindingKind, Severity, Status
from linkcheck.urls import untracked_pairs

__all__ = [
    "Liveness",
    "classify_fetch",
    "failed_includes",
    "firewall_refusal",
    "framework_error",
    "grown_address_refused",
    "move_stands",
    "moved_finding",
    "partial_range",
    "payment_wall",
    "php_source",
    "plain_http_to_tls_port",
    "proxy_error",
    "shown_redirect",
    "storage_not_found",
    "unassembled_esi",
    "waiting_room",
    "whitelabel_status",
    "xml_not_well_formed",
]


@dataclass(frozen=True)
class Liveness:
    status: Status
    cause: Cause | None
    reason: str


#: Transport failures (no usable HTTP answer) by cause.
CAUSE_STATUS: Mapping[Cause, Status] = {
    Cause.DNS: Status.DEAD,
    Cause.CONNECTION: Status.DEAD,
    Cause.INVALID_URL: Status.DEAD,
    Cause.NETWORK_UNAVAILABLE: Status.ERROR,
    Cause.TIMEOUT: Status.ERROR,
    Cause.TLS: Status.ERROR,
    Cause.PROTOCOL: Status.ERROR,
    Cause.TOO_LARGE: Status.ERROR,
    Cause.TOO_MANY_REDIRECTS: Status.ERROR,
    Cause.REDIRECT_LOOP: Status.ERROR,
    Cause.SERVER_ERROR: Status.ERROR,
    Cause.HTTP_STATUS: Status.ERROR,
    Cause.DEADLINE: Status.SKIPPED,
    Cause.INTERNAL: Status.ERROR,
    Cause.INVALID_CITATION: Status.ERROR,
    Cause.RATE_LIMITED: Status.BLOCKED,
    Cause.AUTH: Status.BLOCKED,
    Cause.LEGAL: Status.BLOCKED,
    Cause.BOT_CHALLENGE: Status.BLOCKED,
    Cause.CONSENT: Status.BLOCKED,
    Cause.JAVASCRIPT: Status.BLOCKED,
    Cause.ADDRESS_REFUSED: Status.SKIPPED,
    Cause.SCHEME: Status.SKIPPED,
    Cause.EXCLUDED: Status.SKIPPED,
    Cause.ROBOTS: Status.SKIPPED,
    Cause.NOT_FOUND: Status.DEAD,
    Cause.GONE: Status.DEAD,
    Cause.ERROR_PAGE: Status.SOFT_404,
    Cause.FRONT_PAGE: Status.SOFT_404,
    Cause.PARKED: Status.SOFT_404,
    Cause.SPAM: Status.SOFT_404,
}

#: Final HTTP status codes that are not success, by code.
CODE_LIVENESS: Mapping[int, tuple[Status, Cause]] = {
    401: (Status.BLOCKED, Cause.AUTH),
    403: (Status.BLOCKED, Cause.AUTH),
    404: (Status.DEAD, Cause.NOT_FOUND),
    407: (Status.BLOCKED, Cause.AUTH),
    410: (Status.DEAD, Cause.GONE),
    429: (Status.BLOCKED, Cause.RATE_LIMITED),
    451: (Status.BLOCKED, Cause.LEGAL),
    # "I'm a teapot": reserved and unused by HTTP (RFC 9110 15.5.19); sites and bot guards send it to refuse
    # clients they take for robots ("Automated requests are not permitted"), never for a page that is gone
    418: (Status.BLOCKED, Cause.BOT_CHALLENGE),
    999: (Status.BLOCKED, Cause.BOT_CHALLENGE),  # LinkedIn and others: "request denied"
    # "Precondition Failed" to a GET that set no precondition (linkcheck sends no If-Match nor
    # If-Unmodified-Since; a failed If-None-Match on a GET is a 304, RFC 9110 13.1.2): nothing of the page's
    # state is compared, so it is the server refusing this client, as anti-bot services answer with their
    # script challenge (Chinese government and news sites); never a page that is gone
    412: (Status.BLOCKED, Cause.BOT_CHALLENGE),
}

#: Headers and page titles by which bot-protection services announce a challenge instead of the page. The
#: headers, each with the values that mean a challenge: Cloudflare's ``cf-mitigated: challenge``, Vercel's
#: ``x-vercel-mitigated: challenge`` (its Security Checkpoint, often with a 429) and AWS WAF's
#: ``x-amzn-waf-action: challenge`` or ``captcha`` (often a 202 with an empty body, or a 405).
CHALLENGE_HEADERS: Mapping[str, frozenset[str]] = {
    "cf-mitigated": frozenset({"challenge"}),
    "x-vercel-mitigated": frozenset({"challenge"}),
    "x-amzn-waf-action": frozenset({"challenge", "captcha"}),
}
CHALLENGE_MARKERS: tuple[bytes, ...] = (
    b"<title>just a moment...</title>",
    b"<title>attention required! | cloudflare</title>",
    b"cf-browser-verification",
    b"_cf_chl_opt",
    b"<title>ddos-guard</title>",
    b"captcha-delivery.com",  # DataDome
    b"/_incapsula_resource",
    b"<title>access denied</title>",  # Akamai
    b"px-captcha",  # PerimeterX / HUMAN
    # Anubis's proof-of-work gate: its title (an apostrophe escaped as Go's templates write it) and its
    # challenge's script block
    b"<title>making sure you&#39;re not a bot!</title>",
    b'id="anubis_challenge"',
    # a bot-defence service's wall ("As you were browsing something about your browser made us think you
    # were a bot."), served 200 or 403 in place of the page (added in the thirty-fifth hostile round)
    b"<title>pardon our interruption</title>",
    # two anti-bot layers' captcha pages, by the path their script or refresh names, which only they write
    # (added in the fortieth hostile round): a cloud WAF's slider captcha ("/_____tmd_____/punish", served
    # 200 at the story's own URL) and a hosting company's ("/.well-known/sgcaptcha/", a 202 that refreshes
    # to its captcha page)
    b"/_____tmd_____/punish",
    b"/.well-known/sgcaptcha/",
)


#: What a maintenance page says (lower case), in its first 20,000 bytes: a site down for a while, not
#: rate limiting the checker.
MAINTENANCE_MARKERS: tuple[bytes, ...] = (
    b"maintenance",  # English and French
    b"be back soon",
    b"be right back",
    b"wartungsarbeiten",
    b"wartungsmodus",
    b"mantenimiento",
    "manutenção".encode(),
    b"manutenzione",
    "технические работы".encode(),
)
#: A 2xx page larger than this is no bot challenge (they weigh 1-15 KB): larger pages are not read for one.
CHALLENGE_BYTES = 32_000
#: The same marks as the services write them, for a 2xx page: searched in the raw bytes of its first
#: 2,048 (no lower-casing of every small page; a challenge page's title, script or iframe comes first).
CHALLENGE_MARKS_AS_SENT: tuple[bytes, ...] = (
    b"<title>Just a moment...</title>",
    b"<title>Attention Required! | Cloudflare</title>",
    b"cf-browser-verification",
    b"_cf_chl_opt",
    b"<title>DDoS-Guard</title>",
    b"captcha-delivery.com",
    b"/_Incapsula_Resource",
    b"<title>Access Denied</title>",
    b"px-captcha",
    b"<title>Making sure you&#39;re not a bot!</title>",
    b'id="anubis_challenge"',
    b"<title>Pardon Our Interruption</title>",
    b"/_____tmd_____/punish",
    b"/.well-known/sgcaptcha/",
)

#: What a CDN's or cache's own error page carries when the edge could not get the page from the site's
#: server (the origin), as the services write it: Cloudflare's 5xx page ("Connection timed out", "Error code
#: 522"), Varnish's and Fastly's ("Error 503 Backend fetch failed", "Guru Meditation", Fastly's "Guru
#: Mediation"), Akamai's ("Service Unavailable - Zero size object ... Reference&#32;&#35;..."). Served with
#: a 200 (a cached error, a proxy that rewrote the status), it is the site down for now, not its page.
CDN_ERROR_MARKS_AS_SENT: tuple[bytes, ...] = (
    b'id="cf-error-details"',
    b"Guru Meditation:",
    b"Guru Mediation:",
    b"Reference&#32;&#35;",
)
#: Cloudflare's error page also reports its own 1xxx errors: its 5xx codes say the origin did not answer,
#: and its DNS errors that it cannot find the origin (1000-1002 "DNS points to prohibited IP", "DNS
#: resolution error"; 1016 "Origin DNS error"); its other 1xxx (1020 "Access denied", a blocked visitor)
#: are no outage. Its "Always Online" page for an origin that did not answer and a page it holds no copy of
#: ("Website is offline / No cached version of this page is available") states no code: its subheading says
#: the outage.
_CLOUDFLARE_5XX = lazy_re(
    rb"Error code (?:5\d\d|100[0-2]|1016)\b|No cached version of this page is available"
)
#: A 2xx page larger than this is no CDN's error page (they weigh 0.3-10 KB).
CDN_ERROR_BYTES = 16_000
#: What a site's firewall writes, as sent, in the first bytes of its page for a request it refuses, with the
#: name a reason gives it: the ``<title>`` end of Cloudflare's page for a visitor its site's firewall refuses
#: (1006-1009 "Access denied", 1010, 1012, 1020 "Access denied", a firewall rule): "Access denied | <host>
#: used Cloudflare to restrict access"; a web application firewall's default blocking page ("Request
#: Rejected / The requested URL was rejected. Please consult with your administrator. Your support ID is:
#: ...", F5's, served 200). Served 403 or 200, it is a refusal of linkcheck's request by the site's rules,
#: not a removal and not the page.
_FIREWALL_REFUSALS: tuple[tuple[bytes, str], ...] = (
    (b" used Cloudflare to restrict access</title>", "Cloudflare's 'Access denied' page"),
    (
        b"The requested URL was rejected. Please consult with your administrator.",
        "a web application firewall's 'Request Rejected' page",
    ),
    # ModSecurity's own line on the server's stock error page (Apache's "Not Acceptable! An appropriate
    # representation of the requested resource could not be found on this server. This error was generated
    # by Mod_Security.", a 406 as shared hosts send it to a crawler's user agent; the rule may set any code)
    (b"This error was generated by Mod_Security.", "ModSecurity's refusal page"),
    # a WordPress security plugin's firewall page (its title and heading, sent with a 503 when its rate or
    # country rule matches the visitor: "If you think you have been blocked in error, contact the owner of
    # this site for assistance."): the site is up and refuses this client, no server fails
    (
        b"Your access to this site has been limited by the site owner",
        "a security plugin's 'access limited' page",
    ),
)
_FIREWALL_BYTES = 2_048
#: A web application firewall's block page in Chinese, as the common ones word it, UTF-8 as sent: "your
#: request" or "your access" (您的请求, 您的访问), then, within a sentence, "intercepted" or "blocked"
#: (拦截, 阻断): "您的请求已被网站防火墙拦截", "您的访问被阻断",
#: "您的请求带有不合法参数，已被网站管理员设置拦截". Addressed to the reader: a story about a firewall that
#: stopped an attack says neither "your request" nor "your access". Looked for in a small body's first
#: :data:`_REFUSAL_TEXT_BYTES`, with no tag between the words.
#: (The gap is counted in bytes, three a character; a full stop, 。, ends the sentence, as a sequence.)
_REFUSAL_ZH = lazy_re("您的(?:请求|访问)(?:(?!。)[^<>]){0,90}?(?:拦截|阻断)".encode())
_REFUSAL_ZH_HEAD = "您的".encode()
_REFUSAL_TEXT_BYTES = 8_192


#: What a site's own software prints when it fails before it can render any page, as it writes it: WordPress's
#: database error (its ``wp_die`` page or a theme's ``db-error.php``, often served 200) and PHP's fatal and
#: parse errors printed in place of the page (``<b>Fatal error</b>:  Uncaught Error: ...``).
APP_ERROR_MARKS_AS_SENT: tuple[bytes, ...] = (
    b"<h1>Error establishing a database connection</h1>",
    b"<b>Fatal error</b>:",
    b"<b>Parse error</b>:",
    # Drupal's answer to an exception it did not catch, error display off: this sentence, no markup (sent
    # with a 500, which a page cache or a proxy may pass on as 200); a story quoting it has a title before it
    b"The website encountered an unexpected error. Please try again later.",
)
#: What each of :data:`APP_ERROR_MARKS_AS_SENT` is, by its first bytes.
_APP_ERROR_NAMES: dict[bytes, str] = {
    b"<h1>": "a database connection error",
    b"<b>F": "a PHP error",
    b"<b>P": "a PHP error",
    b"The ": "the content system's unexpected error (Drupal's)",
}
#: WordPress's own page for a fatal error its handler caught (5.2 on: ``wp_die`` with "There has been a
#: critical error on this website.", under ``<title>WordPress &rsaquo; Error</title>``), which it sends with
#: a 500 and page caches store and serve with 200. Its title comes first, so the sentence counts wherever it
#: stands in a small page whose body is ``wp_die``'s (``<body id="error-page">``): a story quoting the
#: sentence is no such page.
_WP_CRITICAL = b"There has been a critical error on this website."
_WP_DIE_BODY = b'id="error-page"'

#: A 2xx page larger than this is no software's error page (they weigh 0.1-3 KB); the marks are looked for in
#: this many first bytes, before any ``<title>`` (a page that failed in its footer has its article above).
APP_ERROR_BYTES = 4_096


def _app_error(body: bytes) -> str | None:
    """What a small 2xx body says when it is a site's software failing (:data:`APP_ERROR_MARKS_AS_SENT`,
    WordPress's critical error, :data:`_WP_CRITICAL`) rather than a page: ``database``, ``PHP`` or
    ``WordPress``; ``None`` for any page."""
    if len(body) > APP_ERROR_BYTES or b"rror" not in body:
        return None
    if _WP_CRITICAL in body and _WP_DIE_BODY in body:
        return "WordPress's critical error page"
    for mark in APP_ERROR_MARKS_AS_SENT:
        at = body.find(mark)
        if at >= 0 and (mark.startswith(b"<h1>") or b"<title" not in body[:at].lower()):
            return _APP_ERROR_NAMES[mark[:4]]
    return None


#: PHP's fatal and parse errors as it prints them into the page (``html_errors`` on): the script stops there,
#: so the message is the last thing the page holds, whatever the template printed before it.
_PHP_STOP_MARKS: tuple[bytes, ...] = (b"<b>Fatal error</b>:", b"<b>Parse error</b>:")
#: How far from a body's end the stop message is looked for (PHP's message with a short stack trace: 0.3-1.5
#: KB); a page that went on after it has its own end there.
_PHP_STOP_TAIL_BYTES = 2_048
#: How PHP's message ends (``... on line <b>42</b><br />``), blanks aside: the first test, on a body's last
#: :data:`_PHP_END_BYTES` (a search of the tail for the marks cost 2 k instructions a page).
_PHP_MESSAGE_END = b"</b><br />"
_PHP_END_BYTES = 64
#: The markup PHP writes around its message; any other tag after the mark is the page going on.
_PHP_MESSAGE_TAGS = lazy_re(rb"</?b>|<br\s*/?>")


def php_stopped_before_text(body: bytes) -> bool:
    """Whether a 2xx page is a template that PHP stopped before the story's text: its last
    :data:`_PHP_STOP_TAIL_BYTES` hold a fatal or parse error (:data:`_PHP_STOP_MARKS`) with nothing after
    the message but its own markup, and the page before it says under :data:`_SSI_TEXT_CHARS` visible
    characters (a title, the site's name, a headline, a byline). The head and the headline are the story's,
    so the page looks whole to a reader of its head. Left alone: a story whose footer or sidebar died (its
    text is above the message), a page that goes on after the message, a small page the error marks of
    :func:`_app_error` read, a page quoting the message in its text."""
    if not body[-_PHP_END_BYTES:].rstrip().endswith(_PHP_MESSAGE_END):  # nearly every page: 64 bytes read
        return False
    start = max(len(body) - _PHP_STOP_TAIL_BYTES, 0)
    at = max(body.rfind(mark, start) for mark in _PHP_STOP_MARKS)
    if at < 0 or b"<" in _PHP_MESSAGE_TAGS.sub(b"", body[at + 3 :]):
        return False
    return visible_chars(body[:at], _SSI_TEXT_CHARS) < _SSI_TEXT_CHARS


#: A tag, or a script's or a style's start tag (its end is then looked for), as :func:`visible_chars` skips
#: it: no ``<`` inside, so each try stops at the next ``<`` (``<[^>]*>`` scanned to the body's end from each
#: ``<`` of a run with no ``>``: a megabyte of ``<`` before PHP's fatal error took minutes).
_TAG_OR_RAW = lazy_re(rb"<(?:(script|style)\b[^<>]*>|[^<>]*>)", re.IGNORECASE)
_RAW_ENDS: dict[bytes, re.Pattern[bytes]] = {
    b"script": lazy_re(rb"</script\s*>", re.IGNORECASE),
    b"style": lazy_re(rb"</style\s*>", re.IGNORECASE),
}


def visible_chars(markup: bytes, enough: int) -> int:
    """How many characters other than blanks ``markup`` shows outside its tags, scripts and styles, counted
    until ``enough`` (then at least ``enough``). One pass (linear in ``markup`` whatever it holds: a tag is
    ``<`` to the next ``>`` with no ``<`` between, a script or a style to its end tag, or to the end when it
    has none)."""
    count, pos, size = 0, 0, len(markup)
    while pos < size and count < enough:
        tag = _TAG_OR_RAW.search(markup, pos)
        stop = size if tag is None else tag.start()
        count += sum(len(word) for word in markup[pos:stop].split())
        if tag is None:
            break
        pos = tag.end()
        name = tag.group(1)
        if name is not None:
            end = _RAW_ENDS[name.lower()].search(markup, pos)
            pos = size if end is None else end.end()
    return count


#: Classic ASP's error as IIS writes it into the page when a script fails (errors sent to the browser), each
#: part in its own ``<font face="Arial" size=2>``: the failing component ("Microsoft VBScript runtime",
#: "ADODB.Field", "Microsoft OLE DB Provider for ODBC Drivers"), "error '800a0bcd'" (its code, eight hex
#: digits), the message, the script's path and line. The script stops there; an old site whose buffered page
#: was flushed first keeps the 200 and the template's head, so the error is the last thing the page holds.
_ASP_ERROR = lazy_re(rb"<font face=\"Arial\" size=2>error '8[0-9a-fA-F]{7}'</font>")
#: How the message ends (``, line 42</font>``, blanks aside): the first test, on the body's last bytes.
_ASP_MESSAGE_END = b"</font>"
#: The markup IIS writes around the message; any other tag after the code is the page going on.
_ASP_MESSAGE_TAGS = lazy_re(rb"</?font\b[^<>]{0,40}>|<p>")


def asp_stopped_before_text(body: bytes) -> bool:
    """Whether a 2xx page is a template that a classic ASP script's error stopped before the story's text:
    its last :data:`_PHP_STOP_TAIL_BYTES` hold IIS's error (:data:`_ASP_ERROR`) with nothing after it but its
    own markup (:data:`_ASP_MESSAGE_TAGS`), and the page before it shows under :data:`_SSI_TEXT_CHARS`
    visible characters (the site's name, a menu). Left alone: a story whose footer or sidebar failed (its
    text is above the error), a page that goes on after it, a page quoting the error escaped or in other
    markup (a guide to the message)."""
    if not body[-_PHP_END_BYTES:].rstrip().endswith(_ASP_MESSAGE_END):  # nearly every page: 64 bytes read
        return False
    found = _ASP_ERROR.search(body, max(len(body) - _PHP_STOP_TAIL_BYTES, 0))
    if found is None or b"<" in _ASP_MESSAGE_TAGS.sub(b"", body[found.end() :]):
        return False
    return visible_chars(body[: found.start()], _SSI_TEXT_CHARS) < _SSI_TEXT_CHARS


#: Express's answer (its ``finalhandler``) for an address no route serves, the whole page as it writes it:
#: ``<title>Error</title>`` and ``<pre>Cannot GET /news/...</pre>``, sent with a 404 that a front passing
#: errors on as 200 loses.
_NO_ROUTE = lazy_re(rb"<pre>(Cannot (?:GET|HEAD) /[^<]{0,2000})</pre>")
#: A body longer than this is no framework's one-line answer (Express's is 150 bytes and the path).
_NO_ROUTE_BYTES = 2_560


def no_route(body: bytes) -> str | None:
    """The line a small 2xx body states when it is a web framework's answer that no route serves the
    address (:data:`_NO_ROUTE`: "Cannot GET /news/..."), at most 100 characters, or ``None``. Left alone: a
    page quoting the line in its text (a larger page, or no ``<pre>`` of its own), a body over
    :data:`_NO_ROUTE_BYTES`."""
    if len(body) > _NO_ROUTE_BYTES or b"<pre>Cannot " not in body:
        return None
    found = _NO_ROUTE.search(body)
    return found.group(1).decode("utf-8", "replace")[:100] if found is not None else None


#: The ``<html>`` element's id a JavaScript framework gives its own error document when rendering a page
#: failed on the server: Next.js's ``<html id="__next_error__">`` ("Application error: a server-side
#: exception has occurred (see the server logs for more information). Digest: ..."), often streamed after a
#: 200 was sent.
#: Looked for in the document's first bytes, where the element opens; no page that rendered carries it.
_FRAMEWORK_ERROR_MARK = b'id="__next_error__"'
_FRAMEWORK_ERROR_BYTES = 512
#: What other web frameworks' stock error documents say, as they write it, when the application failed
#: before it could render the page: Nuxt's page for a failed server render ("Server error / An error
#: occurred in the application and your page could not be served. If you are the application owner, check
#: your logs for details.") and Rails's ``public/500.html`` ("<title>We're sorry, but something went wrong
#: (500)</title>", the apostrophe straight or curly), and ASP.NET's. Served 200 (a proxy or a cache that
#: rewrote the status), the site's software failed, for now. Their pages for a page not found ("This page
#: could not be found", "The page you were looking for doesn't exist") say another thing, read as soft 404s.
_STOCK_ERROR_MARKS: tuple[bytes, ...] = (
    b"An error occurred in the application and your page could not be served",
    b"<title>We're sorry, but something went wrong",
    "<title>We’re sorry, but something went wrong".encode(),
    # ASP.NET's error page ("Runtime Error" for remote readers, the exception's name for local ones), its
    # heading as the framework writes it: "<H1>Server Error in '/' Application." (its title, before it,
    # varies); a custom-error setting that rewrites the answer in place serves it with 200
    b"<H1>Server Error in '",
    # Magento's error report (its errors/ page: "Exception printing is disabled by default for security
    # reasons." and an error log record's number), its title as the shop's software writes it
    b"<title>There has been an error processing your request</title>",
)
#: A 2xx page larger than this is no stock error document (they weigh 1-6 KB): larger pages are not read.
_STOCK_ERROR_BYTES = 8_192


#: How a PHP script begins (its open tag), lower case: a body that begins so is the script's source.
_PHP_OPEN_TAG = b"<?php"
#: The blanks a script's file may begin with before its open tag (a byte order mark too, as editors save it).
_LEADING = b" \t\r\n\x0c"


def php_source(body: bytes) -> bool:
    """Whether a 2xx body is a PHP script's source rather than the page it renders: its first bytes, after
    blanks (and a UTF-8 byte order mark), are PHP's open tag ``<?php``, in any case. A server whose PHP
    handler is off or broken (a failed upgrade, a lost ``AddHandler`` line) sends its ``index.php`` as it is
    stored, with the site's ``text/html``: browsers show the code, and the page is not there, for now. Left
    alone: a page that shows PHP code (it begins with its markup: ``<!DOCTYPE``, ``<html>``, ``<pre>``), an
    XML declaration (``<?xml``), and a page whose template leaked a tag further down."""
    head = body[:64]
    if head.find(b"<?") < 0:  # most pages: one search of 64 bytes (``find``: ``in`` costs ~1 k more, cost15)
        return False
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip(_LEADING)
    return head[:5].lower() == _PHP_OPEN_TAG


#: What a web server writes on its ``400`` page for a plain HTTP request sent to a port it serves only with
#: TLS, as it writes it: nginx's "The plain HTTP request was sent to HTTPS port" (its title and body),
#: Apache's "You're speaking plain HTTP to an SSL-enabled server port" ("Instead use the HTTPS scheme to
#: access this URL, please."), and the line Go's TLS servers write, in plain text, as the whole body of an
#: ``HTTP/1.0 400`` with no header fields ("Client sent an HTTP request to an HTTPS server.").
_PLAIN_TO_TLS_MARKS: tuple[bytes, ...] = (
    b"The plain HTTP request was sent to HTTPS port",
    b"speaking plain HTTP to an SSL-enabled server port",
    b"Client sent an HTTP request to an HTTPS server",
)


def plain_http_to_tls_port(code: int, body: bytes) -> str | None:
    """The reason for a ``400`` whose page says the request was plain HTTP to a port that speaks only HTTPS
    (:data:`_PLAIN_TO_TLS_MARKS`, in a body of at most :data:`CDN_ERROR_BYTES`), or ``None``. The link's
    ``http://`` names a port of the site's TLS service (``http://host:443/...``): the page may well be
    there under ``https://``; "unexpected 400 Bad Request" did not say what to mend. Left alone: another
    ``400`` page, another status with these words."""
    if code != 400 or len(body) > CDN_ERROR_BYTES:
        return None
    said = next((mark for mark in _PLAIN_TO_TLS_MARKS if mark in body), None)
    if said is None:
        return None
    return (
        f"{_phrase(code)}: the server says this port speaks only HTTPS (its page: '{said.decode()}'); the"
        " link's http:// should be https://"
    )


def framework_error(body: bytes) -> bool:
    """Whether a 2xx body is a web framework's error document rather than a page: a JavaScript framework's
    (:data:`_FRAMEWORK_ERROR_MARK` in its first :data:`_FRAMEWORK_ERROR_BYTES`) or, in a body of at most
    :data:`_STOCK_ERROR_BYTES`, another framework's stock page (:data:`_STOCK_ERROR_MARKS`): the site's
    software failed, for now."""
    if body.find(_FRAMEWORK_ERROR_MARK, 0, _FRAMEWORK_ERROR_BYTES) >= 0:
        return True
    return len(body) <= _STOCK_ERROR_BYTES and any(mark in body for mark in _STOCK_ERROR_MARKS)


@lru_cache(maxsize=64)  # an int in, a str out; HTTPStatus(code) is an enum lookup in Python, ~3 k instr.
def _phrase(code: int) -> str:
    try:
        return f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        return str(code)


def _challenge_header(fetch: FetchResult) -> bool:
    """Whether a header of the answer announces a bot-protection challenge (:data:`CHALLENGE_HEADERS`)."""
    headers = fetch.headers
    for name, values in CHALLENGE_HEADERS.items():
        value = headers.get(name)  # most answers send none of them
        if value is not None and value.strip().lower() in values:
            return True
    return False


def _is_challenge(fetch: FetchResult) -> bool:
    if _challenge_header(fetch):
        return True
    head = fetch.body[:20_000].lower()
    return any(marker in head for marker in CHALLENGE_MARKERS)


def _challenge_marks_as_sent(body: bytes) -> bool:
    head = body[:2_048]
    return any(marker in head for marker in CHALLENGE_MARKS_AS_SENT)


def _cdn_error(body: bytes) -> bool:
    """Whether a small 2xx body is a CDN's or cache's error page (:data:`CDN_ERROR_MARKS_AS_SENT`)."""
    if len(body) > CDN_ERROR_BYTES or not any(mark in body for mark in CDN_ERROR_MARKS_AS_SENT):
        return False
    return b"cf-error-details" not in body or _CLOUDFLARE_5XX.search(body) is not None


def firewall_refusal(body: bytes) -> str | None:
    """What a small body is when it is a site firewall's page refusing the request
    (:data:`_FIREWALL_REFUSALS`, in its first :data:`_FIREWALL_BYTES`; or a Chinese one's sentence,
    :func:`refusal_zh`): "Cloudflare's 'Access denied' page"; ``None`` for any other page."""
    if len(body) > CDN_ERROR_BYTES:
        return None
    for mark, what in _FIREWALL_REFUSALS:
        if body.find(mark, 0, _FIREWALL_BYTES) >= 0:
            return what
    said = refusal_zh(body)
    if said is not None:
        return f"a web application firewall's block page ({said!r})"
    return None


def refusal_zh(body: bytes) -> str | None:
    """The sentence of a Chinese web application firewall's block page (:data:`_REFUSAL_ZH`: "your request
    ... intercepted"), as text, in a body's first :data:`_REFUSAL_TEXT_BYTES`; ``None`` for any other body.
    Left alone: a story saying a firewall intercepted an attack (no "your request"), the words split by
    markup or across sentences."""
    if body.find(_REFUSAL_ZH_HEAD, 0, _REFUSAL_TEXT_BYTES) < 0:  # most pages: one search
        return None
    found = _REFUSAL_ZH.search(body, 0, _REFUSAL_TEXT_BYTES)
    return found.group().decode("utf-8", "replace") if found is not None else None


#: An HTTP/1.x status line and the first header's name, at a body's start: an answer inside the answer.
_STATUS_LINE_AT_START = lazy_re(
    rb"(HTTP/1\.[01] [1-5]\d\d[^\r\n]{0,80})\r?\n[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}:"
)


def answer_in_body(body: bytes) -> str | None:
    """The status line a 2xx body begins with when the body is itself an HTTP/1.x answer (its status line,
    then a header: ``HTTP/1.1 200 OK\\r\\nContent-Type: ...``), after blank lines; ``None`` for any other
    body. A proxy or a gateway that wrapped the origin's whole answer, head and all, as the body of its own
    (a cache storing raw answers, a load balancer's health-check passthrough) sends a page no browser
    renders as the site's: the head's lines show as text above it. Left alone: a page that quotes a status
    line further down, a text file about HTTP that begins otherwise, a status line with no header after."""
    if body.find(b"HTTP/1.", 0, 16) < 0:  # nearly every body: one search of 16 bytes
        return None
    found = _STATUS_LINE_AT_START.match(body, len(body[:16]) - len(body[:16].lstrip(b"\r\n")))
    return found.group(1).decode("latin-1") if found is not None else None


#: How an HTML or XML document's first bytes read in base64, with or without a UTF-8 byte order mark:
#: ``<!DOCTYPE``/``<!doctype``, ``<html``/``<HTML``, ``<?xml``. Decoded from a body's first 16 characters.
_MARKUP_STARTS = (b"<!doctype", b"<html", b"<?xml")
_BASE64_STARTS = (b"P", b"77u/")  # "<" and a byte order mark begin so in base64


def base64_markup(body: bytes) -> bool:
    """Whether a 2xx body is an HTML (or XML) document base64-encoded: its first 16 bytes are base64 that
    decodes to the start of markup (:data:`_MARKUP_STARTS`). An API gateway that encodes a body it takes for
    binary, with a function behind it that never asks it to decode, serves the page this way: browsers show
    a wall of letters, the page is not there for a reader. Left alone: an HTML page (it begins with ``<``), a
    base64 text that decodes to anything but markup, a body of under 16 bytes."""
    if not body.startswith(_BASE64_STARTS) or len(body) < 16:  # nearly every body: one test
        return False
    try:
        head = base64.b64decode(body[:16], validate=True)
    except binascii.Error:
        return False
    return head.removeprefix(b"\xef\xbb\xbf").lower().startswith(_MARKUP_STARTS)


#: The header a Squid proxy adds to every answer it writes itself (its error pages: ``ERR_CONNECT_FAIL 111``,
#: ``ERR_DNS_FAIL 0``, ``ERR_READ_TIMEOUT 0``), and never to a page it passes on from the site.
_PROXY_ERROR_HEADER = "x-squid-error"
#: What a Squid error page carries as sent, in every one of its languages: its ``<body id="ERR_...">`` (the
#: error's name) and its footer's software name ("Generated ... by proxy.example (squid/6.6)", "Generiert
#: ... von ..."), for one whose header a later proxy dropped.
_PROXY_ERROR_BODY = lazy_re(rb'<body id="?ERR_[A-Z_]+"?[ >]')
_PROXY_SOFTWARE = b"(squid/"


#: What a service proxy (Envoy, and the meshes and gateways built on it) writes as the whole body of its
#: own answer when it could not get the site's (a 503 or 504, which an outer gateway may pass on as 200):
#: a connection to the site's server that failed or was reset, no healthy server, an upstream timeout.
_UPSTREAM_ERRORS: tuple[bytes, ...] = (
    b"upstream connect error or disconnect/reset before headers",
    b"no healthy upstream",
    b"upstream request timeout",
)
#: A body longer than this is no proxy's one-line answer (Envoy's runs to about 200 bytes).
_UPSTREAM_ERROR_BYTES = 512


def upstream_error(body: bytes) -> str | None:
    """A service proxy's answer that it could not reach the site (:data:`_UPSTREAM_ERRORS`, the start of a
    body of at most :data:`_UPSTREAM_ERROR_BYTES`), as quoted in a reason (its first line, at most 100
    characters), or ``None``. Left alone: a page that mentions the message (it begins with its markup), a
    longer body."""
    if len(body) > _UPSTREAM_ERROR_BYTES or b"upstream" not in body:
        return None
    text = body.lstrip(_LEADING)
    if not text.startswith(_UPSTREAM_ERRORS):
        return None
    return text.split(b"\n", 1)[0].decode("utf-8", "replace")[:100]


#: What PHP's FastCGI server (PHP-FPM) and its CGI binary answer, as the whole body, when the web server
#: asks for a script that is not there ("Primary script unknown"): the address's page does not exist.
_SCRIPT_NOT_FOUND: frozenset[bytes] = frozenset((b"File not found.", b"No input file specified."))
#: A body longer than this is not one of :data:`_SCRIPT_NOT_FOUND`.
_SCRIPT_NOT_FOUND_BYTES = 64


def script_not_found(body: bytes) -> str | None:
    """The body, when a 2xx body is PHP's whole answer for a script that is not there
    (:data:`_SCRIPT_NOT_FOUND`: "File not found.", "No input file specified."), else ``None``. Sent with a
    404, a proxy in front may pass it on as 200. Left alone: a page saying so in its markup (read by the
    soft-404 rules), any longer body."""
    if len(body) > _SCRIPT_NOT_FOUND_BYTES:
        return None
    text = body.strip()
    return text.decode("ascii") if text in _SCRIPT_NOT_FOUND else None


def proxy_error(headers: Mapping[str, str], body: bytes) -> str | None:
    """What a 2xx answer is when a caching proxy wrote it in place of the page: "ERR_CONNECT_FAIL 111" (its
    ``X-Squid-Error`` header) or "an error page" (a small body that is Squid's error page in any language,
    :data:`_PROXY_ERROR_BODY` and :data:`_PROXY_SOFTWARE`); ``None`` for any other answer. Some proxies and
    middleboxes pass their error on with a 200: the page was not read, the way to it failed (the proxy could
    not connect, or resolve the site's name), so it is an ``error``, not a soft 404 because its title says
    "ERROR" ("FEHLER", "ОШИБКА"). Left alone: a page Squid passed on (its ``Via`` and ``X-Cache`` headers),
    and a page about Squid."""
    said = headers.get(_PROXY_ERROR_HEADER)
    if said is not None and said.strip():
        return " ".join(said.split())[:80]
    if (
        len(body) <= CDN_ERROR_BYTES
        and body.find(b"ERR_", 0, _FIREWALL_BYTES) >= 0
        and _PROXY_SOFTWARE in body
        and _PROXY_ERROR_BODY.search(body, 0, _FIREWALL_BYTES) is not None
    ):
        return "an error page"
    return None


#: Apache's stock text for a server-side include it could not process (mod_include's ``SSIErrorMsg``), which
#: stands in the page where the included part (a header, the story's body, a footer) should be.
_SSI_ERROR = b"[an error occurred while processing this directive]"
#: Fewer visible characters than this beside the messages is a page that says nothing else: the site's name,
#: a menu's few words. A story whose footer include failed has its text.
_SSI_TEXT_CHARS = 200


def failed_includes(body: bytes) -> int | None:
    """How many server-side includes failed in a small 2xx page (:data:`_SSI_ERROR`, searched in a body of at
    most :data:`CDN_ERROR_BYTES`) when the page says nothing else (under :data:`_SSI_TEXT_CHARS` visible
    characters beside them, counted by :func:`visible_chars`), or ``None``. A template whose includes all
    failed (a moved file, a server that lost its include path) is served 200 with the message where the story
    should be: the server could not build the page, for now. Left alone: a story whose footer or sidebar
    include failed (its text is there), a page about SSI that quotes the message in its text."""
    if len(body) > CDN_ERROR_BYTES or _SSI_ERROR not in body:
        return None
    if visible_chars(body.replace(_SSI_ERROR, b" "), _SSI_TEXT_CHARS) >= _SSI_TEXT_CHARS:
        return None
    return body.count(_SSI_ERROR)


#: An Edge Side Include as a template holds it (``<esi:include src="/fragments/story/..."/>``): a CDN or a
#: cache that speaks ESI replaces each with the fragment before the page leaves it, so a reader never gets
#: one. Passed through unprocessed (ESI off at the edge, the origin answering directly), the page is the
#: template with nothing in it.
_ESI_INCLUDE = b"<esi:include"


def unassembled_esi(body: bytes) -> int | None:
    """How many Edge Side Includes (:data:`_ESI_INCLUDE`) a small 2xx page (at most :data:`CDN_ERROR_BYTES`)
    holds unprocessed when it says nothing else (under :data:`_SSI_TEXT_CHARS` visible characters by
    :func:`visible_chars`: the site's name, a menu's words), or ``None``. Browsers show the template empty:
    the CDN did not assemble the page, for now. Left alone: a page with its story's text beside a stray tag, a
    page that quotes the tag escaped (``&lt;esi:include``), a larger page."""
    if len(body) > CDN_ERROR_BYTES or _ESI_INCLUDE not in body:
        return None
    if visible_chars(body, _SSI_TEXT_CHARS) >= _SSI_TEXT_CHARS:
        return None
    return body.count(_ESI_INCLUDE)


#: A Java (Spring Boot) application's stock error page when it has no error view of its own: "<h1>Whitelabel
#: Error Page</h1>" at its start, then the error as the framework states it: "There was an unexpected error
#: (type=Not Found, status=404)." It has no ``<title>``, so nothing else reads its code.
_WHITELABEL_HEAD = b"<h1>Whitelabel Error Page</h1>"
_WHITELABEL_HEAD_BYTES = 256
_WHITELABEL_STATUS = lazy_re(rb"\(type=([^,()<>]{1,60}), status=([1-5]\d\d)\)")


def whitelabel_status(body: bytes) -> tuple[int, str] | None:
    """The status code and its name that a 2xx body of at most :data:`_STOCK_ERROR_BYTES` states when it is
    a Java application's whitelabel error page (:data:`_WHITELABEL_HEAD` in its first bytes, then
    :data:`_WHITELABEL_STATUS`): ``(404, "Not Found")``; ``None`` for any other body. A gateway or a cache
    that passes the application's error on with 200 serves it for a missing story. Left alone: a page that
    quotes the heading further down (a guide to the framework), the heading with no status stated."""
    if len(body) > _STOCK_ERROR_BYTES or body.find(_WHITELABEL_HEAD, 0, _WHITELABEL_HEAD_BYTES) < 0:
        return None
    found = _WHITELABEL_STATUS.search(body)
    if found is None:
        return None
    return int(found.group(2)), found.group(1).decode("latin-1").strip()


#: A PHP framework's (Symfony's) production error page, as it writes it: "<h1>Oops! An Error Occurred</h1>" in
#: its first bytes, then the status it answered with, in quotes: '<h2>The server returned a "404 Not Found".
#: </h2>'. Its title ("An Error Occurred: Not Found") names no code; sent with its status, a page cache or a
#: proxy that passes errors on as 200 serves it for a missing story.
_OOPS_HEAD = b"<h1>Oops! An Error Occurred</h1>"
_OOPS_HEAD_BYTES = 2_048
_OOPS_STATUS = lazy_re(rb'The server returned a "([1-5]\d\d) ([^"<>]{1,60})"')


def oops_status(body: bytes) -> tuple[int, str] | None:
    """The status code and its name that a 2xx body of at most :data:`_STOCK_ERROR_BYTES` states when it is
    a PHP framework's production error page (:data:`_OOPS_HEAD` in its first :data:`_OOPS_HEAD_BYTES`, then
    :data:`_OOPS_STATUS`): ``(404, "Not Found")``; ``None`` for any other body. Left alone: a page that
    quotes the heading further down or escaped (a guide to the framework), the heading with no status, a
    larger page."""
    if len(body) > _STOCK_ERROR_BYTES or body.find(_OOPS_HEAD, 0, _OOPS_HEAD_BYTES) < 0:
        return None
    found = _OOPS_STATUS.search(body)
    if found is None:
        return None
    return int(found.group(1)), found.group(2).decode("latin-1").strip()


#: What a web server or an application server writes as its own page when the site's application could not
#: answer, as it writes it, with what a reason calls it: the 50x page nginx's packages install
#: (``50x.html``: "An error occurred. / Sorry, the page you are looking for is currently unavailable. Please
#: try again later. / ... Faithfully yours, nginx."), which an ``error_page`` rule serves for a 500, 502, 503
#: or 504, and uWSGI's answer when the application it should run did not load or has gone ("<h1>uWSGI
#: Error</h1>Python application not found", sent with a 500), a PHP framework's production page for any
#: exception ("<title>Whoops, looks like something went wrong.</title>", its title and its heading, sent with
#: a 500), and the Windows kernel HTTP server's page when the application pool behind a site is stopped or
#: failing ("<p>HTTP Error 503. The service is unavailable.</p>", under the title "Service Unavailable",
#: which names no code), and a Perl CGI script's fatal error as its error module sends it to the browser
#: ("<h1>Software error:</h1>", the message, "For help, please send mail to the webmaster": CGI::Carp's
#: ``fatalsToBrowser``, which keeps the 200 when the script's header went out before it died), phpBB's
#: message handler for an error it cannot go on after ("<h1>General Error</h1>" over "SQL ERROR [ mysqli ]",
#: "Too many connections [1040]"), and a Node web framework's default error page for a system error its
#: application hit reading its own files ("<pre>Error: ENOENT: no such file or directory, stat
#: &#39;/srv/app/dist/index.html&#39;</pre>": Express's, when a single-page app's build is missing; or
#: EACCES, "permission denied"), and a CFML application server's site-wide error handler ("The web site you
#: are accessing has experienced an unexpected error.", ColdFusion's page when its errors are not shown to
#: visitors), and a web server's canned page when a reverse proxy got no usable answer from the application
#: behind it ("<p>The proxy server received an invalid" / "response from an upstream server.": Apache's
#: mod_proxy, under "502 Proxy Error"), and a CDN's outage page when it reaches no origin ("<h2>Our services
#: aren't available right now</h2>": Azure Front Door's, over "We're working to restore all services as
#: soon as possible"). Served 200 (a cache or a front that rewrote the status, a script that died after its
#: header, an edge that copied the body and not the status, a second CDN that stored another's answer), the
#: site's server could not give the page, for now.
_SERVER_PAGE_MARKS: tuple[tuple[bytes, str], ...] = (
    (
        b"<p><em>Faithfully yours, nginx.</em></p>",
        "the web server's own page for a server error (nginx's 50x page)",
    ),
    (
        b"<h1>uWSGI Error</h1>",
        "the application server's error ('uWSGI Error': the site's application is not running)",
    ),
    (
        b"<title>Whoops, looks like something went wrong.</title>",
        "the application's own error page ('Whoops, looks like something went wrong.': the site's"
        " application failed)",
    ),
    (
        b"<p>HTTP Error 503. The service is unavailable.</p>",
        "the web server's own page for a server error ('HTTP Error 503. The service is unavailable.': the"
        " site's application is stopped)",
    ),
    (
        b"<h1>Software error:</h1>",
        "a Perl script's fatal error sent to the browser ('Software error:': the site's application died)",
    ),
    (
        b"<h1>General Error</h1>",
        "a forum's error page ('General Error', phpBB's message for an error it cannot go on after, such as"
        " its database refusing it: the site's application failed)",
    ),
    (
        b"<pre>Error: ENOENT: no such file or directory, ",
        "a Node application's error page ('Error: ENOENT: no such file or directory': a file the site's"
        " application serves is missing on its server, for every page it serves from it)",
    ),
    (
        b"<pre>Error: EACCES: permission denied, ",
        "a Node application's error page ('Error: EACCES: permission denied': the site's application may"
        " not read its own files)",
    ),
    (
        b"The web site you are accessing has experienced an unexpected error.",
        "an application server's error page ('The web site you are accessing has experienced an unexpected"
        " error.': the site's application failed)",
    ),
    (
        b"<p>The proxy server received an invalid",
        "the web server's own page for a proxy error ('The proxy server received an invalid response from an"
        " upstream server': the site's application behind it is down or failed)",
    ),
    (
        b"<h2>Our services aren't available right now</h2>",
        "a CDN's outage page ('Our services aren't available right now': the CDN reached none of the site's"
        " servers)",
    ),
)

#: What a server writes as the whole body, in plain text, when the site's application failed and it has no
#: page to show, with what a reason calls it: a CMS's answer when even its error page could not be shown
#: ("Error displaying the error page: Application Instantiation Error: Could not connect to MySQL.":
#: Joomla's, its database down, the rest of the line its error), and a Windows web server's custom error text
#: for a visitor from elsewhere ("The page cannot be displayed because an internal server error has
#: occurred.": IIS's, for a 500 whose details it shows only to the machine itself). Only at the body's start
#: (after blanks): a page that quotes them (a forum's question, a guide) has its markup first.
_SERVER_TEXT_MARKS: tuple[tuple[bytes, str], ...] = (
    (
        b"Error displaying the error page: ",
        "a CMS's error text ('Error displaying the error page': the site's application failed, such as its"
        " database refusing it, and could not show even its error page)",
    ),
    (
        b"The page cannot be displayed because an internal server error has occurred.",
        "the web server's error text ('an internal server error has occurred': the site's application"
        " failed)",
    ),
)


def server_error_page(body: bytes) -> str | None:
    """What a 2xx body of at most :data:`_STOCK_ERROR_BYTES` is when it is a web server's or an application
    server's own page for a server error (:data:`_SERVER_PAGE_MARKS`, as sent), or its error text as the
    whole body (:data:`_SERVER_TEXT_MARKS`, at its start), or ``None``. Left alone: a page that quotes the
    markup escaped (a guide to configuring the server), the text further down (a page quoting it), a larger
    page."""
    if len(body) > _STOCK_ERROR_BYTES:
        return None
    for mark, what in _SERVER_PAGE_MARKS:
        if mark in body:
            return what
    head = body.lstrip()
    for mark, what in _SERVER_TEXT_MARKS:
        if head.startswith(mark):
            return what
    return None


#: A CDN edge's whole answer in plain text when it writes no page, only its own error's number, as it writes
#: it: "error code: 1016" (Cloudflare's, for a request its Workers or its edge could not serve). An edge
#: worker that copies such a body and not its status passes it on as 200.
_EDGE_CODE = lazy_re(rb"\s*error code: (\d{3,4})\s*")
_EDGE_CODE_BYTES = 64
#: The edge's numbers that say the site's server could not be reached or failed: its 5xx, its DNS errors
#: (1000-1002, 1016, as :data:`_CLOUDFLARE_5XX` reads them) and a worker's exception (1101); those that say
#: its firewall refused the visitor (1006-1010, 1012, 1020); the one that says it limits the visitor's rate.
_EDGE_FIREWALL_CODES = frozenset((1006, 1007, 1008, 1009, 1010, 1012, 1020))
_EDGE_RATE_CODE = 1015


def edge_error_code(body: bytes) -> int | None:
    """The number a 2xx body states when its whole text is a CDN edge's "error code: <number>"
    (:data:`_EDGE_CODE`, a body of at most :data:`_EDGE_CODE_BYTES`), or ``None``. Left alone: a page or a
    text holding the words among others, a longer body."""
    if len(body) > _EDGE_CODE_BYTES:
        return None
    found = _EDGE_CODE.fullmatch(body)
    return int(found.group(1)) if found is not None else None


#: An object store's XML error document (the S3 protocol's, which Google's and other stores also write;
#: Azure's blob service's) for a key, a blob or a bucket that is not there, at a body's start after its
#: XML declaration: ``<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>``.
_STORAGE_NOT_FOUND = lazy_re(
    rb"(?:<\?xml[^>]{0,100}\?>)?\s{0,8}<Error>\s{0,8}<Code>(NoSuchKey|NoSuchBucket|BlobNotFound"
    rb"|ContainerNotFound)</Code>\s{0,8}(?:<Message>([^<]{0,200}))?"
)
_STORAGE_ERROR_BYTES = 4_096


def storage_not_found(body: bytes) -> str | None:
    """The error code (and message) of a small 2xx body that is an object store's "not found" error
    (:data:`_STORAGE_NOT_FOUND`): "NoSuchKey: The specified key does not exist."; ``None`` for any other
    body. A site served from a bucket behind a CDN that passes the bucket's errors on with 200 (a
    custom-error rule written for a single-page app) answers a removed story so: the story's file is not
    there. Left alone: the store's other errors (``AccessDenied``: a private bucket's answer for anything,
    there or not), a page or feed that mentions the codes further down, a body over 4 KiB."""
    if len(body) > _STORAGE_ERROR_BYTES or body.find(b"<Error>", 0, 160) < 0:  # nearly every body: one search
        return None
    found = _STORAGE_NOT_FOUND.match(body.removeprefix(b"\xef\xbb\xbf"))
    if found is None:
        return None
    message = (found.group(2) or b"").decode("utf-8", "replace").strip()
    code = found.group(1).decode("ascii")
    return f"{code}: {' '.join(message.split())}" if message else code


#: A ``Content-Range`` value: ``bytes <first>-<last>/<length>`` (the length ``*`` when unknown).
_CONTENT_RANGE = lazy_re(r"\s*bytes\s+(\d{1,18})\s*-\s*(\d{1,18})\s*/\s*(\d{1,18}|\*)\s*", re.IGNORECASE)


def partial_range(headers: Mapping[str, str]) -> str | None:
    """The ``Content-Range`` of a 2xx answer (``headers`` by lower-case name) when it says the body is a part
    of the representation, not all of it (``bytes 1024-2047/4096``: not from its first byte, or not to its
    last), or ``None``. linkcheck asks for no range, so such an answer (a cache that stored a range answer
    as the whole, a server that sends its last range to everyone) is a slice of the page, often from the
    middle of a tag: no page a reader gets. Left alone: no ``Content-Range`` (nearly every answer), a range
    that covers the whole (``bytes 0-4095/4096``), a value that is no byte range."""
    value = headers.get("content-range")
    if value is None:
        return None
    found = _CONTENT_RANGE.fullmatch(value)
    if found is None:
        return None
    first, last, length = int(found.group(1)), int(found.group(2)), found.group(3)
    if first == 0 and length != "*" and last + 1 >= int(length):
        return None
    return " ".join(value.split())


def xml_not_well_formed(content_type: str, body: bytes, headers: Mapping[str, str]) -> str | None:
    """What an XML parser says of an answer served as XHTML (``application/xhtml+xml``: browsers parse it
    as XML, and show their parse error instead of a page that is not well-formed) when its markup is not
    well-formed ("mismatched tag: line 1, column 302"), or ``None``. ``content_type`` is the header's
    value in lower case. The page is decoded as browsers decode it first (its charset from the header,
    the XML declaration or a byte order mark), then parsed by expat, which reads no external entity and
    limits entity expansion. Left alone: every other type (``text/html`` is parsed as HTML, which has no
    well-formedness), a well-formed XHTML page, an XHTML page whose DTD defines entities expat does not read
    (``&nbsp;`` under an XHTML doctype is skipped, as browsers know it)."""
    if "xhtml+xml" not in content_type:  # nearly every answer: one search of its type
        return None
    from xml.parsers import expat

    from linkcheck.extract.decode import decode_html

    parser = expat.ParserCreate()
    try:
        parser.Parse(decode_html(body, headers), True)
    except expat.ExpatError as exc:
        return f"{expat.ErrorString(exc.code)}: line {exc.lineno}, column {exc.offset}"
    return None


def _firewall_liveness(code: int, what: str) -> Liveness:
    return Liveness(
        Status.BLOCKED,
        Cause.BOT_CHALLENGE,
        f"{_phrase(code)}: {what} (the site's firewall refused linkcheck's request; a reader's browser may"
        " be let in)",
    )


def _is_maintenance(fetch: FetchResult) -> bool:
    head = fetch.body[:20_000].lower()
    return any(marker in head for marker in MAINTENANCE_MARKERS)


#: Statuses that redirect (when they carry a Location header). A ``300 Multiple Choices`` with a Location
#: names the server's preferred choice, which a user agent may follow (RFC 9110, 15.4.1); one without stays
#: an answer of its own. The fetcher follows them; one that is the final answer had no ``Location`` to follow.
REDIRECT_STATUSES = frozenset({300, 301, 302, 303, 307, 308})


def redirect_without_target(code: int, headers: Mapping[str, str]) -> str:
    """What a redirect status that is the final answer lacked, for its reason (``headers``: the answer's, by
    lower-case name), or ``""`` for any other status. A 3xx is the answer when its ``Location`` is missing
    or empty (``fetch.locations_that_count``) and no refresh moves its page: "unexpected 302 Found" did not
    say why nothing was followed. Left alone: other statuses (a ``304``, a ``200`` carrying a
    ``Location``), which keep their reasons."""
    if code not in REDIRECT_STATUSES:
        return ""
    if "location" in headers:
        return ": its Location header is empty, no URL to follow (browsers show the answer as a page)"
    return ": no Location header, no URL to follow (browsers show the answer as a page)"


#: The words servers' stock bodies for a redirect are made of (nginx's "301 Moved Permanently", IIS's "Object
#: moved", Apache's "Found" over "The document has moved here", a framework's "Redirecting..."): a title of
#: these alone, with the status's code, names no page (compared folded, letters only).
_REDIRECT_WORDS = frozenset(
    [
        "a",
        "been",
        "document",
        "found",
        "has",
        "here",
        "moved",
        "object",
        "other",
        "page",
        "permanent",
        "permanently",
        "redirect",
        "redirected",
        "redirecting",
        "redirection",
        "resource",
        "see",
        "temporarily",
        "temporary",
        "the",
        "this",
        "to",
    ]
)
#: A run of letters (a word of any script, no digits).
_LETTERS = lazy_re(r"[^\W\d_]+")
#: Characters of text a redirect's body holds beyond its title, at least, to be a page a reader reads (a
#: story's paragraph) rather than a server's stock words: Apache's "Found The document has moved here." is
#: 34, IIS's "Object Moved This object may be found here." 43, nginx's "301 Moved Permanently nginx" 27.
SHOWN_REDIRECT_TEXT = 60


def shown_redirect(code: int, headers: Mapping[str, str], title: str | None, text: str | None) -> str | None:
    """The warning for a redirect that is the final answer (:func:`redirect_without_target`: no ``Location``,
    or an empty one, and no refresh) whose body is a page a reader reads, or ``None``. A browser shows such
    an answer's body: when it is a page (a ``title`` the extraction finds, not of :data:`_REDIRECT_WORDS`
    alone, over a ``text``, the page's visible text, holding :data:`SHOWN_REDIRECT_TEXT` characters beyond
    it), the reader sees that page, and the citation is checked against it (host58: a front controller that
    set a 301 or 302 and lost the header, the whole story in the body). Left an error: a server's stock body
    ("Found", "Object moved", "301 Moved Permanently"), an empty one, and a ``300 Multiple Choices``, whose
    page lists the choices (no page chosen)."""
    if code == 300 or not title or text is None:
        return None
    lack = redirect_without_target(code, headers)
    if not lack:
        return None
    if {word.casefold() for word in _LETTERS.findall(title)} <= _REDIRECT_WORDS:
        return None
    if len(text.replace(title, "").strip()) < SHOWN_REDIRECT_TEXT:
        return None
    return (
        f"the answer is {_phrase(code)}{lack}: its body, the page read and checked here, is what a reader"
        " sees; the site's redirect names no target (it may be mended to send readers elsewhere)"
    )


def network_sign_in(code: int) -> str | None:
    """The reason for a ``511 Network Authentication Required``, or ``None`` for any other code. RFC 6585 6:
    a 511 is sent by an intercepting proxy of the network the client is on (a captive portal: a hotel's, a
    train's, an office's guest network), never by the site, which was not reached; "511 Network
    Authentication Required" alone read as the site's server failing. Left alone: every other ``5xx``."""
    if code != 511:
        return None
    return (
        f"{_phrase(code)}: the network this run is on asks for a sign-in (a captive portal), so the site was"
        " not reached; sign the runner's network in, or check from another network"
    )


#: A rule of :data:`_SUCCESS_RULES` or :data:`_ANSWER_RULES`: the fetch and its status code in, the verdict
#: out when the rule's test holds, ``None`` when it does not (the next rule is asked).
_Judge = Callable[[FetchResult, int], Liveness | None]
#: :attr:`_Rule.max_bytes` of a rule that reads any body (or only the headers): no length skips it.
_ANY_SIZE = 1 << 62


class _Rule(NamedTuple):
    """One step of a chain of :func:`classify_fetch`: ``judge`` is asked only of a body of at most
    ``max_bytes`` (the largest body its own test can hold true for; :data:`_ANY_SIZE` for a test that reads
    the headers or any body). The length is the precondition most rules share: a real page, tens of KB, is
    past every small-page rule's, and the walk skips them with one comparison each instead of a call. The
    rule's own function keeps its test of the length (its callers and its tests need it alone): ``max_bytes``
    must never be below it (``tests/test_rule_tables.py`` holds each to it)."""

    max_bytes: int
    judge: _Judge


def _bot_challenge(fetch: FetchResult, code: int) -> Liveness | None:
    """A challenge served with 200 (Imperva's iframe, a managed challenge): not the page, not dead. Its header
    (:data:`CHALLENGE_HEADERS`) at any length, its marks as sent in a page of at most
    :data:`CHALLENGE_BYTES`."""
    if _challenge_header(fetch) or (
        len(fetch.body) <= CHALLENGE_BYTES and _challenge_marks_as_sent(fetch.body)
    ):
        return Liveness(Status.BLOCKED, Cause.BOT_CHALLENGE, f"{_phrase(code)}: bot challenge page")
    return None


#: Cloudflare's line on its page for a visitor from a country its site's owner banned (error 1009), as sent:
#: "The owner of this website (<host>) has banned the country or region your IP address is in (RU) from
#: accessing this website." A block by region (``legal``), not a firewall's verdict on linkcheck's request.
_COUNTRY_BAN = b"has banned the country or region your IP address is in"


def _firewall_page(fetch: FetchResult, code: int) -> Liveness | None:
    """A site firewall's refusal page (:func:`firewall_refusal`), whatever the status: its rule sets it
    (ModSecurity's 406, F5's 200 or 403). Cloudflare's page for a banned country (:data:`_COUNTRY_BAN`) is a
    regional block (added after the seed10 probe: The Moscow Times refuses readers in Russia so)."""
    if (refused := firewall_refusal(fetch.body)) is not None:
        if refused.startswith("Cloudflare") and _COUNTRY_BAN in fetch.body:
            return Liveness(
                Status.BLOCKED,
                Cause.LEGAL,
                f"{_phrase(code)}: Cloudflare's 'Access denied' page (error 1009): the site's owner refuses"
                " readers from the country linkcheck runs in; blocked in this region, not gone",
            )
        return _firewall_liveness(code, refused)
    return None


def _replacement_charset(fetch: FetchResult, code: int) -> Liveness | None:
    """A page labelled with a charset browsers decode as one replacement character
    (:func:`~linkcheck.media.replacement_label`): no reader sees it."""
    if (label := replacement_label(fetch.headers.get("content-type", ""))) is not None:
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the page is labelled charset={label}, which browsers decode as one"
            " replacement character (the Encoding Standard's 'replacement' encoding): no reader sees the"
            " page; tell the site",
        )
    return None


def _missing_script(fetch: FetchResult, code: int) -> Liveness | None:
    """PHP's whole answer for a script that is not there (:func:`script_not_found`): not found."""
    if (missing_script := script_not_found(fetch.body)) is not None:
        return Liveness(
            Status.SOFT_404,
            Cause.ERROR_PAGE,
            f"{_phrase(code)}, but the whole answer is PHP's {missing_script!r}: the script for this"
            " address is not there (not found)",
        )
    return None


def _unrouted(fetch: FetchResult, code: int) -> Liveness | None:
    """A web framework's one line that no route serves the address (:func:`no_route`: Express's "Cannot GET
    /..."), sent with a 404 that a front passing errors on as 200 lost: not found."""
    if (unrouted := no_route(fetch.body)) is not None:
        return Liveness(
            Status.SOFT_404,
            Cause.ERROR_PAGE,
            f"{_phrase(code)}, but the whole page is the web framework's {unrouted!r} (Express's answer"
            " when no route serves the address, sent with a 404): the page is not found",
        )
    return None


def _upstream_failed(fetch: FetchResult, code: int) -> Liveness | None:
    """A service proxy's one line that it could not reach the site's server (:func:`upstream_error`)."""
    if (upstream := upstream_error(fetch.body)) is not None:
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the answer is a service proxy's error ({upstream!r}), not the site's"
            " page: the proxy in front of the site could not reach its server (upstream); try again"
            " later",
        )
    return None


def _proxy_page(fetch: FetchResult, code: int) -> Liveness | None:
    """A caching proxy's error page or header in place of the page (:func:`proxy_error`): the way to the
    page failed. Any length: its ``X-Squid-Error`` header says so on any body."""
    if (proxied := proxy_error(fetch.headers, fetch.body)) is not None:
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the page is a proxy's error ({proxied}), not the site's page: the"
            " proxy between linkcheck and the site could not get it; try again later, or check the proxy",
        )
    return None


def _cdn_page(fetch: FetchResult, code: int) -> Liveness | None:
    """A CDN's or cache's error page served with a 2xx (:func:`_cdn_error`): the origin did not answer."""
    if _cdn_error(fetch.body):
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the page is a CDN's or cache's error page: the site's server did not"
            " answer it; try again later",
        )
    return None


def _answer_twice(fetch: FetchResult, code: int) -> Liveness | None:
    """A body that is an HTTP/1.x answer of its own (:func:`answer_in_body`): wrapped twice on the way."""
    if (inner := answer_in_body(fetch.body)) is not None:
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the body is an HTTP answer of its own (its status line {inner!r} and"
            " headers come before the page): a proxy or gateway on the way wrapped the site's answer"
            " twice; browsers show its head as text; try again later, or tell the site",
        )
    return None


def _base64_page(fetch: FetchResult, code: int) -> Liveness | None:
    """A page sent base64-encoded by a gateway (:func:`base64_markup`): browsers show the letters."""
    if base64_markup(fetch.body):
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the body is the page base64-encoded, not a page: the site's gateway"
            " sent it encoded and browsers show the letters; try again later, or tell the site",
        )
    return None


def _partial_body(fetch: FetchResult, code: int) -> Liveness | None:
    """A body its ``Content-Range`` says is a part of the page (:func:`partial_range`), to a request that
    asked for no range."""
    if (part := partial_range(fetch.headers)) is not None:
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the body is only a part of the page (Content-Range: {part!r}), sent to"
            " a request that asked for no range: a cache on the way stored a range as the whole; try"
            " again later, or tell the site",
        )
    return None


def _storage_missing(fetch: FetchResult, code: int) -> Liveness | None:
    """An object store's "not found" error passed on with a 2xx (:func:`storage_not_found`)."""
    if (missing := storage_not_found(fetch.body)) is not None:
        return Liveness(
            Status.SOFT_404,
            Cause.ERROR_PAGE,
            f"{_phrase(code)}, but the answer is the site's storage saying the file is not there"
            f" ({missing!r}): the story's file was not found in the bucket the site is served from",
        )
    return None


def _broken_xhtml(fetch: FetchResult, code: int) -> Liveness | None:
    """A page served as XHTML that is not well-formed (:func:`xml_not_well_formed`). A body cut at the byte
    cap ends mid-element: not well-formed as read, it says nothing of the page, and is not asked."""
    kind = fetch.headers.get("content-type", "").lower()
    if not fetch.truncated and (broken := xml_not_well_formed(kind, fetch.body, fetch.headers)) is not None:
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the page is served as XHTML (application/xhtml+xml) and is not"
            f" well-formed XML ({broken}): browsers show an XML parse error instead of the page; tell"
            " the site",
        )
    return None


def _includes_failed(fetch: FetchResult, code: int) -> Liveness | None:
    """A template whose server-side includes all failed (:func:`failed_includes`)."""
    if (includes := failed_includes(fetch.body)) is not None:
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the page is its template with {includes} failed server-side"
            " include(s) ('[an error occurred while processing this directive]') where its content"
            " should be: the server could not build the page; try again later",
        )
    return None


def _esi_left(fetch: FetchResult, code: int) -> Liveness | None:
    """A template whose Edge Side Includes the CDN left unprocessed (:func:`unassembled_esi`)."""
    if (esi := unassembled_esi(fetch.body)) is not None:
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the page is its template with {esi} Edge Side Include(s) (ESI,"
            " '<esi:include ...>') left unprocessed where its content should be: the CDN did not assemble"
            " the page; try again later",
        )
    return None


def _stated_status(stated: tuple[int, str] | None, code: int, page: str) -> Liveness | None:
    """A framework's stock error page that states the status it answered with (``stated``, ``(404, "Not
    Found")``), served with ``code``: its stated 404 or 410 is the story not there, any other code the
    application failing. ``page`` names the stock page in the reason ("'Whitelabel Error Page'")."""
    if stated is None:
        return None
    said, name = stated
    if said in (404, 410):
        return Liveness(
            Status.SOFT_404,
            Cause.ERROR_PAGE,
            f"{_phrase(code)}, but the page is the site's application saying {said} {name} (its stock"
            f" {page}): the story is not there",
        )
    return Liveness(
        Status.ERROR,
        Cause.SERVER_ERROR if said >= 500 else Cause.HTTP_STATUS,
        f"{_phrase(code)}, but the page is the site's application stating {said} {name} (its stock {page}),"
        " not the page; try again later",
    )


def _whitelabel_page(fetch: FetchResult, code: int) -> Liveness | None:
    """A Java application's whitelabel error page (:func:`whitelabel_status`)."""
    return _stated_status(whitelabel_status(fetch.body), code, "'Whitelabel Error Page'")


def _oops_page(fetch: FetchResult, code: int) -> Liveness | None:
    """A PHP framework's production error page (:func:`oops_status`)."""
    return _stated_status(oops_status(fetch.body), code, "'Oops! An Error Occurred' page")


def _server_page(fetch: FetchResult, code: int) -> Liveness | None:
    """A web server's or an application server's own page for a server error (:func:`server_error_page`)."""
    if (what := server_error_page(fetch.body)) is not None:
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the page is {what}, not the site's page: the site's server could not"
            " give it; try again later",
        )
    return None


#: The line that opens a Python traceback, as the interpreter writes it, and how far into a page it is looked
#: for: a script that crashed after its status line was sent (a CGI script, a WSGI application whose server
#: passes its error output on, a debug handler left on) sends it as the whole page, at its start.
_TRACEBACK_MARK = b"Traceback (most recent call last):"
_TRACEBACK_HEAD_BYTES = 512
#: What follows the mark in a real traceback: the first frame's line (``  File "...", line N, in f``).
_TRACEBACK_FRAME = lazy_re(rb'\s{0,8}(?:<[^>]{0,40}>\s{0,8}){0,3}File "')


def python_traceback(body: bytes) -> bool:
    """Whether a 2xx body of at most :data:`CDN_ERROR_BYTES` is a Python traceback in place of a page: the
    mark (:data:`_TRACEBACK_MARK`) in its first :data:`_TRACEBACK_HEAD_BYTES`, no ``<title`` before it, and
    a frame's ``File "`` right after it. The site's application crashed; the story was not served. Left
    alone: a page with a title before a traceback it quotes (a guide, a bug report), the mark further down,
    the mark in a sentence with no frame after it, a larger page."""
    if len(body) > CDN_ERROR_BYTES:
        return False
    at = body.find(_TRACEBACK_MARK, 0, _TRACEBACK_HEAD_BYTES)
    if at < 0:  # nearly every small page: one bounded search
        return False
    if b"<title" in body[:at].lower():
        return False
    return _TRACEBACK_FRAME.match(body, at + len(_TRACEBACK_MARK)) is not None


def _traceback_page(fetch: FetchResult, code: int) -> Liveness | None:
    """A Python traceback sent as the page (:func:`python_traceback`): the site's application failed."""
    if not python_traceback(fetch.body):
        return None
    return Liveness(
        Status.ERROR,
        Cause.SERVER_ERROR,
        f"{_phrase(code)}, but the page is a Python traceback (the site's application crashed while"
        " answering), not the site's page; try again later",
    )


#: Headers by which an application hands the sending of a file to the web server in front of it (nginx's
#: ``X-Accel-Redirect``, Apache's and lighttpd's ``X-Sendfile``, lighttpd's older name, LiteSpeed's
#: ``X-LiteSpeed-Location``), lower case. The front server consumes the header and sends the file; when it
#: reaches the client, no front did, and the body is the application's own, empty.
INTERNAL_REDIRECT_HEADERS: tuple[str, ...] = (
    "x-accel-redirect",
    "x-sendfile",
    "x-lighttpd-send-file",
    "x-litespeed-location",
)
#: A body longer than this is no empty answer (blanks only are looked for).
_INTERNAL_REDIRECT_BYTES = 64


def unserved_internal_redirect(headers: Mapping[str, str], body: bytes) -> str | None:
    """The header (name and value) of an empty 2xx answer that carries an internal redirect no front server
    carried out (:data:`INTERNAL_REDIRECT_HEADERS`), or ``None``. The page is behind it, not gone: the site's
    server setup failed to serve it (an error, not a soft 404). Left alone: such a header over a body (the
    front sent the file and passed the header on), an empty answer without one (an empty page)."""
    if len(body) > _INTERNAL_REDIRECT_BYTES or body.strip():
        return None
    for name in INTERNAL_REDIRECT_HEADERS:
        value = headers.get(name)
        if value is not None:
            return f"{name}: {value.strip()[:200]}"
    return None


def _internal_redirect_left(fetch: FetchResult, code: int) -> Liveness | None:
    """An empty answer with an internal redirect's header (:func:`unserved_internal_redirect`)."""
    if (header := unserved_internal_redirect(fetch.headers, fetch.body)) is None:
        return None
    return Liveness(
        Status.ERROR,
        Cause.SERVER_ERROR,
        f"{_phrase(code)}, but the answer is empty and carries an internal redirect ({header!r}) that no"
        " front server carried out: the site's server setup failed to send the page; try again later",
    )


#: The heading a virtual waiting room writes, as sent, on the page it serves in place of a site's pages while
#: the site is over its visitors' limit (the common queue services' default pages and a CDN's waiting room
#: say "You are now in line"), and the words one of which it says after it of the visitor's turn ("Your
#: estimated wait time is 4 minutes", "when it is your turn", "your place in the queue").
_WAITING_ROOM_HEADING = b"You are now in line"
_WAITING_ROOM_TURN: tuple[bytes, ...] = (b"wait time", b"your turn", b"queue")
#: Bytes of a page the heading is looked for in: a waiting room's page opens with it.
_WAITING_ROOM_HEAD_BYTES = 2_048


def waiting_room(body: bytes) -> bool:
    """Whether a small 2xx body (at most :data:`CDN_ERROR_BYTES`) is a virtual waiting room's page: its
    heading (:data:`_WAITING_ROOM_HEADING`) in the first :data:`_WAITING_ROOM_HEAD_BYTES`, then the visitor's
    turn (:data:`_WAITING_ROOM_TURN`, any case) after it. The site is up and holds this client back for now:
    the page was not served. Left alone: the heading alone, the heading further down (a story quoting it),
    the words lower case in a sentence, a larger page."""
    if len(body) > CDN_ERROR_BYTES:
        return False
    at = body.find(_WAITING_ROOM_HEADING, 0, _WAITING_ROOM_HEAD_BYTES)
    if at < 0:  # nearly every small page: one search
        return False
    after = body[at + len(_WAITING_ROOM_HEADING) :].lower()
    return any(word in after for word in _WAITING_ROOM_TURN)


def _queue_page(fetch: FetchResult, code: int) -> Liveness | None:
    """A virtual waiting room's page in place of the page (:func:`waiting_room`): held back, for now."""
    if not waiting_room(fetch.body):
        return None
    return Liveness(
        Status.BLOCKED,
        Cause.RATE_LIMITED,
        f"{_phrase(code)}, but the answer is a virtual waiting room's page ('You are now in line'), not the"
        " site's page: the site holds its visitors in a queue while it is busy; try again later",
    )


def _edge_code_answer(fetch: FetchResult, code: int) -> Liveness | None:
    """A CDN edge's bare "error code: <number>" (:func:`edge_error_code`): its firewall's numbers are a
    refusal of linkcheck's request, its rate limit's a refusal for now, any other the way to the site
    failing."""
    if (number := edge_error_code(fetch.body)) is None:
        return None
    said = f"the whole answer is a CDN edge's 'error code: {number}'"
    if number in _EDGE_FIREWALL_CODES:
        return _firewall_liveness(code, f"{said} (its firewall's number)")
    if number == _EDGE_RATE_CODE:
        return Liveness(
            Status.BLOCKED,
            Cause.RATE_LIMITED,
            f"{_phrase(code)}, but {said} (its rate limit's number): the site refuses too many requests for"
            " now; try again later",
        )
    return Liveness(
        Status.ERROR,
        Cause.SERVER_ERROR,
        f"{_phrase(code)}, but {said}, not the site's page: the CDN in front of the site could not get it"
        " from the site's server; try again later",
    )


def _software_failed(fetch: FetchResult, code: int) -> Liveness | None:
    """A web framework's error document (:func:`framework_error`; its mark in the first bytes of a page of
    any length), the site's software's own error (:func:`_app_error`), or PHP's fatal error or classic ASP's
    error that stopped the page before its text (:func:`php_stopped_before_text`,
    :func:`asp_stopped_before_text`)."""
    failed = "a web framework's server error document" if framework_error(fetch.body) else None
    failed = failed or _app_error(fetch.body)
    if failed is None:
        # ``find``, not ``in``: ``in`` on bytes first tries its operand as an integer and drops the
        # ``TypeError``, ~1 k instructions a test on every page (cost15)
        tail = fetch.body[-_PHP_END_BYTES:]
        if tail.find(_PHP_MESSAGE_END) >= 0 and php_stopped_before_text(fetch.body):
            failed = "a PHP fatal error that stopped the page before its text (its head is the story's)"
        elif tail.find(_ASP_MESSAGE_END) >= 0 and asp_stopped_before_text(fetch.body):
            failed = (
                "a classic ASP script's error that stopped the page before its text (its head is the site's)"
            )
    if failed is not None:
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the page is {failed} from the site's own software, not a page; try"
            " again later",
        )
    return None


def _script_source(fetch: FetchResult, code: int) -> Liveness | None:
    """A PHP script's source sent as the page (:func:`php_source`). Asked after :func:`_software_failed`: a
    PHP error printed in place of the page is that error, whatever its first bytes."""
    if php_source(fetch.body):
        return Liveness(
            Status.ERROR,
            Cause.SERVER_ERROR,
            f"{_phrase(code)}, but the answer is a PHP script's source, not a page: the site's server"
            " sent the script instead of running it (its PHP handler is off or broken); try again later",
        )
    return None


#: What a ``2xx`` answer may be instead of the page, asked in this order, the first verdict taken (none: the
#: page is ``ok``). Each rule is a :class:`_Rule`: the largest body its test can hold true for, and a
#: function of the fetch and its code giving a :class:`Liveness` or ``None``, with its reason in its
#: docstring. To add one: write its test as a small public function of the body or the headers (its reason
#: and what it leaves alone in its docstring), a ``_judge`` beside the ones above that turns it into a
#: verdict, and one row here at the place its order asks for, its ``max_bytes`` the test's own gate on the
#: length (:data:`_ANY_SIZE` when it has none); tests in the family's ``tests/test_hostile_rulesN.py``
#: (the test on small strings, a case it leaves alone, and ``classify_fetch`` on a ``FetchResult``).
_SUCCESS_RULES: tuple[_Rule, ...] = (
    _Rule(_ANY_SIZE, _bot_challenge),
    _Rule(CDN_ERROR_BYTES, _firewall_page),
    _Rule(_ANY_SIZE, _replacement_charset),
    _Rule(_SCRIPT_NOT_FOUND_BYTES, _missing_script),
    _Rule(_NO_ROUTE_BYTES, _unrouted),
    _Rule(_UPSTREAM_ERROR_BYTES, _upstream_failed),
    _Rule(_ANY_SIZE, _proxy_page),
    _Rule(CDN_ERROR_BYTES, _cdn_page),
    _Rule(_ANY_SIZE, _answer_twice),
    _Rule(_ANY_SIZE, _base64_page),
    _Rule(_ANY_SIZE, _partial_body),
    _Rule(_STORAGE_ERROR_BYTES, _storage_missing),
    _Rule(_ANY_SIZE, _broken_xhtml),
    _Rule(CDN_ERROR_BYTES, _includes_failed),
    _Rule(CDN_ERROR_BYTES, _esi_left),
    _Rule(_STOCK_ERROR_BYTES, _whitelabel_page),
    _Rule(_STOCK_ERROR_BYTES, _oops_page),
    _Rule(_STOCK_ERROR_BYTES, _server_page),
    _Rule(CDN_ERROR_BYTES, _traceback_page),
    _Rule(_INTERNAL_REDIRECT_BYTES, _internal_redirect_left),
    _Rule(_EDGE_CODE_BYTES, _edge_code_answer),
    _Rule(CDN_ERROR_BYTES, _queue_page),
    _Rule(_ANY_SIZE, _software_failed),
    _Rule(_ANY_SIZE, _script_source),
)


def _challenge_answer(fetch: FetchResult, code: int) -> Liveness | None:
    """A bot challenge in place of the answer: its page with a 403, 429 or 503 (:func:`_is_challenge`), or
    its header whatever the status (AWS WAF's CAPTCHA comes with a 405)."""
    if (code in (403, 429, 503) and _is_challenge(fetch)) or _challenge_header(fetch):
        return Liveness(Status.BLOCKED, Cause.BOT_CHALLENGE, f"{_phrase(code)}: bot challenge page")
    return None


def _plain_http_answer(fetch: FetchResult, code: int) -> Liveness | None:
    """A ``400`` for plain HTTP sent to a port that speaks only HTTPS (:func:`plain_http_to_tls_port`)."""
    if (wrong_scheme := plain_http_to_tls_port(code, fetch.body)) is not None:
        return Liveness(Status.ERROR, Cause.HTTP_STATUS, wrong_scheme)
    return None


#: What a hosting platform's own page says when it has switched a whole site off (lower case): its owner
#: stopped it, or its plan or bill ran out ("Error 403 - This web app is stopped.", "Sorry, this shop is
#: currently unavailable.", "This site has been paused", "This deployment is disabled"), sent with a 403 or
#: a 402. A qualifier after the words ("unavailable in your country", "... to visitors from") is a refusal of
#: this reader, not a switched-off site, and is left to the code's meaning.
_SWITCHED_OFF = lazy_re(
    rb"\b(?:web\s?app|app|application|site|website|shop|store|deployment)\s+(?:is|has\s+been|was)\s+"
    rb"(?:currently\s+|temporarily\s+)?(stopped|disabled|paused|deactivated|frozen|closed|unavailable)\b"
    rb"(?![^.<]{0,20}\b(?:in|to|for|from)\s+(?:your|you|visitors|users|readers)\b)"
)
#: The statuses a platform sends such a page with: 403 (the site refused to everyone), 402 (its bill).
_SWITCHED_OFF_CODES = frozenset((402, 403))
#: How far into a small page the words are looked for (a platform's page states them in its title or
#: heading, within its first 2 KB).
_SWITCHED_OFF_HEAD_BYTES = 4_096


def switched_off_site(code: int, body: bytes) -> str | None:
    """What a ``403`` or ``402`` answer's small page (at most :data:`CDN_ERROR_BYTES`) says when it is a
    hosting platform's page for a site it has switched off (:data:`_SWITCHED_OFF` in its first
    :data:`_SWITCHED_OFF_HEAD_BYTES`): the words, as ``"web app is stopped"``; ``None`` for any other. The
    whole site is down on its host's side, for now: no reader is refused (not ``blocked``), and nothing is
    said of the page (not ``dead``). Left alone: a paywall's 402 ("Subscribe to continue reading"), a 403
    that refuses this reader ("unavailable in your country"), the words in a larger page."""
    if code not in _SWITCHED_OFF_CODES or len(body) > CDN_ERROR_BYTES:
        return None
    found = _SWITCHED_OFF.search(body[:_SWITCHED_OFF_HEAD_BYTES].lower())
    if found is None:
        return None
    return b" ".join(found.group(0).split()).decode("latin-1")


def _switched_off_answer(fetch: FetchResult, code: int) -> Liveness | None:
    """A ``403`` or ``402`` that is a hosting platform's page for a site it switched off
    (:func:`switched_off_site`): an error, asked before the code's own meaning."""
    if (said := switched_off_site(code, fetch.body)) is not None:
        return Liveness(
            Status.ERROR,
            Cause.HTTP_STATUS,
            f"{_phrase(code)}: the site's host says the {said}: the whole site is switched off on its"
            " host's side (its owner stopped it, or its plan ran out); not this client refused, nothing said"
            " of the page; try again later",
        )
    return None


def _code_answer(fetch: FetchResult, code: int) -> Liveness | None:
    """A code with a meaning of its own (:data:`CODE_LIVENESS`: 404 dead, 401 blocked, ...); a ``401`` says
    the site asks to sign in (:func:`sign_in_asked`)."""
    if code in CODE_LIVENESS:
        status, cause = CODE_LIVENESS[code]
        return Liveness(status, cause, sign_in_asked(fetch.headers) if code == 401 else _phrase(code))
    return None


#: The scheme a ``WWW-Authenticate`` challenge opens with (RFC 9110 11.6.1: a token), and its realm.
_AUTH_SCHEME = lazy_re(r"\s*([A-Za-z0-9!#$%&'*+.^_`|~-]{1,40})")
_AUTH_REALM = lazy_re(r"""\brealm\s*=\s*(?:"([^"\x00-\x1f\x7f]{0,80})"|([^\s,"]{1,80}))""", re.IGNORECASE)


def sign_in_asked(headers: Mapping[str, str]) -> str:
    """The reason for a ``401``: the site asks this client to sign in, with the scheme and realm its
    ``WWW-Authenticate`` names (``Bearer``, realm 'members'). A ``401`` is the site's own answer whatever its
    body holds (a single sign-on layer may send the whole story with it): reachable, and not verifiable by a
    client that sends no credentials. Without the header (RFC 9110 requires one) it still asks for them."""
    challenge = headers.get("www-authenticate", "")
    scheme = _AUTH_SCHEME.match(challenge)
    realm = _AUTH_REALM.search(challenge)
    how = ""
    if scheme is not None:
        named = (realm.group(1) or realm.group(2)) if realm is not None else None
        how = f" ({scheme.group(1)} authentication" + (f", realm {named!r})" if named else ")")
    return (
        f"{_phrase(401)}: the site asks to sign in{how}; linkcheck sends no credentials, so the page is"
        " reachable and not verifiable"
    )


def _paywall_answer(fetch: FetchResult, code: int) -> Liveness | None:
    """A ``402`` that is a page asking its reader to pay (:func:`payment_wall`): a paywall, not an error."""
    if (paywall := payment_wall(code, fetch.headers, fetch.body)) is not None:
        return Liveness(Status.BLOCKED, Cause.AUTH, paywall)
    return None


def grown_address_refused(code: int, url: str, final_url: str, hops: int) -> str | None:
    """The reason for a ``414 URI Too Long`` that the site's own redirects led to by lengthening the address
    hop after hop (a consent or cookie wall that sends every visitor without its cookie round again,
    appending a token each time), or ``None``. The cited address was short enough; the server built the
    one it refuses, so the page is there behind a wall this client cannot pass: reachable, not verifiable
    (``blocked``, ``consent``), not a fault of the citation. Left alone: a ``414`` to the cited address
    itself (no redirect, or none that lengthened it), which is the citation's own address too long."""
    if code != 414 or hops == 0 or len(final_url) <= len(url):
        return None
    return (
        f"{_phrase(code)} after {hops} redirect{'s' if hops > 1 else ''} that lengthened the address from"
        f" {len(url)} to {len(final_url)} characters: the site sends visitors round a wall (a consent or"
        " cookie wall) until the address is too long; reachable, not verifiable"
    )


def _grown_address_answer(fetch: FetchResult, code: int) -> Liveness | None:
    """A ``414`` the site's own redirects built (:func:`grown_address_refused`): a wall, not an error."""
    reason = grown_address_refused(code, fetch.url, fetch.final_url, len(fetch.redirects))
    return None if reason is None else Liveness(Status.BLOCKED, Cause.CONSENT, reason)


def _server_answer(fetch: FetchResult, code: int) -> Liveness | None:
    """A ``5xx``: the server failed, for now; a ``511`` is the runner's network asking for a sign-in
    (:func:`network_sign_in`), not the site."""
    if not 500 <= code < 600:
        return None
    portal = network_sign_in(code)
    if portal is not None:
        return Liveness(Status.ERROR, Cause.HTTP_STATUS, portal)
    return Liveness(Status.ERROR, Cause.SERVER_ERROR, _phrase(code))


#: What an answer that is not a ``2xx`` (and was not turned into a transport cause by the fetcher) is, asked
#: in this order, the first verdict taken (none: "unexpected <code>", with what a final redirect lacked,
#: :func:`redirect_without_target`). To add one: as for :data:`_SUCCESS_RULES`, a row at its place.
_ANSWER_RULES: tuple[_Rule, ...] = (
    _Rule(_ANY_SIZE, _challenge_answer),
    _Rule(CDN_ERROR_BYTES, _firewall_page),
    _Rule(CDN_ERROR_BYTES, _plain_http_answer),
    _Rule(CDN_ERROR_BYTES, _switched_off_answer),
    _Rule(_ANY_SIZE, _code_answer),
    _Rule(_ANY_SIZE, _paywall_answer),
    _Rule(_ANY_SIZE, _grown_address_answer),
    _Rule(_ANY_SIZE, _server_answer),
)


class _Table(NamedTuple):
    """A chain of :class:`_Rule` rows as :func:`_walk` reads it: the rows, and, for a body longer than every
    row's ``max_bytes`` short of :data:`_ANY_SIZE` (``largest_gate``; a real page, tens of KB, is), the
    judges of the rows with no gate, asked with no comparison at all."""

    rules: tuple[_Rule, ...]
    largest_gate: int
    ungated: tuple[_Judge, ...]


def _table(rules: tuple[_Rule, ...]) -> _Table:
    """``rules`` as :func:`_walk` reads them (see :class:`_Table`), in their order."""
    gates = [rule.max_bytes for rule in rules if rule.max_bytes < _ANY_SIZE]
    ungated = tuple(rule.judge for rule in rules if rule.max_bytes >= _ANY_SIZE)
    return _Table(rules, max(gates, default=-1), ungated)


_SUCCESS_TABLE = _table(_SUCCESS_RULES)
_ANSWER_TABLE = _table(_ANSWER_RULES)


def _walk(table: _Table, fetch: FetchResult, code: int) -> Liveness | None:
    """The first verdict of ``table``'s rules on ``fetch`` (each asked only of a body it can read, see
    :class:`_Rule`), or ``None``."""
    size = len(fetch.body)
    if size > table.largest_gate:  # most pages: only the rules that read any body, no length compared
        for judge in table.ungated:
            if (verdict := judge(fetch, code)) is not None:
                return verdict
        return None
    for max_bytes, judge in table.rules:
        if size <= max_bytes and (verdict := judge(fetch, code)) is not None:
            return verdict
    return None


def payment_wall(code: int, headers: Mapping[str, str], body: bytes) -> str | None:
    """The reason for a ``402 Payment Required`` that is a page asking its reader to pay (a paywall), or
    ``None``. RFC 9110 15.5.3 reserves 402; in use it says one of two things. An outlet's paywall sends it
    with a page for the reader ("Subscribe to continue reading"): the story is there for a subscriber, as
    behind a 401 or a 200 paywall, reachable and not verifiable (``blocked``, ``auth``; added after the seed3
    probe: it was an ``error``, which a nightly ``--state`` counts as a failure of the link, so a paywall
    night brought a dead link's failure forward). A hosting platform's or an API's 402 is a machine's answer
    about the site's own account (a deployment switched off until its bill is paid, in plain text or JSON):
    no page for a reader, left an ``error``. Told apart by the answer being an HTML page (its type, or a body
    opening with markup); a platform's HTML page for a site it switched off ("Sorry, this shop is currently
    unavailable.") is told apart before, by :func:`switched_off_site`, and is an ``error`` too."""
    if code != 402:
        return None
    kind = headers.get("content-type", "").lower()
    html = "html" in kind or (not kind and body.lstrip()[:1] == b"<")
    if not html:
        return None
    return f"{_phrase(code)}: the page asks its reader to pay (a paywall); reachable, not verifiable"


#: How the fetcher says a server took the connection and dropped it before a byte of answer, closing or
#: resetting it (``fetch._describe``), as against refusing it (nothing listens at the address).
_DROPPED_UNANSWERED: tuple[str, ...] = ("closed the connection without a response", "connection reset by ")
#: What a report adds to such a failure's reason.
_DROPPED_NOTE = (
    ": the server took the request and dropped it unanswered, as firewalls refusing automated clients (and"
    " nginx's 444) do; not proof the page is gone, a browser may get it"
)


def dropped_unanswered(reason: str) -> bool:
    """Whether a connection failure's ``reason`` says the server took the connection and then closed or reset
    it without answering (:data:`_DROPPED_UNANSWERED`). Such a host is there and chose not to answer this
    client: firewalls and WAFs refusing automated clients or unknown host names do it (nginx's ``return
    444``), and so does a server whose process dies on the request; none of them says the page is gone, so
    the link warns (``error``) instead of failing as ``dead``. Left alone: a refused connection (nothing
    listens at the address), an aborted one, a name that does not resolve, any other failure."""
    return any(said in reason for said in _DROPPED_UNANSWERED)


#: ``Status.OK``, read once: an attribute read of an enum class costs ~1 k instructions on Python 3.10 and
#: 3.11 (``EnumType.__getattr__``'s hook), and every page that answers is ``ok`` here (cost15).
_OK = Status.OK


def classify_fetch(fetch: FetchResult) -> Liveness:
    """The status of one fetch, before any look at the page's content. A transport failure (``fetch.cause``)
    is read here, its challenge and maintenance pages first (their order matters: a 503's challenge before
    its maintenance words); an HTTP answer by the rules of :data:`_SUCCESS_RULES` (a ``2xx``) or
    :data:`_ANSWER_RULES` (any other code)."""
    code = fetch.status_code
    if fetch.cause is not None:
        status = CAUSE_STATUS.get(fetch.cause, Status.ERROR)
        reason = fetch.error or fetch.cause.value.replace("_", " ")
        if fetch.cause in (Cause.SERVER_ERROR, Cause.RATE_LIMITED) and code is not None:
            if code in (403, 429, 503) and _is_challenge(fetch):
                return Liveness(Status.BLOCKED, Cause.BOT_CHALLENGE, f"{_phrase(code)}: bot challenge page")
            # a site firewall's refusal page, still there after the retries (a security plugin answers 503
            # to the client it limits): the site is up and refuses this client, no server failed
            if code in (403, 429, 503) and (refused := firewall_refusal(fetch.body)) is not None:
                return _firewall_liveness(code, refused)
            if code == 503 and _is_maintenance(fetch):
                # a Retry-After on a maintenance page says when the site is back, not that we asked too often
                after = f" ({fetch.error})" if fetch.error else ""
                return Liveness(
                    Status.ERROR,
                    Cause.SERVER_ERROR,
                    f"{_phrase(code)}: the site says it is down for maintenance; try again later{after}",
                )
            if not fetch.error:
                reason = f"{_phrase(code)} after {fetch.attempts} attempts"
        elif fetch.cause is Cause.CONNECTION and dropped_unanswered(reason):
            return Liveness(Status.ERROR, Cause.CONNECTION, reason + _DROPPED_NOTE)
        return Liveness(status, fetch.cause, reason)
    if code is None:
        return Liveness(Status.ERROR, Cause.INTERNAL, fetch.error or "no response")
    if 200 <= code < 300:
        return _walk(_SUCCESS_TABLE, fetch, code) or Liveness(_OK, None, _phrase(code))
    return _walk(_ANSWER_TABLE, fetch, code) or Liveness(
        Status.ERROR,
        Cause.HTTP_STATUS,
        f"unexpected {_phrase(code)}{redirect_without_target(code, fetch.headers)}",
    )


#: The last segment of a directory's own page (``/story/index.html``): the same address as ``/story/``.
_INDEX_FILE = lazy_re(r"/(?:index|default)\.(?:html?|php|aspx?|jsp)$", re.IGNORECASE)


#: A session id written as a path parameter (``/story;jsessionid=8F3A...``), as old Java servers add it.
_SESSION_PARAMETER = lazy_re(r";(?:jsessionid|phpsessid|sessionid|session_id)=[^/;?]*", re.IGNORECASE)


def _untracked(query: str) -> str:
    """``query`` without tracking and session keys, its pairs in key order (a CMS that rewrites
    ``?section=news&id=5120`` as ``?id=5120&section=news`` names the same page)."""
    if not query:
        return query
    return urlencode(
        sorted(untracked_pairs(parse_qsl(query, keep_blank_values=True)), key=lambda pair: pair[0])
    )


#: A number long enough to be an article's id in its address (``-b1873412.html``, ``/300287461/``).
_LONG_NUMBER = lazy_re(r"\d{5,}")
#: A number of eight digits that reads as a day (``/20190612/``): a date in the address, no article's id.
_DAY_NUMBER = lazy_re(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _same_id_new_slug(a: str, b: str) -> bool:
    """Whether paths ``a`` and ``b`` (normalised) differ only in their slugs around the same article id: the
    same segments but for words, and the same numbers of five digits or more, one of them no date
    (``/news/uk/night-ferries-b1873412.html`` -> ``/news/uk/harbour-authority-approves-...-b1873412.html``,
    ``/national/300287461/tolls-to-go`` -> ``/national/300287461/harbour-crossing-tolls-end``). The CMS
    finds the article by its id and rewrites the slug to the headline's: the old address keeps working.
    A date alone (``/news/20190612/a`` -> ``/news/20190612/b``) names no article; an id reused for another
    story is caught by its title, which drops the move (:func:`move_stands`)."""
    ids = _LONG_NUMBER.findall(a)
    if not ids or ids != _LONG_NUMBER.findall(b) or all(_DAY_NUMBER.fullmatch(n) for n in ids):
        return False
    sa, sb = a.split("/"), b.split("/")
    return len(sa) == len(sb) and all(
        x == y or (not x.isdigit() and not y.isdigit()) for x, y in zip(sa, sb, strict=True)
    )


def _trivially_same(a: str, b: str) -> bool:
    """Same page but for http->https, a ``www.`` prefix, a trailing slash, the default port, the case of the
    path (``/News/Story`` -> ``/news/story``), a directory's index file (``/story/index.html`` ->
    ``/story/``), tracking parameters (``?utm_source=...``, ``?CMP=share_btn_tw``) or a session id
    (``;jsessionid=...``, ``?PHPSESSID=...``) dropped, the query's parameters put in another order, or a slug
    rewritten around the same article id (:func:`_same_id_new_slug`)."""

    def norm(url: str) -> tuple[str, str, str]:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().removeprefix("www.")
        path = _SESSION_PARAMETER.sub("", parts.path) if ";" in parts.path else parts.path
        if "index." in path or "default." in path:
            path = _INDEX_FILE.sub("", path)
        return host, path.rstrip("/").lower() or "/", _untracked(parts.query)

    na, nb = norm(a), norm(b)
    return na == nb or (na[0] == nb[0] and na[2] == nb[2] and _same_id_new_slug(na[1], nb[1]))


def _index_file_named(cited: str, target: str) -> bool:
    """Whether ``target`` is ``cited`` with the directory's index file named (``/report/`` ->
    ``/report/index.html``): the server's own spelling of the same address, which the cited one reaches and
    which is the better to keep; no move to offer (host53: a 301 there was offered as "update the citation to
    .../index.html"). Costs two substring tests for any other target."""
    if "index." not in target and "default." not in target:
        return False
    a, b = urlsplit(cited), urlsplit(target)
    return (
        (a.scheme, a.netloc.lower(), a.query) == (b.scheme, b.netloc.lower(), b.query)
        and _INDEX_FILE.search(b.path) is not None
        and _INDEX_FILE.sub("", b.path).rstrip("/") == a.path.rstrip("/")
    )


def moved_finding(fetch: FetchResult) -> Finding | None:
    """A ``moved`` finding when the chain starts with a permanent redirect to a different URL.

    Only permanent redirects (301, 308) say "update your link"; temporary ones (302, 303, 307) are recorded in
    ``redirects`` but not reported. A refresh from a page that says the site moved (a hop whose
    ``declared_move`` is set: "We have moved", "Ens hem traslladat!") says it too (rot56).
    A move that only upgrades to HTTPS, adds or drops ``www.`` or a trailing
    slash, changes the path's case, drops a directory's index file or tracking parameters, or rewrites the
    slug around the same article id, is reported with ``info`` severity.
    """
    if not fetch.redirects:
        return None
    lookalike = _lookalike_hop(fetch)
    if fetch.redirects[0].declared_move and lookalike is None:
        # a page that says the site moved and refreshes to the new address (rot56): its words are its 301
        target = fetch.redirects[0].url
        if target == fetch.url:
            return None
        cite = citable(target)
        return Finding(
            kind=FindingKind.MOVED,
            severity=Severity.INFO if _trivially_same(fetch.url, target) else Severity.WARN,
            message=f"the page says the site moved and refreshes to the new address; update the citation to"
            f" {cite}",
            expected=fetch.url,
            actual=cite,
        )
    if fetch.redirects[0].status not in (301, 308):
        if lookalike is None:
            return None
        return _lookalike_warning(
            f"redirected to a look-alike host, {lookalike[1]}: check that it is the cited site",
            fetch.url,
            lookalike[0],
        )
    # Follow the permanent part of the chain: that is the address the citation should use now.
    target = fetch.url
    for hop in fetch.redirects:
        if hop.status not in (301, 308):
            break
        target = hop.url
    if target == fetch.url or _index_file_named(fetch.url, target):
        return None
    trivial = _trivially_same(fetch.url, target)
    cite = citable(target)
    if lookalike is not None:
        return _lookalike_warning(
            f"permanently redirected to a look-alike host, {lookalike[1]}: check that it is the cited"
            f" site before updating the citation to {cite}",
            fetch.url,
            cite,
        )
    return Finding(
        kind=FindingKind.MOVED,
        severity=Severity.INFO if trivial else Severity.WARN,
        message=f"permanently redirected; update the citation to {cite}",
        expected=fetch.url,
        actual=cite,
    )


def _lookalike_hop(fetch: FetchResult) -> tuple[str, str] | None:
    """The first hop of ``fetch``'s redirects to a host other than the cited one whose name is a look-alike's
    (:func:`hostkey.lookalike_host`), with the host as a message names it (what it spells, its scripts).
    A redirect to ``xn--ferr-y6d.test`` whose page read right passed with nothing said: the punycode hides
    a Cyrillic letter in 'ferry'. A hop to an ASCII name costs an ``isascii`` and two substring tests
    (:func:`_lookalike_in`)."""
    cited = (urlsplit(fetch.url).hostname or "").lower()
    for hop in fetch.redirects:
        shown = _lookalike_in(hop.url)
        if shown is not None and shown[0] != cited:
            return hop.url, shown[1]
    return None


def _lookalike_warning(message: str, cited: str, actual: str | None = None) -> Finding:
    """The ``moved`` warning a look-alike host gets (a redirect's hop, the cited host, the page's own
    address): ``actual`` is the address reached, or ``None`` where there is none to cite."""
    return Finding(
        kind=FindingKind.MOVED, severity=Severity.WARN, message=message, expected=cited, actual=actual
    )


def lookalike_named(cited: str, fetch: FetchResult | None, own: str | None) -> Finding | None:
    """A warning when the cited address's host is a look-alike's (:func:`hostkey.lookalike_host`), or, else,
    when the address the page gives as its own is on a look-alike host other than the one it was read at:
    ``own`` (its canonical link or ``og:url``), or a ``Link`` header's ``rel=canonical``. The message spells
    the host out with its scripts and offers no address to cite. A citation of ``xn--ferr-y6d.lan`` whose
    page read right passed with nothing said (only a redirect's hop there warned), and a canonical on a
    look-alike host was never mentioned. Costs an ``isascii`` and a substring test an address."""
    shown = _lookalike_in(cited)
    if shown is not None:
        return _lookalike_warning(
            f"the cited address is on a look-alike host, {shown[1]}: check that it is the site the article"
            " means, and cite the site's own address",
            cited,
        )
    header = fetch.headers.get("link", "") if fetch is not None else ""
    named = [(own, "its canonical address")] if own else []
    if header and "canonical" in header.lower():
        named += [(url, "its Link header's canonical") for url in _LINK_CANONICAL.findall(header)]
    for url, what in named:
        shown = _lookalike_in(url)
        if shown is None:
            continue
        read_at = (urlsplit(fetch.final_url if fetch is not None else cited).hostname or "").lower()
        if shown[0] != read_at:
            return _lookalike_warning(
                f"the page gives {what} on a look-alike host, {shown[1]}: check that it is the cited"
                " site (the address is not one to cite)",
                cited,
            )
    return None


#: A ``Link`` header's target whose parameters give ``rel=canonical`` (RFC 8288), quoted or not.
_LINK_CANONICAL = lazy_re(r'<([^>]*)>[^,<]*?;\s*rel\s*=\s*"?[^",]*\bcanonical\b', re.IGNORECASE)


def _lookalike_in(url: str) -> tuple[str, str] | None:
    """``url``'s host (lower case) and its name as a message gives it, when it is a look-alike's."""
    netloc = url.partition("//")[2].partition("/")[0]
    if netloc.isascii() and "n--" not in netloc and "N--" not in netloc:
        return None  # most hosts: ASCII, no punycode (a path beyond ASCII is no host's)
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    shown = lookalike_host(host)
    return None if shown is None else (host.lower(), shown)


def citable(url: str) -> str:
    """``url`` as a citation should give it: without the tracking and session parameters a redirect may add
    (``?utm_source=legacy&utm_medium=redirect``, ``?fbclid=...``, ``?PHPSESSID=...``), the other parameters
    kept in their order, the fragment kept (it may name a part of the page). ``url`` itself when it holds
    none of them. Nor with a userinfo (``http://harbour-gazette.example@evil.example/``, ``user:pass@``): no
    citation gives one, and a host name put there makes the address read as that host's (a phishing trick a
    redirect may play); the address offered is the host's that answered. Costs a substring test for a URL
    without ``@``."""
    parts = urlsplit(url)
    if "@" in parts.netloc:
        url = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
        parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = untracked_pairs(pairs)
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))


def canonical_undoes_move(moved: Finding, canonical_url: str | None) -> bool:
    """Whether a permanent redirect led to a copy of the cited page that names the cited address as its own
    canonical one, so that ``moved``'s advice ("update the citation to <the redirect's end>") is wrong: the
    outlet's AMP copy (``/2024/05/02/story`` -> ``/amp/2024/05/02/story``, ``story.amp.html``, an ``amp.``
    host) or a mirror (the same path on another name), whose ``<link rel="canonical">`` is the cited address,
    says the address to cite is still the cited one. Added after the seed4 probe, where the move to the AMP
    copy warned. Only for a move that warns (``moved.expected`` the cited address, ``moved.actual`` another)
    to a copy (:func:`_copy_path`): a move to another path (a section added, a group's domain with the paper's
    name in the path) stays a move whatever the new page's canonical says (a template left pointing at the old
    address); one that only adds HTTPS or drops ``utm_*`` (``info``) still says so; a canonical naming the
    new address, another page, or none leaves it."""
    if (
        moved.severity is not Severity.WARN
        or not canonical_url
        or moved.expected is None
        or moved.actual is None
    ):
        return False
    cited = urlsplit(moved.expected).path.rstrip("/").lower()
    return _copy_path(urlsplit(moved.actual).path) == cited and _trivially_same(moved.expected, canonical_url)


def _copy_path(path: str) -> str:
    """``path`` without an AMP copy's marks (an ``amp`` segment anywhere, ``.amp`` before the last segment's
    extension or ending it), in lower case and without a trailing slash: a copy's path is its original's."""
    segments = [seg for seg in path.lower().split("/") if seg != "amp"]
    if ".amp" in segments[-1]:
        segments[-1] = re.sub(r"\.amp(?=\.[a-z0-9]+$|$)", "", segments[-1])
    return "/".join(segments).rstrip("/")


def move_stands(status: Status, findings: Sequence[Finding]) -> bool:
    """Whether a ``moved`` finding's advice ("update the citation to ...") holds: only when the page the
    redirects lead to is the cited page. Not when it is no page at all (a soft 404: the front page, a section,
    an error page), nor when its title is not the cited title (an old URL sent to another story), nor when
    its publication date fails the cited one (an old id sent to another year's story under the same stock
    headline, "Council sets budget for the year ahead"), nor when its site fails the cited outlet (an old
    address sent to another site's page about the story: a news aggregator's cluster that links to it), nor
    when a note says the page is not the story but something that holds it (a whole print issue's PDF: its
    note, the one unchecked title that warns, says to cite the story's own page, which a move to the issue
    would contradict). The redirects stay in the result (``redirects``, ``final_url``) either way."""
    if status is not Status.OK:
        return False
    return not any(_move_fails(f) for f in findings)


def _move_fails(finding: Finding) -> bool:
    """Whether ``finding`` says the page a redirect led to is not the cited story (:func:`move_stands`): any
    title mismatch, a failing date or outlet, or a warning that the title could not be checked (the page a
    whole issue). An informational unchecked title (a PDF without a title) or a warned date leaves it."""
    kind, severity = finding.kind, finding.severity
    if kind is FindingKind.TITLE_MISMATCH:
        return True
    if kind in (FindingKind.DATE_MISMATCH, FindingKind.OUTLET_MISMATCH):
        return severity is Severity.FAIL
    return kind is FindingKind.TITLE_UNCHECKED and severity is not Severity.INFO
