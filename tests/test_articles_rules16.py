"""Rules added after the sixteenth held-out batch (tests/fixtures/articles/heldout, ``b16_*``), each on a
small string, with a case each rule must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import is_boilerplate, is_post_view
from linkcheck.articles._feed import feed_entry_page, looks_like_feed
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str, date: str | None = None, base: str | None = None) -> dict[str, Citation]:
    day = PartialDate.parse(date) if date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=day, base_url=base)}


# --- titles named in the prose ----------------------------------------------------------------------------


def test_a_title_named_after_headlined_or_titled_goes_to_the_link_of_its_sentence() -> None:
    text = (
        "The Times ran it under the headline ‘Port Strike Suspended After Wage Deal,’ here:"
        " https://news.example.com/a/port-strike\n\n"
        "In a piece titled “The Costs Will Outlast the Strike,” published Tuesday, it said so"
        " (https://wire.example.com/b).\n"
    )
    got = _read(text, "text")
    assert got["https://news.example.com/a/port-strike"].title == "Port Strike Suspended After Wage Deal"
    assert got["https://wire.example.com/b"].title == "The Costs Will Outlast the Strike"


def test_a_title_named_after_its_link_goes_to_the_link_before_it() -> None:
    page = (
        '<p><a href="https://paper.example.com/savannah">A Savannah story</a> headlined “Three generations'
        " on the docks” spoke to one family.</p>"
    )
    assert _read(page, "html")["https://paper.example.com/savannah"].title == "Three generations on the docks"


def test_russian_titles_named_in_the_prose() -> None:
    text = (
        "«Коммерсантъ» опубликовал материал под заголовком «Мосты через Оку закроют на ремонт»"
        " (https://www.kommersant.ru/doc/1).\n\n"
        "РБК в статье «Ремонт мостов подорожал на треть» ссылается на данные Росстата:\n"
        "https://www.rbc.ru/economics/2\n"
    )
    got = _read(text, "text")
    assert got["https://www.kommersant.ru/doc/1"].title == "Мосты через Оку закроют на ремонт"
    assert got["https://www.rbc.ru/economics/2"].title == "Ремонт мостов подорожал на треть"


def test_a_quoted_name_or_a_title_in_another_sentence_is_left_alone() -> None:
    text = (
        "По данным публикации «Коммерсанта», работы начнутся весной: https://www.kommersant.ru/doc/3\n\n"
        "She titled nothing. The “quiet crisis” was elsewhere. See https://other.example.com/c\n\n"
        "A story headlined “Bridges Close” ran last week. Separately,"
        " https://third.example.com/d says more.\n"
    )
    got = _read(text, "text")
    assert got["https://www.kommersant.ru/doc/3"].title is None
    assert got["https://other.example.com/c"].title is None
    assert got["https://third.example.com/d"].title is None


def test_an_apostrophe_does_not_close_a_single_quoted_title() -> None:
    text = "It ran under the headline ‘The Strike’s Costs Will Last’ at https://news.example.com/e today.\n"
    assert _read(text, "text")["https://news.example.com/e"].title == "The Strike’s Costs Will Last"


# --- listing lines: Title - URL - Month YYYY (N comments) ---------------------------------------------


def test_a_listing_line_gives_its_link_a_title_and_a_date() -> None:
    text = (
        "Related. Others?\n\n"
        "Route 7 bridge closed after inspectors find cracked girder - https://news.ycombinator.com/item?id=1"
        " - Feb 2024 (54 comments)\n\n"
        "Ask HN: Who audits the inspectors? - https://news.ycombinator.com/item?id=2"
        " - May 2023 (131 comments)\n"
    )
    got = _read(text, "text")
    assert got["https://news.ycombinator.com/item?id=1"].title == (
        "Route 7 bridge closed after inspectors find cracked girder"
    )
    assert str(got["https://news.ycombinator.com/item?id=1"].date) == "2024-02"
    assert got["https://news.ycombinator.com/item?id=2"].title == "Ask HN: Who audits the inspectors?"
    assert str(got["https://news.ycombinator.com/item?id=2"].date) == "2023-05"


def test_a_dashed_line_without_a_date_is_left_alone() -> None:
    text = "Our notes - https://notes.example.com/f - written by the desk in good faith\n"
    got = _read(text, "text")["https://notes.example.com/f"]
    assert got.title is None
    assert got.date is None


# --- a feed of one entry is that entry's page --------------------------------------------------------

_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Desk</title><link>https://desk.example.it/</link>
<generator>https://wordpress.org/?v=6.4</generator>
<item>
<title>L&#8217;Iraq riapre i negoziati</title>
<link>https://desk.example.it/2020/01/10/iraq/</link>
<guid isPermaLink="false">https://desk.example.it/?p=1</guid>
<pubDate>Fri, 10 Jan 2020 11:05:00 +0100</pubDate>
<content:encoded>&lt;p&gt;Lo ha dichiarato gioved&amp;igrave; all&amp;#8217;agenzia statale
&lt;a href="https://ria.ru/20200109/1563219328.html"&gt;RIA Novosti&lt;/a&gt;
il presidente.&lt;/p&gt;</content:encoded>
</item>
</channel>
</rss>
"""


