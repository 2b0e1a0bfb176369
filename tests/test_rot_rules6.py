"""The rules the sixth link-rot batch (tests/test_rot_heldout6.py) brought, each on strings, bytes and
addresses, with what each must leave alone: not-found pages in seven more languages, a site search's or a
topic page's own title at an article URL, a redirect to an undated page at a short address under another
title, members-only walls and "isn't available where you are", a consent wall's heading on a small page
with no headline, session ids and reordered query parameters in a move, and answers that are no page (a
plain-text or JSON error, an image in place of an article)."""

from __future__ import annotations

import datetime as dt
import json
import struct
import zlib
from pathlib import Path

import pytest

from linkcheck import Config, check
from linkcheck.classify import _trivially_same, moved_finding
from linkcheck.extract import extract_metadata
from linkcheck.gates import consent_line, gate_signal
from linkcheck.models import (
    Cause,
    Citation,
    ExtractedDate,
    FetchResult,
    Metadata,
    PartialDate,
    Redirect,
    Severity,
    Status,
)
from linkcheck.names import fold
from linkcheck.pagebody import CONSENT_WALL_BYTES, file_signal, headless_signal
from linkcheck.soft404 import is_error_title, soft_404_signal, undated_short_page
from tests.test_rot_heldout import _Answers

FIXTURES = Path(__file__).parent / "fixtures" / "rot"
SITE = "https://www.estuarymail.example"
STORY = f"{SITE}/news/2020/10/14/night-ferries-to-stop"


# --- not-found pages in seven more languages --------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Страницата не е намерена | Долинен вестник", ["Долинен вестник"]),
        ("Грешка 404: страницата не съществува", []),
        ("Stranica nije pronađena", []),
        ("Nažalost, tražena stranica ne postoji", []),
        ("Stránka sa nenašla", []),
        ("Ľutujeme, požadovaná stránka neexistuje", []),
        ("Puslapis nerastas", []),
        ("Atsiprašome, ieškomas puslapis nerastas", []),
        ("Pàgina no trobada | El Diari de la Vall", ["El Diari de la Vall"]),
        ("Ho sentim, no hem trobat la pàgina", []),
        ("দুঃখিত! পৃষ্ঠাটি খুঁজে পাওয়া যায়নি", []),
        ("معذرت، مطلوبہ صفحہ نہیں ملا", []),
        ("Ukurasa haukupatikana", []),
        ("Samahani, ukurasa unaoutafuta haupo", []),
    ],
)
def test_not_found_messages_of_the_sixth_batch(title: str, names: list[str]) -> None:
    assert is_error_title(title, names)


@pytest.mark.parametrize(
    "title",
    [
        "Страницата на общината е обновена",
        "Nova stranica gradskog proračuna",
        "Stránka mesta má nový dizajn",
        "Naujas puslapis apie upę",
        "La pàgina web de l'ajuntament estrena disseny",
        "Ukurasa mpya wa habari za michezo",
        "Ho sentim molt: el riu torna a créixer",
    ],
)
def test_headlines_in_those_languages_are_no_error_message(title: str) -> None:
    assert not is_error_title(title)


# --- a site search's or a topic page's own title at an article URL ----------------------------------------


def _meta(title: str, published: str | None = None, source: str = "json-ld") -> Metadata:
    date = ExtractedDate(dt.date.fromisoformat(published), source) if published else None
    return Metadata(title=title, site_name="The Estuary Mail", published=date)


@pytest.mark.parametrize(
    "title",
    ["Search | The Estuary Mail", "Search results - The Estuary Mail", "Suchergebnisse | The Estuary Mail"],
)
def test_a_search_pages_title_at_an_article_url_is_the_site_search(title: str) -> None:
    signal = soft_404_signal(STORY, STORY, _meta(title), 0)
    assert signal is not None
    assert signal[0] is Cause.FRONT_PAGE
    assert "search" in signal[1]


@pytest.mark.parametrize(
    "title",
    [
        "Search for missing sailor ends after ten days | The Estuary Mail",
        "Search: the app that finds lost dogs | The Estuary Mail",
        "Searchlight festival returns to the pier",
    ],
)
def test_headlines_that_start_with_search_are_no_search_page(title: str) -> None:
    assert soft_404_signal(STORY, STORY, _meta(title), 0) is None


