"""The rules the forty-seventh link-rot batch (tests/test_rot_heldout47.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: maintenance pages in
Lithuanian, Latvian, Estonian, Bulgarian, Serbian in Cyrillic, Norwegian and Danish; a host's default page
for a domain with no site configured in Polish, Dutch and Turkish; and a shop's product page whose basket
button has no words and no product id, known by its product markup, its offer's price in a currency and a
quantity field."""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.soft404 import is_error_title
from tests.rot_harness import day as _day
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import headed_page, titled_page
from tests.rot_harness import one as _one
from tests.rot_harness import soft_signal as _signal

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
JONISKIS = "https://joniskiozinia.lt"
KULDIGA = "https://kuldigasvestnesis.lv"
HAAPSALU = "https://haapsalukuulutaja.ee"
LOVECH = "https://loveshkikurier.bg"
ARILJE = "https://glasnikarilja.rs"
HAMAROY = "https://hamaroybudstikke.no"
SANOK = "https://kuriersanocki.pl"
DOKKUM = "https://dokkumercourant.nl"
BARTIN = "https://bartinpostasi.com.tr"
NORDLICHT = "https://nordlicht-wohnen.de"
KENDAL = "https://kendalcourier.co.uk"

_page = titled_page("2020-11-03T10:00:00+02:00")
_headed = headed_page("2020-11-03T10:00:00+02:00")


def _cited(url: str, title: str, outlet: str = "") -> Citation:
    return Citation(url=url, title=title, outlet=outlet or None, date=PartialDate.parse(_day(url)))


# --- maintenance in seven more languages --------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Vyksta techniniai darbai",
        "Svetainė laikinai neveikia",
        "Notiek tehniskie darbi",
        "Mājaslapa īslaicīgi nav pieejama",
        "Lehel toimuvad hooldustööd",
        "Veebileht on ajutiselt kättesaamatu",
        "Сайтът е в профилактика",
        "Сайтът временно е недостъпен",
        "Сајт је у одржавању",
        "Сајт је тренутно у одржавању",
        "Nettstedet er under vedlikehold",
        "Siden er under vedligeholdelse",
    ],
)
def test_maintenance_titles_in_seven_more_languages(title: str) -> None:
    url = "https://vietos-zinios.lt/"
    signal = _signal(url, _page("<p>x</p>", title=f"{title} – Vietos žinios"))
    assert signal is not None
    assert signal[0] is Cause.SERVER_ERROR


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("r47-joniskis-maintenance-lt.html", f"{JONISKIS}/20201103/9400001030.html"),
        ("r47-kuldiga-maintenance-lv.html", f"{KULDIGA}/20201103/9500001030.html"),
        ("r47-haapsalu-maintenance-et.html", f"{HAAPSALU}/20201104/9600001030.html"),
        ("r47-lovech-maintenance-bg.html", f"{LOVECH}/20201105/9800001030.html"),
        ("r47-arilje-maintenance-sr-cyrl.html", f"{ARILJE}/20201105/9900001030.html"),
        ("r47-hamaroy-maintenance-nb.html", f"{HAMAROY}/20201106/9910001030.html"),
    ],
)
def test_maintenance_pages_are_down_for_now(name: str, url: str) -> None:
    status, cause, verdict, kinds = _one(_cited(url, "Naujas tiltas per Audruvį atidarytas"), _fixture(name))
    assert (status, cause, verdict) == (Status.ERROR, Cause.SERVER_ERROR, "warn")
    assert "title_mismatch" not in kinds


@pytest.mark.parametrize(
    "title",
    [
        # the bare maintenance words name a garage's, a clinic's or a road's works
        "Hooldustööd",
        "Vedlikehold",
        "Профилактика",
        "Vedligeholdelse",
        # headlines about works
        "Ant Žagarės gatvės viaduko vyksta techniniai darbai: eismas ribojamas savaitei",
        "Tallinna maanteel toimuvad hooldustööd kuni reedeni",
        "Мостът в Ловеч остава затворен заради профилактика",
        "Broen på Oppeid under vedlikehold til mars",
        "Мост на Моравици у одржавању до пролећа",
    ],
)
def test_maintenance_words_and_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title)


