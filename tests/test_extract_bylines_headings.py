"""Rules added for the eighth held-out batch (docs/benchmarks.md, "Eighth batch"), each on small HTML
strings: Azerbaijani, Armenian, Icelandic and Albanian months and update labels; a date right above the
headline before a date further into a short story; an error page's heading as its title; an h2 that
repeats the whole ``<title>`` beside an h1 that names a collection; the byline of a page without an h1; a
byline that prints only the day, one off the head's UTC stamp; "originally published at SITE on DATE"; a
"Page last updated" line."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata, find_text_dates
from linkcheck.extract.core import _prints_number
from linkcheck.extract.dates import zone_for_day
from linkcheck.soft404 import is_error_title, soft_404_signal
from tests.test_extract_calendars_zones import TODAY, URL, _dates, _page

UTC = dt.timezone.utc


# --- month names and update labels --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 oktyabr 2021", dt.date(2021, 10, 5)),  # Azerbaijani
        ("12 avqust 2022, 11:47", dt.date(2022, 8, 12)),
        ("14:35, 12 Մարտ 2022", dt.date(2022, 3, 12)),  # Armenian, capitalised
        ("2 դեկտեմբերի 2021", dt.date(2021, 12, 2)),  # and the genitive
        ("21. júní 2023 kl. 12:04", dt.date(2023, 6, 21)),  # Icelandic
        ("3. ágúst 2020", dt.date(2020, 8, 3)),
        ("12 nëntor 2022 14:30", dt.date(2022, 11, 12)),  # Albanian
        ("1 qershor 2021", dt.date(2021, 6, 1)),
    ],
)
def test_more_month_names(text: str, expected: dt.date) -> None:
    assert [d for d, _, _ in find_text_dates(text)] == [expected]


@pytest.mark.parametrize(
    ("label", "lang"),
    [
        ("Uppfært", "is"),
        ("Artiklit uuendatud:", "et"),  # the label was known, its stem was not looked for in a byline
        ("Përditësuar:", "sq"),
        ("Yenilənib:", "az"),
    ],
)
def test_update_labels_in_a_byline_under_a_head_without_an_update(label: str, lang: str) -> None:
    head = (
        "<title>Headline of the story</title>"
        '<meta property="article:published_time" content="2022-03-12T10:21:00+02:00">'
    )
    body = (
        "<h1>Headline of the story</h1>"
        f'<div class="byline">12.03.2022 10:21 <span>{label} 13.03.2022 14:02</span></div><p>Text.</p>'
    )
    assert _dates(_page(head, body, lang)) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))


# --- where the date is --------------------------------------------------------------------------------------
def test_a_date_right_above_the_headline_comes_before_a_list_after_a_short_story() -> None:
    """A date within a byline's reach above the headline comes before one past that reach after it (a date
    within reach after it, a byline's, still comes first)."""
    story = "The council approved the programme today. " * 6
    body = (
        '<div class="meta"><span class="date">14:35, 12 March 2022</span></div>'
        "<h1>Council approves the roof repairs</h1>"
        f"<div><p>{story}</p></div>"
        '<div class="more"><h3>More news</h3><span>10:20, 30 November 2024</span> <a href="/x">Snow</a></div>'
    )
    assert _dates(_page("<title>Council approves the roof repairs</title>", body))[0] == dt.date(2022, 3, 12)
    # Without the date above it, the nearest after the headline still dates the page.
    lonely = body.replace("14:35, 12 March 2022", "")
    assert _dates(_page("<title>Council approves the roof repairs</title>", lonely))[0] == TODAY


def test_the_byline_of_a_page_without_an_h1_follows_the_heading_that_is_og_title() -> None:
    head = (
        "<title>Water board approves meters - Pakistan - Site</title>"
        '<meta property="og:title" content="Water board approves meters">'
        '<meta property="article:published_time" content="2022-03-12T20:15:44+05:00">'
    )
    body = (
        '<h2 class="story__title"><a href="/news/1">Water board approves meters</a></h2>'
        '<div class="byline">Published <span>March 12, 2022</span> '
        "<span>Updated <span>March 13, 2022 09:10am</span></span></div><p>Text.</p>"
    )
    assert _dates(_page(head, body)) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))
    # The og:title only inside an attribute or a longer text is no heading: nothing is read.
    other = body.replace("Water board approves meters</a>", "Water board approves meters, officials say</a>")
    assert _dates(_page(head, other)) == (dt.date(2022, 3, 12), None)


