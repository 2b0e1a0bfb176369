"""Held-out probe of link rot, forty-seventh batch: what rot46 left, and what no batch played yet.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 47`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r47-*.html``, see its README). The scenarios take the shape
of the seed article's news-agency sources (``/<date>/<id>.html``; four English papers use dated slugs), under
invented names: Joniškio žinia (Lithuanian), Kuldīgas Vēstnesis (Latvian), Haapsalu Kuulutaja (Estonian),
Zvolenský hlásnik (Slovak), Ловешки куриер (Bulgarian), Гласник Ариља (Serbian, Cyrillic), Hamarøy Budstikke
(Norwegian Bokmål), Kurier Sanocki (Polish), Dokkumer Courant (Dutch), Bartın Postası (Turkish), The Ullapool
Ledger, The Rye Chronicle, The Hexham Bell and The Kendal Courier (English), and Nordlicht Wohnen (a German
homeware shop on a sold domain).

What rot46 left: maintenance pages in Lithuanian ('Vyksta techniniai darbai', 'Svetainė laikinai neveikia'),
Latvian ('Notiek tehniskie darbi'), Estonian ('Lehel toimuvad hooldustööd'), Slovak ('Stránka je v údržbe'),
Bulgarian ('Сайтът е в профилактика', 'Сайтът временно е недостъпен'), Serbian Cyrillic ('Сајт је тренутно у
одржавању') and Norwegian ('Nettstedet er under vedlikehold'); a host's page for a domain pointed at it with
no site, in Polish ('Strona nie jest skonfigurowana'), Dutch ('Website niet geconfigureerd') and Turkish
('Site yapılandırılmamış'); a shop page whose basket button carries no product id at all (one product's page:
a price in euros with 'inkl. MwSt.', a quantity field, schema.org Product/Offer JSON-LD, ``og:type`` product,
a wordless icon button).

New ground: to pass, a Lithuanian story whose headline says 'vyksta techniniai darbai' (works on a viaduct)
and an English product review whose JSON-LD names a Product with an Offer and whose prose gives its price. To
flag: Apache's Debian default page ('Apache2 Debian Default Page: It works') at the story's address after the
server was rebuilt; a bare PHP 'Parse error: syntax error' served 200; nginx's '502 Bad Gateway' page served
200 by a front proxy.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.test_rot_heldout import (
    FAIL,
    MISMATCH,
    NOT_PASS,
    OK,
    PASS,
    REPLACED,
    Run,
    Scenario,
    _param,
    check_scenario,
    html,
    play,
    s,
)

pytestmark = pytest.mark.e2e

JONISKIS = "outlet: Joniškio žinia"
KULDIGA = "outlet: Kuldīgas Vēstnesis"
HAAPSALU = "outlet: Haapsalu Kuulutaja"
ZVOLEN = "outlet: Zvolenský hlásnik"
LOVECH = "outlet: Ловешки куриер"
ARILJE = "outlet: Гласник Ариља"
HAMAROY = "outlet: Hamarøy Budstikke"
SANOK = "outlet: Kurier Sanocki"
DOKKUM = "outlet: Dokkumer Courant"
BARTIN = "outlet: Bartın Postası"
ULLAPOOL = "outlet: The Ullapool Ledger"
RYE = "outlet: The Rye Chronicle"
HEXHAM = "outlet: The Hexham Bell"
KENDAL = "outlet: The Kendal Courier"

#: a page served 200 in place of the story while the site is down or switched off: not a mismatch
DOWN_NOW = s("error", "blocked", "soft_404")

SHARED = {"/": html("home.html")}


def _down(sid: str, path: str, fields: str, page: str, why: str) -> Scenario:
    """A page served 200 at the story's address saying the site is down, unconfigured or broken."""
    return Scenario(sid, path, fields, {path: html(page)}, DOWN_NOW, NOT_PASS, why, must_not=MISMATCH)


SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-lithuanian-story-headlined-technical-works",
        "/20201102/9400001010.html",
        f'title: "Ant Žagarės gatvės viaduko vyksta techniniai darbai: eismas ribojamas savaitei"'
        f" | {JONISKIS} | date: 2020-11-02",
        {"/20201102/9400001010.html": html("r47-joniskis-story-lt-viaduct-works.html")},
        OK,
        PASS,
        "a Lithuanian story whose headline says 'vyksta techniniai darbai' (technical works under way, on a"
        " viaduct) and whose prose quotes the road sign 'Vyksta techniniai darbai'; headline, date and outlet"
        " as cited: the story, not a maintenance page",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-english-product-review-with-product-json-ld",
        "/lifestyle/2020/11/05/swiftboil-kettle-review",
        f'title: "Review: the £89 kettle that promises a cup in sixty seconds" | {KENDAL} | date: 2020-11-05',
        {"/lifestyle/2020/11/05/swiftboil-kettle-review": html("r47-kendal-story-kettle-review.html")},
        OK,
        PASS,
        "a paper's product review: its JSON-LD is a Review whose itemReviewed is a Product with an Offer in"
        " GBP, its prose gives the price ('Price: £89.00') and where to buy; headline, date and outlet as"
        " cited: the story, not a shop",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- the site down for maintenance (served 200) ---------------------------------------------------------
    _down(
        "maintenance-lithuanian-200",
        "/20201103/9400001030.html",
        f'title: "Joniškio turguje atsiras nauji prekystaliai" | {JONISKIS} | date: 2020-11-03',
        "r47-joniskis-maintenance-lt.html",
        "'Vyksta techniniai darbai – Joniškio žinia' / 'Svetainė laikinai neveikia' / 'Netrukus grįšime!',"
        " served 200: the site is down for maintenance; not another article",
    ),
    _down(
        "maintenance-latvian-200",
        "/20201103/9500001030.html",
        f'title: "Kuldīgā atjaunos Ventas rumbas gājēju taku" | {KULDIGA} | date: 2020-11-03',
        "r47-kuldiga-maintenance-lv.html",
        "'Notiek tehniskie darbi | Kuldīgas Vēstnesis' / 'Mājaslapa īslaicīgi nav pieejama', served 200: the"
        " site is down for maintenance; not another article",
    ),
    _down(
        "maintenance-estonian-200",
        "/20201104/9600001030.html",
        f'title: "Haapsalu promenaadile tuleb uus valgustus" | {HAAPSALU} | date: 2020-11-04',
        "r47-haapsalu-maintenance-et.html",
        "'Hooldustööd – Haapsalu Kuulutaja' / 'Lehel toimuvad hooldustööd' / 'Veebileht on ajutiselt"
        " kättesaamatu. Oleme varsti tagasi', served 200: the site is down for maintenance",
    ),
    _down(
        "maintenance-slovak-200",
        "/20201104/9700001030.html",
        f'title: "Zvolen opraví lávku cez Hron" | {ZVOLEN} | date: 2020-11-04',
        "r47-zvolen-maintenance-sk.html",
        "'Stránka je v údržbe | Zvolenský hlásnik' / 'Práve prebieha plánovaná údržba webu. Čoskoro sme"
        " späť', served 200: the site is down for maintenance",
    ),
    _down(
        "maintenance-bulgarian-200",
        "/20201105/9800001030.html",
        f'title: "Покритият мост в Ловеч ще бъде осветен наново" | {LOVECH} | date: 2020-11-05',
        "r47-lovech-maintenance-bg.html",
        "'Сайтът е в профилактика – Ловешки куриер' / 'Сайтът временно е недостъпен' / 'извършваме"
        " планирана профилактика', served 200: the site is down for maintenance",
    ),
    _down(
        "maintenance-serbian-cyrillic-200",
        "/20201105/9900001030.html",
        f'title: "Ариље добија нови мост преко Моравице" | {ARILJE} | date: 2020-11-05',
        "r47-arilje-maintenance-sr-cyrl.html",
        "'Сајт је у припреми | Гласник Ариља' / 'Сајт је тренутно у одржавању' / 'Ускоро се враћамо',"
        " served 200: the site is down for maintenance",
    ),
    _down(
        "maintenance-norwegian-200",
        "/20201106/9910001030.html",
        f'title: "Ny hurtigbåtkai på Oppeid tas i bruk" | {HAMAROY} | date: 2020-11-06',
        "r47-hamaroy-maintenance-nb.html",
        "'Vedlikehold – Hamarøy Budstikke' / 'Nettstedet er under vedlikehold' / 'Vi er snart tilbake',"
        " served 200: the site is down for maintenance",
    ),
    # --- a host's page for a domain with no site ------------------------------------------------------------
    _down(
        "host-default-site-not-configured-polish",
        "/20201106/9920001020.html",
        f'title: "Sanok: remont mostu na Sanie potrwa do wiosny" | {SANOK} | date: 2020-11-06',
        "r47-sanok-host-not-configured-pl.html",
        "a host's page 'Strona nie jest skonfigurowana' / 'Brak skonfigurowanej strony dla tej domeny' /"
        " 'Domena jest poprawnie skierowana na nasze serwery, ale nie skonfigurowano jeszcze dla niej żadnej"
        " strony', served 200: the paper's site is not served there any more",
    ),
    _down(
        "host-default-site-not-configured-dutch",
        "/20201107/9930001020.html",
        f'title: "Dokkum krijgt een nieuwe brug over het Grootdiep" | {DOKKUM} | date: 2020-11-07',
        "r47-dokkum-host-not-configured-nl.html",
        "a host's page 'Website niet geconfigureerd' / 'Er is nog geen website geconfigureerd voor dit"
        " domein' / 'Dit domein verwijst naar onze servers', served 200: the paper's site is not served there"
        " any more",
    ),
    _down(
        "host-default-site-not-configured-turkish",
        "/20201107/9940001020.html",
        f'title: "Bartın\'da Kemer Köprü için restorasyon başladı" | {BARTIN} | date: 2020-11-07',
        "r47-bartin-host-not-configured-tr.html",
        "a host's page 'Site yapılandırılmamış' / 'Bu alan adı için yapılandırılmış bir site yok' / 'Alan adı"
        " sunucularımıza doğru şekilde yönlendirilmiş', served 200: the paper's site is not served there any"
        " more",
    ),
    # --- the server answers, the site does not --------------------------------------------------------------
    _down(
        "apache-debian-default-page-200",
        "/news/2020/11/08/ferry-timetable-changes",
        f'title: "Winter ferry timetable cuts Sunday sailings" | {ULLAPOOL} | date: 2020-11-08',
        "r47-ullapool-apache-default-page.html",
        "'Apache2 Debian Default Page: It works' ('replace this file … /var/www/html/index.html', 'the site"
        " is currently unavailable due to maintenance') at the story's address, served 200: the server was"
        " rebuilt and serves no site; nothing of the story, no other story",
    ),
    _down(
        "php-parse-error-200",
        "/news/2020/11/09/mermaid-street-resurfacing",
        f'title: "Mermaid Street cobbles to be relaid by hand" | {RYE} | date: 2020-11-09',
        "r47-rye-php-parse-error.html",
        "a bare 'Parse error: syntax error, unexpected token \"}\" … functions.php on line 212' served 200"
        " and nothing else: the site's code is broken; the page cannot be read",
    ),
    _down(
        "bad-gateway-page-served-200",
        "/news/2020/11/10/abbey-roof-appeal",
        f'title: "Abbey roof appeal passes its target" | {HEXHAM} | date: 2020-11-10',
        "r47-hexham-bad-gateway-200.html",
        "nginx's '502 Bad Gateway' page (title and <h1>) served with status 200 by a front proxy: the site"
        " behind it is down; not a story with that headline",
    ),
    # --- the domain sold ------------------------------------------------------------------------------------
    Scenario(
        "domain-sold-shop-product-page-no-product-id",
        "/20201111/9950001010.html",
        "date: 2020-11-11",
        {"/20201111/9950001010.html": html("r47-nordlicht-shop-product-page.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the sold domain answers the story's address with a German shop's"
        " product page ('Leinenkissen Düne, 45 × 45 cm | Nordlicht Wohnen', '34,95 €' 'inkl. MwSt.', a"
        " 'Menge' quantity field, og:type product, schema.org Product with an Offer in EUR, a wordless basket"
        " icon button with no id or product id, bound by '/static/laden.min.js'): not the story",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot47_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot47"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot47_scenario(rot47_run: Run, scenario: Scenario) -> None:
    check_scenario(rot47_run, scenario)


def test_every_scenario_was_reported(rot47_run: Run) -> None:
    assert sorted(rot47_run.results) == sorted(IDS), rot47_run.stderr
