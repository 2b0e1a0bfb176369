"""The rules the eighteenth link-rot batch (tests/test_rot_heldout18.py) brought, each on strings, with what
each must leave alone: a rate limiter's page served 200 ("Too Many Requests", "Слишком много запросов") is
``blocked`` (rate limited), not a soft 404 or another article; a notice that the article moved ("This article
has moved", "Материал перемещён") is a soft 404 whose reason gives the notice's link; a live page offers its
entries' headlines (JSON-LD ``liveBlogUpdate``) as titles, so a story folded into it is found there."""

from __future__ import annotations

import json

import pytest

from linkcheck import Config, check
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, FetchResult, PartialDate, Redirect, Status
from linkcheck.pagebody import body_signal
from linkcheck.soft404 import is_moved_title, soft_404_signal
from tests.rot_harness import Answers as _Answers

SITE = "https://www.nevatimes.example"
STORY = f"{SITE}/2021/06/02/st-petersburg-forum-opens-without-western-guests-a74012"
AGENCY = "https://volga-inform.example/20200109/1563219444.html"
#: an invented host under a live top-level domain, for :func:`check` (which holds ``.example`` dead)
CHECKED = "https://volgainform-news.ru"


def _page(title: str, h1: str, body: str = "", lang: str = "en", site: str = "The Neva Times") -> bytes:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:site_name" content="{site}"></head>'
        f"<body><h1>{h1}</h1>{body}</body></html>"
    ).encode()


def _signal(url: str, page: bytes) -> tuple[Cause, str] | None:
    return soft_404_signal(url, url, extract_metadata(page, url), 0)


# --- a rate limiter's page, served 200 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "title", "h1", "lang", "site"),
    [
        (STORY, "Too Many Requests", "Too Many Requests", "en", "The Neva Times"),
        (STORY, "429 Too Many Requests | The Neva Times", "Rate limit exceeded", "en", "The Neva Times"),
        (AGENCY, "Слишком много запросов", "Слишком много запросов", "ru", "Волга-Информ"),
        (AGENCY, "Волга-Информ", "Превышен лимит запросов", "ru", "Волга-Информ"),
    ],
)
def test_a_title_that_says_too_many_requests_is_rate_limited(
    url: str, title: str, h1: str, lang: str, site: str
) -> None:
    signal = _signal(url, _page(title, h1, lang=lang, site=site))
    assert signal is not None
    assert signal[0] is Cause.RATE_LIMITED
    assert "try again later" in signal[1]


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        # headlines about rate limits: another piece is no error phrase
        ("Too many requests: why the city's 311 line keeps crashing", "Too many requests: why 311 crashes"),
        ("Слишком много запросов: почему падает портал госуслуг", "Слишком много запросов: почему падает"),
    ],
)
def test_a_headline_about_rate_limits_is_no_signal(title: str, h1: str) -> None:
    assert _signal(STORY, _page(title, h1)) is None


def test_a_not_found_page_that_also_says_too_many_requests_stays_a_soft_404() -> None:
    signal = _signal(STORY, _page("Page not found - The Neva Times", "Too Many Requests"))
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


def test_a_maintenance_page_stays_a_server_error() -> None:
    signal = _signal(STORY, _page("Site under maintenance - The Neva Times", "We'll be back soon!"))
    assert signal is not None
    assert signal[0] is Cause.SERVER_ERROR


def test_a_rate_limiter_page_through_check_is_blocked_and_warns() -> None:
    page = _page("Слишком много запросов", "Слишком много запросов", "<p>Повторите попытку позже.</p>", "ru")
    url = f"{CHECKED}/20200109/1563219444.html"
    fetched = FetchResult(
        url=url, final_url=url, status_code=200, headers={"content-type": "text/html"}, body=page
    )
    citation = Citation(url, title="Ирак вызвал посла США", date=PartialDate.parse("2020-01-09"))
    result = check([citation], Config(), fetcher=_Answers({url: fetched})).results[0]
    assert (result.status, result.cause) == (Status.BLOCKED, Cause.RATE_LIMITED)
    assert result.verdict.value == "warn"
    assert not [f for f in result.findings if f.kind.value == "title_mismatch"]


# --- a moved notice ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Article moved | The Valley Ledger", ("The Valley Ledger",)),
        ("This article has moved", ()),
        ("This story has moved!", ()),
        ("Материал перемещён", ()),
        ("Страница перемещена — Волга-Информ", ("Волга-Информ",)),
    ],
)
def test_a_moved_notice_title(title: str, names: tuple[str, ...]) -> None:
    assert is_moved_title(title, names)


@pytest.mark.parametrize(
    "title",
    [
        "Kremlin moved the parade: what it means",
        "Why the market moved on Friday",
        "Материал перемещён в архив редакции: как мы храним старые статьи",
        "Our office has moved to Nevsky Prospekt",
        "Page not found",
    ],
)
def test_a_headline_about_moving_is_no_moved_notice(title: str) -> None:
    assert not is_moved_title(title)


