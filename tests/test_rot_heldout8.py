"""Held-out probe of link rot, eighth batch: what the first seven batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README); besides HTML the batch serves an image at an
article's address, a 429 and a 999, and a PHP error without markup, written in the test.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

import struct
import zlib
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

TIMES = "outlet: The Saltmarsh Times"
MARSCHBOTE = "outlet: Marschbote"
#: a site that is broken for now (an error page in place of every page): not dead, not verifiable


def _png(width: int, height: int) -> bytes:
    """A valid grey PNG of ``width`` x ``height``: what an image server sends."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x99" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


SHARED: dict[str, Page] = {
    "/": html("home.html"),
    ARTICLE_PATH: html("article.html"),
}

PRIVATE_POST = "/news/2020/06/22/marsh-bird-survey-results/"
DEICH = "/lokales/2021-07-14/deichverstaerkung-beginnt"

#: the body of a rate limiter's 429 (nginx's limit_req with a custom page)
TOO_MANY = (
    b"<html><head><title>429 Too Many Requests</title></head><body><center><h1>429 Too Many Requests</h1>"
    b"</center><hr><center>nginx</center></body></html>"
)
#: what a professional network answers a client it takes for a robot: status 999 and a script
STATUS_999 = (
    b'<html><head><script type="text/javascript">window.onload = function() {'
    b" var domain = location.host; var cookie = document.cookie;"
    b' if (!/li_at=/.test(cookie)) { location.href = "/authwall?trk=bf&sessionRedirect=" +'
    b" encodeURIComponent(location.href); } }</script></head><body></body></html>"
)


