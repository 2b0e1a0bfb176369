"""The matching rules the ninth held-out batch (tests/test_match_heldout.py, ``b9-*``) led to, each on its
own, with what it must leave alone. docs/benchmarks.md, "Held-out matching check", says why each is
general."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.articles._dates import parse_date_field
from linkcheck.calendars import ethiopian_to_gregorian

# --- template dates: more month names, Chinese numerals, a Minguo year without its era, Ethiopian ---------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("10. nóvember 2023", "2023-11-10"),  # Icelandic
        ("3. ágúst 2021", "2021-08-03"),
        ("12. juuni 2024", "2024-06-12"),  # Estonian
        ("1. detsember 2020", "2020-12-01"),
        ("2. októbra 2024", "2024-10-02"),  # Slovak, genitive
        ("15. mája 2023", "2023-05-15"),
        ("21 юни 2024", "2024-06-21"),  # Bulgarian
        ("3 октомври 2022", "2022-10-03"),
        ("14 მაისი 2024", "2024-05-14"),  # Georgian
        ("26 սեպտեմբերի 2024", "2024-09-26"),  # Armenian, genitive
        ("8 فروری 2024", "2024-02-08"),  # Urdu
        ("8 جولائی 2023", "2023-07-08"),
        ("২৮ ডিসেম্বর ২০২২", "2022-12-28"),  # Bengali, Bengali digits
        ("5 জানুয়ারি 2024", "2024-01-05"),
        ("16 मार्च 2024", "2024-03-16"),  # Devanagari, as before
    ],
)
def test_template_dates_in_more_languages(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("二〇二四年九月十八日", "2024-09-18"),
        ("二〇二四年十二月三十一日", "2024-12-31"),
        ("二〇二〇年一月十日", "2020-01-10"),
        ("二〇二四年十月", "2024-10"),
        ("113年9月18日", "2024-09-18"),  # Minguo year without its era
        ("民國113年9月18日", "2024-09-18"),  # as before
        ("2024年9月18日", "2024-09-18"),  # as before
    ],
)
def test_chinese_numerals_and_the_bare_minguo_year(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    "written",
    [
        "24年9月18日",  # a two-digit year: a shortened Gregorian year too
        "一九九九年",  # a year alone: not read as a day
        "十一届全国人大",  # numerals that are no date
        "二〇二四年十三月一日",  # no thirteenth month
        "213年9月18日",  # no Minguo year of a web page
        "5 მაისი",  # no year
        "12 ჯანმრთელობა 2024",  # a Georgian word that is no month
        "28 বাংলাদেশ 2022",  # a Bengali word that is no month
    ],
)
def test_dates_left_unread(written: str) -> None:
    assert parse_date_field(written) is None


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("መስከረም 8 ቀን 2017 ዓ.ም.", "2024-09-18"),
        ("8 መስከረም 2017", "2024-09-18"),
        ("መስከረም 1 ቀን 2016 ዓ.ም.", "2023-09-12"),  # after a Pagume of six days
        ("ጥር 11 ቀን 2016", "2024-01-20"),  # Timkat
    ],
)
def test_ethiopian_calendar(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


def test_ethiopian_calendar_arithmetic() -> None:
    assert ethiopian_to_gregorian(2017, 1, 1) == dt.date(2024, 9, 11)
    assert ethiopian_to_gregorian(2015, 13, 6) == dt.date(2023, 9, 11)  # 2015 % 4 == 3: six days
    assert ethiopian_to_gregorian(2012, 1, 1) == dt.date(2019, 9, 12)
    with pytest.raises(ValueError, match="no Ethiopian date"):
        ethiopian_to_gregorian(2016, 13, 6)  # five days of Pagume
    with pytest.raises(ValueError, match="no Ethiopian date"):
        ethiopian_to_gregorian(2016, 2, 31)
    assert parse_date_field("ጳጉሜ 6 ቀን 2016 ዓ.ም.") is None  # a day the calendar does not have
    assert parse_date_field("ኢትዮጵያ 8 2017") is None  # no month
