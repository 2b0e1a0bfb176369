"""The rules the twenty-eighth link-rot batch (tests/test_rot_heldout28.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: the outlet a page credits
('Источник: ...', 'Source: ...') read at the cited address too, when a citation names an outlet the site's
name does not spell (the rot26 and rot27 leftover); a 418 "I'm a teapot" as a refusal of robots; a not-found
page whose only sign is an illustration's file name; an ``og:title`` that repeats the ``<title>`` as no
headline; a CGI ``Status: 404`` header leaked into a 200 answer over a page with nothing to say; and a
phishing form told from an outlet's sign-in wall."""

from __future__ import annotations

import pytest

from linkcheck.classify import classify_fetch
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, FetchResult, PartialDate, Status
from linkcheck.pagebody import headless_signal, leaked_status, phishing_form
from tests.rot_harness import FIXTURES
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
#: the partner outlet that keeps the closed agency's archive (its host spells neither name the tests cite)
TOM = "https://tomsk-week.com"
COURIER = "https://sakhalin-courier.com"
SAPSAN = "https://sapsan-news.com"
HTML = {"content-type": "text/html; charset=utf-8"}


# --- a credited source at the cited address -----------------------------------------------------------------

PARTNER = (FIXTURES / "tom-credited-at-partner.html").read_bytes()
ARENA = "В Томске открыли новую ледовую арену"
WIRE = (FIXTURES / "sakhalin-wire-source-credit.html").read_bytes()
FERRY = "Kholmsk-Vanino Ferry Line Reopens After Ice Delays"
JAN27, JAN28 = PartialDate.parse("2020-01-27"), PartialDate.parse("2020-01-28")


def test_a_closed_agencys_story_kept_at_its_address_matches_the_credited_agency() -> None:
    cited = Citation(f"{TOM}/20200127/1580001010.html", title=ARENA, outlet="Томь-Информ", date=JAN27)
    assert _one(cited, PARTNER) == (Status.OK, None, "pass", set())


def test_a_wire_story_on_a_papers_site_matches_the_wire_it_credits() -> None:
    url = f"{COURIER}/2020/01/28/kholmsk-vanino-ferry-reopens-a80110"
    cited = Citation(url, title=FERRY, outlet="Sapsan News Agency", date=JAN28)
    assert _one(cited, WIRE) == (Status.OK, None, "pass", set())


@pytest.mark.parametrize(
    ("outlet", "body"),
    [
        ("Тайга-Информ", PARTNER),  # a third outlet, neither the site nor the credited one
        ("Berkut News Agency", WIRE),
        # a photo's credit is not the story's
        (
            "Томь-Информ",
            PARTNER.replace("Источник: Томь-Информ".encode(), "Источник фото: Томь-Информ".encode()).replace(
                b'"sourceOrganization"', b'"copyrightHolder"'
            ),
        ),
    ],
)
def test_an_outlet_the_page_neither_is_nor_credits_still_mismatches(outlet: str, body: bytes) -> None:
    cited = Citation(f"{TOM}/20200127/1580001010.html", title=ARENA, outlet=outlet, date=JAN27)
    if body is WIRE:
        cited = Citation(f"{COURIER}/2020/01/28/a80110", title=FERRY, outlet=outlet, date=JAN28)
    _, _, verdict, kinds = _one(cited, body)
    assert "outlet_mismatch" in kinds
    assert verdict != "pass"


def test_the_site_cited_by_its_own_name_is_not_renamed() -> None:
    cited = Citation(f"{TOM}/20200127/1580001010.html", title=ARENA, outlet="Томская неделя", date=JAN27)
    assert _one(cited, PARTNER) == (Status.OK, None, "pass", set())


# --- 418 ----------------------------------------------------------------------------------------------------

TEAPOT = (FIXTURES / "sapsan-teapot-418.html").read_bytes()


def test_a_teapot_is_a_refusal_of_robots() -> None:
    fetched = FetchResult(url=SAPSAN, final_url=SAPSAN, status_code=418, headers=HTML, body=TEAPOT)
    liveness = classify_fetch(fetched)
    assert (liveness.status, liveness.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE)


@pytest.mark.parametrize(("code", "status"), [(417, Status.ERROR), (404, Status.DEAD), (422, Status.ERROR)])
def test_other_client_errors_are_left_alone(code: int, status: Status) -> None:
    fetched = FetchResult(url=SAPSAN, final_url=SAPSAN, status_code=code, headers=HTML, body=b"<html></html>")
    assert classify_fetch(fetched).status is status


# --- a headless page: a 404 drawing, an og:title that repeats <title>, a leaked Status header ---------------

