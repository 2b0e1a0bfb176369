"""Held-out probe of link rot, thirty-eighth batch: what the first thirty-seven batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 38`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README). The scenarios take the shapes of the seed
article's sources (a news agency's ``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English
site's ``/politics/<id>``, an English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented
names: Абакан-Информ / Abakan News Agency (an Abakan agency and its English site; the Russian site's domain
lapsed in two scenarios, the English site's in one), The Cherkessk Chronicle (an English-language outlet of
Cherkessk, its domain lapsed in two scenarios), Къарачай-Малкъар Хапарла (a Cherkessk outlet writing in
Karachay-Balkar), Karjalan Kaiku (a Petrozavodsk outlet writing Livvi Karelian in the Latin alphabet) and
Gagauz Sesi (a Comrat outlet writing Gagauz in the Latin alphabet).

New ground: to pass, a story in Karachay-Balkar; a one-paragraph brief under the agency's own push prompt
('Click Allow to continue getting breaking news') whose page loads an ad network's push tag from another
host; a redesign whose headline spells 'Covid‑19' with a non-breaking hyphen (U+2011) and a no-break space; a
story cited by its print headline, which the page names ('appears in print ... with the headline: ...'); a
wire story on the paper's own site credited to the agency; an outlet's 301 from a dated address to a dateless
one keeping the slug and id. To flag: 'Бет табылмагъанды' (Karachay-Balkar, ``<h1>``), 'Sivuu ei löydynyh'
(Livvi Karelian, ``<title>`` and a styled ``<p>``, no '404' anywhere) and 'Sayfa bulunmadı' (Gagauz, a
styled ``<div>``); rot37's leftovers: a push lure saying only 'Click Allow to continue' whose worker only the
ad network's tag registers (no worker's path anywhere in the page's markup), a loan lander in a fifth
language (Portuguese) whose lenders are linked by their names, a bare scan alert whose remedy is a download on
its own host, a task scam that takes the recruit's phone in a form; a trading lander in French; a push
opt-in dialog ('Never miss a story') over a not-found page's ``<h2>``; a city chooser ('Ваш город — Абакан?')
over 'Запрашиваемая страница не существует' in an ``<h2>``.

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
    MISMATCH,
    NOT_FAIL,
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
)

pytestmark = pytest.mark.e2e

ABAKAN = "outlet: Абакан-Информ"
ABAKAN_EN = "outlet: Abakan News Agency"
CHRONICLE = "outlet: The Cherkessk Chronicle"
KB = "outlet: Къарачай-Малкъар Хапарла"
KAIKU = "outlet: Karjalan Kaiku"
GAGAUZ = "outlet: Gagauz Sesi"

DATELESS = "/news/karachayevsk-bridge-reopens-a77030"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-karachay-balkar",
        "/20200701/2800001010.html",
        f'title: "Черкесскде жангы школ ачылгъанды" | {KB} | date: 2020-07-01',
        {"/20200701/2800001010.html": html("kb-story-karachay-balkar.html")},
        OK,
        PASS,
        "a story in Karachay-Balkar (a new school in Cherkessk), headline, date and outlet as cited: the"
        " story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-one-paragraph-brief-under-own-push-prompt-ad-network-tag",
        "/politics/2000006010",
        f'title: "Abakan Airport Resumes Flights to Moscow" | {ABAKAN_EN} | date: 2020-07-01',
        {"/politics/2000006010": html("abakan-en-brief-push-prompt-loader.html")},
        OK,
        PASS,
        "a one-paragraph brief as cited under the agency's own bar ('Click Allow to continue getting breaking"
        " news from Abakan News Agency'), its page loading an ad network's push tag from another host (no"
        " worker's path in the markup): few words, but the story, headline, date and outlet as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-redesign-non-breaking-hyphen-and-no-break-space",
        "/2020/07/02/covid-19-testing-centre-opens-in-old-bus-depot-a77010",
        'title: "Covid-19 Testing Centre Opens in Cherkessk\'s Old Bus Depot" |'
        f" {CHRONICLE} | date: 2020-07-02",
        {
            "/2020/07/02/covid-19-testing-centre-opens-in-old-bus-depot-a77010": html(
                "chronicle-redesign-nb-hyphen.html"
            )
        },
        OK,
        PASS,
        "a redesign whose headline (title, og:title, JSON-LD, <h1>) spells 'Covid‑19' with a non-breaking"
        " hyphen (U+2011), 'Cherkessk’s' with a curly apostrophe and 'Bus\u00a0Depot' with a no-break space:"
        " the cited headline typed plainly, the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "print-headline-cited-page-names-it",
        "/2020/07/03/cherkessk-council-pedestrianise-lenin-street-a77020",
        f'title: "Lenin Street Goes Car-Free" | {CHRONICLE} | date: 2020-07-03',
        {
            "/2020/07/03/cherkessk-council-pedestrianise-lenin-street-a77020": html(
                "chronicle-story-print-headline.html"
            )
        },
        OK,
        NOT_FAIL,
        "the writer cited the print edition's headline; the web page is headlined 'Cherkessk Council Votes to"
        " Pedestrianise Lenin Street for the Summer' and says 'A version of this article appears in print on"
        " July 3, 2020 ... with the headline: Lenin Street Goes Car-Free' (JSON-LD alternativeHeadline too):"
        " the story; a note is fair, a title mismatch is not",
        must_not=("title_mismatch", "date_mismatch", "outlet_mismatch", "moved"),
    ),
    Scenario(
        "control-wire-story-on-paper-site-credited-to-agency",
        "/2020/07/03/khakassia-opens-first-wind-farm-near-abakan-a77025",
        f'title: "Khakassia Opens Its First Wind Farm Near Abakan" | {CHRONICLE} | date: 2020-07-03',
        {
            "/2020/07/03/khakassia-opens-first-wind-farm-near-abakan-a77025": html(
                "chronicle-wire-copy-credited.html"
            )
        },
        OK,
        PASS,
        "the paper's own page of a wire story, byline 'By Abakan News Agency' (JSON-LD author the agency,"
        " publisher the paper), 'This story was first published by Abakan News Agency and is republished"
        " here': cited by the paper's name, headline and date as on the page, the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "outlet-301-dated-url-to-dateless-same-slug-and-id",
        "/2020/07/04/karachayevsk-bridge-reopens-a77030",
        f'title: "Karachayevsk Bridge Reopens After Flood Repairs" | {CHRONICLE} | date: 2020-07-04',
        {
            "/2020/07/04/karachayevsk-bridge-reopens-a77030": redirect(301, DATELESS),
            DATELESS: html("chronicle-story-dateless-url.html"),
        },
        OK,
        NOT_FAIL,
        "the paper's new CMS 301s the dated address to '/news/<slug>-a<id>', the same slug and id without"
        " the date; the page states 4 July 2020 and the headline as cited: the story moved; report the new"
        " address, never a mismatch",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + DATELESS,),),
    ),
    # --- gone, replaced, walled -----------------------------------------------------------------------------
    not_found(
        "not-found-karachay-balkar-h1",
        "/20200702/2800001020.html",
        f'title: "Учкуланда жангы амбулатория ачылгъанды" | {KB} | date: 2020-07-02',
        "kb-not-found-h1.html",
        "'Бет табылмагъанды' (Karachay-Balkar: page not found) in an <h1>, 'Сиз излеген бет джокъду неда"
        " кетерилгенди' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-livvi-karelian-title-no-404",
        "/20200703/2900001010.html",
        f'title: "Anukses avavui uuzi lapsien päiväkodi" | {KAIKU} | date: 2020-07-03',
        "kaiku-not-found-title.html",
        "'Sivuu ei löydynyh — Karjalan Kaiku' (Livvi Karelian: page not found) as <title>, the same words in"
        " a styled <p> and 'Etsimästy sivuu ei ole olemas libo se on siirretty' under them, two other"
        " stories' links, no '404' anywhere, served 200: gone",
    ),
    not_found(
        "not-found-gagauz-latin-div",
        "/20200704/3000001010.html",
        f'title: "Komratta eni spor salonu açıldı" | {GAGAUZ} | date: 2020-07-04',
        "gagauz-not-found-div.html",
        "'Sayfa bulunmadı' (Gagauz: page not found) in a styled <div>, 'Aradıınız sayfa yok osa silindi'"
        " under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    Scenario(
        "lapsed-domain-push-lure-worker-only-in-ad-network-tag-cited-without-title",
        "/2020/07/05/cherkessk-water-tariffs-frozen-a77040",
        f"{CHRONICLE} | date: 2020-07-05",
        {"/2020/07/05/cherkessk-water-tariffs-frozen-a77040": html("chronicle-push-lure-network-tag.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves a page whose only words are"
        " 'Click Allow to continue' under a pointing hand and a progress bar at 93%, its one script an ad"
        " network's push tag from another host (a zone in its query, no worker's path anywhere in the"
        " markup), nothing else: push-spam's lure, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-portuguese-loan-lander-lenders-by-name-cited-by-date-only",
        "/20200705/2000006020.html",
        "date: 2020-07-05",
        {"/20200705/2000006020.html": html("abakan-loan-lander-portuguese.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed domain serves a Brazilian loan lander ('Empréstimo de até"
        " R$ 5.000 na hora', 'Mesmo negativado · Sem consulta ao SPC/Serasa · Aprovação de 97%'), four"
        " lenders linked by their names (rel='nofollow sponsored'), no form, 'CET de 2,9% a 22% ao mês': the"
        " outlet is gone, so is the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-french-trading-lander-cited-without-title",
        "/2020/07/06/cherkessk-chemical-plant-expansion-a77050",
        f"{CHRONICLE} | date: 2020-07-06",
        {
            "/2020/07/06/cherkessk-chemical-plant-expansion-a77050": html(
                "chronicle-trading-lander-french.html"
            )
        },
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Gagnez jusqu'à 1 200 € par"
        " jour avec le robot de trading' ('Dépôt minimum de 250 €', 'Plus que 5 places aujourd'hui', a name,"
        " e-mail and phone form posted to its own '/lead.php', members' 'reviews'): an investment scam's"
        " lander, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-scan-alert-download-on-own-host-cited-without-title",
        "/politics/2000006030",
        f"{ABAKAN_EN} | date: 2020-07-06",
        {"/politics/2000006030": html("abakan-en-scan-alert-own-download.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Virus detected!' ('Scan"
        " complete: 2 threats found', 'Trojan.Agent.SMS — high risk', a five-minute countdown), its only"
        " remedy 'Download cleaner' linking an .apk on its own host: scareware, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "lapsed-domain-task-scam-lander-phone-form-cited-without-title",
        "/politika/2000006040",
        f"{ABAKAN} | date: 2020-07-07",
        {"/politika/2000006040": html("abakan-task-scam-phone-form.html")},
        REPLACED,
        FAIL,
        "the writer named the outlet and the date only; the lapsed domain serves 'Работа на дому: от 4 000 ₽"
        " в день' ('Пишите отзывы о товарах на маркетплейсах и получайте деньги', 'Осталось 3 свободных"
        " места', a name and phone form posted to its own '/lead.php', 'Менеджер перезвонит вам в течение 15"
        " минут'): a task scam's lander, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "push-opt-in-dialog-over-not-found-h2",
        "/2020/07/07/cherkessk-library-gets-new-reading-room-a77060",
        f'title: "Cherkessk Library Gets a New Reading Room" | {CHRONICLE} | date: 2020-07-07',
        {
            "/2020/07/07/cherkessk-library-gets-new-reading-room-a77060": html(
                "chronicle-push-dialog-over-not-found.html"
            )
        },
        DEAD,
        FAIL,
        "a notifications dialog ('<h1>Never miss a story</h1>', 'Turn on notifications ...', Allow / No"
        " thanks) over the paper's '<h2>Sorry, this page doesn't exist</h2>' ('the page may have been"
        " removed'), under the bare site name, served 200: the dialog hides a dead page, not the story",
        must_not=("moved",),
    ),
    Scenario(
        "city-chooser-dialog-over-not-found-h2-russian",
        "/politika/2000006050",
        f'title: "Верховный совет Хакасии принял закон о сельских учителях" | {ABAKAN} | date: 2020-07-08',
        {"/politika/2000006050": html("abakan-city-chooser-over-not-found.html")},
        DEAD,
        FAIL,
        "a city chooser ('Ваш город — Абакан?', 'Да, верно' / 'Выбрать другой') over the agency's"
        " '<h2>Запрашиваемая страница не существует</h2>' / 'Возможно, она была удалена', under the bare site"
        " name, served 200: the dialog hides a dead page, not the story",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot38_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot38"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot38_scenario(rot38_run: Run, scenario: Scenario) -> None:
    check_scenario(rot38_run, scenario)


def test_every_scenario_was_reported(rot38_run: Run) -> None:
    assert sorted(rot38_run.results) == sorted(IDS), rot38_run.stderr
