"""Held-out probe of link rot, twenty-seventh batch: what the first twenty-six batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 27`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Тайга-Информ (a regional agency of Krasnoyarsk; renamed Енисей.Медиа in one scenario, bankrupt or its
domain lapsed in others), Беркут / Berkut News Agency (an agency and its English site), The Kamchatka Herald
(an English-language outlet of Petropavlovsk-Kamchatsky, renamed Kamchatka Today in one scenario), Идел-Информ
(an agency of Kazan writing in Tatar) and, for its print issue's PDF, the twenty-sixth batch's The Okhotsk
Mariner. The news aggregator's host, which loopback cannot play, is played as a path (``/lenta-svodka/...``).

New ground: to pass, an outlet renamed in place with no redirect, its pages under the new name only but the
footer saying what it was called before ('до 2023 года — ... «Тайга-Информ»', 'formerly The Kamchatka
Herald'); an agency's story that 301s into its archive section (the id kept, a slug added); a misconfigured
server that sends a story's HTML as ``application/octet-stream``; an English site's redesign that stores
headlines in capitals; an old CMS's page titled 'Тайга-Информ / Общество / <headline>' with no meta; a story
whose ``<title>``, og:title and JSON-LD carry an SEO headline while its ``<h1>`` is the cited one. To flag: a
story's address now serving an AI-written 'Everything You Need to Know About ...' guide under a new byline and
date; a 301 to a news aggregator's cluster page that lists the cited headline among other outlets'; 'Бит
табылмады' (Tatar for page not found); a lapsed domain's Korean betting spam; a bankruptcy trustee's auction
of the agency's domain and archive; 'безвозвратно утрачена часть архива' (an archive lost in a data-centre
accident) under the site's chrome; an internet provider's 'Сайт ... не найден' search page shown for a domain
that no longer exists; an agency id reused for a story whose headline differs from the cited one only in the
town; and a story's address serving the whole print issue's PDF with 200 (no redirect).

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
    FIXTURES,
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

TAIGA = "outlet: Тайга-Информ"
BERKUT = "outlet: Беркут"
BERKUT_EN = "outlet: Berkut News Agency"
KAMCHATKA = "outlet: The Kamchatka Herald"
OKHOTSK = "outlet: The Okhotsk Mariner"

ARCHIVE_AT = "/archive/politika/2020/01/21/8120010-shoygu-provel-peregovory-s-ministrom-oborony-iraka"
CLUSTER_AT = "/lenta-svodka/story/1"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    ARCHIVE_AT: html("berkut-moved-archive.html"),
    CLUSTER_AT: html("aggregator-cluster.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls: the story is there -----------------------------------------------------------------------
    Scenario(
        "control-renamed-in-place-footer-formerly-russian",
        "/20200120/1570001010.html",
        f'title: "В Красноярске открыли новый пешеходный мост через Енисей" | {TAIGA} | date: 2020-01-20',
        {"/20200120/1570001010.html": html("taiga-renamed-in-place.html")},
        OK,
        NOT_FAIL,
        "the agency renamed itself Енисей.Медиа without changing its address: the story as cited, under the"
        " new name in <title>, og:site_name and JSON-LD, the footer saying 'Сетевое издание «Енисей.Медиа»"
        " (до 2023 года — информационное агентство «Тайга-Информ»)': the cited outlet, by its own word",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-renamed-in-place-footer-formerly-english",
        "/2020/01/21/avacha-bay-ferry-resumes-a70110",
        f'title: "Avacha Bay Ferry Resumes After Storm Damage Repairs" | {KAMCHATKA} | date: 2020-01-21',
        {"/2020/01/21/avacha-bay-ferry-resumes-a70110": html("kamchatka-renamed-in-place.html")},
        OK,
        NOT_FAIL,
        "the paper renamed itself Kamchatka Today at the same address: the story as cited under the new name,"
        " the footer 'Kamchatka Today (formerly The Kamchatka Herald) is an independent ... newspaper': the"
        " cited outlet",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "agency-story-301-into-archive-section-id-kept",
        "/politika/8120010",
        f'title: "Шойгу провёл переговоры с министром обороны Ирака" | {BERKUT} | date: 2020-01-21',
        {"/politika/8120010": redirect(301, ARCHIVE_AT)},
        OK,
        NOT_FAIL,
        "the agency moved its older stories into an archive section: a 301 to"
        " '/archive/politika/2020/01/21/8120010-shoygu-...', the same id, headline, date and text, canonical"
        " the new address: the story moved properly; report where",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + ARCHIVE_AT,),),
    ),
    Scenario(
        "control-story-html-sent-as-octet-stream",
        "/2020/01/22/klyuchevskoy-ash-cloud-flights-a70120",
        f'title: "Klyuchevskoy Volcano Ash Cloud Grounds Flights" | {KAMCHATKA} | date: 2020-01-22',
        {
            "/2020/01/22/klyuchevskoy-ash-cloud-flights-a70120": raw(
                (FIXTURES / "kamchatka-octet-stream.html").read_bytes(), "application/octet-stream"
            )
        },
        OK,
        NOT_FAIL,
        "after a move to object storage the server sends the story's HTML as 'application/octet-stream' (a"
        " browser may download it; opened, it is the story as cited): misconfigured, but the cited story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-redesign-headline-in-capitals",
        "/politics/1120020",
        f'title: "Iraq and Russia Discuss New Oil Field Contracts" | {BERKUT_EN} | date: 2020-01-22',
        {"/politics/1120020": html("berkut-en-capitals.html")},
        OK,
        PASS,
        "the English site's redesign stores headlines in capitals ('IRAQ AND RUSSIA DISCUSS NEW OIL FIELD"
        " CONTRACTS' in <title>, og:title and <h1>): the same headline",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-old-cms-title-site-rubric-headline",
        "/20200122/1570001020.html",
        f'title: "В Норильске из-за пурги закрыли школы" | {TAIGA} | date: 2020-01-22',
        {"/20200122/1570001020.html": html("taiga-rubric-title.html")},
        OK,
        PASS,
        "an old CMS's page with no meta: <title> 'Тайга-Информ / Общество / <headline>', the headline in an"
        " <h1>, the date '22.01.2020 09:10' in a div: the story as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-seo-title-differs-h1-is-cited",
        "/politika/8120030",
        f'title: "Лавров провёл переговоры с главой МИД Ирака Фуадом Хусейном" | {BERKUT} | date: 2020-01-23',
        {"/politika/8120030": html("berkut-seo-title.html")},
        OK,
        NOT_FAIL,
        "the agency's SEO team gave the story another headline for search and sharing ('Лавров и Хусейн"
        " обсудили поставки оружия: главное' in <title>, og:title and JSON-LD); the <h1> over the text is the"
        " cited headline: the story as cited",
        must_not=MISMATCH,
    ),
    # --- replaced, removed, gone ----------------------------------------------------------------------------
    Scenario(
        "ai-written-guide-under-new-byline-and-date",
        "/2020/01/23/mutnovsky-geothermal-plant-third-unit-a70130",
        f'title: "Mutnovsky Geothermal Plant to Add Third Unit" | {KAMCHATKA} | date: 2020-01-23',
        {"/2020/01/23/mutnovsky-geothermal-plant-third-unit-a70130": html("kamchatka-ai-rewrite.html")},
        REPLACED,
        NOT_PASS,
        "the domain's new owner keeps the name and fills old addresses with AI-written guides: 'Everything"
        " You Need to Know About Kamchatka's Geothermal Power Future', by 'Emily Carter', March 2, 2024,"
        " 'created with the assistance of AI': not the cited story, in title and date",
        must=("title_mismatch", "date_mismatch"),
        must_not=("moved",),
    ),
    Scenario(
        "story-301-to-news-aggregator-cluster",
        "/politika/8120040",
        f'title: "Россия и Ирак договорились о поставках зерна" | {BERKUT} | date: 2020-01-24',
        {"/politika/8120040": redirect(301, CLUSTER_AT)},
        REPLACED,
        NOT_PASS,
        "the agency's address now 301s to a news aggregator's cluster page ('Лента-Сводка', 'Сюжет · 14"
        " источников'): the cited headline is the cluster's, the agency one of four linked sources, a"
        " two-line summary; not the agency's story, and not where it moved",
        must_not=("moved",),
    ),
    not_found(
        "not-found-tatar-h1",
        "/20200124/1570002010.html",
        'title: "Казанда Казансу аша яңа күпер ачылды" | outlet: Идел-Информ | date: 2020-01-24',
        "idel-not-found-tatar.html",
        "'Бит табылмады' (Tatar: page not found) in the <h1>, 'сез эзләгән бит юк яки ул бетерелгән'"
        " under it, served 200 under the site's chrome: gone",
    ),
    Scenario(
        "lapsed-domain-korean-betting-spam",
        "/20200124/1570001030.html",
        f'title: "В Красноярском крае построят три новых моста" | {TAIGA} | date: 2020-01-24',
        {"/20200124/1570001030.html": html("taiga-korean-toto.html")},
        REPLACED,
        FAIL,
        "the agency's lapsed domain answers every address with Korean betting spam ('메이저사이트 추천',"
        " '토토사이트', '카지노사이트'): the story and the outlet are gone",
        must_not=("moved",),
    ),
    Scenario(
        "bankrupt-agency-domain-on-trustee-auction",
        "/20200125/1570001040.html",
        f'title: "В Дивногорске отремонтировали набережную" | {TAIGA} | date: 2020-01-25',
        {"/20200125/1570001040.html": html("taiga-trustee-auction.html")},
        s("ok", "soft_404", "dead"),
        FAIL,
        "the agency went bankrupt and its address shows the trustee's notice: 'Конкурсный управляющий ООО"
        " «Тайга-Информ» ... торги', 'Лот № 3: Доменное имя ..., архив публикаций', a starting price: the"
        " outlet and its story are gone",
        must_not=("moved",),
    ),
    Scenario(
        "archive-lost-in-data-centre-accident-notice",
        "/politika/8120050",
        f'title: "МИД России вызвал посла Ирака для консультаций" | {BERKUT} | date: 2020-01-25',
        {"/politika/8120050": html("berkut-archive-lost.html")},
        DEAD,
        FAIL,
        "'Материал недоступен' / 'в результате аварии в дата-центре была безвозвратно утрачена часть архива"
        " ... материалы, опубликованные с 2015 по 2021 год. Восстановить их не удалось' under the site's"
        " chrome and bare name: the story is gone for good",
        must_not=("moved", "title_mismatch"),
    ),
    Scenario(
        "isp-nxdomain-search-page-served-200",
        "/20200125/1570001050.html",
        f'title: "Красноярская ГЭС увеличила сброс воды" | {TAIGA} | date: 2020-01-25',
        {"/20200125/1570001050.html": html("isp-nxdomain-search.html")},
        s("soft_404", "dead", "error"),
        NOT_PASS,
        "the domain no longer exists and the reader's internet provider answers with its own page: 'Сайт"
        " taiga-inform.ru не найден', a search box, 'Возможно, вы искали:' and ads, 'Эта страница показана"
        " вашим провайдером, потому что запрошенный домен не существует': no story, no outlet",
        must_not=("moved", "title_mismatch"),
    ),
    Scenario(
        "id-reused-headline-differs-only-in-town",
        "/politika/8120060",
        f'title: "В Канске запустили новую котельную на 40 мегаватт" | {BERKUT} | date: 2020-01-26',
        {"/politika/8120060": html("berkut-id-reused-other-town.html")},
        REPLACED,
        NOT_PASS,
        "the agency reused the id for a later story with a near-identical headline: 'В Ачинске запустили"
        " новую котельную на 40 мегаватт', 9 ноября 2022: another town, another year, another story",
        must=("title_mismatch",),
        must_not=("moved",),
    ),
    Scenario(
        "story-address-serves-print-issue-pdf-200",
        "/2020/01/16/school-canteens-new-menus-a69425",
        f'title: "School Canteens to Get New Menus" | {OKHOTSK} | date: 2020-01-16',
        {
            "/2020/01/16/school-canteens-new-menus-a69425": raw(
                (FIXTURES / "okhotsk-print-issue.pdf").read_bytes(), "application/pdf"
            )
        },
        OK,
        WARN,
        "the story's own address now serves the PDF of that day's whole print issue with 200 ('THE OKHOTSK"
        " MARINER, No. 3 (2104)', the cited story on page 3 among others): findable, but the link is the"
        " issue, not the story; worth a warning, not a failure",
        must_not=("date_mismatch", "moved"),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot27_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot27"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot27_scenario(rot27_run: Run, scenario: Scenario) -> None:
    check_scenario(rot27_run, scenario)


def test_every_scenario_was_reported(rot27_run: Run) -> None:
    assert sorted(rot27_run.results) == sorted(IDS), rot27_run.stderr
