"""The forty-ninth session's lead's mends after the merges: the campaign rule read from ``linkcheck.urls`` by
every caller (an article's ``UTM_`` link joined as its ``utm_`` twin is), and one table of the characters no
address holds."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._base import find_urls
from linkcheck.soft404 import _has_query_id
from linkcheck.sources import INVISIBLE_IN_URL, has_invisible


@pytest.mark.parametrize("key", ["utm_source", "UTM_Source", "Utm_Medium"])
def test_a_page_cited_with_a_campaign_key_in_any_case_and_without_is_one_citation(key: str) -> None:
    text = (
        "A story.\n\n"
        f"See https://example.org/news/2020/01/09/story?{key}=rss for it.\n"
        "And again https://example.org/news/2020/01/09/story here.\n"
    )
    urls = [c.url for c in extract_citations(text, format="text")]
    assert urls == ["https://example.org/news/2020/01/09/story"]


def test_a_content_key_is_not_joined_as_a_campaign_one() -> None:
    text = (
        "A story.\n\n"
        "See https://example.org/shop/item?colour=red for it.\n"
        "And https://example.org/shop/item here.\n"
    )
    urls = [c.url for c in extract_citations(text, format="text")]
    assert urls == ["https://example.org/shop/item?colour=red", "https://example.org/shop/item"]


@pytest.mark.parametrize("query", ["utm_source=1234", "UTM_Campaign=20200109"])
def test_a_campaign_number_in_any_case_is_no_page_id(query: str) -> None:
    assert not _has_query_id(query)
    assert _has_query_id("id=1234")


def test_find_urls_drops_what_sources_drops_from_an_address() -> None:
    for char in map(chr, INVISIBLE_IN_URL):
        url = f"https://example.org/news/2020/01/09/sto{char}ry"
        assert has_invisible(url)
        found = find_urls(f"Read {url} now.")
        assert [item[2] for item in found] == ["https://example.org/news/2020/01/09/story"]


def test_a_request_begun_after_the_fetcher_was_aborted_is_hung_up_at_once() -> None:
    """A run stopped by its caller aborts its fetcher; a worker that took its URL just before may begin its
    request after the abort. That request must end at once, not at its read timeout (30 s here): the run's
    threads are otherwise left waiting on a server that never answers."""
    import socket
    import threading

    from linkcheck import Config
    from linkcheck.fetch import Fetcher

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def hold() -> None:  # accepts and never answers
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    server = threading.Thread(target=hold, daemon=True)
    server.start()
    port = listener.getsockname()[1]
    fetcher = Fetcher(Config(read_timeout=30.0, connect_timeout=5.0, retries=0, allow_private=True))
    results: list[object] = []
    try:
        fetcher.abort()
        worker = threading.Thread(
            target=lambda: results.append(fetcher.fetch(f"http://127.0.0.1:{port}/story")), daemon=True
        )
        worker.start()
        worker.join(10)  # a bound on a hang, far under the read timeout; not a measure of speed
        assert not worker.is_alive()
        assert len(results) == 1
    finally:
        stop.set()
        fetcher.close()
        server.join(5)
        for conn in accepted:
            conn.close()
        listener.close()
