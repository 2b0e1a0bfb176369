"""Held-out probe of link rot, thirtieth batch: what the first twenty-nine batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 30`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Лена-Информ (a regional agency of Yakutsk; its domain suspended by its registrar in one scenario),
Кондор / Kondor News Agency (an agency and its English site, whose domain lapsed in one scenario), The Amur
Sentinel (an English-language outlet of Blagoveshchensk, its domain lapsed or hijacked in three scenarios),
Өлүөнэ Сонуннара (a Yakutsk agency writing in Sakha) and Сӑвар Хыпарӗ (a Cheboksary agency writing in
Chuvash). A national library's web archive is played as a path, ``/webarchive/<timestamp>/<original>``.

New ground: to pass (or warn), a story about phishing that quotes a fake sign-in page's words ('Введите логин
и пароль', 'ПИН-код'); a story in Sakha; a story moved by a 301 to its print version (``window.print()``,
noindex, its canonical the old address); a story cited at a national library's web archive (a banner, a
``Memento-Datetime`` header and a ``Link: rel="original"`` header); a story an old server sends in UTF-16
with a byte-order mark; an archived story marked noindex (a meta and an ``X-Robots-Tag`` header). To flag:
'Сирэй булуллубата' (Sakha, ``<h1>``) and 'Страница тупӑнмарӗ' (Chuvash, ``<title>``, no '404' anywhere); a
not-found message drawn only in an inline SVG's ``<text>`` under the bare site name; a lapsed domain's
document-sharing phishing page asking for a password alone and posting to its own host, cited without a title
(the rot29 leftover: no title mismatch to lean on); a lapsed domain's bank sign-in clone asking for a
password, a card number and the card's PIN, posting to its own host (the rot29 leftover's other half); a fake
browser update ('Your browser is out of date', an ``.exe``); a registrar's page for a suspended domain
('Работа домена приостановлена'); a lapsed domain's crypto 'airdrop' (a wallet drainer); a national library's
archived copy readable only in its reading rooms (legal deposit); a hijacked domain's fake captcha telling the
reader to press Win+R and paste a command ('ClickFix').

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
    FAIL,
    FIXTURES,
    MISMATCH,
    NOT_FAIL,
    NOT_PASS,
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
    raw,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

LENA = "outlet: Лена-Информ"
KONDOR = "outlet: Кондор"
KONDOR_EN = "outlet: Kondor News Agency"
AMUR = "outlet: The Amur Sentinel"

PRINT_AT = "/print/politika/9140010"
AMUR_BRIDGE = "http://www.amursentinel.ru/2020/02/12/blagoveshchensk-bridge-toll-a91010"
ARCHIVED_AT = f"/webarchive/20200213101500/{AMUR_BRIDGE}"
LEGAL_DEPOSIT_AT = (
    "/webarchive/20200218064000/http://www.amursentinel.ru/2020/02/17/belogorsk-sugar-plant-closes-a91060"
)


def _utf16(name: str) -> bytes:
    """The page's text as an old server stores it: UTF-16, little-endian, after a byte-order mark."""
    return "\ufeff".encode("utf-16-le") + (FIXTURES / name).read_text("utf-8").encode("utf-16-le")


