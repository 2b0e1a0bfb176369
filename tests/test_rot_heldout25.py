"""Held-out probe of link rot, twenty-fifth batch: what the first twenty-four batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 25`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README); one answer, a CMS's API JSON, is written here.
The scenarios take the shapes of the seed article's sources (a news agency's ``/<date>/<id>.html``, an
agency's ``/politika/<id>`` and its English site's ``/politics/<id>``, an English-language outlet's
``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented names: Селенга-Информ (a regional agency, renamed
Бурятия.Медиа in one scenario), Кречет / Krechet News Agency (an agency, its English site and its mirror) and
The Kolyma Gazette (an English-language outlet of the Russian Far East, its ``.ru`` domain in one scenario
lapsed). Hosts loopback cannot play (the renamed agency's domain, the mirror) are played as paths of the one
server (``/buryatia-media/...``, ``/mirror/...``).

New ground: a CMS migration that re-dated a story to the migration night with no note (only its address and
its dateline keep the day); a renamed agency whose old addresses 301 to the new name's, the rename said only
in the footer ('до 2023 года — «Селенга-Информ»'); a closed outlet's text-only archive, the target of a 301; a
headless CMS answering a story's address with the story's JSON from its API; a newsletter modal over a story;
a media label '(ФОТО, ВИДЕО)' added to a headline; a blocked agency's mirror (a 302 to it, a canonical back);
and, to flag, a 302 to a newsletter sign-up page; a 301 to a topic hub that lists the cited headline among
twenty; DataLife Engine's 'Внимание, обнаружена ошибка' served 200; an ad-blocker wall hiding the story; an
English service's 'has been discontinued' notice at its addresses; 'Мы обновили сайт: ссылки на материалы
старой версии сайта больше не работают'; a 301 to the day's e-paper viewer; a lapsed domain offered for lease
('Lease to own'); and 'This story is no longer on our website', pointing to an archived copy.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

import json
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

SELENGA = "outlet: Селенга-Информ"
KRECHET = "outlet: Кречет"
KRECHET_EN = "outlet: Krechet News Agency"
KOLYMA = "outlet: The Kolyma Gazette"

RENAMED_AT = "/buryatia-media/20200110/1563224020.html"
TEXT_ONLY_AT = "/text/2020/01/10/magadan-gold-output-record-a69300"
NEWSLETTER_AT = "/newsletter?utm_source=legacy&utm_campaign=old_url"
HUB_AT = "/tags/irak/"
EPAPER_AT = "/epaper/2020-01-15"
MIRROR_AT = "/mirror/politika/7491060"

#: a headless CMS's API answer for a story, served at the story's own address after the front end was dropped
API_STORY = json.dumps(
    {
        "id": 7491020,
        "type": "news",
        "rubric": "politika",
        "title": "Багдад подтвердил интерес к покупке российских комплексов С-300",
        "lead": "Ирак по-прежнему заинтересован в покупке российских зенитных систем, заявил представитель"
        " правительства страны.",
        "published_at": "2020-01-11T12:40:00+03:00",
        "updated_at": "2020-01-11T12:40:00+03:00",
        "body": "<p>МОСКВА, 11 января. /Кречет/. Ирак по-прежнему заинтересован в покупке российских"
        " зенитных ракетных систем С-300, заявил в субботу представитель правительства страны.</p>",
        "site": {"name": "Кречет", "url": "https://krechet-news.example"},
    },
    ensure_ascii=False,
).encode()

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    RENAMED_AT: html("buryatia-media-renamed.html"),
    TEXT_ONLY_AT: html("kolyma-text-only.html"),
    NEWSLETTER_AT: html("kolyma-newsletter-signup.html"),
    HUB_AT: html("krechet-topic-hub.html"),
    EPAPER_AT: html("kolyma-epaper.html"),
    MIRROR_AT: html("krechet-mirror-story.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls: the story is there -----------------------------------------------------------------------
    Scenario(
        "control-migration-redated-no-note",
        "/20200109/1563224010.html",
        f'title: "В Бурятии запустили первую солнечную электростанцию" | {SELENGA} | date: 2020-01-09',
        {"/20200109/1563224010.html": html("selenga-migration-redated.html")},
        OK,
        NOT_FAIL,
        "a CMS migration stamped every story with the migration night (article:published_time, JSON-LD and"
        " the visible stamp all '15.03.2023 03:00'), with no note; the address still holds 20200109 and the"
        " dateline says 'УЛАН-УДЭ, 9 января': the story as cited, its date right; the stamp is the"
        " migration's, not a reason to fail the citation",
        must_not=("title_mismatch", "outlet_mismatch", "moved"),
    ),
    Scenario(
        "renamed-agency-301-footer-formerly",
        "/20200110/1563224020.html",
        f'title: "На Байкале открыли ледовую переправу на Ольхон" | {SELENGA} | date: 2020-01-10',
        {"/20200110/1563224020.html": redirect(301, RENAMED_AT)},
        OK,
        NOT_FAIL,
        "the agency renamed itself Бурятия.Медиа and its old addresses 301 to the new site's; the story is"
        " there (same headline, date, text) under the new name, and the footer says 'Сетевое издание"
        " «Бурятия.Медиа» (до 2023 года — «Селенга-Информ»)': the cited outlet is the page's former name,"
        " not another outlet; moved, report where",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + RENAMED_AT,),),
    ),
    Scenario(
        "moved-301-to-text-only-archive",
        "/2020/01/10/magadan-gold-output-record-a69300",
        f'title: "Magadan Gold Output Hits Post-Soviet Record" | {KOLYMA} | date: 2020-01-10',
        {"/2020/01/10/magadan-gold-output-record-a69300": redirect(301, TEXT_ONLY_AT)},
        OK,
        NOT_FAIL,
        "the outlet closed its full site and 301s every story to its text-only archive: a bare page whose"
        " <title> is the headline, 'By Pavel Ostapenko | January 10, 2020' in a <p>, the text, no meta, no"
        " site name but in a link: the story, moved; report where",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + TEXT_ONLY_AT,),),
    ),
    Scenario(
        "control-story-json-from-cms-api",
        "/politika/7491020",
        f'title: "Багдад подтвердил интерес к покупке российских комплексов С-300" | {KRECHET}'
        " | date: 2020-01-11",
        {"/politika/7491020": Page(200, API_STORY, {"Content-Type": "application/json; charset=utf-8"})},
        OK,
        NOT_FAIL,
        "after a CMS migration the story's address answers with the story's JSON from the new API (id,"
        " title, lead, published_at 2020-01-11, body): ugly, but the cited headline, date and text are all"
        " there; not gone and not another story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-newsletter-modal-over-story",
        "/2020/01/12/magadan-year-round-road-ust-nera-a69320",
        f'title: "Magadan Opens First Year-Round Road to Ust-Nera" | {KOLYMA} | date: 2020-01-12',
        {"/2020/01/12/magadan-year-round-road-ust-nera-a69320": html("kolyma-newsletter-modal.html")},
        OK,
        PASS,
        "a 'Don't miss a story / Sign up for ... free daily newsletter' modal (role=dialog, a sign-up form,"
        " 'No thanks, take me to the story') over the whole story: as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-media-label-added-to-headline",
        "/20200111/1563224030.html",
        f'title: "Паводок в Кабанском районе: подтоплены 40 домов" | {SELENGA} | date: 2020-01-11',
        {"/20200111/1563224030.html": html("selenga-media-label.html")},
        OK,
        PASS,
        "a redesign added a photo and a video to the story and the label '(ФОТО, ВИДЕО)' to its headline"
        " (<title>, og:title, <h1>); the headline is otherwise the cited one: as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-302-to-mirror-canonical-back",
        "/politika/7491060",
        f'title: "Ирак направил в Москву делегацию по военно-техническому сотрудничеству" | {KRECHET}'
        " | date: 2020-01-14",
        {"/politika/7491060": redirect(302, MIRROR_AT)},
        OK,
        NOT_FAIL,
        "the agency, blocked at home, sends readers (302) to its mirror, which serves the same story under a"
        " bar 'Вы читаете зеркало сайта «Кречет». Основной сайт заблокирован в России', its canonical the"
        " cited address: the story as cited",
        must_not=MISMATCH,
    ),
    # --- replaced, removed, walled --------------------------------------------------------------------------
    Scenario(
        "story-302-to-newsletter-signup",
        "/2020/01/13/susuman-power-plant-upgrade-a69330",
        f'title: "Susuman Power Plant to Get New Turbines" | {KOLYMA} | date: 2020-01-13',
        {"/2020/01/13/susuman-power-plant-upgrade-a69330": redirect(302, NEWSLETTER_AT)},
        REPLACED,
        FAIL,
        "the story's address now 302s to 'Sign up for our newsletters' (a form, three lists, og:type"
        " website): the story is not there, and the sign-up page is not where it moved",
        must_not=("moved",),
    ),
    Scenario(
        "story-301-to-topic-hub-listing-it",
        "/politika/7491030",
        f'title: "Ирак запросил у России дополнительные данные по С-300" | {KRECHET} | date: 2020-01-13',
        {"/politika/7491030": redirect(301, HUB_AT)},
        REPLACED,
        FAIL,
        "the story 301s to the topic hub 'Ирак — все новости по теме' (og:type website, twenty dated"
        " teasers from 2019 to 2024); the cited headline is one teaser, its link the cited address itself:"
        " the hub lists the story, it is not the story, and it is not where the story moved",
        must_not=("moved",),
    ),
    Scenario(
        "dle-error-page-200",
        "/20200112/1563224040.html",
        f'title: "В Улан-Удэ ограничат движение по мосту через Уду" | {SELENGA} | date: 2020-01-12',
        {"/20200112/1563224040.html": html("selenga-dle-error.html")},
        DEAD,
        FAIL,
        "the site's engine (DataLife Engine) answers 200 with its stock error box: 'Внимание, обнаружена"
        " ошибка. К сожалению, данная страница для Вас не доступна, возможно был изменен ее адрес или она"
        " была удалена' under the site's name: the story is gone",
        must_not=("moved",),
    ),
    Scenario(
        "adblock-wall-hides-story",
        "/politika/7491040",
        f'title: "В Кремле оценили перспективы поставок С-400 в Ирак" | {KRECHET} | date: 2020-01-12',
        {"/politika/7491040": html("krechet-adblock-wall.html")},
        BLOCKED,
        WARN,
        "an ad-blocker wall in place of the story: 'Отключите блокировщик рекламы ... Чтобы продолжить"
        " чтение, отключите блокировщик', under the bare site name, no headline: reachable, not"
        " verifiable; not gone, not another story; the report should say it is the ad-blocker wall",
        must_not=MISMATCH,
        says=(("блокировщик", "ad blocker", "ad-blocker", "adblock"),),
    ),
    Scenario(
        "english-service-discontinued-notice",
        "/politics/1114010",
        f'title: "Iraq Still Interested in Russian S-300, Official Says" | {KRECHET_EN} | date: 2020-01-11',
        {"/politics/1114010": html("krechet-en-discontinued.html")},
        DEAD,
        FAIL,
        "every address of the English site answers 200 with 'Our English service has been discontinued ..."
        " Our English-language archive is no longer available online': the story is gone, the outlet says"
        " so; not another story's title",
        must_not=("moved",),
    ),
    Scenario(
        "relaunch-notice-old-links-dead",
        "/20200113/1563224050.html",
        f'title: "Тарифы на проезд в Улан-Удэ вырастут до 25 рублей" | {SELENGA} | date: 2020-01-13',
        {"/20200113/1563224050.html": html("selenga-old-links-notice.html")},
        DEAD,
        FAIL,
        "'Мы обновили сайт. Ссылки на материалы старой версии сайта больше не работают. Воспользуйтесь"
        " поиском' under the bare site name at the story's address: the outlet says the link is dead",
        must_not=("moved",),
    ),
    Scenario(
        "story-301-to-e-paper-issue",
        "/2020/01/15/magadan-airport-fuel-shortage-a69350",
        f'title: "Fuel Shortage Grounds Flights at Magadan Airport" | {KOLYMA} | date: 2020-01-15',
        {"/2020/01/15/magadan-airport-fuel-shortage-a69350": redirect(301, EPAPER_AT)},
        s("ok", "soft_404", "blocked"),
        NOT_PASS,
        "the story 301s to the e-paper viewer of that day's issue ('The Kolyma Gazette e-Paper: January 15,"
        " 2020 (No. 3)', an empty flipbook filled by script, 'Subscribe to the digital edition'): the story"
        " may be in the issue, but nothing here shows it; not where it moved",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-offered-for-lease",
        "/2020/01/16/omsukchan-silver-mine-expands-a69370",
        f'title: "Omsukchan Silver Mine to Double Output" | {KOLYMA} | date: 2020-01-16',
        {"/2020/01/16/omsukchan-silver-mine-expands-a69370": html("kolyma-domain-lease.html")},
        DEAD,
        FAIL,
        "the outlet's .ru domain lapsed and a broker offers it: 'kolyma-gazette.ru is available for lease',"
        " 'Lease to own: $59/month', 'Lease this domain': a parked domain on offer, the outlet gone; the"
        " report should say so",
        must_not=("moved",),
        says=(("parked", "for sale", "expired", "lease"),),
    ),
    Scenario(
        "notice-points-to-archived-copy",
        "/2020/01/16/seymchan-airport-runway-a69360",
        f'title: "Seymchan Airport Runway Reopens After Repairs" | {KOLYMA} | date: 2020-01-16',
        {"/2020/01/16/seymchan-airport-runway-a69360": html("kolyma-archived-copy-notice.html")},
        DEAD,
        FAIL,
        "'This story is no longer on our website. Stories published before 2021 were not carried over ..."
        " You can still read an archived copy ... at the Internet Archive' with the copy's link: the story is"
        " gone from the site (the citation should point at the archived copy)",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot25_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot25"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot25_scenario(rot25_run: Run, scenario: Scenario) -> None:
    check_scenario(rot25_run, scenario)


def test_every_scenario_was_reported(rot25_run: Run) -> None:
    assert sorted(rot25_run.results) == sorted(IDS), rot25_run.stderr
