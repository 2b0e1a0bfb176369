"""The rules the twenty-second link-rot batch (tests/test_rot_heldout22.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: a signed, temporary link
whose store says it expired; a JavaScript framework's error document served 2xx; a CDN's or host's 'the
site's server is not responding' title; an outlet's notice that it closed or took its older stories
offline; a redirect to a captcha's address; and an app-download interstitial in place of the story."""

from __future__ import annotations

import pytest

from linkcheck import Config, check
from linkcheck.classify import classify_fetch, framework_error
from linkcheck.extract import extract_metadata
from linkcheck.gates import address_gate, app_prompt, gate_signal
from linkcheck.models import Cause, Citation, FetchResult, Status
from linkcheck.names import fold
from linkcheck.pagebody import expired_link
from linkcheck.soft404 import closure_title, soft_404_signal
from tests.rot_harness import FIXTURES
from tests.rot_harness import Answers as _Answers

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
COURIER = "https://yeniseicourier-news.com"
AGENCY = "https://polar-star-inform.com"
HTML = {"content-type": "text/html; charset=utf-8"}
DATED = '<meta property="article:published_time" content="2020-01-20T10:00:00+03:00">'


def _answer(url: str, status: int, body: bytes, **headers: str) -> FetchResult:
    return FetchResult(url=url, final_url=url, status_code=status, headers={**HTML, **headers}, body=body)


def _page(title: str, h1: str, head: str = "", text: str = "Some words of the page.") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><h1>{h1}</h1><p>{text}</p></body></html>"
    ).encode()


# --- a signed, temporary link that expired ------------------------------------------------------------------

PRESIGNED = (
    f"{AGENCY}/media/report-2019.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200109T093000Z"
    "&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=5b1f0c7e9a2d"
)
S3_EXPIRED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired'
    b"</Message><X-Amz-Expires>604800</X-Amz-Expires><Expires>2020-01-16T09:30:00Z</Expires>"
    b"<ServerTime>2024-03-11T08:14:02Z</ServerTime></Error>"
)
S3_DENIED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied'
    b"</Message><RequestId>7C1E0A9B</RequestId></Error>"
)


def test_an_expired_signed_link_says_when_it_expired() -> None:
    said = expired_link(PRESIGNED, S3_EXPIRED)
    assert said is not None
    assert "expired" in said
    assert "2020-01-16T09:30:00Z" in said


@pytest.mark.parametrize(
    ("url", "body"),
    [
        (
            f"{AGENCY}/f.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Expires=900&X-Goog-Signature=ab12",
            b"<?xml version='1.0' encoding='UTF-8'?><Error><Code>ExpiredToken</Code>"
            b"<Message>Invalid argument.</Message></Error>",
        ),
        (
            f"{AGENCY}/f.pdf?sv=2021-08-06&se=2020-01-16T09%3A30%3A00Z&sr=b&sp=r&sig=abc%3D",
            b'<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server'
            b" failed to authenticate the request. Signature not valid in the specified time frame: Start"
            b" [Thu, 09 Jan 2020 09:30:00 GMT] - Expiry [Thu, 16 Jan 2020 09:30:00 GMT]</Message></Error>",
        ),
    ],
    ids=["cloud-storage-expired-token", "shared-access-signature-out-of-time"],
)
def test_other_stores_expired_links_are_read_too(url: str, body: bytes) -> None:
    said = expired_link(url, body)
    assert said is not None
    assert "expired" in said


@pytest.mark.parametrize(
    ("url", "body"),
    [
        (PRESIGNED, S3_DENIED),  # a plain refusal of a signed link: a wall, not an expiry
        (f"{AGENCY}/media/report-2019.pdf", S3_EXPIRED),  # no signature in the address
        (f"{AGENCY}/media/report-2019.pdf?expires_in=3600", S3_EXPIRED),  # no signature key, only a lookalike
        (PRESIGNED, S3_EXPIRED + b" " * 5_000),  # a large page is a site's, not a store's error
        (PRESIGNED, b""),
    ],
    ids=["access-denied", "unsigned", "lookalike-key", "large", "empty"],
)
def test_other_refusals_are_no_expired_link(url: str, body: bytes) -> None:
    assert expired_link(url, body) is None


