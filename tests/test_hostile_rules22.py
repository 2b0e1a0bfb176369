"""The twenty-second hostile round's rule, on small byte strings and pages, with what it leaves alone:

- blanks a document begins with count for nothing (``extract.decode.leading_blanks``): the first bytes
  searched for a ``<meta charset>`` (``meta_charset``), the sample the charset detectors judge, and the first
  megabyte of a page handed to the parser (``checker.PARSE_BYTES``) all start at the first byte that is not
  an ASCII blank. A template whose loop printed nothing sent 1.1 MB of blank lines before a windows-1257 page
  (``/meta-charset-after-1mb``): its ``<meta charset>`` was never seen (the title decoded as windows-1252),
  and a report parsed blanks only (no title to check, so a wrong citation could not be told).
"""

from __future__ import annotations

import pytest

from linkcheck import check
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.extract.decode import decode_html, leading_blanks, meta_charset
from linkcheck.models import Citation, FetchResult, FindingKind, Status
from tests.test_checker import FakeFetcher

#: A Samogitian title (windows-1257 has every letter of it; windows-1252 reads them as others).
_TITLE = "K\u0117lt\u0101s plauks d\u0117vintou v\u0101landa"
#: A Russian sentence, for the detector (no declaration anywhere).
_RUSSIAN = (
    "\u041f\u0430\u0440\u043e\u043c \u0443\u0445\u043e\u0434\u0438\u0442 \u0432 \u0434\u0435\u0432\u044f"
    "\u0442\u044c \u0447\u0430\u0441\u043e\u0432 \u0432\u0435\u0447\u0435\u0440\u0430. "
)


def _page_1257(before: bytes) -> bytes:
    return before + (
        '<!DOCTYPE html><html><head><meta charset="windows-1257"><title>'
        + _TITLE
        + "</title></head><body><p>Paskut\u0117nis k\u0117lts.</p></body></html>"
    ).encode("cp1257")


@pytest.mark.parametrize(
    ("body", "blanks"),
    [
        (b"", 0),
        (b"<!DOCTYPE html>", 0),
        (b"\n\n  <html>", 4),
        (b"\t\f\r\n <html>", 5),
        (b"\r\n" * 50_000, 100_000),  # nothing but blanks: all of it
        # left alone: bytes that are no blanks of the HTML standard's
        (b"\x00\x00<html>", 0),  # NULs (a CMS cache's padding: /nul-prefix)
        (b"\xef\xbb\xbf  <html>", 0),  # a byte order mark first
        (b"\x0b<html>", 0),  # a vertical tab is whitespace to Python, not to HTML
        (b"text  <html>", 0),
        (b"\xa0<html>", 0),  # a no-break space in windows-1252
    ],
)
def test_leading_blanks_counts_the_html_standard_s_whitespace_only(body: bytes, blanks: int) -> None:
    assert leading_blanks(body) == blanks


def test_a_meta_charset_after_a_megabyte_of_blank_lines_is_read() -> None:
    assert meta_charset(_page_1257(b"\n    " * 220_000)) == "cp1257"
    assert meta_charset(_page_1257(b"")) == "cp1257"


def test_a_meta_charset_after_the_prescan_s_reach_of_text_is_still_not_read() -> None:
    # left alone: 20 KB of a page's own text before its <meta> are the page, not blanks; the prescan's reach
    # is the same as before (16 KiB), counted from the first byte that is not a blank
    assert meta_charset(_page_1257(b"<!-- " + b"x" * 20_000 + b" -->")) is None
    assert meta_charset(_page_1257(b"\n" * 100 + b"<!-- " + b"x" * 20_000 + b" -->")) is None


def test_a_page_after_a_megabyte_of_blanks_is_decoded_as_it_declares() -> None:
    body = _page_1257(b"\r\n" * 600_000)
    assert extract_metadata(body, "http://zemaitiu-zinios.lt/a").title == _TITLE


def test_the_detector_judges_the_text_not_the_blanks_before_it() -> None:
    # no declaration anywhere: the detector's sample starts at the text (it was 64 KB of blanks: windows-1252)
    body = b"\n" * 200_000 + (
        "<html><head><title>\u041f\u0430\u0440\u043e\u043c</title></head><body><p>"
        + _RUSSIAN * 20
        + "</p></body></html>"
    ).encode("cp1251")
    text = decode_html(body, {"content-type": "text/html"})
    assert _RUSSIAN in text, text[-200:]


def _answer(body: bytes) -> FakeFetcher:
    def answer(url: str) -> FetchResult:
        return FetchResult(
            url=url, final_url=url, status_code=200, headers={"content-type": "text/html"}, body=body
        )

    return FakeFetcher(answer)


def test_a_report_reads_the_title_of_a_page_after_a_megabyte_of_blanks() -> None:
    # the cited title is compared with the page's (it was "no title to check": PARSE_BYTES were all blanks)
    url = "https://zemaitiu-zinios.lt/2020/01/09/ferry"
    fetcher = _answer(_page_1257(b"\n    " * 220_000))
    right, wrong = check(
        [Citation(url=url, title=_TITLE), Citation(url=url + "?b", title="Kaunas marathon results")],
        Config(),
        fetcher=fetcher,
    ).results
    assert right.metadata is not None, (right.status, right.reason)
    assert right.metadata.title == _TITLE, right.metadata
    assert (right.status, str(right.verdict)) == (Status.OK, "pass"), right.findings
    assert FindingKind.TITLE_MISMATCH in [f.kind for f in wrong.findings], wrong.findings


def test_a_report_still_parses_no_more_than_a_megabyte_of_a_page_s_own_bytes() -> None:
    # left alone: a page whose head comes after 1.1 MB of its own bytes (text) is parsed no further than
    # before; the bound on the parser's work is the same (a comment of that size before the title is left
    # out of the window since the thirty-sixth round, as a style's text: tests/test_hostile_rules36.py)
    url = "https://zemaitiu-zinios.lt/2020/01/09/late"
    fetcher = _answer(_page_1257(b"<p>" + b"x" * 1_100_000 + b"</p>"))
    (result,) = check([Citation(url=url)], Config(), fetcher=fetcher).results
    assert result.metadata is None or result.metadata.title != _TITLE, result.metadata
