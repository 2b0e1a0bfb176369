"""Held-out probe of link rot, forty-fifth batch: what rot44 left, and what no batch played yet.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 45`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r45-*.html``, see its README). The scenarios take the shape
of the seed article's news-agency sources (``/<date>/<id>.html``), under invented names: ਜਲੰਧਰ ਖ਼ਬਰਾਂ (a
Jalandhar outlet writing Punjabi), କଟକ ସମ୍ବାଦ (a Cuttack outlet writing Odia), যোৰহাট বাতৰি (a Jorhat outlet
writing Assamese), Kabar Solo (a Surakarta outlet writing Javanese), Balita sa Dumaguete (a Dumaguete outlet
writing Cebuano), لاڙڪاڻو خبرون (a Larkana outlet writing Sindhi), Warta Bogor (a Bogor outlet writing
Indonesian), Szentesi Hírmondó (a Szentes paper writing Hungarian), Báo Hội An (a Hoi An paper writing
Vietnamese), Wattenscheider Bote (a Wattenscheid paper writing German, its hosting account suspended), The
Tralee Clarion (an English-language paper) and Driftwood & Co (a homeware shop on a sold domain).

What rot44 left: a shop's basket buttons with no words at all (an icon in a button inside a form posting to
``/cart/add``, no label, no title, no class naming a cart); maintenance pages in languages beyond the fourteen
covered (Hungarian 'Az oldal karbantartás alatt áll', Vietnamese 'Website đang bảo trì').

New ground: to pass, a story in Punjabi (Gurmukhi); a Javanese story whose headline says 'ora ketemu' (not
found: the town's old archive) and whose prose quotes 'Kaca ora ketemu', the words of that language's
not-found page; an Indonesian story whose head holds a script sending phones to its mobile address. To flag:
not-found pages in Punjabi ('ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ', ``<h1>``), Odia ('ପୃଷ୍ଠା ମିଳିଲା ନାହିଁ', ``<title>`` and a
styled ``<p>``, no '404'), Assamese ('পৃষ্ঠাটো পোৱা নগ'ল', a styled ``<div>``), Javanese ('Kaca ora ketemu',
``<h2>``), Cebuano ('Wala makit-i ang panid', ``<h1>``) and Sindhi ('صفحو نه مليو', ``<h1>``, right to left);
a 301 to an Indonesian tag page; a 200 page whose only content is a body ``onload`` script sending the
reader to the front page; a German host's 'Konto gesperrt' (account suspended) notice served 200; a paywall
teaser of another, later story at the cited story's address.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.test_rot_heldout import (
    FAIL,
    MISMATCH,
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

JALANDHAR = "outlet: ਜਲੰਧਰ ਖ਼ਬਰਾਂ"
CUTTACK = "outlet: କଟକ ସମ୍ବାଦ"
JORHAT = "outlet: যোৰহাট বাতৰি"
SOLO = "outlet: Kabar Solo"
DUMAGUETE = "outlet: Balita sa Dumaguete"
LARKANA = "outlet: لاڙڪاڻو خبرون"
BOGOR = "outlet: Warta Bogor"
SZENTES = "outlet: Szentesi Hírmondó"
HOIAN = "outlet: Báo Hội An"
WATTENSCHEID = "outlet: Wattenscheider Bote"
TRALEE = "outlet: The Tralee Clarion"

#: a page served 200 in place of the story while the site is down or switched off: not a mismatch
DOWN_NOW = s("error", "blocked", "soft_404")

SHARED = {
    "/": html("home.html"),
    "/tag/banjir-bogor": html("r45-bogor-tag-page-id.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-story-in-punjabi",
        "/20201001/7100001010.html",
        f'title: "ਜਲੰਧਰ ਵਿੱਚ ਨਵਾਂ ਬੱਸ ਅੱਡਾ ਖੁੱਲ੍ਹਿਆ" | {JALANDHAR} | date: 2020-10-01',
        {"/20201001/7100001010.html": html("r45-jalandhar-story-punjabi.html")},
        OK,
        PASS,
        "a story in Punjabi, Gurmukhi script (a new bus stand opens in Jalandhar), headline, date and outlet"
        " as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-javanese-story-headlined-ora-ketemu",
        "/20201002/7400001010.html",
        f'title: "Arsip lawas kutha ora ketemu, juru arsip golek ing gudang" | {SOLO} | date: 2020-10-02',
        {"/20201002/7400001010.html": html("r45-solo-story-javanese-ora-ketemu.html")},
        OK,
        PASS,
        "a story in Javanese whose headline says 'ora ketemu' (the town's old archive map cannot be found)"
        " and whose prose quotes 'Kaca ora ketemu', the words of that language's not-found page; headline,"
        " date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-story-with-mobile-redirect-script",
        "/20201003/7800001010.html",
        f'title: "Jalur pedestrian Suryakencana rampung dibangun" | {BOGOR} | date: 2020-10-03',
        {"/20201003/7800001010.html": html("r45-bogor-story-mobile-redirect-script.html")},
        OK,
        PASS,
        "an Indonesian story whose head holds a script sending phones to its '/m/' address"
        " (window.location.replace) and a rel=alternate to it; the whole story is in the page, headline, date"
        " and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- gone -----------------------------------------------------------------------------------------------
    not_found(
        "not-found-punjabi-h1",
        "/20201004/7100001020.html",
        f'title: "ਸ਼ਹਿਰ ਵਿੱਚ ਨਵੀਂ ਲਾਇਬ੍ਰੇਰੀ ਦਾ ਨੀਂਹ ਪੱਥਰ ਰੱਖਿਆ" | {JALANDHAR} | date: 2020-10-04',
        "r45-jalandhar-not-found-punjabi-h1.html",
        "'ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ' (Punjabi: page not found) in an <h1>, 'ਤੁਸੀਂ ਜੋ ਪੰਨਾ ਲੱਭ ਰਹੇ ਹੋ, ਉਹ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ"
        " ਜਾਂ ਮੌਜੂਦ ਨਹੀਂ ਹੈ' (the page you seek was removed or does not exist) under it, two other stories'"
        " links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-odia-title-no-404",
        "/20201004/7200001020.html",
        f'title: "କଟକରେ ନୂଆ ଜଳଯୋଗାଣ ପ୍ରକଳ୍ପ ଆରମ୍ଭ" | {CUTTACK} | date: 2020-10-04',
        "r45-cuttack-not-found-odia-title.html",
        "'ପୃଷ୍ଠା ମିଳିଲା ନାହିଁ' (Odia: page not found) in the <title> (with the site's name) and in a styled <p>,"
        " 'ଆପଣ ଖୋଜୁଥିବା ପୃଷ୍ଠାଟି ହଟାଯାଇଛି କିମ୍ବା ଆଉ ଉପଲବ୍ଧ ନାହିଁ' under it, two other stories' links, no '404'"
        " anywhere, served 200: gone",
    ),
    not_found(
        "not-found-assamese-div",
        "/20201005/7300001020.html",
        f'title: "যোৰহাটত নতুন খেলপথাৰ উদ্বোধন" | {JORHAT} | date: 2020-10-05',
        "r45-jorhat-not-found-assamese-div.html",
        "'পৃষ্ঠাটো পোৱা নগ'ল' (Assamese: the page was not found) in a styled <div>, 'আপুনি বিচৰা পৃষ্ঠাটো"
        " আঁতৰোৱা হৈছে বা আৰু উপলব্ধ নহয়' under it, two other stories' links, served 200 under the bare site"
        " name: gone",
    ),
    not_found(
        "not-found-javanese-h2",
        "/20201005/7400001020.html",
        f'title: "Taman Balekambang dibukak maneh kanggo umum" | {SOLO} | date: 2020-10-05',
        "r45-solo-not-found-javanese-h2.html",
        "'Kaca ora ketemu' (Javanese: page not found) in an <h2>, 'kaca sing panjenengan goleki wis dibusak"
        " utawa ora ana maneh' under it, two other stories' links, served 200 under the bare site name: gone",
    ),
    not_found(
        "not-found-cebuano-h1",
        "/20201006/7500001020.html",
        f'title: "Bag-ong pantalan sa Dumaguete nahuman na" | {DUMAGUETE} | date: 2020-10-06',
        "r45-dumaguete-not-found-cebuano-h1.html",
        "'Wala makit-i ang panid' (Cebuano: the page was not found) in an <h1>, 'ang panid nga imong"
        " gipangita gitangtang na o wala na maglungtad' under it, two other stories' links, served 200"
        " under the bare site name: gone",
    ),
    not_found(
        "not-found-sindhi-h1",
        "/20201006/7600001020.html",
        f'title: "لاڙڪاڻي ۾ نئين اسپتال جو افتتاح" | {LARKANA} | date: 2020-10-06',
        "r45-larkana-not-found-sindhi-h1.html",
        "'صفحو نه مليو' (Sindhi: page not found) in an <h1>, right to left, 'جيڪو صفحو توهان ڳولي رهيا"
        " آهيو اهو هٽايو ويو آهي يا موجود ناهي' under it, two other stories' links, served 200 under the"
        " bare site name: gone",
    ),
    Scenario(
        "redirect-to-tag-page-indonesian",
        "/20201007/7800001020.html",
        f'title: "Banjir rendam 120 rumah di Bogor Barat" | {BOGOR} | date: 2020-10-07',
        {"/20201007/7800001020.html": redirect(301, "/tag/banjir-bogor")},
        s("soft_404"),
        FAIL,
        "a 301 to the outlet's tag page 'Tag: banjir bogor' ('Berita Terkini Banjir Bogor Hari Ini', five"
        " stories of 2023-24 listed, a next-page link): the story is gone; a listing answers for it",
        must_not=("moved",),
        says=(("{o}/tag/banjir-bogor",),),
    ),
    Scenario(
        "onload-script-redirect-to-front-page",
        "/20201007/7700001020.html",
        f'title: "Felújítják a szentesi strandfürdőt" | {SZENTES} | date: 2020-10-07',
        {"/20201007/7700001020.html": html("r45-szentes-onload-redirect-home.html")},
        s("soft_404"),
        FAIL,
        "200 with the bare site name as title, 'Átirányítás…' (redirecting) and a body onload script sending"
        " the reader to '/?forras=regi-link' (the front page): nothing of the story; gone",
        must_not=MISMATCH,
    ),
    Scenario(
        "account-suspended-german-host-200",
        "/20201008/7900001020.html",
        f'title: "Neue Buslinie verbindet Wattenscheid mit Bochum" | {WATTENSCHEID} | date: 2020-10-08',
        {"/20201008/7900001020.html": html("r45-wattenscheid-account-suspended-de.html")},
        DOWN_NOW,
        NOT_PASS,
        "a host's stub 'Konto gesperrt' / 'Dieses Hosting-Konto wurde vorübergehend gesperrt' / 'wenden Sie"
        " sich bitte an Ihren Hosting-Anbieter' served 200: the site is switched off; nothing of the story"
        " is there and it is no other story",
        must_not=MISMATCH,
    ),
    Scenario(
        "paywall-teaser-of-another-story",
        "/20201008/8000001020.html",
        f'title: "Tralee greenway extension to open in spring" | {TRALEE} | date: 2020-10-08',
        {"/20201008/8000001020.html": html("r45-tralee-paywall-teaser-other-story.html")},
        REPLACED,
        FAIL,
        "the story's address answers with a premium teaser of a different, later story ('Council to review"
        " on-street parking charges in town centre', 2023-06-14, one paragraph, 'Continue reading with a"
        " Clarion subscription'): not the story cited",
        must_not=("moved",),
    ),
    # --- the domain or its site sold or down ----------------------------------------------------------------
    Scenario(
        "domain-sold-shop-with-wordless-basket-buttons",
        "/20201009/8100001010.html",
        "date: 2020-10-09",
        {"/20201009/8100001010.html": html("r45-driftwood-shop-wordless-basket-buttons.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the sold domain answers the story's address with a homeware shop's"
        " front page ('Driftwood & Co – Coastal homeware', four products with prices in pounds, each basket"
        " button an icon with no words at all inside a form posting to '/cart/add', 'Free UK delivery over"
        " £50', refund and shipping policies): not the story",
        must_not=("moved",),
    ),
    Scenario(
        "maintenance-hungarian-200",
        "/20201009/7700001030.html",
        f'title: "Új kerékpárút épül Szentes és Csongrád között" | {SZENTES} | date: 2020-10-09',
        {"/20201009/7700001030.html": html("r45-szentes-maintenance-hu.html")},
        DOWN_NOW,
        NOT_PASS,
        "'Karbantartás alatt – Szentesi Hírmondó' / 'Az oldal karbantartás alatt áll' / 'tervezett"
        " karbantartást végzünk. Hamarosan újra elérhetők leszünk', served 200: the site is down for"
        " maintenance; not another article",
        must_not=MISMATCH,
    ),
    Scenario(
        "maintenance-vietnamese-200",
        "/20201010/8200001030.html",
        f'title: "Hội An mở thêm tuyến phố đi bộ ven sông Hoài" | {HOIAN} | date: 2020-10-10',
        {"/20201010/8200001030.html": html("r45-hoian-maintenance-vi.html")},
        DOWN_NOW,
        NOT_PASS,
        "'Website đang bảo trì – Báo Hội An' / 'Hệ thống đang bảo trì' / 'đang nâng cấp hệ thống theo kế"
        " hoạch. Chúng tôi sẽ sớm hoạt động trở lại', served 200: the site is down for maintenance; not"
        " another article",
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot45_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot45"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot45_scenario(rot45_run: Run, scenario: Scenario) -> None:
    check_scenario(rot45_run, scenario)


def test_every_scenario_was_reported(rot45_run: Run) -> None:
    assert sorted(rot45_run.results) == sorted(IDS), rot45_run.stderr
