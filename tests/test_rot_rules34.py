"""The rules the thirty-fourth link-rot batch (tests/test_rot_heldout34.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: Avar, Komi and Kabardian
not-found messages; a payout phish asking for a card; a push-notification lure ('Click Allow to continue',
the rot33 leftover); a lender's lander (the rot33 leftover); a premium-rate subscription trap; a fake update
larger than 48 KB linking a program by a capitalised extension (the rot33 leftover)."""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.pagebody import heavy_lure
from linkcheck.soft404 import is_error_title
from tests.rot_harness import body_signal_at, titled_page
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
TEREK = "https://terek-inform.ru"
TEREK_EN = "https://en.terek-inform.ru"
NALCHIK = "https://nalchikherald.com"
URL = "https://terek-inform.ru/20200516/1600002030.html"


_page = titled_page("2020-05-12T10:00:00+03:00")


_body_signal = body_signal_at(URL)


# --- Avar, Komi, Kabardian ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Гьумер батичӀо",
        "Гьумер батичӀо — Авар Хабар",
        "Гьумер батичIо",  # the palochka as a Latin I
        "Гьумер батич1о",  # ... and as a digit
        "Лист бок оз аддзысь",
        "Коми Выль Юөр — Лист бок абу",
        "Нэкӏубгъуэр къэгъуэтакъым",
        "НэкӀубгъуэр къэгъуэтакъым",  # the capital palochka
        "Нэк1убгъуэр къэгъуэтакъым",
    ],
)
def test_avar_komi_kabardian_not_found_titles(title: str) -> None:
    assert is_error_title(title, ["Авар Хабар", "Коми Выль Юөр", "Къэбэрдей Хъыбар"])


@pytest.mark.parametrize(
    "title",
    [
        "МахӀачхъалаялда цӀияб школа рагьана",
        "Гьумер батичӀо: МахӀачхъалаялда сайт цӀигьабуна",  # the words opening a headline
        "Сыктывкарын восьтісны выль больница",
        "Лист бок абу: Сыктывкарын восьтісны выль библиотека",
        "Налшык школ щӀэ къыщызэӀуахащ",
        "Нэкӏубгъуэр къэгъуэтакъым: Налшык библиотекэ щӀэ",
    ],
)
def test_avar_komi_kabardian_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title, ["Авар Хабар", "Коми Выль Юөр", "Къэбэрдей Хъыбар"])


