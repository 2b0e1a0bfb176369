"""Held-out probe of linkcheck's core job on link rot, end to end: how cited links die, move or get replaced.

Each :class:`Scenario` is a citation line as a writer gives it (URL, title, outlet, date), what the server
does with that URL, and what a careful person checking the citation would conclude: the status, the finding
kinds that must (and must not) be there, and what the text report must say. The pages are in
``tests/fixtures/rot`` (written for this probe, in the markup real outlets, registrars, paywall vendors,
consent managers, bot walls and web archives emit). One server on 127.0.0.1 plays every site, one path per
scenario; the outlets' front page is its ``/``. The CLI runs once, in a subprocess, over the whole manifest
(``--format jsonl`` on stdout and ``--output text=...``), and each scenario is one test.

Two moves cannot be played on loopback (a move to HTTPS needs a certificate the CLI trusts; ``www.`` needs a
name that resolves): they run through :func:`linkcheck.check` with a fetcher double instead, at the end.

Written before reading the classifier (soft404, classify, match, extract): the expectations are what a
person concludes, not what the code does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from linkcheck import Config, check
from linkcheck.models import Citation, FetchResult, PartialDate, Redirect
from tests.rot_harness import FIXTURES
from tests.rot_harness import Answers as _Answers
from tests.site_server import Page, SiteServer, serve

SRC = Path(__file__).resolve().parent.parent / "src"
pytestmark = pytest.mark.e2e

HTML = {"Content-Type": "text/html; charset=utf-8"}
COURIER = "outlet: The Northern Courier"
LEDGER = "outlet: The Valley Ledger"
GAZETTE = "outlet: Selby Valley Gazette"
#: The citing article's date: every cited page predates it.
ARTICLE_DATE = "2023-05-01"


def html(name: str, status: int = 200, **headers: str) -> Page:
    return Page(status, (FIXTURES / name).read_bytes(), {**HTML, **headers})


def redirect(status: int, location: str) -> Page:
    return Page(status, b"", {"Location": location, "Content-Type": "text/html"})


@dataclass(frozen=True)
class Scenario:
    """One cited link and what a careful person concludes about it."""

    id: str
    #: the cited URL's path (and query), on the test server
    cited: str
    #: the manifest fields after the URL, as a writer gives them
    fields: str
    #: what the server does: path -> page (a path may be shared by several scenarios)
    routes: Mapping[str, Page]
    #: statuses a careful person would accept
    status: frozenset[str]
    #: verdicts a careful person would accept
    verdict: frozenset[str]
    #: what the person concludes, in words (the test's failure message)
    why: str
    cause: frozenset[str] | None = None
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    #: substrings (case-insensitive; "{o}" is the server's origin) the text report must say for this line,
    #: each entry a tuple of alternatives
    says: tuple[tuple[str, ...], ...] = ()
    #: a warn-severity ``moved`` is noise here (an HTTPS, ``www.`` or slash change)
    quiet_move: bool = False
    #: why linkcheck still gets this wrong (a strict xfail): no general rule was found
    known_miss: str | None = None


def s(*values: str) -> frozenset[str]:
    return frozenset(values)


ARTICLE_PATH = "/news/2019/jun/12/harbour-authority-approves-night-ferries"
ARTICLE_TITLE = "Harbour authority approves night ferries after two-year trial"
QUAY_PATH = "/news/2020/nov/03/quay-wall-crumbles"
QUAY_CITED = "\"We can't wait another winter\" - fishermen's plea as quay wall crumbles"
MOVED_PATH = "/local/environment/2020/03/09/reservoir-levels-lowest-since-1976"
OTHER_PATH = "/sport/2023/apr/29/rovers-promotion"
WAYBACK_PATH = "/web/20180301094512/http://www.selbyvalleygazette.co.uk/news/2018/02/14/library-hours"
LIBRARY_TITLE = "Library opening hours cut to four days a week"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    "/world/": html("category.html"),
    "/search": html("search.html"),
    "/account/login": html("login.html"),
    "/consent": html("consent-wall.html"),
    ARTICLE_PATH: html("article.html"),
    QUAY_PATH: html("typography.html"),
    MOVED_PATH: html("moved-article.html"),
    OTHER_PATH: html("other-article.html"),
    WAYBACK_PATH: html("wayback.html"),
}

OK = s("ok")
PASS = s("pass")
NOT_FAIL = s("pass", "warn")
FAIL = s("fail")
MISMATCH = ("title_mismatch", "date_mismatch", "outlet_mismatch", "url_date_mismatch")

#: the statuses and words the batches share (batch 2 onwards)
DEAD = s("soft_404")
GONE = s("dead")
REPLACED = s("ok", "soft_404")
BLOCKED = s("blocked")
WARN = s("warn")
NOT_PASS = s("warn", "fail")
DOWN = s("error", "blocked")
PARKED = (("parked", "for sale", "expired"),)


def raw(body: bytes, content_type: str, status: int = 200, **headers: str) -> Page:
    """A page of any type, its bytes given."""
    return Page(status, body, {"Content-Type": content_type, **headers})


def not_found(sid: str, path: str, fields: str, page: str, why: str) -> Scenario:
    """An error page served 200 at the article's address (``page`` from the fixtures): gone, the run fails."""
    return Scenario(sid, path, fields, {path: html(page)}, DEAD, FAIL, why, cause=s("error_page"))


