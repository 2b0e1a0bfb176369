"""cost23: the soft-404 pre-test (``soft404._may_hold_error_piece``) for non-ASCII titles, and anchors with
bounds derived from ``ERROR_PATTERNS``' structure.

cost22's pre-test let an ASCII title none of whose coarse words holds an anchor skip the reading of its
pieces; a non-ASCII title was always read in full, and a headline holding "finds" was read in full because
the pattern word ``find`` is inside it. Now a non-ASCII title is asked of ``fold(title)``'s words, and each
anchor carries where a folded word must begin or end (derived from the phrase tables and, with
``sre_parse``, from the patterns): "finds" is no ``find``. These tests hold the pre-test to never rejecting a
title the full reading flags: every phrase as written in several foldings and places, matches generated
from every pattern, and generated mixed-script titles; and they show the work avoided.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import soft404
from linkcheck.models import Metadata
from linkcheck.names import fold


def _full(title: str) -> bool:
    """What the full reading says: some piece of ``title`` (its comma re-read included) is an error."""
    return soft404._has_error_piece(soft404._piece_kinds(title))


def _assert_kept(title: str) -> None:
    if _full(title):
        assert soft404._may_hold_error_piece(title), title


def _assert_same_answers(title: str) -> None:
    _assert_kept(title)
    names, hosts = ["Site", "Сайт"], ["site.example"]
    assert soft404.is_error_title(title, names, hosts) == soft404._is_error_title(
        soft404._piece_kinds(title), names, hosts
    ), title
    assert soft404.has_error_phrase(title) == _full(title), title


_AS_WRITTEN = sorted({p for phrases in soft404.ERROR_PHRASES.values() for p in phrases})
_NON_ASCII = [p for p in _AS_WRITTEN if not p.isascii()]


def _fullwidth(text: str) -> str:
    """ASCII letters, digits and ``!`` as their full-width forms (NFKC gives them back)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and (c.isalnum() or c == "!") else c for c in text)


def _foldings(phrase: str) -> list[str]:
    """``phrase`` as titles write it: cased, decomposed, full-width, punctuated, beside a site's name and
    filler in its own script and in English."""
    title = " ".join(w[:1].upper() + w[1:] for w in phrase.split())
    first, _, rest = phrase.partition(" ")
    return [
        phrase,
        phrase.upper(),
        phrase.casefold(),
        title,
        unicodedata.normalize("NFD", phrase),
        unicodedata.normalize("NFC", title),
        _fullwidth(phrase),
        f"{title}!",
        f"{title}！",
        f"Ошибка 404: {phrase}",
        f"Упс! {title}.",
        f"Oops! {phrase}",
        f"{title} | РИА Новости",
        f"ТАСС — {phrase}",
        f"«{phrase}»",
        f"（{phrase}）",
        f"({phrase})",
        f"{phrase}, sorry",
        f"{phrase} · Site",
        phrase.replace(" ", "\u00a0"),
        phrase.replace(" ", "  "),
        f"{first}'{rest}" if rest else f"'{first}'",
        f"{first}\u00ad {rest}".strip(),
    ]


@pytest.mark.parametrize("phrase", _NON_ASCII)
def test_every_non_ascii_phrase_passes_in_every_folding_and_place(phrase: str) -> None:
    if _full(phrase):
        assert soft404._may_hold_error_piece(phrase), phrase
    for title in _foldings(phrase):
        _assert_kept(title)


def test_the_non_ascii_phrases_are_mostly_errors_to_the_full_reading() -> None:
    # the test above asks something: most phrases as written are flagged by the full reading and pass
    flagged = [p for p in _NON_ASCII if _full(p)]
    assert len(flagged) > 0.9 * len(_NON_ASCII)
    assert all(soft404._may_hold_error_piece(p) for p in flagged)


@pytest.mark.parametrize("word", sorted(w for w in soft404._ERROR_WORDS | soft404._FILLER if not w.isascii()))
def test_non_ascii_error_and_filler_words_pass(word: str) -> None:
    for title in (word, word.upper(), f"{word} {word}", f"Упс, {word}!", f"{word} | Сайт", f"404 {word}"):
        _assert_kept(title)


