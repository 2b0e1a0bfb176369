"""Held-out probe of link rot, third batch: what the first two batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Pages are in ``tests/fixtures/rot`` (see its README). The server answers a route whose
key holds a query (``/x?CMP=share_btn_tw``) for that exact request, so a dropped tracking parameter and a
WordPress ``/?s=`` search play on loopback. Moves to another host (HTTPS then ``www.`` in two hops, an AMP
subdomain, an outlet merged into its group's domain) run through :func:`linkcheck.check` with a fetcher
double, at the end.

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
    BLOCKED,
    COURIER,
    DEAD,
    FAIL,
    FIXTURES,
    GAZETTE,
    LEDGER,
    MISMATCH,
    NOT_FAIL,
    OK,
    PASS,
    QUAY_CITED,
    QUAY_PATH,
    WARN,
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

QUAY = QUAY_CITED.replace('"', '\\"')
FRONT = (("front page", "home page", "homepage"),)
GONE_TEXT = "The story you asked for is no longer available."

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    "/index.html": html("home.html"),
    "/en/": html("home.html"),
    "/news/": html("news-front.html"),
    ARTICLE_PATH: html("article.html"),
    QUAY_PATH: html("typography.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls: live articles whose words sound like an error or a removal -----------------------------
    Scenario(
        "control-headline-says-no-longer-available",
        "/news/2022/oct/05/night-bus-no-longer-available",
        f'title: "Night bus no longer available after 11pm, operator confirms" | {COURIER}'
        " | date: 2022-10-05",
        {"/news/2022/oct/05/night-bus-no-longer-available": html("night-bus.html")},
        OK,
        PASS,
        "a live story whose headline says a bus is 'no longer available' and whose body says a page 'has been"
        " removed': the article, as cited",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-correction-note-says-removed",
        "/local/2020/09/14/levee-repairs-approved",
        f'title: "County approves $4.2m for levee repairs" | {LEDGER} | date: 2020-09-14',
        {"/local/2020/09/14/levee-repairs-approved": html("corrected-article.html")},
        OK,
        PASS,
        "a live story with a correction note ('This article has been updated ... a paragraph ... has been"
        " removed'): the article is there, corrected",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-german-headline-page-unreachable",
        "/lokales/2021-03-08/buergerportal-abgeschaltet",
        'title: "Seite nicht mehr erreichbar: Stadt schaltet altes Bürgerportal ab"'
        " | outlet: Rheinische Rundschau | date: 2021-03-08",
        {"/lokales/2021-03-08/buergerportal-abgeschaltet": html("buergerportal-de.html")},
        OK,
        PASS,
        "a German story headlined 'Seite nicht mehr erreichbar' (page no longer reachable) about a city"
        " portal: a live article with its headline and date",
        must_not=MISMATCH,
    ),
    # --- the article URL redirected to a page that is not the article ------------------------------------
    Scenario(
        "redirect-to-index-html",
        "/news/2015/sep/01/pier-lights-switched-on",
        f'title: "Pier lights switched on after 30 years" | {COURIER} | date: 2015-09-01',
        {"/news/2015/sep/01/pier-lights-switched-on": redirect(301, "/index.html")},
        DEAD,
        FAIL,
        "a 301 to /index.html, the front page by its file name: the article is gone",
        cause=s("front_page"),
        must_not=("moved",),
        says=FRONT,
    ),
    Scenario(
        "redirect-to-home-with-tracking-query",
        "/news/2015/oct/12/harbour-master-retires",
        f'title: "Harbour master retires after 31 years" | {COURIER} | date: 2015-10-12',
        {
            "/news/2015/oct/12/harbour-master-retires": redirect(
                302, "/?utm_source=legacy&utm_medium=redirect"
            )
        },
        DEAD,
        FAIL,
        "a 302 to the front page with tracking parameters the new site adds to count old links: gone",
        cause=s("front_page"),
        must_not=("moved",),
        says=FRONT,
    ),
    Scenario(
        "redirect-to-language-home",
        "/news/2016/jan/20/ferry-port-jobs",
        f'title: "Ferry port to create 200 jobs" | {COURIER} | date: 2016-01-20',
        {"/news/2016/jan/20/ferry-port-jobs": redirect(301, "/en/")},
        DEAD,
        FAIL,
        "a 301 to /en/, the front page of the site's English edition: the article is gone",
        cause=s("front_page"),
        must_not=("moved",),
        says=FRONT,
    ),
    Scenario(
        "redirect-to-news-front",
        "/news/2016/may/04/harbour-dues-rise",
        f'title: "Harbour dues to rise by 8%" | {COURIER} | date: 2016-05-04',
        {"/news/2016/may/04/harbour-dues-rise": redirect(301, "/news/")},
        DEAD,
        FAIL,
        "a 301 to /news/, the News section's front (a CollectionPage listing this week's stories): gone",
        must_not=("moved",),
        says=(("{o}/news/",),),
    ),
    Scenario(
        "redirect-to-subscription-offers-fr",
        "/actualite/2022/03/15/budget-municipal-vote",
        'title: "Le conseil municipal vote un budget en hausse de 6 %" | outlet: Le Courrier de la Vallée'
        " | date: 2022-03-15",
        {
            "/actualite/2022/03/15/budget-municipal-vote": redirect(
                302, "/abonnement/offres?origine=%2Factualite%2F2022%2F03%2F15%2Fbudget-municipal-vote"
            ),
            "/abonnement/offres": html("subscribe-offer-fr.html"),
        },
        BLOCKED,
        WARN,
        "a 302 to the French subscription offers ('Cet article est réservé aux abonnés'): behind a paywall,"
        " not dead and not another story",
        cause=s("auth"),
        must_not=("title_mismatch", "moved"),
    ),
    Scenario(
        "redirect-to-login-de",
        "/lokales/2022-11-02/haushalt-beschlossen",
        'title: "Stadtrat beschließt Haushalt mit Rekordinvestitionen" | outlet: Rheinische Rundschau'
        " | date: 2022-11-02",
        {
            "/lokales/2022-11-02/haushalt-beschlossen": redirect(
                302, "/anmelden?redirect=%2Flokales%2F2022-11-02%2Fhaushalt-beschlossen"
            ),
            "/anmelden": html("login-de.html"),
        },
        BLOCKED,
        WARN,
        "a 302 to a German sign-in page ('Anmelden ... um weiterzulesen'): for subscribers, not dead",
        cause=s("auth"),
        must_not=("title_mismatch", "moved"),
    ),
    Scenario(
        "redirect-to-wordpress-search-query",
        "/2015/08/20/lifeboat-crew-honoured/",
        f'title: "Lifeboat crew honoured for night rescue" | {LEDGER} | date: 2015-08-20',
        {
            "/2015/08/20/lifeboat-crew-honoured/": redirect(301, "/?s=lifeboat+crew+honoured"),
            "/?s=lifeboat+crew+honoured": html("wp-search-query.html"),
        },
        DEAD,
        FAIL,
        "a 301 to WordPress's search, /?s=<the slug's words> ('Search Results for ...'): the article is gone",
        must_not=("moved",),
        says=(("search",),),
    ),
    Scenario(
        "javascript-top-location-to-home",
        "/news/2016/07/02/carnival-queen",
        f'title: "Carnival queen crowned at Selby Green" | {GAZETTE} | date: 2016-07-02',
        {"/news/2016/07/02/carnival-queen": html("js-redirect-top.html")},
        DEAD,
        FAIL,
        "a tiny page whose script sets top.location.href to '/?ref=404': a redirect to the front page",
        must_not=("moved",),
        says=FRONT,
    ),
    Scenario(
        "not-found-countdown-to-home",
        "/news/2016/08/19/show-cancelled",
        f'title: "Agricultural show cancelled after heavy rain" | {GAZETTE} | date: 2016-08-19',
        {"/news/2016/08/19/show-cancelled": html("notfound-countdown.html")},
        DEAD,
        FAIL,
        "'Sorry, that page could not be found ... taken to our home page in 5 seconds' with a meta refresh"
        " to '/': the article is gone either way",
        cause=s("front_page", "error_page"),
        must_not=("moved",),
    ),
    # --- a lapsed domain: registrars and marketplaces not seen before, spam under the old name -----------
    Scenario(
        "parked-expired-at-registrar",
        "/news/2017/02/21/county-fair-returns",
        f'title: "County fair returns after a two-year break" | {LEDGER} | date: 2017-02-21',
        {"/news/2017/02/21/county-fair-returns": html("parked-expired.html")},
        DEAD,
        FAIL,
        "the registrar's 'This domain name has expired ... Renew now' page with an ad feed: the outlet is"
        " gone",
        says=(("parked", "for sale", "expired"),),
    ),
    Scenario(
        "parked-japanese-registrar",
        "/news/20180412/0031.html",
        'title: "札幌市、冬季の除雪予算を増額" | outlet: 北海タイムス | date: 2018-04-12',
        {"/news/20180412/0031.html": html("parked-ja.html")},
        DEAD,
        FAIL,
        "a Japanese registrar's parking page ('このドメインは、お名前.comで取得されています', this domain was"
        " taken at the registrar), title the bare domain: the outlet's domain lapsed, the article is gone",
        says=(("parked", "for sale", "expired"),),
    ),
    Scenario(
        "parked-for-sale-marketplace",
        "/lokales/2016-05-10/rheinfaehre",
        'title: "Rheinfähre fährt wieder nach Fahrplan" | outlet: Rheinische Rundschau | date: 2016-05-10',
        {"/lokales/2016-05-10/rheinfaehre": html("parked-offer.html")},
        DEAD,
        FAIL,
        "a domain marketplace's lander ('RheinischeRundschau.example is for sale', 'Buy now: €2,490',"
        " 'Make an offer'): the outlet's domain is for sale, the article is gone",
        says=(("parked", "for sale"),),
    ),
    Scenario(
        "pharmacy-spam-on-lapsed-domain",
        "/news/2017/11/03/hospital-parking-fees",
        f'title: "Hospital parking fees scrapped for nurses" | {GAZETTE} | date: 2017-11-03',
        {"/news/2017/11/03/hospital-parking-fees": html("pharmacy.html")},
        s("ok", "soft_404"),
        FAIL,
        "the lapsed domain serves an online pharmacy's spam ('Buy Cialis Online Without Prescription') at"
        " every old URL: not the article",
        must_not=("moved",),
    ),
    Scenario(
        "essay-spam-under-outlet-name",
        "/local/2016/09/30/school-board-budget",
        f'title: "School board adopts leaner budget" | {LEDGER} | date: 2016-09-30',
        {"/local/2016/09/30/school-board-budget": html("essay-spam.html")},
        s("ok", "soft_404"),
        FAIL,
        "the domain's new owner keeps the old name ('... - The Valley Ledger', og:site_name) on an essay-mill"
        " post of 2023: the outlet's name is there, the article is not",
        must=("title_mismatch",),
        must_not=("moved",),
    ),
    # --- replaced: the URL answers with something else ----------------------------------------------------
    Scenario(
        "same-url-newer-story-on-same-topic",
        "/news/harbour-ferry-fares",
        f'title: "Harbour ferry fares frozen for a third year" | {COURIER} | date: 2020-04-02',
        {"/news/harbour-ferry-fares": html("ferry-fares-2023.html")},
        s("ok", "soft_404"),
        FAIL,
        "a topic URL reused for 2023's story on the same fares ('... to rise for first time in five years'):"
        " another story, the cited one is gone",
        must=("title_mismatch",),
    ),
    Scenario(
        "removed-body-headline-kept",
        "/local/2018/09/20/councillor-firm-contracts",
        f'title: "Councillor\'s firm won $80,000 in county contracts, records show" | {LEDGER}'
        " | date: 2018-09-20",
        {"/local/2018/09/20/councillor-firm-contracts": html("removed-keeps-headline.html")},
        DEAD,
        FAIL,
        "the headline and date are kept but the body says 'This article has been removed ... The story's text"
        " is no longer available': the cited content is gone; the matching headline must not make it pass",
        cause=s("error_page"),
    ),
    Scenario(
        "live-blog-expired",
        "/news/live/2021/aug/14/eastquay-regatta",
        f'title: "Live: Eastquay regatta day" | {COURIER} | date: 2021-08-14',
        {"/news/live/2021/aug/14/eastquay-regatta": html("liveblog-expired.html")},
        DEAD,
        FAIL,
        "the live blog's shell keeps its headline, but the embed says 'This live event has expired ... no"
        " longer available': the coverage cited is gone",
        cause=s("error_page"),
    ),
    # --- removal notices and "not found", in other words and languages -----------------------------------
    Scenario(
        "unpublished-en",
        "/news/2012/jan/17/magistrates-court-fine",
        f'title: "Man fined for harbour wall damage" | {COURIER} | date: 2012-01-17',
        {"/news/2012/jan/17/magistrates-court-fine": html("unpublished-en.html")},
        DEAD,
        FAIL,
        "'This story has been unpublished' in the <h1>, the <title> the site's name, served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "deleted-at-request-en",
        "/local/2011/06/02/dui-arrest-main-street",
        f'title: "Driver arrested after Main Street crash" | {LEDGER} | date: 2011-06-02',
        {"/local/2011/06/02/dui-arrest-main-street": html("removed-request-en.html")},
        DEAD,
        FAIL,
        "'Content removed' / 'deleted at the request of a person named in it', served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "depublished-de",
        "/nachrichten/2019/rheinpegel-hochwasser-100.html",
        'title: "Rheinpegel steigt: Hochwasserwarnung für Köln" | outlet: Rheinland-Welle | date: 2019-02-04',
        {"/nachrichten/2019/rheinpegel-hochwasser-100.html": html("depubliziert-de.html")},
        DEAD,
        FAIL,
        "a German broadcaster's 'Depublizierter Inhalt ... depubliziert und steht nicht mehr zur Verfügung'"
        " (removed under broadcasting law), the <title> the site's name: gone",
        cause=s("error_page"),
    ),
    Scenario(
        "removed-italian",
        "/cronaca/2019/05/22/ponte-chiuso-per-lavori",
        'title: "Ponte chiuso per lavori fino a settembre" | outlet: Corriere della Valle | date: 2019-05-22',
        {"/cronaca/2019/05/22/ponte-chiuso-per-lavori": html("removed-it.html")},
        DEAD,
        FAIL,
        "'Pagina non trovata' / 'L'articolo che cercavi non esiste più', served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "removed-dutch-h1",
        "/regio/2020/02/11/brug-dicht",
        'title: "Brug over de Maas maand dicht voor onderhoud" | outlet: Dagblad van het Dal'
        " | date: 2020-02-11",
        {"/regio/2020/02/11/brug-dicht": html("removed-nl.html")},
        DEAD,
        FAIL,
        "'Dit artikel is niet meer beschikbaar' in the <h1>, the <title> the site's name, served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "removed-polish-div",
        "/wiadomosci/2019/10/07/nowy-most",
        'title: "Nowy most na Wiśle otwarty dla ruchu" | outlet: Gazeta Doliny | date: 2019-10-07',
        {"/wiadomosci/2019/10/07/nowy-most": html("removed-pl.html")},
        DEAD,
        FAIL,
        "'Artykuł został usunięty' (the article has been deleted) in a styled <div> only, served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "not-found-korean-h2",
        "/news/articleView.html?idxno=48213",
        'title: "시청 앞 광장, 보행자 전용으로 바뀐다" | outlet: 계곡일보 | date: 2021-05-03',
        {"/news/articleView.html": html("notfound-ko.html")},
        DEAD,
        FAIL,
        "'요청하신 페이지를 찾을 수 없습니다' (the page you requested cannot be found) in an <h2>,"
        " the <title> the site's name, served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "not-found-indonesian",
        "/berita/2020/07/15/banjir-rendam-pasar",
        'title: "Banjir rendam pasar tradisional" | outlet: Harian Lembah | date: 2020-07-15',
        {"/berita/2020/07/15/banjir-rendam-pasar": html("notfound-id.html")},
        DEAD,
        FAIL,
        "'Halaman Tidak Ditemukan' / 'Berita yang Anda cari tidak ditemukan', served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "not-found-ukrainian",
        "/news/2021/03/19/novyi-mist",
        'title: "У місті відкрили новий міст через річку" | outlet: Вісті Долини | date: 2021-03-19',
        {"/news/2021/03/19/novyi-mist": html("notfound-uk.html")},
        DEAD,
        FAIL,
        "'Сторінку не знайдено' (page not found) in the <h1>, the <title> the site's name, served 200",
        cause=s("error_page"),
    ),
    # --- soft 404s whose title still names the site -------------------------------------------------------
    Scenario(
        "soft404-wordpress-oops",
        "/2018/01/15/ice-rink-reopens/",
        f'title: "Ice rink reopens after roof repairs" | {LEDGER} | date: 2018-01-15',
        {"/2018/01/15/ice-rink-reopens/": html("wp-oops.html")},
        DEAD,
        FAIL,
        "WordPress's 'Page not found – The Valley Ledger' / 'Oops! That page can’t be found.', served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "soft404-nothing-found-for-slug",
        "/local/2018/01/16/ice-rink-reopens",
        f'title: "Ice rink reopens to skaters" | {LEDGER} | date: 2018-01-16',
        {"/local/2018/01/16/ice-rink-reopens": html("nothing-found.html")},
        DEAD,
        FAIL,
        "a theme's 'Nothing found for Local 2018 01 16 Ice Rink Reopens | The Valley Ledger' (the URL's words"
        " in the title) and 'Oops! Page not found', served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "soft404-error-404-under-site-title",
        "/news/2014/06/30/mill-fire",
        f'title: "Fire guts former cotton mill" | {GAZETTE} | date: 2014-06-30',
        {"/news/2014/06/30/mill-fire": html("error404-plain-title.html")},
        DEAD,
        FAIL,
        "an old CMS's 'Error 404 ... might have been removed' under the <title> 'Selby Valley Gazette',"
        " served 200",
        cause=s("error_page"),
    ),
    # --- status codes ---------------------------------------------------------------------------------------
    Scenario(
        "gone-410-json",
        "/news/2013/04/02/quarry-expansion",
        f'title: "Quarry expansion approved on appeal" | {GAZETTE} | date: 2013-04-02',
        {
            "/news/2013/04/02/quarry-expansion": Page(
                410,
                b'{"error":"gone","message":"' + GONE_TEXT.encode() + b'"}',
                {"Content-Type": "application/json"},
            )
        },
        s("dead"),
        FAIL,
        "a headless CMS's 410 with a JSON body: removed for good",
        cause=s("gone"),
        says=(("410",),),
    ),
    Scenario(
        "legal-451-after-302",
        "/news/2021/06/08/sheriff-recall",
        f'title: "Recall petition against sheriff fails" | {LEDGER} | date: 2021-06-08',
        {
            "/news/2021/06/08/sheriff-recall": redirect(302, "/unavailable"),
            "/unavailable": html("legal-451.html", 451),
        },
        BLOCKED,
        WARN,
        "a 302 to a page served 451 (blocked for readers in the EEA): not dead, not verifiable here",
        cause=s("legal"),
        must_not=("moved",),
        says=(("451",),),
    ),
    Scenario(
        "akamai-access-denied-403",
        "/news/2020/09/14/levee-funding",
        f'title: "Levee funding delayed by state review" | {LEDGER} | date: 2020-09-14',
        {
            "/news/2020/09/14/levee-funding": html(
                "akamai-denied.html", 403, Server="AkamaiGHost", **{"Mime-Version": "1.0"}
            )
        },
        BLOCKED,
        WARN,
        "Akamai's 'Access Denied ... Reference #18.6f3c1002...' with 403: the CDN refused the checker, the"
        " link is not dead",
        must_not=("title_mismatch",),
    ),
    Scenario(
        "cloudfront-request-blocked-403",
        "/news/2020/10/01/bridge-inspection",
        f'title: "Bridge inspection finds corroded cables" | {LEDGER} | date: 2020-10-01',
        {
            "/news/2020/10/01/bridge-inspection": html(
                "cloudfront-403.html",
                403,
                Server="CloudFront",
                **{"X-Cache": "Error from cloudfront", "X-Amz-Cf-Id": "3vT1bQm0Yb9Qk2nA8d7xX"},
            )
        },
        BLOCKED,
        WARN,
        "CloudFront's '403 ERROR ... Request blocked' (a WAF rule): a block, not a dead link",
        must_not=("title_mismatch",),
    ),
    Scenario(
        "perimeterx-press-and-hold-403",
        "/news/2021/01/19/port-tariffs",
        f'title: "Port tariffs cut to win back freight" | {COURIER} | date: 2021-01-19',
        {"/news/2021/01/19/port-tariffs": html("perimeterx.html", 403)},
        BLOCKED,
        WARN,
        "PerimeterX's 'Access to this page has been denied' / 'Press & Hold to confirm you are a human':"
        " a bot challenge",
        cause=s("bot_challenge"),
        must_not=("title_mismatch",),
    ),
    Scenario(
        "datadome-captcha-403",
        "/news/2021/02/23/wind-farm-consent",
        f'title: "Offshore wind farm wins consent" | {COURIER} | date: 2021-02-23',
        {
            "/news/2021/02/23/wind-farm-consent": html(
                "datadome.html", 403, **{"X-DataDome": "protected", "Set-Cookie": "datadome=abc; Path=/"}
            )
        },
        BLOCKED,
        WARN,
        "DataDome's captcha stub (a script from captcha-delivery.com, 'Please enable JS and disable any ad"
        " blocker', the title the bare domain) with 403: a bot challenge",
        cause=s("bot_challenge"),
        must_not=("title_mismatch",),
    ),
    Scenario(
        "sucuri-firewall-403",
        "/news/2019/03/28/library-fines",
        f'title: "Library fines abolished for children" | {GAZETTE} | date: 2019-03-28',
        {
            "/news/2019/03/28/library-fines": html(
                "sucuri.html", 403, Server="Sucuri/Cloudproxy", **{"X-Sucuri-ID": "14012"}
            )
        },
        BLOCKED,
        WARN,
        "Sucuri's 'Access Denied - Sucuri Website Firewall' (Block ID BOT015) with 403: a bot wall",
        must_not=("title_mismatch",),
    ),
    Scenario(
        "plain-nginx-403",
        "/news/2019/04/09/cinema-reopens",
        f'title: "Picture house reopens after restoration" | {GAZETTE} | date: 2019-04-09',
        {
            "/news/2019/04/09/cinema-reopens": Page(
                403,
                b"<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden"
                b"</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                {"Content-Type": "text/html", "Server": "nginx"},
            )
        },
        BLOCKED,
        WARN,
        "a bare nginx '403 Forbidden': the server refuses the checker; reachable, not verifiable, not dead",
        must_not=("title_mismatch",),
        says=(("403",),),
    ),
    # --- live: moves a person shrugs at, and real moves --------------------------------------------------
    Scenario(
        "index-html-dropped-301",
        ARTICLE_PATH + "/index.html",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {ARTICLE_PATH + "/index.html": redirect(301, ARTICLE_PATH)},
        OK,
        PASS,
        "a 301 that drops '/index.html': the same address to a reader, not worth a warning",
        must_not=MISMATCH,
        quiet_move=True,
    ),
    Scenario(
        "guardian-share-parameter-dropped-301",
        ARTICLE_PATH + "?CMP=share_btn_tw",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {ARTICLE_PATH + "?CMP=share_btn_tw": redirect(301, ARTICLE_PATH)},
        OK,
        PASS,
        "a 301 that drops a share-button campaign parameter (CMP=share_btn_tw): the same article",
        must_not=MISMATCH,
        quiet_move=True,
    ),
    Scenario(
        "rss-parameters-dropped-301",
        QUAY_PATH + "?at_medium=RSS&at_campaign=rss",
        f'title: "{QUAY}" | {COURIER} | date: 2020-11-03',
        {QUAY_PATH + "?at_medium=RSS&at_campaign=rss": redirect(301, QUAY_PATH)},
        OK,
        PASS,
        "a 301 that drops the RSS feed's campaign parameters (at_medium, at_campaign): the same article",
        must_not=MISMATCH,
        quiet_move=True,
    ),
    Scenario(
        "moved-to-new-slug-and-id",
        "/2019/06/12/night-ferries-approved.html",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {
            "/2019/06/12/night-ferries-approved.html": redirect(
                301, "/news/transport/harbour-authority-approves-night-ferries-a8812345"
            ),
            "/news/transport/harbour-authority-approves-night-ferries-a8812345": html("article.html"),
        },
        OK,
        WARN,
        "a CMS migration 301s the old .html address to a new slug with an id: the same article (title and"
        " date intact); report the move and the URL to cite",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}/news/transport/harbour-authority-approves-night-ferries-a8812345",),),
    ),
    Scenario(
        "temporary-302-to-same-article",
        "/news/2020/11/03/quay-wall",
        f'title: "{QUAY}" | {COURIER} | date: 2020-11-03',
        {"/news/2020/11/03/quay-wall": redirect(302, QUAY_PATH)},
        OK,
        NOT_FAIL,
        "a 302 to the article at its current address: the same article; a temporary redirect may be"
        " mentioned, nothing more",
        must_not=MISMATCH,
    ),
    Scenario(
        "amp-suffix-to-canonical-301",
        QUAY_PATH + "/amp",
        f'title: "{QUAY}" | {COURIER} | date: 2020-11-03',
        {QUAY_PATH + "/amp": redirect(301, QUAY_PATH)},
        OK,
        NOT_FAIL,
        "an AMP address ('<article>/amp') 301'd to the article: the same article",
        must_not=MISMATCH,
    ),
    Scenario(
        "amp-query-to-canonical-301",
        ARTICLE_PATH + "?outputType=amp",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {ARTICLE_PATH + "?outputType=amp": redirect(301, ARTICLE_PATH)},
        OK,
        NOT_FAIL,
        "an AMP address by query ('?outputType=amp') 301'd to the article: the same article",
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def rot3_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot3"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot3_scenario(rot3_run: Run, scenario: Scenario) -> None:
    check_scenario(rot3_run, scenario)


def test_every_scenario_was_reported(rot3_run: Run) -> None:
    assert sorted(rot3_run.results) == sorted(IDS), rot3_run.stderr


# --- moves to another host: through the library, with a fetcher double -------------------------------------

COURIER_HOST = "www.northerncourier.co.uk"


@dataclass(frozen=True)
class HostMove:
    id: str
    cited: str
    #: each hop's status and Location, the last one the final URL
    hops: tuple[tuple[int, str], ...]
    page: str
    title: str
    outlet: str
    date: str
    #: the severities a ``moved`` finding may have (empty: none may be reported)
    moved: frozenset[str]
    verdict: frozenset[str]
    why: str


HOST_MOVES = [
    HostMove(
        "http-to-https-then-www-two-hops",
        f"http://northerncourier.co.uk{ARTICLE_PATH}",
        (
            (301, f"https://northerncourier.co.uk{ARTICLE_PATH}"),
            (301, f"https://{COURIER_HOST}{ARTICLE_PATH}"),
        ),
        "article.html",
        ARTICLE_TITLE,
        "The Northern Courier",
        "2019-06-12",
        s("info"),
        PASS,
        "HTTPS, then www., in two 301s: how sites are run, not link rot",
    ),
    HostMove(
        "amp-subdomain-to-canonical",
        f"https://amp.northerncourier.co.uk{QUAY_PATH}",
        ((301, f"https://{COURIER_HOST}{QUAY_PATH}"),),
        "typography.html",
        QUAY_CITED,
        "The Northern Courier",
        "2020-11-03",
        s("info", "warn"),
        NOT_FAIL,
        "the amp. subdomain retired, each AMP page 301'd to the article: the same article (a move may be"
        " mentioned, nothing more)",
    ),
    HostMove(
        "merged-into-group-domain",
        f"https://{COURIER_HOST}/news/2019/jun/12/harbour-authority-approves-night-ferries",
        (
            (
                301,
                "https://www.northcoastmedia.co.uk/northern-courier/news/harbour-authority-approves-night-ferries",
            ),
        ),
        "article.html",
        ARTICLE_TITLE,
        "The Northern Courier",
        "2019-06-12",
        s("warn"),
        WARN,
        "the paper was folded into its group's site (301 to the group's domain, the paper's name in the"
        " path): the same article (the page still names the paper), a new URL to cite",
    ),
]


@pytest.mark.parametrize("move", HOST_MOVES, ids=[m.id for m in HOST_MOVES])
def test_moves_to_another_host(move: HostMove) -> None:
    final = move.hops[-1][1]
    fetched = FetchResult(
        url=move.cited,
        final_url=final,
        status_code=200,
        headers={"content-type": "text/html; charset=utf-8"},
        body=(FIXTURES / move.page).read_bytes(),
        redirects=tuple(Redirect(status, location) for status, location in move.hops),
    )
    citation = Citation(move.cited, title=move.title, outlet=move.outlet, date=PartialDate.parse(move.date))
    result = check([citation], Config(), fetcher=_Answers({move.cited: fetched})).results[0]
    found = [(f.kind.value, f.severity.value, f.actual) for f in result.findings]
    why = f"expected: {move.why}\ngot status={result.status.value} verdict={result.verdict.value} {found}"
    assert result.status.value == "ok", why
    assert [k for k, _, _ in found if k != "moved"] == [], why
    moved = [(sev, actual) for k, sev, actual in found if k == "moved"]
    assert all(sev in move.moved for sev, _ in moved), why
    if move.moved == {"warn"}:
        assert moved, why
    assert all(actual == final for _, actual in moved), why
    assert result.verdict.value in move.verdict, why
