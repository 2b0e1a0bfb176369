"""The rules the twentieth link-rot batch (tests/test_rot_heldout20.py) brought, each on strings or through
:func:`check` with a fetcher double, with what each must leave alone: Cloudflare's 'Access denied' page (a
firewall rule, error 1020) served 403 or 200; an internet provider's block page titled 'Access Restricted'
(English, by a regulator's register); a consent platform's statement of purposes in Russian; a consent
reason quoted short; a JavaScript shell whose ``og:title`` only repeats its ``<title>``; and the report's
'page says' title of a page that kept an old address's ``<title>``."""

from __future__ import annotations

import pytest

from linkcheck import Config, check
from linkcheck.classify import classify_fetch
from linkcheck.extract import extract_metadata
from linkcheck.gates import consent_purposes, gate_signal
from linkcheck.match import kept_title_headline, match_citation
from linkcheck.models import Cause, Citation, FetchResult, Finding, FindingKind, Severity, Status
from linkcheck.names import fold
from linkcheck.pagebody import _clipped, headless_signal, script_shell
from tests.rot_harness import FIXTURES
from tests.rot_harness import Answers as _Answers

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
POST = "https://onegaherald-news.com"
HTML = {"content-type": "text/html; charset=utf-8"}


def _answer(url: str, status: int, body: bytes, **headers: str) -> FetchResult:
    return FetchResult(url=url, final_url=url, status_code=status, headers={**HTML, **headers}, body=body)


# --- Cloudflare's 'Access denied' (a firewall rule) ---------------------------------------------------------

DENIED = (FIXTURES / "cloudflare-1020.html").read_bytes()


@pytest.mark.parametrize("status", [403, 200])
def test_cloudflare_access_denied_is_a_firewall_refusal(status: int) -> None:
    liveness = classify_fetch(_answer(f"{POST}/2022/02/25/ruble-a76600", status, DENIED))
    assert liveness.status is Status.BLOCKED
    assert liveness.cause is Cause.BOT_CHALLENGE
    assert "Access denied" in liveness.reason
    assert "Cloudflare" in liveness.reason


def test_cloudflare_outage_page_stays_an_outage() -> None:
    """Cloudflare's own 5xx page (its origin did not answer) served 200 is the site down, not a refusal."""
    body = (
        b"<!DOCTYPE html><html><head><title>example.com | 522: Connection timed out</title></head><body>"
        b'<div id="cf-wrapper"><div id="cf-error-details"><h1>Connection timed out</h1>'
        b"<span>Error code 522</span></div></div></body></html>"
    )
    liveness = classify_fetch(_answer(f"{POST}/a", 200, body))
    assert liveness.status is Status.ERROR
    assert liveness.cause is Cause.SERVER_ERROR


def test_a_plain_403_and_an_article_quoting_the_title_are_left_alone() -> None:
    plain = b"<html><head><title>403 Forbidden</title></head><body><h1>Access denied</h1></body></html>"
    assert classify_fetch(_answer(f"{POST}/a", 403, plain)).cause is Cause.AUTH
    quoting = (
        b"<html><head><title>Why readers see 'Access denied' pages</title></head><body>"
        + b"<p>Filler text of the story.</p>" * 80
        + b"<p>Its tab reads 'Access denied | news.example used Cloudflare to restrict access</title>'.</p>"
        + b"</body></html>"
    )
    assert classify_fetch(_answer(f"{POST}/a", 200, quoting)).status is Status.OK


# --- a provider's block page titled 'Access Restricted' -----------------------------------------------------


def _page(title: str, h1: str, extra: str = "") -> bytes:
    return (
        f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title>{extra}</head>'
        f"<body><h1>{h1}</h1><p>Some words of the page.</p></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "title",
    [
        "Access Restricted",
        "Access to this website has been blocked",
        "This website is blocked",
        "Access blocked",
    ],
)
def test_an_english_block_page_title_is_a_legal_gate(title: str) -> None:
    url = f"{POST}/2021/03/10/court-fines-editor-a73012"
    metadata = extract_metadata(_page(title, title), url, HTML)
    gate = gate_signal(url, url, metadata, 0)
    assert gate is not None
    assert gate[0] is Cause.LEGAL


@pytest.mark.parametrize(
    "title",
    [
        "Access restricted to the old town as bridge repairs begin",
        "Why access to this website is blocked in three countries",
        "Access denied",
    ],
)
def test_headlines_about_access_are_no_legal_gate(title: str) -> None:
    url = f"{POST}/2021/03/10/old-town-a73013"
    extra = '<meta property="article:published_time" content="2021-03-10T10:00:00+03:00">'
    metadata = extract_metadata(_page(f"{title} - The Onega Herald", title, extra), url, HTML)
    gate = gate_signal(url, url, metadata, 0)
    assert gate is None or gate[0] is not Cause.LEGAL


# --- a consent platform's purposes in Russian, quoted short -------------------------------------------------

RU_PURPOSES = (
    "Мы и наши партнёры (812) храним и/или получаем доступ к информации на устройстве, например к файлам"
    " cookie, и обрабатываем персональные данные"
)


def test_russian_statement_of_purposes() -> None:
    assert consent_purposes(fold(RU_PURPOSES))
    assert consent_purposes(fold("Мы и наши партнеры храним информацию на устройстве, например cookie"))


