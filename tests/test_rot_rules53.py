"""General rules behind the fifty-third link-rot batch (:mod:`tests.test_rot_heldout53`), on strings, pages.

- A short story whose page's own state marks it as paid (``"access": "paid"``, ``"isPremium": true``,
  ``article:content_tier`` ``locked``) and whose text stops, on a whole sentence, at an empty container a
  script fills with a wall (the container names a wall, or an inline script holds a wall's line) is walled
  text; the same story marked free, a paid story going on after the container, and an empty container no
  wall is said to fill are not.
- A page whose structured data declares a television or radio episode (``TVEpisode``, ``RadioEpisode`` in
  microdata), or whose ``og:type`` is ``video.episode``, ``video.other`` or ``music.song``, and nothing an
  article, at a story's address whose titles do not match the citation, is a soft 404; the episode cited by
  its own title and a story with an embedded clip are left alone.
- A Turkish regional block ('Bu içerik bölgenizde kullanılamıyor') is a regional block; a story headlined
  with the words is left alone.
- Lithuanian, Latvian and Estonian parking and sale phrases ('Šis domenas parduodamas', 'Domenas
  užparkuotas', 'Šis domēns ir pārdošanā', 'See domeen on müügis') read as a placeholder's.
- A topic page's stock words in other languages ('Alle Artikel zum Thema', 'Все новости по теме', 'Últimas
  noticias') make an undated page at a story's address a listing; a story with a 'Mehr zum Thema' box is
  left alone.
"""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.gates import legal_block
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from linkcheck.pagebody import episode_page, walled_text
from tests.rot_harness import body_signal_at, fixture, one, soft_signal

TOBOLSK = "https://tobolsk-pravda.ru/gorod/2020/02/18/nikolskii-vzvoz-remont"
KELMARSH = "https://www.kelmarshherald.co.uk/news/2019/10/22/bypass-public-inquiry-opens"
HUNSRUECK = "https://www.hunsrueck-bote.de/region/2021/06/22/windpark-soonwald-genehmigt"
TEASER = (
    "<p>Администрация Тобольска подвела итоги конкурса на ремонт Никольского взвоза. Работы выполнит местная"
    " дорожная компания.</p><p>Ремонт начнётся в мае и продлится до конца сентября.</p>"
)
WALL_SCRIPT = (
    "<script>document.querySelector('#box').innerHTML = '<h3>Этот материал доступен только подписчикам</h3>'"
    " + '<a href=\"/subscribe\">Оформить подписку</a>';</script>"
)


def _story(state: str, after: str = "", box: str = '<div id="box" class="tp-container"></div>') -> bytes:
    """A short dated story whose page carries ``state`` in a script, its teaser, an empty ``box`` and the
    script that writes a wall's line into it."""
    head = (
        "<meta charset='utf-8'><title>Мэрия выбрала подрядчика — Тобольская правда</title>"
        '<meta property="article:published_time" content="2020-02-18T10:20:00+05:00">'
        f"<script>window.__ARTICLE__ = {{{state}}};</script>"
    )
    body = f"<article><h1>Мэрия выбрала подрядчика</h1>{TEASER}{box}{after}</article>{WALL_SCRIPT}"
    return f"<!DOCTYPE html><html lang='ru'><head>{head}</head><body>{body}</body></html>".encode()


def _walled(page: bytes, url: str = TOBOLSK) -> tuple[str, str] | None:
    return walled_text(page, extract_metadata(page, url))


# --- a wall a script draws, the teaser ending on a whole sentence -------------------------------------------


def test_the_paid_story_under_a_script_drawn_wall_is_walled_text() -> None:
    found = _walled(fixture("r53-tobolsk-wall-script-whole-sentence-ru.html"))
    assert found is not None
    assert found[0] == "paywall"
    assert '"access": "paid"' in found[1]
    assert "подписчикам" in found[1]


def test_the_free_story_under_the_same_script_is_no_wall() -> None:
    assert _walled(fixture("r53-tobolsk-story-free-wall-script-ru.html")) is None


@pytest.mark.parametrize(
    "state",
    ['"access": "paid"', "accessLevel: 'subscribers'", '"isPremium": true', '"paywalled": !0'],
)
def test_the_paid_states_a_page_writes(state: str) -> None:
    assert _walled(_story(state)) is not None


def test_content_tier_locked_is_a_paid_state() -> None:
    page = _story('"id": 1').replace(
        b"<title>", b'<meta property="article:content_tier" content="locked"><title>'
    )
    assert _walled(page) is not None


def test_a_story_marked_free_is_no_wall() -> None:
    assert _walled(_story('"access": "free"')) is None


def test_a_paid_story_going_on_after_the_container_is_no_wall() -> None:
    more = "<p>" + "Работы разделят на три этапа, чтобы не закрывать взвоз для пешеходов. " * 8 + "</p>"
    assert _walled(_story('"access": "paid"', after=more)) is None


