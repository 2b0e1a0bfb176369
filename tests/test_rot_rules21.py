"""The rules the twenty-first link-rot batch (tests/test_rot_heldout21.py) brought, each on strings or through
:func:`check` with a fetcher double, with what each must leave alone: a check of the reader's browser or
network as a page of its own (an outdated-browser wall, a VPN or proxy wall, a captcha's question); a whole
site's 'We have moved' notice that links only its new domain; a JavaScript shell whose head says
``prerender-status-code`` 404; a correction or refutation standing in place of the article it says was
removed; and a 451's reason taken from its page and its ``Link: rel="blocked-by"`` header."""

from __future__ import annotations

import pytest

from linkcheck import Config, check
from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal
from linkcheck.models import Cause, Citation, FetchResult, Status
from linkcheck.pagebody import (
    after_headline_signal,
    blocked_by,
    body_signal,
    correction_in_place,
    headline_end,
    legal_reason,
    shell_error,
)
from linkcheck.soft404 import is_moved_title
from tests.rot_harness import FIXTURES
from tests.rot_harness import Answers as _Answers

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
POST = "https://pechorapost-news.com"
AGENCY = "https://zarya-inform.com"
HTML = {"content-type": "text/html; charset=utf-8"}
DATED = '<meta property="article:published_time" content="2020-01-20T10:00:00+03:00">'


def _answer(url: str, status: int, body: bytes, **headers: str) -> FetchResult:
    return FetchResult(url=url, final_url=url, status_code=status, headers={**HTML, **headers}, body=body)


def _page(
    title: str, h1: str, head: str = "", text: str = "Some words of the page.", lang: str = "en"
) -> bytes:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><h1>{h1}</h1><p>{text}</p></body></html>"
    ).encode()


# --- a check of the reader's browser or network -------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        ("Ваш браузер устарел", "Ваш браузер устарел"),
        ("Your browser is not supported", "Please update your browser"),
        ("VPN or proxy detected", "It looks like you are using a VPN or proxy"),
        ("Отключите VPN", "Пожалуйста, отключите VPN"),
        ("Вы не робот?", "Подтвердите, что запросы отправляли вы, а не робот"),
        ("Are you a robot?", "Are you a robot?"),
    ],
)
def test_a_check_of_the_readers_browser_is_a_bot_challenge(title: str, h1: str) -> None:
    url = f"{POST}/2022/11/30/ferry-service-suspended-a78800"
    gate = gate_signal(url, url, extract_metadata(_page(title, h1), url, HTML), 0)
    assert gate is not None
    assert gate[0] is Cause.BOT_CHALLENGE
    assert "browser or network" in gate[1]


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        # a story headlined so, with its date: the headline is the page's
        ("Your Browser Is Out of Date - The Pechora Post", "Your Browser Is Out of Date"),
        ("Вы не робот? - Заря", "Вы не робот?"),
        # headlines about browsers, VPNs and robots
        ("Russia Moves to Ban VPN Services - The Pechora Post", "Russia Moves to Ban VPN Services"),
        (
            "Are you a robot? How captchas learned to spot us",
            "Are you a robot? How captchas learned to spot us",
        ),
    ],
)
def test_dated_stories_and_headlines_about_them_are_no_check(title: str, h1: str) -> None:
    url = f"{POST}/2020/01/20/story-a70001"
    metadata = extract_metadata(_page(title, h1, DATED), url, HTML)
    assert gate_signal(url, url, metadata, 0) is None


def test_an_undated_article_under_an_outdated_browser_banner_keeps_its_headline() -> None:
    """An old page (no date in its metadata) whose markup always holds a browser banner as a heading, beside
    the story's own headline: the headline is the page's, the banner no wall."""
    url = f"{POST}/2012/03/14/river-port-reopens-a40001"
    body = (
        b"<html><head><title>River Port Reopens After Dredging - The Pechora Post</title>"
        b'<meta property="og:title" content="River Port Reopens After Dredging"></head><body>'
        b'<h1 class="outdated-banner">Your browser is out of date</h1>'
        b"<article><h2>River Port Reopens After Dredging</h2><p>Text of the story.</p></article>"
        b"</body></html>"
    )
    assert gate_signal(url, url, extract_metadata(body, url, HTML), 0) is None


def test_the_fixtures_walls_are_checks() -> None:
    for name in ("zarya-old-browser-ru.html", "pechora-vpn-block.html", "vyatka-captcha.html"):
        url = f"{AGENCY}/politika/7490101"
        body = (FIXTURES / name).read_bytes()
        gate = gate_signal(url, url, extract_metadata(body, url, HTML), 0)
        assert gate is not None, name
        assert gate[0] is Cause.BOT_CHALLENGE, name


def test_a_browser_wall_is_blocked_through_check() -> None:
    url = f"{AGENCY}/politika/7490101"
    body = (FIXTURES / "zarya-old-browser-ru.html").read_bytes()
    citation = Citation(url, title="Совет Федерации одобрил закон о платформенной занятости")
    result = check([citation], Config(), fetcher=_Answers({url: _answer(url, 200, body)})).results[0]
    assert result.status is Status.BLOCKED
    assert result.cause is Cause.BOT_CHALLENGE
    assert "Ваш браузер устарел" in result.reason
    assert not result.findings


# --- a whole site's "We have moved" ------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["We have moved", "We've moved!", "Мы переехали", "Our website has moved"])
def test_a_sites_moved_notice_is_a_moved_title(title: str) -> None:
    assert is_moved_title(title)


@pytest.mark.parametrize(
    "title",
    ["We Have Moved Beyond Coal, Minister Says", "How we moved a newsroom in a week", "Мы переехали в Пермь"],
)
def test_headlines_about_moving_are_no_moved_title(title: str) -> None:
    assert not is_moved_title(title)


