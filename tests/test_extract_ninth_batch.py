"""Rules added for the ninth held-out batch (docs/benchmarks.md, "Ninth batch"), each on small HTML strings
or titles, with what each must leave alone: the Arabic update label in a byline and Portuguese "Actualizado
a"; a judgment's own date ("Pronounced on") before the hearing's; French, Bengali and Thai error messages;
the ``<title>``'s error message on a page without an error heading; the slug's vote doubled when the head
is the front page's; a site search for the slug's words; a logo's name in a ``<title>`` suffix."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract import tables as T
from linkcheck.models import Cause
from linkcheck.soft404 import is_error_title, is_search_echo, soft_404_signal
from tests.test_extract_calendars_zones import TODAY, URL, _dates, _page


# --- update and judgment labels -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("byline", "lang"),
    [
        ("<span>12/3/2022</span> <span>آخر تحديث: 13/3/2022</span><span>09:10</span>", "ar"),
        ("12 de Março de 2022, 14:30 <span>Actualizado a 13 de Março de 2022, 9:10</span>", "pt"),
    ],
)
def test_update_labels_under_a_head_without_an_update(byline: str, lang: str) -> None:
    head = (
        "<title>Headline of the story</title>"
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story",'
        '"datePublished":"2022-03-12T11:30:00Z"}</script>'
    )
    body = f"<h1>Headline of the story</h1><div class='meta'>{byline}</div><p>Text of the story.</p>"
    assert _dates(_page(head, body, lang)) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))


@pytest.mark.parametrize(
    ("prefix", "modified"),
    [
        ("actualizado a ", True),
        ("atualizado a ", True),
        ("voltou a ", False),  # "a" follows a label only
        ("aumentou para ", False),
        ("آخر تحديث: ", True),
    ],
)
def test_portuguese_a_after_an_update_label(prefix: str, modified: bool) -> None:
    assert T.modified_label(prefix) is modified


@pytest.mark.parametrize(
    ("prefix", "published"),
    [
        ("pronounced on: ", True),
        ("date of judgment: ", True),
        ("date of the decision: ", True),
        ("judgment reserved on: ", False),  # the hearing's end, not the judgment
        ("heard on ", False),
        ("order dated ", False),  # an order the judgment quotes
    ],
)
def test_a_judgments_own_date_is_labelled(prefix: str, published: bool) -> None:
    assert (T.TEXT_PUBLISHED_PREFIX_RE.search(prefix) is not None) is published


def test_judgment_pronounced_after_it_was_reserved() -> None:
    body = (
        '<div class="doc_title">Meena vs State Of Rajasthan on 12 March, 2022</div>'
        "<pre>S.B. Civil Writ Petition No. 4512/2021</pre>"
        "<p>For Petitioner(s) : Mr. R.K. Saini</p><p>HON'BLE MR. JUSTICE A. K. SHARMA</p>"
        "<p>Judgment reserved on: 02/03/2022 Pronounced on: 12/03/2022</p>"
        "<p>1. The petitioner challenges the order dated 18.06.2021.</p>"
    )
    html = _page("<title>Meena vs State Of Rajasthan on 12 March, 2022</title>", body, "en-IN")
    assert _dates(html, "https://law.example.org/doc/123456789/") == (dt.date(2022, 3, 12), None)
    # Without the label, the first date after the title is read, as before.
    plain = html.replace("Pronounced on: ", "")
    assert _dates(plain, "https://law.example.org/doc/123456789/")[0] == dt.date(2022, 3, 2)


# --- error messages ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "error"),
    [
        ("Oups ! Cette page n'existe pas ou plus.", True),
        ("Cette page n'existe pas ou plus, dit la ministre", False),  # a piece that says more
        ("দুঃখিত, আপনি যে পাতাটি খুঁজছেন তা পাওয়া যায়নি", True),  # "sorry" folds into three pieces
        ("দুঃখিত, পাঠকদের কাছে সম্পাদকের বার্তা", False),  # "sorry" before another sentence
        ("ขออภัย! ไม่พบหน้าที่คุณต้องการ", True),
        ("ไม่พบหน้าที่คุณต้องการ - มติชนออนไลน์", True),
        ("ขออภัย การเดินทาง", False),
    ],
)
def test_french_bengali_thai_error_messages(title: str, error: bool) -> None:
    assert is_error_title(title, ["มติชนออนไลน์"]) is error


ERROR_URL = "https://www.daily.example.co.th/local/news_3212345"


def _error_page(body: str) -> str:
    head = (
        "<title>ไม่พบหน้าที่คุณต้องการ - มติชนออนไลน์</title>"
        '<meta property="og:site_name" content="มติชนออนไลน์"><meta property="og:title" content="มติชนออนไลน์">'
        '<meta property="og:url" content="https://www.daily.example.co.th/">'
    )
    return _page(head, body, "th")


def test_title_tags_error_message_when_no_heading_says_it() -> None:
    body = (
        '<div class="td-404-title">ขออภัย! ไม่พบหน้าที่คุณต้องการ</div><h4>ข่าวล่าสุด</h4>'
        '<div><h3 class="entry-title"><a href="/local/news_1">ฝนตกหนักภาคใต้ เตือนน้ำท่วมฉับพลัน</a></h3>'
        '<time datetime="2024-11-30T09:20:00+07:00">30 พ.ย. 2567</time></div>'
    )
    meta = extract_metadata(_error_page(body), ERROR_URL, today=TODAY)
    assert (meta.title, meta.title_source, meta.published) == ("ไม่พบหน้าที่คุณต้องการ", "title-tag", None)
    signal = soft_404_signal(ERROR_URL, ERROR_URL, meta, 0)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


def test_an_h1_headline_is_not_replaced_by_the_title_tags_error() -> None:
    """A page whose ``<title>`` alone says "not found" beside a real h1 keeps the h1 (the soft-404 signal asks
    for the headline, or every title, to be an error)."""
    html = _page(
        "<title>Page not found</title>",
        "<h1>County opens a new library branch</h1><p>12 March 2022</p><p>Text of the story.</p>",
    )
    meta = extract_metadata(html, URL, today=TODAY)
    assert meta.title == "County opens a new library branch"


# --- the head of the front page, several h1s ----------------------------------------------------------------
WP_URL = "https://www.joy.example.com/kumasi-traders-relocate-as-market-upgrade-begins/"


def _wordpress(canonical: str) -> str:
    head = (
        "<title>JoyNews &#8211; Ghana News, Sports, Politics &amp; Business</title>"
        '<meta property="og:title" content="JoyNews &#8211; Ghana News, Sports, Politics &amp; Business">'
        f'<meta property="og:site_name" content="JoyNews"><link rel="canonical" href="{canonical}">'
    )
    body = (
        '<header><h1 class="site-title"><a href="https://www.joy.example.com/">JoyNews</a></h1></header>'
        '<div class="ticker"><h1>Breaking</h1><a href="/x/">Parliament passes the budget</a></div>'
        "<article><h1>Kumasi traders relocate as market upgrade begins</h1>"
        '<time class="entry-date published" datetime="2022-03-12T14:30:00+00:00">Mar 12, 2022</time>'
        "<p>Traders have moved into temporary stalls.</p></article>"
    )
    return _page(head, body)


def test_slug_outvotes_a_head_that_is_the_front_pages() -> None:
    meta = extract_metadata(_wordpress("https://www.joy.example.com/"), WP_URL, today=TODAY)
    assert meta.title == "Kumasi traders relocate as market upgrade begins"
    assert meta.published is not None
    assert meta.published.value == dt.date(2022, 3, 12)
    assert soft_404_signal(WP_URL, WP_URL, meta, 0) is None


def test_a_front_page_served_at_another_slug_keeps_its_head() -> None:
    """No heading spells the address's slug: nothing says the page is that article (a front page served at a
    removed article's URL), and the head's title stays."""
    url = "https://www.joy.example.com/minister-resigns-over-port-contract/"
    meta = extract_metadata(_wordpress("https://www.joy.example.com/"), url, today=TODAY)
    assert meta.title == "Ghana News, Sports, Politics & Business"
    assert soft_404_signal(url, url, meta, 0) is not None


# --- a site search for the slug's words ---------------------------------------------------------------------
SEARCH_URL = "https://www.tirreno.example.it/pisa/cronaca/2022/03/12/news/comune-pisa-piano-parcheggi-1234001"


@pytest.mark.parametrize(
    ("title", "url", "echo"),
    [
        ("Risultati della ricerca per: comune pisa piano parcheggi", SEARCH_URL, True),
        ("Hai cercato comune pisa piano parcheggi - Il Tirreno", SEARCH_URL, True),
        ("Search results for “Comune Pisa Piano Parcheggi”", SEARCH_URL, True),
        ("Risultati della ricerca per: sindaco", SEARCH_URL, False),  # a search for other words
        ("Comune, il piano parcheggi di Pisa", SEARCH_URL, False),  # the headline itself
        ("Search results for pisa", "https://x.example.it/pisa", False),  # no slug of three words
        ("  ", SEARCH_URL, False),  # no words at all
        (None, SEARCH_URL, False),
        # A headline that starts with "Results for" is no search page.
        ("Results for the county schools improve", "https://x.example.com/county-schools-improve", False),
    ],
)
def test_search_echo(title: str | None, url: str, echo: bool) -> None:
    assert is_search_echo(title, url) is echo


def test_search_page_for_the_slug_is_a_soft_404_without_a_date() -> None:
    head = (
        "<title>Hai cercato comune pisa piano parcheggi - Il Tirreno</title>"
        '<meta property="og:site_name" content="Il Tirreno">'
        '<link rel="canonical" href="https://www.tirreno.example.it/ricerca/?q=comune+pisa+piano+parcheggi">'
    )
    body = (
        "<h1>Risultati della ricerca per: comune pisa piano parcheggi</h1><p>Nessun risultato trovato.</p>"
        '<h2>Ultime notizie</h2><article><a href="/a">Allerta meteo</a>'
        '<time datetime="2024-11-30T08:12:00+01:00">30 novembre 2024</time></article>'
    )
    meta = extract_metadata(_page(head, body, "it"), SEARCH_URL, today=TODAY)
    assert meta.title == "Risultati della ricerca per: comune pisa piano parcheggi"
    assert meta.published is None  # today's list, and the URL's date, are not the page's
    signal = soft_404_signal(SEARCH_URL, SEARCH_URL, meta, 0)
    assert signal is not None
    assert signal[0] is Cause.FRONT_PAGE


# --- the logo's name in a <title> suffix ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("suffix", "alt", "site"),
    [
        ("澎湃新闻-The Paper", "澎湃新闻", "澎湃新闻"),  # the name, then its English name
        ("Daily Planet", "Daily", "Daily Planet"),  # a space alone joins nothing
        ("澎湃新闻-The Paper", "The Paper", "澎湃新闻-The Paper"),  # the logo's name must come first
    ],
)
def test_logo_name_in_a_title_suffix(suffix: str, alt: str, site: str) -> None:
    html = _page(
        f"<title>杭州地铁三期规划获批，新增四条线路 | {suffix}</title>",
        f'<header><a href="/"><img src="/logo.png" alt="{alt}"></a></header>'
        "<h1>杭州地铁三期规划获批，新增四条线路</h1><div><span>2022-03-12 14:30</span></div><p>正文。</p>",
        "zh-CN",
    )
    meta = extract_metadata(html, "https://www.paper.example.cn/newsDetail_forward_16987654", today=TODAY)
    assert meta.site_name == site
