"""The rules the thirteenth link-rot batch (tests/test_rot_heldout13.py) brought, each on strings, with what
each must leave alone: an SVG is an image, not a page; parking landers in Turkish and Czech; sign-in pages
and paywall titles in more languages; an article withdrawn for a legal reason or at a request, said in a
clause-heavy sentence (right to be forgotten, a court's order) in seven languages, also after an
emphasised label ("<strong>Hinweis der Redaktion:</strong> ..."); French, Italian and Portuguese removal
headings; a not-found page whose search box is filled with the address's own words; a stub whose meta
refresh sends the reader to the front page later than the fetcher follows one."""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.fetch import REFRESH_SECONDS
from linkcheck.gates import address_gate, gate_signal
from linkcheck.media import is_page
from linkcheck.models import Cause, Status
from linkcheck.pagebody import (
    FETCHER_REFRESH_SECONDS,
    client_redirect,
    file_signal,
    headless_signal,
    notice_signal,
)
from linkcheck.soft404 import echoes_slug, is_error_title, says_withdrawn
from tests.rot_harness import body_signal_at

SITE = "https://www.harrowmerepost.example"
STORY = f"{SITE}/news/2019/05/14/marina-berths-price-rise-approved/"


_body_signal = body_signal_at(STORY)


# --- an SVG is an image ----------------------------------------------------------------------------------

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="320" height="80">'
    b"<title>The Harrowmere Post</title><rect width='320' height='80'/></svg>"
)


@pytest.mark.parametrize(
    ("content_type", "page"),
    [
        ("image/svg+xml", False),
        ("image/svg+xml; charset=utf-8", False),
        ("image/png", False),
        ("audio/mpeg", False),
        ("text/html; charset=utf-8", True),
        ("application/xhtml+xml", True),
        ("application/rss+xml", True),
        ("text/xml", True),
        ("", True),
    ],
)
def test_an_image_in_xml_is_no_page(content_type: str, page: bool) -> None:
    assert is_page(content_type) is page


def test_an_svg_at_an_articles_address_is_no_article() -> None:
    signal = file_signal(STORY, STORY, "image/svg+xml", SVG, False)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


@pytest.mark.parametrize("url", [f"{SITE}/static/logo.svg", f"{SITE}/images/charts/turnout-2019"])
def test_a_cited_svg_is_left_alone(url: str) -> None:
    assert file_signal(url, url, "image/svg+xml", SVG, False) is None


# --- parking landers in Turkish and Czech ------------------------------------------------------------------

PARKED_TR = """<html lang="tr"><head><title>korfezpostasi.com.tr - Bu alan adı satılıktır</title></head>
<body><h1>Bu alan adı satılık!</h1><p>Hemen teklif verin.</p>
<p>Bu alan adı park edilmiştir.</p></body></html>""".encode()
PARKED_CS = """<html lang="cs"><head><title>udolnilisty.cz je na prodej</title></head>
<body><h1>Tato doména je na prodej</h1><p>Doména je zaparkována u registrátora.</p></body></html>""".encode()


@pytest.mark.parametrize("body", [PARKED_TR, PARKED_CS])
def test_parking_landers_in_turkish_and_czech(body: bytes) -> None:
    signal = _body_signal(body)
    assert signal is not None
    assert signal[0] is Cause.PARKED


def test_one_parking_sign_is_not_enough() -> None:
    # a Czech page quoting the for-sale phrase once, under a headline of its own: one sign, not two
    quoting = """<html lang="cs"><head><title>Trh s doménami: co znamená „Tato doména je na prodej“</title>
</head><body><h1>Trh s doménami: co znamená „Tato doména je na prodej“</h1>
<p>Registrátoři ukazují tuto větu na stránkách domén, jejichž majitel je chce prodat.</p></body></html>"""
    assert _body_signal(quoting.encode()) is None


def test_a_dated_article_about_parking_is_no_lander() -> None:
    dated = PARKED_TR.replace(
        b"</title>", b'</title><meta property="article:published_time" content="2023-02-01T10:00:00Z">'
    )
    assert _body_signal(dated) is None