@pytest.mark.parametrize(
    "title",
    [
        "Страница не найдена",
        "Ошибка 404 — страница не найдена | РИА Новости",
        "404 – Страница не найдена – ТАСС",
        "К сожалению, страница не найдена",
        "Материал удалён",
        "Статья была удалена по требованию правообладателя",
        "Публикация снята с публикации",
        "Матеріал видалено",
        "Σφάλμα 404",
        "页面不存在_新浪网",
        "抱歉，您访问的页面不存在！",
        "ページが見つかりません",
        "Seite nicht gefunden – Süddeutsche",
        "Página não encontrada",
        "Cette page n’existe pas",
        "Die Seite existiert leider nicht mehr",
        "Bài viết không tồn tại hoặc đã bị xóa",
        "ＰＡＧＥ ＮＯＴ ＦＯＵＮＤ",
        "Р А Г Е not found",
        "Stránka nenalezena, chyba, omlouváme se",
    ],
)
def test_non_ascii_error_titles_pass(title: str) -> None:
    _assert_same_answers(title)


def test_non_ascii_headlines_skip_the_reading() -> None:
    # the work avoided: a Russian, Greek, Chinese or accented headline with no error word is not read
    for title in (
        "Путин провёл переговоры с премьером Индии | РИА Новости",
        "Лавров заявил о готовности к диалогу - ТАСС",
        "Η κυβέρνηση ανακοίνωσε νέα μέτρα",
        "国务院发布新规定",
        "Résultats du match de samedi",
    ):
        assert not _full(title)
        assert not soft404._may_hold_error_piece(title), title


@pytest.mark.parametrize(
    "title",
    [
        # the whole title's fold splits what a piece's joins: after the underscore between ideographs (a
        # letter to \w) "页.面." is no dotted abbreviation, in the piece after it it is ("页面不存在")
        "新浪网_页.面.不存在",
        # the re-read of a title with two commas drops them: "Стра,ница" is "Страница" there
        "Стра,ница, не найдена",
        "Стра,ница не най,дена",
    ],
)
def test_titles_whose_whole_fold_splits_a_pieces_word_pass(title: str) -> None:
    assert _full(title)
    assert soft404._may_hold_error_piece(title)


def test_the_guards_read_in_full() -> None:
    # where fold of the whole title may join less than fold of a piece: an underscore between ideographs
    # (a letter to \w, before a dotted abbreviation), two commas (the re-read joins across them), "of /"
    assert soft404._may_hold_error_piece("新闻_字.字.")
    assert soft404._may_hold_error_piece("Путин, Лавров, Песков")
    assert soft404._may_hold_error_piece("Индекс of /новости")


# --- the patterns' anchors --------------------------------------------------------------------------------


def _holds_anchor(text: str, anchors: list[tuple[str, tuple[bool, bool]]]) -> bool:
    """Whether folded ``text`` (a whole piece's words) holds one of ``anchors`` with its bounds."""
    for word, (left, right) in anchors:
        pattern = ("(?<![^ ])" if left else "") + re.escape(word) + ("(?![^ ])" if right else "")
        if re.search(pattern, text):
            return True
    return False


@pytest.mark.parametrize("pattern", soft404.ERROR_PATTERNS)
def test_every_pattern_has_anchors(pattern: str) -> None:
    # the derivation reads each pattern (no fallback to the unbounded pattern words)
    anchors = soft404._pattern_anchors(pattern)
    assert anchors


def test_find_is_a_whole_word_and_finds_skips_the_reading() -> None:
    bounds = soft404._anchor_bounds()
    assert bounds["find"] == (True, True)
    for title in (
        "Study finds coffee drinkers sleep better | Daily Ledger",
        "Court finds former mayor guilty",
        "Founder of the foundation steps down",
    ):
        assert not soft404._may_hold_error_piece(title), title
    for title in (
        "We can't find that page",
        "We couldn't find.That page",
        "Sorry, we cannot find the page",
        # a dot (not of an abbreviation) ends the folded word "find" inside the coarse word "findthat"
        "We can't find.That",
        "WE CAN'T FIND.THIS",
    ):
        assert _full(title)
        assert soft404._may_hold_error_piece(title), title


