"""Rules added for the twenty-third held-out batch (docs/benchmarks.md, "Twenty-third batch"), each on small
strings, with what each must leave alone: a byline element marked as the modification does not set the zone
of the head's UTC times; a Tibetan-script Gregorian date; a byline's Unix time in an attribute; an Atom entry
document; a ``DC.publisher`` that is the cited work's publisher is not the site's name.

Known gaps left (none fails a held-out check): a yearless dateline (``MOSCOW, November 28. /TASS/.``) is not
read, as the year would be guessed; an Atom ``<feed>`` is a list of entries and is read as HTML; Bluesky's
noscript ``bsky_post_indexedat`` is not read (its ``article:published_time`` meta is)."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata, find_text_dates
from linkcheck.extract.core import _without_marked_updates
from linkcheck.extract.feeds import atom_document
from tests.test_extract_calendars_zones import TODAY, _dates, _page

TEXT = "<p>Text of the story, a sentence long enough to be read as prose.</p>" * 6


# --- a byline element marked as the modification ------------------------------------------------------------
UTC_HEAD = (
    '<title>Story - Site</title><meta property="og:title" content="Story">'
    '<meta property="article:published_time" content="2024-11-28T14:32:40+00:00">'
    '<meta property="article:modified_time" content="2024-11-29T10:05:12+00:00">'
)


@pytest.mark.parametrize(
    "byline",
    [
        # WordPress themes print the update's <time class="updated"> first (hidden by CSS).
        '<time class="updated" datetime="2024-11-29T10:05:12+00:00">29 November 2024</time>'
        '<time class="entry-date published" datetime="2024-11-28T14:32:40+00:00">28 November 2024</time>',
        '<span itemprop="dateModified">29 November 2024</span> <span>28 November 2024</span>',
    ],
)
def test_a_marked_update_does_not_set_the_zone(byline: str) -> None:
    html = _page(UTC_HEAD, f"<h1>Story</h1><div class='entry-meta'>{byline}</div>{TEXT}")
    assert _dates(html) == (dt.date(2024, 11, 28), dt.date(2024, 11, 29))


def test_an_unmarked_next_day_still_sets_the_zone() -> None:
    """The byline printing the next day with no mark of an update: the head's UTC time is in a zone ahead."""
    head = UTC_HEAD.replace("2024-11-28T14:32:40", "2024-11-28T20:32:40")
    html = _page(head, f"<h1>Story</h1><div class='byline'><span>29 November 2024</span></div>{TEXT}")
    assert _dates(html)[0] == dt.date(2024, 11, 29)


def test_what_marked_updates_leave() -> None:
    both = '<time class="entry-date published updated" datetime="2024-11-28">28 November 2024</time>'
    assert _without_marked_updates(both) == both  # a post never edited is marked as both
    assert _without_marked_updates("<p>updated on 29 November</p>") == "<p>updated on 29 November</p>"
    marked = (
        '<p><time class="updated">29 November 2024</time><time class="published">28 November 2024</time></p>'
    )
    assert "29 November" not in _without_marked_updates(marked)
    assert "28 November" in _without_marked_updates(marked)


