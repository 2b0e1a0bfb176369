"""General rules behind the fifty-first link-rot batch (:mod:`tests.test_rot_heldout51`), on strings, pages.

- A wall's line in Czech or Slovak ('Zbytek článku je dostupný pouze pro předplatitele') and in Ukrainian
  ('Цей матеріал доступний лише для передплатників') ends a teaser, as the languages wall1 covered do.
- Polish 'Ten materiał jest niedostępny w Twoim kraju' (one word for 'not available') is a regional block,
  as 'nie jest dostępny w Twoim kraju' was; Czech and Slovak 'Vážíme si vašeho soukromí' is a consent
  manager's heading.
- A teaser of up to 4,000 characters (a long read's first third) ended by a wall's line is walled text.
- A short story whose structured data names a paid part (``hasPart``: ``isAccessibleForFree: false``,
  ``cssSelector``) that is in the page but empty was sent without its text: a wall a script draws after
  load. A paid part that holds the text, and a free story's empty wall container, are no wall.
- A closed paper's farewell letter in its own voice ('A farewell to our readers', 'We have closed',
  'Abschied von unseren Leserinnen und Lesern', '... hat sein Erscheinen eingestellt') is a closure notice
  on a page with no date of its own. 'Harbour café has closed' and dated stories are left alone.
- An author's archive ('<name>, Author at <site>', 'Articles by <name>', '<name> – artykuły autora') is a
  listing, and a page of a listing (``/author/<name>/page/3/``) is the listing.
- A page titled as the outlet's e-paper viewer ('E-Paper – <site>', '<site> E-Paper') with no date of its
  own is no story. A headline about an e-paper is left alone.
"""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal, teaser_wall, wall_line
from linkcheck.models import Cause, Metadata, TitleCandidate
from linkcheck.names import fold
from linkcheck.pagebody import walled_text
from linkcheck.soft404 import _is_listing, _is_listing_title, closure_title, soft_404_signal
from tests.rot_harness import soft_signal

STORY = "https://www.wexcombeobserver.co.uk/news/2021/06/08/harbour-dredging-contract-dutch-firm"
HEADLINE = "Harbour dredging contract goes to Dutch firm"
META = Metadata(
    title=HEADLINE,
    title_candidates=(TitleCandidate(HEADLINE, "h1"), TitleCandidate(HEADLINE, "opengraph")),
)
PARAGRAPH = (
    "A £6.3 million contract to dredge the harbour's inner basin has been awarded to a Dutch marine"
    " contractor, the harbour board confirmed on Monday, after a tender that ran for most of the winter."
)


def _doc(head: str, body: str, lang: str = "en") -> bytes:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


def _story(article: str, head: str = "") -> bytes:
    return (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body><main><article><h1>{HEADLINE}</h1>"
        f"<p class='byline'>By Staff · 8 June 2021</p>{article}</article></main>"
        "<footer><p>© The Observer</p></footer></body></html>"
    ).encode()


# --- walls' lines in Czech, Slovak and Ukrainian ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Zbytek článku je dostupný pouze pro předplatitele.",
        "Celý článek je k dispozici jen pro předplatitele",
        "Tento článek je dostupný pouze pro předplatitele",
        "Zvyšok článku je dostupný len pre predplatiteľov",
        "Předplaťte si Vysočinský týdeník a čtěte dál",
        "Цей матеріал доступний лише для передплатників",
        "Повна версія статті доступна тільки за передплатою",
        "Щоб читати далі, оформіть передплату",
    ],
)
def test_czech_slovak_and_ukrainian_wall_lines_end_a_teaser(line: str) -> None:
    assert teaser_wall(fold(line.rstrip("."))) == "paywall"


@pytest.mark.parametrize(
    "line",
    [
        "Předplatné Vysočinského týdeníku",
        "Přihlásit se",
        "Підпишіться на наш Telegram-канал",
        "Передплата на газету 2022",
        "Článek je o předplatitelích mobilních tarifů",
    ],
)
def test_offers_and_mentions_in_those_languages_are_no_wall(line: str) -> None:
    assert teaser_wall(fold(line)) is None


# --- a Polish regional block, a Czech consent heading -------------------------------------------------------


