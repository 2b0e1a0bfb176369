"""robots.txt rules as RFC 9309 reads them (``linkcheck.robotstxt``), and the CLI honouring them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkcheck.robotstxt import parse_robots, product_token
from tests.site_server import Page, serve
from tests.test_e2e_cli import html, run

# A site that opens only its articles and its search's first page to every crawler, and shuts one out.
OPENS_ITS_ARTICLES = """\
# comments and blank lines say nothing
Sitemap: https://news.test/sitemap.xml

User-agent: *
Disallow: /
Allow: /news/
Allow: /search$
Disallow: /*.pdf$
Disallow: /news/*?print=

User-agent: SlurpBot
Disallow: /news/
"""


def allows(text: str, path: str, agent: str = "linkcheck/1.0 (citation checker)") -> bool:
    return parse_robots(text).allows(f"https://news.test{path}", product_token(agent))


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/news/2020/story.html", True),  # Allow: /news/ is longer than Disallow: /
        ("/about", False),
        ("/", False),
        ("/search", True),  # the end anchor: only that path
        ("/search?q=iraq", False),
        ("/news/report.pdf", False),  # the wildcard and the end anchor: longer than Allow: /news/
        ("/news/report.pdf?x=1", True),  # the anchor refuses it, Allow: /news/ stands
        ("/news/story?print=1", False),  # a wildcard in the middle, the query matched too
        ("/robots.txt", True),  # always allowed
    ],
)
def test_the_most_specific_rule_decides(path: str, allowed: bool) -> None:
    assert allows(OPENS_ITS_ARTICLES, path) is allowed


def test_a_tie_goes_to_allow() -> None:
    text = "User-agent: *\nDisallow: /page\nAllow: /page\n"
    assert allows(text, "/page")
    assert allows("User-agent: *\nAllow: /page\nDisallow: /page\n", "/page")


def test_the_crawlers_own_group_replaces_the_star_group_and_tokens_match_case_insensitively() -> None:
    assert not allows(OPENS_ITS_ARTICLES, "/news/a", "slurpbot/2.1")
    assert allows(OPENS_ITS_ARTICLES, "/about-us", "SlurpBot/2.1")  # its group does not disallow /
    assert not allows(OPENS_ITS_ARTICLES, "/about-us", "OtherBot")


def test_every_group_naming_the_crawler_is_merged() -> None:
    text = "User-agent: linkcheck\nDisallow: /a/\n\nUser-agent: *\nDisallow: /\n\n"
    text += "User-agent: LinkCheck\nDisallow: /b/\n"
    assert not allows(text, "/a/1")
    assert not allows(text, "/b/1")
    assert allows(text, "/c/1")  # the star group does not apply to a crawler with groups of its own


def test_consecutive_user_agent_lines_share_one_group() -> None:
    text = "User-agent: otherbot\nUser-agent: linkcheck\nDisallow: /x/\nUser-agent: thirdbot\nDisallow: /\n"
    assert not allows(text, "/x/1")
    assert allows(text, "/y")
    assert not allows(text, "/x/1", "otherbot/1")
    assert not allows(text, "/y", "thirdbot")


@pytest.mark.parametrize(
    ("text", "path", "allowed"),
    [
        ("User-agent: *\nDisallow:\n", "/anything", True),  # an empty disallow disallows nothing
        ("Disallow: /\nUser-agent: *\nDisallow: /x\n", "/y", True),  # a rule before any group: no group's
        ("User-agent: *\nDisallow: /caf\u00e9/\n", "/caf%C3%A9/menu", False),  # compared percent-encoded
        ("User-agent: *\nDisallow: /caf%c3%a9/\n", "/caf\u00e9/menu", False),
        ("User-agent: *\nDisallow: /a%2Fb\n", "/a/b", True),  # an escaped slash is not a slash
        ("User-agent: *\nDisallow: private/\n", "/private/x", False),  # meant from the root
        ("User-agent: *\ndisallow : /x # a comment\n", "/x/1", False),  # field names in any case, spaces
        ("User-agent: *\nThis line means nothing\nDisallow: /x\n", "/x", False),  # a bad line costs itself
        ("User-agent: *\nCrawl-delay: 10\nDisallow: /x\n", "/x", False),  # other fields do not end a group
        ("", "/x", True),
    ],
)
def test_rfc_9309_reading(text: str, path: str, allowed: bool) -> None:
    assert allows(text, path) is allowed


@pytest.mark.parametrize(
    ("agent", "token"),
    [
        ("linkcheck/1.2 (citation checker)", "linkcheck"),
        ("Mozilla/5.0 (X11)", "mozilla"),
        ("  ", ""),
        ("/x", ""),
    ],
)
def test_product_token(agent: str, token: str) -> None:
    assert product_token(agent) == token


def test_the_cli_fetches_what_a_site_opens_under_disallow_all(tmp_path: Path) -> None:
    # "Disallow: /" then "Allow: /news/": read first-match (the standard library's way), every article was
    # skipped; RFC 9309 crawlers fetch them and skip only the rest.
    story = html("ria.html")
    routes = {
        "/robots.txt": Page(200, OPENS_ITS_ARTICLES.encode(), {"Content-Type": "text/plain"}),
        "/news/20200109/1563219328.html": story,
        "/private/draft.html": story,
    }
    with serve(routes) as site:
        manifest = tmp_path / "sources.txt"
        manifest.write_text(
            f"{site.origin}/news/20200109/1563219328.html | outlet: RIA Novosti\n"
            f"{site.origin}/private/draft.html\n",
            encoding="utf-8",
        )
        args = [str(manifest), "--format", "json", "--allow-host", site.hostport, "--respect-robots"]
        proc = run(args, tmp_path)
        hits = dict(site.hits)
    assert proc.returncode in (0, 1), proc.stderr
    results = {r["url"].rsplit("/", 1)[-1]: r for r in json.loads(proc.stdout)["results"]}
    assert results["1563219328.html"]["status"] == "ok"
    skipped = results["draft.html"]
    assert (skipped["status"], skipped["cause"]) == ("skipped", "robots")
    assert "Disallow: /" in skipped["reason"]
    assert "/private/draft.html" not in hits  # never requested
    assert hits["/robots.txt"] == 1
