"""The rules site2 added after its held-out probe (``tests/test_site_probe2.py``), each with what it must
leave alone: a recursive glob walks each directory once (a tree with links back up it ends, and names its
files where they are); a broken link a glob matches is an input, not passed over; ``--keep-going`` reports an
input that cannot be read as its failed result and checks the rest; ``--base-url`` must be an absolute web
address. No network: the CLI runs here exclude every link."""

from __future__ import annotations

import argparse
import glob
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkcheck.cli import build_extract_parser, build_parser, expand_inputs, main, read_citations
from linkcheck.errors import InputError, ManifestError
from linkcheck.sources import not_text, not_utf8


@pytest.fixture
def in_tmp(tmp_path: Path) -> Iterator[Path]:
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(here)


def put(path: str, text: str | bytes = "[Widget notes](https://docs.example/notes)\n") -> None:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")


# --- a recursive glob walks each directory once ---------------------------------------------------------


def test_a_loop_back_up_the_tree_does_not_rename_its_files(in_tmp: Path) -> None:
    put("site/a.md")
    put("site/sub/b.md")
    os.symlink(".", "site/self")
    # glob.glob walks site/self/self/... forty deep; the first name of b.md in path order was a looped one
    assert expand_inputs(["site/**/*.md"]) == ["site/a.md", "site/sub/b.md"]


def test_two_loops_end(in_tmp: Path) -> None:
    put("site/a.md")
    put("site/sub/b.md")
    os.symlink(".", "site/self")
    os.symlink("..", "site/sub/up")  # with site/self: 2**40 paths for glob.glob
    from linkcheck.globs import glob_paths

    assert glob_paths("site/**/*.md") == ["site/a.md", "site/sub/b.md"]
    assert glob_paths("**/*.md") == ["site/a.md", "site/sub/b.md"]


def test_a_linked_directory_outside_a_loop_is_read_once_where_path_order_first_meets_it(in_tmp: Path) -> None:
    put("site/v2/x.md")
    os.symlink("v2", "site/latest")
    assert expand_inputs(["site/**/*.md"]) == ["site/latest/x.md"]  # as glob.glob and the inode check gave


@pytest.mark.parametrize(
    "pattern",
    [
        "site/**/*.md",
        "site/**",
        "**/*.md",
        "site/*/x/**/*.md",
        "site/**/.well-known/*.md",
        "site/**/[ab].md",
        "./site/**/*.md",
        "site/**/x/*.md",
        "site/**/*",
    ],
)
def test_a_tree_without_links_matches_as_glob_does(in_tmp: Path, pattern: str) -> None:
    for name in (
        "site/a.md",
        "site/b.md",
        "site/c.txt",
        "site/.hidden.md",
        "site/.git/x/h.md",
        "site/d/x/e.md",
        "site/d/x/deep/f.md",
        "site/d/y/g.md",
        "site/.well-known/w.md",
        "site/d/.well-known/v.md",
        "site/x/b.md",
        "other/z.md",
    ):
        put(name)
    want = [p for p in sorted(glob.glob(pattern, recursive=True)) if os.path.isfile(p)]
    assert want
    assert expand_inputs([pattern]) == want


@pytest.mark.parametrize(
    ("patterns", "names", "partial", "expected"),
    [
        (("**", "*.md"), ("a", "b.md"), False, True),
        (("**", "*.md"), ("b.md",), False, True),
        (("**", "*.md"), (".git", "b.md"), False, False),
        (("**", ".git", "*.md"), (".git", "b.md"), False, True),
        (("*",), (".h",), False, False),
        ((".*",), (".h",), False, True),
        (("*", "posts", "**", "*.md"), ("x",), True, True),
        (("*", "posts", "**", "*.md"), ("x", "drafts"), True, False),
        (("**",), ("a", "b"), False, True),
        (("a", "b.md"), ("a", "b.md"), False, True),
        (("a", "b.md"), ("a", "c.md"), False, False),
    ],
)
def test_parts_match(
    patterns: tuple[str, ...], names: tuple[str, ...], partial: bool, expected: bool
) -> None:
    from linkcheck.globs import parts_match

    assert parts_match(patterns, names, partial=partial) is expected


def test_many_double_stars_stay_cheap() -> None:
    from linkcheck.globs import parts_match

    names = (*(f"d{i}" for i in range(60)), "x.txt")
    assert not parts_match((*("**",) * 30, "*.md"), names)


# --- a broken link a glob matches is an input -----------------------------------------------------------


def test_a_broken_link_a_glob_matches_is_an_input(in_tmp: Path) -> None:
    put("site/a.md")
    os.symlink("moved-away.md", "site/c.md")
    assert expand_inputs(["site/*.md"]) == ["site/a.md", "site/c.md"]
    with pytest.raises(InputError, match=r"site/c\.md: cannot read"):
        read_citations(["site/c.md"])


def test_a_directory_or_a_pipe_a_glob_matches_is_still_passed_over(in_tmp: Path) -> None:
    put("site/a.md")
    put("site/old.md/index.md")
    os.mkfifo("site/pipe.md")
    assert expand_inputs(["site/*.md"]) == ["site/a.md"]


# --- --keep-going and an input that cannot be read ------------------------------------------------------


