"""Rules added for the twenty-eighth held-out batch (docs/benchmarks.md, "Twenty-eighth batch"), each on
small strings, with what each must leave alone: an embedded post's blockquote (a tweet, an Instagram post)
dates that post, not the page; a publication label naming its publisher ("Published by The Harlow Ledger on
Nov. 28, 2024"); a byline in another calendar (Ethiopian, Solar Hijri) sets a head's UTC time on the day it
prints; Ukrainian update labels ("Останні зміни", "Змінено"); a magazine URL dated by its print issue, up to
a week after the page's publication, is no URL-date disagreement.

Known gaps left (none fails a held-out check): a date range ("January 3, 1941 - November 24, 2024", a life's
or an exhibition's run) is read as dates like any other, and a page dated by nothing else takes its first end
(the obituary is dated by its "Published by" line); a plain ``<blockquote>`` without an embed's class keeps
its dates (a quotation is left to the text rules); an aggregator's credit line with the source's time
("Источник: 28 ноября 2024, 23:40") is not read as the piece's first publication.
"""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.extract.core import (
    _embedded_post,
    _other_calendar_language,
    _other_calendar_script,
    _published_by,
)
from linkcheck.match import _issue_dated_url, match_citation
from linkcheck.models import Citation, ExtractedDate, FindingKind, Metadata, PartialDate
from tests.test_extract_calendars_zones import _dates, _page

HEAD = "<title>Mayor defends snow plan | Gazette</title>"
PROSE = "<p>The mayor defended the city's snow plan at a news conference on a cold morning.</p>" * 2
STORY = "https://gazette.example.com/news/mayor-defends-snow-plan"


# --- an embedded post's blockquote --------------------------------------------------------------------------
INSTAGRAM = (
    "<blockquote class='instagram-media' data-instgrm-permalink='https://www.instagram.com/reel/x/'>"
    "<p><a href='https://www.instagram.com/reel/x/'>A post shared by Neighbors (@nb)</a> on "
    "<time datetime='2024-11-26T23:02:11+00:00'>Nov 26, 2024 at 5:02pm CST</time></p></blockquote>"
)
TWEET = (
    "<blockquote class='twitter-tweet'><p lang='en'>Still no plow on Birch.</p>&mdash; Renee (@r) "
    "<a href='https://twitter.com/r/status/1'>November 26, 2024</a></blockquote>"
)


@pytest.mark.parametrize("embed", [INSTAGRAM, TWEET, TWEET.replace("twitter-tweet", "bluesky-embed")])
def test_an_embedded_post_above_the_byline_does_not_date_the_page(embed: str) -> None:
    body = (
        f"<h1>Mayor defends snow plan</h1><figure>{embed}<figcaption>The video was posted Tuesday."
        "</figcaption></figure><div class='entry-meta'>By Tom Price · Thursday, November 28, 2024</div>"
        f"{PROSE}"
    )
    assert _dates(_page(HEAD, body), STORY)[0] == dt.date(2024, 11, 28)


def test_a_plain_blockquote_keeps_its_date() -> None:
    """A quotation's blockquote without an embed's class is left to the text rules: a page dated by a
    dateline quoted so is still dated."""
    body = f"<h1>Mayor defends snow plan</h1><blockquote><p>November 28, 2024</p></blockquote>{PROSE}"
    assert _dates(_page(HEAD, body), STORY)[0] == dt.date(2024, 11, 28)


def test_embedded_post() -> None:
    assert _embedded_post("twitter-tweet")
    assert _embedded_post("instagram-media ")
    assert _embedded_post("tiktok-embed")
    assert _embedded_post("wp-embedded-content")
    assert _embedded_post("text-post-media")
    assert not _embedded_post("")
    assert not _embedded_post("pullquote alignright")
    assert not _embedded_post("wp-block-quote is-style-large")


