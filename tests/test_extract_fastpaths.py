"""The extractor's fast paths give exactly what the general code they stand in for gives."""

from __future__ import annotations

import datetime as dt
import re
import string
import unicodedata
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import soft404
from linkcheck.extract import extract_metadata
from linkcheck.extract.core import _FIRST_PUBLISHED, _join, _notes_first_published, _parse, _text
from linkcheck.extract.dates import (
    _DAY_MONTH_YEAR,
    _MONTH_DAY_YEAR,
    _NUMERIC_DMY,
    _NUMERIC_YMD,
    _month_day_year,
    _tz,
    date_from_url,
    find_text_dates,
    parse_date_string,
)
from linkcheck.extract.decode import header_charset
from linkcheck.extract.tables import TITLE_SEPARATOR_RE, TRANSLIT
from linkcheck.extract.titles import (
    _DASHES,
    _QUOTES,
    _separators,
    host_labels,
    normalize_title,
    squash,
    strip_affixes,
    strip_affixes_by_keys,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"

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


def _squash_reference(text: str) -> str:
    """``squash`` as it was written before its ASCII fast path (the general path, for every text)."""
    text = normalize_title(text)
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = "".join(TRANSLIT.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[\W_]+", "", "".join(ch for ch in text if not unicodedata.combining(ch)))


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30) | st.text(alphabet=string.printable, max_size=30))
def test_squash_matches_the_general_path(text: str) -> None:
    assert squash(text) == _squash_reference(text)


@pytest.mark.parametrize(
    "text",
    ["РИА Новости", "Café Society", "The Kernel Tribune", "ﬁnance", "Ｔｈｅ Ｐａｐｅｒ", "Ёлка", "naïve"],
)
def test_squash_non_ascii(text: str) -> None:
    assert squash(text) == _squash_reference(text)


TITLES = [
    (
        "Headline about the harbour | The Loopback Herald",
        ["The Loopback Herald"],
        "https://herald.test/a",
        [],
    ),
    ("The Loopback Herald: Headline about the harbour", [], "https://loopbackherald.test/a", []),
    ("Headline - World - Herald", ["Herald"], "https://herald.test/a", ["Headline"]),
    ("Ирак отверг - РИА Новости, 09.01.2020", ["РИА Новости"], "https://ria.ru/x", ["Ирак отверг"]),
    ("Post title (Blog Name)", [], "https://blog.test/p", ["Post title"]),
    ("", ["Site"], "https://site.test/", []),
]


@pytest.mark.parametrize(("title", "sites", "url", "others"), TITLES)
def test_strip_affixes_by_keys_is_strip_affixes(
    title: str, sites: list[str], url: str, others: list[str]
) -> None:
    keys = tuple(squash(s) for s in sites if s)
    assert strip_affixes_by_keys(title, keys, host_labels(url), others) == strip_affixes(
        title, sites, url, others
    )


def test_one_text_in_several_sources_is_stripped_alike_each_time() -> None:
    """og:title, the JSON-LD headline and the h1 share one text: each candidate is still its own, and a
    second page with the same text is read afresh."""
    page = """<html><head><title>Storm closes the harbour | Port Courier</title>
<meta property="og:title" content="Port Courier | Storm closes the harbour">
<meta property="og:site_name" content="Port Courier">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-01-05",
"headline": "Port Courier | Storm closes the harbour"}</script></head>
<body><h1>Port Courier | Storm closes the harbour</h1></body></html>"""
    first = extract_metadata(page, "https://portcourier.test/2024/01/05/storm.html")
    assert first.title == "Storm closes the harbour"
    assert [(c.text, c.source, c.raw) for c in first.title_candidates] == [
        ("Storm closes the harbour", "opengraph", "Port Courier | Storm closes the harbour"),
        ("Storm closes the harbour", "json-ld", "Port Courier | Storm closes the harbour"),
        ("Storm closes the harbour", "h1", "Port Courier | Storm closes the harbour"),
        ("Storm closes the harbour", "title-tag", "Storm closes the harbour | Port Courier"),
    ]
    again = extract_metadata(
        page.replace("Port Courier", "Daily Localhost"), "https://dl.test/2024/01/05/s.html"
    )
    assert again.site_name == "Daily Localhost"
    assert [c.raw for c in again.title_candidates][:3] == ["Daily Localhost | Storm closes the harbour"] * 3
    assert extract_metadata(page, "https://portcourier.test/2024/01/05/storm.html") == first


