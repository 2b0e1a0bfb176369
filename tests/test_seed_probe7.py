"""Held-out probe (seed7, forty-sixth session): the seed article's three citations in legacy encodings,
bare templates and years of change, and the article as a newsroom keeps it.

Written from README.md, docs/ (api, ci, sources-format, articles, json-schema), ``linkcheck --help``,
``linkcheck extract --help``, tests/site_server.py's docstring, the sixth probe's subsection in
docs/benchmarks.md and the earlier probes' docstrings and test names, before any code under ``src/`` was
read, and committed before any change there. The first six played the pages' states (edited, moved, dead,
walled, rebranded, translated, mirrored, archived), the outlets' date lines and tab titles, and the article
in CMS, Markdown, feed and wikitext shapes. This one plays what they did not: RIA's and TASS's pages as bytes
in windows-1251, declared in the ``<meta>`` only, in the ``Content-Type`` header only, or in both
disagreeing (the header wins, as a browser reads it); a story whose head is the site's generic template
(title, ``og:title`` and description the outlet's own) with the headline and date only in the visible
markup; a relative date line ("вчера, 18:05", "сегодня, 09:15"); the story taken down and the section front
served at its address with a 200; the story kept with a correction appended and its modification date
years later; the article as published in HTML with its links as numbered footnotes; its text with the
citations' dates written ``9 January 2020`` and ``09.01.2020``; ``--article-date`` given against a dateline
the text states (README: the flag wins); and what the text, JSON, Markdown and SARIF reports say of them.

Hosts are mapped to loopback as docs/security.md says: a name under ``localhost`` is this machine's loopback
without a lookup, let through with ``--allow-private``. One ``tests/site_server.py`` server on 127.0.0.1
answers every name by its ``Host`` header. No name is ever sent to a resolver. Expectations are what the
docs promise or, where they are silent, what a fact-checker using a mature tool expects. Every case is a
CLI subprocess.
"""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.seed_harness import (
    COMMON,
    MT,
    MT_PATH,
    MT_TITLE,
    RIA,
    RIA_PATH,
    RIA_TITLE,
    SEED,
    TASS,
    TASS_PATH,
    TASS_TITLE,
    Sites,
    check_json,
    decoded_route,
    fixtures,
    html,
    manifest,
    run,
)
from tests.site_server import Page

TASS_QUOTE_TITLE = "Жириновский: «Ирану надо купить российские С-400 и С-500»"
TASS_SOCIAL = "Жириновский — Ирану: покупайте С-400"


RIA_TEXT = (
    "<p>МОСКВА, 9 янв — РИА Новости. Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем"
    " С-300, сообщил РИА Новости председатель комитета по безопасности и обороне иракского парламента"
    " Мохаммед Реза аль-Хайдер.</p><p>«Мы ожидаем противодействия со стороны США», — сказал он.</p>"
)
TASS_TEXT = (
    "<p>МОСКВА, 9 января. /ТАСС/. Лидер ЛДПР Владимир Жириновский призвал Иран купить российские"
    " зенитные ракетные системы С-400 и С-500.</p><p>«Я сказал руководству Ирана: покупайте наши более"
    " мощные системы С-400 и С-500 и открывайте воздушные, морские и сухопутные базы, как в Сирии», —"
    " заявил он.</p>"
)
MT_TEXT = (
    "<p>Iraq's air defenses have been tested by strikes attributed to Israel. Analysts weigh whether Moscow"
    " could supply systems such as the S-300 or the Pantsir.</p>" * 5
)


server, sites = fixtures(decoded_route)


def ria_story() -> Page:
    return html(
        RIA_TITLE,
        site_name="РИА Новости",
        published="2020-01-09T10:12:00+03:00",
        body=f"<article><h1>{RIA_TITLE}</h1>{RIA_TEXT}</article>",
    )


def tass_story() -> Page:
    return html(
        TASS_TITLE,
        site_name="ТАСС",
        published="2020-01-09T11:40:00+03:00",
        body=f"<article><h1>{TASS_TITLE}</h1>{TASS_TEXT}</article>",
    )


def mt_story() -> Page:
    return html(
        MT_TITLE,
        site_name="The Moscow Times",
        published="2024-05-02T15:20:00+03:00",
        lang="en",
        body=f"<article><h1>{MT_TITLE}</h1>{MT_TEXT}</article>",
    )


def serve_all_three(sites: Sites) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    sites.pages[(MT, MT_PATH)] = mt_story()


