"""The thirty-fifth hostile round's rules, on small strings and byte strings, with what each leaves alone:

- a Python traceback sent as a 2xx page is the site's application failing, not the page
  (``classify.python_traceback``; ``/python-traceback-200`` was ``ok``);
- an empty 2xx answer that carries an internal redirect's header (``X-Accel-Redirect``, ``X-Sendfile``) is
  the site's server setup failing to send the page, not a page that is gone
  (``classify.unserved_internal_redirect``; ``/x-accel-redirect-leak`` was ``soft_404``);
- a bot-defence service's "Pardon Our Interruption" wall is a bot challenge
  (``classify.CHALLENGE_MARKS_AS_SENT`` and ``CHALLENGE_MARKERS``; ``/pardon-interruption-200`` was ``ok``);
- a wiki's notice that no article of the name exists (an element with the class ``noarticletext``) served 200
  is a not-found page (``pagebody.wiki_missing_article``; ``/mediawiki-no-text-200`` was ``ok``);
- in a page longer than the parse window, a ``<style>`` of more than 64 KiB (inlined web fonts) is left out
  of the window, so the title after it is read (``checker.parse_window``; ``/inline-font-before-title`` had
  no title).
"""

from __future__ import annotations

import pytest

from linkcheck.checker import ELIDED_STYLE_BYTES, PARSE_BYTES, parse_window
from linkcheck.classify import (
    CDN_ERROR_BYTES,
    classify_fetch,
    python_traceback,
    unserved_internal_redirect,
)
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, FetchResult, Status
from linkcheck.pagebody import body_signal, wiki_missing_article

_URL = "https://harbour-gazette.org/2020/01/09/ferry-timetable"

_STORY = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Ferry timetable changes</title></head>"
    b"<body><h1>Ferry timetable changes</h1><p>The ferry runs five times a day from Monday.</p></body></html>"
)


def _answer(
    body: bytes, code: int = 200, content_type: str = "text/html; charset=utf-8", **headers: str
) -> FetchResult:
    fields = {"content-type": content_type, **{k.replace("_", "-").lower(): v for k, v in headers.items()}}
    return FetchResult(url=_URL, final_url=_URL, status_code=code, body=body, headers=fields)


# --- a Python traceback as the page -------------------------------------------------------------------------

_TRACEBACK = (
    b"Traceback (most recent call last):\n"
    b'  File "/srv/app/views.py", line 88, in story\n'
    b'    article = ARTICLES[request.args["slug"]]\n'
    b"KeyError: 'slug'\n"
)


@pytest.mark.parametrize(
    "body",
    [
        _TRACEBACK,
        b"\n\n" + _TRACEBACK.replace(b"\n", b"\r\n"),
        b"<pre>" + _TRACEBACK + b"</pre>",
        b"<html><body><pre>" + _TRACEBACK + b"</pre></body></html>",
        b'Traceback (most recent call last):<br>\n  File "/srv/app.py", line 3, in <module><br>\n',
    ],
)
def test_a_traceback_at_a_small_pages_start_is_no_page(body: bytes) -> None:
    assert python_traceback(body)


@pytest.mark.parametrize(
    "body",
    [
        b"<html><head><title>Debugging a KeyError</title></head><body><pre>" + _TRACEBACK + b"</pre>",
        b"<p>" + b"x" * 600 + b"</p>" + _TRACEBACK,  # further down than 512 bytes: a page quoting it
        b"Traceback (most recent call last): is what Python prints first.",  # no frame after it
        _TRACEBACK + b" " * CDN_ERROR_BYTES,  # a larger page
        _STORY,
    ],
)
def test_python_traceback_leaves_alone(body: bytes) -> None:
    assert not python_traceback(body)


def test_a_traceback_served_200_is_an_error() -> None:
    verdict = classify_fetch(_answer(_TRACEBACK))
    assert (verdict.status, verdict.cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "traceback" in verdict.reason


# --- an internal redirect no front server carried out ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("X-Accel-Redirect", b""),
        ("X-Sendfile", b"\r\n"),
        ("X-LiteSpeed-Location", b"  "),
        ("X-Lighttpd-Send-File", b""),
    ],
)
def test_an_empty_answer_with_an_internal_redirect_is_the_servers_failure(name: str, body: bytes) -> None:
    headers = {name.lower(): "/internal/2020/01/09/ferry.html"}
    said = unserved_internal_redirect(headers, body)
    assert said is not None
    assert "/internal/2020/01/09/ferry.html" in said
    verdict = classify_fetch(_answer(body, **{name: "/internal/2020/01/09/ferry.html"}))
    assert (verdict.status, verdict.cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "empty" in verdict.reason
    assert "internal redirect" in verdict.reason


def test_an_internal_redirect_header_over_a_body_is_left_alone() -> None:
    # the front sent the file and passed the header on: the page is there
    assert unserved_internal_redirect({"x-accel-redirect": "/internal/a.html"}, _STORY) is None
    verdict = classify_fetch(_answer(_STORY, X_Accel_Redirect="/internal/a.html"))
    assert verdict.status is Status.OK


def test_an_empty_answer_without_one_is_left_to_the_empty_page_rule() -> None:
    assert unserved_internal_redirect({"x-powered-by": "PHP"}, b"") is None
    assert classify_fetch(_answer(b"")).status is Status.OK  # the body's rules say it is empty (soft_404)
    signal = body_signal(_URL, _URL, b"", None)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


# --- a bot wall titled "Pardon Our Interruption" ------------------------------------------------------------

_PARDON = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Pardon Our Interruption</title></head>"
    b"<body><h1>Pardon Our Interruption</h1><p>As you were browsing something about your browser made us"
    b" think you were a bot.</p></body></html>"
)


