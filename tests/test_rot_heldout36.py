"""Held-out probe of link rot, thirty-sixth batch: what the first thirty-five batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 36`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Сура-Информ / Sura News Agency (a Saransk agency and its English site; the English site's domain
lapsed in two scenarios), The Saransk Sentinel (an English-language outlet of Saransk, its domain lapsed in
two scenarios), Эрзянь Кулят (a Saransk outlet writing in Erzya), Олык Увер (a Yoshkar-Ola outlet writing in
Meadow Mari) and Адыгэ Къэбархэр (a Maikop outlet writing in Adyghe).

New ground: to pass, a story in Erzya; a story quoting a trading scam's 'members earn up to 300% a month'; a
dated money guide whose lenders are sponsored links by their names; a story under a cookie bar that says
'Click Allow to continue', its page loading a push service's SDK from another host; a CMS migration that
301s an agency's story to the same id under the previous day's date (the story went out at 00:20 Moscow
time: the new address's date is the UTC day); a story corrected a year later whose byline shows the update
first. To flag: 'Лопась а муевсь' (Erzya, ``<h1>``), 'Лаштык муалтын огыл' (Meadow Mari, ``<title>`` and a
``<p>``, no '404' anywhere) and 'НэкӀубгъор къэгъотыгъэп' (Adyghe, a styled ``<div>``), each under the bare
site name or the site's name as a suffix; rot35's leftovers: a push lure saying only 'Click Allow to
continue' (its request in a push network's script), a loan lander in Spanish whose lenders' links are their
names, a trading lander with no form that sends the reader to a sign-up elsewhere ('up to 300% a month'), a
consent dialog over a not-found page whose template carries an article date, a registration wall's ``<h1>``
over a not-found page's ``<h2>``; an ad-blocker wall over 'Такой страницы нет'; a phone scareware page
('Your phone may be infected with (4) viruses!').

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

SURA = "outlet: Сура-Информ"
SURA_EN = "outlet: Sura News Agency"
SENTINEL = "outlet: The Saransk Sentinel"
ERZYA = "outlet: Эрзянь Кулят"
MARI = "outlet: Олык Увер"
ADYGHE = "outlet: Адыгэ Къэбархэр"

UTC_DAY = "/20200527/1800004010.html"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-erzya",
        "/20200525/2200001010.html",
        f'title: "Саранскойсэ панжтызь од библиотека" | {ERZYA} | date: 2020-05-25',
        {"/20200525/2200001010.html": html("erzya-story-erzya.html")},
        OK,
        PASS,
        "a story in Erzya (a new library in Saransk), headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-about-trading-scam-quotes-300-percent-a-month",
        "/2020/05/27/pensioners-lose-savings-to-ai-trading-robot-a97010",
        "title: \"Saransk Pensioners Lost Savings to an 'AI Trading Robot' Promising 300% a Month\" |"
        f" {SENTINEL}"
        " | date: 2020-05-27",
        {
            "/2020/05/27/pensioners-lose-savings-to-ai-trading-robot-a97010": html(
                "saransk-story-trading-scam.html"
            )
        },
        OK,
        PASS,
        "a story about a trading scam quoting 'members earn up to 300% a month', 'Open your free account' and"
        " 'a minimum deposit of $250', linking the central bank's warning list, byline, headline, date and"
        " outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-money-guide-lenders-as-sponsored-links-by-name",
        "/2020/05/28/small-business-loans-mordovia-lenders-compared-a97020",
        f'title: "Small Business Loans in Mordovia: Five Lenders Compared" | {SENTINEL} | date: 2020-05-28',
        {
            "/2020/05/28/small-business-loans-mordovia-lenders-compared-a97020": html(
                "saransk-guide-sponsored-lenders.html"
            )
        },
        OK,
        PASS,
        "the paper's dated money guide, byline and disclosure, four lenders linked by their names with"
        " rel=sponsored ('Volga Business Bank', 'MordovCredit', ...), 'bad credit history' considered by two:"
        " the article as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-under-cookie-bar-click-allow-with-push-sdk",
        "/politics/1800004040",
        f'title: "Mordovia Opens Its First Regional Film Archive" | {SURA_EN} | date: 2020-05-26',
        {"/politics/1800004040": html("sura-en-story-consent-click-allow.html")},
        OK,
        PASS,
        "the story as cited under a cookie bar ('We use cookies ... Click Allow to continue, or manage your"
        " choices'), its page loading a push service's SDK from another host ('Get breaking news alerts from"
        " Sura News Agency'): a cookie bar and the outlet's alerts, the story is there",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "agency-migration-301-url-date-becomes-utc-day",
        "/20200528/1800004010.html",
        f'title: "В Саранске запустили первый электробус" | {SURA} | date: 2020-05-28',
        {"/20200528/1800004010.html": redirect(301, UTC_DAY), UTC_DAY: html("sura-story-past-midnight.html")},
        OK,
        NOT_FAIL,
        "the agency's new CMS 301s the story to the same id under '/20200527/' (it went out at 00:20 Moscow"
        " time on 28 May, 21:20 UTC the day before), the page stating 28 May 2020, 00:20 as cited: the story"
        " moved; report the new address, never a mismatch",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + UTC_DAY,),),
    ),
    Scenario(
        "control-story-corrected-a-year-later-update-shown-first",
        "/2020/05/26/saransk-stadium-roof-repairs-a97030",
        f'title: "Saransk Stadium Roof Repairs to Cost 90 Million Rubles" | {SENTINEL} | date: 2020-05-26',
        {"/2020/05/26/saransk-stadium-roof-repairs-a97030": html("saransk-story-corrected-later.html")},
        OK,
        NOT_FAIL,
        "the story as cited, its byline 'Updated March 3, 2021 · First published May 26, 2020' and a"
        " correction of the contractor's name at its foot (dateModified 2021): corrected, not replaced; it"
        " may"
        " pass or warn, never a mismatch",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-erzya-h1",
        "/20200526/2200001020.html",
        f'title: "Рузаевкасо тейсть од больница" | {ERZYA} | date: 2020-05-26',
        "erzya-not-found-h1.html",
        "'Лопась а муевсь' (Erzya: page not found) in an <h1>, 'Вешнема лопанть арась эли сонзэ нардызь'"
        " under"
        " it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-meadow-mari-title-no-404",
        "/20200527/2300001010.html",
        f'title: "Йошкар-Олаште у больницым почыныт" | {MARI} | date: 2020-05-27',
        "mari-not-found-title.html",
        "'Лаштык муалтын огыл — Олык Увер' (Meadow Mari: page not found) as <title>, the same words in a"
        " styled <p> and 'Кычалме лаштык уке але тудым кораҥдыме' under them, two other stories' links, no"
        " '404' anywhere, served 200: gone",
    ),
    not_found(
        "not-found-adyghe-div",
        "/20200528/2400001010.html",
        f'title: "Мыекъуапэ еджапӀэ кӀэ къыщызэӀуахыгъ" | {ADYGHE} | date: 2020-05-28',
        "adyghe-not-found-div.html",
        "'НэкӀубгъор къэгъотыгъэп' (Adyghe: page not found) in a styled <div>, 'Узылъыхъурэ нэкӀубгъор"
        " щыӀэп е"
        " ар Ӏуахыгъ' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    Scenario(
        "lapsed-domain-push-lure-only-click-allow-to-continue-cited-without-title",
        "/2020/05/29/saransk-tram-line-extended-a97040",
        f"{SENTINEL} | date: 2020-05-29",
        {
            "/2020/05/29/saransk-tram-line-extended-a97040": html(
                "saransk-push-lure-click-allow-continue.html"
            )
        },
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a page that says only 'Click"
        " Allow to continue' under an arrow pointing at the browser's prompt and a progress bar at 92%, a"
        " service worker registered and a push network's script loaded from another host: push-spam's lure,"
        " not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-spanish-loan-lander-lenders-by-name-cited-by-date-only",
        "/2020/05/30/mordovia-grain-harvest-forecast-a97050",
        "date: 2020-05-30",
        {
            "/2020/05/30/mordovia-grain-harvest-forecast-a97050": html(
                "saransk-loan-lander-spanish-names.html"
            )
        },
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed domain serves a Spanish loan lander ('Consigue hasta"
        " 1.000 €"
        " hoy mismo', 'Sin papeleo · Aunque estés en ASNEF · Sin nómina'), four lenders linked by their names"
        " (rel='nofollow sponsored'), no form, 'TAE desde 0 % hasta 3.500 %': the outlet is gone, so is the"
        " story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-trading-lander-no-form-signup-elsewhere-cited-without-title",
        "/politics/1800004050",
        f"{SURA_EN} | date: 2020-05-29",
        {"/politics/1800004050": html("sura-en-trading-lander-no-form.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Members earn up to 300% a"
        " month with Quantum Profit AI' ('Minimum deposit $250', 'Only 9 places left'), no form, its buttons"
        " sending the reader to a sign-up on another host: an investment scam's lander, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "consent-dialog-over-not-found-page-template-dated",
        "/20200529/1800004020.html",
        f'title: "В Мордовии отремонтируют триста километров дорог" | {SURA} | date: 2020-05-29',
        {"/20200529/1800004020.html": html("sura-consent-over-dated-not-found.html")},
        DEAD,
        FAIL,
        "a cookie dialog ('Мы используем файлы cookie', 'Принять все') over the agency's 'Страница не"
        " найдена'"
        " / 'Возможно, она была удалена', under the bare site name; the template carries the day's date"
        " (article:published_time 2024-04-15 and '15 апреля 2024' in the header), served 200: the dialog"
        " hides a dead page, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "registration-wall-h1-over-not-found-h2",
        "/2020/05/31/saransk-river-embankment-reopens-a97060",
        f'title: "Saransk River Embankment Reopens After Two-Year Rebuild" | {SENTINEL} | date: 2020-05-31',
        {"/2020/05/31/saransk-river-embankment-reopens-a97060": html("saransk-regwall-over-not-found.html")},
        DEAD,
        FAIL,
        "a registration dialog ('<h1>Create a free account to keep reading</h1>', an e-mail field, 'Sign in')"
        " over the paper's '<h2>Sorry, we couldn't find that page</h2>' ('may have been removed'), under the"
        " bare site name, served 200: the wall hides a dead page, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "adblock-wall-over-not-found-page-russian",
        "/politika/1800004030",
        f'title: "Госсобрание Мордовии приняло закон о поддержке сельских школ" | {SURA} | date: 2020-05-30',
        {"/politika/1800004030": html("sura-adblock-over-not-found.html")},
        DEAD,
        FAIL,
        "an ad-blocker dialog ('Похоже, вы используете блокировщик рекламы', 'отключите блокировщик ... чтобы"
        " продолжить чтение') over the agency's 'Такой страницы нет' / 'Возможно, её удалили или перенесли'"
        " in a styled <div>, under the bare site name, served 200: the wall hides a dead page, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-phone-scareware-cited-without-title",
        "/politics/1800004060",
        f"{SURA_EN} | date: 2020-05-30",
        {"/politics/1800004060": html("sura-en-scareware-virus-alert.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Security Alert!' ('Your"
        " phone"
        " may be infected with (4) viruses!', '28.1% DAMAGED', a countdown, 'install the recommended security"
        " app', 'Remove viruses now' linking an offer on another host): scareware, not the story",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot36_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot36"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot36_scenario(rot36_run: Run, scenario: Scenario) -> None:
    check_scenario(rot36_run, scenario)


def test_every_scenario_was_reported(rot36_run: Run) -> None:
    assert sorted(rot36_run.results) == sorted(IDS), rot36_run.stderr
