"""Held-out probe of link rot, sixteenth batch: what the first fifteen batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README). Seven scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html`` and its AMP copy, an agency's ``/politika/<id>``
and its English site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``),
under invented names.

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
    GONE,
    MISMATCH,
    NOT_PASS,
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

NEVA = "outlet: The Neva Times"
VOLGA_INFORM = "outlet: Волга-Информ"
VESTNIK = "outlet: Приволжский вестник"

#: withdrawn but perhaps not for good: a dead link or a wall, never a pass
WITHDRAWN = s("soft_404", "blocked")
#: a CDN's answer for a site whose name it cannot resolve: nothing to read, whatever the status code
UNREADABLE = s("error", "blocked", "soft_404", "dead")

AMP_PATH = "/amp/20200109/1563219328.html"
RKN_CITED = "/2022/03/04/independent-media-face-new-restrictions-a76790"
SSO_CHECK = "/sso/check?retpath=%2Fnews%2F2021%2F09%2F14%2Fzakrytie-zavoda"
PASSPORT = "/passport?retpath=%2Fnews%2F2021%2F09%2F14%2Fzakrytie-zavoda"
WAYBACK_MISSING = "/web/20200110083012/https://vostok-press.ru/politika/7487995"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    "/keyword_irak/": html("agency-keyword-ru.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls: live pages that look odd -----------------------------------------------------------------
    Scenario(
        "control-outlet-declared-undesirable-banner",
        "/2020/01/09/iraq-resumes-talks-to-buy-russian-s-300-air-defense-systems-a68814",
        f'title: "Iraq Resumes Talks to Buy Russian S-300 Air Defense Systems" | {NEVA} | date: 2020-01-09',
        {
            "/2020/01/09/iraq-resumes-talks-to-buy-russian-s-300-air-defense-systems-a68814": html(
                "neva-undesirable-banner.html"
            )
        },
        OK,
        PASS,
        "the cited story, as cited, under a banner 'has been designated an \"undesirable\" organization ...'"
        " 'Our website is blocked in Russia', a donation box and a cookie notice, a footer 'This website is"
        " not available in Russia without a VPN': the outlet's standing notices, not a block of this page",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-agency-amp-copy-cited",
        AMP_PATH,
        'title: "Ирак возобновил переговоры о покупке систем С-300" | outlet: Volga-Inform'
        " | date: 2020-01-09",
        {AMP_PATH: html("agency-amp-ru.html")},
        OK,
        PASS,
        "the writer cited the agency's AMP copy (/amp/<date>/<id>.html, `<html amp>`, amp-consent's cookie"
        " notice, its canonical the full version): the same headline, date and text; the agency cited by"
        " its name in Latin letters",
        must_not=("title_mismatch", "date_mismatch", "url_date_mismatch", "moved"),
    ),
    Scenario(
        "control-metered-wall-under-teaser",
        "/business/2021/08/17/grain-terminal-at-ust-luga-doubles-capacity",
        f'title: "Grain terminal at Ust-Luga doubles capacity as exports surge" | {NEVA} | date: 2021-08-17',
        {
            "/business/2021/08/17/grain-terminal-at-ust-luga-doubles-capacity": html(
                "paywall-teaser-metered.html"
            )
        },
        OK,
        WARN,
        "headline, dek, byline, date and first paragraph, then a metered wall headed 'You have read 3 of 3"
        " free articles this month' (an <h2>): the cited article, its rest behind the wall"
        " (the user is told its text is walled: wall1's text_walled, reached since rot51 read teasers up to"
        " 4,000 characters; a pass before the fifty-sixth session)",
        must=("text_walled",),
        must_not=MISMATCH,
    ),
    Scenario(
        "control-agency-cited-without-title-latin-name",
        "/politika/7487995",
        "outlet: Vostok-Press | date: 2020-01-09",
        {"/politika/7487995": html("agency-story-cookie-ru.html")},
        OK,
        PASS,
        "cited, as the seed article cites the agency, by outlet (transliterated: 'Vostok-Press' for"
        " 'Восток-Пресс') and day, with no title; the page is that agency's story of that day, a cookie"
        " notice at its foot",
        must_not=MISMATCH,
    ),
    # --- removed --------------------------------------------------------------------------------------------
    Scenario(
        "removed-pending-legal-review",
        "/news/2022/05/31/marina-developer-accused-of-bypassing-planning-rules",
        'title: "Marina developer accused of bypassing planning rules" | outlet: The Kestrel Bay Chronicle'
        " | date: 2022-05-31",
        {
            "/news/2022/05/31/marina-developer-accused-of-bypassing-planning-rules": html(
                "removed-legal-review.html"
            )
        },
        WITHDRAWN,
        NOT_PASS,
        "the `<title>` still the cited headline, the page 'Article temporarily unavailable' / 'This article"
        " has been removed pending legal review.', served 200: nothing of the story can be read; it must not"
        " pass on its old `<title>`",
    ),
    Scenario(
        "removed-russian-headline-kept",
        "/20200514/most-1571234567.html",
        f'title: "Губернатор пообещал достроить мост через Волгу к 2022 году" | {VOLGA_INFORM}'
        " | date: 2020-05-14",
        {"/20200514/most-1571234567.html": html("removed-ru-headline-kept.html")},
        DEAD,
        FAIL,
        "the agency kept the headline and date; the body is only 'Материал удалён по требованию"
        " правообладателя.' and links to other stories: the cited story is gone",
    ),
    Scenario(
        "removed-finnish-h1",
        "/uutiset/2019/10/22/uusi-silta-avataan",
        'title: "Uusi silta avataan liikenteelle lokakuussa" | outlet: Järviseudun Sanomat'
        " | date: 2019-10-22",
        {"/uutiset/2019/10/22/uusi-silta-avataan": html("removed-fi.html")},
        DEAD,
        FAIL,
        "'Tämä artikkeli on poistettu' (<h1>) 'Hakemaasi juttua ei ole enää saatavilla' under the bare site"
        " name, served 200: the story was removed",
    ),
    # --- replaced by a listing ------------------------------------------------------------------------------
    Scenario(
        "search-results-for-slug-russian",
        "/news/2021/04/12/novyy-most-cherez-volgu",
        f'title: "Новый мост через Волгу откроют в июне" | {VESTNIK} | date: 2021-04-12',
        {"/news/2021/04/12/novyy-most-cherez-volgu": html("poisk-ru.html")},
        DEAD,
        FAIL,
        "the site's search for the slug's words rendered at the article's address ('Поиск: новый мост через"
        " Волгу', 'Результаты поиска', 'По запросу ... ничего не найдено', SearchResultsPage): not found",
        must_not=("moved",),
    ),
    Scenario(
        "agency-301-to-keyword-page",
        "/20200109/1563219400.html",
        f'title: "Ирак пригрозил выслать американских военных" | {VOLGA_INFORM} | date: 2020-01-09',
        {"/20200109/1563219400.html": redirect(301, "/keyword_irak/")},
        DEAD,
        FAIL,
        "the agency's old story address 301s to its keyword page (/keyword_irak/, 'Ирак — последние новости"
        " сегодня', og:type website, a river of 2024 teasers): the story is not there; no address to give",
        must_not=("moved",),
    ),
    Scenario(
        "agency-id-reused-for-another-story",
        "/politics/1105271",
        'title: "Zhirinovsky urges Iran to buy Russian S-400 and S-500 systems" | outlet: Vostok Press'
        " | date: 2020-01-09",
        {"/politics/1105271": html("reused-id-en.html")},
        REPLACED,
        FAIL,
        "the English site's id-only address now shows a 2024 story ('Russian delegation arrives in Tehran for"
        " talks on energy cooperation', 14 March 2024): the id was reused; not the cited story",
        must_not=("moved",),
    ),
    # --- walls ----------------------------------------------------------------------------------------------
    Scenario(
        "isp-block-by-302-russian",
        RKN_CITED,
        f'title: "Independent Media Face New Restrictions" | {NEVA} | date: 2022-03-04',
        {
            RKN_CITED: redirect(302, "/zapret/?url=nevatimes.example"),
            "/zapret/": html("rkn-block.html"),
        },
        BLOCKED,
        WARN,
        "the provider's transparent proxy 302s to its block page 'Ресурс заблокирован' / 'Доступ к"
        " запрашиваемому ресурсу ограничен по требованию Роскомнадзора ... Единый реестр': blocked by law"
        " where the checker runs; not gone",
        cause=s("legal"),
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "login-redirect-chain-russian",
        "/news/2021/09/14/zakrytie-zavoda",
        f'title: "Завод на окраине города закроют до конца года" | {VESTNIK} | date: 2021-09-14',
        {
            "/news/2021/09/14/zakrytie-zavoda": redirect(302, SSO_CHECK),
            "/sso/check": redirect(302, PASSPORT),
            "/passport": html("login-ru.html"),
        },
        BLOCKED,
        WARN,
        "two 302s (a single-sign-on check, then /passport?retpath=<the story>) end on 'Авторизация' /"
        " 'Войдите, чтобы продолжить' with a login and password form: a sign-in wall; not gone",
        cause=s("auth"),
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "paywall-russian-without-headline",
        "/economics/articles/2021/11/02/zerno-eksport",
        'title: "Экспорт зерна через южные порты вырос на треть" | outlet: Деловая Волга | date: 2021-11-02',
        {"/economics/articles/2021/11/02/zerno-eksport": html("paywall-ru.html")},
        BLOCKED,
        WARN,
        "'Материал доступен только подписчикам' (<title>) / 'Этот материал доступен только подписчикам' /"
        " 'Оформите подписку, чтобы продолжить чтение', no headline, no date: a paywall; not gone",
        cause=s("auth"),
        must_not=MISMATCH,
    ),
    # --- the site or its domain gone ------------------------------------------------------------------------
    Scenario(
        "parked-free-courtesy-of-registrar",
        "/news/2015/06/02/regatta-returns",
        'title: "Regatta returns after ten-year gap" | outlet: Harbour Weekly | date: 2015-06-02',
        {"/news/2015/06/02/regatta-returns": html("parked-courtesy.html")},
        DEAD,
        FAIL,
        "the bare domain as title and heading, 'This domain is parked free, courtesy of DomainHarbor.', 'Is"
        " this your domain? Let's turn it into a website!': the domain lapsed to a registrar's parking page",
        cause=s("parked"),
        says=PARKED,
    ),
    Scenario(
        "cdn-dns-resolution-error-served-200",
        "/news/2019/11/18/harbour-dredging-contract",
        'title: "Harbour dredging contract awarded" | outlet: The Kestrel Bay Chronicle | date: 2019-11-18',
        {"/news/2019/11/18/harbour-dredging-contract": html("cloudflare-1001.html")},
        UNREADABLE,
        NOT_PASS,
        "Cloudflare's 'DNS resolution error / Error code 1001' ('unable to resolve your requested domain'),"
        " served 200: the site cannot be reached through its CDN; nothing of the story is there",
        must_not=MISMATCH,
    ),
    Scenario(
        "archive-snapshot-missing-cited",
        WAYBACK_MISSING,
        'title: "Жириновский призвал Иран закупить системы С-400" | outlet: Восток-Пресс | date: 2020-01-09',
        {WAYBACK_MISSING: html("wayback-not-archived.html", 404)},
        GONE,
        FAIL,
        "the writer cited a web-archive snapshot that the archive does not have (404 'The Wayback Machine has"
        " not archived that URL'): the cited copy does not exist",
        cause=s("not_found"),
        says=(("404",),),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot16_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot16"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot16_scenario(rot16_run: Run, scenario: Scenario) -> None:
    check_scenario(rot16_run, scenario)


def test_every_scenario_was_reported(rot16_run: Run) -> None:
    assert sorted(rot16_run.results) == sorted(IDS), rot16_run.stderr
