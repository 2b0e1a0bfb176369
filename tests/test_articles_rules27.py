"""Rules added after the twenty-seventh held-out batch (tests/fixtures/articles/heldout, ``b27_*``), each on a
small string of our own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._dates import find_dmy
from linkcheck.articles.wikitext import is_citation_template
from linkcheck.models import Citation


def _read(text: str, fmt: str = "text") -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt)}


# --- The Vietnamese Wikipedia's {{Chú thích web}}

_CHU_THICH = (
    "'''Cầu Mẫu''' là một cây cầu.<ref>{{Chú thích web |url=https://baomau.example.vn/cau-mau-100-nam.html "
    "|tiêu đề=Cầu Mẫu tròn 100 năm |tác giả=Lê Văn A |nhà xuất bản=Báo Mẫu |ngày=12 tháng 6 năm 2019 "
    "|ngày truy cập=4 tháng 3 năm 2024}}</ref>\n\n== Tham khảo ==\n{{Tham khảo}}\n"
)


def test_a_vietnamese_chu_thich_web_gives_its_title_outlet_and_dates() -> None:
    cited = _read(_CHU_THICH, "wikitext")["https://baomau.example.vn/cau-mau-100-nam.html"]
    assert cited.title == "Cầu Mẫu tròn 100 năm"
    assert cited.outlet == "Báo Mẫu"
    assert str(cited.date) == "2019-06-12"
    assert str(cited.access_date) == "2024-03-04"


def test_a_chu_thich_bao_reads_its_newspaper_and_archive() -> None:
    text = (
        "Cầu.<ref>{{Chú thích báo |url=https://tinmau.example.vn/a-123.htm |tựa đề=Sửa cầu |báo=Tin Mẫu "
        "|ngày=2022-08-28 |url lưu trữ=https://web.archive.org/web/20220901000000/https://tinmau.example.vn/"
        "a-123.htm |ngày lưu trữ=1 tháng 9 năm 2022}}</ref>"
    )
    cited = _read(text, "wikitext")["https://tinmau.example.vn/a-123.htm"]
    assert cited.title == "Sửa cầu"
    assert cited.outlet == "Tin Mẫu"
    assert str(cited.date) == "2022-08-28"
    assert (
        cited.archive_url == "https://web.archive.org/web/20220901000000/https://tinmau.example.vn/a-123.htm"
    )


def test_only_the_chu_thich_family_with_a_kind_after_it_is_a_citation_template() -> None:
    assert is_citation_template("Chú thích web")
    assert is_citation_template("chú_thích tạp chí")
    assert not is_citation_template("Chú thích")  # a bare "note" template: no kind of source after it
    assert not is_citation_template("Thông tin cầu")  # an infobox


# --- JSDoc's {@link URL|label}


def test_a_jsdoc_link_tag_ends_its_url_at_the_bar() -> None:
    text = "/**\n * Months count from 0: see {@link https://spec.example.org/date#sec-utc|the spec}.\n */\n"
    assert list(_read(text)) == ["https://spec.example.org/date#sec-utc"]


def test_a_jsdoc_linkplain_tag_ends_its_url_at_the_bar_too() -> None:
    text = " * @see {@linkplain https://docs.example.org/guide|Guide} for more.\n"
    assert list(_read(text)) == ["https://docs.example.org/guide"]


def test_a_bar_in_an_address_outside_a_link_tag_is_left_alone() -> None:
    text = "The query is https://api.example.org/q?ids=1|2|3 as the service documents it.\n"
    assert list(_read(text)) == ["https://api.example.org/q?ids=1|2|3"]


def test_a_link_tag_with_a_space_before_its_label_is_read_as_before() -> None:
    text = " * As given in {@link https://faq.example.org/easter.php Easter FAQ} (2024).\n"
    assert list(_read(text)) == ["https://faq.example.org/easter.php"]


# --- A Czech thesis's ČSN ISO 690 list

_ISO690 = (
    "Text práce (NOVÁK, 2013).\n\nSEZNAM POUŽITÝCH ZDROJŮ\n\n"
    "NOVÁK, Petr. Tramvaj jezdí deset let. Deník Mostu [online]. 14. 11. 2013 [cit. 2024-03-04].\n"
    "Dostupné z: https://denikmostu.example.cz/tramvaj-deset-let\n\n"
    "HORÁK, Jan. Ceny bytů. Online. Urbanismus. 2021, roč. 24, č. 3. Dostupné z:\n"
    "https://urbanismus.example.cz/2021-3/horak.pdf. [cit. 2024-02-28].\n"
)


def test_a_czech_list_of_sources_reads_its_entries_access_dates() -> None:
    cited = _read(_ISO690)
    assert str(cited["https://denikmostu.example.cz/tramvaj-deset-let"].access_date) == "2024-03-04"
    assert str(cited["https://urbanismus.example.cz/2021-3/horak.pdf"].access_date) == "2024-02-28"


def test_an_iso690_entry_date_with_spaced_dots_is_read_whole() -> None:
    cited = _read(_ISO690)
    assert str(cited["https://denikmostu.example.cz/tramvaj-deset-let"].date) == "2013-11-14"


def test_the_same_paragraphs_without_the_heading_are_no_entries() -> None:
    cited = _read(_ISO690.replace("SEZNAM POUŽITÝCH ZDROJŮ\n\n", ""))
    assert cited["https://denikmostu.example.cz/tramvaj-deset-let"].access_date is None


def test_spaced_dots_are_one_space_at_most() -> None:
    assert str(find_dmy("vyšlo 14. 11. 2013 v tisku")) == "2013-11-14"
    assert str(find_dmy("vyšlo 14.11.2013 v tisku")) == "2013-11-14"
    assert find_dmy("body 1.  2.  2020 a dál") is None  # two spaces: a list's numbers, then a year
    assert find_dmy("kapitoly 3. 4. 20201") is None


_ZDROJE = (
    "Text práce.\n\nZDROJE\n\nNOVÁK, Petr. Titulek. Deník [online]. 14. 11. 2013 [cit. 2024-03-04].\n"
    "Dostupné z: https://denik.example.cz/a\n"
)


def test_the_czech_headings_are_looked_for_only_in_a_text_with_a_z_caron() -> None:
    # Every Czech or Slovak text holds a "ž" ("že", "už"); a text without one pays nothing for the headings.
    assert _read(_ZDROJE)["https://denik.example.cz/a"].access_date is None
    cited = _read(_ZDROJE.replace("Text práce.", "Text práce, že ano."))["https://denik.example.cz/a"]
    assert str(cited.access_date) == "2024-03-04"
