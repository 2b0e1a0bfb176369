"""The rules the eighth link-rot batch (tests/test_rot_heldout8.py) brought, each on strings, bytes and
addresses, with what each must leave alone: not-found pages in six more languages, a web server's own page
where a site was (a fresh install's welcome page, a folder listing, a relaunch's "Coming Soon"), walls
(WordPress's sign-in address, consent addresses, a shared file's "You need access", age checks, an internet
provider's block page), a site's software failing in place of a page, an image at an article's address."""

from __future__ import annotations

import struct
import zlib

import pytest

from linkcheck.classify import _app_error
from linkcheck.extract import extract_metadata
from linkcheck.gates import address_gate, gate_signal
from linkcheck.models import Cause, Metadata
from linkcheck.pagebody import file_signal
from linkcheck.soft404 import is_error_title, soft_404_signal

SITE = "https://www.saltmarshtimes.example"
STORY = f"{SITE}/news/2020/04/09/marsh-heron-colony"

# --- not-found and removed pages in six more languages ----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Paumanhin, hindi mahanap ang pahinang ito", []),
        ("Hindi mahanap ang pahina | Pahayagang Lambak", ["Pahayagang Lambak"]),
        ("Էջը չի գտնվել", []),
        ("Ներողություն, էջը գոյություն չունի", []),
        ("மன்னிக்கவும், பக்கம் கிடைக்கவில்லை", []),
        ("Barkatu, ez da orria aurkitu", []),
        ("Orria ez da aurkitu - Haraneko Berriak", ["Haraneko Berriak"]),
        ("Tudalen heb ei chanfod - Newyddion y Cwm", ["Newyddion y Cwm"]),
        ("Mae'n ddrwg gennym, ni allwn ddod o hyd i'r dudalen honno", []),
        ("Esta noticia xa non está dispoñible", []),
        ("Páxina non atopada | Xornal do Val", ["Xornal do Val"]),
        ("O contido foi retirado", []),
    ],
)
def test_not_found_messages_of_the_eighth_batch(title: str, names: list[str]) -> None:
    assert is_error_title(title, names)


@pytest.mark.parametrize(
    "title",
    [
        "Binuksan na ang bagong tulay sa ilog",
        "Hindi mahanap ang pahina ng kasaysayan ng bayan, sabi ng aklatan",
        "Նոր կամուրջը բացվեց երթևեկության համար",
        "புதிய பாலம் திறக்கப்பட்டது",
        "Zubi berria irekita dago",
        "Mae'n ddrwg gennym: y cyngor yn ymddiheuro am y llifogydd",
        "A nova páxina web do concello xa está dispoñible",
        "Esta noticia xa non está dispoñible en papel, só en liña: o xornal cambia",
    ],
)
def test_headlines_in_those_languages_are_no_error_message(title: str) -> None:
    assert not is_error_title(title)


# --- a web server's own page where the site was -----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Welcome to nginx!", []),
        ("Apache2 Ubuntu Default Page: It works", []),
        ("Index of /features/lighthouse-keepers-reunion", []),
        ("Index of /", []),
        ("The Saltmarsh Times – Coming Soon", ["The Saltmarsh Times"]),
        ("Under Construction", []),
    ],
)
def test_a_servers_own_page_is_no_page_of_the_site(title: str, names: list[str]) -> None:
    assert is_error_title(title, names)


@pytest.mark.parametrize(
    "title",
    [
        "Coming soon: the town's new cinema opens its doors in May",
        "Index of Multiple Deprivation: the marsh villages fall behind",
        "Index of leading indicators rises for a third month",
        "It works! The new ferry app, tested",
        "It works, say farmers of the marsh's new sluice",
        "Welcome to Nginx Street, the road named after a web server",
        "Under construction for ten years, the bypass finally opens",
    ],
)
def test_headlines_about_those_words_are_no_servers_page(title: str) -> None:
    assert not is_error_title(title)


def _page(head_title: str, h1: str) -> Metadata:
    html = (
        f"<html><head><title>{head_title}</title></head><body><h1>{h1}</h1>"
        "<p>Our new website launches soon: leave your email and we will tell you when it is live.</p>"
        "</body></html>"
    ).encode()
    return extract_metadata(html, STORY)


def test_a_placeholder_title_speaks_for_the_page_whatever_its_heading() -> None:
    meta = _page("The Saltmarsh Times – Coming Soon", "Something new is on the way")
    signal = soft_404_signal(STORY, STORY, meta, 0)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


@pytest.mark.parametrize(
    ("head_title", "h1"),
    [
        # an error phrase that is no placeholder's, beside a real headline: the headline wins
        ("Page not found", "Heron colony on the marsh grows to 40 nests"),
        # a widget's "Coming soon" heading without the site's name
        ("Heron colony on the marsh grows to 40 nests", "Coming soon"),
        # a headline that says "coming soon" among other words
        ("New cinema coming soon | The Saltmarsh Times", "New cinema coming soon"),
    ],
)
def test_what_the_placeholder_reading_leaves_alone(head_title: str, h1: str) -> None:
    signal = soft_404_signal(STORY, STORY, _page(head_title, h1), 0)
    assert signal is None or "placeholder" not in signal[1]


