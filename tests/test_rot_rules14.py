"""The rules the fourteenth link-rot batch (tests/test_rot_heldout14.py) brought, each on strings, with what
each must leave alone: a defacer's signature as a page's heading under a kept title; Flutter's and Angular's
empty shells; a registrar's page for a lapsed name in German, French and Spanish, and its offer to renew;
regional blocks in Dutch, Polish and Swedish, also on a page whose bare site name is a second title."""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal, geo_block
from linkcheck.models import Cause, Status
from linkcheck.names import fold
from linkcheck.pagebody import after_headline_signal, body_signal, defaced_signal, script_shell

SITE = "https://www.selbyvalleygazette.example"
STORY = f"{SITE}/2018/07/21/harbour-museum-reopens/"
HEADLINE = "Harbour museum reopens with new whaling gallery"
PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the story: the museum's new gallery holds the harbour's whaling logbooks, a"
    " restored rowing boat and the tools the crews carried, lent by families of the town.</p>"
    for n in range(8)
)


def _page(title: str, h1: str, body: str, og_title: str | None = None) -> bytes:
    og = f'<meta property="og:title" content="{og_title}">' if og_title else ""
    return (
        f"<html><head><title>{title}</title>{og}"
        '<meta property="article:published_time" content="2018-07-21T10:30:00+00:00"></head>'
        f"<body><h1>{h1}</h1>{body}</body></html>"
    ).encode()


# --- a defacement under the kept title -------------------------------------------------------------------


@pytest.mark.parametrize("signature", ["Hacked By Sh4d0w-Gh0st", "H4ck3d by 0x-Team", "Defaced by NullCrew"])
def test_a_defacers_signature_under_a_kept_title(signature: str) -> None:
    body = _page(f"{HEADLINE} – Selby Valley Gazette", signature, "<p>Your security is low.</p>", HEADLINE)
    metadata = extract_metadata(body, STORY)
    signal = after_headline_signal(STORY, STORY, body, metadata)
    assert signal is not None
    assert signal[:2] == (Status.SOFT_404, Cause.SPAM)


@pytest.mark.parametrize(
    ("title", "h1", "text", "og"),
    [
        # a story headlined so: its title says the same
        ("Hacked by ransomware gang, council says", "Hacked by ransomware gang, council says", "", None),
        # a headline about a hack, its og:title another wording, its text going on
        (
            "How the council lost its files",
            "Hacked by a teenager",
            PARAGRAPHS,
            "How the council lost its files",
        ),
        # a long heading is a headline, not a signature
        (HEADLINE, "Hacked by a gang from abroad, the council's archive is lost for good", "", HEADLINE),
        # the word elsewhere in the heading
        (HEADLINE, "Council says it was not hacked by anyone", "", HEADLINE),
        (HEADLINE, HEADLINE, "<p>Short.</p>", HEADLINE),
    ],
)
def test_headlines_about_hacks_are_left_alone(title: str, h1: str, text: str, og: str | None) -> None:
    body = _page(title, h1, text, og)
    assert defaced_signal(body, extract_metadata(body, STORY)) is None


# --- Flutter's and Angular's shells ----------------------------------------------------------------------

