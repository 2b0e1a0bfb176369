"""Held-out probe of link rot, forty-sixth batch: what rot45 left, and what no batch played yet.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 46`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r46-*.html``, see its README). The scenarios take the shape
of the seed article's news-agency sources (``/<date>/<id>.html``; two English papers use dated slugs), under
invented names: އައްޑޫ ޚަބަރު (an Addu outlet writing Dhivehi), Notísia Baucau (a Baucau outlet writing
Tetum), ၶၢဝ်ႇၵဵင်းတုင် (a Kengtung outlet writing Shan), Damag ti Laoag (a Laoag outlet writing Ilocano),
Онежский вестник (a Petrozavodsk outlet writing Russian), Gazeta de Sighișoara (Romanian), Vinkovački vjesnik
(Croatian), Вісті Умані (Ukrainian), El Heraldo de Zafra (Spanish), The Cromarty Packet and The Whitby Lantern
(English), Gazzetta di Bra (Italian, its domain now pointing at a host with no site for it) and Huis van Zand
(a Dutch homeware shop on a sold domain).

What rot45 left: maintenance titles in languages beyond the sixteen covered (Romanian 'Site în mentenanță',
Croatian 'Stranica je u održavanju', Ukrainian 'Технічні роботи'); not-found pages in Dhivehi ('ޞަފްޙާ
ނުފެނުނު', ``<h1>``, right to left), Tetum ('Pájina la hetan', ``<title>`` and a styled ``<p>``, no '404'),
Shan ('ဢမ်ႇႁၼ် ၼႃႈလိၵ်ႈ', a styled ``<div>``) and Ilocano ('Saan a nasarakan ti panid', ``<h2>``); a shop's
basket buttons with no words and no shop code on the page (a ``type=button`` bound by its id and
``data-product-id`` from a script file the page loads).

New ground: to pass, a Tetum story whose headline says 'la hetan' (ten cows not found) and whose prose quotes
'Pájina la hetan'; a Spanish story headlined «No disponible en tu región» (a match not streamed outside the
region); an English story on its paper's new app, headlined 'read this in our app'. To flag: a Russian
outlet's 'Страница не найдена' served 200 inside its whole site template (a feed of live headlines of 2024, a
popular list, the search box); a Spanish notice 'Este artículo ya no está disponible en tu región' served 200
at the story's address; a dead story 302ed to the site search for its slug's words, which lists four other
stories; a story whose address now answers 'This story is only available in our app' with store badges; an
Italian host's default 'Sito non configurato' page at the story's address.

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

ADDU = "outlet: އައްޑޫ ޚަބަރު"
BAUCAU = "outlet: Notísia Baucau"
KENGTUNG = "outlet: ၶၢဝ်ႇၵဵင်းတုင်"
LAOAG = "outlet: Damag ti Laoag"
ONEGA = "outlet: Онежский вестник"
SIGHISOARA = "outlet: Gazeta de Sighișoara"
VINKOVCI = "outlet: Vinkovački vjesnik"
UMAN = "outlet: Вісті Умані"
ZAFRA = "outlet: El Heraldo de Zafra"
CROMARTY = "outlet: The Cromarty Packet"
WHITBY = "outlet: The Whitby Lantern"
BRA = "outlet: Gazzetta di Bra"

#: a page served 200 in place of the story while the site is down or switched off: not a mismatch
DOWN_NOW = s("error", "blocked", "soft_404")

SEARCH_AT = "/search"

SHARED = {
    "/": html("home.html"),
    SEARCH_AT: html("r46-cromarty-search-slug.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-tetum-story-headlined-la-hetan",
        "/20201011/8400001010.html",
        f'title: "Karau na\'in sanulu la hetan, agrikultór sira husu ajuda" | {BAUCAU} | date: 2020-10-11',
        {"/20201011/8400001010.html": html("r46-baucau-story-tetum-la-hetan.html")},
        OK,
        PASS,
        "a story in Tetum whose headline says 'la hetan' (ten cows not found) and whose prose quotes 'Pájina"
        " la hetan', the words of that language's not-found page, seen on a ministry's site; headline, date"
        " and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-spanish-story-headlined-not-available-in-your-region",
        "/20201013/8800001010.html",
        f'title: "«No disponible en tu región»: la final de la liga comarcal no se podrá ver en'
        f' línea fuera de Extremadura" | {ZAFRA} | date: 2020-10-13',
        {"/20201013/8800001010.html": html("r46-zafra-story-es-region-streaming.html")},
        OK,
        PASS,
        "a Spanish story headlined «No disponible en tu región» (a local final not streamed outside the"
        " region), quoting the streaming notice in its prose; headline, date and outlet as cited: the story,"
        " not a block",
        must_not=(*MISMATCH, "moved", "blocked"),
    ),
    Scenario(
        "control-english-story-on-the-papers-app",
        "/news/2020/10/16/lantern-launches-its-app",
        f'title: "Lantern launches its app: read this in our app, or on the web as before" | {WHITBY}'
        " | date: 2020-10-16",
        {"/news/2020/10/16/lantern-launches-its-app": html("r46-whitby-story-app-launch.html")},
        OK,
        PASS,
        "an English story on the paper's new app, headlined 'read this in our app' and quoting the app"
        " banner's words; headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- gone -----------------------------------------------------------------------------------------------
    not_found(
        "not-found-dhivehi-h1",
        "/20201011/8300001020.html",
        f'title: "ހިތަދޫގައި އާ ހޮސްޕިޓަލެއް ހުޅުވައިފި" | {ADDU} | date: 2020-10-11',
        "r46-addu-not-found-dhivehi-h1.html",
        "'ޞަފްޙާ ނުފެނުނު' (Dhivehi: page not found) in an <h1>, right to left, 'ތިޔަ ހޯދާ ޞަފްޙާ ފޮހެލައިފައި"
        " ވަނީ، ނުވަތަ އެ ޞަފްޙާއެއް މިހާރު ނެތް' (the page you seek was deleted or no longer exists) under it,"
        " two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-tetum-title-no-404",
        "/20201012/8400001020.html",
        f'title: "Eskola foun iha Baguia loke ba estudante sira" | {BAUCAU} | date: 2020-10-12',
        "r46-baucau-not-found-tetum-title.html",
        "'Pájina la hetan' (Tetum: page not found) in the <title> (with the site's name) and in a styled <p>,"
        " 'Pájina ne'ebé ita buka hasai tiha ona ka la iha ona' under it, two other stories' links, no '404'"
        " anywhere, served 200: gone",
    ),
    not_found(
        "not-found-shan-div",
        "/20201012/8500001020.html",
        f'title: "ၵဵင်းတုင် ပိုတ်ႇႁူင်းယႃမႂ်ႇ" | {KENGTUNG} | date: 2020-10-12',
        "r46-kengtung-not-found-shan-div.html",
        "'ဢမ်ႇႁၼ် ၼႃႈလိၵ်ႈ' (Shan: page not found) in a styled <div>, 'the page you seek was removed or no"
        " longer exists' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-ilocano-h2",
        "/20201013/8600001020.html",
        f'title: "Baro a merkado publiko iti Laoag nalukatan" | {LAOAG} | date: 2020-10-13',
        "r46-laoag-not-found-ilocano-h2.html",
        "'Saan a nasarakan ti panid' (Ilocano: the page was not found) in an <h2>, 'Ti panid nga birbirokem"
        " ket naikkaten wenno awanen' under it, two other stories' links, served 200 under the bare site"
        " name: gone",
    ),
    not_found(
        "not-found-russian-inside-full-site-template",
        "/20201014/8700001020.html",
        f'title: "В Петрозаводске отремонтируют Онежскую набережную" | {ONEGA} | date: 2020-10-14',
        "r46-onega-not-found-ru-full-template.html",
        "'Страница не найдена' in an <h1> inside the outlet's whole template, served 200 under the site's"
        " own title ('Онежский вестник — новости Карелии и Петрозаводска'): a feed of eight live headlines"
        " of 28-29 November 2024 with times, a popular list, the search box, the footer: gone, not another"
        " story",
    ),
    Scenario(
        "dead-story-redirected-to-search-for-its-slug",
        "/news/2020/10/14/harbour-wall-repairs-begin",
        f'title: "Harbour wall repairs begin after winter storms" | {CROMARTY} | date: 2020-10-14',
        {
            "/news/2020/10/14/harbour-wall-repairs-begin": redirect(
                302, f"{SEARCH_AT}?q=harbour+wall+repairs+begin"
            )
        },
        s("soft_404"),
        FAIL,
        "a 302 to the site search for the slug's words ('Search results for “harbour wall repairs begin”',"
        " four other stories of 2022-24 listed): the story is gone; a search answers for it",
        must_not=("moved",),
        says=(("{o}/search",),),
    ),
    # --- not readable here, or not the story ----------------------------------------------------------------
    Scenario(
        "region-notice-spanish-200",
        "/20201015/8800001020.html",
        f'title: "El ayuntamiento aprueba la peatonalización de la calle Sevilla" | {ZAFRA}'
        " | date: 2020-10-15",
        {"/20201015/8800001020.html": html("r46-zafra-region-notice-es.html")},
        s("blocked"),
        WARN,
        "'Este artículo ya no está disponible en tu región' / 'Por motivos legales, este contenido no puede"
        " mostrarse en el país o la región desde la que te conectas', served 200: blocked where the checker"
        " runs (a legal block), not gone and not another page",
        cause=s("legal"),
        must_not=MISMATCH,
    ),
    Scenario(
        "story-now-app-only-notice",
        "/news/2020/10/15/abbey-steps-handrail-installed",
        f'title: "Handrail finally installed on the 199 steps" | {WHITBY} | date: 2020-10-15',
        {"/news/2020/10/15/abbey-steps-handrail-installed": html("r46-whitby-app-only-notice.html")},
        s("blocked", "soft_404"),
        NOT_PASS,
        "the story's address answers 200 'Continue in the app' / 'This story is only available in our app'"
        " with App Store and Google Play badges and nothing of the story: it cannot be read or checked on the"
        " web; not another story",
        must_not=MISMATCH,
    ),
    Scenario(
        "host-default-site-not-configured-italian",
        "/20201016/8900001020.html",
        f'title: "Bra, riapre il teatro Politeama dopo i restauri" | {BRA} | date: 2020-10-16',
        {"/20201016/8900001020.html": html("r46-bra-host-not-configured-it.html")},
        DOWN_NOW,
        NOT_PASS,
        "a host's default page 'Sito non configurato' / 'Nessun sito configurato per questo dominio' / 'il"
        " dominio punta correttamente ai nostri server, ma non è ancora stato configurato alcun sito web',"
        " served 200: the paper's site is not served there any more; nothing of the story, no other story",
        must_not=MISMATCH,
    ),
    # --- the domain or its site sold or down ----------------------------------------------------------------
    Scenario(
        "domain-sold-shop-with-script-bound-buttons",
        "/20201017/9000001010.html",
        "date: 2020-10-17",
        {"/20201017/9000001010.html": html("r46-zandhuis-shop-script-bound-buttons.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the sold domain answers the story's address with a Dutch homeware"
        " shop's front page ('Huis van Zand – Woonaccessoires', four products priced in euros, each button a"
        " wordless icon of type=button bound by its id and data-product-id from '/assets/winkel.min.js',"
        " 'Gratis verzending vanaf € 50', returns and delivery pages, iDEAL): not the story",
        must_not=("moved",),
    ),
    Scenario(
        "maintenance-romanian-200",
        "/20201017/9100001030.html",
        f'title: "Cetatea Sighișoarei primește un nou sistem de iluminat" | {SIGHISOARA} | date: 2020-10-17',
        {"/20201017/9100001030.html": html("r46-sighisoara-maintenance-ro.html")},
        DOWN_NOW,
        NOT_PASS,
        "'Site în mentenanță – Gazeta de Sighișoara' / 'Efectuăm lucrări de mentenanță programate… Revenim în"
        " curând', served 200: the site is down for maintenance; not another article",
        must_not=MISMATCH,
    ),
    Scenario(
        "maintenance-croatian-200",
        "/20201018/9200001030.html",
        f'title: "Vinkovci dobivaju novu biciklističku stazu uz Bosut" | {VINKOVCI} | date: 2020-10-18',
        {"/20201018/9200001030.html": html("r46-vinkovci-maintenance-hr.html")},
        DOWN_NOW,
        NOT_PASS,
        "'Stranica je u održavanju | Vinkovački vjesnik' / 'Trenutačno radimo na nadogradnji sustava. Uskoro"
        " se vraćamo', served 200: the site is down for maintenance; not another article",
        must_not=MISMATCH,
    ),
    Scenario(
        "maintenance-ukrainian-200",
        "/20201018/9300001030.html",
        f'title: "В Умані відремонтують міст через Уманку" | {UMAN} | date: 2020-10-18',
        {"/20201018/9300001030.html": html("r46-uman-maintenance-uk.html")},
        DOWN_NOW,
        NOT_PASS,
        "'Технічні роботи — Вісті Умані' / 'На сайті тривають технічні роботи' / 'Сайт тимчасово"
        " недоступний… Спробуйте зайти пізніше', served 200: the site is down for maintenance; not another"
        " article",
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot46_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot46"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot46_scenario(rot46_run: Run, scenario: Scenario) -> None:
    check_scenario(rot46_run, scenario)


def test_every_scenario_was_reported(rot46_run: Run) -> None:
    assert sorted(rot46_run.results) == sorted(IDS), rot46_run.stderr
