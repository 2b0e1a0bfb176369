"""Held-out probe of link rot, twenty-third batch: what the first twenty-two batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 23`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README); two object stores' answers to expired signed
links are written here. The scenarios take the shapes of the seed article's sources (a news agency's
``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English site's ``/politics/<id>``, an
English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented names: Амур-Информ (a regional
agency), Байкал / Baikal News Agency (an agency and its English site) and The Taimyr Dispatch (an
English-language outlet of the Russian Arctic, which moved to a newsletter platform). A page that names its
own site's address holds ``{{origin}}``, replaced by the server's origin.

New ground: a CMS migration that re-dated every story to the migration day (the page notes the original
date); a CMS that lost the date and shows the Unix epoch (01.01.1970); an agency's story now only a video
player under its headline; a legacy page in KOI8-R; a headline that quotes a CDN's 'Website is offline'; a
story moved to a newsletter platform's ``/p/<slug>`` (a 301); a CDN's 'Website is offline / No cached version
of this page is available' served 200; a hosting panel's 'Default Web Site Page' ('SORRY! ... The IP address
has changed') after the domain's DNS moved; a Nuxt application's 'Server error' page and a Rails
application's 'We're sorry, but something went wrong' served 200 (the twenty-second batch's leftover: error
documents of frameworks other than Next.js), and Rails's 'The page you were looking for doesn't exist'
served 200; expired signed links of two more stores, one answering 400 and one 403 with its own words (the
other leftover); a web application firewall's 'Request Rejected / Your support ID is' served 200; the
checking network's own web filter's 'Web Page Blocked!'; and a 'we have a new home' notice whose meta
refresh leads to a 404.

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
    NOT_FAIL,
    NOT_PASS,
    OK,
    PASS,
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

AMUR = "outlet: Амур-Информ"
BAIKAL = "outlet: Байкал"
BAIKAL_EN = "outlet: Baikal News Agency"
TAIMYR = "outlet: The Taimyr Dispatch"

#: what a page holds where it names its own site's address: replaced by the server's origin
ORIGIN = b"{{origin}}"
NEWSLETTER_AT = "/p/khatanga-airport-runway-reopens"
NEW_HOME_AT = "/en/news/1112050"

GCS_SIGNED = (
    "/baikal-media/reports/baikal-annual-report-2019.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256"
    "&X-Goog-Credential=reports-bot%40baikal-news.iam.gserviceaccount.com%2F20200109%2Fauto%2Fstorage"
    "%2Fgoog4_request&X-Goog-Date=20200109T093000Z&X-Goog-Expires=604800&X-Goog-SignedHeaders=host"
    "&X-Goog-Signature=4e1c0a9b7d5f3e2a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a"
)
#: a cloud store's answer to a V4-signed link past its expiry: a 400 (its shape, its words)
GCS_EXPIRED = (
    b"<?xml version='1.0' encoding='UTF-8'?><Error><Code>ExpiredToken</Code>"
    b"<Message>The provided token has expired.</Message>"
    b"<Details>Request signature expired at: 2020-01-16T09:30:00+00:00</Details></Error>"
)
SAS_SIGNED = (
    "/reports/amur-inform-2019.pdf?sv=2019-02-02&st=2020-01-09T09%3A30%3A00Z&se=2020-01-16T09%3A30%3A00Z"
    "&sr=b&sp=r&sig=q2V5s8l%2Bk0bWm3oR7x1cN9yTg4uJ6hPz0aD5eF8iL1M%3D"
)
#: a blob store's answer to a shared-access-signature link past its expiry: a 403 in its own words
SAS_EXPIRED = (
    b'\xef\xbb\xbf<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code>'
    b"<Message>Server failed to authenticate the request. Make sure the value of Authorization header is"
    b" formed correctly including the signature.\nRequestId:6b1e2f0a-801e-0042-1c3d-9a7b5c000000\n"
    b"Time:2024-03-11T08:14:02.4817305Z</Message><AuthenticationErrorDetail>Signed expiry time"
    b" [Thu, 16 Jan 2020 09:30:00 GMT] must be after signed start time [Mon, 11 Mar 2024 08:14:02 GMT]"
    b"</AuthenticationErrorDetail></Error>"
)

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    NEWSLETTER_AT: html("taimyr-newsletter-post.html"),
    NEW_HOME_AT: html("notfound-en.html", 404),
}

SCENARIOS: list[Scenario] = [
    # --- controls: the story is there -----------------------------------------------------------------------
    Scenario(
        "control-cms-migration-redated-original-date-noted",
        "/2020/01/09/dudinka-port-reopens-after-ice-jam-a68840",
        f'title: "Dudinka Port Reopens After Ice Jam Halts Shipping" | {TAIMYR} | date: 2020-01-09',
        {"/2020/01/09/dudinka-port-reopens-after-ice-jam-a68840": html("taimyr-migrated-redated.html")},
        OK,
        PASS,
        "a CMS migration stamped every story with the migration day (article:published_time, JSON-LD and the"
        " byline all say 2021-11-20), but the address keeps /2020/01/09/ and the page notes 'This story was"
        " originally published on Jan. 9, 2020 ... its text has not been changed': the story as cited, on"
        " the date cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-cms-lost-date-shows-unix-epoch",
        "/20200110/1563219980.html",
        f'title: "В Благовещенске открыли ледовую переправу в Хэйхэ" | {AMUR} | date: 2020-01-10',
        {"/20200110/1563219980.html": html("amur-epoch-date.html")},
        OK,
        PASS,
        "the CMS lost the story's date and shows '01.01.1970 03:00' (the Unix epoch, in <time>,"
        " article:published_time and JSON-LD): nobody published a story about a 2020 ice crossing in 1970;"
        " the address says 2020-01-10 and so does the dateline ('10 января'): the story as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-now-video-player-under-headline",
        "/politika/7489010",
        f'title: "Глава МИД Ирака посетит Москву в феврале" | {BAIKAL} | date: 2020-01-10',
        {"/politika/7489010": html("baikal-video-only.html")},
        OK,
        PASS,
        "the agency turned the story into its video report: the same headline (<h1>, og:title, a"
        " VideoObject's name) and date (uploadDate, <time>), the body a player and one caption line: the"
        " story as cited, told in a video",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-legacy-koi8r-archive-page",
        "/20100415/1562000123.html",
        f'title: "Ледоход на Зее начался раньше обычного" | {AMUR} | date: 2010-04-15',
        {
            "/20100415/1562000123.html": Page(
                200, html("amur-koi8r.html").body, {"Content-Type": "text/html", "Server": "Apache/2.2.22"}
            )
        },
        OK,
        PASS,
        "an old archive page in KOI8-R (its charset only in a meta http-equiv, the header says text/html),"
        " table layout, the date only as '15.04.2010 12:40' in the text: the story as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-headline-quotes-website-is-offline",
        "/2020/01/15/website-offline-outage-arctic-news-sites-a68990",
        "title: \"'This Website Is Offline': Outage Leaves Arctic News Sites Dark for Hours\" | "
        f"{TAIMYR} | date: 2020-01-15",
        {"/2020/01/15/website-offline-outage-arctic-news-sites-a68990": html("taimyr-offline-headline.html")},
        OK,
        PASS,
        "a story about an outage whose headline and text quote a CDN's 'Website is offline. No cached"
        " version of this page is available': a story, not the CDN's page",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- moved ----------------------------------------------------------------------------------------------
    Scenario(
        "moved-to-newsletter-platform-301",
        "/2020/01/12/khatanga-airport-runway-reopens-a68901",
        f'title: "Khatanga Airport Runway Reopens After Repairs" | {TAIMYR} | date: 2020-01-12',
        {"/2020/01/12/khatanga-airport-runway-reopens-a68901": redirect(301, NEWSLETTER_AT)},
        OK,
        NOT_FAIL,
        "the outlet moved to a newsletter platform and 301s its old addresses to /p/<slug>: the same"
        " headline and date (its <title> now '<headline> - by <author> - The Taimyr Dispatch', a free"
        " 'Subscribe' box under the whole story): moved; report where it is",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + NEWSLETTER_AT,),),
    ),
    # --- gone -----------------------------------------------------------------------------------------------
    Scenario(
        "hosting-default-page-after-dns-change",
        "/20200116/1563221500.html",
        f'title: "В Амурской области ввели режим ЧС из-за паводка" | {AMUR} | date: 2020-01-16',
        {"/20200116/1563221500.html": html("amur-host-default.html", Server="Apache")},
        s("soft_404", "error"),
        NOT_PASS,
        "the domain now points at a hosting server that answers every address with its panel's 'Default Web"
        " Site Page' ('SORRY! If you are the owner of this website, please contact your hosting provider"
        " ... The IP address has changed ... The site may have been moved to a different server'): the"
        " site is not here; not the story",
        must_not=("moved",),
    ),
    Scenario(
        "rails-not-found-page-served-200",
        "/2020/01/18/norilsk-bus-fares-frozen-a69002",
        f'title: "Norilsk Freezes Bus Fares for 2020" | {TAIMYR} | date: 2020-01-18',
        {"/2020/01/18/norilsk-bus-fares-frozen-a69002": html("taimyr-rails-404.html")},
        DEAD,
        FAIL,
        "the site's application answers 200 with its framework's stock 'The page you were looking for"
        " doesn't exist. You may have mistyped the address or the page may have moved.': gone",
        must_not=("moved",),
    ),
    Scenario(
        "new-home-notice-meta-refresh-to-404",
        "/politics/1112050",
        f'title: "Iraq Confirms Interest in Russian Air Defense Systems" | {BAIKAL_EN} | date: 2020-01-13',
        {"/politics/1112050": html("baikal-en-new-home-refresh.html")},
        s("dead", "soft_404"),
        FAIL,
        "a 'Baikal News Agency has a new home' notice sends the reader on (meta refresh, 5 s, and a link)"
        " to the story's new address, which answers 404: the story is gone at both",
        must_not=("moved",),
        says=(("404", "not found"),),
    ),
    Scenario(
        "signed-link-expired-400",
        GCS_SIGNED,
        f'title: "Annual Report 2019" | {BAIKAL_EN} | date: 2020-01-09',
        {GCS_SIGNED.split("?", 1)[0]: raw(GCS_EXPIRED, "application/xml; charset=UTF-8", 400)},
        s("dead", "soft_404"),
        FAIL,
        "the writer copied a V4-signed download link (X-Goog-Date 2020-01-09, X-Goog-Expires=604800); the"
        " store answers 400 'ExpiredToken / The provided token has expired': a temporary link that can"
        " never work again: dead; the report should say it expired",
        must_not=("moved",),
        says=(("expired",),),
    ),
    Scenario(
        "signed-link-expired-403-signed-expiry-time",
        SAS_SIGNED,
        f'title: "Годовой отчёт 2019" | {AMUR} | date: 2020-01-09',
        {SAS_SIGNED.split("?", 1)[0]: raw(SAS_EXPIRED, "application/xml", 403)},
        s("dead", "soft_404"),
        FAIL,
        "a shared-access-signature link (se=2020-01-16, sig=...); the blob store answers 403"
        " 'AuthenticationFailed ... Signed expiry time [Thu, 16 Jan 2020 09:30:00 GMT] must be after signed"
        " start time [...]': the link's signature expired in 2020, not a wall a reader passes: dead; the"
        " report should say it expired",
        must_not=("moved",),
        says=(("expired", "expiry"),),
    ),
    # --- failures and walls: reachable, not seen ------------------------------------------------------------
    Scenario(
        "cdn-website-offline-no-cached-version-200",
        "/2020/01/20/dikson-weather-station-automated-a69010",
        f'title: "Dikson Weather Station to Be Fully Automated" | {TAIMYR} | date: 2020-01-20',
        {"/2020/01/20/dikson-weather-station-automated-a69010": html("taimyr-cf-offline.html")},
        s("error"),
        WARN,
        "the CDN answers 200 'Website is offline / No cached version of this page is available / The web"
        " server is not returning a connection' (a Ray ID, the host name as the title): the site's server is"
        " down for now; not gone, not another page",
        must_not=MISMATCH,
    ),
    Scenario(
        "nuxt-server-error-served-200",
        "/politics/1112040",
        f'title: "Moscow and Baghdad Discuss Grain Deliveries" | {BAIKAL_EN} | date: 2020-01-12',
        {"/politics/1112040": html("baikal-en-nuxt-error.html")},
        s("error"),
        WARN,
        "the English site's application answers 200 with its framework's 'Server error / An error occurred"
        " in the application and your page could not be served. If you are the application owner, check"
        " your logs for details.' (<div class='__nuxt-error-page'>): the site's software failed; not gone,"
        " not another page",
        must_not=MISMATCH,
    ),
    Scenario(
        "rails-something-went-wrong-served-200",
        "/2020/01/19/taimyr-reindeer-census-a69005",
        f'title: "Taimyr Reindeer Herd Shrinks by a Third, Census Shows" | {TAIMYR} | date: 2020-01-19',
        {"/2020/01/19/taimyr-reindeer-census-a69005": html("taimyr-rails-500.html")},
        s("error"),
        WARN,
        "the site's application answers 200 with its framework's stock 'We're sorry, but something went"
        " wrong.' (title '... (500)', 'If you are the application owner check the logs'): the site's"
        " software failed; not gone, not another page",
        must_not=MISMATCH,
    ),
    Scenario(
        "waf-request-rejected-support-id-200",
        "/politika/7489030",
        f'title: "В МИД России прокомментировали поставки С-300 в Ирак" | {BAIKAL} | date: 2020-01-11',
        {"/politika/7489030": html("baikal-request-rejected.html")},
        BLOCKED,
        WARN,
        "a web application firewall answers 200 'Request Rejected / The requested URL was rejected. Please"
        " consult with your administrator. Your support ID is: ...': the site refused the checker's"
        " request; a reader's browser gets the story",
        must_not=MISMATCH,
    ),
    Scenario(
        "checking-network-web-filter-block-page",
        "/20200117/1563221700.html",
        f'title: "Благовещенск и Хэйхэ договорились о строительстве канатной дороги" | {AMUR}'
        " | date: 2020-01-17",
        {"/20200117/1563221700.html": html("amur-web-filter.html")},
        BLOCKED,
        WARN,
        "the checking machine's own network filters the web: 'Web Page Blocked! You have tried to access a"
        " web page which is in violation of your internet usage policy. URL ... Category: News and Media':"
        " the page was not seen; not the site's doing, not gone",
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot23_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot23"), origin_mark=ORIGIN)


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot23_scenario(rot23_run: Run, scenario: Scenario) -> None:
    check_scenario(rot23_run, scenario)


def test_every_scenario_was_reported(rot23_run: Run) -> None:
    assert sorted(rot23_run.results) == sorted(IDS), rot23_run.stderr