def test_keep_going_makes_an_unreadable_article_its_failed_citation(in_tmp: Path) -> None:
    put("site/a.md")
    put("site/b.md", "# B\n\nCaf\xe9\n".encode("latin-1"))
    found = read_citations(["site/a.md", "site/b.md"], keep_going=True)
    assert [c.url for c in found] == ["https://docs.example/notes", ""]
    failed = found[1]
    assert (failed.source, failed.line) == ("site/b.md", 3)
    assert failed.error is not None
    assert failed.error.startswith("site/b.md: not UTF-8 text (byte 0xe9")


def test_without_keep_going_the_error_stops_as_before(in_tmp: Path) -> None:
    put("site/b.md", "# B\n\nCaf\xe9\n".encode("latin-1"))
    with pytest.raises(InputError) as caught:
        read_citations(["site/b.md"])
    assert str(caught.value) == "site/b.md:3: not UTF-8 text (byte 0xe9 at offset 8); save it as UTF-8"


def test_the_errors_say_where() -> None:
    error = not_utf8("a.md", b"# A", 0xE9, 8, 3)
    assert (error.source, error.line, str(error)) == ("a.md", 3, f"a.md:3: {error.reason}")
    nul = not_text("b.md", b"x\ny\0", 3)
    assert (nul.source, nul.line) == ("b.md", 2)
    manifest = ManifestError("s.txt", 4, "no URL")
    assert (manifest.source, manifest.line, manifest.message, str(manifest)) == (
        "s.txt",
        4,
        "no URL",
        "s.txt:4: no URL",
    )
    assert (InputError("plain").source, InputError("plain").line) == (None, None)


def run_cli(args: list[str]) -> int:
    return main([*args, "--no-config", "--exclude", ".", "--progress", "never", "-q"])


def test_keep_going_checks_the_rest_of_a_site_and_fails_the_bad_files(in_tmp: Path) -> None:
    put("site/a.md")
    put("site/b.md", "# B\n\nCaf\xe9\n".encode("latin-1"))
    put("site/d.md", b"binary\x00junk")
    os.symlink("moved-away.md", "site/c.md")
    for streamed in (False, True):
        fmt = "jsonl" if streamed else "json"
        code = run_cli(["site/*.md", "--keep-going", "--format", fmt, "-o", f"out.{fmt}"])
        assert code == 1
        text = Path(f"out.{fmt}").read_text(encoding="utf-8")
        rows = [json.loads(x) for x in text.splitlines()] if streamed else json.loads(text)["results"]
        rows = [r for r in rows if "url" in r]
        assert [(r["source"], r["line"], r["verdict"]) for r in rows] == [
            ("site/a.md", 1, "pass"),
            ("site/b.md", 3, "fail"),
            ("site/c.md", None, "fail"),
            ("site/d.md", 1, "fail"),
        ]
        assert rows[1]["cause"] == "invalid_citation"
        assert "not UTF-8" in rows[1]["reason"]
        assert "cannot read" in rows[2]["reason"]


def test_without_keep_going_a_bad_file_still_stops_the_run_before_any_report(in_tmp: Path) -> None:
    put("site/a.md")
    put("site/b.md", "# B\n\nCaf\xe9\n".encode("latin-1"))
    assert run_cli(["site/*.md", "--format", "json", "-o", "out.json"]) == 2
    assert not Path("out.json").exists()


def test_keep_going_still_reads_a_malformed_manifest_line_as_before(in_tmp: Path) -> None:
    put("s.txt", "https://docs.example/a\nhttps://docs.example/b | date: someday\n")
    found = read_citations(["s.txt"], keep_going=True)
    assert [(c.url, c.line, c.error is not None) for c in found] == [
        ("https://docs.example/a", 1, False),
        ("https://docs.example/b", 2, True),
    ]


# --- --base-url -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["docs.example/guide/", "//docs.example/guide/", "https://", "ftp://x.example/a"]
)
def test_a_base_url_that_is_no_absolute_web_address_is_refused(text: str) -> None:
    from linkcheck.argtypes import web_address

    with pytest.raises(argparse.ArgumentTypeError, match="absolute address"):
        web_address(text)
    for parser in (build_parser(), build_extract_parser()):
        with pytest.raises(SystemExit) as caught:
            parser.parse_args(["a.html", "--base-url", text])
        assert caught.value.code == 2


@pytest.mark.parametrize(
    "text", ["https://docs.example/guide/", "HTTP://Docs.Example", "http://127.0.0.1:8080/a"]
)
def test_a_web_address_is_taken_as_written(text: str, in_tmp: Path) -> None:
    assert build_parser().parse_args(["a.html", "--base-url", text]).base_url == text
    put("a.html", '<p>See <a href="other.html">Other page of the widget docs</a>.</p>\n')
    found = read_citations(["a.html"], base_url="https://docs.example/guide/")
    assert [c.url for c in found] == ["https://docs.example/guide/other.html"]


def test_an_absolute_recursive_pattern_matches_as_glob_does(in_tmp: Path) -> None:
    for name in ("site/a.md", "site/d/b.md", "site/.h/c.md"):
        put(name)
    pattern = f"{in_tmp}/site/**/*.md"
    assert expand_inputs([pattern]) == sorted(glob.glob(pattern, recursive=True))
    assert expand_inputs([pattern]) == [f"{in_tmp}/site/a.md", f"{in_tmp}/site/d/b.md"]
