"""The rules the forty-fourth link-rot batch (tests/test_rot_heldout44.py) brought, each on strings or through
:func:`check` with a fetcher double, with what each must leave alone: Xhosa, Hausa, Igbo, Kinyarwanda and
Shona not-found (and no-longer-available) messages; maintenance titles in Portuguese, Finnish, Greek, Turkish,
Czech and Swedish; Finnish and Greek parking pages (a page that names its "verkkotunnus" or "όνομα χώρου"
only); a shop's front page whose basket buttons are icons (named by ``aria-label``, ``title`` or class only),
one button's several labels counted once; and a Greek consent manager's dialog in place of the story."""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.gates import consent_line, consent_purposes
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from linkcheck.soft404 import is_error_title
from tests.rot_harness import day as _day
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one
from tests.rot_harness import soft_signal as _signal
from tests.rot_harness import titled_page

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
KANO = "https://labarankano.ng"
MTHATHA = "https://iindabazasemthatha.co.za"
ONITSHA = "https://akukoonitsha.ng"
HUYE = "https://amakuruyahuye.rw"
MUTARE = "https://nhaudzemutare.co.zw"
SOTKAMO = "https://sotkamonsanansaattaja.fi"
KALAMATA = "https://eidiseiskalamatas.gr"
PARATY = "https://correiodeparaty.com.br"

_page = titled_page("2020-09-24T10:00:00+02:00")


# --- not-found messages in five languages -------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Iphepha alifumaneki",
        "Iphepha olikhangelayo alisekho | Iindaba zaseMthatha",
        "Ba a sami shafin ba – Labaran Kano",
        "Shafin da kuke nema babu shi",
        "Ahụghị ibe a",
        "Ahughi ibe a",
        "Paji ntiyabonetse",
        "Paji mushaka ntikiriho",
        "Nyaya iyi haichawanikwi",
        "Peji harina kuwanikwa",
    ],
)
def test_not_found_messages(title: str) -> None:
    assert is_error_title(title, ("Iindaba zaseMthatha", "Labaran Kano"))


@pytest.mark.parametrize(
    "title",
    [
        "Gwamnati ta buɗe sabuwar kasuwa a Ƙofar Mata",
        # Xhosa prose says "ayifumaneki" / "alifumaneki" (cannot be found) of anything missing
        "Imali yesibhedlele ayifumaneki, utsho umphicothi-zincwadi",
        "Iphepha lobungqina alifumaneki",
        "Ba a sami ɗaliban da suka ɓace ba",
        "Ahụghị ụmụaka abụọ furu efu n'Onitsha",
        "Paji ntiyabonetse mu gitabo cy'amateka",
        "Nyaya iyi haichawanikwi muMutare chete",
    ],
)
def test_headlines_in_those_languages_are_no_error_message(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("r44-mthatha-not-found-xhosa-h1.html", f"{MTHATHA}/20200924/6200001020.html",
         "Isibhedlele esitsha savulwa eMthatha", "Iindaba zaseMthatha"),
        ("r44-kano-not-found-hausa-title.html", f"{KANO}/20200924/6100001020.html",
         "An kammala aikin gadar Ƙofar Nassarawa", "Labaran Kano"),
        ("r44-onitsha-not-found-igbo-div.html", f"{ONITSHA}/20200925/6300001020.html",
         "Gọọmentị steeti Anambra emeghere ahịa ọhụrụ na Onitsha", "Akụkọ Onitsha"),
        ("r44-huye-not-found-kinyarwanda-h2.html", f"{HUYE}/20200925/6400001020.html",
         "Ikiraro gishya cyuzuye i Huye", "Amakuru ya Huye"),
        ("r44-mutare-no-longer-available-shona.html", f"{MUTARE}/20200926/6500001020.html",
         "Kanzuru yeMutare yavhura musika mutsva", "Nhau dzeMutare"),
    ],
)  # fmt: skip
def test_not_found_pages_cited_fail(name: str, url: str, title: str, outlet: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(_day(url)))
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("r44-kano-story-hausa.html", f"{KANO}/20200921/6100001010.html",
         "Gwamnati ta buɗe sabuwar kasuwa a Ƙofar Mata", "Labaran Kano"),
        ("r44-mthatha-story-xhosa-ayifumaneki.html", f"{MTHATHA}/20200922/6200001010.html",
         "Imali yesibhedlele ayifumaneki, utsho umphicothi-zincwadi", "Iindaba zaseMthatha"),
    ],
)  # fmt: skip
def test_stories_in_those_languages_pass(name: str, url: str, title: str, outlet: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(_day(url)))
    status, _, verdict, kinds = _one(citation, _fixture(name))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- maintenance in six more languages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Site em manutenção",
        "Estamos em manutenção",
        "Voltamos em breve",
        "Huoltokatko",
        "Sivusto on huollossa",
        "Υπό συντήρηση",
        "Ο ιστότοπος είναι υπό συντήρηση",
        "Bakım çalışması",
        "Sitemiz bakımda",
        "Probíhá údržba",
        "Web je v údržbě",
        "Underhåll pågår",
        "Vi är snart tillbaka",
    ],
)
def test_maintenance_titles_in_six_more_languages(title: str) -> None:
    url = "https://paikallislehti.fi/"
    signal = _signal(url, _page("<p>x</p>", title=f"{title} – Paikallislehti"))
    assert signal is not None
    assert signal[0] is Cause.SERVER_ERROR


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("r44-sotkamo-maintenance-fi.html", f"{SOTKAMO}/20200929/6600001030.html"),
        ("r44-paraty-maintenance-pt.html", f"{PARATY}/20200930/6800001020.html"),
    ],
)
def test_maintenance_pages_are_down_for_now(name: str, url: str) -> None:
    citation = Citation(
        url=url, title="Paraty ganha nova ciclovia até Jabaquara", date=PartialDate.parse(_day(url))
    )
    status, cause, verdict, kinds = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.ERROR, Cause.SERVER_ERROR, "warn")
    assert "title_mismatch" not in kinds


