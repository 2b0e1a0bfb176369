"""End to end: a cited URL's %-escapes reach the server as written (the real CLI, a server on 127.0.0.1).

The server compares request targets byte for byte, as some publishers' servers do: it answers only the
lower-case spelling of a slug's escapes (``caf%c3%a9``) and 301s the upper-case one (``caf%C3%A9``) to it.
A browser follows that 301 once and shows the article. linkcheck's HTTP stack wrote every escape in upper
case, so the 301's own target was asked in upper case again, and the link was reported a redirect loop.
A server that really sends each spelling to the other must still be reported a loop.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.site_server import Page, SiteServer, serve
from tests.test_e2e_cli import run

pytestmark = pytest.mark.e2e

UPPER = "/news/2023/05/caf%C3%A9-owners-reopen-after-refit"
LOWER = "/news/2023/05/caf%c3%a9-owners-reopen-after-refit"
TITLE = "Café owners reopen after six-month refit"
PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | The Lakeside Ledger</title>
<meta property="og:site_name" content="The Lakeside Ledger">
<meta property="article:published_time" content="2023-05-17T08:00:00Z">
</head><body><article><h1>{TITLE}</h1>
<p>The café on the quay opened its doors again on Wednesday after a refit that took half a year.</p>
</article></body></html>
""".encode()
CLAIMS = f'title: "{TITLE}" | outlet: The Lakeside Ledger | date: 2023-05-17'


def moved(to: str) -> Page:
    return Page(301, b"", {"Location": to, "Content-Type": "text/html"})


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with serve({UPPER: moved(LOWER), LOWER: Page(200, PAGE)}) as server:
        yield server


def check(site: SiteServer, tmp_path: Path, path: str, *extra: str) -> dict[str, Any]:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"{site.origin}{path} | {CLAIMS}\n", encoding="utf-8")
    proc = run([str(manifest), "--format", "json", "--allow-host", site.hostport, *extra], tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)["results"][0]
    return result


def test_a_301_to_the_lower_case_spelling_is_followed_as_written(site: SiteServer, tmp_path: Path) -> None:
    result = check(site, tmp_path, UPPER)
    assert (result["status"], result["verdict"]) == ("ok", "pass"), result
    assert result["redirects"] == [{"status": 301, "url": site.origin + LOWER}]
    assert result["final_url"] == site.origin + LOWER  # reported as the server wrote it
    assert result["title"].startswith(TITLE)
    # each spelling asked once, as written (the server's log holds the request targets as they came)
    assert (site.hits[UPPER], site.hits[LOWER]) == (1, 1)


def test_a_cited_lower_case_spelling_is_asked_as_cited(site: SiteServer, tmp_path: Path) -> None:
    site.routes[UPPER] = Page(404, b"<html><title>404 Not Found</title></html>")
    result = check(site, tmp_path, LOWER)
    assert (result["status"], result["verdict"], result["redirects"]) == ("ok", "pass", []), result
    assert (site.hits[UPPER], site.hits[LOWER]) == (0, 1)


def test_with_the_cache_both_spellings_are_stored_apart(site: SiteServer, tmp_path: Path) -> None:
    # requests-cache read the two spellings as one URL: the stored 301 answered the request for its own
    # target, a loop, within the first run already
    cache = ["--cache", str(tmp_path / "cache.sqlite")]
    first = check(site, tmp_path, UPPER, *cache)
    hop = {"status": 301, "url": site.origin + LOWER}
    assert (first["status"], first["redirects"]) == ("ok", [hop]), first
    assert (site.hits[UPPER], site.hits[LOWER]) == (1, 1)
    second = check(site, tmp_path, UPPER, *cache)
    assert (second["status"], second["final_url"]) == ("ok", site.origin + LOWER), second
    assert (site.hits[UPPER], site.hits[LOWER]) == (1, 1)  # both hops served from the cache


def test_a_server_sending_each_spelling_to_the_other_is_a_loop(site: SiteServer, tmp_path: Path) -> None:
    site.routes[LOWER] = moved(UPPER)
    result = check(site, tmp_path, UPPER)
    assert (result["status"], result["cause"]) == ("error", "redirect_loop"), result
    assert [hop["url"] for hop in result["redirects"]] == [site.origin + LOWER, site.origin + UPPER]
    assert (site.hits[UPPER], site.hits[LOWER]) == (1, 1)  # found at the first repeat, not at the hop limit
