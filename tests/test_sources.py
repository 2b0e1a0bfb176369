"""The sources.txt manifest: what it reads, how it says what is wrong, and that writing it round-trips."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from linkcheck.errors import InputError, ManifestError
from linkcheck.models import Article, Citation, PartialDate
from linkcheck.sources import format_sources, iter_sources, parse_sources, read_sources
from tests.strategies import url_like

ROOT = Path(__file__).resolve().parent.parent

SEED_MANIFEST = """\
# comments and blank lines are ignored
@article | date: 2020-01-09 | title: Iraq and the S-300 | url: https://example.org/iraq-s300

https://ria.ru/20200109/1563219328.html | outlet: RIA Novosti | date: 2020-01-09
https://www.example.com/story | title: "A title with | a pipe" | date: 2019-09
"""


def test_reads_urls_fields_and_article_group() -> None:
    first, second = parse_sources(SEED_MANIFEST, "sources.txt")
    article = Article(
        date=PartialDate(2020, 1, 9),
        title="Iraq and the S-300",
        url="https://example.org/iraq-s300",
        source="sources.txt",
        line=2,
    )
    assert first == Citation(
        url="https://ria.ru/20200109/1563219328.html",
        outlet="RIA Novosti",
        date=PartialDate(2020, 1, 9),
        source="sources.txt",
        line=4,
        article=article,
    )
    assert second.title == "A title with | a pipe"
    assert second.date == PartialDate(2019, 9)
    assert second.line == 5
    assert second.article == article


def test_citations_before_any_article_line_have_no_article() -> None:
    (citation,) = parse_sources("https://example.org/a | date: 2020")
    assert citation.article is None
    assert citation.date == PartialDate(2020)
    assert citation.source == "<string>"
    assert citation.line == 1


def test_a_bare_article_line_ends_the_group() -> None:
    text = "@article | date: 2020-01-09\nhttps://a.example/1\n@article\nhttps://a.example/2\n"
    first, second = parse_sources(text)
    assert first.article is not None
    assert first.article.date == PartialDate(2020, 1, 9)
    assert second.article is None


def test_new_article_line_starts_a_new_group() -> None:
    text = "@article | date: 2020-01-09\nhttps://a.example/1\n@article | date: 2021-02\nhttps://a.example/2\n"
    first, second = parse_sources(text)
    assert first.article is not None
    assert second.article is not None
    assert (first.article.date, second.article.date) == (PartialDate(2020, 1, 9), PartialDate(2021, 2))
    assert second.article.line == 3


def test_all_fields_including_archive_and_access_date() -> None:
    (citation,) = parse_sources(
        "https://example.org/x | title: T | date: 2020-01 | outlet: O | note: N"
        " | archive: https://archive.example/web/2020/https://example.org/x | accessed: 2021-03-04"
    )
    assert citation.title == "T"
    assert citation.outlet == "O"
    assert citation.note == "N"
    assert citation.archive_url == "https://archive.example/web/2020/https://example.org/x"
    assert citation.access_date == PartialDate(2021, 3, 4)


def test_keys_are_case_insensitive_and_wikitext_spellings_are_aliases() -> None:
    (citation,) = parse_sources(
        "https://example.org/x | Title: T | archive-url: https://a.example/x | access-date: 2021"
    )
    assert citation.title == "T"
    assert citation.archive_url == "https://a.example/x"
    assert citation.access_date == PartialDate(2021)


def test_whitespace_crlf_bom_and_bare_cr_are_tolerated() -> None:
    text = "\ufeff  # comment\r\n\r\n\t https://a.example/1  |title:  Spaced  out  |  date:2020 \r\nhttps://a.example/2\r"
    first, second = parse_sources(text)
    assert (first.url, first.title, first.date, first.line) == (
        "https://a.example/1",
        "Spaced  out",
        PartialDate(2020),
        3,
    )
    assert (second.url, second.line) == ("https://a.example/2", 4)


def test_fragments_are_part_of_the_url_not_a_comment() -> None:
    (citation,) = parse_sources("https://example.org/page#section-2 | title: A #1 hit")
    assert citation.url == "https://example.org/page#section-2"
    assert citation.title == "A #1 hit"


def test_quoted_values_escapes_and_quotes_inside_unquoted_values() -> None:
    (first, second, third) = parse_sources(
        'https://a.example/1 | title: "He said \\"no\\" | twice" | note: "  padded  "\n'
        'https://a.example/2 | title: The "quoted" word\n'
        '"https://a.example/3|pipe" | note: "back\\\\slash and \\n newline"\n'
    )
    assert first.title == 'He said "no" | twice'
    assert first.note == "  padded  "
    assert second.title == 'The "quoted" word'
    assert third.url == "https://a.example/3|pipe"
    assert third.note == "back\\slash and \n newline"


def test_non_web_schemes_are_valid_citations() -> None:
    urls = [c.url for c in parse_sources("mailto:desk@example.org\nftp://files.example.org/a.pdf\n")]
    assert urls == ["mailto:desk@example.org", "ftp://files.example.org/a.pdf"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("www.example.com/story", "has no scheme: 'www.example.com/story'; write it in full, e.g. 'https://"),
        ("Iraq resumed talks", "expected a URL (https://...) at the start of the line, got 'Iraq resumed"),
        ("title: Something", "expected a URL at the start of the line, found the field 'title'"),
        (
            "https://a.example | titel: x",
            "unknown field 'titel' at column 21 in a citation line; known fields: ",
        ),
        ("https://a.example | url: https://b", "the URL is the first thing on the line"),
        ("https://a.example | date: 2020-13-01", "bad date: not a calendar date: '2020-13-01'"),
        ("https://a.example | date: 2020-00", "bad date: not a calendar date: '2020-00'"),
        ("https://a.example | date: 2020-01-00", "bad date: not a calendar date: '2020-01-00'"),
        ("https://a.example | accessed: 2024-00-05", "bad accessed: not a calendar date: '2024-00-05'"),
        ("https://a.example | date: 9 Jan 2020", "bad date: expected a date as YYYY-MM-DD, YYYY-MM or YYYY"),
        ("https://a.example | title: a | Title: b", "duplicate field 'title' at column 32"),
        ('https://a.example | title: "open', "unterminated quote in 'title' (opened at column 28)"),
        ('https://a.example | title: "a" b', "unexpected text 'b' after the closing quote of 'title'"),
        (
            "https://a.example | no colon here",
            "expected 'key: value' after '|' at column 21, got 'no colon here'",
        ),
        ("https://a.example | | title: x", "empty field after the '|' at column 19"),
        ("https://a.example |", "empty field after the '|'"),
        ("https://a.example | title:", "field 'title' at column 21 has no value"),
        ("https://a.example/a b", "the URL contains a space"),
        ("http:///path", "the URL has no host"),
        ("https://[::1/x", "the URL is not valid"),
        ("| title: x", "missing URL"),
        ("@articel | date: 2020", "unknown directive '@articel'"),
        ("@article date: 2020", "unexpected text after '@article'"),
        ("@article | outlet: X", "that field belongs on a citation line, not on @article"),
        ("@article | date: 2020-02-30", "bad date: not a calendar date"),
        ("https://a.example | archive: mailto:x@y", "field 'archive' must be an http(s) URL"),
        ("https://a.example | accessed: yesterday", "bad accessed: expected a date"),
    ],
)
def test_malformed_lines_name_file_line_and_what_is_expected(line: str, message: str) -> None:
    text = f"# header\n\nhttps://ok.example/\n{line}\nhttps://after.example/\n"
    with pytest.raises(ManifestError) as info:
        parse_sources(text, "sources.txt")
    assert info.value.source == "sources.txt"
    assert info.value.line == 4
    assert message in info.value.message
    assert str(info.value).startswith("sources.txt:4: ")


def test_column_numbers_count_leading_whitespace() -> None:
    with pytest.raises(ManifestError, match="column 25"):
        parse_sources("    https://a.example | bogus: x")


def test_keep_going_turns_bad_lines_into_error_citations_and_parses_the_rest() -> None:
    text = (
        "@article | date: 2020-01-09\n"
        "https://a.example/1\n"
        "www.example.com/nope | title: x\n"
        "https://a.example/2 | date: never\n"
        "@article | date: 2020-99\n"
        "https://a.example/3\n"
    )
    results = parse_sources(text, "s.txt", keep_going=True)
    assert [(c.url, c.line, c.error is None) for c in results] == [
        ("https://a.example/1", 2, True),
        ("www.example.com/nope", 3, False),
        ("https://a.example/2", 4, False),
        ("@article", 5, False),
        ("https://a.example/3", 6, True),
    ]
    assert results[1].error is not None
    assert "has no scheme" in results[1].error
    assert results[2].article is not None  # still in the first group
    # A broken @article line still ends the previous group: its citations are not the old article's.
    assert results[4].article is None
    assert all(c.source == "s.txt" for c in results)


def test_read_sources_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sources.txt"
    path.write_bytes(b"\xef\xbb\xbfhttps://a.example/ | title: \xd0\xa0\xd0\x98\xd0\x90\r\n")
    (citation,) = read_sources(path)
    assert citation.title == "РИА"
    assert citation.source == str(path)

    path.write_bytes(b"https://a.example/\nhttps://b.example/ | title: caf\xe9\n")
    with pytest.raises(InputError, match=r"sources\.txt:2: not UTF-8 text \(byte 0xe9"):
        read_sources(path)
    with pytest.raises(InputError, match="no such file"):
        read_sources(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_sources(tmp_path)
    path.write_text("https://a.example/ | bogus: 1\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"sources\.txt:1: unknown field"):
        read_sources(str(path))


def test_the_top_level_sources_txt_describes_the_seed_article() -> None:
    citations = read_sources(ROOT / "sources.txt")
    assert [c.url for c in citations] == [
        "https://ria.ru/20200109/1563219328.html",
        "https://tass.ru/politika/7487995",
        "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes",
    ]
    ria, tass, mt = citations
    assert (ria.outlet, ria.date) == ("RIA Novosti", PartialDate(2020, 1, 9))
    assert tass.outlet == "TASS"
    assert mt.title == "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"
    assert mt.outlet == "The Moscow Times"
    assert all(c.article is not None and c.article.date == PartialDate(2020, 1, 9) for c in citations)


def _info(citation: Citation) -> tuple[object, ...]:
    article = citation.article
    article_info = None
    if article is not None and (article.date, article.title, article.url) != (None, None, None):
        article_info = (article.date, article.title, article.url)
    return (
        citation.url,
        citation.title,
        citation.date,
        citation.outlet,
        citation.note,
        citation.archive_url,
        citation.access_date,
        article_info,
    )


def test_format_sources_round_trips_the_seed_manifest() -> None:
    citations = parse_sources(SEED_MANIFEST, "sources.txt")
    written = format_sources(citations)
    assert "# sources.txt:4\n" in written
    assert 'title: "A title with | a pipe"' in written
    assert [_info(c) for c in parse_sources(written)] == [_info(c) for c in citations]


def test_format_sources_writes_error_citations_as_comments() -> None:
    citations = parse_sources("https://a.example/\nnot a url\n", "s.txt", keep_going=True)
    written = format_sources(citations, comments=False)
    assert written == "https://a.example/\n# could not read (s.txt:2): " + (
        "expected a URL (https://...) at the start of the line, got 'not a url'\n# not a url\n"
    )
    assert [c.url for c in parse_sources(written)] == ["https://a.example/"]


# --- properties -----------------------------------------------------------------------------------------

_text_value = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=30)
_dates = st.builds(
    PartialDate.from_date, st.dates(min_value=__import__("datetime").date(1000, 1, 1))
) | st.builds(PartialDate, st.integers(1000, 9999), st.integers(1, 12))
_hosts = st.from_regex(r"[a-z0-9]{1,10}(\.[a-z0-9]{1,8}){0,2}", fullmatch=True)
_paths = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc")), max_size=20)
_urls = st.builds(lambda s, h, p: f"{s}://{h}/{p}", st.sampled_from(["http", "https"]), _hosts, _paths)
_articles = st.none() | st.builds(
    Article,
    date=st.none() | _dates,
    title=st.none() | _text_value,
    url=st.none() | _urls,
)
_citations = st.builds(
    Citation,
    url=_urls,
    title=st.none() | _text_value,
    date=st.none() | _dates,
    outlet=st.none() | _text_value,
    note=st.none() | _text_value,
    article=_articles,
    archive_url=st.none() | _urls,
    access_date=st.none() | _dates,
    source=st.sampled_from(["<string>", "a.md"]),
    line=st.none() | st.integers(1, 10_000),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_citations, max_size=6))
def test_format_then_parse_round_trips(citations: list[Citation]) -> None:
    parsed = parse_sources(format_sources(citations))
    assert [_info(c) for c in parsed] == [_info(c) for c in citations]


_manifest_alphabet = st.sampled_from([*'|:"\\#@ \t\r\n\ufeff-/.', "https://", "title", "date", "a", "é"])


@settings(max_examples=500, deadline=None)
@given(st.text() | st.lists(_manifest_alphabet, max_size=40).map("".join))
def test_arbitrary_text_raises_only_manifest_error(text: str) -> None:
    try:
        citations = parse_sources(text, "fuzz.txt")
    except ManifestError as exc:
        error: ManifestError | None = exc
    else:
        error = None
        assert all(c.error is None and c.line is not None for c in citations)
    if error is not None:
        assert error.source == "fuzz.txt"
        assert 1 <= error.line <= text.count("\n") + text.count("\r") + 1


@settings(max_examples=300, deadline=None)
@given(st.text() | st.lists(_manifest_alphabet, max_size=40).map("".join))
def test_keep_going_never_raises_and_reports_every_bad_line(text: str) -> None:
    citations = parse_sources(text, "fuzz.txt", keep_going=True)
    for citation in citations:
        assert citation.line is not None
        if citation.error is not None:
            with pytest.raises(ManifestError):
                parse_sources(text, "fuzz.txt")


# --------------------------------------------------------------------------------------------------------
# iter_sources: the generator behind parse_sources
# --------------------------------------------------------------------------------------------------------


def test_iter_sources_reads_no_further_than_the_citation_it_yields() -> None:
    read: list[int] = []

    def lines() -> Iterator[str]:
        for number, line in enumerate(
            ["https://a.example/1", "# a comment", "https://a.example/2", "https://a.example/3"], start=1
        ):
            read.append(number)
            yield line

    citations = iter_sources(lines(), "s.txt")
    assert read == []  # nothing is read before the first citation is asked for
    first = next(citations)
    assert (first.url, first.line) == ("https://a.example/1", 1)
    assert read == [1]
    second = next(citations)
    assert (second.url, second.line) == ("https://a.example/2", 3)
    assert read == [1, 2, 3]


def test_iter_sources_yields_the_lines_above_a_malformed_one_then_raises_there() -> None:
    citations = iter_sources(
        iter(["https://a.example/1\n", "https://a.example/2 | titel: x\n", "oops\n"]), "s.txt"
    )
    assert next(citations).url == "https://a.example/1"
    with pytest.raises(ManifestError, match=r"^s\.txt:2: unknown field 'titel'"):
        next(citations)


@pytest.mark.parametrize(
    "text",
    [
        SEED_MANIFEST,
        (ROOT / "sources.txt").read_text(encoding="utf-8-sig"),
        "\ufeff  # comment\r\n\r\n\t https://a.example/1  |title:  Spaced  out  |  date:2020 \r\nhttps://a.example/2\r",
        "https://a.example/1\r@article | date: 2020\r\nhttps://a.example/2 | date: 2019\n\n@article\rhttps://a.example/3",
        'https://a.example/ok\nwww.example.com/bad\n@articel\nhttps://a.example/after | title: "x | y"\n',
        "",
        "\n\r\n\r",
    ],
)
def test_iter_sources_gives_what_parse_sources_gives(text: str) -> None:
    for keep_going in (False, True):
        try:
            expected: list[Citation] | str = parse_sources(text, "s.txt", keep_going=keep_going)
        except ManifestError as exc:
            expected = str(exc)
        # The same text as lines without their endings, and as a file opened with newline=None gives them.
        for lines in (
            text.replace("\r\n", "\n").replace("\r", "\n").split("\n"),
            text.splitlines(keepends=True),
        ):
            try:
                got: list[Citation] | str = list(iter_sources(lines, "s.txt", keep_going=keep_going))
            except ManifestError as exc:
                got = str(exc)
            assert got == expected


def test_iter_sources_numbers_crlf_and_bare_cr_lines_and_drops_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_bytes(
        b"\xef\xbb\xbf# a comment\r\n"
        b"https://a.example/1 | title: \xd0\xa0\xd0\x98\xd0\x90\r"
        b"\r\n"
        b"https://a.example/2\n"
        b"https://a.example/3"
    )
    with open(path, encoding="utf-8-sig", newline=None) as handle:
        citations = list(iter_sources(handle, "s.txt"))
    assert [(c.url, c.line) for c in citations] == [
        ("https://a.example/1", 2),
        ("https://a.example/2", 4),
        ("https://a.example/3", 5),
    ]
    assert citations[0].title == "РИА"
    assert citations == parse_sources(path.read_text(encoding="utf-8-sig"), "s.txt")
    # A BOM left at the start of the first line (text decoded as plain UTF-8) is dropped too.
    (first, *_) = iter_sources(["\ufeffhttps://a.example/1\r\n"])
    assert (first.url, first.line) == ("https://a.example/1", 1)


@settings(max_examples=300, deadline=None)
@given(st.text() | st.lists(_manifest_alphabet, max_size=40).map("".join), st.booleans())
def test_iter_sources_over_a_files_lines_equals_parse_sources(text: str, keep_going: bool) -> None:
    # What a file object opened with newline=None yields: lines split at CR LF, CR or LF, each ending in LF.
    lines = [line + "\n" for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines[-1] = lines[-1][:-1]
    try:
        expected: list[Citation] | str = parse_sources(text, "f.txt", keep_going=keep_going)
    except ManifestError as exc:
        expected = str(exc)
    try:
        got: list[Citation] | str = list(iter_sources(lines, "f.txt", keep_going=keep_going))
    except ManifestError as exc:
        got = str(exc)
    assert got == expected


def _full_split(line: str) -> object:
    """What the character-by-character reader makes of ``line`` (its error, or its fields)."""
    from linkcheck import sources

    original = sources._split_plain
    sources._split_plain = lambda _line: None  # type: ignore[assignment]
    try:
        return sources._split_fields(line)
    except sources._LineError as exc:
        return exc
    finally:
        sources._split_plain = original  # type: ignore[assignment]


@settings(max_examples=5000, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["https://a.example/x", " ", "\t", "|", ":", '"', "\\", "title", "date", "T i", "\u00a0"]
            ),
            st.text(alphabet='ab |:"\\\t-_1', max_size=6),
        ),
        max_size=12,
    ).map("".join)
)
def test_the_plain_line_splitter_reads_lines_as_the_full_reader_does(line: str) -> None:
    from linkcheck.sources import _LineError, _split_plain

    line = line.rstrip()
    plain = _split_plain(line)
    full = _full_split(line)
    if plain is not None:  # taken only for lines the full reader accepts, with the same fields and columns
        assert not isinstance(full, _LineError), line
        assert plain == full
    elif '"' not in line:  # declined without a quote: the full reader has a mistake to report
        assert isinstance(full, _LineError), line


@settings(max_examples=3000, deadline=None)
@given(url_like)
@example("http://a[b/")
@example("http://[::1]:8080/")
@example("http://user@a.example/")
@example("http://\u00e9.example/")
@example("https://a.example/x y")
@example("http://:80/")
def test_a_url_taken_without_the_full_checks_passes_them(url: str) -> None:
    import re as re_

    from linkcheck import sources

    fast = sources.plain_netloc(url) is not None
    original = sources._PLAIN_WEB_URL
    sources._PLAIN_WEB_URL = re_.compile(r"(?!)")  # matches nothing: every URL takes the full checks
    try:
        full = sources._check_url(url, field_name=None, raw=url)
    except sources._LineError as exc:
        full = exc  # type: ignore[assignment]
    finally:
        sources._PLAIN_WEB_URL = original
    if fast:
        assert full == url
        assert sources._check_url(url, field_name=None, raw=url) == url
