"""The rules the thirty-sixth link-rot batch (tests/test_rot_heldout36.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: Erzya, Meadow Mari and Adyghe
not-found messages; a push lure that says only "Click Allow to continue" while registering a service worker
(the rot35 leftover); a loan lander whose lenders are paid links by their names, in Spanish (the rot35
leftover); an investment lander promising a share a month and sending the reader to sign up elsewhere (the
rot35 leftover); scareware; a registration dialog's ``<h1>`` over a not-found ``<h2>`` (the rot35 leftover)
and an ad-blocker dialog over a not-found page."""

from __future__ import annotations

import pytest

from linkcheck import gates, pagebody
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.soft404 import is_error_title
from tests.rot_harness import body_signal_at, titled_page
from tests.rot_harness import day as _day
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one
from tests.rot_harness import result as _result

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
SURA = "https://sura-inform.ru"
SURA_EN = "https://en.sura-inform.ru"
SENTINEL = "https://saransksentinel.com"
ERZYA = "https://erzyan-kulyat.ru"
MARI = "https://olyk-uver.ru"
ADYGHE = "https://adyge-kebarher.ru"


_page = titled_page("2020-05-12T10:00:00+03:00")


_body_signal = body_signal_at(f"{SURA_EN}/politics/1800004050")


# --- Erzya, Meadow Mari, Adyghe -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Лопась а муевсь",
        "Лопась а муевсь — Эрзянь Кулят",
        "Вешнема лопанть арась",
        "Лаштык муалтын огыл",
        "Лаштык муалтын огыл — Олык Увер",
        "Кычалме лаштык уке",
        "НэкӀубгъор къэгъотыгъэп",  # the capital palochka
        "Нэкӏубгъор къэгъотыгъэп",  # the small one
        "НэкIубгъор къэгъотыгъэп",  # a Latin I
        "Нэк1убгъор къэгъотыгъэп",  # a digit
        "Узылъыхъурэ нэкӀубгъор щыӀэп",
    ],
)
def test_erzya_mari_adyghe_not_found_titles(title: str) -> None:
    assert is_error_title(title, ["Эрзянь Кулят", "Олык Увер", "Адыгэ Къэбархэр"])


@pytest.mark.parametrize(
    "title",
    [
        "Саранскойсэ панжтызь од библиотека",
        "Йошкар-Олаште у больницым почыныт",
        "Мыекъуапэ еджапӀэ кӀэ къыщызэӀуахыгъ",
        # a headline that opens with the words
        "Лопась а муевсь: кода библиотекась ёмавтызе архивенть",
        "Лаштык уке: архив йомдарыме",
        "НэкӀубгъор къэгъотыгъэп: архивыр зэрэкӀодыгъэр",
    ],
)
def test_erzya_mari_adyghe_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        (
            "erzya-not-found-h1.html",
            f"{ERZYA}/20200526/2200001020.html",
            "Рузаевкасо тейсть од больница",
            "Эрзянь Кулят",
        ),
        (
            "mari-not-found-title.html",
            f"{MARI}/20200527/2300001010.html",
            "Йошкар-Олаште у больницым почыныт",
            "Олык Увер",
        ),
        (
            "adyghe-not-found-div.html",
            f"{ADYGHE}/20200528/2400001010.html",
            "Мыекъуапэ еджапӀэ кӀэ къыщызэӀуахыгъ",
            "Адыгэ Къэбархэр",
        ),
    ],
)  # fmt: skip
def test_not_found_pages_cited_fail(name: str, url: str, title: str, outlet: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(_day(url)))
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


