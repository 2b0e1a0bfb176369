"""Shortcuts in outlet matching (``names``): near-equal keys settled by difflib's bounds before a
``SequenceMatcher``, a label's generic prefix or suffix looked up by length, a name's compounds memoised.
Each must answer as the plain version does."""

from __future__ import annotations

import itertools
from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import names
from linkcheck.names import fold, label_matches, loose_key, same_outlet


def reference_similar(a: str, b: str) -> bool:
    return min(len(a), len(b)) >= 6 and SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.9


KEYS = st.text(alphabet="abcdeiknorstv", min_size=0, max_size=12)


@settings(max_examples=1500, deadline=None)
@given(KEYS, KEYS)
def test_similar_equals_the_sequence_matcher_version(a: str, b: str) -> None:
    assert names._similar(a, b) is reference_similar(a, b)


def test_similar_examples() -> None:
    assert names._similar("kommersant", "komersant")
    assert names._similar("novosti", "novostii")
    assert not names._similar("vedomosti", "vedamosti")
    assert not names._similar("kommersant", "vedomosti")


def reference_generic_affix(key: str, compounds: frozenset[str]) -> bool:
    for generic in names._GENERIC_KEYS:
        for rest in (key.removeprefix(generic), key.removesuffix(generic)):
            if rest != key and len(rest) >= 2 and rest in compounds:
                return True
    return False


NAMES = ["AP", "Fox", "Daily Mail", "The Moscow Times", "RIA Novosti", "New York Times", "BBC", "Le Monde",
         "Die Presse", "Wall Street Journal", "Interfax", "The Packet Times", "Morning Datagram",
         "Reuters"]  # fmt: skip
LABELS = ["apnews", "foxnews", "dailymail", "themoscowtimes", "ria", "nytimes", "bbc", "lemonde", "lapresse",
          "wsj", "interfaks", "thepackettimes", "morningdatagram", "newsreuters", "reutersnews", "mailonline",
          "news", "times", "a", "", "foxnewsnews", "newsfox", "packettimes", "datagramdaily"]  # fmt: skip


def test_generic_affix_equals_trying_every_generic_key() -> None:
    hits = 0
    for name, label in itertools.product(NAMES, LABELS):
        compounds = names._compound_set(names._name_words(name))
        key = loose_key(fold(label))
        got = names._generic_affix_of_compound(key, compounds)
        assert got is reference_generic_affix(key, compounds), (name, label)
        hits += got
    assert hits >= 3


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(NAMES), st.lists(st.sampled_from([*LABELS, "online", "daily", "press"]), max_size=3))
def test_generic_affix_on_glued_labels(name: str, parts: list[str]) -> None:
    compounds = names._compound_set(names._name_words(name))
    key = loose_key(fold("".join(parts)))
    assert names._generic_affix_of_compound(key, compounds) is reference_generic_affix(key, compounds)


def test_compound_set_is_the_compounds() -> None:
    for name in NAMES:
        words = names._name_words(name)
        assert names._compound_set(words) == set(names._compounds(words))


def test_outlet_answers_unchanged_on_known_pairs() -> None:
    assert label_matches("AP", "apnews")
    assert label_matches("Fox", "foxnews")
    assert label_matches("The Moscow Times", "themoscowtimes")
    assert not label_matches("Die Presse", "lapresse")
    assert same_outlet("AFP", "Agence France-Presse")
    assert same_outlet("WSJ", "Wall Street Journal")
    assert not same_outlet("The Times", "The Moscow Times")


@st.composite
def near_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A key and the key with one or two letters changed, added or dropped: ratios around 0.9."""
    a = draw(st.text(alphabet="abcdeiknorstv", min_size=5, max_size=14))
    b = list(a)
    for _ in range(draw(st.integers(1, 2))):
        i = draw(st.integers(0, len(b)))
        op = draw(st.sampled_from(["sub", "add", "drop"]))
        letter = draw(st.sampled_from("abcdeiknorstv"))
        if op == "add":
            b.insert(i, letter)
        elif b and i < len(b):
            if op == "sub":
                b[i] = letter
            else:
                del b[i]
    return a, "".join(b)


@settings(max_examples=1500, deadline=None)
@given(near_pairs())
def test_similar_equals_the_sequence_matcher_version_near_the_bar(pair: tuple[str, str]) -> None:
    a, b = pair
    assert names._similar(a, b) is reference_similar(a, b)
    assert names._similar(b, a) is reference_similar(b, a)
