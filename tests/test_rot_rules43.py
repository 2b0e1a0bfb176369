"""The rules the forty-third link-rot batch (tests/test_rot_heldout43.py) brought, each on strings or through
:func:`check` with a fetcher double, with what each must leave alone: Yoruba, Zulu, Malagasy, Scottish
Gaelic, Māori and Occitan not-found messages; an expired hosting plan's notice (Indonesian, English); a Polish
maintenance page; Swedish, Danish, Norwegian and Hungarian parking pages (and a Swedish page that names its
"domän" only); a shop's front page on a sold domain; and rot42's leftover, the phrases a piece's filler trim
could never match (an error phrase whose edge word is filler, and the maintenance, rate-limit, moved and
placeholder tables, which were asked the untrimmed piece)."""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.soft404 import is_error_title, is_moved_title
from tests.rot_harness import day as _day
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one
from tests.rot_harness import soft_signal as _signal
from tests.rot_harness import titled_page

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
IBADAN = "https://iroyinibadan.ng"
IZINDABA = "https://izindabazasemgungundlovu.co.za"
TOAMASINA = "https://feonitoamasina.mg"
STEORNABHAGH = "https://naidheachdsteornabhaigh.scot"
ROTORUA = "https://ngakorerorotorua.nz"
TOLOSA = "https://locridairedetolosa.fr"
HANCZA = "https://wiesciznadhanczy.pl"

_page = titled_page("2020-09-14T10:00:00+02:00")


# --- not-found messages in six languages --------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "A kò rí ojú-ìwé yìí",
        "Ojú-ìwé tí ẹ ń wá kò sí mọ́",
        "Ikhasi alitholakalanga | Izindaba zaseMgungundlovu",
        "Ikhasi olifunayo alisekho",
        "Tsy hita ny pejy",
        "Tsy misy intsony ny pejy notadiavinao",
        "Cha deach an duilleag a lorg",
        "Chan eil an duilleag ann",
        "Kāore i kitea te whārangi — Ngā Kōrero o Rotorua",
        "Kaore i kitea te wharangi",
        "Pagina pas trobada",
        "La pagina que cercatz existís pas",
    ],
)
def test_not_found_messages(title: str) -> None:
    assert is_error_title(title, ("Izindaba zaseMgungundlovu", "Ngā Kōrero o Rotorua"))


