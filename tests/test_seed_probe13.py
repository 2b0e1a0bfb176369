"""Held-out probe (seed13, fifty-second session): the seed article's three citations in shapes the first
twelve probes did not play.

Written from README.md, docs/ (json-schema, sources-format), the twelfth probe's subsection in
docs/benchmarks.md and the earlier probes' test names (grepped for what they had played: the mobile hosts as a
redirect's end or start, an AMP address discontinued, a 410 for the related article, Windows-1251 declared,
the English edition cited by an English title), before any code under ``src/`` that these cases test was read,
and committed before any change there. The cases:
- mobile hosts: RIA's story cited at its ``m.`` host, served there; TASS's desktop address sending the reader
  for now to its ``m.`` host; a mobile address that answers 410;
- AMP pages cited as such (RIA's ``/amp/`` address, TASS's ``/amp`` suffix), each naming the desktop story;
- TASS's story cited by its Russian title at the English edition's address (``tass.com``), where the outlet
  titled it in English; and the Russian address sent for good to that English page;
- dates: RIA's story stating no date, its day only in its address (cited right, and cited a week off); the
  related article so (then postdating the article);
- charsets: RIA's story in Windows-1251 with no charset label anywhere, alone and in the seed article's run;
- manifests: comments, blank and whitespace-only lines, tabs around the fields, an indented comment, a
  commented-out citation, a tab where the ``|`` belongs;
- the seed article with the related article's address ending a sentence (a trailing period);
- ``--format jsonl`` interrupted by SIGINT mid-run, and before any result;
- a redirect loop at RIA's address (the address and a form of it with a query sending to each other), and at
  the related article in the seed article's run;
- a 410 for TASS in the seed article's run, and for the related article in a JSON Lines stream.
Expectations are what the docs promise or, where they are silent, what a fact-checker using a mature tool
expects. Every case is a CLI subprocess against one 127.0.0.1 server (``tests/seed_harness.py``).
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.seed_harness import (
    COMMON,
    MT,
    MT_PATH,
    MT_TITLE,
    REAL_MT,
    RIA,
    RIA_PATH,
    RIA_TITLE,
    SEED,
    TASS,
    TASS_PATH,
    TASS_TITLE,
    Sites,
    check_json,
    fixtures,
    html,
    manifest,
    redirect,
    run,
)
from tests.site_server import Page

server, sites = fixtures(query=True)

M_RIA = "m." + RIA
M_TASS = "m." + TASS
TASS_EN = "tass.com.localhost"
TASS_EN_PATH = "/world/1106735"
TASS_EN_TITLE = "Zhirinovsky urges Iran to buy Russian S-400 air defense systems"

RIA_TEXT = (
    "<p>МОСКВА, 9 янв — РИА Новости. Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем"
    " С-300, сообщил РИА Новости председатель комитета по безопасности и обороне иракского парламента"
    " Мохаммед Реза аль-Хайдер.</p><p>Переговоры были приостановлены из-за угроз санкций со стороны США.</p>"
)
TASS_TEXT = (
    "<p>МОСКВА, 9 января. /ТАСС/. Лидер ЛДПР Владимир Жириновский призвал Иран купить российские"
    " зенитные ракетные системы С-400 и С-500.</p><p>Он также предложил Ирану открыть у себя воздушные,"
    " морские и сухопутные базы, как в Сирии.</p>"
)
TASS_EN_TEXT = (
    "<p>MOSCOW, January 9. /TASS/. Liberal Democratic Party leader Vladimir Zhirinovsky has called on Iran to"
    " buy Russian S-400 and S-500 air defense systems.</p><p>He also suggested that Iran host Russian air,"
    " naval and ground bases, as Syria does.</p>"
)
MT_TEXT = (
    "<p>Strikes attributed to Israel have exposed gaps in Iraq's air defenses. Analysts ask whether Moscow"
    " could supply systems such as the S-300 or the Pantsir, and what Baghdad could pay.</p>" * 5
)


def only(report: dict[str, Any]) -> dict[str, Any]:
    assert len(report["results"]) == 1, report["results"]
    result: dict[str, Any] = report["results"][0]
    return result


def kinds(result: dict[str, Any]) -> dict[str, str]:
    return {f["kind"]: f["severity"] for f in result["findings"]}


def ria_story(head: str = "") -> Page:
    return html(
        RIA_TITLE,
        site_name="РИА Новости",
        published="2020-01-09T10:12:00+03:00",
        head=head,
        body=f"<article><h1>{RIA_TITLE}</h1>{RIA_TEXT}</article>",
    )


def tass_story(head: str = "") -> Page:
    return html(
        TASS_TITLE,
        site_name="ТАСС",
        published="2020-01-09T11:40:00+03:00",
        head=head,
        body=f"<article><h1>{TASS_TITLE}</h1>{TASS_TEXT}</article>",
    )


def mt_story() -> Page:
    return html(
        MT_TITLE,
        lang="en",
        site_name="The Moscow Times",
        published="2024-05-02T15:20:00+03:00",
        body=f"<article><h1>{MT_TITLE}</h1>{MT_TEXT}</article>",
    )


def ria_line(sites: Sites, host: str = RIA, path: str = RIA_PATH, day: str = "2020-01-09") -> str:
    return f"{sites.url(host, path)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: {day}\n"


def tass_line(sites: Sites, host: str = TASS, path: str = TASS_PATH) -> str:
    return f"{sites.url(host, path)} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n"


def mt_line(sites: Sites) -> str:
    return (
        f"{sites.url(MT, MT_PATH)} | title: {MT_TITLE} | outlet: The Moscow Times | note: Related article\n"
    )


def undated_ria_1251() -> Page:
    """RIA's story in Windows-1251 with no charset in its header or its markup, and no date of its own."""
    body = (
        f'<!doctype html><html lang="ru"><head><title>{RIA_TITLE}</title>'
        f'<meta property="og:site_name" content="РИА Новости"></head>'
        f"<body><article><h1>{RIA_TITLE}</h1>{RIA_TEXT}</article></body></html>"
    ).encode("cp1251")
    return Page(200, body, {"Content-Type": "text/html"})


