"""A hostile page's bytes in extraction: declared charsets no browser knows, control characters."""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.decode import decode_html, header_charset
from linkcheck.extract.titles import clean_text

PAGE = b"<html><head><title>Caf\xc3\xa9 story</title></head><body><p>Text</p></body></html>"


@pytest.mark.parametrize(
    "label",
    # Python codecs no browser has: some raise whatever the error handler, the others read the page wrong
    [
        "idna",
        "undefined",
        "punycode",
        "utf-32",
        "utf-7",
        "unicode_escape",
        "rot13",
        "base64",
        "zlib",
        "klingon",
    ],
)
def test_a_charset_browsers_do_not_know_is_ignored(label: str) -> None:
    headers = {"Content-Type": f"text/html; charset={label}"}
    assert header_charset(headers) is None
    assert decode_html(PAGE, headers) == PAGE.decode("utf-8")
    assert extract_metadata(PAGE, "https://news.example/a", headers).title == "Café story"
    meta = PAGE.replace(b"<head>", b'<head><meta charset="' + label.encode() + b'">')
    assert extract_metadata(meta, "https://news.example/a").title == "Café story"


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("windows-1251", "cp1251"),
        ("ISO-8859-1", "cp1252"),
        ("shift_jis", "cp932"),  # the Encoding Standard's Shift_JIS is code page 932
        ("EUC-KR", "cp949"),
        ("big5", "big5hkscs"),
        ("koi8-ru", "koi8-u"),
        ("ISO8859-9", "cp1254"),
        ("x-mac-roman", "mac-roman"),
        ("windows-874", "cp874"),
        ("x-mac-cyrillic", "mac-cyrillic"),
        ("iso-8859-8-i", "iso8859-8"),
        ("utf-16le", "utf-8"),  # a label readable as ASCII: the page is not UTF-16
    ],
)
def test_web_charsets_are_still_read(label: str, codec: str) -> None:
    assert header_charset({"Content-Type": f"text/html; charset={label}"}) == codec


def test_the_web_codecs_written_out_are_python_s_names_for_the_web_charsets() -> None:
    import codecs

    from linkcheck.extract.decode import _WEB_CODECS, WEB_CHARSETS

    assert {codecs.lookup(label).name for label in WEB_CHARSETS} == _WEB_CODECS
    assert all(header_charset({"Content-Type": f"text/html; charset={label}"}) for label in WEB_CHARSETS)


def test_control_characters_never_reach_a_title() -> None:
    page = (
        b"<html><head><meta property='og:site_name' content='Site \x1b[31mRed'>"
        b"<title>Evil \x1b]0;owned\x07 &#27;[2J title\x00</title></head><body>x</body></html>"
    )
    meta = extract_metadata(page, "https://news.example/a")
    assert meta.title == "Evil ]0;owned [2J title"
    assert meta.site_name == "Site [31mRed"
    assert clean_text("a\tb\nc\x1cd\x85e") == "a b c d e"  # what str.split takes as space stays a space
    assert clean_text(clean_text("x\x1by &amp; z")) == clean_text("x\x1by &amp; z") == "xy & z"