# --- walls ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "cause"),
    [
        (f"{SITE}/wp-login.php?redirect_to=%2Fnews%2F2020%2F06%2F22%2Fsurvey%2F", Cause.AUTH),
        ("https://www.linkedin.example/authwall?trk=bf&sessionRedirect=x", Cause.AUTH),
        (f"{SITE}/zustimmung?url=%2Flokales%2Fdeich", Cause.CONSENT),
        (f"{SITE}/einwilligung/", Cause.CONSENT),
        (f"{SITE}/consentement?redirect=%2Fregion%2F", Cause.CONSENT),
        (f"{SITE}/cookie-wall", Cause.CONSENT),
    ],
)
def test_gate_addresses_of_the_eighth_batch(url: str, cause: Cause) -> None:
    assert address_gate(url) is cause


@pytest.mark.parametrize(
    "url",
    [
        f"{SITE}/news/2020/06/22/wordpress-login-bug-fixed",
        f"{SITE}/lokales/2021/zustimmung-zum-deichbau-waechst",
        f"{SITE}/wp-content/uploads/2020/06/login.png.webp",
    ],
)
def test_addresses_that_are_no_gate(url: str) -> None:
    assert address_gate(url) is None


@pytest.mark.parametrize(
    ("titles", "site", "cause"),
    [
        (("You need access", "Google Drive: You need access"), None, Cause.AUTH),
        (("Sign in", "Sign in – Acme Accounts"), None, Cause.AUTH),
        (
            ("Are you of legal drinking age?", "Age verification | The Dram Review"),
            "The Dram Review",
            Cause.AUTH,
        ),
        (("You must be 18 or over to enter this site",), None, Cause.AUTH),
        (("Доступ к ресурсу ограничен", "Доступ ограничен"), None, Cause.LEGAL),
        (("Bu siteye erişim engellenmiştir",), None, Cause.LEGAL),
    ],
)
def test_walls_of_the_eighth_batch(titles: tuple[str, ...], site: str | None, cause: Cause) -> None:
    head, *rest = (*titles[1:], titles[0]) if len(titles) > 1 else titles
    body = "".join(f"<h1>{t}</h1>" for t in rest)
    meta = extract_metadata(
        f"<html><head><title>{head}</title></head><body>{body}</body></html>".encode(), STORY
    )
    if site:
        meta = Metadata(title=meta.title, site_name=site, title_candidates=meta.title_candidates)
    signal = gate_signal(STORY, STORY, meta, 0)
    assert signal is not None, meta
    assert signal[0] is cause
    if "age" in titles[0] or "18" in titles[0]:
        assert "age check" in signal[1]


@pytest.mark.parametrize(
    "title",
    [
        "Members Only: Inside The Club",
        "Access road to the marsh closes for repairs",
        "Are you ready for the storm?",
        "Are you 18? What the new voting rules mean",
        "Доступ к пляжу ограничен на время шторма",
        "Request access to the council's files, campaigners urge",
        "Sign in: how the new library cards work",
    ],
)
def test_headlines_that_sound_like_walls_are_no_wall(title: str) -> None:
    meta = Metadata(title=title, site_name="The Saltmarsh Times")
    assert gate_signal(STORY, STORY, meta, 0) is None


# --- a site's software failing in place of the page -------------------------------------------------------

_DB_ERROR = (
    b'<!DOCTYPE html><html><head><title>Database Error</title></head><body id="error-page">'
    b'<div class="wp-die-message"><h1>Error establishing a database connection</h1></div></body></html>'
)
_PHP_FATAL = (
    b"<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function mysql_connect() in"
    b" /var/www/html/includes/db.php:14\nStack trace:\n#0 {main}\n  thrown in"
    b" <b>/var/www/html/includes/db.php</b> on line <b>14</b><br />\n"
)


@pytest.mark.parametrize(
    "body",
    [_DB_ERROR, _PHP_FATAL, b"<br />\n<b>Parse error</b>:  syntax error, unexpected '}' in /x.php on line 3"],
)
def test_a_sites_software_failing_is_no_page(body: bytes) -> None:
    assert _app_error(body) is not None


@pytest.mark.parametrize(
    "body",
    [
        # an article that failed in its footer: the page above it is there
        b"<html><head><title>Heron colony grows</title></head><body><h1>Heron colony grows</h1><p>Text.</p>"
        b"<br />\n<b>Fatal error</b>:  Allowed memory size exhausted in /x.php on line 9</body></html>",
        # a warning above a page that rendered
        b"<br />\n<b>Warning</b>:  Undefined variable $x in /x.php on line 3<br />\n<html><head><title>Heron"
        b" colony grows</title></head><body><h1>Heron colony grows</h1></body></html>",
        # a large page quoting the database error in a story about it
        b"<html><head><title>Why sites say: error establishing a database connection</title></head><body>"
        + b"<p>text</p>" * 600
        + b"<h1>Error establishing a database connection</h1></body></html>",
    ],
)
def test_what_the_software_failure_reading_leaves_alone(body: bytes) -> None:
    assert _app_error(body) is None


# --- an image at an article's address ---------------------------------------------------------------------


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x99" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_an_image_at_an_articles_address_is_no_article() -> None:
    signal = file_signal(STORY, STORY, "image/png", _png(320, 180), False)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


@pytest.mark.parametrize(
    "url",
    [
        f"{SITE}/news/2020/04/09/marsh-heron-colony.png",  # names a file
        f"{SITE}/images/2020/04/09/marsh-heron-colony",  # in an image store
        f"{SITE}/wp-content/uploads/2020/04/heron-colony-640x480",
        f"{SITE}/media/heron-colony-2020-04-09",  # a media segment
        f"{SITE}/heron",  # no article's address
    ],
)
def test_what_the_image_reading_leaves_alone(url: str) -> None:
    assert file_signal(url, url, "image/png", _png(320, 180), False) is None