def test_kabardian_not_found_cited_fails() -> None:
    citation = Citation(
        url="https://kbd-khybar.ru/20200515/1300001020.html",
        title="Налшык сымаджэщ щӀэ къыщызэӀуахащ",
        outlet="Къэбэрдей Хъыбар",
        date=PartialDate.parse("2020-05-15"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("kbd-not-found-kabardian.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


def test_kabardian_story_passes() -> None:
    citation = Citation(
        url="https://kbd-khybar.ru/20200512/1300001010.html",
        title="Налшык школ щӀэ къыщызэӀуахащ",
        outlet="Къэбэрдей Хъыбар",
        date=PartialDate.parse("2020-05-12"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("kbd-story-kabardian.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a payout phish -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Вам положена компенсация</h1><label>Номер карты <input name='pan'></label>",
        "<h1>Вам начислена единовременная выплата</h1><form><input name='card_number'></form>",
        "<h1>You are eligible for a tax refund</h1><label>Card number <input name='n'></label>",
        "<p>Your refund of £312.40 is ready.</p><form><input autocomplete='cc-number'></form>",
    ],
)
def test_payout_card_lures(text: str) -> None:
    assert pagebody.payout_card_lure(text.encode())


def test_payout_card_lure_fixture() -> None:
    assert pagebody.payout_card_lure(_fixture("terek-compensation-card-phish.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a subscription checkout: a card, nothing owed to the reader
        "<h1>Оформить подписку</h1><label>Номер карты <input name='cc_number'></label>",
        # a story's words about the scam, no form
        "<p>Мошенники пишут: «Вам положена компенсация» и просят номер карты.</p>",
        # a payout announced, a form asking no card (a pension fund's look-up by SNILS)
        "<h1>Вам положена выплата?</h1><form><input name='snils'></form>",
        # a shop's refund request: an order number, no card field
        "<h1>Request a refund</h1><form><input name='order'></form>",
    ],
)
def test_payout_words_left_alone(text: str) -> None:
    assert not pagebody.payout_card_lure(text.encode())


def test_payout_phish_cited_without_title_fails() -> None:
    citation = Citation(url=URL, outlet="Терек-Информ", date=PartialDate.parse("2020-05-16"))
    status, cause, verdict, _ = _one(citation, _fixture("terek-compensation-card-phish.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a push-notification lure -------------------------------------------------------------------------------

_ASK = "<script>Notification.requestPermission()</script>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Click <b>Allow</b> to continue</h1>{_ASK}",
        f'<p>Press "Allow" to verify that you are not a robot</p>{_ASK}',
        f"<p>Tap Allow to watch the video</p>{_ASK}",
        f"<p>Click the “Allow” button if you are 18+</p>{_ASK}",
        f"<h1>Нажмите «Разрешить», чтобы подтвердить, что вы не робот</h1>{_ASK}",
        "<p>Нажмите на кнопку Разрешить, чтобы продолжить</p>"
        "<script>reg.pushManager.subscribe({userVisibleOnly: true})</script>",
    ],
)
def test_push_permission_lures(text: str) -> None:
    assert pagebody.push_permission_lure(text.encode())


@pytest.mark.parametrize("name", ["nalchik-click-allow-lure.html", "sarych-push-allow-scam.html"])
def test_push_permission_lure_fixtures(name: str) -> None:
    assert pagebody.push_permission_lure(_fixture(name))


@pytest.mark.parametrize(
    "text",
    [
        # an outlet's own prompt: notifications named, no "Allow to continue"
        f"<p>Allow notifications to get breaking news first</p><button>Allow</button>{_ASK}",
        f"<p>Разрешите уведомления, чтобы первыми узнавать новости</p><button>Разрешить</button>{_ASK}",
        # a consent banner: "Allow all" to go on, and no notification asked
        "<p>We use cookies. Click Allow all to continue.</p>",
        # the lure's words in a story, no permission asked
        "<p>The pages tell visitors to 'Click Allow to continue'.</p>",
    ],
)
def test_push_words_left_alone(text: str) -> None:
    assert not pagebody.push_permission_lure(text.encode())


def test_push_lure_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{NALCHIK}/2020/05/15/nalchik-tram-depot-reopens-a95030",
        outlet="The Nalchik Herald",
        date=PartialDate.parse("2020-05-15"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("nalchik-click-allow-lure.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_under_own_notification_prompt_passes() -> None:
    citation = Citation(
        url=f"{TEREK}/20200512/1600002010.html",
        title="В Нальчике отремонтируют канатную дорогу в парке",
        outlet="Терек-Информ",
        date=PartialDate.parse("2020-05-12"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("terek-story-own-push-opt-in.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a lender's lander --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Get up to $1,000 today</h1><p>No credit check</p><input name='amount'>",
        "<h1>Payday loans online</h1><p>Bad credit OK · Instant approval</p><input type='tel'>",
        "<h1>Займ на карту за 5 минут</h1><p>Одобрение 99%</p><input type='range'>",
        "<h1>Микрозаймы онлайн</h1><p>Без проверки кредитной истории</p><input name='phone'>",
    ],
)
def test_loan_landers(text: str) -> None:
    assert pagebody.loan_lander(text.encode())


@pytest.mark.parametrize("name", ["nalchik-payday-loan-lander.html", "elista-microloan-lander.html"])
def test_loan_lander_fixtures(name: str) -> None:
    assert pagebody.loan_lander(_fixture(name))


@pytest.mark.parametrize(
    "text",
    [
        # a bank's loan page: a calculator, approval subject to checks
        "<h1>Personal loans up to £25,000</h1><p>Subject to status and a credit check.</p>"
        "<input name='amount'>",
        # an undated explainer quoting the landers, with a search box
        "<p>Sites promising 'no credit check' loans</p><form><input name='q'></form>",
        # the landers' words with no form
        "<h1>Займ на карту</h1><p>Одобрение 99%</p>",
    ],
)
def test_loan_words_left_alone(text: str) -> None:
    assert not pagebody.loan_lander(text.encode())


def test_loan_lander_cited_by_date_only_fails() -> None:
    citation = Citation(
        url=f"{NALCHIK}/2020/05/17/baksan-bridge-opens-a95050", date=PartialDate.parse("2020-05-17")
    )
    status, cause, verdict, _ = _one(citation, _fixture("nalchik-payday-loan-lander.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_about_payday_lenders_passes() -> None:
    citation = Citation(
        url=f"{NALCHIK}/2020/05/14/payday-lenders-instant-approval-new-limits-a95020",
        title="Payday Lenders Promising 'Instant Approval, No Credit Check' Face New Limits",
        outlet="The Nalchik Herald",
        date=PartialDate.parse("2020-05-14"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("nalchik-story-payday-loans.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a premium-rate subscription trap -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Чтобы смотреть видео, подтвердите номер телефона</h1><input type='tel'>"
        "<small>Подписка 35 руб./сутки</small>",
        "<h1>Enter your mobile number to watch</h1><input type='tel'>"
        "<small>£4.50/week until you text STOP</small>",
        "<p>Confirm your phone number to download</p><input name='msisdn'><small>$2.99 per week</small>",
    ],
)
def test_mobile_billing_lures(text: str) -> None:
    assert pagebody.mobile_billing_lure(text.encode())


def test_mobile_billing_lure_fixture() -> None:
    assert pagebody.mobile_billing_lure(_fixture("terek-premium-sms-lander.html"))


@pytest.mark.parametrize(
    "text",
    [
        # an outlet's subscription offer: a price per week, no phone asked to watch
        "<h1>Subscribe for £1 a week</h1><input name='email'>",
        # an SMS news alert sign-up: a phone asked, no charge per day
        "<p>Enter your phone number to get breaking news by SMS</p><input type='tel'>",
        # the trap's words in a story, no form
        "<p>Мошенники просят: «Чтобы смотреть видео, подтвердите номер», 35 руб./сутки.</p>",
    ],
)
def test_mobile_billing_words_left_alone(text: str) -> None:
    assert not pagebody.mobile_billing_lure(text.encode())


def test_premium_sms_lander_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{TEREK}/politika/1600002040", outlet="Терек-Информ", date=PartialDate.parse("2020-05-17")
    )
    status, cause, verdict, _ = _one(citation, _fixture("terek-premium-sms-lander.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a heavy fake update linking a program in capitals ------------------------------------------------------


def test_heavy_fake_update_exe_in_capitals() -> None:
    body = _fixture("nalchik-fake-player-update-exe-large.html")
    assert len(body) > pagebody.PARKED_BYTES
    assert b".exe" not in body
    assert b".EXE" in body
    assert heavy_lure(body) is not None
    signal = _body_signal(body)
    assert signal is not None
    assert signal[0] is Cause.SPAM


def test_heavy_download_page_in_capitals_without_reader_software_left_alone() -> None:
    filler = "A" * 60_000
    body = _page(
        f"<style>/*{filler}*/</style><h1>Downloads</h1><p>Version 4.2 for Windows</p>"
        "<a href='/files/SETUP.EXE'>Download SETUP.EXE</a>"
    )
    assert heavy_lure(body) is None


def test_heavy_fake_update_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{NALCHIK}/2020/05/16/elbrus-ski-season-extended-a95040",
        outlet="The Nalchik Herald",
        date=PartialDate.parse("2020-05-16"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("nalchik-fake-player-update-exe-large.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_heavy_story_linking_exe_in_capitals_passes() -> None:
    citation = Citation(
        url=f"{TEREK_EN}/politics/1260010",
        title="Tax Service Releases Free Program for Filing 2019 Income Declarations",
        outlet="Terek News Agency",
        date=PartialDate.parse("2020-05-14"),
    )
    body = _fixture("terek-en-heavy-story-exe-capitals.html")
    assert len(body) > pagebody.PARKED_BYTES
    assert b".EXE" in body
    status, _, verdict, kinds = _one(citation, body)
    assert (status, verdict) == (Status.OK, "pass"), kinds


def test_dated_lures_not_read() -> None:
    """Every new takeover sits behind the parking gate: a page stating an article's date is not read."""
    for text in (
        f"<h1>Click Allow to continue</h1>{_ASK}",
        "<h1>Get up to $1,000 today</h1><p>No credit check</p><input name='amount'>",
    ):
        assert _body_signal(_page(text, dated=True)) is None
        assert _body_signal(_page(text)) is not None
