"""Held-out probe of link rot, thirty-seventh batch: what the first thirty-six batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 37`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Алтай-Информ / Altai News Agency (a Gorno-Altaysk agency and its English site; the Russian site's
domain lapsed in two scenarios, the English site's in one), The Barnaul Bulletin (an English-language outlet
of Barnaul, its domain lapsed in two scenarios), Мокшень Валда (a Saransk outlet writing in Moksha), Алтай
Солундар (a Gorno-Altaysk outlet writing in Altai) and Yayla Sesi (a Simferopol outlet writing Crimean Tatar
in the Latin alphabet).

New ground: to pass, a story in Moksha; a story headlined 'Virus Detected in Barnaul Wastewater Samples'; a
story under the agency's own push prompt ('Click Allow to continue getting our alerts') whose worker only the
push vendor's loader registers; a story about task scams quoting 'earn 5,000 rubles a day liking videos' and
'write to our HR manager on Telegram'; a redesign that renders the story in declarative shadow DOM
(``<template shadowrootmode>``); a CMS migration that 301s an agency's story to the same id under its update's
date. To flag: 'Лопась аф муевсь' (Moksha, ``<h1>``), 'Бӱк табылбады' (Altai, ``<title>`` and a styled
``<span>``, no '404' anywhere) and 'Saife tapılmadı' (Crimean Tatar, a styled ``<div>``), each under the bare
site name or the site's name as a suffix; rot36's leftovers: a push lure saying only 'Click Allow to
continue' whose worker only the push network's loader registers (nothing in the page's own markup), a loan
lander in Polish (a fourth language) whose lenders are linked by their names, a bare 'Virus detected!' alert
that never names the reader's device; a trading lander in German (another language) with a form; a task
scam's lander sending the reader to a manager on Telegram; a newsletter wall headed 'Join 48,000 readers'
(words no gate list is likely to hold) over a not-found page's ``<h2>``; an 18+ age gate over 'Материал не
найден'.

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
    redirect,
)

pytestmark = pytest.mark.e2e

ALTAI = "outlet: Алтай-Информ"
ALTAI_EN = "outlet: Altai News Agency"
BULLETIN = "outlet: The Barnaul Bulletin"
MOKSHA = "outlet: Мокшень Валда"
ALTAI_LANG = "outlet: Алтай Солундар"
YAYLA = "outlet: Yayla Sesi"

UPDATE_DAY = "/20210210/1900005030.html"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-moksha",
        "/20200601/2500001010.html",
        f'title: "Саранскяйса панжевсь од шабат кудо" | {MOKSHA} | date: 2020-06-01',
        {"/20200601/2500001010.html": html("moksha-story-moksha.html")},
        OK,
        PASS,
        "a story in Moksha (a new kindergarten in Saransk), headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-headline-virus-detected-in-wastewater",
        "/2020/06/02/virus-detected-in-barnaul-wastewater-samples-a98010",
        f'title: "Virus Detected in Barnaul Wastewater Samples, Health Officials Say" | {BULLETIN}'
        " | date: 2020-06-02",
        {
            "/2020/06/02/virus-detected-in-barnaul-wastewater-samples-a98010": html(
                "barnaul-story-virus-detected-wastewater.html"
            )
        },
        OK,
        PASS,
        "a dated, bylined story headlined 'Virus Detected in Barnaul Wastewater Samples' quoting"
        " '\"Virus detected\" was the result for six of the 14 samples', headline, date and outlet as"
        " cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-under-own-push-prompt-worker-by-vendor-loader",
        "/politics/1900005010",
        f'title: "Altai Republic Opens Its First Mountain Rescue Station" | {ALTAI_EN} | date: 2020-06-02',
        {"/politics/1900005010": html("altai-en-story-push-vendor-loader.html")},
        OK,
        PASS,
        "the story as cited under the agency's own prompt ('Get breaking news from Altai News Agency. Click"
        " Allow to continue getting our alerts'), its page loading a push vendor's loader from another host"
        " that is told its worker's path (data-sw): the outlet asking its readers, the story is there",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-about-task-scams-quotes-telegram-manager",
        "/2020/06/03/barnaul-students-lose-money-to-online-task-scams-a98020",
        "title: \"Barnaul Students Lose Money to Online 'Task' Scams Promising Pay for Likes\" |"
        f" {BULLETIN} | date: 2020-06-03",
        {
            "/2020/06/03/barnaul-students-lose-money-to-online-task-scams-a98020": html(
                "barnaul-story-task-scams-telegram.html"
            )
        },
        OK,
        PASS,
        "a story about task scams quoting 'remote work: earn 5,000 rubles a day liking videos' and 'write to"
        " our HR manager on Telegram', byline, headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-redesign-story-in-declarative-shadow-dom",
        "/20200604/1900005020.html",
        f'title: "В Горно-Алтайске открыли новый мост через Майму" | {ALTAI} | date: 2020-06-04',
        {"/20200604/1900005020.html": html("altai-redesign-shadow-dom-story.html")},
        OK,
        PASS,
        "a redesign built of web components: the headline and date inside a '<template"
        ' shadowrootmode="open">\' of a <news-article> element (a browser renders them), the text slotted in,'
        " the <title>, og:title and JSON-LD as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "agency-migration-301-url-date-becomes-update-date",
        "/20200605/1900005030.html",
        f'title: "На Телецком озере запустили новый теплоход" | {ALTAI} | date: 2020-06-05',
        {
            "/20200605/1900005030.html": redirect(301, UPDATE_DAY),
            UPDATE_DAY: html("altai-story-url-date-update.html"),
        },
        OK,
        NOT_FAIL,
        "the agency's new CMS 301s the story to the same id under '/20210210/', the day it was last updated"
        " ('Дополнено 10 февраля 2021 года'); the page states 5 June 2020 as cited and 'обновлено: 10 февраля"
        " 2021': the story moved; report the new address, never a mismatch",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + UPDATE_DAY,),),
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-moksha-h1",
        "/20200602/2500001020.html",
        f'title: "Рузаевкаса панжевсь од больница" | {MOKSHA} | date: 2020-06-02',
        "moksha-not-found-h1.html",
        "'Лопась аф муевсь' (Moksha: page not found) in an <h1>, 'Вешендеф лопать аш или сонь нардазь' under"
        " it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-altai-title-no-404",
        "/20200603/2600001010.html",
        f'title: "Горно-Алтайскта јаҥы больница ачылды" | {ALTAI_LANG} | date: 2020-06-03',
        "altai-not-found-title.html",
        "'Бӱк табылбады — Алтай Солундар' (Altai: page not found) as <title>, the same words in a styled"
        " <span> and 'Слер бедреген бӱк јок эмезе ол кӧчӱрилген' under them, two other stories' links, no"
        " '404' anywhere, served 200: gone",
    ),
    not_found(
        "not-found-crimean-tatar-latin-div",
        "/20200604/2700001010.html",
        f'title: "Aqmescitte yañı kitaphane açıldı" | {YAYLA} | date: 2020-06-04',
        "yayla-not-found-crimean-tatar.html",
        "'Saife tapılmadı' (Crimean Tatar: page not found) in a styled <div>, 'Siz qıdırğan saife yoq ya da o"
        " silindi' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    Scenario(
        "lapsed-domain-push-lure-worker-only-in-loader-cited-without-title",
        "/2020/06/05/barnaul-river-port-reopens-a98030",
        f"{BULLETIN} | date: 2020-06-05",
        {"/2020/06/05/barnaul-river-port-reopens-a98030": html("barnaul-push-lure-loader-worker.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a page whose only words are"
        " 'Click Allow to continue' under an arrow at the browser's prompt and a progress bar at 87%, its one"
        " script a push network's loader from another host told a zone and a worker's path (data-sw), nothing"
        " else: push-spam's lure, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-polish-loan-lander-lenders-by-name-cited-by-date-only",
        "/2020/06/06/altai-krai-wheat-harvest-forecast-a98040",
        "date: 2020-06-06",
        {"/2020/06/06/altai-krai-wheat-harvest-forecast-a98040": html("barnaul-loan-lander-polish.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed domain serves a Polish loan lander ('Pożyczka do 5 000 zł"
        " nawet w 15 minut', 'Bez BIK · Bez zaświadczeń o dochodach · Pierwsza pożyczka za 0 zł'), four"
        " lenders linked by their names (rel='nofollow sponsored'), no form, 'RRSO od 0% do 1 780,23%': the"
        " outlet is gone, so is the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-german-trading-lander-cited-without-title",
        "/20200606/1900005040.html",
        f"{ALTAI} | date: 2020-06-06",
        {"/20200606/1900005040.html": html("altai-trading-lander-german.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Verdienen Sie bis zu"
        " 1.200 € am Tag mit dem Krypto-Robot' ('Mindesteinzahlung 250 €', 'Heute nur noch 6 Plätze frei',"
        " a name, e-mail and phone form posted to its own '/lead.php', members' 'reviews'): an investment"
        " scam's lander, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-bare-virus-detected-alert-cited-without-title",
        "/politics/1900005050",
        f"{ALTAI_EN} | date: 2020-06-07",
        {"/politics/1900005050": html("altai-en-virus-detected-alert.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Virus detected!' ('Scan"
        " complete: 3 threats found', 'Trojan.GenericKD.46213 — high risk', 'Protection expired. Renew now',"
        " 'Remove threats now' linking an offer on another host), never naming the reader's device:"
        " scareware, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-task-scam-lander-telegram-cited-without-title",
        "/politika/1900005060",
        f"{ALTAI} | date: 2020-06-07",
        {"/politika/1900005060": html("altai-task-scam-telegram.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Удалённая работа: от"
        " 5 000 ₽ в день' ('Ставьте лайки видео и получайте деньги', 'Без опыта, 1–2 часа в день', 'Написать"
        " менеджеру в Telegram' linking a t.me account, 'Осталось 4 свободных места'): a task scam's lander,"
        " not the story",
        must_not=("moved",),
    ),
    Scenario(
        "newsletter-wall-unknown-heading-over-not-found-h2",
        "/2020/06/07/barnaul-zoo-gets-new-snow-leopard-a98050",
        f'title: "Barnaul Zoo Gets a New Snow Leopard From Novosibirsk" | {BULLETIN} | date: 2020-06-07',
        {
            "/2020/06/07/barnaul-zoo-gets-new-snow-leopard-a98050": html(
                "barnaul-newsletter-wall-over-not-found.html"
            )
        },
        DEAD,
        FAIL,
        "a newsletter dialog ('<h1>Join 48,000 readers</h1>', 'Enter your email to keep reading', an e-mail"
        " field) over the paper's '<h2>Page not found</h2>' ('may have been removed'), under the bare site"
        " name, served 200: the wall hides a dead page, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "age-gate-over-not-found-page-russian",
        "/politika/1900005070",
        f'title: "Курултай Республики Алтай принял закон о сельских фельдшерах" | {ALTAI} | date: 2020-06-08',
        {"/politika/1900005070": html("altai-age-gate-over-not-found.html")},
        DEAD,
        FAIL,
        "an 18+ dialog ('Вам уже исполнилось 18 лет?', 'Да, мне есть 18' / 'Нет') over the agency's"
        " '<h2>Материал не найден</h2>' / 'Возможно, он был удалён или перемещён', under the bare site name,"
        " served 200: the gate hides a dead page, not the story",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot37_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot37"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot37_scenario(rot37_run: Run, scenario: Scenario) -> None:
    check_scenario(rot37_run, scenario)


def test_every_scenario_was_reported(rot37_run: Run) -> None:
    assert sorted(rot37_run.results) == sorted(IDS), rot37_run.stderr
