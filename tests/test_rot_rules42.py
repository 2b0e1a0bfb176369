"""The rules the forty-second link-rot batch (tests/test_rot_heldout42.py) brought, each on strings or through
:func:`check` with a fetcher double, with what each must leave alone: Sorani, West Frisian, Breton and Somali
not-found messages; a Breton consent heading and purposes' statement, and a consent line naming cookies in
its language's word; a Romanian registrar's parking page; remedy landers for other complaints, their order
confirmed by a manager or a Polish consultant (rot41's leftover); IPTV sold by the year or as a Stalker
portal's codes (rot41's leftover); cracked software on a lapsed domain."""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.gates import consent_purposes
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from linkcheck.soft404 import is_error_title
from tests.rot_harness import body_signal_at, headed_page, titled_page
from tests.rot_harness import dated_only as _dated_only
from tests.rot_harness import day as _day
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
DENGI = "https://dengisilemani.krd"
LAUWERS = "https://lauwersbode.nl"
TREGER = "https://keleiertreger.bzh"
BERBERA = "https://berberamaanta.so"
VORKUTA = "https://vorkuta-inform.ru"
STANDARD = "https://vorkutastandard.com"

_page = titled_page("2020-09-05T10:00:00+03:00")
_headed = headed_page("2020-09-05T10:00:00+03:00")
_body_signal = body_signal_at(f"{VORKUTA}/politika/4700001030")


# --- Sorani, West Frisian, Breton, Somali -------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "پەڕەکە نەدۆزرایەوە",
        "پەڕەکە نەدۆزرایەوە — دەنگی سلێمانی",
        "ئەو پەڕەیەی بەدوایدا دەگەڕێیت بوونی نییە",
        "Side net fûn",
        "De side dy't jo sochten bestiet net",
        "N'eo ket bet kavet ar bajenn",
        "Ar bajenn a glaskit n'eus ket anezhi",
        "Ar bajenn n'eo ket bet kavet",
        "Bogga lama helin",
        "Boggan aad raadinaysay ma jiro",
    ],
)
def test_not_found_messages(title: str) -> None:
    assert is_error_title(title, ("دەنگی سلێمانی",))


@pytest.mark.parametrize(
    "title",
    [
        "پردێکی نوێ لە سلێمانی کرایەوە",
        "Nije fytsbrêge oer de Dokkumer Ie iepene",
        "Ur pont nevez war ar Jaodi e Lannuon",
        "Dekedda Berbera oo hesho wiishash cusub",
        # headlines that open with the words, or hold them in a sentence
        "Bogga lama helin: sidee buu u lumay kaydka wargeyska",
        "De side fan it âlde stasjon is net fûn troch de argeolooch",
        "N'eo ket bet kavet ar bajenn diwezhañ eus dornskrid Anjela Duval",
    ],
)
def test_headlines_in_those_languages_are_no_error_message(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("dengi-not-found-h1.html", f"{DENGI}/20200903/4500001020.html",
         "شارەوانی سلێمانی باخچەیەکی نوێ دروست دەکات", "دەنگی سلێمانی"),
        ("lauwers-not-found-title.html", f"{LAUWERS}/20200903/4600001020.html",
         "Gemeente Noardeast-Fryslân wol mear wenten yn Dokkum", "De Lauwersbode"),
        ("treger-not-found-div.html", f"{TREGER}/20200903/4800001020.html",
         "Kentelioù brezhoneg evit an dud deuet e Lannuon", "Keleier Treger"),
        ("berbera-not-found-h2.html", f"{BERBERA}/20200904/4900001010.html",
         "Dekedda Berbera oo ballaarisay howlaheeda", "Berbera Maanta"),
    ],
)  # fmt: skip
def test_not_found_pages_cited_fail(name: str, url: str, title: str, outlet: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(_day(url)))
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("dengi-story-sorani.html", f"{DENGI}/20200901/4500001010.html", "پردێکی نوێ لە سلێمانی کرایەوە",
         "دەنگی سلێمانی"),
        ("lauwers-story-frisian.html", f"{LAUWERS}/20200901/4600001010.html",
         "Nije fytsbrêge oer de Dokkumer Ie iepene", "De Lauwersbode"),
    ],
)  # fmt: skip
def test_sorani_and_frisian_stories_pass(name: str, url: str, title: str, outlet: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(_day(url)))
    status, _, verdict, kinds = _one(citation, _fixture(name))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a consent prompt in Breton; a consent line's word for cookies ------------------------------------------


