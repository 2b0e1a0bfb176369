"""Rules added after the twelfth held-out batch of articles (tests/fixtures/articles/heldout/b12_*): each a
general rule, tested here on a string of its own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import (
    is_boilerplate,
    is_licence,
    is_lookup,
    is_own_navigation,
    resolve_url,
    unwrap_redirect,
)
from linkcheck.articles.plaintext import schemeless_urls
from linkcheck.models import Citation, PartialDate


def _urls(text: str, fmt: str, **kwargs: object) -> list[str]:
    return [c.url for c in extract_citations(text, fmt, **kwargs)]  # type: ignore[arg-type]


def _day(value: str) -> PartialDate:
    parsed = PartialDate.parse(value)
    assert parsed is not None
    return parsed


def _by_url(text: str, fmt: str, **kwargs: object) -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt, **kwargs)}  # type: ignore[arg-type]


# --- prose: weekdays and reporting words of Icelandic, Estonian, Slovenian and Latvian -------------------


def test_weekdays_of_four_more_languages_date_a_report() -> None:
    cases = [
        # Icelandic (told by "að"): "greindi frá á þriðjudag" (reported on Tuesday)
        (
            "Verðbólga mældist 6 prósent, að því er Hagstofa greindi frá á þriðjudag.\n"
            "https://hagstofa.example.is/frettir/1\n",
            "text",
        ),
        # Estonian: "teatas teisipäeval" (reported on Tuesday)
        (
            "<p>Hinnad tõusid ja palgad ka, teatas teisipäeval "
            '<a href="https://hagstofa.example.is/frettir/1">Statistikaamet</a>.</p>',
            "html",
        ),
        # Slovenian: "je v torek sporočil" (reported on Tuesday)
        (
            "<p>Inflacija je padla, je v torek sporočil "
            '<a href="https://hagstofa.example.is/frettir/1">urad</a>.</p>',
            "html",
        ),
        # Latvian (told by "ir", as Lithuanian): "otrdien ziņoja" (reported on Tuesday)
        (
            "Kā otrdien ziņoja [LSM](https://hagstofa.example.is/frettir/1), īres maksa ir augusi.",
            "markdown",
        ),
    ]
    for text, fmt in cases:
        (citation,) = extract_citations(text, fmt, article_date=_day("2024-05-29"))  # a Wednesday
        assert citation.date == _day("2024-05-28"), text


def test_the_new_weekdays_are_not_read_in_an_english_article() -> None:
    # "Reede" and "Torek" are surnames in an English article: no weekday (the more-languages test says no).
    for name in ("Reede", "Torek", "Sreda"):
        text = f"Analyst Jo {name} said prices rose.\nhttps://news.example.com/a/1\n"
        (citation,) = extract_citations(text, "text", article_date=_day("2024-05-29"))
        assert citation.date is None, name


def test_related_labels_of_four_more_languages_give_the_title() -> None:
    for label in ("Lestu einnig", "Loe ka", "Preberite tudi", "Lasiet arī"):
        text = (
            "Frétt um verðlag og laun, þjóðin og landið. Palgad ja hinnad. Cene so že višje. "
            "Cenas un īre.\n\n"
            f"{label}: Hvað kostar matarkarfan?\nhttps://news.example.is/a/2024-04-30\n"
        )
        (citation,) = extract_citations(text, "text")
        assert citation.title == "Hvað kostar matarkarfan?", label
    # Left alone: the word without its companion ("Loe" is also a name; "Lestu" alone).
    text = (
        "Frétt um verðlag og laun.\n\nLoe: Hvað kostar matarkarfan?\nhttps://news.example.is/a/2024-04-30\n"
    )
    (citation,) = extract_citations(text, "text")
    assert citation.title != "Hvað kostar matarkarfan?"


# --- every format: follow calls, subscribe and credit lines ------------------------------------------------


def test_more_follow_calls_and_a_podcast_page_s_machinery_are_boilerplate() -> None:
    for label in (
        "Fylgdu okkur á Facebook:",
        "Jälgi meid Instagramis",
        "Sledite nam na Facebooku",
        "Sekojiet man:",
        "Subscribe: Apple Podcasts",
        "Support the show:",
        "Support us on",
        "Transcribed by Scribewell —",
        "Powered by Ghost",
    ):
        assert is_boilerplate(label), label
    for label in (
        "Subscribers said the price rose",
        "Supported by the ministry:",
        "The show's transcript, by Reuters",
        "by Reuters:",
        "Powered",
        "Fylgdu",
    ):
        assert not is_boilerplate(label), label


def test_a_transcript_s_subscribe_and_support_lines_are_no_citations() -> None:
    text = (
        "The operator was fined, the Herald reported: https://news.example.com/2024/09/09/fine\n\n"
        "Transcribed by Scribewell — https://scribewell.example.com/?ref=show\n"
        "Subscribe: Apple Podcasts https://podcasts.example.com/show/1 · Spotify https://music.example.com/show/2\n"
        "Support the show: https://members.example.com/show\n"
    )
    assert _urls(text, "text") == ["https://news.example.com/2024/09/09/fine"]


# --- HTML: a HighWire journal page's look-ups --------------------------------------------------------------


def test_highwire_lookups() -> None:
    doi = "https://www.biorxiv.org/lookup/external-ref?access_num=10.1038/s41559-023-01999-1&link_type=DOI"
    assert unwrap_redirect(doi) == ("https://doi.org/10.1038/s41559-023-01999-1", "biorxiv.org")
    assert not is_lookup(doi)
    assert not is_lookup("/lookup/external-ref?access_num=10.3354/meps14045&link_type=DOI")
    for lookup in (
        "/lookup/external-ref?access_num=36912345&link_type=MED",
        "https://www.pnas.example.org/lookup/external-ref?access_num=000123&link_type=ISI",
        "/lookup/google-scholar?link_type=googlescholar&gs_type=article&title=Sea-ice",
        "https://www.biorxiv.org/lookup/google-scholar?link_type=googlescholar&title=x",
    ):
        assert is_lookup(lookup), lookup
    # Left alone: a DOI look-up whose number is no DOI, a page named "lookup", a path without a query.
    assert unwrap_redirect("https://j.example.org/lookup/external-ref?access_num=123&link_type=DOI") is None
    for page in (
        "https://www.example.org/lookup/external-ref",
        "https://www.example.org/tools/lookup?name=x",
        "https://www.example.org/news/lookup-tables-explained",
    ):
        assert not is_lookup(page), page
        assert unwrap_redirect(page) is None, page


def test_a_highwire_reference_list_gives_the_dois_not_the_lookups() -> None:
    html = (
        "<html><body><div class='article'><p>As shown before (<a href='#ref-1'>1</a>).</p>"
        "<ol class='cit-list'><li id='ref-1'><div class='cit-metadata'><cite>Title. J. 7 (2023).</cite></div>"
        "<div class='cit-extra'>"
        "<a href='/lookup/external-ref?access_num=10.1038/x-1&amp;link_type=DOI'>CrossRef</a> "
        "<a href='/lookup/external-ref?access_num=36912345&amp;link_type=MED'>PubMed</a> "
        "<a href='/lookup/google-scholar?link_type=googlescholar&amp;title=Title'>Google Scholar</a>"
        "</div></li></ol></div></body></html>"
    )
    assert _urls(html, "html", base_url="https://www.biorxiv.org/content/1v1.full") == [
        "https://doi.org/10.1038/x-1"
    ]


# --- HTML: a body split into sections of one kind ----------------------------------------------------------


def test_sections_side_by_side_are_all_the_body() -> None:
    html = (
        "<html><body><div class='header'><a href='/'>Home</a></div><div class='article'>"
        "<div class='section' id='s1'><h2>Methods</h2><p>"
        + "We measured the chicks every day. "
        * 8
        + "</p></div>"
        "<div class='section data-availability' id='s2'><h2>Data</h2><p>Records are at "
        "<a href='https://doi.org/10.5061/dryad.x1'>Dryad</a>.</p></div></div></body></html>"
    )
    assert _urls(html, "html") == ["https://doi.org/10.5061/dryad.x1"]
    # Left alone: a plain <div> beside another (a page's column beside its sidebar with a paragraph).
    html = (
        "<html><body><div><p>" + "The council met on Monday and agreed the plan. " * 8 + "</p></div>"
        "<div><p>Advertisement: <a href='https://ads.example.com/x'>cheap flights</a></p></div></body></html>"
    )
    assert _urls(html, "html") == []


# --- HTML: a CSL bibliography (Zotero's) -------------------------------------------------------------------


def test_a_csl_bibliography_s_entries_are_references() -> None:
    html = (
        "<div class='csl-bib-body'>"
        "<div class='csl-entry'>Roe, Jo. “Harbour Towns after the Fish.” <i>Nordic Review</i>, "
        "March 3, 2021. "
        "https://www.nordicreview.example.org/2021/03/harbour-towns.</div>"
        "<div class='csl-entry'>Reuters. “Iceland Raises Rates Again.” August 24, 2023. "
        "<a href='https://www.reuters.com/markets/iceland-2023-08-24/'>"
        "https://www.reuters.com/markets/iceland-2023-08-24/</a>.</div></div>"
    )
    found = _by_url(html, "html")
    plain = found["https://www.nordicreview.example.org/2021/03/harbour-towns"]
    assert (plain.title, plain.date) == ("Harbour Towns after the Fish", _day("2021-03-03"))
    linked = found["https://www.reuters.com/markets/iceland-2023-08-24/"]
    assert (linked.title, linked.date) == ("Iceland Raises Rates Again", _day("2023-08-24"))
    # Left alone: a URL written in an ordinary paragraph is no reference entry (no title from its quotes).
    html = "<p>She called it “a town after the fish” in 2021: https://www.nordicreview.example.org/a/1 .</p>"
    (citation,) = extract_citations(html, "html")
    assert citation.title is None


def test_a_date_inside_a_quoted_title_is_not_the_entry_s_date() -> None:
    html = (
        "<div class='csl-bib-body'><div class='csl-entry'>Statistics Iceland. “Population by Municipality, "
        "1 January 1998–2024.” Accessed February 3, 2024. https://px.example.is/MAN02001.px.</div></div>"
    )
    (citation,) = extract_citations(html, "html")
    assert citation.date is None
    assert citation.access_date == _day("2024-02-03")
    # Left alone: the date after the quoted title is the entry's.
    html = html.replace("Accessed February 3, 2024.", "Reykjavík, 21 March 2024.")
    (citation,) = extract_citations(html, "html")
    assert citation.date == _day("2024-03-21")


# --- links that are a site's own machinery -----------------------------------------------------------------


def test_a_site_generator_s_placeholder_is_no_link() -> None:
    hrefs = ("{filename}/2023/post.md", "{static}/img/chart.png", "|filename|post.md", "{{ site.url }}/a")
    for href in hrefs:
        assert resolve_url(href, "https://blog.example.lv/a.html") == (None, None), href
    text = "Rakstīju [agrāk]({filename}/2023/komunalie.md) un [LSM](https://www.lsm.lv/raksts/a1/)."
    assert _urls(text, "markdown", base_url="https://blog.example.lv/a.html") == [
        "https://www.lsm.lv/raksts/a1/"
    ]
    # Left alone: a relative link, a path holding braces further on.
    assert resolve_url("posts/filename.md", "https://blog.example.lv/a.html")[0] == (
        "https://blog.example.lv/posts/filename.md"
    )
    assert resolve_url("/api/{id}", "https://blog.example.lv/a.html")[0] == "https://blog.example.lv/api/{id}"


def test_a_site_s_standards_page_and_feed_are_its_own_pages() -> None:
    own = "https://www.ledger.example.com/corrections/"
    for url in (
        "https://www.ledger.example.com/about/standards-and-ethics/",
        "https://www.ledger.example.com/editorial-standards",
        "https://www.ledger.example.com/ethics-policy/",
        "https://www.ledger.example.com/feeds/all.atom.xml",
        "https://www.ledger.example.com/feeds/news.rss.xml",
    ):
        assert is_own_navigation(url, own), url
    for url in (
        "https://www.other.example.org/about/standards-and-ethics/",  # another site's: may be cited
        "https://www.ledger.example.com/news/2024/05/01/standards-board-meets/",
        "https://www.ledger.example.com/data/rainfall.xml",
    ):
        assert not is_own_navigation(url, own), url


def test_a_licence_page_is_no_citation() -> None:
    for url in (
        "https://creativecommons.org/licenses/by/4.0/",
        "http://creativecommons.org/publicdomain/zero/1.0/",
        "https://opensource.org/licenses/MIT",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    ):
        assert is_licence(url), url
    for url in (
        "https://creativecommons.org/2024/01/15/state-of-the-commons/",  # a post on its blog: a source
        "https://www.example.org/licenses/fishing-permits-2024",
        "https://www.nationalarchives.gov.uk/doc/annual-report-2023/",
    ):
        assert not is_licence(url), url


# --- plain text: a URL written without its scheme ----------------------------------------------------------


def test_a_url_without_its_scheme_is_found_in_plain_text() -> None:
    text = (
        "the minutes, they're online at harbourcouncil.example.gov.uk/minutes/2024-09-03.pdf\n"
        "00:09:05 is where the vote is\n"
        "check against the census: statice.is/news/population-2024/ (Statistics Iceland)\n"
    )
    assert _urls(text, "text") == [
        "https://harbourcouncil.example.gov.uk/minutes/2024-09-03.pdf",
        "https://statice.is/news/population-2024/",
    ]


def test_what_is_no_url_without_a_scheme() -> None:
    for text in (
        "Harbour Towns after the Fish (nordicreview.example.org)",  # a host alone: a site, no page
        "Write to corrections@ledger.example.com/news if in doubt",  # an e-mail address
        "See src/linkcheck/articles.py/ for the code",  # a file path
        "Trade across the U.S./Mexico border grew by 1.5/2 points",
        "The shift runs 9.30/10.30 on weekdays",
        "Already linked: https://www.example.com/a/b and www.example.org/c/d",
    ):
        found = schemeless_urls(text, [])
        if text.startswith("Already"):
            # the URLs with a scheme or "www." are find_urls' (passed in as found): nothing more
            assert _urls(text, "text") == ["https://www.example.com/a/b", "https://www.example.org/c/d"]
            continue
        assert found == [], text
