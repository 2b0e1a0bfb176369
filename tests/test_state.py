"""``--state``: per-URL history, the grace policy, what changed since the last run, atomic writes."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from linkcheck.config import DEFAULT_FAIL_ON
from linkcheck.errors import ConfigError
from linkcheck.models import Cause, Citation, Finding, FindingKind, Report, Result, Severity, Status, Verdict
from linkcheck.state import (
    STATE_SCHEMA,
    GracePolicy,
    State,
    apply_state,
    load_state,
    save_state,
    state_to_dict,
)

T0 = dt.datetime(2026, 11, 1, 3, 0, tzinfo=dt.timezone.utc)
DAY = dt.timedelta(days=1)
URL = "https://news.example/story"


def dead(url: str = URL, line: int = 1) -> Result:
    return Result(
        Citation(url, source="s.txt", line=line),
        Status.DEAD,
        "404 Not Found",
        Verdict.FAIL,
        cause=Cause.NOT_FOUND,
        http_status=404,
    )


def ok(url: str = URL, line: int = 1) -> Result:
    return Result(
        Citation(url, source="s.txt", line=line), Status.OK, "200 OK", Verdict.PASS, http_status=200
    )


def run(
    state: State, *results: Result, when: dt.datetime, policy: GracePolicy | None = None
) -> tuple[Report, State]:
    return apply_state(Report(tuple(results)), state, fail_on=DEFAULT_FAIL_ON, policy=policy, now=when)


def test_fail_after_three_warns_twice_then_fails() -> None:
    policy = GracePolicy(fail_after=3)
    state = State()
    verdicts = []
    for night in range(4):
        report, state = run(state, dead(), when=T0 + night * DAY, policy=policy)
        verdicts.append(report.results[0].verdict)
        assert report.exit_code == (1 if night >= 2 else 0)
    assert verdicts == [Verdict.WARN, Verdict.WARN, Verdict.FAIL, Verdict.FAIL]
    entry = state.urls[URL]
    assert entry.consecutive_failures == 4
    assert entry.first_failure == "2026-11-01T03:00:00+00:00"
    assert entry.last_failure == "2026-11-04T03:00:00+00:00"
    assert state.runs == 4


def test_graced_reason_says_why_and_history_lists_it() -> None:
    report, _ = run(State(), dead(), when=T0, policy=GracePolicy(fail_after=3))
    result = report.results[0]
    assert result.reason.startswith("404 Not Found (failing 1 run in a row since 2026-11-01;")
    assert "until it has failed 3 runs in a row" in result.reason
    assert report.history is not None
    assert report.history.graced == (URL,)
    assert report.history.newly_broken == (URL,)


def test_recovery_resets_the_streak_and_is_reported() -> None:
    policy = GracePolicy(fail_after=2)
    _, state = run(State(), dead(), when=T0, policy=policy)
    report, state = run(state, ok(), when=T0 + DAY, policy=policy)
    assert report.history is not None
    assert report.history.recovered == (URL,)
    assert report.history.newly_broken == ()
    entry = state.urls[URL]
    assert (entry.consecutive_failures, entry.first_failure) == (0, None)
    assert entry.last_success == "2026-11-02T03:00:00+00:00"
    assert entry.last_failure == "2026-11-01T03:00:00+00:00"
    # failing again starts a new streak: graced again
    report, state = run(state, dead(), when=T0 + 2 * DAY, policy=policy)
    assert report.results[0].verdict is Verdict.WARN
    assert report.history is not None
    assert report.history.newly_broken == (URL,)


def test_grace_days_and_fail_after_must_both_hold() -> None:
    policy = GracePolicy(fail_after=2, grace_days=3)
    state = State()
    verdicts = []
    # two runs an hour apart, then nightly
    for when in (T0, T0 + dt.timedelta(hours=1), T0 + 2 * DAY, T0 + 3 * DAY):
        report, state = run(state, dead(), when=when, policy=policy)
        verdicts.append(report.results[0].verdict)
    assert verdicts == [Verdict.WARN, Verdict.WARN, Verdict.WARN, Verdict.FAIL]


def test_without_a_policy_state_only_records() -> None:
    report, state = run(State(), dead(), when=T0)
    assert report.results[0].verdict is Verdict.FAIL
    assert state.urls[URL].consecutive_failures == 1


def test_mismatches_are_never_graced() -> None:
    finding = Finding(FindingKind.TITLE_MISMATCH, Severity.FAIL, "title differs")
    mismatch = Result(
        Citation(URL, source="s.txt", line=1), Status.OK, "200 OK", Verdict.FAIL, findings=(finding,)
    )
    report, _ = run(State(), mismatch, when=T0, policy=GracePolicy(fail_after=5))
    assert report.results[0].verdict is Verdict.FAIL
    assert report.history is not None
    assert report.history.graced == ()


def test_offline_runs_blocked_and_skipped_leave_the_counters_alone() -> None:
    policy = GracePolicy(fail_after=2)
    _, state = run(State(), dead(), when=T0, policy=policy)
    offline = Result(
        Citation(URL, source="s.txt", line=1),
        Status.ERROR,
        "offline",
        Verdict.WARN,
        cause=Cause.NETWORK_UNAVAILABLE,
    )
    blocked = Result(
        Citation(URL, source="s.txt", line=1), Status.BLOCKED, "403", Verdict.WARN, cause=Cause.AUTH
    )
    for i, result in enumerate((offline, blocked)):
        report, state = run(state, result, when=T0 + (i + 1) * DAY, policy=policy)
        assert state.urls[URL].consecutive_failures == 1
        assert report.history is not None
        assert report.history.recovered == ()
    assert state.urls[URL].last_status == "blocked"


def test_citations_sharing_a_url_share_one_entry_and_grace() -> None:
    report, state = run(State(), dead(line=1), dead(URL + "#part", line=2), when=T0, policy=GracePolicy(3))
    assert list(state.urls) == [URL]
    assert [r.verdict for r in report.results] == [Verdict.WARN, Verdict.WARN]
    assert state.urls[URL].consecutive_failures == 1


def test_policy_validation() -> None:
    with pytest.raises(ConfigError):
        GracePolicy(fail_after=0)
    with pytest.raises(ConfigError):
        GracePolicy(grace_days=-1)


# --- the file -------------------------------------------------------------------------------------------


def test_round_trip(tmp_path: Path) -> None:
    _, state = run(State(), dead(), ok("https://b.example/"), when=T0)
    path = tmp_path / "state.json"
    save_state(path, state)
    loaded, warning = load_state(path)
    assert warning is None
    assert loaded == state
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == STATE_SCHEMA
    assert data["urls"][URL]["consecutive_failures"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]  # no temporary left behind


def test_missing_file_is_an_empty_state(tmp_path: Path) -> None:
    assert load_state(tmp_path / "nope.json") == (State(), None)


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b'{"schema": "linkcheck-state/1", "urls": []}',
        b"\xff\xfe",
        b"[1, 2]",
        b'{"schema": "linkcheck-state/1", "urls": {"u": {"consecutive_failures": -1}}}',
    ],
)
def test_corrupt_state_is_set_aside_with_a_warning(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    state, warning = load_state(path, now=T0)
    assert state == State()
    assert warning is not None
    assert "state.json.corrupt-20261101T030000Z" in warning
    assert not path.exists()
    assert (tmp_path / "state.json.corrupt-20261101T030000Z").read_bytes() == content


def test_state_from_a_newer_version_is_an_error_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text('{"schema": "linkcheck-state/2", "urls": {}}', encoding="utf-8")
    with pytest.raises(ConfigError, match="another linkcheck version"):
        load_state(path)
    assert path.exists()


def test_a_write_killed_before_the_rename_leaves_the_old_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "state.json"
    _, old = run(State(), dead(), when=T0)
    save_state(path, old)
    before = path.read_bytes()
    _, new = run(old, ok(), when=T0 + DAY)

    def killed(src: object, dst: object) -> None:
        raise KeyboardInterrupt  # the run is interrupted between writing the temporary file and the rename

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        save_state(path, new)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]
    save_state(path, new)
    assert load_state(path)[0] == new


def test_the_state_is_sorted_and_stable(tmp_path: Path) -> None:
    _, state = run(State(), ok("https://b.example/"), dead("https://a.example/"), when=T0)
    assert list(state_to_dict(state)["urls"]) == ["https://a.example/", "https://b.example/"]


def test_links_no_longer_cited_are_forgotten_after_90_days() -> None:
    _, state = run(State(), dead("https://old.example/"), ok(), when=T0)
    _, state = run(state, ok(), when=T0 + 89 * DAY)
    assert set(state.urls) == {URL, "https://old.example/"}
    _, state = run(state, ok(), when=T0 + 91 * DAY)
    assert set(state.urls) == {URL}
