"""Held-out probe of link rot, thirty-third batch: what the first thirty-two batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 33`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Аргун-Информ (a regional agency of Grozny; its domain lapsed in one scenario), Сарыч / Sarych News
Agency (an agency and its English site, whose domain lapsed in two scenarios), The Elista Herald (an
English-language outlet of Elista, its domain lapsed in two scenarios), Нохчийн Хаамаш (a Grozny outlet
writing in Chechen), Хальмг Зәңгс (an Elista outlet writing in Kalmyk) and Dala Jańalyqtary (an Astana outlet
writing Kazakh in the Latin alphabet).

New ground: to pass, a dated story whose canonical a CMS bug set to the site's ``/404/``; a story in
Chechen; a story of 58 KB quoting a fake update's words and its ``.exe``; a story quoting a bank's QR sign-
in scam ('Scan the QR code ... to log in'); a redesign whose ``<title>`` and og:title cut the headline with
an ellipsis. To flag: 'АгӀо ца карийна' (Chechen, ``<h1>``), 'Халх олдсн уга' (Kalmyk, ``<title>``) and 'Bet
tabylmady' (Kazakh in Latin letters, ``<h2>``); a fake browser update of 61 KB linking an ``.exe`` without
'wallet' or 'clipboard' anywhere (the rot32 leftover), cited without a title; a bank's QR sign-in clone that
never says 'link a device' (the rot32 leftover), cited without a title; a not-found template carrying an
article date whose canonical is the site's ``/404/`` (the rot32 leftover); a traffic-fine phish (a card's
number, expiry and CVC), a microloan lander and a push-notification 'press Allow' page, each cited without a
title; a photo bank's item at a reused id; a pay-per-article wall under the headline.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
    DEAD,
    FAIL,
    MISMATCH,
    NOT_FAIL,
    OK,
    PASS,
    REPLACED,
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

ARGUN = "outlet: Аргун-Информ"
SARYCH = "outlet: Сарыч"
SARYCH_EN = "outlet: Sarych News Agency"
ELISTA = "outlet: The Elista Herald"
NOKHCHI = "outlet: Нохчийн Хаамаш"
KHALMG = "outlet: Хальмг Зәңгс"
DALA = "outlet: Dala Jańalyqtary"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-dated-story-canonical-bungled-to-404",
        "/20200421/1800001060.html",
        f'title: "В Грозном открыли новый детский парк на берегу Сунжи" | {ARGUN} | date: 2020-04-21',
        {"/20200421/1800001060.html": html("argun-story-canonical-404-bug.html")},
        OK,
        PASS,
        "the story as cited (headline, date in the meta, JSON-LD and dateline, three paragraphs), its"
        " canonical and og:url set by a CMS bug to the site's '/404/': the story is there, whatever its"
        " canonical says",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-in-chechen",
        "/20200422/1910001010.html",
        f'title: "Соьлжа-ГӀалахь керла школа схьайиллина" | {NOKHCHI} | date: 2020-04-22',
        {"/20200422/1910001010.html": html("nokhchi-story-chechen.html")},
        OK,
        PASS,
        "a story in Chechen (a new school in Grozny; the letter 'Ӏ' throughout), headline, date and outlet"
        " as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-heavy-story-quotes-fake-update-exe",
        "/2020/04/23/fake-browser-update-pages-malware-kalmykia-a94010",
        f'title: "Fake Browser Update Pages Spread Malware Across Kalmykia, Police Warn" | {ELISTA}'
        " | date: 2020-04-23",
        {
            "/2020/04/23/fake-browser-update-pages-malware-kalmykia-a94010": html(
                "elista-heavy-story-fake-update-exe.html"
            )
        },
        OK,
        PASS,
        "a story about fake update pages quoting 'Your browser is out of date', 'Download update' and the"
        " file 'BrowserUpdate_x64.exe', in an app page of 58 KB (its feed's state inlined), byline,"
        " headline and date as cited: the story, however large the page",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-quotes-bank-qr-sign-in-scam",
        "/politics/1180010",
        f'title: "Police Warn of Fake Bank Pages Asking Customers to Scan a QR Code to Log In" | {SARYCH_EN}'
        " | date: 2020-04-22",
        {"/politics/1180010": html("sarych-en-story-qr-bank-scam.html")},
        OK,
        PASS,
        "a story quoting a fake bank page's 'Scan the QR code with your phone's camera to log in to online"
        " banking', headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-redesign-cuts-title-with-ellipsis",
        "/2020/04/21/elista-council-restore-kalmyk-drama-theatre-a94020",
        f'title: "Elista Council Approves Plan to Restore the Old Kalmyk Drama Theatre Building" | {ELISTA}'
        " | date: 2020-04-21",
        {
            "/2020/04/21/elista-council-restore-kalmyk-drama-theatre-a94020": html(
                "elista-redesign-title-ellipsis.html"
            )
        },
        OK,
        PASS,
        "a redesign whose <title> and og:title cut the headline at 55 characters with '…' ('... the Old"
        " Kalmyk…'), the <h1> and JSON-LD headline whole, date and outlet as cited: the same story",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-chechen-h1",
        "/20200423/1910001020.html",
        f'title: "Соьлжа-ГӀалахь керла больница йиллина" | {NOKHCHI} | date: 2020-04-23',
        "nokhchi-not-found-chechen.html",
        "'АгӀо ца карийна' (Chechen: page not found) in an <h1>, 'Ахьа лоьхуш йолу агӀо яц я дӀаяьккхина'"
        " under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-kalmyk-title",
        "/20200423/1710001010.html",
        f'title: "Элстд шин больниц секгдв" | {KHALMG} | date: 2020-04-23',
        "khalmg-not-found-kalmyk.html",
        "'Халх олдсн уга — Хальмг Зәңгс' (Kalmyk: page not found) as <title>, 'Таниһә хәәсн халх уга эсвл"
        " устгсн' in a <div>, two other stories' links, no '404' anywhere, served 200: gone",
    ),
    not_found(
        "not-found-kazakh-latin-h2",
        "/20200424/2110001010.html",
        f'title: "Astanada jańa mektep ashyldy" | {DALA} | date: 2020-04-24',
        "dala-not-found-kazakh-latin.html",
        "'Bet tabylmady' (Kazakh in the Latin alphabet: page not found) in an <h2>, 'Siz izdegen bet joq"
        " nemese joıylǵan' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    Scenario(
        "lapsed-domain-fake-update-exe-over-48kb-cited-without-title",
        "/2020/04/24/elista-airport-runway-reopens-a94030",
        f"{ELISTA} | date: 2020-04-24",
        {"/2020/04/24/elista-airport-runway-reopens-a94030": html("elista-fake-update-exe-large.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a fake browser update"
        " ('Your browser is out of date', 'Download update' linking '/download/BrowserUpdate_x64.exe', a"
        " script sending the browser to it) whose inlined font makes it 61 KB, with no wallet or clipboard"
        " anywhere: malware's lure, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-bank-qr-sign-in-clone-cited-without-title",
        "/politika/9170010",
        f"{SARYCH} | date: 2020-04-21",
        {"/politika/9170010": html("sarych-bank-qr-login-clone.html")},
        s("ok", "soft_404", "blocked"),
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a bank's sign-in clone"
        " ('Вход в интернет-банк', 'Отсканируйте QR-код камерой телефона, чтобы войти', a script polling its"
        " own '/qr/check'), which never speaks of linking a device: a session-stealing page, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "soft404-dated-template-canonical-is-404-path",
        "/20200425/1800001080.html",
        f'title: "Глава Чечни провёл совещание по подготовке к паводку" | {ARGUN} | date: 2020-04-25',
        {"/20200425/1800001080.html": html("argun-dated-template-canonical-404.html")},
        DEAD,
        FAIL,
        "a page served 200 under the bare site name whose only words are 'Упс…' and links home and to the"
        " news feed, its canonical and og:url the site's '/404/', carrying the template's own"
        " article:published_time (2017, three years before the story): the site's not-found page; gone",
    ),
    Scenario(
        "lapsed-domain-traffic-fine-phish-cited-without-title",
        "/20200426/1800001090.html",
        f"{ARGUN} | date: 2020-04-26",
        {"/20200426/1800001090.html": html("argun-traffic-fine-phish.html")},
        s("ok", "soft_404", "blocked"),
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a traffic-fine phish ('У"
        " вас есть неоплаченный штраф', 'скидка 50% действует ещё 2 дня', a card's number, expiry and CVC"
        " posted to its own '/pay.php'): a scam, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-microloan-lander-cited-without-title",
        "/2020/04/25/kalmykia-wind-farm-opens-a94040",
        f"{ELISTA} | date: 2020-04-25",
        {"/2020/04/25/kalmykia-wind-farm-opens-a94040": html("elista-microloan-lander.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a microloan lander ('Займ"
        " на карту за 5 минут', 'Одобрение 99%', 'Без проверки кредитной истории', a loan calculator, a"
        " phone field, lenders' offers): the outlet is gone, so is the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-push-notification-allow-scam-cited-without-title",
        "/politika/9170020",
        f"{SARYCH} | date: 2020-04-23",
        {"/politika/9170020": html("sarych-push-allow-scam.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Нажмите «Разрешить», чтобы"
        " подтвердить, что вы не робот' over a robot's picture, its script asking the browser for"
        " notification permission: push-spam's lure, not a check of the outlet's, and not the story",
        must_not=("moved",),
    ),
    Scenario(
        "id-reused-by-photo-bank-item",
        "/20200422/1800001070.html",
        f'title: "В Грозном начали строить новый мост через Сунжу" | {ARGUN} | date: 2020-04-22',
        {"/20200422/1800001070.html": html("argun-photobank-item.html")},
        REPLACED,
        FAIL,
        "the agency's photo bank took the story's id: a photo 'Строительство моста через Сунжу в Грозном'"
        " uploaded 2024-02-14 (ImageObject, 'Купить лицензию — 1 500 ₽'), not the story of 2020-04-22",
    ),
    Scenario(
        "pay-per-article-wall-under-headline",
        "/20200424/1710001050.html",
        f'title: "В Элисте восстановят здание драматического театра" | {KHALMG} | date: 2020-04-24',
        {"/20200424/1710001050.html": html("khalmg-micropayment-wall.html")},
        s("ok", "blocked"),
        NOT_FAIL,
        "the headline, date and lead as cited, the rest behind 'Эта статья доступна за плату' / 'Купить"
        " статью за 49 ₽' (isAccessibleForFree false): the story is there, behind a pay wall; it may pass"
        " or warn, never fail",
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot33_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot33"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot33_scenario(rot33_run: Run, scenario: Scenario) -> None:
    check_scenario(rot33_run, scenario)


def test_every_scenario_was_reported(rot33_run: Run) -> None:
    assert sorted(rot33_run.results) == sorted(IDS), rot33_run.stderr
