"""The rules api5's probe (tests/test_api_probe5.py) called for, each with what it must leave alone.

- ``sources.text_argument``: an open file or ``io.StringIO`` (anything with a callable ``read``) given as
  the text is a ``TypeError`` saying to read it first; bytes, a path and other objects keep their messages.
- ``linkcheck.__dir__``: ``dir(linkcheck)`` offers ``__all__``, the package's submodules and the private
  names, not what the package imports for itself.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

import linkcheck
from linkcheck.sources import text_argument

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("stream", [io.StringIO("https://a.example/x"), io.BytesIO(b"https://a.example/x")])
def test_an_open_stream_is_refused_saying_to_read_it(stream: object) -> None:
    with pytest.raises(TypeError, match=r"got an open \w+IO: .*read it first: text = stream\.read\(\)"):
        text_argument(stream, "extract_citations", "Path.read_text(encoding='utf-8')")


def test_a_real_open_file_is_refused_through_both_readers(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("[x](https://a.example/x)\n", encoding="utf-8")
    with path.open(encoding="utf-8") as handle:
        for function in (linkcheck.extract_citations, linkcheck.parse_sources):
            with pytest.raises(TypeError, match="read it first"):
                function(handle)  # type: ignore[arg-type]


def test_strings_bytes_paths_and_others_keep_their_handling() -> None:
    assert text_argument("text", "f", "hint") == "text"
    with pytest.raises(TypeError, match=r"decode it first"):
        text_argument(b"x", "f", "hint")
    with pytest.raises(TypeError, match=r"not a path: .*read it first: hint"):
        text_argument(Path("a.md"), "f", "hint")
    with pytest.raises(TypeError) as info:
        text_argument(5, "f", "hint")
    assert str(info.value) == "f() takes the text as a str, got int: 5"

    class NotAStream:
        read = "not callable"

    with pytest.raises(TypeError) as other:
        text_argument(NotAStream(), "f", "hint")
    assert "read it first" not in str(other.value)


def test_dir_offers_the_public_names_and_submodules_not_the_packages_own_imports() -> None:
    shown = set(dir(linkcheck))
    assert set(linkcheck.__all__) <= shown
    assert {"TYPE_CHECKING", "annotations", "logging", "ModuleType"}.isdisjoint(shown)
    assert {"models", "config", "errors", "sources", "__version__", "__all__"} <= shown
    # hidden from dir, not removed: the attributes are still there
    assert linkcheck.TYPE_CHECKING is False  # type: ignore[attr-defined]


def test_dir_in_a_fresh_process_lists_the_lazy_names_before_their_import() -> None:
    code = (
        "import sys, linkcheck; names = dir(linkcheck);"
        "assert 'check' in names and 'extract_citations' in names, names;"
        "assert 'linkcheck.checker' not in sys.modules; print('ok')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": str(ROOT / "src")},
        check=False,
    )
    assert done.stdout.strip() == "ok", done.stderr
