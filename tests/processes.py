"""What a test needs to know of the processes this one started (Linux ``/proc``)."""

from __future__ import annotations

import contextlib
from pathlib import Path


def child_pids() -> set[int]:
    """The process ids of this process's children, from every one of its threads."""
    pids: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError):
            pids |= {int(p) for p in (task / "children").read_text().split()}
    return pids
