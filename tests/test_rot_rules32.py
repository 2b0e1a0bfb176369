"""The rules the thirty-second link-rot batch (tests/test_rot_heldout32.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: Ossetian and Udmurt not-found
messages; a page whose canonical address is the site's error page; WordPress's not-found template known by
its ``<body>`` class; a prize scam that never addresses the reader as 'you' (the rot31 leftover); a
messenger's QR-code sign-in clone read for what it is (the rot31 leftover: cited without a title it passed);
a parcel-fee phish; a drainer or a malware lure larger than 48 KB (the rot31 leftover); a brand-protection
registrar's placeholder; an offerwall."""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.gates import _text_gate
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from linkcheck.pagebody import (
    heavy_lure,
    parcel_fee_lure,
    prize_scam,
    qr_login_clone,
    wordpress_not_found,
)
from linkcheck.soft404 import is_error_title, soft_404_signal
from tests.rot_harness import body_signal_at, headed_page
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
KAZBEK = "https://kazbek-inform.com"
BALOBAN = "https://baloban-news.com"
KAMA = "https://kamagazette.com"
ORLAN = "https://orlan-news.com"
URL = "https://kazbek-inform.com/20200419/1800001040.html"


_page = headed_page("2020-04-19T10:00:00+03:00")


_body_signal = body_signal_at(URL)


# --- Ossetian and Udmurt ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Фарс нæ ссардæуыд",
        "Ирыстоны Хабæрттæ — Фарс нæ ссардæуыд",
        "Бам шедьтымтэ — Удмурт Иворъёс",
        "Ивор шедьтымтэ",
    ],
)
def test_ossetian_and_udmurt_not_found_titles(title: str) -> None:
    assert is_error_title(title, ["Ирыстоны Хабæрттæ", "Удмурт Иворъёс"])


@pytest.mark.parametrize(
    "title",
    [
        "Фарс нæ ссардæуыд: цæмæн сæфынц сайттæ",  # "Page not found: why sites vanish" (a headline)
        "Бам шедьтымтэ: малы сайтъёс ыштӥсько",
        "Дзæуджыхъæуы ног скъола байгом кодтой",
        "Ижкарын выль школа усьтӥськиз",
    ],
)
def test_ossetian_and_udmurt_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title, ["Ирыстоны Хабæрттæ", "Удмурт Иворъёс"])


# --- a canonical address that is the site's error page ------------------------------------------------------

_OOPS = '<title>Балобан</title><link rel="canonical" href="https://baloban-news.com/404/">'


def test_canonical_error_page_is_a_soft_404() -> None:
    url = BALOBAN + "/politika/9160030"
    body = _page(_OOPS, "<h1>Ой!</h1><p><a href='/'>На главную</a></p>")
    signal = soft_404_signal(url, url, extract_metadata(body, url), 0)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "/404/" in signal[1]


@pytest.mark.parametrize(
    ("url", "canonical", "dated"),
    [
        (BALOBAN + "/politika/9160030", BALOBAN + "/politika/9160030", False),  # its own address
        (BALOBAN + "/404/", BALOBAN + "/404/", False),  # the error page asked for by name
        (BALOBAN + "/politika/9160030", BALOBAN + "/404/", True),  # a dated story: its date wins
        (BALOBAN + "/politika/9160030", BALOBAN + "/politika/error-budget-2020", False),  # a slug
    ],
)
def test_canonical_left_alone(url: str, canonical: str, dated: bool) -> None:
    head = f'<title>Кабмин утвердил программу</title><link rel="canonical" href="{canonical}">'
    body = _page(head, "<h1>Кабмин утвердил программу</h1><p>Текст.</p>", dated=dated)
    signal = soft_404_signal(url, url, extract_metadata(body, url), 0)
    assert signal is None or "canonical" not in signal[1]


