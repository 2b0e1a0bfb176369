"""Rules added after the tenth held-out batch of articles (tests/fixtures/articles/heldout/b10_*): each a
general rule, tested here on a string of its own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import is_boilerplate
from linkcheck.models import Citation, PartialDate


def _urls(text: str, fmt: str, **kwargs: object) -> list[str]:
    return [c.url for c in extract_citations(text, fmt, **kwargs)]  # type: ignore[arg-type]


def _day(value: str) -> PartialDate:
    parsed = PartialDate.parse(value)
    assert parsed is not None
    return parsed


def _by_url(text: str, fmt: str, **kwargs: object) -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt, **kwargs)}  # type: ignore[arg-type]


# --- every format: follow calls and related labels in Romanian, Finnish, Swahili, Croatian, Bengali ------


def test_follow_calls_in_more_languages_are_machinery() -> None:
    assert is_boilerplate("Urmăriți-ne pe Facebook:")
    assert is_boilerplate("Urmareste-ne pe Instagram")
    assert is_boilerplate("Seuraa meitä Instagramissa:")
    assert is_boilerplate("Tufuate kwenye X:")
    assert is_boilerplate("Pratite nas na Facebooku")
    assert is_boilerplate("ফেসবুকে আমাদের অনুসরণ করুন:")
    # Left alone: the words inside a sentence that cites, and a Bengali "follow" without the colon ending.
    assert not is_boilerplate("Potrivit agenției Agerpres, urmăriți evoluția prețurilor")
    assert not is_boilerplate("Tilastokeskus kertoo, että seuraavaksi")
    assert not is_boilerplate("তারা নিয়ম অনুসরণ করুন বলে জানিয়েছে")


def test_a_follow_line_in_romanian_is_no_citation() -> None:
    text = (
        "Titlu\n\nBucurești, 13 august 2024\n\nPotrivit Agerpres (https://www.agerpres.example/a/1).\n\n"
        "Urmăriți-ne pe Facebook: https://www.facebook.com/site.example\n"
    )
    assert _urls(text, "text") == ["https://www.agerpres.example/a/1"]


def test_related_labels_in_more_languages_give_the_title() -> None:
    cases = [
        ("Citește și: Cum se calculează inflația", "Inflația a urcat în iulie, arată datele."),
        ("Lue myös: Näin korkojen lasku näkyy", "Hinnat laskivat kesäkuussa pääkaupunkiseudulla."),
        ("Vidi još: Zašto su cijene rasle brže", "Cijene su u travnju porasle."),
        ("আরও পড়ুন: ডেঙ্গু থেকে বাঁচতে যা করবেন", "ঢাকায় ডেঙ্গু রোগী বাড়ছে।"),
    ]
    for line, prose in cases:
        text = f"Headline\n\n{prose}\n\n{line}\nhttps://news.example/2024/05/02/story\n"
        (citation,) = extract_citations(text, "text")
        assert citation.title == line.partition(": ")[2], line
    # Left alone: the same words inside a sentence are no label.
    text = "Headline\n\nLue myös tämä raportti, sanoi hän.\nhttps://news.example/2024/05/02/story\n"
    (citation,) = extract_citations(text, "text")
    assert citation.title is None


# --- HTML: a page MediaWiki rendered ---------------------------------------------------------------------

_WIKI_PAGE = """<html><head><title>Bridge - Wikipedia</title></head><body>
<main id="content"><h1>Bridge</h1>
<div id="p-lang"><a href="https://de.wikipedia.example/wiki/Br%C3%BCcke"
 class="interlanguage-link-target">Deutsch</a></div>
