"""One cache file shared by runs that start together: threads of one process with one ``Config``, a CLI run's
shard processes, two nightly jobs. The project's CI once failed ``test_api_probe6``'s three threads: one
thread read the cache's header while another was creating the file (empty when read, 4 KB when measured),
called it "not an SQLite database" and set the other's sound cache aside, and a third thread, between its
``exists()`` and its ``is_file()``, found the path gone and refused it as "not a regular file".
"""

from __future__ import annotations

import concurrent.futures
import sqlite3
import threading
from pathlib import Path

import pytest

import linkcheck.cache as cache_module
from linkcheck.cache import make_cached_session, set_aside_damaged_cache, sqlite_finds_damage
from linkcheck.config import Config
from linkcheck.errors import ConfigError
from linkcheck.state import refuse_unless_regular

BOUND = 60  # seconds any one thread may take


def _sound_cache(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v BLOB)")
    connection.executemany("INSERT INTO t VALUES (?, ?)", [(str(n), b"x" * 900) for n in range(40)])
    connection.commit()
    connection.close()


def test_a_header_read_mid_write_does_not_set_a_sound_cache_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a run sees when it reads the header of a file another run is writing (empty when read, long when
    measured: "not an SQLite database"; or a page count ahead of the file: "cut short") is checked by SQLite
    under its locks before anything is moved: a sound file stays where it is."""
    cache = tmp_path / "cache.sqlite"
    _sound_cache(cache)
    data = cache.read_bytes()
    for seen in ("not an SQLite database", "cut short at 4096 bytes of the 8192 its header states"):
        monkeypatch.setattr(cache_module, "cache_file_problem", lambda head, size, seen=seen: seen)
        assert set_aside_damaged_cache(cache) is None
        assert cache.read_bytes() == data
        assert [p.name for p in tmp_path.iterdir()] == ["cache.sqlite"]


def test_damage_sqlite_confirms_is_set_aside(tmp_path: Path) -> None:
    """The other side: a file that is not SQLite, and one cut short, are damaged for SQLite too: set aside."""
    sound = tmp_path / "sound.sqlite"
    _sound_cache(sound)
    data = sound.read_bytes()
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(data[: len(data) // 2])
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00\x17 not a database" * 300)
    assert not sqlite_finds_damage(sound)
    assert sqlite_finds_damage(cut)
    assert sqlite_finds_damage(junk)
    assert not sqlite_finds_damage(tmp_path / "missing.sqlite")  # gone (set aside by another run): not damage
    warning = set_aside_damaged_cache(cut, stamp="20261207T152000Z")
    assert warning is not None
    assert "cut short" in warning
    assert (tmp_path / "cut.sqlite.corrupt-20261207T152000Z").read_bytes() == data[: len(data) // 2]


def test_a_file_renamed_away_while_it_is_looked_at_is_not_called_a_device(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check that refuses a pipe, a device or a directory looks once: a path that existed at one look and
    was gone at the next (another run set it aside) is a missing file, which its reader starts afresh."""
    gone = tmp_path / "cache.sqlite"
    monkeypatch.setattr(Path, "exists", lambda self, **kwargs: True)  # the first of two looks saw it
    refuse_unless_regular(gone, "--cache")
    monkeypatch.undo()
    (tmp_path / "dir.sqlite").mkdir()
    with pytest.raises(ConfigError, match=r"--cache .*dir\.sqlite: is not a regular file"):
        refuse_unless_regular(tmp_path / "dir.sqlite", "--cache")


def test_sessions_opened_at_once_on_a_new_cache_all_work_and_nothing_is_set_aside(tmp_path: Path) -> None:
    """Six threads open sessions on one new cache file at the same moment, each stores and reads entries, in
    eight rounds (a new file each): every thread works, no file is set aside, no lock error is raised."""
    for round_ in range(8):
        path = tmp_path / f"round{round_}.sqlite"
        config = Config(cache_path=str(path))
        start = threading.Barrier(6, timeout=BOUND)

        def one(n: int, config: Config = config, start: threading.Barrier = start) -> int:
            start.wait()
            session = make_cached_session(config)
            try:
                for k in range(5):
                    session.cache.responses[f"{n}-{k}"] = f"value {n} {k}"
                return sum(1 for key in session.cache.responses if key.startswith(f"{n}-"))
            finally:
                session.close()

        with concurrent.futures.ThreadPoolExecutor(6) as pool:
            counts = [f.result(timeout=BOUND) for f in [pool.submit(one, n) for n in range(6)]]
        assert counts == [5] * 6
        assert sorted(p.name for p in tmp_path.iterdir() if "corrupt" in p.name) == []


def test_a_session_opened_beside_an_open_one_does_not_read_the_file_outside_sqlite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a session of this process is open on the file, the next one skips the header read (a close of a
    file SQLite holds locks on drops them); once every session is closed, the next one checks it again."""
    cache = tmp_path / "cache.sqlite"
    looked: list[str] = []
    checked = cache_module.set_aside_damaged_cache

    def counting(path: str, **kwargs: str | None) -> str | None:
        looked.append(str(path))
        return checked(path, **kwargs)

    monkeypatch.setattr(cache_module, "set_aside_damaged_cache", counting)
    config = Config(cache_path=str(cache))
    first = make_cached_session(config)
    second = make_cached_session(config)
    assert looked == [str(cache)]
    first.close()
    second.close()
    make_cached_session(config).close()
    assert looked == [str(cache), str(cache)]
