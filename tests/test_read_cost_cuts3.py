"""The thirty-seventh session's cut of a page's reading cost, held to the form it replaced.

``extract.core._first_h1`` finds the first ``<h1>`` by ``str.find`` and the start and end tags' patterns,
where one pattern (kept below as the oracle) took ~20 k instructions a page: it must give what that pattern's
``search`` matched (start, ``group(1)``, end) on any text, from any position.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.extract.core import _H1_CHARS, _first_h1

#: The pattern ``_first_h1`` replaced (``extract.core._H1_RE`` before the thirty-seventh session).
_H1_RE = re.compile(r"<[hH]1\b[^>]*>(.{0,2000}?)</[hH]1\s*>", re.DOTALL)


def _oracle(text: str, pos: int = 0) -> tuple[int, str, int] | None:
    found = _H1_RE.search(text, pos)
    return None if found is None else (found.start(), found.group(1), found.end())


def test_the_first_h1_with_its_markup_and_end() -> None:
    text = '<div><h1 class="title">Harbour <em>ferries</em> resume</h1 >\n<p>By Mara Quill</p>'
    assert _first_h1(text) == (5, "Harbour <em>ferries</em> resume", text.index("\n"))
    assert _first_h1(text) == _oracle(text)


def test_what_is_no_h1_is_passed_over() -> None:
    # <h10>, an <h1 without its ">" before the next one, one whose end tag is out of reach, one in upper case
    far = "<h1>" + "x" * (_H1_CHARS + 1) + "</h1>"
    text = "<h10>no</h10> <h1 data-x='<' " + far + " <H1>Ferry strike ends</H1> <h1>later</h1>"
    assert _first_h1(text) == (text.index("<H1>"), "Ferry strike ends", text.index(" <h1>later"))
    assert _first_h1(text) == _oracle(text)
    assert _first_h1("<h2>Not a headline</h2>") is None
    assert _first_h1("<h1>Never closed") is None


def test_the_reach_of_an_end_tag_is_the_patterns() -> None:
    for size in range(_H1_CHARS - 3, _H1_CHARS + 4):
        for close in ("</h1>", "</H1\n>", "</h1 x>"):
            text = "<h1>" + "y" * size + close + " <h1>next</h1>"
            assert _first_h1(text) == _oracle(text), (size, close)


def test_the_search_starts_where_it_is_told() -> None:
    text = "<h1>Site</h1><nav>...</nav><h1>Story</h1>"
    assert _first_h1(text, 1) == (text.index("<h1>Story"), "Story", len(text))
    assert _first_h1(text, 1) == _oracle(text, 1)


_PIECES = st.sampled_from(
    ["<h1>", "<H1>", "<h1 ", "<h10>", "<h1-x>", "</h1>", "</H1 >", "</h1\t\n>", "</h1x>", "</", "<", ">",
     "<h1é>", "<em>", "</em>", " ", "\n", "a", "Ж", "x" * 700, "1"]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=30), pos=st.integers(0, 40))
def test_first_h1_is_the_pattern_it_replaced(pieces: list[str], pos: int) -> None:
    text = "".join(pieces)
    assert _first_h1(text, pos) == _oracle(text, pos)