def test_a_page_whose_headline_finds_splits_no_title(monkeypatch: pytest.MonkeyPatch) -> None:
    # cost22 read these in full (63 of the 800 pages measured); now neither title is split
    split: list[str] = []
    real = soft404._split_pieces

    def counting(title: str) -> list[str]:
        split.append(title)
        return real(title)

    monkeypatch.setattr(soft404, "_split_pieces", counting)
    headline = "Inquiry finds council ignored flood warnings"
    titles = [headline, f"{headline} | Daily Localhost"]
    url = "https://daily.example/2021/03/inquiry-finds"
    assert (
        soft404._error_signal(url, url, Metadata(title=headline, site_name="Daily Localhost"), 0, titles)
        is None
    )
    assert split == []
    headline = "Лавров заявил о готовности к диалогу"
    titles = [headline, f"{headline} - РИА Новости"]
    assert (
        soft404._error_signal(url, url, Metadata(title=headline, site_name="РИА Новости"), 0, titles) is None
    )
    assert split == []
    titles = ["Страница не найдена", "Страница не найдена - РИА Новости"]
    found = soft404._error_signal(url, url, Metadata(title=titles[0], site_name="РИА Новости"), 0, titles)
    assert found is not None
    assert found[0].name == "ERROR_PAGE"
    assert split


@pytest.mark.parametrize("index", range(len(soft404.ERROR_PATTERNS)))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_generated_matches_of_every_pattern_hold_an_anchor(index: int, data: st.DataObject) -> None:
    pattern = soft404.ERROR_PATTERNS[index]
    text = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    anchors = soft404._pattern_anchors(pattern)
    assert anchors is not None
    if " " not in (text[:1], text[-1:]) and "  " not in text:  # a folded piece: words and single spaces
        assert _holds_anchor(text, anchors), text
    folded = " ".join(fold(text).split())
    for title in (text, text.upper(), f"{text.capitalize()} | Daily Ledger", f"Oops! {text}.", f"«{text}»"):
        _assert_kept(title)
    _assert_kept(folded)


