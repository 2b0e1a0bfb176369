"""Rules added for the twenty-seventh held-out batch (docs/benchmarks.md, "Twenty-seventh batch"), each on
small strings, with what each must leave alone: a front page's path with a query that picks a page
(WordPress's plain permalink ``/?p=1482``) is that page, not the front page; of several JSON-LD article
nodes naming the page, the earliest ``datePublished`` is the publication; a ``<time>`` above the headline
in a list of linked items is another page's; a tag manager's data layer states the dates of a page nothing
else dates; a byline's dotted date with a two-digit year (``28.11.24``), as a last resort.

Known gaps left (none fails a held-out check): a relative byline ("2 days ago") is never read against the
day of the fetch (a cached or re-rendered page prints it against another day); a data layer's dates are
read only when the head states none; a two-digit year is read only in a byline's reach after the headline.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from linkcheck.extract.core import _query_picks_page
from tests.test_extract_calendars_zones import _dates, _page

HEAD = "<title>Council approves budget | Paper</title>"
PROSE = "<p>The council approved the budget on a 5-2 vote after a long debate about roads.</p>" * 2
STORY = "https://paper.example.com/news/council-approves-budget"


# --- a front page's path with a query that picks a page ---------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "https://diary.example.net/?p=1482",  # WordPress's plain permalink
        "https://diary.example.net/?q=node/1482",  # Drupal without clean URLs
        "https://diary.example.net/index.php?option=com_content&view=article&id=1482",  # Joomla
        "https://diary.example.net/?p=1482&utm_source=feed",
    ],
)
def test_a_query_that_picks_a_page_is_not_the_front_page(url: str) -> None:
    body = (
        "<div id='header'><h1><a href='/'>Dacha Diary</a></h1></div>"
        "<h2>Council approves budget</h2><div class='entry'><p class='meta'>Posted on November 28, 2024</p>"
        f"{PROSE}</div>"
    )
    assert _dates(_page(HEAD, body), url)[0] == dt.date(2024, 11, 28)


@pytest.mark.parametrize(
    "query",
    ["", "?utm_source=feed&utm_medium=rss", "?lang=en", "?hl=ru", "?fbclid=IwAR0abc", "?paged=2", "?amp"],
)
def test_a_front_pages_query_that_picks_no_page_leaves_it_the_front_page(query: str) -> None:
    """The front page with a campaign's tags, a language or a page of its list: its stories' dates are
    not its own."""
    body = (
        "<h1>Paper</h1><h2>Council approves budget</h2><p class='meta'>Posted on November 28, 2024</p>"
        f"{PROSE}"
    )
    assert _dates(_page(HEAD, body), f"https://paper.example.com/{query}")[0] is None


def test_query_picks_page() -> None:
    assert _query_picks_page("p=1482")
    assert _query_picks_page("lang=en&info_id=81234")
    assert not _query_picks_page("")
    assert not _query_picks_page("utm_source=x&utm_campaign=y&gclid=z")
    assert not _query_picks_page("locale=fr-CA&page=3")
    assert not _query_picks_page("p=")  # no value: picks nothing


# --- several article nodes naming the page ------------------------------------------------------------------
def _jsonld(node: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


PLUGIN = {"@context": "https://schema.org", "@type": "NewsArticle", "url": STORY, "headline": "Council"}
CMS = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "mainEntityOfPage": {"@type": "WebPage", "@id": STORY},
    "headline": "Council approves budget",
    "datePublished": "2024-11-28T14:05:00+03:00",
    "dateModified": "2024-11-29T09:10:00+03:00",
}


def test_of_two_nodes_naming_the_page_the_earliest_publication() -> None:
    """A feed plugin's block, first, writes the last edit as its publication; the CMS's states both."""
    head = HEAD + _jsonld({**PLUGIN, "datePublished": "2024-11-29T09:10:00+03:00"}) + _jsonld(CMS)
    assert _dates(_page(head, "<h1>Council approves budget</h1>"), STORY) == (
        dt.date(2024, 11, 28),
        dt.date(2024, 11, 29),
    )


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # a related story's node that does not name the page: the page's own node ranks first as before
        ({**PLUGIN, "url": "https://paper.example.com/news/older", "datePublished": "2024-10-01"}, 28),
        # the first node the earlier: kept
        ({**PLUGIN, "datePublished": "2024-11-27T09:00:00+03:00"}, 27),
        # the same instant in UTC: the first as written
        ({**PLUGIN, "datePublished": "2024-11-28T11:05:00Z"}, 28),
    ],
)
def test_what_the_earliest_publication_leaves(first: dict[str, object], expected: int) -> None:
    head = HEAD + _jsonld(first) + _jsonld(CMS)
    assert _dates(_page(head, "<h1>Council approves budget</h1>"), STORY)[0] == dt.date(2024, 11, expected)


def test_a_node_naming_another_page_is_not_weighed() -> None:
    """The earliest is taken among the nodes naming the page only: an older story's node, even first and
    of an article's type, does not move the page's publication."""
    related = {**PLUGIN, "url": "https://paper.example.com/news/older", "datePublished": "2024-10-01"}
    head = HEAD + _jsonld(CMS) + _jsonld(related)
    assert _dates(_page(head, "<h1>Council approves budget</h1>"), STORY)[0] == dt.date(2024, 11, 28)


# --- a <time> above the headline in a list of linked items --------------------------------------------------
STRIP = (
    "<ul class='top-news'>"
    "<li><time datetime='2024-11-30T08:12:00+03:00'>08:12</time> <a href='/news/a'>Frigate on trials</a></li>"
    "<li><time datetime='2024-11-30T07:40:00+03:00'>07:40</time> <a href='/news/b'>New jets</a></li>"
    "</ul>"
)


@pytest.mark.parametrize(
    "strip",
    [
        STRIP,
        # items of divs, the time a level down
        STRIP.replace("<ul", "<div")
        .replace("</ul>", "</div>")
        .replace("<li>", "<div><span>")
        .replace("</li>", "</span></div>"),
    ],
)
def test_other_items_times_above_the_headline_do_not_date_the_page(strip: str) -> None:
    body = f"{strip}<h1>Council approves budget</h1>{PROSE}"
    assert _dates(_page(HEAD, body), STORY)[0] is None


@pytest.mark.parametrize(
    "above",
    [
        # a dateline above the headline, alone
        "<div class='date'><time datetime='2024-11-28T10:00:00Z'>28.11.2024</time></div>",
        # the byline's two times above the headline, without links
        "<ul class='meta'><li><time datetime='2024-11-28T10:00:00Z'>Nov 28</time></li>"
        "<li>Updated <time datetime='2024-11-29T10:00:00Z'>Nov 29</time></li></ul>",
        # a linked kicker beside the one time
        "<div><a href='/news/'>News</a> <time datetime='2024-11-28T10:00:00Z'>Nov 28</time></div>",
    ],
)
def test_what_the_list_of_items_leaves(above: str) -> None:
    body = f"{above}<h1>Council approves budget</h1>{PROSE}"
    assert _dates(_page(HEAD, body), STORY)[0] == dt.date(2024, 11, 28)


def test_a_list_of_items_after_the_headline_is_left_to_the_other_rules() -> None:
    """Below the headline, the byline's time is read first as before; the list is read only by the rules
    for what follows a headline."""
    body = f"<h1>Council approves budget</h1><time datetime='2024-11-28T10:00:00Z'>Nov 28</time>{STRIP}"
    assert _dates(_page(HEAD, body), STORY)[0] == dt.date(2024, 11, 28)


# --- a tag manager's data layer -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "script",
    [
        'window.dataLayer = window.dataLayer || [];\ndataLayer.push({"pageType":"article",'
        '"publishDate":"2024-11-28T14:05:00Z","modifiedDate":"2024-11-29T09:30:00Z"});',
        # a script's object literal, unquoted keys and single quotes
        "var dataLayer = [{pageType: 'article', publish_date: '2024-11-28 14:05', "
        "updateDate: '2024-11-29 09:30'}];",
    ],
)
def test_a_data_layer_dates_a_page_that_prints_only_relative_times(script: str) -> None:
    body = f"<h1>Council approves budget</h1><span class='age'>2 days ago</span>{PROSE}"
    html = _page(f"{HEAD}<script>{script}</script>", body)
    assert _dates(html, STORY) == (dt.date(2024, 11, 28), dt.date(2024, 11, 29))


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        # other dates of a data layer: the user's, the session's
        ('dataLayer.push({"userSignupDate":"2023-01-05","sessionStart":"2024-11-25T08:00:00Z"});', 27),
        # a date key outside any data layer (another script's config)
        ('var config = {"publishDate":"2024-11-25T08:00:00Z"};', 27),
        # a longer key that only ends like one ("lastpublishDate" is not "publishDate")
        ('dataLayer.push({"lastpublishDate":"2024-11-25T08:00:00Z"});', 27),
    ],
)
def test_what_the_data_layer_leaves(script: str, expected: int) -> None:
    body = f"<h1>Council approves budget</h1><p class='meta'>Published Nov. 27, 2024</p>{PROSE}"
    html = _page(f"{HEAD}<script>{script}</script>", body)
    assert _dates(html, STORY)[0] == dt.date(2024, 11, expected)


def test_the_head_answers_before_the_data_layer() -> None:
    head = (
        f'{HEAD}<meta property="article:published_time" content="2024-11-27T10:00:00Z">'
        '<script>dataLayer.push({"publishDate":"2024-11-25T08:00:00Z"});</script>'
    )
    assert _dates(_page(head, "<h1>Council approves budget</h1>"), STORY)[0] == dt.date(2024, 11, 27)


# --- a byline's two-digit year ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "byline",
    [
        "<span>28.11.24</span> <span>14:05</span>",
        '<span>יום ה\' כ"ז חשון תשפ"ה</span> <span>28.11.24</span>',
        "<p>Von Jo Muster, 28.11.24, 14:05 Uhr</p>",
    ],
)
def test_a_bylines_two_digit_year(byline: str) -> None:
    body = f"<h1>Council approves budget</h1><div class='meta'>{byline}</div>{PROSE}"
    assert _dates(_page(HEAD, body), STORY)[0] == dt.date(2024, 11, 28)


@pytest.mark.parametrize(
    "text",
    [
        "<div class='meta'>Version 1.2.24</div>",  # a version, unpadded
        "<div class='meta'>Server 10.11.12.13</div>",  # an address
        "<div class='meta'>Score 28.11.24.5</div>",  # a longer number
        "<div class='meta'>28.11.29</div>",  # a day to come
        "<div class='meta'>31.11.24</div>",  # no such day
        f"{PROSE}<div class='meta'>28.11.24</div>",  # after the story's paragraphs
    ],
)
def test_what_the_two_digit_year_leaves(text: str) -> None:
    body = f"<h1>Council approves budget</h1>{text}"
    assert _dates(_page(HEAD, body), STORY)[0] is None


def test_a_full_date_comes_before_a_two_digit_year() -> None:
    body = "<h1>Council approves budget</h1><div class='meta'>27.11.24 · Published 28.11.2024</div>" + PROSE
    assert _dates(_page(HEAD, body), STORY)[0] == dt.date(2024, 11, 28)