# --- a byline that prints only the day ----------------------------------------------------------------------
def test_zone_for_day() -> None:
    stamp = dt.datetime(2022, 3, 13, 2, 40, tzinfo=UTC)
    zone = zone_for_day(stamp, dt.date(2022, 3, 12))
    assert zone is not None
    assert stamp.astimezone(zone).date() == dt.date(2022, 3, 12)
    assert dt.timedelta(hours=-12) <= zone.utcoffset(None) < dt.timedelta(hours=-2, minutes=-40)
    asia = dt.datetime(2022, 3, 12, 19, 12, tzinfo=UTC)
    zone = zone_for_day(asia, dt.date(2022, 3, 13))
    assert zone is not None
    assert asia.astimezone(zone).date() == dt.date(2022, 3, 13)
    assert zone_for_day(dt.datetime(2022, 3, 13, 13, 0, tzinfo=UTC), dt.date(2022, 3, 12)) is None  # no zone
    assert zone_for_day(dt.datetime(2022, 3, 12, 9, 0, tzinfo=UTC), dt.date(2022, 3, 13)) is None
    assert zone_for_day(stamp, dt.date(2022, 3, 13)) is None  # its own day
    assert zone_for_day(stamp, dt.date(2022, 3, 10)) is None


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("12 de marzo de 2022", (dt.date(2022, 3, 12), dt.date(2022, 3, 12))),  # both stamps, one zone
        ("13 de marzo de 2022", (dt.date(2022, 3, 13), dt.date(2022, 3, 13))),  # UTC printed: nothing moves
        ("12 de marzo de 2022 21:57", (dt.date(2022, 3, 13), dt.date(2022, 3, 13))),  # another instant
        ("Actualizado el 12 de marzo de 2022", (dt.date(2022, 3, 13), dt.date(2022, 3, 13))),  # an update
        ("10 de marzo de 2022", (dt.date(2022, 3, 13), dt.date(2022, 3, 13))),  # not one day off
    ],
)
def test_a_byline_that_prints_only_the_day_one_off_the_utc_stamp(
    byline: str, expected: tuple[dt.date, dt.date]
) -> None:
    head = (
        "<title>Headline of the story</title>"
        '<meta property="article:published_time" content="2022-03-13T02:40:11Z">'
        '<meta property="article:modified_time" content="2022-03-13T02:58:30Z">'
    )
    body = f'<h1>Headline of the story</h1><div class="byline">{byline}</div><p>Text of the story.</p>'
    assert _dates(_page(head, body, "es")) == expected


def test_a_day_printed_after_the_utc_day_in_the_east() -> None:
    head = (
        "<title>Headline of the story</title>"
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story",'
        '"datePublished":"2022-03-12T19:12:00Z"}</script>'
    )
    body = '<h1>Headline of the story</h1><p class="date">13 March 2022</p><p>Text.</p>'
    assert _dates(_page(head, body))[0] == dt.date(2022, 3, 13)


def test_a_day_number_counts_only_where_the_markup_prints_it() -> None:
    # The cheap test before a byline's day one off UTC is read: a number in the text, not in an attribute
    # (a byline's <time datetime="..."> holds its month, hour and minute as numbers of their own).
    assert _prints_number('<time datetime="2022-03-13T11:12:00Z">13 March 2022</time>', 13)
    assert _prints_number("<span>12</span> de marzo", 12)
    assert _prints_number("le 05/03/2022", 5)
    assert not _prints_number('<time datetime="2022-03-13T11:12:00Z">13 March 2022</time>', 12)
    assert not _prints_number('<time datetime="2022-03-13T11:12:00Z">13 March 2022</time>', 11)
    assert not _prints_number("2012, 120 and 312", 12)


# --- republished copies -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Originally published at blog.example.org on Mar 3, 2022", dt.date(2022, 3, 3)),
        ("First published in The Conversation on 3 March 2022", dt.date(2022, 3, 3)),
        ("Originally published at blog.example.org. Read more on 3 March 2022", dt.date(2022, 3, 12)),
        ("Originally published at blog.example.org", dt.date(2022, 3, 12)),  # no date: the copy's
    ],
)
def test_originally_published_at_a_site_on_a_date(note: str, expected: dt.date) -> None:
    head = (
        "<title>Headline of the post</title>"
        '<script type="application/ld+json">{"@type":"Article","headline":"Headline of the post",'
        '"datePublished":"2022-03-12T15:04:37Z","dateModified":"2022-03-12T15:04:37Z"}</script>'
    )
    body = f"<header><span>{note}</span><h1>Headline of the post</h1></header><p>Text.</p>"
    published, modified = _dates(_page(head, body))
    assert published == expected
    # The copy's own stamp is the republication, not an update of the piece.
    assert modified == (None if expected < dt.date(2022, 3, 12) else dt.date(2022, 3, 12))