# --- a publication label naming its publisher ---------------------------------------------------------------
OBITS = "https://obits.ledger.example/obituaries/margaret-doyle?id=5"
OBITUARY = (
    "<h1>Margaret Doyle Obituary</h1><p class='dates'>January 3, 1941 - November 24, 2024</p>"
    "<p>Margaret Doyle, born on January 3, 1941, died on Sunday, November 24, 2024, at home.</p>"
    "<p>A funeral will be held on Saturday, December 7, 2024, at St. Brigid Church in town.</p>"
    "<p>{line}</p>"
)


@pytest.mark.parametrize(
    "line",
    [
        "Published by The Harlow Ledger on Nov. 28, 2024.",
        "Posted by admin on Thursday, November 28, 2024",
        "Published by Harlow Ledger and Evening Star Media on Nov. 28, 2024.",
    ],
)
def test_a_publication_label_naming_its_publisher(line: str) -> None:
    html = _page("<title>Margaret Doyle Obituary - Ledger</title>", OBITUARY.format(line=line))
    assert _dates(html, OBITS)[0] == dt.date(2024, 11, 28)


def test_published_by() -> None:
    line = "Text. | Published by The Harlow Ledger on Nov. 28, 2024."
    assert _published_by(line, line.index("Nov."))
    line = "Posted By Jane Q. Public on Thursday, November 28, 2024"
    assert _published_by(line, line.index("November"))
    # a sentence about someone else's publication, a name without "on", a date far from the label
    line = "The letter was published by the council in a statement on November 28, 2024"
    assert not _published_by(line, line.index("November"))
    line = "Published by The Harlow Ledger | November 28, 2024"
    assert not _published_by(line, line.index("November"))
    line = "Posted by admin on the first snowy morning of the winter after the storm, November 28, 2024"
    assert not _published_by(line, line.index("November"))


def test_what_the_publisher_label_leaves() -> None:
    """Without a label the obituary's dates are read as before: not its "Published by" day."""
    html = _page("<title>Margaret Doyle Obituary - Ledger</title>", OBITUARY.format(line="Ledger staff"))
    assert _dates(html, OBITS)[0] != dt.date(2024, 11, 28)


# --- a byline in another calendar under a head in UTC -------------------------------------------------------
def _utc_head(stamp: str) -> str:
    return f"<title>Story - Site</title><meta property='article:published_time' content='{stamp}'>"


@pytest.mark.parametrize(
    ("lang", "byline", "expected"),
    [
        ("am", "ኅዳር 19 ቀን 2017 ዓ.ም", 28),  # Ethiopian calendar: 19 Hidar 2017 is 28 November 2024
        ("fa", "پنجشنبه ۸ آذر ۱۴۰۳", 28),  # Solar Hijri: 8 Azar 1403 is 28 November 2024
        ("am", "ኅዳር 18 ቀን 2017 ዓ.ም", 27),  # the UTC day itself: as the head writes it
        ("am", "በዘሪሁን ተስፋዬ", 27),  # no date in the byline: the head's UTC day
    ],
)
def test_a_byline_in_another_calendar_sets_a_utc_head_on_its_day(
    lang: str, byline: str, expected: int
) -> None:
    body = f"<h1>Story</h1><div class='meta'><span>{byline}</span></div>{PROSE}"
    html = _page(_utc_head("2024-11-27T21:30:00+00:00"), body, lang=lang)
    assert _dates(html, STORY)[0] == dt.date(2024, 11, expected)


def test_a_gregorian_byline_of_the_utc_day_is_not_moved() -> None:
    """A Hebrew page whose byline prints the head's UTC day in Gregorian numbers stays on that day."""
    body = "<h1>Story</h1><div class='meta'><span>חדשות</span> <span>27.11.2024</span></div>" + PROSE
    html = _page(_utc_head("2024-11-27T21:30:00+00:00"), body, lang="he")
    assert _dates(html, STORY)[0] == dt.date(2024, 11, 27)


def test_other_calendar_language() -> None:
    """Only pages in such a language pay for the script's search in their byline."""
    assert _other_calendar_language("am")
    assert _other_calendar_language("fa-IR")
    assert _other_calendar_language("zh_TW")
    assert not _other_calendar_language("ru")
    assert not _other_calendar_language("en-US")
    assert not _other_calendar_language(None)
    assert not _other_calendar_language("")