def test_an_empty_container_no_wall_is_said_to_fill_is_no_wall() -> None:
    page = _story('"access": "paid"').replace(WALL_SCRIPT.encode(), b"<script>var x = 1;</script>")
    assert _walled(page) is None


def test_a_container_named_for_a_wall_needs_no_script_line() -> None:
    page = _story('"access": "paid"', box='<div id="paywall-root"></div>')
    page = page.replace(WALL_SCRIPT.encode(), b"")
    assert _walled(page) is not None


def test_the_wall_is_reported_through_check() -> None:
    citation = Citation(
        url=TOBOLSK,
        title="Мэрия выбрала подрядчика для ремонта Никольского взвоза",
        date=PartialDate.parse("2020-02-18"),
    )
    status, _, verdict, kinds = one(citation, fixture("r53-tobolsk-wall-script-whole-sentence-ru.html"))
    assert (status, verdict) == (Status.OK, "warn")
    assert "text_walled" in kinds


# --- an episode or a recording at a story's address ---------------------------------------------------------


def _page(head: str, body: str = "<h1>Herald Tonight – Episode 212</h1>") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()
    )


@pytest.mark.parametrize(
    ("head", "said"),
    [
        ('<meta property="og:type" content="video.episode">', "a video episode"),
        ('<meta content="music.song" property="og:type">', "an audio recording"),
        ('<meta property="og:type" content="video.other">', "a video"),
        (
            '<script type="application/ld+json">{"@type": "TVEpisode", "name": "x"}</script>',
            "a television episode",
        ),
        ('<script type="application/ld+json">{"@type": ["RadioEpisode"]}</script>', "a radio episode"),
        ('<script type="application/ld+json">{"@type": "PodcastEpisode"}</script>', "a podcast episode"),
    ],
)
def test_what_an_episode_s_page_says_it_is(head: str, said: str) -> None:
    assert episode_page(_page(head)) == said


def test_an_episode_in_microdata() -> None:
    body = '<div itemscope itemtype="https://schema.org/RadioEpisode"><h1 itemprop="name">x</h1></div>'
    assert episode_page(_page("", body)) == "a radio episode"


def test_the_schema_type_is_said_before_the_og_type() -> None:
    head = (
        '<meta property="og:type" content="music.song">'
        '<script type="application/ld+json">{"@type": "RadioEpisode"}</script>'
    )
    assert episode_page(_page(head)) == "a radio episode"


@pytest.mark.parametrize(
    "head",
    [
        # a story with an embedded clip: it says it is an article
        '<meta property="og:type" content="article"><meta property="og:video" content="/v.mp4">'
        '<script type="application/ld+json">{"@type": "TVEpisode"}</script>',
        '<meta property="og:type" content="video.other">'
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle"}, {"@type": "VideoObject"}]}'
        "</script>",
        # nothing said of an episode or a recording
        '<meta property="og:type" content="website">',
        '<script type="application/ld+json">{"@type": "VideoObject", "name": "Episode 4"}</script>',
    ],
)
def test_pages_that_are_no_episode(head: str) -> None:
    assert episode_page(_page(head)) is None


