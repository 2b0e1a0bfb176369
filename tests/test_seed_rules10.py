"""Rules added after the seed10 probe (tests/test_seed_probe10.py), each on small strings or pages, with what
each must leave alone.

1. ``pagebody._bare_block_page`` (through :func:`~linkcheck.pagebody.headless_signal`) and
   ``gates.block_statement``: a page stating no date of its own whose only headline is a bare "Website
   blocked", with a line saying "Access to this website has been blocked ...", is a legal block at the cited
   address (a provider's DNS sinkhole), not a story so headlined.
2. ``classify._firewall_page``: Cloudflare's "Access denied" page for a banned country (error 1009, "has
   banned the country or region your IP address is in") is ``legal``, not ``bot_challenge``.
3. ``sources._check_url``: a soft hyphen, zero-width space, word joiner or inner byte-order mark in a
   manifest's address is dropped.
4. ``articles._base.find_urls``: the same characters are dropped from a URL in running text, and an em or en
   dash glued after one is the sentence's.
5. ``pagebody.credited_sources(..., cited_outlets)``: an agency a citation names that the page gives as its
   story's author (the author meta, "By ...", a wire's "(Agency) -" dateline) is credited.
6. ``match.unmixed_script`` (through ``_title_finding``): a cited title's look-alike letters of its other
   script (a Latin "C" in "С-300") are read in its main script when that is what the page says.
"""

from __future__ import annotations

import pytest

from linkcheck import Config
from linkcheck.articles._base import find_urls
from linkcheck.classify import classify_fetch
from linkcheck.extract import extract_metadata
from linkcheck.gates import block_statement
from linkcheck.match import match_citation, unmixed_script
from linkcheck.models import Cause, Citation, FetchResult, FindingKind, Status
from linkcheck.names import fold
from linkcheck.pagebody import credited_sources, headless_signal
from linkcheck.sources import format_sources, parse_sources

STORY = "https://ria.example/20200109/1563219328.html"
HTML = {"content-type": "text/html; charset=utf-8"}
NOTICE = (
    "Access to this website has been blocked in accordance with Council Regulation (EU) 2024/1428 concerning"
    " restrictive measures."
)


def page(title: str, *, body: str, published: str | None = None, h1: str | None = None) -> bytes:
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}">{date}</head>'
        f"<body><h1>{h1 if h1 is not None else title}</h1>{body}</body></html>"
    ).encode()


def headless(body: bytes) -> tuple[Status, Cause, str] | None:
    return headless_signal(STORY, STORY, body, extract_metadata(body, STORY))


# --- 1. a bare block title at the cited address -------------------------------------------------------------


@pytest.mark.parametrize("title", ["Website blocked", "Page blocked", "Seite gesperrt"])
def test_bare_block_title_with_a_line_saying_access_is_blocked_is_a_legal_block(title: str) -> None:
    got = headless(page(title, body=f"<p>{NOTICE}</p><p>Your internet service provider must block it.</p>"))
    assert got is not None
    assert got[:2] == (Status.BLOCKED, Cause.LEGAL), got


def test_german_line_saying_access_is_blocked_under_a_bare_title_is_a_legal_block() -> None:
    line = "Der Zugriff auf diese Website ist aufgrund der Verordnung (EU) 2024/1428 des Rates gesperrt."
    got = headless(page("Seite gesperrt", body=f"<p>{line}</p>"))
    assert got is not None
    assert got[:2] == (Status.BLOCKED, Cause.LEGAL), got


def test_story_headlined_site_blocked_without_such_a_line_is_left_alone() -> None:
    story = "<p>Regulators ordered providers to block the gambling site on Monday.</p>" * 5
    assert headless(page("Site blocked", body=story)) is None


def test_dated_page_under_a_bare_block_title_is_left_alone() -> None:
    body = page("Website blocked", body=f"<p>{NOTICE}</p>", published="2024-06-01T10:00:00+00:00")
    assert headless(body) is None


