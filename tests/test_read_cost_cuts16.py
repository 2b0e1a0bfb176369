"""cost17's exact cuts in reading and judging a page (issue 7), each held to the form it replaced.

- ``extract.titles._is_site_part``: a part's bare key (:func:`~linkcheck.extract.titles._bare_key`, every
  word squashed) is made only when it can be one of the host's labels (``_may_be_bare_host``): an ASCII
  part's bare key is at least its squash less an article's letters a word, and a headline's is longer than
  any host label. ``sorted`` of two keys written out; ``is_host_name`` answers a part without a dot at once.
- ``extract.core``: ``_Page`` slotted; ``_meta_names``' memo a dictionary ``_scan_head`` reads inline;
  ``_title_candidates`` tests one of two equal site keys (the site's name and its publisher's).
- ``names.plain_url_parts``: one reading of a plain address for ``names.url_parts`` and
  ``extract.dates.plain_url_split`` (each had its own pattern).
- ``soft404._error_signal``: ``declares_an_article`` asked once.
- ``extract.decode.decode_html``: its NUL test by ``find``, not ``in``.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import names, soft404
from linkcheck.extract import core, dates, decode, titles
from linkcheck.memo import PAGE_KEYS
from linkcheck.models import ExtractedDate, Metadata, TitleCandidate

# --- extract.titles._is_site_part: the bare key only when it may be a host label ------------------------


def _is_site_part_before(part: str, site_keys: tuple[str, ...], hosts: tuple[str, ...]) -> bool:
    """``_is_site_part`` as base49 wrote it (its bare key made for every part that reached it)."""
    dates = list(titles.find_text_dates(part)) if titles._DIGIT.search(part) else []
    if dates:
        part = part[: dates[0][1]]
    key = titles.squash(part)
    if not key or len(part.split()) > 6:
        return False
    if titles.is_host_name(part):
        return True
    bare = titles._bare_key(part)
    if bare and bare in hosts:
        return True
    for site in site_keys:
        if not site:
            continue
        if key == site:
            return True
        shorter, longer = sorted((key, site), key=len)
        if len(shorter) >= 3 and longer.startswith(("the", "la", "le", "el", "il", "die", "der", "das")):
            longer_core = titles._LEADING_ARTICLE.sub("", longer)
            if longer_core == shorter:
                return True
        if len(shorter) >= 4 and shorter in longer and len(longer) <= 2 * len(shorter) + 4:
            return True
    initials = None
    for position, host in enumerate(hosts):
        if len(host) < 3:
            continue
        if len(host) <= 6 and part.count(" ") >= 2:
            initials = titles._initials(part) if initials is None else initials
            if initials == host:
                return True
        if position > 0:
            if key == host:
                return True
            continue
        if key == host or (host in key and len(key) <= 2 * len(host) + 6):
            return True
        if key in host and len(key) >= 4 and len(host) <= 2 * len(key) + 4:
            return True
        if len(host) >= 6 and titles._common_prefix(key, host) >= max(6, int(0.8 * len(host))):
            return True
    return False


#: Words of title parts: articles of several languages among them (what the bare key drops), a letter
#: alone, digits, apostrophes, hyphens and dots inside words, a non-ASCII word now and then.
_WORDS = st.sampled_from(
    ["the", "The", "La", "l", "d", "a", "of", "der", "und", "y", "THE", "Les", "Ria", "news", "Novosti",
     "Morning", "Datagram", "BBC", "24", "2019", "co", "Times", "Gazette", "Est", "l'Est", "d'Italia",
     "U.S.", "pro-am", "x", "Die", "Welt", "Straße", "Новости", "ḍ", "ＡＢ", "ſun", "ǅemal"]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", " ", " ", "-", "'", ".", " - ", "’", "  ", " ' "])
_PARTS = st.builds(
    lambda first, rest: first + "".join(sep + word for sep, word in rest),
    _WORDS,
    st.lists(st.tuples(_SEPARATORS, _WORDS), max_size=7),
)
_HOSTS = st.lists(
    st.sampled_from(["127", "bbc", "ria", "ma", "gazetteest", "est", "morningdatagram", "datagram", "nytimes",
                     "rianovosti", "welt", "dieweit", "pib", "usnews", "theguardian", "proam", "sun"]),
    max_size=3,
).map(tuple)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_PARTS, _HOSTS)
def test_the_bare_key_is_skipped_only_when_it_is_no_host(part: str, hosts: tuple[str, ...]) -> None:
    key = titles.squash(part)
    if hosts and not titles._may_be_bare_host(part, key, hosts):
        assert titles._bare_key(part) not in hosts
        assert len(titles._bare_key(part)) > max(map(len, hosts))


_SITES = st.lists(st.sampled_from(["morningdatagram", "bbc", "", "gazetteest", "welt"]), max_size=2)


@settings(max_examples=600, deadline=None)
@given(_PARTS, _SITES, _HOSTS)
def test_is_site_part_is_the_replaced_form(part: str, sites: list[str], hosts: tuple[str, ...]) -> None:
    site_keys = tuple(sites)
    now = titles._is_site_part.__wrapped__(part, site_keys, hosts)
    assert now is _is_site_part_before(part, site_keys, hosts)


@pytest.mark.parametrize(
    ("part", "hosts", "named"),
    [
        ("La Gazette de l'Est", ("gazetteest",), True),  # the bare key is the host's label
        ("The Daily Star", ("dailystar",), True),
        ("Die Welt", ("welt",), True),
        ("Harbour board approves night ferries", ("courier",), False),
        ("Les d'l", ("",), False),
    ],
)
def test_a_bare_key_still_names_the_site(part: str, hosts: tuple[str, ...], named: bool) -> None:
    assert titles._is_site_part.__wrapped__(part, (), hosts) is named


def test_a_headline_makes_no_bare_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """A headline of six words at a short host: no word of it squashed for the host's test."""
    asked: list[str] = []
    real = titles._bare_key

    def spy(part: str) -> str:
        asked.append(part)
        return real(part)

    monkeypatch.setattr(titles, "_bare_key", spy)
    headline = "Harbour board approves night ferries today"
    assert not titles._is_site_part.__wrapped__(headline, (), ("courier",))
    assert asked == []
    assert titles._is_site_part.__wrapped__("La Gazette de l'Est", (), ("gazetteest",))
    assert asked == ["La Gazette de l'Est"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab.-_ ő\u0130K", max_size=12))
def test_is_host_name_is_the_replaced_form(part: str) -> None:
    m = titles._HOST_NAME.fullmatch(part.strip())
    assert titles.is_host_name(part) is (m is not None and m.group(1).lower() not in titles._NOT_TLDS)


@settings(max_examples=300, deadline=None)
@given(_PARTS)
def test_initials_is_the_replaced_form(part: str) -> None:
    words = [w for w in titles._WORD_SPLIT.split(part) if w and w.casefold() not in titles._ARTICLES]
    assert titles._initials(part) == ("".join(w[0] for w in words).casefold() if len(words) >= 3 else "")


# --- extract.core: _Page, the meta names' memo, one of two equal site keys -------------------------------


def test_page_is_slotted_with_its_fields() -> None:
    page = core._Page(url="https://a.example/x")
    assert not hasattr(page, "__dict__")
    assert page.metas == {}
    assert page.jsonld == []
    assert page.logo_h1s == set()
    assert page.title_tag == ""
    assert core._Page(url="u").metas is not page.metas  # a container a page


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aB: \tİx", max_size=10))
def test_meta_names_is_the_replaced_form(key: str) -> None:
    assert core._meta_names(key) == tuple(key.lower().split())
    assert core._META_NAMES[key] == tuple(key.lower().split())
    assert len(core._META_NAMES) <= PAGE_KEYS


def test_the_memo_is_emptied_when_full() -> None:
    for n in range(PAGE_KEYS + 3):
        core._meta_names(f"name{n}")
    assert len(core._META_NAMES) <= PAGE_KEYS


def test_scan_head_reads_known_names_without_a_call(monkeypatch: pytest.MonkeyPatch) -> None:
    head = (
        "<html><head><meta property='og:title' content=' Night ferries '>"
        "<meta name='Description Summary' content='Two boats'></head></html>"
    )
    first = core._Page(url="https://a.example/x")
    core._scan_head(first, core._parse_head(head))
    assert first.metas == {
        "og:title": ["Night ferries"],
        "description": ["Two boats"],
        "summary": ["Two boats"],
    }
    calls: list[str] = []
    real = core._meta_names
    monkeypatch.setattr(core, "_meta_names", lambda key: calls.append(key) or real(key))
    again = core._Page(url="https://a.example/x")
    core._scan_head(again, core._parse_head(head))
    assert again.metas == first.metas
    assert calls == []  # both names in the memo since the first scan


_TITLE_TEXTS = st.builds(
    lambda a, sep, b: a + sep + b,
    st.sampled_from(
        ["Night ferries approved", "Coastline Courier", "News", "Harbour | board", "coastlinecourier"]
    ),
    st.sampled_from([" | ", " - ", ": ", " ", " :: "]),
    st.sampled_from(["Coastline Courier", "World", "Night ferries approved", "COASTLINE COURIER", "courier"]),
)


@settings(max_examples=300, deadline=None)
@given(
    _TITLE_TEXTS, st.lists(_TITLE_TEXTS, max_size=2), st.sampled_from(["coastlinecourier", "courier", "x"])
)
def test_one_of_two_equal_site_keys_strips_alike(title: str, others: list[str], key: str) -> None:
    found = titles._separators(title)
    wanted = titles.wanted_titles(others)
    hosts = ("coastline",)
    once = titles.strip_clean_affixes(title, found, wanted, (key,), hosts)
    assert once == titles.strip_clean_affixes(title, found, wanted, (key, key), hosts)


# --- names.plain_url_parts: one reading of a page's plain address -------------------------------------------

_OLD_DATES_URL = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*://([!"$-.0->@-Z\\^-~]*)(?![^/?#])([^?#]*)')
_URLS = st.builds(
    lambda scheme, host, path, tail: scheme + host + path + tail,
    st.sampled_from(["https://", "http://", "HTTP://", "ftp://", "", " https://"]),
    st.sampled_from(["news.example", "a.b:80", "[::1]", "user@h.example", "h\tx.example", "пример.рф", ""]),
    st.sampled_from(["/2020/01/09/story", "", "/", "/a b/c", "/x\ny"]),
    st.sampled_from(["", "?utm_source=x", "#top", "?a=1#f?g", " "]),
)


@settings(max_examples=400, deadline=None)
@given(_URLS)
def test_plain_url_split_is_the_replaced_form(url: str) -> None:
    stripped = url.strip()
    m = _OLD_DATES_URL.match(stripped)
    old = None if m is None or "\t" in stripped or "\n" in stripped or "\r" in stripped else m.group(1, 2)
    assert dates.plain_url_split.__wrapped__(url) == old
    try:
        parts = urlsplit(stripped)
    except ValueError:
        return
    if names.plain_url_parts(url) is not None:
        assert names.url_parts.__wrapped__(url) == (parts.netloc, parts.path, parts.query)


def test_a_page_address_is_read_once_for_both() -> None:
    url = "https://courier.example/2024/03/05/night-ferries-cost17?x=1"
    names.plain_url_parts.cache_clear()
    assert dates.plain_url_split(url) == ("courier.example", "/2024/03/05/night-ferries-cost17")
    assert names.url_parts(url) == ("courier.example", "/2024/03/05/night-ferries-cost17", "x=1")
    info = names.plain_url_parts.cache_info()
    assert (info.misses, info.hits) == (1, 1)


# --- soft404._error_signal: declares_an_article asked once ------------------------------------------------


def test_error_signal_asks_declares_an_article_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    real = soft404.declares_an_article
    monkeypatch.setattr(soft404, "declares_an_article", lambda m: asked.append(m) or real(m))
    for published in (None, ExtractedDate(dt.date(2024, 3, 5), "opengraph")):
        metadata = Metadata(
            title="Night ferries approved",
            title_candidates=(TitleCandidate("Night ferries approved", "h1"),),
            published=published,
        )
        asked.clear()
        url = "https://courier.example/2024/03/05/night-ferries"
        assert soft404._error_signal(url, url, metadata, 0, metadata.titles()) is None
        assert len(asked) == 1  # five rules read it (base49 asked it three times on these pages)


# --- extract.decode: the NUL test ---------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=6))
def test_the_nul_test_is_the_replaced_form(body: bytes) -> None:
    assert (body.find(b"\0", 0, 2) >= 0) is (b"\0" in body[:2])


@pytest.mark.parametrize("body", [b"\0<\0h", b"<\0h\0", "<p>caf\u00e9</p>".encode(), b"\xff\xfe<\0"])
def test_decode_html_reads_utf16_labels_as_before(body: bytes) -> None:
    headers = {"content-type": "text/html; charset=utf-8"}
    assert isinstance(decode.decode_html(body, headers), str)


def test_decode_html_tests_its_nul_by_find() -> None:
    """``in`` on bytes tries its operand as an integer first (~1 k instructions, cost15's note)."""
    import inspect

    source = inspect.getsource(decode.decode_html)
    assert 'b"\\0" in body' not in source
    assert 'body.find(b"\\0", 0, 2) >= 0' in source


class _Spy:
    """A compiled pattern's stand-in that counts its ``fullmatch`` calls."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def fullmatch(self, text: str) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.fullmatch(text)


def test_is_host_name_reads_no_pattern_without_a_dot(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Spy(titles._HOST_NAME)
    monkeypatch.setattr(titles, "_HOST_NAME", spy)
    assert not titles.is_host_name("Harbour board approves night ferries")
    assert spy.calls == 0
    assert titles.is_host_name("English.news.cn")
    assert spy.calls == 1


def test_title_candidates_test_one_of_two_equal_site_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    keys: list[tuple[str, ...]] = []
    real = core.strip_clean_affixes

    def spy(*args: object) -> tuple[str, list[str], bool]:
        keys.append(args[3])  # type: ignore[arg-type]
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(core, "strip_clean_affixes", spy)
    page = core._Page(url="https://courier.example/2024/03/05/night-ferries")
    page.metas = {"og:title": ["Night ferries approved"]}
    page.title_tag = "Night ferries approved | Coastline Courier"
    page.publisher = "Coastline Courier"
    found, _, _ = core._title_candidates(page, "Coastline Courier")
    assert [c.text for c in found] == ["Night ferries approved", "Night ferries approved"]
    assert keys
    assert all(k == ("coastlinecourier",) for k in keys)
