"""Rules added after the sixteenth seed probe (``tests/test_seed_probe16.py``), each on small inputs with what
it must leave alone.

1. A title in another script than the cited one (the doubt "a translation?") names the language the page
   declares (``<html lang>``, ``og:locale``, JSON-LD ``inLanguage``) when the page's title is written in
   that language's script: TASS's Russian address serving its English edition read only "it is in another
   script", and the editor had to guess that the page was the English edition.
"""

from __future__ import annotations

import pytest

from linkcheck import Citation, Config, extract_metadata, match_citation
from linkcheck.models import Finding, PartialDate

URL = "https://tass.example/politika/7487995"
RU_TITLE = "Жириновский призвал Иран купить российские С-400"
EN_TITLE = "Zhirinovsky urges Iran to buy Russian S-400 and S-500 air defense systems"


def _page(
    title: str, head: str = "", lang: str | None = "en", date: str = "2020-01-09T12:05:00+03:00"
) -> str:
    attr = f' lang="{lang}"' if lang is not None else ""
    return (
        f'<!doctype html><html{attr}><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="TASS">'
        f'<meta property="article:published_time" content="{date}">{head}</head>'
        f"<body><article><h1>{title}</h1><p>MOSCOW, January 9. The party leader urged Iran to buy the"
        " systems.</p></article></body></html>"
    )


def _title_finding(html: str, cited: str, date: str | None = "2020-01-09") -> Finding:
    metadata = extract_metadata(html, URL)
    citation = Citation(URL, title=cited, date=PartialDate.parse(date) if date else None)
    findings = [
        f
        for f in match_citation(citation, metadata, final_url=URL, config=Config())
        if f.kind.value == "title_mismatch"
    ]
    assert findings, "no title_mismatch"
    return findings[0]


@pytest.mark.parametrize(
    ("lang", "name"),
    [("en", "English"), ("en-US", "English"), ("en_GB", "English"), ("EN", "English"), ("fr", "French")],
)
def test_a_translation_doubt_names_the_pages_declared_language(lang: str, name: str) -> None:
    finding = _title_finding(_page(EN_TITLE, lang=lang), RU_TITLE)
    assert f"the page is in {name}" in finding.message, finding.message
    assert "a translation?" in finding.message, finding.message


def test_the_language_declared_by_og_locale_alone_is_named() -> None:
    finding = _title_finding(
        _page(EN_TITLE, lang=None, head='<meta property="og:locale" content="en_US">'), RU_TITLE
    )
    assert "the page is in English" in finding.message, finding.message


def test_an_undated_doubt_names_the_language_too() -> None:
    # No cited day confirms the translation: the failing doubt still says which language the page is in.
    finding = _title_finding(_page(EN_TITLE), RU_TITLE, date=None)
    assert "the page is in English" in finding.message, finding.message
    assert "no cited day on the page confirms it" in finding.message, finding.message


def test_a_russian_page_cited_by_an_english_title_names_russian() -> None:
    finding = _title_finding(_page(RU_TITLE, lang="ru"), EN_TITLE)
    assert "the page is in Russian" in finding.message, finding.message


# --- left alone ------------------------------------------------------------------------------------------


def test_a_declared_language_its_title_contradicts_is_not_repeated() -> None:
    # An English template's lang on a page whose title is Cyrillic: the declaration is not the page's.
    finding = _title_finding(_page(RU_TITLE, lang="en"), EN_TITLE)
    assert "the page is in" not in finding.message, finding.message
    assert "another script" in finding.message, finding.message


def test_a_page_declaring_no_language_or_an_unknown_one_is_told_as_before() -> None:
    for lang in (None, "xx", ""):
        finding = _title_finding(_page(EN_TITLE, lang=lang), RU_TITLE)
        assert "the page is in" not in finding.message, (lang, finding.message)
        assert (
            "it is in another script, and the page's date is the cited day: a translation?" in finding.message
        )


def test_a_title_in_the_same_script_gets_no_language() -> None:
    finding = _title_finding(_page(EN_TITLE), "Iraq resumes talks with Russia on S-300 purchase")
    assert "the page is in" not in finding.message, finding.message