def test_polish_not_available_in_one_word_is_a_regional_block() -> None:
    page = _doc(
        "<title>Materiał niedostępny | Kurier Suwalski</title>",
        "<h1>Ten materiał jest niedostępny w Twoim kraju</h1><p>Ze względu na ograniczenia licencyjne.</p>",
        "pl",
    )
    url = "https://kuriersuwalski.pl/wiadomosci/2021/08/19/festiwal-nad-wigrami"
    found = gate_signal(url, url, extract_metadata(page, url), 0)
    assert found is not None
    assert found[0] is Cause.LEGAL


def test_a_polish_headline_about_a_blocked_service_is_left_alone() -> None:
    page = _doc(
        "<title>Serwis streamingowy niedostępny w Polsce od piątku</title>"
        "<meta property='article:published_time' content='2022-03-04T10:00:00+01:00'>",
        "<article><h1>Serwis streamingowy niedostępny w Polsce od piątku</h1><p>"
        + PARAGRAPH
        + "</p></article>",
        "pl",
    )
    url = "https://kuriersuwalski.pl/wiadomosci/2022/03/04/serwis-niedostepny"
    assert gate_signal(url, url, extract_metadata(page, url), 0) is None


@pytest.mark.parametrize(
    "heading",
    ["Vážíme si vašeho soukromí", "Vaše soukromí je pro nás důležité", "Vaše súkromie je pre nás dôležité"],
)
def test_czech_and_slovak_privacy_headings_are_consent_walls(heading: str) -> None:
    assert wall_line(fold(heading)) is Cause.CONSENT


def test_a_czech_headline_about_privacy_is_no_consent_heading() -> None:
    assert wall_line(fold("Soukromí na internetu: co o vás vědí aplikace")) is None


# --- a long teaser, and a paid part sent empty --------------------------------------------------------------

WALL = "<div class='wall'><p><strong>The rest of this article is for subscribers only.</strong></p></div>"


def test_a_teaser_of_a_long_read_then_the_wall_is_walled_text() -> None:
    found = walled_text(_story(f"<p>{PARAGRAPH}</p>" * 14 + WALL), META)  # ~2,800 characters, then the line
    assert found is not None
    assert found[0] == "paywall"


def test_a_long_read_going_on_after_the_line_is_still_no_wall() -> None:
    body = _story(f"<p>{PARAGRAPH}</p>" * 14 + WALL + f"<p>{PARAGRAPH}</p>" * 3)
    assert walled_text(body, META) is None


PAID = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": false,'
    ' "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".premium-body"}}'
    "</script>"
)


def test_a_paid_part_sent_empty_is_walled_text() -> None:
    article = (
        f"<p>{PARAGRAPH}</p><div class='premium-body' data-wall='x'></div><script>wall('render')</script>"
    )
    found = walled_text(_story(article, PAID), META)
    assert found is not None
    assert found[0] == "paywall"
    assert ".premium-body" in found[1]


def test_a_paid_part_named_by_id_sent_empty_is_walled_text() -> None:
    head = PAID.replace('".premium-body"', '"#paid"')
    found = walled_text(_story(f"<p>{PARAGRAPH}</p><section id='paid'></section>", head), META)
    assert found is not None
    assert "#paid" in found[1]


def test_a_paid_part_holding_the_text_is_no_wall() -> None:
    article = "<div class='premium-body'>" + f"<p>{PARAGRAPH}</p>" * 6 + "</div>"
    assert walled_text(_story(article, PAID), META) is None


def test_an_empty_container_on_a_free_story_is_no_wall() -> None:
    free = '<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": true}</script>'
    article = f"<p>{PARAGRAPH}</p>" * 3 + "<div class='premium-body'></div>"
    assert walled_text(_story(article, free), META) is None


# --- a closed paper's farewell ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "A farewell to our readers",
        "Goodbye to all our readers",
        "We have closed",
        "Our newspaper has closed after 131 years",
        "Abschied von unseren Leserinnen und Lesern",
        "Der Altmühl-Bote hat sein Erscheinen eingestellt",
    ],
)
def test_a_closed_paper_s_farewell_is_a_closure_notice(title: str) -> None:
    assert closure_title([title]) == title


