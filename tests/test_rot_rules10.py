"""The rules the tenth link-rot batch (tests/test_rot_heldout10.py) brought, each on strings and bytes, with
what each must leave alone: not-found pages in five more languages and in traditional Chinese, consent walls
headed "We value your privacy" in the Nordic languages, Italian and Portuguese, an Italian regional block, a
news feed answering an article's address, a headless page whose only message is an image's ``alt``, and a
403 whose page says the content is gone."""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal, geo_block
from linkcheck.models import Cause, Metadata, Status
from linkcheck.names import fold
from linkcheck.pagebody import body_signal, forbidden_gone, headless_signal
from linkcheck.soft404 import is_error_title, says_gone

SITE = "https://www.moorlandclarion.example"
STORY = f"{SITE}/news/2017/02/27/snow-gates-closed"

# --- not-found pages in more languages --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Бет табылмады", []),
        ("Кешіріңіз, сіз іздеген бет табылмады", []),
        ("Sahifa topilmadi | Vodiy xabarlari", ["Vodiy xabarlari"]),
        ("Kechirasiz, siz qidirgan sahifa topilmadi", []),
        ("ക്ഷമിക്കണം, പേജ് കണ്ടെത്താനായില്ല", []),
        ("പേജ് കണ്ടെത്തിയില്ല - താഴ്വര വാർത്ത", ["താഴ്വര വാർത്ത"]),
        ("ይቅርታ፣ ገጹ አልተገኘም", []),
        ("සමාවන්න, ඔබ සොයන පිටුව සොයාගත නොහැක", []),
        ("抱歉，您要找的頁面不存在", []),
        ("您要找的页面不存在_山谷时报", ["山谷时报"]),
        ("找不到此頁面 | 山谷時報", ["山谷時報"]),
    ],
)
def test_error_messages_of_the_tenth_batch(title: str, names: list[str]) -> None:
    assert is_error_title(title, names)


@pytest.mark.parametrize(
    "title",
    [
        "Жаңа көпір ашылды",
        "Бет-бейнесі өзгерген қала",
        "Yangi koʻprik foydalanishga topshirildi",
        "Kechirasiz: shahar hokimi uzr so'radi",
        "പുതിയ പാലം ഗതാഗതത്തിനായി തുറന്നു",
        "አዲሱ ድልድይ ለትራፊክ ክፍት ሆነ",
        "නව පාලම විවෘත කෙරේ",
        "新橋正式通車",
        "網頁設計比賽得獎名單出爐",
    ],
)
def test_headlines_in_those_languages_are_no_error_message(title: str) -> None:
    assert not is_error_title(title, [])


# --- walls: consent headings, an Italian regional block -----------------------------------------------------


@pytest.mark.parametrize(
    ("titles", "site", "cause"),
    [
        (("Älvdalens Tidning", "Vi värnar om din integritet"), "Älvdalens Tidning", Cause.CONSENT),
        (("Vi værner om dit privatliv",), None, Cause.CONSENT),
        (("Vi bryr oss om ditt personvern",), None, Cause.CONSENT),
        (("Arvostamme yksityisyyttäsi",), None, Cause.CONSENT),
        (("La tua privacy è importante per noi",), None, Cause.CONSENT),
        (("Valorizamos a sua privacidade",), None, Cause.CONSENT),
        (
            ("Gazzetta della Valle", "Contenuto non disponibile nel tuo Paese"),
            "Gazzetta della Valle",
            Cause.LEGAL,
        ),
        (("Questo video non è disponibile nella tua area geografica",), None, Cause.LEGAL),
    ],
)
def test_walls_of_the_tenth_batch(titles: tuple[str, ...], site: str | None, cause: Cause) -> None:
    head, *rest = titles
    body = "".join(f"<h1>{t}</h1>" for t in rest)
    meta = extract_metadata(
        f"<html><head><title>{head}</title></head><body>{body}</body></html>".encode(), STORY
    )
    if site:
        meta = Metadata(title=meta.title, site_name=site, title_candidates=meta.title_candidates)
    signal = gate_signal(STORY, STORY, meta, 0)
    assert signal is not None, meta
    assert signal[0] is cause


@pytest.mark.parametrize(
    "title",
    [
        "Integritet och öppenhet: kommunens nya riktlinjer",
        "Privatliv på nettet: sådan beskytter du dig",
        "Personvern: Datatilsynet gir kommunen bot",
        "Il nuovo treno non è disponibile nel fine settimana",
        "Paese che vai, usanza che trovi: la festa torna in piazza",
    ],
)
def test_headlines_in_those_words_are_no_wall(title: str) -> None:
    assert gate_signal(STORY, STORY, Metadata(title=title, site_name="Älvdalens Tidning"), 0) is None


def test_an_italian_regional_block_in_a_line_of_text() -> None:
    assert geo_block(fold("Siamo spiacenti, questo contenuto non è accessibile dalla tua area geografica."))
    assert not geo_block(fold("Il servizio non è disponibile la domenica in tutta la regione."))


# --- a news feed at an article's address --------------------------------------------------------------------

_RSS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>\n'
    b'<rss version="2.0"><channel><title>News</title><item><title>Bus timetable changes</title></item>'
    b"</channel></rss>"
)
_ATOM = (
    b'\xef\xbb\xbf<?xml version="1.0" encoding="utf-8"?>\n<!-- generator: a CMS -->\n'
    b'<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title></feed>'
)
_RDF = b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel></channel></rdf:RDF>'


