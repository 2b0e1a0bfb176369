"""Held-out probe of link rot, fifty-fifth batch: news domains taken over by gambling sites in another script
than the cited story's (and one in the same), a CMS's expired preview or draft, short links that expired
(one cited by date only), a paywall's subscription offer at a story's address, a site rebuilt as a
single-page app, a German registrar's parking page, a move to a new address by a meta refresh behind a
consent dialog, an outlet merged into another whose old addresses redirect to the buyer's home page, and a
regional block in Arabic.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 55`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r55-*.html``, see its README). Outlets are invented: Kurier
Podhalański (Polish) and Вісті Полтавщини (Ukrainian), whose domains now serve a Hindi betting site and a
Japanese casino ranking; the Mühlviertler Bote (Austrian German), whose old domain serves a German casino
affiliate; The Wensum Chronicle (English) and L'Écho du Quercy (French), cited by their CMS's preview links;
the short-link services tansh.uk (Japanese, for 房総日報) and kisa.li (Turkish); Kallaveden Sanomat (Finnish);
강릉일보 (Korean); the Wetterauer Landbote (German); Vestjysk Dagblad (Danish); the Gorenjski tednik, merged
into Primorske vesti (Slovenian); أخبار سوس (Arabic); इंदौर दर्पण (Hindi).

New ground (rot54's leftovers first):

- a takeover in another script than the cited story's: a Hindi cricket-betting lander ('क्रिकेट
  सट्टेबाजी', 'अभी खेलें', '500% वेलकम बोनस') on a Polish outlet's domain; a Japanese casino ranking
  ('オンラインカジノおすすめランキング', '入金不要ボーナス', '今すぐプレイ') on a Ukrainian one; and in the
  same script and language, a German casino affiliate ('Online Casino Österreich', 'Freispiele ohne
  Einzahlung', 'Glücksspiel kann süchtig machen') on an Austrian paper's domain: each 200 at the cited
  address, each a story gone;
- a CMS's preview page: English 'This draft is no longer available' and French 'Le lien d'aperçu a expiré', at
  the preview links writers cited;
- short links that expired: Japanese 'このリンクは有効期限が切れています' (cited with a title, so it
  fails today by the mismatch alone) and Turkish 'Bu kısa bağlantının süresi doldu' under the service's
  own name, cited by date only (no title to mismatch);
- a Finnish subscription offer ('Lue ... rajattomasti', three plans, 'Tilaa nyt', 'Kirjaudu sisään') answering
  200 at a story's address, with no headline and no 'for subscribers' line; a Korean site rebuilt as a Vue
  app (title the site's name, an empty ``#app``, a Korean ``<noscript>``); a German registrar's parking page
  ('steht zum Verkauf', 'Diese Domain kann erworben werden', 'geparkt'); a Danish consent dialog at a story's
  old address whose 0 s meta refresh sends the reader to the story's new address; a Slovenian outlet merged
  into another, its old address 301ing to the buyer's home page (a banner naming the merger); an Arabic
  'هذا المحتوى غير متاح في منطقتك' (content unavailable in your region) served 200 under the bare site name.

Controls that must stay ok and pass: an Austrian story about illegal online casinos quoting their lures
('Jetzt spielen', 'Freispiele ohne Einzahlung', 'Glücksspiel kann süchtig machen'); an English story headlined
'Draft local plan no longer available online ...' quoting 'This draft is no longer available.'; a Hindi story
about a cricket-betting racket quoting 'अभी खेलें' and '500% वेलकम बोनस'.

Not played again (grepped): casino and betting pages in Indonesian, Russian, Italian, Korean, Turkish,
Vietnamese, English and Thai, a Chinese crypto exchange; German 'Diese Vorschau ist abgelaufen'; short links
disabled (English) and expired (Portuguese); parking pages in some thirty languages, not German's own; a
regional block in English, Spanish, German, Japanese, Italian, French, Portuguese, Dutch, Korean, Chinese,
Polish, Turkish and Russian; single-page shells in English and Russian; a consent page refreshing back to the
same address (batch 4).

The new address of the Danish story is a path of the one loopback server (``/vestjysk/...``): a second host
cannot be played here, so the move to a new domain is played as a move to a new address.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.test_rot_heldout import (
    BLOCKED,
    DEAD,
    FAIL,
    MISMATCH,
    NOT_FAIL,
    OK,
    PARKED,
    WARN,
    Run,
    Scenario,
    _param,
    check_scenario,
    control,
    gone,
    html,
    play,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

PODHALE = "outlet: Kurier Podhalański"
POLTAVA = "outlet: Вісті Полтавщини"
MUEHL = "outlet: Mühlviertler Bote"
WENSUM = "outlet: The Wensum Chronicle"
QUERCY = "outlet: L'Écho du Quercy"
BOSO = "outlet: 房総日報"
KALLAVESI = "outlet: Kallaveden Sanomat"
GANGNEUNG = "outlet: 강릉일보"
WETTERAU = "outlet: Wetterauer Landbote"
VESTJYSK = "outlet: Vestjysk Dagblad"
GORENJSKI = "outlet: Gorenjski tednik"
SOUS = "outlet: أخبار سوس"
INDORE = "outlet: इंदौर दर्पण"

ORIGIN = b"{{origin}}"
RINGKOBING_OLD = "/nyheder/2020/08/27/ringkobing-ny-havn-indviet"
RINGKOBING_NEW = "/vestjysk/nyheder/2020/08/27/ringkobing-ny-havn-indviet"
BUYER_HOME = "/primorske/"

SHARED = {"/": html("home.html")}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    control(
        "control-story-quoting-casino-lures-german",
        "/wirtschaft/2023/02/08/finanzpolizei-illegale-online-casinos",
        f'title: "Finanzpolizei sperrt 40 illegale Online-Casinos" | {MUEHL} | date: 2023-02-08',
        "r55-muehlviertel-story-illegal-casinos-de.html",
        "a dated story about illegal online casinos quoting their lures ('Jetzt spielen und 200"
        " Freispiele ohne Einzahlung sichern', 'Willkommensbonus bis 500 Euro', 'Glücksspiel kann süchtig"
        " machen'): the story as cited",
    ),
    control(
        "control-story-headlined-draft-no-longer-available",
        "/news/2022/01/19/draft-local-plan-mapping-error",
        f'title: "Draft local plan no longer available online after mapping error, council admits" | {WENSUM}'
        " | date: 2022-01-19",
        "r55-wensum-story-draft-plan-unavailable-en.html",
        "a story headlined 'Draft local plan no longer available online ...' quoting the council's"
        " 'This draft is no longer available.': the story as cited",
    ),
    control(
        "control-story-about-betting-racket-hindi",
        "/apradh/2023/04/06/ipl-satta-giroh-bhandaphod",
        'title: "आईपीएल सट्टेबाजी गिरोह का भंडाफोड़, ऑनलाइन बेटिंग ऐप से चल रहा था कारोबार"'
        f" | {INDORE} | date: 2023-04-06",
        "r55-indore-story-betting-racket-hi.html",
        "a Hindi story about a cricket-betting racket quoting the app's 'अभी खेलें' and '500% वेलकम बोनस':"
        " the story as cited",
    ),
    Scenario(
        "consent-dialog-meta-refresh-to-new-address-danish",
        RINGKOBING_OLD,
        f'title: "Ringkøbing indvier ny lystbådehavn" | {VESTJYSK} | date: 2020-08-27',
        {
            RINGKOBING_OLD: html("r55-vestjylland-consent-refresh-da.html"),
            RINGKOBING_NEW: html("r55-vestjylland-story-new-domain-da.html"),
        },
        OK,
        NOT_FAIL,
        "the old address answers 200 with a Danish consent dialog ('Vi passer på dine data', 'Vestjysk"
        " Dagblad har skiftet adresse') whose 0 s meta refresh goes to the story's new address, where the"
        " story stands as cited: the story is there, moved; the report says where it is (as batch 5's 5 s"
        " refresh to a new address: a refresh is no permanent redirect, so no moved finding is asked)",
        must_not=MISMATCH,
        says=(("{o}" + RINGKOBING_NEW,),),
    ),
    # --- another page in the story's place ------------------------------------------------------------------
    gone(
        "takeover-hindi-betting-on-polish-outlet",
        "/wiadomosci/2021/03/09/wielka-krokiew-modernizacja",
        f'title: "Wielka Krokiew przejdzie modernizację przed Pucharem Świata" | {PODHALE}'
        " | date: 2021-03-09",
        "r55-podhale-hindi-betting-takeover.html",
        "the Polish outlet's domain now serves a Hindi cricket-betting lander ('क्रिकेट सट्टेबाजी ऐप', 'अभी"
        " खेलें', '500% वेलकम बोनस', 'जुआ लत लगा सकता है'): the story is gone",
    ),
    gone(
        "takeover-japanese-casino-on-ukrainian-outlet",
        "/novyny/2020/07/14/poltava-novyi-mist-vorskla",
        f'title: "У Полтаві відкрили новий міст через Ворсклу" | {POLTAVA} | date: 2020-07-14',
        "r55-poltava-japanese-casino-takeover.html",
        "the Ukrainian outlet's domain now serves a Japanese casino ranking"
        " ('オンラインカジノおすすめランキング', '入金不要ボーナス', sponsored '今すぐプレイ' links):"
        " the story is gone",
    ),
    gone(
        "takeover-german-casino-on-austrian-outlet-same-script",
        "/region/2019/10/02/freistadt-neues-hallenbad",
        f'title: "Freistadt bekommt ein neues Hallenbad" | {MUEHL} | date: 2019-10-02',
        "r55-muehlviertel-german-casino-takeover.html",
        "the Austrian paper's old domain now serves a German casino affiliate ('Online Casino"
        " Österreich 2025', 'Freispiele ohne Einzahlung', 'Jetzt spielen', 'Glücksspiel kann süchtig"
        " machen'), in the story's own language: the story is gone",
    ),
    gone(
        "cms-draft-no-longer-available-english",
        "/?p=4821&preview=true",
        f'title: "Fakenham racecourse unveils plans for new grandstand" | {WENSUM} | date: 2021-06-14',
        "r55-wensum-draft-unavailable-en.html",
        "the writer cited a CMS preview link, which now answers 200 'Preview unavailable' / 'This draft is no"
        " longer available' ('The preview link you followed has expired'): the link shows no article",
    ),
    gone(
        "cms-preview-expired-french",
        "/?p=10233&preview_id=10233&preview_nonce=9f2c1a7e4b",
        f'title: "Cahors : le pont Valentré fermé aux piétons pour travaux" | {QUERCY} | date: 2022-09-05',
        "r55-quercy-apercu-expire-fr.html",
        "the writer cited a CMS preview link, which now answers 200 'Aperçu expiré' / 'Le lien d'aperçu a"
        " expiré' ('Ce lien de prévisualisation n'est plus valide'): the link shows no article",
    ),
    gone(
        "short-link-expired-japanese",
        "/r/Xq82kP",
        f'title: "房総半島の新しい観光列車、4月に運行開始" | {BOSO} | date: 2023-01-20',
        "r55-tanshuku-link-expired-ja.html",
        "the cited short link answers 200 'リンクの有効期限切れ' / 'このリンクは有効期限が切れています'"
        " ('転送先のページへ移動できません'): the link leads to no article",
    ),
    gone(
        "short-link-expired-turkish-cited-by-date-only",
        "/b8Fz3",
        "date: 2022-11-03",
        "r55-kisali-link-expired-tr.html",
        "a short link cited by date only answers 200 under the service's own name ('kisa.li – Bağlantı"
        " kısaltma servisi') with 'Bu kısa bağlantının süresi doldu' ('artık hedef adrese yönlendirmiyor'):"
        " there is no title to mismatch, but the link leads to no article",
    ),
    Scenario(
        "parked-german-registrar",
        "/lokales/2018/05/23/friedberg-burgfest",
        f'title: "Friedberger Burgfest lockt 20.000 Besucher" | {WETTERAU} | date: 2018-05-23',
        {"/lokales/2018/05/23/friedberg-burgfest": html("r55-wetterau-parked-de.html")},
        DEAD,
        FAIL,
        "the paper's domain lapsed: '<domain> steht zum Verkauf', 'Diese Domain kann erworben werden', 'Diese"
        " Domain jetzt kaufen', 'Ähnliche Suchbegriffe', 'bei DomainParkplatz geparkt': the story is gone",
        must_not=("moved",),
        says=PARKED,
    ),
    Scenario(
        "merged-outlet-301-to-buyer-home-slovenian",
        "/novice/2019/06/18/kranj-nova-knjiznica",
        f'title: "Kranj bo dobil novo mestno knjižnico" | {GORENJSKI} | date: 2019-06-18',
        {
            "/novice/2019/06/18/kranj-nova-knjiznica": redirect(301, BUYER_HOME),
            BUYER_HOME: html("r55-primorske-home-after-merger-sl.html"),
        },
        s("soft_404"),
        FAIL,
        "the outlet merged into Primorske vesti and every old address 301s to the buyer's home page"
        " ('Primorske vesti – novice s Primorske in iz sveta', og:type website, canonical, teasers of March"
        " 2025, a banner 'Gorenjski tednik je postal del Primorskih vesti'): the story is gone; the report"
        " should say the link lands on a home page",
        must_not=("moved",),
        says=(("front page", "home page", "homepage"),),
    ),
    # --- blocked where the checker runs ---------------------------------------------------------------------
    Scenario(
        "subscription-offer-at-story-address-finnish",
        "/uutiset/2021/11/04/kuopio-satama",
        f'title: "Kuopion satamaan rakennetaan uusi matkustajalaituri" | {KALLAVESI} | date: 2021-11-04',
        {"/uutiset/2021/11/04/kuopio-satama": html("r55-kallavesi-subscription-offer-fi.html")},
        BLOCKED,
        WARN,
        "the story's address answers 200 with the paper's subscription offer ('Tilaa Kallaveden Sanomat',"
        " 'Lue Kallaveden Sanomia rajattomasti', 'Jatka lukemista valitsemalla itsellesi sopiva tilaus',"
        " three plans, 'Tilaa nyt', 'Onko sinulla jo tilaus? Kirjaudu sisään'), no headline: behind a"
        " paywall, not gone",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "spa-shell-at-every-address-korean",
        "/news/articleView.html?idxno=48213",
        f'title: "강릉 안목해변 커피축제 사흘간 열려" | {GANGNEUNG} | date: 2019-10-12',
        {"/news/articleView.html?idxno=48213": html("r55-gangneung-spa-shell-ko.html")},
        s("ok", "blocked"),
        WARN,
        "the paper rebuilt its site as a single-page app: the address answers the home page's shell"
        " ('강릉일보 - 강릉·동해·속초의 오늘', og:type website, an empty #app,"
        " '자바스크립트를 활성화해 주세요' in <noscript>): linkcheck cannot see the story, which is not"
        " the same as seeing another page",
        must_not=("title_mismatch", "moved"),
        says=(("javascript",),),
    ),
    Scenario(
        "region-unavailable-arabic",
        "/akhbar/2022/04/12/agadir-port-first-cruise-ship",
        f'title: "ميناء أكادير يستقبل أول سفينة سياحية بعد الجائحة" | {SOUS} | date: 2022-04-12',
        {"/akhbar/2022/04/12/agadir-port-first-cruise-ship": html("r55-sous-region-unavailable-ar.html")},
        BLOCKED,
        WARN,
        "'هذا المحتوى غير متاح في منطقتك' (this content is not available in your region, <h1>) / 'لا يمكن عرض"
        " هذه الصفحة في البلد الذي تتصفح منه حاليًا' under the bare site name, served 200 (not a 451): a"
        " regional block; not gone",
        cause=s("legal"),
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot55_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot55"), origin_mark=ORIGIN)


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot55_scenario(rot55_run: Run, scenario: Scenario) -> None:
    check_scenario(rot55_run, scenario)


def test_every_scenario_was_reported(rot55_run: Run) -> None:
    assert sorted(rot55_run.results) == sorted(IDS), rot55_run.stderr
