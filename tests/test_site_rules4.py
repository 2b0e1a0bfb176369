"""Rules added after the fourth held-out site probe (site4, ``tests/test_site_probe4.py``), each on small
inputs, with what it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck import cli
from linkcheck.cli import failed_input, looks_like_manifest
from linkcheck.errors import InputError
from linkcheck.models import Citation


@pytest.mark.parametrize(
    "lines",
    [
        ["# Notes\n", "\n", "[Filters](https://news.test/filters).\n"],
        ["[Filters](https://news.test/filters)\n"],
        ["[https://news.test/a Water board orders filters]\n"],
        ["# Links\n", "<https://news.test/a>\n"],
    ],
)
def test_markdown_and_wikitext_link_lines_are_no_manifest(lines: list[str]) -> None:
    assert not looks_like_manifest(lines)
    assert not looks_like_manifest("".join(lines))


@pytest.mark.parametrize(
    "lines",
    [
        ["# a manifest\n", "https://news.test/a | title: A\n"],
        ["HTTPS://news.test/a\n"],
        ["ftp://files.test/a.pdf | title: A report\n"],
        ["hxxps://news.test/a\n"],  # a malformed scheme stays a manifest's line: the reader names it
        ["https://news.test/a?q=[1]&b=(2) | title: Brackets after the scheme\n"],
    ],
)
def test_url_lines_still_make_a_manifest(lines: list[str]) -> None:
    assert looks_like_manifest(lines)


def test_a_markdown_file_of_link_lines_is_read_as_an_article(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# A\n\n[Filters](https://news.test/filters).\n", encoding="utf-8")
    found = cli.read_citations([str(path)])
    assert [(c.url, c.line, c.error) for c in found] == [("https://news.test/filters", 3, None)]


def test_an_unreadable_input_under_keep_going_is_named_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    exc = InputError("site/b.md: not UTF-8 text", source="site/b.md", line=1, reason="not UTF-8 text")
    cli._warn_unreadable(failed_input("site/b.md", exc))
    err = capsys.readouterr().err
    assert err.startswith("linkcheck: warning: site/b.md:1: ")
    assert "not UTF-8 text" in err


def test_an_unreadable_input_without_a_line_is_named_by_its_file(capsys: pytest.CaptureFixture[str]) -> None:
    cli._warn_unreadable(
        Citation(url="", source="site/c.md", line=None, error="site/c.md: permission denied")
    )
    # the file named once (fix6: it was "site/c.md: site/c.md: permission denied", the name said twice)
    assert capsys.readouterr().err.startswith("linkcheck: warning: site/c.md: permission denied (reported")


def test_the_library_reader_does_not_warn_of_an_unreadable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the check's pass 1 warns; ``read_citations`` (``extract``'s reader: it warns itself) does not."""
    path = tmp_path / "b.md"
    path.write_bytes("# B\n\n[Bridge](https://news.test/b)\n".encode("utf-16"))
    found = cli.read_citations([str(path)], keep_going=True)
    assert [c.url for c in found] == [""]
    assert "reported as a failed result" not in capsys.readouterr().err
