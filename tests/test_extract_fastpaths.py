"""The extractor's fast paths give exactly what the general code they stand in for gives."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urljoin

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.extract.core import _join

BASES = [
    "http://a.example/x/y.html",
    "https://a.example/",
    "",
    "ftp://x/y",
    "//host/p",
    "relative/path",
    "http://a.example:80/p;q?x#f",
    "HTTP://A/B",
    " http://a/b",
    "http://a/b\t",
    "http://[::1]/x",  # brackets and non-ASCII hosts are where urljoin may raise
    "http://[bad/x",
    "http://a]/x",
    "http://é.example/x",
    "http://\uff21.example/x",
]
HREFS = [
    "http://a.example/x/y.html",
    "https://b.example/p/q",
    "http://a.example",
    "https://a.example:8443/a/b/",
    "https://x.test/2020/01/02/slug-a1.html",
    "http://a/./b",
    "http://a/../b",
    "http://a/b/..",
    "http://a/b;p",
    "http://a/b?q",
    "http://a/b#f",
    "http://a//b",
    "https://a/b/.well-known",
    "http://a/b%20c",
    "HTTP://a/b",
    "http://user@a/b",
    "http://a:/b",
    "http://a/:@!$&'()*+,=~_-.",
    "http://a/b c",
    "/rel",
    "rel",
    "//a/b",
    "http://[::1]/",
    "http://[bad/",
]


def _outcome(join: Callable[[str, str], str], base: str, href: str) -> tuple[str, object]:
    try:
        return "ok", join(base, href)
    except ValueError as exc:
        return "raises", type(exc)


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("href", HREFS)
def test_join_is_urljoin(base: str, href: str) -> None:
    assert _outcome(_join, base, href) == _outcome(urljoin, base, href)


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(BASES),
    st.sampled_from(["http://", "https://", "HTTP://", ""]),
    st.text(alphabet="ab9/.:;?#%@[]-_~ é\t", max_size=16),
)
def test_join_is_urljoin_on_generated_hrefs(base: str, scheme: str, rest: str) -> None:
    href = scheme + rest
    assert _outcome(_join, base, href) == _outcome(urljoin, base, href)
