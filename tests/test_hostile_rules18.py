"""The eighteenth hostile round's rules, each on small answers and strings, with what it leaves alone:

- interim (1xx) answers are skipped up to 256 KiB of them together (``headers.MAX_INTERIM_BYTES``), not up to
  a count of 20: 1,000 small ``103 Early Hints`` before a page browsers show were an error;
- a head cut short after a status line holding a bare CR says that its lines end with bare CRs
  (``headers._cut_short``): the message said only that the connection ended within the header block;
- ``<meta charset=x-user-defined>`` is windows-1252, as the HTML standard's prescan reads it
  (``decode._META_LABELS``); the page was read by a detector's guess (windows-1257: ``á`` as ``į``);
- a page whose head holds no ``<title>`` (or a blank one) is titled by its first HTML ``<title>`` wherever it
  stands, as ``document.title`` is (``core._first_title``): a title after the head, one after 100,000 nested
  ``<div>`` s (past libxml2's depth), and one of 50,000 ``&#32;`` before its words (cut at 5,000 characters
  before its white space was collapsed) were read as none.
"""

from __future__ import annotations

import http.client

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.core import _first_title
from linkcheck.extract.decode import decode_html, header_charset, meta_charset
from linkcheck.headers import MAX_INTERIM_BYTES, HeadersCutShort
from tests.test_headers import PAGE, answer

# --- interim answers bounded by their bytes ---------------------------------------------------------------

_HINT = b"HTTP/1.1 103 Early Hints\r\nLink: </ferry.css>; rel=preload; as=style\r\n\r\n"


@pytest.mark.parametrize("count", [1, 20, 21, 1000, MAX_INTERIM_BYTES // len(_HINT) - 1])
def test_small_interim_answers_are_skipped_whatever_their_number(count: int) -> None:
    response = answer(_HINT * count + PAGE)
    assert (response.status, response.read()) == (200, b"page")
    assert response.getheader("link") is None


def test_interim_answers_over_their_bytes_are_an_error() -> None:
    continues = b"HTTP/1.1 100 Continue\r\n\r\n"
    with pytest.raises(http.client.HTTPException, match="bytes of interim"):
        answer(continues * (MAX_INTERIM_BYTES // len(continues) + 1) + PAGE)
    # one interim head over the bound (5 lines of 60 KB: within a header block's 1 MiB)
    big = b"HTTP/1.1 103 Early Hints\r\n" + (b"Link: <" + b"x" * 60_000 + b">\r\n") * 5 + b"\r\n"
    with pytest.raises(http.client.HTTPException, match="bytes of interim"):
        answer(big + PAGE)


def test_a_final_answer_after_no_interim_one_is_read_as_before() -> None:
    # left alone: no interim answer, and a 101 (returned, never skipped)
    assert answer(PAGE).read() == b"page"
    switched = answer(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n\x81\x05hello")
    assert (switched.status, switched.will_close) == (101, True)


# --- bare CR line ends -------------------------------------------------------------------------------------


def test_a_head_of_bare_cr_lines_says_so() -> None:
    with pytest.raises(HeadersCutShort, match="bare CRs"):
        answer(b"HTTP/1.1 200 OK\rContent-Type: text/html\rContent-Length: 4\rConnection: close\r\rpage")


def test_a_head_cut_short_without_a_cr_is_said_as_before() -> None:
    with pytest.raises(HeadersCutShort) as cut:
        answer(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
    assert "bare" not in str(cut.value)
    assert str(cut.value) == "the connection ended within the header block (after 1 lines)"


def test_a_status_line_with_a_bare_cr_then_crlf_lines_is_read() -> None:
    # left alone: the head ends (a CRLF blank line): the page, as browsers read it
    response = answer(b"HTTP/1.1 200 OK\rX-Note: y\r\nContent-Length: 4\r\n\r\npage")
    assert (response.status, response.read()) == (200, b"page")


# --- x-user-defined in a <meta> ----------------------------------------------------------------------------

_ASTURIAN = "<title>El ferri sal m\u00e1s davezu n\u2019iviernu</title>"


def test_a_meta_naming_x_user_defined_is_windows_1252() -> None:
    body = f'<html><head><meta charset="x-user-defined">{_ASTURIAN}</head></html>'.encode("cp1252")
    assert meta_charset(body) == "cp1252"
    assert (
        meta_charset(b"<meta http-equiv=Content-Type content='text/html; charset=X-User-Defined'>")
        == "cp1252"
    )
    assert _ASTURIAN in decode_html(body, {"Content-Type": "text/html"})


def test_other_labels_and_a_servers_x_user_defined_are_left_alone() -> None:
    assert meta_charset(b'<meta charset="utf-8">') == "utf-8"
    assert meta_charset(b'<meta charset="windows-1257">') == "cp1257"
    assert meta_charset(b'<meta charset="x-user-defined-2">') is None  # no label of any standard
    # a server's x-user-defined is the Encoding Standard's own encoding (high bytes as private-use
    # characters), which no codec here decodes: header_charset names none (host54: decode_html reads it as
    # windows-1252 when the page declares nothing itself, tests/test_hostile_rules54.py)
    assert header_charset({"Content-Type": "text/html; charset=x-user-defined"}) is None


# --- the document's first <title> --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "title"),
    [
        ("<html><head></head><body><div><title>Ferry news</title><p>x</p>", "Ferry news"),
        ("<html><head></head><body>" + "<div>" * 300 + "<title>Ferry news</title>", "Ferry news"),
        (
            "<html><head><title>" + "&#32;" * 6000 + "Ferry news" + "&#9;" * 6000 + "</title></head>",
            "Ferry news",
        ),
        ("<html><body><svg><title>Icon</title></svg><TITLE >Ferry &amp; port</TITLE>", "Ferry & port"),
        ("<html><body><title>Ferry <b>news</b></title>", "Ferry <b>news</b>"),  # RCDATA: tags are text
    ],
)
def test_the_first_html_title_anywhere_is_the_pages(html: str, title: str) -> None:
    assert _first_title(html) == title
    assert extract_metadata(html.encode(), "https://news.example/a").title == title


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><svg><title>Icon</title></svg><p>No title here.</p>",
        "<html><body><math><title>Formula</title></math><p>No title here.</p>",
        '<html><body><script>var t = "<title>Not one</title>";</script><p>No title here.</p>',
        "<html><body><!-- <title>Old</title> --><p>No title here.</p>",
        "<html><body><template><title>Later</title></template><p>No title here.</p>",
        "<html><body><textarea><title>Typed</title></textarea><p>No title here.</p>",
        "<html><body><script>unclosed <title>Not one</title>",
    ],
)
def test_titles_that_are_no_html_title_of_the_document_are_left_alone(html: str) -> None:
    assert _first_title(html) == ""


def test_a_head_title_is_the_pages_and_a_blank_first_title_stays_blank() -> None:
    head = "<html><head><title>Harbour timetable</title></head><body><title>Later</title>"
    assert extract_metadata(head.encode(), "https://news.example/a").title == "Harbour timetable"
    blank = "<html><head><title> </title></head><body><div><title>Later</title>"
    assert _first_title(blank) == ""  # document.title is the first <title>'s text: blank
    assert extract_metadata(blank.encode(), "https://news.example/a").title != "Later"
