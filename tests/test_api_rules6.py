"""The rules the sixth API probe (``tests/test_api_probe6.py``, api6) led to, each with what it leaves alone.

- ``sources.unreadable``: a manifest file that cannot be opened is an ``InputError`` with ``source`` and
  ``reason`` set (docs/api.md promised them) and the ``OSError`` as its ``__cause__``; one not in UTF-8 keeps
  its ``UnicodeDecodeError`` as the cause. Messages unchanged.
- ``Config``: a pattern that is not a regular expression keeps its ``re.error`` as the error's cause.
- Types: ``source`` of ``parse_sources``/``iter_sources``/``extract_citations`` is ``str | os.PathLike[str]``,
  as documented; ``check``'s ``on_result`` is ``Callable[[Result], object]`` (its return value is ignored).
- ``iter_check``'s ``clock`` defaults to ``None`` (``time.monotonic``): its documented signature is its own.
"""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkcheck import (
    Citation,
    Config,
    ConfigError,
    InputError,
    ManifestError,
    Status,
    iter_check,
    read_sources,
)
from tests.site_server import Page, SiteServer, serve

SRC = Path(__file__).resolve().parent.parent / "src"


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with serve({"/a": Page(body=b"<html><title>A story</title><h1>A story</h1></html>")}) as server:
        yield server


def test_a_missing_manifest_carries_its_source_and_reason_and_the_os_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError) as caught:
        read_sources(missing)
    assert str(caught.value) == f"{missing}: no such file"
    assert (caught.value.source, caught.value.line, caught.value.reason) == (
        str(missing),
        None,
        "no such file",
    )
    assert isinstance(caught.value.__cause__, FileNotFoundError)


def test_a_directory_given_as_a_manifest_keeps_its_message_and_its_cause(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_sources(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a directory, not a sources file"
    assert caught.value.reason == "is a directory, not a sources file"
    assert isinstance(caught.value.__cause__, IsADirectoryError)


def test_a_manifest_not_in_utf8_keeps_the_decode_error_as_its_cause(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_bytes(b"https://a.example/1\nhttps://a.example/\xff\n")
    with pytest.raises(InputError) as caught:
        read_sources(path)
    assert caught.value.line == 2
    assert isinstance(caught.value.__cause__, UnicodeDecodeError)


def test_left_alone_a_utf16_manifest_and_a_malformed_line(tmp_path: Path) -> None:
    """A UTF-16 file is still named as UTF-16 at line 1; a malformed line of a readable file is a
    ``ManifestError`` with no cause (nothing lay under it)."""
    utf16 = tmp_path / "u.txt"
    utf16.write_bytes("https://a.example/1\n".encode("utf-16"))
    with pytest.raises(InputError, match="it is UTF-16") as caught:
        read_sources(utf16)
    assert caught.value.line == 1
    bad = tmp_path / "bad.txt"
    bad.write_text("https://a.example/1 | date: someday soon\n", encoding="utf-8")
    with pytest.raises(ManifestError) as caught_line:
        read_sources(bad)
    assert caught_line.value.__cause__ is None


def test_a_bad_pattern_keeps_its_regex_error_as_the_cause() -> None:
    with pytest.raises(ConfigError, match=r"exclude: not a regular expression: '\[a-'") as caught:
        Config(exclude=("[a-",))
    assert isinstance(caught.value.__cause__, re.error)
    assert caught.value.__cause__.pos is not None


def test_left_alone_good_patterns_and_other_config_errors() -> None:
    assert Config(include=(r"^https://a\.example/",), exclude=("[a-z]+",)).include == (
        r"^https://a\.example/",
    )
    with pytest.raises(ConfigError) as caught:
        Config(workers=0)
    assert caught.value.__cause__ is None


_TYPED = """\
import io
from pathlib import Path
from linkcheck import Result, check, extract_citations, iter_sources, parse_sources
out = io.StringIO()
parse_sources("", source=Path("a.txt"))
iter_sources([], source=Path("a.txt"))
extract_citations("", source=Path("a.md"))
check([], on_result=lambda result: out.write(result.url))
parse_sources("", source=5)
def wrong(value: int) -> None: ...
check([], on_result=wrong)
"""


def test_documented_argument_types_pass_mypy_and_wrong_ones_still_do_not(tmp_path: Path) -> None:
    script = tmp_path / "typed.py"
    script.write_text(_TYPED, encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            str(script),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "MYPYPATH": str(SRC)},
        cwd=tmp_path,
    )
    errors = sorted({line.split(":")[1] for line in proc.stdout.splitlines() if ": error:" in line})
    assert errors == ["11", "9"], proc.stdout


def test_iter_check_documents_its_clock_and_still_uses_one_given(site: SiteServer) -> None:
    assert inspect.signature(iter_check).parameters["clock"].default is None
    calls: list[int] = []

    def clock() -> float:
        calls.append(1)
        return 1000.0

    config = Config(allow_hosts=(site.hostport,), max_time=60.0)
    results = list(iter_check([Citation(site.url("/a"))], config, clock=clock))
    assert [r.status for r in results] == [Status.OK]
    assert calls
