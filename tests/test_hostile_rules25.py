"""The twenty-fifth hostile round's rules, on small strings and byte strings, with what each leaves alone:

- a 2xx body that is itself an HTTP/1.x answer (status line, headers, then the page: a proxy that wrapped the
  answer twice) is an ``error`` naming its status line (``classify.answer_in_body``; ``/http-answer-in-body``
  passed as a page);
- a 2xx body that is an HTML document base64-encoded (an API gateway's) is an ``error`` saying base64
  (``classify.base64_markup``; ``/body-base64-html`` passed as a page with no title);
- a Chinese web application firewall's "your request ... intercepted" is a firewall's refusal, ``blocked``
  (``classify.refusal_zh`` in ``firewall_refusal``; ``/waf-block-zh`` passed);
- an apology ("We're sorry.") and the advice after an error ("Check back in a minute.") are filler pieces
  (``soft404._FILLER_PHRASES``), and a heading of filler only is no headline (``soft404.names_nothing`` in
  ``pagebody._headless``): a maintenance page served 200 and a region block under "We're sorry." passed;
- a run of zero-width characters is dropped from a title before it is cut to length
  (``extract.titles._ZERO_WIDTH_RUN`` in ``clean_text``; ``/title-zwj-flood`` was read as 1,000 joiners);
- a page labelled UTF-8 whose only invalid bytes are overlong two-byte sequences is read as UTF-8, not
  handed to detection (``extract.decode.overlong_only``; ``/title-overlong-utf8`` was read as a Baltic code
  page).
"""

from __future__ import annotations

import base64

import pytest

from linkcheck import check
from linkcheck.classify import answer_in_body, base64_markup, firewall_refusal, refusal_zh
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.extract.decode import decode_html, overlong_only
from linkcheck.extract.titles import clean_text
from linkcheck.models import Cause, Citation, FetchResult, Status
from linkcheck.soft404 import names_nothing
from tests.test_checker import FakeFetcher

_URL = "https://harbour-gazette.org/2020/01/09/ferry-timetable"
_PAGE = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Ferry timetable changes</title></head>"
    b"<body><h1>Ferry timetable changes</h1><p>The ferry runs five times a day.</p></body></html>"
)


def _fetch(status: int, body: bytes, content_type: str = "text/html; charset=utf-8") -> FetchResult:
    return FetchResult(
        url=_URL, final_url=_URL, status_code=status, headers={"content-type": content_type}, body=body
    )


def _report(
    status: int, body: bytes, content_type: str = "text/html; charset=utf-8"
) -> tuple[Status, Cause | None, str]:
    fetcher = FakeFetcher(lambda u: _fetch(status, body, content_type))
    (result,) = check(
        [Citation(url=_URL, title="Ferry timetable changes")], Config(), fetcher=fetcher
    ).results
    return result.status, result.cause, result.reason


def test_the_plain_page_passes() -> None:
    # the pages below differ from this one only in what the rule reads
    assert _report(200, _PAGE)[0] is Status.OK


# --- an HTTP answer as the body ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + _PAGE, "HTTP/1.1 200 OK"),
        (b"\r\nHTTP/1.0 404 Not Found\nServer: x\n\n<html></html>", "HTTP/1.0 404 Not Found"),
        (b"HTTP/1.1 301 Moved Permanently\r\nLocation: /x\r\n\r\n", "HTTP/1.1 301 Moved Permanently"),
    ],
)
def test_a_body_that_is_an_http_answer_is_named(body: bytes, line: str) -> None:
    assert answer_in_body(body) == line


@pytest.mark.parametrize(
    "body",
    [
        _PAGE,
        b"<pre>HTTP/1.1 200 OK\r\nContent-Type: text/html</pre>",  # a page quoting one
        b"HTTP/1.1 is the protocol this note is about.\nServer: a header's name",  # no status line
        b"HTTP/1.1 200 OK\r\n\r\n<html></html>",  # a status line with no header after it
        b"HTTP/2 200\r\ncontent-type: text/html\r\n\r\n",  # not HTTP/1.x's status line
        b"   HTTP/1.1 200 OK\r\nServer: x\r\n\r\n",  # spaces are no line end before it
    ],
)
def test_bodies_that_are_no_http_answer_are_left_alone(body: bytes) -> None:
    assert answer_in_body(body) is None


