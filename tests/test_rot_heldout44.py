"""Held-out probe of link rot, forty-fourth batch: what the first forty-three batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 44`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r44-*.html``, see its README). The scenarios take the shapes
of the seed article's sources (a news agency's ``/<date>/<id>.html``, an English-language outlet's
``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented names: Labaran Kano (a Kano outlet writing Hausa),
Iindaba zaseMthatha (a Mthatha outlet writing Xhosa), Akụkọ Onitsha (an Onitsha outlet writing Igbo), Amakuru
ya Huye (a Huye outlet writing Kinyarwanda), Nhau dzeMutare (a Mutare outlet writing Shona), Sotkamon
Sanansaattaja (a Sotkamo paper writing Finnish, its domain lapsed in one scenario), Ειδήσεις Καλαμάτας (a
Kalamata outlet writing Greek, its domain lapsed in one scenario), Correio de Paraty (a Paraty paper writing
Portuguese, its domain sold in one scenario) and The Kilkee Observer (an English-language paper).

New ground: to pass, a story in Hausa (hooked letters ɓ ɗ ƙ); a story in Xhosa whose headline and prose say
'ayifumaneki' / 'alifumaneki' (cannot be found: the hospital's money, the evidence), the words of that
language's not-found page; a Finnish story about the town's lapsed domain, quoting its sale lander. To flag:
not-found pages in Xhosa ('Iphepha alifumaneki', ``<h1>``), Hausa ('Ba a sami shafin ba', ``<title>`` and a
styled ``<p>``, no '404'), Igbo ('Ahụghị ibe a', a styled ``<div>``) and Kinyarwanda ('Paji ntiyabonetse',
``<h2>``); a Shona news page whose story is replaced by 'Nyaya iyi haichawanikwi' (this story is no longer
available); a 301 to a Hausa site search with no results, at a path that does not say 'search'; an English
outlet's archived-article notice; a Greek cookie wall served 200 in place of the story; Finnish and Greek
parking pages (their word for a domain: 'verkkotunnus', 'όνομα χώρου'); a domain sold and now a Brazilian
shop whose basket buttons are icons with only an ``aria-label``; Finnish and Portuguese maintenance pages
served 200.

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
    NOT_PASS,
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

KANO = "outlet: Labaran Kano"
MTHATHA = "outlet: Iindaba zaseMthatha"
ONITSHA = "outlet: Akụkọ Onitsha"
HUYE = "outlet: Amakuru ya Huye"
MUTARE = "outlet: Nhau dzeMutare"
SOTKAMO = "outlet: Sotkamon Sanansaattaja"
KALAMATA = "outlet: Ειδήσεις Καλαμάτας"
PARATY = "outlet: Correio de Paraty"
KILKEE = "outlet: The Kilkee Observer"

#: a page served 200 in place of the story while the site is down for maintenance: not a mismatch
DOWN_NOW = s("error", "blocked", "soft_404")

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    "/bincike": html("r44-kano-search-hausa.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-hausa",
        "/20200921/6100001010.html",
        f'title: "Gwamnati ta buɗe sabuwar kasuwa a Ƙofar Mata" | {KANO} | date: 2020-09-21',
        {"/20200921/6100001010.html": html("r44-kano-story-hausa.html")},
        OK,
        PASS,
        "a story in Hausa (the Kano State government opens a new market at Kofar Mata), hooked letters in the"
        " headline, headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-xhosa-story-headlined-ayifumaneki",
        "/20200922/6200001010.html",
        f'title: "Imali yesibhedlele ayifumaneki, utsho umphicothi-zincwadi" | {MTHATHA} | date: 2020-09-22',
        {"/20200922/6200001010.html": html("r44-mthatha-story-xhosa-ayifumaneki.html")},
        OK,
        PASS,
        "a story in Xhosa whose headline says 'ayifumaneki' (the hospital's money cannot be found, says the"
        " auditor) and whose prose quotes 'Iphepha lobungqina alifumaneki' (the evidence document cannot be"
        " found), the words of that language's not-found page; headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-finnish-story-quotes-domain-sale-lander",
        "/20200923/6600001010.html",
        f'title: "Kunnan vanha verkkotunnus myytiin huutokaupassa" | {SOTKAMO} | date: 2020-09-23',
        {"/20200923/6600001010.html": html("r44-sotkamo-story-fi-domain-auction.html")},
        OK,
        PASS,
        "a Finnish story of the town's lapsed domain sold at auction, quoting its sale lander ('Tämä"
        " verkkotunnus on myynnissä') and saying it was parked ('pysäköity'); headline, date and outlet as"
        " cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- gone -----------------------------------------------------------------------------------------------
    not_found(
        "not-found-xhosa-h1",
        "/20200924/6200001020.html",
        f'title: "Isibhedlele esitsha savulwa eMthatha" | {MTHATHA} | date: 2020-09-24',
        "r44-mthatha-not-found-xhosa-h1.html",
        "'Iphepha alifumaneki' (Xhosa: the page cannot be found) in an <h1>, 'Iphepha olikhangelayo alisekho"
        " okanye lisusiwe' (the page you seek is no more or was removed) under it, two other stories' links,"
        " served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-hausa-title-no-404",
        "/20200924/6100001020.html",
        f'title: "An kammala aikin gadar Ƙofar Nassarawa" | {KANO} | date: 2020-09-24',
        "r44-kano-not-found-hausa-title.html",
        "'Ba a sami shafin ba' (Hausa: the page was not found) in the <title> (with the site's name) and in a"
        " styled <p>, 'Shafin da kuke nema babu shi, ko kuma an cire shi' under it, two other stories' links,"
        " no '404' anywhere, served 200: gone",
    ),
    not_found(
        "not-found-igbo-div",
        "/20200925/6300001020.html",
        f'title: "Gọọmentị steeti Anambra emeghere ahịa ọhụrụ na Onitsha" | {ONITSHA} | date: 2020-09-25',
        "r44-onitsha-not-found-igbo-div.html",
        "'Ahụghị ibe a' (Igbo: this page was not found) in a styled <div>, 'Ibe ị na-achọ adịghị ọzọ, ma ọ bụ"
        " e wepụla ya' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-kinyarwanda-h2",
        "/20200925/6400001020.html",
        f'title: "Ikiraro gishya cyuzuye i Huye" | {HUYE} | date: 2020-09-25',
        "r44-huye-not-found-kinyarwanda-h2.html",
        "'Paji ntiyabonetse' (Kinyarwanda: the page was not found) in an <h2>, 'Paji mushaka ntikiriho"
        " cyangwa yarasibwe' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    Scenario(
        "story-no-longer-available-shona",
        "/20200926/6500001020.html",
        f'title: "Kanzuru yeMutare yavhura musika mutsva" | {MUTARE} | date: 2020-09-26',
        {"/20200926/6500001020.html": html("r44-mutare-no-longer-available-shona.html")},
        DEAD,
        FAIL,
        "the news site's story frame with 'Nyaya iyi haichawanikwi.' (Shona: this story is no longer"
        " available) and 'Tine urombo, nyaya yamaitsvaga yakabviswa pawebhusaiti yedu' (sorry, the story"
        " you sought was removed from our website) where the story was, served 200 under the bare site"
        " name: gone",
    ),
    Scenario(
        "redirect-to-empty-search-hausa-path",
        "/20200926/6100001030.html",
        f'title: "Sabuwar gadar Kano za ta ci naira biliyan biyu" | {KANO} | date: 2020-09-26',
        {"/20200926/6100001030.html": redirect(301, "/bincike?q=gadar+kano+sabuwar")},
        DEAD,
        FAIL,
        "a 301 to the site's search ('/bincike', Hausa for search) for the story's words: 'Sakamakon bincike'"
        " (search results) as title and <h1>, a search form (role=search, type=search), 'Ba a sami sakamako"
        " ba' (no results were found): the story is gone",
    ),
    Scenario(
        "archived-by-the-outlet-notice",
        "/2020/09/27/harbour-dredging-plan-a96010",
        f'title: "Harbour dredging plan approved after three-year wait" | {KILKEE} | date: 2020-09-27',
        {"/2020/09/27/harbour-dredging-plan-a96010": html("r44-kilkee-archived-notice.html")},
        DEAD,
        FAIL,
        "'Article archived | The Kilkee Observer' / 'This article has been archived' / 'This article is no"
        " longer available on our website. Under our archive policy, news stories are removed from the site"
        " three years after publication', served 200: the outlet took the story down; gone",
    ),
    Scenario(
        "cookie-wall-only-greek-200",
        "/20200927/6700001010.html",
        f'title: "Νέος παραλιακός πεζόδρομος στην Καλαμάτα" | {KALAMATA} | date: 2020-09-27',
        {"/20200927/6700001010.html": html("r44-kalamata-cookie-wall-el.html")},
        BLOCKED,
        WARN,
        "the story's address answers 200 with a consent manager's dialog only ('Εκτιμούμε την ιδιωτικότητά"
        " σας', cookies, 'Αποδοχή όλων' / 'Απόρριψη' / 'Ρυθμίσεις', a noscript asking to accept or reject"
        " cookies), no story text: behind a click, not gone and not another story",
        must_not=(*MISMATCH, "moved"),
        says=(("consent", "cookie"),),
    ),
    # --- the domain or its site lapsed, sold or down --------------------------------------------------------
    Scenario(
        "parked-finnish-registrar-for-sale",
        "/20200928/6600001020.html",
        f'title: "Vuokatin uusi latuverkosto valmistuu joulukuussa" | {SOTKAMO} | date: 2020-09-28',
        {"/20200928/6600001020.html": html("r44-sotkamo-parked-fi.html")},
        DEAD,
        FAIL,
        "a Finnish registrar's parking lander: '<domain> – Tämä verkkotunnus on myynnissä' as title, a price"
        " in euros, an offer form, 'Osta verkkotunnus', 'Verkkotunnus on pysäköity maksutta rekisteröijän"
        " palveluun. Rekisteröinti on vanhentunut', related searches: the domain lapsed",
        says=PARKED,
    ),
    Scenario(
        "parked-greek-registrar-for-sale",
        "/20200928/6700001020.html",
        f'title: "Ανακαινίζεται το Δημοτικό Θέατρο Καλαμάτας" | {KALAMATA} | date: 2020-09-28',
        {"/20200928/6700001020.html": html("r44-kalamata-parked-el.html")},
        DEAD,
        FAIL,
        "a Greek registrar's parking lander: '<domain> – Το όνομα χώρου είναι προς πώληση' as title, a price"
        " in euros, an offer form, 'Αγοράστε το όνομα χώρου', 'Το όνομα χώρου είναι σταθμευμένο δωρεάν στον"
        " καταχωρητή. Η καταχώριση έχει λήξει', related searches: the domain lapsed",
        says=PARKED,
    ),
    Scenario(
        "domain-sold-now-a-shop-with-icon-only-basket-buttons",
        "/20200929/6800001010.html",
        "date: 2020-09-29",
        {"/20200929/6800001010.html": html("r44-paraty-domain-sold-shop-icon-buttons.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the sold domain answers the story's address with a Brazilian shop's"
        " front page ('Casa Caiçara – Decoração, cama, mesa e banho', four products with prices in reais,"
        " each basket button an icon whose only words are aria-label/title 'Adicionar à sacola', 'Frete"
        " grátis acima de R$ 199', a basket link, returns terms): not the story",
        must_not=("moved",),
    ),
    Scenario(
        "maintenance-finnish-200",
        "/20200929/6600001030.html",
        f'title: "Sotkamon kirjasto laajentaa aukioloaikojaan" | {SOTKAMO} | date: 2020-09-29',
        {"/20200929/6600001030.html": html("r44-sotkamo-maintenance-fi.html")},
        DOWN_NOW,
        NOT_PASS,
        "'Huoltokatko – Sotkamon Sanansaattaja' / 'Huoltokatko' / 'Sivustolla tehdään parhaillaan"
        " huoltotöitä. Palvelu on taas käytettävissä pian', served 200: the site is down for maintenance;"
        " not another article",
        must_not=MISMATCH,
    ),
    Scenario(
        "maintenance-portuguese-200",
        "/20200930/6800001020.html",
        f'title: "Paraty ganha nova ciclovia até Jabaquara" | {PARATY} | date: 2020-09-30',
        {"/20200930/6800001020.html": html("r44-paraty-maintenance-pt.html")},
        DOWN_NOW,
        NOT_PASS,
        "'Site em manutenção – Correio de Paraty' / 'Estamos em manutenção' / 'O site ... está passando por"
        " uma manutenção programada. Voltamos em breve', served 200: the site is down for maintenance; not"
        " another article",
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot44_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot44"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot44_scenario(rot44_run: Run, scenario: Scenario) -> None:
    check_scenario(rot44_run, scenario)


def test_every_scenario_was_reported(rot44_run: Run) -> None:
    assert sorted(rot44_run.results) == sorted(IDS), rot44_run.stderr
