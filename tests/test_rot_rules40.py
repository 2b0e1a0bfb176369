"""The rules the fortieth link-rot batch (tests/test_rot_heldout40.py) brought, each on strings or through
:func:`check` with a fetcher double, with what each must leave alone: Northern Sami, Yiddish and Karakalpak
not-found messages; a consent prompt in Norwegian's other word order and the Scandinavian purposes'
statement; an Uzbek registrar's parking page; a loan lander in French and a trading lander in Portuguese (the
rot39 leftover: a seventh language); returns promised as a daily percentage (a cloud-mining scheme); a push
lure whose body is only its bare call (the rot39 leftover); an SMM panel and a fortune-teller's lander."""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.extract import extract_metadata
from linkcheck.gates import consent_purposes
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from linkcheck.soft404 import is_error_title
from tests.rot_harness import body_signal_at, titled_page
from tests.rot_harness import dated_only as _dated_only
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
AJA = "https://ajaaigi.no"
AMUR = "https://amur-blat.ru"
AMIW = "https://amiwdarya.uz"
TUNDRA = "https://tundra-inform.ru"
TUNDRA_EN = "https://en.tundra-inform.ru"
PECHORA = "https://pechorapost.com"


_page = titled_page("2020-08-15T10:00:00+03:00")


_body_signal = body_signal_at(f"{TUNDRA}/politika/3600001040")


# --- Northern Sami, Yiddish, Karakalpak ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Siidu ii gávdnon",
        "Siidu ii gávdnon – Ája Áigi",
        "Siidu maid ohcet ii gávdno",
        "Artihkal ii gávdnon",
        "דער בלאַט איז ניט געפֿונען געוואָרן",
        "דער בלאַט איז ניט געפֿונען געוואָרן — דער אַמור־בלאַט",
        "דער בלאַט איז נישט געפֿונען",
        "דער בלאַט עקזיסטירט ניט",
        "Bet tabılmadı",
        "Bet tabılmadı | Ámiwdárya Xabarları",
        "Siz izlegen bet joq",
        "Maqala tabılmadı",
    ],
)
def test_sami_yiddish_karakalpak_not_found_titles(title: str) -> None:
    assert is_error_title(title, ["Ája Áigi", "דער אַמור־בלאַט", "Ámiwdárya Xabarları"])


@pytest.mark.parametrize(
    "title",
    [
        "Guovdageainnus rahpojuvvui ođđa skuvla",
        "אין ביראָבידזשאַן האָט מען געעפֿנט אַ נײַע ביבליאָטעק",
        "Nókiste jańa mektep ashıldı",
        # headlines that open with the words
        "Siidu ii gávdnon: movt arkiiva lei jávkan",
        "דער בלאַט איז ניט געפֿונען געוואָרן: ווי אַזוי איז דער אַרכיוו פֿאַרלוירן געגאַנגען",
        "Bet tabılmadı: arxiv qalay joǵaldı",
        # Uzbek's and Crimean Tatar's phrases in a headline beside the new ones
        "Sahifa topilmadi xatosi tuzatildi",
        "Saife tapılmadı degen yazı",
    ],
)
def test_sami_yiddish_karakalpak_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("aja-not-found-h1.html", f"{AJA}/20200814/3500001030.html", "Sámediggi mearridii ođđa giellaplána",
         "Ája Áigi"),
        ("amur-not-found-title.html", f"{AMUR}/20200814/3700001030.html",
         "אַ נײַער פּאַרק בײַם ברעג פֿון דער ביראַ", "דער אַמור־בלאַט"),
        ("amiwdarya-not-found-div.html", f"{AMIW}/20200815/3800001010.html", "Nókiste jańa mektep ashıldı",
         "Ámiwdárya Xabarları"),
    ],
)  # fmt: skip
def test_not_found_pages_cited_fail(name: str, url: str, title: str, outlet: str) -> None:
    day = url.split("/")[3]
    citation = Citation(
        url=url, title=title, outlet=outlet, date=PartialDate.parse(f"{day[:4]}-{day[4:6]}-{day[6:]}")
    )
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet", "day"),
    [
        ("aja-story-northern-sami.html", f"{AJA}/20200810/3500001010.html",
         "Guovdageainnus rahpojuvvui ođđa skuvla", "Ája Áigi", "2020-08-10"),
        ("amur-story-yiddish.html", f"{AMUR}/20200811/3700001010.html",
         "אין ביראָבידזשאַן האָט מען געעפֿנט אַ נײַע ביבליאָטעק", "דער אַמור־בלאַט", "2020-08-11"),
    ],
)  # fmt: skip
def test_sami_and_yiddish_stories_pass(name: str, url: str, title: str, outlet: str, day: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(day))
    status, _, verdict, kinds = _one(citation, _fixture(name))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a consent prompt in Norwegian --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Vi og våre 142 partnere lagrer og/eller får tilgang til informasjon på en enhet",
        "Vi og vores partnere opbevarer og/eller tilgår oplysninger på en enhed",
        "Vi och våra partner lagrar och/eller får åtkomst till information på en enhet",
    ],
)
def test_scandinavian_consent_purposes(line: str) -> None:
    assert consent_purposes(fold(line))


