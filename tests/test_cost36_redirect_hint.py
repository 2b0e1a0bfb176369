"""``wrappers.unwrap_redirect`` searches its redirect-endpoint pattern only in a URL holding a ``?`` (cost36).

The pattern (``_REDIRECT_HINT``) cost ~3.5 us a URL, 40% of reading a plain manifest line; both of its
branches end in a literal ``?``, so a URL without one cannot match it and is not searched. These tests hold
that: every endpoint and every redirector host label is still found with a query, and is no wrapper without
one; a wrapper read through another of its signs (a percent-encoded target in the path) is unwrapped with or
without a query; and the pattern itself is checked to need the ``?`` (a branch added later without one would
make the substring test skip URLs it matches).
"""

from __future__ import annotations

import pytest

from linkcheck import wrappers
from linkcheck.wrappers import unwrap_redirect

TARGET = "https://news.example.org/2024/05/story.html"


@pytest.mark.parametrize("endpoint", sorted(wrappers._REDIRECT_ENDPOINTS))
def test_every_endpoint_is_unwrapped_with_its_query(endpoint: str) -> None:
    url = f"https://www.site.example/{endpoint}?url={TARGET}"
    assert unwrap_redirect(url) == (TARGET, "www.site.example")


@pytest.mark.parametrize("label", sorted(wrappers._REDIRECT_HOST_LABELS))
def test_every_redirector_host_is_unwrapped_with_its_query(label: str) -> None:
    host = f"{label}.mailer.example"
    assert unwrap_redirect(f"https://{host}/t/9?u={TARGET}") == (TARGET, host)


@pytest.mark.parametrize("endpoint", sorted(wrappers._REDIRECT_ENDPOINTS))
def test_an_endpoint_without_a_query_is_no_wrapper(endpoint: str) -> None:
    # the path alone (``/out/``, ``/go/...``): an article's own address, fetched as written
    assert unwrap_redirect(f"https://www.site.example/{endpoint}/https-news-example-org") is None
    assert unwrap_redirect(f"https://www.site.example/{endpoint}") is None


@pytest.mark.parametrize(
    "url",
    [
        "https://www.site.example/news/2024/05/story.html",
        "https://l.mailer.example/news/2024/05/story.html",
        "https://click.mailer.example/",
        "http://127.0.0.1:8080/sport/2021/02/24/a-story-a2104.html",
    ],
)
def test_a_plain_url_is_no_wrapper(url: str) -> None:
    assert unwrap_redirect(url) is None


def test_a_target_in_the_path_is_unwrapped_with_or_without_a_query() -> None:
    # an email click tracker holding its target percent-encoded as a path segment: no "?" needed
    bare = "https://r.awstrack.example/L0/https:%2F%2Fnews.example.org%2F2024%2F05%2Fstory.html/1/0100"
    assert unwrap_redirect(bare) == unwrap_redirect(bare + "?x=1") != None  # noqa: E711


def test_the_hint_pattern_needs_a_question_mark() -> None:
    # every string the pattern matches holds "?": each of its alternatives ends in a literal one
    pattern = wrappers._REDIRECT_HINT.pattern
    depth, alternatives, start = 0, [], 0
    for i, char in enumerate(pattern):
        if char == "\\":
            continue
        if char == "(" and pattern[i - 1] != "\\":
            depth += 1
        elif char == ")" and pattern[i - 1] != "\\":
            depth -= 1
        elif char == "|" and depth == 0 and pattern[i - 1] != "\\":
            alternatives.append(pattern[start:i])
            start = i + 1
    alternatives.append(pattern[start:])
    assert len(alternatives) >= 2
    assert all(alt.endswith("\\?") for alt in alternatives), alternatives
    # and matches with it, not without
    for endpoint in sorted(wrappers._REDIRECT_ENDPOINTS):
        assert wrappers._REDIRECT_HINT.search(f"https://a.example/{endpoint}?q=1") is not None
        assert wrappers._REDIRECT_HINT.search(f"https://a.example/{endpoint}/q=1") is None