def write_article(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path


# --- mobile hosts -------------------------------------------------------------------------------------------


def test_ria_story_cited_at_its_mobile_host_and_served_there_passes(sites: Sites, tmp_path: Path) -> None:
    # The reporter copied the address from a phone: m.ria.ru, the same story, its canonical the desktop one.
    # The story is there: it passes, and no `moved` is suggested (nothing redirected).
    canonical = f'<link rel="canonical" href="{sites.url(RIA, RIA_PATH)}">'
    sites.pages[(M_RIA, RIA_PATH)] = ria_story(head=canonical)
    code, report = check_json(tmp_path, str(manifest(tmp_path, ria_line(sites, host=M_RIA))))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["verdict"] == "pass", result["findings"]
    assert "moved" not in kinds(result)
    assert "outlet_mismatch" not in kinds(result)
    assert code == 0


def test_tass_desktop_address_sending_the_reader_for_now_to_its_mobile_host_is_the_story(
    sites: Sites, tmp_path: Path
) -> None:
    # A 302 to m.tass.ru (a phone's user agent guessed): temporary, so the cited address stays right.
    sites.pages[(TASS, TASS_PATH)] = redirect(302, sites.url(M_TASS, TASS_PATH))
    sites.pages[(M_TASS, TASS_PATH)] = tass_story()
    code, report = check_json(tmp_path, str(manifest(tmp_path, tass_line(sites))))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["verdict"] == "pass", result["findings"]
    assert "moved" not in kinds(result)
    assert code == 0


def test_ria_mobile_address_answering_410_is_dead(sites: Sites, tmp_path: Path) -> None:
    # The mobile edition was closed and its addresses answer 410 Gone, even though the desktop story lives:
    # the cited address is dead (a fact-checker replaces it), not silently the desktop story.
    sites.pages[(M_RIA, RIA_PATH)] = Page(
        410, b"<html><head><title>410 Gone</title></head><body>Gone</body></html>"
    )
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    code, report = check_json(tmp_path, str(manifest(tmp_path, ria_line(sites, host=M_RIA))))
    result = only(report)
    assert result["status"] == "dead", result
    assert result["verdict"] == "fail", result
    assert "410" in result["reason"], result
    assert code == 1


# --- AMP pages cited as such --------------------------------------------------------------------------------


def amp(story: Page, canonical: str) -> Page:
    text = story.body.decode().replace("<html ", "<html amp ", 1)
    text = text.replace("</head>", f'<link rel="canonical" href="{canonical}"></head>', 1)
    return Page(200, text.encode())


def test_ria_amp_page_cited_passes_without_a_move(sites: Sites, tmp_path: Path) -> None:
    path = "/amp" + RIA_PATH
    sites.pages[(RIA, path)] = amp(ria_story(), sites.url(RIA, RIA_PATH))
    code, report = check_json(tmp_path, str(manifest(tmp_path, ria_line(sites, path=path))))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["verdict"] == "pass", result["findings"]
    assert "moved" not in kinds(result)
    assert code == 0


def test_tass_amp_suffix_page_cited_passes(sites: Sites, tmp_path: Path) -> None:
    path = TASS_PATH + "/amp"
    sites.pages[(TASS, path)] = amp(tass_story(), sites.url(TASS, TASS_PATH))
    code, report = check_json(tmp_path, str(manifest(tmp_path, tass_line(sites, path=path))))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0


# --- the English edition's address ------------------------------------------------------------------------


def tass_english() -> Page:
    return html(
        TASS_EN_TITLE,
        lang="en",
        site_name="TASS",
        published="2020-01-09T12:05:00+03:00",
        body=f"<article><h1>{TASS_EN_TITLE}</h1>{TASS_EN_TEXT}</article>",
    )


def test_russian_title_cited_at_the_english_editions_address_is_a_title_mismatch_showing_the_english_one(
    sites: Sites, tmp_path: Path
) -> None:
    # The citation pairs TASS's Russian headline with tass.com's English story: the page's title is not the
    # cited one, and the report shows what the page is titled.
    sites.pages[(TASS_EN, TASS_EN_PATH)] = tass_english()
    _code, report = check_json(
        tmp_path, str(manifest(tmp_path, tass_line(sites, host=TASS_EN, path=TASS_EN_PATH)))
    )
    result = only(report)
    assert result["status"] == "ok", result
    assert "title_mismatch" in kinds(result), result["findings"]
    assert result["title"] == TASS_EN_TITLE, result
    assert result["verdict"] != "pass", result


def test_russian_address_sent_for_good_to_the_english_edition_is_no_clean_move(
    sites: Sites, tmp_path: Path
) -> None:
    # The Russian address now 301s to the English translation: not the cited story at a new address (its
    # title is another language's), so the citation does not pass as merely moved.
    sites.pages[(TASS, TASS_PATH)] = redirect(301, sites.url(TASS_EN, TASS_EN_PATH))
    sites.pages[(TASS_EN, TASS_EN_PATH)] = tass_english()
    _code, report = check_json(tmp_path, str(manifest(tmp_path, tass_line(sites))))
    result = only(report)
    assert "title_mismatch" in kinds(result), result["findings"]
    assert result["verdict"] != "pass", result
    assert result["title"] == TASS_EN_TITLE, result


# --- a date only in the address ---------------------------------------------------------------------------


def undated_ria() -> Page:
    return html(RIA_TITLE, site_name="РИА Новости", body=f"<article><h1>{RIA_TITLE}</h1>{RIA_TEXT}</article>")


def test_ria_story_dated_only_by_its_address_passes_at_the_cited_day(sites: Sites, tmp_path: Path) -> None:
    sites.pages[(RIA, RIA_PATH)] = undated_ria()
    code, report = check_json(tmp_path, str(manifest(tmp_path, ria_line(sites))))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["verdict"] == "pass", result["findings"]
    assert "date_mismatch" not in kinds(result)
    assert code == 0


def test_ria_story_dated_only_by_its_address_cited_a_week_off_is_a_date_mismatch(
    sites: Sites, tmp_path: Path
) -> None:
    sites.pages[(RIA, RIA_PATH)] = undated_ria()
    _code, report = check_json(tmp_path, str(manifest(tmp_path, ria_line(sites, day="2020-01-16"))))
    result = only(report)
    assert result["status"] == "ok", result
    assert "date_mismatch" in kinds(result), result["findings"]
    assert result["verdict"] != "pass", result


def test_related_article_dated_only_by_its_address_postdates_the_article(
    sites: Sites, tmp_path: Path
) -> None:
    sites.pages[(MT, MT_PATH)] = html(
        MT_TITLE,
        lang="en",
        site_name="The Moscow Times",
        body=f"<article><h1>{MT_TITLE}</h1>{MT_TEXT}</article>",
    )
    path = manifest(tmp_path, "@article | date: 2020-01-09\n" + mt_line(sites))
    _code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert "postdates_article" in kinds(result), result["findings"]


# --- Windows-1251 with no label ---------------------------------------------------------------------------


def test_ria_story_in_unlabelled_windows_1251_is_read_in_cyrillic(sites: Sites, tmp_path: Path) -> None:
    # No charset in the Content-Type, no <meta charset>: the bytes are Windows-1251, and a reader's browser
    # shows Cyrillic. The headline must be read as such, and the citation pass.
    sites.pages[(RIA, RIA_PATH)] = undated_ria_1251()
    code, report = check_json(tmp_path, str(manifest(tmp_path, ria_line(sites))))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["title"] == RIA_TITLE, result
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0


# --- manifests: comments, blank lines, tabs -----------------------------------------------------------------


def test_manifest_with_comments_blank_lines_and_tabs_around_fields_reads_all_three(
    sites: Sites, tmp_path: Path
) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    sites.pages[(MT, MT_PATH)] = mt_story()
    text = (
        "# Sources of the seed article\n"
        "\n"
        "@article | date: 2024-05-03\n"
        "   \t  \n"
        "# RIA Novosti, the talks\n"
        + ria_line(sites).replace(" | ", "\t|\t")
        + "\t# TASS, Zhirinovsky (an indented comment)\n"
        + tass_line(sites).replace(" | ", " |\t", 1)
        + "\n\n"
        + mt_line(sites)
        + "# end\n"
    )
    code, report = check_json(tmp_path, str(manifest(tmp_path, text)))
    got = sorted((r["line"], r["status"], r["verdict"]) for r in report["results"])
    assert got == [(6, "ok", "pass"), (8, "ok", "pass"), (11, "ok", "pass")], report["results"]
    assert code == 0


def test_commented_out_citation_is_not_fetched(sites: Sites, tmp_path: Path) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    text = ria_line(sites) + "#" + tass_line(sites)
    code, report = check_json(tmp_path, str(manifest(tmp_path, text)))
    assert [r["line"] for r in report["results"]] == [1], report["results"]
    assert code == 0


def test_tab_where_the_bar_belongs_is_named_a_tab(sites: Sites, tmp_path: Path) -> None:
    # docs/sources-format.md: a tab after the URL, where `|` belongs, is named as a tab (a usage error).
    text = f"{sites.url(RIA, RIA_PATH)}\ttitle: {RIA_TITLE}\n"
    done = run(str(manifest(tmp_path, text)), "--format", "json", *COMMON, cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "tab" in done.stderr.lower(), done.stderr
    assert ":1" in done.stderr or "line 1" in done.stderr, done.stderr


# --- the seed article: a trailing period, a 410, a loop, an unlabelled charset -----------------------------


def test_seed_article_with_the_related_address_ending_a_sentence_checks_it_without_the_period(
    sites: Sites, tmp_path: Path
) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    sites.pages[(MT, MT_PATH)] = mt_story()
    text = SEED.read_text(encoding="utf-8")
    assert f"{REAL_MT}\n" in text
    article = write_article(
        tmp_path, sites.article(text.replace(f"{REAL_MT}\n", f"Read more at {REAL_MT}.\n"))
    )
    _code, report = check_json(tmp_path, str(article), "--article-date", "2020-01-09")
    urls = [r["url"] for r in report["results"]]
    assert sites.url(MT, MT_PATH) in urls, urls
    assert not any(u.endswith(".") for u in urls), urls
    mt = next(r for r in report["results"] if r["url"] == sites.url(MT, MT_PATH))
    assert mt["status"] == "ok", mt


def test_seed_article_with_tass_gone_410_fails_at_tass_line_only(sites: Sites, tmp_path: Path) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(TASS, TASS_PATH)] = Page(
        410,
        (
            '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Материал удалён</title></head>'
            "<body><h1>Материал удалён</h1></body></html>"
        ).encode(),
    )
    sites.pages[(MT, MT_PATH)] = mt_story()
    article = write_article(tmp_path, sites.article(SEED.read_text(encoding="utf-8")))
    code, report = check_json(tmp_path, str(article), "--article-date", "2020-01-09")
    by_line = {r["line"]: r for r in report["results"]}
    assert by_line[18]["status"] == "dead", by_line[18]
    assert by_line[18]["verdict"] == "fail", by_line[18]
    assert by_line[17]["verdict"] == "pass", by_line[17]
    assert by_line[17]["status"] == "ok"
    assert code == 1


def test_seed_article_with_ria_in_unlabelled_windows_1251_and_dated_only_by_its_address_passes(
    sites: Sites, tmp_path: Path
) -> None:
    sites.pages[(RIA, RIA_PATH)] = undated_ria_1251()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    sites.pages[(MT, MT_PATH)] = mt_story()
    article = write_article(tmp_path, sites.article(SEED.read_text(encoding="utf-8")))
    _code, report = check_json(tmp_path, str(article), "--article-date", "2020-01-09")
    ria = next(r for r in report["results"] if r["line"] == 17)
    assert ria["status"] == "ok", ria
    assert ria["title"] == RIA_TITLE, ria
    assert "title_mismatch" not in kinds(ria), ria["findings"]


def test_ria_address_and_its_query_form_redirecting_to_each_other_is_a_loop_not_dead(
    sites: Sites, tmp_path: Path
) -> None:
    # The site's "normalise the address" rule and its "add a tracking flag" rule fight: each sends to the
    # other.
    flagged = RIA_PATH + "?in=m"
    sites.pages[(RIA, RIA_PATH)] = redirect(301, sites.url(RIA, flagged))
    sites.pages[(RIA, flagged)] = redirect(301, sites.url(RIA, RIA_PATH))
    _code, report = check_json(tmp_path, str(manifest(tmp_path, ria_line(sites))))
    result = only(report)
    assert result["status"] == "error", result
    assert result["cause"] in ("redirect_loop", "too_many_redirects"), result
    assert result["status"] != "dead"


def test_seed_article_with_the_related_article_in_a_redirect_loop_reports_the_loop_at_its_line(
    sites: Sites, tmp_path: Path
) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    other = MT_PATH + "/"
    sites.pages[(MT, MT_PATH)] = redirect(302, sites.url(MT, other))
    sites.pages[(MT, other)] = redirect(302, sites.url(MT, MT_PATH))
    article = write_article(tmp_path, sites.article(SEED.read_text(encoding="utf-8")))
    _code, report = check_json(tmp_path, str(article), "--article-date", "2020-01-09")
    mt = next(r for r in report["results"] if r["line"] == 19)
    assert mt["status"] == "error", mt
    assert mt["cause"] in ("redirect_loop", "too_many_redirects"), mt


# --- JSON Lines: SIGINT mid-run, a 410 --------------------------------------------------------------------


def _stream(sites: Sites, tmp_path: Path, text: str) -> subprocess.Popen[bytes]:
    path = manifest(tmp_path, text)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "linkcheck", str(path), "--format", "jsonl", *COMMON],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def _read_lines(proc: subprocess.Popen[bytes], want: int, limit: float) -> list[bytes]:
    """Lines of the stream as they come, until ``want`` of them or ``limit`` seconds."""
    assert proc.stdout is not None
    lines: list[bytes] = []
    buffer = b""
    end = time.monotonic() + limit
    fd = proc.stdout.fileno()
    while len(lines) < want and time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buffer += chunk
        *done, buffer = buffer.split(b"\n")
        lines.extend(done)
    return lines


