"""Rules added for the forty-first held-out batch (docs/benchmarks.md, "Forty-first batch"), each on small
strings, with what each must leave alone: weekdays in the region's other languages (Kazakh, Kyrgyz, Uzbek,
Tajik, Turkmen, Georgian, Armenian, Lithuanian, Latvian, Estonian) settling an ambiguous numeric date's order
("Бс, 01/09/2020", Drupal's untranslated "D, m/d/Y" on a Kazakh page).
"""

from __future__ import annotations

import collections
import datetime as dt

from linkcheck.extract import extract_metadata
from linkcheck.extract.dates import find_text_dates

TODAY = dt.date(2024, 11, 30)
URL = "https://news.example.kz/node/5120"


def _dates(text: str, *, day_first: bool = True) -> list[dt.date]:
    return [value for value, _start, _end in find_text_dates(text, day_first=day_first)]


# 9 January 2020 was a Thursday, 1 September 2020 a Tuesday.
JAN_9 = dt.date(2020, 1, 9)
SEP_1 = dt.date(2020, 9, 1)


def test_kazakh_weekday_settles_the_order() -> None:
    """Drupal's "D, m/d/Y" on a Kazakh page: CLDR's "Бс" (бейсенбі, Thursday) is 9 January 2020."""
    assert _dates("Жариялаған redaktor, Бс, 01/09/2020 - 14:05") == [JAN_9]
    assert _dates("бейсенбі, 01/09/2020") == [JAN_9]
    assert _dates("Сс, 09/01/2020") == [SEP_1]  # сейсенбі, Tuesday: 1 September, day first


def test_other_languages_weekdays_settle_the_order() -> None:
    """One Thursday per language added, full or as CLDR abbreviates the Cyrillic ones; a 14-letter
    Lithuanian name fits the word before the date."""
    for thursday in (
        "бейш.",  # Kyrgyz
        "бейшемби",
        "пайшанба",  # Uzbek, Cyrillic and Latin
        "Payshanba",
        "панҷшанбе",  # Tajik
        "Penşenbe",  # Turkmen
        "ხუთშაბათი",  # Georgian
        "հինգշաբթի",  # Armenian
        "Ketvirtadienis",  # Lithuanian
        "ceturtdiena",  # Latvian
        "neljapäev",  # Estonian
    ):
        assert _dates(f"{thursday}, 01/09/2020 - 14:05") == [JAN_9], thursday
    assert _dates("antradienis, 09/01/2020", day_first=False) == [SEP_1]  # Tuesday, Lithuanian


def test_weekday_settles_the_page_order_in_extraction() -> None:
    """The whole page: a Kazakh Drupal byline with no other date is published on 9 January 2020."""
    html = (
        '<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8"><title>Жаңа саябақ | Жаңалықтар</title>'
        '</head><body><article><h1>Жаңа саябақ</h1><div class="node__submitted">Жариялаған redaktor, '
        "<span>Бс, 01/09/2020 - 14:05</span></div><p>Саябақ ашылды.</p></article></body></html>"
    )
    found = extract_metadata(html, URL, today=TODAY).published
    assert found is not None
    assert found.value == JAN_9


def test_no_or_unfitting_weekday_as_before() -> None:
    """No weekday, a weekday fitting neither reading (Kazakh Monday), or a word left out of the table (the
    Latin-script abbreviation "kt", the name "Anna", the capital "Душанбе"): the page's order as before."""
    assert _dates("Жариялаған redaktor, 01/09/2020 - 14:05") == [SEP_1]
    assert _dates("Дс, 01/09/2020") == [SEP_1]
    assert _dates("kt, 01/09/2020") == [SEP_1]
    # 10 January 2020 was a Friday (Turkmen "anna"; Uzbek "juma"), 1 October a Thursday: the names stay names.
    assert _dates("Anna 01/10/2020") == [dt.date(2020, 10, 1)]
    assert _dates("Juma, 01/10/2020") == [dt.date(2020, 10, 1)]
    # 10 February 2020 was a Monday (Tajik "душанбе"), 2 October a Friday: a dateline's capital stays one.
    assert _dates("ДУШАНБЕ, 02/10/2020") == [dt.date(2020, 10, 2)]
    assert _dates("Бс, 01/09/2020", day_first=False) == [JAN_9]


def test_dotted_date_is_never_reordered_by_a_weekday() -> None:
    """A dotted date is day first whatever stands before it (as before: the look-up is for slashes)."""
    assert _dates("Бс, 01.09.2020") == [SEP_1]


def test_no_word_names_two_weekdays() -> None:
    from linkcheck.extract.dates import _WEEKDAY_NAMES  # the table's names (new with this batch)

    words = collections.Counter(word for names in _WEEKDAY_NAMES for word in names.split())
    assert [word for word, n in words.items() if n > 1] == []
    assert len(_WEEKDAY_NAMES) == 7


# --- Russian and Ukrainian participles of "published" in every gender --------------------------------------
def _published(body: str, lang: str = "ru") -> dt.date | None:
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Курс | Университет</title>'
        f"</head><body><main><h1>Курс</h1>{body}</main></body></html>"
    )
    found = extract_metadata(html, "https://uni.example.ru/programs/course", today=TODAY).published
    return None if found is None else found.value


FACTS = (
    "<ul><li>Начало занятий: 3 февраля 2020</li><li>Окончание: 24 апреля 2020</li></ul>"
    "<p>Текст программы.</p>"
)


def test_feminine_and_masculine_participles_label_the_publication() -> None:
    """A programme's facts list (its classes' dates) above "Программа опубликована 9 января 2020 г.": the
    label names the page's date, whatever the gender of the noun it agrees with."""
    assert _published(FACTS + "<p>Программа опубликована 9 января 2020 г.</p>") == JAN_9
    assert _published(FACTS + "<p>Материал опубликован 9 января 2020</p>") == JAN_9
    facts_uk = "<ul><li>Початок: 3 лютого 2020</li></ul><p>Текст.</p>"
    assert _published(facts_uk + "<p>Новина опублікована 9 січня 2020</p>", "uk") == JAN_9


def test_participle_labels_leave_alone() -> None:
    """The neuter forms as before, and an unlabelled date at the end stays after the facts' dates."""
    assert _published(FACTS + "<p>Опубликовано 9 января 2020</p>") == JAN_9
    assert _published(FACTS + "<p>Программа от 9 января 2020 г.</p>") == dt.date(2020, 2, 3)
