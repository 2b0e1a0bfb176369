"""Rules added for the sixty-sixth held-out batch (docs/benchmarks.md, "Held-out extraction, sixty-sixth
batch (ext66)"), each on small strings, with what each must leave alone: a numeric date with a space after
each dot ("7. 11. 2024", Czech, Slovak, Slovene and Croatian typography); an element classed "updated" whose
``datetime`` is the head's publication instant is the publication's (tagDiv's WordPress theme); a clock-only
update under any label the shared stem reader knows (Estonian "Uuendatud 15:20", Croatian "Ažurirano u
15:20", Arabic "آخر تحديث: 15:20", ...), not only under the main pattern's and Bulgarian's; a wire's acronym
beside a writer's name in a labelled byline ("Autor: Martin Kováč, TASR") is no writer; an element classed
as the author's in the page's language ("field--name-field-auteur", "autor") names its writer.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from linkcheck.extract.core import _without_marked_updates
from linkcheck.models import Metadata
from tests.extract_batch import names
from tests.extract_rules_harness import dates, days, story

NOV_7 = dt.date(2024, 11, 7)
NOV_21 = dt.date(2024, 11, 21)
OCT_16 = dt.date(2024, 10, 16)
OCT_17 = dt.date(2024, 10, 17)
_TEXT = "<p>The city council approved the budget on Thursday after a long debate in the hall.</p>"


# --- "7. 11. 2024": a space after each dot ---
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("7. 11. 2024 14:35", NOV_7),
        ("Aktualizované 26. 9. 2024 18:02", dt.date(2024, 9, 26)),
        ("10.\u00a03.\u00a02022", dt.date(2022, 3, 10)),  # no-break spaces, as Czech typesetting wants
        ("vydáno 1. 2. 2024", dt.date(2024, 2, 1)),  # day first, always, as with the dots alone
    ],
)
def test_a_numeric_date_with_a_space_after_each_dot_is_read(text: str, day: dt.date) -> None:
    assert days(text) == [day]


@pytest.mark.parametrize(
    "text",
    [
        "7. 11.2024",  # a space after one dot only: no date written so
        "7.\u00a011. 2024",  # two kinds of space
        "v listopadu 11. 2024",  # a month and a year
        "Kapitola 7. 11. 20245",  # no year
        "7 / 11 / 2024",  # spaces around slashes: not the dotted typography
    ],
)
def test_guard_what_is_no_spaced_numeric_date(text: str) -> None:
    assert days(text) == []


def test_a_byline_with_a_spaced_date_dates_the_page() -> None:
    found = story(
        "Vláda schválila konsolidačný balík",
        "<div class='info'><span>Autor: Martin Kováč</span><span>26. 9. 2024 14:35</span>"
        "<span>Aktualizované 26. 9. 2024 18:02</span></div>",
        "<p>Kabinet na mimoriadnom rokovaní schválil balík opatrení na zníženie deficitu.</p>",
        lang="sk",
    )
    assert dates(found) == (dt.date(2024, 9, 26), dt.date(2024, 9, 26))


# --- an element classed "updated" that carries the publication's instant ---
_HEADLINE = "Phnom Penh-Bavet expressway to break ground next year"


def _head(published: str, modified: str) -> str:
    node = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": _HEADLINE,
        "datePublished": published,
        "dateModified": modified,
    }
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


def _tagdiv(time_attrs: str) -> Metadata:
    byline = (
        "<div class='td-module-meta-info'><div class='td-post-author-name'>By Chea Vannak</div>"
        f"<span class='td-post-date'><time {time_attrs}>October 17, 2024</time></span></div>"
    )
    head = _head("2024-10-16T23:50:41+00:00", "2024-10-17T08:12:09+00:00")
    return story(_HEADLINE, byline, _TEXT, head=head)


@pytest.mark.parametrize(
    "attrs",
    [
        'class="entry-date updated td-module-date" datetime="2024-10-16T23:50:41+00:00"',
        'class="updated" datetime="2024-10-16T23:50:41Z"',  # the same instant, written with a "Z"
        'class="updated" datetime="2024-10-17T06:50:41+07:00"',  # and in the page's own zone
    ],
)
def test_an_updated_classed_date_carrying_the_publication_is_the_publications(attrs: str) -> None:
    assert dates(_tagdiv(attrs)) == (OCT_17, OCT_17)


@pytest.mark.parametrize(
    "attrs",
    [
        # the update's instant: what the element prints is the update's day, not the publication's
        'class="entry-date updated td-module-date" datetime="2024-10-17T08:12:09+00:00"',
        'class="updated"',  # no instant at all: the class alone says update
        'class="updated" datetime="2024-10-16"',  # a day, no instant: nothing to compare
    ],
)
def test_guard_an_updated_classed_date_of_another_instant_stays_the_updates(attrs: str) -> None:
    assert dates(_tagdiv(attrs))[0] == OCT_16


def test_without_marked_updates_keeps_only_the_publications_instant() -> None:
    published = dt.datetime(2024, 10, 16, 23, 50, 41, tzinfo=dt.timezone.utc)
    marked = (
        '<time class="updated" datetime="2024-10-16T23:50:41+00:00">October 17, 2024</time>'
        '<time class="updated" datetime="2024-10-18T08:00:00+00:00">October 18, 2024</time>'
    )
    kept = _without_marked_updates(marked, published)
    assert "October 17" in kept
    assert "October 18" not in kept
    assert "October 17" not in _without_marked_updates(marked)  # no instant given: as before


# --- a clock-only update under every label the shared stem reader knows ---
def _clock_update(label: str, lang: str) -> Metadata:
    byline = f"<div class='meta'><div>21.11.2024 12:05</div><div>{label}</div></div>"
    return story("Tallinna trammiliin jääb aprillini suletuks", byline, _TEXT, lang=lang)


@pytest.mark.parametrize(
    ("label", "lang"),
    [
        ("Uuendatud 15:20", "et"),
        ("uuendatud kell 15:20", "et"),
        ("Atnaujinta 15:20", "lt"),
        ("Atjaunināts 15:20", "lv"),
        ("Atjaunots plkst. 15:20", "lv"),  # "plkst.", "o'clock": a five-letter abbreviation
        ("Ažurirano u 15:20", "hr"),
        ("Ажурирано у 15:20", "sr"),
        ("Posodobljeno ob 15:20", "sl"),
        ("Dikemas kini 15:20", "ms"),  # the label's second word before the clock
        ("Yangilandi 15:20", "uz"),
        ("Diweddarwyd 15:20", "cy"),
        ("Actualitzat a les 15:20", "ca"),
        ("آخر تحديث: 15:20", "ar"),
        ("Абноўлена ў 15:20", "be"),
        ("Aġġornat 15:20", "mt"),
        ("Opgedateer 15:20", "af"),
        ("Imesasishwa 15:20", "sw"),
    ],
)
def test_a_clock_only_update_under_a_more_stems_label_is_that_days(label: str, lang: str) -> None:
    assert dates(_clock_update(label, lang)) == (NOV_21, NOV_21)


@pytest.mark.parametrize(
    ("label", "lang"),
    [
        ("Uuendatud 09:10", "et"),  # before the publication's clock: another day's
        ("Ažurirano u 09:10", "hr"),
        ("Atnaujinimas 15:20", "lt"),  # "renovation": the stem, not the label
        ("Posodobljeno ob 15:20, 22. 11. 2024", "sl"),  # a date after the clock: the date's
    ],
)
def test_guard_what_is_no_clock_only_update_that_day(label: str, lang: str) -> None:
    assert dates(_clock_update(label, lang))[1] != NOV_21


def test_the_bulgarian_last_change_still_reads_through_the_shared_reader() -> None:
    found = _clock_update("Последна промяна в 17:40", "bg")
    assert dates(found) == (NOV_21, NOV_21)


# --- a wire's acronym beside a writer's name in a labelled byline ---
def _byline(line: str, lang: str = "sk") -> list[str | None]:
    return names(story("Vláda schválila konsolidačný balík", f"<p class='meta'>{line}</p>", _TEXT, lang=lang))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Autor: Martin Kováč, TASR", ["martin kováč"]),
        ("Autor: Jana Nováková, ČTK", ["jana nováková"]),
        ("By Jane Doe, AFP", ["jane doe"]),
        ("By Jane Doe and John Roe, AP", ["jane doe", "john roe"]),
    ],
)
def test_a_wires_acronym_beside_a_writer_is_no_writer(line: str, expected: list[str]) -> None:
    assert _byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Autor: TASR", ["tasr"]),  # the wire alone is the credit
        ("By Jane Doe, John Roe", ["jane doe", "john roe"]),
        ("By Jane Doe, Reuters", ["jane doe", "reuters"]),  # not an acronym: as before
    ],
)
def test_guard_a_byline_without_a_wires_acronym_beside_a_writer(line: str, expected: list[str]) -> None:
    assert _byline(line) == expected


# --- an element classed as the author's in the page's language ---
def _classed(markup: str, lang: str = "fr") -> list[str | None]:
    found = story(
        "Le métro léger prolongé jusqu'à Côte-d'Or", f"<div class='meta'>{markup}</div>", _TEXT, lang=lang
    )
    return names(found)


@pytest.mark.parametrize(
    ("markup", "lang", "expected"),
    [
        (
            '<div class="field field--name-field-auteur field__item">Nadia Ramdin</div>',
            "fr",
            ["nadia ramdin"],
        ),
        ('<span class="autor">Jan Novák</span>', "cs", ["jan novák"]),
        ('<div class="articolo-autore">Marco Rossi</div>', "it", ["marco rossi"]),
        ('<p class="autor-nombre">Ana Gil Pérez</p>', "es", ["ana gil pérez"]),
    ],
)
def test_an_author_classed_element_in_the_pages_language_names_its_writer(
    markup: str, lang: str, expected: list[str]
) -> None:
    assert _classed(markup, lang) == expected


@pytest.mark.parametrize(
    "markup",
    [
        '<span class="autor">Redakce</span>',  # one word: a desk, a wire
        '<span class="autor">Foto: Jan Novák</span>',  # a label's text
        '<div class="autorizace">Jan Novák</div>',  # another word
        '<div class="tutorial-step">Jan Novák</div>',
    ],
)
def test_guard_what_no_local_author_class_names(markup: str) -> None:
    assert _classed(markup, "cs") == []
