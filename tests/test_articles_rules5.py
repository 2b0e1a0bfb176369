"""Rules added after the fifth held-out batch of articles (tests/fixtures/articles/heldout/b5_*): each a
general rule, tested here on a string of its own."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import is_boilerplate, is_own_navigation, looks_like_title, unwrap_redirect
from linkcheck.articles._dates import find_dmy
from linkcheck.articles._prose import find_mentions, relative_day
from linkcheck.articles.plaintext import dateline, title_line
from linkcheck.models import Citation, PartialDate


def _urls(text: str, fmt: str, **kwargs: object) -> list[str]:
    return [c.url for c in extract_citations(text, fmt, **kwargs)]  # type: ignore[arg-type]


def _one(text: str, fmt: str, **kwargs: object) -> Citation:
    citations = extract_citations(text, fmt, **kwargs)  # type: ignore[arg-type]
    assert len(citations) == 1, [c.url for c in citations]
    return citations[0]


# --- links that are not the page they name ----------------------------------------------------------------


def test_outgoing_link_redirectors_by_path_and_by_host_are_unwrapped() -> None:
    target = "https://www.bike-eu.example.com/44337/battery-standard"
    encoded = "https%3A%2F%2Fwww.bike-eu.example.com%2F44337%2Fbattery-standard"
    for wrapped in (
        f"https://out.reddit.com/t3_1c2xyzq?url={encoded}&token=AQAAu3&app_name=reddit.com",
        f"https://l.instagram.com/?u={encoded}&e=AT0xYz1",
        f"https://steamcommunity.com/linkfilter/?url={target}",
        f"https://duckduckgo.com/l/?uddg={encoded}&rut=5f8a1b",
    ):
        unwrapped = unwrap_redirect(wrapped)
        assert unwrapped is not None, wrapped
        assert unwrapped[0] == target, wrapped


def test_a_disqus_signature_after_the_target_is_dropped() -> None:
    wrapped = (
        "https://disq.us/url?url=https%3A%2F%2Felectrek.co%2F2024%2F04%2F09%2Fstory%2F%3AbX9kLmQ2c3Rh&cuid=4"
    )
    assert unwrap_redirect(wrapped) == ("https://electrek.co/2024/04/09/story/", "disq.us")


def test_a_host_named_like_a_redirector_without_a_target_is_kept() -> None:
    assert unwrap_redirect("https://out.example.org/report?id=12") is None
    assert _urls("See https://l.example.org/page?q=heat+pumps for it.", "text") == [
        "https://l.example.org/page?q=heat+pumps"
    ]


def test_an_action_on_a_cited_link_is_not_a_citation_but_a_page_about_one_is() -> None:
    html = (
        '<html><body><article><p><a href="https://www.theguardian.com/a/story">Heat pump installs hit a '
        'record</a> <a href="https://www.google.com/alerts/feedback?ffu=https://www.theguardian.com/a/story&s=AB">'
        "Flag as irrelevant</a></p><p>The feed validates: "
        '<a href="https://validator.w3.org/feed/check.cgi?url=https://www.theguardian.com/a/story">'
        "validator report</a>.</p></article></body></html>"
    )
    assert _urls(html, "html") == [
        "https://www.theguardian.com/a/story",
        "https://validator.w3.org/feed/check.cgi?url=https://www.theguardian.com/a/story",
    ]


def test_a_section_the_article_stands_in_and_its_feed_are_navigation() -> None:
    own = "https://workweek.example.blog/posts/four-day-week/"
    assert is_own_navigation("https://workweek.example.blog/posts/", own)
    assert is_own_navigation("https://workweek.example.blog/", own)
    assert is_own_navigation("https://workweek.example.blog/index.xml", own)
    assert is_own_navigation("https://workweek.example.blog/feed/", own)
    assert not is_own_navigation("https://workweek.example.blog/posts/older-story/", own)
    assert not is_own_navigation("https://other.example.org/posts/", own)


def test_edit_this_page_and_sign_up_calls_are_machinery() -> None:
    assert is_boilerplate("Edit this page")
    assert is_boilerplate("Edit on GitHub")
    assert is_boilerplate("Pour recevoir la revue de presse chaque matin, abonnez-vous : ")
    assert is_boilerplate("Want this every week? Subscribe here: ")
    assert not is_boilerplate("Why I stopped telling readers to subscribe")
    html = (
        "<html><body><article><p>Long enough text about certificates and renewals.</p>"
        '<a title="Edit this page" href="https://github.com/o/r/edit/main/docs/x.md"><svg></svg></a></article></body></html>'
    )
    assert _urls(html, "html") == []


def test_a_bullet_on_the_next_line_is_no_rest_of_a_wrapped_url() -> None:
    text = 'Sources:\n- Outlet. "Map." https://back-on-track.example.eu/night-train-map/\n- Next entry\n'
    assert _urls(text, "text") == ["https://back-on-track.example.eu/night-train-map/"]


# --- titles -----------------------------------------------------------------------------------------------


def test_a_title_is_given_without_the_quotes_around_it() -> None:
    text = "延伸阅读：\n《三峡水库加大下泄流量　保障中下游航运》https://www.ctg.example.com.cn/a/1.html\n"
    assert _one(text, "text").title == "三峡水库加大下泄流量 保障中下游航运"  # (spaces read as one)
    html = (
        '<html><body><article><p>В статье <cite><a href="https://www.rbc.ru/a/1">«Мост обойдется в 120 млрд»'
        "</a></cite> РБК.</p></article></body></html>"
    )
    assert _one(html, "html").title == "Мост обойдется в 120 млрд"


def test_a_quoted_title_after_the_outlet_in_a_link_text_is_the_title() -> None:
    html = (
        '<html><body><article><figure><figcaption>Data: <a href="https://www.nrel.gov/docs/82269.pdf">NREL, '
        "“Major Drivers of Long-Term Distribution Transformer Demand”</a> (February 2024).</figcaption>"
        "</figure></article></body></html>"
    )
    citation = _one(html, "html")
    assert citation.title == "Major Drivers of Long-Term Distribution Transformer Demand"
    assert str(citation.date) == "2024-02"


def test_a_link_text_beside_the_outlet_an_entry_names_is_the_title() -> None:
    text = (
        "Text.[^1]\n\n[^1]: Justin Rowlatt, [Heat pump grants increased by 50% to £7,500]"
        "(https://www.bbc.co.uk/news/science-environment-67045120),\n    BBC News, 9 October 2023.\n"
    )
    citation = _one(text, "markdown")
    assert citation.title == "Heat pump grants increased by 50% to £7,500"
    assert citation.outlet == "BBC News"


def test_an_embedded_posts_author_and_handle_is_no_title() -> None:
    assert looks_like_title("R. Salinas @gridwonk_tx") is None
    assert looks_like_title("How @dril Changed the Way People Write Online") is not None


def test_fields_between_bars_give_the_one_long_field_as_title() -> None:
    text = "Sources:\n- 2023-11-30 | Eurostat | Railway passenger transport statistics | https://ec.example.eu/a\n"
    citation = _one(text, "text")
    assert citation.title == "Railway passenger transport statistics"
    assert str(citation.date) == "2023-11-30"


def test_a_plain_text_article_has_its_first_line_as_title_when_it_reads_as_a_headline() -> None:
    assert title_line("The quiet return of the night train\n\nBy Maren Holt\n") == (
        "The quiet return of the night train"
    )
    assert title_line("长江中游水位创同期新低　多家航运企业减载运行\n\n正文") is not None
    assert title_line("Sevilla, 8 de mayo de 2024\n\nLa sequía...") is None
    assert title_line("FOR IMMEDIATE RELEASE\n\nText") is None
    assert title_line("Case 3:24-cv-00871-JD Document 27 Filed 05/13/24 Page 7 of 19\n\n") is None
    assert title_line("From: Jo Roe <jo@example.org>\n\nHello") is None
    assert title_line("This is a sentence that ends with a stop.\n\nMore.") is None


def test_a_bold_first_paragraph_is_a_documents_title_and_a_dated_part_of_a_line_its_date() -> None:
    html = (
        '<html><body><p align="center"><font size="5"><b>Briefing: Who is behind on energy bills?</b></font>'
        "</p>"
        "<p><i>Prepared for the Fuel Poverty Group &ndash; Date: 3&nbsp;April&nbsp;2024</i></p>"
        '<p>Text with a <a href="https://www.ofgem.gov.uk/news/arrears">source</a> and more words.</p>'
        "</body></html>"
    )
    article = _one(html, "html").article
    assert article is not None
    assert article.title == "Briefing: Who is behind on energy bills?"
    assert str(article.date) == "2024-04-03"
    assert dateline("By Jo Roe | Published 9 Jan 2020 | 4 min read\n")[0] == PartialDate.parse("2020-01-09")


def test_a_headings_permalink_is_no_part_of_the_title_and_a_nested_items_date_not_the_pages() -> None:
    html = (
        '<html><body><div itemscope itemtype="http://schema.org/EmailMessage"><h1>Certificate expiry'
        '<a class="headerlink" href="#x">¶</a></h1><table><tr itemprop="hasPart" itemscope><td>'
        '<meta itemprop="datePublished" content="2024-05-13"><a href="https://www.example.org/a">A story '
        "about certificates</a></td></tr></table><p>Daily update, May 14, 2024</p></div></body></html>"
    )
    article = _one(html, "html").article
    assert article is not None
    assert article.title == "Certificate expiry"
    assert article.date != PartialDate.parse("2024-05-13")


# --- dates ------------------------------------------------------------------------------------------------


def test_a_dotted_day_first_date_is_a_whole_date() -> None:
    assert find_dmy("Spiegel: „Titel“, 12.02.2024") == PartialDate.parse("2024-02-12")
    assert find_dmy("am 8.2.2024.") == PartialDate.parse("2024-02-08")
    assert find_dmy("version 1.2.2024.1") is None


def test_a_date_in_parentheses_after_a_link() -> None:
    text = "**Source:** [Facebook post by a page](https://www.facebook.com/p/posts/1) (17 September 2024)\n"
    assert str(_one(text, "markdown").date) == "2024-09-17"
    text = "The model is [here](https://arxiv.org/abs/1503.02531) (NeurIPS 2015).\n"
    assert _one(text, "markdown").date is None


def test_yesterday_and_days_ago_date_a_report() -> None:
    date = PartialDate.parse("2024-06-12")
    assert relative_day("confirmed it yesterday in a statement", date) == (
        PartialDate.parse("2024-06-11"),
        "yesterday",
    )
    assert relative_day("told 1News two days ago that", date) == (
        PartialDate.parse("2024-06-10"),
        "two days ago",
    )
    assert relative_day("aseguró ayer en una entrevista", date) is not None
    assert relative_day("yesterday's vote was close", date) is None
    assert relative_day("said yesterday", PartialDate.parse("2024-06")) is None


def test_a_sentence_ending_with_a_colon_dates_the_link_on_the_next_line() -> None:
    text = (
        "12 June 2024\n\nThe minister confirmed the plan yesterday in a statement on the website:\n"
        "https://www.beehive.govt.nz/release/next-steps\n"
    )
    assert str(_one(text, "text").date) == "2024-06-11"


# --- HTML quotations and captions -------------------------------------------------------------------------


def test_a_blockquotes_attribution_after_it_is_its_entry() -> None:
    html = (
        '<html><body><article><p>«Коммерсантъ» написал об этом:</p><blockquote cite="https://www.kommersant.ru/doc/7">'
        "<p>«Повышение составит 9,5%».</p></blockquote><p>— <cite>Коммерсантъ</cite>, 1 октября 2024</p>"
        '<blockquote cite="https://www.fs.usda.gov/research/64321"><p>Mortality ranges widely.</p><cite>USDA '
        "Forest Service, <em>Urban tree mortality: a literature review</em> (2022)</cite></blockquote>"
        "</article></body></html>"
    )
    first, second = extract_citations(html, "html")
    assert first.outlet == "Коммерсантъ"
    assert str(first.date) == "2024-10-01"
    assert second.title == "Urban tree mortality: a literature review"
    assert str(second.date) == "2022"


def test_a_cite_that_says_more_than_its_link_is_an_attribution() -> None:
    html = (
        "<html><body><article><figure><blockquote><p>We planted to hit a number.</p><cite>Former "
        'commissioner Alan Brightwater, <a href="https://www.wbgo.example.org/show/1">speaking to WBGO on '
        "Tuesday</a></cite></blockquote></figure></article></body></html>"
    )
    assert _one(html, "html").title is None


def test_an_embedded_posts_chrome_inside_its_link_is_kept() -> None:
    html = (
        '<html><body><article><p>A post made the rounds:</p><div class="tweet"><a class="tweet-link-bottom" '
        'href="https://twitter.com/u/status/17654321"><div class="tweet-footer"><p class="tweet-date">'
        "4:14 PM ∙ Mar 6, 2024</p></div></a></div></article></body></html>"
    )
    assert str(_one(html, "html").date) == "2024-03-06"


def test_a_captions_source_label_opens_its_entry_but_not_a_data_colon_in_a_title() -> None:
    html = (
        "<html><body><article><figure><figcaption>Trees by species. Source: "
        '<a href="https://data.example.gov/trees">Street tree inventory</a>, retrieved March 10, 2024.'
        "</figcaption></figure><ol><li>Ofgem, “Energy debt and arrears data: Q4 2023”, 14 March 2024, "
        '<a href="https://www.ofgem.gov.uk/news/q4">https://www.ofgem.gov.uk/news/q4</a>.</li></ol>'
        "</article></body></html>"
    )
    trees, ofgem = extract_citations(html, "html")
    assert str(trees.access_date) == "2024-03-10"
    assert ofgem.title == "Energy debt and arrears data: Q4 2023"


def test_a_link_after_a_related_label_reads_what_follows_it() -> None:
    html = (
        '<html><body><article><p>See also: “<a href="https://www.theguardian.com/money/2024/mar/28/x">'
        "Customers going without heat as disconnections rise</a>”, The Guardian, 28 March 2024.</p>"
        "</article></body></html>"
    )
    citation = _one(html, "html")
    assert citation.outlet == "The Guardian"
    assert str(citation.date) == "2024-03-28"


# --- names and templates ----------------------------------------------------------------------------------


def test_a_name_spelled_by_initials_goes_on_to_its_group_word() -> None:
    found = find_mentions("Electricity Markets and Policy Group", ["emp"], cue=False)
    assert [m.name for m in found] == ["Electricity Markets and Policy Group"]


def test_portuguese_wikipedia_titulo_and_ano() -> None:
    text = (
        "<ref>{{Citar web |url=https://www.cptm.sp.gov.br/r.pdf |titulo=Relatório da Administração 2023 "
        "|publicado=CPTM |ano=2024}}</ref>"
    )
    citation = _one(text, "wikitext")
    assert citation.title == "Relatório da Administração 2023"
    assert str(citation.date) == "2024"
