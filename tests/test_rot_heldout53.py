"""Held-out probe of link rot, fifty-third batch: walls and episodes known only by their markup, a topic page,
a live blog's other day, a deleted post, and controls that carry the same markup on the cited story.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 53`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r53-*.html``, see its README). Outlets are invented:
Тобольская правда and Ангарские вести (Russian), The Kelmarsh Herald, Onda Moncayo (Spanish radio), the
Hunsrück-Bote (German), Echo Beskidów (Polish), Kuşadası Postası (Turkish), Pielisen Sanomat (Finnish), the
social network Соседи, and Žemaičių aidas (Lithuanian), whose domain lapsed.

New ground:

- rot52's leftovers: a subscription wall a script draws whose visible teaser ends on a whole sentence (two
  paragraphs, an empty ``#tp-offer`` container, the article's config ``"access": "paid"`` and the script
  that writes 'Этот материал доступен только подписчикам' into it); a video episode (``og:type``
  ``video.episode``, a ``TVEpisode``) and a radio programme (``og:type`` ``music.song``, a ``RadioEpisode``
  in microdata) at a story's address, with no ``PodcastEpisode`` and no 'podcast' or 'transcript' word;
- a topic page ('Windkraft im Hunsrück', a ``CollectionPage`` of 2023-2024 teasers) answering 200 at the
  story's address (earlier batches played the 301 to one);
- a rolling live blog's address now showing another day (2 May 2024, a ``LiveBlogPosting``) than the cited
  one (8 January 2020);
- a social network's 'Запись удалена' page at a deleted post's address;
- a Turkish 'Bu içerik bölgenizde kullanılamıyor' page served 200; a Lithuanian registrar's parking page
  ('Šis domenas parduodamas'); a Finnish consent dialog whose only way on is a POST form ('Hyväksy kaikki').

Controls that must stay ok and pass: the same outlet's free story under the same wall script and empty
container (config ``"access": "free"``, six paragraphs); an episode cited by its own title and date; a story
whose JSON-LD says ``isAccessibleForFree: false`` while the served page holds its whole text; a story with a
'Mehr zum Thema' box and a 'Thema:' kicker; a print version with no byline and no metadata; a story whose
JSON-LD carries an embedded ``VideoObject`` of another day and name (and an ``og:video``); a Turkish story
headlined with the geo-block words.

Not played again (grepped): a 301 to a topic hub (batches 5 and 25); a deleted Telegram or X post (batch 50);
geo-blocks in German, Spanish, French, Italian, Japanese, Portuguese, Dutch, Russian, Korean, Chinese and
Polish; parking in some twenty languages, not Lithuanian; consent walls in a dozen languages, not Finnish;
a site migrated to send every address to one page (batches 13, 17, 19, 20, 21); a PodcastEpisode (batch 52).

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.test_rot_heldout import (
    FAIL,
    MISMATCH,
    OK,
    PARKED,
    REPLACED,
    WARN,
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

TOBOLSK = "outlet: Тобольская правда"
ANGARA = "outlet: Ангарские вести"
KELMARSH = "outlet: The Kelmarsh Herald"
MONCAYO = "outlet: Onda Moncayo"
HUNSRUECK = "outlet: Hunsrück-Bote"
BESKIDY = "outlet: Echo Beskidów"
KUSADASI = "outlet: Kuşadası Postası"
PIELINEN = "outlet: Pielisen Sanomat"
SOSEDI = "outlet: Соседи"
ZEMAICIU = "outlet: Žemaičių aidas"

PRINT_AT = "/wiadomosci/2019/11/08/nowy-most-na-sole-otwarty?print=1"

SHARED = {"/": html("home.html")}


SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    control(
        "control-free-story-under-wall-script",
        "/kultura/2020/03/05/muzei-sibirskoi-pechati",
        f'title: "В Тобольске открылся музей сибирской печати" | {TOBOLSK} | date: 2020-03-05',
        "r53-tobolsk-story-free-wall-script-ru.html",
        "the whole story (six paragraphs, the last the museum's hours) with the site-wide wall script and its"
        " empty '#tp-offer' container, the article's config saying 'access': 'free': the story as cited",
    ),
    control(
        "control-video-episode-cited-as-itself",
        "/video/herald-tonight/episode-140",
        f'title: "Herald Tonight – Episode 140: Flood defences, one year on" | {KELMARSH} | date: 2022-11-04',
        "r53-kelmarsh-video-episode-cited.html",
        "the writer cited the episode itself (og:type video.episode, a TVEpisode of the same name and day):"
        " the page as cited",
    ),
    control(
        "control-full-text-despite-not-free-flag",
        "/region/2021/03/16/simmern-hallenbad",
        f'title: "Simmern: Neues Hallenbad soll 2023 öffnen" | {HUNSRUECK} | date: 2021-03-16',
        "r53-hunsrueck-story-free-flag-false-full-text-de.html",
        "JSON-LD says isAccessibleForFree false for '.plus-content', but the served page holds that part"
        " whole (six paragraphs after the lead): the story, every word of it readable, as cited",
    ),
    control(
        "control-story-with-topic-box",
        "/region/2020/09/09/kastellaun-buergerwindpark",
        f'title: "Kastellaun: Gemeinderat stimmt Bürgerwindpark zu" | {HUNSRUECK} | date: 2020-09-09',
        "r53-hunsrueck-story-with-topic-box-de.html",
        "a whole story under a 'Thema: Windkraft im Hunsrück' kicker with a 'Mehr zum Thema' box of three"
        " links and 'Alle Artikel zum Thema': the story as cited",
    ),
    control(
        "control-print-version-without-byline",
        PRINT_AT,
        f'title: "Nowy most na Sole w Żywcu otwarty dla kierowców" | {BESKIDY} | date: 2019-11-08',
        "r53-beskidy-print-version-no-byline-pl.html",
        "the writer cited the print version: <title> 'Wersja do druku - Echo Beskidów', no metadata and no"
        " byline, the headline in <h1>, 'Opublikowano: 08.11.2019' and the text: the story as cited",
    ),
    control(
        "control-story-with-embedded-other-video",
        "/20200109/1563219400.html",
        f'title: "Ирак возобновил переговоры с Россией о покупке С-300" | {ANGARA} | date: 2020-01-09',
        "r53-angara-story-embedded-other-video-ru.html",
        "a whole story (og:type article, a NewsArticle) with an embedded clip of 20 December 2019 under"
        " another name (a VideoObject in its graph, og:video): the story as cited",
    ),
    control(
        "control-story-quoting-geoblock-turkish",
        "/gundem/2021/03/03/bu-icerik-bolgenizde-kullanilamiyor-uyarisi",
        f'title: "\\"Bu içerik bölgenizde kullanılamıyor\\" uyarısı gurbetçileri kızdırdı" | {KUSADASI}'
        " | date: 2021-03-03",
        "r53-kusadasi-story-quoting-geoblock-tr.html",
        "a dated story headlined with and quoting 'Bu içerik bölgenizde kullanılamıyor': the story as cited",
    ),
    # --- the story is there, its text is not ----------------------------------------------------------------
    Scenario(
        "wall-drawn-by-script-teaser-ends-whole-sentence",
        "/gorod/2020/02/18/nikolskii-vzvoz-remont",
        f'title: "Мэрия выбрала подрядчика для ремонта Никольского взвоза" | {TOBOLSK} | date: 2020-02-18',
        {"/gorod/2020/02/18/nikolskii-vzvoz-remont": html("r53-tobolsk-wall-script-whole-sentence-ru.html")},
        OK,
        WARN,
        "the headline, byline and date over two paragraphs ending on whole sentences, an empty '#tp-offer'"
        " container, the article's config 'access': 'paid' and the script that writes 'Этот материал"
        " доступен только подписчикам' into it: the cited story (ok) whose text was not sent (warn)",
        must=("text_walled",),
        must_not=(*MISMATCH, "moved"),
        says=(("подпис", "subscri", "paywall", "paid"),),
    ),
    # --- blocked where the checker runs ---------------------------------------------------------------------
    Scenario(
        "geoblock-200-turkish",
        "/haber/2020/07/15/kusadasi-marinasi-genisletiliyor",
        f'title: "Kuşadası Marinası genişletiliyor" | {KUSADASI} | date: 2020-07-15',
        {"/haber/2020/07/15/kusadasi-marinasi-genisletiliyor": html("r53-kusadasi-geoblock-tr.html")},
        s("blocked"),
        WARN,
        "'Bu içerik bölgenizde kullanılamıyor' in the <h1> ('Lisans kısıtlamaları nedeniyle ... yalnızca"
        " Türkiye'den erişilebilir'), the bare site name as <title>, served 200: blocked where the checker"
        " runs, not gone, not another page",
        must_not=MISMATCH,
    ),
    Scenario(
        "consent-wall-post-only-finnish",
        "/uutiset/2022/08/30/lieksan-satama-kunnostetaan",
        f'title: "Lieksan satama kunnostetaan ensi kesänä" | {PIELINEN} | date: 2022-08-30',
        {"/uutiset/2022/08/30/lieksan-satama-kunnostetaan": html("r53-pielisen-consent-wall-post-fi.html")},
        s("blocked"),
        WARN,
        "only a consent dialog ('Arvostamme yksityisyyttäsi', 'Käytämme evästeitä'), its buttons ('Hyväksy"
        " kaikki', 'Hylkää kaikki') in a form POSTing to /consent with the story's address to return to,"
        " under the bare site name: a consent wall in front of the story, not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
    # --- another page in the story's place ------------------------------------------------------------------
    gone(
        "video-episode-in-story-place",
        "/news/2019/10/22/bypass-public-inquiry-opens",
        f'title: "Kelmarsh bypass public inquiry opens" | {KELMARSH} | date: 2019-10-22',
        "r53-kelmarsh-video-episode-in-story-place.html",
        "the story's address answers 200 with 'Herald Tonight – Episode 212' of June 2024 (og:type"
        " video.episode, a TVEpisode, a player, links to other episodes): the story is gone",
    ),
    gone(
        "radio-episode-in-story-place-spanish",
        "/noticias/2021/04/12/tarazona-reabre-teatro-bellas-artes",
        f'title: "Tarazona reabre el teatro Bellas Artes tras su reforma" | {MONCAYO} | date: 2021-04-12',
        "r53-moncayo-radio-episode-in-story-place-es.html",
        "the story's address answers 200 with 'La tertulia del lunes (13/05/2024)' (og:type music.song, a"
        " RadioEpisode in microdata, an audio player): the story is gone",
    ),
    gone(
        "topic-page-200-at-story-address",
        "/region/2021/06/22/windpark-soonwald-genehmigt",
        f'title: "Windpark im Soonwald genehmigt" | {HUNSRUECK} | date: 2021-06-22',
        "r53-hunsrueck-topic-page-at-story-address-de.html",
        "the story's address answers 200 with the topic page 'Windkraft im Hunsrück: Alle Artikel zum"
        " Thema' (og:type website, a CollectionPage, six teasers of 2023-2024, none the cited story): the"
        " story was folded into the topic and is gone",
    ),
    Scenario(
        "live-blog-address-shows-another-day",
        "/online/blizhnii-vostok",
        f'title: "Обострение на Ближнем Востоке: онлайн-трансляция 8 января" | {ANGARA} | date: 2020-01-08',
        {"/online/blizhnii-vostok": html("r53-angara-live-blog-other-day-ru.html")},
        REPLACED,
        FAIL,
        "the live blog's rolling address now shows 'Ближний Восток: онлайн-трансляция 2 мая 2024' (a"
        " LiveBlogPosting of 2 May 2024, that day's entries): the cited day's coverage is not there",
        must_not=("moved",),
    ),
    gone(
        "social-post-deleted-russian",
        "/wall-21745_3381",
        f'title: "Ирану надо купить наши С-400 и С-500" | {SOSEDI} | date: 2020-01-08',
        "r53-sosedi-post-deleted-ru.html",
        "the post's address answers 200 'Запись удалена | Соседи' ('Запись удалена.', 'Возможно, её удалил"
        " автор или администрация сайта.'): the post is gone",
    ),
    Scenario(
        "parked-domain-lithuanian",
        "/naujienos/2019/05/21/masciu-ezero-pakrante",
        f'title: "Telšių Masčio ežero pakrantė bus sutvarkyta" | {ZEMAICIU} | date: 2019-05-21',
        {"/naujienos/2019/05/21/masciu-ezero-pakrante": html("r53-zemaiciu-parked-lt.html")},
        s("soft_404"),
        FAIL,
        "the paper's domain lapsed: a registrar's page '<domain> – Šis domenas parduodamas', 'Domenas"
        " užparkuotas nemokamai', 'Pirkti domeną', 'Susijusios paieškos': the story is gone",
        must_not=("moved",),
        says=PARKED,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot53_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot53"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot53_scenario(rot53_run: Run, scenario: Scenario) -> None:
    check_scenario(rot53_run, scenario)


def test_every_scenario_was_reported(rot53_run: Run) -> None:
    assert sorted(rot53_run.results) == sorted(IDS), rot53_run.stderr
