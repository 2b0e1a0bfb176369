"""cost21's exact cuts in ``soft404``'s reading of a title's pieces (docs/benchmarks.md, "A link's CPU, a
thirteenth look"), held to base51d's answers and to the forms they replaced:

- ``_split_pieces`` finds an ASCII title's key characters by ``bytes.find`` in one ``translate`` of its bytes
  (``_ASCII_KEY_MARKS``) instead of ``_PIECE_KEY.search`` in ``sre``;
- ``_text_kind`` asks the tables of ``fold``'s own string instead of joining the folded words again, and an
  untrimmed piece is its own core; ``_piece_kinds`` builds its first list itself.

The expected pieces and kinds below were given by base51d's ``src`` (``_split_pieces`` and ``_piece_kinds``
at tag ``base51d``), written in by hand: the cut must give the same.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import soft404
from linkcheck.models import Cause, Metadata, TitleCandidate
from linkcheck.names import fold

# (title, base51d's _split_pieces, base51d's _piece_kinds)
BASE51D: list[tuple[str, list[str], list[tuple[str, str | None]]]] = [
    ("", [], []),
    ("   ", [], []),
    ("Headline alone", ["Headline alone"], [("Headline alone", None)]),
    ("Page not found", ["Page not found"], [("Page not found", "error")]),
    (
        "Page not found – The Daily",
        ["Page not found", "The Daily"],
        [("Page not found", "error"), ("The Daily", None)],
    ),
    (
        "Page not found - The Daily",
        ["Page not found", "The Daily"],
        [("Page not found", "error"), ("The Daily", None)],
    ),
    ("Oops!", ["Oops"], [("Oops", "filler")]),
    ("Oops! Error page", ["Oops", "Error page"], [("Oops", "filler"), ("Error page", "error")]),
    ("Sorry, oops", ["Sorry", "oops"], [("Sorry", "filler"), ("oops", "filler")]),
    (
        "Strani, ki jo iščete, ni mogoče najti",
        ["Strani", "ki jo iščete", "ni mogoče najti"],
        [("Strani ki jo iščete ni mogoče najti", "error")],
    ),
    (
        "The page, which you seek, could not be found",
        ["The page", "which you seek", "could not be found"],
        [("The page", None), ("which you seek", None), ("could not be found", None)],
    ),
    (
        "U.S. Army opens base | Site",
        ["U.S", "Army opens base", "Site"],
        [("U.S", None), ("Army opens base", None), ("Site", None)],
    ),
    ("a|b", ["a", "b"], [("a", None), ("b", None)]),
    ("x :: y", ["x", "y"], [("x", None), ("y", None)]),
    (
        "Mayor (pictured) opens bridge",
        ["Mayor", "pictured", " opens bridge"],
        [("Mayor", None), ("pictured", None), (" opens bridge", None)],
    ),
    (
        "Well-known mayor opens e-bike lane",
        ["Well-known mayor opens e-bike lane"],
        [("Well-known mayor opens e-bike lane", None)],
    ),
    ("A  -  B", ["A", "B"], [("A", None), ("B", None)]),
    ("404 | Site", ["404", "Site"], [("404", "error"), ("Site", None)]),
    ("Index of /news/2016/", ["Index of /news/2016/"], [("Index of /news/2016/", "error")]),
    ("410 Gone", ["410 Gone"], [("410 Gone", "error")]),
    ("Oops, 410 Gone", ["Oops", "410 Gone"], [("Oops", "filler"), ("410 Gone", "error")]),
    (
        "Error 404 – Страница не найдена",
        ["Error 404", "Страница не найдена"],
        [("Error 404", "error"), ("Страница не найдена", "error")],
    ),
    (
        "Страница не найдена | РИА Новости",
        ["Страница не найдена", "РИА Новости"],
        [("Страница не найдена", "error"), ("РИА Новости", None)],
    ),
    ("页面不存在_新浪网", ["页面不存在", "新浪网"], [("页面不存在", "error"), ("新浪网", None)]),
    (
        "抱歉，您访问的页面不存在！",
        ["抱歉", "您访问的页面不存在"],
        [("抱歉", "filler"), ("您访问的页面不存在", "error")],
    ),
    ("Мэр открыл мост / ТАСС", ["Мэр открыл мост", "ТАСС"], [("Мэр открыл мост", None), ("ТАСС", None)]),
    (
        "Sorry! Page not found!",
        ["Sorry", "Page not found"],
        [("Sorry", "filler"), ("Page not found", "error")],
    ),
    ("oops sorry", ["oops sorry"], [("oops sorry", "filler")]),
    ("Hmm...", ["Hmm"], [("Hmm", "filler")]),
    ("Title: subtitle", ["Title", "subtitle"], [("Title", None), ("subtitle", None)]),
    ("Title:subtitle", ["Title:subtitle"], [("Title:subtitle", None)]),
    ("a / b", ["a", "b"], [("a", None), ("b", None)]),
    ("a/b", ["a/b"], [("a/b", None)]),
    ("Story [video] | Site", ["Story", "video", "Site"], [("Story", None), ("video", None), ("Site", None)]),
    ("One, two, three", ["One", "two", "three"], [("One", None), ("two", None), ("three", None)]),
    (
        "Taken down: the page was taken down",
        ["Taken down", "the page was taken down"],
        [("Taken down", None), ("the page was taken down", "error")],
    ),
    ("News · Site", ["News", "Site"], [("News", None), ("Site", None)]),
    ("A • B", ["A", "B"], [("A", None), ("B", None)]),
    (
        "Headline » Section » Site",
        ["Headline", "Section", "Site"],
        [("Headline", None), ("Section", None), ("Site", None)],
    ),
    ("Headline ; more", ["Headline ", "more"], [("Headline ", None), ("more", None)]),
    ("What? Why!", ["What", "Why"], [("What", None), ("Why", None)]),
    (
        "The page you requested was removed.",
        ["The page you requested was removed"],
        [("The page you requested was removed", None)],
    ),
    ("Error page", ["Error page"], [("Error page", "error")]),
    (
        "Oops! Scheduled maintenance",
        ["Oops", "Scheduled maintenance"],
        [("Oops", "filler"), ("Scheduled maintenance", "error")],
    ),
    ("Oops error page", ["Oops error page"], [("Oops error page", "error")]),
    ("Sorry, 410 Gone", ["Sorry", "410 Gone"], [("Sorry", "filler"), ("410 Gone", "error")]),
    ("Page not found - 404", ["Page not found", "404"], [("Page not found", "error"), ("404", "error")]),
    ("Page not - found", ["Page not", "found"], [("Page not", None), ("found", None)]),
    ("Page not-found", ["Page not-found"], [("Page not-found", "error")]),
    ("Sorry", ["Sorry"], [("Sorry", "filler")]),
    ("Oops oops", ["Oops oops"], [("Oops oops", "filler")]),
    ("404 sorry", ["404 sorry"], [("404 sorry", "error")]),
    ("sorry 404 sorry", ["sorry 404 sorry"], [("sorry 404 sorry", "error")]),
    (
        "Ой! Страница не найдена",
        ["Ой", "Страница не найдена"],
        [("Ой", "filler"), ("Страница не найдена", "error")],
    ),
    (
        "Seite nicht gefunden – Tagesspiegel",
        ["Seite nicht gefunden", "Tagesspiegel"],
        [("Seite nicht gefunden", "error"), ("Tagesspiegel", None)],
    ),
    (
        "Mayor, 54, finds new role, sources say",
        ["Mayor", "54", "finds new role", "sources say"],
        [("Mayor", None), ("54", None), ("finds new role", None), ("sources say", None)],
    ),
    ("Welcome to nginx!", ["Welcome to nginx"], [("Welcome to nginx", "error")]),
    (
        "¡Ups! Página no encontrada",
        ["¡Ups", "Página no encontrada"],
        [("¡Ups", "filler"), ("Página no encontrada", "error")],
    ),
]


@pytest.mark.parametrize(("title", "pieces", "kinds"), BASE51D, ids=[repr(t)[:40] for t, _, _ in BASE51D])
def test_pieces_and_kinds_as_base51d(
    title: str, pieces: list[str], kinds: list[tuple[str, str | None]]
) -> None:
    assert soft404._split_pieces(title) == pieces
    assert soft404._piece_kinds(title) == kinds
    soft404._text_kind.cache_clear()  # each piece's kind read anew, not from the memo
    assert soft404._piece_kinds(title) == kinds


def _split_as_before(title: str) -> list[str]:
    """The form the pieces are defined by (``_PIECES.split``, empty and blank pieces dropped)."""
    return [p for p in soft404._PIECES.split(title) if p and p.strip()]


# ASCII titles rich in the key characters, white space around them, dots and commas
_ASCII_TITLES = st.lists(
    st.sampled_from([*list("ab Z 9-|/:!?.,;()[]_\t"), "  ", " - ", " | ", "news"]), max_size=20
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_ASCII_TITLES)
def test_split_ascii_same_as_pattern(title: str) -> None:
    assert title.isascii()  # the marks' path
    assert soft404._split_pieces(title) == _split_as_before(title)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*list("ab -|:!.,·•»（）！，页面_"), " – ", "Ж"]), max_size=20).map("".join))
def test_split_any_title_same_as_pattern(title: str) -> None:
    assert soft404._split_pieces(title) == _split_as_before(title)


def _text_kind_as_before(piece: str) -> str | None:
    """base51d's ``_text_kind`` (without its memo), word for word but for the names' module prefix."""
    if "of /" in piece and piece.lstrip()[:10].lower() == "index of /":
        return "error"
    words = fold(piece).split()
    if not words:
        return "filler"
    if len(words) > 1 and " ".join(words) in soft404._FILLER_PHRASES:
        return "filler"
    if len(words) > 1 and not piece.isascii() and " ".join(words) in soft404._FILLER:
        return "filler"
    start, end = 0, len(words)
    while start < end and words[start] in soft404._FILLER:
        start += 1
    while end > start and words[end - 1] in soft404._FILLER:
        end -= 1
    core = words[start:end]
    if not core:
        return "error" if any(w in soft404._ERROR_WORDS for w in words) else "filler"
    text = " ".join(core)
    if text in soft404._PHRASES or (
        soft404._PATTERN_SEARCH.holds(core, text) and soft404._error_pattern().fullmatch(text)
    ):
        return "error"
    if len(core) < len(words) and soft404._edged_phrase(words, start, end):
        return "error"
    if len(core) < len(words) and soft404._STATUS_LINE.fullmatch(" ".join(words)):
        return "error"
    return None


# words from the tables (filler, error words, phrases' words) and others, so trims, phrases and patterns occur
_WORDS = sorted(
    {"oops", "sorry", "ой", "error", "page", "not", "found", "410", "gone", "404", "the", "was", "removed"}
    | {w for p in sorted(soft404._PHRASES)[:60] for w in p.split()}
    | {"mayor", "opens", "bridge", "finds", "Oops!", "NOT", "Página", "…", "", " "}
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=6), st.sampled_from([" ", "  ", " ! ", "-"]))
def test_text_kind_same_as_before(words: list[str], space: str) -> None:
    piece = space.join(words)
    assert soft404._text_kind.__wrapped__(piece) == _text_kind_as_before(piece)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "piece",
    ["", "   ", "Oops", "oops sorry", "Oops error page", "Sorry 410 Gone", "404 sorry", "sorry 404 sorry",
     "Index of /news/", "Page not found", "Mayor finds new role", "The page was taken down", "দুঃখিত",
     "Ой Страница не найдена", "Page not-found", "error"],
)  # fmt: skip
def test_text_kind_edges_same_as_before(piece: str) -> None:
    assert soft404._text_kind.__wrapped__(piece) == _text_kind_as_before(piece)  # type: ignore[attr-defined]


def test_fold_gives_its_words_joined() -> None:
    """What the ``_text_kind`` cut stands on: ``fold``'s string is its words joined by one space."""
    for text in (
        "  Oops!  Page -- not found. ",
        "U.S. EE UU news",
        "Страница  не найдена",
        "页面 不存在",
        "",
    ):
        folded = fold(text)
        assert folded == " ".join(folded.split())


