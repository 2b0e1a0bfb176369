"""The general rules the articles-through-the-CLI probe (tests/test_articles_cli_probe.py) led to, each on
strings, bytes, files and argument lists, with what it must leave alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from linkcheck import cli
from linkcheck.articles import extract_citations
from linkcheck.errors import InputError, LinkcheckError
from linkcheck.extract.decode import decode_html, meta_charset

# --- wikitext: a citation template over several lines is on the line of its URL ---------------------------


def lines(text: str) -> list[tuple[str, int | None]]:
    return [(c.url, c.line) for c in extract_citations(text, "wikitext")]


def test_a_template_over_several_lines_is_on_the_line_of_its_url() -> None:
    text = "Intro.<ref>{{cite news\n |title=Quay\n |url=https://a.example/q\n |date=2021\n}}</ref>\n"
    assert lines(text) == [("https://a.example/q", 3)]


def test_the_url_parameter_that_gives_the_link_is_the_one_whose_line_counts() -> None:
    # `url` empty: the link is `chapter-url`'s, on its own line (spaces before the value skipped).
    text = "{{cite book\n |url=\n |title=A book\n |chapter-url=   https://a.example/c\n}}\n"
    assert lines(text) == [("https://a.example/c", 4)]


def test_a_url_not_written_as_it_is_read_keeps_the_template_s_line() -> None:
    # `&amp;` is read as `&`: the URL as read is not in the template's text, so its opening line stands.
    text = "\nA.<ref>{{cite web\n |title=T\n |url=https://a.example/x?a=1&amp;b=2\n}}</ref>\n"
    assert lines(text) == [("https://a.example/x?a=1&b=2", 2)]


def test_a_wayback_template_over_several_lines_is_on_the_line_of_its_url() -> None:
    text = "A.<ref>{{Wayback\n |url=https://a.example/w\n |title=T\n |date=20150312045500}}</ref>\n"
    assert lines(text) == [("https://a.example/w", 2)]
    one_line = "A.<ref>{{Wayback|url=https://a.example/w|date=2015}}</ref>\n"
    assert lines(one_line) == [("https://a.example/w", 1)]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("A.<ref>{{cite web |url=https://a.example/x |title=T}}</ref>\n", 1),  # one line: as before
        ("\n\n{{Cite web |title=T |url=https://a.example/x\n |date=2020}}\n", 3),  # URL on the opening line
        ("{{cite web\n |title=T\n}}\n* [https://a.example/x A label for it]\n", 4),  # an external link
        ("{{cite web\n |title=T\n |url=https://a.example/x\n |url=https://a.example/y}}\n", 3),  # the first
    ],
)
def test_a_template_on_one_line_or_with_its_url_first_keeps_its_line(text: str, line: int) -> None:
    assert lines(text) == [("https://a.example/x", line)]


# --- the inputs: a file named twice is read once ---------------------------------------------------------


def make(root: Path, *names: str) -> None:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"# {name}\n\nhttps://a.example/{name}\n", encoding="utf-8")


def test_a_file_matched_by_two_patterns_is_kept_once_where_it_first_came(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    make(tmp_path, "site/a.md", "site/b.md", "site/sub/c.md")
    assert cli.expand_inputs(["site/*.md", "site/a.md"]) == ["site/a.md", "site/b.md"]
    assert cli.expand_inputs(["site/b.md", "site/**/*.md"]) == ["site/b.md", "site/a.md", "site/sub/c.md"]
    assert cli.expand_inputs(["site/a.md", "./site/a.md", "site/../site/a.md"]) == ["site/a.md"]


def test_a_link_to_a_file_named_beside_it_is_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    make(tmp_path, "site/a.md")
    os.symlink("a.md", tmp_path / "site/alias.md")
    assert cli.expand_inputs(["site/*.md"]) == ["site/a.md"]


def test_distinct_files_standard_input_and_missing_paths_are_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    make(tmp_path, "a.md", "b.md")
    (tmp_path / "b.md").write_bytes((tmp_path / "a.md").read_bytes())  # the same text, another file
    assert cli.expand_inputs(["a.md", "b.md"]) == ["a.md", "b.md"]
    # standard input named twice is read once, as a file named twice is (cli2: read again, it was empty)
    assert cli.expand_inputs(["-", "a.md", "-"]) == ["-", "a.md"]
    assert cli.expand_inputs(["gone.md", "gone.md"]) == ["gone.md", "gone.md"]  # each named in its error
    assert cli.expand_inputs([str(tmp_path)]) == [str(tmp_path)]  # a directory: its error comes when read
    with pytest.raises(LinkcheckError, match=r"\*\.wiki: no files match"):
        cli.expand_inputs(["*.wiki"])


# --- a directory where files are expected --------------------------------------------------------------


def test_a_directory_is_named_with_a_glob_to_give_instead(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        cli._read_text(str(tmp_path))
    message = str(raised.value)
    assert message.startswith(f"{tmp_path}: is a directory; ")
    assert f"'{tmp_path}/**/*.md'" in message


def test_other_read_errors_keep_their_message(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gone\.md: cannot read: No such file or directory"):
        cli._read_text(str(tmp_path / "gone.md"))


# --- an HTML page that declares a legacy charset -------------------------------------------------------

RU = "Паромная переправа откроется весной"


def page(charset: str, body: str = RU, meta: str = '<meta charset="{}">') -> str:
    return f"<!doctype html><html><head>{meta.format(charset)}<title>{body}</title></head><body><p>{body}</p>"


@pytest.mark.parametrize(
    ("charset", "meta"),
    [
        ("windows-1251", '<meta charset="{}">'),
        ("koi8-r", "<META CHARSET={}>"),
        ("windows-1251", '<meta http-equiv="Content-Type" content="text/html; charset={}">'),
    ],
)
def test_an_html_page_is_read_in_the_charset_it_declares(tmp_path: Path, charset: str, meta: str) -> None:
    path = tmp_path / "ru.html"
    path.write_bytes(page(charset, meta=meta).encode(charset))
    assert RU in cli._read_text(str(path))  # `auto`, by the extension
    assert RU in cli._read_text(str(path), "html")
    saved = tmp_path / "saved-page"  # no extension: read as HTML by its text
    saved.write_bytes(path.read_bytes())
    assert RU in cli._read_text(str(saved))
    text = cli._article_text(str(saved))  # pass 1's sniff: no manifest, read whole
    assert text is not None
    assert RU in text


@pytest.mark.parametrize(
    ("name", "fmt", "data"),
    [
        # a declaration in a file that is no HTML page names nothing its bytes are in
        ("notes.md", "auto", f'# Notes\n\n<meta charset="windows-1251">\n\n{RU}\n'.encode("windows-1251")),
        ("notes.txt", "markdown", page("windows-1251").encode("windows-1251")),
        ("notes.html", "text", page("windows-1251").encode("windows-1251")),
        # no declaration, or one of UTF-8, or of a charset the bytes are not in, or unknown
        ("ru.html", "auto", page("windows-1251", meta="").encode("windows-1251")),
        ("ru.html", "auto", page("utf-8").encode("windows-1251")),
        ("ru.html", "html", page("windows-1251").encode("windows-1251") + b"\x98"),  # 0x98: none of cp1251
        ("ru.html", "auto", page("x-unheard-of").encode("windows-1251")),
        # a UTF-8 byte-order mark says UTF-8, whatever the page says
        ("ru.html", "auto", b"\xef\xbb\xbf" + page("windows-1251").encode("windows-1251")),
    ],
)
def test_anything_else_that_is_not_utf8_is_still_an_error_naming_its_line(
    tmp_path: Path, name: str, fmt: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=r"\.(?:md|txt|html):[15]: not UTF-8 text"):
        cli._read_text(str(path), fmt)


def test_a_utf8_page_that_declares_another_charset_is_read_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "ru.html"
    path.write_bytes(page("windows-1251").encode("utf-8"))
    assert RU in cli._read_text(str(path))


def test_a_declared_page_with_a_nul_byte_is_still_no_text(tmp_path: Path) -> None:
    path = tmp_path / "ru.html"
    path.write_bytes(page("windows-1251").encode("windows-1251") + b"\x00")
    with pytest.raises(InputError, match="NUL"):
        cli._read_text(str(path))


def test_a_manifest_that_is_not_utf8_is_still_read_line_by_line_for_its_error(tmp_path: Path) -> None:
    path = tmp_path / "sources.txt"
    path.write_bytes(b"https://a.example/x | title: caf\xe9\n")
    assert cli._article_text(str(path)) is None  # no declaration: a manifest's path, as before


def test_meta_charset_is_what_decode_html_reads() -> None:
    body = page("windows-1251").encode("windows-1251")
    assert meta_charset(body) == "cp1251"
    assert meta_charset(b"<html><p>no declaration</p>") is None
    assert meta_charset(b'<meta charset="utf-16">') == "utf-8"  # the browser rule
    assert RU in decode_html(body)


# --- extract: a link it cannot read is said on stderr, where a redirected manifest does not hide it --------


def test_extract_names_each_unreadable_link_on_stderr_and_still_writes_the_manifest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "story.md"
    article.write_text("Intro.\n\nSee [the report](/news/report.html).\n\nAnd https://a.example/b.\n")
    assert cli.main(["extract", str(article)]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert "https://a.example/b" in out
    assert "# /news/report.html" in out  # the manifest keeps it, as a comment for the editor
    assert err.count("linkcheck: warning:") == 1
    assert f"{article}:3: relative link '/news/report.html'" in err
    assert "--base-url" in err


def test_extract_with_every_link_readable_says_nothing_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "story.md"
    article.write_text("See [the report](/news/report.html).\n")
    code = cli.main(["extract", str(article), "--base-url", "https://a.example/2021/story"])
    assert code == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert "https://a.example/news/report.html" in out
    assert err == ""


# --- --article-date and --base-url describe one article: said when a run applies them to several ----------


def _two_articles(tmp_path: Path) -> list[str]:
    paths = []
    for name in ("first.md", "second.md"):
        article = tmp_path / name
        article.write_text(f"Intro of {name}.\n\nSee [the report](http://127.0.0.1:9/{name}).\n")
        paths.append(str(article))
    return paths


@pytest.mark.parametrize(
    ("option", "said"),
    [
        (["--article-date", "2020-01-09"], "--article-date 2020-01-09 was applied to each of the 2 articles"),
        (["--base-url", "https://a.example/s"], "--base-url https://a.example/s resolved the relative links"),
    ],
)
def test_an_option_for_one_article_given_to_several_is_said_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: list[str], said: str
) -> None:
    paths = _two_articles(tmp_path)
    assert cli.main(["extract", *paths, *option]) == cli.EXIT_OK
    err = capsys.readouterr().err
    assert err.count("linkcheck: warning:") == 1
    assert said in err
    # The check says it too, before anything is fetched (the links are refused as private addresses).
    cli.main([*paths, *option, "--quiet"])
    err = capsys.readouterr().err
    assert err.count(said) == 1


def test_the_options_given_for_one_article_and_a_manifest_say_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, _ = _two_articles(tmp_path)
    manifest = tmp_path / "sources.txt"
    manifest.write_text("http://127.0.0.1:9/listed | title: Listed\n")
    options = ["--article-date", "2020-01-09", "--base-url", "https://a.example/s"]
    assert cli.main(["extract", first, str(manifest), *options]) == cli.EXIT_OK
    assert capsys.readouterr().err == ""
    cli.main([first, str(manifest), *options, "--quiet"])
    assert "--article-date" not in capsys.readouterr().err
