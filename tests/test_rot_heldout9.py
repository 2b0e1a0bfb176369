"""Held-out probe of link rot, ninth batch: what the first eight batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py`` can play them
all. Pages are in ``tests/fixtures/rot`` (see its README).

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
    ARTICLE_PATH,
    BLOCKED,
    DEAD,
    DOWN,
    FAIL,
    MISMATCH,
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
    s,
)

pytestmark = pytest.mark.e2e

POST = "outlet: The Fenmouth Post"
#: a site that is broken for now (an error page in place of every page): not dead, not verifiable

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    ARTICLE_PATH: html("article.html"),
}


SCENARIOS: list[Scenario] = [
    # --- a control: a live page under an 'archived' notice --------------------------------------------------
    Scenario(
        "control-government-page-archived-notice",
        "/en/news/2018/09/shoreline-erosion-survey.html",
        'title: "Shoreline erosion survey results published" | outlet: Fenmouth Regional Council'
        " | date: 2018-09-12",
        {"/en/news/2018/09/shoreline-erosion-survey.html": html("archived-notice-gov.html")},
        s("ok"),
        PASS,
        "a government news release under the standard 'This page has been archived on the Web ... provided"
        " for reference' box, headline, date and text unchanged: the cited page, as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- walls ----------------------------------------------------------------------------------------------
    Scenario(
        "password-protected-post-keeps-headline",
        "/2021/04/08/allotment-waiting-list/",
        'title: "Allotment waiting list passes 300 names" | outlet: Fenmouth Villager | date: 2021-04-08',
        {"/2021/04/08/allotment-waiting-list/": html("wp-password-protected.html")},
        BLOCKED,
        WARN,
        "WordPress's 'Protected: <headline>' with 'This content is password protected. To view it please"
        " enter your password below:' and the post's date, served 200: the post is there behind a password;"
        " not gone, not verifiable",
        cause=s("auth"),
        must_not=MISMATCH,
    ),
    Scenario(
        "geoblock-200-japanese",
        "/news/20210615/k10013085",
        'title: "湾岸道路の延伸計画、来年度に着工へ" | outlet: 湾岸新報 | date: 2021-06-15',
        {"/news/20210615/k10013085": html("geoblock-ja.html")},
        BLOCKED,
        WARN,
        "'お住まいの地域からはご利用いただけません' (not available from your region) in the <h1>,"
        " 'このサービスは現在、日本国内からのみご利用いただけます' (only from within Japan), the <title>"
        " the site's name, served 200: a regional block; not gone",
        cause=s("legal"),
        must_not=MISMATCH,
    ),
    Scenario(
        "cookie-wall-only-polish",
        "/wiadomosci/2022/05/17/nowy-falochron",
        'title: "Nowy falochron chroni port przed sztormami" | outlet: Kurier Zatoki | date: 2022-05-17',
        {"/wiadomosci/2022/05/17/nowy-falochron": html("cookie-wall-pl.html")},
        BLOCKED,
        WARN,
        "only a consent dialog ('Cenimy Twoją prywatność', 'Akceptuję i przechodzę do serwisu') under the"
        " bare site name, served 200: a consent wall in front of the story; not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
    # --- the outlet or its host is gone ---------------------------------------------------------------------
    Scenario(
        "closed-outlet-farewell-at-article-url",
        "/news/2019/02/11/fenmouth-pier-reopens",
        f'title: "Fenmouth pier reopens after winter repairs" | {POST} | date: 2019-02-11',
        {"/news/2019/02/11/fenmouth-pier-reopens": html("farewell-closed.html")},
        DEAD,
        FAIL,
        "every address answers 200 with the closed paper's farewell ('Thank you, Fenmouth ... printed its"
        " last edition ... this website has now closed', 'Our archive is no longer available online'): the"
        " article is gone",
        must_not=("moved",),
    ),
    Scenario(
        "hosted-website-expired-200",
        "/blog/2020/harbour-seal-pups",
        'title: "Record number of seal pups counted in the harbour" | outlet: Fenmouth Wildlife Diary'
        " | date: 2020-12-03",
        {"/blog/2020/harbour-seal-pups": html("website-expired.html")},
        DEAD,
        FAIL,
        "a site host's 'Website Expired ... This website's subscription has expired. Is this your site?"
        " Log in to renew it' served 200: the site is not online; the post is gone",
        must_not=("moved",),
    ),
    Scenario(
        "app-platform-application-error-503",
        "/stories/harbour-fees-2022",
        'title: "Harbour mooring fees to rise by 8%" | outlet: Fenmouth Harbour News | date: 2022-02-14',
        {"/stories/harbour-fees-2022": html("paas-app-error.html", 503)},
        DOWN,
        WARN,
        "an app platform's 503 'Application Error' (an iframe, 'An error occurred in the application and your"
        " page could not be served'): the site is broken for now; not verifiable, not dead",
        must_not=MISMATCH,
    ),
    # --- platforms ------------------------------------------------------------------------------------------
    Scenario(
        "short-video-unavailable-200",
        "/@fenmouthpost/video/7102345678901234567",
        'title: "Storm waves over the Fenmouth sea wall" | outlet: TikTok | date: 2022-02-19',
        {"/@fenmouthpost/video/7102345678901234567": html("tiktok-unavailable.html")},
        REPLACED,
        FAIL,
        "the short-video page served 200 under the generic title 'TikTok - Make Your Day' saying 'Video"
        " currently unavailable' (its data: 'item doesn't exist'): the video is gone",
        must_not=("moved",),
    ),
    Scenario(
        "short-link-disabled",
        "/3xQz9Lb",
        f'title: "Fenmouth pier reopens after winter repairs" | {POST} | date: 2019-02-11',
        {"/3xQz9Lb": html("shortener-disabled.html")},
        REPLACED,
        FAIL,
        "a link shortener's 'This link has been disabled ... It no longer leads anywhere', served 200: the"
        " cited short link leads to no article",
        must_not=("moved",),
    ),
    Scenario(
        "encyclopedia-article-deleted-404",
        "/wiki/Kettle_Point_Lighthouse_Trust",
        'title: "Kettle Point Lighthouse Trust" | outlet: Wikipedia | date: 2019-05-02',
        {"/wiki/Kettle_Point_Lighthouse_Trust": html("wikipedia-no-article.html", 404)},
        s("dead"),
        FAIL,
        "an encyclopedia's 404 'Wikipedia does not have an article with this exact name' with the deletion"
        " log (the title in the <h1> and <title>): the article was deleted",
        cause=s("not_found"),
        says=(("404",),),
        must_not=("moved",),
    ),
    # --- not found, in languages no batch had ---------------------------------------------------------------
    not_found(
        "not-found-macedonian-title",
        "/vesti/2021/03/09/nov-most",
        'title: "Новиот мост е отворен за сообраќај" | outlet: Долински весник | date: 2021-03-09',
        "notfound-mk.html",
        "'Страницата не е пронајдена' (page not found) in the <title>, a '404' <div>, served 200",
    ),
    not_found(
        "not-found-nepali-h1",
        "/news/2022/01/18/naya-pul",
        'title: "नयाँ पुल सञ्चालनमा आयो" | outlet: उपत्यका खबर | date: 2022-01-18',
        "notfound-ne.html",
        "'माफ गर्नुहोस्, पृष्ठ फेला परेन' (sorry, page not found) in the <h1>, the <title> the site's name,"
        " served 200",
    ),
    not_found(
        "not-found-afrikaans-h2",
        "/nuus/2020/08/14/nuwe-brug",
        'title: "Nuwe brug oor die rivier geopen" | outlet: Die Valleibode | date: 2020-08-14',
        "notfound-af.html",
        "'Jammer, die bladsy kon nie gevind word nie' (sorry, the page could not be found) in an <h2>, the"
        " <title> the site's name, served 200",
    ),
    not_found(
        "not-found-khmer-div",
        "/news/2021/11/30/spean-thmei",
        'title: "ស្ពានថ្មីត្រូវបានបើកឱ្យប្រើប្រាស់" | outlet: ព័ត៌មានជ្រលងភ្នំ | date: 2021-11-30',
        "notfound-km.html",
        "'សូមអភ័យទោស! រកមិនឃើញទំព័រនេះទេ' (sorry, this page cannot be found) in a styled <div>, the <title>"
        " the site's name, served 200",
    ),
    not_found(
        "not-found-mongolian-h1",
        "/medee/2022/06/07/shine-guur",
        'title: "Шинэ гүүр ашиглалтад орлоо" | outlet: Хөндийн мэдээ | date: 2022-06-07',
        "notfound-mn.html",
        "'Уучлаарай, хуудас олдсонгүй' (sorry, page not found) in the <h1>, the <title> the site's name,"
        " served 200",
    ),
    not_found(
        "not-found-irish-title-and-h2",
        "/nuacht/2020/10/05/droichead-nua",
        'title: "Droichead nua oscailte thar an abhainn" | outlet: Nuacht an Ghleanna | date: 2020-10-05',
        "notfound-ga.html",
        "'Níor aimsíodh an leathanach' (the page was not found) in the <title>, 'Ár leithscéal, níl an"
        " leathanach seo ar fáil' (sorry, this page is not available) in an <h2>, served 200",
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def rot9_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot9"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot9_scenario(rot9_run: Run, scenario: Scenario) -> None:
    check_scenario(rot9_run, scenario)


def test_every_scenario_was_reported(rot9_run: Run) -> None:
    assert sorted(rot9_run.results) == sorted(IDS), rot9_run.stderr
