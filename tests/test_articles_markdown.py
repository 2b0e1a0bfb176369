"""Markdown articles: inline, reference and autolinks, titles from link text, front matter, no code."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate

NASTY = (Path(__file__).parent / "fixtures" / "articles" / "nasty.md").read_text(encoding="utf-8")
MT = (
    "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
)


def by_url(citations: list[Citation]) -> dict[str, Citation]:
    return {c.url: c for c in citations}


def test_nasty_markdown_article() -> None:
    citations = extract_citations(NASTY, "auto", source="nasty.md")
    found = by_url(citations)
    assert list(found) == [
        "https://ria.ru/20200109/1563219328.html",
        "https://en.wikipedia.org/wiki/S-300_missile_system_(NATO_name)",
        "https://ru.wikipedia.org/wiki/С-300%20(зенитная%20ракетная%20система)",
        "https://example.org/more",
        "https://example.org/autolink",
        "https://example.org/bare-link",
        MT,
        "https://example.org/linked-image",
        "https://blog.example.org/about/",
        "https://пример.рф/путь",
        "https://tass.ru/politika/7487995",
        "https://www.kommersant.ru/doc/4215487",
        "https://unused.example.org/page",
    ]
    article = citations[0].article
    assert article is not None
    assert article.date == PartialDate(2020, 1, 9)
    assert article.title == "Iraq, Russia and the S-300: a reading list"
    assert article.url == "https://blog.example.org/2020/01/iraq-s300/"
    ria = found["https://ria.ru/20200109/1563219328.html"]
    # First seen on line 10 in prose; the reference list adds its title; "on Thursday" dates it.
    assert ria.line == 10
    assert ria.title == "Iraq Resumes S-300 Talks, Lawmaker Says"
    assert ria.outlet == "RIA Novosti"
    assert ria.date == PartialDate(2020, 1, 9)
    # A "title" attribute reads as the title; a link text split over two lines is one title.
    assert found["https://tass.ru/politika/7487995"].title == "Zhirinovsky Urges Iran to Buy Russia's S-400"
    assert found["https://tass.ru/politika/7487995"].outlet == "TASS"
    assert found[MT].title == "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"
    assert found[MT].line == 19
    # Generic link texts are not titles; a link text naming the host's outlet is its outlet.
    assert found["https://example.org/more"].title is None
    wiki = found["https://en.wikipedia.org/wiki/S-300_missile_system_(NATO_name)"]
    assert (wiki.title, wiki.outlet) == ("S-300 missile system", "Wikipedia")
    kommersant = found["https://www.kommersant.ru/doc/4215487"]
    assert (kommersant.outlet, kommersant.date, kommersant.line) == (
        "Kommersant",
        PartialDate(2020, 1, 7),
        45,
    )
    assert found["https://unused.example.org/page"].title == "Defined But Never Used In The Text"


def test_nothing_from_code_comments_or_images() -> None:
    urls = {c.url for c in extract_citations(NASTY, "markdown")}
    assert not {u for u in urls if "code.example" in u or "comment.example" in u or "img.example" in u}


@pytest.mark.parametrize(
    "text",
    [
        "`https://code.example/a`",
        "``code with ` and https://code.example/b``",
        "```\nhttps://code.example/c\n```",
        "  ~~~~python\n  https://code.example/d\n  ~~~~",
        "> ```\n> https://code.example/e\n> ```",
        "<!-- https://code.example/f\n-->",
    ],
)
def test_code_and_comments_hide_links(text: str) -> None:
    assert extract_citations(text + "\n\nhttps://ok.example/\n", "markdown")[0].url == "https://ok.example/"
    assert len(extract_citations(text + "\n\nhttps://ok.example/\n", "markdown")) == 1


def test_an_unterminated_fence_runs_to_the_end() -> None:
    assert extract_citations("```\nhttps://code.example/a\n\nhttps://code.example/b\n", "markdown") == []


def test_an_unclosed_backtick_is_literal() -> None:
    assert [c.url for c in extract_citations("A ` stray https://a.example/x\n\nnext", "markdown")] == [
        "https://a.example/x"
    ]


def test_link_destinations() -> None:
    text = (
        "[Balanced Parens Title Here](https://a.example/x_(y)_z) "
        "[Spaced Destination Title](<https://a.example/with space>) "
        "[Escaped Bracket \\] Title Works](https://a.example/e) "
        "[Title With A Tooltip](https://a.example/t 'The Tooltip Title Is Here') "
        "[Not a link] (https://b.example/space-before-paren) "
        "\\[escaped](https://c.example/) "
    )
    found = by_url(extract_citations(text, "markdown"))
    assert found["https://a.example/x_(y)_z"].title == "Balanced Parens Title Here"
    assert found["https://a.example/with%20space"].title == "Spaced Destination Title"
    assert found["https://a.example/e"].title == "Escaped Bracket ] Title Works"
    assert found["https://a.example/t"].title == "The Tooltip Title Is Here"
    # Not link syntax, but the bare URLs are still cited.
    assert "https://b.example/space-before-paren" in found
    assert "https://c.example/" in found


def test_reference_styles_are_case_and_space_insensitive() -> None:
    text = (
        "See [The Full Story Title][Story  One], [Story One][] and [story one].\n\n"
        "[story one]: https://a.example/story\n"
        "  'A Title On The Next Line'\n"
    )
    (citation,) = extract_citations(text, "markdown")
    assert citation.url == "https://a.example/story"
    assert citation.title == "A Title On The Next Line"
    assert citation.line == 3


def test_footnotes_are_not_link_definitions_but_their_urls_count() -> None:
    text = "Claim.[^1]\n\n[^1]: Reported by https://a.example/report on the day.\n"
    assert [c.url for c in extract_citations(text, "markdown")] == ["https://a.example/report"]


@pytest.mark.parametrize(
    ("front", "date"),
    [
        ("---\ndate: 2020-01-09\n---\n", PartialDate(2020, 1, 9)),
        ("---\npublished: '2020-01-09T08:00:00Z'\n---\n", PartialDate(2020, 1, 9)),
        ('+++\ndate = "2020-01-09"\n+++\n', PartialDate(2020, 1, 9)),
        ("---\ntitle: x\npubDate: January 9, 2020\n...\n", PartialDate(2020, 1, 9)),
        ("---\ndate: not a date\n---\n", None),
    ],
)
def test_front_matter_dates(front: str, date: PartialDate | None) -> None:
    (citation,) = extract_citations(front + "\nSee https://a.example/x\n", "markdown")
    assert (citation.article.date if citation.article else None) == date


def test_front_matter_links_are_not_citations() -> None:
    text = "---\nurl: https://blog.example/post/\nimage: https://img.example/x.png\n---\n\nBody.\n"
    assert extract_citations(text, "markdown") == []


def test_raw_html_anchors_in_markdown() -> None:
    text = 'A <a href="https://a.example/raw" title="x">Raw Anchor Story Title</a> link.'
    (citation,) = extract_citations(text, "markdown")
    assert (citation.url, citation.title) == ("https://a.example/raw", "Raw Anchor Story Title")


def test_relative_links_need_a_base() -> None:
    (unresolved,) = extract_citations("[An Earlier Post](../2019/post/)", "markdown")
    assert unresolved.error is not None
    (resolved,) = extract_citations(
        "[An Earlier Post](../2019/post/)", "markdown", base_url="https://blog.example/2020/a/"
    )
    assert resolved.url == "https://blog.example/2020/2019/post/"
    assert extract_citations("[Section](#part-two) and [mail](mailto:a@b.example)", "markdown") == []


def test_a_reference_list_entry_gives_title_outlet_and_date() -> None:
    text = "* [Iraq resumes S-300 talks](https://www.reuters.com/article/idUS1) — *Reuters*, Jan. 9, 2020\n"
    (citation,) = extract_citations(text, "markdown")
    assert citation.title == "Iraq resumes S-300 talks"
    assert citation.outlet == "Reuters"
    assert citation.date == PartialDate(2020, 1, 9)


def test_brackets_are_paired_once_for_the_whole_page() -> None:
    text = "[" * 5000 + " [A Real Story Title Here](https://a.example/x) " + "](" * 3000 + "<a href='" * 100
    (citation,) = extract_citations(text, "markdown")
    assert (citation.url, citation.title) == ("https://a.example/x", "A Real Story Title Here")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("It matches the [safety study](https://a.example/news/protected-lanes-safety-study) we cite.", None),
        ("See the [technical appendix (PDF)](https://a.example/reports/2019/appendix-a.pdf).", None),
        ("As [Brexit explained](https://a.example/brexit-explained) says.", "Brexit explained"),
        ("Queues rose according to the [Marine Exchange of Southern California](https://mx.example/).", None),
        ("Queues peaked (see the [Marine Exchange Of Southern California Queue Report](https://mx.example/q)).",
         "Marine Exchange Of Southern California Queue Report"),
        ('Also "[Why cities with high bicycling rates are safer](https://a.example/pii/S22)," June 2019.',
         "Why cities with high bicycling rates are safer"),
    ],
)  # fmt: skip
def test_link_texts_that_are_no_titles(text: str, title: str | None) -> None:
    (citation,) = extract_citations(text, "markdown")
    assert citation.title == title


def test_a_markdown_link_whose_text_is_a_date() -> None:
    (citation,) = extract_citations("Posted [January 9, 2020](https://a.example/status/1).", "markdown")
    assert (citation.title, citation.date) == (None, PartialDate(2020, 1, 9))


def test_apa_references_and_footnotes_are_entries() -> None:
    text = (
        "Text (Hughes, 2020).\n\n"
        "## References\n\n"
        "Hughes, R. (2020, September 14). Transit ridership is still down by half. Here's why. *Citylab*. "
        "https://www.bloomberg.com/news/articles/2020-09-14/transit-ridership\n\n"
        "Barrero, J. M. (2021). *Why working from home will stick* (NBER Working Paper No. 28731). "
        "https://www.nber.org/papers/w28731\n\n"
        "U.S. Bureau of Labor Statistics. (n.d.). *American time use survey*. Retrieved May 18, 2021, from "
        "https://www.bls.gov/tus/\n\n"
        "Claim.[^flow]\n\n"
        '[^flow]: Daily flow data: ARPAE, "Bollettino idrologico", 20 July 2022,\n'
        "    https://www.arpae.it/bollettino-2022-07-20.\n"
    )
    hughes, nber, bls, arpae = extract_citations(text, "markdown")
    assert (hughes.title, hughes.date) == (
        "Transit ridership is still down by half. Here's why",
        PartialDate(2020, 9, 14),
    )
    assert (nber.title, nber.outlet, nber.date) == (
        "Why working from home will stick",
        "NBER",
        PartialDate(2021),
    )
    assert (bls.title, bls.date, bls.access_date) == (
        "American time use survey",
        None,
        PartialDate(2021, 5, 18),
    )
    assert bls.outlet == "Bureau of Labor Statistics"
    assert (arpae.title, arpae.outlet, arpae.date) == (
        "Bollettino idrologico",
        "ARPAE",
        PartialDate(2022, 7, 20),
    )


def test_an_original_with_its_archived_copy_is_one_entry() -> None:
    text = (
        "- [Greece and creditors reach deal](http://news.example/2015/greece-deal/)\n"
        "  ([archived](https://web.archive.org/web/20150714083012/http://news.example/2015/greece-deal/)),\n"
        "  Eurozone News, 13 July 2015\n"
        "- [Another Story Entirely Here](http://other.example/x), 1 May 2016\n"
    )
    greece, other = extract_citations(text, "markdown")
    assert greece.date == PartialDate(2015, 7, 13)
    assert other.date == PartialDate(2016, 5, 1)


def test_the_sites_own_tag_category_and_author_pages_are_not_citations() -> None:
    text = (
        "---\nurl: https://notes.example.org/2024/02/mail/\n---\n\n"
        "See [my earlier post](/2023/11/dns/) and [their tag page](https://other.example/tag/dns).\n\n"
        "Tags: [selfhosting](/tags/selfhosting) [email](https://notes.example.org/tags/email/) "
        "by [kestrel](/author/kestrel/) in [Notes](/category/notes/)\n"
    )
    assert [c.url for c in extract_citations(text, "markdown")] == [
        "https://notes.example.org/2023/11/dns/",
        "https://other.example/tag/dns",
    ]


def test_liquid_and_hugo_highlight_blocks_are_code() -> None:
    text = (
        "{% highlight bash %}\ncargo bench\n# results in https://localhost:8000/report/index.html\n"
        '{% endhighlight %}\n\n{{< highlight go "linenos=table" >}}\nhttp.Get("https://code.example/x")\n'
        "{{< /highlight >}}\n\nSee https://ok.example/ and\n\n{%- highlight text -%}\nhttps://code.example/open\n"
    )
    assert [c.url for c in extract_citations(text, "markdown")] == ["https://ok.example/"]


def test_many_unclosed_highlight_openers_are_read_in_linear_time() -> None:
    import time

    text = "{{< highlight go" * 50_000 + " https://ok.example/\n"
    started = time.process_time()
    assert [c.url for c in extract_citations(text, "markdown")] == ["https://ok.example/"]
    assert time.process_time() - started < 5


def test_a_dateline_in_the_body_dates_an_article_without_a_front_matter_date() -> None:
    body = "# Self-hosting mail in 2024\n\nPosted 2024-02-18 by *kestrel*\n\nSee https://a.example/x\n"
    (citation,) = extract_citations(body, "markdown")
    assert citation.article is not None
    assert (citation.article.date, citation.article.line) == (PartialDate(2024, 2, 18), 3)
    (dated,) = extract_citations("---\ndate: 2024-02-20\n---\n" + body, "markdown")
    assert dated.article is not None
    assert dated.article.date == PartialDate(2024, 2, 20)


def test_a_profile_page_is_not_a_citation_but_a_post_under_it_is() -> None:
    text = (
        "The trial is at [PubMed](https://pubmed.example.gov/29897866/); the author replied in "
        "[a post](https://social.example/@hanna/111222333).\n\n"
        "*Follow me on [Mastodon](https://social.example/@hanna) or [Medium](https://medium.example/@hanna/).*"
    )
    assert [c.url for c in extract_citations(text, "markdown")] == [
        "https://pubmed.example.gov/29897866/",
        "https://social.example/@hanna/111222333",
    ]


def test_an_author_year_link_text_is_the_date_not_the_title() -> None:
    text = (
        "The trial was republished ([Estruch et al., 2018](https://pubmed.example.gov/29897866/)); the HNSW "
        "paper is [Malkov & Yashunin (2016)](https://arxiv.example.org/abs/1603.09320), reviewed in "
        "([The Lancet, 2019](https://www.thelancet.example.com/article/PIIS0140-6736(19)30041-8/fulltext)). "
        "The [Annual Report 2024](https://www.example.org/annual-report-2024) is a title."
    )
    trial, hnsw, review, report = extract_citations(text, "markdown")
    assert (trial.title, trial.date) == (None, PartialDate(2018))
    assert (hnsw.title, hnsw.date) == (None, PartialDate(2016))
    assert (review.title, review.date) == (None, PartialDate(2019))
    assert report.title == "Annual Report 2024"


def test_an_underscore_inside_a_word_is_not_emphasis() -> None:
    text = (
        "Same symptom as this thread: [pg_upgrade fails with postgis_topology]"
        "(https://forum.example.org/t/pg-upgrade-fails-with-postgis-topology/17201/4); "
        "see also [_Why Upgrades Break Extensions_](https://blog.example.org/why-upgrades-break-extensions)."
    )
    thread, post = extract_citations(text, "markdown")
    assert thread.title == "pg_upgrade fails with postgis_topology"
    assert post.title == "Why Upgrades Break Extensions"


def test_ama_reference_entries_give_title_outlet_and_access_date() -> None:
    text = (
        "## References\n\n"
        "1. Estruch R, Ros E, Salas-Salvadó J, et al. Primary prevention of cardiovascular disease with a\n"
        "   Mediterranean diet. *N Engl J Med*. 2018;378(25):e34. https://doi.example.org/10.1056/NEJMoa1800389\n"
        "2. Okafor B, Lind T. Olive oil intake and all-cause mortality: a meta-analysis.\n"
        "   *bioRxiv*. Preprint posted online May 14, 2023. https://www.biorxiv.org/content/10.1101/2023.05.12v2\n"
        "3. World Health Organization. Healthy diet. Fact sheet. Published April 29, 2020. Accessed\n"
        "   February 10, 2024. https://www.who.int/news-room/fact-sheets/detail/healthy-diet\n"
    )
    nejm, preprint, who = extract_citations(text, "markdown")
    assert (nejm.title, nejm.date) == (
        "Primary prevention of cardiovascular disease with a Mediterranean diet",
        PartialDate(2018),
    )
    assert (preprint.title, preprint.outlet, preprint.date) == (
        "Olive oil intake and all-cause mortality: a meta-analysis",
        "bioRxiv",
        PartialDate(2023, 5, 14),
    )
    assert (who.title, who.outlet, who.date, who.access_date) == (
        "Healthy diet",
        "World Health Organization",
        PartialDate(2020, 4, 29),
        PartialDate(2024, 2, 10),
    )


def test_a_long_entry_of_hyphenated_capitalised_words_is_read_in_linear_time() -> None:
    # The AMA author pattern once let a hyphen belong to a word or separate two: exponential backtracking.
    entry = "1. " + "Aa-Bb Cc " * 70 + ". " + "word " * 50 + "https://example.org/x\n"
    (citation,) = extract_citations("## References\n\n" + entry, "markdown")
    assert citation.url == "https://example.org/x"
