"""``linkcheck.settings`` imports its TOML reader only to read a file: a run without one does not pay."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from linkcheck.errors import ConfigError
from linkcheck.settings import find_config


def toml_loaded_after(code: str, cwd: Path) -> bool:
    probe = f"import sys\n{code}\nprint('tomllib' in sys.modules or 'tomli' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60, cwd=cwd
    )
    return out.stdout.strip() == "True"


def test_no_toml_reader_without_a_file(tmp_path: Path) -> None:
    assert not toml_loaded_after("import linkcheck.settings, linkcheck.cli", tmp_path)
    assert not toml_loaded_after(
        "from pathlib import Path\nfrom linkcheck.settings import find_config\nfind_config(Path('.'))",
        tmp_path,
    )


def test_a_file_is_read_and_a_bad_one_refused(tmp_path: Path) -> None:
    (tmp_path / "linkcheck.toml").write_text("workers = 3\n", encoding="utf-8")
    assert toml_loaded_after(
        "from pathlib import Path\nfrom linkcheck.settings import find_config\nfind_config(Path('.'))",
        tmp_path,
    )
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "linkcheck.toml").write_text("workers = = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        find_config(bad)
