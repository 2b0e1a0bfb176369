"""The rules the nightly-runs probe (``tests/test_nightly_probe.py``, ux5) led to, each with what it must
leave alone: an empty state file or one saved with a byte-order mark (``load_state``), and two runs sharing
one state file at once (``merge_concurrent``, ``update_state``).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from linkcheck.state import (
    STATE_SCHEMA,
    State,
    UrlState,
    load_state,
    merge_concurrent,
    save_state,
    state_to_dict,
    update_state,
)
from tests.site_server import serve_with
from tests.test_nightly_probe import GONE, NightServer, _night_server, base, clean_env, command

T0 = "2026-11-01T03:00:00+00:00"
T1 = "2026-11-02T03:00:00+00:00"
T2 = "2026-11-02T03:00:05+00:00"
A, B, C = "https://a.example/", "https://b.example/", "https://c.example/"


def failing(when: str, count: int = 1) -> UrlState:
    return UrlState(
        first_failure=when,
        last_failure=when,
        consecutive_failures=count,
        last_status="dead",
        last_checked=when,
    )


def fine(when: str) -> UrlState:
    return UrlState(last_success=when, last_status="ok", last_checked=when)


# --- an empty state file, a byte-order mark ----------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"\n", b"  \r\n\t"])
def test_an_empty_state_file_is_a_fresh_history_and_nothing_is_set_aside(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    state, warning = load_state(path)
    assert state == State()
    assert warning is not None
    assert "empty" in warning
    assert str(path) in warning
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]  # no .corrupt-* of nothing


@pytest.mark.parametrize("content", [b"{not json", b"\x00", b"null", b" ["])
def test_a_state_file_with_content_that_does_not_read_is_still_set_aside(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    state, warning = load_state(path)
    assert state == State()
    assert warning is not None
    assert "corrupt-" in warning
    assert not path.exists()
    [aside] = tmp_path.glob("state.json.corrupt-*")
    assert aside.read_bytes() == content


def test_a_state_file_saved_with_a_byte_order_mark_reads(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state = State(urls={A: failing(T0)}, updated=T0, runs=3)
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(state_to_dict(state)).encode())
    assert load_state(path) == (state, None)


def test_a_byte_order_mark_before_garbage_is_still_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(b"\xef\xbb\xbf{not json")
    _, warning = load_state(path)
    assert warning is not None
    assert "corrupt-" in warning


# --- two runs at once: merge_concurrent ------------------------------------------------------------------


def test_when_nobody_wrote_meanwhile_this_runs_state_is_written_as_it_is() -> None:
    previous = State(urls={A: failing(T0), C: failing(T0)}, updated=T0, runs=4)
    ours = State(urls={A: failing(T0, 2)}, updated=T1, runs=5)  # C forgotten by this run
    assert merge_concurrent(ours, previous, previous, {A}) is ours


def test_another_runs_entries_for_urls_this_run_did_not_check_are_kept() -> None:
    previous = State(urls={A: failing(T0)}, updated=T0, runs=4)
    ours = State(urls={A: failing(T0, 2)}, updated=T2, runs=5)
    theirs = State(urls={A: failing(T0), B: failing(T1)}, updated=T1, runs=5)
    merged = merge_concurrent(ours, previous, theirs, {A})
    assert merged.urls == {A: failing(T0, 2), B: failing(T1)}
    assert merged.runs == 6  # both runs counted
    assert merged.updated == T2


def test_this_runs_news_of_a_url_it_checked_wins() -> None:
    previous = State(urls={A: failing(T0)}, updated=T0, runs=1)
    ours = State(urls={A: fine(T2)}, updated=T2, runs=2)
    theirs = State(urls={A: failing(T0, 2)}, updated=T1, runs=2)
    assert merge_concurrent(ours, previous, theirs, {A}).urls == {A: fine(T2)}


def test_an_entry_the_other_run_left_as_it_was_stays_forgotten() -> None:
    previous = State(urls={A: fine(T0), C: failing(T0)}, updated=T0, runs=1)
    ours = State(urls={A: fine(T2)}, updated=T2, runs=2)  # C dropped (not checked for 90 days)
    theirs = State(urls={A: fine(T1), C: failing(T0)}, updated=T1, runs=2)  # C as it was
    assert set(merge_concurrent(ours, previous, theirs, {A}).urls) == {A}


def test_a_file_removed_meanwhile_takes_nothing_and_counts_nothing() -> None:
    previous = State(urls={A: fine(T0)}, updated=T0, runs=7)
    ours = State(urls={A: fine(T2)}, updated=T2, runs=8)
    merged = merge_concurrent(ours, previous, State(), {A})
    assert merged.urls == ours.urls
    assert merged.runs == 8


# --- update_state: the read, the merge and the write -------------------------------------------------------


def test_update_state_folds_in_a_write_made_since_the_file_was_read(tmp_path: Path) -> None:
    path = tmp_path / ".linkcheck" / "state.json"
    previous, _ = load_state(path)  # no file yet
    save_state(path, State(urls={B: failing(T1)}, updated=T1, runs=1))  # another run finished meanwhile
    written = update_state(
        path, State(urls={A: failing(T2)}, updated=T2, runs=1), previous=previous, checked={A}
    )
    assert load_state(path) == (written, None)
    assert set(written.urls) == {A, B}
    assert written.runs == 2
    assert sorted(p.name for p in path.parent.iterdir()) == ["state.json"]  # no lock file, no temporary


def test_update_state_over_a_file_that_no_longer_reads_writes_this_run(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    previous = State(urls={A: fine(T0)}, updated=T0, runs=1)
    save_state(path, previous)
    path.write_bytes(b"{half a file")  # something else wrote garbage meanwhile: no merge, this run is kept
    ours = State(urls={A: fine(T2)}, updated=T2, runs=2)
    assert update_state(path, ours, previous=previous, checked={A}) == ours
    assert load_state(path) == (ours, None)


def test_update_state_of_an_unchanged_file_writes_this_run_as_computed(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    previous = State(urls={A: fine(T0), C: failing(T0)}, updated=T0, runs=1)
    save_state(path, previous)
    ours = State(urls={A: fine(T2)}, updated=T2, runs=2)
    assert update_state(path, ours, previous=previous, checked={A}) == ours
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == STATE_SCHEMA
    assert list(data["urls"]) == [A]


# --- end to end: two CLI runs at once ---------------------------------------------------------------------


def test_two_cli_runs_at_once_both_keep_what_they_learnt(tmp_path: Path) -> None:
    routes = {"/news/a": GONE, "/news/b": GONE}
    with serve_with(_night_server, routes) as site:
        assert isinstance(site, NightServer)
        # both read the (missing) state; the run of a finishes first
        site.delays.update({"/news/a": 1.0, "/news/b": 2.0})
        o = site.origin
        (tmp_path / "one.txt").write_text(f"{o}/news/a\n", encoding="utf-8")
        (tmp_path / "two.txt").write_text(f"{o}/news/b\n", encoding="utf-8")
        procs = [
            subprocess.Popen(
                [
                    *command(),
                    name,
                    *base(site),
                    "--state",
                    "state.json",
                    "--fail-after",
                    "2",
                    "--format",
                    "json",
                    "--no-config",
                    "--progress",
                    "never",
                    "-q",
                ],
                cwd=tmp_path,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=clean_env(),
            )
            for name in ("one.txt", "two.txt")
        ]
        outs = []
        try:
            for proc in procs:
                outs.append(proc.communicate(timeout=120)[0])
        finally:
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()
                    proc.communicate(timeout=10)
            site.stopping.set()
    assert [proc.returncode for proc in procs] == [0, 0]
    # the report of the run that finished second counts the first one too, as its state does
    assert [json.loads(out)["history"]["runs"] for out in outs] == [1, 2]
    data = json.loads((tmp_path / "state.json").read_text(encoding="utf-8"))
    assert set(data["urls"]) == {f"{o}/news/a", f"{o}/news/b"}
    assert data["runs"] == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.txt", "state.json", "two.txt"]


def test_a_file_still_as_this_run_read_it_is_not_parsed_again(tmp_path: Path) -> None:
    from linkcheck.state import _peek_state

    path = tmp_path / "state.json"
    previous = State(urls={A: fine(T0)}, updated=T0, runs=3)
    save_state(path, previous)
    assert _peek_state(path, previous) is previous  # its head names the run it was read from
    other = State(urls={A: fine(T0)}, updated=T1, runs=3)
    assert _peek_state(path, other) == previous  # another head: read whole
    assert _peek_state(path, other) is not previous


def test_a_hand_written_state_in_another_key_order_is_read_whole(tmp_path: Path) -> None:
    from linkcheck.state import _peek_state

    path = tmp_path / "state.json"
    path.write_text(
        json.dumps(
            {"urls": {B: {"consecutive_failures": 2}}, "runs": 3, "updated": T0, "schema": STATE_SCHEMA}
        ),
        encoding="utf-8",
    )
    previous = State(urls={}, updated=T0, runs=3)
    peeked = _peek_state(path, previous)
    assert peeked is not None
    assert set(peeked.urls) == {B}
