"""Held-out probe of link rot, fortieth batch: what the first thirty-nine batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 40`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Ája Áigi (a Kautokeino outlet writing Northern Sami, hosted in Norway), דער אַמור־בלאַט / Der
Amur-Blat (a Birobidzhan outlet writing Yiddish), Ámiwdárya Xabarları (a Nukus outlet writing Karakalpak in
the Latin alphabet, its domain lapsed in one scenario), Тундра-Информ / Tundra Info Agency (a Naryan-Mar
agency and its English site; the Russian site's domain lapsed in three scenarios) and The Pechora Post (an
English-language outlet of Pechora, its domain lapsed in three scenarios).

New ground: to pass, a story in Northern Sami; a story in Yiddish (Hebrew script, right to left); a story
about bought followers quoting an SMM panel's offers; a Sami story with its headline and date under a
Norwegian consent overlay; the Yiddish outlet's 308 adding a language prefix (``/yi/``) to the same address.
To flag: 'Siidu ii gávdnon' (Northern Sami, ``<h1>``), 'דער בלאַט איז ניט געפֿונען געוואָרן' (Yiddish,
``<title>`` and a styled ``<p>``, no '404' anywhere) and 'Bet tabılmadı' (Karakalpak, a styled ``<div>``);
rot39's leftovers: a push lure whose only words are the bare 'Click Allow to continue' in its body under the
``<title>`` 'Loading...', and a lander in a seventh language (a French loan lander; a Portuguese trading
lander); a Norwegian consent wall alone; an Uzbek registrar's parking page; an SMM panel selling followers, a
cloud-mining scheme's daily-percentage plans and a love-spell seller's page on lapsed domains, each cited by
outlet and date only.

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

AJA = "outlet: Ája Áigi"
AMUR = "outlet: דער אַמור־בלאַט"
AMIW = "outlet: Ámiwdárya Xabarları"
TUNDRA = "outlet: Тундра-Информ"
TUNDRA_EN = "outlet: Tundra Info Agency"
PECHORA = "outlet: The Pechora Post"

YI_PATH = "/yi/20200813/3700001020.html"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-northern-sami",
        "/20200810/3500001010.html",
        f'title: "Guovdageainnus rahpojuvvui ođđa skuvla" | {AJA} | date: 2020-08-10',
        {"/20200810/3500001010.html": html("aja-story-northern-sami.html")},
        OK,
        PASS,
        "a story in Northern Sami (a new school opened in Kautokeino), headline, date and outlet as cited:"
        " the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-in-yiddish",
        "/20200811/3700001010.html",
        f'title: "אין ביראָבידזשאַן האָט מען געעפֿנט אַ נײַע ביבליאָטעק" | {AMUR} | date: 2020-08-11',
        {"/20200811/3700001010.html": html("amur-story-yiddish.html")},
        OK,
        PASS,
        "a story in Yiddish, right to left (a new library opened in Birobidzhan), headline, date and"
        " outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-about-bought-followers-quotes-smm-panel",
        "/politics/3600001010",
        f'title: "Naryan-Mar Candidates Bought Followers, Watchdog Says" | {TUNDRA_EN} | date: 2020-08-12',
        {"/politics/3600001010": html("tundra-en-story-smm-followers.html")},
        OK,
        PASS,
        "the agency's story of candidates who bought followers, quoting SMM panels' offers ('Buy 1,000"
        " Instagram followers for $2.50', 'live followers, 30-day refill guarantee'): the story as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-sami-story-under-norwegian-consent-overlay",
        "/20200812/3500001020.html",
        f'title: "Boazodoallit ožžot buhtadusa jieŋa dihte" | {AJA} | date: 2020-08-12',
        {"/20200812/3500001020.html": html("aja-story-under-norwegian-consent.html")},
        OK,
        NOT_FAIL,
        "the Sami story's headline, date and first paragraph as cited, a Norwegian consent dialog ('Vi bryr"
        " oss om personvernet ditt', 'Godta alle') over it: the story; a note of the dialog is fair",
        must_not=MISMATCH,
    ),
    Scenario(
        "yiddish-308-language-prefix-added-same-address",
        "/20200813/3700001020.html",
        f'title: "דער ייִדישער טעאַטער גרייט אַ נײַע פֿאָרשטעלונג" | {AMUR} | date: 2020-08-13',
        {
            "/20200813/3700001020.html": redirect(308, YI_PATH),
            YI_PATH: html("amur-story-yi-prefix.html"),
        },
        OK,
        NOT_FAIL,
        "the outlet's new site 308s every address to the same one under '/yi/'; the page states the headline"
        " and date as cited: the story moved; report the new address, never a mismatch",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + YI_PATH,),),
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-northern-sami-h1",
        "/20200814/3500001030.html",
        f'title: "Sámediggi mearridii ođđa giellaplána" | {AJA} | date: 2020-08-14',
        "aja-not-found-h1.html",
        "'Siidu ii gávdnon' (Northern Sami: page not found) in an <h1>, 'Siidu maid ohcet ii gávdno dahje dat"
        " lea sihkkojuvvon' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-yiddish-title-no-404",
        "/20200814/3700001030.html",
        f'title: "אַ נײַער פּאַרק בײַם ברעג פֿון דער ביראַ" | {AMUR} | date: 2020-08-14',
        "amur-not-found-title.html",
        "'דער בלאַט איז ניט געפֿונען געוואָרן' (Yiddish: the page was not found) as <title> and in a styled"
        " <p>, 'דער בלאַט וואָס איר זוכט עקזיסטירט ניט' under it, two other stories' links, no '404' anywhere,"
        " served 200: gone",
    ),
    not_found(
        "not-found-karakalpak-latin-div",
        "/20200815/3800001010.html",
        f'title: "Nókiste jańa mektep ashıldı" | {AMIW} | date: 2020-08-15',
        "amiwdarya-not-found-div.html",
        "'Bet tabılmadı' (Karakalpak: page not found) in a styled <div>, 'Siz izlegen bet joq yamasa"
        " óshirilgen' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    Scenario(
        "lapsed-domain-push-lure-bare-call-under-loading-title-cited-without-title",
        "/2020/08/15/pechora-river-port-reopens-a91010",
        f"{PECHORA} | date: 2020-08-15",
        {"/2020/08/15/pechora-river-port-reopens-a91010": html("pechora-push-lure-bare-call-loading.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Loading...' as its title"
        " and, in its body, a pointing hand, a progress bar and 'Click Allow to continue', nothing else, its"
        " one script a push network's loader from another host (no worker's path in the markup), no word of"
        " cookies or notifications: push-spam's lure, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-french-loan-lander-lenders-by-name-cited-by-date-only",
        "/politika/3600001020",
        "date: 2020-08-16",
        {"/politika/3600001020": html("tundra-loan-lander-french.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed domain serves a French loan lander ('Prêt rapide sans"
        " justificatif : jusqu'à 3 000 € sur votre compte en 24 h', 'Même fiché Banque de France · Réponse de"
        " principe immédiate'), three lenders linked (rel='nofollow sponsored'), no form, 'TAEG fixe de 2,9 %"
        " à 19,9 %': the outlet is gone, so is the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-portuguese-trading-lander-cited-without-title",
        "/2020/08/16/pechora-coal-trains-resume-a91020",
        f"{PECHORA} | date: 2020-08-16",
        {"/2020/08/16/pechora-coal-trains-resume-a91020": html("pechora-trading-lander-portuguese.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Ganhe até 1.000 € por dia"
        " com o robô de trading' ('Depósito mínimo de 250 €', 'Restam apenas 3 vagas hoje', a name, e-mail"
        " and phone form posted to its own '/lead.php', members' 'reviews'): an investment scam's lander, not"
        " the story",
        must_not=("moved",),
    ),
    Scenario(
        "consent-wall-only-norwegian",
        "/20200817/3500001040.html",
        f'title: "Deatnu-luossa: guolásteapmi gildojuvvo" | {AJA} | date: 2020-08-17',
        {"/20200817/3500001040.html": html("aja-consent-wall-norwegian.html")},
        BLOCKED,
        WARN,
        "only a consent dialog in Norwegian, the language of the outlet's host country ('Vi bryr oss om"
        " personvernet ditt' in an <h2>, 'Vi og våre 142 partnere lagrer ...', 'Godta alle', 'Avvis alle'),"
        " under the site's name, served 200: a consent wall in front of the story; not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
    Scenario(
        "parked-uzbek-for-sale",
        "/20200818/3800001020.html",
        f'title: "Moynaqta Aral festivalı ótti" | {AMIW} | date: 2020-08-18',
        {"/20200818/3800001020.html": html("amiwdarya-parked-uz.html")},
        DEAD,
        FAIL,
        "an Uzbek registrar's parking lander: '<domain> — bu domen sotiladi' as title, 'Bu domen sotiladi!',"
        " a price in so'm, an offer form, 'Domenni sotib olish', 'Ushbu domen registratorda to‘xtatib"
        " qo‘yilgan (park qilingan). Ro‘yxatdan o‘tish muddati tugagan.', related searches: the domain"
        " lapsed",
        says=PARKED,
    ),
    Scenario(
        "lapsed-domain-smm-panel-selling-followers-cited-without-title",
        "/politika/3600001030",
        f"{TUNDRA} | date: 2020-08-18",
        {"/politika/3600001030": html("tundra-smm-panel-lander.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves an SMM panel ('Накрутка"
        " подписчиков в Instagram, Telegram и TikTok — от 0,09 ₽', prices per 1000 followers, likes and"
        " views, 'Гарантия от списаний 30 дней', a form for a profile's link and a quantity): not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-cloud-mining-daily-percent-plans-cited-without-title",
        "/2020/08/19/usinsk-oil-spill-cleanup-ends-a91030",
        f"{PECHORA} | date: 2020-08-19",
        {"/2020/08/19/usinsk-oil-spill-cleanup-ends-a91030": html("pechora-cloud-mining-plans.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a cloud-mining scheme ('earn"
        " up to 3.5% daily on your deposit', plans of '2.5% daily for 30 days', 'Referral bonus: 7%', a"
        " sign-up form, 'Paid out: $48,119,004'): a Ponzi scheme's lander, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-love-spell-seller-cited-without-title",
        "/politika/3600001040",
        f"{TUNDRA} | date: 2020-08-19",
        {"/politika/3600001040": html("tundra-love-spell-doorway.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a clairvoyant's page"
        " ('Приворот на любовь по фото — гарантированный результат', 'Снятие порчи и сглаза', 'Гадание на"
        " таро онлайн', a WhatsApp link, 'reviews'): not the story",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot40_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot40"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot40_scenario(rot40_run: Run, scenario: Scenario) -> None:
    check_scenario(rot40_run, scenario)


def test_every_scenario_was_reported(rot40_run: Run) -> None:
    assert sorted(rot40_run.results) == sorted(IDS), rot40_run.stderr
