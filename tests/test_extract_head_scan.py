"""The head's reading, pinned where xcost (twenty-ninth session) cut its cost: metas read apart from the
other elements, only the meta groups a page states read, Parse.ly's ``parsely-page`` (no other test states
one). Expected values are the outputs of the tree before that change."""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import extract_metadata
from linkcheck.models import Metadata

TODAY = dt.date(2026, 12, 3)
URL = "https://www.site.example/a/b"


def _read(head: str) -> Metadata:
    html = (
        f"<!doctype html><html lang='en'><head>{head}</head>"
        "<body><h1>Heading of the page</h1><p>Text 2 March 2021.</p></body></html>"
    )
    return extract_metadata(html, URL, today=TODAY)


def test_parsely_page_alone_states_the_publication() -> None:
    meta = _read("""<meta name="parsely-page" content='{"pub_date": "2021-03-04T10:00:00Z"}'>""")
    assert meta.published is not None
    assert (meta.published.value, meta.published.source) == (dt.date(2021, 3, 4), "meta")
    assert meta.published.timestamp == dt.datetime(2021, 3, 4, 10, 0, tzinfo=dt.timezone.utc)


def test_parsely_page_beside_a_later_meta_date_the_earliest_is_the_publication() -> None:
    meta = _read(
        """<meta name="parsely-page" content='{"pub_date": "2021-03-04T10:00:00Z"}'>"""
        """<meta name="pubdate" content="2021-05-06">"""
    )
    assert meta.published is not None
    assert (meta.published.value, meta.published.source) == (dt.date(2021, 3, 4), "meta")


def test_unreadable_parsely_page_leaves_the_text_date() -> None:
    meta = _read('<meta name="parsely-page" content="{not json">')
    assert meta.published is not None
    assert (meta.published.value, meta.published.source) == (dt.date(2021, 3, 2), "text")


def test_meta_groups_in_cascade_order_earliest_publication_latest_update() -> None:
    meta = _read(
        '<meta property="article:modified_time" content="2021-06-01">'
        '<meta itemprop="datePublished" content="2021-02-02"><meta name="date" content="2021-01-15">'
        '<meta property="article:published_time" content="2021-03-03">'
        '<meta property="article:published_time" content="2021-01-03">'
    )
    assert meta.published is not None
    assert meta.modified is not None
    assert (meta.published.value, meta.published.source) == (dt.date(2021, 1, 3), "opengraph")
    assert (meta.modified.value, meta.modified.source) == (dt.date(2021, 6, 1), "opengraph")


def test_metas_titles_links_and_scripts_interleaved() -> None:
    meta = _read(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"X y z w",'
        '"datePublished":"2019-09-09"}</script><title>First title here | Site</title>'
        '<meta property="og:title" content="First title here"><link rel="canonical" href="/a/b">'
        '<title>Second</title><meta name="citation_title" content="Cite title">'
        '<meta name="DC.Title" content="Dc title">'
    )
    assert (meta.title, meta.title_source) == ("First title here", "opengraph")
    sources = [(c.text, c.source) for c in meta.title_candidates]
    assert ("Cite title", "meta") in sources
    assert ("Dc title", "meta") not in sources
    assert meta.canonical_url == URL
    assert meta.published is not None
    assert meta.published.value == dt.date(2019, 9, 9)


def test_a_meta_with_two_names_and_a_meta_with_datetime() -> None:
    meta = _read(
        '<meta name="date" property="article:published_time" content="2020-05-05" lang="en">'
        '<meta itemprop="dateModified" datetime="2020-06-06">'
    )
    assert meta.published is not None
    assert meta.modified is not None
    assert (meta.published.value, meta.published.source) == (dt.date(2020, 5, 5), "opengraph")
    assert (meta.modified.value, meta.modified.source) == (dt.date(2020, 6, 6), "microdata")