def test_jsonl_interrupted_mid_run_keeps_every_line_written_and_ends_with_a_summary(
    sites: Sites, tmp_path: Path
) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    sites.pages[(MT, MT_PATH)] = Page(200, mt_story().body, hold=30.0)
    proc = _stream(sites, tmp_path, ria_line(sites) + tass_line(sites) + mt_line(sites))
    try:
        first = _read_lines(proc, 2, 30.0)
        assert len(first) == 2, first
        proc.send_signal(signal.SIGINT)
        rest, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    records = [json.loads(line) for line in [*first, *rest.splitlines()] if line.strip()]
    results = [r for r in records if r["record"] == "result"]
    assert sorted(r["line"] for r in results) == [1, 2], records
    assert all(r["verdict"] == "pass" for r in results), results
    summary = records[-1]
    assert summary["record"] == "summary", records
    assert summary["notes"][0].startswith("interrupted (SIGINT)"), summary
    assert records.count(summary) == 1


def test_jsonl_interrupted_before_any_result_still_ends_with_a_summary_of_none(
    sites: Sites, tmp_path: Path
) -> None:
    sites.pages[(RIA, RIA_PATH)] = Page(200, ria_story().body, hold=30.0)
    asked = len(sites.server.requests)
    proc = _stream(sites, tmp_path, ria_line(sites))
    try:
        # the run is under way once its one request reaches the server (held there 30 s): no result yet
        assert sites.server.wait_for_requests(asked + 1, timeout=60.0), proc.poll()
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert [r["record"] for r in records] == ["summary"], records
    assert records[0]["notes"][0].startswith("interrupted (SIGINT)"), records


