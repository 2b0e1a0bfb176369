"""The lead's mends at the sixty-first session's merges.

``articles._entries._SECTION_HEADING_CS`` (the reference-list heading with the Czech and Slovak headings too)
was built by a ``str.replace`` on ``_SECTION_HEADING``'s pattern, anchored on its last alternative's closing
parenthesis. The fifty-seventh matching batch added headings after that alternative, the replace found no
anchor, and the Czech pattern silently became the other: a Czech thesis's ``Seznam použitých zdrojů`` no
longer opened its ČSN ISO 690 list (the held-out article ``b27_cz_iso690`` lost every entry's date). Both
patterns are now built from the same pieces.
"""

from __future__ import annotations

import pytest

from linkcheck.articles._entries import _SECTION_HEADING, _SECTION_HEADING_CS

CZECH = ["Seznam použitých zdrojů", "Seznam použité literatury", "Zoznam použitej literatúry", "Zdroje"]
SHARED = ["References", "## Bibliography", "Источники", "참고 문헌", "Tài liệu tham khảo", "المصادر"]


@pytest.mark.parametrize("heading", CZECH)
def test_czech_and_slovak_headings_open_a_list_in_the_czech_reading_only(heading: str) -> None:
    text = f"\n{heading}\n"
    assert _SECTION_HEADING_CS.search(text) is not None
    assert _SECTION_HEADING.search(text) is None


@pytest.mark.parametrize("heading", SHARED)
def test_every_other_heading_opens_a_list_in_both_readings(heading: str) -> None:
    text = f"\n{heading}\n"
    assert _SECTION_HEADING.search(text) is not None
    assert _SECTION_HEADING_CS.search(text) is not None


def test_a_line_of_prose_opens_no_list() -> None:
    text = "\nZdroje tvrdí, že tramvajová trať bude hotová v roce 2030 a že ji zaplatí město.\n"
    assert _SECTION_HEADING_CS.search(text) is None
