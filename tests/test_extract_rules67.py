"""Rules added for the sixty-seventh held-out batch (docs/benchmarks.md, "Held-out extraction,
sixty-seventh batch (ext67)"), each on small strings, with what each must leave alone: a clock-only update
is not dated by the story's first line after it; "Published at : November 15, 2024" (English "at" and a spaced
colon) labels its date; an element classed "updated" whose text labels its date as the publication's is the
publication's; a framework state's story record is dated under any key naming its publication or update
("dateOfPublication"); a JSON-LD Organization that is the site's own desk yields to a byline; a staff credit
names no one; "Texto" labels a byline, "e" and "y" join its names; an author page's slug spelling the name in
its own script, percent-encoded, is the name's.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from linkcheck.models import Metadata
from tests.extract_batch import names, norm
from tests.extract_rules_harness import dates, page, story

NOV_14 = dt.date(2024, 11, 14)
NOV_15 = dt.date(2024, 11, 15)
NOV_16 = dt.date(2024, 11, 16)
NOV_21 = dt.date(2024, 11, 21)
_TEXT = "<p>The city council approved the budget on Thursday after a long debate in the hall.</p>"


# --- a clock-only update, then the story's first line holding a date ---
def _clock_then(line: str, after: str) -> Metadata:
    byline = f"<div class='meta'><div>21.11.2024 12:05</div><div>{line}</div></div>"
    return story("Der Bundesrat wirbt für den Ausbau", byline, f"<p>{after}</p>", lang="de")


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("Aktualisiert um 15:20 Uhr", "Am 24. November stimmt die Schweiz über den Ausbau ab."),
        ("Updated 15:20", "The vote on 24 November decides the motorway plan."),
        ("Aktualisiert 15:20", "Im Dezember 2024 beginnt die Debatte im Parlament erneut."),
    ],
)
def test_a_clock_only_update_is_not_dated_by_the_story_after_it(line: str, after: str) -> None:
    assert dates(_clock_then(line, after)) == (NOV_21, NOV_21)


@pytest.mark.parametrize(
    ("line", "modified"),
    [
        ("Updated 15:20, 24 November 2024", dt.date(2024, 11, 24)),  # the date in the clock's statement
        ("Aktualisiert um 15:20 Uhr am 24. November", None),  # yearless: not this reader's; not the 21st
        ("Updated 15:20 GMT, Sunday 24 November 2024", None),  # a zone, then the weekday: not the 21st
    ],
)
def test_guard_a_date_in_the_clocks_own_statement_is_the_updates(line: str, modified: dt.date | None) -> None:
    found = dates(_clock_then(line, "The council met in the hall."))[1]
    assert found != NOV_21
    if modified is not None:
        assert found == modified


# --- "Published at : November 15, 2024" in an element classed "updated" ---
_UTC_EVENING = '<meta property="article:published_time" content="2024-11-14T18:30:00Z">'


def _ktm(byline: str) -> Metadata:
    return story("Government to table bill to end deadlock", byline, _TEXT, head=_UTC_EVENING)


def test_a_publication_label_in_an_updated_classed_element_dates_the_page() -> None:
    found = _ktm(
        "<div class='updated-time'>Published at : November 15, 2024</div>"
        "<div class='updated-time'>Updated at : November 15, 2024 07:35</div>"
    )
    assert dates(found) == (NOV_15, NOV_15)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<div>Published at : November 15, 2024</div>", (NOV_15, None)),
        (
            "<div>Published at: November 15, 2024</div><div>Updated at : November 16, 2024 07:35</div>",
            (NOV_15, NOV_16),
        ),
    ],
)
def test_at_and_a_spaced_colon_label_a_date(line: str, expected: tuple[dt.date, dt.date | None]) -> None:
    assert dates(story("Government to table bill to end deadlock", line, _TEXT)) == expected


def test_guard_an_update_label_in_an_updated_classed_element_stays_the_updates() -> None:
    # the class and the label both say update: the UTC stamp's own day stays the publication's
    assert dates(_ktm("<div class='updated'>Updated: November 15, 2024</div>"))[0] == NOV_14


def test_guard_an_updated_classed_element_without_a_label_stays_dropped() -> None:
    assert dates(_ktm("<span class='updated'>November 15, 2024</span>"))[0] == NOV_14


# --- a framework state's story record dated under keys named by their words ---
_STATE_TITLE = "Brno zdraží jízdné v MHD"


def _next_page(record: dict[str, Any]) -> Metadata:
    state = {"props": {"pageProps": {"document": record}}, "page": "/clanek/[slug]"}
    return page(
        f'<div id="__next"><article><h1>{_STATE_TITLE}</h1>{_TEXT}</article></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>',
        title=_STATE_TITLE,
        lang="cs",
    )


@pytest.mark.parametrize(
    "keys",
    [
        ("dateOfPublication", "dateOfModification"),  # Seznam Zprávy's
        ("publicationDate", "lastModified"),
        ("date_of_publication", "last_updated_at"),
        ("publishedOn", "modificationTime"),
    ],
)
def test_a_state_records_dates_are_read_by_their_keys_words(keys: tuple[str, str]) -> None:
    record = {"title": _STATE_TITLE, keys[0]: "2024-11-14T13:35:00.000Z", keys[1]: "2024-11-15T15:40:00.000Z"}
    assert dates(_next_page(record)) == (NOV_14, NOV_15)


@pytest.mark.parametrize(
    "record",
    [
        {"title": _STATE_TITLE, "createdAt": "2024-11-14T13:35:00.000Z"},  # created: not published
        {"title": _STATE_TITLE, "unpublishAt": "2024-11-14T13:35:00Z", "publishedBy": "2024-11-14"},
        {"title": _STATE_TITLE, "publisher": "2024-11-14", "republishedAt": "2024-11-14T13:35:00Z"},
        # a comment inside the story, titled and dated by its own key: not the story's
        {"title": _STATE_TITLE, "topComment": {"title": "Souhlasím", "dateOfPublication": "2024-11-14"}},
        # a related story in a list: another page's
        {"title": _STATE_TITLE, "related": [{"title": "Praha", "dateOfPublication": "2024-11-14"}]},
    ],
)
def test_guard_state_keys_that_are_not_the_storys_date(record: dict[str, Any]) -> None:
    assert dates(_next_page(record)) == (None, None)


def test_a_fixed_key_still_wins_over_a_key_read_by_its_words() -> None:
    record = {
        "title": _STATE_TITLE,
        "dateOfPublication": "2024-11-16T10:00:00Z",
        "publishedAt": "2024-11-14T10:00Z",
    }
    assert dates(_next_page(record))[0] == NOV_14


# --- authors ---
def _credited(author: Any, byline: str, site: str = "Example") -> list[str | None]:
    node = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Parties step up canvass"}
    if author is not None:
        node["author"] = author
    head = (
        f'<meta property="og:site_name" content="{site}">'
        f'<script type="application/ld+json">{json.dumps(node)}</script>'
    )
    return names(story("Parties step up canvass", byline, _TEXT, head=head))


_LINKED = "<div class='byline'><a href='/news/author/paul-cunningham/'>Paul Cunningham</a></div>"


@pytest.mark.parametrize("desk", ["Example News", "EXAMPLE News Desk", "Example Digital"])
def test_the_sites_own_desk_as_json_ld_author_yields_to_the_byline(desk: str) -> None:
    assert _credited({"@type": "Organization", "name": desk}, _LINKED) == ["paul cunningham"]


@pytest.mark.parametrize(
    ("author", "byline", "expected"),
    [
        # the desk and no byline: the site's credit stays, as the site's own name does (ext60)
        ({"@type": "Organization", "name": "Example News"}, "", ["example news"]),
        # a person whose name opens with the site's: a person, kept
        ({"@type": "Person", "name": "Example Jones"}, _LINKED, ["example jones"]),
        # another organisation (a wire): kept over the byline
        ({"@type": "Organization", "name": "Reuters"}, _LINKED, ["reuters"]),
        # the site's name run into a longer word: no desk of the site's
        ({"@type": "Organization", "name": "Examples Inc"}, _LINKED, ["examples inc"]),
    ],
)
def test_guard_json_ld_authors_that_are_not_the_sites_desk(
    author: Any, byline: str, expected: list[str]
) -> None:
    assert _credited(author, byline) == expected


@pytest.mark.parametrize("credit", ["Staff Reporter", "নিজস্ব প্রতিবেদক", "নিজস্ব সংবাদদাতা", "STAFF WRITER"])
def test_a_staff_credit_names_no_one(credit: str) -> None:
    assert _credited({"@type": "Person", "name": credit}, "") == []


@pytest.mark.parametrize("credit", ["Jane Staff", "Reporter Jones", "শরিফুল হাসান"])
def test_guard_a_name_near_a_staff_credit_is_a_name(credit: str) -> None:
    assert _credited({"@type": "Person", "name": credit}, "") == [norm(credit)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Texto <a href='/perfil/asanlez/'>Ana Sanlez</a> e "
            "<a href='/perfil/jppincha/'>João Pedro Pincha</a>",
            ["ana sanlez", "joão pedro pincha"],
        ),
        ("Por Ana Gil y Juan Pérez", ["ana gil", "juan pérez"]),
        ("Di Marco Rossi e Giulia Bianchi", []),  # "Di" is no label this reader knows
    ],
)
def test_texto_labels_a_byline_and_e_y_join_names(line: str, expected: list[str]) -> None:
    assert (
        names(story("Governo aprova aumento do salário mínimo", f"<p>{line}</p>", _TEXT, lang="pt"))
        == expected
    )


@pytest.mark.parametrize(
    "line",
    [
        "Texto aprovado pelo parlamento na generalidade",  # a sentence opening with the word
        "Por Ana Gil en Madrid",  # "en" is "in", no joiner
    ],
)
def test_guard_texto_and_joiners(line: str) -> None:
    found = names(story("Governo aprova aumento do salário mínimo", f"<p>{line}</p>", _TEXT, lang="pt"))
    assert found in ([], ["ana gil en madrid"], ["ana gil"])
    assert "aprovado" not in " ".join(n or "" for n in found)


_ARMENIAN = "Անի Մովսիսյան"
_ARMENIAN_SLUG = "%D5%A1%D5%B6%D5%AB-%D5%B4%D5%B8%D5%BE%D5%BD%D5%AB%D5%BD%D5%B5%D5%A1%D5%B6"


def test_an_author_slug_in_the_names_own_script_names_the_author() -> None:
    link = (
        f"<div class='links'><a class='item-link' href='/author/{_ARMENIAN_SLUG}/ykqum'>{_ARMENIAN}</a></div>"
    )
    assert names(story("Կառավարությունը հավանություն տվեց", link, _TEXT, lang="hy")) == [norm(_ARMENIAN)]


def test_guard_an_author_slug_in_another_script_spelling_another_name() -> None:
    link = f"<div class='links'><a href='/author/{_ARMENIAN_SLUG}/ykqum'>Նարինե Ղալեչյան</a></div>"
    assert names(story("Կառավարությունը հավանություն տվեց", link, _TEXT, lang="hy")) == []