def test_a_moved_site_notice_names_its_new_domain() -> None:
    url = f"{POST}/2021/07/20/komi-declares-wildfire-emergency-a73340"
    body = (FIXTURES / "pechora-moved-domain.html").read_bytes()
    signal = body_signal(url, url, body, extract_metadata(body, url, HTML))
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "new address https://pechorapost.info/" in signal[1]


def test_a_moved_notice_linking_its_own_home_names_no_new_site() -> None:
    url = f"{POST}/2021/07/20/komi-declares-wildfire-emergency-a73340"
    body = _page("We have moved", "We have moved", text=f'Go to <a href="{POST}/">our front page</a>.')
    signal = body_signal(url, url, body, extract_metadata(body, url, HTML))
    assert signal is not None
    assert "links to" not in signal[1]


def test_a_moved_notice_linking_its_sites_bare_domain_names_no_new_site() -> None:
    # the page at www. links the same site's home without it: one site (soft404.same_site), no new domain
    url = "https://www.pechora-post.example/2021/07/20/komi-declares-wildfire-emergency-a73340"
    link = '<a href="https://pechora-post.example/">our front page</a>'
    body = _page("We have moved", "We have moved", text=f"Go to {link}.")
    signal = body_signal(url, url, body, extract_metadata(body, url, HTML))
    assert signal is not None
    assert "links to" not in signal[1]


# --- a JavaScript shell whose head says prerender-status-code 404 -----------------------------------------


def _shell(meta: str) -> bytes:
    return (
        "<html><head><title>The Pechora Post - News from the Russian North</title>"
        f'{meta}<script src="/js/app.js"></script></head>'
        '<body><noscript>Please enable JavaScript.</noscript><div id="app"></div></body></html>'
    ).encode()


@pytest.mark.parametrize(
    "meta",
    [
        '<meta name="prerender-status-code" content="404">',
        "<meta content='410' name='prerender-status-code'>",
        "<meta name=prerender-status-code content=404>",
    ],
)
def test_a_shell_whose_head_says_404_is_not_found(meta: str) -> None:
    said = shell_error(_shell(meta))
    assert said is not None
    assert "prerender-status-code" in said


@pytest.mark.parametrize(
    "meta",
    [
        '<meta name="prerender-status-code" content="200">',
        '<meta name="prerender-status-code" content="301">'
        '<meta name="prerender-header" content="Location: /a">',
        '<meta name="description" content="404 reasons to visit the Pechora">',
    ],
)
def test_other_prerender_statuses_are_no_not_found(meta: str) -> None:
    assert shell_error(_shell(meta)) is None


# --- a correction or refutation in place of the article ---------------------------------------------------


def _after(body: bytes) -> tuple[Status, Cause, str] | None:
    url = f"{AGENCY}/20200109/1563219390.html"
    return after_headline_signal(url, url, body, extract_metadata(body, url, HTML))


@pytest.mark.parametrize("name", ["vyatka-refutation.html", "onega-correction.html"])
def test_a_correction_in_place_of_the_article_is_a_removal(name: str) -> None:
    signal = _after((FIXTURES / name).read_bytes())
    assert signal is not None
    assert signal[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)
    assert "in place of the article" in signal[2]


@pytest.mark.parametrize(
    ("h1", "text"),
    [
        # a refutation published as news: nothing removed
        ("Опровержение", "Пресс-служба завода опровергла сообщения о задержании директора."),
        # a correction that leaves the story in place
        (
            "Correction",
            "An earlier version of this article misstated the date of the vote. It has been corrected.",
        ),
        # a headline that only starts with the word
        ("Correction ordered after the story was removed", "The article has been removed, the court said."),
    ],
)
def test_corrections_that_remove_nothing_are_left_alone(h1: str, text: str) -> None:
    body = _page(h1, h1, DATED, text)
    assert correction_in_place(h1, body, headline_end(body)) is None


# --- a 451's reason -----------------------------------------------------------------------------------------


def test_a_451_page_says_whose_demand() -> None:
    body = (FIXTURES / "zarya-451-en.html").read_bytes()
    said = legal_reason(body)
    assert said is not None
    assert "Prosecutor General's Office" in said
    russian = (FIXTURES / "chusovaya-451.html").read_bytes()
    said = legal_reason(russian)
    assert said is not None
    assert "требования" in said


def test_a_451_page_that_says_only_its_status_gives_no_reason() -> None:
    body = _page("451 Unavailable For Legal Reasons", "This story is not available", text="Go back home.")
    assert legal_reason(body) is None


def test_blocked_by_reads_rfc_7725_link() -> None:
    assert (
        blocked_by('<https://zarya.example/en/legal>; rel="blocked-by"') == "https://zarya.example/en/legal"
    )
    assert blocked_by('<https://a.example/x>; rel="next", <https://b.example/>; rel=blocked-by') == (
        "https://b.example/"
    )
    assert blocked_by('<https://zarya.example/en/>; rel="canonical"') is None
    assert blocked_by("") is None


def test_a_451_reason_through_check() -> None:
    url = f"{AGENCY}/politics/1110090"
    body = (FIXTURES / "zarya-451-en.html").read_bytes()
    answer = _answer(url, 451, body, link='<https://zarya-inform.com/en/legal>; rel="blocked-by"')
    result = check(
        [Citation(url, title="Moscow Court Jails Activist")], Config(), fetcher=_Answers({url: answer})
    )
    first = result.results[0]
    assert first.status is Status.BLOCKED
    assert first.cause is Cause.LEGAL
    assert first.reason.startswith("451")
    assert "Prosecutor General's Office" in first.reason
    assert first.reason.endswith("(blocked by https://zarya-inform.com/en/legal)")
