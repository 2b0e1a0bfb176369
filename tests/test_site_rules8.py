"""site8's rules (forty-eighth session): a file holding several articles.

A feed of a site's own posts (a WordPress export, a full-text RSS or Atom feed) is read post by post by
:func:`linkcheck.articles.extract_citations`: each post is an article of its own (its title, ``<link>`` and
date), its links at the lines they have in the file. A feed of other sites' pages (entries without their
content) is read as it is. Unit tests on strings; the CLI's end-to-end case is
``tests/test_site_probe7.py::test_a_newsroom_wordpress_export_dates_each_post_by_its_own_post_date``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from linkcheck.articles import _feed, extract_citations, named_bibliographies
from linkcheck.models import PartialDate
from tests.site_server import Page, serve

WXR = (
    '<?xml version="1.0" encoding="UTF-8" ?>\n'  # 1
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:wp="http://wordpress.org/export/1.2/">\n'  # 2
    "<channel>\n"  # 3
    "  <title>Hill Post</title>\n"  # 4
    "  <link>https://hill.example</link>\n"  # 5
    "  <item>\n"  # 6
    "    <title>Ferry fares rise</title>\n"  # 7
    "    <link>https://hill.example/2023/03/ferry-fares/</link>\n"  # 8
    "    <wp:post_date><![CDATA[2023-03-09 10:00:00]]></wp:post_date>\n"  # 9
    "    <content:encoded><![CDATA[<p>Fares rose.</p>\n"  # 10
    '<p>The <a href="https://ferries.example.org/fares-2023">Fare Review for 2023</a> says so.</p>\n'  # 11
    '<p>Also <a href="https://news.example.com/ferry-strike">Ferry Crews Walk Out Again</a>.</p>]]>'
    "</content:encoded>\n"  # 12
    "  </item>\n"  # 13
    "  <item>\n"  # 14
    "    <title>Cover photo</title>\n"  # 15
    "    <link>https://hill.example/cover/</link>\n"  # 16
    "    <wp:post_type><![CDATA[attachment]]></wp:post_type>\n"  # 17
    "    <content:encoded><![CDATA[]]></content:encoded>\n"  # 18
    "  </item>\n"  # 19
    "  <item>\n"  # 20
    "    <title>Crews return\n      to work</title>\n"  # 21-22
    "    <link>https://hill.example/2023/08/crews-return/</link>\n"  # 23
    "    <wp:post_date><![CDATA[2023-08-14 10:00:00]]></wp:post_date>\n"  # 24
    "    <content:encoded><![CDATA[<p>The strike is over. It began when\n"  # 25
    '<a href="https://news.example.com/ferry-strike">Ferry Crews Walk Out Again</a> ran.</p>]]>'
    "</content:encoded>\n"  # 26
    "  </item>\n"  # 27
    "</channel>\n"  # 28
    "</rss>\n"  # 29
)


def test_a_wordpress_exports_posts_are_each_an_article_at_the_files_lines() -> None:
    got = [
        (c.line, c.url, c.article.title, c.article.url, str(c.article.date))
        for c in extract_citations(WXR, "html", source="export.xml")
        if c.article is not None
    ]
    first = ("Ferry fares rise", "https://hill.example/2023/03/ferry-fares/", "2023-03-09")
    second = ("Crews return to work", "https://hill.example/2023/08/crews-return/", "2023-08-14")
    assert got == [
        (11, "https://ferries.example.org/fares-2023", *first),
        (12, "https://news.example.com/ferry-strike", *first),
        (26, "https://news.example.com/ferry-strike", *second),
    ]


def test_a_url_two_posts_cite_is_a_citation_of_each_with_its_own_date() -> None:
    strikes = [c for c in extract_citations(WXR, "html") if c.url.endswith("/ferry-strike")]
    assert [(c.title, str(c.article.date) if c.article else None) for c in strikes] == [
        ("Ferry Crews Walk Out Again", "2023-03-09"),
        ("Ferry Crews Walk Out Again", "2023-08-14"),
    ]


def test_the_callers_article_date_still_wins_for_every_post() -> None:
    day = PartialDate.parse("2024-01-01")
    citations = extract_citations(WXR, "html", article_date=day)
    assert len(citations) == 3
    assert {c.article.date for c in citations if c.article is not None} == {day}


def test_an_exports_attachment_without_content_is_no_article() -> None:
    pages = _feed.feed_articles(WXR)
    assert pages is not None
    assert len(pages) == 2
    assert all("/cover/" not in page for page in pages)


ATOM = (
    '<?xml version="1.0" encoding="utf-8"?>\n'  # 1
    '<feed xmlns="http://www.w3.org/2005/Atom">\n'  # 2
    "<title>Field Notes</title>\n"  # 3
    '<link href="https://notes.example.net/" rel="alternate"/>\n'  # 4
    "<entry>\n"  # 5
    "  <title>River gauges in spring</title>\n"  # 6
    '  <link href="https://notes.example.net/gauges/" rel="alternate"/>\n'  # 7
    "  <published>2024-04-02T08:00:00+00:00</published>\n"  # 8
    '  <content type="html">&lt;p&gt;See &lt;a href="https://water.example.gov/gauges"&gt;'
    "Spring Gauge Readings&lt;/a&gt;.&lt;/p&gt;</content>\n"  # 9
    "</entry>\n"  # 10
    "<entry>\n"  # 11
    "  <title>Floods</title>\n"  # 12
    '  <link href="https://notes.example.net/floods/" rel="alternate"/>\n'  # 13
    "  <published>2024-05-20T08:00:00+00:00</published>\n"  # 14
    '  <content type="html">&lt;p&gt;Read\n'  # 15
    '&lt;a href="https://flood.example.org/may"&gt;The May Flood Report&lt;/a&gt;.&lt;/p&gt;'
    "</content>\n"  # 16
    "</entry>\n"  # 17
    "</feed>\n"  # 18
)


def test_a_full_text_atom_feed_is_read_entry_by_entry() -> None:
    got = [
        (c.line, c.url, c.article.url if c.article else None, str(c.article.date) if c.article else None)
        for c in extract_citations(ATOM, "auto", source="notes.atom.xml")
    ]
    assert got == [
        (9, "https://water.example.gov/gauges", "https://notes.example.net/gauges/", "2024-04-02"),
        (16, "https://flood.example.org/may", "https://notes.example.net/floods/", "2024-05-20"),
    ]


def test_a_feed_of_other_sites_links_stays_one_article() -> None:
    """A link blog's or an aggregator's RSS: entries with a title, a link and an excerpt, no content of their
    own: a list of other pages, read as it is (left alone: passes without the rule too)."""
    links = (
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Reading list</title>\n'
        "<item><title>Gauges</title><link>https://water.example.gov/gauges</link>"
        "<description>A good read on gauges.</description></item>\n"
        "<item><title>Floods</title><link>https://flood.example.org/may</link>"
        "<description>The May report.</description></item>\n"
        "</channel></rss>\n"
    )
    assert _feed.feed_articles(links) is None
    articles = {c.article for c in extract_citations(links, "html")}
    assert len(articles) <= 1


def test_a_feed_of_one_entry_is_still_that_entrys_page() -> None:
    one = ATOM[: ATOM.index("<entry>\n  <title>Floods")] + "</feed>\n"
    assert _feed.feed_articles(one) is None
    assert _feed.feed_entry_page(one) is not None


def test_a_drafts_zero_post_date_is_no_date() -> None:
    assert _feed._day("0000-00-00 00:00:00") is None
    assert _feed._day("2023-03-09 10:00:00") == "2023-03-09"


def test_a_feed_whose_content_is_escaped_is_sniffed_as_html() -> None:
    from linkcheck.article_formats import sniff_format

    assert sniff_format(ATOM) == "html"
    rdf = '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    assert sniff_format(rdf + "<item>&lt;p&gt;x&lt;/p&gt;</item></rdf:RDF>") == "html"
    assert sniff_format('<?xml version="1.0"?>\n<notes>A feedback form: https://x.example/</notes>') == "text"


# --- a bibliography the front matter names ---------------------------------------------------------------

BIB = (
    "@online{grid2024,\n"  # 1
    "  title = {Grid Batteries Keep Getting Cheaper},\n"  # 2
    "  organization = {Grid Office},\n"  # 3
    "  date = {2024-02-01},\n"  # 4
    "  url = {https://grid.example.org/batteries},\n"  # 5
    "}\n"  # 6
    "@online{unused2024,\n"  # 7
    "  title = {Quarterly Retail Prices},\n"  # 8
    "  url = {https://grid.example.org/outlook},\n"  # 9
    "}\n"  # 10
)
POST = (
    "---\n"  # 1
    "title: Storage\n"  # 2
    "date: 2024-06-01\n"  # 3
    "bibliography: ../refs/references.bib\n"  # 4
    "---\n"  # 5
    "\n"  # 6
    "Mail grid@grid2024.example or see @nobody.\n"  # 7
    "Batteries got cheaper [see @grid2024, p. 3].\n"  # 8
    "As @grid2024 says, again.\n"  # 9
)


def test_the_bibliographies_a_front_matter_names_with_their_lines() -> None:
    assert named_bibliographies(POST) == [("../refs/references.bib", 4)]
    block = "---\ntitle: x\nbibliography:\n  - a.bib\n  - 'b c.bib'\nlang: en\n---\nText.\n"
    assert named_bibliographies(block) == [("a.bib", 4), ("b c.bib", 5)]
    assert named_bibliographies('+++\nbibliography = ["a.bib", "b.bib"]\n+++\n') == [
        ("a.bib", 2),
        ("b.bib", 2),
    ]
    assert named_bibliographies('---\nbibliography: "refs.bib" # ours\n---\n') == [("refs.bib", 2)]


def test_no_front_matter_or_no_key_names_nothing() -> None:
    assert named_bibliographies("bibliography: refs.bib\n") == []
    assert named_bibliographies("---\ntitle: On bibliography\n---\nbibliography: x.bib\n") == []


def test_a_cited_key_is_a_citation_at_its_first_lines_with_the_entrys_words() -> None:
    got = extract_citations(POST, "markdown", source="p.md", bibliographies={"../refs/references.bib": BIB})
    assert [(c.line, c.url, c.title, c.outlet, str(c.date), c.source) for c in got] == [
        (
            8,
            "https://grid.example.org/batteries",
            "Grid Batteries Keep Getting Cheaper",
            "Grid Office",
            "2024-02-01",
            "p.md",
        )
    ]
    assert got[0].article is not None
    assert str(got[0].article.date) == "2024-06-01"


def test_without_the_bibliographys_text_reading_stays_as_it_was() -> None:
    assert extract_citations(POST, "markdown") == []


def test_a_key_the_post_also_links_is_one_citation() -> None:
    linked = POST + "\n[Grid Batteries Keep Getting Cheaper](https://grid.example.org/batteries)\n"
    got = extract_citations(linked, "markdown", bibliographies={"r.bib": BIB})
    assert [(c.line, c.url) for c in got] == [(11, "https://grid.example.org/batteries")]


# --- the CLI reads the bibliography (a real server on 127.0.0.1) -------------------------------------------

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
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
        timeout=120,
    )


def _page(title: str) -> Page:
    text = "".join(f"<p>{title}, told at length, part {n}, with figures and people.</p>" for n in range(6))
    body = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}">'
        '<meta property="article:published_time" content="2024-02-01T09:00:00Z">'
        f"</head><body><article><h1>{title}</h1>{text}</article></body></html>"
    )
    return Page(body=body.encode())


def _write(root: Path, name: str, text: str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_cli_reads_a_posts_bibliography_relative_to_the_post(tmp_path: Path) -> None:
    with serve({"/batteries": _page("Grid Batteries Keep Getting Cheaper")}) as site:
        _write(tmp_path, "refs/references.bib", BIB.replace("https://grid.example.org", site.origin))
        _write(tmp_path, "site/posts/p.md", POST.replace("../refs/", "../../refs/"))
        proc = _run(["site/posts/p.md", "--format", "json", "--allow-private"], tmp_path)
        hits = dict(site.hits)
    items = json.loads(proc.stdout)["results"]
    assert [(i["source"], i["line"], i["url"], i["status"]) for i in items] == [
        ("site/posts/p.md", 8, f"{site.origin}/batteries", "ok")
    ], proc.stderr
    assert hits == {"/batteries": 1}
    assert proc.returncode == 0, proc.stderr


def test_a_missing_bibliography_is_an_error_at_the_front_matters_line(tmp_path: Path) -> None:
    _write(tmp_path, "posts/p.md", POST)
    proc = _run(["posts/p.md", "--format", "json"], tmp_path)
    (item,) = json.loads(proc.stdout)["results"]
    assert (item["source"], item["line"]) == ("posts/p.md", 4)
    assert item["reason"].startswith("the bibliography '../refs/references.bib'"), item
    assert "names cannot be read (refs/references.bib: " in item["reason"], item
    assert "posts/p.md:4: the bibliography" in proc.stderr
    assert proc.returncode == 1


def test_a_bibliography_outside_the_tree_checked_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    _write(outside, "refs.bib", BIB)
    _write(tmp_path, "site/p.md", POST.replace("../refs/references.bib", str(outside / "refs.bib")))
    proc = _run(["p.md", "--format", "json"], tmp_path / "site")
    (item,) = json.loads(proc.stdout)["results"]
    assert item["line"] == 4
    assert "names is outside the tree checked" in item["reason"], item
    assert "p.md:4: the bibliography" in proc.stderr
    assert proc.returncode == 1
