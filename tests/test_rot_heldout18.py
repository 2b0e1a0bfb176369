"""Held-out probe of link rot, eighteenth batch: what the first seventeen batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README). Most scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names. Hosts loopback cannot play (a messaging service's channel, an AMP cache) are played as paths of the
one server, in the shapes those hosts use (``/s/<channel>``, ``/c/s/<host>/<path>``).

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
    FAIL,
    GONE,
    MISMATCH,
    NOT_FAIL,
    NOT_PASS,
    OK,
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

NEVA = "outlet: The Neva Times"
VOLGA_INFORM = "outlet: Волга-Информ"
VOSTOK = "outlet: Восток-Пресс"

#: withdrawn but perhaps not for good: a dead link or a wall, never a pass
WITHDRAWN = s("soft_404", "blocked")
#: behind a wall (a region, a sanctions order): reachable for some readers, not dead
WALLED = s("blocked")
#: the site refuses for now (too many requests): never a page
REFUSED_NOW = s("error", "blocked", "soft_404")

SLUG_OLD = "/2019/05/14/kaliningrad-opens-russias-longest-tram-bridge-a65500"
SLUG_NEW = "/2019/05/14/kaliningrad-tram-bridge-a65500"
LIVE_PAGE = "/20200108/1563099000.html"
DUMA_2016 = "/2016/09/19/united-russia-keeps-duma-majority-as-turnout-hits-record-low-a55100"
ENGLISH_SITE_STORY = "/en/politics/1109999"
TELEGRAM_PREVIEW = "/s/volgainform"
MOVED_TO = "/world/20190315/1551877001-irak-s300.html"
AMP_CACHE = (
    "/c/s/nevatimes.example/2020/04/02/moscow-introduces-digital-passes-for-lockdown-travel-a69901/amp"
)

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    SLUG_NEW: html("neva-slug-changed.html"),
    LIVE_PAGE: html("agency-live-page-ru.html"),
    DUMA_2016: html("neva-2016-duma.html"),
    ENGLISH_SITE_STORY: html("vostok-en-story.html"),
    TELEGRAM_PREVIEW: html("telegram-web-preview-ru.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls: the story is there -----------------------------------------------------------------------
    Scenario(
        "control-foreign-agent-label-over-story",
        "/2022/10/27/regional-governors-told-to-prepare-for-second-wave-of-mobilization-a79020",
        f'title: "Regional Governors Told to Prepare for Second Wave of Mobilization" | {NEVA}'
        " | date: 2022-10-27",
        {
            "/2022/10/27/regional-governors-told-to-prepare-for-second-wave-of-mobilization-a79020": html(
                "neva-foreign-agent-label.html"
            )
        },
        OK,
        s("pass"),
        "the story as cited, under the 24-word capitalised 'foreign agent' label the law requires"
        " ('ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ...', and in English 'Access to this"
        " site may be restricted in Russia'): a label, not a wall or a removal",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-head-only-app-headline-in-title",
        "/2023/02/20/moscow-raises-metro-fares-for-the-first-time-in-three-years-a80123",
        f'title: "Moscow Raises Metro Fares for the First Time in Three Years" | {NEVA} | date: 2023-02-20',
        {
            "/2023/02/20/moscow-raises-metro-fares-for-the-first-time-in-three-years-a80123": html(
                "neva-head-only-spa.html"
            )
        },
        OK,
        NOT_FAIL,
        "a JavaScript app whose server writes only the <head> (the headline in <title> and og:title, the"
        " publication time, a canonical with the same slug and id) and an empty <div id='__nuxt'>: the page"
        " says it is the story cited; the text cannot be read without a browser (a warning is fair)",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-agency-story-past-midnight-cited-by-previous-day",
        "/20200110/1563221010.html",
        f'title: "Пентагон подтвердил отсутствие жертв среди американских военных в Ираке" | {VOLGA_INFORM}'
        " | date: 2020-01-09",
        {"/20200110/1563221010.html": html("agency-midnight-ru.html")},
        OK,
        NOT_FAIL,
        "the agency put the story out at 00:35 Moscow time on 10 January (21:35 UTC on the 9th; the dateline"
        " says 'ВАШИНГТОН, 9 янв'); the writer, in another time zone, dated it the 9th: the same moment, not"
        " a wrong date",
        must_not=MISMATCH,
    ),
    Scenario(
        "registration-wall-russian-headline-and-date-only",
        "/politika/7495310",
        f'title: "Совфед одобрил закон о запрете рекламы на ресурсах иноагентов" | {VOSTOK}'
        " | date: 2023-03-06",
        {"/politika/7495310": html("regwall-ru-headline.html")},
        s("ok", "blocked"),
        NOT_FAIL,
        "the agency's headline and date, then 'Продолжение доступно после регистрации' / 'войдите или"
        " зарегистрируйтесь. Это бесплатно.' and a login form, no text: the story is there, as cited, behind"
        " a free registration; not dead, no mismatch (a warning that the text is walled is fair)",
        must_not=MISMATCH,
    ),
    # --- withdrawn or walled --------------------------------------------------------------------------------
    Scenario(
        "removed-at-roskomnadzor-request-title-kept",
        "/20220305/1779012345.html",
        f'title: "В Самаре прошла акция против повышения цен на проезд" | {VOLGA_INFORM} | date: 2022-03-05',
        {"/20220305/1779012345.html": html("removed-rkn-ru.html")},
        WITHDRAWN,
        NOT_PASS,
        "the <title> and og:title still the cited headline (the CMS kept them), but the page's <h1> is"
        " 'Материал удалён' and its text 'Материал удалён по требованию Роскомнадзора на основании статьи"
        " 15.3 ...' under the agency's chrome: removed at the regulator's demand; the story is not there",
        must_not=("moved",),
    ),
    Scenario(
        "eu-sanctions-451-english-site",
        "/politics/1109876",
        'title: "Russian troops complete drills in Belarus" | outlet: Vostok Press | date: 2022-02-18',
        {"/politics/1109876": html("eu-sanctions-451.html", 451)},
        WALLED,
        WARN,
        "451 'Content unavailable in your region' / 'In accordance with Council Regulation (EU) 2022/350 ..."
        " access to this website is restricted in the European Union': walled for readers in one region by"
        " a sanctions order, not gone; say why",
        must_not=MISMATCH,
        says=(("451", "legal", "region"),),
    ),
    Scenario(
        "geoblock-russian-outside-the-country-200",
        "/politika/7489900",
        f'title: "Правительство продлило льготную ипотеку до конца года" | {VOSTOK} | date: 2020-01-30',
        {"/politika/7489900": html("geoblock-ru-200.html")},
        WALLED,
        WARN,
        "'Материал недоступен в вашем регионе' / 'просмотр этого материала ограничен для пользователей за"
        " пределами Российской Федерации' under the bare site name, served 200: a regional wall (the story is"
        " there for readers in Russia), not a removal",
        must_not=MISMATCH,
        says=(("region", "регион", "country"),),
    ),
    Scenario(
        "rate-limited-russian-200",
        "/20200109/1563219444.html",
        f'title: "Ирак вызвал посла США в связи с ударом по Багдаду" | {VOLGA_INFORM} | date: 2020-01-09',
        {"/20200109/1563219444.html": html("ratelimit-ru-200.html")},
        REFUSED_NOW,
        NOT_PASS,
        "'Слишком много запросов' / 'Доступ временно ограничен. Повторите попытку через несколько минут'"
        " ('Код ошибки: 429'), served 200: the site refuses for now; nothing of the story is there and it is"
        " not another article",
        must_not=MISMATCH,
    ),
    # --- moved ----------------------------------------------------------------------------------------------
    Scenario(
        "slug-changed-id-kept-three-hops",
        SLUG_OLD,
        f'title: "Kaliningrad Opens Russia\'s Longest Tram Bridge" | {NEVA} | date: 2019-05-14',
        {
            SLUG_OLD: redirect(301, "/a65500"),
            "/a65500": redirect(301, "/articles/a65500"),
            "/articles/a65500": redirect(301, SLUG_NEW),
        },
        OK,
        NOT_FAIL,
        "three 301s (the old slug to the bare id, to /articles/<id>, to a shortened slug with the same id and"
        " date): the story as cited at its new address; report the move and the last URL (a pass is fair:"
        " the fifth batch holds a slug changed with the id kept not worth a warning)",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + SLUG_NEW,),),
    ),
    Scenario(
        "merged-into-russian-live-page",
        "/20200108/1563099100.html",
        f'title: "Иран выпустил более десяти ракет по базам в Ираке" | {VOLGA_INFORM} | date: 2020-01-08',
        {"/20200108/1563099100.html": redirect(301, LIVE_PAGE + "#item-1563099100")},
        OK,
        NOT_FAIL,
        "the story's address 301s to the day's 'онлайн-трансляция' (LiveBlogPosting) at its entry: the entry"
        " carries the cited headline, time and text, one of three; the citation holds, the link should be"
        " updated",
        must=("moved",),
        must_not=MISMATCH,
    ),
    Scenario(
        "moved-notice-russian-with-new-address",
        "/20190315/1551877001.html",
        f'title: "Ирак ведёт переговоры о закупке С-300" | {VOLGA_INFORM} | date: 2019-03-15',
        {"/20190315/1551877001.html": html("moved-notice-ru.html")},
        s("ok", "soft_404"),
        NOT_PASS,
        "'Материал перемещён' / 'Он доступен по новому адресу:' with the one link, served 200 under the bare"
        " site name: the story is not at the cited URL; a person follows the link, so the report should"
        " give it",
        must_not=MISMATCH,
        says=((MOVED_TO,),),
    ),
    # --- gone or replaced -----------------------------------------------------------------------------------
    Scenario(
        "amp-cache-url-404",
        AMP_CACHE,
        f'title: "Moscow Introduces Digital Passes for Lockdown Travel" | {NEVA} | date: 2020-04-02',
        {AMP_CACHE: html("amp-cache-404.html", 404)},
        GONE,
        FAIL,
        "the writer cited an AMP cache's copy; the outlet dropped AMP and the cache answers 404 ('That's an"
        " error'): the cited address is dead (the outlet's own address, in the path, may still live)",
        cause=s("not_found"),
        says=(("404",),),
    ),
    Scenario(
        "old-url-302-to-telegram-channel",
        "/20190612/1555123456.html",
        f'title: "Жигулёвская ГЭС увеличила сброс воды" | {VOLGA_INFORM} | date: 2019-06-12',
        {"/20190612/1555123456.html": redirect(302, TELEGRAM_PREVIEW)},
        REPLACED,
        FAIL,
        "the old address sends readers to the agency's messaging channel ('Волга-Информ – Telegram', its"
        " description, 'View in Telegram', three 2024 posts, none the story): the cited story is not there,"
        " and 'update the citation to' the channel would be wrong advice",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-casino-keeps-old-title",
        "/20180423/1519234567.html",
        'title: "Тольяттинский автозавод возобновил выпуск седанов после простоя" | outlet: Жигулёвский'
        " вестник | date: 2018-04-23",
        {"/20180423/1519234567.html": html("casino-old-title-ru.html")},
        REPLACED,
        FAIL,
        "the lapsed domain is a casino affiliate's ('Рейтинг лучших онлайн казино на реальные деньги 2024',"
        " 'Играть', sponsored links) that kept each old address's <title> for search engines: the title"
        " matches, the page is not the story",
        must_not=("moved",),
    ),
    Scenario(
        "redirect-to-same-outlet-story-years-earlier",
        "/2021/09/20/united-russia-keeps-duma-majority-amid-vote-rigging-claims-a75100",
        f'title: "United Russia Keeps Duma Majority Amid Vote-Rigging Claims" | {NEVA} | date: 2021-09-20',
        {
            "/2021/09/20/united-russia-keeps-duma-majority-amid-vote-rigging-claims-a75100": redirect(
                301, DUMA_2016
            )
        },
        REPLACED,
        FAIL,
        "a 301 to the outlet's story of the previous election, five years earlier ('United Russia Keeps Duma"
        " Majority as Turnout Hits Record Low', 19 September 2016): not the story cited; no new address",
        must=("date_mismatch",),
        must_not=("moved",),
    ),
    Scenario(
        "agency-story-301-to-english-site",
        "/politika/7501234",
        f'title: "В Совфеде заявили о готовности поставить Ираку системы ПВО" | {VOSTOK} | date: 2020-01-10',
        {"/politika/7501234": redirect(301, ENGLISH_SITE_STORY)},
        REPLACED,
        NOT_PASS,
        "the Russian story's address 301s to the English site's version ('Russia ready to supply Iraq with"
        " air defense systems, senator says', lang en, an hreflang 'ru' alternate): a translation, not the"
        " page cited; 'update the citation to' it would change the source's language",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot18_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot18"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot18_scenario(rot18_run: Run, scenario: Scenario) -> None:
    check_scenario(rot18_run, scenario)


def test_every_scenario_was_reported(rot18_run: Run) -> None:
    assert sorted(rot18_run.results) == sorted(IDS), rot18_run.stderr
