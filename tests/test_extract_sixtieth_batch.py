"""The sixtieth held-out extraction batch (``tests/fixtures/heldout/b60_*``; docs/benchmarks.md, "Held-out
extraction, sixtieth batch"): the press of the regions the corpus had least of (Africa, South-East Asia,
Latin America, Central Asia and the Caucasus), page by page. Each page is read as ``tests/test_heldout.py``
reads the corpus (its sidecar's URL and headers, the runner's "today"), and what a careful reader concludes
from it is asserted field by field, so that a miss names its page and its field. The batch: Addis Standard
with the author and the date only in a byline ('By Mahlet Fasil | 7 March 2023, 10:15 am'), JAMnews with its
date in a ``<time>`` without ``datetime``, Daily Maverick whose JSON-LD headline is cut at 110 characters,
Dân trí in Vietnamese ('Thứ ba, 7/3/2023 - 10:15'), Tempo in Indonesian ('Selasa, 7 Maret 2023 10:15 WIB',
a reporter and an editor), O País of Mozambique ('07/03/2023 10h15', a motto in the <title>), Animal Político
('7 de marzo, 2023'), Emol ('Martes 07 de Marzo de 2023 | 10:15 | Redactado por ...'), 24.kg (the site as
its JSON-LD author, the reporter in the dateline), the Bangkok Post ('PUBLISHED : 7 Mar 2023 at 10:15',
'WRITER:'), CNA ('07 Mar 2023 10:15AM', an update in brackets) and Premium Times (a UTC stamp the evening
before the paper's own day). The sidecars have no author field, so the authors are asserted here
(:data:`AUTHORS`). The rules written for the batch are tested on strings in
``tests/test_extract_rules60.py``.
"""

from __future__ import annotations

from tests.corpus import Page
from tests.extract_batch import (  # noqa: F401 (the batch's tests, collected here)
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

PAGES: list[Page] = load("b60_")
pytest_generate_tests = pages_of(PAGES)

#: Who each page says wrote it, as a careful reader names them: the writer a byline, a label ("WRITER:",
#: "Reporter:"), a dateline's credit or the head names; never the site itself, nor an editor. An empty
#: tuple where the page names no one.
AUTHORS: dict[str, tuple[str, ...]] = {
    "b60_en_addisstandard_byline_pipe_date": ("Mahlet Fasil",),
    "b60_en_bangkokpost_published_label_at": ("Somchai Rattanakul",),
    "b60_en_cna_ampm_glued_updated": ("Ng Wei Ling",),
    "b60_en_dailymaverick_jsonld_headline_cut_110": ("Sipho Mthembu",),
    "b60_en_jamnews_time_without_datetime": ("Nino Gegelia",),
    "b60_en_premiumtimes_yoast_utc_local_next_day": ("Chinedu Okafor",),
    "b60_es_animalpolitico_month_comma_year": ("Arturo Méndez",),
    "b60_es_emol_weekday_capital_month_pipes": ("Felipe Soto Vergara",),
    "b60_id_tempo_weekday_maret_wib": ("Dewi Rahmawati",),
    "b60_pt_opais_mz_day_first_h_clock": (),
    "b60_ru_24kg_dateline_credit_author": ("Ольга Петренко",),
    "b60_vi_dantri_weekday_unpadded_dash_clock": ("Hoài Thu",),
}


def test_author(page: Page) -> None:
    found = tuple(norm(a.name) for a in page.metadata.author)
    assert found == tuple(norm(name) for name in AUTHORS[page.name])


def test_the_batch_is_twelve_pages() -> None:
    assert len(PAGES) == 12
    assert sorted(p.name for p in PAGES) == sorted(AUTHORS)
    assert all(p.expected["published"] for p in PAGES)