def test_jsonl_record_of_the_related_article_gone_410_is_dead_and_the_summary_counts_a_failure(
    sites: Sites, tmp_path: Path
) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(MT, MT_PATH)] = Page(
        410, b"<html><head><title>410 Gone</title></head><body>Gone</body></html>"
    )
    done = run(
        str(manifest(tmp_path, ria_line(sites) + mt_line(sites))), "--format", "jsonl", *COMMON, cwd=tmp_path
    )
    assert done.returncode == 1, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    results = {r["line"]: r for r in records if r["record"] == "result"}
    assert results[2]["status"] == "dead", results
    assert results[2]["verdict"] == "fail", results
    assert results[1]["verdict"] == "pass", results
    assert records[-1]["record"] == "summary"
    assert records[-1]["summary"]["total"] == 2, records[-1]
    assert records[-1]["summary"]["fail"] == 1, records[-1]


# --- six more, added after the first 22 all passed on base52, still before reading the src they test -------

TASS_QUOTE_TITLE = "Жириновский: «Ирану надо купить российские С-400 и С-500» — ТАСС"


def test_tass_story_in_unlabelled_windows_1251_with_guillemets_and_a_dash_reads_its_title(
    sites: Sites, tmp_path: Path
) -> None:
    # A small page whose only non-Cyrillic letters are the guillemets and the dash, in Windows-1251 bytes
    # (0xAB, 0xBB, 0x97), with no label: the title as a reader's browser shows it.
    body = (
        f"<html><head><title>{TASS_QUOTE_TITLE}</title></head>"
        f"<body><h1>{TASS_QUOTE_TITLE}</h1><p>Жириновский призвал Иран купить С-400.</p></body></html>"
    ).encode("cp1251")
    sites.pages[(TASS, TASS_PATH)] = Page(200, body, {"Content-Type": "text/html"})
    line = f"{sites.url(TASS, TASS_PATH)} | title: {TASS_QUOTE_TITLE} | outlet: TASS\n"
    code, report = check_json(tmp_path, str(manifest(tmp_path, line)))
    result = only(report)
    assert result["status"] == "ok", result
    assert "«" in (result["title"] or ""), result
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert code == 0


