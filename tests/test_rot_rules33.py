"""The rules the thirty-third link-rot batch (tests/test_rot_heldout33.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: Chechen and Kalmyk not-found
messages; a dated page with no headline whose canonical is the site's ``/404/`` (the rot32 leftover); a bank's
QR sign-in clone that never says 'link a device' (the rot32 leftover); a fines phish; a fake update larger
than 48 KB linking an ``.exe`` without 'wallet' or 'clipboard' (the rot32 leftover)."""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.pagebody import heavy_lure, qr_login_clone
from linkcheck.soft404 import is_error_title, soft_404_signal
from tests.rot_harness import body_signal_at, headed_page
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
ARGUN = "https://argun-inform.ru"
SARYCH = "https://sarych-news.ru"
SARYCH_EN = "https://en.sarych-news.ru"
ELISTA = "https://elistaherald.com"
URL = "https://argun-inform.ru/20200426/1800001090.html"


_page = headed_page("2020-04-25T10:00:00+03:00")


_body_signal = body_signal_at(URL)


# --- Chechen and Kalmyk -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "АгӀо ца карийна",
        "Нохчийн Хаамаш — АгӀо ца карийна",
        "АгIо ца карийна",  # the palochka as a Latin I
        "Аг1о ца карийна",  # ... and as a digit
        "Халх олдсн уга — Хальмг Зәңгс",
        "Зәңг олдсн уга",
    ],
)
def test_chechen_and_kalmyk_not_found_titles(title: str) -> None:
    assert is_error_title(title, ["Нохчийн Хаамаш", "Хальмг Зәңгс"])


@pytest.mark.parametrize(
    "title",
    [
        "Соьлжа-ГӀалахь керла школа схьайиллина",
        "АгӀо ца карийна: Интернет-сайт Ӏедал хийцина",  # the words opening a headline
        "Халх уга: Элстд шин сурһуль секгдв",
        "Элстд шин больниц секгдв",
    ],
)
def test_chechen_and_kalmyk_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title, ["Нохчийн Хаамаш", "Хальмг Зәңгс"])


# --- a dated page with no headline under a /404/ canonical --------------------------------------------------

_UPS = '<title>Аргун-Информ</title><link rel="canonical" href="https://argun-inform.ru/404/">'


def test_dated_template_without_headline_under_404_canonical() -> None:
    url = ARGUN + "/20200425/1800001080.html"
    body = _page(_UPS, "<h1>Упс…</h1><p><a href='/'>На главную</a></p>", dated=True)
    signal = soft_404_signal(url, url, extract_metadata(body, url), 0)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "/404/" in signal[1]


@pytest.mark.parametrize(
    "headline",
    [
        "В Грозном открыли новый детский парк",  # a dated story whose CMS bungled its canonical
        "Паводок отступил от Грозного",  # three words and more: a headline
    ],
)
def test_dated_story_under_404_canonical_left_alone(headline: str) -> None:
    url = ARGUN + "/20200421/1800001060.html"
    head = f'<title>{headline}</title><link rel="canonical" href="https://argun-inform.ru/404/">'
    body = _page(head, f"<h1>{headline}</h1><p>Текст.</p>", dated=True)
    signal = soft_404_signal(url, url, extract_metadata(body, url), 0)
    assert signal is None or "canonical" not in signal[1]