# --- sign-in pages and paywall titles in more languages ---------------------------------------------------


@pytest.mark.parametrize(
    "final",
    [
        f"{SITE}/inloggen?returnUrl=%2Fregio%2F2020%2F10%2F05%2Fnieuw-gemaal",
        f"{SITE}/account/aanmelden",
        f"{SITE}/logowanie?redirect=/wiadomosci/1",
        f"{SITE}/uye-girisi",
        f"{SITE}/iniciar-sesion?next=/noticia/1",
    ],
)
def test_sign_in_addresses_in_more_languages(final: str) -> None:
    assert address_gate(final) is Cause.AUTH


@pytest.mark.parametrize(
    "url",
    [
        f"{SITE}/nieuws/inloggen-bij-de-bank-lukt-niet-meer",
        f"{SITE}/regio/2020/10/05/nieuw-gemaal-in-gebruik",
    ],
)
def test_articles_about_signing_in_are_no_sign_in_address(url: str) -> None:
    assert address_gate(url) is None


def _gate(title: str, h: str = "h2", site: str = "Il Corriere della Laguna") -> Cause | None:
    page = (
        f"<html><head><title>{site}</title><meta property='og:site_name' content='{site}'></head>"
        f"<body><{h}>{title}</{h}><p>...</p></body></html>"
    )
    url = f"{SITE}/politica/2022/01/12/nuovo-piano-per-il-porto"
    gate = gate_signal(url, url, extract_metadata(page.encode(), url), 0)
    return gate[0] if gate is not None else None


@pytest.mark.parametrize(
    "title",
    [
        "Questo articolo è riservato agli abbonati",
        "Il contenuto è riservato agli abbonati",
        "Dit artikel is alleen voor abonnees",
        "This story is only for subscribers",
        "Dieser Artikel ist nur für Abonnenten",
        "Este artículo es exclusivo para suscriptores",
        "Inloggen",
        "Zaloguj się",
        "Přihlášení",
    ],
)
def test_paywall_and_sign_in_titles_in_more_languages(title: str) -> None:
    assert _gate(title) is Cause.AUTH


@pytest.mark.parametrize(
    "title",
    [
        "Questo articolo è stato scritto dagli abbonati",
        "Inloggen bij DigiD lukt weer na storing",
        "This article is for subscribers of the print edition who missed Sunday's paper",
        "Il nuovo piano per il porto passa in consiglio",
    ],
)
def test_headlines_near_those_titles_are_no_wall(title: str) -> None:
    assert _gate(title, h="h1") is None


# --- withdrawn for a legal reason or at a request -------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Este artículo ha sido retirado a petición de una de las personas mencionadas, en ejercicio de su"
        " derecho al olvido.",
        "Hinweis der Redaktion: Dieser Artikel ist aufgrund einer einstweiligen Verfügung des Landgerichts"
        " derzeit nicht abrufbar.",
        "Cet article a été retiré de notre site à la suite d'une décision de justice.",
        "Il contenuto di questa pagina è stato rimosso in ottemperanza al diritto all'oblio (art. 17 GDPR).",
        "Este conteúdo foi removido por ordem judicial.",
        "Dit artikel is verwijderd op verzoek van de betrokkene.",
        "Legal notice: This article has been taken down following a court ruling. Contact us for details.",
        "This story was removed at the request of the family.",
    ],
)
def test_withdrawal_notices_with_their_reason(line: str) -> None:
    assert says_withdrawn(line), line


@pytest.mark.parametrize(
    "line",
    [
        # a part of the article went, not the article
        "Editor's note, 14 March 2023: The name of the defendant has been removed from this article at his"
        " request, under data protection law.",
        "This article was updated after a court order; a paragraph has been removed.",
        "Dieser Artikel wurde auf Wunsch gekürzt: ein Foto wurde entfernt.",
        # no removal, or no reason
        "Dieser Artikel ist wieder abrufbar, nachdem das Gericht entschieden hat.",
        "This article has been removed.",  # the bare notice is the error patterns' (is_error_title)
        # the removal is the subject of a headline, not a notice
        "Court orders newspaper to remove article about mayor's expenses",
        "Der Bürgermeister sagt, dieser Artikel sei nach einem Urteil entfernt worden",
    ],
)
def test_what_the_withdrawal_reading_leaves_alone(line: str) -> None:
    assert not says_withdrawn(line), line


