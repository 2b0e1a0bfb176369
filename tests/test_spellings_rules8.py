"""One URL cited in several spellings is fetched once (spell8: reports7's and site7's leftovers).

A run groups its fetches by ``state.normal_url`` (the state's key, the one normaliser): scheme and host case,
a default or empty port, an empty path, %-escapes of unreserved characters and a query's campaign parameters
(``utm_*``) make no other resource. The first spelling is what is sent, as written (a signed link's escapes
reach the server as signed); every citation's result names its URL as its article wrote it. A spelling
without campaign parameters does not ride on a fetch sent with them (a server may refuse them). What stays
apart: an empty query's ``?`` (RFC 3986 6.2.3), case in the path and query, other query keys (``ref``), a
reserved character's escape (``%2F``), a trailing slash.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkcheck import Citation, Config, check, iter_check
from linkcheck.checker import _rides_on
from linkcheck.state import campaign_tagged, load_state, normal_url, url_key
from tests.site_server import Page, serve

# --- the key: which spellings are one resource -------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("http://news.example/notice", "HTTP://News.Example/notice"),  # 6.2.2.1
        ("http://news.example/notice", "http://news.example:80/notice"),  # 6.2.3, default port
        ("http://news.example/notice", "http://news.example:/notice"),  # 6.2.3, empty port
        ("https://news.example/", "https://news.example"),  # 6.2.3, empty path
        ("http://news.example/notice", "http://news.example/%6Eotice"),  # 6.2.2.2, unreserved escape
        ("http://news.example/a%2Fb", "http://news.example/a%2fb"),  # 6.2.2.1, escape's hex case
        ("https://news.example/story", "https://news.example/story?utm_source=rss&utm_medium=rss"),
        ("https://news.example/story?id=4", "https://news.example/story?utm_source=mail&id=4"),
        ("https://news.example/story?id=4", "https://news.example/story?id=4&UTM_Campaign=spring"),
        ("https://news.example/story", "https://news.example/story?utm%5Fsource=rss"),  # an escaped "_"
        ("https://news.example/story", "https://news.example/story#costs"),  # never sent
    ],
)
def test_spellings_of_one_resource_have_one_key(one: str, other: str) -> None:
    assert url_key(one) == url_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("https://news.example/story", "https://news.example/story?"),  # 6.2.3: an empty query may differ
        ("https://news.example/Story", "https://news.example/story"),  # the path's case
        ("https://news.example/story?ref=main", "https://news.example/story"),  # other keys name content
        ("https://news.example/story?fbclid=IwAR0", "https://news.example/story"),  # only utm_* is dropped
        ("https://news.example/a%2Fb", "https://news.example/a/b"),  # a reserved character's escape
        ("https://news.example/story/", "https://news.example/story"),  # a trailing slash
        ("https://news.example/story?xutm_source=1", "https://news.example/story"),  # not a utm_ key
        ("https://news.example/utm_guide", "https://news.example/"),  # utm_ in the path is the path
    ],
)
def test_spellings_of_other_resources_keep_their_keys(one: str, other: str) -> None:
    assert url_key(one) != url_key(other)


def test_campaign_parameters_are_dropped_and_the_rest_kept_as_written() -> None:
    assert normal_url("https://n.example/s?b=2&utm_source=x&a=%20") == "https://n.example/s?b=2&a=%20"
    assert normal_url("https://n.example/s?utm_source=x&utm_medium=y") == "https://n.example/s"
    assert normal_url("https://n.example/s?&utm_source=x") == "https://n.example/s"
    assert normal_url("https://n.example/s?utm_source") == "https://n.example/s"
    assert normal_url("https://n.example/utm_x?q=1") == "https://n.example/utm_x?q=1"


def test_an_empty_port_is_dropped_whatever_the_host() -> None:
    assert normal_url("http://[::1]:/x") == "http://[::1]/x"
    assert normal_url("https://news.example:/") == "https://news.example/"
    assert normal_url("http://news.example:8080/") == "http://news.example:8080/"


def test_campaign_tagged() -> None:
    assert campaign_tagged("https://n.example/s?utm_source=x")
    assert campaign_tagged("https://n.example/s?id=1&Utm_Medium=y")
    assert not campaign_tagged("https://n.example/s?id=1")
    assert not campaign_tagged("https://n.example/utm_source")
    assert not campaign_tagged("https://n.example/s?xutm_source=1")


def test_a_plain_spelling_does_not_ride_on_a_fetch_sent_with_campaign_parameters() -> None:
    tagged = "https://n.example/s?utm_source=rss"
    assert _rides_on(tagged, "https://n.example/s")
    assert _rides_on("https://n.example/s?utm_source=mail", tagged)
    assert not _rides_on("https://n.example/s", tagged)
    assert not _rides_on("HTTPS://n.example/s", tagged)
    assert _rides_on("HTTPS://n.example/s", "https://n.example/s")
    assert _rides_on("https://n.example/%73", "https://n.example/s")


def test_a_state_written_before_reads_its_campaign_and_empty_port_keys_as_one(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text(
        json.dumps(
            {
                "schema": "linkcheck-state/1",
                "updated": "2026-12-01T00:00:00Z",
                "runs": 3,
                "urls": {
                    "https://n.example/s?utm_source=rss": {
                        "consecutive_failures": 2,
                        "first_failure": "2026-11-29T00:00:00Z",
                        "last_failure": "2026-11-30T00:00:00Z",
                        "last_checked": "2026-11-30T00:00:00Z",
                    },
                    "https://n.example/s": {
                        "consecutive_failures": 0,
                        "last_success": "2026-11-20T00:00:00Z",
                        "last_checked": "2026-11-20T00:00:00Z",
                    },
                    "http://n.example:/t": {
                        "consecutive_failures": 1,
                        "last_checked": "2026-11-30T00:00:00Z",
                    },
                },
            }
        ),
        encoding="utf-8",
    )
    state, warning = load_state(path)
    assert warning is None
    assert sorted(state.urls) == ["http://n.example/t", "https://n.example/s"]
    assert state.urls["https://n.example/s"].consecutive_failures == 2  # the entry checked last
    assert state.runs == 3


# --- end to end: a real server on 127.0.0.1, counting requests --------------------------------------------

ARTICLE = (
    b"<html><head><title>Slipway notice</title></head><body><h1>Slipway notice</h1>"
    + b"<p>The ferry slipway closes for repairs from Monday, the harbour office said. " * 8
    + b"</p></body></html>"
)


def _config() -> Config:
    return Config(allow_private=True, retries=0, read_timeout=30, deadline=60)


def _site() -> dict[str, Page]:
    page = Page(body=ARTICLE)
    return {"/notice": page, "/%6Eotice": page, "/caf%c3%a9": page, "/caf%C3%A9": page}


def test_four_spellings_are_one_request_and_four_results_named_as_written() -> None:
    with serve(_site()) as site:
        port = site.port
        urls = [
            f"http://127.0.0.1:{port}/caf%c3%a9",  # first: sent as written (its escapes' case too)
            f"HTTP://127.0.0.1:{port}/caf%C3%A9",
            f"http://127.0.0.1:{port}/caf%c3%a9#para-2",
            f"http://127.0.0.1:{port}/caf%C3%A9?utm_source=newsletter&utm_medium=email",
        ]
        report = check([Citation(u, title="Slipway notice") for u in urls], _config())
        sent = [r.path for r in site.requests]
    assert sent == ["/caf%c3%a9"]
    assert [r.url for r in report.results] == urls
    assert [r.status.value for r in report.results] == ["ok"] * 4


def test_an_escaped_unreserved_letter_first_is_sent_as_it_was_before() -> None:
    """``/%6Eotice`` first: one request for the three spellings, sent as it always was (requests reads an
    escaped unreserved character as the character, RFC 3986 2.3: ``linkcheck.targets``)."""
    with serve(_site()) as site:
        port = site.port
        urls = [
            f"http://127.0.0.1:{port}/%6Eotice",
            f"http://127.0.0.1:{port}/notice",
            f"http://127.0.0.1:{port}/notice?utm_source=rss",
        ]
        report = check([Citation(u, title="Slipway notice") for u in urls], _config())
        sent = [r.path for r in site.requests]
    assert sent == ["/notice"]
    assert [r.url for r in report.results] == urls


def test_a_plain_spelling_after_a_tagged_one_is_fetched_as_written() -> None:
    with serve(_site()) as site:
        port = site.port
        urls = [
            f"http://127.0.0.1:{port}/notice?utm_source=rss",
            f"http://127.0.0.1:{port}/notice?utm_source=mail",  # tagged too: rides on the first
            f"http://127.0.0.1:{port}/notice",  # plain: its own request
        ]
        report = check([Citation(u, title="Slipway notice") for u in urls], _config())
        sent = sorted(r.path for r in site.requests)
    assert sent == ["/notice", "/notice?utm_source=rss"]
    assert [r.url for r in report.results] == urls


def test_spellings_of_other_resources_are_fetched_apart() -> None:
    with serve(_site()) as site:
        port = site.port
        urls = [
            f"http://127.0.0.1:{port}/notice",
            f"http://127.0.0.1:{port}/notice?",
            f"http://127.0.0.1:{port}/notice?ref=main",
            f"http://127.0.0.1:{port}/Notice",
        ]
        check([Citation(u, title="Slipway notice") for u in urls], _config())
        sent = sorted(r.path for r in site.requests)
    assert sent == ["/Notice", "/notice", "/notice?", "/notice?ref=main"]


def test_a_spelling_read_after_its_page_was_reported_uses_that_page() -> None:
    """The second spelling arrives only once the first citation's result is out: it is answered from the
    page just read (the run's recent pages, keyed by the normal spelling), not fetched again."""
    first_out = threading.Event()
    with serve(_site()) as site:
        port = site.port

        def citations() -> Iterator[Citation]:
            yield Citation(f"http://127.0.0.1:{port}/notice", title="Slipway notice")
            assert first_out.wait(60)
            yield Citation(f"HTTP://127.0.0.1:{port}/%6Eotice", title="Slipway notice")

        seen = []
        for result in iter_check(citations(), _config()):
            seen.append(result.url)
            first_out.set()
        sent = [r.path for r in site.requests]
    assert sent == ["/notice"]
    assert seen == [f"http://127.0.0.1:{port}/notice", f"HTTP://127.0.0.1:{port}/%6Eotice"]