def test_block_line_under_a_headline_of_its_own_is_left_alone() -> None:
    body = page("EU blocks Russian outlets", body=f"<p>{NOTICE}</p>")
    assert headless(body) is None


@pytest.mark.parametrize(
    "line",
    [
        NOTICE,
        "Access to the requested resource is restricted by order of the regulator.",
        "Access to this page was blocked.",
    ],
)
def test_block_statements(line: str) -> None:
    assert block_statement(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        "Access to the site was blocked in Russia in 2022.",
        "Access to this account is blocked.",
        "Readers lost access to this website after the ruling.",
    ],
)
def test_lines_that_are_no_block_statement(line: str) -> None:
    assert not block_statement(fold(line))


# --- 2. Cloudflare's page for a banned country ------------------------------------------------------------


def _cloudflare(code: str, line: str) -> bytes:
    return (
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Access denied | www.mt.example'
        ' used Cloudflare to restrict access</title></head><body><div id="cf-wrapper"><h1>Error'
        f" {code}</h1><h2>Access denied</h2><p>{line}</p></div></body></html>"
    ).encode()


def _answer(status: int, body: bytes) -> FetchResult:
    return FetchResult(url=STORY, final_url=STORY, status_code=status, headers=HTML, body=body)


def test_cloudflares_country_ban_is_a_legal_block() -> None:
    line = (
        "The owner of this website (www.mt.example) has banned the country or region your IP address is in"
        " (RU) from accessing this website."
    )
    got = classify_fetch(_answer(403, _cloudflare("1009", line)))
    assert (got.status, got.cause) == (Status.BLOCKED, Cause.LEGAL), got


def test_cloudflares_firewall_rule_page_stays_a_bot_challenge() -> None:
    line = "The site owner may have set restrictions that prevent you from accessing the site."
    got = classify_fetch(_answer(403, _cloudflare("1020", line)))
    assert (got.status, got.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE), got


# --- 3. invisible characters in a manifest's address ------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "https://tass.example/politika/7487995\u200b",
        "https://tass.example/poli\u00adtika/7487995",
        "https://tass.example/politika/\u20607487995",
        "https://tass.example/politika/7487995\ufeff",
    ],
    ids=["zero-width-space", "soft-hyphen", "word-joiner", "no-break-space-mark"],
)
def test_manifest_address_loses_its_invisible_characters(written: str) -> None:
    [citation] = parse_sources(f"{written} | outlet: TASS\n")
    assert citation.url == "https://tass.example/politika/7487995"


def test_manifest_address_with_other_non_ascii_is_kept_as_written() -> None:
    written = "https://ria.example/20200109/ирак-с-300-1563219328.html"
    [citation] = parse_sources(f"{written} | outlet: RIA\n")
    assert citation.url == written


# --- 4. URLs in running text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "см. https://ria.example/20200109/1563\u00ad219328.html и далее",
            "https://ria.example/20200109/1563219328.html",
        ),
        (
            "см. https://ria.example/20200109/\u200b1563219328.html\u200b и",
            "https://ria.example/20200109/1563219328.html",
        ),
        (
            "заявил он (https://tass.example/politika/7487995)\u2014 и",
            "https://tass.example/politika/7487995",
        ),
        ("see https://tass.example/politika/7487995\u2013", "https://tass.example/politika/7487995"),
    ],
    ids=["soft-hyphen", "zero-width-spaces", "em-dash-after-paren", "en-dash"],
)
def test_url_in_text_without_invisible_characters_or_a_glued_dash(text: str, url: str) -> None:
    assert [found for _, _, found in find_urls(text)] == [url]


def test_dash_inside_a_url_is_kept() -> None:
    url = "https://en.wikipedia.example/wiki/Russia\u2013Iraq_relations"
    assert [found for _, _, found in find_urls(f"see {url} now")] == [url]


