"""cost22: the pre-test before a title's pieces are read (``soft404._may_hold_error_piece``).

The soft-404 reading splits each of a page's titles into pieces, folds each and asks the error tables of
it; on most pages no piece is an error. The pre-test proves that from the title's coarse words and words
derived from the tables (``soft404._error_anchors``), and ``_error_signal``, ``is_error_title``,
``has_error_phrase`` and ``says_gone`` skip the pieces when it does. These tests hold it to never
rejecting a title the full reading flags: every phrase of every table, in several foldings and places,
and generated titles; a phrase a table gains is covered with no list to keep; and the work it saves.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import soft404
from linkcheck.models import Metadata


def _full(title: str) -> bool:
    """What the full reading says: some piece of ``title`` (its comma re-read included) is an error."""
    return soft404._has_error_piece(soft404._piece_kinds(title))


def _assert_kept(title: str) -> None:
    if _full(title):
        assert soft404._may_hold_error_piece(title), title


def _ascii_phrases() -> list[str]:
    return sorted(p for p in soft404._PHRASES if p.isascii())


def _places(phrase: str) -> list[str]:
    """``phrase`` written as titles write it: cased, punctuated, beside a site's name and filler."""
    title = " ".join(w[:1].upper() + w[1:] for w in phrase.split())
    first, _, rest = phrase.partition(" ")
    dotted = ".".join(first.upper()) + ("." if len(first) > 1 else "") + (f" {rest}" if rest else "")
    quoted = f"{first[:1]}'{first[1:]} {rest}".strip()
    return [
        phrase,
        phrase.upper(),
        phrase.capitalize(),
        title,
        f"{title}!",
        f"Oops! {title}.",
        f"Sorry, {phrase}",
        f"{title} | The Daily Ledger",
        f"The Daily Ledger - {title}",
        f"Error 404: {phrase}",
        f"(({phrase}))",
        f"{phrase}, sorry, oops",
        dotted,
        quoted,
        phrase.replace(" ", "_"),
        phrase.replace(" ", "  "),
    ]


@pytest.mark.parametrize("phrase", _ascii_phrases())
def test_every_ascii_phrase_passes_in_every_place(phrase: str) -> None:
    assert soft404._may_hold_error_piece(phrase)
    for title in _places(phrase):
        _assert_kept(title)


@pytest.mark.parametrize("phrase", [p for phrases in soft404.ERROR_PHRASES.values() for p in phrases])
def test_every_phrase_as_written_passes(phrase: str) -> None:
    # the tables' phrases as their authors wrote them (accents, capitals, other scripts): each one the full
    # reading flags passes the pre-test, alone and beside a site's name
    for title in (phrase, f"{phrase} | Site", phrase.upper(), f"Oops! {phrase}."):
        _assert_kept(title)
    if _full(phrase):
        assert soft404._may_hold_error_piece(phrase)


@pytest.mark.parametrize("word", sorted(soft404._ERROR_WORDS | soft404._FILLER))
def test_error_and_filler_words_pass(word: str) -> None:
    for title in (word, word.upper(), f"{word} {word}", f"Oops, {word}!", f"{word} | Site", f"Error {word}"):
        _assert_kept(title)


@pytest.mark.parametrize("word", soft404._PATTERN_WORDS)
def test_every_pattern_word_passes_where_a_pattern_matches(word: str) -> None:
    # the patterns are asked only of a text holding one of these words: a title holding one passes
    for title in (word.strip(), f"the story {word.strip()}", f"x{word}y", word.upper().strip()):
        assert soft404._may_hold_error_piece(title), title


@pytest.mark.parametrize(
    "title",
    [
        "This page doesn't exist",
        "The page you requested could not be found",
        "Sorry, this article is no longer available",
        "Seite nicht gefunden",
        "404 Not Found",
        "410 Gone",
        "HTTP 410 Gone",
        "Error 410 gone | Site",
        "Index of /news/2016/",
        "index of, /archive, x, y",
        "E.R.R.O.R",
        "Oops ER RO",
        "Oops, ER, RO",
        "P.A.G.E not found",
        "Page not fo'und",
        "Not, found, page",
        "Pa,ge not, found, x",
        "Error",
        "Oops! 404",
        "ERROR 404 - PAGE NOT FOUND",
    ],
)
def test_foldings_across_pieces_are_kept(title: str) -> None:
    # folding joins words across quotes, dots (abbreviations), commas (the re-read) and the white space of
    # spaced capitals; a title the full reading flags so passes
    _assert_kept(title)


def test_spaced_capitals_that_fold_into_an_error_word_pass() -> None:
    # "ER RO" folds to "erro" (Portuguese: an error word) in a title not all in capitals: the coarse words
    # ("er", "ro") hold no anchor, so such a title must be read in full
    assert _full("Oops ER RO")
    assert soft404._may_hold_error_piece("Oops ER RO")


def test_headlines_are_rejected() -> None:
    for title in (
        "Storm joins scandal rare major coast trial",
        "Storm joins scandal rare major coast trial | Daily Localhost",
        "Council approves budget: what it means - The Valley Ledger",
        "U.S. election results, state by state (live)",
    ):
        assert not soft404._may_hold_error_piece(title), title
        assert not _full(title)


def test_non_ascii_titles_are_read_in_full() -> None:
    for title in ("Страница не найдена", "Résultats du match", "页面不存在_新浪网"):
        assert soft404._may_hold_error_piece(title)


