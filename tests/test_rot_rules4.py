"""The rules the fourth link-rot batch (tests/test_rot_heldout4.py) brought, each on strings and addresses,
with the pages each must leave alone: not-found and removal messages in Swedish, Norwegian, Danish, Hebrew,
Vietnamese and Thai, a removal "by order of the court", a headless page's notice whose first sentence is the
message, a section front headed by its address's name, a JavaScript shell whose state says 404, link spam
under a kept headline, parking pages in Russian, Portuguese and Dutch."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, ExtractedDate, Metadata, Status
from linkcheck.pagebody import (
    after_headline_signal,
    body_signal,
    headless_signal,
    notice_signal,
    shell_error,
    spam_signal,
)
from linkcheck.soft404 import is_error_title, soft_404_signal

SITE = "https://www.valleyledger.example.com"
STORY = f"{SITE}/local/2016/05/03/farmers-market-riverside"


# --- error messages in more languages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Hoppsan! Sidan kunde inte hittas",
        "Tyvärr, sidan finns inte längre",
        "Artikeln har tagits bort",
        "Artikkelen er ikke lenger tilgjengelig",
        "Denne saken er avpublisert.",
        "Artiklen er ikke længere tilgængelig",
        "Beklager, siden finnes ikke lenger",
        "אופס! הדף שחיפשת לא נמצא",
        "הכתבה לא נמצאה",
        "Rất tiếc, bài viết không tồn tại hoặc đã bị xóa!",
        "Xin lỗi, trang bạn tìm không tồn tại",
        "ไม่พบหน้าที่คุณต้องการ",
        "This article has been removed by order of the court.",
        "This story was withdrawn following a legal complaint",
        "The article has been removed under an injunction",
    ],
)
def test_error_messages_of_the_fourth_batch(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Post removed by council",  # a headline: no page, article or story says it is gone
        "This article has been removed by the editor because it was boring",  # a why that is no legal one
        "Artikkelen om brua er klar",  # Norwegian: "the article about the bridge is ready"
        "Sidan om Ljusnan",  # Swedish: "the page about the Ljusnan"
        "Trang trại mới mở cửa",  # Vietnamese: "a new farm opens"
        "Nya bron över Ljusnan öppnar i oktober",
        "Court orders removal of illegal billboards",
    ],
)
def test_headlines_that_are_no_error_message(title: str) -> None:
    assert not is_error_title(title)


# --- a headless page's notice: its first sentence ---------------------------------------------------------

HEADLESS = (
    '<html lang="en-GB"><head><title>The Northern Courier</title>'
    '<meta property="og:site_name" content="The Northern Courier"></head><body>'
    '<header><a href="/">The Northern Courier</a></header><main><div class="notice"><h2>Legal notice</h2>'
)


def _headless(html: str) -> tuple[Status, Cause, str] | None:
    url = "https://www.northerncourier.example.co.uk/news/2021/oct/04/care-home-investigation"
    return headless_signal(url, url, html.encode(), extract_metadata(html.encode(), url))


def test_a_notice_whose_first_sentence_says_removed_is_a_soft_404() -> None:
    got = _headless(
        HEADLESS + "<p>This article has been removed by order of the court. It may not be published while"
        " proceedings are active.</p></div></main></body></html>"
    )
    assert got is not None
    assert got[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)


def test_a_line_whose_later_sentence_says_not_found_is_not_read_as_one() -> None:
    """Only the first sentence is read: a line that opens with something else is no notice."""
    got = _headless(
        HEADLESS + "<p>Our newsroom answers readers every weekday. The page you want may not be found"
        " in our print archive.</p></div></main></body></html>"
    )
    assert got is None


# --- a section front headed by its address's name ---------------------------------------------------------

LEGACY = f"{SITE}/storyview.php?sid=20150612-levy"


def test_an_old_story_redirected_to_a_page_headed_by_its_section_is_a_front_page() -> None:
    section = Metadata(title="Local", published=ExtractedDate(dt.date(2023, 4, 29), "time"))
    got = soft_404_signal(LEGACY, f"{SITE}/local/?from=legacy", section, 1)
    assert got is not None
    assert got[0] is Cause.FRONT_PAGE
    got = soft_404_signal(LEGACY, f"{SITE}/news/business", Metadata(title="Business"), 1)
    assert got is not None


def test_a_page_headed_by_its_address_is_left_alone_when_it_is_a_story_or_a_gate() -> None:
    # a story moved to a two-word slug states its date
    story = Metadata(title="Eastquay carnival", published=ExtractedDate(dt.date(2019, 7, 22), "json-ld"))
    assert soft_404_signal(LEGACY, f"{SITE}/eastquay-carnival", story, 1) is None
    # a sign-in page is headed by its address's name: a gate, judged as one elsewhere
    login = Metadata(title="Anmelden")
    assert soft_404_signal(LEGACY, f"{SITE}/anmelden?redirect=%2Flokales%2Fx", login, 1) is None
    assert soft_404_signal(LEGACY, f"{SITE}/login", Metadata(title="Login"), 1) is None
    # not redirected: the page is the cited URL's own
    assert soft_404_signal(f"{SITE}/local", f"{SITE}/local", Metadata(title="Local"), 0) is None
    # another headline than the section's name
    assert soft_404_signal(LEGACY, f"{SITE}/local/", Metadata(title="Levy vote postponed"), 1) is None
    # another site's section
    assert soft_404_signal(LEGACY, "https://www.othertown.org/local/", Metadata(title="Local"), 1) is None


# --- a JavaScript shell whose state says 404 --------------------------------------------------------------


@pytest.mark.parametrize(
    "state",
    [
        b'<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"error":'
        b'{"statusCode":404,"title":"Page not found"}}},"page":"/[...slug]"}</script>',
        b'<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/_error"}'
        b"</script>",
        b'<script>window.__NUXT__={layout:"default",error:{statusCode:404,message:"This page could not be'
        b' found"}}</script>',
        b'<script>window.__STATE__={"route":{"notFound":true}}</script>',
    ],
)
def test_a_shell_whose_state_says_not_found(state: bytes) -> None:
    assert shell_error(b'<html><body><div id="__next"></div>' + state + b"</body></html>") is not None


@pytest.mark.parametrize(
    "state",
    [
        b'<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"error":null,'
        b'"notFound":false,"content":{"headline":"Boardwalk reopens"}}},"page":"/[...slug]"}</script>',
        b'<script src="/_next/static/chunks/404-8a1f2e6c0b7d3e45.js"></script>',  # a chunk named 404
        b'<script>window.__STATE__={"views":404,"status":200}</script>',  # a count of 404, no status
    ],
)
def test_a_shell_whose_state_holds_an_article_is_left_alone(state: bytes) -> None:
    assert shell_error(b'<html><body><div id="__next"></div>' + state + b"</body></html>") is None


# --- link spam under a kept headline --------------------------------------------------------------------

SPAM_HEAD = (
    "<html><head><title>Farmers market moves to Riverside Park | The Valley Ledger</title>"
    '<meta property="article:published_time" content="2016-05-03T06:00:00-07:00"></head><body>'
    "<h1>Farmers market moves to Riverside Park</h1>"
)


def _spam(html: str, url: str = STORY) -> tuple[Status, Cause, str] | None:
    return spam_signal(url, url, html.encode(), extract_metadata(html.encode(), url))


def test_pharmacy_links_under_a_kept_headline_are_spam() -> None:
    html = SPAM_HEAD + (
        '<p>Where to <a href="https://rx.example/cialis">buy Cialis online</a>? Our pharmacy ships'
        ' <a href="https://rx.example/viagra">generic Viagra</a> and'
        ' <a href="https://rx.example/levitra">Levitra 20mg</a> worldwide.</p></body></html>'
    )
    got = _spam(html)
    assert got is not None
    assert got[:2] == (Status.SOFT_404, Cause.SPAM)
    assert "cialis" in got[2]


def test_gambling_links_under_a_kept_headline_are_spam() -> None:
    html = SPAM_HEAD + (
        '<p><a href="https://slot.example/">Slot gacor</a> hari ini, <a href="https://slot.example/d">agen'
        ' slot88</a>, <a href="https://togel.example/">togel online</a>.</p></body></html>'
    )
    assert _spam(html) is not None


SPAM_LINKS = (
    '<p>Where to <a href="https://rx.example/cialis">buy Cialis online</a>? Our pharmacy ships'
    ' <a href="https://rx.example/viagra">generic Viagra</a> and'
    ' <a href="https://rx.example/levitra">Levitra 20mg</a> worldwide.</p></body></html>'
)
GONE_NOTICE = "<p>This article has been removed.</p></body></html>"
STORY_TEXT = (
    "<p>" + "The market opens on Saturdays from eight until noon, beside the bandstand. " * 12 + "</p>"
)


@pytest.mark.parametrize(
    ("html", "cause"),
    [
        (SPAM_HEAD + SPAM_LINKS, Cause.SPAM),
        (SPAM_HEAD + GONE_NOTICE, Cause.ERROR_PAGE),
        (SPAM_HEAD.replace("</h1>", "</H1>") + SPAM_LINKS, Cause.SPAM),  # old markup's capitals
        (SPAM_HEAD + STORY_TEXT + "</body></html>", None),
        (SPAM_HEAD.replace("h1>", "h2>") + SPAM_LINKS, None),  # no headline in an <h1>: nothing read
    ],
)
def test_the_reader_asks_the_notice_then_the_spam_test_with_one_search(
    html: str, cause: Cause | None
) -> None:
    body = html.encode()
    metadata = extract_metadata(body, STORY)
    got = after_headline_signal(STORY, STORY, body, metadata)
    assert (got[1] if got else None) == cause
    alone = notice_signal(STORY, STORY, body, metadata) or spam_signal(STORY, STORY, body, metadata)
    assert got == alone


def test_what_spam_rules_leave_alone() -> None:
    # a news story about casinos and medicines names them in its text
    text = SPAM_HEAD + (
        "<p>Online casino operators, slot games and sellers of Viagra and Cialis without prescription"
        " were named in the report; the pharmacy regulator said togel lotteries are illegal.</p>"
        "</body></html>"
    )
    assert _spam(text) is None
    # its links to its own stories on the subject are not spam
    own = SPAM_HEAD + "".join(
        f'<a href="{SITE}/health/{n}">{t}</a> '
        for n, t in enumerate(["Viagra patent expires", "Cialis maker fined", "Online pharmacy scam"])
    )
    assert _spam(own + "</body></html>") is None
    # two spam links are not enough
    two = SPAM_HEAD + (
        '<a href="https://rx.example/a">buy cialis</a> <a href="https://rx.example/b">generic viagra</a>'
    )
    assert _spam(two + "</body></html>") is None
    # three links of one word only: a single affiliate's product named three times
    one = SPAM_HEAD + "".join(f'<a href="https://rx.example/{n}">Viagra</a> ' for n in range(3))
    assert _spam(one + "</body></html>") is None
    # the headline's own words are no spam: a story about the drug, linking its makers' pages
    viagra = (
        "<html><head><title>Viagra goes on sale without prescription</title></head><body>"
        "<h1>Viagra goes on sale without prescription</h1>"
        + "".join(f'<a href="https://maker{n}.example/">Viagra leaflet {n}</a> ' for n in range(3))
        + '<a href="https://nhs.example/">prescription rules</a></body></html>'
    )
    assert _spam(viagra) is None


# --- parked domains in more languages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>vechernii.example — домен продаётся</title></head><body><h1>Срок регистрации"
        " домена vechernii.example истёк</h1><p>Домен продаётся.</p></body></html>",
        "<html><head><title>jornaldovale.example</title></head><body><h2>Este domínio pode estar à venda!"
        "</h2></body></html>",
        "<html><head><title>dagblad.example</title></head><body><p>Dit domein is te koop! Doe een bod.</p>"
        "</body></html>",
        "<html><head><title>gazeta.example</title></head><body><p>Ta domena jest na sprzedaż.</p>"
        "</body></html>",
    ],
)
def test_parking_pages_in_more_languages(page: str) -> None:
    url = "https://www.paper.example/news/2015/10/12/story"
    got = body_signal(url, url, page.encode(), extract_metadata(page.encode(), url))
    assert got is not None
    assert got[0] is Cause.PARKED


def test_a_story_about_a_domain_sale_is_no_parking_page() -> None:
    page = (
        '<html><head><title>Город выставил домен на продажу</title><meta property="article:published_time"'
        ' content="2021-03-04T10:00:00+07:00"></head><body><h1>Город выставил домен на продажу</h1>'
        "<p>Старый домен продаётся: срок регистрации домена истёк весной.</p></body></html>"
    )
    url = "https://www.paper.example/news/2021/03/04/domain"
    assert body_signal(url, url, page.encode(), extract_metadata(page.encode(), url)) is None
