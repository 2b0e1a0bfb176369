"""Held-out probe of link rot, seventh batch: what the first six batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README); besides HTML the batch serves a video and a
download at article addresses, and a 401 with a ``WWW-Authenticate`` challenge.

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

ECHO = "outlet: The Harbourside Echo"


#: the first bytes of an MP4 file (an ``ftyp`` box, then an empty ``mdat``): what a video server sends
MP4 = (
    b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41"
    + b"\x00\x00\x00\x08free"
    + b"\x00\x00\x04\x08mdat"
    + bytes(1024)
)
#: a ZIP archive's local header and a little data: a download served in place of an article
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    ARTICLE_PATH: html("article.html"),
}

FORUM_PATH = "/r/eastquay/comments/k3x9qa/ferry_timetable_change_anyone_else_annoyed/"
CAFE_PATH = "/news/2021/03/caf%C3%A9-reopens-after-flood"


SCENARIOS: list[Scenario] = [
    # --- controls: live pages whose words sound like rot ----------------------------------------------------
    Scenario(
        "control-headline-about-cookie-walls",
        "/business/2022/02/09/regulator-fines-publishers-cookie-walls",
        f'title: "Regulator fines three publishers over cookie walls" | {ECHO} | date: 2022-02-09',
        {
            "/business/2022/02/09/regulator-fines-publishers-cookie-walls": html("cookie-fines-article.html"),
        },
        OK,
        PASS,
        "a live story about cookie walls (its body quotes a banner's 'We use cookies'): the article, as"
        " cited; no consent wall",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-headline-says-domain-for-sale",
        "/news/2021/08/17/old-tourism-website-domain-auction",
        f'title: "Domain for sale: town\'s old tourism website goes to auction" | {ECHO} | date: 2021-08-17',
        {"/news/2021/08/17/old-tourism-website-domain-auction": html("domain-for-sale-headline.html")},
        OK,
        PASS,
        "a live story headlined 'Domain for sale: ...' quoting a parking page's 'This domain may be for"
        " sale': the article, as cited; no parked domain",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- moves that change nothing that matters -------------------------------------------------------------
    Scenario(
        "percent-encoding-case-301",
        CAFE_PATH,
        f'title: "Quayside café reopens eight months after flood" | {ECHO} | date: 2021-03-26',
        {
            CAFE_PATH: redirect(301, CAFE_PATH.replace("%C3%A9", "%c3%a9")),
            CAFE_PATH.replace("%C3%A9", "%c3%a9"): html("cafe-reopens.html"),
        },
        OK,
        PASS,
        "a 301 that only writes the slug's percent-escapes in lower case ('caf%C3%A9' to 'caf%c3%a9'): the"
        " same address (RFC 3986 calls them equivalent); not worth a warning",
        must_not=MISMATCH,
        quiet_move=True,
    ),
    Scenario(
        "print-version-301-to-article",
        "/print" + ARTICLE_PATH,
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {"/print" + ARTICLE_PATH: redirect(301, ARTICLE_PATH)},
        OK,
        NOT_FAIL,
        "the cited printer-friendly version ('/print/news/...') 301s to the article itself: the story, as"
        " cited",
        must_not=MISMATCH,
    ),
    # --- replaced: the address answers with something else --------------------------------------------------
    Scenario(
        "recurring-event-page-rolled-over",
        "/whats-on/christmas-lights-switch-on",
        f'title: "Christmas lights switch-on: road closures and times" | {ECHO} | date: 2019-11-20',
        {"/whats-on/christmas-lights-switch-on": html("lights-switch-on-2024.html")},
        s("ok", "soft_404"),
        NOT_PASS,
        "a yearly guide at an undated address, rewritten each year under the same headline: it now gives"
        " 2024's times (published 18 November 2024); the cited 2019 guide is gone from the address",
        must_not=("moved",),
    ),
    Scenario(
        "article-url-serves-video-file",
        "/news/2020/09/15/lifeboat-launch-video",
        f'title: "Watch: new lifeboat launched at Harbourside" | {ECHO} | date: 2020-09-15',
        {"/news/2020/09/15/lifeboat-launch-video": raw(MP4, "video/mp4")},
        s("ok", "soft_404"),
        NOT_PASS,
        "the article's address now answers 200 with an MP4 file (a pre-roll advert, no page): not the cited"
        " article",
        must_not=("moved",),
    ),
    Scenario(
        "article-url-serves-zip-download",
        "/news/2018/04/04/marina-plans-unveiled",
        f'title: "Marina plans unveiled at packed meeting" | {ECHO} | date: 2018-04-04',
        {
            "/news/2018/04/04/marina-plans-unveiled": raw(
                ZIP,
                "application/octet-stream",
                **{"Content-Disposition": 'attachment; filename="update.zip"'},
            )
        },
        s("ok", "soft_404", "blocked"),
        NOT_PASS,
        "the article's address answers 200 with a ZIP download ('attachment; filename=update.zip', what a"
        " hacked site serves): whatever it is, it is not the cited article",
        must_not=("moved",),
    ),
    Scenario(
        "expired-domain-german-content-farm",
        "/lokales/2016/05/23/neue-faehre-fuer-die-bucht.html",
        'title: "Neue Fähre für die Bucht getauft" | outlet: Ostsee Kurier | date: 2016-05-23',
        {"/lokales/2016/05/23/neue-faehre-fuer-die-bucht.html": html("content-farm-de.html")},
        s("ok", "soft_404"),
        FAIL,
        "the lapsed domain was rebuilt by a German content farm (WordPress, 'Redaktion', affiliate links, the"
        " old name as og:site_name) answering the old address with 'Die 10 besten Kreditkarten ohne"
        " Jahresgebühr 2024': not the cited article",
        must_not=("moved",),
    ),
    Scenario(
        "article-url-renders-french-tag-archive",
        "/region/2021/03/11/pont-levant-greve.html",
        'title: "Grève au pont levant : la circulation coupée" | outlet: Le Journal de l\'Estuaire'
        " | date: 2021-03-11",
        {"/region/2021/03/11/pont-levant-greve.html": html("tag-archive-fr.html")},
        DEAD,
        FAIL,
        "the article's address renders WordPress's French tag archive ('Archives des pont levant - ...',"
        " 'Étiquette : pont levant', CollectionPage, noindex, two other stories): the article is gone",
        must_not=("moved",),
    ),
    Scenario(
        "redirect-to-dutch-search-results",
        "/regio/2019/10/02/nieuwe-sluis-geopend",
        'title: "Nieuwe sluis feestelijk geopend" | outlet: Dagblad van het Dal | date: 2019-10-02',
        {
            "/regio/2019/10/02/nieuwe-sluis-geopend": redirect(302, "/zoeken?q=nieuwe+sluis+geopend"),
            "/zoeken": html("zoekresultaten-nl.html"),
        },
        DEAD,
        FAIL,
        "a 302 to the site search for the slug's words ('Zoekresultaten', '2 resultaten voor ...', other"
        " stories): the article is gone",
        must_not=("moved",),
    ),
    Scenario(
        "redirect-to-author-page",
        "/news/2017/07/12/harbour-master-retires",
        f'title: "Harbour master retires after 31 years" | {ECHO} | date: 2017-07-12',
        {
            "/news/2017/07/12/harbour-master-retires": redirect(301, "/authors/owen-tresize"),
            "/authors/owen-tresize": html("author-page.html"),
        },
        DEAD,
        FAIL,
        "a relaunch 301s the old story to its reporter's profile page ('Owen Tresize, Reporter', a bio and"
        " his latest stories, ProfilePage): the article is gone",
        must_not=("moved",),
    ),
    # --- not found, in languages no batch had ---------------------------------------------------------------
    not_found(
        "not-found-latvian-h1",
        "/zinas/2021/06/08/jauns-tilts-atklats",
        'title: "Jauns tilts pār upi atklāts" | outlet: Ielejas Vēstis | date: 2021-06-08',
        "notfound-lv.html",
        "'Lapa nav atrasta' (the page was not found) in the <h1>, the <title> the site's name, served 200",
    ),
    not_found(
        "not-found-estonian-title",
        "/uudised/2020/11/19/uus-praam",
        'title: "Uus praam jõuab sadamasse" | outlet: Oru Teataja | date: 2020-11-19',
        "notfound-et.html",
        "'Lehte ei leitud' (page not found) in the <title>, a big '404' in a <div>, 'Vabandame, otsitud lehte"
        " ei leitud', served 200",
    ),
    not_found(
        "not-found-slovenian-h2",
        "/novice/2022/02/03/nova-knjiznica",
        'title: "Nova knjižnica odprla vrata" | outlet: Dolinske novice | date: 2022-02-03',
        "notfound-sl.html",
        "'Ups! Stran ni bila najdena' (the page was not found) in an <h2>, the <title> the site's name,"
        " served 200",
    ),
    not_found(
        "not-found-icelandic-h1",
        "/frettir/2019/09/27/ny-hofn",
        'title: "Ný höfn tekin í notkun" | outlet: Dalsfréttir | date: 2019-09-27',
        "notfound-is.html",
        "'Síða fannst ekki' (page not found) in the <title> and the <h1>, served 200",
    ),
    not_found(
        "not-found-albanian-div",
        "/lajme/2022/07/14/ura-e-re",
        'title: "Ura e re hapet për qarkullim" | outlet: Lajmet e Luginës | date: 2022-07-14',
        "notfound-sq.html",
        "'Na vjen keq, faqja nuk u gjet!' (sorry, the page was not found) in a styled <div>, the <title> the"
        " site's name, served 200",
    ),
    not_found(
        "not-found-georgian-title",
        "/news/2021/04/22/akhali-khidi",
        'title: "ახალი ხიდი გაიხსნა" | outlet: ხეობის ამბები | date: 2021-04-22',
        "notfound-ka.html",
        "'გვერდი ვერ მოიძებნა' (the page could not be found) in the <title>, a '404' <h1>, served 200",
    ),
    not_found(
        "not-found-azerbaijani-h1",
        "/xeberler/2020/12/01/yeni-korpu",
        'title: "Yeni körpü istifadəyə verildi" | outlet: Vadi Xəbərləri | date: 2020-12-01',
        "notfound-az.html",
        "'Səhifə tapılmadı' (page not found) in the <h1>, the <title> the site's name, served 200",
    ),
    not_found(
        "not-found-malay-h2",
        "/berita/2022/05/30/jambatan-baharu",
        'title: "Jambatan baharu dibuka kepada orang ramai" | outlet: Berita Lembah | date: 2022-05-30',
        "notfound-ms.html",
        "'Maaf, halaman tidak dijumpai' (sorry, page not found) in an <h2>, the <title> the site's name,"
        " served 200",
    ),
    # --- walls: regions, passwords, cookies, scripts --------------------------------------------------------
    Scenario(
        "geoblock-200-german",
        "/region/2022/08/19/hafenfest-abgesagt.html",
        'title: "Hafenfest wegen Sturmwarnung abgesagt" | outlet: Ostsee-Rundschau | date: 2022-08-19',
        {"/region/2022/08/19/hafenfest-abgesagt.html": html("geoblock-de.html")},
        BLOCKED,
        WARN,
        "'Dieser Inhalt ist in Ihrem Land nicht verfügbar' (not available in your country) in the <h1>, for"
        " licensing reasons, the bare site name as <title>, served 200: a regional block; not gone",
        cause=s("legal"),
        must_not=MISMATCH,
    ),
    Scenario(
        "basic-auth-401",
        "/staff/news/2021/01/15/newsroom-move",
        f'title: "Echo newsroom moves to the old customs house" | {ECHO} | date: 2021-01-15',
        {
            "/staff/news/2021/01/15/newsroom-move": Page(
                401,
                html("basic-auth-401.html").body,
                {"Content-Type": "text/html; charset=iso-8859-1", "WWW-Authenticate": 'Basic realm="Staff"'},
            )
        },
        BLOCKED,
        WARN,
        "a 401 with 'WWW-Authenticate: Basic' (Apache's 'Unauthorized'): behind a password, not gone",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "cookie-wall-only-italian",
        "/cronaca/2021/10/07/ponte-riaperto.html",
        'title: "Riaperto il ponte sul fiume dopo i lavori" | outlet: Corriere della Valle'
        " | date: 2021-10-07",
        {"/cronaca/2021/10/07/ponte-riaperto.html": html("cookie-wall-it.html")},
        BLOCKED,
        WARN,
        "the article's address answers 200 with only a consent dialog ('Questo sito utilizza i cookie',"
        " 'Accetta e continua', 'Rifiuta') under the bare site name: behind a click, not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
    Scenario(
        "javascript-required-check",
        "/news/2022/11/30/ferry-strike-called-off",
        f'title: "Ferry strike called off after late-night talks" | {ECHO} | date: 2022-11-30',
        {"/news/2022/11/30/ferry-strike-called-off": html("js-required.html")},
        BLOCKED,
        WARN,
        "'Please enable JavaScript' / 'JavaScript is required ... to continue to the site' with a script"
        " that sets a cookie and reloads, served 200: a bot check the checker cannot pass; not gone",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- platforms ------------------------------------------------------------------------------------------
    Scenario(
        "forum-post-deleted-by-user",
        FORUM_PATH,
        'title: "Ferry timetable change - anyone else annoyed?" | outlet: Reddit | date: 2020-11-29',
        {
            "/r/eastquay/comments/k3x9qa/ferry_timetable_change_anyone_else_annoyed/": html(
                "forum-deleted.html"
            ),
        },
        s("ok", "soft_404"),
        FAIL,
        "a forum thread served 200 whose title is '[deleted by user]' and whose body says 'Sorry, this post"
        " was deleted by the person who originally posted it': the post is gone",
        must_not=("moved",),
    ),
    Scenario(
        "social-post-content-unavailable",
        "/EastquayHarbour/posts/pfbid02xRk7TnQm",
        'title: "Harbour closed to visitors this weekend" | outlet: Facebook | date: 2022-04-08',
        {"/EastquayHarbour/posts/pfbid02xRk7TnQm": html("social-unavailable.html")},
        s("ok", "soft_404", "blocked"),
        NOT_PASS,
        "a social network's 'This content isn't available right now ... shared it with a small group ... or"
        " it's been deleted' under the title 'Facebook', served 200: the cited post cannot be seen",
        must_not=("moved",),
    ),
    # --- archives -------------------------------------------------------------------------------------------
    Scenario(
        "redirect-to-archive-not-archived",
        "/news/2019/03/01/new-ferry-timetable",
        f'title: "New ferry timetable starts on Monday" | {ECHO} | date: 2019-03-01',
        {
            "/news/2019/03/01/new-ferry-timetable": redirect(
                302, "/web/2019/https://www.harboursideecho.co.uk/news/2019/03/01/new-ferry-timetable"
            ),
            "/web/2019/https://www.harboursideecho.co.uk/news/2019/03/01/new-ferry-timetable": html(
                "wayback-not-archived.html", 404
            ),
        },
        s("dead", "soft_404"),
        FAIL,
        "the outlet sends its old stories to a web archive, which answers 404 'The Wayback Machine has not"
        " archived that URL': the article is gone, and no archived copy exists",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def rot7_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot7"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot7_scenario(rot7_run: Run, scenario: Scenario) -> None:
    check_scenario(rot7_run, scenario)


def test_every_scenario_was_reported(rot7_run: Run) -> None:
    assert sorted(rot7_run.results) == sorted(IDS), rot7_run.stderr
