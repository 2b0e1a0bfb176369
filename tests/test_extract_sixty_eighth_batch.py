"""The sixty-eighth held-out extraction batch (``tests/fixtures/heldout/b68_*``; docs/benchmarks.md,
"Held-out extraction, sixty-eighth batch (ext68)"): publishers of Belgium, the Netherlands, Luxembourg,
Italian-speaking Switzerland, Austria, Greece, Iceland, Malta, Pakistan and Sri Lanka, in their current
templates and languages, page by page: twelve outlets the corpus did not hold. Each page is read as
``tests/test_heldout.py`` reads the corpus (its sidecar's URL and headers, the runner's "today"), and what a
careful reader concludes from it is asserted field by field, so that a miss names its page and its field; the
authors the pages name are asserted below. The batch: RTBF (Next.js, 'Publié le jeudi ... à 14h32', 'Par NAME
avec Belga'), VRT NWS ('Bijgewerkt donderdag 09.12': an update's weekday and a dotted clock), De Standaard
('Bijgewerkt om 15.20 uur'), NRC (the print edition of the next day), Luxemburger Wort (Arc XP in UTC before
Luxembourg's midnight), RSI ('Aggiornato alle 15.20'), Die Presse ('von NAME und NAME'), Naftemporiki
('Ενημερώθηκε: 16:05'), Vísir ('Uppfært 22. nóvember 2024', 'NAME skrifar'), MaltaToday ('Updated Thursday
15:20'), The Express Tribune (UTC before Pakistan's midnight) and Daily Mirror (Sri Lanka, 'By NAME' in the
body).
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

PAGES: list[Page] = load("b68_")
pytest_generate_tests = pages_of(PAGES)
BY_NAME = {p.name: p for p in PAGES}

#: The authors each page names (a byline, a link to the author's page, a JSON-LD ``Person``), in the page's
#: order; a desk's or a staff correspondent's credit names no one.
AUTHORS: dict[str, list[str]] = {
    # The journalist and the agency: JSON-LD lists both as authors (a Person, then the Organization
    # 'Belga'), as the byline does ('Par NAME avec Belga'); the project keeps an Organization beside a
    # Person, typed (tests/test_author_extract.py), so the page names both.
    "b68_fr_rtbf_publie_jeudi_a_h": ["Sophie Lambert", "Belga"],
    "b68_nl_vrtnws_bijgewerkt_weekday_dotted": ["Lisa Van Damme"],
    "b68_nl_standaard_bijgewerkt_om_uur_dotted": ["Pieter Verhoeven"],
    "b68_nl_nrc_krant_edition_next_day": ["Mark Kranenburg", "Esther Wijnands"],
    "b68_de_wort_arc_utc_before_midnight": ["Anne Heintz"],
    "b68_it_rsi_aggiornato_alle_dotted": ["Marco Bernasconi"],
    "b68_de_diepresse_von_und_aktualisiert": ["Anna Gabriel", "Thomas Prior"],
    "b68_el_naftemporiki_enimerothike_genitive": ["Μαρία Παπαδοπούλου"],
    # 'NAME skrifar': 'NAME writes'.
    "b68_is_visir_uppfaert_icelandic_month": ["Jón Þór Stefánsson"],
    "b68_en_maltatoday_updated_weekday_clock": ["Matthew Farrugia"],
    "b68_en_tribune_pk_utc_before_pkt_midnight": ["Shahbaz Rana"],
    "b68_en_dailymirror_lk_pm_byline_counts": ["Yohan Perera"],
}

#: The authors the extractor does not yet read, each with why.
_AUTHOR_LEFT: dict[str, str] = {}


def test_the_batch_is_twelve_pages() -> None:
    assert len(PAGES) == 12
    assert all(p.expected["published"] for p in PAGES)
    assert set(AUTHORS) == set(BY_NAME)


@pytest.mark.parametrize("name", author_cases(AUTHORS, _AUTHOR_LEFT))
def test_author(name: str) -> None:
    assert authors_of(BY_NAME[name]) == [norm(n) for n in AUTHORS[name]]
