"""Rules added after the seed8 probe (tests/test_seed_probe8.py), each on small strings or pages, with what
each must leave alone.

1. ``extract.core.anchored_entry_title`` and the checker's ``anchors``: a cited URL's fragment naming an entry
   of the page (``#post-118``, an element holding an ``<h2>``-``<h4>``) offers the entry's heading as a
   ``live-entry`` title candidate, for that citation only.
2. ``soft404._is_date_archive``: a day's archive written as one segment of eight digits (``/20200109/``) is
   an archive of a day: a story's address redirected there is a soft 404 (``front_page``).
3. ``soft404._front_page_signal``: a redirect to the root of another site whose page is a legal block (a
   provider's "Доступ к ресурсу ограничен") is no front page: the gate answers, ``blocked`` (``legal``).
"""

from __future__ import annotations

import pytest

import linkcheck.soft404 as soft404
from linkcheck import Config, check, extract_metadata, parse_sources
from linkcheck.extract.core import anchored_entry_title
from linkcheck.models import Cause, Metadata, TitleCandidate
from linkcheck.soft404 import soft_404_signal
from tests.site_server import Page, serve

ENTRY = "Жириновский призвал Иран купить российские С-400"
LIVE = "Обострение между США и Ираном. Онлайн-трансляция"


def live_page(entry_markup: str) -> str:
    return (
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{LIVE}</title>'
        f'<meta property="og:title" content="{LIVE}">'
        '<meta property="article:published_time" content="2020-01-03T09:00:00+03:00"></head>'
        f"<body><main><h1>{LIVE}</h1>{entry_markup}</main></body></html>"
    )


ARTICLE_ENTRY = (
    "<article class='live-post' id='post-118'><time datetime='2020-01-09T11:40'>11:40</time>"
    f"<h2>{ENTRY}</h2><p>Текст.</p></article>"
    "<article class='live-post' id='post-117'><h2>Иран нанес ракетные удары по базам США</h2></article>"
)


# --- 1. an entry named by the cited fragment ---------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        ARTICLE_ENTRY,
        ARTICLE_ENTRY.replace("'", '"'),
        # a div entry whose time line is a div of its own, closed before the heading
        f'<div class="entry" id="post-118"><div class="meta"><span>11:40</span></div><h3>{ENTRY}</h3></div>',
    ],
    ids=["article-single-quotes", "double-quotes", "nested-div"],
)
def test_anchored_entry_heading_is_read(markup: str) -> None:
    assert anchored_entry_title(live_page(markup), "post-118") == ENTRY


@pytest.mark.parametrize(
    ("markup", "fragment"),
    [
        (ARTICLE_ENTRY, "post-999"),  # no such element
        (ARTICLE_ENTRY, ":~:text=Жириновский"),  # a text fragment, not an id
        (ARTICLE_ENTRY, "/politika/7487995"),  # a script's route
        (ARTICLE_ENTRY, ""),
        # the id on a heading itself: a section of an article, whose title is the article's
        (f'<h2 id="history">{ENTRY}</h2>', "history"),
        # the element closes before any heading: the heading after it is another's
        (f'<div id="top"><a href="/">Главная</a></div><h2>{ENTRY}</h2>', "top"),
        # a heading of fewer than three words
        ('<section id="comments"><h2>Комментарии (3)</h2></section>', "comments"),
    ],
    ids=["missing", "text-fragment", "route", "empty", "heading-itself", "closed-before", "short"],
)
def test_anchored_entry_left_alone(markup: str, fragment: str) -> None:
    assert anchored_entry_title(live_page(markup), fragment) is None


def test_extract_metadata_with_the_fragment_offers_the_entry() -> None:
    url = "https://tass.example/mezhdunarodnaya-panorama/7460000"
    html = live_page(ARTICLE_ENTRY)
    named = extract_metadata(html, url + "#post-118")
    assert TitleCandidate(ENTRY, "live-entry") in named.title_candidates
    assert named.title == LIVE  # the page's own title stays the live page's
    plain = extract_metadata(html, url)
    assert all(c.text != ENTRY for c in plain.title_candidates)


def test_check_matches_an_entry_cited_by_its_fragment_only_for_that_citation() -> None:
    # Two citations of one live page: the entry's anchor matches the entry's headline; the bare address
    # (the same fetch) does not get the entry's heading as a title.
    with serve({"/live": Page(body=live_page(ARTICLE_ENTRY).encode())}) as site:
        url = site.url("/live")
        citations = parse_sources(
            f"{url}#post-118 | title: {ENTRY}\n{url} | title: {ENTRY}\n", source="inline"
        )
        report = check(citations, Config(allow_hosts=(site.hostport,), retries=0))
    anchored, bare = report.results
    assert [f.kind.value for f in anchored.findings if f.kind.value == "title_mismatch"] == []
    assert "title_mismatch" in [f.kind.value for f in bare.findings]


# --- 2. a day's archive written as eight digits ----------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://ria.example/20200109/",
        "https://ria.example/en/20200109/",
        "https://ria.example/archive/20200109/",
    ],
)
def test_compact_day_archives(url: str) -> None:
    assert soft404._is_date_archive(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://ria.example/20201309/",  # month 13
        "https://ria.example/20200132/",  # day 32
        "https://ria.example/12345678/",  # no year
        "https://ria.example/20200109/1563219328.html",  # the story
        "https://ria.example/20200109/?page=2",
        "https://ria.example/news/20200109/",  # a section's day: not read here
    ],
)
def test_not_compact_day_archives(url: str) -> None:
    assert not soft404._is_date_archive(url)


def test_story_redirected_to_its_days_archive_is_a_front_page() -> None:
    story = "https://ria.example/20200109/1563219328.html"
    listing = Metadata(title="Архив новостей за 9 января 2020")
    signal = soft_404_signal(story, "https://ria.example/20200109/", listing, 1)
    assert signal is not None
    assert signal[0] is Cause.FRONT_PAGE
    # left alone: the story at its own address
    assert soft_404_signal(story, story, Metadata(title="Ирак возобновил переговоры"), 0) is None


# --- 3. a provider's block page at its own host's root ----------------------------------------------------

BLOCK = "Доступ к ресурсу ограничен"
MT_STORY = "https://www.themoscowtimes.example/2024/05/02/will-russia-reinforce-iraqs-air-defenses"


def test_redirect_to_another_sites_root_showing_a_legal_block_is_not_a_front_page() -> None:
    block = Metadata(title=BLOCK, title_candidates=(TitleCandidate(BLOCK, "title-tag"),))
    assert soft_404_signal(MT_STORY, "http://blocked.provider.example/", block, 1) is None


@pytest.mark.parametrize(
    ("final", "title"),
    [
        ("http://blocked.provider.example/", "Телеком-Сеть — домашний интернет"),  # another site's front page
        ("https://www.themoscowtimes.example/", BLOCK),  # the outlet's own root: left to the front-page rule
    ],
    ids=["another-sites-front", "same-site-root"],
)
def test_redirects_to_a_root_left_alone(final: str, title: str) -> None:
    page = Metadata(title=title, title_candidates=(TitleCandidate(title, "title-tag"),))
    signal = soft_404_signal(MT_STORY, final, page, 1)
    assert signal is not None
    assert signal[0] is Cause.FRONT_PAGE
