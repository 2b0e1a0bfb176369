"""Held-out probe (site7, forty-seventh session): a whole site's articles through the CLI, seventh probe.

Written from README.md, docs/ (articles, ci, sources-format, json-schema), ``linkcheck --help``,
``tests/site_server.py``'s docstring, the earlier probes' docstrings and test names and the site6 subsection
of docs/benchmarks.md (its leftovers), before any code under ``src/`` was read, and committed before any
change under ``src/``. A documentation, wiki or news site's maintainer checks the site from its source tree,
as a nightly CI job would. Every case runs the real command (``python -m linkcheck`` in a subprocess) against
pages served on 127.0.0.1 by ``tests/site_server.py`` (no case needs raw framing). Covered (none of the
earlier probes' cases): a Hugo post whose TOML front matter lists its sources as an inline array of tables
(site6's leftover); a Jekyll post whose YAML front matter lists them in flow style; Pandoc posts citing keys
of a bibliography their front matter names, the ``.bib`` not given (site6's leftover); a newsroom's
WordPress export (WXR) of three posts, each dated by its own ``wp:post_date``; article files whose names
hold spaces and accents, named in every report (SARIF's URI percent-encoded); one source spelled three ways
by three articles (host case, campaign parameters, a fragment), fetched once; MDX pages (imports, exports,
JSX comments, ``<a>`` and Markdown links); a Quarto site's ``.qmd`` and ``.Rmd`` pages (code chunks,
callouts); a Gemini capsule's ``.gmi`` posts (``=>`` link lines, ``gemini://`` links); a nightly job that
fails only on dead links (``--fail-on dead``) and one that adds ``blocked``.
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
from urllib.parse import unquote

import pytest

from tests.site_server import Page, SiteServer, serve

SRC = str(Path(__file__).resolve().parents[1] / "src")


def run(args: list[str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The CLI as a CI job runs it: no config file, no colour, no GitHub annotations, bounded in time."""
    env = dict(os.environ)
    env["PYTHONPATH"] = SRC
    env["NO_COLOR"] = "1"
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", *args, "--no-config", "--progress", "never", "--retries", "0"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def page(title: str, date: str, site: str = "Grid Office") -> Page:
    """An article page stating its title, date and site name, with enough text to be no empty page."""
    text = " ".join(
        f"<p>{title} is told here at length, part {n}, with figures and quotes from people.</p>"
        for n in range(6)
    )
    body = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title} | {site}</title>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{site}">'
        f'<meta property="article:published_time" content="{date}T09:00:00Z">'
        f"</head><body><article><h1>{title}</h1>{text}</article></body></html>"
    )
    return Page(body=body.encode())


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def results(proc: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    assert proc.stdout.strip(), f"no report; exit {proc.returncode}; stderr: {proc.stderr[-2000:]}"
    items: list[dict[str, Any]] = json.loads(proc.stdout)["results"]
    return items


def kinds(result: dict[str, Any]) -> set[str]:
    return {finding["kind"] for finding in result["findings"]}


def by_url(items: list[dict[str, Any]], url: str) -> list[dict[str, Any]]:
    return [item for item in items if item["url"] == url]


PAGES: dict[str, Page] = {
    "/batteries": page("Grid batteries keep getting cheaper", "2024-02-01"),
    "/outlook": page("Quarterly retail prices", "2024-01-15"),
    "/later": page("Storage auctions reopen in the north", "2024-04-20"),
    "/flow": page("Flow batteries in winter", "2024-01-05"),
    "/heat": page("Heat pumps sell out before winter", "2023-10-02"),
    "/walled": Page(status=403, body=b"<html><body>Forbidden</body></html>"),
    "/moved": Page(status=301, body=b"", headers={"Location": "/flow"}),
}


@pytest.fixture(scope="module")
def server() -> Iterator[SiteServer]:
    with serve(dict(PAGES)) as site:
        yield site


def test_hugo_inline_array_of_toml_tables_cites_each_source_at_its_line(
    tmp_path: Path, server: SiteServer
) -> None:
    """site6's leftover: a Hugo front matter may list its sources as an inline array of tables (``sources =
    [{ title = "...", url = "...", publisher = "..." }, ...]``), TOML's other spelling of ``[[sources]]``
    (docs/articles.md: each mapping holding a ``url`` beside a title or a publisher is a citation). Each entry
    is a citation at its own line with its title; the page's own ``date`` still dates the post (a source after
    it postdates it), and no entry's ``url`` is taken for the page's address."""
    base = server.origin
    write(
        tmp_path,
        "content/posts/valley.md",
        "+++\n"  # 1
        'title = "Storage in the valley"\n'  # 2
        "date = 2024-03-05T08:00:00+01:00\n"  # 3
        "sources = [\n"  # 4
        f'  {{ title = "Grid batteries keep getting cheaper", url = "{base}/batteries", publisher = "Grid Office" }},\n'  # 5  # noqa: E501
        f'  {{ title = "Storage auctions reopen in the north", url = "{base}/later", publisher = "Grid Office" }},\n'  # 6  # noqa: E501
        "]\n"  # 7
        "+++\n"  # 8
        "\n"  # 9
        "The valley's storage plans, in brief.\n",  # 10
    )
    write(
        tmp_path,
        "content/posts/flow.md",
        "+++\n"  # 1
        'title = "Flow in the cold"\n'  # 2
        "date = 2024-02-01\n"  # 3
        f'sources = [{{ title = "Flow batteries in winter", url = "{base}/flow", publisher = "Grid Office" }}]\n'  # 4  # noqa: E501
        "+++\n"  # 5
        "\n"  # 6
        "Cold months, in brief.\n",  # 7
    )
    proc = run(["content/**/*.md", "--format", "json", "--allow-private"], tmp_path)
    items = results(proc)
    got = sorted((item["source"], item["line"], item["url"], item["cited"]["title"]) for item in items)
    assert got == sorted(
        [
            ("content/posts/valley.md", 5, f"{base}/batteries", "Grid batteries keep getting cheaper"),
            ("content/posts/valley.md", 6, f"{base}/later", "Storage auctions reopen in the north"),
            ("content/posts/flow.md", 4, f"{base}/flow", "Flow batteries in winter"),
        ]
    ), items
    (batteries,) = by_url(items, f"{base}/batteries")
    assert batteries["verdict"] == "pass", batteries
    (later,) = by_url(items, f"{base}/later")
    assert "postdates_article" in kinds(later), later
    (flow,) = by_url(items, f"{base}/flow")
    assert flow["verdict"] == "pass", flow
    assert proc.returncode == 1, proc.stderr


def test_yaml_flow_style_sources_in_a_jekyll_front_matter(tmp_path: Path, server: SiteServer) -> None:
    """site6's note: YAML's flow style (``sources: [{title: ..., url: ...}]``, or one ``- {title: ..., url:
    ...}`` per item) is the same list of mappings as the block style docs/articles.md reads, so each entry is
    a citation at its line, with its title and outlet; a menu-like ``links: [{name: Home, url: /}]`` is
    none."""
    base = server.origin
    write(
        tmp_path,
        "_posts/2024-03-01-heat.md",
        "---\n"  # 1
        "layout: post\n"  # 2
        "title: Heat and storage\n"  # 3
        "date: 2024-03-01\n"  # 4
        "links: [{name: Home, url: /}]\n"  # 5
        "sources:\n"  # 6
        f'  - {{title: "Heat pumps sell out before winter", url: "{base}/heat", publisher: Grid Office}}\n'  # 7  # noqa: E501
        f"  - {{title: Quarterly retail prices, url: {base}/outlook, publisher: Grid Office}}\n"  # 8
        f'related: [{{title: "Flow batteries in summer", url: "{base}/flow", website: Grid Office}}]\n'  # 9
        "---\n"  # 10
        "\n"  # 11
        "Heat pumps and storage, in brief.\n",  # 12
    )
    proc = run(["_posts/*.md", "--format", "json", "--allow-private"], tmp_path)
    items = results(proc)
    got = sorted((item["line"], item["url"], item["cited"]["title"]) for item in items)
    assert got == [
        (7, f"{base}/heat", "Heat pumps sell out before winter"),
        (8, f"{base}/outlook", "Quarterly retail prices"),
        (9, f"{base}/flow", "Flow batteries in summer"),
    ], items
    (heat,) = by_url(items, f"{base}/heat")
    assert heat["verdict"] == "pass", heat
    (flow,) = by_url(items, f"{base}/flow")
    assert "title_mismatch" in kinds(flow), flow
    assert proc.returncode == 1, proc.stderr


def test_posts_citing_keys_of_the_bibliography_their_front_matter_names(tmp_path: Path) -> None:
    """site6's leftover: Pandoc and Quarto posts name their bibliography in the front matter
    (``bibliography: ../refs/references.bib``) and cite its keys (``[@grid2024]``). A nightly job checking
    ``posts/*.md`` checks what the posts cite: each cited key's entry is a citation of the post at the line
    of its first key, with the entry's title and URL; an entry cited by three posts is fetched once; an entry
    no post cites is not fetched; a dead cited entry fails the run."""
    with serve(dict(PAGES)) as site:
        base = site.origin
        write(
            tmp_path,
            "refs/references.bib",
            "@online{grid2024,\n"  # 1
            "  title = {Grid Batteries Keep Getting Cheaper},\n"  # 2
            "  organization = {Grid Office},\n"  # 3
            "  date = {2024-02-01},\n"  # 4
            f"  url = {{{base}/batteries}},\n"  # 5
            "}\n"  # 6
            "\n"  # 7
            "@online{unused2024,\n"  # 8
            "  title = {Quarterly Retail Prices},\n"  # 9
            "  organization = {Grid Office},\n"  # 10
            f"  url = {{{base}/outlook}},\n"  # 11
            "}\n"  # 12
            "\n"  # 13
            "@online{gone2024,\n"  # 14
            "  title = {Hydrogen Hubs Stall},\n"  # 15
            "  organization = {Grid Office},\n"  # 16
            f"  url = {{{base}/gone}},\n"  # 17
            "}\n",  # 18
        )
        for n in range(3):
            write(
                tmp_path,
                f"posts/p{n}.md",
                "---\n"  # 1
                f"title: Post {n}\n"  # 2
                f"date: 2024-06-0{n + 1}\n"  # 3
                "bibliography: ../refs/references.bib\n"  # 4
                "---\n"  # 5
                "\n"  # 6
                "Batteries got cheaper [@grid2024].\n"  # 7
                + ("Hubs stalled [@gone2024, p. 3].\n" if n == 0 else ""),  # 8
            )
        proc = run(["posts/*.md", "--format", "json", "--allow-private"], tmp_path)
        items = results(proc)
        hits = dict(site.hits)
    got = sorted((item["source"], item["line"], item["url"]) for item in items)
    assert got == [
        ("posts/p0.md", 7, f"{base}/batteries"),
        ("posts/p0.md", 8, f"{base}/gone"),
        ("posts/p1.md", 7, f"{base}/batteries"),
        ("posts/p2.md", 7, f"{base}/batteries"),
    ], items
    assert (hits.get("/batteries"), hits.get("/gone"), hits.get("/outlook")) == (1, 1, None), hits
    assert all(
        item["cited"]["title"] == "Grid Batteries Keep Getting Cheaper"
        for item in by_url(items, f"{base}/batteries")
    )
    (gone,) = by_url(items, f"{base}/gone")
    assert gone["status"] == "dead", gone
    assert proc.returncode == 1, proc.stderr


def test_a_newsroom_wordpress_export_dates_each_post_by_its_own_post_date(
    tmp_path: Path, server: SiteServer
) -> None:
    """A newsroom moving off WordPress checks its export (WXR: an RSS ``<channel>`` of ``<item>`` posts, each
    with ``wp:post_date`` and its HTML in ``content:encoded`` CDATA). Each post's links are citations at
    their lines with their words (Title Case: a title, docs/articles.md); the channel's and items' own
    addresses (``<link>``, ``<guid>``) are none; each post is its own article, dated by its own
    ``wp:post_date``: a source published after the first post but before the third postdates only the
    first's citation."""
    base = server.origin
    write(
        tmp_path,
        "export/newsroom.wordpress.2024-06-01.xml",
        '<?xml version="1.0" encoding="UTF-8" ?>\n'  # 1
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'  # 2
        ' xmlns:wp="http://wordpress.org/export/1.2/">\n'  # 2
        "<channel>\n"  # 3
        "  <title>Valley Courier</title>\n"  # 4
        "  <link>https://courier.example</link>\n"  # 5
        "  <wp:wxr_version>1.2</wp:wxr_version>\n"  # 6
        "  <item>\n"  # 7
        "    <title>Storage plans stall</title>\n"  # 8
        "    <link>https://courier.example/2024/01/10/storage-plans-stall/</link>\n"  # 9
        '    <guid isPermaLink="false">https://courier.example/?p=101</guid>\n'  # 10
        "    <wp:post_date><![CDATA[2024-01-10 08:00:00]]></wp:post_date>\n"  # 11
        "    <content:encoded><![CDATA[<p>Plans stalled this week.</p>\n"  # 12
        f'<p>As <a href="{base}/later">Storage Auctions Reopen in the North</a> put it, the north moves first.</p>]]></content:encoded>\n'  # 13  # noqa: E501
        "  </item>\n"  # 14
        "  <item>\n"  # 15
        "    <title>Flow storage arrives</title>\n"  # 16
        "    <link>https://courier.example/2024/02/01/flow/</link>\n"  # 17
        '    <guid isPermaLink="false">https://courier.example/?p=102</guid>\n'  # 18
        "    <wp:post_date><![CDATA[2024-02-01 08:00:00]]></wp:post_date>\n"  # 19
        f'    <content:encoded><![CDATA[<p>See <a href="{base}/flow">Flow Batteries in Winter</a>.</p>]]></content:encoded>\n'  # 20  # noqa: E501
        "  </item>\n"  # 21
        "  <item>\n"  # 22
        "    <title>The north's auctions</title>\n"  # 23
        "    <link>https://courier.example/2024/05/02/auctions/</link>\n"  # 24
        '    <guid isPermaLink="false">https://courier.example/?p=103</guid>\n'  # 25
        "    <wp:post_date><![CDATA[2024-05-02 08:00:00]]></wp:post_date>\n"  # 26
        "    <content:encoded><![CDATA[<p>The auctions opened.</p>\n"  # 27
        f'<p>Background: <a href="{base}/later">Storage Auctions Reopen in the North</a>.</p>]]></content:encoded>\n'  # 28  # noqa: E501
        "  </item>\n"  # 29
        "</channel>\n"  # 30
        "</rss>\n",  # 31
    )
    proc = run(["export/*.xml", "--format", "json", "--allow-private"], tmp_path)
    items = results(proc)
    assert not [item for item in items if "courier.example" in item["url"]], items
    got = sorted((item["line"], item["url"], item["cited"]["title"]) for item in items)
    assert got == [
        (13, f"{base}/later", "Storage Auctions Reopen in the North"),
        (20, f"{base}/flow", "Flow Batteries in Winter"),
        (28, f"{base}/later", "Storage Auctions Reopen in the North"),
    ], items
    verdicts = {item["line"]: ("postdates_article" in kinds(item), item["verdict"]) for item in items}
    assert verdicts == {13: (True, "fail"), 20: (False, "pass"), 28: (False, "pass")}, items
    assert proc.returncode == 1, proc.stderr


def test_article_files_with_spaces_and_accents_are_named_in_every_report(
    tmp_path: Path, server: SiteServer
) -> None:
    """A wiki's pages are saved under their titles: ``Über uns/Café notes.md``. Every report names the file
    as it is (JSON's ``source``, the text report's ``FILE:LINE``, the Markdown report, JUnit's suite), and
    SARIF, whose ``artifactLocation.uri`` is a URI reference, percent-encodes it (no raw space), decoding to
    the path."""
    base = server.origin
    name = "wiki/Über uns/Café notes.md"
    write(tmp_path, name, f"# Café notes\n\nText.\n\nSee [Hydrogen hubs stall]({base}/gone-cafe).\n")
    proc = run(
        [
            "wiki/**/*.md",
            "--allow-private",
            "--article-date",
            "2024-06-01",
            "--output",
            "json=r.json",
            "--output",
            "markdown=r.md",
            "--output",
            "junit=r.xml",
            "--output",
            "sarif=r.sarif",
        ],
        tmp_path,
    )
    assert proc.returncode == 1, proc.stderr
    assert f"{name}:5" in proc.stdout, proc.stdout
    (item,) = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["results"]
    assert (item["source"], item["line"]) == (name, 5), item
    assert f"{name}:5" in (tmp_path / "r.md").read_text(encoding="utf-8")
    suites = [s.get("name") for s in ET.parse(tmp_path / "r.xml").getroot().iter("testsuite")]
    assert name in suites, suites
    sarif = json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))
    (result,) = sarif["runs"][0]["results"]
    loc = result["locations"][0]["physicalLocation"]
    uri = loc["artifactLocation"]["uri"]
    assert " " not in uri, uri
    assert (unquote(uri), loc["region"]["startLine"]) == (name, 5), loc


