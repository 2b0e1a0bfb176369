"""Held-out probe of link rot, fifty-eighth batch: rot57's leftovers, where general (a removal notice under a
kept headline in an ``<h2>``, no ``<h1>``, with related links after it, Spanish; a consent wall in Albanian
and a sign-in wall in Azerbaijani, each a bare dialog, ``role="dialog"`` and ``aria-modal``, with two or three
buttons and little other text; a story under a newsletter pop-up and a story beside a cookie banner as
controls; an AI summary headlined with no summary word, Spanish; a casino whose tiles name their games only in
text, Tagalog, with a dated Tagalog story naming the same games as control), and six shapes of rot the batches
lacked: a Greek 'not available in your region' page served 200; a Czech municipal page 'under reconstruction'
since months ago; a Lithuanian outlet merged into another whose story address now shows, with no redirect, the
new outlet's home page; an Italian story retracted with a notice and its text kept; a Dutch forum thread
locked and emptied by a moderator (and, as control, a locked thread whose posts remain); a cited tweet's
address on a mirror that now asks for a log-in (Japanese); and a Spanish story headlined in an ``<h2>`` whose
first line says a book 'ha sido retirado', as control for the ``<h2>`` notice.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 58`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r58-*.html``, see its README). Outlets are invented: La Voz
del Bierzo (Spanish); Zëri i Korçës (Albanian); Gəncə Xəbər (Azerbaijani); Diario das Rías (Spanish, Vigo);
Balitang Batangas (Tagalog), whose old domain now serves a casino; Ηράκλειο Σήμερα (Greek); Město Žďár nad
Sázavou (Czech, a town's site); Šiaulių žinios (Lithuanian), merged into Šiaurės kraštas; La Gazzetta del
Sannio (Italian); Zeeuws Visforum (Dutch, a forum); and a tweet of the port of Hakodate read on a mirror,
'twview'.

Not played again (grepped): removal notices in an ``<h1>``, a ``<div>`` or inside an ``<article>`` (batches
17-57), the Hungarian ``<h2>`` notice with no headline kept; consent walls in a dozen languages read by their
titles' words, not Albanian; sign-in walls in English, German, Dutch, Russian, Kazakh, Ukrainian, Swedish and
Romanian, not Azerbaijani; a newsletter modal over an English story (batch 25); the AI summary card (English,
batch 52) and the German 'Das Wichtigste in Kürze' (batch 57); casino tiles named by ``alt`` (batch 57);
geoblocks in fourteen languages, not Greek; maintenance pages in seventeen, not Czech, none saying how
long; a merged outlet's 301 to the buyer's home (Slovenian, batch 55), never its home served at the story's
address; a retraction replacing the text ('RETRACTED:', batch 5), never one above the kept text; forum posts
deleted (batches 7, 11, 17), never a thread locked and emptied; no tweet or tweet mirror at all.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.test_rot_heldout import (
    BLOCKED,
    MISMATCH,
    NOT_PASS,
    OK,
    Run,
    Scenario,
    _param,
    check_scenario,
    control,
    gone,
    html,
    play,
    s,
)

pytestmark = pytest.mark.e2e

BIERZO = "outlet: La Voz del Bierzo"
KORCA = "outlet: Zëri i Korçës"
GANJA = "outlet: Gəncə Xəbər"
RIAS = "outlet: Diario das Rías"
BATANGAS = "outlet: Balitang Batangas"
IRAKLEIO = "outlet: Ηράκλειο Σήμερα"
ZDAR = "outlet: Město Žďár nad Sázavou"
SIAULIAI = "outlet: Šiaulių žinios"
SANNIO = "outlet: La Gazzetta del Sannio"
FORUM = "outlet: Zeeuws Visforum"

#: the site or its page out of service for now (maintenance): never a mismatch
DOWN_NOW = s("error", "blocked", "soft_404")

SHARED = {"/": html("home.html")}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    control(
        "control-story-under-newsletter-popup-albanian",
        "/lajme/2021/09/03/korca-tregu-i-fermereve",
        f'title: "Korça hap tregun e ri të fermerëve në lagjen 18" | {KORCA} | date: 2021-09-03',
        "r58-korca-story-newsletter-popup-sq.html",
        "the whole story in an <article> under its <h1>, and a newsletter pop-up (role=dialog, aria-modal,"
        " 'Abonohu në buletinin tonë', an e-mail field, 'Abonohu', 'Jo, faleminderit'): the story as cited",
    ),
    control(
        "control-story-beside-cookie-banner-azerbaijani",
        "/medeniyyet/2022/03/27/dram-teatri-temirden-sonra",
        f'title: "Gəncə Dövlət Dram Teatrı təmirdən sonra açıldı" | {GANJA} | date: 2022-03-27',
        "r58-ganja-story-cookie-banner-az.html",
        "the whole story, and a cookie bar (role=dialog, 'Bu sayt ... kukilərdən istifadə edir', three"
        " buttons) beside it: the story as cited",
    ),
    control(
        "control-story-about-online-casinos-tagalog",
        "/balita/2023/03/14/pagcor-ipinasara-online-casino",
        'title: "PAGCOR, ipinasara ang 30 ilegal na online casino sa Batangas"'
        f" | {BATANGAS} | date: 2023-03-14",
        "r58-batangas-story-online-casino-crackdown-tl.html",
        "a dated story on illegal online casinos naming Sweet Bonanza, Gates of Olympus, Aviator and"
        " Crazy Time, GCash and Maya, quoting '18+' and '200% welcome bonus', with 'Mag-login' in its menu"
        " and three related stories' pictures: the story as cited",
    ),
    control(
        "control-story-h2-headline-first-line-says-withdrawn-spanish",
        "/ponferrada/2021/02/09/bibliotecas-retiran-libro-texto",
        'title: "Las bibliotecas de Ponferrada retiran un libro de texto con errores sobre el Bierzo"'
        f" | {BIERZO} | date: 2021-02-09",
        "r58-bierzo-story-h2-book-withdrawn-es.html",
        "a story headlined in an <h2> (no <h1>) whose first line is 'Este libro ha sido retirado de las"
        " bibliotecas municipales y ya no está disponible para préstamo' and whose four paragraphs follow:"
        " the story as cited; a book withdrawn is not the article withdrawn",
    ),
    control(
        "control-forum-thread-locked-posts-kept-dutch",
        "/topic/8840-nieuwe-regels-palingvisserij-oosterschelde-2021",
        f'title: "Nieuwe regels palingvisserij Oosterschelde 2021" | {FORUM} | date: 2021-03-08',
        "r58-zeeuws-forum-thread-locked-kept-nl.html",
        "a forum thread 'Dit onderwerp is gesloten' (locked) whose five posts of March 2021 remain: the"
        " thread as cited; locked is not removed",
    ),
    Scenario(
        "retracted-notice-text-kept-italian",
        "/cronaca/2020/02/11/benevento-appalti-asl-indagato-direttore",
        'title: "Benevento, appalti pilotati all\'Asl: indagato il direttore amministrativo"'
        f" | {SANNIO} | date: 2020-02-11",
        {
            "/cronaca/2020/02/11/benevento-appalti-asl-indagato-direttore": html(
                "r58-sannio-retracted-text-kept-it.html"
            )
        },
        OK,
        NOT_PASS,
        "the story stands under its headline with its text, but an editor's note above it says 'Questo"
        " articolo è stato ritirato. Le informazioni che riportava si sono rivelate infondate' (kept 'per"
        " trasparenza'): the page is there, but its outlet withdrew what the citation relies on; it must not"
        " pass, and the report should say it was retracted",
        must_not=(*MISMATCH, "moved"),
        says=(("retract", "withdrawn", "ritirat"),),
    ),
    # --- another page in the story's place ------------------------------------------------------------------
    gone(
        "removed-notice-under-h2-headline-spanish",
        "/ponferrada/2020/05/19/carril-bici-avenida-espana",
        'title: "Ponferrada aprueba el nuevo carril bici de la avenida de España"'
        f" | {BIERZO} | date: 2020-05-19",
        "r58-bierzo-removed-notice-h2-es.html",
        "the page keeps the story's headline in an <h2> (no <h1>) over 'Este artículo ha sido retirado por"
        " decisión de la dirección de este periódico y ya no está disponible', then four related stories'"
        " links and the footer: the story is gone",
    ),
    gone(
        "ai-summary-headline-no-summary-word-spanish",
        "/vigo/2019/02/14/bouzas-muelle-transbordadores",
        f'title: "Bouzas tendrá un muelle de transbordadores en 2020" | {RIAS} | date: 2019-02-14',
        "r58-rias-ai-summary-no-summary-word-es.html",
        "the story's address answers 200 with a NewsArticle dated 2024, 'Qué sabemos del muelle de"
        " transbordadores de Bouzas' (no word of summary in the headline), three bullet points and 'Este"
        " texto ha sido generado con ayuda de inteligencia artificial a partir de noticias de nuestro archivo"
        " ... Las noticias originales ya no están disponibles': the story is gone; a machine's digest is not"
        " it",
    ),
    gone(
        "casino-tiles-named-in-text-only-tagalog",
        "/balita/2018/11/20/lipa-bagong-palengke",
        f'title: "Bagong palengke ng Lipa, bubuksan sa Disyembre" | {BATANGAS} | date: 2018-11-20',
        "r58-batangas-casino-tiles-text-only-tl.html",
        "the outlet's old domain serves a Tagalog casino: eight game tiles whose pictures have no alt and"
        " whose names are text (Sweet Bonanza, Gates of Olympus, Aviator, Crazy Time ...), '200% Welcome"
        " Bonus hanggang ₱20,000', 'GCash · Maya · GrabPay · USDT' in text, '18+', 'Mag-register' at"
        " /register: the story is gone",
    ),
    gone(
        "merged-outlet-home-page-at-story-address-lithuanian",
        "/naujienos/2019/11/05/siauliuose-naujas-baseinas",
        f'title: "Šiauliuose atidarytas naujas baseinas" | {SIAULIAI} | date: 2019-11-05',
        "r58-siaures-home-after-merger-lt.html",
        "the story's address answers 200, with no redirect, the new outlet's home page ('Šiaurės kraštas –"
        " Šiaurės Lietuvos naujienos', og:type website, canonical to its root, a banner '„Šiaulių žinios“ nuo"
        " 2023 metų tapo „Šiaurės krašto“ dalimi', eight teasers of March 2025): the story is gone",
    ),
    gone(
        "forum-thread-locked-and-emptied-dutch",
        "/topic/8841-nieuwe-regels-palingvisserij-oosterschelde-2021",
        f'title: "Nieuwe regels palingvisserij Oosterschelde 2021" | {FORUM} | date: 2021-03-08',
        "r58-zeeuws-forum-thread-locked-emptied-nl.html",
        "the cited thread keeps its title, but 'Dit onderwerp is gesloten' / 'De inhoud van dit onderwerp is"
        " verwijderd door een moderator' / '0 berichten', no post: the thread the citation relies on is gone",
    ),
    # --- blocked or down where the checker runs -------------------------------------------------------------
    Scenario(
        "consent-dialog-shape-albanian",
        "/lajme/2020/06/22/korca-pedonalja-e-re",
        f'title: "Korça përfundon pedonalen e re të Bulevardit Shën Gjergji" | {KORCA} | date: 2020-06-22',
        {"/lajme/2020/06/22/korca-pedonalja-e-re": html("r58-korca-consent-dialog-sq.html")},
        BLOCKED,
        s("warn"),
        "only a consent dialog (role=dialog, aria-modal, 'Privatësia juaj ka rëndësi për ne', 'Pranoj të"
        " gjitha', 'Refuzoj', 'Më shumë opsione') under the bare site name, served 200: a consent wall in"
        " front of the story, not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
    Scenario(
        "signin-dialog-shape-azerbaijani",
        "/iqtisadiyyat/2021/10/05/gence-senaye-parki",
        f'title: "Gəncə sənaye parkında yeni zavod istifadəyə verildi" | {GANJA} | date: 2021-10-05',
        {"/iqtisadiyyat/2021/10/05/gence-senaye-parki": html("r58-ganja-signin-dialog-az.html")},
        BLOCKED,
        s("warn"),
        "only a dialog (role=dialog, aria-modal) 'Oxumağa davam etmək üçün hesabınıza daxil olun' / 'Bu"
        " məqalə yalnız qeydiyyatdan keçmiş oxucular üçün açıqdır' with two buttons, 'Daxil ol' (to"
        " /hesab/giris) and 'Qeydiyyatdan keç', under the bare site name: behind a sign-in, not gone",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "region-unavailable-greek-200",
        "/eidiseis/2022/07/19/irakleio-neo-limani-krouazieroploion",
        f'title: "Νέος σταθμός κρουαζιερόπλοιων στο λιμάνι του Ηρακλείου" | {IRAKLEIO} | date: 2022-07-19',
        {
            "/eidiseis/2022/07/19/irakleio-neo-limani-krouazieroploion": html(
                "r58-irakleio-region-unavailable-el.html"
            )
        },
        BLOCKED,
        s("warn"),
        "'Αυτό το περιεχόμενο δεν είναι διαθέσιμο στην περιοχή σας' (not available in your region, <h1>) /"
        " 'διαθέσιμο μόνο σε επισκέπτες από την Ελλάδα και την Κύπρο' under the bare site name, served 200: a"
        " regional block where the checker runs; not gone, and the report should say so",
        must_not=MISMATCH,
        says=(("region", "country"),),
    ),
    Scenario(
        "maintenance-for-months-czech-200",
        "/mesto/odpady/svoz-bioodpadu-2022",
        f'title: "Svoz bioodpadu v roce 2022" | {ZDAR} | date: 2022-03-01',
        {"/mesto/odpady/svoz-bioodpadu-2022": html("r58-zdar-maintenance-for-months-cs.html")},
        DOWN_NOW,
        NOT_PASS,
        "'Stránka je v rekonstrukci' (title and <h1>) / 'Od března 2024 probíhá přestavba této části webu."
        " Omlouváme se za dočasné omezení', served 200: the page is out of service (for months); not another"
        " page, never a mismatch",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "tweet-mirror-now-login-wall-japanese",
        "/hakodate_port/status/1606145893021466624",
        'title: "本日の函館港発着フェリーは強風のため全便欠航となります" | outlet: X | date: 2022-12-23',
        {"/hakodate_port/status/1606145893021466624": html("r58-mirror-tweet-login-wall-ja.html")},
        s("blocked", "soft_404"),
        NOT_PASS,
        "the cited tweet's address on a mirror now answers 200 'ログイン | twview' / 'ログインが必要です' /"
        " 'このインスタンスでは、投稿を表示するにはログインが必要になりました' with a user name and password"
        " form: the tweet cannot be read there; never a mismatch with the mirror's log-in page",
        must_not=(*MISMATCH, "moved"),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot58_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot58"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot58_scenario(rot58_run: Run, scenario: Scenario) -> None:
    check_scenario(rot58_run, scenario)


def test_every_scenario_was_reported(rot58_run: Run) -> None:
    assert sorted(rot58_run.results) == sorted(IDS), rot58_run.stderr
