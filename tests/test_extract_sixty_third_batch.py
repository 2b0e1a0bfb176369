"""The sixty-third held-out extraction batch (``tests/fixtures/heldout/b63_*``; docs/benchmarks.md,
"Sixty-third batch"): Russian-language and post-Soviet publishers in their current templates, page by page.
Each page is read as ``tests/test_heldout.py`` reads the corpus (its sidecar's URL and headers, the
runner's "today"), and what a careful reader concludes from it is asserted field by field, so that a miss
names its page and its field; the authors the pages name are asserted below. The batch: Interfax's '09
января 2020 02:10 МСК' (the Moscow day after the UTC one), Kommersant's '07.03.2023, 23:45 мск' beside the
next day's print issue, Meduza's '22:50 (мск), 7 марта 2023', Vedomosti's 'Опубликовано 7 марта 2023 г.,
14:35', Fontanka's 'вчера в 09:10' and Zakon.kz's '2 часа назад' (relative stamps, read only against the
day the page was served: the response's Date header), The Insider's JSON-LD headline cut with '...' beside
the whole h1, BelTA's JSON-LD dateModified two weeks before its datePublished, RFE/RL's Uzbek page with a
Cyrillic h1 and its Latin twin and its Serbian page with a Latin h1 and a Cyrillic one, Radio Azattyk's AMP
copy dated by an <amp-timeago>, and Sputnik Moldova's '14:35 09.01.2020 (обновлено: 09:20 10.01.2020)'.
The rules written for them are tested on strings in ``tests/test_extract_rules63.py``.
"""

from __future__ import annotations

import pytest

from linkcheck.match import match_citation
from linkcheck.models import Citation, PartialDate
from tests.corpus import Page
from tests.extract_batch import (  # noqa: F401 (the batch's tests, collected here)
    CONFIG,
    MISMATCHES,
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

PAGES: list[Page] = load("b63_")
pytest_generate_tests = pages_of(PAGES)
BY_NAME = {p.name: p for p in PAGES}

#: The authors each page names (a byline, a link to the author's page, a JSON-LD ``Person``).
AUTHORS = {
    "b63_ru_vedomosti_god_comma_time": ["Елена Соколова"],
    "b63_ru_kommersant_msk_lower_print_issue": ["Наталья Скорлыгина"],
    "b63_ru_fontanka_relative_yesterday": ["Мария Лебедева"],
    "b63_kz_zakon_hours_ago_only": ["Айгерим Нурланова"],
    "b63_ru_theinsider_jsonld_headline_dots": ["Сергей Ежов"],
    "b63_uz_ozodlik_cyrillic_latin_headlines": ["Дилноза Азизова"],
    "b63_sr_slobodnaevropa_two_script_h1": ["Milica Jovanović"],
    "b63_ky_azattyk_amp_timeago": ["Айпери Токтосунова"],
    "b63_ru_sputnik_md_updated_next_day": ["Ольга Чобану"],
}


def test_the_batch_is_twelve_pages() -> None:
    assert len(PAGES) == 12
    assert all(p.expected["published"] for p in PAGES)
    assert set(AUTHORS) <= set(BY_NAME)


#: The authors the extractor does not yet read, each with why.
_AUTHOR_LEFT: dict[str, str] = {}


@pytest.mark.parametrize("name", author_cases(AUTHORS, _AUTHOR_LEFT))
def test_author(name: str) -> None:
    found = authors_of(BY_NAME[name])
    assert found == [norm(n) for n in AUTHORS[name]]


#: A headline's other script on the page (the twin the page prints): a citation giving it names the story.
TWINS = {
    "b63_uz_ozodlik_cyrillic_latin_headlines": "Toshkentda elektr taʼminoti uzilishlari davom etmoqda",
    "b63_sr_slobodnaevropa_two_script_h1": "Влада Србије усвојила нацрт закона о заштити података",
}


@pytest.mark.parametrize("name", sorted(TWINS))
def test_the_headline_in_its_other_script_passes(name: str) -> None:
    page = BY_NAME[name]
    url = page.expected["url"]
    citation = Citation(url=url, title=TWINS[name], date=PartialDate.parse(page.expected["published"]))
    findings = match_citation(citation, page.metadata, final_url=url, config=CONFIG)
    assert [f for f in findings if f.kind in MISMATCHES] == []


def test_a_json_ld_person_is_a_person() -> None:
    assert [a.kind for a in BY_NAME["b63_ru_theinsider_jsonld_headline_dots"].metadata.author] == ["person"]
