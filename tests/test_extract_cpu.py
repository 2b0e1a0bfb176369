"""The extractor's CPU shortcuts (issue 7) give exactly what the general code they stand in for gives."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.extract import dates, extract_metadata
from linkcheck.extract.dates import _URL_COMPACT, _URL_YMD, _url_path, date_from_url, plain_url_split
from linkcheck.extract.titles import _host_labels, clean_text, host_labels, is_clean

#: Starts and pieces where ``urlsplit`` is particular: schemes, brackets, white space and control
#: characters it drops or strips, a non-ASCII host, queries and fragments.
_STARTS = [
    "http://",
    "HTTPS://",
    "h+t.t-p://",
    "1http://",
    "http:/",
    "//",
    "mailto:",
    " http://",
    "\x01http://",
    "",
]
_PIECES = [
    "a.test",
    "[::1]",
    "[bad",
    "x]",
    "u@h:8",
    ":80",
    "é",
    "\uff0e",
    "/",
    "?",
    "#",
    "\t",
    "\n",
    "\r",
    " ",
    "\x7f",
]
_PATHS = ["/2020/01/09/", "/20200109/1.html", "/2020-1-9", "?/2020/01/09/", "#/2020/01/09/", "", "/x"]


def _outcome(url: str) -> tuple[str, object]:
    try:
        return "ok", _url_path(url)
    except ValueError as exc:
        return "raises", type(exc)


def _reference(url: str) -> tuple[str, object]:
    try:
        return "ok", urlsplit(url.strip()).path
    except ValueError as exc:
        return "raises", type(exc)


@settings(max_examples=1500, deadline=None)
@given(
    st.sampled_from(_STARTS),
    st.lists(st.sampled_from(_PIECES), max_size=4),
    st.text(alphabet="az09/.-_?#[]@%: \t\né\uff0e", max_size=12),
    st.sampled_from(_PATHS),
)
def test_url_path_is_urlsplit_path(start: str, pieces: list[str], rest: str, path: str) -> None:
    url = start + "".join(pieces) + rest + path
    assert _outcome(url) == _reference(url)


def _hosts_reference(url: str) -> tuple[str, ...]:
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ()
    return _host_labels(host)


@settings(max_examples=1500, deadline=None)
@given(
    st.sampled_from(_STARTS),
    st.lists(st.sampled_from([*_PIECES, "User:Pw@", "WWW.News.Example.CO.UK", "%25eth0", "@"]), max_size=4),
    st.text(alphabet="az09/.-_?#[]@%: \t\né\uff0e", max_size=12),
    st.sampled_from(_PATHS),
)
def test_host_labels_are_urlsplit_s_hostname(start: str, pieces: list[str], rest: str, path: str) -> None:
    url = start + "".join(pieces) + rest + path
    assert host_labels.__wrapped__(url) == _hosts_reference(url)
    plain = plain_url_split(url)
    if plain is not None:  # a plain URL's netloc and path are urlsplit's
        parts = urlsplit(url.strip())
        assert plain == (parts.netloc, parts.path)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8123/news/2020/01/09/slug-a1.html",
        "https://ex[ample.com/2020/01/01/",
        "http://[::1]:80/2020/01/02/x",
        "http://exa\tmple.com/2020/01/02/",
        "http://example.com/2020/01\n/02/",
        "  https://x.test/2020/01/09/a?b#c  ",
        "https://пример.рф/2019/12/31/статья",
        "not a url",
        "https://user:pw@News.BBC.co.uk:443/x",
        "http://host:abc/2020/01/01/",
        "",
    ],
)
def test_url_path_examples(url: str) -> None:
    assert _outcome(url) == _reference(url)
    assert host_labels.__wrapped__(url) == _hosts_reference(url)


def test_url_date_is_judged_against_each_call_s_today() -> None:
    url = "https://x.test/2031/01/01/2024/05/02/slug"
    for _ in range(2):  # the second round reads the URL's dates from the cache
        assert date_from_url(url, today=dt.date(2032, 1, 1)) == dt.date(2031, 1, 1)
        assert date_from_url(url, today=dt.date(2024, 6, 1)) == dt.date(2024, 5, 2)  # 2031: in the future
        assert date_from_url(url, today=dt.date(2024, 4, 30)) is None


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                "B",
                " ",
                "\t",
                "\n",
                "\u00ad",
                "\u2003",
                "\x1c",
                "&",
                "&amp;",
                "&amp;amp;lt;",
                "&#39;",
                "&shy;",
            ]
        ),
        max_size=40,
    ),
    st.integers(min_value=0, max_value=1100),
)
def test_a_clean_title_is_its_own_cleaned_text(pieces: list[str], padding: int) -> None:
    text = clean_text("x" * padding + "".join(pieces))
    if is_clean(text):
        assert clean_text(text) == text
    for edge in ("x" * 999 + " y", "x" * 998 + " y", "&amp;" + "x" * 10):  # cut at the bound; an entity
        cleaned = clean_text(edge)
        assert not is_clean(cleaned) or clean_text(cleaned) == cleaned


#: The URL date patterns as first written, with the lookbehind first.
_URL_YMD_BEFORE = re.compile(r"(?<![\d])((?:19|20)\d{2})([/_-])([01]?\d)\2([0-3]?\d)(?=[/_.-]|$)")
_URL_COMPACT_BEFORE = re.compile(r"(?<![\d])((?:19|20)\d{2})([01]\d)([0-3]\d)(?=[/_.-]|$)")


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="0129/_-.x\u0661", max_size=40), st.integers(min_value=0, max_value=5))
def test_url_date_patterns_match_as_before(path: str, start: int) -> None:
    for pattern, before in ((_URL_YMD, _URL_YMD_BEFORE), (_URL_COMPACT, _URL_COMPACT_BEFORE)):
        got = [(m.span(), m.groups()) for m in pattern.finditer(path, start)]
        assert got == [(m.span(), m.groups()) for m in before.finditer(path, start)]


def test_a_title_with_both_halves_offered_reads_alike_under_every_hash_seed() -> None:
    """``_strip_by_repetition`` tried the page's other titles in a set's order when they were equally long:
    the headline of "Storm: Surge" (both halves offered) was one half or the other with the hash seed."""
    code = (
        "from linkcheck.extract.titles import strip_affixes;"
        "print(strip_affixes('Storm: Surge', [], '', ['Storm', 'Surge']))"
    )
    seen = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        seen.add(done.stdout.strip())
    assert seen == {"('Storm', ['Surge'], False)"}


PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def test_pages_read_alike_whatever_was_read_before() -> None:
    """The memoised URL dates (and every other cache) never make one page's metadata depend on the pages
    extracted before it: each page alone (caches cleared), then all in one order and in the other."""
    pages = []
    for sidecar in sorted(PAGES.glob("*.json"))[:40]:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        pages.append((sidecar.with_suffix(".html").read_bytes(), meta["url"], meta.get("headers")))
    today = dt.date(2024, 11, 30)
    alone = []
    for body, url, headers in pages:
        dates._date_from_url.cache_clear()
        alone.append(extract_metadata(body, url, headers, today=today))
    forward = [extract_metadata(body, url, headers, today=today) for body, url, headers in pages]
    backward = [extract_metadata(body, url, headers, today=today) for body, url, headers in reversed(pages)]
    assert forward == alone
    assert backward[::-1] == alone
    # The same URL judged on another day: its cached dates are filtered by that day's bound.
    early = [extract_metadata(body, url, headers, today=dt.date(1995, 1, 1)) for body, url, headers in pages]
    assert any(e.url_date != a.url_date for e, a in zip(early, alone, strict=True))
    assert [extract_metadata(b, u, h, today=today) for b, u, h in pages] == alone
