"""Held-out probe (seed15, fifty-fourth session): the seed article's three citations in shapes the first
fourteen probes did not play.

Written from README.md, docs/ (json-schema, sources-format, articles, api, ci), the fourteenth probe's
subsection in docs/benchmarks.md and the earlier probes' test names (grepped for what they had played: the
seed article exported as Markdown, HTML and plain text; a manifest with a BOM, CRLF, comments and tabs around
fields; a tab where the bar belongs; the library's ``check``/``iter_check`` agreeing and a script reading a
result's fields; a consent wall at the related article's own address; a history over several nights), before
any code under ``src/`` that these cases test was read, and committed before any change there. The cases:
- a whole site's nightly run: three articles citing the same three addresses (each fetched once, each
  article's citations reported at its own file and line; TASS dead in all three: the Markdown report names
  the three places, the history names the address once); two articles of different days in one manifest
  citing the related article (one fetch, each judged against its own article's date);
- TASS answering 403 to linkcheck's User-Agent and 200 to a browser's: blocked and warned, never dead nor
  passed; ``--user-agent`` and ``--header DOMAIN=User-Agent:...`` reaching the story;
- the related article sent to a consent host's interstitial whose buttons post a form: blocked, still
  postdating the article, and no form ever posted;
- the seed article naming its own address (a headline linking to its permalink, a "Permalink:" line) with
  ``--base-url``: not a citation;
- manifest lines as people write them: a trailing ``# comment`` after the URL or after a date, a tab inside
  a title, a title holding the separator (quoted, and unquoted);
- the library from a script: ``read_sources`` then ``check`` with a per-host limit and timeouts, and
  ``iter_check`` with TASS hanging past the read timeout;
- the exit code a CI job relies on for each mix of results (docs/ci.md "Exit codes", json-schema.md);
- the nightly baseline (``--state``) when RIA's story moved tonight: a move, not a breakage.
Expectations are what the docs promise or, where they are silent, what a fact-checker using a mature tool
expects. Every case but the library's is a CLI subprocess against one 127.0.0.1 server.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.seed_harness import (
    COMMON,
    MT,
    MT_PATH,
    MT_TITLE,
    NOT_FOUND,
    RIA,
    RIA_PATH,
    RIA_TITLE,
    SEED,
    TASS,
    TASS_PATH,
    TASS_TITLE,
    Sites,
    by_url,
    check_json,
    datelined_ria,
    datelined_tass,
    html,
    kinds,
    long_mt,
    manifest,
    noted_lines,
    redirect,
    route_forms,
    run,
    serve_datelined_three,
)
from tests.site_server import Page, Request, serve

CONSENT = "consent.themoscowtimes.localhost"
RIA_NEW_PATH = "/politics/20200109/1563219328.html"
BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
SELF = "https://www.themoscowtimes.com/2020/01/09/iraq-resumes-talks-with-russia-on-s-300-purchase-a68840"


Answer = Callable[[Request], Page]


class Site(Sites):
    """The harness's pages, plus pages made per request (a page that reads the User-Agent)."""

    def __init__(self, server: Any) -> None:
        super().__init__(server)
        self.dynamic: dict[tuple[str, str], Answer] = {}
        self.mark = 0

    def requests(self) -> list[Request]:
        """The requests since this test began."""
        return list(self.server.requests[self.mark :])

    def gets(self, host: str, path: str) -> int:
        return sum(1 for r in self.requests() if r.method == "GET" and r.host == host and r.route == path)


@pytest.fixture(scope="module", name="server")
def server_fixture() -> Iterator[Site]:
    holder: list[Site] = []

    def answer(request: Request) -> Page:
        site = holder[0]
        for form in route_forms(request.route):
            made = site.dynamic.get((request.host, form))
            if made is not None:
                return made(request)
            page = site.pages.get((request.host, form))
            if page is not None:
                return page
        return NOT_FOUND

    with serve({}, answer=answer) as running:
        holder.append(Site(running))
        yield holder[0]


@pytest.fixture(name="sites")
def sites_fixture(server: Site) -> Site:
    server.pages.clear()
    server.dynamic.clear()
    server.mark = len(server.server.requests)
    return server


FORBIDDEN = Page(
    403,
    b"<!doctype html><html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1>"
    b"</center><hr><center>nginx</center></body></html>",
)


