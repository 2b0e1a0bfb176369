"""Held-out probe of link rot, twenty-eighth batch: what the first twenty-seven batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 28`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Томь-Информ (a regional agency of Tomsk; closed in one scenario, its archive kept at the same addresses
by the partner outlet Томская неделя; its domain lapsed in another), Сапсан / Sapsan News Agency (an agency
and its English site), The Sakhalin Courier (an English-language outlet of Yuzhno-Sakhalinsk, its domain
lapsed in one scenario), Ала-Тоо Маалымат (a Bishkek agency writing in Kyrgyz) and Помир-Хабар (a Dushanbe
agency writing in Tajik).

New ground: to pass (or warn), a closed agency's story kept by a partner outlet at the very address cited, no
redirect, crediting it ('Источник: Томь-Информ', JSON-LD ``sourceOrganization``), and a wire story on a
newspaper's site cited by the wire's name, its byline 'Source: Sapsan News Agency' (the rot26 and rot27
leftover: a credited source read at the cited address); a flash prefix added to a headline ('⚡ МОЛНИЯ |');
a story answered with 203 Non-Authoritative Information by a carrier's transforming proxy; a story page that
appends the next story below it (infinite scroll: two ``<h1>``, two JSON-LD articles); a long read moved by a
301 to a page builder's special-project page (the headline in a ``<div class="t-title">``, no meta). To flag:
'Барак табылган жок' (Kyrgyz) and 'Саҳифа ёфт нашуд' (Tajik); a not-found page whose only sign is an
illustration's file name (``/static/img/404.svg``, empty ``alt``) under the bare site name; a front page with
an open ``<dialog>`` saying "Sorry, we couldn't find that story"; an advertiser's partner material ('Реклама.
... erid: ...') at a reused id; a lapsed domain's phishing clone of a state portal's sign-in ('Вам начислена
единовременная выплата'); a lapsed domain sinkholed by security researchers; a 418 "I'm a teapot" for
automated requests; a lapsed domain's 'Write for Us – Submit a Guest Post' page; and an empty page under the
site's chrome whose server leaks a CGI ``Status: 404 Not Found`` header in a 200 answer.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

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
    Run,
    Scenario,
    _param,
    check_scenario,
    html,
    not_found,
    play,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

TOM = "outlet: Томь-Информ"
SAPSAN = "outlet: Сапсан"
SAPSAN_EN = "outlet: Sapsan News Agency"
SAKHALIN = "outlet: The Sakhalin Courier"

SPECIAL_AT = "/special/kuril-winter"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    SPECIAL_AT: html("sakhalin-special-project.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "closed-agency-archive-kept-at-cited-address-credited",
        "/20200127/1580001010.html",
        f'title: "В Томске открыли новую ледовую арену" | {TOM} | date: 2020-01-27',
        {"/20200127/1580001010.html": html("tom-credited-at-partner.html")},
        OK,
        NOT_FAIL,
        "the agency closed and the partner outlet Томская неделя took over its domain, serving its archive at"
        " the same addresses (no redirect): the story as cited, under the partner's name, its byline"
        " 'Источник: Томь-Информ', JSON-LD sourceOrganization the agency, a bar saying the archive is kept"
        " there: the cited agency's story, credited to it",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "wire-story-on-paper-site-cited-by-wire-name",
        "/2020/01/28/kholmsk-vanino-ferry-reopens-a80110",
        f'title: "Kholmsk-Vanino Ferry Line Reopens After Ice Delays" | {SAPSAN_EN} | date: 2020-01-28',
        {"/2020/01/28/kholmsk-vanino-ferry-reopens-a80110": html("sakhalin-wire-source-credit.html")},
        OK,
        NOT_FAIL,
        "the writer linked the wire's story as a newspaper ran it and named the wire: The Sakhalin Courier's"
        " page, its byline 'Source: Sapsan News Agency', headline and date as cited: the cited agency's"
        " story, as the page itself credits it",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-flash-prefix-added-to-headline",
        "/politika/8130010",
        f'title: "Россия и Ирак подписали меморандум о сотрудничестве в энергетике" | {SAPSAN}'
        " | date: 2020-01-28",
        {"/politika/8130010": html("sapsan-flash-prefix.html")},
        OK,
        NOT_FAIL,
        "the agency's redesign marks urgent stories with '⚡ МОЛНИЯ |' before the headline in <title>,"
        " og:title and JSON-LD ('⚡️ МОЛНИЯ:' in the <h1>): the same headline, as cited",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-203-from-transforming-proxy",
        "/politics/1130020",
        f'title: "Iraqi Parliament Speaker to Visit Moscow in February" | {SAPSAN_EN} | date: 2020-01-29',
        {
            "/politics/1130020": html(
                "sapsan-en-proxy-203.html", 203, Warning='214 proxy "Transformation Applied"'
            )
        },
        OK,
        PASS,
        "a mobile carrier's optimising proxy answers 203 Non-Authoritative Information (a 2xx: the origin's"
        " page, transformed) with the story as cited: fine",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-infinite-scroll-next-story-appended",
        "/20200128/1580001020.html",
        f'title: "В Томской области из-за морозов отменили занятия в школах" | {TOM} | date: 2020-01-28',
        {"/20200128/1580001020.html": html("tom-infinite-scroll.html")},
        OK,
        PASS,
        "the redesign appends the next story below each story (infinite scroll: a second <h1> 'Томские"
        " студенты собрали наноспутник ...' and its own JSON-LD); the page's <title>, meta, first <h1> and"
        " canonical are the cited story: as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "long-read-301-to-page-builder-special-project",
        "/2020/01/29/kuril-islands-long-winter-a80120",
        f'title: "The Long Winter of the Kuril Islands" | {SAKHALIN} | date: 2020-01-29',
        {"/2020/01/29/kuril-islands-long-winter-a80120": redirect(301, SPECIAL_AT)},
        OK,
        NOT_FAIL,
        "the paper rebuilt its long read as a special project on a page builder and 301s the old address"
        " there: '<headline> — The Sakhalin Courier' in <title>, the headline in a <div class=\"t-title\">,"
        " 'A special report ... · January 29, 2020', no meta: the story moved; report where",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + SPECIAL_AT,),),
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-kyrgyz-h2",
        "/20200129/1580002010.html",
        'title: "Бишкекте жаңы көпүрө ачылды" | outlet: Ала-Тоо Маалымат | date: 2020-01-29',
        "alatoo-not-found-kyrgyz.html",
        "'Барак табылган жок' (Kyrgyz: page not found) in an <h2>, 'Сиз издеген барак жок же өчүрүлгөн'"
        " under it, a big '404', served 200 under the site's chrome and bare name: gone",
    ),
    not_found(
        "not-found-tajik-title",
        "/20200130/1580003010.html",
        'title: "Дар Душанбе пули нав кушода шуд" | outlet: Помир-Хабар | date: 2020-01-30',
        "pamir-not-found-tajik.html",
        "'Саҳифа ёфт нашуд — Помир-Хабар' (Tajik: page not found) as <title>, a big '404' and 'Саҳифае, ки"
        " шумо ҷустуҷӯ мекунед, вуҷуд надорад ё нест карда шудааст' in the body, served 200: gone",
    ),
    Scenario(
        "not-found-only-an-illustration-named-404",
        "/politika/8130030",
        f'title: "Лавров встретился с послом Ирака в Москве" | {SAPSAN} | date: 2020-01-30',
        {"/politika/8130030": html("sapsan-404-illustration.html")},
        DEAD,
        FAIL,
        "under the bare site name and the site's chrome, the page holds one picture, '/static/img/404.svg'"
        " with an empty alt, and a 'На главную' button: a reader sees a '404' drawing; no story",
        must_not=("moved",),
    ),
    Scenario(
        "front-page-under-not-found-dialog",
        "/2020/01/30/yuzhno-sakhalinsk-snowfall-record-a80130",
        f'title: "Yuzhno-Sakhalinsk Breaks Snowfall Record" | {SAKHALIN} | date: 2020-01-30',
        {"/2020/01/30/yuzhno-sakhalinsk-snowfall-record-a80130": html("sakhalin-404-dialog-front.html")},
        DEAD,
        FAIL,
        "the story's address serves the front page (200) with an open <dialog> over it: 'Sorry, we couldn't"
        " find that story' / 'It may have been moved or deleted. Here is today's front page instead': gone",
        must_not=("moved", "title_mismatch"),
    ),
    Scenario(
        "id-reused-for-advertisers-partner-material",
        "/20200131/1580001030.html",
        f'title: "В Томске отремонтируют Коммунальный мост" | {TOM} | date: 2020-01-31',
        {"/20200131/1580001030.html": html("tom-advertorial-erid.html")},
        REPLACED,
        NOT_PASS,
        "the agency reused the id for a bank's partner material, 'Как выбрать ипотеку в 2024 году: советы"
        " экспертов', 12 марта 2024, marked 'Реклама. ООО «Банк Сибирь» ... erid: ...': another text, an"
        " advertisement, not the story",
        must=("title_mismatch",),
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-phishing-sign-in-clone",
        "/20200201/1580001040.html",
        f'title: "Томские врачи провели первую операцию на открытом сердце ребёнку" | {TOM}'
        " | date: 2020-02-01",
        {"/20200201/1580001040.html": html("tom-phishing-login.html")},
        s("ok", "soft_404", "blocked"),
        FAIL,
        "the agency's lapsed domain serves a phishing clone of a state portal's sign-in ('Вход в личный"
        " кабинет — ГосПортал', 'Вам начислена единовременная выплата 10 000 ₽', asking for the password and"
        " a card number, posting elsewhere): not a login wall of the outlet's; the story and outlet are gone",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-sinkholed-by-researchers",
        "/politics/1130040",
        f'title: "Russia, Iraq Agree to Expand Direct Flights" | {SAPSAN_EN} | date: 2020-02-01',
        {"/politics/1130040": html("sapsan-en-sinkholed.html")},
        REPLACED,
        FAIL,
        "the English site's lapsed domain was re-registered by security researchers as a sinkhole: 'This"
        " domain has been sinkholed ... under the control of a security research group ... investigation"
        " into malicious activity': the outlet is gone from it",
        must_not=("moved",),
    ),
    Scenario(
        "teapot-418-for-automated-requests",
        "/politika/8130050",
        f'title: "Путин провёл телефонный разговор с премьер-министром Ирака" | {SAPSAN} | date: 2020-02-02',
        {"/politika/8130050": html("sapsan-teapot-418.html", 418)},
        BLOCKED,
        NOT_PASS,
        "the agency's edge answers 418 \"I'm a teapot\" with 'Automated requests are not permitted ... open"
        " this page in a regular browser': a refusal of the checker, not proof that the story is gone"
        " (blocked, worth a look)",
        must_not=("moved", "title_mismatch"),
    ),
    Scenario(
        "lapsed-domain-guest-post-sales-page",
        "/2020/02/01/aniva-bay-oil-spill-cleanup-a80140",
        f'title: "Aniva Bay Oil Spill Cleanup Enters Second Week" | {SAKHALIN} | date: 2020-02-01',
        {"/2020/02/01/aniva-bay-oil-spill-cleanup-a80140": html("sakhalin-write-for-us.html")},
        REPLACED,
        FAIL,
        "the paper's lapsed domain, bought to sell links, answers old addresses with 'Write for Us – Submit a"
        " Guest Post | Sakhalin Courier' ('Sponsored posts from $50; casino and CBD niches $120', do-follow"
        " links): the story and the paper are gone",
        must_not=("moved",),
    ),
    Scenario(
        "empty-page-cgi-status-404-header-in-200",
        "/20200202/1580001050.html",
        f'title: "В Томске выбрали проект новой набережной" | {TOM} | date: 2020-02-02',
        {"/20200202/1580001050.html": html("tom-empty-status-header.html", 200, Status="404 Not Found")},
        DEAD,
        NOT_PASS,
        "the server answers 200, but its script's 'Status: 404 Not Found' header leaks into the answer; the"
        " page is the site's chrome under its bare name with an empty content area: no story",
        must_not=("moved", "title_mismatch"),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot28_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot28"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot28_scenario(rot28_run: Run, scenario: Scenario) -> None:
    check_scenario(rot28_run, scenario)


def test_every_scenario_was_reported(rot28_run: Run) -> None:
    assert sorted(rot28_run.results) == sorted(IDS), rot28_run.stderr
