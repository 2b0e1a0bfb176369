"""Held-out probe (site4, forty-third session): a whole site's articles through the CLI, fourth probe.

Written from README.md, docs/ (articles, ci, sources-format, json-schema), ``linkcheck --help``, ``linkcheck
extract --help`` and the earlier probes' docstrings, before any code under ``src/`` was read, and committed
before any change under ``src/``. A documentation or news site's maintainer checks the site from its built
HTML or its source tree. Every case runs the real command (``python -m linkcheck`` in a subprocess) against
pages served on 127.0.0.1 by the test. Covered (none of the earlier probes' cases): a generator's built pages
(Hugo/MkDocs-like: a header's navigation, a sidebar, a footer's licence and "powered by" links on every page,
``index.html`` per directory) whose only citations are the article bodies' links; a Sphinx-like page (its
related bar and sidebar with ``role="navigation"``, its ``headerlink`` anchors); a canonical link with a
root-relative ``<base href>``; two symbolic links to one directory outside the tree (each article read
once); a hidden directory named by the pattern's own part; a windows-1251 page among UTF-8 pages of one glob
(its Cyrillic cited title judged); a UTF-16 Markdown file with its byte-order mark under ``--keep-going``;
one URL cited under two titles by two articles (each judged by its own); the JUnit suites' counts per
article; 2,000 small articles (each URL fetched once, every citation reported, the summary's counts).
Expectations are what the docs promise or, where they are silent,
what a demanding user of a mature tool expects.
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


def page(title: str, published: str, site: str = "Lakeside Courier") -> Page:
    body = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}T08:00:00+00:00">
</head><body><article>
<h1>{title}</h1>
<p><time datetime="{published}T08:00:00+00:00">{published}</time></p>
<p>The water board said on Tuesday that the new filters would be installed over the summer, and that the
supply to the eastern districts would not be interrupted while the work went on.</p>
<p>Engineers at the plant said the old filters had reached the end of their service life two years ago and
that the replacement had been postponed twice for lack of money.</p>
<p>The board will publish the water quality measurements every month on its website.</p>
</article></body></html>"""
    return Page(200, body.encode("utf-8"))


