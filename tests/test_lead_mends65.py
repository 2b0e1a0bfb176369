"""The lead's mends of the sixty-fifth session, each with the behaviour a user relies on."""

from __future__ import annotations

import pytest

from linkcheck.gates import geo_notice
from linkcheck.names import fold

# --- a regional block under a kept headline is the block's words whole (rot60's rule, host25's control) ----


@pytest.mark.parametrize(
    "line",
    [
        "This content is not available in your region",
        "This content is not available in your region.",
        "Ez a tartalom az Ön régiójában nem érhető el",
        "A videó nem érhető el az Ön országában.",
    ],
)
def test_a_notice_that_is_the_blocks_words_whole_is_one(line: str) -> None:
    assert geo_notice(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        # the clean-clone CI of the merged session: rot60's rule read this story's only line as a block
        "The new timetable is unavailable in your location's library until Monday",
        "The museum's new wing is not available in your region's guidebooks yet",
        "Új telefon: a készülék nem érhető el az Ön országában boltokban, csak online",
    ],
)
def test_a_story_line_using_the_words_is_no_notice(line: str) -> None:
    assert not geo_notice(fold(line))
