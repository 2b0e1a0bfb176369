"""Held-out probe of link rot, thirty-fourth batch: what the first thirty-three batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 34`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Терек-Информ / Terek News Agency (a Nalchik agency and its English site; the Russian site's domain
lapsed in two scenarios), The Nalchik Herald (an English-language outlet of Nalchik, its domain lapsed in
three scenarios), Авар Хабар (a Makhachkala outlet writing in Avar), Коми Выль Юөр (a Syktyvkar outlet writing
in Komi) and Къэбэрдей Хъыбар (a Nalchik outlet writing in Kabardian).

New ground: to pass, a story in Kabardian; a story quoting a push-notification lure's 'Click Allow to
continue'; a story under the agency's own 'Разрешите уведомления' prompt (a script asking for notification
permission on a click); a 57 KB story linking the tax service's installer by a capitalised ``.EXE``; a story
about payday lenders quoting 'Instant approval, no credit check'; the English site's move of a story to a new
section at the same id (a 301). To flag: 'Гьумер батичӀо' (Avar, ``<title>``), 'Лист бок оз аддзысь' (Komi,
``<h1>``) and 'Нэкӏубгъуэр къэгъуэтакъым' (Kabardian, a ``<div>``), each under the bare site name or without a
'404' anywhere; a push-notification lure 'Click Allow to continue' with no redirect anywhere (the rot33
leftover), cited without a title; a fake video-player update of 62 KB linking ``MediaPlayer_Update.EXE`` in
capitals (the rot33 leftover), cited without a title; a payday-loan lander on a lapsed domain (the rot33
leftover), cited by its date only; a 'Вам положена компенсация' payout phish asking for a card, cited
without a title; a premium-SMS subscription lander ('подтвердите номер телефона', '35 руб./сутки'), cited
without a title; the agency's daily weather forecast at a reused id (2024); a 'Войдите через Госуслуги'
sign-in wall under the headline, which may pass or warn but not fail.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
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
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

TEREK = "outlet: Терек-Информ"
TEREK_EN = "outlet: Terek News Agency"
NALCHIK = "outlet: The Nalchik Herald"
AVAR = "outlet: Авар Хабар"
KOMI = "outlet: Коми Выль Юөр"
KBD = "outlet: Къэбэрдей Хъыбар"

MOVED_TO = "/russia/1260020"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-kabardian",
        "/20200512/1300001010.html",
        f'title: "Налшык школ щӀэ къыщызэӀуахащ" | {KBD} | date: 2020-05-12',
        {"/20200512/1300001010.html": html("kbd-story-kabardian.html")},
        OK,
        PASS,
        "a story in Kabardian (a new school in Nalchik; the palochka in both cases throughout), headline,"
        " date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-quotes-click-allow-push-lure",
        "/2020/05/13/police-warn-click-allow-not-robot-pages-a95010",
        "title: \"Police Warn of Pages Telling Readers to 'Click Allow' to Prove They Are Not Robots\""
        f" | {NALCHIK} | date: 2020-05-13",
        {
            "/2020/05/13/police-warn-click-allow-not-robot-pages-a95010": html(
                "nalchik-story-quotes-click-allow.html"
            )
        },
        OK,
        PASS,
        "a story quoting a push lure's 'Click Allow to continue' and 'Press Allow to verify that you are not"
        " a robot', byline, headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-under-own-notification-opt-in",
        "/20200512/1600002010.html",
        f'title: "В Нальчике отремонтируют канатную дорогу в парке" | {TEREK} | date: 2020-05-12',
        {"/20200512/1600002010.html": html("terek-story-own-push-opt-in.html")},
        OK,
        PASS,
        "the story as cited under the agency's own prompt 'Разрешите уведомления, чтобы первыми узнавать"
        " главные новости' ('Разрешить' / 'Позже', a script asking for notification permission on a click):"
        " the outlet asking its readers, not a lure",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-heavy-story-links-installer-exe-in-capitals",
        "/politics/1260010",
        f'title: "Tax Service Releases Free Program for Filing 2019 Income Declarations" | {TEREK_EN}'
        " | date: 2020-05-14",
        {"/politics/1260010": html("terek-en-heavy-story-exe-capitals.html")},
        OK,
        PASS,
        "a story about the tax service's free declaration program linking its installer 'DECL2019_SETUP.EXE',"
        " in an app page of 57 KB (its feed's state inlined), headline, date and outlet as cited: the story"
        " however large the page and whatever it links",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-about-payday-lenders",
        "/2020/05/14/payday-lenders-instant-approval-new-limits-a95020",
        f"title: \"Payday Lenders Promising 'Instant Approval, No Credit Check' Face New Limits\" | {NALCHIK}"
        " | date: 2020-05-14",
        {
            "/2020/05/14/payday-lenders-instant-approval-new-limits-a95020": html(
                "nalchik-story-payday-loans.html"
            )
        },
        OK,
        PASS,
        "a story about payday lenders quoting 'Get up to $1,000 today', 'Instant approval' and 'No credit"
        " check', byline, headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "english-site-301-to-new-section-same-id",
        "/politics/1260020",
        f'title: "Kabardino-Balkaria Opens Its First Solar Power Plant" | {TEREK_EN} | date: 2020-05-13',
        {"/politics/1260020": redirect(301, MOVED_TO), MOVED_TO: html("terek-en-story-moved-section.html")},
        OK,
        NOT_FAIL,
        "the English site moved its stories from '/politics/<id>' to '/russia/<id>' and 301s the old address:"
        " the same story, headline and date as cited, at the new address; report the move, never fail",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + MOVED_TO,),),
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-avar-title",
        "/20200513/1400001010.html",
        f'title: "МахӀачхъалаялда цӀияб школа рагьана" | {AVAR} | date: 2020-05-13',
        "avar-not-found-avar.html",
        "'Гьумер батичӀо — Авар Хабар' (Avar: page not found) as <title>, the same words in a <div> and"
        " 'Мун балагьулеб гьумер гьаб сайталда гьечӀо' under them, two other stories' links, no '404'"
        " anywhere, served 200: gone",
    ),
    not_found(
        "not-found-komi-h1",
        "/20200514/1500001010.html",
        f'title: "Сыктывкарын восьтісны выль больница" | {KOMI} | date: 2020-05-14',
        "komi-not-found-komi.html",
        "'Лист бок оз аддзысь' (Komi: page not found) in an <h1>, 'Тэ корсян лист бокыс абу либө сійӧс"
        " бырӧдӧма' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-kabardian-div",
        "/20200515/1300001020.html",
        f'title: "Налшык сымаджэщ щӀэ къыщызэӀуахащ" | {KBD} | date: 2020-05-15',
        "kbd-not-found-kabardian.html",
        "'Нэкӏубгъуэр къэгъуэтакъым' (Kabardian: page not found) in a styled <div>, 'Уэ узылъыхъуэ"
        " нэкӏубгъуэр щыӀэжкъым' under it, two other stories' links, served 200 under the bare site"
        " name: gone",
    ),
    Scenario(
        "lapsed-domain-click-allow-push-lure-cited-without-title",
        "/2020/05/15/nalchik-tram-depot-reopens-a95030",
        f"{NALCHIK} | date: 2020-05-15",
        {"/2020/05/15/nalchik-tram-depot-reopens-a95030": html("nalchik-click-allow-lure.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Click Allow to continue'"
        " over a robot's picture ('Press \"Allow\" to verify that you are not a robot'), its script asking"
        " for notification permission and sending the reader nowhere: push-spam's lure, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-fake-player-update-exe-capitals-cited-without-title",
        "/2020/05/16/elbrus-ski-season-extended-a95040",
        f"{NALCHIK} | date: 2020-05-16",
        {"/2020/05/16/elbrus-ski-season-extended-a95040": html("nalchik-fake-player-update-exe-large.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Video player update"
        " required' ('Your media player is out of date', 'Update now' linking '/dl/MediaPlayer_Update.EXE' in"
        " capitals, a script sending the browser to it) whose inlined font makes it 62 KB: malware's lure,"
        " not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-payday-loan-lander-cited-by-date-only",
        "/2020/05/17/baksan-bridge-opens-a95050",
        "date: 2020-05-17",
        {"/2020/05/17/baksan-bridge-opens-a95050": html("nalchik-payday-loan-lander.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed domain serves a payday-loan lander ('Get up to $1,000"
        " today', 'Instant approval · Bad credit OK · No credit check', an amount slider, a phone field,"
        " sponsored lenders' links, 'APR 391%'): the outlet is gone, so is the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-payout-card-phish-cited-without-title",
        "/20200516/1600002030.html",
        f"{TEREK} | date: 2020-05-16",
        {"/20200516/1600002030.html": html("terek-compensation-card-phish.html")},
        s("ok", "soft_404", "blocked"),
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Вам положена компенсация'"
        " ('18 430 ₽' to be paid to the reader's card within 10 minutes, a card's number, expiry and CVC"
        " posted to its own '/receive.php'): a scam, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-premium-sms-subscription-cited-without-title",
        "/politika/1600002040",
        f"{TEREK} | date: 2020-05-17",
        {"/politika/1600002040": html("terek-premium-sms-lander.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a blurred player over"
        " 'Чтобы смотреть видео, подтвердите номер телефона', a phone field, and in small print a paid"
        " subscription ('35 руб./сутки с продлением'): a mobile-billing scam, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "id-reused-for-daily-weather-forecast",
        "/20200513/1600002050.html",
        f'title: "В Кабардино-Балкарии построят три новых детских сада" | {TEREK} | date: 2020-05-13',
        {"/20200513/1600002050.html": html("terek-weather-forecast-reused-id.html")},
        REPLACED,
        FAIL,
        "the agency's CMS gave the story's id to a daily forecast: 'Погода в Нальчике на 18 марта 2024 года'"
        " (2024-03-17), not the story of 2020-05-13 about kindergartens",
    ),
    Scenario(
        "state-id-sign-in-wall-under-headline",
        "/20200515/1600002060.html",
        f'title: "Власти Кабардино-Балкарии утвердили программу ремонта школ" | {TEREK} | date: 2020-05-15',
        {"/20200515/1600002060.html": html("terek-state-id-wall.html")},
        s("ok", "blocked"),
        NOT_FAIL,
        "the headline, date and lead as cited, the rest behind 'Материал доступен авторизованным читателям' /"
        " 'Войдите через Госуслуги, чтобы продолжить чтение' (isAccessibleForFree false): the story is there,"
        " behind a sign-in wall; it may pass or warn, never fail",
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot34_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot34"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot34_scenario(rot34_run: Run, scenario: Scenario) -> None:
    check_scenario(rot34_run, scenario)


def test_every_scenario_was_reported(rot34_run: Run) -> None:
    assert sorted(rot34_run.results) == sorted(IDS), rot34_run.stderr
