"""Held-out probe of link rot, twenty-ninth batch: what the first twenty-eight batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 29`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Ишим-Информ (a regional agency of the Tyumen region; its domain lapsed in three scenarios), Стриж /
Strizh News Agency (an agency and its English site, whose domain lapsed in two scenarios), The Altai Observer
(an English-language outlet of Barnaul, its domain lapsed in one scenario), Ағиҙел-Хәбәр (an Ufa agency
writing in Bashkir) and Garagum Habarlary (an Ashgabat outlet writing in Turkmen).

New ground: to pass (or warn), pages that carry the words or the markup the rules for rot read, beside the
story: a story about a geological sinkhole; a story whose footer links 'Стать автором', 'Write for us' and
an advertising price list; a story page whose header holds the site's own sign-in form (a password field
posting to its own host); a story under 'Этой новости больше трёх лет' (an age notice); a story served as
XHTML (``application/xhtml+xml``, an XML declaration); a donation wall under the headline. To flag: 'Бит
табылманы' (Bashkir) and 'Sahypa tapylmady' (Turkmen); a lapsed domain's webmail phishing page asking for a
password alone and posting to its own host (the rot28 leftover); a lapsed domain sinkholed by a CERT and a
lapsed domain's link-selling price list, each cited without a title (the rot28 leftover: no title mismatch to
lean on, so the page must be read for what it is); a lapsed domain's fake interview selling an investment
scam; an agency id reused for a job vacancy; a phone-number verification wall; a removal after a copyright
(DMCA) complaint; a lapsed domain's adult-dating lander.

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
    FIXTURES,
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
    raw,
    s,
)

pytestmark = pytest.mark.e2e

ISHIM = "outlet: Ишим-Информ"
STRIZH = "outlet: Стриж"
STRIZH_EN = "outlet: Strizh News Agency"
ALTAI = "outlet: The Altai Observer"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there, beside words and markup that sound like rot ------------------------------------
    Scenario(
        "control-headline-about-a-geological-sinkhole",
        "/2020/02/03/barnaul-sinkhole-swallows-two-cars-a90110",
        f'title: "Sinkhole Swallows Two Cars on Barnaul\'s Lenin Avenue" | {ALTAI} | date: 2020-02-03',
        {"/2020/02/03/barnaul-sinkhole-swallows-two-cars-a90110": html("altai-sinkhole-story.html")},
        OK,
        PASS,
        "a story about a hole in a road ('This sinkhole has been growing under the asphalt for weeks'),"
        " headline, date and outlet as cited: the story, whatever a rule for sinkholed domains reads",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-footer-write-for-us-and-ad-price-links",
        "/20200203/1590001010.html",
        f'title: "В Тюмени открыли новый корпус областной больницы" | {ISHIM} | date: 2020-02-03',
        {"/20200203/1590001010.html": html("ishim-footer-author-links.html")},
        OK,
        PASS,
        "the story as cited; the agency's footer links 'Стать автором', 'Write for us', 'Реклама на сайте'"
        " and 'Размещение рекламы: прайс-лист', as many outlets' footers do: not a link seller's page",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-header-sign-in-form-beside-story",
        "/politika/9130010",
        f'title: "Мишустин обсудил с премьером Ирака поставки зерна" | {STRIZH} | date: 2020-02-04',
        {"/politika/9130010": html("strizh-header-login.html")},
        OK,
        PASS,
        "the story as cited; the header holds the site's own hidden sign-in modal (e-mail and password,"
        " posting to '/auth/login'): neither a wall nor a phishing page",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-age-notice-more-than-three-years-old",
        "/20200205/1590001020.html",
        f'title: "Ишимский драмтеатр закрылся на реконструкцию" | {ISHIM} | date: 2020-02-05',
        {"/20200205/1590001020.html": html("ishim-age-notice.html")},
        OK,
        PASS,
        "the story as cited under a note 'Этой новости больше трёх лет. Информация в ней могла устареть':"
        " the outlet marks old stories, the story is there",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-served-as-xhtml",
        "/2020/02/05/biysk-bridge-reopens-a90120",
        f'title: "Biysk Bridge Reopens After Ice Damage Repairs" | {ALTAI} | date: 2020-02-05',
        {
            "/2020/02/05/biysk-bridge-reopens-a90120": raw(
                (FIXTURES / "altai-xhtml.html").read_bytes(), "application/xhtml+xml; charset=utf-8"
            )
        },
        OK,
        PASS,
        "an old XHTML 1.0 template served as application/xhtml+xml (an XML declaration, the headline in an"
        " <h1>, 'Wednesday, February 5, 2020' in the dateline): a browser shows the story as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-donation-wall-under-headline",
        "/politics/1140010",
        f'title: "Iraq Requests Russian Help to Rebuild Power Grid" | {STRIZH_EN} | date: 2020-02-05',
        {"/politics/1140010": html("strizh-en-donation-wall.html")},
        OK,
        NOT_FAIL,
        "the headline, date and first paragraph as cited, the rest behind 'To keep reading, support"
        " independent journalism' (a donation wall): the story is there; a warning that the text is walled"
        " is right too",
        must_not=MISMATCH,
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-bashkir-h1",
        "/20200206/1590002010.html",
        'title: "Өфөлә яңы күпер асылды" | outlet: Ағиҙел-Хәбәр | date: 2020-02-06',
        "agidel-not-found-bashkir.html",
        "'Бит табылманы' (Bashkir: page not found) in the <h1>, 'Ғәфү итегеҙ, һеҙ эҙләгән бит юҡ йәки ул"
        " юйылған' under it, a big '404', served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-turkmen-title",
        "/20200206/1590003010.html",
        'title: "Aşgabatda täze köpri açyldy" | outlet: Garagum Habarlary | date: 2020-02-06',
        "garagum-not-found-turkmen.html",
        "'Sahypa tapylmady — Garagum Habarlary' (Turkmen: page not found) as <title>, a '404' and"
        " 'Bagyşlaň, siziň gözleýän sahypaňyz ýok ýa-da pozuldy' in the body, served 200: gone",
    ),
    Scenario(
        "lapsed-domain-webmail-phishing-password-only",
        "/20200207/1590001030.html",
        f'title: "В Тобольске завершили реставрацию Гостиного двора" | {ISHIM} | date: 2020-02-07',
        {"/20200207/1590001030.html": html("ishim-webmail-phish.html")},
        s("ok", "soft_404", "blocked"),
        FAIL,
        "the lapsed domain serves a webmail phishing page ('Вход в почту — Почтовый сервис', 'Ваш почтовый"
        " ящик переполнен ... Введите пароль, чтобы подтвердить владение ящиком'), an address and a password"
        " posted to its own '/verify.php': no sign-in wall of the outlet's; the story and the outlet are"
        " gone",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-sinkholed-cited-without-title",
        "/politics/1140020",
        "date: 2020-02-07",
        {"/politics/1140020": html("strizh-en-sinkhole-cert.html")},
        REPLACED,
        FAIL,
        "the writer gave the link and its date only; the English site's lapsed domain now points at a"
        " CERT's sinkhole ('This domain name has been redirected to a sinkhole server ... previously used to"
        " distribute malware'): whatever was cited is gone, and no title is needed to see it",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-link-seller-price-list-cited-without-title",
        "/20200208/1590001040.html",
        f"{ISHIM} | date: 2020-02-08",
        {"/20200208/1590001040.html": html("ishim-guest-post-price.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain, bought to sell links under the"
        " agency's old name, answers with 'Размещение статей на сайте' (a price list: 'Статья с одной вечной"
        " dofollow-ссылкой — 1 500 ₽', 'Казино, беттинг, микрозаймы'): the story and the agency are gone",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-fake-interview-investment-scam",
        "/2020/02/08/gorno-altaysk-airport-runway-a90130",
        f'title: "Gorno-Altaysk Airport Runway Extension Approved" | {ALTAI} | date: 2020-02-08',
        {"/2020/02/08/gorno-altaysk-airport-runway-a90130": html("altai-investment-scam.html")},
        REPLACED,
        FAIL,
        "the paper's lapsed domain serves a fake news story under the paper's name selling a trading"
        " platform ('earn up to $3,000 a day ... initial deposit of just $250', 'Register now'): the story"
        " is gone",
        must_not=("moved",),
    ),
    Scenario(
        "id-reused-for-job-vacancy",
        "/politika/9130030",
        f'title: "Лавров и глава МИД Ирака обсудили ситуацию в регионе" | {STRIZH} | date: 2020-02-09',
        {"/politika/9130030": html("strizh-vacancy.html")},
        REPLACED,
        NOT_PASS,
        "the agency reused the id for its job advert 'Вакансия: корреспондент отдела политики' (JobPosting,"
        " 10 марта 2025): not the story",
        must=("title_mismatch",),
        must_not=("moved",),
    ),
    Scenario(
        "phone-verification-wall-russian",
        "/20200209/1590001050.html",
        f'title: "В Ишиме открыли ледовый городок" | {ISHIM} | date: 2020-02-09',
        {"/20200209/1590001050.html": html("ishim-phone-wall.html")},
        BLOCKED,
        NOT_PASS,
        "under the bare site name, 'Подтвердите номер телефона, чтобы продолжить чтение' and a form asking"
        " for a mobile number for an SMS code: a wall in front of the page, not proof that the story is gone"
        " (blocked, worth a look)",
        must_not=("moved", "title_mismatch"),
    ),
    Scenario(
        "removed-after-copyright-complaint",
        "/2020/02/10/chuya-highway-landslide-a90140",
        f'title: "Landslide Blocks Chuya Highway Near Aktash" | {ALTAI} | date: 2020-02-10',
        {"/2020/02/10/chuya-highway-landslide-a90140": html("altai-dmca-removed.html")},
        DEAD,
        FAIL,
        "'This article has been removed following a copyright complaint' (a DMCA notice) in the <h1>, under"
        " 'Content removed | The Altai Observer', served 200: the story is gone",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-adult-dating-lander",
        "/politics/1140030",
        f'title: "Russian and Iraqi Foreign Ministers Meet in Moscow" | {STRIZH_EN} | date: 2020-02-10',
        {"/politics/1140030": html("strizh-en-dating.html")},
        REPLACED,
        FAIL,
        "the English site's lapsed domain serves an adult dating lander ('Meet Singles Near You Tonight |"
        " 18+ Only', 'Are you over 18?'): not an age gate of the outlet's; the story and the outlet are gone",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot29_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot29"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot29_scenario(rot29_run: Run, scenario: Scenario) -> None:
    check_scenario(rot29_run, scenario)


def test_every_scenario_was_reported(rot29_run: Run) -> None:
    assert sorted(rot29_run.results) == sorted(IDS), rot29_run.stderr