def test_breton_consent_purposes() -> None:
    assert consent_purposes(fold("Ni hag hor 143 keveler a enroll hag/pe a zizh titouroù war ho trevnad"))
    assert consent_purposes(fold("Ni hag hor kevelerien a enroll titouroù war ho trevnad"))


def test_breton_consent_purposes_left_alone() -> None:
    assert not consent_purposes(fold("Ni hag hor keveler a ya d'ar fest-noz e Plistin"))
    assert not consent_purposes(fold("Ni hag hor amezeien a enroll kanaouennoù kozh"))


def test_breton_consent_wall_is_blocked() -> None:
    citation = Citation(
        url=f"{TREGER}/20200904/4800001030.html",
        title="Gouel ar mor e Perroz-Gireg",
        outlet="Keleier Treger",
        date=PartialDate.parse("2020-09-04"),
    )
    status, cause, verdict, kinds = _one(citation, _fixture("treger-consent-wall-breton.html"))
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.CONSENT, "warn"), kinds


def test_breton_consent_wall_on_an_address_naming_no_outlet_is_blocked() -> None:
    """The loopback run's shape: a host that names no outlet, so the dialog's lines are what says it."""
    citation = Citation(
        url="http://127.0.0.1:8080/20200904/4800001030.html",
        title="Gouel ar mor e Perroz-Gireg",
        date=PartialDate.parse("2020-09-04"),
    )
    status, cause, verdict, kinds = _one(citation, _fixture("treger-consent-wall-breton.html"))
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.CONSENT, "warn"), kinds


@pytest.mark.parametrize(
    "heading",
    [
        "Doujañ a reomp d'ho puhez prevez",
        "Ho puhez prevez a zo pouezus evidomp",
        "Prizañ a reomp ho puhez prevez",
    ],
)
def test_breton_consent_headings(heading: str) -> None:
    body = _headed("<title>Keleier Treger</title>", f"<h1>{heading}</h1><p>Asantiñ d'an holl</p>")
    citation = Citation(url=f"{TREGER}/20200905/4800001050.html", title="Bagoù nevez e porzh Lannuon")
    status, cause, _, kinds = _one(citation, body)
    assert (status, cause) == (Status.BLOCKED, Cause.CONSENT), kinds


