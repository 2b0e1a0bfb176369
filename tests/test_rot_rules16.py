"""The rules the sixteenth link-rot batch (tests/test_rot_heldout16.py) brought, each on strings, with what
each must leave alone: removal notices in Finnish and Russian (a Russian one saying who asked) and an
English one "pending legal review"; Russian sign-in prompts and a paywall's "Этот материал доступен только
подписчикам"; an internet provider's "Ресурс заблокирован"; Cloudflare's DNS errors served 200."""

from __future__ import annotations

import pytest

from linkcheck.classify import classify_fetch
from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal, legal_block
from linkcheck.models import Cause, FetchResult, Status
from linkcheck.names import fold
from linkcheck.pagebody import notice_signal
from linkcheck.soft404 import is_error_title

SITE = "https://volga-inform.example"
STORY = f"{SITE}/20200514/most-1571234567.html"

# --- removal notices --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Tämä artikkeli on poistettu",
        "Juttu on poistettu",
        "Hakemaasi juttua ei ole enää saatavilla",
        "Sisältöä ei ole enää saatavilla.",
        "Материал удалён",
        "Материал удалён по требованию правообладателя.",
        "Эта статья была удалена по решению суда",
        "Публикация снята с публикации",
        "This article has been removed pending legal review.",
        "This story was withdrawn pending an investigation",
    ],
)
def test_removal_notices(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    [
        # headlines about something removed, a subject between the noun and the verb
        "Artikkeli poistettu verkkosivuilta: lehti pyytää anteeksi virhettä",
        "Kaupungin vanha silta on poistettu käytöstä",
        "Статья о губернаторе удалена по требованию суда",
        "Материал о мосте через Волгу удалён из архива: что произошло",
        "Материал удалён по требованию правообладателя, заявил суд, но издание намерено обжаловать решение",
        # "pending" about something else than the removal's review
        "This article has been removed pending the outcome of the council's vote on the harbour plan",
        "Council review pending after article removed",
    ],
)
def test_headlines_about_a_removal_are_no_notice(title: str) -> None:
    assert not is_error_title(title)


def _kept_headline(notice: str, after: str = "") -> bytes:
    return (
        '<html lang="ru"><head><title>Губернатор пообещал достроить мост - Волга-Информ</title>'
        '<meta property="og:title" content="Губернатор пообещал достроить мост">'
        '<meta property="article:published_time" content="2020-05-14T09:15:00+03:00"></head><body>'
        f"<h1>Губернатор пообещал достроить мост</h1><div>{notice}</div>{after}</body></html>"
    ).encode()


def test_a_russian_removal_under_the_kept_headline() -> None:
    page = _kept_headline("Материал удалён по требованию правообладателя.")
    signal = notice_signal(STORY, STORY, page, extract_metadata(page, STORY))
    assert signal is not None
    assert signal[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)


def test_a_russian_story_that_goes_on_after_such_a_line_is_no_notice() -> None:
    paragraphs = "".join(
        f"<p>Абзац {n}: губернатор рассказал о сроках строительства моста и о подрядчиках.</p>"
        for n in range(12)
    )
    page = _kept_headline("Материал удалён по требованию правообладателя.", paragraphs)
    assert notice_signal(STORY, STORY, page, extract_metadata(page, STORY)) is None


# --- Russian sign-in prompts and paywalls -----------------------------------------------------------------


