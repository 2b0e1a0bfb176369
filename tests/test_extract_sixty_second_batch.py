"""The sixty-second held-out extraction batch (``tests/fixtures/heldout/b62_*``; docs/benchmarks.md,
"Sixty-second batch"): Oceanian, Caucasian, East Asian, Canadian, Central European, Ukrainian and francophone
African publishers, page by page. Each page is read as ``tests/test_heldout.py`` reads the corpus (its
sidecar's URL and headers, the runner's "today"), and what a careful reader concludes from it is asserted
field by field, so that a miss names its page and its field; the authors the pages name are asserted below.
The batch: Stuff's Next.js page whose headline and dates are only in ``__NEXT_DATA__``, 1News's Nuxt 2 state
whose dates are arguments of its serialised function, the Fiji Times' ``article:published_time`` without an
offset, OC Media's RDFa ``schema:datePublished`` with a prefix, the Mainichi's update written as month/day
only ('最終更新 3/17 09:05'), the Executive Yuan's Minguo dates ('110-03-16') beside a Dublin Core
``DC.date.issued``, the SCMP's clock before its date ('2:35pm, 16 Mar, 2021'), CBC's 'Posted: ... ET | Last
Updated: ...', La Presse's '14 h 35', Denník N's Slovak genitive month, Ukrainska Pravda's microdata
``<meta itemprop>`` in the body, and Seneweb's JSON-LD after a 100 KB inline script at the body's end. The
rules written for them are tested on strings in ``tests/test_extract_rules62.py``.
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

PAGES: list[Page] = load("b62_")
pytest_generate_tests = pages_of(PAGES)
BY_NAME = {p.name: p for p in PAGES}

#: The authors each page names (a byline, an ``author`` meta, a JSON-LD, microdata or RDFa ``Person``, a
#: framework's state, a reporter's credit).
AUTHORS = {
    "b62_en_stuff_next_data_only": ["Kirsty Lawrence"],
    "b62_en_1news_nuxt_iife_arguments": ["Laura Tupou"],
    "b62_en_fijitimes_published_time_no_offset": ["Repeka Nasiko"],
    "b62_en_ocmedia_rdfa_schema_prefix": ["Mariam Nikuradze"],
    "b62_ja_mainichi_update_without_year": ["佐藤悠希"],
    "b62_en_scmp_clock_before_date": ["Wynn Chau"],
    "b62_en_cbc_posted_et_last_updated": ["Ian Froese"],
    "b62_fr_lapresse_spaced_h_clock": ["Isabelle Ducas"],
    "b62_sk_dennikn_genitive_month_no_meta": ["Monika Tódová"],
    "b62_uk_pravda_microdata_meta_in_body": ["Марія Кравченко"],
    "b62_fr_seneweb_jsonld_after_big_script": ["Aminata Diop"],
}


def test_the_batch_is_twelve_pages() -> None:
    assert len(PAGES) == 12
    assert all(p.expected["published"] for p in PAGES)
    assert set(AUTHORS) <= set(BY_NAME)


#: The authors the extractor does not yet read, each with why. Stuff's (only in ``__NEXT_DATA__``) and La
#: Presse's (a bare ``<span class="name">``) are read since ext64 (``authors.state_authors``,
#: ``authors._name_classed``).
_AUTHOR_LEFT: dict[str, str] = {}


@pytest.mark.parametrize("name", author_cases(AUTHORS, _AUTHOR_LEFT))
def test_author(name: str) -> None:
    found = authors_of(BY_NAME[name])
    assert found == [norm(n) for n in AUTHORS[name]]


@pytest.mark.parametrize(
    "name",
    [
        "b62_en_ocmedia_rdfa_schema_prefix",
        "b62_uk_pravda_microdata_meta_in_body",
        "b62_fr_seneweb_jsonld_after_big_script",
    ],
)
def test_a_schema_org_person_is_a_person(name: str) -> None:
    assert [a.kind for a in BY_NAME[name].metadata.author] == ["person"]
