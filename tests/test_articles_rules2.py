"""Rules added after the second held-out batch of articles (tests/fixtures/articles/heldout/b2_*): each a
general rule, tested here on a string of its own."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._dates import find_dmy, parse_date_field
from linkcheck.models import PartialDate


def _one(text: str, fmt: str, **kwargs: object) -> object:
    citations = extract_citations(text, fmt, **kwargs)  # type: ignore[arg-type]
    assert len(citations) == 1, [c.url for c in citations]
    return citations[0]


# --- wikitext: other languages' citation templates ------------------------------------------------------


def test_french_lien_web_is_a_citation_template() -> None:
    text = (
        "Texte.<ref>{{Lien web |titre=Le pont fête ses 25 ans |url=https://www.ouest-france.fr/a-1 "
        "|site=[[Ouest-France]] |date=20 janvier 2020 |consulté le=5 mars 2021}}</ref>"
    )
    c = _one(text, "wikitext")
    assert (c.title, c.outlet, str(c.date), str(c.access_date)) == (
        "Le pont fête ses 25 ans",
        "Ouest-France",
        "2020-01-20",
        "2021-03-05",
    )


def test_german_literatur_online_link_is_its_url() -> None:
    text = (
        "<ref>{{Literatur |Titel=Der Klang |Sammelwerk=Frankfurter Allgemeine Zeitung |Datum=2017-01-12 "
        "|Online=[https://www.faz.net/aktuell/a-1.html faz.net] |Abruf=5. März 2021}}</ref>"
    )
    c = _one(text, "wikitext")
    assert (c.url, c.title, c.outlet, str(c.date), str(c.access_date)) == (
        "https://www.faz.net/aktuell/a-1.html",
        "Der Klang",
        "Frankfurter Allgemeine Zeitung",
        "2017-01-12",
        "2021-03-05",
    )


def test_spanish_cita_templates_with_archive() -> None:
    text = (
        "<ref>{{Cita noticia |título=Las Meninas, restauradas |url=https://elpais.com/c/1.html "
        "|periódico=El País |fecha=20 de noviembre de 2023 |fechaacceso=5 de marzo de 2024 "
        "|urlarchivo=https://web.archive.org/web/20231121000000/https://elpais.com/c/1.html}}</ref>"
    )
    c = _one(text, "wikitext")
    assert (c.title, c.outlet, str(c.date), str(c.access_date)) == (
        "Las Meninas, restauradas",
        "El País",
        "2023-11-20",
        "2024-03-05",
    )
    assert c.archive_url == "https://web.archive.org/web/20231121000000/https://elpais.com/c/1.html"


def test_a_date_field_of_a_month_and_year_in_other_languages() -> None:
    assert parse_date_field("mars 2019") == PartialDate(2019, 3)
    assert parse_date_field("junio de 1994") == PartialDate(1994, 6)
    assert parse_date_field("Mars attacks 2019") is None


def test_a_day_month_and_year_in_other_languages_in_an_entry() -> None:
    assert find_dmy("''Le Monde'', 21 janvier 1995.") == PartialDate(1995, 1, 21)
    assert find_dmy("Mars 2020 et 12 mai") is None
    text = "* [https://www.lemonde.fr/a/1.html « Le pont inauguré »], ''Le Monde'', 21 janvier 1995.\n"
    assert str(_one(text, "wikitext").date) == "1995-01-21"


# --- links that are not citations ------------------------------------------------------------------------


def test_an_email_click_tracker_is_unwrapped() -> None:
    text = '<p>Read <a href="https://links.mail.example/track/click?u=1&amp;url=https%3A%2F%2Fnews.example.org%2Fa">it</a>.</p>'
    assert _one(text, "html").url == "https://news.example.org/a"


@pytest.mark.parametrize(
    "line",
    [
        "Síguenos en WhatsApp: https://whatsapp.example/channel/1",
        "Підписуйтесь на наш канал: https://t.me/example_ua",
        "Suivez-nous sur https://social.example/x",
        "Thanks for reading, and subscribe to my newsletter: https://me.example.com/subscribe",
    ],
)
def test_follow_and_subscribe_links_in_more_languages(line: str) -> None:
    text = f"The report: https://cited.example.org/report\n\n{line}\n"
    assert [c.url for c in extract_citations(text, "text")] == ["https://cited.example.org/report"]


def test_the_sites_own_standing_pages_are_not_citations() -> None:
    html = (
        '<html><head><link rel="canonical" href="https://site.example.org/2023/story"></head><body><article>'
        '<p>The claim is false, says <a href="https://cited.example.org/report">the report</a>.</p>'
        '<p>Read <a href="/methodology">our methodology</a> and <a href="/privacy-policy">privacy policy</a>.'
        "</p></article></body></html>"
    )
    assert [c.url for c in extract_citations(html, "html")] == ["https://cited.example.org/report"]


def test_rel_sponsored_and_ugc_links_are_not_citations() -> None:
    html = (
        "<article><p>A source: <a href='https://cited.example.org/a'>report</a>. "
        "<a href='https://ads.example.net/c?1' rel='nofollow sponsored'>Buy now</a> "
        "<a href='https://commenter.example/' rel='ugc'>me</a></p></article>"
    )
    assert [c.url for c in extract_citations(html, "html")] == ["https://cited.example.org/a"]


def test_a_linked_status_badge_is_not_a_citation() -> None:
    text = (
        "[![Build](https://ci.example.com/org/repo/badge.svg)](https://ci.example.com/org/repo)\n"
        "[![License](https://img.example.io/badge/License-MIT-yellow.svg)](https://licenses.example.org/MIT)\n"
        "[![Cover](https://img.example.io/cover.png)](https://book.example.org/)\n"
    )
    assert [c.url for c in extract_citations(text, "markdown")] == ["https://book.example.org/"]


@pytest.mark.parametrize(
    "line",
    [
        "Pic: https://pbs.example.com/media/abc.jpg",
        "   $ curl -LO https://downloads.example.org/tool-3.0.tar.gz",
    ],
)
def test_picture_and_shell_command_lines_are_not_citations(line: str) -> None:
    assert extract_citations(f"Intro.\n\n{line}\n", "text") == []


def test_a_press_release_contact_block_is_not_cited() -> None:
    text = (
        "The study (https://cited.example.org/study) found it.\n\n"
        "Media contact\nJo Doe, jo@example.com\nhttps://profiles.example.com/in/jo-doe\n"
    )
    assert [c.url for c in extract_citations(text, "text")] == ["https://cited.example.org/study"]


# --- URLs in plain text -----------------------------------------------------------------------------------


def test_asciidoc_link_macros_end_at_their_bracket_and_give_the_title() -> None:
    text = (
        'See https://www.crunchydata.com/blog/pg16-copy["Postgres 16 Performance: COPY Gets Faster"] and\n'
        "link:https://docs.example.org/16/logical-replication.html[Logical Replication].\n\n"
        "image::https://docs.example.org/img/chart.png[Chart]\n"
    )
    citations = extract_citations(text, "text")
    assert [(c.url, c.title) for c in citations] == [
        ("https://www.crunchydata.com/blog/pg16-copy", "Postgres 16 Performance: COPY Gets Faster"),
        ("https://docs.example.org/16/logical-replication.html", "Logical Replication"),  # the whole slug
    ]


def test_brackets_of_ipv6_hosts_and_query_keys_stay_in_the_url() -> None:
    urls = [
        c.url for c in extract_citations("A http://[2001:db8::1]/x and https://s.example/?f[a]=1 b", "text")
    ]
    assert urls == ["http://[2001:db8::1]/x", "https://s.example/?f[a]=1"]


def test_a_url_wrapped_after_a_dot_onto_a_file_name_line() -> None:
    text = "Report:\n   https://www.bfs.example.ch/bfs/de/sprachen.assetdetail.\n   23704567.html\nEnd.\n"
    assert _one(text, "text").url == "https://www.bfs.example.ch/bfs/de/sprachen.assetdetail.23704567.html"
    text = "It is at https://example.org/a.\nThe next sentence follows.\n"
    assert _one(text, "text").url == "https://example.org/a"


# --- prose in more languages ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet", "date"),
    [
        (
            "La ministra dijo a El País el lunes que llegará (https://elpais.com/e/2025-02-03/a.html).",
            "El País",
            "2025-02-03",
        ),
        (
            "Selon Le Monde, un TGV sur deux circulera mardi, a rapporté https://www.lemonde.fr/a/1.html",
            "Le Monde",
            "2025-02-04",
        ),
        (
            "Як повідомила «Українська правда» у вівторок, закон набуде чинності (https://www.pravda.com.ua/n/1/).",
            "Українська правда",
            "2025-02-04",
        ),
        (
            "Reuters'ın salı günü aktardığına göre yatırımcılar tahvil aldı. https://www.reuters.com/m/1/",
            "Reuters",
            "2025-02-04",
        ),
    ],
)
def test_outlets_and_weekdays_in_spanish_french_ukrainian_turkish(text: str, outlet: str, date: str) -> None:
    c = _one(text, "text", article_date=PartialDate(2025, 2, 5))
    assert (c.outlet, str(c.date)) == (outlet, date)


def test_a_turkish_case_ending_is_not_part_of_the_name() -> None:
    c = _one("Hürriyet'e konuşan bir ekonomist söyledi: https://www.hurriyet.com.tr/e/1", "text")
    assert c.outlet == "Hürriyet"


@pytest.mark.parametrize("label", ["Lea también", "Lire aussi", "Читайте також", "İlgili haber", "相关阅读"])
def test_related_lines_in_more_languages(label: str) -> None:
    text = (
        f"Texto.\n\n{label}: Las empresas advierten del coste\nhttps://news.example.com/2025/01/28/x-1.html\n"
    )
    assert _one(text, "text").title == "Las empresas advierten del coste"


def test_ftp_is_no_outlet_name() -> None:
    assert _one("An FTP mirror of the corpus: ftp://ftp.example.org/pub/README.txt", "text").outlet is None


def test_an_english_a_between_cue_and_name_is_no_cue() -> None:
    text = "and another from a Google search result: https://www.google.com/search?q=x"
    assert _one(text, "text").outlet is None


def test_a_generic_word_inside_a_longer_name_is_not_part_of_the_short_name() -> None:
    text = "PostgreSQL 16 was released, according to the PostgreSQL Global Development Group: https://www.postgresql.org/a/"
    assert _one(text, "text").outlet == "PostgreSQL"


def test_a_reference_entry_naming_its_own_subdomain_wins_over_the_prose() -> None:
    text = (
        "La ministra dijo a El País que sí (https://elpais.com/e/1.html).\n\n"
        "Más información:\n- «Qué cambia», Cinco Días, 3 de febrero de 2025\n"
        "  https://cincodias.elpais.com/e/2.html\n"
    )
    citations = extract_citations(text, "text")
    assert [(c.outlet, str(c.date)) for c in citations] == [("El País", "None"), ("Cinco Días", "2025-02-03")]


def test_the_articles_own_date_opening_a_sentence_is_not_the_reports() -> None:
    text = (
        "HAMBURG, Germany — October 2, 2024 — Northwind today announced an order, following the decision "
        "published by the ministry on September 24, 2024 (https://ministry.example.de/press/77.html).\n"
    )
    c = _one(text, "text")
    assert str(c.date) == "2024-09-24"
    assert str(c.article.date) == "2024-10-02"


# --- datelines -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("16 квітня 2024, 18:45", "2024-04-16"),
        ("Madrid, 4 de febrero de 2025", "2025-02-04"),
        ("25 Nisan 2024", "2024-04-25"),
        ("2023年4月26日 09:12", "2023-04-26"),
    ],
)
def test_datelines_in_more_languages(line: str, date: str) -> None:
    c = _one(f"Title of the story\n\n{line}\n\nText https://example.org/a\n", "text")
    assert str(c.article.date) == date


@pytest.mark.parametrize(
    "line", ["By Mary Ann Smith, 9 January 2020", "By Jane Doe and John Roe | 9 January 2020"]
)
def test_a_byline_with_its_date_is_a_dateline(line: str) -> None:
    # the authors' names are no sentence: a byline may name two of them before the date
    c = _one(f"Title of the story\n\n{line}\n\nText https://example.org/a\n", "text")
    assert str(c.article.date) == "2020-01-09"


@pytest.mark.parametrize(
    ("value", "date"),
    [("5. března 2021", "2021-03-05"), ("12. listopadu 2020", "2020-11-12"), ("březen 2020", "2020-03")],
)
def test_czech_months_in_date_fields(value: str, date: str) -> None:
    assert str(parse_date_field(value)) == date


def test_a_line_with_a_date_and_many_words_is_no_dateline() -> None:
    text = "Quick links\n\nWinter Outlook review (ENTSO-E, 4 March 2024)\n\nhttps://example.org/a\n"
    assert _one(text, "text").article is None


def test_an_email_date_above_the_body_is_the_articles() -> None:
    html = (
        "<html><body><table><tr><td><h1>The Brief #1</h1><p>Thursday, 7 March 2024</p></td></tr>"
        "<tr><td class='content'><p>Long paragraph of the issue with a <a href='https://a.example/x'>link</a>."
        "</p><p>Another long paragraph of the issue, so that this cell holds the most text.</p>"
        "<p>Winter Outlook review (ENTSO-E, 4 March 2024)</p></td></tr></table></body></html>"
    )
    assert str(_one(html, "html").article.date) == "2024-03-07"


# --- reference entries -----------------------------------------------------------------------------------


def test_paragraphs_under_a_works_cited_heading_are_entries() -> None:
    text = (
        "# Notes\n\nSome prose with a [link](https://prose.example.org/a) "
        '"Quoted Thing Here" 24 June 2021.\n\n'
        "## Works Cited\n\n"
        'Chellel, Kit. "The Ship That Broke the Global Supply Chain." '
        "*Bloomberg Businessweek*, 24 June 2021, "
        "www.bloomberg.com/news/features/2021-06-24/ever-given. Accessed 3 Oct. 2021.\n\n"
        "Smith, Tom. *Canal Wars: Trade, Power and the Suez*. London: Harbour Press, 2019. "
        "https://harbourpress.example.co.uk/books/canal-wars.\n"
    )
    prose, mla, book = extract_citations(text, "markdown")
    assert (prose.title, prose.date) == (None, None)
    assert (mla.title, str(mla.date), str(mla.access_date)) == (
        "The Ship That Broke the Global Supply Chain",
        "2021-06-24",
        "2021-10-03",
    )
    assert mla.outlet in ("Bloomberg Businessweek", "Bloomberg")
    assert (book.title, str(book.date)) == ("Canal Wars: Trade, Power and the Suez", "2019")


def test_an_access_date_in_parentheses_right_after_a_link() -> None:
    c = _one("See the summary at <https://en.wikipedia.org/wiki/X> (accessed October 5, 2021).", "markdown")
    assert str(c.access_date) == "2021-10-05"


def test_a_paragraph_with_a_year_in_parentheses_is_not_an_apa_reference() -> None:
    text = (
        "When Kaplan et al. (2020) proposed their laws ([arXiv:2001](https://arxiv.org/abs/2001.08361)), x."
    )
    assert _one(text, "markdown").title is None


def test_an_apa_title_ends_before_in_proceedings() -> None:
    text = (
        "- Banko, M. (2001). Scaling to very large corpora. In *Proceedings of the 39th Meeting* (pp. 26–33)."
        " https://doi.org/10.3115/1073012.1073017\n"
    )
    assert _one(text, "markdown").title == "Scaling to very large corpora"


def test_an_inline_parenthetical_reference_with_a_quoted_title() -> None:
    text = (
        'Costs fell by 25% (Allianz Example, "Batteriezüge im Regionalverkehr", 2023,\n'
        "https://www.allianz-example.de/publikationen/batteriezuege-2023/).\n"
    )
    c = _one(text, "text")
    assert (c.title, str(c.date)) == ("Batteriezüge im Regionalverkehr", "2023")


def test_a_restructuredtext_footnote_is_an_entry() -> None:
    text = (
        "Numbers are in the LWN article [#lwn]_.\n\n"
        '.. [#lwn] Jonathan Corbet, "Accelerating netlink with io_uring", LWN.net, 14 March 2024,\n'
        "   https://lwn.net/Articles/965432/\n"
    )
    c = _one(text, "text")
    assert (c.title, str(c.date)) == ("Accelerating netlink with io_uring", "2024-03-14")
