"""Rules added after the fourteenth held-out batch (tests/fixtures/articles/heldout, ``b14_*``), each on a
small string, with a case each rule must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles.html import _SOURCE_LABEL
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str, date: str | None = None, base: str | None = None) -> dict[str, Citation]:
    day = PartialDate.parse(date) if date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=day, base_url=base)}


# --- an <article> in an <aside> is a card, not the page's story ----------------------------------------

_FORUM = """<html><body><div role="main">
<div class="post"><p>The scheme page, and what the regulator published since:</p>
<aside class="onebox"><article class="onebox-body"><h3><a href="https://www.gov.uk/apply-scheme">Apply for
the scheme</a></h3><p>You may be able to get a grant.</p></article></aside>
<p>Applications rose by half, as the <a href="https://www.ofgem.gov.uk/stats.pdf">quarterly statistics</a>
show, and more people are asking about it every week in this forum.</p></div>
<div class="post"><p>A consumer group found installers quoting more:
<a href="https://www.which.co.uk/news/article/heat-pumps">Which? found this</a>.</p></div>
</div></body></html>"""


def test_an_article_in_an_aside_is_a_card_not_the_body() -> None:
    assert set(_read(_FORUM, "html")) == {
        "https://www.gov.uk/apply-scheme",
        "https://www.ofgem.gov.uk/stats.pdf",
        "https://www.which.co.uk/news/article/heat-pumps",
    }


def test_an_article_outside_any_aside_is_still_the_body() -> None:
    page = """<html><body><div><p>A sidebar <a href="https://ads.example/x">offer</a> with words.</p></div>
<article><p>The story cites <a href="https://www.reuters.com/a/story">Reuters</a>, which reported it
on Monday with more detail than anyone else had at the time.</p></article></body></html>"""
    assert set(_read(page, "html")) == {"https://www.reuters.com/a/story"}


# --- rel="ugc" is counted over the links that leave the page ------------------------------------------


def test_ugc_on_most_outgoing_links_says_nothing_despite_relative_mentions() -> None:
    post = """<html><body><main><div class="post">
<p>The <a href="https://www.ofgem.gov.uk/a.pdf" rel="nofollow ugc">statistics</a> show it,
<a href="/u/someone">@someone</a> asked in <a href="/c/energy/7">#energy</a>.</p>
<p>See <a href="https://www.bbc.co.uk/news/business-1" rel="nofollow ugc">the BBC report</a> and
<a href="/u/other">@other</a>'s <a href="/t/thread/1">earlier thread</a>.</p></div></main></body></html>"""
    found = _read(post, "html", base="https://forum.example/t/x/2")
    assert "https://www.ofgem.gov.uk/a.pdf" in found
    assert "https://www.bbc.co.uk/news/business-1" in found


def test_one_ugc_link_among_plain_ones_is_still_not_cited() -> None:
    page = """<html><body><main>
<p>The <a href="https://www.reuters.com/a">Reuters report</a> and <a href="https://apnews.com/b">AP's</a>
and <a href="https://www.ft.com/c">the FT's</a> all agree.</p>
<p>A reader wrote: <a href="https://spam.example/d" rel="ugc">my site</a>.</p></main></body></html>"""
    found = _read(page, "html")
    assert "https://spam.example/d" not in found
    assert "https://www.reuters.com/a" in found


# --- a line break before a list bullet ends a sentence -------------------------------------------------

_BULLETS = (
    "- Reuters, 8 Feb 2024: [Congo output hits record](https://www.reuters.com/a/b)\n"
    "- Supplier B's own statement (PDF): [Responsible sourcing policy](https://supplier-b.example/p.pdf)\n"
)


def test_a_list_items_date_stays_in_its_item() -> None:
    found = _read(_BULLETS, "markdown", "2024-03-04")
    assert str(found["https://www.reuters.com/a/b"].date) == "2024-02-08"
    assert found["https://supplier-b.example/p.pdf"].date is None


def test_a_sentence_wrapped_over_lines_without_a_bullet_is_one() -> None:
    text = "Reuters reported\non Friday that output hit a record: https://www.reuters.com/a/c\n"
    assert str(_read(text, "text", "2024-03-04")["https://www.reuters.com/a/c"].date) == "2024-03-01"


# --- a related line's title without emphasis marks or a list marker ------------------------------------

_RELATED = (
    "Intro line.\n\n> **Related article:** Will Russia Reinforce Iraq's Air Defenses? (3)\n\nMore.\n\n"
    "1. <https://ria.ru/2020/1.html>\n3. <https://www.themoscowtimes.com/2019/08/29/will-russia-reinforce>\n"
)


def test_related_title_loses_the_closing_emphasis_and_the_marker() -> None:
    found = _read(_RELATED, "markdown")
    title = found["https://www.themoscowtimes.com/2019/08/29/will-russia-reinforce"].title
    assert title == "Will Russia Reinforce Iraq's Air Defenses?"


