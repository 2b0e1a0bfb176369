"""The rules the third link-rot batch (tests/test_rot_heldout3.py) brought, each on HTML strings and
addresses, with the pages each must leave alone: a notice where the article was under a kept headline,
removal notices in more words and languages, an unquoted echo of the address, a letterless heading, the
front page's search and a referrer's number, subscription addresses, parking pages in other languages and
marketplaces, index files and more tracking parameters."""

from __future__ import annotations

import pytest

from linkcheck.classify import _trivially_same
from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal
from linkcheck.models import Cause, Status
from linkcheck.pagebody import body_signal, headless_signal, notice_signal
from linkcheck.soft404 import is_error_title, soft_404_signal

SITE = "https://www.valleyledger.example.com"
STORY = f"{SITE}/local/2018/09/20/councillor-firm-contracts"
HEAD = (
    "<html><head><title>Councillor's firm won contracts | The Valley Ledger</title>"
    '<meta property="og:site_name" content="The Valley Ledger">'
    '<meta property="article:published_time" content="2018-09-20T05:00:00-07:00"></head><body>'
    "<h1>Councillor's firm won contracts</h1><p class=meta><time>Sept. 20, 2018</time></p>"
)
PARAGRAPH = (
    "<p>County records show the firm was paid for road resurfacing, snow clearing and the repair of three"
    " culverts on the valley road, work that was never put out to tender as county rules require.</p>"
)


def _notice(html: str, url: str = STORY) -> tuple[Status, Cause, str] | None:
    return notice_signal(url, url, html.encode(), extract_metadata(html.encode(), url))


def test_a_removal_notice_under_a_kept_headline_is_a_soft_404() -> None:
    html = HEAD + "<p><strong>This article has been removed.</strong></p><p>We removed it in 2021.</p></body>"
    got = _notice(html)
    assert got is not None
    assert got[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)
    assert "This article has been removed." in got[2]


def test_an_expired_embed_under_a_live_blog_headline_is_a_soft_404() -> None:
    html = HEAD + '<div class="embed"><h2>This live event has expired</h2><p>Gone.</p></div></body>'
    assert _notice(html) is not None


def test_an_embed_notice_inside_an_article_is_left_alone() -> None:
    """An embedded video that says so, with the article's paragraphs after it: the article is there."""
    html = (
        HEAD + "<div class=video><p>This video is no longer available.</p></div>" + PARAGRAPH * 3 + "</body>"
    )
    assert _notice(html) is None
    html = HEAD + "<p>This content has been removed.</p>" + PARAGRAPH * 3 + "</body>"
    assert _notice(html) is None


def test_an_embed_notice_above_long_paragraphs_is_left_alone() -> None:
    """Paragraphs longer than a line (600 characters), as long reads write them: the article goes on."""
    long = "<p>" + " ".join([PARAGRAPH[3:-4]] * 4) + "</p>"
    assert len(long) > 700
    html = HEAD + "<div class=video><p>This content is no longer available.</p></div>" + long * 3 + "</body>"
    assert _notice(html) is None
    cut = HEAD + "<p>This content is no longer available.</p>" + long + long[:-4]  # the window's end cuts one
    assert _notice(cut) is None
    assert _notice(HEAD + "<p>This content is no longer available.</p><p>Back to the front page.</p>")


def test_a_correction_note_is_no_notice() -> None:
    html = (
        HEAD + "<p><em>Correction: This article has been updated. A paragraph has been removed because the"
        " quote in it was wrongly attributed.</em></p></body>"
    )
    assert _notice(html) is None


def test_a_notice_far_below_the_headline_is_not_read() -> None:
    html = HEAD + PARAGRAPH * 12 + "<p>This article has been removed.</p></body>"
    assert _notice(html) is None


@pytest.mark.parametrize(
    "title",
    [
        "This story has been unpublished",
        "Content removed",
        "This live event has expired",
        "Depublizierter Inhalt",
        "Dieser Inhalt steht nicht mehr zur Verfügung",
        "Ops! L'articolo che cercavi non esiste più",
        "Questa pagina non è più disponibile",
        "Dit artikel is niet meer beschikbaar",
        "Artykuł został usunięty",
        "Oops! Berita yang Anda cari tidak ditemukan",
    ],
)
def test_removal_notices_are_error_titles(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Night bus no longer available after 11pm, operator confirms",
        "Content removed from school library after complaints",
        "Seite nicht mehr erreichbar: Stadt schaltet altes Bürgerportal ab",
        "Artykuł o moście został usunięty z gazety po skardze",
        "Nothing found for missing hikers after three-day search",
    ],
)
def test_headlines_about_removals_are_not_error_titles(title: str) -> None:
    assert not is_error_title(title)


