"""The rules the second link-rot batch (tests/test_rot_heldout2.py) brought, each on HTML strings and
addresses, with the pages each must leave alone: more "no longer available" languages, an error page that
echoes the slug, redirects to tag pages, sibling sections and WordPress searches, ids under id keys,
maintenance pages, challenges served with 200, case and tracking-parameter moves, moves to another year's
story, registration walls, regional blocks, headless pages and AMP shells."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.classify import classify_fetch, move_stands, moved_finding
from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal
from linkcheck.models import (
    Cause,
    ExtractedDate,
    FetchResult,
    Finding,
    FindingKind,
    Metadata,
    Redirect,
    Severity,
    Status,
)
from linkcheck.pagebody import headless_signal, script_shell
from linkcheck.soft404 import is_error_title, soft_404_signal

SITE = "https://www.valleyledger.example.com"
STORY = f"{SITE}/local/2020/05/12/reservoir-fees-rise-for-2020"


def _soft(
    html: str, url: str = STORY, final: str | None = None, redirects: int = 0
) -> tuple[Cause, str] | None:
    final = final or url
    return soft_404_signal(url, final, extract_metadata(html.encode(), final), redirects)


# --- "no longer available" in more languages ---------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Noticia no disponible | El Diario del Valle",
        "Esta noticia ya no está disponible",
        "La página que buscas ya no existe",
        "El artículo ha sido eliminado",
        "Cet article n'est plus disponible",
        "Cette page n'est pas accessible",
        "Article indisponible",
        "Ops! Este conteúdo não está mais disponível.",
        "Conteúdo indisponível - Jornal do Vale",
        "A matéria foi removida",
        "この記事は掲載期間が終了しました",
        "記事が見つかりません",
        "该内容已被删除",
        "عذراً، هذا المحتوى لم يعد متاحاً",
        "الصفحة التي تبحث عنها غير موجودة",
        "Bu haber yayından kaldırılmıştır",
        "Haber bulunamadı - Vadi Gazetesi",
        "Üzgünüz, bu içerik artık yayında değil",
    ],
)
def test_no_longer_available_in_more_languages(title: str) -> None:
    assert is_error_title(title, ["El Diario del Valle", "Jornal do Vale", "Vadi Gazetesi"])


@pytest.mark.parametrize(
    "title",
    [
        "La ley de vivienda no está disponible para todos",
        "Noticia: el puente romano no está disponible hasta junio",
        "Pourquoi cet article n'est plus disponible en kiosque ce mois-ci",
        "Conteúdo indisponível? Como recuperar fotos apagadas",
        "Bu haber neden yayından kaldırıldı?",
        "Yayında değil ama unutulmadı: eski gazeteler",
    ],
)
def test_headlines_about_availability_are_no_error_titles(title: str) -> None:
    assert not is_error_title(title)


# --- an error page that echoes what was asked for --------------------------------------------------------

SLUG_404 = """<html><head><title>The Valley Ledger</title><meta property="og:site_name" content="The Valley
Ledger"></head><body><h1>We couldn't find “reservoir-fees-rise-for-2020”</h1><p>The link may be broken.</p>
</body></html>"""

QUOTED_HEADLINE_404 = """<html><head><title>Sorry, we couldn't find 'reservoir fees rise for 2020' |
The Valley Ledger</title></head><body>
<h1>Sorry, we couldn't find 'reservoir fees rise for 2020'</h1></body></html>"""

QUOTING_ARTICLE = """<html><head><title>We couldn't find “the cure” - but scientists are close</title>
<meta property="article:published_time" content="2020-05-12T08:00:00Z"></head><body>
<h1>We couldn't find “the cure” - but scientists are close</h1><p>Text.</p></body></html>"""


def test_an_error_page_that_echoes_the_slug_is_an_error_page() -> None:
    for page in (SLUG_404, QUOTED_HEADLINE_404):
        signal = _soft(page)
        assert signal is not None
        assert signal[0] is Cause.ERROR_PAGE


def test_a_headline_quoting_something_else_is_no_echo() -> None:
    url = f"{SITE}/health/2020/05/12/we-couldnt-find-the-cure-but-scientists-are-close"
    assert _soft(QUOTING_ARTICLE, url) is None