def _normalize_reference(text: str) -> str:
    """``normalize_title`` as it was written before its ASCII fast path."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_DASHES).casefold()
    return " ".join(text.split()).strip(" .")


ASCII = "".join(chr(i) for i in range(128))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ASCII, max_size=40) | st.text(max_size=40))
def test_normalize_title_matches_the_general_path(text: str) -> None:
    assert normalize_title(text) == _normalize_reference(text)


def test_normalize_title_every_ascii_character() -> None:
    for ch in ASCII:
        assert normalize_title(f"A{ch}b ") == _normalize_reference(f"A{ch}b "), repr(ch)


SEPARATOR_TEXT = st.text(alphabet=" \t\u3000\xa0ab見出し|–—·•«»/\\~-:<>_：｜", max_size=40)


@settings(max_examples=1000, deadline=None)
@given(SEPARATOR_TEXT)
def test_separators_are_the_full_scan(title: str) -> None:
    full = [(m.span(), m.group(0)) for m in TITLE_SEPARATOR_RE.finditer(title)]
    assert [(m.span(), m.group(0)) for m in _separators(title)] == full


@pytest.mark.parametrize(
    "title",
    [
        "Headline | Site",
        "Headline  -  Section - Site",
        "标题--时政--人民网",
        "見出し：紙名",
        "A :: B",
        "a|b",
        "  | x",
        "none",
    ],
)
def test_separators_examples(title: str) -> None:
    full = [(m.span(), m.group(0)) for m in TITLE_SEPARATOR_RE.finditer(title)]
    assert [(m.span(), m.group(0)) for m in _separators(title)] == full


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("Z", 0),
        ("utc", 0),
        ("+03:00", 180),
        ("-0530", -330),
        ("+05", 300),
        ("+15:00", None),
        ("+01:75", None),
    ],
)
def test_cached_offsets_are_right_each_time(text: str, offset: int | None) -> None:
    for _ in range(2):  # the second call is served by the cache
        tz = _tz(text)
        if offset is None:
            assert tz is None
        else:
            assert tz is not None
            assert tz.utcoffset(None) == dt.timedelta(minutes=offset)
    stamp = parse_date_string("2024-03-05T10:00:00+03:00")
    again = parse_date_string.__wrapped__("2024-03-05T10:00:00+03:00")
    assert stamp == again
    assert stamp is not None
    assert stamp.timestamp is not None
    assert stamp.timestamp.utcoffset() == dt.timedelta(hours=3)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=" \t\u3000\xa0a見出|-–—:>‒<_：｜/·", max_size=24))
def test_separators_are_the_full_scan_on_dense_titles(title: str) -> None:
    full = [(m.span(), m.group(0)) for m in TITLE_SEPARATOR_RE.finditer(title)]
    assert [(m.span(), m.group(0)) for m in _separators(title)] == full


_URL_YMD_REF = re.compile(r"(?<![\d])((?:19|20)\d{2})([/_-])([01]?\d)\2([0-3]?\d)(?=[/_.-]|$)")
_URL_COMPACT_REF = re.compile(r"(?<![\d])((?:19|20)\d{2})([01]\d)([0-3]\d)(?=[/_.-]|$)")


def _date_from_url_reference(url: str, today: dt.date) -> dt.date | None:
    """``date_from_url`` as it was written before its scan for a year."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    if not path:
        return None
    for pattern, groups in ((_URL_YMD_REF, (1, 3, 4)), (_URL_COMPACT_REF, (1, 2, 3))):
        for m in pattern.finditer(path):
            if m.start() > 0 and path[m.start() - 1] not in "/_-":
                continue
            try:
                value = dt.date(int(m.group(groups[0])), int(m.group(groups[1])), int(m.group(groups[2])))
            except ValueError:
                continue
            if dt.date(1990, 1, 1) <= value <= today + dt.timedelta(days=1):
                return value
    return None


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="0129/_-.ax", max_size=30))
def test_date_from_url_matches_the_full_scan(path: str) -> None:
    today = dt.date(2024, 6, 1)
    url = "https://news.test/" + path
    assert date_from_url(url, today=today) == _date_from_url_reference(url, today)


@pytest.mark.parametrize(
    "url",
    [
        "https://x.test/2020/01/09/a.html",
        "https://x.test/a/20200109/1.html",
        "https://x.test/12020/01/09/",
        "https://x.test/a-2019-13-01/2020/02/03/x",
        "https://x.test/no/date/here",
        "https://x.test/2030/01/01/future",
        "https://x.test/1989/05/05/old",
        "http://[bad/2020/01/01/",
    ],
)
def test_date_from_url_examples(url: str) -> None:
    today = dt.date(2024, 6, 1)
    assert date_from_url(url, today=today) == _date_from_url_reference(url, today)


def test_content_type_charsets_are_read_each_time() -> None:
    for _ in range(2):  # the second round is served by the cache
        assert header_charset({"Content-Type": "text/html; charset=windows-1251"}) == "cp1251"
        assert header_charset({"content-type": 'text/html; Charset="UTF-8"'}) == "utf-8"
        assert header_charset({"Content-Type": "text/html"}) is None
        assert header_charset({"Content-Type": "text/html; charset=nonsense-x"}) is None
    long_value = "text/html; " + "x=1; " * 100 + "charset=koi8-r"
    assert header_charset({"Content-Type": long_value}) == "koi8-r"
    assert header_charset({"X-Other": "charset=koi8-r", "Content-Type": "text/html"}) is None


