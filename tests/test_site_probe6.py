"""Held-out probe (site6, forty-sixth session): a whole site's articles through the CLI, sixth probe.

Written from README.md, docs/ (articles, ci, sources-format, json-schema), ``linkcheck --help``,
``linkcheck extract --help``, ``tests/site_server.py``'s docstring, the earlier probes' docstrings and test
names and the site5 subsection of docs/benchmarks.md, before any code under ``src/`` was read, and committed
before any change under ``src/``. A documentation, wiki or news site's maintainer checks the site from its
source tree. Every case runs the real command (``python -m linkcheck`` in a subprocess) against pages served
on 127.0.0.1 by ``tests/site_server.py`` (no case needs raw framing). Covered (none of the earlier probes'
cases): a Hugo post with TOML front matter (``+++``, its date, ``[[sources]]``) and shortcodes around links;
a Jekyll post with YAML front matter, Liquid tags around links and kramdown's ``{:target=...}``; MkDocs
admonitions and content tabs, and a Docusaurus page's ``:::tip`` and ``<Tabs>``; a Sphinx page's ``:doc:``
roles and relative links with ``--base-url``; a MediaWiki XML export (escaped ``<ref>`` and ``{{cite
news}}``, two pages); a site whose posts share one BibTeX bibliography; a tree of 300 articles with one
undecodable byte and one binary file (with and without ``--keep-going``); a nightly job where twenty articles
cite one dead source (fetched once a night, reported per article, graced then failing); the machine reports'
per-article view (JSON, JSON Lines, Markdown, JUnit, SARIF: which file and line); the text report's order of
the articles to fix (failures, then warnings, clean ones left out).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.site_server import Page, Request, SiteServer, serve

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
    "/docs/install.html": page("Installing the grid toolkit", "2023-11-01", "Grid Toolkit"),
    "/walled": Page(status=403, body=b"<html><body>Forbidden</body></html>"),
}


@pytest.fixture(scope="module")
def server() -> Iterator[SiteServer]:
    with serve(dict(PAGES)) as site:
        yield site


def test_hugo_toml_front_matter_dates_the_post_lists_its_sources_and_shortcodes_cite_nothing(
    tmp_path: Path, server: SiteServer
) -> None:
    """A Hugo post's TOML front matter (``+++``) gives its date and lists its sources as an array of tables
    (docs/articles.md: front matter in YAML or TOML, each mapping with a ``url`` beside a ``title`` or a
    publisher is a citation). Shortcodes (``{{< ref >}}``, ``{{< relref >}}``, ``{{< figure >}}``) are the
    site's own machinery: no citation, and no "pass the article's address" error either. A source published
    after the post's date is ``postdates_article``."""
    base = server.origin
    write(
        tmp_path,
        "content/posts/storage.md",
        "+++\n"  # 1
        'title = "Storage in the valley"\n'  # 2
        "date = 2024-03-05T08:00:00+01:00\n"  # 3
        "draft = false\n"  # 4
        'tags = ["storage", "grid"]\n'  # 5
        "\n"  # 6
        "[[sources]]\n"  # 7
        'title = "Grid batteries keep getting cheaper"\n'  # 8
        f'url = "{base}/batteries"\n'  # 9
        'publisher = "Grid Office"\n'  # 10
        "+++\n"  # 11
        "\n"  # 12
        '{{< figure src="/img/valley.jpg" caption="The valley at dusk" >}}\n'  # 13
        "\n"  # 14
        'Read [the auction notes]({{< ref "posts/auctions.md" >}})'  # 15
        ' and [about us]({{< relref "about" >}}).\n'  # 15
        f"The [Storage auctions reopen in the north]({base}/later) report came out this week.\n",  # 16
    )
    proc = run(["content/**/*.md", "--format", "json", "--allow-private"], tmp_path)
    items = results(proc)
    assert sorted(item["url"] for item in items) == sorted([f"{base}/batteries", f"{base}/later"]), items
    (batteries,) = by_url(items, f"{base}/batteries")
    assert batteries["cited"]["title"] == "Grid batteries keep getting cheaper", batteries
    assert batteries["verdict"] == "pass", batteries
    (later,) = by_url(items, f"{base}/later")
    assert later["line"] == 16
    assert "postdates_article" in kinds(later), later
    assert proc.returncode == 1, proc.stderr


