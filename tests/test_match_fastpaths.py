"""Shortcuts in ``linkcheck.match`` that skip a regular expression when it cannot match give exactly what
the expression gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import match
from linkcheck.names import fold

TEXT = st.lists(
    st.sampled_from(
        ["s", "m", "ab", "300", "3", "٣", "x", " ", "  ", "word", "中文", "日本", "한국", "ру", "…", "...",
         "..", "(", ")", "[", "]", "aside", "\t", "\xa0", "-", "é"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


def reference_words(folded: str) -> list[str]:
    return match._CJK.sub(r" \1 ", match._MODEL.sub(r"\1\2", folded)).split()


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_words_equals_the_regex_version(text: str) -> None:
    assert match._words(text) == reference_words(text)
    assert match._words(fold(text)) == reference_words(fold(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_words_equals_the_regex_version_on_any_text(text: str) -> None:
    assert match._words(text) == reference_words(text)


def reference_form(title: str) -> tuple[str, bool, str]:
    raw = title
    return (
        fold(match._ELLIPSIS.sub("", raw)),
        bool(match._ELLIPSIS.search(raw)),
        match._BRACKETED.sub("", raw),
    )


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_form_shortcuts_equal_the_regex_version(title: str) -> None:
    form = match._cached_form.__wrapped__(title, (), ())
    text, truncated, unbracketed = reference_form(title)
    if form is None:
        assert not text
        return
    assert (form.text, form.truncated) == (text, truncated)
    if len(fold(unbracketed).split()) >= 3 and fold(unbracketed) != form.text:
        assert fold(unbracketed) in form.parts
