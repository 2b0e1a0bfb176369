"""Telling a manifest from an article (:func:`linkcheck.cli.looks_like_manifest`), held to the plain form it
replaced: a run reads every line of a manifest this way before its first request, so the test is written as
one loop with a quick accept for a line that starts with a web URL's scheme or ``@article``; what it decides
must not change."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.cli import (
    _OTHER_SCHEME,
    _SCHEME_MISSING,
    _URL_FIRST,
    _URL_MISSING,
    _URL_START_MAX,
    _manifest_line,
    _meaningful,
    looks_like_manifest,
)


def _plain_manifest_line(line: str) -> bool:
    """The test as it was: ``@article``, a first word holding ``://``, or a citation line without its URL;
    and, since the second command-line probe, a citation of a scheme without ``//`` (``mailto:x@y``); since
    the fifth, a citation line whose URL lacks its scheme (``news.test/a | title: A``)."""
    return (
        line.startswith("@article")
        or ((url := _URL_FIRST.match(line)) is not None and url.end() <= _URL_START_MAX)
        or _URL_MISSING.match(line) is not None
        or _OTHER_SCHEME.match(line) is not None
        or _SCHEME_MISSING.match(line) is not None
    )


def _plain_looks_like_manifest(lines: list[str]) -> bool:
    return all(_plain_manifest_line(ln) for ln in _meaningful(lines))


#: Pieces manifests and articles are made of, line breaks of every kind ``str.splitlines`` knows included.
_PIECES = st.sampled_from(
    [
        "http://",
        "https://",
        "HTTP://",
        "ftp://",
        "@article",
        "@Article",
        "#",
        " ",
        "\t",
        "|",
        " | title: ",
        "| date:",
        "title:",
        "mailto:",
        "doi:",
        "example.org/a",
        "Word ",
        "\n",
        "\r\n",
        "\r",
        "\x0b",
        "\x0c",
        "\x1c",
        "\x85",
        "\u2028",
        "://",
        "x" * 2050,
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(_TEXT)
def test_a_line_is_a_manifests_as_before(line: str) -> None:
    stripped = line.strip()
    assert _manifest_line(stripped) is _plain_manifest_line(stripped)


@settings(max_examples=800, deadline=None)
@given(st.lists(_TEXT, max_size=6))
def test_a_text_looks_like_a_manifest_as_before(lines: list[str]) -> None:
    """Lines as a file gives them (each may hold breaks a file does not split at), and the whole text."""
    assert looks_like_manifest(lines) is _plain_looks_like_manifest(lines)
    text = "".join(lines)
    assert looks_like_manifest(text) is _plain_looks_like_manifest([text])


def test_chosen_lines() -> None:
    assert looks_like_manifest(
        ["# a manifest\n", "https://news.test/a | title: A\n", "\n", "@article | date: 2020\n"]
    )
    assert looks_like_manifest(["| title: a citation missing its URL\n"])
    assert not looks_like_manifest(["https://news.test/a\n", "Iraq resumes S-300 talks, RIA reported.\n"])
    # a manifest's line ends are LF, CR LF and CR (reports4: a form feed, NEL or U+2028 is inside a line)
    assert not looks_like_manifest(["https://news.test/a\rand then prose\n"])
    assert looks_like_manifest(["https://news.test/a | title: A\x0cform feed\n"])
    # a URL without its scheme before a citation field: a manifest's line, whose error the reader names (cli5)
    assert looks_like_manifest(["news.test/a | title: A\n"])
    assert not looks_like_manifest(["news.test/a\n"])  # a bare host alone: no manifest's line
    assert looks_like_manifest(["mailto://x\n"])  # any scheme with :// is a URL here, as before
    assert _URL_FIRST.match("https://a") is not None  # what the quick accept stands for