def test_canonical_error_page_cited_fails() -> None:
    citation = Citation(
        url=BALOBAN + "/politika/9160030", outlet="Балобан", date=PartialDate.parse("2020-04-20")
    )
    status, cause, verdict, _ = _one(citation, _fixture("baloban-canonical-404.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


# --- WordPress's not-found template -------------------------------------------------------------------------


def test_wordpress_error404_body() -> None:
    assert wordpress_not_found(
        _page("<title>Казбек-Информ</title>", "<h1>Тут пусто</h1>", body_class="error404")
    )
    assert wordpress_not_found(b'<html><BODY id="top" class="wp-theme-x error404 hfeed"><h1>Nothing</h1>')


@pytest.mark.parametrize(
    "body",
    [
        _page("<title>Story</title>", '<div class="error404">widget</div>', body_class="single-post"),
        _page("<title>Story</title>", "<p>The error404 class in WordPress themes</p>", body_class="single"),
        _page("<title>Story</title>", "<p>x</p>", body_class="error4040 page"),
    ],
)
def test_wordpress_error404_left_alone(body: bytes) -> None:
    assert not wordpress_not_found(body)


def test_wordpress_not_found_cited_without_title_fails() -> None:
    citation = Citation(
        url=KAZBEK + "/20200420/1800001050.html", outlet="Казбек-Информ", date=PartialDate.parse("2020-04-20")
    )
    status, cause, verdict, _ = _one(citation, _fixture("kazbek-wp-nothing-here.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


def test_dated_page_with_error404_class_is_not_read_for_it() -> None:
    body = _page("<title>Story</title>", "<h1>Story</h1>", dated=True, body_class="error404")
    assert _body_signal(body) is None


# --- a prize scam that never says 'you' ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Поздравляем!</h1><p>Главный приз — iPhone 15 Pro всего за 1 рубль.</p>",
        "<h1>Поздравляем! Колесо фортуны</h1><p>Осталось попыток: 3</p>",
        "<h1>Congratulations!</h1><p>Today's prize: a new laptop for just $1.95.</p>",
        "<h2>CONGRATULATIONS</h2><button>Spin the wheel</button><p>3 spins left</p>",
    ],
)
def test_prize_scams_without_you(text: str) -> None:
    assert prize_scam(text.encode())


@pytest.mark.parametrize(
    "text",
    [
        "<p>Congratulations to the winners of our photo contest. Prize: a year's subscription.</p>",
        "<p>Spin the wheel at the county fair this weekend: 3 spins left for charity.</p>",  # no greeting
        "<p>Congratulations! Our spring sale: every book for $10.</p>",
        "<p>Поздравляем победителей конкурса! Призы — годовая подписка и билеты в театр.</p>",
    ],
)
def test_prize_words_left_alone(text: str) -> None:
    assert not prize_scam(text.encode())


def test_outlets_own_giveaway_undated_left_alone() -> None:
    body = _fixture("kama-story-own-giveaway.html").replace(b"article:published_time", b"x-unused")
    assert not prize_scam(body)


def test_fortune_wheel_cited_without_title_fails() -> None:
    citation = Citation(url=URL, outlet="Казбек-Информ", date=PartialDate.parse("2020-04-19"))
    status, cause, verdict, _ = _one(citation, _fixture("kazbek-fortune-wheel-prize.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a messenger's QR-code sign-in clone --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["kama-qr-login-clone.html", "orlan-en-qr-login-phish.html"])
def test_qr_login_clones(name: str) -> None:
    assert qr_login_clone(_fixture(name))


@pytest.mark.parametrize(
    "text",
    [
        # an outlet's own QR sign-in: into its app, no device linked
        '<h1>Вход</h1><img class="qr" src="/auth/qr"><p>Войти по QR-коду: отсканируйте код в приложении.</p>',
        # a TV service's help page: link a device by a code, no QR
        "<h1>Link a device</h1><p>Enter the 6-digit code shown on your TV.</p>",
        # a QR code beside a story's print edition, no linking
        '<p>Scan the QR code to read the e-paper.</p><img class="qr" src="/qr.png">',
    ],
)
def test_qr_words_left_alone(text: str) -> None:
    assert not qr_login_clone(text.encode())


@pytest.mark.parametrize(
    ("url", "outlet", "name"),
    [
        (KAMA + "/2020/04/15/izhevsk-tram-depot-fire-a93020", "The Kama Gazette", "kama-qr-login-clone.html"),
        (ORLAN + "/politics/1160030", "Orlan News Agency", "orlan-en-qr-login-phish.html"),  # the rot31 clone
    ],
)
def test_qr_clone_cited_without_title_fails(url: str, outlet: str, name: str) -> None:
    citation = Citation(url=url, outlet=outlet, date=PartialDate.parse("2020-04-15"))
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_with_outlets_own_qr_sign_in_passes() -> None:
    citation = Citation(
        url=KAZBEK + "/20200415/1800001010.html",
        title="Во Владикавказе открыли новый пешеходный мост через Терек",
        outlet="Казбек-Информ",
        date=PartialDate.parse("2020-04-15"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("kazbek-story-header-qr-login.html"))
    assert (status, verdict, kinds) == (Status.OK, "pass", set())


# --- a parcel-fee phish -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Your parcel is on hold</h1><p>A redelivery fee of $1.99 is due.</p>"
        '<form><input name="card_number"><input name="cvv"></form>',
        "<p>Посылка задержана на таможне: оплатите доставку.</p><input autocomplete='cc-number'>",
    ],
)
def test_parcel_fee_lures(text: str) -> None:
    assert parcel_fee_lure(text.encode())


@pytest.mark.parametrize(
    "text",
    [
        # a carrier's tracking page: the parcel held, a fee named, no card asked for
        "<h1>Your parcel is on hold</h1><p>Customs fee to pay at the counter.</p><input name='tracking'>",
        # a shop's checkout: a card and a delivery fee, no parcel held
        "<h1>Checkout</h1><p>Delivery fee: $5</p><input name='card_number'>",
        # a story about such phishes, words without a form
        "<p>Texts say 'your parcel is on hold' and ask for a redelivery fee.</p>",
    ],
)
def test_parcel_words_left_alone(text: str) -> None:
    assert not parcel_fee_lure(text.encode())


def test_parcel_fee_phish_cited_without_title_fails() -> None:
    citation = Citation(
        url=BALOBAN + "/politika/9160020", outlet="Балобан", date=PartialDate.parse("2020-04-16")
    )
    status, cause, verdict, _ = _one(citation, _fixture("baloban-parcel-fee-phish.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a drainer or a lure larger than 48 KB ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["baloban-en-airdrop-drainer-large.html", "kama-clickfix-captcha-large.html"]
)
def test_heavy_lures(name: str) -> None:
    body = _fixture(name)
    assert len(body) > 48_000
    assert heavy_lure(body) is not None
    signal = _body_signal(body)
    assert signal is not None
    assert signal[0] is Cause.SPAM


def test_heavy_page_with_its_own_content_left_alone() -> None:
    # a long undated forum thread quoting a drainer's words: its markup, not its code, is large
    posts = "".join(
        f"<div class='post'><p>Post {i}: beware of 'Connect Wallet to Claim' airdrops.</p></div>"
        for i in range(900)
    )
    body = _page("<title>Scam reports</title>", posts)
    assert len(body) > 48_000
    assert heavy_lure(body) is None


def test_heavy_page_without_lure_left_alone() -> None:
    body = _page("<title>Wallet</title>", "<p>Wallet</p><script>" + "var a=1;" * 8_000 + "</script>")
    assert heavy_lure(body) is None


def test_heavy_dated_story_not_read_for_a_lure() -> None:
    assert _body_signal(_fixture("baloban-en-heavy-story-drainers.html")) is None


@pytest.mark.parametrize(
    ("url", "outlet", "name"),
    [
        (BALOBAN + "/politics/1170020", "Baloban News Agency", "baloban-en-airdrop-drainer-large.html"),
        (
            KAMA + "/2020/04/16/kama-bridge-tolls-scrapped-a93030",
            "The Kama Gazette",
            "kama-clickfix-captcha-large.html",
        ),
    ],
)
def test_heavy_lure_cited_without_title_fails(url: str, outlet: str, name: str) -> None:
    citation = Citation(url=url, outlet=outlet, date=PartialDate.parse("2020-04-16"))
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_heavy_story_about_drainers_passes() -> None:
    citation = Citation(
        url=BALOBAN + "/politics/1170010",
        title="Police Warn of Fake Crypto Airdrops That Empty Readers' Wallets",
        outlet="Baloban News Agency",
        date=PartialDate.parse("2020-04-14"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("baloban-en-heavy-story-drainers.html"))
    assert (status, verdict, kinds) == (Status.OK, "pass", set())


# --- a brand-protection registrar's placeholder -------------------------------------------------------------


def test_brand_protection_placeholder_cited_without_title_fails() -> None:
    citation = Citation(
        url=BALOBAN + "/politics/1170030", outlet="Baloban News Agency", date=PartialDate.parse("2020-04-20")
    )
    status, cause, verdict, _ = _one(citation, _fixture("baloban-en-brand-protection.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.PARKED, "fail")


def test_brand_protection_words_under_a_site_title_left_alone() -> None:
    body = _page(
        "<title>Legal notice — Baloban News Agency</title>",
        "<h1>Legal notice</h1><p>Our domains are registered and protected by Corvane Corporate Domains.</p>",
    )
    assert _body_signal(body) is None


# --- an offerwall -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Choose how you'd like to keep reading",
        "Watch a short ad to continue reading this article",
        "Посмотрите рекламу, чтобы продолжить чтение",
    ],
)
def test_offerwall_titles(text: str) -> None:
    assert _text_gate(fold(text)) is Cause.AUTH


@pytest.mark.parametrize(
    "text",
    [
        "Why publishers ask readers to watch a short ad to keep reading",
        "Keep reading: the best books of 2020",
        "Реклама на сайте",
    ],
)
def test_offerwall_words_left_alone(text: str) -> None:
    assert _text_gate(fold(text)) is None


def test_offerwall_in_place_of_a_story_is_a_wall() -> None:
    citation = Citation(
        url=KAMA + "/2020/04/17/izhevsk-budget-deficit-narrows-a93040",
        title="Izhevsk Budget Deficit Narrows as Tax Receipts Rise",
        outlet="The Kama Gazette",
        date=PartialDate.parse("2020-04-17"),
    )
    status, cause, verdict, kinds = _one(citation, _fixture("kama-offerwall.html"))
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.AUTH, "warn")
    assert "title_mismatch" not in kinds
