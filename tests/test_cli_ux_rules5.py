"""The rules the fifth command-line probe (``tests/test_cli_ux_probe5.py``) led to, each on small inputs, each
with what it must leave alone."""

from __future__ import annotations

import pytest

from linkcheck.cli import _manifest_line, for_stdout, looks_like_manifest, partial_report, url_hint
from linkcheck.errors import ManifestError
from linkcheck.models import Citation, Result, Status, Verdict
from linkcheck.report.text import display_width, render_text, wrap_for_terminal
from linkcheck.sources import parse_sources

# --- a scheme-less citation line keeps a manifest a manifest -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "www.example.com/story | title: A story",
        "127.0.0.1:8080/a |title:x",
        "news.example.org | outlet: Example News",
        "example.com/x?id=1 | Date: 2020-01-09",
    ],
)
def test_a_scheme_less_url_before_a_citation_field_is_a_manifest_line(line: str) -> None:
    assert _manifest_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "See www.example.com/story | title: A story",  # prose: a word before the host
        "www.example.com/story",  # a bare host in an article's text: no field after it
        "www.example.com/story | said the minister: no",  # no citation field
        "| Site | title: x |",  # a Markdown table row
        "Version 1.2 | notes: none",  # no citation key
    ],
)
def test_lines_that_are_no_scheme_less_citation_are_left_alone(line: str) -> None:
    assert not _manifest_line(line)


def test_a_manifest_with_one_scheme_less_line_stops_at_that_line() -> None:
    text = "https://a.example/1 | title: One\nwww.example.com/2 | title: Two\nhttps://a.example/3\n"
    assert looks_like_manifest(text)
    with pytest.raises(ManifestError, match=r"x.txt:2: the URL has no scheme"):
        parse_sources(text, "x.txt")


def test_an_article_mentioning_a_host_is_still_an_article() -> None:
    text = "The agency's site, www.example.com, said so.\nhttps://a.example/1\n"
    assert not looks_like_manifest(text)


# --- a byte-order mark opening any line --------------------------------------------------------------


def test_a_byte_order_mark_where_two_manifests_were_joined_is_dropped() -> None:
    citations = parse_sources("https://a.example/1\n\ufeffhttps://a.example/2 | title: Two\n", "all.txt")
    assert [c.url for c in citations] == ["https://a.example/1", "https://a.example/2"]
    assert citations[1].line == 2


def test_a_byte_order_mark_inside_a_value_is_left_alone() -> None:
    (citation,) = parse_sources("https://a.example/1 | title: A\ufeffB\n", "x.txt")
    assert citation.title == "A\ufeffB"


# --- a tab for the bar -------------------------------------------------------------------------------


def test_a_tab_after_the_url_is_named_as_a_tab_with_the_bar() -> None:
    with pytest.raises(
        ManifestError,
        match=r"x.txt:1: the URL is followed by a tab, not '\|': .*the fields with '\|'.*no space or tab",
    ):
        parse_sources("https://a.example/1\ttitle: One\n", "x.txt")


def test_a_space_in_the_url_keeps_its_message() -> None:
    with pytest.raises(ManifestError, match=r"x.txt:1: the URL contains a space: .*%20"):
        parse_sources("https://a.example/two words\n", "x.txt")


def test_a_tab_before_the_bar_is_still_fine() -> None:
    (citation,) = parse_sources("https://a.example/1\t| title: One\n", "x.txt")
    assert citation.title == "One"


# --- a URL given as an input -------------------------------------------------------------------------


def test_a_url_as_an_input_gets_a_hint_naming_what_to_do() -> None:
    hint = url_hint("https://news.example/story")
    assert "it is a URL" in hint
    assert "echo https://news.example/story | linkcheck -" in hint
    assert "--base-url https://news.example/story" in hint
    assert url_hint("HTTP://news.example/") != ""


@pytest.mark.parametrize("path", ["sources.txt", "http.txt", "notes/https-links.md", "extarct"])
def test_a_file_name_gets_no_url_hint(path: str) -> None:
    assert url_hint(path) == ""


