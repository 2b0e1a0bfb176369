"""Held-out probe (site2, forty-first session): a whole site's articles through the CLI, second probe.

Written from README.md, docs/ (articles, ci, sources-format, api, json-schema), ``linkcheck --help``,
``linkcheck extract --help`` and the earlier probes' docstrings, before any code under ``src/`` was read, and
committed before any change under ``src/``. A documentation or news site's maintainer checks every article of
the site in one run. Every case runs the real command (``python -m linkcheck`` in a subprocess) against pages
served on 127.0.0.1 by the test (names under ``localhost`` are loopback without a lookup, docs/security.md).
Covered (none of the earlier probes' cases): a site of 300 articles in nested directories (an empty file
among them) where one dead URL is cited by every article, fetched once and reported for each article and
line in the text and JSON reports, in the order the docs give (files by path, then lines), over two
processes; a tree holding two symbolic-link loops; hidden files and directories; a directory whose name a
glob matches; an image among the articles; ``--keep-going`` over an article that is not UTF-8 and a broken
symbolic link; a very large article; a permanently moved URL cited by articles in three formats (fetched once,
each article's ``FILE:LINE`` in the Markdown report); relative links resolved per article by its own front
matter ``url`` or canonical address; ``--base-url`` without a scheme; ``--include`` with ``--exclude`` over a
site; ``linkcheck extract`` over a site (each article's date kept with its own citations when read back, the
``# FILE:LINE`` comments in path order, an existing ``-o`` manifest left alone when an article is bad).
Expectations are what the docs promise or, where they are silent, what a demanding user of a mature tool
expects: the file and line at fault named, nothing lost, exit codes as documented (0, 1, 2).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site_server import Page, SiteServer, serve

SRC = Path(__file__).resolve().parents[1] / "src"

FILLER = (
    "The maintainers keep this page current with every release, and each section below was reviewed "
    "by two editors before it was published on the site for readers who install the widget."
)


def page(title: str, published: str | None = None) -> bytes:
    """An ordinary article page: a head naming its title (and date), a body with a headline and text."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = " ".join([FILLER] * 4)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}">{meta}</head>'
        f"<body><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>"
    ).encode()


NOT_FOUND = (
    b"<!doctype html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
    b"<p>The requested URL was not found on this server.</p></body></html>"
)


class Site:
    """A ``tests.site_server``: routes by path (any Host), counts every request by (host name, path)."""

    def __init__(self, server: SiteServer) -> None:
        self.server = server
        self.routes = server.routes
        self.port = server.port

    @property
    def hits(self) -> Counter[tuple[str, str]]:
        with self.server.lock:
            return Counter((r.host, r.route) for r in self.server.requests)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return self.server.url(path, host)

    def ok(self, path: str, title: str, published: str | None = None) -> None:
        self.routes[path] = Page(body=page(title, published))

    def requests_to(self, path: str) -> int:
        return sum(n for (_, p), n in self.hits.items() if p == path)

    def total(self) -> int:
        return sum(self.hits.values())


@pytest.fixture
def site() -> Iterator[Site]:
    with serve(answer=lambda _request: Page(404, NOT_FOUND)) as server:
        yield Site(server)


def run(args: list[str], cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``python -m linkcheck ARGS`` in CWD, as a user's shell or a CI job does (bounded in time)."""
    env = dict(os.environ, PYTHONPATH=str(SRC), NO_COLOR="1", PYTHONHASHSEED="0")
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


SUMMARY = ["--output", "markdown=summary.md"]
COMMON = ["--no-config", "--allow-private", "--progress", "never", "--retries", "0", "--timeout", "5"]


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]


