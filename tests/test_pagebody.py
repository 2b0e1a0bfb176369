"""Signals from a 200 page's raw bytes (linkcheck.pagebody): empty pages, parked domains, client-side
redirects to the front page. Pages are strings written in the markup those pages use."""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.models import Cause
from linkcheck.pagebody import body_signal, client_redirect, script_shell

ARTICLE = "https://www.example-courier.co.uk/news/2016/jan/09/flood-defences-finished"

PARKED = b"""<!DOCTYPE html><html><head><title>example-courier.co.uk</title>
<script>var pageOptions = {"pubId":"dp-sedo80_3ph","domainRegistrant":"as-drid-1","adtest":"off"};</script>
<script async src="https://www.google.com/adsense/domains/caf.js"></script></head>
<body><div id="relatedsearches1"></div><p>This domain may be for sale!</p>
<a href="https://sedo.com/search/details/?domain=example-courier.co.uk">Buy this domain</a></body></html>"""

GODADDY_PARKED = b"""<html><head><title>Example-Courier.co.uk - This domain is for sale</title></head>
<body><h1>example-courier.co.uk</h1><p>This Web page is parked FREE, courtesy of GoDaddy.</p></body></html>"""

ARTICLE_ON_DOMAINS = b"""<html><head><title>Why this domain is for sale: the aftermarket explained</title>
<meta property="og:title" content="Why this domain is for sale: the aftermarket explained">
<meta property="article:published_time" content="2021-02-03T10:00:00Z"></head>
<body><h1>Why this domain is for sale: the aftermarket explained</h1>
<p>Registrars show "This domain may be for sale" on lapsed names. Parking services such as Bodis and
Sedo parking fill them with ads.</p></body></html>"""


def _signal(body: bytes, url: str = ARTICLE) -> tuple[Cause, str] | None:
    return body_signal(url, url, body, extract_metadata(body, url) if body.strip() else None)


@pytest.mark.parametrize("body", [b"", b"   \r\n  \n"])
def test_an_empty_page_is_an_error_page(body: bytes) -> None:
    signal = _signal(body)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "empty" in signal[1]


@pytest.mark.parametrize("body", [PARKED, GODADDY_PARKED])
def test_a_parked_domain_is_named_as_such(body: bytes) -> None:
    signal = _signal(body)
    assert signal is not None
    assert signal[0] is Cause.PARKED
    assert "parked" in signal[1]


def test_an_article_about_parked_domains_is_not_parked() -> None:
    # one sign (the phrases) is not two: no parking script, and its title is a headline, not a domain
    assert _signal(ARTICLE_ON_DOMAINS) is None


def test_a_page_that_states_its_publication_date_is_no_placeholder() -> None:
    # a registrar's own article on parking, quoting both a parking script and the for-sale phrase: two
    # signs, but a placeholder never states when an article was published (and is not searched for them)
    dated = b"""<html><head><title>Bodis parking: how caf.js earns from lapsed names</title>
<meta property="article:published_time" content="2022-05-04T09:00:00Z"></head><body>
<h1>Bodis parking: how caf.js earns from lapsed names</h1>
<p>The placeholder reads "This domain may be for sale"
above a feed loaded from www.google.com/adsense/domains/caf.js.</p></body></html>"""
    assert _signal(dated) is None
    undated = dated.replace(b'<meta property="article:published_time" content="2022-05-04T09:00:00Z">', b"")
    signal = _signal(undated)
    assert signal is not None
    assert signal[0] is Cause.PARKED


@pytest.mark.parametrize(
    ("body", "how"),
    [
        (b'<html><head><script>window.location.replace("/");</script></head><body></body></html>', "script"),
        (b"<html><body><script>top.location.href = '/news/';</script></body></html>", "script"),
    ],
)
def test_a_client_side_redirect_to_the_front_page_or_a_section_is_a_soft_404(body: bytes, how: str) -> None:
    signal = _signal(body)
    assert signal is not None
    assert signal[0] is Cause.FRONT_PAGE
    assert "front page" in signal[1]
    assert how in signal[1]


def test_client_side_redirects_that_are_not_a_dead_article() -> None:
    # a meta refresh is the fetcher's to follow (a redirect hop: the page it leads to is judged)
    assert client_redirect(b'<meta http-equiv="refresh" content="0; url=/">', ARTICLE) is None
    # a script sending the reader to another article is not a front page, and keeps its case
    target = client_redirect(b'<script>location.replace("/News/2016/Flood-Story")</script>', ARTICLE)
    assert target == ("https://www.example-courier.co.uk/News/2016/Flood-Story", "a script")
    assert _signal(b"<script>location.href = '/news/2016/jan/10/flood-defences';</script>") is None
    # scripts of a full article page that set location (a click handler) are not read
    big = (
        b"<html><body><p>" + b"Text of the story. " * 400 + b"</p><script>location.href='/';</script></body>"
    )
    assert client_redirect(big, ARTICLE) is None
    # a redirect of the front page itself is no dead article
    assert _signal(b'<script>location.replace("/");</script>', "https://www.example-courier.co.uk/") is None


SHELL = b"""<!doctype html><html lang="en"><head><meta charset="utf-8"/><title>The Valley Ledger</title>
<script defer="defer" src="/static/js/main.8c4e1f2a.js"></script>
<link href="/static/css/main.css" rel="stylesheet"></head><body>
<noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>"""

NEXT_SHELL = b"""<!DOCTYPE html><html><head><title>Valley Ledger</title></head><body><div id="__next">
<div class="spinner">Loading...</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":
{"slug":"wildfire-evacuations","story":{"headline":"Wildfire evacuation orders lifted"}}}}</script>
<script src="/_next/static/chunks/main.js" defer></script></body></html>"""

SERVER_RENDERED = b"""<!DOCTYPE html><html><head>
<title>Wildfire evacuation orders lifted - Valley Ledger</title>
<meta property="og:title" content="Wildfire evacuation orders lifted"></head><body><div id="__next">
<h1>Wildfire evacuation orders lifted</h1><p>Residents may return from noon.</p></div>
<script src="/_next/static/chunks/main.js" defer></script></body></html>"""

SHORT_PAGE = b"""<html><head><title>Valley Ledger - Notice</title><script src="/js/jquery.js"></script></head>
<body><div id="app"><p>The public meeting on the reservoir has been moved to Thursday, 7pm, at the town hall
on Market Street. Residents who wish to speak must register with the clerk by Tuesday. The agenda and the
consultant's report are available at the library and the council offices during opening hours.</p></div>
</body></html>"""


@pytest.mark.parametrize(
    ("body", "shell"), [(SHELL, True), (NEXT_SHELL, True), (SERVER_RENDERED, False), (SHORT_PAGE, False)]
)
def test_a_javascript_shell_is_told_from_a_page(body: bytes, shell: bool) -> None:
    assert script_shell(body, extract_metadata(body, ARTICLE)) is shell
