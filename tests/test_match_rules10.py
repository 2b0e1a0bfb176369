"""The matching rules the tenth held-out batch (tests/test_match_heldout.py, ``b10-*``) led to, each on its
own, with what it must leave alone. docs/benchmarks.md, "Held-out matching check", says why each is
general."""

from __future__ import annotations

import pytest

from linkcheck.articles._dates import parse_date_field

# --- template dates: Tamil, Kazakh and Latvian nominative month names; a Roman month with the year first ---


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("15 அக்டோபர் 2024", "2024-10-15"),  # Tamil
        ("3 மே 2023", "2023-05-03"),
        ("1 ஜனவரி 2022", "2022-01-01"),
        ("14 қараша 2024", "2024-11-14"),  # Kazakh
        ("2 қаңтар 2023", "2023-01-02"),
        ("Қазан 2024", "2024-10"),  # a month and a year
        ("2024. gada 21. novembris", "2024-11-21"),  # Latvian, nominative
        ("2023. gada 1. marts", "2023-03-01"),
        ("2024. gada 5. martā", "2024-03-05"),  # the locative, read before
        ("2024. IX. 24.", "2024-09-24"),  # Hungarian, a Roman month
        ("2024. XII. 1", "2024-12-01"),
        ("2024. 3. 5.", "2024-03-05"),  # Korean digits, as before
        ("2024. március 5.", "2024-03-05"),  # Hungarian name, as before
        ("5.III.2024", "2024-03-05"),  # day first, as before
    ],
)
def test_more_template_dates(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    "written",
    [
        "2024. XIII. 5.",  # no thirteenth month
        "2024. ix. 5.",  # Roman months are capitals
        "2024. IIII. 5.",
        "24 மேலும் 2024",  # a Tamil word ("more") that is no month
        "14 Казань 2024",  # the city, in Russian
        "3. listopada 2024.",  # October in Croatian, November in Polish and Czech: still not a Croatian month
    ],
)
def test_what_the_date_rules_leave_alone(written: str) -> None:
    value = parse_date_field(written)
    if written.startswith("3. listopada"):
        assert str(value) == "2024-11-03"  # read as before, as Polish and Czech write it
    else:
        assert value is None
