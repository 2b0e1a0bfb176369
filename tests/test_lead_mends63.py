"""The lead's mends of the sixty-third session's merges."""

from __future__ import annotations

from linkcheck.pagebody import password_lure

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