def test_scandinavian_consent_purposes_left_alone() -> None:
    assert not consent_purposes(fold("Vi og våre naboer lagrer ved til vinteren i låven"))
    assert not consent_purposes(fold("Vi og våre partnere bygger en ny skole i Kautokeino"))


def test_norwegian_consent_wall_is_blocked() -> None:
    citation = Citation(
        url=f"{AJA}/20200817/3500001040.html",
        title="Deatnu-luossa: guolásteapmi gildojuvvo",
        outlet="Ája Áigi",
        date=PartialDate.parse("2020-08-17"),
    )
    status, cause, verdict, kinds = _one(citation, _fixture("aja-consent-wall-norwegian.html"))
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.CONSENT, "warn"), kinds


@pytest.mark.parametrize(
    "heading",
    [
        "Vi bryr oss om personvernet ditt",
        "Personvernet ditt er viktig for oss",
        "Vi verdsetter personvernet ditt",
        "Vi set pris på personvernet ditt",
        "Vi værdsætter dit privatliv",
    ],
)
def test_norwegian_and_danish_consent_headings(heading: str) -> None:
    body = _page(f"<h2>{heading}</h2><button>Godta alle</button>", title="Ája Áigi")
    citation = Citation(url=f"{AJA}/20200817/3500001040.html", date=PartialDate.parse("2020-08-17"))
    status, cause, _, _ = _one(citation, body)
    assert (status, cause) == (Status.BLOCKED, Cause.CONSENT)


def test_sami_story_under_norwegian_consent_overlay_passes() -> None:
    citation = Citation(
        url=f"{AJA}/20200812/3500001020.html",
        title="Boazodoallit ožžot buhtadusa jieŋa dihte",
        outlet="Ája Áigi",
        date=PartialDate.parse("2020-08-12"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("aja-story-under-norwegian-consent.html"))
    assert status == Status.OK, kinds
    assert verdict in ("pass", "warn"), kinds
    assert not kinds & {"title_mismatch", "date_mismatch", "outlet_mismatch"}


# --- an Uzbek registrar's parking page ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("<h2>Bu domen sotiladi!</h2><p>Ushbu domen registratorda park qilingan.</p>", "amiwdarya.uz"),
        (
            "<h2>Domen sotiladi</h2><p>Ro‘yxatdan o‘tish muddati tugagan.</p>",
            "amiwdarya.uz — bu domen sotiladi",
        ),
        ("<h2>Domen sotiladi</h2><p>Ro'yxatdan o'tish muddati tugagan.</p>", "amiwdarya.uz"),
        ("<h2>Бу домен сотилади!</h2><p>Домен регистраторда парк қилинган.</p>", "amiwdarya.uz"),
    ],
)
def test_uzbek_parking_pages(text: str, title: str) -> None:
    body = _page(text, title=title)
    assert pagebody._is_parked(body, extract_metadata(body, f"{AMIW}/20200818/3800001020.html"))


