"""Held-out probe of link rot, thirty-first batch: what the first thirty batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 31`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Саян-Информ (a regional agency of Kyzyl; its domain lapsed in one scenario), Орлан / Orlan News Agency
(an agency and its English site, whose domain lapsed in two scenarios), The Chita Chronicle (an
English-language outlet of Chita, its domain suspended or lapsed in three scenarios), Кызыл Медээлери (a Kyzyl
agency writing in Tuvan) and Үдэ Мэдээн (an Ulan-Ude outlet writing in Buryat). A national web archive's
framed replay is played as a path, ``/wayback/<timestamp>/<original>`` (its frame at
``/wayback/<timestamp>mp_/<original>``); a web archive's capture as ``/web/<timestamp>/<original>``.

New ground: to pass (or warn), a story about fake macOS updates quoting their words ('open Terminal, press
Cmd+V', a ``.pkg``); a story about crypto wallet drainers quoting 'Connect Wallet to Claim' and 'Free Mint'; a
story about a registrar suspending domains quoting 'This domain has been suspended' and ``clientHold``; a
story in Tuvan; a story under a reader-survey dialog ('Ответьте на 3 вопроса о нашем сайте'); a story cited at
a national web archive's framed replay (the top page holds an empty ``<iframe>`` that a script fills from the
capture's address). To flag: a fake macOS update (a ``.pkg`` and Terminal with Cmd+V, the rot30 leftover); a
registrar's 'This domain has been suspended' page (``clientHold``) and an NFT 'Free Mint' wallet drainer, each
cited without a title (the rot30 leftovers: no title mismatch to lean on); 'Арын тывылбады' (Tuvan, ``<h1>``)
and 'Хуудаһан олдоогүй' (Buryat, ``<title>``); a fake prize survey ('Поздравляем! Вы стали 1 000 000-м
посетителем'); a JavaScript app's shell whose only words are its meta tags ('Страница не найдена' as og:title,
the bare site name as ``<title>``); a lapsed domain's online shop (a ``Product``, 'Add to cart'), cited
without a title; a messenger's QR-code sign-in clone; a web archive's capture of the agency's sign-in page
instead of the story.

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
    s,
)

pytestmark = pytest.mark.e2e

SAYAN = "outlet: Саян-Информ"
ORLAN = "outlet: Орлан"
ORLAN_EN = "outlet: Orlan News Agency"
CHITA = "outlet: The Chita Chronicle"

TRAM = "http://www.chitachronicle.ru/2020/03/05/chita-tram-line-extension-approved-a92030"
REPLAY_AT = f"/wayback/20200306120000/{TRAM}"
REPLAY_FRAME_AT = f"/wayback/20200306120000mp_/{TRAM}"
LOGIN_CAPTURE_AT = "/web/20200312083000/http://www.sayan-inform.ru/20200310/1700001040.html"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    REPLAY_FRAME_AT: html("chita-archive-replay-inner.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-about-fake-mac-updates-quotes-terminal-paste",
        "/2020/03/03/fake-macos-updates-target-businesses-a92010",
        f'title: "Fake macOS Updates Target Chita Businesses, Police Warn" | {CHITA} | date: 2020-03-03',
        {"/2020/03/03/fake-macos-updates-target-businesses-a92010": html("chita-fake-mac-update-story.html")},
        OK,
        PASS,
        "a story about fake macOS updates quoting their words ('macOS Security Update Required', a '.pkg',"
        " 'open Terminal, press Cmd+V and hit Return'), headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-about-wallet-drainers-quotes-connect-wallet",
        "/politics/1160010",
        f"title: \"Central Bank Warns of Crypto 'Airdrop' Sites That Empty Wallets\" | {ORLAN_EN}"
        " | date: 2020-03-03",
        {"/politics/1160010": html("orlan-en-drainer-story.html")},
        OK,
        PASS,
        "a story about wallet drainers quoting 'Free Mint' and 'Connect Wallet to Claim', headline, date and"
        " outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-about-registrar-suspending-domains",
        "/2020/03/06/registrar-suspends-parcel-scam-domains-a92040",
        f'title: "Registrar Suspends Hundreds of Domains Used in Parcel Scams" | {CHITA} | date: 2020-03-06',
        {"/2020/03/06/registrar-suspends-parcel-scam-domains-a92040": html("chita-registrar-story.html")},
        OK,
        PASS,
        "a story about a registrar suspending scam domains, quoting 'This domain has been suspended' and"
        " 'clientHold': the story, whatever a rule for a suspended domain reads",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-in-tuvan",
        "/20200304/1710001010.html",
        'title: "Кызылда чаа эмнелге ажыттынган" | outlet: Кызыл Медээлери | date: 2020-03-04',
        {"/20200304/1710001010.html": html("kyzyl-story-tuvan.html")},
        OK,
        PASS,
        "a story in Tuvan (a new children's hospital in Kyzyl), headline, date and outlet as cited:"
        " the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-under-reader-survey-dialog",
        "/20200307/1700001020.html",
        f'title: "В Кызыле открыли новый мост через Енисей" | {SAYAN} | date: 2020-03-07',
        {"/20200307/1700001020.html": html("sayan-story-survey-overlay.html")},
        OK,
        PASS,
        "the story as cited under the outlet's own reader-survey dialog ('Помогите нам стать лучше!',"
        " 'Ответьте на 3 вопроса о нашем сайте', a subscription as the prize draw): a dialog the reader"
        " closes, the story beneath it",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "cited-national-archive-framed-replay",
        REPLAY_AT,
        f'title: "Chita Tram Line Extension Approved" | {CHITA} | date: 2020-03-05',
        {REPLAY_AT: html("chita-archive-replay-frame.html")},
        s("ok"),
        NOT_FAIL,
        "the writer cited a national web archive's replay page: its top page holds the archive's banner and"
        " an empty <iframe> that a script ('ContentFrame', prefix '/wayback/', timestamp, the original URL)"
        " fills with the capture at '/wayback/<timestamp>mp_/<original>', where the story is, headline and"
        " date as cited; a warning that the copy could not be read fully is right too, not a mismatch",
        must_not=MISMATCH,
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    Scenario(
        "lapsed-domain-fake-macos-update-terminal-paste",
        "/2020/03/08/chita-airport-runway-reopens-a92050",
        f'title: "Chita Airport Runway Reopens After Repairs" | {CHITA} | date: 2020-03-08',
        {"/2020/03/08/chita-airport-runway-reopens-a92050": html("chita-fake-mac-update.html")},
        REPLACED,
        FAIL,
        "the lapsed domain serves a fake macOS update ('macOS Security Update Required', a '.pkg' download,"
        " and 'press Cmd + Space, type Terminal', 'press Cmd + V', a script putting 'curl ... | bash' on the"
        " clipboard): malware's lure, not a check of the outlet's; the story is gone",
        must_not=("moved",),
    ),
    Scenario(
        "registrar-suspended-domain-cited-without-title",
        "/2020/03/09/chita-heating-tariffs-rise-a92060",
        f"{CHITA} | date: 2020-03-09",
        {"/2020/03/09/chita-heating-tariffs-rise-a92060": html("chita-domain-suspended-en.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the registrar shows 'This domain has been suspended'"
        " ('suspended by its registrar', status clientHold) in the site's place: the site is off, the story"
        " not there",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-nft-free-mint-drainer-cited-without-title",
        "/politics/1160020",
        f"{ORLAN_EN} | date: 2020-03-09",
        {"/politics/1160020": html("orlan-en-nft-mint-drainer.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the English site's lapsed domain serves an NFT 'Free"
        " Mint' ('Connect Wallet to Mint', '0 ETH + gas', a countdown, a script asking the wallet for its"
        " accounts): a wallet drainer under the agency's name, not the story",
        must_not=("moved",),
    ),
    not_found(
        "not-found-tuvan-h1",
        "/20200310/1710001020.html",
        'title: "Тываның шериглери шагаа байырлалын демдеглээн" | outlet: Кызыл Медээлери | date: 2020-03-10',
        "kyzyl-not-found-tuvan.html",
        "'Арын тывылбады' (Tuvan: page not found) in the <h1>, 'силерниң дилеп турар арныңар чок азы"
        " казыттынган' under it, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-buryat-title",
        "/20200310/1720001010.html",
        'title: "Үлаан-Үдэдэ шэнэ музей нээгдэбэ" | outlet: Үдэ Мэдээн | date: 2020-03-10',
        "ude-not-found-buryat.html",
        "'Хуудаһан олдоогүй — Үдэ Мэдээн' (Buryat: page not found) as <title>, 'таанарай бэдэрһэн хуудаһан"
        " байхагүй' in a <div>, two other stories' links, no '404' anywhere, served 200: gone",
    ),
    Scenario(
        "lapsed-domain-fake-prize-survey",
        "/20200311/1700001030.html",
        f'title: "В Туве увеличили выплаты многодетным семьям" | {SAYAN} | date: 2020-03-11',
        {"/20200311/1700001030.html": html("sayan-prize-survey.html")},
        REPLACED,
        FAIL,
        "the lapsed domain serves a fake prize survey ('Поздравляем! Вы стали 1 000 000-м посетителем!',"
        " 'Ответьте на 3 простых вопроса и получите iPhone 15 Pro всего за 1 рубль', a timer, today's date"
        " written by a script): a scam, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "spa-shell-not-found-only-in-meta-tags",
        "/politika/9150030",
        f'title: "Лавров обсудил с главой МИД Монголии транзит газа" | {ORLAN} | date: 2020-03-11',
        {"/politika/9150030": html("orlan-spa-notfound-meta.html")},
        s("soft_404"),
        FAIL,
        'a JavaScript app\'s shell served 200 with an empty <div id="app">: its <title> is the bare site'
        " name, its og:title 'Страница не найдена' and its description 'Запрашиваемая страница не существует"
        " или была удалена', noindex: what the app will show is a not-found page; gone",
    ),
    Scenario(
        "lapsed-domain-online-shop-cited-without-title",
        "/2020/03/12/chita-school-meals-contract-a92070",
        f"{CHITA} | date: 2020-03-12",
        {"/2020/03/12/chita-school-meals-contract-a92070": html("chita-fake-store.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves an online shop's product"
        " page (og:type product, a JSON-LD Product with an Offer, a price, 'Add to cart', 'Only 4 left in"
        " stock!') under another name: not the outlet, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-messenger-qr-login-clone",
        "/politics/1160030",
        f'title: "Russia and Mongolia Agree on Gas Transit Route" | {ORLAN_EN} | date: 2020-03-12',
        {"/politics/1160030": html("orlan-en-qr-login-phish.html")},
        s("ok", "soft_404", "blocked"),
        FAIL,
        "the English site's lapsed domain serves a messenger's QR-code sign-in clone ('Log in to Telegram by"
        " QR Code', 'Link Desktop Device', a script polling its own '/qr/status'): a session-stealing page,"
        " no wall of the agency's; the story and the outlet are gone",
        must_not=("moved",),
    ),
    Scenario(
        "cited-archive-capture-of-sign-in-page",
        LOGIN_CAPTURE_AT,
        f'title: "В Туве начали строить железную дорогу Элегест — Кызыл" | {SAYAN} | date: 2020-03-10',
        {LOGIN_CAPTURE_AT: html("sayan-archive-capture-login.html")},
        s("ok", "blocked", "soft_404"),
        NOT_PASS,
        "the writer cited a web archive's capture, which holds the agency's sign-in page ('Вход в личный"
        " кабинет', 'Материал доступен только зарегистрированным читателям') instead of the story: the copy"
        " does not show what was cited; a warning or a failure is right, not a pass",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot31_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot31"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot31_scenario(rot31_run: Run, scenario: Scenario) -> None:
    check_scenario(rot31_run, scenario)


def test_every_scenario_was_reported(rot31_run: Run) -> None:
    assert sorted(rot31_run.results) == sorted(IDS), rot31_run.stderr
