"""The rules reports2's probe (``tests/test_reports_probe2.py``) led to, each with what it must leave alone.

- A report path that names a device or a FIFO (``/dev/stdout``, ``/dev/full``, a named pipe) is written
  into, not renamed over (``cli.writes_in_place``); a link is followed (``cli.report_target``), so the link
  stays and the file it names gets the report. A regular file is still replaced whole through a temporary
  file. ``check_writable`` asks a device's own permission, not its directory's.
- A report that cannot be written (``No space left on device``) no longer stops the others: every other
  report is written, then the run says which could not be and exits 2 (docs/ci.md's exit codes).

No network: the manifests' links are all excluded, so a run writes its reports without a request. Devices are
only ever named through links and FIFOs the tests make in their own directories, so code that renames over
the path it was given replaces the test's link, never a device of the machine.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from linkcheck import cli
from linkcheck.errors import ConfigError

SRC = Path(cli.__file__).resolve().parents[1]  # the src under test (PYTHONPATH), for the subprocesses too


def full_device() -> None:
    if not Path("/dev/full").is_char_device():
        pytest.skip("/dev/full is not the kernel's full device here")


def fifo_with_reader(tmp_path: Path) -> tuple[Path, int]:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so that a writer's open returns at once
    return fifo, reader


# --- writes_in_place and report_target -------------------------------------------------------------------


def test_a_fifo_and_a_device_are_written_in_place(tmp_path: Path) -> None:
    fifo, reader = fifo_with_reader(tmp_path)
    try:
        assert cli.writes_in_place(fifo)
    finally:
        os.close(reader)
    full_device()
    assert cli.writes_in_place("/dev/full")
    link = tmp_path / "full.xml"
    link.symlink_to("/dev/full")
    assert cli.writes_in_place(link)


def test_regular_missing_and_dangling_paths_are_replaced(tmp_path: Path) -> None:
    regular = tmp_path / "r.json"
    regular.write_text("{}")
    assert not cli.writes_in_place(regular)
    assert not cli.writes_in_place(tmp_path / "missing.json")
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nowhere" / "x.json")
    assert not cli.writes_in_place(dangling)


def test_report_target_follows_a_link(tmp_path: Path) -> None:
    (tmp_path / "2026-12-04.xml").write_text("")
    (tmp_path / "latest.xml").symlink_to("2026-12-04.xml")
    assert cli.report_target(str(tmp_path / "latest.xml")) == (tmp_path / "2026-12-04.xml").resolve()
    assert cli.report_target(str(tmp_path / "plain.xml")) == (tmp_path / "plain.xml").resolve()


# --- _write ------------------------------------------------------------------------------------------------


def test_write_into_a_fifo_keeps_it_a_fifo(tmp_path: Path) -> None:
    fifo, reader = fifo_with_reader(tmp_path)
    try:
        cli._write('{"schema": "linkcheck/1"}\n', str(fifo))
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
        assert os.read(reader, 1000) == b'{"schema": "linkcheck/1"}\n'
    finally:
        os.close(reader)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.json"]


def test_write_through_a_link_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "dated.xml").write_text("old")
    link = tmp_path / "latest.xml"
    link.symlink_to("dated.xml")
    cli._write("<testsuites/>\n", str(link))
    assert link.is_symlink()
    assert (tmp_path / "dated.xml").read_text() == "<testsuites/>\n"


def test_write_into_a_full_device_raises_and_leaves_the_link(tmp_path: Path) -> None:
    full_device()
    link = tmp_path / "full.json"
    link.symlink_to("/dev/full")
    with pytest.raises(OSError, match="No space left on device") as caught:
        cli._write("x" * 100_000, str(link))
    assert caught.value.errno == 28  # ENOSPC
    assert link.is_symlink()


def test_write_still_replaces_a_regular_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("old")
    before = target.stat().st_ino
    cli._write(["{", "}\n"], str(target))
    assert target.read_text() == "{}\n"
    assert target.stat().st_ino != before, "a new file renamed over the old one, not the old one rewritten"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


# --- check_writable ----------------------------------------------------------------------------------------


def test_check_writable_asks_a_device_not_its_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_probe(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")  # /dev, for a user who is not root

    full_device()
    monkeypatch.setattr(cli.tempfile, "mkstemp", no_probe)
    cli.check_writable([("--output", "/dev/full")], [])
    with pytest.raises(ConfigError, match=r"--output /tmp/r\.json: cannot write"):
        cli.check_writable([("--output", "/tmp/r.json")], [])


def test_cannot_write_message_names_the_place() -> None:
    exc = OSError(28, "No space left on device")
    assert cli.cannot_write_message("r.json", exc) == "--output r.json: cannot write: No space left on device"
    assert cli.cannot_write_message(None, exc) == "standard output: cannot write: No space left on device"


def test_state_and_cache_naming_a_device_or_a_fifo_are_refused(tmp_path: Path) -> None:
    fifo, reader = fifo_with_reader(tmp_path)
    try:
        with pytest.raises(ConfigError, match=r"--state .*pipe\.json: is not a regular file"):
            cli.check_writable([("--state", str(fifo))], [])
        cli.check_writable([("--output", str(fifo))], [])  # left alone: a report is written into it
    finally:
        os.close(reader)
    full_device()
    link = tmp_path / "cache.sqlite"
    link.symlink_to("/dev/full")
    with pytest.raises(ConfigError, match=r"--cache .*cache\.sqlite: is not a regular file"):
        cli.check_writable([("--cache", str(link))], [])
    assert link.is_symlink()


def test_state_and_cache_as_regular_or_new_files_are_left_alone(tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text("{}")
    cli.check_writable(
        [("--state", str(tmp_path / "state.json")), ("--cache", str(tmp_path / "c" / "x.sqlite"))], []
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "state.json"]


def test_help_names_every_exit_code() -> None:
    text = cli.build_parser().format_help()
    for code in ("0 nothing failed", "1 some citation failed", "2 usage or input error", "130", "143", "141"):
        assert code in text


# --- the run -----------------------------------------------------------------------------------------------


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "LINKCHECK"))}
    env["PYTHONPATH"] = str(SRC)
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", "--no-config", "--progress", "never", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def excluded(tmp_path: Path) -> Path:
    (tmp_path / "sources.txt").write_text(
        "https://news.example/2020/01/09/a | title: A\nhttps://news.example/2020/01/09/b | title: B\n",
        encoding="utf-8",
    )
    return tmp_path


def test_an_unwritable_report_does_not_stop_the_others(excluded: Path) -> None:
    full_device()
    (excluded / "full.json").symlink_to("/dev/full")
    proc = run(
        excluded,
        "sources.txt",
        "--exclude",
        ".",
        "--format",
        "json",
        "-o",
        "full.json",
        "--output",
        "markdown=r.md",
        "--output",
        "junit=r.xml",
    )
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 2
    assert "linkcheck: error: --output full.json: cannot write: No space left on device" in proc.stderr
    assert (excluded / "r.md").read_text(encoding="utf-8").strip()
    assert "<testsuite" in (excluded / "r.xml").read_text(encoding="utf-8")
    assert (excluded / "full.json").is_symlink()


def test_reports_that_can_be_written_leave_the_exit_code_alone(excluded: Path) -> None:
    proc = run(excluded, "sources.txt", "--exclude", ".", "--format", "json", "--output", "markdown=r.md")
    assert proc.returncode == 0, proc.stderr
    assert "error" not in proc.stderr


def test_jsonl_streamed_into_a_fifo(excluded: Path) -> None:
    fifo, reader = fifo_with_reader(excluded)
    try:
        proc = run(excluded, "sources.txt", "--exclude", ".", "--format", "jsonl", "-o", str(fifo))
        assert proc.returncode == 0, proc.stderr
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
        lines = os.read(reader, 100_000).decode().splitlines()
    finally:
        os.close(reader)
    assert len(lines) == 3
    assert '"record":"summary"' in lines[-1].replace(" ", "")
