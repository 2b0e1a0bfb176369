"""The head's long scripts blanked before lxml parses it (xcost3, thirty-first session): ``core._head_end``
steps over a long script's text when looking for the head's end, and ``core._head_page`` reads the head from
its tree with that text replaced by one character, keeping that reading only when the scan proves the
blanking exact. Every head here must read as the unblanked head reads (and, at the tree's level, give the
same tree but for script texts), and the head must end where ``_HEAD_END`` alone says."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]

from linkcheck.extract import core, extract_metadata

LONG = "window.__CONFIG__=" + json.dumps({f"key{i}": i * 7919 for i in range(40)}) + ";"
TAIL = "<body><h1>Heading of the page</h1><p>Text.</p></body></html>"


def _shape(root: object) -> bytes:
    """The tree as markup, with the text of every script that is not JSON-LD left out."""
    copy = etree.fromstring(etree.tostring(root))
    for el in copy.iter("script"):
        if "json" not in (el.get("type") or "").lower():
            el.text = None
    return bytes(etree.tostring(copy))


def _blanked(text: str, end: int, scripts: list[tuple[int, int]]) -> str:
    pieces, kept = [], 0
    for start, stop in scripts:
        pieces += [text[kept:start], core._BLANK]
        kept = stop
    return "".join([*pieces, text[kept:end]])


def _read_both(head: str, monkeypatch: pytest.MonkeyPatch) -> tuple[core._Page, core._Page, bool]:
    """The page ``_head_page`` reads from ``head + TAIL``, the page read from its head parsed as it is, and
    whether the blanked tree was the one kept (the head was parsed otherwise than as it is)."""
    text = head + TAIL
    end, scripts = core._head_end(text)
    found = core._HEAD_END.search(text)
    assert end == (found.start() if found else None)
    assert end is not None
    parsed: list[str] = []
    real_parse = core._parse_head  # the head's parser (cost7: blank text between elements dropped)

    def recording(markup: str) -> object:
        parsed.append(markup)
        return real_parse(markup)

    monkeypatch.setattr(core, "_parse_head", recording)
    fast = core._head_page("https://site.example/a", text, end, scripts)
    monkeypatch.setattr(core, "_parse_head", real_parse)
    plain = core._Page(url="https://site.example/a")
    core._scan_head(plain, core._parse(text[:end]))  # the plain head, by the parser that keeps every text
    return fast, plain, parsed[-1] != text[:end]


def test_a_long_config_script_is_blanked_and_the_rest_of_the_head_read_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    head = f"<html><head><title>T</title><script>{LONG}</script><meta name='a' content='b'></head>"
    fast, plain, kept = _read_both(head, monkeypatch)
    assert kept
    assert fast == plain
    assert (fast.title_tag, fast.metas) == ("T", {"a": ["b"]})


def test_json_ld_short_scripts_and_scripts_holding_a_lt_sign_are_left_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    jsonld = '{"@type": "NewsArticle", "headline": "' + "h" * 400 + '"}'
    head = (
        f"<html><head><script type='application/ld+json'>{jsonld}</script><script>var a = 1;</script>"
        f"<script>if (a < 2) {{ {LONG} }}</script></head>"
    )
    text = head + TAIL
    assert core._head_end(text) == (text.index("</head>"), [])
    fast, plain, kept = _read_both(head, monkeypatch)
    assert not kept
    assert fast == plain
    assert len(fast.jsonld) == 1


@pytest.mark.parametrize(
    "head",
    [
        # <script> where no script starts: inside a comment, a title, an attribute's value, a style
        f"<html><head><!-- <script>{LONG}--><meta name='a' content='b'></script> --><title>T</title></head>",
        f"<html><head><title>a <script>{LONG}</script></title><meta name='a' content='b'></head>",
        f"<html><head><meta content='<script>{LONG}</script>' name='x'><title>T</title></head>",
        f"<html><head><style>p {{}} <script>{LONG}</style><title>T</title></script></head>",
        # inside another script's text (upper-case, or escaped by "<!--")
        f'<html><head><SCRIPT>var s="<script>{LONG}</script>";</SCRIPT><title>T</title></head>',
        f"<html><head><script><!--<script>{LONG}</script>x</script><title>T</title></head>",
        # a start tag whose quoted value holds ">"
        f"<html><head><script data-x='a>b'>{LONG}</script><title>T</title></head>",
        # JSON-LD whose type only the parser reads as such (a character reference)
        f"<html><head><script type='application/ld&#43;json'>{LONG}</script><title>T</title></head>",
        # the blank's own character in the head
        f"<html><head><script>{LONG}\x7f</script><title>T</title></head>",
        # a text ended by an upper-case end tag
        f"<html><head><script>{LONG}</SCRIPT><title>T</title></script></head>",
    ],
)
def test_a_blank_the_tree_does_not_prove_falls_back_to_the_plain_parse(
    head: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, plain, kept = _read_both(head, monkeypatch)
    assert not kept
    assert fast == plain


def test_a_head_end_inside_a_script_is_where_the_pattern_finds_it() -> None:
    text = f"<html><head><script>{LONG} document.write('</head>')</script><title>T</title></head>" + TAIL
    end, scripts = core._head_end(text)
    assert (end, scripts) == (text.index("</head>"), [])


def test_extract_metadata_reads_a_head_with_long_scripts_as_before() -> None:
    head = (
        "<html lang='en'><head><title>Mayor opens the bridge | Daily Example</title>"
        f"<script>{LONG}</script><meta property='og:title' content='Mayor opens the bridge'>"
        f"<script>{LONG}</script><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "Mayor opens the bridge", "datePublished": "2021-03-04"}'
        "</script></head>"
    )
    meta = extract_metadata(head + TAIL, "https://daily.example/a/b", today=dt.date(2026, 12, 3))
    assert meta.title == "Mayor opens the bridge"
    assert meta.published is not None
    assert meta.published.value == dt.date(2021, 3, 4)


_PIECES = st.sampled_from(
    [
        "<title>T</title>",
        "<title>a <script>",
        "</title>",
        "<meta name='a' content='b'>",
        "<meta content='<script>' name=x>",
        "<!-- ",
        " -->",
        "<style>",
        "</style>",
        "<SCRIPT>",
        "<script>",
        "<script type='application/ld+json'>",
        "</script>",
        "</SCRIPT>",
        "<!--",
        "<noscript>",
        "</noscript>",
        "<link rel=canonical href='/x'>",
        LONG,
        LONG[:200],
        "x < y",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14))
def test_any_head_whose_blanks_the_scan_proves_gives_the_plain_tree(pieces: list[str]) -> None:
    """What ``_head_page`` relies on: when every blank is the whole text of a script that is not JSON-LD
    (the count ``_scan_head`` gives), the blanked tree is the plain one, script texts aside; and where the
    head ends is where the pattern alone says."""
    text = "<html><head>" + "".join(pieces) + "</head>" + TAIL
    end, scripts = core._head_end(text)
    found = core._HEAD_END.search(text)
    assert found is not None
    assert end == found.start()
    if not scripts or core._BLANK in text[:end]:
        return
    blanked = core._parse(_blanked(text, end, scripts))
    plain = core._parse(text[:end])
    if core._scan_head(core._Page(url=""), blanked, count_blanks=True) == len(scripts):
        assert _shape(blanked) == _shape(plain)


def test_many_unclosed_script_tags_are_read_in_linear_time() -> None:
    """A hostile head of ``<script`` openings without a ``>``: each try of the pattern stops at the next
    ``<``, so the head's end is found (as ``_HEAD_END`` finds it) without rereading the page per opening."""
    text = "<html><head>" + "<script data-x=a " * 20_000 + "</head>" + TAIL
    end, scripts = core._head_end(text)
    assert (end, scripts) == (text.index("</head>"), [])
