"""The sixtieth session's cut of a page's reading cost (cost32, issue 7), held to what it replaced.

``extract.decode._undoubled`` (host52) undoes a page labelled UTF-8 that went through UTF-8 twice; its
pre-test searched the first 16 KiB of every page's bytes for the byte C3, a ``bytes.find`` of ~3 k
instructions on a page without one (the call's argument parsing and the scan). The page reader now
decodes with ``decode_html(..., undo_doubled=False)`` and asks ``decode_html``'s full reading only when the
page's title shows a mark (``decode.doubled_marks``: ``Ã``, ``Â`` or ``â€``), then reads the page again
from that text. ``decode_html`` itself, for every other caller, reads as before. ``doubled_marks`` is
imported inside its test, so that on base60's src each other test runs alone.

Decided here: a page whose title holds no mark (plain ASCII) is read as served even when its body, or a meta
after the title, holds marks. The title is what a citation is checked against first and the first text a
doubled page shows in its head; a plain-ASCII title is read right either way.
"""

from __future__ import annotations

import pytest

from linkcheck.extract import decode_html, extract_metadata

_URL = "https://harbour-gazette.example.com/news/2024/03/harbour-wall"
_UTF8 = {"content-type": "text/html; charset=utf-8"}


def _twice(text: str) -> bytes:
    """``text`` as UTF-8 read as windows-1252 and written as UTF-8 again."""
    return text.encode("utf-8").decode("cp1252").encode("utf-8")


def _page(title: str, description: str, body: str = "") -> str:
    return (
        '<html><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        f'<meta name="description" content="{description}">'
        '<meta property="article:published_time" content="2024-03-05T09:00:00+01:00">'
        f"</head><body><h1>{title}</h1><p>{body}</p></body></html>"
    )


_TITLE = "Le phare de l\u2019\u00eele re\u00e7oit un nouvel \u00e9clairage"
_DESCRIPTION = "La mairie a vot\u00e9 les cr\u00e9dits \u2014 \u20ac2,4 millions"


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("l\u00e2\u20ac\u2122\u00c3\u00aele", True),  # "l’île" gone through UTF-8 twice
        ("S\u00c3O PAULO", True),  # a real capital Ã: a mark too (the round trip leaves the page as it was)
        ("\u00c2NCORA", True),
        ("Budget of \u20ac2bn and a caf\u00e9 \u00e2ge", False),  # a euro sign, an â: neither "â€"
        ("Harbour wall raised", False),
        ("", False),
    ],
)
def test_doubled_marks(text: str, marked: bool) -> None:
    from linkcheck.extract.decode import doubled_marks

    assert doubled_marks(text) is marked


def test_a_page_whose_title_shows_the_marks_is_read_as_written() -> None:
    written = _page(_TITLE, _DESCRIPTION, "Publi\u00e9 le 5 mars 2024.")
    metadata = extract_metadata(_twice(written), _URL, _UTF8)
    assert metadata.title == _TITLE
    assert metadata.description == _DESCRIPTION
    # the same reading as the page's text decoded whole and handed to the reader
    assert metadata == extract_metadata(decode_html(_twice(written), _UTF8), _URL, _UTF8)
    # and decode_html's own reading is unchanged
    assert decode_html(_twice(written), _UTF8) == written


def test_a_plain_title_leaves_the_page_as_served() -> None:
    # the decision: marks after an ASCII title (here a description) are not looked for on the page path
    title = "Harbour wall raised by half a metre"
    written = _page(title, _DESCRIPTION)
    served = _twice(written)
    metadata = extract_metadata(served, _URL, _UTF8)
    assert metadata.title == title
    assert (
        metadata.description
        == served.decode("utf-8")[served.decode("utf-8").index("La mairie") :].split('"')[0]
    )
    assert metadata.description != _DESCRIPTION
    # decode_html, asked directly (its other callers), still undoes the page
    assert decode_html(served, _UTF8) == written


def test_real_marks_in_a_title_are_kept() -> None:
    # Portuguese capitals: the title shows marks, the round trip fails (a byte no UTF-8), the page stays
    title = "S\u00c3O PAULO: A \u00c2NCORA DO PORTO"
    written = _page(title, "Porto de S\u00e3o Paulo")
    metadata = extract_metadata(written.encode("utf-8"), _URL, _UTF8)
    assert metadata.title == title


def test_marks_under_a_legacy_label_are_not_undone() -> None:
    # undone only under a UTF-8 label, as before: a page declared windows-1252 whose bytes are UTF-8 is read
    # as UTF-8, its marks left
    written = _page(_TITLE, _DESCRIPTION).replace('charset="utf-8"', 'charset="windows-1252"')
    served = _twice(written)
    headers = {"content-type": "text/html; charset=windows-1252"}
    assert (
        extract_metadata(served, _URL, headers).title
        == decode_html(served, headers).split("<title>")[1].split("</title>")[0]
    )
    assert extract_metadata(served, _URL, headers).title != _TITLE
