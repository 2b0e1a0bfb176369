"""Held-out probe of link rot, forty-second batch: what the first forty-one batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 42`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>``, an English-language
outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented names: دەنگی سلێمانی / Dengî Silêmanî (a
Sulaymaniyah outlet writing Sorani Kurdish in the Arabic script), De Lauwersbode (a Dokkum outlet writing West
Frisian, its domain lapsed in one scenario), Keleier Treger (a Lannion outlet writing Breton, its domain
lapsed in one scenario), Berbera Maanta (a Berbera outlet writing Somali, its domain lapsed in two scenarios),
Воркута-Информ (a Vorkuta agency, its domain lapsed in two scenarios) and The Vorkuta Standard (an
English-language outlet of Vorkuta, its domain lapsed in one scenario).

New ground: to pass, a story in Sorani (right to left, Eastern Arabic digits in the visible date); a story in
West Frisian; an agency's story about pirated IPTV resellers quoting their words ('IPTV на 12 месяцев — всего
1 490 ₽', 'плейлист m3u', 'коды активации для Stalker-портала'); a Breton story's headline, date and first
paragraph under a Breton consent dialog. To flag: 'پەڕەکە نەدۆزرایەوە' (Sorani, ``<h1>``; rot41's leftover),
'Side net fûn' (West Frisian, ``<title>`` and a styled ``<p>``, no '404' anywhere), 'N'eo ket bet kavet ar
bajenn' (Breton, a styled ``<div>``), 'Bogga lama helin' (Somali, ``<h2>``); a Breton consent wall alone; a
Romanian registrar's parking page; rot41's other leftovers: IPTV priced by the year (an English seller of
'12 Months' plans with an M3U link; a Russian seller of yearly codes for a Stalker portal with no playlist
named), remedy landers for other complaints whose order is confirmed by a 'manager' or a 'consultant' (blood
pressure in Russian, varicose veins in Polish); a Turkish betting-bonus page and a cracked-software page on
lapsed domains, cited without a title.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
    BLOCKED,
    DEAD,
    FAIL,
    MISMATCH,
    NOT_FAIL,
    OK,
    PARKED,
    PASS,
    REPLACED,
    WARN,
    Run,
    Scenario,
    _param,
    check_scenario,
    html,
    not_found,
    play,
    s,
)

pytestmark = pytest.mark.e2e

DENGI = "outlet: دەنگی سلێمانی"
LAUWERS = "outlet: De Lauwersbode"
TREGER = "outlet: Keleier Treger"
BERBERA = "outlet: Berbera Maanta"
VORKUTA = "outlet: Воркута-Информ"
STANDARD = "outlet: The Vorkuta Standard"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-sorani",
        "/20200901/4500001010.html",
        f'title: "پردێکی نوێ لە سلێمانی کرایەوە" | {DENGI} | date: 2020-09-01',
        {"/20200901/4500001010.html": html("dengi-story-sorani.html")},
        OK,
        PASS,
        "a story in Sorani Kurdish (a new bridge over the Tanjaro in Sulaymaniyah), right to left, its"
        " visible date in Eastern Arabic digits, headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-in-west-frisian",
        "/20200901/4600001010.html",
        f'title: "Nije fytsbrêge oer de Dokkumer Ie iepene" | {LAUWERS} | date: 2020-09-01',
        {"/20200901/4600001010.html": html("lauwers-story-frisian.html")},
        OK,
        PASS,
        "a story in West Frisian (a new cycle bridge over the Dokkumer Ie), headline, date and outlet as"
        " cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-about-iptv-resellers-quotes-yearly-prices",
        "/politika/4700001010",
        f'title: "Полиция Воркуты предупредила о продавцах пиратского IPTV" | {VORKUTA} | date: 2020-09-02',
        {"/politika/4700001010": html("vorkuta-story-iptv-resellers.html")},
        OK,
        PASS,
        "the agency's story of the police warning about pirated IPTV sellers, quoting their words ('IPTV на"
        " 12 месяцев — всего 1 490 ₽', '3 000+ каналов в HD', 'плейлист m3u', 'коды активации для"
        " Stalker-портала и MAG-приставок', Telegram named but not linked): the story as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-breton-story-under-breton-consent-overlay",
        "/20200902/4800001010.html",
        f'title: "Ur pont nevez war ar Jaodi e Lannuon" | {TREGER} | date: 2020-09-02',
        {"/20200902/4800001010.html": html("treger-story-under-breton-consent.html")},
        OK,
        NOT_FAIL,
        "the Breton story's headline, date and first paragraph as cited, a Breton consent dialog ('Doujañ a"
        " reomp d'ho puhez prevez', 'Asantiñ d'an holl') over it: the story; a note of the dialog is fair",
        must_not=MISMATCH,
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-sorani-h1",
        "/20200903/4500001020.html",
        f'title: "شارەوانی سلێمانی باخچەیەکی نوێ دروست دەکات" | {DENGI} | date: 2020-09-03',
        "dengi-not-found-h1.html",
        "'پەڕەکە نەدۆزرایەوە' (Sorani: the page was not found) in an <h1>, 'ببورە، ئەو پەڕەیەی بەدوایدا"
        " دەگەڕێیت بوونی نییە یان سڕاوەتەوە' (sorry, the page you are looking for does not exist or was"
        " deleted) under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-west-frisian-title-no-404",
        "/20200903/4600001020.html",
        f'title: "Gemeente Noardeast-Fryslân wol mear wenten yn Dokkum" | {LAUWERS} | date: 2020-09-03',
        "lauwers-not-found-title.html",
        "'Side net fûn' (West Frisian: page not found) in the <title> (with the site's name) and in a styled"
        " <p>, 'De side dy't jo sochten bestiet net mear of is ferpleatst' under it, two other stories'"
        " links, no '404' anywhere, served 200: gone",
    ),
    not_found(
        "not-found-breton-div",
        "/20200903/4800001020.html",
        f'title: "Kentelioù brezhoneg evit an dud deuet e Lannuon" | {TREGER} | date: 2020-09-03',
        "treger-not-found-div.html",
        "'N'eo ket bet kavet ar bajenn' (Breton: the page was not found) in a styled <div>, 'Ar bajenn a"
        " glaskit n'eus ket anezhi pe eo bet lamet' under it, two other stories' links, served 200 under the"
        " bare site name: gone",
    ),
    not_found(
        "not-found-somali-h2",
        "/20200904/4900001010.html",
        f'title: "Dekedda Berbera oo ballaarisay howlaheeda" | {BERBERA} | date: 2020-09-04',
        "berbera-not-found-h2.html",
        "'Bogga lama helin' (Somali: page not found) in an <h2>, 'Boggan aad raadinaysay ma jiro ama waa la"
        " tirtiray' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    Scenario(
        "consent-wall-only-breton",
        "/20200904/4800001030.html",
        f'title: "Gouel ar mor e Perroz-Gireg" | {TREGER} | date: 2020-09-04',
        {"/20200904/4800001030.html": html("treger-consent-wall-breton.html")},
        BLOCKED,
        WARN,
        "only a consent dialog in Breton ('Doujañ a reomp d'ho puhez prevez' in an <h2>, 'Ni hag hor 143"
        " keveler a enroll hag/pe a zizh titouroù war ho trevnad ...', 'Asantiñ d'an holl', 'Nac'hañ an"
        " holl'), under the site's name, served 200: a consent wall in front of the story; not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
    Scenario(
        "parked-romanian-for-sale",
        "/20200905/4900001020.html",
        f'title: "Suuqa xoolaha ee Berbera oo dib loo furay" | {BERBERA} | date: 2020-09-05',
        {"/20200905/4900001020.html": html("berbera-parked-ro.html")},
        DEAD,
        FAIL,
        "a Romanian registrar's parking lander: '<domain> — acest domeniu este de vânzare' (this domain is"
        " for sale) as title, a price in lei, an offer form, 'Cumpără domeniul' (buy the domain), 'Domeniu"
        " parcat gratuit la registrar. Înregistrarea a expirat' (parked at the registrar; the registration"
        " expired), related searches: the domain lapsed",
        says=PARKED,
    ),
    Scenario(
        "lapsed-domain-english-iptv-seller-priced-by-the-year-cited-without-title",
        "/2020/09/05/vorkuta-mine-rescue-drill-a93010",
        f"{STANDARD} | date: 2020-09-05",
        {"/2020/09/05/vorkuta-mine-rescue-drill-a93010": html("vstandard-iptv-annual.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves an IPTV seller ('Premium"
        " IPTV Subscription — 22,000+ Live Channels & 80,000 VOD', plans of 3, 6, 12 and 24 months, '$59.99 /"
        " year', 'your M3U playlist URL, your Xtream Codes login and a MAG/Stalker portal address', a"
        " WhatsApp link): not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-russian-iptv-portal-codes-by-the-year-cited-by-date-only",
        "/politika/4700001020",
        "date: 2020-09-06",
        {"/politika/4700001020": html("vorkuta-iptv-portal-codes-yearly.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed domain serves a seller of IPTV codes ('IPTV на год — 1 490"
        " ₽', 'Подписка IPTV на 12 месяцев — 3 000+ каналов', '1 год — 1 490 ₽', '2 года', 'Навсегда', 'код"
        " активации и адрес Stalker-портала' for a set-top box's MAC address, a Telegram bot's link, no"
        " playlist file named): not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-blood-pressure-remedy-manager-confirms-cited-without-title",
        "/politika/4700001030",
        f"{VORKUTA} | date: 2020-09-06",
        {"/politika/4700001030": html("vorkuta-remedy-pressure-manager.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a remedy's lander"
        " ('Кардиолог: давление придёт в норму за 7 дней без таблеток', 'Избавьтесь от гипертонии', an old"
        " and a new price '(-50%)', a name and phone form, 'Менеджер свяжется с вами для подтверждения"
        " заказа', 'Оплата при получении'): a nutra lander for another complaint, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-polish-varicose-remedy-cited-by-date-only",
        "/20200907/4600001030.html",
        "date: 2020-09-07",
        {"/20200907/4600001030.html": html("lauwers-remedy-varicose-polish.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed domain serves a Polish remedy's lander ('Pozbądź się"
        " żylaków w 14 dni — bez operacji', a struck price, '-50% tylko dziś', a name and phone form, 'Nasz"
        " konsultant oddzwoni, aby potwierdzić zamówienie', 'Płatność przy odbiorze'): not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-turkish-betting-bonus-list-cited-without-title",
        "/20200907/4900001030.html",
        f"{BERBERA} | date: 2020-09-07",
        {"/20200907/4900001030.html": html("berbera-turkish-betting-bonus.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a Turkish list of betting"
        " sites ('Deneme Bonusu Veren Siteler 2024', 'Güvenilir Bahis ve Casino Siteleri', '500 TL deneme"
        " bonusu, çevrimsiz', four betting sites linked, 'canlı bahis ve slot oyunları'): gambling spam, not"
        " the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-cracked-software-download-cited-by-date-only",
        "/20200908/4800001040.html",
        "date: 2020-09-08",
        {"/20200908/4800001040.html": html("treger-cracked-software.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed domain serves a cracked-software page ('Adobe Photoshop"
        " 2024 Crack + Serial Key Free Download [Latest]', serial keys, 'run the keygen', 'Disable your"
        " antivirus', 'Download Crack Now', 'IDM Crack', 'Windows 11 Activator'): warez spam, not the story",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot42_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot42"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot42_scenario(rot42_run: Run, scenario: Scenario) -> None:
    check_scenario(rot42_run, scenario)


def test_every_scenario_was_reported(rot42_run: Run) -> None:
    assert sorted(rot42_run.results) == sorted(IDS), rot42_run.stderr