def test_one_source_spelled_three_ways_by_three_articles_is_fetched_once(tmp_path: Path) -> None:
    """Three articles cite one page: one as written, one with the host in capitals and a newsletter's
    campaign parameters (``?utm_source=...``), one with a fragment (``#costs``). docs/articles.md counts these
    spellings as one link; over a site the page is fetched once (one request in all) and each article has its
    own passing result at its own line."""
    with serve(dict(PAGES)) as site:
        port = site.port
        write(
            tmp_path,
            "site/a.md",
            f"# A\n\nSee [Grid batteries keep getting cheaper](http://127.0.0.1:{port}/batteries).\n",
        )
        write(
            tmp_path,
            "site/b.md",
            f"# B\n\nText.\n\nSee [Grid batteries keep getting cheaper](HTTP://LOCALHOST:{port}/batteries"
            "?utm_source=newsletter&utm_medium=email).\n".replace("LOCALHOST", "127.0.0.1"),
        )
        write(
            tmp_path,
            "site/c.md",
            f"# C\n\nText.\n\nMore.\n\nSee [Grid batteries keep getting cheaper](http://127.0.0.1:{port}/batteries#costs).\n",
        )
        proc = run(
            ["site/*.md", "--format", "json", "--allow-private", "--article-date", "2024-06-01"], tmp_path
        )
        items = results(proc)
        requests = [r.path for r in site.requests if r.route == "/batteries"]
    assert len(requests) == 1, requests
    assert sorted((item["source"], item["line"], item["verdict"]) for item in items) == [
        ("site/a.md", 3, "pass"),
        ("site/b.md", 5, "pass"),
        ("site/c.md", 7, "pass"),
    ], items
    assert proc.returncode == 0, proc.stderr


