"""Held-out probe (seed16, fifty-fifth session): the seed article's three citations in shapes the first
fifteen probes did not play.

Written from README.md, docs/ (json-schema, sources-format, ci), the fifteenth probe's subsection in
docs/benchmarks.md and the earlier probes' test names (grepped for what they had played: 301/302/308 chains
of RIA, windows-1251 and KOI8-R pages, the English edition at the Russian address, JSON Lines interrupted by
signals, nightly histories over edits and walls, a line pasted twice with another date), before any code
under ``src/`` that these cases test was read, and committed before any change there. The cases:
- the related article sent for good (308) to the outlet's archive subdomain: a move to suggest, still The
  Moscow Times, still postdating the article when the seed article is checked with its day; the Markdown
  report says to update the link to the archive's address; a 307 there is no move to suggest;
- the three citations checked with ``--format jsonl`` piped to a script that reads each line as it comes:
  the first line arrives while TASS has not yet answered; the seed article's lines in each record;
- a rerun with ``--state`` when TASS's host was down last night (refusing connections; behind its gateway
  answering 502) and is back tonight: newly broken, then recovered, in the JSON, text and Markdown reports;
  with ``--fail-after 3`` a recovery resets the count;
- the Markdown report pasted into a pull request: the Russian titles as written, each address whole, the
  file and line, the fix to make;
- the same citation written twice in sources.txt under two titles: one fetch, each line judged on its own.
Expectations are what the docs promise or, where they are silent, what a fact-checker expects. Every case is
a CLI subprocess against 127.0.0.1 servers the tests start.
"""

from __future__ import annotations

import json
import queue
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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
    html,
    kinds,
    manifest,
    mt_page,
    redirect,
    ria_page,
    route_forms,
    run,
    tass_page,
    three_lines_at,
)
from tests.site_server import Page, Request, serve

ARCHIVE = "archive.themoscowtimes.localhost"

RIA_TEXT = (
    "<p>МОСКВА, 9 янв — РИА Новости. Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем"
    " С-300, сообщил председатель комитета по безопасности и обороне иракского парламента.</p>"
    "<p>Ранее переговоры были приостановлены из-за угроз санкций со стороны США.</p>"
)
TASS_TEXT = (
    "<p>МОСКВА, 9 января. /ТАСС/. Лидер ЛДПР Владимир Жириновский призвал Иран купить российские"
    " зенитные ракетные системы С-400 и С-500 и открыть у себя базы, как в Сирии.</p>"
)
MT_TEXT = (
    "<p>Strikes attributed to Israel have exposed gaps in Iraq's air defenses. Analysts ask whether Moscow"
    " could supply the S-300 or the Pantsir, and what Baghdad could pay for them.</p>" * 4
)


class Site(Sites):
    """The harness's pages, plus a gate: a host whose answer waits until the test opens it."""

    def __init__(self, server: Any) -> None:
        super().__init__(server)
        self.gates: dict[str, threading.Event] = {}
        self.mark = 0

    def gets(self, host: str, path: str) -> int:
        return sum(
            1
            for r in self.server.requests[self.mark :]
            if r.method == "GET" and r.host == host and r.route == path
        )


@pytest.fixture(scope="module", name="server")
def server_fixture() -> Iterator[Site]:
    holder: list[Site] = []

    def answer(request: Request) -> Page:
        site = holder[0]
        gate = site.gates.get(request.host)
        if gate is not None:
            gate.wait(timeout=40)  # bounded: a test that never opens it still ends
        for form in route_forms(request.route):
            page = site.pages.get((request.host, form))
            if page is not None:
                return page
        return NOT_FOUND

    with serve({}, answer=answer) as running:
        holder.append(Site(running))
        yield holder[0]
        for gate in holder[0].gates.values():
            gate.set()


@pytest.fixture(name="sites")
def sites_fixture(server: Site) -> Iterator[Site]:
    server.pages.clear()
    server.gates.clear()
    server.mark = len(server.server.requests)
    yield server
    for gate in server.gates.values():
        gate.set()


def ria_story() -> Page:
    return ria_page(RIA_TEXT)


