"""Held-out probe of link rot, fifty-sixth batch: betting sites on lapsed news domains in languages no
earlier batch played (Bengali, Brazilian Portuguese, Arabic), each with an odds table, an '18+' line, payment
logos named by their ``alt`` text and a bonus in a currency; a CMS preview link whose expiry is worded with a
date, a preview link that shows the site's front page, a short link's expiry worded as a sentence; paywalls
priced by the year under 'Select'/'Choose' buttons or priced in words under 'Scegli'; a whole site's move
announced on a page that refreshes to the story's new address; a newsletter sign-up answering a story's
address; a 'more than 10 years old, archived' stub with no text; a removed story whose comments remain; a
video platform's 200 'video unavailable' notice; and a municipal page sent to a national portal's search.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 56`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r56-*.html``, see its README). Outlets are invented:
Jihlavské listy (Czech), whose domain now serves a Bengali betting site; the Gazeta do Cariri (Brazilian
Portuguese), whose domain serves a Portuguese one; صوت إربد (Arabic, Jordan), whose domain serves an Arabic
one; The Bramley Herald and El Faro de A Mariña (Spanish), cited by their CMS's preview links; the short-link
service knapp.to (German); The Lowestoft Beacon and Il Gazzettino del Brenta (Italian), behind paywalls; the
Diari de l'Alt Empordà (Catalan), moved to a new address; the Dagblad van de Achterhoek (Dutch); Novohradské
noviny (Slovak); Ölands Tidning (Swedish); a video on YouTube (Indonesian notice); Notodden kommune
(Norwegian), whose pages went to a national portal.

New ground (rot55's leftovers first):

- (a) a takeover in a language no table holds, read (if at all) by the page's structure: a Bengali betting
  site ('প্রথম ডিপোজিটে ১০০% স্বাগতম বোনাস ৳১০,০০০ পর্যন্ত', a table of decimal odds, '18+', logos
  alt-named 'bKash', 'Nagad', 'Rocket', 'USDT') on a Czech outlet's domain; a Brazilian 'bets' site ('Ganhe
  até R$ 1.000 no seu primeiro depósito', odds, 'Pix', '18+ Jogue com responsabilidade') on a Brazilian
  outlet's; an Arabic one ('مكافأة ترحيبية 100% حتى 500 دولار', odds, 'Skrill', '+18') on a Jordanian
  outlet's; with a control: a dated Portuguese story on the betting law quoting the ads, '18+' and an odds
  table of three sites;
- (b) a preview link (``?p=2291&preview=1``) whose page says 'Sorry, the link you followed expired on 3 May';
  a preview link (``?p=8812&preview=true``) that now shows the site's front page (the report should say the
  writer cited a preview link); a preview link that shows the published story as cited (control); a short
  link cited by date only whose page says 'Leider ist dieser Kurzlink seit dem 12. März 2023 nicht mehr
  gültig' under the service's own name;
- (c) an English subscription offer at an undated address, plans '£79 a year', 'Select', 'Choose', 'Sign in';
  an Italian one priced in words ('Un euro per i primi tre mesi, poi sei euro al mese', 'Cinquantanove euro
  all'anno') under 'Scegli' buttons and 'Accedi';
- (d) a Catalan 'Ens hem traslladat!' page at a story's old address, whose 5 s meta refresh goes to the
  story's new address where it stands as cited: the page says the site moved for good, so the report
  should say so (a ``moved`` finding: update the link);
- a Dutch newsletter sign-up answering 200 at a story's address (earlier batches had a 302 to one); a Slovak
  'Tento článok je starší ako 10 rokov a bol archivovaný' stub with no text; a Swedish story removed
  ('Artikeln har avpublicerats') whose comments remain under its old title; a video platform's 200 'Video
  tidak tersedia' notice at a cited video's address under the bare title 'YouTube'; a Norwegian municipal
  page 301ing to a national portal's search results.

Not played again (grepped): casino and betting pages in Indonesian, Russian, Italian, Korean, Turkish,
Vietnamese, English, Thai, Hindi, Japanese and German; expired previews in English, French and German and
short links in English, Portuguese, Japanese and Turkish as whole phrases; subscription offers priced by the
month; a consent page's refresh to a new address (batch 55); a 302 to a newsletter sign-up (batches 37,
48); an English AI summary (README); English 'This article has been archived' with a subscribe button; a
story's comment thread alone (batch 54, Spanish); a video platform's 404 (batch 8) and a dead embedded
player in a live story (batch 10).

The new address of the Catalan story is a path of the one loopback server (``/altemporda/...``): a second host
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
    NOT_PASS,
    OK,
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

JIHLAVA = "outlet: Jihlavské listy"
CARIRI = "outlet: Gazeta do Cariri"
IRBID = "outlet: صوت إربد"
BRAMLEY = "outlet: The Bramley Herald"
MARINA = "outlet: El Faro de A Mariña"
LOWESTOFT = "outlet: The Lowestoft Beacon"
BRENTA = "outlet: Il Gazzettino del Brenta"
EMPORDA = "outlet: Diari de l'Alt Empordà"
ACHTERHOEK = "outlet: Dagblad van de Achterhoek"
NOVOHRAD = "outlet: Novohradské noviny"
OLAND = "outlet: Ölands Tidning"
NOTODDEN = "outlet: Notodden kommune"

ORIGIN = b"{{origin}}"
MUSEU_OLD = "/2021/05/18/figueres-museu-joguet-reobre"
MUSEU_NEW = "/altemporda/2021/05/18/figueres-museu-joguet-reobre"
PARKING = "/tjenester/parkering/beboerparkering"
PORTAL_SEARCH = "/sok?q=beboerparkering&kommune=notodden"

SHARED = {"/": html("home.html")}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    control(
        "control-story-about-betting-law-portuguese",
        "/economia/2023/01/17/nova-lei-das-apostas",
        f'title: "Nova lei das apostas: o que muda para quem joga" | {CARIRI} | date: 2023-01-17',
        "r56-cariri-story-bets-law-pt.html",
        "a dated story about the betting law quoting the sites' ads ('Ganhe até R$ 1.000 no seu primeiro"
        " depósito', 'saque rápido via Pix', '18+ Jogue com responsabilidade') over a table of three sites'"
        " odds: the story as cited",
    ),
    control(
        "control-story-at-preview-link-spanish",
        "/?p=771&preview=true",
        f'title: "Cervo reabre el paseo marítimo de San Cibrao tras dos años de obras" | {MARINA}'
        " | date: 2022-07-08",
        "r56-faro-story-at-preview-link-es.html",
        "the writer cited a CMS preview link of a story since published; the CMS shows the story as cited"
        " (its canonical the published address): the story is there",
    ),
    Scenario(
        "site-moved-notice-meta-refresh-catalan",
        MUSEU_OLD,
        f'title: "El Museu del Joguet de Figueres reobre amb una sala nova" | {EMPORDA} | date: 2021-05-18',
        {
            MUSEU_OLD: html("r56-emporda-moved-refresh-ca.html"),
            MUSEU_NEW: html("r56-emporda-story-new-domain-ca.html"),
        },
        OK,
        NOT_FAIL,
        "the old address answers 200 'Ens hem traslladat!' ('El Diari de l'Alt Empordà té una nova adreça',"
        " 'Actualitzeu les vostres adreces d'interès') and refreshes after 5 s to the story's new address,"
        " where it stands as cited: the story is there, moved for good by the site's own word; the report"
        " should say so and name the new address (a moved finding: update the link)",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + MUSEU_NEW,),),
    ),
    # --- another page in the story's place ------------------------------------------------------------------
    gone(
        "takeover-bengali-betting-on-czech-outlet",
        "/zpravy/2020/09/22/jihlava-trolejbusova-trat-stavba",
        f'title: "V Jihlavě začala stavba nové trolejbusové trati" | {JIHLAVA} | date: 2020-09-22',
        "r56-jihlava-bengali-betting-takeover.html",
        "the Czech outlet's domain now serves a Bengali betting site: a 100% welcome bonus up to ৳10,000, a"
        " table of today's matches' decimal odds, '18+', payment logos alt-named bKash, Nagad, Rocket, USDT:"
        " the story is gone",
    ),
    gone(
        "takeover-portuguese-bets-on-brazilian-outlet",
        "/cidades/2021/08/03/juazeiro-novo-hospital-regional",
        f'title: "Juazeiro do Norte ganha novo hospital regional" | {CARIRI} | date: 2021-08-03',
        "r56-cariri-portuguese-bets-takeover.html",
        "the Brazilian outlet's domain now serves a betting site ('Ganhe até R$ 1.000 no seu primeiro"
        " depósito', odds for three matches, logos Pix, Visa, Mastercard, '18+ Jogue com responsabilidade'):"
        " the story is gone",
    ),
    gone(
        "takeover-arabic-betting-on-jordanian-outlet",
        "/mahaliyat/2019/11/26/irbid-new-bus-station",
        f'title: "افتتاح مجمع الحافلات الجديد في إربد" | {IRBID} | date: 2019-11-26',
        "r56-irbid-arabic-betting-takeover.html",
        "the Jordanian outlet's domain now serves an Arabic betting site ('مكافأة ترحيبية 100% حتى 500"
        " دولار', odds for three matches, logos Visa, Skrill, Neteller, USDT, '+18 العب بمسؤولية'): the"
        " story is gone",
    ),
    gone(
        "preview-link-expired-on-a-date-english",
        "/?p=2291&preview=1",
        f'title: "Bramley bypass opens six months late" | {BRAMLEY} | date: 2022-04-28',
        "r56-bramley-preview-link-expired-en.html",
        "the writer cited a CMS preview link, which now answers 200 under the bare site name 'Sorry, the link"
        " you followed expired on 3 May' ('Preview links stay valid for seven days'): the link shows no"
        " article",
    ),
    Scenario(
        "preview-link-shows-front-page-spanish",
        "/?p=8812&preview=true",
        f'title: "Viveiro licita la reforma del mercado municipal" | {MARINA} | date: 2022-10-11',
        {"/?p=8812&preview=true": html("r56-faro-home-at-preview-link-es.html")},
        s("soft_404"),
        FAIL,
        "the writer cited a CMS preview link of a draft; it now shows the site's front page (og:type website,"
        " canonical '/', teasers of April 2023): the link shows no article, and the report should say the"
        " cited address is a preview link (the writer should cite the published one)",
        must_not=("moved",),
        # the report's line holds the cited address, '?p=8812&preview=true': a bare "preview" is always there
        says=(("preview link", "preview address", "a preview"),),
    ),
    gone(
        "short-link-invalid-sentence-german-cited-by-date-only",
        "/x7Kq2",
        "date: 2022-12-02",
        "r56-knapp-short-link-invalid-de.html",
        "a short link cited by date only answers 200 under the service's own name ('knapp.to – Links kürzen,"
        " kostenlos') with 'Leider ist dieser Kurzlink seit dem 12. März 2023 nicht mehr gültig' ('Wir"
        " können Sie nicht zur Zieladresse weiterleiten'): no title to mismatch, but no article either",
    ),
    gone(
        "newsletter-signup-at-story-address-dutch",
        "/nieuws/2020/02/11/doetinchem-nieuw-zwembad",
        f'title: "Doetinchem krijgt nieuw zwembad in 2022" | {ACHTERHOEK} | date: 2020-02-11',
        "r56-achterhoek-newsletter-at-story-nl.html",
        "the story's address answers 200 (no redirect) with the paper's newsletter sign-up ('Nieuwsbrief |"
        " Dagblad van de Achterhoek', 'Schrijf je in voor onze nieuwsbrief', an e-mail field, 'Aanmelden'):"
        " the story is gone",
    ),
    gone(
        "story-removed-comments-left-swedish",
        "/nyheter/2019/03/02/vindkraftverk-lange-erik",
        f'title: "Nytt vindkraftverk planeras vid Långe Erik" | {OLAND} | date: 2019-03-02',
        "r56-oland-story-removed-comments-left-sv.html",
        "the page keeps the story's title, but where the story was it says 'Artikeln har avpublicerats och"
        " finns inte längre tillgänglig'; only four readers' comments of March 2019 remain: the story is"
        " gone",
    ),
    gone(
        "video-removed-platform-notice-indonesian",
        "/watch?v=Qk3vX9pLm2E",
        'title: "Banjir bandang Garut: rekaman warga dari Tarogong" | outlet: YouTube | date: 2016-09-21',
        "r56-youtube-video-removed-id.html",
        "the cited video's page answers 200 under the bare title 'YouTube' with 'Video tidak tersedia' /"
        " 'Video ini tidak tersedia lagi karena akun YouTube yang terkait dengan video ini telah"
        " dihentikan' and other videos: the video is gone",
    ),
    Scenario(
        "municipal-page-301-to-national-portal-search-norwegian",
        PARKING,
        f'title: "Beboerparkering i Notodden sentrum" | {NOTODDEN} | date: 2021-06-01',
        {PARKING: redirect(301, PORTAL_SEARCH), PORTAL_SEARCH: html("r56-norge-portal-search-no.html")},
        DEAD,
        FAIL,
        "the municipality's page 301s to a national portal's search results ('Søkeresultater for"
        " «beboerparkering»', 14 hits, none Notodden's): the cited page is gone; a search is no new address"
        " of it, and the report should say the link lands on a search",
        must_not=("moved",),
        says=(("search", "søk"),),
    ),
    Scenario(
        "archived-stub-no-text-slovak",
        "/spravy/2011/04/19/lucenec-synagoga-oprava",
        f'title: "Lučenská synagóga sa dočká opravy" | {NOVOHRAD} | date: 2011-04-19',
        {"/spravy/2011/04/19/lucenec-synagoga-oprava": html("r56-novohrad-archived-stub-sk.html")},
        s("soft_404", "blocked"),
        NOT_PASS,
        "'Archivovaný článok' / 'Tento článok je starší ako 10 rokov a bol archivovaný' / 'Archivované články"
        " už nie sú na našom webe dostupné', no headline, no text: the story is not there (gone, or at best"
        " behind an archive the page does not offer); never a mere mismatch",
        must_not=("moved",),
    ),
    # --- blocked where the checker runs ---------------------------------------------------------------------
    Scenario(
        "subscription-offer-by-year-select-english",
        "/news/harbour-wall-repairs-begin",
        f'title: "Harbour wall repairs begin after winter storms" | {LOWESTOFT} | date: 2022-03-07',
        {"/news/harbour-wall-repairs-begin": html("r56-lowestoft-yearly-offer-en.html")},
        BLOCKED,
        WARN,
        "an undated story's address answers 200 with a subscription offer ('Keep reading The Lowestoft"
        " Beacon', '£79 a year', '£199 a year', '£39 a year', buttons 'Select' and 'Choose', 'Already a"
        " subscriber? Sign in'), no headline: behind a paywall, not gone",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "subscription-offer-priced-in-words-italian",
        "/cronaca/ponte-vecchio-riapre",
        f'title: "Bassano, il Ponte Vecchio riapre dopo il restauro" | {BRENTA} | date: 2022-10-09',
        {"/cronaca/ponte-vecchio-riapre": html("r56-brenta-offer-in-words-it.html")},
        BLOCKED,
        WARN,
        "an undated story's address answers 200 under the bare site name with 'Continua a leggere con un"
        " abbonamento', plans priced in words ('Un euro per i primi tre mesi, poi sei euro al mese',"
        " 'Cinquantanove euro all'anno'), 'Scegli' buttons and 'Sei già abbonato? Accedi': behind a paywall,"
        " not gone",
        must_not=(*MISMATCH, "moved"),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot56_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot56"), origin_mark=ORIGIN)


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot56_scenario(rot56_run: Run, scenario: Scenario) -> None:
    check_scenario(rot56_run, scenario)


def test_every_scenario_was_reported(rot56_run: Run) -> None:
    assert sorted(rot56_run.results) == sorted(IDS), rot56_run.stderr