def test_related_title_keeps_a_parenthesis_that_is_no_marker() -> None:
    text = "Related: Ten Years of the Bridge (Part 2)\nhttps://example.org/ten-years-of-the-bridge-part-2\n"
    title = _read(text, "text")["https://example.org/ten-years-of-the-bridge-part-2"].title
    assert title == "Ten Years of the Bridge (Part 2)"


# --- "Previous review" / "Предыдущий обзор" is the site's own machinery --------------------------------


def test_a_previous_review_link_is_not_cited() -> None:
    text = (
        "«Коммерсантъ» пишет: https://www.kommersant.ru/doc/1\n\n"
        "Предыдущий обзор: https://monitor.example.ru/obzor/2024-03-14/\n"
        "Previous review: https://monitor.example.ru/obzor/2024-03-13/\n"
        "Предыдущие публикации Reuters: https://www.reuters.com/x\n"
    )
    assert set(_read(text, "text")) == {"https://www.kommersant.ru/doc/1", "https://www.reuters.com/x"}


# --- an HTML press release's "About ..." boilerplate and contact block ---------------------------------

_RELEASE = """<html><body><main>
<p>OSLO, Jan. 16, 2024 -- The firm won an order, <a href="https://e24.no/a/1">E24</a> reported on Monday.</p>
<p><b>About Nordvolt Marine</b></p>
<p>Nordvolt builds batteries. Visit <a href="https://www.nordvolt.example/">www.nordvolt.example</a>.</p>
<p><b>Contacts</b><br>Media: <a href="mailto:p@nordvolt.example">p@nordvolt.example</a><br>Investors:
<a href="https://www.nordvolt.example/investors/">investor relations</a></p>
</main></body></html>"""


def test_about_boilerplate_and_contacts_are_not_cited() -> None:
    assert set(_read(_RELEASE, "html")) == {"https://e24.no/a/1"}


def test_a_section_about_the_data_and_a_sentence_opening_with_about_are_cited() -> None:
    page = """<html><body><main><p>Figures from the statistics office, read by our desk this week.</p>
<h2>About the data</h2><p>Source: <a href="https://www.ons.gov.uk/x">ONS labour market survey</a>.</p>
<p>About 40% of the cars were electric, <a href="https://www.acea.auto/y">ACEA said</a>.</p>
</main></body></html>"""
    assert set(_read(page, "html")) == {"https://www.ons.gov.uk/x", "https://www.acea.auto/y"}


# --- a quoted title ending the line above a URL line ---------------------------------------------------


def test_a_quoted_title_after_an_entry_dash_or_before_a_colon_titles_the_url_below() -> None:
    text = (
        "Background: The Moscow Times, 29 August 2019 — «Will Russia Reinforce Iraq's Air Defenses?»\n"
        "https://www.themoscowtimes.com/2019/08/29/will-russia-reinforce-iraqs-air-defenses-a67067\n\n"
        'Read the paper "Grid Queues and How They Grow":\nhttps://example.org/p/1\n'
    )
    found = _read(text, "text")
    mt = found["https://www.themoscowtimes.com/2019/08/29/will-russia-reinforce-iraqs-air-defenses-a67067"]
    assert mt.title == "Will Russia Reinforce Iraq's Air Defenses?"
    assert found["https://example.org/p/1"].title == "Grid Queues and How They Grow"


def test_a_quoted_statement_above_a_url_is_no_title() -> None:
    text = 'The minister said: "we will not pay anything at all"\nhttps://example.org/news/12345\n'
    assert _read(text, "text")["https://example.org/news/12345"].title is None


# --- "Source for ...:" opens an entry --------------------------------------------------------------------


def test_a_source_for_label_opens_the_entry_of_its_link() -> None:
    assert _SOURCE_LABEL.match("Source for the sand figures: WWF") is not None
    assert _SOURCE_LABEL.match("Sources of the chart: ONS") is not None
    assert _SOURCE_LABEL.match("Source for the figures. Then: more") is None
    assert _SOURCE_LABEL.match("Open source for everyone: x") is None
    page = """<html><body><article><p>Some text here that is long enough to be the article's body.</p>
<div class="callout"><div class="text">Source for the sand figures: WWF, <a
href="https://wwf.panda.org/x/sand-mining-report">“Sand mining: the global crisis”</a>, 7 June 2023.</div>
</div>
</article></body></html>"""
    citation = _read(page, "html", "2024-05-14")["https://wwf.panda.org/x/sand-mining-report"]
    assert str(citation.date) == "2023-06-07"


# --- Russian "опубликовал", "выпустил" date a report ---------------------------------------------------


def test_russian_released_dates_a_report_and_other_verbs_do_not() -> None:
    text = (
        "Обзор прессы.\n\nРБК в четверг выпустил расследование о закупках ноутбуков\n"
        "(https://www.rbc.ru/investigation/2024/03/14/65f2a1b0).\n\n"
        "В четверг в Москве выпал снег (https://www.example.ru/a/1).\n"
    )
    found = _read(text, "text", "2024-03-15")
    assert str(found["https://www.rbc.ru/investigation/2024/03/14/65f2a1b0"].date) == "2024-03-14"
    assert found["https://www.example.ru/a/1"].date is None
