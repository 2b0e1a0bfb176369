"""Held-out probe (seed17, fifty-sixth session): the seed article's three citations in shapes the first
sixteen probes did not play.

Written from README.md, docs/ (json-schema, sources-format, articles, ci), the sixteenth probe's subsection in
docs/benchmarks.md and the earlier probes' test names (grepped for what they had played: authors only as a
wire's credit matching a cited outlet, never the report's ``author`` field; no month-only date on the seed's
stories; no ``text_walled``; no browser-saved HTML of the article; Telegram only as share links and preview
cards, never an export; no diff of two nights' reports; ``--help`` only read, never run; no 429; trailing
comments after a bare URL and after a date), before any code under ``src/`` that these cases test was read,
and committed before any change there. The cases:
- the pages carry an author: RIA's byline, TASS as its own author, the Moscow Times' reporter; a page whose
  author meta is only its own site's name or a profile's URL names no one; the text and Markdown reports of
  the related article replaced by another reporter's story say whose story answers;
- RIA's story dated by the month alone: the cited day in it passes, another month fails, the seed article of
  the 9th is not postdated;
- the related article behind a registration wall that keeps its headline: ``text_walled`` warns by default,
  fails with ``--fail-on +text_walled``; a quote past the opening is said unchecked; the text report quotes
  the wall's line;
- the seed article as HTML saved from a browser (the site's navigation, a related-links block, the
  "Related article" link in the text): three citations;
- the article's links as a Telegram Desktop export, HTML and JSON: three citations;
- the nightly job's text report on two nights, diffed: nothing but the run's time when nothing changed, only
  TASS's entry when its headline changed;
- ``python -m linkcheck --help`` and ``linkcheck --version`` as the README's quick start leaves them;
- the three checked with ``--per-host 1`` while TASS answers 429 with Retry-After: a short wait is waited
  out, an hour's is reported as rate limited, not slept;
- a comment written after a citation's title.
Expectations are what the docs promise or, where they are silent, what a fact-checker expects. Every case is
a CLI subprocess against a 127.0.0.1 server the tests start.
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from tests.seed_harness import (
    COMMON,
    MT,
    MT_PATH,
    MT_TITLE,
    NOT_FOUND,
    REAL_MT,
    REAL_RIA,
    REAL_TASS,
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
    extracted_urls,
    kinds,
    manifest,
    mt_page,
    ria_page,
    route_forms,
    run,
    tass_page,
    three_lines,
)
from tests.site_server import Page, Request, serve

RIA_TEXT = (
    "<p>МОСКВА, 9 янв — РИА Новости. Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем"
    " С-300, сообщил председатель комитета по безопасности и обороне иракского парламента.</p>"
    "<p>Ранее переговоры были приостановлены из-за угроз санкций со стороны США.</p>"
)
TASS_TEXT = (
    "<p>МОСКВА, 9 января. /ТАСС/. Лидер ЛДПР Владимир Жириновский призвал Иран купить российские"
    " зенитные ракетные системы С-400 и С-500 и открыть у себя базы, как в Сирии.</p>"
)
MT_OPENING = (
    "<p>Strikes attributed to Israel have exposed gaps in Iraq's air defenses, and Baghdad is again asking"
    " what Moscow could sell it.</p>"
)
MT_REST = (
    "<p>Analysts ask whether Moscow could supply the S-300 or the Pantsir, and what Baghdad could pay for"
    " them while Washington threatens sanctions on any buyer of Russian arms.</p>" * 3
)
WALL = "Register for free to continue reading"

BASE = ["--allow-private", "--no-config", "--deadline", "15", "--max-time", "40", "-q"]


class Site(Sites):
    """The harness's pages, where a list is answered in turn (its last page for every later request)."""

    def __init__(self, server: Any) -> None:
        super().__init__(server)
        self.turns: dict[tuple[str, str], list[Page]] = {}
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
        for form in route_forms(request.route):
            key = (request.host, form)
            turns = site.turns.get(key)
            if turns:
                return turns.pop(0) if len(turns) > 1 else turns[0]
            page = site.pages.get(key)
            if page is not None:
                return page
        return NOT_FOUND

    with serve({}, answer=answer) as running:
        holder.append(Site(running))
        yield holder[0]


