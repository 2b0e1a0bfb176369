"""site8's rules (forty-eighth session): a file holding several articles.

A feed of a site's own posts (a WordPress export, a full-text RSS or Atom feed) is read post by post by
:func:`linkcheck.articles.extract_citations`: each post is an article of its own (its title, ``<link>`` and
date), its links at the lines they have in the file. A feed of other sites' pages (entries without their
content) is read as it is. Unit tests on strings; the CLI's end-to-end case is
``tests/test_site_probe7.py::test_a_newsroom_wordpress_export_dates_each_post_by_its_own_post_date``.
"""

from __future__ import annotations

from linkcheck.articles import _feed, extract_citations
from linkcheck.models import PartialDate

WXR = (
    '<?xml version="1.0" encoding="UTF-8" ?>\n'  # 1
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:wp="http://wordpress.org/export/1.2/">\n'  # 2
    "<channel>\n"  # 3
    "  <title>Hill Post</title>\n"  # 4
    "  <link>https://hill.example</link>\n"  # 5
    "  <item>\n"  # 6
    "    <title>Ferry fares rise</title>\n"  # 7
    "    <link>https://hill.example/2023/03/ferry-fares/</link>\n"  # 8
    "    <wp:post_date><![CDATA[2023-03-09 10:00:00]]></wp:post_date>\n"  # 9
    "    <content:encoded><![CDATA[<p>Fares rose.</p>\n"  # 10
    '<p>The <a href="https://ferries.example.org/fares-2023">Fare Review for 2023</a> says so.</p>\n'  # 11
    '<p>Also <a href="https://news.example.com/ferry-strike">Ferry Crews Walk Out Again</a>.</p>]]>'
    "</content:encoded>\n"  # 12
    "  </item>\n"  # 13
    "  <item>\n"  # 14
    "    <title>Cover photo</title>\n"  # 15
    "    <link>https://hill.example/cover/</link>\n"  # 16
    "    <wp:post_type><![CDATA[attachment]]></wp:post_type>\n"  # 17
    "    <content:encoded><![CDATA[]]></content:encoded>\n"  # 18
    "  </item>\n"  # 19
    "  <item>\n"  # 20
    "    <title>Crews return\n      to work</title>\n"  # 21-22
    "    <link>https://hill.example/2023/08/crews-return/</link>\n"  # 23
    "    <wp:post_date><![CDATA[2023-08-14 10:00:00]]></wp:post_date>\n"  # 24
    "    <content:encoded><![CDATA[<p>The strike is over. It began when\n"  # 25
    '<a href="https://news.example.com/ferry-strike">Ferry Crews Walk Out Again</a> ran.</p>]]>'
    "</content:encoded>\n"  # 26
    "  </item>\n"  # 27
    "</channel>\n"  # 28
    "</rss>\n"  # 29
)


def test_a_wordpress_exports_posts_are_each_an_article_at_the_files_lines() -> None:
    got = [
        (c.line, c.url, c.article.title, c.article.url, str(c.article.date))
        for c in extract_citations(WXR, "html", source="export.xml")
        if c.article is not None
    ]
    first = ("Ferry fares rise", "https://hill.example/2023/03/ferry-fares/", "2023-03-09")
    second = ("Crews return to work", "https://hill.example/2023/08/crews-return/", "2023-08-14")
    assert got == [
        (11, "https://ferries.example.org/fares-2023", *first),
        (12, "https://news.example.com/ferry-strike", *first),
        (26, "https://news.example.com/ferry-strike", *second),
    ]


def test_a_url_two_posts_cite_is_a_citation_of_each_with_its_own_date() -> None:
    strikes = [c for c in extract_citations(WXR, "html") if c.url.endswith("/ferry-strike")]
    assert [(c.title, str(c.article.date) if c.article else None) for c in strikes] == [
        ("Ferry Crews Walk Out Again", "2023-03-09"),
        ("Ferry Crews Walk Out Again", "2023-08-14"),
    ]