def results(proc: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    doc = json.loads(proc.stdout)
    out = doc["results"]
    assert isinstance(out, list)
    return out


# --- a site of 300 articles, one dead URL cited by every one -------------------------------------------


def test_three_hundred_articles_one_dead_url_fetched_once_reported_for_every_article_and_line(
    site: Site, tmp_path: Path
) -> None:
    shared = site.url("/docs/retired-widget-api")  # a 404: every article cites it
    expected: list[tuple[str, int, str]] = []
    n = 0
    for d in range(10):
        host = f"d{d}.localhost"
        site.ok(f"/guides/section-{d}", f"Widget guide section {d}")
        names = [f"site/d{d}/f{j:03d}.md" for j in range(20)] + [
            f"site/d{d}/s/g{j:02d}.md" for j in range(10)
        ]
        for name in names:
            gap = n % 7
            own = site.url(f"/guides/section-{d}", host)
            lines = [
                f"# Widget notes {n}",
                f"See [Widget guide section {d}]({own}) first.",
                *[FILLER] * gap,
                f"The old reference is [Retired widget API]({shared}).",
                "",
            ]
            write(tmp_path / name, "\n".join(lines))
            expected.append((name, 2, own))
            expected.append((name, 3 + gap, shared))
            n += 1
    write(tmp_path / "site/empty.md", b"")
    assert n == 300
    proc = run(
        ["site/**/*.md", *COMMON, "--processes", "2", "--format", "json", "--output", "text=report.txt"],
        tmp_path,
    )
    no_traceback(proc)
    assert proc.returncode == 1, proc.stderr[-2000:]
    got = [(str(r["source"]), r["line"], str(r["url"])) for r in results(proc)]
    # Files in the order of their paths, each file's citations in the order of their lines (docs/ci.md,
    # docs/json-schema.md: "in the order the citations were given"), over two processes.
    assert got == sorted(expected, key=lambda t: (t[0], t[1]))
    assert site.requests_to("/docs/retired-widget-api") == 1
    for d in range(10):
        assert site.requests_to(f"/guides/section-{d}") == 1
    statuses = Counter(str(r["status"]) for r in results(proc))
    assert statuses == Counter({"dead": 300, "ok": 300})
    text = (tmp_path / "report.txt").read_text(encoding="utf-8")
    for name, line, url in expected:
        if url == shared:
            assert f"{name}:{line}" in text
    assert "site/empty.md" in proc.stderr  # an article without citations is named in a warning


# --- the tree itself -----------------------------------------------------------------------------------


def test_a_tree_with_two_symlink_loops_ends_and_reads_each_article_once(site: Site, tmp_path: Path) -> None:
    site.ok("/a", "Widget changelog for spring")
    site.ok("/b", "Widget changelog for autumn")
    write(tmp_path / "site/a.md", f"# A\n\nSee [Widget changelog for spring]({site.url('/a')}).\n")
    write(tmp_path / "site/sub/b.md", f"# B\n\nSee [Widget changelog for autumn]({site.url('/b')}).\n")
    os.symlink(".", tmp_path / "site/self")  # site/self -> site
    os.symlink("..", tmp_path / "site/sub/up")  # site/sub/up -> site
    proc = run(["site/**/*.md", *COMMON, "--format", "json"], tmp_path, timeout=40)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    urls = [str(r["url"]) for r in results(proc)]
    assert sorted(urls) == [site.url("/a"), site.url("/b")]
    sources = {str(r["url"]): str(r["source"]) for r in results(proc)}
    assert sources[site.url("/a")] == "site/a.md"  # named by its real place in the tree, not a looped one
    assert sources[site.url("/b")] == "site/sub/b.md"


def test_hidden_files_and_directories_are_not_articles_of_a_glob(site: Site, tmp_path: Path) -> None:
    site.ok("/pub", "Widget public notes")
    write(tmp_path / "site/a.md", f"[Widget public notes]({site.url('/pub')})\n")
    write(tmp_path / "site/.draft.md", f"[Draft]({site.url('/draft')})\n")
    write(tmp_path / "site/.git/COMMIT_EDITMSG.md", f"[Commit]({site.url('/commit')})\n")
    write(tmp_path / "site/docs/.obsidian/notes.md", f"[Vault]({site.url('/vault')})\n")
    proc = run(["site/**/*.md", *COMMON, "--format", "json"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert [str(r["url"]) for r in results(proc)] == [site.url("/pub")]
    assert site.requests_to("/draft") == site.requests_to("/commit") == site.requests_to("/vault") == 0


def test_a_directory_that_a_glob_matches_is_walked_past_not_an_error(site: Site, tmp_path: Path) -> None:
    site.ok("/one", "Widget release one")
    site.ok("/two", "Widget release two")
    write(tmp_path / "site/a.md", f"[Widget release one]({site.url('/one')})\n")
    write(tmp_path / "site/old.md/index.md", f"[Widget release two]({site.url('/two')})\n")
    proc = run(["site/**/*.md", *COMMON, "--format", "json"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert sorted((str(r["source"]), str(r["url"])) for r in results(proc)) == [
        ("site/a.md", site.url("/one")),
        ("site/old.md/index.md", site.url("/two")),
    ]


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)


def test_an_image_among_the_articles_stops_the_run_before_any_fetch_naming_it(
    site: Site, tmp_path: Path
) -> None:
    site.ok("/one", "Widget release one")
    write(tmp_path / "site/a.md", f"[Widget release one]({site.url('/one')})\n")
    write(tmp_path / "site/img/logo.png", PNG)
    proc = run(["site/**/*", *COMMON, "--format", "json"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert "site/img/logo.png" in proc.stderr
    assert site.total() == 0


def test_keep_going_reports_a_bad_article_and_a_broken_link_and_checks_the_rest(
    site: Site, tmp_path: Path
) -> None:
    site.ok("/one", "Widget release one")
    write(tmp_path / "site/a.md", f"# A\n\n[Widget release one]({site.url('/one')})\n")
    write(tmp_path / "site/b.md", "# B\n\nCaf\xe9 notes, saved by an old editor.\n".encode("latin-1"))
    os.symlink("moved-away.md", tmp_path / "site/c.md")  # a broken symbolic link
    proc = run(["site/*.md", *COMMON, "--keep-going", "--format", "json"], tmp_path)
    no_traceback(proc)
    assert site.requests_to("/one") == 1, proc.stderr[-2000:]
    assert proc.returncode == 1, proc.stderr[-2000:]
    got = results(proc)
    good = [r for r in got if r["url"] == site.url("/one")]
    assert len(good) == 1
    assert good[0]["status"] == "ok"
    assert good[0]["source"] == "site/a.md"
    failed = {(str(r["source"]), r["line"]) for r in got if r["verdict"] == "fail"}
    assert ("site/b.md", 3) in failed
    assert any(source == "site/c.md" for source, _ in failed)


def test_a_very_large_article_keeps_its_lines(site: Site, tmp_path: Path) -> None:
    site.ok("/first", "Widget handbook introduction")
    site.ok("/last", "Widget handbook appendix")
    site.ok("/small", "Widget small note")
    body = [f"[Widget handbook introduction]({site.url('/first')})", ""]
    body += [f"Paragraph {i}. {FILLER}" for i in range(8000)]
    body += ["", f"[Widget handbook appendix]({site.url('/last')})", ""]
    big = write(tmp_path / "site/handbook.md", "\n".join(body))
    assert big.stat().st_size > 1_500_000
    write(tmp_path / "site/note.md", f"[Widget small note]({site.url('/small')})\n")
    proc = run(["site/*.md", *COMMON, "--format", "json"], tmp_path, timeout=90)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = [(str(r["source"]), r["line"], str(r["url"])) for r in results(proc)]
    assert got == [
        ("site/handbook.md", 1, site.url("/first")),
        ("site/handbook.md", 8004, site.url("/last")),
        ("site/note.md", 1, site.url("/small")),
    ]


# --- one URL, many articles; relative links ----------------------------------------------------------


def test_a_moved_url_cited_in_three_formats_is_fetched_once_and_each_article_named_in_markdown(
    site: Site, tmp_path: Path
) -> None:
    title = "Widget release notes"
    site.routes["/old-notes"] = Page(
        301, b"", {"Content-Type": "text/html; charset=utf-8", "Location": site.url("/notes/widget")}
    )
    site.ok("/notes/widget", title)
    old = site.url("/old-notes")
    places: list[str] = []
    for i in range(4):
        write(tmp_path / f"site/md/p{i}.md", f"# Post {i}\n\n{FILLER}\n\nSee [{title}]({old}).\n")
        places.append(f"site/md/p{i}.md:5")
        write(
            tmp_path / f"site/html/p{i}.html",
            f"<!doctype html><html><head><title>Post {i}</title></head><body>\n<article>\n<h1>Post {i}</h1>\n"
            f'<p>{FILLER}</p>\n<p>See <a href="{old}">{title}</a>.</p>\n</article>\n</body></html>\n',
        )
        places.append(f"site/html/p{i}.html:5")
        write(
            tmp_path / f"site/wiki/p{i}.wiki",
            f"'''Post {i}''' is a page.\n\n{FILLER}<ref>{{{{cite web |url={old} |title={title}}}}}</ref>\n\n"
            "== References ==\n{{reflist}}\n",
        )
        places.append(f"site/wiki/p{i}.wiki:3")
    proc = run(
        ["site/**/*.md", "site/**/*.html", "site/**/*.wiki", *COMMON, "--format", "json", *SUMMARY],
        tmp_path,
    )
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert site.requests_to("/old-notes") == 1
    assert site.requests_to("/notes/widget") == 1
    got = results(proc)
    assert len(got) == 12
    for r in got:
        assert r["status"] == "ok"
        assert "moved" in [f["kind"] for f in r["findings"]]  # type: ignore[attr-defined]
    assert sorted(f"{r['source']}:{r['line']}" for r in got) == sorted(places)
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    for place in places:
        assert place in summary


def test_relative_links_resolve_against_each_articles_own_address(site: Site, tmp_path: Path) -> None:
    site.ok("/guide/config/", "Configuring the widget")
    site.ok("/blog/2024/config/", "Our configuration story")
    site.ok("/news/2024/b.html", "Widget wins award")
    write(
        tmp_path / "site/guide/install.md",
        f"---\ntitle: Installing the widget\nurl: {site.url('/guide/install/')}\n---\n\n"
        "Then read [Configuring the widget](../config/).\n",
    )
    write(
        tmp_path / "site/blog/post.md",
        f"---\ntitle: A post\nurl: {site.url('/blog/2024/post/')}\n---\n\n"
        "We wrote [Our configuration story](../config/) last year.\n",
    )
    write(
        tmp_path / "site/news/a.html",
        f"<!doctype html><html><head><title>Award</title>"
        f'<link rel="canonical" href="{site.url("/news/2024/a.html")}">'
        f'</head><body><article><h1>Award</h1><p>{FILLER} See <a href="b.html">Widget wins award</a>.</p>'
        "</article></body></html>\n",
    )
    proc = run(["site/**/*.md", "site/**/*.html", *COMMON, "--format", "json"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert sorted(str(r["url"]) for r in results(proc)) == sorted(
        [site.url("/blog/2024/config/"), site.url("/guide/config/"), site.url("/news/2024/b.html")]
    )
    assert all(r["status"] == "ok" for r in results(proc))


@pytest.mark.parametrize("command", [[], ["extract"]])
def test_a_base_url_without_a_scheme_is_a_usage_error_naming_the_option(
    command: list[str], tmp_path: Path
) -> None:
    write(tmp_path / "site/a.html", '<p>See <a href="other.html">Other page of the widget docs</a>.</p>\n')
    args = [*command, "site/a.html", "--base-url", "docs.example/guide/"]
    proc = run(args + (["--no-config"] if not command else []), tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "--base-url" in proc.stderr
    assert "docs.example/guide/" in proc.stderr


def test_include_and_exclude_over_a_site(site: Site, tmp_path: Path) -> None:
    site.ok("/docs/a", "Widget docs part A")
    site.ok("/docs/b", "Widget docs part B")
    for i in range(3):
        write(
            tmp_path / f"site/p{i}.md",
            f"[Widget docs part A]({site.url('/docs/a')})\n\n[Widget docs part B]({site.url('/docs/b')})\n\n"
            f"[Retired blog post]({site.url('/blog/gone')})\n",
        )
    proc = run(
        ["site/*.md", *COMMON, "--include", "/docs/", "--exclude", "/docs/b$", "--format", "json"], tmp_path
    )
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert site.requests_to("/docs/a") == 1
    assert site.requests_to("/docs/b") == 0
    assert site.requests_to("/blog/gone") == 0
    got = results(proc)
    checked = [r for r in got if r["url"] == site.url("/docs/a")]
    assert [(r["source"], r["line"], r["status"]) for r in checked] == [
        (f"site/p{i}.md", 1, "ok") for i in range(3)
    ]
    for r in got:
        if r["url"] != site.url("/docs/a"):
            assert r["status"] == "skipped"
            assert r["verdict"] == "pass"
            assert not r["findings"]


# --- linkcheck extract over a site ---------------------------------------------------------------------


def test_extract_over_a_site_keeps_each_articles_date_with_its_citations(site: Site, tmp_path: Path) -> None:
    site.ok("/p", "Widget pricing announced", "2023-05-05T10:00:00Z")
    site.ok("/q", "Widget roadmap for next year", "2025-01-01T10:00:00Z")
    write(
        tmp_path / "site/a.md",
        f"---\ntitle: Early notes\ndate: 2020-01-01\n---\n\n[Widget pricing announced]({site.url('/p')})\n",
    )
    write(
        tmp_path / "site/b.md",
        f"---\ntitle: Later notes\ndate: 2024-06-01\n---\n\n[Widget pricing announced]({site.url('/p')})\n",
    )
    write(tmp_path / "site/c.md", f"# Undated notes\n\n[Widget roadmap for next year]({site.url('/q')})\n")
    ext = run(["extract", "site/*.md", "-o", "site.txt"], tmp_path)
    no_traceback(ext)
    assert ext.returncode == 0, ext.stderr
    manifest = (tmp_path / "site.txt").read_text(encoding="utf-8")
    comments = re.findall(r"^# (site/\S+):(\d+)$", manifest, flags=re.M)
    assert comments == [("site/a.md", "6"), ("site/b.md", "6"), ("site/c.md", "3")]
    proc = run(["site.txt", *COMMON, "--format", "json"], tmp_path)
    no_traceback(proc)
    got = results(proc)
    assert [str(r["url"]) for r in got] == [site.url("/p"), site.url("/p"), site.url("/q")]
    kinds = [[f["kind"] for f in r["findings"]] for r in got]  # type: ignore[attr-defined]
    assert "postdates_article" in kinds[0]  # a.md (2020-01-01) cites a page of 2023-05-05
    assert "postdates_article" not in kinds[1]  # b.md (2024-06-01): published before it
    assert "postdates_article" not in kinds[2]  # c.md states no date: b.md's is not its own
    assert proc.returncode == 1


def test_extract_over_a_site_with_a_bad_article_leaves_the_manifest_it_would_replace(tmp_path: Path) -> None:
    write(tmp_path / "site/a.md", "[Widget docs](https://docs.example/widget)\n")
    write(tmp_path / "site/b.md", b"# B\nbinary\x00junk\n")
    old = write(tmp_path / "sources.txt", "https://docs.example/kept | title: Kept from yesterday\n")
    proc = run(["extract", "site/*.md", "-o", "sources.txt"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert "site/b.md" in proc.stderr
    assert old.read_text(encoding="utf-8") == "https://docs.example/kept | title: Kept from yesterday\n"
