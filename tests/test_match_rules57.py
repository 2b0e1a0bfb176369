"""Rules added after the fifty-seventh held-out matching batch (docs/benchmarks.md, "The fifty-seventh
held-out matching batch (match57)"): other languages' masthead kind words (``names._MASTHEAD_KEYS``), names
shortened as Bluebook's tables shorten them (``names._abbreviates``), a Han brand that is a state's name
(``match._HAN_STATE_BRANDS``), a site renamed to the cited name's capitals on its old host
(``match._capitals_of``), the publisher's ``parentOrganization`` in ``Metadata.part_of``, and in the entry
reader: Korean, Persian, Thai and Vietnamese reference headings, a Thai APA date, a Korean ``《》``
publication, NLM's bracketed translated title, OSCOLA's italic paper, a day in a non-ASCII entry's element
(``_written_day``), the bracket after a quoted title, a Bluebook periodical in ordinary case
(``_BLUEBOOK_OUTLET``) and an APA italic container (``_apa_container``)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from linkcheck import match, names
from linkcheck.articles import extract_citations
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.models import Citation, FindingKind, Metadata

# --- names: kind words, shortened names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "name"),
    [
        ("Noticias de Navarra", "Diario de Navarra"),  # two Pamplona papers: only their kind words differ
        ("Noticias de Gipuzkoa", "Diario de Gipuzkoa"),
        ("Gazzetta di Parma", "Giornale di Parma"),
    ],
)
def test_other_languages_kind_words_are_two_papers(cited: str, name: str) -> None:
    assert not names.same_outlet(cited, name)


@pytest.mark.parametrize(
    ("cited", "name"),
    [
        ("Diario de Noticias", "Diário de Notícias"),  # the same words without accents
        ("Diario de Navarra", "Diario de Navarra"),
        ("Gazeta Wyborcza", "Gazeta Wyborcza"),
    ],
)
def test_kind_words_leave_the_same_paper_alone(cited: str, name: str) -> None:
    assert names.same_outlet(cited, name)


@pytest.mark.parametrize(
    ("cited", "name"),
    [
        ("Wash. Post", "The Washington Post"),
        ("Wall St. J.", "The Wall Street Journal"),
        ("Wall St. J", "The Wall Street Journal"),  # the last stop taken as the sentence's
        ("Chi. Trib.", "Chicago Tribune"),
        ("Fin. Times", "Financial Times"),
    ],
)
def test_a_name_shortened_as_bluebook_shortens_it(cited: str, name: str) -> None:
    assert names.same_outlet(cited, name)
    assert names.same_outlet(name, cited)


@pytest.mark.parametrize(
    ("cited", "name"),
    [
        ("Wash. Times", "The Washington Post"),  # another masthead word
        ("N.Y. Post", "The New York Times"),
        ("Wash. Post", "The Wausau Post"),  # ``Wash`` is no shortening of Wausau
        ("Chi. Sun-Times", "Chicago Tribune"),
        ("St. Louis Post", "The Washington Post"),
    ],
)
def test_a_shortened_name_of_another_paper_is_another(cited: str, name: str) -> None:
    assert not names.same_outlet(cited, name)


# --- match: Han brands, capitals --------------------------------------------------------------------------


def test_a_han_brand_naming_a_state_is_no_one_publishers() -> None:
    assert not match._han_body_kind("中国日报", ("中国网",))
    assert not match._han_body_kind("日本日报", ("日本网",))


def test_a_han_brand_of_two_characters_naming_no_state_stays_one() -> None:
    assert match._han_body_kind("人民日报", ("人民网",))
    assert match._han_body_kind("新华社", ("新华网",))


@pytest.mark.parametrize(
    ("name", "initials", "expected"),
    [
        ("Channel NewsAsia", "CNA", True),
        ("National Public Radio", "NPR", True),
        ("Channel NewsAsia", "CN", False),
        ("Channel NewsAsia", "cna", False),  # not capitals
        ("NewsAsia", "NA", False),  # one word: a camel case name's own capitals are read elsewhere
    ],
)
def test_capitals_of(name: str, initials: str, expected: bool) -> None:
    assert match._capitals_of(name, initials) is expected


CNA = "https://www.channelnewsasia.com/singapore/gst-voucher-payout-december-2024-4772311"
CNA_HEADLINE = "Over 1.5 million Singaporeans to receive GST Voucher payouts in December"


def _page(url: str, headline: str, site: str, jsonld: dict[str, Any] | None = None) -> Metadata:
    head = [f"<title>{headline} - {site}</title>", f'<meta property="og:site_name" content="{site}">',
            '<meta property="article:published_time" content="2024-11-27T11:00:00+08:00">']  # fmt: skip
    if jsonld is not None:
        node = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, **jsonld}
        head.append(f'<script type="application/ld+json">{json.dumps(node)}</script>')
    body = f"<h1>{headline}</h1>" + "<p>Text of the page, long enough to be read as one.</p>" * 5
    return extract_metadata(
        f"<!doctype html><html><head>{''.join(head)}</head><body>{body}</body></html>", url
    )


def _outlet(cited: str, metadata: Metadata, url: str, title: str) -> list[tuple[str, str]]:
    citation = Citation(url=url, title=title, outlet=cited, source="x", line=1)
    found = match.match_citation(citation, metadata, final_url=url, config=Config())
    return [(f.kind.value, f.severity.value) for f in found if f.kind is FindingKind.OUTLET_MISMATCH]


def test_a_site_renamed_to_its_initials_on_its_old_host_passes() -> None:
    page = _page(CNA, CNA_HEADLINE, "CNA")
    assert _outlet("Channel NewsAsia", page, CNA, CNA_HEADLINE) == []


def test_another_name_on_that_host_is_still_reported() -> None:
    page = _page(CNA, CNA_HEADLINE, "CNA")
    assert _outlet("The Straits Times", page, CNA, CNA_HEADLINE) != []


# --- Metadata.part_of: the publisher's parent ------------------------------------------------------------

MEDIACORP = {"@type": "Organization", "name": "Mediacorp"}


@pytest.mark.parametrize(
    "jsonld",
    [
        {"publisher": {"@type": "NewsMediaOrganization", "name": "CNA", "parentOrganization": MEDIACORP}},
        {  # the publisher by its @id into the graph
            "publisher": {"@id": "#org"},
            "@graph": [],
        },
    ],
)
def test_part_of_reads_the_publishers_parent(jsonld: dict[str, Any]) -> None:
    if "@graph" in jsonld:
        node = {"@type": "NewsArticle", "headline": CNA_HEADLINE, "publisher": {"@id": "#org"}}
        org = {
            "@id": "#org",
            "@type": "NewsMediaOrganization",
            "name": "CNA",
            "parentOrganization": MEDIACORP,
        }
        graph = {"@context": "https://schema.org", "@graph": [node, org]}
        head = (
            f"<title>{CNA_HEADLINE} - CNA</title>"
            f'<script type="application/ld+json">{json.dumps(graph)}</script>'
        )
        body = f"<h1>{CNA_HEADLINE}</h1>" + "<p>Text of the page, long enough to be read as one.</p>" * 5
        page = extract_metadata(f"<!doctype html><html><head>{head}</head><body>{body}</body></html>", CNA)
    else:
        page = _page(CNA, CNA_HEADLINE, "CNA", jsonld)
    assert page.part_of == ("Mediacorp",)
    assert _outlet("Mediacorp", page, CNA, CNA_HEADLINE) == []


def test_part_of_without_a_parent_and_another_owner() -> None:
    page = _page(CNA, CNA_HEADLINE, "CNA", {"publisher": {"@type": "Organization", "name": "CNA"}})
    assert page.part_of == ()
    parented = _page(
        CNA, CNA_HEADLINE, "CNA", {"publisher": {"name": "CNA", "parentOrganization": MEDIACORP}}
    )
    assert _outlet("SPH Media", parented, CNA, CNA_HEADLINE) != []


# --- the entry reader -------------------------------------------------------------------------------------


def _entry(entry: str, url: str, heading: str = "References") -> Citation | None:
    text = f"## {heading}\n\n{entry.replace('{url}', url)}\n"
    found = [c for c in extract_citations(text, "markdown", "x") if c.url == url]
    return found[0] if found else None


def _read(citation: Citation | None) -> tuple[str | None, str | None, str | None]:
    assert citation is not None
    return citation.title, citation.outlet, str(citation.date) if citation.date else None


YNA = "https://www.yna.co.kr/view/AKR20241128046600002"
IRNA = "https://www.irna.ir/news/85670123/"
THAIRATH = "https://www.thairath.co.th/news/politic/2825931"
VNE = "https://vnexpress.net/quoc-hoi-thong-qua-luat-thue-gia-tri-gia-tang-sua-doi-4820345.html"
RIA = "https://ria.ru/20241122/kreml-1985512345.html"
GUARDIAN = "https://www.theguardian.com/world/live/2024/nov/21/russia-ukraine-war-live-dnipro-missile"
WAPO = "https://www.washingtonpost.com/politics/2024/11/22/scott-bessent-treasury-secretary-trump/"
TASS = "https://tass.ru/politika/22467891"
VI_TITLE = "Quốc hội thông qua Luật Thuế giá trị gia tăng sửa đổi"
PESKOV = "Peskov: Putin Will Discuss the Response to ATACMS Strikes"
PESKOV_RU = "Песков: Путин обсудит с Совбезом ответ на удары ATACMS"


def test_a_korean_entry_under_a_korean_heading() -> None:
    entry = "김민수, 「한국은행, 기준금리 3.00%로 0.25%p 인하」, 《연합뉴스》, 2024.11.28, {url}"
    assert _read(_entry(entry, YNA, "참고 문헌")) == (
        "한국은행, 기준금리 3.00%로 0.25%p 인하",
        "연합뉴스",
        "2024-11-28",
    )


def test_a_persian_entry_with_a_solar_hijri_date() -> None:
    entry = "«بانک مرکزی نرخ سود بین‌بانکی را کاهش داد». *ایرنا*، ۶ آذر ۱۴۰۳. {url}"
    assert _read(_entry(entry, IRNA, "منابع"))[2] == "2024-11-26"


def test_a_thai_apa_entry_with_a_buddhist_era_date() -> None:
    entry = "ไทยรัฐออนไลน์. (2567, 26 พฤศจิกายน). ครม.เคาะแจกเงินหมื่นเฟส 2 กลุ่มผู้สูงอายุ. *ไทยรัฐ*. สืบค้นจาก {url}"
    assert _read(_entry(entry, THAIRATH, "บรรณานุกรม")) == (
        "ครม.เคาะแจกเงินหมื่นเฟส 2 กลุ่มผู้สูงอายุ",
        "ไทยรัฐ",
        "2024-11-26",
    )


def test_a_vietnamese_entry_with_ngay() -> None:
    entry = f'Minh Thư (2024), "{VI_TITLE}", *VnExpress*, ngày 26/11/2024, {{url}}.'
    assert _read(_entry(entry, VNE, "Tài liệu tham khảo"))[2] == "2024-11-26"


def test_an_entry_day_of_another_year_is_not_taken() -> None:
    entry = f'Minh Thư (2024), "{VI_TITLE}", *VnExpress*, ngày 26/11/2023, {{url}}.'
    assert _read(_entry(entry, VNE, "Tài liệu tham khảo"))[2] == "2024"


def test_an_nlm_reference_with_a_bracketed_translated_title() -> None:
    entry = (
        "Ivanova A. [The Kremlin commented on the strike on Dnipro]. RIA Novosti [Internet]. 2024 Nov 22 "
        "[cited 2024 Nov 30]. Available from: {url} Russian."
    )
    assert _read(_entry(entry, RIA)) == (
        "The Kremlin commented on the strike on Dnipro",
        "RIA Novosti",
        "2024-11-22",
    )


def test_an_oscola_citation_with_an_italic_paper() -> None:
    entry = (
        "Dan Sabbagh, 'Zelenskyy says Russia used new missile against Dnipro' *The Guardian* (London, 21 "
        "November 2024) <{url}> accessed 30 November 2024"
    )
    assert (
        _read(_entry(entry, GUARDIAN, "Bibliography"))[0]
        == "Zelenskyy says Russia used new missile against Dnipro"
    )


def test_the_original_in_brackets_after_a_quoted_translation_stays_with_it() -> None:
    entry = f'1. Anna Petrova, "{PESKOV}" [{PESKOV_RU}], *TASS*, November 20, 2024, {{url}}.'
    title = _read(_entry(entry, TASS, "Notes"))[0]
    assert title == f"{PESKOV} [{PESKOV_RU}]"


def test_a_short_bracket_after_a_quoted_title_is_left_out() -> None:
    entry = f'1. Anna Petrova, "{PESKOV}" [sic], *TASS*, 2024, {{url}}.'
    assert _read(_entry(entry, TASS, "Notes"))[0] == PESKOV


def test_a_bluebook_periodical_in_ordinary_case() -> None:
    entry = "1. Jane Reporter, *Trump Picks Bessent for Treasury*, Wash. Post (Nov. 22, 2024), {url}."
    assert _read(_entry(entry, WAPO, "Notes"))[1] == "Wash. Post"


def test_an_apa_italic_container_the_host_does_not_spell() -> None:
    entry = "Rossi, M. (2024, October 15). Mestre: aperto il nuovo teatro. *El Gazetin*. {url}"
    assert _read(_entry(entry, "https://www.gazetinveneta.it/mestre-teatro-2024/"))[1] == "El Gazetin"


@pytest.mark.parametrize(
    ("entry", "url"),
    [  # a word of the host's name (a shortening), and a journal's name with its volume and issue
        (
            "Smith, J. (2024, May 3). Moscow court jails reporter for six years. *Times*. {url}",
            "https://www.themoscowtimes.com/2024/05/03/moscow-court-jails-reporter-a12345",
        ),
        (
            "Smith, J. (2024). Urban bus networks after the pandemic. *Transport Policy*, 12(3), 4-6. {url}",
            "https://www.sciencedirect.com/science/article/pii/S0967070X24000123",
        ),
    ],
)
def test_apa_containers_left_alone(entry: str, url: str) -> None:
    assert _read(_entry(entry, url))[1] is None
