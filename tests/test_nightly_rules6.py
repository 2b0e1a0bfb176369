"""What the sixth nightly probe (``tests/test_nightly_probe6.py``, nightly6) led to: a state path that is a
symbolic link is written through (``state.written_path``).

The state is replaced by a rename, and a rename onto a link replaces the link: a CI job whose
``.linkcheck/state.json`` links into a cache volume or a shared directory wrote its counts into a new regular
file in the checkout, the volume kept the old history, and the next job, reading through a fresh link, counted
every grace period from the start again. Now the file the link names is replaced, in its own directory, and
the link stays. Left alone: a regular file (replaced by a rename beside it, as before) and a missing path.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from linkcheck.state import State, UrlState, load_state, save_state, update_state, written_path

ENTRY = UrlState(
    first_failure="2026-12-01T03:17:00+00:00",
    last_failure="2026-12-03T03:17:00+00:00",
    consecutive_failures=3,
    last_status="dead",
    last_cause="http_404",
    last_checked="2026-12-03T03:17:00+00:00",
)


def one(url: str, runs: int = 1, updated: str = "2026-12-03T03:17:00+00:00") -> State:
    return State(urls={url: ENTRY}, updated=updated, runs=runs)


def linked(tmp_path: Path, relative: bool = False) -> tuple[Path, Path]:
    """``work/state.json`` -> ``volume/state.json`` (which does not exist yet): ``(link, target)``."""
    (tmp_path / "volume").mkdir()
    (tmp_path / "work").mkdir()
    link, target = tmp_path / "work" / "state.json", tmp_path / "volume" / "state.json"
    link.symlink_to(Path("..") / "volume" / "state.json" if relative else target)
    return link, target


# --- written_path ----------------------------------------------------------------------------------------


def test_written_path_follows_a_link_to_its_file(tmp_path: Path) -> None:
    link, target = linked(tmp_path)
    target.write_text("{}", encoding="utf-8")
    assert written_path(link) == target.resolve()


def test_written_path_follows_a_relative_and_a_dangling_link(tmp_path: Path) -> None:
    link, target = linked(tmp_path, relative=True)
    assert not target.exists()
    assert written_path(link) == target.resolve()


def test_written_path_follows_a_chain_of_links_to_its_end(tmp_path: Path) -> None:
    link, target = linked(tmp_path)
    outer = tmp_path / "state.json"
    outer.symlink_to(link)
    assert written_path(outer) == target.resolve()


def test_written_path_leaves_a_regular_file_and_a_missing_path_alone(tmp_path: Path) -> None:
    regular = tmp_path / "state.json"
    regular.write_text("{}", encoding="utf-8")
    assert written_path(regular) == regular
    missing = tmp_path / "sub" / "state.json"
    assert written_path(missing) == missing


# --- writing through the link ----------------------------------------------------------------------------


def test_save_state_through_a_link_keeps_the_link_and_writes_its_file(tmp_path: Path) -> None:
    link, target = linked(tmp_path, relative=True)
    save_state(link, one("https://news.example/a"))
    assert link.is_symlink()
    assert (
        json.loads(target.read_text(encoding="utf-8"))["urls"]["https://news.example/a"][
            "consecutive_failures"
        ]
        == 3
    )
    assert sorted(os.listdir(tmp_path / "work")) == ["state.json"]
    assert sorted(os.listdir(tmp_path / "volume")) == ["state.json"]


def test_update_state_through_a_link_folds_in_what_another_run_wrote_to_its_file(tmp_path: Path) -> None:
    link, target = linked(tmp_path)
    previous = State()
    save_state(target, one("https://news.example/theirs", updated="2026-12-04T03:17:00+00:00"))  # another job
    saved = update_state(
        link, one("https://news.example/ours"), previous=previous, checked={"https://news.example/ours"}
    )
    assert set(saved.urls) == {"https://news.example/ours", "https://news.example/theirs"}
    assert link.is_symlink()
    assert set(json.loads(target.read_text(encoding="utf-8"))["urls"]) == set(saved.urls)


def test_a_damaged_file_behind_a_link_is_set_aside_beside_it_and_the_link_kept(tmp_path: Path) -> None:
    link, target = linked(tmp_path)
    target.write_bytes(b"\x00" * 64)
    state, warning = load_state(link)
    assert state == State()
    assert warning is not None
    assert link.is_symlink()
    aside = [p.name for p in (tmp_path / "volume").iterdir() if p.name.startswith("state.json.corrupt-")]
    assert len(aside) == 1, sorted(os.listdir(tmp_path / "volume"))
    save_state(link, one("https://news.example/a"))
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["runs"] == 1


def test_a_regular_state_file_is_still_replaced_whole_in_its_directory(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text('{"schema": "linkcheck-state/1", "urls": {}}', encoding="utf-8")
    save_state(path, one("https://news.example/a"))
    assert not path.is_symlink()
    assert json.loads(path.read_text(encoding="utf-8"))["runs"] == 1
    assert sorted(os.listdir(tmp_path)) == ["state.json"]
