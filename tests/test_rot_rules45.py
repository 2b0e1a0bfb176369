"""The rules the forty-fifth link-rot batch (tests/test_rot_heldout45.py) brought, each on strings or through
:func:`check` with a fetcher double, with what each must leave alone: Punjabi, Odia, Assamese, Javanese,
Cebuano and Sindhi not-found messages; a German host's "Konto gesperrt" (account suspended) stub; maintenance
titles in Hungarian and Vietnamese; and a shop's front page whose basket buttons have no words at all, only
their shop's code (OpenCart's ``cart.add(...)``, Shopware's ``/checkout/line-item/add``)."""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.soft404 import is_error_title
from tests.rot_harness import day as _day
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one
from tests.rot_harness import soft_signal as _signal
from tests.rot_harness import titled_page

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
JALANDHAR = "https://jalandharkhabran.in"
CUTTACK = "https://cuttacksambad.in"
JORHAT = "https://jorhatbatori.in"
SOLO = "https://kabarsolo.id"
DUMAGUETE = "https://balitasadumaguete.ph"
LARKANA = "https://larkanakhabrun.pk"
WATTENSCHEID = "https://wattenscheider-bote.de"
SZENTES = "https://szentesihirmondo.hu"
HOIAN = "https://baohoian.vn"

_page = titled_page("2020-10-04T10:00:00+02:00")


# --- not-found messages in six languages of South and Southeast Asia ----------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ",
        "ਇਹ ਪੰਨਾ ਮੌਜੂਦ ਨਹੀਂ ਹੈ | ਜਲੰਧਰ ਖ਼ਬਰਾਂ",
        "ପୃଷ୍ଠା ମିଳିଲା ନାହିଁ – କଟକ ସମ୍ବାଦ",
        "ପୃଷ୍ଠାଟି ମିଳିଲା ନାହିଁ",
        "পৃষ্ঠাটো পোৱা নগ'ল",
        "পৃষ্ঠাটো পোৱা নগ’ল",
        "Kaca ora ketemu",
        "Kaca ora ketemu – Kabar Solo",
        "Wala makit-i ang panid",
        "Wala makita ang panid | Balita sa Dumaguete",
        "صفحو نه مليو",
        "گهربل صفحو نه مليو",
    ],
)
def test_not_found_messages(title: str) -> None:
    assert is_error_title(title, ("ਜਲੰਧਰ ਖ਼ਬਰਾਂ", "କଟକ ସମ୍ବାଦ", "Kabar Solo", "Balita sa Dumaguete"))


@pytest.mark.parametrize(
    "title",
    [
        "ਜਲੰਧਰ ਵਿੱਚ ਨਵਾਂ ਬੱਸ ਅੱਡਾ ਖੁੱਲ੍ਹਿਆ",
        # Javanese prose says "ora ketemu" (not found) of anything missing
        "Arsip lawas kutha ora ketemu, juru arsip golek ing gudang",
        "Ora ketemu",
        "Bocah sing ilang ing Bengawan Solo durung ketemu",
        "Wala makit-i ang nawalang mangingisda sa Dumaguete",
        "لاڙڪاڻي ۾ نئين اسپتال جو افتتاح",
        # a German headline about a bank's customers, whose first piece is the host's words
        "Konto gesperrt: Was Bankkunden jetzt tun können",
    ],
)
def test_headlines_in_those_languages_are_no_error_message(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("r45-jalandhar-not-found-punjabi-h1.html", f"{JALANDHAR}/20201004/7100001020.html",
         "ਸ਼ਹਿਰ ਵਿੱਚ ਨਵੀਂ ਲਾਇਬ੍ਰੇਰੀ ਦਾ ਨੀਂਹ ਪੱਥਰ ਰੱਖਿਆ", "ਜਲੰਧਰ ਖ਼ਬਰਾਂ"),
        ("r45-cuttack-not-found-odia-title.html", f"{CUTTACK}/20201004/7200001020.html",
         "କଟକରେ ନୂଆ ଜଳଯୋଗାଣ ପ୍ରକଳ୍ପ ଆରମ୍ଭ", "କଟକ ସମ୍ବାଦ"),
        ("r45-jorhat-not-found-assamese-div.html", f"{JORHAT}/20201005/7300001020.html",
         "যোৰহাটত নতুন খেলপথাৰ উদ্বোধন", "যোৰহাট বাতৰি"),
        ("r45-solo-not-found-javanese-h2.html", f"{SOLO}/20201005/7400001020.html",
         "Taman Balekambang dibukak maneh kanggo umum", "Kabar Solo"),
        ("r45-dumaguete-not-found-cebuano-h1.html", f"{DUMAGUETE}/20201006/7500001020.html",
         "Bag-ong pantalan sa Dumaguete nahuman na", "Balita sa Dumaguete"),
        ("r45-larkana-not-found-sindhi-h1.html", f"{LARKANA}/20201006/7600001020.html",
         "لاڙڪاڻي ۾ نئين اسپتال جو افتتاح", "لاڙڪاڻو خبرون"),
    ],
)  # fmt: skip
def test_not_found_pages_cited_fail(name: str, url: str, title: str, outlet: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(_day(url)))
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("r45-jalandhar-story-punjabi.html", f"{JALANDHAR}/20201001/7100001010.html",
         "ਜਲੰਧਰ ਵਿੱਚ ਨਵਾਂ ਬੱਸ ਅੱਡਾ ਖੁੱਲ੍ਹਿਆ", "ਜਲੰਧਰ ਖ਼ਬਰਾਂ"),
        ("r45-solo-story-javanese-ora-ketemu.html", f"{SOLO}/20201002/7400001010.html",
         "Arsip lawas kutha ora ketemu, juru arsip golek ing gudang", "Kabar Solo"),
    ],
)  # fmt: skip
def test_stories_in_those_languages_pass(name: str, url: str, title: str, outlet: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(_day(url)))
    status, _, verdict, kinds = _one(citation, _fixture(name))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a German host's suspended account ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Konto gesperrt", "Dieses Hosting-Konto wurde gesperrt", "Website gesperrt", "Webseite gesperrt"],
)
def test_german_account_suspended_titles(title: str) -> None:
    assert is_error_title(title)