def test_mdx_pages_cite_their_links_not_imports_exports_or_jsx_comments(
    tmp_path: Path, server: SiteServer
) -> None:
    """A Next.js or Docusaurus site writes pages in MDX (``.mdx``): Markdown with ``import``/``export`` lines,
    JSX components and ``{/* comments */}``. Its Markdown links and its ``<a href>`` elements are citations
    at their lines with their words (Title Case); a URL in an ``import``, in an ``export const meta = {...}``
    and inside a JSX comment is none. The ``.mdx`` files are matched by the glob and read as Markdown."""
    base = server.origin
    write(
        tmp_path,
        "pages/blog/storage.mdx",
        "import { Callout } from 'nextra/components'\n"  # 1
        "import Chart from '../../components/Chart'\n"  # 2
        "\n"  # 3
        f"export const meta = {{ title: 'Storage notes', date: '2024-06-01', cover: '{base}/cover-only' }}\n"  # 4  # noqa: E501
        "\n"  # 5
        "# Storage notes\n"  # 6
        "\n"  # 7
        f"{{/* Old source, dropped: {base}/comment-only */}}\n"  # 8
        "\n"  # 9
        f"The [Grid Batteries Keep Getting Cheaper]({base}/batteries) report sets the scene.\n"  # 10
        "\n"  # 11
        '<Callout type="info">\n'  # 12
        f'  Prices fell, as <a href="{base}/outlook">Quarterly Retail Prices</a> shows.\n'  # 13
        "</Callout>\n"  # 14
        "\n"  # 15
        '<Chart data={[1, 2, 3]} caption="Prices" />\n',  # 16
    )
    proc = run(
        ["pages/**/*.mdx", "--format", "json", "--allow-private", "--article-date", "2024-06-01"], tmp_path
    )
    items = results(proc)
    got = sorted((item["line"], item["url"], item["cited"]["title"]) for item in items)
    assert got == [
        (10, f"{base}/batteries", "Grid Batteries Keep Getting Cheaper"),
        (13, f"{base}/outlook", "Quarterly Retail Prices"),
    ], items
    assert all(item["verdict"] == "pass" for item in items), items
    assert proc.returncode == 0, proc.stderr