def test_dated_template_under_404_canonical_cited_fails() -> None:
    citation = Citation(
        url=ARGUN + "/20200425/1800001080.html",
        title="Глава Чечни провёл совещание по подготовке к паводку",
        outlet="Аргун-Информ",
        date=PartialDate.parse("2020-04-25"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("argun-dated-template-canonical-404.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


def test_dated_story_with_bungled_404_canonical_passes() -> None:
    citation = Citation(
        url=ARGUN + "/20200421/1800001060.html",
        title="В Грозном открыли новый детский парк на берегу Сунжи",
        outlet="Аргун-Информ",
        date=PartialDate.parse("2020-04-21"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("argun-story-canonical-404-bug.html"))
    assert (status, verdict) == (Status.OK, "pass")
    assert not kinds & {"title_mismatch", "date_mismatch", "outlet_mismatch", "moved"}


# --- a bank's QR sign-in clone ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '<h1>Sign in to Online Banking</h1><p>Scan the QR code with your phone.</p><canvas class="qr">',
        "<h1>Вход в интернет-банк</h1><p>Отсканируйте QR-код камерой телефона, чтобы войти</p>",
        "<p>Войти в онлайн-банк по QR-коду</p>",
    ],
)
def test_bank_qr_sign_in_clones(text: str) -> None:
    assert qr_login_clone(text.encode())


def test_bank_qr_sign_in_clone_fixture() -> None:
    assert qr_login_clone(_fixture("sarych-bank-qr-login-clone.html"))


@pytest.mark.parametrize(
    "text",
    [
        # an outlet's own QR sign-in: into its own app, no bank, no device
        '<h1>Вход</h1><img class="qr" src="/auth/qr"><p>Войдите по QR-коду в приложении «Аргун-Информ».</p>',
        # a bank's advert: a QR code to download its app, no sign-in
        '<p>Scan the QR code to download our mobile banking app.</p><img class="qr" src="/qr.png">',
        # a bank's sign-in without a QR code (a sign-in page, read by the gates, not a clone)
        "<h1>Вход в интернет-банк</h1><form><input name='login'><input type='password'></form>",
    ],
)
def test_bank_qr_words_left_alone(text: str) -> None:
    assert not qr_login_clone(text.encode())


def test_bank_qr_clone_cited_without_title_fails() -> None:
    citation = Citation(
        url=SARYCH + "/politika/9170010", outlet="Сарыч", date=PartialDate.parse("2020-04-21")
    )
    status, cause, verdict, _ = _one(citation, _fixture("sarych-bank-qr-login-clone.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_quoting_bank_qr_scam_passes() -> None:
    citation = Citation(
        url=SARYCH_EN + "/politics/1180010",
        title="Police Warn of Fake Bank Pages Asking Customers to Scan a QR Code to Log In",
        outlet="Sarych News Agency",
        date=PartialDate.parse("2020-04-22"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("sarych-en-story-qr-bank-scam.html"))
    assert (status, verdict, kinds) == (Status.OK, "pass", set())


# --- a fines phish ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<h1>You have an unpaid traffic fine</h1><form><input name='card_number'></form>",
        "<p>Outstanding toll: £12.50</p><label>Card number <input name='pan'></label>",
        "<h1>У вас есть неоплаченный штраф</h1><label>Номер карты <input name='n'></label>",
    ],
)
def test_fine_payment_lures(text: str) -> None:
    assert pagebody.fine_payment_lure(text.encode())


def test_fine_payment_lure_fixture() -> None:
    assert pagebody.fine_payment_lure(_fixture("argun-traffic-fine-phish.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a subscription checkout: a card, no fine
        "<h1>Подписка</h1><label>Номер карты <input name='cc_number'></label>",
        # a story's words about the scam, no form
        "<p>Мошенники пишут: «У вас есть неоплаченный штраф» и просят номер карты.</p>",
        # an unpaid fine and a form that asks for no card (a decree number to look up)
        "<h1>Unpaid parking tickets</h1><form><input name='reference'></form>",
    ],
)
def test_fine_words_left_alone(text: str) -> None:
    assert not pagebody.fine_payment_lure(text.encode())


def test_fines_phish_cited_without_title_fails() -> None:
    citation = Citation(url=URL, outlet="Аргун-Информ", date=PartialDate.parse("2020-04-26"))
    status, cause, verdict, _ = _one(citation, _fixture("argun-traffic-fine-phish.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a fake update larger than 48 KB linking an .exe --------------------------------------------------------


def test_heavy_fake_update_without_wallet_or_clipboard() -> None:
    body = _fixture("elista-fake-update-exe-large.html")
    assert len(body) > 48_000
    assert b"allet" not in body
    assert b"lipboard" not in body
    assert heavy_lure(body) is not None
    signal = _body_signal(body, ELISTA + "/2020/04/24/elista-airport-runway-reopens-a94030")
    assert signal is not None
    assert signal[0] is Cause.SPAM


def test_heavy_download_page_without_reader_software_left_alone() -> None:
    # a vendor's undated download page: a program link, its bulk its code, no word of the reader's browser
    body = _page(
        "<title>Download Atlas Viewer 3.2</title>",
        "<h1>Atlas Viewer 3.2 for Windows</h1><a href='/dl/AtlasViewer-3.2.exe'>Download</a>"
        "<script>" + "var a=1;" * 8_000 + "</script>",
    )
    assert len(body) > 48_000
    assert heavy_lure(body) is None


def test_heavy_page_with_its_own_content_linking_exe_left_alone() -> None:
    # a long undated help thread telling readers their browser is out of date, with an .exe link: its
    # markup, not its code, is large
    posts = "".join(
        f"<div class='post'><p>Post {i}: your browser is out of date, get "
        "<a href='/files/setup.exe'>setup.exe</a> from the vendor.</p></div>"
        for i in range(600)
    )
    body = _page("<title>Help forum</title>", posts)
    assert len(body) > 48_000
    assert heavy_lure(body) is None


def test_heavy_dated_story_quoting_fake_update_not_read() -> None:
    url = ELISTA + "/2020/04/23/fake-browser-update-pages-malware-kalmykia-a94010"
    assert _body_signal(_fixture("elista-heavy-story-fake-update-exe.html"), url) is None


def test_heavy_fake_update_cited_without_title_fails() -> None:
    citation = Citation(
        url=ELISTA + "/2020/04/24/elista-airport-runway-reopens-a94030",
        outlet="The Elista Herald",
        date=PartialDate.parse("2020-04-24"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("elista-fake-update-exe-large.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_heavy_story_quoting_fake_update_passes() -> None:
    citation = Citation(
        url=ELISTA + "/2020/04/23/fake-browser-update-pages-malware-kalmykia-a94010",
        title="Fake Browser Update Pages Spread Malware Across Kalmykia, Police Warn",
        outlet="The Elista Herald",
        date=PartialDate.parse("2020-04-23"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("elista-heavy-story-fake-update-exe.html"))
    assert (status, verdict, kinds) == (Status.OK, "pass", set())