def test_text_of_an_element_is_its_itertext() -> None:
    """``_text``'s shortcut for elements without children, on every element of every fixture page."""
    checked = 0
    for path in sorted(FIXTURES.glob("*/*.html")):
        root = _parse(path.read_bytes().decode("utf-8", "replace"))
        if root is None:
            continue
        for el in root.iter():
            if isinstance(el.tag, str):
                assert _text(el) == "".join(el.itertext())[:5000]
                checked += 1
    assert checked > 2_000


def test_a_reused_parser_gives_independent_trees() -> None:
    first = _parse("<html><head><title>One</title></head><body><p>a</p></body></html>")
    second = _parse("<html><head><title>Two</title></head><body><h1>b</h1></body></html>")
    assert first is not second
    assert [el.tag for el in first.iter()] == ["html", "head", "title", "body", "p"]
    assert first.findtext(".//title") == "One"
    assert second.findtext(".//title") == "Two"
    assert _parse("   ") is None


def test_parsing_in_threads_gives_each_its_own_tree() -> None:
    pages = [f"<html><head><title>T{i}</title></head><body><h1>H{i}</h1></body></html>" for i in range(40)]

    def titles(i: int) -> tuple[str, str]:
        root = _parse(pages[i])
        return root.findtext(".//title"), root.findtext(".//h1")

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(titles, range(40))) == [(f"T{i}", f"H{i}") for i in range(40)]


# The visible-date patterns as they were written before they were made to start with a character class (with
# the prepositions and month lengths added since: Papiamentu "di", Catalan "d'", Gaelic "Am"/"An t-", 13
# letters, Esperanto's ordinal "-a"/"-an", Maltese "ta'", Breton "a viz").
_YEAR_REF = r"(?P<y>(?:19|20)\d{2})"
_DATE_PATTERN_PAIRS = [
    (
        re.compile(
            r"(?<![\d.])(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|e|º|°|\.|-(?:nj[iy]|an?(?=\s))?)?\s*"
            r"(?:de\s+|of\s+|d[ia]\s+|d['’]|[Aa][mn]\s+(?:t-)?|ta['’]\s*|a\s+viz\s+(?:[Cc]['’](?=h))?)?"
            r"(?P<m>[^\W\d_]{3,13})\.?,?"
            r"\s*(?:de\s+|d[ae]l\s+)?" + _YEAR_REF + r"(?!\d)"
        ),
        _DAY_MONTH_YEAR,
    ),
    (
        re.compile(
            r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[./-]|\.[ \u00a0])(?P<b>[01]?\d)(?P=sep)"
            + _YEAR_REF
            + r"(?![\d])"
        ),
        _NUMERIC_DMY,
    ),
    (
        re.compile(
            r"(?<![\d.])" + _YEAR_REF + r"(?P<sep>[./-])(?P<b>[01]?\d)(?P=sep)(?P<a>[0-3]?\d)(?![\d])"
        ),
        _NUMERIC_YMD,
    ),
]


def assert_date_patterns_match_as_before(text: str) -> None:
    for before, now in _DATE_PATTERN_PAIRS:
        expected = [(m.span(), m.groupdict()) for m in before.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in now.finditer(text)] == expected


