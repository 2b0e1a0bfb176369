"""Rules added after the thirty-third held-out batch (tests/fixtures/articles/heldout, ``b33_*``), each on a
small string of our own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import find_urls
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str = "text", article_date: str | None = None) -> dict[str, Citation]:
    date = PartialDate.parse(article_date) if article_date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=date)}


def _urls(text: str) -> list[str]:
    return [url for _, _, url in find_urls(text)]


# --- a URL right after a written line-break escape (\N in a subtitle, \n in a JSON string)


def test_a_url_after_a_subtitle_line_break_is_found() -> None:
    line = r"Dialogue: 1,0:00:05.90,0:00:10.40,Card,,0,0,0,,{\an7}Source: Harbour Wire\Nhttps://wire.example.org/a/17"
    assert _urls(line) == ["https://wire.example.org/a/17"]
    assert "https://wire.example.org/a/17" in _read(line)


def test_a_url_after_a_json_strings_line_escape_is_found() -> None:
    text = '{"desc": "Port figures:\\nhttps://port.example.org/stats/2024"}'
    assert _urls(text) == ["https://port.example.org/stats/2024"]


def test_a_url_glued_to_other_letters_is_still_no_url() -> None:
    # Left alone: an "http" after a letter that follows no backslash, or after a backslash and another
    # letter, starts no URL (a word run into it: "seehttps://", a LaTeX "\xhttps").
    assert _urls("seehttps://host.example.org/a") == []
    assert _urls(r"\Xhttps://host.example.org/a") == []
    assert _urls(r"\Nwww.host.example.org/a") == []


# --- an XML document's namespace and schema location are no citations


_XML = """<?xml version="1.0" encoding="UTF-8"?>
<record xmlns="http://schema.example.org/kernel-2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://schema.example.org/kernel-2 https://schema.example.org/kernel-2/record.xsd">
  <related type="References">https://stats.example.gov/reports/rivers-2023</related>
</record>
"""


def test_an_xml_namespace_and_schema_location_are_no_citations() -> None:
    cited = _read(_XML)
    assert "https://stats.example.gov/reports/rivers-2023" in cited
    assert "http://schema.example.org/kernel-2" not in cited
    assert "http://www.w3.org/2001/XMLSchema-instance" not in cited
    assert "https://schema.example.org/kernel-2/record.xsd" not in cited


def test_a_url_in_another_attribute_is_left() -> None:
    # Left alone: an address in an attribute that names no namespace or schema stays a citation, and so
    # does one after the word "xmlns" in prose.
    text = '<ref target="https://stats.example.gov/reports/rivers-2023">Rivers</ref>\n'
    assert "https://stats.example.gov/reports/rivers-2023" in _read(text)
    prose = "Their xmlns guide, https://guide.example.org/xml-namespaces, explains it.\n"
    assert "https://guide.example.org/xml-namespaces" in _read(prose)


# --- Malay weekdays and reporting words


def test_a_malay_weekday_dates_a_report() -> None:
    text = (
        "Pelabuhan itu dibuka semula, kata seorang pegawai yang enggan dinamakan kepada agensi berita"
        " Harbour Wire pada Khamis.\n"
        "https://wire.example.org/20200109/port.html\n"
    )
    cited = _read(text, article_date="2020-01-10")
    assert str(cited["https://wire.example.org/20200109/port.html"].date) == "2020-01-09"


def test_a_malay_weekday_without_a_report_is_left() -> None:
    # Left alone: a weekday in a sentence that reports nothing dates nothing.
    text = "Kedai itu ditutup pada Khamis dan dibuka semula di https://shop.example.my/waktu\n"
    cited = _read(text, article_date="2020-01-10")
    assert cited["https://shop.example.my/waktu"].date is None


# --- Tamil weekdays and reporting words


def test_a_tamil_weekday_dates_a_report() -> None:
    text = (
        "<p>துறைமுகம் மீண்டும் திறக்கப்பட்டதாக அதிகாரி ஒருவர் வியாழக்கிழமை "
        '<a href="https://wire.example.org/20200109/port.html">வயர்</a> செய்தி நிறுவனத்திடம் தெரிவித்தார்.</p>'
    )
    cited = _read(text, "html", article_date="2020-01-10")
    assert str(cited["https://wire.example.org/20200109/port.html"].date) == "2020-01-09"


def test_a_tamil_weekday_without_a_report_is_left() -> None:
    # Left alone: a weekday in a sentence that reports nothing dates nothing.
    text = '<p>கடை வியாழக்கிழமை மூடப்படும், <a href="https://shop.example.in/hours">நேரங்கள்</a> பார்க்கவும்.</p>'
    cited = _read(text, "html", article_date="2020-01-10")
    assert cited["https://shop.example.in/hours"].date is None