def test_a_quoted_slug_on_another_address_is_no_echo() -> None:
    # the same words quoted, but the URL asks for another slug: nothing is echoed back
    assert _soft(SLUG_404, f"{SITE}/local/2020/05/12/water-board-audit") is None


# --- redirects to pages of many stories -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("requested", "final", "said"),
    [
        (f"{SITE}/news/2018/mar/14/ferry-strike-ends", f"{SITE}/tag/harbour-ferries/", "tag or category"),
        (f"{SITE}/news/2018/mar/14/ferry-strike-ends", f"{SITE}/en/topics/harbour-night-ferries", "tag"),
        (f"{SITE}/news/2019/jul/22/eastquay-carnival", f"{SITE}/news/local/", "section"),
        (
            f"{SITE}/local/2018/01/15/bridge-tolls-scrapped/",
            f"{SITE}/search/bridge-tolls-scrapped/",
            "search",
        ),
        (f"{SITE}/index.php?option=com_content&id=88", f"{SITE}/", "front page"),
    ],
)
def test_redirects_to_pages_of_many_stories(requested: str, final: str, said: str) -> None:
    signal = soft_404_signal(requested, final, Metadata(title="Local news"), 1)
    assert signal is not None
    assert signal[0] is Cause.FRONT_PAGE
    assert said in signal[1]


@pytest.mark.parametrize(
    ("requested", "final"),
    [
        # moves to another article address
        (f"{SITE}/news/2019/jul/22/eastquay-carnival", f"{SITE}/news/2019/07/22/eastquay-carnival"),
        (
            f"{SITE}/news/2019/jul/22/eastquay-carnival",
            f"{SITE}/news/eastquay-carnival-cancelled-over-safety",
        ),
        (f"{SITE}/news/2019/jul/22/eastquay-carnival", f"{SITE}/news/local-elections-2019"),
        # a tag page moved to another tag page
        (f"{SITE}/tag/harbour-ferries", f"{SITE}/topics/harbour-ferries"),
        # an article filed under a category
        (
            f"{SITE}/news/2019/jul/22/eastquay-carnival",
            f"{SITE}/category/news/eastquay-carnival-cancelled-at-last",
        ),
        # a section under another first segment is a move of the site, not a sibling section
        (f"{SITE}/news/2019/jul/22/eastquay-carnival", f"{SITE}/local/carnival"),
        # a page number is no article id
        (f"{SITE}/index.php?page=12", f"{SITE}/"),
    ],
)
def test_redirects_that_are_not_to_pages_of_many_stories(requested: str, final: str) -> None:
    assert soft_404_signal(requested, final, Metadata(title="Local news"), 1) is None


def test_a_dated_page_beside_the_article_is_a_moved_story_not_a_section() -> None:
    requested = f"{SITE}/news/2019/jul/22/eastquay-carnival"
    final = f"{SITE}/news/eastquay-carnival"
    dated = Metadata(title="Eastquay carnival", published=ExtractedDate(dt.date(2019, 7, 22), "json-ld"))
    assert soft_404_signal(requested, final, dated, 1) is None
    assert soft_404_signal(requested, final, Metadata(title="Carnival"), 1) is not None


# --- liveness: maintenance, challenges served with 200 ----------------------------------------------------

MAINTENANCE = b"""<html><head><title>Down for maintenance</title></head><body><h1>We'll be back soon!</h1>
<p>We're performing scheduled maintenance.</p></body></html>"""


def _fetch(code: int, body: bytes = b"", **kw: object) -> FetchResult:
    return FetchResult(url=STORY, final_url=STORY, status_code=code, body=body, **kw)  # type: ignore[arg-type]


