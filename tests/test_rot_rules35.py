"""The rules the thirty-fifth link-rot batch (tests/test_rot_heldout35.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: Ingush, Lezgian and Kumyk
not-found messages; a push-notification lure whose permission request is in a third-party script (the rot34
leftover); a lender's lander without a form, its lenders linked (the rot34 leftover); a fake update larger
than 48 KB linking a program by a mixed-case extension (the rot34 leftover); an investment scam's lander; a
consent or subscription dialog over a site's not-found page."""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.pagebody import heavy_lure
from linkcheck.soft404 import is_error_title
from tests.rot_harness import body_signal_at, titled_page
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one
from tests.rot_harness import result as _result

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
MASHUK = "https://mashuk-inform.ru"
MASHUK_EN = "https://en.mashuk-inform.ru"
MAIKOP = "https://maikopcourier.com"
URL = "https://mashuk-inform.ru/20200522/1700003060.html"


_page = titled_page("2020-05-12T10:00:00+03:00")


_body_signal = body_signal_at(URL)


# --- Ingush, Lezgian, Kumyk ---------------------------------------------------------------------------------

NAMES = ["ГӀалгӀай Хабар", "Лезги Хабарар", "Къумукъ Хабарлар"]


@pytest.mark.parametrize(
    "title",
    [
        "Оагӏув ца карай",
        "ОагӀув ца карай — ГӀалгӀай Хабар",  # the capital palochka
        "ОагIув ца карай",  # the palochka as a Latin I
        "Оаг1ув ца карай",  # ... and as a digit
        "Шо лехаш йола оагӏув яц",
        "Ччин жагъанач",
        "Ччин жагъанач — Лезги Хабарар",
        "Квез кӏанзавай ччин авач",
        "Бет табулмады",
        "Къумукъ Хабарлар | Бет табулмады",
        "Сиз излейген бет ёкъ",
    ],
)
def test_ingush_lezgian_kumyk_not_found_titles(title: str) -> None:
    assert is_error_title(title, NAMES)


@pytest.mark.parametrize(
    "title",
    [
        "Магасе керда школа йиллай",
        "Оагӏув ца карай: Магасе сайт керда хиннад",  # the words opening a headline
        "Дербентда цӏийи школа ахъайна",
        "Ччин жагъанач: Дербентда библиотека ахъайна",
        "Махачкалада янгы больница ачылды",
        "Бет табулмады: Буйнакскиде китапхана ачылды",
    ],
)
def test_ingush_lezgian_kumyk_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title, NAMES)


