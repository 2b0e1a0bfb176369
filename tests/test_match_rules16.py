"""Rules of the sixteenth held-out matching batch (docs/benchmarks.md, "Held-out matching check"), each on
strings with what it must leave alone: template dates with Scottish Gaelic, Esperanto, Occitan, Latin, West
Frisian, Romansh, Yiddish, Hawaiian, Yakut and Inuktitut month names; Gaelic's ``dhen`` and Romansh's
``da``; Yiddish's vowel points; Tibetan dates of the Western calendar."""

from __future__ import annotations

import pytest

from linkcheck.articles._dates import parse_date_field


def _read(text: str) -> str | None:
    value = parse_date_field(text)
    return None if value is None else str(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21 dhen t-Samhain 2024", "2024-11-21"),  # Scottish Gaelic, the month's t- after dhen
        ("21 dhen Dàmhair 2024", "2024-10-21"),
        ("21 dhen Damhair 2024", "2024-10-21"),
        ("3 dhen Fhaoilleach 2024", "2024-01-03"),  # lenited after dhen
        ("3 Faoilleach 2024", "2024-01-03"),
        ("15 novembro 2024", "2024-11-15"),  # Esperanto
        ("15 oktobro 2024", "2024-10-15"),
        ("2 aŭgusto 2024", "2024-08-02"),
        ("2 auxgusto 2024", "2024-08-02"),  # the x-system
        ("12 de julhet de 2024", "2024-07-12"),  # Occitan
        ("12 de junh de 2024", "2024-06-12"),
        ("3 de genièr de 2024", "2024-01-03"),
        ("21 Novembris 2024", "2024-11-21"),  # Latin, genitive
        ("21 Octobris 2024", "2024-10-21"),
        ("14 novimber 2024", "2024-11-14"),  # West Frisian
        ("14 septimber 2024", "2024-09-14"),
        ("12 da zercladur 2024", "2024-06-12"),  # Romansh, after da
        ("12 da fanadur 2024", "2024-07-12"),
        ("12 schaner 2024", "2024-01-12"),
        ("21 נאָוועמבער 2024", "2024-11-21"),  # Yiddish, pointed
        ("21 נאוועמבער 2024", "2024-11-21"),  # and unpointed
        ("21 אָקטאָבער 2024", "2024-10-21"),
        ("21 Nowemapa 2024", "2024-11-21"),  # Hawaiian
        ("21 ʻOkakopa 2024", "2024-10-21"),
        ("21 Okakopa 2024", "2024-10-21"),
        ("21 сэтинньи 2024", "2024-11-21"),  # Yakut
        ("21 алтынньы 2024", "2024-10-21"),
        ("ᓄᕕᐱᕆ 21, 2024", "2024-11-21"),  # Inuktitut, month first
        ("ᐅᒃᑐᐱᕆ 21, 2024", "2024-10-21"),
        ("ᐅᑐᐱᕆ 21, 2024", "2024-10-21"),
        ("ཕྱི་ལོ་༢༠༢༤ ཟླ་ ༡༡ ཚེས་ ༢༡", "2024-11-21"),  # Tibetan, the Western year
        ("ཕྱི་ལོ་༢༠༢༤ ཟླ་ ༡༠ ཚེས་ ༢༡", "2024-10-21"),
        ("༢༠༢༤ ལོའི་ཟླ་ ༡༡ ཚེས་ ༥", "2024-11-05"),
    ],
)
def test_more_template_months(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12 da manhã 2024",  # da, then no month
        "21 dhen t-Seachdain 2024",  # dhen, then no month ("week")
        "21 בּוך 2024",  # pointed Hebrew letters that are no month
        "21 бэс ыйа 2024",  # a Yakut month of two words: left out
        "ᒪᐃ 21, 2024",  # a two-letter month: too short to be read
        "ཕྱི་ལོ་༢༠༢༤ ཟླ་ ༡༣ ཚེས་ ༢༡",  # no month 13
        "ཕྱི་ལོ་༢༠༢༤ ཟླ་ ༡༡ ཚེས་ ༣༢",  # no day 32
        "༢༠༢༤ ༡༡ ༢༡",  # Tibetan digits without the month's and the day's words
    ],
)
def test_more_template_months_leave_alone(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 de marzo de 2022", "2022-03-12"),
        ("5 d'abril de 2024", "2024-04-05"),
        ("26 ta' Novembru 2024", "2024-11-26"),
        ("21 novembre 2024", "2024-11-21"),
        ("1 Deireadh Fómhair 2024", "2024-10-01"),
    ],
)
def test_earlier_forms_unchanged(text: str, expected: str) -> None:
    assert _read(text) == expected