@pytest.fixture(name="sites")
def sites_fixture(server: Site) -> Site:
    server.pages.clear()
    server.turns.clear()
    server.mark = len(server.server.requests)
    return server


def ld(node: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(node, ensure_ascii=False)}</script>'


def ria_story(
    *, head: str = "", byline: str = "", published: str | None = "2020-01-09T10:12:00+03:00"
) -> Page:
    return ria_page(RIA_TEXT, head=head, before=byline, published=published)


def tass_story(title: str = TASS_TITLE, head: str = "") -> Page:
    return tass_page(TASS_TEXT, title=title, head=head)


def mt_story(
    sites: Sites,
    *,
    title: str = MT_TITLE,
    head: str = "",
    text: str = MT_OPENING + MT_REST,
    published: str = "2024-05-02T15:20:00+03:00",
) -> Page:
    return mt_page(text, canonical=sites.url(MT, MT_PATH), title=title, head=head, published=published)


def serve_all_three(sites: Sites) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    sites.pages[(MT, MT_PATH)] = mt_story(sites)


def finding(result: dict[str, Any], kind: str) -> dict[str, Any]:
    found = [f for f in result["findings"] if f["kind"] == kind]
    assert found, result["findings"]
    return found[0]


# --- the pages carry an author -----------------------------------------------------------------------------


def _authored(sites: Sites, who: str) -> str:
    serve_all_three(sites)
    if who == "ria-byline":
        sites.pages[(RIA, RIA_PATH)] = ria_story(byline='<p class="byline">Автор: Анна Смирнова</p>')
        return sites.url(RIA, RIA_PATH)
    if who == "tass-itself":
        node = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": TASS_TITLE,
            "datePublished": "2020-01-09T11:40:00+03:00",
            "author": {"@type": "Organization", "name": "ТАСС"},
            "publisher": {"@type": "Organization", "name": "ТАСС"},
        }
        sites.pages[(TASS, TASS_PATH)] = tass_story(head=ld(node))
        return sites.url(TASS, TASS_PATH)
    node = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": MT_TITLE,
        "datePublished": "2024-05-02T15:20:00+03:00",
        "author": [{"@type": "Person", "name": "Pjotr Sauer"}],
        "publisher": {"@type": "Organization", "name": "The Moscow Times"},
    }
    sites.pages[(MT, MT_PATH)] = mt_story(sites, head=ld(node))
    return sites.url(MT, MT_PATH)


@pytest.mark.parametrize(
    ("who", "name", "kind"),
    [
        ("ria-byline", "Анна Смирнова", None),
        ("tass-itself", "ТАСС", "organization"),
        ("mt-reporter", "Pjotr Sauer", "person"),
    ],
)
def test_each_of_the_three_pages_reports_who_it_says_wrote_it_and_still_passes(
    sites: Site, tmp_path: Path, who: str, name: str, kind: str | None
) -> None:
    # json-schema.md: `author` is who the page says wrote it, from its JSON-LD node, its metas or a byline
    # after its headline ("Автор: X"); `kind` where the page says which. An agency that is its own story's
    # author is no other outlet: the citation of TASS stays a pass.
    url = _authored(sites, who)
    code, report = check_json(tmp_path, str(manifest(tmp_path, three_lines(sites))))
    result = by_url(report)[url]
    assert result["author"] is not None, result
    names = [a["name"] for a in result["author"]]
    assert names == [name], result["author"]
    if kind is not None:
        assert result["author"][0]["kind"] == kind, result["author"]
    assert result["verdict"] == "pass", result
    assert code == 0