def test_nothing_found_for_the_addresss_words_is_an_error_page() -> None:
    url = f"{SITE}/local/2018/01/16/ice-rink-reopens"
    html = (
        "<html><head><title>Nothing found for  Local 2018 01 16 Ice Rink Reopens | The Valley Ledger</title>"
    )
    html += '<meta property="og:site_name" content="The Valley Ledger"></head><body><h1>4<i></i>4</h1></body>'
    got = soft_404_signal(url, url, extract_metadata(html.encode(), url), 0)
    assert got is not None
    assert got[0] is Cause.ERROR_PAGE
    # the same words for another address are a headline, not an echo
    other = f"{SITE}/local/2018/01/16/hikers-search"
    assert soft_404_signal(other, other, extract_metadata(html.encode(), other), 0) is None


def test_the_front_pages_search_is_named_and_a_referrers_number_is_no_article() -> None:
    got = soft_404_signal(STORY, f"{SITE}/?s=councillor+firm", None, 1)
    assert got is not None
    assert got[0] is Cause.FRONT_PAGE
    assert "search" in got[1]
    got = soft_404_signal(STORY, f"{SITE}/?ref=404", None, 1)
    assert got is not None
    assert got[0] is Cause.FRONT_PAGE
    assert soft_404_signal(STORY, f"{SITE}/?p=4410", None, 1) is None  # a WordPress post


@pytest.mark.parametrize(
    "where", ["/abonnement/offres?origine=%2Fa", "/paywall?return=/a", "/assinatura", "/abbonamenti/"]
)
def test_subscription_addresses_are_gates(where: str) -> None:
    got = gate_signal(STORY, SITE + where, None, 1)
    assert got is not None
    assert got[0] is Cause.AUTH


def test_a_subscriber_only_title_is_a_gate() -> None:
    html = "<html><head><title>Cet article est réservé aux abonnés</title></head><body></body></html>"
    got = gate_signal(STORY, STORY, extract_metadata(html.encode(), STORY), 0)
    assert got is not None
    assert got[0] is Cause.AUTH


def _parked(html: str) -> tuple[Cause, str] | None:
    return body_signal(STORY, STORY, html.encode(), extract_metadata(html.encode(), STORY))


def test_a_japanese_registrars_parking_page_is_parked() -> None:
    html = (
        "<html><head><title>valleyledger.example</title></head><body>"
        "<p>このドメインは、お名前.comで取得されています。</p></body></html>"
    )
    got = _parked(html)
    assert got is not None
    assert got[0] is Cause.PARKED
    # one sign is not enough: a page about domains with a headline
    html = "<html><head><title>ドメインの選び方</title></head><body>"
    html += "<p>このドメインは人気です。</p></body></html>"
    assert _parked(html) is None


def test_a_marketplace_lander_is_parked() -> None:
    html = (
        "<html><head><title>ValleyLedger.example is for sale | Domain marketplace</title></head><body>"
        "<h1>ValleyLedger.example is for sale</h1><a>Buy now</a><a>Make an offer</a></body></html>"
    )
    got = _parked(html)
    assert got is not None
    assert got[0] is Cause.PARKED


def test_an_undated_page_with_only_an_h2_is_read_for_its_lines() -> None:
    html = (
        "<html><head><title>Rheinland-Welle | Nachrichten</title>"
        '<meta property="og:site_name" content="Rheinland-Welle"></head><body>'
        "<h2>Depublizierter Inhalt</h2><p>Mehr Nachrichten</p></body></html>"
    )
    got = headless_signal(STORY, STORY, html.encode(), extract_metadata(html.encode(), STORY))
    assert got is not None
    assert got[1] is Cause.ERROR_PAGE


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (f"{SITE}/news/story/index.html", f"{SITE}/news/story", True),
        (f"{SITE}/news/story/default.aspx", f"{SITE}/news/story/", True),
        (f"{SITE}/news/story?CMP=share_btn_tw", f"{SITE}/news/story", True),
        (f"{SITE}/news/story?at_medium=RSS&at_campaign=rss", f"{SITE}/news/story", True),
        (f"{SITE}/news/story?ref=rss", f"{SITE}/news/story", True),
        (f"{SITE}/news/index.html", f"{SITE}/news/story", False),
        (f"{SITE}/news/story?id=7", f"{SITE}/news/story", False),
    ],
)
def test_trivial_moves(a: str, b: str, same: bool) -> None:
    assert _trivially_same(a, b) is same
