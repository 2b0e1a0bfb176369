"""The forty-second session's second set of cuts of a page's reading cost (cost2), each held to the form it
replaced.

- ``extract.dates._ISO`` writes its letters in both cases instead of compiling with ``re.IGNORECASE``: the
  same matches and groups, by ``match`` and by ``search``, as the old form's.
- ``soft404._split_pieces`` answers an ASCII title with no key character (``_PIECE_KEY``) as one piece,
  without the key's search: what ``_PIECES.split`` gave, less the blank pieces.
- ``soft404._may_be_notice`` tests its words in a loop, not ``any`` over a generator: the same answer.
"""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import soft404
from linkcheck.extract import dates
from linkcheck.soft404 import _NOTICE_WORDS, _PIECES, _may_be_notice, _split_pieces

#: ``_ISO`` as it was at base42d.
_OLD_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?",
    re.IGNORECASE,
)


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


def test_iso_has_no_ignorecase_and_reads_both_cases() -> None:
    assert not dates._ISO.flags & re.IGNORECASE
    for text in (
        "2020-01-09T15:12:00Z",
        "2020-01-09t15:12:00z",
        "2020-01-09 15:12 utc",
        "2020-01-09 15:12 Gmt",
        "2020-01-09T15:12:00.123+03:00",
    ):
        new, old = dates._ISO.match(text), _OLD_ISO.match(text)
        assert new is not None, text
        assert _same(new, old), text
    assert dates.parse_date_string("2020-01-09 15:12 utc") == dates.parse_date_string("2020-01-09T15:12Z")


def test_iso_leaves_alone_what_it_never_read() -> None:
    # a zone it does not know stays unread, as before; a word is no date
    for text in ("2020-01-09 15:12 CET", "2020-01-09x15:12", "January 2020", "20-01-09"):
        assert _same(dates._ISO.match(text), _OLD_ISO.match(text)), text
    assert dates._ISO.match("2020-01-09 15:12 CET").group(7) is None  # type: ignore[union-attr]


_DATEISH = st.text(alphabet="0123456789-:.,+ TtZzUuCcGgMmKkſ\u212a\t", max_size=40)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(_DATEISH, st.text(max_size=30)))
def test_iso_is_the_old_pattern(text: str) -> None:
    assert _same(dates._ISO.match(text), _OLD_ISO.match(text))
    assert _same(dates._ISO.search(text), _OLD_ISO.search(text))


def _old_split_pieces(title: str) -> list[str]:
    return [p for p in _PIECES.split(title) if p and p.strip()]


def test_a_headline_without_punctuation_is_one_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_search(*args: object) -> list[str]:
        raise AssertionError(f"searched for a key in {args[-1]!r}")

    # the cut: no key character in an ASCII title, so no search for one
    monkeypatch.setattr(soft404, "split_at_keys", no_search)
    assert _split_pieces("Harbour ferries resume after 12 day strike") == [
        "Harbour ferries resume after 12 day strike"
    ]
    assert _split_pieces("   ") == [] == _old_split_pieces("   ")
    assert _split_pieces("") == []


def test_split_pieces_still_searches_a_title_with_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = soft404.split_at_keys

    def spy(pattern: re.Pattern[str], key: re.Pattern[str], text: str) -> list[str]:
        seen.append(text)
        return real(pattern, key, text)

    monkeypatch.setattr(soft404, "split_at_keys", spy)
    # since cost21 an ASCII title's key characters are found in its bytes (``_split_ascii_at``): spied too
    real_ascii = soft404._split_ascii_at

    def spy_ascii(title: str, marks: bytes, at: int) -> list[str]:
        seen.append(title)
        return real_ascii(title, marks, at)

    monkeypatch.setattr(soft404, "_split_ascii_at", spy_ascii)
    assert _split_pieces("Oops! Page not found") == ["Oops", "Page not found"]
    assert _split_pieces("Café Ünïon") == ["Café Ünïon"]  # not ASCII: the search, as before
    assert seen == ["Oops! Page not found", "Café Ünïon"]


def test_split_pieces_leaves_separators_and_other_scripts_to_the_pattern() -> None:
    for title in (
        "Page not found | The Loopback Herald",
        "Oops! Page not found.",
        "Headline (video)",
        "页面不存在_新浪网",
        "Страница не найдена — Новости",
        "snake_case",
    ):
        assert _split_pieces(title) == _old_split_pieces(title), title
    assert _split_pieces("Page not found | The Loopback Herald") == ["Page not found", "The Loopback Herald"]


@settings(max_examples=3000, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=string.printable + "\x1c\x1f\x85\xa0", max_size=60),
        st.text(max_size=40),
    )
)
def test_split_pieces_is_the_patterns_split(title: str) -> None:
    assert _split_pieces(title) == _old_split_pieces(title)


def _old_may_be_notice(titles: list[str]) -> bool:
    text = "\0".join(titles)
    if "KILL" in text or "WITHDRAWN" in text or "ELIMINAT" in text:
        return True
    lowered = text.lower()
    return any(word in lowered for word in _NOTICE_WORDS)


def test_may_be_notice_makes_no_generator() -> None:
    # the cut's form: a loop over the words, no generator expression compiled into the function
    assert not any(isinstance(c, type(_may_be_notice.__code__)) for c in _may_be_notice.__code__.co_consts)


def test_may_be_notice_finds_each_word_and_leaves_a_headline() -> None:
    for word in _NOTICE_WORDS:
        assert _may_be_notice(["Headline", f"A {word.upper()} here"]), word
    assert not _may_be_notice(["Harbour ferries resume", "Harbour ferries resume | The Packet Times"])
    assert not _may_be_notice([])


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.text(alphabet=string.ascii_letters + " ДКОМНТ|", max_size=30), max_size=4))
def test_may_be_notice_is_the_old_any(titles: list[str]) -> None:
    assert _may_be_notice(titles) == _old_may_be_notice(titles)
