"""The rules the second nightly probe (``tests/test_nightly_probe2.py``, nightly2) led to, each with what it
must leave alone: a state's times later than the run brought back to it (``state.not_after``), a damaged
cache file set aside (``cache.cache_file_problem``, ``set_aside_damaged_cache``, ``make_cached_session``),
and expired cache entries no run can use dropped after a run (``cache.unusable_keys``, ``purge_failures``).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from linkcheck.cache import (
    KEEP_EXPIRED_DAYS,
    cache_file_problem,
    make_cached_session,
    purge_failures,
    set_aside_damaged_cache,
    unusable_keys,
)
from linkcheck.config import DEFAULT_FAIL_ON, Config
from linkcheck.models import Report
from linkcheck.state import GracePolicy, State, UrlState, apply_state, not_after
from tests.test_state import URL, dead

NOW = dt.datetime(2026, 12, 4, 3, 17, tzinfo=dt.timezone.utc)
LATER = "2027-01-13T03:17:00+00:00"
EARLIER = "2026-11-30T03:17:00+00:00"

# --- state.not_after ---------------------------------------------------------------------------------


def test_a_failure_dated_after_the_run_is_read_as_now() -> None:
    entry = UrlState(first_failure=LATER, last_failure=LATER, consecutive_failures=1, last_checked=LATER)
    got = not_after(entry, NOW)
    assert got.first_failure == got.last_failure == got.last_checked == "2026-12-04T03:17:00+00:00"
    assert got.consecutive_failures == 1


def test_a_time_later_only_by_its_offset_is_read_as_now() -> None:
    # 2026-12-03T23:00-05:00 is 04:00 UTC on the 4th: after NOW though its date is the day before
    entry = UrlState(first_failure="2026-12-03T23:00:00-05:00", consecutive_failures=1)
    assert not_after(entry, NOW).first_failure == "2026-12-04T03:17:00+00:00"


@pytest.mark.parametrize(
    "text", [EARLIER, "2026-12-04T03:17:00+00:00", "2026-12-04T03:16", "not a time", None]
)
def test_times_up_to_now_and_unreadable_ones_are_left_alone(text: str | None) -> None:
    entry = UrlState(first_failure=text, last_checked=text, consecutive_failures=1)
    assert not_after(entry, NOW) is entry


def test_grace_counts_from_tonight_for_a_failure_dated_in_the_future() -> None:
    policy = GracePolicy(grace_days=3)
    state = State(urls={URL: UrlState(first_failure=LATER, last_failure=LATER, consecutive_failures=1)})
    report, after = apply_state(Report((dead(),)), state, fail_on=DEFAULT_FAIL_ON, policy=policy, now=NOW)
    assert report.results[0].verdict.value == "warn"
    assert after.urls[URL].first_failure == "2026-12-04T03:17:00+00:00"
    four_days = NOW + dt.timedelta(days=4)
    report, _ = apply_state(Report((dead(),)), after, fail_on=DEFAULT_FAIL_ON, policy=policy, now=four_days)
    assert report.results[0].verdict.value == "fail"  # was graced until 2027-01-16 with the future date


def test_an_uncited_entry_dated_in_the_future_is_forgotten_in_time() -> None:
    state = State(urls={"https://old.example/": UrlState(last_success=LATER, last_checked=LATER)})
    _, after = apply_state(Report(()), state, fail_on=DEFAULT_FAIL_ON, now=NOW)
    _, later = apply_state(Report(()), after, fail_on=DEFAULT_FAIL_ON, now=NOW + dt.timedelta(days=91))
    assert "https://old.example/" in after.urls
    assert "https://old.example/" not in later.urls


# --- cache.cache_file_problem, set_aside_damaged_cache ------------------------------------------------


def _sqlite_file(path: Path, rows: int = 50) -> bytes:
    con = sqlite3.connect(path)
    con.execute("create table t (k text, v blob)")
    con.executemany("insert into t values (?, ?)", [(str(n), b"x" * 500) for n in range(rows)])
    con.commit()
    con.close()
    return path.read_bytes()


def test_a_file_that_is_not_sqlite_is_a_problem() -> None:
    assert cache_file_problem(b"\x00\x17 not a database" * 10, 4000) == "not an SQLite database"


def test_an_sqlite_file_cut_short_is_a_problem(tmp_path: Path) -> None:
    data = _sqlite_file(tmp_path / "c.sqlite")
    problem = cache_file_problem(data[:100], 1500)
    assert problem is not None
    assert problem.startswith("cut short at 1500 bytes")
    assert cache_file_problem(data[:40], 40) is not None


def test_a_whole_sqlite_file_an_empty_one_and_one_longer_than_it_says_are_left_alone(tmp_path: Path) -> None:
    data = _sqlite_file(tmp_path / "c.sqlite")
    assert cache_file_problem(data[:100], len(data)) is None
    assert cache_file_problem(b"", 0) is None
    assert cache_file_problem(data[:100], len(data) + 4096) is None


def test_a_damaged_cache_is_moved_aside_with_its_wal(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    cache.write_bytes(b"garbage" * 100)
    (tmp_path / "cache.sqlite-wal").write_bytes(b"w")
    warning = set_aside_damaged_cache(cache, stamp="20261204T031700Z")
    assert warning is not None
    assert str(cache) in warning
    assert "not an SQLite database" in warning
    assert not cache.exists()
    assert (tmp_path / "cache.sqlite.corrupt-20261204T031700Z").read_bytes() == b"garbage" * 100
    assert (tmp_path / "cache.sqlite.corrupt-20261204T031700Z-wal").read_bytes() == b"w"


def test_a_sound_or_missing_cache_is_left_in_place(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    assert set_aside_damaged_cache(cache) is None
    data = _sqlite_file(cache)
    assert set_aside_damaged_cache(cache) is None
    assert cache.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == ["cache.sqlite"]


def test_a_cache_sqlite_cannot_open_is_set_aside_and_an_empty_one_started(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    data = bytearray(_sqlite_file(cache))
    data[100:] = b"\xff" * (len(data) - 100)  # a sound header over pages of garbage
    cache.write_bytes(bytes(data))
    assert cache_file_problem(bytes(data[:100]), len(data)) is None  # not seen from the header
    session = make_cached_session(Config(cache_path=str(cache)))
    try:
        assert session.cache.count() == 0
    finally:
        session.close()
    assert len(list(tmp_path.glob("cache.sqlite.corrupt-*"))) == 1


# --- cache.unusable_keys ------------------------------------------------------------------------------

T = 1_796_000_000.0


def test_an_expired_entry_without_validators_is_unusable() -> None:
    assert unusable_keys([("k", {"Content-Type": "text/html"}, T - 60)], T) == ["k"]


@pytest.mark.parametrize("header", ["ETag", "etag", "Last-Modified", "LAST-MODIFIED"])
def test_an_expired_entry_with_a_validator_is_kept_a_while(header: str) -> None:
    assert unusable_keys([("k", {header: "x"}, T - 60)], T) == []
    long_ago = T - (KEEP_EXPIRED_DAYS + 1) * 86400
    assert unusable_keys([("k", {header: "x"}, long_ago)], T) == ["k"]


def test_a_cache_busy_with_another_job_leaves_its_expired_entries_and_the_run_stands() -> None:
    class Busy:
        table_name = "responses"

        def connection(self) -> object:
            raise sqlite3.OperationalError("database is locked")

    class Cache:
        responses = Busy()

    class Session:
        cache = Cache()

    assert purge_failures(Session(), Report(())) == 0  # type: ignore[arg-type]


# --- a device or a pipe named as the state or the cache: refused, never read or moved (lead, 41st session)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_as_the_cache_or_the_state_is_refused_without_blocking_or_moving_it(
    tmp_path: Path,
) -> None:
    from linkcheck.errors import ConfigError
    from linkcheck.state import load_state, move_aside

    pipe = tmp_path / "cache.sqlite"
    os.mkfifo(pipe)
    with pytest.raises(ConfigError, match="not a regular file"):
        set_aside_damaged_cache(pipe)  # an open() of a pipe with no writer would wait for ever
    with pytest.raises(ConfigError, match="not a regular file"):
        load_state(pipe)
    with pytest.raises(ConfigError, match="not a regular file"):
        move_aside(pipe, "--state", "not a linkcheck state file", "20261204T000000Z")
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)  # still the pipe, nothing renamed beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache.sqlite"]


def test_a_damaged_regular_file_is_still_moved_aside_with_its_sqlite_siblings(tmp_path: Path) -> None:
    from linkcheck.state import move_aside

    target = tmp_path / "cache.sqlite"
    target.write_bytes(b"not sqlite")
    (tmp_path / "cache.sqlite-wal").write_bytes(b"w")
    aside = move_aside(target, "--cache", "damaged", "20261204T000000Z")
    assert aside.name == "cache.sqlite.corrupt-20261204T000000Z"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "cache.sqlite.corrupt-20261204T000000Z",
        "cache.sqlite.corrupt-20261204T000000Z-wal",
    ]
