"""Held-out probe (ux4, 2026-12-02): articles and whole sites through the CLI, as a demanding user meets them.

Written from README.md, docs/ci.md, docs/api.md, docs/articles.md, docs/sources-format.md,
docs/json-schema.md, ``linkcheck --help`` and the earlier probes' docstrings, before any code under ``src/``
was read, and committed before any change under ``src/``. Every case runs the real command
(``python -m linkcheck`` in a subprocess, as a scheduled CI job runs it) against pages served on 127.0.0.1
by the test. Covered: an article file checked directly in each documented format (plain text, Markdown,
HTML, wikitext), read by extension, by sniffing, by ``--input-format`` and from standard input; globs of a
site's articles (and a directory given instead of one); the report naming each citation's article file and
line; an article without citations; articles that are not UTF-8; one URL cited by several articles; two and
three nightly runs with ``--state`` and ``--cache`` (a link that dies, one that comes back, a page that
changes, an article edited between nights); ``linkcheck extract``; and the flags that touch articles
(``--article-date``, ``--base-url``, ``--input-format``, ``--include``/``--exclude``, ``--keep-going``,
``--processes``). Expectations are what the docs promise or, where they say nothing, what a demanding user
expects: a message naming the file and the line, exit codes as documented (0, 1, 2), nothing lost and
nothing counted twice.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.revalidating_server import RevalidatingServer, serve_revalidating
from tests.site_server import Page

pytestmark = pytest.mark.e2e

HTML = {"Content-Type": "text/html; charset=utf-8"}

FERRY = "Harbour board approves second ferry terminal"  # 2021-03-05
QUAY = "Quay talks collapse again"  # 2021-03-04
FARES = "Ferry fares to stay the same"  # 2021-03-02
LATER = "Ferry terminal work begins on the north quay"  # 2021-06-01: after the articles (2021-03-08)
RU_TITLE = "Паромная переправа откроется весной"  # 2021-03-05


def news(title: str, date: str, outlet: str = "Coastal Herald", etag: str | None = None) -> Page:
    body = (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title} | {outlet}</title>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{outlet}">'
        f'<meta property="article:published_time" content="{date}T09:30:00+00:00"></head>'
        f"<body><article><h1>{title}</h1><p>The harbour board met on the north quay to settle a dispute "
        f"that had run for three years, and the ferry operators welcomed the decision.</p>"
        f"</article></body></html>"
    ).encode()
    headers = dict(HTML)
    if etag is not None:
        headers["ETag"] = etag
    return Page(200, body, headers)


GONE = Page(404, b"<html><head><title>404 Not Found</title></head><body>Not found</body></html>", HTML)


def routes() -> dict[str, Page]:
    table = {
        "/news/ferry": news(FERRY, "2021-03-05"),
        "/news/quay": news(QUAY, "2021-03-04"),
        "/news/fares": news(FARES, "2021-03-02"),
        "/news/later": news(LATER, "2021-06-01"),
        "/news/ru": news(RU_TITLE, "2021-03-05", "Береговой вестник"),
        "/news/gone": GONE,
        "/news/flaky": GONE,
    }
    for n in range(10):
        table[f"/news/p{n}"] = news(f"Quay report number {n} of the harbour series", "2021-03-01")
    return table


@pytest.fixture
def site() -> Iterator[RevalidatingServer]:
    with serve_revalidating(routes()) as server:
        yield server


def clean_env() -> dict[str, str]:
    drop = ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "NO_COLOR", "FORCE_COLOR", "CI")
    return {
        k: v
        for k, v in os.environ.items()
        if not k.lower().endswith("_proxy") and k not in drop and not k.startswith("LINKCHECK")
    }


def _run(argv: list[str], cwd: Path, stdin: bytes | None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "linkcheck", *argv],
        cwd=cwd,
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=300,
        env=clean_env(),
    )
    proc = subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout
    return proc


def check(
    args: list[str], cwd: Path, site: RevalidatingServer, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    extra = ["--no-config", "--progress", "never", "--allow-host", site.hostport, "--retries", "0"]
    return _run([*args, *extra], cwd, stdin)


def extract(args: list[str], cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return _run(["extract", *args], cwd, stdin)


def results(proc: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    report: dict[str, Any] = json.loads(proc.stdout)
    found: list[dict[str, Any]] = report["results"]
    return found


def by_url(proc: subprocess.CompletedProcess[str]) -> dict[str, dict[str, Any]]:
    found = results(proc)
    table = {r["url"]: r for r in found}
    assert len(table) == len(found), [r["url"] for r in found]
    return table


def kinds(result: dict[str, Any]) -> set[str]:
    return {f["kind"] for f in result["findings"]}


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The 1-based line of the ``nth`` line holding ``needle``."""
    seen = 0
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == nth:
                return number
    raise AssertionError(f"{needle!r} not in the text")


def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text


def fetched(site: RevalidatingServer) -> int:
    return sum(site.hits.values())


# --- the articles, one per format ------------------------------------------------------------------------


def text_article(o: str) -> str:
    return f"""Harbour board settles the quay dispute

Published: 8 March 2021

The harbour board voted to build a second ferry terminal on the north quay, the Coastal Herald
reported on Friday: {o}/news/ferry

Talks had collapsed twice before, as an earlier report describes ({o}/news/quay).

The council's statement, {o}/news/gone, has since been taken down.

Work on the terminal began in the summer: {o}/news/later
"""


