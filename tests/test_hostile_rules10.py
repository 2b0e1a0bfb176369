"""The rule the tenth hostile round called for, on bytes and strings (with what it must leave alone).

- a ``<meta http-equiv="refresh">``'s URL is relative to the document's base URL: the first ``<base>`` with an
  ``href`` before it (the HTML standard), as every URL of the page is. It was resolved against the page's
  own URL: a stub with ``<base href="/2020/01/09/">`` and ``url=moved-story`` was followed to ``/moved-story``
  (a 404, reported ``dead``), and one whose ``<base>`` names another host (a metadata address) was followed
  on the page's own host instead of being judged by the guard.
"""

from __future__ import annotations

import pytest

from linkcheck.fetch import _base_href, _refresh

_PAGE = "https://news.test/a/b"


def _stub(head: str) -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}<title>Moved</title></head></html>'.encode()
    )


_META = '<meta http-equiv="refresh" content="0; url=moved-story">'


@pytest.mark.parametrize(
    ("head", "target"),
    [
        # a base path
        ('<base href="/2020/01/09/">' + _META, "https://news.test/2020/01/09/moved-story"),
        # a base on another host: the refresh goes there (and the guard judges it)
        ("<base href='http://169.254.169.254/latest/'>" + _META, "http://169.254.169.254/latest/moved-story"),
        # unquoted, upper case, self-closing, entities
        ("<BASE HREF=/x/y/ />" + _META, "https://news.test/x/y/moved-story"),
        ('<base href="/q/?a=1&amp;b=2">' + _META, "https://news.test/q/moved-story"),
        # the first <base> with an href counts: one without (a target) sets none
        (
            '<base target="_blank"><base href="/first/"><base href="/second/">' + _META,
            "https://news.test/first/moved-story",
        ),
        # a base relative to the page
        ('<base href="../c/">' + _META, "https://news.test/c/moved-story"),
        # an absolute refresh URL is itself whatever the base
        (
            '<base href="/2020/"><meta http-equiv="refresh" content="0; url=https://other.test/x">',
            "https://other.test/x",
        ),
    ],
)
def test_a_meta_refresh_is_relative_to_the_base_url(head: str, target: str) -> None:
    assert _refresh(_PAGE, 200, {}, _stub(head)) == target


@pytest.mark.parametrize(
    "head",
    [
        _META,  # no <base>
        _META + '<base href="/late/">',  # a <base> after the refresh does not apply to it yet
        '<!-- <base href="/old/"> -->' + _META,  # inside a comment or <noscript>: no element
        '<noscript><base href="/nojs/"></noscript>' + _META,
        '<basefont href="/font/"><base data-href="/data/">' + _META,  # other names, other attributes
        '<base href="">' + _META,  # an empty href: the page's own URL
        '<base href="http://[::1/">' + _META,  # no URL: the page's own (the fallback base URL)
    ],
)
def test_what_sets_no_base_url_leaves_the_refresh_as_written(head: str) -> None:
    # as written: the caller resolves it against the page, as before
    assert _refresh(_PAGE, 200, {}, _stub(head)) == "moved-story"


def test_a_refresh_header_is_read_against_the_page_not_a_base() -> None:
    # the header is applied as the document is created, before any <base> is parsed
    body = _stub('<base href="/2020/01/09/">')
    assert _refresh(_PAGE, 200, {"refresh": "0; url=moved-story"}, body) == "moved-story"


def test_a_base_that_makes_the_refresh_the_page_itself_is_a_reload() -> None:
    assert (
        _refresh(
            _PAGE, 200, {}, _stub('<base href="/a/">' + '<meta http-equiv="refresh" content="0; url=b">')
        )
        is None
    )


def test_base_href_reads_only_base_elements_before_the_offset() -> None:
    head = b'<head><base href="/one/"><meta x></head>'
    assert _base_href(head, head.lower(), head.index(b"<meta")) == "/one/"
    assert _base_href(head, head.lower(), head.index(b"<base")) is None
    cut = b'<head><base href="/cut/'
    assert _base_href(cut, cut.lower(), len(cut)) is None  # a tag without its end