def write(root: Path, rel: str, text: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    index = text.index(needle)
    return text.count("\n", 0, index) + 1


def results(proc: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    assert "Traceback" not in proc.stderr, proc.stderr
    found: list[dict[str, Any]] = json.loads(proc.stdout)["results"]
    return found


def kinds(result: dict[str, Any]) -> set[str]:
    return {finding["kind"] for finding in result["findings"]}


@pytest.fixture
def server() -> Iterator[SiteServer]:
    routes = {
        "/news/filters": page("Water Board Orders New Filters For The Plant", "2024-03-04"),
        "/news/bridge": page("Old Rail Bridge To Reopen For Cyclists", "2024-02-12"),
        "/news/library": page("City Library Extends Its Opening Hours", "2023-11-20"),
        "/ru/vodokanal": page("Водоканал закупит новые фильтры для станции", "2024-03-05", "Озёрный вестник"),
        "/ru/most": page(
            "Старый железнодорожный мост откроют для велосипедистов", "2024-02-13", "Озёрный вестник"
        ),
        "/theme": page("Lighthouse Theme For Static Sites", "2020-01-01", "Theme Works"),
        "/license": page("Attribution 4.0 International", "2013-11-25", "Licence Commons"),
        "/trending/one": page("Ten Walks Around The Lake", "2023-06-01"),
    }
    with serve(routes) as srv:
        yield srv


def built_page(o: str, own: str, body: str) -> str:
    """A generator's built page: navigation, a sidebar and a footer around one article body."""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Notes from the lake | Lakeside Docs</title>
<link rel="canonical" href="https://docs.lakeside.example{own}">
<link rel="stylesheet" href="/css/main.css">
</head><body>
<header class="site-header"><nav class="main-nav">
<a href="/">Home</a> <a href="/posts/">Posts</a> <a href="/about/">About</a>
<a href="{o}/trending/one">Ten Walks Around The Lake</a>
</nav></header>
<aside class="sidebar"><h3>Popular</h3><ul>
<li><a href="{o}/trending/one">Ten Walks Around The Lake</a></li>
<li><a href="/tags/water/">water</a></li>
</ul></aside>
<main><article class="post">
<h1>Notes from the lake</h1>
{body}
</article></main>
<footer class="site-footer"><p>Text under <a href="{o}/license">CC BY 4.0</a>.
Built with <a href="{o}/theme">the Lighthouse theme</a>.</p></footer>
</body></html>
"""


# ---------------------------------------------------------------------------------------------------------
# A generator's built HTML


def hugo_tree(root: Path, o: str) -> dict[str, str]:
    texts = {
        "public/index.html": built_page(o, "/", "<p>Welcome to the notes. Read the posts below.</p>"),
        "public/posts/filters/index.html": built_page(
            o,
            "/posts/filters/",
            f'<p>The plant is getting <a href="{o}/news/filters">new filters</a>, the board said.</p>\n'
            f'<p>See also <a href="/posts/bridge/">our bridge post</a>.</p>',
        ),
        "public/posts/bridge/index.html": built_page(
            o,
            "/posts/bridge/",
            f'<p>The <a href="{o}/news/bridge">Old Rail Bridge To Reopen For Cyclists</a> story.</p>',
        ),
    }
    for rel, text in texts.items():
        write(root, rel, text)
    write(root, "public/css/main.css", "body { color: #222 }\n")
    write(root, "public/sitemap.xml", f"<urlset><url><loc>{o}/news/library</loc></url></urlset>\n")
    write(root, "public/robots.txt", "User-agent: *\nDisallow:\n")
    return texts


def test_built_pages_cite_only_their_bodies_links(tmp_path: Path, server: SiteServer) -> None:
    texts = hugo_tree(tmp_path, server.origin)
    proc = run(["public/**/*.html", "--format", "json", "--allow-private"], tmp_path)
    # Mended before any src/ read: a link to another page of the article's own host is a citation
    # (docs/articles.md, "The publishing site"), resolved against the canonical address, whose reserved
    # `.example` name is dead with cause `dns` (docs/json-schema.md): the run fails on it.
    assert proc.returncode == 1, proc.stderr
    found = sorted((r["source"], r["line"], r["url"]) for r in results(proc))
    o = server.origin
    filters = texts["public/posts/filters/index.html"]
    bridge = texts["public/posts/bridge/index.html"]
    sibling = "https://docs.lakeside.example/posts/bridge/"
    assert found == [
        ("public/posts/bridge/index.html", line_of(bridge, f"{o}/news/bridge"), f"{o}/news/bridge"),
        ("public/posts/filters/index.html", line_of(filters, f"{o}/news/filters"), f"{o}/news/filters"),
        ("public/posts/filters/index.html", line_of(filters, "/posts/bridge/"), sibling),
    ]
    for path in ("/trending/one", "/license", "/theme", "/news/library"):
        assert server.hits[path] == 0, path


def test_built_page_footer_links_are_no_citations_in_extract(tmp_path: Path, server: SiteServer) -> None:
    hugo_tree(tmp_path, server.origin)
    proc = run(["extract", "public/**/*.html"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    for path in ("/trending/one", "/license", "/theme"):
        assert server.origin + path not in proc.stdout, (path, proc.stdout)
    assert server.origin + "/news/filters" in proc.stdout
    assert server.origin + "/news/bridge" in proc.stdout


def test_sphinx_like_page_cites_its_body_not_its_bars(tmp_path: Path, server: SiteServer) -> None:
    o = server.origin
    text = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Water notes &#8212; Lakeside 1.0 documentation</title>
<link rel="index" title="Index" href="genindex.html">
</head><body>
<div class="related" role="navigation" aria-label="related navigation"><h3>Navigation</h3><ul>
<li class="right"><a href="genindex.html" title="General Index">index</a></li>
<li><a href="{o}/trending/one">Ten Walks Around The Lake</a> &#187;</li></ul></div>
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<section id="water-notes">
<h1>Water notes<a class="headerlink" href="#water-notes" title="Permalink to this heading">¶</a></h1>
<p>The board ordered
<a class="reference external" href="{o}/news/filters">Water Board Orders New Filters For The Plant</a>
in March.</p>
</section></div></div></div>
<div class="sphinxsidebar" role="navigation" aria-label="main navigation"><div class="sphinxsidebarwrapper">
<h3>Related Topics</h3><ul><li><a href="{o}/news/library">City Library Extends Its Opening Hours</a></li></ul>
<div role="note" aria-label="source link"><ul class="this-page-menu">
<li><a href="_sources/water.rst.txt" rel="nofollow">Show Source</a></li></ul></div>
</div></div></div>
<div class="footer">&#169;2024, Lakeside. Powered by <a href="{o}/theme">Sphinx</a>.</div>
</body></html>
"""
    write(tmp_path, "_build/html/water.html", text)
    write(tmp_path, "_build/html/_sources/water.rst.txt", "Water notes\n===========\n")
    proc = run(["_build/html/*.html", "--format", "json", "--allow-private"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    found = [(r["url"], r["line"], r["cited"].get("title")) for r in results(proc)]
    assert found == [
        (
            f"{o}/news/filters",
            line_of(text, f"{o}/news/filters"),
            "Water Board Orders New Filters For The Plant",
        )
    ]


def test_root_relative_base_href_with_a_canonical_link(tmp_path: Path) -> None:
    text = """<!doctype html><html><head><meta charset="utf-8"><title>Guide</title>
<link rel="canonical" href="https://docs.lakeside.example/v3/guide/setup/">
<base href="/v3/">
</head><body><main><article><h1>Setting up</h1>
<p>Read the <a href="reference/config.html">configuration reference</a> and the
<a href="https://news.lakeside.example/2024/03/filters">report on the filters</a>.</p>
</article></main></body></html>
"""
    write(tmp_path, "public/v3/guide/setup/index.html", text)
    proc = run(["extract", "public/**/*.html"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "https://docs.lakeside.example/v3/reference/config.html" in proc.stdout
    assert "https://news.lakeside.example/2024/03/filters" in proc.stdout


# ---------------------------------------------------------------------------------------------------------
# The tree: links, hidden parts


def test_two_links_to_one_directory_read_its_articles_once(tmp_path: Path, server: SiteServer) -> None:
    o = server.origin
    write(tmp_path, "shared/note.md", f"# Shared\n\nThe [bridge story]({o}/news/bridge) ran in February.\n")
    write(tmp_path, "site/own.md", f"# Own\n\nThe [filters]({o}/news/filters) story.\n")
    (tmp_path / "site" / "a").symlink_to(tmp_path / "shared", target_is_directory=True)
    (tmp_path / "site" / "b").symlink_to(tmp_path / "shared", target_is_directory=True)
    proc = run(["site/**/*.md", "--format", "json", "--allow-private"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    found = sorted((r["source"], r["line"], r["url"]) for r in results(proc))
    assert found == [("site/a/note.md", 3, f"{o}/news/bridge"), ("site/own.md", 3, f"{o}/news/filters")]
    assert server.hits["/news/bridge"] == 1


def test_a_hidden_directory_named_by_the_pattern_is_read(tmp_path: Path, server: SiteServer) -> None:
    o = server.origin
    write(tmp_path, "site/.drafts/2024/next.md", f"# Next\n\n[The bridge]({o}/news/bridge).\n")
    write(tmp_path, "site/.drafts/.git/notes.md", f"# Git\n\n[Library]({o}/news/library).\n")
    write(tmp_path, "site/post.md", f"# Post\n\n[Filters]({o}/news/filters).\n")
    proc = run(["site/.drafts/**/*.md", "--format", "json", "--allow-private"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert [(r["source"], r["url"]) for r in results(proc)] == [
        ("site/.drafts/2024/next.md", f"{o}/news/bridge")
    ]


# ---------------------------------------------------------------------------------------------------------
# Encodings


def test_windows_1251_page_among_utf8_pages_is_judged_by_its_cyrillic_title(
    tmp_path: Path, server: SiteServer
) -> None:
    o = server.origin
    ru = f"""<!doctype html><html lang="ru"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Новости станции</title></head><body><article><h1>Новости станции</h1>
<p>Водоканал сообщил о закупке фильтров. Работы начнутся летом.</p>
<h2>Источники</h2>
<ul>
<li><a href="{o}/ru/vodokanal">Водоканал закупит новые фильтры для станции</a></li>
<li><a href="{o}/ru/most">Мэр ушёл в отставку после провала бюджета</a></li>
</ul>
</article></body></html>
"""
    write(tmp_path, "public/ru/index.html", ru.encode("cp1251"))
    write(
        tmp_path,
        "public/en/index.html",
        built_page(
            o, "/en/", f'<p><a href="{o}/news/filters">Water Board Orders New Filters For The Plant</a>.</p>'
        ),
    )
    proc = run(["public/**/*.html", "--format", "json", "--allow-private"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    by_url = {r["url"]: r for r in results(proc)}
    assert set(by_url) == {f"{o}/ru/vodokanal", f"{o}/ru/most", f"{o}/news/filters"}
    assert by_url[f"{o}/ru/vodokanal"]["verdict"] == "pass"
    assert by_url[f"{o}/ru/vodokanal"]["cited"]["title"] == "Водоканал закупит новые фильтры для станции"
    assert by_url[f"{o}/ru/vodokanal"]["line"] == line_of(ru, "/ru/vodokanal")
    assert by_url[f"{o}/ru/most"]["cited"]["title"] == "Мэр ушёл в отставку после провала бюджета"
    assert "title_mismatch" in kinds(by_url[f"{o}/ru/most"])
    assert by_url[f"{o}/news/filters"]["verdict"] == "pass"


def test_utf16_markdown_with_bom_under_keep_going_is_one_failed_result(
    tmp_path: Path, server: SiteServer
) -> None:
    o = server.origin
    write(tmp_path, "site/a.md", f"# A\n\n[Filters]({o}/news/filters).\n")
    write(tmp_path, "site/b.md", f"# B\n\n[Bridge]({o}/news/bridge).\n".encode("utf-16"))
    write(tmp_path, "site/c.md", f"# C\n\n[Library]({o}/news/library).\n")
    proc = run(["site/*.md", "--keep-going", "--format", "json", "--allow-private"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    found = results(proc)
    assert [r["source"] for r in found] == ["site/a.md", "site/b.md", "site/c.md"]
    bad = found[1]
    assert bad["verdict"] == "fail"
    assert bad["cause"] == "invalid_citation"
    assert "UTF-16" in bad["reason"], bad["reason"]
    assert found[0]["verdict"] == "pass"
    assert found[2]["verdict"] == "pass"
    assert "site/b.md" in proc.stderr


# ---------------------------------------------------------------------------------------------------------
# Reports


def test_one_url_two_titles_each_article_judged_by_its_own(tmp_path: Path, server: SiteServer) -> None:
    o = server.origin
    write(
        tmp_path,
        "site/good.md",
        f"# Good\n\nSee [Water Board Orders New Filters For The Plant]({o}/news/filters).\n",
    )
    write(
        tmp_path, "site/bad.md", f"# Bad\n\nSee [Mayor Resigns After Budget Vote Fails]({o}/news/filters).\n"
    )
    proc = run(["site/*.md", "--format", "json", "--allow-private"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    found = {r["source"]: r for r in results(proc)}
    assert set(found) == {"site/good.md", "site/bad.md"}
    assert found["site/good.md"]["verdict"] == "pass"
    assert found["site/bad.md"]["cited"]["title"] == "Mayor Resigns After Budget Vote Fails"
    assert "title_mismatch" in kinds(found["site/bad.md"])
    assert found["site/bad.md"]["verdict"] == "fail"
    assert server.hits["/news/filters"] == 1


def test_junit_suite_counts_per_article(tmp_path: Path, server: SiteServer) -> None:
    o = server.origin
    write(
        tmp_path, "site/one.md", f"# One\n\n[a]({o}/news/filters)\n\n[b]({o}/gone)\n\n[c]({o}/news/bridge)\n"
    )
    write(tmp_path, "site/two.md", f"# Two\n\n[d]({o}/news/library)\n")
    proc = run(["site/*.md", "--format", "junit", "--allow-private"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    root = ET.fromstring(proc.stdout)
    suites = {s.get("name"): s for s in root.iter("testsuite") if list(s.iter("testcase"))}
    assert set(suites) == {"site/one.md", "site/two.md"}
    assert (suites["site/one.md"].get("tests"), suites["site/one.md"].get("failures")) == ("3", "1")
    assert (suites["site/two.md"].get("tests"), suites["site/two.md"].get("failures")) == ("1", "0")
    if root.tag == "testsuites":
        assert (root.get("tests"), root.get("failures")) == ("4", "1")


# ---------------------------------------------------------------------------------------------------------
# Scale


def test_two_thousand_small_articles(tmp_path: Path, server: SiteServer) -> None:
    o = server.origin
    paths = ["/news/filters", "/news/bridge", "/news/library", "/gone"]
    for i in range(2000):
        target = paths[i % 4]
        write(tmp_path, f"site/{i // 100:02d}/post-{i:04d}.md", f"# Post {i}\n\nSee [this]({o}{target}).\n")
    proc = run(["site/**/*.md", "--format", "json", "--allow-private"], tmp_path, timeout=120)
    assert proc.returncode == 1, proc.stderr[-2000:]
    found = results(proc)
    assert len(found) == 2000
    summary = json.loads(proc.stdout)["summary"]
    assert summary["total"] == 2000
    assert summary["fail"] == 500
    assert summary["dead"] == 500
    assert [r["source"] for r in found] == sorted(r["source"] for r in found)
    assert all(r["line"] == 3 for r in found)
    for path in paths:
        assert server.hits[path] == 1, (path, server.hits[path])
