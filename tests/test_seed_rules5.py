"""The rules added after the seed5 probe (``tests/test_seed_probe5.py``), on small values and one site.

1. ``gates``: a page whose every title is a consent wall's "we use cookies" sentence ("Мы используем файлы
   cookie", "We use cookies") and which states no article's date is a consent wall (``blocked``,
   ``consent``); Russian "<we / the site> use(s) cookies" lines are read as a consent wall's heading.
2. ``report.text``: a gone page (``dead``, ``soft_404``) whose citation names an archived copy shows it.
3. ``match``: a page on the cited outlet's host that declares itself, by its site name or publisher, as
   another site's address (``Лента.ру`` on ria.ru) is an ``outlet_mismatch``.

Each positive case fails on the base's code (base44d); the cases left alone pass there and here.
"""

from __future__ import annotations

import pytest

from linkcheck import Config, check, extract_metadata, parse_sources
from linkcheck.gates import consent_line, gate_signal
from linkcheck.match import match_citation
from linkcheck.models import Cause, Citation, FindingKind, Metadata
from linkcheck.names import fold
from tests.site_server import Page, serve

URL = "https://tass.ru/politika/7487995"


def _page(title: str, *, published: str | None = None, body: str = "") -> str:
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="ТАСС">{date}'
        f"</head><body><h1>{title}</h1>{body}</body></html>"
    )


def _gate(html: str) -> Cause | None:
    signal = gate_signal(URL, URL, extract_metadata(html, URL), 0)
    return signal[0] if signal is not None else None


# --- 1. a "we use cookies" title ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Мы используем файлы cookie",
        "Сайт использует cookie-файлы",
        "Этот сайт использует файлы cookie",
        "Мы используем куки",
        "Наши сайты используют файлы cookie",
    ],
)
def test_russian_we_use_cookies_lines_are_a_consent_walls_heading(line: str) -> None:
    assert consent_line(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of a policy, not a heading
        "Мы используем файлы cookie для аналитики и рекламы на сайте",
        "Власти используют данные о звонках",  # no cookies
        "Куки и конфиденциальность",  # no verb: a policy page's heading
        # a question heads an explainer, never a consent dialog (the lead's follow-up to seed5)
        "Как сайты используют файлы cookie",
        "Почему все сайты используют куки",
    ],
)
def test_other_russian_lines_are_no_consent_heading(line: str) -> None:
    assert not consent_line(fold(line))


@pytest.mark.parametrize("title", ["Мы используем файлы cookie", "We use cookies", "Сайт использует куки"])
def test_an_undated_page_titled_we_use_cookies_is_a_consent_wall(title: str) -> None:
    body = "<form action='/accept' method='post'><button>Принять все</button></form>"
    assert _gate(_page(title, body=body)) is Cause.CONSENT


@pytest.mark.parametrize(
    "title",
    ["Как сайты используют файлы cookie", "How websites use cookies", "Why every website uses cookies"],
)
def test_an_undated_explainer_asking_how_sites_use_cookies_is_no_wall(title: str) -> None:
    assert _gate(_page(title, body="<p>Text of the explainer.</p>")) is None


def test_a_story_headlined_so_and_stating_its_date_is_left_alone() -> None:
    html = _page("Why every website uses cookies", published="2020-01-09T10:00:00+03:00", body="<p>Text.</p>")
    assert _gate(html) is None


def test_a_banner_beside_the_storys_own_headline_is_left_alone() -> None:
    html = (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8">'
        "<title>Жириновский призвал Иран купить российские С-400</title></head><body>"
        "<h1>Жириновский призвал Иран купить российские С-400</h1><p>Текст.</p>"
        "<div><h2>Мы используем файлы cookie</h2><button>Принять</button></div></body></html>"
    )
    assert _gate(html) is None


def test_a_whole_consent_title_on_a_dated_page_is_still_a_wall() -> None:
    # unchanged: "Before you continue" is no headline, whatever date the page carries
    assert _gate(_page("Before you continue", published="2020-01-09T10:00:00+03:00")) is Cause.CONSENT


# --- 2. the text report names a gone page's archived copy ---------------------------------------------------


def _text_report(status: int, archived: bool) -> tuple[str, str]:
    """The text report of one citation of a page answering ``status``, with an archived copy of it or none."""
    body = b"<!doctype html><html><head><title>Story</title></head><body><h1>Story</h1><p>Text.</p></body>"
    with serve({"/story": Page(status=status, body=body)}) as site:
        archive = f"https://web.archive.org/web/20240503081500/{site.url('/story')}"
        line = site.url("/story") + (f" | archive: {archive}" if archived else "")
        citations = parse_sources(line, source="sources.txt")
        report = check(citations, Config(allow_hosts=(site.hostport,), retries=0))
    return report.render("text"), archive


def test_a_dead_page_shows_its_cited_archived_copy() -> None:
    text, archive = _text_report(404, archived=True)
    assert f"archived copy: {archive}" in text


def test_a_live_page_or_one_without_a_copy_shows_none() -> None:
    assert "archived copy:" not in _text_report(200, archived=True)[0]
    assert "archived copy:" not in _text_report(404, archived=False)[0]


# --- 3. a page declaring itself another site's address ------------------------------------------------------

RIA = "https://ria.ru/20200109/1563219328.html"


def _outlet(cited: str, url: str, site: str | None, publisher: str | None = None) -> list[tuple[str, str]]:
    meta = Metadata(
        title="Ирак возобновил переговоры с Россией о покупке С-300",
        site_name=site,
        site_name_source="opengraph" if site else None,
        publisher=publisher,
    )
    findings = match_citation(Citation(url=url, outlet=cited), meta, final_url=url, config=Config())
    return [(f.kind.value, f.severity.value) for f in findings if f.kind is FindingKind.OUTLET_MISMATCH]


@pytest.mark.parametrize(
    ("site", "publisher"),
    [
        ("Лента.ру", "Лента.ру"),
        ("Lenta.ru", None),
        (None, "Газета.Ru"),  # the publisher alone
    ],
)
def test_a_page_on_the_cited_outlets_host_declaring_another_sites_address_mismatches(
    site: str | None, publisher: str | None
) -> None:
    assert _outlet("RIA Novosti", RIA, site, publisher) == [("outlet_mismatch", "fail")]


@pytest.mark.parametrize(
    ("cited", "url", "site"),
    [
        ("RIA Novosti", RIA, "Россия сегодня"),  # a rebrand on its own host (seed3)
        ("RIA Novosti", RIA, "РИА Новости"),
        ("RIA Novosti", RIA, "Ria.ru"),  # the host's own address as the name
        ("RIA Novosti", RIA, "РИА.ру"),  # ... transliterated
        ("RT", "https://russian.rt.com/world/news/1", "RT.com"),
        ("Lenta.ru", RIA, "Лента.ру"),  # the cited outlet is the declared one (the cited address aside)
        ("Лента", "https://lenta.ru/news/2020/01/09/x/", "Lenta.ru"),
    ],
)
def test_names_of_the_host_itself_or_of_the_cited_outlet_are_left_alone(
    cited: str, url: str, site: str
) -> None:
    assert _outlet(cited, url, site) == []
