"""Rules added for the fiftieth held-out batch (docs/benchmarks.md, "Fiftieth batch"), each on small strings,
with what each must leave alone: Asturian, Friulian, Upper Sorbian, Igbo and Manx months (Friulian's "dal"
before the year, Manx's months of two and three words), update labels in Asturian, Upper Sorbian and
Friulian, Telugu's publication label, a capitalised "LAST EDITED" footer, a ``<time>`` whose attribute in UTC
is the day before or after the day its text shows, and an og:title that copies a ``<title>`` of " : " parts.
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
    assert _days("Publicáu el xueves, 9 de xineru de 2020, a les 14:05") == [JAN_9]  # Asturian
    assert _days("Sábadu, 30 de payares de 2024") == [TODAY]
    assert _days("Joibe 9 di Zenâr dal 2020") == [JAN_9]  # Friulian, "dal" before the year
    assert _days("Sabide, 30 di Novembar dal 2024") == [TODAY]
    assert _days("Wozjewjene: štwórtk, 9. januara 2020, 14:05 hodź.") == [JAN_9]  # Upper Sorbian
    assert _days("22. měrca 2021") == [dt.date(2021, 3, 22)]
    assert _days("Chiamaka Okafor 9 Jenụwarị 2020") == [JAN_9]  # Igbo, precomposed dotted vowels
    assert _days("12 Ọgọọst 2021") == [dt.date(2021, 8, 12)]


def test_manx_months_of_several_words() -> None:
    assert _days("Liorish Juan Crennell · Jerdein 9 Jerrey Geuree 2020") == [JAN_9]
    assert _days("Jesarn 30 Mee Houney 2024") == [TODAY]
    assert _days("24 Mee ny Nollick 2021") == [dt.date(2021, 12, 24)]
    assert _days("3 Boaldyn 2022") == [dt.date(2022, 5, 3)]  # a month of one word


def test_month_words_leave_other_words() -> None:
    assert _days("the 9 Mean Streets 2020 tour") == []  # a first word alone, another word after it
    assert _days("ayns Mee Houney 2019") == []  # a month and a year
    assert _days("artikel 9 lui 2020") == []  # Friulian July, Romanian and Italian "him": left out
    assert _days("tal Avost dal 2018") == []  # no day


# --- update labels --------------------------------------------------------------------------------------
def test_update_labels_of_the_batch() -> None:
    for label in (
        "actualizáu: vienres, ",
        "aktualizowane: pjatk, ",
        "aktualizowany ",
        "inzornât: vinars ",
        "inzornament: ",
    ):
        assert T.modified_label(label), label


def test_update_labels_leave_other_words() -> None:
    # the label, then more than a weekday's one word: a sentence about an update, not a date's label
    for prefix in ("inzornade de pagjine di ", "aktualizowane datki a ", "actualizáu el mapa de "):
        assert not T.modified_label(prefix), prefix


def test_bylines_with_the_batch_labels() -> None:
    cases = (
        (
            "ast",
            "Publicáu el xueves, 9 de xineru de 2020",
            "Actualizáu: vienres, 10 de xineru de 2020, 09:30",
        ),
        ("fur", "Joibe 9 di Zenâr dal 2020", "Inzornât: vinars 10 di Zenâr dal 2020, 09:30"),
        ("hsb", "Wozjewjene: štwórtk, 9. januara 2020", "Aktualizowane: pjatk, 10. januara 2020"),
    )
    for lang, published, updated in cases:
        body = (
            f'<article><h1>Headline</h1><p class="byline">{published}</p><p>{updated}</p><p>Text.</p>'
            "</article>"
        )
        assert _dates(_page(body, lang=lang)) == (JAN_9, JAN_10), lang


# --- Telugu's publication label -------------------------------------------------------------------------
def test_telugu_publication_label_over_an_earlier_date_above_it() -> None:
    body = (
        "<article><h1>శీర్షిక</h1><p>ఈ ఘటన 28 డిసెంబర్ 2019 న జరిగింది.</p>"
        '<p class="meta">ప్రచురణ: 09 జనవరి 2020</p><p>వార్త.</p></article>'
    )
    assert _dates(_page(body, lang="te")) == (JAN_9, None)


def test_telugu_update_label_still_labels_the_update() -> None:
    body = (
        "<article><h1>శీర్షిక</h1><p>నవీకరణ: 10 జనవరి 2020, 09:30 IST · ప్రచురణ: 09 జనవరి 2020, 14:05 IST</p>"
        "<p>వార్త.</p></article>"
    )
    assert _dates(_page(body, lang="te")) == (JAN_9, JAN_10)


# --- a capitalised "LAST EDITED" ------------------------------------------------------------------------
_NOTE = "<article><h1>Headline</h1><p>Text of the note.</p>" + "<p>More of its text.</p>" * 30 + "</article>"


def test_capitalised_last_edited_footer() -> None:
    # In the page's <footer>, where only the footer's last-edit reading looks (a note's own text is read as
    # before: no rule needed there).
    body = (
        _NOTE
        + '<footer><p class="page-edited">LAST EDITED 14 MARCH 2021 · <a href="/h">History</a></p></footer>'
    )
    assert _dates(_page(body)) == (None, dt.date(2021, 3, 14))


def test_capitalised_footer_leaves_a_site_wide_line() -> None:
    body = _NOTE + "<footer><p>SITE LAST EDITED BY THE WEBMASTER ON 14 MARCH 2021</p></footer>"
    assert _dates(_page(body)) == (None, None)


# --- a <time> in UTC beside the day it shows ------------------------------------------------------------
def _release(attr: str, text: str) -> str:
    return (
        f'<article><h1>New fund for rural water</h1><div class="release__date"><time datetime="{attr}">{text}'
        "</time></div><p>Text of the release.</p></article>"
    )


def test_time_in_utc_beside_the_local_day_it_shows() -> None:
    # 09:30 in New Zealand on 9 January is 20:30 UTC on the 8th; 19:30 in New York on the 9th, 00:30 UTC.
    assert _dates(_page(_release("2020-01-08T20:30:00Z", "9 January, 2020"))) == (JAN_9, None)
    assert _dates(_page(_release("2020-01-10T00:30:00+00:00", "January 9, 2020"))) == (JAN_9, None)


def test_time_in_utc_leaves_its_day_when_the_text_is_another() -> None:
    assert _dates(_page(_release("2020-01-08T20:30:00Z", "8 January, 2020"))) == (dt.date(2020, 1, 8), None)
    # a text two days away is not a zone's shift; a relative time states no day
    assert _dates(_page(_release("2020-01-08T20:30:00Z", "11 January, 2020"))) == (dt.date(2020, 1, 8), None)
    assert _dates(_page(_release("2020-01-08T20:30:00Z", "3 years ago"))) == (dt.date(2020, 1, 8), None)
    # an attribute with its own zone is the page's day already
    assert _dates(_page(_release("2020-01-09T09:30:00+13:00", "10 January, 2020"))) == (JAN_9, None)


# --- an og:title copying a <title> of " : " parts -------------------------------------------------------
_ITEM_TITLE = (
    "The Tarn River and its barges : a public lecture : Tarnton Historical Society : Free Download, Borrow, "
    "and Streaming : Internet Archive"
)


def test_og_title_copying_a_spaced_colon_title_is_stripped_as_it() -> None:
    head = f'<meta property="og:title" content="{_ITEM_TITLE}">'
    body = '<h1 class="item-title">The Tarn River and its barges : a public lecture</h1><p>A talk.</p>'
    found = _page(
        body, head=head, title=_ITEM_TITLE, url="https://archive.org/details/tarnton-river-barges-lecture"
    )
    assert found.title == "The Tarn River and its barges : a public lecture"


def test_og_title_of_its_own_with_a_spaced_colon_stays_whole() -> None:
    # French typography's " : " in an og:title that is not the <title>'s copy: the headline, whole
    head = '<meta property="og:title" content="Réforme des retraites : ce qui change le 1er janvier">'
    body = "<h1>Réforme des retraites : ce qui change le 1er janvier</h1><p>Texte.</p>"
    found = _page(body, head=head, title="Réforme des retraites : ce qui change le 1er janvier - Le Journal")
    assert found.title == "Réforme des retraites : ce qui change le 1er janvier"