def tass_by_user_agent(request: Request) -> Page:
    """TASS's front: 403 to a client naming itself a checker or not a browser, the story to a browser."""
    agent = (request.header("User-Agent") or "").lower()
    if "linkcheck" in agent or "mozilla/" not in agent:
        return FORBIDDEN
    return datelined_tass()


def site_articles(sites: Sites, root: Path) -> list[Path]:
    """Three articles of the site, each the seed article under a Thursday dateline, citing the same three."""
    text = sites.article(SEED.read_text(encoding="utf-8"))
    content = root / "content"
    content.mkdir()
    paths = []
    for name, lead in (
        ("a-iraq-s300.txt", ""),
        ("b-iraq-s300-update.txt", "Updated with the defense committee's comment.\n\n"),
        ("c-iraq-s300-ru.txt", "Translated from the Russian desk's copy.\n\n"),
    ):
        path = content / name
        path.write_text("MOSCOW, Thursday, Jan. 9, 2020\n\n" + lead + text, encoding="utf-8")
        paths.append(path)
    return paths


# --- a whole site's nightly run ----------------------------------------------------------------------------


def test_site_run_fetches_each_shared_address_once_and_reports_every_articles_citations(
    sites: Site, tmp_path: Path
) -> None:
    # Three articles cite the same three stories. Each story is fetched once; each article's three citations
    # are reported at its own file, judged against its own date (the related article postdates each).
    serve_datelined_three(sites)
    site_articles(sites, tmp_path)
    code, report = check_json(tmp_path, "content/*.txt")
    assert report["summary"]["total"] == 9, report["summary"]
    assert code == 1
    for host, path in ((RIA, RIA_PATH), (TASS, TASS_PATH), (MT, MT_PATH)):
        assert sites.gets(host, path) == 1, (host, [r.path for r in sites.requests()])
    per_file: dict[str, dict[str, str]] = {}
    for result in report["results"]:
        per_file.setdefault(Path(result["source"]).name, {})[result["url"]] = result["verdict"]
    assert sorted(per_file) == ["a-iraq-s300.txt", "b-iraq-s300-update.txt", "c-iraq-s300-ru.txt"]
    for verdicts in per_file.values():
        assert verdicts == {
            sites.url(RIA, RIA_PATH): "pass",
            sites.url(TASS, TASS_PATH): "pass",
            sites.url(MT, MT_PATH): "fail",
        }, per_file


def test_site_run_with_tass_dead_names_each_articles_line_in_markdown_and_the_address_once_in_history(
    sites: Site, tmp_path: Path
) -> None:
    # TASS's story is gone. The maintainer's Markdown report must name every place that cites it (three
    # files, each at its line), and the nightly history names the dead address once, not once per article.
    sites.pages[(RIA, RIA_PATH)] = datelined_ria()
    sites.pages[(MT, MT_PATH)] = long_mt()
    paths = site_articles(sites, tmp_path)
    state = tmp_path / "state.json"
    summary = tmp_path / "summary.md"
    code, report = check_json(
        tmp_path, "content/*.txt", "--state", str(state), "--output", f"markdown={summary}"
    )
    assert code == 1
    tass = sites.url(TASS, TASS_PATH)
    dead = [r for r in report["results"] if r["url"] == tass]
    assert [r["status"] for r in dead] == ["dead", "dead", "dead"], dead
    assert sites.gets(TASS, TASS_PATH) == 1
    assert report["history"]["newly_broken"] == [tass], report["history"]
    markdown = summary.read_text(encoding="utf-8")
    for path, result in zip(paths, dead, strict=True):
        assert Path(result["source"]).name == path.name
        assert f"{path.name}:{result['line']}" in markdown, markdown


def test_two_articles_of_different_days_citing_the_related_article_are_each_judged_by_their_own_date(
    sites: Site, tmp_path: Path
) -> None:
    # One manifest for the site: the seed article (2020) and a later explainer (June 2024) both cite the
    # related article. One fetch; the seed's citation postdates its article, the explainer's does not.
    sites.pages[(MT, MT_PATH)] = long_mt()
    mt = sites.url(MT, MT_PATH)
    text = (
        "@article | date: 2020-01-09 | title: Iraq Resumes Talks With Russia on S-300 Purchase\n"
        f"{mt} | title: {MT_TITLE} | outlet: The Moscow Times\n"
        "@article | date: 2024-06-03 | title: What Iraq Can Buy From Russia\n"
        f"{mt} | title: {MT_TITLE} | outlet: The Moscow Times | date: 2024-05-02\n"
    )
    code, report = check_json(tmp_path, str(manifest(tmp_path, text)))
    seed, later = report["results"]
    assert (seed["line"], later["line"]) == (2, 4)
    assert "postdates_article" in kinds(seed), seed["findings"]
    assert seed["verdict"] == "fail"
    assert later["findings"] == [], later
    assert later["verdict"] == "pass", later
    assert later["article"]["date"] == "2024-06-03"
    assert sites.gets(MT, MT_PATH) == 1
    assert code == 1


