"""The sixty-fourth held-out extraction batch (``tests/fixtures/heldout/b64_*``; docs/benchmarks.md,
"Held-out extraction, sixty-fourth batch (ext64)"): publishers of Africa, South and Southeast Asia, Latin
America and Denmark the corpus did not hold, in their current templates and languages, page by page. Each
page is read as ``tests/test_heldout.py`` reads the corpus (its sidecar's URL and headers, the runner's
"today"), and what a careful reader concludes from it is asserted field by field, so that a miss names its
page and its field; the authors the pages name are asserted below. The batch: Mwananchi (Swahili, the
author a bare name in a ``<span class="name">``), Vanguard (a classic WordPress theme's ``entry-date`` and
``updated`` stamps), the Mail & Guardian (JSON-LD in UTC before the local midnight, two authors), Hespress
(Arabic, the date only in the byline line), Thanh Niên ('08/03/2024 14:35 GMT+7', the author a link classed
``name``), bdnews24's Bangla edition (Bengali digits, a staff credit), Philstar ('Name - The Philippine
Star', 'March 8, 2024 | 12:00am'), Malaysiakini (Malay 'Diterbitkan 8 Mac 2024, 2:35 ptg'; the author only
in ``__NEXT_DATA__``), Estadão (an Arc XP page, its evening update in UTC the next day), Milenio
('08.03.2024 14:35:00'; the author only in Nuxt 2's ``window.__NUXT__``), Politiken ('Af ... og ...', '8.
mar. 2024 kl. 14.35') and El Espectador ('08 de marzo de 2024 - 02:35 p. m.', a link to ``/autores/``).
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

PAGES: list[Page] = load("b64_")
pytest_generate_tests = pages_of(PAGES)
BY_NAME = {p.name: p for p in PAGES}

#: The authors each page names (a byline, a link to the author's page, a JSON-LD ``Person``, a framework's
#: state), in the page's order; a staff credit names no one.
AUTHORS = {
    "b64_sw_mwananchi_span_name_only": ["Ramadhani Hassan"],
    "b64_en_vanguard_wp_entry_date_updated": ["Adesola Bakare"],
    "b64_en_mg_jsonld_utc_two_authors": ["Sipho Ndlovu", "Karabo Mokoena"],
    "b64_ar_hespress_visible_date_only": ["يوسف الإدريسي"],
    "b64_vi_thanhnien_gmt7_author_info": ["Nguyễn Minh Anh"],
    "b64_bn_bdnews24_bengali_digits_staff": [],
    "b64_en_philstar_credits_dash_paper": ["Maria Santos"],
    "b64_ms_malaysiakini_next_data_author": ["Nur Aisyah Hamzah"],
    "b64_pt_estadao_arc_utc_update_evening": ["Fernanda Oliveira"],
    "b64_es_milenio_nuxt_state_author": ["Alejandra Cortés Ruiz"],
    "b64_da_politiken_af_og_kl_dots": ["Mette Kjærgaard", "Jens Holm"],
    "b64_es_elespectador_autores_link_pm": ["Laura Camila Restrepo"],
}


def test_the_batch_is_twelve_pages() -> None:
    assert len(PAGES) == 12
    assert all(p.expected["published"] for p in PAGES)
    assert set(AUTHORS) == set(BY_NAME)


#: The authors the extractor does not yet read, each with why.
_AUTHOR_LEFT: dict[str, str] = {}


@pytest.mark.parametrize("name", author_cases(AUTHORS, _AUTHOR_LEFT))
def test_author(name: str) -> None:
    found = authors_of(BY_NAME[name])
    assert found == [norm(n) for n in AUTHORS[name]]


_JSON_LD_PEOPLE = ["b64_en_mg_jsonld_utc_two_authors", "b64_pt_estadao_arc_utc_update_evening"]


@pytest.mark.parametrize("name", _JSON_LD_PEOPLE)
def test_a_json_ld_person_is_a_person(name: str) -> None:
    assert {a.kind for a in BY_NAME[name].metadata.author} == {"person"}
