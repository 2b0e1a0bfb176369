"""Held-out probe of link rot, twelfth batch: what the first eleven batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README); besides HTML the batch serves a gzip-encoded
article (compressed here) and a legacy Shift_JIS page.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
    ARTICLE_PATH,
    ARTICLE_TITLE,
    BLOCKED,
    COURIER,
    DEAD,
    FAIL,
    FIXTURES,
    MISMATCH,
    NOT_FAIL,
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

GAZETTE = "outlet: The Brackwater Gazette"
#: refused by the server for now (a firewall rule, not the page): not dead, not verifiable
REFUSED = s("blocked", "error")


SHARED: dict[str, Page] = {
    "/": html("home.html"),
    ARTICLE_PATH: html("article.html"),
}

LIFEBOAT = "/news/2020/08/14/lifeboat-yacht-rescue"
GZIPPED = Page(
    200,
    gzip.compress((FIXTURES / "gzip-article.html").read_bytes(), mtime=0),
    {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip", "Vary": "Accept-Encoding"},
)
SJIS = Page(200, (FIXTURES / "sjis-article.html").read_bytes(), {"Content-Type": "text/html"})


SCENARIOS: list[Scenario] = [
    # --- controls -------------------------------------------------------------------------------------------
    Scenario(
        "control-gzip-encoded-article",
        LIFEBOAT,
        f'title: "Brackwater lifeboat crew rescue three from stranded yacht" | {GAZETTE} | date: 2020-08-14',
        {LIFEBOAT: GZIPPED},
        OK,
        PASS,
        "the article served with 'Content-Encoding: gzip' (as nearly every server sends it): once"
        " decompressed, the cited article, as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-legacy-shift-jis-page",
        "/news/2017/1005/tsuribashi.html",
        'title: "渓谷の吊り橋、三年ぶりに通行再開" | outlet: 峡谷新聞 | date: 2017-10-05',
        {"/news/2017/1005/tsuribashi.html": SJIS},
        OK,
        PASS,
        "an old CMS's table layout in Shift_JIS, the charset only in an upper-case <META HTTP-EQUIV> (the"
        " header says 'text/html' alone), the title '峡谷新聞｜<headline>', the headline in an <H1> and the"
        " date '2017年10月05日 11時40分' above it: the cited article, as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- moves ----------------------------------------------------------------------------------------------
    Scenario(
        "slug-change-301-location-with-fragment",
        "/news/2019/jun/12/night-ferries-get-green-light",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {"/news/2019/jun/12/night-ferries-get-green-light": redirect(301, ARTICLE_PATH + "#article-body")},
        OK,
        NOT_FAIL,
        "a 301 to the article's new slug with a fragment ('#article-body') in the Location (the fragment"
        " is never sent; the same document): the same article at a new address; report where it is",
        must_not=MISMATCH,
        says=(("{o}" + ARTICLE_PATH,),),
    ),
    Scenario(
        "redirect-adds-tracking-parameters",
        "/news/2019/jun/12/night-ferry-trial-approved",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {
            "/news/2019/jun/12/night-ferry-trial-approved": redirect(
                301, ARTICLE_PATH + "?utm_source=legacy&utm_medium=redirect&utm_campaign=cms2021"
            )
        },
        OK,
        NOT_FAIL,
        "a migration's 301 to the article's new slug that appends utm_ tracking parameters: the same"
        " article at a new address (the parameters are noise); report where it is",
        must_not=MISMATCH,
        says=(("{o}" + ARTICLE_PATH,),),
    ),
    # --- replaced -------------------------------------------------------------------------------------------
    Scenario(
        "redirect-to-wordpress-day-archive",
        "/2019/06/12/harbour-dredging-contract-awarded/",
        f'title: "Harbour dredging contract awarded to local firm" | {GAZETTE} | date: 2019-06-12',
        {
            "/2019/06/12/harbour-dredging-contract-awarded/": redirect(301, "/2019/06/12/"),
            "/2019/06/12/": html("wp-date-archive.html"),
        },
        DEAD,
        FAIL,
        "the deleted post's address 301s to WordPress's archive of its day ('Day: June 12, 2019',"
        " CollectionPage, two other stories of that day, noindex): the cited story is not among them; gone",
        must_not=("moved",),
    ),
    Scenario(
        "article-url-renders-italian-search",
        "/cronaca/2021/04/22/nuova-pista-ciclabile-lungo-il-fiume/",
        'title: "Inaugurata la nuova pista ciclabile lungo il fiume" | outlet: La Gazzetta del Fiume'
        " | date: 2021-04-22",
        {"/cronaca/2021/04/22/nuova-pista-ciclabile-lungo-il-fiume/": html("ricerca-it.html")},
        DEAD,
        FAIL,
        "the article's address renders WordPress's search for the slug's words ('Risultati della ricerca"
        " per: nuova pista ciclabile lungo il fiume', 'Hai cercato ...' in the <title>, SearchResultsPage,"
        " two other stories): the article is gone",
        must_not=("moved",),
    ),
    Scenario(
        "expired-domain-french-content-farm",
        "/actualite/2016/05/19/la-passerelle-du-moulin-rouvre/",
        'title: "La passerelle du moulin rouvre après deux ans de travaux" | outlet: Le Réveil du Val'
        " | date: 2016-05-19",
        {"/actualite/2016/05/19/la-passerelle-du-moulin-rouvre/": html("content-farm-fr.html")},
        REPLACED,
        FAIL,
        "the lapsed domain was rebuilt by a French content farm (WordPress/Yoast, 'La Rédaction', affiliate"
        " links, the old name kept) answering the old address with 'Les 10 meilleures banques en ligne en"
        " 2024 : notre comparatif': not the cited article",
        must_not=("moved",),
    ),
    Scenario(
        "static-host-site-removed-404",
        "/flood-action/2018/winter-report.html",
        'title: "Winter 2018 flood report" | outlet: Brackwater Flood Action Group | date: 2018-03-01',
        {"/flood-action/2018/winter-report.html": html("github-pages-404.html", 404)},
        s("dead"),
        FAIL,
        "a static host's own 404, 'Site not found · GitHub Pages ... There isn't a GitHub Pages site"
        " here.': the group's site was taken down (its repository deleted or unpublished); the page is gone",
        must_not=("moved",),
    ),
    # --- walls ----------------------------------------------------------------------------------------------
    Scenario(
        "mod-security-406-not-acceptable",
        "/news/2021/02/03/sea-wall-repairs-begin",
        f'title: "Sea wall repairs begin after winter storms" | {GAZETTE} | date: 2021-02-03',
        {"/news/2021/02/03/sea-wall-repairs-begin": html("mod-security-406.html", 406, Server="Apache")},
        REFUSED,
        WARN,
        "Apache's '406 Not Acceptable ... This error was generated by Mod_Security.': a web firewall"
        " rule refused the checker's request; the page is not shown to be gone, it cannot be read",
        must_not=(*MISMATCH, "moved"),
        says=(("406",),),
    ),
    Scenario(
        "cookie-wall-only-german",
        "/lokales/2022/06/08/neue-faehre-in-betrieb",
        'title: "Neue Fähre über den Fluss in Betrieb" | outlet: Talbote | date: 2022-06-08',
        {"/lokales/2022/06/08/neue-faehre-in-betrieb": html("cookie-wall-de.html")},
        BLOCKED,
        WARN,
        "only a consent manager's dialog ('Wir brauchen Ihre Zustimmung' in an <h2>, 'Alle akzeptieren',"
        " 'Einstellungen') under the bare site name, served 200: a consent wall in front of the story;"
        " not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
    Scenario(
        "geoblock-200-portuguese",
        "/regiao/2021/07/15/nova-ponte-pedonal",
        'title: "Nova ponte pedonal abre ao público" | outlet: Jornal da Ribeira | date: 2021-07-15',
        {"/regiao/2021/07/15/nova-ponte-pedonal": html("geoblock-pt.html")},
        BLOCKED,
        WARN,
        "'Este conteúdo não está disponível no seu país' (not available in your country) in the <h1>,"
        " 'restrições de licenciamento', the <title> the site's name, served 200: a regional block; not"
        " gone",
        cause=s("legal"),
        must_not=MISMATCH,
    ),
    # --- not found, in languages no batch had ---------------------------------------------------------------
    not_found(
        "not-found-kannada-h1",
        "/news/2022/08/11/hosa-setuve",
        'title: "ಹೊಸ ಸೇತುವೆ ಸಂಚಾರಕ್ಕೆ ಮುಕ್ತ" | outlet: ಕಣಿವೆ ಸುದ್ದಿ | date: 2022-08-11',
        "notfound-kn.html",
        "'ಕ್ಷಮಿಸಿ, ನೀವು ಹುಡುಕುತ್ತಿರುವ ಪುಟ ಕಂಡುಬಂದಿಲ್ಲ' (sorry, the page you are looking for was not found)"
        " in the <h1>, the <title> the site's name, served 200",
    ),
    not_found(
        "not-found-gujarati-title",
        "/samachar/2021/12/06/navo-pul",
        'title: "નવો પુલ વાહનવ્યવહાર માટે ખુલ્લો" | outlet: ખીણ સમાચાર | date: 2021-12-06',
        "notfound-gu.html",
        "'પાનું મળ્યું નથી' (page not found) in the <title>, a '404' <div> and 'માફ કરશો, તમે જે પાનું શોધી"
        " રહ્યા છો તે અસ્તિત્વમાં નથી' (sorry, the page you are looking for does not exist), served 200",
    ),
    not_found(
        "not-found-lao-div",
        "/news/2020/10/21/khua-mai",
        'title: "ຂົວໃໝ່ເປີດໃຫ້ສັນຈອນ" | outlet: ຂ່າວຮ່ອມພູ | date: 2020-10-21',
        "notfound-lo.html",
        "'ຂໍອະໄພ, ບໍ່ພົບໜ້າທີ່ທ່ານຊອກຫາ' (sorry, the page you are looking for was not found) in a styled"
        " <div>, the <title> the site's name, served 200",
    ),
    not_found(
        "not-found-maltese-h2",
        "/ahbarijiet/2021/03/09/pont-gdid",
        'title: "Il-pont il-ġdid jinfetaħ għat-traffiku" | outlet: Aħbarijiet tal-Wied | date: 2021-03-09',
        "notfound-mt.html",
        "'Skużana, il-paġna ma nstabitx' (sorry, the page was not found) in an <h2>, the <title> the site's"
        " name, served 200",
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def rot12_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot12"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot12_scenario(rot12_run: Run, scenario: Scenario) -> None:
    check_scenario(rot12_run, scenario)


def test_every_scenario_was_reported(rot12_run: Run) -> None:
    assert sorted(rot12_run.results) == sorted(IDS), rot12_run.stderr