def test_lithuanian_story_headlined_technical_works_passes() -> None:
    url = f"{JONISKIS}/20201102/9400001010.html"
    title = "Ant Žagarės gatvės viaduko vyksta techniniai darbai: eismas ribojamas savaitei"
    status, _, verdict, kinds = _one(
        _cited(url, title, "Joniškio žinia"), _fixture("r47-joniskis-story-lt-viaduct-works.html")
    )
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a host's default page for a domain with no site, in Polish, Dutch and Turkish --------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Strona nie jest skonfigurowana",
        "Brak skonfigurowanej strony dla tej domeny",
        "Website niet geconfigureerd",
        "Er is nog geen website geconfigureerd voor dit domein",
        "Site yapılandırılmamış",
        "Bu alan adı için yapılandırılmış bir site yok",
    ],
)
def test_site_not_configured_titles(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Nowa strona urzędu miasta nie jest jeszcze skonfigurowana do płatności",
        "Waarom de website van de gemeente niet geconfigureerd was voor de verkiezingen",
        "Belediyenin yeni sitesi yapılandırılmamış sunucuda kaldı",
    ],
)
def test_headlines_about_configuring_sites_left_alone(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("r47-sanok-host-not-configured-pl.html", f"{SANOK}/20201106/9920001020.html"),
        ("r47-dokkum-host-not-configured-nl.html", f"{DOKKUM}/20201107/9930001020.html"),
        ("r47-bartin-host-not-configured-tr.html", f"{BARTIN}/20201107/9940001020.html"),
    ],
)
def test_host_not_configured_pages_cited_are_not_the_story(name: str, url: str) -> None:
    status, cause, verdict, kinds = _one(_cited(url, "Nowy most na Sanie otwarty"), _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
    assert "title_mismatch" not in kinds


# --- a shop's product page whose basket button has no words and no product id -------------------------------

_ICON = "<svg viewBox='0 0 24 24'><path d='M6 7h12l-1 14H7z'/></svg>"
_BUTTON = f"<button type='button' class='buy'>{_ICON}</button>"
_OG_PRODUCT = "<meta property='og:type' content='product'><title>Linen cushion</title>"
_LD_OFFER = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Cushion",'
    '"offers":{"@type":"Offer","price":"34.95","priceCurrency":"EUR"}}</script>'
)
_OG_PRICE = "<meta property='product:price:amount' content='34.95'>"


@pytest.mark.parametrize(
    ("head", "quantity"),
    [
        (_OG_PRODUCT + _LD_OFFER, "<input type='number' class='menge-feld' value='1' min='1'>"),
        (_LD_OFFER, "<input name='quantity' value='1'>"),
        (_OG_PRODUCT + _OG_PRICE, "<input type='text' id='qty' value='1'>"),
    ],
)
def test_product_page_with_an_offer_and_a_quantity_field_is_a_shop(head: str, quantity: str) -> None:
    body = _headed(head, f"<h1>Linen cushion</h1><p>34,95 €</p>{quantity}{_BUTTON}")
    assert pagebody.online_shop(body)


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # a review naming a product and its offer: no field to buy it
        (_LD_OFFER, "<h1>Review: the cushion</h1><p>Price: €34.95. Three stars.</p>"),
        # product markup and a quantity field, no price in a currency (a spare part's manual)
        (_OG_PRODUCT, "<h1>Cushion cover</h1><p>How many covers?</p><input type='number' value='1'>"),
        # an offer and a number field but no product markup (a council's ticket form)
        (_OG_PRICE, "<h1>Parking permit</h1><input type='number' name='quantity' value='1'>"),
    ],
)
def test_pages_short_of_a_shops_marks_are_no_shop(head: str, body: str) -> None:
    assert not pagebody.online_shop(_headed(head, body))


def test_sold_domain_product_page_cited_by_date_fails() -> None:
    url = f"{NORDLICHT}/20201111/9950001010.html"
    citation = Citation(url=url, date=PartialDate.parse(_day(url)))
    status, _, verdict, _ = _one(citation, _fixture("r47-nordlicht-shop-product-page.html"))
    assert (status, verdict) == (Status.SOFT_404, "fail")


def test_product_review_with_product_json_ld_passes() -> None:
    url = f"{KENDAL}/lifestyle/2020/11/05/swiftboil-kettle-review"
    citation = Citation(
        url=url,
        title="Review: the £89 kettle that promises a cup in sixty seconds",
        outlet="The Kendal Courier",
        date=PartialDate.parse("2020-11-05"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("r47-kendal-story-kettle-review.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds
