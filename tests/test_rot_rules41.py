"""The rules the forty-first link-rot batch (tests/test_rot_heldout41.py) brought, each on strings or through
:func:`check` with a fetcher double, with what each must leave alone: Kurmanji and Faroese not-found
messages; a Luxembourgish consent heading and purposes' statement; an Armenian registrar's parking page; a
loan lander in Italian and a trading lander in Dutch (the rot40 leftover: an eighth language); a Ukrainian
fortune-teller's services; a cash-on-delivery remedy's lander dressed as news; a seller of pirated
television (an IPTV playlist)."""

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
DENGE = "https://dengearagats.am"
SUDUROY = "https://suduroyartidindi.fo"
MUSELDALL = "https://museldall.lu"
PECHENGA = "https://pechenga-inform.ru"
KOLA = "https://kolacourier.com"


_page = titled_page("2020-08-25T10:00:00+03:00")


_body_signal = body_signal_at(f"{PECHENGA}/politika/4400001030")


# --- Kurmanji, Faroese --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Rûpel nehat dîtin",
        "Rûpel nehat dîtin – Dengê Aragatsê",
        "Rûpela ku tu lê digerî tune ye",
        "Gotar nehat dîtin",
        "Síðan finst ikki",
        "Síðan finst ikki | Suðuroyar Tíðindi",
        "Síðan varð ikki funnin",
        "Greinin finst ikki",
    ],
)
def test_kurmanji_and_faroese_not_found_titles(title: str) -> None:
    assert is_error_title(title, ["Dengê Aragatsê", "Suðuroyar Tíðindi"])


@pytest.mark.parametrize(
    "title",
    [
        "Li Aparanê dibistaneke nû hat vekirin",
        "Nýggj ferja fer at sigla millum Suðuroy og Tórshavn",
        # headlines that open with the words
        "Rûpel nehat dîtin: arşîva rojnameyê çawa winda bû",
        "Síðan finst ikki: soleiðis hvarv gamla skjalasavnið",
        # Faroese words in a story's sentence, not a notice
        "Bygdarsøgan finst ikki longur á bókasavninum",
    ],
)
def test_kurmanji_and_faroese_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("denge-not-found-h1.html", f"{DENGE}/20200823/4100001020.html", "Li Êrîvanê pêşangeha wêneyên kevin",
         "Dengê Aragatsê"),
        ("suduroy-not-found-title.html", f"{SUDUROY}/20200823/4200001030.html",
         "Bygdaráðið á Tvøroyri samtykkir nýggja havn", "Suðuroyar Tíðindi"),
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
        ("denge-story-kurmanji.html", f"{DENGE}/20200820/4100001010.html",
         "Li Aparanê dibistaneke nû hat vekirin", "Dengê Aragatsê", "2020-08-20"),
        ("suduroy-story-faroese.html", f"{SUDUROY}/20200820/4200001010.html",
         "Nýggj ferja fer at sigla millum Suðuroy og Tórshavn", "Suðuroyar Tíðindi", "2020-08-20"),
    ],
)  # fmt: skip
def test_kurmanji_and_faroese_stories_pass(name: str, url: str, title: str, outlet: str, day: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(day))
    status, _, verdict, kinds = _one(citation, _fixture(name))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a consent prompt in Luxembourgish ----------------------------------------------------------------------


def test_luxembourgish_consent_purposes() -> None:
    assert consent_purposes(
        fold("Mir an eis 156 Partner späicheren an/oder kréien Zougrëff op Informatiounen")
    )
    assert consent_purposes(fold("Mir an eis Partner späicheren Informatiounen op Ärem Apparat"))


def test_luxembourgish_consent_purposes_left_alone() -> None:
    assert not consent_purposes(fold("Mir an eis Noperen späicheren d'Holz fir de Wanter an der Scheier"))
    assert not consent_purposes(fold("Mir an eis Partner bauen eng nei Schoul zu Gréiwemaacher"))


def test_luxembourgish_consent_wall_is_blocked() -> None:
    citation = Citation(
        url=f"{MUSELDALL}/20200826/4300001040.html",
        title="Gréiwemaacher Gemengerot stëmmt de Budget",
        outlet="De Museldall",
        date=PartialDate.parse("2020-08-26"),
    )
    status, cause, verdict, kinds = _one(citation, _fixture("museldall-consent-wall-lux.html"))
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.CONSENT, "warn"), kinds


