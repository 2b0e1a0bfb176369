"""One count of a small page's visible text: ``classify.failed_includes`` (a template of failed server-side
includes) and ``classify.unassembled_esi`` (Edge Side Includes passed through) ask
``classify.visible_chars`` (one linear pass) instead of their own ``<(script|style)...>.*?</...>|<[^>]*>``
substitution, which scanned to the body's end from each ``<`` of a run with no ``>``.

On well-formed markup the two counts agree (the property below holds the old form as its reference). They
differ only where the old form read markup as no browser does, and these tests pin the new reading: a ``<``
followed by a blank is text, and a script or a style with no end tag hides the rest of the page."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.classify import failed_includes, unassembled_esi, visible_chars

#: The substitution the two rules used before, kept here as the reference for well-formed markup.
_OLD_NOT_TEXT = re.compile(rb"<(script|style)\b[^>]*>.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
_SSI_ERROR = b"[an error occurred while processing this directive]"


def _old_count(markup: bytes) -> int:
    return len(b"".join(_OLD_NOT_TEXT.sub(b" ", markup).split()))


_WORD = st.text(alphabet="abcxyzé\u0416 .,;:!\n\t&;=\"'/", min_size=0, max_size=30).map(str.encode)
_ATTRS = st.sampled_from([b"", b' class="x"', b" id=a", b' data-x="1/2"', b" hidden"])
_TAG = st.builds(
    lambda name, attrs, close: b"<" + (b"/" if close else b"") + name + attrs + b">",
    st.sampled_from([b"p", b"div", b"a", b"span", b"h1", b"title", b"br", b"esi:include", b"scripts"]),
    _ATTRS,
    st.booleans(),
)
_RAW = st.builds(
    lambda name, attrs, inside, upper: (
        b"<" + name + attrs + b">" + inside + b"</" + (name.upper() if upper else name) + b">"
    ),
    st.sampled_from([b"script", b"style", b"SCRIPT", b"Style"]),
    _ATTRS,
    st.text(alphabet="abc <>/;{}()=\"'", max_size=40)
    .map(str.encode)
    .filter(lambda inside: b"</script" not in inside.lower() and b"</style" not in inside.lower()),
    st.booleans(),
)
_PIECE = st.one_of(_WORD, _TAG, _RAW, st.just(b"<!-- note -->"), st.just(_SSI_ERROR))


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECE, max_size=30))
def test_on_well_formed_markup_the_count_is_the_old_one(pieces: list[bytes]) -> None:
    markup = b"".join(pieces)
    old = _old_count(markup)
    assert visible_chars(markup, 10_000) == old
    assert (visible_chars(markup, 200) < 200) == (old < 200)


def _template(inside: bytes) -> bytes:
    return (
        b"<html><head><title>Northfield Courier</title></head><body><nav>Home News</nav>"
        + inside
        + b"</body></html>"
    )


def test_an_open_bracket_followed_by_a_blank_is_text_a_reader_sees() -> None:
    # A reader sees "if a < b then ..." in full; the old form dropped all from "<" to the next tag's ">".
    prose = b"<p>" + b"if a < b then the count rises " * 10 + b"<i>again</i></p>"
    assert visible_chars(prose, 10_000) > _old_count(prose)
    assert failed_includes(_template(_SSI_ERROR + prose)) is None
    assert unassembled_esi(_template(b'<esi:include src="/f/story"/>' + prose)) is None


def test_a_script_with_no_end_tag_hides_the_rest_of_the_page() -> None:
    # A browser shows nothing after an unclosed <script>; the old form counted the script's code as text.
    tail = b"<script>" + b"var story = load('/fragments/story', function () { render(); });\n" * 6
    assert visible_chars(tail, 10_000) == 0
    assert _old_count(tail) >= 200
    assert failed_includes(_template(_SSI_ERROR + _SSI_ERROR + tail)) == 2
    assert unassembled_esi(_template(b'<esi:include src="/f/story"/>' + tail)) == 1


def test_a_story_beside_a_failed_footer_include_is_left_alone() -> None:
    story = b"<article><p>" + b"The council voted on the budget on Tuesday evening. " * 8 + b"</p></article>"
    assert failed_includes(_template(story + _SSI_ERROR)) is None
    assert failed_includes(_template(_SSI_ERROR + b"<footer>" + _SSI_ERROR + b"</footer>")) == 2


def test_a_run_of_open_brackets_in_a_small_page_is_read_in_one_pass() -> None:
    # 16,000 bytes of "<" with no ">": visible_chars reads them as text in one pass.
    body = _template(_SSI_ERROR + b"<" * 15_000)
    assert failed_includes(body) is None
    assert unassembled_esi(_template(b"<esi:include src='/x'/>" + b"< " * 7_000)) is None
