"""Rules added after the sixth held-out batch of articles (tests/fixtures/articles/heldout/b6_*): each a
general rule, tested here on a string of its own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import (
    find_urls,
    is_boilerplate,
    is_own_navigation,
    is_profile,
    is_share,
    looks_like_title,
)
from linkcheck.articles._prose import relative_day, report_month
from linkcheck.articles.plaintext import title_line
from linkcheck.models import Citation, PartialDate


def _urls(text: str, fmt: str, **kwargs: object) -> list[str]:
    return [c.url for c in extract_citations(text, fmt, **kwargs)]  # type: ignore[arg-type]


def _one(text: str, fmt: str, **kwargs: object) -> Citation:
    citations = extract_citations(text, fmt, **kwargs)  # type: ignore[arg-type]
    assert len(citations) == 1, [c.url for c in citations]
    return citations[0]


# --- the site's own pages and machinery -------------------------------------------------------------------


def test_turkish_tag_and_author_pages_and_staff_and_user_pages_are_the_sites_own() -> None:
    own = "https://www.ekonomi.example.com.tr/ekonomi/faiz-karari-2024-05-24"
    for url in (
        "https://www.ekonomi.example.com.tr/etiket/faiz/",
        "https://www.ekonomi.example.com.tr/yazar/selin-aydemir/",
        "https://www.ekonomi.example.com.tr/kategori/ekonomi/",
        "https://www.ekonomi.example.com.tr/team/lena-brandt/",
        "https://www.ekonomi.example.com.tr/people/dana-whitfield/",
        "https://www.ekonomi.example.com.tr/user/87",
        "https://www.ekonomi.example.com.tr/print/node/48211",
    ):
        assert is_own_navigation(url, own), url
    # On another host, or deeper than a taxonomy page, they are pages like any other.
    assert not is_own_navigation("https://www.university.example.edu/people/jane-doe", own)
    assert not is_own_navigation("https://www.ekonomi.example.com.tr/people/2024/05/power-to-the-people", own)
    assert not is_own_navigation("https://www.ekonomi.example.com.tr/news/print-media-in-decline", own)


def test_addtoany_share_links_are_share_buttons() -> None:
    article = "https%3A%2F%2Fwww.valley.example.com%2Fnews%2Fbudget"
    assert is_share(f"https://www.addtoany.com/add_to/facebook?linkurl={article}&linkname=Budget")
    assert is_share(f"https://www.addtoany.com/add_to/x?linkurl={article}")
    assert not is_share("https://www.addtoany.com/blog/add_to-buttons-for-wordpress/")


def test_a_share_intent_is_dropped_before_a_redirect_is_read_into_it() -> None:
    html = (
        "<html><body><article><p>Text.</p>"
        '<p><a href="https://t.me/share/url?url=https://www.facts.example.de/check/holzoefen/">Telegram</a> '
        '<a href="https://www.google.com/url?q=https://www.uba.example.de/heizen-mit-holz&sa=D">UBA</a></p>'
        "</article></body></html>"
    )
    assert _urls(html, "html") == ["https://www.uba.example.de/heizen-mit-holz"]


def test_a_bluesky_profile_is_a_profile_and_its_post_is_not() -> None:
    assert is_profile("https://bsky.app/profile/did:plc:3xk7q2abcd?ref_src=embed")
    assert is_profile("https://bsky.app/profile/verifydesk.example.net")
    assert not is_profile("https://bsky.app/profile/did:plc:3xk7q2abcd/post/3l3xyzabc2k2a")
    assert not is_profile("https://www.bloomberg.com/profile/company/XEL:US")
    assert not is_profile("https://www.forbes.com/profile/elon-musk/")


def test_show_notes_and_press_release_labels_are_machinery() -> None:
    for label in (
        "Copy link",
        "🎧 Listen on ",
        "Become a member on ",
        "Support the show on ",
        "View original content to download multimedia:",
    ):
        assert is_boilerplate(label), label
    for label in ("Listen to the full interview", "The copy of the report", "Support for the bill grew"):
        assert not is_boilerplate(label), label


def test_a_markdown_link_after_a_line_label_is_machinery_as_a_bare_url_is() -> None:
    md = (
        "The regulator's [annual report](https://dataportal.orr.gov.uk/statistics/finance/) is out.\n\n"
        "🎧 Listen on [Apple Podcasts](https://podcasts.apple.com/gb/podcast/rail/id15?i=10) · "
        "[Spotify](https://open.spotify.com/episode/4kTz)\n\n"
        "Follow us on [Mastodon](https://mastodon.social/@railtalk/)\n\n"
        "Listen to [the interview on BBC Sounds](https://www.bbc.co.uk/sounds/play/m001x)\n"
    )
    assert _urls(md, "markdown") == [
        "https://dataportal.orr.gov.uk/statistics/finance/",
        "https://www.bbc.co.uk/sounds/play/m001x",
    ]


def test_an_embedded_tweets_picture_link_and_an_embeds_chrome_text_are_no_citation_and_no_title() -> None:
    html = (
        '<html><body><article><blockquote class="twitter-tweet"><p>Day 2. <a href="https://t.co/Xa81LmQp2z">'
        "pic.twitter.com/Xa81LmQp2z</a></p>&mdash; Union (@union) "
        '<a href="https://twitter.com/union/status/1841478523409125376">October 2, 2024</a></blockquote>'
        '<p>Also <a href="https://t.co/Zz99">a t.co link</a>.</p></article></body></html>'
    )
    assert _urls(html, "html") == [
        "https://twitter.com/union/status/1841478523409125376",
        "https://t.co/Zz99",
    ]
    for text in ("View this post on Instagram", "A post shared by Odesa Today (@odesa.today)"):
        assert looks_like_title(text, "https://www.instagram.com/p/C_xK2LmN8pQ/", standalone=True) is None
    assert looks_like_title("A post on pricing", "https://example.org/pricing-post", standalone=True)


# --- URLs -------------------------------------------------------------------------------------------------


def test_a_quoted_printable_soft_line_break_in_a_path_is_no_part_of_the_url() -> None:
    text = "Guidance: https://learn.example.com/en-us/entra/identity/=\nconcept-phishing-resistant, sorry.\n"
    assert [u for _, _, u in find_urls(text)] == [
        "https://learn.example.com/en-us/entra/identity/concept-phishing-resistant"
    ]
    # In a query a "=" before the break is the parameter's own.
    text = "Search: https://search.example.org/find?q=\nheat-pumps and more\n"
    assert [u for _, _, u in find_urls(text)] == ["https://search.example.org/find?q=heat-pumps"]


def test_an_archived_copy_of_a_page_cited_with_a_tracking_query_is_that_pages_copy() -> None:
    status = "https://twitter.com/odesa_alerts/status/1833792011234567890"
    html = (
        f'<html><body><article><p>The post: <a href="{status}?ref_src=twsrc%5Etfw">September 10, 2024</a></p>'
        f'<p>(<a href="https://web.archive.org/web/20240910052301/{status}">archived copy</a>)</p>'
        '<p>Unrelated copy: <a href="https://web.archive.org/web/2019/https://example.org/gone">old</a></p>'
        "</article></body></html>"
    )
    citations = extract_citations(html, "html")
    assert [c.url for c in citations] == [
        f"{status}?ref_src=twsrc%5Etfw",
        "https://web.archive.org/web/2019/https://example.org/gone",
    ]
    assert citations[0].archive_url == f"https://web.archive.org/web/20240910052301/{status}"


# --- HTML -------------------------------------------------------------------------------------------------


def test_a_claim_reviews_json_ld_url_is_the_page_without_a_canonical_link() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "ClaimReview", "url": '
        '"https://www.facts.example.de/check/holzoefen/", "itemReviewed": {"@type": "Claim", "appearance": '
        '[{"url": "https://www.facebook.com/post/1"}]}}</script></head><body><article><p>'
        '<a href="https://www.facts.example.de/themen/klima/">Klima</a> '
        '<a href="https://www.uba.example.de/heizen-mit-holz">UBA</a></p></article></body></html>'
    )
    citations = extract_citations(html, "html")
    assert [c.url for c in citations] == ["https://www.uba.example.de/heizen-mit-holz"]
    assert citations[0].article is not None
    assert citations[0].article.url == "https://www.facts.example.de/check/holzoefen/"


def test_telegram_widgets_and_mastodon_frames_are_the_posts_they_embed() -> None:
    html = (
        "<html><body><article><p>First copy:</p>"
        '<script async src="https://telegram.org/js/telegram-widget.js?22" '
        'data-telegram-post="odesa_now/48213">'
        "</script><p>Debunk:</p>"
        '<iframe src="https://mastodon.social/@ccd_ua/113116820000000001/embed" width="400"></iframe>'
        '<iframe src="https://www.youtube.com/embed/Q7x9kLmN2pA" title="Meeting"></iframe>'
        '<script data-telegram-post="not a post"></script></article></body></html>'
    )
    assert _urls(html, "html") == [
        "https://t.me/odesa_now/48213",
        "https://mastodon.social/@ccd_ua/113116820000000001",
    ]


def test_a_live_blog_posts_relative_days_are_read_against_the_posts_timestamp() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2024-10-01T05:30:00-04:00"></head>'
        '<body><article><div class="post"><time datetime="2024-10-02T14:25:00-04:00">2:25 p.m.</time>'
        "<p>Analysts said earlier today the backlog would last weeks "
        '(<a href="https://www.sea-intel.example.com/press/backlog">Sea Intel</a>).</p>'
        '<p>The Journal reported on Tuesday: <a href="https://www.wsj.com/business/taft-hartley-8a3c">'
        "https://www.wsj.com/business/taft-hartley-8a3c</a></p></div>"
        '<div class="post"><time datetime="2024-10-01T16:40:00-04:00">4:40 p.m.</time>'
        '<p>The AP reported on Monday that the offer had risen (<a href="https://apnews.com/article/offer">AP</a>).'
        "</p></div></article></body></html>"
    )
    dates = {c.url: str(c.date) for c in extract_citations(html, "html")}
    assert dates == {
        "https://www.sea-intel.example.com/press/backlog": "2024-10-02",
        "https://www.wsj.com/business/taft-hartley-8a3c": "2024-10-01",
        "https://apnews.com/article/offer": "2024-09-30",
    }


def test_a_date_in_the_text_is_no_timestamp() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2024-10-09T07:00:00"></head>'
        '<body><article><p>The vote is on <time datetime="2024-11-05">November 5</time>.</p>'
        '<p>The agency said on Tuesday it had <a href="https://www.epa.gov/newsreleases/rule">'
        "finalized a rule</a>.</p></article></body></html>"
    )
    assert str(_one(html, "html").date) == "2024-10-08"


# --- dates ------------------------------------------------------------------------------------------------


def test_today_and_this_morning_are_the_articles_day() -> None:
    day = PartialDate(2024, 10, 1)
    assert relative_day("a letter sent this morning", day) == (day, "this morning")
    assert relative_day("analysts estimated earlier today that", day) == (day, "earlier today")
    assert relative_day("said this afternoon", day) == (day, "this afternoon")
    assert relative_day("today's vote was delayed", day) is None
    assert relative_day("said today", PartialDate(2024, 10)) is None


def test_released_and_finalized_report_a_source() -> None:
    text = (
        "The Environmental Protection Agency on Tuesday finalized a rule "
        "(https://www.epa.gov/newsreleases/lead-pipe-rule).\n"
    )
    assert str(_one(text, "text", article_date=PartialDate(2024, 10, 9)).date) == "2024-10-08"


def test_a_month_a_publishing_verb_puts_its_report_in() -> None:
    day = PartialDate(2024, 10, 9)
    assert report_month("The Chicago Tribune reported last month that", day) == (
        PartialDate(2024, 9),
        "last month",
    )
    assert report_month("a study published in JAMA Network Open in January", day) == (
        PartialDate(2024, 1),
        "in January",
    )
    assert report_month("the plan, published in December", day) == (PartialDate(2023, 12), "in December")
    assert report_month("figures released in March 2023", day) == (PartialDate(2023, 3), "in March 2023")
    assert report_month("reported last month", PartialDate(2024, 1, 9)) == (
        PartialDate(2023, 12),
        "last month",
    )
    # A month that is an event's, or a month and day (read before), is not the report's month.
    assert report_month("The company said it would open the plant in March", day) is None
    assert report_month("reported in October 5 that", day) is None
    text = "The Sacramento Bee reported in October that counties faced gaps (https://www.sacbee.com/news/a1.html).\n"
    assert str(_one(text, "text", article_date=day).date) == "2024-10"


def test_a_link_text_ending_with_a_month_and_day_dates_it() -> None:
    md = "As covered by [Rail Technology Magazine on 12 April](https://www.railtech.example.com/etcs).\n"
    assert str(_one(md, "markdown", article_date=PartialDate(2024, 4, 25)).date) == "2024-04-12"
    md = "See [Top 10 May releases](https://www.music.example.com/top-10-may-releases).\n"
    assert _one(md, "markdown", article_date=PartialDate(2024, 6, 1)).date is None


def test_words_that_lead_to_a_link_are_no_title() -> None:
    url = "https://huggingface.co/EleutherAI/pythia-410m"
    assert looks_like_title("Model weights taken from", url, standalone=True) is None
    assert looks_like_title("Pythia checkpoints via", url, standalone=True) is None
    assert looks_like_title("Making it stick: the UK four-day week one year on", url, standalone=True)


def test_a_headline_followed_at_once_by_its_dateline_is_the_title() -> None:
    text = (
        "Warszawa chce kupić od Korei kolejne haubice\n"
        "Opublikowano: 14.03.2024 09:12 | Aktualizacja: 14.03.2024 11:40\n\n"
        "Polska wznowiła rozmowy (https://www.rmf24.pl/fakty/news-haubice,nId,7392011).\n"
    )
    assert title_line(text) == "Warszawa chce kupić od Korei kolejne haubice"
    # A paragraph wrapped over lines is no headline and its first line no title.
    text = (
        "Iraq has resumed talks with Russia to buy its S-300 surface-to-air missile systems, a senior\n"
        "Iraqi lawmaker told the state-run RIA Novosti news agency.\n\nMore text.\n"
    )
    assert title_line(text) is None


def test_a_line_labels_links_all_count_however_long_their_urls() -> None:
    links = " · ".join(
        f"[Platform {i}](https://platform{i}.example.com/podcast/rail-talk/episode/87-why-your-train-is-late-{i})"
        for i in range(4)
    )
    md = f"Listen on {links}\n\nThe [ORR data](https://dataportal.orr.gov.uk/statistics/)\n"
    assert _urls(md, "markdown") == ["https://dataportal.orr.gov.uk/statistics/"]
