"""Rules added for the thirty-third held-out batch (docs/benchmarks.md, "Thirty-third batch"), each on small
strings, with what each must leave alone: Belarusian dates and update labels in Łacinka, the Latin alphabet
("9 studzienia 2020", "Abnoŭlena"); and an image page whose head titles only its section ("Инфографика -
ТАСС"), its own title the ``alt`` of its figure's image.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import extract_metadata
from linkcheck.extract import tables as T
from linkcheck.extract.dates import find_text_dates

TODAY = dt.date(2024, 11, 30)
URL = "https://news.example.org/graphics/18420"


def _dates(text: str) -> list[dt.date]:
    return [value for value, _start, _end in find_text_dates(text)]


# --- Belarusian in Łacinka ----------------------------------------------------------------------------------
def test_lacinka_months() -> None:
    assert _dates("9 studzienia 2020, 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("12 traŭnia 2021") == [dt.date(2021, 5, 12)]
    assert _dates("1 vieraśnia 2019") == [dt.date(2019, 9, 1)]
    assert _dates("3 sniežnia 2022") == [dt.date(2022, 12, 3)]


def test_months_of_other_languages_keep_their_numbers() -> None:
    """What the table leaves: Polish "luty" is February in both languages, Polish "lipca" July, Croatian
    "lipnja" June (not Łacinka "lipienia", July), Polish "listopada" November."""
    assert _dates("12 luty 2022") == [dt.date(2022, 2, 12)]
    assert _dates("12 lipca 2022") == [dt.date(2022, 7, 12)]
    assert _dates("12. lipnja 2022.") == [dt.date(2022, 6, 12)]
    assert _dates("12 lipienia 2022") == [dt.date(2022, 7, 12)]
    assert _dates("12 listopada 2022") == [dt.date(2022, 11, 12)]


def test_lacinka_update_label() -> None:
    assert T.TEXT_MODIFIED_PREFIX_MORE_RE.search("abnoŭlena ")
    html = (
        "<html><head><title>U Pinsku adnaviać vadakačku</title></head>"
        "<body><h1>U Pinsku adnaviać vadakačku</h1>"
        "<div>9 studzienia 2020, 14:05 · Abnoŭlena 10 studzienia 2020, 09:30</div>"
        "<p>Haradskija ŭłady vyrašyli adnavić vadakačku pačatku stahoddzia kala rečyšča.</p></body></html>"
    )
    meta = extract_metadata(html, URL, today=TODAY)
    assert meta.published is not None
    assert meta.published.value == dt.date(2020, 1, 9)
    assert meta.modified is not None
    assert meta.modified.value == dt.date(2020, 1, 10)


def test_a_lacinka_date_without_the_label_is_no_update() -> None:
    """What the label leaves: a second date in the text, unlabelled, is not the page's modification."""
    html = (
        "<html><head><title>U Pinsku adnaviać vadakačku</title></head>"
        "<body><h1>U Pinsku adnaviać vadakačku</h1>"
        "<div>9 studzienia 2020, 14:05</div>"
        "<p>Rabory pačnucca i musiać skončycca da 1 vieraśnia 2020 hoda.</p></body></html>"
    )
    meta = extract_metadata(html, URL, today=TODAY)
    assert meta.published is not None
    assert meta.published.value == dt.date(2020, 1, 9)
    assert meta.modified is None


# --- an image page titled by its figure ---------------------------------------------------------------------
_ALT = "Air defence systems compared: range and radar"


def _image_page(og_title: str, heading: str = "", nav: str = "Graphics", figure: bool = True) -> str:
    image = f'<figure><img src="/g/1.png" alt="{_ALT}"><figcaption>Source: open data</figcaption></figure>'
    return (
        f'<html><head><title>{og_title} - Example News</title><meta property="og:title" content="{og_title}">'
        '<meta property="og:site_name" content="Example News"></head><body>'
        f'<nav><a href="/">Home</a> <a href="/graphics">{nav}</a></nav>{heading}'
        f"<div>9 January 2020</div>{image if figure else '<p>A graph.</p>'}</body></html>"
    )


def test_a_section_named_head_yields_to_the_figure_alt() -> None:
    meta = extract_metadata(_image_page("Graphics"), URL, today=TODAY)
    assert meta.title == _ALT
    assert meta.title_source == "figure"


def test_a_one_word_headline_is_kept() -> None:
    """What the rule leaves: a short head title that no link states (a one-word headline) stays."""
    meta = extract_metadata(_image_page("Impeachment"), URL, today=TODAY)
    assert meta.title == "Impeachment"


def test_a_page_with_a_heading_or_without_a_figure_keeps_its_title() -> None:
    """What the rule leaves: a heading titles the page; without a figure there is no alt to read."""
    with_heading = _image_page("Graphics", heading="<h1>Graphics</h1><h2>Range and radar</h2>")
    assert extract_metadata(with_heading, URL, today=TODAY).title != _ALT
    assert extract_metadata(_image_page("Graphics", figure=False), URL, today=TODAY).title == "Graphics"


# --- a shouted one-word heading that the <title> opens ------------------------------------------------------
def _shout_page(title: str, h1: str) -> str:
    return (
        f'<html lang="de"><head><title>{title}</title></head><body><h1>{h1}</h1>'
        "<p>Beim Versuch, die Seite abzurufen, ist ein Fehler aufgetreten.</p></body></html>"
    )


def test_a_shouted_label_yields_to_the_whole_title_tag() -> None:
    title = "FEHLER: Der angeforderte URL konnte nicht abgerufen werden"
    meta = extract_metadata(_shout_page(title, "FEHLER"), URL, today=TODAY)
    assert meta.title == title
    assert meta.title_source == "title-tag"


def test_a_one_word_headline_or_a_short_suffix_is_kept() -> None:
    """What the rule leaves: a one-word h1 not in capitals keeps the vote; a shout whose ``<title>`` adds
    only a short suffix or the site's name is the title."""
    word = extract_metadata(_shout_page("Impeachment: what the vote means for March", "Impeachment"), URL)
    assert word.title == "Impeachment"
    assert extract_metadata(_shout_page("FEHLER: Example Proxy", "FEHLER"), URL).title == "FEHLER"
