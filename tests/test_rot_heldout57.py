"""Held-out probe of link rot, fifty-seventh batch: casino takeovers on lapsed news domains in languages no
earlier batch played (Khmer, Georgian, Swahili) and with no odds table, read (if at all) from the page's
shape; a dated story about gambling and a dated sports page printing a match's odds as controls; a story
replaced by its outlet's AI-written summary (German); a 'more than 10 years old, archived' stub (Hungarian);
a removed story whose comments remain, in a page with no ``<article>`` element (Portuguese); two video
platforms' 200 'video removed' notices (Dailymotion in French, Vimeo in Portuguese); a municipal page sent to
a national portal's search (Finnish); a log-in wall naming no price (Romanian); a parked domain's 'buy this
domain' lander (Icelandic); a cited PDF's address answering an HTML 'this document was withdrawn' (Dutch); a
consent wall alone (Serbian, Cyrillic); and a site-moved notice that refreshes to the story's new address
(Danish, rot56's leftover).

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 57`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r57-*.html``, see its README). Outlets are invented: Suara
Kuantan (Malay), whose domain now serves a Khmer casino; Pärnu Päevaleht (Estonian), whose domain serves a
Georgian casino; Sauti ya Pwani (Swahili, Kenya), one of whose story addresses serves a Swahili crash-game
site, and one of whose stories is about gambling; Αθλητική Ηχώ Πάτρας (Greek), a sports page with odds; the
Wümme-Anzeiger (German); Zalai Hírmondó (Hungarian); the Jornal do Alto Minho (European Portuguese);
Kuhmon kaupunki (Finnish); the Gazeta de Bistrița (Romanian); Austurfrétt (Icelandic); Gemeente Zeewolde
(Dutch); Шумадијски гласник (Serbian); Limfjordsposten (Danish); and videos on Dailymotion and Vimeo.

New ground (rot56's leftovers first):

- takeovers whose words no table is likely to hold and which print no odds: a Khmer casino (a grid of game
  tiles linking to ``/game/...``, provider and payment logos named by ``alt``, '18+', 'ចុះឈ្មោះ' at
  ``/register``); a Georgian casino (tiles, a jackpot in ₾, TBC Bank and Visa logos, '18+', 'რეგისტრაცია' at
  ``/ka/registration``); a Swahili crash-game site (Aviator, JetX tiles, M-Pesa and Airtel Money logos, '18+',
  'Jisajili'); with controls: a dated Swahili story on young people's gambling quoting the same ads, '18+',
  and a grid of six related stories' pictures; a dated Greek match preview printing an odds table, a
  bookmaker's logo, 'Εγγραφή' and '18+';
- a story replaced by the outlet's AI-written summary of the same subject, dated 2024 ('Diese Zusammenfassung
  wurde mithilfe künstlicher Intelligenz (KI) ... erstellt'); a Hungarian 'Ez a cikk több mint 10 éves,
  ezért archiváltuk' stub; a Portuguese page keeping the story's headline over 'Este artigo foi removido
  ...' and five comments, with no ``<article>`` element (rot56's rule read the Swedish one by its
  ``<article>``);
- a video platform's 200 notice, twice: Dailymotion 'Cette vidéo n'est pas disponible.' / 'supprimée par son
  propriétaire', Vimeo 'Desculpe, este vídeo não está disponível.' / 'removido pelo seu proprietário', each
  under the bare platform name;
- a Finnish municipal page 301ing to a national portal's search results ('Hakutulokset: jätehuolto');
- a Romanian log-in wall with no price ('Autentifică-te pentru a continua lectura', e-mail and password
  fields, 'Creează un cont');
- an Icelandic domain lander ('Þetta lén er til sölu!', 'Kaupa lénið', 'Gera tilboð', a price);
- a cited PDF's address answering 200 with an HTML page 'Dit document is ingetrokken';
- a Serbian consent dialog alone ('Ценимо вашу приватност', 'Прихвати све', 'Одбиј све');
- a Danish 'Vi har skiftet adresse' page whose 5 s refresh goes to the story's new address (rot56's Left: a
  moved notice in a language its phrases do not hold).

Not played again (grepped): casino and betting pages in Indonesian, Russian, Italian, Korean, Turkish,
Vietnamese, English, Thai, Hindi, Japanese, German, Bengali, Brazilian Portuguese and Arabic; an English AI
summary card (batch 52); the Slovak archived stub and the Swedish removed story in an ``<article>`` (batch
56); YouTube's Indonesian notice (batch 56) and Vimeo's 404 (batch 10); the Norwegian portal search
(batch 56); sign-in forms in Kazakh and Ukrainian (batch 52); parking in some thirty languages, not
Icelandic; consent walls in a dozen languages, not Serbian; a council's 'Document not found' at a PDF's
address (batch 11); the Catalan moved refresh (batch 56).

The new address of the Danish story is a path of the one loopback server (``/limfjord/...``): a second host
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

KUANTAN = "outlet: Suara Kuantan"
PARNU = "outlet: Pärnu Päevaleht"
PWANI = "outlet: Sauti ya Pwani"
PATRA = "outlet: Αθλητική Ηχώ Πάτρας"
WUEMME = "outlet: Wümme-Anzeiger"
ZALA = "outlet: Zalai Hírmondó"
ALTO_MINHO = "outlet: Jornal do Alto Minho"
KUHMO = "outlet: Kuhmon kaupunki"
BISTRITA = "outlet: Gazeta de Bistrița"
AUSTUR = "outlet: Austurfrétt"
ZEEWOLDE = "outlet: Gemeente Zeewolde"
SUMADIJA = "outlet: Шумадијски гласник"
LIMFJORD = "outlet: Limfjordsposten"

ORIGIN = b"{{origin}}"
HAVN_OLD = "/nyheder/2020/09/14/skive-havn-ny-kaj"
HAVN_NEW = "/limfjord/2020/09/14/skive-havn-ny-kaj"
WASTE = "/palvelut/asuminen/jatehuolto"
PORTAL_SEARCH = "/haku?q=jatehuolto"
PLAN_PDF = "/media/documenten/2021/bestemmingsplan-centrum-2021.pdf"

SHARED = {"/": html("home.html")}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    control(
        "control-story-about-gambling-swahili",
        "/habari/2022/08/19/vijana-kamari-ya-simu",
        f'title: "Vijana wa Mombasa wanaswa na kamari ya simu" | {PWANI} | date: 2022-08-19',
        "r57-pwani-story-gambling-addiction-sw.html",
        "a dated story about young people's gambling quoting the ads ('Bonasi ya kukaribisha 100% hadi KSh"
        " 10,000', 'Cheza Aviator sasa', '18+'), naming M-Pesa, Aviator and JetX, with a grid of six related"
        " stories' pictures and 'Ingia'/'Jisajili' in its menu: the story as cited",
    ),
    control(
        "control-sports-preview-with-odds-greek",
        "/podosfairo/2023/02/10/panachaiki-kalamata-ntermpi",
        f'title: "Παναχαϊκή – Καλαμάτα: Ντέρμπι κορυφής στην Αγυιά" | {PATRA} | date: 2023-02-10',
        "r57-patra-sports-preview-odds-el.html",
        "a dated match preview printing the match's odds (a table of nine decimal odds), a bookmaker's logo,"
        " a sponsored 'Εγγραφή' link and '18+ | Παίξε υπεύθυνα': the story as cited",
    ),
    Scenario(
        "site-moved-notice-meta-refresh-danish",
        HAVN_OLD,
        f'title: "Skive Havn får ny kaj til 60 millioner" | {LIMFJORD} | date: 2020-09-14',
        {
            HAVN_OLD: html("r57-limfjord-moved-refresh-da.html"),
            HAVN_NEW: html("r57-limfjord-story-new-address-da.html"),
        },
        OK,
        NOT_FAIL,
        "the old address answers 200 'Vi har skiftet adresse' ('Limfjordsposten har fået en ny hjemmeside',"
        " 'Husk at opdatere dine bogmærker') and refreshes after 5 s to the story's new address, where it"
        " stands as cited: the story is there, moved for good by the site's own word; the report should say"
        " so and name the new address (a moved finding: update the link)",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + HAVN_NEW,),),
    ),
    # --- another page in the story's place ------------------------------------------------------------------
    gone(
        "takeover-khmer-casino-on-malay-outlet",
        "/berita/2019/07/02/kuantan-jeti-baharu-tanjung-lumpur",
        f'title: "Jeti baharu Tanjung Lumpur siap hujung tahun" | {KUANTAN} | date: 2019-07-02',
        "r57-kuantan-khmer-casino-takeover.html",
        "the Malay outlet's domain now serves a Khmer casino: a grid of ten game tiles linking to /game/...,"
        " a welcome bonus of 100% up to $500, provider logos, payment logos alt-named ABA Bank, Wing, ACLEDA,"
        " USDT, '18+', 'ចុះឈ្មោះ' at /register; no odds: the story is gone",
    ),
    gone(
        "takeover-georgian-casino-on-estonian-outlet",
        "/uudised/2020/05/11/parnu-rannahoone-renoveerimine",
        f'title: "Pärnu rannahoone renoveerimine algab sügisel" | {PARNU} | date: 2020-05-11',
        "r57-parnu-georgian-casino-takeover.html",
        "the Estonian outlet's domain now serves a Georgian casino: eight game tiles, a jackpot in ₾, a"
        " welcome bonus up to 500 ₾ and 200 free spins, TBC Bank, Bank of Georgia, Visa and Mastercard logos,"
        " '18+', 'რეგისტრაცია' at /ka/registration; no odds: the story is gone",
    ),
    gone(
        "takeover-swahili-crash-games-on-kenyan-outlet",
        "/habari/2018/03/06/likoni-feri-mpya",
        f'title: "Feri mpya yawasili Likoni" | {PWANI} | date: 2018-03-06',
        "r57-pwani-swahili-crash-game-takeover.html",
        "the story's address (the outlet's old domain) serves a Swahili crash-game site: tiles for Aviator,"
        " JetX, Spaceman, Plinko ..., 'Bonasi ya kukaribisha 100% hadi KSh 10,000', M-Pesa, Airtel Money and"
        " Equitel logos, '18+', 'Jisajili' at /jisajili; no odds: the story is gone",
    ),
    gone(
        "ai-summary-in-story-place-german",
        "/lokales/2019/10/08/stadtbibliothek-zieht-ins-alte-kaufhaus",
        f'title: "Stadtbibliothek Rotenburg zieht ins alte Kaufhaus" | {WUEMME} | date: 2019-10-08',
        "r57-wuemme-ai-summary-de.html",
        "the story's address answers 200 with a summary dated 2024 ('Stadtbibliothek Rotenburg: Das"
        " Wichtigste in Kürze', 'Diese Zusammenfassung wurde mithilfe künstlicher Intelligenz (KI) aus"
        " unserem Archiv erstellt', three bullet points, 'Die ursprünglichen Artikel ... sind nicht mehr"
        " verfügbar'): the story is gone; a machine's summary of the subject is not it",
    ),
    Scenario(
        "archived-stub-no-text-hungarian",
        "/hirek/2012/11/23/keszthely-balaton-mozi-felujitas",
        f'title: "Felújítják a keszthelyi Balaton mozit" | {ZALA} | date: 2012-11-23',
        {"/hirek/2012/11/23/keszthely-balaton-mozi-felujitas": html("r57-zala-archived-stub-hu.html")},
        s("soft_404", "blocked"),
        NOT_PASS,
        "'Archivált cikk' / 'Ez a cikk több mint 10 éves, ezért archiváltuk.' / 'Az archivált cikkek már nem"
        " érhetők el a honlapunkon', no headline, no text: the story is not there; never a mere mismatch",
        must_not=("moved",),
    ),
    gone(
        "story-removed-comments-left-no-article-element-portuguese",
        "/regiao/2019/04/14/ponte-de-lima-ecovia-arcozelo",
        f'title: "Ponte de Lima inaugura ecovia até Arcozelo" | {ALTO_MINHO} | date: 2019-04-14',
        "r57-altominho-story-removed-comments-pt.html",
        "the page keeps the story's headline, but its text is 'Este artigo foi removido a pedido de uma das"
        " pessoas nele referidas e já não está disponível'; five readers' comments of April 2019 remain (no"
        " <article> element): the story is gone",
    ),
    gone(
        "video-removed-platform-notice-dailymotion-french",
        "/video/x7tq2ab",
        'title: "Crue de la Garonne à Marmande : les images" | outlet: Dailymotion | date: 2021-02-04',
        "r57-dailymotion-video-removed-fr.html",
        "the cited video's page answers 200 under the bare title 'Dailymotion' with 'Cette vidéo n'est pas"
        " disponible.' / 'Cette vidéo a été supprimée par son propriétaire.' and recommended videos: the"
        " video is gone",
    ),
    gone(
        "video-removed-platform-notice-vimeo-portuguese",
        "/483920117",
        'title: "Curtas Vila do Conde 2020 – trailer oficial" | outlet: Vimeo | date: 2020-07-10',
        "r57-vimeo-video-removed-pt.html",
        "the cited video's page answers 200 under the bare title 'Vimeo' with 'Desculpe, este vídeo não está"
        " disponível.' / 'Este vídeo foi removido pelo seu proprietário.': the video is gone",
    ),
    Scenario(
        "municipal-page-301-to-national-portal-search-finnish",
        WASTE,
        f'title: "Jätehuolto ja lajittelu Kuhmossa" | {KUHMO} | date: 2021-03-15',
        {WASTE: redirect(301, PORTAL_SEARCH), PORTAL_SEARCH: html("r57-suomi-portal-search-fi.html")},
        DEAD,
        FAIL,
        "the town's page 301s to a national portal's search results ('Hakutulokset: jätehuolto', 23 hits,"
        " none Kuhmo's): the cited page is gone; a search is no new address of it, and the report should say"
        " the link lands on a search",
        must_not=("moved",),
        says=(("search", "haku"),),
    ),
    Scenario(
        "parked-domain-lander-icelandic",
        "/frettir/2018/06/14/seydisfjordur-ferja-ny-bryggja",
        f'title: "Ný ferjubryggja tekin í notkun á Seyðisfirði" | {AUSTUR} | date: 2018-06-14',
        {"/frettir/2018/06/14/seydisfjordur-ferja-ny-bryggja": html("r57-austurfrett-parked-is.html")},
        DEAD,
        FAIL,
        "the outlet's domain now serves a domain seller's lander ('austurfrett.is er til sölu', 'Þetta lén er"
        " til sölu!', 'Kaupa lénið', 'Gera tilboð', a price in €): the domain lapsed, the story is gone, and"
        " the report should say the domain is for sale or parked",
        must_not=("moved",),
        says=PARKED,
    ),
    gone(
        "cited-pdf-now-html-withdrawn-notice-dutch",
        PLAN_PDF,
        f'title: "Bestemmingsplan Centrum 2021" | {ZEEWOLDE} | date: 2021-06-24',
        "r57-zeewolde-document-withdrawn-nl.html",
        "the cited PDF's address answers 200 with an HTML page under the bare site name: 'Dit document is"
        " ingetrokken' / 'is door de gemeente ingetrokken en niet langer beschikbaar': the document is gone",
    ),
    # --- blocked where the checker runs ---------------------------------------------------------------------
    Scenario(
        "login-wall-no-price-romanian",
        "/administratie/2021/11/02/bistrita-buget-participativ",
        f'title: "Bistrița lansează primul buget participativ" | {BISTRITA} | date: 2021-11-02',
        {"/administratie/2021/11/02/bistrita-buget-participativ": html("r57-bistrita-login-wall-ro.html")},
        BLOCKED,
        WARN,
        "the story's address answers 200 under the bare site name with 'Autentifică-te pentru a continua"
        " lectura' / 'Acest articol este disponibil doar pentru cititorii autentificați', an e-mail and"
        " password form and 'Creează un cont'; no price, no headline: behind a log-in, not gone",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "consent-wall-only-serbian-cyrillic",
        "/vesti/2022/04/27/kragujevac-nova-autobuska-stanica",
        f'title: "Крагујевац добија нову аутобуску станицу" | {SUMADIJA} | date: 2022-04-27',
        {"/vesti/2022/04/27/kragujevac-nova-autobuska-stanica": html("r57-sumadija-consent-wall-sr.html")},
        BLOCKED,
        WARN,
        "only a consent manager's dialog ('Ценимо вашу приватност' in an <h2>, 'Прихвати све', 'Одбиј све',"
        " 'Подешавања') under the bare site name, served 200: a consent wall in front of the story, not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot57_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot57"), origin_mark=ORIGIN)


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot57_scenario(rot57_run: Run, scenario: Scenario) -> None:
    check_scenario(rot57_run, scenario)


def test_every_scenario_was_reported(rot57_run: Run) -> None:
    assert sorted(rot57_run.results) == sorted(IDS), rot57_run.stderr
