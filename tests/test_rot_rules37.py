"""The rules the thirty-seventh link-rot batch (tests/test_rot_heldout37.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: Moksha, Altai and Crimean Tatar
not-found messages; a push lure that says only "Click Allow to continue" whose worker only the push network's
loader registers, told its path (the rot36 leftover); a loan lander in Polish (the rot36 leftover: a fourth
language) and a trading lander in German; a bare "Virus detected!" alert that names no device (the rot36
leftover); a task scam's lander sending the reader to a manager in a messenger."""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.soft404 import is_error_title
from tests.rot_harness import body_signal_at, titled_page
from tests.rot_harness import day as _day
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
ALTAI = "https://altai-inform.ru"
ALTAI_EN = "https://en.altai-inform.ru"
BULLETIN = "https://barnaulbulletin.com"
MOKSHA = "https://mokshen-valda.ru"
ALTAI_LANG = "https://altai-solundar.ru"
YAYLA = "https://yaylasesi.org"


_page = titled_page("2020-06-05T10:00:00+07:00")


_body_signal = body_signal_at(f"{ALTAI_EN}/politics/1900005050")


# --- Moksha, Altai, Crimean Tatar ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Лопась аф муевсь",
        "Лопась аф муевсь — Мокшень Валда",
        "Вешендеф лопать аш",
        "Бӱк табылбады",
        "Бӱк табылбады — Алтай Солундар",
        "Слер бедреген бӱк јок",
        "Saife tapılmadı",
        "Saife tapılmadı | Yayla Sesi",
        "Siz qıdırğan saife yoq",
    ],
)
def test_moksha_altai_crimean_tatar_not_found_titles(title: str) -> None:
    assert is_error_title(title, ["Мокшень Валда", "Алтай Солундар", "Yayla Sesi"])


@pytest.mark.parametrize(
    "title",
    [
        "Саранскяйса панжевсь од шабат кудо",
        "Горно-Алтайскта јаҥы больница ачылды",
        "Aqmescitte yañı kitaphane açıldı",
        # a headline that opens with the words
        "Лопась аф муевсь: кода библиотекась ёмавтозе архивонц",
        "Бӱк табылбады: архив јылыйып калды",
        "Saife tapılmadı: arhiv nasıl ğayıp oldı",
        # the Erzya, Turkish and Azerbaijani phrases' neighbours are not these languages' words
        "Sayfa bulunamadı sorunu çözüldü mü? Belediye yanıtladı",
    ],
)
def test_moksha_altai_crimean_tatar_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        (
            "moksha-not-found-h1.html",
            f"{MOKSHA}/20200602/2500001020.html",
            "Рузаевкаса панжевсь од больница",
            "Мокшень Валда",
        ),
        (
            "altai-not-found-title.html",
            f"{ALTAI_LANG}/20200603/2600001010.html",
            "Горно-Алтайскта јаҥы больница ачылды",
            "Алтай Солундар",
        ),
        (
            "yayla-not-found-crimean-tatar.html",
            f"{YAYLA}/20200604/2700001010.html",
            "Aqmescitte yañı kitaphane açıldı",
            "Yayla Sesi",
        ),
    ],
)  # fmt: skip
def test_not_found_pages_cited_fail(name: str, url: str, title: str, outlet: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(_day(url)))
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


