"""Progress on a terminal: a one-line bar on stderr with counts per status, and the final summary line.

The bar is drawn only when asked (``--progress always``) or when stderr is a terminal (``auto``), never with
``-q``; redraws are throttled to ten a second, and the line is cleared when the run ends so the report that
follows starts on a clean line. The CLI feeds it through ``check(..., on_result=progress.update)``.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Mapping
from typing import TextIO

from linkcheck.models import Report, Result, Status

__all__ = ["Progress", "cache_counts", "summary_line"]

_ORDER = (Status.OK, Status.DEAD, Status.SOFT_404, Status.BLOCKED, Status.ERROR, Status.SKIPPED)


class Progress:
    """``update(result)`` per result; ``close()`` clears the line. Silent when not ``enabled``."""

    def __init__(
        self,
        stream: TextIO,
        total: int | None,
        *,
        enabled: bool,
        clock: Callable[[], float] = time.monotonic,
        width: int = 24,
    ) -> None:
        self.stream = stream
        self.total = total
        self.enabled = enabled
        self.clock = clock
        self.width = width
        self.done = 0
        self.counts: Counter[Status] = Counter()
        self.started = clock()
        self._drawn = 0.0
        self._shown = False

    def set_total(self, total: int) -> None:
        """The total once it is known (articles are counted as they are read, while the run goes)."""
        self.total = total

    def update(self, result: Result) -> None:
        self.done += 1
        self.counts[result.status] += 1
        if not self.enabled:
            return
        now = self.clock()
        if (self.total is None or self.done < self.total) and now - self._drawn < 0.1:
            return
        self._drawn = now
        self.stream.write("\r" + self.line(now, columns=terminal_columns(self.stream)) + "\033[K")
        self.stream.flush()
        self._shown = True

    def line(self, now: float | None = None, *, columns: int | None = None) -> str:
        """The progress line; with ``columns`` (the terminal's width), narrower than it: the bar shrinks
        first, then the line is cut. A line as wide as the terminal or wider wraps, and each redraw's
        ``\\r`` goes back to the start of its last row only, leaving a row behind per redraw (cli7: a
        40-column terminal)."""
        now = self.clock() if now is None else now
        text = self._line(now, self.width)
        if columns is None or columns <= 0 or len(text) < columns:
            return text
        width = max(0, self.width - (len(text) - columns + 1))
        text = self._line(now, width) if width < self.width else text
        return text[: max(0, columns - 1)]

    def _line(self, now: float, width: int) -> str:
        counts = " ".join(f"{s.value} {self.counts[s]}" for s in _ORDER if self.counts[s])
        if self.total is None:  # articles still being read: no bar to fill yet
            return f"linkcheck [{'?' * width}] {self.done}/?  {counts}  {now - self.started:.1f}s"
        total = max(self.total, self.done, 1)
        filled = int(width * self.done / total)
        bar = "#" * filled + "." * (width - filled)
        return f"linkcheck [{bar}] {self.done}/{self.total}  {counts}  {now - self.started:.1f}s"

    def close(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def terminal_columns(stream: TextIO) -> int | None:
    """The width of the terminal ``stream`` writes to, read at each redraw (a window resized mid-run is
    followed); ``None`` when it is no terminal or tells none."""
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return None
    return columns or None


def summary_line(report: Report, *, cache: Mapping[str, int] | None = None) -> str:
    """``linkcheck: 12 citations: 2 pass, 4 warn, 6 fail (...) in 3.4 s``, plus history and cache counts."""
    s = report.summary
    noun = "citation" if s["total"] == 1 else "citations"
    line = f"linkcheck: {s['total']} {noun}: {s['pass']} pass, {s['warn']} warn, {s['fail']} fail"
    h = report.history
    if h is not None:
        line += f"; {len(h.newly_broken)} newly broken, {len(h.recovered)} recovered"
        if h.graced:
            line += f", {len(h.graced)} in grace"
    if cache:
        line += "; " + cache_counts(cache)
    return line + f" in {report.elapsed:.1f} s"


def cache_counts(cache: Mapping[str, int]) -> str:
    """``cache: 3 hits, 1 revalidated, 2 fetched``: what ``--cache`` spared the sites this run."""
    return (
        f"cache: {cache.get('hit', 0)} hits, {cache.get('revalidated', 0)} revalidated, "
        f"{cache.get('fetched', 0)} fetched"
    )