# --- TASS refusing linkcheck's User-Agent ------------------------------------------------------------------


def test_tass_refusing_linkchecks_user_agent_is_blocked_and_warns_not_dead_nor_passed(
    sites: Site, tmp_path: Path
) -> None:
    # TASS's front answers 403 to a client that names itself a checker, the story to a browser. The report
    # must not call the story dead (it is there) nor pass it (nothing was verified): blocked, a warning
    # naming the 403, and the run does not fail on it.
    sites.pages[(RIA, RIA_PATH)] = datelined_ria()
    sites.dynamic[(TASS, TASS_PATH)] = tass_by_user_agent
    lines = noted_lines(sites)[:2]
    code, report = check_json(tmp_path, str(manifest(tmp_path, "\n".join(lines) + "\n")))
    tass = by_url(report)[sites.url(TASS, TASS_PATH)]
    assert tass["status"] == "blocked", tass
    assert tass["http_status"] == 403
    assert "403" in tass["reason"], tass["reason"]
    assert tass["verdict"] == "warn"
    assert tass["title"] != TASS_TITLE
    assert code == 0
    done = run(str(tmp_path / "sources.txt"), *COMMON, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    entry = next(line for line in done.stdout.splitlines() if TASS_PATH in line)
    assert entry.lstrip().startswith("WARN"), done.stdout


def test_tass_checked_with_a_browsers_user_agent_reaches_the_story(sites: Site, tmp_path: Path) -> None:
    # README: --user-agent sets the User-Agent sent. With a browser's, TASS serves its story, which passes.
    sites.dynamic[(TASS, TASS_PATH)] = tass_by_user_agent
    line = noted_lines(sites)[1]
    code, report = check_json(tmp_path, str(manifest(tmp_path, line + "\n")), "--user-agent", BROWSER_UA)
    (tass,) = report["results"]
    assert (tass["status"], tass["verdict"], tass["title"]) == ("ok", "pass", TASS_TITLE), tass
    assert code == 0
    agents = {r.header("User-Agent") for r in sites.requests() if r.route == TASS_PATH}
    assert agents == {BROWSER_UA}, agents


def test_tass_given_a_browsers_user_agent_by_a_header_for_its_domain_only_reaches_the_story(
    sites: Site, tmp_path: Path
) -> None:
    # README: --header DOMAIN=NAME:VALUE sends a header for one domain. A User-Agent given so is TASS's
    # only: RIA still gets linkcheck's own.
    sites.pages[(RIA, RIA_PATH)] = datelined_ria()
    sites.dynamic[(TASS, TASS_PATH)] = tass_by_user_agent
    lines = noted_lines(sites)[:2]
    code, report = check_json(
        tmp_path,
        str(manifest(tmp_path, "\n".join(lines) + "\n")),
        "--header",
        f"{TASS}=User-Agent:{BROWSER_UA}",
    )
    tass = by_url(report)[sites.url(TASS, TASS_PATH)]
    assert (tass["status"], tass["verdict"]) == ("ok", "pass"), tass
    assert code == 0
    ria_agents = {r.header("User-Agent") for r in sites.requests() if r.host == RIA}
    assert ria_agents, ria_agents
    assert BROWSER_UA not in ria_agents, ria_agents


# --- the related article behind a consent interstitial ------------------------------------------------------


def test_related_article_sent_to_a_consent_interstitial_posting_a_form_is_blocked_and_no_form_is_posted(
    sites: Site, tmp_path: Path
) -> None:
    # The Moscow Times sends a reader without its consent cookie to a consent host whose two buttons post a
    # form. The story was not read: blocked (a consent wall in place of the page), not dead; it still
    # postdates the article by its address; and a checker never submits a form on the reader's behalf.
    mt = sites.url(MT, MT_PATH)
    sites.pages[(MT, MT_PATH)] = redirect(302, sites.url(CONSENT, "/?continue=" + MT_PATH))
    sites.pages[(CONSENT, "/")] = html(
        "Before you continue to The Moscow Times",
        lang="en",
        body=(
            "<main><h1>Before you continue</h1><p>We and our partners use cookies and data to deliver and"
            " maintain our services, measure audience engagement and show personalised ads. Choose"
            " \u201cAccept all\u201d to agree, or \u201cReject all\u201d to refuse.</p>"
            '<form method="post" action="/save"><input type="hidden" name="continue" value="'
            + MT_PATH
            + '"><button name="set" value="accept">Accept all</button>'
            '<button name="set" value="reject">Reject all</button></form></main>'
        ),
    )
    text = f"@article | date: 2020-01-09\n{mt} | title: {MT_TITLE} | outlet: The Moscow Times\n"
    code, report = check_json(tmp_path, str(manifest(tmp_path, text)))
    (result,) = report["results"]
    assert result["status"] == "blocked", result
    assert "postdates_article" in kinds(result), result["findings"]
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert code == 1
    assert [r for r in sites.requests() if r.method == "POST"] == []


# --- the article naming its own address --------------------------------------------------------------------


def test_html_article_whose_headline_links_to_its_own_permalink_cites_only_its_three_sources(
    sites: Site, tmp_path: Path
) -> None:
    # The CMS links the article's headline to its permalink. Given as --base-url, that address is the article
    # itself (docs/articles.md), not a source: extract gives the three citations only.
    ria, tass, mt = sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Iraq Resumes S-300 Talks</title>'
        f'<link rel="canonical" href="{SELF}"></head><body><article>'
        f'<h1><a href="{SELF}">Iraq Resumes Talks With Russia on S-300 Purchase</a></h1>'
        "<p>Iraq has resumed talks with Russia to buy its S-300 surface-to-air missile systems, a senior"
        f' Iraqi lawmaker told the state-run <a href="{ria}">RIA Novosti news agency</a>.</p>'
        f'<p>Related article: <a href="{mt}">{MT_TITLE}</a></p>'
        "<p>\u201cI told Iran's leadership to buy our more powerful S-400 and S-500 missile defense"
        f' systems,\u201d the state-run <a href="{tass}">TASS news agency</a> quoted Zhirinovsky as'
        " saying.</p></article></body></html>"
    )
    article = tmp_path / "article.html"
    article.write_text(page, encoding="utf-8")
    done = run("extract", str(article), "--article-date", "2020-01-09", "--base-url", SELF, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    urls = [line.split(" | ", 1)[0] for line in done.stdout.splitlines() if line.startswith("http")]
    assert urls == [ria, mt, tass], done.stdout


def test_plain_text_article_ending_with_its_own_permalink_checks_only_its_three_sources(
    sites: Site, tmp_path: Path
) -> None:
    # The seed article as the newsletter tool exports it, its own address on a "Permalink:" line at the foot.
    # With --base-url naming that address, the run checks the three sources and never fetches the article.
    serve_datelined_three(sites)
    text = sites.article(SEED.read_text(encoding="utf-8")) + f"\nPermalink: {SELF}\n"
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    _code, report = check_json(tmp_path, str(article), "--article-date", "2020-01-09", "--base-url", SELF)
    assert [r["url"] for r in report["results"]] == [
        sites.url(RIA, RIA_PATH),
        sites.url(TASS, TASS_PATH),
        sites.url(MT, MT_PATH),
    ], [r["url"] for r in report["results"]]


# --- manifest lines as people write them -------------------------------------------------------------------


def test_trailing_comment_after_a_date_stops_with_its_line_and_says_comments_are_whole_lines(
    sites: Site, tmp_path: Path
) -> None:
    # A `#` later on a line is ordinary text (docs/sources-format.md), so the date reads "2020-01-09 # from
    # the wire": not a date. The run stops before any request, naming the line, and, as the writer meant a
    # comment, says that a comment is a whole line.
    serve_datelined_three(sites)
    lines = noted_lines(sites)
    lines[0] = lines[0] + "  # from the wire"
    path = manifest(tmp_path, "\n".join(lines) + "\n")
    done = run(str(path), *COMMON, cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "sources.txt:1" in done.stderr, done.stderr
    message = done.stderr.split("sources.txt:1", 1)[
        1
    ].lower()  # not the test's own path, which says "comment"
    assert "comment" in message, done.stderr
    assert "own line" in message, done.stderr
    assert sites.requests() == []


def test_trailing_comment_after_a_bare_url_stops_with_its_line_and_says_comments_are_whole_lines(
    sites: Site, tmp_path: Path
) -> None:
    # "URL  # RIA's story": the URL is followed by words where a `|` belongs. Named at its line, with what
    # the writer meant: a comment goes on a line of its own.
    serve_datelined_three(sites)
    text = f"{sites.url(RIA, RIA_PATH)}  # RIA's story\n{noted_lines(sites)[1]}\n"
    done = run(str(manifest(tmp_path, text)), *COMMON, cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "sources.txt:1" in done.stderr, done.stderr
    message = done.stderr.split("sources.txt:1", 1)[
        1
    ].lower()  # not the test's own path, which says "comment"
    assert "comment" in message, done.stderr
    assert "own line" in message, done.stderr
    assert sites.requests() == []


def test_tab_inside_a_title_is_a_space_between_its_words(sites: Site, tmp_path: Path) -> None:
    # A title pasted from a spreadsheet keeps a tab between two words: it is the headline all the same.
    sites.pages[(RIA, RIA_PATH)] = datelined_ria()
    title = RIA_TITLE.replace(" с Россией", "\tс Россией")
    assert "\t" in title
    text = f"{sites.url(RIA, RIA_PATH)} | title: {title} | outlet: RIA Novosti | date: 2020-01-09\n"
    code, report = check_json(tmp_path, str(manifest(tmp_path, text)))
    (ria,) = report["results"]
    assert ria["findings"] == [], ria
    assert ria["verdict"] == "pass", ria
    assert code == 0


def test_quoted_title_holding_the_separator_and_the_outlets_suffix_is_the_headline(
    sites: Site, tmp_path: Path
) -> None:
    # The title copied from the browser's tab holds "|" before the outlet's name; quoted, as the format
    # asks, it is one value, and the headline with its outlet's suffix is the headline.
    sites.pages[(RIA, RIA_PATH)] = datelined_ria()
    text = (
        f'{sites.url(RIA, RIA_PATH)} | title: "{RIA_TITLE} | РИА Новости" | outlet: RIA Novosti'
        " | date: 2020-01-09\n"
    )
    code, report = check_json(tmp_path, str(manifest(tmp_path, text)))
    (ria,) = report["results"]
    assert ria["cited"]["title"] == f"{RIA_TITLE} | РИА Новости"
    assert "title_mismatch" not in kinds(ria), ria["findings"]
    assert ria["verdict"] == "pass", ria
    assert code == 0


def test_unquoted_title_holding_the_separator_names_its_line_and_says_to_quote_it(
    sites: Site, tmp_path: Path
) -> None:
    # Unquoted, "| РИА Новости" starts a field with no key. The run stops at that line before any request,
    # and the message says what to do: put the title in double quotes.
    sites.pages[(RIA, RIA_PATH)] = datelined_ria()
    text = f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | РИА Новости | date: 2020-01-09\n"
    done = run(str(manifest(tmp_path, text)), *COMMON, cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "sources.txt:1" in done.stderr, done.stderr
    assert "quote" in done.stderr.lower(), done.stderr
    assert sites.requests() == []


# --- the library from a script -----------------------------------------------------------------------------


def test_script_checks_the_seed_manifest_with_a_per_host_limit_and_reads_each_results_fields(
    sites: Site, tmp_path: Path
) -> None:
    # A newsroom script: read_sources, then check with one request per host at a time and short timeouts.
    # Results come in the manifest's order, each with its line, status, verdict, findings and the page's
    # title and site name; the report's exit code is the CLI's.
    import linkcheck
    from linkcheck import Config, check, read_sources

    serve_datelined_three(sites)
    path = manifest(tmp_path, "@article | date: 2020-01-09\n" + "\n".join(noted_lines(sites)) + "\n")
    config = Config(
        per_host=1, read_timeout=5.0, connect_timeout=5.0, deadline=15.0, retries=0, allow_private=True
    )
    report = check(read_sources(path), config)
    assert [r.citation.line for r in report.results] == [2, 3, 4]
    assert [r.status.value for r in report.results] == ["ok", "ok", "ok"]
    assert [r.verdict.value for r in report.results] == ["pass", "pass", "fail"]
    assert [f.kind.value for f in report.results[2].findings] == ["postdates_article"]
    ria, tass, _mt = report.results
    assert ria.metadata is not None
    assert ria.metadata.title == RIA_TITLE
    assert tass.metadata is not None
    assert tass.metadata.site_name == "ТАСС"
    assert report.summary["total"] == 3
    assert report.summary["fail"] == 1
    assert report.exit_code == 1
    assert isinstance(report.results[0], linkcheck.Result)


def test_script_iterating_results_gets_tass_hanging_past_its_timeout_as_an_error_and_the_others_first(
    sites: Site, tmp_path: Path
) -> None:
    # iter_check yields results as they complete: TASS's server takes the request and never answers, so
    # RIA and the related article come first, and TASS is an `error` (timeout), never dead.
    from linkcheck import Config, iter_check, read_sources

    sites.pages[(RIA, RIA_PATH)] = datelined_ria()
    sites.pages[(MT, MT_PATH)] = long_mt()
    sites.pages[(TASS, TASS_PATH)] = Page(body=datelined_tass().body, hold=60.0)
    path = manifest(tmp_path, "\n".join(noted_lines(sites)) + "\n")
    config = Config(
        per_host=1, read_timeout=1.0, connect_timeout=2.0, deadline=4.0, retries=0, allow_private=True
    )
    got = [
        (r.url, r.status.value, r.cause.value if r.cause else None)
        for r in iter_check(read_sources(path), config)
    ]
    assert got[-1] == (sites.url(TASS, TASS_PATH), "error", "timeout"), got
    assert {u for u, _s, _c in got[:2]} == {sites.url(RIA, RIA_PATH), sites.url(MT, MT_PATH)}, got
    assert [s for _u, s, _c in got[:2]] == ["ok", "ok"], got


# --- the exit code a CI job relies on ----------------------------------------------------------------------

MIXES = [
    # (id, RIA's page, TASS's page, @article date?, extra options, a malformed line?, exit code)
    ("all-ok", "story", "story", False, (), False, 0),
    ("tass-403-warns", "story", "403", False, (), False, 0),
    ("tass-503-warns", "story", "503", False, (), False, 0),
    ("ria-404-fails", "404", "story", False, (), False, 1),
    ("tass-403-fail-on-blocked", "story", "403", False, ("--fail-on", "+blocked"), False, 1),
    ("ria-404-fail-on-minus-dead", "404", "story", False, ("--fail-on", "-dead"), False, 0),
    ("related-postdates", "story", "story", True, (), False, 1),
    ("malformed-line-stops", "404", "story", False, (), True, 2),
    ("malformed-line-keep-going", "story", "story", False, ("--keep-going",), True, 1),
]


@pytest.mark.parametrize(
    ("ria_page", "tass_page", "dated", "extra", "malformed", "expected"),
    [pytest.param(*mix[1:], id=mix[0]) for mix in MIXES],
)
def test_exit_code_for_each_mix_of_results(
    sites: Site,
    tmp_path: Path,
    ria_page: str,
    tass_page: str,
    dated: bool,
    extra: tuple[str, ...],
    malformed: bool,
    expected: int,
) -> None:
    # docs/ci.md "Exit codes": 0 nothing fails (warnings do not), 1 a citation fails, 2 an input error
    # (before any request); --fail-on decides what fails; --keep-going makes a bad line a failed result.
    if ria_page == "story":
        sites.pages[(RIA, RIA_PATH)] = datelined_ria()
    pages = {"story": datelined_tass(), "403": FORBIDDEN, "503": Page(503, b"<title>503</title>")}
    sites.pages[(TASS, TASS_PATH)] = pages[tass_page]
    sites.pages[(MT, MT_PATH)] = long_mt()
    lines = noted_lines(sites)
    if dated:
        lines.insert(0, "@article | date: 2020-01-09")
    if malformed:
        lines.append(f"{sites.url(RIA, '/x')} | date: 9 Jan 2020")
    done = run(str(manifest(tmp_path, "\n".join(lines) + "\n")), *COMMON, *extra, cwd=tmp_path)
    assert done.returncode == expected, done.stdout + done.stderr
    if expected == 2:
        assert sites.requests() == []


# --- the nightly baseline when a story moved tonight -------------------------------------------------------


def test_ria_story_moved_tonight_is_a_move_to_suggest_not_a_breakage_in_the_nightly_history(
    sites: Site, tmp_path: Path
) -> None:
    # Last night the three passed. Tonight RIA's address sends the reader for good (301) to the story under
    # a section path. The report suggests the new address (moved), the run does not fail, and the history
    # counts nothing newly broken; the Markdown report shows the new address for the editor.
    serve_datelined_three(sites)
    path = manifest(tmp_path, "\n".join(noted_lines(sites)) + "\n")
    state = tmp_path / "state.json"
    code, _report = check_json(tmp_path, str(path), "--state", str(state))
    assert code == 0
    new = sites.url(RIA, RIA_NEW_PATH)
    sites.pages[(RIA, RIA_PATH)] = redirect(301, new)
    sites.pages[(RIA, RIA_NEW_PATH)] = datelined_ria(canonical=new)
    summary = tmp_path / "summary.md"
    code, report = check_json(tmp_path, str(path), "--state", str(state), "--output", f"markdown={summary}")
    ria = by_url(report)[sites.url(RIA, RIA_PATH)]
    assert ria["status"] == "ok", ria
    assert ria["final_url"] == new
    moved = [f for f in ria["findings"] if f["kind"] == "moved"]
    assert moved, ria["findings"]
    assert moved[0]["actual"] == new, ria["findings"]
    assert ria["verdict"] == "warn", ria
    assert code == 0
    history = report["history"]
    assert (history["newly_broken"], history["still_broken"], history["recovered"]) == ([], [], []), history
    assert new in summary.read_text(encoding="utf-8")
    assert json.loads(state.read_text(encoding="utf-8"))


# --- second batch (seed15b): written after the first run, before reading the src these cases test ---------


def test_site_run_annotates_each_articles_line_for_github_and_gives_junit_a_case_per_citation(
    sites: Site, tmp_path: Path
) -> None:
    # docs/ci.md: the github format is one workflow command per citation that does not pass, `::error
    # file=...,line=...`, so each article's line is marked; JUnit has one test case per citation, its
    # classname the file. TASS dead in all three articles: three errors at three files, nine test cases.
    sites.pages[(RIA, RIA_PATH)] = datelined_ria()
    sites.pages[(MT, MT_PATH)] = long_mt()
    site_articles(sites, tmp_path)
    gh, junit = tmp_path / "gh.txt", tmp_path / "junit.xml"
    code, report = check_json(
        tmp_path, "content/*.txt", "--output", f"github={gh}", "--output", f"junit={junit}"
    )
    assert code == 1
    tass = sites.url(TASS, TASS_PATH)
    dead = [r for r in report["results"] if r["url"] == tass]
    commands = gh.read_text(encoding="utf-8").splitlines()
    for result in dead:
        mark = f"file={result['source']},line={result['line']}"
        assert any(c.startswith("::error ") and mark in c for c in commands), (mark, commands)
    cases = ET.parse(junit).getroot().iter("testcase")
    listed = [(c.get("classname") or "", c.find("failure") is not None) for c in cases]
    assert len(listed) == 9, listed
    assert sum(1 for _name, failed in listed if failed) == 6, listed  # TASS dead and MT postdating, x3
    assert {Path(name).name for name, _failed in listed} == {
        "a-iraq-s300.txt",
        "b-iraq-s300-update.txt",
        "c-iraq-s300-ru.txt",
    }, listed


def test_site_run_on_the_second_night_with_the_cache_fetches_none_of_the_pages_that_were_fine(
    sites: Site, tmp_path: Path
) -> None:
    # docs/ci.md: within --cache-ttl a page that was fine is not fetched at all. The three stories answered
    # last night (the related article too: its page was fine, its citation fails on its date): tonight the
    # run asks the sites for nothing and reports the same verdicts.
    serve_datelined_three(sites)
    site_articles(sites, tmp_path)
    cache = tmp_path / "cache.sqlite"
    _code, first = check_json(tmp_path, "content/*.txt", "--cache", str(cache))
    sites.mark = len(sites.server.requests)
    code, second = check_json(tmp_path, "content/*.txt", "--cache", str(cache))
    assert [r for r in sites.requests() if r.method == "GET"] == []
    assert [r["verdict"] for r in second["results"]] == [r["verdict"] for r in first["results"]]
    assert code == 1


def test_site_run_split_over_two_processes_fetches_each_address_once_and_reports_in_file_order(
    sites: Site, tmp_path: Path
) -> None:
    # README: --processes splits the hosts between processes. Each of the three stories is still fetched
    # once, and the report lists the articles' citations by file, then line, as a one-process run does.
    serve_datelined_three(sites)
    site_articles(sites, tmp_path)
    code, report = check_json(tmp_path, "content/*.txt", "--processes", "2")
    assert code == 1
    for host, path in ((RIA, RIA_PATH), (TASS, TASS_PATH), (MT, MT_PATH)):
        assert sites.gets(host, path) == 1, host
    places = [(Path(r["source"]).name, r["line"]) for r in report["results"]]
    assert places == sorted(places), places
    assert len(places) == 9


def test_title_copied_with_a_full_width_bar_before_the_outlets_name_is_the_headline(
    sites: Site, tmp_path: Path
) -> None:
    # Some browsers' tab titles and East Asian sites separate the site's name with a full-width bar "｜"
    # (U+FF5C), which is no field separator: the title is the headline with the outlet's suffix.
    sites.pages[(RIA, RIA_PATH)] = datelined_ria()
    text = (
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} \uff5c РИА Новости | outlet: RIA Novosti"
        " | date: 2020-01-09\n"
    )
    code, report = check_json(tmp_path, str(manifest(tmp_path, text)))
    (ria,) = report["results"]
    assert "title_mismatch" not in kinds(ria), ria["findings"]
    assert ria["verdict"] == "pass", ria
    assert code == 0


def test_script_reads_where_rias_story_moved_from_the_result(sites: Site, tmp_path: Path) -> None:
    # A script updating the CMS reads where the story went: the result's final URL, its redirect hop (301)
    # and the `moved` finding's `actual`, the address to cite now.
    from linkcheck import Config, check, parse_sources

    new = sites.url(RIA, RIA_NEW_PATH)
    sites.pages[(RIA, RIA_PATH)] = redirect(301, new)
    sites.pages[(RIA, RIA_NEW_PATH)] = datelined_ria(canonical=new)
    citations = parse_sources(noted_lines(sites)[0], source="cms")
    (result,) = check(citations, Config(per_host=1, retries=0, allow_private=True)).results
    assert result.final_url == new
    assert [(hop.status, hop.url) for hop in result.redirects] == [(301, new)]
    moved = [f for f in result.findings if f.kind.value == "moved"]
    assert [f.actual for f in moved] == [new], result.findings
    assert result.verdict.value == "warn"


def test_exit_code_with_fail_on_none_is_zero_whatever_fails(sites: Site, tmp_path: Path) -> None:
    # README: --fail-on none: nothing fails the run, though RIA is dead and the related article postdates.
    sites.pages[(TASS, TASS_PATH)] = datelined_tass()
    sites.pages[(MT, MT_PATH)] = long_mt()
    lines = ["@article | date: 2020-01-09", *noted_lines(sites)]
    done = run(str(manifest(tmp_path, "\n".join(lines) + "\n")), *COMMON, "--fail-on", "none", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "FAIL" not in done.stdout, done.stdout


def test_ria_replaced_tonight_by_another_story_at_a_new_address_is_no_move_and_fails(
    sites: Site, tmp_path: Path
) -> None:
    # Last night RIA's story passed. Tonight its address sends the reader for good to another story (another
    # headline, another day). That is no move to suggest: the editor is told the page is not the cited one
    # (title and date), and the run fails, though nothing is "broken" in the history's sense.
    serve_datelined_three(sites)
    path = manifest(tmp_path, "\n".join(noted_lines(sites)) + "\n")
    state = tmp_path / "state.json"
    code, _report = check_json(tmp_path, str(path), "--state", str(state))
    assert code == 0
    other = sites.url(RIA, "/20200301/1565123456.html")
    sites.pages[(RIA, RIA_PATH)] = redirect(301, other)
    sites.pages[(RIA, "/20200301/1565123456.html")] = html(
        "Ирак и Россия обсудили поставки бронетехники",
        site_name="РИА Новости",
        published="2020-03-01T09:00:00+03:00",
        body="<article><h1>Ирак и Россия обсудили поставки бронетехники</h1><p>МОСКВА, 1 мар — РИА Новости."
        " Делегации обсудили поставки бронетехники и запчастей.</p></article>",
    )
    code, report = check_json(tmp_path, str(path), "--state", str(state))
    ria = by_url(report)[sites.url(RIA, RIA_PATH)]
    assert ria["final_url"] == other
    assert "moved" not in kinds(ria), ria["findings"]
    assert "title_mismatch" in kinds(ria), ria["findings"]
    assert "date_mismatch" in kinds(ria), ria["findings"]
    assert ria["verdict"] == "fail"
    assert code == 1
