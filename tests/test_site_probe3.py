"""Held-out probe (site3, forty-second session): a whole site's articles through the CLI, third probe.

Written from README.md, docs/ (articles, ci, sources-format, json-schema), ``linkcheck --help``, ``linkcheck
extract --help`` and the earlier probes' docstrings, before any code under ``src/`` was read, and committed
before any change under ``src/``. A documentation or news site's maintainer checks the site from its source
tree or its built HTML. Every case runs the real command (``python -m linkcheck`` in a subprocess) against
pages served on 127.0.0.1 by the test. Covered (none of the earlier probes' cases): one tree mixing Markdown,
HTML, wikitext, reStructuredText and AsciiDoc read by one ``'site/**/*'`` glob, each format's citation at its
own line and a page cited by all of them fetched once; reStructuredText's `` `words <url>`_ `` and
AsciiDoc's ``link:url[words]`` giving the cited title; the article's date from a TOML front matter, a
reStructuredText ``:Date:`` field and an AsciiDoc ``:revdate:`` attribute; one page cited by two articles
whose front matter dates differ (one postdates, one does not); relative links with ``../`` against
``--base-url`` in a subdirectory, a ``<base href>`` relative to it, a Markdown front matter ``url`` and
``--base-url`` winning over it; the JUnit report grouped by article file; articles citing nothing; ``linkcheck
extract`` over the mixed tree read back to the same verdicts; ``--exclude`` with a negative lookahead and a
glob given to ``--include``; a glob's ``[!_]`` negation under ``**``; ``linkcheck extract`` over an
unreadable article without and with ``--keep-going`` (site2's leftover). Expectations are what the docs
promise or, where they are silent, what a demanding user of a mature tool expects: the file and line at
fault named, nothing lost, exit codes as documented (0, 1, 2).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.site_server import Page, SiteServer, serve

SRC = str(Path(__file__).resolve().parent.parent / "src")


def run(args: list[str], cwd: Path, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = SRC + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["NO_COLOR"] = "1"
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def page(title: str, published: str, site: str = "Harbour Gazette") -> Page:
    body = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}T09:00:00+00:00">
</head><body><article>
<h1>{title}</h1>
<p><time datetime="{published}T09:00:00+00:00">{published}</time></p>
<p>The harbour authority said on Monday that the works would continue through the winter, and that the
contractors had been told to keep the quay open to the ferries at all times.</p>
<p>Residents who spoke at the meeting asked for the noise limits to be written into the contract, and the
council agreed to publish the measurements every week on its website.</p>
<p>A spokesperson for the contractor declined to comment on the schedule beyond the dates already given.</p>
</article></body></html>"""
    return Page(200, body.encode())


