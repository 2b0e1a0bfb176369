"""``names.title_pieces`` and ``names.folded_pieces``: the one split of a title that the gates', soft-404 and
page-body rules asking "is a piece of this title X?" share (debt1, forty-first session). They must give what
each rule computed for itself before: ``SEPARATORS.split(title)``, the blank pieces dropped, the others as
written; folded, what ``fold`` gives, which leaves no ``.`` or ``!`` to strip and no run of spaces to join
(the rules did both)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.names import SEPARATORS, fold, folded_pieces, title_pieces
from tests.test_names_fold_fast import fixture_strings
from tests.test_names_split_fast import PIECES


def written_pieces(title: str) -> tuple[str, ...]:
    """What the rules wrote, each for itself."""
    return tuple(p for p in SEPARATORS.split(title) if p and p.strip())


def test_pieces_equal_the_rules_own_split_on_fixture_strings() -> None:
    strings = fixture_strings()
    assert sum(len(written_pieces(s)) > 1 for s in strings) > 50
    for s in strings:
        assert title_pieces(s) == written_pieces(s), s
        assert folded_pieces(s) == tuple(fold(p) for p in written_pieces(s)), s


@settings(max_examples=600, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_pieces_equal_the_rules_own_split_on_generated_text(title: str) -> None:
    assert title_pieces(title) == written_pieces(title)
    assert folded_pieces(title) == tuple(fold(p) for p in written_pieces(title))


def test_a_piece_keeps_the_space_a_colon_leaves_on_it() -> None:
    # left alone: the pieces are not stripped (a brand's length is measured on the piece as written)
    assert title_pieces("Northernmost Kolyma Accounting : Sign in") == (
        "Northernmost Kolyma Accounting ",
        "Sign in",
    )
    assert title_pieces("  Sign in | The Kolyma Gazette") == ("  Sign in", "The Kolyma Gazette")


def test_blank_pieces_are_dropped_and_a_title_without_separators_is_one_piece() -> None:
    assert title_pieces("Sign in |  | The Kolyma Gazette") == ("Sign in", "The Kolyma Gazette")
    assert title_pieces("Kremlin moved the parade") == ("Kremlin moved the parade",)
    assert title_pieces("   ") == ()
    assert folded_pieces("Oops! | !! | Вход") == ("oops", "", "vkhod")


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=40))
def test_fold_leaves_no_mark_to_strip_and_no_space_to_join(text: str) -> None:
    # why the rules' ``fold(p).rstrip(".!")`` and ``" ".join(fold(p).split())`` are ``fold(p)``
    for folded in (fold(text), fold(f"{text}!."), fold(f"U.S. {text} !")):
        assert folded == folded.rstrip(".!"), text
        assert folded == " ".join(folded.split()), text


def test_fold_leaves_no_mark_to_strip_on_fixture_strings() -> None:
    for s in fixture_strings():
        folded = fold(s)
        assert folded == folded.rstrip(".!") == " ".join(folded.split()), s
