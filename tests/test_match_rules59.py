"""Rules added after the fifty-ninth held-out matching batch (docs/benchmarks.md, "The fifty-ninth held-out
matching batch (match59)"): what the entry reader did not read (reference headings in Vietnamese, Thai,
Hebrew and Amharic; a GB/T 7714 item's date cited with no date of publication; Amharic entries parted by
Ethiopic stops; Vietnamese ``ngày 12/11/2024``; a year shortened to ``'24``; the Hebrew Wikipedia's ``באתר``;
a link after a Hebrew prefix and hyphen; Wikipedia's rendered ``"Title". *Outlet*. 26 November 2024.``) and
five outlet readings (a brand's website cited as a domain for its channel's page, a paper named after a
word of the site's name, an adjective of a place, a name after a news word in an unspaced script,
acronyms in Ethiopic letters' names)."""

from __future__ import annotations

from typing import Any

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate
from linkcheck.names import outlet_matches, same_outlet, spelled_acronyms
from tests.test_match_heldout import evaluate

URL = "https://news.example.org/story/123"


def _read(entry: str, heading: str = "References") -> Citation | None:
    text = f"## {heading}\n\n{entry.replace('{url}', URL)}\n"
    found = [c for c in extract_citations(text, "markdown", "rules59") if c.url == URL]
    return found[0] if found else None


# --- Reference headings ----------------------------------------------------------------------------


HEADINGS = ["Tham khảo", "อ้างอิง", "הערות שוליים", "רשימת מקורות", "ዋቢ ምንጮች", "ምንጮች"]


@pytest.mark.parametrize("heading", HEADINGS)
def test_reference_headings_of_more_languages(heading: str) -> None:
    cited = _read(
        "“Parliament passes the budget for next year”. *Daily Site*. 12 November 2024. {url}", heading
    )
    assert cited is not None
    assert cited.title == "Parliament passes the budget for next year"
    assert str(cited.date) == "2024-11-12"


def test_an_unknown_heading_still_reads_no_such_paragraph() -> None:
    cited = _read(
        "“Parliament passes the budget for next year”. *Daily Site*. 12 November 2024. {url}", "Discussion"
    )
    assert cited is None or cited.title is None


# --- GB/T 7714's date cited ---------------------------------------------------------------------------


def test_gbt_item_without_a_date_of_publication_has_no_date() -> None:
    cited = _read("[5] 人民网. 中方决定对日本恢复免签政策[EB/OL]. [2024-11-30]. {url}.", "参考文献")
    assert cited is not None
    assert cited.date is None
    assert cited.access_date == PartialDate(2024, 11, 30)


@pytest.mark.parametrize(
    "element",
    ["人民网, 2024-11-22[2024-11-30]", "北京: 人民网, (2024-11-22)[2024-11-30]", "(2024-11-22)[2024-11-30]"],
)
def test_gbt_item_with_a_date_of_publication_keeps_it(element: str) -> None:
    cited = _read(f"[1] 中方决定对日本恢复免签政策[EB/OL]. {element}. {{url}}.", "参考文献")
    assert cited is not None
    assert cited.date == PartialDate(2024, 11, 22)
    assert cited.access_date == PartialDate(2024, 11, 30)


def test_a_bracketed_day_without_a_gbt_code_is_no_date_cited() -> None:
    cited = _read("Smith, J. Harbour news of the week [2024-11-30]. *Harbour Press*. {url}")
    assert cited is None or cited.access_date is None


# --- Dates of entries ----------------------------------------------------------------------------------


def test_amharic_entry_parted_by_ethiopic_stops_gives_its_ethiopian_date() -> None:
    cited = _read('"አይኤምኤፍ ለኢትዮጵያ 251 ሚሊዮን ዶላር ለቀቀ"። *BBC News አማርኛ*። ጥቅምት 12 ቀን 2017 ዓ.ም.። {url}', "ዋቢ ምንጮች")
    assert cited is not None
    assert cited.date == PartialDate(2024, 10, 22)