@pytest.mark.parametrize("feed", [_RSS, _ATOM, _RDF])
def test_a_feed_at_an_article_address_is_not_the_article(feed: bytes) -> None:
    signal = body_signal(STORY, STORY, feed, Metadata())
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "feed" in signal[1]


@pytest.mark.parametrize(
    "url",
    [
        f"{SITE}/news/feed/",
        f"{SITE}/news/rss",
        f"{SITE}/feeds/news.xml",
        f"{SITE}/news/2017/02/27/snow-gates-closed/atom",
        f"{SITE}/category/local-news/?feed=rss2",
        f"{SITE}/news/index.rss",
    ],
)
def test_a_cited_feed_is_left_alone(url: str) -> None:
    assert body_signal(url, url, _RSS, Metadata()) is None


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"'
        b' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
        b"<head><title>Snow gates closed on the moor road</title></head>"
        b"<body><h1>Snow gates</h1></body></html>",
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"</sitemapindex>",
        b"<!DOCTYPE html><html><head><title>How to build an RSS feed</title></head><body><pre>&lt;rss"
        b' version="2.0"&gt;</pre></body></html>',
    ],
)
def test_xhtml_a_sitemap_and_a_page_about_feeds_are_no_feed(body: bytes) -> None:
    assert body_signal(STORY, STORY, body, Metadata()) is None


# --- a headless page whose only message is in a picture ---------------------------------------------------

_PICTURE_404 = (
    "<html><head><title>The Moorland Clarion</title></head><body><header><a href='/'>"
    "<img src='/logo.svg' alt='The Moorland Clarion'></a></header><main>"
    "<img src='/lost.svg' alt='{alt}'><p><a href='/'>Take me to the front page</a></p></main></body></html>"
)


@pytest.mark.parametrize(
    "alt",
    [
        "404 &ndash; page not found. Even our sheep couldn&#39;t find it.",
        "Page not found",
        "Oops! We can't find that page",
    ],
)
def test_a_headless_page_whose_picture_says_not_found_is_gone(alt: str) -> None:
    body = _PICTURE_404.replace("{alt}", alt.replace("'", "&#39;")).encode()
    meta = extract_metadata(body, STORY)
    meta = Metadata(
        title=meta.title, site_name="The Moorland Clarion", title_candidates=meta.title_candidates
    )
    signal = headless_signal(STORY, STORY, body, meta)
    assert signal is not None
    assert signal[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)


def test_pictures_of_a_page_with_a_headline_or_of_other_things_are_left_alone() -> None:
    photo = _PICTURE_404.replace("{alt}", "Snow gates on the moor road above Harden Edge").encode()
    meta = extract_metadata(photo, STORY)
    meta = Metadata(
        title=meta.title, site_name="The Moorland Clarion", title_candidates=meta.title_candidates
    )
    assert headless_signal(STORY, STORY, photo, meta) is None
    article = (
        b"<html><head><title>Page not found? Why council links break</title></head><body>"
        b"<h1>Page not found? Why council links break</h1><img src='/a.png' alt='Page not found'>"
        b"<p>Council web pages move every few years.</p></body></html>"
    )
    assert headless_signal(STORY, STORY, article, extract_metadata(article, STORY)) is None


# --- a 403 whose page says the content is gone -------------------------------------------------------------

_FORBIDDEN = "<html><head><title>{title}</title></head><body><div id='error'>{lines}</div></body></html>"


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("Wayback Machine", "<h2>Sorry.</h2><p>This URL has been excluded from the Wayback Machine.</p>"),
        (
            "Archive",
            "<p>This page has been excluded from the archive. It was removed at its owner's request.</p>",
        ),
        ("Forbidden", "<h1>This article is no longer available</h1>"),
    ],
)
def test_a_403_page_that_says_the_content_is_gone(title: str, lines: str) -> None:
    body = _FORBIDDEN.format(title=title, lines=lines).encode()
    assert forbidden_gone(body) is not None


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("403 Forbidden", "<h1>Forbidden</h1><p>You don't have permission to access this resource.</p>"),
        ("Error", "<h1>Error</h1><p>Error 403</p>"),
        ("Access Denied", "<h1>Access Denied</h1><p>Reference #18.2f3c1b17.1733130000.5a1e</p>"),
        ("Attention Required! | Cloudflare", "<h1>Sorry, you have been blocked</h1>"),
        ("Request blocked", "<h1>403 ERROR</h1><h2>The request could not be satisfied.</h2>"),
        ("Members only", "<h1>This article is for members only</h1>"),
    ],
)
def test_a_403_that_refuses_is_left_alone(title: str, lines: str) -> None:
    assert forbidden_gone(_FORBIDDEN.format(title=title, lines=lines).encode()) is None


def test_a_large_403_page_is_not_read_as_a_notice() -> None:
    story = "<p>" + "The moor road reopened on Monday after the snow gates were lifted. " * 300 + "</p>"
    body = _FORBIDDEN.format(title="Snow gates", lines="<h1>Page not found</h1>" + story).encode()
    assert forbidden_gone(body) is None
    assert forbidden_gone(b"") is None


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("This URL has been excluded from the Wayback Machine.", True),
        ("Page not found", True),
        ("Error 404", False),
        ("Error", False),
        ("410", False),
        ("Why this URL was excluded from the Wayback Machine, and what it means for readers", False),
    ],
)
def test_says_gone_wants_a_phrase_not_only_status_words(line: str, gone: bool) -> None:
    assert says_gone(line) is gone