@pytest.mark.parametrize("dateline", [True, False], ids=["with-its-dateline", "without-a-dateline"])
def test_ria_author_metas_naming_only_its_own_site_or_a_profile_address_add_no_one(
    sites: Site, tmp_path: Path, dateline: bool
) -> None:
    # json-schema.md: the author metas give a name, not a profile's URL, and not the site's own name. RIA's
    # template fills both with what is no person. The story's dateline, "МОСКВА, 9 янв — РИА Новости.", is
    # the agency's credit for its own story (json-schema.md reads a dateline's wire credit): RIA, and no one
    # else; without that line the page names no one (`[]`, a page was read).
    serve_all_three(sites)
    head = (
        '<meta name="author" content="РИА Новости">'
        '<meta property="article:author" content="https://ria.localhost/author_smirnova/">'
    )
    page = ria_story(head=head)
    if not dateline:
        page = Page(body=page.body.replace("МОСКВА, 9 янв — РИА Новости. ".encode(), b""))
    sites.pages[(RIA, RIA_PATH)] = page
    code, report = check_json(tmp_path, str(manifest(tmp_path, three_lines(sites))))
    ria = by_url(report)[sites.url(RIA, RIA_PATH)]
    if dateline:
        assert ria["author"] == [{"name": "РИА Новости", "kind": "organization"}], ria["author"]
    else:
        assert ria["author"] == [], ria["author"]
    assert "outlet_mismatch" not in kinds(ria), ria["findings"]
    assert ria["verdict"] == "pass", ria
    assert code == 0


def test_text_and_markdown_reports_of_the_related_article_replaced_by_another_reporters_story_say_whose(
    sites: Site, tmp_path: Path
) -> None:
    # The related article's address now serves another story by another reporter. The editor reading the
    # failure in the text report or the pull request's Markdown is told the page's headline and, so that
    # "another story" is plain at a glance, who the page says wrote it.
    serve_all_three(sites)
    other = "Kremlin Says Arms Exports to the Middle East Hit a Record"
    node = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": other,
        "datePublished": "2024-06-14T11:05:00+03:00",
        "author": {"@type": "Person", "name": "Jake Cordell"},
    }
    sites.pages[(MT, MT_PATH)] = mt_story(
        sites, title=other, head=ld(node), published="2024-06-14T11:05:00+03:00"
    )
    path = str(manifest(tmp_path, three_lines(sites)))
    for fmt in ("text", "markdown"):
        done = run(path, "--format", fmt, *COMMON, cwd=tmp_path)
        assert done.returncode == 1, done.stdout + done.stderr
        out = done.stdout
        assert other in out, out
        assert "Jake Cordell" in out, (fmt, out)


# --- RIA's story dated by the month alone -------------------------------------------------------------------


def ria_month_only() -> Page:
    # No metadata date, no time element: a line under the headline giving the month only.
    return ria_story(published=None, byline="<p class='article-info'>Опубликовано: январь 2020</p>")


def test_ria_story_stating_only_its_month_passes_at_the_cited_day_in_it(sites: Site, tmp_path: Path) -> None:
    # json-schema.md: a page that states only its month is `YYYY-MM`, judged as that whole month: a cited day
    # in it matches; the address's 20200109 is in that month, so no url_date_mismatch either.
    serve_all_three(sites)
    sites.pages[(RIA, RIA_PATH)] = ria_month_only()
    code, report = check_json(tmp_path, str(manifest(tmp_path, three_lines(sites))))
    ria = by_url(report)[sites.url(RIA, RIA_PATH)]
    assert ria["published"] in ("2020-01", "2020-01-09"), ria
    assert "date_mismatch" not in kinds(ria), ria["findings"]
    assert "url_date_mismatch" not in kinds(ria), ria["findings"]
    assert ria["verdict"] == "pass", ria
    assert code == 0


def test_ria_story_stating_only_its_month_cited_in_the_next_month_is_a_date_mismatch(
    sites: Site, tmp_path: Path
) -> None:
    # A day in another month is a date_mismatch (json-schema.md), and it fails the citation.
    serve_all_three(sites)
    sites.pages[(RIA, RIA_PATH)] = ria_month_only()
    code, report = check_json(tmp_path, str(manifest(tmp_path, three_lines(sites, ria_date="2020-02-10"))))
    ria = by_url(report)[sites.url(RIA, RIA_PATH)]
    assert "date_mismatch" in kinds(ria), ria["findings"]
    assert ria["verdict"] == "fail", ria
    assert code == 1


