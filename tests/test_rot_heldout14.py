"""Held-out probe of link rot, fourteenth batch: what the first thirteen batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README); an object store's XML error is written here.

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
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

COURIER = "outlet: The Northern Courier"

MOBILE = "/m/news/2020/feb/11/lifeboat-station-rebuild-approved"
HERALD_STORY = "/county-herald/news/2021/05/town-council-approves-new-car-park-charges/"
BRIEFING = "/briefing/2019/jun/12/morning-briefing"

S3_NO_SUCH_BUCKET = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b"<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message>"
    b"<BucketName>saltmarsh-birdwatch</BucketName><RequestId>7QX2M4K9T1B8C0DE</RequestId>"
    b"<HostId>c2FsdG1hcnNoLWJpcmR3YXRjaC1ob3N0LWlk</HostId></Error>"
)


def cloudflare(name: str, status: int) -> Page:
    return html(name, status, Server="cloudflare", **{"CF-RAY": "8e1f0a2b3c4d5e6f-AMS"})


SHARED: dict[str, Page] = {
    "/": html("home.html"),
    ARTICLE_PATH: html("article.html"),
    MOBILE: html("mobile-article.html"),
    HERALD_STORY: html("absorbed-other-story.html"),
    BRIEFING: html("briefing-roundup.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls: other renderings of the cited article ----------------------------------------------------
    Scenario(
        "control-amp-page-with-social-title",
        "/amp/news/2021/apr/08/night-ferry-timetable-extended-to-islands",
        f'title: "Night ferry timetable extended to the outer islands" | {COURIER} | date: 2021-04-08',
        {"/amp/news/2021/apr/08/night-ferry-timetable-extended-to-islands": html("amp-seo-title.html")},
        OK,
        PASS,
        "the cited article's AMP rendering: its <title> and og:title a social headline ('Night ferry trial:"
        " 5 things to know before you travel'), its <h1> and JSON-LD headline the cited one, its date and"
        " text the article's: the cited article",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-302-to-mobile-site",
        "/news/2020/feb/11/lifeboat-station-rebuild-approved",
        f'title: "Lifeboat station rebuild approved after winter damage" | {COURIER} | date: 2020-02-11',
        {"/news/2020/feb/11/lifeboat-station-rebuild-approved": redirect(302, MOBILE)},
        OK,
        PASS,
        "a 302 to the mobile site's copy, titled only 'Courier Mobile', its <h1> the cited headline over the"
        " byline, '11 February 2020' and the text: the cited article, rendered for phones",
        must_not=MISMATCH,
    ),
    # --- folded into another page ---------------------------------------------------------------------------
    Scenario(
        "outlet-absorbed-301-to-new-brands-other-story",
        "/local/2021/05/19/bridge-weight-limit-lowered",
        'title: "Bridge weight limit lowered after inspection" | outlet: The Valley Ledger'
        " | date: 2021-05-19",
        {"/local/2021/05/19/bridge-weight-limit-lowered": redirect(301, HERALD_STORY)},
        REPLACED,
        FAIL,
        "the absorbed paper's address 301s to a story of its buyer, County Herald ('Town council approves"
        " new car park charges', 20 May 2021, a banner 'The Valley Ledger is now part of County Herald'):"
        " another story, not a move of the cited one",
        must_not=("moved",),
    ),
    Scenario(
        "merged-into-morning-briefing",
        "/news/2019/jun/12/library-card-fees-scrapped",
        f'title: "Library card replacement fees to be scrapped" | {COURIER} | date: 2019-06-12',
        {"/news/2019/jun/12/library-card-fees-scrapped": redirect(301, BRIEFING)},
        REPLACED,
        FAIL,
        "the story's address 301s to the day's 'Morning briefing: Wednesday 12 June 2019', where two lines"
        " under 'Library card fees scrapped' stand for it among four items: a roundup, not the cited"
        " article; no new address to give",
        must_not=("moved",),
    ),
    Scenario(
        "url-now-serves-spanish-edition",
        "/news/2022/mar/15/mooring-fees-increase-approved",
        f'title: "Harbour authority approves mooring fee increase" | {COURIER} | date: 2022-03-15',
        {"/news/2022/mar/15/mooring-fees-increase-approved": html("translated-es.html")},
        REPLACED,
        NOT_PASS,
        "the cited address now serves the Spanish edition ('La autoridad portuaria aprueba el aumento de las"
        " tasas de amarre', lang es, an hreflang 'en' alternate at another address), same date: not the"
        " page cited; the English one is elsewhere",
        must_not=("moved",),
    ),
    # --- the CDN in front of a site that is gone or down ----------------------------------------------------
    Scenario(
        "cdn-web-server-down-521",
        "/news/2021/oct/02/harbour-wall-survey-published",
        f'title: "Harbour wall survey published" | {COURIER} | date: 2021-10-02',
        {"/news/2021/oct/02/harbour-wall-survey-published": cloudflare("cloudflare-521.html", 521)},
        s("error"),
        WARN,
        "Cloudflare's 521 'Web server is down' (Browser working, Cloudflare working, Host error): the origin"
        " refuses connections for now; not verifiable, not shown to be gone",
        must_not=MISMATCH,
    ),
    Scenario(
        "cdn-origin-dns-error-1016",
        "/news/2021/oct/09/fish-market-roof-repaired",
        f'title: "Fish market roof repaired before winter" | {COURIER} | date: 2021-10-09',
        {"/news/2021/oct/09/fish-market-roof-repaired": cloudflare("cloudflare-1016.html", 530)},
        s("error", "dead"),
        NOT_PASS,
        "Cloudflare's 'Error 1016 Origin DNS error' (served 530): the CDN cannot resolve the site's origin;"
        " the page cannot be read, whether for now or for good; never another page",
        must_not=MISMATCH,
    ),
    # --- a hosting platform or object store with nothing there ----------------------------------------------
    Scenario(
        "app-platform-no-such-app-404",
        "/news/2019/regatta-results",
        'title: "Summer regatta results" | outlet: Harbour Rowing Club | date: 2019-08-04',
        {"/news/2019/regatta-results": html("heroku-no-such-app.html", 404)},
        s("dead"),
        FAIL,
        "an app platform's 404 'Heroku | No such app' ('There's nothing here, yet.'): the club's app was"
        " deleted; the page is gone",
        must_not=("moved",),
    ),
    Scenario(
        "object-store-no-such-bucket-404",
        "/2018/spring-count.html",
        'title: "Spring wader count 2018" | outlet: Saltmarsh Birdwatch | date: 2018-04-30',
        {"/2018/spring-count.html": Page(404, S3_NO_SUCH_BUCKET, {"Content-Type": "application/xml"})},
        s("dead"),
        FAIL,
        "an object store's XML 404, 'NoSuchBucket: The specified bucket does not exist': the static site's"
        " bucket was deleted; the page is gone",
        must_not=("moved",),
    ),
    # --- replaced -------------------------------------------------------------------------------------------
    Scenario(
        "defaced-page-keeps-title",
        "/2018/07/21/harbour-museum-reopens/",
        'title: "Harbour museum reopens with new whaling gallery" | outlet: Selby Valley Gazette'
        " | date: 2018-07-21",
        {"/2018/07/21/harbour-museum-reopens/": html("hacked-defaced.html")},
        REPLACED,
        FAIL,
        "a defacement, 'Hacked By Sh4d0w-Gh0st' (a marquee, 'Your security is low. Patch your system,"
        " admin.'), under the post's old <title>, og:title and date: the cited content is gone; the"
        " matching title must not make it pass",
    ),
    Scenario(
        "flutter-app-shell",
        "/local/2023/01/09/school-bus-route-changes",
        'title: "School bus routes change after bridge closure" | outlet: The Valley Ledger'
        " | date: 2023-01-09",
        {"/local/2023/01/09/school-bus-route-changes": html("flutter-shell.html")},
        s("ok", "blocked"),
        WARN,
        "a Flutter web app's shell (title 'Valley Ledger', an empty <body> but for flutter_bootstrap.js):"
        " linkcheck cannot see the article, which is not the same as seeing another one",
        must_not=("title_mismatch",),
    ),
    # --- lapsed domains, in languages no parking page had ---------------------------------------------------
    Scenario(
        "parked-spanish-for-sale",
        "/noticias/2016/10/03/nuevo-puente-peatonal",
        'title: "Abre el nuevo puente peatonal sobre el río" | outlet: Crónica del Ribero | date: 2016-10-03',
        {"/noticias/2016/10/03/nuevo-puente-peatonal": html("parked-es.html")},
        DEAD,
        FAIL,
        "'<domain> - Este dominio está a la venta', 'Comprar este dominio', 'Hacer una oferta', related"
        " searches, 'Dominio aparcado': the domain lapsed",
        says=PARKED,
    ),
    Scenario(
        "parked-italian-for-sale",
        "/cronaca/2015/02/17/nuova-piazza-inaugurata",
        'title: "Inaugurata la nuova piazza del mercato" | outlet: Gazzetta del Poggio | date: 2015-02-17',
        {"/cronaca/2015/02/17/nuova-piazza-inaugurata": html("parked-it.html")},
        DEAD,
        FAIL,
        "the bare domain as title, 'Questo dominio è in vendita!', an offer form, 'Ricerche correlate',"
        " 'Dominio parcheggiato': the domain lapsed",
        says=PARKED,
    ),
    Scenario(
        "expired-domain-german-registrar",
        "/lokales/2019-06-04/neue-faehre-im-dienst",
        'title: "Neue Fähre im Dienst" | outlet: Talbote | date: 2019-06-04',
        {"/lokales/2019-06-04/neue-faehre-im-dienst": html("expired-de.html")},
        DEAD,
        FAIL,
        "a registrar's 'Domain abgelaufen' / 'Diese Domain ist abgelaufen ... Jetzt verlängern': the"
        " outlet's domain lapsed; the page is gone",
        says=PARKED,
    ),
    # --- walls ----------------------------------------------------------------------------------------------
    Scenario(
        "geoblock-200-dutch",
        "/nieuws/2021/11/23/brug-weer-open",
        'title: "Brug na renovatie weer open voor verkeer" | outlet: De Kanaalbode | date: 2021-11-23',
        {"/nieuws/2021/11/23/brug-weer-open": html("geoblock-nl.html")},
        BLOCKED,
        WARN,
        "'Deze inhoud is niet beschikbaar in jouw land' (<h1>, 'Vanwege licentieafspraken') under the bare"
        " site name, served 200: a regional block; not gone",
        cause=s("legal"),
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def rot14_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot14"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot14_scenario(rot14_run: Run, scenario: Scenario) -> None:
    check_scenario(rot14_run, scenario)


def test_every_scenario_was_reported(rot14_run: Run) -> None:
    assert sorted(rot14_run.results) == sorted(IDS), rot14_run.stderr