def test_a_pattern_added_is_covered(monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    title = "The dispatch vanished overnight | The Daily Ledger"
    assert not soft404._may_hold_error_piece(title)
    extra = r"(?:the |this )?(?:dispatch|bulletin) (?:vanished|evaporated)(?: overnight)?"
    monkeypatch.setattr(soft404, "ERROR_PATTERNS", (*soft404.ERROR_PATTERNS, extra))
    monkeypatch.setattr(soft404, "_PATTERN_WORDS", (*soft404._PATTERN_WORDS, "vanished"))
    _clear()
    assert _full(title)
    assert soft404._may_hold_error_piece(title)


def test_a_pattern_the_derivation_cannot_read_falls_back_to_the_pattern_words(
    monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    # a pattern of nothing but a class of categories gives no strings: every pattern word is an unbounded
    # anchor again ("xfindy" passes, as it did under cost22)
    assert soft404._pattern_anchors(r"\w+") is None
    assert not soft404._may_hold_error_piece("Study finds coffee drinkers sleep better")
    monkeypatch.setattr(soft404, "ERROR_PATTERNS", (*soft404.ERROR_PATTERNS, r"\w+ \w+"))
    _clear()
    assert soft404._anchor_bounds()["find"] == (False, False)
    assert soft404._may_hold_error_piece("Study finds coffee drinkers sleep better")


def test_a_non_ascii_phrase_a_table_gains_is_covered(monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    title = "Заметка испарилась | Новости"
    assert not soft404._may_hold_error_piece(title)
    monkeypatch.setattr(soft404, "_PHRASES", soft404._PHRASES | {fold("заметка испарилась")})
    _clear()
    assert _full(title)
    assert soft404._may_hold_error_piece(title)


def _clear() -> None:
    soft404._ANCHOR_SEARCH.clear()
    soft404._WIDE_ANCHOR_SEARCH.clear()
    soft404._text_kind.cache_clear()
    soft404._error_pattern.cache_clear()
    soft404._PATTERN_SEARCH.clear()


@pytest.fixture
def fresh() -> Iterator[None]:
    _clear()
    yield
    _clear()


# --- generated titles ---------------------------------------------------------------------------------


_PHRASE_WORDS = sorted({w for p in _NON_ASCII for w in p.split()})
_OTHER_WORDS = [
    "Путин", "Лавров", "РИА", "ТАСС", "новости", "Ошибка", "404", "Упс", "Ελλάδα", "κυβέρνηση", "新闻",
    "北京", "Süddeutsche", "Zürich", "Ünal", "İstanbul", "ﬁnds", "finds", "found", "page", "not", "US",
    "EE", "UU", "АБ", "ВГ", "ΑΒ", "ab", "x", "ı", "ß", "ǅ", "Ⅻ", "۶۰", "٤٠٤", "ক্ষমা", "दुख", "தமிழ்",
]  # fmt: skip
_GLUE = [
    " ", " ", " ", "  ", ", ", ",", ".", ". ", "! ", "！", "，", "。", "、", "'", "’", '"', "«", "»", " | ",
    " - ", " — ", ": ", "：", " (", ") ", "（", "）", " / ", "_", "·", " · ", "\u00a0", "\u200c", "\u200d",
    "\u0301", "\u0308", "\u00ad", "\t", "-", "–", "؟ ", "।",
]  # fmt: skip


@st.composite
def _mixed_titles(draw: st.DrawFn) -> str:
    words = draw(
        st.lists(st.sampled_from(_PHRASE_WORDS) | st.sampled_from(_OTHER_WORDS), min_size=1, max_size=7)
    )
    out = []
    for word in words:
        form = draw(st.sampled_from(("as", "as", "upper", "title", "nfd", "wide", "dotted")))
        if form == "upper":
            word = word.upper()
        elif form == "title":
            word = word.capitalize()
        elif form == "nfd":
            word = unicodedata.normalize("NFD", word)
        elif form == "wide":
            word = _fullwidth(word)
        elif form == "dotted":
            word = ".".join(word.upper()) + "."
        out.append(word)
        out.append(draw(st.sampled_from(_GLUE)))
    return "".join(out[:-1]) if draw(st.booleans()) else "".join(out)


@settings(max_examples=2000, deadline=None)
@given(_mixed_titles())
def test_generated_mixed_script_titles_the_full_reading_flags_pass(title: str) -> None:
    _assert_same_answers(title)


@settings(max_examples=1500, deadline=None)
@given(_mixed_titles())
def test_fold_of_a_piece_is_inside_fold_of_the_title(title: str) -> None:
    # the claim the non-ASCII pre-test rests on, asked directly where it is applied (no guard): each word
    # fold makes of a piece of the title is inside a word it makes of the whole title
    if title.isascii() or "_" in title or title.count(",") >= 2:
        return
    words = fold(title).split()
    for piece in soft404._split_pieces(title):
        for word in fold(piece).split():
            assert any(word in w for w in words), (title, piece, word)


@settings(max_examples=600, deadline=None)
@given(_mixed_titles(), _mixed_titles())
def test_generated_pairs_of_mixed_titles_the_full_reading_flags_pass(first: str, rest: str) -> None:
    for second in (first + rest, f"{first} | {rest}", rest):
        if _full(first) or _full(second):
            assert soft404._titles_may_hold_error_piece([first, second]), (first, second)


@settings(max_examples=800, deadline=None)
@given(st.text(max_size=30))
def test_generated_unicode_text_the_full_reading_flags_passes(title: str) -> None:
    _assert_kept(title)


def test_without_the_regex_parser_the_anchors_fall_back_to_unbounded_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Python whose ``sre_parse`` is gone: no pattern's anchors are parsed, and the pre-test still lets
    every pattern word's longest part and the status line's ``gone`` through, unbounded (never a title the
    full reading flags skipped for want of the parser)."""

    def gone() -> tuple[object, object]:
        raise ImportError("no sre_parse")

    monkeypatch.setattr(soft404, "_sre", gone)
    bounds = soft404._anchor_bounds()
    assert bounds["gone"] == (False, False)
    for word in soft404._PATTERN_WORDS:
        if word.split():
            longest = max(word.split(), key=len)
            assert bounds[longest] == (False, False), word
