"""Rules added for the twenty-sixth held-out batch (docs/benchmarks.md, "Twenty-sixth batch"), each on
small strings, with what each must leave alone: a ``<time>`` inside a link that also wraps a heading is
another page's card, not the page's date; a ``<time>`` (or a tooltip's date) after the story's paragraphs is
no byline, however few headings and times stand between.

Known gaps left (none fails a held-out check): a page whose only dates are other items' times or tooltips
before its headline (a header strip of "2h" links) is still dated by the first of them, as a ``<time>`` above
the headline is read as the page's dateline (Xinhua, Interfax print theirs there; since the twenty-seventh
batch, ``<time>``s in a list of links to other pages are passed over, tooltips still read); a JSON-LD
``@graph`` whose NewsArticle carries no date is dated by its WebPage's dates (for most sites those are the
post's); a page's ``<noscript>`` ``<h1>`` is walked like any other h1 (it only loses to the headline the head
names)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_extract_calendars_zones import _dates, _page

HEAD = "<title>Council approves budget | Paper</title>"
PROSE = "<p>The council approved the budget on a 5-2 vote after a long debate about roads.</p>" * 2


# --- a <time> in another page's card ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("byline", "card"),
    [
        (
            "<span class='by'>29 ноября 2024, 12:05</span>",
            '<div class="excerpt"><a href="/2024/11/27/other-a1"><span>Читайте также</span>'
            "<h3>Петербургский кинотеатр сменит владельца</h3><time>27 ноября 2024</time></a></div>",
        ),
        (
            "<span class='by'>By Jo · November 29, 2024</span>",
            '<div class="inline"><a href="/2024/11/26/other"><div><h4>Ferry fares rise</h4>'
            '<span><time datetime="2024-11-26T09:00:00Z">Nov. 26</time></span></div></a></div>',
        ),
    ],
)
def test_a_time_in_another_pages_card_is_not_the_pages(byline: str, card: str) -> None:
    body = f"<h1>Council approves budget</h1>{byline}{PROSE[: len(PROSE) // 2]}{card}{PROSE}"
    assert _dates(_page(HEAD, body))[0] == dt.date(2024, 11, 29)


@pytest.mark.parametrize(
    "meta",
    [
        # a theme's permalink around the byline's time
        '<a href="/news/story-slug" rel="bookmark"><time datetime="2024-11-28T10:00:00Z">Nov 28</time></a>',
        # a day's archive link around the time and a label, without a heading
        '<a href="/2024/11/28/"><span>Posted</span> <time datetime="2024-11-28T10:00:00Z">Nov 28</time></a>',
        # a heading beside the link, not inside it
        '<h3>Council</h3><a href="/2024/11/28/"><time datetime="2024-11-28T10:00:00Z">Nov 28</time></a>',
    ],
)
def test_what_a_card_leaves(meta: str) -> None:
    body = f"<h1>Council approves budget</h1><div class='meta'>{meta}</div>{PROSE}"
    assert _dates(_page(HEAD, body))[0] == dt.date(2024, 11, 28)


# --- a <time> after the story's paragraphs ------------------------------------------------------------------
@pytest.mark.parametrize(
    "after",
    [
        '<div class="notes"><b>rm</b> <time datetime="2024-11-29T18:44:10Z">1d</time><p>Nice</p></div>',
        '<div class="notes"><b>rm</b> <span title="2024-11-29T18:44:10Z">1d</span><p>Nice</p></div>',
        '<section><div><div><b>rm</b> <span title="2024-11-29T18:44:10Z">1d</span></div></div></section>',
    ],
)
def test_a_time_after_the_storys_paragraphs_is_no_byline(after: str) -> None:
    body = f"<h1>Council approves budget</h1><div class='meta'>Published Nov. 27, 2024</div>{PROSE}{after}"
    assert _dates(_page(HEAD, body))[0] == dt.date(2024, 11, 27)


@pytest.mark.parametrize(
    "before",
    [
        "<p>A standfirst of one sentence, long enough to be prose.</p>",  # one paragraph: a dek
        "<p>Photo: the council chamber</p><p>Credit: Paper</p>",  # captions, no sentence
        "",
    ],
)
def test_what_the_storys_paragraphs_leave(before: str) -> None:
    """The byline's time after a standfirst stays the byline's: an unlabelled date in the story's first
    lines does not take its place."""
    body = (
        f"<h1>Council approves budget</h1>{before}"
        '<div class="by"><time datetime="2024-11-28T10:00:00Z">Nov 28</time></div>'
        "<p>On November 20, 2024, the council first met to discuss the plan for the roads.</p>"
    )
    assert _dates(_page(HEAD, body))[0] == dt.date(2024, 11, 28)


def test_a_time_after_the_paragraphs_still_dates_a_page_nothing_else_dates() -> None:
    body = (
        f"<h1>Council approves budget</h1>{PROSE}"
        '<div class="foot"><time datetime="2024-11-28T10:00:00Z">Nov 28</time></div>'
    )
    assert _dates(_page(HEAD, body))[0] == dt.date(2024, 11, 28)


CAPTION = (
    "<figure><img src='a.jpg'><figcaption><p>Protesters outside the hall on November 20, 2024.</p>"
    "<p>Photo by Jo Doe for the paper.</p></figcaption></figure>"
)
BYLINE = '<div class="by"><time datetime="2024-11-28T10:00:00Z">Nov 28</time></div>'


def test_a_captions_paragraphs_leave_the_byline() -> None:
    body = f"<div><h1>Council approves budget</h1></div>{CAPTION}{BYLINE}{PROSE}"
    assert _dates(_page(HEAD, body))[0] == dt.date(2024, 11, 28)


def test_a_headers_paragraphs_leave_the_byline() -> None:
    """A summary of two paragraphs in the article's ``<header>``, with the headline and the byline."""
    summary = (
        "<p>The vote ends a year of debate about the city's roads.</p>"
        "<p>The mayor said on November 20, 2024, she would sign it.</p>"
    )
    body = f"<article><header><h1>Council approves budget</h1>{summary}{BYLINE}</header>{PROSE}</article>"
    assert _dates(_page(HEAD, body))[0] == dt.date(2024, 11, 28)