ES_URL = "https://www.elfaro.example/sucesos/2015/07/03/detenido-por-estafa-en-el-puerto"
ES_NOTICE = """<html lang="es"><head><title>El Faro del Estuario</title>
<meta property="og:site_name" content="El Faro del Estuario"></head><body>
<header><a href="/">El Faro del Estuario</a></header><main><div class="aviso"><h2>Aviso legal</h2>
<p>Este artículo ha sido retirado a petición de una de las personas mencionadas, en ejercicio de su derecho
al olvido.</p></div></main></body></html>""".encode()


def test_a_headless_page_saying_the_article_was_withdrawn_is_gone() -> None:
    signal = headless_signal(ES_URL, ES_URL, ES_NOTICE, extract_metadata(ES_NOTICE, ES_URL))
    assert signal is not None
    assert signal[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)
    assert "withdrawn" in signal[2]


DE_URL = "https://www.moorkurier.example/region/2021-05-18/streit-um-windpark"
DE_HEAD = """<html lang="de"><head><title>Streit um Windpark: Investor wehrt sich | Moorkurier</title>
<meta property="og:title" content="Streit um Windpark: Investor wehrt sich">
<meta property="article:published_time" content="2021-05-18T06:30:00+02:00"></head><body><article>
<h1>Streit um Windpark: Investor wehrt sich</h1><p class="meta">Von Jens Oltmanns</p>"""
DE_NOTE = (
    "<p><strong>Hinweis der Redaktion:</strong> Dieser Artikel ist aufgrund einer einstweiligen Verfügung"
    " des Landgerichts derzeit nicht abrufbar.</p>"
)


def _notice(body: str, url: str = DE_URL) -> tuple[Status, Cause, str] | None:
    raw = body.encode()
    return notice_signal(url, url, raw, extract_metadata(raw, url))


def test_a_withdrawal_note_after_an_emphasised_label_under_the_kept_headline_is_gone() -> None:
    signal = _notice(DE_HEAD + DE_NOTE + "</article></body></html>")
    assert signal is not None
    assert signal[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)


def test_the_same_note_above_the_articles_text_is_no_notice() -> None:
    # the notice reading is for pages where the article was: text after it (links, bold words, inline
    # emphasis all count) is the article going on
    text = "<p>Der Investor <strong>bestreitet</strong> die Vorwürfe und will klagen, sagte er am Montag.</p>"
    assert _notice(DE_HEAD + DE_NOTE + text * 12 + "</article></body></html>") is None


def test_an_anonymisation_note_over_the_article_is_no_notice() -> None:
    head = DE_HEAD.replace('lang="de"', 'lang="en"')
    note = (
        "<aside><p><strong>Editor's note:</strong> The name of the defendant has been removed from this"
        " article at his request, under data protection law.</p></aside>"
    )
    assert _notice(head + note + "</article></body></html>") is None


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Article retiré - La Voix du Marais", ["La Voix du Marais"]),
        ("Contenu supprimé", []),
        ("Articolo rimosso | Il Corriere della Laguna", ["Il Corriere della Laguna"]),
        ("Conteúdo removido", []),
    ],
)
def test_removal_headings_in_french_italian_and_portuguese(title: str, names: list[str]) -> None:
    assert is_error_title(title, names), title


@pytest.mark.parametrize(
    "title",
    [
        "Article retiré du projet de loi : les députés divisés",
        "Conteúdo removido das redes: o que diz a nova lei",
        "Articolo rimosso dalla Costituzione? Il dibattito in aula",
    ],
)
def test_headlines_about_a_removal_are_no_error_title(title: str) -> None:
    assert not is_error_title(title), title


# --- a not-found page that fills its search box with the address's words -------------------------------

ECHO_PAGE = """<html><head><title>The Harrowmere Post</title></head><body>
<h1>Let's get you back on track</h1><form role="search" action="/">
<input type="search" class="search-field" name="s" value="{value}"></form>
<ul><li><a href="/news/2023/04/27/bus-station-reopens/">Bus station reopens after refit</a></li></ul>
</body></html>"""


