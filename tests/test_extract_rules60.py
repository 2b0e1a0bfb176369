"""The rules the sixtieth held-out batch (ext60, ``tests/fixtures/heldout/b60_*``) needed, on strings: who a
page says wrote it (``Metadata.author``) where its byline is labelled otherwise than "By" ("Por",
"Redactado por", "Reporter:", "WRITER:"), runs on into its date after a bar ("By X | 7 March 2023"),
credits the site beside the writer ("X, Emol.com"), or where the JSON-LD names only the site itself as the
author and a dateline credits the reporter ("Бишкек - 24.kg, Ольга Петренко."). The tests marked as guards
pin what the rules leave alone; the others fail on base56's ``src``."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from linkcheck.extract import extract_metadata

TODAY = dt.date(2024, 11, 30)
URL = "https://news.example.org/politics/the-council-approves-the-budget"
HEADLINE = "The council approves the budget"
TEXT = "<p>The city council approved next year's budget on Tuesday after a debate of four hours.</p>" * 2


def _page(byline: str, *, head: str = "", ld: Any = None, body: str = TEXT, lang: str = "en") -> str:
    script = ""
    if ld is not None:
        script = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{HEADLINE} | City News'
        f'</title><meta property="og:site_name" content="City News">{head}{script}</head><body>'
        f"<h1>{HEADLINE}</h1>{byline}{body}</body></html>"
    )


def _names(html: str) -> list[str]:
    return [a.name for a in extract_metadata(html, URL, today=TODAY).author]


# --- a byline's separator ----------------------------------------------------------------------------------


def test_byline_name_ends_at_a_bar_before_its_date() -> None:
    assert _names(_page('<p class="meta">By Mahlet Fasil | 7 March 2023, 10:15 am</p>')) == ["Mahlet Fasil"]


def test_byline_name_ends_at_a_middle_dot_before_the_reading_time() -> None:
    html = _page('<div class="byline">By Jane Doe and John Roe · 4 min read</div>')
    assert _names(html) == ["Jane Doe", "John Roe"]


def test_guard_a_bar_does_not_make_a_sentence_a_name() -> None:
    html = _page('<p class="meta">By the end of the year | the council said</p>')
    assert _names(html) == []


# --- other labels ------------------------------------------------------------------------------------------


def test_spanish_por_label() -> None:
    html = _page(
        '<div class="byline"><span>Por <a href="/autor/am">Arturo Méndez</a></span></div>', lang="es"
    )
    assert _names(html) == ["Arturo Méndez"]


def test_por_opening_a_sentence_is_passed_over_for_the_byline_after_it() -> None:
    byline = (
        '<p class="excerpt">Por mayoría de ocho votos, el pleno aprobó la reforma.</p>'
        '<div class="byline"><span>Por <a href="/autor/am">Arturo Méndez</a></span></div>'
    )
    assert _names(_page(byline, lang="es")) == ["Arturo Méndez"]


def test_redactado_por_after_a_bar_with_the_sites_host_dropped() -> None:
    line = (
        '<div class="info">Martes 07 de Marzo de 2023 | 10:15 | Redactado por Felipe Soto Vergara, Emol.com'
        "</div>"
    )
    assert _names(_page(line, lang="es")) == ["Felipe Soto Vergara"]


def test_reporter_label_not_the_editor() -> None:
    byline = (
        '<p class="reporter">Reporter: <a href="/penulis/dr">Dewi Rahmawati</a></p>'
        '<p class="editor">Editor: <a href="/penulis/as">Agus Santoso</a></p>'
    )
    assert _names(_page(byline, lang="id")) == ["Dewi Rahmawati"]


def test_writer_label_in_capitals() -> None:
    byline = (
        "<div><p>PUBLISHED : 7 Mar 2023 at 10:15</p><p>NEWSPAPER SECTION: News</p>"
        '<p>WRITER: <a href="/profile/sr">Somchai Rattanakul</a></p></div>'
    )
    assert _names(_page(byline)) == ["Somchai Rattanakul"]


def test_guard_an_editor_label_alone_names_no_writer() -> None:
    assert _names(_page('<p class="editor">Editor: <a href="/e/as">Agus Santoso</a></p>')) == []


# --- the site as its own JSON-LD author --------------------------------------------------------------------

_ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": HEADLINE,
    "datePublished": "2023-03-07T10:15:00+06:00",
    "publisher": {"@type": "Organization", "name": "City News"},
}
_DATELINE = (
    "<p><strong>Bishkek - City News, Olga Petrenko.</strong> The city council approved the budget.</p>"
)


def test_dateline_reporter_wins_over_the_site_as_jsonld_author() -> None:
    ld = {**_ARTICLE, "author": {"@type": "Organization", "name": "City News"}}
    assert _names(_page(_DATELINE, ld=ld)) == ["Olga Petrenko"]


def test_dateline_reporter_in_russian_with_no_jsonld() -> None:
    line = "<p><strong>Бишкек - City News, Ольга Петренко.</strong> Мэрия начала ремонт проспекта.</p>"
    assert _names(_page(line, lang="ru")) == ["Ольга Петренко"]


def test_a_byline_wins_over_the_site_as_jsonld_author() -> None:
    ld = {**_ARTICLE, "author": {"@type": "Organization", "name": "City News"}}
    assert _names(_page('<p class="byline">By Jane Doe</p>', ld=ld)) == ["Jane Doe"]


def test_guard_the_site_as_jsonld_author_stays_when_no_byline_names_anyone() -> None:
    ld = {**_ARTICLE, "author": {"@type": "Organization", "name": "City News"}}
    assert _names(_page("", ld=ld)) == ["City News"]


def test_guard_a_wire_as_jsonld_author_is_not_displaced_by_a_byline() -> None:
    ld = {**_ARTICLE, "author": {"@type": "Organization", "name": "Reuters"}}
    assert _names(_page('<p class="byline">By Jane Doe</p>', ld=ld)) == ["Reuters"]


def test_guard_a_dateline_crediting_another_outlet_names_no_reporter() -> None:
    line = "<p><strong>Bishkek - Other Agency, Olga Petrenko.</strong> The city council approved it.</p>"
    assert _names(_page(line)) == []