def test_uzbek_parking_fixture_cited_fails() -> None:
    citation = Citation(
        url=f"{AMIW}/20200818/3800001020.html",
        title="Moynaqta Aral festivalı ótti",
        outlet="Ámiwdárya Xabarları",
        date=PartialDate.parse("2020-08-18"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("amiwdarya-parked-uz.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.PARKED, "fail")


@pytest.mark.parametrize(
    ("text", "title", "dated"),
    [
        # one sign only: the sale said under a story's title, nothing parked, no domain as title
        ("<p>Saytda 'bu domen sotiladi' degan yozuv paydo bo‘ldi.</p>", "Nukus sayti yopildi", False),
        # a dated story about a lapsed domain
        ("<h1>Sayt yopildi</h1><p>Bu domen sotiladi. Park qilingan.</p>", "amiwdarya.uz", True),
    ],
)
def test_uzbek_parking_words_left_alone(text: str, title: str, dated: bool) -> None:
    body = _page(text, title=title, dated=dated)
    assert not pagebody._is_parked(body, extract_metadata(body, f"{AMIW}/20200818/3800001020.html"))


# --- a loan lander in French --------------------------------------------------------------------------------

_PAID = "<a href='https://a.fr/?aff=1' rel='nofollow sponsored'>CashÉclair</a>"
_PAID2 = "<a href='https://b.fr/?aff=1' rel='sponsored'>Argent Minute</a>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Prêt rapide sans justificatif</h1><p>Jusqu'à 3 000 € en 24 h</p>{_PAID}{_PAID2}",
        f"<h1>Mini-prêt en ligne</h1><p>Même fiché Banque de France</p>{_PAID}{_PAID2}",
        f"<h1>Crédit rapide jusqu'à 1 000 €</h1><p>Réponse de principe immédiate</p>{_PAID}{_PAID2}",
        "<h1>Prêt express</h1><p>Fiché FICP accepté</p><form><input name='montant'></form>",
    ],
)
def test_french_loan_landers(text: str) -> None:
    assert pagebody.loan_lander(text.encode())


def test_french_loan_lander_fixture() -> None:
    assert pagebody.loan_lander(_fixture("tundra-loan-lander-french.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a bank's loan page: its own form, the borrower's file studied
        "<h1>Prêt personnel jusqu'à 50 000 €</h1><p>Étude de votre dossier sous 48 h.</p>"
        "<form><input name='montant'></form>",
        # a comparison of lenders by paid links that promises approval to no one
        f"<h1>Comparatif des crédits à la consommation 2024</h1><p>TAEG dès 2,9 %.</p>{_PAID}{_PAID2}",
        # the lander's words, one paid link
        f"<h1>Prêt rapide</h1><p>Même fiché Banque de France</p>{_PAID}",
        # an explainer quoting the words, no lender linked
        "<p>Une publicité promet un « prêt rapide sans justificatif ». L'UFC met en garde.</p>",
    ],
)
def test_french_loan_words_left_alone(text: str) -> None:
    assert not pagebody.loan_lander(text.encode())


def test_french_loan_lander_cited_by_date_only_fails() -> None:
    citation = _dated_only(f"{TUNDRA}/politika/3600001020", "2020-08-16")
    status, cause, verdict, _ = _one(citation, _fixture("tundra-loan-lander-french.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a trading lander in Portuguese, a cloud-mining scheme's daily percentage -------------------------------

_FORM = "<form action='/lead.php'><input name='email'></form>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Ganhe até 1.000 € por dia</h1><p>Depósito mínimo de 250 €</p>{_FORM}",
        f"<h1>Ganhe mais de 800 € por dia</h1><p>O robô de trading negoceia por si</p>{_FORM}",
        f"<h1>Ganhos de até 5.000 € por mês</h1><p>Robô de investimento automático</p>{_FORM}",
        f"<h1>Cloud mining: earn up to 3.5% daily</h1><p>Deposit $100 to start</p>{_FORM}",
        f"<h1>Earn 12% weekly on your deposit</h1><p>Minimum deposit $50</p>{_FORM}",
    ],
)
def test_portuguese_trading_and_daily_percent_landers(text: str) -> None:
    assert pagebody.investment_lander(text.encode())


@pytest.mark.parametrize(
    "name", ["pechora-trading-lander-portuguese.html", "pechora-cloud-mining-plans.html"]
)
def test_portuguese_and_cloud_mining_fixtures(name: str) -> None:
    assert pagebody.investment_lander(_fixture(name))


@pytest.mark.parametrize(
    "text",
    [
        # a bank's deposit: a yearly rate
        f"<h1>Depósito a prazo a 3 % ao ano</h1><p>Depósito mínimo de 1.000 €</p>{_FORM}",
        # a courier's job advert: pay per month, no deposit
        f"<h1>Ganhe até 1.200 € por mês como estafeta</h1><p>Horário flexível</p>{_FORM}",
        # a savings account's daily interest, no earning promised
        f"<h1>Interest calculated daily</h1><p>Rates from 4.1% a year; minimum deposit $1</p>{_FORM}",
        # the lander's words without a form or a sign-up link
        "<h1>Cloud mining: earn up to 3.5% daily</h1><p>Deposit $100 to start</p>",
    ],
)
def test_portuguese_and_daily_percent_words_left_alone(text: str) -> None:
    assert not pagebody.investment_lander(text.encode())


@pytest.mark.parametrize(
    ("name", "url", "day"),
    [
        ("pechora-trading-lander-portuguese.html", f"{PECHORA}/2020/08/16/pechora-coal-trains-resume-a91020",
         "2020-08-16"),
        ("pechora-cloud-mining-plans.html", f"{PECHORA}/2020/08/19/usinsk-oil-spill-cleanup-ends-a91030",
         "2020-08-19"),
    ],
)  # fmt: skip
def test_investment_landers_cited_without_title_fail(name: str, url: str, day: str) -> None:
    citation = Citation(url=url, outlet="The Pechora Post", date=PartialDate.parse(day))
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a push lure whose body is only its bare call -----------------------------------------------------------

_TAG = "<script src='https://cdn.pushnet-cdn.com/loader.js?zid=1' async></script>"


def _lure(body: str, title: str = "Loading...", head: str = _TAG) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>{body}</body></html>".encode()
    )


