"""Held-out probe of link rot, nineteenth batch: what the first eighteen batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README). Most scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Кама-Информ (a regional agency that also ran another agency's wire), Северный Телеграф / Severny
Telegraf (an agency, its English site, its owner Sever Media Group), The Ladoga Post. Hosts loopback cannot
play (a messaging service's channel, a search engine's fast-page copy, the owner's site) are played as paths
of the one server, in the shapes those hosts use (``/s/<channel>``, ``/turbo/s/<path>``, ``/en/``).

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
    DEAD,
    FAIL,
    GONE,
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
    play,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

LADOGA = "outlet: The Ladoga Post"
KAMA = "outlet: Кама-Информ"
SEVER = "outlet: Северный Телеграф"
SEVER_EN = "outlet: Severny Telegraf"

#: a broken link whose story lives a step away: dead as cited, or the story with a warning; never a pass
BROKEN_AS_CITED = s("dead", "ok", "error")

IRAQ = "/2020/01/09/iraq-renews-s300-talks-with-moscow-a68850"
IRAQ_TITLE = "Iraq Renews S-300 Talks With Moscow, Defense Committee Head Says"
ZHIRINOVSKY = "/2020/01/08/zhirinovsky-urges-iran-to-buy-s400-a68839"
ICE_ROAD = "/2018/03/14/ladoga-ice-road-reopens-after-record-frost-a60800"
REUSED_ID = "/2025/04/11/st-petersburg-unveils-plan-for-second-ring-road-a68700"
KAMA_STORY = "/20200109/1563219999.html"
KAMA_TITLE = "В Казани открыли первый участок Большого казанского кольца"
ARCHIVED = "/archive/20170314/1489990011.html"
CHANNEL = "/s/severtelegraf"
OWNER_HOME = "/en/"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    IRAQ: html("ladoga-iraq-s300-talks.html"),
    ZHIRINOVSKY: html("ladoga-zhirinovsky-s400.html"),
    ICE_ROAD: html("ladoga-ice-road-2018.html"),
    REUSED_ID: html("ladoga-2025-reused-id.html"),
    KAMA_STORY: html("kama-story.html"),
    ARCHIVED: html("kama-archive-story.html"),
    CHANNEL: html("telegram-preview-sever.html"),
    OWNER_HOME: html("sever-group-en-home.html"),
}

NGINX_400 = (
    b"<html>\r\n<head><title>400 Bad Request</title></head>\r\n<body>\r\n"
    b"<center><h1>400 Bad Request</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)

SCENARIOS: list[Scenario] = [
    # --- controls: the story is there -----------------------------------------------------------------------
    Scenario(
        "control-cited-with-tracking-parameters",
        IRAQ + "?utm_source=telegram&utm_medium=social",
        f'title: "{IRAQ_TITLE}" | {LADOGA} | date: 2020-01-09',
        {IRAQ + "?utm_source=telegram&utm_medium=social": html("ladoga-iraq-s300-talks.html")},
        OK,
        PASS,
        "the writer copied the link from a social post, utm_ parameters and all; the outlet serves the story"
        " with them (its canonical is the bare address): the story as cited, nothing to report",
        must_not=MISMATCH,
        quiet_move=True,
    ),
    Scenario(
        "control-page-number-ignored",
        KAMA_STORY + "?page=2",
        f'title: "{KAMA_TITLE}" | {KAMA} | date: 2020-01-09',
        {},
        OK,
        PASS,
        "the writer cited '?page=2' of a story the agency once split in pages; the site now ignores the"
        " number and serves the whole story: the story as cited",
        must_not=MISMATCH,
        quiet_move=True,
    ),
    Scenario(
        "control-archive-302-kept-for-years",
        "/20170314/1489990011.html",
        f'title: "Паводок в Набережных Челнах: подтоплены три улицы" | {KAMA} | date: 2017-03-14',
        {"/20170314/1489990011.html": redirect(302, ARCHIVED)},
        OK,
        NOT_FAIL,
        "the agency moved every story older than five years under /archive/ with a 302 (a 'temporary'"
        " redirect, kept for years); the story is there under an 'Архив' banner: the citation holds (a note"
        " of the new address is fair)",
        must_not=MISMATCH,
    ),
    # --- moved ----------------------------------------------------------------------------------------------
    Scenario(
        "split-story-page-2-301-to-whole",
        ICE_ROAD + "/2",
        f'title: "Ladoga Ice Road Reopens After Record Frost" | {LADOGA} | date: 2018-03-14',
        {ICE_ROAD + "/2": redirect(301, ICE_ROAD)},
        OK,
        NOT_FAIL,
        "the writer cited page 2 of a story once split in pages; the redesign made it one page and 301s"
        " '/2' to the story's address: the same story; report where it is",
        must=("moved",),
        must_not=MISMATCH,
    ),
    Scenario(
        "search-engine-fast-page-301-to-original",
        "/turbo/s" + KAMA_STORY,
        f'title: "{KAMA_TITLE}" | {KAMA} | date: 2020-01-09',
        {"/turbo/s" + KAMA_STORY: redirect(301, KAMA_STORY)},
        OK,
        NOT_FAIL,
        "the writer cited a search engine's fast-page copy of the agency's story; the service closed and"
        " 301s each copy to the original: the same story at the publisher's address, the one to cite",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + KAMA_STORY,),),
    ),
    # --- the cited address is broken, the story is a step away ----------------------------------------------
    Scenario(
        "tracking-parameters-404-bare-url-lives",
        ZHIRINOVSKY + "?utm_source=twitter&utm_medium=social&utm_campaign=iran",
        f'title: "Zhirinovsky Urges Iran to Buy Russia\'s S-400 Systems" | {LADOGA} | date: 2020-01-08',
        {
            ZHIRINOVSKY + "?utm_source=twitter&utm_medium=social&utm_campaign=iran": html(
                "ladoga-notfound.html", 404
            )
        },
        BROKEN_AS_CITED,
        NOT_PASS,
        "the outlet's new CDN answers 404 to the address with its utm_ parameters; the bare address is the"
        " story as cited: the link as written is broken for readers, and the report should say that it works"
        " without the tracking parameters",
        must_not=MISMATCH,
        says=(("tracking", "parameter"),),
    ),
    Scenario(
        "tracking-parameters-400-bare-url-lives",
        KAMA_STORY + "?utm_source=yxnews&utm_medium=desktop",
        f'title: "{KAMA_TITLE}" | {KAMA} | date: 2020-01-09',
        {
            KAMA_STORY + "?utm_source=yxnews&utm_medium=desktop": Page(
                400, NGINX_400, {"Content-Type": "text/html", "Server": "nginx"}
            )
        },
        BROKEN_AS_CITED,
        NOT_PASS,
        "the agency's address as a news aggregator's link gave it (utm_source=yxnews) answers nginx's '400"
        " Bad Request'; without the parameters it is the story as cited: broken as written, and the report"
        " should say that it works without the tracking parameters",
        must_not=MISMATCH,
        says=(("tracking", "parameter"),),
    ),
    # --- removed, the page says so --------------------------------------------------------------------------
    Scenario(
        "syndicated-wire-licence-expired-russian",
        "/20200109/1563219740.html",
        f'title: "Ирак возобновил переговоры с Россией о покупке С-300" | {KAMA} | date: 2020-01-09',
        {"/20200109/1563219740.html": html("kama-licence-expired-ru.html")},
        DEAD,
        FAIL,
        "the regional agency ran another agency's wire story; the <title> and og:title still its headline,"
        " the page's <h1> 'Материал недоступен' and 'Срок действия лицензии истёк, и материал больше не"
        " доступен на нашем сайте' under the partner's chrome (noindex): removed when the licence expired",
        must_not=("moved",),
    ),
    Scenario(
        "editors-note-removed-headline-kept",
        "/2019/10/02/governors-aide-detained-over-bridge-contract-a67610",
        f'title: "Governor\'s Aide Detained Over Bridge Contract" | {LADOGA} | date: 2019-10-02',
        {
            "/2019/10/02/governors-aide-detained-over-bridge-contract-a67610": html(
                "ladoga-editors-note-removed.html"
            )
        },
        DEAD,
        FAIL,
        "the headline, date and canonical kept, and under them only 'Editor's note: This article has been"
        " removed. ... it did not meet our editorial standards.' and links to two other stories: the story"
        " cited is not there",
        must_not=("moved",),
    ),
    Scenario(
        "editors-note-removed-russian-headline-kept",
        "/politika/7488130",
        f'title: "Депутат Госдумы предложил продать Ирану системы С-400" | {SEVER} | date: 2020-01-08',
        {"/politika/7488130": html("sever-editors-note-ru.html")},
        DEAD,
        FAIL,
        "the agency kept the headline and time, and under them only 'От редакции. Материал снят с публикации"
        " по решению редакции ...' and a 'Читайте также' list of two other stories of the same day: removed",
        must_not=("moved",),
    ),
    Scenario(
        "gone-410-with-a-human-notice",
        "/politics/1109777",
        f'title: "Lawmaker says Russia could sell S-400 systems to Iran" | {SEVER_EN} | date: 2020-01-08',
        {"/politics/1109777": html("sever-410-en.html", 410)},
        GONE,
        FAIL,
        "410 Gone with a page saying 'This story has been withdrawn ... after its main source retracted his"
        " statement. It will not be restored.': gone for good; the report should say why, as the page does",
        cause=s("gone"),
        says=(("410",), ("withdrawn",)),
    ),
    # --- replaced -------------------------------------------------------------------------------------------
    Scenario(
        "closed-english-site-301-to-owners-home",
        "/politics/1109555",
        f'title: "Russia ready to discuss S-400 deliveries with Iraq, senator says" | {SEVER_EN}'
        " | date: 2020-01-10",
        {"/politics/1109555": redirect(301, OWNER_HOME)},
        REPLACED,
        FAIL,
        "the agency closed its English site and every address 301s to its owner's English home page ('Sever"
        " Media Group | News, radio and television ...', og:type website, its brands and press releases):"
        " the story is gone; the report should say the link lands on a home page",
        must_not=("moved",),
        says=(("front page", "home page", "homepage"),),
    ),
    Scenario(
        "id-reused-301-to-another-dated-slug",
        "/2019/12/26/st-petersburg-metro-gets-first-driverless-train-a68700",
        f'title: "St. Petersburg Metro Gets First Driverless Train" | {LADOGA} | date: 2019-12-26',
        {"/2019/12/26/st-petersburg-metro-gets-first-driverless-train-a68700": redirect(301, REUSED_ID)},
        REPLACED,
        FAIL,
        "a CMS migration restarted the ids; the old address 301s by its id to a 2025 story that took the same"
        " number ('St. Petersburg Unveils Plan for Second Ring Road', 11 April 2025): the id is all the two"
        " share; not a move of the cited story",
        must_not=("moved",),
    ),
    Scenario(
        "consent-wall-only-english",
        "/2021/11/17/moscow-raises-parking-fees-in-city-center-a75550",
        f'title: "Moscow Raises Parking Fees in City Center" | {LADOGA} | date: 2021-11-17',
        {"/2021/11/17/moscow-raises-parking-fees-in-city-center-a75550": html("ladoga-consent-wall.html")},
        s("blocked"),
        WARN,
        "only a consent platform's dialog ('We care about your privacy' in an <h2>, 'We and our 842 partners"
        " store and/or access information on a device ...', 'I accept', 'More options') under the bare site"
        " name, served 200: a consent wall in front of the story, not gone",
        cause=s("consent"),
        must_not=MISMATCH,
        says=(("consent", "cookie", "privacy"),),
    ),
    Scenario(
        "casino-keeps-old-title-no-outlet-cited",
        "/2019/06/25/ladoga-ferry-operator-files-for-bankruptcy-a66040",
        'title: "Ladoga Ferry Operator Files for Bankruptcy" | date: 2019-06-25',
        {"/2019/06/25/ladoga-ferry-operator-files-for-bankruptcy-a66040": html("casino-kept-title-en.html")},
        REPLACED,
        FAIL,
        "the lapsed domain is a casino affiliate's ('Best Online Casinos 2025 – Play for Real Money' in its"
        " <h1> and og:title, og:site_name 'CasinoTopList', 'Play now' links marked sponsored) that kept the"
        " old address's <title> for search engines; the citation names no outlet: the title matches, the"
        " page is not the story, and the report should say what the page is",
        must_not=("moved",),
        says=(("casino",),),
    ),
    Scenario(
        "old-url-302-to-messaging-channel-says-so",
        "/politika/7488120",
        f'title: "В Совфеде оценили возобновление переговоров Ирака о покупке С-300" | {SEVER}'
        " | date: 2020-01-09",
        {"/politika/7488120": redirect(302, CHANNEL)},
        REPLACED,
        FAIL,
        "the old address sends readers to the agency's messaging channel's web preview ('Северный Телеграф |"
        " Новости – Telegram', og:site_name Telegram, 'View in Telegram', two 2025 posts): the story is not"
        " there, and the report should say it is a channel (not 'a section front page')",
        must_not=("moved",),
        says=(("telegram", "channel", "канал", "messaging"),),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot19_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot19"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot19_scenario(rot19_run: Run, scenario: Scenario) -> None:
    check_scenario(rot19_run, scenario)


def test_every_scenario_was_reported(rot19_run: Run) -> None:
    assert sorted(rot19_run.results) == sorted(IDS), rot19_run.stderr