def test_other_calendar_script() -> None:
    assert _other_calendar_script("<span>ኅዳር 19 ቀን 2017 ዓ.ም</span>")
    assert _other_calendar_script("<span>令和6年11月28日</span>")
    assert not _other_calendar_script("<span>November 28, 2024</span>")
    assert not _other_calendar_script("<span>28 ноября 2024</span>")  # Cyrillic: the Gregorian calendar


# --- Ukrainian update labels --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "label",
    ["Останні зміни: 29 листопада 2024 року", "Змінено: 29.11.2024", "Дата зміни: 29 листопада 2024 року"],
)
def test_ukrainian_update_labels(label: str) -> None:
    body = (
        "<h2>Сесія затвердила бюджет</h2><div>Опубліковано: 28 листопада 2024 року, 14:05</div>"
        f"<p>Депутати затвердили бюджет громади на наступний рік.</p><div>{label}</div>"
    )
    head = "<title>Сесія затвердила бюджет | Міська рада</title>"
    assert _dates(_page(head, body, lang="uk"), "https://rada.example.ua/news/3524-biudzhet") == (
        dt.date(2024, 11, 28),
        dt.date(2024, 11, 29),
    )


def test_what_the_ukrainian_labels_leave() -> None:
    """Changes of a law's date ("зміни від 29 листопада 2024 року") are no update of the page."""
    body = (
        "<h2>Сесія затвердила бюджет</h2><div>Опубліковано: 28 листопада 2024 року, 14:05</div>"
        "<p>Депутати розглянули зміни від 29 листопада 2024 року до рішення про бюджет громади.</p>"
    )
    head = "<title>Сесія затвердила бюджет | Міська рада</title>"
    assert _dates(_page(head, body, lang="uk"), "https://rada.example.ua/news/3524-biudzhet")[1] is None


# --- a magazine URL dated by its print issue ----------------------------------------------------------------
def _url_findings(url: str, published: str) -> list[FindingKind]:
    meta = Metadata(
        title="The Last Ferry to Kizhi",
        published=ExtractedDate(dt.date.fromisoformat(published), "json-ld", None),
        url_date=None,
    )
    citation = Citation(url=url, title="The Last Ferry to Kizhi", date=PartialDate.parse(published))
    return [f.kind for f in match_citation(citation, meta, final_url=url, config=Config())]


def test_a_magazine_url_dated_by_its_issue_agrees() -> None:
    url = "https://www.meridian.example/magazine/2024/12/02/the-last-ferry-to-kizhi"
    assert FindingKind.URL_DATE_MISMATCH not in _url_findings(url, "2024-11-25")


@pytest.mark.parametrize(
    ("url", "published"),
    [
        # no print edition's segment: a daily's URL a week off its page still disagrees
        ("https://www.daily.example/news/2024/12/02/the-last-ferry-to-kizhi", "2024-11-25"),
        # more than a week before its issue
        ("https://www.meridian.example/magazine/2024/12/16/the-last-ferry-to-kizhi", "2024-11-25"),
        # the URL dated before the page: no issue is dated before its articles go online
        ("https://www.meridian.example/magazine/2024/11/18/the-last-ferry-to-kizhi", "2024-11-25"),
    ],
)
def test_what_the_issue_date_leaves(url: str, published: str) -> None:
    assert FindingKind.URL_DATE_MISMATCH in _url_findings(url, published)


def test_issue_dated_url() -> None:
    day = dt.date(2024, 12, 2)
    assert _issue_dated_url("https://m.example/magazine/2024/12/02/x", day, dt.date(2024, 11, 25))
    assert _issue_dated_url("https://m.example/print-edition/2024/12/02/x", day, dt.date(2024, 11, 29))
    assert not _issue_dated_url("https://m.example/magazine/2024/12/02/x", day, day)
    assert not _issue_dated_url("https://m.example/magazines-list/2024/12/02/x", day, dt.date(2024, 11, 29))
