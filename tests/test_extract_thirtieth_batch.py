"""Rules added for the thirtieth held-out batch (docs/benchmarks.md, "Thirtieth batch"), each on small
strings, with what each must leave alone: a columnist's name before a colon in the head's titles
("Yelena Markova: Headline") is not the headline when it is the page's stated author and the h1 is the
rest; a ``<title>`` that og:title copies whole, an h1's text before its only colon ("The Riverside Weekly:
this issue's subject"), is not stripped to the h1; a copyright line's holder names the site when one of the
first images' ``alt`` names it too and nothing else does.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import extract_metadata
from linkcheck.extract.core import _author_prefix, _copyright_line, _series_before_colon
from tests.test_extract_calendars_zones import _page

TODAY = dt.date(2024, 11, 30)
PROSE = "<p>The currency lost a tenth of its value in a week, and exporters hold on to their dollars.</p>" * 2
COLUMN = "https://news.example.com/2024/11/27/why-the-slide-is-not-a-crisis-a87498"


def _title(html: str, url: str = COLUMN) -> str | None:
    return extract_metadata(html, url, today=TODAY).title


def _site(html: str, url: str) -> str | None:
    return extract_metadata(html, url, today=TODAY).site_name


# --- a columnist's name before the headline in the head ----------------------------------------------------
def _column(author_meta: str, head_title: str, h1: str) -> str:
    head = (
        f"<title>{head_title} - The Daily Example</title><meta property='og:title' content=\"{head_title}\">"
        f"<meta property='og:site_name' content='The Daily Example'>{author_meta}"
    )
    return _page(head, f"<article><h1>{h1}</h1><div class='byline'>Nov. 27, 2024</div>{PROSE}</article>")


def test_a_columnists_name_before_the_headline_is_not_the_headline() -> None:
    html = _column(
        "<meta name='author' content='Yelena Markova'>",
        "Yelena Markova: Why the Slide Is Not a Crisis Yet",
        "Why the Slide Is Not a Crisis Yet",
    )
    assert _title(html) == "Why the Slide Is Not a Crisis Yet"


def test_the_author_named_by_json_ld_counts_too() -> None:
    head = (
        "<title>Yelena Markova: Why the Slide Is Not a Crisis Yet</title>"
        "<meta property='og:title' content='Yelena Markova: Why the Slide Is Not a Crisis Yet'>"
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"OpinionNewsArticle",'
        '"headline":"Yelena Markova: Why the Slide Is Not a Crisis Yet","datePublished":"2024-11-27",'
        '"author":[{"@type":"Person","name":"Yelena Markova"}]}</script>'
    )
    html = _page(head, f"<article><h1>Why the Slide Is Not a Crisis Yet</h1>{PROSE}</article>")
    assert _title(html) == "Why the Slide Is Not a Crisis Yet"


def test_a_speaker_who_is_not_the_author_stays_in_the_headline() -> None:
    """What the rule leaves: a name before a colon that is not the page's author (a speaker quoted, as
    Russian headlines put it: "Песков: ...") is the headline's own, even when the h1 drops it."""
    html = _column(
        "<meta name='author' content='Anna Belova'>",
        "Dmitry Peskov: Talks Will Resume After the Holidays",
        "Talks Will Resume After the Holidays",
    )
    assert _title(html) == "Dmitry Peskov: Talks Will Resume After the Holidays"


def test_author_prefix() -> None:
    assert _author_prefix("Yelena Markova: The headline here", "The headline here") == "Yelena Markova"
    assert _author_prefix("yelena markova:The headline here", "the headline here") == "yelena markova"
    assert _author_prefix("The headline here", "The headline here") is None  # nothing before it
    assert _author_prefix("Analysis 2024: The headline here", "The headline here") is None  # digits: no name
    assert _author_prefix("Markova: The headline here", "The headline here") is None  # one word: no full name
    assert _author_prefix("Yelena Markova - The headline here", "The headline here") is None  # not a colon