def test_breton_story_under_consent_overlay_passes() -> None:
    citation = Citation(
        url=f"{TREGER}/20200902/4800001010.html",
        title="Ur pont nevez war ar Jaodi e Lannuon",
        outlet="Keleier Treger",
        date=PartialDate.parse("2020-09-02"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("treger-story-under-breton-consent.html"))
    assert status == Status.OK, kinds
    assert verdict in ("pass", "warn"), kinds


def test_consent_purposes_naming_cookies_in_breton_block_a_headless_page() -> None:
    lines = (
        "<div>Ni hag hor 143 keveler a enroll hag/pe a zizh titouroù war ho trevnad, evel an toupinoù.</div>"
        "<button>Mat eo</button>"
    )
    body = _headed("<title>Keleier Treger</title>", lines)
    citation = Citation(url="http://127.0.0.1:8080/20200905/4800001060.html", title="Bagoù nevez e Lannuon")
    status, cause, _, kinds = _one(citation, body)
    assert (status, cause) == (Status.BLOCKED, Cause.CONSENT), kinds


def test_a_line_naming_cookies_that_is_no_consent_left_alone() -> None:
    lines = "<div>Toupinoù sukr ha bara-amann evit ar vugale, d'ar Sul e Lannuon.</div>"
    body = _headed("<title>Keleier Treger</title>", lines)
    citation = Citation(url="http://127.0.0.1:8080/20200905/4800001070.html", title="Bagoù nevez e Lannuon")
    status, cause, _, _ = _one(citation, body)
    assert (status, cause) != (Status.BLOCKED, Cause.CONSENT)


def test_cookie_words_hold_each_language() -> None:
    for word in ("cookie", "toupin", "cwci", "eväste", "ciasteczk", "куки"):
        assert word in pagebody._COOKIE_WORDS


# --- a Romanian registrar's parking page --------------------------------------------------------------------


def test_romanian_parking_page_is_parked() -> None:
    url = f"{BERBERA}/20200905/4900001020.html"
    citation = Citation(
        url=url,
        title="Suuqa xoolaha ee Berbera oo dib loo furay",
        outlet="Berbera Maanta",
        date=PartialDate.parse("2020-09-05"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("berbera-parked-ro.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.PARKED, "fail")


def test_romanian_phrases_are_read() -> None:
    assert any(p in "acest domeniu este de vânzare!".encode() for p in pagebody.SALE_PHRASES)
    assert any(p in b"domeniu parcat gratuit la registrar" for p in pagebody.PARKED_PHRASES)


def test_dated_romanian_story_about_a_lapsed_domain_left_alone() -> None:
    body = _page(
        "<h1>Primăria a uitat să plătească: domeniul a expirat</h1><p>Pe site scrie acum „Acest domeniu este"
        " de vânzare” și „Domeniu parcat”.</p>",
        dated=True,
        title="Primăria a uitat să plătească: domeniul a expirat",
    )
    citation = Citation(
        url="https://stiri-locale.ro/2020/09/05/domeniu-expirat",
        title="Primăria a uitat să plătească: domeniul a expirat",
        date=PartialDate.parse("2020-09-05"),
    )
    status, _, verdict, kinds = _one(citation, body)
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- remedy landers for other complaints, confirmed by a manager or a consultant ----------------------------


@pytest.mark.parametrize(
    "name", ["vorkuta-remedy-pressure-manager.html", "lauwers-remedy-varicose-polish.html"]
)
def test_remedy_landers_are_nutra(name: str) -> None:
    assert pagebody.nutra_lander(_fixture(name))


def test_remedy_lander_manager_cited_by_outlet_and_date_fails() -> None:
    citation = Citation(
        url=f"{VORKUTA}/politika/4700001030", outlet="Воркута-Информ", date=PartialDate.parse("2020-09-06")
    )
    status, cause, verdict, _ = _one(citation, _fixture("vorkuta-remedy-pressure-manager.html"))
    assert status in (Status.OK, Status.SOFT_404)
    assert verdict == "fail"
    assert cause == Cause.SPAM


def test_polish_remedy_lander_cited_by_date_only_fails() -> None:
    citation = _dated_only(f"{LAUWERS}/20200907/4600001030.html", "2020-09-07")
    status, cause, verdict, _ = _one(citation, _fixture("lauwers-remedy-varicose-polish.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_remedy_words_on_strings() -> None:
    promised = pagebody._REMEDY_PROMISED
    assert promised.search("давление придёт в норму за 7 дней".encode())
    assert promised.search("pozbądź się żylaków w 14 dni".encode())
    assert promised.search("schudnij nawet 12 kg w miesiąc".encode())
    calls = pagebody._OPERATOR_CALLS
    assert calls.search("Менеджер свяжется с вами для подтверждения заказа".encode())
    assert calls.search("nasz konsultant oddzwoni, aby potwierdzić zamówienie".encode())
    assert calls.search(b"our manager will call you to confirm")


def test_clinic_callback_form_with_a_manager_left_alone() -> None:
    body = _page(
        "<h1>Кардиологический центр «Пульс»</h1><p>Лечение гипертонии под контролем врача.</p>"
        "<form><input type='text' name='name'><input type='tel' name='phone'><button>Записаться</button>"
        "<p>Менеджер свяжется с вами для подтверждения записи.</p></form>"
    )
    assert not pagebody.nutra_lander(body)


def test_furniture_sale_with_a_manager_left_alone() -> None:
    body = _page(
        "<h1>Диваны со скидкой 50%</h1><p><s>49 900 ₽</s> 24 950 ₽</p>"
        "<form><input type='tel' name='phone'><button>Заказать</button>"
        "<p>Менеджер свяжется с вами для подтверждения заказа.</p></form>"
    )
    assert not pagebody.nutra_lander(body)


def test_polish_health_article_quoting_the_words_left_alone() -> None:
    body = _page(
        "<h1>Reklamy obiecują: „Pozbądź się żylaków w 14 dni”</h1><p>Flebolog ostrzega przed żelami -50%.</p>"
    )
    assert not pagebody.nutra_lander(body)


# --- IPTV by the year, or as a Stalker portal's codes -------------------------------------------------------


@pytest.mark.parametrize("name", ["vstandard-iptv-annual.html", "vorkuta-iptv-portal-codes-yearly.html"])
def test_yearly_iptv_sellers(name: str) -> None:
    assert pagebody.iptv_seller(_fixture(name))


def test_russian_portal_codes_cited_by_date_only_fail() -> None:
    citation = _dated_only(f"{VORKUTA}/politika/4700001020", "2020-09-06")
    status, cause, verdict, _ = _one(citation, _fixture("vorkuta-iptv-portal-codes-yearly.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_english_yearly_seller_cited_by_outlet_and_date_fails() -> None:
    citation = Citation(
        url=f"{STANDARD}/2020/09/05/vorkuta-mine-rescue-drill-a93010",
        outlet="The Vorkuta Standard",
        date=PartialDate.parse("2020-09-05"),
    )
    status, _, verdict, _ = _one(citation, _fixture("vstandard-iptv-annual.html"))
    assert status in (Status.OK, Status.SOFT_404)
    assert verdict == "fail"


def test_iptv_terms_on_strings() -> None:
    assert pagebody._PER_MONTH.search(b"$59.99 / year")
    assert pagebody._PER_MONTH.search(b"12 months")
    assert pagebody._PER_MONTH.search("1 год — 1 490 ₽".encode())
    assert pagebody._IPTV_SOLD.search("подписка iptv на 12 месяцев".encode())
    assert pagebody._IPTV_SOLD.search("адрес stalker-портала".encode())


def test_xtream_codes_seller_without_playlist_or_portal() -> None:
    body = _page(
        "<h1>IPTV Xtream Codes — 12 Months</h1><p>18,000+ live channels, $49.99 / year.</p>"
        "<a href='https://wa.me/447700900456'>Order on WhatsApp</a>"
    )
    assert pagebody.iptv_seller(body)


def test_provider_tv_plan_by_the_year_left_alone() -> None:
    body = _page(
        "<h1>Домашний интернет и IPTV</h1><p>IPTV: 200 каналов, 3 990 ₽ в год, приставка в аренду.</p>"
        "<form><input type='tel' name='phone'><button>Подключить</button></form>"
    )
    assert not pagebody.iptv_seller(body)


def test_player_app_help_on_a_stalker_portal_left_alone() -> None:
    body = _page(
        "<h1>How to add a Stalker portal to our IPTV player</h1><p>Open Settings, choose Portals and paste"
        " the portal URL your provider gave you.</p><a href='https://t.me/player_help'>Support</a>"
    )
    assert not pagebody.iptv_seller(body)


def test_iptv_story_quoting_yearly_prices_passes() -> None:
    citation = Citation(
        url=f"{VORKUTA}/politika/4700001010",
        title="Полиция Воркуты предупредила о продавцах пиратского IPTV",
        outlet="Воркута-Информ",
        date=PartialDate.parse("2020-09-02"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("vorkuta-story-iptv-resellers.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- cracked software -------------------------------------------------------------------------------------


def test_cracked_software_page_is_warez() -> None:
    assert pagebody.warez_page(_fixture("treger-cracked-software.html"))


def test_cracked_software_cited_by_date_only_fails() -> None:
    citation = _dated_only(f"{TREGER}/20200908/4800001040.html", "2020-09-08")
    status, cause, verdict, _ = _one(citation, _fixture("treger-cracked-software.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_russian_warez_on_a_string() -> None:
    body = _page(
        "<h1>Фотошоп 2024 крякнутый — скачать бесплатно</h1><p>Ключ активации и кейген в архиве.</p>"
    )
    assert pagebody.warez_page(body)


def test_vendor_download_page_left_alone() -> None:
    body = _page(
        "<h1>PixelForge 5 — Free Download</h1><p>Try the full version for 30 days, then enter your license"
        " key to keep using it.</p><a href='/get/pixelforge-5.exe'>Download now</a>"
    )
    assert not pagebody.warez_page(body)


def test_security_warning_about_cracks_left_alone() -> None:
    body = _page(
        "<h1>Why a crack is never free</h1><p>Keygens and cracked software are the commonest way stealers"
        " reach home computers. Remove any activator you installed.</p>"
    )
    assert not pagebody.warez_page(body)


def test_dated_warez_page_not_read() -> None:
    body = _fixture("treger-cracked-software.html").replace(
        b"</head>", b'<meta property="article:published_time" content="2020-09-08T10:00:00+02:00"></head>'
    )
    assert _body_signal(body, f"{TREGER}/20200908/4800001040.html") is None


def test_undated_warez_page_body_signal() -> None:
    found = _body_signal(_fixture("treger-cracked-software.html"), f"{TREGER}/20200908/4800001040.html")
    assert found is not None
    assert found[0] == Cause.SPAM


# --- a list of betting sites and their bonuses (right by chance on the first run) ---------------------------


def test_turkish_betting_bonus_list() -> None:
    assert pagebody.betting_bonus_list(_fixture("berbera-turkish-betting-bonus.html"))


@pytest.mark.parametrize("outlet", [None, "Berbera Maanta"])
def test_turkish_betting_bonus_list_cited_without_title_fails(outlet: str | None) -> None:
    """The first run flagged it only because the loopback host named no outlet (an ``outlet_mismatch``);
    on the outlet's own host, or cited by date only, nothing did."""
    citation = Citation(
        url=f"{BERBERA}/20200907/4900001030.html", outlet=outlet, date=PartialDate.parse("2020-09-07")
    )
    status, cause, verdict, _ = _one(citation, _fixture("berbera-turkish-betting-bonus.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_english_casino_bonus_list_on_a_string() -> None:
    links = "".join(
        f"<li><a href='https://casino{n}.example/'>Casino {n}</a> — 50 free spins</li>" for n in range(3)
    )
    body = _page(f"<h1>Best online casinos with no deposit bonus</h1><ol>{links}</ol>")
    assert pagebody.betting_bonus_list(body)


def test_casino_own_page_left_alone() -> None:
    body = _page(
        "<h1>CasinoMax: 250 free spins</h1><p>Online casinos ranked us first.</p>"
        "<a href='https://casinomax-tr.example/register'>Register</a>"
    )
    assert not pagebody.betting_bonus_list(body)


def test_story_about_betting_ads_left_alone_when_dated() -> None:
    body = _fixture("berbera-turkish-betting-bonus.html").replace(
        b"</head>", b'<meta property="article:published_time" content="2020-09-07T10:00:00+03:00"></head>'
    )
    assert _body_signal(body, f"{BERBERA}/20200907/4900001030.html") is None


def test_sports_page_naming_a_bonus_left_alone() -> None:
    body = _page(
        "<h1>Maç sonucu</h1><p>Kulüp, sponsorunun deneme bonusu reklamı için para cezası aldı.</p>"
        "<a href='https://tff.example/'>TFF</a><a href='https://uefa.example/'>UEFA</a>"
        "<a href='https://fifa.example/'>FIFA</a>"
    )
    assert not pagebody.betting_bonus_list(body)
