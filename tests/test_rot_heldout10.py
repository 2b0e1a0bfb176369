"""Held-out probe of link rot, tenth batch: what the first nine batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README); besides HTML the batch serves a page in
windows-1251, an RSS feed at an article's address and an nginx 504, the last two written in the test.

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
    FIXTURES,
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
    not_found,
    play,
    raw,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

CLARION = "outlet: The Moorland Clarion"
#: a site that is broken for now (an error page in place of every page): not dead, not verifiable


SHARED: dict[str, Page] = {
    "/": html("home.html"),
    ARTICLE_PATH: html("article.html"),
}

LEDGER_CAPTURE = "/web/20160825031742/http://www.valleyledger.com/local/2016/08/22/covered-bridge-reopens"
LOOP = "/news/2020/05/04/bandstand-concerts-return"
NEAREST = "/web/20160901000000/http://www.valleyledger.com/local/2016/08/22/covered-bridge-reopens"

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>The Moorland Clarion - News</title>
<link>https://www.moorlandclarion.co.uk/news</link>
<description>The latest news from the Moorland Clarion</description>
<language>en-gb</language>
<lastBuildDate>Mon, 04 Mar 2024 08:12:00 +0000</lastBuildDate>
<atom:link href="https://www.moorlandclarion.co.uk/news/rss" rel="self" type="application/rss+xml"/>
<item>
<title>Bus timetable changes from April</title>
<link>https://www.moorlandclarion.co.uk/news/2024/03/04/bus-timetable-changes</link>
<dc:creator>Bryony Eastwood</dc:creator>
<pubDate>Mon, 04 Mar 2024 07:30:00 +0000</pubDate>
<description>Three rural routes will run less often from the start of April.</description>
</item>
<item>
<title>Reservoir path reopens after landslip repairs</title>
<link>https://www.moorlandclarion.co.uk/news/2024/03/02/reservoir-path-reopens</link>
<dc:creator>Tom Aske</dc:creator>
<pubDate>Sat, 02 Mar 2024 09:00:00 +0000</pubDate>
<description>The path along the north shore is open again after five months.</description>
</item>
</channel>
</rss>
"""

