"""Rules added after the seed19 probe (fifty-eighth session), on strings: an instant view's ``/iv?url=`` is
the story it shows. The first three cases fail on base58b's ``src``; the rest are controls that must not
fire."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import unwrap_redirect
from tests.seed_harness import REAL_TASS as TASS

IV = "https://t.me/iv?url=https%3A%2F%2Ftass.ru%2Fpolitika%2F7487995&rhash=7c1a2b3d4e5f60"


def test_telegram_instant_view_link_unwraps_to_the_story() -> None:
    assert unwrap_redirect(IV) == (TASS, "t.me")


def test_instant_view_with_an_unencoded_target_unwraps_too() -> None:
    assert unwrap_redirect("https://t.me/iv?url=https://tass.ru/politika/7487995&rhash=abc") == (TASS, "t.me")


def test_instant_view_link_in_a_text_is_cited_as_the_story() -> None:
    [citation] = extract_citations(f"Zhirinovsky urged Iran to buy S-400s, TASS said.\n{IV}\n", format="text")
    assert citation.url == TASS
    assert "unwrapped from a redirect via t.me" in (citation.note or "")


def test_telegram_post_and_channel_links_are_kept() -> None:
    assert unwrap_redirect("https://t.me/tass_agency/12345") is None
    assert unwrap_redirect("https://t.me/s/tass_agency?before=12345") is None


def test_instant_view_with_no_absolute_address_is_kept() -> None:
    assert unwrap_redirect("https://t.me/iv?url=tass.ru%2Fpolitika&rhash=abc") is None
    assert unwrap_redirect("https://example.org/iv?id=12") is None


def test_a_path_ending_in_ivy_or_iv_directory_is_no_instant_view() -> None:
    assert unwrap_redirect("https://example.org/ivy?url=https://tass.ru/") is None
    assert unwrap_redirect("https://example.org/iv/ru/latest") is None


def test_share_link_to_telegram_is_still_no_citation() -> None:
    text = f"Share: https://t.me/share/url?url={TASS}\nSource: {TASS}\n"
    assert [c.url for c in extract_citations(text, format="text")] == [TASS]
