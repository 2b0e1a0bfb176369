"""Rules added after the twenty-second held-out batch (tests/fixtures/articles/heldout, ``b22_*``), and the
plain-text reading cut made with it, each on a small string, with a case each rule must leave alone."""

from __future__ import annotations

import re
from re import _constants as sre_constants  # (the parsed form of a pattern: to read the labels' letters)
from re import _parser as sre_parser
from typing import Any

from linkcheck.articles import _prose, extract_citations
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str, date: str | None = None) -> dict[str, Citation]:
    day = PartialDate.parse(date) if date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=day)}


# --- the related-article labels' first letters (a cost cut: the same lines match)


def _first_letters(items: Any) -> tuple[set[str], bool]:
    """The literal characters a parsed pattern can start with, and whether it can match the empty string."""
    letters: set[str] = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            return letters | {chr(av)}, False
        if op is sre_constants.SUBPATTERN:
            found, empty = _first_letters(av[3])
        elif op is sre_constants.BRANCH:
            branches = [_first_letters(branch) for branch in av[1]]
            found, empty = set().union(*(b[0] for b in branches)), any(b[1] for b in branches)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            found, inner_empty = _first_letters(av[2])
            empty = av[0] == 0 or inner_empty
        else:
            raise AssertionError(f"a label starts with {op}: read its first letters by hand")
        letters |= found
        if not empty:
            return letters, False
    return letters, True


def test_the_label_letter_classes_are_the_labels_first_letters() -> None:
    for labels, firsts in (
        (_prose._BASE_LABELS, _prose._BASE_LABEL_FIRSTS),
        (_prose._MORE_LABELS, _prose._MORE_LABEL_FIRSTS),
    ):
        letters, empty = _first_letters(sre_parser.parse(labels, re.IGNORECASE))
        assert not empty
        assert letters == set(firsts)


def test_the_letter_class_matches_what_the_letters_match_ignoring_case() -> None:
    firsts = _prose._BASE_LABEL_FIRSTS + _prose._MORE_LABEL_FIRSTS
    letters = re.compile(f"[{firsts}]", re.IGNORECASE)
    each = [re.compile(re.escape(letter), re.IGNORECASE) for letter in firsts]
    # every character a letter's case variant could be: the letters' upper, lower and title cases, and the
    # characters whose lower or upper case is one (the Kelvin sign's k, the long s, a dotted capital I)
    candidates = {c for letter in firsts for c in (letter, letter.upper(), letter.lower(), letter.title())}
    candidates |= {chr(c) for c in range(0x3000) if chr(c).lower() in firsts or chr(c).upper() in firsts}
    candidates |= {"K", "ſ", "İ", "ı", "Q", "1", " "}
    for c in candidates:
        assert (letters.match(c) is not None) == any(e.match(c) for e in each), c


def test_related_lines_are_found_as_before_and_other_lines_left_alone() -> None:
    prose = (
        "The minister spoke on Monday.\n"
        "  > Related article: Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?\n"
        "Читайте также: Ирак вернулся к переговорам\n"
        "À lire aussi : La réforme des retraites\n"
        "相关阅读：三峡水库\n"
        "Reporters said the related article was wrong: it was not.\n"
        "Kapcsolódó cikk: A reform\n"
    )
    found = [(label, title) for _, label, title, _, _ in _prose._related_lines(prose)]
    assert found == [
        ("Related article", "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"),
        ("Читайте также", "Ирак вернулся к переговорам"),
        ("À lire aussi", "La réforme des retraites"),
        ("相关阅读", "三峡水库"),
        ("Kapcsolódó cikk", "A reform"),
    ]
    assert list(_prose._related_lines("Related coverage was thin.\nMore on this later, she said.\n")) == []