# --- the text report fitted to a terminal ------------------------------------------------------------


def test_display_width_counts_columns_not_bytes_or_characters() -> None:
    assert display_width("Паром") == 5
    assert display_width("渡轮") == 4
    assert display_width("й") == 1  # и and a combining breve


def test_a_long_reason_is_wrapped_under_its_indentation_by_columns() -> None:
    line = "         title_mismatch [fail]: " + " ".join(["Паромное"] * 20)
    wrapped = wrap_for_terminal(line, 80).split("\n")
    assert len(wrapped) > 1
    assert all(display_width(part) <= 80 for part in wrapped)
    assert all(part.startswith("           П") for part in wrapped[1:])
    assert " ".join(" ".join(wrapped).split()) == " ".join(line.split())


def test_wide_characters_count_twice() -> None:
    wrapped = wrap_for_terminal("         page says title: " + " ".join(["渡轮渡轮"] * 10), 80).split("\n")
    assert all(display_width(part) <= 80 for part in wrapped)


def test_entry_lines_urls_short_lines_and_narrow_terminals_are_left_alone() -> None:
    entry = "  FAIL sources.txt:3  https://news.example/" + "a" * 120
    assert wrap_for_terminal(entry, 80) == entry
    long_url = "         archived copy: https://archive.example/web/2020/" + "b" * 100
    wrapped = wrap_for_terminal(long_url, 80).split("\n")
    assert wrapped[-1].strip() == long_url.split()[-1]  # the URL whole, on a line of its own
    short = "Dead links (1)\n  ok   x.txt:1  https://a.example/\n"
    assert wrap_for_terminal(short, 80) == short
    assert wrap_for_terminal("x " * 60, 30) == "x " * 60
    heading = "Soft 404s (the page answers but is an error page, front page, parked domain or spam) (1)"
    assert wrap_for_terminal(heading, 80) == heading


def test_a_long_summary_is_broken_between_its_counts_only() -> None:
    summary = "7 citations: 2 pass, 2 warn, 3 fail (ok 3, dead 1, blocked 1, error 1, skipped 1) in 0.2 s"
    wrapped = wrap_for_terminal(summary, 80).split("\n")
    assert wrapped == [
        "7 citations: 2 pass, 2 warn, 3 fail (ok 3, dead 1, blocked 1, error 1,",
        "  skipped 1) in 0.2 s",
    ]
    assert wrap_for_terminal(summary, 120) == summary


def test_a_long_note_is_wrapped() -> None:
    note = "note: " + "the network looks unavailable " * 5
    assert len(wrap_for_terminal(note, 80).split("\n")) > 1


def test_off_a_terminal_the_report_is_not_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: False)
    monkeypatch.setenv("NO_COLOR", "1")
    line = "         " + "word " * 40
    assert for_stdout(line, "auto") == line


# --- Ctrl-C's partial report -------------------------------------------------------------------------


def _result(url: str, status: Status, verdict: Verdict, line: int) -> Result:
    return Result(
        citation=Citation(url=url, source="s.txt", line=line),
        status=status,
        verdict=verdict,
        reason="HTTP 404" if status is Status.DEAD else "",
    )


def test_a_partial_report_lists_what_was_checked_and_says_it_was_stopped() -> None:
    checked = [_result("https://a.example/gone", Status.DEAD, Verdict.FAIL, 1)]
    report = partial_report(checked, 5, 1.0)
    rendered = render_text(report)
    assert "https://a.example/gone" in rendered
    assert "interrupted (SIGINT): stopped after 1 of 5 citations were checked" in rendered
    assert rendered.rstrip().split("\n")[-1].startswith("1 citation: 0 pass, 0 warn, 1 fail")


def test_a_partial_report_of_an_unknown_total_says_only_what_it_knows() -> None:
    report = partial_report([], None, 0.5)
    assert report.notes == (
        "interrupted (SIGINT): stopped after 0 citations were checked; this report lists those only",
    )
