"""The forty-second session's cut of a page's reading cost (cost1), held to the form it replaced.

``extract.titles.squash`` of an ASCII text was ``_NON_WORD.sub("", text)``: ``_ascii_squash`` drops white
space by ``split`` and ``join`` and returns what is left when it is letters and digits only (a headline), the
pattern dropping the rest otherwise. It must give what the pattern gave on any ASCII text.
"""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.extract.titles import _NON_WORD, _ascii_squash, squash


def _oracle(text: str) -> str:
    return _NON_WORD.sub("", text)


def test_a_headline_is_its_letters_and_digits() -> None:
    headline = "Harbour ferries resume after 12-day strike"
    assert _ascii_squash(headline) == "Harbourferriesresumeafter12daystrike" == _oracle(headline)
    assert squash(headline) == "harbourferriesresumeafter12daystrike"


def test_what_is_not_a_letter_or_digit_goes_too() -> None:
    # separators, underscores, punctuation, controls and every ASCII white space character
    for text in (
        "Headline | The Loopback Herald",
        "snake_case_name",
        "A\tB\nC\x0bD\x0cE\rF\x1cG\x1fH",
        "!!",
        "",
    ):
        assert _ascii_squash(text) == _oracle(text)
    assert _ascii_squash("The_127 Gazette: a-b") == "The127Gazetteab"


def test_what_it_leaves_alone() -> None:
    # text that is not ASCII keeps its own way (transliterated, decomposed): the cut is not asked of it
    assert squash("РИА Новости") == "rianovosti"
    assert squash("Café Ünïon") == "cafeunion"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=string.printable + "\x00\x1c\x1d\x1e\x1f\x7f_", max_size=40))
def test_ascii_squash_is_the_patterns_sub(text: str) -> None:
    assert _ascii_squash(text) == _oracle(text)