def test_german_host_suspended_stub_cited_fails() -> None:
    url = f"{WATTENSCHEID}/20201008/7900001020.html"
    citation = Citation(
        url=url,
        title="Neue Buslinie verbindet Wattenscheid mit Bochum",
        outlet="Wattenscheider Bote",
        date=PartialDate.parse(_day(url)),
    )
    status, cause, verdict, kinds = _one(citation, _fixture("r45-wattenscheid-account-suspended-de.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
    assert "title_mismatch" not in kinds


# --- maintenance in Hungarian and Vietnamese ----------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Karbantartás alatt",
        "Az oldal karbantartás alatt áll",
        "Hamarosan visszatérünk",
        "Website đang bảo trì",
        "Hệ thống đang bảo trì",
        "Đang bảo trì",
    ],
)
def test_maintenance_titles_in_two_more_languages(title: str) -> None:
    url = "https://helyilap.hu/"
    signal = _signal(url, _page("<p>x</p>", title=f"{title} – Helyi Lap"))
    assert signal is not None
    assert signal[0] is Cause.SERVER_ERROR


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("r45-szentes-maintenance-hu.html", f"{SZENTES}/20201009/7700001030.html"),
        ("r45-hoian-maintenance-vi.html", f"{HOIAN}/20201010/8200001030.html"),
    ],
)
def test_maintenance_pages_are_down_for_now(name: str, url: str) -> None:
    citation = Citation(
        url=url, title="Új kerékpárút épül Szentes és Csongrád között", date=PartialDate.parse(_day(url))
    )
    status, cause, verdict, kinds = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.ERROR, Cause.SERVER_ERROR, "warn")
    assert "title_mismatch" not in kinds


@pytest.mark.parametrize(
    "title",
    [
        "Karbantartás",
        "Karbantartás miatt lezárják a szentesi hidat",
        "Bảo trì",
        "Cầu Cẩm Nam đang bảo trì đến cuối tháng",
        "Konto gesperrt wegen Betrugsverdachts: Bank warnt Kunden",
    ],
)
def test_headlines_about_maintenance_or_blocked_accounts_left_alone(title: str) -> None:
    assert not is_error_title(title)


# --- a shop's front page whose basket buttons have no words -------------------------------------------------

_ICON = "<svg viewBox='0 0 24 24'><path d='M4 6h16l-2 12H6z'/></svg>"


@pytest.mark.parametrize(
    "button",
    [
        # OpenCart: the button's only word is its script's
        f"<button type='button' class='btn btn-icon' onclick=\"cart.add('{{n}}');\">{_ICON}</button>",
        # Shopware: a form posting the product to its line-item route
        f"<form action='/checkout/line-item/add' method='post'><input type='hidden' name='id' value='{{n}}'>"
        f"<button class='btn btn-buy'>{_ICON}</button></form>",
    ],
)
def test_shop_front_of_wordless_buttons(button: str) -> None:
    products = "".join(
        f"<div class='product'><img src='/{n}.jpg' alt='Item {n}'><h3>Item {n}</h3>"
        f"<p class='price'>€{n}9,90</p>{button.format(n=n)}</div>"
        for n in range(1, 4)
    )
    assert pagebody.shop_front(_page(products))


def test_a_story_with_two_wordless_buttons_is_no_shop() -> None:
    # a review of two kettles, each with the shop's own button under it: two buttons are no shop front
    button = f"<button type='button' onclick=\"cart.add('7');\">{_ICON}</button>"
    body = _page(
        f"<h1>Two kettles tested</h1><p>The steel one boils faster. €39.90</p>{button}<p>The glass one is"
        f" quieter and easier to descale, though it holds less. €44.90</p>{button}"
    )
    assert not pagebody.shop_front(body)