@pytest.mark.parametrize(
    "title",
    [
        "Harbour café has closed",
        "Farewell to a legend of the lifeboat crew",
        '"We have closed": the Dunmore Clarion prints its final edition after 131 years',
        "Abschied vom Freibad: Saison endet",
    ],
)
def test_news_of_closures_is_no_closure_notice(title: str) -> None:
    assert closure_title([title]) is None


def test_a_farewell_letter_at_a_story_s_address_is_a_soft_404() -> None:
    page = _doc(
        "<title>A farewell to our readers | The Dunmore Clarion</title>",
        "<h1>A farewell to our readers</h1><p>After 131 years, The Dunmore Clarion has closed.</p>",
    )
    found = soft_signal("https://www.dunmoreclarion.ie/news/2019/05/30/harbour-festival-returns", page)
    assert found is not None
    assert found[0] is Cause.ERROR_PAGE


def test_a_dated_story_headlined_with_a_farewell_is_left_alone() -> None:
    page = _doc(
        "<title>A farewell to our readers</title>"
        "<meta property='article:published_time' content='2022-12-16T09:00:00+00:00'>",
        "<article><h1>A farewell to our readers</h1><p>" + PARAGRAPH + "</p></article>",
    )
    assert soft_signal("https://www.dunmoreclarion.ie/news/2022/12/16/farewell", page) is None


# --- an author's archive ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Mary Halloran, Author at The Wexcombe Observer - Page 3 of 41",
        "Mary Halloran, Author at The Wexcombe Observer",
        "Anna Wiśniewska – artykuły autora | Kurier Suwalski",
        "Articles by Mary Halloran | The Wexcombe Observer",
        "Статьи автора Иван Петров",
        "Alle Artikel von Jana Weber",
    ],
)
def test_an_author_s_archive_title_is_a_listing(title: str) -> None:
    assert _is_listing_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "The author at the centre of the row",
        "Crime, author at odds with publisher",
        "Why authors are leaving Twitter",
        "Harbour dredging contract goes to Dutch firm",
    ],
)
def test_headlines_naming_authors_are_no_listing(title: str) -> None:
    assert not _is_listing_title(title)


def test_a_page_of_an_author_s_archive_is_a_listing() -> None:
    assert _is_listing("https://www.wexcombeobserver.co.uk/author/mary-halloran/page/3/")
    assert _is_listing("https://www.wexcombeobserver.co.uk/tag/harbour/page/12")
    assert not _is_listing("https://www.wexcombeobserver.co.uk/news/2019/page/3/")


def test_a_story_301_to_its_author_s_archive_page_is_a_soft_404() -> None:
    final = "https://www.wexcombeobserver.co.uk/author/mary-halloran/page/3/"
    page = _doc("<title>Mary Halloran - Page 3 of 41</title>", "<h1>Mary Halloran</h1>")
    found = soft_404_signal(STORY, final, extract_metadata(page, final), 1, page)
    assert found is not None


# --- an e-paper viewer --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("E-Paper – Altmühl-Bote", "Altmühl-Bote"),
        ("Altmühl-Bote E-Paper", "Altmühl-Bote"),
        ("e-Edition | The Wexcombe Observer", "The Wexcombe Observer"),
        ("Digitale Ausgabe - Altmühl-Bote", "Altmühl-Bote"),
    ],
)
def test_an_e_paper_viewer_at_a_story_s_address_is_a_soft_404(title: str, site: str) -> None:
    page = _doc(
        f"<title>{title}</title><meta property='og:site_name' content='{site}'>",
        "<div id='flipbook'></div><p><a href='/abo/'>Jetzt E-Paper lesen</a></p>",
    )
    found = soft_signal("https://www.altmuehl-bote.de/lokales/2020/03/12/neue-bruecke", page)
    assert found is not None
    assert "e-paper" in found[1]


def test_a_story_about_an_e_paper_is_left_alone() -> None:
    page = _doc(
        "<title>Altmühl-Bote launches its e-paper app | Altmühl-Bote</title>"
        "<meta property='og:site_name' content='Altmühl-Bote'>",
        "<article><h1>Altmühl-Bote launches its e-paper app</h1><p>" + PARAGRAPH + "</p></article>",
    )
    assert soft_signal("https://www.altmuehl-bote.de/lokales/2020/03/12/e-paper-app", page) is None
