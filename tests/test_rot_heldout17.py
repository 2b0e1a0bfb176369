"""Held-out probe of link rot, seventeenth batch: what the first sixteen batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README). Most scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names. An agency's move to a new domain is played as loopback allows: a notice page whose meta refresh
names the new address by its absolute URL (``{{origin}}``, the server's origin) and keeps the story's id.

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
    MISMATCH,
    NOT_FAIL,
    NOT_PASS,
    OK,
    REPLACED,
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

NEVA = "outlet: The Neva Times"
VOLGA_INFORM = "outlet: Волга-Информ"
VOSTOK = "outlet: Восток-Пресс"
#: a page's text holding the server's origin (an absolute URL to the agency's "new domain")
ORIGIN = b"{{origin}}"

#: withdrawn but perhaps not for good: a dead link or a wall, never a pass
WITHDRAWN = s("soft_404", "blocked")
#: the site or its page out of service for now (maintenance, a browser's or host's error): never a page
DOWN_NOW = s("error", "blocked", "soft_404")
#: a browser's own error page saved and served by a proxy: nothing to read, whatever the status
UNREADABLE = s("error", "blocked", "soft_404", "dead")

MERGED_CITED = "/2019/05/14/metro-extension-to-kommunarka-approved-a65432"
MERGED_SEARCH = "/search?q=metro+extension+to+kommunarka+approved&from=nevatimes"
WAYBACK_RU = "/web/20210301120000/https://volga-inform.example/20200109/1563219600.html"
NEW_DOMAIN_STORY = "/news/7487995"
UPDATING = "/2021/06/02/st-petersburg-forum-opens-without-western-guests-a74012"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    "/search": html("merger-search.html"),
    NEW_DOMAIN_STORY: html("agency-story-cookie-ru.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls: the story is there, its headline edited after a correction -------------------------------
    Scenario(
        "control-headline-corrected-minor-wording",
        "/2022/11/15/moscow-court-jails-activist-for-two-years-over-protest-posts-a79210",
        f'title: "Moscow Court Jails Activist for Two Years Over Protest Posts" | {NEVA} | date: 2022-11-15',
        {
            "/2022/11/15/moscow-court-jails-activist-for-two-years-over-protest-posts-a79210": html(
                "neva-headline-corrected.html"
            )
        },
        OK,
        NOT_FAIL,
        "the headline now says 'Anti-War Posts' where it said 'Protest Posts', a correction note says so, the"
        " slug still the old headline; same story, same date: it must not fail (a warning is fair)",
        must_not=("date_mismatch", "url_date_mismatch", "outlet_mismatch", "moved"),
    ),
    Scenario(
        "control-agency-headline-corrected-russian",
        "/20210312/1602345678.html",
        f'title: "Мост через Волгу в Самаре откроют в декабре" | {VOLGA_INFORM} | date: 2021-03-12',
        {"/20210312/1602345678.html": html("agency-corrected-ru.html")},
        OK,
        NOT_FAIL,
        "the agency's headline gained 'в конце' ('at the end of December') and a note 'Материал дополнен:"
        " уточнены сроки'; an id-only address, same date: the cited story; it must not fail",
        must_not=("date_mismatch", "url_date_mismatch", "outlet_mismatch", "moved"),
    ),
    Scenario(
        "agency-moved-to-new-domain-keeps-id",
        "/politika/7487995",
        f'title: "Жириновский призвал Иран закупить российские системы С-400 и С-500" | {VOSTOK}'
        " | date: 2020-01-09",
        {"/politika/7487995": html("agency-new-domain-ru.html")},
        OK,
        NOT_FAIL,
        "'Восток-Пресс переехал на новый адрес' / 'Мы переехали!' with a meta refresh (0 s) and a canonical"
        " to the new address keeping the story's number, where the story is, as cited: moved, not"
        " gone; report where it is",
        must_not=MISMATCH,
        says=(("{o}" + NEW_DOMAIN_STORY,),),
    ),
    # --- not the page cited: another language, another date -------------------------------------------------
    Scenario(
        "agency-url-serves-english-translation",
        "/20200109/1563219500.html",
        f'title: "Ирак пригрозил закрыть воздушное пространство для военных самолётов США" | {VOLGA_INFORM}'
        " | date: 2020-01-09",
        {"/20200109/1563219500.html": html("agency-translated-en.html")},
        REPLACED,
        NOT_PASS,
        "the Russian story's address now serves the English service's translation (lang en, 'Iraq threatens"
        " to close its airspace to US military aircraft', an hreflang 'ru' alternate at /ru/...), same day:"
        " not the page cited; the Russian one is elsewhere",
        must_not=("moved",),
    ),
    Scenario(
        "agency-anniversary-rewrite-a-year-later",
        "/politics/1108342",
        'title: "The Kursk submarine disaster: what happened in the Barents Sea" | outlet: Vostok Press'
        " | date: 2020-08-12",
        {"/politics/1108342": html("agency-anniversary-en.html")},
        OK,
        NOT_PASS,
        "the same headline, but the page is dated 12 August 2021 and says 'Twenty-one years ago today': the"
        " explainer rewritten for the next anniversary at the id-only address; the cited 2020 text is gone",
        must=("date_mismatch",),
        must_not=("moved",),
    ),
    Scenario(
        "anniversary-rewrite-dated-url",
        "/2020/05/15/the-moscow-metros-birthday-a-history-in-photos-a70321",
        f'title: "The Moscow Metro\'s Birthday: A History in Photos" | {NEVA} | date: 2020-05-15',
        {"/2020/05/15/the-moscow-metros-birthday-a-history-in-photos-a70321": html("neva-anniversary.html")},
        OK,
        NOT_PASS,
        "the address (and the citation) say 15 May 2020; the page, the same headline, is dated 15 May 2021"
        " ('turns 86 on Saturday'): a year's rewrite over the cited piece",
        must=("date_mismatch",),
        must_not=("moved",),
    ),
    # --- gone: merged, removed by a court, archived as an error ---------------------------------------------
    Scenario(
        "merged-outlet-301-to-search-for-slug",
        MERGED_CITED,
        f'title: "Metro Extension to Kommunarka Approved" | {NEVA} | date: 2019-05-14',
        {MERGED_CITED: redirect(301, MERGED_SEARCH)},
        DEAD,
        FAIL,
        "the outlet merged into another; every old address 301s to the new owner's site search with the"
        " slug's words as the query ('3 results for metro extension to kommunarka approved',"
        " SearchResultsPage, none of them the story): the story is gone; no address to give",
        must_not=("moved",),
    ),
    Scenario(
        "merged-outlet-notice-at-every-url",
        "/2018/03/22/st-petersburg-opens-new-ferry-terminal-a60877",
        f'title: "St. Petersburg Opens New Ferry Terminal" | {NEVA} | date: 2018-03-22',
        {"/2018/03/22/st-petersburg-opens-new-ferry-terminal-a60877": html("merged-notice.html")},
        DEAD,
        FAIL,
        "'The Neva Times is now part of The Baltic Herald ... The Neva Times archive is no longer available"
        " online' served 200 at every old address: the story is gone",
    ),
    Scenario(
        "court-ordered-removal-russian-under-chrome",
        "/politika/7491234",
        f'title: "Депутаты предложили ужесточить наказание за фейки" | {VOSTOK} | date: 2020-02-11',
        {"/politika/7491234": html("court-removal-ru.html")},
        WITHDRAWN,
        NOT_PASS,
        "the agency's chrome (menus, 'Главное') around 'Материал недоступен' / 'Доступ к материалу ограничен"
        " во исполнение решения ... районного суда ...', under the bare site title: removed by a court's"
        " order; not another article",
        must_not=("title_mismatch", "moved"),
    ),
    Scenario(
        "archive-copy-cited-is-soft-404-russian",
        WAYBACK_RU,
        f'title: "Ирак отозвал посла из Вашингтона для консультаций" | {VOLGA_INFORM} | date: 2020-01-09',
        {WAYBACK_RU: html("wayback-notfound-ru.html")},
        DEAD,
        FAIL,
        "the writer cited a web-archive capture; the capture (toolbar, rewritten links) is of the agency's"
        " 'Такой страницы нет' / 'Возможно, она была удалена' under the bare site title: the archive kept"
        " the error, not the story",
        must_not=("moved",),
    ),
    # --- replaced by something else -------------------------------------------------------------------------
    Scenario(
        "blog-farm-keeps-masthead",
        "/2018/11/20/kremlin-critic-leaves-russia-after-raid-a63456",
        f'title: "Kremlin Critic Leaves Russia After Raid" | {NEVA} | date: 2018-11-20',
        {"/2018/11/20/kremlin-critic-leaves-russia-after-raid-a63456": html("blog-farm-masthead.html")},
        REPLACED,
        FAIL,
        "the lapsed domain is a WordPress blog farm under the same masthead 'The Neva Times' ('News, Tips &"
        " Reviews'): 'How to Choose the Best VPN for Streaming in 2024' by admin, affiliate links: not the"
        " story cited",
        must_not=("moved",),
    ),
    # --- out of service for now -----------------------------------------------------------------------------
    Scenario(
        "page-being-updated-200",
        UPDATING,
        f'title: "St. Petersburg Forum Opens Without Western Guests" | {NEVA} | date: 2021-06-02',
        {UPDATING: html("page-being-updated.html")},
        DOWN_NOW,
        NOT_PASS,
        "'This page is being updated' / 'We are making changes to this page and it will be back shortly'"
        " under the outlet's chrome, served 200: the story cannot be read now; not another article",
        must_not=MISMATCH,
    ),
    Scenario(
        "agency-maintenance-russian-200",
        "/20210415/1728394056.html",
        f'title: "Самарская область получит дополнительные средства на ремонт дорог" | {VOLGA_INFORM}'
        " | date: 2021-04-15",
        {"/20210415/1728394056.html": html("agency-maintenance-ru.html")},
        DOWN_NOW,
        NOT_PASS,
        "'Технические работы — Волга-Информ' / 'Страница обновляется' / 'на сайте ведутся плановые"
        " технические работы. Материал временно недоступен', served 200: down for maintenance; not another"
        " article",
        must_not=MISMATCH,
    ),
    Scenario(
        "browser-cant-be-reached-page-served-200",
        "/politika/7490012",
        f'title: "Госдума одобрила законопроект о реестре блогеров" | {VOSTOK} | date: 2020-02-04',
        {"/politika/7490012": html("browser-cant-reach.html")},
        UNREADABLE,
        NOT_PASS,
        "a browser's own 'This site can't be reached' page (the host name as the title, 'Check if there is a"
        " typo', DNS_PROBE_FINISHED_NXDOMAIN), saved and served 200 by a proxy: the site cannot be reached;"
        " nothing of the story is there",
        must_not=MISMATCH,
    ),
    Scenario(
        "browser-cant-be-reached-russian-served-200",
        "/20200305/1567341290.html",
        f'title: "В Поволжье ввели режим повышенной готовности" | {VOLGA_INFORM} | date: 2020-03-05',
        {"/20200305/1567341290.html": html("browser-cant-reach-ru.html")},
        UNREADABLE,
        NOT_PASS,
        "the browser's page in Russian, 'Не удается получить доступ к сайту' / 'Превышено время ожидания"
        " ответа от сайта' / ERR_CONNECTION_TIMED_OUT, served 200: nothing of the story is there",
        must_not=MISMATCH,
    ),
    Scenario(
        "hosting-suspended-russian-200",
        "/2017/09/12/tramvai-vernulsya-na-ulitsy-samary",
        'title: "Трамвай вернулся на улицы Самары" | outlet: Самарские ведомости | date: 2017-09-12',
        {"/2017/09/12/tramvai-vernulsya-na-ulitsy-samary": html("hosting-suspended-ru.html")},
        s("soft_404", "error", "blocked"),
        NOT_PASS,
        "a host's stub 'Сайт временно отключён' / 'Работа сайта приостановлена в связи с окончанием"
        " оплаченного периода хостинга' served 200: the site is switched off for an unpaid bill; nothing of"
        " the story is there",
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot17_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot17"), origin_mark=ORIGIN)


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot17_scenario(rot17_run: Run, scenario: Scenario) -> None:
    check_scenario(rot17_run, scenario)


def test_every_scenario_was_reported(rot17_run: Run) -> None:
    assert sorted(rot17_run.results) == sorted(IDS), rot17_run.stderr