@pytest.mark.parametrize(
    "title",
    [
        "Manutenção",
        "Ponte Rio-Niterói em manutenção até sexta",
        "Huoltokatko katkaisee sähköt Vuokatissa",
        "Υπό συντήρηση το Δημοτικό Θέατρο Καλαμάτας",
        "Bakım çalışması nedeniyle Galata Köprüsü kapalı",
        "Probíhá údržba Karlova mostu",
        "Underhåll pågår på E4 vid Haparanda",
    ],
)
def test_headlines_about_maintenance_left_alone(title: str) -> None:
    assert not is_error_title(title)


# --- parking pages: Finnish, Greek --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("r44-sotkamo-parked-fi.html", f"{SOTKAMO}/20200928/6600001020.html"),
        ("r44-kalamata-parked-el.html", f"{KALAMATA}/20200928/6700001020.html"),
    ],
)
def test_finnish_and_greek_parking_pages_are_parked(name: str, url: str) -> None:
    citation = Citation(
        url=url, title="Vuokatin uusi latuverkosto valmistuu joulukuussa", date=PartialDate.parse(_day(url))
    )
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.PARKED, "fail")


@pytest.mark.parametrize(
    ("sale", "parked"),
    [
        ("Tämä verkkotunnus on myynnissä!", "Verkkotunnus on pysäköity."),
        ("Osta verkkotunnus nyt", "Pysäköity verkkotunnus"),
        ("Το όνομα χώρου είναι προς πώληση!", "Το όνομα χώρου είναι σταθμευμένο."),
        ("Αγοράστε το όνομα χώρου", "Το όνομα χώρου έχει λήξει."),
        ("Το domain είναι προς πώληση", "Σταθμευμένο όνομα χώρου"),
    ],
)
def test_finnish_and_greek_phrases_are_read(sale: str, parked: str) -> None:
    assert any(p in sale.lower().encode() for p in pagebody.SALE_PHRASES)
    assert any(p in parked.lower().encode() for p in pagebody.PARKED_PHRASES)


@pytest.mark.parametrize(
    ("host", "sale", "parked"),
    [
        (
            "kajaaninuutiset.fi",
            "Tämä verkkotunnus on myynnissä!",
            "Verkkotunnus on pysäköity rekisteröijälle.",
        ),
        ("nealarissas.gr", "Αυτό το όνομα χώρου είναι προς πώληση!", "Το όνομα χώρου είναι σταθμευμένο."),
    ],
)
def test_a_parking_page_naming_only_its_own_word_for_a_domain_is_parked(
    host: str, sale: str, parked: str
) -> None:
    # no "domain" anywhere: the page names its "verkkotunnus" or "όνομα χώρου" only
    body = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{host}</title></head>"
        f"<body><h1>{host}</h1><p>{sale}</p><p>{parked}</p></body></html>"
    ).encode()
    url = f"https://{host}/20200918/1.html"
    citation = Citation(url=url, date=PartialDate.parse("2020-09-18"))
    status, cause, verdict, _ = _one(citation, body)
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.PARKED, "fail")


