"""Rules of the fifteenth held-out matching batch (docs/benchmarks.md, "Held-out matching check"), each on
strings with what it must leave alone: template dates with Uyghur, Kurmanji, Samoan, Javanese, Igbo,
Sindhi and Bashkir month names; Breton's ``a viz``; Eritrea's Gregorian months in Ge'ez names; the Indian
national (Saka) and the Bangla calendars."""

from __future__ import annotations

import datetime as dt
import types

import pytest

from linkcheck.articles import _dates
from linkcheck.articles._dates import parse_date_field


def _read(text: str) -> str | None:
    value = parse_date_field(text)
    return None if value is None else str(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18-نويابىر 2024", "2024-11-18"),  # Uyghur, the day hyphened
        ("18-ئۆكتەبىر 2024", "2024-10-18"),
        ("3 يانۋار 2024", "2024-01-03"),
        ("14 Mijdar 2024", "2024-11-14"),  # Kurmanji
        ("14 Cotmeh 2024", "2024-10-14"),
        ("2 Îlon 2024", "2024-09-02"),
        ("2 Ilon 2024", "2024-09-02"),
        ("22 Novema 2024", "2024-11-22"),  # Samoan
        ("22 Tesema 2024", "2024-12-22"),
        ("12 Nopèmber 2024", "2024-11-12"),  # Javanese
        ("12 Sèptèmber 2024", "2024-09-12"),
        ("21 Ọktoba 2024", "2024-10-21"),  # Igbo
        ("21 Ọgọọst 2024", "2024-08-21"),
        ("12 آڪٽوبر 2024", "2024-10-12"),  # Sindhi
        ("12 ڊسمبر 2024", "2024-12-12"),
        ("15 ғинуар 2024", "2024-01-15"),  # Bashkir
    ],
)
def test_more_template_month_names(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 Adar 2024", None),  # Kurmanji's March is also the Hebrew calendar's month: left out
        ("25 Adar I 5784", "2024-03-05"),  # a Hebrew date in Latin letters, read as before
        ("12 Nopèmbre 2024", None),  # no month of any table
        ("14 Mijdara 2024", None),
        ("18-بىر 2024", None),
    ],
)
def test_more_template_month_names_leave_alone(text: str, expected: str | None) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 a viz Du 2024", "2024-11-05"),
        ("5 a viz Here 2024", "2024-10-05"),
        ("1 a viz C'hwevrer 2024", "2024-02-01"),
        ("1 a viz c’hwevrer 2024", "2024-02-01"),
        ("9 a viz Mae 2024", "2024-05-09"),
    ],
)
def test_breton_a_viz(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["5 Du 2024", "5 Mae 2024", "5 a viz Dud 2024", "a viz Du"])
def test_breton_a_viz_leave_alone(text: str) -> None:
    assert _read(text) is None


class _Day(dt.date):
    """``datetime.date`` whose ``today`` is this batch's day: the Ethiopian reading of a year is "still to
    come" against the day the check runs, so the test fixes that day (Ethiopian 2024 begins in 2031)."""

    @classmethod
    def today(cls) -> _Day:
        return cls(2026, 12, 2)


@pytest.fixture
def batch_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_dates, "dt", types.SimpleNamespace(**{**vars(dt), "date": _Day}))


@pytest.mark.usefixtures("batch_day")
def test_eritrean_months() -> None:
    assert _read("15 ሕዳር 2024") == "2024-11-15"  # the Ethiopian year 2024 is still to come
    assert _read("15 ጥቅምቲ 2024") == "2024-10-15"  # a Tigrinya name no Ethiopian month has
    assert _read("1 ጥሪ 2024") == "2024-01-01"


@pytest.mark.usefixtures("batch_day")
def test_eritrean_months_leave_alone() -> None:
    # an Ethiopian date (its year past), day first or month first, is read in the Ethiopian calendar
    assert _read("8 መስከረም 2017") == "2024-09-18"
    assert _read("መስከረም 8 ቀን 2017 ዓ.ም.") == "2024-09-18"
    # month first stays Ethiopian, whatever the year
    assert _read("ሕዳር 15 2024") == "2031-11-25"
    # a Tigrinya name the Ethiopian calendar lacks, with a year: Gregorian; no month: nothing
    assert _read("15 ሰላም 2024") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30 कार्तिक 1946", "2024-11-21"),  # Saka; 2024 is a leap year: 1 Chaitra on 21 March
        ("1 चैत्र 1946", "2024-03-21"),
        ("1 चैत्र 1945", "2023-03-22"),
        ("10 पौष 1946", "2024-12-31"),
        ("৬ অগ্রহায়ণ ১৪৩১", "2024-11-21"),  # Bangla (Bangladesh since 2019)
        ("1 বৈশাখ ১৪৩১", "2024-04-14"),
        ("30 চৈত্র ১৪৩০", "2024-04-13"),
        ("1 ফাল্গুন ১৪৩০", "2024-02-14"),
        ("30 ফাল্গুন ১৪৩০", "2024-03-14"),  # Falgun of 30 days before a leap February
    ],
)
def test_indian_solar_calendars(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "30 कार्तिक 2081",  # the Vikram Samvat (lunar): left unread
        "30 ফাল্গুন ১৪৩১",  # Falgun 1431 has 29 days (February 2025 is no leap month's)
        "32 কার্তিক ১৪৩১",
        "6 অগ্রহায়ণ 2024",  # a Bangla month with a Gregorian year: no calendar says it
        "31 कार्तिक 1946",
    ],
)
def test_indian_solar_calendars_leave_alone(text: str) -> None:
    assert _read(text) is None


def test_gregorian_indic_months_unchanged() -> None:
    assert _read("21 नवंबर 2024") == "2024-11-21"
    assert _read("২১ নভেম্বর ২০২৪") == "2024-11-21"