def test_a_quarto_site_cites_its_prose_not_its_code_chunks(tmp_path: Path, server: SiteServer) -> None:
    """A Quarto (or R Markdown) site's pages are ``.qmd`` and ``.Rmd``: Markdown with a YAML front matter
    (its ``date`` dates the page), executable chunks fenced as ```` ```{python} ```` / ```` ```{r} ```` (code:
    a URL a chunk reads is no citation) and callouts (``::: {.callout-note}``, prose: its links are cited).
    The site's ``_quarto.yml`` is not an article of ``'**/*.qmd'``."""
    base = server.origin
    write(tmp_path, "site/_quarto.yml", f"project:\n  type: website\nwebsite:\n  site-url: {base}/site\n")
    write(
        tmp_path,
        "site/posts/prices.qmd",
        "---\n"  # 1
        'title: "Prices"\n'  # 2
        "date: 2024-03-01\n"  # 3
        "---\n"  # 4
        "\n"  # 5
        "```{python}\n"  # 6
        "import pandas as pd\n"  # 7
        f'df = pd.read_csv("{base}/data.csv")\n'  # 8
        "```\n"  # 9
        "\n"  # 10
        "::: {.callout-note}\n"  # 11
        f"Prices fell, as [Quarterly Retail Prices]({base}/outlook) shows.\n"  # 12
        ":::\n"  # 13
        "\n"  # 14
        f"Later, [Storage Auctions Reopen in the North]({base}/later) followed.\n",  # 15
    )
    write(
        tmp_path,
        "site/posts/flow.Rmd",
        "---\n"  # 1
        'title: "Flow"\n'  # 2
        "date: 2024-02-01\n"  # 3
        "output: html_document\n"  # 4
        "---\n"  # 5
        "\n"  # 6
        "```{r setup, include=FALSE}\n"  # 7
        f'flows <- read.csv("{base}/flows.csv")\n'  # 8
        "```\n"  # 9
        "\n"  # 10
        f"See [Flow Batteries in Winter]({base}/flow).\n",  # 11
    )
    proc = run(["site/**/*.qmd", "site/**/*.Rmd", "--format", "json", "--allow-private"], tmp_path)
    items = results(proc)
    got = sorted((item["source"], item["line"], item["url"]) for item in items)
    assert got == [
        ("site/posts/flow.Rmd", 11, f"{base}/flow"),
        ("site/posts/prices.qmd", 12, f"{base}/outlook"),
        ("site/posts/prices.qmd", 15, f"{base}/later"),
    ], items
    (later,) = by_url(items, f"{base}/later")
    assert "postdates_article" in kinds(later), later
    (outlook,) = by_url(items, f"{base}/outlook")
    assert (outlook["cited"]["title"], outlook["verdict"]) == ("Quarterly Retail Prices", "pass"), outlook
    (flow,) = by_url(items, f"{base}/flow")
    assert (flow["cited"]["title"], flow["verdict"]) == ("Flow Batteries in Winter", "pass"), flow
    assert proc.returncode == 1, proc.stderr


