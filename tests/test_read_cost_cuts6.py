"""The forty-fourth session's cuts of a page's reading cost (cost4, issue 7), each held to the form it
replaced.

- ``extract.titles.clean_text`` and ``normalize_title`` skip ``" ".join(text.split())`` for a text that is
  printable and holds no two spaces in a row (white space collapsed already, but for one space at either
  end, which both strip anyway); ``_ascii_squash`` drops the spaces with ``str.replace``: the same strings
  as the old forms'.
"""

from __future__ import annotations

import html
import string
import sys
import unicodedata
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.extract import titles
from linkcheck.extract.titles import _ascii_squash, clean_text, normalize_title

#: Every character ``str.split`` splits at, and then some that look alike (no-break and zero-width spaces,
#: the soft hyphen, controls): the texts below mix them with letters.
_SPACES = (
    "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()) + "\u00ad\u200b\u2060\x00\x1b`."
)
_TEXTS = st.one_of(
    st.text(alphabet=string.ascii_letters + "  " + _SPACES, max_size=40),
    st.text(alphabet="Ab Ёж ǅ́.\u00a0\u3000\t\n", max_size=40),
    st.text(max_size=40),
)


def _c_calls(function: Callable[..., Any], *args: Any) -> set[str]:
    """The names of the C functions ``function(*args)`` calls (a profile hook's ``c_call`` events)."""
    called: set[str] = set()

    def hook(_frame: Any, event: str, arg: Any) -> None:
        if event == "c_call":
            called.add(getattr(arg, "__name__", ""))

    sys.setprofile(hook)
    try:
        function(*args)
    finally:
        sys.setprofile(None)
    return called


def _old_clean_text(text: str) -> str:
    """``clean_text`` as it was at base44 (unmemoised)."""
    if not text:
        return ""
    if "&" in text:
        text = html.unescape(text)
        if "&" in text and titles._ENTITY.search(text):
            text = html.unescape(text)
    if titles._CONTROLS.search(text):
        text = titles._CONTROLS.sub("", text)
    if not text.isascii() and (
        "\u200d" in text or "\u200b" in text or "\u200c" in text or "\u2060" in text or "\ufeff" in text
    ):
        text = titles._ZERO_WIDTH_RUN.sub("", text)
    if not text.isascii() and titles._BIDI_OR_TAG.search(text):
        text = titles.drop_invisible_tags(text)
    return " ".join(text.replace("\u00ad", "").split())[:1000]


def _old_normalize_title(text: str) -> str:
    if text.isascii():
        text = text.replace("`", "'").lower()
    else:
        text = (
            unicodedata.normalize("NFKC", text).translate(titles._QUOTES).translate(titles._DASHES).casefold()
        )
    return " ".join(text.split()).strip(" .")


def test_no_printable_character_but_the_space_is_white_space() -> None:
    # the cut's ground: a printable text's only white space is the space (and it holds no soft hyphen)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char == " " or not char.isprintable():
            continue
        assert not char.isspace(), hex(code)
        assert len(f"a{char}b".split()) == 1, hex(code)
        assert char != "\u00ad"


@settings(max_examples=1000, deadline=None)
@given(_TEXTS)
def test_collapsing_a_printable_text_without_two_spaces_is_stripping_it(text: str) -> None:
    if text.isprintable() and "  " not in text:
        assert " ".join(text.split()) == text.strip(" ")
        assert " ".join(text.split()).strip(" .") == text.strip(" .")


@settings(max_examples=1000, deadline=None)
@given(_TEXTS)
def test_normalize_title_is_the_old_form(text: str) -> None:
    assert normalize_title.__wrapped__(text) == _old_normalize_title(text)  # type: ignore[attr-defined]


@settings(max_examples=1000, deadline=None)
@given(_TEXTS)
def test_clean_text_is_the_old_form(text: str) -> None:
    assert clean_text.__wrapped__(text) == _old_clean_text(text)  # type: ignore[attr-defined]
    long = "&amp; " + text * 60  # past the length bound
    assert clean_text.__wrapped__(long) == _old_clean_text(long)  # type: ignore[attr-defined]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=string.printable + "\x00\x1c\x1d\x1e\x1f\x7f_", max_size=40))
def test_ascii_squash_is_the_pattern(text: str) -> None:
    assert _ascii_squash(text) == titles._NON_WORD.sub("", text)


def test_a_clean_headline_is_not_split_again() -> None:
    headline = "Harbour ferries resume after 12 day strike"
    assert "split" not in _c_calls(clean_text.__wrapped__, headline)  # type: ignore[attr-defined]
    assert clean_text.__wrapped__(headline) is headline  # type: ignore[attr-defined]
    assert "split" not in _c_calls(normalize_title.__wrapped__, headline)  # type: ignore[attr-defined]
    assert normalize_title.__wrapped__(headline) == "harbour ferries resume after 12 day strike"  # type: ignore[attr-defined]
    assert "split" not in _c_calls(_ascii_squash, "harbour ferries resume")
    assert _ascii_squash("harbour ferries resume") == "harbourferriesresume"


def test_texts_with_other_white_space_are_collapsed_as_before() -> None:
    # left alone: a tab, a line break, two spaces, a no-break space, a soft hyphen go the old way
    for text, cleaned in (
        ("Harbour\tferries\nresume", "Harbour ferries resume"),
        ("  Harbour  ferries  ", "Harbour ferries"),
        ("Harbour\u00a0ferries", "Harbour ferries"),
        ("Har\u00adbour ferries", "Harbour ferries"),
        ("Паром\u2028идёт", "Паром идёт"),
    ):
        assert "split" in _c_calls(clean_text.__wrapped__, text), text  # type: ignore[attr-defined]
        assert clean_text.__wrapped__(text) == cleaned  # type: ignore[attr-defined]
    assert normalize_title.__wrapped__(" The  Harbour. ") == "the harbour"  # type: ignore[attr-defined]
    assert normalize_title.__wrapped__(". Ферри `x` ") == "ферри 'x'"  # type: ignore[attr-defined]
    assert _ascii_squash("Harbour\tferries_resume!") == "Harbourferriesresume"