# --- a series' name before this issue's title ---------------------------------------------------------------
NEWSLETTER = "https://list.example.org/riversideneighbours/riverside-weekly-nov-28"


def _newsletter(og_title: str, title: str) -> str:
    head = f"<title>{title}</title><meta property='og:title' content='{og_title}'>"
    body = (
        "<h1>The Riverside Weekly</h1><p><strong>Thursday, November 28, 2024</strong></p>"
        "<h2>Footbridge reopens Monday</h2><p>After four months of repairs the footbridge reopens.</p>"
    )
    return _page(head, body)


def test_a_series_name_before_the_issues_subject_keeps_the_whole_title() -> None:
    subject = "The Riverside Weekly: Bridge reopening, library hours, and more"
    assert _title(_newsletter(subject, subject), NEWSLETTER) == subject


def test_a_rubric_after_the_headline_is_still_stripped() -> None:
    """What the rule leaves: an og:title that is the h1 alone beside ``Headline: Rubric: Site`` (Lenta.ru's
    ``<title>``): the h1 is the headline."""
    html = _page(
        "<title>Bridge closed for six months: Society: Russia: Example.ru</title>"
        "<meta property='og:title' content='Bridge closed for six months'>",
        f"<h1>Bridge closed for six months</h1>{PROSE}",
    )
    assert _title(html, "https://example.ru/news/2024/11/28/bridge/") == "Bridge closed for six months"


def test_series_before_colon() -> None:
    whole = "The Riverside Weekly: Bridge reopening, library hours, and more"
    h1 = [("The Riverside Weekly", "h1")]
    assert _series_before_colon(whole, whole, h1)
    assert not _series_before_colon(whole, "Bridge reopening", h1)  # og:title is another text
    assert not _series_before_colon(whole, None, h1)
    assert not _series_before_colon(whole, whole, [("The Riverside Weekly", "h2")])  # no h1 of it
    assert not _series_before_colon("The Riverside Weekly: Issue 12", "The Riverside Weekly: Issue 12", h1)
    assert not _series_before_colon(  # another separator: a site's suffix, read as before
        "The Riverside Weekly: Bridge reopening and library hours | Example",
        "The Riverside Weekly: Bridge reopening and library hours | Example",
        h1,
    )


# --- the copyright line's holder, named by an image too ----------------------------------------------------
def _footer_page(alt: str, footer: str) -> str:
    body = (
        f"<table><tr><td><img src='/banner.png' alt='{alt}'></td></tr>"
        f"<tr><td><h1>The bridge reopens on Monday</h1>{PROSE}</td></tr>"
        f"<tr><td><em>{footer}</em></td></tr></table>"
    )
    return _page("<title>The bridge reopens on Monday</title>", body)


def test_a_copyright_holder_named_by_an_image_names_the_site() -> None:
    html = _footer_page(
        "Riverside Neighbours Association",
        "Copyright &copy; 2024 Riverside Neighbours Association, All rights reserved.",
    )
    assert _site(html, "https://list.example.org/x/weekly") == "Riverside Neighbours Association"


def test_a_copyright_line_alone_or_an_image_alone_names_no_site() -> None:
    """What the rule leaves: a holder that no image names (a parent company, a web agency), and an image's
    ``alt`` that no copyright line names (a photo's caption)."""
    alone = _footer_page("Children on the footbridge", "© 2024 Harbour Media Group. All rights reserved.")
    assert _site(alone, "https://list.example.org/x/weekly") is None


def test_copyright_line() -> None:
    line = _copyright_line("Вечерний Северск")
    assert line.search("<p>© 2009–2024 «Вечерний Северск». 16+</p>")
    assert _copyright_line("Riverside Neighbours").search("Copyright (c) 2024 Riverside Neighbours")
    assert not _copyright_line("Riverside Neighbours").search("Photo: Riverside Neighbours archive")
    assert not _copyright_line("Riverside News").search("© 2024 Riverside Newsgroup")  # another name
