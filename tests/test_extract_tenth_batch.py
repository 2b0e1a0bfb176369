"""Rules added for the tenth held-out batch (docs/benchmarks.md, "Tenth batch"), each on small HTML strings
or titles, with what each must leave alone: Welsh months and labels; markup's spacing between a label and
its date; Japanese and Chinese labels after the date ("9:10更新"); jQuery timeago's ``<abbr title>``; an
article's own ``<footer>``; ASP.NET's page-wide ``<form>``; a host of a name's initials and an og:title that
is the site's name; a ``<title>`` that is a label and the site's name; Spanish and Romanian error messages;
Italian and Portuguese region blocks; a logo classed as one outside a link home."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract import tables as T
from linkcheck.extract.dates import find_text_dates
from linkcheck.extract.titles import names_site
from linkcheck.models import Cause
from linkcheck.soft404 import is_blocked_title, is_error_title, soft_404_signal
from tests.test_extract_calendars_zones import TODAY, URL, _dates, _page

_ARTICLE_HEAD = (
    "<title>Headline of the story</title>"
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story",'
    '"datePublished":"2022-03-12T11:30:00+01:00"}</script>'
)


_BLOG_HEAD = (
    '<title>Headline of the story | Blog</title><meta property="og:title" content="Headline of the story">'
)


# --- Welsh --------------------------------------------------------------------------------------------------
def test_welsh_months_and_labels() -> None:
    body = (
        "<h1>Cyhoeddi cynllun newydd</h1><div class='meta'><p>Cyhoeddwyd gyntaf: <span>12 Mawrth 2022</span>"
        "</p><p>Diweddarwyd ddiwethaf: <span>13 Mawrth 2022</span></p></div>"
        "<p>Bydd y gwaith yn dechrau ddydd Mawrth nesaf ac yn parhau tan fis Hydref.</p>"
    )
    assert _dates(_page("<title>Cyhoeddi cynllun newydd</title>", body, "cy")) == (
        dt.date(2022, 3, 12),
        dt.date(2022, 3, 13),
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("12 Mawrth 2022", dt.date(2022, 3, 12)),
        ("1 Awst 2021", dt.date(2021, 8, 1)),
        ("30 Tachwedd 2024", dt.date(2024, 11, 30)),
        ("ddydd Mawrth nesaf", None),  # Tuesday: no day number, no year
        ("ar ddydd Mawrth 12 o'r gloch", None),
    ],
)
def test_welsh_month_names(text: str, found: dt.date | None) -> None:
    dates = [value for value, _start, _end in find_text_dates(text)]
    assert dates == ([found] if found else [])


@pytest.mark.parametrize(
    ("prefix", "modified", "published"),
    [
        ("diweddarwyd ddiwethaf: ", True, False),
        ("diweddarwyd: ", True, False),
        ("cyhoeddwyd gyntaf: ", False, True),
        ("cyhoeddwyd ", False, True),
        ("gyntaf: ", False, False),  # "first", alone
    ],
)
def test_welsh_labels(prefix: str, modified: bool, published: bool) -> None:
    assert T.modified_label(prefix) is modified
    assert (T.TEXT_PUBLISHED_PREFIX_RE.search(prefix) is not None) is published


# --- a label and its date apart in the markup ---------------------------------------------------------------
def test_update_label_with_spacing_from_the_markup() -> None:
    body = (
        "<h1>Headline of the story</h1><div class='dates'>"
        '<span>Publié le : <time datetime="2022-03-12T14:30:12+00:00">12/03/2022 - 14:30</time></span> '
        '<span>Modifié le : <time datetime="2022-03-13T09:10:40+00:00">13/03/2022 - 09:10</time></span></div>'
    )
    assert _dates(_page(_ARTICLE_HEAD, body, "fr")) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))


def test_a_date_far_from_an_update_label_stays_unread() -> None:
    body = (
        "<h1>Headline of the story</h1><p>Modifié le projet de loi, le Sénat a voté.</p>"
        "<p>La loi du 13/03/2022 reste en vigueur.</p>"
    )
    assert _dates(_page(_ARTICLE_HEAD, body, "fr")) == (dt.date(2022, 3, 12), None)


# --- labels after the date (Japanese, Chinese) -------------------------------------------------------------
@pytest.mark.parametrize(
    ("after", "label"),
    [
        (" 9:10更新)", True),
        ("更新", True),
        (" 14時30分 更新", True),
        (" 14:30配信", False),
        (" 10:00 配信 2020/01/09 14:32", None),  # the next date's label ("配信 2020/01/09")
        (" 更新日：2020/01/10", None),
        (" 14:30 東京", None),
        ("", None),
    ],
)
def test_a_label_after_the_date(after: str, label: bool | None) -> None:
    assert T.suffix_label(after) is label


def test_update_in_parentheses_after_its_date() -> None:
    body = (
        '<h1>Headline of the story</h1><div class="stamp"><time datetime="2022-03-12T14:30:00+0900">'
        "2022年3月12日 14:30</time> <span>(2022年3月13日 9:10更新)</span></div><p>本文。</p>"
    )
    assert _dates(_page(_ARTICLE_HEAD, body, "ja")) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))


def test_an_update_label_before_its_date_after_another_date() -> None:
    body = (
        '<h1>Headline of the story</h1><div class="stamp">配信 2022/03/12 14:30 更新 2022/03/13 10:00</div>'
        "<p>本文。</p>"
    )
    assert _dates(_page(_ARTICLE_HEAD, body, "ja")) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))


def test_update_after_its_date_on_a_page_read_from_its_body() -> None:
    body = "<h1>見出し</h1><p>2022年3月12日 14:30 (2022年3月13日 9:10更新)</p><p>本文。</p>"
    assert _dates(_page("<title>見出し</title>", body, "ja")) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))


# --- timeago's <abbr> ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("abbr", "published"),
    [
        ('<abbr class="timeago" title="2022-11-14T18:45:00+05:00">2 years ago</abbr>', dt.date(2022, 11, 14)),
        ('<abbr title="2022-11-14 18:45">2y</abbr>', dt.date(2022, 11, 14)),
        ('<abbr title="Organisation for Economic Co-operation and Development">OECD</abbr>', None),
        ('<abbr title="2022">this year</abbr>', None),
    ],
)
def test_an_iso_time_behind_a_relative_text(abbr: str, published: dt.date | None) -> None:
    body = f"<h1>Headline of the story</h1><div>Web Desk | {abbr}</div><p>Text of the story.</p>"
    url = "https://news.example.com/2087312345-headline-of-the-story"
    assert _dates(_page("<title>Headline of the story</title>", body), url)[0] == published


# --- an article's footer, a page-wide form ------------------------------------------------------------------
def test_an_articles_own_footer_holds_its_date() -> None:
    body = (
        '<section id="posts"><article class="post"><h2>Headline of the story</h2><p>Text.</p>'
        '<footer class="post-meta"><a class="date" href="/post/1">Mar 12th, 2022</a></footer>'
        "</article></section>"
        '<footer id="footer">Theme by someone · Mar 1st, 2020</footer>'
    )
    head = _BLOG_HEAD
    assert _dates(_page(head, body), "https://blog.example.com/post/678912345678901234/headline")[
        0
    ] == dt.date(2022, 3, 12)


def test_the_pages_footer_stays_excluded() -> None:
    body = "<h2>Headline of the story</h2><p>Text.</p><footer><p>Last change: 12 March 2022</p></footer>"
    head = _BLOG_HEAD
    assert _dates(_page(head, body), "https://blog.example.com/post/678912345678901234/headline")[0] is None


def test_an_aspnet_page_wide_form_is_the_page() -> None:
    body = (
        '<form method="post" action="./Release.aspx?ID=1805421" id="form1"><div class="aspNetHidden">'
        '<input type="hidden" name="__VIEWSTATE" value="x"></div><h2>Railways complete electrification of the'
        " line</h2><div>Posted On: 12 MAR 2022 2:30PM by the Bureau</div><p>Text.</p></form>"
    )
    url = "https://bureau.example.gov/Release.aspx?ID=1805421"
    meta = extract_metadata(_page("<title>Press Release</title>", body), url, today=TODAY)
    assert meta.published is not None
    assert meta.published.value == dt.date(2022, 3, 12)


def test_a_search_form_stays_excluded() -> None:
    body = (
        "<h1>Headline of the story</h1><p>Text of the story.</p>"
        '<div class="tools"><form action="/search"><label>Archive from 12 March 2022</label></form></div>'
    )
    assert _dates(_page("<title>Headline of the story</title>", body))[0] is None


# --- site names: initials, an og:title that is the site's name, a logo classed as one -----------------------
@pytest.mark.parametrize(
    ("part", "url", "names"),
    [
        ("Press Information Bureau", "https://pib.gov.in/PressReleasePage.aspx?PRID=1", True),
        ("Bank of England", "https://www.boe.example/news", False),  # two words: initials say too little
        ("British Broadcasting Corporation", "https://www.bbc.co.uk/news/1", True),
        ("Parliament Information Bulletin", "https://www.piba.example/x", False),
        ("Press Information Bureau", "https://www.pibx.example/x", False),
    ],
)
def test_a_host_of_the_names_initials(part: str, url: str, names: bool) -> None:
    assert names_site(part, (), url) is names


def test_a_page_whose_head_names_only_its_site() -> None:
    head = (
        "<title>\n\tPress Release:Press Information Bureau\n</title>"
        '<meta property="og:title" content="Press Information Bureau">'
    )
    body = (
        "<div><h2>Indian Railways completes electrification of 1,000 route kilometres</h2>"
        "<div>Posted On: 12 MAR 2022 2:30PM by PIB Delhi</div><p>Text.</p></div>"
    )
    meta = extract_metadata(
        _page(head, body), "https://pib.gov.in/PressReleasePage.aspx?PRID=1805421", today=TODAY
    )
    assert (meta.title, meta.site_name) == (
        "Indian Railways completes electrification of 1,000 route kilometres",
        "Press Information Bureau",
    )


def test_a_short_headline_with_the_site_name_stays_the_title() -> None:
    head = '<title>Brexit talks | Daily Planet</title><meta property="og:site_name" content="Daily Planet">'
    body = "<h2>Related stories</h2><p>Text.</p>"
    meta = extract_metadata(_page(head, body), "https://www.dailyplanet.example/brexit-talks", today=TODAY)
    assert meta.title == "Brexit talks"


def test_an_og_title_that_is_not_the_sites_name_names_no_site() -> None:
    head = '<title>Rail plan</title><meta property="og:title" content="Rail plan approved by council">'
    meta = extract_metadata(_page(head, "<h1>Rail plan approved by council</h1>"), URL, today=TODAY)
    assert meta.site_name is None


@pytest.mark.parametrize(
    ("img", "site"),
    [
        ('<img class="logo" src="/l.png" alt="Yahoo">', "Yahoo"),
        ('<img class="logo" src="/l.png" alt="Logo">', None),  # a word, not a name
        ('<img class="hero" src="/h.jpg" alt="A crowd on the square">', None),  # not a logo
    ],
)
def test_a_logo_classed_as_one_outside_a_link_home(img: str, site: str | None) -> None:
    body = (
        f'<div class="header">{img}</div><h1>Yahoo is part of the Yahoo family of brands</h1><p>Cookies.</p>'
    )
    meta = extract_metadata(
        _page("<title>Consent</title>", body), "https://consent.example.com/v2/x", today=TODAY
    )
    assert meta.site_name == site


# --- error messages and region blocks -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "error"),
    [
        ("Contenido retirado | Diario de Navarra", True),
        ("Noticia retirada", True),
        ("Ne pare rău, pagina pe care o cauți nu există.", True),
        ("Pagina nu mai există - Digi24", True),
        ("Retirado el contenido de la exposición de Goya", False),
        ("Ne pare rău pentru întârziere, spune ministrul", False),
    ],
)
def test_spanish_and_romanian_error_messages(title: str, error: bool) -> None:
    assert is_error_title(title, ["Diario de Navarra", "Digi24"]) is error


@pytest.mark.parametrize(
    ("title", "blocked"),
    [
        ("Contenuto non disponibile nella tua area geografica", True),
        ("Questo video non è disponibile nel tuo paese", True),
        ("Conteúdo não disponível no seu país", True),
        ("Vaccino non disponibile nelle farmacie del Lazio", False),
        ("Remédio não está disponível no SUS", False),
    ],
)
def test_italian_and_portuguese_region_blocks(title: str, blocked: bool) -> None:
    assert is_blocked_title(title) is blocked


def test_a_region_block_under_the_services_head_is_no_front_page() -> None:
    head = (
        "<title>Streaming Service</title>"
        '<meta property="og:url" content="https://stream.example.it/">'
        '<meta property="og:title" content="Streaming Service">'
        '<meta property="og:site_name" content="Streaming Service">'
    )
    url = "https://stream.example.it/video/tg5/edizione-ore-20-del-12-marzo_F309384501234567"
    blocked = extract_metadata(
        _page(head, "<h1>Contenuto non disponibile nella tua area geografica</h1>", "it"), url, today=TODAY
    )
    assert soft_404_signal(url, url, blocked, 0) is None
    front = extract_metadata(_page(head, "<h1>I programmi di oggi</h1>", "it"), url, today=TODAY)
    signal = soft_404_signal(url, url, front, 0)
    assert signal is not None
    assert signal[0] is Cause.FRONT_PAGE