def test_an_expired_signed_link_is_dead_through_check() -> None:
    citation = Citation(PRESIGNED, title="Annual Report 2019")
    xml = {"content-type": "application/xml"}
    fetcher = _Answers({PRESIGNED: _answer(PRESIGNED, 403, S3_EXPIRED, **xml)})
    result = check([citation], Config(), fetcher=fetcher).results[0]
    assert (result.status, result.cause) == (Status.DEAD, Cause.GONE)
    assert "expired" in result.reason


def test_a_signed_links_plain_refusal_stays_blocked_through_check() -> None:
    citation = Citation(PRESIGNED, title="Annual Report 2019")
    xml = {"content-type": "application/xml"}
    fetcher = _Answers({PRESIGNED: _answer(PRESIGNED, 403, S3_DENIED, **xml)})
    result = check([citation], Config(), fetcher=fetcher).results[0]
    assert result.status is Status.BLOCKED


# --- a JavaScript framework's error document ----------------------------------------------------------------


def test_a_frameworks_error_document_is_the_site_failing() -> None:
    body = (FIXTURES / "polar-en-nextjs-error.html").read_bytes()
    assert framework_error(body)
    url = f"{AGENCY}/politics/1112010"
    liveness = classify_fetch(_answer(url, 200, body))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "framework" in liveness.reason


@pytest.mark.parametrize(
    "body",
    [
        # a Next.js page that rendered: its root is a <div id="__next">
        b'<!DOCTYPE html><html lang="en"><head><title>Story</title></head><body><div id="__next"><h1>Story'
        b"</h1></div></body></html>",
        # an article about the error, the id quoted deep in its text
        b"<!DOCTYPE html><html><head><title>Debugging Next.js</title></head><body>"
        + b"<p>words</p>" * 100
        + b'<pre>&lt;html id="__next_error__"&gt;</pre></body></html>',
    ],
    ids=["rendered-next-page", "article-quoting-the-id"],
)
def test_pages_that_rendered_are_no_framework_error(body: bytes) -> None:
    assert not framework_error(body)


# --- the site's server not responding -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        ("Сайт временно недоступен", "Сервер сайта не отвечает"),
        ("Website temporarily unavailable", "The server is not responding"),
    ],
)
def test_a_server_not_responding_title_is_down_for_now(title: str, h1: str) -> None:
    url = f"{AGENCY}/20200112/1563220500.html"
    metadata = extract_metadata(_page(title, h1), url, HTML)
    signal = soft_404_signal(url, url, metadata, 0)
    assert signal is not None
    assert signal[0] is Cause.SERVER_ERROR


def test_a_headline_about_a_site_down_is_left_alone() -> None:
    url = f"{AGENCY}/20200112/1563220501.html"
    title = "Сайт мэрии Тюмени временно недоступен из-за атаки хакеров"
    metadata = extract_metadata(_page(title, title, DATED), url, HTML)
    assert soft_404_signal(url, url, metadata, 0) is None


# --- an outlet's notice that it closed or took its older stories offline ------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Издание прекратило работу",
        "Информационное агентство «Меридиан» ликвидировано",
        "Сетевое издание «Иртыш-Пресс» прекратило работу",
        "The Kola Chronicle has ceased publication",
        "Why stories published before 2020 are no longer online",
        "Материалы, опубликованные до 2020 года, больше недоступны",
    ],
)
def test_a_closure_or_purge_notice_is_read(title: str) -> None:
    assert closure_title(["Some Site", title]) == title


@pytest.mark.parametrize(
    "title",
    [
        "Издание «Знак» прекратило работу после блокировки сайта в России",  # a story: more after the verb
        "The Kola Chronicle ceased publication on March 31, 2024. This website is an archive",
        "Why older stories matter",
        "Агентство прекратило переговоры с профсоюзом",  # stopped talks, not its work
        "Stories published before 2020 are still online",
    ],
)
def test_other_titles_are_no_closure(title: str) -> None:
    assert closure_title([title]) is None


def test_a_closure_notice_without_a_date_is_a_soft_404() -> None:
    url = f"{AGENCY}/20200113/1563220610.html"
    metadata = extract_metadata(_page("Иртыш-Пресс", "Издание прекратило работу"), url, HTML)
    signal = soft_404_signal(url, url, metadata, 0)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "closed" in signal[1]