@pytest.mark.parametrize(
    "body",
    [
        "<div>☝</div><h1>Click Allow to continue</h1>",
        "<div class='bar'><i></i></div><p>Press <b>Allow</b> to continue</p><span>100%</span>",
        "<h2>Tap &quot;Allow&quot; to continue</h2>",
    ],
)
def test_bare_call_push_lures(body: str) -> None:
    assert pagebody.push_permission_lure(_lure(body))


@pytest.mark.parametrize(
    "title", ["", "Please wait…", "Redirecting...", "Загрузка...", "Пожалуйста, подождите"]
)
def test_bare_call_push_lures_under_wait_titles(title: str) -> None:
    assert pagebody.push_permission_lure(_lure("<h1>Click Allow to continue</h1>", title=title))


def test_bare_call_push_lure_fixture() -> None:
    assert pagebody.push_permission_lure(_fixture("pechora-push-lure-bare-call-loading.html"))


@pytest.mark.parametrize(
    ("body", "head"),
    [
        # a consent banner's call on a page that shows a site
        ("<nav><a href='/'>Home</a><a href='/news'>News</a><a href='/sport'>Sport</a></nav>"
         "<h1>Pechora river port reopens</h1><p>The port reopened on Monday after repairs.</p>"
         "<div class='banner'>Click Allow to continue</div>", _TAG),
        # the bare call speaking of cookies
        ("<h1>Click Allow to continue</h1><p>We use cookies.</p>", _TAG),
        # the bare call with no script from another host
        ("<h1>Click Allow to continue</h1>", "<script src='/js/app.js'></script>"),
        # a call that names what is allowed
        ("<h1>Click Allow notifications to get breaking news</h1>", _TAG),
    ],
)  # fmt: skip
def test_bare_call_words_left_alone(body: str, head: str) -> None:
    assert not pagebody.push_permission_lure(_lure(body, head=head))


@pytest.mark.parametrize(
    "title", ["Pechora river port reopens", "The Pechora Post", "Loading the Pechora Post"]
)
def test_bare_call_under_a_title_of_something_left_alone(title: str) -> None:
    """rot35-38's leave-alone: the bare call under a story's title or the site's name is not read."""
    assert not pagebody.push_permission_lure(_lure("<h1>Click Allow to continue</h1>", title=title))


def test_bare_call_push_lure_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{PECHORA}/2020/08/15/pechora-river-port-reopens-a91010",
        outlet="The Pechora Post",
        date=PartialDate.parse("2020-08-15"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("pechora-push-lure-bare-call-loading.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- an SMM panel -------------------------------------------------------------------------------------------

_ORDER = "<form action='/order'><input name='link'><input name='quantity'></form>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Накрутка подписчиков в Instagram</h1><p>Подписчики — 189 ₽ за 1000</p>{_ORDER}",
        f"<h1>Купить живых подписчиков</h1><table><tr><th>Цена за 1000</th></tr></table>{_ORDER}",
        f"<h1>Buy Instagram followers</h1><p>$2.50 per 1000</p>{_ORDER}",
        f"<h1>Cheapest SMM panel</h1><p>TikTok likes from $0.90 per 1k</p>{_ORDER}",
    ],
)
def test_smm_panels(text: str) -> None:
    assert pagebody.smm_panel(text.encode())


