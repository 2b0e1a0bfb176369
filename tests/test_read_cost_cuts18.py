"""cost20's exact cut in reading a page (issue 7), held to the form it replaced.

- ``extract.core._scan_head``: a usual meta's content (one naming attribute and ``content``) is cut to 2,000
  characters only when it is longer; ``[:2000]`` of a shorter string is that string, and the slice's object
  was made for each such meta (a dozen a page).
"""

from __future__ import annotations

import dis
import sys
from types import FrameType
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.extract import core

_BUILD_SLICE = dis.opmap["BUILD_SLICE"]


def _scan(head: str) -> core._Page:
    page = core._Page(url="https://example.test/2023/03/15/story.html")
    core._scan_head(page, core._parse_head(head))
    return page


def _metas_before(head: str) -> dict[str, list[str]]:
    """The metas as base51's ``_scan_head`` recorded a usual meta's content (``_add_meta``'s steps: strip,
    then ``[:2000]``), for heads of usual metas only (each one naming attribute and ``content``)."""
    metas: dict[str, list[str]] = {}
    root = core._parse_head(head)
    if root is None:
        return metas
    for el in root.iter("meta"):
        attrs = dict(el.items())
        for attr in core._META_KEY_ATTRS:
            key = attrs.get(attr)
            if key and attrs.get("content") is not None:
                core._add_meta(metas, key, attrs["content"])
    return metas


def _head(*metas: tuple[str, str, str]) -> str:
    rows = "".join(f'<meta {attr}="{name}" content="{content}">' for attr, name, content in metas)
    return f"<!DOCTYPE html><html lang='en'><head><title>Story</title>{rows}</head>"


# --- the edges of the cut -----------------------------------------------------------------------------


def test_an_empty_head_records_nothing() -> None:
    assert core._parse_head("") is None
    page = core._Page(url="https://example.test/")
    assert core._scan_head(page, None) == 0
    assert page.metas == {}
    assert _scan("<html><head></head>").metas == {}


def test_a_meta_without_content_is_not_read_as_a_usual_one() -> None:
    page = _scan('<html><head><meta name="description"><meta property="og:title" content=""></head>')
    assert "description" not in page.metas
    assert page.metas["og:title"] == [""]  # an empty content is recorded, as before


def test_content_at_and_around_the_cut() -> None:
    for size in (0, 1, 1999, 2000, 2001, 5000):
        text = "a" * size
        page = _scan(_head(("property", "og:description", text)))
        assert page.metas["og:description"] == [text[:2000]]
        assert len(page.metas["og:description"][0]) == min(size, 2000)


def test_content_stripped_before_it_is_cut() -> None:
    # white space around a long content is stripped first: the 2,000 characters are the text's own
    text = "  \n" + "b" * 2100 + " \t"
    page = _scan(_head(("name", "description", text)))
    assert page.metas["description"] == ["b" * 2000]
    # a content of 2,000 characters with blanks around it keeps them all
    text = " " + "c" * 2000 + " "
    assert _scan(_head(("name", "description", text))).metas["description"] == ["c" * 2000]


def test_content_first_and_a_meta_of_several_names() -> None:
    head = (
        "<html><head>"
        '<meta content="' + "d" * 2500 + '" name="twitter:description">'
        '<meta name="description keywords" content=" both ">'
        "</head>"
    )
    metas = _scan(head).metas
    assert metas["twitter:description"] == ["d" * 2000]
    assert metas["description"] == ["both"]
    assert metas["keywords"] == ["both"]


_CONTENT = st.text(alphabet=st.sampled_from(["a", "é", "Ж", " ", "\t", "\n", "x"]), max_size=40).map(
    lambda s: s * 60
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["property", "name", "itemprop"]),
            st.sampled_from(["og:title", "description", "og:description", "twitter:title", "headline"]),
            _CONTENT,
        ),
        max_size=6,
    )
)
def test_usual_metas_are_the_replaced_form(metas: list[tuple[str, str, str]]) -> None:
    head = _head(*metas)
    assert _scan(head).metas == _metas_before(head)


# --- the work avoided ---------------------------------------------------------------------------------


def _slices_built(head: str) -> int:
    """The ``BUILD_SLICE`` instructions ``_scan_head``'s own frame runs for ``head`` (opcode tracing)."""
    root = core._parse_head(head)
    page = core._Page(url="https://example.test/")
    code = core._scan_head.__code__
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if frame.f_code is not code:
            return None
        frame.f_trace_opcodes = True
        if event == "opcode" and frame.f_code.co_code[frame.f_lasti] == _BUILD_SLICE:
            count += 1
        return trace

    old = sys.gettrace()
    sys.settrace(trace)
    try:
        core._scan_head(page, root)
    finally:
        sys.settrace(old)
    return count


def test_a_short_content_is_not_sliced() -> None:
    # fails on base51 (one slice built for each of the ten metas)
    head = _head(*(("property", f"og:x{n}", "Council delays the bridge vote") for n in range(10)))
    assert _slices_built(head) == 0


def test_a_long_content_is_sliced_once() -> None:
    head = _head(("property", "og:description", "e" * 2001), ("name", "description", "short"))
    assert _slices_built(head) == 1