def test_jekyll_liquid_tags_around_links_are_the_sites_own_and_kramdown_attributes_keep_the_title(
    tmp_path: Path, server: SiteServer
) -> None:
    """A Jekyll post links its siblings through Liquid (``{% post_url %}``, ``{% link %}``, ``{{ site.baseurl
    }}``): they are no address, so no citation and no error. A link followed by kramdown's inline attribute
    list (``{:target="_blank"}``) is still that link with its words (Title Case: a title, docs/articles.md)
    as the cited title. The YAML front
    matter's date dates the post; the URL inside ``{% highlight %}`` is code (docs/articles.md)."""
    base = server.origin
    write(
        tmp_path,
        "_posts/2024-02-10-grid.md",
        "---\n"  # 1
        "layout: post\n"  # 2
        'title: "Grid notes"\n'  # 3
        "date: 2024-02-10 09:00:00 +0000\n"  # 4
        "categories: [energy]\n"  # 5
        "---\n"  # 6
        "{% include toc.html %}\n"  # 7
        "Read [our first post]({% post_url 2024-01-01-hello %})"  # 8
        " and [the archive]({{ site.baseurl }}/archive/).\n"  # 8
        "The [policy page]({% link _pages/policy.md %}) says how we cite.\n"  # 9
        f'The [Grid Batteries Keep Getting Cheaper]({base}/batteries){{:target="_blank"}}'  # 10
        " piece set the scene.\n"  # 10
        "{% highlight shell %}\n"  # 11
        f"curl {base}/code-only\n"  # 12
        "{% endhighlight %}\n"  # 13
        f"Then [Storage Auctions Reopen in the North]({base}/later){{: .external}} followed.\n",  # 14
    )
    proc = run(["_posts/*.md", "--format", "json", "--allow-private"], tmp_path)
    items = results(proc)
    assert sorted(item["url"] for item in items) == sorted([f"{base}/batteries", f"{base}/later"]), items
    (batteries,) = by_url(items, f"{base}/batteries")
    assert (batteries["line"], batteries["cited"]["title"], batteries["verdict"]) == (
        10,
        "Grid Batteries Keep Getting Cheaper",
        "pass",
    )
    (later,) = by_url(items, f"{base}/later")
    assert "postdates_article" in kinds(later), later
    assert proc.returncode == 1, proc.stderr


def test_mkdocs_admonitions_and_tabs_and_docusaurus_admonitions_cite_their_links(
    tmp_path: Path, server: SiteServer
) -> None:
    """MkDocs Material writes notes as ``!!! note "..."`` and tabs as ``=== "..."`` with their content
    indented four spaces; Docusaurus writes ``:::tip`` ... ``:::`` and ``<Tabs>``/``<TabItem>``. The links
    inside are the page's prose (docs/articles.md: indented code blocks are not recognised), each cited at
    its line with its words (Title Case) as the title; an MDX ``import`` line is no link."""
    base = server.origin
    write(
        tmp_path,
        "docs/guide.md",
        "# Storage guide\n"  # 1
        "\n"  # 2
        '!!! note "Background"\n'  # 3
        f"    The [Grid Batteries Keep Getting Cheaper]({base}/batteries) report sets the scene.\n"  # 4
        "\n"  # 5
        '=== "Summer"\n'  # 6
        "\n"  # 7
        f"    Prices fell, as [Quarterly Retail Prices]({base}/outlook) shows.\n"  # 8
        "\n"  # 9
        '=== "Winter"\n'  # 10
        "\n"  # 11
        f"    See [Flow Batteries in Winter]({base}/flow) for the cold months.\n",  # 12
    )
    write(
        tmp_path,
        "website/docs/intro.md",
        "---\n"  # 1
        "sidebar_position: 1\n"  # 2
        "---\n"  # 3
        "import Tabs from '@theme/Tabs';\n"  # 4
        "import TabItem from '@theme/TabItem';\n"  # 5
        "\n"  # 6
        "# Intro\n"  # 7
        "\n"  # 8
        ":::tip Read first\n"  # 9
        "\n"  # 10
        f"The [Storage Auctions Reopen in the North]({base}/later) story.\n"  # 11
        "\n"  # 12
        ":::\n"  # 13
        "\n"  # 14
        "<Tabs>\n"  # 15
        '  <TabItem value="north" label="North">\n'  # 16
        "\n"  # 17
        f"  The [Grid Batteries Keep Getting Cheaper]({base}/batteries) figures.\n"  # 18
        "\n"  # 19
        "  </TabItem>\n"  # 20
        "</Tabs>\n",  # 21
    )
    proc = run(
        [
            "docs/*.md",
            "website/docs/*.md",
            "--format",
            "json",
            "--allow-private",
            "--article-date",
            "2024-06-01",
        ],
        tmp_path,
    )
    items = results(proc)
    got = sorted((item["source"], item["line"], item["url"], item["cited"]["title"]) for item in items)
    assert got == sorted(
        [
            ("docs/guide.md", 4, f"{base}/batteries", "Grid Batteries Keep Getting Cheaper"),
            ("docs/guide.md", 8, f"{base}/outlook", "Quarterly Retail Prices"),
            ("docs/guide.md", 12, f"{base}/flow", "Flow Batteries in Winter"),
            ("website/docs/intro.md", 11, f"{base}/later", "Storage Auctions Reopen in the North"),
            ("website/docs/intro.md", 18, f"{base}/batteries", "Grid Batteries Keep Getting Cheaper"),
        ]
    ), items
    assert all(item["verdict"] == "pass" for item in items), items
    assert proc.returncode == 0, proc.stderr


