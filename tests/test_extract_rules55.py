"""Rules added for the fifty-fifth held-out batch (docs/benchmarks.md, "Fifty-fifth batch"), each on small
strings, with what each must leave alone: Belarusian months in the classical orthography (Taraškievica) and
isiXhosa's months are read between a day and a year; the footer of the block that holds the page's headline
(a BEM ``block__footer``: a release's "Updated" line) is the page's, where another block's footer is not; an
e-paper reader's label ("E-Paper") before or after the paper's name in the ``<title>`` is no part of the
site's name, when the page's logo states the name alone.
"""

from __future__ import annotations

import datetime as dt

from tests.extract_rules_harness import JAN_9, JAN_10
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import days as _days
from tests.extract_rules_harness import page as _page


# --- Taraškievica's and isiXhosa's months ------------------------------------------------------------------
def test_taraskievica_months_are_read_between_a_day_and_a_year() -> None:
    assert _days("16 сьнежня 2019, 14:05") == [dt.date(2019, 12, 16)]
    assert _days("Абноўлена: 3 верасьня 2021") == [dt.date(2021, 9, 3)]
    assert _days("9 траўня 2020") == [dt.date(2020, 5, 9)]
    assert _days("1 сьнежань 2022") == [dt.date(2022, 12, 1)]
    # the official spelling's months stay read
    assert _days("16 снежня 2019") == [dt.date(2019, 12, 16)]


def test_isixhosa_months_are_read_after_the_prefix_ngo() -> None:
    assert _days("Ipapashwe ngo-17 Okthobha 2019, 11:20") == [dt.date(2019, 10, 17)]
    assert _days("ngo-9 Janyuwari 2020") == [JAN_9]
    assert _days("3 Matshi 2021") == [dt.date(2021, 3, 3)]
    assert _days("12 Agasti 2022") == [dt.date(2022, 8, 12)]
    # a month word with no day beside it is no date
    assert _days("ukususela ngoJanuwari 2020") == []


def test_a_belarusian_page_is_dated_by_its_taraskievica_date() -> None:
    found = _page(
        '<header class="site-header"><span class="today">30 лістапада 2024</span></header>'
        '<h1>У Віцебску адкрылі музэй</h1><div class="info"><span class="date">16 сьнежня 2019, 14:05</span>'
        "</div><p>Тэкст.</p>",
        lang="be-tarask",
        title="У Віцебску адкрылі музэй | Наша Ніва",
    )
    assert _dates(found) == (dt.date(2019, 12, 16), None)


# --- the footer of the headline's block ---------------------------------------------------------------------
def _release(footer_class: str, block: str = "node-press-release") -> str:
    return (
        f'<div class="{block}"><h1>Man Sentenced for Fraud</h1>'
        "<p>Thursday, January 9, 2020</p><p>Text of the release.</p>"
        f'<div class="{footer_class}"><div>Press Release Number: 20-0109</div>'
        "<div>Updated January 10, 2020</div></div></div>"
    )


def test_the_footer_of_the_headlines_block_is_the_pages() -> None:
    assert _dates(_page(_release("node-press-release__footer"))) == (JAN_9, JAN_10)


def test_other_footers_stay_excluded() -> None:
    # a footer named for the site, another block or an element of a footer stays another container
    for klass in ("site-footer", "page__footer-links", "card__footer", "footer"):
        assert _dates(_page(_release(klass))) == (JAN_9, None), klass
    # a card's footer, beside the article, holds another page's day
    card = (
        '<div class="card"><h3>Other story</h3><div class="card__footer">Updated January 10, 2020</div></div>'
    )
    found = _page(
        '<div class="story"><h1>Man Sentenced for Fraud</h1><p>Thursday, January 9, 2020</p><p>Text.</p>'
        f"</div>{card}"
    )
    assert _dates(found) == (JAN_9, None)


# --- an e-paper's label beside the paper's name ------------------------------------------------------------
_EPAPER_BODY = (
    '<div class="toolbar"><a class="logo" href="/">Lausitzer Tageskurier</a> <span>E-Paper</span></div>'
    "<h1>Neue Buslinie verbindet Spremberg und Weißwasser</h1><p>Ausgabe vom 9. Januar 2020</p><p>Text.</p>"
)


def test_an_epaper_label_is_no_part_of_the_site_name() -> None:
    for title in (
        "E-Paper Lausitzer Tageskurier – Neue Buslinie verbindet Spremberg und Weißwasser",
        "Neue Buslinie verbindet Spremberg und Weißwasser | Lausitzer Tageskurier ePaper",
    ):
        found = _page(_EPAPER_BODY, title=title, lang="de")
        assert found.site_name == "Lausitzer Tageskurier", title
        assert found.title == "Neue Buslinie verbindet Spremberg und Weißwasser"


def test_a_name_with_paper_in_it_is_left_whole() -> None:
    # the logo does not state the shorter name: the label may be the name's own word
    body = _EPAPER_BODY.replace(">Lausitzer Tageskurier<", ">E-Paper Lausitzer Tageskurier<")
    found = _page(body, title="Neue Buslinie verbindet Spremberg | E-Paper Lausitzer Tageskurier", lang="de")
    assert found.site_name == "E-Paper Lausitzer Tageskurier"
    found = _page(
        '<a href="/">The Daily Paper</a><h1>Council votes</h1><p>9 January 2020</p>',
        title="Council votes | The Daily Paper",
    )
    assert found.site_name == "The Daily Paper"
