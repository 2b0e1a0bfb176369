"""The forty-fifth session's cuts of a page's reading cost in the extractor (cost7, issue 7), each held to the
form it replaced.

- ``extract.core._parse_head``: the head read alone (``_head_page``) is parsed by a parser that
  drops the blank text between elements (``remove_blank_text``); what ``_scan_head`` reads of the tree is
  the same as from the body's parser, which keeps every text.
- ``extract.core._scan_head``: ``_add_meta``'s steps inlined for the usual meta (a name attribute and its
  content): the same names and values recorded, without a call a meta.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.extract import core

_BLANKS = st.sampled_from(["", " ", "\n", "\n  ", "\t", " \r\n ", "\u00a0", "\x0c"])
#: Pieces of a head (and what may follow it), written so that white space stands between and inside them.
_PIECES = st.sampled_from(
    [
        "<meta name='description' content=' A story. '>",
        '<meta property="og:title" content="Headline | Site">',
        "<meta content='2024-05-01' itemprop='datePublished'>",
        "<meta http-equiv='last-modified' content='Mon, 01 Jan 2024 00:00:00 GMT'>",
        "<meta name='DC.date' scheme='issued' content='2001-02-03'>",
        "<title>  Headline  </title>",
        "<title> </title>",
        "<title>A <b>b</b></title>",
        "<link rel='canonical' href=' /a '>",
        "<link rel=stylesheet href=/s.css>",
        '<script type=\'application/ld+json\'> {"@type": "NewsArticle", "headline": "H"} </script>',
        "<script type='application/ld+json'>  </script>",
        "<script>\x7f</script>",
        "<script> </script>",
        "<style> p { } </style>",
        "<noscript> <img src=x> </noscript>",
        "<!-- a comment --> ",
        "<div itemscope itemtype='https://schema.org/Comment'> <meta itemprop='dateModified' content='2020'>",
        "</div>",
        "<p> text </p>",
        "<span> </span>",
        "</head>",
        "<body lang='fr'>",
        "x",
    ]
)
_HEADS = st.builds(
    lambda opening, parts: opening + "".join(blank + piece for blank, piece in parts),
    st.sampled_from(["", "<!DOCTYPE html>", "<html lang='en'><head>", " <html>\n<head>\n"]),
    st.lists(st.tuples(_BLANKS, _PIECES), max_size=14),
)


def _scan(text: str, *, head: bool) -> tuple[int, Any]:
    """What ``_scan_head`` records of ``text``'s tree (and the blank scripts it counts)."""
    page = core._Page(url="https://news.example/2024/05/01/story")
    blanks = core._scan_head(page, (core._parse_head if head else core._parse)(text), count_blanks=True)
    return blanks, (page.lang, page.metas, page.title_tag, page.canonical, repr(page.jsonld))


def test_the_head_parser_drops_blank_text_between_elements() -> None:
    root = core._parse_head("<html><head>\n<meta name='a' content='b'>\n<title> T </title>\n</head>")
    meta = root.find(".//meta")
    assert meta.tail is None  # the line break after it: no text node
    assert root.find(".//title").text == " T "  # a title's own text, kept
    assert core._parser(head=False) is not core._parser(head=True)


def test_the_head_parser_keeps_a_blank_title_and_script_text() -> None:
    text = "<head><title> </title><script type='application/ld+json'>\n</script></head>"
    root = core._parse_head(text)
    assert root.find(".//title").text == " "
    assert root.find(".//script").text == "\n"


def test_the_body_parser_keeps_blank_text_between_elements() -> None:
    """Left alone: the body's parser (its readers read tails)."""
    root = core._parse("<html><body><p>a</p>\n<p>b</p> <b>c</b> <i>d</i></body></html>")
    assert root.find(".//p").tail == "\n"
    assert root.find(".//b").tail == " "


def test_a_head_page_is_parsed_by_the_head_parser(monkeypatch: Any) -> None:
    seen: list[str] = []
    parse_head = core._parse_head

    def spy(text: str) -> Any:
        seen.append(text)
        return parse_head(text)

    monkeypatch.setattr(core, "_parse_head", spy)
    for text in ("<head><script>" + "v" * 300 + "</script><title>T</title></head>", "<head><title>T</title>"):
        head_end, scripts = core._head_end(text + "<body>")
        assert head_end is not None
        core._head_page("https://a.example/", text, head_end, scripts)
    assert len(seen) == 2  # the blanked head's parse (its blank counted), and the plain head's


@settings(max_examples=1500, deadline=None)
@given(_HEADS)
def test_the_head_scan_reads_alike_from_both_parsers(text: str) -> None:
    assert _scan(text, head=True) == _scan(text, head=False)


def _metas_by_add_meta(items: list[tuple[str, str]]) -> dict[str, list[str]]:
    """The metas as ``_add_meta`` records them (the form the inlined steps replaced)."""
    metas: dict[str, list[str]] = {}
    for key, content in items:
        core._add_meta(metas, key, content)
    return metas


def _metas_by_scan(items: list[tuple[str, str]], attr: str) -> dict[str, list[str]]:
    page = core._Page(url="https://a.example/")
    root = core.etree.Element("html")
    head = core.etree.SubElement(root, "head")
    for key, content in items:
        core.etree.SubElement(head, "meta", {attr: key, "content": content})
    core._scan_head(page, root)
    return page.metas


def test_a_usual_meta_is_recorded_without_a_call(monkeypatch: Any) -> None:
    calls: list[str] = []
    add_meta = core._add_meta

    def spy(metas: dict[str, list[str]], key: str, content: str) -> None:
        calls.append(key)
        add_meta(metas, key, content)

    monkeypatch.setattr(core, "_add_meta", spy)
    page = core._Page(url="https://a.example/")
    markup = "<head><meta name='Description' content=' A story. '><meta content='x' property='og:title'>"
    core._scan_head(page, core._parse_head(markup + "<meta name='a' content='b' scheme='c'></head>"))
    assert page.metas == {"description": ["A story."], "og:title": ["x"], "a": ["b"]}
    assert calls == ["og:title", "a"]  # the reversed order and three attributes: by the call, as before


_KEYS = st.sampled_from(
    ["", " ", "og:title", "OG:Title", "description  og:description", "a\tb", "date", "x y x"]
)
_CONTENTS = st.one_of(
    st.sampled_from(["", " v ", "\nv\u00a0", "w" * 2100, " " + "w" * 2001]),
    st.text(alphabet="ab Ё\t\n\r\u00a0\u3000.", max_size=30),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_KEYS, _CONTENTS), max_size=6), st.sampled_from(["name", "property", "itemprop"]))
def test_the_inlined_steps_record_what_add_meta_records(items: list[tuple[str, str]], attr: str) -> None:
    assert _metas_by_scan(items, attr) == _metas_by_add_meta(items)