def test_sphinx_relative_links_resolve_against_base_url_and_doc_roles_cite_nothing(
    tmp_path: Path, server: SiteServer
) -> None:
    """A Sphinx page links the built site with relative targets (`` `Install <install.html>`_ ``) and its
    sources with ``:doc:``. Given the page's address (``--base-url``), a relative link is resolved and
    checked as a Markdown or HTML page's is (docs/articles.md: relative links resolve against the
    article's address): the missing release notes are dead at their line. ``:doc:`` and ``:ref:`` roles
    name source files, not addresses: no citation."""
    base = server.origin
    write(
        tmp_path,
        "docs/index.rst",
        "Grid toolkit\n"  # 1
        "============\n"  # 2
        "\n"  # 3
        ":Date: 2024-06-03\n"  # 4
        "\n"  # 5
        "Start with `Installing the grid toolkit <install.html>`_, then read\n"  # 6
        "`Release notes 2024 <notes/2024.html>`_ and :doc:`usage` and :ref:`config-section`.\n"  # 7
        f"Background: `Grid batteries keep getting cheaper <{base}/batteries>`_.\n",  # 8
    )
    proc = run(
        ["docs/index.rst", "--format", "json", "--allow-private", "--base-url", f"{base}/docs/index.html"],
        tmp_path,
    )
    items = results(proc)
    assert sorted(item["url"] for item in items) == sorted(
        [f"{base}/docs/install.html", f"{base}/docs/notes/2024.html", f"{base}/batteries"]
    ), items
    (notes,) = by_url(items, f"{base}/docs/notes/2024.html")
    assert (notes["line"], notes["status"], notes["verdict"]) == (7, "dead", "fail"), notes
    (install,) = by_url(items, f"{base}/docs/install.html")
    assert (install["line"], install["verdict"]) == (6, "pass"), install
    assert proc.returncode == 1, proc.stderr