def markdown_article(o: str) -> str:
    return f"""---
title: "The quay dispute, three years on"
date: 2021-03-08
---

# The quay dispute, three years on

The vote was first reported as “[{FERRY}]({o}/news/ferry)”.

An earlier piece, “[{QUAY}][quay]”, described the second collapse of the talks.

The fares were said to be “[Ferry fares to double next year]({o}/news/fares)” at the time.

![A map of the quay]({o}/img/quay-map.png)

```sh
curl {o}/news/gone
```

Work began later: [{LATER}]({o}/news/later).

[quay]: {o}/news/quay
"""


def html_article(o: str) -> str:
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>The quay dispute, three years on | Harbour Weekly</title>
<link rel="canonical" href="https://harbour-weekly.example/2021/03/08/quay-dispute">
<meta property="article:published_time" content="2021-03-08T08:00:00+00:00">
</head><body>
<nav><a href="{o}/news/nav-only">Sections</a></nav>
<article>
<h1>The quay dispute, three years on</h1>
<p>The board's vote was first reported in
<a href="{o}/news/ferry">“{FERRY}”</a>.</p>
<p>Talks had collapsed twice before, as
<a href="{o}/news/quay">“{QUAY}”</a> described.</p>
<p>The council's statement (<a href="{o}/news/gone">link</a>) has since been removed.</p>
</article>
<footer><a href="{o}/about/privacy-policy">Privacy</a></footer>
</body></html>
"""


def wikitext_article(o: str) -> str:
    return (
        "'''The north quay dispute''' was a disagreement over a second ferry terminal."
        f"<ref>{{{{cite web |url={o}/news/ferry |title={FERRY} |website=Coastal Herald"
        " |date=5 March 2021}}</ref>\n"
        "\n"
        "Talks collapsed twice.<ref>{{cite news\n"
        f" |url={o}/news/quay\n"
        f" |title={QUAY}\n"
        " |date=4 March 2021\n"
        "}}</ref>\n"
        f"Fares were to stay level.<ref>{{{{cite web |url={o}/news/fares |title={FARES}"
        " |date=1 February 2020}}</ref>\n"
        "\n"
        "== External links ==\n"
        f"* [{o}/news/gone Harbour board statement on the north quay]\n"
    )


def test_a_plain_text_article_is_checked_with_its_file_and_lines(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    # README: `linkcheck article.txt` checks the citations directly; its dateline (`Published:`) is the
    # article's date (docs/articles.md), so a source published months later fails as postdates_article.
    text = write(tmp_path / "news.txt", text_article(site.origin))
    proc = check(["news.txt", "--format", "json"], tmp_path, site)
    assert proc.returncode == 1
    found = by_url(proc)
    o = site.origin
    assert {u: (r["source"], r["line"]) for u, r in found.items()} == {
        f"{o}/news/ferry": ("news.txt", line_of(text, "/news/ferry")),
        f"{o}/news/quay": ("news.txt", line_of(text, "/news/quay")),
        f"{o}/news/gone": ("news.txt", line_of(text, "/news/gone")),
        f"{o}/news/later": ("news.txt", line_of(text, "/news/later")),
    }
    assert found[f"{o}/news/ferry"]["verdict"] == "pass"
    assert found[f"{o}/news/quay"]["verdict"] == "pass"
    assert found[f"{o}/news/gone"]["status"] == "dead"
    assert "postdates_article" in kinds(found[f"{o}/news/later"])
    assert found[f"{o}/news/later"]["verdict"] == "fail"
    assert found[f"{o}/news/ferry"]["article"]["date"] == "2021-03-08"


def test_a_markdown_article_is_checked_with_its_titles_and_lines(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    # Front matter gives the date; a reference link's line is its definition's; code and images cite nothing.
    text = write(tmp_path / "story.md", markdown_article(site.origin))
    proc = check(["story.md", "--format", "json"], tmp_path, site)
    assert proc.returncode == 1
    found = by_url(proc)
    o = site.origin
    assert set(found) == {f"{o}/news/{p}" for p in ("ferry", "quay", "fares", "later")}
    assert found[f"{o}/news/ferry"]["line"] == line_of(text, "/news/ferry")
    assert found[f"{o}/news/quay"]["line"] == line_of(text, "[quay]: ")
    assert found[f"{o}/news/fares"]["line"] == line_of(text, "/news/fares")
    assert all(r["source"] == "story.md" for r in found.values())
    assert found[f"{o}/news/ferry"]["cited"]["title"] == FERRY
    assert found[f"{o}/news/ferry"]["verdict"] == "pass"
    assert found[f"{o}/news/quay"]["cited"]["title"] == QUAY
    assert found[f"{o}/news/quay"]["verdict"] == "pass"
    assert "title_mismatch" in kinds(found[f"{o}/news/fares"])
    assert "postdates_article" in kinds(found[f"{o}/news/later"])
    assert site.hits["/news/gone"] == 0
    assert site.hits["/img/quay-map.png"] == 0


def test_an_html_article_is_checked_by_its_body_with_element_lines(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    text = write(tmp_path / "page.html", html_article(site.origin))
    proc = check(["page.html", "--format", "json"], tmp_path, site)
    assert proc.returncode == 1
    found = by_url(proc)
    o = site.origin
    assert set(found) == {f"{o}/news/ferry", f"{o}/news/quay", f"{o}/news/gone"}
    for path in ("ferry", "quay", "gone"):
        assert found[f"{o}/news/{path}"]["line"] == line_of(text, f'/news/{path}"'), path
    assert found[f"{o}/news/ferry"]["cited"]["title"] == FERRY
    assert found[f"{o}/news/ferry"]["verdict"] == "pass"
    assert found[f"{o}/news/gone"]["status"] == "dead"
    assert found[f"{o}/news/ferry"]["article"]["date"] == "2021-03-08"
    assert site.hits["/news/nav-only"] == 0
    assert site.hits["/about/privacy-policy"] == 0


def test_a_wikitext_article_is_checked_by_its_citation_templates(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    # Wikitext has no date of its own: --article-date. A multi-line template's link appears on its url= line.
    text = write(tmp_path / "entry.wiki", wikitext_article(site.origin))
    proc = check(["entry.wiki", "--format", "json", "--article-date", "2021-03-08"], tmp_path, site)
    assert proc.returncode == 1
    found = by_url(proc)
    o = site.origin
    assert set(found) == {f"{o}/news/{p}" for p in ("ferry", "quay", "fares", "gone")}
    assert found[f"{o}/news/ferry"]["line"] == 1
    assert found[f"{o}/news/quay"]["line"] == line_of(text, "|url=" + o + "/news/quay")
    assert found[f"{o}/news/gone"]["line"] == line_of(text, "/news/gone")
    assert (found[f"{o}/news/ferry"]["cited"]["title"], found[f"{o}/news/ferry"]["cited"]["outlet"]) == (
        FERRY,
        "Coastal Herald",
    )
    assert found[f"{o}/news/ferry"]["verdict"] == "pass"
    assert found[f"{o}/news/quay"]["verdict"] == "pass"
    assert "date_mismatch" in kinds(found[f"{o}/news/fares"])
    assert found[f"{o}/news/gone"]["status"] == "dead"


def test_the_text_report_names_each_failing_citation_by_article_file_and_line(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    # The people's report of a site run: every citation that does not pass, as `FILE:LINE  URL`, the path
    # as the glob matched it (relative, clickable in a CI log).
    o = site.origin
    texts = {
        "site/news.txt": write(tmp_path / "site/news.txt", text_article(o)),
        "site/story.md": write(tmp_path / "site/story.md", markdown_article(o)),
        "site/page.html": write(tmp_path / "site/page.html", html_article(o)),
    }
    proc = check(["site/*.txt", "site/*.md", "site/*.html"], tmp_path, site)
    assert proc.returncode == 1
    expected = [
        ("site/news.txt", "/news/gone"),
        ("site/news.txt", "/news/later"),
        ("site/story.md", "/news/fares"),
        ("site/story.md", "/news/later"),
        ("site/page.html", '/news/gone"'),
    ]
    for name, needle in expected:
        where = f"{name}:{line_of(texts[name], needle)}"
        rows = [line for line in proc.stdout.splitlines() if where in line]
        assert rows, (where, proc.stdout)
        assert o + needle.rstrip('"') in rows[0], rows[0]


# --- how the command decides what a file is ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["story.markdown", "story.txt"])
def test_input_format_markdown_reads_any_file_as_markdown(
    site: RevalidatingServer, tmp_path: Path, name: str
) -> None:
    # `--input-format markdown` whatever the extension: the link text (a Markdown construct) is the title.
    write(tmp_path / name, f"# Notes\n\nAs reported in “[{FERRY}]({site.origin}/news/ferry)”.\n")
    proc = check([name, "--format", "json", "--input-format", "markdown"], tmp_path, site)
    assert proc.returncode == 0
    [only] = results(proc)
    assert only["cited"]["title"] == FERRY
    assert only["line"] == 3


@pytest.mark.parametrize("name", ["saved-page", "saved.htm"])
def test_an_html_page_without_the_html_extension_is_read_as_html(
    site: RevalidatingServer, tmp_path: Path, name: str
) -> None:
    # `auto` reads the format "by extension, else sniffed from the text": a saved page without `.html`.
    write(tmp_path / name, html_article(site.origin))
    proc = check([name, "--format", "json"], tmp_path, site)
    found = by_url(proc)
    o = site.origin
    assert set(found) == {f"{o}/news/ferry", f"{o}/news/quay", f"{o}/news/gone"}
    assert found[f"{o}/news/ferry"]["cited"]["title"] == FERRY
    assert site.hits["/news/nav-only"] == 0


@pytest.mark.parametrize("flag", [[], ["--input-format", "markdown"]])
def test_an_article_on_standard_input(site: RevalidatingServer, tmp_path: Path, flag: list[str]) -> None:
    text = f"# Notes\n\nFirst line of prose.\n\nAs reported in “[{FERRY}]({site.origin}/news/ferry)”.\n"
    proc = check(["-", "--format", "json", *flag], tmp_path, site, stdin=text.encode())
    assert proc.returncode == 0
    [only] = results(proc)
    assert (only["source"], only["line"]) == ("<stdin>", 5)
    assert only["cited"]["title"] == FERRY


def test_input_format_sources_on_an_article_names_its_first_bad_line(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    # docs/sources-format.md: `--input-format sources` reads a file as a manifest whatever it holds, and
    # names every line that is not one: exit 2, `FILE:LINE`, nothing fetched.
    write(tmp_path / "story.md", markdown_article(site.origin))
    proc = check(["story.md", "--input-format", "sources"], tmp_path, site)
    assert proc.returncode == 2
    assert "story.md:1" in proc.stderr
    assert proc.stdout == ""
    assert fetched(site) == 0


def test_a_manifest_and_an_article_in_one_run_with_keep_going(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    # --keep-going reports the manifest's malformed line and still checks the rest, the article included.
    o = site.origin
    write(tmp_path / "sources.txt", f"{o}/news/quay | title: {QUAY}\n{o}/news/fares | titel: {FARES}\n")
    text = write(tmp_path / "story.md", f"# Notes\n\nAs reported in “[{FERRY}]({o}/news/ferry)”.\n")
    proc = check(["sources.txt", "story.md", "--format", "json", "--keep-going"], tmp_path, site)
    assert proc.returncode == 1
    placed = sorted((r["source"], r["line"], r["verdict"]) for r in results(proc))
    assert placed == [
        ("sources.txt", 1, "pass"),
        ("sources.txt", 2, "fail"),
        ("story.md", line_of(text, "/news/ferry"), "pass"),
    ]
    assert site.hits["/news/fares"] == 0


# --- a whole site: globs and directories ------------------------------------------------------------------


def site_tree(tmp_path: Path, o: str) -> dict[str, str]:
    return {
        "site/index.md": write(tmp_path / "site/index.md", f"# Home\n\nSee “[{FERRY}]({o}/news/ferry)”.\n"),
        "site/2021/03/quay.html": write(tmp_path / "site/2021/03/quay.html", html_article(o)),
        "site/2021/03/fares.md": write(
            tmp_path / "site/2021/03/fares.md",
            f"---\ndate: 2021-03-08\n---\n\n# Fares\n\nFares: “[{FARES}]({o}/news/fares)”.\n",
        ),
    }


def test_a_recursive_glob_checks_every_article_under_its_own_path(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    o = site.origin
    texts = site_tree(tmp_path, o)
    proc = check(["site/**/*.md", "site/**/*.html", "--format", "json"], tmp_path, site)
    assert proc.returncode == 1  # the dead statement in quay.html
    placed = sorted((r["source"], r["line"], r["url"]) for r in results(proc))
    assert placed == sorted(
        [
            ("site/index.md", 3, f"{o}/news/ferry"),
            (
                "site/2021/03/fares.md",
                line_of(texts["site/2021/03/fares.md"], "/news/fares"),
                f"{o}/news/fares",
            ),
            (
                "site/2021/03/quay.html",
                line_of(texts["site/2021/03/quay.html"], '/news/ferry"'),
                f"{o}/news/ferry",
            ),
            (
                "site/2021/03/quay.html",
                line_of(texts["site/2021/03/quay.html"], '/news/quay"'),
                f"{o}/news/quay",
            ),
            (
                "site/2021/03/quay.html",
                line_of(texts["site/2021/03/quay.html"], '/news/gone"'),
                f"{o}/news/gone",
            ),
        ]
    )


def test_a_glob_s_articles_are_reported_in_a_stable_order(site: RevalidatingServer, tmp_path: Path) -> None:
    # A nightly report diffed against yesterday's needs the same order every night: by path, not by the
    # order the file system happens to list them.
    o = site.origin
    for name, n in (("c", 3), ("a", 1), ("d", 4), ("b", 2)):
        write(
            tmp_path / f"site/{name}.md",
            f"# {name}\n\nSee “[Quay report number {n} of the harbour series]({o}/news/p{n})”.\n",
        )
    proc = check(["site/*.md", "--format", "json"], tmp_path, site)
    assert proc.returncode == 0
    assert [r["source"] for r in results(proc)] == ["site/a.md", "site/b.md", "site/c.md", "site/d.md"]


def test_an_article_matched_by_two_globs_is_checked_once(site: RevalidatingServer, tmp_path: Path) -> None:
    o = site.origin
    write(tmp_path / "site/a.md", f"# A\n\nSee “[{FERRY}]({o}/news/ferry)”.\n")
    write(tmp_path / "site/b.md", f"# B\n\nSee “[{QUAY}]({o}/news/quay)”.\n")
    proc = check(["site/*.md", "site/a.md", "--format", "json"], tmp_path, site)
    assert proc.returncode == 0
    assert sorted(r["source"] for r in results(proc)) == ["site/a.md", "site/b.md"]


def test_a_directory_given_for_a_site_says_to_pass_a_glob(site: RevalidatingServer, tmp_path: Path) -> None:
    # The docs take globs ('content/**/*.md'); a directory is an input error (exit 2) before any request.
    # A demanding user wants to be told what to write instead, not only that the directory cannot be read.
    site_tree(tmp_path, site.origin)
    proc = check(["site"], tmp_path, site)
    assert proc.returncode == 2
    assert "site" in proc.stderr
    assert "glob" in proc.stderr.lower() or "**" in proc.stderr
    assert fetched(site) == 0


def test_an_article_without_citations_is_named_and_the_others_checked(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    o = site.origin
    write(tmp_path / "site/a.md", f"# A\n\nSee “[{FERRY}]({o}/news/ferry)”.\n")
    write(
        tmp_path / "site/about.md", "# About us\n\nWe are a small harbour newsletter. Write to the editor.\n"
    )
    proc = check(["site/*.md", "--format", "json"], tmp_path, site)
    assert proc.returncode == 0
    assert [r["source"] for r in results(proc)] == ["site/a.md"]
    assert re.search(r"site/about\.md\S*:? no citations found", proc.stderr), proc.stderr


def test_an_article_that_is_not_utf8_stops_the_site_run_naming_its_line(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    # docs/ci.md: the first pass stops the run before anything is fetched on an article that is not UTF-8;
    # docs/sources-format.md: `FILE:LINE: not UTF-8 text (byte 0xe9 at offset N)`.
    o = site.origin
    write(tmp_path / "site/a.md", f"# A\n\nSee “[{FERRY}]({o}/news/ferry)”.\n")
    lines = [f"Paragraph {n} about the quay.\n" for n in range(1, 40)] + ["The caf\xe9 on the quay closed.\n"]
    (tmp_path / "site/b.md").write_bytes("".join(lines).encode("latin-1"))
    proc = check(["site/*.md"], tmp_path, site)
    assert proc.returncode == 2
    assert "site/b.md:40" in proc.stderr
    assert "UTF-8" in proc.stderr
    assert proc.stdout == ""
    assert fetched(site) == 0


def test_an_article_saved_as_utf16_is_named_as_utf16(site: RevalidatingServer, tmp_path: Path) -> None:
    text = f"# Notes\n\nAs reported in “[{FERRY}]({site.origin}/news/ferry)”.\n"
    (tmp_path / "notes.md").write_bytes(text.encode("utf-16"))  # with its byte-order mark
    proc = check(["notes.md"], tmp_path, site)
    assert proc.returncode == 2
    assert "notes.md" in proc.stderr
    assert "UTF-16" in proc.stderr
    assert fetched(site) == 0


def test_a_saved_page_that_declares_its_charset_is_read_in_it(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    # A page saved from a site that serves windows-1251 says so in its <meta charset>: every browser and
    # HTML tool reads it by that declaration. Stopping the run, or reading mojibake titles, would fail a
    # legacy archive's whole nightly job on pages that are perfectly well formed.
    page = (
        '<!doctype html><html lang="ru"><head><meta charset="windows-1251"><title>Паром</title>'
        '<meta property="article:published_time" content="2021-03-08T08:00:00+03:00"></head>\n'
        "<body><article><h1>Переправа</h1>\n"
        f'<p>Как сообщил «Береговой вестник», <a href="{site.origin}/news/ru">«{RU_TITLE}»</a>.</p>\n'
        "</article></body></html>\n"
    )
    (tmp_path / "ru.html").write_bytes(page.encode("windows-1251"))
    proc = check(["ru.html", "--format", "json"], tmp_path, site)
    assert proc.returncode == 0, proc.stderr
    [only] = results(proc)
    assert only["cited"]["title"] == RU_TITLE
    assert (only["line"], only["verdict"]) == (3, "pass")


def test_an_article_with_a_bom_and_crlf_lines_keeps_its_lines(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    o = site.origin
    text = (
        f"# Notes\r\n\r\nFirst.\r\n\r\nAs reported in “[{FERRY}]({o}/news/ferry)”.\r\n\r\n"
        f"“[{QUAY}]({o}/news/quay)”\r\n"
    )
    (tmp_path / "notes.md").write_bytes(b"\xef\xbb\xbf" + text.encode())
    proc = check(["notes.md", "--format", "json"], tmp_path, site)
    assert proc.returncode == 0
    assert sorted((r["line"], r["cited"]["title"]) for r in results(proc)) == [(5, FERRY), (7, QUAY)]


def test_a_large_site_read_by_a_helper_process_loses_nothing(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    # Over 1 MB of articles: read in a helper process while the first links are checked (docs/ci.md). Every
    # citation of every article must come out, at its file and line, as in a run kept in one process.
    o = site.origin
    filler = "The harbour board met again on the north quay to discuss the schedule and the budget.\n\n" * 480
    expected = set()
    for n in range(25):
        text = (
            f"# Quay notes {n:02d}\n\n{filler}As reported in "
            f"“[Quay report number {n % 10} of the harbour series]({o}/news/p{n % 10})”.\n\n"
            f"{filler}And “[{FERRY}]({o}/news/ferry)”.\n"
        )
        name = f"site/notes-{n:02d}.md"
        write(tmp_path / name, text)
        expected.add((name, line_of(text, f"/news/p{n % 10})"), f"{o}/news/p{n % 10}", "pass"))
        expected.add((name, line_of(text, "/news/ferry"), f"{o}/news/ferry", "pass"))
    assert sum(p.stat().st_size for p in (tmp_path / "site").iterdir()) > 1_100_000
    sharded = check(["site/*.md", "--format", "json"], tmp_path, site)
    single = check(["site/*.md", "--format", "json", "--processes", "1"], tmp_path, site)
    for proc in (sharded, single):
        assert proc.returncode == 0
        placed = [(r["source"], r["line"], r["url"], r["verdict"]) for r in results(proc)]
        assert len(placed) == 50
        assert set(placed) == expected


# --- one URL in several articles --------------------------------------------------------------------------


def test_one_url_cited_by_three_articles_is_fetched_once_and_reported_three_times(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    # docs/api.md: citations of one URL share one fetch; a #fragment is not sent, so it is the same page.
    o = site.origin
    md = write(tmp_path / "site/a.md", f"# A\n\nSee “[{FERRY}]({o}/news/ferry)”.\n")
    html = write(
        tmp_path / "site/b.html",
        f'<html><body><article><h1>B</h1>\n<p>See <a href="{o}/news/ferry#the-vote">“{FERRY}”</a>.</p>\n'
        "</article></body></html>\n",
    )
    wiki = write(
        tmp_path / "site/c.wiki",
        f"Intro.\n\nThe vote.<ref>{{{{cite web |url={o}/news/ferry |title={FERRY}}}}}</ref>\n",
    )
    proc = check(
        ["site/a.md", "site/b.html", "site/c.wiki", "--format", "json", "--article-date", "2021-03-08"],
        tmp_path,
        site,
    )
    assert proc.returncode == 0
    assert site.hits["/news/ferry"] == 1
    placed = [(r["source"], r["line"], r["verdict"]) for r in results(proc)]
    assert placed == [
        ("site/a.md", line_of(md, "/news/ferry"), "pass"),
        ("site/b.html", line_of(html, "/news/ferry"), "pass"),
        ("site/c.wiki", line_of(wiki, "/news/ferry"), "pass"),
    ]


def test_one_page_linked_twice_in_an_article_is_one_citation_at_its_first_line(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    # docs/articles.md: a page linked with campaign parameters and without them is one citation, the
    # address without them, standing at the first appearance.
    o = site.origin
    text = write(
        tmp_path / "a.md",
        f"# A\n\nFrom the newsletter: <{o}/news/ferry?utm_source=rss&utm_medium=rss>\n\n"
        f"Later, “[{FERRY}]({o}/news/ferry)”.\n",
    )
    proc = check(["a.md", "--format", "json"], tmp_path, site)
    assert proc.returncode == 0
    [only] = results(proc)
    assert (only["url"], only["line"]) == (f"{o}/news/ferry", line_of(text, "utm_source"))
    assert only["cited"]["title"] == FERRY
    assert site.hits["/news/ferry"] == 1


def test_a_dead_link_in_two_articles_fails_at_both_places(site: RevalidatingServer, tmp_path: Path) -> None:
    o = site.origin
    a = write(tmp_path / "a.txt", f"Notes\n\nThe statement was at {o}/news/gone until March.\n")
    b = write(tmp_path / "b.md", f"# B\n\nIntro.\n\nThe [statement]({o}/news/gone) is gone.\n")
    proc = check(["a.txt", "b.md"], tmp_path, site)
    assert proc.returncode == 1
    assert site.hits["/news/gone"] == 1
    assert f"a.txt:{line_of(a, '/news/gone')}" in proc.stdout
    assert f"b.md:{line_of(b, '/news/gone')}" in proc.stdout


# --- nightly runs: --state and --cache --------------------------------------------------------------------


def nightly(site: RevalidatingServer, tmp_path: Path, *more: str) -> tuple[int, dict[str, Any]]:
    proc = check(["site/*.md", "--format", "json", "--state", ".linkcheck/state.json", *more], tmp_path, site)
    report: dict[str, Any] = json.loads(proc.stdout)
    return proc.returncode, report


def test_a_link_that_dies_between_nights_is_graced_then_fails(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    o = site.origin
    write(tmp_path / "site/a.md", f"# A\n\nSee “[{FERRY}]({o}/news/ferry)”.\n")
    code, report = nightly(site, tmp_path, "--fail-after", "2")
    assert code == 0
    assert report["results"][0]["verdict"] == "pass"
    site.routes["/news/ferry"] = GONE
    code, report = nightly(site, tmp_path, "--fail-after", "2")
    assert code == 0
    [result] = report["results"]
    assert (result["status"], result["verdict"], result["source"], result["line"]) == (
        "dead",
        "warn",
        "site/a.md",
        3,
    )
    assert report["history"]["newly_broken"] == [f"{o}/news/ferry"]
    assert report["history"]["graced"] == [f"{o}/news/ferry"]
    code, report = nightly(site, tmp_path, "--fail-after", "2")
    assert code == 1
    assert report["results"][0]["verdict"] == "fail"
    assert report["history"]["still_broken"] == [f"{o}/news/ferry"]


def test_a_link_that_comes_back_is_reported_recovered(site: RevalidatingServer, tmp_path: Path) -> None:
    o = site.origin
    write(tmp_path / "site/a.md", f"# A\n\nSee the [harbour statement]({o}/news/flaky).\n")
    code, report = nightly(site, tmp_path, "--fail-after", "2")
    assert code == 0
    assert report["results"][0]["verdict"] == "warn"
    site.routes["/news/flaky"] = news("Harbour board statement on the north quay", "2021-03-05")
    proc = check(["site/*.md", "--state", ".linkcheck/state.json", "--fail-after", "2"], tmp_path, site)
    assert proc.returncode == 0
    assert re.search(r"recovered", proc.stdout, re.IGNORECASE)
    assert f"{o}/news/flaky" in proc.stdout


def test_a_page_changed_between_nights_fails_at_once_despite_grace(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    # docs/ci.md: only liveness failures are graced; a title mismatch fails at once.
    o = site.origin
    write(tmp_path / "site/a.md", f"# A\n\nThe fares were “[{FARES}]({o}/news/fares)”.\n")
    code, _ = nightly(site, tmp_path, "--fail-after", "3")
    assert code == 0
    site.routes["/news/fares"] = news("Ferry fares to double from next year", "2021-03-02")
    code, report = nightly(site, tmp_path, "--fail-after", "3")
    assert code == 1
    [result] = report["results"]
    assert "title_mismatch" in kinds(result)
    assert result["verdict"] == "fail"


def test_an_article_edited_between_nights_is_reported_at_its_new_line(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    o = site.origin
    write(tmp_path / "site/a.md", f"# A\n\nSee “[{QUAY}]({o}/news/quay)”.\n")
    code, report = nightly(site, tmp_path)
    assert code == 0
    assert report["results"][0]["line"] == 3
    text = write(
        tmp_path / "site/a.md",
        f"# A\n\nA new paragraph.\n\nAnother one.\n\nSee “[{QUAY}]({o}/news/quay)”.\n",
    )
    site.routes["/news/quay"] = GONE
    code, report = nightly(site, tmp_path)
    assert code == 1
    [result] = report["results"]
    assert (result["source"], result["line"], result["status"]) == (
        "site/a.md",
        line_of(text, "/news/quay"),
        "dead",
    )
    assert report["history"]["newly_broken"] == [f"{o}/news/quay"]


def test_the_cache_spares_fine_pages_across_a_site_and_refetches_failures(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    o = site.origin
    write(tmp_path / "site/a.md", f"# A\n\nSee “[{FERRY}]({o}/news/ferry)”.\n")
    write(
        tmp_path / "site/b.md",
        f"# B\n\nSee “[{FERRY}]({o}/news/ferry)” and the [statement]({o}/news/gone).\n",
    )
    args = ["site/*.md", "--format", "json", "--cache", ".linkcheck/cache.sqlite"]
    first = check(args, tmp_path, site)
    assert first.returncode == 1
    assert (site.hits["/news/ferry"], site.hits["/news/gone"]) == (1, 1)
    second = check(args, tmp_path, site)
    assert second.returncode == 1
    assert (site.hits["/news/ferry"], site.hits["/news/gone"]) == (1, 2)
    assert [(r["source"], r["verdict"]) for r in results(second)] == [
        ("site/a.md", "pass"),
        ("site/b.md", "pass"),
        ("site/b.md", "fail"),
    ]
    assert "cache: 1 hits" in second.stderr


def test_after_the_ttl_a_changed_page_is_seen_and_an_unchanged_one_revalidated(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    o = site.origin
    site.routes["/news/quay"] = news(QUAY, "2021-03-04", etag='"q1"')
    site.routes["/news/fares"] = news(FARES, "2021-03-02", etag='"f1"')
    write(tmp_path / "site/a.md", f"# A\n\n“[{QUAY}]({o}/news/quay)”\n\n“[{FARES}]({o}/news/fares)”\n")
    args = ["--cache", ".linkcheck/cache.sqlite", "--cache-ttl", "1"]
    code, _ = nightly(site, tmp_path, *args)
    assert code == 0
    site.routes["/news/fares"] = news("Ferry fares to double from next year", "2021-03-02", etag='"f2"')
    time.sleep(2.5)  # past the one-second TTL
    code, report = nightly(site, tmp_path, *args)
    assert code == 1
    assert site.not_modified["/news/quay"] == 1
    found = {r["url"]: r for r in report["results"]}
    assert found[f"{o}/news/quay"]["verdict"] == "pass"
    assert "title_mismatch" in kinds(found[f"{o}/news/fares"])


# --- linkcheck extract ------------------------------------------------------------------------------------


def test_extract_writes_the_manifest_with_file_and_line_comments(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    text = write(tmp_path / "story.md", markdown_article(site.origin))
    proc = extract(["story.md"], tmp_path)
    assert proc.returncode == 0
    out = proc.stdout.splitlines()
    o = site.origin
    assert any(line.startswith("@article") and "date: 2021-03-08" in line for line in out), proc.stdout
    for path, needle in (("ferry", "/news/ferry"), ("quay", "[quay]: "), ("fares", "/news/fares")):
        [at] = [i for i, line in enumerate(out) if line.startswith(f"{o}/news/{path}")]
        assert out[at - 1] == f"# story.md:{line_of(text, needle)}", out[at - 1]
    assert f"title: {FERRY}" in proc.stdout
    assert "/news/gone" not in proc.stdout
    assert "quay-map.png" not in proc.stdout
    assert fetched(site) == 0


def test_extract_output_reads_back_to_the_same_check(site: RevalidatingServer, tmp_path: Path) -> None:
    # docs/articles.md: "Reading it back gives the same citations": the manifest checks as the article does.
    write(tmp_path / "story.md", markdown_article(site.origin))
    made = extract(["story.md", "-o", "sources.txt"], tmp_path)
    assert made.returncode == 0
    assert made.stdout == ""
    direct = check(["story.md", "--format", "json"], tmp_path, site)
    manifest = check(["sources.txt", "--format", "json"], tmp_path, site)
    assert direct.returncode == manifest.returncode == 1

    def outcome(proc: subprocess.CompletedProcess[str]) -> list[tuple[str, str, list[str], Any]]:
        return sorted((r["url"], r["verdict"], sorted(kinds(r)), r["cited"]) for r in results(proc))

    assert outcome(direct) == outcome(manifest)


def test_extract_of_a_glob_names_each_article(site: RevalidatingServer, tmp_path: Path) -> None:
    o = site.origin
    write(tmp_path / "site/a.md", f"---\ndate: 2021-03-08\n---\n\n# A\n\nSee “[{FERRY}]({o}/news/ferry)”.\n")
    write(tmp_path / "site/b.md", f"---\ndate: 2021-03-09\n---\n\n# B\n\nSee “[{QUAY}]({o}/news/quay)”.\n")
    proc = extract(["site/*.md"], tmp_path)
    assert proc.returncode == 0
    out = proc.stdout
    assert "# site/a.md:7" in out
    assert "# site/b.md:7" in out
    assert out.index("# site/a.md:7") < out.index("date: 2021-03-09") < out.index("# site/b.md:7")


def test_extract_of_an_article_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_bytes(b"# Notes\n\nSee https://example.org/a\n\nThe caf\xe9 closed.\n")
    proc = extract(["story.md"], tmp_path)
    assert proc.returncode == 2
    assert "story.md:5" in proc.stderr
    assert "UTF-8" in proc.stderr
    assert proc.stdout == ""


def test_extract_of_an_article_without_citations_warns_and_exits_0(tmp_path: Path) -> None:
    write(tmp_path / "about.md", "# About us\n\nWe are a small harbour newsletter.\n")
    proc = extract(["about.md"], tmp_path)
    assert proc.returncode == 0
    assert "about.md" in proc.stderr
    assert "no citations" in proc.stderr


def test_extract_resolves_a_saved_page_s_relative_links_with_base_url(tmp_path: Path) -> None:
    page = (
        "<html><body><article><h1>Quay</h1>\n"
        "<p>Earlier: <a href='/news/quay'>“Quay talks collapse again”</a>.</p>\n</article></body></html>\n"
    )
    write(tmp_path / "saved.html", page)
    based = extract(["saved.html", "--base-url", "https://harbour-weekly.example/2021/03/08/quay"], tmp_path)
    assert based.returncode == 0
    assert "https://harbour-weekly.example/news/quay | title: Quay talks collapse again" in based.stdout
    bare = extract(["saved.html"], tmp_path)
    assert bare.returncode == 0
    comments = [line for line in bare.stdout.splitlines() if line.startswith("#") and "--base-url" in line]
    assert comments, bare.stdout


# --- the flags that touch articles ------------------------------------------------------------------------


def test_article_date_wins_over_the_article_s_own_dateline(site: RevalidatingServer, tmp_path: Path) -> None:
    # docs/articles.md: `article_date` "wins over a date the text gives".
    write(tmp_path / "news.txt", text_article(site.origin))
    proc = check(["news.txt", "--format", "json", "--article-date", "2021-03-01"], tmp_path, site)
    found = by_url(proc)
    o = site.origin
    assert found[f"{o}/news/quay"]["article"]["date"] == "2021-03-01"
    assert "postdates_article" in kinds(found[f"{o}/news/quay"])  # published 2021-03-04
    assert proc.returncode == 1


def test_base_url_resolves_a_saved_page_s_relative_links_and_without_it_they_are_named(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    o = site.origin
    text = write(
        tmp_path / "saved.html",
        "<html><body><article><h1>Quay</h1>\n"
        f"<p>Earlier: <a href='/news/quay'>“{QUAY}”</a>.</p>\n</article></body></html>\n",
    )
    based = check(["saved.html", "--format", "json", "--base-url", f"{o}/weekly/quay"], tmp_path, site)
    assert based.returncode == 0
    [only] = results(based)
    assert (only["url"], only["verdict"], only["line"]) == (
        f"{o}/news/quay",
        "pass",
        line_of(text, "/news/quay"),
    )
    before = fetched(site)
    bare = check(["saved.html", "--format", "json"], tmp_path, site)
    assert bare.returncode == 1
    [only] = results(bare)
    assert only["verdict"] == "fail"
    assert only["cause"] == "invalid_citation"
    assert "--base-url" in only["reason"]
    assert fetched(site) == before


def test_exclude_skips_an_article_s_link_without_fetching_it(
    site: RevalidatingServer, tmp_path: Path
) -> None:
    write(tmp_path / "news.txt", text_article(site.origin))
    proc = check(["news.txt", "--format", "json", "--exclude", "/news/(gone|later)$"], tmp_path, site)
    assert proc.returncode == 0
    found = by_url(proc)
    o = site.origin
    assert (found[f"{o}/news/gone"]["status"], found[f"{o}/news/gone"]["cause"]) == ("skipped", "excluded")
    assert site.hits["/news/gone"] == 0
    assert site.hits["/news/later"] == 0
