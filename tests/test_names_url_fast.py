"""``names.url_parts`` and the host it gives read a plain URL with one regular expression: they must give
what ``urlsplit`` gives (or raise as it does) on any string, and ``soft404``'s path segments likewise."""

from __future__ import annotations

import contextlib
from urllib.parse import urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import names, soft404
from linkcheck.names import url_parts
from tests.strategies import url_like

EXAMPLES = [
    "https://www.themoscowtimes.com/2024/05/02/will-russia?x=1#top",
    "http://127.0.0.1:8123/culture/2022/12/07/a1541.html",
    "  HTTPS://User:Pw@News.Example.COM.:443/path;p?q=1&r=2#f?g",
    "http://[::1]:80/x",
    "http://[fe80::1%25eth0]/",
    "http://a]b/",
    "http://xn--80ak6aa92e.com/",
    "https://пример.рф/путь",
    "http://host/pa\tth",
    "ftp://h#frag?not-query",
    "mailto:someone@example.org",
    "//no-scheme.example/x",
    "http:/one-slash",
    "",
    "http://",
    "http://h:notaport/",
    "http://h@/x",
    "1http://h/",
]


def reference_parts(url: str) -> tuple[str, str, str] | str:
    try:
        p = urlsplit(url.strip())
    except ValueError as exc:
        return f"ValueError: {exc}"
    return p.netloc, p.path, p.query


def parts(url: str) -> tuple[str, str, str] | str:
    try:
        return url_parts(url)
    except ValueError as exc:
        return f"ValueError: {exc}"


def reference_host(url: str) -> str:
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""
    if "xn--" in host:
        with contextlib.suppress(UnicodeError, ValueError):
            host = host.encode("ascii").decode("idna")
    return host


def reference_segments(url: str) -> tuple[list[str], str]:
    try:
        p = urlsplit(url.strip())
    except ValueError:
        return [], ""
    return [s for s in p.path.split("/") if s], p.query


def check(url: str) -> None:
    assert parts(url) == reference_parts(url), url
    assert names._host_of.__wrapped__(url) == reference_host(url), url
    segments, query = soft404._segments.__wrapped__(url)
    assert (list(segments), query) == reference_segments(url), url


def test_examples() -> None:
    for url in EXAMPLES:
        check(url)
    assert names._PLAIN_URL.match(EXAMPLES[0].strip())  # the fast path is taken for plain URLs


@settings(max_examples=800, deadline=None)
@given(url_like)
def test_url_like_strings(url: str) -> None:
    check(url)


URL_PARTS = st.sampled_from(
    ["http", "HTTPS", "ftp", "a+b.c-d", "1x", "://", ":", "//", "/", "?", "#", "@", ":80", "[", "]", "::1",
     "%", "www.Example.com", "example.com.", "xn--80ak6aa92e", "пример", " ", "\t", "\n", "\x00", "\x7f", "a",
     "é"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(URL_PARTS, max_size=10).map("".join))
def test_generated_urls(url: str) -> None:
    check(url)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text(url: str) -> None:
    check(url)
