"""Held-out probe of link rot, twentieth batch: what the first nineteen batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario but one runs through the CLI on loopback, so ``bench/peers.py`` can play
them. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Чусовая-Информ (a regional agency), Рассвет / Rassvet News Agency (an agency and its English site),
The Onega Herald (renamed Onega Today; in other scenarios its lapsed domain parked, mirrored by a scraper,
or a casino affiliate's). A host loopback cannot play (the renamed outlet's new domain) is played as a path
of the one server (``/onegatoday/...``); a move to HTTPS, which needs a certificate, runs through
:func:`linkcheck.check` with a fetcher double at the end.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from linkcheck import Config, check
from linkcheck.models import Citation, FetchResult, PartialDate, Redirect
from tests.site_server import Page
from tests.test_rot_heldout import (
    BLOCKED,
    DEAD,
    FAIL,
    FIXTURES,
    MISMATCH,
    NOT_FAIL,
    NOT_PASS,
    OK,
    PARKED,
    PASS,
    REPLACED,
    WARN,
    Run,
    Scenario,
    _Answers,
    _param,
    check_scenario,
    html,
    play,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

ONEGA = "outlet: The Onega Herald"
CHUS = "outlet: Чусовая-Информ"
RASSVET = "outlet: Рассвет"
RASSVET_EN = "outlet: Rassvet News Agency"

SHIPYARD_SLUG = "2020/01/13/onega-shipyard-wins-icebreaker-order-a68901"
#: the renamed outlet's new domain, played as a path of the one server
REBRANDED = f"/onegatoday/news/{SHIPYARD_SLUG}/"
RASSVET_STORY = "/politika/7487995"
RASSVET_STORY_TITLE = "Жириновский призвал Иран купить российские С-400"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    "/en/": html("rassvet-en-home.html"),
    "/login": html("rassvet-login-en.html"),
    REBRANDED: html("onegatoday-shipyard.html"),
    RASSVET_STORY: html("rassvet-story-ru.html"),
}

CF = {"Server": "cloudflare", "CF-RAY": "8c2f4a1b9d0e7f31-DME"}

SCENARIOS: list[Scenario] = [
    # --- controls: the story is there -----------------------------------------------------------------------
    Scenario(
        "control-agency-story",
        RASSVET_STORY,
        f'title: "{RASSVET_STORY_TITLE}" | {RASSVET} | date: 2020-01-08',
        {},
        OK,
        PASS,
        "the agency's story at its /politika/<id> address, as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-about-a-block",
        "/20220304/1776600123.html",
        'title: "«Доступ ограничен»: провайдеры Перми начали блокировать сайт городского форума"'
        f" | {CHUS} | date: 2022-03-04",
        {"/20220304/1776600123.html": html("chusovaya-story-blocking.html")},
        OK,
        PASS,
        "a live story about a blocked website, its headline quoting the block page ('«Доступ ограничен»') and"
        " its text 'Доступ к ресурсу ограничен', 'реестр запрещённых сайтов': the story as cited, not a block"
        " page",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-hard-paywall-headline-only",
        "/2022/06/20/onega-lake-fishing-quotas-cut-a81500",
        f'title: "Onega Lake Fishing Quotas Cut by a Third" | {ONEGA} | date: 2022-06-20',
        {"/2022/06/20/onega-lake-fishing-quotas-cut-a81500": html("onega-paywall-headline.html")},
        OK,
        NOT_FAIL,
        "a hard paywall that shows only the headline (in <h1>, <title>, og:title, JSON-LD, with its"
        " publication time) over 'This article is for subscribers' and a Subscribe button, no text: the cited"
        " page is there and says what it is; the text is not readable, so a note is fair, a failure is not",
        must_not=MISMATCH,
    ),
    # --- moved ----------------------------------------------------------------------------------------------
    Scenario(
        "rebranded-domain-three-301s-same-story",
        "/" + SHIPYARD_SLUG,
        f'title: "Onega Shipyard Wins Icebreaker Order Worth $300 Million" | {ONEGA} | date: 2020-01-13',
        {
            "/" + SHIPYARD_SLUG: redirect(301, "/news/" + SHIPYARD_SLUG),
            "/news/" + SHIPYARD_SLUG: redirect(301, "/onegatoday/news/" + SHIPYARD_SLUG),
            "/onegatoday/news/" + SHIPYARD_SLUG: redirect(301, REBRANDED),
        },
        OK,
        NOT_FAIL,
        "the outlet renamed itself (The Onega Herald -> Onega Today) and moved to a new domain; three 301s"
        " (the old site's new path, the new domain, a trailing slash) end on the same story, its headline and"
        " date intact, the page saying 'Onega Today (formerly The Onega Herald)' and 'The Onega Herald is now"
        " Onega Today': the story moved; the outlet cited is the same outlet under its new name",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + REBRANDED,),),
    ),
    # --- walls: reachable, not seen -------------------------------------------------------------------------
    Scenario(
        "legal-451-agency-story-russian",
        "/20200109/1563220410.html",
        f'title: "Иракский парламентарий рассказал о переговорах по С-300" | {CHUS} | date: 2020-01-09',
        {"/20200109/1563220410.html": html("chusovaya-451.html", 451)},
        BLOCKED,
        WARN,
        "451 with the agency's 'Материал недоступен по юридическим причинам' / 'Доступ к этому материалу"
        " ограничен на основании требования уполномоченного государственного органа': withheld for legal"
        " reasons, not gone and not another page; say why",
        cause=s("legal"),
        must_not=MISMATCH,
        says=(("451", "legal"),),
    ),
    Scenario(
        "national-block-page-200-from-isp-proxy",
        "/2021/03/10/court-fines-onega-herald-editor-a73012",
        f'title: "Court Fines Onega Herald Editor Over Protest Coverage" | {ONEGA} | date: 2021-03-10',
        {"/2021/03/10/court-fines-onega-herald-editor-a73012": html("isp-block-en.html")},
        BLOCKED,
        WARN,
        "an internet provider's transparent proxy answers the outlet's address with 200 and its own 'Access"
        " Restricted' page ('restricted in accordance with a directive of the National Communications"
        " Regulatory Authority', 'Register of Restricted Online Resources'): blocked where the checker runs,"
        " not gone; not a title mismatch",
        cause=s("legal"),
        must_not=MISMATCH,
        says=(("restrict", "blocked", "legal"),),
    ),
    Scenario(
        "login-302-next-english-agency",
        "/politics/1110042",
        f'title: "Russia and Iraq discuss air defense cooperation" | {RASSVET_EN} | date: 2020-01-09',
        {"/politics/1110042": redirect(302, "/login?next=%2Fpolitics%2F1110042")},
        BLOCKED,
        WARN,
        "the English site's story now 302s to '/login?next=<the story>' (a 'Sign in' page: 'Log in to your"
        " Rassvet Pro account to continue reading'): for subscribers, not gone",
        cause=s("auth"),
        must_not=MISMATCH,
        says=(("sign in", "sign-in", "login", "log in"),),
    ),
    Scenario(
        "cdn-access-denied-1020-403",
        "/2022/02/25/ruble-falls-to-record-low-a76600",
        f'title: "Ruble Falls to Record Low Against Dollar" | {ONEGA} | date: 2022-02-25',
        {"/2022/02/25/ruble-falls-to-record-low-a76600": html("cloudflare-1020.html", 403, **CF)},
        BLOCKED,
        WARN,
        "Cloudflare's 'Access denied' / 'Error 1020' ('The site owner may have set restrictions that prevent"
        " you from accessing the site'), 403: a firewall rule refused the checker; not a dead link",
        must_not=MISMATCH,
        says=(("1020", "access denied", "firewall", "cloudflare"),),
    ),
    Scenario(
        "cdn-access-denied-1020-200",
        "/20200110/1563221877.html",
        f'title: "В Перми открыли новый мост через Каму" | {CHUS} | date: 2020-01-10',
        {"/20200110/1563221877.html": html("cloudflare-1020.html", **CF)},
        BLOCKED,
        WARN,
        "the same 'Access denied' / 'Error 1020' page served with 200: a firewall's refusal, not the story"
        " and not another story",
        must_not=MISMATCH,
        says=(("1020", "access denied", "firewall", "cloudflare"),),
    ),
    Scenario(
        "consent-dialog-alone-russian",
        "/20210412/1727700111.html",
        f'title: "В Чусовом открыли музей уральского сплава" | {CHUS} | date: 2021-04-12',
        {"/20210412/1727700111.html": html("chusovaya-consent-ru.html")},
        BLOCKED,
        WARN,
        "only a consent platform's dialog in Russian ('Мы ценим вашу конфиденциальность', 'Мы и наши партнёры"
        " (812) храним и/или получаем доступ к информации на устройстве, например к файлам cookie ...',"
        " 'Принять всё', 'Настроить') under the bare site name, served 200: a consent wall, not gone",
        cause=s("consent"),
        must_not=MISMATCH,
        says=(("consent", "cookie", "privacy"),),
    ),
    Scenario(
        "spa-shell-with-home-title-at-every-url",
        "/politika/7488301",
        f'title: "В Госдуме предложили продлить программу льготной ипотеки" | {RASSVET} | date: 2020-01-20',
        {"/politika/7488301": html("rassvet-spa-shell.html")},
        s("ok", "blocked"),
        WARN,
        "the agency rebuilt its site as a single-page app: every address answers the same shell (the home"
        " page's <title> 'Рассвет — новости России и мира сегодня', og:type website, an empty #root,"
        " 'Для работы сайта необходимо включить JavaScript'): linkcheck cannot see the story, which is not"
        " the same as seeing the front page or another story",
        must_not=("title_mismatch", "moved"),
        says=(("javascript",),),
    ),
    # --- gone or replaced -----------------------------------------------------------------------------------
    Scenario(
        "closed-russian-edition-301-to-english-home",
        "/politika/7488150",
        'title: "Совфед одобрил закон о локализации данных" | outlet: Рассвет | date: 2020-01-15',
        {"/politika/7488150": redirect(301, "/en/")},
        REPLACED,
        FAIL,
        "the agency closed its Russian-language edition and every address 301s to its English site's home"
        " page ('Rassvet News Agency | Latest news from Russia and the world', og:type website, 2025"
        " teasers): the story is gone; the report should say the link lands on a home page",
        must_not=("moved",),
        says=(("front page", "home page", "homepage"),),
    ),
    Scenario(
        "story-replaced-by-correction-notice",
        "/2020/01/14/kremlin-names-new-arctic-envoy-a68920",
        f'title: "Kremlin Names New Arctic Envoy" | {ONEGA} | date: 2020-01-14',
        {"/2020/01/14/kremlin-names-new-arctic-envoy-a68920": html("onega-correction.html")},
        REPLACED,
        FAIL,
        "the address now holds only a 'Correction' (its <h1>, og:title, dated two days later): 'An article"
        " published at this address on Jan. 14 wrongly reported ... The article has been withdrawn and"
        " replaced by this correction.': the story cited is not there",
        must_not=("moved",),
    ),
    Scenario(
        "parked-related-searches-may-be-for-sale",
        "/2019/11/05/petrozavodsk-bridge-closed-for-repairs-a67890",
        f'title: "Petrozavodsk Bridge Closed for Repairs" | {ONEGA} | date: 2019-11-05',
        {"/2019/11/05/petrozavodsk-bridge-closed-for-repairs-a67890": html("parked-related-searches.html")},
        DEAD,
        FAIL,
        "the lapsed domain's parking page: the bare domain as title and heading, 'Related Searches' ad links"
        " ('Moscow News Today', 'Lake Onega Cruises'), an ad feed's script, and in small print 'This domain"
        " may be for sale. Inquire now.': the story is gone, and the report should say the domain is parked",
        must_not=("moved",),
        says=PARKED,
    ),
    Scenario(
        "scraper-mirror-under-another-name",
        "/2020/01/10/russia-offers-iraq-pantsir-systems-a68870",
        f'title: "Russia Offers Iraq Pantsir Systems Alongside S-300" | {ONEGA} | date: 2020-01-10',
        {"/2020/01/10/russia-offers-iraq-pantsir-systems-a68870": html("newspulse-mirror.html")},
        OK,
        NOT_PASS,
        "the outlet's lapsed domain now serves a scraper's copies of its old stories under another name"
        " ('NewsPulse 24' in <title>, og:site_name, JSON-LD publisher and masthead, 'By NewsPulse Desk',"
        " crypto and celebrity links): the headline, date and text are the story's, but the page is not The"
        " Onega Herald's; the outlet does not match",
        must=("outlet_mismatch",),
        must_not=("title_mismatch", "date_mismatch", "moved"),
    ),
    Scenario(
        "casino-kept-title-russian-no-outlet-page-says",
        "/2019/07/02/onega-ferry-line-suspended-after-safety-inspection-a66110",
        'title: "Onega Ferry Line Suspended After Safety Inspection" | date: 2019-07-02',
        {
            "/2019/07/02/onega-ferry-line-suspended-after-safety-inspection-a66110": html(
                "casino-kept-title-ru.html"
            )
        },
        REPLACED,
        FAIL,
        "the lapsed domain is a Russian casino affiliate's ('Лучшие онлайн-казино 2025 года' in its <h1> and"
        " og:title, og:site_name 'КазиноТоп', 'Играть' links marked sponsored) that kept the old address's"
        " English <title>; no outlet cited: the page is not the story, and the report's 'page says' line"
        " should give what the page is (its own headline), not the old title it kept",
        must_not=("moved",),
        says=(("казино", "casino"), ("page says title: лучшие",)),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot20_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot20"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot20_scenario(rot20_run: Run, scenario: Scenario) -> None:
    check_scenario(rot20_run, scenario)


def test_every_scenario_was_reported(rot20_run: Run) -> None:
    assert sorted(rot20_run.results) == sorted(IDS), rot20_run.stderr


def test_consent_wall_reason_is_short(rot20_run: Run) -> None:
    """A reader scans the reason: it names the wall and quotes enough to recognise it, not the whole of a
    consent platform's statement of purposes (the Russian one is 330 characters)."""
    result = rot20_run.results["consent-dialog-alone-russian"]
    assert result["status"] == "blocked", result
    assert len(result["reason"]) <= 200, result["reason"]