def by_url(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["url"]: r for r in report["results"]}


def only(report: dict[str, Any]) -> dict[str, Any]:
    assert len(report["results"]) == 1, report["results"]
    result: dict[str, Any] = report["results"][0]
    return result


def kinds(result: dict[str, Any]) -> dict[str, str]:
    return {f["kind"]: f["severity"] for f in result["findings"]}


def extracted(done: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """``linkcheck extract``'s citation lines, keyed by their URL."""
    lines = [line for line in done.stdout.splitlines() if line.startswith("http")]
    return {line.split(" | ", 1)[0]: line for line in lines}


def report_text(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(*args, "--format", "text", "--color", "never", *COMMON, cwd=tmp_path)


# --- the outlets' pages in the encodings they serve ------------------------------------------------------


def cp1251_page(title: str, body: str, *, meta_charset: str | None, published: str) -> bytes:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    return (
        f'<!doctype html><html lang="ru"><head>{meta}<title>{title}</title>'
        f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="РИА Новости">'
        f'<meta property="article:published_time" content="{published}"></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode("cp1251")


@pytest.mark.parametrize(
    ("content_type", "meta_charset"),
    [
        ("text/html", "windows-1251"),
        ("text/html; charset=windows-1251", None),
        ("text/html; charset=windows-1251", "utf-8"),
        ("text/html; charset=cp1251", "windows-1251"),
    ],
    ids=["meta-only", "header-only", "header-wins-over-a-wrong-meta", "header-alias"],
)
def test_ria_story_in_windows_1251_is_read_in_its_declared_charset(
    sites: Sites, tmp_path: Path, content_type: str, meta_charset: str | None
) -> None:
    # RIA's older pages were served in windows-1251. Declared in the <meta> alone, in the header alone, or by
    # both disagreeing (a template's stale utf-8 meta under a server answering windows-1251: the header wins,
    # as every browser reads it): the headline is RIA's Cyrillic one, never mojibake, and the citation passes.
    sites.pages[(RIA, RIA_PATH)] = Page(
        body=cp1251_page(
            RIA_TITLE, RIA_TEXT, meta_charset=meta_charset, published="2020-01-09T10:12:00+03:00"
        ),
        headers={"Content-Type": content_type},
    )
    path = manifest(
        tmp_path,
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["title"] == RIA_TITLE, result
    assert result["site_name"] == "РИА Новости", result
    assert kinds(result) == {}, result["findings"]
    assert result["verdict"] == "pass"
    assert code == 0


def test_tass_story_in_windows_1251_with_a_wrong_title_shows_the_page_title_readably(
    sites: Sites, tmp_path: Path
) -> None:
    # Left alone: a windows-1251 page whose headline is another story's still fails, and the text report
    # shows the page's headline in Cyrillic for the fact-checker to compare.
    other = "Песков прокомментировал заявление Жириновского об Иране"
    sites.pages[(TASS, TASS_PATH)] = Page(
        body=cp1251_page(
            other, TASS_TEXT, meta_charset="windows-1251", published="2020-01-09T11:40:00+03:00"
        ),
        headers={"Content-Type": "text/html; charset=windows-1251"},
    )
    path = manifest(
        tmp_path, f"{sites.url(TASS, TASS_PATH)} | title: {TASS_TITLE} | outlet: ТАСС | date: 2020-01-09\n"
    )
    done = report_text(tmp_path, str(path))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "title_mismatch" in done.stdout, done.stdout
    assert other in done.stdout, done.stdout
    assert "sources.txt:1" in done.stdout, done.stdout


# --- a head that is the site's template ------------------------------------------------------------------

GENERIC_HEAD = (
    '<meta name="description" content="РИА Новости: главные новости дня в России и мире">'
    '<meta property="og:description" content="Главные новости дня в России и мире">'
)
GENERIC_TITLE = "РИА Новости - события в Москве, России и мире сегодня"


@pytest.mark.parametrize(
    "date_markup",
    [
        "<div class='article__info-date'><a href='/20200109/'>11:40 09.01.2020</a></div>",
        "<div class='article__info-date'>09.01.2020 11:40</div>",
        "<span class='article__date'>9 января 2020</span>",
    ],
    ids=["time-first-in-a-link", "day-first", "words"],
)
def test_story_whose_head_is_the_sites_template_is_read_from_its_visible_markup(
    sites: Sites, tmp_path: Path, date_markup: str
) -> None:
    # The head says only "RIA Novosti, news of the day" (a template that lost the story's metas); the headline
    # is the <h1> and the date the visible line under it. The cited title and day are the story's.
    sites.pages[(RIA, RIA_PATH)] = html(
        GENERIC_TITLE,
        site_name="РИА Новости",
        head=GENERIC_HEAD,
        body=(
            "<header><a href='/'>РИА Новости</a><nav><a href='/politics/'>Политика</a></nav></header>"
            f"<main><div class='article'><h1 class='article__title'>{RIA_TITLE}</h1>{date_markup}"
            f"<div class='article__body'>{RIA_TEXT}</div></div></main>"
        ),
    )
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["title"] == RIA_TITLE, result
    assert result["published"] == "2020-01-09", result
    assert kinds(result) == {}, result["findings"]
    assert code == 0


def msk_today() -> datetime.date:
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=3))).date()


@pytest.mark.parametrize(
    ("line", "back"), [("вчера, 18:05", 1), ("сегодня, 09:15", 0)], ids=["вчера", "сегодня"]
)
def test_fresh_story_dated_by_a_relative_date_line_is_of_that_day(
    sites: Sites, tmp_path: Path, line: str, back: int
) -> None:
    # A story checked the day it is cited, its only date the outlet's relative line: "вчера, 18:05" is the
    # day before the check, "сегодня" the day itself; cited that day, it passes.
    day = msk_today() - datetime.timedelta(days=back)
    if datetime.date.today() != msk_today():  # pragma: no cover - the two calendars disagree near midnight
        pytest.skip("the local day and Moscow's differ at this hour")
    sites.pages[(TASS, TASS_PATH)] = html(
        TASS_TITLE,
        site_name="ТАСС",
        body=(
            f"<main><article><h1>{TASS_TITLE}</h1><div class='news-header__date'>{line}</div>"
            f"{TASS_TEXT}</article></main>"
        ),
    )
    path = manifest(
        tmp_path,
        f"@article | date: {msk_today().isoformat()}\n"
        f"{sites.url(TASS, TASS_PATH)} | title: {TASS_TITLE} | outlet: TASS | date: {day.isoformat()}\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["published"] == day.isoformat(), result
    assert kinds(result) == {}, result["findings"]
    assert code == 0


# --- what years do to the links --------------------------------------------------------------------------

SECTION_FRONT = (
    "<header><a href='/'>РИА Новости</a></header><main><h1>Политика</h1><ul class='list'>"
    + "".join(
        f"<li class='list-item'><a href='/2026120{n}/15{n}4{n}.html'>Новость номер {n} о политике дня</a>"
        f"<span class='list-item__date'>{n} декабря, 1{n}:00</span></li>"
        for n in range(1, 9)
    )
    + "</ul></main>"
)


def test_story_taken_down_and_the_section_front_served_at_its_address_is_not_the_story(
    sites: Sites, tmp_path: Path
) -> None:
    # Years later the outlet's CMS answers the removed story's address with its politics section (200, its
    # canonical the section's address, a list of today's headlines): not the cited story. A fact-checker
    # must see it fail as a soft 404 at its line, not pass as a page whose title merely differs.
    sites.pages[(RIA, RIA_PATH)] = html(
        "Политика - РИА Новости",
        site_name="РИА Новости",
        head=f'<link rel="canonical" href="{sites.url(RIA, "/politics/")}">',
        body=SECTION_FRONT,
    )
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "soft_404", result
    assert result["verdict"] == "fail", result
    assert code == 1


def test_section_page_cited_as_a_section_is_left_alone(sites: Sites, tmp_path: Path) -> None:
    # Left alone: the same section front cited as what it is (its own address, its own title) passes.
    sites.pages[(RIA, "/politics/")] = html(
        "Политика - РИА Новости",
        site_name="РИА Новости",
        head=f'<link rel="canonical" href="{sites.url(RIA, "/politics/")}">',
        body=SECTION_FRONT,
    )
    path = manifest(tmp_path, f"{sites.url(RIA, '/politics/')} | title: Политика | outlet: RIA Novosti\n")
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert code == 0


def test_story_kept_with_a_correction_appended_years_later_is_still_the_cited_story(
    sites: Sites, tmp_path: Path
) -> None:
    # The same address now serves the story with an editor's correction appended in 2023 (its own dated
    # line, a modification stamp): the publication is still 9 January 2020 and the citation passes.
    correction = (
        "<p class='correction'><b>Исправление от 14 марта 2023 года.</b> В первоначальной версии статьи"
        " неверно указана должность аль-Хайдера.</p>"
    )
    sites.pages[(RIA, RIA_PATH)] = html(
        RIA_TITLE,
        site_name="РИА Новости",
        published="2020-01-09T10:12:00+03:00",
        head='<meta property="article:modified_time" content="2023-03-14T12:00:00+03:00">',
        body=f"<article><h1>{RIA_TITLE}</h1>{RIA_TEXT}{correction}</article>",
    )
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["published"] == "2020-01-09", result
    assert result["modified"] == "2023-03-14", result
    assert "postdates_article" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


# --- the article as a newsroom keeps it ----------------------------------------------------------------


def footnoted_html(sites: Sites) -> str:
    ria, tass, mt = sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Iraq Resumes S-300 Talks With Russia</title>
<meta property="article:published_time" content="2020-01-09T16:00:00+03:00"></head>
<body><article>
<h1>Iraq Resumes S-300 Talks With Russia</h1>
<p>Iraq has resumed talks with Russia to buy its S-300 surface-to-air missile systems, a senior Iraqi
lawmaker told the state-run RIA Novosti news agency.<sup id="ref1"><a href="#fn1">1</a></sup></p>
<p>"I told Iran's leadership to buy our more powerful S-400 and S-500 missile defense systems," the
state-run TASS news agency quoted Zhirinovsky as saying.<sup id="ref2"><a href="#fn2">2</a></sup></p>
<p>Related article: Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?<sup id="ref3"><a
href="#fn3">3</a></sup></p>
</article>
<section class="footnotes"><h2>Sources</h2><ol>
<li id="fn1">RIA Novosti, <a href="{ria}">{RIA_TITLE}</a>, 9 January 2020. <a href="#ref1">↩</a></li>
<li id="fn2">TASS, <a href="{tass}">{TASS_TITLE}</a>, 9 January 2020. <a href="#ref2">↩</a></li>
<li id="fn3">The Moscow Times, <a href="{mt}">{MT_TITLE}</a>, 2 May 2024. <a href="#ref3">↩</a></li>
</ol></section>
</body></html>
"""


def test_article_as_published_in_html_with_footnoted_links_extracts_the_three_citations(
    sites: Sites, tmp_path: Path
) -> None:
    # The article's HTML as the newsroom published it, its links as numbered footnotes: the three sources
    # (not the footnote anchors), each with the footnote's title, outlet and day.
    article = tmp_path / "article.html"
    article.write_text(footnoted_html(sites), encoding="utf-8")
    done = run("extract", str(article), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = extracted(done)
    assert set(lines) == {sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)}, lines
    ria, tass, mt = (lines[sites.url(h, p)] for h, p in ((RIA, RIA_PATH), (TASS, TASS_PATH), (MT, MT_PATH)))
    assert f"title: {RIA_TITLE}" in ria, ria
    assert "date: 2020-01-09" in ria, ria
    assert f"title: {TASS_TITLE}" in tass, tass
    assert "date: 2020-01-09" in tass, tass
    assert f"title: {MT_TITLE}" in mt, mt
    assert "date: 2024-05-02" in mt, mt
    assert "#fn" not in done.stdout, done.stdout
    assert "#ref" not in done.stdout, done.stdout


def test_article_as_published_in_html_checked_directly_fails_only_the_related_article(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    article = tmp_path / "article.html"
    article.write_text(footnoted_html(sites), encoding="utf-8")
    code, report = check_json(tmp_path, str(article))
    got = by_url(report)
    assert len(got) == 3, list(got)
    assert got[sites.url(RIA, RIA_PATH)]["verdict"] == "pass", got[sites.url(RIA, RIA_PATH)]
    assert got[sites.url(TASS, TASS_PATH)]["verdict"] == "pass", got[sites.url(TASS, TASS_PATH)]
    mt = got[sites.url(MT, MT_PATH)]
    assert mt["article"]["date"] == "2020-01-09", mt
    assert kinds(mt).get("postdates_article") == "fail", mt["findings"]
    assert code == 1


@pytest.mark.parametrize("written", ["9 January 2020", "09.01.2020"], ids=["words", "dotted"])
def test_article_text_with_the_citations_dates_written_out_dates_them(
    sites: Sites, tmp_path: Path, written: str
) -> None:
    # The seed's text as a desk files it, the citation's day written in the sentence that reports it
    # ("told ... RIA Novosti news agency on 9 January 2020", or the dotted day Russian copy uses): RIA's
    # citation is dated that day without --article-date.
    text = sites.article(SEED.read_text(encoding="utf-8")).replace(
        "told the state-run RIA Novosti news agency following",
        f"told the state-run RIA Novosti news agency on {written} following",
    )
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    done = run("extract", str(article), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    ria = extracted(done)[sites.url(RIA, RIA_PATH)]
    assert "date: 2020-01-09" in ria, ria


def test_article_date_flag_wins_over_the_dateline_the_text_states(sites: Sites, tmp_path: Path) -> None:
    # README: --article-date wins over a date the article states. A reprint's dateline says 16 January (a
    # Thursday too); the editor gives the original's day: "told RIA on Thursday" is the 9th, every result's
    # article date is the 9th, and the related article still postdates it.
    serve_all_three(sites)
    text = "Published: 16 January 2020\n\n" + sites.article(SEED.read_text(encoding="utf-8"))
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    code, report = check_json(tmp_path, str(article), "--article-date", "2020-01-09")
    got = by_url(report)
    assert {r["article"]["date"] for r in got.values()} == {"2020-01-09"}, got
    assert got[sites.url(RIA, RIA_PATH)]["cited"]["date"] == "2020-01-09", got[sites.url(RIA, RIA_PATH)]
    assert got[sites.url(RIA, RIA_PATH)]["verdict"] == "pass"
    assert code == 1


def test_dateline_alone_dates_the_article_without_the_flag(sites: Sites, tmp_path: Path) -> None:
    # Left alone: without the flag the stated dateline is the article's date and "on Thursday" its Thursday.
    serve_all_three(sites)
    text = "Published: 16 January 2020\n\n" + sites.article(SEED.read_text(encoding="utf-8"))
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    _code, report = check_json(tmp_path, str(article))
    got = by_url(report)
    assert {r["article"]["date"] for r in got.values()} == {"2020-01-16"}, got
    assert got[sites.url(RIA, RIA_PATH)]["cited"]["date"] == "2020-01-16", got[sites.url(RIA, RIA_PATH)]


# --- what the reports say -------------------------------------------------------------------------------


def test_every_report_names_the_taken_down_story_and_the_1251_headline(sites: Sites, tmp_path: Path) -> None:
    # The seed article checked directly: RIA's address now serves the section front, TASS's story is
    # served in windows-1251, the related article postdates the article. Text, JSON, Markdown and SARIF
    # each name RIA's address at its line as failed, and the Markdown shows TASS's Cyrillic headline.
    sites.pages[(RIA, RIA_PATH)] = html(
        "Политика - РИА Новости",
        site_name="РИА Новости",
        head=f'<link rel="canonical" href="{sites.url(RIA, "/politics/")}">',
        body=SECTION_FRONT,
    )
    sites.pages[(TASS, TASS_PATH)] = Page(
        body=cp1251_page(TASS_TITLE, TASS_TEXT, meta_charset=None, published="2020-01-09T11:40:00+03:00"),
        headers={"Content-Type": "text/html; charset=windows-1251"},
    )
    sites.pages[(MT, MT_PATH)] = mt_story()
    article = tmp_path / "article.txt"
    article.write_text(sites.article(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    done = run(
        str(article),
        "--article-date",
        "2020-01-09",
        "--format",
        "text",
        "--output",
        "json=report.json",
        "--output",
        "markdown=report.md",
        "--output",
        "sarif=report.sarif",
        "--color",
        "never",
        *COMMON,
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    text = done.stdout
    assert "3 citations: 1 pass, 0 warn, 2 fail" in text, text
    fails = [line for line in text.splitlines() if "FAIL" in line]
    assert any("article.txt:17" in line for line in fails), text
    assert "soft_404" in text or "soft 404" in text.lower(), text

    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [(r["line"], r["status"], r["verdict"]) for r in report["results"]] == [
        (17, "soft_404", "fail"),
        (18, "ok", "pass"),
        (19, "ok", "fail"),
    ]
    assert report["results"][1]["title"] == TASS_TITLE

    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert RIA_PATH in markdown, markdown
    assert "soft_404" in markdown, markdown
    assert MT_PATH in markdown, markdown
    assert "postdates_article" in markdown, markdown

    sarif = json.loads((tmp_path / "report.sarif").read_text(encoding="utf-8"))
    lines = sorted(
        r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in sarif["runs"][0]["results"]
    )
    assert lines == [17, 19], sarif["runs"][0]["results"]
