"""Held-out probe of link rot, forty-first batch: what the first forty batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 41`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>``, an English-language
outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented names: Dengê Aragatsê (a Yerevan outlet writing
Kurmanji Kurdish in the Latin alphabet, its ``.am`` domain lapsed in one scenario), Suðuroyar Tíðindi (a
Tvøroyri outlet writing Faroese), De Museldall (a Grevenmacher outlet writing Luxembourgish, its site moved to
a new host in one scenario), Печенга-Информ (a Zapolyarny agency; its domain lapsed in three scenarios) and
The Kola Courier (an English-language outlet of Murmansk, its domain lapsed in two scenarios).

New ground: to pass, a story in Kurmanji; a story in Faroese; a story about fake-news diet-pill landers
quoting their words ('минус 18 кг за месяц без диет', 'Заказать со скидкой 50%', 'оператор перезвонит'); a
Luxembourgish story's headline, date and first paragraph under a Luxembourgish consent dialog; a Faroese
outlet's 301 whose ``Location`` is a relative reference without a leading slash (``../2020/08/22/<id>.html``).
To flag: 'Rûpel nehat dîtin' (Kurmanji, ``<h1>``), 'Síðan finst ikki' (Faroese, ``<title>`` and a styled
``<p>``, no '404' anywhere) and 'Säit net fonnt' (Luxembourgish, a styled ``<div>``); a hosting panel's
'Domain Default page' at the story's address; rot40's leftover, landers in an eighth language (an Italian loan
lander cited by its date only; a Dutch trading lander cited by outlet and date); a Luxembourgish consent wall
alone; an Armenian registrar's parking page; a fake-news diet-pill lander, an IPTV playlist seller and a
Ukrainian fortune-teller's page on lapsed domains, cited without a title.

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
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

DENGE = "outlet: Dengê Aragatsê"
SUDUROY = "outlet: Suðuroyar Tíðindi"
MUSELDALL = "outlet: De Museldall"
PECHENGA = "outlet: Печенга-Информ"
KOLA = "outlet: The Kola Courier"

MOVED_TO = "/2020/08/22/4200001020.html"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-kurmanji",
        "/20200820/4100001010.html",
        f'title: "Li Aparanê dibistaneke nû hat vekirin" | {DENGE} | date: 2020-08-20',
        {"/20200820/4100001010.html": html("denge-story-kurmanji.html")},
        OK,
        PASS,
        "a story in Kurmanji (a new school opened in Aparan), headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-in-faroese",
        "/20200820/4200001010.html",
        f'title: "Nýggj ferja fer at sigla millum Suðuroy og Tórshavn" | {SUDUROY} | date: 2020-08-20',
        {"/20200820/4200001010.html": html("suduroy-story-faroese.html")},
        OK,
        PASS,
        "a story in Faroese (a new ferry for the Suðuroy route), headline, date and outlet as cited:"
        " the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-about-diet-pill-fake-news-quotes-its-words",
        "/politika/4400001010",
        f'title: "Прокуратура предупредила о фальшивых «новостях» про таблетки для похудения" | {PECHENGA}'
        " | date: 2020-08-21",
        {"/politika/4400001010": html("pechenga-story-diet-advertorials.html")},
        OK,
        PASS,
        "the agency's story of prosecutors warning about fake-news diet-pill sites, quoting their words"
        " ('минус 18 кг за месяц без диет и спорта', 'Заказать со скидкой 50%', 'Оставьте заявку — оператор"
        " перезвонит вам', 'Осталось 17 упаковок по акции'): the story as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-luxembourgish-story-under-luxembourgish-consent-overlay",
        "/20200821/4300001010.html",
        f'title: "Zu Gréiwemaacher mécht eng nei Bibliothéik op" | {MUSELDALL} | date: 2020-08-21',
        {"/20200821/4300001010.html": html("museldall-story-under-lux-consent.html")},
        OK,
        NOT_FAIL,
        "the Luxembourgish story's headline, date and first paragraph as cited, a Luxembourgish consent"
        " dialog ('Mir respektéieren Är Privatsphär', 'Alles akzeptéieren') over it: the story; a note of"
        " the dialog is fair",
        must_not=MISMATCH,
    ),
    Scenario(
        "faroese-301-relative-location-without-slash",
        "/20200822/4200001020.html",
        f'title: "Suðuroyartunnilin: kanningar byrja í heyst" | {SUDUROY} | date: 2020-08-22',
        {
            "/20200822/4200001020.html": redirect(301, "../2020/08/22/4200001020.html"),
            MOVED_TO: html("suduroy-story-relative-location.html"),
        },
        OK,
        NOT_FAIL,
        "the outlet's new site answers 301 with a relative Location, '../2020/08/22/4200001020.html' (no"
        " leading slash), which resolves against the cited address to '/2020/08/22/4200001020.html'; the page"
        " there states the headline and date as cited: the story moved; report the resolved address, never"
        " a mismatch",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + MOVED_TO,),),
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-kurmanji-h1",
        "/20200823/4100001020.html",
        f'title: "Li Êrîvanê pêşangeha wêneyên kevin" | {DENGE} | date: 2020-08-23',
        "denge-not-found-h1.html",
        "'Rûpel nehat dîtin' (Kurmanji: page not found) in an <h1>, 'Rûpela ku tu lê digerî tune ye an jî"
        " hatiye jêbirin' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-faroese-title-no-404",
        "/20200823/4200001030.html",
        f'title: "Bygdaráðið á Tvøroyri samtykkir nýggja havn" | {SUDUROY} | date: 2020-08-23',
        "suduroy-not-found-title.html",
        "'Síðan finst ikki' (Faroese: the page is not found) in the <title> (with the site's name) and in a"
        " styled <p>, 'Síðan, sum tú leitar eftir, er flutt ella strikað' under it, two other stories' links,"
        " no '404' anywhere, served 200: gone",
    ),
    not_found(
        "not-found-luxembourgish-div",
        "/20200824/4300001020.html",
        f'title: "Wäifest zu Wuermer: méi Visiteuren wéi jee" | {MUSELDALL} | date: 2020-08-24',
        "museldall-not-found-div.html",
        "'Säit net fonnt' (Luxembourgish: page not found) in a styled <div>, 'D'Säit, déi Dir sicht, gëtt et"
        " net oder si gouf geläscht' under it, two other stories' links, served 200 under the bare site name:"
        " gone",
    ),
    Scenario(
        "hosting-panel-domain-default-page-at-story-url",
        "/20200824/4300001030.html",
        f'title: "D\'Musel-Fähr fiert erëm all Dag" | {MUSELDALL} | date: 2020-08-24',
        {"/20200824/4300001030.html": html("museldall-plesk-default.html")},
        DEAD,
        FAIL,
        "the story's address answers 200 with a hosting panel's 'Domain Default page' ('generated by Plesk',"
        " 'the site owner has not uploaded any content for this domain yet', 'Upload your website into the"
        " httpdocs directory'): the domain points at a host with no site on it; the story is gone",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-italian-loan-lander-lenders-by-name-cited-by-date-only",
        "/politika/4400001020",
        "date: 2020-08-25",
        {"/politika/4400001020": html("pechenga-loan-lander-italian.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed domain serves an Italian loan lander ('Prestito veloce"
        " fino a 5.000 € sul tuo conto in 24 ore', 'Anche a protestati e cattivi pagatori · Senza busta"
        " paga · Esito immediato online'), three lenders linked (rel='nofollow sponsored'), no form, 'TAEG"
        " dal 3,9% al 19,9%': the outlet is gone, so is the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-dutch-trading-lander-cited-without-title",
        "/2020/08/25/kola-bay-ferry-returns-a92010",
        f"{KOLA} | date: 2020-08-25",
        {"/2020/08/25/kola-bay-ferry-returns-a92010": html("kola-trading-lander-dutch.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Verdien tot € 1.000 per dag"
        " met de tradingrobot' ('Minimale storting van € 250', 'Nog maar 4 plekken vrij vandaag', a name,"
        " e-mail and phone form posted to its own '/lead.php', members' 'reviews'): an investment scam's"
        " lander, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "consent-wall-only-luxembourgish",
        "/20200826/4300001040.html",
        f'title: "Gréiwemaacher Gemengerot stëmmt de Budget" | {MUSELDALL} | date: 2020-08-26',
        {"/20200826/4300001040.html": html("museldall-consent-wall-lux.html")},
        BLOCKED,
        WARN,
        "only a consent dialog in Luxembourgish ('Mir respektéieren Är Privatsphär' in an <h2>, 'Mir an eis"
        " 156 Partner späicheren an/oder kréien Zougrëff op Informatiounen ...', 'Alles akzeptéieren', 'Alles"
        " refuséieren'), under the site's name, served 200: a consent wall in front of the story; not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
    Scenario(
        "parked-armenian-for-sale",
        "/20200826/4100001030.html",
        f'title: "Li Rya Tezeyê festîvala stranên gelêrî" | {DENGE} | date: 2020-08-26',
        {"/20200826/4100001030.html": html("denge-parked-hy.html")},
        DEAD,
        FAIL,
        "an Armenian registrar's parking lander: '<domain> — այս դոմենը վաճառվում է' (this domain is for"
        " sale) as title, a price in dram, an offer form, 'Գնել դոմենը' (buy the domain), 'Այս դոմենը"
        " կայանված է գրանցողի մոտ։ Գրանցման ժամկետը լրացել է։' (parked at the registrar; the registration"
        " expired), related searches: the domain lapsed",
        says=PARKED,
    ),
    Scenario(
        "lapsed-domain-diet-pill-fake-news-lander-cited-without-title",
        "/politika/4400001030",
        f"{PECHENGA} | date: 2020-08-27",
        {"/politika/4400001030": html("pechenga-nutra-fake-news.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a diet pill's fake news"
        " story ('Диетолог раскрыла, как похудеть на 18 кг за месяц без диет и спорта', a crossed-out price,"
        " 'скидка 50% только сегодня', 'Осталось 17 упаковок по акции', a name and phone form 'Заказать со"
        " скидкой 50%', 'оператор перезвонит вам', 'Сегодня' written by a script as its date): a nutra"
        " lander, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-iptv-playlist-seller-cited-by-date-only",
        "/politika/4400001040",
        "date: 2020-08-27",
        {"/politika/4400001040": html("pechenga-iptv-seller.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed domain serves an IPTV seller ('IPTV подписка — 2 500+"
        " каналов в HD и 4K от 149 ₽ в месяц', 'Плейлист m3u', 'Тест 24 часа бесплатно', monthly plans, a"
        " Telegram bot's link): not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-ukrainian-fortune-teller-cited-without-title",
        "/2020/08/28/murmansk-port-cranes-replaced-a92020",
        f"{KOLA} | date: 2020-08-28",
        {"/2020/08/28/murmansk-port-cranes-replaced-a92020": html("kola-fortune-teller-ukrainian.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a fortune-teller's page in"
        " Ukrainian ('Приворот коханої людини за фото — результат гарантовано', 'Зняття порчі та пристріту',"
        " 'Ворожіння на картах Таро онлайн', a Viber link and a phone link, 'reviews'): not the story",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot41_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot41"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot41_scenario(rot41_run: Run, scenario: Scenario) -> None:
    check_scenario(rot41_run, scenario)


def test_every_scenario_was_reported(rot41_run: Run) -> None:
    assert sorted(rot41_run.results) == sorted(IDS), rot41_run.stderr