@pytest.mark.parametrize("code", [200, 403])
def test_a_pardon_our_interruption_wall_is_a_bot_challenge(code: int) -> None:
    verdict = classify_fetch(_answer(_PARDON, code))
    assert (verdict.status, verdict.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE)


@pytest.mark.parametrize(
    "body",
    [
        # a story whose title begins with the words
        _STORY.replace(
            b"Ferry timetable changes</title>", b"Pardon our interruption: ferries resume</title>"
        ),
        # the words in a story's text
        _STORY.replace(b"<p>The ferry", b"<p>Pardon Our Interruption, said the sign. The ferry"),
        # the wall's title beyond a page's first 2 KiB (a story quoting its markup)
        _STORY.replace(
            b"<p>", b"<p>" + b"x" * 2_100 + b"<code><title>Pardon Our Interruption</title></code>"
        ),
    ],
)
def test_the_walls_title_leaves_alone(body: bytes) -> None:
    assert classify_fetch(_answer(body)).status is Status.OK


# --- a wiki's page for a missing article --------------------------------------------------------------------

_WIKI = (
    b"<!DOCTYPE html><html><head><title>Ferry timetable - Harbour Wiki</title></head><body><h1>Ferry"
    b' timetable</h1><div class="noarticletext mw-content-ltr" lang="en"><p>There is currently no text in'
    b" this page.</p></div></body></html>"
)


@pytest.mark.parametrize(
    "body",
    [
        _WIKI,
        _WIKI.replace(b'class="noarticletext mw-content-ltr"', b"class='mw-content-ltr noarticletext'"),
        _WIKI.replace(b'<div class="noarticletext', b'<DIV id=x CLASS="noarticletext'),
        _WIKI.replace(b'class="noarticletext mw-content-ltr"', b"class=noarticletext"),
    ],
)
def test_a_wikis_missing_article_notice_is_a_not_found_page(body: bytes) -> None:
    assert wiki_missing_article(body)
    signal = body_signal(_URL, _URL, body, None)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "no text" in signal[1]


@pytest.mark.parametrize(
    "body",
    [
        _STORY,
        _STORY.replace(b"<p>The ferry", b"<p>The skin styles .noarticletext in grey. The ferry"),  # text
        _WIKI.replace(b'class="noarticletext mw-content-ltr"', b'id="noarticletext"'),  # another attribute
        _WIKI.replace(b"noarticletext mw", b"noarticletextual mw"),  # another class
        b"<a" * 50_000 + b" noarticletext",  # no tag with the class: bounded, no match
    ],
)
def test_wiki_missing_article_leaves_alone(body: bytes) -> None:
    assert not wiki_missing_article(body)


# --- a huge <style> before the title ------------------------------------------------------------------------


def _with_style(css_bytes: int, title: bytes = b"Tide gauge on the east pier reads again") -> bytes:
    return (
        b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><style>@font-face{src:url(data:font/woff2;"
        b"base64," + b"A" * css_bytes + b")}</style><title>" + title + b"</title></head><body><p>The gauge"
        b" reads again.</p></body></html>"
    )


def test_a_style_larger_than_the_window_is_left_out_and_the_title_read() -> None:
    page = _with_style(PARSE_BYTES + 200_000)
    window = parse_window(page, 0)
    assert len(window) <= PARSE_BYTES
    assert b"<style>" in window
    assert b"</style><title>Tide gauge" in window
    assert b"A" * 100 not in window
    assert extract_metadata(page[:PARSE_BYTES], _URL, {}).title is None  # the plain slice: no title
    assert extract_metadata(window, _URL, {}).title == "Tide gauge on the east pier reads again"


def test_a_large_style_in_a_page_past_the_window_is_left_out_among_small_ones() -> None:
    small = b"<style>p{color:#123}</style>" * 10
    page = small + _with_style(ELIDED_STYLE_BYTES + 1, b"T") + b"<p>" + b"z" * PARSE_BYTES + b"</p>"
    window = parse_window(page, 0)
    assert window.startswith(small)  # the small styles kept
    assert b"A" * 100 not in window
    assert b"<title>T</title>" in window
    assert len(window) == PARSE_BYTES


@pytest.mark.parametrize(
    "page",
    [
        _with_style(ELIDED_STYLE_BYTES + 1),  # fits the window: sliced as before
        b"<style>"
        + b"a" * ELIDED_STYLE_BYTES
        + b"</style><title>T</title>"
        + b"z" * PARSE_BYTES,  # at the limit
        _with_style(PARSE_BYTES).replace(b"</style>", b""),  # a style with no end: nothing after it to reach
        # a script of data (JSON-LD) of any size (a JavaScript one before the title is left out since the
        # thirty-sixth round: tests/test_hostile_rules36.py)
        _with_style(PARSE_BYTES)
        .replace(b"<style>", b"<script type=application/ld+json>")
        .replace(b"</style>", b"</script>"),
    ],
)
def test_parse_window_leaves_alone(page: bytes) -> None:
    assert parse_window(page, 0) == page[:PARSE_BYTES]


def test_the_window_starts_where_it_is_asked_to() -> None:
    page = b" " * 10 + _with_style(PARSE_BYTES)
    window = parse_window(page, 10)
    assert window.startswith(b"<!DOCTYPE html>")
    assert b"<title>Tide gauge" in window
