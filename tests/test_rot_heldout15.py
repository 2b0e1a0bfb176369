"""Held-out probe of link rot, fifteenth batch: what the first fourteen batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README); two pages are served only to a request that sends
a cookie (``Page.requires_cookie``), the others' answer written here.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
    ARTICLE_TITLE,
    BLOCKED,
    DEAD,
    FAIL,
    MISMATCH,
    NOT_FAIL,
    OK,
    PARKED,
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

COURIER = "outlet: The Northern Courier"
VOLGA = "outlet: The Volga Times"

AGENCY_NEW = "/politics/20200109/irak-s300-1563219328.html"
SECTION = "/politika"
COOKIE_PATH = "/news/2019/jun/12/night-ferries-approved"
SCRIPT_COOKIE_PATH = "/news/2021/mar/23/lighthouse-cottage-museum"
ARCHIVE_TODAY = "/2020.01.10-083012/https://vostok-press.ru/politika/7487995"
REWRITTEN = "/2020/01/09/iraq-resumes-talks-to-buy-russian-s-300-systems-a68812"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    AGENCY_NEW: html("agency-story-ru.html"),
    SECTION: html("agency-section-ru.html"),
}

SCENARIOS: list[Scenario] = [
    # --- a news agency's new URL scheme ---------------------------------------------------------------------
    Scenario(
        "agency-new-url-scheme-301-to-story",
        "/20200109/1563219328.html",
        'title: "Ирак возобновил переговоры о покупке систем С-300" | outlet: Волга-Информ'
        " | date: 2020-01-09",
        {"/20200109/1563219328.html": redirect(301, AGENCY_NEW)},
        OK,
        WARN,
        "an agency's old address (/<date>/<id>.html) 301s to its new scheme"
        " (/politics/<date>/<slug>-<id>.html), where the same story is, headline, date and text: the story"
        " moved; report the URL to cite",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + AGENCY_NEW,),),
    ),
    Scenario(
        "agency-new-url-scheme-301-to-section-front",
        "/politika/7487995",
        'title: "Жириновский призвал Иран закупить системы С-400" | outlet: Восток-Пресс | date: 2020-01-09',
        {"/politika/7487995": redirect(301, SECTION)},
        DEAD,
        FAIL,
        "the agency's old story address 301s to the 'Политика' section front (CollectionPage, a river of 2024"
        " teasers): the story is not there; no new address to give",
        must_not=("moved",),
    ),
    Scenario(
        "control-archive-today-capture-cited",
        ARCHIVE_TODAY,
        'title: "Жириновский призвал Иран закупить системы С-400" | outlet: Восток-Пресс | date: 2020-01-09',
        {ARCHIVE_TODAY: html("archive-today-capture.html")},
        OK,
        PASS,
        "the writer cited an archive.today capture (its header: 'Saved from', the capture time 10 Jan 2020,"
        " og:site_name archive.ph) of the agency's story: title and 9 January 2020 are the story's; the"
        " capture's time and the archive's name are not the story's",
        must_not=MISMATCH,
    ),
    # --- a headline rewritten, or another story under the URL -----------------------------------------------
    Scenario(
        "control-headline-rewritten-after-publication",
        REWRITTEN,
        f'title: "Iraq Resumes Talks to Buy Russian S-300 Systems" | {VOLGA} | date: 2020-01-09',
        {REWRITTEN: html("headline-rewritten.html")},
        OK,
        NOT_FAIL,
        "the same story, updated the same day ('This story has been updated with further comments'): its"
        " headline rewritten to 'Iraqi Lawmaker Says Baghdad Has Approved S-300 Purchase From Moscow', the"
        " slug still the cited headline, date and lede the cited story's: at most a warning",
        must_not=("date_mismatch", "outlet_mismatch", "moved"),
    ),
    Scenario(
        "same-url-another-story-same-day",
        "/articles/68790",
        f'title: "Iraq Says It Will Not Bow to U.S. Pressure Over Russian Arms" | {VOLGA} | date: 2020-01-09',
        {"/articles/68790": html("same-day-other-story.html")},
        REPLACED,
        FAIL,
        "the id-only address now shows another story of the same day on a neighbouring subject ('Zhirinovsky"
        " Urges Iran to Buy Russia's S-400 and Open Bases'): not the cited article",
        must_not=("moved",),
    ),
    # --- blocked by a government ----------------------------------------------------------------------------
    Scenario(
        "government-block-turkish-200",
        "/yerel/2023/03/10/baraj-ihalesi-iddiasi",
        'title: "Baraj ihalesinde usulsüzlük iddiası" | outlet: Ova Haber | date: 2023-03-10',
        {"/yerel/2023/03/10/baraj-ihalesi-iddiasi": html("gov-block-tr.html")},
        BLOCKED,
        WARN,
        "'Erişim Engellendi' / 'Bu internet sitesine erişim engellenmiştir' (a court's decision under Law"
        " 5651), served 200 in place of the story: blocked by law where the checker runs; not gone",
        cause=s("legal"),
        must_not=MISMATCH,
    ),
    Scenario(
        "government-block-persian-403",
        "/fa/news/28431/pol-jadid",
        'title: "افتتاح پل جدید روی رودخانه" | outlet: خبرگزاری دره | date: 2022-03-06',
        {"/fa/news/28431/pol-jadid": html("gov-block-fa.html", 403)},
        BLOCKED,
        WARN,
        "'دسترسی به این تارنما امکان‌پذیر نیست' / 'بر اساس قوانین کشور، دسترسی به این پایگاه اینترنتی مسدود"
        " شده است' (served 403): a national filter's block page; not gone",
        cause=s("legal"),
        must_not=MISMATCH,
    ),
    # --- removed, in languages no removal notice had --------------------------------------------------------
    Scenario(
        "removed-turkish-headline-kept",
        "/yerel/2021/02/16/belediye-meclisi-su-zammini-onayladi",
        'title: "Belediye meclisi su zammını onayladı" | outlet: Ova Haber | date: 2021-02-16',
        {"/yerel/2021/02/16/belediye-meclisi-su-zammini-onayladi": html("removed-tr-headline-kept.html")},
        DEAD,
        FAIL,
        "the headline and date kept, the body 'Bu haber yayından kaldırılmıştır. Bu içerik artık yayında"
        " değildir.': the cited story is gone; the matching headline must not make it pass",
    ),
    Scenario(
        "removed-hungarian-h2",
        "/belfold/2020/09/14/uj-uszoda-epul",
        'title: "Új uszoda épül a város szélén" | outlet: Völgyi Hírlap | date: 2020-09-14',
        {"/belfold/2020/09/14/uj-uszoda-epul": html("removed-hu.html")},
        DEAD,
        FAIL,
        "'Ezt a cikket eltávolítottuk' (<h2>) 'A keresett cikk ... törlésre került, ezért már nem érhető el'"
        " under the bare site name, served 200: the story was removed",
    ),
    Scenario(
        "gone-410-withdrawal-explained-russian",
        "/20191120/1561234567.html",
        'title: "Власти области объявили о закрытии трёх больниц" | outlet: Волга-Информ | date: 2019-11-20',
        {"/20191120/1561234567.html": html("gone-410-ru.html", 410)},
        s("dead"),
        FAIL,
        "a 410 whose body says 'Материал снят с публикации' because its facts were not confirmed: withdrawn"
        " for good",
        must_not=("moved",),
    ),
    # --- the outlet's domain became something else ----------------------------------------------------------
    Scenario(
        "lapsed-domain-russian-casino",
        "/news/2017/05/18/most-cherez-oku-zakroyut",
        'title: "Мост через Оку закроют на ремонт" | outlet: Приокская правда | date: 2017-05-18',
        {"/news/2017/05/18/most-cherez-oku-zakroyut": html("casino-ru.html")},
        REPLACED,
        FAIL,
        "the lapsed paper's domain answers with a casino affiliate's post, 'Онлайн казино на реальные деньги"
        " 2024 — рейтинг лучших сайтов' ('Играть' buttons, bonuses), under the old name: the outlet is gone",
        must_not=("moved",),
    ),
    Scenario(
        "parked-french-for-sale",
        "/actualites/2016/07/22/fete-du-village",
        'title: "La fête du village attire un record de visiteurs" | outlet: Le Petit Journal du Causse'
        " | date: 2016-07-22",
        {"/actualites/2016/07/22/fete-du-village": html("parked-fr.html")},
        DEAD,
        FAIL,
        "the bare domain as title, 'Ce nom de domaine est à vendre !', 'Faire une offre', 'Recherches"
        " associées', 'Domaine parqué': the domain lapsed",
        says=PARKED,
    ),
    Scenario(
        "parked-chinese-for-sale",
        "/news/2018-06-05/483920.html",
        'title: "山城新建跨江大桥正式通车" | outlet: 山城晚报 | date: 2018-06-05',
        {"/news/2018-06-05/483920.html": html("parked-zh.html")},
        DEAD,
        FAIL,
        "'<domain> - 该域名正在出售', '一口价', '立即购买', '我要出价', '域名停放服务':"
        " the domain lapsed and is for sale",
        says=PARKED,
    ),
    # --- cookies --------------------------------------------------------------------------------------------
    Scenario(
        "control-cookie-set-by-302-to-itself",
        COOKIE_PATH,
        f'title: "{ARTICLE_TITLE}" | {COURIER} | date: 2019-06-12',
        {
            COOKIE_PATH: Page(
                200,
                html("article.html").body,
                html("article.html").headers,
                requires_cookie="nc_visit=1",
                otherwise=Page(
                    302,
                    b"",
                    {
                        "Location": COOKIE_PATH,
                        "Set-Cookie": "nc_visit=1; Path=/",
                        "Content-Type": "text/html",
                    },
                ),
            )
        },
        OK,
        PASS,
        "without a cookie the site 302s to the same address setting it; with it, the article, as cited: a"
        " browser sees the article; so should the checker",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "cookie-set-by-script-on-403",
        SCRIPT_COOKIE_PATH,
        f'title: "Lighthouse keepers\' cottage to become a museum" | {COURIER} | date: 2021-03-23',
        {
            SCRIPT_COOKIE_PATH: Page(
                200,
                html("lighthouse.html").body,
                html("lighthouse.html").headers,
                requires_cookie="__jsck=7f3a91c2",
                otherwise=html("cookie-script-403.html", 403),
            )
        },
        s("blocked", "ok"),
        NOT_FAIL,
        "a 403 whose empty page only sets a cookie by script and reloads ('Please enable JavaScript and"
        " cookies'); with the cookie, the article: a bot check; the page is there, never gone",
        must_not=MISMATCH,
    ),
    Scenario(
        "javascript-required-russian",
        "/news/2022/10/05/novyy-park",
        'title: "В городе открылся новый парк" | outlet: Вечерний Новосибирск | date: 2022-10-05',
        {"/news/2022/10/05/novyy-park": html("js-required-ru.html")},
        BLOCKED,
        WARN,
        "'Проверка браузера' / 'Для работы сайта необходим JavaScript ... Включите JavaScript и cookies' with"
        " a script that sets a cookie and reloads, served 200: a check the checker cannot pass; not gone",
        must_not=(*MISMATCH, "moved"),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def rot15_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot15"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot15_scenario(rot15_run: Run, scenario: Scenario) -> None:
    check_scenario(rot15_run, scenario)


def test_every_scenario_was_reported(rot15_run: Run) -> None:
    assert sorted(rot15_run.results) == sorted(IDS), rot15_run.stderr
