"""Rules added after the ninth held-out batch of articles (tests/fixtures/articles/heldout/b9_*): each a
general rule, tested here on a string of its own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import find_urls, is_boilerplate, is_profile, unwrap_redirect
from linkcheck.articles.plaintext import code_blocks, title_line
from linkcheck.models import Citation, PartialDate


def _urls(text: str, fmt: str, **kwargs: object) -> list[str]:
    return [c.url for c in extract_citations(text, fmt, **kwargs)]  # type: ignore[arg-type]


def _day(value: str) -> PartialDate:
    parsed = PartialDate.parse(value)
    assert parsed is not None
    return parsed


def _one(text: str, fmt: str, **kwargs: object) -> Citation:
    citations = extract_citations(text, fmt, **kwargs)  # type: ignore[arg-type]
    assert len(citations) == 1, [c.url for c in citations]
    return citations[0]


# --- plain text: links in BBCode, DokuWiki and LaTeX markup -------------------------------------------------


def test_a_url_opened_by_markup_ends_at_the_markups_closer() -> None:
    def urls(text: str) -> list[str]:
        return [url for _, _, url in find_urls(text)]

    assert urls("[url=https://host.example/a/b]Label text[/url]") == ["https://host.example/a/b"]
    assert urls("[URL=https://host.example/a]Label[/URL]") == ["https://host.example/a"]
    assert urls("[[https://host.example/page|Page title]]") == ["https://host.example/page"]
    assert urls(r"\href{https://host.example/a?b=1}{the analysis}") == ["https://host.example/a?b=1"]
    # LaTeX's escapes are no part of the URL.
    assert urls(r"see \url{https://host.example/files/night\_time\_plan.pdf}, accessed") == [
        "https://host.example/files/night_time_plan.pdf"
    ]
    # Left alone: a bar, a bracket or a brace in a URL no markup opens.
    assert urls("fonts https://fonts.example/css?family=Roboto|Open+Sans here") == [
        "https://fonts.example/css?family=Roboto|Open+Sans"
    ]
    assert urls("(x=https://host.example/a]b)") == ["https://host.example/a]b"]
    assert urls("{https://host.example/a}{b}") == ["https://host.example/a}{b"]


def test_markup_labels_give_the_link_text_and_title() -> None:
    bbcode = (
        "Re: numbers\n\n[list]\n"
        "[*][url=https://www.orr.example/media/usage-jan-mar-2024.pdf]Passenger rail usage January to March"
        " 2024[/url], published 16 May 2024\n[/list]\n"
    )
    citation = _one(bbcode, "text")
    assert citation.url == "https://www.orr.example/media/usage-jan-mar-2024.pdf"
    assert citation.title == "Passenger rail usage January to March 2024"
    wiki = "Reading list\n\n  * [[https://www.bbc.co.uk/news/uk-68210000|Kent flood barrier delayed again]]"
    assert _one(wiki, "text").title == "Kent flood barrier delayed again"
    latex = (
        r"Text \href{https://www.example.org/reports/ferry-timetable-review}{Ferry Timetable Review} here."
    )
    assert _one(latex, "text").url == "https://www.example.org/reports/ferry-timetable-review"
    # BBCode's [url]URL[/url] has no label: "/url" is no link text.
    plain = "The BBC had it: [url]https://www.bbc.co.uk/news/business-69012345[/url]\n"
    citation = _one(plain, "text")
    assert citation.url == "https://www.bbc.co.uk/news/business-69012345"
    assert citation.title is None


def test_a_bbcode_image_is_no_citation() -> None:
    text = "A chart:\n[img]https://i.imgur.example/Xb7kQ2m.png[/img]\nSource [url]https://www.orr.example/x[/url]\n"
    assert _urls(text, "text") == ["https://www.orr.example/x"]


def test_code_in_jira_dokuwiki_and_latex_markup_is_not_cited() -> None:
    jira = "Bump it.\n{code:bash}\ncurl -sSLO https://www.openssl.example/source/x.tar.gz\n{code}\nSee https://a.example/x\n"
    assert _urls(jira, "text") == ["https://a.example/x"]
    noformat = "Log:\n{noformat}\nGET https://internal.example/health 200\n{noformat}\n"
    assert _urls(noformat, "text") == []
    doku = (
        'Text.\n<code bash>\ncurl -s "https://data.example/readings?latest"\n</code>\nhttps://b.example/y\n'
    )
    assert _urls(doku, "text") == ["https://b.example/y"]
    latex = (
        "\\documentclass{article}\n\\begin{document}\n"
        "% TODO: the old dashboard was at https://old.example/dashboard\n"
        "\\begin{verbatim}\nwget https://bus.example/performance.csv\n\\end{verbatim}\n"
        "See \\url{https://c.example/report}.\n\\end{document}\n"
    )
    assert _urls(latex, "text") == ["https://c.example/report"]
    # A "%" line in a text that is no LaTeX source is prose, and the blocks are found only with their signs.
    assert _urls("Rates\n% change since 2019: https://d.example/rates\n", "text") == [
        "https://d.example/rates"
    ]
    assert code_blocks("A plain text with https://e.example/ and no markup\n") == []


# --- plain text: the title line's heading marks -------------------------------------------------------------


def test_a_title_line_is_read_without_its_heading_marks() -> None:
    assert title_line("====== Medway flood defences: reading list ======\n\nText.") == (
        "Medway flood defences: reading list"
    )
    assert title_line("# Lisbon's new articulated trams\n\n=> https://x.example/ Home\n") == (
        "Lisbon's new articulated trams"
    )
    assert (
        title_line("h1. PLAT-4821: Upgrade OpenSSL to 3.0.13\n\nText.")
        == "PLAT-4821: Upgrade OpenSSL to 3.0.13"
    )
    assert title_line("= AsciiDoc document title here\n\nText.") == "AsciiDoc document title here"
    # A field line is still no title; an issue key (a digit in it) opening the line is no field name.
    assert title_line("Subject: Quarterly numbers\n\nText.") is None
    assert title_line("PLAT-4821: Upgrade OpenSSL in base images\n\nText.") == (
        "PLAT-4821: Upgrade OpenSSL in base images"
    )
    # Hashes or equals signs that are no heading marks are kept.
    assert title_line("#1 reason the trams are late\n\nText.") == "#1 reason the trams are late"


# --- redirects ----------------------------------------------------------------------------------------------


def test_tumblr_redirector_holds_its_target_in_z() -> None:
    wrapped = "https://t.umblr.com/redirect?z=https%3A%2F%2Fwww.loc.gov%2Fitem%2F2005625338%2F&t=OWQ4ZmUz&b=t%3AaBc&m=1"
    assert unwrap_redirect(wrapped) == ("https://www.loc.gov/item/2005625338/", "t.umblr.com")
    # A "z" parameter on a page that is no redirect endpoint is the page's own.
    assert unwrap_redirect("https://maps.example/view?z=https%3A%2F%2Fx.example%2F") is None


# --- related labels and follow calls of more languages ------------------------------------------------------


def test_related_labels_of_czech_greek_hungarian_swedish_and_thai() -> None:
    for label in ("Čtěte také", "Διαβάστε επίσης", "Kapcsolódó", "Läs också", "อ่านเพิ่มเติม"):
        text = (
            f"First line of the story here\n\nBody text.\n\n{label}: Hypotéky v únoru znovu zlevnily\n"
            "https://www.zpravy.example.cz/ekonomika/hypoteky-v-unoru-zlevnily\n"
        )
        assert _one(text, "text").title == "Hypotéky v únoru znovu zlevnily", label


def test_follow_calls_of_more_languages_label_machinery() -> None:
    for line in (
        "Kövessen minket a Facebookon is:",
        "Följ Sydnytt på Instagram:",
        "ติดตามข่าวสารเพิ่มเติมได้ที่ LINE @paper",
        "Sigue el canal de la asociación en WhatsApp:",
        "Sledujte nás na Facebooku:",
        "Ακολουθήστε μας στο Facebook:",
    ):
        assert is_boilerplate(line), line
    # A sentence that follows something else is not a call to follow the site.
    assert not is_boilerplate("Följ pengarna: rapporten från SCB")
    assert not is_boilerplate("Sigue el debate sobre el agua en el pleno")


# --- wikitext: Catalan and Czech templates ------------------------------------------------------------------


def test_catalan_ref_templates_are_read_by_their_catalan_parameter_names() -> None:
    text = (
        "Text.<ref>{{Ref-web |url=https://ajuntament.barcelona.cat/premsa/2015/03/12/troballes/ "
        "|títol=Les troballes es podran visitar |editor=Ajuntament de Barcelona |data=12 de març de 2015 "
        "|consulta=14 febrer 2024 |urlarxiu=https://web.archive.org/web/20160405112233/"
        "https://ajuntament.barcelona.cat/premsa/2015/03/12/troballes/ |dataarxiu=5 abril 2016}}</ref>"
        "<ref>{{Ref-publicació |cognom=Puig |article=Mercats municipals i gentrificació "
        "|publicació=Documents d'Anàlisi Geogràfica |data=2021 |url=https://dag.example.cat/article/v67}}</ref>"
    )
    web, journal = extract_citations(text, "wikitext")
    assert (web.title, web.outlet, str(web.date), str(web.access_date)) == (
        "Les troballes es podran visitar",
        "Ajuntament de Barcelona",
        "2015-03-12",
        "2024-02-14",
    )
    assert web.archive_url is not None
    assert web.archive_url.startswith("https://web.archive.org/web/2016")
    assert (journal.title, journal.outlet, str(journal.date)) == (
        "Mercats municipals i gentrificació",
        "Documents d'Anàlisi Geogràfica",
        "2021",
    )
    # English templates' editor is a person, not the outlet.
    english = "<ref>{{cite book |url=https://books.example/x |title=A Book |editor=Jo Roe |year=2001}}</ref>"
    assert _one(english, "wikitext").outlet is None


def test_czech_citace_templates_are_read_by_their_czech_parameter_names() -> None:
    text = (
        "<ref>{{Citace elektronického periodika\n | titul = Most Legií je opět průjezdný\n"
        " | periodikum = Novinky.cz\n | datum vydání = 2022-11-15\n | datum přístupu = 9. 1. 2024\n"
        " | url = https://www.novinky.cz/clanek/most-legii-40415822\n"
        " | url archivu = https://web.archive.org/web/20230101000000/https://www.novinky.cz/clanek/most-legii-40415822\n"
        "}}</ref>"
    )
    citation = _one(text, "wikitext")
    assert (citation.title, citation.outlet, str(citation.date), str(citation.access_date)) == (
        "Most Legií je opět průjezdný",
        "Novinky.cz",
        "2022-11-15",
        "2024-01-09",
    )
    assert citation.archive_url is not None


def test_iso_690_and_catalan_access_labels() -> None:
    czech = "<ref>[https://katalog.example.cz/most-12345678 Most Legií] v katalogu. [cit. 2024-01-09].</ref>"
    citation = _one(czech, "wikitext")
    assert str(citation.access_date) == "2024-01-09"
    assert citation.date is None  # the access date is no publication date
    catalan = (
        "<ref>[https://www.bcn.example/mercats/x Fitxa del mercat], Institut. Consulta: 14 febrer 2024.</ref>"
    )
    assert str(_one(catalan, "wikitext").access_date) == "2024-02-14"
    # "Consulta" in prose with no date after it gives nothing; a bracket citing a page number is no date.
    prose = "<ref>[https://www.example.cat/x Informe], consulta pública oberta.</ref>"
    assert _one(prose, "wikitext").access_date is None


# --- profiles and hashtags ----------------------------------------------------------------------------------


def test_a_platforms_hashtag_page_is_no_citation() -> None:
    assert is_profile("https://bsky.app/hashtag/Euro7")
    assert is_profile("https://x.com/hashtag/Euro7?src=hashtag_click")
    assert is_profile("https://www.linkedin.com/feed/hashtag/euro7/")
    # A post, and a page whose path only holds the word, are kept.
    assert not is_profile("https://bsky.app/profile/name.bsky.social/post/3kpz4m2abcd2s")
    assert not is_profile("https://www.example.org/blog/2024/hashtag-activism-study")
    assert not is_profile("https://www.example.org/hashtag/study/2024/results")


# --- prose: Czech, Swedish, Hungarian and Greek weekdays, Scandinavian datelines ----------------------------


def test_czech_swedish_and_greek_weekdays_date_a_report() -> None:
    czech = (
        "Ceny rostou\n\nSpotřebitelské ceny vzrostly, jak ve středu informovala ČTK, a je jasné, že to bude"
        " pokračovat https://www.ceskenoviny.cz/zpravy/inflace/2488123 dál.\n"
    )
    assert str(_one(czech, "text", article_date=_day("2024-03-14")).date) == "2024-03-13"
    swedish = (
        "Elpriset rusar\n\nEnligt Dagens Nyheter i tisdags beror toppen på vind och att kabeln lagas"
        " (https://www.dn.se/ekonomi/darfor-blir-elen-dyr/).\n"
    )
    assert str(_one(swedish, "text", article_date=_day("2024-10-04")).date) == "2024-10-01"
    greek = (
        "Πληθωρισμός\n\nΌπως μετέδωσε την Τρίτη η Καθημερινή https://www.kathimerini.gr/economy/562945678/x/"
        " η κυβέρνηση εξετάζει μέτρα.\n"
    )
    assert str(_one(greek, "text", article_date=_day("2024-04-18")).date) == "2024-04-16"
    # An English article is not searched for them: "Fredag" as a name, no reporting word, no date.
    english = "Club news\n\nThe Fredag said Tuesday... https://www.example.org/x in the club.\n"
    assert _one(english, "text", article_date=_day("2024-10-04")).date != _day("2024-09-27")


def test_scandinavian_published_lines_date_the_article() -> None:
    text = (
        "Elpriset i södra Sverige rusar inför helgen\n\n"
        "Publicerad 4 oktober 2024 kl. 07.15 | Uppdaterad 4 oktober 2024 kl. 09.40\n\n"
        "Texten https://www.example.se/a\n"
    )
    citation = _one(text, "text")
    assert citation.article is not None
    assert str(citation.article.date) == "2024-10-04"
