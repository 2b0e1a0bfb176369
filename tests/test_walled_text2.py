"""The rules behind ``text_walled`` (wall1), on lines and HTML strings: :func:`linkcheck.gates.teaser_wall`
tells a wall's line from a subscription's or a newsletter's offer, and :func:`linkcheck.pagebody.walled_text`
wants a teaser ended by such a line, not a line above or inside a text read whole."""

from __future__ import annotations

import pytest

from linkcheck.gates import teaser_wall
from linkcheck.models import Metadata, TitleCandidate
from linkcheck.names import fold
from linkcheck.pagebody import walled_text

HEADLINE = "Harbour dredging contract awarded"
META = Metadata(
    title=HEADLINE,
    title_candidates=(TitleCandidate(HEADLINE, "h1"), TitleCandidate(HEADLINE, "opengraph")),
)
SENTENCE = (
    "Councillors on the port committee voted seven to two on Tuesday evening to award the contract, ending"
    " a tender that began two years ago and was twice suspended."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The rest of this article is for subscribers only", "paywall"),
        ("This story is only available to paying subscribers", "paywall"),
        ("Subscribe to continue reading", "paywall"),
        ("Subscribers only", "paywall"),
        ("Weiterlesen mit SZ Plus", "paywall"),
        ("Dieser Artikel ist nur für Abonnenten", "paywall"),
        ("La suite de cet article est réservée aux abonnés", "paywall"),
        ("Il vous reste 64 % de cet article à lire", "paywall"),
        ("Suscríbete para seguir leyendo", "paywall"),
        ("Conteúdo exclusivo para assinantes", "paywall"),
        ("Questo articolo è riservato agli abbonati", "paywall"),
        ("Dit artikel is alleen voor abonnees", "paywall"),
        ("Den här artikeln är endast för prenumeranter", "paywall"),
        ("Artykuł dostępny tylko dla prenumeratorów", "paywall"),
        ("Полная версия статьи доступна только подписчикам", "paywall"),
        ("Чтобы читать дальше, оформите подписку", "paywall"),
        ("続きは有料会員になるとお読みいただけます", "paywall"),
        ("Create a free account to read the rest of this article", "registration"),
        ("Registrieren Sie sich kostenlos, um weiterzulesen", "registration"),
        ("Зарегистрируйтесь, чтобы продолжить чтение", "registration"),
        ("You have read 3 of 3 free articles this month", "metered"),
        ("This is your last free article this month", "metered"),
        ("Vous avez atteint la limite d'articles gratuits", "metered"),
    ],
)
def test_a_line_saying_the_rest_is_withheld_is_a_wall(line: str, kind: str) -> None:
    assert teaser_wall(fold(line)) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe",
        "Sign in",
        "Already a subscriber? Log in",
        "Subscribe to our newsletter",
        "Subscribe to the Observer from £1 a week",
        "Sign up for our morning briefing",
        "Newsletter abonnieren",
        "Jetzt abonnieren",
        "Abonnez-vous à notre lettre d'information",
        "Подпишитесь на наш канал в Telegram",
        "Support our journalism: become a subscriber",
        "Readers who hit the paywall told us they did not mind paying",
    ],
)
def test_an_offer_or_a_mention_is_no_wall(line: str) -> None:
    assert teaser_wall(fold(line)) is None


def _page(article: str, after: str = "") -> bytes:
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><header><a href='/'>Courier</a></header>"
        f"<main><article><h1>{HEADLINE}</h1><p class='byline'>By Staff · 17 May 2022</p>{article}</article>"
        f"{after}</main><footer><p>© The Courier</p></footer></body></html>"
    ).encode()


WALL = "<div class='wall'><h3>This article is only available to subscribers</h3><p>From £2 a month.</p></div>"


def test_a_teaser_then_the_wall_is_walled_text() -> None:
    found = walled_text(_page(f"<p>{SENTENCE}</p>{WALL}"), META)
    assert found == ("paywall", "“This article is only available to subscribers”")


def test_a_headline_over_the_wall_alone_is_walled_text() -> None:
    assert walled_text(_page(WALL), META) is not None


def test_a_page_without_an_article_element_is_read_to_its_end() -> None:
    body = _page(f"<p>{SENTENCE}</p>{WALL}").replace(b"<article>", b"<div>").replace(b"</article>", b"</div>")
    assert walled_text(body, META) is not None


def test_a_line_above_a_whole_text_is_no_wall() -> None:
    label = "<p class='label'>Subscribers only</p>"
    assert walled_text(_page(label + f"<p>{SENTENCE}</p>" * 6), META) is None


def test_more_than_a_teaser_before_the_line_is_no_wall() -> None:
    # 28 paragraphs (4,480 characters): more than the longest teaser read (4,000 since rot51: 2,000 before)
    assert walled_text(_page(f"<p>{SENTENCE}</p>" * 28 + WALL), META) is None


def test_a_story_going_on_after_the_line_is_no_wall() -> None:
    assert walled_text(_page(f"<p>{SENTENCE}</p>{WALL}" + f"<p>{SENTENCE}</p>" * 3), META) is None


def test_a_wall_after_the_story_s_article_element_is_not_read() -> None:
    # the box outside the story's <article> (a site-wide banner after it) does not end the story's text
    body = _page(f"<p>{SENTENCE}</p>" * 4, after=WALL)
    assert walled_text(body, META) is None


def test_a_page_without_a_headline_is_not_asked() -> None:
    bare = Metadata(title=HEADLINE, title_candidates=(TitleCandidate(HEADLINE, "opengraph"),))
    assert walled_text(_page(f"<p>{SENTENCE}</p>{WALL}"), bare) is None
    assert walled_text(_page(f"<p>{SENTENCE}</p>{WALL}"), None) is None


def test_a_story_read_whole_is_answered_by_its_length() -> None:
    long_story = f"<p>{SENTENCE}</p>" * 120 + WALL  # over 16 KB from the headline to </article>
    assert walled_text(_page(long_story), META) is None