class _CountingKey:
    """Stands for ``_PIECE_KEY``: counts the searches made with it."""

    def __init__(self, key: re.Pattern[str]) -> None:
        self.key = key
        self.searches = 0

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        self.searches += 1
        return self.key.search(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.key.fullmatch(text)


def test_ascii_title_split_without_the_key_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """An ASCII title with separators is split without ``_PIECE_KEY.search`` (base51d: 2 or 3 searches for
    each of these titles, 8 in all), and still as the pattern splits it; a non-ASCII one still searches."""
    assert soft404._PIECE_KEY is not None
    counting = _CountingKey(soft404._PIECE_KEY)
    monkeypatch.setattr(soft404, "_PIECE_KEY", counting)
    titles = ["Mayor opens bridge | Daily Localhost", "Oops! Page not found - Site", "A: b | c"]
    for title in titles:
        assert soft404._split_pieces(title) == _split_as_before(title)
    assert counting.searches == 0
    assert soft404._split_pieces("Мэр открыл мост | ТАСС") == ["Мэр открыл мост", "ТАСС"]
    assert counting.searches > 0


def _joins(call: Callable[[], Any]) -> int:
    """How many times ``str.join`` is called while ``call`` runs."""
    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call" and getattr(arg, "__name__", "") == "join":
            count += 1

    sys.setprofile(profile)
    try:
        call()
    finally:
        sys.setprofile(None)
    return count


def test_text_kind_joins_no_words_again() -> None:
    """A piece of several words that no filler trims is asked of the tables as ``fold`` gave it: no
    ``str.join`` (base51d: 2 for each of these, the filler phrases' and the core's); a trimmed one joins its
    core and its one edged look-up's words (:func:`soft404._edged_phrase`), 2 (base51d: 4, with the filler
    phrases' and the status line's)."""
    untrimmed = ["Mayor opens new river bridge", "Council finds money for schools", "Page not found"]
    for piece in [*untrimmed, "Oops mayor opens bridge"]:
        fold(piece)  # fold's own join is fold's, not this function's: its memo answers below
    tk = soft404._text_kind.__wrapped__  # type: ignore[attr-defined]
    assert [_joins(lambda p=p: tk(p)) for p in untrimmed] == [0, 0, 0]
    assert _joins(lambda: tk("Oops mayor opens bridge")) == 2  # its core, and one edged look-up


# (address, title, site name, base51d's soft_404_signal): titles with and without quotes, ASCII or not, that
# ask whether the title may echo the address's words (``_error_signal``'s ``echoing``)
_URL = "https://example.test/2023/05/04/harbour-bridge-reopens"
ECHOES: list[tuple[str, str | None, tuple[Cause, str] | None]] = [
    ("Harbour bridge reopens", None, None),
    ("Nothing found for 'harbour bridge reopens'", None, None),
    ('No results for "harbour bridge reopens"', None, None),
    (
        "Nothing found for harbour bridge reopens",
        None,
        (
            Cause.ERROR_PAGE,
            "the page's title says it is an error page: 'Nothing found for harbour bridge reopens'",
        ),
    ),
    ("«harbour bridge reopens» не найдено", None, None),
    ("Mayor’s ‘harbour bridge reopens’ plan", None, None),
    (
        "Page not found",
        "The Harbour Gazette",
        (Cause.ERROR_PAGE, "the page's title says it is an error page: 'Page not found'"),
    ),
]


@pytest.mark.parametrize(("title", "site", "signal"), ECHOES, ids=[t[:30] for t, _, _ in ECHOES])
def test_echo_titles_as_base51d(title: str, site: str | None, signal: tuple[Cause, str] | None) -> None:
    assert soft404.soft_404_signal(_URL, _URL, Metadata(title=title, site_name=site), 0) == signal


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*list("ab \"'`|«»“”‘’„「『」"), " for ", "é", "Ж"]), max_size=16).map("".join)
)
def test_holds_quote_as_the_class(title: str) -> None:
    assert soft404._holds_quote(title) == (soft404._QUOTE_CHAR.search(title) is not None)


class _CountingQuotes:
    """Stands for ``_QUOTE_CHAR``: counts the searches made with it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(text, pos)


def test_ascii_titles_asked_for_quotes_without_the_class(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether an ASCII headline and ``<title>`` hold a quote is asked without ``_QUOTE_CHAR``'s search
    (base51d: one search a title, 2 for this page); a title that is not ASCII still searches."""
    counting = _CountingQuotes(soft404._QUOTE_CHAR)
    monkeypatch.setattr(soft404, "_QUOTE_CHAR", counting)
    raw = "Harbour bridge reopens | The Harbour Gazette"
    candidate = TitleCandidate(text="Harbour bridge reopens", source="title", raw=raw)
    meta = Metadata(title="Harbour bridge reopens", title_candidates=(candidate,))
    assert meta.titles() == ["Harbour bridge reopens", raw]
    assert soft404.soft_404_signal(_URL, _URL, meta, 0) is None
    assert counting.searches == 0
    meta = Metadata(title="Мост через гавань открыт")
    assert soft404.soft_404_signal(_URL, _URL, meta, 0) is None
    assert counting.searches > 0