@pytest.mark.parametrize(
    "heading",
    [
        "Mir respektéieren Är Privatsphär",
        "Är Privatsphär ass eis wichteg",
        "Mir schätzen Är Privatsphär",
    ],
)
def test_luxembourgish_consent_headings(heading: str) -> None:
    body = _page(f"<h2>{heading}</h2><button>Alles akzeptéieren</button>", title="De Museldall")
    citation = Citation(url=f"{MUSELDALL}/20200826/4300001040.html", date=PartialDate.parse("2020-08-26"))
    status, cause, _, _ = _one(citation, body)
    assert (status, cause) == (Status.BLOCKED, Cause.CONSENT)


def test_luxembourgish_story_under_consent_overlay_passes() -> None:
    citation = Citation(
        url=f"{MUSELDALL}/20200821/4300001010.html",
        title="Zu Gréiwemaacher mécht eng nei Bibliothéik op",
        outlet="De Museldall",
        date=PartialDate.parse("2020-08-21"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("museldall-story-under-lux-consent.html"))
    assert status == Status.OK, kinds
    assert verdict in ("pass", "warn"), kinds
    assert not kinds & {"title_mismatch", "date_mismatch", "outlet_mismatch"}


# --- an Armenian registrar's parking page -------------------------------------------------------------------


def test_armenian_parking_page_is_parked() -> None:
    citation = Citation(
        url=f"{DENGE}/20200826/4100001030.html",
        title="Li Rya Tezeyê festîvala stranên gelêrî",
        outlet="Dengê Aragatsê",
        date=PartialDate.parse("2020-08-26"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("denge-parked-hy.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.PARKED, "fail")


@pytest.mark.parametrize(
    "words",
    [
        "<h2>Այս դոմենը վաճառվում է։</h2><p>Այս դոմենը կայանված է գրանցողի մոտ։</p>",
        "<h2>Դոմենը վաճառքի է</h2><p>Դոմենի գրանցման ժամկետը լրացել է։</p>",
    ],
)
def test_armenian_sale_and_parking_words(words: str) -> None:
    assert pagebody._is_parked(_page(words, title="dengearagats.am"), None)


def test_armenian_sale_under_a_story_title_left_alone() -> None:
    # one sign only (a sale), under a story's title that names no domain
    body = _page("<h1>Նոր դպրոց Ապարանում</h1><p>Այս դոմենը վաճառվում է։</p>", title="Նոր դպրոց Ապարանում")
    assert not pagebody._is_parked(body, extract_metadata(body, f"{DENGE}/x"))


def test_dated_story_about_a_lapsed_armenian_domain_left_alone() -> None:
    body = _page(
        "<h1>Թերթի կայքը կորավ</h1><p>Այս դոմենը կայանված է գրանցողի մոտ, գրում է ընթերցողը։"
        " Գրանցման ժամկետը լրացել է։ Դոմենը վաճառվում է։</p>",
        dated=True,
        title="dengearagats.am",
    )
    assert not pagebody._is_parked(body, extract_metadata(body, f"{DENGE}/x"))


# --- an Italian loan lander, a Dutch trading lander (an eighth language) ------------------------------------


_LENDERS = (
    '<a href="https://a.example/x" rel="nofollow sponsored">SoldiSubito</a>'
    '<a href="https://b.example/y" rel="nofollow sponsored">Contanti Ora</a>'
)


@pytest.mark.parametrize(
    "words",
    [
        "Prestito veloce fino a 5.000 € in 24 ore. Anche a protestati e cattivi pagatori.",
        "Prestiti online senza busta paga",
        "Prestito fino a 3.000 € sul conto. Approvazione garantita.",
        "Prestito immediato anche per cattivi pagatori",
    ],
)
def test_italian_loan_lander(words: str) -> None:
    assert pagebody.loan_lander(_page(f"<h1>{words}</h1>{_LENDERS}").lower())


def test_italian_loan_words_left_alone() -> None:
    # a bank's own loan page: a form, but it promises no approval to any borrower
    bank = _page(
        "<h1>Prestito personale online</h1><p>Valutiamo la tua situazione creditizia prima di ogni"
        " offerta.</p><form><input name='importo'></form>"
    )
    assert not pagebody.loan_lander(bank.lower())
    # an explainer quoting the words, no lenders to apply to
    explainer = _page("<p>I siti che promettono 'prestito veloce anche a protestati' sono spesso truffe.</p>")
    assert not pagebody.loan_lander(explainer.lower())
    # one paid link only
    one = _page(
        "<h1>Prestito veloce anche a protestati</h1>"
        '<a href="https://a.example/x" rel="nofollow sponsored">SoldiSubito</a>'
    )
    assert not pagebody.loan_lander(one.lower())


_SIGNUP_FORM = "<form action='/lead.php'><input name='email'><input type='tel' name='phone'></form>"


@pytest.mark.parametrize(
    "words",
    [
        "Verdien tot € 1.000 per dag met de tradingrobot. Minimale storting van € 250.",
        "Verdien meer dan 5.000 euro per week. Storting van € 250.",
        "Een inkomen van ruim € 3.000 per maand met onze handelsrobot",
    ],
)
def test_dutch_trading_lander(words: str) -> None:
    assert pagebody.investment_lander(_page(f"<h1>{words}</h1>{_SIGNUP_FORM}").lower())


def test_dutch_trading_words_left_alone() -> None:
    # a courier's job advert: pay per month, no deposit, no robot
    job = _page(f"<h1>Verdien tot € 2.500 per maand als bezorger</h1>{_SIGNUP_FORM}")
    assert not pagebody.investment_lander(job.lower())
    # a bank's savings account: a deposit, a yearly rate
    bank = _page(
        f"<h1>Spaarrekening: 3% rente per jaar</h1><p>Minimale storting van € 250.</p>{_SIGNUP_FORM}"
    )
    assert not pagebody.investment_lander(bank.lower())


@pytest.mark.parametrize(
    ("name", "url", "day"),
    [
        ("pechenga-loan-lander-italian.html", f"{PECHENGA}/politika/4400001020", "2020-08-25"),
        ("kola-trading-lander-dutch.html", f"{KOLA}/2020/08/25/kola-bay-ferry-returns-a92010", "2020-08-25"),
    ],
)
def test_eighth_language_landers_cited_by_date_fail(name: str, url: str, day: str) -> None:
    status, cause, verdict, _ = _one(_dated_only(url, day), _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a Ukrainian fortune-teller -----------------------------------------------------------------------------


def test_ukrainian_spell_seller() -> None:
    assert pagebody.spell_seller(_fixture("kola-fortune-teller-ukrainian.html"))
    words = (
        "<ul><li>Зняття порчі та пристріту</li><li>Ворожіння на картах Таро</li>"
        "<li>Повернення коханого</li></ul><a href='viber://chat?number=%2B380'>Viber</a>"
    )
    assert pagebody.spell_seller(_page(words))


def test_ukrainian_occult_words_left_alone() -> None:
    # a shop of tarot decks with a Viber link: one kind
    shop = _page("<h1>Колоди для ворожіння на картах Таро</h1><a href='viber://chat?number=1'>Viber</a>")
    assert not pagebody.spell_seller(shop)
    # a police warning naming the services, no messenger to reach a seller
    police = _page(
        "<p>Поліція попереджає: «зняття порчі», «ворожіння на картах» і «повернення чоловіка в сім'ю»"
        " за передоплату — шахрайство.</p>"
    )
    assert not pagebody.spell_seller(police)


def test_ukrainian_fortune_teller_cited_fails() -> None:
    url = f"{KOLA}/2020/08/28/murmansk-port-cranes-replaced-a92020"
    status, cause, verdict, _ = _one(
        _dated_only(url, "2020-08-28"), _fixture("kola-fortune-teller-ukrainian.html")
    )
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a cash-on-delivery remedy's lander ---------------------------------------------------------------------


_ORDER = "<form><input name='name'><input type='tel' name='phone'><button>Заказать</button></form>"


@pytest.mark.parametrize(
    "words",
    [
        "<h1>Как похудеть на 18 кг за месяц</h1><p>Скидка 50%</p><p>Оператор перезвонит вам.</p>",
        "<h1>Минус 12 кг без диет</h1><p><s>1 980 ₽</s> 990 ₽</p><p>Наш оператор свяжется с вами.</p>",
        "<h1>Сбросила 12 кг за 3 недели</h1><p>Скидка до 70%</p><p>Оператор перезвонит.</p>",
        "<h1>Избавиться от боли в суставах навсегда</h1><p>-50% только сегодня</p>"
        "<p>Консультант перезвонит в течение 15 минут</p>",
    ],
)
def test_nutra_lander(words: str) -> None:
    assert pagebody.nutra_lander(_page(words + _ORDER))


def test_nutra_lander_in_english() -> None:
    words = (
        "<h1>Doctors stunned: how she lost 30 lbs in a month</h1><p>50% off today only</p>"
        "<form><input name='name'><input type='tel' name='phone'></form>"
        "<p>Our operator will call you back to confirm the order.</p>"
    )
    assert pagebody.nutra_lander(_page(words))


def test_nutra_words_left_alone() -> None:
    # a clinic's page: a callback form and a weight-loss programme, no discount
    clinic = _page(
        "<h1>Программа снижения веса: минус 10 кг за 3 месяца</h1><p>Оператор перезвонит вам.</p>" + _ORDER
    )
    assert not pagebody.nutra_lander(clinic)
    # a furniture shop's sale with a callback form: no remedy
    shop = _page("<h1>Диваны со скидкой 50%</h1><p>Оператор перезвонит вам.</p>" + _ORDER)
    assert not pagebody.nutra_lander(shop)
    # the remedy's words without a form (a quote)
    quote = _page(
        "<p>«Похудеть на 18 кг», «скидка 50%», «оператор перезвонит вам» — так пишут мошенники.</p>"
    )
    assert not pagebody.nutra_lander(quote)


def test_nutra_lander_cited_fails_and_the_story_about_it_passes() -> None:
    url = f"{PECHENGA}/politika/4400001030"
    citation = Citation(url=url, outlet="Печенга-Информ", date=PartialDate.parse("2020-08-27"))
    status, cause, verdict, _ = _one(citation, _fixture("pechenga-nutra-fake-news.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")
    story = Citation(
        url=f"{PECHENGA}/politika/4400001010",
        title="Прокуратура предупредила о фальшивых «новостях» про таблетки для похудения",
        outlet="Печенга-Информ",
        date=PartialDate.parse("2020-08-21"),
    )
    status, _, verdict, kinds = _one(story, _fixture("pechenga-story-diet-advertorials.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


def test_dated_nutra_lander_not_read() -> None:
    body = _page(
        "<h1>Как похудеть на 18 кг за месяц</h1><p>Скидка 50%</p><p>Оператор перезвонит вам.</p>" + _ORDER,
        dated=True,
        title="Как похудеть на 18 кг за месяц",
    )
    assert _body_signal(body) is None


# --- a seller of pirated television -------------------------------------------------------------------------


def test_iptv_seller() -> None:
    assert pagebody.iptv_seller(_fixture("pechenga-iptv-seller.html"))
    english = _page(
        "<h1>Best IPTV subscription: 18,000+ live channels, VOD</h1><p>M3U playlist for any device.</p>"
        "<p>$9.99/month</p><form><input name='email'></form>"
    )
    assert pagebody.iptv_seller(english)


def test_iptv_words_left_alone() -> None:
    # a broadband provider's television: channels by the month, no playlist file
    provider = _page(
        "<h1>Интерактивное ТВ</h1><p>IPTV: 200 каналов за 350 ₽ в месяц</p>"
        "<form><input name='address'></form>"
    )
    assert not pagebody.iptv_seller(provider)
    # a player app's help page: how to open an m3u playlist, no channels sold
    player = _page(
        "<h1>How to add an M3U playlist</h1><p>Our IPTV player opens the m3u playlist your provider gives"
        " you.</p><a href='https://t.me/playerhelp'>Support</a>"
    )
    assert not pagebody.iptv_seller(player)


def test_iptv_seller_cited_by_date_fails() -> None:
    status, cause, verdict, _ = _one(
        _dated_only(f"{PECHENGA}/politika/4400001040", "2020-08-27"), _fixture("pechenga-iptv-seller.html")
    )
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_dated_iptv_seller_not_read() -> None:
    body = _page(
        "<h1>IPTV подписка — 2 500+ каналов от 149 ₽ в месяц</h1><p>Плейлист m3u</p>"
        "<a href='https://t.me/x_bot'>Telegram</a>",
        dated=True,
        title="IPTV подписка — 2 500+ каналов от 149 ₽ в месяц",
    )
    assert _body_signal(body) is None