@pytest.mark.parametrize(("day", "expected"), [("12/11/2024", "2024-11-12"), ("26/11/2024", "2024-11-26")])
def test_vietnamese_day_after_ngay_is_day_first(day: str, expected: str) -> None:
    cited = _read(
        f"Minh Thư (2024), “Quốc hội thông qua nghị quyết về dự toán”, *Tuổi Trẻ*, ngày {day}, {{url}}.",
        "Tài liệu tham khảo",
    )
    assert cited is not None
    assert str(cited.date) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [("Nov. 21, '24", "2024-11-21"), ("21 Nov ’24", "2024-11-21"), ("March 3, '85", "1985-03-03")],
)
def test_a_year_shortened_after_an_apostrophe(written: str, expected: str) -> None:
    cited = _read(
        f"3. Jane Doe, “Harbour reopens after the storm,” *Harbour Times*, {written}, {{url}}.", "Notes"
    )
    assert cited is not None
    assert str(cited.date) == expected


def test_a_shortened_year_without_a_day_is_no_date() -> None:
    cited = _read(
        "3. Jane Doe, “Harbour reopens after the storm,” *Harbour Times*, Spring '24, {url}.", "Notes"
    )
    assert cited is not None
    assert cited.date is None


# --- Hebrew --------------------------------------------------------------------------------------------


def test_hebrew_site_after_its_label() -> None:
    cited = _read(
        'איתמר אייכנר, "הקבינט אישר את הסכם הפסקת האש בלבנון", באתר ynet, 26 בנובמבר 2024. {url}', "מקורות"
    )
    assert cited is not None
    assert cited.outlet == "ynet"
    assert cited.date == PartialDate(2024, 11, 26)


def test_hebrew_entry_without_the_label_names_no_site() -> None:
    cited = _read('איתמר אייכנר, "הקבינט אישר את הסכם הפסקת האש בלבנון", 26 בנובמבר 2024. {url}', "מקורות")
    assert cited is not None
    assert cited.outlet is None


def test_a_link_after_a_hebrew_prefix_and_hyphen_is_read() -> None:
    cited = _read(
        "אייכנר, א' (2024, 26 בנובמבר). הקבינט אישר את הסכם הפסקת האש. *ynet*. אוחזר מ-{url}", "מקורות"
    )
    assert cited is not None
    assert cited.date == PartialDate(2024, 11, 26)


def test_a_link_after_a_latin_word_and_hyphen_is_still_not_read() -> None:
    assert _read("See the page at x-{url} for more.") is None


# --- Wikipedia's rendered citation: the italic site after the title, a full stop and the day -----


@pytest.mark.parametrize(
    ("entry", "outlet"),
    [
        ("“ครม.อนุมัติงบกลาง 3,045 ล้านบาท”. *ไทยพีบีเอส*. 26 พฤศจิกายน 2567. {url}", "ไทยพีบีเอส"),
        (
            '"Harbour reopens after the storm". *The Harbour Gazette*. 26 November 2024. {url}',
            "The Harbour Gazette",
        ),
    ],
)
def test_rendered_citation_site_after_a_quoted_title(entry: str, outlet: str) -> None:
    cited = _read(entry)
    assert cited is not None
    assert cited.outlet == outlet


def test_an_italic_book_after_a_quoted_chapter_with_no_day_is_no_site() -> None:
    cited = _read('Doe, Jane. "A Chapter on Harbours". *Harbours of the North*. Penguin, 2020. {url}')
    assert cited is None or cited.outlet is None


# --- Outlets -------------------------------------------------------------------------------------------