DATE_PIECES = st.lists(
    st.sampled_from(
        [
            *"0123456789.-/ ,ºe°x",
            *("19", "20", "2021", "1999", "31", "de ", "of ", "del ", "March", "janv", "января", "st", "th"),
            *("٣", "٢٠٢١", "\u00a0", ".1", "\n"),
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(DATE_PIECES)
def test_date_patterns_match_as_before(text: str) -> None:
    assert_date_patterns_match_as_before(text)


@pytest.mark.parametrize(
    "text",
    [
        "Published 9 March 2021, updated 10.03.2021 and 2021-03-11; 1999/12/31 or 31/12/1999",
        "3.9 March 2021 and 39 March 2021 and 109 March 2021 and 0.5 2021",
        "1er janvier 2020, 9 de enero de 2020, 9th Jan. 2020, 9.jan.2020, 9 января 2020 г.",
        "12020-01-01 2019-1-1 .2019-01-01 a2019-01-01 ٢٠٢١-٠١-٠١",
    ],
)
def test_date_patterns_match_as_before_on_examples(text: str) -> None:
    assert_date_patterns_match_as_before(text)


def test_visible_dates_are_still_found() -> None:
    text = "Published 9 March 2021, updated 10.03.2021 and 2021-03-11; 3.9 March 2021 is not one"
    assert [(d.isoformat(), start) for d, start, _end in find_text_dates(text)] == [
        ("2021-03-09", 10),
        ("2021-03-10", 32),
        ("2021-03-11", 47),
    ]


MONTH_DAY_PIECES = st.lists(
    st.sampled_from(
        [
            *"0123456789., \n\t_x",
            *("19", "20", "2021", "March", "Jan", "Sept", "abcdefghijklm", "ab", "января", "th", "st", "Ab."),
            *("\u00a0", "\u3000", "٣", "²", "½"),
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=5000, deadline=None)
@given(MONTH_DAY_PIECES)
def test_month_day_year_matches_the_full_scan(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in _MONTH_DAY_YEAR.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _month_day_year(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Published March 9, 2021 and Jan. 10th 2022, Sept  11 2023",
        "xMarch 9, 2021 March 9, 20211 Abcdefghijklmn 9 2021 Decembers 9, 2021",
        "March 9, 2021March 10, 2021 . 9 2021 ² 9 2021 janv 9 2021",
    ],
)
def test_month_day_year_examples(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in _MONTH_DAY_YEAR.finditer(text)]
    assert expected
    assert [(m.span(), m.groupdict()) for m in _month_day_year(text)] == expected


def test_title_pieces_shortcut_is_on() -> None:
    assert soft404._PIECE_KEY is not None  # SEPARATORS is the one _split_pieces was written for
    assert soft404._PIECES.groups == 0  # split returns the pieces only


def _full_split(title: str) -> list[str]:
    """The pieces the whole pattern's split gives, without the empty and blank ones (which every reader of
    the pieces dropped, and ``_split_pieces`` drops since the forty-first session's debt1)."""
    return [p for p in soft404._PIECES.split(title) if p and p.strip()]


@settings(max_examples=5000, deadline=None)
@given(st.text(alphabet=" \t\xa0ab:|-‐–—·•»/!?.,;()[]x", max_size=24))
def test_title_pieces_are_the_full_split(title: str) -> None:
    assert soft404._split_pieces(title) == _full_split(title)


@pytest.mark.parametrize(
    "title",
    [
        "Page not found | The Loopback Herald",
        "Oops! Page not found.",
        "Ошибка 404 : страница не найдена — НТВ.Ru",
        "Headline (Site) [x]",
        " : x",
        "a :: b | c » d",
        "",
    ],
)
def test_title_pieces_examples(title: str) -> None:
    assert soft404._split_pieces(title) == _full_split(title)


def test_error_titles_are_judged_alike_each_time() -> None:
    for _ in range(2):  # the second round is served by the piece cache
        assert soft404.is_error_title("Page not found | The Loopback Herald", ["The Loopback Herald"])
        assert soft404.is_error_title("404 Not Found")
        assert not soft404.is_error_title(
            "Page not found | Storm closes the harbour", ["The Loopback Herald"]
        )
        assert not soft404.is_error_title("Storm closes the harbour | The Loopback Herald")
        assert soft404._text_kind("page not found") == "error"
        assert soft404._text_kind("oops") == "filler"
        assert soft404._text_kind("Storm closes the harbour") is None


@pytest.mark.parametrize(
    ("urls", "labels"),
    [
        (["https://www.themoscowtimes.com/a", "https://WWW.TheMoscowTimes.com/b?x=1"], ("themoscowtimes",)),
        (["https://news.bbc.co.uk/1", "http://news.bbc.co.uk/2#f"], ("bbc", "news")),
        (["http://127.0.0.1:8080/x", "http://127.0.0.1:9/y"], ("127",)),
        (["https://localhost/p"], ("localhost",)),
        (["http://[bad/x", "not a url"], ()),
    ],
)
def test_host_labels_per_host_are_right_for_every_url(urls: list[str], labels: tuple[str, ...]) -> None:
    for _ in range(2):  # the second round is served by both caches
        for url in urls:
            assert host_labels(url) == tuple(squash(label) for label in labels)
            assert isinstance(host_labels(url), tuple)  # immutable: sharing it is safe


_NOTE_PIECES = [
    "first published",
    "originally published",
    " published",
    "irst published",
    "First Published",
    "x",
    "<p>",
    " ",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_NOTE_PIECES), max_size=8).map("".join),
    st.integers(min_value=0, max_value=140),
    st.integers(min_value=0, max_value=140),
)
def test_first_published_note_scan_is_a_search_for_each_phrase(text: str, start: int, end: int) -> None:
    """One scan for " published" finds a first-publication note exactly where a search for each phrase in the
    window would (the phrase must lie wholly inside it)."""
    assert _notes_first_published(text, start, end) == any(
        text.find(w, start, end) >= 0 for w in _FIRST_PUBLISHED
    )