def test_a_search_box_holding_the_slugs_words_is_a_not_found_page() -> None:
    signal = _body_signal(ECHO_PAGE.format(value="marina berths price rise approved").encode())
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "search box" in signal[1]


@pytest.mark.parametrize(
    ("page", "url"),
    [
        (ECHO_PAGE.format(value="marina berths"), STORY),  # other words
        (ECHO_PAGE.format(value=""), STORY),  # an empty box, as an article's own
        # a text box that is no search box, even holding those words
        (
            ECHO_PAGE.replace(
                'type="search" class="search-field" name="s"', 'type="text" name="subject"'
            ).format(value="marina berths price rise approved"),
            STORY,
        ),
        # a page that states its publication date is an article, whatever its box says
        (
            ECHO_PAGE.replace(
                "</title>", '</title><meta property="article:published_time" content="2019-05-14T08:00:00Z">'
            ).format(value="marina berths price rise approved"),
            STORY,
        ),
        # a search page cited as one (no article address)
        (ECHO_PAGE.format(value="marina berths"), f"{SITE}/?s=marina+berths"),
    ],
)
def test_what_the_search_box_reading_leaves_alone(page: str, url: str) -> None:
    assert _body_signal(page.encode(), url) is None


def test_echoes_slug_wants_the_whole_slug() -> None:
    assert echoes_slug("Marina Berths Price Rise Approved", STORY)
    assert not echoes_slug("marina berths price rise", STORY)
    assert not echoes_slug("news", f"{SITE}/news/")


# --- a stub whose meta refresh leads to the front page later than the fetcher follows -------------------

STUB = """<html lang="fr"><head><meta charset="utf-8">{meta}<title>Redirection…</title></head>
<body><p>Vous allez être redirigé vers la page d'accueil dans 30 secondes.</p></body></html>"""
ARTICLE = "https://www.lavoixdumarais.example/actualites/2019/03/28/la-digue-sera-renforcee"


def test_the_fetchers_refresh_limit_is_the_one_read_here() -> None:
    assert FETCHER_REFRESH_SECONDS == REFRESH_SECONDS


@pytest.mark.parametrize(
    "meta",
    [
        '<meta http-equiv="refresh" content="30; url=/">',
        "<meta content='45;URL=/' http-equiv='Refresh'>",
        '<META HTTP-EQUIV="REFRESH" CONTENT="60; URL=/index.html">',
    ],
)
def test_a_late_meta_refresh_to_the_front_page_is_a_soft_404(meta: str) -> None:
    signal = _body_signal(STUB.format(meta=meta).encode(), ARTICLE)
    assert signal is not None
    assert signal[0] is Cause.FRONT_PAGE
    assert "meta refresh" in signal[1]


@pytest.mark.parametrize(
    ("meta", "size"),
    [
        ('<meta http-equiv="refresh" content="5; url=/">', 0),  # the fetcher's to follow
        ('<meta http-equiv="refresh" content="600">', 0),  # reloads itself
        (f'<meta http-equiv="refresh" content="600; url={ARTICLE}">', 0),  # to its own address
        ('<meta http-equiv="refresh" content="30; url=/actualites/2019/03/28/digue-renforcee-2">', 0),
        ('<meta http-equiv="refresh" content="300; url=/">', 5_000),  # a whole page, not a stub
    ],
)
def test_what_the_late_refresh_reading_leaves_alone(meta: str, size: int) -> None:
    text = "Texte de l'article. " * (size // 20)
    page = STUB.format(meta=meta).replace("</body>", f"<p>{text}</p></body>")
    assert _body_signal(page.encode(), ARTICLE) is None


def test_a_late_refresh_is_read_as_a_redirect_by_its_target() -> None:
    stub = STUB.format(meta='<meta http-equiv="refresh" content="30; url=/actualites/">').encode()
    target = ("https://www.lavoixdumarais.example/actualites/", "a meta refresh")
    assert client_redirect(stub, ARTICLE) == target
