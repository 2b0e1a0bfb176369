"""The rule the fourth nightly probe (``tests/test_nightly_probe4.py``, nightly4) led to, with what it must
leave alone: the history's ``previous_run`` is never later than the run that reports it
(``state.previous_run_time``, used by ``apply_state``), as every entry's times already are not
(``state.not_after``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import DEFAULT_FAIL_ON
from linkcheck.models import Report
from linkcheck.state import State, UrlState, apply_state, previous_run_time
from tests.test_state import URL, dead

NOW = dt.datetime(2026, 12, 5, 3, 17, tzinfo=dt.timezone.utc)
NOW_TEXT = "2026-12-05T03:17:00+00:00"


@pytest.mark.parametrize(
    "updated",
    [
        "2026-12-08T03:17:00+00:00",  # a runner three days ahead
        "2026-12-05T03:17:01+00:00",  # a second ahead
        "2026-12-05T10:00:00+05:00",  # 05:00 UTC: later only by its offset
    ],
)
def test_a_previous_run_dated_after_this_one_is_read_as_this_run(updated: str) -> None:
    assert previous_run_time(updated, NOW) == NOW_TEXT


@pytest.mark.parametrize(
    "updated",
    [
        None,  # the first run
        "2026-12-04T03:17:00+00:00",
        NOW_TEXT,
        "2026-12-05T08:00:00+14:00",  # 18:00 UTC the day before: earlier though its date is today
        "not a time",
    ],
)
def test_an_earlier_previous_run_a_first_run_and_an_unreadable_time_are_left_alone(
    updated: str | None,
) -> None:
    assert previous_run_time(updated, NOW) == updated


def test_apply_state_reports_a_future_previous_run_as_now_and_an_earlier_one_as_written() -> None:
    ahead = State(urls={URL: UrlState(consecutive_failures=1)}, updated="2026-12-08T03:17:00+00:00", runs=4)
    report, after = apply_state(Report((dead(),)), ahead, fail_on=DEFAULT_FAIL_ON, now=NOW)
    assert report.history is not None
    assert report.history.previous_run == NOW_TEXT
    assert after.updated == NOW_TEXT
    behind = State(urls={}, updated="2026-12-04T03:17:00+00:00", runs=4)
    report, _ = apply_state(Report((dead(),)), behind, fail_on=DEFAULT_FAIL_ON, now=NOW)
    assert report.history is not None
    assert report.history.previous_run == "2026-12-04T03:17:00+00:00"
