"""Rules added after the thirteenth held-out batch of articles (tests/fixtures/articles/heldout/b13_*): each a
general rule, tested here on a string of its own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import is_boilerplate, is_subscription
from linkcheck.articles.plaintext import code_blocks, mime_text
from linkcheck.models import Citation, PartialDate


def _urls(text: str, fmt: str, **kwargs: object) -> list[str]:
    return [c.url for c in extract_citations(text, fmt, **kwargs)]  # type: ignore[arg-type]


def _day(value: str) -> PartialDate:
    parsed = PartialDate.parse(value)
    assert parsed is not None
    return parsed


def _by_url(text: str, fmt: str, **kwargs: object) -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt, **kwargs)}  # type: ignore[arg-type]


# --- HTML: where the body is ------------------------------------------------------------------------------

_PROSE = "Rents fell in the capped segment and the supply shrank, as the city's own data show. " * 3


def test_a_reference_list_with_the_most_text_is_part_of_the_body() -> None:
    # TeX4ht: the paragraphs are the <body>'s children, the bibliography's entries (long) a div's.
    entries = "".join(
        f'<p class="bibitem">[{n}] Org. “A long title of a report number {n} on rents and moves in the '
        f'city over five years.” Publisher, 2021. <a href="https://ref{n}.example.org/r">URL</a>.</p>'
        for n in range(1, 5)
    )
    page = (
        f'<html><body><p class="noindent">{_PROSE} See the <a href="https://www.berlin.example.de/mietspiegel/">'
        f'rent index</a>.</p><div class="thebibliography">{entries}</div></body></html>'
    )
    urls = _urls(page, "html")
    assert "https://www.berlin.example.de/mietspiegel/" in urls
    assert "https://ref1.example.org/r" in urls
    # A block of ordinary paragraphs with the most text is the body still: the link beside it is not read.
    page = (
        f'<html><body><div class="post">{"<p>" + _PROSE + "</p>" * 1}<p>{_PROSE}</p></div>'
        '<div class="aside"><p>Elsewhere: <a href="https://other.example.org/">other</a>.</p></div></body></html>'
    )
    assert "https://other.example.org/" not in _urls(page, "html")


def test_headed_sections_of_one_kind_are_all_the_body() -> None:
    # Asciidoctor: div.sect1 > h2 + div.sectionbody > div.paragraph > p (each paragraph a div of its own).
    def section(n: int, inner: str) -> str:
        return f'<div class="sect1"><h2 id="s{n}">{n}. Part</h2><div class="sectionbody">{inner}</div></div>'

    page = (
        '<html><body><div id="content">'
        + section(
            1, f'<div class="paragraph"><p>{_PROSE} <a href="https://one.example.org/a">counts</a>.</p></div>'
        )
        + section(
            2, '<div class="paragraph"><p>DN <a href="https://two.example.org/b">reported</a>.</p></div>'
        )
        + section(3, '<ul><li><a href="https://three.example.org/c">A list item</a> in a section.</li></ul>')
        + "</div></body></html>"
    )
    assert _urls(page, "html") == [
        "https://one.example.org/a",
        "https://two.example.org/b",
        "https://three.example.org/c",
    ]
    # Columns of one class without headings (a page's text beside its sidebar) are not sections.
    page = (
        '<html><body><div class="col"><div class="text"><p>'
        + _PROSE
        + ' <a href="https://one.example.org/a">counts</a>.</p></div></div>'
        '<div class="col"><ul><li><a href="https://side.example.org/">Most read</a></li></ul></div>'
        "</body></html>"
    )
    assert _urls(page, "html") == ["https://one.example.org/a"]


def test_a_kicker_above_the_headline_is_no_citation() -> None:
    page = (
        '<html><body><article><div class="b-overline"><a href="https://news.example.com/news/environment/">'
        "Environment</a></div><h1>Lake levels drop</h1><p>" + _PROSE + ' The <a href="https://corps.example.'
        'mil/bulletin.pdf">bulletin</a> says so.</p></article></body></html>'
    )
    assert _urls(page, "html") == ["https://corps.example.mil/bulletin.pdf"]
    # A class that only holds the word inside another ("kickers-league") is no kicker.
    page = page.replace("b-overline", "kickers-league")
    assert "https://news.example.com/news/environment/" in _urls(page, "html")


# --- labels and pages that are a site's or a newsletter's own -------------------------------------------


def test_more_newsletter_and_notebook_machinery_labels() -> None:
    for label in (
        "Follow Gulf Ledger on Telegram: ",
        "follow the Caspian Review on X",
        "You are receiving this because you are on the foreign desk list. Manage: ",
        "You received this email because ",
        "Yesterday's round-up: ",
        "Previous issues: ",
        "Code and data: ",
        "Run it yourself: ",
        "Edited by ",
        "Last modified by ",
    ):
        assert is_boilerplate(label), label
    for label in (
        "Follow the money: ",
        "Follow-up reporting by ",
        "Data from the ONS: ",
        "The code of the model was published by ",
        "Previously reported by ",
        "Edition: ",
        "Run by the council, the depot ",
    ):
        assert not is_boilerplate(label), label


def test_a_donate_page_is_machinery() -> None:
    assert is_subscription("https://harbourside.example.org/donate/")
    assert is_subscription("https://harbourside.example.org/support/donate")
    assert not is_subscription("https://blood.example.org/donate-blood-guidance")
    assert not is_subscription("https://news.example.org/2024/05/01/donate-button-study/")


# --- plain text: rules of dashes, raw e-mail -------------------------------------------------------------


def test_a_long_rule_of_dashes_is_no_code_block() -> None:
    rule = "-" * 60
    text = (
        f"Round-up\n\n{rule}\n\nItem one. Full text: https://one.example.org/a\n\n{rule}\n\n"
        f"Item two https://two.example.org/b\n\n{rule}\n"
    )
    assert code_blocks(text) == []
    assert _urls(text, "text") == ["https://one.example.org/a", "https://two.example.org/b"]
    # AsciiDoc's listing block (four dashes), and a long delimiter under a block attribute line, are code.
    listing = "Run this:\n\n----\ncurl -O https://code.example.org/data.csv\n----\n"
    assert code_blocks(listing)
    assert _urls(listing, "text") == []
    attributed = f"Run this:\n\n[source,shell]\n{rule}\ncurl -O https://code.example.org/data.csv\n{rule}\n"
    assert _urls(attributed, "text") == []


_EML = """Date: Fri, 17 May 2024 07:00:12 +0000
Subject: The Friday Grid
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Heat pump sales fell, the European Heat Pump Association said on Tuesday =E2=80=94 report:
https://www.ehpa.example.org/news/european-heat-pump-market-repo=
rt-2024/?utm_medium=3Demail&utm_source=3Dgrid

