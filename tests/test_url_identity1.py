"""One owner for a URL's identity (ident1): ``linkcheck.urls`` says which spellings of a URL are one resource,
at three named levels, and every caller reads it.

* one request (``resource_key``/``normal_url``: a run's fetch grouping, ``--state``'s key, the Markdown
  report's grouping): RFC 3986 6.2.2-6.2.3, an IRI and its URI (RFC 3987 3.1: a Unicode host and its
  punycode, non-ASCII characters and their UTF-8 escapes), campaign parameters (``utm_*``) dropped;
* one citation within an article (``link_key``): one request, a host's trailing dot, the fragment kept;
* one citation but for tracking (``untracked_key``): every tracking key dropped (``ref``, ``fbclid``...).

The end-to-end test serves a page on 127.0.0.1 under an IDN name and its punycode (the name lookup answers
127.0.0.1 for those names only, as an /etc/hosts entry would; every other name fails) and counts requests.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import Config, check, extract_citations
from linkcheck.articles import _merge_tracked, _pair_archives
from linkcheck.articles._base import Link
from linkcheck.articles._base import url_key as article_url_key
from linkcheck.classify import citable
from linkcheck.report import markdown as markdown_report
from linkcheck.state import load_state, normal_url
from linkcheck.state import url_key as state_url_key
from linkcheck.urls import (
    campaign_key,
    link_key,
    resource_key,
    tracking_key,
    untracked_key,
    untracked_pairs,
)
from tests.site_server import Page, serve

IDN = "bücher.example"
PUNY = "xn--bcher-kva.example"
#: The end-to-end test's names: not under a reserved name (``.example`` never resolves, so is never fetched);
#: the test's own name lookup answers them, and nothing leaves the machine.
FAIR_IDN = "bücherhalle-nord.de"
FAIR_PUNY = "xn--bcherhalle-nord-zvb.de"

# --- the callers read the one module ---------------------------------------------------------------------


def test_the_old_names_are_the_module_s_levels() -> None:
    assert state_url_key is resource_key
    assert article_url_key is link_key
    assert markdown_report.url_key is resource_key


# --- one request ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (f"https://{IDN}/notice", f"https://{PUNY}/notice"),  # an IDN host and its punycode (RFC 3987 3.1)
        ("https://BÜCHER.example/notice", f"https://{PUNY}/notice"),  # a Unicode host's case too
        (f"https://{PUNY.upper()}/notice", f"https://{PUNY}/notice"),
        ("https://пример.рф", "https://xn--e1afmkfd.xn--p1ai/"),
        ("https://news.example/café", "https://news.example/caf%C3%A9"),  # non-ASCII and its UTF-8 escapes
        ("https://news.example/café", "https://news.example/caf%c3%a9"),
        ("https://news.example/?q=€", "https://news.example/?q=%E2%82%AC"),
        (f"http://{IDN}:80/a?utm_source=rss#top", f"http://{PUNY}/a"),
        ("https://news.example/a%2Db", "https://news.example/a-b"),  # what base49 already joined
    ],
)
def test_spellings_of_one_request_have_one_resource_key(one: str, other: str) -> None:
    assert resource_key(one) == resource_key(other)
    assert normal_url(one.partition("#")[0]) == resource_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("https://news.example/Story", "https://news.example/story"),  # path case
        ("https://news.example/a%2Fb", "https://news.example/a/b"),  # a reserved character's escape
        ("https://news.example/x?ref=main", "https://news.example/x"),  # a key that may select content
        ("https://news.example/x?ref=main", "https://news.example/x?ref=dev"),
        ("https://news.example/x?spm=a1", "https://news.example/x"),
        ("https://news.example./x", "https://news.example/x"),  # another Host header and TLS name
        ("https://u@news.example/x", "https://news.example/x"),  # userinfo
        ("https://news.example/x#a", "https://news.example/y#a"),
        ("https://bücher.example/x", "https://bucher.example/x"),  # not a folding of letters
    ],
)
def test_other_requests_keep_their_resource_keys(one: str, other: str) -> None:
    assert resource_key(one) != resource_key(other)


def test_a_host_that_is_no_valid_name_is_left_as_written_and_the_rest_escaped() -> None:
    assert resource_key("https://bad\u200b..name/é") == "https://bad%E2%80%8B..name/%C3%A9"


# --- one citation -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (f"https://{IDN}/x#one", f"https://{PUNY}/x#one"),
        ("https://news.example./x", "https://news.example/x"),  # a reader following either reads one page
        ("https://news.example.:8443/x", "https://news.example:8443/x"),
        ("https://news.example/x#", "https://news.example/x"),  # an empty fragment is none
        ("https://news.example/x#caf%c3%a9", "https://news.example/x#café"),
    ],
)
def test_links_of_one_citation_have_one_link_key(one: str, other: str) -> None:
    assert link_key(one) == link_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("https://news.example/x#one", "https://news.example/x#two"),  # two parts of a page: two citations
        ("https://news.example/a%2Fb", "https://news.example/a/b"),  # base49's article key joined these
        ("https://u:p@news.example/x", "https://news.example/x"),  # base49's article key dropped userinfo
        ("http://news.example/", "https://news.example/"),
    ],
)
def test_links_of_other_citations_keep_their_link_keys(one: str, other: str) -> None:
    assert link_key(one) != link_key(other)


def test_untracked_key_drops_every_tracking_key_and_keeps_the_rest_as_written() -> None:
    assert untracked_key("https://n.example/s?id=5&ref=main&utm_source=rss&fbclid=X&s=09#f") == (
        "https://n.example/s?id=5"
    )
    assert untracked_key("https://n.example/s?ref_src=twsrc%5Etfw") == "https://n.example/s"
    # a pair kept as written: base49's re-encoded it (``a/b`` as ``a%2Fb``) and missed its plain twin
    assert untracked_key("https://n.example/s?path=a/b&utm_medium=x") == untracked_key(
        "https://n.example/s?path=a/b"
    )


def test_an_article_joins_a_tracked_link_with_its_plain_twin_whatever_the_query_spelling() -> None:
    plain = Link(url="https://n.example/s?path=a/b", line=3)
    tagged = Link(url="https://n.example/s?path=a/b&utm_source=rss", line=1)
    kept = _merge_tracked([plain, tagged])
    assert kept == [plain]
    assert plain.line == 1


def test_an_archived_copy_pairs_with_a_page_cited_in_its_idn_spelling() -> None:
    page = Link(url=f"https://{IDN}/story?utm_source=rss", line=1)
    copy = Link(url=f"https://web.archive.org/web/2024/https://{PUNY}/story", line=2)
    _pair_archives([page, copy])
    assert copy.archive_url is not None
    assert copy.url == page.url


def test_an_article_cites_an_idn_page_and_its_punycode_once() -> None:
    text = f"# A\n\nSee [Sale](https://{IDN}/sale) and again [Sale](https://{PUNY}/sale).\n"
    citations = extract_citations(text, format="markdown")
    assert [c.url for c in citations] == [f"https://{IDN}/sale"]


# --- the keys' rules: one predicate each --------------------------------------------------------------------


def test_the_key_predicates() -> None:
    assert campaign_key("utm_source")
    assert campaign_key("UTM_Medium")
    assert not campaign_key("utm")
    assert tracking_key("UTM_x")
    assert tracking_key("FBCLID")
    assert tracking_key("ref")
    assert not tracking_key("id")
    assert not tracking_key("s")
    assert untracked_pairs([("id", "1"), ("utm_a", "b"), ("PHPSESSID", "z"), ("ref", "x")]) == [("id", "1")]
    assert citable("https://n.example/s?id=1&utm_source=a&jsessionid=q") == "https://n.example/s?id=1"


# --- properties -------------------------------------------------------------------------------------------

_SEGMENT = st.text(alphabet=st.sampled_from("abcXYZ019-._~%2FéÜ€:@!$&'()*+,;="), min_size=0, max_size=8)
_HOST = st.sampled_from(["news.example", "NEWS.Example", IDN, PUNY, "пример.рф", "127.0.0.1:8080", "[::1]"])
_QUERY = st.lists(
    st.tuples(st.sampled_from(["id", "ref", "utm_source", "UTM_x", "spm", "q", "s"]), _SEGMENT), max_size=3
)


@st.composite
def _urls(draw: Any) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTPS"]))
    path = "/".join(draw(st.lists(_SEGMENT, max_size=3)))
    query = "&".join(f"{k}={v}" for k, v in draw(_QUERY))
    fragment = draw(st.sampled_from(["", "#", "#part", "#é"]))
    return f"{scheme}://{draw(_HOST)}/{path}{'?' + query if query else ''}{fragment}"


@settings(max_examples=300, deadline=None)
@given(_urls())
def test_every_key_is_idempotent(url: str) -> None:
    assert resource_key(resource_key(url)) == resource_key(url)
    assert link_key(link_key(url)) == link_key(url)
    assert untracked_key(untracked_key(url)) == untracked_key(url)
    assert resource_key(link_key(url)) == resource_key(url)  # a link key is one request's spelling too


@settings(max_examples=300, deadline=None)
@given(_urls(), st.sampled_from(["a", "Story", "x-1"]))
def test_no_key_joins_paths_that_differ_in_case(url: str, segment: str) -> None:
    head, _, _ = url.partition("?")
    head = head.partition("#")[0].rstrip("/")
    one, other = f"{head}/{segment}", f"{head}/{segment.swapcase()}"
    assert resource_key(one) != resource_key(other)
    assert link_key(one) != link_key(other)
    assert untracked_key(one) != untracked_key(other)


@settings(max_examples=300, deadline=None)
@given(
    _urls(), st.sampled_from(["id", "page", "q", "ref", "spm", "cmp"]), st.sampled_from(["1", "main", "B"])
)
def test_a_fetch_never_joins_urls_that_differ_in_a_content_selecting_key(
    url: str, key: str, value: str
) -> None:
    head = url.partition("#")[0].partition("?")[0]
    one, other = f"{head}?{key}={value}", f"{head}?{key}={value}x"
    assert resource_key(one) != resource_key(other)
    assert resource_key(one) != resource_key(head)


# --- old state files still load ---------------------------------------------------------------------------


def test_a_state_written_with_an_idn_key_is_read_under_its_punycode_key(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    entry = {"consecutive_failures": 2, "last_checked": "2026-11-30T00:00:00Z"}
    older = {"consecutive_failures": 0, "last_checked": "2026-11-20T00:00:00Z"}
    path.write_text(
        json.dumps(
            {
                "schema": "linkcheck-state/1",
                "updated": "2026-12-01T00:00:00Z",
                "runs": 2,
                "urls": {
                    f"https://{IDN}/s": entry,
                    f"https://{PUNY}/s": older,
                    "https://n.example/café": older,
                },
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    state, warning = load_state(path)
    assert warning is None
    assert sorted(state.urls) == ["https://n.example/caf%C3%A9", f"https://{PUNY}/s"]
    assert state.urls[f"https://{PUNY}/s"].consecutive_failures == 2  # the entry checked last


# --- end to end: two articles, one page as IDN and as punycode, one request --------------------------------

ARTICLE = (
    b"<html><head><title>Spring book fair</title></head><body><h1>Spring book fair</h1>"
    + b"<p>The spring book fair opens on Saturday in the old market hall, the organisers said. " * 8
    + b"</p></body></html>"
)


@pytest.fixture
def names_on_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The name lookup answers 127.0.0.1 for the punycode name (what an /etc/hosts entry would do) and fails
    for any other name, so no connection can leave the machine."""

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        # as the system's lookup is asked it: a Unicode name in its IDNA form (what socket.getaddrinfo sends)
        name = host.decode("ascii") if isinstance(host, bytes) else str(host).encode("idna").decode("ascii")
        if name.lower() in (FAIR_PUNY, "127.0.0.1"):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", int(port)))]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.mark.usefixtures("names_on_loopback")
def test_two_articles_citing_one_page_as_idn_and_punycode_fetch_it_once() -> None:
    with serve({"/fair": Page(body=ARTICLE)}) as site:
        port = site.port
        first = f"# A\n\nSee [Spring book fair](http://{FAIR_IDN}:{port}/fair).\n"
        second = f"# B\n\nText.\n\nSee [Spring book fair](http://{FAIR_PUNY.upper()}:{port}/fair#hall).\n"
        citations = extract_citations(first, format="markdown", source="a.md") + extract_citations(
            second, format="markdown", source="b.md"
        )
        config = Config(allow_private=True, allow_hosts=(f"{FAIR_PUNY}:{port}",), retries=0, deadline=60)
        report = check(citations, config)
        sent = [(r.host, r.path) for r in site.requests]
    assert sent == [(FAIR_PUNY, "/fair")]
    assert [r.url for r in report.results] == [
        f"http://{FAIR_IDN}:{port}/fair",
        f"http://{FAIR_PUNY.upper()}:{port}/fair#hall",
    ]
    assert [r.status.value for r in report.results] == ["ok", "ok"], [r.reason for r in report.results]