def test_smm_panel_fixture() -> None:
    assert pagebody.smm_panel(_fixture("tundra-smm-panel-lander.html"))


@pytest.mark.parametrize(
    "text",
    [
        # an agency's social media services: no followers sold by the thousand
        f"<h1>SMM-продвижение для бизнеса</h1><p>Ведение аккаунтов от 30 000 ₽ в месяц</p>{_ORDER}",
        # the offers quoted, no form
        "<p>Сайты предлагают «Накрутка подписчиков — 189 ₽ за 1000».</p>",
        # a printer's price per 1000 leaflets with a form
        f"<h1>Печать листовок</h1><p>Цена за 1000 штук — 2 400 ₽</p>{_ORDER}",
    ],
)
def test_smm_words_left_alone(text: str) -> None:
    assert not pagebody.smm_panel(text.encode())


def test_smm_panel_cited_by_date_only_fails() -> None:
    citation = _dated_only(f"{TUNDRA}/politika/3600001030", "2020-08-18")
    status, cause, verdict, _ = _one(citation, _fixture("tundra-smm-panel-lander.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_about_bought_followers_passes() -> None:
    citation = Citation(
        url=f"{TUNDRA_EN}/politics/3600001010",
        title="Naryan-Mar Candidates Bought Followers, Watchdog Says",
        outlet="Tundra Info Agency",
        date=PartialDate.parse("2020-08-12"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("tundra-en-story-smm-followers.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a fortune-teller's lander ------------------------------------------------------------------------------

_WA = "<a href='https://wa.me/79990001122'>WhatsApp</a>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Приворот на любовь</h1><p>Снятие порчи и сглаза. Гадание на таро.</p>{_WA}",
        f"<h1>Потомственная гадалка</h1><p>Отворот, приворот, венец безбрачия</p>{_WA}",
        "<h1>Powerful love spells</h1><p>Bring back your lover. Remove a curse. Tarot readings.</p>"
        "<a href='https://t.me/mama_spells'>Telegram</a>",
    ],
)
def test_spell_sellers(text: str) -> None:
    assert pagebody.spell_seller(text.encode())


def test_spell_seller_fixture() -> None:
    assert pagebody.spell_seller(_fixture("tundra-love-spell-doorway.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a shop of tarot decks with a WhatsApp link: one kind
        f"<h1>Колоды таро</h1><p>Гадание на таро: колоды Райдера — Уэйта</p>{_WA}",
        # the services listed, no messenger to reach anyone
        "<p>Полиция предупреждает: «приворот», «снятие порчи» и «гадание на таро» — приёмы мошенников.</p>",
        # a theatre's play about a witch, a phone to book
        f"<h1>«Ведьма»: премьера</h1><p>Спектакль о сглазе и любви</p>{_WA}",
    ],
)
def test_spell_words_left_alone(text: str) -> None:
    assert not pagebody.spell_seller(text.encode())


def test_spell_seller_cited_by_date_only_fails() -> None:
    citation = _dated_only(f"{TUNDRA}/politika/3600001040", "2020-08-19")
    status, cause, verdict, _ = _one(citation, _fixture("tundra-love-spell-doorway.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_spell_seller_on_a_host_named_for_the_outlet_fails() -> None:
    """Cited by the outlet on a host that carries its name: the page is not the outlet's."""
    citation = Citation(
        url=f"{TUNDRA}/politika/3600001040", outlet="Тундра-Информ", date=PartialDate.parse("2020-08-19")
    )
    status, cause, verdict, _ = _one(citation, _fixture("tundra-love-spell-doorway.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_dated_forms_of_the_new_takeovers_are_not_read() -> None:
    """A dated page holding a lander's words is a story about it: the takeovers ask only undated pages."""
    for name in (
        "tundra-smm-panel-lander.html",
        "tundra-love-spell-doorway.html",
        "pechora-cloud-mining-plans.html",
        "tundra-loan-lander-french.html",
        "pechora-trading-lander-portuguese.html",
    ):
        body = _fixture(name).replace(
            b"</head>", b'<meta property="article:published_time" content="2020-08-15T10:00:00+03:00"></head>'
        )
        signal = _body_signal(body)
        assert signal is None or signal[0] != Cause.SPAM, (name, signal)
