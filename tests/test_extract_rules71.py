"""Rules added for the seventy-first held-out batch (docs/benchmarks.md, "Held-out extraction, seventy-first
batch (ext71)"), each on small strings, with what each must leave alone: a date printed by the clock decides
a day-moving zone over a smaller offset that keeps UTC's day (Apia's 8:05 on the 21st under 19:05Z); the
Croatian, Bosnian and Serbian "last change" labels; Welsh ``/awdur/`` author links; two people's names joined
by "and" in one JSON-LD or meta author; "PLACE: NAME" in an author-classed element of a script without case;
a bare ``<title>`` the host spells names the site over the body's name for it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract.authors import joined_names
from linkcheck.extract.dates import local_from_text
from linkcheck.models import Author, Metadata
from tests.extract_batch import names
from tests.extract_rules_harness import dates, page, story

NOV_20 = dt.date(2024, 11, 20)
NOV_21 = dt.date(2024, 11, 21)
NOV_22 = dt.date(2024, 11, 22)
_TEXT = "<p>Cabinet approved the change after consultations with employers and unions on both islands.</p>"
_STAMP_19_05Z = dt.datetime(2024, 11, 20, 19, 5, tzinfo=dt.UTC)


# --- a date printed by the clock decides a day-moving zone over a smaller same-day offset ---
def _utc_story(byline: str, stamp: str = "2024-11-20T19:05:00.000Z") -> Metadata:
    head = f'<meta property="article:published_time" content="{stamp}">'
    return story("Cabinet approves new minimum wage", byline, _TEXT * 2, head=head)


def test_a_printed_next_day_takes_the_zone_that_moves_the_day_over_a_smaller_one() -> None:
    # 8:05 under 19:05Z: UTC-11 on the 20th, or UTC+13 on the 21st (Samoa); the byline prints the 21st
    local = local_from_text(_STAMP_19_05Z, "<div>21 November 2024, 8:05AM</div>")
    assert local is not None
    assert (local.date(), local.utcoffset()) == (NOV_21, dt.timedelta(hours=13))
    assert dates(_utc_story("<div>21 November 2024, 8:05AM</div>")) == (NOV_21, None)


def test_a_printed_previous_day_takes_the_zone_that_moves_the_day_back() -> None:
    # 23:30 under 10:30Z on the 21st: UTC+13 on the 21st, or UTC-11 on the 20th (Pago Pago): the 20th printed
    meta = _utc_story("<div>November 20, 2024 11:30 PM</div>", stamp="2024-11-21T10:30:00Z")
    assert dates(meta) == (NOV_20, None)


def test_guard_a_printed_utc_day_keeps_the_utc_day() -> None:
    # 8:05 on the 20th under 19:05Z is UTC-11's same day: nothing moves
    assert local_from_text(_STAMP_19_05Z, "<div>20 November 2024, 8:05AM</div>") is None
    assert dates(_utc_story("<div>20 November 2024, 8:05AM</div>")) == (NOV_20, None)


def test_guard_a_clock_printed_without_a_date_moves_nothing() -> None:
    assert dates(_utc_story("<div><span>8:05AM</span></div>")) == (NOV_20, None)


def test_guard_a_next_day_printed_with_a_clock_no_zone_fits_moves_nothing() -> None:
    # 8:07 is no quarter hour's offset from 19:05: another instant, the stamp's day stays
    assert dates(_utc_story("<div>21 November 2024, 8:07AM</div>")) == (NOV_20, None)


# --- "last change" in Croatian, Bosnian and Serbian ---
def _croatian(label: str) -> Metadata:
    head = '<meta property="article:published_time" content="2024-11-21T14:32:00+01:00">'
    byline = f"<div><span>Objavljeno: 21. studenoga 2024. u 14:32</span> <span>{label}</span></div>"
    return story("Vlada ukida trošarine na dizel", byline, _TEXT * 2, head=head, lang="hr")


@pytest.mark.parametrize(
    "label",
    [
        "Zadnja izmjena: 22. studenoga 2024. u 08:10",
        "Posljednja izmjena: 22.11.2024. u 08:10",
        "Poslednja izmena: 22.11.2024. 08:10",
    ],
)
def test_a_last_change_label_dates_the_modification(label: str) -> None:
    assert dates(_croatian(label)) == (NOV_21, NOV_22)


@pytest.mark.parametrize(
    "label",
    ["Izmjena zakona: 22. studenoga 2024.", "Izmjena rasporeda 22.11.2024.", "Zadnja vijest 22.11.2024."],
)
def test_guard_a_change_without_last_is_no_update_label(label: str) -> None:
    # "izmjena" alone is any change a story speaks of (a law's amendment, a timetable's)
    assert dates(_croatian(label)) == (NOV_21, None)


# --- Welsh author links ---
@pytest.mark.parametrize("path", ["/awdur/elin-wyn-owen", "/awduron/elin-wyn-owen"])
def test_a_welsh_author_link_names_the_writer(path: str) -> None:
    byline = f'<div class="node__meta">Gan <a href="{path}">Elin Wyn Owen</a></div>'
    meta = story("Cyngor Gwynedd yn cynnig codi’r premiwm", byline, _TEXT * 2, lang="cy")
    assert names(meta) == ["elin wyn owen"]


def test_guard_a_welsh_author_link_whose_text_its_slug_does_not_spell_names_no_one() -> None:
    byline = '<div class="node__meta"><a href="/awdur/elin-wyn-owen">Pob erthygl</a></div>'
    meta = story("Cyngor Gwynedd yn cynnig codi’r premiwm", byline, _TEXT * 2, lang="cy")
    assert names(meta) == []


# --- two people's names joined by "and" in one author ---
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Brenda Nakyobe and Isaac Oketcho", ["Brenda Nakyobe", "Isaac Oketcho"]),
        ("Ana Gil y Pedro Ruiz", ["Ana Gil", "Pedro Ruiz"]),
        ("Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
    ],
)
def test_one_author_joining_two_people_is_read_as_both(name: str, expected: list[str]) -> None:
    assert [a.name for a in joined_names([Author(name, "person")])] == expected
    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":"Kampala traders close shops","author":{{"@type":"Person","name":"{name}"}}}}</script>'
    )
    meta = story("Kampala traders close shops", "", _TEXT * 2, head=head)
    assert names(meta) == [n.casefold() for n in expected]


def test_one_meta_author_joining_two_people_is_read_as_both() -> None:
    head = '<meta name="author" content="Brenda Nakyobe and Isaac Oketcho">'
    assert names(story("Kampala traders close shops", "", _TEXT * 2, head=head)) == [
        "brenda nakyobe",
        "isaac oketcho",
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Marks and Spencer", None),  # one word each side: a firm's name
        ("Smith & Wesson Arms", None),
        ("Procter and Gamble Company Limited", "organization"),  # an organisation's node is never split
        ("Jane Doe and the Newsroom", None),  # a part that is no name
        ("Brenda Nakyobe and Staff", None),
    ],
)
def test_guard_names_joined_by_and_that_are_not_two_people_stay_whole(name: str, kind: str | None) -> None:
    assert joined_names([Author(name, kind)]) == [Author(name, kind)]


# --- "PLACE: NAME" in an author-classed element of a script without case ---
@pytest.mark.parametrize(
    ("credit", "lang", "expected"),
    [
        ("أبوظبي: سامي مصطفى", "ar", "سامي مصطفى"),  # "Abu Dhabi: NAME"
        ("دبي: سارة أحمد المهيري", "ar", "سارة أحمد المهيري"),
        ("מאת: יעקב כהן", "he", "יעקב כהן"),  # "By: NAME"
    ],
)
def test_a_caseless_place_colon_name_credit_names_the_writer(credit: str, lang: str, expected: str) -> None:
    byline = f'<div class="article-meta"><div class="article-author">{credit}</div></div>'
    assert names(story("عنوان الخبر هنا", byline, _TEXT * 2, lang=lang)) == [expected]


@pytest.mark.parametrize(
    "credit",
    [
        "foto: Getty Images",  # a cased script's label and a credit: no writer
        "أبوظبي: سامي",  # one word after the colon: no full name
        "مراسل الصحيفة في دبي: سامي مصطفى",  # more than a place before the colon
        "أبوظبي: سامي مصطفى: خاص",  # a second colon
    ],
)
def test_guard_other_colon_credits_in_an_author_element_name_no_one(credit: str) -> None:
    byline = f'<div class="article-meta"><div class="article-author">{credit}</div></div>'
    assert names(story("عنوان الخبر هنا", byline, _TEXT * 2, lang="ar")) == []


# --- a bare <title> the host spells names the site over the body's name ---
def _print_view(title: str, url: str, logo: str = "The Gleaner") -> Metadata:
    body = (
        f'<div class="logo"><a href="/"><img src="/logo.png" alt="{logo}"></a></div>'
        "<h1>Gov't moves to cap bus fares after JUTC deficit widens</h1>"
        f"{_TEXT * 2}<p>Published: November 21, 2024</p>"
    )
    return page(body, title=title, url=url)


_GLEANER_URL = "https://jamaica-gleaner.com/article/lead-stories/20241121/gov-t-moves-cap-bus-fares"


def test_a_bare_title_the_host_spells_names_the_site_over_the_logo() -> None:
    assert _print_view("Jamaica Gleaner", _GLEANER_URL).site_name == "Jamaica Gleaner"


def test_guard_a_bare_title_the_host_does_not_spell_leaves_the_logos_name() -> None:
    meta = _print_view("Jamaica Gleaner", "https://news.example.org/article/20241121/bus-fares")
    assert meta.site_name == "The Gleaner"


def test_guard_a_logo_the_host_spells_keeps_its_name() -> None:
    meta = _print_view("Jamaica Gleaner", _GLEANER_URL, logo="Jamaica-Gleaner")
    assert meta.site_name == "Jamaica-Gleaner"


def test_guard_a_long_title_is_no_bare_site_name() -> None:
    meta = _print_view("Jamaica Gleaner Bus Fares Story Today", _GLEANER_URL)
    assert meta.site_name == "The Gleaner"


def test_guard_a_bare_title_sharing_no_word_with_the_logo_leaves_the_logos_name() -> None:
    # a subdomain's word as the <title> ("Consent" on consent.example.com): no form of the logo's name
    meta = _print_view("Consent", "https://consent.example.com/v2/collect", logo="Yahoo")
    assert meta.site_name == "Yahoo"
