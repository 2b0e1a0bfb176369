"""``names.split_segments`` finds separators only around their characters (``matches_at_keys``): it must
split exactly as ``SEPARATORS.split`` does, on fixture titles and on generated text full of separators,
white space of every kind and near-separators."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import names
from linkcheck.names import SEPARATORS, split_segments
from tests.test_names_fold_fast import fixture_strings


def reference_split(title: str) -> list[str]:
    return [part.strip() for part in SEPARATORS.split(title) if part and part.strip()]


def test_split_segments_equals_the_regex_split_on_fixture_strings() -> None:
    strings = fixture_strings()
    assert sum(len(reference_split(s)) > 1 for s in strings) > 50
    for s in strings:
        assert split_segments(s) == reference_split(s), s


PIECES = st.sampled_from(
    [" ", "  ", "\t", "\xa0", "\u2003", "\u2028", "\x1c", "\n", "-", "--", "—", "–", "‐", "‒", "―", "|", "||",
     "·", "•", "»", "/", "//", ":", "::", ":::", "a", "Word", "S-300", "x:y", "ру", "中", "…", "."]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_split_segments_equals_the_regex_split_on_generated_text(title: str) -> None:
    assert split_segments(title) == reference_split(title)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_split_segments_equals_the_regex_split_on_any_text(title: str) -> None:
    assert split_segments(title) == reference_split(title)


def test_every_separator_character_is_a_key() -> None:
    # Each alternative of SEPARATORS, after its leading white space, starts with a key character.
    for sep in [" - ", " -- ", " — ", " | ", "|", " :: ", "::", " · ", "• ", " » ", " / ", ": "]:
        m = SEPARATORS.search(f"a{sep}b")
        assert m is not None, sep
        assert names._SEPARATOR_KEY.match(m.group(0).lstrip()), sep


def test_folds_ascii_tables_agree_with_its_character_classes() -> None:
    assert sorted(q for q in names._QUOTES if q.isascii()) == sorted(names._ASCII_QUOTES.decode())
    for c in range(128):
        word = re.fullmatch(r"[\W_]", chr(c)) is None
        assert names._ASCII_WORD_BYTES[c] == (c if word else 32), c


SPACED = st.lists(
    st.sampled_from(
        ["EE", "UU", "US", "ab", "Ab", "aB", "ABC", "x", "1", "_", "é", " ", "\t", "\x1c", ".", "-"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(SPACED)
def test_ascii_fold_joins_spaced_capitals_as_the_general_expression_does(text: str) -> None:
    from tests.test_names_fold_fast import reference_fold

    assert names.fold.__wrapped__(text) == reference_fold(text)