<div id="mw-content-text"><div class="mw-content-ltr mw-parser-output">
<p>A <b>bridge</b> spans a <a href="/wiki/River" title="River">river</a>.<sup class="reference">
<a href="#cite_note-1">[1]</a></sup>
<span class="mw-editsection"><a href="/w/index.php?title=Bridge&amp;action=edit&amp;section=1">edit</a>
</span></p>
<ol class="references"><li id="cite_note-1"><span class="reference-text"><cite class="citation news cs1">
<a rel="nofollow" class="external text" href="https://news.example/2023/bridge-opens">"Bridge opens"</a>.
<i><a href="/wiki/News_Example">News Example</a></i>. 3 March 2023.</cite></span></li></ol>
<ul><li><a href="https://commons.wikimedia.example/wiki/Category:Bridge" class="extiw">Media</a></li></ul>
</div></div>
<div class="printfooter">Retrieved from "<a href="https://en.wikipedia.example/w/index.php?title=Bridge&amp;oldid=1">https://en.wikipedia.example/w/index.php?title=Bridge&amp;oldid=1</a>"</div>
</main></body></html>"""


def test_a_mediawiki_page_cites_only_its_external_links() -> None:
    assert _urls(_WIKI_PAGE, "html", base_url="https://en.wikipedia.example/wiki/Bridge") == [
        "https://news.example/2023/bridge-opens"
    ]


def test_a_page_that_is_not_mediawikis_keeps_its_classless_links() -> None:
    page = (
        "<html><body><article><p>The <a href='https://news.example/a'>report</a> and "
        "<a href='https://other.example/b' class='external'>another</a> (mw-parser-output is a word "
        "here).</p></article></body></html>"
    )
    assert _urls(page, "html") == ["https://news.example/a", "https://other.example/b"]


# --- HTML: a post's content marked entry-content / articleBody -------------------------------------------

_BLOGGER = """<html><body>
<div class="header"><h1><a href="https://blog.example/">Notes</a></h1><p class="description">Volunteer water
testing on the upper river since 2017, with monthly results and notes from every sampling day.</p></div>
<div class="post hentry"><h3 class="post-title entry-title">Overflows</h3>
<div class="post-body entry-content" itemprop="description articleBody">
<div><span>The <a href="https://agency.example/news/overflows-2023">agency's figures for 2023</a>,
published on 27 March, make grim reading.</span></div><div><span><br /></span></div>
<div><span>The <a href="https://paper.example/2024/may/16/sewage">Paper reported on Thursday</a> that it will
rise again.</span></div></div>
<div class="post-footer">Posted by <a href="https://profiles.example/1" rel="author">Hal</a></div></div>
<div class="sidebar"><h2>Blogs we follow</h2><ul><li><a href="https://friends.example/">Friends</a></li></ul></div>
</body></html>"""


def test_a_post_written_in_divs_is_read_from_its_marked_content() -> None:
    assert _urls(_BLOGGER, "html") == [
        "https://agency.example/news/overflows-2023",
        "https://paper.example/2024/may/16/sewage",
    ]


def test_a_marked_content_smaller_than_the_paragraphs_is_not_the_body() -> None:
    # A teaser marked entry-content beside the story's paragraphs: the paragraphs are the body.
    page = (
        "<html><body><div class='entry-content'><a href='https://teaser.example/x'>Teaser</a></div>"
        "<div class='story'><p>" + "Long running text of the story itself. " * 20 + "</p>"
        "<p>It cites <a href='https://source.example/report'>the report</a>.</p></div></body></html>"
    )
    assert _urls(page, "html") == ["https://source.example/report"]


# --- Markdown: the sources a front matter lists ---------------------------------------------------------


def test_a_front_matters_list_of_sources_is_cited() -> None:
    text = (
        "---\ntitle: Night trains\npubDate: 2024-02-09\nurl: https://blog.example/night-trains/\n"
        "sources:\n"
        '  - title: "Night trains: state of play"\n'
        "    url: https://parliament.example/briefing.pdf\n"
        "    publisher: Research Service\n"
        "    date: 2023-05-15\n"
        '  - url: "https://rail.example/press/nightjet"\n'
        "    title: Nightjet expands\n"
        "    accessed: 2024-01-28\n"
        "---\n\nThe body cites [one more](https://news.example/a).\n"
    )
    found = _by_url(text, "markdown")
    assert list(found) == [
        "https://parliament.example/briefing.pdf",
        "https://rail.example/press/nightjet",
        "https://news.example/a",
    ]
    first = found["https://parliament.example/briefing.pdf"]
    assert (first.title, first.outlet, first.date) == (
        "Night trains: state of play",
        "Research Service",
        _day("2023-05-15"),
    )
    second = found["https://rail.example/press/nightjet"]
    assert (second.title, second.access_date) == ("Nightjet expands", _day("2024-01-28"))


def test_csl_references_in_a_front_matter_are_cited_with_their_date_parts() -> None:
    text = (
        "---\ntitle: Heat pumps\nreferences:\n- id: gibb2023\n  type: article-journal\n"
        '  title: "Field trials: a review"\n  author:\n  - family: Gibb\n    given: Duncan\n'
        "  container-title: Joule\n  issued:\n    date-parts:\n    - [2023, 9, 20]\n"
        "  URL: https://doi.example/10.1/joule\n- id: book\n  type: book\n  title: A book\n  issued: 2019\n"
        "---\n\nText [@gibb2023].\n"
    )
    (citation,) = extract_citations(text, "markdown")
    assert citation.url == "https://doi.example/10.1/joule"
    assert (citation.title, citation.outlet, citation.date) == (
        "Field trials: a review",
        "Joule",
        _day("2023-09-20"),
    )


def test_a_front_matters_own_url_and_menu_entries_are_no_sources() -> None:
    text = (
        "---\ntitle: Post\nurl: https://blog.example/post/\ncanonical_url: https://blog.example/post/\n"
        "menu:\n  main:\n    name: Home\n    url: https://blog.example/\n"
        "cover:\n  image: https://cdn.example/cover.png\n---\n\nNo links here.\n"
    )
    assert _urls(text, "markdown") == []


# --- wikitext: Dutch and Finnish citation templates, their access labels ---------------------------------


def test_dutch_and_finnish_citation_templates_are_read() -> None:
    text = (
        "Tekst.<ref>{{Citeer web|url=https://nos.example/artikel/1|titel=Brug twintig jaar|werk=NOS|"
        "datum=4 september 2016|bezochtdatum=12 januari 2024|uitgever=Omroep|"
        "archiefurl=https://web.archive.org/web/20210619083000/https://nos.example/artikel/1|"
        "archiefdatum=19 juni 2021}}</ref> Lisää.<ref>{{Lehtiviite | Otsikko = Ratikka kulkee | "
        "Julkaisu = Aamulehti | Ajankohta = 15.2.2023 | Osoite = https://www.aamulehti.example/art-1 | "
        "Viitattu = 6.1.2024 }}</ref><ref>{{Verkkoviite | Osoite = https://yle.example/a/3-1 | "
        "Nimeke = Jatko-osa | Julkaisija = Yle | Ajankohta = 21.11.2022 | Viitattu = 5.1.2024 | "
        "Arkisto = https://web.archive.org/web/2022/https://yle.example/a/3-1 }}</ref>"
    )
    found = _by_url(text, "wikitext")
    nos = found["https://nos.example/artikel/1"]
    assert (nos.title, nos.date, nos.access_date) == (
        "Brug twintig jaar",
        _day("2016-09-04"),
        _day("2024-01-12"),
    )
    assert nos.archive_url == "https://web.archive.org/web/20210619083000/https://nos.example/artikel/1"
    lehti = found["https://www.aamulehti.example/art-1"]
    assert (lehti.title, lehti.outlet, lehti.date) == ("Ratikka kulkee", "Aamulehti", _day("2023-02-15"))
    assert lehti.access_date == _day("2024-01-06")
    yle = found["https://yle.example/a/3-1"]
    assert (yle.title, yle.date, yle.access_date) == ("Jatko-osa", _day("2022-11-21"), _day("2024-01-05"))


def test_dutch_and_finnish_access_labels_give_the_access_date() -> None:
    dutch = (
        "Tekst.<ref>[https://www.stad.example/feiten Feiten en cijfers], ''Gemeente''. "
        "Geraadpleegd op 10 januari 2024.</ref>"
    )
    (citation,) = extract_citations(dutch, "wikitext")
    assert (citation.access_date, citation.date) == (_day("2024-01-10"), None)
    finnish = (
        "Teksti.<ref>[https://www.kaupunki.example/raitiotie Raitiotie] Kaupunki. Viitattu 7.1.2024.</ref>"
    )
    (citation,) = extract_citations(finnish, "wikitext")
    assert (citation.access_date, citation.date) == (_day("2024-01-07"), None)
    # Left alone: the verb in a sentence ("bezochten") is no label; the date stays the cited one.
    other = "Tekst.<ref>[https://www.stad.example/bezoek Bezoek] We bezochten de brug, 10 januari 2024.</ref>"
    (citation,) = extract_citations(other, "wikitext")
    assert citation.access_date is None


# --- plain text: a dateline before a byline; Finnish labels ---------------------------------------------


def test_a_dateline_before_a_byline_after_a_bar_is_read() -> None:
    from linkcheck.articles.plaintext import dateline

    assert dateline("Title\n\nLondon, 13 August 2024, 11:20 | By Jo Roe\n\nText.")[0] == _day("2024-08-13")
    assert dateline("Otsikko\n\nJulkaistu 18.7.2024 klo 9.05 | Päivitetty 18.7.2024 klo 12.40\n\nx")[
        0
    ] == _day("2024-07-18")
    assert dateline("T\n\nBy Jo Roe | Published 9 Jan 2020 | 4 min read\n\nx")[0] == _day("2020-01-09")
    # Left alone: a sentence before the bar is no dateline.
    assert dateline("T\n\nWe met on 3 May 2024 in London with the team | and talked\n\nx")[0] is None


# --- prose: weekdays and reporting words of Finnish, Croatian, Romanian, Swahili, Bengali -----------------


def test_weekdays_of_more_languages_date_a_report() -> None:
    cases = [
        ("Kauppalehti uutisoi maanantaina, että rakentaminen on pysähtynyt ja hinnat laskevat", "2024-07-15"),
        ("Agencija Hina je u nedjelju javila da Vlada priprema mjere za ograničavanje cijena", "2024-07-14"),
        ("Cotidianul Adevărul scria vineri că facturile vor crește și că prețurile urcă", "2024-07-12"),
        (
            "Shirika la habari la Reuters liliripoti Jumanne kwamba shilingi ya Tanzania imeshuka",
            "2024-07-16",
        ),
    ]
    for sentence, day in cases:
        text = f"Title\n\n{sentence} (https://news.example/a/1).\n"
        (citation,) = extract_citations(text, "text", article_date=_day("2024-07-18"))
        assert citation.date == _day(day), sentence
    # Left alone: Romanian "luni" (Monday, and "months") is not read as a weekday.
    text = "Title\n\nÎn ultimele luni, potrivit Agerpres, prețurile au crescut și că (https://news.example/a/2).\n"
    (citation,) = extract_citations(text, "text", article_date=_day("2024-07-18"))
    assert citation.date is None


# --- machinery: a message's signature, a hashtag page keyed by its query, a feedback box ------------------


def test_a_messages_signature_holds_no_citation() -> None:
    text = (
        "Subject: Re: closures\n\nThe Standard had the list on Monday:\n\n  https://news.example/closures\n\n"
        '-- \nMartin  |  http://www.home.example/  |  "Mind the gap"\n\n'
        "> earlier quoted text https://quoted.example/page\n"
    )
    assert _urls(text, "text") == ["https://news.example/closures", "https://quoted.example/page"]
    # Left alone: "--" without its space, or a "-- " inside a line, is no signature delimiter.
    other = "Text\n\n--\nSee https://news.example/after-rule\n\nA -- https://news.example/dash\n"
    assert _urls(other, "text") == ["https://news.example/after-rule", "https://news.example/dash"]


def test_a_hashtag_page_keyed_by_its_query_is_no_citation() -> None:
    from linkcheck.articles._base import is_profile

    assert is_profile("https://www.linkedin.example/feed/hashtag/?keywords=governance&trk=x")
    assert is_profile("https://x.example/hashtag/Euro7")
    # Left alone: an article whose path only holds the word.
    assert not is_profile("https://news.example/2024/05/hashtag/activism-explained")


def test_a_feedback_box_is_page_machinery() -> None:
    page = (
        "<html><body><main><p>The <a href='https://stats.example/report'>report</a> says so. "
        + "Bus journeys outside London are still below their 2019 level. " * 3
        + "</p>"
        "<div class='gem-c-feedback'><h2>Is this page useful?</h2><a href='/contact/site'>Report a problem"
        "</a></div></main></body></html>"
    )
    assert _urls(page, "html", base_url="https://site.example/p") == ["https://stats.example/report"]