def test_an_http_answer_served_as_the_body_is_an_error_naming_its_status_line() -> None:
    body = b"HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n" + _PAGE
    status, cause, reason = _report(200, body)
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "'HTTP/1.1 200 OK'" in reason
    assert "HTTP answer" in reason


# --- a base64-encoded page --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        _PAGE,
        b"<!doctype html><title>x</title>",
        b"<html><head><title>x</title></head></html>",
        b"<HTML><HEAD><TITLE>x</TITLE></HEAD></HTML>",
        b"\xef\xbb\xbf<!DOCTYPE html><title>x</title>",  # with a byte order mark
        b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>',
    ],
)
def test_a_page_base64_encoded_is_read_as_such(page: bytes) -> None:
    assert base64_markup(base64.b64encode(page))


@pytest.mark.parametrize(
    "body",
    [
        _PAGE,
        base64.b64encode(b"Plain words, not markup at all, just text"),  # decodes to text, not markup
        b"Please find the report attached below.",  # begins with P, is no base64
        base64.b64encode(b"<p>a fragment</p> of a page"),  # markup, but no document's start
        b"PCFET0NU",  # under 16 bytes
        b"PGh0bW",  # under 16 bytes
    ],
)
def test_bodies_that_are_no_encoded_page_are_left_alone(body: bytes) -> None:
    assert not base64_markup(body)


def test_a_base64_encoded_page_served_200_is_an_error_saying_base64() -> None:
    status, cause, reason = _report(200, base64.b64encode(_PAGE), "text/html")
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "base64" in reason


# --- a Chinese firewall's block page ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "您的请求已被网站防火墙拦截",
        "您的访问被阻断",
        "您的请求带有不合法参数，已被网站管理员设置拦截",
        "很抱歉，由于您访问的URL有可能对网站造成安全威胁，您的访问被阻断",
    ],
)
def test_a_chinese_firewall_s_sentence_is_its_refusal(sentence: str) -> None:
    body = f"<html><head><meta charset=utf-8><title>拦截</title></head><body><p>{sentence}</p></body></html>"
    said = refusal_zh(body.encode())
    assert said is not None
    assert said.startswith("您的")
    assert firewall_refusal(body.encode()) is not None


@pytest.mark.parametrize(
    "text",
    [
        "黑客攻击被网站防火墙拦截",  # a story: a firewall stopped an attack; no "your request"
        "您的请求已收到。我们会尽快回复。文章被拦截",  # "your request" and "intercepted" in other sentences
        "您的请求<b>已被</b>网站防火墙拦截",  # split by markup
        "您的请求已提交",  # "your request was submitted"
    ],
)
def test_chinese_pages_that_refuse_nothing_are_left_alone(text: str) -> None:
    body = f"<html><head><meta charset=utf-8></head><body><p>{text}</p></body></html>".encode()
    assert refusal_zh(body) is None


def test_a_chinese_firewall_s_page_served_200_is_blocked() -> None:
    body = (
        "<html><head><meta charset=utf-8><title>访问被拦截</title></head><body>"
        "<h1>您的请求已被网站防火墙拦截</h1><p>事件ID：7f3a</p></body></html>"
    ).encode()
    status, cause, reason = _report(200, body)
    assert (status, cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE), reason
    assert "firewall" in reason


def test_a_chinese_story_about_a_firewall_is_left_alone() -> None:
    body = (
        "<html><head><meta charset=utf-8><title>Ferry timetable changes</title></head><body>"
        "<h1>Ferry timetable changes</h1><p>黑客攻击被网站防火墙拦截。</p></body></html>"
    ).encode()
    assert _report(200, body)[0] is Status.OK


# --- headings that name nothing; an error's advice --------------------------------------------------------


@pytest.mark.parametrize("heading", ["We're sorry.", "We are sorry!", "Oops!", "Sorry", "We apologize"])
def test_an_apology_names_nothing(heading: str) -> None:
    assert names_nothing(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "We're sorry we missed the deadline",  # a headline that begins with an apology
        "Check back in a minute for live results",
        "Ferry timetable changes",
        "Page not found",  # an error title, not filler
    ],
)
def test_headings_with_words_of_their_own_name_something(heading: str) -> None:
    assert not names_nothing(heading)