def test_mediawiki_xml_export_reads_escaped_refs_of_each_page(tmp_path: Path, server: SiteServer) -> None:
    """A MediaWiki export (``Special:Export``: ``<mediawiki>``, one ``<page>`` each) holds wikitext with its
    markup escaped as XML (``&lt;ref&gt;``, ``&amp;``). docs/articles.md reads such a file as wikitext:
    each ``{{cite news}}`` is a citation with its title, outlet and date, its URL with a plain ``&``, at the
    line it is written on; ``{{Reflist}}`` and ``[[internal links]]`` are none."""
    base = server.origin
    write(
        tmp_path,
        "wiki/export.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n'  # 1
        '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">\n'  # 2
        "  <page>\n"  # 3
        "    <title>Grid storage</title>\n"  # 4
        "    <revision>\n"  # 5
        "      <timestamp>2024-06-01T10:00:00Z</timestamp>\n"  # 6
        '      <text xml:space="preserve">Costs fell in [[Europe]].&lt;ref&gt;{{cite news |url='  # 7
        f"{base}/batteries?id=7&amp;lang=en |title=Grid batteries keep getting cheaper |work=Grid Office"  # 7
        " |date=1 February 2024}}&lt;/ref&gt;\n"  # 7
        "\n"  # 8
        "== References ==\n"  # 9
        "{{Reflist}}</text>\n"  # 10
        "    </revision>\n"  # 11
        "  </page>\n"  # 12
        "  <page>\n"  # 13
        "    <title>Flow storage</title>\n"  # 14
        "    <revision>\n"  # 15
        "      <timestamp>2024-06-02T10:00:00Z</timestamp>\n"  # 16
        '      <text xml:space="preserve">Winter tests.&lt;ref&gt;{{cite web |url='  # 17
        f"{base}/flow |title=Flow batteries in summer |website=Grid Office}}}}&lt;/ref&gt;\n"  # 17
        "{{Reflist}}</text>\n"  # 18
        "    </revision>\n"  # 19
        "  </page>\n"  # 20
        "</mediawiki>\n",  # 21
    )
    proc = run(["wiki/export.xml", "--format", "json", "--allow-private"], tmp_path)
    items = results(proc)
    assert sorted(item["url"] for item in items) == sorted(
        [f"{base}/batteries?id=7&lang=en", f"{base}/flow"]
    ), items
    (batteries,) = by_url(items, f"{base}/batteries?id=7&lang=en")
    assert (batteries["line"], batteries["cited"]["title"], batteries["verdict"]) == (
        7,
        "Grid batteries keep getting cheaper",
        "pass",
    )
    (flow,) = by_url(items, f"{base}/flow")
    assert flow["line"] == 17
    assert "title_mismatch" in kinds(flow), flow
    assert proc.returncode == 1, proc.stderr


def test_posts_sharing_one_bibliography_file_get_each_entry_checked_once_at_its_line(tmp_path: Path) -> None:
    """A Pandoc or Quarto site keeps its sources in one ``references.bib`` that every post cites by key
    (``[@grid2024]``). Given with the posts, the bibliography's entries are read as docs/articles.md says
    (BibTeX: the ``url`` takes the entry's ``title``, outlet and date), each URL fetched once however
    many posts cite its key, each result at the entry's ``url`` line in the ``.bib``: a wrong title is a
    ``title_mismatch``, a dead entry is dead, named with the title it was cited under."""
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
            "@online{outlook2024,\n"  # 8
            "  title = {Annual outlook of everything},\n"  # 9
            "  organization = {Grid Office},\n"  # 10
            f"  url = {{{base}/outlook}},\n"  # 11
            "}\n"  # 12
            "\n"  # 13
            "@online{gone2024,\n"  # 14
            "  title = {Hydrogen hubs stall},\n"  # 15
            "  organization = {Grid Office},\n"  # 16
            f"  url = {{{base}/gone}},\n"  # 17
            "}\n",  # 18
        )
        for n in range(3):
            write(
                tmp_path,
                f"posts/p{n}.md",
                f"---\ntitle: Post {n}\ndate: 2024-06-0{n + 1}\nbibliography: ../refs/references.bib\n---\n"
                "Batteries got cheaper [@grid2024], the outlook agrees [@outlook2024; @gone2024].\n",
            )
        proc = run(
            [
                "posts/*.md",
                "refs/references.bib",
                "--format",
                "json",
                "--allow-private",
                "--article-date",
                "2024-06-01",
            ],
            tmp_path,
        )
        items = results(proc)
        hits = dict(site.hits)
    assert sorted((item["source"], item["line"], item["url"]) for item in items) == [
        ("refs/references.bib", 5, f"{base}/batteries"),
        ("refs/references.bib", 11, f"{base}/outlook"),
        ("refs/references.bib", 17, f"{base}/gone"),
    ], items
    assert (hits.get("/batteries"), hits.get("/outlook"), hits.get("/gone")) == (1, 1, 1), hits
    (batteries,) = by_url(items, f"{base}/batteries")
    assert batteries["verdict"] == "pass", batteries
    (outlook,) = by_url(items, f"{base}/outlook")
    assert "title_mismatch" in kinds(outlook), outlook
    (gone,) = by_url(items, f"{base}/gone")
    assert (gone["status"], gone["cited"]["title"]) == ("dead", "Hydrogen hubs stall"), gone
    assert proc.returncode == 1, proc.stderr


