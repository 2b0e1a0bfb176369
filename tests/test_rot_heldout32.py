"""Held-out probe of link rot, thirty-second batch: what the first thirty-one batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 32`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Казбек-Информ (a regional agency of Vladikavkaz; its domain lapsed in one scenario), Балобан / Baloban
News Agency (an agency and its English site, whose domain lapsed or is held by a brand-protection registrar
in three scenarios), The Kama Gazette (an English-language outlet of Izhevsk, its domain lapsed in two
scenarios), Ирыстоны Хабæрттæ (a Vladikavkaz agency writing in Ossetian) and Удмурт Иворъёс (an Izhevsk
outlet writing in Udmurt).

New ground: to pass, a story in Ossetian; a story in an app page of more than 48 KB quoting a wallet drainer's
words ('Connect Wallet to Claim', 'Free Mint'); a story whose header holds the agency's own QR-code sign-in
(a script polling its own ``/auth/qr/status``); the outlet's own giveaway story ('Congratulations to the
winners', 'Enter the draw'); a story cited with 'ё' that a redesign now spells with 'е'. To flag: 'Фарс нæ
ссардæуыд' (Ossetian, ``<h2>``) and 'Бам шедьтымтэ' (Udmurt, ``<title>``); a messenger's QR-code sign-in
clone cited without a title (the rot31 leftover); a fortune-wheel prize scam that never addresses the reader
as 'you' (the rot31 leftover), cited without a title; a wallet drainer and a fake captcha ('ClickFix') each
larger than 48 KB, cited without a title (the rot31 leftover); a parcel-redelivery fee phish (a card's
number, expiry and CVC), cited without a title; WordPress's 'Кажется, здесь ничего нет' under the bare site
name; an offerwall ('Watch a short ad') in place of the story; a brand-protection registrar's placeholder
('This domain is registered and protected by ...'), cited without a title; a page whose only words are
'Ой!' and whose canonical is the site's ``/404/``.

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
    OK,
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

KAZBEK = "outlet: Казбек-Информ"
BALOBAN = "outlet: Балобан"
BALOBAN_EN = "outlet: Baloban News Agency"
KAMA = "outlet: The Kama Gazette"
IRYSTON = "outlet: Ирыстоны Хабæрттæ"
UDMURT = "outlet: Удмурт Иворъёс"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-ossetian",
        "/20200416/1810001010.html",
        f'title: "Дзæуджыхъæуы ног скъола байгом кодтой" | {IRYSTON} | date: 2020-04-16',
        {"/20200416/1810001010.html": html("iryston-story-ossetian.html")},
        OK,
        PASS,
        "a story in Ossetian (a new school in Vladikavkaz; the letter 'æ' throughout), headline, date and"
        " outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-heavy-app-story-quotes-drainer-words",
        "/politics/1170010",
        f'title: "Police Warn of Fake Crypto Airdrops That Empty Readers\' Wallets" | {BALOBAN_EN}'
        " | date: 2020-04-14",
        {"/politics/1170010": html("baloban-en-heavy-story-drainers.html")},
        OK,
        PASS,
        "a story about fake airdrops quoting 'Connect Wallet to Claim' and 'Free Mint', in an app page of"
        " more than 100 KB (its feed's state inlined as JSON), headline, date and outlet as cited: the story,"
        " however large the page",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-header-holds-outlets-own-qr-sign-in",
        "/20200415/1800001010.html",
        f'title: "Во Владикавказе открыли новый пешеходный мост через Терек" | {KAZBEK} | date: 2020-04-15',
        {"/20200415/1800001010.html": html("kazbek-story-header-qr-login.html")},
        OK,
        PASS,
        "the story as cited, its header holding the agency's own hidden sign-in modal ('Войти по QR-коду:"
        " отсканируйте код ... в приложении «Казбек-Информ»', a script polling its own '/auth/qr/status',"
        " an e-mail and password form): the outlet's sign-in beside its story, not a wall",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-outlets-own-giveaway-story",
        "/2020/04/14/kama-gazette-giveaway-subscription-river-cruise-a93010",
        f'title: "Kama Gazette Giveaway: Win a Year\'s Subscription and a River Cruise" | {KAMA}'
        " | date: 2020-04-14",
        {
            "/2020/04/14/kama-gazette-giveaway-subscription-river-cruise-a93010": html(
                "kama-story-own-giveaway.html"
            )
        },
        OK,
        PASS,
        "the outlet's own giveaway story ('Congratulations to the winners of our winter photo contest', a"
        " form 'Enter the draw'), byline, headline and date as cited: a real giveaway, the story cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-redesign-spells-yo-as-ye",
        "/20200418/1800001030.html",
        f'title: "Во Владикавказе завершён ремонт Русского театра имени Вахтангова" | {KAZBEK}'
        " | date: 2020-04-18",
        {"/20200418/1800001030.html": html("kazbek-redesign-yo-dropped.html")},
        OK,
        PASS,
        "the writer copied the headline with 'ё' ('завершён'); the agency's redesign spells it 'завершен'"
        " (<title>, og:title, JSON-LD, <h1>), date and outlet as cited: the same headline, in Russian 'е' is"
        " an everyday spelling of 'ё'",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-ossetian-h2",
        "/20200417/1810001020.html",
        f'title: "Ирыстоны Парламент ног закъон райста" | {IRYSTON} | date: 2020-04-17',
        "iryston-not-found-ossetian.html",
        "'Фарс нæ ссардæуыд' (Ossetian: page not found) in an <h2>, 'кæй агурыс, уыцы фарс нæй кæнæ аппæрст"
        " æрцыд' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-udmurt-title",
        "/20200417/1820001010.html",
        f'title: "Ижкарын выль школа усьтӥськиз" | {UDMURT} | date: 2020-04-17',
        "udmurt-not-found-title.html",
        "'Бам шедьтымтэ — Удмурт Иворъёс' (Udmurt: page not found) as <title>, 'Тӥляд утчам бамды ӧвӧл яке"
        " со ӵушылэмын' in a <div>, two other stories' links, no '404' anywhere, served 200: gone",
    ),
    Scenario(
        "lapsed-domain-messenger-qr-clone-cited-without-title",
        "/2020/04/15/izhevsk-tram-depot-fire-a93020",
        f"{KAMA} | date: 2020-04-15",
        {"/2020/04/15/izhevsk-tram-depot-fire-a93020": html("kama-qr-login-clone.html")},
        s("ok", "soft_404", "blocked"),
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a messenger's web sign-in"
        " clone ('WhatsApp Web', 'Point your phone to this screen to capture the QR code', 'Link a device',"
        " a script polling its own '/api/session/poll'): a session-stealing page, no wall of the outlet's;"
        " the story and the outlet are gone",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-fortune-wheel-prize-scam-cited-without-title",
        "/20200419/1800001040.html",
        f"{KAZBEK} | date: 2020-04-19",
        {"/20200419/1800001040.html": html("kazbek-fortune-wheel-prize.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a fortune-wheel prize scam"
        " ('Поздравляем! Сегодня день розыгрыша!', 'Главный приз — iPhone 15 Pro всего за 1 рубль',"
        " 'Осталось попыток: 3', a timer and a form for a delivery address) that never addresses the reader"
        " as 'вы': a scam, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-drainer-over-48kb-cited-without-title",
        "/politics/1170020",
        f"{BALOBAN_EN} | date: 2020-04-19",
        {"/politics/1170020": html("baloban-en-airdrop-drainer-large.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the English site's lapsed domain serves a token"
        " 'airdrop' ('Connect Wallet to Claim', 'eth_requestAccounts', a countdown) whose obfuscated script"
        " makes the page 70 KB: a wallet drainer, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-clickfix-captcha-over-48kb-cited-without-title",
        "/2020/04/16/kama-bridge-tolls-scrapped-a93030",
        f"{KAMA} | date: 2020-04-16",
        {"/2020/04/16/kama-bridge-tolls-scrapped-a93030": html("kama-clickfix-captcha-large.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a fake captcha ('Verify you"
        " are human', 'Press Windows + R', 'Press CTRL + V', a script writing a hidden PowerShell command to"
        " the clipboard) whose inlined font makes it 65 KB: malware's lure, not a check of the outlet's",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-parcel-fee-phish-cited-without-title",
        "/politika/9160020",
        f"{BALOBAN} | date: 2020-04-16",
        {"/politika/9160020": html("baloban-parcel-fee-phish.html")},
        s("ok", "soft_404", "blocked"),
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a parcel-tracking phish"
        " ('Отправление ... ожидает доставки', 'не оплачен сбор за повторную доставку', 149 ₽, a card's"
        " number, expiry and CVC posted to its own '/pay.php'): a scam, not the story",
        must_not=("moved",),
    ),
    not_found(
        "soft404-russian-wordpress-nothing-here",
        "/20200420/1800001050.html",
        f'title: "В Северной Осетии построят новую больницу" | {KAZBEK} | date: 2020-04-20',
        "kazbek-wp-nothing-here.html",
        "WordPress's not-found template (body class 'error404', noindex) under the bare site name, its"
        " <h1> 'Кажется, здесь ничего нет' and 'Может, попробовать воспользоваться поиском?', a search form"
        " and two recent posts: gone",
    ),
    Scenario(
        "offerwall-watch-ad-hides-story",
        "/2020/04/17/izhevsk-budget-deficit-narrows-a93040",
        f'title: "Izhevsk Budget Deficit Narrows as Tax Receipts Rise" | {KAMA} | date: 2020-04-17',
        {"/2020/04/17/izhevsk-budget-deficit-narrows-a93040": html("kama-offerwall.html")},
        BLOCKED,
        WARN,
        "an offerwall ('Choose how you'd like to keep reading': 'Watch a short ad', 'Answer a quick"
        " survey', 'Subscribe from $1 a month', 'Already a subscriber? Sign in') under the bare site name,"
        " no headline: a wall in front of the story, which is not shown to be gone",
        must_not=MISMATCH,
    ),
    Scenario(
        "brand-protection-registrar-holds-domain-cited-without-title",
        "/politics/1170030",
        f"{BALOBAN_EN} | date: 2020-04-20",
        {"/politics/1170030": html("baloban-en-brand-protection.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the English site's domain shows 'This domain is"
        " registered and protected by Corvane Corporate Domains', 'no website is currently hosted at this"
        " address': the site is closed, its domain held; the story is gone",
        must_not=("moved",),
    ),
    Scenario(
        "soft404-only-oops-canonical-is-404-path",
        "/politika/9160030",
        f'title: "Кабмин утвердил программу развития Северного Кавказа" | {BALOBAN} | date: 2020-04-20',
        {"/politika/9160030": html("baloban-canonical-404.html")},
        DEAD,
        FAIL,
        "a page served 200 under the bare site name whose only words are 'Ой!' and links home and to the"
        " news feed; its canonical and og:url are the site's '/404/': the site's not-found page; gone",
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot32_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot32"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot32_scenario(rot32_run: Run, scenario: Scenario) -> None:
    check_scenario(rot32_run, scenario)


def test_every_scenario_was_reported(rot32_run: Run) -> None:
    assert sorted(rot32_run.results) == sorted(IDS), rot32_run.stderr
