"""Rules added for the nineteenth held-out batch (docs/benchmarks.md, "Nineteenth batch": pages that are not
news stories), each on small strings or HTML, with what each must leave alone: ``og:video:release_date``; a
site's name in parentheses after the headline; a ticker or abbreviation closing a site's name; a declared
site name written as a ``<title>`` (``Site.gov | Parent body``); a lower-case apposition after the site's
name (``Wikipedia, la enciclopedia libre``); an og:title that copies the ``<title>`` with its ``|`` affixes;
a catalogue record's "Record created" date; a logo leading to the front page of the domain a subdomain is
part of."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata
from tests.test_extract_calendars_zones import TODAY, _dates, _page

URL = "https://news.example.com/local/story-slug"


def _meta(html: str, url: str = URL) -> tuple[str | None, str | None]:
    meta = extract_metadata(html, url, today=TODAY)
    return meta.title, meta.site_name


# --- og:video:release_date ----------------------------------------------------------------------------------
def test_og_video_release_date_is_the_publication() -> None:
    head = (
        "<title>Talk - Video</title><meta property='og:title' content='Talk'>"
        "<meta property='og:video:release_date' content='2022-07-25 00:00:00 +0200'>"
    )
    body = "<h1>Talk</h1><ul><li>2022-07-24</li></ul><p>Given at the conference.</p>"
    assert _dates(_page(head, body)) == (dt.date(2022, 7, 25), None)


def test_without_a_release_date_the_body_still_dates_the_video() -> None:
    head = "<title>Talk - Video</title><meta property='og:title' content='Talk'>"
    body = "<h1>Talk</h1><p>Published 24 July 2022</p><p>Given at the conference.</p>"
    assert _dates(_page(head, body))[0] == dt.date(2022, 7, 24)


# --- "Headline (Site)" --------------------------------------------------------------------------------------
def test_a_site_name_in_parentheses_loses_both_brackets() -> None:
    html = _page(
        "<title>Testimony and Trust (Encyclopedia of Thought)</title>",
        "<h1>Testimony and Trust</h1><p>We believe most of what we know on the word of others.</p>",
    )
    assert _meta(html) == ("Testimony and Trust", "Encyclopedia of Thought")


def test_a_headline_ending_in_brackets_keeps_them() -> None:
    # No shorter candidate repeats the start: the parenthesis is the headline's own.
    html = _page(
        "<title>Rates held (again)</title>", "<h1>Rates held (again)</h1><p>The bank held its rates.</p>"
    )
    assert _meta(html)[0] == "Rates held (again)"


# --- a ticker closing the site's name -----------------------------------------------------------------------
URL_IR = "https://investors.northwind.example.com/news-releases/northwind-reports-results"


@pytest.mark.parametrize(
    ("suffix", "name"),
    [
        ("Northwind, Inc. (NWLG)", "Northwind, Inc."),
        ("Northwind Corp (NYSE: NWD)", "Northwind Corp"),
        ("Northwind Holdings (NWD.L)", "Northwind Holdings"),
        ("Northwind (Europe)", "Northwind (Europe)"),  # not capitals only: part of the name
        ("Northwind (2021)", "Northwind (2021)"),  # a year, not an abbreviation
    ],
)
def test_a_ticker_after_the_site_name_is_dropped(suffix: str, name: str) -> None:
    html = _page(
        f"<title>Northwind Reports Results :: {suffix}</title>"
        "<meta property='og:title' content='Northwind Reports Results'>",
        "<h1>Northwind Reports Results</h1><p>Revenue rose.</p>",
    )
    assert _meta(html, URL_IR) == ("Northwind Reports Results", name)


# --- og:site_name written as a <title> ----------------------------------------------------------------------
URL_GOV = "https://www.register.example.gov/bill/117/4521"


@pytest.mark.parametrize(
    ("declared", "name"),
    [
        ("Register.example.gov | Library of the Register", "Register.example.gov"),  # the address wins
        ("Library of the Register | Register.example.gov", "Register.example.gov"),
        ("Register | Breaking news", "Register"),  # the only part the host spells
        ("Daily Courier | Breaking news", "Daily Courier | Breaking news"),  # no part the host spells
        ("Register Daily - Breaking news", "Register Daily - Breaking news"),  # no " | "
    ],
)
def test_a_declared_site_name_with_parts_keeps_the_hosts(declared: str, name: str) -> None:
    html = _page(
        f"<title>A bill</title><meta property='og:site_name' content='{declared}'>",
        "<h1>A bill</h1><p>Introduced.</p>",
    )
    assert _meta(html, URL_GOV)[1] == name


# --- a lower-case apposition after the site's name ----------------------------------------------------------
@pytest.mark.parametrize(
    ("suffix", "name"),
    [
        ("Wikipedia, la enciclopedia libre", "Wikipedia"),
        ("Wikipedia, the free encyclopedia", "Wikipedia"),
        ("Wikipedia, Encyclopedia", "Wikipedia, Encyclopedia"),  # a capital: another name, kept
    ],
)
def test_an_apposition_after_the_hosts_name_is_dropped(suffix: str, name: str) -> None:
    html = _page(
        f"<title>Iron Bridge - {suffix}</title>", "<h1>Iron Bridge</h1><p>A bridge over the river.</p>"
    )
    assert _meta(html, "https://es.wikipedia.org/wiki/Iron_Bridge") == ("Iron Bridge", name)


def test_an_apposition_after_another_name_is_kept() -> None:
    html = _page(
        "<title>Iron Bridge - Smith, attorneys at law</title>",
        "<h1>Iron Bridge</h1><p>A bridge over the river.</p>",
    )
    assert _meta(html, "https://www.jones.example.com/iron-bridge")[1] == "Smith, attorneys at law"


# --- an og:title that copies the <title> --------------------------------------------------------------------
def test_an_og_title_copying_the_title_loses_its_affixes() -> None:
    head = (
        "<title>Tea bowl | Unknown | Collections Online</title>"
        "<meta property='og:title' content='Tea bowl | Unknown | Collections Online'>"
        "<meta property='og:site_name' content='City Museum'>"
    )
    html = _page(head, "<h1>Tea bowl</h1><p>Soft-paste porcelain.</p>")
    assert _meta(html) == ("Tea bowl", "City Museum")


def test_an_og_title_with_a_kicker_stays_whole() -> None:
    # "Kicker: headline" (no "|"): og:title is stripped only of what names the site, as before.
    head = (
        "<title>Exclusive: The mayor resigns</title>"
        "<meta property='og:title' content='Exclusive: The mayor resigns'>"
    )
    html = _page(head, "<h1>The mayor resigns</h1><p>The mayor resigned on Friday.</p>")
    assert _meta(html)[0] != "Exclusive"


def test_an_og_title_unlike_the_title_is_not_stripped_by_repetition() -> None:
    head = (
        "<title>Tea bowl | Collections Online</title>"
        "<meta property='og:title' content='Tea bowl | Worcester'>"
    )
    html = _page(head, "<h1>Tea bowl</h1><p>Soft-paste porcelain.</p>")
    assert _meta(html)[0] == "Tea bowl"  # the h1 and the stripped <title> agree, as before


# --- "Record created" ---------------------------------------------------------------------------------------
def test_a_records_creation_is_its_publication() -> None:
    body = (
        "<h1>Tea bowl</h1><p>Made ca. 1770; bought at auction, 14 May 1908.</p>"
        "<p>Record created 24 June 2009; last edited 2 February 2021.</p>"
    )
    assert _dates(_page("<title>Tea bowl</title>", body)) == (dt.date(2009, 6, 24), dt.date(2021, 2, 2))


def test_a_thing_created_is_not_the_records_creation() -> None:
    body = "<h1>Tea bowl</h1><p>The factory created 24 bowls in June 2009.</p><p>Made ca. 1770.</p>"
    assert _dates(_page("<title>Tea bowl</title>", body))[0] != dt.date(2009, 6, 24)


# --- a logo leading to the owner's domain -------------------------------------------------------------------
def _logo(href: str) -> str:
    return _page(
        "<title>ECLI:NL:HR:2022:345</title>",
        f"<div><a href='{href}'><img src='/logo.svg' alt='De Rechtspraak'></a></div>"
        "<h1>ECLI:NL:HR:2022:345</h1><p>Uitspraak.</p>",
        "nl",
    )


URL_SUB = "https://uitspraken.rechtspraak.example.nl/details?id=ECLI:NL:HR:2022:345"


@pytest.mark.parametrize("href", ["https://www.rechtspraak.example.nl/", "https://rechtspraak.example.nl"])
def test_a_logo_leading_to_the_parent_domains_home_names_the_site(href: str) -> None:
    assert _meta(_logo(href), URL_SUB)[1] == "De Rechtspraak"


@pytest.mark.parametrize(
    "href",
    [
        "https://www.other.example.org/",  # another domain
        "https://www.rechtspraak.example.nl/nieuws",  # a page of the owner, not its front page
        "https://rechtspraak.example.nl.evil.example/",  # a host that only begins like it
        "https://nl/",  # a top-level domain alone
    ],
)
def test_other_hosts_are_not_home(href: str) -> None:
    assert _meta(_logo(href), URL_SUB)[1] is None