NGINX_504 = (
    b"<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway"
    b" Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


SCENARIOS: list[Scenario] = [
    # --- controls -------------------------------------------------------------------------------------------
    Scenario(
        "control-legacy-windows-1251-page",
        "/news/2018/03/14/poliklinika.html",
        'title: "В Заречье открыли новую поликлинику" | outlet: Заречная газета | date: 2018-03-14',
        {
            "/news/2018/03/14/poliklinika.html": Page(
                200, (FIXTURES / "cp1251-article.html").read_bytes(), {"Content-Type": "text/html"}
            )
        },
        OK,
        PASS,
        "an old CMS's table layout in windows-1251, the charset only in a <meta http-equiv> (the header says"
        " 'text/html' alone), the headline in an <h1> and the date '14.03.2018 10:25' above it: the cited"
        " article, as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-article-with-dead-embedded-video",
        "/news/2018/07/31/harden-edge-moor-fire",
        'title: "Moor fire crews praised after three-day blaze on Harden Edge"'
        f" | {CLARION} | date: 2018-07-31",
        {"/news/2018/07/31/harden-edge-moor-fire": html("embedded-video-unavailable-article.html")},
        OK,
        PASS,
        "a live article whose embedded video player now says 'Video unavailable ... the YouTube account"
        " associated with this video has been terminated', the story's text around it: the cited article;"
        " only an embed inside it died",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-archive-302-to-nearest-capture",
        NEAREST,
        'title: "Covered bridge reopens to traffic after flood repairs" | outlet: The Valley Ledger'
        " | date: 2016-08-22",
        {NEAREST: redirect(302, LEDGER_CAPTURE), LEDGER_CAPTURE: html("wayback-capture2.html")},
        OK,
        NOT_FAIL,
        "a web archive's 302 from the cited timestamp to its nearest capture of the same address (as the"
        " archive does for every timestamp it has no capture at): the cited story, archived",
        must_not=MISMATCH,
    ),
    # --- moves ----------------------------------------------------------------------------------------------
    Scenario(
        "see-other-303-to-new-address",
        "/index.php?option=com_content&view=article&id=5120",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {"/index.php?option=com_content&view=article&id=5120": redirect(303, ARTICLE_PATH)},
        OK,
        NOT_FAIL,
        "an old Joomla address answered by a 303 See Other to the article's new address: the cited article,"
        " at another address",
        must_not=MISMATCH,
    ),
    Scenario(
        "refresh-header-to-new-address",
        "/node/48213",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {"/node/48213": html("refresh-header-stub.html", Refresh=f"0; url={ARTICLE_PATH}")},
        OK,
        NOT_FAIL,
        "a 200 'Redirecting…' stub with an HTTP 'Refresh: 0; url=<the article's new address>' header (no"
        " meta, no script): the article moved; report where it is",
        must_not=MISMATCH,
        says=(("{o}" + ARTICLE_PATH,),),
    ),
    Scenario(
        "redirect-loop-trailing-slash",
        LOOP,
        f'title: "Bandstand concerts return to the park" | {CLARION} | date: 2020-05-04',
        {LOOP: redirect(301, LOOP + "/"), LOOP + "/": redirect(301, LOOP)},
        s("error", "blocked", "dead"),
        NOT_PASS,
        "the server adds a trailing slash and the CMS takes it away, for ever (a browser says 'redirected"
        " you too many times'): nothing can be read at the address; whatever the reason, it cannot pass",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- bot walls ------------------------------------------------------------------------------------------
    Scenario(
        "bot-check-302-are-you-a-robot",
        "/news/2021/09/14/wind-farm-appeal",
        f'title: "Wind farm appeal dismissed by planning inspector" | {CLARION} | date: 2021-09-14',
        {
            "/news/2021/09/14/wind-farm-appeal": redirect(
                302,
                "/tosv2.html?vid=&uuid=8a0b7f52-6e11-11ef-9c3d-52c9c4a2b1f0"
                "&url=L25ld3MvMjAyMS8wOS8xNC93aW5kLWZhcm0tYXBwZWFs",
            ),
            "/tosv2.html": html("robot-check.html"),
        },
        BLOCKED,
        WARN,
        "a 302 to '/tosv2.html?...&url=<the article, base64>' titled '<site> - Are you a robot?' ('We've"
        " detected unusual activity from your computer network', a captcha): a bot wall; not gone",
        must_not=MISMATCH,
    ),
    Scenario(
        "bot-challenge-202-waf",
        "/news/2021/10/02/quarry-extension-refused",
        f'title: "Quarry extension refused over dust fears" | {CLARION} | date: 2021-10-02',
        {
            "/news/2021/10/02/quarry-extension-refused": html(
                "aws-waf-challenge.html", 202, **{"x-amzn-waf-action": "challenge"}
            )
        },
        BLOCKED,
        WARN,
        "a 202 with a cloud firewall's JavaScript challenge (an empty <title>, its challenge.js, 'we need to"
        " verify that you're not a robot' in <noscript>, x-amzn-waf-action: challenge): a bot wall; not gone",
        must_not=MISMATCH,
        cause=s("bot_challenge"),
    ),
    Scenario(
        "bot-challenge-429-security-checkpoint",
        "/news/2022/01/20/market-hall-tenants",
        f'title: "Market hall tenants given six months to leave" | {CLARION} | date: 2022-01-20',
        {
            "/news/2022/01/20/market-hall-tenants": html(
                "vercel-checkpoint.html", 429, **{"x-vercel-mitigated": "challenge"}
            )
        },
        BLOCKED,
        WARN,
        "a hosting platform's 429 'Vercel Security Checkpoint' ('We're verifying your browser', a challenge"
        " script): a bot wall; not gone",
        must_not=MISMATCH,
        cause=s("bot_challenge"),
    ),
    # --- replaced -------------------------------------------------------------------------------------------
    Scenario(
        "article-url-serves-rss-feed",
        "/news/2019/11/05/bonfire-night-cancelled",
        f'title: "Bonfire night display cancelled after flooding" | {CLARION} | date: 2019-11-05',
        {"/news/2019/11/05/bonfire-night-cancelled": raw(RSS, "application/rss+xml; charset=utf-8")},
        REPLACED,
        NOT_PASS,
        "a relaunched CMS answers the old article's address with the News section's RSS feed (2024 items):"
        " not the cited article",
        must_not=("moved",),
    ),
    Scenario(
        "expired-domain-italian-casino-farm",
        "/cronaca/2017/05/22/nuovo-pontile-a-lierna/",
        'title: "Inaugurato il nuovo pontile di Lierna" | outlet: Gazzetta del Lago | date: 2017-05-22',
        {"/cronaca/2017/05/22/nuovo-pontile-a-lierna/": html("content-farm-it.html")},
        REPLACED,
        FAIL,
        "the lapsed Italian paper's domain, rebuilt under its old name (og:site_name, title suffix) by a"
        " gambling affiliate: 'Casinò non AAMS: i 10 migliori siti sicuri del 2024' (Yoast, 'Redazione',"
        " sponsored links) at the old address: not the cited article",
        must_not=("moved",),
    ),
    Scenario(
        "expired-domain-301-to-online-shop",
        "/news/2016/04/18/mill-chimney-saved",
        f'title: "Mill chimney saved by last-minute listing" | {CLARION} | date: 2016-04-18',
        {
            "/news/2016/04/18/mill-chimney-saved": redirect(301, "/shop/"),
            "/shop/": html("shop-front.html"),
        },
        REPLACED,
        FAIL,
        "the lapsed domain now belongs to an online shop ('Clarion Home & Living', Shopify, 'Add to cart')"
        " that 301s every old address to its shop front: the article is gone",
        must_not=("moved",),
    ),
    Scenario(
        "soft404-message-only-in-image-alt",
        "/news/2017/02/27/snow-gates-closed",
        f'title: "Snow gates closed on the moor road" | {CLARION} | date: 2017-02-27',
        {"/news/2017/02/27/snow-gates-closed": html("soft404-image-only.html")},
        DEAD,
        FAIL,
        "served 200 under the bare site name; the page's only message is an illustration whose alt text is"
        " '404 – page not found. Even our sheep couldn't find it.' and a 'Take me to the front page' button:"
        " the article is gone",
        must_not=("moved",),
    ),
    # --- platforms and archives -----------------------------------------------------------------------------
    Scenario(
        "video-platform-does-not-exist-404",
        "/312845671",
        'title: "Harden Edge fire: the three days on the moor" | outlet: Vimeo | date: 2018-08-06',
        {"/312845671": html("vimeo-not-found.html", 404)},
        GONE,
        FAIL,
        "a video platform's 404 'Sorry, this video does not exist.' (may have been removed by its owner):"
        " the video is gone",
        cause=s("not_found"),
        must_not=("moved",),
    ),
    Scenario(
        "publication-platform-unavailable-200",
        "/moorlandclarion/docs/clarion_2019_summer_guide",
        'title: "Moorland Clarion Summer Guide 2019" | outlet: Issuu | date: 2019-06-01',
        {"/moorlandclarion/docs/clarion_2019_summer_guide": html("issuu-unavailable.html")},
        REPLACED,
        FAIL,
        "a digital-publishing platform's page served 200 under its bare name ('Issuu'): 'This publication is"
        " no longer available ... The publisher has removed this publication or made it private': gone",
        must_not=("moved",),
    ),
    Scenario(
        "blog-host-post-missing-404",
        "/2019/05/kinder-scout-in-the-mist.html",
        'title: "Kinder Scout in the mist" | outlet: Moorland Walks | date: 2019-05-11',
        {"/2019/05/kinder-scout-in-the-mist.html": html("blogger-notfound.html", 404)},
        GONE,
        FAIL,
        "a blog host's 404 inside the blog's theme: 'Sorry, the page you were looking for in this blog does"
        " not exist.' with the blog archive beside it: the post is gone",
        cause=s("not_found"),
        must_not=("moved",),
    ),
    Scenario(
        "cited-archive-copy-excluded-403",
        "/web/20170315000000/http://www.northerncourier.co.uk/news/2017/mar/14/ferry-strike",
        f'title: "Ferry crews vote to strike over rosters" | {COURIER} | date: 2017-03-14',
        {
            "/web/20170315000000/http://www.northerncourier.co.uk/news/2017/mar/14/ferry-strike": html(
                "wayback-excluded.html", 403
            )
        },
        s("dead", "soft_404"),
        FAIL,
        "the cited web-archive copy now answers 403 'Sorry. This URL has been excluded from the Wayback"
        " Machine.': the archive took the copy down at the site owner's request; a final answer, not a bot"
        " wall",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- walls ----------------------------------------------------------------------------------------------
    Scenario(
        "cookie-wall-only-swedish",
        "/nyheter/2022/03/09/ny-bro-over-alven",
        'title: "Ny bro över älven invigd" | outlet: Älvdalens Tidning | date: 2022-03-09',
        {"/nyheter/2022/03/09/ny-bro-over-alven": html("cookie-wall-sv.html")},
        BLOCKED,
        WARN,
        "only a consent dialog ('Vi värnar om din integritet' in an <h2>, 'Godkänn alla', 'Avvisa alla')"
        " under the bare site name, served 200: a consent wall in front of the story; not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
    Scenario(
        "geoblock-200-italian",
        "/cronaca/2021/06/03/nuova-funivia",
        'title: "La nuova funivia apre il 1° luglio" | outlet: Gazzetta della Valle | date: 2021-06-03',
        {"/cronaca/2021/06/03/nuova-funivia": html("geoblock-it.html")},
        BLOCKED,
        WARN,
        "'Contenuto non disponibile nel tuo Paese' (not available in your country) in the <h1>, 'non è"
        " accessibile dalla tua area geografica', the <title> the site's name, served 200: a regional block;"
        " not gone",
        cause=s("legal"),
        must_not=MISMATCH,
    ),
    # --- down -----------------------------------------------------------------------------------------------
    Scenario(
        "server-error-500-with-site-chrome",
        "/news/2022/11/15/reservoir-car-park-fees",
        f'title: "Reservoir car park fees to double" | {CLARION} | date: 2022-11-15',
        {"/news/2022/11/15/reservoir-car-park-fees": html("error-500.html", 500)},
        DOWN,
        WARN,
        "a 500 with the site's chrome ('Something went wrong on our end ... Please try again in a few"
        " minutes', Error 500): the site is failing for now; not dead, not verifiable",
        must_not=MISMATCH,
    ),
    Scenario(
        "gateway-timeout-504-nginx",
        "/news/2022/11/16/moor-road-resurfacing",
        f'title: "Moor road resurfacing to start in spring" | {CLARION} | date: 2022-11-16',
        {"/news/2022/11/16/moor-road-resurfacing": raw(NGINX_504, "text/html", 504)},
        DOWN,
        WARN,
        "a proxy's plain 504 Gateway Time-out: the site behind it did not answer; not dead, not verifiable",
        must_not=MISMATCH,
    ),
    # --- not found, in languages no batch had ---------------------------------------------------------------
    not_found(
        "not-found-kazakh-title",
        "/zhanalyqtar/2021/04/12/zhana-kopir",
        'title: "Жаңа көпір ашылды" | outlet: Алқап жаңалықтары | date: 2021-04-12',
        "notfound-kk.html",
        "'Бет табылмады' (page not found) in the <title>, a '404' <div>, served 200",
    ),
    not_found(
        "not-found-malayalam-h1",
        "/news/2022/02/08/puthiya-palam",
        'title: "പുതിയ പാലം ഗതാഗതത്തിനായി തുറന്നു" | outlet: താഴ്വര വാർത്ത | date: 2022-02-08',
        "notfound-ml.html",
        "'ക്ഷമിക്കണം, പേജ് കണ്ടെത്താനായില്ല' (sorry, the page could not be found) in the <h1>, the <title>"
        " the site's name, served 200",
    ),
    not_found(
        "not-found-amharic-h2",
        "/news/2020/09/21/adis-dildiy",
        'title: "አዲሱ ድልድይ ለትራፊክ ክፍት ሆነ" | outlet: የሸለቆ ዜና | date: 2020-09-21',
        "notfound-am.html",
        "'ይቅርታ፣ ገጹ አልተገኘም' (sorry, the page was not found) in an <h2>, the <title> the site's name,"
        " served 200",
    ),
    not_found(
        "not-found-sinhala-div",
        "/news/2021/12/02/aluth-palama",
        'title: "නව පාලම විවෘත කෙරේ" | outlet: නිම්න පුවත් | date: 2021-12-02',
        "notfound-si.html",
        "'සමාවන්න, ඔබ සොයන පිටුව සොයාගත නොහැක' (sorry, the page you are looking for cannot be found) in a"
        " styled <div>, the <title> the site's name, served 200",
    ),
    not_found(
        "not-found-traditional-chinese-h1",
        "/news/20220415/new-bridge",
        'title: "新橋正式通車" | outlet: 山谷時報 | date: 2022-04-15',
        "notfound-zh-tw.html",
        "'抱歉，您要找的頁面不存在' (sorry, the page you are looking for does not exist, in traditional"
        " characters) in the <h1>, the <title> the site's name, served 200",
    ),
    not_found(
        "not-found-uzbek-title-and-h1",
        "/yangiliklar/2022/08/30/yangi-koprik",
        'title: "Yangi koʻprik foydalanishga topshirildi" | outlet: Vodiy xabarlari | date: 2022-08-30',
        "notfound-uz.html",
        "'Sahifa topilmadi' (page not found) in the <title>, 'Kechirasiz, siz qidirgan sahifa topilmadi'"
        " (sorry, the page you looked for was not found) in the <h1>, served 200",
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def rot10_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot10"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot10_scenario(rot10_run: Run, scenario: Scenario) -> None:
    check_scenario(rot10_run, scenario)


def test_every_scenario_was_reported(rot10_run: Run) -> None:
    assert sorted(rot10_run.results) == sorted(IDS), rot10_run.stderr
