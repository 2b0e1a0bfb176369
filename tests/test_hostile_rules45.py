"""General rules of the forty-fifth hostile round (``tests/hostile_server.py``, "forty-fifth round").

- A body labelled a page (``text/html``) whose first bytes are a UTF-8 byte order mark and blanks and then a
  PDF's header, within the 1,024 bytes readers look in, is a PDF (``media.is_pdf``), read for its declared
  title: a PHP download script saved with a BOM, or printing a blank line before the file, hid the PDF, and
  the citation's title went unchecked (host44 took only a body *beginning* with ``%PDF-``).
- ``extract_metadata`` given the bytes of an image or an archive (``media.binary_format``: PNG, GIF, JPEG,
  WebP, ZIP, compressed data) reads no markup in them, whatever their label: a ``<title>`` in a PNG's text
  chunk or in an EPUB's stored chapter was taken for the answer's title. The checker already left such a
  body unparsed and said what it is; the library's own entry point did not.
"""

from __future__ import annotations

import struct
import zlib

import pytest
import requests
import responses

from linkcheck import check
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.extract.pdf import pdf_metadata
from linkcheck.fetch import Fetcher
from linkcheck.media import is_pdf
from linkcheck.models import Citation, FindingKind, Result, Status

_URL = "https://harbourboard.example.com/downloads/dues-2024"
_TITLE = "Harbour dues for visiting yachts"
_PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Title (" + _TITLE.encode() + b")"
    b" >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 2 0 R >>\n%%EOF\n"
)
_BOM = b"\xef\xbb\xbf"


def _run(*citations: Citation) -> list[Result]:
    config = Config(allow_private=True, retries=0)
    return list(check(citations, config, fetcher=Fetcher(config, requests.Session())).results)


# --- a PDF after a byte order mark and blank lines, labelled a page --------------------------------------


@pytest.mark.parametrize(
    "lead",
    [_BOM + b"\r\n\r\n", b"\n\n", _BOM, b" \t\r\n", _BOM + b"\n" * 1000],
    ids=["bom-crlf-crlf", "two-line-feeds", "bom", "blanks", "bom-1000-line-feeds"],
)
@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "text/html", "application/xhtml+xml"])
def test_a_pdf_after_a_bom_and_blanks_labelled_a_page_is_a_pdf(lead: bytes, content_type: str) -> None:
    assert is_pdf(content_type, lead + _PDF)
    assert pdf_metadata(lead + _PDF).title == _TITLE


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html", _BOM + b"<!DOCTYPE html><html><body><p>%PDF-1.4</p></body></html>"),
        ("text/html", b"\n<p>%PDF-1.7 is the format's version</p>"),
        ("text/html", b"\n" * 1100 + _PDF),
        ("text/html", _BOM + b"x" + _PDF),
        ("text/html", _BOM),
        ("image/png", _BOM + _PDF),
        ("text/plain", b"\n" + _PDF),
    ],
    ids=[
        "page-after-bom",
        "page-naming-the-header",
        "header-past-1024-bytes",
        "text-before-the-header",
        "bom-alone",
        "an-image-type",
        "plain-text",
    ],
)
def test_other_bodies_after_blanks_are_not_taken_for_pdfs(content_type: str, body: bytes) -> None:
    assert not is_pdf(content_type, body)


@responses.activate
def test_the_pdf_after_stray_bytes_is_compared_with_the_citation() -> None:
    body = _BOM + b"\r\n\r\n" + _PDF
    # One registration serves both addresses (``responses`` matches a URL registered without a query
    # whatever query a request adds). Two, one of them for ``?again``, made the second request match both,
    # and ``responses`` then removes the first from its registry: the plain URL's request, when the two
    # citations' threads sent it second, found no mock (a flaky "Connection refused by Responses").
    responses.get(_URL, body=body, content_type="text/html; charset=utf-8")
    good, bad = _run(
        Citation(url=_URL, title=_TITLE), Citation(url=_URL + "?again", title="Council approves a budget")
    )
    assert good.status is Status.OK, (good.status, good.reason)
    assert good.metadata is not None, (good.status, good.reason)
    assert good.metadata.title == _TITLE, good.metadata
    assert str(good.verdict) == "pass", good.findings
    assert FindingKind.TITLE_MISMATCH in [f.kind for f in bad.findings], bad.findings


# --- markup inside an image or an archive ----------------------------------------------------------------

_DECOY = "You have won a season ferry pass"
_MARKUP = b"<html><head><title>" + _DECOY.encode() + b"</title></head><body><p>Claim it.</p></body></html>"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png(text: bytes) -> bytes:
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + _chunk(b"tEXt", b"Comment\x00" + text)
        + _chunk(b"IDAT", zlib.compress(b"\x00\x10\x20\x30"))
        + _chunk(b"IEND", b"")
    )


def _stored_zip(name: bytes, data: bytes) -> bytes:
    """One member stored uncompressed (no central directory: readers of the local header need none)."""
    fields = struct.pack(
        "<HHHHHIIIHH", 20, 0, 0, 0, 0x5861, zlib.crc32(data), len(data), len(data), len(name), 0
    )
    return b"PK\x03\x04" + fields + name + data


@pytest.mark.parametrize(
    "body",
    [
        _png(_MARKUP),
        _stored_zip(b"OEBPS/chapter1.xhtml", _MARKUP),
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00!\xfe" + bytes([len(_MARKUP[:255])]) + _MARKUP[:255] + b"\x00;",
        b"\xff\xd8\xff\xfe" + struct.pack(">H", len(_MARKUP) + 2) + _MARKUP + b"\xff\xd9",
        b"RIFF\x00\x01\x00\x00WEBPVP8X" + _MARKUP,
    ],
    ids=["png-text-chunk", "zip-stored-member", "gif-comment", "jpeg-comment", "webp-chunk"],
)
@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "text/html", ""])
def test_markup_inside_an_image_or_archive_is_no_title(body: bytes, content_type: str) -> None:
    headers = {"content-type": content_type} if content_type else {}
    assert extract_metadata(body, _URL, headers).title is None


@pytest.mark.parametrize(
    "body",
    [
        _MARKUP,
        _BOM + _MARKUP,
        b"\n\n" + _MARKUP,
        b"PK stands for the harbour's pier keeper." + _MARKUP,
        b"RIFF of the week" + _MARKUP,
    ],
    ids=["page", "page-after-bom", "page-after-blanks", "page-opening-with-pk", "page-opening-with-riff"],
)
def test_pages_keep_their_title(body: bytes) -> None:
    assert extract_metadata(body, _URL, {"content-type": "text/html; charset=utf-8"}).title == _DECOY
    assert extract_metadata(body.decode("utf-8"), _URL).title == _DECOY  # text is never looked at as bytes


@responses.activate
def test_an_archive_labelled_a_page_is_alive_and_said_to_be_an_archive() -> None:
    epub = _stored_zip(b"mimetype", b"application/epub+zip") + _stored_zip(b"OEBPS/c1.xhtml", _MARKUP)
    responses.get(_URL, body=epub, content_type="text/html; charset=utf-8")
    (result,) = _run(Citation(url=_URL, title="Harbour dues for visiting yachts"))
    assert result.status is Status.OK, (result.status, result.reason)
    assert result.metadata is None or result.metadata.title != _DECOY, result.metadata
    assert FindingKind.TITLE_MISMATCH not in [f.kind for f in result.findings], result.findings