def control(sid: str, path: str, fields: str, page: str, why: str) -> Scenario:
    """A live story (as cited) whose markup or words sound like rot: it must stay ok and pass (the
    fifty-first batch on)."""
    return Scenario(
        sid, path, fields, {path: html(page)}, OK, PASS, why, must_not=(*MISMATCH, "moved", "text_walled")
    )


def gone(sid: str, path: str, fields: str, page: str, why: str) -> Scenario:
    """Something that is not the story answers 200 at its address: the story is gone (the fifty-first batch
    on)."""
    return Scenario(sid, path, fields, {path: html(page)}, s("soft_404"), FAIL, why, must_not=("moved",))


SCENARIOS: list[Scenario] = [
    # --- controls: pages that are fine ---------------------------------------------------------------------
    Scenario(
        "control-article",
        ARTICLE_PATH,
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {},
        OK,
        PASS,
        "the cited article, as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-typography",
        QUAY_PATH,
        f'title: "{QUAY_CITED.replace(chr(34), chr(92) + chr(34))}" | {COURIER} | date: 2020-11-03',
        {},
        OK,
        PASS,
        "straight quotes and a hyphen where the page has curly quotes and an en dash: the same headline",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-cited-with-site-suffix",
        "/amp" + ARTICLE_PATH,
        f'title: "{ARTICLE_TITLE} | The Northern Courier" | date: 2019-06-12',
        {"/amp" + ARTICLE_PATH: html("article.html")},
        OK,
        PASS,
        "the writer copied the browser tab's title, outlet suffix included: the same headline",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-page-with-site-suffix-only",
        "/news/library-hours-cut",
        f'title: "{LIBRARY_TITLE}" | {GAZETTE} | date: 2018-02-14',
        {"/news/library-hours-cut": html("site-suffix.html")},
        OK,
        PASS,
        "an old CMS page whose only title is '<headline> - Selby Valley Gazette': it matches",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-russian",
        "/20210821/most-1746621234.html",
        'title: "В Калининграде открыли новый мост через Преголю" | outlet: RIA Novosti | date: 2021-08-21',
        {"/20210821/most-1746621234.html": html("ria-style.html")},
        OK,
        PASS,
        "a Russian agency page cited by its English name: fine",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-live-blog",
        "/news/live/2022/feb/17/storm-edith-live",
        f'title: "Storm Edith live: coastal roads closed as gusts reach 90mph" | {COURIER}'
        " | date: 2022-02-17",
        {"/news/live/2022/feb/17/storm-edith-live": html("liveblog.html")},
        OK,
        PASS,
        "a closed live blog cited by the day it started: its later updates do not move its date",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-consent-overlay-over-article",
        "/lokales/2022-09-28/autofreie-altstadt",
        'title: "Stadtrat beschließt autofreie Altstadt ab 2024" | outlet: Rheinische Rundschau'
        " | date: 2022-09-28",
        {"/lokales/2022-09-28/autofreie-altstadt": html("german-consent-overlay.html")},
        OK,
        PASS,
        "a cookie banner drawn over the article (the article is in the page): fine",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-registration-wall-with-headline",
        "/local/2021/07/19/water-rates-double",
        f'title: "Water rates to double for farms under drought plan" | {LEDGER} | date: 2021-07-19',
        {"/local/2021/07/19/water-rates-double": html("regwall.html")},
        OK,
        WARN,
        "a registration wall under the headline and date: the page still says what it is (ok, no mismatch),"
        " but its text past a one-line teaser is for registered readers, which the user is told (wall1's"
        " text_walled; a pass before the fifty-fifth session)",
        must=("text_walled",),
        must_not=MISMATCH,
    ),
    Scenario(
        "control-wayback-copy-cited",
        WAYBACK_PATH,
        f'title: "{LIBRARY_TITLE}" | {GAZETTE} | date: 2018-02-14',
        {},
        OK,
        PASS,
        "the writer cited an archived copy (web-archive URL with its capture timestamp): the title and date"
        " are the original's; the capture time in the URL is not the publication date",
        must_not=MISMATCH,
    ),
    # --- moves ---------------------------------------------------------------------------------------------
    Scenario(
        "trivial-move-trailing-slash",
        ARTICLE_PATH + "/",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {ARTICLE_PATH + "/": redirect(301, ARTICLE_PATH)},
        OK,
        PASS,
        "a 301 that only drops the trailing slash is not worth a warning",
        must_not=MISMATCH,
        quiet_move=True,
    ),
    Scenario(
        "true-move-301",
        "/news/2020/03/reservoir-levels",
        f'title: "Reservoir levels fall to lowest since 1976" | {LEDGER} | date: 2020-03-09',
        {"/news/2020/03/reservoir-levels": redirect(301, MOVED_PATH)},
        OK,
        s("warn"),
        "the article moved to a new URL (301), title and date intact: report the move and the URL to cite",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + MOVED_PATH,),),
    ),
    Scenario(
        "true-move-301-chain-from-old-cms",
        "/story.php?id=4411",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {
            "/story.php": redirect(301, "/news/2019/06/12/harbour-ferries"),
            "/news/2019/06/12/harbour-ferries": redirect(301, ARTICLE_PATH),
        },
        OK,
        s("warn"),
        "two CMS migrations, two 301s, same article at the end: report the last URL",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + ARTICLE_PATH,),),
    ),
    Scenario(
        "true-move-308",
        "/archive/2020/quay-wall",
        f'title: "{QUAY_CITED.replace(chr(34), chr(92) + chr(34))}" | {COURIER} | date: 2020-11-03',
        {"/archive/2020/quay-wall": redirect(308, QUAY_PATH)},
        OK,
        s("warn"),
        "a 308 is as permanent as a 301",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + QUAY_PATH,),),
    ),
    Scenario(
        "redirect-to-a-different-article",
        "/news/2019/aug/14/rovers-stadium-plan",
        f'title: "Rovers unveil plans for new 12,000-seat stadium" | {COURIER} | date: 2019-08-14',
        {"/news/2019/aug/14/rovers-stadium-plan": redirect(301, OTHER_PATH)},
        s("ok", "soft_404"),
        FAIL,
        "the 301 lands on another story (different headline, 2023): the cited page is gone, and 'update the"
        " citation to' that URL would be wrong advice",
        must=("title_mismatch",),
        must_not=("moved",),
        says=(("Rovers seal promotion with late winner",),),
    ),
    # --- dead, said plainly --------------------------------------------------------------------------------
    Scenario(
        "dead-404-with-site-chrome",
        "/news/2017/mar/02/pier-restoration-fund",
        f'title: "Pier restoration fund reaches £1m" | {COURIER} | date: 2017-03-02',
        {"/news/2017/mar/02/pier-restoration-fund": html("notfound-en.html", 404)},
        s("dead"),
        FAIL,
        "404",
        cause=s("not_found"),
        says=(("404",),),
    ),
    Scenario(
        "dead-410",
        "/news/2016/oct/11/mayor-resigns",
        f'title: "Mayor resigns over planning row" | {COURIER} | date: 2016-10-11',
        {"/news/2016/oct/11/mayor-resigns": Page(410, b"<html><title>410 Gone</title></html>", HTML)},
        s("dead"),
        FAIL,
        "410 Gone: removed for good",
        cause=s("gone"),
        says=(("410",),),
    ),
    # --- dead behind a 200 -------------------------------------------------------------------------------
    Scenario(
        "soft404-english-not-found",
        "/news/2018/jan/15/bridge-tolls-scrapped",
        f'title: "Bridge tolls to be scrapped next year" | {COURIER} | date: 2018-01-15',
        {"/news/2018/jan/15/bridge-tolls-scrapped": html("notfound-en.html")},
        s("soft_404"),
        FAIL,
        "'Sorry – we can't find that story' with the site's menus, served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "soft404-english-removed",
        "/news/2019/may/02/councillor-expenses",
        f'title: "Councillor repays £4,000 in expenses" | {COURIER} | date: 2019-05-02',
        {"/news/2019/may/02/councillor-expenses": html("removed-en.html")},
        s("soft_404"),
        FAIL,
        "'This article has been removed following a legal complaint', served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "soft404-russian-not-found",
        "/news/2019/11/05/tramvainoe-kolco",
        'title: "Трамвайное кольцо на площади Калинина закроют на ремонт" | outlet: Вечерний Новосибирск'
        " | date: 2019-11-05",
        {"/news/2019/11/05/tramvainoe-kolco": html("notfound-ru.html")},
        s("soft_404"),
        FAIL,
        "'Материал не найден ... была удалена или перемещена', served 200 with the site's menus",
        cause=s("error_page"),
    ),
    Scenario(
        "soft404-german-no-longer-available",
        "/lokales/2019-05-14/rheinbruecke-sanierung",
        'title: "Sanierung der Rheinbrücke dauert länger" | outlet: Rheinische Rundschau | date: 2019-05-14',
        {"/lokales/2019-05-14/rheinbruecke-sanierung": html("notfound-de.html")},
        s("soft_404"),
        FAIL,
        "'Dieser Artikel ist leider nicht mehr verfügbar', served 200",
        cause=s("error_page"),
    ),
    Scenario(
        "front-page-301",
        "/news/2015/aug/20/lifeboat-station-reopens",
        f'title: "Lifeboat station reopens after refit" | {COURIER} | date: 2015-08-20',
        {"/news/2015/aug/20/lifeboat-station-reopens": redirect(301, "/")},
        s("soft_404"),
        FAIL,
        "every old URL now 301s to the front page: the article is gone",
        cause=s("front_page"),
        must_not=("moved",),
        says=(("front page", "home page", "homepage"),),
    ),
    Scenario(
        "front-page-302",
        "/news/2014/dec/01/christmas-market",
        f'title: "Christmas market returns to the quay" | {COURIER} | date: 2014-12-01',
        {"/news/2014/dec/01/christmas-market": redirect(302, "/")},
        s("soft_404"),
        FAIL,
        "a 302 to the front page: the article is gone",
        cause=s("front_page"),
        says=(("front page", "home page", "homepage"),),
    ),
    Scenario(
        "front-page-javascript-redirect",
        "/news/2016/jan/09/flood-defences",
        f'title: "Flood defences finished a year late" | {COURIER} | date: 2016-01-09',
        {"/news/2016/jan/09/flood-defences": html("js-redirect.html")},
        s("soft_404"),
        FAIL,
        "a 200 whose only content is window.location.replace('/'): a redirect to the front page",
        says=(("front page", "home page", "homepage"),),
    ),
    Scenario(
        "front-page-meta-refresh",
        "/news/2016/feb/22/school-merger",
        f'title: "Two primary schools to merge" | {COURIER} | date: 2016-02-22',
        {"/news/2016/feb/22/school-merger": html("meta-refresh.html")},
        s("soft_404"),
        FAIL,
        "a 200 whose only content is a meta refresh to '/': a redirect to the front page",
        says=(("front page", "home page", "homepage"),),
    ),
    Scenario(
        "redirect-to-category",
        "/world/2018/sep/30/typhoon-landfall",
        f'title: "Typhoon makes landfall north of Manila" | {COURIER} | date: 2018-09-30',
        {"/world/2018/sep/30/typhoon-landfall": redirect(301, "/world/")},
        s("soft_404"),
        FAIL,
        "the article URL 301s to its section's index: the article is gone",
        must_not=("moved",),
        says=(("{o}/world/",),),
    ),
    Scenario(
        "redirect-to-search",
        "/news/2017/mar/02/pier-restoration-fund-appeal",
        f'title: "Pier restoration appeal launched" | {COURIER} | date: 2017-03-02',
        {"/news/2017/mar/02/pier-restoration-fund-appeal": redirect(302, "/search?q=pier+restoration+fund")},
        s("soft_404"),
        FAIL,
        "the article URL sends readers to a site search for its words: the article is gone",
        says=(("search",),),
    ),
    # --- replaced: the URL answers, with something else ---------------------------------------------------
    Scenario(
        "different-article-same-outlet",
        "/news/2019/jul/01/ferry-timetable-sunday",
        f'title: "New ferry timetable adds Sunday crossings" | {COURIER} | date: 2019-07-01',
        {"/news/2019/jul/01/ferry-timetable-sunday": html("other-article.html")},
        OK,
        FAIL,
        "same chrome, another story (headline and date of 2023): the cited article is not there",
        must=("title_mismatch",),
        says=(("Rovers seal promotion with late winner",),),
    ),
    Scenario(
        "parked-domain",
        "/news/2017/09/04/bypass-public-inquiry",
        f'title: "Bypass public inquiry to open in November" | {GAZETTE} | date: 2017-09-04',
        {"/news/2017/09/04/bypass-public-inquiry": html("parked.html")},
        s("soft_404"),
        FAIL,
        "the outlet's domain lapsed and is parked ('This domain may be for sale!', ad-feed script, title ="
        " the domain): the article is gone, and the report should say the domain is parked",
        says=(("parked", "for sale"),),
    ),
    Scenario(
        "domain-taken-over-by-casino-spam",
        "/news/2017/10/12/market-street-car-park",
        f'title: "Market Street car park to close for rebuild" | {GAZETTE} | date: 2017-10-12',
        {"/news/2017/10/12/market-street-car-park": html("casino.html")},
        s("ok", "soft_404"),
        FAIL,
        "the lapsed domain now serves Indonesian slot-machine spam with 200 at every old URL: not the article"
        " cited",
        must=("title_mismatch",),
    ),
    Scenario(
        "republished-with-a-new-date",
        "/history/2019/jun/12/north-coast-line-viaducts",
        f'title: "How the North Coast line was built, one viaduct at a time" | {COURIER} | date: 2019-06-12',
        {"/history/2019/jun/12/north-coast-line-viaducts": html("republished.html")},
        OK,
        PASS,
        "the outlet republished the piece in 2021 and the page says 'first published on 12 June 2019': the"
        " cited date is the original's and is right",
        must_not=MISMATCH,
    ),
    # --- reachable, not verifiable ------------------------------------------------------------------------
    Scenario(
        "hard-paywall-hides-headline",
        "/news/2022/11/02/hospital-merger-approved",
        f'title: "Hospital merger approved despite objections" | {LEDGER} | date: 2022-11-02',
        {"/news/2022/11/02/hospital-merger-approved": html("paywall.html")},
        s("blocked"),
        s("warn"),
        "a hard paywall ('Subscribe to continue reading') with no headline: reachable, not verifiable;"
        " neither dead nor a title mismatch",
        cause=s("auth"),
        says=(("subscri", "paywall"),),
    ),
    Scenario(
        "login-redirect",
        "/premium/2022/jan/10/port-expansion-costs",
        f'title: "Port expansion costs double" | {COURIER} | date: 2022-01-10',
        {
            "/premium/2022/jan/10/port-expansion-costs": redirect(
                302, "/account/login?next=/premium/2022/jan/10/port-expansion-costs"
            )
        },
        s("blocked"),
        s("warn"),
        "a 302 to a sign-in page that will send the reader back: reachable for subscribers, not dead",
        cause=s("auth"),
        says=(("sign in", "sign-in", "login", "log in"),),
    ),
    Scenario(
        "consent-interstitial",
        "/news/2021/05/17/dam-repairs",
        f'title: "Dam repairs to start in autumn" | {LEDGER} | date: 2021-05-17',
        {"/news/2021/05/17/dam-repairs": redirect(302, "/consent?continue=/news/2021/05/17/dam-repairs")},
        s("blocked"),
        s("warn"),
        "a 302 to a 'Before you continue' cookie-consent page: the article is behind a click, not gone",
        says=(("consent", "cookie"),),
    ),
    Scenario(
        "bot-challenge-403",
        "/news/2020/04/01/water-board-audit",
        f'title: "Water board audit finds £2m overspend" | {LEDGER} | date: 2020-04-01',
        {
            "/news/2020/04/01/water-board-audit": html(
                "cloudflare.html",
                403,
                Server="cloudflare",
                **{"cf-mitigated": "challenge", "CF-RAY": "83a1-LHR"},
            )
        },
        s("blocked"),
        s("warn"),
        "Cloudflare's 'Just a moment...' challenge with 403: a bot wall, not a dead link",
        cause=s("bot_challenge"),
    ),
    Scenario(
        "bot-challenge-503",
        "/news/2020/05/12/reservoir-fees",
        f'title: "Reservoir fees to rise" | {LEDGER} | date: 2020-05-12',
        {
            "/news/2020/05/12/reservoir-fees": html(
                "cloudflare.html", 503, Server="cloudflare", **{"CF-RAY": "83a2-LHR"}
            )
        },
        s("blocked"),
        s("warn"),
        "the same challenge page served with 503: a bot wall, not a server error",
        cause=s("bot_challenge"),
    ),
    Scenario(
        "javascript-app-shell",
        "/local/2022/06/30/wildfire-evacuations",
        f'title: "Wildfire evacuation orders lifted for Pine Hollow" | {LEDGER} | date: 2022-06-30',
        {"/local/2022/06/30/wildfire-evacuations": html("app-shell.html")},
        s("ok", "blocked"),
        s("warn"),
        "a single-page app's shell (empty #root, 'enable JavaScript'): the title is only the site's name;"
        " linkcheck cannot see the article, which is not the same as seeing another one",
        must_not=("title_mismatch",),
        says=(("javascript",),),
    ),
    Scenario(
        "empty-200",
        "/news/2021/01/05/snow-closures",
        f'title: "Snow closes forty schools" | {COURIER} | date: 2021-01-05',
        {"/news/2021/01/05/snow-closures": Page(200, b"", HTML)},
        s("soft_404", "error"),
        s("warn", "fail"),
        "200 with an empty body: nothing there to support the citation",
        says=(("empty",),),
    ),
    Scenario(
        "dead-with-archive-copy",
        "/news/2018/02/14/library-hours",
        f'title: "{LIBRARY_TITLE}" | {GAZETTE} | date: 2018-02-14 | archive: {{o}}{WAYBACK_PATH}',
        {"/news/2018/02/14/library-hours": html("notfound-en.html", 404)},
        s("dead"),
        FAIL,
        "the original is dead (404); the citation's archived copy is where a reader can still see it",
        cause=s("not_found"),
        says=(("404",),),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@dataclass
class Run:
    origin: str
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    text: dict[str, str] = field(default_factory=dict)
    stderr: str = ""


def _text_blocks(text: str, manifest: str) -> dict[int, str]:
    """The text report's lines for each manifest line number (a result's block starts with ``FILE:LINE``)."""
    blocks: dict[int, list[str]] = {}
    current: list[str] | None = None
    marker = f"{manifest}:"
    for line in text.splitlines():
        at = line.find(marker)
        if at >= 0:
            number = line[at + len(marker) :].split()[0]
            if number.isdigit():
                current = blocks.setdefault(int(number), [])
        elif line and not line.startswith(" "):
            current = None
        if current is not None:
            current.append(line)
    return {n: "\n".join(lines) for n, lines in blocks.items()}


@pytest.fixture(scope="module")
def rot_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot"))


def play(
    shared: Mapping[str, Page], scenarios: list[Scenario], folder: Path, *, origin_mark: bytes | None = None
) -> Iterator[Run]:
    """A batch's module fixture: serve ``shared`` and every scenario's routes on one loopback server and run
    the CLI once over the scenarios' manifest in ``folder`` (``yield from play(...)``). ``origin_mark`` in a
    page's body is replaced by the server's origin (pages that link to their own site)."""
    routes = dict(shared)
    for sc in scenarios:
        routes.update(sc.routes)
    with serve(routes) as server:
        if origin_mark is not None:
            origin = server.origin.encode()
            for key, page in routes.items():
                if origin_mark in page.body:
                    server.routes[key] = replace(page, body=page.body.replace(origin_mark, origin))
        yield _run_cli(server, folder, scenarios)


def _run_cli(server: SiteServer, folder: Path, scenarios: list[Scenario]) -> Run:
    """Run the CLI once over a manifest of ``scenarios`` served by ``server``; each result by scenario id."""
    origin = server.origin
    manifest = folder / "sources.txt"
    lines = [f"@article | date: {ARTICLE_DATE} | title: The North Coast, 2014-2023"]
    where: dict[int, str] = {}
    for sc in scenarios:
        lines.append(f"{origin}{sc.cited} | {sc.fields.replace('{o}', origin)}")
        where[len(lines)] = sc.id
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    text_out = folder / "report.txt"
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env["PYTHONPATH"] = str(SRC)  # this tree's linkcheck, whatever the working directory
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "linkcheck", str(manifest)),
            *("--format", "jsonl", "--output", f"text={text_out}"),
            *("--allow-host", server.hostport, "--no-config", "--color", "never", "--processes", "1"),
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert proc.returncode in (0, 1), proc.stderr
    run = Run(origin, stderr=proc.stderr)
    records = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert records, proc.stderr
    assert records[-1]["record"] == "summary", proc.stdout[-2000:]
    for record in records[:-1]:
        run.results[where[record["line"]]] = record
    blocks = _text_blocks(text_out.read_text(encoding="utf-8"), str(manifest))
    for number, scenario in where.items():
        run.text[scenario] = blocks.get(number, "")
    return run


