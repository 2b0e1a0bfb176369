"""The sixty-first session's cuts of a page's reading cost (cost33, issue 7), held to what they replaced.

``pagebody._subscription_offer`` (rot55) asked ``b"/" in window`` before lowering the 4 KiB after a page's
headline and searching it for prices by the month (:data:`pagebody._PRICE_A_MONTH`, led by a digit class:
~20 us a window); every HTML window passes that test (its closing tags). ``pagebody._PRICE_SLASH`` asks
what any such price needs around its slash instead (a digit, a blank or a currency's last byte before it, a
month word's first letter after it), led by the slash itself. It must let through every window the price
pattern reads a price in: the cases below, and a property over strings built of prices' pieces.
``_PRICE_SLASH`` is imported inside its tests, so that on base61's src each other test runs alone.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.pagebody import _PRICE_A_MONTH

#: Prices by the month as outlets print them, in the case they print them.
PRICES = [
    "19,90 €/kk",
    "£9.99/month",
    "9,99 €/Monat",
    "14,90 €/mois",
    "99 kr/mån",
    "99 kr./månad",
    "29 zł/mies.",
    "249 Kč/měs.",
    "12 EUR / month",
    "12 eur/mo",
    "10 CHF/Monat",
    "$4/mo",
    "4$/MO",
    "7,50 €/ mes",
    "5 / mese",
    "129 kr/mnd",
    "3 €/maand",
    "2 /mth",
    "1\t/\tkk",
]


def test_the_cases_are_prices() -> None:
    for text in PRICES:
        assert _PRICE_A_MONTH.search(text.lower().encode()) is not None, text


@pytest.mark.parametrize("text", PRICES)
def test_every_price_passes_the_pre_test(text: str) -> None:
    from linkcheck.pagebody import _PRICE_SLASH

    assert _PRICE_SLASH.search(f"<li><b>Digi</b> {text}</li>".encode()) is not None


@pytest.mark.parametrize(
    "window",
    [
        b"</h1>\n<p>Some story text.</p>\n</main>\n<footer></footer>",  # a closing tag
        b'<a href="/media/video">Video</a> <a href="/members/">Members</a>',  # addresses' paths
        b"<img src=\"https://m.example.com/pic.jpg\"> <a href='/kultur/'>Kultur</a>",
        b"<p>Price: 19,90 \xe2\x82\xac a month</p>",  # a price, not by a slash
        b"<p>and/or 3/4 of km/h</p>",  # slashes a price never has
    ],
)
def test_windows_with_no_price_slash_fail_it(window: bytes) -> None:
    from linkcheck.pagebody import _PRICE_SLASH

    assert b"/" in window  # each passed the old test
    assert _PRICE_SLASH.search(window) is None


_PIECES = st.sampled_from(
    [
        "1", "9", "0", " ", "\t", "\n", "/", "€", "$", "£", "kr", "Kr.", "zł", "Kč", "EUR", "chf", "kk", "K",
        "month", "Mo", "mth", "Monat", "mois", "mes", "mese", "mnd", "md", "mån", "Mies", "měs", "maand",
        "<", ">", "a", ",", ".", "=", '"',
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=14))
def test_the_pre_test_lets_every_price_through(pieces: list[str]) -> None:
    from linkcheck.pagebody import _PRICE_SLASH

    window = "".join(pieces).encode()
    if _PRICE_A_MONTH.search(window.lower()) is not None:
        assert _PRICE_SLASH.search(window) is not None