SCENARIOS: list[Scenario] = [
    # --- controls: live pages with a banner that sounds like rot --------------------------------------------
    Scenario(
        "control-article-with-age-banner",
        "/news/2017/mar/14/marsh-end-sea-wall-raised",
        f'title: "Sea wall at Marsh End to be raised by a metre" | {TIMES} | date: 2017-03-14',
        {"/news/2017/mar/14/marsh-end-sea-wall-raised": html("age-banner-article.html")},
        OK,
        PASS,
        "a live story with a 'This article is more than 6 years old' banner above its headline: the article,"
        " as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-withdrawn-guidance-content-kept",
        "/guidance/flood-warnings-what-to-do",
        'title: "Flood warnings: what to do if you live near the estuary"'
        " | outlet: Saltmarsh District Council | date: 2019-10-01",
        {"/guidance/flood-warnings-what-to-do": html("withdrawn-guidance.html")},
        OK,
        NOT_FAIL,
        "a council's guidance page with 'This guidance was withdrawn on 4 May 2022' above it, its headline,"
        " date and text kept for reference: the cited page is there and says what was cited",
        must_not=("title_mismatch", "date_mismatch", "moved"),
    ),
    # --- a move ---------------------------------------------------------------------------------------------
    Scenario(
        "query-id-to-pretty-path-301",
        "/article.php?id=5120",
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {"/article.php?id=5120": redirect(301, ARTICLE_PATH)},
        OK,
        s("warn"),
        "an old CMS's '/article.php?id=5120' 301s to the article's new readable address: a real move; report"
        " it and the URL to cite",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + ARTICLE_PATH,),),
    ),
    # --- replaced: the address answers with something else --------------------------------------------------
    Scenario(
        "article-url-renders-spanish-search",
        "/local/2020/07/18/puente-colgante-reabre/",
        'title: "El puente colgante reabre tras dos años de obras" | outlet: Diario de la Marisma'
        " | date: 2020-07-18",
        {"/local/2020/07/18/puente-colgante-reabre/": html("busqueda-es.html")},
        DEAD,
        FAIL,
        "the article's address renders WordPress's search for the slug's words ('Resultados de búsqueda para"
        " «puente colgante reabre»', SearchResultsPage, two other stories): the article is gone",
        must_not=("moved",),
    ),
    Scenario(
        "redirect-to-german-topic-page",
        "/lokales/2019-05-08/hafenbecken-ausgebaggert",
        f'title: "Hafenbecken wird erstmals seit 30 Jahren ausgebaggert" | {MARSCHBOTE} | date: 2019-05-08',
        {
            "/lokales/2019-05-08/hafenbecken-ausgebaggert": redirect(301, "/thema/hafen/"),
            "/thema/hafen/": html("thema-de.html"),
        },
        DEAD,
        FAIL,
        "a 301 to the topic page 'Hafen: Aktuelle Nachrichten und Hintergründe' (a label 'Thema', og:type"
        " website, three dated teasers of other stories): the article is gone",
        must_not=("moved",),
    ),
    Scenario(
        "expired-domain-spanish-content-farm",
        "/local/2016/11/02/nueva-depuradora-en-la-marisma/",
        'title: "La nueva depuradora de la marisma entra en servicio" | outlet: El Eco de la Marisma'
        " | date: 2016-11-02",
        {"/local/2016/11/02/nueva-depuradora-en-la-marisma/": html("content-farm-es.html")},
        s("ok", "soft_404"),
        FAIL,
        "the lapsed domain was rebuilt by a Spanish content farm (WordPress/Yoast, 'Redacción', affiliate"
        " links, the old name kept) answering the old address with 'Los 7 mejores seguros de coche baratos"
        " de 2024': not the cited article",
        must_not=("moved",),
    ),
    Scenario(
        "japanese-keyword-hack-at-article-url",
        "/news/2018/may/03/ferry-terminal-plans",
        f'title: "Ferry terminal plans go on show at town hall" | {TIMES} | date: 2018-05-03',
        {"/news/2018/may/03/ferry-terminal-plans": html("japanese-keyword-hack.html")},
        s("ok", "soft_404"),
        FAIL,
        "a hacked site answers the English story's address with Japanese keyword spam"
        " ('【2024年最新】ブランド 財布 激安 通販', links to a shop and to other spam pages): not the"
        " cited article",
        must_not=("moved",),
    ),
    Scenario(
        "web-server-default-page-at-article-url",
        "/news/2016/08/30/lifeboat-station-centenary",
        f'title: "Lifeboat station marks its centenary" | {TIMES} | date: 2016-08-30',
        {"/news/2016/08/30/lifeboat-station-centenary": html("nginx-welcome.html", Server="nginx/1.24.0")},
        DEAD,
        FAIL,
        "the article's address answers 200 with a freshly installed web server's 'Welcome to nginx!' page:"
        " the site is gone from the server",
        must_not=("moved",),
    ),
    Scenario(
        "coming-soon-placeholder-at-article-url",
        "/news/2022/09/14/new-bus-routes-for-marsh-villages",
        f'title: "New bus routes for the marsh villages from October" | {TIMES} | date: 2022-09-14',
        {"/news/2022/09/14/new-bus-routes-for-marsh-villages": html("coming-soon.html")},
        DEAD,
        FAIL,
        "every address answers with a relaunch's 'Coming Soon' placeholder ('Something new is on the way',"
        " a countdown, 'Notify me'): the cited article is not there",
        must_not=("moved",),
    ),
    Scenario(
        "directory-listing-at-article-url",
        "/features/lighthouse-keepers-reunion/",
        f'title: "Lighthouse keepers reunite at Marsh Point" | {TIMES} | date: 2016-08-30',
        {"/features/lighthouse-keepers-reunion/": html("index-of.html", Server="Apache/2.4.41 (Ubuntu)")},
        DEAD,
        FAIL,
        "the article's folder answers with Apache's 'Index of /features/lighthouse-keepers-reunion' (only an"
        " images/ folder and thumbs.db): the page itself was deleted",
        must_not=("moved",),
    ),
    # --- broken sites: an error in place of every page ------------------------------------------------------
    Scenario(
        "database-error-served-200",
        "/news/2021/02/17/marsh-school-expansion",
        f'title: "Marsh End school to expand by two classrooms" | {TIMES} | date: 2021-02-17',
        {"/news/2021/02/17/marsh-school-expansion": html("db-error.html")},
        DOWN,
        WARN,
        "WordPress's 'Error establishing a database connection' (a custom page, served 200): the site is"
        " broken for now, the link is not dead and not another page",
        must_not=MISMATCH,
    ),
    Scenario(
        "php-fatal-error-served-200",
        "/archive/story.php?sid=8812",
        f'title: "Harbour lights switched back on after 40 years" | {TIMES} | date: 2009-11-05',
        {"/archive/story.php?sid=8812": raw(html("php-fatal.html").body, "text/html")},
        s("error", "blocked", "soft_404"),
        NOT_PASS,
        "an old PHP script answers 200 with only 'Deprecated: ...' and 'Fatal error: Uncaught Error: Call to"
        " undefined function mysql_connect()': the page cannot be shown; whatever it held is not verifiable",
        must_not=("title_mismatch", "date_mismatch", "moved"),
    ),
    Scenario(
        "rate-limited-429",
        "/news/2022/01/11/marsh-car-park-charges",
        f'title: "Car park charges introduced at Marsh End beach" | {TIMES} | date: 2022-01-11',
        {
            "/news/2022/01/11/marsh-car-park-charges": Page(
                429, TOO_MANY, {"Content-Type": "text/html", "Retry-After": "3600", "Server": "nginx"}
            )
        },
        BLOCKED,
        WARN,
        "a 429 'Too Many Requests' with Retry-After: one hour: the site throttles the checker; reachable, not"
        " verifiable, not dead",
        must_not=MISMATCH,
        says=(("429",),),
    ),
    Scenario(
        "professional-network-status-999",
        "/posts/saltmarsh-times_floods-activity-7012345678901234567-Xq3d",
        'title: "Our flood coverage wins regional press award" | outlet: LinkedIn | date: 2023-01-27',
        {
            "/posts/saltmarsh-times_floods-activity-7012345678901234567-Xq3d": raw(
                STATUS_999, "text/html", 999
            )
        },
        BLOCKED,
        WARN,
        "status 999 with a script that sends clients without a session to an auth wall: the network refuses"
        " robots; reachable, not verifiable, not dead",
        must_not=MISMATCH,
    ),
    # --- walls ----------------------------------------------------------------------------------------------
    Scenario(
        "age-gate-in-place-of-article",
        "/news/2021/10/05/marsh-distillery-first-single-malt",
        'title: "Marsh distillery releases its first single malt" | outlet: The Dram Review'
        " | date: 2021-10-05",
        {"/news/2021/10/05/marsh-distillery-first-single-malt": html("age-gate.html")},
        BLOCKED,
        WARN,
        "a drinks magazine's 'Are you of legal drinking age? You must be 18 or over to enter this site' form"
        " in place of the story, served 200: behind a gate, not gone",
        must_not=MISMATCH,
    ),
    Scenario(
        "isp-block-page-russian",
        "/news/2022/03/04/aktsiya-na-naberezhnoy",
        'title: "Акция протеста прошла на набережной" | outlet: Свободная Долина | date: 2022-03-04',
        {"/news/2022/03/04/aktsiya-na-naberezhnoy": html("isp-block-ru.html")},
        BLOCKED,
        WARN,
        "an internet provider's block page in place of the story ('Доступ к ресурсу ограничен ... на"
        " основании решения органа государственной власти'), served 200: blocked by law where the checker"
        " runs; not gone",
        cause=s("legal"),
        must_not=MISMATCH,
    ),
    Scenario(
        "shared-document-needs-access",
        "/file/d/1qHx7RmTz0PkaWsN3vL8bYcDe4FgJ2iK/view",
        'title: "Estuary water quality readings 2020" | outlet: Google Drive | date: 2020-12-01',
        {"/file/d/1qHx7RmTz0PkaWsN3vL8bYcDe4FgJ2iK/view": html("drive-need-access.html")},
        BLOCKED,
        WARN,
        "a shared document made private: 'You need access / Ask for access, or switch to an account with"
        " access', served 200: behind a sign-in, not gone",
        cause=s("auth"),
        must_not=MISMATCH,
    ),
    Scenario(
        "private-post-redirects-to-wp-login",
        PRIVATE_POST,
        f'title: "Marsh bird survey: avocets return in record numbers" | {TIMES} | date: 2020-06-22',
        {
            PRIVATE_POST: redirect(
                302, "/wp-login.php?redirect_to=%2Fnews%2F2020%2F06%2F22%2Fmarsh-bird-survey-results%2F"
            ),
            "/wp-login.php": html("wp-login.html"),
        },
        BLOCKED,
        WARN,
        "a post made private: WordPress 302s to '/wp-login.php?redirect_to=...' ('Log In ‹ <site> —"
        " WordPress'): behind a sign-in, not gone",
        cause=s("auth"),
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "consent-or-pay-redirect-german",
        DEICH,
        f'title: "Deichverstärkung an der Marsch beginnt" | {MARSCHBOTE} | date: 2021-07-14',
        {
            DEICH: redirect(302, "/zustimmung?url=%2Flokales%2F2021-07-14%2Fdeichverstaerkung-beginnt"),
            "/zustimmung": html("zustimmung-de.html"),
        },
        BLOCKED,
        WARN,
        "a 302 to '/zustimmung?url=...': 'Mit Werbung weiterlesen' or 'Werbefrei lesen im PUR-Abo' (accept"
        " tracking or pay), 'Wir und unsere Partner verarbeiten personenbezogene Daten ...': a consent wall"
        " in front of the story; not gone",
        cause=s("consent"),
        must_not=(*MISMATCH, "moved"),
    ),
    # --- platforms ------------------------------------------------------------------------------------------
    Scenario(
        "video-account-terminated",
        "/watch?v=Hx82LmQp0sT",
        'title: "Marsh End sea wall: drone footage of the works" | outlet: YouTube | date: 2019-05-20',
        {"/watch": html("youtube-terminated.html")},
        s("ok", "soft_404"),
        FAIL,
        "a video page served 200 titled 'YouTube' whose player says 'This video isn't available any more ..."
        " the YouTube account associated with this video has been terminated': the video is gone",
        must_not=("moved",),
    ),
    Scenario(
        "photo-post-page-unavailable",
        "/p/CqZ3xY8LmN2/",
        'title: "Sunset over the saltmarsh after the storm" | outlet: Instagram | date: 2023-03-12',
        {"/p/CqZ3xY8LmN2/": html("instagram-unavailable.html")},
        s("ok", "soft_404", "blocked"),
        NOT_PASS,
        "a photo network's 'Sorry, this page isn't available. The link you followed may be broken, or the"
        " page may have been removed.' under the title 'Instagram', served 200: the cited post cannot be"
        " seen",
        must_not=("moved",),
    ),
    Scenario(
        "podcast-episode-removed",
        "/episode/5TnW9bXr",
        'title: "The Harbour Hour: the night the sea wall held" | outlet: Castwave | date: 2022-12-01',
        {"/episode/5TnW9bXr": html("podcast-episode-gone.html")},
        s("ok", "soft_404"),
        FAIL,
        "a podcast platform answers the episode's address with the show's page ('The Harbour Hour | Podcast"
        " on Castwave') and 'This episode is no longer available', served 200: the episode is gone (the"
        " show's name is only the first words of the cited title)",
        must_not=("moved",),
    ),
    Scenario(
        "article-url-serves-image",
        "/news/2020/04/09/marsh-heron-colony",
        f'title: "Heron colony on the marsh grows to 40 nests" | {TIMES} | date: 2020-04-09',
        {"/news/2020/04/09/marsh-heron-colony": raw(_png(320, 180), "image/png")},
        s("ok", "soft_404"),
        NOT_PASS,
        "the article's address now answers 200 with a 320x180 PNG (no page): not the cited article",
        must_not=("moved",),
    ),
    # --- not found and removed, in languages no batch had ---------------------------------------------------
    not_found(
        "not-found-filipino-h1",
        "/balita/2021/09/03/bagong-tulay",
        'title: "Binuksan na ang bagong tulay sa ilog" | outlet: Pahayagang Lambak | date: 2021-09-03',
        "notfound-tl.html",
        "'Paumanhin, hindi mahanap ang pahinang ito' (sorry, this page cannot be found) in the <h1>, the"
        " <title> the site's name, served 200",
    ),
    not_found(
        "not-found-serbian-title",
        "/vesti/2020/10/12/novi-most",
        'title: "Нови мост пуштен у саобраћај" | outlet: Долински гласник | date: 2020-10-12',
        "notfound-sr.html",
        "'Страница није пронађена' (page not found) in the <title>, a '404' <div>, served 200",
    ),
    not_found(
        "not-found-armenian-h2",
        "/news/2022/04/19/nor-kamurj",
        'title: "Նոր կամուրջը բացվեց երթևեկության համար" | outlet: Հովտի լուրեր | date: 2022-04-19',
        "notfound-hy.html",
        "'Էջը չի գտնվել' (the page was not found) in an <h2>, the <title> the site's name, served 200",
    ),
    not_found(
        "not-found-tamil-h1",
        "/news/2021/12/06/puthiya-palam",
        'title: "புதிய பாலம் திறக்கப்பட்டது" | outlet: பள்ளத்தாக்கு செய்திகள் | date: 2021-12-06',
        "notfound-ta.html",
        "'மன்னிக்கவும், பக்கம் கிடைக்கவில்லை' (sorry, page not found) in the <h1>, the <title> the site's"
        " name, served 200",
    ),
    not_found(
        "not-found-basque-div",
        "/albisteak/2022/06/27/zubi-berria",
        'title: "Zubi berria irekita dago" | outlet: Haraneko Berriak | date: 2022-06-27',
        "notfound-eu.html",
        "'Barkatu, ez da orria aurkitu' (sorry, the page was not found) in a styled <div>, the <title> the"
        " site's name, served 200",
    ),
    not_found(
        "not-found-welsh-title-and-h1",
        "/newyddion/2020/03/30/pont-newydd",
        'title: "Pont newydd yn agor dros yr afon" | outlet: Newyddion y Cwm | date: 2020-03-30',
        "notfound-cy.html",
        "'Tudalen heb ei chanfod' (page not found) in the <title>, 'Mae'n ddrwg gennym, ni allwn ddod o hyd"
        " i'r dudalen honno' (sorry, we can't find that page) in the <h1>, served 200",
    ),
    not_found(
        "removed-galician-h1",
        "/comarca/2019/11/21/ponte-novo",
        'title: "A ponte nova ábrese ao tráfico" | outlet: Xornal do Val | date: 2019-11-21',
        "removed-gl.html",
        "'Esta noticia xa non está dispoñible' (this story is no longer available) in the <h1>, 'O contido"
        " que buscas foi retirado', the <title> the site's name, served 200",
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def rot8_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot8"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot8_scenario(rot8_run: Run, scenario: Scenario) -> None:
    check_scenario(rot8_run, scenario)


def test_every_scenario_was_reported(rot8_run: Run) -> None:
    assert sorted(rot8_run.results) == sorted(IDS), rot8_run.stderr
