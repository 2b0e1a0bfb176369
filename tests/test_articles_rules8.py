"""Rules added after the eighth held-out batch of articles (tests/fixtures/articles/heldout/b8_*): each a
general rule, tested here on a string of its own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import find_urls, is_own_navigation, is_share
from linkcheck.articles._dates import parse_date_field
from linkcheck.articles.wikitext import is_citation_template
from linkcheck.models import Citation, PartialDate


def _urls(text: str, fmt: str, **kwargs: object) -> list[str]:
    return [c.url for c in extract_citations(text, fmt, **kwargs)]  # type: ignore[arg-type]


def _one(text: str, fmt: str, **kwargs: object) -> Citation:
    citations = extract_citations(text, fmt, **kwargs)  # type: ignore[arg-type]
    assert len(citations) == 1, [c.url for c in citations]
    return citations[0]


def _day(value: str) -> PartialDate:
    parsed = PartialDate.parse(value)
    assert parsed is not None
    return parsed


# --- wikitext: Arabic and Wikinews templates, Italian archive parameter -------------------------------------


def test_arabic_citation_templates_are_read_by_their_arabic_parameter_names() -> None:
    text = (
        "نص.<ref>{{استشهاد بخبر|مسار=https://petra.gov.jo/news/45123|عنوان=افتتاح الميناء"
        "|العمل=[[وكالة الأنباء الأردنية]]|تاريخ=12 آذار 2023|تاريخ الوصول=15 يناير 2024"
        "|مسار الأرشيف=https://web.archive.org/web/20230315000000/https://petra.gov.jo/news/45123}}</ref>"
    )
    citation = _one(text, "wikitext")
    assert citation.url == "https://petra.gov.jo/news/45123"
    assert citation.title == "افتتاح الميناء"
    assert citation.outlet == "وكالة الأنباء الأردنية"
    assert citation.date == _day("2023-03-12")
    assert citation.access_date == _day("2024-01-15")
    assert (
        citation.archive_url == "https://web.archive.org/web/20230315000000/https://petra.gov.jo/news/45123"
    )
    # Another Arabic template (an infobox) is no citation template, though it has a parameter named like one.
    assert is_citation_template("استشهاد ويب")
    assert is_citation_template("استشهاد بكتاب")
    assert not is_citation_template("معلومات مدينة")


def test_wikinews_source_template_is_a_citation_with_pub_as_its_outlet() -> None:
    text = (
        "== Sources ==\n*{{source|url=https://www.reuters.com/world/x-2024-03-04/"
        "|title=Brazil's deforestation"
        " halved|author=Jake Spring|pub=Reuters|date=March 4, 2024}}\n"
    )
    citation = _one(text, "wikitext")
    assert (citation.title, citation.outlet, citation.date) == (
        "Brazil's deforestation halved",
        "Reuters",
        _day("2024-03-04"),
    )
    # A {{source}} without a URL (a book, an interview) cites nothing that can be checked.
    assert _urls("*{{source|title=Interview with the minister|pub=Wikinews}}", "wikitext") == []


def test_italian_cita_web_reads_urlarchivio() -> None:
    text = (
        "<ref>{{Cita web|url=http://www.example.it/a|titolo=Vincolo|data=7 febbraio 2023"
        "|urlarchivio=https://web.archive.org/web/20230210123000/http://www.example.it/a|urlmorto=sì}}</ref>"
    )
    citation = _one(text, "wikitext")
    assert citation.archive_url == "https://web.archive.org/web/20230210123000/http://www.example.it/a"
    assert citation.date == _day("2023-02-07")


def test_levantine_two_word_months_in_a_template_date() -> None:
    assert parse_date_field("3 كانون الثاني 2024") == _day("2024-01-03")
    assert parse_date_field("5 كانون الأول 2019") == _day("2019-12-05")
    assert parse_date_field("1 تشرين الاول 2020") == _day("2020-10-01")
    assert parse_date_field("12 تشرين الثاني 2021") == _day("2021-11-12")
    # The one-word names still read as before; a lone "كانون" is no month.
    assert parse_date_field("12 آذار 2023") == _day("2023-03-12")
    assert parse_date_field("3 كانون 2024") is None


# --- reference entries: access dates in more languages, Harvard style ---------------------------------------


def test_access_date_labels_of_italian_french_spanish_and_ukrainian_entries() -> None:
    text = (
        "<ref>[https://demo.istat.it/app/?i=POS Popolazione residente], ISTAT. "
        "URL consultato il 2 aprile 2023.</ref>"
    )
    citation = _one(text, "wikitext")
    assert citation.access_date == _day("2023-04-02")
    assert citation.date is None  # the access date is not the page's date
    text = (
        "1. Світовий банк. Оцінка збитків. URL: https://www.worldbank.org/en/x (дата звернення: 18.11.2024)\n"
    )
    assert _one(text, "text").access_date == _day("2024-11-18")
    text = "- Ministerio. Informe anual. https://www.example.es/informe (consultado el 3 de mayo de 2024)\n"
    assert _one(text, "text").access_date == _day("2024-05-03")
    # A date that no label calls the access date stays the entry's date.
    text = "- Ministerio. Informe anual, 3 de mayo de 2024. https://www.example.es/informe\n"
    citation = _one(text, "text")
    assert (citation.access_date, citation.date) == (None, _day("2024-05-03"))


def test_harvard_entry_single_quoted_title_and_day_after_the_container() -> None:
    text = (
        "## References\n\nHern, A. (2023) 'London's busiest bus lanes to run around the clock', "
        "*The Guardian*, 8 March. "
        "Available at: https://www.theguardian.com/uk-news/2023/mar/08/bus-lanes (Accessed: 2 April 2024).\n"
    )
    citation = _one(text, "markdown")
    assert citation.title == "London's busiest bus lanes to run around the clock"
    assert citation.date == _day("2023-03-08")
    assert citation.access_date == _day("2024-04-02")
    # A journal entry: volume and pages, no day; the year alone stays.
    text = (
        "## References\n\nCurrie, G. and Delbosc, A. (2011) 'Exploring trip chaining in Melbourne', "
        "*Transport Policy*, "
        "18(1), pp. 204–210. Available at: https://doi.org/10.1016/j.tranpol.2010.08.003\n"
    )
    citation = _one(text, "markdown")
    assert citation.date == _day("2011")
    assert citation.title == "Exploring trip chaining in Melbourne"
    # An apostrophe opening a title without a closing quote is the title's own.
    text = "## References\n\nSmith, J. (2020) 'Tis the season for audits. Available at: https://www.example.org/audits\n"
    assert _one(text, "markdown").title != "Tis the season for audits"


# --- plain text: Slack and Org-mode links -------------------------------------------------------------------


def test_slack_links_end_at_the_bar_and_their_label_is_the_link_text() -> None:
    text = (
        "[09:12] Dana: Tribune yesterday: <https://www.example-tribune.com/2024/05/13/"
        "council-heads-for-budget-showdown/|Council heads for a budget showdown>"
    )
    citation = _one(text, "text")
    assert citation.url == "https://www.example-tribune.com/2024/05/13/council-heads-for-budget-showdown/"
    assert citation.title == "Council heads for a budget showdown"
    text = "agenda <https://chicago.legistar.com/MeetingDetail.aspx?ID=1187654&amp;GUID=AB12>"
    assert [u for _, _, u in find_urls(text)] == [
        "https://chicago.legistar.com/MeetingDetail.aspx?ID=1187654&GUID=AB12"
    ]
    # Outside angle brackets a "|" and "&amp;" are left as they are (a wiki table cell, a quoted query).
    text = "see https://www.example.org/a?x=1&amp;y=2 and https://www.example.org/b|c"
    assert [u for _, _, u in find_urls(text)] == [
        "https://www.example.org/a?x=1&amp;y=2",
        "https://www.example.org/b|c",
    ]


def test_org_mode_links_titles_and_title_keyword() -> None:
    text = (
        "#+TITLE: Reading notes: urban heat islands\n#+DATE: <2024-08-19 Mon>\n\n* Sources\n"
        "** [[https://www.nature.com/articles/s41467-023-39985-1]"
        "[Global urban heat island intensification]] :paper:\n"
        "   - [[https://www.epa.gov/heatislands/learn][Learn About Heat Islands]], EPA.\n"
    )
    citations = extract_citations(text, "text")
    assert [c.title for c in citations] == [
        "Global urban heat island intensification",
        "Learn About Heat Islands",
    ]
    assert citations[0].article is not None
    assert citations[0].article.title == "Reading notes: urban heat islands"
    # A "[[" that is no Org link (wiki markup pasted in text) gives no description.
    text = "First line of a note here\n\nSee [[https://www.example.org/page]] for more.\n"
    assert _one(text, "text").title is None


# --- share services, post permalinks and buttons, cards -----------------------------------------------------


def test_a_share_service_home_given_the_post_text_is_a_share_link() -> None:
    assert is_share("https://toot.kytta.dev/?text=https://blog.example/posts/bus-lanes/")
    assert is_share("https://s2f.kytta.dev/?text=https%3A%2F%2Fblog.example%2Fpost")
    # A root page whose query holds a URL under another name is no share (a redirector, read elsewhere), nor
    # is a deeper page given a text.
    assert not is_share("https://out.example.com/?url=https://www.example.org/a")
    assert not is_share("https://tools.example.com/validate/?text=https://www.example.org/a")


def test_a_link_that_is_only_its_post_time_is_a_permalink() -> None:
    html = (
        "<main><div class='status'><a href='https://social.example/@lena/1112'><data value='2023'></data>"
        "<time datetime='2023-10-09T08:16:40Z'>Oct 09, 2023</time></a><p>Euractiv explained it well: "
        "<a href='https://www.euractiv.com/section/x/news/battery-law/'>battery law explainer</a>.</p>"
        "<p>See the <a href='https://www.example.org/report'><time datetime='2024-01-05'>5 January</time> "
        "report</a> for the numbers.</p></div></main>"
    )
    assert _urls(html, "html") == [
        "https://www.euractiv.com/section/x/news/battery-law/",
        "https://www.example.org/report",
    ]


def test_mastodon_interaction_buttons_are_the_sites_machinery() -> None:
    own = "https://social.example/@lena/1112"
    assert is_own_navigation("https://social.example/interact/1112?type=reblog", own)
    assert not is_own_navigation("https://other.example/interact/1112?type=reblog", own)
    assert not is_own_navigation("https://social.example/interactive/map", own)


def test_a_card_title_may_be_an_inline_element_whose_class_names_a_title() -> None:
    html = (
        "<main><p>Read this explainer about the law and what it changes for carmakers:</p>"
        "<a class='status-card' href='https://www.euractiv.com/section/x/news/eu-battery-law-what-changes/'>"
        "<div class='status-card__content'><span class='status-card__host'>euractiv.com</span>"
        "<strong class='status-card__title'>EU battery law: what changes for carmakers</strong>"
        "<p class='status-card__description'>Due-diligence duties explained.</p></div></a></main>"
    )
    assert _one(html, "html").title == "EU battery law: what changes for carmakers"
    # A card with no titled element reads its blocks apart, as before.
    html = (
        "<main><p>Read this explainer about the law and what it changes for carmakers:</p>"
        "<a href='https://www.euractiv.com/section/x/news/battery-law/'><div>EU battery law explained</div>"
        "<div><strong>Euractiv</strong></div></a></main>"
    )
    assert _one(html, "html").title != "Euractiv"


# --- the prose: weekdays and reporting words of more languages ----------------------------------------------


def test_dutch_indonesian_hindi_and_persian_weekdays_date_a_report() -> None:
    date = _day("2024-06-12")  # a Wednesday
    text = "Het Parool schreef vrijdag dat Amsterdam bijbouwt: https://www.parool.nl/amsterdam/a~b4a1/\n"
    assert _one(text, "text", article_date=date).date == _day("2024-06-07")
    date = _day("2024-03-04")  # a Monday
    text = "Menurut Kompas, Sabtu, harga beras di pasar naik. https://money.kompas.com/read/2024/03/x\n"
    assert _one(text, "text", article_date=date).date == _day("2024-03-02")
    date = _day("2024-07-04")  # a Thursday
    text = (
        "द हिंदू ने मंगलवार को बताया था कि शिविर डूब गए हैं। https://www.thehindu.com/news/a/article68361234.ece\n"
    )
    assert _one(text, "text", article_date=date).date == _day("2024-07-02")
    text = (
        "بی‌بی‌سی فارسی روز دوشنبه نوشت که فرونشست شتاب گرفته است: https://www.bbc.com/persian/articles/c4nn\n"
    )
    assert _one(text, "text", article_date=date).date == _day("2024-07-01")
    # Without a reporting word the weekday is an event's, not the report's.
    text = "Het museum is vrijdag gesloten, zie https://www.example.nl/openingstijden\n"
    assert _one(text, "text", article_date=_day("2024-06-12")).date is None
    # Dutch and Indonesian words are read only in prose that holds those languages' common words (the
    # others' articles do not pay for the longer search): "schreef" and "vrijdag" in an English sentence
    # are not read.
    text = "The Amsterdam paper schreef vrijdag about it: https://www.parool.nl/amsterdam/a~b4a1/\n"
    assert _one(text, "text", article_date=_day("2024-06-12")).date is None
    # Indonesian "minggu" is also "week": no weekday is read from it.
    text = "Menurut BPS, harga naik dua minggu lalu. https://www.bps.go.id/id/pressrelease/x\n"
    assert _one(text, "text", article_date=_day("2024-03-04")).date is None


# --- HTML: URLs written as text; sign-up calls of more languages --------------------------------------------


def test_a_url_written_as_text_in_an_html_body_is_a_citation() -> None:
    html = (
        "<main><p>据协会6月11日发布的数据，销量增长。</p><p>参考资料：</p>"
        "<p><span>[1] 中国汽车工业协会. 2024年5月汽车工业经济运行情况[EB/OL]. (2024-06-11). "
        "http://www.caam.org.cn/chn/4/cate_39/con_5236789.html</span></p>"
        "<p>The code: <code>curl https://api.example.org/v1/items</code>; the page "
        "<a href='https://www.example.org/a'>https://www.example.org/a</a>; the host www.bbc.co.uk alone.</p>"
        "</main>"
    )
    citations = extract_citations(html, "html")
    assert [c.url for c in citations] == [
        "http://www.caam.org.cn/chn/4/cate_39/con_5236789.html",
        "https://www.example.org/a",
    ]
    assert citations[0].date == _day("2024-06-11")


def test_follow_and_join_calls_of_more_languages_label_machinery() -> None:
    text = (
        "First line of the story here\n\n"
        "ताज़ा ख़बरों के लिए हमें फ़ेसबुक पर फ़ॉलो करें: https://www.facebook.com/paper\n"
        "برای دریافت اخبار به کانال تلگرام بپیوندید: https://t.me/paper_ir\n"
        "Ikuti berita terkini di Google News: https://news.google.com/publications/CAAqBwgK\n"
        "Volg ons op Instagram: https://www.instagram.com/paper/\n"
        "Het rapport: https://www.example.nl/rapport\n"
    )
    assert _urls(text, "text") == ["https://www.example.nl/rapport"]


def test_gb_t_7714_entries_give_their_title_and_date_cited() -> None:
    text = (
        "参考资料：\n\n[2] 工业和信息化部. 关于开展2024年新能源汽车下乡活动的通知[EB/OL]. "
        "(2024-05-30)[2024-06-17]. "
        "https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2024/art_4c8f1a2b3d.html\n"
    )
    citation = _one(text, "text")
    assert citation.title == "关于开展2024年新能源汽车下乡活动的通知"
    assert citation.date == _day("2024-05-30")
    assert citation.access_date == _day("2024-06-17")
    # A numbered entry without a document-type code is read as before (no title from the brackets).
    text = "参考资料：\n\n[2] 工业和信息化部. 通知全文. https://www.miit.gov.cn/zwgk/art_4c8f1a2b3d.html\n"
    assert _one(text, "text").access_date is None


def test_a_parenthesis_after_a_link_may_name_the_outlet_before_the_date() -> None:
    html = (
        "<main><p>The provider's post-mortem, <a href='https://blog.cloudflare.com/post-mortem-frankfurt'>"
        "Post-mortem: elevated errors in Frankfurt</a> (Cloudflare blog, 8 February 2024), confirms it.</p>"
        "<p>The paper <a href='https://proceedings.example.org/paper/123'>Attention over graphs</a> "
        "(NeurIPS, 2015) is older.</p></main>"
    )
    first, second = extract_citations(html, "html")
    assert first.date == _day("2024-02-08")
    assert second.date is None  # a year after a conference's name is no date of a page


def test_related_labels_of_more_languages_give_the_next_lines_title() -> None:
    for label in ("Baca juga", "Lees ook", "Xem thêm", "यह भी पढ़ें", "بیشتر بخوانید"):
        text = (
            f"First line of the story here\n\nBody text.\n\n{label}: Bulog pastikan stok beras aman\n"
            "https://www.antaranews.com/berita/3990123/bulog-pastikan-stok-beras-aman\n"
        )
        assert _one(text, "text").title == "Bulog pastikan stok beras aman", label
    # A line that only mentions reading ("Baca selengkapnya di situs BPS") announces no title.
    text = (
        "First line of the story here\n\nBaca selengkapnya di situs resmi: Inflasi Februari\n"
        "https://www.bps.go.id/id/pressrelease/2024/03/01/2345/x.html\n"
    )
    assert _one(text, "text").title != "Inflasi Februari"