def test_an_rss_item_read_as_html_is_its_escaped_content() -> None:
    got = extract_citations(_RSS, "html")
    assert [c.url for c in got] == ["https://ria.ru/20200109/1563219328.html"]
    (ria,) = got
    assert ria.outlet == "RIA Novosti"
    assert str(ria.date) == "2020-01-09"
    assert ria.article is not None
    assert str(ria.article.date) == "2020-01-10"
    assert ria.article.title == "L’Iraq riapre i negoziati"
    assert ria.article.url == "https://desk.example.it/2020/01/10/iraq/"


def test_an_atom_entry_gives_its_via_link() -> None:
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title>
<link rel="alternate" href="https://notes.example.org/"/>
<entry><title>Queues</title><link rel="alternate" href="https://notes.example.org/q/"/>
<link rel="via" href="https://source.example.com/p/queue"/>
<published>2024-04-17T16:40:00Z</published>
<content type="html">&lt;p&gt;See
&lt;a href="https://lab.example.gov/queued"&gt;Queued Up&lt;/a&gt;.&lt;/p&gt;</content>
</entry></feed>
"""
    page = feed_entry_page(atom)
    assert page is not None
    assert '<link rel="canonical" href="https://notes.example.org/q/">' in page
    urls = [c.url for c in extract_citations(atom, "html")]
    assert urls == ["https://lab.example.gov/queued", "https://source.example.com/p/queue"]


def test_a_feed_of_several_entries_and_a_page_are_read_as_they_are() -> None:
    two = _RSS.replace("<item>", "<item><title>One</title></item><item>", 1)
    assert looks_like_feed(two)
    assert feed_entry_page(two) is None
    assert not looks_like_feed(
        "<html><body><p>An RSS feed is at <a href='/feed'>/feed</a>.</p></body></html>"
    )


# --- Markdown reference definitions ---------------------------------------------------------------------


def test_an_images_definition_is_no_citation() -> None:
    text = (
        "![Launcher. Photo: mil.ru][photo]\n\n"
        "A lawmaker told [RIA Novosti][1] on Thursday. ![chart][]\n\n"
        "[photo]: /img/launcher.jpg\n"
        "[chart]: https://img.example.com/chart.png\n"
        "[1]: https://ria.ru/20200109/1563219328.html\n"
    )
    assert list(_read(text, "markdown", base="https://blog.example.com/p/")) == [
        "https://ria.ru/20200109/1563219328.html"
    ]


def test_a_definition_a_link_and_an_image_both_use_is_cited() -> None:
    text = "See [the chart][c] and ![it][c].\n\n[c]: https://data.example.org/chart\n"
    assert list(_read(text, "markdown")) == ["https://data.example.org/chart"]


def test_a_list_of_definitions_no_link_uses_is_still_cited() -> None:
    text = "Links:\n\n[1]: https://ria.ru/20200109/1563219328.html\n[2]: https://tass.ru/politika/7487995\n"
    assert list(_read(text, "markdown")) == [
        "https://ria.ru/20200109/1563219328.html",
        "https://tass.ru/politika/7487995",
    ]


def test_a_definition_title_naming_the_host_is_the_outlet() -> None:
    text = (
        "Related: [Will Russia Reinforce Iraq's Air Defenses?][mt]\n\n"
        "[mt]: https://www.themoscowtimes.com/2024/05/02/will-russia (The Moscow Times)\n"
        '[r]: https://ria.ru/1.html "Ирак возобновил переговоры"\n\n[RIA][r] said so.\n'
    )
    got = _read(text, "markdown")
    mt = got["https://www.themoscowtimes.com/2024/05/02/will-russia"]
    assert (mt.title, mt.outlet) == ("Will Russia Reinforce Iraq's Air Defenses?", "The Moscow Times")
    assert got["https://ria.ru/1.html"].title == "Ирак возобновил переговоры"


# --- machinery -------------------------------------------------------------------------------------------


def test_a_last_sentence_calling_to_follow_makes_a_link_machinery() -> None:
    assert is_boilerplate("*Reuters contributed reporting to this article. Follow us ")
    assert is_boilerplate("View this post on the web at ")
    assert is_boilerplate("Get the app [")
    assert is_boilerplate("Restack [")
    assert not is_boilerplate("We find that 23.8% no longer resolve. Code and data: ")
    assert not is_boilerplate("He said that he would like ")


def test_a_posts_statistics_and_picture_pages_are_no_citations() -> None:
    assert is_post_view("https://x.com/desk/status/1793221000000000001/analytics")
    assert is_post_view("https://x.com/desk/status/1793221000000000002/photo/1")
    assert not is_post_view("https://x.com/desk/status/1793221000000000002")
    assert not is_post_view("https://example.com/status/2024/photo-essay")


# --- text: a dated part of a rubric line, a parenthesis opened at a line's end, Belarusian ----------------


def test_a_rubric_lines_dated_part_dates_the_article() -> None:
    text = (
        "Headline of the story here\n\nСвет · 10 студзеня 2020, 11:15 · Фота: mil.ru\n\nBody.\n"
        "Крыніца: РІА Навіны, 9 студзеня 2020 — https://ria.ru/20200109/1563219328.html\n"
    )
    (ria,) = extract_citations(text, "text")
    assert ria.article is not None
    assert str(ria.article.date) == "2020-01-10"
    assert ria.outlet == "РІА Навіны"
    assert str(ria.date) == "2020-01-09"


def test_a_line_that_is_a_sentence_with_dots_is_no_dateline() -> None:
    text = (
        "Headline of the story here\n\nWe met · talked for hours · and parted in 2019 as friends\n\nBody.\n"
    )
    article = extract_citations(text + "https://example.com/a\n", "text")[0].article
    assert article is not None
    assert article.date is None


def test_a_related_lines_parenthesis_broken_at_its_end_is_no_part_of_the_title() -> None:
    text = (
        "Related article: Will Russia Reinforce Iraq's Air Defenses? (The\nMoscow Times)\n\n"
        "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce\n"
    )
    got = _read(text, "text")["https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce"]
    assert got.title == "Will Russia Reinforce Iraq's Air Defenses?"
    kept = "Related article: Ten Years On (Part 2)\nhttps://www.example.com/2024/ten-years-on\n"
    assert _read(kept, "text")["https://www.example.com/2024/ten-years-on"].title == "Ten Years On (Part 2)"


def test_belarusian_related_label() -> None:
    text = (
        "Ён сказаў у чацвер.\n\n"
        "Па тэме: «Will Russia Reinforce Iraq's Air Defenses?» — The Moscow Times\n"
        "https://www.themoscowtimes.com/2024/05/02/x\n"
    )
    got = _read(text, "text")["https://www.themoscowtimes.com/2024/05/02/x"]
    assert got.title == "Will Russia Reinforce Iraq's Air Defenses?"


def test_a_masthead_whose_columns_are_spaced_apart_dates_the_article() -> None:
    text = "THE GULF DEFENCE LETTER          No. 214          10 January 2020\n\nHeadline here\n\nBody.\n"
    (link,) = extract_citations(text + "https://ria.ru/20200109/1563219328.html\n", "text")
    assert link.article is not None
    assert str(link.article.date) == "2020-01-10"
    spaced = "Minutes of the board   attended by six   held over two days in 2019 and 2020\n\nBody.\n"
    (other,) = extract_citations(spaced + "https://example.com/a\n", "text")
    assert other.article is None or other.article.date is None
