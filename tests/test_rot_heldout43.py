"""Held-out probe of link rot, forty-third batch: what the first forty-two batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 43`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an English-language outlet's
``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented names: Ìròyìn Ìbàdàn (an Ibadan outlet writing Yoruba, on
a lapsed hosting plan in one scenario), Izindaba zaseMgungundlovu (a Pietermaritzburg outlet writing Zulu, its
domain lapsed in one scenario), Feon'i Toamasina (a Toamasina outlet writing Malagasy, its domain sold in one
scenario), Naidheachd Steòrnabhaigh (a Stornoway outlet writing Scottish Gaelic), Ngā Kōrero o Rotorua (a
Rotorua outlet writing Māori), Lo Cridaire de Tolosa (a Toulouse outlet writing Occitan, its domain lapsed in
one scenario), The Stornoway Record (an English-language paper), Wieści znad Hańczy (a Suwałki paper writing
Polish) and Tornedalens Röst (a Haparanda paper writing Swedish).

New ground: to pass, a story in Yoruba (tone marks and under-dots); a story in Malagasy whose headline and
prose say 'tsy hita' (not found: three fishermen still missing), the words of that language's not-found page;
a story in Scottish Gaelic; an English story about a council site's outage quoting a maintenance notice and an
expired-hosting notice. To flag: not-found pages in Yoruba ('A kò rí ojú-ìwé yìí', ``<h1>``), Zulu ('Ikhasi
alitholakalanga', ``<title>`` and a styled ``<p>``, no '404' anywhere), Malagasy ('Tsy hita ny pejy', a styled
``<div>``), Scottish Gaelic ('Cha deach an duilleag a lorg', ``<h2>``), Māori ('Kāore i kitea te whārangi',
``<title>`` and ``<h1>``) and Occitan ('Pagina pas trobada', ``<h1>``); a Swedish registrar's parking page and
a Hungarian parker's; a domain sold and now a Danish shop; an Indonesian host's expired-plan notice; a Polish
maintenance page served 200; a Swedish sign-in wall behind a 302.

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

IBADAN = "outlet: Ìròyìn Ìbàdàn"
IZINDABA = "outlet: Izindaba zaseMgungundlovu"
TOAMASINA = "outlet: Feon'i Toamasina"
STEORNABHAGH = "outlet: Naidheachd Steòrnabhaigh"
ROTORUA = "outlet: Ngā Kōrero o Rotorua"
TOLOSA = "outlet: Lo Cridaire de Tolosa"
RECORD = "outlet: The Stornoway Record"
HANCZA = "outlet: Wieści znad Hańczy"
TORNEDALEN = "outlet: Tornedalens Röst"

#: a page served 200 in place of the story while the site is down or switched off: not a mismatch
DOWN_NOW = s("error", "blocked", "soft_404")

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-yoruba",
        "/20200911/5100001010.html",
        f'title: "Ìjọba ìpínlẹ̀ Ọ̀yọ́ ṣí ọjà tuntun ní Bodija" | {IBADAN} | date: 2020-09-11',
        {"/20200911/5100001010.html": html("ibadan-story-yoruba.html")},
        OK,
        PASS,
        "a story in Yoruba (the Oyo State government opens a new market in Bodija), tone marks and under-dots"
        " in the headline, headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-malagasy-story-headlined-tsy-hita",
        "/20200912/5300001010.html",
        f'title: "Mbola tsy hita ireo mpanjono telo lasan\'ny rivotra tany Toamasina" | {TOAMASINA}'
        " | date: 2020-09-12",
        {"/20200912/5300001010.html": html("toamasina-story-malagasy-tsy-hita.html")},
        OK,
        PASS,
        "a story in Malagasy whose headline and prose say 'tsy hita' (not found: 'Mbola tsy hita ireo"
        " mpanjono telo', three fishermen still missing; 'Tsy hita ihany koa ny lakana'), the words of"
        " that language's not-found page, headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-in-scottish-gaelic",
        "/20200913/5400001010.html",
        f'title: "Drochaid ùr air a fosgladh ann an Tairbeart" | {STEORNABHAGH} | date: 2020-09-13',
        {"/20200913/5400001010.html": html("steornabhagh-story-gaelic.html")},
        OK,
        PASS,
        "a story in Scottish Gaelic (a new bridge opened in Tarbert, Harris), headline, date and outlet as"
        " cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-english-story-quotes-maintenance-and-expired-hosting-notices",
        "/2020/09/14/council-website-down-a95010",
        f'title: "Council website down for two days after failed upgrade" | {RECORD} | date: 2020-09-14',
        {"/2020/09/14/council-website-down-a95010": html("record-story-site-outage-quotes-notices.html")},
        OK,
        PASS,
        "the paper's story of the council's website outage, quoting the notices its readers met ('This site"
        " is currently undergoing scheduled maintenance. We'll be back shortly.', 'The hosting account for"
        " this website has expired'), headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- gone -----------------------------------------------------------------------------------------------
    not_found(
        "not-found-yoruba-h1",
        "/20200915/5100001020.html",
        f'title: "Àwọn àgbẹ̀ kòkó ní Ìbàdàn ń bèèrè owó tó pọ̀ sí i" | {IBADAN} | date: 2020-09-15',
        "ibadan-not-found-yoruba-h1.html",
        "'A kò rí ojú-ìwé yìí' (Yoruba: we did not find this page) in an <h1>, 'Ojú-ìwé tí ẹ ń wá kò sí mọ́"
        " tàbí a ti yọ ọ́ kúrò' (the page you seek is no more, or was removed) under it, two other stories'"
        " links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-zulu-title-no-404",
        "/20200915/5200001020.html",
        f'title: "Umkhandlu wakha imigwaqo emisha e-Edendale" | {IZINDABA} | date: 2020-09-15',
        "izindaba-not-found-zulu-title.html",
        "'Ikhasi alitholakalanga' (Zulu: the page was not found) in the <title> (with the site's name) and in"
        " a styled <p>, 'Ikhasi olifunayo alisekho noma selisusiwe' under it, two other stories' links, no"
        " '404' anywhere, served 200: gone",
    ),
    not_found(
        "not-found-malagasy-div",
        "/20200916/5300001020.html",
        f'title: "Nisokatra ny lalana vaovao mankany Foulpointe" | {TOAMASINA} | date: 2020-09-16',
        "toamasina-not-found-malagasy-div.html",
        "'Tsy hita ny pejy' (Malagasy: the page was not found) in a styled <div>, 'Tsy misy intsony ny pejy"
        " notadiavinao na efa voafafa' under it, two other stories' links, served 200 under the bare site"
        " name: gone",
    ),
    not_found(
        "not-found-scottish-gaelic-h2",
        "/20200916/5400001020.html",
        f'title: "Aiseag ùr airson Loch Baghasdail" | {STEORNABHAGH} | date: 2020-09-16',
        "steornabhagh-not-found-gaelic-h2.html",
        "'Cha deach an duilleag a lorg' (Scottish Gaelic: the page was not found) in an <h2>, 'Chan eil an"
        " duilleag a bha thu a' sireadh ann tuilleadh, no chaidh a sguabadh às' under it, two other stories'"
        " links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-maori-title-and-h1",
        "/20200917/5500001020.html",
        f'title: "Ka whakatuwheratia he whare hauora hou ki Rotorua" | {ROTORUA} | date: 2020-09-17',
        "rotorua-not-found-maori-title.html",
        "'Kāore i kitea te whārangi' (Māori: the page was not found) in the <title> and an <h1>, 'Kāore te"
        " whārangi e rapua ana e koe i konei' under it, two other stories' links, no '404', served 200: gone",
    ),
    not_found(
        "not-found-occitan-h1",
        "/20200917/5600001020.html",
        f'title: "La vila de Tolosa plantarà mila arbres" | {TOLOSA} | date: 2020-09-17',
        "tolosa-not-found-occitan-h1.html",
        "'Pagina pas trobada' (Occitan: page not found) in an <h1>, 'La pagina que cercatz existís pas mai o"
        " es estada suprimida' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    # --- the domain or its site lapsed, sold or switched off ------------------------------------------------
    Scenario(
        "parked-swedish-registrar-for-sale",
        "/20200918/5200001030.html",
        f'title: "Isitimela esisha sixhuma iMgungundlovu neThekwini" | {IZINDABA} | date: 2020-09-18',
        {"/20200918/5200001030.html": html("izindaba-parked-sv.html")},
        DEAD,
        FAIL,
        "a Swedish registrar's parking lander: '<domain> – Den här domänen är till salu' as title, a price in"
        " kronor, a bid form, 'Köp domänen', 'Domänen är parkerad gratis hos registraren. Registreringen har"
        " gått ut', related searches: the domain lapsed",
        says=PARKED,
    ),
    Scenario(
        "parked-hungarian-parker-for-sale",
        "/20200918/5600001030.html",
        f'title: "Lo festenal de Tolosa tòrna en octòbre" | {TOLOSA} | date: 2020-09-18',
        {"/20200918/5600001030.html": html("tolosa-parked-hu.html")},
        DEAD,
        FAIL,
        "a Hungarian parking lander: '<domain> – Ez a domain eladó' as title, an offer form, 'Vásárolja meg"
        " ezt a domaint', 'Ez egy parkoltatott domain. A domain regisztrációja lejárt', 'Kapcsolódó"
        " keresések' (related searches): the domain lapsed",
        says=PARKED,
    ),
    Scenario(
        "domain-sold-now-a-danish-shop-cited-by-date-only",
        "/20200919/5300001030.html",
        "date: 2020-09-19",
        {"/20200919/5300001030.html": html("toamasina-domain-sold-danish-shop.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the sold domain answers the story's address with a Danish shop's"
        " front page ('Hyggeligt Hjem – Boligtilbehør, puder og gaver', 'Velkommen til vores webshop', four"
        " products with prices in kroner and 'Læg i kurv', 'Gratis fragt ved køb over 499 kr.', a cart, terms"
        " of trade): not the story",
        must_not=("moved",),
    ),
    Scenario(
        "hosting-expired-indonesian-200",
        "/20200919/5100001030.html",
        f'title: "Ọjà Bodija ti kún fún àwọn oníbàárà" | {IBADAN} | date: 2020-09-19',
        {"/20200919/5100001030.html": html("ibadan-hosting-expired-id.html")},
        DOWN_NOW,
        NOT_PASS,
        "an Indonesian host's notice 'Masa aktif hosting telah berakhir' / 'Website ini sedang tidak aktif"
        " karena masa berlaku paket hosting telah habis' / 'Perpanjang Sekarang', served 200: the site is"
        " switched off for an unpaid hosting plan; nothing of the story is there, and not another story",
        must_not=MISMATCH,
    ),
    Scenario(
        "maintenance-polish-200",
        "/20200920/5700001010.html",
        f'title: "Nowa ścieżka rowerowa wokół Zalewu Arkadia" | {HANCZA} | date: 2020-09-20',
        {"/20200920/5700001010.html": html("hancza-maintenance-pl.html")},
        DOWN_NOW,
        NOT_PASS,
        "'Przerwa techniczna – Wieści znad Hańczy' / 'Trwają prace konserwacyjne. Strona będzie ponownie"
        " dostępna wkrótce', served 200: the site is down for maintenance; not another article",
        must_not=MISMATCH,
    ),
    Scenario(
        "login-wall-swedish-302",
        "/20200920/5800001010.html",
        f'title: "Ny bro över Torne älv klar nästa år" | {TORNEDALEN} | date: 2020-09-20',
        {
            "/20200920/5800001010.html": redirect(302, "/logga-in?returnUrl=%2F20200920%2F5800001010.html"),
            "/logga-in": html("tornedalen-login-sv.html"),
        },
        BLOCKED,
        WARN,
        "a 302 to the paper's sign-in page ('Logga in – Tornedalens Röst', 'Logga in för att fortsätta läsa',"
        " an e-mail and password form, 'Bli prenumerant'): for subscribers, a sign-in wall; not gone",
        cause=s("auth"),
        must_not=(*MISMATCH, "moved"),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot43_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot43"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot43_scenario(rot43_run: Run, scenario: Scenario) -> None:
    check_scenario(rot43_run, scenario)


def test_every_scenario_was_reported(rot43_run: Run) -> None:
    assert sorted(rot43_run.results) == sorted(IDS), rot43_run.stderr