SHARED: dict[str, Page] = {
    "/": html("home.html"),
    PRINT_AT: html("kondor-print-version.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-about-phishing-quotes-password-prompt",
        "/20200211/1600001010.html",
        f'title: "В Якутии выросло число фишинговых атак на клиентов банков" | {LENA} | date: 2020-02-11',
        {"/20200211/1600001010.html": html("lena-phishing-warning-story.html")},
        OK,
        PASS,
        "a story about fake bank sign-in pages, quoting their words ('Введите логин и пароль',"
        " 'номер карты и даже ПИН-код'), headline, date and outlet as cited: the story, whatever a rule for"
        " phishing reads",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-in-sakha",
        "/20200211/1610001010.html",
        'title: "Дьокуускайга саҥа оскуола аһылынна" | outlet: Өлүөнэ Сонуннара | date: 2020-02-11',
        {"/20200211/1610001010.html": html("olune-story-sakha.html")},
        OK,
        PASS,
        "a story in Sakha (a new school in Yakutsk), headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "moved-to-print-version",
        "/politika/9140010",
        f'title: "Путин и премьер Ирака обсудили сотрудничество в энергетике" | {KONDOR} | date: 2020-02-12',
        {"/politika/9140010": redirect(301, PRINT_AT)},
        OK,
        NOT_FAIL,
        "after a redesign the old address 301s to the story's print version ('Версия для печати', no chrome,"
        " window.print(), noindex, its canonical the old address): the headline, date and text as cited;"
        " a 'moved' warning is right too",
        must_not=MISMATCH,
    ),
    Scenario(
        "national-web-archive-capture-with-memento-headers",
        ARCHIVED_AT,
        f'title: "Blagoveshchensk Bridge Toll Set Ahead of Opening" | {AMUR} | date: 2020-02-12',
        {
            ARCHIVED_AT: html(
                "amur-national-archive-capture.html",
                **{
                    "Memento-Datetime": "Thu, 13 Feb 2020 10:15:00 GMT",
                    "Link": f'<{AMUR_BRIDGE}>; rel="original"',
                },
            )
        },
        OK,
        NOT_FAIL,
        "the writer cited a national library's archived copy (its banner, Memento-Datetime and"
        ' rel="original" headers) of the story: headline, date and outlet as cited; a note that it is an'
        " archived copy is right too",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-story-served-as-utf16",
        "/2020/02/13/zeya-dam-spillway-repairs-a91020",
        f'title: "Zeya Dam Spillway Repairs to Finish by Summer" | {AMUR} | date: 2020-02-13',
        {
            "/2020/02/13/zeya-dam-spillway-repairs-a91020": raw(
                _utf16("amur-utf16-story.html"), "text/html; charset=utf-16"
            )
        },
        OK,
        PASS,
        "an old server stores and sends the page in UTF-16 with a byte-order mark (the charset in the header"
        " and the meta): a browser shows the story, headline and date as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-archived-story-noindex-headers",
        "/politika/9140020",
        f'title: "Россия и Ирак подписали меморандум о транспортном коридоре" | {KONDOR} | date: 2020-02-13',
        {
            "/politika/9140020": html(
                "kondor-archived-noindex.html", **{"X-Robots-Tag": "noindex, nofollow, noarchive"}
            )
        },
        OK,
        PASS,
        "the story as cited, kept in the agency's archive under 'Архив. Материалы старше трёх лет не"
        " индексируются поисковыми системами', '- Архив -' in its <title>, noindex in a meta and an"
        " X-Robots-Tag header: hidden from search engines, there for readers",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-sakha-h1",
        "/20200214/1610001020.html",
        'title: "Нерюҥрига саҥа суол тутуллуо" | outlet: Өлүөнэ Сонуннара | date: 2020-02-14',
        "olune-not-found-sakha.html",
        "'Сирэй булуллубата' (Sakha: page not found) in the <h1>, 'Бырастыы гыныҥ, эһиги көрдүүр"
        " сирэйгит суох эбэтэр сотуллубут' under it, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-chuvash-title-no-404",
        "/20200214/1620001010.html",
        'title: "Шупашкарта ҫӗнӗ кӗпер уҫрӗҫ" | outlet: Сӑвар Хыпарӗ | date: 2020-02-14',
        "suvar-not-found-chuvash.html",
        "'Страница тупӑнмарӗ — Сӑвар Хыпарӗ' (Chuvash: page not found) as <title>, 'Каҫарӑр, эсир шыракан"
        " страница ҫук' in the body, two other stories' links, no '404' anywhere, served 200: gone",
    ),
    not_found(
        "not-found-message-only-in-inline-svg",
        "/20200215/1600001020.html",
        f'title: "В Якутске открыли ледовую переправу через Лену" | {LENA} | date: 2020-02-15',
        "lena-404-svg-text.html",
        "under the bare site name, the page's only message is drawn in an inline SVG's <text>: 'Упс! Страница"
        " не найдена', 'Возможно, она была удалена или вы ошиблись в адресе', and 'На главную': gone",
    ),
    Scenario(
        "lapsed-domain-document-phish-password-only-cited-without-title",
        "/2020/02/15/blagoveshchensk-airport-terminal-a91030",
        f"{AMUR} | date: 2020-02-15",
        {"/2020/02/15/blagoveshchensk-airport-terminal-a91030": html("amur-pdf-phish-password-only.html")},
        s("ok", "soft_404", "blocked"),
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a document-sharing phishing"
        " page ('You have received a secure document', 'Enter the password of your email account') with a"
        " single password field posted to its own '/next.php': no sign-in of the outlet's; the story and the"
        " outlet are gone",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-bank-sign-in-clone-asks-pin-own-host",
        "/politics/1150010",
        f'title: "Iraqi Oil Minister Visits Moscow for Talks on Energy Projects" | {KONDOR_EN}'
        " | date: 2020-02-16",
        {"/politics/1150010": html("kondor-en-bank-pin-phish.html")},
        s("ok", "soft_404", "blocked"),
        FAIL,
        "the English site's lapsed domain serves a bank's sign-in clone ('Online Banking - Sign In', a"
        " customer id, a password, a card number, its expiry and the 'ATM PIN', posted to its own"
        " '/login/verify.php'): no bank asks for a PIN on the web, and no news agency's wall is a bank's;"
        " the story and the outlet are gone",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-fake-browser-update",
        "/2020/02/16/tynda-rail-depot-upgrade-a91040",
        f'title: "Tynda Rail Depot Upgrade Completed" | {AMUR} | date: 2020-02-16',
        {"/2020/02/16/tynda-rail-depot-upgrade-a91040": html("amur-fake-browser-update.html")},
        REPLACED,
        FAIL,
        "the lapsed domain serves a fake browser update ('Your browser is out of date', 'Update now' linking"
        " to an .exe): malware's lure, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "domain-suspended-by-registrar",
        "/20200217/1600001030.html",
        f'title: "В Мирном открылась новая поликлиника" | {LENA} | date: 2020-02-17',
        {"/20200217/1600001030.html": html("lena-registrar-suspended.html")},
        REPLACED,
        FAIL,
        "the registrar shows its own page in the site's place ('Работа домена lena-inform.ru приостановлена',"
        " 'Делегирование домена приостановлено регистратором'): the site is off, the story not there",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-crypto-airdrop-wallet-drainer",
        "/politics/1150020",
        f'title: "Russia and Iraq Sign Memorandum on Transport Corridor" | {KONDOR_EN} | date: 2020-02-17',
        {"/politics/1150020": html("kondor-en-airdrop-drainer.html")},
        REPLACED,
        FAIL,
        "the English site's lapsed domain serves a crypto 'airdrop' ('KONDOR Airdrop | Claim Your Tokens',"
        " 'Connect Wallet to Claim', a countdown): a wallet drainer under the agency's name, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "national-web-archive-copy-reading-room-only",
        LEGAL_DEPOSIT_AT,
        f'title: "Belogorsk Sugar Plant to Close After 70 Years" | {AMUR} | date: 2020-02-17',
        {LEGAL_DEPOSIT_AT: html("amur-legal-deposit-reading-room.html")},
        s("blocked", "soft_404"),
        NOT_PASS,
        "the writer cited a national library's archived copy, which answers 'This archived page is available"
        " in our reading rooms only' (collected under legal deposit): the copy exists but cannot be read"
        " online; blocked (a wall) or gone for the reader, either is right, but it must not pass",
        must_not=("moved",),
    ),
    Scenario(
        "hijacked-domain-fake-captcha-run-command",
        "/2020/02/18/vostochny-cosmodrome-road-reopens-a91050",
        f'title: "Road to Vostochny Cosmodrome Reopens After Snowstorm" | {AMUR} | date: 2020-02-18',
        {"/2020/02/18/vostochny-cosmodrome-road-reopens-a91050": html("amur-clickfix-captcha.html")},
        REPLACED,
        FAIL,
        "'Verify you are human' with an 'I'm not a robot' box that copies a PowerShell command to the"
        " clipboard and tells the reader to press Windows+R, CTRL+V and Enter (a 'ClickFix' lure): no bot"
        " check of the outlet's but malware; the story is gone",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot30_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot30"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot30_scenario(rot30_run: Run, scenario: Scenario) -> None:
    check_scenario(rot30_run, scenario)


def test_every_scenario_was_reported(rot30_run: Run) -> None:
    assert sorted(rot30_run.results) == sorted(IDS), rot30_run.stderr