def test_a_gemini_capsules_gemlog_cites_its_web_link_lines_with_their_labels(
    tmp_path: Path, server: SiteServer
) -> None:
    """A Gemini capsule's gemlog is a tree of ``.gmi`` files: gemtext's link lines (``=> URL label``) are its
    only links, the label after the URL (docs/articles.md: gemtext's label). A web link line is a citation
    with its label as the cited title; ``gemini://`` links and the capsule's own relative links (``=>
    /gemlog/``) are no web links: no citation, no error."""
    base = server.origin
    write(
        tmp_path,
        "capsule/gemlog/2024-03-02-storage.gmi",
        "# Storage notes\n"  # 1
        "\n"  # 2
        "Some notes on storage this week.\n"  # 3
        "\n"  # 4
        f"=> {base}/batteries Grid Batteries Keep Getting Cheaper\n"  # 5
        "=> gemini://gemini.example/gemlog/storage.gmi A friend's notes on storage\n"  # 6
        "=> /gemlog/ Back to the gemlog\n"  # 7
        f"=> {base}/later Storage Auctions Reopen in the North\n",  # 8
    )
    write(
        tmp_path,
        "capsule/gemlog/2024-01-20-flow.gmi",
        "# Flow\n"  # 1
        "\n"  # 2
        f"=> {base}/flow Flow Batteries in Winter\n",  # 3
    )
    proc = run(
        ["capsule/**/*.gmi", "--format", "json", "--allow-private", "--article-date", "2024-06-01"], tmp_path
    )
    items = results(proc)
    got = sorted((item["source"], item["line"], item["url"], item["cited"]["title"]) for item in items)
    assert got == [
        ("capsule/gemlog/2024-01-20-flow.gmi", 3, f"{base}/flow", "Flow Batteries in Winter"),
        (
            "capsule/gemlog/2024-03-02-storage.gmi",
            5,
            f"{base}/batteries",
            "Grid Batteries Keep Getting Cheaper",
        ),
        ("capsule/gemlog/2024-03-02-storage.gmi", 8, f"{base}/later", "Storage Auctions Reopen in the North"),
    ], items
    assert all(item["verdict"] == "pass" for item in items), items
    assert proc.returncode == 0, proc.stderr


