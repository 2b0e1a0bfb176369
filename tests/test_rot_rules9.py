"""The rules the ninth link-rot batch (tests/test_rot_heldout9.py) brought, each on strings and bytes, with
what each must leave alone: not-found pages in five more languages, a site host's "Website Expired", a video
platform's "Video currently unavailable", a closed outlet's farewell ("Our archive is no longer available
online"), a Japanese regional block, consent walls headed "We value your privacy" in other languages, and a
password-protected post under its headline."""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal, geo_block
from linkcheck.models import Cause, Metadata, Status
from linkcheck.names import fold
from linkcheck.pagebody import notice_signal
from linkcheck.soft404 import is_error_title

SITE = "https://www.fenmouthpost.example"
STORY = f"{SITE}/news/2019/02/11/fenmouth-pier-reopens"

# --- not-found pages in five more languages, and the hosts' and platforms' phrases ------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Jammer, die bladsy kon nie gevind word nie", []),
        ("Bladsy nie gevind nie | Die Valleibode", ["Die Valleibode"]),
        ("माफ गर्नुहोस्, पृष्ठ फेला परेन", []),
        ("पेज भेटिएन - उपत्यका खबर", ["उपत्यका खबर"]),
        ("សូមអភ័យទោស! រកមិនឃើញទំព័រនេះទេ", []),
        ("Уучлаарай, хуудас олдсонгүй", []),
        ("Níor aimsíodh an leathanach | Nuacht an Ghleanna", ["Nuacht an Ghleanna"]),
        ("Ár leithscéal, níl an leathanach seo ar fáil", []),
        ("Website Expired", []),
        ("This site has expired", []),
        ("Video currently unavailable", []),
        ("This video is no longer available", []),
        ("Our archive is no longer available online.", []),
        ("This website has now closed", []),
    ],
)
def test_error_messages_of_the_ninth_batch(title: str, names: list[str]) -> None:
    assert is_error_title(title, names)


@pytest.mark.parametrize(
    "title",
    [
        "Jammer oor die brug se vertraging",
        "Nuwe bladsy vir die gemeenskap",
        "नयाँ पुल सञ्चालनमा आयो",
        "Шинэ гүүр ашиглалтад орлоо",
        "Ár dtodhchaí: an droichead nua",
        "Website expired: how a lapsed domain took a charity offline",
        "Video: storm waves over the sea wall",
        "Why our archive is no longer available online",
        "The site has closed its doors to visitors for winter",
        "Harbour car park has now closed for the season",
    ],
)
def test_headlines_in_those_words_are_no_error_message(title: str) -> None:
    assert not is_error_title(title)


def test_a_farewell_under_its_own_heading_is_gone() -> None:
    html = (
        b"<html><head><title>The Fenmouth Post</title></head><body><h1>Thank you, Fenmouth</h1>"
        b"<p>After 112 years the paper printed its last edition and this website has now closed.</p>"
        b"<p>Our archive is no longer available online.</p><p>Bound volumes are at the library.</p>"
        b"</body></html>"
    )
    signal = notice_signal(STORY, STORY, html, extract_metadata(html, STORY))
    assert signal is not None
    assert signal[0] is Status.SOFT_404


def test_a_story_that_goes_on_after_such_a_line_is_no_farewell() -> None:
    html = (
        "<html><head><title>Library digitises its newspapers</title></head><body>"
        "<h1>Library digitises its newspapers</h1><p>Our archive is no longer available online.</p>"
        + "<p>That was the complaint of readers for years, and the library has now answered it.</p>" * 6
        + "</body></html>"
    ).encode()
    assert notice_signal(STORY, STORY, html, extract_metadata(html, STORY)) is None


# --- walls: a Japanese regional block, consent headings, a password-protected post ----------------------


@pytest.mark.parametrize(
    ("titles", "site", "cause"),
    [
        (("湾岸新報", "お住まいの地域からはご利用いただけません"), "湾岸新報", Cause.LEGAL),
        (("この動画はお住まいの国ではご覧いただけません",), None, Cause.LEGAL),
        (("このサービスは現在、日本国内からのみご利用いただけます",), None, Cause.LEGAL),
        (("Kurier Zatoki", "Cenimy Twoją prywatność"), "Kurier Zatoki", Cause.CONSENT),
        (("Wir respektieren Ihre Privatsphäre",), None, Cause.CONSENT),
        (("Valoramos tu privacidad",), None, Cause.CONSENT),
    ],
)
def test_walls_of_the_ninth_batch(titles: tuple[str, ...], site: str | None, cause: Cause) -> None:
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
        "地域の祭りが3年ぶりに再開へ",
        "日本国内からのみ利用できる新サービス、来月開始",
        "Twoja prywatność w sieci: poradnik dla seniorów",
        "Privacidad: el ayuntamiento publica su nueva política",
    ],
)
def test_headlines_in_those_words_are_no_wall(title: str) -> None:
    assert gate_signal(STORY, STORY, Metadata(title=title, site_name="湾岸新報"), 0) is None


def test_a_japanese_regional_block_in_a_line_of_text() -> None:
    assert geo_block(fold("申し訳ございません。お住まいの地域からはご利用いただけません。"))
    assert not geo_block(fold("地域の皆さまのご利用をお待ちしております"))


_PROTECTED = (
    '<html lang="{lang}"><head><title>Protected: Allotment waiting list passes 300 names</title></head><body>'
    "<h1>Protected: Allotment waiting list passes 300 names</h1><form><p>{prompt}</p>"
    '<p><label>Password: <input type="password"></label></p></form></body></html>'
)


@pytest.mark.parametrize(
    ("lang", "prompt"),
    [
        ("en-GB", "This content is password protected. To view it please enter your password below:"),
        ("de-DE", "Dieser Inhalt ist passwortgeschützt. Bitte gib unten das Passwort ein."),
        (
            "fr-FR",
            "Ce contenu est protégé par un mot de passe. Pour le lire, veuillez saisir votre mot de passe.",
        ),
        (
            "es-ES",
            "Este contenido está protegido por contraseña. Para verlo introduce tu contraseña:",
        ),
    ],
)
def test_a_password_protected_post_is_behind_a_wall(lang: str, prompt: str) -> None:
    html = _PROTECTED.format(lang=lang, prompt=prompt).encode()
    signal = notice_signal(STORY, STORY, html, extract_metadata(html, STORY))
    assert signal is not None
    assert signal[:2] == (Status.BLOCKED, Cause.AUTH)


def test_a_story_about_passwords_is_no_wall() -> None:
    html = (
        "<html><head><title>Council data leak</title></head><body><h1>Council data leak</h1>"
        "<p>The content is password protected, the council said, but the password was on a sticky note.</p>"
        + "<p>Officials admitted the file had been shared widely among staff and contractors.</p>" * 6
        + "</body></html>"
    ).encode()
    assert notice_signal(STORY, STORY, html, extract_metadata(html, STORY)) is None
