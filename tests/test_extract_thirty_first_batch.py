"""Rules added for the thirty-first held-out batch (docs/benchmarks.md, "Thirty-first batch"), each on small
strings, with what each must leave alone: a Dublin Core date's scheme that names one of its refinements
(``dateSubmitted``, ``issued``) says which date it is, an encoding scheme (``W3CDTF``) does not; a JSON-LD
article that names another page by its URL lends that page's dates to none, once the page has an article of
its own; a wire's urgency label ("МОЛНИЯ:", "BREAKING:") at the head of a title is not the headline, while a
headline opening with the same word stays whole; a document's number before its title ("US10543210B2 - Title")
gives way to a title meta that states the title alone; a live feed's entries inside the headline's
``<article>``, each a ``<time>`` showing a clock time alone, date its last update on the day their shown times
fall on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.core import (
    _DOCUMENT_NUMBER,
    _URGENCY_LABELS,
    _dc_date_name,
    _live_feed_modified,
    _urgency_rest,
)
from linkcheck.models import ExtractedDate
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


@pytest.mark.parametrize("label", _URGENCY_LABELS)
def test_every_label_is_dropped_from_a_page_title(label: str) -> None:
    """Every label, as wires write it (capitals, first capital, lower case), is dropped from a page's title:
    the cheap pre-test on a title's first letters lets each through to the pattern."""
    for written in (label.upper(), label.capitalize(), label):
        html = _flash(f"{written}: Storm closes the port", f"{written}: Storm closes the port")
        assert _meta(html, FLASH)[0] == "Storm closes the port", written


# --- a document's number before its title ----------------------------------------------------------------
def _numbered(dc_title: str) -> str:
    head = (
        "<title>US10543210B2 - Plate heat exchanger with a drain - Patent Search</title>"
        "<meta property='og:title' content='US10543210B2 - Plate heat exchanger with a drain'>"
        f"{dc_title}<meta property='og:site_name' content='Patent Search'>"
    )
    return _page(head, f"<h1>US10543210B2 - Plate heat exchanger with a drain</h1>{PROSE}")


def test_a_documents_number_gives_way_to_the_title_alone() -> None:
    html = _numbered("<meta name='DC.title' content='Plate heat exchanger with a drain'>")
    assert _meta(html, PATENT)[0] == "Plate heat exchanger with a drain"


def test_a_number_no_other_title_drops_stays() -> None:
    """What the rule leaves: with no title stating the rest alone, the numbered title is the page's."""
    assert _meta(_numbered(""), PATENT)[0] == "US10543210B2 - Plate heat exchanger with a drain"


def test_document_number() -> None:
    assert _DOCUMENT_NUMBER.match("us10543210b2 - plate heat exchanger")
    assert _DOCUMENT_NUMBER.match("ep3456789a1: method of drying grain")
    assert _DOCUMENT_NUMBER.match("wo2019123456a1 - a valve")
    assert not _DOCUMENT_NUMBER.match("a380 - the last flight")  # a model's name: few digits
    assert not _DOCUMENT_NUMBER.match("covid-19 - what we know")
    assert not _DOCUMENT_NUMBER.match("us10543210b2")  # a number alone: nothing after it


# --- a live feed's last update from its entries' shown times ----------------------------------------------
LIVE = "https://news.example.lv/statja/snegopad-onlayn.a344120/"


def _feed(entries: str, *, article: bool = True) -> str:
    head = (
        "<title>Снегопад: онлайн-хроника</title>"
        "<meta property='article:published_time' content='2020-01-09T07:50:00+02:00'>"
    )
    body = f"<h1>Снегопад: онлайн-хроника</h1><p>Хроника обновляется.</p>{entries}{PROSE}"
    return _page(head, f"<article>{body}</article>" if article else f"<div>{body}</div>", lang="ru")


ENTRIES = (
    '<div><time datetime="2020-01-09T22:35:00Z">00:35</time><h3>Движение восстановлено</h3></div>'
    '<div><time datetime="2020-01-09T19:10:00Z">21:10</time><h3>Такси поднимает тарифы</h3></div>'
)


def test_a_live_feeds_entries_date_its_last_update() -> None:
    assert _meta(_feed(ENTRIES), LIVE)[1:] == (dt.date(2020, 1, 9), dt.date(2020, 1, 10))


def test_one_timed_entry_or_no_article_is_no_feed() -> None:
    """What the rule leaves: one clock-timed ``<time>`` (an embedded post's), entries showing dates (a
    related list), and times outside an ``<article>`` holding the headline (a sidebar's feed)."""
    one = '<div><time datetime="2020-01-09T22:35:00Z">00:35</time><h3>Движение восстановлено</h3></div>'
    assert _meta(_feed(one), LIVE)[2] is None
    dated = ENTRIES.replace(">00:35<", ">10.01.2020<").replace(">21:10<", ">09.01.2020<")
    assert _meta(_feed(dated), LIVE)[2] is None
    assert _meta(_feed(ENTRIES, article=False), LIVE)[2] is None


def test_a_page_not_called_live_is_not_read_for_a_feed() -> None:
    """What the rule leaves: a story whose title does not call it a live feed (its timed list is an
    itinerary, a programme), however its entries are marked up."""
    html = _feed(ENTRIES).replace("Снегопад: онлайн-хроника", "Снегопад парализовал Ригу")
    assert _meta(html, LIVE)[2] is None


def test_live_feed_modified() -> None:
    published = ExtractedDate(dt.date(2020, 1, 9), "opengraph", None)
    today = dt.date(2024, 11, 30)
    html = f"<article><h1>Live</h1>{ENTRIES}</article>"
    assert _live_feed_modified(html, 9, published, today) == ExtractedDate(dt.date(2020, 1, 10), "time", None)
    # Entries on the publication's own day: no later update to report.
    same_day = ENTRIES.replace("22:35:00Z", "18:35:00Z").replace(">00:35<", ">20:35<")
    assert _live_feed_modified(f"<article><h1>Live</h1>{same_day}</article>", 9, published, today) is None
    # A shown time west of UTC: 23:10 in New York is 04:10 UTC the next day, still the 9th where shown.
    west = (
        '<time datetime="2020-01-10T04:10:00Z">23:10</time><time datetime="2020-01-09T20:00:00Z">15:00</time>'
    )
    assert _live_feed_modified(f"<article><h1>Live</h1>{west}</article>", 9, published, today) is None