# --- a Tibetan-script Gregorian date ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ཕྱི་ལོ་༢༠༢༤ ཟླ་༡༡ ཚེས་༢༨", dt.date(2024, 11, 28)),
        ("ཕྱི་ལོ་ ༢༠༢༤ ཟླ་ ༡༡ ཚེས་ ༢༡", dt.date(2024, 11, 21)),
        ("ཕྱི་ལོ་2022 ཟླ་3 ཚེས་12", dt.date(2022, 3, 12)),
        ("ཕྱི་ལོའི་༢༠༢༢ ཟླ་བ་༣ པའི་ ཚེས་༡༢", dt.date(2022, 3, 12)),
        # The lunar date before it is not read; the Western one after it is.
        ("ཤིང་ཕོ་འབྲུག་ལོའི་ ཟླ་༡༠ པའི་ ཚེས་༢༧ / ཕྱི་ལོ་༢༠༢༤ ཟླ་༡༡ ཚེས་༢༨", dt.date(2024, 11, 28)),
    ],
)
def test_tibetan_script_gregorian_date(text: str, expected: dt.date) -> None:
    assert [value for value, _s, _e in find_text_dates(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "ཤིང་ཕོ་འབྲུག་ལོའི་ ཟླ་༡༠ པའི་ ཚེས་༢༧",  # the Bhutanese lunar calendar: its year a name
        "བོད་རྒྱལ་ལོ་༢༡༥༡ ཟླ་༡༠ ཚེས་༢༧",  # a Tibetan royal year, not the Western one
        "ཕྱི་ལོ་༢༠༢༤ ཟླ་༡༣ ཚེས་༢༨",  # no thirteenth month in the Western calendar
        "ཕྱི་ལོ་༢༠༢༤ ལོར་ ཟླ་རེ་",  # words, no date
    ],
)
def test_what_is_not_a_tibetan_gregorian_date(text: str) -> None:
    assert list(find_text_dates(text)) == []


# --- a byline's Unix time in an attribute -------------------------------------------------------------------
BARE_HEAD = '<title>Story - Agency</title><meta property="og:title" content="Story">'


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="date"><dateformat time="1732786320" mode="abs"></dateformat></div>',
        '<span class="date" data-timestamp="1732786320000"></span>',
    ],
)
def test_a_bylines_unix_time_dates_an_undated_page(byline: str) -> None:
    html = _page(BARE_HEAD, f"<h1>Story</h1><p class='lead'>Lead.</p>{byline}{TEXT}")
    assert _dates(html) == (dt.date(2024, 11, 28), None)


@pytest.mark.parametrize(
    "body",
    [
        # A list of other stories before the headline, and one after it under its own heading.
        '<ul><li><a href="/a">Other</a><dateformat time="1732950420"></dateformat></li></ul><h1>Story</h1>'
        + TEXT,
        "<h1>Story</h1>" + TEXT + '<h3>Latest</h3><ul><li><span data-time="1732950420"></span></li></ul>',
        # A number that is no time, and an id attribute.
        '<h1>Story</h1><div data-views="1732786320" id="1732786320"></div>' + TEXT,
    ],
)
def test_what_no_bylines_unix_time_is(body: str) -> None:
    assert _dates(_page(BARE_HEAD, body))[0] is None


def test_a_dated_head_is_not_overruled_by_an_epoch() -> None:
    head = BARE_HEAD + '<meta property="article:published_time" content="2024-11-27T10:00:00+03:00">'
    html = _page(head, '<h1>Story</h1><span data-timestamp="1732786320"></span>' + TEXT)
    assert _dates(html)[0] == dt.date(2024, 11, 27)


# --- an Atom entry document ---------------------------------------------------------------------------------
ENTRY = """<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet type="text/xsl" href="/entry.xsl"?>
<entry xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>tag:blog.example,2024:/post</id>
  <title type="html">Why we moved &lt;em&gt;builds&lt;/em&gt; off Friday</title>
  <published>2024-11-28T14:32:00+01:00</published>
  <updated>2024-11-29T09:05:00+01:00</updated>
  <content type="html">&lt;p&gt;On 14 October 2024 we moved it.&lt;/p&gt;</content>
  SOURCE
</entry>
"""
SOURCE = "<source><title>Fenwick's Notes</title><updated>2024-11-30T06:00:00Z</updated></source>"


def test_an_atom_entry_document_is_read_as_its_page() -> None:
    body = ENTRY.replace("SOURCE", SOURCE).encode("utf-8")
    meta = extract_metadata(body, "https://planet.example/e/1.xml", {"Content-Type": "text/xml"}, today=TODAY)
    assert meta.title == "Why we moved builds off Friday"
    assert meta.published is not None
    assert meta.published.value == dt.date(2024, 11, 28)
    assert meta.modified is not None
    assert meta.modified.value == dt.date(2024, 11, 29)
    assert (meta.site_name, meta.language) == ("Fenwick's Notes", "en")


