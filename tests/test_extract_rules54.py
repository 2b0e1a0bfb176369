"""Rules added for the fifty-fourth held-out batch (docs/benchmarks.md, "Fifty-fourth batch"), each on small
strings, with what each must leave alone: a fact-check's ClaimReview dates the page by the review, not by
the claim it reviews; a live page cited by one entry's anchor keeps no "last updated" of the whole page as
the entry's; a picture library's asset kind after the caption's headline (``... News Photo - Agency``) is no
part of the title; a columnist's name before a colon in the head titles goes when the page's byline states
it, with no author in the head.
"""

from __future__ import annotations

import datetime as dt

from tests.extract_rules_harness import JAN_9
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import page as _page

_CLAIM_DAY = dt.date(2019, 12, 28)


# --- a fact-check's ClaimReview ---------------------------------------------------------------------------
def _claim_review(review_day: str) -> str:
    return (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview",'
        f'"datePublished":"{review_day}","claimReviewed":"The budget was halved.",'
        '"reviewRating":{"@type":"Rating","alternateName":"Misleading"},'
        '"itemReviewed":{"@type":"Claim","datePublished":"2019-12-28",'
        '"appearance":[{"@type":"CreativeWork","datePublished":"2019-12-28"}]}}</script>'
    )


def test_claim_review_dates_the_page_by_the_review() -> None:
    found = _page(
        "<h1>Was the dentistry budget halved?</h1>"
        '<div class="claim"><p>What was claimed</p><p>Shared on social media, 28 December 2019</p></div>'
        "<p>By Nadia Fenwick · 9 January 2020</p><p>Text.</p>",
        head=_claim_review("2020-01-09"),
    )
    assert _dates(found) == (JAN_9, None)


def test_claim_review_date_is_the_review_even_with_no_visible_date() -> None:
    found = _page(
        "<h1>Was the dentistry budget halved?</h1><p>A post claimed on 28 December 2019 that it was.</p>",
        head=_claim_review("2020-01-09"),
    )
    assert _dates(found)[0] == JAN_9
    # the claim's own day is never the page's, even where it is the only day the review states
    found = _page("<h1>Was the dentistry budget halved?</h1><p>Text.</p>", head=_claim_review("2020-01-09"))
    assert _dates(found)[0] != _CLAIM_DAY


# --- a live page's entry cited by its anchor --------------------------------------------------------------
_LIVE_URL = "https://news.example.org/live/storm-live-2083"


def _live_page(anchor_has_update: bool = False) -> str:
    update = '<p>Updated <time datetime="2020-01-09T15:00:00Z">15:00</time></p>' if anchor_has_update else ""
    return (
        "<h1>Storm live: rail lines close across the north</h1>"
        '<p class="meta"><time datetime="2020-01-09T07:02:00Z">Thursday, 9 January 2020, 07:02</time> · '
        'Last updated <time datetime="2020-01-10T21:48:00Z">Friday, 10 January 2020, 21:48</time></p>'
        '<article id="post-31"><time datetime="2020-01-10T21:48:00Z">21:48</time>'
        "<h2>Clean-up begins in the valley towns</h2><p>Text.</p></article>"
        '<article id="post-17"><time datetime="2020-01-09T11:42:00Z">11:42</time>'
        f"<h2>Rail services suspended north of Preston</h2>{update}<p>Text.</p></article>"
    )


_LIVE_HEAD = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",'
    f'"headline":"Storm live: rail lines close across the north","url":"{_LIVE_URL}",'
    '"datePublished":"2020-01-09T07:02:00Z","liveBlogUpdate":['
    '{"@type":"BlogPosting","headline":"Clean-up begins in the valley towns",'
    f'"datePublished":"2020-01-10T21:48:00Z","url":"{_LIVE_URL}#post-31"}},'
    '{"@type":"BlogPosting","headline":"Rail services suspended north of Preston",'
    f'"datePublished":"2020-01-09T11:42:00Z","url":"{_LIVE_URL}#post-17"}}]}}</script>'
)


def test_live_entry_by_anchor_keeps_no_page_update() -> None:
    found = _page(_live_page(), head=_LIVE_HEAD, title="Storm live | Site", url=f"{_LIVE_URL}#post-17")
    assert found.title == "Rail services suspended north of Preston"
    assert _dates(found) == (JAN_9, None)


def test_live_page_cited_whole_keeps_its_update() -> None:
    found = _page(_live_page(), head=_LIVE_HEAD, title="Storm live | Site", url=_LIVE_URL)
    assert found.title == "Storm live: rail lines close across the north"
    assert _dates(found) == (JAN_9, dt.date(2020, 1, 10))


# --- a picture library's asset kind after the caption's headline ------------------------------------------
_SITE = '<meta property="og:site_name" content="{}">'
_CAPTION = "Residents wade through floodwater in east Jakarta"


def test_asset_kind_after_the_caption_is_not_the_title() -> None:
    for kind in ("News Photo", "Stock Photo", "Stock Photo 1234567", "Stock Video Footage"):
        found = _page(
            f"<h1>{_CAPTION}</h1><p>Caption.</p>",
            head=f'<meta property="og:title" content="{_CAPTION} {kind} - Agency">' + _SITE.format("Agency"),
            title=f"{_CAPTION} {kind} - Agency",
        )
        assert found.title == _CAPTION, kind


def test_headline_ending_in_photo_words_stays() -> None:
    headline = "Why the museum bought a photo"
    found = _page(
        f"<h1>{headline}</h1><p>Text.</p>",
        head=f'<meta property="og:title" content="{headline} of the strike - Site">' + _SITE.format("Site"),
        title=f"{headline} of the strike - Site",
    )
    assert found.title == f"{headline} of the strike"


# --- a columnist's name before a colon, stated by the byline ----------------------------------------------
_COLUMN = "The county council has forgotten who it works for"


def _column(byline: str) -> object:
    return _page(
        f"<h1>{_COLUMN}</h1>{byline}<p>Text of the column.</p>",
        head=f'<meta property="og:title" content="Fintan Rooney: {_COLUMN}">',
        title=f"Fintan Rooney: {_COLUMN} – Courier",
    )


def test_columnist_named_by_the_byline_is_not_the_title() -> None:
    for byline in (
        '<p class="byline-line">Fintan Rooney | Thu Jan 9 2020 - 05:00</p>',
        '<span class="columnist-name">Fintan Rooney</span>',
        '<div class="author"><a href="/p/fr">By Fintan Rooney</a></div>',
    ):
        assert _column(byline).title == _COLUMN, byline  # type: ignore[attr-defined]


def test_name_before_colon_not_in_a_byline_stays() -> None:
    for byline in (
        "<p>Fintan Rooney said the council met in secret.</p>",  # the text names him: no byline
        '<ul class="tags"><li><a href="/t/fr">Fintan Rooney</a></li></ul>',  # a tag, not a byline
        '<p class="byline">By Ann Kelly | Thu Jan 9 2020</p>',  # another author's byline
    ):
        assert _column(byline).title == f"Fintan Rooney: {_COLUMN}", byline  # type: ignore[attr-defined]