def test_lezgian_not_found_cited_fails() -> None:
    citation = Citation(
        url="https://lezgi-khabarar.ru/20200520/2000001010.html",
        title="Дербентда цӏийи школа ахъайна",
        outlet="Лезги Хабарар",
        date=PartialDate.parse("2020-05-20"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("lezgi-not-found-title.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


def test_kumyk_not_found_in_a_div_fails() -> None:
    citation = Citation(
        url="https://qumuq-khabarlar.ru/20200521/2100001010.html",
        title="Махачкалада янгы больница ачылды",
        outlet="Къумукъ Хабарлар",
        date=PartialDate.parse("2020-05-21"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("kumyk-not-found-div.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


def test_ingush_story_passes() -> None:
    citation = Citation(
        url="https://ghalghai-khabar.ru/20200518/1900001010.html",
        title="Магасе керда школа йиллай",
        outlet="ГӀалгӀай Хабар",
        date=PartialDate.parse("2020-05-18"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("ghalghai-story-ingush.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a push lure whose permission request is in a third-party script ----------------------------------------

_LOADER = '<script src="https://push-delivery.net/js/pn-loader.js?z=48213" async></script>'


@pytest.mark.parametrize(
    "text",
    [
        f'<p>Click "Allow" to confirm that you are not a robot</p>{_LOADER}',
        f"<div>Press <b>Allow</b> to watch the video</div>{_LOADER}",
        "<p>Tap Allow to download your file</p><script src='//cdn.pushflow.net/sdk.js'></script>",
        f"<h1>Нажмите «Разрешить», чтобы подтвердить, что вы не робот</h1>{_LOADER}",
        f"<h1>Нажмите Разрешить, чтобы смотреть видео</h1>{_LOADER}",
    ],
)
def test_third_party_push_lures(text: str) -> None:
    assert pagebody.push_permission_lure(text.encode())


def test_third_party_push_lure_fixture() -> None:
    body = _fixture("maikop-push-lure-third-party.html")
    assert b"requestPermission" not in body
    assert pagebody.push_permission_lure(body)


@pytest.mark.parametrize(
    "text",
    [
        # a consent banner over a video embed: cookies named
        f"<p>We use cookies. Click Allow to watch embedded videos.</p>{_LOADER}",
        # "Allow" to continue, with no robot, video or download behind it
        f"<p>Click Allow to continue</p>{_LOADER}",
        # the lure's words, the script the site's own
        "<p>Press Allow to watch the video</p><script src='/js/app.js'></script>",
        # the lure's words, no script at all
        "<p>The pages say 'Click Allow to confirm that you are not a robot'.</p>",
        # an outlet's own push service: notifications named, no "Allow" to watch
        "<p>Подпишитесь на уведомления о главных новостях</p><button>Подписаться</button>"
        "<script src='https://cdn.pushnote-sdk.net/v3/sdk.js'></script>",
    ],
)
def test_third_party_push_words_left_alone(text: str) -> None:
    assert not pagebody.push_permission_lure(text.encode())


def test_outlet_push_sdk_fixture_left_alone() -> None:
    assert not pagebody.push_permission_lure(_fixture("mashuk-story-push-sdk.html"))


def test_third_party_push_lure_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{MAIKOP}/2020/05/22/adygea-cheese-festival-postponed-a96030",
        outlet="The Maikop Courier",
        date=PartialDate.parse("2020-05-22"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("maikop-push-lure-third-party.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_loading_push_sdk_passes() -> None:
    citation = Citation(
        url=f"{MASHUK}/20200519/1700003010.html",
        title="В Пятигорске открыли новый сквер у Цветника",
        outlet="Машук-Информ",
        date=PartialDate.parse("2020-05-19"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("mashuk-story-push-sdk.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a lender's lander without a form -----------------------------------------------------------------------

_APPLY = "<a href='https://lender-one.com/apply?aff=1'>Apply now</a><a href='https://lender-two.com/?aff=1'>Apply</a>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Get up to $5,000 today</h1><p>No credit check</p>{_APPLY}",
        f"<h1>Payday loans online</h1><p>Bad credit OK</p>{_APPLY}",
        "<h1>Займ на карту за 5 минут</h1><p>Одобрение 99%</p>"
        "<a href='https://mfo-one.ru/?aff=1'>Получить деньги</a>"
        "<a href='https://mfo-two.ru/?aff=1'>Оформить займ</a>",
    ],
)
def test_loan_landers_without_a_form(text: str) -> None:
    assert pagebody.loan_lander(text.encode())


def test_loan_lander_without_a_form_fixture() -> None:
    body = _fixture("maikop-loan-lander-links.html")
    assert b"<input" not in body
    assert pagebody.loan_lander(body)


@pytest.mark.parametrize(
    "text",
    [
        # one "Apply now": an advert on a page of something else
        "<h1>Get up to $5,000 today</h1><p>No credit check</p><a href='https://lender.com/'>Apply now</a>",
        # a bank's loan page: two apply links, approval subject to checks
        "<h1>Personal loans up to £25,000</h1><p>Subject to status and a credit check.</p>"
        "<a href='/loans/apply'>Apply now</a><a href='/loans/rates'>Check your rate</a>",
        # an undated explainer quoting the landers' words, linking a regulator
        "<p>Sites promising 'get up to $1,000 today, no credit check'</p><a href='https://regulator.gov/'>"
        "Read the regulator's warning</a><a href='/money'>More money news</a>",
    ],
)
def test_loan_words_without_lender_links_left_alone(text: str) -> None:
    assert not pagebody.loan_lander(text.encode())


def test_formless_loan_lander_cited_by_date_only_fails() -> None:
    citation = Citation(
        url=f"{MAIKOP}/2020/05/23/maikop-bus-station-rebuilt-a96040", date=PartialDate.parse("2020-05-23")
    )
    status, cause, verdict, _ = _one(citation, _fixture("maikop-loan-lander-links.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_about_loan_ads_linking_lenders_passes() -> None:
    citation = Citation(
        url=f"{MAIKOP}/2020/05/20/lapsed-local-news-domains-payday-loans-a96010",
        title="Lapsed Local News Domains Now Advertise Payday Loans, Researchers Find",
        outlet="The Maikop Courier",
        date=PartialDate.parse("2020-05-20"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("maikop-story-loan-ads.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a heavy fake update linking a program in mixed case ----------------------------------------------------


def test_heavy_fake_update_exe_in_mixed_case() -> None:
    body = _fixture("mashuk-en-fake-update-mixed-case-exe-large.html")
    assert len(body) > pagebody.PARKED_BYTES
    assert b".exe" not in body
    assert b".EXE" not in body
    assert b".Exe" in body
    assert heavy_lure(body) is not None
    signal = _body_signal(body)
    assert signal is not None
    assert signal[0] is Cause.SPAM


@pytest.mark.parametrize("name", ["Setup.Exe", "update.eXe", "Player.Msi", "App.Apk", "Viewer.Dmg"])
def test_heavy_fake_update_any_case(name: str) -> None:
    filler = "A" * 60_000
    body = _page(
        f"<style>/*{filler}*/</style><h1>Update required</h1><p>Your browser is out of date.</p>"
        f"<a href='/dl/{name}'>Download update</a>"
    )
    assert heavy_lure(body) is not None


def test_heavy_download_page_in_mixed_case_without_reader_software_left_alone() -> None:
    filler = "A" * 60_000
    body = _page(
        f"<style>/*{filler}*/</style><h1>Downloads</h1><p>Version 4.2 for Windows</p>"
        "<a href='/files/Setup.Exe'>Download Setup.Exe</a>"
    )
    assert heavy_lure(body) is None


def test_heavy_fake_update_mixed_case_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{MASHUK_EN}/politics/1700003040",
        outlet="Mashuk News Agency",
        date=PartialDate.parse("2020-05-22"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("mashuk-en-fake-update-mixed-case-exe-large.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_heavy_story_linking_exe_in_mixed_case_passes() -> None:
    citation = Citation(
        url=f"{MASHUK_EN}/politics/1700003020",
        title="Regional Archive Releases Free Viewer for Its Digitised Newspapers",
        outlet="Mashuk News Agency",
        date=PartialDate.parse("2020-05-20"),
    )
    body = _fixture("mashuk-en-heavy-story-mixed-case-exe.html")
    assert len(body) > pagebody.PARKED_BYTES
    assert b".Exe" in body
    status, _, verdict, kinds = _one(citation, body)
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- an investment scam's lander ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Зарабатывайте от 80 000 ₽ в неделю</h1><p>Минимальный депозит — 25 000 ₽</p>"
        "<input name='phone'>",
        "<h1>Доход до 5\u00a0000 $ в день</h1><p>Робот сам торгует за вас</p><input type='tel'>",
        "<h1>Earn $1,500 a day with our trading bot</h1><input name='email'>",
        "<h1>Make up to €3,000 per week</h1><p>Minimum deposit €250</p><input name='name'>",
    ],
)
def test_investment_landers(text: str) -> None:
    assert pagebody.investment_lander(text.encode())


def test_investment_lander_fixture() -> None:
    assert pagebody.investment_lander(_fixture("mashuk-trading-lander.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a bank's deposit: a yearly rate and a minimum sum, no income per week
        "<h1>Вклад «Доходный»: до 16% годовых</h1><p>Минимальный депозит 10 000 ₽</p><input name='sum'>",
        # a broker's sign-up: a minimum deposit, no income promised
        "<h1>Open a trading account</h1><p>Minimum deposit $100</p><input name='email'>",
        # the lander's words with no form
        "<h1>Зарабатывайте от 80 000 ₽ в неделю</h1><p>Минимальный депозит — 25 000 ₽</p>",
        # a job advert: earnings per month, no deposit or robot
        "<h1>Courier wanted: earn $3,000 per month</h1><input name='phone'>",
    ],
)
def test_investment_words_left_alone(text: str) -> None:
    assert not pagebody.investment_lander(text.encode())


def test_trading_lander_cited_without_title_fails() -> None:
    citation = Citation(url=URL, outlet="Машук-Информ", date=PartialDate.parse("2020-05-22"))
    status, cause, verdict, _ = _one(citation, _fixture("mashuk-trading-lander.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_dated_investment_lander_not_read() -> None:
    """The new takeover sits behind the parking gate: a page stating an article's date is not read."""
    text = "<h1>Зарабатывайте от 80 000 ₽ в неделю</h1><p>Минимальный депозит</p><input name='phone'>"
    assert _body_signal(_page(text, dated=True)) is None
    assert _body_signal(_page(text)) is not None


# --- a consent or subscription dialog over a not-found page -------------------------------------------------

_DIALOG = (
    "<div role='dialog'><h2>We value your privacy</h2><p>We and our 214 partners store and/or access"
    " information on a device, such as cookies.</p><button>Accept all</button></div>"
)


def _wall_verdict(body: bytes, cause: Cause = Cause.CONSENT) -> tuple[str, ...] | None:
    url = f"{MAIKOP}/2020/05/24/new-bridge-over-belaya-river-opens-a96050"
    found = pagebody.error_under_wall(cause, url, url, body, extract_metadata(body, url))
    return None if found is None else (found[0].value, found[1].value if found[1] else "")


def test_consent_dialog_over_not_found_is_an_error_page() -> None:
    body = _page(f"{_DIALOG}<main><h2>We can't find the page you're looking for</h2></main>")
    assert _wall_verdict(body) == ("soft_404", "error_page")


def test_subscription_dialog_over_not_found_is_an_error_page() -> None:
    body = _page(
        "<div role='dialog'><h2>Subscribe to keep reading</h2><a href='/subscribe'>Subscribe</a></div>"
        "<main><h2>Sorry, this page doesn't exist</h2></main>"
    )
    assert _wall_verdict(body, Cause.AUTH) == ("soft_404", "error_page")


@pytest.mark.parametrize(
    "body",
    [
        # the dialog alone
        _page(f"{_DIALOG}<main><p>Loading...</p></main>"),
        # the dialog over a dated story headlined with the words
        _page(
            f"{_DIALOG}<main><h1>Page not found: how a council lost its archive</h1><p>Text.</p></main>",
            dated=True,
        ),
    ],
)
def test_consent_dialog_without_error_page_left_alone(body: bytes) -> None:
    assert _wall_verdict(body) is None


def test_other_walls_not_read_for_an_error_page() -> None:
    body = _page(f"{_DIALOG}<main><h2>We can't find the page you're looking for</h2></main>")
    assert _wall_verdict(body, Cause.LEGAL) is None


def test_consent_dialog_over_not_found_cited_fails() -> None:
    citation = Citation(
        url=f"{MAIKOP}/2020/05/24/new-bridge-over-belaya-river-opens-a96050",
        title="New Bridge Over the Belaya River Opens to Traffic",
        outlet="The Maikop Courier",
        date=PartialDate.parse("2020-05-24"),
    )
    status, cause, verdict, _, reason = _result(citation, _fixture("maikop-consent-over-not-found.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
    assert "cookie-consent dialog" in reason


def test_consent_wall_alone_still_blocked() -> None:
    citation = Citation(
        url=f"{MAIKOP}/2020/05/25/maikop-library-reopens-a96070",
        title="Maikop Library Reopens",
        outlet="The Maikop Courier",
        date=PartialDate.parse("2020-05-25"),
    )
    status, cause, _, _ = _one(citation, _page(f"{_DIALOG}<main><p>Loading...</p></main>"))
    assert (status, cause) == (Status.BLOCKED, Cause.CONSENT)


def test_story_under_metered_paywall_interstitial_not_failed() -> None:
    citation = Citation(
        url=f"{MASHUK}/20200520/1700003025.html",
        title="В Кисловодске продлили терренкур до Красного Солнышка",
        outlet="Машук-Информ",
        date=PartialDate.parse("2020-05-20"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("mashuk-story-paywall-interstitial.html"))
    assert status in (Status.OK, Status.BLOCKED), kinds
    assert verdict != "fail", kinds