def test_a_search_page_cited_as_such_is_left_alone() -> None:
    search = f"{SITE}/search?q=ferries"
    assert soft_404_signal(search, search, _meta("Search | The Estuary Mail"), 0) is None


@pytest.mark.parametrize(
    "title",
    [
        "Night ferries | Latest news & updates | The Estuary Mail",
        "Brexit - latest news, updates and analysis",
        "Harbour | Latest stories",
    ],
)
def test_a_topic_pages_title_at_an_article_url_is_a_listing(title: str) -> None:
    signal = soft_404_signal(STORY, STORY, _meta(title), 0)
    assert signal is not None
    assert signal[0] is Cause.FRONT_PAGE


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ("Storm Edith: latest updates as gusts reach 90mph", None),
        ("Night ferries | Latest news & updates | The Estuary Mail", "2020-10-14"),
        ("Latest news | The Estuary Mail", None),
        ("Council tax: all the stories behind the rise", None),
    ],
)
def test_what_the_listing_title_reading_leaves_alone(title: str, published: str | None) -> None:
    assert soft_404_signal(STORY, STORY, _meta(title, published), 0) is None


# --- a redirect to an undated page at a short address ------------------------------------------------------


def test_an_undated_page_at_a_short_address_after_a_redirect_is_a_front() -> None:
    for final in (
        f"{SITE}/c/around-the-county/",
        f"{SITE}/international",
        "https://estuarymail.example/local",
    ):
        assert undated_short_page(STORY, final, _meta("Around the county"), 1)


@pytest.mark.parametrize(
    ("requested", "final", "meta", "redirects"),
    [
        (STORY, f"{SITE}/c/around-the-county/", _meta("Around the county", "2023-04-28"), 1),  # dated
        (STORY, f"{SITE}/news/2023/lido", _meta("Lido reopens"), 1),  # three segments, a year
        (STORY, f"{SITE}/c/page2", _meta("Around the county"), 1),  # a digit
        (STORY, "https://www.othersite.example/local", _meta("Local"), 1),  # another site
        (f"{SITE}/local", f"{SITE}/c/local/", _meta("Local"), 1),  # no article was asked for
        (STORY, f"{SITE}/account/login", _meta("Sign in"), 1),  # a gate's address
        (STORY, f"{SITE}/local", _meta("Local"), 0),  # no redirect
    ],
)
def test_what_the_short_address_reading_leaves_alone(
    requested: str, final: str, meta: Metadata, redirects: int
) -> None:
    assert not undated_short_page(requested, final, meta, redirects)


def _checked(
    cited: str, final: str, page: bytes, title: str, status: int = 301
) -> tuple[str, str | None, str]:
    fetched = FetchResult(
        url=cited,
        final_url=final,
        status_code=200,
        headers={"content-type": "text/html; charset=utf-8"},
        body=page,
        redirects=(Redirect(status, final),) if final != cited else (),
    )
    citation = Citation(cited, title=title, outlet="The Estuary Mail", date=PartialDate.parse("2017-05-09"))
    result = check([citation], Config(), fetcher=_Answers({cited: fetched})).results[0]
    return result.status.value, result.cause.value if result.cause else None, result.verdict.value


UNDATED_STORY = (
    b"<html><head><title>Lifeboat station appeal passes \xc2\xa3250,000 | The Estuary Mail</title></head>"
    b"<body><h1>Lifeboat station appeal passes \xc2\xa3250,000</h1><p>The appeal closed on Friday.</p></body>"
    b"</html>"
)


def test_the_short_address_reading_through_the_checker() -> None:
    site = "https://www.estuarymail.co.uk"  # check() takes a reserved name (.example) for a dead host
    cited = f"{site}/news/2017/05/09/lifeboat-station-appeal.html"
    section = (FIXTURES / "cms-section-front.html").read_bytes()
    title = "Lifeboat station appeal passes £250,000"
    assert _checked(cited, f"{site}/c/around-the-county/", section, title) == (
        "soft_404",
        "front_page",
        "fail",
    )
    # an undated story moved to a short address keeps its headline: a move, not a front
    assert _checked(cited, f"{site}/lifeboat-appeal", UNDATED_STORY, title)[:2] == ("ok", None)


