"""The lead's mends of the sixty-third session's merges."""

from __future__ import annotations

from linkcheck.pagebody import password_lure
from linkcheck.urls import campaign_tagged, without_click_ids, without_query_keys
from linkcheck.wrappers import unwrap_redirect

_MAILBOX_PAGE = (
    "<html><head><title>Webmail</title></head><body><form method='post'>"
    "<p>Your mailbox is full. Enter the password of your email account to keep receiving mail.</p>"
    "<INPUT NAME='pw' TYPE='PASSWORD'><BUTTON>Confirm</BUTTON></form></body></html>"
)


def test_a_phishing_page_written_in_capital_tags_still_asks_its_password() -> None:
    # rot58's dialog reader had bound a second, case-sensitive ``_PASSWORD_FIELD`` in pagebody.py, which
    # replaced the phishing reader's case-blind one for the whole module: upper-case markup went unread.
    assert password_lure(_MAILBOX_PAGE.encode()) is not None


def test_the_same_page_in_lower_case_asks_it_too() -> None:
    lower = _MAILBOX_PAGE.replace("<INPUT NAME='pw' TYPE='PASSWORD'>", "<input name='pw' type='password'>")
    assert password_lure(lower.encode()) is not None


# --- one way to drop a query's pairs (the read-back's twin: seed24's AMP viewer keys and click ids) ---


def test_dropping_pairs_keeps_the_others_in_order_and_the_fragment() -> None:
    drop = lambda pair: pair.startswith("x=")  # noqa: E731
    assert (
        without_query_keys("https://a.example/p?a=1&x=2&b=3#frag", drop) == "https://a.example/p?a=1&b=3#frag"
    )
    assert without_query_keys("https://a.example/p?x=2#", drop) == "https://a.example/p#"
    assert without_query_keys("https://a.example/p?x=2", drop) == "https://a.example/p"
    assert without_query_keys("https://a.example/p?a=1#x=2", drop) == "https://a.example/p?a=1#x=2"


def test_click_ids_go_and_campaign_tags_stay() -> None:
    url = "https://www.themoscowtimes.com/2024/11/21/a?utm_source=fb&fbclid=IwAR0x#top"
    assert without_click_ids(url) == "https://www.themoscowtimes.com/2024/11/21/a?utm_source=fb#top"
    assert campaign_tagged(url)


def test_an_amp_cache_target_loses_only_the_viewers_keys() -> None:
    wrapped = (
        "https://www.google.com/amp/s/www.themoscowtimes.com/2024/11/21/a/amp?id=7&usqp=mq331AQ&amp_js_v=0.1"
    )
    target = unwrap_redirect(wrapped)
    assert target is not None
    assert target[0] == "https://www.themoscowtimes.com/2024/11/21/a/amp?id=7"
