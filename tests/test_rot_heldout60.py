"""Held-out probe of link rot, sixtieth batch: the brief's shapes, each in a language or a form the batches
had not played (grepped). To flag: a domain-sale lander in Mongolian; a story whose headline and date stay
but whose body is a 'not available in your region' notice, Hungarian; a 200 'search results for <the slug's
words>' page in the story's place, Indonesian; a story cut to its first paragraph with 'the full article is
in our archive', Croatian (no price); every old address 301ing to the outlet's home, Slovak, and the home
served 200 at the old address, Basque; Joomla's offline page (a maintenance notice over a log-in form),
Romanian; a headline and date over a comment form only, Slovenian; a 'this article has moved' page naming
the new address in a link, Japanese. Controls: a whole story with comments and a comment form (Slovenian); a
whole story with 'from our archive' links (Croatian); a story headlined 'maintenance works' (Romanian); a
corrected story with its correction note above the text (Catalan); an obituary whose ``dateModified`` and
masthead date are today's (a guestbook), Afrikaans; a live blog re-dated every day whose first day's entries
stay, Danish; a video page (``og:type`` ``video.other``) whose player works and a comment says it cannot be
played at work, Korean.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 60`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r60-*.html``, see its README). Outlets are invented:
Darkhan Medee (Mongolian), whose domain is now parked; Szegedi Hírmondó (Hungarian); Warta Bogor Raya
(Indonesian, a WordPress site); Riječki tjednik (Croatian); Košický denník (Slovak); Gazeta Brașovului
(Romanian, a Joomla site); Mariborski kurir (Slovenian); Diari de les Comarques Gironines (Catalan); Karoo
Nuus (Afrikaans); Vejle Amts Avis (Danish); 札幌ウィークリー (Japanese); Donostiako Hitza (Basque); 원주방송
(Korean, a broadcaster's video page).

Not played again (grepped): parked landers in some thirty languages, none Mongolian; geoblocks in fifteen
languages, each a bare notice page, never a notice in the body under a kept headline; slug searches in
Polish, Norwegian, Finnish and English (Drupal, WordPress, a custom engine), never Indonesian; first
paragraphs behind prices, never an archive pointer without one; 301s to a home after a merger (Slovenian)
and a home at the old address (Czech, Lithuanian), never Slovak or Basque; maintenance pages in eighteen
languages, never Joomla's offline page with its log-in form; a comment thread alone titled 'Comments: ...'
(Spanish) and removal notices over comments (Swedish, Portuguese), never a kept headline over an empty
comment form; corrections at a story's foot or in its headline, never a 'Correcció:' line above the text;
no obituary; a rolling live blog's other day (batch 53), never one whose page date is today's while the
cited day's entries stay; moved notices with the address in text (German) or by refresh (batch 56), never
Japanese with a link.

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

DARKHAN = "outlet: Darkhan Medee"
SZEGED = "outlet: Szegedi Hírmondó"
BOGOR = "outlet: Warta Bogor Raya"
RIJEKA = "outlet: Riječki tjednik"
KOSICE = "outlet: Košický denník"
BRASOV = "outlet: Gazeta Brașovului"
MARIBOR = "outlet: Mariborski kurir"
GIRONA = "outlet: Diari de les Comarques Gironines"
KAROO = "outlet: Karoo Nuus"
VEJLE = "outlet: Vejle Amts Avis"
SAPPORO = "outlet: 札幌ウィークリー"
DONOSTIA = "outlet: Donostiako Hitza"
WONJU = "outlet: 원주방송"

#: the site out of service for now (maintenance): never a mismatch
OFFLINE = s("error", "blocked", "soft_404")
#: the page the old address names as the story's new one
SAPPORO_NEW = "/articles/2021/02/05/yukimatsuri-online"
#: the Slovak outlet's home, where every old address now leads
KOSICE_HOME = "/domov"

SHARED = {
    "/": html("home.html"),
    SAPPORO_NEW: html("r60-sapporo-story-new-address-ja.html"),
    KOSICE_HOME: html("r60-kosice-home-sk.html"),
}

SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    control(
        "control-story-with-comments-and-form-slovenian",
        "/novice/2022/04/07/lent-pespot-ob-dravi",
        f'title: "Lent dobil prvo pešpot ob Dravi brez avtomobilov" | {MARIBOR} | date: 2022-04-07',
        "r60-maribor-story-comments-sl.html",
        "the whole story (four paragraphs) under its <h1>, then 'Komentarji (2)', two comments and a comment"
        " form: the story as cited",
    ),
    control(
        "control-story-from-our-archive-box-croatian",
        "/kultura/2021/03/04/korzo-izlozba-stara-luka",
        f'title: "Na Korzu otvorena izložba fotografija stare luke" | {RIJEKA} | date: 2021-03-04',
        "r60-rijeka-story-archive-box-hr.html",
        "the whole story (four paragraphs), then a box 'Iz naše arhive' (from our archive) of three links and"
        " 'Cijela arhiva': the story as cited; an archive box is not a truncation",
    ),
    control(
        "control-story-headlined-maintenance-romanian",
        "/local/2022/08/22/apa-oprita-tractorul-mentenanta",
        'title: "Lucrări de mentenanță: apa se oprește marți în cartierul Tractorul"'
        f" | {BRASOV} | date: 2022-08-22",
        "r60-brasov-story-maintenance-ro.html",
        "a dated story headlined 'Lucrări de mentenanță: ...' (maintenance works) about a water cut, four"
        " paragraphs: the story as cited; its headline is not a maintenance page",
    ),
    control(
        "control-corrected-story-note-above-text-catalan",
        "/girones/2021/10/19/carril-bici-fontajau",
        f'title: "Girona amplia el carril bici fins a Fontajau" | {GIRONA} | date: 2021-10-19',
        "r60-girona-story-correction-ca.html",
        "the story under its <h1>, a line 'Correcció: Una versió anterior d'aquest article deia ... Hem"
        " corregit la xifra' above its four paragraphs (modified a day later): the story as cited; a"
        " correction is not rot",
    ),
    control(
        "control-obituary-modified-today-afrikaans",
        "/roudiens/2021/03/11/hester-van-der-merwe",
        f'title: "Roudiens: Hester Magdalena van der Merwe (1938–2021)" | {KAROO} | date: 2021-03-11',
        "r60-karoo-obituary-daily-date-af.html",
        "the obituary published 11 March 2021 (datePublished, 'Gepubliseer 11 Maart 2021'), whose"
        " dateModified and masthead date are today's because its guestbook grows: the obituary as cited, on"
        " its date",
    ),
    control(
        "control-live-blog-redated-daily-first-day-kept-danish",
        "/vejle/2022/01/29/live-stormflod-vejle-fjord",
        f'title: "LIVE: Stormflod i Vejle Fjord – følg udviklingen" | {VEJLE} | date: 2022-01-29',
        "r60-vejle-liveblog-rolling-date-da.html",
        "the cited live blog (LiveBlogPosting published 29 January 2022), its page date 'i dag' (today) and"
        " dateModified moved by a new entry, the cited day's four entries kept: the live blog as cited",
    ),
    control(
        "control-video-page-playing-comment-says-cannot-play-korean",
        "/video/2022/04/22/sogeumsan-bridge-night",
        f'title: "원주 소금산 출렁다리 야경 공개" | {WONJU} | date: 2022-04-22',
        "r60-wonju-video-page-playing-ko.html",
        "a video page (og:type video.other) with a working <video> player, title, date and description; a"
        " reader's comment says '회사 컴퓨터에서는 재생할 수 없습니다' (cannot play it on my work computer):"
        " the video as cited",
    ),
    # --- the story is there, its text is not ----------------------------------------------------------------
    Scenario(
        "first-paragraph-full-article-in-archive-croatian",
        "/vijesti/2020/09/17/torpedo-tvornica-kulturni-centar",
        f'title: "Torpedo: stara tvornica postaje kulturni centar" | {RIJEKA} | date: 2020-09-17',
        {
            "/vijesti/2020/09/17/torpedo-tvornica-kulturni-centar": html(
                "r60-rijeka-first-paragraph-archive-hr.html"
            )
        },
        OK,
        WARN,
        "the headline, byline and date over the first paragraph only, then 'Cijeli članak dostupan je u našoj"
        " arhivi' (the full article is in our archive) and a link to the archive's search, no price: the"
        " cited story (ok) whose text is no longer here (warn)",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "headline-over-comment-form-only-slovenian",
        "/novice/2021/06/12/pohorje-kolesarska-proga",
        f'title: "Na Pohorju odprli novo kolesarsko progo" | {MARIBOR} | date: 2021-06-12',
        {"/novice/2021/06/12/pohorje-kolesarska-proga": html("r60-maribor-comment-form-only-sl.html")},
        s("ok", "soft_404"),
        NOT_PASS,
        "the headline and date kept over 'Komentarji (0)', 'Bodite prvi, ki bo komentiral' and a comment"
        " form, no text at all: the story's body is gone; not a clean pass, never a mismatch",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- blocked where the checker runs ---------------------------------------------------------------------
    Scenario(
        "region-notice-under-kept-headline-hungarian",
        "/helyi/2021/05/28/tisza-parti-setany-atadas",
        f'title: "Megnyílt a felújított Tisza-parti sétány Szegeden" | {SZEGED} | date: 2021-05-28',
        {"/helyi/2021/05/28/tisza-parti-setany-atadas": html("r60-szeged-story-region-notice-hu.html")},
        s("ok", "blocked"),
        WARN,
        "the headline and date kept, the body replaced by 'Ez a tartalom az Ön régiójában nem érhető el' (not"
        " available in your region) / 'csak magyarországi látogatók számára elérhető': the story is behind a"
        " regional block where the checker runs; not gone, not a clean pass, and the report should say so",
        must_not=(*MISMATCH, "moved"),
        says=(("region", "country"),),
    ),
    Scenario(
        "joomla-offline-login-form-romanian",
        "/local/2020/12/03/telegondola-tampa-licitatie",
        f'title: "Licitația pentru noua telegondolă de pe Tâmpa, anulată" | {BRASOV} | date: 2020-12-03',
        {"/local/2020/12/03/telegondola-tampa-licitatie": html("r60-brasov-joomla-offline-ro.html")},
        OFFLINE,
        NOT_PASS,
        "Joomla's offline page served 200: the bare site name, 'Site-ul este în mentenanță. Vă rugăm să"
        " reveniți în curând' (under maintenance, come back soon) over a log-in form: the site is out of"
        " service; not another page and not a sign-in wall before the story, never a mismatch",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- another page in the story's place ------------------------------------------------------------------
    Scenario(
        "parked-domain-for-sale-mongolian",
        "/medee/2020/07/11/darkhan-tomor-zamyn-uildver",
        f'title: "Дархан төмөрлөгийн үйлдвэр шинэ зуухаа ашиглалтад орууллаа" | {DARKHAN} | date: 2020-07-11',
        {"/medee/2020/07/11/darkhan-tomor-zamyn-uildver": html("r60-darkhan-parked-mn.html")},
        s("soft_404"),
        FAIL,
        "the outlet's domain answers a lander 'Энэ домэйн нэр худалдаанд гарсан байна!' (this domain name is"
        " for sale), 'Домэйн худалдаж авах талаар холбогдох', related searches: the story and the outlet are"
        " gone, and the report should say the domain is parked or for sale",
        must_not=("moved",),
        says=PARKED,
    ),
    gone(
        "search-results-for-slug-words-200-indonesian",
        "/2021/02/09/banjir-bogor-katulampa-siaga",
        f'title: "Bendung Katulampa siaga satu, warga bantaran Ciliwung diminta waspada" | {BOGOR}'
        " | date: 2021-02-09",
        "r60-bogor-search-results-id.html",
        "the story's address answers 200 with WordPress's 'Hasil pencarian untuk: banjir bogor katulampa"
        " siaga' (search results for the slug's words), three other stories of 2022-2023: the story is gone",
    ),
    Scenario(
        "every-old-address-301-to-home-slovak",
        "/kosice/2019/10/15/most-cez-hornad-otvoreny",
        f'title: "Nový most cez Hornád otvorili pre chodcov" | {KOSICE} | date: 2019-10-15',
        {"/kosice/2019/10/15/most-cez-hornad-otvoreny": redirect(301, KOSICE_HOME)},
        s("soft_404"),
        FAIL,
        "the story's address 301s to the outlet's home ('Košický denník – správy z Košíc ...', og:type"
        " website, teasers of December 2024), as every old address does: the story is gone; the report should"
        " say the link lands on a home page",
        must_not=("moved",),
        says=(("front page", "home page", "homepage"),),
    ),
    gone(
        "home-page-200-at-story-address-basque",
        "/donostia/2020/06/22/kontxako-pasealekua-berritua",
        f'title: "Kontxako pasealekua berritu dute" | {DONOSTIA} | date: 2020-06-22',
        "r60-donostia-home-at-story-eu.html",
        "the story's address answers 200, with no redirect, the outlet's own home page ('Donostiako Hitza –"
        " Gipuzkoako albisteak', og:type website, canonical '/', teasers of November 2024): the story is"
        " gone",
    ),
    Scenario(
        "moved-notice-links-new-address-japanese",
        "/news/2021/02/05/yukimatsuri-online",
        f'title: "さっぽろ雪まつり、今年はオンライン開催に" | {SAPPORO} | date: 2021-02-05',
        {"/news/2021/02/05/yukimatsuri-online": html("r60-sapporo-moved-to-link-ja.html")},
        s("soft_404", "moved"),
        NOT_PASS,
        "the old address answers 200 'この記事は移転しました' (this article has moved) with a link to its new"
        " address, where the story is: not at the cited address; the user must be told where it went",
        must_not=MISMATCH,
        says=(("{o}" + SAPPORO_NEW,),),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot60_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot60"), origin_mark=b"ORIGIN")


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot60_scenario(rot60_run: Run, scenario: Scenario) -> None:
    check_scenario(rot60_run, scenario)


def test_every_scenario_was_reported(rot60_run: Run) -> None:
    assert sorted(rot60_run.results) == sorted(IDS), rot60_run.stderr