def test_a_maintenance_heading_with_its_advice_is_the_site_down_for_now() -> None:
    body = (
        b"<html><head><title>Maintenance</title></head><body><h1>Briefly unavailable for scheduled"
        b" maintenance. Check back in a minute.</h1></body></html>"
    )
    status, cause, reason = _report(200, body)
    assert (status, cause) == (Status.ERROR, Cause.SERVER_ERROR), reason
    assert "maintenance" in reason


def test_a_story_about_maintenance_is_left_alone() -> None:
    body = (
        b"<html><head><title>Bridge closed for scheduled maintenance. Ferries run all night</title>"
        b'<meta property="article:published_time" content="2020-01-09T10:00:00Z"></head><body>'
        b"<h1>Bridge closed for scheduled maintenance. Ferries run all night</h1><p>The bridge shuts.</p>"
        b"</body></html>"
    )
    assert _report(200, body)[0] is Status.OK


def test_a_region_block_under_an_apology_is_blocked() -> None:
    body = (
        b"<html><head><title>Harbour Gazette</title></head><body><h1>We're sorry.</h1><p>This website is"
        b" unavailable in your location. It is unavailable to visitors from the European Economic Area."
        b"</p></body></html>"
    )
    status, cause, reason = _report(200, body)
    assert (status, cause) == (Status.BLOCKED, Cause.LEGAL), reason


def test_a_story_under_a_headline_about_regions_is_left_alone() -> None:
    body = (
        b"<html><head><title>Ferry timetable changes</title></head><body><h1>Ferry timetable changes</h1>"
        b"<p>The new timetable is unavailable in your location's library until Monday.</p></body></html>"
    )
    assert _report(200, body)[0] is Status.OK


# --- zero-width runs in titles ----------------------------------------------------------------------------


def test_a_run_of_zero_width_characters_leaves_a_title() -> None:
    assert clean_text("\u200d" * 10_000 + "Ferry timetable changes") == "Ferry timetable changes"
    assert clean_text("Ferry\u200b\u200b\u200btimetable") == "Ferrytimetable"
    assert clean_text("\ufeff\ufeffFerry") == "Ferry"


@pytest.mark.parametrize(
    "title",
    [
        "Family \U0001f468\u200d\U0001f469\u200d\U0001f467 day at the harbour",  # an emoji's joiners
        "\u0d15\u0d7d\u200d\u0d2a\u0d4d\u0d2a\u0d3e\u0d32\u0d02",  # one joiner in Malayalam
        "Ferry\u200btimetable",  # one zero-width space
    ],
)
def test_single_zero_width_characters_are_kept(title: str) -> None:
    assert clean_text(title) == title


def test_a_title_behind_ten_thousand_joiners_is_read() -> None:
    page = (
        "<html><head><title>" + "\u200d" * 10_000 + "Ferry timetable changes</title></head></html>"
    ).encode()
    assert extract_metadata(page, _URL, {"content-type": "text/html; charset=utf-8"}).title == (
        "Ferry timetable changes"
    )


# --- overlong UTF-8 ---------------------------------------------------------------------------------------


def test_overlong_sequences_alone_keep_a_utf8_label() -> None:
    body = b"<meta charset=utf-8><title>Ferry \xc0\xbcscript\xc0\xbe</title>"
    assert overlong_only(body)
    text = decode_html(body)
    assert "Ferry \ufffd\ufffdscript\ufffd\ufffd" in text
    assert "<script>" not in text


@pytest.mark.parametrize(
    "body",
    [
        b"<meta charset=utf-8><title>Caf\xe9 \xc0\xbc</title>",  # a windows-1252 byte besides
        b"<meta charset=utf-8><title>Caf\xe9</title>",  # no overlong sequence
        "<meta charset=utf-8><title>Café</title>".encode(),  # valid UTF-8
    ],
)
def test_other_invalid_bytes_are_not_overlong_only(body: bytes) -> None:
    assert not overlong_only(body)


def test_a_mislabelled_legacy_page_is_still_detected() -> None:
    # a short windows-1251 page labelled UTF-8: detection, as before
    body = "<meta charset=utf-8><title>Паром ходит чаще с понедельника</title>".encode("windows-1251")
    assert "Паром" in decode_html(body)
