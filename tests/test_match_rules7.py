"""The matching rules the seventh held-out batch (tests/test_match_heldout.py, ``b7-*``) led to, each on its
own, with what it must leave alone. docs/benchmarks.md, "Held-out matching check", says why each is
general."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.articles._dates import find_dmy, parse_date_field
from linkcheck.calendars import hebrew_to_gregorian, hijri_to_gregorian
from linkcheck.config import Config
from linkcheck.models import PartialDate

CONFIG = Config()
THRESHOLD = CONFIG.title_threshold


# --- template dates of more countries and calendars ----------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("5. 3. 2024", "2024-03-05"),  # Czech, Slovak: spaces after the dots
        ("3. 5. 2024", "2024-05-03"),  # day first: 3 May
        ("5. 3. 2024.", "2024-03-05"),  # Croatian: a dot after the year
        ("26.03.24", "2024-03-26"),  # a two-digit year
        ("26.03.98", "1998-03-26"),  # POSIX's pivot: 70-99 are the 1900s
        ("5.III.2024", "2024-03-05"),  # the month in Roman numerals
        ("5 III 2024", "2024-03-05"),
        ("12-XII-1999", "1999-12-12"),
        ("5. maaliskuuta 2024", "2024-03-05"),  # Finnish partitive
        ("5. ožujka 2024.", "2024-03-05"),  # Croatian genitive
        ("5 de març de 2024", "2024-03-05"),  # Catalan
        ("5 d'abril de 2024", "2024-04-05"),  # Catalan, the elided "de"
        ("2024 m. kovo 5 d.", "2024-03-05"),  # Lithuanian, year first
        ("2024. gada 5. martā", "2024-03-05"),  # Latvian, year first
        ("13 במרץ 2024", "2024-03-13"),  # Hebrew, "in March"
        ("13 מרץ 2024", "2024-03-13"),
        ("16 मार्च 2024", "2024-03-16"),  # Hindi
        ("१६ मार्च २०२४", "2024-03-16"),  # in Devanagari digits
        ("24 شعبان 1445", "2024-03-05"),  # Hijri
        ("1 رمضان 1445 هـ", "2024-03-11"),
        ("24 Sha'ban 1445 AH", "2024-03-05"),  # Hijri, romanised
        ("1 Dhu al-Hijjah 1444", "2023-06-20"),  # tabular (Saudi Arabia's Umm al-Qura: the 19th)
        ("25 Adar I 5784", "2024-03-05"),  # Hebrew calendar
        ("14 Adar II 5784", "2024-03-24"),
        ("25 באדר א' 5784", "2024-03-05"),
        ("1 Tishrei 5785", "2024-10-03"),
    ],
)
def test_template_dates_of_more_countries_and_calendars(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("5 March 1445", "1445-03-05"),  # a Gregorian month: the Gregorian year it says
        ("14 Esfand 1399", "2021-03-04"),  # Solar Hijri, read as before
        ("12.03.2022", "2022-03-12"),
        ("5 listopada 2024", "2024-11-05"),  # Polish November, though October in Croatian
        ("5 марта 2024", "2024-03-05"),
    ],
)
def test_template_dates_read_as_before(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    "written",
    [
        "V 2024",  # no day
        "1.2.3",  # a version number
        "5.IIII.2024",  # no month
        "30 Shaban 1445",  # Sha'ban has 29 days in the tabular calendar
        "5 Foo 1445",  # no month of either calendar
        "31. 2. 2024",  # no such day
    ],
)
def test_what_is_no_template_day(written: str) -> None:
    value = parse_date_field(written)
    assert value is None or value.day is None  # ``5.IIII.2024`` is read as its year, as before


def test_new_month_names_are_not_read_in_running_text() -> None:
    """Finnish, Croatian, Catalan and the rest are read in a template's date only, not in an article's text
    (``maig``, ``gener`` and ``juny`` are other words in running text, or names)."""
    assert find_dmy("Sovinto 5 maaliskuuta 2024 allekirjoitettiin") is None
    assert find_dmy("le 5 mars 2024") == PartialDate(2024, 3, 5)  # the languages read before still are


def test_calendars_against_known_days() -> None:
    assert hijri_to_gregorian(1445, 1, 1) == dt.date(2023, 7, 19)  # Islamic New Year 1445
    assert hijri_to_gregorian(1445, 10, 1) == dt.date(2024, 4, 10)  # Eid al-Fitr 1445
    assert hebrew_to_gregorian(5784, 7, 1) == dt.date(2023, 9, 16)  # Rosh Hashanah 5784
    assert hebrew_to_gregorian(5784, 1, 15) == dt.date(2024, 4, 23)  # Passover 5784
    assert hebrew_to_gregorian(5783, 1, 15) == dt.date(2023, 4, 6)  # Passover 5783 (not a leap year)
    with pytest.raises(ValueError, match="no Hebrew date"):
        hebrew_to_gregorian(5783, 13, 1)  # no Adar II in a common year
    with pytest.raises(ValueError, match="no Hijri date"):
        hijri_to_gregorian(1445, 13, 1)
