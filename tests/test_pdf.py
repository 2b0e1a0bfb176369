"""A PDF's declared title (``linkcheck.extract.pdf``): read from the bytes of files built here the ways
authoring tools write them (a classic cross-reference table, incremental updates, compressed object streams,
XMP packets), and the titles tools write by themselves left out."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkcheck.extract.pdf import declared_title, pdf_metadata, pdf_string
from linkcheck.media import is_pdf

CATALOG = b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Outlines 3 0 R >>\nendobj\n"
#: An outline item (a bookmark) has a /Title of its own: the chapter's, not the document's.
OUTLINE = b"3 0 obj\n<< /Title (Chapter 1: Methods) /Parent 4 0 R /Dest [5 0 R /Fit] >>\nendobj\n"


def pdf(info: bytes | None, *, extra: bytes = b"", info_number: int = 9) -> bytes:
    """A small PDF (its structure, not a renderable page) with ``info`` as its information dictionary."""
    body = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + CATALOG + OUTLINE + extra
    trailer = b"<< /Size 10 /Root 1 0 R >>"
    if info is not None:
        body += b"%d 0 obj\n" % info_number + info + b"\nendobj\n"
        trailer = b"<< /Size 10 /Root 1 0 R /Info %d 0 R >>" % info_number
    return body + b"xref\n0 1\n0000000000 65535 f \ntrailer\n" + trailer + b"\nstartxref\n0\n%%EOF\n"


def title(body: bytes) -> str | None:
    return pdf_metadata(body).title


def test_the_information_dictionary_s_title_is_the_document_s() -> None:
    body = pdf(b"<< /Producer (Acrobat Distiller 9.0) /Title (Annual Report on Air Defence 2020) >>")
    metadata = pdf_metadata(body)
    assert (metadata.title, metadata.title_source) == ("Annual Report on Air Defence 2020", "pdf")
    assert [c.text for c in metadata.title_candidates] == ["Annual Report on Air Defence 2020"]


def test_an_outline_item_s_title_is_not_the_document_s() -> None:
    assert title(pdf(b"<< /Author (Ministry of Defence) >>")) is None
    assert title(pdf(None)) is None


def test_literal_strings_keep_their_escapes_and_balanced_parentheses() -> None:
    raw = rb"<< /Title (Budget \(draft\) for 2021 (revised)\tannex\
 one\101) >>"
    assert title(pdf(raw)) == "Budget (draft) for 2021 (revised) annex oneA"


def test_a_title_in_utf_16_with_its_byte_order_mark_hex_or_literal() -> None:
    text = "Доклад о ПВО Ирака"
    hexed = b"<< /Title <FEFF" + text.encode("utf-16-be").hex().upper().encode() + b"> >>"
    assert title(pdf(hexed)) == text
    octal = b"".join(b"\\%03o" % byte for byte in b"\xfe\xff" + text.encode("utf-16-be"))
    assert title(pdf(b"<< /Title (" + octal + b") >>")) == text


def test_pdf_doc_encoding_s_typographic_characters() -> None:
    # 0x93 is the "fi" ligature and 0x8D/0x8E the curly double quotes in PDFDocEncoding, not Windows-1252's
    assert pdf_string(b"\x8dThe \x93nal report\x8e \x84 2020") == "“The ﬁnal report” — 2020"


def test_a_key_that_only_begins_with_title_is_another_key() -> None:
    assert title(pdf(b"<< /TitleStyle (Heading 1) /Title (Flood Risk in Coastal Towns) >>")) == (
        "Flood Risk in Coastal Towns"
    )
    assert title(pdf(b"<< /Subject (Title: not this) /Keywords (/Title (nor this)) >>")) is None


def test_a_nested_dictionary_s_title_is_not_the_information_dictionary_s() -> None:
    assert title(pdf(b"<< /Extra << /Title (Nested Dictionary Title) >> >>")) is None


def test_the_last_incremental_update_names_the_information_dictionary_in_force() -> None:
    first = pdf(b"<< /Title (Draft Report on Water Quality) >>")
    update = (
        b"9 0 obj\n<< /Title (Final Report on Water Quality) >>\nendobj\ntrailer\n<< /Info 9 0 R >>\n%%EOF\n"
    )
    assert title(first + update) == "Final Report on Water Quality"
    moved = b"12 0 obj\n<< /Title (Report on Water Quality, Second Edition) >>\nendobj\n"
    assert title(first + moved + b"trailer\n<< /Prev 0 /Info 12 0 R >>\n%%EOF\n") == (
        "Report on Water Quality, Second Edition"
    )


def object_stream(objects: dict[int, bytes]) -> bytes:
    """An ``/ObjStm`` holding ``objects``, FlateDecode-compressed, as PDF 1.5 writers pack them."""
    offsets, data = [], b""
    for number, obj in objects.items():
        offsets.append(b"%d %d" % (number, len(data)))
        data += obj + b"\n"
    header = b" ".join(offsets) + b"\n"
    packed = zlib.compress(header + data)
    head = b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>" % (
        len(objects),
        len(header),
        len(packed),
    )
    return b"20 0 obj\n" + head + b"\nstream\r\n" + packed + b"\r\nendstream\nendobj\n"


def test_an_information_dictionary_inside_a_compressed_object_stream() -> None:
    stream = object_stream({7: b"<< /Type /Font >>", 9: b"<< /Title (Court of Appeal Ruling No. 42) >>"})
    assert title(pdf(None, extra=stream) + b"trailer\n<< /Info 9 0 R >>\n") == "Court of Appeal Ruling No. 42"


def test_an_object_stream_that_does_not_inflate_gives_no_title() -> None:
    broken = object_stream({9: b"<< /Title (Lost) >>"}).replace(b"stream\r\nx", b"stream\r\n\x00", 1)
    assert title(pdf(None, extra=broken) + b"trailer\n<< /Info 9 0 R >>\n") is None


def xmp(*titles: str, lang: str = "x-default") -> bytes:
    items = "".join(f'<rdf:li xml:lang="{lang}">{t}</rdf:li>' for t in titles)
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt>'
        + items
        + '</rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    return b"30 0 obj\n<< /Type /Metadata /Subtype /XML >>\nstream\n" + packet.encode() + b"\nendstream\n"


def test_the_xmp_title_when_there_is_no_information_dictionary() -> None:
    assert title(pdf(None, extra=xmp("Rapport annuel &amp; comptes 2019"))) == "Rapport annuel & comptes 2019"


def test_the_information_dictionary_comes_before_the_xmp_packet() -> None:
    body = pdf(b"<< /Title (Annual Accounts 2019) >>", extra=xmp("Annual Accounts, 2019 edition"))
    assert title(body) == "Annual Accounts 2019"


def test_xmp_packets_that_disagree_name_no_title() -> None:
    # a photo placed in the document keeps its own packet: which one is the document's is not known here
    assert title(pdf(None, extra=xmp("Budget Statement 2022") + xmp("Sunset over the harbour"))) is None
    assert title(pdf(None, extra=xmp("Budget Statement 2022") + xmp("Budget Statement 2022"))) == (
        "Budget Statement 2022"
    )


@pytest.mark.parametrize(
    "raw",
    [
        "Microsoft Word - report_v3.docx",
        "Microsoft PowerPoint - Q3 results",
        "Untitled",
        "untitled-1",
        "Slide 1",
        "PowerPoint Presentation",
        "Document1",
        "annual_report_final",
        "annual-report-2020-final",
        "Sheet1",
        "Adobe Photoshop PDF",
        "C:\\Reports\\draft.doc",
        "/Users/jane/Desktop/press release.pdf",
        "final version.indd",
        "scan0001.jpg",
        "   ",
        "2020-01-09",
        "ab",
    ],
)
def test_what_tools_write_by_themselves_is_no_title(raw: str) -> None:
    assert declared_title(raw) is None


@pytest.mark.parametrize(
    "raw",
    [
        "Annual Report 2020",
        "Title IX Compliance Review",
        "Document of the Month: The Treaty of Paris",
        "The Slide in Public Trust",
        "Node.js security release notes",
        "S-300",
        "Bosnia-Herzegovina",
    ],
)
def test_titles_that_merely_contain_a_tool_s_words_are_kept(raw: str) -> None:
    assert declared_title(raw) == raw


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("application/pdf", b"", True),
        ("application/pdf; qs=0.001", b"<html>", True),
        ("application/octet-stream", b"%PDF-1.7\n", True),
        ("", b"\r\n%PDF-1.4", True),
        ("binary/octet-stream", b"%PDF-1.4", True),
        ("binary", b"%PDF-1.4", True),
        ("text/html", b"%PDF-1.4", True),  # a PDF labelled a page (the forty-fourth hostile round)
        ("text/html", b"<p>%PDF-1.4</p>", False),
        ('text/html; name="report.pdf"', b"<html>", False),
        ("application/x-pdf", b"", True),
        ("application/octet-stream", b"PK\x03\x04", False),
    ],
)
def test_what_is_read_as_a_pdf(content_type: str, body: bytes, expected: bool) -> None:
    assert is_pdf(content_type, body) is expected


@given(st.binary(max_size=2000))
def test_any_bytes_give_metadata_and_never_raise(data: bytes) -> None:
    metadata = pdf_metadata(b"%PDF-1.4\n" + data + b"\ntrailer << /Info 1 0 R >>")
    assert metadata.title is None or metadata.title == metadata.title.strip()


def test_a_truncated_dictionary_or_string_gives_no_title_and_no_error() -> None:
    assert title(b"%PDF-1.4\n9 0 obj\n<< /Title (Cut short") is None
    assert title(b"%PDF-1.4\n9 0 obj\n<< /Title (Cut short\ntrailer << /Info 9 0 R >>") is None
    assert title(b"%PDF-1.4\n9 0 obj\n<< /Title <FEFF00") is None


def test_the_object_is_found_by_its_number_not_a_longer_one_and_in_any_white_space() -> None:
    decoy = b"19 0 obj\n<< /Title (Chapter Nineteen) >>\nendobj\n"
    review = "Port Authority Annual Review"
    assert title(decoy + pdf(b"<< /Title (%s) >>" % review.encode())) == review
    spaced = b"%%PDF-1.4\n9  0\r\nobj<< /Title (%s) >>\nendobj\ntrailer << /Info 9 0 R >>" % review.encode()
    assert title(decoy + spaced) == review