FLUTTER = b"""<!DOCTYPE html><html><head><base href="/"><meta charset="UTF-8"><title>Valley Ledger</title>
<link rel="manifest" href="manifest.json"></head>
<body><script src="flutter_bootstrap.js" async></script></body></html>"""
ANGULAR = b"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Valley Ledger</title>
<base href="/"></head><body><app-root></app-root><script src="runtime.js" type="module"></script>
<script src="main.js" type="module"></script></body></html>"""


@pytest.mark.parametrize(
    "body", [FLUTTER, ANGULAR, FLUTTER.replace(b"flutter_bootstrap.js", b"main.dart.js")]
)
def test_flutter_and_angular_shells(body: bytes) -> None:
    assert script_shell(body, extract_metadata(body, STORY))


def test_a_flutter_page_with_its_article_in_html_is_no_shell() -> None:
    body = FLUTTER.replace(b"<body>", f"<body><h1>{HEADLINE}</h1>{PARAGRAPHS}".encode())
    assert not script_shell(body, extract_metadata(body, STORY))


def test_an_article_that_mentions_flutter_is_no_shell() -> None:
    body = _page(HEADLINE, HEADLINE, "<p>The app loads flutter_bootstrap.js.</p><script>x()</script>")
    assert not script_shell(body, extract_metadata(body, STORY))


# --- a registrar's page for a lapsed name ------------------------------------------------------------------

EXPIRED_DE = """<html lang="de"><head><title>Domain abgelaufen</title></head><body>
<h1>Diese Domain ist abgelaufen</h1><p>Die Domain talbote-online.de ist am 14.08.2024 abgelaufen.</p>
<p>Melden Sie sich an und verlängern Sie die Domain, bevor sie gelöscht wird.</p></body></html>""".encode()
EXPIRED_FR = """<html lang="fr"><head><title>Domaine expiré</title></head><body>
<h1>Ce nom de domaine a expiré</h1>
<p>Connectez-vous pour renouveler ce nom de domaine.</p></body></html>""".encode()
EXPIRED_ES = b"""<html lang="es"><head><title>Dominio caducado</title></head><body>
<h1>El dominio ha caducado</h1><p>Si es el titular, puede renovar este dominio.</p></body></html>"""


@pytest.mark.parametrize("body", [EXPIRED_DE, EXPIRED_FR, EXPIRED_ES])
def test_registrar_pages_for_a_lapsed_name(body: bytes) -> None:
    signal = body_signal(STORY, STORY, body, extract_metadata(body, STORY))
    assert signal is not None
    assert signal[0] is Cause.PARKED


def test_a_renewal_offer_alone_is_one_sign() -> None:
    # a web host's page offering to renew a name, with no expiry or parking phrase: one sign, not two
    body = b"""<html><head><title>Domains - Harbour Hosting</title></head><body><h1>Your domains</h1>
<p>Renew your domain for three years and save 20%.</p></body></html>"""
    assert body_signal(STORY, STORY, body, extract_metadata(body, STORY)) is None


def test_a_dated_story_about_an_expired_domain_is_no_lander() -> None:
    body = (
        "<html><head><title>Stadt vergisst Rechnung: Diese Domain ist abgelaufen</title>"
        '<meta property="article:published_time" content="2024-08-20T08:00:00+02:00"></head><body>'
        "<h1>Stadt vergisst Rechnung: Diese Domain ist abgelaufen</h1>"
        "<p>Bürger sollen die Domain verlängern, fordert der Rat.</p></body></html>"
    ).encode()
    assert body_signal(STORY, STORY, body, extract_metadata(body, STORY)) is None


# --- regional blocks in Dutch, Polish and Swedish ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Deze inhoud is niet beschikbaar in jouw land",
        "Dit artikel is helaas niet beschikbaar in uw regio",
        "Ta treść nie jest dostępna w Twoim kraju",
        "Innehållet är inte tillgängligt i ditt land",
    ],
)
def test_regional_blocks_in_more_languages(line: str) -> None:
    assert geo_block(fold(line))
    page = f"<html><head><title>De Kanaalbode</title></head><body><h1>{line}</h1></body></html>"
    url = f"{SITE}/nieuws/2021/11/23/brug-weer-open"
    gate = gate_signal(url, url, extract_metadata(page.encode(), url), 0)
    assert gate is not None
    assert gate[0] is Cause.LEGAL


@pytest.mark.parametrize(
    "line",
    [
        "Waarom de nieuwe telefoon niet beschikbaar is in Nederland",
        "Netflix-serie niet beschikbaar in jouw land? Zo kijk je hem toch",
        "Dlaczego ta gra nie jest dostępna w Polsce",
    ],
)
def test_headlines_about_unavailable_things_are_no_block(line: str) -> None:
    page = f"<html><head><title>{line}</title></head><body><h1>{line}</h1><p>...</p></body></html>"
    url = f"{SITE}/nieuws/2021/11/23/telefoon"
    assert gate_signal(url, url, extract_metadata(page.encode(), url), 0) is None


def test_a_dated_article_under_a_block_banner_is_left_alone() -> None:
    # a block message as an <h1> beside a headline, on a page that states its date: the article's banner
    page = (
        "<html><head><title>Brug na renovatie weer open voor verkeer</title>"
        '<meta property="article:published_time" content="2021-11-23T10:00:00+01:00"></head><body>'
        "<h1>Deze video is niet beschikbaar in jouw land</h1><h2>Brug na renovatie weer open</h2>"
        f"{PARAGRAPHS}</body></html>"
    )
    url = f"{SITE}/nieuws/2021/11/23/brug-weer-open"
    assert gate_signal(url, url, extract_metadata(page.encode(), url), 0) is None
