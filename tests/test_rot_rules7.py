"""The rules the seventh link-rot batch (tests/test_rot_heldout7.py) brought, each on strings, bytes and
addresses, with what each must leave alone: not-found pages in eight more languages, an Italian consent
wall's "utilizza i cookie"."""

from __future__ import annotations

import pytest

from linkcheck.gates import consent_line
from linkcheck.names import fold
from linkcheck.soft404 import is_error_title

# --- not-found pages in eight more languages --------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Lapa nav atrasta", []),
        ("Diemžēl meklētā lapa neeksistē", []),
        ("Lehte ei leitud | Oru Teataja", ["Oru Teataja"]),
        ("Vabandame, otsitud lehte ei leitud", []),
        ("Ups! Stran ni bila najdena", []),
        ("Žal, strani ni mogoče najti", []),
        ("Síða fannst ekki – Dalsfréttir", ["Dalsfréttir"]),
        ("Því miður, síðan fannst ekki", []),
        ("Na vjen keq, faqja nuk u gjet!", []),
        ("გვერდი ვერ მოიძებნა - ხეობის ამბები", ["ხეობის ამბები"]),
        ("Səhifə tapılmadı", []),
        ("Maaf, halaman tidak dijumpai", []),
    ],
)
def test_not_found_messages_of_the_seventh_batch(title: str, names: list[str]) -> None:
    assert is_error_title(title, names)


@pytest.mark.parametrize(
    "title",
    [
        "Jauna lapa pilsētas vietnē",
        "Lehte ei leitud: kuidas kadus linna vanim ajaleht",
        "Stran ni bila najdena, pravi župan, a jo bodo obnovili",
        "Síða fannst ekki lengi en er nú komin aftur",
        "Faqja e re e bashkisë",
        "Səhifə tapılmadı: şəhərin köhnə saytı bağlandı",
        "Maaf zahir dan batin daripada pihak majlis",
        "Keq mot në luginë",
    ],
)
def test_headlines_in_those_languages_are_no_error_message(title: str) -> None:
    assert not is_error_title(title)


# --- an Italian consent wall ------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Questo sito utilizza i cookie", "Utilizziamo i cookie"])
def test_italian_consent_headings(line: str) -> None:
    assert consent_line(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        "Bakery that uses cookie cutters from 1920",
        "Il forno che utilizza i cookie della nonna vince il premio",
        "Questo sito utilizza i cookie per mostrarti pubblicità e analizzare il traffico del nostro sito web",
    ],
)
def test_lines_that_are_no_italian_consent_heading(line: str) -> None:
    assert not consent_line(fold(line))
