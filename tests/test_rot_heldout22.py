"""Held-out probe of link rot, twenty-second batch: what the first twenty-one batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 22`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README); an object store's XML answer is written here.
The scenarios take the shapes of the seed article's sources (a news agency's ``/<date>/<id>.html``, an
agency's ``/politika/<id>`` and its English site's ``/politics/<id>``, an English-language outlet's
``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented names: Тобол-Информ (a regional agency), Полярная звезда /
Polar Star News Agency (an agency and its English site), Иртыш-Пресс (a regional outlet whose registration was
revoked), The Yenisei Courier (an English-language outlet of Siberia, reader-funded) and The Angara Herald
(its lapsed domain forwarded elsewhere).

New ground: an app-download interstitial in place of a story; a JavaScript framework's 'Application error: a
server-side exception has occurred' served 200; a hacked site's 'click Allow to prove you are not a robot'
push-notification lander (a scam, not a bot check); an agency's story 301 to the site map, and another to a
person's dossier page; old stories 301 to a donation page; a CDN's 'origin did not answer' page (in Russian)
served 200; an outlet's closure notice after its registration was revoked (the twenty-first batch's leftover
family: a notice that names a closure is a removal, not another title); registrar URL forwarding that frames
another site's front page; a captcha whose page is only a script (its `/showcaptcha` address and its title
'Ой!' are all that say so: the other leftover); a signed object-store link that has expired; and, to pass, a
story moved when the English site folded under ``/en/``, an archive story behind a supporters' wall that
keeps its headline, date and first paragraph, a redesign with a 'new version of the site' bar, an audio
player and a summary box, an ad-blocker notice drawn over a story, and an app's smart banner over a story.

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
    raw,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

TOBOL = "outlet: Тобол-Информ"
POLAR = "outlet: Полярная звезда"
POLAR_EN = "outlet: Polar Star News Agency"
YENISEI = "outlet: The Yenisei Courier"

EN_STORY = "/en/politics/1112003-russia-ready-to-discuss-s400-supplies-with-iraq"
SCAM_AT = "/lp/check/?pid=48213&subid=tobol&clickid=9f2a41c7"
CAPTCHA_STORY = "/politika/7488450"
CAPTCHA_AT = (
    "/showcaptcha?cc=1&mt=4E1A07C2B9D3F0A5&retpath=aHR0cHM6Ly9wb2xhci1zdGFyLmV4YW1wbGUvcG9saXRpa2EvNzQ4ODQ1MA"
    "%2C%2C_7c0e&t=2/1578700000/a1b2c3&u=5d0e9f&s=9a8b"
)
SIGNED = (
    "/media/reports/polar-star-annual-report-2019.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=AKIAEXAMPLE0000000000%2F20200109%2Fru-central1%2Fs3%2Faws4_request"
    "&X-Amz-Date=20200109T093000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature=5b1f0c7e9a2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e"
)
#: an object store's answer to a signed link past its expiry (the shape S3-compatible stores send)
SIGNED_EXPIRED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b"<Error><Code>AccessDenied</Code><Message>Request has expired</Message>"
    b"<X-Amz-Expires>604800</X-Amz-Expires><Expires>2020-01-16T09:30:00Z</Expires>"
    b"<ServerTime>2024-03-11T08:14:02Z</ServerTime><RequestId>7C1E0A9B5D3F2E41</RequestId>"
    b"<HostId>polar-star-media</HostId></Error>"
)

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    "/sitemap/": html("polar-sitemap.html"),
    "/support/": html("yenisei-donate.html"),
    "/showcaptcha": html("polar-captcha-js.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls: the story is there -----------------------------------------------------------------------
    Scenario(
        "control-archive-story-behind-supporters-wall-headline-kept",
        "/2019/03/14/krasnoyarsk-black-sky-smog-alert-a61502",
        f"title: \"Krasnoyarsk Declares 'Black Sky' Smog Alert for Third Time This Winter\" | {YENISEI}"
        " | date: 2019-03-14",
        {"/2019/03/14/krasnoyarsk-black-sky-smog-alert-a61502": html("yenisei-archive-teaser.html")},
        OK,
        WARN,
        "the outlet put its archive behind a supporters' wall ('This story is from our archive ..."
        " available to Courier supporters', Become a supporter, Sign in), but the page keeps the"
        " headline (<h1>, og:title, JSON-LD), the date and the first paragraph: the story as"
        " cited, its rest paid"
        " (the user is told its text is walled: wall1's text_walled, reached since rot51 read teasers up to"
        " 4,000 characters; a pass before the fifty-sixth session)",
        must=("text_walled",),
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-redesign-new-version-bar-audio-summary",
        "/20200109/1563219705.html",
        f'title: "В Тюмени открыли новый мост через Туру" | {TOBOL} | date: 2020-01-09',
        {"/20200109/1563219705.html": html("tobol-redesign.html")},
        OK,
        PASS,
        "a redesign: a bar 'Вы на новой версии сайта. Вернуться к старой версии', a 'Слушать новость' audio"
        " button, a 'Коротко' summary box, a view counter, the date only in <time> and JSON-LD: the same"
        " story under the same headline and date",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-ad-blocker-notice-over-story",
        "/politika/7488120",
        f'title: "В Госдуме заявили о готовности обсудить с Ираком поставки С-400" | {POLAR}'
        " | date: 2020-01-10",
        {"/politika/7488120": html("polar-adblock-banner.html")},
        OK,
        PASS,
        "a notice 'Похоже, вы используете блокировщик рекламы ... добавьте наш сайт в исключения' (hidden,"
        " shown by a script) at the top of the page, the whole story below it: a banner, not a wall",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-app-smart-banner-over-story",
        "/2020/01/09/norilsk-declares-emergency-fuel-leak-a68870",
        f'title: "Norilsk Declares Emergency After Fuel Depot Leak" | {YENISEI} | date: 2020-01-09',
        {"/2020/01/09/norilsk-declares-emergency-fuel-leak-a68870": html("yenisei-app-banner.html")},
        OK,
        PASS,
        "an app banner ('The Yenisei Courier app ... Free on iOS and Android', Open, apple-itunes-app meta)"
        " over the story, its headline, date and text in the page: the story as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- moved ----------------------------------------------------------------------------------------------
    Scenario(
        "english-site-folded-under-en-301",
        "/politics/1112003",
        f'title: "Russia Ready to Discuss S-400 Supplies With Iraq, Lawmaker Says" | {POLAR_EN}'
        " | date: 2020-01-10",
        {"/politics/1112003": redirect(301, EN_STORY), EN_STORY: html("polar-en-story.html")},
        OK,
        NOT_FAIL,
        "the English site moved under /en/ with the story's slug after its number (a 301); the story's"
        " headline and date are intact: moved; report where it is",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + EN_STORY,),),
    ),
    # --- removed or replaced --------------------------------------------------------------------------------
    Scenario(
        "hacked-302-to-push-notification-scam",
        "/20200111/1563220390.html",
        f'title: "В Тобольске завершили реставрацию Гостиного двора" | {TOBOL} | date: 2020-01-11',
        {"/20200111/1563220390.html": redirect(302, SCAM_AT), SCAM_AT: html("tobol-push-scam.html")},
        REPLACED,
        FAIL,
        "the hacked site 302s to a lander 'Нажмите «Разрешить», чтобы подтвердить, что вы не робот' that asks"
        " for notification permission (Notification.requestPermission, a service worker, a fake 99% bar):"
        " push-notification spam, not a bot check a reader passes; the story is not there",
        must_not=("moved",),
    ),
    Scenario(
        "agency-story-301-to-site-map",
        "/politika/7488300",
        f'title: "Совфед одобрил закон о развитии Северного морского пути" | {POLAR} | date: 2020-01-14',
        {"/politika/7488300": redirect(301, "/sitemap/")},
        REPLACED,
        FAIL,
        "a relaunch 301s an old story to the site map ('Карта сайта', lists of sections, og:type website):"
        " a navigation page, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "agency-story-301-to-person-dossier",
        "/politika/7488010",
        f'title: "Жириновский призвал Иран купить российские С-400" | {POLAR} | date: 2020-01-09',
        {
            "/politika/7488010": redirect(301, "/person/zhirinovskiy-vladimir/"),
            "/person/zhirinovskiy-vladimir/": html("polar-person-dossier.html"),
        },
        REPLACED,
        FAIL,
        "the old story 301s to the agency's page about the politician it quoted ('Владимир Жириновский —"
        " биография, последние новости', og:type profile, ProfilePage, a bio and 2021-2022 headlines): a"
        " dossier, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "old-stories-301-to-donation-page",
        "/2021/04/22/krasnoyarsk-dam-spillway-opens-early-a74210",
        f'title: "Krasnoyarsk Dam Opens Spillway Early as Snowmelt Surges" | {YENISEI} | date: 2021-04-22',
        {"/2021/04/22/krasnoyarsk-dam-spillway-opens-early-a74210": redirect(301, "/support/")},
        REPLACED,
        FAIL,
        "the outlet took down its older stories and 301s their addresses to 'Support The Yenisei Courier' /"
        " 'Independent journalism needs you' with a donation form: not the story",
        must_not=("moved",),
    ),
    Scenario(
        "outlet-closed-registration-revoked-notice",
        "/20200113/1563220610.html",
        'title: "В Омске запустили первый электробус" | outlet: Иртыш-Пресс | date: 2020-01-13',
        {"/20200113/1563220610.html": html("irtysh-closed.html")},
        DEAD,
        FAIL,
        "every address answers 200 with 'Издание прекратило работу / Роскомнадзор аннулировал свидетельство о"
        " регистрации ... сайт прекращает работу. Архив публикаций больше недоступен' under the bare site"
        " name: the story is gone, and the page says so (a removal, not merely another title)",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-masked-forwarding-frameset",
        "/2019/11/05/irkutsk-opens-second-bridge-approach-a60455",
        'title: "Irkutsk Opens Second Bridge Approach After Decade of Delays" | outlet: The Angara Herald'
        " | date: 2019-11-05",
        {"/2019/11/05/irkutsk-opens-second-bridge-approach-a60455": html("angara-frameset.html")},
        REPLACED,
        FAIL,
        "the domain's registrar forwards it 'masked': every address answers a <frameset> titled"
        " 'Angara Herald' whose one frame is another site's front page (https://angara-news.example/):"
        " no story here",
        must_not=("moved",),
    ),
    Scenario(
        "signed-object-store-link-expired-403",
        SIGNED,
        f'title: "Annual Report 2019" | {POLAR_EN} | date: 2020-01-09',
        {SIGNED.split("?", 1)[0]: raw(SIGNED_EXPIRED, "application/xml", 403)},
        s("dead", "soft_404"),
        FAIL,
        "the writer copied a signed download link (X-Amz-Expires=604800, signed 2020-01-09); the store now"
        " answers 403 'AccessDenied / Request has expired' (Expires 2020-01-16): a temporary link that can"
        " never work again, not a wall a reader passes: dead; the report should say it expired",
        must_not=("moved",),
        says=(("expired",),),
    ),
    # --- walls and failures: reachable, not seen ------------------------------------------------------------
    Scenario(
        "app-download-interstitial-instead-of-story",
        "/2020/02/11/norilsk-airport-reopens-runway-a69120",
        f'title: "Norilsk Airport Reopens Runway After Repairs" | {YENISEI} | date: 2020-02-11',
        {"/2020/02/11/norilsk-airport-reopens-runway-a69120": html("yenisei-app-interstitial.html")},
        BLOCKED,
        WARN,
        "the story's address answers 'Read this story in the Courier app / Stories from our archive are now"
        " available in The Yenisei Courier app', Open in app, the stores' badges and 'Continue to the"
        " website' (under the bare site name, noindex): an interstitial in front of the story, not the"
        " story and not its removal",
        must_not=MISMATCH,
        says=(("app",),),
    ),
    Scenario(
        "captcha-script-only-page-by-302",
        CAPTCHA_STORY,
        f'title: "В Совфеде предложили упростить выдачу виз для граждан Ирака" | {POLAR} | date: 2020-01-15',
        {CAPTCHA_STORY: redirect(302, CAPTCHA_AT)},
        BLOCKED,
        WARN,
        "a 302 to '/showcaptcha?...&retpath=<the story, base64>', a page titled 'Ой!' whose body is only a"
        " captcha's form, its script and 'Включите JavaScript': a bot check that would send a reader back;"
        " not gone, not another page",
        cause=s("bot_challenge"),
        must_not=MISMATCH,
        says=(("captcha", "robot", "bot"),),
    ),
    Scenario(
        "framework-server-side-exception-200",
        "/politics/1112010",
        f'title: "Iraq Says It Has Not Decided on S-400 Purchase" | {POLAR_EN} | date: 2020-01-11',
        {"/politics/1112010": html("polar-en-nextjs-error.html")},
        s("error"),
        WARN,
        "the English site's JavaScript framework answers 200 with only 'Application error: a server-side"
        " exception has occurred (see the server logs for more information). Digest: ...' (html"
        " id='__next_error__', the bare site name as title): the site's software failed; not gone, not"
        " another page",
        must_not=MISMATCH,
    ),
    Scenario(
        "cdn-origin-not-answering-russian-200",
        "/20200112/1563220500.html",
        f'title: "Тюменские аграрии получат субсидии на закупку техники" | {TOBOL} | date: 2020-01-12',
        {"/20200112/1563220500.html": html("tobol-cdn-origin-down.html")},
        s("error"),
        WARN,
        "the CDN in front of the site answers 200 'Сайт временно недоступен / Сервер сайта не отвечает ..."
        " Ошибка 504: истекло время ожидания ответа от исходного сервера': the site is down for now, the link"
        " is not dead and not another page",
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot22_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot22"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot22_scenario(rot22_run: Run, scenario: Scenario) -> None:
    check_scenario(rot22_run, scenario)


def test_every_scenario_was_reported(rot22_run: Run) -> None:
    assert sorted(rot22_run.results) == sorted(IDS), rot22_run.stderr
