"""The rules the thirty-eighth link-rot batch (tests/test_rot_heldout38.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: Karachay-Balkar, Livvi Karelian
and Gagauz not-found messages; a push lure that says only "Click Allow to continue" whose worker only an ad
network's tag knows (the rot37 leftover), read by its ``<title>``; a loan lander in Portuguese (the rot37
leftover: a fifth language) and a trading lander in French; a scan alert whose remedy is a program to
download under a countdown (the rot37 leftover); a task scam's lander taking the recruit's phone in a form
(the rot37 leftover); a JSON-LD ``alternativeHeadline`` (a print headline) read as one of the page's
titles."""

from __future__ import annotations

import json

import pytest

from linkcheck import pagebody
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.soft404 import is_error_title
from tests.rot_harness import body_signal_at, titled_page
from tests.rot_harness import day as _day
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
ABAKAN = "https://abakan-inform.ru"
ABAKAN_EN = "https://en.abakan-inform.ru"
CHRONICLE = "https://cherkesskchronicle.com"
KB = "https://kmhaparla.ru"
KAIKU = "https://karjalankaiku.ru"
GAGAUZ = "https://gagauzsesi.md"


_page = titled_page("2020-07-05T10:00:00+03:00")


_body_signal = body_signal_at(f"{ABAKAN_EN}/politics/2000006030")


# --- Karachay-Balkar, Livvi Karelian, Gagauz ---------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Бет табылмагъанды",
        "Бет табылмагъанды — Къарачай-Малкъар Хапарла",
        "Сиз излеген бет джокъду",
        "Излеген бет жокъду",
        "Sivuu ei löydynyh",
        "Sivuu ei löydynyh — Karjalan Kaiku",
        "Etsimästy sivuu ei ole olemas",
        "Sayfa bulunmadı",
        "Sayfa bulunmadı | Gagauz Sesi",
        "Aradıınız sayfa yok",
    ],
)
def test_karachay_balkar_karelian_gagauz_not_found_titles(title: str) -> None:
    assert is_error_title(title, ["Къарачай-Малкъар Хапарла", "Karjalan Kaiku", "Gagauz Sesi"])


@pytest.mark.parametrize(
    "title",
    [
        "Черкесскде жангы школ ачылгъанды",
        "Anukses avavui uuzi lapsien päiväkodi",
        "Komratta eni spor salonu açıldı",
        # a headline that opens with the words
        "Бет табылмагъанды: архив къалай тас болгъанды",
        "Sivuu ei löydynyh: kuin arhiivu kadoi",
        "Sayfa bulunmadı: arhiv nasıl kayboldu",
        # Finnish and Turkish headlines beside the new phrases
        "Sivua ei löytynyt -virhe kiusasi kaupungin sivustoa viikon",
        "Aradığınız sayfa bulunamadı hatası belediye sitesinde giderildi",
    ],
)
def test_karachay_balkar_karelian_gagauz_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("kb-not-found-h1.html", f"{KB}/20200702/2800001020.html", "Учкуланда жангы амбулатория ачылгъанды",
         "Къарачай-Малкъар Хапарла"),
        ("kaiku-not-found-title.html", f"{KAIKU}/20200703/2900001010.html",
         "Anukses avavui uuzi lapsien päiväkodi", "Karjalan Kaiku"),
        ("gagauz-not-found-div.html", f"{GAGAUZ}/20200704/3000001010.html", "Komratta eni spor salonu açıldı",
         "Gagauz Sesi"),
    ],
)  # fmt: skip
def test_not_found_pages_cited_fail(name: str, url: str, title: str, outlet: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(_day(url)))
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