def test_erzya_story_passes() -> None:
    citation = Citation(
        url=f"{ERZYA}/20200525/2200001010.html",
        title="Саранскойсэ панжтызь од библиотека",
        outlet="Эрзянь Кулят",
        date=PartialDate.parse("2020-05-25"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("erzya-story-erzya.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a push lure that says only "Click Allow to continue" ---------------------------------------------------

_LOADER = '<script src="https://pushgate-cdn.net/ld/ntf.js?z=51907" async></script>'
_WORKER = "<script>navigator.serviceWorker.register('/sw.js?z=51907');</script>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Click <span>Allow</span> to continue</h1>{_WORKER}{_LOADER}",
        f'<p>Press "Allow" to continue</p>{_WORKER}{_LOADER}',
        f"<p>Tap Allow and continue</p>{_WORKER}{_LOADER}",
    ],
)
def test_click_allow_to_continue_lures(text: str) -> None:
    assert pagebody.push_permission_lure(text.encode())


def test_click_allow_to_continue_fixture() -> None:
    body = _fixture("saransk-push-lure-click-allow-continue.html")
    assert b"requestPermission" not in body
    assert pagebody.push_permission_lure(body)


@pytest.mark.parametrize(
    "text",
    [
        # no worker of the page's own (rot35's leave-alone, kept)
        f"<p>Click Allow to continue</p>{_LOADER}",
        # a worker and a foreign script, a cookie bar's words
        f"<p>We use cookies. Click Allow to continue.</p>{_WORKER}{_LOADER}",
        # a worker, the words, no script from another host
        f"<p>Click Allow to continue</p>{_WORKER}<script src='/js/app.js'></script>",
        # a worker and a foreign script, no call to press Allow
        f"<p>Get breaking news alerts</p><button>Subscribe</button>{_WORKER}{_LOADER}",
    ],
)
def test_click_allow_to_continue_left_alone(text: str) -> None:
    assert not pagebody.push_permission_lure(text.encode())


def test_cookie_bar_story_with_push_sdk_left_alone() -> None:
    assert not pagebody.push_permission_lure(_fixture("sura-en-story-consent-click-allow.html"))


def test_click_allow_to_continue_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{SENTINEL}/2020/05/29/saransk-tram-line-extended-a97040",
        outlet="The Saransk Sentinel",
        date=PartialDate.parse("2020-05-29"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("saransk-push-lure-click-allow-continue.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_under_cookie_bar_with_push_sdk_passes() -> None:
    citation = Citation(
        url=f"{SURA_EN}/politics/1800004040",
        title="Mordovia Opens Its First Regional Film Archive",
        outlet="Sura News Agency",
        date=PartialDate.parse("2020-05-26"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("sura-en-story-consent-click-allow.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a loan lander whose lenders are paid links by name, in Spanish -----------------------------------------

_PAID = (
    "<a href='https://vivecredito.es/?aff=1' rel='nofollow sponsored'>Vivecrédito</a>"
    "<a href='https://prestalia.es/?aff=1' rel=\"sponsored\">Prestalia</a>"
)


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Consigue hasta 1.000 € hoy mismo</h1><p>Aunque estés en ASNEF</p>{_PAID}",
        f"<h1>Préstamos rápidos online</h1><p>Sin nómina</p>{_PAID}",
        f"<h1>Get up to $5,000 today</h1><p>No credit check</p>{_PAID}",
    ],
)
def test_loan_landers_linking_lenders_by_name(text: str) -> None:
    assert pagebody.loan_lander(text.encode())


def test_spanish_loan_lander_fixture() -> None:
    body = _fixture("saransk-loan-lander-spanish-names.html")
    assert b"<input" not in body
    assert pagebody.loan_lander(body)


@pytest.mark.parametrize(
    "text",
    [
        # one paid link: an advert on a page of something else
        "<h1>Consigue hasta 1.000 € hoy mismo</h1><p>Aunque estés en ASNEF</p>"
        "<a href='https://vivecredito.es/' rel='sponsored'>Vivecrédito</a>",
        # a comparison of lenders by paid links, approval not promised to any borrower
        f"<h1>Small business loans: five lenders compared</h1><p>Decisions in two days.</p>{_PAID}",
        # a bank's Spanish loan page: its own links, a credit check
        "<h1>Préstamo personal hasta 30.000 €</h1><p>Sujeto a estudio de riesgo.</p>"
        "<a href='/prestamos/solicitar'>Solicitar</a><a href='/prestamos/condiciones'>Condiciones</a>",
    ],
)
def test_paid_links_without_a_lander_left_alone(text: str) -> None:
    assert not pagebody.loan_lander(text.encode())


def test_money_guide_with_sponsored_lenders_passes() -> None:
    citation = Citation(
        url=f"{SENTINEL}/2020/05/28/small-business-loans-mordovia-lenders-compared-a97020",
        title="Small Business Loans in Mordovia: Five Lenders Compared",
        outlet="The Saransk Sentinel",
        date=PartialDate.parse("2020-05-28"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("saransk-guide-sponsored-lenders.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


def test_spanish_loan_lander_cited_by_date_only_fails() -> None:
    citation = Citation(
        url=f"{SENTINEL}/2020/05/30/mordovia-grain-harvest-forecast-a97050",
        date=PartialDate.parse("2020-05-30"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("saransk-loan-lander-spanish-names.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- an investment lander: a share a month, a sign-up elsewhere ---------------------------------------------

_SIGNUP = "<a href='https://join.quantum-profit.com/register?aff=1'>Open your free account</a>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Members earn up to 300% a month</h1><p>Minimum deposit $250</p>{_SIGNUP}",
        f"<h1>Returns of 40% per week</h1><p>Our trading bot works for you</p>{_SIGNUP}",
        "<h1>Доход до 300% в месяц</h1><p>Минимальный депозит — 25 000 ₽</p>"
        "<a href='https://invest-platforma.ru/reg'>Начать зарабатывать</a>",
        # the sum per week of rot35's lander, its form replaced by a sign-up elsewhere
        f"<h1>Earn $1,500 a day</h1><p>Minimum deposit $250</p>{_SIGNUP}",
        # a share a month with a form (rot35's kind)
        "<h1>Earn 300% a month</h1><p>Minimum deposit $250</p><input name='phone'>",
    ],
)
def test_investment_landers_without_a_form(text: str) -> None:
    assert pagebody.investment_lander(text.encode())


def test_formless_trading_lander_fixture() -> None:
    body = _fixture("sura-en-trading-lander-no-form.html")
    assert b"<input" not in body
    assert pagebody.investment_lander(body)


@pytest.mark.parametrize(
    "text",
    [
        # a bank's deposit: a yearly rate, a minimum, its own sign-up
        "<h1>Вклад «Доходный»: до 16% годовых</h1><p>Минимальный депозит 10 000 ₽</p>"
        "<a href='/deposits/open'>Открыть вклад</a>",
        # a broker: a minimum deposit, a sign-up elsewhere, no returns promised
        f"<h1>Open a trading account</h1><p>Minimum deposit $100</p>{_SIGNUP}",
        # the returns and the deposit, but nowhere to sign up
        "<h1>Members earn up to 300% a month</h1><p>Minimum deposit $250</p><a href='/about'>About us</a>",
        # a microlender's daily rate, no deposit or robot
        f"<h1>Займ под 0,8% в день</h1><p>Доход не важен</p>{_SIGNUP}",
    ],
)
def test_investment_words_without_a_lander_left_alone(text: str) -> None:
    assert not pagebody.investment_lander(text.encode())


def test_formless_trading_lander_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{SURA_EN}/politics/1800004050", outlet="Sura News Agency", date=PartialDate.parse("2020-05-29")
    )
    status, cause, verdict, _ = _one(citation, _fixture("sura-en-trading-lander-no-form.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_about_trading_scam_passes() -> None:
    citation = Citation(
        url=f"{SENTINEL}/2020/05/27/pensioners-lose-savings-to-ai-trading-robot-a97010",
        title="Saransk Pensioners Lost Savings to an 'AI Trading Robot' Promising 300% a Month",
        outlet="The Saransk Sentinel",
        date=PartialDate.parse("2020-05-27"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("saransk-story-trading-scam.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


def test_dated_formless_lander_not_read() -> None:
    """The takeovers sit behind the parking gate: a page stating an article's date is not read."""
    text = f"<h1>Members earn up to 300% a month</h1><p>Minimum deposit $250</p>{_SIGNUP}"
    assert _body_signal(_page(text, dated=True)) is None
    assert _body_signal(_page(text)) is not None


# --- scareware ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Your phone may be infected with (4) viruses!</h1>"
        "<a href='https://x.com/go'>Remove viruses now</a>",
        "<p>Your device is 28.1% damaged</p><p>Install the recommended security app for free</p>",
        "<p>Your Android has been hacked!</p><p>Clean your phone now</p>",
        "<h1>Ваш телефон заражён</h1><a href='https://x.ru/go'>Удалите вирусы</a>",
    ],
)
def test_scareware(text: str) -> None:
    assert pagebody.scareware_alert(text.encode())


def test_scareware_fixture() -> None:
    assert pagebody.scareware_alert(_fixture("sura-en-scareware-virus-alert.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a security vendor's page: its app offered, nothing said of the reader's device
        "<h1>Mobile Security</h1><p>Remove viruses and malware from any phone.</p><a href='/buy'>Buy</a>",
        # a help page: what to do if your device is infected, nothing offered to install
        "<h1>What to do if your computer is infected</h1><p>Restart in safe mode and run a full scan.</p>",
        # an explainer quoting the words, no call to remove
        "<p>Pop-ups say 'your phone may be infected with 4 viruses'. Close the tab.</p>",
    ],
)
def test_security_words_left_alone(text: str) -> None:
    assert not pagebody.scareware_alert(text.encode())


def test_scareware_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{SURA_EN}/politics/1800004060", outlet="Sura News Agency", date=PartialDate.parse("2020-05-30")
    )
    status, cause, verdict, _ = _one(citation, _fixture("sura-en-scareware-virus-alert.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_dated_scareware_words_not_read() -> None:
    text = "<h1>Your phone may be infected with (4) viruses!</h1><p>Remove viruses now</p>"
    assert _body_signal(_page(text, dated=True)) is None
    assert _body_signal(_page(text)) is not None


# --- walls over a not-found page: a registration dialog's <h1>, an ad-blocker dialog ------------------------


def _wall(cause: Cause, body: bytes, url: str = f"{SENTINEL}/2020/05/31/x-a97060") -> tuple[str, str] | None:
    found = pagebody.error_under_wall(cause, url, url, body, extract_metadata(body, url))
    return None if found is None else (found[0].value, found[1].value)


_REGISTER = (
    "<div role='dialog'><h1>Create a free account to keep reading</h1><input type='email' name='email'>"
    "<a href='/account/login'>Sign in</a></div>"
)
_AD_BLOCK = (
    "<div role='dialog'><h2>Похоже, вы используете блокировщик рекламы</h2>"
    "<p>Отключите блокировщик, чтобы продолжить чтение.</p></div>"
)


def test_gate_and_ad_block_titles() -> None:
    assert gates.gate_title("Create a free account to keep reading", [], [])
    assert not gates.gate_title("Saransk River Embankment Reopens After Two-Year Rebuild", [], [])
    assert gates.ad_block_title("Похоже, вы используете блокировщик рекламы")
    assert not gates.ad_block_title("Вы не робот?")


def test_registration_dialog_h1_over_not_found_h2() -> None:
    body = _page(f"{_REGISTER}<main><h2>Sorry, we couldn't find that page</h2></main>")
    assert _wall(Cause.AUTH, body) == ("soft_404", "error_page")


def test_ad_block_dialog_over_not_found() -> None:
    body = _page(f"{_AD_BLOCK}<main><div class='e404'>Такой страницы нет</div></main>")
    assert _wall(Cause.BOT_CHALLENGE, body) == ("soft_404", "error_page")


@pytest.mark.parametrize(
    ("cause", "body"),
    [
        # the registration dialog over a dated story whose headline is an <h2>
        (
            Cause.AUTH,
            _page(
                f"{_REGISTER}<main><h2>Embankment reopens</h2><p>The embankment reopened.</p></main>",
                dated=True,
            ),
        ),
        # the registration dialog alone
        (Cause.AUTH, _page(f"{_REGISTER}<main><p>Loading...</p></main>")),
        # the ad-blocker dialog alone
        (Cause.BOT_CHALLENGE, _page(f"{_AD_BLOCK}<main><p>Загрузка...</p></main>")),
        # a captcha is no dialog over a page: not read, whatever is under it
        (
            Cause.BOT_CHALLENGE,
            _page("<h1>Вы не робот?</h1><main><div>Такой страницы нет</div></main>", title="Вы не робот?"),
        ),
    ],
)  # fmt: skip
def test_walls_without_an_error_page_under_them_left_alone(cause: Cause, body: bytes) -> None:
    assert _wall(cause, body) is None


def test_registration_wall_over_not_found_cited_fails() -> None:
    citation = Citation(
        url=f"{SENTINEL}/2020/05/31/saransk-river-embankment-reopens-a97060",
        title="Saransk River Embankment Reopens After Two-Year Rebuild",
        outlet="The Saransk Sentinel",
        date=PartialDate.parse("2020-05-31"),
    )
    status, cause, verdict, _, reason = _result(citation, _fixture("saransk-regwall-over-not-found.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
    assert "sign-in or subscription dialog" in reason


def test_ad_block_wall_over_not_found_cited_fails() -> None:
    citation = Citation(
        url=f"{SURA}/politika/1800004030",
        title="Госсобрание Мордовии приняло закон о поддержке сельских школ",
        outlet="Сура-Информ",
        date=PartialDate.parse("2020-05-30"),
    )
    status, cause, verdict, _, reason = _result(citation, _fixture("sura-adblock-over-not-found.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
    assert "ad-blocker dialog" in reason


def test_ad_block_wall_alone_still_blocked() -> None:
    citation = Citation(
        url=f"{SURA}/politika/1800004070",
        title="В Мордовии открыли новый мост",
        outlet="Сура-Информ",
        date=PartialDate.parse("2020-05-30"),
    )
    body = _page(f"{_AD_BLOCK}<main><p>Загрузка...</p></main>", title="Сура-Информ")
    status, cause, _, _ = _one(citation, body)
    assert (status, cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE)