def test_a_nightly_job_failing_only_on_dead_links_and_one_adding_blocked(
    tmp_path: Path, server: SiteServer
) -> None:
    """A site's nightly job that fails only on dead links (``--fail-on dead``): a moved link, a wrong title
    and a walled page (403, ``blocked``) are reported but exit 0; a dead link in one article then fails the
    run (exit 1) with its ``FILE:LINE`` in the text report. ``--fail-on +blocked`` adds the walled page to the
    defaults: it fails at its own file and line."""
    base = server.origin
    write(tmp_path, "site/a.md", f"# A\n\nSee [Flow batteries in winter]({base}/moved).\n")
    write(tmp_path, "site/b.md", f"# B\n\nText.\n\nSee [Annual outlook of everything]({base}/outlook).\n")
    write(tmp_path, "site/c.md", f"# C\n\nSee [Walled story one]({base}/walled).\n")
    args = ["site/*.md", "--allow-private", "--article-date", "2024-06-01"]
    quiet = run([*args, "--fail-on", "dead", "--format", "json"], tmp_path)
    assert quiet.returncode == 0, quiet.stderr
    assert {item["source"] for item in results(quiet)} == {"site/a.md", "site/b.md", "site/c.md"}
    write(tmp_path, "site/d.md", f"# D\n\nText.\n\nSee [Hydrogen hubs stall]({base}/gone-d).\n")
    dead = run([*args, "--fail-on", "dead"], tmp_path)
    assert dead.returncode == 1, dead.stderr
    assert "site/d.md:5" in dead.stdout, dead.stdout
    fail_lines = [line for line in dead.stdout.splitlines() if "FAIL" in line]
    assert fail_lines, dead.stdout
    assert all("site/d.md" in line for line in fail_lines), dead.stdout
    blocked = run([*args, "--fail-on", "+blocked", "--format", "json"], tmp_path)
    assert blocked.returncode == 1, blocked.stderr
    (walled,) = by_url(results(blocked), f"{base}/walled")
    assert (walled["source"], walled["line"], walled["status"], walled["verdict"]) == (
        "site/c.md",
        3,
        "blocked",
        "fail",
    ), walled
