"""Rules added for the thirty-first held-out batch (docs/benchmarks.md, "Thirty-first batch"), each on small
strings, with what each must leave alone: a Dublin Core date's scheme that names one of its refinements
(``dateSubmitted``, ``issued``) says which date it is, an encoding scheme (``W3CDTF``) does not; a JSON-LD
article that names another page by its URL lends that page's dates to none, once the page has an article of
its own; a wire's urgency label ("МОЛНИЯ:", "BREAKING:") at the head of a title is not the headline, while a
headline opening with the same word stays whole.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import extract_metadata
from linkcheck.extract.core import _dc_date_name, _urgency_rest
from tests.test_extract_calendars_zones import _page

TODAY = dt.date(2024, 11, 30)
PROSE = "<p>The substation was shut down for the winter and the circuit drained as designed.</p>" * 2


def _meta(html: str, url: str) -> tuple[str | None, dt.date | None, dt.date | None]:
    meta = extract_metadata(html, url, today=TODAY)
    return (
        meta.title,
        meta.published.value if meta.published else None,
        meta.modified.value if meta.modified else None,
    )


# --- Dublin Core date refinements in the scheme ----------------------------------------------------------
PATENT = "https://patents.example.org/patent/US10543210B2/en"


def _patent(metas: str) -> str:
    return _page(
        f"<title>Plate heat exchanger - Patent Search</title>{metas}", f"<h1>Plate heat exchanger</h1>{PROSE}"
    )


def test_a_filing_date_in_dc_date_is_not_the_publication() -> None:
    html = _patent(
        '<meta name="DC.date" content="2017-06-14" scheme="dateSubmitted">'
        '<meta name="DC.date" content="2020-01-28" scheme="issue">'
    )
    assert _meta(html, PATENT)[1] == dt.date(2020, 1, 28)


def test_an_encoding_scheme_leaves_dc_date_the_publication() -> None:
    """What the rule leaves: ``scheme="W3CDTF"`` says how the date is written, not which date it is."""
    html = _patent('<meta name="DC.date" content="2017-06-14" scheme="W3CDTF">')
    assert _meta(html, PATENT)[1] == dt.date(2017, 6, 14)


def test_dc_date_name() -> None:
    assert _dc_date_name("DC.date", "dateSubmitted") == "dc.date.datesubmitted"
    assert _dc_date_name("dcterms.date", "DCTERMS.issued") == "dc.date.issued"
    assert _dc_date_name("DC.date", "issue") == "dc.date.issued"  # Google Patents' spelling
    assert _dc_date_name("DC.date", "modified") == "dc.date.modified"
    assert _dc_date_name("DC.date", "W3CDTF") == "DC.date"  # an encoding scheme
    assert _dc_date_name("DC.date", "available") == "DC.date"  # made available: its publication
    assert _dc_date_name("DC.title", "dateSubmitted") == "DC.title"  # not a date


# --- a JSON-LD article naming another page ----------------------------------------------------------------
TWIN = "https://news.example.kz/ru/news/18342"


def _twins(own: str) -> str:
    other = (
        '{"@type":"NewsArticle","inLanguage":"kk","url":"https://news.example.kz/kk/news/18341",'
        '"headline":"Павлодарда үш жаңа жылыну пункті ашылады","datePublished":"2020-01-09T10:00:00+06:00",'
        '"dateModified":"2020-01-10T12:20:00+06:00"}'
    )
    head = (
        "<title>В Павлодаре откроют три пункта обогрева</title>"
        f'<link rel="canonical" href="{TWIN}">'
        f'<script type="application/ld+json">[{other},{own}]</script>'
    )
    return _page(head, f"<h1>В Павлодаре откроют три пункта обогрева</h1>{PROSE}", lang="ru")


def test_another_pages_article_does_not_date_this_one() -> None:
    own = (
        f'{{"@type":"NewsArticle","inLanguage":"ru","url":"{TWIN}",'
        '"headline":"В Павлодаре откроют три пункта обогрева","datePublished":"2020-01-09T11:15:00+06:00"}'
    )
    assert _meta(_twins(own), TWIN)[1:] == (dt.date(2020, 1, 9), None)


def test_a_page_without_an_article_of_its_own_still_reads_the_block() -> None:
    """What the rule leaves: with no article naming this page (a WebPage node only, no address), the
    best-ranked article is still the one read, as before (a page's own node often names no URL)."""
    own = '{"@type":"WebPage","name":"В Павлодаре откроют три пункта обогрева"}'
    assert _meta(_twins(own), TWIN)[1:] == (dt.date(2020, 1, 9), dt.date(2020, 1, 10))


def test_a_fragment_id_names_no_other_page() -> None:
    """What the rule leaves: ``"@id": "#webpage"`` (relative) is this page's own node: its dates count."""
    own = (
        f'{{"@type":"NewsArticle","url":"{TWIN}","headline":"В Павлодаре откроют три пункта обогрева",'
        '"datePublished":"2020-01-09T11:15:00+06:00"},'
        '{"@type":"WebPage","@id":"#webpage","dateModified":"2020-01-11T09:00:00+06:00"}'
    )
    head = (
        "<title>В Павлодаре откроют три пункта обогрева</title>"
        f'<link rel="canonical" href="{TWIN}"><script type="application/ld+json">[{own}]</script>'
    )
    html = _page(head, f"<h1>В Павлодаре откроют три пункта обогрева</h1>{PROSE}", lang="ru")
    assert _meta(html, TWIN)[1:] == (dt.date(2020, 1, 9), dt.date(2020, 1, 11))


# --- a wire's urgency label -------------------------------------------------------------------------------
FLASH = "https://wire.example.ru/mezhdunarodnaya-panorama/7491204"


def _flash(head_title: str, h1: str) -> str:
    head = f"<title>{head_title} - Агентство</title><meta property='og:title' content='{head_title}'>"
    return _page(head, f"<article><h1>{h1}</h1><div>9 января 2020, 11:42</div>{PROSE}</article>", lang="ru")


def test_a_flash_label_before_a_colon_is_not_the_headline() -> None:
    html = _flash(
        "МОЛНИЯ: ИРАК ВОЗОБНОВИЛ ПЕРЕГОВОРЫ", "<span class='label'>Молния</span> ИРАК ВОЗОБНОВИЛ ПЕРЕГОВОРЫ"
    )
    assert _meta(html, FLASH)[0] == "ИРАК ВОЗОБНОВИЛ ПЕРЕГОВОРЫ"


def test_a_headline_opening_with_the_word_stays_whole() -> None:
    """What the rule leaves: "Молния" as the headline's first word (lightning), with no punctuation after
    it and no other title that is the rest."""
    html = _flash("Молния ударила в телебашню в Самаре", "Молния ударила в телебашню в Самаре")
    assert _meta(html, FLASH)[0] == "Молния ударила в телебашню в Самаре"


def test_urgency_rest() -> None:
    assert _urgency_rest("МОЛНИЯ: ИРАК ВОЗОБНОВИЛ ПЕРЕГОВОРЫ", set()) == "ИРАК ВОЗОБНОВИЛ ПЕРЕГОВОРЫ"
    assert _urgency_rest("BREAKING | Storm closes port", set()) == "Storm closes port"
    assert _urgency_rest("Urgente: cierran el puerto", set()) == "cierran el puerto"
    assert _urgency_rest("Молния ИРАК ВОЗОБНОВИЛ", {"ирак возобновил"}) == "ИРАК ВОЗОБНОВИЛ"
    assert _urgency_rest("Молния ударила в телебашню", {"другой заголовок"}) is None
    assert _urgency_rest("Flashback: the 1998 default", set()) is None  # a word that only starts alike
    assert _urgency_rest("Flash floods close the valley road", set()) is None
    assert _urgency_rest("МОЛНИЯ:", set()) is None  # nothing after the label