--b1
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<p><a href=3D"https://www.ehpa.example.org/news/european-heat-pump-market-repo=
rt-2024/?utm_medium=3Demail&amp;utm_source=3Dgrid">report</a><img src=3D"https://grid.example.com/open.gif"></p>

--b1--
"""


def test_a_raw_email_s_quoted_printable_part_is_decoded() -> None:
    decoded = mime_text(_EML)
    assert (
        "https://www.ehpa.example.org/news/european-heat-pump-market-report-2024/?utm_medium=email&utm_"
        in decoded
    )
    assert "said on Tuesday — report:" in decoded
    assert "open.gif" not in decoded  # the HTML alternative of the same message is blanked
    assert decoded.count("\n") == _EML.count("\n")  # every part keeps its lines
    cited = _by_url(_EML, "text")
    url = "https://www.ehpa.example.org/news/european-heat-pump-market-report-2024/?utm_medium=email&utm_source=grid"
    assert list(cited) == [url]
    assert cited[url].date == _day("2024-05-14")


def test_what_is_no_quoted_printable_message() -> None:
    # A text that names the encoding but is no MIME message: nothing is decoded.
    text = "Mail clients use quoted-printable, where =3D is an equals sign: https://a.example.org/x?a=3Db\n"
    assert mime_text(text) == text
    # A part that is not quoted-printable is left as it is (its "=3D" is the text's own).
    other = _EML.replace("Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit", 1)
    assert "repo=\nrt-2024" in mime_text(other)
    # Not an alternative: a multipart/mixed message's HTML part is read (decoded), not blanked.
    mixed = _EML.replace("multipart/alternative", "multipart/mixed")
    assert "open.gif" in mime_text(mixed)


# --- prose: a related line's source note, an agency's dateline, a quoted title above a URL -----------------


def test_a_related_line_s_source_note_is_no_part_of_its_title() -> None:
    text = (
        "Story text.\n\nRelated: Will Russia Reinforce Iraq's Air Defenses? "
        "(The Moscow Times, 29 August 2019) "
        "https://www.themoscowtimes.com/2019/08/29/will-russia-reinforce-iraqs-air-defenses\n"
        "Related: Iran strikes bases in Iraq (Gulf Ledger) https://gulfledger.example.com/2020/01/08/iran-strikes/\n"
        "Related: The ferry review (Part 2) https://ferries.example.org/review-part-2\n"
        "Related: Budget talks stall (video) https://news.example.org/budget-talks-stall\n"
    )
    cited = _by_url(text, "text", article_date=_day("2020-01-10"))
    mt = cited["https://www.themoscowtimes.com/2019/08/29/will-russia-reinforce-iraqs-air-defenses"]
    assert mt.title == "Will Russia Reinforce Iraq's Air Defenses?"
    assert mt.date == _day("2019-08-29")
    assert (
        cited["https://gulfledger.example.com/2020/01/08/iran-strikes/"].title == "Iran strikes bases in Iraq"
    )
    # A parenthesis that names neither the link's outlet nor a date is a part of the title.
    assert cited["https://ferries.example.org/review-part-2"].title == "The ferry review (Part 2)"
    assert cited["https://news.example.org/budget-talks-stall"].title == "Budget talks stall (video)"


def test_an_agency_s_dateline_dates_its_item_s_link() -> None:
    text = (
        "Round-up\n\n"
        "BAGHDAD, January 9 — RIA Novosti. Iraq has resumed talks, a lawmaker said.\n"
        "Full text: https://ria.ru/20200109/1563219328.html\n\n"
        "MOSCOW, January 8. /TASS/. A politician urged Iran to buy the systems.\n"
        "https://tass.com/politics/1105487\n\n"
        "MOSCOW. Jan 7 (Interfax) - The Kremlin is concerned, its spokesman said.\n"
        "https://www.interfax.ru/russia/690401\n"
    )
    cited = _by_url(text, "text", article_date=_day("2020-01-10"))
    assert cited["https://ria.ru/20200109/1563219328.html"].date == _day("2020-01-09")
    assert cited["https://ria.ru/20200109/1563219328.html"].outlet == "RIA Novosti"
    assert cited["https://tass.com/politics/1105487"].date == _day("2020-01-08")
    assert cited["https://www.interfax.ru/russia/690401"].date == _day("2020-01-07")
    assert cited["https://www.interfax.ru/russia/690401"].outlet == "Interfax"


def test_what_an_agency_s_dateline_does_not_date() -> None:
    text = (
        "An earlier story: https://other.example.org/earlier-story\n\n"
        "MOSCOW, January 8. /TASS/. A politician urged Iran to buy the systems, a blog noted.\n"
        "https://blog.example.net/post/1\n"
    )
    cited = _by_url(text, "text", article_date=_day("2020-01-10"))
    # A link of another host in the item, and a link before the dateline, get nothing from it.
    assert cited["https://blog.example.net/post/1"].date is None
    assert cited["https://blog.example.net/post/1"].outlet != "TASS"
    assert cited["https://other.example.org/earlier-story"].date is None


def test_a_quoted_title_on_the_line_above_a_url() -> None:
    text = (
        "ANALYSIS: The Moscow Times asked whether Russia would shore up Iraq's air defences:\n"
        '"Will Russia Reinforce Iraq\'s Air Defenses After Israeli Strikes?"\n'
        "https://www.themoscowtimes.com/2019/08/29/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes\n"
    )
    cited = _by_url(text, "text")
    url = "https://www.themoscowtimes.com/2019/08/29/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
    assert cited[url].title == "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"
    # A quoted statement above a URL is no title: its words are not the URL's.
    text = '"The region is one step from a big war."\nhttps://tass.com/politics/1105402\n'
    assert _by_url(text, "text")["https://tass.com/politics/1105402"].title is None


def test_forecast_and_asked_are_reporting_words() -> None:
    html = (
        "<p>The commission, which oversees the boundary waters, "
        '<a href="https://ijc.example.org/outlook-spring-2024">forecast</a> on May 3 that levels '
        "would hold.</p>"
    )
    cited = _by_url(html, "html", article_date=_day("2024-05-15"))
    assert cited["https://ijc.example.org/outlook-spring-2024"].date == _day("2024-05-03")
    # No date in the sentence: none is given.
    html = (
        '<p>The commission <a href="https://ijc.example.org/outlook">forecast</a> that levels would hold.</p>'
    )
    assert (
        _by_url(html, "html", article_date=_day("2024-05-15"))["https://ijc.example.org/outlook"].date is None
    )


def test_an_entry_led_by_a_bracketed_label_and_its_host_s_name() -> None:
    html = (
        '<ul class="bibliography"><li><p>[trafikverket2023] Trafikverket. <em>Handbok för mätningar</em>. '
        'Rapport 2023:118, 12 June 2023. <a href="https://www.trafikverket.example.se/handbok-2023/">'
        "https://www.trafikverket.example.se/handbok-2023/</a></p></li>"
        "<li><p>[smith2020] Smith J. Protected lanes and volumes. Journal of Cycling, 2020. "
        '<a href="https://journal.example.org/a/12">PDF</a></p></li></ul>'
    )
    cited = _by_url(html, "html")
    entry = cited["https://www.trafikverket.example.se/handbok-2023/"]
    assert entry.title == "Handbok för mätningar"
    assert entry.outlet == "Trafikverket"
    # An author who is not the host's organisation does not lead to a title by this rule.
    assert cited["https://journal.example.org/a/12"].title != "Protected lanes and volumes"


def test_asked_and_last_with_a_month_date_a_report() -> None:
    html = (
        '<p>The Moscow Times <a href="https://www.themoscowtimes.example.com/2019/08/29/air-defenses">'
        "asked in "
        "August</a> whether Russia would reinforce Iraq's air defences.</p>"
        '<p>Interfax <a href="https://www.interfax.example.ru/world/677312">reported last September</a> that '
        "talks had stalled.</p>"
    )
    cited = _by_url(html, "html", article_date=_day("2020-01-09"))
    assert cited["https://www.themoscowtimes.example.com/2019/08/29/air-defenses"].date == _day("2019-08")
    assert cited["https://www.interfax.example.ru/world/677312"].date == _day("2019-09")
    # A month named without a publishing or asking verb dates nothing ("the last August heatwave").
    html = '<p>Recall <a href="https://weather.example.org/heat">the last August heatwave</a> here.</p>'
    assert (
        _by_url(html, "html", article_date=_day("2020-01-09"))["https://weather.example.org/heat"].date
        is None
    )


def test_an_entry_s_published_date_wins_over_a_date_in_its_title() -> None:
    html = (
        "<p>Text with a note.<sup><a href='#fn1'>1</a></sup></p>"
        '<div class="footnotes"><p id="fn1">Statistical office, Register statistics 31 December 2023, '
        'published 14 March 2024, <a href="https://www.stats.example.de/a-i-5">https://www.stats.example.de/'
        "a-i-5</a>.</p></div>"
    )
    assert _by_url(html, "html")["https://www.stats.example.de/a-i-5"].date == _day("2024-03-14")
    # Without the word, the entry's first date is its date, as before.
    html = html.replace("published 14 March 2024", "14 March 2024")
    assert _by_url(html, "html")["https://www.stats.example.de/a-i-5"].date == _day("2023-12-31")
