"""Held-out probe of link rot, second batch: more of the ways cited links rot and real sites answer.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Pages are in ``tests/fixtures/rot`` (see its README). Moves to another host (an archive
subdomain, a web archive, ``www.`` and HTTPS variants, dropped tracking parameters) cannot be played on
loopback: they run through :func:`linkcheck.check` with a fetcher double, at the end.

Written before reading the classifier (classify, soft404, gates, pagebody): the expectations are what a
person concludes, not what the code does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from linkcheck import Config, check
from linkcheck.models import Citation, FetchResult, PartialDate, Redirect
from tests.site_server import Page
from tests.test_rot_heldout import (
    ARTICLE_PATH,
    ARTICLE_TITLE,
    COURIER,
    FAIL,
    FIXTURES,
    GAZETTE,
    LEDGER,
    LIBRARY_TITLE,
    MISMATCH,
    NOT_FAIL,
    OK,
    PASS,
    QUAY_CITED,
    QUAY_PATH,
    WAYBACK_PATH,
    Run,
    Scenario,
    _Answers,
    _param,
    check_scenario,
    html,
    play,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

ARCHIVE_PATH = "/archive/2012/05/03/tall-ships-festival"
TALL_SHIPS = "Tall ships festival draws record crowds to Eastquay"
BUDGET_PATH = "/news/council-sets-budget-9876"
BUDGET_TITLE = "Council sets budget for the year ahead"
LIVE_PATH = "/news/live/2022/feb/17/storm-edith-live"
SHOP_SLASH = "/blog/2019/06/12/harbour-ferries/"
QUAY = QUAY_CITED.replace('"', '\\"')

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    "/search": html("search.html"),
    "/news/local/": html("local-section.html"),
    "/tag/harbour-ferries/": html("tag.html"),
    "/404": html("notfound-en.html", 404),
    ARTICLE_PATH: html("article.html"),
    QUAY_PATH: html("typography.html"),
    ARCHIVE_PATH: html("archived-article.html"),
    BUDGET_PATH: html("budget-2023.html"),
    LIVE_PATH: html("liveblog.html"),
    WAYBACK_PATH: html("wayback.html"),
}

SCENARIOS: list[Scenario] = [
    # --- replaced: the URL answers with something else ---------------------------------------------------
    Scenario(
        "query-ignored-default-story",
        "/article.aspx?id=2231",
        f'title: "Pier lottery bid fails" | {COURIER} | date: 2022-01-04',
        {"/article.aspx": html("other-article.html")},
        s("ok", "soft_404"),
        FAIL,
        "every ?id= of the old article script now shows the same (latest) story, another headline and date:"
        " not the cited article",
        must=("title_mismatch",),
        must_not=("moved",),
    ),
    Scenario(
        "same-url-new-story",
        "/news/council-sets-budget",
        f'title: "{BUDGET_TITLE}" | {COURIER} | date: 2019-02-19',
        {"/news/council-sets-budget": html("budget-2023.html")},
        s("ok", "soft_404"),
        FAIL,
        "the slug-only URL was reused for 2023's budget story under the same stock headline: the page is"
        " dated 21 Feb 2023, not 2019: another story, the cited one is gone",
        must=("date_mismatch",),
    ),
    Scenario(
        "slug-kept-id-changed",
        "/news/council-sets-budget-4411",
        f'title: "{BUDGET_TITLE}" | {COURIER} | date: 2019-02-19',
        {"/news/council-sets-budget-4411": redirect(301, BUDGET_PATH)},
        s("ok", "soft_404"),
        FAIL,
        "a 301 from the old id to a new id under the same slug lands on 2023's story: 'update the citation"
        " to' that URL would be wrong advice",
        must=("date_mismatch",),
        must_not=("moved",),
    ),
    Scenario(
        "domain-sold-similar-name-article",
        "/news/2016/04/11/county-fair-record",
        f'title: "County fair breaks attendance record" | {LEDGER} | date: 2016-04-11',
        {"/news/2016/04/11/county-fair-record": html("leader-article.html")},
        s("ok", "soft_404"),
        FAIL,
        "the domain was sold: a lifestyle site called 'The Valley Leader' answers every old URL with one of"
        " its posts: another publication, another story",
        must=("title_mismatch", "outlet_mismatch"),
        must_not=("moved",),
        says=(("Valley Leader",),),
        known_miss=(
            "the outlet matcher takes 'The Valley Leader' for 'The Valley Ledger' (its fuzzy match, there"
            " for romanisation variants such as Izvestia/Izvestiya, accepts a one-letter change); no"
            " outlet_mismatch, though title_mismatch and date_mismatch fail the citation"
        ),
    ),
    Scenario(
        "domain-sold-similar-name-front-page",
        "/local/2015/09/02/school-roof-repairs",
        f'title: "School roof repairs finished before term" | {LEDGER} | date: 2015-09-02',
        {"/local/2015/09/02/school-roof-repairs": html("leader-home.html")},
        s("soft_404"),
        FAIL,
        "the sold domain answers the old article URL with the new owner's front page: the article is gone",
        cause=s("front_page"),
        known_miss=(
            "the new owner's front page has no canonical URL and the extractor takes its first teaser's"
            " headline and date for the page's own: nothing tells it from an article; reported ok with"
            " failing title_mismatch and date_mismatch (a failing citation, not a passing one)"
        ),
    ),
    # --- moves that are fine ---------------------------------------------------------------------------
    Scenario(
        "moved-to-archive-section-301",
        "/news/2012/may/03/tall-ships-festival",
        f'title: "{TALL_SHIPS}" | {COURIER} | date: 2012-05-03',
        {"/news/2012/may/03/tall-ships-festival": redirect(301, ARCHIVE_PATH)},
        OK,
        s("warn"),
        "the outlet moved its old stories under /archive/ (301) with an 'from our archive' banner: the same"
        " article; report the URL to cite",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + ARCHIVE_PATH,),),
    ),
    Scenario(
        "outlet-redirects-to-archive-copy",
        "/news/2018/02/14/library-hours-cut",
        f'title: "{LIBRARY_TITLE}" | {GAZETTE} | date: 2018-02-14',
        {"/news/2018/02/14/library-hours-cut": redirect(301, WAYBACK_PATH)},
        OK,
        s("warn"),
        "the outlet 301s its dead story to a web-archive-style copy of it: verifiable there (the capture"
        " timestamp is not the publication date); report the move",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + WAYBACK_PATH,),),
    ),
    Scenario(
        "case-variant-301",
        "/News/2019/Jun/12/Harbour-Authority-Approves-Night-Ferries",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {"/News/2019/Jun/12/Harbour-Authority-Approves-Night-Ferries": redirect(301, ARTICLE_PATH)},
        OK,
        PASS,
        "a 301 that only lower-cases the path: the same article, not worth a warning",
        must_not=MISMATCH,
        quiet_move=True,
    ),
    Scenario(
        "trailing-slash-added-301",
        SHOP_SLASH.rstrip("/"),
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {SHOP_SLASH.rstrip("/"): redirect(301, SHOP_SLASH), SHOP_SLASH: html("article.html")},
        OK,
        PASS,
        "a 301 that only adds the trailing slash (as WordPress does): not worth a warning",
        must_not=MISMATCH,
        quiet_move=True,
    ),
    Scenario(
        "amp-to-canonical-301",
        "/amp" + QUAY_PATH,
        f'title: "{QUAY}" | {COURIER} | date: 2020-11-03',
        {"/amp" + QUAY_PATH: redirect(301, QUAY_PATH)},
        OK,
        NOT_FAIL,
        "the outlet dropped AMP and 301s each AMP URL to the article: the same article (a move is fine to"
        " mention, nothing more)",
        must_not=MISMATCH,
    ),
    Scenario(
        "merged-into-live-blog",
        "/news/2022/feb/18/power-cut-12000-homes",
        f'title: "Power cut to 12,000 homes" | {COURIER} | date: 2022-02-18',
        {"/news/2022/feb/18/power-cut-12000-homes": redirect(301, LIVE_PATH + "#block-2")},
        OK,
        s("warn"),
        "the story was merged into the storm live blog (301 to its entry): the entry carries the cited"
        " headline and date in the blog's LiveBlogPosting; the citation holds, the link should be updated",
        must=("moved",),
        must_not=MISMATCH,
    ),
    # --- redirect chains to pages that are not the article ----------------------------------------------
    Scenario(
        "chain-to-section-index",
        "/news/2019/jul/22/eastquay-carnival",
        f'title: "Eastquay carnival cancelled over safety fears" | {COURIER} | date: 2019-07-22',
        {
            "/news/2019/jul/22/eastquay-carnival": redirect(301, "/news/2019/07/22/eastquay-carnival"),
            "/news/2019/07/22/eastquay-carnival": redirect(301, "/news/local/"),
        },
        s("soft_404"),
        FAIL,
        "two 301s (a URL scheme migration, then a clean-up) end at the Local news section: the article is"
        " gone",
        must_not=("moved",),
        says=(("{o}/news/local/",),),
    ),
    Scenario(
        "redirect-to-tag-page",
        "/news/2018/mar/14/ferry-strike-ends",
        f'title: "Ferry strike ends after pay deal" | {COURIER} | date: 2018-03-14',
        {"/news/2018/mar/14/ferry-strike-ends": redirect(301, "/tag/harbour-ferries/")},
        s("soft_404"),
        FAIL,
        "the article URL 301s to the 'Harbour ferries' tag page (a CollectionPage listing 2022-23 stories):"
        " the article is gone",
        must_not=("moved",),
        says=(("{o}/tag/harbour-ferries/",),),
    ),
    Scenario(
        "redirect-to-search-for-slug",
        "/news/2015/aug/20/lifeboat-crew-honoured",
        f'title: "Lifeboat crew honoured for night rescue" | {COURIER} | date: 2015-08-20',
        {"/news/2015/aug/20/lifeboat-crew-honoured": redirect(302, "/search?q=lifeboat-crew-honoured")},
        s("soft_404"),
        FAIL,
        "a 302 to a site search for the URL's slug: the article is gone",
        says=(("search",),),
    ),
    Scenario(
        "redirect-to-wordpress-search-path",
        "/local/2018/01/15/bridge-tolls-scrapped/",
        f'title: "Bridge tolls to be scrapped next year" | {LEDGER} | date: 2018-01-15',
        {
            "/local/2018/01/15/bridge-tolls-scrapped/": redirect(301, "/search/bridge-tolls-scrapped/"),
            "/search/bridge-tolls-scrapped/": html("wp-search.html"),
        },
        s("soft_404"),
        FAIL,
        "a 301 to WordPress's /search/<slug>/ results ('You searched for ...', SearchResultsPage): gone",
        must_not=("moved",),
        says=(("search",),),
    ),
    Scenario(
        "redirect-to-aspnet-error-page",
        "/news/story.aspx?id=991",
        f'title: "Mill fire: owners fined £80,000" | {LEDGER} | date: 2017-06-20',
        {
            "/news/story.aspx": redirect(302, "/Error.aspx?aspxerrorpath=/news/story.aspx"),
            "/Error.aspx": html("aspx-error.html"),
        },
        s("soft_404"),
        FAIL,
        "ASP.NET's customErrors: a 302 to /Error.aspx?aspxerrorpath=... that says 'could not be found or is"
        " no longer available' with a 200: the article is gone",
        cause=s("error_page"),
    ),
    Scenario(
        "redirect-to-404",
        "/news/2014/jun/01/beach-award",
        f'title: "Eastquay beach wins blue flag" | {COURIER} | date: 2014-06-01',
        {"/news/2014/jun/01/beach-award": redirect(301, "/404")},
        s("dead"),
        FAIL,
        "a 301 to /404, which answers 404: dead",
        cause=s("not_found"),
        says=(("404",),),
    ),
    Scenario(
        "gone-410-with-site-chrome",
        "/news/2013/nov/19/chief-constable-apology",
        f'title: "Chief constable apologises to flood victims" | {COURIER} | date: 2013-11-19',
        {"/news/2013/nov/19/chief-constable-apology": html("gone-en.html", 410)},
        s("dead"),
        FAIL,
        "410 Gone with the site's chrome ('This content has been removed'): removed for good",
        cause=s("gone"),
        says=(("410",),),
    ),
    Scenario(
        "gone-410-after-redirect",
        "/news/2013/nov/20/pier-sale",
        f'title: "Pier sold to hotel group" | {COURIER} | date: 2013-11-20',
        {
            "/news/2013/nov/20/pier-sale": redirect(301, "/removed/pier-sale"),
            "/removed/pier-sale": html("gone-en.html", 410),
        },
        s("dead"),
        FAIL,
        "a 301 to a removal notice served 410: removed for good",
        cause=s("gone"),
        must_not=("moved",),
        says=(("410",),),
    ),
    # --- "this content is no longer available", in other languages --------------------------------------
    Scenario(
        "no-longer-available-spanish-chain",
        "/local/2019/03/12/puente-romano-restauracion.html",
        'title: "Concluye la restauración del puente romano" | outlet: El Diario del Valle'
        " | date: 2019-03-12",
        {
            "/local/2019/03/12/puente-romano-restauracion.html": redirect(
                301, "/local/2019/03/12/puente-romano-restauracion"
            ),
            "/local/2019/03/12/puente-romano-restauracion": redirect(302, "/noticia-no-disponible"),
            "/noticia-no-disponible": html("unavailable-es.html"),
        },
        s("soft_404"),
        FAIL,
        "301 then 302 to 'Noticia no disponible' / 'Esta noticia ya no está disponible', served 200",
        cause=s("error_page"),
        must_not=("moved",),
    ),
    Scenario(
        "no-longer-available-french-h1",
        "/actualite/2018/06/04/fermeture-usine-papier",
        'title: "Fermeture de l\'usine de papier : 120 emplois menacés" | outlet: Le Courrier de la Vallée'
        " | date: 2018-06-04",
        {"/actualite/2018/06/04/fermeture-usine-papier": html("unavailable-fr.html")},
        s("soft_404"),
        FAIL,
        "'Cet article n'est plus disponible' in the <h1>, the <title> the site's name and tagline,"
        " served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "no-longer-available-portuguese-302",
        "/cidades/2020/08/17/enchente-centro.ghtml",
        'title: "Enchente atinge o centro da cidade" | outlet: Jornal do Vale | date: 2020-08-17',
        {
            "/cidades/2020/08/17/enchente-centro.ghtml": redirect(302, "/pagina-indisponivel"),
            "/pagina-indisponivel": html("unavailable-pt.html"),
        },
        s("soft_404"),
        FAIL,
        "a 302 to 'Conteúdo indisponível' / 'Este conteúdo não está mais disponível', served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "no-longer-available-japanese",
        "/news/20190405/0012.html",
        'title: "札幌市、新しい路面電車の路線計画を発表" | outlet: 北海タイムス | date: 2019-04-05',
        {"/news/20190405/0012.html": html("unavailable-ja.html")},
        s("soft_404"),
        FAIL,
        "'この記事は掲載期間が終了しました' (this article's publication period has ended) in the <h1>, the"
        " <title> the site's name, served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "no-longer-available-chinese-404-html",
        "/news/2020-06/18/content_4471.htm",
        'title: "南江大桥今日正式通车" | outlet: 南江日报 | date: 2020-06-18',
        {
            "/news/2020-06/18/content_4471.htm": redirect(302, "/404.html"),
            "/404.html": html("unavailable-zh.html"),
        },
        s("soft_404"),
        FAIL,
        "a 302 to /404.html, '页面不存在' / '您访问的页面不存在或已被删除', served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "no-longer-available-arabic-div",
        "/local/2021/02/14/5521",
        'title: "افتتاح مستشفى جديد في المدينة" | outlet: صحيفة الوادي | date: 2021-02-14',
        {"/local/2021/02/14/5521": html("unavailable-ar.html")},
        s("soft_404"),
        FAIL,
        "'عذراً، هذا المحتوى لم يعد متاحاً' (sorry, this content is no longer available) in a styled <div>,"
        " the <title> the site's name and tagline, served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "no-longer-available-turkish-301",
        "/gundem/2019/09/10/belediye-meclisi-butce-345678",
        'title: "Belediye meclisi yeni bütçeyi onayladı" | outlet: Vadi Gazetesi | date: 2019-09-10',
        {
            "/gundem/2019/09/10/belediye-meclisi-butce-345678": redirect(301, "/haber-bulunamadi"),
            "/haber-bulunamadi": html("unavailable-tr.html"),
        },
        s("soft_404"),
        FAIL,
        "a 301 to 'Bu haber yayından kaldırılmıştır' (this story has been taken down), served 200",
        cause=s("error_page"),
        must_not=("moved",),
    ),
    Scenario(
        "soft404-repeats-slug",
        "/local/2020/05/12/reservoir-fees-rise-for-2020",
        f'title: "Reservoir fees rise for 2020" | {LEDGER} | date: 2020-05-12',
        {"/local/2020/05/12/reservoir-fees-rise-for-2020": html("soft404-slug.html")},
        s("soft_404"),
        FAIL,
        "'We couldn't find “reservoir-fees-rise-for-2020”', served 200: the slug's words are the cited"
        " title's, which does not make it the article",
        cause=s("error_page"),
    ),
    Scenario(
        "soft404-title-quotes-cited-headline",
        "/news/2021/apr/06/coastal-path-reopens-after-landslip-repairs",
        f'title: "Coastal path reopens after landslip repairs" | {COURIER} | date: 2021-04-06',
        {"/news/2021/apr/06/coastal-path-reopens-after-landslip-repairs": html("soft404-no-results.html")},
        s("soft_404"),
        FAIL,
        "'Sorry, we couldn't find “coastal path reopens after landslip repairs”' as title and <h1>, served"
        " 200: the cited headline is quoted inside an error message; the page must not match it",
        cause=s("error_page"),
        must_not=("title_mismatch",),
    ),
    # --- legal and regional blocks ------------------------------------------------------------------------
    Scenario(
        "legal-451",
        "/news/2021/03/02/mill-closure",
        f'title: "Paper mill to close with 300 jobs lost" | {LEDGER} | date: 2021-03-02',
        {"/news/2021/03/02/mill-closure": html("legal-451.html", 451)},
        s("blocked"),
        s("warn"),
        "451 Unavailable For Legal Reasons (a US outlet blocking EU readers): not dead, not verifiable here",
        cause=s("legal"),
        says=(("451",),),
    ),
    Scenario(
        "geoblock-200-region",
        "/video/2022/05/09/flood-rescue",
        f'title: "Flood rescue: crews pull driver from submerged car" | {LEDGER} | date: 2022-05-09',
        {"/video/2022/05/09/flood-rescue": html("geoblock-region.html")},
        s("blocked"),
        s("warn"),
        "'This content is not available in your region' with a 200: blocked where the checker runs, not gone"
        " and not another page",
        cause=s("legal"),
        must_not=("title_mismatch",),
        says=(("region", "country"),),
    ),
    Scenario(
        "geoblock-200-gdpr",
        "/news/2021/04/15/sheriff-election",
        f'title: "Sheriff wins third term by 40 votes" | {LEDGER} | date: 2021-04-15',
        {"/news/2021/04/15/sheriff-election": html("geoblock-gdpr.html")},
        s("blocked"),
        s("warn"),
        "'our website is currently unavailable in most European countries' with a 200 and the site's name as"
        " <title>: blocked by region, not gone",
        cause=s("legal"),
        must_not=("title_mismatch",),
        says=(("region", "countr", "europe"),),
    ),
    # --- walls --------------------------------------------------------------------------------------------
    Scenario(
        "registration-wall-redirect",
        "/news/2022/08/30/school-bus-routes",
        f'title: "School bus routes cut in budget squeeze" | {LEDGER} | date: 2022-08-30',
        {
            "/news/2022/08/30/school-bus-routes": redirect(
                302, "/register?returnUrl=%2Fnews%2F2022%2F08%2F30%2Fschool-bus-routes"
            ),
            "/register": html("register-wall.html"),
        },
        s("blocked"),
        s("warn"),
        "the story went behind a registration wall: a 302 to /register?returnUrl=...: reachable for"
        " registered readers, not dead",
        cause=s("auth"),
        says=(("regist", "sign in", "sign-in", "login", "log in"),),
    ),
    Scenario(
        "registration-wall-200",
        "/news/2022/sep/14/harbour-dredging",
        f'title: "Harbour dredging to start in October" | {COURIER} | date: 2022-09-14',
        {"/news/2022/sep/14/harbour-dredging": html("register-200.html")},
        s("blocked"),
        s("warn"),
        "'Register to continue reading' in place of the story, with a 200 and no headline: not dead, not"
        " verifiable",
        cause=s("auth"),
        must_not=("title_mismatch",),
    ),
    Scenario(
        "amp-empty-shell",
        "/amp/local/2021/10/02/levee-inspection",
        f'title: "Levee inspection finds seepage at three sites" | {LEDGER} | date: 2021-10-02',
        {"/amp/local/2021/10/02/levee-inspection": html("amp-shell.html")},
        s("blocked", "soft_404"),
        s("warn", "fail"),
        "an AMP page whose whole body is an <amp-list> template filled from JSON, <title> the site's name:"
        " nothing to compare; not the page cited as far as the HTML shows, and not another story either",
        must_not=("title_mismatch",),
    ),
    # --- bot walls and maintenance ------------------------------------------------------------------------
    Scenario(
        "ddos-guard-403",
        "/news/2020/06/02/ferry-tender",
        f'title: "Ferry tender goes to Norwegian yard" | {LEDGER} | date: 2020-06-02',
        {"/news/2020/06/02/ferry-tender": html("ddos-guard.html", 403, Server="ddos-guard")},
        s("blocked"),
        s("warn"),
        "DDoS-Guard's 'Checking your browser' page with 403: a bot wall, not a dead link",
        cause=s("bot_challenge"),
    ),
    Scenario(
        "cloudflare-block-403",
        "/news/2020/07/07/county-audit",
        f'title: "County audit flags £1.2m in unpaid invoices" | {LEDGER} | date: 2020-07-07',
        {
            "/news/2020/07/07/county-audit": html(
                "cloudflare-block.html", 403, Server="cloudflare", **{"CF-RAY": "83a3-LHR"}
            )
        },
        s("blocked"),
        s("warn"),
        "Cloudflare's 'Sorry, you have been blocked' (Attention Required!) with 403: a bot wall",
        cause=s("bot_challenge"),
    ),
    Scenario(
        "incapsula-200",
        "/news/2020/08/11/water-main",
        f'title: "Burst water main floods high street" | {LEDGER} | date: 2020-08-11',
        {"/news/2020/08/11/water-main": html("incapsula.html")},
        s("blocked"),
        s("warn"),
        "Imperva Incapsula's challenge (an iframe to /_Incapsula_Resource, 'Request unsuccessful') with a"
        " 200: a bot wall, not the page and not a dead one",
        cause=s("bot_challenge"),
        must_not=("title_mismatch",),
    ),
    Scenario(
        "maintenance-503-retry-after",
        "/news/2021/11/23/snow-plough-fleet",
        f'title: "Council doubles snow plough fleet" | {LEDGER} | date: 2021-11-23',
        {
            "/news/2021/11/23/snow-plough-fleet": html("maintenance.html", 503, **{"Retry-After": "3600"}),
        },
        s("error"),
        s("warn"),
        "'We'll be back soon! ... scheduled maintenance' with 503 and Retry-After: one hour: the site is down"
        " for a while, the link is not dead, and this is not rate limiting",
        cause=s("server_error"),
        says=(("503",), ("maintenance",)),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def rot2_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot2"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot2_scenario(rot2_run: Run, scenario: Scenario) -> None:
    check_scenario(rot2_run, scenario)


def test_every_scenario_was_reported(rot2_run: Run) -> None:
    assert sorted(rot2_run.results) == sorted(IDS), rot2_run.stderr


# --- moves to another host: through the library, with a fetcher double -------------------------------------

COURIER_HOST = "www.northerncourier.co.uk"
GAZETTE_URL = "http://www.selbyvalleygazette.co.uk/news/2018/02/14/library-hours"


@dataclass(frozen=True)
class HostMove:
    id: str
    cited: str
    final: str
    page: str
    title: str
    outlet: str
    date: str
    #: the severity the ``moved`` finding must have (``info``: only HTTPS, ``www.``, a slash, tracking)
    moved: str
    why: str


HOST_MOVES = [
    HostMove(
        "http-to-https-and-www",
        f"http://northerncourier.co.uk{ARTICLE_PATH}",
        f"https://{COURIER_HOST}{ARTICLE_PATH}",
        "article.html",
        ARTICLE_TITLE,
        "The Northern Courier",
        "2019-06-12",
        "info",
        "HTTPS and www. added in one 301: how sites are run, not link rot",
    ),
    HostMove(
        "www-dropped",
        f"https://{COURIER_HOST}{ARTICLE_PATH}",
        f"https://northerncourier.co.uk{ARTICLE_PATH}",
        "article.html",
        ARTICLE_TITLE,
        "The Northern Courier",
        "2019-06-12",
        "info",
        "a 301 from www. to the bare domain: the same address to a reader",
    ),
    HostMove(
        "tracking-parameters-dropped",
        f"https://{COURIER_HOST}{ARTICLE_PATH}?utm_source=twitter&utm_medium=social",
        f"https://{COURIER_HOST}{ARTICLE_PATH}",
        "article.html",
        ARTICLE_TITLE,
        "The Northern Courier",
        "2019-06-12",
        "info",
        "a 301 that strips utm_ tracking parameters: the same article",
    ),
    HostMove(
        "moved-to-archive-subdomain",
        f"https://{COURIER_HOST}/news/2012/may/03/tall-ships-festival",
        "https://archive.northerncourier.co.uk/2012/05/03/tall-ships-festival",
        "archived-article.html",
        TALL_SHIPS,
        "The Northern Courier",
        "2012-05-03",
        "warn",
        "old stories moved to an archive. subdomain by 301: the same article, a new URL to cite",
    ),
    HostMove(
        "outlet-redirects-to-web-archive",
        GAZETTE_URL,
        f"https://web.archive.org{WAYBACK_PATH}",
        "wayback.html",
        LIBRARY_TITLE,
        "Selby Valley Gazette",
        "2018-02-14",
        "warn",
        "the outlet 301s its old story to the Internet Archive's copy: verifiable there, a new URL to cite;"
        " the archive is not the outlet, but the page it shows is the outlet's",
    ),
    HostMove(
        "http-to-https-new-path",
        f"http://{COURIER_HOST}/story.php?id=4411",
        f"https://{COURIER_HOST}{ARTICLE_PATH}",
        "article.html",
        ARTICLE_TITLE,
        "The Northern Courier",
        "2019-06-12",
        "warn",
        "HTTPS and a new path: a real move, the new URL is worth citing",
    ),
]


@pytest.mark.parametrize("move", HOST_MOVES, ids=[m.id for m in HOST_MOVES])
def test_moves_to_another_host(move: HostMove) -> None:
    fetched = FetchResult(
        url=move.cited,
        final_url=move.final,
        status_code=200,
        headers={"content-type": "text/html; charset=utf-8"},
        body=(FIXTURES / move.page).read_bytes(),
        redirects=(Redirect(301, move.final),),
    )
    citation = Citation(move.cited, title=move.title, outlet=move.outlet, date=PartialDate.parse(move.date))
    result = check([citation], Config(), fetcher=_Answers({move.cited: fetched})).results[0]
    found = [(f.kind.value, f.severity.value, f.actual) for f in result.findings]
    why = f"expected: {move.why}\ngot status={result.status.value} verdict={result.verdict.value} {found}"
    assert result.status.value == "ok", why
    assert [k for k, _, _ in found if k != "moved"] == [], why
    moved = [(sev, actual) for k, sev, actual in found if k == "moved"]
    if move.moved == "info":  # a trivial move may be mentioned quietly, or not at all
        assert all(sev == "info" for sev, _ in moved), why
    else:
        assert [sev for sev, _ in moved] == [move.moved], why
    assert all(actual == move.final for _, actual in moved), why
    assert result.verdict.value == ("pass" if move.moved == "info" else "warn"), why


# --- the front page at an article URL, without a redirect: at the outlet's own address ---------------------
# On loopback the page's canonical URL (the outlet's real domain) is never the server's host, which a front
# page's canonical always is on the web; these run through check() with the outlet's hosts instead.


@dataclass(frozen=True)
class OwnPage:
    id: str
    cited: str
    page: str
    title: str
    date: str
    why: str


OWN_PAGES = [
    OwnPage(
        "front-page-200-at-article-url",
        f"https://{COURIER_HOST}/news/2016/mar/08/lighthouse-cottage-sold",
        "home.html",
        "Lighthouse keeper's cottage sold for £410,000",
        "2016-03-08",
        "the article URL now serves the outlet's front page with a 200 (og:type website, canonical '/',"
        " WebSite JSON-LD, a list of today's stories): the article is gone",
    ),
    OwnPage(
        "query-ignored-front-page",
        f"https://{COURIER_HOST}/index.php?option=com_content&view=article&id=88",
        "home.html",
        "Harbour ferry fares frozen for a third year",
        "2018-04-02",
        "an old CMS's article address whose query the new site ignores: every ?id= shows the front page",
    ),
]


@pytest.mark.parametrize("own", OWN_PAGES, ids=[o.id for o in OWN_PAGES])
def test_front_page_at_the_article_url(own: OwnPage) -> None:
    fetched = FetchResult(
        url=own.cited,
        final_url=own.cited,
        status_code=200,
        headers={"content-type": "text/html; charset=utf-8"},
        body=(FIXTURES / own.page).read_bytes(),
    )
    citation = Citation(
        own.cited, title=own.title, outlet="The Northern Courier", date=PartialDate.parse(own.date)
    )
    result = check([citation], Config(), fetcher=_Answers({own.cited: fetched})).results[0]
    why = (
        f"expected: {own.why}\ngot status={result.status.value} cause={result.cause}"
        f" verdict={result.verdict.value} {result.reason!r} {[f.kind.value for f in result.findings]}"
    )
    assert result.status.value == "soft_404", why
    assert result.cause is not None, why
    assert result.cause.value == "front_page", why
    assert result.verdict.value == "fail", why
    assert "front page" in result.reason, why
    assert not [f for f in result.findings if f.kind.value == "moved"], why
