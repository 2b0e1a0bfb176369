"""The cheaper forms of a few page signals' tests say what the plain forms say (issue 7).

Each shortcut is compared with the expression it replaced, on generated inputs built from the words the
test looks for, so that both outcomes are met often.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from linkcheck.gates import _GATE_WORDS, _has_gate_word
from linkcheck.match import _LABEL, _unlabelled
from linkcheck.names import any_of, fold
from linkcheck.pagebody import _ALL_NOTICE_HINTS, _NOTICE_HINTS, _holds_any
from linkcheck.soft404 import _PATTERN_WORDS

_HINT_BYTES = st.sampled_from(sorted(_ALL_NOTICE_HINTS)) | st.binary(max_size=12)


@given(st.lists(_HINT_BYTES, max_size=6).map(b" ".join), st.sampled_from(sorted(_NOTICE_HINTS)))
def test_holds_any_is_any_in(data: bytes, language: str) -> None:
    hints = _NOTICE_HINTS[language]
    assert _holds_any(data, hints) == any(hint in data for hint in hints)


def test_holds_any_on_a_window_of_none_and_of_one() -> None:
    hints = _NOTICE_HINTS["en"]
    assert not _holds_any(b"<p>The council met on Tuesday.</p>", hints)
    assert _holds_any(b"<p>this article has been removed.</p>", hints)


_LABELS = st.sampled_from(
    ["UPDATE 2-", "Exclusive: ", "  opinion | ", "LIVE -", "In Pictures — ", "video:", ""]
)
_TEXT = st.text(alphabet=st.sampled_from("abc XYZ-:|–—12\u00e9"), max_size=20)


@given(_LABELS, _TEXT, _LABELS)
def test_unlabelled_is_the_label_sub(first: str, text: str, second: str) -> None:
    title = first + text + second
    assert _unlabelled(title) == _LABEL.sub("", title)


_TITLE_WORDS = st.sampled_from([*_GATE_WORDS[:20], "Sign in", "Cookies", "budget", "talks", "app", "x" * 130])


@given(st.lists(st.lists(_TITLE_WORDS, max_size=4).map(" ".join), max_size=4))
def test_gate_words_in_the_joined_titles_are_in_one_title(titles: list[str]) -> None:
    # each title is followed by a NUL, as `gate_signal` joins them: " app" is a gate word at a title's end
    one_by_one = any(len(t) <= 120 and _has_gate_word(fold(t) + "\0") for t in titles)
    assert _has_gate_word("\0".join(fold(t) for t in titles if len(t) <= 120) + "\0") == one_by_one


_PATTERN_TEXT = st.lists(
    st.sampled_from([*_PATTERN_WORDS, *_GATE_WORDS]) | st.text(alphabet="abdefnorst 4\u5730", max_size=8),
    max_size=5,
).map(" ".join)


@given(_PATTERN_TEXT)
def test_any_of_finds_what_in_finds(text: str) -> None:
    for words in (_PATTERN_WORDS, _GATE_WORDS, ("ab", "abc", "b"), ()):
        assert (any_of(words).search(text) is not None) == any(word in text for word in words)