def test_a_maintenance_page_with_retry_after_is_a_server_error_not_rate_limiting() -> None:
    error = "rate limited (503 with Retry-After): Retry-After: 3600 s exceeds the 30 s cap"
    liveness = classify_fetch(_fetch(503, MAINTENANCE, cause=Cause.RATE_LIMITED, error=error))
    assert (liveness.status, liveness.cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert "maintenance" in liveness.reason
    assert "3600" in liveness.reason


def test_a_503_with_retry_after_and_no_maintenance_page_stays_rate_limited() -> None:
    body = b"<html><head><title>Too busy</title></head><body>Slow down.</body></html>"
    liveness = classify_fetch(_fetch(503, body, cause=Cause.RATE_LIMITED, error="rate limited"))
    assert liveness.cause is Cause.RATE_LIMITED


INCAPSULA = (
    b'<html><head><META NAME="ROBOTS" CONTENT="NOINDEX, NOFOLLOW"></head><body><iframe id="main-iframe"'
    b' src="/_Incapsula_Resource?SWUDNSAI=31&incident_id=1234">Request unsuccessful.</iframe></body></html>'
)


def test_a_challenge_served_with_200_is_blocked() -> None:
    liveness = classify_fetch(_fetch(200, INCAPSULA))
    assert (liveness.status, liveness.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE)


def test_a_large_page_naming_a_challenge_is_ok() -> None:
    body = b"<html><head><title>How bot walls work</title></head><body><p>Imperva's /_Incapsula_Resource"
    body += b" iframe ...</p>" + b"<p>More text about bot walls.</p>" * 1500 + b"</body></html>"
    assert classify_fetch(_fetch(200, body)).status is Status.OK


# --- moves: trivial or not, and whether the advice stands --------------------------------------------------


def _moved(cited: str, target: str) -> Finding | None:
    return moved_finding(
        FetchResult(url=cited, final_url=target, status_code=200, redirects=(Redirect(301, target),))
    )


@pytest.mark.parametrize(
    ("cited", "target", "severity"),
    [
        (
            f"{SITE}/News/2019/Jun/12/Harbour-Ferries",
            f"{SITE}/news/2019/jun/12/harbour-ferries",
            Severity.INFO,
        ),
        (
            f"{SITE}/news/harbour-ferries?utm_source=twitter&utm_medium=social",
            f"{SITE}/news/harbour-ferries",
            Severity.INFO,
        ),
        (
            f"{SITE}/news/harbour-ferries?id=7&fbclid=IwAR0x",
            f"{SITE}/news/harbour-ferries?id=7",
            Severity.INFO,
        ),
        (f"{SITE}/news/harbour-ferries?id=7", f"{SITE}/news/harbour-ferries?id=8", Severity.WARN),
        (f"{SITE}/news/harbour-ferries", f"{SITE}/archive/harbour-ferries", Severity.WARN),
    ],
)
def test_trivial_moves_are_info(cited: str, target: str, severity: Severity) -> None:
    finding = _moved(cited, target)
    assert finding is not None
    assert finding.severity is severity


def test_a_move_to_another_years_story_does_not_stand() -> None:
    date_fail = Finding(FindingKind.DATE_MISMATCH, Severity.FAIL, "cited 2019-02-19, page 2023-02-21")
    date_warn = Finding(FindingKind.DATE_MISMATCH, Severity.WARN, "a day apart")
    assert not move_stands(Status.OK, [date_fail])
    assert move_stands(Status.OK, [date_warn])
    assert move_stands(Status.OK, [])


# --- gates: registration walls and regional blocks ----------------------------------------------------------

METERED = """<html><head><title>Register to continue reading | The Valley Ledger</title>
<meta property="og:site_name" content="The Valley Ledger"></head><body>
<h2>You've read all your free stories this month</h2><a href="/register">Register now</a></body></html>"""

GEO = """<html><head><title>Content not available in your region | The Valley Ledger</title>
<meta property="og:site_name" content="The Valley Ledger"></head><body>
<h1>This content is not available in your region</h1><p>Due to licensing restrictions ...</p></body></html>"""

GEO_HEADLINE = """<html><head>
<title>Why the new phone is not available in your country | The Valley Ledger</title>
<meta property="og:title" content="Why the new phone is not available in your country"></head><body>
<h1>Why the new phone is not available in your country</h1><p>Text.</p></body></html>"""


def _gate(html: str, final: str = STORY, redirects: int = 0) -> tuple[Cause, str] | None:
    return gate_signal(STORY, final, extract_metadata(html.encode(), final), redirects)


def test_a_metered_registration_wall_is_auth() -> None:
    signal = _gate(METERED)
    assert signal is not None
    assert signal[0] is Cause.AUTH


@pytest.mark.parametrize("path", ["/register?returnUrl=%2Flocal%2F2020", "/subscribe", "/account/signup"])
def test_redirected_to_registration_or_subscription_is_auth(path: str) -> None:
    signal = _gate("<html><head><title>Join us</title></head><body></body></html>", SITE + path, 1)
    assert signal is not None
    assert signal[0] is Cause.AUTH


def test_a_regional_block_is_legal_and_a_headline_about_one_is_not() -> None:
    signal = _gate(GEO)
    assert signal is not None
    assert signal[0] is Cause.LEGAL
    assert "region" in signal[1]
    assert _gate(GEO_HEADLINE) is None


# --- headless pages: no headline, no date, the text says what they are --------------------------------------

RU_DIV = """<html lang="ru"><head><meta charset="utf-8"><title>Вечерний Город — новости города</title>
<meta property="og:site_name" content="Вечерний Город"></head><body>
<ul><li><a href="/news/">Новости</a></li></ul>
<div class="error-block__title">Материал не найден</div><p>Страница была удалена.</p></body></html>"""

GDPR = """<html><head><title>The Valley Ledger</title></head><body>
<div class="gdpr-block"><p>Unfortunately, our website is currently unavailable in most European countries.
We are engaged on the issue.</p></div></body></html>"""

HEADLESS_OK = """<html><head><title>The Valley Ledger - News for the valley</title></head><body>
<div class="story">Council approves the budget for next year</div><p>Councillors voted 30 to 12.</p>
</body></html>"""

NOTHING_FOUND_WIDGET = """<html><head><title>Reservoir fees rise for 2020 | The Valley Ledger</title>
<meta property="og:title" content="Reservoir fees rise for 2020"></head><body>
<h1>Reservoir fees rise for 2020</h1><p>Fees rise by 4%.</p>
<aside><div class="widget">Nothing found</div></aside></body></html>"""

DATED_HEADLESS = """<html><head><title>The Valley Ledger</title>
<meta property="article:published_time" content="2020-05-12T08:00:00Z"></head><body><div>Page not found</div>
</body></html>"""


def _headless(html: str, url: str = STORY) -> tuple[Status, Cause, str] | None:
    body = html.encode()
    return headless_signal(url, url, body, extract_metadata(body, url))


def test_a_headless_page_whose_text_says_error_is_an_error_page() -> None:
    signal = _headless(RU_DIV, "https://vechernii.example.ru/news/2019/11/05/tramvai")
    assert signal is not None
    assert signal[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)
    assert "Материал не найден" in signal[2]


def test_a_headless_page_whose_text_says_region_is_blocked() -> None:
    signal = _headless(GDPR)
    assert signal is not None
    assert signal[:2] == (Status.BLOCKED, Cause.LEGAL)


@pytest.mark.parametrize("html", [HEADLESS_OK, NOTHING_FOUND_WIDGET, DATED_HEADLESS])
def test_pages_with_a_headline_a_date_or_nothing_to_say_are_not_read(html: str) -> None:
    assert _headless(html) is None


AMP_SHELL = b"""<!doctype html><html amp><head><title>The Valley Ledger</title>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-list" src="https://cdn.ampproject.org/v0/amp-list-0.1.js"></script></head>
<body><amp-list src="/api/amp/story.json" layout="responsive" width="4" height="8">
<template type="amp-mustache">
<h1>{{headline}}</h1></template></amp-list></body></html>"""

AMP_ARTICLE = b"""<!doctype html><html amp><head><title>Reservoir fees rise for 2020</title>
<meta property="og:title" content="Reservoir fees rise for 2020">
<script async src="https://cdn.ampproject.org/v0.js"></script></head><body>
<h1>Reservoir fees rise for 2020</h1><p>Fees rise by four per cent.</p>
<amp-list src="/api/related.json"><template>{{title}}</template></amp-list>
</body></html>"""


def test_an_empty_amp_shell_is_a_script_shell_and_an_amp_article_is_not() -> None:
    assert script_shell(AMP_SHELL, extract_metadata(AMP_SHELL, STORY))
    assert not script_shell(AMP_ARTICLE, extract_metadata(AMP_ARTICLE, STORY))
