"""The rules site3 added after its held-out probe (``tests/test_site_probe3.py``), each with what it must
leave alone: reStructuredText and AsciiDoc files are read as text by their extensions, and a reST page is not
sniffed as Markdown for its `` <url>`_ ``; a reST hyperlink reference's words and a named target's name are
the link's words (its cited title when they read as one); reST's picture directives cite nothing;
``linkcheck extract --keep-going`` writes an article that cannot be read as a comment and reads the rest.
No network."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkcheck.article_formats import detect_format, sniff_format
from linkcheck.articles import extract_citations
from linkcheck.cli import build_extract_parser, main

RST = """Harbour notes
=============

The board read `Grid Batteries Are Getting Cheaper <https://news.example/batteries>`_ and
<https://news.example/other>.
"""


@pytest.mark.parametrize("name", ["notes.rst", "notes.rest", "manual.adoc", "manual.asciidoc", "DOCS.RST"])
def test_rst_and_asciidoc_extensions_are_text(name: str) -> None:
    autolinks = "= Manual\n\nSee <https://a.example/x> and <https://a.example/y>.\n"
    assert sniff_format(autolinks) == "markdown"  # what a sniff alone made of it
    assert detect_format(name, autolinks) == "text"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.md", "markdown"),
        ("a.txt", "text"),
        ("a.html", "html"),
        ("a.wiki", "wikitext"),
        ("a.asc", "markdown"),
    ],
)
def test_other_extensions_left_alone(name: str, expected: str) -> None:
    autolinks = "# Notes\n\nSee <https://a.example/x> and <https://a.example/y>.\n"
    assert detect_format(name, autolinks) == expected


def test_rst_hyperlink_references_are_not_markdown_autolinks() -> None:
    text = RST + "\nAlso `Tram Depot <https://news.example/depot>`__ here.\n"
    assert sniff_format(text) == "text"


@pytest.mark.parametrize(
    "text",
    [
        "Notes\n\nSee <https://a.example/x> and <https://a.example/y>.\n",
        "# Notes\n\n.. note:: kept\n\n[One](https://a.example/1) [Two](https://a.example/2)\n",
    ],
    ids=["autolinks", "markdown-with-one-directive"],
)
def test_markdown_sniff_left_alone(text: str) -> None:
    assert sniff_format(text) == "markdown"


def test_rst_named_target_and_directive_sniffed_as_text() -> None:
    text = "Notes\n=====\n\n.. note:: read it\n\n.. _Old report: https://a.example/x\n\nSee <https://a.example/y>.\n"
    assert sniff_format(text) == "text"


def cited(text: str, source: str = "notes.rst") -> list[tuple[int | None, str, str | None]]:
    return [(c.line, c.url, c.title) for c in extract_citations(text, "text", source=source)]


def test_rst_link_words_are_the_title() -> None:
    assert cited(RST) == [
        (4, "https://news.example/batteries", "Grid Batteries Are Getting Cheaper"),
        (5, "https://news.example/other", None),
    ]


def test_rst_anonymous_reference_and_wrapped_words() -> None:
    text = (
        "Intro.\n\nAnon `Tram Depot Budget Approved By Council <https://a.example/x>`__ here.\n\n"
        "See `Night Ferry Returns\n   To The Northern Route <https://a.example/ferry>`_.\n"
    )
    assert cited(text) == [
        (3, "https://a.example/x", "Tram Depot Budget Approved By Council"),
        (6, "https://a.example/ferry", "Night Ferry Returns To The Northern Route"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n\nSee `Night Ferry Returns To The Northern Route`\n\nand <https://a.example/ferry>`_.\n",
        "Intro.\n\nNo markup: <https://a.example/ferry> here.\n",
        "Intro.\n\nCode `x` then https://a.example/ferry`_ here.\n",
    ],
    ids=["blank-line-between", "autolink", "no-opening-angle"],
)
def test_no_rst_words_left_alone(text: str) -> None:
    assert cited(text) == [(5 if "\n\nand" in text else 3, "https://a.example/ferry", None)]


def test_rst_named_target_gives_its_name() -> None:
    text = (
        "Intro.\n\n.. _Harbour Plan First Draft: https://a.example/plan\n.. _rfc7045: https://a.example/rfc\n"
    )
    assert cited(text) == [
        (3, "https://a.example/plan", "Harbour Plan First Draft"),
        (4, "https://a.example/rfc", None),
    ]


def test_rst_picture_directives_cite_nothing() -> None:
    text = (
        "Notes\n=====\n\n.. image:: https://img.example/map.png\n   :alt: A map\n\n"
        ".. figure:: https://img.example/fig.png\n\n   The harbour.\n\n"
        ".. |logo| image:: https://img.example/logo.svg\n\n"
        "See https://a.example/story for the plan.\n"
    )
    assert [url for _, url, _ in cited(text)] == ["https://a.example/story"]


def test_other_directives_and_asciidoc_images_left_alone() -> None:
    text = (
        "Notes\n=====\n\n.. seealso:: https://a.example/see\n\nimage::https://img.example/a.png[A map]\n\n"
        "The image:: here https://a.example/prose is prose.\n"
    )
    assert [url for _, url, _ in cited(text)] == ["https://a.example/see", "https://a.example/prose"]


# ---------------------------------------------------------------------------------------------------------
# linkcheck extract --keep-going


@pytest.fixture
def bad_site(tmp_path: Path) -> Iterator[Path]:
    here = os.getcwd()
    os.chdir(tmp_path)
    (tmp_path / "site").mkdir()
    (tmp_path / "site/a.md").write_text("# A\n\nSee [Night Ferry Returns](https://a.example/ferry).\n")
    (tmp_path / "site/b.md").write_bytes("# B\n\nThe caf\xe9 closed.\n".encode("latin-1"))
    (tmp_path / "site/c.md").write_text("# C\n\nSee [Tram Depot Budget](https://a.example/depot).\n")
    try:
        yield tmp_path
    finally:
        os.chdir(here)


def test_extract_keep_going_writes_the_rest_and_a_comment(
    bad_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--keep-going", "site/*.md"]) == 0
    out, err = capsys.readouterr()
    assert "https://a.example/ferry" in out
    assert "https://a.example/depot" in out
    assert [line for line in out.splitlines() if "site/b.md:3" in line and line.startswith("#")]
    assert "site/b.md:3" in err
    assert "0xe9" in err


def test_extract_without_keep_going_still_stops(bad_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "site/*.md", "-o", "sources.txt"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "site/b.md:3" in err
    assert not (bad_site / "sources.txt").exists()


def test_extract_help_names_keep_going() -> None:
    assert "--keep-going" in build_extract_parser().format_help()
