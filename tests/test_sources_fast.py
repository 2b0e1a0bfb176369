"""The manifest reader's fast path for plain lines (``sources._plain_citation``) held to the full reader.

The full reader (``_parse_citation_line``: ``_split_fields``, ``_check_keys``, ``_check_url``,
``PartialDate``) is the reference: it is forced by replacing ``_plain_citation`` with a function that always
declines. Lines are generated around the plain shape ``URL | title: ... | date: YYYY-MM-DD | outlet: ...`` and
just off it: odd hosts, ports and brackets, keys in other spellings, unknown or repeated, empty values,
quotes, white space other than a space, dates that are not dates, text outside ASCII.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from linkcheck import models, sources
from linkcheck.errors import ManifestError
from linkcheck.models import Article, Citation, PartialDate
from linkcheck.sources import CITATION_KEYS, KEY_ALIASES, iter_source_urls, iter_sources, parse_sources
from tests.strategies import url_like

ARTICLE = Article(date=PartialDate(2020, 1, 9), title="T", source="s.txt", line=1)
COMMON = (
    "http://127.0.0.1:44777/sport/2021/02/24/minister-vaccine-a2104.html | title: Minister vaccine faces"
    " budget | date: 2021-02-24 | outlet: The Loopback Herald"
)


@contextmanager
def full_reader() -> Iterator[None]:
    """Every line read by the full reader: the fast path declines them all."""
    original = sources._plain_citation
    sources._plain_citation = lambda *_args: None
    try:
        yield
    finally:
        sources._plain_citation = original


def plain(line: str, article: Article | None = ARTICLE) -> Citation | None:
    """What the fast path makes of one line: its citation, or ``None`` (the full reader's to read)."""
    return sources._plain_citation(line, "s.txt", 7, article, sources._new_citation)


def read_line(line: str, article: Article | None = ARTICLE) -> Citation | str:
    """What the full reader makes of one citation line: its citation, or its message."""
    try:
        return sources._parse_citation_line(line, "s.txt", 7, article)
    except sources._LineError as exc:
        return exc.message


def outcome(read: Callable[[], list[Citation]]) -> list[Citation] | str:
    try:
        return read()
    except ManifestError as exc:
        return f"{exc}"


def both_ways(lines: list[str], keep_going: bool) -> tuple[list[Citation] | str, list[Citation] | str]:
    """``iter_sources`` over ``lines`` as it is and with the full reader forced; and ``iter_source_urls``,
    held to the citations' URLs (or the same error)."""
    sources._PLAIN_DATES.clear()  # a date read before must not change anything, nor its absence
    fast = outcome(lambda: list(iter_sources(lines, "s.txt", keep_going=keep_going)))
    with full_reader():
        full = outcome(lambda: list(iter_sources(lines, "s.txt", keep_going=keep_going)))
    for cleared in (True, False):
        if cleared:
            sources._PLAIN_DATES.clear()
        try:
            urls: list[str] | str = list(iter_source_urls(lines, "s.txt", keep_going=keep_going))
        except ManifestError as exc:
            urls = f"{exc}"
        assert urls == (full if isinstance(full, str) else [citation.url for citation in full])
    return fast, full


# ---- strategies -------------------------------------------------------------------------------------------

_space = st.sampled_from(["", " ", " ", " ", "  ", "\t", "\u00a0", "\u3000", "\x1c"])
_plain_urls = st.sampled_from(
    [
        "https://a.example/x",
        "http://127.0.0.1:8080/p?q=1&r=%20#f",
        "HTTP://A.EXAMPLE",
        "hTtPs://a-b.example.:/",
        "https://a.example:443",
        "http://a.example/~user/(x)*'!$,;=@:[]{}^`",
        "http://a.example?",
        "http://a.example#",
    ]
)
_odd_urls = st.sampled_from(
    [
        "http://[::1]:8080/",
        "http://a[b/",
        "http://user@a.example/",
        "http://a_b.example/",
        "http://\u00e9.example/",
        "https://a.example/\u00fc",
        "https://a.example/x\x7f",
        "https://a.example/x\x01",
        "https://a.example/x\u00a0y",
        "http://:80/",
        "http:///x",
        "https:/a.example",
        "https//a.example",
        "ftp://a.example/f",
        "mailto:a@b.example",
        "www.example.com/x",
        "a.example",
        "title: x",
        "date:2020",
        "url: https://a.example",
        "@article",
        "#",
        "",
        '"https://a.example/q"',
        "https://a.example/a'b",
        "https://a.example/\\",
    ]
)
_heads = st.one_of(_plain_urls, _odd_urls, url_like, st.text(max_size=6))
_keys = st.one_of(
    st.sampled_from([*CITATION_KEYS, *KEY_ALIASES]),
    st.sampled_from([*CITATION_KEYS, *KEY_ALIASES]).map(str.capitalize),
    st.sampled_from(["URL", "url", "titles", "tit le", "x", "", "Archive-URL", "access date", "\u017ftitle"]),
)
_colons = st.sampled_from([":", ":", ":", "", "::", " :", "\t:", "\uff1a"])
_dates = st.sampled_from(
    [
        "2020-01-09",
        "2021-02-24",
        "2020-01",
        "2020",
        "1999-12-31",
        "2020-02-29",
        "2019-02-29",
        "2020-02-30",
        "2020-00-05",
        "2020-00",
        "2020-13",
        "2020-12-00",
        "0000",
        "0000-01-01",
        "9999-12-31",
        "\u0662\u0660\u0662\u0660-\u0660\u0661-\u0660\u0669",
        "2020-1-9",
        "20200109",
        "2020/01/09",
        "2020-01-09T10:00",
        "2020-01-09 x",
        "2020 -01",
        "\uff12\uff10\uff12\uff10",
    ]
)
_values = st.one_of(
    _dates,
    _plain_urls,
    _odd_urls,
    st.sampled_from(
        [
            "A title",
            "The Loopback Herald",
            "",
            " ",
            '"quoted | pipe"',
            '""',
            '"',
            'a "b" c',
            "x:y",
            "\u00dcber die Br\u00fccke",
            "\u0420\u0418\u0410 \u041d\u043e\u0432\u043e\u0441\u0442\u0438",
            "a\\b",
            "\u00a0",
            "tab\tinside",
        ]
    ),
    st.text(alphabet='ab :|"\\\t\u00e9\u00a0-0', max_size=8),
)
_fields = st.tuples(_space, _keys, _space, _colons, _space, _values, _space).map("".join)


_good_dates = st.sampled_from(["2020-01-09", "2021-02-24", "1999-12-31", "2020-02-29", "2020-01", "2020"])
_plain_values = st.sampled_from(
    ["A title", "The Loopback Herald", "x:y", "\u00dcber die Br\u00fccke", "a\\b", "tab\tinside", "a  b", "N"]
)


@st.composite
def citation_lines(draw: st.DrawFn) -> str:
    """A citation line: mostly plain ones (a plain URL, known keys), some just off the plain shape."""
    if draw(st.integers(0, 2)):  # near the common line: known keys, plain values, one thing perhaps changed
        unique = draw(st.integers(0, 3)) > 0  # each field once, as a valid line has it
        keys = draw(
            st.lists(
                st.sampled_from([*CITATION_KEYS, *CITATION_KEYS, *KEY_ALIASES]),
                max_size=4,
                unique_by=(lambda key: KEY_ALIASES.get(key, key)) if unique else None,
            )
        )
        parts = [draw(_plain_urls)]
        for key in keys:
            name = KEY_ALIASES.get(key, key)
            if name in ("date", "accessed"):
                value = draw(st.one_of(_good_dates, _good_dates, _dates))
            elif name == "archive":
                value = draw(st.one_of(_plain_urls, _plain_urls, _odd_urls))
            else:
                value = draw(st.one_of(_plain_values, _plain_values, _values))
            parts.append(f"{key}: {value}")
        line = " | ".join(parts)
        if not draw(st.integers(0, 2)):  # one character changed, added or removed
            at = draw(st.integers(0, len(line)))
            char = draw(st.sampled_from(['"', "|", ":", " ", "\t", "\u00a0", "\u00e9", "-", "0", "x", ""]))
            line = line[:at] + char + line[at + draw(st.integers(0, 1)) :]
        return line
    head = draw(st.tuples(_space, _heads, _space).map("".join))
    bar = draw(st.sampled_from(["|", "|", "||"]))
    return head + "".join(bar + field for field in draw(st.lists(_fields, max_size=5)))


_other_lines = st.sampled_from(
    [
        "",
        "   ",
        "# a comment",
        "  # https://a.example/c | title: x",
        "@article",
        "@article | date: 2020-01-09 | title: An article | url: https://a.example/art",
        "@article | date: 2020-02-30",
        "@articles",
        "@article x",
        "@article | outlet: x",
    ]
)
_endings = st.sampled_from(["\n", "\n", "\r\n", "\r", "", " \n", "\t\r\n"])


@st.composite
def manifests(draw: st.DrawFn) -> str:
    """The text of a manifest, a byte-order mark perhaps."""
    lines = draw(st.lists(st.one_of(citation_lines(), citation_lines(), _other_lines), max_size=8))
    return draw(st.sampled_from(["", "\ufeff"])) + "".join(line + draw(_endings) for line in lines)


# ---- the fast path against the full reader ---------------------------------------------------------------


@settings(max_examples=4000, deadline=None)
@given(citation_lines(), st.sampled_from([None, ARTICLE]))
@example("https://a.example/x | title:  A  b  | date: 2021-02-24 | outlet: O", None)
@example("https://a.example/x|title:a|date:2020-02-30", None)
@example("https://a.example/x | date: 2020-00-05", None)
@example("https://a.example/x | date: \u0662\u0660\u0662\u0660", None)
@example("https://a.example/x | archive: http://[::1]/", None)
@example("https://a.example/x | archive: ftp://a.example/", None)
@example("https://a.example/x | archive-url: https://b.example/ | archive: https://b.example/", None)
@example("https://a.example/x | title: a | Title: b", None)
@example("https://a.example/x | title: \u00a0", None)
@example("https://a.example/x | title:", None)
@example("https://a.example/x |", None)
@example("https://a.example/x | title: x\u3000", None)
def test_the_fast_path_reads_a_line_as_the_full_reader_does(line: str, article: Article | None) -> None:
    line = line.rstrip()  # as iter_sources hands it over
    if not line.lstrip() or line.lstrip().startswith(("#", "@")):
        return
    sources._PLAIN_DATES.clear()
    fast = plain(line, article)
    event("fast path" if fast is not None else "full reader")
    if fast is not None:  # taken only for a line the full reader accepts, with the same citation
        assert fast == read_line(line, article), line
        # ...and again once its dates are remembered
        assert plain(line, article) == fast


@settings(max_examples=2000, deadline=None)
@given(manifests(), st.booleans())
def test_a_manifest_reads_the_same_with_and_without_the_fast_path(text: str, keep_going: bool) -> None:
    lines = io.StringIO(text, newline=None).readlines()  # what a file opened in text mode yields
    fast, full = both_ways(lines, keep_going)
    assert fast == full
    # ...and as parse_sources reads the same text whole, with the fast path and without
    assert outcome(lambda: parse_sources(text, "s.txt", keep_going=keep_going)) == full
    with full_reader():
        assert outcome(lambda: parse_sources(text, "s.txt", keep_going=keep_going)) == full


# ---- what the fast path takes, and each thing it leaves to the full reader -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        COMMON,
        "https://a.example/x",
        "  HTTPS://A.EXAMPLE:8080/x?y#z   |title:T|date:2020|outlet:O|note:N|archive:http://b.example/|accessed:2020-01",
        "https://a.example/x | archive-url: https://b.example/a | access_date: 2020-01-09",
        "https://a.example/x | date: 2020-02-29 | title: \u00dcber: die Br\u00fccke \u00a0",
    ],
)
def test_a_plain_line_takes_the_fast_path(line: str) -> None:
    line = line.rstrip()
    fast = plain(line)
    assert fast is not None
    assert fast == read_line(line)


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ('https://a.example/x | title: "a | b"', "a quote"),
        ('https://a.example/x | title: a "b" c', "a quote anywhere"),
        ("http://[::1]:8080/x | title: a", "a host in brackets"),
        ("http://\u00e9.example/ | title: a", "a host outside ASCII"),
        ("https://a.example/\u00fc | title: a", "a path outside ASCII"),
        ("https://a.example/x y | title: a", "a space in the URL"),
        ("www.example.com/x | title: a", "no scheme"),
        ("ftp://a.example/f", "not http(s)"),
        ("title: x | date: 2020", "a key where the URL goes"),
        ("https://a.example/x | Title: a", "a key in capitals"),
        ("https://a.example/x |  title: a", "two spaces before a key"),
        ("https://a.example/x | title : a", None),  # one space after the key is a spelling it knows
        ("https://a.example/x | title\t: a", "a tab before the colon (the full reader takes it)"),
        ("https://a.example/x | \u00a0title: a", "a no-break space before the key"),
        ("https://a.example/x | url: https://b.example/", "an unknown key"),
        ("https://a.example/x | title a", "no colon"),
        ("https://a.example/x | title:", "an empty value"),
        ("https://a.example/x | title: \u00a0", "a value of white space"),
        ("https://a.example/x | | title: a", "an empty field"),
        ("https://a.example/x |", "a bar at the end"),
        ("https://a.example/x | title: a | title: b", "a key given twice"),
        (
            "https://a.example/x | archive: https://b.example/ | archive_url: https://c.example/",
            "an alias twice",
        ),
        ("https://a.example/x | date: 2020-02-30", "not a calendar date"),
        ("https://a.example/x | date: 2020-1-9", "not YYYY-MM-DD"),
        ("https://a.example/x | accessed: yesterday", "an access date that is not a date"),
        ("https://a.example/x | archive: ftp://b.example/", "an archive that is not http(s)"),
        ("https://a.example/x | archive: http://[::1]/", "an archive URL that is not plain"),
        ("@article | date: 2020-01-09", "an @article line"),
    ],
)
def test_the_fast_path_leaves_these_to_the_full_reader(line: str, why: str | None) -> None:
    fast = plain(line)
    if why is None:
        assert fast == read_line(line)
        return
    assert fast is None, why
    for keep_going in (False, True):
        got, full = both_ways([line + "\n"], keep_going)
        assert got == full


