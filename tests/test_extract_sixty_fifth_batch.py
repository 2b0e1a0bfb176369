"""The sixty-fifth held-out extraction batch (``tests/fixtures/heldout/b65_*``; docs/benchmarks.md,
"Held-out extraction, sixty-fifth batch (ext65)"): publishers of Central Asia, the Gulf and Iran, Israel,
Turkey, Korea, Taiwan, Greece and Bulgaria the corpus did not hold, in their current templates, languages
and calendars, page by page. Each page is read as ``tests/test_heldout.py`` reads the corpus (its sidecar's
URL and headers, the runner's "today"), and what a careful reader concludes from it is asserted field by
field, so that a miss names its page and its field; the authors the pages name are asserted below. The
batch: Azattyq (Kazakh, Pangea's JSON-LD '2024-04-12 09:20:00Z'), Al Arabiya (JSON-LD in UTC before Dubai's
midnight, '21 مايو ,2024', a staff dateline), The National (Arc XP, two authors joined by 'and'), IRNA
(Solar Hijri in Persian digits, no machine date), BirGün (the paper as the JSON-LD author, the reporter in
``author-name``), CNA (the reporter only in the dateline '（中央社記者陳怡君台北22日電）', a Minguo date
code), UDN ('聯合報／ 記者林宗翰／高雄即時報導'), Israel Hayom (a Hebrew date beside '08.03.2024'),
the Kyunghyang Shinmun ('입력'/'수정', the author '김민지 기자'), Proto Thema ('17.09.2024 • 11:20'),
Dnevnik ('5 ное 2024, 16:12', 'Последна промяна в 17:40') and Asharq Al-Awsat ('14:35-8 مارس 2024 م ـ 27
شَعبان 1445 هـ').
"""

from __future__ import annotations

import pytest

from tests.corpus import Page
from tests.extract_batch import (  # noqa: F401 (the batch's tests, collected here)
    author_cases,
    authors_of,
    load,
    norm,
    pages_of,
    test_dates,
    test_not_a_soft_404,
    test_site_name,
    test_the_other_pages_titles_are_mismatches,
    test_title,
    test_truthful_citation_passes,
)

PAGES: list[Page] = load("b65_")
pytest_generate_tests = pages_of(PAGES)
BY_NAME = {p.name: p for p in PAGES}

#: The authors each page names (a byline, a link to the author's page, a JSON-LD ``Person``, a dateline),
#: in the page's order; a staff credit or an agency's dateline names no one, nor does a publisher.
AUTHORS = {
    "b65_kk_azattyq_pangea_space_z": ["Айгерім Тоқтарова"],
    "b65_ar_alarabiya_utc_before_midnight_staff": [],
    "b65_en_thenational_arc_topics_author": ["Hamza Al Rashidi", "Layla Mansour"],
    "b65_fa_irna_solar_hijri_persian_digits": [],
    "b65_tr_birgun_dotted_guncelleme_yazar": ["Ayşe Yıldırım"],
    "b65_zh_cna_dateline_reporter_minguo_code": ["陳怡君"],
    "b65_zh_udn_paper_reporter_slashes": ["林宗翰"],
    "b65_he_israelhayom_hebrew_date_beside": ["נועה כהן"],
    "b65_ko_khan_iplyeok_sujeong_gija": ["김민지"],
    "b65_el_protothema_bullet_clock_authorname": ["Μαρία Παπαδοπούλου"],
    "b65_bg_dnevnik_avtor_label_short_month": ["Петя Иванова"],
    "b65_ar_aawsat_clock_dash_hijri_beside": ["فهد العتيبي"],
}

#: The authors the extractor does not yet read, each with why.
_AUTHOR_LEFT: dict[str, str] = {
    "b65_zh_cna_dateline_reporter_minguo_code": (
        "the reporter only in the dateline '中央社記者陳怡君台北22日電', where the name runs into the place "
        "with nothing between (two-character names and three-character places exist): left"
    ),
}


def test_the_batch_is_twelve_pages() -> None:
    assert len(PAGES) == 12
    assert all(p.expected["published"] for p in PAGES)
    assert set(AUTHORS) == set(BY_NAME)


@pytest.mark.parametrize("name", author_cases(AUTHORS, _AUTHOR_LEFT))
def test_author(name: str) -> None:
    assert authors_of(BY_NAME[name]) == [norm(n) for n in AUTHORS[name]]


_JSON_LD_PEOPLE = ["b65_kk_azattyq_pangea_space_z", "b65_en_thenational_arc_topics_author"]


@pytest.mark.parametrize("name", _JSON_LD_PEOPLE)
def test_a_json_ld_person_is_a_person(name: str) -> None:
    assert {a.kind for a in BY_NAME[name].metadata.author} == {"person"}


def test_a_publisher_named_as_author_is_not_a_writer() -> None:
    # BirGün's JSON-LD names the paper as its author: the paper is the page's outlet, not its writer.
    page = BY_NAME["b65_tr_birgun_dotted_guncelleme_yazar"]
    assert norm(page.expected["site_name"]) not in authors_of(page)