def test_a_video_episode_at_a_story_s_address_is_a_soft_404() -> None:
    citation = Citation(
        url=KELMARSH, title="Kelmarsh bypass public inquiry opens", date=PartialDate.parse("2019-10-22")
    )
    status, cause, verdict, kinds = one(citation, fixture("r53-kelmarsh-video-episode-in-story-place.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.FRONT_PAGE, "fail")
    assert "title_mismatch" not in kinds


def test_a_radio_programme_at_a_story_s_address_is_a_soft_404() -> None:
    citation = Citation(
        url="https://www.ondamoncayo.es/noticias/2021/04/12/tarazona-reabre-teatro-bellas-artes",
        title="Tarazona reabre el teatro Bellas Artes tras su reforma",
        date=PartialDate.parse("2021-04-12"),
    )
    status, cause, verdict, _ = one(citation, fixture("r53-moncayo-radio-episode-in-story-place-es.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.FRONT_PAGE, "fail")


def test_the_episode_cited_by_its_own_title_is_left_alone() -> None:
    citation = Citation(
        url="https://www.kelmarshherald.co.uk/video/herald-tonight/episode-140",
        title="Herald Tonight – Episode 140: Flood defences, one year on",
        date=PartialDate.parse("2022-11-04"),
    )
    assert one(citation, fixture("r53-kelmarsh-video-episode-cited.html")) == (Status.OK, None, "pass", set())


def test_a_story_with_an_embedded_clip_of_another_day_is_left_alone() -> None:
    citation = Citation(
        url="https://angara-vesti.ru/20200109/1563219400.html",
        title="Ирак возобновил переговоры с Россией о покупке С-300",
        date=PartialDate.parse("2020-01-09"),
    )
    page = fixture("r53-angara-story-embedded-other-video-ru.html")
    assert one(citation, page) == (Status.OK, None, "pass", set())


# --- a Turkish regional block -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Bu içerik bölgenizde kullanılamıyor",
        "Bu video ülkenizde izlenemiyor",
        "Üzgünüz, bu içerik bulunduğunuz ülkede kullanılamaz.",
        "Bu yayın bölgenizde mevcut değil",
    ],
)
def test_turkish_regional_blocks(line: str) -> None:
    assert legal_block(fold(line))


def test_the_turkish_block_page_is_blocked() -> None:
    citation = Citation(
        url="https://www.kusadasipostasi.com.tr/haber/2020/07/15/kusadasi-marinasi-genisletiliyor",
        title="Kuşadası Marinası genişletiliyor",
        date=PartialDate.parse("2020-07-15"),
    )
    assert one(citation, fixture("r53-kusadasi-geoblock-tr.html")) == (
        Status.BLOCKED,
        Cause.LEGAL,
        "warn",
        set(),
    )


def test_the_turkish_story_quoting_the_block_passes() -> None:
    citation = Citation(
        url="https://www.kusadasipostasi.com.tr/gundem/2021/03/03/bu-icerik-bolgenizde-kullanilamiyor-uyarisi",
        title='"Bu içerik bölgenizde kullanılamıyor" uyarısı gurbetçileri kızdırdı',
        date=PartialDate.parse("2021-03-03"),
    )
    page = fixture("r53-kusadasi-story-quoting-geoblock-tr.html")
    assert one(citation, page) == (Status.OK, None, "pass", set())


# --- Baltic parking pages -----------------------------------------------------------------------------------

PARKED_URL = "https://zemaiciuaidas.lt/naujienos/2019/05/21/masciu-ezero-pakrante"


def _parked(title: str, text: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><h1>{title}</h1><p>{text}</p></body></html>"
    ).encode()


_body = body_signal_at(PARKED_URL)


def test_the_lithuanian_parking_page_is_parked() -> None:
    found = _body(fixture("r53-zemaiciu-parked-lt.html"))
    assert found is not None
    assert found[0] is Cause.PARKED


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("zemaiciuaidas.lt", "Šis domenas parduodamas! Pateikite pasiūlymą."),
        ("zemaiciuaidas.lt", "Domenas užparkuotas nemokamai pas registratorių."),
        ("rigas-balss.lv", "Šis domēns ir pārdošanā. Pirkt domēnu."),
        ("parnu-teataja.ee", "See domeen on müügis. Osta domeen."),
    ],
)
def test_baltic_placeholders_under_a_bare_domain(title: str, text: str) -> None:
    found = _body(_parked(title, text))
    assert found is not None
    assert found[0] is Cause.PARKED


def test_a_dated_lithuanian_story_quoting_the_sale_is_left_alone() -> None:
    page = _parked("Laikraščio domenas parduodamas aukcione", "Šis domenas parduodamas, rašo savininkas.")
    page = page.replace(b"<title>", b'<meta property="article:published_time" content="2024-02-01"><title>')
    assert _body(page) is None


# --- a topic page's stock words in other languages ----------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Windkraft im Hunsrück: Alle Artikel zum Thema | Hunsrück-Bote",
        "Ирак — все новости по теме",
        "Incendios forestales | Últimas noticias | El Heraldo",
        "Incendies : toute l'actualité - Le Courrier",
        "Powódź | Najnowsze wiadomości",
    ],
)
def test_topic_page_titles_in_other_languages(title: str) -> None:
    page = _parked(title, "Kurzmeldungen und Hintergründe zum Thema.")
    found = soft_signal(HUNSRUECK, page)
    assert found is not None
    assert found[0] is Cause.FRONT_PAGE


@pytest.mark.parametrize(
    "title",
    [
        "Alle Artikel | Hunsrück-Bote",  # the stock words alone, first: no topic named
        "Alle Nachrichten aus Simmern jetzt auch als App",
        "Últimas noticias sobre el incendio de Tarazona",
    ],
)
def test_titles_that_are_no_topic_page(title: str) -> None:
    assert soft_signal(HUNSRUECK, _parked(title, "Text.")) is None


def test_the_topic_page_at_the_story_s_address_is_a_soft_404() -> None:
    citation = Citation(
        url=HUNSRUECK, title="Windpark im Soonwald genehmigt", date=PartialDate.parse("2021-06-22")
    )
    status, cause, verdict, _ = one(citation, fixture("r53-hunsrueck-topic-page-at-story-address-de.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.FRONT_PAGE, "fail")


def test_a_story_with_a_topic_box_is_left_alone() -> None:
    citation = Citation(
        url="https://www.hunsrueck-bote.de/region/2020/09/09/kastellaun-buergerwindpark",
        title="Kastellaun: Gemeinderat stimmt Bürgerwindpark zu",
        date=PartialDate.parse("2020-09-09"),
    )
    page = fixture("r53-hunsrueck-story-with-topic-box-de.html")
    assert one(citation, page) == (Status.OK, None, "pass", set())