@pytest.mark.parametrize(
    "title",
    [
        "Ìjọba ìpínlẹ̀ Ọ̀yọ́ ṣí ọjà tuntun ní Bodija",
        "Drochaid ùr air a fosgladh ann an Tairbeart",
        # Malagasy prose says "tsy hita" (not found) of anything missing
        "Mbola tsy hita ireo mpanjono telo lasan'ny rivotra tany Toamasina",
        "Tsy hita ny lakana nitondra ireo mpanjono",
        "Tsy hita ny pejy farany amin'ny diarin'ny mpanoratra",
        "Cha deach an duilleag a lorg anns an leabhar-lann",
        "Kāore i kitea te waka i ngaro ki te moana",
        "Pagina pas trobada: la bibliotèca cèrca un manuscrit perdut",
        "Umkhandlu wakha imigwaqo emisha e-Edendale",
    ],
)
def test_headlines_in_those_languages_are_no_error_message(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("ibadan-not-found-yoruba-h1.html", f"{IBADAN}/20200915/5100001020.html",
         "Àwọn àgbẹ̀ kòkó ní Ìbàdàn ń bèèrè owó tó pọ̀ sí i", "Ìròyìn Ìbàdàn"),
        ("izindaba-not-found-zulu-title.html", f"{IZINDABA}/20200915/5200001020.html",
         "Umkhandlu wakha imigwaqo emisha e-Edendale", "Izindaba zaseMgungundlovu"),
        ("toamasina-not-found-malagasy-div.html", f"{TOAMASINA}/20200916/5300001020.html",
         "Nisokatra ny lalana vaovao mankany Foulpointe", "Feon'i Toamasina"),
        ("steornabhagh-not-found-gaelic-h2.html", f"{STEORNABHAGH}/20200916/5400001020.html",
         "Aiseag ùr airson Loch Baghasdail", "Naidheachd Steòrnabhaigh"),
        ("rotorua-not-found-maori-title.html", f"{ROTORUA}/20200917/5500001020.html",
         "Ka whakatuwheratia he whare hauora hou ki Rotorua", "Ngā Kōrero o Rotorua"),
        ("tolosa-not-found-occitan-h1.html", f"{TOLOSA}/20200917/5600001020.html",
         "La vila de Tolosa plantarà mila arbres", "Lo Cridaire de Tolosa"),
    ],
)  # fmt: skip
def test_not_found_pages_cited_fail(name: str, url: str, title: str, outlet: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(_day(url)))
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("ibadan-story-yoruba.html", f"{IBADAN}/20200911/5100001010.html",
         "Ìjọba ìpínlẹ̀ Ọ̀yọ́ ṣí ọjà tuntun ní Bodija", "Ìròyìn Ìbàdàn"),
        ("toamasina-story-malagasy-tsy-hita.html", f"{TOAMASINA}/20200912/5300001010.html",
         "Mbola tsy hita ireo mpanjono telo lasan'ny rivotra tany Toamasina", "Feon'i Toamasina"),
        ("steornabhagh-story-gaelic.html", f"{STEORNABHAGH}/20200913/5400001010.html",
         "Drochaid ùr air a fosgladh ann an Tairbeart", "Naidheachd Steòrnabhaigh"),
    ],
)  # fmt: skip
def test_stories_in_those_languages_pass(name: str, url: str, title: str, outlet: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(_day(url)))
    status, _, verdict, kinds = _one(citation, _fixture(name))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- an expired hosting plan; a Polish maintenance page -----------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Masa Aktif Hosting Telah Berakhir",
        "Website ini sedang tidak aktif",
        "Hosting Expired",
        "The hosting account for this website has expired",
    ],
)
def test_expired_hosting_titles(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Masa aktif hosting telah berakhir, ribuan situs UMKM terancam hilang",
        "Council website down after hosting expired",
        "Why your hosting expired without warning",
    ],
)
def test_headlines_about_expired_hosting_left_alone(title: str) -> None:
    assert not is_error_title(title)