def _big_tree(root: Path, base: str) -> list[str]:
    """300 articles in 10 sections, each citing the shared source and one of ten section pages; the 150th
    holds one Latin-1 byte on its line 4 and the 220th is a binary file saved with ``.md``."""
    names = []
    for n in range(300):
        name = f"content/s{n % 10}/post{n:03d}.md"
        text = (
            f"# Post {n}\n"  # 1
            "\n"  # 2
            f"Shared: [Grid batteries keep getting cheaper]({base}/batteries).\n"  # 3
            f"Section: {base}/p/{n % 10}\n"  # 4
        )
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if n == 150:
            path.write_bytes(text.replace("Section:", "Secci\xf3n:").encode("latin-1"))
        elif n == 220:
            path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
        else:
            path.write_text(text, encoding="utf-8")
        names.append(name)
    return names


def _section(request: Request) -> Page:
    match = re.fullmatch(r"/p/(\d+)", request.path.split("?")[0])
    if match is None:
        return Page(status=404, body=b"<html><body>Not here</body></html>")
    return page(f"Section {match.group(1)} digest", "2024-01-01")


def test_a_tree_of_300_articles_with_one_undecodable_byte_and_one_binary_file_loses_nothing_else(
    tmp_path: Path,
) -> None:
    """One Latin-1 byte in one article and one image saved as ``.md`` among 300 articles: without
    ``--keep-going`` the run stops before any fetch naming the first bad file with its line (exit 2,
    docs/ci.md); with it, each is one failed result at its line, named in a warning, and all 298 others are
    checked, the shared source fetched once."""
    with serve(dict(PAGES), answer=_section) as site:
        base = site.origin
        names = _big_tree(tmp_path, base)
        stop = run(["content/**/*.md", "--format", "json", "--allow-private"], tmp_path)
        assert stop.returncode == 2, stop.stderr[-2000:]
        assert f"{names[150]}:4" in stop.stderr, stop.stderr[-2000:]
        assert site.paths() == [], site.paths()
        go = run(["content/**/*.md", "--format", "json", "--allow-private", "--keep-going"], tmp_path)
        hits = dict(site.hits)
    items = results(go)
    assert go.returncode == 1, go.stderr[-2000:]
    bad = [item for item in items if item["cause"] == "invalid_citation"]
    assert sorted(item["source"] for item in bad) == sorted([names[150], names[220]]), bad
    (latin,) = [item for item in bad if item["source"] == names[150]]
    assert latin["line"] == 4, latin
    good_sources = {item["source"] for item in items if item["cause"] != "invalid_citation"}
    assert good_sources == set(names) - {names[150], names[220]}
    assert len(items) == 298 * 2 + 2
    assert hits.get("/batteries") == 1, hits
    assert f"{names[150]}:4" in go.stderr, go.stderr[-2000:]
    assert names[220] in go.stderr, go.stderr[-2000:]


def test_twenty_articles_citing_one_dead_source_nightly_fetch_it_once_and_report_each_article(
    tmp_path: Path,
) -> None:
    """A nightly job with ``--state`` and ``--fail-after 2``: twenty articles cite one source that died.
    Each night the source is fetched once (docs: one fetch per URL) and reported for every article at its
    own line (one result per citation); the first night it only warns (exit 0), the second it fails in all
    twenty places (exit 1), and the text report names each article's file and line."""
    with serve(dict(PAGES)) as site:
        base = site.origin
        for n in range(20):
            write(
                tmp_path,
                f"news/{n:02d}.md",
                f"# Story {n}\n\n"
                + "Filler line.\n" * (n % 4)
                + f"Per [Hydrogen hubs stall]({base}/gone).\n",
            )
        args = ["news/*.md", "--allow-private", "--state", "state.json", "--fail-after", "2"]
        first = run([*args, "--format", "json"], tmp_path)
        first_hits = site.hits.get("/gone", 0)
        second = run([*args, "--output", "json=night2.json"], tmp_path)
        second_hits = site.hits.get("/gone", 0)
    items = results(first)
    assert first.returncode == 0, first.stderr
    assert len(items) == 20
    assert all(item["verdict"] == "warn" for item in items), items
    assert first_hits == 1
    assert second.returncode == 1, second.stderr
    assert second_hits == 2
    night2 = json.loads((tmp_path / "night2.json").read_text(encoding="utf-8"))["results"]
    assert len(night2) == 20
    assert all(item["verdict"] == "fail" for item in night2), night2
    for n in range(20):
        assert f"news/{n:02d}.md:{3 + n % 4}" in second.stdout, (n, second.stdout)


