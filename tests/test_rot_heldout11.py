"""Held-out probe of link rot, eleventh batch: what the first ten batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README); besides HTML the batch serves a 204 with no body
and a hosting platform's plain-text 402, both written in the test.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
    ARTICLE_PATH,
    ARTICLE_TITLE,
    BLOCKED,
    COURIER,
    DEAD,
    DOWN,
    FAIL,
    MISMATCH,
    NOT_FAIL,
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
    raw,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

HERALD = "outlet: The Coldwater Herald"
#: a site that is broken for now (an error page in place of every page): not dead, not verifiable


SHARED: dict[str, Page] = {
    "/": html("home.html"),
    ARTICLE_PATH: html("article.html"),
}

PARKED_CAPTURE = (
    "/web/20190611084402/http://www.coldwaterherald.co.uk/news/2015/10/02/weir-restoration-approved"
)
REDDIT = "/r/coldwater/comments/3n8xq2/weir_restoration_finally_approved_what_do_people/"

PAYMENT_REQUIRED = (
    b"402: PAYMENT_REQUIRED\nCode: DEPLOYMENT_DISABLED\nID: lhr1::7x2kq-1709374211520-5c1e0a9b3f7d\n"
)


SCENARIOS: list[Scenario] = [
    # --- controls -------------------------------------------------------------------------------------------
    Scenario(
        "control-headline-says-access-denied",
        "/news/2021/05/17/quarry-footpath-closed",
        'title: "Access denied: families barred from Coldwater quarry footpath"'
        f" | {HERALD} | date: 2021-05-17",
        {"/news/2021/05/17/quarry-footpath-closed": html("access-denied-headline.html")},
        OK,
        PASS,
        "a live article headlined 'Access denied: ...' (quoting a landowner's sign), with 'Log in' and"
        " 'Sign in to join the conversation' links around it: the cited article, as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-paid-archive-keeps-headline",
        "/news/local/2004/03/03/mill-workers-buyout",
        f'title: "Mill workers vote to accept buyout offer" | {HERALD} | date: 2004-03-03',
        {
            "/news/local/2004/03/03/mill-workers-buyout": redirect(
                302, "/archives/document?docid=0F3A8C21D4B7E590&p_action=doc"
            ),
            "/archives/document": html("paid-archive.html"),
        },
        s("ok", "blocked"),
        NOT_FAIL,
        "an old story 302s to the outlet's paid archive, which shows its headline, date ('March 3, 2004'),"
        " byline and first lines with 'Purchase it for $3.95': the cited article exists behind a payment;"
        " its headline and date verify",
        must_not=MISMATCH,
    ),
    # --- moves ----------------------------------------------------------------------------------------------
    Scenario(
        "relative-location-301-to-new-slug",
        "/news/2019/jun/12/night-ferries-approved",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {
            "/news/2019/jun/12/night-ferries-approved": redirect(
                301, "harbour-authority-approves-night-ferries"
            )
        },
        OK,
        NOT_FAIL,
        "a 301 whose Location is a bare relative reference ('harbour-authority-approves-night-ferries', as"
        " RFC 7231 allows): resolved against the old address it is the article's new slug in the same"
        " folder; report where it is",
        must_not=MISMATCH,
        says=(("{o}" + ARTICLE_PATH,),),
    ),
    # --- replaced -------------------------------------------------------------------------------------------
    Scenario(
        "expired-domain-fresh-wordpress-hello-world",
        "/news/2017/08/21/bypass-public-inquiry",
        f'title: "Bypass public inquiry opens in packed village hall" | {HERALD} | date: 2017-08-21',
        {
            "/news/2017/08/21/bypass-public-inquiry": redirect(301, "/hello-world/"),
            "/hello-world/": html("wp-hello-world.html"),
        },
        REPLACED,
        FAIL,
        "the lapsed domain's new owner installed WordPress and left it as installed: every old address 301s"
        " to its only post, 'Hello world!' ('Welcome to WordPress. This is your first post.', 2024, site"
        " 'My WordPress'): the article is gone",
        must_not=("moved",),
    ),
    Scenario(
        "cited-archive-copy-captured-parked-domain",
        PARKED_CAPTURE,
        f'title: "Weir restoration approved after ten-year campaign" | {HERALD} | date: 2015-10-02',
        {PARKED_CAPTURE: html("wayback-parked.html")},
        REPLACED,
        FAIL,
        "the writer cited a web-archive copy taken in 2019, after the domain lapsed: the capture (the"
        " archive's toolbar and rewritten links) is a parking page ('This domain may be for sale!', sponsored"
        " listings), not the article",
        must_not=("moved",),
    ),
    Scenario(
        "domain-seized-banner",
        "/news/2020/02/11/council-budget-cuts",
        f'title: "Council budget cuts hit libraries and buses" | {HERALD} | date: 2020-02-11',
        {"/news/2020/02/11/council-budget-cuts": html("domain-seized.html")},
        s("soft_404", "blocked", "dead"),
        NOT_PASS,
        "every address answers 200 with a law-enforcement banner 'This domain has been seized ... in"
        " accordance with a seizure warrant': the site is gone, the cited article cannot be read; whatever"
        " the reason, it cannot pass",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "pdf-address-serves-html-not-found",
        "/documents/s4521/local-plan-2019.pdf",
        'title: "Local Plan 2019: Submission Draft" | outlet: Coldwater District Council | date: 2019-01-14',
        {"/documents/s4521/local-plan-2019.pdf": html("document-not-found.html")},
        DEAD,
        FAIL,
        "a cited PDF's address answers 200 with an HTML page in the council's chrome, 'Document not found ..."
        " It may have been removed, replaced by a newer version', under the bare site name: the document is"
        " gone",
        cause=s("error_page"),
        must_not=("moved",),
    ),
    Scenario(
        "apache-not-found-body-served-200",
        "/news/2016/06/30/flood-barrier-funding",
        f'title: "Flood barrier funding confirmed" | {HERALD} | date: 2016-06-30',
        {"/news/2016/06/30/flood-barrier-funding": html("apache-404-200.html")},
        DEAD,
        FAIL,
        "Apache's own '404 Not Found ... The requested URL was not found on this server.' page, served with"
        " 200 by a misconfigured ErrorDocument: the article is gone",
        cause=s("error_page"),
        must_not=("moved",),
    ),
    # --- platforms ------------------------------------------------------------------------------------------
    Scenario(
        "forum-post-removed-by-moderators-title-kept",
        REDDIT,
        'title: "Weir restoration finally approved - what do people think?" | outlet: Reddit'
        " | date: 2015-10-02",
        {REDDIT: html("forum-removed-by-mods.html")},
        s("ok", "soft_404"),
        FAIL,
        "a forum post served 200 that keeps its title and date but whose body is 'Sorry, this post has been"
        " removed by the moderators of r/coldwater.': the cited content is gone; the matching title must not"
        " make it pass",
        must_not=("moved",),
    ),
    # --- walls ----------------------------------------------------------------------------------------------
    Scenario(
        "cookie-wall-only-spanish",
        "/actualidad/2022/04/05/nuevo-puente-peatonal",
        'title: "Abre el nuevo puente peatonal sobre el río" | outlet: El Heraldo de la Ribera'
        " | date: 2022-04-05",
        {"/actualidad/2022/04/05/nuevo-puente-peatonal": html("cookie-wall-es.html")},
        BLOCKED,
        WARN,
        "only a consent dialog ('Tu privacidad es importante para nosotros' in an <h2>, 'Aceptar y"
        " continuar', 'Rechazar todo') under the bare site name, served 200: a consent wall in front of the"
        " story; not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
    Scenario(
        "geoblock-200-french",
        "/actualites/2021/09/14/nouvelle-passerelle",
        'title: "La nouvelle passerelle ouvre aux piétons" | outlet: L\'Écho de la Rivière'
        " | date: 2021-09-14",
        {"/actualites/2021/09/14/nouvelle-passerelle": html("geoblock-fr.html")},
        BLOCKED,
        WARN,
        "'Ce contenu n'est pas disponible dans votre pays' (not available in your country) in the <h1>,"
        " 'restreint depuis votre zone géographique', the <title> the site's name, served 200: a regional"
        " block; not gone",
        cause=s("legal"),
        must_not=MISMATCH,
    ),
    # --- down -----------------------------------------------------------------------------------------------
    Scenario(
        "bandwidth-limit-exceeded-509",
        "/news/2018/12/03/christmas-market-record",
        f'title: "Christmas market draws record crowds" | {HERALD} | date: 2018-12-03',
        {"/news/2018/12/03/christmas-market-record": html("bandwidth-509.html", 509)},
        DOWN,
        WARN,
        "a shared host's 509 'Bandwidth Limit Exceeded ... temporarily unable to service your request ..."
        " Please try again later': the site is over its quota for now; not dead, not verifiable",
        must_not=MISMATCH,
    ),
    Scenario(
        "hosting-402-deployment-disabled",
        "/news/2023/02/27/station-car-park",
        f'title: "Station car park to close for resurfacing" | {HERALD} | date: 2023-02-27',
        {"/news/2023/02/27/station-car-park": raw(PAYMENT_REQUIRED, "text/plain; charset=utf-8", 402)},
        s("error", "blocked", "dead"),
        NOT_PASS,
        "a hosting platform's plain-text '402: PAYMENT_REQUIRED / Code: DEPLOYMENT_DISABLED': the site's"
        " deployment is switched off until its bill is paid; nothing can be read; it cannot pass",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "no-content-204",
        "/news/2019/09/09/school-roof-repairs",
        f'title: "School roof repairs finished before term" | {HERALD} | date: 2019-09-09',
        {"/news/2019/09/09/school-roof-repairs": Page(204, b"", {})},
        s("error", "dead", "soft_404"),
        NOT_PASS,
        "the article's address answers 204 No Content (a misrouted CDN rule that treats it as a beacon):"
        " nothing to read; it cannot pass",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- not found, in languages no batch had ---------------------------------------------------------------
    not_found(
        "not-found-telugu-h1",
        "/news/2022/03/18/kotha-vanthena",
        'title: "కొత్త వంతెన ప్రారంభం" | outlet: లోయ వార్తలు | date: 2022-03-18',
        "notfound-te.html",
        "'క్షమించండి, మీరు వెతుకుతున్న పేజీ కనుగొనబడలేదు' (sorry, the page you are looking for was not"
        " found) in the <h1>, the <title> the site's name, served 200",
    ),
    not_found(
        "not-found-marathi-title",
        "/batmya/2021/11/02/nava-pool",
        'title: "नवा पूल वाहतुकीसाठी खुला" | outlet: खोरे वार्ता | date: 2021-11-02',
        "notfound-mr.html",
        "'पान सापडले नाही' (page not found) in the <title>, a '404' <div> and 'तुम्ही शोधत असलेले पान उपलब्ध"
        " नाही' (the page you are looking for is not available), served 200",
    ),
    not_found(
        "not-found-belarusian-h2",
        "/naviny/2020/06/25/novy-most",
        'title: "Новы мост адкрылі для руху" | outlet: Навіны даліны | date: 2020-06-25',
        "notfound-be.html",
        "'Старонка не знойдзена' (page not found) in an <h2>, the <title> the site's name, served 200",
    ),
    not_found(
        "not-found-burmese-div",
        "/news/2021/01/12/new-bridge",
        'title: "တံတားသစ် ဖွင့်လှစ်" | outlet: ချိုင့်ဝှမ်းသတင်း | date: 2021-01-12',
        "notfound-my.html",
        "'တောင်းပန်ပါသည်။ သင်ရှာဖွေနေသော စာမျက်နှာကို ရှာမတွေ့ပါ။' (sorry, the page you are looking for"
        " cannot be found) in a styled <div>, the <title> the site's name, served 200",
    ),
    not_found(
        "not-found-pashto-h1",
        "/news/2022/05/30/naway-pul",
        'title: "نوی پل د ترافیک لپاره پرانیستل شو" | outlet: د درې خبرونه | date: 2022-05-30',
        "notfound-ps.html",
        "'بښنه غواړو، دا پاڼه ونه موندل شوه' (sorry, this page was not found) in the <h1>, right to left,"
        " the <title> the site's name, served 200",
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def rot11_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot11"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot11_scenario(rot11_run: Run, scenario: Scenario) -> None:
    check_scenario(rot11_run, scenario)


def test_every_scenario_was_reported(rot11_run: Run) -> None:
    assert sorted(rot11_run.results) == sorted(IDS), rot11_run.stderr
