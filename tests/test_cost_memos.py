"""The memos that spare reading a page repeated work (tcost): each answers what it replaced, and no stale
answer for another second or another page."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import dates
from linkcheck.extract.dates import local_today
from linkcheck.models import Metadata, TitleCandidate


def test_local_today_is_the_local_date_now() -> None:
    before = dt.date.today()
    today = local_today()
    assert before <= today <= dt.date.today()
    assert local_today() == today or local_today() > today  # asked again: the same day, or the next


def test_local_today_reads_the_clock_again_in_another_second(monkeypatch: pytest.MonkeyPatch) -> None:
    first = 1_700_000_000.25
    monkeypatch.setattr(dates.time, "time", lambda: first)
    assert local_today() == dt.date.fromtimestamp(first)
    monkeypatch.setattr(dates.time, "time", lambda: first + 0.5)  # the same second: the same date
    assert local_today() == dt.date.fromtimestamp(first)
    later = first + 86_400  # a day later: not the remembered date
    monkeypatch.setattr(dates.time, "time", lambda: later)
    assert local_today() == dt.date.fromtimestamp(later) != dt.date.fromtimestamp(first)


def _metadata(title: str, h1: str, raw: str | None = None) -> Metadata:
    return Metadata(title=f" {title} ", title_candidates=(TitleCandidate(h1, "h1", raw),))


def test_titles_asked_twice_are_the_same_and_a_copy() -> None:
    metadata = _metadata("Headline", "Headline", "Headline | Site")
    first = metadata.titles()
    assert first == ["Headline", "Headline | Site"]
    first.append("changed by a caller")
    assert metadata.titles() == ["Headline", "Headline | Site"]


def test_titles_of_another_page_are_its_own() -> None:
    one, other = _metadata("One", "One"), _metadata("Other", "Other", "Other - Site")
    assert one.titles() == ["One"]
    assert other.titles() == ["Other", "Other - Site"]
    assert one.titles() == ["One"]
    equal = _metadata("One", "One")  # an equal page, not the same object: read for itself
    assert equal.titles() == ["One"]
    assert Metadata().titles() == []


def test_gate_titles_are_the_headline_and_candidate_texts_once_each() -> None:
    from linkcheck.gates import _titles

    metadata = Metadata(
        title=" Sign in ",
        title_candidates=(
            TitleCandidate("Sign in", "opengraph", "Sign in | Site"),
            TitleCandidate("  ", "h1"),
            TitleCandidate("Account", "h1"),
        ),
    )
    assert _titles(metadata) == ["Sign in", "Account"]  # no raw form, no blank text
    assert _titles(Metadata(title="   ")) == []
