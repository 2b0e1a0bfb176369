"""cost14's exact cuts in matching (issue 7), each held to the form it replaced.

- ``match._within``: the default tolerance's one day made once (``_ONE_DAY``), a day-precision period's
  first day read once; the other guards' ``dt.timedelta(days=...)`` through ``_days``.
- ``match._published_after_noon``, ``_published_before_day_ended`` and ``_rewritten_case``: a stamp whose zone
  is ``datetime.timezone.utc`` is told aware by its ``tzinfo``, not by asking its ``utcoffset()``.
- ``match.match_citation`` and ``match._outlet_finding``: lists, not generators.
"""

from __future__ import annotations

import datetime as dt
import inspect
import itertools
import random
import types
from typing import Any

import pytest

from linkcheck import match
from linkcheck.models import ExtractedDate, Metadata, PartialDate

UTC = dt.timezone.utc


def _within_before(day: dt.date, period: PartialDate, tolerance: int) -> bool:
    """The replaced form."""
    slack = dt.timedelta(days=tolerance)
    return period.first_day - slack <= day <= period.last_day + slack


def _periods() -> list[PartialDate]:
    out = []
    for year in (1999, 2020, 2024):
        out.append(PartialDate(year))
        for month in (1, 2, 6, 12):
            out.append(PartialDate(year, month))
            for d in (1, 15, 28):
                out.append(PartialDate(year, month, d))
        out.append(PartialDate(year, 2, 29) if year % 4 == 0 else PartialDate(year, 2, 28))
        out.append(PartialDate(year, 12, 31))
    return out


def test_constants() -> None:
    assert dt.timedelta(days=1) == match._ONE_DAY
    assert match._UTC is dt.timezone.utc
    for n in (0, 1, 2, 7, 30, -1):
        assert match._days(n) == dt.timedelta(days=n)
    assert match._days(1) is match._ONE_DAY


def test_within_is_the_replaced_form() -> None:
    rng = random.Random(14)
    periods = _periods()
    for period, tolerance in itertools.product(periods, (0, 1, 2, 3, 7)):
        first, last = period.first_day, period.last_day
        days = {first, last} | {first + dt.timedelta(days=k) for k in (-9, -8, -3, -2, -1, 1, 2, 3)}
        days |= {last + dt.timedelta(days=k) for k in (-2, -1, 1, 2, 3, 8)}
        days.add(dt.date(rng.randrange(1998, 2026), rng.randrange(1, 13), rng.randrange(1, 29)))
        for day in days:
            assert match._within(day, period, tolerance) is _within_before(day, period, tolerance)


def test_within_at_the_calendars_ends_raises_as_before() -> None:
    for period, day in (
        (PartialDate(1, 1, 1), dt.date(1, 1, 1)),
        (PartialDate(9999, 12, 31), dt.date(9999, 12, 31)),
    ):
        for tol in (0, 1):
            try:
                want: Any = _within_before(day, period, tol)
            except OverflowError:
                want = OverflowError
            try:
                got: Any = match._within(day, period, tol)
            except OverflowError:
                got = OverflowError
            assert got == want


class _NoTimedelta:
    """``datetime`` for ``match.dt`` whose ``timedelta`` may not be built."""

    def __getattr__(self, name: str) -> Any:
        if name == "timedelta":
            raise AssertionError("a timedelta built on the default tolerance")
        return getattr(dt, name)