# --- "Page last updated" ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Page last updated: 03/14/2022 - 15:40", dt.date(2022, 3, 14)),
        ("This page was last modified on March 14, 2022.", dt.date(2022, 3, 14)),
        ("Site last updated: 03/14/2022", None),  # the site's, not the page's
        ("Page last updated by the web team. Contact us 03/14/2022", None),  # no date right after
    ],
)
def test_page_last_updated_line(line: str, expected: dt.date | None) -> None:
    body = (
        "<h1>County opens applications for grants</h1>"
        '<div class="created">Tue, 02/08/2022 - 09:15</div><p>Text of the release.</p>'
        f"<footer><p>{line}</p></footer>"
    )
    html = _page("<title>County opens applications for grants | County</title>", body)
    assert _dates(html) == (dt.date(2022, 2, 8), expected)


# --- titles -------------------------------------------------------------------------------------------------
def test_an_error_heading_is_the_title_under_the_front_pages_title() -> None:
    url = "https://www.novinky.example/clanek/domaci-tramvaj-40391234"
    head = (
        "<title>Novinky – nejčtenější zprávy na českém internetu</title>"
        '<meta property="og:title" content="Novinky – nejčtenější zprávy na českém internetu">'
        '<meta property="og:site_name" content="Novinky">'
    )
    body = '<div class="error"><div>404</div><h2>Stránka nenalezena</h2><p>Článek neexistuje.</p></div>'
    meta = extract_metadata(_page(head, body, "cs"), url, today=TODAY)
    assert meta.title == "Stránka nenalezena"
    assert soft_404_signal(url, url, meta, 0) is not None


def test_an_error_h1_is_the_title_beside_the_home_pages_og_title() -> None:
    url = "https://www.bhaskar.example/local/news/metro-trial-129512345.html"
    head = (
        "<title>पेज नहीं मिला - दैनिक भास्कर</title>"
        '<meta property="og:title" content="Hindi News: आज की ताजा खबर - दैनिक भास्कर">'
        '<meta property="og:site_name" content="दैनिक भास्कर">'
    )
    body = "<h1>ओह! यह पेज नहीं मिला</h1><p>आप जिस खबर को खोज रहे हैं, वह हटा दी गई है।</p>"
    meta = extract_metadata(_page(head, body, "hi"), url, today=TODAY)
    assert meta.title == "ओह! यह पेज नहीं मिला"
    assert soft_404_signal(url, url, meta, 0) is not None


def test_an_article_whose_h2_says_not_found_keeps_its_headline() -> None:
    """The rule reads an error in a heading only when that heading is a title candidate: an h2 further into
    an article with an h1 is not one."""
    head = "<title>Lost hikers found after two days | Site</title>"
    body = "<h1>Lost hikers found after two days</h1><p>Text.</p><h2>Page not found</h2><p>More.</p>"
    meta = extract_metadata(_page(head, body), URL, today=TODAY)
    assert meta.title == "Lost hikers found after two days"


@pytest.mark.parametrize(
    "title",
    ["A keresett cikk nem található - Index", "Článek nenalezen", "पेज नहीं मिला", "Artikkelia ei löytynyt"],
)
def test_more_error_titles(title: str) -> None:
    assert is_error_title(title, ["Index"])


def test_an_h2_repeating_the_whole_title_beside_a_collections_h1() -> None:
    title = "Hartley v Northgate Housing Association Ltd [2022] EWCA Civ 318 (15 March 2022)"
    body = (
        "<table><tr><td><h1>England and Wales Court of Appeal (Civil Division) Decisions</h1></td></tr>"
        "</table>"
        f"<h2>{title}</h2><p>15/03/2022</p><p>Judgment text.</p>"
    )
    meta = extract_metadata(_page(f"<title>{title}</title>", body), URL, today=TODAY)
    assert meta.title == title
    # An h2 that is only a part of the <title> leaves the h1 its place.
    partial = body.replace(f"<h2>{title}</h2>", "<h2>Hartley v Northgate Housing Association Ltd</h2>")
    meta = extract_metadata(_page(f"<title>{title}</title>", partial), URL, today=TODAY)
    assert meta.title == "England and Wales Court of Appeal (Civil Division) Decisions"