def _describe(result: dict[str, Any], text: str) -> str:
    kinds = [(f["kind"], f["severity"]) for f in result["findings"]]
    return (
        f"got status={result['status']} cause={result['cause']} verdict={result['verdict']} "
        f"findings={kinds} reason={result['reason']!r} final_url={result['final_url']}\n{text}"
    )


def _param(scenario: Scenario) -> Any:
    if scenario.known_miss is None:
        return pytest.param(scenario, id=scenario.id)
    return pytest.param(
        scenario, id=scenario.id, marks=pytest.mark.xfail(strict=True, reason=scenario.known_miss)
    )


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot_scenario(rot_run: Run, scenario: Scenario) -> None:
    check_scenario(rot_run, scenario)


def check_scenario(rot_run: Run, scenario: Scenario) -> None:
    """Assert what a careful person concludes about ``scenario`` against the run's result and report."""
    result = rot_run.results[scenario.id]
    text = rot_run.text[scenario.id]
    got = _describe(result, text)
    expected = f"expected: {scenario.why}\n{got}"
    kinds = {f["kind"] for f in result["findings"]}
    assert result["status"] in scenario.status, expected
    if scenario.cause is not None:
        assert result["cause"] in scenario.cause, expected
    assert result["verdict"] in scenario.verdict, expected
    for kind in scenario.must:
        assert kind in kinds, expected
    for kind in scenario.must_not:
        assert kind not in kinds, expected
    if scenario.quiet_move:
        assert all(f["severity"] == "info" for f in result["findings"] if f["kind"] == "moved"), expected
    for alternatives in scenario.says:
        wanted = [a.replace("{o}", rot_run.origin).casefold() for a in alternatives]
        assert any(w in text.casefold() for w in wanted), (
            f"the text report should say one of {wanted}\n{expected}"
        )