def test_the_callers_article_date_still_wins_for_every_post() -> None:
    day = PartialDate.parse("2024-01-01")
    citations = extract_citations(WXR, "html", article_date=day)
    assert len(citations) == 3
    assert {c.article.date for c in citations if c.article is not None} == {day}


def test_an_exports_attachment_without_content_is_no_article() -> None:
    pages = _feed.feed_articles(WXR)
    assert pages is not None
    assert len(pages) == 2
    assert all("/cover/" not in page for page in pages)


ATOM = (
    '<?xml version="1.0" encoding="utf-8"?>\n'  # 1
    '<feed xmlns="http://www.w3.org/2005/Atom">\n'  # 2
    "<title>Field Notes</title>\n"  # 3
    '<link href="https://notes.example.net/" rel="alternate"/>\n'  # 4
    "<entry>\n"  # 5
    "  <title>River gauges in spring</title>\n"  # 6
    '  <link href="https://notes.example.net/gauges/" rel="alternate"/>\n'  # 7
    "  <published>2024-04-02T08:00:00+00:00</published>\n"  # 8
    '  <content type="html">&lt;p&gt;See &lt;a href="https://water.example.gov/gauges"&gt;'
    "Spring Gauge Readings&lt;/a&gt;.&lt;/p&gt;</content>\n"  # 9
    "</entry>\n"  # 10
    "<entry>\n"  # 11
    "  <title>Floods</title>\n"  # 12
    '  <link href="https://notes.example.net/floods/" rel="alternate"/>\n'  # 13
    "  <published>2024-05-20T08:00:00+00:00</published>\n"  # 14
    '  <content type="html">&lt;p&gt;Read\n'  # 15
    '&lt;a href="https://flood.example.org/may"&gt;The May Flood Report&lt;/a&gt;.&lt;/p&gt;'
    "</content>\n"  # 16
    "</entry>\n"  # 17
    "</feed>\n"  # 18
)


def test_a_full_text_atom_feed_is_read_entry_by_entry() -> None:
    got = [
        (c.line, c.url, c.article.url if c.article else None, str(c.article.date) if c.article else None)
        for c in extract_citations(ATOM, "auto", source="notes.atom.xml")
    ]
    assert got == [
        (9, "https://water.example.gov/gauges", "https://notes.example.net/gauges/", "2024-04-02"),
        (16, "https://flood.example.org/may", "https://notes.example.net/floods/", "2024-05-20"),
    ]


def test_a_feed_of_other_sites_links_stays_one_article() -> None:
    """A link blog's or an aggregator's RSS: entries with a title, a link and an excerpt, no content of their
    own: a list of other pages, read as it is (left alone: passes without the rule too)."""
    links = (
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Reading list</title>\n'
        "<item><title>Gauges</title><link>https://water.example.gov/gauges</link>"
        "<description>A good read on gauges.</description></item>\n"
        "<item><title>Floods</title><link>https://flood.example.org/may</link>"
        "<description>The May report.</description></item>\n"
        "</channel></rss>\n"
    )
    assert _feed.feed_articles(links) is None
    articles = {c.article for c in extract_citations(links, "html")}
    assert len(articles) <= 1


def test_a_feed_of_one_entry_is_still_that_entrys_page() -> None:
    one = ATOM[: ATOM.index("<entry>\n  <title>Floods")] + "</feed>\n"
    assert _feed.feed_articles(one) is None
    assert _feed.feed_entry_page(one) is not None


def test_a_drafts_zero_post_date_is_no_date() -> None:
    assert _feed._day("0000-00-00 00:00:00") is None
    assert _feed._day("2023-03-09 10:00:00") == "2023-03-09"


def test_a_feed_whose_content_is_escaped_is_sniffed_as_html() -> None:
    from linkcheck.article_formats import sniff_format

    assert sniff_format(ATOM) == "html"
    rdf = '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    assert sniff_format(rdf + "<item>&lt;p&gt;x&lt;/p&gt;</item></rdf:RDF>") == "html"
    assert sniff_format('<?xml version="1.0"?>\n<notes>A feedback form: https://x.example/</notes>') == "text"