# --- walls: members only, "isn't available where you are", a consent wall's heading ------------------------


@pytest.mark.parametrize(
    ("title", "cause"),
    [
        ("Members only | The Ridgeway Sentinel", Cause.AUTH),
        ("This article is for members only", Cause.AUTH),
        ("Sorry, our site isn't available where you are", Cause.LEGAL),
        ("This website isn't available in your country", Cause.LEGAL),
    ],
)
def test_walls_of_the_sixth_batch(title: str, cause: Cause) -> None:
    meta = Metadata(title=title, site_name="The Ridgeway Sentinel")
    signal = gate_signal(STORY, STORY, meta, 0)
    assert signal is not None
    assert signal[0] is cause


@pytest.mark.parametrize(
    "title",
    [
        "Members only: inside the town's oldest gentlemen's club",
        "This content is available in your region from Monday",
        "Why the derby stream isn't available where you are",
    ],
)
def test_headlines_about_members_and_regions_are_no_wall(title: str) -> None:
    meta = Metadata(title=title, site_name="The Ridgeway Sentinel")
    assert gate_signal(STORY, STORY, meta, 0) is None


def test_the_regional_block_at_the_outlets_own_host() -> None:
    """The sixth batch's geoblock-302-to-unavailable-page, at the outlet's host (on loopback its bare-name
    <title> is not known for the site's)."""
    cited = "https://www.ridgewaysentinel.com/news/2019/05/06/reservoir-bond/"
    final = "https://www.ridgewaysentinel.com/unavailable?geo=EU"
    fetched = FetchResult(
        url=cited,
        final_url=final,
        status_code=200,
        headers={"content-type": "text/html; charset=utf-8"},
        body=(FIXTURES / "geo-unavailable.html").read_bytes(),
        redirects=(Redirect(302, final),),
    )
    citation = Citation(cited, title="Voters back $40m reservoir bond", outlet="The Ridgeway Sentinel")
    result = check([citation], Config(), fetcher=_Answers({cited: fetched})).results[0]
    assert (result.status, result.cause) == (Status.BLOCKED, Cause.LEGAL)


@pytest.mark.parametrize(
    "line",
    [
        "Vos choix concernant l'utilisation de cookies",
        "Dagblad van het Dal gebruikt cookies",
        "We use cookies",
        "Diese Website verwendet Cookies",
    ],
)
def test_consent_wall_headings(line: str) -> None:
    assert consent_line(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        "Cookie jar thefts rise in the village",
        "We use cookies and similar technologies to measure the audience of this site, show you ads and more",
        "Bakery that uses cookies from 1920 recipe wins award",
    ],
)
def test_lines_that_are_no_consent_heading(line: str) -> None:
    assert not consent_line(fold(line))


WALL = (FIXTURES / "cookie-wall-fr.html").read_bytes()
WALL_URL = "https://www.journal-estuaire.example/region/2021/03/11/pont-levant-reouvert.html"


def test_a_small_headless_page_with_a_consent_heading_is_a_consent_wall() -> None:
    meta = extract_metadata(WALL, WALL_URL)
    signal = headless_signal(WALL_URL, WALL_URL, WALL, meta)
    assert signal is not None
    assert signal[:2] == (Status.BLOCKED, Cause.CONSENT)


def test_what_the_consent_heading_reading_leaves_alone() -> None:
    # a large page: a front page or an article with a cookie banner, not a wall in place of the page
    large = WALL.replace(b"</body>", b"<p>" + b"x " * CONSENT_WALL_BYTES + b"</p></body>")
    assert headless_signal(WALL_URL, WALL_URL, large, extract_metadata(large, WALL_URL)) is None
    # an error message further down says more than the banner
    gone = WALL.replace(b"</body>", b"<div>Page not found</div></body>")
    signal = headless_signal(WALL_URL, WALL_URL, gone, extract_metadata(gone, WALL_URL))
    assert signal is not None
    assert signal[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)
    # a page with a headline of its own is no headless page
    article = WALL.replace(b"<h2>", b"<h1>Le pont levant rouvert</h1><h2>")
    assert headless_signal(WALL_URL, WALL_URL, article, extract_metadata(article, WALL_URL)) is None


