"""Rules added for the twenty-fourth held-out batch (docs/benchmarks.md, "Twenty-fourth batch"), each on
small strings, with what each must leave alone: an Atom feed document read as a listing; a live blog's page
named for one entry by its URL's query or fragment; a byline's yearless day setting the zone of the head's UTC
time; an update labelled with a time alone.

Known gaps left (none fails a held-out check): a yearless dateline (``MOSCOW, November 28. /TASS/.``) is still
not read: a careful reader takes a year only from what the page ties to the story (its URL's date, its head's
dates, a dated update), and each of those dates the page already, so the year would come from the fetch day,
a guess for an archive page; an update with a time alone is read only in a page whose head stated no date (the
byline read after the headline), not beside a head that dates the page; a live blog's entry named only by a
fragment is found when the fragment reaches the extractor (the checker fetches without it, as a browser does:
the query, ``?page=with:block-ID``, names the entry then); Bluesky's noscript ``bsky_post_indexedat`` is still
not read (its ``article:published_time`` meta is)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.feeds import atom_document
from tests.test_extract_calendars_zones import TODAY, _dates, _page

TEXT = "<p>Text of the story, a sentence long enough to be read as prose.</p>" * 6


# --- an Atom feed document ----------------------------------------------------------------------------------
FEED = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'
    '<title type="html">Field &amp;amp; River Notes</title><updated>2024-11-29T18:20:41+00:00</updated>'
    "<id>https://notes.example/feed.xml</id>"
    "<entry><title>Gauging the Teme</title><published>2024-11-28T18:20:00+00:00</published>"
    "<updated>2024-11-28T18:20:00+00:00</updated></entry>"
    "<entry><title>Ice on the Sheksna</title><published>2024-11-20T09:05:00+00:00</published></entry></feed>"
)


def test_an_atom_feed_is_read_as_a_listing() -> None:
    meta = extract_metadata(
        FEED.encode(), "https://notes.example/feed.xml", {"Content-Type": "application/xml"}, today=TODAY
    )
    assert (meta.title, meta.site_name, meta.language) == ("Field & River Notes", "Field & River Notes", "en")
    assert meta.published is None  # a feed is not published once: its entries are
    assert meta.modified is not None
    assert meta.modified.value == dt.date(2024, 11, 29)


def test_an_atom_feed_served_without_a_declaration() -> None:
    text = FEED.split("?>", 1)[1]
    meta = extract_metadata(text, "https://notes.example/atom", today=TODAY)
    assert meta.title == "Field & River Notes"
    assert meta.published is None


def test_an_atom_feed_without_a_title_or_updated() -> None:
    doc = atom_document('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Post</title></entry></feed>')
    assert doc is not None
    assert (doc.title, doc.published, doc.updated, doc.source_title) == (None, None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        # RSS; a <feed> of another namespace; XHTML naming Atom; broken XML.
        '<rss version="2.0"><channel><title>Blog</title><item><title>Post</title></item></channel></rss>',
        '<feed xmlns="urn:example:other"><title>Blog</title></feed>',
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Page</title></head>'
        "<body><p>The Atom namespace http://www.w3.org/2005/Atom and a &lt;feed tag.</p></body></html>",
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>',
    ],
)
def test_what_is_not_an_atom_feed(text: str) -> None:
    assert atom_document(text) is None


# --- a live blog's page named for one entry -----------------------------------------------------------------
BLOG = "https://www.herald.example/uk/live/2024/nov/27/storm-live"
NAMED = f"{BLOG}?page=with:block-b2#block-b2"


def _blog_page(updates: list[tuple[str, str, str]], blog_url: str = BLOG) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "url": blog_url,
        "headline": "Storm: flood warnings stay in place - live",
        "datePublished": "2024-11-27T07:00:00Z",
        "dateModified": "2024-11-28T19:15:00Z",
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": headline, "url": url, "datePublished": when}
            for headline, url, when in updates
        ],
    }
    head = (
        "<title>Storm: flood warnings stay in place - live | Herald</title>"
        '<meta property="og:title" content="Storm: flood warnings stay in place - live">'
        f'<meta property="og:url" content="{BLOG}"><link rel="canonical" href="{BLOG}">'
        '<meta property="article:published_time" content="2024-11-27T07:00:00Z">'
        '<meta property="article:modified_time" content="2024-11-29T08:00:00Z">'
        f'<script type="application/ld+json">{json.dumps(data)}</script>'
    )
    return _page(head, f"<h1>Storm: flood warnings stay in place - live</h1>{TEXT}")


UPDATES = [
    ("Welcome to our coverage", f"{BLOG}?page=with:block-b1#block-b1", "2024-11-27T07:02:00Z"),
    ("Boil-water notice lifted in Shrewsbury", f"{BLOG}?page=with:block-b2#block-b2", "2024-11-28T19:15:00Z"),
    ("River expected to peak overnight", f"{BLOG}?page=with:block-b3#block-b3", "2024-11-28T16:48:00Z"),
]


@pytest.mark.parametrize(
    "url",
    [NAMED, f"{BLOG}?page=with:block-b2", f"{BLOG}#block-b2"],
    ids=["query-and-fragment", "query", "fragment"],
)
def test_a_live_blog_named_for_an_entry_is_the_entry(url: str) -> None:
    meta = extract_metadata(_blog_page(UPDATES), url, today=TODAY)
    assert meta.title == "Boil-water notice lifted in Shrewsbury"
    assert (meta.published.value if meta.published else None) == dt.date(2024, 11, 28)
    assert meta.modified is None  # the head's modification is the blog's


def test_the_live_blog_at_its_own_address_keeps_its_own_title_and_dates() -> None:
    meta = extract_metadata(_blog_page(UPDATES), BLOG, today=TODAY)
    assert meta.title == "Storm: flood warnings stay in place - live"
    assert _dates(_blog_page(UPDATES), BLOG) == (dt.date(2024, 11, 27), dt.date(2024, 11, 28))


@pytest.mark.parametrize(
    "url",
    [
        f"{BLOG}?utm_source=newsletter",  # a query naming no entry
        f"{BLOG}#comments",  # a fragment naming no entry
    ],
)
def test_a_query_or_fragment_naming_no_entry_is_the_blog(url: str) -> None:
    meta = extract_metadata(_blog_page(UPDATES), url, today=TODAY)
    assert meta.title == "Storm: flood warnings stay in place - live"


def test_two_entries_named_alike_name_none() -> None:
    twice = [*UPDATES, ("A second post at the same anchor", f"{BLOG}#block-b2", "2024-11-28T20:00:00Z")]
    meta = extract_metadata(_blog_page(twice), f"{BLOG}#block-b2", today=TODAY)
    assert meta.title == "Storm: flood warnings stay in place - live"


# --- a byline's yearless day sets the zone of the head's UTC time -------------------------------------------
def _utc_page(stamp: str, byline: str, lang: str = "ru") -> str:
    head = (
        "<title>Пастила по старому рецепту | Канал | Дзен</title>"
        '<meta property="og:title" content="Пастила по старому рецепту">'
        f'<script type="application/ld+json">{{"@type":"Article","headline":"Пастила по старому рецепту",'
        f'"datePublished":"{stamp}"}}</script>'
    )
    return _page(head, f"<h1>Пастила по старому рецепту</h1><div class='info'>{byline}</div>{TEXT}", lang)


@pytest.mark.parametrize(
    ("stamp", "byline", "day"),
    [
        ("2024-11-28T21:30:00.000Z", "<div>29 ноября</div><div>3,8 тыс прочитали · 4 мин</div>", 29),
        ("2024-11-28T21:30:00.000Z", "<span>4 мин</span> <span>29 ноября</span>", 29),  # a count first
        ("2024-11-29T02:30:00.000Z", "<div>28 ноября</div>", 28),  # a zone behind UTC
        ("2024-11-29T02:30:00.000Z", "<div>28. 11.</div>", 28),  # day and month in digits
    ],
)
def test_a_yearless_byline_day_sets_the_zone(stamp: str, byline: str, day: int) -> None:
    assert _dates(_utc_page(stamp, byline))[0] == dt.date(2024, 11, day)


def test_a_yearless_byline_day_across_the_new_year() -> None:
    html = _utc_page("2023-12-31T22:10:00Z", "<div>1 января</div>")
    assert _dates(html, "https://dzen.example/a/x")[0] == dt.date(2024, 1, 1)


@pytest.mark.parametrize(
    "byline",
    [
        "<div>28 ноября</div>",  # UTC's own day
        "<div>27 ноября</div>",  # a day no zone reaches
        # A time printed with it: the clock decides, not the day (14:30 on the 29th is no zone's 21:30 UTC;
        # "29 ноября, 00:30" is Moscow's, read since the twenty-fifth batch).
        "<div>29 ноября, 14:30</div>",
        "<div>Обновлено 29 ноября</div>",  # an update's day
        "<div>3,8 тыс прочитали · 4 мин</div>",  # no day at all
    ],
)
def test_what_a_yearless_byline_leaves(byline: str) -> None:
    assert _dates(_utc_page("2024-11-28T21:30:00.000Z", byline))[0] == dt.date(2024, 11, 28)


# --- an update labelled with a time alone -------------------------------------------------------------------
def _byline_page(byline: str, lang: str = "ru") -> str:
    head = "<title>Паром закрылся до весны - Новости - Неделя</title>"
    return _page(head, f"<h1>Паром закрылся до весны</h1><div class='info'>{byline}</div>{TEXT}", lang)


@pytest.mark.parametrize(
    ("byline", "lang"),
    [
        ("<span>28 ноября 2024, 14:05</span> <span>Обновлено в 18:40</span>", "ru"),
        ("<span>28 ноября 2024, 14:05</span> <span>Обновлено: 18:40</span>", "ru"),
        ("<span>November 28, 2024 2:05 pm</span> <span>Updated at 6:40 pm</span>", "en"),
        ("<span>28 November 2024</span> <span>Updated 18:40</span>", "en"),
    ],
)
def test_an_update_with_a_time_alone_is_the_same_day(byline: str, lang: str) -> None:
    assert _dates(_byline_page(byline, lang)) == (dt.date(2024, 11, 28), dt.date(2024, 11, 28))


@pytest.mark.parametrize(
    ("byline", "lang"),
    [
        # The update's time before the publication's: it may be the next day's.
        ("<span>28 ноября 2024, 23:50</span> <span>Обновлено в 00:20</span>", "ru"),
        # A date after the time: the labelled date is the update's (read by the other rules, or left).
        ("<span>28 ноября 2024, 14:05</span> <span>Обновлено в 18:40, 29 ноября</span>", "ru"),
        # No label: a time alone is no update.
        ("<span>28 ноября 2024, 14:05</span> <span>в 18:40</span>", "ru"),
        # A label with a number that is no time.
        ("<span>28 November 2024</span> <span>Updated 3 times</span>", "en"),
    ],
)
def test_what_a_time_alone_leaves(byline: str, lang: str) -> None:
    published, modified = _dates(_byline_page(byline, lang))
    assert published == dt.date(2024, 11, 28)
    assert modified != dt.date(2024, 11, 28)
