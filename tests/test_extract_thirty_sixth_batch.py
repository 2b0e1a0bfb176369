"""Rules added for the thirty-sixth held-out batch (docs/benchmarks.md, "Thirty-sixth batch"), each on small
strings, with what each must leave alone: Ukrainian months abbreviated as CLDR writes them ("09 січ.
2020"); Crimean Tatar's circumflexed autumn months ("14 oktâbr 2019"); and an official publication's date
as a record's field names it ("Дата официального опубликования"), before an act's signing date.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import extract_metadata
from linkcheck.extract import tables as T
from linkcheck.extract.dates import find_text_dates

TODAY = dt.date(2024, 11, 30)
URL = "https://news.example.org/news/18420"


def _dates(text: str) -> list[dt.date]:
    return [value for value, _start, _end in find_text_dates(text)]


def _day(value: object) -> dt.date | None:
    return getattr(value, "value", None)


# --- Ukrainian abbreviated months -------------------------------------------------------------------------
def test_ukrainian_abbreviated_months() -> None:
    assert _dates("09 січ. 2020, 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("Субота, 30 лист. 2024") == [dt.date(2024, 11, 30)]
    assert _dates("3 квіт. 2021") == [dt.date(2021, 4, 3)]
    assert _dates("1 вер 2019") == [dt.date(2019, 9, 1)]


def test_ukrainian_full_months_and_other_abbreviations_as_they_were() -> None:
    """The full names still read; an abbreviation that is no month ("тис.", thousand) does not."""
    assert _dates("Оновлено: 10 січня 2020") == [dt.date(2020, 1, 10)]
    assert _dates("12 тис. 2020 року") == []


def _ukrainian(meta_line: str) -> str:
    return (
        '<html lang="uk"><head><title>В Одесі відкрили новий термінал — Вісник</title></head><body>'
        '<div class="topbar">Субота, 30 лист. 2024</div>'
        f'<h1>В Одесі відкрили новий термінал</h1><div class="meta">{meta_line}</div>'
        "<p>У морському порту Одеси відкрили новий пасажирський термінал.</p></body></html>"
    )


def test_a_byline_in_abbreviated_ukrainian_months_dates_the_page() -> None:
    page = _ukrainian("<span>09 січ. 2020, 14:05</span> <span>Оновлено: 10 січ. 2020, 09:30</span>")
    meta = extract_metadata(page, URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)
    assert _day(meta.modified) == dt.date(2020, 1, 10)


def test_a_byline_without_an_update_is_not_modified() -> None:
    meta = extract_metadata(_ukrainian("<span>09 січ. 2020, 14:05</span>"), URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)
    assert meta.modified is None


# --- Crimean Tatar ----------------------------------------------------------------------------------------
def test_crimean_tatar_circumflexed_months() -> None:
    assert _dates("14 oktâbr 2019, 14:05") == [dt.date(2019, 10, 14)]
    assert _dates("2 sentâbr 2020") == [dt.date(2020, 9, 2)]


def test_other_latin_turkic_months_and_words_as_they_were() -> None:
    """Uzbek's and Azerbaijani's spellings still read; a circumflexed word that is no month does not."""
    assert _dates("21 sentabr 2022") == [dt.date(2022, 9, 21)]
    assert _dates("5 oktyabr 2021") == [dt.date(2021, 10, 5)]
    assert _dates("14 kâtip 2019") == []


# --- an official publication's date -----------------------------------------------------------------------
def test_an_official_publications_date_field_is_a_publication_label() -> None:
    for label in (
        "Номер | 712 | Дата официального опубликования | ",
        "Дата опубликования: ",
        "Дата офіційного опублікування: ",
        "| Дата оприлюднення | ",
        "Дата афіцыйнага апублікавання: ",
    ):
        assert T.TEXT_PUBLISHED_PREFIX_RE.search(T.label_case(label)), label


def test_other_dates_of_an_act_are_no_publication_label() -> None:
    for label in ("Дата вступления в силу: ", "Дата подписания | ", "направлено для опубликования "):
        assert not T.TEXT_PUBLISHED_PREFIX_RE.search(T.label_case(label)), label


def _act(rows: str) -> str:
    name = "Постановление Правительства от 31 декабря 2019 года № 712 «О мерах по развитию электротранспорта»"
    return (
        f'<html lang="ru"><head><title>{name} | Правовой портал</title></head><body>'
        f"<h1>{name}</h1><table>{rows}</table>"
        "<p>В целях развития общественного электротранспорта Правительство постановляет:</p></body></html>"
    )


def test_a_legal_portals_publication_row_dates_the_act_not_its_signing() -> None:
    rows = (
        "<tr><th>Дата подписания</th><td>31.12.2019</td></tr><tr><th>Номер</th><td>712</td></tr>"
        "<tr><th>Дата официального опубликования</th><td>09.01.2020</td></tr>"
        "<tr><th>Дата вступления в силу</th><td>20.01.2020</td></tr>"
    )
    meta = extract_metadata(_act(rows), "https://pravo.example.kg/document/view/0001", today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)
    assert meta.modified is None


def test_an_act_without_a_publication_row_is_read_as_before() -> None:
    """Without the publication's row the signing, the first date under the name, dates the page as before."""
    rows = "<tr><th>Дата подписания</th><td>31.12.2019</td></tr><tr><th>Номер</th><td>712</td></tr>"
    meta = extract_metadata(_act(rows), "https://pravo.example.kg/document/view/0001", today=TODAY)
    assert _day(meta.published) == dt.date(2019, 12, 31)