def test_moksha_story_passes() -> None:
    citation = Citation(
        url=f"{MOKSHA}/20200601/2500001010.html",
        title="Саранскяйса панжевсь од шабат кудо",
        outlet="Мокшень Валда",
        date=PartialDate.parse("2020-06-01"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("moksha-story-moksha.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a push lure whose worker only its loader registers -----------------------------------------------------

_LOADER = (
    '<script src="https://pushwave-cdn.net/loader.min.js" data-zone="61220" data-sw="/sw-pw.js"></script>'
)
_BARE_LOADER = '<script src="https://pushwave-cdn.net/loader.min.js" data-zone="61220"></script>'


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Click <span>Allow</span> to continue</h1>{_LOADER}",
        f'<p>Press "Allow" to continue</p>{_LOADER}',
        # a config's worker path, the loader elsewhere
        "<p>Click Allow to continue</p><script>var cfg = {zone: 7, sw: '/sw.js'};</script>"
        "<script src='//cdn.pushflow.net/ld.js'></script>",
        "<p>Tap Allow and continue</p><script>init({serviceWorkerPath: '/push/worker.js'})</script>"
        "<script src='https://cdn.pushflow.net/ld.js'></script>",
    ],
)
def test_click_allow_to_continue_worker_handed_to_loader(text: str) -> None:
    assert pagebody.push_permission_lure(text.encode())


def test_worker_handed_to_loader_fixture() -> None:
    body = _fixture("barnaul-push-lure-loader-worker.html")
    assert b"serviceWorker" not in body
    assert b"requestPermission" not in body
    assert pagebody.push_permission_lure(body)


@pytest.mark.parametrize(
    "text",
    [
        # no worker's path at all (rot35's and rot36's leave-alone, kept)
        f"<p>Click Allow to continue</p>{_BARE_LOADER}",
        # a worker's path on another host is no worker of the page's own
        "<p>Click Allow to continue</p><script src='https://cdn.pushflow.net/ld.js'"
        " data-sw='//cdn.pushflow.net/sw.js'></script>",
        # a worker's path and a foreign loader, a cookie bar's words
        f"<p>We use cookies. Click Allow to continue.</p>{_LOADER}",
        # a worker's path and a foreign loader, no call to press Allow
        f"<p>Get breaking news alerts</p><button>Subscribe</button>{_LOADER}",
        # a worker's path and the words, the script the site's own
        "<p>Click Allow to continue</p><script src='/js/app.js' data-sw='/sw.js'></script>",
        # a worker's path that is no script
        f"<p>Click Allow to continue</p><img data-sw='/img/sw.png'>{_BARE_LOADER}",
    ],
)
def test_worker_handed_to_loader_left_alone(text: str) -> None:
    assert not pagebody.push_permission_lure(text.encode())


def test_story_under_own_push_prompt_fixture_not_asked() -> None:
    """The agency's story carries the same loader and 'Click Allow to continue getting our alerts': it states
    its date, so no takeover is asked of it, and it passes."""
    citation = Citation(
        url=f"{ALTAI_EN}/politics/1900005010",
        title="Altai Republic Opens Its First Mountain Rescue Station",
        outlet="Altai News Agency",
        date=PartialDate.parse("2020-06-02"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("altai-en-story-push-vendor-loader.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


def test_worker_handed_to_loader_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{BULLETIN}/2020/06/05/barnaul-river-port-reopens-a98030",
        outlet="The Barnaul Bulletin",
        date=PartialDate.parse("2020-06-05"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("barnaul-push-lure-loader-worker.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a loan lander in Polish --------------------------------------------------------------------------------

_PAID = "<a href='https://a.pl/?aff=1' rel='nofollow sponsored'>SzybkaGotówka</a>"
_PAID2 = "<a href='https://b.pl/?aff=1' rel='sponsored'>Pożyczkomat</a>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Pożyczka do 5 000 zł nawet w 15 minut</h1><p>Bez BIK · Bez zaświadczeń</p>{_PAID}{_PAID2}",
        f"<h1>Chwilówki online</h1><p>Także dla osób z długami</p>{_PAID}{_PAID2}",
        f"<h1>Pożyczka na dowód</h1><p>Przyznawalność 96%</p>{_PAID}{_PAID2}",
        "<h1>Pożyczka online do 3000 zł</h1><p>Bez baz, także dla zadłużonych</p>"
        "<form><input name='pesel'></form>",
    ],
)
def test_polish_loan_landers(text: str) -> None:
    assert pagebody.loan_lander(text.encode())


def test_polish_loan_lander_fixture() -> None:
    assert pagebody.loan_lander(_fixture("barnaul-loan-lander-polish.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a bank's loan page: an offer, its own form, the borrower checked in the registers
        "<h1>Pożyczka gotówkowa do 200 000 zł</h1><p>Decyzja po weryfikacji zdolności kredytowej w BIK.</p>"
        "<form><input name='kwota'></form>",
        # a comparison of lenders by paid links that promises approval to no one
        f"<h1>Ranking chwilówek 2024</h1><p>Sprawdzamy koszty i warunki.</p>{_PAID}{_PAID2}",
        # the lander's words, one paid link
        f"<h1>Pożyczka do 5 000 zł</h1><p>Bez BIK</p>{_PAID}",
        # an explainer quoting the words, no lender linked
        "<p>Reklamy obiecują 'pożyczkę bez BIK'. Sprawdź firmę w rejestrze KNF.</p>",
    ],
)
def test_polish_loan_words_left_alone(text: str) -> None:
    assert not pagebody.loan_lander(text.encode())


def test_polish_loan_lander_cited_by_date_only_fails() -> None:
    citation = Citation(
        url=f"{BULLETIN}/2020/06/06/altai-krai-wheat-harvest-forecast-a98040",
        date=PartialDate.parse("2020-06-06"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("barnaul-loan-lander-polish.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a trading lander in German -----------------------------------------------------------------------------

_FORM = "<form action='/lead.php'><input name='email'></form>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Verdienen Sie bis zu 1.200 € am Tag</h1><p>Mindesteinzahlung 250 €</p>{_FORM}",
        f"<h1>Gewinne von über 5.000 € pro Woche</h1><p>Unser Krypto-Robot handelt für Sie</p>{_FORM}",
        f"<h1>Einkommen ab 800 Euro am Tag</h1><p>Einzahlung ab 250 € genügt</p>{_FORM}",
    ],
)
def test_german_trading_landers(text: str) -> None:
    assert pagebody.investment_lander(text.encode())


def test_german_trading_lander_fixture() -> None:
    assert pagebody.investment_lander(_fixture("altai-trading-lander-german.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a bank's fixed deposit: a yearly rate, a minimum deposit, a form
        f"<h1>Festgeld: 2,5 % p.a.</h1><p>Mindesteinlage 1.000 €</p>{_FORM}",
        # a courier's job advert: pay per month, no deposit, no robot
        f"<h1>Verdienen Sie bis zu 3.000 € im Monat als Kurier</h1>{_FORM}",
        # the lander's words, no form and nowhere to sign up
        "<p>Verdienen Sie bis zu 1.200 € am Tag</p><p>Mindesteinzahlung 250 €</p>",
        # a broker's sign-up: a minimum deposit, no income promised
        f"<h1>Depot eröffnen</h1><p>Mindesteinzahlung 100 €</p>{_FORM}",
    ],
)
def test_german_trading_words_left_alone(text: str) -> None:
    assert not pagebody.investment_lander(text.encode())


def test_german_trading_lander_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{ALTAI}/20200606/1900005040.html", outlet="Алтай-Информ", date=PartialDate.parse("2020-06-06")
    )
    status, cause, verdict, _ = _one(citation, _fixture("altai-trading-lander-german.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a bare "Virus detected!" alert -------------------------------------------------------------------------

_OFFER = "<a href='https://av-deal.net/renew?cid=31'>Remove threats now</a>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Virus detected!</h1><p>Protection expired.</p>{_OFFER}",
        f"<p>Scan complete: 3 threats found</p>{_OFFER}",
        "<h1>(5) viruses detected</h1><a href='//clean-offer.net/go'>Remove all viruses</a>",
        "<h1>Обнаружен вирус!</h1><a href='https://av-offer.ru/go'>Удалить угрозы</a>",
    ],
)
def test_bare_virus_alerts(text: str) -> None:
    assert pagebody.scareware_alert(text.encode())


def test_bare_virus_alert_fixture() -> None:
    body = _fixture("altai-en-virus-detected-alert.html")
    assert b"your phone" not in body.lower()
    assert b"your device" not in body.lower()
    assert pagebody.scareware_alert(body)


@pytest.mark.parametrize(
    "text",
    [
        # the wastewater story's words, no remedy offered
        "<h1>Virus Detected in Barnaul Wastewater Samples</h1><p>Testing continues twice a week.</p>",
        # a security vendor's page: a scan's finding shown, its own store on its own host
        "<h1>Total Shield</h1><p>3 threats found? Remove threats in one click.</p>"
        "<a href='/buy'>Remove threats</a>",
        # a help page: a scan's finding, advice, nothing to remove by a link
        "<h1>Virus detected by Windows Security</h1><p>Open Windows Security and choose Remove.</p>",
        # an offer elsewhere, but no scan's finding announced
        "<h1>Antivirus deals</h1><a href='https://av-deal.net/go'>Remove malware with 80% off</a>",
    ],
)
def test_virus_words_left_alone(text: str) -> None:
    assert not pagebody.scareware_alert(text.encode())


def test_bare_virus_alert_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{ALTAI_EN}/politics/1900005050",
        outlet="Altai News Agency",
        date=PartialDate.parse("2020-06-07"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("altai-en-virus-detected-alert.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_wastewater_story_passes() -> None:
    citation = Citation(
        url=f"{BULLETIN}/2020/06/02/virus-detected-in-barnaul-wastewater-samples-a98010",
        title="Virus Detected in Barnaul Wastewater Samples, Health Officials Say",
        outlet="The Barnaul Bulletin",
        date=PartialDate.parse("2020-06-02"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("barnaul-story-virus-detected-wastewater.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a task scam's lander -----------------------------------------------------------------------------------

_TG = "<a href='https://t.me/likes_job_hr'>Написать менеджеру</a>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Удалённая работа: от 5 000 ₽ в день</h1><p>Ставьте лайки видео</p>{_TG}",
        f"<h1>До 3 000 руб. в день за лайки</h1>{_TG}",
        "<h1>Earn $300 a day liking videos</h1><a href='https://wa.me/15550001'>Chat with our HR manager</a>",
        "<h1>Get paid $25 per hour to write reviews</h1><a href='//t.me/reviews_hr'>Apply on Telegram</a>",
    ],
)
def test_task_scam_landers(text: str) -> None:
    assert pagebody.task_scam_lander(text.encode())


def test_task_scam_lander_fixture() -> None:
    assert pagebody.task_scam_lander(_fixture("altai-task-scam-telegram.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a courier's job advert taking applications on Telegram: pay per day, no likes or reviews
        f"<h1>Курьер: от 5 000 ₽ в день</h1><p>Доставка по городу</p>{_TG}",
        # the story's words: pay for likes, the messenger named but not linked
        "<p>The sites promise 'earn 5,000 rubles a day liking videos' and say 'write to our HR manager on"
        " Telegram'.</p>",
        # a shop's Telegram channel: no pay promised
        f"<h1>Смотрите видео о наших товарах</h1>{_TG}",
        # the lander's words with a chat on the site itself
        "<h1>от 5 000 ₽ в день</h1><p>Ставьте лайки</p><a href='/chat'>Написать менеджеру</a>",
    ],
)
def test_task_words_left_alone(text: str) -> None:
    assert not pagebody.task_scam_lander(text.encode())


def test_task_scam_lander_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{ALTAI}/politika/1900005060", outlet="Алтай-Информ", date=PartialDate.parse("2020-06-07")
    )
    status, cause, verdict, _ = _one(citation, _fixture("altai-task-scam-telegram.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_task_scam_story_passes() -> None:
    citation = Citation(
        url=f"{BULLETIN}/2020/06/03/barnaul-students-lose-money-to-online-task-scams-a98020",
        title="Barnaul Students Lose Money to Online 'Task' Scams Promising Pay for Likes",
        outlet="The Barnaul Bulletin",
        date=PartialDate.parse("2020-06-03"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("barnaul-story-task-scams-telegram.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


def test_dated_forms_of_the_new_takeovers_are_not_read() -> None:
    """A page stating an article's date is not asked what a lapsed domain's holder serves (the parking
    test's gate): the task scam's and the bare alert's words on a dated page are no takeover."""
    for body in (
        f"<h1>Удалённая работа: от 5 000 ₽ в день</h1><p>Ставьте лайки видео</p>{_TG}",
        f"<h1>Virus detected!</h1><p>Scan complete: 3 threats found</p>{_OFFER}",
    ):
        assert _body_signal(_page(body, dated=True)) is None
        assert _body_signal(_page(body)) is not None
