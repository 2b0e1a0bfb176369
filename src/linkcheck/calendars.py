"""Calendars other than the Gregorian that dates are written in, as plain arithmetic and tables (no I/O, no
heavy imports): the page extractor (:mod:`linkcheck.extract.dates`) and the article reader
(:mod:`linkcheck.articles._dates`) read Solar Hijri dates through this one converter and one month table.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["EASTERN_DIGITS", "JALALI_MONTHS", "jalali_to_gregorian"]

#: Persian (U+06F0...) and Arabic-Indic (U+0660...) digits as ASCII ones.
EASTERN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")

#: Months of the Solar Hijri calendar (Iran's and Afghanistan's civil calendar), in Persian (Iran), Dari
#: (Afghanistan: the zodiac names) and Pashto: "۲۱ اسفند ۱۴۰۰", "۲۱ حوت ۱۴۰۰", "۲۱ کب ۱۴۰۰" (12 March 2022).
#: Also their romanised names (``14 Esfand 1399``), lower case.
JALALI_MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        "فروردین حمل وری", "اردیبهشت ثور غویی", "خرداد جوزا غبرگولی", "تیر سرطان چنگاښ چنګاښ",
        "مرداد امرداد اسد زمری", "شهریور سنبله وږی", "مهر میزان تله", "آبان عقرب لړم",
        "آذر قوس لیندۍ لیندی", "دی جدی مرغومی", "بهمن دلو سلواغه", "اسفند حوت کب",
    ),
    start=1,
):  # fmt: skip
    for _name in _names.split():
        JALALI_MONTHS[_name] = _n
        JALALI_MONTHS[_name.replace("ی", "ي").replace("ک", "ك")] = _n  # written with Arabic letters
for _n, _names in enumerate(
    (
        "farvardin", "ordibehesht", "khordad", "tir", "mordad amordad", "shahrivar", "mehr", "aban", "azar",
        "dey", "bahman", "esfand",
    ),
    start=1,
):  # fmt: skip
    for _name in _names.split():
        JALALI_MONTHS[_name] = _n


#: Where the Solar Hijri year starts moving against the Julian-Gregorian cycle (the jalaali algorithm of
#: Borkowski, as Iran's calendar office computes it, exact for years 1-3177).
_JALALI_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
                  2324, 2394, 2456, 3178)  # fmt: skip


def jalali_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Solar Hijri one (1 Farvardin 1400 is 21 March 2021); ``ValueError`` when the
    day does not exist (the first six months have 31 days, the next five 30, the last 29 or 30)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)) or not 1 <= year < 3178:
        raise ValueError(f"no Solar Hijri date {year}-{month}-{day}")
    gregorian_year = year + 621
    leap_j, previous, jump = -14, _JALALI_BREAKS[0], 0
    for brk in _JALALI_BREAKS[1:]:
        jump = brk - previous
        if year < brk:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        previous = brk
    n = year - previous
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gregorian_year // 4 - (gregorian_year // 100 + 1) * 3 // 4 - 150
    new_year = dt.date(gregorian_year, 3, 20 + leap_j - leap_g)  # 1 Farvardin
    offset = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    value = new_year + dt.timedelta(days=offset + day - 1)
    if month == 12 and day == 30 and jalali_to_gregorian(year + 1, 1, 1) <= value:
        raise ValueError(f"{year} is not a leap year of the Solar Hijri calendar")
    return value