def test_a_dated_story_about_another_outlets_liquidation_is_left_alone() -> None:
    url = f"{AGENCY}/politika/7490333"
    title = "Информационное агентство «Регнум» ликвидировано"
    metadata = extract_metadata(_page(title, title, DATED), url, HTML)
    assert soft_404_signal(url, url, metadata, 0) is None


# --- a captcha's address ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/showcaptcha?cc=1&retpath=aHR0cHM6Ly9leGFtcGxl%2C%2C_7c0e",
        "/checkcaptcha?key=00Ab&retpath=aHR0cHM6Ly9leGFtcGxl",
        "/captcha?return=%2Fpolitika%2F7488450",
    ],
)
def test_a_captchas_address_is_a_bot_check(path: str) -> None:
    assert address_gate(f"{AGENCY}{path}") is Cause.BOT_CHALLENGE


@pytest.mark.parametrize("path", ["/tag/captcha/", "/news/2020/01/how-captcha-works", "/captchas/"])
def test_other_addresses_naming_captchas_are_left_alone(path: str) -> None:
    assert address_gate(f"{AGENCY}{path}") is None


def test_a_redirect_to_a_captcha_is_a_bot_challenge_whatever_its_page() -> None:
    cited = f"{AGENCY}/politika/7488450"
    final = f"{AGENCY}/showcaptcha?cc=1&retpath=aHR0cHM6Ly9leGFtcGxl"
    page = '<html><head><title>Ой!</title></head><body><form id="captcha"></form></body></html>'.encode()
    gate = gate_signal(cited, final, extract_metadata(page, final, HTML), 1)
    assert gate is not None
    assert gate[0] is Cause.BOT_CHALLENGE
    assert "captcha" in gate[1]
    assert final in gate[1]


# --- an app-download interstitial ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Read this story in the Courier app",
        "Open in app",
        "Continue in the app",
        "Get the Courier app to keep reading",
        "This story is only available in our app",
        "Читайте в приложении",
        "Продолжить чтение в приложении",
        "Этот материал доступен только в приложении",
    ],
)
def test_an_app_prompt_is_read(text: str) -> None:
    assert app_prompt(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Apple opens its app store to rival payment systems",
        "Council launches new parking app",
        "Open data: read the council's spending in the new app",
        "Читайте также",
        "Приложение «Госуслуги» обновили",
    ],
)
def test_other_titles_are_no_app_prompt(text: str) -> None:
    assert not app_prompt(fold(text))


def test_an_app_interstitial_under_a_bare_name_is_a_wall() -> None:
    url = f"{COURIER}/2020/02/11/norilsk-airport-reopens-runway-a69120"
    body = (FIXTURES / "yenisei-app-interstitial.html").read_bytes()
    gate = gate_signal(url, url, extract_metadata(body, url, HTML), 0)
    assert gate is not None
    assert gate[0] is Cause.BOT_CHALLENGE
    assert "app-download interstitial" in gate[1]


def test_an_app_banner_over_a_dated_story_is_left_alone() -> None:
    url = f"{COURIER}/2020/01/09/norilsk-declares-emergency-fuel-leak-a68870"
    page = _page("Norilsk Declares Emergency After Fuel Depot Leak", "Open in app", DATED)
    assert gate_signal(url, url, extract_metadata(page, url, HTML), 0) is None


def test_an_app_prompt_beside_an_undated_headline_is_left_alone() -> None:
    url = f"{COURIER}/2020/01/09/norilsk-declares-emergency-fuel-leak-a68870"
    page = _page("Norilsk Declares Emergency After Fuel Depot Leak", "Open in app")
    assert gate_signal(url, url, extract_metadata(page, url, HTML), 0) is None


def test_an_app_interstitial_is_blocked_through_check() -> None:
    url = f"{COURIER}/2020/02/11/norilsk-airport-reopens-runway-a69120"
    body = (FIXTURES / "yenisei-app-interstitial.html").read_bytes()
    citation = Citation(url, title="Norilsk Airport Reopens Runway After Repairs")
    result = check([citation], Config(), fetcher=_Answers({url: _answer(url, 200, body)})).results[0]
    assert (result.status, result.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE)
    assert not [f for f in result.findings if f.kind.value == "title_mismatch"]
