"""Faster forms of article reading's hot spots read exactly as the plain forms they replace.

Each reference below is the form the reader used before: the line split of a dateline search, the byline
part separator, the dateline label, the words of a date line and the boilerplate labels. The fast forms
must give the same answers on the cases a user relies on and on generated text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.articles import _base, _prose, plaintext
from linkcheck.articles._base import LINE_BREAK, is_boilerplate
from linkcheck.articles.plaintext import dateline
from linkcheck.models import PartialDate

REFERENCE_PART_SEPARATOR = re.compile(r"[ \t\u00a0]+[–—|·•][ \t\u00a0]+|[ \t\u00a0]{3,}")
REFERENCE_DATELINE_PREFIX = re.compile(
    r"^\W*(?:(?P<pub>published|posted|first published|date|dated|pubdate|released|publicerad|publiceret|"
    r"publisert|julkaistu)|"
    r"(?P<upd>updated|last updated|modified|uppdaterad|opdateret|oppdatert|päivitetty))\b"
    r"\s*(?:on|at)?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
REFERENCE_WORD = re.compile(r"[^\W\d_]+")

# Characters the patterns above care about, and some they do not.
PIECES = st.sampled_from(
    (
        *(" ", "\t", "\u00a0", "–", "—", "|", "·", "•", "-", ":", ".", ",", "\n", "\r", "9", "2020"),
        *("a", "Z", "é", "ß", "published", "Posted", "DATE", "Updated", "last updated", "päivitetty"),
        *("on", "at", "Jan", "января", "By", "von", "İ", "ſ", "K", "_", "٣", "二"),
    )
)
TEXTS = st.lists(PIECES, max_size=30).map("".join)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_the_part_separator_finds_what_the_plain_form_finds(text: str) -> None:
    assert spans(plaintext._PART_SEPARATOR, text) == spans(REFERENCE_PART_SEPARATOR, text)
    assert plaintext._PART_SEPARATOR.split(text) == REFERENCE_PART_SEPARATOR.split(text)


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "By Jo Roe | Published 9 Jan 2020 | 4 min read",
            ["By Jo Roe", "Published 9 Jan 2020", "4 min read"],
        ),
        ("World · 10 January 2020, 11:15", ["World", "10 January 2020, 11:15"]),
        ("Report   3 April 2024", ["Report", "3 April 2024"]),
        ("A well-known - hyphen", ["A well-known - hyphen"]),
    ],
)
def test_byline_parts(line: str, parts: list[str]) -> None:
    assert plaintext._PART_SEPARATOR.split(line) == parts


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_the_dateline_label_reads_as_the_plain_form_reads(text: str) -> None:
    fast, plain = plaintext._DATELINE_PREFIX.match(text), REFERENCE_DATELINE_PREFIX.match(text)
    assert (fast is None) == (plain is None)
    if fast is not None and plain is not None:
        assert fast.span() == plain.span()
        assert fast.groupdict() == plain.groupdict()


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("PUBLISHED: 9 January 2020", "pub"),
        ("— Posted on 9 January 2020", "pub"),
        ("Päivitetty 9.1.2020", "upd"),
        ("Last updated at 10:00, 9 January 2020", "upd"),
        ("Kyiv, 9 January 2020", None),
        ("Datum 9.1.2020", None),
    ],
)
def test_dateline_labels(line: str, group: str | None) -> None:
    m = plaintext._DATELINE_PREFIX.match(line)
    assert (m is not None and m.group(group) is not None) if group else m is None


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_a_date_line_s_words_are_counted_as_the_plain_form_counts(text: str) -> None:
    def reference(text: str) -> bool:
        if plaintext._ALL_NUMERIC_DATE.fullmatch(text.strip()):
            return True
        if text.rstrip().endswith((".", "!", "?", ":")):
            return False
        words = REFERENCE_WORD.findall(text.lower())
        other = [w for w in words if w not in plaintext._DATE_WORDS]
        return len(other) <= (7 if words and words[0] in plaintext._BYLINE_WORDS else 3)

    assert plaintext._mostly_date(text) == reference(text)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_dateline_s_line_is_counted_alike_at_every_line_break(newline: str) -> None:
    lines = ["Mayor opens the new bridge", "", "By Jo Roe | 9 January 2020", "", "The mayor said."]
    text = newline.join(lines)
    assert dateline(text) == (PartialDate(2020, 1, 9), 3)
    assert LINE_BREAK.split(text) == lines


def test_the_boilerplate_labels_are_written_in_lower_case() -> None:
    # The lowered, case-sensitive match of an ASCII label equals the case-blind one only so.
    letters = re.sub(r"\\[A-Za-z]", "", _base._BOILERPLATE_SOURCE)
    assert letters == letters.lower()


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("UNSUBSCRIBE", True),
        ("Follow Us on Telegram", True),
        ("  View this email in your browser", True),
        ("ПОДПИСЫВАЙТЕСЬ на наш канал", True),
        ("Reuters contributed reporting. Follow us", True),
        ("Want this every week? Subscribe here:", True),
        ("The ministry's statement", False),
        ("Follow-up report by the agency", False),
        ("Ⅰ. Unsubscribe", True),
    ],
)
def test_boilerplate_labels_in_any_case(label: str, expected: bool) -> None:
    assert is_boilerplate(label) is expected


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            (
                *("Unsubscribe", "FOLLOW", " us", " on ", "X", "view", " this ", "EMAIL", " in ", "browser"),
                *("Reply", "the post ", "Appeared first on", " ", "\u00a0", "-", "K", "ſ", "İ", "ς", "σ"),
                *("é", "«", "2024"),
            )
        ),
        max_size=12,
    ).map("".join)
)
def test_an_ascii_label_is_boilerplate_exactly_when_the_case_blind_pattern_says(label: str) -> None:
    if label.isascii():
        assert (_base._BOILERPLATE_LOWER.match(label.lower()) is None) == (
            _base._BOILERPLATE.match(label) is None
        )


LABELS = (
    *("published", "posted", "first published", "date", "dated", "pubdate", "released", "publicerad"),
    *("publiceret", "publisert", "julkaistu", "updated", "last updated", "modified", "uppdaterad"),
    *("opdateret", "oppdatert", "päivitetty"),
)


@pytest.mark.parametrize("word", LABELS)
def test_every_dateline_label_opens_a_dateline_in_any_case(word: str) -> None:
    for form in (word, word.upper(), word.title()):
        assert plaintext._DATELINE_PREFIX.match(f"{form}: 9 January 2020") is not None, form
        assert REFERENCE_DATELINE_PREFIX.match(f"{form}: 9 January 2020") is not None, form


REFERENCE_NAMED_TITLE = re.compile(
    r"(?:(?<![\w-])(?:headlined|headline|(?:en)?titled)|под[ \t]+заголовком|озаглавленн\w*)[ \t]*[,:]?[ \t]*"
    r"(?P<q>[«“\"‘„])"
    r"|(?<![\w-])(?:стать|материал|колонк|заметк|публикаци|отч[её]т|доклад)\w{0,3}[ \t]+(?P<r>«)",
    re.IGNORECASE,
)
PROSE_PIECES = st.sampled_from(
    (
        *("headlined", "HEADLINE", "Entitled", "titled", "под", "ПОД", " заголовком", "Озаглавленной"),
        *("статье", "материала", "Колонка", "заметке", "публикации", "отчёт", "отчет", "доклад", "a", "-"),
        *("_", " ", "\t", ",", ":", "«", "“", '"', "‘", "„", "»", "Moscow", "Москва"),
    )
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PROSE_PIECES, max_size=16).map("".join))
def test_a_title_named_in_the_prose_is_found_as_the_plain_form_finds_it(prose: str) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in pattern.finditer(prose)]

    assert found(_prose._NAMED_TITLE) == found(REFERENCE_NAMED_TITLE)