def test_within_makes_no_timedelta_at_the_default_tolerance(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(match, "dt", _NoTimedelta())
    assert match._within(dt.date(2024, 3, 5), PartialDate(2024, 3, 4), 1)
    assert not match._within(dt.date(2024, 3, 7), PartialDate(2024, 3, 4), 1)
    assert match._within(dt.date(2024, 3, 31), PartialDate(2024, 3), 1)


class _Stamp(dt.datetime):
    """A stamp whose ``utcoffset()`` may not be asked (the comparisons read its zone's, not this)."""

    def utcoffset(self) -> dt.timedelta | None:
        raise AssertionError("utcoffset() asked of a UTC stamp")


def _meta(stamp: dt.datetime | None, day: dt.date) -> Metadata:
    return Metadata(published=ExtractedDate(day, "json-ld", stamp))


def _after_noon_before(metadata: Metadata, day: dt.date) -> dt.datetime | None:
    stamp = metadata.published.timestamp if metadata.published is not None else None
    if stamp is None or stamp.utcoffset() is None:
        return None
    return stamp if stamp > dt.datetime.combine(day, dt.time(12), dt.timezone.utc) else None


def test_utc_stamps_are_not_asked_their_offset() -> None:
    day = dt.date(2024, 3, 5)
    late = _Stamp(2024, 3, 5, 13, 0, tzinfo=UTC)
    early = _Stamp(2024, 3, 5, 11, 0, tzinfo=UTC)
    assert match._published_after_noon(_meta(late, day), day) == late
    assert match._published_after_noon(_meta(early, day), day) is None
    assert match._published_before_day_ended(_meta(early, day), day, dt.date(2024, 3, 4))
    assert not match._published_before_day_ended(_meta(late, day), day, dt.date(2024, 3, 4))


def test_stamps_in_any_zone_as_before() -> None:
    day = dt.date(2024, 3, 5)
    zones: list[dt.tzinfo | None] = [
        None, UTC, dt.timezone(dt.timedelta(0), "GMT"), dt.timezone(dt.timedelta(hours=3)),
        dt.timezone(dt.timedelta(hours=-5)),
    ]  # fmt: skip
    for zone, hour in itertools.product(zones, (0, 6, 11, 12, 13, 23)):
        stamp = dt.datetime(2024, 3, 5, hour, 30, tzinfo=zone)
        meta = _meta(stamp, day)
        assert match._published_after_noon(meta, day) == _after_noon_before(meta, day)
        want = stamp.utcoffset() is not None and stamp <= dt.datetime.combine(day, dt.time(12), UTC)
        assert match._published_before_day_ended(meta, day, dt.date(2024, 3, 4)) is want


def test_rewritten_case_tells_utc_by_its_zone() -> None:
    source = inspect.getsource(match._rewritten_case)
    assert "stamp.tzinfo is _UTC or stamp.utcoffset() is not None" in source
    assert "_ONE_DAY" in source
    assert "timedelta" not in source


def _genexprs(fn: types.FunctionType) -> list[str]:
    return [
        c.co_name for c in fn.__code__.co_consts if isinstance(c, types.CodeType) and c.co_name == "<genexpr>"
    ]


def test_lists_not_generators() -> None:
    assert _genexprs(match.match_citation) == []
    # one left: the former names of a name with a bracket, a rare page's
    assert _genexprs(match._outlet_finding) == ["<genexpr>"]
    assert 'any("(" in n' not in inspect.getsource(match._outlet_finding)


def test_a_bracket_in_the_join_is_one_in_a_name() -> None:
    rng = random.Random(7)
    for _ in range(2_000):
        names = tuple(
            "".join(rng.choice("ab( )") for _ in range(rng.randrange(0, 5)))
            for _ in range(rng.randrange(0, 3))
        )
        assert ("(" in "".join(names)) is any("(" in n for n in names)


def test_title_score_reads_its_titles_without_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    want = match.title_score(
        "Rain falls on the city", "Rain falls on the city - Daily Post", names=["Daily Post"]
    )

    def no_forms(*_a: object) -> None:
        raise AssertionError("_forms asked for the two titles")

    monkeypatch.setattr(match, "_forms", no_forms)
    assert (
        match.title_score(
            "Rain falls on the city", "Rain falls on the city - Daily Post", names=["Daily Post"]
        )
        == want
    )
    assert match.title_score("Rain falls", "Rain falls") == 1.0


class _CountedList(list[str]):
    reads = 0

    def __iter__(self) -> Any:
        type(self).reads += 1
        return super().__iter__()


def test_best_title_match_makes_its_names_a_tuple_once() -> None:
    names, hosts = _CountedList(["Daily Post"]), ["dailypost"]
    _CountedList.reads = 0
    best = match.best_title_match(
        "Rain falls on the city",
        ["Snow in the hills", "Wind over the bay", "Sun at last"],
        names=names,
        hosts=hosts,
    )
    assert best is not None
    assert best.title == "Snow in the hills"
    assert _CountedList.reads == 1


def _verdict_before(status: Any, cause: Any, findings: Any, config: Any) -> Any:
    from linkcheck.models import Cause, Severity, Status, Verdict

    if cause is Cause.INVALID_CITATION:
        return Verdict.FAIL
    if status.value in config.fail_on or any(f.kind.value in config.fail_on for f in findings):
        return Verdict.FAIL
    if status is not Status.OK and cause is not Cause.EXCLUDED:
        return Verdict.WARN
    if any(f.severity is not Severity.INFO for f in findings):
        return Verdict.WARN
    return Verdict.PASS


def test_verdict_for_is_the_replaced_form() -> None:
    from linkcheck.checker import verdict_for
    from linkcheck.config import Config
    from linkcheck.models import Cause, Finding, FindingKind, Severity, Status

    rng = random.Random(3)
    kinds, severities = list(FindingKind), list(Severity)
    configs = [
        Config(),
        Config(fail_on=frozenset()),
        Config(fail_on=frozenset({"moved", "dead"})),
        Config(fail_on=frozenset({"date_mismatch"})),
    ]
    for status, cause, config in itertools.product(Status, [None, *Cause], configs):
        for n in (0, 1, 2, 3):
            findings = [
                Finding(kind=rng.choice(kinds), severity=rng.choice(severities), message="m")
                for _ in range(n)
            ]
            for seq in (findings, tuple(findings)):
                assert verdict_for(status, cause, seq, config) is _verdict_before(status, cause, seq, config)


def test_verdict_for_reads_no_enum_value_property() -> None:
    from linkcheck.checker import verdict_for

    assert "value" not in verdict_for.__code__.co_names
    assert _genexprs(verdict_for) == ["<genexpr>", "<genexpr>"]  # asked only of a link with findings


def test_match_citation_tests_hosts_by_the_memos_tuple(monkeypatch: pytest.MonkeyPatch) -> None:
    from linkcheck.config import Config
    from linkcheck.models import Citation
    from linkcheck.names import _host_labels, host_labels

    for host in (
        "news.bbc.co.uk",
        "127.0.0.1",
        "[::1]",
        "example.test",
        "localhost",
        "a.b.c.example.com",
        "",
    ):
        assert bool(_host_labels(host)) is bool(host_labels(host))

    def no_list(_host: str) -> list[str]:
        raise AssertionError("host_labels' list made to test a host")

    monkeypatch.setattr(match, "host_labels", no_list)
    citation = Citation(url="https://www.dailypost.test/2024/03/05/rain.html", title="Rain falls on the city")
    meta = Metadata(
        title="Rain falls on the city", canonical_url="https://www.dailypost.test/2024/03/05/rain.html"
    )
    got = match.match_citation(citation, meta, final_url="http://127.0.0.1/rain", config=Config())
    assert all(f.kind.value != "title_mismatch" for f in got)
