"""Calendars other than the Gregorian that dates are written in, as plain arithmetic and tables (no I/O, no
heavy imports): the page extractor (:mod:`linkcheck.extract.dates`) and the article reader
(:mod:`linkcheck.articles._dates`) read Solar Hijri dates through this one converter and one month table;
the article reader also the Islamic (Hijri) and the Hebrew calendar's dates of a citation template. Both
read the Gregorian months written in Roman numerals through :data:`ROMAN_MONTHS`, and the Gregorian months'
English and Russian names through :data:`MONTH_NAMES_EN` and :data:`MONTH_NAMES_RU` (their other languages'
names: :mod:`linkcheck.months`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

__all__ = [
    "EASTERN_DIGITS",
    "ERITREAN_MONTHS",
    "ETHIOPIAN_MONTHS",
    "HEBREW_MONTHS",
    "HIJRI_MONTHS",
    "JALALI_MONTHS",
    "MONTH_NAMES_EN",
    "MONTH_NAMES_RU",
    "ROMAN_MONTHS",
    "ethiopian_to_gregorian",
    "hebrew_to_gregorian",
    "hijri_to_gregorian",
    "jalali_to_gregorian",
    "julian_to_gregorian",
    "normal_arabic",
    "numbered_names",
]


def numbered_names(
    months: Iterable[str],
    sep: str | None = None,
    spell: Callable[[str], Iterable[str]] = lambda name: (name,),
) -> dict[str, int]:
    """A month table: each name of the ``n``-th entry of ``months`` (its names split at ``sep``; by default
    at white space), written each way ``spell`` gives, to ``n`` (January, or the calendar's first, is 1)."""
    return {
        written: n
        for n, names in enumerate(months, start=1)
        for name in names.split(sep)
        for written in spell(name)
    }


#: The months' names in English as text writes them, January first ("January 9, 2020"; their first three
#: letters are their short forms, "Jan. 9"); and in Russian in the genitive, as a date writes them ("9 января
#: 2020"). The month names' catalogue (:mod:`linkcheck.months`, both readers' tables) reads them,
#: ``pagebody.text_gives_day`` writes a day with them and the article reader (``articles._dates``) puts the
#: English ones for a Breton month's name.
MONTH_NAMES_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
MONTH_NAMES_RU = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
    "декабря",
)  # fmt: skip
#: Persian (U+06F0...) and Arabic-Indic (U+0660...) digits as ASCII ones.
#: The Gregorian months in Roman numerals, capitals (``2022. XI. 3.``, ``3.XI.2022``: Hungarian, Polish, Czech
#: and Lithuanian offices still write them).
ROMAN_MONTHS: dict[str, int] = numbered_names(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
)
EASTERN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")

#: Months of the Solar Hijri calendar (Iran's and Afghanistan's civil calendar), in Persian (Iran), Dari
#: (Afghanistan: the zodiac names) and Pashto: "۲۱ اسفند ۱۴۰۰", "۲۱ حوت ۱۴۰۰", "۲۱ کب ۱۴۰۰" (12 March 2022).
#: Also their romanised names (``14 Esfand 1399``), lower case.
JALALI_MONTHS: dict[str, int] = {
    **numbered_names(
        (
            "فروردین حمل وری", "اردیبهشت ثور غویی", "خرداد جوزا غبرگولی", "تیر سرطان چنگاښ چنګاښ",
            "مرداد امرداد اسد زمری", "شهریور سنبله وږی", "مهر میزان تله", "آبان عقرب لړم",
            "آذر قوس لیندۍ لیندی", "دی جدی مرغومی", "بهمن دلو سلواغه", "اسفند حوت کب",
        ),
        # each also written with Arabic letters
        spell=lambda name: (name, name.replace("ی", "ي").replace("ک", "ك")),
    ),
    **numbered_names(
        (
            "farvardin", "ordibehesht", "khordad", "tir", "mordad amordad", "shahrivar", "mehr", "aban",
            "azar", "dey", "bahman", "esfand",
        )
    ),
}  # fmt: skip


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


def normal_arabic(text: str) -> str:
    """Arabic spelt as search engines compare it: the alef's hamza seats and madda, alef maqsura, and the
    tatweel folded (``الأولى`` = ``الاولى``; ``ذو`` and ``ذي`` are not folded: both are listed)."""
    return text.translate(_ARABIC_FOLD)


_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ـ": None, "ّ": None})