def test_seed_article_checked_directly_with_rias_story_dated_only_by_month_in_json_ld_does_not_postdate(
    sites: Site, tmp_path: Path
) -> None:
    # JSON-LD `datePublished: 2020-01` and no day anywhere on the page: the seed article of 9 January 2020
    # is not postdated by a story of "January 2020" (it may be of the 9th, as its address says). RIA passes at
    # line 17; only the related article (May 2024) fails.
    serve_all_three(sites)
    node = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": RIA_TITLE,
        "datePublished": "2020-01",
    }
    sites.pages[(RIA, RIA_PATH)] = ria_story(published=None, head=ld(node))
    article = tmp_path / "article.txt"
    article.write_text(sites.article(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    code, report = check_json(tmp_path, str(article), "--article-date", "2020-01-09")
    results = by_url(report)
    ria = results[sites.url(RIA, RIA_PATH)]
    assert ria["line"] == 17, ria
    assert "postdates_article" not in kinds(ria), ria["findings"]
    assert ria["verdict"] == "pass", ria
    assert results[sites.url(TASS, TASS_PATH)]["verdict"] == "pass"
    assert "postdates_article" in kinds(results[sites.url(MT, MT_PATH)])
    assert code == 1


# --- the related article behind a registration wall that keeps its headline ---------------------------------


def walled_mt(sites: Sites) -> Page:
    text = (
        MT_OPENING
        + f'<div class="regwall"><p>{WALL}</p>'
        + '<p>Already have an account? <a href="/login">Log in</a></p></div>'
    )
    return mt_story(sites, text=text)


def test_related_article_behind_a_registration_wall_keeping_its_headline_warns_and_passes_the_run(
    sites: Site, tmp_path: Path
) -> None:
    # json-schema.md: the cited story is there (`ok`), only its opening can be read above a registration
    # wall's line: `text_walled`, a warning quoting the line; not in the default --fail-on, so the run passes.
    serve_all_three(sites)
    sites.pages[(MT, MT_PATH)] = walled_mt(sites)
    code, report = check_json(tmp_path, str(manifest(tmp_path, three_lines(sites))))
    mt = by_url(report)[sites.url(MT, MT_PATH)]
    assert mt["status"] == "ok", mt
    walled = finding(mt, "text_walled")
    assert walled["severity"] == "warn", walled
    assert WALL in walled["message"] or WALL in str(walled["actual"]), walled
    assert "title_mismatch" not in kinds(mt), mt["findings"]
    assert mt["verdict"] == "warn", mt
    assert code == 0


def test_registration_walled_related_article_fails_with_fail_on_plus_text_walled(
    sites: Site, tmp_path: Path
) -> None:
    serve_all_three(sites)
    sites.pages[(MT, MT_PATH)] = walled_mt(sites)
    code, report = check_json(
        tmp_path, str(manifest(tmp_path, three_lines(sites))), "--fail-on", "+text_walled"
    )
    results = by_url(report)
    assert results[sites.url(MT, MT_PATH)]["verdict"] == "fail", results[sites.url(MT, MT_PATH)]
    assert results[sites.url(RIA, RIA_PATH)]["verdict"] == "pass"
    assert results[sites.url(TASS, TASS_PATH)]["verdict"] == "pass"
    assert report["summary"]["fail"] == 1, report["summary"]
    assert code == 1


def test_quote_from_past_the_registration_wall_is_said_unchecked_not_missing(
    sites: Site, tmp_path: Path
) -> None:
    # sources-format.md: on a story whose text is a teaser behind a wall, the quote is not looked for past the
    # teaser; text_walled says so. No quote_missing for words the checker could not read.
    serve_all_three(sites)
    sites.pages[(MT, MT_PATH)] = walled_mt(sites)
    quote = "what Baghdad could pay for them"
    code, report = check_json(
        tmp_path, str(manifest(tmp_path, three_lines(sites, mt_extra=f" | quote: {quote}")))
    )
    mt = by_url(report)[sites.url(MT, MT_PATH)]
    assert "quote_missing" not in kinds(mt), mt["findings"]
    walled = finding(mt, "text_walled")
    assert "quote" in walled["message"].lower(), walled
    assert mt["verdict"] == "warn", mt
    assert code == 0


def test_text_report_of_the_registration_wall_names_the_finding_and_quotes_its_line(
    sites: Site, tmp_path: Path
) -> None:
    serve_all_three(sites)
    sites.pages[(MT, MT_PATH)] = walled_mt(sites)
    done = run(str(manifest(tmp_path, three_lines(sites))), *COMMON, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "text_walled [warn]" in out, out
    assert WALL in out, out
    assert "sources.txt:3" in out, out


# --- the seed article as HTML saved from a browser ----------------------------------------------------------


def saved_page(sites: Sites, *, real: bool) -> str:
    ria, tass, mt = (
        (REAL_RIA, REAL_TASS, REAL_MT)
        if real
        else (
            sites.url(RIA, RIA_PATH),
            sites.url(TASS, TASS_PATH),
            sites.url(MT, MT_PATH),
        )
    )
    own = "https://www.themoscowtimes.com" if real else sites.url(MT, "")
    here = own + "/2020/01/09/iraq-resumes-talks-to-buy-russian-s-300-systems-a68838"
    nav = "".join(
        f'<li><a href="{own}/{part}">{label}</a></li>'
        for part, label in (
            ("news", "News"),
            ("opinion", "Opinion"),
            ("business", "Business"),
            ("arts", "Arts"),
        )
    )
    related = "".join(
        f'<li><a href="{own}/2020/01/0{d}/{slug}">{label}</a></li>'
        for d, slug, label in (
            (8, "iran-strikes-us-bases-in-iraq-a68821", "Iran Strikes U.S. Bases in Iraq"),
            (7, "russia-condemns-soleimani-killing-a68800", "Russia Condemns Soleimani Killing"),
        )
    )
    return f"""<!DOCTYPE html>
<!-- saved from url=({len(here):04d}){here} -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Iraq Resumes Talks to Buy Russian S-300 Systems - The Moscow Times</title>
<meta property="og:site_name" content="The Moscow Times">
<link rel="canonical" href="{here}">
<link rel="stylesheet" href="./Iraq Resumes Talks_files/main.css"></head>
<body>
<header><a href="{own}/"><img src="./Iraq Resumes Talks_files/logo.svg" alt="The Moscow Times"></a>
<nav><ul>{nav}</ul></nav></header>
<main><article>
<h1>Iraq Resumes Talks to Buy Russian S-300 Systems</h1>
<time datetime="2020-01-09T13:05:00+03:00">Jan. 9, 2020</time>
<figure><img src="./Iraq Resumes Talks_files/s300.jpg"><figcaption>Earlier talks to purchase the S-300 systems
from Russia were suspended over U.S. threats of sanctions. mil.ru</figcaption></figure>
<p>Iraq has resumed talks with Russia to buy its S-300 surface-to-air missile systems, a senior Iraqi lawmaker
told the state-run <a href="{ria}">RIA Novosti</a> news agency following the U.S. killing of a top Iranian
commander and Iran's retaliatory missile strikes there.</p>
<p>Meanwhile, firebrand lawmaker Vladimir Zhirinovsky urged Iran to buy Russia's advanced S-400 missile
systems in the wake of a flare-up in tensions with Washington.</p>
<p class="related">Related article: <a href="{mt}">{MT_TITLE}</a></p>
<p>"I told Iran's leadership to buy our more powerful S-400 and S-500 missile defense systems and to open air,
naval and land bases like in Syria," the state-run <a href="{tass}">TASS</a> news agency quoted Zhirinovsky as
saying.</p>
<p>Reuters contributed reporting to this article.</p>
</article>
<aside class="related-articles"><h3>Read more</h3><ul>{related}</ul></aside></main>
<footer><a href="{own}/about">About us</a> <a href="{own}/privacy">Privacy policy</a></footer>
<script src="./Iraq Resumes Talks_files/app.js"></script>
</body></html>
"""


def test_seed_article_saved_from_a_browser_as_html_extracts_its_three_citations_only(
    sites: Site, tmp_path: Path
) -> None:
    # A writer saves the published article from the browser ("Web page, HTML only"): the site's navigation,
    # its "Read more" block and its footer are the site's own links; the three cited stories are the
    # citations, the related article under its "Related article" title.
    page = tmp_path / "Iraq Resumes Talks to Buy Russian S-300 Systems.html"
    page.write_text(saved_page(sites, real=True), encoding="utf-8")
    done = run("extract", str(page), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    urls = extracted_urls(done.stdout)
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), done.stdout
    mt_line = next(line for line in done.stdout.splitlines() if line.startswith(REAL_MT))
    assert f"title: {MT_TITLE}" in mt_line, mt_line


def test_seed_article_saved_from_a_browser_checked_directly_fails_only_the_related_article(
    sites: Site, tmp_path: Path
) -> None:
    # The saved page checked as it is: its own date (9 January 2020) dates it; RIA and TASS pass, the related
    # article of May 2024 postdates it. The site's own links are not fetched.
    serve_all_three(sites)
    page = tmp_path / "saved.html"
    page.write_text(saved_page(sites, real=False), encoding="utf-8")
    code, report = check_json(tmp_path, str(page))
    results = by_url(report)
    assert set(results) == {sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)}, (
        results
    )
    assert results[sites.url(RIA, RIA_PATH)]["verdict"] == "pass", results[sites.url(RIA, RIA_PATH)]
    assert results[sites.url(TASS, TASS_PATH)]["verdict"] == "pass", results[sites.url(TASS, TASS_PATH)]
    assert "postdates_article" in kinds(results[sites.url(MT, MT_PATH)])
    assert code == 1


# --- the article's links as a Telegram export ---------------------------------------------------------------

TG_LEAD = "Ирак возобновил переговоры с Россией о покупке С-300, сообщил иракский депутат РИА Новости: "
TG_TASS = "Жириновский призвал Иран купить С-400 и С-500, передаёт ТАСС: "
TG_MT = "Читайте также: "


def test_telegram_desktop_html_export_of_a_channel_post_gives_the_three_citations(tmp_path: Path) -> None:
    # Telegram Desktop's "Export chat history" as HTML (messages.html): the post's text with its links; the
    # export's own furniture (the channel's userpic, the date's tooltip) cites nothing.
    post = (
        f'{TG_LEAD}<a href="{REAL_RIA}">{REAL_RIA}</a><br><br>{TG_TASS}<a href="{REAL_TASS}">{REAL_TASS}</a>'
        f'<br><br>{TG_MT}<a href="{REAL_MT}">{MT_TITLE}</a>'
    )
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Exported Data</title>
<link href="css/style.css" rel="stylesheet"></head>
<body><div class="page_wrap"><div class="page_header"><div class="content">
<div class="text bold">Оборонка</div></div></div>
<div class="page_body chat_page"><div class="history">
<div class="message service" id="message-1"><div class="body details">9 January 2020</div></div>
<div class="message default clearfix" id="message412">
<div class="pull_left userpic_wrap"><div class="userpic userpic2" style="width: 42px; height: 42px">
<div class="initials" style="line-height: 42px">О</div></div></div>
<div class="body"><div class="pull_right date details" title="09.01.2020 14:02:11 UTC+03:00">14:02</div>
<div class="from_name">Оборонка</div>
<div class="text">{post}</div>
<div class="signature details">Редакция</div></div></div>
</div></div></div></body></html>
"""
    path = tmp_path / "messages.html"
    path.write_text(page, encoding="utf-8")
    done = run("extract", str(path), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(extracted_urls(done.stdout)) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), done.stdout
    mt_line = next(line for line in done.stdout.splitlines() if line.startswith(REAL_MT))
    assert f"title: {MT_TITLE}" in mt_line, mt_line


def test_telegram_desktop_json_export_of_a_channel_post_gives_the_three_citations(tmp_path: Path) -> None:
    # The same post exported as JSON (result.json): the text is a list of plain strings and entities, a bare
    # address as a "link", a titled one as a "text_link" whose words are its title.
    text: list[Any] = [
        TG_LEAD,
        {"type": "link", "text": REAL_RIA},
        "\n\n" + TG_TASS,
        {"type": "link", "text": REAL_TASS},
        "\n\n" + TG_MT,
        {"type": "text_link", "text": MT_TITLE, "href": REAL_MT},
    ]
    export = {
        "name": "Оборонка",
        "type": "public_channel",
        "id": 1234567890,
        "messages": [
            {
                "id": 412,
                "type": "message",
                "date": "2020-01-09T14:02:11",
                "date_unixtime": "1578567731",
                "from": "Оборонка",
                "from_id": "channel1234567890",
                "text": text,
                "text_entities": [e if isinstance(e, dict) else {"type": "plain", "text": e} for e in text],
            }
        ],
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    done = run("extract", str(path), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(extracted_urls(done.stdout)) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), done.stdout
    mt_line = next(line for line in done.stdout.splitlines() if line.startswith(REAL_MT))
    assert f"title: {MT_TITLE}" in mt_line, mt_line


# --- the nightly job's report on two nights, diffed ---------------------------------------------------------


def night(sites: Site, tmp_path: Path, path: Path) -> subprocess.CompletedProcess[str]:
    return run(str(path), "--state", str(tmp_path / "state.json"), "--color", "never", *COMMON, cwd=tmp_path)


def changed_lines(first: str, second: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(first.splitlines(), second.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_two_unchanged_nights_text_reports_differ_in_nothing_but_the_runs_time(
    sites: Site, tmp_path: Path
) -> None:
    # The nightly job keeps each night's report and a reviewer diffs tonight's against last night's: when no
    # page changed, the diff must hold nothing a reader would chase (the run's duration at most).
    serve_all_three(sites)
    path = manifest(tmp_path, three_lines(sites))
    first = night(sites, tmp_path, path)
    second = night(sites, tmp_path, path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert second.returncode == 0, second.stdout + second.stderr
    changed = changed_lines(first.stdout, second.stdout)
    assert all(line[1:].startswith("3 citations:") for line in changed), changed


def test_two_nights_diff_when_tass_rewrote_its_headline_holds_only_tasss_entry(
    sites: Site, tmp_path: Path
) -> None:
    # Night two: TASS's headline rewritten. What changed is TASS's entry (its address, the new headline) and
    # the summary; nothing of RIA's or the related article's.
    serve_all_three(sites)
    path = manifest(tmp_path, three_lines(sites))
    first = night(sites, tmp_path, path)
    new = "Жириновский предложил Ирану открыть у себя российские базы"
    sites.pages[(TASS, TASS_PATH)] = tass_story(new)
    second = night(sites, tmp_path, path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert second.returncode == 1, second.stdout + second.stderr
    changed = "\n".join(changed_lines(first.stdout, second.stdout))
    assert sites.url(TASS, TASS_PATH) in changed, changed
    assert new in changed, changed
    assert sites.url(RIA, RIA_PATH) not in changed, changed
    assert sites.url(MT, MT_PATH) not in changed, changed


# --- the quick start's --help and --version -----------------------------------------------------------------


def test_python_m_linkcheck_help_names_the_program_and_its_main_options(tmp_path: Path) -> None:
    # Run as `python -m linkcheck --help`: the usage line names the program as its users type it, not
    # `__main__.py`, and lists the options the README's table points to.
    done = run("--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.lower().startswith("usage: linkcheck"), out[:200]
    assert "__main__" not in out, out[:400]
    for option in ("--format", "--fail-on", "--state", "--per-host", "--article-date"):
        assert option in out, option


def test_linkcheck_version_is_the_installed_packages_version(tmp_path: Path) -> None:
    # `linkcheck --version` (the console script) and `python -m linkcheck --version` print the program and
    # the version the installed package declares, and exit 0.
    expected = version("linkcheck-citations")  # the distribution's name (pyproject.toml)
    script = Path(sys.executable).with_name("linkcheck")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    for argv in ([str(script), "--version"], [sys.executable, "-m", "linkcheck", "--version"]):
        done = subprocess.run(
            argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == 0, (argv, done.stdout, done.stderr)
        line = done.stdout.strip()
        assert line.split() == ["linkcheck", expected], line


# --- per-host limit of 1 and a 429 from TASS ----------------------------------------------------------------


def too_many(retry_after: str) -> Page:
    return Page(
        429,
        b"<!doctype html><html><head><title>429 Too Many Requests</title></head>"
        b"<body>Too Many Requests</body></html>",
        {"Content-Type": "text/html; charset=utf-8", "Retry-After": retry_after},
    )


def test_tass_429_with_a_one_second_retry_after_is_waited_out_under_per_host_1_and_passes(
    sites: Site, tmp_path: Path
) -> None:
    # README: transient failures are retried, a Retry-After within --retry-after-cap waited; one request to
    # each host at a time. TASS's second answer is the story: all three pass.
    serve_all_three(sites)
    sites.turns[(TASS, TASS_PATH)] = [too_many("1"), tass_story()]
    done = run(
        str(manifest(tmp_path, three_lines(sites))),
        "--format",
        "json",
        "--per-host",
        "1",
        "--retries",
        "1",
        *BASE,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    tass = by_url(report)[sites.url(TASS, TASS_PATH)]
    assert tass["status"] == "ok", tass
    assert tass["verdict"] == "pass", tass
    assert sites.gets(TASS, TASS_PATH) == 2
    assert report["summary"]["pass"] == 3, report["summary"]


def test_tass_429_asking_for_an_hour_is_rate_limited_and_reported_not_slept(
    sites: Site, tmp_path: Path
) -> None:
    # README: a longer Retry-After than --retry-after-cap is reported, not slept; 429 after retries is
    # `blocked` (json-schema.md: `rate_limited`), which warns. RIA and the related article are checked as
    # ever.
    serve_all_three(sites)
    sites.pages[(TASS, TASS_PATH)] = too_many("3600")
    done = run(
        str(manifest(tmp_path, three_lines(sites))),
        "--format",
        "json",
        "--per-host",
        "1",
        "--retries",
        "2",
        *BASE,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    tass = by_url(report)[sites.url(TASS, TASS_PATH)]
    assert tass["status"] == "blocked", tass
    assert tass["cause"] == "rate_limited", tass
    assert tass["verdict"] == "warn", tass
    assert sites.gets(TASS, TASS_PATH) == 1
    assert by_url(report)[sites.url(RIA, RIA_PATH)]["verdict"] == "pass"
    assert by_url(report)[sites.url(MT, MT_PATH)]["verdict"] == "pass"


# --- a comment written after a citation's title ------------------------------------------------------------


def test_comment_after_a_title_either_leaves_the_title_whole_or_says_a_comment_goes_on_its_own_line(
    sites: Site, tmp_path: Path
) -> None:
    # sources-format.md: a `#` later on a line is part of the value before it. Here the writer noted when
    # they read TASS's headline. The headline is the page's: if the title, comment included, no longer
    # matches, the failure must say why (the comment), not leave the editor comparing two identical headlines.
    serve_all_three(sites)
    text = three_lines(sites).replace(
        f"title: {TASS_TITLE} |", f"title: {TASS_TITLE}  # headline as read on 9 January |"
    )
    assert "# headline" in text
    code, report = check_json(tmp_path, str(manifest(tmp_path, text)))
    tass = by_url(report)[sites.url(TASS, TASS_PATH)]
    if tass["verdict"] != "pass":
        mismatch = finding(tass, "title_mismatch")
        assert "own line" in mismatch["message"], mismatch
        assert code == 1
    else:
        assert code == 0
