"""The rules the forty-sixth link-rot batch (tests/test_rot_heldout46.py) brought, each on strings or through
:func:`check` with a fetcher double, with what each must leave alone: Dhivehi, Tetum, Shan and Ilocano
not-found messages; maintenance titles in Romanian, Croatian and Ukrainian; a host's default page for a
domain with no site configured ("Sito non configurato"), in six languages; a regional block that says the
page is *no longer* shown there ("Este artículo ya no está disponible en tu región"), and Spanish blocks
naming the reader's region at all; and a shop's front page whose wordless basket buttons are bound by a
script file, each button naming its product (``data-product-id``)."""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.soft404 import is_error_title, soft_404_signal
from tests.rot_harness import day as _day
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one
from tests.rot_harness import titled_page

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
ADDU = "https://addukhabaru.mv"
BAUCAU = "https://notisiabaucau.tl"
KENGTUNG = "https://kengtungnews.com.mm"
LAOAG = "https://damagtilaoag.ph"
SIGHISOARA = "https://gazetadesighisoara.ro"
VINKOVCI = "https://vinkovacki-vjesnik.hr"
UMAN = "https://visti-umani.com.ua"
ZAFRA = "https://heraldodezafra.es"
BRA = "https://gazzettadibra.it"
ZANDHUIS = "https://huisvanzand.nl"

_page = titled_page("2020-10-12T10:00:00+02:00")


def _signal(url: str, body: bytes) -> tuple[Cause, str] | None:
    return soft_404_signal(url, url, extract_metadata(body, url), 0, body)


def _cited(url: str, title: str, outlet: str = "") -> Citation:
    return Citation(url=url, title=title, outlet=outlet or None, date=PartialDate.parse(_day(url)))


# --- not-found messages in Dhivehi, Tetum, Shan and Ilocano -------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "ޞަފްޙާ ނުފެނުނު",
        "ސަފްހާ ނުފެނުނު | އައްޑޫ ޚަބަރު",
        "Pájina la hetan – Notísia Baucau",
        "Pajina ne'e la eziste",
        "ဢမ်ႇႁၼ် ၼႃႈလိၵ်ႈ",
        "ၼႃႈလိၵ်ႈ ဢမ်ႇမီး",
        "Saan a nasarakan ti panid",
        "Saan a nasarakan ti panid | Damag ti Laoag",
    ],
)
def test_not_found_messages(title: str) -> None:
    assert is_error_title(title, ("އައްޑޫ ޚަބަރު", "Notísia Baucau", "Damag ti Laoag"))


