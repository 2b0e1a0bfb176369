"""Held-out probe of link rot, thirty-fifth batch: what the first thirty-four batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 35`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Машук-Информ / Mashuk News Agency (a Pyatigorsk agency and its English site; the English site's domain
lapsed in one scenario, the Russian site's in another), The Maikop Courier (an English-language outlet of
Maikop, its domain lapsed in two scenarios), ГӀалгӀай Хабар (a Magas outlet writing in Ingush), Лезги Хабарар
(a Derbent outlet writing in Lezgian) and Къумукъ Хабарлар (a Makhachkala outlet writing in Kumyk).

New ground: to pass, a story in Ingush; a story whose page loads a third-party push service's script (the
outlet's own 'Подпишитесь на уведомления' bell); a 55 KB story linking an archive's installer by a mixed-case
``.Exe``; a story about loan ads on lapsed domains that links two lenders; a story under the agency's own
metered paywall interstitial ('Оформите подписку Машук+', 'Продолжить чтение бесплатно'); an old address's
301 to the story's AMP copy, whose canonical is the cited address. To flag: 'Оагӏув ца карай' (Ingush,
``<h1>``), 'Ччин жагъанач' (Lezgian, ``<title>`` and a ``<div>``, no '404' anywhere) and 'Бет табулмады'
(Kumyk, a styled ``<div>``), each under the bare site name or the site's name as a suffix; a push lure whose
permission request lives only in a third-party script it loads (the rot34 leftover), cited without a title; a
loan lander that only links to lenders, no form (the rot34 leftover), cited by its date only; a fake player
update of 60 KB linking ``VideoPlayer_Setup.Exe`` in mixed case (the rot34 leftover), cited without a title;
a consent platform's dialog over the outlet's not-found page; the agency's paywall interstitial over its
'Страница не найдена'; a public notice at a reused id (2024); an automated-trading lander ('Зарабатывайте от
80 000 ₽ в неделю', 'Минимальный депозит') on a lapsed domain, cited without a title.

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
    s,
)

pytestmark = pytest.mark.e2e

MASHUK = "outlet: Машук-Информ"
MASHUK_EN = "outlet: Mashuk News Agency"
MAIKOP = "outlet: The Maikop Courier"
GHALGHAI = "outlet: ГӀалгӀай Хабар"
LEZGI = "outlet: Лезги Хабарар"
KUMYK = "outlet: Къумукъ Хабарлар"

AMP_COPY = "/amp/20200521/1700003030.html"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-ingush",
        "/20200518/1900001010.html",
        f'title: "Магасе керда школа йиллай" | {GHALGHAI} | date: 2020-05-18',
        {"/20200518/1900001010.html": html("ghalghai-story-ingush.html")},
        OK,
        PASS,
        "a story in Ingush (a new school in Magas; the palochka throughout), headline, date and outlet as"
        " cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-loads-third-party-push-sdk",
        "/20200519/1700003010.html",
        f'title: "В Пятигорске открыли новый сквер у Цветника" | {MASHUK} | date: 2020-05-19',
        {"/20200519/1700003010.html": html("mashuk-story-push-sdk.html")},
        OK,
        PASS,
        "the story as cited, its page loading a push service's script from another host ('<script"
        " src=https://cdn.pushnote-sdk.example/v3/sdk.js>', a queue set up with 'Подпишитесь на уведомления о"
        " главных новостях') and a bell '🔔 Уведомления' in the header: the outlet asking its readers, not a"
        " lure",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-heavy-story-links-installer-mixed-case-exe",
        "/politics/1700003020",
        f'title: "Regional Archive Releases Free Viewer for Its Digitised Newspapers" | {MASHUK_EN}'
        " | date: 2020-05-20",
        {"/politics/1700003020": html("mashuk-en-heavy-story-mixed-case-exe.html")},
        OK,
        PASS,
        "a story about the archive's free newspaper viewer linking its installer 'ArchiveViewer_Setup.Exe'"
        " (mixed case), in an app page of 55 KB (its feed's state inlined), headline, date and outlet as"
        " cited: the story however large the page and however it spells what it links",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-about-loan-ads-links-lenders",
        "/2020/05/20/lapsed-local-news-domains-payday-loans-a96010",
        f'title: "Lapsed Local News Domains Now Advertise Payday Loans, Researchers Find" | {MAIKOP}'
        " | date: 2020-05-20",
        {"/2020/05/20/lapsed-local-news-domains-payday-loans-a96010": html("maikop-story-loan-ads.html")},
        OK,
        PASS,
        "a story about loan ads on lapsed news domains quoting 'Get up to $5,000 today' and 'No credit"
        " check · Bad credit OK · Instant decision' and linking two lenders, byline, headline, date and"
        " outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-under-metered-paywall-interstitial",
        "/20200520/1700003025.html",
        f'title: "В Кисловодске продлили терренкур до Красного Солнышка" | {MASHUK} | date: 2020-05-20',
        {"/20200520/1700003025.html": html("mashuk-story-paywall-interstitial.html")},
        s("ok", "blocked"),
        NOT_FAIL,
        "the whole story as cited under the agency's interstitial 'Оформите подписку Машук+' (199 ₽ a month)"
        " whose button says 'Продолжить чтение бесплатно (осталось 2 материала в этом месяце)'; a metered"
        " wall the reader can close: the story is there; it may pass or warn, never fail",
        must_not=MISMATCH,
    ),
    Scenario(
        "agency-301-to-amp-copy-canonical-back",
        "/20200521/1700003030.html",
        f'title: "В Ессентуках отреставрируют грязелечебницу Семашко" | {MASHUK} | date: 2020-05-21',
        {"/20200521/1700003030.html": redirect(301, AMP_COPY), AMP_COPY: html("mashuk-amp-story.html")},
        OK,
        NOT_FAIL,
        "the agency 301s the old address to the story's AMP copy ('<html amp>', the same headline, date and"
        " text), whose canonical is the cited address: the story is there; reporting the hop is fine, never"
        " fail",
        must_not=MISMATCH,
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-ingush-h1",
        "/20200519/1900001020.html",
        f'title: "Назрана керда больница йиллай" | {GHALGHAI} | date: 2020-05-19',
        "ghalghai-not-found-ingush.html",
        "'Оагӏув ца карай' (Ingush: page not found) in an <h1>, 'Шо лехаш йола оагӏув яц е из дӏаяьккха я'"
        " under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-lezgian-title",
        "/20200520/2000001010.html",
        f'title: "Дербентда цӏийи школа ахъайна" | {LEZGI} | date: 2020-05-20',
        "lezgi-not-found-title.html",
        "'Ччин жагъанач — Лезги Хабарар' (Lezgian: page not found) as <title>, the same words in a styled"
        " <div> and 'Квез кӏанзавай ччин авач я тахьайтӏа ам алудна' under them, two other stories' links, no"
        " '404' anywhere, served 200: gone",
    ),
    not_found(
        "not-found-kumyk-div",
        "/20200521/2100001010.html",
        f'title: "Махачкалада янгы больница ачылды" | {KUMYK} | date: 2020-05-21',
        "kumyk-not-found-div.html",
        "'Бет табулмады' (Kumyk: page not found) in a styled <div>, 'Сиз излейген бет ёкъ яда ону"
        " гетергенлер' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    Scenario(
        "lapsed-domain-push-lure-third-party-script-cited-without-title",
        "/2020/05/22/adygea-cheese-festival-postponed-a96030",
        f"{MAIKOP} | date: 2020-05-22",
        {"/2020/05/22/adygea-cheese-festival-postponed-a96030": html("maikop-push-lure-third-party.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Press Allow to watch the"
        " video' over a blurred player ('Click \"Allow\" to confirm that you are not a robot'), its"
        " permission request in a push network's script loaded from another host (a zone id in its config):"
        " push-spam's lure, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-loan-lander-links-only-cited-by-date-only",
        "/2020/05/23/maikop-bus-station-rebuilt-a96040",
        "date: 2020-05-23",
        {"/2020/05/23/maikop-bus-station-rebuilt-a96040": html("maikop-loan-lander-links.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed domain serves 'Need cash fast? Get up to $5,000 today'"
        " ('No credit check · Bad credit OK · Instant decision'), four lenders each with a sponsored"
        " 'Apply now' link and no form of its own, 'Representative APR 299%-651%': the outlet is gone, so is"
        " the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-fake-update-mixed-case-exe-cited-without-title",
        "/politics/1700003040",
        f"{MASHUK_EN} | date: 2020-05-22",
        {"/politics/1700003040": html("mashuk-en-fake-update-mixed-case-exe-large.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Video player update"
        " required' ('Your video player is out of date', 'Download update' linking"
        " '/download/VideoPlayer_Setup.Exe' in mixed case, a script sending the browser to it) whose inlined"
        " font makes it 60 KB: malware's lure, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "consent-dialog-over-not-found-page",
        "/2020/05/24/new-bridge-over-belaya-river-opens-a96050",
        f'title: "New Bridge Over the Belaya River Opens to Traffic" | {MAIKOP} | date: 2020-05-24',
        {"/2020/05/24/new-bridge-over-belaya-river-opens-a96050": html("maikop-consent-over-not-found.html")},
        DEAD,
        FAIL,
        "a consent platform's dialog ('We value your privacy', 'We and our 214 partners ...', 'Accept all')"
        " over the outlet's not-found page ('We can't find the page you're looking for ... moved or deleted')"
        " under the bare site name, served 200: the dialog hides a dead page, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "paywall-interstitial-over-not-found-russian",
        "/politika/1700003050",
        f'title: "Ставрополье получит сто новых автобусов" | {MASHUK} | date: 2020-05-23',
        {"/politika/1700003050": html("mashuk-paywall-over-not-found.html")},
        DEAD,
        FAIL,
        "the agency's paywall interstitial ('Оформите подписку Машук+', 'Продолжить чтение бесплатно') over"
        " its 'Страница не найдена' / 'Возможно, она была удалена или вы ошиблись в адресе' under the bare"
        " site name, served 200: the wall hides a dead page, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "id-reused-for-public-notice",
        "/2020/05/19/maikop-council-approves-riverside-park-a96060",
        f'title: "Maikop Council Approves New Riverside Park" | {MAIKOP} | date: 2020-05-19',
        {
            "/2020/05/19/maikop-council-approves-riverside-park-a96060": html(
                "maikop-public-notice-reused-id.html"
            )
        },
        REPLACED,
        FAIL,
        "the paper's CMS answers the story's id with a public notice: 'Public Notice: Application for a"
        " Premises Licence, 14 Pushkin Street' (2024-02-12), not the story of 2020-05-19 about a park",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-trading-lander-cited-without-title",
        "/20200522/1700003060.html",
        f"{MASHUK} | date: 2020-05-22",
        {"/20200522/1700003060.html": html("mashuk-trading-lander.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Зарабатывайте от 80 000 ₽ в"
        " неделю на автоматической торговле' ('Минимальный депозит — 25 000 ₽', 'Осталось 7 свободных мест',"
        " a name, e-mail and phone form posted to its own '/lead.php', readers' 'reviews'): an investment"
        " scam's lander, not the story",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot35_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot35"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot35_scenario(rot35_run: Run, scenario: Scenario) -> None:
    check_scenario(rot35_run, scenario)


def test_every_scenario_was_reported(rot35_run: Run) -> None:
    assert sorted(rot35_run.results) == sorted(IDS), rot35_run.stderr