def test_ria_story_with_only_a_modified_date_is_dated_by_its_address_and_passes(
    sites: Sites, tmp_path: Path
) -> None:
    # The page was edited in 2021 and states only that; its address says 2020-01-09, the cited day.
    sites.pages[(RIA, RIA_PATH)] = html(
        RIA_TITLE,
        site_name="РИА Новости",
        head='<meta property="article:modified_time" content="2021-03-15T09:00:00+03:00">',
        body=f"<article><h1>{RIA_TITLE}</h1>{RIA_TEXT}</article>",
    )
    _code, report = check_json(tmp_path, str(manifest(tmp_path, ria_line(sites))))
    result = only(report)
    assert result["status"] == "ok", result
    assert "date_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result["findings"]


def test_tass_story_stating_no_date_anywhere_is_not_failed_on_its_date(sites: Sites, tmp_path: Path) -> None:
    # TASS's addresses carry no date; a page that states none cannot contradict the cited day.
    sites.pages[(TASS, TASS_PATH)] = html(
        TASS_TITLE, site_name="ТАСС", body=f"<article><h1>{TASS_TITLE}</h1>{TASS_TEXT}</article>"
    )
    code, report = check_json(tmp_path, str(manifest(tmp_path, tass_line(sites))))
    result = only(report)
    assert result["status"] == "ok", result
    assert "date_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] != "fail", result["findings"]
    assert code == 0


