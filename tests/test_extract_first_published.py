"""A republished page's note of when it first appeared is its publication date for a citation: the
structured data carry the republication, the note the original (linkcheck.extract.core)."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata

URL = "https://www.example-courier.co.uk/history/2019/jun/12/north-coast-line-viaducts"
TODAY = dt.date(2026, 12, 1)


def _page(note: str) -> str:
    return f"""<!DOCTYPE html><html lang="en-GB"><head><title>How the line was built | Example Courier</title>
<meta property="og:title" content="How the line was built">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"How the line was built","datePublished":"2021-03-04T09:00:00+00:00"}}</script></head>
<body><article><h1>How the line was built</h1>
<time datetime="2021-03-04T09:00:00+00:00">4 March 2021</time>{note}
<p>The twelve viaducts took eleven years to finish.</p></article></body></html>"""


@pytest.mark.parametrize(
    ("note", "published"),
    [
        ("<p><em>This article was first published on 12 June 2019.</em></p>", dt.date(2019, 6, 12)),
        ("<p class='note'>Originally published July 21, 2016</p>", dt.date(2016, 7, 21)),
        (
            "<p>This story was originally published on Wednesday 12 June 2019 at 07.45.</p>",
            dt.date(2019, 6, 12),
        ),
        # about another text, not this page
        ("<p>The study, first published on 3 March 2018 in a journal, found ...</p>", dt.date(2021, 3, 4)),
        # no date: the note names where, not when
        ("<p><em>This article was originally published on The Conversation.</em></p>", dt.date(2021, 3, 4)),
        # a note later than the structured date changes nothing (the earliest stated date wins)
        ("<p><em>This article was first published on 5 May 2022.</em></p>", dt.date(2021, 3, 4)),
    ],
)
def test_a_note_of_first_publication_dates_a_republished_page(note: str, published: dt.date) -> None:
    metadata = extract_metadata(_page(note), URL, today=TODAY)
    assert metadata.published is not None
    assert metadata.published.value == published
