"""General rules of the forty-fourth hostile round (``tests/hostile_server.py``, "forty-fourth round").

- A run of more than ``ELIDED_STYLE_BYTES`` blanks that the walk of ``checker.parse_window`` meets in markup
  before the title (between head tags) keeps one blank: 1.2 MB of line feeds between two ``<meta>`` tags
  pushed the title out of the 1 MiB window (host43's first leftover).
- The first ``<title>`` after the window is looked for outside scripts, styles and comments, and a window
  that ends inside a small JavaScript script, style or comment running past it gets that title in place of
  the element: a ``<title>`` written in a script or a comment after the window was taken for the page's, and
  a window ending inside a script had no title (host43's second leftover, in both shapes).
- A body labelled a page (``text/html``) that begins with a PDF's header is a PDF (``media.is_pdf``), read for
  its declared title: it was read as HTML and had none.
"""

from __future__ import annotations

import pytest

from linkcheck.checker import ELIDED_STYLE_BYTES, PARSE_BYTES, parse_window
from linkcheck.extract import extract_metadata
from linkcheck.extract.pdf import pdf_metadata
from linkcheck.media import is_pdf

_URL = "https://harbour-gazette.example/2024/03/05/net-menders-guild"
_HEAD = b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
_TITLE = b"<title>Net menders take on apprentices</title></head><body><p>Four of them.</p></body></html>"


def _title_of(body: bytes) -> str | None:
    return extract_metadata(parse_window(body, 0), _URL, {"content-type": "text/html; charset=utf-8"}).title


def _preloads(size: int) -> bytes:
    """Ordinary short ``<link>`` tags, about ``size`` bytes of them."""
    tag = b'<link rel=modulepreload href="/assets/chunk-%05d.js">\n'
    return b"".join(tag % n for n in range(size // len(tag % 0) + 1))


def _head_up_to(before_end: int) -> bytes:
    """The head's start and preload tags, ending ``before_end`` bytes short of the window's end (past it when
    negative)."""
    flood = _preloads(PARSE_BYTES)
    keep = PARSE_BYTES - len(_HEAD) - before_end
    return _HEAD + flood[: flood.rfind(b"\n", 0, keep) + 1]


# --- a run of blanks between head tags before the title --------------------------------------------------


@pytest.mark.parametrize("blank", [b"\n", b"  ", b"\r\n\t"], ids=["line-feeds", "spaces", "crlf-tabs"])
def test_a_megabyte_of_blanks_between_head_tags_keeps_the_title(blank: bytes) -> None:
    run = blank * (1_200_000 // len(blank))
    body = _HEAD + run + b'<meta name=viewport content="width=device-width">' + _TITLE
    assert len(body) > PARSE_BYTES
    assert _title_of(body) == "Net menders take on apprentices"


def test_a_long_blank_run_keeps_one_blank_and_the_tags_around_it() -> None:
    body = _HEAD + b"\n" * 1_200_000 + b"<meta name=x content=y>" + _TITLE
    assert parse_window(body, 0) == _HEAD + b"\n<meta name=x content=y>" + _TITLE


def test_blank_runs_under_the_bound_are_kept_as_they_are() -> None:
    # 60,000 blanks between tags: kept, byte for byte (the window is the body's first megabyte)
    body = _HEAD + b"\n" * (ELIDED_STYLE_BYTES - 1000) + b"<meta name=x content=y>" + _TITLE
    body += b"<p>" + b"x" * PARSE_BYTES + b"</p>"
    assert parse_window(body, 0) == body[:PARSE_BYTES]


def test_blanks_inside_a_script_of_data_are_not_touched() -> None:
    # a JSON-LD block is data the extractor reads: the walk steps over it whole, its blanks with it
    data = b'<script type="application/ld+json">{"headline": "x",' + b" " * 100_000 + b'"a": 1}</script>'
    body = _HEAD + data + _TITLE + b"<p>" + b"x" * PARSE_BYTES + b"</p>"
    assert parse_window(body, 0) == body[:PARSE_BYTES]


# --- the title after the window, and a <title> inside a script or a comment ------------------------------


_SCRIPT = (
    b"<script>\n"
    + b"var a = 1;\n" * 300
    + b"var t = '<title>Subscribe to keep reading</title>';\n"
    + b"var b = 2;\n" * 500
    + b"</script>"
)
_COMMENT = b"<!-- " + b"cache note " * 300 + b"<title>Old title, kept in a comment</title> -->"


@pytest.mark.parametrize(
    ("before_end", "element"),
    [
        (2_000, _SCRIPT),
        (-500, _SCRIPT),
        (200, _COMMENT),
        (-500, _COMMENT),
        (1_000, b"<style>\n" + b".a{color:red}\n" * 500 + b"</style>"),
    ],
    ids=["script-across-the-end", "script-after", "comment-across-the-end", "comment-after", "style-across"],
)
def test_a_title_after_the_window_is_found_past_scripts_and_comments(before_end: int, element: bytes) -> None:
    body = _head_up_to(before_end) + element + _TITLE
    assert len(body) > PARSE_BYTES
    assert _title_of(body) == "Net menders take on apprentices"


def test_the_element_across_the_end_is_left_out_whole() -> None:
    head = _head_up_to(2_000)
    window = parse_window(head + _SCRIPT + _TITLE, 0)
    assert window == head + b"<title>Net menders take on apprentices</title>"


def test_a_script_of_data_across_the_end_is_left_as_it_is() -> None:
    # JSON-LD the extractor may read: the window is not cut in it (the thirty-fifth round's bound)
    data = b'<script type="application/ld+json">{"headline": "' + b"x" * 9_000 + b'"}</script>'
    body = _head_up_to(2_000) + data + _TITLE
    assert parse_window(body, 0) == body[:PARSE_BYTES]


def test_a_body_start_tag_before_the_title_after_the_window_brings_nothing() -> None:
    # a <body> first: the page's head ended without a title; a <title> after it is no document title here
    body = _head_up_to(2_000) + _SCRIPT + b"</head><body><p>Text</p>" + _TITLE
    assert parse_window(body, 0) == body[:PARSE_BYTES]


# --- a PDF labelled a page -------------------------------------------------------------------------------

_PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Title (Tide tables for the outer harbour)"
    b" >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 2 0 R >>\n%%EOF\n"
)


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "text/html", "application/xhtml+xml"])
def test_a_pdf_labelled_a_page_is_a_pdf(content_type: str) -> None:
    assert is_pdf(content_type, _PDF)
    assert pdf_metadata(_PDF).title == "Tide tables for the outer harbour"


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html", b"<html><body><p>%PDF-1.4 is a version of the format</p></body></html>"),
        ("text/html", b"\n\n<p>see %PDF-1.7</p>"),
        ("image/png", _PDF),
        ("text/plain", _PDF),
    ],
    ids=["html-naming-the-header", "header-later-in-a-page", "an-image-type", "plain-text"],
)
def test_other_bodies_are_not_taken_for_pdfs(content_type: str, body: bytes) -> None:
    assert not is_pdf(content_type, body)