def test_karachay_balkar_story_passes() -> None:
    citation = Citation(
        url=f"{KB}/20200701/2800001010.html",
        title="Черкесскде жангы школ ачылгъанды",
        outlet="Къарачай-Малкъар Хапарла",
        date=PartialDate.parse("2020-07-01"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("kb-story-karachay-balkar.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a push lure titled by its call, its worker known only to the ad network's tag ------------------------

_TAG = '<script data-cfasync="false" src="https://adsnet-push.net/tag.min.js?z=71342" async></script>'


@pytest.mark.parametrize(
    "page",
    [
        _page(f"<h1>Click Allow to continue</h1>{_TAG}", title="Click Allow to continue"),
        _page(f"<p>93%</p>{_TAG}", title="Press &quot;Allow&quot; to continue"),
        _page(f"<h1>Click Allow to continue</h1>{_TAG}", title="Tap Allow to continue"),
    ],
)
def test_push_lure_titled_by_its_call(page: bytes) -> None:
    assert pagebody.push_permission_lure(page)


def test_push_lure_titled_by_its_call_fixture() -> None:
    body = _fixture("chronicle-push-lure-network-tag.html")
    assert b"serviceWorker" not in body
    assert b"data-sw" not in body
    assert b"requestPermission" not in body
    assert pagebody.push_permission_lure(body)


@pytest.mark.parametrize(
    "page",
    [
        # the bare words and the tag under a title of something else (rot35-37's leave-alone, kept)
        _page(f"<p>Click Allow to continue</p>{_TAG}", title="Cherkessk water tariffs frozen"),
        # the call as the title, the script the site's own
        _page(
            "<h1>Click Allow to continue</h1><script src='/js/app.js'></script>",
            title="Click Allow to continue",
        ),
        # the call as the title, a cookie bar's words
        _page(f"<p>We use cookies.</p>{_TAG}", title="Click Allow to continue"),
        # a title that names what is allowed: notifications, not a call to go on
        _page(f"<p>Get our alerts</p>{_TAG}", title="Allow notifications from The Chronicle"),
        # the call only in the body's text, not in the <title>
        _page(f"<h1>Click Allow to continue</h1>{_TAG}", title="The Cherkessk Chronicle"),
    ],
)
def test_push_lure_title_left_alone(page: bytes) -> None:
    assert not pagebody.push_permission_lure(page)


def test_brief_under_own_push_bar_passes() -> None:
    """A one-paragraph brief under the agency's own bar ('Click Allow to continue getting breaking news') and
    an ad network's push tag: titled by its story and dated, it passes."""
    citation = Citation(
        url=f"{ABAKAN_EN}/politics/2000006010",
        title="Abakan Airport Resumes Flights to Moscow",
        outlet="Abakan News Agency",
        date=PartialDate.parse("2020-07-01"),
    )
    body = _fixture("abakan-en-brief-push-prompt-loader.html")
    assert not pagebody.push_permission_lure(body)
    status, _, verdict, kinds = _one(citation, body)
    assert (status, verdict) == (Status.OK, "pass"), kinds


def test_push_lure_titled_by_its_call_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{CHRONICLE}/2020/07/05/cherkessk-water-tariffs-frozen-a77040",
        outlet="The Cherkessk Chronicle",
        date=PartialDate.parse("2020-07-05"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("chronicle-push-lure-network-tag.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a loan lander in Portuguese ----------------------------------------------------------------------------

_PAID = "<a href='https://a.com.br/?aff=1' rel='nofollow sponsored'>CrediFácil</a>"
_PAID2 = "<a href='https://b.com.br/?aff=1' rel='sponsored'>GranaJá</a>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Empréstimo de até R$ 5.000 na hora</h1><p>Mesmo negativado</p>{_PAID}{_PAID2}",
        f"<h1>Empréstimo online</h1><p>Sem consulta ao SPC/Serasa</p>{_PAID}{_PAID2}",
        f"<h1>Empréstimo pessoal na hora</h1><p>Para negativados e nome sujo</p>{_PAID}{_PAID2}",
        "<h1>Empréstimo rápido</h1><p>Aprovação de 98%</p><form><input name='cpf'></form>",
    ],
)
def test_portuguese_loan_landers(text: str) -> None:
    assert pagebody.loan_lander(text.encode())


def test_portuguese_loan_lander_fixture() -> None:
    assert pagebody.loan_lander(_fixture("abakan-loan-lander-portuguese.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a bank's loan page: its own form, the borrower's record checked
        "<h1>Empréstimo pessoal online</h1><p>Sujeito a análise de crédito e consulta ao SPC.</p>"
        "<form><input name='valor'></form>",
        # a comparison of lenders by paid links that promises approval to no one
        f"<h1>Melhores empréstimos de 2024</h1><p>Comparamos taxas e prazos.</p>{_PAID}{_PAID2}",
        # the lander's words, one paid link
        f"<h1>Empréstimo de até R$ 5.000</h1><p>Mesmo negativado</p>{_PAID}",
        # an explainer quoting the words, no lender linked
        "<p>Anúncios prometem 'empréstimo online mesmo negativado'. Desconfie.</p>",
    ],
)
def test_portuguese_loan_words_left_alone(text: str) -> None:
    assert not pagebody.loan_lander(text.encode())


def test_portuguese_loan_lander_cited_by_date_only_fails() -> None:
    citation = Citation(url=f"{ABAKAN}/20200705/2000006020.html", date=PartialDate.parse("2020-07-05"))
    status, cause, verdict, _ = _one(citation, _fixture("abakan-loan-lander-portuguese.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a trading lander in French -----------------------------------------------------------------------------

_FORM = "<form action='/lead.php'><input name='email'></form>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Gagnez jusqu'à 1 200 € par jour</h1><p>Dépôt minimum de 250 €</p>{_FORM}",
        f"<h1>Gagnez jusqu’à 800 € par jour</h1><p>Le robot de trading négocie pour vous</p>{_FORM}",
        f"<p>Des revenus de plus de 5 000 € par semaine</p><p>Dépôt de 250 € seulement</p>{_FORM}",
    ],
)
def test_french_trading_landers(text: str) -> None:
    assert pagebody.investment_lander(text.encode())


def test_french_trading_lander_fixture() -> None:
    assert pagebody.investment_lander(_fixture("chronicle-trading-lander-french.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a bank's savings account: a yearly rate, a minimum deposit, no income per day
        f"<h1>Livret d'épargne à 3 % par an</h1><p>Dépôt minimum de 10 €</p>{_FORM}",
        # a courier's job advert: pay per month, no deposit, no robot
        f"<h1>Livreur à vélo : gagnez jusqu'à 2 000 € par mois</h1>{_FORM}",
        # the lander's words, no form and nowhere to sign up
        "<h1>Gagnez jusqu'à 1 200 € par jour</h1><p>Dépôt minimum de 250 €</p>",
        # a broker's sign-up: a minimum deposit, no income promised
        f"<h1>Ouvrez un compte</h1><p>Dépôt minimum de 100 €</p>{_FORM}",
    ],
)
def test_french_trading_words_left_alone(text: str) -> None:
    assert not pagebody.investment_lander(text.encode())


def test_french_trading_lander_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{CHRONICLE}/2020/07/06/cherkessk-chemical-plant-expansion-a77050",
        outlet="The Cherkessk Chronicle",
        date=PartialDate.parse("2020-07-06"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("chronicle-trading-lander-french.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a scan alert whose remedy is a program to download under a countdown --------------------------------

_TIMER = "<script>setInterval(function(){tick()},1000)</script>"


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Virus detected!</h1><p>Scan complete: 2 threats found</p><p>Within <b>04:59</b></p>"
        f"<a href='/download/Cleaner.apk'>Download cleaner</a>{_TIMER}",
        "<h1>(3) viruses detected</h1><span id='t'>9:59</span>"
        "<a href='https://dl.cleanfast.net/setup.exe'>Install now</a><script>setTimeout(go, 1000)</script>",
        "<h1>Обнаружен вирус</h1><p>Осталось <b>02:30</b></p>"
        f"<a href='/files/Antivirus.apk'>Скачать</a>{_TIMER}",
    ],
)
def test_scan_alerts_download_under_countdown(text: str) -> None:
    assert pagebody.scareware_alert(text.encode())


def test_scan_alert_download_fixture() -> None:
    body = _fixture("abakan-en-scan-alert-own-download.html")
    assert b"https://" not in body  # the download is on the page's own host
    assert pagebody.scareware_alert(body)


@pytest.mark.parametrize(
    "text",
    [
        # a security vendor's download page: a scan's words as a question, no countdown
        "<h1>Virus detected? Download our free antivirus</h1>"
        "<a href='/download/FreeAV_Setup.exe'>Download</a>",
        # the alert and a countdown, but no program to download
        f"<h1>Virus detected!</h1><p>2 threats found</p><p><b>04:59</b></p><a href='/help'>Help</a>{_TIMER}",
        # a program under a countdown, no scan's finding (a sale's countdown on a download page)
        f"<h1>Summer sale ends in</h1><p><b>04:59</b></p><a href='/dl/Editor.exe'>Download</a>{_TIMER}",
        # the scan's words and a download, a clock but no timer running it (a help page's caption)
        "<p>The alert read 'Virus detected!' at <b>10:42</b>.</p>"
        "<a href='/tools/Remover.exe'>Removal tool</a>",
    ],
)
def test_scan_alert_download_words_left_alone(text: str) -> None:
    assert not pagebody.scareware_alert(text.encode())


def test_scan_alert_download_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{ABAKAN_EN}/politics/2000006030",
        outlet="Abakan News Agency",
        date=PartialDate.parse("2020-07-06"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("abakan-en-scan-alert-own-download.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a task scam taking the recruit's phone ----------------------------------------------------------------

_PHONE = "<form action='/lead.php'><input name='name'><input name='phone' type='tel'></form>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Работа на дому: от 4 000 ₽ в день</h1><p>Пишите отзывы о товарах</p>{_PHONE}",
        "<h1>Earn $250 a day liking videos</h1><form><input type='tel' name='mobile'></form>",
        "<h1>От 3 000 ₽ в день</h1><p>Ставьте лайки видео</p><form><input name='telefon'></form>",
    ],
)
def test_task_scam_landers_phone_form(text: str) -> None:
    assert pagebody.task_scam_lander(text.encode())


def test_task_scam_phone_form_fixture() -> None:
    body = _fixture("abakan-task-scam-phone-form.html")
    assert b"t.me" not in body
    assert pagebody.task_scam_lander(body)


@pytest.mark.parametrize(
    "text",
    [
        # a courier's job advert taking a phone: pay per day, no likes or reviews
        f"<h1>Курьер: от 5 000 ₽ в день</h1><p>Доставляйте заказы по городу</p>{_PHONE}",
        # a marketplace's reviewers' panel with a phone field: no pay per day promised
        f"<h1>Пишите отзывы о товарах</h1><p>Получайте баллы на покупки</p>{_PHONE}",
        # the lander's words and a form without a phone field
        "<h1>От 4 000 ₽ в день</h1><p>Пишите отзывы о товарах</p><form><input name='email'></form>",
    ],
)
def test_task_phone_words_left_alone(text: str) -> None:
    assert not pagebody.task_scam_lander(text.encode())


def test_task_scam_phone_form_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{ABAKAN}/politika/2000006040", outlet="Абакан-Информ", date=PartialDate.parse("2020-07-07")
    )
    status, cause, verdict, _ = _one(citation, _fixture("abakan-task-scam-phone-form.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_dated_forms_of_the_new_takeovers_are_not_read() -> None:
    """A page stating an article's date is not asked what a lapsed domain's holder serves (the parking
    test's gate): the phone-form task scam's and the counted-down download's words on a dated page are no
    takeover."""
    for body in (
        f"<h1>Работа на дому: от 4 000 ₽ в день</h1><p>Пишите отзывы о товарах</p>{_PHONE}",
        "<h1>Virus detected!</h1><p>2 threats found</p><p><b>04:59</b></p>"
        f"<a href='/download/Cleaner.apk'>Download cleaner</a>{_TIMER}",
    ):
        assert _body_signal(_page(body, dated=True)) is None
        assert _body_signal(_page(body)) is not None


# --- a print headline named by the page's JSON-LD ---------------------------------------------------------


def _alt_page(alternative: object) -> bytes:
    node = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Cherkessk Council Votes to Pedestrianise Lenin Street for the Summer",
        "alternativeHeadline": alternative,
        "datePublished": "2020-07-03T08:00:00+03:00",
    }
    head = (
        "<meta charset='utf-8'><title>Cherkessk Council Votes to Pedestrianise Lenin Street for the Summer"
        " - The Cherkessk Chronicle</title>"
        f"<script type='application/ld+json'>{json.dumps(node)}</script>"
    )
    body = "<h1>Cherkessk Council Votes to Pedestrianise Lenin Street for the Summer</h1><p>Text.</p>"
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def test_alternative_headline_is_a_title_not_the_headline() -> None:
    url = f"{CHRONICLE}/2020/07/03/cherkessk-council-pedestrianise-lenin-street-a77020"
    metadata = extract_metadata(_alt_page("Lenin Street Goes Car-Free"), url)
    assert metadata.title == "Cherkessk Council Votes to Pedestrianise Lenin Street for the Summer"
    assert "Lenin Street Goes Car-Free" in metadata.titles()
    listed = extract_metadata(_alt_page(["Lenin Street Goes Car-Free", "Car-free Lenin Street"]), url)
    assert {"Lenin Street Goes Car-Free", "Car-free Lenin Street"} <= set(listed.titles())


def test_print_headline_cited_passes() -> None:
    citation = Citation(
        url=f"{CHRONICLE}/2020/07/03/cherkessk-council-pedestrianise-lenin-street-a77020",
        title="Lenin Street Goes Car-Free",
        outlet="The Cherkessk Chronicle",
        date=PartialDate.parse("2020-07-03"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("chronicle-story-print-headline.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds
    assert "title_mismatch" not in kinds


def test_other_headline_without_alternative_still_mismatches() -> None:
    """The same page without its ``alternativeHeadline`` and without its print note: a cited headline the
    page does not give is still a title mismatch (since rot39 the note in the text alone names a print
    headline too: ``tests/test_rot_rules39.py``)."""
    citation = Citation(
        url=f"{CHRONICLE}/2020/07/03/cherkessk-council-pedestrianise-lenin-street-a77020",
        title="Lenin Street Goes Car-Free",
        outlet="The Cherkessk Chronicle",
        date=PartialDate.parse("2020-07-03"),
    )
    body = (
        _fixture("chronicle-story-print-headline.html")
        .replace(b',"alternativeHeadline":"Lenin Street Goes Car-Free"', b"")
        .replace(b" with the headline: Lenin Street Goes Car-Free.", b".")
    )
    assert b"alternativeHeadline" not in body
    assert b"Car-Free" not in body
    _, _, verdict, kinds = _one(citation, body)
    assert "title_mismatch" in kinds
    assert verdict == "fail"


def test_alternative_headline_of_another_story_does_not_pass_a_wrong_citation() -> None:
    citation = Citation(
        url=f"{CHRONICLE}/2020/07/03/cherkessk-council-pedestrianise-lenin-street-a77020",
        title="Abakan Airport Resumes Flights to Moscow",
        outlet="The Cherkessk Chronicle",
        date=PartialDate.parse("2020-07-03"),
    )
    _, _, verdict, kinds = _one(citation, _fixture("chronicle-story-print-headline.html"))
    assert "title_mismatch" in kinds
    assert verdict == "fail"
