"""The reading-cost cuts of issue 7 (xcost4) read what the forms they replaced read."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.classify import _challenge_header
from linkcheck.extract.core import _answers, _Cand
from linkcheck.extract.dates import _CLOCK, _CLOCK_COLON, _clock, clock_times
from linkcheck.models import FetchResult
from linkcheck.soft404 import _has_error_piece


def _reference_clock_times(text: str) -> list[tuple[int, int]]:
    """``clock_times`` as it was: every clock found from its colon, then those inside a tag dropped."""
    found: list[tuple[int, int]] = []
    if ":" not in text:
        return found
    matches: list[re.Match[str]] = []
    for colon in _CLOCK_COLON.finditer(text):
        at = colon.start()
        for begin in (at - 2, at - 1):
            m = _CLOCK.match(text, begin) if begin >= 0 else None
            if m is not None and m.end(1) == at:
                matches.append(m)
                break
    for m in matches:
        minutes = _clock(m)
        at = m.start()
        if minutes is not None and text.rfind("<", 0, at) <= text.rfind(">", 0, at):
            found.append((at, minutes))
    return found


def test_clock_in_a_byline_tag_is_not_the_texts() -> None:
    byline = '<p class="byline"><time datetime="2022-12-09T19:26:00+00:00">9 Dec 2022, 21:26</time></p>'
    assert clock_times(byline) == [(byline.index("21:26"), 21 * 60 + 26)]


def test_clock_only_in_a_tag_is_none() -> None:
    assert clock_times('<time datetime="2022-12-09T19:26:00Z">9 Dec 2022</time>') == []


def test_clock_after_a_closed_tag_is_read() -> None:
    text = "<b>Updated</b> 9:05 pm"
    assert clock_times(text) == [(text.index("9:05"), 21 * 60 + 5)]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet='<>0123456789: apmAPM."=T', max_size=40))
def test_clock_times_is_the_reference(text: str) -> None:
    assert clock_times(text) == _reference_clock_times(text)


def test_challenge_header_present_absent_and_other() -> None:
    def fetch(headers: dict[str, str]) -> FetchResult:
        return FetchResult(url="https://news.example/a", final_url="https://news.example/a", headers=headers)

    assert not _challenge_header(fetch({}))
    assert _challenge_header(fetch({"cf-mitigated": " Challenge "}))
    assert _challenge_header(fetch({"x-amzn-waf-action": "captcha"}))
    assert not _challenge_header(fetch({"cf-mitigated": "allow"}))
    assert not _challenge_header(fetch({"cf-mitigated": ""}))


def test_answers_wants_a_plausible_publication() -> None:
    today = dt.date(2024, 5, 1)
    published = _Cand(dt.date(2024, 4, 30), None, "json-ld", False)
    modified = _Cand(dt.date(2024, 4, 30), None, "json-ld", True)
    future = _Cand(dt.date(2024, 6, 1), None, "json-ld", False)
    assert _answers([modified, published], today)
    assert not _answers([modified, future], today)
    assert not _answers([], today)


def test_has_error_piece() -> None:
    assert _has_error_piece([("Site", None), ("Page not found", "error")])
    assert not _has_error_piece([("Site", None), ("-", "filler")])
    assert not _has_error_piece([])
