"""Rules added after the fifty-eighth held-out matching batch (docs/benchmarks.md, "The fifty-eighth held-out
matching batch (match58)"): reference styles the entry reader did not read (APA with the day before a month
of another language in Latin letters, reference headings in Turkish, Indonesian, Malay and Swahili, Polish
and Indonesian access labels, a GB/T 7714 ``[EB/OL]`` publisher, ACS, SIST 02) and three outlet readings
(an initialism with a doubled letter, a brand's channel for its website, a host label that is the page's
own name)."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate
from linkcheck.names import outlet_matches, same_outlet

URL = "https://news.example.org/story/123"


def _read(entry: str, heading: str = "References") -> Citation:
    text = f"## {heading}\n\n{entry.replace('{url}', URL)}\n"
    found = [c for c in extract_citations(text, "markdown", "rules58") if c.url == URL]
    assert found, entry
    return found[0]


# --- APA: the day before a month of another language written in Latin letters ---------------------------


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2024, 21 Kasım", "2024-11-21"),  # Turkish
        ("2024, 23 listopada", "2024-11-23"),  # Polish, the genitive
        ("2024, 20 Oktober", "2024-10-20"),  # Indonesian
        ("2024, 27 Novemba", "2024-11-27"),  # Swahili
        ("2024, 5 November", "2024-11-05"),  # English, day first
    ],
)
def test_apa_date_with_the_day_before_a_latin_month(date: str, expected: str) -> None:
    cited = _read(
        f"Yılmaz, A. ({date}). Merkez bankası politika faizini sabit tuttu. *Haber Ajansı*. {{url}}"
    )
    assert str(cited.date) == expected
    assert cited.title == "Merkez bankası politika faizini sabit tuttu"


def test_apa_date_with_a_number_that_is_no_day_keeps_the_year() -> None:
    cited = _read(
        "Smith, J. (2019, 3 vols). A history of the harbour in three volumes. *Harbour Press*. {url}"
    )
    assert cited.date == PartialDate(2019)


# --- Reference headings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading", ["Kaynakça", "Kaynaklar", "Daftar Pustaka", "Referensi", "Rujukan", "Marejeo"]
)
def test_reference_headings_of_more_languages(heading: str) -> None:
    cited = _read(
        'Reporter, Jane. "Ten ministers resign over the budget." *Daily Courier*, 21 Nov. 2024, {url}.',
        heading,
    )
    assert cited.title == "Ten ministers resign over the budget"


def test_an_unknown_heading_leaves_a_paragraph_unread() -> None:
    entry = f'Reporter, Jane. "Ten ministers resign over the budget." *Daily Courier*, 21 Nov. 2024, {URL}.'
    text = f"## Catatan harian\n\n{entry}\n"
    found = [c for c in extract_citations(text, "markdown", "rules58") if c.url == URL]
    assert not found or found[0].title is None


# --- Access labels ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Nowak, A. (2024, 23 listopada). Trzaskowski kandydatem na prezydenta. *TVN24*. "
        "Pobrano 30 listopada 2024 z {url}",
        "Rahayu, S. (2024, 23 November). Prabowo resmi dilantik jadi presiden. *Kompas.com*. "
        "Diakses pada 30 November 2024, dari {url}",
        "NOWAK, Anna. Trzaskowski kandydatem na prezydenta. *TVN24* [online]. 23.11.2024 "
        "[dostęp 30.11.2024]. Dostępny w internecie: {url}",
    ],
)
def test_polish_and_indonesian_access_labels(entry: str) -> None:
    cited = _read(entry, "Bibliografia")
    assert cited.access_date == PartialDate(2024, 11, 30)
    assert str(cited.date) == "2024-11-23"


# --- GB/T 7714: an online item's publisher ------------------------------------------------------------


def test_gbt_7714_online_items_publisher_is_the_outlet() -> None:
    cited = _read(
        "[1] 习近平出席亚太经合组织领导人非正式会议[EB/OL]. 新华网, (2024-11-17)[2024-11-30]. {url}.",
        "参考文献",
    )
    assert cited.outlet == "新华网"
    assert cited.title == "习近平出席亚太经合组织领导人非正式会议"


def test_gbt_7714_publisher_after_its_place() -> None:
    cited = _read(
        "[2] 国务院关于印发方案的通知[EB/OL]. 北京: 中国政府网, 2024-05-30[2024-06-17]. {url}.", "参考文献"
    )
    assert cited.outlet == "中国政府网"


def test_gbt_7714_online_item_without_a_publisher_names_none() -> None:
    cited = _read("[3] 国务院. 关于印发方案的通知[EB/OL]. (2024-05-30)[2024-06-17]. {url}.", "参考文献")
    assert cited.outlet is None
    assert cited.title == "关于印发方案的通知"


# --- ACS ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "title", "outlet"),
    [
        (
            "(1) Harvey, F. Cop29: Rich Countries Agree to Pay $300bn a Year. *The Courier*, Nov 24, 2024. "
            "{url} (accessed 2024-11-30).",
            "Cop29: Rich Countries Agree to Pay $300bn a Year",
            "The Courier",
        ),
        (
            "(2) Putin to Meet Lukashenko in Moscow Next Week. *Wire Service*, November 28, 2024. {url}",
            "Putin to Meet Lukashenko in Moscow Next Week",
            "Wire Service",
        ),
        (
            "Chang, K.; Roe, J. A. NASA's Europa Clipper Launches to Jupiter's Moon. *Science Daily Post*, "
            "Oct 14, 2024. {url}",
            "NASA's Europa Clipper Launches to Jupiter's Moon",
            "Science Daily Post",
        ),
    ],
)
def test_acs_reference_title_and_site(entry: str, title: str, outlet: str) -> None:
    cited = _read(entry)
    assert cited.title == title
    assert cited.outlet == outlet


def test_acs_shape_with_a_name_in_the_titles_place_is_no_title() -> None:
    cited = _read("Smith, Tom. *Canal Wars*, May 2, 2019. {url}")
    assert cited.title != "Smith, Tom"


# --- SIST 02 ------------------------------------------------------------------------------------------------


def test_sist_02_site_and_access_date() -> None:
    cited = _read(
        '1) "政府 39兆円規模の経済対策を閣議決定". 日本経済新聞. 2024-11-22. {url}, (参照 2024-11-30).',
        "参考文献",
    )
    assert cited.outlet == "日本経済新聞"
    assert cited.title == "政府 39兆円規模の経済対策を閣議決定"
    assert cited.access_date == PartialDate(2024, 11, 30)


def test_a_quoted_title_then_an_author_and_a_year_names_no_site() -> None:
    cited = _read(
        'Reporter, Jane. "Ten ministers resign over the budget." Daily Courier, 21 Nov. 2024, {url}.'
    )
    assert cited.outlet != "Daily Courier, 21 Nov"


# --- Outlet names -------------------------------------------------------------------------------------------


def test_an_initialism_with_a_doubled_letter() -> None:
    assert same_outlet("AA", "Anadolu Ajansı")
    assert same_outlet("Anadolu Ajansı", "AA")
    assert outlet_matches("AA", ("Anadolu Ajansı",), ("www.aa.com.tr",))


def test_an_initialism_with_a_doubled_letter_of_other_words() -> None:
    assert not same_outlet("AA", "Agence France-Presse")
    assert not same_outlet("AA", "Anadolu Haber Ajansı")


def test_a_brands_channel_is_not_its_website() -> None:
    assert not same_outlet("Kompas TV", "KOMPAS.com")
    assert not outlet_matches("Kompas TV", ("KOMPAS.com",), ("nasional.kompas.com",))


def test_the_brand_alone_and_the_channel_itself_still_match() -> None:
    assert outlet_matches("Kompas", ("KOMPAS.com",), ("nasional.kompas.com",))
    assert outlet_matches("Kompas TV", ("Kompas TV",), ("www.kompas.tv",))
    assert outlet_matches("BBC Radio", ("BBC",), ("www.bbc.co.uk",))


def test_a_host_label_that_is_the_pages_own_name() -> None:
    assert not outlet_matches("The New Yorker", ("The New York Times",), ("www.nytimes.com",))


def test_host_labels_the_cited_name_does_spell() -> None:
    assert outlet_matches("Associated Press", ("AP News",), ("apnews.com",))
    assert outlet_matches("NYT", ("The New York Times",), ("www.nytimes.com",))
    assert outlet_matches("ΕΡΤ", ("ERTNews",), ("www.ertnews.gr",))
    assert outlet_matches("FT Alphaville", ("Financial Times",), ("www.ft.com",))
    assert outlet_matches("The New Yorker", ("The New Yorker",), ("www.newyorker.com",))