def test_every_scenario_was_reported(rot_run: Run) -> None:
    assert sorted(rot_run.results) == sorted(IDS), rot_run.stderr


# --- moves that loopback cannot play: through the library, with a fetcher double ---------------------------

_PUBLISHER = "www.northerncourier.co.uk"


@pytest.mark.parametrize(
    ("cited", "final"),
    [
        (f"http://{_PUBLISHER}{ARTICLE_PATH}", f"https://{_PUBLISHER}{ARTICLE_PATH}"),
        (f"https://northerncourier.co.uk{ARTICLE_PATH}", f"https://{_PUBLISHER}{ARTICLE_PATH}"),
    ],
    ids=["trivial-move-http-to-https", "trivial-move-bare-to-www"],
)
def test_trivial_moves_are_not_noise(cited: str, final: str) -> None:
    """A 301 that only adds HTTPS or ``www.`` is how sites are run, not link rot: the citation passes."""
    fetched = FetchResult(
        url=cited,
        final_url=final,
        status_code=200,
        headers={"content-type": "text/html; charset=utf-8"},
        body=(FIXTURES / "article.html").read_bytes(),
        redirects=(Redirect(301, final),),
    )
    citation = Citation(
        cited, title=ARTICLE_TITLE, outlet="The Northern Courier", date=PartialDate.parse("2019-06-12")
    )
    result = check([citation], Config(), fetcher=_Answers({cited: fetched})).results[0]
    assert result.status.value == "ok"
    assert result.verdict.value == "pass", result.findings
    assert all(f.severity.value == "info" for f in result.findings if f.kind.value == "moved")
    assert not [f for f in result.findings if f.kind.value != "moved"], result.findings
