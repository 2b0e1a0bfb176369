"""Colour for the text report on a terminal, and the text form of the run history (pure).

:func:`colorize` adds ANSI colours to what :func:`linkcheck.report.text.render_text` printed (FAIL red,
WARN yellow, ok green, headings bold) without changing a character of it otherwise. :func:`want_color`
decides: ``--color always``/``never``, or ``auto``: a terminal and no ``NO_COLOR`` (https://no-color.org),
with ``FORCE_COLOR`` forcing it on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from linkcheck.lazyre import lazy_re
from linkcheck.models import Report

__all__ = ["COLOR_MODES", "colorize", "history_text", "want_color"]

COLOR_MODES = ("auto", "always", "never")

_RESET = "\033[0m"
_STYLES = {"FAIL": "\033[31;1m", "WARN": "\033[33m", "ok": "\033[32m", "heading": "\033[1m"}
_ENTRY = lazy_re(r"^(  )(FAIL|WARN|ok  )( )", re.MULTILINE)
_HEADING = lazy_re(r"^([A-Z][^\n]* \(\d+\))$", re.MULTILINE)


def want_color(mode: str, *, isatty: bool, env: Mapping[str, str]) -> bool:
    if mode == "always":
        return True
    if mode == "never":
        return False
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    return isatty and env.get("TERM") != "dumb"


def colorize(text: str) -> str:
    def entry(m: re.Match[str]) -> str:
        mark = m.group(2)
        style = _STYLES[mark.strip()]
        return f"{m.group(1)}{style}{mark.strip()}{_RESET}{mark[len(mark.strip()) :]}{m.group(3)}"

    text = _ENTRY.sub(entry, text)
    return _HEADING.sub(lambda m: f"{_STYLES['heading']}{m.group(1)}{_RESET}", text)


def history_text(report: Report) -> str:
    """The "since the last run" lines of the text report ("" when the run keeps no state)."""
    h = report.history
    if h is None:
        return ""
    line = (
        f"since the last run: {len(h.newly_broken)} newly broken, {len(h.recovered)} recovered, "
        f"{len(h.still_broken)} still broken"
    )
    if h.graced:
        line += f" ({len(h.graced)} within the grace period, reported as warnings)"
    out = [line]
    out.extend(f"  newly broken: {url}" for url in h.newly_broken)
    out.extend(f"  recovered:    {url}" for url in h.recovered)
    return "\n".join(out) + "\n"
