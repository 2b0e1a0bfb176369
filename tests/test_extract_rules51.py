"""Rules added for the fifty-first held-out batch (docs/benchmarks.md, "Fifty-first batch"), each on small
strings, with what each must leave alone: Corsican, Sardinian, Kashubian, Walloon and Wolof months, and
update labels in Corsican (with the article "u" before the date), Sardinian and Wolof.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import tables as T
from tests.extract_rules_harness import JAN_9, JAN_10, TODAY
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import days as _days
from tests.extract_rules_harness import page as _page


# --- months ---------------------------------------------------------------------------------------------
def test_months_of_the_batch() -> None:
    assert _days("Publicatu u ghjovi 9 di ghjennaghju 2020 à 14:05") == [JAN_9]  # Corsican
    assert _days("Sabbatu 30 di nuvembre 2024") == [TODAY]
    assert _days("Publicadu su 9 de ghennàrgiu 2020") == [JAN_9]  # Sardinian, with its accent
    assert _days("9 de ghennargiu 2020") == [JAN_9]  # and without
    assert _days("Sàbadu, 30 de santandria 2024") == [TODAY]
    assert _days("czwiôrtk, 9 stëcznika 2020") == [JAN_9]  # Kashubian, the genitive
    assert _days("Sobòta, 30 lëstopadnika 2024") == [TODAY]
    assert _days("li djudi 9 di djanvî 2020") == [JAN_9]  # Walloon
    assert _days("sinmedi 30 di nôvimbe 2024") == [TODAY]
    assert _days("Alxames 9 Samwiye 2020") == [JAN_9]  # Wolof
    assert _days("Gaawu, 30 Nowàmbar 2024") == [TODAY]
    assert _days("15 làmpadas 2021") == [dt.date(2021, 6, 15)]
    assert _days("3 måss 2022") == [dt.date(2022, 3, 3)]


def test_month_words_leave_other_words() -> None:
    assert _days("e måss 2020") == []  # a month and a year, no day
    assert _days("w séwnikù 2018 rokù") == []  # Kashubian's locative, no day
    assert _days("9 me 2020") == []  # Wolof's May, other languages' "me": left out
    assert _days("9 ut 2020") == []  # Wolof's August, Latin's "ut": left out


# --- update labels --------------------------------------------------------------------------------------
def test_update_labels_of_the_batch() -> None:
    for label in (
        "aghjurnatu u ",  # Corsican, with the article a date takes
        "aghjurnatu u venneri ",
        "aghjurnata: ",
        "aghjurnamentu: ",
        "agiornadu su ",  # Sardinian
        "agiornamentu: ",
        "soppi nañ ko àjjuma ",  # Wolof, "they changed it"
    ):
        assert T.modified_label(label), label


def test_update_labels_leave_other_words() -> None:
    # the label, then more than a weekday's one word: a sentence about an update, not a date's label
    for prefix in ("aghjurnatu u situ di ", "agiornadu su situ in ", "soppi nañ ko ci weeru "):
        assert not T.modified_label(prefix), prefix
    # Corsican's "ghjurnata" ("day") and "ghjurnale" ("newspaper") are no label
    assert not T.modified_label("ghjurnata di ")
    assert not T.modified_label("u ghjurnale di ")


def test_bylines_with_the_batch_labels() -> None:
    cases = (
        (
            "co",
            "Publicatu u ghjovi 9 di ghjennaghju 2020 à 14:05",
            "Aghjurnatu u 10 di ghjennaghju 2020 à 09:30",
        ),
        ("sc", "Publicadu su 9 de ghennàrgiu 2020", "Agiornadu su 10 de ghennàrgiu 2020"),
        ("wo", "Bind nañ ko Alxames 9 Samwiye 2020", "Soppi nañ ko Àjjuma 10 Samwiye 2020"),
    )
    for lang, published, updated in cases:
        body = (
            f'<article><h1>Headline</h1><p class="byline">{published}</p><p>{updated}</p><p>Text.</p>'
            "</article>"
        )
        assert _dates(_page(body, lang=lang)) == (JAN_9, JAN_10), lang