def write(root: Path, rel: str, text: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    """1-based line of the first occurrence of ``needle`` in ``text``."""
    index = text.index(needle)
    return text.count("\n", 0, index) + 1


def results(proc: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    assert "Traceback" not in proc.stderr, proc.stderr
    document = json.loads(proc.stdout)
    found: list[dict[str, Any]] = document["results"]
    return found


def kinds(result: dict[str, Any]) -> set[str]:
    return {finding["kind"] for finding in result["findings"]}


@pytest.fixture
def server() -> Iterator[SiteServer]:
    routes = {
        "/news/batteries": page("Grid Batteries Are Getting Cheaper", "2023-05-05"),
        "/news/tram-depot": page("Council Approves Tram Depot Budget", "2021-06-01"),
        "/news/ferry": page("Night Ferry Returns To The Northern Route", "2019-04-02"),
    }
    with serve(routes) as srv:
        yield srv


# ---------------------------------------------------------------------------------------------------------
# One tree, five formats


def mixed_site(root: Path, origin: str) -> dict[str, str]:
    """A site's source tree in five formats; every article but ``about.txt`` cites ``/gone`` (a 404)."""
    texts = {
        "site/index.md": f"""---
title: Harbour works, a summary
date: 2024-03-01
---

# Harbour works, a summary

The works began with [Night Ferry Returns To The Northern Route]({origin}/news/ferry).

An older report is [no longer online]({origin}/gone).
""",
        "site/guide/setup.html": f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Setting up the harbour guide</title></head>
<body><main>
<h1>Setting up the harbour guide</h1>
<p>Before the works the ferry ran at night, as the
<a href="{origin}/news/ferry">Night Ferry Returns To The Northern Route</a> story said.</p>

<p>The first plan was in a report
<a href="{origin}/gone">that has since gone</a>.</p>
</main></body></html>
""",
        "site/wiki/History.wiki": f"""'''Harbour works''' began in 2024.

== History ==
The plan was first published in a council report.<ref>{{{{cite web
 |url={origin}/gone
 |title=Harbour Plan, First Draft
 |publisher=Harbour Gazette
 |date=2 March 2019
}}}}</ref>

== References ==
{{{{reflist}}}}
""",
        "site/ref/notes.rst": f"""Harbour notes
=============

The ferry came back in 2019, see `Night Ferry Returns To The Northern Route <{origin}/news/ferry>`_.

The first draft of the plan is `no longer online <{origin}/gone>`_.
""",
        "site/ref/manual.adoc": f"""= Harbour Works Manual

The ferry came back in 2019: {origin}/news/ferry[Night Ferry Returns To The Northern Route].

The first draft of the plan: link:{origin}/gone[Harbour Plan, First Draft].
""",
        "site/about.txt": """About this site

This site is kept by the harbour residents' association. It has no sources of its own.
""",
    }
    for rel, text in texts.items():
        write(root, rel, text)
    return texts


def test_mixed_tree_each_format_cites_at_its_line(tmp_path: Path, server: SiteServer) -> None:
    texts = mixed_site(tmp_path, server.origin)
    proc = run(["site/**/*", "--format", "json", "--allow-private"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    found = results(proc)
    gone = server.origin + "/gone"
    where = {(r["source"], r["line"]) for r in found if r["url"] == gone}
    expected = {(rel, line_of(text, gone)) for rel, text in texts.items() if gone in text}
    assert where == expected
    assert server.hits["/gone"] == 1, server.hits
    # every article but about.txt cites the ferry story too, and no URL carries the markup around it
    ferry = server.origin + "/news/ferry"
    assert {r["url"] for r in found} == {gone, ferry}
    assert {r["source"] for r in found if r["url"] == ferry} == {
        "site/index.md",
        "site/guide/setup.html",
        "site/ref/notes.rst",
        "site/ref/manual.adoc",
    }
    assert "site/about.txt" in proc.stderr


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "notes.rst",
            "Notes\n=====\n\nThe board read `Grid Batteries Are Getting Cheaper <{url}>`_ first.\n",
        ),
        ("notes.adoc", "= Notes\n\nThe board read link:{url}[Grid Batteries Are Getting Cheaper] first.\n"),
    ],
    ids=["rst", "asciidoc"],
)
def test_markup_link_words_are_the_cited_title(
    tmp_path: Path, server: SiteServer, name: str, text: str
) -> None:
    """The words of a link are its cited title, whatever the markup: a page under another headline fails."""
    url = server.origin + "/news/tram-depot"
    write(tmp_path, name, text.format(url=url))
    proc = run([name, "--format", "json", "--allow-private"], tmp_path)
    (result,) = results(proc)
    assert result["url"] == url
    assert result["cited"]["title"] == "Grid Batteries Are Getting Cheaper"
    assert "title_mismatch" in kinds(result)
    assert proc.returncode == 1


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "post.md",
            '+++\ntitle = "Depot notes"\ndate = 2020-01-09T10:00:00+03:00\n+++\n\n'
            "The council's plan: [Council Approves Tram Depot Budget]({url}).\n",
        ),
        (
            "notes.rst",
            "Depot notes\n===========\n\n:Author: Jo Roe\n:Date: 2020-01-09\n\n"
            "The council's plan: `Council Approves Tram Depot Budget <{url}>`_.\n",
        ),
        (
            "notes.adoc",
            "= Depot Notes\nJo Roe\n:revdate: 2020-01-09\n\n"
            "The council's plan: link:{url}[Council Approves Tram Depot Budget].\n",
        ),
    ],
    ids=["toml-front-matter", "rst-date-field", "asciidoc-revdate"],
)
def test_article_date_from_its_header(tmp_path: Path, server: SiteServer, name: str, text: str) -> None:
    """An article dated 2020-01-09 in its own header cannot cite a story of 2021-06-01."""
    url = server.origin + "/news/tram-depot"
    write(tmp_path, name, text.format(url=url))
    proc = run([name, "--format", "json", "--allow-private"], tmp_path)
    (result,) = results(proc)
    assert result["article"] is not None
    assert result["article"]["date"] == "2020-01-09"
    assert "postdates_article" in kinds(result)
    assert result["verdict"] == "fail"
    assert proc.returncode == 1


def test_one_page_two_articles_each_judged_by_its_own_date(tmp_path: Path, server: SiteServer) -> None:
    url = server.origin + "/news/tram-depot"
    old = (
        "---\ntitle: Old post\npublishDate: 2020-01-09\n---\n\n"
        f"See [Council Approves Tram Depot Budget]({url}).\n"
    )
    new = (
        "---\ntitle: New post\ndate: '2024-02-02'\n---\n\nIntro.\n\n"
        f"Again: [Council Approves Tram Depot Budget]({url}).\n"
    )
    write(tmp_path, "blog/2020/old.md", old)
    write(tmp_path, "blog/2024/new.md", new)
    proc = run(["blog/**/*.md", "--format", "json", "--allow-private"], tmp_path)
    found = results(proc)
    by_source = {r["source"]: r for r in found}
    assert set(by_source) == {"blog/2020/old.md", "blog/2024/new.md"}
    assert by_source["blog/2020/old.md"]["line"] == line_of(old, url)
    assert by_source["blog/2024/new.md"]["line"] == line_of(new, url)
    assert "postdates_article" in kinds(by_source["blog/2020/old.md"])
    assert "postdates_article" not in kinds(by_source["blog/2024/new.md"])
    assert by_source["blog/2024/new.md"]["verdict"] == "pass"
    assert proc.returncode == 1
    assert server.hits["/news/tram-depot"] == 1


# ---------------------------------------------------------------------------------------------------------
# Relative links


def test_base_url_in_a_subdirectory_resolves_dot_dot(tmp_path: Path) -> None:
    routes = {
        path: page(title, "2023-01-10")
        for path, title in [
            ("/docs/api/", "The Harbour Data Interface Explained"),
            ("/docs/guide/ref.html", "Reference Tables For Tide Gauges"),
            ("/docs/guide/other.html", "Other Notes On Tide Gauges Today"),
            ("/root.html", "The Harbour Association Annual Report"),
            ("/top.html", "Top Stories From The Harbour This Year"),
        ]
    }
    with serve(routes) as srv:
        html = """<!doctype html>
<html><head><meta charset="utf-8"><title>Tide gauges, a guide</title></head><body><main>
<h1>Tide gauges, a guide</h1>
<p>See <a href="../api/">The Harbour Data Interface Explained</a> for the data.</p>
<p>The <a href="./ref.html">Reference Tables For Tide Gauges</a> list them.</p>
<p>Also <a href="img/../other.html">Other Notes On Tide Gauges Today</a>.</p>
<p>And <a href="/root.html">The Harbour Association Annual Report</a>.</p>
<p>Finally <a href="../../../../top.html">Top Stories From The Harbour This Year</a>.</p>
</main></body></html>
"""
        write(tmp_path, "out/docs/guide/page.html", html)
        base = srv.origin + "/docs/guide/page.html"
        proc = run(
            ["out/docs/guide/page.html", "--base-url", base, "--format", "json", "--allow-private"], tmp_path
        )
        found = results(proc)
        assert [r["url"] for r in found] == [
            srv.origin + "/docs/api/",
            srv.origin + "/docs/guide/ref.html",
            srv.origin + "/docs/guide/other.html",
            srv.origin + "/root.html",
            srv.origin + "/top.html",
        ]
        assert [r["line"] for r in found] == [4, 5, 6, 7, 8]
        assert all(r["status"] == "ok" for r in found), [(r["url"], r["reason"]) for r in found]
        assert proc.returncode == 0, proc.stdout


def test_relative_base_href_resolved_against_base_url(tmp_path: Path) -> None:
    routes = {"/docs/v2/intro.html": page("Introduction To The Second Edition", "2023-01-10")}
    with serve(routes) as srv:
        html = """<!doctype html>
<html><head><meta charset="utf-8"><base href="../v2/"><title>Old edition</title></head><body><main>
<h1>Old edition</h1>
<p>Read the <a href="intro.html">Introduction To The Second Edition</a> instead.</p>
</main></body></html>
"""
        write(tmp_path, "out/docs/v1/page.html", html)
        proc = run(
            [
                "out/docs/v1/page.html",
                "--base-url",
                srv.origin + "/docs/v1/page.html",
                "--format",
                "json",
                "--allow-private",
            ],
            tmp_path,
        )
        (result,) = results(proc)
        assert result["url"] == srv.origin + "/docs/v2/intro.html"
        assert result["status"] == "ok"
        assert proc.returncode == 0


def test_markdown_front_matter_url_and_dot_dot(tmp_path: Path) -> None:
    routes = {
        "/blog/2024/02/older/": page("Tram Depot Plans Reach The Council", "2024-02-10"),
        "/x": page("A Page At The Root Of The Site", "2023-02-10"),
    }
    with serve(routes) as srv:
        text = f"""---
title: Depot, a month later
date: 2024-03-20
url: {srv.origin}/blog/2024/03/post/
---

Last month: [Tram Depot Plans Reach The Council](../../02/older/).

Far up: [A Page At The Root Of The Site](../../../../../x).
"""
        write(tmp_path, "content/blog/2024/03/post.md", text)
        proc = run(["content/**/*.md", "--format", "json", "--allow-private"], tmp_path)
        found = results(proc)
        assert [(r["url"], r["line"]) for r in found] == [
            (srv.origin + "/blog/2024/02/older/", 7),
            (srv.origin + "/x", 9),
        ]
        assert proc.returncode == 0, proc.stdout


def test_base_url_wins_over_markdown_front_matter_url(tmp_path: Path) -> None:
    routes = {"/mirror/guide/a/": page("Tide Tables For The Outer Harbour", "2023-02-10")}
    with serve(routes) as srv:
        text = f"""---
title: Mirror guide
url: {srv.origin}/site/guide/b/
---

See [Tide Tables For The Outer Harbour](../a/).
"""
        write(tmp_path, "b.md", text)
        proc = run(
            ["b.md", "--base-url", srv.origin + "/mirror/guide/b/", "--format", "json", "--allow-private"],
            tmp_path,
        )
        (result,) = results(proc)
        assert result["url"] == srv.origin + "/mirror/guide/a/"
        assert proc.returncode == 0


# ---------------------------------------------------------------------------------------------------------
# Reports by article


def test_junit_groups_each_article_with_its_lines(tmp_path: Path, server: SiteServer) -> None:
    texts = mixed_site(tmp_path, server.origin)
    proc = run(["site/**/*", "--format", "junit", "--allow-private"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    root = ET.fromstring(proc.stdout)
    suites = {
        suite.get("name"): [case.get("name") for case in suite.iter("testcase")]
        for suite in root.iter("testsuite")
    }
    suites = {name: cases for name, cases in suites.items() if cases}
    gone = server.origin + "/gone"
    ferry = server.origin + "/news/ferry"
    expected: dict[str, list[str]] = {}
    for rel, text in sorted(texts.items()):
        cited = sorted((line_of(text, url), url) for url in (gone, ferry) if url in text)
        if cited:
            expected[rel] = [f"line {line}: {url}" for line, url in cited]
    assert suites == expected
    failures = {
        suite.get("name"): [
            case.get("name") for case in suite.iter("testcase") if case.find("failure") is not None
        ]
        for suite in root.iter("testsuite")
    }
    assert all(failures[rel] == [f"line {line_of(texts[rel], gone)}: {gone}"] for rel in expected)


def test_text_report_names_each_article_line_of_one_dead_link(tmp_path: Path, server: SiteServer) -> None:
    texts = mixed_site(tmp_path, server.origin)
    proc = run(["site/**/*", "--allow-private"], tmp_path)
    assert proc.returncode == 1
    gone = server.origin + "/gone"
    for rel, text in texts.items():
        if gone in text:
            assert f"{rel}:{line_of(text, gone)}" in proc.stdout, (rel, proc.stdout)
    assert "site/about.txt:" not in proc.stdout


def test_site_where_no_article_cites_anything(tmp_path: Path) -> None:
    write(tmp_path, "site/a.md", "# Notes\n\nNothing is cited here.\n")
    write(
        tmp_path,
        "site/deep/b.md",
        "# Code\n\n```sh\ncurl -O https://downloads.example/tool.tar.gz\n```\n\n![a map](map.png)\n",
    )
    proc = run(["site/**/*.md", "--format", "json"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert results(proc) == []
    assert "site/a.md" in proc.stderr
    assert "site/deep/b.md" in proc.stderr


# ---------------------------------------------------------------------------------------------------------
# extract, and the round trip


def test_extract_round_trip_over_mixed_tree_keeps_verdicts(tmp_path: Path, server: SiteServer) -> None:
    texts = mixed_site(tmp_path, server.origin)
    write(
        tmp_path,
        "site/blog/depot.md",
        "---\ntitle: Depot\ndate: 2020-01-09\n---\n\n"
        f"Plan: [Council Approves Tram Depot Budget]({server.origin}/news/tram-depot"
        ' "Council Approves Tram Depot Budget").\n',
    )
    direct = run(["site/**/*", "--format", "json", "--allow-private"], tmp_path)
    extracted = run(["extract", "site/**/*", "-o", "sources.txt"], tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    manifest = (tmp_path / "sources.txt").read_text(encoding="utf-8")
    gone = server.origin + "/gone"
    for rel, text in texts.items():
        if gone in text:
            assert f"# {rel}:{line_of(text, gone)}" in manifest, (rel, manifest)
    back = run(["sources.txt", "--format", "json", "--allow-private"], tmp_path)
    assert back.returncode == direct.returncode == 1

    def essence(found: list[dict[str, Any]]) -> list[tuple[object, ...]]:
        return [
            (
                r["url"],
                r["status"],
                r["verdict"],
                sorted(kinds(r)),
                r["cited"],
                (r["article"] or {}).get("date"),
            )
            for r in found
        ]

    assert essence(results(back)) == essence(results(direct))


def bad_site(root: Path, origin: str) -> None:
    write(
        root, "site/a.md", f"# A\n\nSee [Night Ferry Returns To The Northern Route]({origin}/news/ferry).\n"
    )
    write(root, "site/b.md", "# B\n\nThe caf\xe9 on the quay closed.\n".encode("latin-1"))
    write(root, "site/c.md", f"# C\n\nSee [Council Approves Tram Depot Budget]({origin}/news/tram-depot).\n")


def test_extract_without_keep_going_stops_before_writing(tmp_path: Path, server: SiteServer) -> None:
    bad_site(tmp_path, server.origin)
    proc = run(["extract", "site/*.md"], tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "site/b.md:3" in proc.stderr
    assert (
        proc.stdout == ""
    )  # no manifest half written: a shell's `> sources.txt` would hold a part of the site


def test_extract_keep_going_writes_the_rest_and_names_the_file(tmp_path: Path, server: SiteServer) -> None:
    bad_site(tmp_path, server.origin)
    proc = run(["extract", "--keep-going", "site/*.md", "-o", "sources.txt"], tmp_path)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 0, proc.stderr
    assert "site/b.md:3" in proc.stderr
    manifest = (tmp_path / "sources.txt").read_text(encoding="utf-8")
    assert server.origin + "/news/ferry" in manifest
    assert server.origin + "/news/tram-depot" in manifest
    comments = [line for line in manifest.splitlines() if line.startswith("#") and "site/b.md:3" in line]
    assert comments, manifest
    back = run(["sources.txt", "--format", "json", "--allow-private"], tmp_path)
    assert back.returncode == 0, back.stdout
    assert [r["url"] for r in results(back)] == [
        server.origin + "/news/ferry",
        server.origin + "/news/tram-depot",
    ]


# ---------------------------------------------------------------------------------------------------------
# Choosing what is checked


def test_exclude_with_negative_lookahead_skips_all_but_one_section(
    tmp_path: Path, server: SiteServer
) -> None:
    origin = server.origin
    write(
        tmp_path,
        "site/a.md",
        f"# A\n\n- [Night Ferry Returns To The Northern Route]({origin}/news/ferry)\n"
        f"- [Old Plan For The Northern Quay Works]({origin}/archive/plan)\n",
    )
    write(
        tmp_path,
        "site/sub/b.md",
        f"# B\n\n- [Tram Depot Plans From The Archive Years]({origin}/archive/depot)\n",
    )
    pattern = r"^http://127\.0\.0\.1:\d+/(?!news/)"
    proc = run(["site/**/*.md", "--exclude", pattern, "--format", "json", "--allow-private"], tmp_path)
    found = results(proc)
    by_url = {r["url"]: r for r in found}
    assert set(by_url) == {origin + "/news/ferry", origin + "/archive/plan", origin + "/archive/depot"}
    assert by_url[origin + "/news/ferry"]["status"] == "ok"
    for url in (origin + "/archive/plan", origin + "/archive/depot"):
        assert by_url[url]["status"] == "skipped"
        assert by_url[url]["cause"] == "excluded"
    assert server.hits["/archive/plan"] == server.hits["/archive/depot"] == 0
    assert proc.returncode == 0


def test_glob_given_to_include_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    write(tmp_path, "site/a.md", "# A\n\n[Harbour Works Begin In The Spring](https://news.example/a)\n")
    proc = run(["site/**/*.md", "--include", "**/news/**"], tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "--include" in proc.stderr
    assert "**/news/**" in proc.stderr


def test_bracket_negation_under_double_star(tmp_path: Path) -> None:
    names = ["site/a.md", "site/_partial.md", "site/x/y/_nav.md", "site/x/y/b.md", "site/x/.hidden/c.md"]
    for number, rel in enumerate(names):
        write(tmp_path, rel, f"# Page {number}\n\nSee https://news.example/story/{number} for it.\n")
    proc = run(["extract", "site/**/[!_]*.md"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    sources = [line[2:].rsplit(":", 1)[0] for line in proc.stdout.splitlines() if line.startswith("# site/")]
    assert sources == ["site/a.md", "site/x/y/b.md"]
