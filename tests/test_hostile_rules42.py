"""General rules of the forty-second hostile round (``tests/hostile_server.py``, "forty-second round").

- A body of NUL bytes (and blanks) only, of any size, is an empty page (``pagebody.body_signal``): browsers
  show a blank page (the HTML parser drops a NUL in text); it was read as a page with no title and passed.
- A start tag before the title that floods attributes (at least ``FLOOD_TOKENS`` of them, more than
  ``ELIDED_STYLE_BYTES`` of bytes; the ``<title>`` tag's own too) keeps only its name and ``>`` in the window
  the extractor reads (``checker.parse_window``): 1.1 MB of attributes on the ``<title>`` tag pushed the
  title's text out of the 1 MB window, and the page was read with no title.
"""

from __future__ import annotations

import pytest

from linkcheck.checker import ELIDED_STYLE_BYTES, PARSE_BYTES, parse_window
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause
from linkcheck.pagebody import body_signal

_URL = "https://harbour-gazette.example/2024/03/02/beacon-relit"


def _flood(count: int) -> bytes:
    return b"".join(b' data-t%d="tide"' % n for n in range(count))


def _title_of(body: bytes) -> str | None:
    return extract_metadata(parse_window(body, 0), _URL, {"content-type": "text/html; charset=utf-8"}).title


# --- a page of NUL bytes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        bytes(64 * 1024),  # the round's case
        bytes(5000),  # over the size under which a blank body was already empty
        bytes(20_000) + b"\r\n",  # a line end after the NULs
        b"\x00 \x00\n" * 3000,  # NULs and blanks, mixed
    ],
    ids=["64k", "5000", "nul-then-crlf", "mixed-blanks"],
)
def test_a_body_of_nul_bytes_is_an_empty_page(body: bytes) -> None:
    # read as a page (its Content-Type says HTML): the checker has read its metadata (none of note)
    signal = body_signal(_URL, _URL, body, extract_metadata(body, _URL))
    assert signal is not None, "a blank page passed as the story"
    assert signal[0] is Cause.ERROR_PAGE
    assert "empty" in signal[1], signal[1]


def test_a_file_of_zeros_is_its_data_not_an_empty_page() -> None:
    # a video or a disk image served as what it is is no page: its zeros are its data (the checker reads no
    # metadata of a file, and test_e2e_cli's video of a megabyte of zeros is alive)
    assert body_signal(_URL, _URL, bytes(1_000_000), None) is None


def test_nul_bytes_before_a_page_leave_the_page() -> None:
    # a CMS cache that padded its file before the page (the fifth round's /nul-prefix): the page is there
    page = b"<!DOCTYPE html><html><head><title>Harbour beacon relit</title></head><body><p>Lit.</p></body>"
    assert body_signal(_URL, _URL, bytes(4096) + page, None) is None


# --- a start tag that floods attributes before the title ----------------------------------------------------


def test_a_title_tag_of_a_megabyte_of_attributes_keeps_its_title() -> None:
    body = (
        b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title"
        + _flood(60_000)
        + b">Harbour beacon relit after storm damage</title></head><body><p>Lit again.</p></body></html>"
    )
    assert len(body) > PARSE_BYTES
    assert _title_of(body) == "Harbour beacon relit after storm damage"


def test_an_html_tag_of_a_megabyte_of_attributes_before_the_head_keeps_the_title() -> None:
    body = (
        b"<!DOCTYPE html><html lang=en"
        + _flood(70_000)
        + b"><head><meta charset=utf-8><title>Rope walk museum opens its long gallery</title></head>"
        b"<body><p>Open daily.</p></body></html>"
    )
    assert _title_of(body) == "Rope walk museum opens its long gallery"


def test_a_flooded_tag_keeps_its_name_and_end() -> None:
    body = (
        b"<html><head><meta" + _flood(70_000) + b"><title>Net loft saved</title></head><body></body></html>"
    )
    window = parse_window(body, 0)
    assert window == b"<html><head><meta><title>Net loft saved</title></head><body></body></html>"


def test_a_tag_of_many_short_attributes_under_the_size_is_kept_whole() -> None:
    # 300 attributes (over FLOOD_TOKENS) in 5 KB (under ELIDED_STYLE_BYTES): nothing left out
    small = b"<meta" + _flood(300) + b">"
    assert len(small) < ELIDED_STYLE_BYTES
    body = b"<html><head>" + small + b"<title>Slipway reopens</title></head><body><p>"
    body += b"x" * PARSE_BYTES + b"</p></body></html>"
    assert parse_window(body, 0).startswith(b"<html><head>" + small + b"<title>Slipway reopens</title>")


def test_a_flood_after_the_title_is_left_to_the_parse() -> None:
    # the fifth round's /attr-flood: 100,000 attributes on <body>, after the title (tagflood caps them)
    head = b"<!DOCTYPE html><html><head><title>Harbour ferry</title></head><body"
    body = head + _flood(100_000) + b"><p>Ferry.</p></body></html>"
    assert parse_window(body, 0) == body[:PARSE_BYTES]


def test_a_page_that_fits_the_window_is_returned_as_it_is() -> None:
    body = b"<html><head><title" + _flood(1000) + b">Tide mill</title></head></html>"
    assert parse_window(body, 0) == body


def test_a_large_page_with_a_style_after_its_title_is_windowed() -> None:
    """After the title the walk looks for styles only; a style there is measured, not read as a flood.

    The flood rule's first form asked every match for its ``flood`` group, which the styles' pattern has
    not: any page over the window with a style after its title raised ``IndexError``."""
    style = b"p{color:red}" * (ELIDED_STYLE_BYTES // 8)
    body = (
        b"<html><head><title>Harbour strike ends</title><style>"
        + style
        + b"</style><meta property='og:site_name' content='Port Gazette'></head><body>"
        + b"<p>text</p>" * (PARSE_BYTES // 8)
    )
    window = parse_window(body, 0)
    assert len(window) <= PARSE_BYTES
    assert b"og:site_name" in window
    assert style not in window
    assert _title_of(body) == "Harbour strike ends"
