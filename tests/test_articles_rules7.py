"""Rules added after the seventh held-out batch of articles (tests/fixtures/articles/heldout/b7_*): each a
general rule, tested here on a string of its own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import (
    end_bare_url,
    find_urls,
    is_boilerplate,
    is_lookup,
    is_own_navigation,
    is_profile,
    is_subscription,
    looks_like_title,
)
from linkcheck.models import Citation, PartialDate


def _urls(text: str, fmt: str, **kwargs: object) -> list[str]:
    return [c.url for c in extract_citations(text, fmt, **kwargs)]  # type: ignore[arg-type]


def _one(text: str, fmt: str, **kwargs: object) -> Citation:
    citations = extract_citations(text, fmt, **kwargs)  # type: ignore[arg-type]
    assert len(citations) == 1, [c.url for c in citations]
    return citations[0]


# --- where a bare URL ends ---------------------------------------------------------------------------------


def test_other_scripts_full_stops_end_a_url() -> None:
    text = (
        "Hindi: https://www.bhaskar.com/news/a-132712345.html। "
        "Armenian: https://armenpress.am/arm/news/1132456/։ "
        "Urdu: https://www.dawn.com/news/1812345۔ Arabic: https://www.aljazeera.net/news/2024/3/13/x؟"
    )
    assert [u for _, _, u in find_urls(text)] == [
        "https://www.bhaskar.com/news/a-132712345.html",
        "https://armenpress.am/arm/news/1132456/",
        "https://www.dawn.com/news/1812345",
        "https://www.aljazeera.net/news/2024/3/13/x",
    ]


def test_an_unmatched_closing_parenthesis_ends_a_url_even_with_a_word_glued_after_it() -> None:
    text = "연합뉴스(https://www.yna.co.kr/view/AKR20240313123400504)는 보도했다."
    assert [u for _, _, u in find_urls(text)] == ["https://www.yna.co.kr/view/AKR20240313123400504"]
    # A URL's own pair stays, inside parentheses too, and with a word after them.
    text = "(see https://en.wikipedia.org/wiki/Almaz-Antey_(company)) and https://x.example/a_(b)c"
    assert [u for _, _, u in find_urls(text)] == [
        "https://en.wikipedia.org/wiki/Almaz-Antey_(company)",
        "https://x.example/a_(b)c",
    ]


def test_a_bare_url_another_parser_cut_at_spaces_ends_at_an_ideographic_space_or_full_stop() -> None:
    assert end_bare_url("https://www.city.kochi.kochi.jp/site/kanko/h.html\u30002024年1月20日閲覧。") == (
        "https://www.city.kochi.kochi.jp/site/kanko/h.html"
    )
    assert end_bare_url("https://ja.example.jp/a。") == "https://ja.example.jp/a"
    assert end_bare_url("https://ja.example.jp/a?b=1&c=2") == "https://ja.example.jp/a?b=1&c=2"


def test_wikitext_bare_ref_url_and_its_japanese_access_date() -> None:
    wiki = (
        "公園<ref>https://www.city.kochi.kochi.jp/site/kanko/harimaya.html\u30002024年1月20日閲覧。</ref>。"
    )
    citation = _one(wiki, "wikitext")
    assert citation.url == "https://www.city.kochi.kochi.jp/site/kanko/harimaya.html"
    assert citation.access_date == PartialDate(2024, 1, 20)
    assert citation.date is None


def test_markdown_escapes_and_html_escaped_ampersands_in_a_bare_url() -> None:
    md = (
        "Reuters: https://www.reuters.com/article/iraq-s-300\\_missiles-idUSKBN1Z72AB\n\n"
        "Video: https://www.youtube.com/watch?v=Hf3kR8sLq0w&amp;t=252s\n\n"
        "Plain: https://example.org/a_b?x=1&y=2\n"
    )
    assert _urls(md, "markdown") == [
        "https://www.reuters.com/article/iraq-s-300_missiles-idUSKBN1Z72AB",
        "https://www.youtube.com/watch?v=Hf3kR8sLq0w&t=252s",
        "https://example.org/a_b?x=1&y=2",
    ]


# --- pages that are not sources ----------------------------------------------------------------------------


def test_a_forums_member_pages_and_a_threads_own_posts_and_pages_are_the_sites_own() -> None:
    own = "https://forum.example.co.uk/threads/stockport-tram.5678/"
    assert is_own_navigation("https://forum.example.co.uk/members/kestrel.1234/", own)
    assert is_own_navigation("https://forum.example.co.uk/threads/stockport-tram.5678/post-91022", own)
    assert is_own_navigation("https://forum.example.co.uk/threads/stockport-tram.5678/page-2", own)
    # Another thread of the forum, and a post of another thread, are cited.
    assert not is_own_navigation("https://forum.example.co.uk/threads/stockport-metrolink-when.4120/", own)
    assert not is_own_navigation("https://forum.example.co.uk/threads/other.4120/post-1", own)
    # A path under the article that is not a part of it (a chapter, a document) is not machinery.
    assert not is_own_navigation("https://forum.example.co.uk/threads/stockport-tram.5678/report.pdf", own)


def test_user_pages_are_profiles_on_any_host() -> None:
    assert is_profile("https://www.reddit.com/user/quaiduport")
    assert is_profile("https://www.reddit.com/u/quaiduport/")
    assert is_profile("https://www.youtube.com/user/ParliamentLive")
    assert not is_profile("https://www.reddit.com/user/quaiduport/comments/1abc/post_title/")
    assert not is_profile("https://docs.example.org/user/guide.html/intro")


def test_log_in_pages_are_machinery_on_any_host() -> None:
    assert is_subscription("https://pacer.login.uscourts.gov/csologin/login.jsf")
    assert is_subscription("https://example.com/login")
    assert is_subscription("https://example.com/account/sign-in/")
    assert not is_subscription("https://example.com/login-guide-for-new-users")
    assert not is_subscription("https://example.com/blog/why-login-walls-fail")


def test_a_scholarly_search_engines_lookup_is_no_source() -> None:
    assert is_lookup(
        "https://scholar.google.com/scholar_lookup?title=Gas+stove+emissions&publication_year=2022"
    )
    assert is_lookup("https://scholar.google.co.uk/scholar?q=indoor+no2")
    assert not is_lookup("https://scholar.google.com/citations?user=abc")  # a scholar's profile: cited
    assert not is_lookup("https://www.scholarship.example.org/scholar?id=1")


def test_interface_words_and_a_feeds_footer_and_follow_coverage_are_machinery() -> None:
    for label in ("Reply", "Share", "Permalink", "Log in", "The post Bus lanes work appeared first on "):
        assert is_boilerplate(label), label
    assert is_boilerplate("Follow AP's coverage of the Middle East at ")
    assert is_boilerplate("Follow our election coverage at ")
    # Words that open a source's own name or a title stay.
    for label in ("Share of renewables in 2023", "Reply to the consultation", "Report: ", "The post office"):
        assert not is_boilerplate(label), label


def test_calls_to_open_the_source_are_no_titles() -> None:
    for text in ("To the original article", "Read the judgment", "Read the full report", "Download the data"):
        assert looks_like_title(text, "https://example.org/doc.pdf", standalone=True) is None, text
    assert looks_like_title("Read the Room: Reporting on Juries", None, standalone=True) is not None


def test_an_accounts_handle_as_link_text_is_a_mention_not_a_source() -> None:
    html = (
        "<article><p>Translated by <a href='https://t.me/tass_agency'>@tass_agency</a>, original: "
        "<a href='https://www.defense.gov/News/Releases/Release/Article/2051802/'>defense.gov</a>.</p></article>"
    )
    assert _urls(html, "html") == ["https://www.defense.gov/News/Releases/Release/Article/2051802/"]


# --- HTML bodies and entries --------------------------------------------------------------------------------


def test_several_articles_side_by_side_are_the_body_but_teaser_cards_are_not() -> None:
    entry = "<article><h2><a href='https://{h}/post'>A post about buses on {h}</a></h2><p>{p}</p></article>"
    prose = "Some paragraph of reasonable length about transit policy and its effects on the city. " * 2
    feed = (
        "<div>"
        + "".join(entry.format(h=h, p=prose) for h in ("a.example", "b.example", "c.example"))
        + "</div>"
    )
    assert _urls(feed, "html") == [
        "https://a.example/post",
        "https://b.example/post",
        "https://c.example/post",
    ]
    story = (
        "<div><article><p>" + prose * 6 + "<a href='https://source.example/report'>report</a></p></article>"
        "<article><a href='https://site.example/other-story'>Other story</a></article></div>"
    )
    assert _urls(story, "html") == ["https://source.example/report"]


def test_ugc_says_nothing_when_it_marks_a_forum_posts_text_links() -> None:
    post = "<div class='bbWrapper'>The MEN <a href='https://{h}/x' rel='nofollow ugc'>reported</a> it.</div>"
    page = "<article>" + post.format(h="men.example") + post.format(h="council.example") + "</article>"
    assert _urls(page, "html") == ["https://men.example/x", "https://council.example/x"]


def test_a_posts_signature_is_no_part_of_it() -> None:
    html = (
        "<article><p>The report is <a href='https://tfgm.example.com/report.pdf'>here</a>, and a summary is "
        "out for the consultation that opened this week across the county.</p>"
        "<aside class='message-signature'><div>My photos: <a href='https://www.flickr.com/photos/x/'>flickr</a>"
        "</div></aside></article>"
    )
    assert _urls(html, "html") == ["https://tfgm.example.com/report.pdf"]


def test_a_heading_naming_the_links_host_is_its_outlet_in_a_press_review_entry() -> None:
    html = (
        "<article><h1>Review</h1><div><h3><a href='/en/outlets/guardian/'>The Guardian</a> (GB)</h3>"
        "<p>“Iraq's politicians are telling Washington that they have other friends.”</p>"
        "<p><a href='https://www.theguardian.com/commentisfree/2020/jan/09/iraq'>To the original article</a>"
        " (9 January 2020)</p></div>"
        "<div><h3>Editors' pick</h3><p><a href='https://www.kommersant.ru/doc/4212345'>Here</a></p></div></article>"
    )
    citations = {c.url: c for c in extract_citations(html, "html", base_url="https://review.example.eu/")}
    guardian = citations["https://www.theguardian.com/commentisfree/2020/jan/09/iraq"]
    assert guardian.outlet == "The Guardian"
    assert guardian.title is None
    assert citations["https://www.kommersant.ru/doc/4212345"].outlet is None  # a heading naming no host


def test_a_vancouver_reference_with_links_to_the_works_copies_is_one_entry() -> None:
    html = (
        "<article><p>Gas cooking is a source of nitrogen dioxide in many homes, as several studies show.</p>"
        "<ol><li>Lin W, Brunekreef B, Gehring U. Meta-analysis of indoor nitrogen dioxide and wheeze in "
        "children. <i>Int J Epidemiol</i>. 2013 Dec;42(6):1724-37. doi: "
        "<a href='https://doi.org/10.1093/ije/dyt150'>10.1093/ije/dyt150</a> "
        "<a href='https://pubmed.ncbi.nlm.nih.gov/23962958/'>PubMed</a> "
        "<a href='https://scholar.google.com/scholar_lookup?title=Meta-analysis'>Google Scholar</a></li>"
        "<li>See <a href='https://a.example/one'>the first survey of the field</a> and "
        "<a href='https://b.example/two'>the second survey of the field</a>.</li></ol></article>"
    )
    citations = {c.url: c for c in extract_citations(html, "html")}
    assert set(citations) == {
        "https://doi.org/10.1093/ije/dyt150",
        "https://pubmed.ncbi.nlm.nih.gov/23962958/",
        "https://a.example/one",
        "https://b.example/two",
    }
    for url in ("https://doi.org/10.1093/ije/dyt150", "https://pubmed.ncbi.nlm.nih.gov/23962958/"):
        assert citations[url].title == "Meta-analysis of indoor nitrogen dioxide and wheeze in children"
        assert citations[url].date == PartialDate(2013, 12)
    assert citations["https://a.example/one"].date is None  # an item of two sources is no one work's entry


def test_vancouver_cited_access_date() -> None:
    html = (
        "<article><p>WHO revised its guidelines in 2021, which many countries have since adopted in law.</p>"
        "<ol><li>World Health Organization. WHO global air quality guidelines. Geneva: WHO; 2021. "
        "Available from: <a href='https://www.who.int/publications/i/item/9789240034228'>https://www.who.int/publications/i/"
        "item/9789240034228</a> [cited 2023 Mar 14].</li></ol></article>"
    )
    assert _one(html, "html").access_date == PartialDate(2023, 3, 14)


# --- wikitext and merging -----------------------------------------------------------------------------------


def test_the_wayback_template_cites_the_original_with_its_copy() -> None:
    wiki = "橋<ref>{{Wayback|url=http://www.city.example.jp/bridge.html|title=橋の歴史|date=20150312045500}}</ref>。"
    citation = _one(wiki, "wikitext")
    assert citation.url == "http://www.city.example.jp/bridge.html"
    assert citation.title == "橋の歴史"
    assert (
        citation.archive_url
        == "https://web.archive.org/web/20150312045500/http://www.city.example.jp/bridge.html"
    )
    # Without a date the template links the Wayback Machine's list of copies.
    bare = _one("<ref>{{wayback|url=https://example.org/a}}</ref>", "wikitext")
    assert bare.archive_url == "https://web.archive.org/web/*/https://example.org/a"


def test_a_page_linked_with_and_without_campaign_parameters_is_one_citation() -> None:
    html = (
        "<article><h2><a href='https://usa.example.org/2024/05/09/bus-lanes?utm_source=rss&amp;utm_medium=rss'>"
        "Bus lanes only work if someone enforces them</a></h2><p>New York's camera program has cut travel "
        "times on the busiest routes.</p><p>See <a href='https://usa.example.org/2024/05/09/bus-lanes'>the "
        "post</a> and <a href='https://other.example.org/a?utm_source=x'>another</a>.</p></article>"
    )
    citations = extract_citations(html, "html")
    assert [c.url for c in citations] == [
        "https://usa.example.org/2024/05/09/bus-lanes",
        "https://other.example.org/a?utm_source=x",
    ]
    assert citations[0].title == "Bus lanes only work if someone enforces them"
