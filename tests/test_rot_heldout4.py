"""Held-out probe of link rot, fourth batch: what the first three batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Pages are in ``tests/fixtures/rot`` (see its README). A page may hold ``{{origin}}``,
replaced by the server's origin once it listens (a meta refresh to the front page by its absolute URL).
Moves to another host (an archive subdomain, the group that bought the outlet, the Wayback Machine) run
through :func:`linkcheck.check` with a fetcher double, at the end.

Written before reading the classifier (classify, soft404, gates, pagebody, checker): the expectations are
what a person concludes, not what the code does.
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
    HTML,
    LEDGER,
    MISMATCH,
    NOT_FAIL,
    OK,
    PARKED,
    PASS,
    QUAY_CITED,
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
TRIBUNE = "outlet: The Lakeside Tribune"
FRONT = (("front page", "home page", "homepage"),)
ORIGIN = b"{{origin}}"

SSO_PATH = "/premium/2020/nov/03/quay-wall-crumbles"
LIGHTHOUSE_PATH = "/news/2021/mar/23/lighthouse-keepers-cottage"
BRIDGE_CAPTURE = "/web/20160825031742/http://www.valleyledger.com/local/2016/08/22/covered-bridge-reopens"
SNOWPLOW_CAPTURE = "/web/20190601120301/http://www.valleyledger.com/local/2019/02/11/snowplow-contract"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    "/index.php": html("home.html"),
    "/fr/": html("home-fr.html"),
    ARTICLE_PATH: html("article.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls: live pages whose words or markup sound like rot ---------------------------------------
    Scenario(
        "control-highway-404-headline",
        "/news/2021/06/22/highway-404-overnight-closure",
        f'title: "Highway 404 closed overnight for bridge deck work" | {TRIBUNE} | date: 2021-06-22',
        {"/news/2021/06/22/highway-404-overnight-closure": html("highway-404.html")},
        OK,
        PASS,
        "a live story about Highway 404 whose body mentions 'error messages': the article, as cited",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-feature-headline-page-not-found",
        "/features/2022/mar/05/parish-records-lost",
        f'title: "Page not found: how a parish lost a century of its records" | {COURIER} | date: 2022-03-05',
        {"/features/2022/mar/05/parish-records-lost": html("feature-page-not-found.html")},
        OK,
        PASS,
        "a long read headlined 'Page not found: ...' quoting 'it no longer exists': a live article",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-paywall-headline-visible-en",
        "/news/2022/12/08/water-rates",
        f'title: "Reservoir district raises water rates 14% for 2023" | {TRIBUNE} | date: 2022-12-08',
        {"/news/2022/12/08/water-rates": html("paywall-headline-en.html")},
        OK,
        NOT_FAIL,
        "a Piano-style hard paywall ('Subscribe to continue reading') under the visible headline, byline and"
        " first paragraph (isAccessibleForFree false): the cited article is there, its headline and date"
        " verify",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-paywall-headline-visible-fr",
        "/actualite/2022/06/14/fermetures-de-classes",
        'title: "La vallée ferme trois classes à la rentrée, les parents mobilisés"'
        " | outlet: Le Courrier de la Vallée | date: 2022-06-14",
        {"/actualite/2022/06/14/fermetures-de-classes": html("paywall-headline-fr.html")},
        OK,
        NOT_FAIL,
        "'Article réservé aux abonnés' above the visible headline and date, 'La suite est réservée aux"
        " abonnés' below the first paragraph: the article is there",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-paywall-headline-visible-de",
        "/lokales/2022-08-30/elektrofaehre",
        'title: "Neue Rheinfähre soll 2024 elektrisch fahren" | outlet: Rheinische Rundschau'
        " | date: 2022-08-30",
        {"/lokales/2022-08-30/elektrofaehre": html("paywall-headline-de.html")},
        OK,
        NOT_FAIL,
        "a German 'Plus' article ('Weiterlesen mit RR+', 'exklusiv für Abonnenten', 'Anmelden') with its"
        " headline (kicker and title in one <h1>) and date visible: the article is there",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-article-about-online-casinos",
        "/news/2023/02/28/casino-ad-rules",
        f'title: "Province caps online casino ads after complaints from parents" | {TRIBUNE}'
        " | date: 2023-02-28",
        {"/news/2023/02/28/casino-ad-rules": html("casino-regulation.html")},
        OK,
        PASS,
        "a live news story about casino advertising ('slot games', 'live casino', 'bonus for new members'):"
        " not spam",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-canonical-to-syndication-original",
        "/news/2023/02/16/great-lakes-ice-cover",
        f'title: "Great Lakes ice cover hits a 50-year low" | {TRIBUNE} | date: 2023-02-16',
        {"/news/2023/02/16/great-lakes-ice-cover": html("syndicated-canonical.html")},
        OK,
        PASS,
        "a wire story republished by the outlet, its canonical the wire's URL on another host: the cited"
        " page, as cited",
        must_not=MISMATCH,
    ),
    # --- a site migration that sends every old URL to a section front ------------------------------------
    Scenario(
        "migration-to-wordpress-category",
        "/news/local/2014-03-11/marina-fees-frozen.aspx",
        f'title: "Marina fees frozen for a second season" | {TRIBUNE} | date: 2014-03-11',
        {
            "/news/local/2014-03-11/marina-fees-frozen.aspx": redirect(301, "/category/local-news/"),
            "/category/local-news/": html("wp-category.html"),
        },
        DEAD,
        FAIL,
        "a migration to WordPress 301s every old .aspx story to the Local News category archive"
        " (CollectionPage, 'Local News Archives'): the article is gone",
        must_not=("moved",),
        says=(("{o}/category/local-news/",),),
    ),
    Scenario(
        "migration-to-section-front-with-legacy-query",
        "/storyview.php?sid=20150612-levy",
        f'title: "County levy vote postponed to July" | {LEDGER} | date: 2015-06-12',
        {"/storyview.php": redirect(301, "/local/?from=legacy"), "/local/": html("section-local.html")},
        DEAD,
        FAIL,
        "an old CMS's story URL 301s to the Local section's front ('Local', a river of teasers with dates)"
        " with a query marking legacy traffic: the article is gone",
        must_not=("moved",),
        says=(("{o}/local/",),),
    ),
    Scenario(
        "migration-redirect-chain-to-404",
        "/news/2013/apr/09/tram-depot-plans",
        f'title: "Tram depot plans go on show" | {COURIER} | date: 2013-04-09',
        {
            "/news/2013/apr/09/tram-depot-plans": redirect(301, "/news/tram-depot-plans-go-on-show-1.88231"),
            "/news/tram-depot-plans-go-on-show-1.88231": html("notfound-en.html", 404),
        },
        s("dead"),
        FAIL,
        "the migration's 301 leads to the new address, which answers 404: dead, and the new URL is no"
        " place to send the reader",
        cause=s("not_found"),
        must_not=("moved",),
        says=(("404",),),
    ),
    Scenario(
        "redirect-to-404-html-served-200",
        "/news/2017/11/20/harbour-lights-festival",
        f'title: "Harbour lights festival draws 20,000" | {TRIBUNE} | date: 2017-11-20',
        {
            "/news/2017/11/20/harbour-lights-festival": redirect(302, "/404.html"),
            "/404.html": html("oops-generic.html"),
        },
        DEAD,
        FAIL,
        "a 302 to /404.html, which answers 200 with a bare 'Oops!': the server's own not-found page",
        must_not=("moved",),
    ),
    # --- interstitials that send the reader back to the article ------------------------------------------
    Scenario(
        "login-check-then-back-to-article",
        SSO_PATH,
        f'title: "{QUAY}" | {COURIER} | date: 2020-11-03',
        {
            SSO_PATH: redirect(302, "/auth/sso?returnTo=%2Fpremium%2F2020%2Fnov%2F03%2Fquay-wall-crumbles"),
            "/auth/sso": redirect(302, SSO_PATH + "?sso=checked"),
            SSO_PATH + "?sso=checked": html("typography.html"),
        },
        OK,
        NOT_FAIL,
        "a 302 to a single-sign-on check that 302s straight back to the article (with '?sso=checked'): the"
        " article, as cited; not a sign-in wall",
        must_not=MISMATCH,
    ),
    Scenario(
        "cookie-wall-refreshes-back-to-article",
        LIGHTHOUSE_PATH,
        f'title: "Lighthouse keepers\' cottage to become a museum" | {COURIER} | date: 2021-03-23',
        {
            LIGHTHOUSE_PATH: redirect(302, "/privacy-gate?redirect_url=%2Fnews%2F2021%2Fmar%2F23"),
            "/privacy-gate": html("privacy-gate.html"),
            LIGHTHOUSE_PATH + "?consent=given": html("lighthouse.html"),
        },
        OK,
        NOT_FAIL,
        "a 302 to a 'We value your privacy' page whose meta refresh (0 s) returns to the article: the"
        " article is there",
        must_not=MISMATCH,
    ),
    # --- single-page apps: the answer is in the JSON ------------------------------------------------------
    Scenario(
        "spa-not-found-in-next-data",
        "/news/2019/05/14/marina-expansion-approved",
        f'title: "Council approves marina expansion" | {TRIBUNE} | date: 2019-05-14',
        {"/news/2019/05/14/marina-expansion-approved": html("spa-notfound-next.html")},
        DEAD,
        FAIL,
        "a Next.js shell served 200 whose __NEXT_DATA__ says statusCode 404, 'Page not found', 'no longer"
        " exists': the article is gone",
        cause=s("error_page"),
    ),
    Scenario(
        "spa-not-found-in-nuxt-state",
        "/news/2016/03/08/bandstand-restored",
        f'title: "Bandstand restored in time for brass band season" | {GAZETTE} | date: 2016-03-08',
        {"/news/2016/03/08/bandstand-restored": html("spa-notfound-nuxt.html")},
        DEAD,
        FAIL,
        "a Nuxt shell served 200 whose window.__NUXT__ holds error: {statusCode: 404, 'This page could not be"
        " found'}: gone",
        cause=s("error_page"),
    ),
    Scenario(
        "control-spa-article-in-next-data",
        "/news/2022/05/19/lakeshore-boardwalk-reopens",
        f'title: "Lakeshore boardwalk reopens after storm repairs" | {TRIBUNE} | date: 2022-05-19',
        {"/news/2022/05/19/lakeshore-boardwalk-reopens": html("spa-article-next.html")},
        s("ok", "blocked"),
        NOT_FAIL,
        "a Next.js shell whose __NEXT_DATA__ holds the article (headline, date, body; 'error': null,"
        " 'notFound': false): the article exists; at worst linkcheck cannot read it",
        must_not=MISMATCH,
    ),
    # --- another language edition -------------------------------------------------------------------------
    Scenario(
        "redirect-to-other-language-front",
        "/news/2016/sep/27/coastguard-station-closes",
        f'title: "Coastguard station closes after 150 years" | {COURIER} | date: 2016-09-27',
        {
            "/news/2016/sep/27/coastguard-station-closes": Page(
                302, b"", {"Location": "/fr/", "Vary": "Accept-Language", "Content-Type": "text/html"}
            )
        },
        DEAD,
        FAIL,
        "a 302 (Vary: Accept-Language) to /fr/, the French edition's front page: the article is gone",
        cause=s("front_page"),
        must_not=("moved",),
        says=FRONT,
    ),
    Scenario(
        "url-now-serves-translation",
        "/news/2019/jun/12/harbour-authority-approves-night-ferries-en",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {"/news/2019/jun/12/harbour-authority-approves-night-ferries-en": html("translated-de.html")},
        OK,
        s("warn", "fail"),
        "the URL now answers with the German edition's translation (German headline, same date,"
        " translationOfWork names the English headline): not the page cited; the English one is elsewhere",
        must_not=("moved",),
    ),
    # --- canonical and meta refresh --------------------------------------------------------------------
    Scenario(
        "canonical-to-another-article",
        "/local/2014/03/14/reservoir-boat-ramp",
        f'title: "Reservoir boat ramp to be rebuilt" | {LEDGER} | date: 2014-03-14',
        {"/local/2014/03/14/reservoir-boat-ramp": html("canonical-other.html")},
        s("ok", "soft_404"),
        FAIL,
        "a reused story id: the URL answers with another story (2023) whose canonical is that story's URL:"
        " the cited one is gone; its canonical is no URL to cite",
        must=("title_mismatch",),
        must_not=("moved",),
    ),
    Scenario(
        "meta-refresh-uppercase-quoted-to-index",
        "/archive/2004/06/regatta.htm",
        f'title: "Regatta cancelled as gales batter coast" | {GAZETTE} | date: 2004-06-19',
        {"/archive/2004/06/regatta.htm": html("meta-refresh-quoted.html")},
        DEAD,
        FAIL,
        'an old server\'s stub: <META HTTP-EQUIV="REFRESH" CONTENT="0;URL=\'/index.php\'">, the front page',
        must_not=("moved",),
        says=FRONT,
    ),
    Scenario(
        "meta-refresh-absolute-to-home",
        "/news/2015/may/07/election-count",
        f'title: "Election count runs through the night" | {COURIER} | date: 2015-05-07',
        {"/news/2015/may/07/election-count": html("meta-refresh-absolute.html")},
        DEAD,
        FAIL,
        "'This page has moved. Taking you to our home page' with a 2 s meta refresh to the front page by its"
        " absolute URL: gone",
        must_not=("moved",),
        says=FRONT,
    ),
    Scenario(
        "moved-notice-with-link",
        "/local/2014/10/07/grain-elevator-demolition",
        f'title: "Grain elevator comes down after 90 years" | {LEDGER} | date: 2014-10-07',
        {"/local/2014/10/07/grain-elevator-demolition": html("moved-notice.html")},
        s("ok", "soft_404"),
        s("warn", "fail"),
        "'This article has moved' with a link to its new address, served 200: the article is not at the"
        " cited URL; a person follows the link, linkcheck at least must not pass it",
    ),
    # --- status codes with bodies -----------------------------------------------------------------------
    Scenario(
        "gone-410-pleasant-body",
        "/news/2012/aug/30/beach-hut-auction",
        f'title: "Beach huts sell for record prices at auction" | {COURIER} | date: 2012-08-30',
        {"/news/2012/aug/30/beach-hut-auction": html("gone-pleasant.html", 410)},
        s("dead"),
        FAIL,
        "410 with a friendly page ('This page has taken early retirement', links to today's stories):"
        " removed for good",
        cause=s("gone"),
        says=(("410",),),
    ),
    Scenario(
        "gone-410-keeps-headline",
        "/local/2011/02/08/teachers-strike-vote",
        f'title: "Teachers\' union calls strike vote over class sizes" | {LEDGER} | date: 2011-02-08',
        {"/local/2011/02/08/teachers-strike-vote": html("gone-headline.html", 410)},
        s("dead"),
        FAIL,
        "410 whose page keeps the cited headline over 'This story is no longer available': removed, the"
        " headline is no proof",
        cause=s("gone"),
        says=(("410",),),
    ),
    Scenario(
        "legal-451-court-order-de",
        "/lokales/2022-02-17/bauunternehmer-vorwuerfe",
        'title: "Vorwürfe gegen Bauunternehmer: Stadt prüft Aufträge" | outlet: Rheinische Rundschau'
        " | date: 2022-02-17",
        {"/lokales/2022-02-17/bauunternehmer-vorwuerfe": html("legal-451-de.html", 451)},
        BLOCKED,
        WARN,
        "451 with a German notice (an injunction: 'Dieser Inhalt ist nicht verfügbar'): blocked for legal"
        " reasons, not dead and not another page",
        cause=s("legal"),
        must_not=("title_mismatch",),
        says=(("451",),),
    ),
    Scenario(
        "legal-451-plain-text",
        "/news/2020/feb/11/trawler-owner-inquiry",
        f'title: "Trawler owner faces inquiry over crew hours" | {COURIER} | date: 2020-02-11',
        {
            "/news/2020/feb/11/trawler-owner-inquiry": Page(
                451, b"Unavailable For Legal Reasons\n", {"Content-Type": "text/plain; charset=utf-8"}
            )
        },
        BLOCKED,
        WARN,
        "a bare 451 in plain text: blocked for legal reasons",
        cause=s("legal"),
        says=(("451",),),
    ),
    Scenario(
        "removed-by-court-order-200",
        "/news/2021/oct/04/care-home-investigation",
        f'title: "Care home under investigation after complaints" | {COURIER} | date: 2021-10-04',
        {"/news/2021/oct/04/care-home-investigation": html("legal-court-order.html")},
        s("soft_404", "blocked"),
        s("fail", "warn"),
        "'This article has been removed by order of the court' under 'Legal notice', served 200: the"
        " article is not there (removed, or withheld for legal reasons), not another article",
        must_not=("title_mismatch",),
    ),
    Scenario(
        "multiple-choices-300-with-location",
        "/news/2019/jun/12/night-ferries",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {
            "/news/2019/jun/12/night-ferries": Page(
                300,
                (FIXTURES / "multiple-choices.html").read_bytes(),
                {**HTML, "Location": ARTICLE_PATH},
            )
        },
        OK,
        NOT_FAIL,
        "300 Multiple Choices naming the English article as its preferred choice (Location) and listing a"
        " Welsh version: the article is reachable",
        must_not=MISMATCH,
    ),
    Scenario(
        "multiple-choices-300-without-location",
        "/news/2019/jun/12/fferi",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {"/news/2019/jun/12/fferi": html("multiple-choices.html", 300)},
        s("ok", "blocked", "error"),
        WARN,
        "300 Multiple Choices with no preferred choice, listing the article and its Welsh version: the"
        " server answers, a person picks the link by hand; not dead",
    ),
    # --- hacked pages: spam under the old headline -------------------------------------------------------
    Scenario(
        "hacked-casino-spam-under-headline",
        "/2017/05/11/town-hall-clock-tower-restored/",
        f'title: "Town hall clock tower restored after 40 years of silence" | {GAZETTE} | date: 2017-05-11',
        {"/2017/05/11/town-hall-clock-tower-restored/": html("hacked-casino.html")},
        s("ok", "soft_404"),
        s("warn", "fail"),
        "a hacked WordPress post: the old headline and date kept, the body replaced by Indonesian slot-gacor"
        " spam and hidden links: the cited content is gone; the matching headline must not make it pass",
    ),
    Scenario(
        "hacked-pharma-spam-under-headline",
        "/local/2016/05/03/farmers-market-riverside",
        f'title: "Farmers market moves to Riverside Park for the summer" | {LEDGER} | date: 2016-05-03',
        {"/local/2016/05/03/farmers-market-riverside": html("hacked-pharma.html")},
        s("ok", "soft_404"),
        s("warn", "fail"),
        "a hacked page: headline and date kept, the body 'Buy Cialis Online Cheap ... No Prescription' with"
        " pharmacy links: the cited content is gone",
    ),
    # --- the Wayback Machine --------------------------------------------------------------------------------
    Scenario(
        "redirect-to-archive-capture-of-article",
        "/local/2016/08/22/covered-bridge-reopens",
        f'title: "Covered bridge reopens to traffic after flood repairs" | {LEDGER} | date: 2016-08-22',
        {
            "/local/2016/08/22/covered-bridge-reopens": redirect(301, BRIDGE_CAPTURE),
            BRIDGE_CAPTURE: html("wayback-capture2.html"),
        },
        OK,
        NOT_FAIL,
        "the outlet, closing its site, 301s each old story to a web-archive capture of it (toolbar, rewritten"
        " links, the capture's timestamp in the URL): the article as archived, title and date intact; the"
        " report says where it now is",
        must_not=MISMATCH,
        says=(("{o}/web/20160825031742/",),),
    ),
    Scenario(
        "redirect-to-archive-capture-of-not-found",
        "/local/2019/02/11/snowplow-contract",
        f'title: "County renews snowplow contract for five years" | {LEDGER} | date: 2019-02-11',
        {
            "/local/2019/02/11/snowplow-contract": redirect(302, SNOWPLOW_CAPTURE),
            SNOWPLOW_CAPTURE: html("wayback-notfound.html"),
        },
        DEAD,
        FAIL,
        "a 302 to a web-archive capture whose page is the outlet's 'Sorry, we can't find that page': the"
        " archive kept the error, not the article",
        must_not=("moved",),
    ),
    # --- soft 404s that echo the slug -------------------------------------------------------------------
    Scenario(
        "soft404-slug-as-title-case",
        "/local/marina-expansion-approved-by-council",
        f'title: "Marina expansion approved by council" | {TRIBUNE} | date: 2019-05-14',
        {"/local/marina-expansion-approved-by-council": html("soft404-slug-cased.html")},
        DEAD,
        FAIL,
        "a not-found page whose <title> and og:title are the URL's slug in title case ('Marina Expansion"
        " Approved By Council') and whose <h1> says 'we can't find that page': gone; the echoed title must"
        " not make it pass",
        cause=s("error_page"),
    ),
    Scenario(
        "soft404-raw-slug-title-and-heading",
        "/news/2016/06/18/bandstand-restored-for-summer-concerts",
        f'title: "Bandstand restored for summer concerts" | {GAZETTE} | date: 2016-06-18',
        {"/news/2016/06/18/bandstand-restored-for-summer-concerts": html("soft404-slug-raw.html")},
        DEAD,
        FAIL,
        "an old CMS echoes the raw slug ('bandstand-restored-for-summer-concerts') as <title> and heading"
        " over '404 The requested item could not be located', served 200: gone",
        cause=s("error_page"),
    ),
    Scenario(
        "wire-story-licence-expired",
        "/news/2022/11/30/wire-storm-warning",
        f'title: "Storm warning issued for eastern lakes" | {TRIBUNE} | date: 2022-11-30',
        {"/news/2022/11/30/wire-storm-warning": html("syndication-expired.html")},
        DEAD,
        FAIL,
        "'This content is no longer available ... Our licence to publish this wire story has expired' (an"
        " <h2> under the bare site name), served 200: gone",
        cause=s("error_page"),
    ),
    # --- not found and removed, in languages no batch had -------------------------------------------------
    Scenario(
        "not-found-swedish-h1",
        "/nyheter/2020/09/02/nya-bron-oppnar",
        'title: "Nya bron över Ljusnan öppnar i oktober" | outlet: Dalbladet | date: 2020-09-02',
        {"/nyheter/2020/09/02/nya-bron-oppnar": html("notfound-sv.html")},
        DEAD,
        FAIL,
        "'Hoppsan! Sidan kunde inte hittas' in the <h1>, the <title> the site's name and tagline, served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "not-found-greek-title",
        "/eidiseis/2021/04/12/neo-gefyri",
        'title: "Νέα γέφυρα στον ποταμό ανοίγει τον Μάιο" | outlet: Η Φωνή της Κοιλάδας | date: 2021-04-12',
        {"/eidiseis/2021/04/12/neo-gefyri": html("notfound-el.html")},
        DEAD,
        FAIL,
        "'Η σελίδα δεν βρέθηκε' (the page was not found) in the <title>, served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "not-found-hebrew-h1",
        "/news/article/812233",
        'title: "נפתח גשר חדש מעל נחל הקישון" | outlet: קול העמק | date: 2021-11-08',
        {"/news/article/812233": html("notfound-he.html")},
        DEAD,
        FAIL,
        "'אופס! הדף שחיפשת לא נמצא' (the page you looked for was not found) in the <h1>, right to left, the"
        " <title> the site's name, served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "not-found-vietnamese-div",
        "/thoi-su/cau-moi-thong-xe-20200815.html",
        'title: "Cầu mới thông xe trước kỳ nghỉ lễ" | outlet: Báo Thung Lũng | date: 2020-08-15',
        {"/thoi-su/cau-moi-thong-xe-20200815.html": html("notfound-vi.html")},
        DEAD,
        FAIL,
        "'Rất tiếc, bài viết không tồn tại hoặc đã bị xóa!' (the article does not exist or was deleted) in a"
        " styled <div> only, the <title> the site's name, served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "not-found-romanian-h2",
        "/actualitate/2019/11/20/pod-nou-peste-mures",
        'title: "Pod nou peste Mureș, deschis circulației" | outlet: Gazeta Văii | date: 2019-11-20',
        {"/actualitate/2019/11/20/pod-nou-peste-mures": html("notfound-ro.html")},
        DEAD,
        FAIL,
        "'Pagina nu a fost găsită' in an <h2>, 'Articolul ... nu mai există', the <title> the site's name,"
        " served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "not-found-thai-title",
        "/news/2022/01/17/bridge-open",
        'title: "เปิดสะพานข้ามแม่น้ำแห่งใหม่" | outlet: ข่าวหุบเขา | date: 2022-01-17',
        {"/news/2022/01/17/bridge-open": html("notfound-th.html")},
        DEAD,
        FAIL,
        "'ไม่พบหน้าที่คุณต้องการ' (the page you want was not found) in the <title>, served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "removed-norwegian-h1",
        "/nyheter/2018/03/14/ny-bro-over-elva",
        'title: "Ny bro over elva åpner til sommeren" | outlet: Dalposten | date: 2018-03-14',
        {"/nyheter/2018/03/14/ny-bro-over-elva": html("removed-no.html")},
        DEAD,
        FAIL,
        "'Artikkelen er ikke lenger tilgjengelig' / 'Denne saken er avpublisert' (unpublished), the <title>"
        " the site's name, served 200",
        cause=s("error_page"),
    ),
    # --- expired domains: landers in new languages -------------------------------------------------------
    Scenario(
        "parked-russian-expired",
        "/news/2015/10/12/most-cherez-ob",
        'title: "Новый мост через Обь откроют в декабре" | outlet: Вечерний Новосибирск | date: 2015-10-12',
        {"/news/2015/10/12/most-cherez-ob": html("parked-ru.html")},
        DEAD,
        FAIL,
        "a Russian registrar's page: 'Срок регистрации домена ... истёк', 'Домен продаётся', 'Купить домен':"
        " the outlet's domain lapsed",
        says=PARKED,
    ),
    Scenario(
        "parked-dutch-for-sale",
        "/regio/2016/04/22/nieuwe-sluis",
        'title: "Nieuwe sluis in de Maas geopend" | outlet: Dagblad van het Dal | date: 2016-04-22',
        {"/regio/2016/04/22/nieuwe-sluis": html("parked-nl.html")},
        DEAD,
        FAIL,
        "'Dit domein is te koop! ... Doe een bod', 'Geparkeerd domein', an ad feed, the title the bare"
        " domain: parked",
        says=PARKED,
    ),
    Scenario(
        "parked-portuguese-for-sale",
        "/noticias/2017/08/09/ponte-nova",
        'title: "Ponte nova liga as duas margens do rio" | outlet: Jornal do Vale | date: 2017-08-09',
        {"/noticias/2017/08/09/ponte-nova": html("parked-pt.html")},
        DEAD,
        FAIL,
        "a marketplace lander in Portuguese: 'Este domínio pode estar à venda!', 'Compre agora', 'Fazer uma"
        " oferta': the domain is for sale",
        says=PARKED,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def rot4_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot4"), origin_mark=ORIGIN)


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot4_scenario(rot4_run: Run, scenario: Scenario) -> None:
    check_scenario(rot4_run, scenario)


def test_every_scenario_was_reported(rot4_run: Run) -> None:
    assert sorted(rot4_run.results) == sorted(IDS), rot4_run.stderr


# --- moves to another host: through the library, with a fetcher double -------------------------------------

COURIER_HOST = "www.northerncourier.co.uk"


@dataclass(frozen=True)
class HostCase:
    id: str
    cited: str
    #: each hop's status and Location, the last one the final URL
    hops: tuple[tuple[int, str], ...]
    page: str
    title: str
    outlet: str
    date: str
    status: frozenset[str]
    verdict: frozenset[str]
    #: the severities a ``moved`` finding may have (empty: none may be reported)
    moved: frozenset[str]
    why: str
    #: a ``moved`` finding must be there
    must_move: bool = False
    must: tuple[str, ...] = ()
    cause: frozenset[str] | None = None


HOST_CASES = [
    HostCase(
        "archive-subdomain-same-story",
        f"https://{COURIER_HOST}/news/2009/jul/03/swimming-baths-close",
        ((301, "https://archive.northerncourier.co.uk/2009/07/03/swimming-baths-close.html"),),
        "archive-subdomain.html",
        "Eastquay swimming baths to close after 80 years",
        "The Northern Courier",
        "2009-07-03",
        OK,
        NOT_FAIL,
        s("info", "warn"),
        "the paper moved its pre-2010 stories to archive.<its domain> (old template, '- The Northern Courier"
        " archive' in the title): the same story, headline and date intact; a move, nothing wrong",
        must_move=True,
    ),
    HostCase(
        "archive-subdomain-other-story",
        f"https://{COURIER_HOST}/news/2009/jul/06/pier-theatre-sold",
        ((301, "https://archive.northerncourier.co.uk/2008/11/17/lifeboat-double-callout.html"),),
        "archive-other-story.html",
        "Pier theatre sold to local trust",
        "The Northern Courier",
        "2009-07-06",
        s("ok", "soft_404"),
        FAIL,
        frozenset(),
        "the 301 to the archive subdomain lands on another story (a lifeboat callout of 2008): the cited"
        " story is gone and its URL is no place to send the reader",
        must=("title_mismatch",),
    ),
    HostCase(
        "acquired-outlet-to-group-front-page",
        f"https://{COURIER_HOST}/news/2018/feb/02/ferry-company-sold",
        ((301, "https://www.northcoastmedia.co.uk/"),),
        "acquirer-home.html",
        "Ferry company sold to Norwegian operator",
        "The Northern Courier",
        "2018-02-02",
        DEAD,
        FAIL,
        frozenset(),
        "the group that bought the paper 301s every old URL to its own front page: the article is gone",
        cause=s("front_page"),
    ),
    HostCase(
        "outlet-redirects-to-wayback-capture",
        "https://www.valleyledger.com/local/2016/08/22/covered-bridge-reopens",
        (
            (
                301,
                "https://web.archive.org/web/20160825031742/http://www.valleyledger.com/local/2016/08/22/"
                "covered-bridge-reopens",
            ),
        ),
        "wayback-capture2.html",
        "Covered bridge reopens to traffic after flood repairs",
        "The Valley Ledger",
        "2016-08-22",
        OK,
        NOT_FAIL,
        s("info", "warn"),
        "the closed outlet 301s its stories to their Wayback Machine captures: the article as archived,"
        " title and date intact; report where it now is",
        must_move=True,
    ),
]


@pytest.mark.parametrize("case", HOST_CASES, ids=[c.id for c in HOST_CASES])
def test_moves_to_another_host(case: HostCase) -> None:
    final = case.hops[-1][1]
    fetched = FetchResult(
        url=case.cited,
        final_url=final,
        status_code=200,
        headers={"content-type": "text/html; charset=utf-8"},
        body=(FIXTURES / case.page).read_bytes(),
        redirects=tuple(Redirect(status, location) for status, location in case.hops),
    )
    citation = Citation(case.cited, title=case.title, outlet=case.outlet, date=PartialDate.parse(case.date))
    result = check([citation], Config(), fetcher=_Answers({case.cited: fetched})).results[0]
    found = [(f.kind.value, f.severity.value, f.actual) for f in result.findings]
    why = (
        f"expected: {case.why}\ngot status={result.status.value} cause={result.cause} "
        f"verdict={result.verdict.value} {found}"
    )
    assert result.status.value in case.status, why
    if case.cause is not None:
        assert result.cause is not None, why
        assert result.cause.value in case.cause, why
    assert result.verdict.value in case.verdict, why
    kinds = {k for k, _, _ in found}
    for kind in case.must:
        assert kind in kinds, why
    moved = [(sev, actual) for k, sev, actual in found if k == "moved"]
    assert all(sev in case.moved for sev, _ in moved), why
    if case.must_move:
        assert moved, why
        assert all(actual == final for _, actual in moved), why
    if case.status == OK and case.verdict == NOT_FAIL:
        assert [k for k in kinds if k != "moved"] == [], why
