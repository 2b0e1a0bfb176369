"""Rules added for the seventieth held-out batch (docs/benchmarks.md, "Held-out extraction, seventieth batch
(ext70)"), each on small strings, with what each must leave alone: an update label's relative day
("Zuletzt aktualisiert heute 15:20") counted back from the day the page was served, within the page's own
dates; the byline above the headline asked for a dated update when the text after it labels only an undated
one; an author page's slug with the name's words run together ("/author/szabodaniel"); a desk's credit
("Redacción Economía") names no one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract.authors import _slug_names, without_staff_credits
from linkcheck.models import Author, Metadata
from tests.extract_batch import names
from tests.extract_rules_harness import dates, page, story

NOV_21 = dt.date(2024, 11, 21)
NOV_22 = dt.date(2024, 11, 22)
NOV_29 = dt.date(2024, 11, 29)
NOV_30 = dt.date(2024, 11, 30)
_SERVED = {"Date": "Sat, 30 Nov 2024 15:48:00 GMT"}
_TEXT = "<p>Der Gemeinderat hat das Budget nach einer langen Debatte im Rathaus beschlossen.</p>"


# --- an update's relative day, counted from the serving day ---
def _updated(label: str, published: str = "2024-11-29T18:30:00+01:00", **kw: object) -> Metadata:
    head = f'<meta property="article:published_time" content="{published}">'
    day, clock = published[8:10].lstrip("0"), published[11:16]
    byline = f'<div class="meta"><span>{day}. November 2024, {clock}</span> <span>{label}</span></div>'
    return story("Grazer Gemeinderat beschließt Budget", byline, _TEXT * 2, head=head, lang="de", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("label", "lang_day"),
    [
        ("Zuletzt aktualisiert heute 15:20", NOV_30),
        ("Aktualisiert heute, 15:20", NOV_30),
        ("Zuletzt aktualisiert gestern 20:10", NOV_29),
        ("Updated today at 15:20", NOV_30),
    ],
)
def test_an_updates_relative_day_counts_from_the_serving_day(label: str, lang_day: dt.date) -> None:
    assert dates(_updated(label, headers=_SERVED)) == (NOV_29, lang_day)


def test_guard_an_updates_relative_day_without_a_date_header_is_not_read() -> None:
    # no response states the serving day: a saved copy's "heute" is its saving day (ext68's guard)
    assert dates(_updated("Zuletzt aktualisiert heute 15:20")) == (NOV_29, None)


def test_guard_an_updates_relative_day_against_a_stale_date_header_is_not_read() -> None:
    # a cached copy's Date header, a week before the fetch: not the serving day (_served_at)
    stale = {"Date": "Sat, 23 Nov 2024 15:48:00 GMT"}
    assert dates(_updated("Zuletzt aktualisiert heute 15:20", headers=stale)) == (NOV_29, None)


def test_guard_a_relative_update_before_the_publication_is_not_read() -> None:
    # served on the 30th, 'gestern' is the 29th: before a publication of the 30th, no update
    meta = _updated(
        "Zuletzt aktualisiert gestern 09:10", published="2024-11-30T08:00:00+01:00", headers=_SERVED
    )
    assert dates(meta) == (NOV_30, None)


def test_guard_a_relative_update_of_the_publication_day_before_its_clock_is_not_read() -> None:
    # 'heute 07:10' on the day published at 08:00: no update after the publication
    meta = _updated(
        "Zuletzt aktualisiert heute 07:10", published="2024-11-30T08:00:00+01:00", headers=_SERVED
    )
    assert dates(meta) == (NOV_30, None)


def test_guard_a_relative_word_outside_an_update_label_is_not_an_update() -> None:
    assert dates(_updated("Heute 15:20 Uhr: Sitzung im Rathaus", headers=_SERVED)) == (NOV_29, None)


# --- the byline above the headline, when the text after it labels only an undated update ---
_ABOVE = (
    '<main><article><div class="article-meta"><a href="/author/szabodaniel">Szabó Dániel</a>'
    '<time datetime="2024-11-21T13:32:00.000Z">2024. november 21. 14:32</time>'
    '<span class="updated">frissítve: 2024. november 22. 08:15</span></div>'
    "<h1>Bezár a miskolci kórház szülészete</h1>"
)
_HEAD = '<meta property="article:published_time" content="2024-11-21T13:32:00.000Z">'
_HU = "<p>A kórház szóvivője megerősítette a hírt a lapnak, és a részleteket is elmondta.</p>"


def _hu(after: str) -> Metadata:
    return page(
        _ABOVE + _HU + after + _HU + "</article></main>", head=_HEAD, lang="hu", title="Bezár a kórház"
    )


def test_an_undated_update_note_after_the_headline_leaves_the_bylines_above() -> None:
    assert dates(_hu("<p>Frissítés: pénteken reggel a minisztérium is közölte a döntést.</p>")) == (
        NOV_21,
        NOV_22,
    )


def test_guard_a_dated_update_after_the_headline_wins_over_the_one_above() -> None:
    after = "<p>Frissítve: 2024. november 23. 10:00</p>"
    assert dates(_hu(after))[1] == dt.date(2024, 11, 23)


# --- an author slug with the name's words run together ---
@pytest.mark.parametrize(
    ("slug", "name"),
    [("szabodaniel", "Szabó Dániel"), ("johnsmith", "John Smith"), ("anna-kovacs", "Anna Kovács")],
)
def test_a_slug_may_run_the_names_words_together(slug: str, name: str) -> None:
    assert _slug_names(slug, name, ids=False)


@pytest.mark.parametrize(
    ("slug", "name"),
    [
        ("johnsmiths", "John Smith"),
        ("smithjohn", "John Smith"),
        ("editorial", "Photo Desk"),
        ("jsmith", "John Smith"),
    ],
)
def test_guard_a_run_together_slug_must_spell_the_name_in_order(slug: str, name: str) -> None:
    assert not _slug_names(slug, name, ids=False)


def test_a_run_together_author_link_above_the_headline_names_the_author() -> None:
    assert names(_hu("")) == ["szabó dániel"]


# --- a desk's credit ---
@pytest.mark.parametrize(
    "desk", ["Redacción Economía", "Redazione Esteri", "Rédaction Web", "Redaktion Politik"]
)
def test_a_desks_credit_names_no_one(desk: str) -> None:
    assert without_staff_credits([Author(desk, None)]) == []


@pytest.mark.parametrize("name", ["Rebeca Redondo", "Renata Redacciones", "Reinhard Redaktionsleiter"])
def test_guard_names_opening_like_a_desk_stay(name: str) -> None:
    assert without_staff_credits([Author(name, None)]) == [Author(name, None)]


def test_a_desk_credit_in_json_ld_and_byline_names_no_one() -> None:
    head = (
        '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",'
        '"headline":"Gobierno radica nueva ley","datePublished":"2024-11-21T20:15:00-05:00",'
        '"author":{"@type":"Person","name":"Redacción Economía"}}</script>'
    )
    byline = '<div class="author-box"><span class="by">Redacción Economía</span></div>'
    meta = story(
        "Gobierno radica nueva ley",
        byline,
        "<p>El ministro radicó el proyecto este jueves.</p>" * 2,
        head=head,
        lang="es",
    )
    assert names(meta) == []


def test_guard_a_person_in_json_ld_stays() -> None:
    head = (
        '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",'
        '"headline":"Gobierno radica nueva ley","datePublished":"2024-11-21T20:15:00-05:00",'
        '"author":{"@type":"Person","name":"Renata Redondo"}}</script>'
    )
    meta = story(
        "Gobierno radica nueva ley",
        "",
        "<p>El ministro radicó el proyecto este jueves.</p>" * 2,
        head=head,
        lang="es",
    )
    assert names(meta) == ["renata redondo"]


# --- a headline class on a page without headings, over a dated line ---
def _print_view(after: str, klass: str = "headline") -> Metadata:
    body = (
        '<div class="print-logo">Gleaner</div><div class="article">'
        f'<div class="{klass}">Gov\'t moves to cap bus fares after JUTC deficit widens</div>'
        f"{after}<p>The Government will cap any increase in fares on buses, the minister said.</p></div>"
    )
    return page(body, title="Jamaica Gleaner")


@pytest.mark.parametrize(
    "after",
    [
        '<div class="article-date">Published:Thursday | November 21, 2024 | 12:08 AM</div>',
        '<div class="byline">Jovan Johnson</div><div class="date">21 November 2024</div>',
    ],
)
def test_a_headline_classed_element_over_a_dated_line_is_the_headline(after: str) -> None:
    assert _print_view(after).title == "Gov't moves to cap bus fares after JUTC deficit widens"


@pytest.mark.parametrize(
    ("after", "klass"),
    [
        ("<div>Try searching for something else.</div>", "headline"),  # an error page's message: no date
        ('<div class="date">21 November 2024</div>', "headlines"),  # a list's class, not the token
        ('<div class="date">21 November 2024</div>', "headline-link"),
    ],
)
def test_guard_a_headline_class_without_a_dated_line_or_token_is_not_the_headline(
    after: str, klass: str
) -> None:
    assert _print_view(after, klass).title != "Gov't moves to cap bus fares after JUTC deficit widens"


# --- a byline-classed name, a slash and a role ---
def _byline(text: str) -> Metadata:
    return story(
        "Bus fares to rise by up to $20",
        f'<div class="article-byline">{text}</div>',
        "<p>The minister said so.</p>" * 2,
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jovan Johnson/Senior Staff Reporter", "jovan johnson"),
        ("Erica Virtue / Gleaner Writer", "erica virtue"),
        ("Kimone Francis/Contributor", "kimone francis"),
    ],
)
def test_a_bylines_name_before_a_slash_and_a_role(text: str, name: str) -> None:
    assert names(_byline(text)) == [name]


@pytest.mark.parametrize(
    "text",
    ["News/Staff Reporter", "Jovan Johnson/Kingston", "Politics/Economy", "the desk/Staff Reporter"],
)
def test_guard_a_slash_byline_without_a_name_and_a_role_names_no_one(text: str) -> None:
    assert names(_byline(text)) == []


# --- a JSON-LD author that runs a byline together, its address among it ---
_RUN_ON = "Joel Julien Senior Political Reporter joel.julien@trinidadexpress.com"


def _blox(name: str, byline: str) -> Metadata:
    head = (
        '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",'
        '"headline":"Teachers reject offer","datePublished":"2024-11-21T23:30:00Z",'
        f'"author":[{{"@type":"Person","name":"{name}"}}]}}</script>'
    )
    return story(
        "Teachers reject offer", byline, "<p>The union said the offer was too low.</p>" * 2, head=head
    )


_LINKED = (
    '<span class="tnt-byline">By <a href="/users/profile/joel%20julien" rel="author">Joel Julien</a>'
    " Senior Political Reporter</span>"
)


def test_a_run_on_jsonld_author_is_read_as_the_bylines_name() -> None:
    assert names(_blox(_RUN_ON, _LINKED)) == ["joel julien"]


def test_a_run_on_jsonld_author_without_a_byline_loses_its_address() -> None:
    assert names(_blox("Joel Julien jjulien@example.com", "")) == ["joel julien"]


def test_guard_a_jsonld_author_without_an_address_keeps_its_name_over_the_byline() -> None:
    assert names(_blox("Joel Julien Jr", _LINKED)) == ["joel julien jr"]


def test_guard_a_byline_name_that_does_not_open_the_run_on_name_is_not_taken() -> None:
    other = '<span class="byline">By <a href="/users/profile/ann" rel="author">Ann Lee</a></span>'
    assert names(_blox(_RUN_ON, other)) == ["joel julien senior political reporter"]