def test_indonesian_expired_hosting_page_cited_fails() -> None:
    url = f"{IBADAN}/20200919/5100001030.html"
    citation = Citation(
        url=url, title="Ọjà Bodija ti kún fún àwọn oníbàárà", date=PartialDate.parse(_day(url))
    )
    status, cause, verdict, kinds = _one(citation, _fixture("ibadan-hosting-expired-id.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
    assert "title_mismatch" not in kinds


def test_polish_maintenance_page_is_down_for_now() -> None:
    url = f"{HANCZA}/20200920/5700001010.html"
    citation = Citation(
        url=url, title="Nowa ścieżka rowerowa wokół Zalewu Arkadia", date=PartialDate.parse(_day(url))
    )
    status, cause, verdict, kinds = _one(citation, _fixture("hancza-maintenance-pl.html"))
    assert (status, cause, verdict) == (Status.ERROR, Cause.SERVER_ERROR, "warn")
    assert "title_mismatch" not in kinds


@pytest.mark.parametrize("title", ["Przerwa techniczna", "Trwają prace konserwacyjne", "Prace serwisowe"])
def test_polish_maintenance_titles(title: str) -> None:
    url = f"{HANCZA}/"
    signal = _signal(url, _page("<p>Wracamy wkrótce.</p>", title=title))
    assert signal is not None
    assert signal[0] is Cause.SERVER_ERROR


@pytest.mark.parametrize(
    "title",
    [
        "Wartungsarbeiten",
        "Site en maintenance",
        "Sitio en mantenimiento",
        "Sito in manutenzione",
        "Website in onderhoud",
        "Wir sind bald zurück",
    ],
)
def test_other_languages_maintenance_titles(title: str) -> None:
    url = "https://lokalblatt.de/"
    signal = _signal(url, _page("<p>x</p>", title=title))
    assert signal is not None
    assert signal[0] is Cause.SERVER_ERROR


@pytest.mark.parametrize(
    "title",
    [
        "Onderhoud",
        "Wartungsarbeiten am Hauptbahnhof dauern bis Montag",
        "En mantenimiento: el puente de Triana cierra dos noches",
        "Rennes. La ligne b du métro fermée deux soirs pour maintenance",
    ],
)
def test_headlines_about_maintenance_in_other_languages_left_alone(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    "title", ["Przerwa techniczna w elektrowni Bełchatów", "Prace konserwacyjne na moście w Augustowie"]
)
def test_polish_headlines_about_maintenance_left_alone(title: str) -> None:
    assert not is_error_title(title)


def test_english_story_quoting_the_notices_passes() -> None:
    url = "https://stornowayrecord.co.uk/2020/09/14/council-website-down-a95010"
    citation = Citation(
        url=url,
        title="Council website down for two days after failed upgrade",
        outlet="The Stornoway Record",
        date=PartialDate.parse("2020-09-14"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("record-story-site-outage-quotes-notices.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- parking pages: Swedish, Danish, Norwegian, Hungarian ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("izindaba-parked-sv.html", f"{IZINDABA}/20200918/5200001030.html"),
        ("tolosa-parked-hu.html", f"{TOLOSA}/20200918/5600001030.html"),
    ],
)
def test_swedish_and_hungarian_parking_pages_are_parked(name: str, url: str) -> None:
    citation = Citation(
        url=url, title="Lo festenal de Tolosa tòrna en octòbre", date=PartialDate.parse(_day(url))
    )
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.PARKED, "fail")


@pytest.mark.parametrize(
    ("sale", "parked"),
    [
        ("Den här domänen är till salu!", "Domänen är parkerad hos registraren."),
        ("Domænet er til salg.", "Domænet er parkeret."),
        ("Domenet er til salgs.", "Domenet er parkert."),
        ("Ez a domain eladó!", "Ez egy parkoltatott domain."),
    ],
)
def test_nordic_and_hungarian_phrases_are_read(sale: str, parked: str) -> None:
    assert any(p in sale.lower().encode() for p in pagebody.SALE_PHRASES)
    assert any(p in parked.lower().encode() for p in pagebody.PARKED_PHRASES)


def test_a_swedish_parking_page_naming_only_its_domän_is_parked() -> None:
    # no "domain" anywhere: the page names its "domän" only, which the placeholder's word test now reads
    body = (
        "<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>kirunaposten.se</title></head>"
        "<body><h1>kirunaposten.se</h1><p>Den här domänen är till salu!</p><p>Domänen är parkerad gratis hos"
        " registraren.</p></body></html>"
    ).encode()
    url = "https://kirunaposten.se/2020/09/18/gruvan-a1"
    assert _signal(url, body) is None  # the error signal is not the parking test
    citation = Citation(url=url, date=PartialDate.parse("2020-09-18"))
    status, cause, verdict, _ = _one(citation, body)
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.PARKED, "fail")


def test_dated_swedish_story_about_a_lapsed_domain_left_alone() -> None:
    title = "Kommunen glömde betala: nu är domänen till salu"
    body = _page(
        f"<h1>{title}</h1><p>På sidan står nu ”Den här domänen är till salu” och ”Domänen är parkerad hos"
        " registraren”. Kommunen säger att den köper tillbaka domänen.</p>",
        dated=True,
        title=title,
    )
    citation = Citation(
        url="https://norrlandsnytt.se/2020/09/14/domanen-till-salu",
        title=title,
        date=PartialDate.parse("2020-09-14"),
    )
    status, _, verdict, kinds = _one(citation, body)
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a shop's front page on a sold domain -------------------------------------------------------------------


def test_danish_shop_front_cited_by_date_only_fails() -> None:
    url = f"{TOAMASINA}/20200919/5300001030.html"
    citation = Citation(url=url, date=PartialDate.parse(_day(url)))
    status, cause, verdict, _ = _one(citation, _fixture("toamasina-domain-sold-danish-shop.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


@pytest.mark.parametrize(
    "button",
    [
        "Læg i kurv",
        "Lägg i varukorgen",
        "In den Warenkorb",
        "Ajouter au panier",
        "Dodaj do koszyka",
        "Add to basket",
    ],
)
def test_shop_front_in_several_languages(button: str) -> None:
    products = "".join(
        f"<div><h3>Vare {n}</h3><p>{n}99,00</p><button>{button}</button></div>" for n in range(1, 4)
    )
    assert pagebody.shop_front(_page(products))


def test_a_page_with_two_basket_buttons_is_no_shop_front() -> None:
    # a recipe's "put the ingredients in the basket" links, a publisher's page of one book in two bindings
    body = _page(
        "<h1>Æbleskiver</h1><p>Mel, mælk, æg.</p><button>Læg i kurv</button><p>Pande</p>"
        "<button>Læg i kurv</button>"
    )
    assert not pagebody.shop_front(body)


def test_dated_story_about_a_shop_left_alone() -> None:
    title = "Ny webshop i Vejle sælger brugte møbler"
    products = "".join(f"<p>Stol {n}: 300 kr. <button>Læg i kurv</button></p>" for n in range(1, 5))
    body = _page(
        f"<h1>{title}</h1><p>Butikken viser sine varer sådan:</p>{products}", dated=True, title=title
    )
    citation = Citation(
        url="https://vejlenyt.dk/2020/09/14/ny-webshop", title=title, date=PartialDate.parse("2020-09-14")
    )
    status, _, verdict, kinds = _one(citation, body)
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- rot42's leftover: phrases the filler trim could never match --------------------------------------------


@pytest.mark.parametrize(
    "title", ["Error page", "Oops! Error page", "404 page", "Page 404", "На сайте ведутся технические работы"]
)
def test_phrases_with_a_filler_edge_word_are_read(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize("title", ["Page", "Front page", "Error", "Page 3", "Error page design: ten tips"])
def test_filler_edge_left_alone(title: str) -> None:
    # "Error" alone was an error title before, by its error word; the others never are
    assert is_error_title(title) is (title == "Error")


@pytest.mark.parametrize(
    ("title", "cause"),
    [
        # a piece holding filler with no punctuation between: the error test trimmed it, the maintenance and
        # rate-limit tables were asked it whole, so these were error pages (soft 404s), not down or busy
        ("Error 429 Too Many Requests", Cause.RATE_LIMITED),
        ("HTTP 429 Too Many Requests", Cause.RATE_LIMITED),
        ("Oops we'll be back soon", Cause.SERVER_ERROR),
        ("Error Scheduled maintenance", Cause.SERVER_ERROR),
        ("Przepraszamy przerwa techniczna", Cause.SERVER_ERROR),
    ],
)
def test_down_and_busy_notices_with_filler_are_read_as_such(title: str, cause: Cause) -> None:
    url = "https://stornowayrecord.co.uk/"
    signal = _signal(url, _page("<p>x</p>", title=title))
    assert signal is not None
    assert signal[0] is cause


def test_an_error_page_with_filler_stays_an_error_page() -> None:
    url = "https://stornowayrecord.co.uk/"
    signal = _signal(url, _page("<p>x</p>", title="Error 404 Page not found"))
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


def test_moved_notice_with_filler_is_read() -> None:
    assert is_moved_title("Sorry this page has moved")
    assert is_moved_title("Oops, this page has moved")  # read before too: the comma makes "Oops" a piece
    assert not is_moved_title("Sorry the parade has moved")
