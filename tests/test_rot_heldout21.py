"""Held-out probe of link rot, twenty-first batch: what the first twenty batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 21`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Вятка-Информ (a regional agency), Заря / Zarya News Agency (an agency and its English site), Меридиан
(a state agency, liquidated), The Kola Chronicle (closed, its site kept as an archive) and The Pechora Post
(an English-language outlet of the Russian North, in several fates).

New ground: a story replaced by a court-ordered refutation (the twentieth batch's leftover: a notice that
replaced the story is a removal, not a title and date mismatch); a 451 whose page names who demanded it (the
other leftover: the report should give the page's reason, not only the status line); a JavaScript app whose
server-written head says ``prerender-status-code`` 404; an 'outdated browser' wall; a VPN wall; a captcha
reached by a 302 with a ``retpath``; an archive purge whose links 301 to the policy page that explains it; a
stealth edit of a quoted sentence; a state agency's liquidation notice at its addresses; an outlet's 'we have
moved' notice that names only its new domain; and, to pass, a closed outlet's site kept as an archive, a photo
removed at a rights holder's request, a story updated after the writer's access date, an archive template's
generic ``<title>``, a 301 whose ``Location`` holds raw UTF-8 Cyrillic, and a text-fragment link through a
301.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
    BLOCKED,
    DEAD,
    FAIL,
    MISMATCH,
    NOT_FAIL,
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

VYATKA = "outlet: Вятка-Информ"
ZARYA = "outlet: Заря"
ZARYA_EN = "outlet: Zarya News Agency"
KOLA = "outlet: The Kola Chronicle"
PECHORA = "outlet: The Pechora Post"

#: the regional agency's new CMS: a Cyrillic slug before the story's number
ICE_TOWN_SLUG = "в-кирове-открыли-ледовый-городок-1563221200"
ICE_TOWN_PATH = "/news/2020/01/10/" + ICE_TOWN_SLUG
#: the same path as a client sends it (percent-encoded UTF-8) and as raw bytes read as Latin-1
ICE_TOWN_ENCODED = quote(ICE_TOWN_PATH)
ICE_TOWN_RAW = ICE_TOWN_PATH.encode("utf-8").decode("latin-1")

OIL_SPILL = "/2020/01/10/pechora-oil-spill-cleanup-ends-a70115"
OIL_SPILL_ARCHIVE = "/archive" + OIL_SPILL
CAPTCHA_STORY = "/20200111/1563222300.html"
CAPTCHA_AT = "/showcaptcha?retpath=%2F20200111%2F1563222300.html&t=2%2F1578700000%2Fa1"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    "/about/archive": html("pechora-archive-policy.html"),
    "/showcaptcha": html("vyatka-captcha.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls: the story is there -----------------------------------------------------------------------
    Scenario(
        "control-closed-outlet-site-kept-as-archive",
        "/2020/01/09/iraq-resumes-s300-talks-with-russia-a68861",
        f'title: "Iraq Resumes S-300 Talks With Russia, Lawmaker Says" | {KOLA} | date: 2020-01-09',
        {"/2020/01/09/iraq-resumes-s300-talks-with-russia-a68861": html("kola-archive-banner.html")},
        OK,
        PASS,
        "the outlet closed, but its site stays up as an archive: a banner 'The Kola Chronicle ceased"
        " publication on March 31, 2024. This website is an archive of its journalism and is no longer"
        " updated' over the story, its headline, date and text intact: the story as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-photo-removed-at-rights-holders-request",
        "/20200109/1563219400.html",
        f'title: "В Кирове запустили новый троллейбусный маршрут до Нововятска" | {VYATKA}'
        " | date: 2020-01-09",
        {"/20200109/1563219400.html": html("vyatka-photo-removed.html")},
        OK,
        PASS,
        "the story's photo was taken down ('Фотография удалена по требованию правообладателя' in its place),"
        " the story's headline, date and text are there: a removed photo is not a removed story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-updated-after-the-writers-access",
        "/politika/7490012",
        f'title: "Госдума приняла в первом чтении закон о едином реестре беспилотников" | {ZARYA}'
        " | date: 2020-01-14 | accessed: 2020-01-20",
        {"/politika/7490012": html("zarya-updated-ru.html")},
        OK,
        PASS,
        "the writer saw the story on 2020-01-20; the agency updated it in June 2021 ('обновлено 2 июня 2021',"
        " dateModified, a 'Дополнено' line) but it was published on 2020-01-14 under the same headline: an"
        " update is not a replacement, so no 'published after you saw it'",
        must_not=(*MISMATCH, "postdates_access", "moved"),
    ),
    Scenario(
        "control-archive-template-generic-title",
        "/politics/1110077",
        f'title: "Russia and Iraq to Discuss S-300 Deliveries, Lawmaker Says" | {ZARYA_EN}'
        " | date: 2020-01-09",
        {"/politics/1110077": html("zarya-en-archive-template.html")},
        OK,
        NOT_FAIL,
        "a redesign moved old stories into an archive template whose <title> is only 'News archive | Zarya"
        " News Agency' (no og:title); the headline is the <h1> (itemprop headline) and the date a"
        " datePublished microdata: the story as cited, its tab title no longer says so; not a title mismatch",
        must_not=MISMATCH,
    ),
    # --- moved ----------------------------------------------------------------------------------------------
    Scenario(
        "moved-301-location-raw-utf8-cyrillic",
        "/20200110/1563221200.html",
        f'title: "В Кирове открыли ледовый городок на Театральной площади" | {VYATKA} | date: 2020-01-10',
        {
            "/20200110/1563221200.html": Page(
                301, b"", {"Location": ICE_TOWN_RAW, "Content-Type": "text/html; charset=utf-8"}
            ),
            ICE_TOWN_ENCODED: html("vyatka-ice-town.html"),
            ICE_TOWN_RAW: html("vyatka-ice-town.html"),
        },
        OK,
        NOT_FAIL,
        "the agency's new CMS 301s the old address to '/news/2020/01/10/в-кирове-...-1563221200', its"
        " Location header in raw UTF-8 (as many servers send it; browsers read it as UTF-8): the same"
        " story, moved; report where it is",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}/news/2020/01/10/",),),
    ),
    Scenario(
        "text-fragment-link-301-passage-still-there",
        OIL_SPILL + "#:~:text=the%20last%20of%20the%201%2C200%20tonnes",
        f'title: "Pechora Oil Spill Cleanup Ends After Two Years" | {PECHORA} | date: 2020-01-10',
        {OIL_SPILL: redirect(301, OIL_SPILL_ARCHIVE), OIL_SPILL_ARCHIVE: html("pechora-oil-spill.html")},
        OK,
        NOT_FAIL,
        "a 'copy link to highlight' link (#:~:text=the last of the 1,200 tonnes) whose story moved under"
        " /archive/ by a 301: the highlighted passage is on the page it lands on; the story moved, the quote"
        " holds",
        must=("moved",),
        must_not=(*MISMATCH, "quote_missing"),
        says=(("{o}" + OIL_SPILL_ARCHIVE,),),
    ),
    # --- removed or replaced --------------------------------------------------------------------------------
    Scenario(
        "story-replaced-by-court-ordered-refutation",
        "/20200109/1563219390.html",
        f'title: "Директор кировского завода задержан по делу о хищении бюджетных средств" | {VYATKA}'
        " | date: 2020-01-09",
        {"/20200109/1563219390.html": html("vyatka-refutation.html")},
        DEAD,
        FAIL,
        "the address now holds only an 'Опровержение' (its <h1>, og:title, dated 2020-02-20): 'сведения ..."
        " признаны не соответствующими действительности. Во исполнение решения суда редакция удалила материал"
        " и публикует настоящее опровержение': the story was removed, and the report should say so (a"
        " removal, not merely another title and date)",
        must_not=("moved",),
        says=(("опровержение", "refutation", "retraction", "correction", "removed", "withdrawn"),),
    ),
    Scenario(
        "archive-purge-301-to-policy-page",
        "/2018/05/14/pechora-river-ice-jam-floods-villages-a61230",
        f'title: "Pechora River Ice Jam Floods Three Villages" | {PECHORA} | date: 2018-05-14',
        {"/2018/05/14/pechora-river-ice-jam-floods-villages-a61230": redirect(301, "/about/archive")},
        REPLACED,
        FAIL,
        "the outlet took its pre-2020 stories offline and 301s their addresses to 'About our archive' ('Why"
        " stories published before 2020 are no longer online ... Links to those stories now lead to this"
        " page'): the story is gone; the 301 is no move to suggest",
        must_not=("moved",),
        says=(("{o}/about/archive",),),
    ),
    Scenario(
        "stealth-edit-changed-the-quoted-sentence",
        "/2020/01/09/iraq-eyes-russian-s300-deal-a68865",
        f'title: "Iraq Eyes Russian S-300 Deal Despite U.S. Sanctions Threat" | {PECHORA} | date: 2020-01-09'
        ' | quote: "Baghdad has authorized the purchase of three S-300 batteries"',
        {"/2020/01/09/iraq-eyes-russian-s300-deal-a68865": html("pechora-stealth-edit.html")},
        OK,
        WARN,
        "the story is there, but the sentence the article quotes was edited without a note: it now reads"
        " 'Baghdad has authorized talks on the purchase of S-300 systems'; most of the quote's words are on"
        " the page, not the quote: the page no longer says what the article has it say",
        must=("quote_missing",),
        must_not=MISMATCH,
    ),
    Scenario(
        "liquidated-state-agency-notice-at-every-address",
        "/politika/5120734",
        'title: "Правительство утвердило план развития Северного морского пути" | outlet: Меридиан'
        " | date: 2020-01-21",
        {"/politika/5120734": html("meridian-liquidated.html")},
        REPLACED,
        FAIL,
        "the state agency was liquidated by decree; its addresses now answer 200 with the liquidation"
        " commission's notice ('Информационное агентство «Меридиан» ликвидировано ... Архив публикаций"
        " агентства в сети недоступен'), no story: gone",
        must_not=("moved",),
    ),
    Scenario(
        "moved-domain-notice-names-only-the-new-site",
        "/2021/07/20/komi-declares-wildfire-emergency-a73340",
        f'title: "Komi Republic Declares Emergency Over Wildfires" | {PECHORA} | date: 2021-07-20',
        {"/2021/07/20/komi-declares-wildfire-emergency-a73340": html("pechora-moved-domain.html")},
        DEAD,
        FAIL,
        "every old address answers 200 with 'We have moved / The Pechora Post is now published at"
        " pechorapost.info', a link to the new site's home and no word of this story: the story is not"
        " here; the report should name where the outlet went, where a reader can look for it",
        must_not=(*MISMATCH, "moved"),
        says=(("pechorapost.info",),),
    ),
    Scenario(
        "prerender-status-404-in-app-shell",
        "/2021/02/03/pechora-mayor-resigns-a72001",
        f'title: "Pechora Mayor Resigns Amid Budget Inquiry" | {PECHORA} | date: 2021-02-03',
        {"/2021/02/03/pechora-mayor-resigns-a72001": html("pechora-prerender-404.html")},
        DEAD,
        FAIL,
        "the outlet's JavaScript app answers 200 with its shell (the home page's title, an empty #app,"
        " 'doesn't work properly without JavaScript'), and its server-written head says <meta"
        ' name="prerender-status-code" content="404"> (what the site tells crawlers the status is): the site'
        " itself says the story is not found",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- walls: reachable, not seen -------------------------------------------------------------------------
    Scenario(
        "legal-451-page-names-who-demanded-it",
        "/politics/1110090",
        f'title: "Moscow Court Jails Opposition Activist for Five Years" | {ZARYA_EN} | date: 2020-01-15',
        {
            "/politics/1110090": html(
                "zarya-451-en.html",
                451,
                Link='<https://zarya-news.example/en/legal>; rel="blocked-by"',
            )
        },
        BLOCKED,
        WARN,
        "451 with the agency's page 'This story is not available / Access to this story has been restricted"
        " at the demand of the Prosecutor General's Office of the Russian Federation': withheld for legal"
        " reasons; the report should say whose demand (the page's reason), not only '451 Unavailable For"
        " Legal Reasons'",
        cause=s("legal"),
        must_not=MISMATCH,
        says=(("prosecutor general",),),
    ),
    Scenario(
        "outdated-browser-wall-russian",
        "/politika/7490101",
        f'title: "Совет Федерации одобрил закон о платформенной занятости" | {ZARYA} | date: 2020-02-05',
        {"/politika/7490101": html("zarya-old-browser-ru.html")},
        BLOCKED,
        WARN,
        "the site answers the checker (an unknown browser) with 'Ваш браузер устарел / Для корректной работы"
        " сайта ... установите актуальную версию одного из браузеров' and download links, served 200: a wall"
        " in front of the story, which a reader's browser passes; not gone, not another page",
        must_not=MISMATCH,
        says=(("browser", "браузер"),),
    ),
    Scenario(
        "vpn-or-proxy-wall",
        "/2022/11/30/pechora-ferry-service-suspended-a78800",
        f'title: "Pechora Ferry Service Suspended for Winter" | {PECHORA} | date: 2022-11-30',
        {"/2022/11/30/pechora-ferry-service-suspended-a78800": html("pechora-vpn-block.html")},
        BLOCKED,
        WARN,
        "'VPN or proxy detected / It looks like you are using a VPN or proxy ... does not accept connections"
        " from VPNs, proxies or hosting providers' networks', served 200 to the checker (which runs in a data"
        " centre): walled for this network, not gone",
        must_not=MISMATCH,
        says=(("vpn", "proxy"),),
    ),
    Scenario(
        "captcha-302-with-retpath-russian",
        CAPTCHA_STORY,
        f'title: "В Кирове выбрали лучший двор года" | {VYATKA} | date: 2020-01-11',
        {CAPTCHA_STORY: redirect(302, CAPTCHA_AT)},
        BLOCKED,
        WARN,
        "a 302 to '/showcaptcha?retpath=<the story>': 'Вы не робот?' / 'Подтвердите, что запросы отправляли"
        " вы, а не робот' with an 'Я не робот' checkbox: a bot check that would send a reader back; not gone",
        cause=s("bot_challenge"),
        must_not=MISMATCH,
        says=(("robot", "робот", "captcha", "bot"),),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot21_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot21"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot21_scenario(rot21_run: Run, scenario: Scenario) -> None:
    check_scenario(rot21_run, scenario)


def test_every_scenario_was_reported(rot21_run: Run) -> None:
    assert sorted(rot21_run.results) == sorted(IDS), rot21_run.stderr
