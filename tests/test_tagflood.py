"""Start tags with floods of attributes are cut before lxml parses a page (linkcheck.tagflood).

libxml2's HTML parser compares each attribute of a tag with every one before it; a page with one tag of
100,000 attributes held a process for minutes. These tests pin what is cut and what is left as it is.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.extract import extract_metadata
from linkcheck.quotes import page_text
from linkcheck.tagflood import MAX_ATTRIBUTES, capped_tags

_HEAD = "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Ferry resumes winter crossings</title>"


def _attributes(tag_text: str) -> int:
    return len(re.findall(r" data-b\d+", tag_text))


def test_a_flooded_body_tag_keeps_its_first_attributes_and_the_page_after_it() -> None:
    flood = "".join(f' data-b{n}="x"' for n in range(20_000))
    page = (
        _HEAD + '</head><body class="story"' + flood + "><h1>Ferry resumes winter crossings</h1><p>Text.</p>"
    )
    out = capped_tags(page)
    body_tag = out[out.index("<body") : out.index(">", out.index("<body")) + 1]
    assert _attributes(body_tag) == MAX_ATTRIBUTES - 1  # class="story" is the first of them
    assert 'class="story"' in body_tag
    assert out.endswith("><h1>Ferry resumes winter crossings</h1><p>Text.</p>")
    assert (
        extract_metadata(page.encode(), "https://news.example/ferry").title
        == "Ferry resumes winter crossings"
    )


def test_valueless_attributes_and_a_self_closing_slash() -> None:
    page = "<p>before</p><img" + "".join(f" b{n}" for n in range(5_000)) + " /><p>after</p>"
    out = capped_tags(page)
    assert out.endswith(" b254 b255/><p>after</p>")
    assert "b256" not in out
    assert out.startswith("<p>before</p><img b0 b1 ")


def test_a_flood_that_never_closes_ends_with_the_text() -> None:
    page = "<p>before</p><div" + "".join(f' data-b{n}="1"' for n in range(2_000))
    out = capped_tags(page)
    assert _attributes(out) == MAX_ATTRIBUTES
    assert out.startswith("<p>before</p><div data-b0=")


def test_quoted_values_holding_brackets_and_spaces_are_attributes_of_the_tag() -> None:
    flood = "".join(f' data-b{n}="a > b c=d"' for n in range(1_000))
    page = "<section" + flood + ">kept</section>"
    out = capped_tags(page)
    assert (
        out
        == "<section" + "".join(f' data-b{n}="a > b c=d"' for n in range(MAX_ATTRIBUTES)) + ">kept</section>"
    )


def test_long_tags_with_few_attributes_are_left_as_they_are() -> None:
    data_uri = '<img src="data:image/png;base64,' + "QUJD" * 20_000 + '" alt="map">'
    props = '<div data-props="' + "{&quot;k&quot;: 1, " * 3_000 + '}">x</div>'
    svg = '<path d="' + " ".join(f"L{n} {n}" for n in range(5_000)) + '"/>'
    srcset = '<img srcset="' + ", ".join(f"/i/{n}.jpg {n}w" for n in range(400)) + '">'
    page = "<body>" + data_uri + props + svg + srcset + "</body>"
    assert capped_tags(page) is page


def test_scripts_styles_and_comments_hold_no_tags() -> None:
    # "i<n" in a script and a commented-out tag each read like a start tag of many "attributes"
    script = "<script>for (var i = 0; i<n; i++) {" + " total += i;" * 600 + "}</script>"
    style = "<STYLE>a<b" + " x" * 600 + "</STYLE>"
    comment = "<!-- <div" + ' data-b="x"' * 600 + " -->"
    page = "<head>" + script + style + "</head><body>" + comment + "<p>kept</p></body>" + " " * 16_384
    assert capped_tags(page) is page
    # a flood after them is still cut
    flooded = page.replace("<p>kept</p>", "<p" + " a" * 600 + ">kept</p>")
    assert capped_tags(flooded).endswith("<p" + " a" * MAX_ATTRIBUTES + ">kept</p></body>" + " " * 16_384)


def test_the_page_text_of_a_flooded_page_is_read() -> None:
    page = (
        "<html><body"
        + "".join(f" b{n}" for n in range(20_000))
        + "><p>The ferry sails at noon.</p></body></html>"
    )
    assert page_text(page) == "The ferry sails at noon."


_TAG_NAMES = st.sampled_from(["p", "div", "a", "img", "span"])
_VALUES = st.text(alphabet="ab <>=/'", max_size=8)


@st.composite
def _tags(draw: st.DrawFn) -> str:
    name = draw(_TAG_NAMES)
    count = draw(st.integers(0, 40))
    quote = draw(st.sampled_from(['"', "'"]))
    attrs = "".join(f" x{n}={quote}{draw(_VALUES).replace(quote, '')}{quote}" for n in range(count))
    return f"<{name}{attrs}>" + draw(st.text(alphabet="abc ", max_size=20))


@settings(max_examples=200, deadline=None)
@given(st.lists(_tags(), max_size=30))
def test_pages_without_a_flood_are_returned_unchanged(tags: list[str]) -> None:
    page = "<body>" + "".join(tags) + "</body>" + " " * 16_384  # long enough to be looked at
    assert capped_tags(page) is page


def test_a_short_text_is_not_looked_at() -> None:
    page = "<p" + " a" * 1_000 + ">x</p>"  # 1,000 attributes, 2 KB: its parse takes a few milliseconds
    assert capped_tags(page) is page
