"""Held-out probe of link rot, twenty-fourth batch: what the first twenty-three batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 24`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README); one page's inline style sheet and script
bundle (some 420 KB, as a CDN-fronted app's page carries in its head) are generated here. The scenarios take
the shapes of the seed article's sources (a news agency's ``/<date>/<id>.html``, an agency's
``/politika/<id>`` and its English site's ``/politics/<id>``, an English-language outlet's
``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented names: Саяны-Информ (a regional agency), Кедр / Kedr
News Agency (an agency and its English site) and The Chukotka Standard (an English-language outlet of the
Russian Far East, its ``.ru`` domain in other scenarios lapsed).

New ground: a story whose address gained a click tracker's two 302 hops (out to ``/go/?to=...`` and back with
``utm_source``); a story in a CDN-fronted app page whose head carries 420 KB of inline style and script before
its ``<title>``, images lazy-loaded; a story under a 'this site is for sale' bar; a story moved by a 301 to an
old CMS's page whose only title is 'Кедр :: Политика :: <headline>'; a redesign whose ``<title>`` is the
site's name and whose ``<h1>`` holds soft hyphens and a line break; a story under a 'shocking images' overlay;
and, to flag, a wire's withdrawal notice in place of the story, in Russian ('... отзывает сообщение «...»')
and in English ('KILL: ... / ATTENTION EDITORS ... has withdrawn the story ... Please kill the story'), both
quoting the cited headline; 'Our archive is moving' (pre-2022 stories temporarily unavailable); a lapsed
domain on a Russian registrar's auction ('Домен ... выставлен на аукцион', 'Текущая ставка', 'Сделать
ставку'); a 301 from a Russian story to the English edition's unrelated, later story; a Ukrainian internet
provider's sanctions block page served 200 ('Доступ до ресурсу обмежено ... рішення РНБО'); a story 301 to its
comments page ('Комментарии (3)', 'К материалу: ...'); a lapsed domain's fake 'Windows Defender Security
Warning'; a 24-hour protest blackout ('... is dark today ... back online tomorrow'); and a closed agency's
story 302 to its 'link in bio' page (Telegram, VK, YouTube).

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

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

SAYANY = "outlet: Саяны-Информ"
KEDR = "outlet: Кедр"
KEDR_EN = "outlet: Kedr News Agency"
CHUKOTKA = "outlet: The Chukotka Standard"

#: what a page holds where it names its own site's address: replaced by the server's origin
ORIGIN = b"{{origin}}"

TRACKED = "/politika/7490010"
TRACKER = "/go/"
TRACKED_BACK = TRACKED + "?utm_source=legacy_link&utm_medium=redirect"
MOVED_TO = "/news/politika/7490020-minoborony-iraka-zaprosilo-konsultacii"
OTHER_EDITION = "/en/politics/1113500"
COMMENTS_AT = "/comments/1563223100"
LINKS_AT = "/links"


def _heavy_head(name: str) -> Page:
    """``name`` with its ``/*CSS*/`` and ``/*BULK*/`` marks filled as a CDN-fronted app's page fills its head:
    ~60 KB of critical CSS and ~360 KB of an inline bundle (module definitions, no ``</script>``)."""
    page = html(name)
    css = "".join(
        f".c{i}{{margin:{i % 7}px {i % 5}px;color:#{i * 2654435761 % 0xFFFFFF:06x};display:flex}}"
        for i in range(1400)
    )
    js = "".join(
        f'!function(e){{(e.__CHUNKS__=e.__CHUNKS__||[]).push([{i},function(r,o,t){{"use strict";'
        f'o.exports={{id:{i},k:"m{i * 40503 % 65521:05d}",v:t({(i * 7) % 1500})}}}}])}}(self);'
        for i in range(3600)
    )
    body = page.body.replace(b"/*CSS*/", css.encode()).replace(b"/*BULK*/", js.encode())
    return replace(page, body=body)


SHARED: dict[str, Page] = {
    "/": html("home.html"),
    TRACKER: redirect(302, TRACKED_BACK),
    TRACKED_BACK: html("kedr-story-tracked.html"),
    MOVED_TO: html("kedr-moved-rubric.html"),
    OTHER_EDITION: html("kedr-en-other-story.html"),
    COMMENTS_AT: html("sayany-comments-only.html"),
    LINKS_AT: html("kedr-link-in-bio.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls: the story is there -----------------------------------------------------------------------
    Scenario(
        "control-click-tracker-hop-and-back",
        TRACKED,
        f'title: "Ирак и Россия обсудили сроки поставок зенитных систем" | {KEDR} | date: 2020-01-21',
        {TRACKED: redirect(302, TRACKER + "?to=%2Fpolitika%2F7490010&src=legacy&sig=5b1e07")},
        OK,
        PASS,
        "the agency now sends old links through its click tracker: a 302 out to /go/?to=... and a 302 back"
        " to the same address with utm_source/utm_medium added; the page is the story as cited (same"
        " headline, date, canonical): nothing moved, nothing to report",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-cdn-app-page-heavy-head",
        "/2020/01/21/anadyr-port-extends-navigation-season-a69120",
        f'title: "Anadyr Port Extends Navigation Season by Three Weeks" | {CHUKOTKA} | date: 2020-01-21',
        {
            "/2020/01/21/anadyr-port-extends-navigation-season-a69120": _heavy_head(
                "chukotka-heavy-shell.html"
            )
        },
        OK,
        PASS,
        "a redesign made the page a CDN-fronted app's: ~420 KB of inline CSS and a script bundle in the head"
        " before its <title> and meta, images lazy-loaded (data-src, base64 placeholders), an ad slot; the"
        " story is all there (headline in <title>, og:title and <h1>, its date, its text): as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-site-for-sale-bar-over-story",
        "/20200122/1563222800.html",
        f'title: "В Кызыле открыли новый мост через Енисей" | {SAYANY} | date: 2020-01-22',
        {"/20200122/1563222800.html": html("sayany-for-sale-banner.html")},
        OK,
        PASS,
        "the owner is selling the whole site and put a yellow bar over every page ('Этот сайт продаётся!"
        " Домен, архив публикаций ... Купить сайт или предложить цену'); the story is under it, whole: as"
        " cited, not a parked domain",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "moved-301-to-old-cms-rubric-title",
        "/politika/7490020",
        f'title: "Минобороны Ирака запросило дополнительные консультации по С-300" | {KEDR}'
        " | date: 2020-01-23",
        {"/politika/7490020": redirect(301, MOVED_TO)},
        OK,
        NOT_FAIL,
        "the agency moved its archive to another CMS and 301s each story to /news/politika/<id>-<slug>; the"
        " new page's only title is 'Кедр :: Политика :: <headline>' (site and rubric before the headline,"
        " no og:title), its <h1> the headline, its date the cited day: moved; report where it is",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + MOVED_TO,),),
    ),
    Scenario(
        "control-redesign-soft-hyphens-site-name-title",
        "/2020/01/24/pevek-floating-power-plant-reaches-full-capacity-a69160",
        'title: "Pevek Floating Power Plant Reaches Full Capacity After Two Months of Trials"'
        f" | {CHUKOTKA} | date: 2020-01-24",
        {
            "/2020/01/24/pevek-floating-power-plant-reaches-full-capacity-a69160": html(
                "chukotka-redesign-shy.html"
            )
        },
        OK,
        PASS,
        "a redesign: the <title> is only the site's name, the headline is in <h1> with soft hyphens"
        " ('Ca&shy;pac&shy;i&shy;ty') and a <br>, the date in <time>, a 'Listen to this article' button and"
        " a sidebar of later stories: the story as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-shocking-images-overlay-over-story",
        "/20200125/1563222950.html",
        f'title: "Последствия паводка в Туве: разрушены три моста" | {SAYANY} | date: 2020-01-25',
        {"/20200125/1563222950.html": html("sayany-sensitive-overlay.html")},
        OK,
        PASS,
        "an overlay 'Внимание! Материал содержит кадры, которые могут шокировать' with a 'Показать' button"
        " over a blurred story; the story (headline, date, text) is in the page: as cited, not a wall",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- withdrawn or replaced ------------------------------------------------------------------------------
    Scenario(
        "wire-withdrawal-notice-russian",
        "/20200126/1563223050.html",
        f'title: "В Туве ввели режим ЧС из-за лесных пожаров" | {SAYANY} | date: 2020-01-26',
        {"/20200126/1563223050.html": html("sayany-kill-notice.html")},
        REPLACED,
        FAIL,
        "the agency replaced the story with its withdrawal notice: 'Саяны-Информ отзывает сообщение «В Туве"
        " ввели режим ЧС из-за лесных пожаров» ... как не соответствующее действительности. Просим"
        " подписчиков не использовать это сообщение': the cited headline is quoted, but the report it names"
        " is withdrawn as untrue: the citation cannot stand; the report must say it was withdrawn",
        must_not=("moved",),
        says=(("отзыва", "withdraw", "retract"),),
    ),
    Scenario(
        "wire-kill-notice-english",
        "/politics/1113400",
        f'title: "Russia Ready to Supply S-400 to Iraq, Senator Says" | {KEDR_EN} | date: 2020-01-27',
        {"/politics/1113400": html("kedr-en-kill-notice.html")},
        REPLACED,
        FAIL,
        "the English site's story is now the wire's kill notice: 'KILL: Russia Ready to Supply S-400 to Iraq,"
        " Senator Says' / 'ATTENTION EDITORS: Kedr News Agency has withdrawn the story headlined ... Please"
        " kill the story and do not use it. There will be no substitute story.': withdrawn; the report must"
        " say so",
        must_not=("moved",),
        says=(("withdraw", "kill", "retract"),),
    ),
    Scenario(
        "archive-moving-placeholder",
        "/2020/01/28/anadyr-airport-terminal-contract-a69200",
        f'title: "Anadyr Airport Terminal Contract Goes to Moscow Builder" | {CHUKOTKA} | date: 2020-01-28',
        {"/2020/01/28/anadyr-airport-terminal-contract-a69200": html("chukotka-archive-moving.html")},
        s("soft_404", "error"),
        NOT_PASS,
        "'Our archive is moving: ... stories published before 2022 ... this story is temporarily"
        " unavailable' under the site's name: the story is not shown (the outlet says for now); not another"
        " story, not a title mismatch",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "lapsed-domain-registrar-auction-russian",
        "/2020/01/29/chukotka-reindeer-herders-subsidy-a69210",
        f'title: "Chukotka Raises Subsidy for Reindeer Herders" | {CHUKOTKA} | date: 2020-01-29',
        {"/2020/01/29/chukotka-reindeer-herders-subsidy-a69210": html("chukotka-domain-auction.html")},
        DEAD,
        FAIL,
        "the outlet's .ru domain lapsed; its registrar shows the lot: 'Домен chukotka-standard.ru выставлен"
        " на аукцион', 'Регистрация домена истекла', 'Текущая ставка 2 400 ₽', 'До окончания торгов',"
        " 'Сделать ставку': a parked domain for sale, the outlet gone",
        must_not=("moved",),
        says=(("parked", "for sale", "expired", "auction"),),
    ),
    Scenario(
        "redirect-to-other-edition-unrelated-story",
        "/politika/7490050",
        f'title: "Минобороны Ирака подтвердило интерес к российским С-400" | {KEDR} | date: 2020-01-23',
        {"/politika/7490050": redirect(301, OTHER_EDITION)},
        REPLACED,
        FAIL,
        "the Russian story 301s to the English edition's /en/politics/1113500, 'Yakutia Opens Winter Road to"
        " Magadan Two Weeks Early' of December 2022: another story in another language, nearly three years"
        " later; not a translation of the cited one; 'update the citation to' it would be wrong advice",
        must_not=("moved",),
    ),
    Scenario(
        "ukrainian-isp-sanctions-block-200",
        "/politika/7490060",
        f'title: "В Кремле прокомментировали переговоры с Багдадом" | {KEDR} | date: 2020-01-24',
        {"/politika/7490060": html("kedr-ua-isp-block.html")},
        BLOCKED,
        WARN,
        "an internet provider in Ukraine answers 200 with its block page: 'Доступ до ресурсу обмежено ..."
        " відповідно до рішення Ради національної безпеки і оборони України ... (санкцій)': the agency is"
        " blocked on the way (sanctions), the page not seen; not gone, not a mismatch",
        must_not=MISMATCH,
    ),
    Scenario(
        "story-301-to-its-comments-page",
        "/20200127/1563223100.html",
        f'title: "Глава Тувы отправлен в отставку" | {SAYANY} | date: 2020-01-27',
        {"/20200127/1563223100.html": redirect(301, COMMENTS_AT)},
        REPLACED,
        NOT_PASS,
        "the story 301s to its comments page: 'Комментарии (3)', 'К материалу: Глава Тувы отправлен в"
        " отставку', readers asking 'Почему новость удалили?'; the story's text is gone, only the"
        " discussion of it is left: not the cited page, and not where it 'moved'",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-tech-support-scam",
        "/2020/01/30/chukotka-ferry-to-nome-planned-a69220",
        f'title: "Chukotka and Alaska Plan Summer Ferry to Nome" | {CHUKOTKA} | date: 2020-01-30',
        {"/2020/01/30/chukotka-ferry-to-nome-planned-a69220": html("chukotka-support-scam.html")},
        REPLACED,
        FAIL,
        "the lapsed domain now serves a fake 'Windows Defender Security Warning' ('ACCESS TO THIS PC HAS BEEN"
        " BLOCKED ... Call Windows Support'): a scam, not the outlet, not a real block; the story is gone",
        must_not=("moved",),
    ),
    Scenario(
        "protest-blackout-page",
        "/2020/01/31/anadyr-heating-tariffs-frozen-a69230",
        f'title: "Anadyr Freezes Heating Tariffs for 2020" | {CHUKOTKA} | date: 2020-01-31',
        {"/2020/01/31/anadyr-heating-tariffs-frozen-a69230": html("chukotka-blackout.html")},
        s("error", "blocked"),
        WARN,
        "'The Chukotka Standard is dark today: for 24 hours our website is offline in protest ... All our"
        " stories will be back online tomorrow': the site is shut for a day, on purpose; the story is not"
        " seen now but not gone, and the page is no other story",
        must_not=MISMATCH,
    ),
    Scenario(
        "closed-agency-302-to-link-in-bio-page",
        "/politika/7490090",
        f'title: "Посол Ирака в Москве заявил о расширении военного сотрудничества" | {KEDR}'
        " | date: 2020-01-25",
        {"/politika/7490090": redirect(302, LINKS_AT)},
        REPLACED,
        FAIL,
        "the agency closed its site and sends every address (302) to a 'link in bio' page: 'Кедр ... Читайте"
        " нас в соцсетях и мессенджерах' and links to Telegram, VK, YouTube, Дзен: the story is not here or"
        " anywhere the page says",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot24_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot24"), origin_mark=ORIGIN)


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot24_scenario(rot24_run: Run, scenario: Scenario) -> None:
    check_scenario(rot24_run, scenario)


def test_every_scenario_was_reported(rot24_run: Run) -> None:
    assert sorted(rot24_run.results) == sorted(IDS), rot24_run.stderr
