"""The rule the fourteenth seed probe (seed14) asked for, tested on titles alone.

An anti-bot service's check titled only by its wait of a second ("One second, please…", "Одну секунду…",
"Eine Sekunde, bitte…", "Un segundo, por favor…", "Une seconde, s’il vous plaît…", "Un secondo…", "Jedną
sekundę…"), and French's waits written with an apostrophe (``s’il``, ``s'il``), are a bot challenge
(``linkcheck.gates._WAIT_CHECK``), as seed13 made "One moment, please…" one: read only on a page stating no
article's date, every title of it the wait. "Second" alone opens no gate: the gate words hold it only after a
word that counts it ("a", "one", "une", "un", "eine", ...), so a headline about the Second World War is not
read against the gates at all, and one that holds "one second" with more words is no gate.
"""

from __future__ import annotations

from datetime import date

import pytest

from linkcheck.gates import _has_gate_word, gate_signal, gate_title
from linkcheck.models import Cause, ExtractedDate, Metadata

URL = "https://tass.ru/politika/7487995"


@pytest.mark.parametrize(
    "title",
    [
        "One second, please…",
        "One second please...",
        "Just a second…",
        "Wait a second…",
        "Eine Sekunde, bitte…",
        "Eine Sekunde…",
        "Un segundo, por favor…",
        "Um segundo…",
        "Une seconde, s’il vous plaît…",
        "Une seconde…",
        "Un secondo, per favore…",
        "Jedną sekundę…",
        "Een seconde geduld…",
        "Un instant, s’il vous plaît…",
        "Un instant, s'il vous plaît…",
        "One second, please… | ТАСС",  # under the site's name
    ],
)
def test_a_wait_of_a_second_is_a_bot_challenge(title: str) -> None:
    assert gate_title(title, ["ТАСС"], ["tass.ru"])
    found = gate_signal(URL, URL, Metadata(title=title), 0)
    assert found is not None
    assert found[0] is Cause.BOT_CHALLENGE


@pytest.mark.parametrize(
    "title",
    [
        "One second that changed the Formula 1 season",
        "A second term for the president",
        "Second World War memorial reopens",
        "Un segundo mandato para el presidente",
        "Une seconde chance pour la réforme",
        "Eine Sekunde zu spät: wie der Zug verpasst wurde",
        "Second",
    ],
)
def test_a_headline_with_a_second_in_it_is_no_gate(title: str) -> None:
    assert not gate_title(title, [], [])
    assert gate_signal(URL, URL, Metadata(title=title), 0) is None


def test_a_dated_page_titled_only_a_second_is_left_alone() -> None:
    url = "https://www.themoscowtimes.com/2020/01/09/one-second"
    dated = Metadata(title="One second", published=ExtractedDate(date(2020, 1, 9), "opengraph"))
    assert gate_signal(url, url, dated, 0) is None


@pytest.mark.parametrize(
    ("folded", "held"),
    [
        ("one second please\0", True),
        ("eine sekunde bitte\0", True),
        ("une seconde sil vous plait\0", True),
        ("second world war memorial reopens\0", False),
        ("the second round of talks\0", False),
    ],
)
def test_second_opens_the_gates_only_after_a_word_counting_it(folded: str, held: bool) -> None:
    assert _has_gate_word(folded) is held