def _moved_page(h1: str, link: str, title: str = "Волга-Информ") -> bytes:
    return _page(
        title,
        h1,
        "<p>Этот материал доступен по новому адресу:</p>"
        f'<p><a href="#top">Наверх</a> <a href="/">Главная</a> <a href="{link}">{link}</a></p>',
        "ru",
        "Волга-Информ",
    )


def test_a_moved_notice_is_a_soft_404_that_gives_its_link() -> None:
    page = _moved_page("Материал перемещён", "/world/20190315/1551877001-irak-s300.html")
    url = "https://volga-inform.example/20190315/1551877001.html"
    signal = body_signal(url, url, page, extract_metadata(page, url))
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "https://volga-inform.example/world/20190315/1551877001-irak-s300.html" in signal[1]


def test_a_moved_notice_without_a_link_still_says_it_moved() -> None:
    page = _page("Article moved | The Valley Ledger", "This article has moved", "<p>Sorry.</p>",
                 site="The Valley Ledger")  # fmt: skip
    url = "https://valleyledger.example/local/2014/10/07/grain-elevator-demolition"
    signal = body_signal(url, url, page, extract_metadata(page, url))
    assert signal is not None
    assert "has moved" in signal[1]
    assert "links to" not in signal[1]


def test_an_article_with_a_moved_box_is_no_moved_notice() -> None:
    page = _page(
        "Kaliningrad Opens Russia's Longest Tram Bridge - The Neva Times",
        "Kaliningrad Opens Russia's Longest Tram Bridge",
        '<div class="box"><h2>This page has moved</h2><a href="/new-home">our new section</a></div>'
        "<p>The 1.4-kilometer bridge over the Pregolya carries two tram tracks.</p>",
    )
    url = f"{SITE}/2019/05/14/kaliningrad-tram-bridge-a65500"
    assert body_signal(url, url, page, extract_metadata(page, url)) is None


# --- a live page's entries ---------------------------------------------------------------------------------

LIVE = "https://volga-inform.example/20200108/1563099000.html"
ENTRY = "Иран выпустил более десяти ракет по базам в Ираке"


def _live_page(updates: list[dict[str, str]], url: str = LIVE) -> bytes:
    node = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "url": url,
        "headline": "Удар Ирана по базам США в Ираке: онлайн-трансляция",
        "datePublished": "2020-01-08T02:40:00+03:00",
        "dateModified": "2020-01-08T23:10:00+03:00",
        "liveBlogUpdate": updates,
    }
    return (
        '<html lang="ru"><head><meta charset="utf-8">'
        "<title>Удар Ирана по базам США в Ираке: онлайн-трансляция - Волга-Информ</title>"
        '<meta property="og:site_name" content="Волга-Информ">'
        f'<script type="application/ld+json">{json.dumps(node, ensure_ascii=False)}</script></head>'
        "<body><h1>Удар Ирана по базам США в Ираке: онлайн-трансляция</h1></body></html>"
    ).encode()


_UPDATES = [
    {"@type": "BlogPosting", "headline": "Трамп выступит с обращением к нации"},
    {"@type": "BlogPosting", "headline": ENTRY},
]


def test_a_live_page_offers_its_entries_headlines_but_keeps_its_own_title() -> None:
    metadata = extract_metadata(_live_page(_UPDATES), LIVE)
    assert metadata.title == "Удар Ирана по базам США в Ираке: онлайн-трансляция"
    entries = [c.text for c in metadata.title_candidates if c.source == "live-entry"]
    assert entries == ["Трамп выступит с обращением к нации", ENTRY]


def test_an_entry_permalink_and_an_article_offer_no_entries() -> None:
    permalink = "https://volga-inform.example/20200108/1563099100.html"
    updates = [{**u, "url": permalink} if u["headline"] == ENTRY else u for u in _UPDATES]
    metadata = extract_metadata(_live_page(updates), permalink)
    assert not [c for c in metadata.title_candidates if c.source == "live-entry"]
    article = _page("Kaliningrad Opens Russia's Longest Tram Bridge - The Neva Times", "Kaliningrad Opens")
    metadata = extract_metadata(article, STORY)
    assert not [c for c in metadata.title_candidates if c.source == "live-entry"]


def _folded(cited_title: str) -> list[str]:
    cited, live = f"{CHECKED}/20200108/1563099100.html", f"{CHECKED}/20200108/1563099000.html"
    fetched = FetchResult(
        url=cited,
        final_url=live,
        status_code=200,
        headers={"content-type": "text/html; charset=utf-8"},
        body=_live_page(_UPDATES, live),
        redirects=(Redirect(301, live),),
    )
    citation = Citation(cited, title=cited_title, date=PartialDate.parse("2020-01-08"))
    result = check([citation], Config(), fetcher=_Answers({cited: fetched})).results[0]
    return [f.kind.value for f in result.findings]


def test_a_story_folded_into_a_live_page_is_found_among_its_entries() -> None:
    kinds = _folded(ENTRY)
    assert "title_mismatch" not in kinds
    assert "moved" in kinds


def test_a_headline_no_entry_has_is_still_a_title_mismatch() -> None:
    assert "title_mismatch" in _folded("Пентагон подтвердил отсутствие жертв среди военных")