# --- moves: session ids and the query's order -------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (f"{SITE}/article.php?section=news&id=5120", f"{SITE}/article.php?id=5120&section=news"),
        (f"{SITE}/news/story;jsessionid=8F3A21C09B7E4D55", f"{SITE}/news/story"),
        (f"{SITE}/news/story;JSESSIONID=8F3A21C09B7E4D55?id=7", f"{SITE}/news/story?id=7"),
        (f"{SITE}/story.php?id=7&PHPSESSID=a1b2c3d4e5", f"{SITE}/story.php?id=7"),
    ],
)
def test_a_session_id_or_the_querys_order_is_a_trivial_move(old: str, new: str) -> None:
    assert _trivially_same(old, new)
    finding = moved_finding(
        FetchResult(url=old, final_url=new, status_code=200, redirects=(Redirect(301, new),))
    )
    assert finding is not None
    assert finding.severity is Severity.INFO


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (f"{SITE}/article.php?section=news&id=5120", f"{SITE}/article.php?id=5121&section=news"),
        (f"{SITE}/article.php?id=5120", f"{SITE}/article.php?id=5120&page=2"),
        (f"{SITE}/news/story;jsessionid=8F3A", f"{SITE}/news/other-story"),
        (f"{SITE}/news/story;edition=uk", f"{SITE}/news/story"),
    ],
)
def test_what_the_session_and_order_reading_leaves_alone(old: str, new: str) -> None:
    assert not _trivially_same(old, new)


# --- answers that are no page -----------------------------------------------------------------------------


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height)))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


PIXEL_GIF = bytes.fromhex(
    "47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b"
)


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/plain", b"404 Not Found\n\nThe requested URL was not found on this server.\n"),
        ("text/plain; charset=utf-8", b"Page not found"),
        ("application/json", json.dumps({"status": "error", "code": 404, "message": "x"}).encode()),
        ("application/json", json.dumps({"statusCode": "410"}).encode()),
        ("application/json; charset=utf-8", json.dumps({"message": "Article not found"}).encode()),
        ("image/gif", PIXEL_GIF),
        ("image/png", _png(1, 1)),
    ],
)
def test_answers_that_are_no_page_and_say_it_is_gone(content_type: str, body: bytes) -> None:
    signal = file_signal(STORY, STORY, content_type, body, False)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


def test_an_article_url_redirected_to_an_image_is_gone() -> None:
    image = f"{SITE}/static/img/content-removed.png"
    assert file_signal(STORY, image, "image/png", _png(64, 32), True) is not None


@pytest.mark.parametrize(
    ("requested", "final", "content_type", "body", "redirected"),
    [
        # a cited image, moved to a CDN; a cited image of its own at an article-like path in an image store
        # (an image at an article's address that names no file nor store is no article: test_rot_rules8)
        (
            f"{SITE}/2019/06/12/harbour-photo.jpg",
            "https://cdn.example/harbour-photo.jpg",
            "image/jpeg",
            b"\xff\xd8",
            True,
        ),
        (
            f"{SITE}/photos/2020/10/14/night-ferries-to-stop",
            f"{SITE}/photos/2020/10/14/night-ferries-to-stop",
            "image/png",
            _png(640, 480),
            False,
        ),
        # a cited address that is no article's, redirected to its image
        (f"{SITE}/random", "https://cdn.example/a.png", "image/png", _png(64, 32), True),
        # text and data with more to them than an error line
        (STORY, STORY, "text/plain", b"Not Found: the hunt for the Tsar's gold, a reading list\n", False),
        (STORY, STORY, "text/plain", b"404 Not Found\n" + b"a line of a data file\n" * 200, False),
        (STORY, STORY, "application/json", json.dumps({"count": 404, "items": []}).encode(), False),
        (STORY, STORY, "application/json", json.dumps({"code": 200, "message": "ok"}).encode(), False),
        (STORY, STORY, "application/json", b"[404, 410]", False),
        (STORY, STORY, "text/csv", b"404 Not Found", False),
    ],
)
def test_what_the_no_page_reading_leaves_alone(
    requested: str, final: str, content_type: str, body: bytes, redirected: bool
) -> None:
    assert file_signal(requested, final, content_type, body, redirected) is None