def test_odd_dates_the_full_reader_accepts_read_the_same() -> None:
    # PartialDate.parse takes digits of any script: the fast path reads these as it does. A month or day 0 is
    # no date: the fast path leaves the line to the full reader, which names it.
    for text in ("2020-00-05", "2020-00", "2020-01-00"):
        line = f"https://a.example/x | date: {text}"
        assert plain(line, None) is None
        message = read_line(line, None)
        assert isinstance(message, str)
        assert "not a calendar date" in message
    for text in (
        "2020-01",
        "2020",
    ):
        line = f"https://a.example/x | date: {text} | accessed: {text}"
        sources._PLAIN_DATES.clear()
        fast = plain(line, None)
        assert fast is not None
        assert fast == read_line(line, None)
        assert fast.date == PartialDate.parse(text)


def test_remembered_dates_stay_bounded() -> None:
    sources._PLAIN_DATES.clear()
    for day in range(sources._PLAIN_DATES_MAX + 10):
        text = f"{1000 + day // 300:04d}-{1 + day // 28 % 12:02d}-{1 + day % 28:02d}"
        citation = plain(f"https://a.example/ | date: {text}", None)
        assert citation is not None
        assert citation.date == PartialDate.parse(text)
        assert len(sources._PLAIN_DATES) <= sources._PLAIN_DATES_MAX
    sources._PLAIN_DATES.clear()


def test_citations_are_built_with_their_fields_in_order() -> None:
    # The fast path passes Citation's fields by position: the order it assumes is Citation's.
    names = tuple(field.name for field in dataclasses.fields(Citation))
    assert names[: len(sources._CITATION_ORDER)] == sources._CITATION_ORDER
    # (by models._unchecked_citation, Citation's fields by position without its type check, since cost16;
    # not the fallback that passes them by name)
    assert sources._new_citation is models._unchecked_citation


def test_the_benchmark_line_reads_the_same_at_every_line_of_a_long_manifest() -> None:
    lines = ["# header\n", "@article | date: 2022-05-01\n"] + [
        COMMON.replace("2021-02-24", f"20{10 + n % 12}-{1 + n % 12:02d}-{1 + n % 28:02d}") + "\n"
        for n in range(300)
    ]
    fast, full = both_ways(lines, False)
    assert isinstance(fast, list)
    assert len(fast) == 300
    assert fast == full