URL = f"{SAPSAN}/politika/8130030"
CHROME = (
    '<html lang="ru"><head><meta charset="utf-8"><title>Сапсан — новости России и мира</title>'
    '<meta property="og:site_name" content="Сапсан">{og}</head><body><header><a href="/">Сапсан</a>'
    '<nav><a href="/politika">Политика</a></nav></header><main>{main}</main><footer><p>© Сапсан</p>'
    "</footer></body></html>"
)
OG_SAME = '<meta property="og:title" content="Сапсан — новости России и мира">'


def _headless(main: str, og: str = OG_SAME, status: str = "") -> tuple[Status, Cause, str] | None:
    body = CHROME.format(og=og, main=main).encode()
    return headless_signal(URL, URL, body, extract_metadata(body, URL, HTML), status)


@pytest.mark.parametrize(
    "src",
    [
        "/static/img/404.svg",
        "/i/error-404.png",
        "https://cdn.example.net/page-not-found@2x.png",
        "/img/notfound.jpg",
    ],
)
def test_an_illustration_named_for_a_not_found_page_says_it(src: str) -> None:
    said = _headless(f'<img src="{src}" alt=""><a href="/">На главную</a>')
    assert said is not None
    assert said[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)


@pytest.mark.parametrize(
    "src", ["/photos/route-404.jpg", "/2020/404/photo.jpg", "/img/404-bus-line.jpg", "/img/4040.png"]
)
def test_pictures_of_other_things_are_left_alone(src: str) -> None:
    assert _headless(f'<img src="{src}" alt=""><a href="/">На главную</a>') is None


def test_a_404_drawing_beside_a_headline_is_left_alone() -> None:
    assert _headless('<h1>Трасса 404 закрыта на ремонт</h1><img src="/static/img/404.svg" alt="">') is None


def test_an_og_title_repeating_the_title_is_no_headline() -> None:
    said = _headless('<div class="msg">Страница не найдена</div>')
    assert said is not None
    assert said[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)


def test_an_og_title_of_its_own_is_a_headline() -> None:
    og = '<meta property="og:title" content="Лавров встретился с послом Ирака">'
    assert _headless('<div class="msg">Страница не найдена</div>', og=og) is None


@pytest.mark.parametrize(("header", "code"), [("404 Not Found", "404"), ("410 Gone", "410"), (" 404", "404")])
def test_a_leaked_status_header_says_gone(header: str, code: str) -> None:
    assert leaked_status(header) == code
    said = _headless("", status=header)
    assert said is not None
    assert said[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)
    assert f"Status: {header}" in said[2]


@pytest.mark.parametrize("header", ["", "200 OK", "4040 Not Found", "301 Moved Permanently", "500"])
def test_other_status_headers_are_left_alone(header: str) -> None:
    assert leaked_status(header) is None
    assert _headless("", status=header) is None


def test_a_leaked_status_over_a_headline_is_left_alone() -> None:
    assert _headless("<h1>В Томске выбрали проект новой набережной</h1>", status="404 Not Found") is None


# --- a phishing form ----------------------------------------------------------------------------------------

PHISHING = (FIXTURES / "tom-phishing-login.html").read_bytes()
PAGE = f"{TOM}/20200201/1580001040.html"


def test_a_form_sending_a_password_and_a_card_elsewhere_is_phishing() -> None:
    assert phishing_form(PHISHING, PAGE) == "https://collect-form.invalid/submit.php"
    cited = Citation(PAGE, title="Томские врачи провели операцию", outlet="Томь-Информ")
    status, cause, verdict, _ = _one(cited, PHISHING)
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def _form(action: str, fields: str) -> bytes:
    return (
        "<html><head><title>Вход в личный кабинет</title></head><body><h1>Вход в личный кабинет</h1>"
        f'<form action="{action}" method="post">{fields}<button>Войти</button></form></body></html>'
    ).encode()


PASSWORD = '<input name="login"><input type="password" name="password">'
CARD = '<input name="card_number">'


@pytest.mark.parametrize(
    "body",
    [
        _form("https://id.tomsk-week.com/login", PASSWORD + CARD),  # its own site (a subscription)
        _form("/account/subscribe", PASSWORD + CARD),  # a relative action is its own site
        _form("https://auth.identity-provider.com/u/login", PASSWORD),  # an identity provider, no card
        _form("https://pay.processor.com/charge", CARD + '<input name="email">'),  # a card, no password
    ],
)
def test_an_outlets_sign_in_or_payment_form_is_left_alone(body: bytes) -> None:
    assert phishing_form(body, PAGE) is None


def test_an_outlets_sign_in_wall_stays_a_wall() -> None:
    body = _form("https://auth.identity-provider.com/u/login", PASSWORD)
    status, cause, _, _ = _one(Citation(PAGE, title="Томские врачи провели операцию"), body)
    assert (status, cause) == (Status.BLOCKED, Cause.AUTH)
