"""The mechanics soft404's title rules share (debt1, forty-first session): ``_split_pieces`` gives a title's
finer pieces without the blank ones (its three readers each dropped them), and ``_first_whole_title`` is the
loop of the four notices read from a whole title (closure, relaunch, gone dark, comments), each with its own
length, words and pattern."""

from __future__ import annotations

import re

from linkcheck import soft404
from linkcheck.soft404 import _PIECE_KEY, _PIECES, _first_whole_title, _split_pieces
from tests.test_names_fold_fast import fixture_strings


def test_split_pieces_drops_blank_pieces_and_keeps_the_others_as_written() -> None:
    assert _split_pieces("Oops! Page not found. | The Kolyma Gazette") == [
        "Oops",
        "Page not found",
        "The Kolyma Gazette",
    ]
    assert _split_pieces("Error 502 : ") == ["Error 502 "]  # left alone: not stripped
    assert _split_pieces("!!! ...") == []


def test_split_pieces_equals_the_readers_own_filter_on_fixture_strings() -> None:
    assert _PIECE_KEY is not None
    for s in fixture_strings():
        assert _split_pieces(s) == [p for p in _PIECES.split(s) if p and p.strip()], s


_WORDS = ("ferry",)
_WHOLE = re.compile(r"(?:night )?ferry (?:timetable|cancelled)")


def test_first_whole_title_gives_the_first_that_matches_whole_once_folded() -> None:
    titles = ["Port news", "NIGHT FERRY CANCELLED!", "Ferry timetable"]
    assert _first_whole_title(titles, 40, _WORDS, _WHOLE) == "NIGHT FERRY CANCELLED!"


def test_first_whole_title_leaves_a_longer_title_a_title_without_the_word_and_a_part_match() -> None:
    assert _first_whole_title(["Ferry timetable"], 14, _WORDS, _WHOLE) is None  # 15 characters
    assert _first_whole_title(["Ferry timetable"], 15, _WORDS, _WHOLE) == "Ferry timetable"
    assert _first_whole_title(["Ferry timetable"], 40, ("boat",), _WHOLE) is None  # the cheap test first
    assert _first_whole_title(["Ferry timetable for May"], 40, _WORDS, _WHOLE) is None


def test_the_four_notices_keep_their_own_bounds() -> None:
    # each rule's own length: a comment thread's heading is read up to 40 characters, a closure up to 200
    assert soft404.comments_title(["Comments (12)"]) == "Comments (12)"
    assert soft404.comments_title(["Reader comments (12)"]) == "Reader comments (12)"
    assert soft404.comments_title(["Reader" + " " * 30 + "comments (12)"]) is None  # 49 characters
    assert (
        soft404.dark_title(["This site has gone dark for 24 hours"]) == "This site has gone dark for 24 hours"
    )
    assert soft404.relaunch_title(["We've rebuilt our website!"]) == "We've rebuilt our website!"
    assert soft404.closure_title(["Kremlin moved the parade"]) is None