_WORDS = sorted(
    {w for p in _ascii_phrases() for w in p.split()}
    | {w for w in soft404._FILLER if w.isascii()}
    | {"storm", "council", "budget", "us", "er", "ro", "index", "of", "pa", "ge", "e", "r", "o", "x"}
)
_GLUE = [
    " ",
    " ",
    " ",
    "  ",
    ", ",
    ",",
    ".",
    ". ",
    "! ",
    "'",
    '"',
    " | ",
    " - ",
    ": ",
    " (",
    ") ",
    " / ",
    "_",
    "\t",
]


@st.composite
def _titles(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=7))
    out = []
    for word in words:
        form = draw(st.sampled_from(("lower", "upper", "title", "dotted")))
        if form == "upper":
            word = word.upper()
        elif form == "title":
            word = word.capitalize()
        elif form == "dotted":
            word = ".".join(word.upper()) + "."
        out.append(word)
        out.append(draw(st.sampled_from(_GLUE)))
    return "".join(out[:-1]) if draw(st.booleans()) else "".join(out)


@settings(max_examples=1500, deadline=None)
@given(_titles())
def test_generated_titles_the_full_reading_flags_pass(title: str) -> None:
    _assert_kept(title)
    assert soft404.is_error_title(title, ["Site"], ["site.example"]) == soft404._is_error_title(
        soft404._piece_kinds(title), ["Site"], ["site.example"]
    )
    assert soft404.has_error_phrase(title) == _full(title)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=9, max_codepoint=126), max_size=40))
def test_generated_ascii_text_the_full_reading_flags_passes(title: str) -> None:
    _assert_kept(title)


@pytest.fixture
def fresh_anchors() -> Iterator[None]:
    soft404._ANCHOR_SEARCH.clear()
    soft404._text_kind.cache_clear()
    yield
    soft404._ANCHOR_SEARCH.clear()
    soft404._text_kind.cache_clear()


def test_a_phrase_a_table_gains_is_covered(monkeypatch: pytest.MonkeyPatch, fresh_anchors: None) -> None:
    # derived from the tables when first wanted: no list of words to keep beside them
    title = "Vanished into thin air | The Daily Ledger"
    assert not soft404._may_hold_error_piece(title)
    soft404._ANCHOR_SEARCH.clear()
    monkeypatch.setattr(soft404, "_PHRASES", soft404._PHRASES | {"vanished into thin air"})
    assert "vanished" in soft404._error_anchors()
    assert _full(title)
    assert soft404._may_hold_error_piece(title)


def test_the_status_line_anchor_is_derived_from_its_pattern() -> None:
    anchors = soft404._error_anchors()
    for prefix in ("", "http ", "error "):
        line = f"{prefix}410 gone"
        assert soft404._STATUS_LINE.fullmatch(line)
        assert any(a in w for w in line.split() for a in anchors), line


def test_a_page_of_headlines_splits_no_title(monkeypatch: pytest.MonkeyPatch) -> None:
    # the work avoided: a page whose two titles hold no anchor has no title split nor folded into pieces
    # (base52 split both)
    split: list[str] = []
    real = soft404._split_pieces

    def counting(title: str) -> list[str]:
        split.append(title)
        return real(title)

    monkeypatch.setattr(soft404, "_split_pieces", counting)
    headline = "Storm joins scandal rare major coast trial"
    meta = Metadata(title=headline, site_name="Daily Localhost")
    titles = [headline, f"{headline} | Daily Localhost"]
    url = "https://daily.example/2021/03/storm-joins-scandal"
    assert soft404._error_signal(url, url, meta, 0, titles) is None
    assert split == []
    # and a page titled as an error is still read, and flagged
    titles = ["Page not found", "Page not found | Daily Localhost"]
    found = soft404._error_signal(
        url, url, Metadata(title="Page not found", site_name="Daily Localhost"), 0, titles
    )
    assert found is not None
    assert found[0].name == "ERROR_PAGE"
    assert split


def test_a_title_after_a_clean_one_is_read_past_it_only_at_a_word_break() -> None:
    # "Storm fo" is clean; the <title> goes on with a quote, which folding deletes ("fo'und" is "found"): the
    # whole title's words are searched, not the rest's ("und")
    assert not soft404._may_hold_error_piece("Storm fo")
    assert soft404._titles_may_hold_error_piece(["Storm fo", "Storm fo'und"])
    assert soft404._titles_may_hold_error_piece(["Storm fo", "Storm fo.und"])
    assert soft404._titles_may_hold_error_piece(["Storm fo", "Storm found"])
    assert soft404._titles_may_hold_error_piece(["Storm fo", "Storm fo | Page not found"])
    assert not soft404._titles_may_hold_error_piece(["Storm fo", "Storm fo | The Daily Ledger"])
    # spaced capitals across the cut are looked for in the whole title
    assert soft404._titles_may_hold_error_piece(["Oops ER", "Oops ER RO"])


@settings(max_examples=1500, deadline=None)
@given(_titles(), _titles())
def test_generated_pairs_of_titles_the_full_reading_flags_pass(first: str, rest: str) -> None:
    # a page's headline, then its <title>: the headline and more
    for second in (first + rest, f"{first} | {rest}", rest):
        if _full(first) or _full(second):
            assert soft404._titles_may_hold_error_piece([first, second]), (first, second)
