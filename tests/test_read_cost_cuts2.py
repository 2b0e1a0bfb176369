"""The reading-cost cuts of issue 7 (xcost5) read what the forms they replaced read."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import names
from linkcheck.extract.dates import plain_url_split
from linkcheck.names import fold

#: The patterns as they were written before xcost5 (each opened by its look-behind).
_OLD_SPACED_ABBREVIATION = re.compile(r"(?<!\w)[^\W\d_]{2}(?:\s[^\W\d_]{2})+(?!\w)")
_OLD_SPACED_CAPITALS = re.compile(r"(?<![A-Za-z0-9_])[A-Z]{2}(?:\s[A-Z]{2})+(?![A-Za-z0-9_])")

#: Capitals, small letters, digits (ASCII and Arabic-Indic), the underscore, white space of several kinds,
#: and letters of other scripts (Cyrillic, accented Latin): what the look-behinds tell apart.
_ALPHABET = "ABEUabeu019٣_ \t\n\u00a0.-ÉéЕУеу"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_spaced_capitals_matches_as_before(text: str) -> None:
    assert _spans(names._SPACED_CAPITALS, text) == _spans(_OLD_SPACED_CAPITALS, text)
    assert names._SPACED_CAPITALS.sub(names._join_capitals, text) == _OLD_SPACED_CAPITALS.sub(
        names._join_capitals, text
    )


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_spaced_abbreviation_matches_as_before(text: str) -> None:
    assert _spans(names._SPACED_ABBREVIATION, text) == _spans(_OLD_SPACED_ABBREVIATION, text)


def test_spaced_capitals_at_the_start_middle_and_after_a_word() -> None:
    assert _spans(names._SPACED_CAPITALS, "EE UU") == [(0, 5)]
    assert _spans(names._SPACED_CAPITALS, "los EE UU hoy") == [(4, 9)]
    # after a letter, a digit or an underscore the run is part of a word: left alone
    assert _spans(names._SPACED_CAPITALS, "xEE UU") == []
    assert _spans(names._SPACED_CAPITALS, "9EE UU") == []
    assert _spans(names._SPACED_CAPITALS, "_EE UU") == []
    assert _spans(names._SPACED_CAPITALS, "EE UUx") == []


def test_fold_joins_a_spaced_abbreviation_and_leaves_a_headline() -> None:
    assert fold("Sanciones de EE UU a Rusia") == "sanciones de eeuu a rusia"
    assert fold("Élections aux EE UU") == "elections aux eeuu"  # not ASCII: _SPACED_ABBREVIATION's way
    assert fold("Treaty drought historic senate capital") == "treaty drought historic senate capital"
    assert fold("A Day In The Life") == "a day in the life"  # one-letter and mixed words: no run


@given(
    st.sampled_from(["http://", "https://", "HTTP://", " https://", "ftp://", "http:/", "//", ""]),
    st.text(alphabet="az09.-_:@[]é\t\n ", max_size=14),
    st.text(alphabet="az09/.-_?#%\t ", max_size=14),
)
def test_plain_url_split_memo_answers_as_the_function(scheme: str, netloc: str, rest: str) -> None:
    url = scheme + netloc + rest
    first = plain_url_split(url)
    before = plain_url_split.cache_info().hits
    assert first == plain_url_split.__wrapped__(url)
    assert plain_url_split(url) == first  # the repeat is the memo's answer
    assert plain_url_split.cache_info().hits == before + 1


def test_plain_url_split_of_a_page_address() -> None:
    url = "http://127.0.0.8:41095/sport/2022/12/09/treaty-drought-a63.html"
    assert plain_url_split(url) == ("127.0.0.8:41095", "/sport/2022/12/09/treaty-drought-a63.html")
    assert plain_url_split("http://exa\tmple.com/2020/01/02/") is None  # urlsplit would drop the tab first