@pytest.mark.parametrize(
    "title",
    [
        # Tetum prose says "la hetan" (not found) of anything missing
        "Karau na'in sanulu la hetan, agrikultór sira husu ajuda",
        "La hetan",
        "Polísia seidauk hetan labarik na'in rua ne'ebé lakon",
        # Ilocano prose says "saan a nasarakan" of a missing fisherman
        "Saan pay a nasarakan ti napukaw a mangngalap iti Pagudpud",
        "ހިތަދޫގައި އާ ހޮސްޕިޓަލެއް ހުޅުވައިފި",
    ],
)
def test_headlines_in_those_languages_are_no_error_message(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("r46-addu-not-found-dhivehi-h1.html", f"{ADDU}/20201011/8300001020.html",
         "ހިތަދޫގައި އާ ހޮސްޕިޓަލެއް ހުޅުވައިފި", "އައްޑޫ ޚަބަރު"),
        ("r46-baucau-not-found-tetum-title.html", f"{BAUCAU}/20201012/8400001020.html",
         "Eskola foun iha Baguia loke ba estudante sira", "Notísia Baucau"),
        ("r46-kengtung-not-found-shan-div.html", f"{KENGTUNG}/20201012/8500001020.html",
         "ၵဵင်းတုင် ပိုတ်ႇႁူင်းယႃမႂ်ႇ", "ၶၢဝ်ႇၵဵင်းတုင်"),
        ("r46-laoag-not-found-ilocano-h2.html", f"{LAOAG}/20201013/8600001020.html",
         "Baro a merkado publiko iti Laoag nalukatan", "Damag ti Laoag"),
    ],
)  # fmt: skip
def test_not_found_pages_cited_fail(name: str, url: str, title: str, outlet: str) -> None:
    status, cause, verdict, _ = _one(_cited(url, title, outlet), _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


def test_tetum_story_headlined_la_hetan_passes() -> None:
    url = f"{BAUCAU}/20201011/8400001010.html"
    citation = _cited(url, "Karau na'in sanulu la hetan, agrikultór sira husu ajuda", "Notísia Baucau")
    status, _, verdict, kinds = _one(citation, _fixture("r46-baucau-story-tetum-la-hetan.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- maintenance in Romanian, Croatian and Ukrainian --------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Site în mentenanță",
        "Site in mentenanta",
        "Revenim în curând",
        "Stranica je u održavanju",
        "Održavanje u tijeku",
        "Sajt je u održavanju",
        "Технічні роботи",
        "На сайті тривають технічні роботи",
    ],
)
def test_maintenance_titles_in_three_more_languages(title: str) -> None:
    url = "https://lokalnenovine.hr/"
    signal = _signal(url, _page("<p>x</p>", title=f"{title} – Lokalne novine"))
    assert signal is not None
    assert signal[0] is Cause.SERVER_ERROR


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("r46-sighisoara-maintenance-ro.html", f"{SIGHISOARA}/20201017/9100001030.html"),
        ("r46-vinkovci-maintenance-hr.html", f"{VINKOVCI}/20201018/9200001030.html"),
        ("r46-uman-maintenance-uk.html", f"{UMAN}/20201018/9300001030.html"),
    ],
)
def test_maintenance_pages_are_down_for_now(name: str, url: str) -> None:
    status, cause, verdict, kinds = _one(
        _cited(url, "Podul nou peste Târnava se deschide în octombrie"), _fixture(name)
    )
    assert (status, cause, verdict) == (Status.ERROR, Cause.SERVER_ERROR, "warn")
    assert "title_mismatch" not in kinds


@pytest.mark.parametrize(
    "title",
    [
        "Mentenanță",
        "Lucrările de mentenanță la podul de pe Târnava se încheie vineri",
        "Održavanje",
        "Održavanje cesta: radovi na obilaznici do petka",
        "Технічні роботи на мості через Уманку завершать у п'ятницю",
    ],
)
def test_headlines_about_maintenance_left_alone(title: str) -> None:
    assert not is_error_title(title)


# --- a host's default page for a domain with no site --------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Site not configured",
        "No website is configured for this domain",
        "Sito non configurato",
        "Nessun sito configurato per questo dominio",
        "Domain nicht konfiguriert",
        "Site non configuré",
        "Sitio no configurado",
        "Site não configurado",
    ],
)
def test_site_not_configured_titles(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Il nuovo sito del comune non è ancora configurato per i pagamenti",
        "Why your router's default site is not configured for IPv6",
        "Configurato il nuovo sito dell'ospedale di Bra",
    ],
)
def test_headlines_about_configuring_sites_left_alone(title: str) -> None:
    assert not is_error_title(title)


