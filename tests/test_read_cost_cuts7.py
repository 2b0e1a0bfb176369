"""The forty-fourth session's cuts of a page's reading cost (cost5, issue 7), each held to what it replaced.

- ``pagebody.headless_signal`` answers a page that states its own date (not from its URL) before it gathers
  the site's names and the hosts: ``_headless`` is false for every such page, so the names and hosts it was
  given were never read. A page dated by its URL alone, or undated, is read as before.
- ``pagebody._taken_over`` lowers a small undated page once for all the rows of ``_TAKEOVERS`` (each lure's
  test takes the lowered body) instead of once a rule whose pre-test passed: the same answer from every
  lure with the lowered body given or made by the test itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck import pagebody
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, ExtractedDate, Metadata, Status, TitleCandidate

URL = "https://news.example/2024/03/05/story.html"
#: A page with no headline of its own whose text says it is an error page (a headless not-found page).
HEADLESS = (
    b"<html><head><title>news.example</title></head><body><div class='nav'><a href='/'>Home</a></div>"
    b"<p>Sorry, the page you requested was not found.</p></body></html>"
)
_DAY = dt.date(2024, 3, 5)


def _metadata(source: str | None) -> Metadata:
    published = ExtractedDate(_DAY, source) if source is not None else None
    return Metadata(
        title="news.example",
        title_candidates=(TitleCandidate("news.example", "title-tag"),),
        published=published,
        site_name="News Example",
    )


def test_headless_a_dated_page_gathers_no_names_nor_hosts(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_hosts(*_urls: str | None) -> list[str]:
        raise AssertionError("hosts gathered for a dated page")

    monkeypatch.setattr(pagebody, "hosts_of", no_hosts)
    for source in ("json-ld", "opengraph", "meta", "time", "text"):
        assert pagebody.headless_signal(URL, URL, HEADLESS, _metadata(source)) is None, source


def test_headless_a_page_dated_by_its_url_or_undated_is_still_read() -> None:
    # left alone: the URL's date is no date of the page's own, and an undated page is read as before
    for source in ("url", None):
        said = pagebody.headless_signal(URL, URL, HEADLESS, _metadata(source))
        assert said is not None, source
        assert said[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)
        assert "not found" in said[2]


def test_headless_the_date_test_is_the_one_headless_made() -> None:
    # the early answer is exactly ``_headless``'s first test: a dated page is never headless, whatever its
    # titles
    for source in ("json-ld", "time", "url", None):
        metadata = _metadata(source)
        assert pagebody._dated(metadata) == (source not in ("url", None))
        if pagebody._dated(metadata):
            assert not pagebody._headless(metadata, ["News Example"], ["news.example"])
    page = extract_metadata(HEADLESS, URL)
    assert pagebody.headless_signal(URL, URL, HEADLESS, page) is not None  # read from the page itself


class _CountingBytes(bytes):
    """A body that counts its lowerings."""

    lowered = 0

    def lower(self) -> bytes:
        type(self).lowered += 1
        return super().lower()


#: A small undated page whose words pass many rules' pre-tests (a form, a QR code, a wallet, a product, a
#: greeting, a parcel, a password) and that none of them takes: each rule used to lower it again.
MANY_PRETESTS = (
    b"<html><head><title>Club news</title></head><body><h2>Congratulations to our members</h2>"
    b'<p>Our QR menu, the Wallet club, the product "Mug" and parcel pickup times are listed below.</p>'
    b"<form><input name='q'><label>Password</label></form></body></html>"
)
UNDATED = Metadata(title="Club news")


def test_takeovers_lower_a_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_CountingBytes, "lowered", 0)
    body = _CountingBytes(MANY_PRETESTS)
    assert pagebody._taken_over(body, UNDATED) is None
    assert _CountingBytes.lowered == 1


#: A parcel-fee phish in title case (its rule reads lower-case words: the lowered body the walk made).
PARCEL = (
    b"<html><head><title>Delivery</title></head><body><h1>Your Parcel Is On Hold</h1>"
    b"<p>Pay the Redelivery Fee of 1.99 to release it.</p><form><input name='cardnumber'"
    b" autocomplete='cc-number' placeholder='Card number'></form></body></html>"
)


def test_takeovers_a_lure_found_with_the_shared_lowering() -> None:
    assert pagebody.parcel_fee_lure(PARCEL)
    assert pagebody.parcel_fee_lure(PARCEL, PARCEL.lower())
    found = pagebody._taken_over(PARCEL, Metadata(title="Delivery"))
    assert found is not None
    assert found[0] is Cause.SPAM
    assert "parcel-delivery phish" in found[1]


_LURES = (
    pagebody.sinkholed,
    pagebody.suspended_domain,
    pagebody.password_lure,
    pagebody.wallet_drainer,
    pagebody.online_shop,
    pagebody.prize_scam,
    pagebody.qr_login_clone,
    pagebody.parcel_fee_lure,
    pagebody.fine_payment_lure,
    pagebody.payout_card_lure,
    pagebody.push_permission_lure,
    pagebody.loan_lander,
    pagebody.mobile_billing_lure,
    pagebody.malware_lure,
)
_BODIES = (
    MANY_PRETESTS,
    b"<p>This domain has been SINKHOLED by a CERT. The Domain is held.</p>",
    b"<p>The domain news.example has been Suspended by its Registrar (clientHold).</p>",
    b"<p>CONNECT YOUR WALLET to claim your AIRDROP</p>",
    b"<p>Connect your Wallet to claim your Airdrop</p>",
    PARCEL,
    b"<p>Congratulations! You Have Won an iPhone</p>",
    b"<p>Scan the QR Code with your phone to Link a Device</p>",
    b"<script>Notification.requestPermission()</script><p>Click ALLOW to continue</p>",
    b"<form><input name='a'></form><p>Payday Loans Online. No Credit Check!</p>",
    b"<form><input type='password'></form><p>Enter your Email Password to view this document</p>",
    b"<a href='/Update.EXE'>Download</a><p>Your Browser is Out of Date</p>",
)


@pytest.mark.parametrize("lure", _LURES, ids=lambda f: f.__name__)
def test_each_lure_answers_the_same_with_the_lowering_given(lure: object) -> None:
    for body in _BODIES:
        assert lure(body, body.lower()) == lure(body), body  # type: ignore[operator]


def test_sells_links_answers_the_same_with_the_lowering_given() -> None:
    body = b"<p>We sell Guest Posts and DoFollow Links on news.example.</p>"
    metadata = Metadata(title="Write for us: guest posts")
    assert pagebody.sells_links(body, metadata, body.lower()) == pagebody.sells_links(body, metadata)