def test_ria_redirecting_to_https_that_does_not_answer_tls_is_an_error_not_dead(
    sites: Sites, tmp_path: Path
) -> None:
    # http -> https on the same port, where only plain HTTP answers: the hop fails at TLS. Reachable site,
    # broken hop: an error, not a dead link.
    sites.pages[(RIA, RIA_PATH)] = redirect(301, sites.url(RIA, RIA_PATH).replace("http://", "https://", 1))
    _code, report = check_json(tmp_path, str(manifest(tmp_path, ria_line(sites))))
    result = only(report)
    assert result["status"] == "error", result
    assert result["status"] != "dead"


def test_jsonl_terminated_by_sigterm_mid_run_ends_with_a_summary_saying_so(
    sites: Sites, tmp_path: Path
) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(MT, MT_PATH)] = Page(200, mt_story().body, hold=30.0)
    proc = _stream(sites, tmp_path, ria_line(sites) + mt_line(sites))
    try:
        first = _read_lines(proc, 1, 30.0)
        assert len(first) == 1, first
        proc.send_signal(signal.SIGTERM)
        rest, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    records = [json.loads(line) for line in [*first, *rest.splitlines()] if line.strip()]
    assert [r["line"] for r in records if r["record"] == "result"] == [1], records
    assert records[-1]["record"] == "summary", records
    assert records[-1]["notes"][0].startswith("terminated (SIGTERM)"), records[-1]
    assert records[-1]["summary"]["total"] == 1, records[-1]


def test_manifest_url_with_a_trailing_period_that_404s_names_the_address_without_it(
    sites: Sites, tmp_path: Path
) -> None:
    # Copied from the end of a sentence: "...-strikes." The dotted address 404s; the story is at the
    # address without the period. A fact-checker needs to be told that, not only that the link is dead.
    sites.pages[(MT, MT_PATH)] = mt_story()
    line = f"{sites.url(MT, MT_PATH)}. | title: {MT_TITLE} | outlet: The Moscow Times\n"
    _code, report = check_json(tmp_path, str(manifest(tmp_path, line)))
    result = only(report)
    assert result["verdict"] != "pass", result
    told = result["reason"] + " " + json.dumps(result["findings"], ensure_ascii=False)
    assert re.search(re.escape(sites.url(MT, MT_PATH)) + r"(?!\.)", told), result