def tass_story(title: str = TASS_TITLE) -> Page:
    return tass_page(TASS_TEXT, title=title)


def mt_story(canonical: str) -> Page:
    return mt_page(MT_TEXT, canonical=canonical)


def serve_all_three(sites: Sites) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    sites.pages[(MT, MT_PATH)] = mt_story(sites.url(MT, MT_PATH))


def mt_to_archive(sites: Sites, status: int) -> str:
    """The related article's address sending the reader (``status``) to the archive subdomain's copy."""
    new = sites.url(ARCHIVE, MT_PATH)
    sites.pages[(MT, MT_PATH)] = redirect(status, new)
    sites.pages[(ARCHIVE, MT_PATH)] = mt_story(new)
    return new


def seed_manifest(sites: Sites, tmp_path: Path) -> Path:
    return manifest(
        tmp_path,
        three_lines_at(sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)),
    )


# --- the related article sent for good to the archive subdomain (308) -------------------------------------


def test_related_article_sent_by_308_to_its_archive_subdomain_is_moved_there_and_still_the_outlet(
    sites: Site, tmp_path: Path
) -> None:
    # The Moscow Times moves old stories to an archive subdomain with a permanent redirect (308). The page is
    # the cited one: a move to suggest (json-schema.md: a 301/308 to the cited page), no outlet mismatch
    # (the outlet's own subdomain), the hop recorded as a 308; the run passes with a warning.
    serve_all_three(sites)
    new = mt_to_archive(sites, 308)
    code, report = check_json(tmp_path, str(seed_manifest(sites, tmp_path)))
    mt = by_url(report)[sites.url(MT, MT_PATH)]
    assert mt["status"] == "ok", mt
    assert mt["final_url"] == new
    assert [hop["status"] for hop in mt["redirects"]] == [308], mt["redirects"]
    moved = [f for f in mt["findings"] if f["kind"] == "moved"]
    assert moved, mt["findings"]
    assert moved[0]["actual"] == new, mt["findings"]
    assert "outlet_mismatch" not in kinds(mt), mt["findings"]
    assert "title_mismatch" not in kinds(mt), mt["findings"]
    assert mt["verdict"] == "warn", mt
    assert code == 0


