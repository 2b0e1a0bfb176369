"""Held-out probe of link rot, thirty-ninth batch: what the first thirty-eight batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 39`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Саян-Пресс / Sayan Press Agency (a Sayanogorsk agency and its English site; the Russian site's domain
lapsed in three scenarios), The Onega Observer (an English-language outlet of Petrozavodsk, its domain lapsed
in two scenarios), Тигір Хабар (an Abakan outlet writing in Khakas), Vepsän Ma (a Petrozavodsk outlet writing
Veps in the Latin alphabet), ئالتاي ساداسى / Altay Sadası (a Uyghur outlet in the Arabic script, hosted in
Turkey) and Шығыс Жаңалықтары (an Oskemen outlet writing in Kazakh, its domain lapsed).

New ground: to pass, a story in Khakas; a story cited by its print headline, which the page names only in its
text (no ``alternativeHeadline``); an agency story whose page carries an SMS-alerts form with a field named
``mobile``; a story under a social locker ('Share this story to unlock the rest') below its headline and
first paragraph; an agency's 301 from ``/<yyyymmdd>/<id>.html`` to ``/<yyyy>/<mm>/<dd>/<id>.html``. To flag:
'Страница табылбаан' (Khakas, ``<h1>``), 'Lehtpol' ei ole löutud' (Veps, ``<title>`` and a styled ``<p>``,
no '404' anywhere) and 'بەت تېپىلمىدى' (Uyghur, ``<h2>``); rot38's leftovers: a push lure whose call
('Click Allow to continue') is only in its body under another ``<title>``, a loan lander in a sixth language
(German, 'Kredit ohne Schufa'), a task scam whose phone field is named otherwise (``name="nomer"``, a text
input labelled 'Номер WhatsApp'); a trading lander in Spanish; a consent wall in Turkish; a Joomla site's 301
to its front page addressed by a query (``/index.php?option=com_content&view=featured``); a piracy doorway
('Смотреть фильмы онлайн бесплатно') on a lapsed domain; a Kazakh registrar's parking page.

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
    PARKED,
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
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

SAYAN = "outlet: Саян-Пресс"
SAYAN_EN = "outlet: Sayan Press Agency"
ONEGA = "outlet: The Onega Observer"
TIGIR = "outlet: Тигір Хабар"
VEPSAN = "outlet: Vepsän Ma"
SADASI = "outlet: ئالتاي ساداسى"
SHYGYS = "outlet: Шығыс Жаңалықтары"

DATE_PATH = "/2020/08/05/3000007030.html"
JOOMLA_FRONT = "/index.php?option=com_content&view=featured&Itemid=101"
FRONT = (("front page", "home page", "homepage"),)

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-khakas",
        "/20200801/3100001010.html",
        f'title: "Абаханда чаа школа асхан" | {TIGIR} | date: 2020-08-01',
        {"/20200801/3100001010.html": html("tigir-story-khakas.html")},
        OK,
        PASS,
        "a story in Khakas (a new school in Abakan), headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "print-headline-cited-page-names-it-only-in-text",
        "/2020/08/02/petrozavodsk-council-approves-tram-line-a88010",
        f'title: "Trams Return to Petrozavodsk" | {ONEGA} | date: 2020-08-02',
        {
            "/2020/08/02/petrozavodsk-council-approves-tram-line-a88010": html(
                "onega-story-print-headline-text-only.html"
            )
        },
        OK,
        NOT_FAIL,
        "the writer cited the print edition's headline; the web page is headlined 'Petrozavodsk Council"
        " Approves Tram Line to Drevlyanka by 2024' and says at its foot 'A version of this article appears"
        " in print on August 2, 2020, on page 4 of The Onega Observer with the headline: Trams Return to"
        " Petrozavodsk.' (no alternativeHeadline anywhere): the story; a note is fair, a title mismatch is"
        " not",
        must_not=("title_mismatch", "date_mismatch", "outlet_mismatch", "moved"),
    ),
    Scenario(
        "control-agency-story-with-sms-alerts-mobile-field",
        "/politika/3000007010",
        f'title: "В Саяногорске прошла ярмарка вакансий: зарплаты от 60 000 рублей" | {SAYAN}'
        " | date: 2020-08-03",
        {"/politika/3000007010": html("sayan-story-sms-alerts-mobile-field.html")},
        OK,
        PASS,
        "the agency's story of a job fair (wages 'от 60 000 рублей' a month) beside the site's 'Новости"
        " Хакасии по SMS' form, a text field named 'mobile' with a phone mask: the story, headline, date and"
        " outlet as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-under-social-locker-headline-kept",
        "/politics/3000007020",
        'title: "Sayano-Shushenskaya Dam Opens Its Spillway for the First Time in Five Years" |'
        f" {SAYAN_EN} | date: 2020-08-04",
        {"/politics/3000007020": html("sayan-en-social-locker-under-headline.html")},
        OK,
        PASS,
        "headline, date and first paragraph as cited, then a social locker ('Share this story to unlock the"
        " rest', VK / Telegram / OK buttons): the cited story, its rest behind the locker",
        must_not=MISMATCH,
    ),
    Scenario(
        "agency-301-date-path-reformatted-id-kept",
        "/20200805/3000007030.html",
        f'title: "Хакасия получит 12 новых автобусов для сельских школ" | {SAYAN} | date: 2020-08-05',
        {
            "/20200805/3000007030.html": redirect(301, DATE_PATH),
            DATE_PATH: html("sayan-story-date-path.html"),
        },
        OK,
        NOT_FAIL,
        "the agency's new CMS 301s '/20200805/<id>.html' to '/2020/08/05/<id>.html', the same date and id;"
        " the page states the headline and date as cited: the story moved; report the new address, never a"
        " mismatch",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + DATE_PATH,),),
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-khakas-h1",
        "/20200802/3100001020.html",
        f'title: "Ағбан суғы кӧпірі хоостолған" | {TIGIR} | date: 2020-08-02',
        "tigir-not-found-h1.html",
        "'Страница табылбаан' (Khakas: page not found) in an <h1>, 'Сірер тілеен страница чоғыл, пірее"
        " тайдырылған' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-veps-title-no-404",
        "/20200803/3200001010.html",
        f'title: "Šoltjärves avaitihe uz\' školan" | {VEPSAN} | date: 2020-08-03',
        "vepsan-not-found-title.html",
        "'Lehtpol' ei ole löutud — Vepsän Ma' (Veps: page not found) as <title>, the same words in a styled"
        " <p> and 'Lehtpol't, kudamban ectit, ei ole, vai se om siirdetud' under them, two other stories'"
        " links, no '404' anywhere, served 200: gone",
    ),
    not_found(
        "not-found-uyghur-arabic-script-h2",
        "/20200804/3300001010.html",
        f'title: "ئالمۇتىدا يېڭى ئۇيغۇر مەكتىپى ئېچىلدى" | {SADASI} | date: 2020-08-04',
        "sadasi-not-found-h2.html",
        "'بەت تېپىلمىدى' (Uyghur: page not found) in an <h2>, 'سىز ئىزدىگەن بەت مەۋجۇت ئەمەس ياكى ئۆچۈرۈلگەن'"
        " under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    Scenario(
        "lapsed-domain-push-lure-call-only-in-body-cited-without-title",
        "/2020/08/06/onega-ferry-timetable-cut-a88020",
        f"{ONEGA} | date: 2020-08-06",
        {"/2020/08/06/onega-ferry-timetable-cut-a88020": html("onega-push-lure-body-only.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Please wait...' as its"
        " title and, in its body, an arrow, a spinner, 'Click Allow to continue' and 'Press «Allow» to"
        " confirm that you are not a robot', its one script a push network's tag from another host (no"
        " worker's path in the markup), no word of cookies: push-spam's lure, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-german-loan-lander-lenders-by-name-cited-by-date-only",
        "/20200806/3000007040.html",
        "date: 2020-08-06",
        {"/20200806/3000007040.html": html("sayan-loan-lander-german.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed domain serves a German loan lander ('Kredit ohne Schufa:"
        " bis zu 5.000 € sofort aufs Konto', 'Auch bei negativer Schufa · Sofortzusage in 5 Minuten'), four"
        " lenders linked by their names (rel='nofollow sponsored'), no form, 'Effektiver Jahreszins 3,9 % bis"
        " 14,9 %': the outlet is gone, so is the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-spanish-trading-lander-cited-without-title",
        "/2020/08/07/kondopoga-paper-mill-new-owner-a88030",
        f"{ONEGA} | date: 2020-08-07",
        {"/2020/08/07/kondopoga-paper-mill-new-owner-a88030": html("onega-trading-lander-spanish.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Gane hasta 1.200 € al día"
        " con el robot de trading' ('Depósito mínimo de 250 €', 'Solo quedan 4 plazas hoy', a name, e-mail"
        " and phone form posted to its own '/lead.php', members' 'reviews'): an investment scam's lander, not"
        " the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-task-scam-lander-number-field-named-otherwise-cited-without-title",
        "/politika/3000007050",
        f"{SAYAN} | date: 2020-08-07",
        {"/politika/3000007050": html("sayan-task-scam-number-field.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Подработка в интернете: от"
        " 3 500 ₽ в день' ('Ставьте лайки, пишите отзывы и оценивайте товары — платим каждый день', 'Осталось"
        " 5 свободных мест', a form whose phone field is a text input named 'nomer', labelled 'Номер"
        " WhatsApp' with a '+7 (___) ___-__-__' mask, 'Куратор свяжется с вами'): a task scam's lander, not"
        " the story",
        must_not=("moved",),
    ),
    Scenario(
        "consent-wall-only-turkish",
        "/20200808/3300001020.html",
        f'title: "ئۇيغۇر تىلى دەرسلىكى يېڭىلاندى" | {SADASI} | date: 2020-08-08',
        {"/20200808/3300001020.html": html("sadasi-cookie-wall-tr.html")},
        BLOCKED,
        WARN,
        "only a consent dialog in Turkish, the language of the outlet's host country ('Gizliliğinize önem"
        " veriyoruz' in an <h2>, 'Tümünü kabul et', 'Tümünü reddet'), under the site's Latin name, served"
        " 200: a consent wall in front of the story; not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
    Scenario(
        "joomla-301-to-front-page-addressed-by-query",
        "/2020/08/08/kizhi-museum-builds-new-pier-a88040",
        f'title: "Kizhi Museum Builds a New Pier for Summer Cruises" | {ONEGA} | date: 2020-08-08',
        {
            "/2020/08/08/kizhi-museum-builds-new-pier-a88040": redirect(301, JOOMLA_FRONT),
            JOOMLA_FRONT: html("onega-joomla-front.html"),
        },
        DEAD,
        FAIL,
        "the outlet's new Joomla site 301s every old address to '/index.php?option=com_content&view=featured"
        "&Itemid=101', Joomla's front page ('Home - The Onega Observer', the featured stories of 2023): the"
        " article is gone",
        must_not=("moved",),
        says=FRONT,
    ),
    Scenario(
        "lapsed-domain-piracy-streaming-doorway-cited-without-title",
        "/politika/3000007060",
        f"{SAYAN} | date: 2020-08-09",
        {"/politika/3000007060": html("sayan-piracy-doorway.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a film-piracy doorway"
        " ('Смотреть фильмы онлайн бесплатно в хорошем качестве HD 1080', posters of 2024's films, a fake"
        " player 'Для просмотра в HD 1080 зарегистрируйтесь бесплатно'): not the story",
        must_not=("moved",),
    ),
    Scenario(
        "parked-kazakh-for-sale",
        "/20200809/3400001010.html",
        f'title: "Өскеменде Ертіс арқылы жаңа көпір ашылды" | {SHYGYS} | date: 2020-08-09',
        {"/20200809/3400001010.html": html("shygys-parked-kk.html")},
        DEAD,
        FAIL,
        "a Kazakh registrar's parking lander: '<domain> — бұл домен сатылады' as title, 'Бұл домен"
        " сатылады!', a price in tenge, an offer form, 'Доменді сатып алу', 'Бұл домен тіркеушіде тұраққа"
        " қойылған. Тіркеу мерзімі аяқталған.', related searches: the domain lapsed",
        says=PARKED,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot39_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot39"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot39_scenario(rot39_run: Run, scenario: Scenario) -> None:
    check_scenario(rot39_run, scenario)


def test_every_scenario_was_reported(rot39_run: Run) -> None:
    assert sorted(rot39_run.results) == sorted(IDS), rot39_run.stderr