def test_every_machine_report_says_which_file_and_line_each_citation_came_from(
    tmp_path: Path, server: SiteServer
) -> None:
    """One run, five reports: JSON and JSON Lines carry ``source`` and ``line``; Markdown writes each
    citation's ``file:line``; JUnit groups test cases by file, named ``line N: URL``; SARIF puts each result
    on its file and line (docs/ci.md's formats table). Three articles in three formats, each with a dead link
    at a known line."""
    base = server.origin
    write(tmp_path, "site/a.md", f"# A\n\nText.\n\nSee [Hydrogen hubs stall]({base}/gone-a).\n")
    write(tmp_path, "site/b.rst", f"B\n=\n\nText.\n\nSee `Hydrogen hubs stall <{base}/gone-b>`_.\n\nMore.\n")
    write(
        tmp_path,
        "site/c.html",
        "<!doctype html>\n<html><body>\n<article>\n<p>Text.</p>\n<p>Text.</p>\n<p>Text.</p>\n"
        f'<p>See <a href="{base}/gone-c">Hydrogen hubs stall</a>.</p>\n</article>\n</body></html>\n',
    )
    expected = {
        ("site/a.md", 5, f"{base}/gone-a"),
        ("site/b.rst", 6, f"{base}/gone-b"),
        ("site/c.html", 7, f"{base}/gone-c"),
    }
    proc = run(
        [
            "site/*",
            "--allow-private",
            "--article-date",
            "2024-06-01",
            "--format",
            "json",
            "--output",
            "jsonl=r.jsonl",
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
    assert {(i["source"], i["line"], i["url"]) for i in results(proc)} == expected
    lines = [
        json.loads(line) for line in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]
    assert {(i["source"], i["line"], i["url"]) for i in lines if "url" in i} == expected, lines
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    for source, line, _ in expected:
        assert f"{source}:{line}" in markdown, markdown
    suites = {s.get("name"): s for s in ET.parse(tmp_path / "r.xml").getroot().iter("testsuite")}
    assert set(suites) == {"site/a.md", "site/b.rst", "site/c.html"}, suites
    for source, line, url in expected:
        names = [case.get("name") for case in suites[source].iter("testcase")]
        assert names == [f"line {line}: {url}"], names
    sarif = json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))
    located = set()
    for result in sarif["runs"][0]["results"]:
        loc = result["locations"][0]["physicalLocation"]
        located.add((loc["artifactLocation"]["uri"], loc["region"]["startLine"]))
    assert located == {(source, line) for source, line, _ in expected}, located


def test_the_text_report_orders_articles_to_fix_failures_then_warnings_and_leaves_clean_ones_out(
    tmp_path: Path, server: SiteServer
) -> None:
    """Which article to fix first: docs/ci.md's text report lists, over two files or more, each file with a
    failing or warning citation and its counts, the most failures first. A file with two failures comes
    before one with one; a file with only warnings (a walled page: ``blocked`` warns) comes after both; a
    file whose citations all pass is not listed."""
    base = server.origin
    write(tmp_path, "site/a.md", f"# A\n\n[Hydrogen hubs stall]({base}/gone-1).\n")
    write(
        tmp_path,
        "site/b.md",
        f"# B\n\n[Hydrogen hubs stall]({base}/gone-2).\n\n[Wind farms slow]({base}/gone-3).\n",
    )
    write(
        tmp_path,
        "site/c.md",
        f"# C\n\n[Walled story one]({base}/walled).\n\n[Walled story two]({base}/walled?page=2).\n",
    )
    write(tmp_path, "site/d.md", f"# D\n\n[Grid batteries keep getting cheaper]({base}/batteries).\n")
    proc = run(["site/*.md", "--allow-private", "--article-date", "2024-06-01"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    start = next((n for n, line in enumerate(lines) if line.startswith("Articles to fix")), None)
    assert start is not None, proc.stdout
    listed = [line.split()[0] for line in lines[start + 1 :] if re.match(r"\s+site/\w\.md\s", line)]
    assert listed == ["site/b.md", "site/a.md", "site/c.md"], proc.stdout
    counts = {line.split()[0]: line for line in lines[start + 1 :] if re.match(r"\s+site/\w\.md\s", line)}
    assert re.search(r"2 fail, 0 warn of 2 citations", counts["site/b.md"]), counts
    assert re.search(r"0 fail, 2 warn of 2 citations", counts["site/c.md"]), counts
