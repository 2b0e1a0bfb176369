"""HTML articles: the body only, anchor text and title, <cite>, <blockquote cite>, Robust Links, bases."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate

NASTY = (Path(__file__).parent / "fixtures" / "articles" / "nasty.html").read_text(encoding="utf-8")


def by_url(citations: list[Citation]) -> dict[str, Citation]:
    return {c.url: c for c in citations}


def test_nasty_html_article() -> None:
    citations = extract_citations(NASTY, "auto", source="nasty.html")
    found = by_url(citations)
    assert list(found) == [
        "https://ria.ru/20200109/1563219328.html",
        "https://tass.ru/politika/7487995",
        "https://www.example-times.com/news/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes",
        "http://www.kremlin.ru/events/president/news/62538",
        "https://news.un.org/en/story/2020/01/1055001",
        "https://www.mid.ru/page",
        "https://www.example.org/a-very-long-path/continued-here",
        "https://www.reuters.com/article/us-iraq-russia-idUSKBN1Z81",
        "https://www.example-times.com/archive/2019/iraq-air-defense.html",
        "https://пример.рф/путь?q=%D0%B0",
    ]
    article = citations[0].article
    assert article is not None
    # article:published_time wins over JSON-LD; og:title over <title>; the canonical URL is the article's.
    assert article.date == PartialDate(2020, 1, 9)
    assert article.title == "Iraq Resumes S-300 Talks With Russia"
    assert article.url == "https://www.example-times.com/2020/01/09/iraq-s-300-talks"
    ria = found["https://ria.ru/20200109/1563219328.html"]
    assert (ria.outlet, ria.date, ria.title, ria.line) == ("RIA Novosti", PartialDate(2020, 1, 9), None, 29)
    tass = found["https://tass.ru/politika/7487995"]
    assert (tass.title, tass.outlet) == ("Zhirinovsky Urges Iran to Buy Russia's S-400", "TASS")
    related = citations[2]
    assert related.title == "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"
    assert related.note == "Related article"
    # Links to the publishing site's own pages carry its og:site_name as their outlet.
    assert related.outlet == "The Example Times"
    assert (
        found["https://www.example-times.com/archive/2019/iraq-air-defense.html"].outlet
        == "The Example Times"
    )
    assert found["https://www.mid.ru/page"].outlet is None
    assert found["http://www.kremlin.ru/events/president/news/62538"].note == "quoted in <blockquote>"
    un = found["https://news.un.org/en/story/2020/01/1055001"]
    assert un.date == PartialDate(2020, 1, 8)
    assert (
        un.archive_url == "https://archive.example.org/20200109/https://news.un.org/en/story/2020/01/1055001"
    )
    mid = found["https://www.mid.ru/page"]
    assert mid.archive_url == "https://archive.example.org/20191201/https://www.mid.ru/page"
    assert mid.date == PartialDate(2019, 12, 1)
    # The href split over two source lines is one URL, merged with its twin at the first line.
    assert found["https://www.example.org/a-very-long-path/continued-here"].line == 43
    reuters = found["https://www.reuters.com/article/us-iraq-russia-idUSKBN1Z81"]
    assert (reuters.title, reuters.outlet) == ("Iraq's Air Defence Plans", "Reuters")


def test_no_navigation_footer_share_or_byline_links() -> None:
    urls = " ".join(c.url for c in extract_citations(NASTY, "html"))
    for noise in ("subscribe", "twitter.com", "facebook.com", "authors", "newsletters", "privacy", "about",
                  "/world/", "other", "mailto", "javascript"):  # fmt: skip
        assert noise not in urls


def test_without_an_article_element_the_biggest_text_block_is_the_body() -> None:
    page = (
        "<html><body><div class='menu'><a href='https://site.example/a'>Menu Link To Somewhere</a></div>"
        "<div id='content'><p>Long paragraph one with a <a href='https://cited.example/1'>Cited Report Title "
        "Here</a> and much more text than the menu has, so it wins.</p><p>Second paragraph, also long "
        "enough to count for something in the scoring.</p></div>"
        "<div class='sidebar'><p>Short <a href='https://sidebar.example/'>x</a></p></div></body></html>"
    )
    assert [c.url for c in extract_citations(page, "html")] == ["https://cited.example/1"]


def test_main_role_is_the_body_when_there_is_no_article() -> None:
    page = (
        "<body><a href='https://outside.example/'>Outside</a>"
        "<div role='main'><p><a href='https://inside.example/'>Inside Story Title Here</a></p></div></body>"
    )
    assert [c.url for c in extract_citations(page, "html")] == ["https://inside.example/"]


def test_a_wrapper_whose_class_mentions_share_is_not_dropped() -> None:
    page = "<article><div class='post has-share-bar'><p>Text <a href='https://a.example/x'>x</a></p></div></article>"
    assert [c.url for c in extract_citations(page, "html")] == ["https://a.example/x"]


@pytest.mark.parametrize(
    ("page", "base", "expected"),
    [
        (
            "<base href='https://b.example/dir/'><article><a href='x'>x</a></article>",
            None,
            "https://b.example/dir/x",
        ),
        (
            "<base href='/dir/'><article><a href='x'>x</a></article>",
            "https://c.example/a/b",
            "https://c.example/dir/x",
        ),
        (
            "<link rel='canonical' href='https://d.example/2020/story'>"
            "<article><a href='other'>x</a></article>",
            None,
            "https://d.example/2020/other",
        ),
        (
            "<link rel='canonical' href='https://d.example/2020/story'>"
            "<article><a href='other'>x</a></article>",
            "https://e.example/saved/copy",
            "https://e.example/saved/other",
        ),
        ("<article><a href='//f.example/p'>x</a></article>", None, "https://f.example/p"),
    ],
)
def test_relative_links_resolve_against_base_then_base_url_then_canonical(
    page: str, base: str | None, expected: str
) -> None:
    assert [c.url for c in extract_citations(page, "html", base_url=base)] == [expected]


def test_cite_inside_and_around_links() -> None:
    page = (
        "<article><p><a href='https://a.example/1'><cite>Inside Cite Title</cite></a></p>"
        "<p><cite><a href='https://a.example/2'>Around Cite Title</a></cite></p></article>"
    )
    first, second = extract_citations(page, "html")
    assert first.title == "Inside Cite Title"
    assert second.title == "Around Cite Title"


def test_q_cite_and_links_to_the_article_itself() -> None:
    page = (
        "<link rel='canonical' href='https://me.example/story'>"
        "<article><p><q cite='https://quoted.example/speech'>Words</q> "
        "<a href='https://me.example/story'>permalink</a></p></article>"
    )
    assert [c.url for c in extract_citations(page, "html")] == ["https://quoted.example/speech"]


def test_published_time_fallbacks() -> None:
    ld = '<script type="application/ld+json">{"datePublished": "2020-01-09T08:00:00Z"}</script>'
    (c1,) = extract_citations(ld + "<article><a href='https://a.example/'>x</a></article>", "html")
    assert c1.article is not None
    assert c1.article.date == PartialDate(2020, 1, 9)
    micro = "<article><time itemprop='datePublished' datetime='2020-01-08'>Jan 8</time><a href='https://a.example/'>x</a></article>"
    (c2,) = extract_citations(micro, "html")
    assert c2.article is not None
    assert c2.article.date == PartialDate(2020, 1, 8)


@pytest.mark.parametrize(
    "page",
    [
        "",
        "   ",
        "<",
        "<html>",
        "<?xml version='1.0' encoding='latin-1'?><p>x</p>",
        "\x00\x01<a href='x'>",
        "<a href=''>",
    ],
)
def test_degenerate_pages(page: str) -> None:
    assert all(c.error is not None for c in extract_citations(page, "html"))


def test_a_cite_naming_the_hosts_outlet_is_the_outlet_not_the_title() -> None:
    page = (
        "<article><ul><li><a href='https://www.theguardian.com/world/2020/jan/09/iraq-russia'>Iraq and Russia"
        "</a>, <cite>The Guardian</cite></li></ul></article>"
    )
    (citation,) = extract_citations(page, "html")
    assert citation.outlet == "The Guardian"
    assert citation.title == "Iraq and Russia"  # the anchor text, which matches the slug


def test_teaser_articles_beside_the_real_text_are_not_the_body() -> None:
    story = "".join(
        f"<p>Paragraph {i} of the story, long enough to matter, citing <a href='https://cited.example/{i}'>"
        f"a source</a> with more words after it.</p>"
        for i in range(5)
    )
    page = (
        f"<body><div class='story'>{story}</div><aside>"
        "<article><a href='https://teaser.example/1'>Teaser One</a></article>"
        "<article><a href='https://teaser.example/2'>Teaser Two With More Words</a></article></aside></body>"
    )
    assert [c.url for c in extract_citations(page, "html")] == [
        f"https://cited.example/{i}" for i in range(5)
    ]


def test_a_link_whose_text_is_a_date_gives_the_date_not_a_title() -> None:
    page = (
        '<article><blockquote class="twitter-tweet"><p>Booked the sleeper four times.</p>&mdash; '
        'Rail Rambler (@railrambler) <a href="https://twitter.com/railrambler/status/171?ref_src=twsrc%5Etfw">'
        "October 12, 2023</a></blockquote></article>"
    )
    (citation,) = extract_citations(page, "html")
    assert (citation.title, citation.date) == (None, PartialDate(2023, 10, 12))


@pytest.mark.parametrize(
    ("anchor", "url", "outlet"),
    [
        ("Consumer Reports found in 2019", "https://www.consumerreports.org/water/a53/", "Consumer Reports"),
        (
            "New York Times piece from 1978",
            "https://www.nytimes.com/1978/06/18/archives/a.html",
            "New York Times",
        ),
        ("The Moscow Times", "https://www.themoscowtimes.com/2020/01/09/iraq-a1", "The Moscow Times"),
    ],
)
def test_a_link_text_naming_the_outlet_is_a_title_only_if_the_rest_reads_like_one(
    anchor: str, url: str, outlet: str
) -> None:
    page = f'<article><p>See <a href="{url}">{anchor}</a> on it.</p></article>'
    (citation,) = extract_citations(page, "html")
    assert (citation.outlet, citation.title) == (outlet, None)
    page = '<p><a href="https://www.bbc.co.uk/sport/1">BBC Sport Personality of the Year</a></p>'
    (kept,) = extract_citations(page, "html")
    assert (kept.outlet, kept.title) == ("BBC", "BBC Sport Personality of the Year")


def test_a_title_in_quotes_around_the_link_is_a_title_and_names_no_outlet() -> None:
    page = (
        "<article><ul><li>Marshall, W. &#8220;<a href='https://www.sciencedirect.com/science/article/pii/S2'>"
        "Why cities with high bicycling rates are safer</a>,&#8221; <em>Journal of Transport</em>, 2019.</li>"
        "<li>Beverage Marketing Corporation, \"<a href='https://www.bottledwater.org/economic-impact-2022/'>"
        'Bottled Water 2021</a>," via the association.</li></ul></article>'
    )
    science, water = extract_citations(page, "html")
    assert science.title == "Why cities with high bicycling rates are safer"
    assert (water.title, water.outlet) == ("Bottled Water 2021", None)


def test_footnote_entries_give_date_access_date_and_quoted_title() -> None:
    page = (
        "<article><p>Text.<a href='#footnote-1'>1</a></p>"
        "<div class='footnote'><a href='#footnote-anchor-1'>1</a><div class='footnote-content'><p>"
        'See Gawel, R. "How Perrier Made Water Chic." <em>Advertising Age</em>, March 3, 1980. '
        "<a href='https://adage.example.com/1980/perrier'>https://adage.example.com/1980/perrier</a>"
        ".</p></div></div>"
        "<ol class='notes'><li>EPA, <a href='https://www.epa.gov/watersense/stats'>Statistics and Facts</a>, "
        "accessed September 10, 2022.</li></ol></article>"
    )
    perrier, epa = extract_citations(page, "html")
    assert (perrier.title, perrier.date) == ("How Perrier Made Water Chic", PartialDate(1980, 3, 3))
    assert (epa.title, epa.date, epa.access_date) == ("Statistics and Facts", None, PartialDate(2022, 9, 10))


def test_a_paragraph_with_one_link_and_a_date_is_not_an_entry() -> None:
    page = "<article><p>In a speech on 3 March 2020 the minister said <a href='https://gov.example/s'>this</a>.</p></article>"
    (citation,) = extract_citations(page, "html")
    # Not read as a reference entry (no title from its words). Its date is the reporting sentence's day,
    # "on 3 March 2020 ... said", as with an article's date before; since the seed7 probe a day written
    # with its year dates the report without one too.
    assert (citation.title, citation.date) == (None, PartialDate(2020, 3, 3))


def test_a_card_link_reads_its_title_element_not_all_its_text_run_together() -> None:
    page = (
        "<article><p>First, a long look:</p><figure class='kg-card kg-bookmark-card'>"
        "<a class='kg-bookmark-container' href='https://www.technologyreview.com/2023/11/13/1083185/sodium-ion/'>"
        "<div class='kg-bookmark-content'><div class='kg-bookmark-title'>Why China is betting big on "
        "sodium-ion batteries</div><div class='kg-bookmark-description'>Lithium is expensive.</div></div></a>"
        "</figure>"
        "<p>And <a href='https://www.freightwaves.com/x'><div>Read</div><div>FreightWaves</div></a>.</p></article>"
    )
    card, blocks = extract_citations(page, "html")
    assert card.title == "Why China is betting big on sodium-ion batteries"
    assert blocks.outlet == "FreightWaves"  # "Read FreightWaves", not "ReadFreightWaves"


def test_unsubscribe_and_view_in_browser_anchors_are_not_citations() -> None:
    page = (
        "<article><p><a href='https://news.example.com/web/112'>View this email in your browser</a></p>"
        "<p>The <a href='https://cited.example.org/report'>Annual Grid Report 2023</a> is out.</p>"
        "<p><a href='https://news.example.com/unsubscribe?id=1'>Unsubscribe</a></p></article>"
    )
    assert [c.url for c in extract_citations(page, "html")] == ["https://cited.example.org/report"]


def test_author_tag_and_self_links_with_a_query_are_not_citations() -> None:
    page = (
        "<link rel='canonical' href='https://margins.example.com/p/water'>"
        "<article><p>By <a rel='author' href='https://people.example.com/@tom'>Tom</a>.</p>"
        "<p>A <a href='https://cited.example.org/report'>Report On Bottled Water</a>, tagged "
        "<a rel='tag' href='https://margins.example.com/t/water'>water</a>.</p>"
        "<p class='button-wrapper'><a href='https://margins.example.com/p/water?utm_source=substack&amp;action=share'>"
        "<span>Share</span></a></p></article>"
    )
    assert [c.url for c in extract_citations(page, "html")] == ["https://cited.example.org/report"]


def test_photo_credits_in_a_figcaption_are_not_citations_but_a_source_is() -> None:
    page = (
        "<article><figure><img src='https://cdn.example/a.jpg' alt='A train'><figcaption>At Vienna. "
        "Photo: <a href='https://www.flickr.com/photos/someone/527'>Karl Weiss</a> / "
        "<a href='https://creativecommons.org/licenses/by-sa/2.0/'>CC BY-SA 2.0</a></figcaption></figure>"
        "<p>Routes grew fast.</p><figure><img src='https://cdn.example/chart.png' alt='Chart'><figcaption>"
        "Night routes. Source: <a href='https://back-on-track.eu/night-train-map/'>Back on Track</a>"
        "</figcaption></figure><figure><figcaption>Фото: "
        "<a href='https://photo.example/ivanov'>Иван Иванов</a></figcaption></figure></article>"
    )
    assert [c.url for c in extract_citations(page, "html")] == ["https://back-on-track.eu/night-train-map/"]


def test_a_visible_dateline_dates_a_page_without_metadata() -> None:
    page = (
        "<body><div id='content'><h1>Annual report, 2019</h1><p>Published 14 February 2020</p>"
        "<p>We digitised <a href='https://a.example/archive'>the archive</a> this year, and more text.</p>"
        "</div></body>"
    )
    (citation,) = extract_citations(page, "html")
    assert citation.article is not None
    assert citation.article.date == PartialDate(2020, 2, 14)
    meta = "<meta property='article:published_time' content='2020-02-20'>"
    (dated,) = extract_citations(meta + page, "html")
    assert dated.article is not None
    assert dated.article.date == PartialDate(2020, 2, 20)


def test_json_ld_publisher_names_the_site_when_there_is_no_og_site_name() -> None:
    page = (
        "<link rel='canonical' href='https://www.wire.example.com/markets/coffee-prices/'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", '
        '"logo": {"@type": "ImageObject", "url": "https://www.wire.example.com/logo.png"}, '
        '"name": "Commodity Wire"}}</script>'
        "<article><p>See our explainer, <a href='https://www.wire.example.com/explainers/futures/'>"
        "How Coffee Futures Work</a>.</p></article>"
    )
    (citation,) = extract_citations(page, "html")
    assert citation.outlet == "Commodity Wire"


def test_the_articles_comments_amp_and_print_pages_are_the_article_itself() -> None:
    page = (
        "<link rel='canonical' href='https://margins.example.com/p/water'>"
        "<article><p><a href='https://margins.example.com/p/water/comments'>42 Comments</a> "
        "<a href='https://margins.example.com/p/water/amp'>AMP</a> "
        "<a href='https://margins.example.com/p/water-2'>A Follow Up Story On Water</a></p></article>"
    )
    assert [c.url for c in extract_citations(page, "html")] == ["https://margins.example.com/p/water-2"]


def test_a_caption_of_many_links_is_read_once() -> None:
    """A figcaption holding thousands of links: each link does not re-read the whole caption."""
    import time

    links = "".join(f"<a href='https://a.example/{i}'>Some Link Number {i}</a> " for i in range(20_000))
    page = f"<article><p>Text.</p><figure><figcaption>Photo: {links}</figcaption></figure></article>"
    started = time.process_time()
    extract_citations(page, "html")
    assert time.process_time() - started < 20


def test_substack_email_redirects_are_read_as_their_targets() -> None:
    import base64
    import json

    def wrap(target: str) -> str:
        payload = json.dumps({"e": target, "p": 1, "sub": "link-redirect"}).encode()
        token = base64.urlsafe_b64encode(payload).decode().rstrip("=")
        return f"https://substack.com/redirect/2/{token}.c2lnbmF0dXJl?j=eyJ1IjoiMSJ9"

    agency = wrap("https://www.example.gov/todayinenergy/detail.php?id=61545")
    post = wrap("https://blog.example.com/p/why-batteries-ate-the-duck-curve")
    html = (
        f"<article><p>The <a href='{agency}'>agency wrote</a> about it; I argued it in <a href='{post}'>"
        "Why batteries ate the duck curve</a>. A broken token: "
        "<a href='https://substack.com/redirect/2/%%%.sig'>here</a>.</p></article>"
    )
    citations = extract_citations(html, "html")
    assert [c.url for c in citations] == [
        "https://www.example.gov/todayinenergy/detail.php?id=61545",
        "https://blog.example.com/p/why-batteries-ate-the-duck-curve",
        "https://substack.com/redirect/2/%%%.sig",
    ]
    assert citations[1].title == "Why batteries ate the duck curve"  # read against the target's slug


def test_ugc_on_most_paragraph_links_is_a_platform_mark_not_a_commenters_link() -> None:
    ugc = "rel='noopener ugc nofollow'"
    html = (
        f"<article><p>Uber described it in its <a {ugc} href='https://eng.example.com/platform/'>post</a>, "
        f"after <a {ugc} href='https://papers.example.cc/2015/debt.html'>“Hidden Technical Debt”</a>.</p>"
        f"<p>See the <a {ugc} href='https://docs.example.dev/feature-view'>documentation</a> and "
        "<a rel='noopener' href='https://blog.example.com/drift'>my post</a>.</p></article>"
    )
    assert [c.url for c in extract_citations(html, "html")] == [
        "https://eng.example.com/platform/",
        "https://papers.example.cc/2015/debt.html",
        "https://docs.example.dev/feature-view",
        "https://blog.example.com/drift",
    ]


def test_image_files_note_markers_and_sphinx_cross_references_are_not_citations() -> None:
    html = (
        "<article><p>Chart: <a class='image-link' href='https://cdn.example.com/fetch/w_1100/chart.png'>"
        "<img src='https://cdn.example.com/fetch/w_600/chart.png'></a></p>"
        "<p>A <a href='https://cdn.example.com/report.pdf'><img src='cover.jpg'></a> cover links it.</p>"
        "<p>As NREL found<a href='https://app.example.com/post?id=1#footnote-1'>1</a>, see "
        "<a class='reference internal' href='https://docs.example.io/api.html#Session'>Session</a> and "
        "<a class='reference external' href='https://docs.python.org/3/library/json.html'>json</a>.</p>"
        "<div class='footnote'><a href='https://app.example.com/post?id=1#footnote-anchor-1'>1</a> "
        "Denholm, <a href='https://www.example.gov/docs/87654.pdf'>the study</a>.</div></article>"
    )
    assert [c.url for c in extract_citations(html, "html")] == [
        "https://cdn.example.com/report.pdf",
        "https://docs.python.org/3/library/json.html",
        "https://www.example.gov/docs/87654.pdf",
    ]


def test_an_originally_published_line_and_an_italian_author_page_are_not_citations() -> None:
    html = (
        "<html><head><link rel='canonical' href='https://www.example.it/economia/2024/03/19/story/'></head>"
        "<body><article><p>di <a class='firma' href='/autori/giulia-ferretti/'>Giulia Ferretti</a></p>"
        "<p>Lo ha riferito l'<a href='https://www.ansa.example/2024/03/18/x.html'>ANSA</a>.</p>"
        "<p><em>Originally published at </em><a href='https://blog.example.dev/posts/story/'>"
        "<em>https://blog.example.dev</em></a><em> on March 1, 2024.</em></p></article></body></html>"
    )
    assert [c.url for c in extract_citations(html, "html")] == ["https://www.ansa.example/2024/03/18/x.html"]


def test_a_possessive_weekday_names_an_event_and_a_correction_dates_days_after_the_article() -> None:
    html = (
        "<html><head><meta property='article:published_time' content='2024-04-10T18:00:00+01:00'></head>"
        "<body><article><p>The council postponed Thursday's vote after an independent "
        "<a href='https://council.example.gov.uk/documents/review.pdf'>cost review</a> published on Monday "
        "put the price above the business case.</p>"
        "<p><strong>Correction, 12 April 2024:</strong> An earlier version said £2.1bn. The figure in the "
        "<a href='https://council.example.gov.uk/documents/review-revised.pdf'>revised review</a>, published "
        "by the council on 11 April, is £1.9bn.</p></article></body></html>"
    )
    review, revised = extract_citations(html, "html")
    assert review.date == PartialDate(2024, 4, 8)  # Monday, not the Thursday of the vote
    assert revised.date == PartialDate(2024, 4, 11)  # a day after the article, in its year


def test_a_day_in_the_links_own_text_is_its_date() -> None:
    html = (
        "<article><aside class='sidenote-block' role='note'><p>European Sleeper started in May 2023 after "
        "raising money (<a href='https://www.nrc.example.nl/nieuws/2023/05/25/a1'>NRC, 25 May 2023</a>).</p>"
        "</aside><p>See <a href='https://www.db.example.com/presse/abschied'>the DB press release of "
        "9 December 2016</a>.</p></article>"
    )
    nrc, db = extract_citations(html, "html")
    assert nrc.date == PartialDate(2023, 5, 25)  # the link's day, not the note's first "May 2023"
    assert db.date == PartialDate(2016, 12, 9)


def test_a_span_a_script_makes_a_link_is_a_link() -> None:
    html = (
        "<article><p>Routes grew fast.</p><figure><div class='chart' data-url='https://flo.example/embed/1'>"
        "</div><figcaption>Data: <span class='js-link' data-href='https://www.back-on-track.example.eu/map/' "
        "role='link' tabindex='0'>Back-on-Track night train map</span>.</figcaption></figure>"
        "<p><span data-href='https://tracker.example.com/x'>not a link without its role</span></p></article>"
    )
    assert [c.url for c in extract_citations(html, "html")] == ["https://www.back-on-track.example.eu/map/"]


def test_a_promotion_box_that_is_a_related_article_line_is_kept() -> None:
    html = (
        "<html><head><link rel='canonical' href='https://www.courier.example.co.uk/transport/2024/04/10/x/'>"
        "</head><body><article><p>Councillors will decide in June, as <a href='https://www.bbc.example.co.uk/a'>"
        "the BBC</a> reported.</p><div class='inline-promo'><span>Read more:</span> "
        "<a href='/transport/2024/03/28/bus-franchising/'>What bus franchising will mean for your route</a>"
        "</div>"
        "<div class='promo-box'><a href='https://shop.example.com/offer'>Subscribe for £1 a week</a></div>"
        "</article></body></html>"
    )
    titles = {c.url: c.title for c in extract_citations(html, "html")}
    assert titles == {
        "https://www.bbc.example.co.uk/a": None,
        "https://www.courier.example.co.uk/transport/2024/03/28/bus-franchising/": (
            "What bus franchising will mean for your route"
        ),
    }
