"""Held-out probe of link rot, thirteenth batch: what the first twelve batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README); besides HTML the batch serves an SVG image.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
    ARTICLE_PATH,
    BLOCKED,
    DEAD,
    FAIL,
    FIXTURES,
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
    play,
    raw,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

POST = "outlet: The Harrowmere Post"
#: an article withdrawn for legal reasons: gone from the address, or withheld; either way not the article
WITHDRAWN = s("soft_404", "blocked")

LANDING = "/welcome-to-the-new-harrowmere-post-website/"
DAY_ARCHIVE = "/news/archive/2018/11/21/"
PIER = "/news/2018/nov/21/pier-lights-switched-on-for-winter"
DUTCH_LOGIN = "/inloggen"


SHARED: dict[str, Page] = {
    "/": html("home.html"),
    ARTICLE_PATH: html("article.html"),
    LANDING: html("new-site-landing.html"),
    DAY_ARCHIVE: html("day-archive-section.html"),
    DUTCH_LOGIN: html("login-nl.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls -------------------------------------------------------------------------------------------
    Scenario(
        "control-canonical-points-to-front-page",
        "/news/2021/09/30/library-roof-repairs-finished/",
        f'title: "Library roof repairs finished ahead of schedule" | {POST} | date: 2021-09-30',
        {"/news/2021/09/30/library-roof-repairs-finished/": html("canonical-to-home.html")},
        OK,
        PASS,
        "the cited article (its headline, byline, date and text), whose theme writes the site's root as"
        " its canonical URL and og:url (a common CMS misconfiguration): the page is the article, as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-name-removed-at-request",
        "/news/courts/2016/04/07/fly-tipper-fined/",
        f'title: "Fly-tipper fined £2,000 after rubbish dumped beside river" | {POST} | date: 2016-04-07',
        {"/news/courts/2016/04/07/fly-tipper-fined/": html("rtbf-anonymised.html")},
        OK,
        PASS,
        "the cited court report, its text kept, under an editor's note that the defendant's name 'has been"
        " removed from this article at his request, under data protection law': anonymised, not removed;"
        " the article as cited",
        must_not=MISMATCH,
    ),
    # --- a lapsed domain, parked: languages no batch had ----------------------------------------------------
    Scenario(
        "parked-polish-for-sale",
        "/wiadomosci/2017/05/11/nowy-most-na-jeziorze",
        'title: "Nowy most na jeziorze otwarty dla ruchu" | outlet: Głos Pojezierza | date: 2017-05-11',
        {"/wiadomosci/2017/05/11/nowy-most-na-jeziorze": html("parked-pl.html")},
        DEAD,
        FAIL,
        "a Polish parking lander: the bare domain as title and heading, 'Ta domena jest na sprzedaż!',"
        " 'Kup tę domenę', 'Zapytaj o cenę', related-search ads, 'Domena zaparkowana': the domain lapsed",
        says=PARKED,
    ),
    Scenario(
        "parked-turkish-for-sale",
        "/haber/2018/03/22/yeni-iskele-acildi",
        'title: "Yeni iskele törenle açıldı" | outlet: Körfez Postası | date: 2018-03-22',
        {"/haber/2018/03/22/yeni-iskele-acildi": html("parked-tr.html")},
        DEAD,
        FAIL,
        "a Turkish parking lander: '<domain> - Bu alan adı satılıktır' as title, 'Bu alan adı satılık!',"
        " an offer form, 'Bu alan adı park edilmiştir', an ad feed: the domain lapsed",
        says=PARKED,
    ),
    Scenario(
        "parked-czech-by-302",
        "/zpravy/2016/09/14/nova-lavka-pres-reku",
        'title: "Nová lávka přes řeku je otevřena" | outlet: Údolní listy | date: 2016-09-14',
        {
            "/zpravy/2016/09/14/nova-lavka-pres-reku": redirect(302, "/lander?domain=udolnilisty.cz"),
            "/lander": html("parked-cs.html"),
        },
        DEAD,
        FAIL,
        "every address 302s to a registrar's Czech lander: '<domain> je na prodej', 'Tato doména je na"
        " prodej', 'Koupit doménu', 'Doména je zaparkována ... registrace vypršela': the domain lapsed",
        must_not=("moved",),
        says=PARKED,
    ),
    # --- a migration that sends every old address to one page -----------------------------------------------
    Scenario(
        "migration-redirects-everything-to-landing-page",
        "/Article.aspx?ArticleID=48213",
        f'title: "Ferry fares to rise by 8% from April" | {POST} | date: 2019-02-26',
        {"/Article.aspx?ArticleID=48213": redirect(301, LANDING)},
        REPLACED,
        FAIL,
        "the old CMS's address 301s, as every old address does, to one landing post, 'Welcome to the new"
        " Harrowmere Post website' (dated 2022, 'older stories ... may not be here yet'): the cited story"
        " is not there; no new address to give",
        must_not=("moved",),
    ),
    # --- withdrawn for legal reasons, in several languages --------------------------------------------------
    Scenario(
        "right-to-be-forgotten-spanish",
        "/sucesos/2015/07/03/detenido-por-estafa-en-el-puerto",
        'title: "Detenido un hombre por una estafa en el puerto" | outlet: El Faro del Estuario'
        " | date: 2015-07-03",
        {"/sucesos/2015/07/03/detenido-por-estafa-en-el-puerto": html("rtbf-es.html")},
        WITHDRAWN,
        NOT_PASS,
        "'Aviso legal: Este artículo ha sido retirado a petición de una de las personas mencionadas, en"
        " ejercicio de su derecho al olvido' under the bare site name, served 200: the article was"
        " withdrawn under the right to be forgotten; not another article",
        must_not=("title_mismatch",),
    ),
    Scenario(
        "court-order-german-keeps-headline",
        "/region/2021-05-18/streit-um-windpark",
        'title: "Streit um Windpark: Investor wehrt sich gegen Vorwürfe" | outlet: Moorkurier'
        " | date: 2021-05-18",
        {"/region/2021-05-18/streit-um-windpark": html("court-order-de.html")},
        WITHDRAWN,
        NOT_PASS,
        "the headline, byline and date kept, the body only 'Hinweis der Redaktion: Dieser Artikel ist"
        " aufgrund einer einstweiligen Verfügung des Landgerichts derzeit nicht abrufbar' (withheld by an"
        " injunction), served 200: the article cannot be read; it must not pass",
    ),
    Scenario(
        "court-order-french-title",
        "/faits-divers/2020/11/09/le-maire-mis-en-cause",
        'title: "Marchés publics : le maire mis en cause" | outlet: La Voix du Marais | date: 2020-11-09',
        {"/faits-divers/2020/11/09/le-maire-mis-en-cause": html("court-order-fr.html")},
        WITHDRAWN,
        NOT_PASS,
        "'Article retiré - La Voix du Marais' and 'Cet article a été retiré de notre site à la suite"
        " d'une décision de justice', served 200: withdrawn by a court's decision; not another article",
        must_not=("title_mismatch",),
    ),
    Scenario(
        "right-to-be-forgotten-italian-div",
        "/cronaca/2014/06/21/arrestato-per-furto-al-mercato",
        'title: "Arrestato per furto al mercato del pesce" | outlet: Il Corriere della Laguna'
        " | date: 2014-06-21",
        {"/cronaca/2014/06/21/arrestato-per-furto-al-mercato": html("oblio-it.html")},
        WITHDRAWN,
        NOT_PASS,
        "only a styled <div>, 'Il contenuto di questa pagina è stato rimosso in ottemperanza al diritto"
        " all'oblio (art. 17 ...)', under the site's name and tagline, served 200: removed under the right"
        " to be forgotten",
        must_not=("title_mismatch",),
    ),
    # --- walls added after the citation ---------------------------------------------------------------------
    Scenario(
        "paywall-added-italian-no-headline",
        "/politica/2022/01/12/nuovo-piano-per-il-porto",
        'title: "Il nuovo piano per il porto passa in consiglio" | outlet: Il Corriere della Laguna'
        " | date: 2022-01-12",
        {"/politica/2022/01/12/nuovo-piano-per-il-porto": html("paywall-it.html")},
        BLOCKED,
        WARN,
        "'Questo articolo è riservato agli abbonati' (<h2>), 'Abbonati ora', 'Sei già abbonato? Accedi'"
        " under the bare site name, no headline, served 200: a paywall added since; the article is not"
        " shown to be gone",
        cause=s("auth"),
        must_not=MISMATCH,
    ),
    Scenario(
        "moved-behind-login-dutch",
        "/regio/2020/10/05/nieuw-gemaal-in-gebruik",
        'title: "Nieuw gemaal in gebruik genomen" | outlet: De Polderbode | date: 2020-10-05',
        {
            "/regio/2020/10/05/nieuw-gemaal-in-gebruik": redirect(
                302, DUTCH_LOGIN + "?returnUrl=%2Fregio%2F2020%2F10%2F05%2Fnieuw-gemaal-in-gebruik"
            )
        },
        BLOCKED,
        WARN,
        "a 302 to '/inloggen?returnUrl=...': 'Inloggen | De Polderbode', 'Log in om dit artikel verder te"
        " lezen', an e-mail and password form: the article is behind a login now; not gone",
        cause=s("auth"),
        must_not=(*MISMATCH, "moved"),
    ),
    # --- soft 404s and stubs --------------------------------------------------------------------------------
    Scenario(
        "soft-404-search-box-prefilled",
        "/news/2019/05/14/marina-berths-price-rise-approved/",
        f'title: "Marina berths price rise approved" | {POST} | date: 2019-05-14',
        {"/news/2019/05/14/marina-berths-price-rise-approved/": html("search-prefilled.html")},
        DEAD,
        FAIL,
        "the article's address serves, under the bare site name, 'Let's get you back on track', 'Try"
        " searching for what you were after:' with the search box pre-filled with the slug's words, and"
        " 'Popular right now': the site's not-found page; the article is gone",
        must_not=("moved",),
    ),
    Scenario(
        "meta-refresh-to-home-after-30-seconds",
        "/actualites/2019/03/28/la-digue-sera-renforcee",
        'title: "La digue sera renforcée avant l\'hiver" | outlet: La Voix du Marais | date: 2019-03-28',
        {"/actualites/2019/03/28/la-digue-sera-renforcee": html("refresh-home-fr.html")},
        DEAD,
        FAIL,
        "a stub titled 'Redirection…' saying 'Vous allez être redirigé vers la page d'accueil ... dans 30"
        " secondes' with a 30 s meta refresh to '/': the article's address sends readers to the front page",
        must_not=("moved",),
    ),
    # --- replaced -------------------------------------------------------------------------------------------
    Scenario(
        "report-replaced-by-newer-year",
        "/publications/harbour-water-quality-report/",
        'title: "Harbour Water Quality Report 2021" | outlet: Port of Harrowmere',
        {"/publications/harbour-water-quality-report/": html("report-2024.html")},
        s("ok", "soft_404"),
        NOT_PASS,
        "the report's stable address now holds 'Harbour Water Quality Report 2024' (published 15 March"
        " 2024; 'earlier reports are available on request'): the cited 2021 report is no longer there",
        must_not=("moved",),
    ),
    Scenario(
        "article-url-serves-svg-logo",
        "/news/2020/07/02/beach-huts-auction",
        f'title: "Beach huts sold at auction for record prices" | {POST} | date: 2020-07-02',
        {"/news/2020/07/02/beach-huts-auction": raw((FIXTURES / "logo.svg").read_bytes(), "image/svg+xml")},
        s("ok", "soft_404"),
        NOT_PASS,
        "the article's address answers 200 with an SVG image, the outlet's logo (its <title> the outlet's"
        " name): no page, not the cited article",
        must_not=("moved",),
    ),
    Scenario(
        "redirect-to-section-day-archive-listing-it",
        PIER,
        f'title: "Pier lights switched on for winter" | {POST} | date: 2018-11-21',
        {PIER: redirect(301, DAY_ARCHIVE)},
        DEAD,
        FAIL,
        "the article's address 301s to the news section's archive of its day ('News archive: Wednesday 21"
        " November 2018', four headlines, the cited one linking back to the cited address): a list of"
        " stories, not the story; no new address to give",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def rot13_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot13"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot13_scenario(rot13_run: Run, scenario: Scenario) -> None:
    check_scenario(rot13_run, scenario)


def test_every_scenario_was_reported(rot13_run: Run) -> None:
    assert sorted(rot13_run.results) == sorted(IDS), rot13_run.stderr