def test_host_not_configured_page_cited_is_not_the_story() -> None:
    url = f"{BRA}/20201016/8900001020.html"
    citation = _cited(url, "Bra, riapre il teatro Politeama dopo i restauri", "Gazzetta di Bra")
    status, cause, verdict, kinds = _one(citation, _fixture("r46-bra-host-not-configured-it.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
    assert "title_mismatch" not in kinds


# --- a regional block that says "no longer"; Spanish blocks naming the region -------------------------------


def _gate(title: str, heading: str) -> tuple[Cause, str] | None:
    url = f"{ZAFRA}/20201015/8800001020.html"
    body = f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
    body += f"<h1>{heading}</h1><p>x</p></body></html>"
    return gate_signal(url, url, extract_metadata(body.encode(), url), 0)


@pytest.mark.parametrize(
    "heading",
    [
        "Este artículo ya no está disponible en tu región",
        "Este contenido no está disponible en tu región",
        "This article is no longer available in your region",
        "Cet article n'est plus disponible dans votre pays",
        "Dieser Artikel ist in Ihrem Land nicht mehr verfügbar",
        "Este artigo já não está disponível no seu país",
        "Questo articolo non è più disponibile nel tuo paese",
    ],
)
def test_regional_blocks_that_say_no_longer(heading: str) -> None:
    gate = _gate("Contenido no disponible", heading)
    assert gate is not None
    assert gate[0] is Cause.LEGAL


def test_spanish_region_notice_cited_is_blocked_not_a_mismatch() -> None:
    url = f"{ZAFRA}/20201015/8800001020.html"
    citation = _cited(
        url, "El ayuntamiento aprueba la peatonalización de la calle Sevilla", "El Heraldo de Zafra"
    )
    status, cause, verdict, kinds = _one(citation, _fixture("r46-zafra-region-notice-es.html"))
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.LEGAL, "warn")
    assert "title_mismatch" not in kinds


def test_spanish_story_headlined_no_disponible_en_tu_region_passes() -> None:
    url = f"{ZAFRA}/20201013/8800001010.html"
    title = (
        "«No disponible en tu región»: la final de la liga comarcal no se podrá ver en línea fuera de"
        " Extremadura"
    )
    status, _, verdict, kinds = _one(
        _cited(url, title, "El Heraldo de Zafra"), _fixture("r46-zafra-story-es-region-streaming.html")
    )
    assert (status, verdict) == (Status.OK, "pass"), kinds


@pytest.mark.parametrize(
    "heading",
    [
        "Por qué la serie ya no está disponible en tu región",
        "Why the app is no longer available in your country, explained",
    ],
)
def test_headlines_about_regional_blocks_left_alone(heading: str) -> None:
    assert _gate(heading, heading) is None


# --- a shop's front page whose wordless buttons a script file binds -----------------------------------------

_ICON = "<svg viewBox='0 0 20 20'><path d='M10 4v12M4 10h12'/></svg>"


@pytest.mark.parametrize(
    "button",
    [
        f"<button type='button' class='tile__btn' id='add-{{n}}' data-product-id='{{n}}'>{_ICON}</button>",
        # WooCommerce's attribute; the variant's id alone
        f'<button class="icon" data-product_id="{{n}}" data-quantity="1">{_ICON}</button>',
        f"<button type='button' data-variant-id='{{n}}01'>{_ICON}</button>",
    ],
)
def test_shop_front_of_script_bound_buttons(button: str) -> None:
    products = "".join(
        f"<div class='tile'><img src='/{n}.jpg' alt='Item {n}'><h3>Item {n}</h3>"
        f"<span class='price'>€ {n}4,95</span>{button.format(n=n)}</div>"
        for n in range(1, 4)
    )
    assert pagebody.shop_front(_page(products + "<script src='/assets/shop.min.js' defer></script>"))


def test_two_script_bound_buttons_are_no_shop() -> None:
    # a gift guide with two products, each with the shop's bound button: two buttons are no shop front
    button = f"<button type='button' data-product-id='7'>{_ICON}</button>"
    body = _page(f"<h1>Two candles we like</h1><p>Sea salt. € 19,95</p>{button}<p>Fig. € 21,95</p>{button}")
    assert not pagebody.shop_front(body)


def test_a_page_naming_products_on_other_elements_is_no_shop() -> None:
    # product ids on the cards, not on a button: a catalogue of links, no basket
    cards = "".join(
        f"<div class='card' data-product-id='{n}'><a href='/p/{n}'>Item {n}</a> € {n}4,95</div>"
        for n in range(1, 5)
    )
    assert not pagebody.shop_front(_page(cards))


def test_sold_domain_shop_with_script_bound_buttons_cited_by_date_fails() -> None:
    url = f"{ZANDHUIS}/20201017/9000001010.html"
    citation = Citation(url=url, date=PartialDate.parse(_day(url)))
    status, _, verdict, _ = _one(citation, _fixture("r46-zandhuis-shop-script-bound-buttons.html"))
    assert (status, verdict) == (Status.SOFT_404, "fail")
