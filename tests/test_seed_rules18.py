"""Rules added after the eighteenth seed probe (``tests/test_seed_probe18.py``), each on small inputs with
what it must leave alone.

1. An HTML e-mail saved as one message (``.eml``) whose only part is its HTML (the message's own
   ``Content-Type: text/html``, quoted-printable) is read as the HTML it holds, as an MHTML page already was:
   read as it stood, its links were ``3D"htt=`` fragments and the seed article's three citations were lost.
   Where nothing in the HTML dates it, the message's ``Date:`` header is the article's date, as it is when
   a plain-text e-mail is read. A multipart e-mail stays the text reader's, and a saved page (MHTML) is not
   dated by its ``Date:`` (the day it was saved).
2. A word processor's or e-book's file given as an article (a ZIP archive: ``.docx``, ``.odt``, ``.epub``)
   or a PDF is told what it is and to save it as a web page or plain text, instead of "not UTF-8 text
   (byte 0xac at offset 10); save it as UTF-8", which a Google Docs export's user cannot act on.
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from linkcheck import InputError
from linkcheck.articles import extract_citations
from linkcheck.models import PartialDate
from linkcheck.sources import read_sources

RIA = "https://ria.example/20200109/1563219328.html"
MT = "https://mt.example/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
MT_TITLE = "Will Russia Reinforce Iraq’s Air Defenses After Israeli Strikes?"
PAGE = (
    "<html><body><h1>Iraq Resumes Talks to Buy Russian S-300 Missile Systems</h1>"
    f'<p>A senior Iraqi lawmaker told the state-run <a href="{RIA}">RIA Novosti</a> news agency.</p>'
    f'<p>Related article: <a href="{MT}">{MT_TITLE}</a></p></body></html>'
)


def html_email(page: str = PAGE, date: str = "Thu, 09 Jan 2020 18:30:00 +0300") -> str:
    message = EmailMessage()
    message["From"] = "Newsletter <news@mt.example>"
    message["To"] = "desk@factcheck.example"
    message["Subject"] = "Iraq Resumes Talks"
    message["Date"] = date
    message.set_content(page, subtype="html", cte="quoted-printable")
    return message.as_string()


# --- 1. an HTML-only e-mail ---------------------------------------------------------------------------------


def test_single_part_quoted_printable_html_email_is_read_as_its_html() -> None:
    text = html_email()
    assert 'href=3D"' in text  # as the message holds it: quoted-printable
    cited = extract_citations(text, source="brief.eml")
    assert [c.url for c in cited] == [RIA, MT]
    assert cited[1].title == MT_TITLE


def test_html_email_is_read_as_html_when_given_as_html_too() -> None:
    cited = extract_citations(html_email(), format="html", source="brief.eml")
    assert [c.url for c in cited] == [RIA, MT]


def test_html_email_undated_by_its_html_is_dated_by_its_date_header() -> None:
    cited = extract_citations(html_email(), source="brief.eml")
    assert cited[0].article.date == PartialDate(2020, 1, 9)


def test_html_email_whose_page_states_its_date_keeps_the_pages_date() -> None:
    page = PAGE.replace("<h1>", '<p class="dateline">Published: 8 January 2020</p><h1>')
    cited = extract_citations(html_email(page), source="brief.eml")
    assert cited[0].article.date == PartialDate(2020, 1, 8)


def test_multipart_alternative_email_stays_the_text_readers() -> None:
    # Left alone: with a text/plain part, the plain text is what is read (docs/articles.md), its links
    # at their lines.
    message = EmailMessage()
    message["From"] = "Newsletter <news@mt.example>"
    message["Subject"] = "Iraq Resumes Talks"
    message["Date"] = "Thu, 09 Jan 2020 18:30:00 +0300"
    message.set_content(f"A lawmaker told RIA Novosti: {RIA}\n\nRelated: {MT}\n", cte="quoted-printable")
    message.add_alternative(PAGE, subtype="html", cte="quoted-printable")
    cited = extract_citations(message.as_string(), source="brief.eml")
    assert [c.url for c in cited] == [RIA, MT]
    assert all(c.line is not None and c.line > 1 for c in cited)


def test_saved_page_mhtml_is_not_dated_by_its_date_header() -> None:
    # Left alone: an MHTML file's Date: is the day the page was saved, not the article's.
    message = EmailMessage()
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = "https://mt.example/brief"
    message["Subject"] = "Iraq Resumes Talks"
    message["Date"] = "Mon, 2 Dec 2024 10:00:00 -0000"
    message.set_content(PAGE, subtype="html", cte="quoted-printable")
    message.make_related()
    cited = extract_citations(message.as_string(), source="brief.mhtml")
    assert [c.url for c in cited] == [RIA, MT]
    assert cited[0].article.date != PartialDate(2024, 12, 2)


def test_plain_html_page_opening_with_a_header_like_word_is_not_an_email() -> None:
    # Left alone: a page that is not a MIME message is read as it stands.
    cited = extract_citations(PAGE, format="html", source="page.html")
    assert [c.url for c in cited] == [RIA, MT]


# --- 2. a document that is not text -------------------------------------------------------------------------


def zipped(name: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(name, "<w:document/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("file", "data", "kind"),
    [
        ("draft.docx", zipped("word/document.xml"), "a Word document (.docx)"),
        ("draft.odt", zipped("content.xml"), "an OpenDocument text (.odt)"),
        ("book.epub", zipped("OEBPS/ch1.xhtml"), "an EPUB e-book"),
        ("draft.bin", zipped("word/document.xml"), "a ZIP archive"),
        ("brief.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF file"),
    ],
)
def test_document_given_as_text_is_told_what_it_is_and_how_to_save_it(
    tmp_path: Path, file: str, data: bytes, kind: str
) -> None:
    path = tmp_path / file
    path.write_bytes(data)
    with pytest.raises(InputError) as raised:
        read_sources(path)
    message = str(raised.value)
    assert kind in message, message
    assert "web page (.html) or plain text (.txt)" in message, message
    assert "byte 0x" not in message, message


def test_latin1_text_is_still_told_its_first_byte_that_is_not_utf8(tmp_path: Path) -> None:
    # Left alone: a text in another encoding is named by its byte, as before.
    path = tmp_path / "sources.txt"
    path.write_bytes("https://ria.example/a | title: Caf\u00e9\n".encode("latin-1"))
    with pytest.raises(InputError) as raised:
        read_sources(path)
    assert "not UTF-8 text (byte 0xe9" in str(raised.value), raised.value
