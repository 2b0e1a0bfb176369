"""Rules added after the fifty-sixth held-out matching batch (docs/benchmarks.md, "The fifty-sixth held-out
matching batch (match56)"): the publication a page says its story belongs to (its JSON-LD ``isPartOf``
periodical or ``sourceOrganization``: ``Metadata.part_of``) is a name the page answers to; German
mastheads' kind words tell two papers of one city apart (``names._MASTHEAD_KEYS``); Greek ``υ`` pairs
read as Greek writers romanise them (``match._greek_diphthongs``); Polish counts of men are counts
(``match._NUMBER_WORDS``); a paper's two-character kind after a Han brand (``match._han_bodies``); and in
the entry reader a GB/T 7714 newspaper's title and paper (``_GBT_7714``, ``_GBT_PAPER``), a Japanese
entry's ``『』`` publication (``_JA_CONTAINER``), a Harvard day after a title ending in ``?`` and a Harvard
or APA author that is the site (``_site_author``)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from linkcheck import match, names
from linkcheck.articles import extract_citations
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.models import Citation, FindingKind, Metadata

GUARDIAN = "https://www.theguardian.com/environment/2024/nov/23/cop29-talks-overtime"
HEADLINE = "Cop29 talks run into overtime as poorer nations reject finance offer"


def _page(jsonld: dict[str, Any] | None, *, site: str = "the Guardian", url: str = GUARDIAN) -> Metadata:
    head = [f"<title>{HEADLINE} | The Guardian</title>", f'<meta property="og:site_name" content="{site}">',
            '<meta property="article:published_time" content="2024-11-23T19:30:00+00:00">']  # fmt: skip
    if jsonld is not None:
        node = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE, **jsonld}
        head.append(f'<script type="application/ld+json">{json.dumps(node)}</script>')
    body = f"<h1>{HEADLINE}</h1>" + "<p>Text of the page, long enough to be read as one.</p>" * 5
    return extract_metadata(
        f"<!doctype html><html><head>{''.join(head)}</head><body>{body}</body></html>", url
    )


GUARDIAN_ORG = {"@type": "Organization", "name": "The Guardian"}


# --- Metadata.part_of ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jsonld", "expected"),
    [
        (
            {"sourceOrganization": {"@type": "NewsMediaOrganization", "name": "The Observer"}},
            ("The Observer",),
        ),
        ({"isPartOf": {"@type": "Periodical", "name": "Welt am Sonntag"}}, ("Welt am Sonntag",)),
        ({"isPartOf": [{"@type": "Newspaper", "name": "Bild am Sonntag"}]}, ("Bild am Sonntag",)),
        (  # an issue, and the periodical it is an issue of
            {
                "isPartOf": {
                    "@type": "PublicationIssue",
                    "name": "РГ - Неделя № 265",
                    "isPartOf": {"@type": "Periodical", "name": "Российская газета - Неделя"},
                }
            },
            ("РГ - Неделя № 265", "Российская газета - Неделя"),
        ),
    ],
)
def test_part_of_is_read(jsonld: dict[str, Any], expected: tuple[str, ...]) -> None:
    assert _page({"publisher": GUARDIAN_ORG, **jsonld}).part_of == expected


def test_part_of_by_id_into_the_graph() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": HEADLINE,
                "isPartOf": {"@id": "#fas"},
                "publisher": GUARDIAN_ORG,
            },
            {"@id": "#fas", "@type": "Periodical", "name": "Frankfurter Allgemeine Sonntagszeitung"},
        ],
    }
    html = (
        f"<html><head><title>{HEADLINE}</title>"
        f'<script type="application/ld+json">{json.dumps(graph)}</script></head>'
        f"<body><h1>{HEADLINE}</h1>{'<p>Text of the page, long enough to be read as one.</p>' * 5}"
        "</body></html>"
    )
    assert extract_metadata(html, GUARDIAN).part_of == ("Frankfurter Allgemeine Sonntagszeitung",)


@pytest.mark.parametrize(
    "jsonld",
    [
        None,  # no JSON-LD
        {"publisher": GUARDIAN_ORG},  # neither key
        {"isPartOf": {"@type": "WebSite", "name": "The Observer"}},  # the site, not a publication
        {"isPartOf": {"@type": "WebPage", "name": "Cop29 live"}},  # a page
        {"isPartOf": {"@type": ["CreativeWork", "Product"], "name": "WELTplus"}},  # a paywall's product
        {"isPartOf": {"@type": "Periodical", "name": "The Guardian"}},  # the site's own name
        {"sourceOrganization": {"name": "https://www.theguardian.com"}},  # an address
    ],
)
def test_part_of_leaves_alone(jsonld: dict[str, Any] | None) -> None:
    assert _page(jsonld).part_of == ()


def _outlet(cited: str, metadata: Metadata, url: str = GUARDIAN) -> list[tuple[str, str]]:
    citation = Citation(url=url, title=HEADLINE, outlet=cited, source="x", line=1)
    found = match.match_citation(citation, metadata, final_url=url, config=Config())
    return [(f.kind.value, f.severity.value) for f in found if f.kind is FindingKind.OUTLET_MISMATCH]


def test_a_sister_paper_the_page_names_is_its_outlet() -> None:
    page = _page({"publisher": GUARDIAN_ORG, "sourceOrganization": {"name": "The Observer"}})
    assert _outlet("The Observer", page) == []
    assert _outlet("Observer", page) == []


def test_another_paper_is_still_another_outlet() -> None:
    page = _page({"publisher": GUARDIAN_ORG, "sourceOrganization": {"name": "The Observer"}})
    assert _outlet("The Sunday Times", page) == [("outlet_mismatch", "fail")]
    assert _outlet("The Independent on Sunday", page) == [("outlet_mismatch", "fail")]


def test_without_the_page_saying_so_the_sister_paper_is_reported() -> None:
    assert _outlet("The Observer", _page({"publisher": GUARDIAN_ORG})) != []


# --- German masthead words ----------------------------------------------------------------------------------

FAZ = ("FAZ.NET", "Frankfurter Allgemeine Zeitung")


@pytest.mark.parametrize(
    ("cited", "site", "host"),
    [
        ("Frankfurter Rundschau", FAZ, "www.faz.net"),
        ("Stuttgarter Nachrichten", ("Stuttgarter Zeitung",), "www.stuttgarter-zeitung.de"),
        ("Kieler Nachrichten", ("Kieler Zeitung",), "www.kieler-zeitung.example"),
    ],
)
def test_another_german_masthead_of_one_city(cited: str, site: tuple[str, ...], host: str) -> None:
    assert not names.outlet_matches(cited, site, (host,))


@pytest.mark.parametrize(
    ("cited", "site", "host"),
    [
        ("Frankfurter Allgemeine", FAZ, "www.faz.net"),
        ("Frankfurter Allgemeine Zeitung", FAZ, "www.faz.net"),
        ("FAZ", FAZ, "www.faz.net"),
        ("Süddeutsche Zeitung", ("Süddeutsche.de",), "www.sueddeutsche.de"),
        ("Stuttgarter Zeitung", ("Stuttgarter Zeitung",), "www.stuttgarter-zeitung.de"),
    ],
)
def test_the_same_german_masthead(cited: str, site: tuple[str, ...], host: str) -> None:
    assert names.outlet_matches(cited, site, (host,))


# --- Greek diphthongs romanised -----------------------------------------------------------------------------

BUDGET = "Κατατέθηκε στη Βουλή ο προϋπολογισμός του 2025"


def test_greek_u_pairs_are_read_as_romanised() -> None:
    assert match._greek_diphthongs(BUDGET) == "Κατατέθηκε στη Βouλή ο προϋπολογισμός τou 2025"
    assert match._greek_diphthongs("Ευρώπη και αυτοκίνητο") == "Evρώπη και afτοκίνητο"
    assert match._greek_diphthongs("Ο ηύρε") == "Ο ivρε"


def test_greek_without_u_pairs_is_left_alone() -> None:
    assert match._greek_diphthongs("Η κυβέρνηση") is None  # a υ after a consonant
    assert match._greek_diphthongs("Κάλπες στη Θεσσαλονίκη") is None


def test_elot_romanisation_matches() -> None:
    assert match.title_score("Katatethike sti Vouli o proypologismos tou 2025", BUDGET) >= 0.88
    assert match.title_score("I Evropi kai i Ellada", "Η Ευρώπη και η Ελλάδα") >= 0.88


def test_elot_romanisation_keeps_another_year() -> None:
    assert match.title_score("Katatethike sti Vouli o proypologismos tou 2024", BUDGET) < 0.88


def test_russian_oy_is_not_read_as_greek() -> None:
    assert match._greek_diphthongs("Бой за Покровск") is None
    assert match.title_score("Boy za Pokrovsk", "Бой за Покровск") >= 0.88


# --- Polish counts of men -----------------------------------------------------------------------------------

MINERS = "Trzech górników zginęło w kopalni na Śląsku"


@pytest.mark.parametrize(
    ("word", "digits"), [("Trzech", "3"), ("Czterej", "4"), ("Pięciu", "5"), ("Dwóch", "2")]
)
def test_polish_men_counts_are_numbers(word: str, digits: str) -> None:
    title = f"{word} górników zginęło w kopalni"
    assert match.title_score(f"{digits} górników zginęło w kopalni", title) >= 0.88


def test_another_polish_count_conflicts() -> None:
    assert match.title_score("Czterech górników zginęło w kopalni na Śląsku", MINERS) < 0.88
    assert match.title_score("4 górników zginęło w kopalni na Śląsku", MINERS) < 0.88


# --- Han brands' bodies -------------------------------------------------------------------------------------


def test_a_paper_and_its_site_are_one_brand() -> None:
    assert match._han_body_kind("人民日报", ("人民网",))
    assert match._han_body_kind("新华社", ("新华网",))  # as before


@pytest.mark.parametrize(
    ("cited", "site"),
    [
        ("人民日报", ("人民日報",)),  # one kind in two character forms
        ("人民日报", ("环球网",)),  # another brand
        ("北京晚报", ("北京日报",)),  # two papers
        ("日报", ("网",)),  # no brand
    ],
)
def test_no_han_brand_pair(cited: str, site: tuple[str, ...]) -> None:
    assert not match._han_body_kind(cited, site)


# --- The entry reader ---------------------------------------------------------------------------------------


def _entry(entry: str, url: str, heading: str = "References") -> Citation | None:
    text = f"## {heading}\n\n{entry.replace('{url}', url)}\n"
    found = [c for c in extract_citations(text, "markdown", "x") if c.url == url]
    return found[0] if found else None


PEOPLE = "http://politics.people.com.cn/n1/2024/1121/c1024-40363456.html"


def test_gbt_newspaper_without_author() -> None:
    citation = _entry("[1] 习近平同巴西总统卢拉会谈[N]. 人民日报, 2024-11-22(01). {url}", PEOPLE, "参考文献")
    assert citation is not None
    assert (citation.title, citation.outlet, str(citation.date)) == (
        "习近平同巴西总统卢拉会谈",
        "人民日报",
        "2024-11-22",
    )


def test_gbt_newspaper_with_author() -> None:
    citation = _entry("[2] 李明. 经济稳中向好[N]. 经济日报, 2024-10-08(03). {url}", PEOPLE, "参考文献")
    assert citation is not None
    assert (citation.title, citation.outlet) == ("经济稳中向好", "经济日报")


def test_gbt_online_entry_names_no_outlet() -> None:
    citation = _entry(
        "[1] 澎湃新闻. 河南暴雨致3人死亡[EB/OL]. (2024-07-20)[2024-11-30]. {url}.", PEOPLE, "参考文献"
    )
    assert citation is not None
    assert citation.title == "河南暴雨致3人死亡"
    assert citation.outlet is None


TOKYO = "https://www.tokyo-np.co.jp/article/367123"


def test_japanese_entry_publication_is_read() -> None:
    citation = _entry("「円相場、一時156円台に下落」『共同通信』2024年11月15日。{url}", TOKYO, "参考文献")
    assert citation is not None
    assert citation.outlet == "共同通信"


def test_japanese_book_alone_is_no_publication() -> None:
    citation = _entry("山田太郎『日本の新聞』岩波書店、2020年。{url}", TOKYO, "参考文献")
    assert citation is None or citation.outlet != "日本の新聞"


TAGESSCHAU = "https://www.tagesschau.de/inland/innenpolitik/neuwahl-februar-termin-102.html"


def test_harvard_web_page_by_its_site() -> None:
    entry = "tagesschau.de (2024) *Kommt jetzt die Neuwahl im Februar?* 11 November. Available at: {url}."
    citation = _entry(entry, TAGESSCHAU)
    assert citation is not None
    assert citation.outlet == "tagesschau.de"
    assert str(citation.date) == "2024-11-11"


def test_harvard_person_author_is_no_outlet() -> None:
    entry = "Schmidt, A. (2024) *Kommt jetzt die Neuwahl im Februar?* 11 November. Available at: {url}."
    citation = _entry(entry, TAGESSCHAU)
    assert citation is not None
    assert citation.outlet is None


def test_harvard_day_after_a_plain_title_unchanged() -> None:
    entry = (
        "Harvey, F. (2024) 'Cop29 talks run into overtime', *The Guardian*, 24 November. Available at: {url}."
    )
    citation = _entry(entry, GUARDIAN)
    assert citation is not None
    assert str(citation.date) == "2024-11-24"


# --- An italic container after a quoted title, in any script ------------------------------------------------


def test_harvard_container_after_a_single_quoted_title() -> None:
    entry = (
        "Harvey, F. (2024) 'Cop29 talks run into overtime', *The Observer*, 24 November. Available at: {url}."
    )
    citation = _entry(entry, GUARDIAN)
    assert citation is not None
    assert (citation.outlet, str(citation.date)) == ("The Observer", "2024-11-24")


def test_mla_container_that_does_not_spell_the_host() -> None:
    url = "https://www.corriere.it/la-lettura/24_novembre_17/romanzo.shtml"
    citation = _entry(
        'Reporter, Jane. "Il romanzo italiano dopo Calvino." *La Lettura*, 17 nov. 2024, {url}.', url
    )
    assert citation is not None
    assert citation.outlet == "La Lettura"


@pytest.mark.parametrize(
    "entry",
    [
        # a word of the host's name: a shortening, left alone
        'Reporter, Jane. "Air Defenses After the Strikes?" *Moscow*, May 2, 2024. {url}',
        # an apostrophe ending a word is no closing quote
        "Reporter, Jane. The reporters' *Moscow Diary*, May 2, 2024. {url}",
    ],
)
def test_no_container_read(entry: str) -> None:
    citation = _entry(entry, "https://www.themoscowtimes.com/2024/05/02/story")
    assert citation is None or citation.outlet is None


def test_a_journal_after_a_quoted_title_is_left_to_the_host() -> None:
    entry = (
        "Currie, G. (2011) 'Exploring the trip chaining behaviour', *Transport Policy*, 18(1), pp. 204-210."
        " Available at: {url}"
    )
    citation = _entry(entry, "https://doi.org/10.1016/j.tranpol.2010.08.003")
    assert citation is not None
    assert citation.outlet is None
