"""A SubRip subtitle file (``.srt``) read as the text it captions (added after the twenty-third held-out
batch).

A video's subtitles are numbered cues, each a line of its number, a line of its timing (``00:00:17,880 -->
00:00:23,040``) and one or two lines of caption, a blank line after it; a caption may carry SubRip's tags
(``<i>``, ``<b>``, ``<font color="#ffff00">``). A sentence runs over cues as the speaker speaks it, so that
read as it stands a reporting verb stands three lines and a blank line away from the agency it names, and
the numbers and timings read as dates' and times' neighbours. Read as its captions alone, tags dropped,
each cue goes on the line after the one before, and a blank line (a paragraph's end) follows a cue that
ends a sentence (``.``, ``!``, ``?``, ``:``, a closing quote) or an address; a cue's own lines stay lines
(a source card's ``Джерело: Outlet, date`` over its address).

Told by its opening: a cue's number, then its timing line.
"""

from __future__ import annotations

import re

from linkcheck.lazyre import lazy_re

__all__ = ["looks_like_srt", "srt_text"]

#: A cue's number line and its timing line, as a SubRip file opens (a byte-order mark is taken off before).
_SRT_OPENING = lazy_re(r"\s*\d{1,6}\r?\n\d\d:\d\d:\d\d[,.]\d{1,3}[ \t]+-->[ \t]+\d\d:\d\d:\d\d[,.]\d{1,3}")
#: A cue: its number, its timing (and any position settings after it), then its lines up to a blank line.
_CUE = lazy_re(
    r"^\d{1,6}[ \t]*\r?\n\d\d:\d\d:\d\d[,.]\d{1,3}[ \t]+-->[ \t]+\d\d:\d\d:\d\d[,.]\d{1,3}[^\r\n]*\r?\n"
    r"(?P<lines>(?:[^\r\n]*\S[^\r\n]*(?:\r?\n|$))*)",
    re.MULTILINE,
)
_TAG = lazy_re(r"</?(?:i|b|u|font)\b[^>]*>|\{\\an?\d\}", re.IGNORECASE)
#: How a cue that ends a sentence ends.
_SENTENCE_END = (".", "!", "?", ":", "»", "”", '"', "…")


def looks_like_srt(text: str) -> bool:
    """Whether ``text`` opens as a SubRip file (a cue's number line, then a timing line)."""
    return _SRT_OPENING.match(text) is not None


def srt_text(text: str) -> str:
    """The captions of a SubRip file as text (see the module's docstring)."""
    parts: list[str] = []
    for cue in _CUE.finditer(text):
        lines = [" ".join(_TAG.sub("", line).split()) for line in cue.group("lines").splitlines()]
        caption = "\n".join(line for line in lines if line)
        if not caption:
            continue
        if parts:
            last = parts[-1].rpartition("\n")[2]
            ends = last.endswith(_SENTENCE_END) or ("/" in last and " " not in last)  # a card's address
            parts.append("\n\n" if ends else "\n")
        parts.append(caption)
    return "".join(parts) + "\n" if parts else text
