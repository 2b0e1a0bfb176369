"""The twelfth held-out matching batch's rules (docs/benchmarks.md, "Held-out matching check"), each tested on
strings with what it must leave alone."""

from __future__ import annotations

import pytest

from linkcheck.articles._dates import parse_date_field
from linkcheck.match import max_similarity
from linkcheck.names import fold

# --- template dates of more languages and scripts ------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("16 સપ્ટેમ્બર 2024", "2024-09-16"),  # Gujarati
        ("૧૬ સપ્ટેમ્બર ૨૦૨૪", "2024-09-16"),  # Gujarati digits
        ("5 ઑગસ્ટ 2023", "2023-08-05"),
        ("19 అక్టోబర్ 2024", "2024-10-19"),  # Telugu
        ("౧౯ నవంబరు ౨౦౨౪", "2024-11-19"),  # Telugu digits, the -u spelling
        ("2024 සැප්තැම්බර් 22", "2024-09-22"),  # Sinhala, year first
        ("2024 අප්\u200dරේල් 2", "2024-04-02"),  # with the zero-width joiner
        ("2024 අප්රේල් 2", "2024-04-02"),  # without it
        ("22 සැප්තැම්බර් 2024", "2024-09-22"),  # day first
        ("၁၇ စက်တင်ဘာ ၂၀၂၄", "2024-09-17"),  # Burmese, Myanmar digits
        ("17 ဩဂုတ် 2024", "2024-08-17"),
        ("19 Nofeembar 2024", "2024-11-19"),  # Somali
        ("1 Luuliyo 2023", "2023-07-01"),
        ("2024 оны 11 сарын 15", "2024-11-15"),  # Mongolian, numbered months
        ("2024 оны 11-р сарын 15", "2024-11-15"),
        ("2024 оны 3 сарын 8-нд", "2024-03-08"),
        # unchanged
        ("3 ഓഗസ്റ്റ് 2024", "2024-08-03"),
        ("२९ सेप्टेम्बर २०२४", "2024-09-29"),
        ("১৪ নভেম্বর ২০২৪", "2024-11-14"),
    ],
)
def test_template_dates_read(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    "written",
    [
        "2024 оны 13 сарын 15",  # no thirteenth month
        "2024 оны сарын 15",  # no month number
        "оны 11 сарын 15",  # no year
        "16 ગુજરાત 2024",  # a Gujarati word that is no month
        "2024 ශ්‍රී 22",  # a Sinhala word that is no month
        "17 မြန်မာ 2024",  # a Burmese word that is no month
        "19 Soomaali 2024",  # a Somali word that is no month
        "१३ असोज २०८१",  # the Bikram Sambat calendar, still unread
    ],
)
def test_template_dates_left_alone(written: str) -> None:
    assert parse_date_field(written) is None


# --- invisible joiners inside a word ---------------------------------------------------------------------


def test_zero_width_joiner_is_no_word_break() -> None:
    with_zwj = "ජනාධිපතිවරණයේ නිල ප්\u200dරතිඵලය ප්\u200dරකාශයට පත් කෙරේ"
    assert fold(with_zwj) == fold(with_zwj.replace("\u200d", ""))
    assert max_similarity(with_zwj, with_zwj.replace("\u200d", "")) == 1.0


def test_soft_hyphen_and_word_joiner_dropped() -> None:
    assert fold("Bundes\u00adtags\u00adwahl ändert\u2060 nichts") == fold("Bundestagswahl ändert nichts")
    assert fold("\ufeffÉlection") == fold("Élection")


def test_zero_width_non_joiner_still_breaks() -> None:
    # Persian types ZWNJ where others type a space: it stays a break, as a space is
    assert fold("می\u200cخواهم") == fold("می خواهم")
    assert fold("می\u200cخواهم") != fold("میخواهم")


def test_other_words_stay_apart() -> None:
    assert fold("ප්\u200dර ඵලය") != fold("ප්රඵලය")  # a space is still a break