#: Months of the Islamic (Hijri) calendar, in Arabic (folded by :func:`normal_arabic`; the two-word names
#: with a single space) and romanised as English texts write them (lower case, ``'`` dropped, ``-`` a
#: space): ``24 شعبان 1445``, ``24 Sha'ban 1445 AH``.
HIJRI_MONTHS: dict[str, int] = numbered_names(
    (
        "محرم المحرم|muharram",
        "صفر|safar",
        "ربيع الاول|ربيع اول|rabi al awwal|rabiul awwal|rabi i",
        "ربيع الثاني|ربيع الاخر|ربيع ثاني|rabi al thani|rabi al akhir|rabiul akhir|rabi ii",
        "جمادي الاولي|جمادي الاول|jumada al ula|jumada al awwal|jumada i",
        "جمادي الاخره|جمادي الاخرة|جمادي الثانيه|جمادي الثانية|jumada al akhirah|jumada al thani|jumada ii",
        "رجب|rajab",
        "شعبان|shaban|shaaban",
        "رمضان|ramadan|ramazan",
        "شوال|shawwal",
        "ذو القعده|ذو القعدة|ذي القعده|ذي القعدة|dhu al qidah|dhul qadah|dhu al qadah|zulqadah",
        "ذو الحجه|ذو الحجة|ذي الحجه|ذي الحجة|dhu al hijjah|dhul hijjah|zulhijjah",
    ),
    "|",
    lambda name: (normal_arabic(name),),
)


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of an Islamic (Hijri) one by the tabular (civil) calendar of 30-year cycles: 24
    Sha'ban 1445 is 5 March 2024. Where the months are set by sighting the moon or by Saudi Arabia's Umm
    al-Qura tables, the day may differ by one, as much as those reckonings differ from each other (within a
    citation's tolerance of a day). ``ValueError`` for a day the calendar does not have."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and 1 <= year <= 9000):
        raise ValueError(f"no Hijri date {year}-{month}-{day}")
    if day == 30 and month % 2 == 0 and not (month == 12 and (14 + 11 * year) % 30 < 11):
        raise ValueError(f"Hijri month {month} of {year} has 29 days")
    fixed = day + 29 * (month - 1) + (6 * month - 1) // 11 + (year - 1) * 354 + (3 + 11 * year) // 30
    return dt.date.fromordinal(fixed + _HIJRI_EPOCH - 1)


#: The day before 1 Muharram 1 AH (16 July 622, Julian) as a proleptic Gregorian ordinal, plus one.
_HIJRI_EPOCH = 227015

#: Months of the Hebrew calendar, numbered as the arithmetic counts them (Nisan 1 ... Elul 6, Tishrei 7 ...
#: Adar 12, Adar II 13), romanised in their usual spellings (lower case, ``'`` dropped) and in Hebrew
#: (``אדר א`` is Adar I; geresh and gershayim dropped). ``Adar`` alone is month 12: Adar, and Adar I in a
#: leap year.
HEBREW_MONTHS: dict[str, int] = numbered_names(
    (
        "nisan|ניסן",
        "iyar|iyyar|אייר",
        "sivan|סיון|סיוון",
        "tammuz|tamuz|תמוז",
        "av|ab|אב",
        "elul|אלול",
        "tishrei|tishri|תשרי",
        "cheshvan|heshvan|marcheshvan|marheshvan|חשון|חשוון|מרחשון|מרחשוון",
        "kislev|כסלו|כסליו",
        "tevet|teveth|טבת",
        "shevat|shvat|sh'vat|שבט",
        "adar|adar i|adar 1|adar aleph|adar alef|אדר|אדר א",
        "adar ii|adar 2|adar bet|adar beth|אדר ב",
    ),
    "|",
)


def _hebrew_leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7


def _hebrew_elapsed_days(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    day = months * 29 + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def _hebrew_new_year(year: int) -> int:
    """The ordinal of 1 Tishrei of ``year`` (Reingold and Dershowitz's arithmetic, with its two delays)."""
    before, this, after = (_hebrew_elapsed_days(y) for y in (year - 1, year, year + 1))
    delay = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _HEBREW_EPOCH + this + delay


#: 1 Tishrei AM 1 (7 October 3761 BC, Julian) as a proleptic Gregorian ordinal.
_HEBREW_EPOCH = -1373427


def _hebrew_month_days(month: int, year: int) -> int:
    length = _hebrew_new_year(year + 1) - _hebrew_new_year(year)
    if month in (2, 4, 6, 10, 13) or (month == 12 and not _hebrew_leap(year)):
        return 29
    if month == 8 and length not in (355, 385):
        return 29
    if month == 9 and length in (353, 383):
        return 29
    return 30


def hebrew_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Hebrew one (``month`` as :data:`HEBREW_MONTHS` numbers it; 12 is Adar, or Adar
    I in a leap year, 13 Adar II): 25 Adar I 5784 is 5 March 2024. ``ValueError`` for a day the calendar
    does not have."""
    last = 13 if _hebrew_leap(year) else 12
    if not (1 <= month <= last and day >= 1 and 3000 <= year <= 7000):
        raise ValueError(f"no Hebrew date {year}-{month}-{day}")
    if day > _hebrew_month_days(month, year):
        raise ValueError(f"Hebrew month {month} of {year} is shorter")
    months = range(7, month) if month >= 7 else [*range(7, last + 1), *range(1, month)]
    offset = sum(_hebrew_month_days(m, year) for m in months)
    return dt.date.fromordinal(_hebrew_new_year(year) + offset + day - 1)


#: Months of the Ethiopian calendar in Amharic (Ge'ez script), each as it is commonly spelt (``ኅ``/``ህ``,
#: ``ሐ``/``ሃ``, ``ሣ``/``ሳ``): twelve of 30 days and Pagume, of five or six. Amharic pages write Gregorian
#: dates with the European month names transliterated (``ማርች``), so these names always mean this calendar:
#: ``መጋቢት 3 ቀን 2014 ዓ.ም.`` is 12 March 2022.
ETHIOPIAN_MONTHS: dict[str, int] = numbered_names(
    (
        "መስከረም", "ጥቅምት", "ኅዳር ህዳር ሕዳር", "ታኅሣሥ ታህሳስ ታኅሳስ ታህሣሥ", "ጥር", "የካቲት", "መጋቢት",
        "ሚያዝያ ሚያዚያ", "ግንቦት", "ሰኔ", "ሐምሌ ሃምሌ ሀምሌ", "ነሐሴ ነሃሴ ነሀሴ", "ጳጉሜን ጳጉሜ",
    )
)  # fmt: skip

#: The Gregorian months as Eritrea writes them in Tigrinya, with the Ge'ez names (``12 መጋቢት 2022`` is 12 March
#: 2022): the same names as the Ethiopian calendar's where the two languages spell them alike (መጋቢት, ሚያዝያ,
#: ግንቦት, መስከረም, ሕዳር), but each for the Gregorian month of its place, January first. Read only day first,
#: as Eritrean pages write them (``dates._GEEZ_DMY``); the Ethiopian calendar's dates are written month first.
ERITREAN_MONTHS: dict[str, int] = numbered_names(
    ("ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ", "ሕዳር ኅዳር", "ታሕሳስ")
)

#: The day before 1 Meskerem 1 (29 August 8 CE, Julian; the Amete Mihret era) as a proleptic Gregorian
#: ordinal.
_ETHIOPIAN_EPOCH = 2795


def ethiopian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of an Ethiopian one: a year of twelve 30-day months and Pagume, of five days or
    six in the year before a Julian leap year (``year % 4 == 3``); 1 Meskerem 2014 is 11 September 2021.
    ``ValueError`` for a day the calendar does not have."""
    last = 6 if year % 4 == 3 else 5
    if not (1 <= month <= 13 and 1 <= day <= (30 if month <= 12 else last) and 1 <= year <= 9000):
        raise ValueError(f"no Ethiopian date {year}-{month}-{day}")
    return dt.date.fromordinal(_ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day)


#: The Julian day number of the proleptic Gregorian ordinal 0 (``date.fromordinal(1)`` is JDN 1721426).
_JDN_OF_ORDINAL_0 = 1721425


def julian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Julian (Old Style) one: 1 March 1917 O.S. is 14 March 1917, 31 December 1917
    O.S. 13 January 1918 (the Julian day number's arithmetic). ``ValueError`` for a day the Julian calendar
    does not have (29 February is there every fourth year) or a result outside ``datetime``'s years."""
    leap = year % 4 == 0
    length = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    if not (1 <= month <= 12 and 1 <= day <= length[month - 1] and 1 <= year <= 9000):
        raise ValueError(f"no Julian date {year}-{month}-{day}")
    a = (14 - month) // 12
    y, m = year + 4800 - a, month + 12 * a - 3
    jdn = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return dt.date.fromordinal(jdn - _JDN_OF_ORDINAL_0)