def test_related_article_moved_by_308_to_the_archive_still_postdates_the_seed_article(
    sites: Site, tmp_path: Path
) -> None:
    # The seed article checked as written, with its day: the related article (May 2024) still postdates an
    # article of 9 January 2020 wherever its address now leads; RIA and TASS pass at their own lines.
    serve_all_three(sites)
    mt_to_archive(sites, 308)
    article = tmp_path / "article.txt"
    article.write_text(sites.article(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    code, report = check_json(tmp_path, str(article), "--article-date", "2020-01-09")
    results = by_url(report)
    assert results[sites.url(RIA, RIA_PATH)]["verdict"] == "pass", results[sites.url(RIA, RIA_PATH)]
    assert results[sites.url(TASS, TASS_PATH)]["verdict"] == "pass", results[sites.url(TASS, TASS_PATH)]
    mt = results[sites.url(MT, MT_PATH)]
    assert mt["line"] == 19, mt
    assert "postdates_article" in kinds(mt), mt["findings"]
    assert "moved" in kinds(mt), mt["findings"]
    assert mt["verdict"] == "fail"
    assert code == 1


def test_markdown_report_of_the_308_says_to_update_the_link_to_the_archives_address(
    sites: Site, tmp_path: Path
) -> None:
    # docs/ci.md: the Markdown report gives each citation's file:line and a suggested fix, "update the link
    # to ..." for a move. The editor pastes it into the pull request and needs the archive's address whole.
    serve_all_three(sites)
    new = mt_to_archive(sites, 308)
    done = run(str(seed_manifest(sites, tmp_path)), "--format", "markdown", *COMMON, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    md = done.stdout
    assert "sources.txt:3" in md, md
    assert "update the link" in md, md
    assert new in md, md


def test_related_article_sent_by_307_to_the_archive_is_no_move_to_suggest(
    sites: Site, tmp_path: Path
) -> None:
    # A temporary redirect (307) keeps the cited address the one to cite: the page is read, no `moved`.
    serve_all_three(sites)
    new = mt_to_archive(sites, 307)
    code, report = check_json(tmp_path, str(seed_manifest(sites, tmp_path)))
    mt = by_url(report)[sites.url(MT, MT_PATH)]
    assert mt["status"] == "ok", mt
    assert mt["final_url"] == new
    assert "moved" not in kinds(mt), mt["findings"]
    assert mt["verdict"] == "pass", mt
    assert code == 0


# --- JSON Lines piped to a script reading each line as it comes --------------------------------------------


def read_lines(stream: Any, into: queue.Queue[str | None]) -> None:
    for line in stream:
        into.put(line)
    into.put(None)


def start_jsonl(tmp_path: Path, *args: str) -> tuple[subprocess.Popen[str], queue.Queue[str | None]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "linkcheck", *args, "--format", "jsonl", *COMMON],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=read_lines, args=(proc.stdout, lines), daemon=True).start()
    return proc, lines


def test_jsonl_piped_to_a_script_gives_each_result_while_tass_has_not_yet_answered(
    sites: Site, tmp_path: Path
) -> None:
    # docs/json-schema.md: a jsonl report alone is streamed, each line written when its result is known. A
    # script piping it reads RIA's and the related article's lines while TASS's server is still holding its
    # answer; TASS's line follows once it answers, then the summary of three.
    serve_all_three(sites)
    gate = threading.Event()
    sites.gates[TASS] = gate
    proc, lines = start_jsonl(tmp_path, str(seed_manifest(sites, tmp_path)), "--max-time", "60")
    try:
        early = [json.loads(lines.get(timeout=30) or "null") for _ in range(2)]
        assert sites.gets(TASS, TASS_PATH) <= 1
        assert not gate.is_set()
        assert {r["url"] for r in early} == {sites.url(RIA, RIA_PATH), sites.url(MT, MT_PATH)}, early
        assert all(r["record"] == "result" for r in early), early
        gate.set()
        rest: list[dict[str, Any]] = []
        for _ in range(10):
            line = lines.get(timeout=60)
            if line is None:
                break
            rest.append(json.loads(line))
        proc.wait(timeout=60)
    finally:
        gate.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    assert [r["record"] for r in rest] == ["result", "summary"], rest
    assert rest[0]["url"] == sites.url(TASS, TASS_PATH)
    assert rest[0]["verdict"] == "pass", rest[0]
    assert rest[1]["summary"]["total"] == 3, rest[1]
    assert proc.returncode == 0


def test_jsonl_of_the_seed_article_names_each_citations_line_as_it_comes(sites: Site, tmp_path: Path) -> None:
    # The seed article checked as written, its report piped: each record names the article file and the line
    # of its address (17, 18, 19), so a script can point the editor at the line as each arrives.
    serve_all_three(sites)
    sites.pages[(RIA, RIA_PATH)] = NOT_FOUND
    article = tmp_path / "article.txt"
    article.write_text(sites.article(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    proc, lines = start_jsonl(tmp_path, str(article))
    records: list[dict[str, Any]] = []
    try:
        for _ in range(10):
            line = lines.get(timeout=60)
            if line is None:
                break
            records.append(json.loads(line))
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    results = {r["url"]: r for r in records if r["record"] == "result"}
    assert {url: r["line"] for url, r in results.items()} == {
        sites.url(RIA, RIA_PATH): 17,
        sites.url(TASS, TASS_PATH): 18,
        sites.url(MT, MT_PATH): 19,
    }, results
    assert all(Path(r["source"]).name == "article.txt" for r in results.values()), results
    ria = results[sites.url(RIA, RIA_PATH)]
    assert (ria["status"], ria["verdict"]) == ("dead", "fail"), ria
    assert records[-1]["record"] == "summary"
    assert records[-1]["summary"]["fail"] == 1, records[-1]
    assert proc.returncode == 1


# --- a rerun with --state: TASS's host down last night, back tonight ----------------------------------------


class TassHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        page = tass_story() if self.path.split("?")[0] == TASS_PATH else NOT_FOUND
        self.send_response(page.status)
        for key, value in page.headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(page.body)))
        self.end_headers()
        self.wfile.write(page.body)

    def log_message(self, format: str, *args: Any) -> None:
        return


class TassHost:
    """TASS's own host on its own port: refusing connections while down, answering once it is back."""

    def __init__(self) -> None:
        self.down = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.down.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.down.bind(("127.0.0.1", 0))  # bound, never listening: a connection is refused
        self.port = int(self.down.getsockname()[1])
        self.up: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{TASS}:{self.port}{TASS_PATH}"

    def come_back(self) -> None:
        self.down.close()
        self.up = ThreadingHTTPServer(("127.0.0.1", self.port), TassHandler)
        self.thread = threading.Thread(target=self.up.serve_forever, daemon=True)
        self.thread.start()

    def go_down(self) -> None:
        if self.up is not None:
            self.up.shutdown()
            self.up.server_close()
            self.up = None
        self.down = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.down.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.down.bind(("127.0.0.1", self.port))

    def close(self) -> None:
        if self.up is not None:
            self.up.shutdown()
            self.up.server_close()
        self.down.close()


@pytest.fixture(name="tass_host")
def tass_host_fixture() -> Iterator[TassHost]:
    host = TassHost()
    yield host
    host.close()


def refused_manifest(sites: Sites, tass: TassHost, tmp_path: Path) -> Path:
    return manifest(tmp_path, three_lines_at(sites.url(RIA, RIA_PATH), tass.url, sites.url(MT, MT_PATH)))


def test_tass_refusing_connections_last_night_and_back_tonight_is_newly_broken_then_recovered(
    sites: Site, tass_host: TassHost, tmp_path: Path
) -> None:
    # docs/ci.md: a refused connection is `dead`; a failure not failing the previous run is newly broken
    # (and fails at once by default, --fail-after 1); a link that works again is listed as recovered.
    serve_all_three(sites)
    path = refused_manifest(sites, tass_host, tmp_path)
    state = tmp_path / "state.json"
    code, report = check_json(tmp_path, str(path), "--state", str(state))
    tass = by_url(report)[tass_host.url]
    assert tass["status"] == "dead", tass
    assert "refused" in tass["reason"], tass
    assert report["history"]["newly_broken"] == [tass_host.url], report["history"]
    assert code == 1
    tass_host.come_back()
    code, report = check_json(tmp_path, str(path), "--state", str(state))
    tass = by_url(report)[tass_host.url]
    assert (tass["status"], tass["verdict"]) == ("ok", "pass"), tass
    history = report["history"]
    assert history["recovered"] == [tass_host.url], history
    assert (history["newly_broken"], history["still_broken"]) == ([], []), history
    assert history["runs"] == 2, history
    assert history["previous_run"], history
    assert code == 0


def test_recovery_resets_the_count_so_tass_down_again_is_graced_again(
    sites: Site, tass_host: TassHost, tmp_path: Path
) -> None:
    # docs/ci.md: with --fail-after 3 a new failure warns (graced); a link that works again resets its count.
    # Down, back, down again: the third night's failure is the first of a new count, graced, not failing.
    serve_all_three(sites)
    path = refused_manifest(sites, tass_host, tmp_path)
    state = tmp_path / "state.json"
    flags = ("--state", str(state), "--fail-after", "3")
    code, report = check_json(tmp_path, str(path), *flags)
    assert report["history"]["graced"] == [tass_host.url], report["history"]
    assert by_url(report)[tass_host.url]["verdict"] == "warn"
    assert code == 0
    tass_host.come_back()
    code, report = check_json(tmp_path, str(path), *flags)
    assert report["history"]["recovered"] == [tass_host.url], report["history"]
    tass_host.go_down()
    code, report = check_json(tmp_path, str(path), *flags)
    history = report["history"]
    assert history["newly_broken"] == [tass_host.url], history
    assert history["graced"] == [tass_host.url], history
    assert by_url(report)[tass_host.url]["verdict"] == "warn"
    assert code == 0


GATEWAY = Page(
    502,
    b"<!doctype html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
    b"</h1></center><hr><center>nginx</center></body></html>",
)


def test_tass_behind_a_502_last_night_back_tonight_is_recovered_in_the_text_and_markdown_reports(
    sites: Site, tmp_path: Path
) -> None:
    # TASS's gateway answered 502 last night: an error, which warns by default and counts as a failure in the
    # history (newly broken). Tonight it is back: recovered, named in the text and the Markdown reports.
    serve_all_three(sites)
    sites.pages[(TASS, TASS_PATH)] = GATEWAY
    path = seed_manifest(sites, tmp_path)
    state = tmp_path / "state.json"
    code, report = check_json(tmp_path, str(path), "--state", str(state))
    tass_url = sites.url(TASS, TASS_PATH)
    tass = by_url(report)[tass_url]
    assert (tass["status"], tass["verdict"]) == ("error", "warn"), tass
    assert report["history"]["newly_broken"] == [tass_url], report["history"]
    assert code == 0
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    summary = tmp_path / "summary.md"
    done = run(str(path), "--state", str(state), "--output", f"markdown={summary}", *COMMON, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    text = done.stdout
    md = summary.read_text(encoding="utf-8")
    for shown in (text, md):
        assert "recovered" in shown.lower(), shown
        assert tass_url in shown, shown


# --- the Markdown report pasted into a pull request ---------------------------------------------------------


def test_markdown_report_shows_the_russian_titles_as_written_and_each_address_whole(
    sites: Site, tmp_path: Path
) -> None:
    # RIA's story is gone and TASS's headline was rewritten. Pasted into the pull request, the report reads
    # in Cyrillic as written (no %-escapes, no \u escapes, no numeric entities for the letters), names each
    # citation's file:line and address, the title RIA's story was cited under and TASS's page headline.
    serve_all_three(sites)
    sites.pages[(RIA, RIA_PATH)] = NOT_FOUND
    new_title = "Жириновский посоветовал Тегерану обзавестись комплексами С-500"
    sites.pages[(TASS, TASS_PATH)] = tass_story(new_title)
    done = run(str(seed_manifest(sites, tmp_path)), "--format", "markdown", *COMMON, cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    md = done.stdout
    for shown in ("sources.txt:1", "sources.txt:2", sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH)):
        assert shown in md, md
    assert RIA_TITLE in md, md
    assert new_title in md, md
    for escaped in ("%D0", "%d0", "\\u04", "&#10"):
        assert escaped not in md, md


def test_markdown_report_of_the_dead_story_suggests_replacing_or_archiving_it(
    sites: Site, tmp_path: Path
) -> None:
    # docs/ci.md: a dead citation's fix is "replace the link or link an archived copy"; the title it was
    # cited under is given as `cited as “...”`, the story to look for.
    serve_all_three(sites)
    sites.pages[(RIA, RIA_PATH)] = NOT_FOUND
    done = run(str(seed_manifest(sites, tmp_path)), "--format", "markdown", *COMMON, cwd=tmp_path)
    md = done.stdout
    assert "replace the link or link an archived copy" in md, md
    assert f"cited as “{RIA_TITLE}”" in md, md
    assert done.returncode == 1


# --- the same citation written twice under two titles -------------------------------------------------------


def test_same_address_cited_twice_under_two_titles_is_fetched_once_and_fails_only_the_wrong_title(
    sites: Site, tmp_path: Path
) -> None:
    # The desk pasted RIA's address twice, the second time under TASS's headline. One fetch; line 1 passes;
    # line 2 fails on its title, showing the page's headline; the text report names line 2 only as failing.
    serve_all_three(sites)
    ria = sites.url(RIA, RIA_PATH)
    path = manifest(
        tmp_path,
        f"{ria} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n"
        f"{ria} | title: {TASS_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    lines = {r["line"]: r for r in report["results"]}
    assert lines[1]["verdict"] == "pass", lines[1]
    assert kinds(lines[2]).get("title_mismatch") == "fail", lines[2]["findings"]
    mismatch = next(f for f in lines[2]["findings"] if f["kind"] == "title_mismatch")
    assert mismatch["actual"] == RIA_TITLE, mismatch
    assert sites.gets(RIA, RIA_PATH) == 1
    assert code == 1
    done = run(str(path), *COMMON, cwd=tmp_path)
    assert "sources.txt:2" in done.stdout, done.stdout
    assert "sources.txt:1" not in done.stdout.split("FAIL", 1)[-1].split("\n\n")[0], done.stdout


def test_same_address_cited_under_its_social_card_title_and_its_headline_passes_both(
    sites: Site, tmp_path: Path
) -> None:
    # Two writers cited TASS's story, one under the headline on the page, one under the title its social card
    # shows (og:title). Both are the page's own titles: both lines pass, from one fetch.
    card = "Жириновский предложил Ирану российские С-400 и С-500"
    sites.pages[(TASS, TASS_PATH)] = html(
        TASS_TITLE,
        og_title=card,
        site_name="ТАСС",
        published="2020-01-09T11:40:00+03:00",
        body=f"<article><h1>{TASS_TITLE}</h1>{TASS_TEXT}</article>",
    )
    tass = sites.url(TASS, TASS_PATH)
    path = manifest(
        tmp_path,
        f"{tass} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n"
        f"{tass} | title: {card} | outlet: ТАСС | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    assert [r["verdict"] for r in report["results"]] == ["pass", "pass"], report["results"]
    assert sites.gets(TASS, TASS_PATH) == 1
    assert code == 0


def test_tass_down_two_nights_running_with_fail_after_3_is_still_broken_and_graced(
    sites: Site, tass_host: TassHost, tmp_path: Path
) -> None:
    # Down last night and still down tonight, the count at two of three: still broken, graced, warning; the
    # run passes until the third night.
    serve_all_three(sites)
    path = refused_manifest(sites, tass_host, tmp_path)
    state = tmp_path / "state.json"
    flags = ("--state", str(state), "--fail-after", "3")
    check_json(tmp_path, str(path), *flags)
    code, report = check_json(tmp_path, str(path), *flags)
    history = report["history"]
    assert history["still_broken"] == [tass_host.url], history
    assert history["newly_broken"] == [], history
    assert history["graced"] == [tass_host.url], history
    assert by_url(report)[tass_host.url]["verdict"] == "warn"
    assert code == 0


def test_jsonl_of_the_seed_article_with_tass_refusing_names_its_line_and_the_refusal(
    sites: Site, tass_host: TassHost, tmp_path: Path
) -> None:
    # The seed article checked as written with TASS's host down: its record, read from the pipe, is dead at
    # line 18 and says the connection was refused; the other two pass.
    serve_all_three(sites)
    text = sites.article(SEED.read_text(encoding="utf-8"))
    text = text.replace(sites.url(TASS, TASS_PATH), tass_host.url)
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    proc, lines = start_jsonl(tmp_path, str(article))
    records: list[dict[str, Any]] = []
    try:
        for _ in range(10):
            line = lines.get(timeout=60)
            if line is None:
                break
            records.append(json.loads(line))
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    results = {r["url"]: r for r in records if r["record"] == "result"}
    tass = results[tass_host.url]
    assert (tass["line"], tass["status"]) == (18, "dead"), tass
    assert "refused" in tass["reason"], tass
    assert results[sites.url(RIA, RIA_PATH)]["verdict"] == "pass"
    assert results[sites.url(MT, MT_PATH)]["verdict"] == "pass"
    assert proc.returncode == 1


# --- second batch (seed16b): written after the first run (15 of 15), before reading the src they test -------

TASS_EN_TITLE = "Zhirinovsky urges Iran to buy Russian S-400 and S-500 air defense systems"


def test_tass_russian_address_serving_the_english_edition_tells_the_user_the_page_is_in_english(
    sites: Site, tmp_path: Path
) -> None:
    # TASS's Russian address answers with the English edition's page (lang="en"). The Russian title cited
    # does not match, and the user is told why it may not: the page is in English, the citation in Russian
    # (another edition of the story), in the finding's message and the text report.
    serve_all_three(sites)
    sites.pages[(TASS, TASS_PATH)] = html(
        TASS_EN_TITLE,
        lang="en",
        site_name="TASS",
        published="2020-01-09T12:05:00+03:00",
        body=f"<article><h1>{TASS_EN_TITLE}</h1><p>MOSCOW, January 9. /TASS/. Liberal Democratic Party leader"
        " Vladimir Zhirinovsky urged Iran to buy Russian S-400 and S-500 systems.</p></article>",
    )
    path = seed_manifest(sites, tmp_path)
    code, report = check_json(tmp_path, str(path))
    tass = by_url(report)[sites.url(TASS, TASS_PATH)]
    assert "title_mismatch" in kinds(tass), tass["findings"]
    assert tass["verdict"] == "fail", tass
    mismatch = next(f for f in tass["findings"] if f["kind"] == "title_mismatch")
    assert mismatch["actual"] == TASS_EN_TITLE, mismatch
    assert "English" in mismatch["message"], mismatch
    assert code == 1
    done = run(str(path), *COMMON, cwd=tmp_path)
    assert "English" in done.stdout, done.stdout


def test_related_article_on_the_archive_subdomain_titled_with_the_archives_name_is_still_its_title(
    sites: Site, tmp_path: Path
) -> None:
    # The archive subdomain's pages carry the archive's name after the headline, "... | The Moscow Times
    # Archive", and name the site so. The headline is the cited title; the outlet is still The Moscow Times.
    serve_all_three(sites)
    new = sites.url(ARCHIVE, MT_PATH)
    sites.pages[(MT, MT_PATH)] = redirect(308, new)
    sites.pages[(ARCHIVE, MT_PATH)] = html(
        f"{MT_TITLE} | The Moscow Times Archive",
        lang="en",
        site_name="The Moscow Times Archive",
        published="2024-05-02T15:20:00+03:00",
        head=f'<link rel="canonical" href="{new}">',
        body=f"<article><h1>{MT_TITLE}</h1>{MT_TEXT}</article>",
    )
    code, report = check_json(tmp_path, str(seed_manifest(sites, tmp_path)))
    mt = by_url(report)[sites.url(MT, MT_PATH)]
    assert "title_mismatch" not in kinds(mt), mt["findings"]
    assert "outlet_mismatch" not in kinds(mt), mt["findings"]
    assert "moved" in kinds(mt), mt["findings"]
    assert mt["verdict"] == "warn", mt
    assert code == 0


def test_markdown_of_the_same_address_under_two_titles_lists_only_the_wrong_line(
    sites: Site, tmp_path: Path
) -> None:
    # The desk's duplicate again, pasted into the pull request: the Markdown report names sources.txt:2 with
    # the page's headline and leaves sources.txt:1, which passes, out of the failing part.
    serve_all_three(sites)
    ria = sites.url(RIA, RIA_PATH)
    path = manifest(
        tmp_path,
        f"{ria} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n"
        f"{ria} | title: {TASS_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    done = run(str(path), "--format", "markdown", *COMMON, cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    md = done.stdout
    failing = md.split("<details>", 1)[0]  # the passing citations are folded under an "OK" group
    assert "sources.txt:2" in failing, md
    assert "sources.txt:1" not in failing, md
    assert RIA_TITLE in failing, md


def test_markdown_table_rows_stay_whole_when_a_cited_title_holds_a_bar(sites: Site, tmp_path: Path) -> None:
    # A headline copied from the browser tab with its outlet, quoted because it holds `|`, for a story now
    # gone. Pasted into the pull request, a bar in a table cell would split the row: every table row of the
    # report has as many cells as its header (a bar in a cell escaped), and the title reads whole.
    serve_all_three(sites)
    sites.pages[(RIA, RIA_PATH)] = NOT_FOUND
    tab = f"{RIA_TITLE} | РИА Новости"
    path = manifest(
        tmp_path,
        f'{sites.url(RIA, RIA_PATH)} | title: "{tab}" | outlet: RIA Novosti | date: 2020-01-09\n'
        f"{sites.url(TASS, TASS_PATH)} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n",
    )
    done = run(str(path), "--format", "markdown", *COMMON, cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    md = done.stdout
    assert RIA_TITLE in md, md
    widths: list[int] = []
    for line in md.splitlines():
        if line.startswith("|"):
            widths.append(line.replace("\\|", "").count("|"))
        elif widths:
            assert len(set(widths)) == 1, md
            widths = []
    assert len(set(widths)) <= 1, md