#: a host name that could resolve (``.example`` never does, and a run says so: the link is dead)
_AGENCY_HOST = "www.rassvet-inform.ru"


def test_http_link_301_to_same_story_on_https_passes() -> None:
    """An ``http://`` agency link whose 301 leads to the same story on ``https://`` (how every site is run
    now): the citation passes, the move is at most a note."""
    cited = f"http://{_AGENCY_HOST}{RASSVET_STORY}"
    final = f"https://{_AGENCY_HOST}{RASSVET_STORY}"
    fetched = FetchResult(
        url=cited,
        final_url=final,
        status_code=200,
        headers={"content-type": "text/html; charset=utf-8"},
        body=(FIXTURES / "rassvet-story-ru.html").read_bytes(),
        redirects=(Redirect(301, final),),
    )
    citation = Citation(
        cited, title=RASSVET_STORY_TITLE, outlet="Рассвет", date=PartialDate.parse("2020-01-08")
    )
    result = check([citation], Config(), fetcher=_Answers({cited: fetched})).results[0]
    assert result.status.value == "ok", result
    assert result.verdict.value == "pass", result.findings
    assert all(f.severity.value == "info" for f in result.findings if f.kind.value == "moved")
    assert not [f for f in result.findings if f.kind.value != "moved"], result.findings