# --- 5. an agency named as the story's author ---------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        '<meta name="author" content="РИА Новости"></head><body><p>Текст.</p>',
        '<meta content="RIA Novosti" name="author"></head><body><p>Text.</p>',
        "</head><body><p class='byline'>By RIA Novosti</p><p>Text.</p>",
        "</head><body><p>MOSCOW, January 9 (RIA Novosti) - Iraq has resumed talks.</p>",
    ],
    ids=["author-meta", "author-meta-content-first", "by-line", "wire-dateline"],
)
def test_agency_named_as_the_author_is_credited_for_a_citation_naming_it(markup: str) -> None:
    body = f"<html><head><title>Iraq resumes talks</title>{markup}</body></html>".encode()
    assert credited_sources(body, ("Gulf Review",), ("RIA Novosti",)) != ()


@pytest.mark.parametrize(
    "markup",
    [
        '<meta name="author" content="Ivan Petrov"></head><body><p>Text.</p>',
        "</head><body><p class='byline'>By Jane Smith</p><p>Text.</p>",
        "</head><body><p>MOSCOW, January 9 (Reuters) - Iraq has resumed talks.</p>",
    ],
)
def test_author_who_is_not_the_cited_outlet_is_no_credit(markup: str) -> None:
    body = f"<html><head><title>Iraq resumes talks</title>{markup}</body></html>".encode()
    assert credited_sources(body, ("Gulf Review",), ("RIA Novosti",)) == ()


def test_author_is_not_read_without_a_cited_outlet() -> None:
    body = b"<html><head><meta name='author' content='RIA Novosti'></head><body><p>Text.</p></body></html>"
    assert credited_sources(body, ("Gulf Review",)) == ()


def test_the_sites_own_name_as_author_is_no_credit() -> None:
    body = b'<html><head><meta name="author" content="Gulf Review"></head><body><p>Text.</p></body></html>'
    assert credited_sources(body, ("Gulf Review",), ("Gulf Review",)) == ()


# --- 6. a cited title's look-alike letters ---------------------------------------------------------------

HEADLINE = "Ирак возобновил переговоры с Россией о покупке С-300"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Ирак возобновил переговоры с Россией о покупке C-300", HEADLINE),
        ("Сity of London bans the app", "City of London bans the app"),
    ],
)
def test_look_alike_letters_are_read_in_the_titles_main_script(typed: str, read: str) -> None:
    assert typed != read
    assert unmixed_script(typed) == read


@pytest.mark.parametrize("title", ["Сервис iPhone и NATO", "Ирак и США", "Iraq and the S-300", "Apple"])
def test_titles_without_look_alike_words_are_left_alone(title: str) -> None:
    assert unmixed_script(title) == title


def test_cited_title_with_a_latin_c_matches_the_pages_cyrillic_headline() -> None:
    body = page(
        HEADLINE, body="<p>МОСКВА, 9 янв — РИА Новости. Текст.</p>", published="2020-01-09T10:12:00+03:00"
    )
    metadata = extract_metadata(body, STORY)
    cited = Citation(STORY, title=HEADLINE.replace("С-300", "C-300"))
    findings = match_citation(cited, metadata, final_url=STORY, config=Config())
    assert FindingKind.TITLE_MISMATCH not in {f.kind for f in findings}, findings


def test_cited_title_of_another_story_still_mismatches() -> None:
    body = page(HEADLINE, body="<p>Текст.</p>", published="2020-01-09T10:12:00+03:00")
    metadata = extract_metadata(body, STORY)
    cited = Citation(STORY, title="Жириновский призвал Иран купить C-400")
    findings = match_citation(cited, metadata, final_url=STORY, config=Config())
    assert FindingKind.TITLE_MISMATCH in {f.kind for f in findings}, findings


def test_quoted_manifest_address_is_taken_as_written_and_format_sources_quotes_one() -> None:
    written = "https://tass.example/poli\u00adtika/7487995"
    [citation] = parse_sources(f'"{written}" | outlet: TASS\n')
    assert citation.url == written
    [again] = parse_sources(format_sources([citation], comments=False))
    assert again.url == written
