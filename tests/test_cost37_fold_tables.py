"""The soft-404 reader's phrase tables are the same however they are built (cost37, issue 7).

``linkcheck.soft404`` folds its phrase tables (error, outage, busy, moved, search, listing phrases...) when
it is imported: ~2,900 :func:`linkcheck.names.fold` calls, paid at the start of every run. Building them
more cheaply must not change one entry. :func:`test_soft404_tables_match_a_plain_fold` executes the module
a second time with the plainest construction there is (every table entry through an unmemoised ``fold``)
and compares every module-level table of the two, so a table added or written later is held to it too.
"""

from __future__ import annotations

import importlib.util
import string
from collections.abc import Iterable
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import linkcheck.names as names
import linkcheck.soft404 as soft404

_PLAIN_FOLD = names.fold.__wrapped__  # fold itself, without its memo


def _plain_folded_set(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(_PLAIN_FOLD(t) for t in texts)


def _soft404_built_plainly(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """``linkcheck.soft404`` executed again as a module of its own, with ``fold`` (and any helper that
    builds a folded table) replaced by the plain construction while it runs."""
    monkeypatch.setattr(names, "fold", _PLAIN_FOLD)
    monkeypatch.setattr(names, "folded_set", _plain_folded_set, raising=False)
    spec = importlib.util.spec_from_file_location("linkcheck_soft404_built_plainly", soft404.__file__)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: The kinds of module-level values compared: the tables and the plain constants beside them.
_TABLE_TYPES = (frozenset, set, dict, tuple, list, str, bytes, int)


def test_soft404_tables_match_a_plain_fold(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _soft404_built_plainly(monkeypatch)
    compared = 0
    for name, value in vars(soft404).items():
        if name.startswith("__") or not isinstance(value, _TABLE_TYPES):
            continue
        assert name in vars(plain), name
        assert getattr(plain, name) == value, name
        compared += 1
    # the folded tables are among them (a rename that hid them from this test would show here)
    tables = ("_FILLER", "_ERROR_WORDS", "_PHRASES", "_DOWN", "_BUSY", "_MOVED_PHRASES", "_SEARCH_TITLES")
    for table in tables:
        assert isinstance(getattr(soft404, table), frozenset), table
    assert compared > 40


def test_soft404_error_phrases_folded_whole() -> None:
    # the largest table against its source, entry by entry: every error phrase of every language, folded
    expected = {_PLAIN_FOLD(p) for phrases in soft404.ERROR_PHRASES.values() for p in phrases}
    assert expected == soft404._PHRASES
    assert len(expected) > 1000


# Text fold gives back unchanged, and text it changes: what a cheaper construction may and may not skip.
@pytest.mark.parametrize(
    "text",
    ["page not found", "404", "error 404", "a", "seite nicht gefunden", "x1 2y", "the page you requested"],
)
def test_cost37_folded_ascii_is_its_own_fold(text: str) -> None:
    assert _PLAIN_FOLD(text) == text


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Page Not Found", "page not found"),  # capitals
        ("page  not found", "page not found"),  # two spaces
        (" page not found", "page not found"),  # a space before
        ("page not found ", "page not found"),  # a space after
        ("we're sorry", "were sorry"),  # a quote deleted
        ("page-not-found", "page not found"),  # punctuation a space
        ("u.s. page", "us page"),  # an abbreviation's dots
        ("page\tnot found", "page not found"),  # other white space
        ("page_not_found", "page not found"),  # an underscore is no word character here
        ("страница не найдена", "stranitsa ne naidena"),  # Cyrillic romanised
        ("désolé", "desole"),  # accents removed
        ("", ""),
    ],
)
def test_cost37_text_fold_changes(text: str, folded: str) -> None:
    assert _PLAIN_FOLD(text) == folded


_WORD = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=6))
def test_cost37_words_of_lowercase_ascii_fold_to_themselves(words: list[str]) -> None:
    text = " ".join(words)
    assert _PLAIN_FOLD(text) == text


def test_cost37_folded_set_is_a_set_of_folds() -> None:
    texts = ["page not found", "Page Not Found", "we're sorry", "страница не найдена", "404", "a  b", ""]
    texts.append("x.y.")
    assert names.folded_set(texts) == _plain_folded_set(texts)
    assert names.folded_set(iter(texts)) == frozenset(
        {"page not found", "were sorry", "stranitsa ne naidena", "404", "a b", "", "xy"}
    )