def _page(title: str, h1: str, body: str = "", published: str | None = None) -> bytes:
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f'<html lang="ru"><head><title>{title}</title><meta property="og:site_name" content="Деловая Волга">'
        f"{date}</head><body><h1>{h1}</h1>{body}</body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        ("Авторизация", "Войдите, чтобы продолжить"),
        ("Вход в личный кабинет", "Войдите в аккаунт"),
        ("Материал доступен только подписчикам — Деловая Волга", "Этот материал доступен только подписчикам"),
        ("Деловая Волга", "Данная статья доступна только подписчикам"),
    ],
)
def test_russian_sign_in_pages_and_paywalls_are_gates(title: str, h1: str) -> None:
    url = f"{SITE}/economics/articles/2021/11/02/zerno-eksport"
    signal = gate_signal(url, url, extract_metadata(_page(title, h1), url), 0)
    assert signal is not None
    assert signal[0] is Cause.AUTH


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        # a headline about subscriptions: the article's own title
        (
            "Этот материал доступен только подписчикам: как издания закрывают тексты — Деловая Волга",
            "Этот материал доступен только подписчикам: как издания закрывают тексты",
        ),
        # a paywall under the article's headline: the headline is a title of the page
        ("Экспорт зерна вырос на треть — Деловая Волга", "Экспорт зерна вырос на треть"),
        (
            "Войдите в историю: как город готовится к юбилею",
            "Войдите в историю: как город готовится к юбилею",
        ),
    ],
)
def test_russian_headlines_and_walls_under_a_headline_are_no_gate(title: str, h1: str) -> None:
    url = f"{SITE}/economics/articles/2021/11/02/zerno-eksport"
    wall = "<h2>Этот материал доступен только подписчикам</h2>"
    page = _page(title, h1, wall, "2021-11-02T10:00:00+03:00")
    assert gate_signal(url, url, extract_metadata(page, url), 0) is None


# --- an internet provider's block page --------------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Ресурс заблокирован", "Сайт заблокирован", "Запрашиваемая страница заблокирована"]
)
def test_a_provider_block_page_titled_by_what_is_blocked(title: str) -> None:
    url = f"{SITE}/zapret/?url=nevatimes.example"
    page = (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Доступ к запрашиваемому ресурсу"
        " ограничен по требованию регулятора.</p></body></html>"
    ).encode()
    signal = gate_signal(url, url, extract_metadata(page, url), 1)
    assert signal is not None
    assert signal[0] is Cause.LEGAL
    assert legal_block(fold(title))


@pytest.mark.parametrize(
    "title",
    [
        "Сайт оппозиционного издания заблокирован в России",
        "Ресурс заблокирован: что делать читателям",
        "Почему сайт заблокирован и как это проверить",
    ],
)
def test_headlines_about_a_block_are_no_block_page(title: str) -> None:
    assert not legal_block(fold(title))


# --- Cloudflare's DNS errors served 200 -------------------------------------------------------------------


def _cloudflare(code: str, words: str) -> bytes:
    return (
        f"<html><head><title>{words} | kestrelbay.example | Cloudflare</title></head><body>"
        f'<div id="cf-wrapper"><div id="cf-error-details"><h1><span>{words}</span>'
        f'<span class="code-label">Error code {code}</span></h1><p>Cloudflare Ray ID: 86f2a1c3bd9e7712</p>'
        "</div></div></body></html>"
    ).encode()


def _fetched(body: bytes) -> FetchResult:
    return FetchResult(
        url=STORY, final_url=STORY, status_code=200, headers={"content-type": "text/html"}, body=body
    )


@pytest.mark.parametrize(
    ("code", "words"),
    [("1001", "DNS resolution error"), ("1016", "Origin DNS error"), ("1000", "DNS points to prohibited IP")],
)
def test_cloudflare_dns_errors_served_200_are_a_server_error(code: str, words: str) -> None:
    got = classify_fetch(_fetched(_cloudflare(code, words)))
    assert (got.status, got.cause) == (Status.ERROR, Cause.SERVER_ERROR)


@pytest.mark.parametrize(
    ("code", "words"),
    [("1020", "Access denied"), ("1010", "The owner of this website has banned your access"), ("10016", "x")],
)
def test_other_cloudflare_errors_served_200_are_no_outage(code: str, words: str) -> None:
    assert classify_fetch(_fetched(_cloudflare(code, words))).status is Status.OK
