"""Rules added after the seed9 probe (tests/test_seed_probe9.py), each on small strings or pages, with what
each must leave alone.

1. ``gates._GEO_TITLE``: a German internet provider's block page's title ("Zugriff gesperrt", "Der Zugriff
   auf diese Website wurde gesperrt", "Diese Seite ist gesperrt") is a legal block, as its English forms
   ("Access blocked", "This website is blocked") were.
2. ``gates._bare_block_title``: a bare "Website blocked" / "Seite gesperrt" is a block page's title on a page
   that states no article's date, on another host a redirect from the cited address led to (a story at its
   own address may be headlined so).
3. ``pagebody.credited_sources``: a wire's dateline opening a page's text credits its agency ("МОСКВА, 9
   января. /ТАСС/.", "MOSCOW, January 9. /TASS/.", "/Корр. ТАСС .../."), so a citation naming the wire
   matches a paper's page that carries its story; not the dash's form ("МОСКВА, 9 янв — РИА Новости.").
"""

from __future__ import annotations

import pytest

from linkcheck import extract_metadata
from linkcheck.gates import gate_signal
from linkcheck.models import Cause
from linkcheck.pagebody import credited_sources

STORY = "https://ria.example/20200109/1563219328.html"
FILTER = "https://filter.isp.example/sanctions.html"


def page(title: str, *, body: str = "", published: str | None = None, h1: str | None = None) -> bytes:
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>{date}</head>'
        f"<body><h1>{h1 if h1 is not None else title}</h1>{body}</body></html>"
    ).encode()


def signal(body: bytes, final: str = STORY, redirects: int = 0) -> tuple[Cause, str] | None:
    return gate_signal(STORY, final, extract_metadata(body, final), redirects)


# --- 1. a German provider's block page ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Zugriff gesperrt",
        "Zugang gesperrt",
        "Der Zugriff auf diese Website wurde gesperrt",
        "Zugriff auf die angeforderte Seite ist blockiert",
        "Diese Seite ist gesperrt",
        "Die angeforderte Website wurde gesperrt",
    ],
)
def test_german_block_page_titles_are_a_legal_block(title: str) -> None:
    got = signal(page(title, body="<p>Verordnung (EU) 2024/1428 des Rates.</p>"))
    assert got is not None
    assert got[0] is Cause.LEGAL, got


@pytest.mark.parametrize(
    "title",
    [
        "Zugriff gesperrt: Warum Behörden Telegram blockieren wollen",
        "Gesperrte Konten: Was Nutzer jetzt tun können",
        "Sperrstunde in Berlin",
    ],
)
def test_german_headlines_about_blocks_are_left_alone(title: str) -> None:
    assert signal(page(title, published="2024-05-18T10:00:00+02:00")) is None


# --- 2. a bare "Website blocked" on an undated page ---------------------------------------------------------


@pytest.mark.parametrize("title", ["Website blocked", "Page blocked", "Webseite gesperrt", "Seite gesperrt"])
def test_bare_block_title_on_an_undated_page_is_a_legal_block(title: str) -> None:
    body = page(title, body="<p>Access to this website has been blocked in accordance with EU sanctions.</p>")
    got = signal(body, final=FILTER, redirects=1)
    assert got is not None
    assert got[0] is Cause.LEGAL, got


def test_bare_block_title_with_the_providers_name_is_a_legal_block() -> None:
    body = page("Website blocked | Telekabel", h1="Website blocked")
    got = signal(body, final=FILTER, redirects=1)
    assert got is not None
    assert got[0] is Cause.LEGAL, got


def test_bare_block_title_of_a_dated_story_is_its_headline() -> None:
    # a story headlined "Website blocked" states its date: its headline, no gate (a redirect to it too)
    assert signal(page("Website blocked", published="2024-05-18T10:00:00+02:00")) is None
    dated = page("Website blocked", published="2024-05-18T10:00:00+02:00")
    assert signal(dated, final=FILTER, redirects=1) is None


def test_bare_block_title_at_the_cited_address_or_its_own_host_is_left_alone() -> None:
    # no redirect to another host: a story at the cited address may be headlined so, dated or not
    # (tests/test_rot_rules23.py's "Site blocked")
    assert signal(page("Website blocked")) is None
    assert signal(page("Site blocked"), final=STORY + "?amp=1", redirects=1) is None


@pytest.mark.parametrize("title", ["Website blocked after court ruling", "Blocked", "Pop-ups blocked"])
def test_longer_or_other_titles_are_not_bare_block_titles(title: str) -> None:
    assert signal(page(title)) is None


# --- 3. a wire's dateline credits its agency ----------------------------------------------------------------


def story(text: str, site: str = "Вечерний Новосибирск") -> bytes:
    return (
        f'<html><head><meta property="og:site_name" content="{site}"></head><body><article><h1>Заголовок</h1>'
        f"{text}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("<p>МОСКВА, 9 января. /ТАСС/. Лидер ЛДПР призвал Иран купить С-400.</p>", "ТАСС"),
        ("<p>МОСКВА, 9 января /ТАСС/. Лидер ЛДПР призвал Иран купить С-400.</p>", "ТАСС"),
        ("<p>ПЕКИН, 9 января. /Корр. ТАСС Иван Петров/. Китай призвал к сдержанности.</p>", "ТАСС"),
        ("<p>НЬЮ-ЙОРК, 9 января. /ИТАР-ТАСС/. Нефть подешевела.</p>", "ИТАР-ТАСС"),
        ("<p>MOSCOW, January 9. /TASS/. Zhirinovsky urged Iran to buy S-400 systems.</p>", "TASS"),
    ],
    ids=["tass", "tass-no-stop", "correspondent", "itar-tass", "english"],
)
def test_wire_dateline_credits_its_agency(text: str, agency: str) -> None:
    assert credited_sources(story(text), ("Вечерний Новосибирск",)) == (agency,)


@pytest.mark.parametrize(
    "text",
    [
        # no dateline: a slash in the text, a date in a sentence, an em dash in prose
        "<p>Курс 1/2. Рост продолжился.</p>",
        "<p>В понедельник, 9 января, ЛДПР — партия Жириновского — выступила с заявлением.</p>",
        "<p>Москва, 9 января. /ТАСС/. Текст.</p>",  # a city not in capitals is no wire dateline
        "<p>Текст заметки. МОСКВА, 9 января. /ТАСС/. Текст.</p>",  # not opening the text
        # the dash's form: what follows the dash may be a sentence's subject, or a renamed outlet's former
        # name on its own stories
        "<p>МОСКВА, 9 янв — РИА Новости. Ирак возобновил переговоры о С-300.</p>",
        "<p>МОСКВА, 9 янв — Президент России. Текст.</p>",
    ],
    ids=["slash", "dashes-in-prose", "city-in-lower-case", "mid-paragraph", "ria-dash", "dash-subject"],
)
def test_text_without_a_wire_dateline_credits_nothing(text: str) -> None:
    assert credited_sources(story(text), ("Вечерний Новосибирск",)) == ()


def test_the_pages_own_agency_in_its_dateline_is_not_a_credit() -> None:
    # TASS's own story: its dateline names TASS, the site's own name
    assert credited_sources(story("<p>МОСКВА, 9 января. /ТАСС/. Текст.</p>", "ТАСС"), ("ТАСС",)) == ()
