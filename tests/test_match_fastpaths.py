"""Shortcuts in ``linkcheck.match`` that skip a regular expression when it cannot match give exactly what
the expression gives."""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import match
from linkcheck.models import Metadata, TitleCandidate
from linkcheck.names import fold, is_site_segment, split_segments

TEXT = st.lists(
    st.sampled_from(
        ["s", "m", "ab", "300", "3", "٣", "x", " ", "  ", "word", "中文", "日本", "한국", "ру", "…", "...",
         "..", "(", ")", "[", "]", "aside", "\t", "\xa0", "-", "é", "เชียงใหม่", "ไป"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


def reference_words(folded: str) -> list[str]:
    """The words unconditionally: models joined, CJK characters apart, runs of the scripts without spaces as
    pairs of clusters (fix3)."""
    text = match._cjk().sub(r" \1 ", match._MODEL.sub(r"\1\2", folded))
    return match._UNSPACED.sub(match._clusters, text).split()


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


def reference_token_dice(a: list[str], b: list[str]) -> float:
    """The word Dice as first written: a SequenceMatcher for every pair of long words, its bounds first."""
    if not a or not b:
        return 0.0
    unused = list(b)
    pairs = 0
    for word in a:
        if word in unused:
            unused.remove(word)
            pairs += 1
            continue
        if len(word) < 4:
            continue
        best, best_ratio = None, match._WORD_SIMILARITY
        for other in unused:
            if len(other) < 4:
                continue
            matcher = SequenceMatcher(None, word, other, autojunk=False)
            if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio >= best_ratio:
                best, best_ratio = other, ratio
        if best is not None:
            unused.remove(best)
            pairs += 1
    return 2.0 * pairs / (len(a) + len(b))


#: Words close to each other (a letter added, dropped, swapped or doubled), so that many pairs reach the bar
#: and the best of several near-equal candidates decides.
WORD = st.sampled_from(
    ["defense", "defence", "defenses", "chip", "chips", "talks", "talk", "talked", "missile", "missiles",
     "misile", "systems", "system", "sistems", "resumes", "resume", "resumed", "russia", "russian", "rusia",
     "iraq", "irak", "abcd", "abdc", "abcde", "aabb", "abab", "ab", "x", "s300", "ссср", "сссрр", "中文"]
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(WORD, max_size=9), st.lists(WORD, max_size=9))
def test_token_dice_equals_the_sequence_matcher_version(a: list[str], b: list[str]) -> None:
    assert match._token_dice(a, b) == reference_token_dice(a, b)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abcdeé", min_size=3, max_size=8), max_size=6),
    st.lists(st.text(alphabet="abcdeé", min_size=3, max_size=8), max_size=6),
)
def test_token_dice_equals_the_sequence_matcher_version_on_random_words(a: list[str], b: list[str]) -> None:
    assert match._token_dice(a, b) == reference_token_dice(a, b)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abcdeé", min_size=1, max_size=10), st.text(alphabet="abcdeé", min_size=1, max_size=10)
)
def test_word_ratio_is_the_ratio_or_a_bound_below_the_bar(a: str, b: str) -> None:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    got = match._word_ratio(a, b)
    if matcher.quick_ratio() >= match._WORD_SIMILARITY:
        assert got == matcher.ratio()
    else:
        assert got == matcher.quick_ratio() < match._WORD_SIMILARITY


def reference_strip_affixes(title: str, names: Sequence[str], hosts: Sequence[str]) -> str:
    """Site affixes stripped as first written (the trailing-date pass on every title and segment)."""
    title = match._TRAILING_DATE.sub("", title.strip())
    segments = split_segments(title)
    if len(segments) < 2:
        return title
    start, end = 0, len(segments)
    while end - start > 1 and is_site_segment(match._TRAILING_DATE.sub("", segments[end - 1]), names, hosts):
        end -= 1
    while end - start > 1 and is_site_segment(segments[start], names, hosts):
        start += 1
    if (start, end) == (0, len(segments)):
        return title
    first, last = segments[start], segments[end - 1]
    begin = title.find(first)
    finish = title.rfind(last) + len(last)
    return title[begin:finish] if 0 <= begin < finish else title


AFFIXED = st.lists(
    st.sampled_from(
        ["Iraq resumes talks", "The Moscow Times", "themoscowtimes.com", "RIA Novosti", "РИА Новости", "Home",
         " - ", " | ", ": ", " — ", " :: ", ", 09.01.2020", " 09/01/2020", " 1.2.20", "...", "…", " ", "/"]
    ),
    max_size=7,
).map("".join)  # fmt: skip
NAMES = st.sampled_from([(), ("The Moscow Times",), ("RIA Novosti", "РИА Новости")])
HOSTS = st.sampled_from([(), ("www.themoscowtimes.com",), ("ria.ru", "www.themoscowtimes.com")])


@settings(max_examples=600, deadline=None)
@given(AFFIXED, NAMES, HOSTS)
def test_affixes_are_stripped_as_before_and_segments_kept_only_when_valid(
    title: str, names: tuple[str, ...], hosts: tuple[str, ...]
) -> None:
    stripped, segments = match._split_affixes(title, names, hosts)
    assert stripped == reference_strip_affixes(title, names, hosts)
    assert segments is None or segments == split_segments(stripped)


CANDIDATES = st.one_of(st.none(), st.sampled_from(["", " ", "Iraq talks", " Iraq talks ", "Iraq talks | MT"]))


@settings(max_examples=300, deadline=None)
@given(CANDIDATES, st.lists(st.tuples(CANDIDATES, CANDIDATES), max_size=4))
def test_page_titles_as_before(title: str | None, cands: list[tuple[str | None, str | None]]) -> None:
    meta = Metadata(
        title=title,
        title_candidates=tuple(TitleCandidate(text=t or "", source="h1", raw=r) for t, r in cands),
    )
    titles = [meta.title] if meta.title else []
    titles += [c.text for c in meta.title_candidates if c.text]
    titles += [c.raw for c in meta.title_candidates if c.raw]
    assert meta.titles() == [t for t in dict.fromkeys(t.strip() for t in titles) if t]


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT)
def test_word_similarity_is_the_dice_of_the_words_in_either_order(a: str, b: str) -> None:
    # Numbers are read first (``3 000`` is ``3000``: ``match._numerals``, tests/test_match_rules5.py).
    na, nb = match._numerals(a), match._numerals(b)
    expected = 1.0 if a == b or na == nb else reference_token_dice(reference_words(na), reference_words(nb))
    if a != b and match._numbers_conflict(na, nb):  # numbers that contradict each other cap the score
        expected = min(expected, match._NUMBER_CONFLICT_CAP)
    match._word_dice.cache_clear()
    assert match.word_similarity(a, b) == expected
    match.word_similarity(b, a)
    assert match.word_similarity(a, b) == expected
    assert match._word_dice.cache_info().maxsize is not None