@pytest.mark.parametrize(
    "line",
    [
        "Мы и наши читатели храним память о тех событиях, а cookie тут ни при чём",
        "Наши партнёры храним и/или получаем доступ к информации",
        "Мы и наши партнёры обсуждали cookie на конференции, где хранили молчание",
    ],
)
def test_other_russian_lines_are_no_statement_of_purposes(line: str) -> None:
    assert not consent_purposes(fold(line))


def test_the_consent_reason_quotes_the_dialog_short() -> None:
    url = f"{POST}/20210412/1727700111.html"
    body = (FIXTURES / "chusovaya-consent-ru.html").read_bytes()
    signal = headless_signal(url, url, body, extract_metadata(body, url, HTML))
    assert signal is not None
    status, cause, reason = signal
    assert (status, cause) == (Status.BLOCKED, Cause.CONSENT)
    assert "Мы и наши партнёры" in reason
    assert len(reason) <= 160, reason


def test_clipped_keeps_a_short_line_and_cuts_a_long_one_at_a_word() -> None:
    assert _clipped("We use cookies") == "We use cookies"
    long = "word " * 60
    cut = _clipped(long.strip())
    assert cut.endswith(" ...")
    assert len(cut) <= 104
    assert cut[:-4].split() == ["word"] * len(cut[:-4].split())


HOME_TITLE = "Рассвет — новости России и мира сегодня"
MORTGAGE = "В Госдуме предложили продлить программу льготной ипотеки"
DATED = '<meta property="article:published_time" content="2020-01-20T10:00:00+03:00">'


# --- a JavaScript shell whose og:title repeats its <title> --------------------------------------------------


def _shell(og_title: str | None, h1: str = "", title: str = HOME_TITLE, head: str = "") -> bytes:
    og = f'<meta property="og:title" content="{og_title}">' if og_title is not None else ""
    return (
        f'<html lang="ru"><head><meta charset="utf-8"><title>{title}</title>{head}'
        f'{og}<meta property="og:site_name" content="Рассвет">'
        '<script defer src="/static/js/main.js"></script>'
        f'</head><body><noscript>Включите JavaScript.</noscript><div id="root">{h1}</div></body></html>'
    ).encode()


def test_a_shell_whose_og_title_repeats_its_title_is_a_shell() -> None:
    url = f"{POST}/politika/7488301"
    body = _shell("Рассвет — новости России и мира сегодня")
    assert script_shell(body, extract_metadata(body, url, HTML))


@pytest.mark.parametrize(
    "body",
    [
        _shell("В Госдуме предложили продлить программу льготной ипотеки"),
        _shell("Рассвет — новости России и мира сегодня", "<h1>В Госдуме предложили продлить ипотеку</h1>"),
        # the server writes the story's head (its headline in <title> and og:title, its date): the story's
        _shell(MORTGAGE, title=MORTGAGE, head=DATED),
    ],
    ids=["og-title-a-headline", "h1-rendered", "dated-story-head"],
)
def test_a_shell_with_a_headline_of_its_own_is_no_empty_shell(body: bytes) -> None:
    url = f"{POST}/politika/7488301"
    assert not script_shell(body, extract_metadata(body, url, HTML))


# --- the page says what it is, not the <title> it kept ------------------------------------------------------

FERRY = "Onega Ferry Line Suspended After Safety Inspection"
FERRY_URL = f"{POST}/2019/07/02/onega-ferry-line-suspended-after-safety-inspection-a66110"


def test_a_kept_title_page_reports_its_own_headline() -> None:
    body = (FIXTURES / "casino-kept-title-ru.html").read_bytes()
    citation = Citation(FERRY_URL, title=FERRY)
    result = check(
        [citation], Config(), fetcher=_Answers({FERRY_URL: _answer(FERRY_URL, 200, body)})
    ).results[0]
    assert FindingKind.TITLE_MISMATCH in {f.kind for f in result.findings}
    assert result.metadata is not None
    assert result.metadata.title == "Лучшие онлайн-казино 2025 года"


def test_a_dated_article_under_an_seo_title_keeps_its_title() -> None:
    body = (
        f"<html><head><title>{FERRY} - The Onega Herald</title>"
        '<meta property="og:title" content="Ferry line halted: inspectors find faults">'
        '<meta property="article:published_time" content="2019-07-02T10:00:00+03:00"></head>'
        "<body><h1>Ferry line halted: inspectors find faults</h1><p>Text.</p></body></html>"
    ).encode()
    citation = Citation(FERRY_URL, title=FERRY)
    result = check(
        [citation], Config(), fetcher=_Answers({FERRY_URL: _answer(FERRY_URL, 200, body)})
    ).results[0]
    assert result.metadata is not None
    assert result.metadata.title == extract_metadata(body, FERRY_URL, HTML).title


def test_kept_title_headline_reads_only_the_kept_title_finding() -> None:
    other = Finding(FindingKind.TITLE_MISMATCH, Severity.FAIL, "cited title 'a' does not match", "a", "b")
    assert kept_title_headline([other]) is None
    url = FERRY_URL
    body = (FIXTURES / "casino-kept-title-ru.html").read_bytes()
    metadata = extract_metadata(body, url, HTML)
    findings = match_citation(Citation(url, title=FERRY), metadata, final_url=url, config=Config())
    assert kept_title_headline(findings) == "Лучшие онлайн-казино 2025 года"