def test_amharic_letters_names_spell_an_acronym() -> None:
    assert spelled_acronyms("ቢቢሲ አማርኛ") == "BBC አማርኛ"
    assert outlet_matches("ቢቢሲ አማርኛ", ["BBC News አማርኛ"], ["www.bbc.com"])
    assert spelled_acronyms("አማርኛ") == "አማርኛ"  # "Amharic": no letters' names
    assert not outlet_matches("ኢቢሲ", ["BBC News አማርኛ"], ["www.bbc.com"])  # EBC, another broadcaster


def test_a_brand_website_domain_for_its_channel_page() -> None:
    assert not outlet_matches("Kompas.com", ["KompasTV"], ["www.kompas.tv"])
    assert outlet_matches("kompas.tv", ["KompasTV"], ["www.kompas.tv"])
    assert outlet_matches("Kompas.com", ["KOMPAS.com"], ["nasional.kompas.com"])


def test_a_paper_named_after_a_word_of_the_site_name() -> None:
    assert not outlet_matches("Asia Times", ["Nikkei Asia"], ["asia.nikkei.com"])
    assert outlet_matches("Nikkei Asia", ["Nikkei Asia"], ["asia.nikkei.com"])
    assert outlet_matches("Nikkei", ["Nikkei Asia"], ["asia.nikkei.com"])
    assert outlet_matches("New York Times", ["NYTimes"], ["www.nytimes.com"])  # a compound: no other word


def test_an_adjective_of_a_place_in_a_former_name() -> None:
    assert same_outlet("Nikkei Asian Review", "Nikkei Asia")
    assert same_outlet("European Voice", "Europe Voice")
    assert not same_outlet("Asian Age", "Asia Times")
    assert not same_outlet("Nikkei Asian Review", "Nikkei Europe")


def test_a_name_after_a_news_word_in_an_unspaced_script() -> None:
    assert same_outlet("ไทยพีบีเอส", "Thai PBS News ข่าวไทยพีบีเอส")
    assert not same_outlet("ไทยรัฐ", "Thai PBS News ข่าวไทยพีบีเอส")
    assert not same_outlet("ไทยพีบีเอส", "ข่าวไทยรัฐ")


def _case(outlet: str, title_tag: str) -> dict[str, Any]:
    return {
        "id": "rules59-thai",
        "page": {
            "url": "https://www.thaipbs.or.th/news/content/346123",
            "title": title_tag,
            "og_title": "ครม.อนุมัติงบกลาง 3,045 ล้านบาท เยียวยาผู้ประสบภัยน้ำท่วมภาคใต้",
            "site_name": "Thai PBS",
            "published": "2024-11-26T15:10:00+07:00",
            "lang": "th",
        },
        "cite": {
            "form": "manifest",
            "title": "ครม.อนุมัติงบกลาง 3,045 ล้านบาท เยียวยาผู้ประสบภัยน้ำท่วมภาคใต้",
            "date": "2024-11-26",
            "outlet": outlet,
        },
        "expect": [],
    }


def test_thai_name_in_the_title_affix_after_its_news_word_matches() -> None:
    title = "ครม.อนุมัติงบกลาง 3,045 ล้านบาท เยียวยาผู้ประสบภัยน้ำท่วมภาคใต้ | Thai PBS News ข่าวไทยพีบีเอส"
    assert evaluate(_case("ไทยพีบีเอส", title)).ok
    assert not evaluate(_case("ไทยรัฐ", title)).ok  # another paper's name in Thai
    assert not evaluate(
        _case("ไทยพีบีเอส", "ครม.อนุมัติงบกลาง 3,045 ล้านบาท เยียวยาผู้ประสบภัยน้ำท่วมภาคใต้ | Thai PBS")
    ).ok


def test_a_masthead_word_on_the_brand_label_is_still_the_brand() -> None:
    assert outlet_matches("BBC News", ["BBC Sport"], ["www.bbc.com"])  # the registrable label: the BBC's
    assert not outlet_matches("Asia Times", ["Nikkei Asia"], ["asia.nikkei.com"])  # a sub-domain's only
