"""The lead's mends of the fifty-ninth session, each failing before it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

# A head of ordinary tags longer than the window, its <title> after it: parse_window splices that title in.
_LATE_TITLE = """
from linkcheck.checker import PARSE_BYTES, parse_window
body = (b"<html><head>" + b"<meta name=a content=b>" * (PARSE_BYTES // 20)
        + b"<title>Late title</title></head><body><p>x</p></body></html>")
first, second = parse_window(body, 0), parse_window(body, 0)
print(b"Late title" in first, first == second)
"""


def test_the_first_window_cut_in_a_process_reaches_a_late_title() -> None:
    # In a fresh interpreter the walk's pattern is still lazy (linkcheck.lazyre) on the first call: the walk
    # once told "the title was met" by `pattern is not _RAW_START`, which the compiled global made true on
    # the first page of every process, so that page lost its late title.
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    out = subprocess.run(
        [sys.executable, "-c", _LATE_TITLE], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.split() == ["True", "True"], out.stdout + out.stderr
