"""tidy14: prices by the month and the year, in figures and in words, held before and after
``pagebody._PRICE_SPELLED`` (the pre-test) and ``_PRICE_A_MONTH`` (the price) came from one set of word lists.

``pagebody._subscription_offer`` (rot55, rot56) reads a paywall's offer: two or more prices by the month or
the year after the headline, as many buttons calling to subscribe, a link to sign in. A price in figures
then a preposition and a period's word ("£79 a year", "9,99 € im Monat") or a currency's name in words
("sei euro al mese") passes a cheap pre-test first (a preposition, then a month's or a year's word, in any
case). Each case below is a price in the languages the word lists hold (English, German, French, Spanish,
Italian), each through the pre-test, the price pattern and a whole offer; the controls hold the same words
with no price (a rate, a year of a date, a word that only begins with a period's) and must not read as an
offer. The property holds the pre-test to the price pattern: every window the price pattern reads a price
in by words passes it.

Item 2: the text reader's quoted title before a parenthesis and its e-mail signature, which the HTML reader
shares, under public names in ``articles._base``; no reader imports another's private name. Item 3: a title
showing UTF-8 gone through UTF-8 twice is decoded again only from a body given as bytes. Item 4: the test two
related-line readers of ``articles._prose`` share, whether a line's words read as a headline.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.articles._base import noted_title, signature_span
from linkcheck.articles._prose import _reads_as_headline
from linkcheck.extract import extract_metadata
from linkcheck.pagebody import _PRICE_A_MONTH, _PRICE_SLASH, _PRICE_SPELLED, _subscription_offer

#: A price in figures, a preposition and a period's word, as outlets print them.
FIGURES = [
    "£79 a year",
    "$9 a month",
    "99 € per year",
    "12 EUR per month",
    "9,99 € im Monat",
    "9,99 € pro Monat",
    "99 € pro Jahr",
    "14,90 € par mois",
    "149 € par an",
    "59 € al año",
    "6 € al mes",
    "29 € por mes",
    "199 € por año",
    "59 € all'anno",
    "6 € al mese",
    "10 € per mese",
    "99 CHF pro Jahr",
    "99 kr per month",
]
#: A currency's name in words before a preposition and a period's word.
WORDS = [
    "ten pounds a month",
    "a hundred dollars a year",
    "five euros per month",
    "sei euro al mese",
    "cinquantanove euro all'anno",
    "dieci euro al mese",
    "zehn Euro im Monat",
    "hundert Euro pro Jahr",
    "dix euros par mois",
    "cent euros par an",
    "dix euros au mois",
    "diez euros al mes",
    "cien euros al año",
    "quince euros el mes",
    "cinquanta franchi, cioè cento francs par an",
    "vinte reais por mes",
    "tusen kronor per year",
    "sto złotych per month",
]
#: The same words with no price: none is read as one.
CONTROLS = [
    "The council meets twice a year and once a month in summer.",
    "Prices rose 4% a year over the decade.",
    "In 2019, a year after the vote, the port reopened.",
    "The euro area grew a year ago.",
    "Three euros per person a month is what the charity asks.",
    "Tickets are ten pounds a yearly member.",
    "Ten euros annually, or one a day.",
    "Le musée ouvre au mois de mai.",
    "El año pasado, al mes siguiente, se abrió.",
    "Im Monat Mai, pro Jahr zweimal.",
]


def _as_served(text: str) -> bytes:
    return f"<li><b>Digi</b> {text}</li>".encode()


@pytest.mark.parametrize("text", FIGURES + WORDS)
def test_a_price_by_the_period_is_read(text: str) -> None:
    assert _PRICE_A_MONTH.search(text.lower().encode()) is not None


@pytest.mark.parametrize("text", FIGURES + WORDS)
def test_a_price_in_words_passes_the_pre_test(text: str) -> None:
    window = _as_served(text)
    assert _PRICE_SLASH.search(window) is None  # no slash: the pre-test in words must let it through
    assert _PRICE_SPELLED.search(window) is not None
    assert _PRICE_SPELLED.search(window.upper()) is not None  # as served, in any case


@pytest.mark.parametrize("text", CONTROLS)
def test_the_same_words_with_no_price_are_none(text: str) -> None:
    assert _PRICE_A_MONTH.search(text.lower().encode()) is None


def _offer(first: str, second: str) -> bytes:
    head = b"<html><body><h1>Keep reading</h1>"
    plans = (
        f"<div><h2>Digital</h2><p>{first}</p><a href='/checkout?plan=d'>Subscribe</a></div>"
        f"<div><h2>Bundle</h2><p>{second}</p><a href='/checkout?plan=b'>Subscribe</a></div>"
        "<p>Already a subscriber? <a href='/account/sign-in'>Sign in</a></p></body></html>"
    )
    return head + plans.encode()


PAIRS = list(zip(FIGURES + WORDS, (FIGURES + WORDS)[1:] + (FIGURES + WORDS)[:1], strict=True))


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_two_plans_priced_by_the_period_are_an_offer(first: str, second: str) -> None:
    body = _offer(first, second)
    found = _subscription_offer("Keep reading", body, body.index(b"</h1>"))
    assert found is not None
    assert "subscription offer" in found[2]


# A pair whose capitals hold a letter beyond ASCII ("59 € AL AÑO", "STO ZŁOTYCH") was no offer on base62
# and base63 (8 strict xfails here): ``bytes.lower`` lowers ASCII only. tidy15 reads them.
@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_plans_in_capitals_are_an_offer_too(first: str, second: str) -> None:
    body = _offer(first.upper(), second.upper())
    assert _subscription_offer("Keep reading", body, body.index(b"</h1>")) is not None


@pytest.mark.parametrize("control", CONTROLS)
def test_plans_holding_the_words_and_no_price_are_no_offer(control: str) -> None:
    body = _offer(control, control)
    assert _subscription_offer("Keep reading", body, body.index(b"</h1>")) is None


def test_one_plan_priced_and_one_control_are_no_offer() -> None:
    body = _offer("£79 a year", CONTROLS[0])
    assert _subscription_offer("Keep reading", body, body.index(b"</h1>")) is None


_PIECES = st.sampled_from(
    [
        "1", "9", " ", "\t", "\n", "€", "$", "£", "kr", "EUR", "chf", "zł", "euro", "Euros", "dollar",
        "pounds", "kronor", "kroner", "złotych", "franc", "reais", "a", "per", "im", "pro", "par",
        "al", "all'", "por", "au", "el", "year", "Month", "jahr", "monat", "an", "mois", "año", "mes",
        "anno", "mese", "al año", "x", ",", ".", "<", ">", "'",
    ]
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=12))
def test_the_pre_test_lets_every_price_in_words_through(pieces: list[str]) -> None:
    window = "".join(pieces).encode()
    if _PRICE_A_MONTH.search(window.lower()) is not None and _PRICE_SLASH.search(window) is None:
        assert _PRICE_SPELLED.search(window) is not None


# --- item 2: the text reader's noted title and signature, shared with the HTML reader ---------------------

ARTICLES = Path(__file__).resolve().parent.parent / "src" / "linkcheck" / "articles"


def test_no_article_reader_imports_anothers_private_name() -> None:
    """A name two readers share lives where both import it from, under a public name (html.py took
    plaintext's ``_noted_title`` and ``_signature`` until tidy14)."""
    private = []
    for path in sorted(ARTICLES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("linkcheck.articles"):
                private += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert private == []


def test_noted_title_reads_a_quoted_title_and_its_parenthesis() -> None:
    url = "https://www.islandbusinessreview.example/2023/09/29/ferry-operator-loss"
    before = 'Bad year: "Ferry Operator Posts £4m Loss" (Island Business Review, Sept 29) '
    assert noted_title(before, url) == ("Ferry Operator Posts £4m Loss", "Island Business Review, Sept 29")
    said = "He said: “we will not cut sailings this winter, whatever it costs” (Island Business Review) "
    assert noted_title(said, url) is None  # a quoted statement reads as no title
    assert noted_title('"Ferry Operator Posts £4m Loss" and more ', url) is None  # no parenthesis


def test_signature_span_runs_from_the_dash_line_to_a_blank_line() -> None:
    text = "Story: https://a.example/s\n-- \nJo Bloggs\nhttps://jo.example\n\nPS: https://b.example/p"
    begin, end = signature_span(text)
    assert text[begin:end] == "\n-- \nJo Bloggs\nhttps://jo.example"
    assert signature_span("no signature -- here\n") == (-1, -1)
    assert signature_span("a\n--\nnot one (no space)\n") == (-1, -1)
    tail = "a\r\n-- \r\nJo\r\nhttps://jo.example"
    assert signature_span(tail) == (tail.index("\n-- "), len(tail))


# --- item 3: a title showing UTF-8 gone through UTF-8 twice is undone only for a body given as bytes ------

_DOUBLED = "<html><head><meta charset='utf-8'><title>{}</title></head><body><p>Texte.</p></body></html>"
_TITLE = "Les ferries de l’île reprennent à Saint-Malo"


def test_a_doubled_title_is_undone_in_bytes_and_kept_in_a_string() -> None:
    body = _DOUBLED.format(_TITLE).encode("utf-8").decode("latin-1").encode("utf-8")  # through UTF-8 twice
    url = "https://www.ouest-littoral.example/2024/05/02/ferries-ile"
    assert extract_metadata(body, url).title == _TITLE
    shown = body.decode("utf-8")  # the caller decoded it: nothing to decode again (no bytes)
    kept = extract_metadata(shown, url).title or ""
    assert kept.startswith("Les ferries de lâ")
    assert "Ã®le" in kept
    assert extract_metadata(_DOUBLED.format(_TITLE).encode(), url).title == _TITLE  # once: left alone


# --- item 4: one test of a line's words as a headline, for the two related-line readers --------------------


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Harbour Board Approves Night Ferries", True),
        ("«Открыть базы»: совет Ирану", True),
        ("2024 budget leaves the port waiting", True),
        ("NATO summit opens in Vilnius, says AP.", True),  # the last word in capitals: an abbreviation
        ("see the report", False),  # a clause
        ("ТАСС", False),  # a name alone
        ("Ferries Will Run Again From Monday.", False),  # a sentence ending before its link
        ("", False),
    ],
)
def test_a_lines_words_read_as_a_headline(line: str, headline: bool) -> None:
    assert _reads_as_headline(line.split()) is headline