def test_dated_finnish_story_about_a_lapsed_domain_left_alone() -> None:
    url = f"{SOTKAMO}/20200923/6600001010.html"
    citation = Citation(
        url=url,
        title="Kunnan vanha verkkotunnus myytiin huutokaupassa",
        outlet="Sotkamon Sanansaattaja",
        date=PartialDate.parse("2020-09-23"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("r44-sotkamo-story-fi-domain-auction.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a shop's front page of icon-only basket buttons --------------------------------------------------------


def test_brazilian_shop_front_of_icon_buttons_cited_by_date_only_fails() -> None:
    url = f"{PARATY}/20200929/6800001010.html"
    citation = Citation(url=url, date=PartialDate.parse(_day(url)))
    status, cause, verdict, _ = _one(citation, _fixture("r44-paraty-domain-sold-shop-icon-buttons.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


_ICON = "<svg viewBox='0 0 24 24'><use href='#cart'/></svg>"


@pytest.mark.parametrize(
    "button",
    [
        f"<button aria-label='Adicionar à sacola'>{_ICON}</button>",
        f"<button title='Προσθήκη στο καλάθι'>{_ICON}</button>",
        f"<button aria-label='Přidat do košíku'>{_ICON}</button>",
        f"<button aria-label='Adaugă în coș'>{_ICON}</button>",
        f"<button class='button add_to_cart_button'>{_ICON}</button>",
        f"<a href='?p=1' class='add-to-cart'>{_ICON}</a>",
    ],
)
def test_shop_front_of_icon_only_buttons(button: str) -> None:
    products = "".join(
        f"<div class='product'><img src='/{n}.jpg' alt='Item {n}'><h3>Item {n}</h3>"
        f"<p class='price'>{n}9,90</p>{button}</div>"
        for n in range(1, 4)
    )
    assert pagebody.shop_front(_page(products))


def test_one_buttons_several_labels_count_once() -> None:
    # a publisher's page of one book in two bindings, each button labelled by its text, aria-label and title
    button = (
        "<button class='add-to-cart' aria-label='Add to cart' title='Add to cart'><span>Add to cart</span>"
        "</button>"
    )
    body = _page(
        f"<h1>The Lighthouse Keeper</h1><p>Hardback, 320 pages. £18.99</p>{button}<p>Paperback, 320 pages,"
        f" with a new afterword by the author. £9.99</p>{button}"
    )
    assert not pagebody.shop_front(body)


# --- a Greek consent manager's dialog -----------------------------------------------------------------------


def test_greek_cookie_wall_in_place_of_the_story_is_blocked() -> None:
    url = f"{KALAMATA}/20200927/6700001010.html"
    citation = Citation(
        url=url,
        title="Νέος παραλιακός πεζόδρομος στην Καλαμάτα",
        outlet="Ειδήσεις Καλαμάτας",
        date=PartialDate.parse(_day(url)),
    )
    status, cause, verdict, kinds = _one(citation, _fixture("r44-kalamata-cookie-wall-el.html"))
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.CONSENT, "warn")
    assert "title_mismatch" not in kinds


@pytest.mark.parametrize(
    "line",
    [
        "Εμείς και οι 842 συνεργάτες μας αποθηκεύουμε ή/και αποκτούμε πρόσβαση σε πληροφορίες.",
        "Εμείς και οι συνεργάτες μας χρησιμοποιούμε cookies για να αποθηκεύουμε πληροφορίες.",
    ],
)
def test_greek_purposes_statement(line: str) -> None:
    assert consent_purposes(fold(line))


@pytest.mark.parametrize("line", ["Χρησιμοποιούμε cookies", "Ο ιστότοπος χρησιμοποιεί cookies"])
def test_greek_we_use_cookies_line(line: str) -> None:
    assert consent_line(fold(line))


@pytest.mark.parametrize(
    "line", ["Γιατί ο ιστότοπος χρησιμοποιεί cookies", "Εμείς και οι συνεργάτες μας στη Μεσσηνία"]
)
def test_greek_lines_that_are_no_consent_dialog(line: str) -> None:
    assert not consent_purposes(fold(line))
    assert not consent_line(fold(line))


def test_dated_greek_story_quoting_a_consent_dialog_left_alone() -> None:
    title = "Η ΑΠΔΠΧ ελέγχει τα παράθυρα cookies των ειδησεογραφικών ιστοτόπων"
    body = _page(
        f"<h1>{title}</h1><p>Εμείς και οι 842 συνεργάτες μας αποθηκεύουμε ή/και αποκτούμε πρόσβαση σε"
        " πληροφορίες σε μια συσκευή.</p><p>Χρησιμοποιούμε cookies</p>"
        "<p>Η Αρχή ζητά σαφή κουμπιά απόρριψης.</p>",
        dated=True,
        title=title,
    )
    citation = Citation(
        url=f"{KALAMATA}/20200924/6700001000.html", title=title, date=PartialDate.parse("2020-09-24")
    )
    status, _, verdict, kinds = _one(citation, body)
    assert (status, verdict) == (Status.OK, "pass"), kinds
