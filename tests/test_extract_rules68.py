"""Rules added for the sixty-eighth held-out batch (docs/benchmarks.md, "Held-out extraction, sixty-eighth
batch (ext68)"), each on small strings, with what each must leave alone: an update stamped with a weekday and
a clock ("Updated Thursday 15:20") is of the first day with that weekday from the publication's on; a
clock-only update may write its time with a dot ("Bijgewerkt om 15.20 uur"); a clock-only update is not dated
by the story's first line after it when that line opens with a capitalised word ("09.12 Wie na 1 januari");
the weekday table reads German, Dutch, French, Italian, Spanish, Polish, Nordic and Finnish names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.models import Metadata
from tests.extract_rules_harness import dates, page, story

NOV_20 = dt.date(2024, 11, 20)  # a Wednesday
NOV_21 = dt.date(2024, 11, 21)
NOV_22 = dt.date(2024, 11, 22)
NOV_26 = dt.date(2024, 11, 26)
_TEXT = "<p>The city council approved the budget after a long debate in the hall.</p>"


def _head(stamp: str) -> str:
    return f'<meta property="article:published_time" content="{stamp}">'


def _updated(
    line: str, stamp: str = "2024-11-20T18:41:00+01:00", lang: str = "en", text: str = _TEXT
) -> Metadata:
    byline = f"<div class='meta'><span class='author'>Lisa Peeters</span><span>{line}</span></div>"
    return story("Council approves the budget for next year", byline, text, head=_head(stamp), lang=lang)


# --- an update's weekday and clock, no date ---
@pytest.mark.parametrize(
    ("line", "lang", "modified"),
    [
        ("Updated Thursday 15:20", "en", NOV_21),
        ("Bijgewerkt donderdag 09.12", "nl", NOV_21),  # a dotted clock too
        ("Aktualisiert Freitag, 08:10 Uhr", "de", NOV_22),
        ("Mis à jour mardi à 10:05", "fr", NOV_26),  # six days on: the next Tuesday
        ("Updated Wednesday 21:30", "en", NOV_20),  # the publication's weekday, a later clock: that day
    ],
)
def test_an_updates_weekday_and_clock_name_a_day_from_the_publications(
    line: str, lang: str, modified: dt.date
) -> None:
    assert dates(_updated(line, lang=lang)) == (NOV_20, modified)


def test_guard_the_publications_weekday_before_its_clock_is_not_read() -> None:
    # Wednesday at 09:00, before the publication's 18:41: a week later, or a mistake; no day read.
    assert dates(_updated("Updated Wednesday 09:00"))[1] is None


def test_guard_a_weekday_update_after_today_is_not_read() -> None:
    # Published on Friday 29 November, "today" is Saturday the 30th: "Updated Monday" would be 2 December.
    assert dates(_updated("Updated Monday 10:00", stamp="2024-11-29T09:00:00+01:00"))[1] is None


@pytest.mark.parametrize("line", ["Updated yesterday 15:20", "Updated Thursdays 15:20", "Updated Thor 15:20"])
def test_guard_a_word_that_is_no_weekday_before_the_clock_is_not_read(line: str) -> None:
    assert dates(_updated(line))[1] is None


# --- a clock-only update with a dotted clock ---
_MORNING = "2024-11-21T06:00:00+01:00"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Bijgewerkt om 15.20 uur", "nl"),
        ("Aggiornato alle 15.20", "it"),
        ("Updated at 6.10pm", "en"),
        ("Oppdatert 15.20", "nb"),
    ],
)
def test_a_dotted_clock_only_update_is_of_the_publications_day(line: str, lang: str) -> None:
    assert dates(_updated(line, stamp=_MORNING, lang=lang)) == (NOV_21, NOV_21)


@pytest.mark.parametrize(
    "line",
    [
        "Bijgewerkt om 05.20 uur",  # before the publication's 06:00: maybe the next day's
        "Aktualisiert 14.11.2024",  # a date, not a clock
        "Updated 3.5 million times",  # a number
        "Updated 25.30",  # no hour of a day
    ],
)
def test_guard_a_dotted_number_that_is_no_later_clock_is_no_update_of_that_day(line: str) -> None:
    assert dates(_updated(line, stamp=_MORNING))[1] != NOV_21


def test_guard_a_dotted_clock_before_a_colon_clock_is_not_read() -> None:
    # "21.11 15:20": a day and month, then the clock; the dotted pair is no time.
    found = dates(_updated("Aktualisiert 22.11 15:20", stamp=_MORNING, lang="de"))[1]
    assert found != NOV_21


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("15.20", 920),
        ("09.12 uur", 552),
        ("6.10pm", 1090),
        ("6.10 a.m.", 370),
        ("14.11.2024", None),
        ("24.00", None),
    ],
)
def test_dotted_clock(text: str, minutes: int | None) -> None:
    from linkcheck.extract.dates import dotted_clock  # new with this batch (imported here: base62 lacks it)

    assert dotted_clock(text) == minutes


# --- the story's first line after a clock-only update ---
@pytest.mark.parametrize(
    "after",
    [
        "Wie na 1 januari zijn dak isoleert, krijgt geen premie meer.",
        "Ab 1. Januar gilt die neue Regel für alle Kantone.",
    ],
)
def test_a_capitalised_first_word_after_the_clock_opens_the_story(after: str) -> None:
    found = _updated("Bijgewerkt om 15:20", stamp=_MORNING, lang="nl", text=f"<p>{after}</p>")
    assert dates(found) == (NOV_21, NOV_21)


@pytest.mark.parametrize(
    "line",
    [
        "Updated 15:20 Friday 22 November 2024",  # a weekday, then the date: the clock's statement
        "Aktualisiert 15:20 Uhr am 22. November 2024",  # a unit, then "am"
        "Updated 15:20 Hrs, 22 November 2024",
    ],
)
def test_guard_a_weekday_or_unit_after_the_clock_keeps_a_date_in_its_statement(line: str) -> None:
    assert dates(_updated(line, stamp=_MORNING))[1] != NOV_21  # not the clock-only update's day


# --- the weekday table ---
@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("Donnerstag", 3),
        ("donderdag", 3),
        ("jeudi", 3),
        ("Giovedì", 3),
        ("jueves", 3),
        ("czwartek", 3),
        ("torsdag", 3),
        ("torstai", 3),
        ("Thursday", 3),
        ("Sonnabend", 5),
        ("lørdag", 5),
        ("domingo", None),  # a given name too
        ("Thor", None),
    ],
)
def test_weekday_number(word: str, number: int | None) -> None:
    from linkcheck.extract.dates import weekday_number  # new with this batch

    assert weekday_number(word) == number


def test_a_german_weekday_settles_a_numeric_dates_order() -> None:
    body = (
        "<article><h1>Rat beschließt Budget</h1><p class='date'>Donnerstag, 01/09/2020</p>"
        + _TEXT
        + "</article>"
    )
    assert dates(page(body, title="Rat beschließt Budget", lang="de"))[0] == dt.date(2020, 1, 9)
