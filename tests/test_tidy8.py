"""tidy8: one table of letters' names per script and one reader of them (``romanise.letters_named``), for the
article reader (``articles._prose._letter_names``) and the matcher (``names.spelled_acronyms``).

Every expected value here is what base56e's own functions gave (art40's ``_letter_names``, match52's
``spelled_acronyms`` with its ``_letter_named`` and ``_spell_letters``) before the two were made one.
"""

from __future__ import annotations

import re

import pytest

from linkcheck.articles._prose import _letter_names, _merged_letter_names
from linkcheck.names import spelled_acronyms
from linkcheck.romanise import letters_named

#: Words an article names an outlet by, and the letters art40's reader read in them.
ARTICLE_WORDS = [
    ("Би-би-си", "bbc"),
    ("Бі-бі-сі", "bbc"),
    ("Си", "c"),
    ("Эн-пи-ар", "npr"),
    ("Зед-ді-еф", "zdf"),
    ("Σι-Εν-Εν", "cnn"),
    ("Μπι-Μπι-Σι", "bbc"),
    ("पीटीआई", "pti"),
    ("एएनआई", "ani"),
    ("एसी", "ac"),
    ("বিবিসি", "bbc"),
    ("ஆர்ஐஏ", "ria"),
    ("ビービーシー", "bbc"),
    ("エヌ・エイチ・ケー", "nhk"),
    ("بی\u200cبی\u200cسی", "bbc"),
    ("«سي»", "c"),
    ("إن", "n"),
    ("آی", "i"),
    ("ای", "e"),
    ("في", ""),
    ("ال", ""),
    ("кто-то", ""),
    ("Нью-Йорк", ""),
    ("बीच", ""),
]

#: Names a citation gives its outlet, and what match52's ``spelled_acronyms`` made of them.
CITED_NAMES = [
    ("Русская служба Би-би-си", "Русская служба BBC"),
    ("Си-эн-эн", "CNN"),
    ("Эн-пи-ар", "NPR"),
    ("Эр-би-си", "RBC"),
    ("Би-би-си-зет", "BBCZ"),
    ("Ростов-на-Дону", "Ростов-на-Дону"),
    ("Нью-Йорк", "Нью-Йорк"),
    ("पीटीआई", "PTI"),
    ("एएनआई समाचार", "ANI समाचार"),
    ("दैनिक भास्कर", "दैनिक भास्कर"),
    ("بي بي سي", "BBC"),
    ("سی\u200cان\u200cان", "CNN"),
    ("ان", "ان"),
    ("اي بي سي", "IBC"),
    ("في بي", "VB"),
    ("ال جي", "LG"),
    ("آر تي", "RT"),
    # match54: a run of letters' names after another word is read too (``BBC News`` in Arabic)
    ("أخبار بي بي سي", "أخبار BBC"),
    ("Reuters", "Reuters"),
]


@pytest.mark.parametrize(("word", "letters"), ARTICLE_WORDS)
def test_the_article_reader_reads_what_it_read(word: str, letters: str) -> None:
    assert _letter_names(word) == letters


@pytest.mark.parametrize(("word", "letters"), [(w, x) for w, x in ARTICLE_WORDS if not w.startswith("«")])
def test_the_shared_reader_reads_a_word_of_prose_so(word: str, letters: str) -> None:
    assert letters_named(word) == letters


@pytest.mark.parametrize(("name", "spelled"), CITED_NAMES)
def test_the_matcher_spells_what_it_spelled(name: str, spelled: str) -> None:
    assert spelled_acronyms(name) == spelled


@pytest.mark.parametrize(
    ("word", "letters"),
    [
        ("Би-би-си", "bbc"),
        ("Эр-би-си", "rbc"),
        ("पीटीआई", "pti"),
        ("بی", "b"),
        ("آر", "r"),
        ("سی\u200cان\u200cان", "cnn"),
    ],
)
def test_the_shared_reader_reads_a_word_of_a_whole_name_so(word: str, letters: str) -> None:
    assert letters_named(word, whole_name=True) == letters


@pytest.mark.parametrize(
    ("word", "prose", "name"), [("ای", "e", "i"), ("في", "", "v"), ("ال", "", "l"), ("کی", "", "k")]
)
def test_a_whole_name_reads_the_names_that_are_also_words(word: str, prose: str, name: str) -> None:
    # ``في`` "in", ``ال`` "the", ``کی`` "who" are letters only in a name every word of which is one; the bare
    # ``ای`` is I there (its madda folded) and E in prose, which keeps ``آی`` for I.
    assert letters_named(word) == prose
    assert letters_named(word, whole_name=True) == name


def test_a_word_of_no_letter_names_script_is_no_letters() -> None:
    assert letters_named("BBC") == letters_named("BBC", whole_name=True) == ""
    assert letters_named("") == ""


@pytest.mark.parametrize(
    ("phrase", "keys"),
    [
        ("كما قال في بي بي سي", ["كما", "قال", "في", "bk"]),
        ("ال بي بي سي", ["ال", "bk"]),
        ("سی ان ان کی گفت", ["kn", "کی", "گفت"]),
    ],
)
def test_prose_does_not_read_the_names_that_are_also_words(phrase: str, keys: list[str]) -> None:
    # Read in prose, ``في`` ("in"), ``ال`` and ``کی`` ("who") would join the acronym beside them ("vbk").
    spans = [m.span() for m in re.finditer(r"\S+", phrase)]
    words = [phrase[a:b] for a, b in spans]
    _merged_letter_names(phrase, spans, words)
    assert words == keys