def test_an_atom_entry_without_source_or_published() -> None:
    text = ENTRY.replace("SOURCE", "").replace("<published>2024-11-28T14:32:00+01:00</published>", "")
    meta = extract_metadata(text, "https://blog.example/post.atom", today=TODAY)
    assert (meta.title, meta.published, meta.site_name) == ("Why we moved builds off Friday", None, None)
    assert meta.modified is not None
    assert meta.modified.value == dt.date(2024, 11, 29)


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        # escaped markup: its tags dropped, its character references read
        ('<title type="html">Q&amp;amp;A: &lt;em&gt;why&lt;/em&gt; we moved</title>', "Q&A: why we moved"),
        ('<title type="html">AT&amp;amp;T &amp;#8212; the deal</title>', "AT&T \u2014 the deal"),
        ("<title>Fish &amp; chips</title>", "Fish & chips"),
    ],
)
def test_an_atom_title_in_html_is_shown_as_its_text(title: str, shown: str) -> None:
    entry = atom_document(f'<entry xmlns="http://www.w3.org/2005/Atom">{title}</entry>')
    assert entry is not None
    assert entry.title == shown


@pytest.mark.parametrize(
    "text",
    [
        # RSS; an entry of another namespace; XHTML; broken XML (a feed: test_extract_twenty_fourth_batch.py).
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><item><title>Post</title>'
        "</item></channel></rss>",
        '<?xml version="1.0"?><entry xmlns="urn:example:other"><title>Post</title></entry>',
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Page</title></head>'
        "<body><p>The Atom namespace http://www.w3.org/2005/Atom and an &lt;entry tag.</p></body></html>",
        '<?xml version="1.0"?><entry xmlns="http://www.w3.org/2005/Atom"><title>Post</title>',
    ],
)
def test_what_is_not_an_atom_document(text: str) -> None:
    assert atom_document(text.split("?>", 1)[1]) is None


def test_an_entity_is_not_expanded() -> None:
    text = (
        '<!DOCTYPE entry [<!ENTITY x "Expanded">]><entry xmlns="http://www.w3.org/2005/Atom">'
        "<title>A &x; title</title></entry>"
    )
    entry = atom_document(text)
    assert entry is None or "Expanded" not in (entry.title or "")


# --- DC.publisher naming the cited work's publisher ---------------------------------------------------------
REPOSITORY_HEAD = (
    "<title>Salt marsh report - Northfield Research Repository</title>"
    '<meta name="DC.publisher" content="Northfield University, School of Geography">'
    '<meta name="citation_title" content="Salt marsh report">'
    '<meta name="citation_publication_date" content="2024/11/28">'
)
REPOSITORY_BODY = (
    '<div class="logo"><a href="/"><img alt="Northfield Research Repository" src="/logo.png"></a></div>'
    "<h1>Salt marsh report</h1>" + TEXT
)


def _site(head: str, body: str = REPOSITORY_BODY) -> str | None:
    return extract_metadata(
        _page(head, body), "https://eprints.northfield.example/id/eprint/1/", today=TODAY
    ).site_name


SCHOOL = 'content="Northfield University, School of Geography">'


@pytest.mark.parametrize("issuer", ["citation_technical_report_institution", "citation_publisher"])
def test_a_works_publisher_is_not_the_site_name(issuer: str) -> None:
    assert _site(f'{REPOSITORY_HEAD}<meta name="{issuer}" {SCHOOL}') == "Northfield Research Repository"


def test_dc_publisher_stays_the_site_name_otherwise() -> None:
    # No citation_* issuer naming it; another issuer; no citation_title at all.
    assert _site(REPOSITORY_HEAD) == "Northfield University, School of Geography"
    head = REPOSITORY_HEAD + '<meta name="citation_publisher" content="Coastal Press">'
    assert _site(head) == "Northfield University, School of Geography"
    head = REPOSITORY_HEAD.replace('name="citation_title"', 'name="description"') + (
        f'<meta name="citation_publisher" {SCHOOL}'
    )
    assert _site(head) == "Northfield University, School of Geography"
